"""wijkmonitor:similarareas — for each area the k most similar areas in the whole country."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..core import similar as sim
from ..core.errors import WijkmonitorError
from ..core.regions import level_of_code, normalise_code
from ..core.wijkprofile import find_field, measure_values, parse_measure, resolve_measure
from ..qgis_adapters.compat import make_field
from ..qgis_adapters.frames import combined_fields, fields_for_frame, source_to_frame, write_source_with_frame
from ..qgis_adapters.style_outputs import indicator_style, table_style
from .base import GROUP_INDICATORS, WijkmonitorAlgorithm

CODE_FIELDS = ("statcode", "buurtcode", "wijkcode", "gemeentecode", "code")
NAME_FIELDS = ("statnaam", "buurtnaam", "wijknaam", "naam", "name")
MUNICIPALITY_FIELDS = ("gemeentenaam", "gemeentecode")
STRATUM_FIELDS = ("stedelijkheid", "mateVanStedelijkheid", "MateVanStedelijkheid", "stedelijkheidAdressenPerKm2",
                  "stedelijkheid_adressen_per_km2", "ste_mvs")
INHABITANTS = ["aantalInwoners", "aantal_inwoners", "inwoners", "AantalInwoners", "a_inw"]

#: the default comparison: population structure and housing (names of the PDOK map, the OGC API, CBS
#: keys and the national table); each is standardised over all areas, so every one weighs the same
DEFAULT_INDICATORS = [
    {"id": "pct_0_15", "label": {"nl": "Aandeel 0–15 jaar (%)", "en": "Share aged 0–15 (%)"},
     "field": ["percentagePersonen0Tot15Jaar", "percentage_personen_0_tot_15_jaar", "aandeel_0_15_pct", "p_00_14_jr"],
     "alternatives": [{"field": ["inwoners0tot15", "k_0Tot15Jaar", "aantalInwoners0Tot15Jaar"],
                       "denominator": INHABITANTS, "per": 100}]},
    {"id": "pct_65plus", "label": {"nl": "Aandeel 65 jaar en ouder (%)", "en": "Share aged 65 and over (%)"},
     "field": ["percentagePersonen65JaarEnOuder", "percentage_personen_65_jaar_en_ouder", "aandeel_65plus_pct",
               "p_65_eo_jr"],
     "alternatives": [{"field": ["inwoners65plus", "k_65JaarOfOuder", "aantalInwoners65JaarEnOuder"],
                       "denominator": INHABITANTS, "per": 100}]},
    {"id": "household_size", "label": {"nl": "Gemiddelde huishoudensgrootte", "en": "Average household size"},
     "field": ["gemiddeldeHuishoudsgrootte", "gemiddelde_huishoudsgrootte", "huishoudensgrootte",
               "GemiddeldeHuishoudensgrootte", "g_hhgro"]},
    {"id": "log_density", "label": {"nl": "Bevolkingsdichtheid (log)", "en": "Population density (log)"},
     "field": ["bevolkingsdichtheidInwonersPerKm2", "bevolkingsdichtheid_inwoners_per_km2", "bevolkingsdichtheid",
               "dichtheid", "Bevolkingsdichtheid", "bev_dich"], "transform": "log"},
    {"id": "log_inhabitants", "label": {"nl": "Inwoners (log)", "en": "Inhabitants (log)"},
     "field": INHABITANTS, "transform": "log"},
    {"id": "woz", "label": {"nl": "Gemiddelde WOZ-waarde", "en": "Average WOZ value"},
     "field": ["gemiddeldeWoningwaarde", "gemiddelde_woningwaarde", "woz_waarde", "wozWaarde",
               "GemiddeldeWOZWaardeVanWoningen", "g_woz"]},
    {"id": "pct_owner", "label": {"nl": "Koopwoningen (%)", "en": "Owner-occupied dwellings (%)"},
     "field": ["percentageKoopwoningen", "percentage_koopwoningen", "koopwoningen_pct", "koopwoningen", "Koopwoningen",
               "p_koopw"]},
    {"id": "pct_single_family", "label": {"nl": "Eengezinswoningen (%)", "en": "Single-family dwellings (%)"},
     "field": ["percentageEengezinswoning", "percentage_eengezinswoning", "eengezinswoning",
               "PercentageEengezinswoning", "p_1gezw"]},
]


def default_measures():
    return [parse_measure(dict(spec), spec["id"], f"default[{i}]") for i, spec in enumerate(DEFAULT_INDICATORS)]


class SimilarAreasAlgorithm(WijkmonitorAlgorithm):
    NAME = "similarareas"
    GROUP = GROUP_INDICATORS
    INPUT = "INPUT"
    FIELDS = "FIELDS"
    USE_STRATUM = "USE_STRATUM"
    STRATUM_FIELD = "STRATUM_FIELD"
    K = "K"
    AREAS = "AREAS"
    COMPARE_FIELDS = "COMPARE_FIELDS"
    OUTPUT = "OUTPUT"
    PAIRS = "PAIRS"
    AREAS_WITH_COMPARABLES = "AREAS_WITH_COMPARABLES"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("Similar areas across the country")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return self.tr(
            "For each area (or the areas you name) the k most similar areas in the input, which should hold the "
            "whole country (e.g. all buurten of the Kerncijfers), so that a buurt is compared with buurten like it "
            "elsewhere: a rural kern with rural kernen, a city buurt with city buurten.\n\n"
            "Similarity: the distance between the standardised values (z-scores over all areas) of the chosen "
            "indicators; by default the population structure and housing: share 0–15 and 65+, household size, "
            "population density and inhabitants (both on a log scale), WOZ value, owner-occupied and single-family "
            "dwellings. The stedelijkheid class (1 very strongly urban … 5 not urban) is a hard stratum: areas are "
            "only compared within their class. Two areas are compared on the indicators both have (at least half). "
            "Ties are broken by the order of the input, so the answer is the same on every run.\n\n"
            "Output fields, added to the input fields: similar_codes (the codes of the comparable areas, most "
            "similar first), similar_n, similar_distance (mean distance to them, in standard deviations) and per "
            "compared field &lt;field&gt;_similar_median: the median of the comparable areas, to set next to the "
            "area's own value. The table of pairs lists every area with its comparables, rank and distance."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("All areas (the whole country; a table without geometry works too)"),
            [QgsProcessing.SourceType.TypeVector]))
        fields = QgsProcessingParameterField(
            self.FIELDS, self.tr("Compare on (empty = population structure and housing)"),
            parentLayerParameterName=self.INPUT, type=QgsProcessingParameterField.DataType.Numeric,
            allowMultiple=True, optional=True)
        self.addParameter(fields)
        self.addParameter(QgsProcessingParameterBoolean(
            self.USE_STRATUM, self.tr("Only compare within the same stedelijkheid class"), True))
        self.addParameter(QgsProcessingParameterField(
            self.STRATUM_FIELD, self.tr("Stratum field (empty = stedelijkheid)"), parentLayerParameterName=self.INPUT,
            optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.K, self.tr("Number of similar areas (k)"), QgsProcessingParameterNumber.Type.Integer, 10, minValue=1,
            maxValue=100))
        areas = QgsProcessingParameterString(
            self.AREAS, self.tr("Only for these areas (codes; empty = all)"), optional=True)
        areas.setHelp(self.tr("Codes separated by commas or spaces, e.g. BU0363AF08 BU0344..., or a gemeente code "
                              "(GM0363) for all its areas. Comparables are still sought among all areas."))
        self.addParameter(areas)
        self.addParameter(QgsProcessingParameterField(
            self.COMPARE_FIELDS, self.tr("Also report the median of the similar areas for"),
            parentLayerParameterName=self.INPUT, type=QgsProcessingParameterField.DataType.Numeric,
            allowMultiple=True, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Areas with their similar areas"), QgsProcessing.SourceType.TypeVectorAnyGeometry))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.PAIRS, self.tr("Similar areas, one row per pair"), QgsProcessing.SourceType.TypeVector,
            optional=True, createByDefault=False))
        self.addOutput(QgsProcessingOutputNumber(self.AREAS_WITH_COMPARABLES,
                                                 self.tr("Areas with k similar areas")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        names = source.fields().names()
        chosen = self.parameterAsFieldNames(parameters, self.FIELDS, context)
        k = self.parameterAsInt(parameters, self.K, context)
        code = next((f for f in CODE_FIELDS if f in names), None)
        name = next((f for f in NAME_FIELDS if f in names), None)
        municipality = next((f for f in MUNICIPALITY_FIELDS if f in names), None)
        stratum = None
        if self.parameterAsBool(parameters, self.USE_STRATUM, context):
            stratum = self.parameterAsFieldName(parameters, self.STRATUM_FIELD, context) or \
                find_field(STRATUM_FIELDS, names)
            if stratum is None:
                feedback.pushWarning(self.tr("No stedelijkheid field found: areas are compared across all classes. "
                                             "Choose the stratum field, or join the Kerncijfers first."))
        if chosen:
            measures = [parse_measure({"field": f, "label": f}, f, f) for f in chosen]
        else:
            measures = default_measures()
        used = [(m, resolve_measure(m, names)) for m in measures]
        missing = [m.title() for m, u in used if u is None]
        used = [(m, u) for m, u in used if u is not None]
        if missing:
            feedback.pushWarning(self.tr("Not in the input, left out of the comparison: {fields}").format(
                fields=", ".join(missing)))
        if len(used) < 2:
            raise QgsProcessingException(self.tr(
                "Too few indicators to compare on ({n} found). Choose the fields to compare on, or use a table with "
                "the Kerncijfers (population by age, household size, density, WOZ value, dwellings).").format(
                n=len(used)))
        compare = self.parameterAsFieldNames(parameters, self.COMPARE_FIELDS, context)
        wanted = [f for m, u in used for f in (u["field"], u["denominator"]) if f]
        wanted += [f for f in (code, name, municipality, stratum) if f] + list(compare)
        frame = source_to_frame(source, field_names=list(dict.fromkeys(wanted)), feedback=feedback)
        values = pd.DataFrame({m.key: measure_values(frame, m, u) for m, u in used}, index=frame.index)
        feedback.pushInfo(self.tr("Comparing {n} areas on: {fields}{stratum}.").format(
            n=len(frame), fields=", ".join(f"{m.title()} ({m.describe()})" for m, _ in used),
            stratum=self.tr(", within classes of {field}").format(field=stratum) if stratum else ""))
        focal = self._focal(parameters, context, frame, code)
        strata = self._strata(frame, code, stratum, feedback)
        compare_frame = values.copy()
        for f in compare:
            compare_frame[f] = pd.to_numeric(frame[f], errors="coerce")

        def progress(share):
            feedback.setProgress(10.0 + 70.0 * share)

        try:
            result = sim.similar_areas(values.to_numpy(dtype="float64"), k=k, strata=strata, focal=focal,
                                       compare=compare_frame, feedback=progress)
        except WijkmonitorError as exc:
            raise QgsProcessingException(str(exc)) from exc
        if feedback.isCanceled():
            raise QgsProcessingException(self.tr("Cancelled."))
        labels = frame[code].astype(str).tolist() if code else [f"#{fid}" for fid in frame.index]
        if result.no_stratum:
            feedback.pushWarning(self.tr("{n} area(s) have no {field} and get no similar areas: {areas}").format(
                n=len(result.no_stratum), field=stratum, areas=_first([labels[i] for i in result.no_stratum])))
        if result.too_few:
            feedback.pushWarning(self.tr("{n} area(s) have fewer than {k} comparable areas (too few figures, or a "
                                         "small class): {areas}").format(n=len(result.too_few), k=k,
                                                                        areas=_first([labels[i] for i in
                                                                                      result.too_few])))
        out = self._output_frame(frame, result, labels, compare_frame.columns)
        aliases = {"similar_codes": self.tr("Similar areas (most similar first)"),
                   "similar_n": self.tr("Number of similar areas"),
                   "similar_distance": self.tr("Mean distance to the similar areas (sd)")}
        for col in compare_frame.columns:
            aliases[f"{col}_similar_median"] = self.tr("{field} – median of similar areas").format(field=col)
        fields = combined_fields(source.fields(), fields_for_frame(out, aliases, {c: 3 for c in out.columns}))
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields, source.wkbType(),
                                             source.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        write_source_with_frame(source, sink, out, fields, feedback)
        self.style_output(dest_id, indicator_style("similar_distance", aliases))
        complete = int((result.neighbours >= 0).all(axis=1).sum())
        feedback.pushInfo(self.tr("{n} of {m} areas have {k} similar areas.").format(n=complete,
                                                                                   m=len(result.focal), k=k))
        results = {self.OUTPUT: dest_id, self.AREAS_WITH_COMPARABLES: complete}
        pairs_id = self._write_pairs(parameters, context, frame, result, labels, name, municipality, stratum)
        if pairs_id is not None:
            results[self.PAIRS] = pairs_id
            self.style_output(pairs_id, table_style({
                "code": self.tr("Code"), "name": self.tr("Name"), "gemeente": self.tr("Municipality"),
                "rank": self.tr("Rank (1 = most similar)"), "similar_code": self.tr("Code of the similar area"),
                "similar_name": self.tr("Name of the similar area"),
                "similar_gemeente": self.tr("Municipality of the similar area"),
                "distance": self.tr("Distance (sd)"), "stratum": self.tr("Class compared within")}))
        return results

    def _focal(self, parameters, context, frame, code):
        text = self.parameterAsString(parameters, self.AREAS, context).strip()
        if not text:
            return None
        if not code:
            raise QgsProcessingException(self.tr("Areas can only be chosen by code when the input has a code field "
                                                 "(statcode)."))
        wanted = [normalise_code(t) or t.strip().upper() for t in re.split(r"[,;\s]+", text) if t.strip()]
        codes = [normalise_code(c) or "" for c in frame[code].tolist()]
        mask = np.array([c in wanted or any(w.startswith("GM") and c[2:6] == w[2:6] and c[:2] != "GM"
                                            for w in wanted) for c in codes], dtype=bool)
        unknown = [w for w in wanted if not any(c == w or (w.startswith("GM") and c[2:6] == w[2:6]) for c in codes)]
        if unknown:
            raise QgsProcessingException(self.tr("No area with the code(s) {codes} in the input.").format(
                codes=", ".join(unknown)))
        return mask

    def _strata(self, frame, code, stratum, feedback):
        """The stratum of every area; with areas of several levels (gemeenten, wijken, buurten in one table)
        also the level, so a buurt is only compared with buurten."""
        levels = [level_of_code(str(c)) if c is not None and not pd.isna(c) else None for c in frame[code]] \
            if code else [None] * len(frame)
        mixed = len({lv for lv in levels if lv}) > 1
        if mixed:
            feedback.pushInfo(self.tr("The input holds several levels ({levels}): each area is compared with areas "
                                      "of its own level.").format(levels=", ".join(sorted({lv for lv in levels
                                                                                           if lv}))))
        if not stratum and not mixed:
            return None
        values = frame[stratum].tolist() if stratum else [""] * len(frame)
        out = []
        for level, value in zip(levels, values):
            if value is None or (isinstance(value, float) and np.isnan(value)):
                out.append(None)
            else:
                out.append(f"{level or ''}|{_text(value)}" if mixed else value)
        return out

    @staticmethod
    def _output_frame(frame, result, labels, compare_columns) -> pd.DataFrame:
        nb, ok = result.neighbours, result.neighbours >= 0
        names = np.array(labels, dtype=object)
        codes = [",".join(names[row[mask]]) or None for row, mask in zip(nb, ok)]
        count = ok.sum(axis=1)
        total = np.where(ok, result.distances, 0.0).sum(axis=1)
        with np.errstate(invalid="ignore", divide="ignore"):
            mean = np.where(count > 0, total / np.maximum(count, 1), np.nan)
        out = pd.DataFrame({"similar_codes": codes, "similar_n": count.astype("int64"), "similar_distance": mean},
                           index=pd.Index(frame.index[result.focal], name="fid"))
        for col in compare_columns:
            out[f"{col}_similar_median"] = result.medians[col].to_numpy(dtype="float64")
        return out

    def _write_pairs(self, parameters, context, frame, result, labels, name, municipality, stratum):
        fields = QgsFields()
        for fname, kind in (("code", "string"), ("name", "string"), ("gemeente", "string"), ("rank", "int"),
                            ("similar_code", "string"), ("similar_name", "string"),
                            ("similar_gemeente", "string"), ("distance", "double"), ("stratum", "string")):
            fields.append(make_field(fname, kind, precision=4 if kind == "double" else 0))
        sink, dest_id = self.parameterAsSink(parameters, self.PAIRS, context, fields, QgsWkbTypes.Type.NoGeometry)
        if sink is None:
            return None
        names = frame[name].tolist() if name else [None] * len(frame)
        towns = frame[municipality].tolist() if municipality else [None] * len(frame)
        strata = frame[stratum].tolist() if stratum else [None] * len(frame)
        for r, pos in enumerate(result.focal):
            for rank, (j, d) in enumerate(zip(result.neighbours[r], result.distances[r]), start=1):
                if j < 0:
                    continue
                feature = QgsFeature(fields)
                feature.setAttributes([labels[pos], _text(names[pos]), _text(towns[pos]), rank, labels[j],
                                       _text(names[j]), _text(towns[j]), float(d), _text(strata[pos])])
                sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        return dest_id


def _text(value):
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return None
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _first(items, n: int = 10) -> str:
    more = len(items) - n
    return ", ".join(items[:n]) + (f" (+{more})" if more > 0 else "")
