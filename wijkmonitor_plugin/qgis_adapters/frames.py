"""Feature sources to pandas frames and frames back to features.

The analysis modules in :mod:`wijkmonitor_plugin.core` work on pandas frames; these
functions are the only place where QGIS features and frames meet. Frames are indexed
by feature id, so results can be written back next to the right geometry.

Reading (:func:`source_to_frame`) takes whole OGR layers (GeoPackage, shapefile, FlatGeobuf)
column-wise through GDAL and everything else (memory layers, PostGIS, other algorithms'
outputs, filtered layers) feature by feature; the values are then cleaned for analysis by
:mod:`wijkmonitor_plugin.core.values` (CBS codes and negative counts NULL, reported).

Writing (:func:`write_output`) copies a whole GeoPackage layer into a GeoPackage output
inside SQLite, with the frame's columns joined by feature id in the same statement, so no
feature passes through Python; any other input or destination goes feature by feature
through the Processing sink (:func:`write_source_with_frame`).
"""

from __future__ import annotations

import math
import sqlite3
from collections import deque
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
from qgis.core import (
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsFields,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProviderRegistry,
    QgsVectorLayer,
)

from ..core import values as core_values
from ..i18n import translate
from .compat import NULL_TYPE, make_field
from .outputs import staged_id

#: GDAL 3.6's GeoPackage columnar reader passes each column as an SQL function argument
#: (SQLite allows 127), so wide tables are read in chunks of this many columns.
_ARROW_CHUNK = 100
#: OGR drivers whose feature ids are the ones QGIS uses, so a columnar read lines up with the features.
_COLUMNAR_DRIVERS = {"GPKG": "GPKG", "ESRI SHAPEFILE": "ESRI Shapefile", "FLATGEOBUF": "FlatGeobuf"}
_SKIP_GEOMETRY_CHECKS = QgsProcessingFeatureSource.Flag.FlagSkipGeometryValidityChecks


def _clean(value):
    if isinstance(value, NULL_TYPE):  # NULL
        return None
    return value


def _cancelled() -> QgsProcessingException:
    return QgsProcessingException(translate("Frames", "Cancelled."))


def _layer_of(source, layer=None):
    """The vector layer behind ``source``: itself, the one WijkmonitorAlgorithm.parameterAsSource kept, or None."""
    if layer is not None:
        return layer
    if hasattr(source, "dataProvider") and hasattr(source, "subsetString"):
        return source
    return getattr(source, "wijkmonitor_layer", None)


def _features(source, request: QgsFeatureRequest):
    """Every feature of ``source`` for an attribute algorithm: a processing source skips the geometry
    validity checks (the geometry is copied, never used), as QGIS's own attribute algorithms do."""
    if isinstance(source, QgsProcessingFeatureSource):
        return source.getFeatures(request, _SKIP_GEOMETRY_CHECKS)
    return source.getFeatures(request)


# ------------------------------------------------------------------------------------------------ reading

@dataclass
class OgrLayer:
    """A whole OGR layer behind a QGIS layer, open in GDAL."""

    dataset: object
    layer: object
    path: str
    driver: str


def _fast_ogr_layer(source, layer, request) -> OgrLayer | None:
    """The GDAL layer behind ``layer`` when a columnar read gives exactly what iterating ``source``
    would: a whole, unfiltered GeoPackage, shapefile or FlatGeobuf layer whose QGIS feature ids
    are its OGR feature ids (text in UTF-8, as QGIS decodes it)."""
    if layer is None or request is not None:
        return None
    try:
        from osgeo import ogr
    except ImportError:
        return None
    provider = layer.dataProvider()
    if provider is None or provider.name() != "ogr" or layer.subsetString():
        return None
    driver = _COLUMNAR_DRIVERS.get(str(provider.storageType()).upper())
    if driver is None or source.featureCount() != layer.featureCount():
        return None
    if driver != "GPKG" and provider.encoding().upper().replace("-", "") != "UTF8":
        return None
    parts = layer.source().split("|")
    options = dict(p.split("=", 1) for p in parts[1:] if "=" in p)
    if set(options) - {"layername", "layerid"} or options.get("layerid", "0") != "0" and "layername" not in options:
        return None
    try:
        ds = ogr.Open(parts[0])
        ogr_layer = ds.GetLayerByName(options["layername"]) if "layername" in options else ds.GetLayer(0)
    except Exception:  # noqa: BLE001 (GDAL raises RuntimeError or returns None; either way: no fast path)
        return None
    if ogr_layer is None or not hasattr(ogr_layer, "GetArrowStreamAsNumPy") \
            or ogr_layer.GetFeatureCount() != layer.featureCount():
        return None
    return OgrLayer(ds, ogr_layer, parts[0], driver)


def _arrow_columns(ogr_layer, wanted, all_names, fid_column):
    """{column: numpy array} of ``wanted`` and the fids, read in chunks; None on any problem."""
    columns, index = {}, None
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
    return columns, index


def _arrow_column(values):
    """A GDAL columnar array as a frame column with QGIS's NULLs (None/NaN); None for types left to QGIS."""
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
    return data


def _arrow_frame(fast: OgrLayer, names) -> pd.DataFrame | None:
    """Columns ``names`` read with GDAL's columnar (Arrow) API, indexed by fid; None on any problem."""
    defn = fast.layer.GetLayerDefn()
    all_names = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
    fid_column = fast.layer.GetFIDColumn() or "OGC_FID"
    wanted = [n for n in names if n != fid_column]
    if any(n not in all_names for n in wanted):
        return None
    read = _arrow_columns(fast.layer, wanted, all_names, fid_column)
    if read is None:
        return None
    columns, index = read
    frame = {}
    try:
        for key in wanted:
            column = _arrow_column(columns[key])
            if column is None:
                return None
            frame[key] = column
    except UnicodeDecodeError:  # text in another encoding: QGIS decodes it
        return None
    out = pd.DataFrame(frame, index=pd.Index(index if index is not None else [], name="fid"))
    if fid_column in names:
        out[fid_column] = out.index.to_numpy()
    return out[list(names)]


def _feature_frame(source, names, indices, feedback, request) -> pd.DataFrame:
    """Columns ``names`` (at ``indices``) read feature by feature through QGIS, indexed by feature id."""
    fields = source.fields()
    req = QgsFeatureRequest(request) if request is not None else QgsFeatureRequest()
    req.setFlags(req.flags() | QgsFeatureRequest.Flag.NoGeometry)
    req.setSubsetOfAttributes(indices)
    total = source.featureCount() or 0
    few = len(indices) * 4 < fields.count()
    ids = []
    rows = []
    for i, feature in enumerate(_features(source, req)):
        if feedback is not None and i % 1000 == 0:
            if feedback.isCanceled():
                raise _cancelled()
            if total > 0:
                feedback.setProgress(100.0 * i / total)
        if few:  # a few fields of a wide layer: don't convert every attribute to Python
            rows.append([_clean(feature.attribute(j)) for j in indices])
        else:
            attrs = feature.attributes()
            rows.append([_clean(attrs[j]) for j in indices])
        ids.append(feature.id())
    if rows:
        return pd.DataFrame.from_records(rows, columns=names, index=pd.Index(ids, name="fid"))
    return pd.DataFrame({n: pd.Series(dtype="object") for n in names}, index=pd.Index([], name="fid"))


def _field_indices(fields, names) -> list[int]:
    indices = []
    for name in names:
        idx = fields.lookupField(name)
        if idx < 0:
            raise QgsProcessingException(
                translate("Frames", "The field '{field}' does not exist in the input. Available fields: {fields}.")
                .format(field=name, fields=", ".join(fields.names()))
            )
        indices.append(idx)
    return indices


def _source_name(source) -> str:
    for attribute in ("sourceName", "name"):
        try:
            name = getattr(source, attribute)()
        except (AttributeError, TypeError, RuntimeError):
            continue
        if name:
            return str(name)
    return translate("Frames", "the input")


def report_cleaning(report: core_values.ValueReport, feedback, source_label: str) -> None:
    """Log what reading values changed: a heading and one line per field."""
    if feedback is None or not report:
        return
    feedback.pushInfo(translate("Frames", "Values of {source} read for the analysis (every other value is used as "
                                          "it is):").format(source=source_label))
    for line in report.lines():
        feedback.pushInfo(f"  {line}")


def source_to_frame(source, field_names=None, feedback=None, request: QgsFeatureRequest | None = None,
                    layer=None, numbers=None, clean: bool = True,
                    report: core_values.ValueReport | None = None) -> pd.DataFrame:
    """Attributes of a feature source (layer or processing source) as a frame indexed by feature id.

    NULL becomes ``None``/``NaN``; numeric QGIS fields become float or integer columns.
    ``field_names`` limits the columns read (and the I/O). Pass the ``layer`` behind a processing
    source (``parameterAsVectorLayer``) to allow the fast path: a whole GeoPackage, shapefile or
    FlatGeobuf layer is read column-wise by GDAL, many times faster than feature by feature.

    With ``clean`` (the default) the values are read for analysis
    (:func:`wijkmonitor_plugin.core.values.clean_frame`): CBS codes for missing and secret
    figures (−99995, −99997, −99998, −99999999) become NULL in every numeric field, negative
    counts become NULL, and the text fields named in ``numbers`` are read as numbers (decimal
    comma or point decided per field; every non-number NULL). What was changed goes into
    ``report`` when given (the caller reports it), else into ``feedback``'s log.
    """
    fields = source.fields()
    names = list(field_names) if field_names is not None else fields.names()
    indices = _field_indices(fields, names)
    frame = None
    fast = _fast_ogr_layer(source, _layer_of(source, layer), request)
    if fast is not None:
        frame = _arrow_frame(fast, names)
    if frame is None:
        frame = _feature_frame(source, names, indices, feedback, request)
    for name, idx in zip(names, indices):
        column = frame[name]
        if fields.at(idx).isNumeric() and (pd.api.types.is_object_dtype(column.dtype)
                                           or pd.api.types.is_string_dtype(column.dtype)):
            frame[name] = pd.to_numeric(column, errors="coerce")
    if not clean:
        return frame
    collected = core_values.ValueReport()
    frame = core_values.clean_frame(frame, counts=core_values.count_columns(names), numbers=numbers or (),
                                    report=collected)
    if report is not None:
        report.merge(collected)
    else:
        report_cleaning(collected, feedback, _source_name(source))
    return frame


# ------------------------------------------------------------------------------------------------ frames to fields

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


# ------------------------------------------------------------------------------------------------ writing

_consume = deque(maxlen=0).extend
_BATCH = 500


def _targets(extra: pd.DataFrame, out_fields: QgsFields) -> list[int]:
    extra_names = [str(c) for c in extra.columns]
    targets = [out_fields.lookupField(name) for name in extra_names]
    if min(targets, default=0) < 0:
        missing = [n for n, t in zip(extra_names, targets) if t < 0]
        raise QgsProcessingException(
            translate("Frames", "Internal error: output fields lack {fields}.").format(fields=", ".join(missing))
        )
    return targets


def _add(sink, batch) -> None:
    if batch and not sink.addFeatures(batch, QgsFeatureSink.Flag.FastInsert):
        raise QgsProcessingException(
            translate("Frames", "Could not write feature {fid} to the output: {error}").format(
                fid=batch[0].id(), error=getattr(sink, "lastError", lambda: "")()
            )
        )


def write_source_with_frame(source, sink, extra: pd.DataFrame, out_fields: QgsFields, feedback=None,
                            request: QgsFeatureRequest | None = None, keep_source_attributes: bool = True) -> int:
    """Write the features of ``source`` to ``sink`` with the columns of ``extra`` set.

    ``extra`` is indexed by feature id; features missing from it get NULLs in its columns.
    With ``keep_source_attributes`` (the default) ``out_fields`` must be
    ``combined_fields(source.fields(), ...)``: the source attributes are copied inside QGIS
    (no conversion to Python, which is what keeps this close to native:savefeatures) and only
    the frame's columns are set. With ``keep_source_attributes=False`` only the geometry is
    taken from the source and the frame supplies every attribute of ``out_fields``.
    Geometry validity is not checked (it is copied, never used). Returns the number of features written.
    """
    targets = _targets(extra, out_fields)
    columns = [_column_values(extra[c]) for c in extra.columns]
    rows = list(zip(*columns)) if columns else [()] * len(extra.index)  # one tuple of values per frame row
    no_row = (None,) * len(targets)
    position = {fid: pos for pos, fid in enumerate(extra.index)}
    n_out = out_fields.count()
    total = source.featureCount() or 0
    written = 0
    batch = []
    for feature in _features(source, request or QgsFeatureRequest()):
        if written % _BATCH == 0:
            _add(sink, batch)
            batch = []
            if feedback is not None:
                if feedback.isCanceled():
                    raise _cancelled()
                if total > 0:
                    feedback.setProgress(100.0 * written / total)
        pos = position.get(feature.id())
        if keep_source_attributes:
            feature.resizeAttributes(n_out)  # the sink writes attributes by position
        else:
            feature.setFields(out_fields, True)  # keeps id and geometry, attributes all NULL
        # map() drives setAttribute from C: no Python loop per value (1.7 M values in a national join)
        _consume(map(feature.setAttribute, targets, no_row if pos is None else rows[pos]))
        batch.append(feature)
        written += 1
    _add(sink, batch)
    if feedback is not None and feedback.isCanceled():
        raise _cancelled()
    return written


def write_output(algorithm, parameters, name: str, context, source, extra: pd.DataFrame, out_fields: QgsFields,
                 feedback=None, layer=None) -> tuple[str, int]:
    """Create output ``name`` of ``algorithm`` and write every feature of ``source`` with ``extra``'s columns.

    The destination is whatever the user chose (temporary layer, GeoPackage, shapefile,
    PostGIS, …). A whole GeoPackage input written to a GeoPackage output is copied inside
    SQLite with the frame joined in the same statement (no feature passes through Python);
    every other combination goes feature by feature (:func:`write_source_with_frame`).
    ``out_fields`` must be ``combined_fields(source.fields(), fields_for_frame(extra, …))``.
    The output is written completely or not at all: on an error or a cancel a GeoPackage or
    shapefile output is removed again. Returns (destination id, features written).
    """
    sink, dest_id = algorithm.parameterAsSink(parameters, name, context, out_fields, source.wkbType(),
                                              source.sourceCrs())
    if sink is None:
        raise QgsProcessingException(algorithm.invalidSinkError(parameters, name))
    fast = _fast_ogr_layer(source, _layer_of(source, layer), None)
    written_id = staged_id(algorithm, dest_id)  # the file itself while a run stages its outputs
    target = _geopackage_output(written_id)
    try:
        if fast is None or fast.driver != "GPKG" or target is None:
            try:
                written = write_source_with_frame(source, sink, extra, out_fields, feedback)
            finally:
                del sink  # closes the file, also before a half-written one is removed
            return dest_id, written
        del sink  # closes the (empty) GeoPackage layer, so SQLite can fill it
        written = _copy_geopackage(fast, target, source, extra, out_fields, feedback)
        if written is None:  # the output is not laid out as expected: write it through QGIS after all
            output = QgsVectorLayer(written_id, "output", "ogr")
            try:
                written = write_source_with_frame(source, output.dataProvider(), extra, out_fields, feedback)
            finally:
                del output
        return dest_id, written
    except BaseException:
        _discard_output(written_id)
        raise


# ------------------------------------------------------------------------------------------------ GeoPackage copy

@dataclass
class GeoPackageTable:
    path: str
    table: str | None


def _geopackage_output(dest_id: str) -> GeoPackageTable | None:
    """The GeoPackage file and layer a Processing destination id points to, None for other destinations."""
    if not dest_id or "|" not in dest_id and not dest_id.lower().endswith(".gpkg"):
        return None
    parts = QgsProviderRegistry.instance().decodeUri("ogr", dest_id)
    path = parts.get("path") or ""
    if not str(path).lower().endswith(".gpkg") or not Path(path).is_file():
        return None
    table = parts.get("layerName")
    return GeoPackageTable(str(path), str(table) if isinstance(table, str) and table else None)


def _quote(name: str) -> str:
    return '"' + str(name).replace('"', '""') + '"'


def _ogr_sql(path: str, statement: str, update: bool = False):
    """Run a GDAL SQL function (spatial index) on a GeoPackage; returns the first value of the result."""
    from osgeo import ogr

    ds = ogr.Open(path, 1 if update else 0)
    try:
        result = ds.ExecuteSQL(statement)
        value = None
        if result is not None:
            feature = result.GetNextFeature()
            value = feature.GetField(0) if feature is not None else None
            ds.ReleaseResultSet(result)
        return value
    finally:
        ds = None


@dataclass
class _CopyPlan:
    table: str
    fid: str
    geometry: str | None
    columns: list  # output columns besides fid and geometry, in order
    select: list  # SQL expression per output column
    spatial_index: bool


def _table_of(con, schema: str, wanted: str | None) -> str | None:
    rows = [r[0] for r in con.execute(f"SELECT table_name FROM {schema}.gpkg_contents")]
    if wanted is not None:
        return next((r for r in rows if r.lower() == wanted.lower()), None)
    return rows[0] if len(rows) == 1 else None


def _geometry_column(con, schema: str, table: str):
    row = con.execute(f"SELECT column_name, srs_id, z, m FROM {schema}.gpkg_geometry_columns "
                      "WHERE lower(table_name) = lower(?)", (table,)).fetchone()
    return row if row is not None else (None, None, None, None)


def _copy_plan(con, fast: OgrLayer, target: GeoPackageTable, out_fields: QgsFields, extra_columns) -> _CopyPlan | None:
    """How each output column is filled (source column or frame column), or None when the output
    GeoPackage is not laid out as QGIS's writer lays it out for these fields."""
    table = _table_of(con, "main", target.table)
    source_table = fast.layer.GetName()
    if table is None or con.execute(f"SELECT count(*) FROM main.{_quote(table)}").fetchone()[0] != 0:
        return None
    info = list(con.execute(f"PRAGMA main.table_info({_quote(table)})"))
    fid = next((r[1] for r in info if r[5] == 1), None)
    geometry, srs, z, m = _geometry_column(con, "main", table)
    source_geometry, source_srs, source_z, source_m = _geometry_column(con, _source_schema(con), source_table)
    source_fid = fast.layer.GetFIDColumn()
    if fid is None or not source_fid or (geometry is None) != (source_geometry is None) \
            or (srs, z, m) != (source_srs, source_z, source_m):
        return None
    skip = {fid.lower()} | ({geometry.lower()} if geometry else set())
    columns = [r[1] for r in info if r[1].lower() not in skip]
    expected = [n for n in out_fields.names() if n.lower() != fid.lower()]
    source_columns = {r[1] for r in con.execute(f"PRAGMA {_source_schema(con)}.table_info({_quote(source_table)})")}
    if columns != expected:
        return None
    select = []
    for column in columns:
        if column in extra_columns:
            select.append(f"x.{_quote(column)}")
        elif column in source_columns:
            select.append(f"s.{_quote(column)}")
        else:
            return None
    select = [f"s.{_quote(source_fid)}"] + ([f"s.{_quote(source_geometry)}"] if geometry else []) + select
    columns = [fid] + ([geometry] if geometry else []) + columns
    has_index = bool(geometry) and con.execute(
        "SELECT count(*) FROM main.gpkg_extensions WHERE lower(table_name) = lower(?) AND lower(column_name) = "
        "lower(?) AND extension_name = 'gpkg_rtree_index'", (table, geometry)).fetchone()[0] > 0
    return _CopyPlan(table, source_fid, geometry, columns, select, has_index)


def _drop_spatial_index(con, plan: _CopyPlan) -> None:
    """Remove the output's (empty) R-tree and its triggers inside the copy's transaction; GDAL builds it
    again afterwards in one pass, which is much faster than a trigger per inserted row."""
    name = f"rtree_{plan.table}_{plan.geometry}"
    triggers = [r[0] for r in con.execute("SELECT name FROM main.sqlite_master WHERE type = 'trigger' AND "
                                          "name LIKE ? ESCAPE '\\'", (name.replace("_", "\\_") + "\\_%",))]
    for trigger in triggers:
        con.execute(f"DROP TRIGGER main.{_quote(trigger)}")
    con.execute(f"DROP TABLE IF EXISTS main.{_quote(name)}")
    con.execute("DELETE FROM main.gpkg_extensions WHERE lower(table_name) = lower(?) AND lower(column_name) = "
                "lower(?) AND extension_name = 'gpkg_rtree_index'", (plan.table, plan.geometry))


def _fill_frame_table(con, extra: pd.DataFrame) -> None:
    names = [str(c) for c in extra.columns]
    con.execute("CREATE TEMP TABLE wm_extra (wm_fid INTEGER PRIMARY KEY"
                + "".join(f", {_quote(n)}" for n in names) + ")")
    rows = zip(extra.index.astype("int64").tolist(), *[_column_values(extra[c]) for c in extra.columns])
    con.executemany(f"INSERT INTO temp.wm_extra VALUES ({', '.join('?' * (len(names) + 1))})", rows)


def _update_contents(con, plan: _CopyPlan, source_table: str, written: int) -> None:
    """Feature count and extent of the output, as GDAL keeps them (the extent of the same features)."""
    if con.execute("SELECT count(*) FROM main.sqlite_master WHERE name = 'gpkg_ogr_contents'").fetchone()[0]:
        con.execute("UPDATE main.gpkg_ogr_contents SET feature_count = ? WHERE lower(table_name) = lower(?)",
                    (written, plan.table))
    extent = con.execute(f"SELECT min_x, min_y, max_x, max_y FROM {_source_schema(con)}.gpkg_contents WHERE "
                         "lower(table_name) = lower(?)", (source_table,)).fetchone()
    con.execute("UPDATE main.gpkg_contents SET min_x = ?, min_y = ?, max_x = ?, max_y = ?, "
                "last_change = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE lower(table_name) = lower(?)",
                tuple(extent or (None, None, None, None)) + (plan.table,))


def _connect(target: GeoPackageTable, source_path: str):
    """An SQLite connection to the output GeoPackage with the input GeoPackage attached (read-only) as ``src``,
    unless the input layer is in the output's own file."""
    con = sqlite3.connect(Path(target.path).resolve().as_uri(), uri=True, isolation_level=None)
    if Path(source_path).resolve() != Path(target.path).resolve():
        con.execute("ATTACH DATABASE ? AS src", (Path(source_path).resolve().as_uri() + "?mode=ro",))
    return con


def _source_schema(con) -> str:
    return "src" if any(row[1] == "src" for row in con.execute("PRAGMA database_list")) else "main"


def _copy_geopackage(fast: OgrLayer, target: GeoPackageTable, source, extra: pd.DataFrame, out_fields: QgsFields,
                     feedback=None) -> int | None:
    """Fill the empty output GeoPackage layer from the source GeoPackage layer inside SQLite, the frame's
    columns joined by fid. Returns the number of features, or None (nothing written) when it cannot."""
    con = _connect(target, fast.path)
    try:
        plan = _copy_plan(con, fast, target, out_fields, {str(c) for c in extra.columns})
    finally:
        con.close()
    if plan is None:
        return None
    if feedback is not None:
        feedback.setProgress(10)
    source_table = fast.layer.GetName()
    con = _connect(target, fast.path)
    try:
        con.execute("PRAGMA temp_store = MEMORY")
        con.execute("PRAGMA cache_size = -131072")  # 128 MB: wide rows of a national layer
        con.execute("BEGIN")
        if plan.spatial_index:
            _drop_spatial_index(con, plan)
        _fill_frame_table(con, extra)
        cursor = con.execute(
            f"INSERT INTO main.{_quote(plan.table)} ({', '.join(_quote(c) for c in plan.columns)}) "
            f"SELECT {', '.join(plan.select)} FROM {_source_schema(con)}.{_quote(source_table)} AS s "
            f"LEFT JOIN temp.wm_extra AS x ON x.wm_fid = s.{_quote(plan.fid)}")
        written = cursor.rowcount
        if written != source.featureCount():
            con.execute("ROLLBACK")
            raise QgsProcessingException(translate(
                "Frames", "The output has {n} features where the input has {m}: nothing was written.").format(
                n=written, m=source.featureCount()))
        if feedback is not None and feedback.isCanceled():
            con.execute("ROLLBACK")
            raise _cancelled()
        _update_contents(con, plan, source_table, written)
        con.execute("COMMIT")
    finally:
        con.close()
    if plan.spatial_index:
        _ogr_sql(target.path, f"SELECT CreateSpatialIndex('{plan.table}', '{plan.geometry}')", update=True)
    if feedback is not None:
        feedback.setProgress(100)
    return written


def _discard_output(dest_id: str) -> None:
    """Remove a half-written file output: its layer in a GeoPackage (the file if nothing else is in it),
    or the shapefile. Other destinations are left to Processing, which does not load a failed output."""
    try:
        from osgeo import ogr
    except ImportError:
        return
    target = _geopackage_output(dest_id)
    if target is not None:
        ds = ogr.Open(target.path, 1)
        if ds is None:
            return
        names = [ds.GetLayer(i).GetName() for i in range(ds.GetLayerCount())]
        name = target.table if target.table is not None else (names[0] if len(names) == 1 else None)
        if name in names:
            ds.DeleteLayer(names.index(name))
            names.remove(name)
        ds = None
        if not names:
            Path(target.path).unlink(missing_ok=True)
        return
    path = str(QgsProviderRegistry.instance().decodeUri("ogr", dest_id).get("path") or "")
    if path.lower().endswith(".shp") and Path(path).is_file():
        driver = ogr.GetDriverByName("ESRI Shapefile")
        driver.DeleteDataSource(path)
