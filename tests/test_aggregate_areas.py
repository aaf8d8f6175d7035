"""wijkmonitor:aggregateareas: buurten of the real Amsterdam sample to wijken, gemeente and own areas."""

from __future__ import annotations

import sqlite3

import numpy as np
import pandas as pd
import pytest
from qgis.core import NULL, QgsFeature, QgsGeometry, QgsRectangle, QgsVectorLayer

from tests.conftest import ROOT
from wijkmonitor_plugin.core.aggregate import aggregate_frame, overlap_groups
from wijkmonitor_plugin.core.catalogue import load_catalogue
from wijkmonitor_plugin.qgis_adapters.compat import make_field

SAMPLE = ROOT / "resources" / "sample" / "amsterdam_buurten_2023.gpkg"
TOTAL = 917_890


@pytest.fixture(scope="module")
def with_indicators(processing_ready, tmp_path_factory):
    """The sample with the catalogue indicators computed, as a GeoPackage path."""
    import processing

    folder = tmp_path_factory.mktemp("agg")
    processing.run("wijkmonitor:loadsample", {"OUTPUT": str(folder / "s.gpkg")})
    processing.run("wijkmonitor:computeindicators", {"INPUT": str(folder / "s.gpkg"), "OUTPUT": str(folder / "i.gpkg")})
    return str(folder / "i.gpkg")


@pytest.fixture(scope="module")
def raw():
    with sqlite3.connect(f"file:{SAMPLE}?mode=ro", uri=True) as con:
        return pd.read_sql("select * from buurten", con)


def _frame(layer):
    return pd.DataFrame([[None if v == NULL else v for v in f.attributes()] for f in layer.getFeatures()],
                        columns=layer.fields().names())


def test_buurten_to_wijken(run_alg, with_indicators, raw):
    result = run_alg("wijkmonitor:aggregateareas", {"INPUT": with_indicators, "TARGET": 0,
                                                    "OUTPUT": "TEMPORARY_OUTPUT", "REPORT": "TEMPORARY_OUTPUT"})
    wijken = _frame(result["OUTPUT"]).set_index("statcode")
    assert len(wijken) == raw["wijkcode"].nunique() and wijken["aantal_buurten"].sum() == 519
    assert wijken["aantalInwoners"].sum() == TOTAL  # counts summed
    grouped = raw.groupby("wijkcode")
    known = raw.dropna(subset=["aantalPersonenMetEenAlgBijstandsuitkeringTot", "aantalInwoners"])
    kg = known.groupby("wijkcode")
    expected = kg["aantalPersonenMetEenAlgBijstandsuitkeringTot"].sum() / kg["aantalInwoners"].sum() * 1000
    expected = expected[kg["aantalInwoners"].sum() > 0]
    assert np.allclose(wijken.loc[expected.index, "bijstand_per_1000"].astype(float), expected)  # rate recomputed
    hh = raw.dropna(subset=["percentageHuishoudensMetLaagInkomen", "aantalHuishoudens"])
    w = hh.assign(x=hh["percentageHuishoudensMetLaagInkomen"] * hh["aantalHuishoudens"]).groupby("wijkcode")
    weighted = (w["x"].sum() / w["aantalHuishoudens"].sum()).dropna()
    assert np.allclose(wijken.loc[weighted.index, "huishoudens_laag_inkomen_pct"].astype(float), weighted)
    assert wijken["mediaan_vermogen"].isna().all()  # a median cannot be aggregated
    assert grouped.ngroups == len(wijken)
    report = {f["field"]: (f["status"], f["method"]) for f in result["REPORT"].getFeatures()}
    assert report["mediaan_vermogen"][0] == "null" and "median" in report["mediaan_vermogen"][1]
    assert report["mediaanVermogenVanParticuliereHuish"][0] == "null"
    assert report["woz_waarde"] == ("aggregated", "mean weighted by woningvoorraad")
    assert report["bijstand_per_1000"][1].startswith("recomputed")
    assert report["mannen"][0] == "null"  # not in the catalogue and not chosen
    assert result["OUTPUT"].featureCount() == len(wijken)
    assert all(f.hasGeometry() for f in result["OUTPUT"].getFeatures())


def test_buurten_to_gemeente_with_chosen_fields(run_alg, with_indicators):
    result = run_alg("wijkmonitor:aggregateareas", {"INPUT": with_indicators, "TARGET": 1,
                                                    "SUM_FIELDS": ["mannen", "vrouwen"],
                                                    "OUTPUT": "TEMPORARY_OUTPUT"})
    gm = _frame(result["OUTPUT"])
    assert len(gm) == 1 and gm.loc[0, "statcode"] == "GM0363" and gm.loc[0, "gemeentenaam"] == "Amsterdam"
    assert gm.loc[0, "aantalInwoners"] == TOTAL
    assert gm.loc[0, "mannen"] + gm.loc[0, "vrouwen"] == pytest.approx(TOTAL, rel=0.01)
    assert 5 < gm.loc[0, "aandeel_65plus_pct"] < 25


def test_own_areas_by_largest_overlap_and_by_lookup(run_alg, with_indicators, raw, tmp_path):
    source = QgsVectorLayer(with_indicators, "s", "ogr")
    extent = source.extent()
    mid = (extent.xMinimum() + extent.xMaximum()) / 2
    areas = QgsVectorLayer("Polygon?crs=EPSG:28992&field=gebied:string", "gebieden", "memory")
    feats = []
    ymin, ymax = extent.yMinimum() - 1, extent.yMaximum() + 1
    for name, rect in (("West", QgsRectangle(extent.xMinimum() - 1, ymin, mid, ymax)),
                       ("Oost", QgsRectangle(mid, ymin, extent.xMaximum() + 1, ymax))):
        f = QgsFeature(areas.fields())
        f.setAttributes([name])
        f.setGeometry(QgsGeometry.fromRect(rect))
        feats.append(f)
    areas.dataProvider().addFeatures(feats)
    result = run_alg("wijkmonitor:aggregateareas", {"INPUT": with_indicators, "TARGET": 2, "AREAS": areas,
                                                    "OUTPUT": "TEMPORARY_OUTPUT"})
    out = _frame(result["OUTPUT"]).set_index("gebied")
    assert set(out.index) == {"West", "Oost"} and out["aantal_buurten"].sum() == 519
    assert out["aantalInwoners"].sum() == TOTAL
    # lookup table: buurt code (bare, in lower case) → stadsdeel letter of the Amsterdam wijk code
    lookup = tmp_path / "stadsdelen.csv"
    lines = ["buurt;stadsdeel"] + [f"{c[2:].lower()};Stadsdeel {c[6]}" for c in raw["buurtcode"] if c[6].isalpha()]
    lookup.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run_alg("wijkmonitor:aggregateareas", {"INPUT": with_indicators, "TARGET": 3,
                                                    "LOOKUP_FILE": str(lookup), "OUTPUT": "TEMPORARY_OUTPUT"})
    out = _frame(result["OUTPUT"]).set_index("stadsdeel")
    assert len(out) == raw["buurtcode"].str[6].str.isalpha().groupby(raw["buurtcode"].str[6]).any().sum()
    assert out["aantal_buurten"].sum() == len(lines) - 1


def test_bad_choices_are_refused(run_alg, with_indicators, tmp_path):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException):
        run_alg("wijkmonitor:aggregateareas", {"INPUT": with_indicators, "TARGET": 2, "OUTPUT": "TEMPORARY_OUTPUT"})
    bad = tmp_path / "bad.csv"
    bad.write_text("a;b\n1;2\n", encoding="utf-8")
    with pytest.raises(QgsProcessingException):
        run_alg("wijkmonitor:aggregateareas", {"INPUT": with_indicators, "TARGET": 3, "LOOKUP_FILE": str(bad),
                                               "OUTPUT": "TEMPORARY_OUTPUT"})


def test_core_rules_on_a_small_frame():
    cat = load_catalogue()
    frame = pd.DataFrame({
        "aantalInwoners": [100.0, 300.0, np.nan, 0.0],
        "aantalPersonenMetEenAlgBijstandsuitkeringTot": [10.0, 30.0, 5.0, 0.0],
        "bijstand_per_1000": [100.0, 100.0, np.nan, np.nan],
        "gemiddeldInkomenPerInwoner": [20.0, 40.0, 30.0, np.nan],
        "mediaanVermogenVanParticuliereHuish": [1.0, 2.0, 3.0, 4.0],
        "no2_ugm3": [10.0, 20.0, 30.0, 40.0],
        "__area": [1.0, 3.0, 1.0, 1.0],
    })
    groups = pd.Series(["A", "A", "B", "B"])
    result = aggregate_frame(frame, groups, cat)
    v = result.values
    assert v.loc["A", "aantalInwoners"] == 400 and v.loc["B", "aantalInwoners"] == 0
    assert v.loc["A", "bijstand_per_1000"] == pytest.approx(100.0) and np.isnan(v.loc["B", "bijstand_per_1000"])
    assert v.loc["A", "gemiddeldInkomenPerInwoner"] == pytest.approx((20 * 100 + 40 * 300) / 400)
    assert np.isnan(v.loc["A", "mediaanVermogenVanParticuliereHuish"])
    assert v.loc["A", "no2_ugm3"] == pytest.approx((10 + 60) / 4)  # area-weighted
    assert result.partial["aantalInwoners"] == 1  # group B has a suppressed buurt
    assert overlap_groups(pd.DataFrame({"area": [1, 1, 2], "group": ["x", "y", "y"],
                                        "overlap": [1.0, 5.0, 2.0]})).to_dict() == {1: "y", 2: "y"}


def test_no_attribute_layer_gets_nothing_invented(run_alg, tmp_path):
    layer = QgsVectorLayer("Polygon?crs=EPSG:28992", "t", "memory")
    layer.dataProvider().addAttributes([make_field("buurtcode", "string"), make_field("x")])
    layer.updateFields()
    f = QgsFeature(layer.fields())
    f.setAttributes(["BU03630001", None])
    f.setGeometry(QgsGeometry.fromWkt("POLYGON((0 0, 1 0, 1 1, 0 0))"))
    layer.dataProvider().addFeatures([f])
    result = run_alg("wijkmonitor:aggregateareas", {"INPUT": layer, "TARGET": 1, "OUTPUT": "TEMPORARY_OUTPUT",
                                                    "REPORT": "TEMPORARY_OUTPUT"})
    out = _frame(result["OUTPUT"])
    assert out.loc[0, "statcode"] == "GM0363" and out.loc[0, "x"] is None


def test_codes_negative_counts_and_text_figures_are_never_summed(run_alg):
    layer = QgsVectorLayer("Polygon?crs=EPSG:28992", "t", "memory")
    layer.dataProvider().addAttributes([make_field("buurtcode", "string"), make_field("aantalInwoners", "double"),
                                        make_field("aantalHuishoudens", "string")])
    layer.updateFields()
    feats = []
    for i, row in enumerate([("BU03630001", 1000, "400"), ("BU03630002", -99997, "1.100"), ("BU03630003", -5, "x"),
                             ("BU03630101", 250, "100")]):
        f = QgsFeature(layer.fields())
        f.setAttributes(list(row))
        f.setGeometry(QgsGeometry.fromWkt(f"POLYGON(({i} 0, {i + 1} 0, {i + 1} 1, {i} 0))"))
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    result = run_alg("wijkmonitor:aggregateareas", {"INPUT": layer, "TARGET": 0, "OUTPUT": "TEMPORARY_OUTPUT",
                                                    "REPORT": "TEMPORARY_OUTPUT"})
    out = _frame(result["OUTPUT"]).set_index("statcode")
    assert out.loc["WK036300", "aantalInwoners"] == 1000  # not 1000 − 99997 − 5
    assert out.loc["WK036300", "aantalHuishoudens"] == 1500  # '1.100' in a column of counts: a thousand and one hundred
    assert out.loc["WK036301", "aantalInwoners"] == 250
    report = {f["field"]: f["method"] for f in result["REPORT"].getFeatures() if f["status"] == "cleaned"}
    assert "-99997 ×1" in report["aantalInwoners"] and "1 negative counts" in report["aantalInwoners"]
    assert "'x' ×1" in report["aantalHuishoudens"]
