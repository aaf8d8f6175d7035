"""wijkmonitor:leefbaarometer — join the Leefbaarometer 3.0 buurt scores (open data CSV or zip) by code and year."""

from __future__ import annotations

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
)

from ..core import leefbaarometer as lbm
from ..core.catalogue import load_catalogue
from ..core.errors import WijkmonitorError
from ..qgis_adapters.frames import combined_fields, fields_for_frame, source_to_frame, write_source_with_frame
from ..qgis_adapters.style import map_language
from ..qgis_adapters.style_outputs import first_indicator_style
from .base import GROUP_DATA, WijkmonitorAlgorithm

CODE_FIELDS = ("statcode", "buurtcode", "code")


class LeefbaarometerAlgorithm(WijkmonitorAlgorithm):
    NAME = "leefbaarometer"
    GROUP = GROUP_DATA
    INPUT = "INPUT"
    FILE = "FILE"
    YEAR = "YEAR"
    CODE_FIELD = "CODE_FIELD"
    OUTPUT = "OUTPUT"
    MATCHED = "MATCHED"
    UNMATCHED = "UNMATCHED"
    YEAR_USED = "YEAR_USED"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("Join the Leefbaarometer")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return self.tr(
            "Adds the Leefbaarometer 3.0 scores (Ministry BZK, open data, CC0) to buurten: the buurt CSV of the "
            "open data as published (columns bu_code, jaar, lbm, afw, fys, onv, soc, vrz, won), or the zip with "
            "the CSV files, matched by buurt code for one measurement year (0 = the newest year in the file).\n\n"
            "Output fields, added to the input fields: lbm_score (overall score), lbm_afwijking (deviation from the "
            "national mean), the five dimensions lbm_fysiek (physical environment), lbm_overlast_onveiligheid "
            "(nuisance and insecurity), lbm_sociale_samenhang (social cohesion), lbm_voorzieningen (facilities), "
            "lbm_woningen (housing), and lbm_jaar (the measurement year). Buurten without a row for that year get "
            "NULL and are counted in the log.\n\n"
            "The Leefbaarometer is a judgement model: it estimates how residents would rate their area from about "
            "a hundred characteristics of the surroundings. Buurt codes change when a municipality is redivided: "
            "use the measurement year whose buurt division matches the layer."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Buurten"), [QgsProcessing.SourceType.TypeVector]))
        file = QgsProcessingParameterFile(self.FILE, self.tr("Leefbaarometer buurt file (CSV or zip)"),
                                          QgsProcessingParameterFile.Behavior.File,
                                          fileFilter=self.tr("Leefbaarometer open data (*.csv *.zip)"))
        self.addParameter(file)
        year = QgsProcessingParameterNumber(self.YEAR, self.tr("Measurement year (0 = newest in the file)"),
                                            QgsProcessingParameterNumber.Type.Integer, 0, minValue=0, maxValue=2100)
        self.addParameter(year)
        self.addParameter(QgsProcessingParameterField(
            self.CODE_FIELD, self.tr("Buurt code field (empty = statcode or buurtcode)"),
            parentLayerParameterName=self.INPUT, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Buurten with Leefbaarometer"), QgsProcessing.SourceType.TypeVectorAnyGeometry))
        self.addOutput(QgsProcessingOutputNumber(self.MATCHED, self.tr("Buurten with scores")))
        self.addOutput(QgsProcessingOutputNumber(self.UNMATCHED, self.tr("Buurten without scores")))
        self.addOutput(QgsProcessingOutputNumber(self.YEAR_USED, self.tr("Measurement year used")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        names = source.fields().names()
        code = self.parameterAsFieldName(parameters, self.CODE_FIELD, context) or \
            next((f for f in CODE_FIELDS if f in names), None)
        if code is None:
            raise QgsProcessingException(self.tr("The layer has no buurt code field (statcode or buurtcode): choose "
                                                 "the field with the CBS buurt codes (BU...)."))
        year = self.parameterAsInt(parameters, self.YEAR, context) or None
        try:
            table = lbm.read_leefbaarometer(self.parameterAsFile(parameters, self.FILE, context))
            frame = source_to_frame(source, field_names=[code], feedback=feedback)
            joined = lbm.join_to_areas(frame[code], table, year)
        except WijkmonitorError as exc:
            raise QgsProcessingException(str(exc)) from exc
        feedback.pushInfo(self.tr("Leefbaarometer: {rows} rows, years {years}; using {year}.").format(
            rows=len(table.frame), years=", ".join(str(y) for y in table.years), year=joined.year))
        if table.bad_codes:
            feedback.pushWarning(self.tr("{n} row(s) without a buurt code were left out: {codes}").format(
                n=len(table.bad_codes), codes=", ".join(table.bad_codes[:10])))
        missing = [c for c in lbm.COLUMNS if c not in table.columns]
        if missing:
            feedback.pushWarning(self.tr("Columns not in the file (their fields are not added): {columns}").format(
                columns=", ".join(missing)))
        if joined.unmatched_areas:
            feedback.pushWarning(self.tr("{n} of {m} buurten have no Leefbaarometer row for {year}: {codes}").format(
                n=len(joined.unmatched_areas), m=len(frame), year=joined.year,
                codes=", ".join(joined.unmatched_areas[:10]) + (" …" if len(joined.unmatched_areas) > 10 else "")))
        if joined.unmatched_rows:
            feedback.pushInfo(self.tr("{n} Leefbaarometer row(s) of {year} are for buurten not in the layer.").format(
                n=joined.unmatched_rows, year=joined.year))
        if joined.matched == 0:
            raise QgsProcessingException(self.tr(
                "No buurt of the layer has a Leefbaarometer row for {year}. Check the code field and the year: buurt "
                "codes change when a municipality is redivided.").format(year=joined.year))
        out = joined.values
        catalogue = load_catalogue()
        language = map_language()
        aliases = {}
        for col in out.columns:
            try:
                aliases[col] = catalogue.indicator(col).label_for(language)
            except KeyError:
                aliases[col] = self.tr("Leefbaarometer measurement year")
        fields = combined_fields(source.fields(), fields_for_frame(out, aliases))
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields, source.wkbType(),
                                             source.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        write_source_with_frame(source, sink, out, fields, feedback)
        self.style_output(dest_id, first_indicator_style(list(out.columns), aliases))
        feedback.pushInfo(self.tr("{n} of {m} buurten have Leefbaarometer scores for {year}.").format(
            n=joined.matched, m=len(frame), year=joined.year))
        return {self.OUTPUT: dest_id, self.MATCHED: joined.matched, self.UNMATCHED: len(joined.unmatched_areas),
                self.YEAR_USED: joined.year}
