"""wijkmonitor:computeindicators and core.indicators on the real Amsterdam sample, 2021 names and CBS tables."""

from __future__ import annotations

import json
import shutil
import sqlite3

import numpy as np
import pandas as pd
import pytest
from qgis.core import NULL, QgsFeature, QgsGeometry, QgsVectorLayer

from tests.conftest import NL, ROOT
from wijkmonitor_plugin.core import indicators, statline
from wijkmonitor_plugin.core.catalogue import load_catalogue
from wijkmonitor_plugin.qgis_adapters.compat import make_field

SAMPLE = ROOT / "resources" / "sample" / "amsterdam_buurten_2023.gpkg"


@pytest.fixture(scope="module")
def raw_sample():
    with sqlite3.connect(f"file:{SAMPLE}?mode=ro", uri=True) as con:
        return pd.read_sql("select * from buurten", con).set_index("buurtcode")


@pytest.fixture(scope="module")
def computed(processing_ready, sample_gpkg):
    import processing

    result = processing.run("wijkmonitor:computeindicators", {"INPUT": sample_gpkg, "OUTPUT": "TEMPORARY_OUTPUT",
                                                              "REPORT": "TEMPORARY_OUTPUT"})
    layer = result["OUTPUT"]
    frame = pd.DataFrame([[None if v == NULL else v for v in f.attributes()] for f in layer.getFeatures()],
                         columns=layer.fields().names())
    report = {f["indicator"]: (f["status"], f["detail"]) for f in result["REPORT"].getFeatures()}
    return result, layer, frame.set_index("statcode"), report


def test_every_theme_has_working_indicators_on_amsterdam(computed):
    result, layer, frame, report = computed
    cat = load_catalogue()
    assert result["COMPUTED"] == 49 and result["MISSING"] == 31 and len(report) == 80  # 7 Leefbaarometer: external
    per_theme = {t.id: sum(report[i.id][0] == "computed" for i in t.indicators) for t in cat.themes}
    assert per_theme == {"health": 4, "social_participation": 1, "economic_participation": 9, "facilities": 6,
                         "safety": 0, "education": 2, "housing": 5, "air_quality": 0, "nuisance": 0, "energy": 17,
                         "ageing": 5}
    # the report says why the others are missing
    assert report["no2_ugm3"][1].startswith("computed from a raster")
    assert report["veiligheidsbeleving_pct"][1] == "no open buurt-level source"
    assert "47018NED" in report["misdrijven_per_1000"][1]
    assert report["bijstand_per_1000"][1] == "aantalPersonenMetEenAlgBijstandsuitkeringTot / aantalInwoners × 1000"


def test_values_match_the_raw_figures(computed, raw_sample):
    _, layer, frame, _ = computed
    raw = raw_sample
    expected = raw["aantalPersonenMetEenAlgBijstandsuitkeringTot"] / raw["aantalInwoners"] * 1000
    expected = expected.where(raw["aantalInwoners"] > 0)
    got = frame["bijstand_per_1000"].reindex(expected.index).astype(float)
    assert np.allclose(got.fillna(-1), expected.fillna(-1))
    # a zero denominator (water, industrial areas) gives NULL, never 0 or infinity
    zero = raw.index[raw["aantalInwoners"] == 0]
    assert len(zero) > 0 and frame.loc[zero, "bijstand_per_1000"].isna().all()
    assert frame.loc[zero, "sterfte_per_1000"].isna().all()
    # NULL in the numerator gives NULL
    null_num = raw.index[raw["aantalPersonenMetEenAlgBijstandsuitkeringTot"].isna()]
    assert frame.loc[null_num, "bijstand_per_1000"].isna().all()
    # education shares are recomputed from the three counts and add up with the middle level
    low = frame["opleiding_laag_pct"].dropna()
    assert ((low > 0) & (low < 100)).all()
    assert frame.loc["BU0363AA01", "grijze_druk"] == pytest.approx(
        raw.loc["BU0363AA01", "percentagePersonen65JaarEnOuder"] / raw.loc["BU0363AA01", [
            "percentagePersonen15Tot25Jaar", "percentagePersonen25Tot45Jaar", "percentagePersonen45Tot65Jaar"]].sum()
        * 100)


def test_fields_have_label_unit_and_precision(computed):
    from wijkmonitor_plugin.algorithms.compute_indicators import indicator_fields

    _, layer, _, _ = computed
    field = layer.fields().field("bijstand_per_1000")
    assert field.precision() == 1
    assert layer.fields().indexOf("aantalInwoners") < layer.fields().indexOf("bijstand_per_1000")
    cat = load_catalogue()
    fields = indicator_fields([cat.indicator("bijstand_per_1000")], "nl")
    assert fields[0].alias() == "Bijstandsuitkeringen per 1.000 inwoners"
    assert fields[0].comment() == "per 1.000 inwoners"
    # QGIS 3.22 sinks drop aliases: the output gets them once it is written (tests/test_output_styles.py)
    assert layer.fields().field("bijstand_per_1000").alias() == cat.indicator("bijstand_per_1000").label_for("en")


def test_one_theme_and_batch(run_alg, sample_gpkg):
    cat = load_catalogue()
    runs = {}
    for theme_id in ("economic_participation", "ageing", "safety"):
        index = [t.id for t in cat.themes].index(theme_id) + 1
        result = run_alg("wijkmonitor:computeindicators", {"INPUT": sample_gpkg, "THEME": index,
                                                           "OUTPUT": "TEMPORARY_OUTPUT"})
        added = [n for n in result["OUTPUT"].fields().names() if n in {i.id for i in cat.indicators()}]
        runs[theme_id] = (result["COMPUTED"], result["MISSING"], added)
    assert runs["economic_participation"][:2] == (9, 0)
    assert runs["ageing"][2] == ["aandeel_65plus_pct", "aandeel_0_15_pct", "grijze_druk", "groene_druk", "aow_pct"]
    assert runs["safety"] == (0, 3, [])


def test_2021_snake_case_names_and_all_null_columns(run_alg, tmp_path):
    """Ermelo 2021 has the snake_case names, but every statistic is NULL: reported, not invented."""
    copy = tmp_path / "ermelo.gpkg"  # a copy: GDAL switches a GeoPackage it opens to WAL mode
    shutil.copy(NL / "ermelo_buurten_2021_geometry_only.gpkg", copy)
    path = f"{copy}|layername=CBS_Buurten"
    result = run_alg("wijkmonitor:computeindicators", {"INPUT": path, "THEME": 11, "OUTPUT": "TEMPORARY_OUTPUT",
                                                       "REPORT": "TEMPORARY_OUTPUT"})
    report = {f["indicator"]: f["detail"] for f in result["REPORT"].getFeatures()}
    assert result["COMPUTED"] == 0
    assert "percentage_personen_65_jaar_en_ouder" in report["aandeel_65plus_pct"]
    assert "NULL in every area" in report["aandeel_65plus_pct"]
    assert result["OUTPUT"].featureCount() == 17


def test_cbs_titles_with_spaces_and_quotes_as_field_names(run_alg):
    layer = QgsVectorLayer("Polygon?crs=EPSG:28992", "t", "memory")
    layer.dataProvider().addAttributes([make_field("Aantal inwoners"),
                                        make_field("Personen per soort uitkering; Bijstand"),
                                        make_field('veld met "aanhalingstekens"', "string")])
    layer.updateFields()
    feats = []
    for i, (inw, bij) in enumerate([(1000, 25), (0, 0), (None, 3), (200, None)]):
        f = QgsFeature(layer.fields())
        f.setAttributes([inw, bij, "x"])
        f.setGeometry(QgsGeometry.fromWkt(f"POLYGON(({i} 0, {i + 1} 0, {i + 1} 1, {i} 0))"))
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    result = run_alg("wijkmonitor:computeindicators", {"INPUT": layer, "THEME": 3, "OUTPUT": "TEMPORARY_OUTPUT"})
    values = [f["bijstand_per_1000"] for f in result["OUTPUT"].getFeatures()]
    assert values[0] == pytest.approx(25.0)
    assert all(v is None or str(v) == "NULL" for v in values[1:])  # zero denominator, NULL inputs
    assert result["OUTPUT"].fields().names()[:3] == layer.fields().names()


def test_real_85984ned_values_give_cbs_density():
    """The 2024 OData values, renamed by their real Titles, give CBS's own population density."""
    props = json.loads((NL / "odata_85984NED_kwb2024" / "DataProperties.json").read_text(encoding="utf-8"))
    raw = statline.read_odata_values(NL / "odata_85984NED_kwb2024" / "wijken_gemeenten_2024_8_variables.json", props)
    cat = load_catalogue()
    plans, missing = indicators.plan_indicators(cat, raw.frame.columns, theme="housing")
    assert [p.indicator.id for p in plans] == ["bevolkingsdichtheid"]
    result = indicators.compute_indicators(raw.frame, plans, missing)
    big = raw.frame["Oppervlakte land"] >= 100  # land area is published in whole hectares
    ours = result.values.loc[big, "bevolkingsdichtheid"]
    cbs = raw.frame.loc[big, "Bevolkingsdichtheid"]
    assert big.sum() > 3000
    land = raw.frame.loc[big, "Oppervlakte land"]
    people = raw.frame.loc[big, "Aantal inwoners"]
    # CBS publishes land in whole hectares and rounds wijk populations to 5 (up to ±5 apart from the exact count
    # the density is computed from: mannen + vrouwen differ from inwoners by up to 5)
    tolerance = ours * (0.5 / land + 5 / people.where(people > 0)) + 0.5
    within = (ours - cbs).abs() <= tolerance.fillna(0.5) + 1e-9
    assert within.mean() > 0.99  # the few others are tiny wijken where CBS's exact counts differ more
    assert ((ours - cbs).abs() / cbs).median() < 0.005


def test_figures_stored_as_text_with_decimal_commas(run_alg):
    """A layer whose figures were imported as text ('59,0'): the indicators are computed, not a traceback,
    and text that is no number ('n.v.t.') is NULL and reported."""
    layer = QgsVectorLayer("Polygon?crs=EPSG:28992", "t", "memory")
    layer.dataProvider().addAttributes([make_field("aantalInwoners", "string"),
                                        make_field("aantalPersonenMetEenAlgBijstandsuitkeringTot", "string"),
                                        make_field("percentageHuishoudensMetLaagInkomen", "string")])
    layer.updateFields()
    feats = []
    for i, row in enumerate([("1.200", "30,0", "59,0"), ("800", "n.v.t.", "12,5"), ("-99997", "5", "x")]):
        f = QgsFeature(layer.fields())
        f.setAttributes(list(row))
        f.setGeometry(QgsGeometry.fromWkt(f"POLYGON(({i} 0, {i + 1} 0, {i + 1} 1, {i} 0))"))
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    result = run_alg("wijkmonitor:computeindicators", {"INPUT": layer, "OUTPUT": "TEMPORARY_OUTPUT",
                                                       "REPORT": "TEMPORARY_OUTPUT"})
    out = [(f["bijstand_per_1000"], f["huishoudens_laag_inkomen_pct"]) for f in result["OUTPUT"].getFeatures()]
    assert out[0][0] == pytest.approx(25.0) and out[0][1] == pytest.approx(59.0)  # 30 / 1200 × 1000
    assert out[1][0] == NULL and out[1][1] == pytest.approx(12.5)
    assert out[2] == (NULL, NULL)  # a CBS code and a missing-value symbol are no figures
    cleaned = {f["indicator"]: f["detail"] for f in result["REPORT"].getFeatures() if f["status"] == "cleaned"}
    assert "'n.v.t.' ×1" in cleaned["aantalPersonenMetEenAlgBijstandsuitkeringTot"]
    assert "-99997 ×1" in cleaned["aantalInwoners"]
