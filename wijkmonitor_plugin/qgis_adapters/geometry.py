"""Polygons for the algorithms that need geometry: invalid ones repaired and counted, never a crash.

Real neighbourhood maps have invalid polygons (21 of the 13,594 buurten of the generalised 2019
map intersect themselves). GEOS gives wrong areas, failed unions or errors on them, so the
algorithms that measure, overlay or merge polygons (aggregate to own areas, raster statistics,
neighbours, atlas, portrait, reallocation) read them through :func:`checked_polygon`: an invalid
polygon is repaired with ``makeValid`` (a self-intersecting ring becomes the polygons it encloses;
what is left of a collection is its polygon parts), a feature without a usable polygon is counted
and left out, and a :class:`GeometryReport` says how many and which, for the log and the report.
The input layer is never changed: repairs are made on copies.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from qgis.core import QgsFeatureRequest, QgsGeometry, QgsProcessingFeatureSource, QgsWkbTypes

from ..i18n import translate

#: how many features a message names
EXAMPLES = 10
#: attribute fields that name a feature in messages, first present wins
LABEL_FIELDS = ("statcode", "buurtcode", "wijkcode", "gemeentecode", "code", "statnaam", "naam", "name")


@dataclass
class GeometryReport:
    """What reading the polygons of one layer found: invalid polygons repaired, features left out."""

    checked: int = 0
    repaired: list = field(default_factory=list)  # labels of invalid polygons repaired with makeValid
    dropped: list = field(default_factory=list)  # labels of features without a usable polygon

    def __bool__(self) -> bool:
        return bool(self.repaired or self.dropped)

    def merge(self, other: GeometryReport) -> None:
        self.checked += other.checked
        self.repaired += other.repaired
        self.dropped += other.dropped

    def lines(self, what: str) -> list[str]:
        """Sentences for the log and the report; ``what`` names the layer ('the buurten')."""
        out = []
        if self.repaired:
            out.append(translate("Geometry", "{n} invalid polygon(s) of {what} repaired (makeValid) before measuring: "
                                             "{examples}").format(n=len(self.repaired), what=what,
                                                                  examples=examples(self.repaired)))
        if self.dropped:
            out.append(translate("Geometry", "{n} feature(s) of {what} without a usable polygon left out: {examples}")
                       .format(n=len(self.dropped), what=what, examples=examples(self.dropped)))
        return out

    def log(self, feedback, what: str) -> None:
        if feedback is not None:
            for line in self.lines(what):
                feedback.pushWarning(line)


def examples(labels, n: int = EXAMPLES) -> str:
    """The first ``n`` labels, and how many more."""
    labels = [str(v) for v in labels]
    more = len(labels) - n
    return ", ".join(labels[:n]) + (translate("Geometry", " (and {n} more)").format(n=more) if more > 0 else "")


def polygon_parts(geom: QgsGeometry) -> QgsGeometry:
    """The polygon parts of ``geom`` (a collection from makeValid may hold lines and points too)."""
    if geom.type() == QgsWkbTypes.GeometryType.PolygonGeometry:
        return geom
    parts = [QgsGeometry(p.clone()) for p in geom.constGet()] if geom.isMultipart() else [geom]
    polygons = [p for p in parts if p.type() == QgsWkbTypes.GeometryType.PolygonGeometry]
    return QgsGeometry.collectGeometry(polygons) if polygons else QgsGeometry()


def repaired_polygon(geom: QgsGeometry) -> QgsGeometry | None:
    """``geom`` made valid, as polygons only; None when no area is left."""
    fixed = polygon_parts(geom.makeValid())
    if fixed.isNull() or fixed.isEmpty() or fixed.area() <= 0:
        return None
    return fixed


def checked_polygon(geom, report: GeometryReport | None = None, label=None) -> QgsGeometry | None:
    """A valid polygon for ``geom`` (a copy, repaired when invalid), or None when it has none; counted in ``report``."""
    if report is not None:
        report.checked += 1
    if geom is None or geom.isNull() or geom.isEmpty():
        if report is not None:
            report.dropped.append(label)
        return None
    geom = QgsGeometry(geom)
    if geom.isGeosValid():
        if geom.type() == QgsWkbTypes.GeometryType.PolygonGeometry and geom.area() > 0:
            return geom
        if report is not None:
            report.dropped.append(label)
        return None
    fixed = repaired_polygon(geom)
    if report is not None:
        (report.repaired if fixed is not None else report.dropped).append(label)
    return fixed


def label_field(fields) -> int:
    """The index of the field that names a feature in messages (a code, else a name), or -1."""
    lower = {n.lower(): i for i, n in enumerate(fields.names())}
    return next((lower[f] for f in LABEL_FIELDS if f in lower), -1)


def features(source, request: QgsFeatureRequest | None = None):
    """Every feature of ``source``, also those QGIS's invalid-geometry setting would stop at or skip:
    the caller repairs the geometry itself."""
    request = request if request is not None else QgsFeatureRequest()
    if isinstance(source, QgsProcessingFeatureSource):
        return source.getFeatures(request, QgsProcessingFeatureSource.Flag.FlagSkipGeometryValidityChecks)
    return source.getFeatures(request)


def feature_label(feature, index: int):
    """The name of ``feature`` in messages: its code (``index``) or its feature id."""
    if index >= 0:
        value = feature.attribute(index)
        if value is not None and str(value) not in ("", "NULL"):
            return value
    return f"#{feature.id()}"


def read_polygons(source, report: GeometryReport, request: QgsFeatureRequest | None = None, transform=None,
                  feedback=None) -> dict:
    """{feature id: valid polygon} of ``source`` (in the CRS of ``transform`` when given); features without
    a polygon are left out and counted in ``report``."""
    request = QgsFeatureRequest(request) if request is not None else QgsFeatureRequest()
    index = label_field(source.fields())
    request.setSubsetOfAttributes([index] if index >= 0 else [])
    out = {}
    total = source.featureCount() or 0
    for i, feature in enumerate(features(source, request)):
        if feedback is not None and i % 500 == 0:
            if feedback.isCanceled():
                break
            if total > 0:
                feedback.setProgress(min(100.0, 10.0 * i / total))
        geom = feature.geometry() if feature.hasGeometry() else None
        if geom is not None and transform is not None:
            geom = QgsGeometry(geom)
            geom.transform(transform)
        polygon = checked_polygon(geom, report, feature_label(feature, index))
        if polygon is not None:
            out[feature.id()] = polygon
    return out


def invalid_polygons(source, feedback=None) -> list:
    """The labels of the features of ``source`` whose polygon is invalid (nothing is repaired)."""
    request = QgsFeatureRequest()
    index = label_field(source.fields())
    request.setSubsetOfAttributes([index] if index >= 0 else [])
    out = []
    for i, feature in enumerate(features(source, request)):
        if feedback is not None and i % 1000 == 0 and feedback.isCanceled():
            break
        if feature.hasGeometry() and not feature.geometry().isGeosValid():
            out.append(feature_label(feature, index))
    return out


def repair_layer(layer, report: GeometryReport, feedback=None) -> None:
    """Repair the invalid polygons of ``layer`` in place (makeValid); for a copy such as a memory layer,
    never for the user's own layer. A polygon that makeValid cannot give an area keeps what it has."""
    index = label_field(layer.fields())
    request = QgsFeatureRequest()
    request.setSubsetOfAttributes([index] if index >= 0 else [])
    changes = {}
    for i, feature in enumerate(layer.getFeatures(request)):
        if feedback is not None and i % 1000 == 0 and feedback.isCanceled():
            break
        geom = feature.geometry() if feature.hasGeometry() else None
        if geom is None or geom.isEmpty() or geom.isGeosValid():
            continue
        report.checked += 1
        fixed = repaired_polygon(geom)
        if fixed is not None:
            changes[feature.id()] = fixed
            report.repaired.append(feature_label(feature, index))
    if changes:
        layer.dataProvider().changeGeometryValues(changes)
