"""Feature sources to pandas frames and frames back to features.

The analysis modules in :mod:`wijkmonitor_plugin.core` work on pandas frames; these
functions are the only place where QGIS features and frames meet. Frames are indexed
by feature id, so results can be written back next to the right geometry.
"""

from __future__ import annotations

import math
from collections import deque

import numpy as np
import pandas as pd
from qgis.core import (
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


#: GDAL 3.6's GeoPackage columnar reader passes each column as an SQL function argument
#: (SQLite allows 127), so wide tables are read in chunks of this many columns.
_ARROW_CHUNK = 100


def _fast_ogr_layer(source, layer, request):
    """The GDAL layer behind ``layer`` when the columnar fast path gives exactly what iterating
    ``source`` would: a whole, unfiltered GeoPackage layer whose QGIS feature ids are its fids."""
    if layer is None or request is not None:
        return None
    try:
        from osgeo import ogr
    except ImportError:
        return None
    provider = layer.dataProvider()
    if provider is None or provider.name() != "ogr" or layer.subsetString():
        return None
    if str(provider.storageType()).upper() != "GPKG" or source.featureCount() != layer.featureCount():
        return None
    parts = layer.source().split("|")
    options = dict(p.split("=", 1) for p in parts[1:] if "=" in p)
    if set(options) - {"layername"}:
        return None
    try:
        ds = ogr.Open(parts[0])
        ogr_layer = ds.GetLayerByName(options["layername"]) if "layername" in options else ds.GetLayer(0)
    except Exception:  # noqa: BLE001 (GDAL raises RuntimeError or returns None; either way: no fast path)
        return None
    if ogr_layer is None or not hasattr(ogr_layer, "GetArrowStreamAsNumPy"):
        return None
    return ds, ogr_layer


def _arrow_frame(ds_layer, names) -> pd.DataFrame | None:
    """Columns ``names`` read with GDAL's columnar (Arrow) API, indexed by fid; None on any problem."""
    ds, ogr_layer = ds_layer
    defn = ogr_layer.GetLayerDefn()
    all_names = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
    fid_column = ogr_layer.GetFIDColumn() or "OGC_FID"
    wanted = [n for n in names if n != fid_column]
    if any(n not in all_names for n in wanted):
        return None
    columns: dict = {}
    index = None
    try:
        for start in range(0, max(len(wanted), 1), _ARROW_CHUNK):
            chunk = wanted[start:start + _ARROW_CHUNK]
            ogr_layer.SetIgnoredFields([n for n in all_names if n not in chunk] + ["OGR_GEOMETRY"])
            ogr_layer.ResetReading()
            batches: dict = {}
            for batch in ogr_layer.GetArrowStreamAsNumPy():
                for key, values in batch.items():
                    batches.setdefault(key, []).append(values)
            fids = np.concatenate(batches.pop(fid_column)) if fid_column in batches else None
            if fids is None or (index is not None and not np.array_equal(fids, index)):
                return None
            index = fids
            for key in chunk:
                parts = batches.get(key)
                if parts is None:
                    return None
                columns[key] = np.ma.concatenate(parts) if any(np.ma.isMaskedArray(p) for p in parts) \
                    else np.concatenate(parts)
    except Exception:  # noqa: BLE001 (any GDAL trouble: fall back to reading through QGIS)
        return None
    finally:
        ogr_layer.SetIgnoredFields([])
    frame = {}
    for key in wanted:
        values = columns[key]
        mask = np.ma.getmaskarray(values) if np.ma.isMaskedArray(values) else None
        data = np.ma.getdata(values)
        if data.dtype.kind in "SO":
            data = np.array([v.decode("utf-8") if isinstance(v, bytes) else v for v in data], dtype=object)
            if mask is not None:
                data[mask] = None
        elif data.dtype.kind in "iuf":
            if mask is not None and mask.any():
                data = data.astype("float64")
                data[mask] = np.nan
        elif data.dtype.kind == "b":
            if mask is not None and mask.any():
                data = data.astype(object)
                data[mask] = None
        else:
            return None  # dates and other types: the QGIS path converts them
        frame[key] = data
    out = pd.DataFrame(frame, index=pd.Index(index if index is not None else [], name="fid"))
    if fid_column in names:
        out[fid_column] = out.index.to_numpy()
    return out[list(names)]


def source_to_frame(source, field_names=None, feedback=None, request: QgsFeatureRequest | None = None,
                    layer=None) -> pd.DataFrame:
    """Attributes of a feature source (layer or processing source) as a frame indexed by feature id.

    NULL becomes ``None``/``NaN``; numeric QGIS fields become float or integer columns.
    ``field_names`` limits the columns read (and the I/O). Pass the ``layer`` behind a processing
    source (``parameterAsVectorLayer``) to allow the fast path: a whole GeoPackage layer is read
    column-wise by GDAL, which is many times faster than converting feature by feature.
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
    if layer is None:
        if hasattr(source, "dataProvider") and hasattr(source, "subsetString"):
            layer = source
        else:  # a processing source from WijkmonitorAlgorithm.parameterAsSource
            layer = getattr(source, "wijkmonitor_layer", None)
    fast = _fast_ogr_layer(source, layer, request)
    if fast is not None:
        frame = _arrow_frame(fast, names)
        if frame is not None:
            for name, idx in zip(names, indices):
                if fields.at(idx).isNumeric() and frame[name].dtype == object:
                    frame[name] = pd.to_numeric(frame[name], errors="coerce")
            return frame
    req = QgsFeatureRequest(request) if request is not None else QgsFeatureRequest()
    req.setFlags(req.flags() | QgsFeatureRequest.Flag.NoGeometry)
    req.setSubsetOfAttributes(indices)
    total = source.featureCount() or 0
    few = len(indices) * 4 < fields.count()
    ids = []
    rows = []
    for i, feature in enumerate(source.getFeatures(req)):
        if feedback is not None and i % 1000 == 0:
            if feedback.isCanceled():
                raise QgsProcessingException(translate("Frames", "Cancelled."))
            if total > 0:
                feedback.setProgress(100.0 * i / total)
        if few:  # a few fields of a wide layer: don't convert every attribute to Python
            rows.append([_clean(feature.attribute(j)) for j in indices])
        else:
            attrs = feature.attributes()
            rows.append([_clean(attrs[j]) for j in indices])
        ids.append(feature.id())
    frame = pd.DataFrame.from_records(rows, columns=names, index=pd.Index(ids, name="fid")) if rows else \
        pd.DataFrame({n: pd.Series(dtype="object") for n in names}, index=pd.Index([], name="fid"))
    for name, idx in zip(names, indices):
        if fields.at(idx).isNumeric():
            frame[name] = pd.to_numeric(frame[name], errors="coerce")
    return frame


def _column_values(series: pd.Series) -> list:
    """A column as plain Python values for QGIS, NaN/NA as None (vectorised)."""
    if pd.api.types.is_float_dtype(series.dtype) and not pd.api.types.is_extension_array_dtype(series.dtype):
        values = series.to_numpy(dtype="float64")
        out = values.astype(object)
        out[~np.isfinite(values)] = None
        return out.tolist()
    if pd.api.types.is_integer_dtype(series.dtype):  # numpy or nullable Int64: Python ints, <NA> → None
        return [None if v is None else int(v) for v in series.to_numpy(dtype=object, na_value=None)] \
            if series.hasnans else series.to_numpy(dtype="int64").tolist()
    return [python_value(v) for v in series.to_numpy(dtype=object)]


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


_consume = deque(maxlen=0).extend


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
    columns = [_column_values(extra[c]) for c in extra.columns]
    rows = list(zip(*columns)) if columns else [()] * len(extra.index)  # one tuple of values per frame row
    no_row = (None,) * len(targets)
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
            feature.setFields(out_fields, True)  # keeps id and geometry, attributes all NULL
        # map() drives setAttribute from C: no Python loop per value (1.7 M values in a national join)
        _consume(map(feature.setAttribute, targets, no_row if pos is None else rows[pos]))
        if not sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert):
            raise QgsProcessingException(
                translate("Frames", "Could not write feature {fid} to the output: {error}").format(
                    fid=feature.id(), error=getattr(sink, "lastError", lambda: "")()
                )
            )
        written += 1
    return written
