"""wijkmonitor:rasterindicators on GeoTIFFs made here (synthetic values, real GeoTIFF format and RD New grid)."""

from __future__ import annotations

import numpy as np
import pytest
from osgeo import gdal, osr
from qgis.core import NULL, QgsFeature, QgsGeometry, QgsVectorLayer

from wijkmonitor_plugin.core.raster import Grid, coverage, zone_stats


def write_geotiff(path, values, x0, y0, cell, nodata=-9999.0):
    """A north-up float32 GeoTIFF in EPSG:28992. The values are SYNTHETIC test values, not RIVM data."""
    rows, cols = values.shape
    ds = gdal.GetDriverByName("GTiff").Create(str(path), cols, rows, 1, gdal.GDT_Float32)
    ds.SetGeoTransform((x0, cell, 0, y0, 0, -cell))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(28992)
    ds.SetProjection(srs.ExportToWkt())
    band = ds.GetRasterBand(1)
    band.SetNoDataValue(nodata)
    band.WriteArray(values.astype("float32"))
    ds.FlushCache()
    del ds
    return str(path)


def squares_layer(squares):
    layer = QgsVectorLayer("Polygon?crs=EPSG:28992&field=naam:string", "vlakken", "memory")
    feats = []
    for name, wkt in squares:
        f = QgsFeature(layer.fields())
        f.setAttributes([name])
        f.setGeometry(QgsGeometry.fromWkt(wkt))
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


def test_area_weighted_mean_and_share_above(run_alg, tmp_path):
    # 100 × 100 cells of 10 m from (120000, 487000) down: west half 8 µg/m³, east half 16 (synthetic)
    values = np.where(np.arange(100)[None, :] < 50, 8.0, 16.0).repeat(100, axis=0)
    values[90:, 90:] = -9999.0  # no data in the south-east corner
    tif = write_geotiff(tmp_path / "no2_synthetic.tif", values, 120000, 487000, 10)
    layer = squares_layer([
        ("west", "POLYGON((120100 486100, 120300 486100, 120300 486300, 120100 486300, 120100 486100))"),
        ("half", "POLYGON((120400 486500, 120600 486500, 120600 486700, 120400 486700, 120400 486500))"),
        ("ring", "POLYGON((120000 486000, 120500 486000, 120500 486500, 120000 486500, 120000 486000),"
                 "(120100 486100, 120400 486100, 120400 486400, 120100 486400, 120100 486100))"),
        ("nodata", "POLYGON((120920 486020, 120980 486020, 120980 486080, 120920 486080, 120920 486020))"),
        ("outside", "POLYGON((130000 480000, 130100 480000, 130100 480100, 130000 480000))"),
        ("sliver", "POLYGON((120495 486800, 120505 486800, 120505 486900, 120495 486900, 120495 486800))"),
    ])
    result = run_alg("wijkmonitor:rasterindicators", {"INPUT": layer, "RASTER": tif, "MEASURE": 0,
                                                      "OUTPUT": "TEMPORARY_OUTPUT"})
    out = {f["naam"]: f for f in result["OUTPUT"].getFeatures()}
    names = result["OUTPUT"].fields().names()
    assert names == ["naam", "no2_ugm3", "no2_boven_who_pct"]  # catalogue names
    assert out["west"]["no2_ugm3"] == pytest.approx(8.0) and out["west"]["no2_boven_who_pct"] == pytest.approx(0)
    assert out["half"]["no2_ugm3"] == pytest.approx(12.0) and out["half"]["no2_boven_who_pct"] == pytest.approx(50)
    assert out["ring"]["no2_ugm3"] == pytest.approx(8.0)  # the hole is left out
    assert out["nodata"]["no2_ugm3"] == NULL and out["outside"]["no2_ugm3"] == NULL
    # a 10 m wide strip over the boundary between two cells counts each half
    assert out["sliver"]["no2_ugm3"] == pytest.approx(12.0)
    # another threshold, and a measure of its own
    result = run_alg("wijkmonitor:rasterindicators", {"INPUT": layer, "RASTER": tif, "MEASURE": 4, "THRESHOLD": 10,
                                                      "PREFIX": "proef", "OUTPUT": "TEMPORARY_OUTPUT"})
    out = {f["naam"]: f for f in result["OUTPUT"].getFeatures()}
    assert out["half"]["proef_mean"] == pytest.approx(12.0) and out["half"]["proef_above_pct"] == pytest.approx(50)


def test_on_the_amsterdam_sample_in_batch(run_alg, processing_ready, tmp_path):
    """A synthetic Lden and heat raster over the whole sample: every buurt gets a value, in batch."""
    import processing

    sample = str(tmp_path / "s.gpkg")
    processing.run("wijkmonitor:loadsample", {"OUTPUT": sample})
    extent = QgsVectorLayer(sample, "s", "ogr").extent()
    x0, y0 = np.floor(extent.xMinimum() / 100) * 100 - 100, np.ceil(extent.yMaximum() / 100) * 100 + 100
    cols = int((extent.xMaximum() - x0) / 100) + 2
    rows = int((y0 - extent.yMinimum()) / 100) + 2
    gradient = np.linspace(45, 70, cols)[None, :].repeat(rows, axis=0)  # synthetic dB, west → east
    lden = write_geotiff(tmp_path / "lden_synthetic.tif", gradient, x0, y0, 100)
    heat = write_geotiff(tmp_path / "heat_synthetic.tif", np.full((rows, cols), 1.5), x0, y0, 100)
    inputs = sample
    for raster, measure in ((lden, 2), (heat, 3)):
        out = str(tmp_path / f"out{measure}.gpkg")
        run_alg("wijkmonitor:rasterindicators", {"INPUT": inputs, "RASTER": raster, "MEASURE": measure,
                                                 "OUTPUT": out})
        inputs = out
    layer = QgsVectorLayer(inputs, "o", "ogr")
    values = [(f["geluid_lden_db"], f["geluid_boven_55db_pct"], f["hitte_eiland_c"]) for f in layer.getFeatures()]
    assert len(values) == 519
    assert all(45 <= v[0] <= 70 and 0 <= v[1] <= 100 and v[2] == pytest.approx(1.5) for v in values)


def test_core_coverage_is_exact_for_cell_aligned_squares():
    grid = Grid(0, 10, 1, 1, 10, 10)
    square = [np.array([[2, 2], [6, 2], [6, 6], [2, 6], [2, 2]], dtype=float)]
    weights = coverage(square, grid, sub=2)
    assert weights.sum() == pytest.approx(16)
    stats = zone_stats(np.full((10, 10), 3.0), weights, threshold=2.0)
    assert stats.mean == pytest.approx(3.0) and stats.share_above == pytest.approx(100) and stats.covered == 1.0
