"""The geometry step of reallocation: how much of every source area lies in every target area.

One pass over the target areas with a spatial index of the source areas and a prepared
GEOS geometry per target (``QgsGeometryEngine``): the overlap areas are computed in C++,
and a source area that lies wholly inside a target needs no intersection at all. The areas
are measured in the target's CRS when it is projected, else in EPSG:28992 (RD New), so a
2019 map in EPSG:4326 and a 2024 map in EPSG:28992 can be combined. Invalid polygons are
repaired (``makeValid``) and counted; features without a usable polygon are counted and
left out, never a crash.

With a *boundary tolerance* every overlap is also measured after shrinking it by the
tolerance (a negative buffer): slivers along boundaries that two maps draw a few metres
apart vanish, so an unchanged buurt is recognised as unchanged. The moved shares always
use the full overlap.

A *weight layer* (points such as addresses, or polygons such as a 100 m population grid)
gives each overlap the weight that lies in it: a point counts where it lies, a polygon
with the part of its area in the overlap.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsSpatialIndex,
    QgsWkbTypes,
)

from ..core.reallocate import Overlay
from ..core.regions import SENTINEL_LIMIT
from ..i18n import translate
from .geometry import polygon_parts

RD_NEW = "EPSG:28992"
_SEGMENTS = 4  # quadrant segments of the tolerance buffer


@dataclass
class Geometries:
    """Polygons of one side, repaired and in the working CRS, by feature id."""

    geoms: dict = field(default_factory=dict)
    repaired: int = 0
    dropped: int = 0  # no geometry, empty, or no polygon left after repair


class AllFeatures:
    """A processing source read without the context's invalid-geometry check: reallocation repairs polygons
    itself, and its outputs keep every area. Everything else is the wrapped source's."""

    def __init__(self, source):
        self.source = source

    def __getattr__(self, name):
        return getattr(self.source, name)

    def getFeatures(self, request=None):  # noqa: N802 (QGIS API)
        request = request if request is not None else QgsFeatureRequest()
        if isinstance(self.source, QgsProcessingFeatureSource):
            return self.source.getFeatures(request, QgsProcessingFeatureSource.Flag.FlagSkipGeometryValidityChecks)
        return self.source.getFeatures(request)


def working_crs(target_crs: QgsCoordinateReferenceSystem) -> QgsCoordinateReferenceSystem:
    """The CRS to measure areas in: the target's when it is projected, else RD New."""
    if target_crs.isValid() and not target_crs.isGeographic():
        return target_crs
    return QgsCoordinateReferenceSystem(RD_NEW)


def _feature_flags(source):
    """Read every feature whatever the context's invalid-geometry setting: this step repairs them."""
    return (QgsProcessingFeatureSource.Flag.FlagSkipGeometryValidityChecks,) \
        if isinstance(source, QgsProcessingFeatureSource) else ()


def _check(feedback, i, total, start, span):
    if feedback is None or i % 200:
        return
    if feedback.isCanceled():
        raise QgsProcessingException(translate("Overlay", "Cancelled."))
    if total:
        feedback.setProgress(start + span * i / total)


def read_polygons(source, crs, transform_context, feedback=None, progress=(0.0, 10.0)) -> Geometries:
    """Every polygon of ``source`` in ``crs``, repaired where invalid."""
    out = Geometries()
    transform = QgsCoordinateTransform(source.sourceCrs(), crs, transform_context)
    same = source.sourceCrs() == crs
    total = source.featureCount() or 0
    request = QgsFeatureRequest().setNoAttributes()
    for i, feature in enumerate(source.getFeatures(request, *_feature_flags(source))):
        _check(feedback, i, total, *progress)
        geom = feature.geometry()
        if geom is None or geom.isEmpty():
            out.dropped += 1
            continue
        geom = QgsGeometry(geom)
        if not same:
            geom.transform(transform)
        if not geom.isGeosValid():
            geom = polygon_parts(geom.makeValid())  # a collection from makeValid: keep its polygons
            out.repaired += 1
        if geom.isEmpty() or geom.area() <= 0:
            out.dropped += 1
            continue
        out.geoms[feature.id()] = geom
    return out


def _eroded_area(geom: QgsGeometry, tolerance: float) -> float:
    return geom.buffer(-tolerance, _SEGMENTS).area() if tolerance > 0 else geom.area()


def overlap_pieces(sources: Geometries, targets: Geometries, tolerance: float = 0.0, feedback=None,
                   progress=(20.0, 60.0)) -> pd.DataFrame:
    """One row per (source, target) that share area: ``source``, ``target``, ``area``, ``robust``."""
    index = QgsSpatialIndex()
    for fid, geom in sources.geoms.items():
        index.addFeature(fid, geom.boundingBox())
    src_ids, tgt_ids, areas, robust = [], [], [], []
    src_geoms = sources.geoms
    total = len(targets.geoms)
    for i, (tid, tgeom) in enumerate(targets.geoms.items()):
        _check(feedback, i, total, *progress)
        engine = QgsGeometry.createGeometryEngine(tgeom.constGet())
        engine.prepareGeometry()
        for sid in index.intersects(tgeom.boundingBox()):
            sgeom = src_geoms[sid]
            part = sgeom.constGet()
            if not engine.intersects(part):
                continue
            if engine.contains(part):
                area = part.area()
                piece = sgeom
            else:
                inter = engine.intersection(part)
                area = inter.area() if inter is not None else 0.0
                if area <= 0:
                    continue
                piece = QgsGeometry(inter) if tolerance > 0 else None
            src_ids.append(sid)
            tgt_ids.append(tid)
            areas.append(area)
            robust.append(_eroded_area(piece, tolerance) if tolerance > 0 else area)
    return pd.DataFrame({"source": np.array(src_ids, dtype="int64"), "target": np.array(tgt_ids, dtype="int64"),
                         "area": np.array(areas, dtype="float64"), "robust": np.array(robust, dtype="float64")})


def outside_areas(sources: Geometries, targets: Geometries, pieces: pd.DataFrame, source_area: pd.Series,
                  tolerance: float = 0.0, feedback=None) -> pd.Series:
    """Area of each source that lies outside every target; with a tolerance, after shrinking that part by it
    (a strip along the edge of the target map narrower than twice the tolerance is no real difference)."""
    covered = pieces.groupby("source")["area"].sum()
    area = source_area.reindex(covered.index)
    outside = (area - covered).clip(lower=0.0)
    if tolerance <= 0:
        return outside
    by_source = pieces.groupby("source")["target"].apply(list)
    for sid in outside.index[(outside > 1e-6 * area).to_numpy()]:
        if feedback is not None and feedback.isCanceled():
            raise QgsProcessingException(translate("Overlay", "Cancelled."))
        rest = sources.geoms[sid]
        for tid in by_source[sid]:
            rest = rest.difference(targets.geoms[tid])
        outside[sid] = _eroded_area(rest, tolerance) if not rest.isEmpty() else 0.0
    return outside


def _weight_values(weight_source, weight_field, feedback):
    """(geometry, weight) of the weight layer; NULL, negative and CBS secrecy values (−99997) count as 0."""
    fields = weight_source.fields()
    idx = fields.lookupField(weight_field) if weight_field else -1
    if weight_field and idx < 0:
        raise QgsProcessingException(translate("Overlay", "The weight layer has no field '{field}'.").format(
            field=weight_field))
    request = QgsFeatureRequest()
    request.setSubsetOfAttributes([idx] if idx >= 0 else [])
    total = weight_source.featureCount() or 0
    skipped = 0
    for i, feature in enumerate(weight_source.getFeatures(request, *_feature_flags(weight_source))):
        _check(feedback, i, total, 60.0, 20.0)
        geom = feature.geometry()
        if geom is None or geom.isEmpty():
            continue
        if idx >= 0:
            value = feature.attributes()[idx]
            try:
                value = float(value)
            except (TypeError, ValueError):
                value = float("nan")
            if not np.isfinite(value) or value <= SENTINEL_LIMIT or value < 0:
                skipped += 1
                continue
        else:
            value = 1.0
        if value > 0:
            yield geom, value
    if skipped and feedback is not None:
        feedback.pushInfo(translate("Overlay", "Weight layer: {n} features without a weight (NULL, negative or a CBS "
                                               "secrecy code) count as 0.").format(n=skipped))


def weight_pieces(weight_source, weight_field, crs, transform_context, sources: Geometries, targets: Geometries,
                  feedback=None) -> tuple[pd.DataFrame, pd.Series]:
    """Weight per (source, target) piece and total weight per source area from a point or polygon weight layer.

    A point counts fully in the source and target it lies in; a polygon (a grid cell) with
    the share of its area that lies in each overlap.
    """
    transform = QgsCoordinateTransform(weight_source.sourceCrs(), crs, transform_context)
    same = weight_source.sourceCrs() == crs
    s_index, t_index = QgsSpatialIndex(), QgsSpatialIndex()
    for fid, geom in sources.geoms.items():
        s_index.addFeature(fid, geom.boundingBox())
    for fid, geom in targets.geoms.items():
        t_index.addFeature(fid, geom.boundingBox())
    engines = {}

    def engine(side, fid):
        key = (side, fid)
        if key not in engines:
            geom = (sources if side == 0 else targets).geoms[fid]
            eng = QgsGeometry.createGeometryEngine(geom.constGet())
            eng.prepareGeometry()
            engines[key] = (eng, geom)  # the geometry outlives its engine
        return engines[key][0]

    piece_w: dict = {}
    source_w: dict = {}
    for geom, value in _weight_values(weight_source, weight_field, feedback):
        geom = QgsGeometry(geom)
        if not same:
            geom.transform(transform)
        if geom.type() == QgsWkbTypes.GeometryType.PolygonGeometry:
            _spread_polygon(geom, value, sources, targets, s_index, t_index, engine, piece_w, source_w)
        else:
            point = QgsGeometry(geom.centroid()) if geom.isMultipart() else geom
            box = point.boundingBox()
            sid = next((s for s in s_index.intersects(box) if engine(0, s).intersects(point.constGet())), None)
            if sid is None:
                continue
            source_w[sid] = source_w.get(sid, 0.0) + value
            tid = next((t for t in t_index.intersects(box) if engine(1, t).intersects(point.constGet())), None)
            if tid is not None:
                piece_w[(sid, tid)] = piece_w.get((sid, tid), 0.0) + value
    frame = pd.DataFrame([(s, t, w) for (s, t), w in piece_w.items()], columns=["source", "target", "weight"])
    return frame, pd.Series(source_w, dtype="float64")


def _spread_polygon(cell, value, sources, targets, s_index, t_index, engine, piece_w, source_w):
    cell_area = cell.area()
    if cell_area <= 0:
        return
    box = cell.boundingBox()
    for sid in s_index.intersects(box):
        if engine(0, sid).contains(cell.constGet()):
            in_source = cell
        else:
            in_source = cell.intersection(sources.geoms[sid])
        a_source = in_source.area()
        if a_source <= 0:
            continue
        source_w[sid] = source_w.get(sid, 0.0) + value * a_source / cell_area
        for tid in t_index.intersects(in_source.boundingBox()):
            if engine(1, tid).contains(in_source.constGet()):
                a_piece = a_source
            else:
                a_piece = in_source.intersection(targets.geoms[tid]).area()
            if a_piece > 0:
                piece_w[(sid, tid)] = piece_w.get((sid, tid), 0.0) + value * a_piece / cell_area


def build_overlay(source, target, transform_context, tolerance=0.0, weight_source=None, weight_field=None,
                  feedback=None) -> tuple[Overlay, Geometries, Geometries, QgsCoordinateReferenceSystem]:
    """The :class:`Overlay` of two polygon sources (and an optional weight layer), measured in :func:`working_crs`."""
    crs = working_crs(target.sourceCrs())
    sources = read_polygons(source, crs, transform_context, feedback, (0.0, 10.0))
    targets = read_polygons(target, crs, transform_context, feedback, (10.0, 10.0))
    pieces = overlap_pieces(sources, targets, tolerance, feedback)
    source_area = pd.Series({fid: g.area() for fid, g in sources.geoms.items()}, dtype="float64")
    target_area = pd.Series({fid: g.area() for fid, g in targets.geoms.items()}, dtype="float64")
    source_outside = outside_areas(sources, targets, pieces, source_area, tolerance, feedback)
    source_weight = None
    pieces["weight"] = np.nan
    if weight_source is not None:
        weights, source_weight = weight_pieces(weight_source, weight_field, crs, transform_context, sources, targets,
                                               feedback)
        if not weights.empty:
            pieces = pieces.merge(weights, on=["source", "target"], how="left", suffixes=("_drop", ""))
            pieces = pieces.drop(columns=["weight_drop"])
    overlay = Overlay(pieces=pieces, source_area=source_area, target_area=target_area, source_weight=source_weight,
                      source_outside=source_outside)
    return overlay, sources, targets, crs
