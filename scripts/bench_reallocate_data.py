"""TIMING data for the reallocation step of `make bench` — not real figures.

The real buurt boundaries of Amsterdam in 2019 (479 buurten, old codes, from tests/data/nl/buurten_2019),
tiled 28 times exactly like the 2023 timing layer (bench_data.py), so that the two layers differ as two
years of the Wijk- en Buurtkaart do: renumbered, split, merged and redrawn buurten, and a generalised map
against a detailed one. Each buurt gets 20 made-up numbers named like CBS figures (10 counts, 10
percentages and means), seeded; no value is presented as real.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
BUURTEN_2019 = ROOT / "tests" / "data" / "nl" / "buurten_2019" / "buurten_2019_gegeneraliseerd.gpkg"
SEED = 20191231
COUNTS = ("aantalInwoners", "aantalHuishoudens", "woningvoorraad", "mannen", "vrouwen", "aantalInkomensontvangers",
          "aantalBedrijfsvestigingen", "personenautosTotaal", "aantalWmoClienten",
          "aantalPersonenMetEenAlgBijstandsuitkeringTot")
MEANS = ("percentageHuishoudensMetLaagInkomen", "percentageKoopwoningen", "gemiddeldeWoningwaarde",
         "gemiddeldInkomenPerInwoner", "percentagePersonen0Tot15Jaar", "percentagePersonen65JaarEnOuder",
         "percentageEenpersoonshuishoudens", "huisartsenpraktijkGemiddeldeAfstandInKm", "nettoArbeidsparticipatie",
         "percentageOnbewoond")


def build(target: Path, log=print) -> Path:
    """Write the 2019 timing layer `buurten_2019` (EPSG:28992, 20 fields) unless it exists; return its path."""
    if target.is_file():
        return target
    from bench_data import COPIES, GRID_COLUMNS
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsCoordinateTransform,
        QgsCoordinateTransformContext,
        QgsFeature,
        QgsFeatureRequest,
        QgsFields,
        QgsGeometry,
        QgsVectorFileWriter,
        QgsVectorLayer,
        QgsWkbTypes,
    )

    from wijkmonitor_plugin.paths import sample_path
    from wijkmonitor_plugin.qgis_adapters.compat import make_field

    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "buurten_2019.gpkg"  # GDAL may touch a GeoPackage it opens: read a copy
        shutil.copy(BUURTEN_2019, copy)
        source = QgsVectorLayer(f"{copy}|layername=buurten_2019", "2019", "ogr")
        rd = QgsCoordinateReferenceSystem("EPSG:28992")
        transform = QgsCoordinateTransform(source.crs(), rd, QgsCoordinateTransformContext())
        base = []
        for feature in source.getFeatures(QgsFeatureRequest().setFilterExpression("statcode LIKE 'BU0363%'")):
            geom = QgsGeometry(feature.geometry())
            geom.transform(transform)
            base.append((feature["statcode"], geom))
        del source
    extent = QgsVectorLayer(f"{sample_path()}|layername=buurten", "sample", "ogr").extent()
    dx, dy = extent.width() * 1.05, extent.height() * 1.05  # the offsets of bench_data.py
    fields = QgsFields()
    fields.append(make_field("statcode", "string"))
    for name in COUNTS + MEANS:
        fields.append(make_field(name, "double"))
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = "buurten_2019"
    options.layerOptions = ["DESCRIPTION=Wijkmonitor benchmark TIMING DATA, not real figures"]
    part = target.with_suffix(".part.gpkg")
    if part.exists():
        part.unlink()
    writer = QgsVectorFileWriter.create(str(part), fields, QgsWkbTypes.Type.MultiPolygon, rd,
                                        QgsCoordinateTransformContext(), options)
    rng = np.random.default_rng(SEED)
    for k in range(COPIES):
        gm = f"{9001 + k:04d}"
        ox, oy = (k % GRID_COLUMNS) * dx, -(k // GRID_COLUMNS) * dy
        counts = np.round(rng.lognormal(6.0, 1.0, (len(base), len(COUNTS))))
        means = rng.uniform(1.0, 90.0, (len(base), len(MEANS)))
        for (code, geom), c, m in zip(base, counts, means):
            moved = QgsGeometry(geom)
            moved.translate(ox, oy)
            feature = QgsFeature(fields)
            feature.setGeometry(moved)
            feature.setAttributes([code[:2] + gm + code[6:]] + [float(v) for v in c] + [float(v) for v in m])
            writer.addFeature(feature)
    del writer
    os.replace(part, target)
    log(f"   timing layer 2019: {COPIES * len(base)} buurten × {len(COUNTS) + len(MEANS)} fields")
    return target
