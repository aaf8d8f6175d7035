"""wijkmonitor:deprivationindex — the Achterstandsmonitor (multiple-deprivation index after the English IMD)."""

from __future__ import annotations

from dataclasses import dataclass

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
)

from ..core.definition import Definition, DefinitionError, Resolution, load_definition, resolve
from ..core.deprivation import (
    POPULATION_CANDIDATES,
    NationalReference,
    ShrinkageOptions,
    UncertaintyOptions,
    compute_index,
)
from ..core.errors import CanceledError, WijkmonitorError
from ..core.index_groups import GROUP_MIN_AREAS
from ..core.index_inputs import CODE_FIELDS, PARENT_LEVELS
from ..core.index_report import MOST_DEPRIVED, add_area_names, write_report
from ..i18n import translate, user_locale
from ..qgis_adapters.frames import combined_fields, fields_for_frame, source_to_frame, write_output
from ..qgis_adapters.report_map import result_map
from ..qgis_adapters.style_outputs import NAME_FIELDS, indicator_style
from .base import GROUP_INDEX, WijkmonitorAlgorithm

#: areas with fewer inhabitants get no score by default (none of the 76 buurten of the Amsterdam sample below 100
#: inhabitants has CBS income figures)
DEFAULT_MIN_POPULATION = 100
#: fields that name an area in the report, first present wins
LABEL_FIELDS = ("statcode", "buurtcode", "wijkcode", "gemeentecode", "lsoa21_code", "code", "naam", "name")
#: default grouping for shrinkage: the wijk, else the gemeente
SHRINK_GROUP_FIELDS = ("wijkcode", "gemeentecode")
#: the fields an area's own code and its parents (for borrowing a missing domain) are read from
AREA_FIELDS = tuple(CODE_FIELDS) + tuple(f for _, fields in PARENT_LEVELS for f in fields)


@dataclass
class IndexParameters:
    """The index parameters the index and the scenarios share (see :func:`index_parameters`)."""

    definition: Definition
    resolution: Resolution
    population: str | None
    min_population: float
    group: str | None
    group_min_areas: int
    impute: bool

    def needed_fields(self, names) -> list:
        """The input fields the index reads, in layer order."""
        needed = {f for d in self.resolution.definition.domains for i in d.all_indicators() for f in i.needed_fields()}
        needed |= {f for f in (self.population, self.group) if f}
        needed |= set(AREA_FIELDS)
        return [n for n in names if n in needed]

    def options(self) -> dict:
        """Keyword arguments of :func:`..core.deprivation.compute_index`."""
        return {"population": self.population, "min_population": self.min_population, "groups": self.group,
                "group_min_areas": self.group_min_areas, "impute": self.impute}


def index_parameters(alg, definition_help: str) -> list:
    """The definition, population, minimum-population, group and imputation parameters of the index.

    The policy scenarios take the same parameters; ``alg`` supplies the parameter names
    (``DEFINITION``, ``POPULATION_FIELD``, ``MIN_POPULATION``, ``GROUP_FIELD``, ``GROUP_MIN_AREAS``,
    ``IMPUTE``) and ``INPUT``.
    """
    definition = QgsProcessingParameterFile(
        alg.DEFINITION, translate("DeprivationIndexAlgorithm", "Index definition (JSON; empty = Dutch "
                                                               "Achterstandsmonitor)"),
        QgsProcessingParameterFile.Behavior.File, "json", optional=True)
    definition.setHelp(definition_help)
    population = QgsProcessingParameterField(
        alg.POPULATION_FIELD, translate("DeprivationIndexAlgorithm", "Population field"), POPULATION_CANDIDATES[0],
        parentLayerParameterName=alg.INPUT, type=QgsProcessingParameterField.DataType.Numeric, optional=True)
    population.setHelp(translate("DeprivationIndexAlgorithm", "Inhabitants per area, used with the minimum "
                                                              "population. Empty: the first of {names} the layer "
                                                              "has.").format(names=", ".join(POPULATION_CANDIDATES)))
    minimum = QgsProcessingParameterNumber(
        alg.MIN_POPULATION, translate("DeprivationIndexAlgorithm", "Minimum population (areas below get no scores)"),
        QgsProcessingParameterNumber.Type.Integer, DEFAULT_MIN_POPULATION, minValue=0)
    minimum.setHelp(translate("DeprivationIndexAlgorithm", "A score of a few dozen people says little and can point "
                                                           "at a household, and CBS gives no income figures for such "
                                                           "small areas. 0: every area gets a score."))
    group = QgsProcessingParameterField(
        alg.GROUP_FIELD, translate("DeprivationIndexAlgorithm", "Also rank within groups (e.g. gemeentecode)"),
        parentLayerParameterName=alg.INPUT, optional=True)
    group_min = QgsProcessingParameterNumber(
        alg.GROUP_MIN_AREAS, translate("DeprivationIndexAlgorithm", "Smallest group with group ranks and deciles"),
        QgsProcessingParameterNumber.Type.Integer, GROUP_MIN_AREAS, minValue=2)
    group_min.setHelp(translate("DeprivationIndexAlgorithm", "Groups with fewer areas with a score get NULL group "
                                                             "ranks and deciles (a decile of fewer than ten areas "
                                                             "means nothing); the report lists them."))
    group_min.setFlags(group_min.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
    impute = QgsProcessingParameterBoolean(
        alg.IMPUTE, translate("DeprivationIndexAlgorithm", "Borrow a missing domain from the wijk (else the "
                                                           "gemeente), so every populated area gets a score"), True)
    impute.setHelp(translate("DeprivationIndexAlgorithm", "An area with a domain without figures (suppressed by "
                                                          "CBS) gets the population-weighted mean of that domain in "
                                                          "its wijk, else its gemeente; index_imputed lists the "
                                                          "borrowed domains. Off: such an area needs enough domains "
                                                          "of its own (min_domains)."))
    return [definition, population, minimum, group, group_min, impute]


def read_index_parameters(alg, parameters, context, field_names, feedback=None) -> IndexParameters:
    """The parameters of :func:`index_parameters`; a clear QgsProcessingException for a bad combination or
    definition. Without a population field the first of the known names the layer has is used (and said)."""
    path = alg.parameterAsFile(parameters, alg.DEFINITION, context)
    population = alg.parameterAsFieldName(parameters, alg.POPULATION_FIELD, context)
    if population and population not in field_names and parameters.get(alg.POPULATION_FIELD) in (None, ""):
        population = None  # the dialog's default (aantalInwoners), not asked for: a layer without it detects its own
    if not population:
        population = next((n for n in POPULATION_CANDIDATES if n in field_names), None)
        if population and feedback is not None:
            feedback.pushInfo(translate("DeprivationIndexAlgorithm", "Population field: {field} (found among the "
                                                                     "known names).").format(field=population))
    min_population = alg.parameterAsDouble(parameters, alg.MIN_POPULATION, context)
    if min_population > 0 and not population and parameters.get(alg.MIN_POPULATION) in (None, ""):
        min_population = 0.0  # the dialog's default minimum, not asked for, on a layer without inhabitants
        if feedback is not None:
            feedback.pushInfo(translate("DeprivationIndexAlgorithm", "No population field in the layer: every area "
                                                                     "gets a score (minimum population 0)."))
    group = alg.parameterAsFieldName(parameters, alg.GROUP_FIELD, context)
    if min_population > 0 and not population:
        raise QgsProcessingException(translate(
            "DeprivationIndexAlgorithm", "A minimum population needs a population field: choose the field "
                                         "with the number of inhabitants (e.g. aantalInwoners), or set the minimum "
                                         "population to 0."))
    try:
        definition = load_definition(path or None)
        resolution = resolve(definition, field_names)
    except DefinitionError as exc:
        raise QgsProcessingException(str(exc)) from exc
    return IndexParameters(definition=definition, resolution=resolution, population=population,
                           min_population=min_population, group=group,
                           group_min_areas=alg.parameterAsInt(parameters, alg.GROUP_MIN_AREAS, context),
                           impute=alg.parameterAsBool(parameters, alg.IMPUTE, context))


class DeprivationIndexAlgorithm(WijkmonitorAlgorithm):
    NAME = "deprivationindex"
    GROUP = GROUP_INDEX
    INPUT = "INPUT"
    DEFINITION = "DEFINITION"
    POPULATION_FIELD = "POPULATION_FIELD"
    MIN_POPULATION = "MIN_POPULATION"
    GROUP_FIELD = "GROUP_FIELD"
    GROUP_MIN_AREAS = "GROUP_MIN_AREAS"
    IMPUTE = "IMPUTE"
    REFERENCE = "REFERENCE"
    REFERENCE_POPULATION_FIELD = "REFERENCE_POPULATION_FIELD"
    SHRINKAGE = "SHRINKAGE"
    SHRINKAGE_GROUP_FIELD = "SHRINKAGE_GROUP_FIELD"
    UNCERTAINTY = "UNCERTAINTY"
    UNCERTAINTY_DRAWS = "UNCERTAINTY_DRAWS"
    WEIGHT_SPREAD = "WEIGHT_SPREAD"
    UNCERTAINTY_SEED = "UNCERTAINTY_SEED"
    OUTPUT = "OUTPUT"
    REPORT = "REPORT"
    AREAS_WITH_INDEX = "AREAS_WITH_INDEX"
    AREAS_IMPUTED = "AREAS_IMPUTED"
    DOMAINS = "DOMAINS"
    LEFT_OUT_DOMAINS = "LEFT_OUT_DOMAINS"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("Achterstandsmonitor (deprivation index)")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return self.tr(
            "Computes a multiple-deprivation index per area after the English Index of Multiple Deprivation: "
            "a score, rank and decile per domain (income, work, education, health, safety, housing and "
            "services, living environment) and combined.\n\n"
            "Definition: a JSON file with the domains, indicators, weights and methods; empty = the built-in "
            "Dutch Achterstandsmonitor on CBS Kerncijfers fields. A domain whose fields are not in the layer is "
            "left out and the other weights are renormalised; this is reported as a warning.\n\n"
            "Outputs, added to the input fields: <domain>_score, <domain>_rank, <domain>_decile and index_score, "
            "index_rank, index_decile. Rank 1 = most deprived (ties share the lowest rank), decile 1 = the most "
            "deprived 10% (ceil(10 · rank / N)). index_domains = the number of domains the index of the area "
            "is based on; index_imputed = the domains it borrowed from its wijk (or gemeente) because it has no "
            "figures for them; index_partial = the domains scored from some of their indicators only. Areas "
            "below the minimum population get NULL.\n\n"
            "With a group field also <domain>_group_rank/_group_decile and index_group_rank/_group_decile within "
            "each group of at least the smallest group size (NULL in smaller groups). With a national reference "
            "(a table or layer of all Dutch buurten) index_nl_rank and index_nl_decile: the rank and decile "
            "among all areas of the country. With rank uncertainty index_rank_median, index_rank_p05, "
            "index_rank_p95 and index_decile_stability: how the rank moves when the method choices vary "
            "(weights, exponential or linear combination, shrinkage, factor-analysis or equal weights, borrowed "
            "domains), and the share of those runs in which the area stays in its decile.\n\n"
            "Report: an HTML file (or JSON plus HTML) with the definition used, fitted weights, coverage, areas "
            "left out and why, group sizes, the national comparison, the robustness of the ranks with the method "
            "choice that moves them most, domain correlations and the distribution of the scores."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Areas (wijken, buurten; a table without geometry works too)"),
            [QgsProcessing.SourceType.TypeVector]))
        for param in index_parameters(self, self.tr(
                "Domains, indicators, weights and methods; the format is described in the README. Leave empty "
                "for the built-in Dutch preset.")):
            self.addParameter(param)
        reference = QgsProcessingParameterFeatureSource(
            self.REFERENCE, self.tr("National reference: all Dutch areas (table or layer) for national deciles"),
            [QgsProcessing.SourceType.TypeVector], optional=True)
        reference.setHelp(self.tr("A table of all buurten (or wijken) of the country with the definition's fields, "
                                  "e.g. a whole-country Kerncijfers download. Adds index_nl_rank and "
                                  "index_nl_decile: the rank and decile of each area among all areas of the "
                                  "country. Rows of another level are left out by their code."))
        self.addParameter(reference)
        reference_population = QgsProcessingParameterField(
            self.REFERENCE_POPULATION_FIELD, self.tr("Population field of the national reference (empty = the "
                                                     "same name, or aantalInwoners)"),
            parentLayerParameterName=self.REFERENCE, type=QgsProcessingParameterField.DataType.Numeric,
            optional=True)
        self.addParameter(reference_population)
        shrinkage = QgsProcessingParameterBoolean(
            self.SHRINKAGE, self.tr("Shrink rates of small areas toward the group mean"), False)
        shrinkage.setHelp(self.tr("Proportions with a known count (denominator or base in the definition) are "
                                  "moved toward the mean of their wijk or gemeente in proportion to their standard "
                                  "error, so that a few people do not make an extreme score. Rates that can exceed "
                                  "their ceiling (crimes per 1,000) are not shrunk."))
        self.addParameter(shrinkage)
        shrink_group = QgsProcessingParameterField(
            self.SHRINKAGE_GROUP_FIELD, self.tr("Shrink toward the mean of (empty = wijkcode or gemeentecode)"),
            parentLayerParameterName=self.INPUT, optional=True)
        self.addParameter(shrink_group)
        uncertainty = QgsProcessingParameterBoolean(
            self.UNCERTAINTY, self.tr("Rank uncertainty (index_rank_median, index_rank_p05, index_rank_p95, "
                                      "index_decile_stability)"), False)
        uncertainty.setHelp(self.tr("Recomputes the index many times with other reasonable method choices and "
                                    "reports per area how far its rank moves; the report says which choice moves "
                                    "the ranks most."))
        self.addParameter(uncertainty)
        draws = QgsProcessingParameterNumber(
            self.UNCERTAINTY_DRAWS, self.tr("Number of runs for the rank uncertainty"),
            QgsProcessingParameterNumber.Type.Integer, 200, minValue=10, maxValue=5000)
        spread = QgsProcessingParameterNumber(
            self.WEIGHT_SPREAD, self.tr("Variation of the domain weights (0.25 = about ±25%)"),
            QgsProcessingParameterNumber.Type.Double, 0.25, minValue=0.0, maxValue=2.0)
        seed = QgsProcessingParameterNumber(
            self.UNCERTAINTY_SEED, self.tr("Seed of the rank uncertainty (the same seed gives the same figures)"),
            QgsProcessingParameterNumber.Type.Integer, UncertaintyOptions.seed, minValue=0)
        for param in (shrink_group, reference_population, draws, spread, seed):
            param.setFlags(param.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
        self.addParameter(draws)
        self.addParameter(spread)
        self.addParameter(seed)
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Achterstandsmonitor"), QgsProcessing.SourceType.TypeVectorAnyGeometry))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.REPORT, self.tr("Report"), self.tr("HTML (*.html);;JSON and HTML (*.json)"), optional=True,
            createByDefault=False))
        self.addOutput(QgsProcessingOutputNumber(self.AREAS_WITH_INDEX, self.tr("Areas with an index score")))
        self.addOutput(QgsProcessingOutputNumber(self.AREAS_IMPUTED,
                                                 self.tr("Areas with a domain borrowed from their parent area")))
        self.addOutput(QgsProcessingOutputString(self.DOMAINS, self.tr("Domains used")))
        self.addOutput(QgsProcessingOutputString(self.LEFT_OUT_DOMAINS, self.tr("Domains left out")))

    def _national(self, parameters, context, feedback, index: IndexParameters):
        source = self.parameterAsSource(parameters, self.REFERENCE, context)
        if source is None:
            return None
        names = source.fields().names()
        population = self.parameterAsFieldName(parameters, self.REFERENCE_POPULATION_FIELD, context)
        try:
            wanted = resolve(index.definition, names).definition
        except DefinitionError as exc:
            raise QgsProcessingException(self.tr("National reference: {problem}").format(problem=exc)) from exc
        needed = {f for d in wanted.domains for i in d.all_indicators() for f in i.needed_fields()}
        needed |= set(AREA_FIELDS) | {f for f in (population, index.population) if f}
        needed |= set(POPULATION_CANDIDATES)
        feedback.pushInfo(self.tr("Reading the national reference ({n} rows).").format(n=source.featureCount()))
        frame = source_to_frame(source, field_names=[n for n in names if n in needed], feedback=feedback)
        return NationalReference(frame=frame.reset_index(drop=True), population=population)

    def _aliases(self, result) -> dict:
        aliases = {}
        language = user_locale()
        for dom in result.reference.definition.domains:
            title = dom.title(language)
            aliases[f"{dom.id}_score"] = translate("DeprivationIndexAlgorithm", "{domain} – score").format(domain=title)
            aliases[f"{dom.id}_rank"] = translate("DeprivationIndexAlgorithm", "{domain} – rank").format(domain=title)
            aliases[f"{dom.id}_decile"] = translate("DeprivationIndexAlgorithm", "{domain} – decile").format(
                domain=title)
        aliases.update({
            "index_score": self.tr("Index – score"), "index_rank": self.tr("Index – rank"),
            "index_decile": self.tr("Index – decile"), "index_domains": self.tr("Index – number of domains"),
            "index_imputed": self.tr("Index – domains borrowed from the wijk or gemeente"),
            "index_partial": self.tr("Index – domains from some of their indicators"),
            "index_nl_rank": self.tr("Index – rank in the Netherlands"),
            "index_nl_decile": self.tr("Index – decile in the Netherlands"),
            "index_rank_median": self.tr("Index – median rank (uncertainty)"),
            "index_rank_p05": self.tr("Index – rank, 5th percentile"),
            "index_rank_p95": self.tr("Index – rank, 95th percentile"),
            "index_decile_stability": self.tr("Index – share of runs in the same decile"),
        })
        return aliases

    def _map(self, source, out, report) -> dict | None:
        """The report's map: index deciles as the output is drawn, the rank on the most deprived areas (None for
        a table without geometry)."""
        cut = max((r["rank"] for r in report.get("most_deprived") or []), default=MOST_DEPRIVED)
        picture = result_map(source, out[["index_decile", "index_rank"]], indicator_style("index_decile").draw,
                             label_field="index_rank", label_where=f'"index_rank" <= {int(cut)}')
        if picture is None:
            return None
        caption = self.tr("Index decile per area (1 = the most deprived tenth); the numbers are the ranks of the "
                          "most deprived areas in the table below. Drawn by QGIS as the output layer is styled.")
        return picture.as_dict(caption, self.tr("Map of the index deciles"))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        names = source.fields().names()
        index = read_index_parameters(self, parameters, context, names, feedback)
        feedback.pushInfo(self.tr("Definition: {name} ({source}).").format(name=index.definition.name,
                                                                          source=index.definition.source))

        shrinkage = None
        shrink_group = self.parameterAsFieldName(parameters, self.SHRINKAGE_GROUP_FIELD, context)
        if not shrink_group:
            shrink_group = next((f for f in SHRINK_GROUP_FIELDS if f in names), None)
        if self.parameterAsBool(parameters, self.SHRINKAGE, context):
            shrinkage = ShrinkageOptions(groups=shrink_group)
            feedback.pushInfo(self.tr("Shrinking small-area rates toward the mean of: {group}.")
                              .format(group=shrink_group or self.tr("all areas")))
        uncertainty = None
        if self.parameterAsBool(parameters, self.UNCERTAINTY, context):
            uncertainty = UncertaintyOptions(
                draws=self.parameterAsInt(parameters, self.UNCERTAINTY_DRAWS, context),
                weight_spread=self.parameterAsDouble(parameters, self.WEIGHT_SPREAD, context),
                seed=self.parameterAsInt(parameters, self.UNCERTAINTY_SEED, context))
        label = next((f for f in LABEL_FIELDS if f in names), None)
        name_field = next((f for f in NAME_FIELDS if f in names), None)
        national = self._national(parameters, context, feedback, index)

        fields_read = index.needed_fields(names)
        fields_read += [f for f in (shrink_group, label, name_field) if f and f not in fields_read]
        frame = source_to_frame(source, field_names=fields_read, feedback=feedback)
        feedback.setProgress(0)
        feedback.pushInfo(self.tr("Computing the index for {n} areas.").format(n=len(frame)))

        def progress(fraction):
            feedback.setProgress(100.0 * fraction)
            return feedback.isCanceled()

        try:
            result = compute_index(frame, index.definition, shrinkage=shrinkage, uncertainty=uncertainty,
                                   labels=label, national=national, feedback=progress, **index.options())
        except CanceledError as exc:
            raise QgsProcessingException(self.tr("Cancelled.")) from exc
        except WijkmonitorError as exc:
            raise QgsProcessingException(str(exc)) from exc
        for message in result.messages:
            feedback.pushWarning(message)
        if feedback.isCanceled():
            raise QgsProcessingException(self.tr("Cancelled."))

        out = result.frame
        fields = combined_fields(source.fields(), fields_for_frame(out, self._aliases(result)))
        dest_id, written = write_output(self, parameters, self.OUTPUT, context, source, out, fields, feedback)
        self.style_output(dest_id, indicator_style("index_decile", self._aliases(result)))

        report = result.report
        with_index = report["areas"]["with_index"]
        coverage = report["coverage"]
        feedback.pushInfo(self.tr("Wrote {n} areas; {m} of the {e} areas at or above the minimum population have "
                                  "an index score, {b} with a domain borrowed from their wijk or gemeente.")
                          .format(n=written, m=with_index, e=coverage["eligible"], b=coverage["with_borrowed_domains"]))
        results = {self.OUTPUT: dest_id, self.AREAS_WITH_INDEX: with_index,
                   self.AREAS_IMPUTED: coverage["with_borrowed_domains"],
                   self.DOMAINS: ",".join(d.id for d in result.reference.definition.domains),
                   self.LEFT_OUT_DOMAINS: ",".join(d["id"] for d in result.reference.left_out_domains)}
        report_path = self.parameterAsFileOutput(parameters, self.REPORT, context)
        if report_path:
            add_area_names(report, out, frame[label] if label else None, frame[name_field] if name_field else None)
            images = {"map": self._map(source, out, report)}
            files = write_report(report, report_path, user_locale(), images)
            feedback.pushInfo(self.tr("Report: {files}").format(files=", ".join(str(f) for f in files)))
            results[self.REPORT] = report_path
        return results
