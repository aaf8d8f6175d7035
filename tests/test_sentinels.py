"""No CBS code and no negative count reaches a computed figure, whatever the input: every algorithm on a
Wijk- en Buurtkaart GeoPackage and on a CSV that carry the codes gives exactly what it gives on the clean sample.

Evidence: CBS publishes the Wijk- en Buurtkaart GeoPackage and shapefile with negative codes where a figure
is missing or secret (−99995 missing, −99997 secret, −99998, and −99999999 in 2022 and older files; the
README's sentinel sentence). The bundled sample is that map for Amsterdam 2023 with the codes already
NULL, so putting the codes back where the sample is NULL rebuilds the file as CBS ships it; a CSV export
of it writes the codes as text ('-99997'). A negative count (−5 inhabitants) is put where the sample has
no figure either, so every expected value is the clean sample's.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from qgis.core import QgsVectorFileWriter, QgsVectorLayer

from wijkmonitor_plugin.core import profile as prof
from wijkmonitor_plugin.core.values import count_columns
from wijkmonitor_plugin.qgis_adapters.frames import source_to_frame

CODES = (-99995, -99997, -99998, -99999999)
BIJSTAND = "aantalPersonenMetEenAlgBijstandsuitkeringTot"
INDEX = {"POPULATION_FIELD": "aantalInwoners", "MIN_POPULATION": 100}
SCENARIO = ["Minder bijstand", "BU0363AA01,BU0363AE04", BIJSTAND, "percent", "-20"]
TOTAL = 917_890


def _with_codes(clean: str, target) -> tuple[str, dict]:
    """A copy of the clean GeoPackage with a CBS code in every NULL cell, the codes in turn; in a count field
    every fifth NULL (starting with the second) becomes −5 instead."""
    import shutil

    from osgeo import ogr

    shutil.copy(clean, target)
    layer = QgsVectorLayer(str(target), "b", "ogr")
    numeric = [f.name() for f in layer.fields() if f.isNumeric() and f.name() not in ("fid", "jaar")]
    counts = count_columns(numeric)
    ds = ogr.Open(str(target), 1)
    lyr = ds.GetLayer(0)
    placed = dict.fromkeys(numeric, 0)
    for feature in lyr:
        for column in numeric:
            if feature.IsFieldNull(column):
                k = placed[column]
                code = -5 if column in counts and k % 5 == 1 else CODES[k % len(CODES)]
                feature.SetField(column, code)
                placed[column] += 1
        lyr.SetFeature(feature)
    ds = None
    return str(target), placed


@pytest.fixture(scope="module")
def inputs(sample_gpkg, tmp_path_factory):
    """The clean sample, the same with CBS codes (GeoPackage) and as a CSV with WKT geometry (delimited text)."""
    folder = tmp_path_factory.mktemp("sentinels")
    coded, placed = _with_codes(sample_gpkg, folder / "wijkenbuurtkaart.gpkg")
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "CSV"
    options.layerOptions = ["GEOMETRY=AS_WKT", "SEPARATOR=SEMICOLON"]
    csv = folder / "wijkenbuurtkaart.csv"
    from qgis.core import QgsCoordinateTransformContext

    error = QgsVectorFileWriter.writeAsVectorFormatV3(QgsVectorLayer(coded, "c", "ogr"), str(csv),
                                                      QgsCoordinateTransformContext(), options)
    assert error[0] == QgsVectorFileWriter.WriterError.NoError, error
    csv_uri = f"file://{csv}?delimiter=;&wktField=WKT&crs=EPSG:28992&detectTypes=yes&geomType=Polygon"
    csv_layer = QgsVectorLayer(csv_uri, "csv", "delimitedtext")
    assert csv_layer.isValid() and csv_layer.featureCount() == 519
    assert csv_layer.fields().field("aantalInwoners").isNumeric()
    return {"clean": sample_gpkg, "gpkg": coded, "csv": csv_uri, "placed": placed}


def _open(inputs, kind):
    if kind == "csv":
        return QgsVectorLayer(inputs["csv"], "csv", "delimitedtext")
    return QgsVectorLayer(inputs[kind], kind, "ogr")


def _frame(layer, fields=None) -> pd.DataFrame:
    frame = source_to_frame(layer, fields)
    return frame.set_index("statcode").sort_index() if "statcode" in frame.columns else frame


def _same(got: pd.Series, expected: pd.Series) -> None:
    got = pd.to_numeric(got, errors="coerce").to_numpy(dtype=float)
    expected = pd.to_numeric(expected, errors="coerce").to_numpy(dtype=float)
    assert np.array_equal(np.isnan(got), np.isnan(expected))
    assert np.allclose(got[~np.isnan(got)], expected[~np.isnan(expected)], rtol=1e-9, atol=1e-9)


def test_the_inputs_carry_every_code_and_negative_counts(inputs):
    raw = source_to_frame(QgsVectorLayer(inputs["gpkg"], "g", "ogr"), clean=False)
    values = raw.select_dtypes("number").to_numpy(dtype=float).ravel()
    for code in CODES:
        assert (values == code).sum() > 100
    assert (raw["aantalInwoners"] == -5).any() and (raw["aantalInwoners"] == -99995).any()
    assert set(raw[BIJSTAND]) >= {-5, *CODES}
    assert sum(inputs["placed"].values()) > 1000


@pytest.mark.parametrize("kind", ["gpkg", "csv"])
def test_computeindicators(run_alg, inputs, kind):
    clean = run_alg("wijkmonitor:computeindicators", {"INPUT": inputs["clean"], "OUTPUT": "TEMPORARY_OUTPUT"})
    coded = run_alg("wijkmonitor:computeindicators", {"INPUT": _open(inputs, kind), "OUTPUT": "TEMPORARY_OUTPUT",
                                                      "REPORT": "TEMPORARY_OUTPUT"})
    assert coded["COMPUTED"] == clean["COMPUTED"] == 49
    expected, got = _frame(clean["OUTPUT"]), _frame(coded["OUTPUT"])
    new = [f.name() for f in clean["OUTPUT"].fields()][-35:]
    for field in new:
        _same(got[field], expected[field])
    assert got["bijstand_per_1000"].min() >= 0  # never −19,999,400
    cleaned = {f["indicator"]: f["detail"] for f in coded["REPORT"].getFeatures() if f["status"] == "cleaned"}
    assert "CBS codes" in cleaned[BIJSTAND] and "negative counts" in cleaned["aantalInwoners"]


@pytest.mark.parametrize("kind", ["gpkg", "csv"])
def test_deprivationindex(run_alg, inputs, kind):
    clean = run_alg("wijkmonitor:deprivationindex", dict(INDEX, INPUT=inputs["clean"], OUTPUT="TEMPORARY_OUTPUT"))
    coded = run_alg("wijkmonitor:deprivationindex", dict(INDEX, INPUT=_open(inputs, kind), OUTPUT="TEMPORARY_OUTPUT"))
    assert coded["AREAS_WITH_INDEX"] == clean["AREAS_WITH_INDEX"]
    expected, got = _frame(clean["OUTPUT"]), _frame(coded["OUTPUT"])
    for field in [f for f in expected.columns if f.startswith(("index_", "income_", "work_", "health_"))]:
        _same(got[field], expected[field])


@pytest.mark.parametrize("kind", ["gpkg", "csv"])
def test_aggregateareas(run_alg, inputs, kind):
    clean = run_alg("wijkmonitor:aggregateareas", {"INPUT": inputs["clean"], "TARGET": 0, "OUTPUT": "TEMPORARY_OUTPUT"})
    coded = run_alg("wijkmonitor:aggregateareas", {"INPUT": _open(inputs, kind), "TARGET": 0,
                                                   "OUTPUT": "TEMPORARY_OUTPUT", "REPORT": "TEMPORARY_OUTPUT"})
    expected, got = _frame(clean["OUTPUT"]), _frame(coded["OUTPUT"])
    assert got["aantalInwoners"].sum() == TOTAL and got["aantalInwoners"].min() >= 0  # never a wijk of −85,267
    for field in expected.select_dtypes("number").columns:
        _same(got[field], expected[field])
    statuses = {f["field"]: f["status"] for f in coded["REPORT"].getFeatures() if f["status"] == "cleaned"}
    assert statuses.get("aantalInwoners") == "cleaned"


@pytest.mark.parametrize("kind", ["gpkg", "csv"])
def test_joinindicators(run_alg, inputs, kind):
    """The coded file as the table to join: its figures arrive NULL where CBS wrote a code."""
    fields = ["aantalInwoners", BIJSTAND, "gemiddeldInkomenPerInwoner"]
    table = {"TABLE": _open(inputs, "gpkg")} if kind == "gpkg" else {"TABLE_FILE": inputs["csv"].split("?")[0][7:]}
    clean = run_alg("wijkmonitor:joinindicators", {"INPUT": inputs["clean"], "TABLE": inputs["clean"],
                                                   "KEY_KIND": 1, "FIELDS": fields, "PREFIX": "t_",
                                                   "OUTPUT": "TEMPORARY_OUTPUT"})
    coded = run_alg("wijkmonitor:joinindicators", dict(table, INPUT=inputs["clean"], KEY_KIND=1, FIELDS=fields,
                                                       PREFIX="t_", OUTPUT="TEMPORARY_OUTPUT",
                                                       REPORT="TEMPORARY_OUTPUT"))
    assert coded["MATCHED"] == clean["MATCHED"] == 519
    expected, got = _frame(clean["OUTPUT"]), _frame(coded["OUTPUT"])
    for field in ("t_aantalInwoners", f"t_{BIJSTAND}", "t_gemiddeldInkomenPerInwoner"):
        _same(got[field], expected[field])
    cleaned = [f["key"] for f in coded["REPORT"].getFeatures() if f["status"] == "cleaned"]
    assert set(cleaned) == set(fields)


@pytest.mark.parametrize("kind", ["gpkg", "csv"])
def test_scenario(run_alg, inputs, kind):
    def run(source):
        return run_alg("wijkmonitor:scenario", dict(INDEX, INPUT=source, CODE_FIELD="statcode", CHANGES_MATRIX=SCENARIO,
                                                    OUTPUT="TEMPORARY_OUTPUT", DECILE_CHANGES="TEMPORARY_OUTPUT"))

    expected, got = _frame(run(inputs["clean"])["OUTPUT"]), _frame(run(_open(inputs, kind))["OUTPUT"])
    fields = [f for f in expected.columns if f.startswith(("minder_bijstand_", "index_"))]
    assert len(fields) > 10
    for field in fields:
        _same(got[field], expected[field])


@pytest.mark.parametrize("kind", ["gpkg", "csv"])
def test_profile(inputs, kind):
    """The wijkprofiel of the atlas (core.profile.area_profile on the frame the atlas reads)."""
    from wijkmonitor_plugin.algorithms.export_atlas import default_profile_fields

    def profile(layer):
        names = layer.fields().names()
        fields = default_profile_fields("percentageHuishoudensMetLaagInkomen", names)
        metas = [prof.meta_for_field(f, "nl", available=names) for f in fields]
        wanted = ["wijkcode"] + fields + sorted({m.weight for m in metas if m.weight and m.weight in names})
        frame = source_to_frame(layer, list(dict.fromkeys(wanted)))
        return prof.area_profile(frame, "wijkcode", metas, "nl")

    expected, got = profile(_open(inputs, "clean")), profile(_open(inputs, kind))
    assert len(got) == len(expected) > 100
    _same(got["area_value"], expected["area_value"])
    _same(got["municipal_value"], expected["municipal_value"])
    assert (got["area_text"] == expected["area_text"]).all()
