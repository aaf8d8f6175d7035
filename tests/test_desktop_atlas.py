"""An atlas made in the panel survives: its layers live in a GeoPackage beside the project.

Before, the atlas's helper layers were memory layers: after saving and reopening the project they
came back empty, the atlas preview was greyed out and the export failed. Here the atlas is made,
the project saved, cleared and read again, and the atlas is exported from the reopened project.
"""

from __future__ import annotations

import pytest
from qgis.core import QgsLayerTreeGroup, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QEventLoop, QTimer

from tests.test_maps_style_layout import pdf_pages
from wijkmonitor_plugin.gui.panel import ATLAS_PROPERTY

FIELD = "percentageHuishoudensMetLaagInkomen"
GROUP = "Wijk atlas: Low-income households (%)"


@pytest.fixture()
def saved_project(processing_ready, qgis_iface, tmp_path):
    """The sample in a GeoPackage, in a project that has a file (the atlas's data goes beside it)."""
    import processing

    path = tmp_path / "buurten.gpkg"
    processing.run("wijkmonitor:loadsample", {"OUTPUT": str(path)})
    project = QgsProject.instance()
    project.clear()
    project.setFileName(str(tmp_path / "wijken.qgz"))
    layer = QgsVectorLayer(str(path), "Buurten", "ogr")
    project.addMapLayer(layer)
    yield project, layer
    qgis_iface.mapCanvas().stopRendering()
    qgis_iface.mapCanvas().setLayers([])
    project.clear()


@pytest.fixture()
def panel(qgis_iface):
    from qgis.PyQt import sip

    from wijkmonitor_plugin.gui.panel import WijkmonitorPanel

    made = WijkmonitorPanel(qgis_iface)
    made.show()
    yield made
    sip.delete(made)


def _atlas_group(project) -> QgsLayerTreeGroup:
    groups = [g for g in project.layerTreeRoot().children() if isinstance(g, QgsLayerTreeGroup)]
    return next(g for g in groups if g.name() == GROUP)


def test_atlas_persists_through_save_and_reopen(saved_project, panel, tmp_path):
    project, layer = saved_project
    panel.set_layer(layer)
    panel.set_indicator(FIELD)
    before = layer.renderer().dump()
    layout = panel.make_atlas(wait=True)
    name = layout.name()
    # the user's layer is untouched: same style, no labels switched on
    assert layer.renderer().dump() == before and not layer.labelsEnabled()
    data = tmp_path / "wijken_wijkatlas_low_income_households.gpkg"
    assert data.is_file()
    group = _atlas_group(project)  # a visible, named group with the atlas's three layers
    layers = [node.layer() for node in group.findLayers()]
    assert len(layers) == 3 and all(lyr.source().startswith(str(data)) for lyr in layers)
    assert all(lyr.customProperty(ATLAS_PROPERTY) for lyr in layers)
    assert not any(node.itemVisibilityChecked() for node in group.findLayers())  # not drawn on the canvas
    offered = {panel.layer_combo.layer(i) for i in range(panel.layer_combo.count())}
    assert layer in offered and not offered & set(layers)  # the panel colours the user's layers only
    assert layout.atlas().updateFeatures() == 110

    assert project.write()
    project.clear()
    assert project.read(str(tmp_path / "wijken.qgz"))
    reopened = project.layoutManager().layoutByName(name)
    atlas = reopened.atlas()
    assert atlas.enabled() and atlas.coverageLayer().isValid()
    assert atlas.updateFeatures() == 110  # not an empty memory layer
    buurten = reopened.itemById("map").layers()[1]
    assert buurten.renderer().type() == "RuleRenderer" and buurten.labelsEnabled()
    atlas.beginRender()  # the preview: the first page is a populated wijk
    atlas.first()
    assert atlas.nameForPage(0) == "Haarlemmerbuurt"
    atlas.endRender()
    from wijkmonitor_plugin.qgis_adapters import layout as lay

    out = lay.export_atlas_pdf(reopened, tmp_path / "reopened.pdf", 30)
    assert pdf_pages(out) == 220


def test_atlas_geopackage_opens_styled_anywhere(saved_project, panel, tmp_path):
    """The styles are the layers' default styles in the GeoPackage (layer_styles): no project needed."""
    project, layer = saved_project
    panel.set_layer(layer)
    panel.set_indicator(FIELD)
    panel.make_atlas(path=tmp_path / "elsewhere" / "atlas.gpkg", wait=True)
    path = tmp_path / "elsewhere" / "atlas.gpkg"
    buurten = QgsVectorLayer(f"{path}|layername=buurten", "b", "ogr")
    pages = QgsVectorLayer(f"{path}|layername=atlaspaginas", "p", "ogr")
    profile = QgsVectorLayer(f"{path}|layername=wijkprofiel", "w", "ogr")
    assert buurten.renderer().type() == "RuleRenderer"
    assert FIELD in buurten.renderer().rootRule().children()[0].filterExpression()
    assert pages.renderer().type() == "RuleRenderer" and pages.featureCount() == 111
    assert profile.featureCount() > 110 * 5
    assert sum(1 for f in pages.getFeatures() if f["in_atlas"] == 1) == 110


def test_atlas_data_is_written_in_a_background_task(saved_project, panel):
    from qgis.core import QgsTask

    project, layer = saved_project
    panel.set_layer(layer)
    panel.set_indicator(FIELD)
    made = []
    panel.atlas_ready.connect(made.append)
    task = panel.make_atlas()
    assert isinstance(task, QgsTask)
    loop = QEventLoop()
    panel.atlas_ready.connect(lambda _layout: loop.quit())
    QTimer.singleShot(60000, loop.quit)
    if not made:
        loop.exec()
    assert made and made[0].atlas().updateFeatures() == 110
    assert made[0] in project.layoutManager().layouts()
