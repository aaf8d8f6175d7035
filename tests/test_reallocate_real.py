"""wijkmonitor:reallocate and wijkmonitor:trend on the real maps across boundary changes.

Evidence used (tests/data/nl, see its README):
- Amsterdam renumbered all its buurten in 2022: the national buurt map 2019 (old codes, generalised, EPSG:4326)
  with the Kerncijfers 2020 (same 479 old codes) against the 2023 map (new codes, detailed, EPSG:28992) and its
  own 2023 figures. Where the boundary did not change, the 2020 figures are those of one old buurt, and the
  population of 2020 lies close to that of 2023 (CBS rounds to 5; Amsterdam grew about 5 % in those years).
- The GGD health monitor 50090NED (2012/2016/2020 on 2020 codes) moved onto the 2023 map, against the GGD's own
  estimates on the 2024 division (50150NED, national_2024): two editions of a model estimate, so close, not equal.
- Uden (GM0856) and Landerd (GM1685) merged into Maashorst (GM1991) in 2022: the gemeente polygons of 2019 and
  2024 with their KWB figures, the 2019 buurten from the GeoPackage, the GGD values of the three gemeenten.
- The 2019 map has 21 self-intersecting polygons.
"""

from __future__ import annotations

import gzip
import shutil

import numpy as np
import pandas as pd
import pytest
from qgis.core import (
    NULL,
    QgsFeatureRequest,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingModelAlgorithm,
    QgsProcessingModelChildAlgorithm,
    QgsProcessingModelChildParameterSource,
    QgsProject,
    QgsVectorLayer,
)

from tests.conftest import NL, ROOT, run_model

SAMPLE = ROOT / "resources" / "sample" / "amsterdam_buurten_2023.gpkg"
KWB_2020 = NL / "amsterdam_2020_2024" / "Kerncijfers_wijken_en_buurten_2020.csv"
NATIONAL = NL / "national_2024" / "nl_gm_wk_bu_2024_kwb18_misdrijven_2021_2025_gezondheid.csv"
GGD = {2012: "2012_18+.csv.gz", 2016: "2016_18+.csv.gz", 2020: "RIVM_gezondheid2020_18+.csv.gz"}
#: the GGD column in the TypedDataSet, and the field joinindicators makes of it (the CBS key without its suffix)
HEALTH_COLUMN = "ErvarenGezondheidGoedZeerGoed_4"
HEALTH = "ErvarenGezondheidGoedZeerGoed"


def frame(layer) -> pd.DataFrame:
    if isinstance(layer, str):
        layer = QgsVectorLayer(layer, "x", "ogr")
    return pd.DataFrame([[None if v == NULL else v for v in f.attributes()] for f in layer.getFeatures()],
                        columns=layer.fields().names())


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    """Copies of the real files (GDAL may touch a GeoPackage it opens) and the GGD tables unzipped."""
    folder = tmp_path_factory.mktemp("real")
    shutil.copy(NL / "buurten_2019" / "buurten_2019_gegeneraliseerd.gpkg", folder / "buurten_2019.gpkg")
    shutil.copy(SAMPLE, folder / "buurten_2023.gpkg")
    for year, name in GGD.items():
        with gzip.open(NL / "rivm_gezondheid_50090NED" / name, "rb") as src, open(folder / f"ggd_{year}.csv",
                                                                                  "wb") as dst:
            shutil.copyfileobj(src, dst)
    return folder


def _run(alg, params):
    import processing

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    return processing.run(alg, params, context=context, feedback=QgsProcessingFeedback())


@pytest.fixture(scope="module")
def amsterdam_2020(processing_ready, data):
    """The 2019 map of Amsterdam with the Kerncijfers 2020 joined (same 479 codes), as a GeoPackage."""
    out = data / "amsterdam_2020.gpkg"
    source = QgsVectorLayer(f"{data / 'buurten_2019.gpkg'}|layername=buurten_2019", "b2019", "ogr")
    source.setSubsetString("statcode LIKE 'BU0363%'")
    result = _run("wijkmonitor:joinindicators", {"INPUT": source, "TABLE_FILE": str(KWB_2020), "OUTPUT": str(out),
                                                 "REPORT": "TEMPORARY_OUTPUT"})
    assert result["MATCHED"] == 479
    return str(out)


@pytest.fixture(scope="module")
def moved_2020(amsterdam_2020, data):
    out = data / "moved_2020.gpkg"
    result = _run("wijkmonitor:reallocate", {
        "INPUT": amsterdam_2020, "TARGET": f"{data / 'buurten_2023.gpkg'}|layername=buurten", "TOLERANCE": 25,
        "SUM_FIELDS": ["Population_Total", "Pop_Age_0_15", "Pop_Age_65_Plus"],
        "MEAN_FIELDS": ["Pct_Owner_Occupied", "Avg_Household_Size"], "MEAN_WEIGHT_FIELD": "Population_Total",
        "SOURCE_YEAR": 2020, "OUTPUT": str(out), "TOTALS": "TEMPORARY_OUTPUT", "LINKS": "TEMPORARY_OUTPUT"})
    return result, frame(str(out)), frame(result["TOTALS"]), frame(result["LINKS"])


@pytest.fixture(scope="module")
def own_2023(data):
    return frame(f"{data / 'buurten_2023.gpkg'}|layername=buurten").set_index("buurtcode")


def test_amsterdam_2020_on_the_2023_map(moved_2020, amsterdam_2020, own_2023):
    result, out, totals, links = moved_2020
    assert len(out) == 519 and out["source_year"].eq(2020).all()
    kinds = out["reallocation"].value_counts()
    assert kinds.get("recoded", 0) >= 300  # renumbered, boundary kept (within 25 m)
    assert kinds.get("same", 0) == 0  # every code changed in 2022
    assert kinds.get("none", 0) == 20  # Weesp joined Amsterdam in 2022: not on the 2019 map of Amsterdam
    assert set(out.loc[out["reallocation"] == "none", "wijkcode"]) <= {"WK0363SB", "WK0363SC", "WK0363SD", "WK0363SE"}
    source = frame(amsterdam_2020).set_index("statcode")
    recoded = out[out["reallocation"] == "recoded"].set_index("statcode")
    # unchanged areas keep their values exactly: the figures of the one old buurt they came from
    old = source.loc[recoded["source_codes"]]
    for name in ("Population_Total", "Pop_Age_0_15", "Pct_Owner_Occupied", "Avg_Household_Size"):
        assert np.array_equal(recoded[f"{name}"].to_numpy(dtype=float), old[name].to_numpy(dtype=float),
                              equal_nan=True)
    # ... and agree with the 2023 map's own figures where the boundary did not change
    both = recoded.join(own_2023[["aantalInwoners", "percentageKoopwoningen"]], how="inner")
    both = both[both["aantalInwoners"] >= 50]
    rel = (both["Population_Total"] - both["aantalInwoners"]).abs() / both["aantalInwoners"]
    assert rel.median() < 0.05 and (rel <= 0.10).mean() > 0.8
    shuffled = both["aantalInwoners"].sample(frac=1.0, random_state=1).to_numpy()
    assert (np.abs(both["Population_Total"] - shuffled) / shuffled).median() > 0.3  # the test can tell
    koop = (both["Pct_Owner_Occupied"] - both["percentageKoopwoningen"]).abs()
    assert koop.median() <= 2.0
    # totals: what the old buurten held, up to the strip outside the 2023 map, arrived in the new buurten
    pop = totals[totals["field"] == "Population_Total"].set_index("gemeentecode").loc["GM0363"]
    assert pop["source_total"] == source["Population_Total"].sum()
    assert pop["moved"] == pytest.approx(pop["received"], rel=1e-12)
    assert pop["moved"] / pop["source_total"] > 0.9999  # the strip outside the 2023 map is within the tolerance
    assert out["Population_Total"].sum() == pytest.approx(pop["received"], rel=1e-12)
    # links: a source never moves more than all of itself
    assert links.groupby("source_code")["fraction_moved"].sum().max() <= 1.0 + 1e-9


def test_the_2019_map_in_another_crs_is_measured_in_rd_new(moved_2020):
    _result, out, _totals, _links = moved_2020
    covered = out.loc[out["reallocation"] != "none", "share_matched"]
    assert covered.median() > 0.98  # a wrong CRS would give no overlap at all


def test_perceived_health_2012_to_2020_for_every_amsterdam_buurt(amsterdam_2020, data):
    """GGD 2012, 2016 and 2020 (old codes) onto the 2023 map, then the trend per buurt."""
    layers = []
    for year in GGD:
        joined = _run("wijkmonitor:joinindicators", {
            "INPUT": amsterdam_2020, "TABLE_FILE": str(data / f"ggd_{year}.csv"), "TABLE_KEY": "WijkenEnBuurten",
            "OUTPUT": "TEMPORARY_OUTPUT", "REPORT": "TEMPORARY_OUTPUT"})
        out = data / f"health_{year}.gpkg"
        _run("wijkmonitor:reallocate", {
            "INPUT": joined["OUTPUT"], "TARGET": f"{data / 'buurten_2023.gpkg'}|layername=buurten", "TOLERANCE": 25,
            "MEAN_FIELDS": [HEALTH], "MEAN_WEIGHT_FIELD": "Population_Total", "SOURCE_YEAR": year,
            "OUTPUT": str(out)})
        layers.append(str(out))
    result = _run("wijkmonitor:trend", {"INPUT": layers[-1], "LAYERS": layers[:-1], "OUTPUT": "TEMPORARY_OUTPUT"})
    assert (result["FIRST_YEAR"], result["LAST_YEAR"], result["INDICATORS"]) == (2012, 2020, HEALTH)
    trend = frame(result["OUTPUT"]).set_index("statcode")
    assert len(trend) == 519
    change = trend[f"{HEALTH}_2020"] - trend[f"{HEALTH}_2012"]
    assert np.allclose(trend[f"{HEALTH}_change"].dropna(), change.dropna())
    steps = trend[f"{HEALTH}_change_2012_2016"] + trend[f"{HEALTH}_change_2016_2020"]
    assert np.allclose(steps.dropna(), change[steps.notna()])
    # every buurt has a class, or has no value in 2012 or 2020 (Weesp; buurten the GGD suppressed)
    no_class = trend[f"{HEALTH}_class"].isna()
    assert (no_class == change.isna()).all()
    assert set(trend[f"{HEALTH}_class"].dropna()) <= {"better", "worse", "stable"}  # the catalogue: higher is better
    better = trend[f"{HEALTH}_class"] == "better"
    assert (trend.loc[better, f"{HEALTH}_change_pct"] > 5).all()
    assert (trend.loc[trend[f"{HEALTH}_class"] == "stable", f"{HEALTH}_change_pct"].abs() <= 5).all()
    assert (~no_class).sum() > 430
    # the GGD's own estimates on the new division (50150NED, 2024 codes) agree within model differences
    national = pd.read_csv(NATIONAL).set_index("statcode")
    both = trend.join(national[["goed_ervaren_gezondheid_2012", "goed_ervaren_gezondheid_2020"]], how="inner")
    for year in (2012, 2020):
        diff = (both[f"{HEALTH}_{year}"] - both[f"goed_ervaren_gezondheid_{year}"]).abs().dropna()
        assert len(diff) > 380 and diff.median() < 1.5 and diff.quantile(0.9) < 4.0


def test_invalid_polygons_of_the_2019_map_are_repaired(processing_ready, data):
    """The 19 gemeenten with the 21 self-intersecting buurten, onto the 2019 gemeente polygons."""
    gemeenten = ("0059", "0114", "0150", "0168", "0246", "0344", "0377", "0383", "0420", "0703", "0737", "0788",
                 "0798", "1708", "1904", "1940", "1949", "1955", "1969")
    source = QgsVectorLayer(f"{data / 'buurten_2019.gpkg'}|layername=buurten_2019", "b2019", "ogr")
    source.setSubsetString(" OR ".join(f"statcode LIKE 'BU{g}%'" for g in gemeenten))
    counted = _run("native:fieldcalculator", {"INPUT": source, "FIELD_NAME": "buurten", "FIELD_TYPE": 0,
                                              "FORMULA": "1", "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    target = QgsVectorLayer(str(NL / "gemeenten_2019_2022_2024" / "gemeenten_2019.geojson"), "gm2019", "ogr")
    context = QgsProcessingContext()
    context.setInvalidGeometryCheck(QgsFeatureRequest.InvalidGeometryCheck.GeometryAbortOnInvalid)  # strictest
    import processing

    result = processing.run("wijkmonitor:reallocate", {"INPUT": counted, "TARGET": target, "SUM_FIELDS": ["buurten"],
                                                       "TOLERANCE": 25, "OUTPUT": "TEMPORARY_OUTPUT",
                                                       "TOTALS": "TEMPORARY_OUTPUT"},
                            context=context, feedback=QgsProcessingFeedback())
    assert result["REPAIRED"] >= 21
    out = frame(result["OUTPUT"]).set_index("statcode")
    n_buurten = counted.featureCount()
    for gm in gemeenten:  # each gemeente received its own buurten (generalised edges: a little to neighbours)
        own = sum(1 for f in counted.getFeatures() if f["statcode"][2:6] == gm)
        assert out.loc[f"GM{gm}", "buurten"] == pytest.approx(own, abs=1.0)
    assert out["buurten"].sum() == pytest.approx(n_buurten, rel=0.002)


# -- Uden + Landerd 2019 → Maashorst 2024 ---------------------------------------------------------

@pytest.fixture(scope="module")
def gemeenten(processing_ready, data):
    """Gemeenten 2019 (with Uden and Landerd) moved onto the gemeenten of 2024 (with Maashorst)."""
    ggd = {}
    for year in GGD:
        table = pd.read_csv(data / f"ggd_{year}.csv", dtype=str)
        table["code"] = table["WijkenEnBuurten"].str.strip()
        ggd[year] = pd.to_numeric(table.set_index("code")[HEALTH_COLUMN].str.strip(), errors="coerce")
    source = QgsVectorLayer(str(NL / "gemeenten_2019_2022_2024" / "gemeenten_2019.geojson"), "gm2019", "ogr")
    health = _run("native:fieldcalculator", {
        "INPUT": source, "FIELD_NAME": "goed_ervaren_gezondheid_2012", "FIELD_TYPE": 0, "FIELD_PRECISION": 1,
        "FORMULA": "CASE " + " ".join(f"WHEN \"gemeentecode\" = '{c}' THEN {v}" for c, v in ggd[2012].items()
                                      if c.startswith("GM") and np.isfinite(v)) + " END",
        "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    out = data / "gemeenten_moved.gpkg"
    result = _run("wijkmonitor:reallocate", {
        "INPUT": health, "TARGET": str(NL / "gemeenten_2019_2022_2024" / "gemeenten_2024.geojson"), "TOLERANCE": 50,
        "SUM_FIELDS": ["aantal_inwoners", "huishoudens", "woningvoorraad"],
        "MEAN_FIELDS": ["gem_woz_waarde", "goed_ervaren_gezondheid_2012"], "MEAN_WEIGHT_FIELD": "aantal_inwoners",
        "SOURCE_YEAR": 2019, "OUTPUT": str(out), "TOTALS": "TEMPORARY_OUTPUT"})
    return result, frame(str(out)).set_index("statcode"), frame(result["TOTALS"]), ggd, str(out)


def test_uden_and_landerd_become_maashorst(gemeenten):
    _result, out, totals, ggd, _path = gemeenten
    maashorst = out.loc["GM1991"]
    assert maashorst["reallocation"] == "merged"
    assert maashorst["source_codes"] == "GM0856,GM1685"
    assert maashorst["aantal_inwoners"] == 41782 + 15529  # exactly Uden + Landerd 2019
    assert maashorst["huishoudens"] == 18490 + 6264
    assert maashorst["woningvoorraad"] == 18669 + 6300
    # a mean weighted by inhabitants (the weight field chosen), not the plain average of 258 and 303
    assert maashorst["gem_woz_waarde"] == pytest.approx((258 * 41782 + 303 * 15529) / 57311)
    # the GGD's own 2012 estimate for Maashorst on the 2024 division (50150NED) is 76.5
    national = pd.read_csv(NATIONAL).set_index("statcode")
    assert maashorst["goed_ervaren_gezondheid_2012"] == pytest.approx(
        national.loc["GM1991", "goed_ervaren_gezondheid_2012"], abs=0.5)


def test_gemeenten_2019_to_2024_follow_the_mergers(gemeenten):
    _result, out, totals, _ggd, _path = gemeenten
    g2019 = frame(str(NL / "gemeenten_2019_2022_2024" / "gemeenten_2019.geojson")).set_index("gemeentecode")
    new_codes = set(out.index) - set(g2019.index)  # gemeenten formed by a merger after 2019
    assert "GM1991" in new_codes and len(new_codes) >= 5
    kinds = out["reallocation"]
    assert kinds[list(new_codes)].isin(["merged", "redrawn"]).all()
    unchanged = kinds[kinds == "same"]
    assert len(unchanged) > 300
    kept = out.loc[unchanged.index]
    assert np.array_equal(kept["aantal_inwoners"].to_numpy(dtype=float),  # exactly (Buitenland has no figure)
                          g2019.loc[unchanged.index, "aantal_inwoners"].to_numpy(dtype=float), equal_nan=True)
    inw = totals[totals["field"] == "aantal_inwoners"]
    assert inw["moved"].sum() == pytest.approx(inw["received"].sum(), rel=1e-12)
    assert inw["moved"].sum() / inw["source_total"].sum() > 0.999
    uden = inw.set_index("gemeentecode").loc[["GM0856", "GM1685"]]
    assert (uden["received"] == 0).all() and uden["moved"].sum() == 57311  # they gave all and exist no longer


def test_the_trend_of_maashorst_from_2019_to_2024(gemeenten, processing_ready):
    _result, _out, _totals, _ggd, path = gemeenten
    target = str(NL / "gemeenten_2019_2022_2024" / "gemeenten_2024.geojson")
    result = _run("wijkmonitor:trend", {"INPUT": target, "LAYERS": [path], "FIELDS": ["aantal_inwoners"],
                                        "CODE_FIELD": "gemeentecode", "INPUT_YEAR": 2024, "OUTPUT": "TEMPORARY_OUTPUT"})
    trend = frame(result["OUTPUT"]).set_index("gemeentecode")
    row = trend.loc["GM1991"]
    assert row["aantal_inwoners_2019"] == 57311 and row["aantal_inwoners_2024"] == 59222
    assert row["aantal_inwoners_change"] == 59222 - 57311
    assert row["aantal_inwoners_change_pct"] == pytest.approx(100 * 1911 / 57311)
    assert row["aantal_inwoners_class"] == "stable"  # +3.3 % is within the 5 % threshold; population: no direction


def test_uden_and_landerd_buurten_from_the_2019_geopackage(processing_ready, data):
    """The 2019 map loaded from the GeoPackage, the GGD buurt figures joined, onto the Maashorst polygon."""
    loaded = _run("wijkmonitor:loadneighbourhoods", {"LEVEL": 2, "SOURCE": 2, "GPKG": str(data / "buurten_2019.gpkg"),
                                                     "MUNICIPALITIES": "GM0856,GM1685", "YEAR": 5,
                                                     "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    assert loaded.featureCount() == 39
    joined = _run("wijkmonitor:joinindicators", {"INPUT": loaded, "TABLE_FILE": str(data / "ggd_2016.csv"),
                                                 "TABLE_KEY": "WijkenEnBuurten", "OUTPUT": "TEMPORARY_OUTPUT",
                                                 "REPORT": "TEMPORARY_OUTPUT"})
    assert joined["MATCHED"] == 39
    target = QgsVectorLayer(str(NL / "gemeenten_2019_2022_2024" / "gemeenten_2024.geojson"), "gm2024", "ogr")
    target.setSubsetString("gemeentecode = 'GM1991'")
    result = _run("wijkmonitor:reallocate", {"INPUT": joined["OUTPUT"], "TARGET": target, "TOLERANCE": 50,
                                             "MEAN_FIELDS": [HEALTH], "OUTPUT": "TEMPORARY_OUTPUT"})
    row = frame(result["OUTPUT"]).iloc[0]
    assert row["statcode"] == "GM1991" and row["reallocation"] == "merged" and row["source_areas"] == 39
    assert row["share_matched"] > 0.98
    values = frame(joined["OUTPUT"])[HEALTH].dropna()
    assert values.min() <= row[HEALTH] <= values.max()  # weighted by land area: between its buurten


# -- a model and qgis_process --------------------------------------------------------------------

def test_a_model_of_reallocate_then_trend(processing_ready, tmp_path):
    """A QgsProcessingModelAlgorithm built in code: gemeenten 2019 onto 2024, then the change per gemeente."""
    model = QgsProcessingModelAlgorithm("trend model", "tests")
    static = QgsProcessingModelChildParameterSource.fromStaticValue
    move = QgsProcessingModelChildAlgorithm("wijkmonitor:reallocate")
    move.setChildId("move")
    move.addParameterSources("INPUT", [static(str(NL / "gemeenten_2019_2022_2024" / "gemeenten_2019.geojson"))])
    move.addParameterSources("TARGET", [static(str(NL / "gemeenten_2019_2022_2024" / "gemeenten_2024.geojson"))])
    move.addParameterSources("SUM_FIELDS", [static(["aantal_inwoners", "huishoudens"])])
    move.addParameterSources("TOLERANCE", [static(50)])
    move.addParameterSources("KEEP_TARGET_FIELDS", [static(True)])
    move.addParameterSources("SUFFIX", [static("_2019")])
    model.addChildAlgorithm(move)
    trend = QgsProcessingModelChildAlgorithm("wijkmonitor:trend")
    trend.setChildId("trend")
    trend.addParameterSources("INPUT", [QgsProcessingModelChildParameterSource.fromChildOutput("move", "OUTPUT")])
    trend.addParameterSources("FIELDS", [static(["aantal_inwoners", "huishoudens"])])
    trend.addParameterSources("INPUT_YEAR", [static(2024)])
    out_path = tmp_path / "model.gpkg"
    run_model(model, trend, "trend_layer", out_path)
    out = frame(str(out_path)).set_index("statcode")
    assert len(out) == 343
    assert out.loc["GM1991", "huishoudens_change"] == 26144 - (18490 + 6264)
    same = (out["reallocation"] == "same") & out["aantal_inwoners"].notna()
    assert (out.loc[same, "aantal_inwoners_change"] == out.loc[same, "aantal_inwoners"]
            - out.loc[same, "aantal_inwoners_2019"]).all()


def test_qgis_process_runs_reallocate_and_trend(qgis_process, data, tmp_path):
    moved = tmp_path / "moved.gpkg"
    trend = tmp_path / "trend.gpkg"
    qgis_process(["run", "wijkmonitor:reallocate", "--",
                  f"INPUT={NL / 'gemeenten_2019_2022_2024' / 'gemeenten_2019.geojson'}",
                  f"TARGET={NL / 'gemeenten_2019_2022_2024' / 'gemeenten_2024.geojson'}",
                  "SUM_FIELDS=aantal_inwoners", "TOLERANCE=50", "SUFFIX=_2019", "KEEP_TARGET_FIELDS=true",
                  f"OUTPUT={moved}"])
    out = frame(str(moved)).set_index("statcode")
    assert out.loc["GM1991", "aantal_inwoners_2019"] == 57311 and out.loc["GM1991", "aantal_inwoners"] == 59222
    proc = qgis_process(["run", "wijkmonitor:trend", "--", f"INPUT={moved}", "FIELDS=aantal_inwoners",
                         "INPUT_YEAR=2024", f"OUTPUT={trend}"])
    result = frame(str(trend)).set_index("statcode")
    assert result.loc["GM1991", "aantal_inwoners_change"] == 1911
    assert "LAST_YEAR" in proc.stdout
