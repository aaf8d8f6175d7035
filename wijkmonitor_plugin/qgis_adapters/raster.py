"""Raster statistics per polygon: geometry and GDAL reading around :mod:`..core.raster`."""

from __future__ import annotations

import numpy as np
from osgeo import gdal
from qgis.core import QgsCoordinateTransform, QgsProcessingException

from ..core.raster import coverage, window, zone_stats
from ..i18n import translate
from .geometry import checked_polygon, feature_label, features, label_field


def geometry_rings(geometry) -> list[np.ndarray]:
    """All rings (outer and holes) of a (multi)polygon geometry as (n, 2) arrays."""
    rings = []
    polygons = geometry.asMultiPolygon() if geometry.isMultipart() else [geometry.asPolygon()]
    for polygon in polygons:
        for ring in polygon:
            rings.append(np.array([(p.x(), p.y()) for p in ring], dtype="float64"))
    return rings


class RasterReader:
    """One band of a GDAL-readable raster (GeoTIFF, ASCII grid, ...), north-up."""

    def __init__(self, layer, band: int = 1):
        path = layer.source().split("|")[0]
        self.dataset = gdal.Open(path)
        if self.dataset is None:
            raise QgsProcessingException(translate(
                "Raster", "The raster {path} cannot be read directly. Save it as a GeoTIFF first "
                          "(Raster > Conversion > Translate).").format(path=path))
        if band < 1 or band > self.dataset.RasterCount:
            raise QgsProcessingException(translate("Raster", "The raster has no band {band}.").format(band=band))
        gt = self.dataset.GetGeoTransform()
        if gt[2] != 0 or gt[4] != 0 or gt[5] >= 0:
            raise QgsProcessingException(translate(
                "Raster", "The raster is rotated or not north-up: warp it first (Raster > Projections > Warp)."))
        self.band = self.dataset.GetRasterBand(band)
        self.nodata = self.band.GetNoDataValue()
        self.origin_x, self.dx, self.origin_y, self.dy = gt[0], gt[1], gt[3], -gt[5]
        self.crs = layer.crs()

    def cells(self, geometry, sub: int = 4):
        """(values, coverage weights) of the cells under ``geometry`` (in the raster CRS), or None."""
        box = geometry.boundingBox()
        win = window((box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum()), self.origin_x,
                     self.origin_y, self.dx, self.dy, self.dataset.RasterXSize, self.dataset.RasterYSize)
        if win is None:
            return None
        col0, row0, grid = win
        values = self.band.ReadAsArray(col0, row0, grid.ncols, grid.nrows).astype("float64")
        return values, coverage(geometry_rings(geometry), grid, sub)


def polygon_stats(source, layer, band, thresholds, context, feedback, sub: int = 4, report=None) -> dict:
    """{feature id: (mean, {threshold: share above}, covered)} for every feature of ``source`` with a polygon;
    invalid polygons are repaired (makeValid) and, like features without one, counted in ``report``."""
    reader = RasterReader(layer, band)
    transform = QgsCoordinateTransform(source.sourceCrs(), reader.crs, context.transformContext())
    out = {}
    total = source.featureCount() or 1
    index = label_field(source.fields())
    for i, feature in enumerate(features(source)):
        if feedback.isCanceled():
            raise QgsProcessingException(translate("Raster", "Cancelled."))
        feedback.setProgress(100.0 * i / total)
        geometry = checked_polygon(feature.geometry() if feature.hasGeometry() else None, report,
                                   feature_label(feature, index))
        if geometry is None:
            continue
        geometry.transform(transform)
        cells = reader.cells(geometry, sub)
        stats = zone_stats(cells[0], cells[1], reader.nodata) if cells is not None else None
        if stats is None or stats.covered == 0:
            out[feature.id()] = (None, {t: None for t in thresholds}, 0.0)
            continue
        shares = {t: zone_stats(cells[0], cells[1], reader.nodata, t).share_above for t in thresholds}
        out[feature.id()] = (stats.mean, shares, stats.covered)
    return out
