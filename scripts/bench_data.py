"""National-size TIMING data for `make bench` — not real figures.

Tiles the real Amsterdam sample (519 buurten) 28 times side by side (14,532 buurten, about the
~14,500 buurten of the Netherlands), gives each copy its own made-up gemeente code (GM9001…)
and perturbs every number with seeded noise, so sizes, types, NULL patterns and geometry
complexity are those of the real Wijk- en Buurtkaart while no value is presented as real.
Also writes a KWB-sized table (18,000 rows × 120 columns, like CBS Kerncijfers wijken en
buurten) keyed by region code, as a geometry-less GeoPackage table, and on demand the same
layer as a shapefile and as a table in a throw-away local PostGIS (:class:`LocalPostgis`),
so a step can time every kind of input.
"""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np

COPIES = 28
GRID_COLUMNS = 7
TABLE_ROWS = 18_000
TABLE_VALUE_COLUMNS = 119
SEED = 20231127


def build(target: Path, log=print) -> Path:
    """Write the timing GeoPackage (layers `buurten`, `kwb_table`) unless it exists; return its path."""
    if target.is_file():
        return target
    from qgis.core import (
        QgsCoordinateTransformContext,
        QgsFeature,
        QgsFields,
        QgsVectorFileWriter,
        QgsVectorLayer,
        QgsWkbTypes,
    )

    from wijkmonitor_plugin.paths import sample_path
    from wijkmonitor_plugin.qgis_adapters.compat import make_field

    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(".part.gpkg")
    if tmp.exists():
        tmp.unlink()
    sample = QgsVectorLayer(f"{sample_path()}|layername=buurten", "sample", "ogr")
    rng = np.random.default_rng(SEED)
    extent = sample.extent()
    dx, dy = extent.width() * 1.05, extent.height() * 1.05
    fields = QgsFields()
    for f in sample.fields():
        if f.name() != "fid":
            fields.append(f)
    names = fields.names()
    numeric = [i for i, f in enumerate(fields) if f.isNumeric()]
    integer = {i for i in numeric if fields.at(i).type() in (2, 4)}  # Int, LongLong
    code_idx = {names.index(n) for n in ("buurtcode", "wijkcode", "gemeentecode")}
    name_idx = names.index("gemeentenaam")

    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = "buurten"
    options.layerOptions = ["DESCRIPTION=Wijkmonitor benchmark TIMING DATA, not real figures"]
    writer = QgsVectorFileWriter.create(str(tmp), fields, QgsWkbTypes.Type.MultiPolygon, sample.crs(),
                                        QgsCoordinateTransformContext(), options)
    base = [(f.geometry(), f.attributes()[1:]) for f in sample.getFeatures()]
    codes = []
    for k in range(COPIES):
        gm = f"{9001 + k:04d}"
        ox, oy = (k % GRID_COLUMNS) * dx, -(k // GRID_COLUMNS) * dy
        for geom, attrs in base:
            g = type(geom)(geom)
            g.translate(ox, oy)
            values = list(attrs)
            for i in code_idx:
                values[i] = values[i][:2] + gm + values[i][6:]
            values[name_idx] = f"Timing {gm}"
            noise = rng.lognormal(0.0, 0.15, len(numeric))
            for j, i in enumerate(numeric):
                v = values[i]
                if v is None or not isinstance(v, (int, float)):
                    continue
                v = v * noise[j]
                values[i] = int(round(v)) if i in integer else float(v)
            feat = QgsFeature(fields)
            feat.setGeometry(g)
            feat.setAttributes(values)
            writer.addFeature(feat)
            codes.append(values[names.index("buurtcode")])
    del writer
    log(f"   timing layer: {len(codes)} buurten")

    # KWB-sized table: every buurt, wijk and gemeente code plus unmatched codes up to 18,000 rows
    wijken = sorted({"WK" + c[2:8] for c in codes})
    gemeenten = sorted({"GM" + c[2:6] for c in codes})
    table_codes = codes + wijken + gemeenten
    extra = TABLE_ROWS - len(table_codes)
    table_codes += [f"BU99{i:06d}" for i in range(max(0, extra))]
    value_names = [names[i] for i in numeric][:TABLE_VALUE_COLUMNS]
    tfields = QgsFields()
    tfields.append(make_field("WijkenEnBuurten", "string", length=10))
    for n in value_names:
        tfields.append(make_field(f"{n[0].upper()}{n[1:]}_{value_names.index(n) + 5}", "double"))
    topt = QgsVectorFileWriter.SaveVectorOptions()
    topt.driverName = "GPKG"
    topt.layerName = "kwb_table"
    topt.actionOnExistingFile = QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer
    topt.layerOptions = ["DESCRIPTION=Wijkmonitor benchmark TIMING DATA, not real figures"]
    twriter = QgsVectorFileWriter.create(str(tmp), tfields, QgsWkbTypes.Type.NoGeometry, sample.crs(),
                                         QgsCoordinateTransformContext(), topt)
    values = rng.lognormal(3.0, 1.0, (len(table_codes), len(value_names)))
    values[rng.random(values.shape) < 0.05] = np.nan
    for code, row in zip(table_codes, values):
        feat = QgsFeature(tfields)
        feat.setAttributes([code] + [None if np.isnan(v) else float(v) for v in row])
        twriter.addFeature(feat)
    del twriter
    log(f"   timing table: {len(table_codes)} rows × {len(value_names) + 1} columns")
    os.replace(tmp, target)
    return target


# ------------------------------------------------------------------------------------------------ input kinds

PG_VERSIONS = ("17", "16", "15")


def shapefile_copy(data: Path, log=print) -> tuple[Path, dict]:
    """The timing layer as a shapefile (once), and original field name -> the shapefile's truncated name."""
    from qgis.core import QgsCoordinateTransformContext, QgsVectorFileWriter, QgsVectorLayer

    target = data.parent / "national_timing_shp" / "buurten.shp"
    layer = QgsVectorLayer(f"{data}|layername=buurten", "buurten", "ogr")
    if not target.is_file():
        target.parent.mkdir(parents=True, exist_ok=True)
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "ESRI Shapefile"
        options.fileEncoding = "UTF-8"
        error = QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(target), QgsCoordinateTransformContext(), options)
        if error[0] != QgsVectorFileWriter.WriterError.NoError:
            raise RuntimeError(f"cannot write {target}: {error}")
        log(f"   timing shapefile: {target}")
    shp = QgsVectorLayer(str(target), "shp", "ogr")
    names = dict(zip(layer.fields().names(), shp.fields().names()))  # QGIS writes the fields in order
    return target, names


def renamed_definition(definition: Path, names: dict, target: Path) -> Path:
    """The index definition with every field name in it replaced by its shapefile name."""
    import json

    def swap(value):
        if isinstance(value, str):
            return names.get(value, value)
        if isinstance(value, list):
            return [swap(v) for v in value]
        if isinstance(value, dict):
            return {k: swap(v) for k, v in value.items()}
        return value

    target.write_text(json.dumps(swap(json.loads(definition.read_text(encoding="utf-8")))), encoding="utf-8")
    return target


class LocalPostgis:
    """A throw-away PostgreSQL + PostGIS on 127.0.0.1 with its own data directory under build/bench/,
    started from Debian's packages (as user postgres when run as root) and stopped again."""

    def __init__(self, root: Path, port: int = 55433):
        self.root = root
        self.port = port
        self.bin = next((Path(f"/usr/lib/postgresql/{v}/bin") for v in PG_VERSIONS
                         if Path(f"/usr/lib/postgresql/{v}/bin/pg_ctl").is_file()), None)
        self.data = root / "data"
        self.started = False

    def available(self) -> str | None:
        """None when a server can be started here, else why not."""
        import pwd
        import shutil

        if self.bin is None:
            return "PostgreSQL is not installed (Debian: postgresql and postgis)"
        if not list(Path("/usr/share/postgresql").glob("*/extension/postgis.control")):
            return "PostGIS is not installed (Debian: postgresql-<version>-postgis-3)"
        if os.geteuid() == 0:
            try:
                pwd.getpwnam("postgres")
            except KeyError:
                return "running as root without a 'postgres' user"
            if shutil.which("runuser") is None:
                return "running as root without runuser"
        return None

    def _run(self, *args, check=True):
        import subprocess

        command = [str(a) for a in args]
        if os.geteuid() == 0:
            command = ["runuser", "-u", "postgres", "--"] + command
        return subprocess.run(command, check=check, capture_output=True, text=True)

    def start(self) -> str:
        """Start the server (initialising it once); returns the connection string of database 'bench'."""
        import shutil

        self.root.mkdir(parents=True, exist_ok=True)
        if os.geteuid() == 0:
            shutil.chown(self.root, "postgres", "postgres")
        if not (self.data / "PG_VERSION").is_file():
            self._run(self.bin / "initdb", "-D", self.data, "-A", "trust", "-U", "postgres", "--no-sync")
        self._run(self.bin / "pg_ctl", "-D", self.data, "-l", self.root / "server.log", "-w", "-o",
                  f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off", "start")
        self.started = True
        psql = [self.bin / "psql", "-h", "127.0.0.1", "-p", self.port, "-U", "postgres", "-v", "ON_ERROR_STOP=1"]
        exists = self._run(*psql, "-tAc", "SELECT 1 FROM pg_database WHERE datname = 'bench'").stdout.strip()
        if exists != "1":
            self._run(*psql, "-c", "CREATE DATABASE bench")
        self._run(*psql, "-d", "bench", "-c", "CREATE EXTENSION IF NOT EXISTS postgis")
        return f"host=127.0.0.1 port={self.port} dbname=bench user=postgres"

    def stop(self) -> None:
        if self.started:
            self._run(self.bin / "pg_ctl", "-D", self.data, "-m", "fast", "-w", "stop", check=False)
            self.started = False


def postgis_copy(data: Path, connection: str, log=print) -> str:
    """The timing layer as table public.buurten in the PostGIS of ``connection`` (loaded by GDAL once);
    returns the QGIS data source of the layer."""
    from osgeo import gdal, ogr

    pg = ogr.Open(f"PG:{connection}")
    table = pg.GetLayerByName("buurten") if pg is not None else None
    defn = table.GetLayerDefn() if table is not None else None
    names = {defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())} if defn is not None else set()
    present = "aantalInwoners" in names  # OGR compares field names ignoring case: compare them here
    defn = table = pg = None
    if not present:  # field names as in the GeoPackage (no laundering to lower case)
        gdal.VectorTranslate(f"PG:{connection}", str(data), layers=["buurten"], layerName="buurten",
                             accessMode="overwrite",
                             layerCreationOptions=["FID=fid", "GEOMETRY_NAME=geom", "LAUNDER=NO"])
        log("   timing PostGIS table: public.buurten")
    return (f"{connection} key='fid' srid=28992 type=MultiPolygon checkPrimaryKeyUnicity='0' "
            'table="public"."buurten" (geom)')
