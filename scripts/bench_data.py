"""National-size TIMING data for `make bench` — not real figures.

Tiles the real Amsterdam sample (519 buurten) 28 times side by side (14,532 buurten, about the
~14,500 buurten of the Netherlands), gives each copy its own made-up gemeente code (GM9001…)
and perturbs every number with seeded noise, so sizes, types, NULL patterns and geometry
complexity are those of the real Wijk- en Buurtkaart while no value is presented as real.
Also writes a KWB-sized table (18,000 rows × 120 columns, like CBS Kerncijfers wijken en
buurten) keyed by region code, as a geometry-less GeoPackage table.
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
