"""wijkmonitor:downloadcbstable — a CBS table per gemeente, wijk and buurt (OData)."""

from __future__ import annotations

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..core import cbs_odata, regions
from ..core.cbs_dimensions import describe_choice
from ..core.http_errors import DownloadCanceledError, ServiceError
from ..qgis_adapters.cbs_download import download_cbs_table, resolve_kwb_table
from ..qgis_adapters.compat import make_field
from ..qgis_adapters.frames import frame_column_kind, python_value
from ..qgis_adapters.network import Downloader
from ..qgis_adapters.style_outputs import table_style
from .base import GROUP_DATA, WijkmonitorAlgorithm
from .load_neighbourhoods import municipality_codes


def table_fields(frame, specs) -> QgsFields:
    """Fields for the table: numbers typed as numbers, alias = CBS title and dimension values, comment = CBS unit."""
    fields = QgsFields()
    by_name = {s.name: s for s in specs}
    for column in frame.columns:
        spec = by_name.get(column)
        if spec is None:
            fields.append(make_field(column, frame_column_kind(frame[column])))
        else:
            topic = spec.topic
            fields.append(make_field(column, topic.kind, alias=spec.alias, precision=topic.decimals,
                                     comment=topic.unit))
    return fields


class DownloadCbsTableAlgorithm(WijkmonitorAlgorithm):
    NAME = "downloadcbstable"
    GROUP = GROUP_DATA
    TABLE = "TABLE"
    TABLE_ID = "TABLE_ID"
    YEAR = "YEAR"
    LEVELS = "LEVELS"
    MUNICIPALITIES = "MUNICIPALITIES"
    VARIABLES = "VARIABLES"
    DIMENSIONS = "DIMENSIONS"
    REFRESH = "REFRESH"
    OUTPUT = "OUTPUT"

    #: the years of the TABLE choice, frozen as in version 0.1 so saved models keep their table
    #: (newer years are chosen with YEAR, which never shifts)
    TABLE_YEARS = (2025, 2024, 2023, 2022, 2021, 2020, 2019)
    TABLE_DEFAULT = 1  # Kerncijfers 2024

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("Download CBS table (Kerncijfers wijken en buurten and others)")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return self.tr(
            "Downloads a CBS table with figures per gemeente, wijk and buurt for the chosen municipalities and levels: "
            "Kerncijfers wijken en buurten of a year (opendata.cbs.nl), or any table by its id, also the tables "
            "CBS publishes for third parties on dataderden.cbs.nl, such as the GGD health monitor (50150NED, "
            "50120NED, 50090NED) and the police crime figures (47018NED per year, 47022NED per month). The host "
            "of a table is found in the CBS catalogues and remembered.\n\n"
            "Kerncijfers: give the year (2019 or later; a year without a known table id is looked up in the CBS "
            "catalogue by its title). Without year or table id the Table choice is used (default 2024); its list "
            "never changes, so saved models keep their table.\n\n"
            "Choose variables by their CBS title or by the key without its yearly suffix (one per line or separated "
            "by ';', for example 'Aantal inwoners; Gemiddelde woningwaarde'); leave empty for all. Output fields "
            "are named after the key without suffix (AantalInwoners; in OData v4 tables after the title), numbers "
            "are numeric fields, the alias is the CBS title and the unit is kept in the field comment.\n\n"
            "Tables with dimensions besides the region (Perioden, Leeftijd, Marges, SoortMisdrijf, …) give exactly "
            "one row per region. Choose their values in Dimensions, by key or title, for example "
            "'Leeftijd=20300; Marges=MW00000; Perioden=2020JJ00,2022JJ00' ('*' = all values). Not given: Perioden "
            "takes the newest period, Marges the value itself (never a bound of the margin), any other dimension "
            "its total category (Totaal, Totaal misdrijven, 18 jaar of ouder); without a total the algorithm "
            "stops and lists the choices. Several values of a dimension become separate fields suffixed by the "
            "value (GoedErvarenGezondheid_2020, GoedErvarenGezondheid_2022; other dimensions by their key). The "
            "log and the aliases say which values each field holds.\n\n"
            "The output table has the key fields statcode (code without padding, for joining), statnaam, "
            "gemeentecode, gemeentenaam, wijkcode and jaar (the year of the table or of the one chosen period), "
            "then the fields. Missing and secret values are NULL. Requests stay under the 10,000-record limit of "
            "CBS (per municipality and level, else the bulk feed); tables that exist only in OData v4 are read "
            "from there. Downloads are cached in the QGIS profile.\n\nSource: CBS StatLine, licence CC BY 4.0 "
            "(Bron: CBS; police figures: Politie via CBS; health monitor: GGD'en, CBS en RIVM)."
        )

    def table_names(self):
        return [self.tr("Kerncijfers wijken en buurten {year}").format(year=y) for y in self.TABLE_YEARS] + [
            self.tr("Another table (give its id)")]

    def level_names(self):
        return [self.tr("Gemeenten"), self.tr("Wijken"), self.tr("Buurten")]

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        table = QgsProcessingParameterEnum(self.TABLE, self.tr("Table"), self.table_names(), False,
                                           self.TABLE_DEFAULT)
        table.setHelp(self.tr("Used when neither a table id nor a Kerncijfers year is given. The list is fixed "
                              "(2025 down to 2019); for newer years give the year."))
        table.setFlags(table.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
        self.addParameter(table)
        table_id = QgsProcessingParameterString(self.TABLE_ID, self.tr("Table id (for example 85984NED)"), "",
                                                False, True)
        table_id.setHelp(self.tr("A CBS table id such as 50150NED (Gezondheid per wijk en buurt) or 47018NED "
                                 "(geregistreerde misdrijven). When given it takes precedence over the year and "
                                 "the table choice."))
        self.addParameter(table_id)
        year = QgsProcessingParameterNumber(self.YEAR, self.tr("Kerncijfers year (for example 2024)"),
                                            QgsProcessingParameterNumber.Type.Integer, None, True,
                                            cbs_odata.KWB_FIRST_YEAR, 2100)
        year.setHelp(self.tr("The year of Kerncijfers wijken en buurten (2019 or later). Takes precedence over the "
                             "table choice; a year Wijkmonitor does not know yet is found in the CBS catalogue."))
        self.addParameter(year)
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
                                  "write its group too, for example 'Herkomstland / Nederland'. The key without its "
                                  "numeric suffix works too (AantalInwoners)."))
        self.addParameter(variables)
        dimensions = QgsProcessingParameterString(self.DIMENSIONS, self.tr("Dimensions (empty = defaults)"), "",
                                                  True, True)
        dimensions.setHelp(self.tr("For tables with dimensions besides the region: dimension=values, separated by "
                                   "';', values by ',', keys or titles, for example 'Leeftijd=18 jaar of ouder; "
                                   "Perioden=2020JJ00,2022JJ00' or 'SoortMisdrijf=1.1.1'. '*' takes all values. "
                                   "Defaults: the newest period, the value (not its margin), the total category."))
        self.addParameter(dimensions)
        refresh = QgsProcessingParameterBoolean(self.REFRESH, self.tr("Download again (ignore the cache)"), False)
        refresh.setHelp(self.tr("Normally downloads are reused from the Wijkmonitor cache for 30 days."))
        self.addParameter(refresh)
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("CBS table"),
                                                            QgsProcessing.SourceType.TypeVector))

    def _table(self, parameters, context, downloader) -> tuple[str, int | None]:
        """(table id, Kerncijfers year or None): TABLE_ID, else YEAR, else the TABLE choice."""
        table_id = self.parameterAsString(parameters, self.TABLE_ID, context).strip().upper()
        if table_id:
            if not cbs_odata.TABLE_ID.match(table_id):
                raise QgsProcessingException(self.tr(
                    "'{table}' is not a CBS table id; ids look like 85984NED.").format(table=table_id))
            return table_id, None
        year = None
        if parameters.get(self.YEAR) not in (None, ""):
            year = self.parameterAsInt(parameters, self.YEAR, context)
        else:
            choice = self.parameterAsEnum(parameters, self.TABLE, context)
            if choice >= len(self.TABLE_YEARS):
                raise QgsProcessingException(self.tr("Give the id of the CBS table (for example 50150NED) or a "
                                                     "Kerncijfers year."))
            year = self.TABLE_YEARS[choice]
        return resolve_kwb_table(downloader, year), year

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        levels = [regions.LEVELS[i] for i in self.parameterAsEnums(parameters, self.LEVELS, context)] or \
            list(regions.LEVELS)
        chosen = municipality_codes(self.parameterAsString(parameters, self.MUNICIPALITIES, context))
        codes = [c for c, _ in chosen]
        variables = cbs_odata.split_variables(self.parameterAsString(parameters, self.VARIABLES, context))
        dimensions = self.parameterAsString(parameters, self.DIMENSIONS, context)
        downloader = Downloader(feedback, refresh=self.parameterAsBool(parameters, self.REFRESH, context))
        try:
            table_id, year = self._table(parameters, context, downloader)
            feedback.pushInfo(self.tr("Downloading CBS table {table} for {where}…").format(
                table=table_id, where=", ".join(f"{n or c} ({c})" for c, n in chosen) or self.tr("the whole country")))
            result = download_cbs_table(downloader, table_id, levels, codes, variables, year, dimensions)
        except ValueError as exc:  # unknown or ambiguous variable or dimension value
            raise QgsProcessingException(str(exc)) from exc
        except (DownloadCanceledError, ServiceError) as exc:
            raise QgsProcessingException(str(exc)) from exc
        frame = result.frame
        if frame.empty:
            raise QgsProcessingException(self.tr(
                "CBS table {table} has no rows for {levels} of {where}. Check the municipality codes (they change "
                "with municipal mergers) and the levels.").format(
                    table=table_id, levels=", ".join(levels), where=", ".join(codes) or self.tr("the whole country")))
        feedback.pushInfo(self.tr("{title}: {rows} regions, {vars} fields ({requests} request(s), {cached} from the "
                                  "cache).").format(title=result.title, rows=len(frame), vars=len(result.fields),
                                                    requests=downloader.requests, cached=downloader.from_cache))
        for choice in result.choices:
            feedback.pushInfo(describe_choice(choice))
        for spec in result.fields:
            line = self.tr("{field}: {title} ({unit})").format(field=spec.name, title=spec.topic.title,
                                                                unit=spec.topic.unit or "-")
            feedback.pushInfo(line + (" — " + spec.holds if spec.combination else ""))
        return {self.OUTPUT: self._write(parameters, context, feedback, frame, result.fields)}

    def _write(self, parameters, context, feedback, frame, specs) -> str:
        fields = table_fields(frame, specs)
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
        self.style_output(dest_id, table_style({s.name: s.alias for s in specs}))
        return dest_id
