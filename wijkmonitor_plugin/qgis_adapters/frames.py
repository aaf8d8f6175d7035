"""Feature sources to pandas frames and frames back to features.

The analysis modules in :mod:`wijkmonitor_plugin.core` work on pandas frames; these
functions are the only place where QGIS features and frames meet. Frames are indexed
by feature id, so results can be written back next to the right geometry.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsFields,
    QgsProcessingException,
)
from qgis.PyQt.QtCore import QVariant

from ..i18n import translate
from .compat import make_field


def _clean(value):
    if isinstance(value, QVariant):  # NULL
        return None
    return value


def source_to_frame(source, field_names=None, feedback=None, request: QgsFeatureRequest | None = None) -> pd.DataFrame:
    """Attributes of a feature source (layer or processing source) as a frame indexed by feature id.

    NULL becomes ``None``/``NaN``; numeric QGIS fields become float or integer columns.
    ``field_names`` limits the columns read (and the I/O).
    """
    fields = source.fields()
    names = list(field_names) if field_names is not None else fields.names()
    indices = []
    for name in names:
        idx = fields.lookupField(name)
        if idx < 0:
            raise QgsProcessingException(
                translate("Frames", "The field '{field}' does not exist in the input. Available fields: {fields}.")
                .format(field=name, fields=", ".join(fields.names()))
            )
        indices.append(idx)
    req = QgsFeatureRequest(request) if request is not None else QgsFeatureRequest()
    req.setFlags(req.flags() | QgsFeatureRequest.Flag.NoGeometry)
    req.setSubsetOfAttributes(indices)
    total = source.featureCount() or 0
    ids = []
    rows = []
    for i, feature in enumerate(source.getFeatures(req)):
        if feedback is not None and i % 1000 == 0:
            if feedback.isCanceled():
                raise QgsProcessingException(translate("Frames", "Cancelled."))
            if total > 0:
                feedback.setProgress(100.0 * i / total)
        attrs = feature.attributes()
        rows.append([_clean(attrs[j]) for j in indices])
        ids.append(feature.id())
    frame = pd.DataFrame.from_records(rows, columns=names, index=pd.Index(ids, name="fid")) if rows else \
        pd.DataFrame({n: pd.Series(dtype="object") for n in names}, index=pd.Index([], name="fid"))
    for name, idx in zip(names, indices):
        if fields.at(idx).isNumeric():
            frame[name] = pd.to_numeric(frame[name], errors="coerce")
    return frame


def python_value(value):
    """A numpy/pandas scalar as a plain Python value, NaN/NA as ``None`` (QGIS NULL)."""
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, (np.floating, float)):
        value = float(value)
        return None if math.isnan(value) or math.isinf(value) else value
    if isinstance(value, (np.integer,)):
        return int(value)
    if isinstance(value, np.bool_):
        return bool(value)
    return value


def frame_column_kind(series: pd.Series) -> str:
    if pd.api.types.is_bool_dtype(series):
        return "int"
    if pd.api.types.is_integer_dtype(series):
        return "long"
    if pd.api.types.is_float_dtype(series):
        return "double"
    return "string"


def fields_for_frame(frame: pd.DataFrame, aliases: dict | None = None, precision: dict | None = None) -> QgsFields:
    """QgsFields for the columns of ``frame`` (double, long or string)."""
    aliases = aliases or {}
    precision = precision or {}
    fields = QgsFields()
    for name in frame.columns:
        kind = frame_column_kind(frame[name])
        fields.append(make_field(str(name), kind, alias=aliases.get(name, ""), precision=precision.get(name, 6)))
    return fields


def combined_fields(base: QgsFields, extra: QgsFields) -> QgsFields:
    """``base`` followed by ``extra``; an extra field with the name of a base field replaces it in place."""
    out = QgsFields()
    replacements = {field.name(): field for field in extra}
    for field in base:
        out.append(replacements.pop(field.name(), field))
    for field in extra:
        if field.name() in replacements:
            out.append(field)
    return out


def _check_cancel(feedback, i, total):
    if feedback is not None and i % 500 == 0:
        if feedback.isCanceled():
            raise QgsProcessingException(translate("Frames", "Cancelled."))
        if total > 0:
            feedback.setProgress(100.0 * i / total)


def write_source_with_frame(source, sink, extra: pd.DataFrame, out_fields: QgsFields, feedback=None,
                            request: QgsFeatureRequest | None = None, keep_source_attributes: bool = True) -> int:
    """Write the features of ``source`` to ``sink`` with the columns of ``extra`` set.

    ``extra`` is indexed by feature id; features missing from it get NULLs in its columns.
    With ``keep_source_attributes`` (the default) ``out_fields`` must be
    ``combined_fields(source.fields(), ...)``: the source attributes are copied inside QGIS
    (no conversion to Python, which is what keeps this close to native:savefeatures) and only
    the frame's columns are set. With ``keep_source_attributes=False`` only the geometry is
    taken from the source and the frame supplies every attribute of ``out_fields``.
    Returns the number of features written.
    """
    extra_names = [str(c) for c in extra.columns]
    targets = [out_fields.lookupField(name) for name in extra_names]
    if min(targets, default=0) < 0:
        missing = [n for n, t in zip(extra_names, targets) if t < 0]
        raise QgsProcessingException(
            translate("Frames", "Internal error: output fields lack {fields}.").format(fields=", ".join(missing))
        )
    columns = [[python_value(v) for v in extra[c].to_numpy(dtype=object)] for c in extra.columns]
    position = {fid: pos for pos, fid in enumerate(extra.index)}
    n_out = out_fields.count()
    total = source.featureCount() or 0
    written = 0
    for i, feature in enumerate(source.getFeatures(request or QgsFeatureRequest())):
        _check_cancel(feedback, i, total)
        pos = position.get(feature.id())
        if keep_source_attributes:
            feature.setFields(out_fields, False)
            feature.resizeAttributes(n_out)
        else:
            geometry = feature.geometry() if feature.hasGeometry() else None
            feature = QgsFeature(out_fields, feature.id())
            if geometry is not None:
                feature.setGeometry(geometry)
        for target, column in zip(targets, columns):
            feature.setAttribute(target, None if pos is None else column[pos])
        if not sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert):
            raise QgsProcessingException(
                translate("Frames", "Could not write feature {fid} to the output: {error}").format(
                    fid=feature.id(), error=getattr(sink, "lastError", lambda: "")()
                )
            )
        written += 1
    return written
