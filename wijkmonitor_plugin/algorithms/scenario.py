"""wijkmonitor:scenario — policy scenarios: what-if changes to indicators and what they do to the index."""

from __future__ import annotations

from qgis.core import (
    QgsExpression,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMatrix,
    QgsWkbTypes,
)

from ..core import scenario as sc
from ..core.scenario_report import write_report
from ..i18n import translate
from ..qgis_adapters.compat import is_null
from ..qgis_adapters.frames import (
    combined_fields,
    fields_for_frame,
    python_value,
    source_to_frame,
    write_output,
)
from ..qgis_adapters.report_map import result_map
from ..qgis_adapters.scenario_style import decile_change_aliases, delta_style
from ..qgis_adapters.style_outputs import OutputStyle, table_style
from .base import GROUP_SCENARIOS, WijkmonitorAlgorithm
from .deprivation_index import index_parameters, read_index_parameters

#: fields that name an area, first present wins
NAME_FIELDS = ("statnaam", "buurtnaam", "wijknaam", "gemeentenaam", "naam", "name")


def _language() -> str:
    try:
        from ..i18n import user_locale

        return user_locale()
    except Exception:  # noqa: BLE001 (no settings outside QGIS: English)
        return "en"


class ScenarioAlgorithm(WijkmonitorAlgorithm):
    NAME = "scenario"
    GROUP = GROUP_SCENARIOS
    INPUT = "INPUT"
    DEFINITION = "DEFINITION"
    CHANGES = "CHANGES"
    CHANGES_MATRIX = "CHANGES_MATRIX"
    CODE_FIELD = "CODE_FIELD"
    POPULATION_FIELD = "POPULATION_FIELD"
    MIN_POPULATION = "MIN_POPULATION"
    GROUP_FIELD = "GROUP_FIELD"
    GROUP_MIN_AREAS = "GROUP_MIN_AREAS"
    IMPUTE = "IMPUTE"
    RERANK = "RERANK"
    ALLOW_EMPTY = "ALLOW_EMPTY"
    OUTPUT = "OUTPUT"
    DECILE_CHANGES = "DECILE_CHANGES"
    REPORT = "REPORT"
    SCENARIOS = "SCENARIOS"
    AREAS_CHANGING_DECILE = "AREAS_CHANGING_DECILE"
    LEFT_MOST_DEPRIVED = "LEFT_MOST_DEPRIVED"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("Policy scenarios (what-if on the deprivation index)")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return self.tr(
            "Changes indicators in chosen areas and shows what that does to the Achterstandsmonitor: which "
            "buurten change decile, in which domain, by how much.\n\n"
            "Changes: a table (CSV, XLSX, a layer) or the matrix below, one row per change, with the columns "
            "scenario (a name; rows with the same name form one scenario), areas (empty or 'all' = all areas; "
            "area codes separated by commas, semicolons or spaces, matched on the code field; or an expression "
            "such as \"wijkcode\" = 'WK0363AF'), field (the indicator field), operation (set, add, multiply or "
            "percent: percent change, -20 = 20% less) and value. An optional column selection_type (all, codes, "
            "expression) overrides the guess. A percentage must stay within 0–100 and a count at or above 0. "
            "Messages name the row of a change: the table rows are counted first, then the matrix rows.\n\n"
            "Method: the baseline index is computed as by the Achterstandsmonitor algorithm. Each scenario is "
            "then evaluated against the baseline: every changed area gets the index recomputed on the baseline "
            "data with only its own new values, so its new rank counts exactly the unchanged areas it now "
            "passes (with one changed area this is the re-ranked index), and an area that did not change keeps "
            "its scores, ranks and deciles exactly. 'Re-rank everything' instead recomputes the whole index on "
            "the changed data, all changes at once, as the index algorithm would; then unchanged areas can move "
            "too.\n\n"
            "Output layer: the input fields, the baseline index fields (as the index algorithm writes them) and "
            "per scenario <scenario>_changed (1 = changed by the scenario), <scenario>_<domain>_score/_rank/"
            "_decile and <scenario>_<domain>_score_delta/_rank_delta/_decile_delta (scenario minus baseline: a "
            "negative score delta and a positive rank or decile delta mean less deprived). The layer is drawn "
            "with the index score change of the first scenario: blue = less deprived, red = more deprived.\n\n"
            "Decile changes: a table with one row per area, scenario and domain (or index) whose decile changed, "
            "from and to. Report: an HTML file (or JSON plus HTML) with the changes and the number of areas that "
            "leave or enter the most deprived decile."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Areas with the indicators (wijken, buurten)"),
            [QgsProcessing.SourceType.TypeVector]))
        definition, population, minimum, group, group_min, impute = index_parameters(
            self, self.tr("The same definition file as for the Achterstandsmonitor algorithm."))
        self.addParameter(definition)
        changes = QgsProcessingParameterFeatureSource(
            self.CHANGES, self.tr("Change table (CSV, XLSX or layer)"), [QgsProcessing.SourceType.TypeVector],
            optional=True)
        changes.setHelp(self.tr("Columns: scenario, areas, field, operation, value (Dutch names work too: "
                                "naam, gebieden, veld, bewerking, waarde)."))
        self.addParameter(changes)
        matrix = QgsProcessingParameterMatrix(
            self.CHANGES_MATRIX, self.tr("Changes (instead of or in addition to the table)"), numberRows=0,
            hasFixedNumberRows=False, headers=list(sc.MATRIX_HEADERS), optional=True)
        matrix.setHelp(self.tr("One row per change: scenario, areas, field, operation (set, add, multiply, percent), "
                               "value."))
        self.addParameter(matrix)
        self.addParameter(QgsProcessingParameterField(
            self.CODE_FIELD, self.tr("Area code field (for area codes in the changes)"), "statcode",
            parentLayerParameterName=self.INPUT, optional=True))
        for param in (population, minimum, group, group_min, impute):
            self.addParameter(param)
        rerank = QgsProcessingParameterBoolean(
            self.RERANK, self.tr("Re-rank everything (recompute the whole index on the changed data)"), False)
        rerank.setHelp(self.tr("Off (recommended): only what changed moves, against the unchanged baseline. On: "
                               "weights and ranks are refitted on the changed data, as a new index run would."))
        self.addParameter(rerank)
        self.addParameter(QgsProcessingParameterBoolean(
            self.ALLOW_EMPTY, self.tr("Allow selections that match no area (warn instead of stop)"), False))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Scenarios"), QgsProcessing.SourceType.TypeVectorAnyGeometry))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.DECILE_CHANGES, self.tr("Areas that change decile"), QgsProcessing.SourceType.TypeVector))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.REPORT, self.tr("Report"), self.tr("HTML (*.html);;JSON and HTML (*.json)"), optional=True,
            createByDefault=False))
        self.addOutput(QgsProcessingOutputString(self.SCENARIOS, self.tr("Scenario field prefixes")))
        self.addOutput(QgsProcessingOutputNumber(self.AREAS_CHANGING_DECILE,
                                                 self.tr("Areas changing index decile (all scenarios)")))
        self.addOutput(QgsProcessingOutputNumber(self.LEFT_MOST_DEPRIVED,
                                                 self.tr("Areas leaving the most deprived decile (all scenarios)")))

    # -- reading ------------------------------------------------------------------------------------
    def _change_records(self, parameters, context, feedback) -> list:
        records = []
        table = self.parameterAsSource(parameters, self.CHANGES, context)
        if table is not None:
            frame = source_to_frame(table, feedback=feedback)
            records += frame.to_dict("records")
        matrix = [python_value(v) for v in self.parameterAsMatrix(parameters, self.CHANGES_MATRIX, context) or []]
        matrix = [None if is_null(v) else v for v in matrix]  # NULL when the matrix is not set
        if any(str(v if v is not None else "").strip() for v in matrix):
            try:
                records += sc.matrix_records(matrix)
            except sc.ScenarioError as exc:
                raise QgsProcessingException(str(exc)) from exc
        if not records:
            raise QgsProcessingException(self.tr("No changes given: fill the change table or the change matrix "
                                                 "(scenario, areas, field, operation, value)."))
        return records

    def _expression_selections(self, changes, source, parameters, context) -> dict:
        out = {}
        for change in changes:
            if change.kind != sc.EXPRESSION:
                continue
            expression = QgsExpression(change.areas)
            if expression.hasParserError():
                raise QgsProcessingException(translate("Scenario", "Change table, row {row}: {problem}").format(
                    row=change.row, problem=self.tr("'{text}' is neither a list of area codes of the code field nor "
                                                    "a valid expression ({error}).").format(
                        text=change.areas, error=expression.parserErrorString())))
            expr_context = self.createExpressionContext(parameters, context, source)
            expression.prepare(expr_context)
            request = QgsFeatureRequest()
            if not expression.needsGeometry():
                request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
            selected = set()
            for feature in source.getFeatures(request):
                expr_context.setFeature(feature)
                value = expression.evaluate(expr_context)
                if expression.hasEvalError():
                    raise QgsProcessingException(translate("Scenario", "Change table, row {row}: {problem}").format(
                        row=change.row, problem=self.tr("the expression '{text}' fails: {error}").format(
                            text=change.areas, error=expression.evalErrorString())))
                if value and python_value(value) not in (None, 0, False, ""):
                    selected.add(feature.id())
            out[change.row] = selected
        return out

    # -- writing ------------------------------------------------------------------------------------
    def _aliases(self, result, language: str) -> dict:
        aliases = {}
        titles = {d.id: d.title(language) for d in result.baseline.reference.definition.domains}
        titles["index"] = self.tr("Index")
        kinds = {"score": self.tr("score"), "rank": self.tr("rank"), "decile": self.tr("decile"),
                 "group_rank": self.tr("rank in group"), "group_decile": self.tr("decile in group")}
        for outcome in result.scenarios:
            aliases[f"{outcome.prefix}_changed"] = self.tr("{scenario} – changed").format(scenario=outcome.name)
            for measure, title in titles.items():
                for kind, kind_title in kinds.items():
                    column = f"{measure}_{kind}"
                    if column not in outcome.frame.columns:
                        continue
                    aliases[f"{outcome.prefix}_{column}"] = f"{outcome.name} – {title} – {kind_title}"
                    aliases[f"{outcome.prefix}_{column}_delta"] = self.tr("{scenario} – {measure} – {kind}, change") \
                        .format(scenario=outcome.name, measure=title, kind=kind_title)
        return aliases

    def _write_table(self, parameters, context, table):
        fields = fields_for_frame(table)
        sink, dest_id = self.parameterAsSink(parameters, self.DECILE_CHANGES, context, fields,
                                             QgsWkbTypes.Type.NoGeometry)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.DECILE_CHANGES))
        for row in table.itertuples(index=False):
            feature = QgsFeature(fields)
            feature.setAttributes([python_value(v) for v in row])
            if not sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert):
                raise QgsProcessingException(self.tr("Could not write the decile-change table."))
        return dest_id

    def _maps(self, source, result) -> dict:
        """The report's map per scenario: the change in the index score, drawn as the output layer is."""
        maps = {}
        for outcome in result.scenarios:
            field = f"{outcome.prefix}_index_score_delta"
            picture = result_map(source, result.frame[[field]], delta_style(field))
            if picture is None:  # a table without geometry
                return {}
            maps[outcome.prefix] = picture.as_dict(
                self.tr("Change in the index score per area in '{name}' (below 0: less deprived than now; "
                        "hatched: no index score). Drawn by QGIS as the output layer is styled.").format(
                    name=outcome.name),
                self.tr("Map of the change in the index score in '{name}'").format(name=outcome.name))
        return maps

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        names = source.fields().names()
        code_field = self.parameterAsFieldName(parameters, self.CODE_FIELD, context)
        if code_field and code_field not in names:
            code_field = None
        rerank = self.parameterAsBool(parameters, self.RERANK, context)
        allow_empty = self.parameterAsBool(parameters, self.ALLOW_EMPTY, context)
        index = read_index_parameters(self, parameters, context, names, feedback)
        name_field = next((f for f in NAME_FIELDS if f in names), None)
        records = self._change_records(parameters, context, feedback)

        codes_frame = source_to_frame(source, field_names=[code_field]) if code_field else None
        known, level = None, None
        if codes_frame is not None:
            known = set(sc.code_index(codes_frame[code_field]))
            level = sc.code_level(codes_frame[code_field])
        try:
            changes = sc.parse_changes(records, known_codes=known, level=level)
            sc.check_fields(changes, names)
        except sc.ScenarioError as exc:
            raise QgsProcessingException(str(exc)) from exc
        scenario_names = list(dict.fromkeys(c.scenario for c in changes))
        feedback.pushInfo(self.tr("{n} change(s) in {m} scenario(s): {names}.").format(
            n=len(changes), m=len(scenario_names), names=", ".join(scenario_names)))
        selections = self._expression_selections(changes, source, parameters, context)

        needed = set(index.needed_fields(names)) | {c.field for c in changes}
        needed |= {f for f in (code_field, name_field) if f}
        frame = source_to_frame(source, field_names=[n for n in names if n in needed], feedback=feedback)
        feedback.setProgress(0)
        mode = self.tr("re-ranking everything") if rerank else self.tr("against the baseline")
        feedback.pushInfo(self.tr("Computing the baseline and the scenarios ({mode}) for {n} areas.").format(
            mode=mode, n=len(frame)))

        def progress(fraction):
            feedback.setProgress(100.0 * fraction)
            return feedback.isCanceled()

        language = _language()
        try:
            result = sc.run_scenarios(frame, changes, index.definition, labels=code_field,
                                      code_field=code_field, name_field=name_field, expression_selections=selections,
                                      rerank=rerank, allow_empty=allow_empty, catalogue=sc.default_catalogue(),
                                      language=language, feedback=progress, **index.options())
        except sc.ScenarioError as exc:
            raise QgsProcessingException(str(exc)) from exc
        for message in result.messages:
            feedback.pushWarning(message)
        if feedback.isCanceled():
            raise QgsProcessingException(self.tr("Cancelled."))

        aliases = self._aliases(result, language)
        fields = combined_fields(source.fields(), fields_for_frame(result.frame, aliases))
        dest_id, _written = write_output(self, parameters, self.OUTPUT, context, source, result.frame, fields, feedback)
        table_id = self._write_table(parameters, context, result.decile_changes)

        first = result.scenarios[0].prefix
        self.style_output(dest_id, OutputStyle(delta_style(f"{first}_index_score_delta"), aliases))
        self.style_output(table_id, table_style(decile_change_aliases()))

        changing = left = 0
        for outcome in result.scenarios:
            s = outcome.summary
            changing += s["areas_changing_index_decile"]
            left += s["left_most_deprived_decile"]
            feedback.pushInfo(self.tr("{name}: {changed} area(s) changed, {moved} change index decile, {left} leave "
                                      "and {entered} enter the most deprived decile.").format(
                name=outcome.name, changed=s["areas_changed"], moved=s["areas_changing_index_decile"],
                left=s["left_most_deprived_decile"], entered=s["entered_most_deprived_decile"]))
        results = {self.OUTPUT: dest_id, self.DECILE_CHANGES: table_id,
                   self.SCENARIOS: ",".join(o.prefix for o in result.scenarios),
                   self.AREAS_CHANGING_DECILE: changing, self.LEFT_MOST_DEPRIVED: left}
        report_path = self.parameterAsFileOutput(parameters, self.REPORT, context)
        if report_path:
            files = write_report(result.report, report_path, language, {"maps": self._maps(source, result)})
            feedback.pushInfo(self.tr("Report: {files}").format(files=", ".join(str(f) for f in files)))
            results[self.REPORT] = report_path
        return results
