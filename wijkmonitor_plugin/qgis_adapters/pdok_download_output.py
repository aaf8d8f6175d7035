"""Writing a Wijk- en Buurtkaart layer with the key fields first and CBS sentinels as NULL, copied in SQLite.

The key fields (:data:`..core.regions.KEY_FIELDS`) are computed in Python from a few columns
(:func:`..core.regions.key_frame`), because code normalisation is Python's job; everything else —
the geometry and the 200-odd attributes of every feature — is copied by one
``INSERT … SELECT`` inside the output GeoPackage, with the source attached read-only and each
numeric column cleaned in the same statement (``CASE WHEN x <= SENTINEL_LIMIT THEN NULL``). No
feature crosses into Python, which is what made the load slow.

The source must be a GeoPackage table of MultiPolygons in EPSG:28992 (a CBS Wijk- en
Buurtkaart is); anything else — a download, another CRS, Polygons — is first turned into one by
GDAL (:func:`prepare`). The output is written beside its destination and moved into place, so
it is complete or absent.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from osgeo import gdal, ogr, osr

from ..core import regions
from ..core.files import atomic_output

NUMERIC_TYPES = (ogr.OFTInteger, ogr.OFTInteger64, ogr.OFTReal)
KEY_TYPES = {"statcode": ogr.OFTString, "statnaam": ogr.OFTString, "gemeentecode": ogr.OFTString,
             "gemeentenaam": ogr.OFTString, "wijkcode": ogr.OFTString, "jaar": ogr.OFTInteger64}
_INSERT_CHUNK = 400  # rows per INSERT … VALUES statement (SQLite allows 500 compound terms)


class OutputError(RuntimeError):
    """GDAL could not read or write the map (the message is GDAL's)."""


@dataclass(frozen=True)
class Field:
    """An attribute column as GDAL describes it (kept as values: GDAL objects die with their dataset)."""

    name: str
    type: int
    subtype: int
    width: int
    precision: int

    @property
    def numeric(self) -> bool:
        return self.type in NUMERIC_TYPES and self.subtype != ogr.OFSTBoolean

    def definition(self):
        defn = ogr.FieldDefn(self.name, self.type)
        defn.SetSubType(self.subtype)
        defn.SetWidth(self.width)
        defn.SetPrecision(self.precision)
        return defn


@dataclass
class MapTable:
    """A GeoPackage table ready for the SQL copy."""

    path: str
    layer: str
    fid: str
    geometry: str
    fields: list  # Field, in table order
    srs_id: int

    def uri(self) -> str:
        return f"{self.path}|layername={self.layer}"


def _quote(name: str) -> str:
    return '"' + str(name).replace('"', '""') + '"'


def _literal(value) -> str:
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        return str(int(value))
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return "NULL" if value != value else repr(value)
    return "'" + str(value).replace("'", "''") + "'"


def _check(what: str):
    if gdal.GetLastErrorType() >= gdal.CE_Failure:
        raise OutputError(f"{what}: {gdal.GetLastErrorMsg()}")


def _sql(ds, statement: str):
    gdal.ErrorReset()
    result = ds.ExecuteSQL(statement)
    if result is not None:
        ds.ReleaseResultSet(result)
    _check(statement[:60])


def open_table(path: str, layer_name: str | None = None) -> MapTable | None:
    """The table when it can be copied as it is (GeoPackage, MultiPolygon, EPSG:28992), else None."""
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        ds = ogr.Open(str(path))
        if ds is None or ds.GetDriver().GetName() != "GPKG":
            return None
        layer = ds.GetLayerByName(layer_name) if layer_name else ds.GetLayer(0)
        if layer is None or ogr.GT_Flatten(layer.GetGeomType()) != ogr.wkbMultiPolygon:
            return None
        srs = layer.GetSpatialRef()
        if srs is None or srs.GetAuthorityName(None) != "EPSG" or srs.GetAuthorityCode(None) != "28992":
            return None
        name = layer.GetName()
        rows = ds.ExecuteSQL(f"SELECT srs_id FROM gpkg_geometry_columns WHERE table_name = {_literal(name)}")
        srs_id = rows.GetNextFeature().GetField(0) if rows is not None else None
        if rows is not None:
            ds.ReleaseResultSet(rows)
        if srs_id != 28992 or not layer.GetFIDColumn():
            return None
        defn = layer.GetLayerDefn()
        fields = [Field(f.GetName(), f.GetType(), f.GetSubType(), f.GetWidth(), f.GetPrecision())
                  for f in (defn.GetFieldDefn(i) for i in range(defn.GetFieldCount()))]
        return MapTable(str(path), name, layer.GetFIDColumn(), layer.GetGeometryColumn(), fields, srs_id)
    finally:
        gdal.PopErrorHandler()


def prepare(source: str, target: Path, layer_name: str = "map", source_layer: str | None = None) -> MapTable:
    """Any vector ``source`` (GeoJSON download, GeoPackage in another CRS, …) as a GeoPackage table of
    MultiPolygons in EPSG:28992 at ``target``, converted by GDAL."""
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        gdal.ErrorReset()
        done = gdal.VectorTranslate(str(target), str(source), format="GPKG", dstSRS="EPSG:28992",
                                    geometryType="MULTIPOLYGON", layerName=layer_name,
                                    layers=[source_layer] if source_layer else None,
                                    layerCreationOptions=["FID=fid", "GEOMETRY_NAME=geom", "SPATIAL_INDEX=NO"])
        if done is None:
            raise OutputError(f"converting {source}: {gdal.GetLastErrorMsg()}")
        done = None
    finally:
        gdal.PopErrorHandler()
    table = open_table(str(target), layer_name)
    if table is None:
        raise OutputError(f"converting {source}: the result is not a MultiPolygon table in EPSG:28992")
    return table


def _value_columns(table: MapTable) -> list:
    """The source fields copied after the key fields (those named like a key field are replaced)."""
    keys = {k.lower() for k in regions.KEY_FIELDS}
    return [f for f in table.fields if f.name.lower() not in keys and f.name != table.fid]


def _select_expression(field: Field, sentinel_limit: float) -> str:
    column = "s." + _quote(field.name)
    if field.numeric:
        return f"CASE WHEN {column} <= {sentinel_limit!r} THEN NULL ELSE {column} END"
    return column


def write_map(table: MapTable, keys, destination: str, layer_name: str | None = None,
              sentinel_limit: float = regions.SENTINEL_LIMIT) -> int:
    """Write the features of ``table`` whose fid is in ``keys`` (a frame indexed by fid with the
    :data:`KEY_FIELDS` columns) to the GeoPackage ``destination``: key fields first, then every
    source attribute, numeric values at or below ``sentinel_limit`` as NULL. Returns the count."""
    destination = Path(destination)
    layer_name = layer_name or destination.stem
    values = _value_columns(table)
    with atomic_output(destination) as tmp:
        os.unlink(tmp)  # GDAL creates the GeoPackage itself
        gdal.PushErrorHandler("CPLQuietErrorHandler")
        try:
            count = _copy(table, keys, str(tmp), layer_name, values, sentinel_limit)
        finally:
            gdal.PopErrorHandler()
    return count


def _copy(table: MapTable, keys, path: str, layer_name: str, values: list, sentinel_limit: float) -> int:
    gdal.ErrorReset()
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    _check("creating the GeoPackage")
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(28992)
    layer = ds.CreateLayer(layer_name, srs, ogr.wkbMultiPolygon, ["FID=fid", "GEOMETRY_NAME=geom"])
    _check("creating the layer")
    for name in regions.KEY_FIELDS:
        layer.CreateField(ogr.FieldDefn(name, KEY_TYPES[name]))
    for field in values:
        layer.CreateField(field.definition())
    _check("creating the fields")
    layer = None
    _sql(ds, "CREATE TEMP TABLE wm_keys (fid INTEGER PRIMARY KEY, "
             + ", ".join(f"{_quote(k)} {'INTEGER' if KEY_TYPES[k] == ogr.OFTInteger64 else 'TEXT'}"
                         for k in regions.KEY_FIELDS) + ")")
    rows = list(zip(keys.index.tolist(), *[keys[k].tolist() for k in regions.KEY_FIELDS]))
    for start in range(0, len(rows), _INSERT_CHUNK):
        chunk = rows[start:start + _INSERT_CHUNK]
        _sql(ds, "INSERT INTO wm_keys VALUES " + ", ".join(
            "(" + ", ".join(_literal(_plain(v)) for v in row) + ")" for row in chunk))
    _sql(ds, f"ATTACH DATABASE {_literal(Path(table.path).resolve().as_uri() + '?mode=ro')} AS wm_src")
    target = _quote(layer_name)
    columns = ["fid", "geom", *regions.KEY_FIELDS, *[f.name for f in values]]
    select = [f"s.{_quote(table.fid)}", f"s.{_quote(table.geometry)}", *[f"k.{_quote(k)}" for k in regions.KEY_FIELDS],
              *[_select_expression(f, sentinel_limit) for f in values]]
    ds.StartTransaction()
    _sql(ds, f"INSERT INTO {target} ({', '.join(_quote(c) for c in columns)}) SELECT {', '.join(select)} "
             f"FROM wm_src.{_quote(table.layer)} AS s JOIN wm_keys AS k ON k.fid = s.{_quote(table.fid)} "
             f"ORDER BY s.{_quote(table.fid)}")
    ds.CommitTransaction()
    _check("copying the features")
    _sql(ds, "DETACH DATABASE wm_src")
    rtree = _quote(f"rtree_{layer_name}_geom")
    _sql(ds, f"UPDATE gpkg_contents SET min_x = (SELECT MIN(minx) FROM {rtree}), min_y = (SELECT MIN(miny) FROM "
             f"{rtree}), max_x = (SELECT MAX(maxx) FROM {rtree}), max_y = (SELECT MAX(maxy) FROM {rtree}) "
             f"WHERE table_name = {_literal(layer_name)}")
    counted = ds.ExecuteSQL(f"SELECT COUNT(*) FROM {target}")
    count = int(counted.GetNextFeature().GetField(0))
    ds.ReleaseResultSet(counted)
    ds = None
    return count


def without_fid(gpkg: str, target: str) -> str:
    """A FlatGeobuf copy of a written map, for sinks that are no GeoPackage file (a memory layer, …):
    QGIS shows a GeoPackage's ``fid`` as a field, which such a sink must not get."""
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        gdal.ErrorReset()
        done = gdal.VectorTranslate(str(target), str(gpkg), format="FlatGeobuf")
        if done is None:
            raise OutputError(f"converting {gpkg}: {gdal.GetLastErrorMsg()}")
        done = None
    finally:
        gdal.PopErrorHandler()
    return str(target)


def _plain(value):
    """numpy/pandas scalars as Python values for SQL literals (NaN and NA as None)."""
    if value is None:
        return None
    if hasattr(value, "item"):
        value = value.item()
    try:
        if value != value:  # NaN, pd.NA raises TypeError
            return None
    except TypeError:
        return None
    return value
