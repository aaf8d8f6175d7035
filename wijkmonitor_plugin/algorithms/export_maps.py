"""wijkmonitor:exportmaps — themed maps of indicators (or a whole theme) as PDF and PNG.

Besides indicator maps: change maps (how each area changed between two years, from the fields of
``wijkmonitor:trend``, or computed by it from fields per year) with a legend that says the period and
which way is better (:mod:`..qgis_adapters.change_style`), and the map of the energy-transition types
of ``wijkmonitor:energytransition`` (:mod:`..qgis_adapters.energy_style`).
"""

from __future__ import annotations

import re
from contextlib import ExitStack, contextmanager
from pathlib import Path

import numpy as np
from qgis.core import (
    QgsFeatureRequest,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProject,
)

from ..core import classify as cl
from ..core import energy as en
from ..core import profile as prof
from ..i18n import translate
from ..qgis_adapters import layout as lay
from ..qgis_adapters import style
from ..qgis_adapters.frames import source_to_frame
from .base import GROUP_MAPS, WijkmonitorAlgorithm

METHOD_OPTIONS = ("auto", cl.QUANTILE, cl.JENKS, cl.EQUAL, cl.PRETTY, cl.STDDEV)
DIRECTION_OPTIONS = ("catalogue", "worse", "better", "neutral")
REFERENCE_OPTIONS = style.REFERENCES
PAGE_OPTIONS = ("a4_landscape", "a4_portrait", "a3_landscape", "a3_portrait")
FORMAT_OPTIONS = ("pdf_png", "pdf", "multipage")
NAME_FIELDS = ("statnaam", "buurtnaam", "wijknaam", "naam", "name")
#: the fields wijkmonitor:trend writes per indicator (``<stem>_change`` …); ``<stem>_change_<y>_<y>`` per step
TREND_SUFFIXES = ("_change_pct", "_change", "_class", "_significant")
_STEP = re.compile(r"^(?P<stem>.+)_change_(?P<a>(?:19|20)\d\d)_(?P<b>(?:19|20)\d\d)$")


def trend_stems(names) -> list[str]:
    """The indicators of a layer with the change fields of ``wijkmonitor:trend`` (``<stem>_change`` and
    ``<stem>_class``)."""
    present = set(names)
    return [n[:-len("_change")] for n in names if n.endswith("_change") and f"{n[:-len('_change')]}_class" in present]


def change_stem(name: str, names) -> str | None:
    """The indicator whose change ``name`` stands for: a trend field (``<stem>_change``, ``_class`` …, a step
    ``_change_<y>_<y>``) or the stem itself, when the layer has its change fields; else None."""
    stems = set(trend_stems(names))
    if name in stems:
        return name
    step = _STEP.match(name)
    if step and step.group("stem") in stems:
        return step.group("stem")
    return next((name[:-len(s)] for s in TREND_SUFFIXES if name.endswith(s) and name[:-len(s)] in stems), None)


def change_period(stem: str, frame, layer_year_value: int | None = None) -> tuple[int, int] | None:
    """The first and last year of the change of ``stem`` in ``frame`` (the layer's columns): the two years whose
    values differ by exactly ``<stem>_change`` in every area (fields ``<stem>_<year>``, the plain ``<stem>`` in
    the layer's own year); the widest such period when several fit. None when no pair of years fits."""
    from ..core.trend import year_fields

    years = dict(year_fields(frame.columns).get(stem, {}))
    if stem in frame.columns and layer_year_value is not None:
        years.setdefault(layer_year_value, stem)
    change = np.asarray(frame[f"{stem}_change"], dtype="float64")
    known = np.isfinite(change)
    if not known.any():
        return None
    fits = []
    ordered = sorted(years)
    for i, first in enumerate(ordered):
        for last in ordered[i + 1:]:
            diff = np.asarray(frame[years[last]], dtype="float64") - np.asarray(frame[years[first]], dtype="float64")
            if np.allclose(diff[known], change[known], rtol=1e-6, atol=1e-3, equal_nan=False):
                fits.append((last - first, first, last))
    return (max(fits)[1], max(fits)[2]) if fits else None


def change_direction(changes, classes, fallback: str) -> str:
    """Which way is better, as the trend classes say it (an area that rose and got 'better': higher is
    better); ``fallback`` when no area got better or worse."""
    changes = np.asarray(changes, dtype="float64")
    classes = np.asarray(classes, dtype=object)
    better, worse = classes == "better", classes == "worse"
    if not (better.any() or worse.any()):
        return fallback
    up_better = bool(((better & (changes > 0)) | (worse & (changes < 0))).any())
    return "better" if up_better else "worse"


def method_names() -> list[str]:
    return [translate("ExportMaps", "Automatic (deciles and ranks fixed, otherwise quantiles)")] + [
        cl.method_label(m) for m in METHOD_OPTIONS[1:]]


def direction_names() -> list[str]:
    return [translate("ExportMaps", "From the catalogue"), translate("ExportMaps", "Higher is worse"),
            translate("ExportMaps", "Higher is better"), translate("ExportMaps", "Neutral")]


def reference_names() -> list[str]:
    return [translate("ExportMaps", "None (sequential colours)"),
            translate("ExportMaps", "Municipal average (diverging colours)"),
            translate("ExportMaps", "National value (diverging colours)")]


def page_names() -> list[str]:
    return [translate("ExportMaps", "A4 landscape"), translate("ExportMaps", "A4 portrait"),
            translate("ExportMaps", "A3 landscape"), translate("ExportMaps", "A3 portrait")]


def first_field(fields, candidates) -> str | None:
    names = {n.lower(): n for n in fields.names()}
    return next((names[c] for c in candidates if c in names), None)


def layer_year(layer) -> int | None:
    """The year of a Wijkmonitor layer (its ``jaar`` field), or None."""
    idx = layer.fields().lookupField("jaar")
    if idx < 0:
        return None
    values = [v for v in layer.uniqueValues(idx) if v not in (None, "") and str(v) != "NULL"]
    try:
        return int(max(int(v) for v in values)) if values else None
    except (TypeError, ValueError):
        return None


def layer_area_name(layer) -> str | None:
    idx = layer.fields().lookupField("gemeentenaam")
    if idx < 0:
        return None
    values = sorted(str(v) for v in layer.uniqueValues(idx) if v not in (None, "") and str(v) != "NULL")
    return ", ".join(values[:3]) if values else None


def _catalogue():
    return prof.catalogue()


def cbs_field(field_name: str) -> bool:
    """True when ``field_name`` is a CBS figure: a Wijk- en Buurtkaart/Kerncijfers attribute of a catalogue
    variable (any year's name, the KWB short name) or a catalogue indicator computed from them."""
    cat = _catalogue()
    if cat is None:
        return False
    variable = cat.find_variable(field_name)
    if variable is not None and variable.id != field_name:
        return True
    indicator = cat.find_by_field(field_name)
    if indicator is None:
        return False
    return any(src.get("kind") == "variable" and (src.get("pdok") or src.get("cbs")) for src in indicator.sources)


def cbs_map(layer) -> bool:
    """True when ``layer`` is the CBS Wijk- en Buurtkaart as Wijkmonitor loads it (CBS codes and CBS figures)."""
    names = layer.fields().names()
    has_codes = any(n in names for n in ("statcode", "buurtcode", "wijkcode", "gemeentecode"))
    return has_codes and any(cbs_field(n) for n in names if n not in ("statcode", "statnaam", "jaar"))


def default_source(layer, fields=()) -> str:
    """A source line that says what the data is: CBS where it is CBS, the layer itself where it is not.

    ``fields`` are the mapped fields: CBS figures, index results (computed with the Achterstandsmonitor)
    or fields of the layer's own (named by the layer).
    """
    year = layer_year(layer)
    name = layer.name() or translate("ExportMaps", "this layer")
    figures = []
    kinds = {("index" if prof.index_meta(f) else "cbs" if cbs_field(f) else "own") for f in fields}
    if "cbs" in kinds:
        figures.append(translate("ExportMaps", "CBS Kerncijfers wijken en buurten {year}").format(year=year) if year
                       else translate("ExportMaps", "CBS Kerncijfers wijken en buurten"))
    if "index" in kinds:
        figures.append(translate("ExportMaps", "Achterstandsmonitor computed with Wijkmonitor"))
    if "own" in kinds or not figures:
        figures.append(translate("ExportMaps", "layer '{name}'").format(name=name))
    if cbs_map(layer):
        geometry = translate("ExportMaps", "map: CBS Wijk- en Buurtkaart {year} (PDOK), CC BY 4.0").format(
            year=year) if year else translate("ExportMaps", "map: CBS Wijk- en Buurtkaart (PDOK), CC BY 4.0")
        return translate("ExportMaps", "Source: {figures}; {map}").format(figures="; ".join(figures), map=geometry)
    return translate("ExportMaps", "Source: {figures}").format(figures="; ".join(figures))


def default_subtitle(meta: prof.IndicatorMeta, area: str | None, year: int | None, unit_level: str = "") -> str:
    parts = []
    level = unit_level or translate("ExportMaps", "per buurt")
    if area and year:
        parts.append(translate("ExportMaps", "{level} in {area}, {year}").format(level=level, area=area, year=year))
    elif area:
        parts.append(translate("ExportMaps", "{level} in {area}").format(level=level, area=area))
    elif year:
        parts.append(f"{level}, {year}")
    else:
        parts.append(level)
    if meta.unit:
        parts.append(translate("ExportMaps", "unit: {unit}").format(unit=meta.unit))
    text = " · ".join(parts)
    return text[:1].upper() + text[1:]


def safe_name(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", text).strip("_") or "kaart"


class StyleOptions:
    """The style parameters shared by exportmaps and exportatlas."""

    METHOD = "METHOD"
    CLASSES = "CLASSES"
    DIRECTION = "DIRECTION"
    REFERENCE = "REFERENCE"

    @classmethod
    def add(cls, alg) -> None:
        method = QgsProcessingParameterEnum(cls.METHOD,
            translate("StyleOptions", "Classification"), method_names(), defaultValue=0)
        method.setHelp(
            translate("StyleOptions", "How values are grouped into classes. Deciles and ranks of the deprivation index "
                              "always get their fixed classes (1 = most deprived)."))
        alg.addParameter(method)
        classes = QgsProcessingParameterNumber(cls.CLASSES, translate("StyleOptions", "Number of classes"),
                                               QgsProcessingParameterNumber.Type.Integer, 5, False, 2, 9)
        alg.addParameter(classes)
        direction = QgsProcessingParameterEnum(cls.DIRECTION,
            translate("StyleOptions", "What does a higher value mean?"),
                                               direction_names(), defaultValue=0)
        direction.setHelp(
            translate("StyleOptions", "Chooses the colours so that 'worse' is always darker and redder. 'From the "
                                 "catalogue' uses the indicator's direction; fields not in the catalogue are "
                                 "neutral (blue)."))
        alg.addParameter(direction)
        reference = QgsProcessingParameterEnum(cls.REFERENCE,
            translate("StyleOptions", "Colour around a reference value"),
                                               reference_names(), defaultValue=0)
        reference.setHelp(
            translate("StyleOptions", "Diverging colours: light near the reference, dark far from it, the worse side "
                                 "red. The municipal average is weighted by population or households where the "
                                 "catalogue says so."))
        alg.addParameter(reference)

    @classmethod
    def read(cls, alg, parameters, context) -> dict:
        method = METHOD_OPTIONS[alg.parameterAsEnum(parameters, cls.METHOD, context)]
        direction = DIRECTION_OPTIONS[alg.parameterAsEnum(parameters, cls.DIRECTION, context)]
        return {
            "method": None if method == "auto" else method,
            "n_classes": alg.parameterAsInt(parameters, cls.CLASSES, context),
            "direction": None if direction == "catalogue" else direction,
            "reference": REFERENCE_OPTIONS[alg.parameterAsEnum(parameters, cls.REFERENCE, context)],
        }


@contextmanager
def input_layer(alg, parameters, name: str, context, feedback):
    """The input as a layer the export may style; the user's layer itself is never restyled or modified.

    - a layer Processing opened for this run (a file path in a model or ``qgis_process``): styled in
      place and put back as it was afterwards — no copy at all;
    - a layer of the user's project: a clone (same data source, own style);
    - a selection or filtered source: copied into memory.

    The layer is not added to any project, so it keeps its owner.
    """
    source = alg.parameterAsSource(parameters, name, context)
    if source is None:
        raise QgsProcessingException(alg.invalidSourceError(parameters, name))
    whole = alg.parameterAsVectorLayer(parameters, name, context)
    if whole is not None and whole.isValid() and source.featureCount() == whole.featureCount():
        project = context.project()
        if project is not None and project.mapLayer(whole.id()) is not None:
            yield whole.clone()  # same data, own style: no copy of every feature
            return
        saved = (whole.renderer().clone() if whole.renderer() else None,
                 whole.labeling().clone() if whole.labeling() else None, whole.labelsEnabled(), whole.name(),
                 whole.customProperty(style.STYLE_PROPERTY))
        try:
            yield whole
        finally:
            renderer, labeling, labels_on, layer_name, prop = saved
            if renderer is not None:
                whole.setRenderer(renderer)
            whole.setLabeling(labeling)
            whole.setLabelsEnabled(labels_on)
            whole.setName(layer_name)
            if prop is None:
                whole.removeCustomProperty(style.STYLE_PROPERTY)
            else:
                whole.setCustomProperty(style.STYLE_PROPERTY, prop)
        return
    layer = source.materialize(QgsFeatureRequest(), feedback)
    if layer is None or not layer.isValid():
        raise QgsProcessingException(translate("ExportMaps", "The input layer could not be read."))
    yield layer


def check_meta(meta: prof.IndicatorMeta, reference: str) -> str:
    if reference == style.REFERENCE_NATIONAL and meta.national is None:
        return style.REFERENCE_MUNICIPAL
    return reference


class ExportMapsAlgorithm(WijkmonitorAlgorithm):
    NAME = "exportmaps"
    GROUP = GROUP_MAPS
    INPUT = "INPUT"
    FIELDS = "FIELDS"
    THEME = "THEME"
    LABELS = "LABELS"
    PAGE = "PAGE"
    TITLE = "TITLE"
    SUBTITLE = "SUBTITLE"
    SOURCE = "SOURCE"
    LOGO = "LOGO"
    FORMAT = "FORMAT"
    DPI = "DPI"
    OUTPUT_FOLDER = "OUTPUT_FOLDER"
    FILES = "FILES"
    COUNT = "COUNT"
    CHANGE_FIELDS = "CHANGE_FIELDS"
    ENERGY_TYPES = "ENERGY_TYPES"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("Export themed maps (PDF/PNG)")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return self.tr(
            "Makes a printed map per indicator: the buurten coloured by class (darker and redder = worse), "
            "a hatched 'no data' class, a legend with units, scale bar, north arrow, title, subtitle and "
            "source line. Choose indicator fields, a whole theme of the catalogue, or both.\n\n"
            "Outputs: in the output folder one PDF (and PNG) per indicator, named after the field, or one "
            "multi-page PDF 'kaarten.pdf'. FILES lists the files written (separated by ';'), COUNT the number "
            "of maps. Files are written completely or not at all. The layout templates are in the plugin's "
            "resources/layouts folder; the Wijkmonitor panel puts the same layouts in your project to edit."
        )

    def flags(self):
        return super().flags() | QgsProcessingAlgorithm.Flag.FlagNoThreading

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Neighbourhood layer (buurten or wijken)"),
            [QgsProcessing.SourceType.TypeVectorPolygon]))
        fields = QgsProcessingParameterField(self.FIELDS, self.tr("Indicator fields"),
                                             parentLayerParameterName=self.INPUT,
                                             type=QgsProcessingParameterField.DataType.Numeric,
                                             allowMultiple=True, optional=True)
        fields.setHelp(self.tr("One map per field. Index outputs (index_decile, <domain>_rank …) get the fixed "
                               "decile and rank classes."))
        self.addParameter(fields)
        themes = prof.themes(style.map_language())  # theme names in the user's language
        theme = QgsProcessingParameterEnum(self.THEME, self.tr("Theme (all its indicators in the layer)"),
                                           [label for _id, label in themes], optional=True, allowMultiple=False)
        theme.setHelp(self.tr("Adds every indicator of this catalogue theme that the layer has."))
        self.addParameter(theme)
        StyleOptions.add(self)
        self.addParameter(QgsProcessingParameterBoolean(self.LABELS, self.tr("Label the areas with their names"),
                                                        False))
        self.addParameter(QgsProcessingParameterEnum(self.PAGE, self.tr("Page"), page_names(), defaultValue=0))
        title = QgsProcessingParameterString(self.TITLE, self.tr("Title"), optional=True)
        title.setHelp(self.tr("Empty: the indicator's name. '{indicator}' is replaced by it."))
        self.addParameter(title)
        subtitle = QgsProcessingParameterString(self.SUBTITLE, self.tr("Subtitle"), optional=True)
        subtitle.setHelp(self.tr("Empty: area, year and unit, e.g. 'Per buurt in Amsterdam, 2023 · unit: %'."))
        self.addParameter(subtitle)
        source = QgsProcessingParameterString(self.SOURCE, self.tr("Source line"), optional=True)
        source.setHelp(self.tr("Empty: what the data is — CBS Kerncijfers and the CBS Wijk- en Buurtkaart of the "
                               "layer's year where the fields are CBS figures, else the layer's name."))
        self.addParameter(source)
        self.addParameter(QgsProcessingParameterFile(self.LOGO, self.tr("Logo (SVG or image)"),
                                                     optional=True, fileFilter="Images (*.svg *.png *.jpg *.jpeg)"))
        self.addParameter(QgsProcessingParameterEnum(
            self.FORMAT, self.tr("Output"),
            [self.tr("A PDF and a PNG per indicator"), self.tr("A PDF per indicator"),
             self.tr("One multi-page PDF")], defaultValue=0))
        self.addParameter(QgsProcessingParameterNumber(self.DPI, self.tr("Resolution (dpi)"),
                                                       QgsProcessingParameterNumber.Type.Integer, 200, False, 30, 600))
        self.addParameter(QgsProcessingParameterFolderDestination(self.OUTPUT_FOLDER, self.tr("Output folder")))
        self.addOutput(QgsProcessingOutputString(self.FILES, self.tr("Files written")))
        self.addOutput(QgsProcessingOutputNumber(self.COUNT, self.tr("Number of maps")))
        changes = QgsProcessingParameterField(self.CHANGE_FIELDS, self.tr("Change maps of"),
                                              parentLayerParameterName=self.INPUT, allowMultiple=True, optional=True)
        changes.setHelp(self.tr("A map per indicator of how each area changed, blue better, red worse, grey stable, "
                                "with the period and which way is better in the legend. Choose a field of 'Trend' "
                                "(<indicator>_change or _class), or the field of the first year (<indicator>_<year>) "
                                "and the change to the last year is computed with 'Trend'."))
        self.addParameter(changes)
        energy = QgsProcessingParameterBoolean(self.ENERGY_TYPES, self.tr("Map of the energy-transition types"),
                                               False)
        energy.setHelp(self.tr("The types of 'Energy transition per area' (field energietype): which help fits "
                               "where, 'not enough data' hatched."))
        self.addParameter(energy)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        with input_layer(self, parameters, self.INPUT, context, feedback) as layer:
            return self._export(layer, parameters, context, feedback)

    def _export(self, layer, parameters, context, feedback):
        names = layer.fields().names()
        fields = self.parameterAsFieldNames(parameters, self.FIELDS, context)
        if parameters.get(self.THEME) not in (None, "", -1):
            themes = prof.themes(style.map_language())
            theme_index = self.parameterAsEnum(parameters, self.THEME, context)
            if 0 <= theme_index < len(themes):
                theme_id = themes[theme_index][0]
                in_theme = prof.theme_fields(theme_id, names)
                if not in_theme:
                    feedback.reportError(self.tr("The layer has none of the indicators of theme '{theme}'.").format(
                        theme=themes[theme_index][1]))
                fields += [f for f in in_theme if f not in fields]
        changes = self._change_sources(layer, parameters, context, feedback)
        energy = self.parameterAsBool(parameters, self.ENERGY_TYPES, context)
        if energy and layer.fields().lookupField(en.TYPE) < 0:
            raise QgsProcessingException(self.tr(
                "The layer has no field '{field}': run 'Energy transition per area' first and map its output.").format(
                field=en.TYPE))
        if not fields and not changes and not energy:
            raise QgsProcessingException(self.tr(
                "Choose at least one indicator field, a theme whose indicators are in the layer, a change map or the "
                "energy-transition types."))
        options = StyleOptions.read(self, parameters, context)
        size, orientation = PAGE_OPTIONS[self.parameterAsEnum(parameters, self.PAGE, context)].split("_")
        out_format = FORMAT_OPTIONS[self.parameterAsEnum(parameters, self.FORMAT, context)]
        dpi = self.parameterAsInt(parameters, self.DPI, context)
        folder = Path(self.parameterAsString(parameters, self.OUTPUT_FOLDER, context))
        folder.mkdir(parents=True, exist_ok=True)
        logo = self.parameterAsFile(parameters, self.LOGO, context) or None
        title_template = self.parameterAsString(parameters, self.TITLE, context) or "{indicator}"
        subtitle_text = self.parameterAsString(parameters, self.SUBTITLE, context)
        year = layer_year(layer)
        source_given = self.parameterAsString(parameters, self.SOURCE, context)
        sources = {f: source_given or default_source(layer, [f]) for f in fields}  # before the layer is renamed
        for stem, _map_layer, _period in changes:
            years = [n for n in names if n == stem or n.startswith(f"{stem}_") and n[len(stem) + 1:].isdigit()]
            sources[("change", stem)] = source_given or default_source(layer, years or [f"{stem}_change"])
        if energy:
            sources["energy"] = source_given or translate("ExportMaps", "{source}; types: Wijkmonitor "
                                                                        "(energytransition)").format(
                source=default_source(layer, prof.theme_fields("energy", names) or [en.TYPE]))
        area = layer_area_name(layer)
        label_field = first_field(layer.fields(), NAME_FIELDS) if self.parameterAsBool(
            parameters, self.LABELS, context) else None
        lang = style.map_language()

        project = QgsProject()  # private: the layouts live here, the layer keeps its owner
        frame = source_to_frame(layer, fields)
        written = []
        jobs = [("indicator", f) for f in fields] + [("change", c) for c in changes] + \
            ([("energy", en.TYPE)] if energy else [])
        with ExitStack() as stack:
            book = stack.enter_context(lay.PdfBook(folder / "kaarten.pdf", dpi, title=area or "")) \
                if out_format == "multipage" else None
            for i, (kind, job) in enumerate(jobs):
                if feedback.isCanceled():
                    raise QgsProcessingException(self.tr("Cancelled."))
                feedback.setProgress(100.0 * i / len(jobs))
                if kind == "indicator":
                    field = job
                    meta = style.indicator_meta(layer, field, lang, direction=options["direction"])
                    reference = check_meta(meta, options["reference"])
                    classification = style.style_layer(layer, field, options["method"], options["n_classes"],
                                                       reference=reference, label_field=label_field, lang=lang,
                                                       values=frame[field].tolist(), meta=meta)
                    map_layer, name, source, wrap = layer, field, sources[field], None
                    title = title_template.replace("{indicator}", meta.title)
                    subtitle = subtitle_text or default_subtitle(meta, area, year)
                    legend = style.legend_title(meta.title, meta.unit, classification, lang)
                    info = self.tr("{field}: {n} classes ({method}), {missing} areas without data.").format(
                        field=field, n=len(classification.classes), method=classification.method,
                        missing=classification.no_data_count)
                elif kind == "change":
                    stem, map_layer, period = job
                    title, subtitle, legend, info = self._style_change(map_layer, stem, period, lang, area,
                                                                       subtitle_text, title_template)
                    meta, name, source, wrap = None, f"{stem}_change", sources[("change", stem)], None
                else:
                    map_layer, name, source, wrap = layer, en.TYPE, sources["energy"], ": "
                    title, subtitle, legend, info = self._style_energy(layer, lang, area, year, subtitle_text,
                                                                       title_template, label_field)
                    meta = None
                map_layer.setName(meta.title if meta is not None else title)
                layout = lay.theme_map_layout(project, map_layer, title, subtitle, source, legend, size, orientation,
                                              logo, name=f"{title} ({name})", add_to_project=False,
                                              legend_wrap=wrap)
                if book is not None:
                    book.add(layout)
                else:
                    written.append(str(lay.export_pdf(layout, folder / f"{safe_name(name)}.pdf", dpi)))
                    if out_format == "pdf_png":
                        written.append(str(lay.export_png(layout, folder / f"{safe_name(name)}.png", dpi)))
                feedback.pushInfo(info)
        if book is not None:
            written.append(str(book.path))
        feedback.setProgress(100)
        return {self.OUTPUT_FOLDER: str(folder), self.FILES: ";".join(written), self.COUNT: len(jobs)}

    # -- change maps and the energy-transition types -------------------------------------------
    def _change_sources(self, layer, parameters, context, feedback) -> list:
        """``(stem, layer with its change fields, (first, last) or None)`` per change map asked for: the layer
        itself when it has the fields of 'Trend', else the output of ``wijkmonitor:trend`` run on it for the
        chosen field per year."""
        from qgis.core import QgsProcessingUtils

        from ..core.trend import YEAR_FIELD, year_fields

        names = layer.fields().names()
        out, seen = [], set()
        for name in self.parameterAsFieldNames(parameters, self.CHANGE_FIELDS, context):
            stem = change_stem(name, names)
            if stem is not None:
                if stem not in seen:
                    out.append((stem, layer, None))
                    seen.add(stem)
                continue
            match = YEAR_FIELD.match(name)
            stem = match.group("stem") if match else name
            if stem in seen:
                continue
            if len(year_fields(names).get(stem, {})) < (1 if name == stem else 2):
                raise QgsProcessingException(self.tr(
                    "'{field}' has no change to map: choose a field of 'Trend' (<indicator>_change) or a field per "
                    "year (<indicator>_<year>) of an indicator the layer has for two or more years.").format(
                    field=name))
            import processing

            feedback.pushInfo(self.tr("{field}: the change is computed with 'Trend' (first to last year, the "
                                      "catalogue's direction, 5% threshold).").format(field=name))
            result = processing.run("wijkmonitor:trend", {"INPUT": layer, "FIELDS": [name], "OUTPUT": "memory:"},
                                    context=context, feedback=feedback, is_child_algorithm=True)
            trend_layer = QgsProcessingUtils.mapLayerFromString(result["OUTPUT"], context)
            out.append((stem, trend_layer, (int(result["FIRST_YEAR"]), int(result["LAST_YEAR"]))))
            seen.add(stem)
        return out

    def _style_change(self, map_layer, stem: str, period, lang: str, area, subtitle_text: str, title_template: str):
        """Style ``map_layer`` by the change of ``stem``; returns (title, subtitle, legend title, log line)."""
        from ..core.catalogue import load_catalogue
        from ..core.trend import find_indicator
        from ..qgis_adapters.change_style import change_legend_title, change_settings, style_change_layer

        if period is None:
            names = map_layer.fields().names()
            wanted = [n for n in names if n == stem or n == f"{stem}_change" or
                      (n.startswith(f"{stem}_") and n[len(stem) + 1:].isdigit())]
            period = change_period(stem, source_to_frame(map_layer, wanted), layer_year(map_layer))
            settings = change_settings(map_layer)
            if period is None and settings.get("stem") == stem:
                period = (int(settings["first_year"]), int(settings["last_year"]))
            if period is None:
                raise QgsProcessingException(self.tr(
                    "The period of the change of '{stem}' cannot be told from the layer: it lacks the values of the "
                    "first and the last year. Choose the field of the first year (<indicator>_<year>) instead, so "
                    "the change is computed.").format(stem=stem))
        indicator = find_indicator(load_catalogue(), stem)
        meta = prof.meta_for_field(indicator.id if indicator is not None else stem, lang)
        title_text = meta.title if indicator is not None else stem
        frame = source_to_frame(map_layer, [f"{stem}_change", f"{stem}_class"])
        classes = frame[f"{stem}_class"].tolist()
        direction = change_direction(frame[f"{stem}_change"].tolist(), classes,
                                     meta.direction if indicator is not None else "neutral")
        first, last = period
        style_change_layer(map_layer, stem, first, last, direction, title_text, meta.unit, meta.decimals, lang)
        title = title_template.replace("{indicator}", translate(
            "ExportMaps", "{title}: change {first} → {last}").format(title=title_text, first=first, last=last))
        level = translate("ExportMaps", "per buurt")
        subtitle = subtitle_text or (translate("ExportMaps", "Change {level} in {area}, {first} → {last}").format(
            level=level, area=area, first=first, last=last) if area else translate(
            "ExportMaps", "Change {level}, {first} → {last}").format(level=level, first=first, last=last))
        counts = {c: classes.count(c) for c in ("better", "worse", "stable", "higher", "lower")}
        info = self.tr("{stem}: change {first} → {last}, {better} better, {worse} worse, {stable} stable, {higher} "
                       "higher, {lower} lower, {none} without values in both years.").format(
            stem=stem, first=first, last=last, none=sum(1 for c in classes if c is None), **counts)
        return title, subtitle, change_legend_title(title_text, first, last, direction, meta.unit), info

    def _style_energy(self, layer, lang: str, area, year, subtitle_text: str, title_template: str, label_field):
        """Style ``layer`` by its energy-transition types; returns (title, subtitle, legend title, log line)."""
        from ..qgis_adapters.energy_style import type_renderer

        types = source_to_frame(layer, [en.TYPE])[en.TYPE]
        present = [t for t in en.TYPES if (types == t).any()]
        style.apply_renderer(layer, type_renderer(en.TYPE, present))
        if label_field:
            style.apply_labeling(layer, style.label_settings(label_field))
        layer.setLabelsEnabled(bool(label_field))
        title = title_template.replace("{indicator}", translate("ExportMaps", "Energy transition: which help where"))
        meta = prof.IndicatorMeta(en.TYPE, title)
        subtitle = subtitle_text or default_subtitle(meta, area, year)
        counts = ", ".join(f"{en.type_label(t)}: {int((types == t).sum())}" for t in present)
        info = self.tr("{field}: {counts}; not enough data: {missing}.").format(
            field=en.TYPE, counts=counts or "–", missing=int(types.isna().sum()))
        return title, subtitle, translate("ExportMaps", "Energy-transition type"), info
