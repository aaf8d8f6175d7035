"""Neighbours from polygons, in QGIS's C++: a spatial index for candidates, GEOS predicates to decide.

Queen: two areas are neighbours when their polygons intersect (share at least one point; an
overlap from generalised boundaries counts too). Rook: they share a stretch of boundary (the
DE-9IM boundary/boundary dimension is 1) or overlap (interior/interior dimension 2); a single
shared corner point is not enough. Each candidate pair from the spatial index is tested once
with a prepared geometry engine, so the Python side only loops over features, not vertices.
"""

from __future__ import annotations

import numpy as np
from qgis.core import QgsFeatureRequest, QgsGeometry, QgsProcessingException, QgsSpatialIndex

from ..i18n import translate


class AreaGeometries:
    """Feature ids, geometries and representative points of a source, in the order read."""

    def __init__(self, source, fids=None, feedback=None):
        request = QgsFeatureRequest()
        request.setNoAttributes()
        if fids is not None:
            request.setFilterFids(list(fids))
        self.ids: list = []
        self.geometries: list = []
        total = source.featureCount() or 0
        for i, feature in enumerate(source.getFeatures(request)):
            if feedback is not None and i % 1000 == 0:
                if feedback.isCanceled():
                    raise QgsProcessingException(translate("Contiguity", "Cancelled."))
                if total:
                    feedback.setProgress(20.0 * i / total)
            self.ids.append(feature.id())
            self.geometries.append(QgsGeometry(feature.geometry()))
        if fids is not None:  # keep the caller's order
            where = {fid: pos for pos, fid in enumerate(self.ids)}
            order = [where[f] for f in fids if f in where]
            self.ids = [self.ids[p] for p in order]
            self.geometries = [self.geometries[p] for p in order]

    def empty(self) -> list:
        """Positions of features without a usable geometry."""
        return [i for i, g in enumerate(self.geometries) if g is None or g.isNull() or g.isEmpty()]

    def points(self) -> np.ndarray:
        """(n, 2) centroids (NaN for an empty geometry), for k nearest neighbours."""
        out = np.full((len(self.geometries), 2), np.nan)
        for i, geom in enumerate(self.geometries):
            if geom is None or geom.isNull() or geom.isEmpty():
                continue
            point = geom.centroid().asPoint()
            out[i] = (point.x(), point.y())
        return out


def polygon_neighbour_pairs(areas: AreaGeometries, rook: bool = False, feedback=None) -> np.ndarray:
    """(m, 2) positions (i < j) of the areas that are queen (or rook) neighbours."""
    index = QgsSpatialIndex()
    boxes = []
    for pos, geom in enumerate(areas.geometries):
        box = geom.boundingBox() if geom is not None and not geom.isNull() else None
        boxes.append(box)
        if box is not None and not geom.isEmpty():
            index.addFeature(pos, box)
    pairs = []
    n = len(areas.geometries)
    for i, geom in enumerate(areas.geometries):
        if feedback is not None and i % 500 == 0:
            if feedback.isCanceled():
                raise QgsProcessingException(translate("Contiguity", "Cancelled."))
            feedback.setProgress(20.0 + 30.0 * i / max(n, 1))
        if boxes[i] is None or geom.isEmpty():
            continue
        candidates = [j for j in index.intersects(boxes[i]) if j > i]
        if not candidates:
            continue
        engine = QgsGeometry.createGeometryEngine(geom.constGet())
        engine.prepareGeometry()
        for j in candidates:
            other = areas.geometries[j].constGet()
            if not engine.intersects(other):
                continue
            if rook:
                matrix = engine.relate(other)
                if not matrix or (matrix[4] != "1" and matrix[0] != "2"):
                    continue
            pairs.append((i, j))
    return np.asarray(pairs, dtype=np.int64).reshape(-1, 2)
