"""wijkmonitor:deprivationindex — the Achterstandsmonitor (multiple-deprivation index after the English IMD)."""

from __future__ import annotations

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

from ..core.definition import DefinitionError, load_definition, resolve
from ..core.deprivation import IndexInputError, ShrinkageOptions, UncertaintyOptions, compute_index
from ..core.index_report import write_report
from ..i18n import translate, user_locale
from ..qgis_adapters.frames import combined_fields, fields_for_frame, source_to_frame, write_source_with_frame
from .base import GROUP_INDEX, WijkmonitorAlgorithm

#: fields that name an area in the report, first present wins
LABEL_FIELDS = ("statcode", "buurtcode", "wijkcode", "gemeentecode", "lsoa21_code", "code", "naam", "name")
#: default grouping for shrinkage: the wijk, else the gemeente
SHRINK_GROUP_FIELDS = ("wijkcode", "gemeentecode")


def index_parameters(alg, definition_help: str) -> list:
    """The definition, population, minimum-population and group parameters of the index.

    The policy scenarios take the same parameters; ``alg`` supplies the parameter names
    (``DEFINITION``, ``POPULATION_FIELD``, ``MIN_POPULATION``, ``GROUP_FIELD``) and ``INPUT``.
    """
    definition = QgsProcessingParameterFile(
        alg.DEFINITION, translate("DeprivationIndexAlgorithm", "Index definition (JSON; empty = Dutch "
                                                               "Achterstandsmonitor)"),
        QgsProcessingParameterFile.Behavior.File, "json", optional=True)
    definition.setHelp(definition_help)
    population = QgsProcessingParameterField(
        alg.POPULATION_FIELD, translate("DeprivationIndexAlgorithm", "Population field"),
        parentLayerParameterName=alg.INPUT, type=QgsProcessingParameterField.DataType.Numeric, optional=True)
    population.setHelp(translate("DeprivationIndexAlgorithm", "Inhabitants per area, used with the minimum "
                                                              "population (e.g. aantalInwoners)."))
    minimum = QgsProcessingParameterNumber(
        alg.MIN_POPULATION, translate("DeprivationIndexAlgorithm", "Minimum population (areas below get no scores)"),
        QgsProcessingParameterNumber.Type.Double, 0.0, minValue=0.0)
    group = QgsProcessingParameterField(
        alg.GROUP_FIELD, translate("DeprivationIndexAlgorithm", "Also rank within groups (e.g. gemeentecode)"),
        parentLayerParameterName=alg.INPUT, optional=True)
    return [definition, population, minimum, group]


def read_index_parameters(alg, parameters, context, field_names):
    """(definition, resolution, population field, minimum population, group field) from the parameters of
    :func:`index_parameters`; a clear QgsProcessingException for a bad combination or definition."""
    path = alg.parameterAsFile(parameters, alg.DEFINITION, context)
    population = alg.parameterAsFieldName(parameters, alg.POPULATION_FIELD, context)
    min_population = alg.parameterAsDouble(parameters, alg.MIN_POPULATION, context)
    group = alg.parameterAsFieldName(parameters, alg.GROUP_FIELD, context)
    if min_population > 0 and not population:
        raise QgsProcessingException(translate(
            "DeprivationIndexAlgorithm", "A minimum population needs a population field: choose the field "
                                         "with the number of inhabitants (e.g. aantalInwoners)."))
    try:
        definition = load_definition(path or None)
        resolution = resolve(definition, field_names)
    except DefinitionError as exc:
        raise QgsProcessingException(str(exc)) from exc
    return definition, resolution, population, min_population, group


class DeprivationIndexAlgorithm(WijkmonitorAlgorithm):
    NAME = "deprivationindex"
    GROUP = GROUP_INDEX
    INPUT = "INPUT"
    DEFINITION = "DEFINITION"
    POPULATION_FIELD = "POPULATION_FIELD"
    MIN_POPULATION = "MIN_POPULATION"
    GROUP_FIELD = "GROUP_FIELD"
    SHRINKAGE = "SHRINKAGE"
    SHRINKAGE_GROUP_FIELD = "SHRINKAGE_GROUP_FIELD"
    UNCERTAINTY = "UNCERTAINTY"
    UNCERTAINTY_DRAWS = "UNCERTAINTY_DRAWS"
    WEIGHT_SPREAD = "WEIGHT_SPREAD"
    OUTPUT = "OUTPUT"
    REPORT = "REPORT"
    AREAS_WITH_INDEX = "AREAS_WITH_INDEX"
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
            "is based on. With a group field also <domain>_group_rank/_group_decile and "
            "index_group_rank/_group_decile within each group; with rank uncertainty index_rank_p05 and "
            "index_rank_p95, the 5th and 95th percentile of the index rank under varied weights (and sampling "
            "error with shrinkage). Areas below the minimum population get NULL.\n\n"
            "Report: an HTML file (or JSON plus HTML) with the definition used, fitted weights, areas left out "
            "and why, domain correlations and the distribution of the scores."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Areas (wijken, buurten; a table without geometry works too)"),
            [QgsProcessing.SourceType.TypeVector]))
        for param in index_parameters(self, self.tr(
                "Domains, indicators, weights and methods; the format is described in the README. Leave empty "
                "for the built-in Dutch preset.")):
            self.addParameter(param)
        shrinkage = QgsProcessingParameterBoolean(
            self.SHRINKAGE, self.tr("Shrink rates of small areas toward the group mean"), False)
        shrinkage.setHelp(self.tr("Rates with a known count (denominator or base in the definition) are moved "
                                  "toward the mean of their wijk or gemeente in proportion to their standard "
                                  "error, so that a few people do not make an extreme score."))
        self.addParameter(shrinkage)
        shrink_group = QgsProcessingParameterField(
            self.SHRINKAGE_GROUP_FIELD, self.tr("Shrink toward the mean of (empty = wijkcode or gemeentecode)"),
            parentLayerParameterName=self.INPUT, optional=True)
        self.addParameter(shrink_group)
        uncertainty = QgsProcessingParameterBoolean(
            self.UNCERTAINTY, self.tr("Rank uncertainty (index_rank_p05, index_rank_p95)"), False)
        self.addParameter(uncertainty)
        draws = QgsProcessingParameterNumber(
            self.UNCERTAINTY_DRAWS, self.tr("Number of draws for the rank uncertainty"),
            QgsProcessingParameterNumber.Type.Integer, 200, minValue=10, maxValue=5000)
        spread = QgsProcessingParameterNumber(
            self.WEIGHT_SPREAD, self.tr("Variation of the domain weights (0.25 = about ±25%)"),
            QgsProcessingParameterNumber.Type.Double, 0.25, minValue=0.0, maxValue=2.0)
        for param in (shrink_group, draws, spread):
            param.setFlags(param.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
        self.addParameter(draws)
        self.addParameter(spread)
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Achterstandsmonitor"), QgsProcessing.SourceType.TypeVectorAnyGeometry))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.REPORT, self.tr("Report"), self.tr("HTML (*.html);;JSON and HTML (*.json)"), optional=True,
            createByDefault=False))
        self.addOutput(QgsProcessingOutputNumber(self.AREAS_WITH_INDEX, self.tr("Areas with an index score")))
        self.addOutput(QgsProcessingOutputString(self.DOMAINS, self.tr("Domains used")))
        self.addOutput(QgsProcessingOutputString(self.LEFT_OUT_DOMAINS, self.tr("Domains left out")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        names = source.fields().names()
        definition, resolution, population, min_population, group = read_index_parameters(
            self, parameters, context, names)
        feedback.pushInfo(self.tr("Definition: {name} ({source}).").format(name=definition.name,
                                                                          source=definition.source))

        shrinkage = None
        shrink_group = None
        if self.parameterAsBool(parameters, self.SHRINKAGE, context):
            shrink_group = self.parameterAsFieldName(parameters, self.SHRINKAGE_GROUP_FIELD, context)
            if not shrink_group:
                shrink_group = next((f for f in SHRINK_GROUP_FIELDS if f in names), None)
            shrinkage = ShrinkageOptions(groups=shrink_group)
            feedback.pushInfo(self.tr("Shrinking small-area rates toward the mean of: {group}.")
                              .format(group=shrink_group or self.tr("all areas")))
        uncertainty = None
        if self.parameterAsBool(parameters, self.UNCERTAINTY, context):
            uncertainty = UncertaintyOptions(
                draws=self.parameterAsInt(parameters, self.UNCERTAINTY_DRAWS, context),
                weight_spread=self.parameterAsDouble(parameters, self.WEIGHT_SPREAD, context))
        label = next((f for f in LABEL_FIELDS if f in names), None)

        needed = {f for d in resolution.definition.domains for i in d.all_indicators() for f in i.needed_fields()}
        needed |= {f for f in (population, group, shrink_group, label) if f}
        frame = source_to_frame(source, field_names=[n for n in names if n in needed], feedback=feedback)
        feedback.setProgress(0)
        feedback.pushInfo(self.tr("Computing the index for {n} areas.").format(n=len(frame)))
        try:
            result = compute_index(frame, definition, population=population, min_population=min_population,
                                   groups=group, shrinkage=shrinkage, uncertainty=uncertainty, labels=label)
        except IndexInputError as exc:
            raise QgsProcessingException(str(exc)) from exc
        for message in result.messages:
            feedback.pushWarning(message)
        if feedback.isCanceled():
            raise QgsProcessingException(self.tr("Cancelled."))

        out = result.frame
        aliases = {}
        language = user_locale()
        for dom in result.reference.definition.domains:
            title = dom.title(language)
            aliases[f"{dom.id}_score"] = translate("DeprivationIndexAlgorithm", "{domain} – score").format(domain=title)
            aliases[f"{dom.id}_rank"] = translate("DeprivationIndexAlgorithm", "{domain} – rank").format(domain=title)
            aliases[f"{dom.id}_decile"] = translate("DeprivationIndexAlgorithm", "{domain} – decile").format(
                domain=title)
        aliases.update({"index_score": self.tr("Index – score"), "index_rank": self.tr("Index – rank"),
                        "index_decile": self.tr("Index – decile")})
        fields = combined_fields(source.fields(), fields_for_frame(out, aliases))
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields, source.wkbType(),
                                             source.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        written = write_source_with_frame(source, sink, out, fields, feedback)

        report = result.report
        with_index = report["areas"]["with_index"]
        feedback.pushInfo(self.tr("Wrote {n} areas; {m} have an index score.").format(n=written, m=with_index))
        results = {self.OUTPUT: dest_id, self.AREAS_WITH_INDEX: with_index,
                   self.DOMAINS: ",".join(d.id for d in result.reference.definition.domains),
                   self.LEFT_OUT_DOMAINS: ",".join(d["id"] for d in result.reference.left_out_domains)}
        report_path = self.parameterAsFileOutput(parameters, self.REPORT, context)
        if report_path:
            files = write_report(report, report_path, language)
            feedback.pushInfo(self.tr("Report: {files}").format(files=", ".join(str(f) for f in files)))
            results[self.REPORT] = report_path
        return results
