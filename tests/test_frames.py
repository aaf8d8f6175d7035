"""Layers to frames and back: the one place where QGIS features and pandas meet."""

from __future__ import annotations

import math

import pandas as pd
from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

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
