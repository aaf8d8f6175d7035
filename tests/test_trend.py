"""wijkmonitor:trend and the change style: the national table of 2024 (perceived health 2012-2024 and crime
2021-2025 per buurt, fields per year) and the classification rules, checked against the wijkprofiel's rule."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from qgis.core import NULL, QgsFeature, QgsProcessingException, QgsVectorLayer

from tests.conftest import NL
from wijkmonitor_plugin.core import palettes
from wijkmonitor_plugin.core import trend as tr
from wijkmonitor_plugin.core.catalogue import load_catalogue
from wijkmonitor_plugin.core.profile import judge

NATIONAL = NL / "national_2024" / "nl_gm_wk_bu_2024_kwb18_misdrijven_2021_2025_gezondheid.csv"
HEALTH = "goed_ervaren_gezondheid"


def frame(layer) -> pd.DataFrame:
    return pd.DataFrame([[None if v == NULL else v for v in f.attributes()] for f in layer.getFeatures()],
                        columns=layer.fields().names())


@pytest.fixture(scope="module")
def national():
    return pd.read_csv(NATIONAL)


def table_layer(data: pd.DataFrame, name="national") -> QgsVectorLayer:
    """The CSV as QGIS would hold it after a join: a table with numeric fields."""
    numeric = [c for c in data.columns if pd.api.types.is_numeric_dtype(data[c])]
    text = [c for c in data.columns if c not in numeric]
    spec = "&".join([f"field={c}:string" for c in text] + [f"field={c}:double" for c in numeric])
    layer = QgsVectorLayer(f"None?{spec}", name, "memory")
    features = []
    for row in data[text + numeric].itertuples(index=False):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([None if (isinstance(v, float) and np.isnan(v)) else v for v in row])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def test_perceived_health_per_buurt_from_fields_per_year(run_alg, national):
    buurten = national[national["level"] == "buurt"]
    result = run_alg("wijkmonitor:trend", {"INPUT": table_layer(buurten), "FIELDS": [f"{HEALTH}_2012"],
                                           "OUTPUT": "TEMPORARY_OUTPUT"})
    assert (result["FIRST_YEAR"], result["LAST_YEAR"], result["INDICATORS"]) == (2012, 2024, HEALTH)
    out = frame(result["OUTPUT"]).set_index("statcode")
    assert len(out) == len(buurten)
    src = buurten.set_index("statcode")
    change = src[f"{HEALTH}_2024"] - src[f"{HEALTH}_2012"]
    assert np.allclose(out[f"{HEALTH}_change"].dropna(), change.dropna())
    pct = out[f"{HEALTH}_change_pct"].dropna()
    assert np.allclose(pct, (change / src[f"{HEALTH}_2012"] * 100).dropna())
    steps = [f"{HEALTH}_change_{a}_{b}" for a, b in ((2012, 2016), (2016, 2020), (2020, 2022), (2022, 2024))]
    assert set(steps) <= set(out.columns)
    assert np.allclose(out[f"{HEALTH}_change_2020_2022"].dropna(),
                       (src[f"{HEALTH}_2022"] - src[f"{HEALTH}_2020"]).dropna())
    # higher is better (catalogue: ervaren_gezondheid_goed_pct) and the 5 % rule of the wijkprofiel
    expected = [judge(b, a, "better") if np.isfinite(a) and np.isfinite(b) else None
                for a, b in zip(src[f"{HEALTH}_2012"], src[f"{HEALTH}_2024"])]
    expected = ["stable" if e == "similar" else e for e in expected]
    assert [None if pd.isna(v) else v for v in out[f"{HEALTH}_class"]] == expected  # NULL: None or (pandas 3) NaN
    counts = out[f"{HEALTH}_class"].value_counts()
    assert counts["worse"] > counts["better"]  # 2024 (after the pandemic) below 2012 in most buurten
    assert out[f"{HEALTH}_class"].isna().sum() == change.isna().sum()


def test_crime_counts_with_a_chosen_direction_and_an_absolute_threshold(run_alg, national):
    buurten = national[(national["level"] == "buurt") & (national["gemeentecode"] == "GM0363")]
    layer = table_layer(buurten)
    result = run_alg("wijkmonitor:trend", {"INPUT": layer, "FIELDS": ["misdrijven_2021"], "FROM_YEAR": 2021,
                                           "TO_YEAR": 2024, "DIRECTION": 2, "THRESHOLD": 10, "THRESHOLD_KIND": 1,
                                           "OUTPUT": "TEMPORARY_OUTPUT"})
    out = frame(result["OUTPUT"]).set_index("statcode")
    src = buurten.set_index("statcode")
    diff = src["misdrijven_2024"] - src["misdrijven_2021"]
    assert result["LAST_YEAR"] == 2024 and "misdrijven_change_2024_2025" not in out.columns
    klass = out["misdrijven_class"]
    assert (klass[diff > 10] == "worse").all() and (klass[diff < -10] == "better").all()
    assert (klass[diff.abs() <= 10] == "stable").all()


def test_a_year_fields_on_their_own_need_two_years(run_alg):
    layer = QgsVectorLayer("None?field=statcode:string&field=x_2020:double", "one", "memory")
    feature = QgsFeature(layer.fields())  # one area: an empty layer has a message of its own
    feature.setAttributes(["BU00010001", 1.0])
    layer.dataProvider().addFeatures([feature])
    with pytest.raises(QgsProcessingException, match="two or more years"):
        run_alg("wijkmonitor:trend", {"INPUT": layer, "OUTPUT": "TEMPORARY_OUTPUT"})


def test_margins_make_a_small_change_stable(run_alg):
    layer = QgsVectorLayer("None?field=statcode:string&field=h_2016:double&field=h_2020:double"
                           "&field=h_2016_lower:double&field=h_2016_upper:double&field=h_2020_margin:double",
                           "m", "memory")
    rows = [("BU00010001", 70.0, 78.0, 68.0, 72.0, 2.0),   # +8, margin √(2² + 2²) = 2.83: real
            ("BU00010002", 70.0, 74.0, 66.0, 74.0, 3.0)]   # +4 (> 5 % of 70), margin √(4² + 3²) = 5: not real
    features = []
    for row in rows:
        feature = QgsFeature(layer.fields())
        feature.setAttributes(list(row))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    result = run_alg("wijkmonitor:trend", {"INPUT": layer, "DIRECTION": 1, "OUTPUT": "TEMPORARY_OUTPUT"})
    out = frame(result["OUTPUT"]).set_index("statcode")
    assert out["h_class"].tolist() == ["better", "stable"]
    assert out["h_significant"].tolist() == [1.0, 0.0]


# -- the core -----------------------------------------------------------------------------------

@pytest.mark.parametrize("seed", range(5))
def test_relative_classes_follow_the_wijkprofiel_rule(seed):
    rng = np.random.default_rng(seed)
    first = rng.uniform(-50, 150, 400)
    first[::17] = 0.0
    last = first * rng.uniform(0.8, 1.2, 400) + rng.normal(0, 1, 400)
    last[::23] = np.nan
    for direction in (palettes.BETTER, palettes.WORSE, palettes.NEUTRAL):
        got = tr.change_class(first, last, direction, 5.0)
        for a, b, g in zip(first, last, got):
            expected = judge(float(b), float(a), direction) if np.isfinite(b) else None
            expected = {"similar": "stable", "unknown": None}.get(expected, expected)
            assert g == expected


def test_year_and_margin_fields_are_recognised():
    names = ["goed_ervaren_gezondheid_2012", "goed_ervaren_gezondheid_2024", "misdrijven_2021", "aantalInwoners",
             "percentageBouwjaarklasseTot2000", "h_2016_lower", "h_2016_upper", "h_2020_marge"]
    assert tr.year_fields(names) == {"goed_ervaren_gezondheid": {2012: "goed_ervaren_gezondheid_2012",
                                                                 2024: "goed_ervaren_gezondheid_2024"},
                                     "misdrijven": {2021: "misdrijven_2021"}}
    assert tr.margin_fields(names) == {("h", 2016): {"lower": "h_2016_lower", "upper": "h_2016_upper"},
                                       ("h", 2020): {"margin": "h_2020_marge"}}


def test_the_catalogue_knows_the_health_monitor_under_its_names():
    catalogue = load_catalogue()
    for name in ("goed_ervaren_gezondheid", "GoedErvarenGezondheid", "ErvarenGezondheidGoedZeerGoed_4"):
        assert tr.find_indicator(catalogue, name).id == "ervaren_gezondheid_goed_pct"
    assert tr.find_indicator(catalogue, "percentageHuishoudensMetLaagInkomen").higher_is == "worse"
    assert tr.find_indicator(catalogue, "aantalInwoners") is None


def test_change_text_for_a_trend_column():
    assert tr.change_text(76.04, 79.2, "better", 0) == "76 → 79 ▲"
    assert tr.change_text(12.5, 11.0, "stable", 1, "nl") == "12,5 → 11,0 ="
    assert tr.change_text(None, 11.0, None) == ""


# -- the change style ---------------------------------------------------------------------------

def test_change_style_blue_is_better_and_says_the_period(processing_ready):
    from qgis.core import QgsExpression, QgsExpressionContext, QgsFields

    from wijkmonitor_plugin.qgis_adapters import change_style as cs
    from wijkmonitor_plugin.qgis_adapters.compat import make_field

    changes = [-6.0, -2.0, -1.0, 0.5, 1.5, 3.0, 8.0, None]
    classes = ["worse", "worse", "stable", "stable", "better", "better", "better", None]
    rules = cs.change_rules("h", changes, classes, palettes.BETTER, unit="%", decimals=1)
    labels = [r[2] for r in rules]
    assert labels[-1].lower() in ("no data", "geen gegevens")
    stable = next(r for r in rules if r[0] == "\"h_class\" = 'stable'")
    assert stable[1] == cs.STABLE_COLOUR
    better = [r for r in rules if r[2].endswith("(better)")]
    worse = [r for r in rules if r[2].endswith("(worse)")]
    assert better and worse
    assert all(palettes._rgb(c)[2] > palettes._rgb(c)[0] for _, c, _ in better)  # blue for better
    assert all(palettes._rgb(c)[0] > palettes._rgb(c)[2] for _, c, _ in worse)  # red for worse
    # every value lands in exactly one rule
    fields = QgsFields()
    fields.append(make_field("h_change", "double"))
    fields.append(make_field("h_class", "string"))
    for value, klass in zip(changes, classes):
        feature = QgsFeature(fields)
        feature.setAttributes([value, klass])
        context = QgsExpressionContext()
        context.setFeature(feature)
        hits = [label for expr, _, label in rules if QgsExpression(expr).evaluate(context)]
        assert len(hits) == 1, (value, klass, hits)
    # higher is worse: the increases are red
    flipped = cs.change_rules("h", changes, ["better" if c == "worse" else "worse" if c == "better" else c
                                             for c in classes], palettes.WORSE)
    increases = [r for r in flipped if "(worse)" in r[2]]
    assert all(palettes._rgb(c)[0] > palettes._rgb(c)[2] for _, c, _ in increases)
    title = cs.change_legend_title("Ervaren gezondheid goed", 2012, 2020, palettes.BETTER, "%")
    assert "2012 → 2020" in title and "2012" in title.splitlines()[1] and title.splitlines()[2]


def test_the_trend_output_is_styled_when_loaded(run_alg, national, tmp_path):
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject, QgsVectorLayer

    from wijkmonitor_plugin.qgis_adapters import change_style as cs

    sample = QgsVectorLayer(str(NL.parent.parent.parent / "resources" / "sample" / "amsterdam_buurten_2023.gpkg")
                            + "|layername=buurten", "s", "ogr")
    assert sample.isValid()
    joined = run_alg("wijkmonitor:joinindicators", {
        "INPUT": sample, "TABLE_FILE": str(NATIONAL), "OUTPUT": "TEMPORARY_OUTPUT", "REPORT": "TEMPORARY_OUTPUT"})
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    out = tmp_path / "trend.gpkg"
    result = processing.runAndLoadResults("wijkmonitor:trend", {
        "INPUT": joined["OUTPUT"], "FIELDS": [f"{HEALTH}_2012"], "FROM_YEAR": 2020, "OUTPUT": str(out)},
        context=context, feedback=QgsProcessingFeedback())
    layer = QgsProject.instance().mapLayer(result["OUTPUT"]) if isinstance(result["OUTPUT"], str) and \
        QgsProject.instance().mapLayer(result["OUTPUT"]) else next(
        lay for lay in QgsProject.instance().mapLayers().values() if lay.source().startswith(str(out)))
    settings = cs.change_settings(layer)
    assert settings["first_year"] == 2020 and settings["last_year"] == 2024 and settings["direction"] == "better"
    assert layer.renderer().type() == "RuleRenderer"
    assert len(layer.renderer().rootRule().children()) >= 4
    QgsProject.instance().removeMapLayer(layer.id())


def test_a_plain_field_beside_its_earlier_years(run_alg):
    """The output of reallocate with the target's own fields kept and a suffix: aantalInwoners (the map's year)
    next to aantalInwoners_2019 (moved) is a trend without choosing anything."""
    layer = QgsVectorLayer("None?field=statcode:string&field=jaar:integer&field=aantalInwoners:double"
                           "&field=aantalInwoners_2019:double&field=oppervlakteLandInHa:double", "kept", "memory")
    features = []
    for row in (["BU00010001", 2024, 1100.0, 1000.0, 12.0], ["BU00010002", 2024, 50.0, -99997.0, 3.0]):
        feature = QgsFeature(layer.fields())
        feature.setAttributes(row)
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    result = run_alg("wijkmonitor:trend", {"INPUT": layer, "OUTPUT": "TEMPORARY_OUTPUT"})
    assert result["INDICATORS"] == "aantalInwoners" and (result["FIRST_YEAR"], result["LAST_YEAR"]) == (2019, 2024)
    out = frame(result["OUTPUT"]).set_index("statcode")
    row = out.loc["BU00010001"]
    assert row["aantalInwoners_change"] == 100 and row["aantalInwoners_change_pct"] == pytest.approx(10)
    assert row["aantalInwoners_class"] == "higher"  # population has no better or worse
    secret = out.loc["BU00010002"]  # a CBS secrecy code is no value, not a fall of 100,047
    assert pd.isna(secret["aantalInwoners_change"]) and pd.isna(secret["aantalInwoners_class"])
