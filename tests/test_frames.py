"""Layers to frames and back: the one place where QGIS features and pandas meet."""

from __future__ import annotations

import math

import pandas as pd
import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsProcessingException, QgsVectorLayer

from wijkmonitor_plugin.qgis_adapters.compat import make_field
from wijkmonitor_plugin.qgis_adapters.frames import (
    combined_fields,
    fields_for_frame,
    source_to_frame,
    write_source_with_frame,
)


def _layer():
    layer = QgsVectorLayer("Polygon?crs=EPSG:28992&field=code:string&field=inw:integer&field=pct:double",
                           "t", "memory")
    rows = [("BU1", 100, 1.5), ("BU2", None, None), ("BU3", 0, 3.25)]
    feats = []
    for i, (code, inw, pct) in enumerate(rows):
        f = QgsFeature(layer.fields())
        f.setAttributes([code, inw, pct])
        f.setGeometry(QgsGeometry.fromWkt(f"POLYGON(({i} 0, {i + 1} 0, {i + 1} 1, {i} 0))"))
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


def test_source_to_frame_types_and_nulls(qgis_app):
    frame = source_to_frame(_layer())
    assert list(frame.columns) == ["code", "inw", "pct"]
    assert frame["inw"].dtype.kind == "f" and math.isnan(frame["inw"].iloc[1])
    assert frame["pct"].tolist()[0] == 1.5 and math.isnan(frame["pct"].iloc[1])
    assert frame["code"].tolist() == ["BU1", "BU2", "BU3"]
    assert len(source_to_frame(_layer(), ["pct"]).columns) == 1


def test_write_keeps_input_replaces_in_place_and_nulls_missing(qgis_app):
    layer = _layer()
    frame = source_to_frame(layer)
    extra = pd.DataFrame({"pct": frame["pct"] * 2, "rate": [1.0, float("nan"), 3.0]}, index=frame.index)
    extra = extra.drop(index=frame.index[2])  # third feature not in the frame: NULL in new columns
    out_fields = combined_fields(layer.fields(), fields_for_frame(extra))
    assert out_fields.names() == ["code", "inw", "pct", "rate"]
    sink = QgsVectorLayer("Polygon?crs=EPSG:28992", "out", "memory")
    sink.dataProvider().addAttributes(list(out_fields))
    sink.updateFields()
    assert write_source_with_frame(layer, sink.dataProvider(), extra, out_fields) == 3
    got = [f.attributes() for f in sink.getFeatures()]
    assert got[0][:4] == ["BU1", 100, 3.0, 1.0]
    assert str(got[1][3]) == "NULL" and str(got[1][2]) == "NULL"
    assert got[2][0] == "BU3" and str(got[2][3]) == "NULL"
    assert all(f.hasGeometry() for f in sink.getFeatures())
    # the input layer is untouched
    assert [f["pct"] for f in layer.getFeatures()][0] == 1.5 and layer.fields().count() == 3


def test_make_field_kinds(qgis_app):
    assert make_field("a", "double", alias="A", precision=2).alias() == "A"
    assert not make_field("s", "string").isNumeric()
    assert make_field("n", "long").isNumeric()


def test_fast_geopackage_read_equals_feature_by_feature(qgis_app, tmp_path):
    """The columnar GDAL path gives exactly what iterating features gives (values, NULLs, ids, types)."""
    import shutil

    from qgis.core import QgsFeatureRequest

    from wijkmonitor_plugin.paths import sample_path
    from wijkmonitor_plugin.qgis_adapters import frames

    copy = tmp_path / "sample.gpkg"
    shutil.copy(sample_path(), copy)
    layer = QgsVectorLayer(f"{copy}|layername=buurten", "b", "ogr")
    assert frames._fast_ogr_layer(layer, layer, None) is not None
    fast = source_to_frame(layer)
    slow = source_to_frame(layer, request=QgsFeatureRequest())  # a request disables the fast path
    pd.testing.assert_frame_equal(fast, slow, check_dtype=False)
    assert fast["aantalInwoners"].isna().sum() > 0 and fast["buurtcode"].iloc[0] == "BU03639997"
    subset = ["percentageHuishoudensMetLaagInkomen", "buurtnaam"]
    pd.testing.assert_frame_equal(source_to_frame(layer, subset), slow[subset], check_dtype=False)
    # a filtered layer never takes the fast path
    layer.setSubsetString("\"aantalInwoners\" > 1000")
    assert frames._fast_ogr_layer(layer, layer, None) is None
    assert len(source_to_frame(layer)) == layer.featureCount() < 519


# ---------------------------------------------------------------- reading every kind of input

def _write(layer, path, driver):
    from qgis.core import QgsCoordinateTransformContext, QgsVectorFileWriter

    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = driver
    error = QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(path), QgsCoordinateTransformContext(), options)
    assert error[0] == QgsVectorFileWriter.WriterError.NoError, error
    return str(path)


@pytest.mark.parametrize("driver,suffix", [("ESRI Shapefile", "shp"), ("FlatGeobuf", "fgb")])
def test_columnar_read_of_other_ogr_files_equals_feature_by_feature(qgis_app, sample_gpkg, tmp_path, driver, suffix):
    from qgis.core import QgsFeatureRequest

    from wijkmonitor_plugin.qgis_adapters import frames

    source = QgsVectorLayer(sample_gpkg, "s", "ogr")
    layer = QgsVectorLayer(_write(source, tmp_path / f"buurten.{suffix}", driver), "b", "ogr")
    assert layer.isValid() and layer.featureCount() == 519
    assert frames._fast_ogr_layer(layer, layer, None) is not None
    names = [f.name() for f in layer.fields() if f.type() not in (14, 15, 16)]  # dates go through QGIS
    fast = source_to_frame(layer, names)
    slow = source_to_frame(layer, names, request=QgsFeatureRequest())
    pd.testing.assert_frame_equal(fast, slow, check_dtype=False)
    assert fast["statnaam"].str.contains("ë|é|ï", regex=True).any()  # accents read as QGIS reads them


def test_memory_layers_and_filtered_layers_are_read_feature_by_feature(qgis_app, sample_gpkg):
    from qgis.core import QgsFeatureRequest

    from wijkmonitor_plugin.qgis_adapters import frames

    source = QgsVectorLayer(sample_gpkg, "s", "ogr")
    memory = source.materialize(QgsFeatureRequest())
    assert frames._fast_ogr_layer(memory, memory, None) is None
    pd.testing.assert_frame_equal(source_to_frame(memory).reset_index(drop=True),
                                  source_to_frame(source).reset_index(drop=True), check_dtype=False)


def test_cleaning_is_reported_in_the_log(qgis_app):
    from qgis.core import QgsProcessingFeedback

    class Log(QgsProcessingFeedback):
        lines: list = []

        def pushInfo(self, text):  # noqa: N802 (QGIS API)
            self.lines.append(text)

    layer = QgsVectorLayer("None?field=aantalInwoners:integer&field=pct:double&field=txt:string", "t", "memory")
    feats = []
    for values in ([-99997, -99995.0, "59,0"], [-5, 12.5, "n.v.t."], [100, -99999999.0, "12"]):
        f = QgsFeature(layer.fields())
        f.setAttributes(values)
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    log = Log()
    frame = source_to_frame(layer, feedback=log, numbers=["txt"])
    assert frame["aantalInwoners"].isna().tolist() == [True, True, False]
    assert frame["pct"].isna().tolist() == [True, False, True] and frame["txt"].tolist()[::2] == [59.0, 12.0]
    text = "\n".join(log.lines)
    assert "aantalInwoners: 1 CBS codes" in text and "1 negative counts" in text
    assert "pct: 2 CBS codes" in text and "'n.v.t.' ×1" in text
    raw = source_to_frame(layer, clean=False)
    assert raw["aantalInwoners"].tolist() == [-99997, -5, 100]  # clean=False reads the values as they are


# ---------------------------------------------------------------- writing: every destination, completely or not at all

@pytest.fixture()
def joined_table(tmp_path):
    path = tmp_path / "tabel.csv"
    path.write_text("statcode;score;aantal\nBU0363AA01;1,5;10\nBU0363AA02;2,5;\nBU0363AE04;-0,5;7\n", encoding="utf-8")
    return str(path)


def _all(layer) -> pd.DataFrame:
    rows = [[f.id(), f.geometry().asWkt(3)] + [None if str(v) == "NULL" else v for v in f.attributes()]
            for f in layer.getFeatures()]
    return pd.DataFrame(rows, columns=["_id", "_geom"] + layer.fields().names()).set_index("statcode").sort_index()


def test_geopackage_copy_inside_sqlite_equals_the_feature_by_feature_output(run_alg, sample_gpkg, joined_table,
                                                                           tmp_path, monkeypatch):
    from wijkmonitor_plugin.qgis_adapters import frames

    generic = run_alg("wijkmonitor:joinindicators", {"INPUT": sample_gpkg, "TABLE_FILE": joined_table,
                                                     "OUTPUT": str(tmp_path / "generic.shp")})
    reference = _all(run_alg("wijkmonitor:joinindicators", {
        "INPUT": sample_gpkg, "TABLE_FILE": joined_table, "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"])

    def no_feature_loop(*args, **kwargs):
        raise AssertionError("a whole GeoPackage into a GeoPackage is copied inside SQLite")

    monkeypatch.setattr(frames, "write_source_with_frame", no_feature_loop)
    out = tmp_path / "fast.gpkg"
    run_alg("wijkmonitor:joinindicators", {"INPUT": sample_gpkg, "TABLE_FILE": joined_table, "OUTPUT": str(out)})
    fast = QgsVectorLayer(str(out), "fast", "ogr")
    assert fast.featureCount() == 519 and fast.hasSpatialIndex() == 2  # QgsFeatureSource.SpatialIndexPresent
    got = _all(fast)
    assert list(got.columns) == list(reference.columns)
    pd.testing.assert_frame_equal(got.drop(columns=["_id"]), reference.drop(columns=["_id"]), check_dtype=False)
    assert got.loc["BU0363AA01", "score"] == 1.5 and got.loc["BU0363AE04", "score"] == -0.5
    assert pd.isna(got.loc["BU0363AA02", "aantal"])
    source_ids = source_to_frame(QgsVectorLayer(sample_gpkg, "s", "ogr"), ["statcode"]).reset_index()
    assert got["_id"].to_dict() == source_ids.set_index("statcode")["fid"].to_dict()  # feature ids kept
    assert fast.extent().contains(QgsVectorLayer(sample_gpkg, "s", "ogr").extent())
    rect = fast.extent()
    rect.scale(0.1)
    from qgis.core import QgsFeatureRequest

    assert len(list(fast.getFeatures(QgsFeatureRequest(rect)))) > 0  # the spatial index answers
    shp = _all(QgsVectorLayer(generic["OUTPUT"], "shp", "ogr"))
    assert shp.loc["BU0363AA01", "score"] == 1.5 and len(shp) == 519


def test_geopackage_output_next_to_other_layers_and_removed_when_cancelled(run_alg, sample_gpkg, joined_table,
                                                                         tmp_path):
    from osgeo import ogr
    from qgis.core import QgsProcessingFeedback

    class CancelWhileWriting(QgsProcessingFeedback):
        def setProgress(self, progress):  # noqa: N802 (QGIS API)
            super().setProgress(progress)
            if progress >= 10:
                self.cancel()

    existing = tmp_path / "gemeente.gpkg"
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(existing))
    ds.CreateLayer("eigen_laag", geom_type=ogr.wkbPoint)
    ds = None
    target = f"ogr:dbname='{existing}' table=\"gekoppeld\" (geom)"
    result = run_alg("wijkmonitor:joinindicators", {"INPUT": sample_gpkg, "TABLE_FILE": joined_table,
                                                    "OUTPUT": target})
    ds = ogr.Open(str(existing))  # keep the dataset while its layers are used (GDAL's Python bindings)
    layers = sorted(ds.GetLayer(i).GetName() for i in range(ds.GetLayerCount()))
    ds = None
    # layer_styles: the output's default style, QGIS's own table (qgis_adapters/style_outputs.py)
    assert [n for n in layers if n != "layer_styles"] == ["eigen_laag", "gekoppeld"]
    assert QgsVectorLayer(result["OUTPUT"], "o", "ogr").featureCount() == 519
    again = f"ogr:dbname='{existing}' table=\"afgebroken\" (geom)"
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        run_alg("wijkmonitor:joinindicators", {"INPUT": sample_gpkg, "TABLE_FILE": joined_table, "OUTPUT": again},
                feedback=CancelWhileWriting())
    ds = ogr.Open(str(existing))
    assert sorted(ds.GetLayer(i).GetName() for i in range(ds.GetLayerCount())
                  if ds.GetLayer(i).GetName() != "layer_styles") == ["eigen_laag", "gekoppeld"]
    ds = None
    fresh = tmp_path / "nieuw.gpkg"
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        run_alg("wijkmonitor:joinindicators", {"INPUT": sample_gpkg, "TABLE_FILE": joined_table,
                                               "OUTPUT": str(fresh)}, feedback=CancelWhileWriting())
    assert not fresh.exists()  # nothing half-written is left behind


@pytest.mark.parametrize("suffix", ["gpkg", "shp"])
def test_feature_by_feature_outputs_are_removed_when_cancelled(run_alg, sample_gpkg, joined_table, tmp_path, suffix):
    from qgis.core import QgsFeatureRequest, QgsProcessingFeedback

    class CancelLate(QgsProcessingFeedback):
        def setProgress(self, progress):  # noqa: N802 (QGIS API)
            super().setProgress(progress)
            if progress >= 50:
                self.cancel()

    memory = QgsVectorLayer(sample_gpkg, "s", "ogr").materialize(QgsFeatureRequest())
    out = tmp_path / f"uit.{suffix}"
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        run_alg("wijkmonitor:joinindicators", {"INPUT": memory, "TABLE_FILE": joined_table, "OUTPUT": str(out)},
                feedback=CancelLate())
    assert not out.exists()
    result = run_alg("wijkmonitor:joinindicators", {"INPUT": memory, "TABLE_FILE": joined_table, "OUTPUT": str(out)})
    assert QgsVectorLayer(result["OUTPUT"], "o", "ogr").featureCount() == 519


def test_output_into_the_input_geopackage(run_alg, sample_gpkg, joined_table, tmp_path, monkeypatch):
    """A municipality keeps its layers in one GeoPackage: the output becomes a new layer beside the input."""
    import shutil

    from wijkmonitor_plugin.qgis_adapters import frames

    own = tmp_path / "gemeente.gpkg"
    shutil.copy(sample_gpkg, own)
    container = QgsVectorLayer(str(own), "o", "ogr")
    name = container.dataProvider().subLayers()[0].split("!!::!!")[1]
    del container
    monkeypatch.setattr(frames, "write_source_with_frame", None)  # the copy inside SQLite, never a feature loop
    result = run_alg("wijkmonitor:joinindicators", {"INPUT": f"{own}|layername={name}", "TABLE_FILE": joined_table,
                                                    "OUTPUT": f"ogr:dbname='{own}' table=\"gekoppeld\" (geom)"})
    joined = QgsVectorLayer(result["OUTPUT"], "j", "ogr")
    assert joined.featureCount() == 519 and QgsVectorLayer(f"{own}|layername={name}", "i", "ogr").featureCount() == 519
    assert {f["statcode"]: f["score"] for f in joined.getFeatures()}["BU0363AA01"] == 1.5
