"""The Wijkmonitor panel restyles the layer when an indicator is chosen, and makes layouts."""

from __future__ import annotations

import pytest
from qgis.core import QgsProject, QgsRuleBasedRenderer, QgsVectorLayer

FIELD = "percentageHuishoudensMetLaagInkomen"


def rule_data(layer) -> list[tuple[str, str]]:
    """(label, filter) of every rule, as plain data: never keep sip wrappers of rules across a restyle."""
    renderer = layer.renderer()
    assert isinstance(renderer, QgsRuleBasedRenderer)
    return [(r.label(), r.filterExpression()) for r in renderer.rootRule().children()]


@pytest.fixture()
def project_layer(processing_ready, qgis_iface, tmp_path):
    import processing

    path = tmp_path / "buurten.gpkg"
    processing.run("wijkmonitor:loadsample", {"OUTPUT": str(path)})
    layer = QgsVectorLayer(str(path), "Buurten", "ogr")
    QgsProject.instance().addMapLayer(layer)
    yield layer
    canvas = qgis_iface.mapCanvas()  # may be drawing the layer in a thread: stop before removing it
    canvas.stopRendering()
    canvas.setLayers([])
    QgsProject.instance().clear()


@pytest.fixture()
def make_panel(qgis_iface):
    """Panels made in a test, deleted before the project is cleared (their combos watch the project)."""
    from qgis.PyQt import sip

    from wijkmonitor_plugin.gui.panel import WijkmonitorPanel

    panels = []

    def _make():
        panels.append(WijkmonitorPanel(qgis_iface))
        return panels[-1]

    yield _make
    for panel in panels:
        sip.delete(panel)


def test_panel_restyles_layer_when_indicator_chosen(project_layer, make_panel):
    panel = make_panel()
    panel.set_layer(project_layer)
    assert panel.layer() is project_layer
    assert panel.theme_combo.count() > 2  # catalogue themes the layer has + all fields
    index = panel.indicator_combo.findData(FIELD)
    if index < 0:
        panel.theme_combo.setCurrentIndex(panel.theme_combo.findData("economic_participation"))
        index = panel.indicator_combo.findData(FIELD)
    panel.indicator_combo.setCurrentIndex(index)
    rules = rule_data(project_layer)
    assert FIELD in rules[0][1]
    assert rules[-1][1] == f'"{FIELD}" IS NULL'
    assert panel.last_classification.direction == "worse"

    assert panel.set_indicator("nettoArbeidsparticipatie")
    assert "nettoArbeidsparticipatie" in rule_data(project_layer)[0][1]
    panel.classes_spin.setValue(7)
    assert len(rule_data(project_layer)) == 8

    layout = panel.make_layout()
    assert layout in QgsProject.instance().layoutManager().layouts()
    assert layout.itemById("map").layers() == [project_layer]
    atlas = panel.make_atlas()
    assert atlas.atlas().enabled() and atlas.atlas().coverageLayer().featureCount() == 111


def test_panel_offers_index_results_with_decile_style(project_layer, make_panel):
    from wijkmonitor_plugin.gui.panel import INDEX_THEME
    from wijkmonitor_plugin.qgis_adapters.compat import make_field

    provider = project_layer.dataProvider()
    provider.addAttributes([make_field("index_decile", "int"), make_field("index_rank", "int")])
    project_layer.updateFields()
    idx, rank_idx = (project_layer.fields().lookupField(n) for n in ("index_decile", "index_rank"))
    values = sorted((f["aantalInwoners"] or 0, f.id()) for f in project_layer.getFeatures())
    provider.changeAttributeValues({fid: {idx: 1 + 10 * i // len(values), rank_idx: i + 1}
                                    for i, (_v, fid) in enumerate(values)})
    panel = make_panel()
    panel.set_layer(project_layer)
    assert project_layer.renderer().type() == "singleSymbol"  # choosing a layer keeps its own style
    assert panel.theme_combo.itemData(0) == INDEX_THEME
    assert panel.field() == "index_decile"  # offered first
    assert panel.set_indicator("index_decile")  # chosen: styled at once
    rules = rule_data(project_layer)
    assert len(rules) == 11 and rules[0][1] == '"index_decile" = 1.0'


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
