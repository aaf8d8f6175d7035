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
    """Feature ids, geometries and representative points of a source, in the order of ``fids`` (or as read).

    The features are read once, in C++, into a spatial index that also keeps their geometries.
    """

    def __init__(self, source, fids=None, feedback=None):
        request = QgsFeatureRequest()
        request.setNoAttributes()
        if fids is not None:
            request.setFilterFids(list(fids))
        self.index = QgsSpatialIndex(source.getFeatures(request), feedback,
                                     QgsSpatialIndex.Flag.FlagStoreFeatureGeometries)
        if feedback is not None and feedback.isCanceled():
            raise QgsProcessingException(translate("Contiguity", "Cancelled."))
        if fids is None:
            fids = [f.id() for f in source.getFeatures(QgsFeatureRequest().setNoAttributes().setFlags(
                QgsFeatureRequest.Flag.NoGeometry))]
        self.ids = list(fids)
        self.geometries = [self.index.geometry(fid) for fid in self.ids]

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
    position = {fid: pos for pos, fid in enumerate(areas.ids)}
    pairs = []
    n = len(areas.geometries)
    for i, geom in enumerate(areas.geometries):
        if feedback is not None and i % 500 == 0:
            if feedback.isCanceled():
                raise QgsProcessingException(translate("Contiguity", "Cancelled."))
            feedback.setProgress(20.0 + 30.0 * i / max(n, 1))
        if geom is None or geom.isNull() or geom.isEmpty():
            continue
        candidates = [j for j in (position.get(fid, -1) for fid in areas.index.intersects(geom.boundingBox()))
                      if j > i]
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
