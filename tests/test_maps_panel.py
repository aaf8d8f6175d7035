"""The Wijkmonitor panel restyles the layer when an indicator is chosen, and makes layouts."""

from __future__ import annotations

import pytest
from qgis.core import QgsProject, QgsRuleBasedRenderer, QgsVectorLayer

FIELD = "percentageHuishoudensMetLaagInkomen"


@pytest.fixture()
def project_layer(processing_ready, tmp_path):
    import processing

    path = tmp_path / "buurten.gpkg"
    processing.run("wijkmonitor:loadsample", {"OUTPUT": str(path)})
    layer = QgsVectorLayer(str(path), "Buurten", "ogr")
    QgsProject.instance().addMapLayer(layer)
    yield layer
    for lay in list(QgsProject.instance().layoutManager().layouts()):
        QgsProject.instance().layoutManager().removeLayout(lay)
    QgsProject.instance().removeAllMapLayers()


def test_panel_restyles_layer_when_indicator_chosen(qgis_iface, project_layer):
    from wijkmonitor_plugin.gui.panel import WijkmonitorPanel

    panel = WijkmonitorPanel(qgis_iface)
    panel.set_layer(project_layer)
    assert panel.layer() is project_layer
    assert panel.theme_combo.count() > 2  # catalogue themes the layer has + all fields
    index = panel.indicator_combo.findData(FIELD)
    if index < 0:
        panel.theme_combo.setCurrentIndex(panel.theme_combo.findData("economic_participation"))
        index = panel.indicator_combo.findData(FIELD)
    panel.indicator_combo.setCurrentIndex(index)
    renderer = project_layer.renderer()
    assert isinstance(renderer, QgsRuleBasedRenderer)
    assert FIELD in renderer.rootRule().children()[0].filterExpression()
    assert renderer.rootRule().children()[-1].filterExpression() == f'"{FIELD}" IS NULL'
    assert panel.last_classification.direction == "worse"

    assert panel.set_indicator("nettoArbeidsparticipatie")
    first = project_layer.renderer().rootRule().children()[0]
    assert "nettoArbeidsparticipatie" in first.filterExpression()
    panel.classes_spin.setValue(7)
    assert len(project_layer.renderer().rootRule().children()) == 8

    layout = panel.make_layout()
    assert layout in QgsProject.instance().layoutManager().layouts()
    assert layout.itemById("map").layers() == [project_layer]
    atlas = panel.make_atlas()
    assert atlas.atlas().enabled() and atlas.atlas().coverageLayer().featureCount() == 111
    panel.deleteLater()


def test_panel_offers_index_results_with_decile_style(qgis_iface, project_layer):
    from wijkmonitor_plugin.gui.panel import INDEX_THEME, WijkmonitorPanel
    from wijkmonitor_plugin.qgis_adapters.compat import make_field

    provider = project_layer.dataProvider()
    provider.addAttributes([make_field("index_decile", "int"), make_field("index_rank", "int")])
    project_layer.updateFields()
    idx, rank_idx = (project_layer.fields().lookupField(n) for n in ("index_decile", "index_rank"))
    values = sorted((f["aantalInwoners"] or 0, f.id()) for f in project_layer.getFeatures())
    provider.changeAttributeValues({fid: {idx: 1 + 10 * i // len(values), rank_idx: i + 1}
                                    for i, (_v, fid) in enumerate(values)})
    panel = WijkmonitorPanel(qgis_iface)
    panel.set_layer(project_layer)
    assert panel.theme_combo.itemData(0) == INDEX_THEME
    assert panel.field() == "index_decile"  # offered first, styled at once
    rules = project_layer.renderer().rootRule().children()
    assert len(rules) == 11 and rules[0].filterExpression() == '"index_decile" = 1.0'
    panel.deleteLater()


def test_plugin_adds_and_removes_the_panel(recording_iface, qgis_app):
    from qgis.core import QgsApplication

    from tests.conftest import ensure_provider
    from wijkmonitor_plugin import classFactory
    from wijkmonitor_plugin.plugin import MENU

    registry = QgsApplication.processingRegistry()
    if registry.providerById("wijkmonitor") is not None:  # registered by a fixture
        registry.removeProvider(registry.providerById("wijkmonitor"))
    plugin = classFactory(recording_iface)
    plugin.initGui()
    try:
        assert plugin.panel is not None and recording_iface.docks == [plugin.panel]
        toggle = [a for a in recording_iface.plugin_menus[MENU] if "panel" in a.text().lower()]
        assert len(toggle) == 1
    finally:
        plugin.unload()
    assert recording_iface.docks == [] and plugin.panel is None
    ensure_provider()
