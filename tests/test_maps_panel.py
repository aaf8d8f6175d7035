"""The Wijkmonitor panel: draws at once, honest status, real index themes, chart, buurt profile, layouts."""

from __future__ import annotations

import math

import numpy as np
import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsProject, QgsRuleBasedRenderer, QgsVectorLayer

from wijkmonitor_plugin.core import profile as prof
from wijkmonitor_plugin.qgis_adapters import style
from wijkmonitor_plugin.qgis_adapters.compat import make_field

FIELD = "percentageHuishoudensMetLaagInkomen"
HOUSEHOLDS = "aantalHuishoudens"


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
    """Panels made in a test, shown (a hidden panel never restyles), deleted before the project is cleared."""
    from qgis.PyQt import sip

    from wijkmonitor_plugin.gui.panel import WijkmonitorPanel

    panels = []

    def _make(show: bool = True):
        panels.append(WijkmonitorPanel(qgis_iface))
        if show:
            panels[-1].show()
        return panels[-1]

    yield _make
    for panel in panels:
        sip.delete(panel)


def test_panel_draws_the_shown_indicator_at_once(project_layer, make_panel):
    panel = make_panel()
    panel.set_layer(project_layer)
    assert panel.layer() is project_layer
    assert panel.field(), "an indicator is shown"
    rules = rule_data(project_layer)  # ... and drawn, without picking another one first
    assert panel.field() in rules[0][1] and rules[-1][1] == f'"{panel.field()}" IS NULL'
    assert "classes" in panel.status.text() and "Choose" not in panel.status.text()

    assert panel.set_indicator(FIELD)
    assert FIELD in rule_data(project_layer)[0][1]
    assert panel.last_classification.direction == "worse"
    panel.classes_spin.setValue(7)
    assert len(rule_data(project_layer)) == 8


def test_hidden_panel_leaves_layers_alone(project_layer, make_panel):
    panel = make_panel(show=False)
    panel.set_layer(project_layer)
    assert project_layer.renderer().type() == "singleSymbol"
    panel.show()  # shown: it draws what it shows
    assert panel.field() in rule_data(project_layer)[0][1]


def test_panel_shows_the_style_the_layer_already_has(project_layer, make_panel):
    style.style_layer(project_layer, "nettoArbeidsparticipatie", lang="en")
    panel = make_panel()
    panel.set_layer(project_layer)
    assert panel.field() == "nettoArbeidsparticipatie"


def test_status_is_honest_without_a_polygon_layer(qgis_iface, make_panel):
    QgsProject.instance().clear()
    panel = make_panel()
    assert panel.layer() is None
    assert "No polygon layer" in panel.status.text()
    assert panel.make_layout() is None and "polygon layer" in panel.status.text()


def test_index_theme_only_from_real_index_fields():
    from wijkmonitor_plugin.gui.panel import index_fields

    assert index_fields(["ses_score", "woa_score", "aantalInwoners"]) == []  # joined scores are not an index
    names = ["index_score", "index_rank", "index_decile", "income_score", "income_rank", "income_decile",
             "ses_score", "index_group_rank", "index_group_decile", "work_score"]
    fields = index_fields(names)
    assert fields[0] == "index_decile"
    assert set(fields) == {"index_score", "index_rank", "index_decile", "income_score", "income_rank",
                           "income_decile", "index_group_rank", "index_group_decile"}


def test_panel_offers_index_results_with_decile_style(project_layer, make_panel):
    from wijkmonitor_plugin.gui.panel import INDEX_THEME

    provider = project_layer.dataProvider()
    provider.addAttributes([make_field("index_decile", "int"), make_field("index_rank", "int"),
                            make_field("index_score"), make_field("ses_score")])
    project_layer.updateFields()
    idx, rank_idx = (project_layer.fields().lookupField(n) for n in ("index_decile", "index_rank"))
    values = sorted((f["aantalInwoners"] or 0, f.id()) for f in project_layer.getFeatures())
    provider.changeAttributeValues({fid: {idx: 1 + 10 * i // len(values), rank_idx: i + 1}
                                    for i, (_v, fid) in enumerate(values)})
    panel = make_panel()
    panel.set_layer(project_layer)
    assert panel.theme_combo.itemData(0) == INDEX_THEME
    assert panel.field() == "index_decile"  # offered first, and drawn
    offered = [panel.indicator_combo.itemData(i) for i in range(panel.indicator_combo.count())]
    assert "ses_score" not in offered
    rules = rule_data(project_layer)
    assert len(rules) == 11 and rules[0][1] == '"index_decile" = 1.0'


def test_chart_holds_every_area_sorted_and_highlights_the_selection(project_layer, make_panel):
    panel = make_panel()
    panel.set_layer(project_layer)
    panel.set_indicator(FIELD)
    values = {f.id(): f[FIELD] for f in project_layer.getFeatures()}
    known = {fid: v for fid, v in values.items() if v is not None and v == v and str(v) != "NULL"}
    chart = panel.chart
    assert list(chart._values) == sorted(known.values())
    assert chart._missing == len(values) - len(known)
    # every bar has its map class's colour
    c = panel.last_classification
    for value, colour in zip(chart._values, chart._colours):
        assert colour == c.classes[c.class_of(value)].colour
    highest = max(known, key=lambda fid: (known[fid], fid))
    panel.select_areas([highest])
    assert chart.selected_positions() == [len(known) - 1 - sorted(known.values())[::-1].index(known[highest])]
    image = chart.grab()  # it paints (offscreen) without error, in both views
    assert not image.isNull()
    panel.chart_mode.setCurrentIndex(1)
    assert not chart.grab().isNull()


def _value(feature, field):
    value = feature[field]
    return None if value is None or str(value) == "NULL" or value != value else float(value)


def _weighted(rows, field, weight):
    """The weighted mean, computed here from the features (the panel's is computed by core.profile)."""
    pairs = [(_value(r, field), _value(r, weight)) for r in rows]
    pairs = [(v, w) for v, w in pairs if v is not None and w is not None and w > 0]
    return sum(v * w for v, w in pairs) / sum(w for _v, w in pairs)


def _number(text: str) -> float:
    return float(text.replace("%", "").replace(",", "").strip())


def test_buurt_profile_against_its_wijk_and_the_municipality(project_layer, make_panel):
    panel = make_panel()
    panel.set_layer(project_layer)
    panel.set_indicator(FIELD)
    features = list(project_layer.getFeatures())
    buurt = next(f for f in features if f["statcode"] == "BU0363AF08")
    panel.select_areas([buurt.id()])
    table = panel.profile_table.texts()
    assert "BU0363AF08" not in panel.profile_title.text() and buurt["statnaam"] in panel.profile_title.text()
    row = next(r for r in table if r[0].startswith("Low-income households"))
    wijk = [f for f in features if f["wijkcode"] == buurt["wijkcode"]]
    assert _number(row[1]) == pytest.approx(buurt[FIELD], abs=0.05)
    assert _number(row[2]) == pytest.approx(_weighted(wijk, FIELD, HOUSEHOLDS), abs=0.05)
    municipal = _weighted(features, FIELD, HOUSEHOLDS)
    assert _number(row[3]) == pytest.approx(municipal, abs=0.05)
    expected = prof.judgement_text(prof.judge(buurt[FIELD], municipal, "worse"))
    assert row[4] == expected  # catalogue direction: a higher share is worse


def test_compare_two_buurten(project_layer, make_panel):
    panel = make_panel()
    panel.set_layer(project_layer)
    panel.set_indicator(FIELD)
    by_code = {f["statcode"]: f for f in project_layer.getFeatures()}
    a, b = by_code["BU0363AF08"], by_code["BU0363TD01"]
    panel.select_areas([a.id()])
    panel.select_areas([b.id()], add=True)
    assert set(project_layer.selectedFeatureIds()) == {a.id(), b.id()}
    headings = [panel.profile_table.horizontalHeaderItem(i).text() for i in range(5)]
    assert headings[1] == a["statnaam"] and headings[2] == b["statnaam"]
    row = next(r for r in panel.profile_table.texts() if r[0].startswith("Low-income households"))
    assert _number(row[1]) == pytest.approx(a[FIELD], abs=0.05)
    assert _number(row[2]) == pytest.approx(b[FIELD], abs=0.05)
    assert row[4] == prof.judgement_text(prof.judge(a[FIELD], b[FIELD], "worse"))


def test_municipal_reference_of_a_2022_layer_weights_by_its_own_field_names(qgis_app):
    """Issue 17: a 2021/2022 layer names households aantal_huishoudens; the reference read a field that
    was not there and fell back to the plain mean (30.0) where the household-weighted mean (14.0) is right."""
    layer = QgsVectorLayer("Polygon?crs=EPSG:28992", "buurten 2022", "memory")
    layer.dataProvider().addAttributes([make_field("percentage_huishoudens_met_laag_inkomen"),
                                        make_field("aantal_huishoudens")])
    layer.updateFields()
    features = []
    for i, (share, households) in enumerate(((10.0, 90.0), (50.0, 10.0))):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromWkt(f"POLYGON(({i} 0, {i + 1} 0, {i + 1} 1, {i} 1, {i} 0))"))
        feature.setAttributes([share, households])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    meta = style.indicator_meta(layer, "percentage_huishoudens_met_laag_inkomen", "en")
    assert meta.weight == "aantal_huishoudens"
    assert style.reference_value(layer, meta, style.REFERENCE_MUNICIPAL) == pytest.approx(14.0)
    classification = style.style_layer(layer, "percentage_huishoudens_met_laag_inkomen", "equal", 4,
                                       reference=style.REFERENCE_MUNICIPAL, lang="en")
    assert classification.reference == pytest.approx(14.0)


def test_make_layout_locks_the_style_and_names_the_source(project_layer, make_panel):
    panel = make_panel()
    panel.set_layer(project_layer)
    panel.set_indicator(FIELD)
    layout = panel.make_layout()
    assert layout in QgsProject.instance().layoutManager().layouts()
    map_item = layout.itemById("map")
    assert map_item.layers() == [project_layer] and map_item.keepLayerStyles()
    assert "CBS Kerncijfers wijken en buurten 2023" in layout.itemById("source").text()
    bar = layout.itemById("scalebar")
    segment = bar.unitsPerSegment()
    assert segment / 10 ** math.floor(math.log10(segment)) in (1, 2, 5)
    panel.set_indicator("nettoArbeidsparticipatie")  # the layout keeps what it showed
    assert FIELD in map_item.layerStyleOverrides()[project_layer.id()]


def test_chart_class_indices_match_class_of():
    from wijkmonitor_plugin.core import classify as cl
    from wijkmonitor_plugin.gui.panel_chart import class_indices

    rng = np.random.default_rng(3)
    values = np.concatenate([rng.gamma(2, 10, 300), [np.nan, np.nan]])
    for method in (cl.QUANTILE, cl.EQUAL, cl.JENKS):
        c = cl.classify(values.tolist(), method, 5, "worse")
        got = class_indices(c, values)
        want = [c.class_of(v) for v in values]
        assert [g if g >= 0 else None for g in got] == want
    deciles = np.arange(1, 11, dtype=float)
    c = cl.classify(deciles.tolist(), cl.DECILE, 10, "better")
    assert list(class_indices(c, deciles)) == [c.class_of(v) for v in deciles]


def test_a_style_of_the_users_own_is_kept_until_an_indicator_is_chosen(project_layer, make_panel):
    from qgis.core import QgsCategorizedSymbolRenderer, QgsRendererCategory, QgsSymbol

    symbol = QgsSymbol.defaultSymbol(project_layer.geometryType())
    renderer = QgsCategorizedSymbolRenderer("wijkcode", [QgsRendererCategory("WK0363AA", symbol, "AA")])
    project_layer.setRenderer(renderer)
    panel = make_panel()
    panel.set_layer(project_layer)
    assert project_layer.renderer().type() == "categorizedSymbol"
    assert "keeps its own style" in panel.status.text()
    panel.draw_button.click()
    assert panel.field() in rule_data(project_layer)[0][1]
