"""wijkmonitor:rasterindicators — area-weighted raster statistics per neighbourhood (air quality, noise, heat)."""

from __future__ import annotations

import pandas as pd
from qgis.core import (
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
)

from ..core.catalogue import CatalogueError, load_catalogue
from ..qgis_adapters.compat import make_field
from ..qgis_adapters.frames import combined_fields, write_source_with_frame
from ..qgis_adapters.geometry import GeometryReport
from ..qgis_adapters.raster import polygon_stats
from ..qgis_adapters.style_outputs import aliases_of, first_indicator_style
from .base import GROUP_INDICATORS, WijkmonitorAlgorithm
from .compute_indicators import ui_language

#: measure -> catalogue indicators it fills (mean first, then shares above a threshold)
MEASURES = (
    ("no2", ("no2_ugm3", "no2_boven_who_pct")),
    ("pm25", ("pm25_ugm3",)),
    ("lden", ("geluid_lden_db", "geluid_boven_55db_pct")),
    ("heat", ("hitte_eiland_c",)),
    ("other", ()),
)


class RasterIndicatorsAlgorithm(WijkmonitorAlgorithm):
    NAME = "rasterindicators"
    GROUP = GROUP_INDICATORS
    INPUT = "INPUT"
    RASTER = "RASTER"
    BAND = "BAND"
    MEASURE = "MEASURE"
    THRESHOLD = "THRESHOLD"
    PREFIX = "PREFIX"
    SUBSAMPLE = "SUBSAMPLE"
    OUTPUT = "OUTPUT"
    REPAIRED = "REPAIRED"
    LEFT_OUT = "LEFT_OUT"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("Raster statistics per neighbourhood")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return self.tr(
            "Area-weighted statistics of a raster per neighbourhood: the mean, and the share of the area above a "
            "threshold. Meant for the RIVM Atlas Leefomgeving maps of air quality (NO2, PM2.5), noise (Lden) and "
            "heat, which feed the air-quality and nuisance themes of the catalogue: choose the measure and the "
            "output fields get the catalogue's names (no2_ugm3, no2_boven_who_pct, geluid_lden_db, ...), "
            "labels and units. Each cell counts with the part of it inside the neighbourhood, so small "
            "neighbourhoods on a coarse raster get a fair value.\n\n"
            "Output: the input with the statistics added. Cells without data are left out; a neighbourhood "
            "without any raster data gets NULL. The raster must be north-up (GeoTIFF or another GDAL format)."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Neighbourhoods"), [QgsProcessing.SourceType.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterRasterLayer(self.RASTER, self.tr("Raster")))
        self.addParameter(QgsProcessingParameterNumber(self.BAND, self.tr("Band"),
                                                       QgsProcessingParameterNumber.Type.Integer, 1, minValue=1))
        self.addParameter(QgsProcessingParameterEnum(
            self.MEASURE, self.tr("What the raster shows"),
            [self.tr("NO₂ concentration (µg/m³)"), self.tr("PM2.5 concentration (µg/m³)"),
             self.tr("Noise, Lden (dB)"), self.tr("Urban heat island effect (°C)"), self.tr("Something else")],
            defaultValue=0))
        threshold = QgsProcessingParameterNumber(
            self.THRESHOLD, self.tr("Threshold for the share above (empty: the catalogue's)"),
            QgsProcessingParameterNumber.Type.Double, optional=True)
        threshold.setHelp(self.tr("NO₂: 10 µg/m³ (WHO 2021), Lden: 55 dB, unless you give another value."))
        self.addParameter(threshold)
        self.addParameter(QgsProcessingParameterString(
            self.PREFIX, self.tr("Field name prefix for 'something else'"), defaultValue="raster", optional=True))
        sub = QgsProcessingParameterNumber(self.SUBSAMPLE, self.tr("Sample points per cell side"),
                                           QgsProcessingParameterNumber.Type.Integer, 4, minValue=1, maxValue=16)
        sub.setHelp(self.tr("Each cell is sampled n × n times to find the part inside a neighbourhood."))
        self.addParameter(sub)
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Neighbourhoods with raster statistics"), QgsProcessing.SourceType.TypeVectorPolygon))
        self.addOutput(QgsProcessingOutputNumber(self.REPAIRED, self.tr("Invalid polygons repaired")))
        self.addOutput(QgsProcessingOutputNumber(self.LEFT_OUT, self.tr("Features without a usable polygon")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        layer = self.parameterAsRasterLayer(parameters, self.RASTER, context)
        if layer is None:
            raise QgsProcessingException(self.invalidRasterError(parameters, self.RASTER))
        band = self.parameterAsInt(parameters, self.BAND, context)
        measure, ids = MEASURES[self.parameterAsEnum(parameters, self.MEASURE, context)]
        given = parameters.get(self.THRESHOLD)
        threshold = self.parameterAsDouble(parameters, self.THRESHOLD, context) if given not in (None, "") else None
        lang = ui_language()
        outputs = []  # (field, alias, unit, decimals, statistic, threshold)
        if ids:
            try:
                catalogue = load_catalogue()
            except CatalogueError as exc:
                raise QgsProcessingException(str(exc)) from None
            for iid in ids:
                ind = catalogue.indicator(iid)
                stat = ind.definition["statistic"]
                thr = None
                if stat == "share_above":
                    thr = threshold if threshold is not None else float(ind.definition["threshold"])
                outputs.append((ind.id, ind.label_for(lang), ind.unit, ind.decimals, stat, thr))
        else:
            prefix = (self.parameterAsString(parameters, self.PREFIX, context) or "raster").strip()
            outputs.append((f"{prefix}_mean", self.tr("Mean"), "", 2, "mean", None))
            if threshold is not None:
                outputs.append((f"{prefix}_above_pct", self.tr("Share of the area above {t:g} (%)").format(
                    t=threshold), "%", 1, "share_above", threshold))
        thresholds = sorted({o[5] for o in outputs if o[5] is not None})
        sub = self.parameterAsInt(parameters, self.SUBSAMPLE, context)
        geometry = GeometryReport()
        stats = polygon_stats(source, layer, band, thresholds, context, feedback, sub, report=geometry)
        geometry.log(feedback, self.tr("the neighbourhoods"))

        columns = {}
        for name, _alias, _unit, _dec, stat, thr in outputs:
            columns[name] = {fid: (s[0] if stat == "mean" else s[1].get(thr)) for fid, s in stats.items()}
        frame = pd.DataFrame(columns, dtype="float64")
        extra = QgsFields()
        for name, alias, unit, decimals, _stat, _thr in outputs:
            extra.append(make_field(name, "double", alias=alias, precision=decimals, comment=unit))
        out_fields = combined_fields(source.fields(), extra)
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, out_fields, source.wkbType(),
                                             source.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        write_source_with_frame(source, sink, frame, out_fields, feedback)
        self.style_output(dest_id, first_indicator_style([o[0] for o in outputs], aliases_of(extra)))
        without = sum(1 for s in stats.values() if s[2] == 0) + (source.featureCount() - len(stats))
        partly = sum(1 for s in stats.values() if 0 < s[2] < 0.99)
        feedback.pushInfo(self.tr("Raster statistics for {n} neighbourhoods; {m} without raster data (NULL), "
                                  "{k} only partly covered.").format(n=len(stats) - without, m=without, k=partly))
        return {self.OUTPUT: dest_id, self.REPAIRED: len(geometry.repaired), self.LEFT_OUT: len(geometry.dropped)}
