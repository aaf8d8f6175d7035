"""wijkmonitor:trend — the same indicators over several years on one map: change, and better or worse."""

from __future__ import annotations

import re

import numpy as np
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
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..core import palettes, regions
from ..core import trend as tr
from ..core.catalogue import CatalogueError, load_catalogue
from ..core.profile import meta_for_field
from ..qgis_adapters.change_style import direction_text, style_change_layer
from ..qgis_adapters.frames import combined_fields, fields_for_frame, source_to_frame, write_source_with_frame
from ..qgis_adapters.overlay import AllFeatures
from ..qgis_adapters.style import map_language
from ..qgis_adapters.style_outputs import OutputStyle, neighbourhood_style
from .base import GROUP_INDICATORS, WijkmonitorAlgorithm

#: fields that are never an indicator
NOT_INDICATORS = {n.lower() for n in regions.KEY_FIELDS} | {
    "fid", "id", "buurtcode", "wijkcode", "gemeentecode", "jrstatcode", "jaarstatcode", "share_matched",
    "source_areas", "source_year", "cbs_indelingswijziging", "cbs_agrees"}
DIRECTIONS = (None, palettes.BETTER, palettes.WORSE, palettes.NEUTRAL)
_YEAR_IN_NAME = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")


def layer_year(frame: pd.DataFrame, name: str) -> int | None:
    """The year of a layer's figures: its ``source_year`` (from reallocate), its ``jaar``, or a year in its name."""
    for col in ("source_year", "jaar"):
        hit = next((c for c in frame.columns if str(c).lower() == col), None)
        if hit is not None:
            years = pd.to_numeric(frame[hit], errors="coerce").dropna().unique()
            if len(years) == 1:
                return int(years[0])
    found = _YEAR_IN_NAME.findall(name or "")
    return int(found[-1]) if found else None


def _years(text: str) -> list[int]:
    return [int(y) for y in re.findall(r"\d{4}", text or "")]


class TrendAlgorithm(WijkmonitorAlgorithm):
    NAME = "trend"
    GROUP = GROUP_INDICATORS
    INPUT = "INPUT"
    FIELDS = "FIELDS"
    LAYERS = "LAYERS"
    CODE_FIELD = "CODE_FIELD"
    INPUT_YEAR = "INPUT_YEAR"
    LAYER_YEARS = "LAYER_YEARS"
    FROM_YEAR = "FROM_YEAR"
    TO_YEAR = "TO_YEAR"
    THRESHOLD = "THRESHOLD"
    THRESHOLD_KIND = "THRESHOLD_KIND"
    DIRECTION = "DIRECTION"
    OUTPUT = "OUTPUT"
    INDICATORS = "INDICATORS"
    FIRST_YEAR = "FIRST_YEAR"
    LAST_YEAR = "LAST_YEAR"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("Trend: change per area over the years")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return self.tr(
            "The same indicators over several years on one map: per area the value per year, the change between "
            "the first and the last year (absolute and in percent) and per step, and whether the area got better, "
            "worse or stayed stable.\n\n"
            "Years come from fields named <indicator>_<year> (goed_ervaren_gezondheid_2012 … _2024) and from other "
            "layers on the same map (e.g. figures of 2019 moved onto this year's map with 'Move figures onto another "
            "year's map'), joined by the code field; a layer's year is its source_year or jaar field, the years "
            "given, or a year in its name. Without chosen fields every indicator found in two or more years is "
            "used.\n\n"
            "Better or worse follows the catalogue's direction (or the direction you choose for fields the "
            "catalogue does not know); without a direction the class is higher or lower. A change counts only when "
            "it exceeds the threshold (a percentage of the first value, the rule of the wijkprofiel, or a number in "
            "the indicator's units) and, where margins are given (fields <indicator>_<year>_margin, or _lower and "
            "_upper: the 95% interval), the margin of the difference (√(m₁² + m₂²)).\n\n"
            "Output: the input with, per indicator, <indicator>_<year> for the years taken from other layers, "
            "_change, _change_pct, _change_<year>_<year> per step, _class (better, worse, stable, higher, lower) "
            "and with margins _significant. When Processing loads it, the layer shows the change of the first "
            "indicator since the first year, with which way is better."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Map with the indicators"), [QgsProcessing.SourceType.TypeVector]))
        fields = QgsProcessingParameterField(self.FIELDS, self.tr("Indicators (empty = every indicator found in two "
                                                                  "or more years)"),
                                             parentLayerParameterName=self.INPUT, allowMultiple=True, optional=True,
                                             type=QgsProcessingParameterField.DataType.Numeric)
        fields.setHelp(self.tr("A field <indicator>_<year> stands for all years of that indicator; a plain field is "
                               "the indicator in the map's own year and in the other layers."))
        self.addParameter(fields)
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.LAYERS, self.tr("Other years on the same map"), QgsProcessing.SourceType.TypeVector,
            optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.CODE_FIELD, self.tr("Code field to join the layers on"), defaultValue="statcode"))
        self.addParameter(QgsProcessingParameterNumber(
            self.INPUT_YEAR, self.tr("Year of the map's own fields (empty = its source_year or jaar)"),
            QgsProcessingParameterNumber.Type.Integer, optional=True, minValue=1900, maxValue=2100))
        self.addParameter(QgsProcessingParameterString(
            self.LAYER_YEARS, self.tr("Years of the other layers, in their order (empty = from the layers)"),
            optional=True))
        for key, label in ((self.FROM_YEAR, self.tr("From year (empty = the first)")),
                           (self.TO_YEAR, self.tr("To year (empty = the last)"))):
            self.addParameter(QgsProcessingParameterNumber(key, label, QgsProcessingParameterNumber.Type.Integer,
                                                           optional=True, minValue=1900, maxValue=2100))
        self.addParameter(QgsProcessingParameterNumber(
            self.THRESHOLD, self.tr("Threshold for 'stable'"), QgsProcessingParameterNumber.Type.Double,
            defaultValue=5.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterEnum(
            self.THRESHOLD_KIND, self.tr("Threshold in"),
            [self.tr("percent of the first value"), self.tr("units of the indicator")], defaultValue=0))
        self.addParameter(QgsProcessingParameterEnum(
            self.DIRECTION, self.tr("Which way is better"),
            [self.tr("as the catalogue says (no direction for unknown fields)"), self.tr("higher is better"),
             self.tr("higher is worse"), self.tr("neither (higher or lower)")], defaultValue=0))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Trend per area"), QgsProcessing.SourceType.TypeVectorAnyGeometry))
        self.addOutput(QgsProcessingOutputString(self.INDICATORS, self.tr("Indicators (comma-separated)")))
        self.addOutput(QgsProcessingOutputNumber(self.FIRST_YEAR, self.tr("First year")))
        self.addOutput(QgsProcessingOutputNumber(self.LAST_YEAR, self.tr("Last year")))

    # ------------------------------------------------------------------ collecting the years
    def _optional_int(self, parameters, key, context):
        if parameters.get(key) in (None, ""):
            return None
        return self.parameterAsInt(parameters, key, context)

    def _code_column(self, frame, wanted, which):
        lower = {str(c).lower(): c for c in frame.columns}
        for cand in (wanted, "statcode", "buurtcode", "wijkcode", "gemeentecode"):
            if cand and cand.lower() in lower:
                return lower[cand.lower()]
        raise QgsProcessingException(self.tr("{which} has no code field '{field}' to join the years on.").format(
            which=which, field=wanted))

    def _layers(self, parameters, context, frame, feedback):
        """(year, frame aligned on the input's rows, name) per other layer."""
        layers = self.parameterAsLayerList(parameters, self.LAYERS, context)
        if not layers:
            return []
        given = _years(self.parameterAsString(parameters, self.LAYER_YEARS, context))
        if given and len(given) != len(layers):
            raise QgsProcessingException(self.tr("{n} years given for {m} layers: give one year per layer, in the "
                                                 "same order.").format(n=len(given), m=len(layers)))
        wanted = self.parameterAsString(parameters, self.CODE_FIELD, context).strip() or "statcode"
        in_col = self._code_column(frame, wanted, self.tr("The map"))
        in_codes = regions.normalise_codes(frame[in_col].to_numpy())
        out = []
        for i, layer in enumerate(layers):
            other = source_to_frame(layer, feedback=feedback)
            year = given[i] if given else layer_year(other, layer.name())
            if year is None:
                raise QgsProcessingException(self.tr(
                    "The year of layer '{layer}' is unknown: it has no source_year or jaar field with one year and "
                    "no year in its name. Give the years of the layers.").format(layer=layer.name()))
            col = self._code_column(other, wanted, self.tr("Layer '{layer}'").format(layer=layer.name()))
            codes = regions.normalise_codes(other[col].to_numpy())
            dup = codes.duplicated() & codes.notna()
            if dup.any():
                feedback.pushWarning(self.tr("Layer '{layer}': {n} codes occur more than once; the first is used.")
                                     .format(layer=layer.name(), n=int(dup.sum())))
            keep = (~dup & codes.notna()).to_numpy()
            other = other.loc[keep]
            other.index = codes[keep].to_numpy()
            aligned = other.reindex(in_codes.to_numpy())
            aligned.index = frame.index
            matched = int(in_codes.isin(other.index).sum())
            feedback.pushInfo(self.tr("Layer '{layer}' ({year}): {n} of {m} areas matched by {field}.").format(
                layer=layer.name(), year=year, n=matched, m=len(frame), field=col))
            out.append((year, aligned, layer.name()))
        return out

    def _collect(self, frame, input_year, layers, chosen) -> dict[str, tr.Series]:
        sources = [(input_year, frame, self.tr("the map"))] + layers
        chosen_stems = []
        for name in chosen:
            match = tr.YEAR_FIELD.match(name)
            chosen_stems.append(match.group("stem") if match else name)
        series: dict[str, tr.Series] = {}

        def add(stem, year, data, column):
            s = series.setdefault(stem, tr.Series(stem))
            if year in s.values:
                return
            values = pd.to_numeric(data[column], errors="coerce").to_numpy(dtype="float64", copy=True)  # writable
            values[values <= regions.SENTINEL_LIMIT] = np.nan  # CBS secrecy codes (−99997) are no values
            s.values[year] = values
            s.fields[year] = column
            spec = tr.margin_fields(data.columns).get((stem, year))
            margin = tr.margin_values(data, spec) if spec else None
            if margin is not None:
                s.margins[year] = margin

        for year, data, _name in sources:
            numeric = [c for c in data.columns if pd.api.types.is_numeric_dtype(data[c])]
            stems = tr.year_fields(numeric)
            for stem, by_year in stems.items():
                for y, column in by_year.items():
                    add(stem, y, data, column)
            if year is None:
                continue
            for column in numeric:
                if str(column).lower() in NOT_INDICATORS or tr.YEAR_FIELD.match(str(column)) or \
                        tr.MARGIN_FIELD.match(str(column)):
                    continue
                if chosen_stems and column not in chosen_stems:
                    continue
                if not chosen_stems and not layers and column not in stems:
                    continue  # a map on its own: a plain field is one year only, unless other years sit beside it
                add(column, year, data, column)
        if chosen_stems:
            missing = [s for s in chosen_stems if s not in series]
            if missing:
                raise QgsProcessingException(self.tr("No years found for {fields}: name the fields <indicator>_<year> "
                                                     "or give the map's year.").format(fields=", ".join(missing)))
            series = {s: series[s] for s in dict.fromkeys(chosen_stems)}
        return {s: v for s, v in series.items() if len(v.values) >= 2 or s in chosen_stems}

    # ------------------------------------------------------------------ run
    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        source = AllFeatures(source)  # a trend reads figures: an invalid polygon is no reason to stop
        try:
            catalogue = load_catalogue()
        except CatalogueError as exc:
            raise QgsProcessingException(str(exc)) from None
        frame = source_to_frame(source, feedback=feedback)
        input_year = self._optional_int(parameters, self.INPUT_YEAR, context)
        if input_year is None:
            input_year = layer_year(frame, "")
        layers = self._layers(parameters, context, frame, feedback)
        chosen = self.parameterAsFieldNames(parameters, self.FIELDS, context)
        series = self._collect(frame, input_year, layers, chosen)
        if not series:
            raise QgsProcessingException(self.tr(
                "No indicator with values in two or more years: name fields <indicator>_<year>, or add layers of "
                "other years on the same map."))
        first_year = self._optional_int(parameters, self.FROM_YEAR, context)
        last_year = self._optional_int(parameters, self.TO_YEAR, context)
        threshold = self.parameterAsDouble(parameters, self.THRESHOLD, context)
        kind = (tr.RELATIVE, tr.ABSOLUTE)[self.parameterAsEnum(parameters, self.THRESHOLD_KIND, context)]
        forced = DIRECTIONS[self.parameterAsEnum(parameters, self.DIRECTION, context)]

        lang = map_language()
        parts, aliases, styles, period = [], {}, [], None
        for stem, s in series.items():
            indicator = tr.find_indicator(catalogue, stem)
            meta = meta_for_field(indicator.id if indicator is not None else stem, lang)
            direction = forced or (meta.direction if indicator is not None else palettes.NEUTRAL)
            try:
                result = tr.compute_trend(s, direction, threshold, kind, first_year, last_year)
            except tr.TrendError as exc:
                raise QgsProcessingException(str(exc)) from None
            y0, y1 = result.attrs["period"]
            period = period or (y0, y1)
            own = {y: f for y, f in s.fields.items() if f in frame.columns and f == f"{stem}_{y}"}
            years = pd.DataFrame({f"{stem}_{y}": s.values[y] for y in s.years if y not in own and
                                  y0 <= y <= y1}, index=frame.index)
            result.index = frame.index
            parts += [years, result]
            title = meta.title if indicator is not None else stem
            for y in years.columns:
                aliases[y] = f"{title} {y[-4:]}"
            aliases[f"{stem}_change"] = self.tr("{title}: change {first} → {last}").format(title=title, first=y0,
                                                                                         last=y1)
            aliases[f"{stem}_class"] = self.tr("{title}: better or worse since {first}").format(title=title, first=y0)
            styles.append((stem, y0, y1, direction, title, meta.unit, meta.decimals))
            counts = pd.Series(result[f"{stem}_class"]).value_counts()
            feedback.pushInfo(self.tr(
                "{stem} ({how}), {first} → {last}: {better} better, {worse} worse, {stable} stable, {higher} higher, "
                "{lower} lower, {none} without values in both years{margin}.").format(
                stem=stem, how=direction_text(direction), first=y0, last=y1,
                **{k: int(counts.get(k, 0)) for k in tr.CLASSES},
                none=int(pd.isna(result[f"{stem}_class"]).sum()),
                margin=self.tr("; margins used") if s.margins else ""))
        extra = pd.concat(parts, axis=1)
        extra = extra.loc[:, ~extra.columns.duplicated()]
        precision = {c: 4 for c in extra.columns}
        fields = combined_fields(source.fields(), fields_for_frame(extra, aliases, precision))
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields, source.wkbType(),
                                             source.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        write_source_with_frame(source, sink, extra, fields, feedback)
        self.style_output(dest_id, OutputStyle(lambda layer: style_change_layer(layer, *styles[0]), aliases)
                          if styles else neighbourhood_style(aliases))
        return {self.OUTPUT: dest_id, self.INDICATORS: ",".join(series), self.FIRST_YEAR: period[0],
                self.LAST_YEAR: period[1]}
