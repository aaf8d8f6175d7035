"""wijkmonitor:computeindicators — the catalogue indicators from the raw fields of a neighbourhood layer."""

from __future__ import annotations

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsWkbTypes,
)

from ..core.catalogue import CatalogueError, load_catalogue
from ..core.indicators import compute_indicators, plan_indicators
from ..core.values import ValueReport
from ..i18n import user_locale
from ..qgis_adapters.compat import make_field
from ..qgis_adapters.frames import combined_fields, report_cleaning, source_to_frame, write_output
from ..qgis_adapters.style_outputs import aliases_of, first_indicator_style, report_aliases, table_style
from .base import GROUP_INDICATORS, WijkmonitorAlgorithm


def ui_language() -> str:
    try:
        return "nl" if user_locale() == "nl" else "en"
    except Exception:  # noqa: BLE001 (no settings outside QGIS)
        return "en"


def indicator_fields(indicators, lang: str) -> QgsFields:
    """Double fields named by indicator id, with the label as alias, the unit as comment, the decimals as precision."""
    fields = QgsFields()
    for ind in indicators:
        fields.append(make_field(ind.id, "double", alias=ind.label_for(lang), precision=ind.decimals,
                                 comment=ind.unit))
    return fields


def write_rows(sink, fields, rows) -> None:
    for row in rows:
        feature = QgsFeature(fields)
        feature.setAttributes(list(row))
        sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)


class ComputeIndicatorsAlgorithm(WijkmonitorAlgorithm):
    NAME = "computeindicators"
    GROUP = GROUP_INDICATORS
    INPUT = "INPUT"
    THEME = "THEME"
    OUTPUT = "OUTPUT"
    REPORT = "REPORT"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("Compute catalogue indicators")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return self.tr(
            "Computes the indicators of the Wijkmonitor catalogue (one theme or all) from the raw fields of a "
            "neighbourhood layer: rates per 1,000, shares and ratios from their numerators and denominators, and "
            "published figures as they are. Field names of the CBS Wijk- en Buurtkaart are recognised for every "
            "year (2021 snake_case, 2023 camelCase), as are CBS titles and KWB short names of joined tables.\n\n"
            "CBS codes for missing or secret figures (-99995, -99997, -99999999) and negative counts are NULL, never "
            "a number; figures stored as text are read as numbers (decimal comma or point); the log and the report "
            "say per field what was changed. "
            "A value is NULL where a numerator or denominator is NULL or the denominator is 0. Output: the input "
            "with one field per indicator (named by its id, with the label as alias, the unit as comment and the "
            "catalogue's decimals as precision). Report: per indicator 'computed' with the formula used, or "
            "'missing' with the reason (fields not in the input, raster or table still to add, no open source), and "
            "per input field whose values were changed 'cleaned' with what was changed."
        )

    def _themes(self):
        try:
            return load_catalogue().themes
        except CatalogueError:
            return []

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        lang = ui_language()
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Neighbourhoods"), [QgsProcessing.SourceType.TypeVectorAnyGeometry]))
        theme = QgsProcessingParameterEnum(
            self.THEME, self.tr("Theme"), [self.tr("All themes")] + [t.label_for(lang) for t in self._themes()],
            defaultValue=0)
        theme.setHelp(self.tr("Compute the indicators of one theme, or of all themes."))
        self.addParameter(theme)
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Neighbourhoods with indicators"), QgsProcessing.SourceType.TypeVectorAnyGeometry))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.REPORT, self.tr("Indicator report"), QgsProcessing.SourceType.TypeVector, optional=True,
            createByDefault=True))
        self.addOutput(QgsProcessingOutputNumber("COMPUTED", self.tr("Indicators computed")))
        self.addOutput(QgsProcessingOutputNumber("MISSING", self.tr("Indicators missing")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        try:
            catalogue = load_catalogue()
        except CatalogueError as exc:
            raise QgsProcessingException(str(exc)) from None
        index = self.parameterAsEnum(parameters, self.THEME, context)
        theme = catalogue.themes[index - 1].id if index > 0 else None
        lang = ui_language()
        plans, missing = plan_indicators(catalogue, source.fields().names(), theme=theme)
        needed = list(dict.fromkeys(f for p in plans for f in p.fields()))
        cleaned = ValueReport()
        frame = source_to_frame(source, needed, feedback=feedback, numbers=needed, report=cleaned)
        report_cleaning(cleaned, feedback, source.sourceName())
        result = compute_indicators(frame, plans, missing)
        computed = [p.indicator for p in plans if p.indicator.id in result.computed]
        values = result.values[[i.id for i in computed]]

        out_fields = combined_fields(source.fields(), indicator_fields(computed, lang))
        dest_id, _written = write_output(self, parameters, self.OUTPUT, context, source, values, out_fields,
                                         feedback)
        self.style_output(dest_id, first_indicator_style([i.id for i in computed],
                                                         aliases_of(indicator_fields(computed, lang))))

        feedback.pushInfo(self.tr("Computed {n} indicators:").format(n=len(computed)))
        for ind in computed:
            feedback.pushInfo(f"  {ind.id} = {result.computed[ind.id]}")
        if result.missing:
            feedback.pushInfo(self.tr("Missing on this input ({n}):").format(n=len(result.missing)))
            for iid, reason in result.missing.items():
                feedback.pushInfo(f"  {iid}: {reason}")
        for iid, n in result.zero_denominators.items():
            feedback.pushInfo(self.tr("{id}: NULL in {n} areas whose denominator is 0.").format(id=iid, n=n))
        if not computed:
            feedback.reportError(self.tr("No catalogue indicator could be computed from the fields of this layer."),
                                 False)

        results = {self.OUTPUT: dest_id, "COMPUTED": len(computed), "MISSING": len(result.missing)}
        report_fields = QgsFields()
        for name in ("indicator", "theme", "status", "detail"):
            report_fields.append(make_field(name, "string"))
        report_sink, report_id = self.parameterAsSink(parameters, self.REPORT, context, report_fields,
                                                      QgsWkbTypes.Type.NoGeometry)
        if report_sink is not None:
            rows = [(i.id, i.theme, "computed", result.computed[i.id]) for i in computed]
            rows += [(iid, catalogue.indicator(iid).theme, "missing", reason) for iid, reason in result.missing.items()]
            rows += [(column, "", "cleaned", text) for column, text in cleaned.rows()]
            write_rows(report_sink, report_fields, rows)
            results[self.REPORT] = report_id
            self.style_output(report_id, table_style(report_aliases()))
        return results
