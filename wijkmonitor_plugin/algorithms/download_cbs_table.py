"""wijkmonitor:downloadcbstable — a CBS table per gemeente, wijk and buurt (OData)."""

from __future__ import annotations

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingLayerPostProcessorInterface,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterString,
    QgsProcessingUtils,
    QgsWkbTypes,
)

from ..core import cbs_odata, regions
from ..core.http_errors import DownloadCanceledError, ServiceError
from ..qgis_adapters.cbs_download import download_cbs_table, resolve_kwb_table
from ..qgis_adapters.compat import make_field
from ..qgis_adapters.frames import frame_column_kind, python_value
from ..qgis_adapters.network import Downloader
from .base import GROUP_DATA, WijkmonitorAlgorithm
from .load_neighbourhoods import municipality_codes

_POST_PROCESSORS = []  # keeps the Python post-processors alive until QGIS has used them


def apply_aliases(layer, aliases: dict) -> None:
    for name, alias in aliases.items():
        index = layer.fields().lookupField(name)
        if index >= 0:
            layer.setFieldAlias(index, alias)


class AliasSetter(QgsProcessingLayerPostProcessorInterface):
    """Sets the CBS titles as field aliases on the output layer when QGIS loads it."""

    def __init__(self, aliases: dict):
        super().__init__()
        self.aliases = aliases

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802 (QGIS API)
        apply_aliases(layer, self.aliases)


def table_fields(frame, topics) -> QgsFields:
    """Fields for the table: numbers typed as numbers, alias = CBS title, comment = CBS unit."""
    fields = QgsFields()
    by_name = {t.name: t for t in topics}
    for column in frame.columns:
        topic = by_name.get(column)
        if topic is None:
            fields.append(make_field(column, frame_column_kind(frame[column])))
        else:
            fields.append(make_field(column, topic.kind, alias=topic.title, precision=topic.decimals,
                                     comment=topic.unit))
    return fields


class DownloadCbsTableAlgorithm(WijkmonitorAlgorithm):
    NAME = "downloadcbstable"
    GROUP = GROUP_DATA
    TABLE = "TABLE"
    TABLE_ID = "TABLE_ID"
    LEVELS = "LEVELS"
    MUNICIPALITIES = "MUNICIPALITIES"
    VARIABLES = "VARIABLES"
    REFRESH = "REFRESH"
    OUTPUT = "OUTPUT"

    KWB_CHOICES = list(reversed(cbs_odata.KWB_YEARS))  # newest first

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("Download CBS table (Kerncijfers wijken en buurten and others)")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return self.tr(
            "Downloads a CBS table with figures per gemeente, wijk and buurt from the CBS OData service "
            "(Kerncijfers wijken en buurten of a year, Gezondheid per wijk en buurt, Nabijheid voorzieningen, "
            "SES-WOA, criminaliteit, …) for the chosen municipalities and levels.\n\n"
            "Choose variables by their CBS title (one per line or separated by ';', for example 'Aantal inwoners; "
            "Gemiddelde woningwaarde'); leave empty for all. The key suffixes that change every year do not matter: "
            "output fields are named after the key without suffix (AantalInwoners), numbers are numeric fields, "
            "the field alias is the CBS title and the unit is kept in the field comment.\n\n"
            "The output table has the key fields statcode (code without padding, for joining), statnaam, "
            "gemeentecode, gemeentenaam, wijkcode and jaar, then one field per variable. Missing and secret values "
            "are NULL. Requests stay under the 10,000-record limit of CBS (per municipality and level, else the "
            "bulk feed); tables that exist only in OData v4 are read from there. Downloads are cached in the QGIS "
            "profile.\n\nSource: CBS StatLine, licence CC BY 4.0 (Bron: CBS)."
        )

    def table_names(self):
        return [self.tr("Kerncijfers wijken en buurten {year}").format(year=y) for y in self.KWB_CHOICES] + [
            self.tr("Another table (give its id)")]

    def level_names(self):
        return [self.tr("Gemeenten"), self.tr("Wijken"), self.tr("Buurten")]

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        default = self.KWB_CHOICES.index(max(cbs_odata.KWB_TABLES))
        table = QgsProcessingParameterEnum(self.TABLE, self.tr("Table"), self.table_names(), False, default)
        table.setHelp(self.tr("The Kerncijfers table of a year is found by its title; for another table choose "
                              "the last entry and give its id."))
        self.addParameter(table)
        table_id = QgsProcessingParameterString(self.TABLE_ID, self.tr("Table id (for example 85984NED)"), "",
                                                False, True)
        table_id.setHelp(self.tr("A CBS table id such as 50120NED (Gezondheid per wijk en buurt). When given it "
                                 "takes precedence over the table choice."))
        self.addParameter(table_id)
        self.addParameter(QgsProcessingParameterEnum(self.LEVELS, self.tr("Levels"), self.level_names(), True,
                                                     [1, 2]))
        munis = QgsProcessingParameterString(self.MUNICIPALITIES, self.tr("Municipalities (codes or names; empty = "
                                                                          "whole country)"), "", False, True)
        munis.setHelp(self.tr("One or more gemeenten, separated by commas or semicolons: CBS codes (GM0363, 0363) or "
                              "names ('s-Hertogenbosch, Súdwest-Fryslân). Leave empty for the whole country."))
        self.addParameter(munis)
        variables = QgsProcessingParameterString(self.VARIABLES, self.tr("Variables (CBS titles; empty = all)"), "",
                                                 True, True)
        variables.setHelp(self.tr("One title per line or separated by ';'. Where a title occurs more than once, "
                                  "write its group too, for example 'Herkomstland / Nederland'."))
        self.addParameter(variables)
        refresh = QgsProcessingParameterBoolean(self.REFRESH, self.tr("Download again (ignore the cache)"), False)
        refresh.setHelp(self.tr("Normally downloads are reused from the Wijkmonitor cache for 30 days."))
        self.addParameter(refresh)
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("CBS table"),
                                                            QgsProcessing.SourceType.TypeVector))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        choice = self.parameterAsEnum(parameters, self.TABLE, context)
        table_id = self.parameterAsString(parameters, self.TABLE_ID, context).strip().upper()
        levels = [regions.LEVELS[i] for i in self.parameterAsEnums(parameters, self.LEVELS, context)] or \
            list(regions.LEVELS)
        chosen = municipality_codes(self.parameterAsString(parameters, self.MUNICIPALITIES, context))
        codes = [c for c, _ in chosen]
        variables = cbs_odata.split_variables(self.parameterAsString(parameters, self.VARIABLES, context))
        downloader = Downloader(feedback, refresh=self.parameterAsBool(parameters, self.REFRESH, context))
        year = None
        try:
            if not table_id:
                if choice >= len(self.KWB_CHOICES):
                    raise QgsProcessingException(self.tr("Give the id of the CBS table (for example 50120NED)."))
                year = self.KWB_CHOICES[choice]
                table_id = resolve_kwb_table(downloader, year)
            elif not cbs_odata.TABLE_ID.match(table_id):
                raise QgsProcessingException(self.tr(
                    "'{table}' is not a CBS table id; ids look like 85984NED.").format(table=table_id))
            feedback.pushInfo(self.tr("Downloading CBS table {table} for {where}…").format(
                table=table_id, where=", ".join(f"{n or c} ({c})" for c, n in chosen) or self.tr("the whole country")))
            result = download_cbs_table(downloader, table_id, levels, codes, variables, year)
        except ValueError as exc:  # unknown or ambiguous variable
            raise QgsProcessingException(str(exc)) from exc
        except (DownloadCanceledError, ServiceError) as exc:
            raise QgsProcessingException(str(exc)) from exc
        frame = result.frame
        if frame.empty:
            raise QgsProcessingException(self.tr(
                "CBS table {table} has no rows for {levels} of {where}. Check the municipality codes (they change "
                "with municipal mergers) and the levels.").format(
                    table=table_id, levels=", ".join(levels), where=", ".join(codes) or self.tr("the whole country")))
        feedback.pushInfo(self.tr("{title}: {rows} rows, {vars} variables ({requests} request(s), {cached} from the "
                                  "cache).").format(title=result.title, rows=len(frame), vars=len(result.topics),
                                                    requests=downloader.requests, cached=downloader.from_cache))

        for topic in result.topics:
            feedback.pushInfo(self.tr("{field}: {title} ({unit})").format(
                field=topic.name, title=topic.title, unit=topic.unit or "-"))
        fields = table_fields(frame, result.topics)
        whole = [fields.at(i).type() == make_field("x", "long").type() for i in range(fields.count())]
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.Type.NoGeometry,
                                             QgsCoordinateReferenceSystem())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        columns = [frame[c].to_numpy(dtype=object) for c in frame.columns]
        for i in range(len(frame)):
            if i % 1000 == 0:
                if feedback.isCanceled():
                    raise QgsProcessingException(self.tr("Cancelled."))
                feedback.setProgress(95 + 5 * i / len(frame))
            feature = QgsFeature(fields)
            values = [python_value(col[i]) for col in columns]
            feature.setAttributes([int(v) if w and isinstance(v, float) else v for v, w in zip(values, whole)])
            if not sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert):
                raise QgsProcessingException(self.tr("Could not write row {i} to the output.").format(i=i))
        del sink
        aliases = {t.name: t.title for t in result.topics}
        layer = QgsProcessingUtils.mapLayerFromString(dest_id, context)
        if layer is not None:  # temporary outputs: set the aliases now (QGIS 3.22 sinks drop them)
            apply_aliases(layer, aliases)
        if context.willLoadLayerOnCompletion(dest_id):
            processor = AliasSetter(aliases)
            _POST_PROCESSORS.append(processor)
            context.layerToLoadOnCompletionDetails(dest_id).setPostProcessor(processor)
        return {self.OUTPUT: dest_id}
