"""wijkmonitor:wijkprofile — facts and perceptions side by side per domain, 100 = the municipality or the country."""

from __future__ import annotations

import pandas as pd
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
)

from ..core import wijkprofile as wp
from ..core.errors import WijkmonitorError
from ..core.regions import level_of_code
from ..core.wijkprofile_report import area_page, write_report
from ..qgis_adapters.frames import combined_fields, fields_for_frame, source_to_frame, write_source_with_frame
from ..qgis_adapters.style import map_language
from ..qgis_adapters.style_outputs import indicator_style
from .base import GROUP_INDICATORS, WijkmonitorAlgorithm

CODE_FIELDS = ("statcode", "buurtcode", "wijkcode", "gemeentecode", "code")
NAME_FIELDS = ("statnaam", "buurtnaam", "wijknaam", "gemeentenaam", "naam", "name")
GROUP_FIELDS = ("gemeentecode",)
REFERENCES = (wp.REFERENCE_MUNICIPALITY, wp.REFERENCE_COUNTRY)


class WijkprofileAlgorithm(WijkmonitorAlgorithm):
    NAME = "wijkprofile"
    GROUP = GROUP_INDICATORS
    INPUT = "INPUT"
    DEFINITION = "DEFINITION"
    REFERENCE = "REFERENCE"
    REFERENCE_LAYER = "REFERENCE_LAYER"
    POPULATION_FIELD = "POPULATION_FIELD"
    GROUP_FIELD = "GROUP_FIELD"
    REPORT_AREA_FIELD = "REPORT_AREA_FIELD"
    OUTPUT = "OUTPUT"
    REPORT = "REPORT"
    AREAS_SCORED = "AREAS_SCORED"
    DOMAINS = "DOMAINS"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("Wijkprofiel (facts and perceptions)")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return self.tr(
            "Per area and domain (physical, social, safety, health in the built-in profile) an objective score from "
            "registered figures (Kerncijfers, crime, facilities) and a subjective score from how residents experience "
            "it (GGD health monitor: self-rated health, loneliness, control over one's life, difficulty making ends "
            "meet, noise nuisance from neighbours; Leefbaarometer; a survey table the municipality joins).\n\n"
            "Each figure is scored 100 + 10 × the number of standard deviations from the reference, so 100 = the "
            "reference and higher = better: the municipality (the areas of the same gemeente) or the country (all "
            "areas of the reference layer, e.g. the national table of buurten; empty = the input). With a "
            "population field, 100 is the population-weighted average. Figures that are not in the layer are left "
            "out and listed in the report.\n\n"
            "Output fields, added to the input fields: &lt;domain&gt;_obj, &lt;domain&gt;_subj, "
            "&lt;domain&gt;_combined (the mean of both) and &lt;domain&gt;_gap (perception − facts: positive = "
            "residents are more positive than the figures), and the same over all domains as profile_obj, "
            "profile_subj, profile_combined, profile_gap.\n\n"
            "Report: per wijk (or per area) a chart of facts next to perceptions per domain, the scores, and which "
            "figures were used."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Areas with figures and perceptions (wijken, buurten)"),
            [QgsProcessing.SourceType.TypeVector]))
        definition = QgsProcessingParameterFile(
            self.DEFINITION, self.tr("Profile definition (JSON; empty = built-in Dutch wijkprofiel)"),
            QgsProcessingParameterFile.Behavior.File, "json", optional=True)
        definition.setHelp(self.tr("Domains with objective and subjective measures; the format is described in the "
                                   "README."))
        self.addParameter(definition)
        self.addParameter(QgsProcessingParameterEnum(
            self.REFERENCE, self.tr("Reference (= 100)"), [self.tr("The municipality"), self.tr("The country")],
            defaultValue=0))
        ref_layer = QgsProcessingParameterFeatureSource(
            self.REFERENCE_LAYER, self.tr("Reference areas (e.g. the national table; empty = the input)"),
            [QgsProcessing.SourceType.TypeVector], optional=True)
        ref_layer.setHelp(self.tr("A layer or table with the same figures for all areas of the country (or of the "
                                  "municipality). Only rows of the input's level are used (buurten with buurten)."))
        self.addParameter(ref_layer)
        population = QgsProcessingParameterField(
            self.POPULATION_FIELD, self.tr("Population field (weights the reference average)"), "aantalInwoners",
            parentLayerParameterName=self.INPUT, type=QgsProcessingParameterField.DataType.Numeric, optional=True)
        population.setHelp(self.tr("Empty: every area counts the same in the reference average."))
        self.addParameter(population)
        self.addParameter(QgsProcessingParameterField(
            self.GROUP_FIELD, self.tr("Gemeente field (empty = gemeentecode, or the code of the area)"),
            parentLayerParameterName=self.INPUT, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.REPORT_AREA_FIELD, self.tr("Report per (empty = wijkcode for buurten, else per area)"),
            parentLayerParameterName=self.INPUT, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Wijkprofiel"), QgsProcessing.SourceType.TypeVectorAnyGeometry))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.REPORT, self.tr("Report"), self.tr("HTML (*.html)"), optional=True, createByDefault=False))
        self.addOutput(QgsProcessingOutputNumber(self.AREAS_SCORED, self.tr("Areas with a profile score")))
        self.addOutput(QgsProcessingOutputString(self.DOMAINS, self.tr("Domains with scores")))

    def _read_reference(self, parameters, context, profile, feedback):
        ref_source = self.parameterAsSource(parameters, self.REFERENCE_LAYER, context)
        if ref_source is None:
            return None, None, None
        names = ref_source.fields().names()
        measures = [m for d in profile.domains for side in wp.SIDES for m in d.side(side)]
        code = next((f for f in CODE_FIELDS if f in names), None)
        wanted = wp.needed_fields(measures, names) + [f for f in (code, "gemeentecode", "inwoners", "aantalInwoners")
                                                      if f and f in names]
        frame = source_to_frame(ref_source, field_names=list(dict.fromkeys(wanted)), feedback=feedback)
        population = next((f for f in ("aantalInwoners", "inwoners") if f in frame.columns), None)
        return frame, code, population

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        names = source.fields().names()
        reference = REFERENCES[self.parameterAsEnum(parameters, self.REFERENCE, context)]
        population = self.parameterAsFieldName(parameters, self.POPULATION_FIELD, context)
        group = self.parameterAsFieldName(parameters, self.GROUP_FIELD, context) or \
            next((f for f in GROUP_FIELDS if f in names), None)
        code = next((f for f in CODE_FIELDS if f in names), None)
        name = next((f for f in NAME_FIELDS if f in names), None)
        try:
            profile = wp.load_profile(self.parameterAsFile(parameters, self.DEFINITION, context) or None)
            measures = [m for d in profile.domains for side in wp.SIDES for m in d.side(side)]
            report_field = self.parameterAsFieldName(parameters, self.REPORT_AREA_FIELD, context)
            wanted = wp.needed_fields(measures, names) + [f for f in (code, name, group, population, report_field,
                                                                       "wijkcode") if f and f in names]
            frame = source_to_frame(source, field_names=list(dict.fromkeys(wanted)), feedback=feedback)
            if reference == wp.REFERENCE_MUNICIPALITY and len(frame) < 2:
                raise QgsProcessingException(self.tr(
                    "There is only {n} area: against the municipality (= 100) a profile compares areas with the "
                    "average of their gemeente, so it needs at least two. Use all buurten of the gemeente, or "
                    "choose the country as reference.").format(n=len(frame)))
            ref_frame, ref_code, ref_population = self._read_reference(parameters, context, profile, feedback)
            if ref_frame is not None:
                feedback.pushInfo(self.tr("Reference: {n} rows of the reference layer.").format(n=len(ref_frame)))
            result = wp.compute_profile(frame, profile, reference=reference, reference_frame=ref_frame,
                                        population=population, reference_population=ref_population if population
                                        else None, group_field=group, code_field=code, reference_code_field=ref_code,
                                        reference_group_field="gemeentecode", language=map_language())
        except WijkmonitorError as exc:
            raise QgsProcessingException(str(exc)) from exc
        for item in result.left_out:
            feedback.pushInfo(self.tr("Left out: {domain} {side} – {measure}: {reason}").format(
                **dict(item, side=wp.side_name(item["side"]))))
        for message in result.messages:
            feedback.pushWarning(message)

        language = map_language()
        out = result.frame
        aliases = {}
        for dom in result.profile.domains:
            title = dom.title(language)
            aliases.update({f"{dom.id}_obj": self.tr("{domain} – facts").format(domain=title),
                            f"{dom.id}_subj": self.tr("{domain} – perception").format(domain=title),
                            f"{dom.id}_combined": self.tr("{domain} – combined").format(domain=title),
                            f"{dom.id}_gap": self.tr("{domain} – gap (perception − facts)").format(domain=title)})
        aliases.update({"profile_obj": self.tr("Profile – facts"), "profile_subj": self.tr("Profile – perception"),
                        "profile_combined": self.tr("Profile – combined"),
                        "profile_gap": self.tr("Profile – gap (perception − facts)")})
        fields = combined_fields(source.fields(), fields_for_frame(out, aliases, {c: 1 for c in out.columns}))
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields, source.wkbType(),
                                             source.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        write_source_with_frame(source, sink, out, fields, feedback)
        self.style_output(dest_id, indicator_style("profile_combined", aliases, direction="better", reference=100,
                                                   title=aliases["profile_combined"], unit=""))
        scored = int((out["profile_obj"].notna() | out["profile_subj"].notna()).sum())
        with_domains = [d.id for d in result.profile.domains
                        if out[f"{d.id}_obj"].notna().any() or out[f"{d.id}_subj"].notna().any()]
        feedback.pushInfo(self.tr("{n} of {m} areas have a profile score; domains with scores: {domains}.").format(
            n=scored, m=len(out), domains=", ".join(with_domains)))
        results = {self.OUTPUT: dest_id, self.AREAS_SCORED: scored, self.DOMAINS: ",".join(with_domains)}
        report_path = self.parameterAsFileOutput(parameters, self.REPORT, context)
        if report_path:
            if not report_field and code and "wijkcode" in frame.columns and \
                    level_of_code(str(frame[code].dropna().iloc[0]) if frame[code].notna().any() else "") == "buurten":
                report_field = "wijkcode"
            report = build_report(result, frame, code, name, report_field, population, reference,
                                  ref_frame is not None, language)
            write_report(report, report_path, language)
            results[self.REPORT] = report_path
        return results


def _title(frame: pd.DataFrame, fid, code, name) -> str:
    parts = [str(frame.at[fid, c]) for c in (code, name) if c and c in frame.columns and pd.notna(frame.at[fid, c])]
    return " ".join(parts) or f"#{fid}"


def build_report(result, frame, code, name, report_field, population, reference, has_reference_layer,
                 language) -> dict:
    """The report dict for :func:`..core.wijkprofile_report.render_html`: domains, measures, one page per
    wijk (the population-weighted mean of its buurten, with the buurten listed) or per area."""
    from ..i18n import translate

    profile = result.profile
    domains = []
    for dom in profile.domains:
        domains.append({
            "title": dom.title(language), "note": dom.note.get(language) or dom.note.get("en") or "",
            "measures": [{"label": next(m.title(language) for m in dom.side(info["side"]) if m.key == info["key"]),
                          "side": wp.side_name(info["side"]),
                          "field": info["field"],
                          "direction": translate("WijkprofileReport", "higher") if info["higher_is_better"]
                          else translate("WijkprofileReport", "lower"),
                          "areas_with_value": info["areas_with_value"], "reference_areas": info["reference_areas"]}
                         for info in result.measures if info["domain"] == dom.id],
            "left_out": [dict(item, side=wp.side_name(item["side"]),
                              measure=item["label"].get(language) or item["measure"])
                         for item in result.left_out if item["domain"] == dom.id]})
    scores = result.frame
    pages = []
    if report_field and report_field in frame.columns:
        groups = frame[report_field].where(frame[report_field].notna(), None)
        weights = frame[population] if population else None
        aggregated = wp.aggregate_scores(scores, groups.fillna(""), weights)
        for key, agg in aggregated.iterrows():
            members = [fid for fid in frame.index if (groups.at[fid] or "") == key]
            page = area_page(agg, profile.domains, str(key) or translate("WijkprofileReport", "(no wijk)"), language)
            page["buurten"] = [area_page(scores.loc[fid], profile.domains, _title(frame, fid, code, name), language)
                               for fid in members]
            pages.append(page)
        areas_note = translate("WijkprofileReport", "Per {field}: the mean of the scores of its areas{weighted}; the "
                                                    "areas are listed under 'Scores'.").format(
            field=report_field, weighted=translate("WijkprofileReport", ", weighted by population")
            if population else "")
    else:
        for fid in frame.index:
            pages.append(area_page(scores.loc[fid], profile.domains, _title(frame, fid, code, name), language))
        areas_note = translate("WijkprofileReport", "One chart per area.")
    reference_text = translate("WijkprofileReport", "the municipality (the areas of the same gemeente)") \
        if reference == wp.REFERENCE_MUNICIPALITY else translate("WijkprofileReport", "the country")
    if has_reference_layer:
        reference_text += translate("WijkprofileReport", ", from the reference layer")
    if population:
        reference_text += translate("WijkprofileReport", ", weighted by population")
    return {"title": profile.title(language),
            "description": profile.description.get(language) or profile.description.get("en") or "",
            "reference_text": reference_text, "scale": profile.scale, "messages": result.messages,
            "domains": domains, "pages": pages,
            "areas_heading": translate("WijkprofileReport", "Facts and perceptions per area"), "areas_note": areas_note}
