"""Helpers of the reliability tests (test_sweep_*.py, test_geometry_invalid.py): a feedback that keeps what
it was told, file hashes, and a constant raster."""

from __future__ import annotations

import hashlib
from pathlib import Path

import numpy as np
from osgeo import gdal, osr
from qgis.core import QgsProcessingFeedback


class Recording(QgsProcessingFeedback):
    """A feedback that keeps the lines of the log (infos and warnings)."""

    def __init__(self):
        super().__init__()
        self.lines = []

    def pushWarning(self, text):  # noqa: N802 (QGIS API)
        self.lines.append(text)
        super().pushWarning(text)

    def pushInfo(self, text):  # noqa: N802 (QGIS API)
        self.lines.append(text)
        super().pushInfo(text)


def digest(path) -> str:
    with open(path, "rb") as handle:
        return hashlib.sha256(handle.read()).hexdigest()


def hashes(folder: Path) -> dict:
    """{file name: SHA-256} of every file under ``folder``."""
    return {path.name: digest(path) for path in sorted(Path(folder).rglob("*")) if path.is_file()}


def constant_raster(path, layer, cell: float, epsg: int, value: float) -> str:
    """A GeoTIFF over ``layer``'s extent with one SYNTHETIC value everywhere (real GeoTIFF format and grid)."""
    extent = layer.extent()
    cols, rows = int(extent.width() / cell) + 3, int(extent.height() / cell) + 3
    ds = gdal.GetDriverByName("GTiff").Create(str(path), cols, rows, 1, gdal.GDT_Float32)
    ds.SetGeoTransform((extent.xMinimum() - cell, cell, 0, extent.yMaximum() + cell, 0, -cell))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    ds.SetProjection(srs.ExportToWkt())
    ds.GetRasterBand(1).WriteArray(np.full((rows, cols), value, dtype="float32"))
    ds.FlushCache()
    del ds
    return str(path)
