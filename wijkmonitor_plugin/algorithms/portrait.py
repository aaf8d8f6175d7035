"""wijkmonitor:portrait — a printed portrait (PDF and HTML) of a gemeente or its kernen for one theme."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pandas as pd
from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingMultiStepFeedback,
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
    QgsProcessingParameterVectorLayer,
    QgsProcessingUtils,
    QgsProject,
    QgsVectorLayer,
)

from ..core import portrait as pt
from ..core import portrait_report as rep
from ..core import regions
from ..core.catalogue import CatalogueError, load_catalogue
from ..core.errors import WijkmonitorError
from ..core.files import atomic_write_text
from ..core.tables import detect_code_column, detect_name_column, type_columns
from ..i18n import translate
from ..paths import resource
from ..qgis_adapters import portrait_layout as pl
from ..qgis_adapters.compat import make_field
from ..qgis_adapters.frames import python_value, source_to_frame
from ..qgis_adapters.tables import read_table
from .base import GROUP_MAPS, WijkmonitorAlgorithm
from .energy_transition import EnergyParameters, add_energy_parameters, read_energy_settings
from .export_maps import cbs_field, default_source, safe_name

SCOPES = ("gemeente", "kernen", "both")
PARTS = ("auto", "wijken", "kernen", "buurten")
COMPARISONS = ("automatic", "stedelijkheid")
NATIONAL_DEFAULT = ("national", "gemeenten_2024_kerncijfers.csv")
NATIONAL_LABEL = "CBS Kerncijfers wijken en buurten 2024 (85984NED), gemeenten"
CODE_FIELDS = ("statcode", "buurtcode", "bu_code")
BUURT_NAME_FIELDS = ("statnaam", "buurtnaam", "bu_naam")
KERN = "kern"


def _first(names, candidates) -> str | None:
    lower = {n.lower(): n for n in names}
    return next((lower[c] for c in candidates if c in lower), None)


class PortraitAlgorithm(EnergyParameters, WijkmonitorAlgorithm):
    NAME = "portrait"
    GROUP = GROUP_MAPS
    INPUT = "INPUT"
    THEME = "THEME"
    INDICATORS = "INDICATORS"
    TRENDS = "TRENDS"
    SCOPE = "SCOPE"
    KERNEN = "KERNEN"
    KERN_FIELD = "KERN_FIELD"
    KERN_LOOKUP = "KERN_LOOKUP"
    KERN_LOOKUP_FILE = "KERN_LOOKUP_FILE"
    KERN_LOOKUP_FIELD = "KERN_LOOKUP_FIELD"
    ONLY = "ONLY"
    PARTS = "PARTS"
    NAMES = "NAMES"
    NAMES_FILE = "NAMES_FILE"
    NATIONAL = "NATIONAL"
    NATIONAL_FILE = "NATIONAL_FILE"
    COMPARISON = "COMPARISON"
    SOURCE = "SOURCE"
    LOGO = "LOGO"
    DPI = "DPI"
    HTML = "HTML"
    OUTPUT_FOLDER = "OUTPUT_FOLDER"
    FILES = "FILES"
    PORTRAITS = "PORTRAITS"
    PAGES = "PAGES"
    DATA = "DATA"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("Portrait of a gemeente or kern (PDF and HTML)")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return self.tr(
            "A portrait to hand out, for the gemeente and for each kern, of one theme (sustainability by default): "
            "the area against the country and against similar gemeenten, a map of where the energy transition "
            "needs which kind of help, small maps and a table of its wijken or kernen, trends where fields hold "
            "several years (field_2021, field_2022 …), and the sources and definitions on the last page. One PDF "
            "(text as text) and the same content as an HTML page per area, and one JSON file with every figure.\n\n"
            "Kernen: a polygon layer (each buurt goes to the kern it overlaps most) or a lookup table of buurt or "
            "wijk codes → kern. Area and part figures are aggregated from the buurten by "
            "wijkmonitor:aggregateareas: counts summed, shares recomputed, averages weighted.\n\n"
            "Country and similar gemeenten come from a national table with one row per gemeente (default: the "
            "bundled CBS Kerncijfers 2024 of all 342 gemeenten, which has housing, population and income but no "
            "energy figures; a table from wijkmonitor:downloadcbstable of all gemeenten adds them). Similar "
            "gemeenten: those of the same CBS stedelijkheid class, or, when the table has the similar_codes of "
            "wijkmonitor:similarareas, those.\n\n"
            "The energy-transition prices and thresholds are those of wijkmonitor:energytransition. The pages are "
            "the templates resources/layouts/portrait_*.qpt, which you may edit in the layout designer."
        )

    def flags(self):
        return super().flags() | QgsProcessingAlgorithm.Flag.FlagNoThreading

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Buurten (with the CBS figures)"), [QgsProcessing.SourceType.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterEnum(self.THEME, self.tr("Theme"), self._theme_names(),
                                                     defaultValue=0))
        indicators = QgsProcessingParameterString(self.INDICATORS, self.tr("Indicators (empty: the theme's)"),
                                                  optional=True)
        indicators.setHelp(self.tr("Indicator ids or field names separated by ';' (e.g. aardgasverbruik_m3; "
                                   "koopwoningen_pct). Empty: the first {n} of the theme that have figures.")
                           .format(n=pt.MAX_INDICATORS))
        self.addParameter(indicators)
        trends = QgsProcessingParameterString(self.TRENDS, self.tr("Trends of (empty: the theme's)"), optional=True)
        trends.setHelp(self.tr("Fields that hold several years are named <name>_<year> (misdrijven_2021, "
                               "misdrijven_2022 …). Empty: every such field of the theme's indicators; or give the "
                               "names, separated by ';'."))
        self.addParameter(trends)
        self.addParameter(QgsProcessingParameterEnum(
            self.SCOPE, self.tr("Portraits of"), [self.tr("The gemeente"), self.tr("Every kern"),
                                                  self.tr("The gemeente and every kern")], defaultValue=0))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.KERNEN, self.tr("Kernen (polygons)"), [QgsProcessing.SourceType.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.KERN_FIELD, self.tr("Name of the kern"), parentLayerParameterName=self.KERNEN, optional=True))
        self.addParameter(QgsProcessingParameterVectorLayer(
            self.KERN_LOOKUP, self.tr("…or a lookup table: buurt or wijk code → kern"),
            [QgsProcessing.SourceType.TypeVector], optional=True))
        self.addParameter(QgsProcessingParameterFile(
            self.KERN_LOOKUP_FILE, self.tr("…or a lookup table file (CSV, XLSX, ODS)"), optional=True))
        lookup_field = QgsProcessingParameterString(self.KERN_LOOKUP_FIELD, self.tr("Kern column of the lookup table"),
                                                    optional=True)
        lookup_field.setHelp(self.tr("Empty: the first column that is not the code."))
        self.addParameter(lookup_field)
        only = QgsProcessingParameterString(self.ONLY, self.tr("Only these areas (names or codes, ';')"),
                                            optional=True)
        self.addParameter(only)
        self.addParameter(QgsProcessingParameterEnum(
            self.PARTS, self.tr("Parts shown"), [self.tr("Automatic (kernen of a gemeente when given, else wijken)"),
                                                 self.tr("Wijken"), self.tr("Kernen"), self.tr("Buurten")],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterVectorLayer(
            self.NAMES, self.tr("Names of the wijken (a layer or table with codes and names)"),
            [QgsProcessing.SourceType.TypeVector], optional=True))
        self.addParameter(QgsProcessingParameterFile(self.NAMES_FILE, self.tr("…or a file with them"),
                                                     optional=True))
        self.addParameter(QgsProcessingParameterVectorLayer(
            self.NATIONAL, self.tr("National table (one row per gemeente; empty: the bundled Kerncijfers 2024)"),
            [QgsProcessing.SourceType.TypeVector], optional=True))
        self.addParameter(QgsProcessingParameterFile(self.NATIONAL_FILE, self.tr("…or a national table file"),
                                                     optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.COMPARISON, self.tr("Similar gemeenten"),
            [self.tr("Automatic (similar_codes of the national table, else the stedelijkheid class)"),
             self.tr("Same stedelijkheid class")], defaultValue=0))
        add_energy_parameters(self)
        self.addParameter(QgsProcessingParameterString(self.SOURCE, self.tr("Source line"), optional=True))
        self.addParameter(QgsProcessingParameterFile(self.LOGO, self.tr("Logo (SVG or image)"),
                                                     optional=True, fileFilter="Images (*.svg *.png *.jpg *.jpeg)"))
        self.addParameter(QgsProcessingParameterNumber(self.DPI, self.tr("Resolution (dpi)"),
                                                       QgsProcessingParameterNumber.Type.Integer, 150, False, 30, 600))
        self.addParameter(QgsProcessingParameterBoolean(self.HTML, self.tr("Also an HTML page per portrait"), True))
        self.addParameter(QgsProcessingParameterFolderDestination(self.OUTPUT_FOLDER, self.tr("Output folder")))
        self.addOutput(QgsProcessingOutputString(self.FILES, self.tr("Files written")))
        self.addOutput(QgsProcessingOutputNumber(self.PORTRAITS, self.tr("Number of portraits")))
        self.addOutput(QgsProcessingOutputNumber(self.PAGES, self.tr("Number of pages")))
        self.addOutput(QgsProcessingOutputString(self.DATA, self.tr("JSON with the figures")))

    def _theme_names(self) -> list[str]:
        from .compute_indicators import ui_language

        try:
            catalogue = load_catalogue()
        except CatalogueError:
            return [pt.SUSTAINABILITY.label_for("en")]
        lang = ui_language()
        return [t.label_for(lang) for t in pt.portrait_themes(catalogue)]

    # -- reading --------------------------------------------------------------------------------------------
    def _table(self, parameters, layer_key, file_key, context, feedback) -> pd.DataFrame | None:
        layer = self.parameterAsVectorLayer(parameters, layer_key, context)
        path = self.parameterAsFile(parameters, file_key, context)
        if layer is None and not path:
            return None
        raw = read_table(layer=None if path else layer, path=path or None, feedback=feedback)
        return raw.frame

    def _national(self, parameters, context, feedback) -> tuple[pd.DataFrame, str]:
        frame = self._table(parameters, self.NATIONAL, self.NATIONAL_FILE, context, feedback)
        label = NATIONAL_LABEL
        if frame is None:
            frame = read_table(path=str(resource(*NATIONAL_DEFAULT)), feedback=feedback).frame
        else:
            label = translate("PortraitAlgorithm", "the national table given")
        code = detect_code_column(frame, "gemeenten")
        if code is None:
            raise QgsProcessingException(self.tr("The national table has no column of gemeente codes (GM0363). "
                                                 "Columns: {cols}.").format(cols=", ".join(frame.columns)))
        keep = [c for c in frame.columns if c not in (code, pt.SIMILAR_CODES)]
        typed, _ = type_columns(frame[keep])
        typed["statcode"] = regions.normalise_codes(frame[code].to_numpy()).to_numpy()
        if pt.SIMILAR_CODES in frame.columns:
            typed[pt.SIMILAR_CODES] = frame[pt.SIMILAR_CODES]
        typed = typed[typed["statcode"].map(regions.level_of_code) == "gemeenten"]
        return typed.reset_index(drop=True), label

    def _names(self, parameters, context, feedback) -> dict:
        table = self._table(parameters, self.NAMES, self.NAMES_FILE, context, feedback)
        if table is None:
            return {}
        code = detect_code_column(table)
        name = detect_name_column(table, exclude=(code,)) if code else None
        if code is None or name is None:
            raise QgsProcessingException(self.tr("The names table needs a column of codes and one of names."))
        codes = regions.normalise_codes(table[code].to_numpy())
        return {c: str(n).strip() for c, n in zip(codes, table[name]) if c and isinstance(n, str) and n.strip()}

    def _kern_membership(self, parameters, context, buurten, frame, feedback) -> pd.Series | None:
        """kern per buurt (index = feature id), or None when no kernen are given."""
        kernen = self.parameterAsSource(parameters, self.KERNEN, context)
        table = self._table(parameters, self.KERN_LOOKUP, self.KERN_LOOKUP_FILE, context, feedback)
        if kernen is not None:
            import processing

            field = self.parameterAsString(parameters, self.KERN_FIELD, context) or next(
                (f.name() for f in kernen.fields() if not f.isNumeric()), None)
            if field is None:
                raise QgsProcessingException(self.tr("Choose the field with the name of the kern."))
            joined = processing.run("native:joinattributesbylocation", {
                "INPUT": buurten, "JOIN": parameters[self.KERNEN], "PREDICATE": [0], "JOIN_FIELDS": [field],
                "METHOD": 2, "DISCARD_NONMATCHING": False, "PREFIX": "__kern_", "OUTPUT": "memory:"},
                context=context, feedback=feedback, is_child_algorithm=True)["OUTPUT"]
            joined = QgsProcessingUtils.mapLayerFromString(joined, context)
            code_field = _first(joined.fields().names(), CODE_FIELDS)
            got = source_to_frame(joined, [code_field, f"__kern_{field}"])
            codes = regions.normalise_codes(got[code_field].to_numpy(), "buurten")
            mapping = {c: str(k) for c, k in zip(codes, got[f"__kern_{field}"]) if c and k not in (None, "")}
            return frame["__code"].map(mapping).where(lambda s: s.notna(), None)
        if table is None:
            return None
        code = detect_code_column(table, "buurten", allow_bare=True) or detect_code_column(table, "wijken")
        if code is None:
            raise QgsProcessingException(self.tr("The lookup table has no column of buurt or wijk codes. Columns: "
                                                 "{cols}.").format(cols=", ".join(table.columns)))
        wanted = self.parameterAsString(parameters, self.KERN_LOOKUP_FIELD, context)
        kern = next((c for c in table.columns if c.lower() == wanted.lower()), None) if wanted else \
            next((c for c in table.columns if c != code), None)
        if kern is None:
            raise QgsProcessingException(self.tr("The lookup table has no kern column '{col}'.").format(col=wanted))
        codes = regions.normalise_codes(table[code].to_numpy())
        mapping = {c: str(k).strip() for c, k in zip(codes, table[kern]) if c and isinstance(k, str) and k.strip()}
        by_buurt = frame["__code"].map(mapping)
        by_wijk = frame["__wijk"].map(mapping)
        return by_buurt.fillna(by_wijk).where(lambda s: s.notna(), None)

    # -- running ------------------------------------------------------------------------------------------
    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        from .compute_indicators import ui_language

        try:
            catalogue = load_catalogue()
        except CatalogueError as exc:
            raise QgsProcessingException(str(exc)) from None
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        buurten = source.materialize(QgsFeatureRequest(), feedback)
        frame = self._key_frame(buurten)
        themes = pt.portrait_themes(catalogue)
        theme = themes[self.parameterAsEnum(parameters, self.THEME, context)]
        chosen = [p.strip() for p in re.split(r"[;,\n]", self.parameterAsString(parameters, self.INDICATORS, context))
                  if p.strip()]
        trend_stems = [p.strip() for p in re.split(r"[;,\n]", self.parameterAsString(parameters, self.TRENDS, context))
                       if p.strip()] or None
        prices, thresholds = read_energy_settings(self, parameters, context)
        lang = ui_language()
        kerns = self._kern_membership(parameters, context, buurten, frame, feedback)
        scope = SCOPES[self.parameterAsEnum(parameters, self.SCOPE, context)]
        if scope != "gemeente" and kerns is None:
            raise QgsProcessingException(self.tr("Portraits of kernen need the kernen: a polygon layer or a lookup "
                                                 "table of buurt or wijk codes → kern."))
        if kerns is not None:
            unassigned = int(kerns.isna().sum())
            if unassigned:
                feedback.pushWarning(self.tr("{n} buurten belong to no kern; they count for the gemeente only.")
                                     .format(n=unassigned))
            # one concat rather than an insert: the frame has many columns, and pandas 3 warns when it grows one by one
            frame = pd.concat([frame.drop(columns=[KERN], errors="ignore"),
                               pd.Series(kerns, index=frame.index, name=KERN)], axis=1)
        national, national_label = self._national(parameters, context, feedback)
        names = self._names(parameters, context, feedback)
        areas = self._areas(frame, scope, self.parameterAsString(parameters, self.ONLY, context))
        if not areas:
            raise QgsProcessingException(self.tr("No area to make a portrait of: check 'Only these areas'."))
        parts_choice = PARTS[self.parameterAsEnum(parameters, self.PARTS, context)]
        rule = pt.COMPARISON_RULES[COMPARISONS[self.parameterAsEnum(parameters, self.COMPARISON, context)]]
        folder = Path(self.parameterAsString(parameters, self.OUTPUT_FOLDER, context))
        folder.mkdir(parents=True, exist_ok=True)
        year = self._year(frame)
        source_text = self.parameterAsString(parameters, self.SOURCE, context) or default_source(
            buurten, [n for n in buurten.fields().names() if cbs_field(n)])
        logo = self.parameterAsFile(parameters, self.LOGO, context) or None
        dpi = self.parameterAsInt(parameters, self.DPI, context)
        html = self.parameterAsBool(parameters, self.HTML, context)

        steps = QgsProcessingMultiStepFeedback(len(areas), feedback)
        files, portraits, pages = [], [], 0
        for step, (kind, code, label) in enumerate(areas):
            if feedback.isCanceled():
                raise QgsProcessingException(self.tr("Cancelled."))
            steps.setCurrentStep(step)
            feedback.pushInfo(self.tr("Portrait of {area}").format(area=label))
            try:
                data, layers = self._portrait(catalogue, theme, chosen, kind, code, label, frame, buurten, national,
                                              national_label, names, parts_choice, rule, prices, thresholds, lang,
                                              year, context, steps, trend_stems)
            except (WijkmonitorError, KeyError) as exc:
                raise QgsProcessingException(str(exc).strip("'\"")) from None
            base = folder / f"portret_{safe_name(label)}"
            pages += self._print(data, layers, base, source_text, logo, dpi, html, files)
            portraits.append(data)
        data_path = folder / "portretten.json"
        atomic_write_text(data_path, json.dumps(portraits, indent=2, ensure_ascii=False))
        files.append(str(data_path))
        feedback.pushInfo(self.tr("{n} portrait(s), {pages} pages: {files}").format(
            n=len(portraits), pages=pages, files=", ".join(files)))
        return {self.OUTPUT_FOLDER: str(folder), self.FILES: ";".join(files), self.PORTRAITS: len(portraits),
                self.PAGES: pages, self.DATA: str(data_path)}

    def _key_frame(self, buurten) -> pd.DataFrame:
        frame = source_to_frame(buurten)
        names = list(frame.columns)
        code = _first(names, CODE_FIELDS)
        if code is None:
            raise QgsProcessingException(self.tr("The buurten have no buurt code field (statcode or buurtcode)."))
        codes = pd.Series(regions.normalise_codes(frame[code].to_numpy(), "buurten").to_numpy(), index=frame.index)
        name, gm_name = _first(names, BUURT_NAME_FIELDS), _first(names, ("gemeentenaam", "gm_naam"))
        gemeenten = codes.map(regions.gemeentecode_of)
        keys = pd.DataFrame({"__code": codes, "__wijk": codes.map(regions.wijkcode_of), "__gemeente": gemeenten,
                             "__name": frame[name] if name else codes,
                             "__gemeentenaam": frame[gm_name] if gm_name else gemeenten}, index=frame.index)
        frame = pd.concat([frame, keys], axis=1)
        if frame["__code"].isna().all():
            raise QgsProcessingException(self.tr("No buurt code in the input could be read."))
        return frame

    @staticmethod
    def _year(frame) -> int | None:
        if "jaar" not in frame.columns:
            return None
        years = pd.to_numeric(frame["jaar"], errors="coerce").dropna()
        return int(years.mode().iloc[0]) if len(years) else None

    def _areas(self, frame, scope, only_text) -> list:
        out = []
        if scope in ("gemeente", "both"):
            for code, group in frame.groupby("__gemeente", sort=True):
                out.append(("gemeente", code, str(group["__gemeentenaam"].dropna().iloc[0])
                            if group["__gemeentenaam"].notna().any() else code))
        if scope in ("kernen", "both") and KERN in frame.columns:
            out += [("kern", k, k) for k in sorted(frame[KERN].dropna().unique(), key=str.lower)]
        only = [p.strip().lower() for p in re.split(r"[;\n]", only_text or "") if p.strip()]
        if only:
            out = [a for a in out if a[1].lower() in only or a[2].lower() in only]
        return out

    def _aggregate(self, layer, target, context, feedback, lookup=None):
        import processing

        params = {"INPUT": layer, "TARGET": target, "OUTPUT": "memory:", "REPORT": "memory:"}
        if lookup is not None:
            params.update({"LOOKUP": lookup, "LOOKUP_AREA": KERN})
        result = processing.run("wijkmonitor:aggregateareas", params, context=context, feedback=feedback,
                                is_child_algorithm=True)
        return QgsProcessingUtils.mapLayerFromString(result["OUTPUT"], context)

    def _portrait(self, catalogue, theme, chosen, kind, code, label, frame, buurten, national, national_label, names,
                  parts_choice, rule, prices, thresholds, lang, year, context, feedback, trend_stems=None):
        members = frame[frame["__gemeente"] == code] if kind == "gemeente" else frame[frame[KERN] == code]
        gemeente = members["__gemeente"].iloc[0]
        subset = buurten.materialize(QgsFeatureRequest().setFilterFids([int(i) for i in members.index]))
        sub_keys = self._key_frame(subset)
        area_layer = self._aggregate(subset, 1, context, feedback)
        row = source_to_frame(area_layer)
        parts_layer, key, part_kind, parts, part_names, buurt_parts = self._parts(
            kind, parts_choice, frame, members, subset, sub_keys, names, context, feedback)
        row.index = [code]
        buurten_frame = sub_keys.drop(columns=[c for c in sub_keys.columns if c.startswith("__")])
        urbanity = self._urbanity(catalogue, kind, code, national, buurten_frame)
        area = pt.PortraitInput(code=code, name=label, kind=kind, gemeente=str(members["__gemeentenaam"].iloc[0]),
                                row=row, parts=parts, part_names=part_names, part_kind=part_kind,
                                buurten=buurten_frame, buurt_parts=pd.Series(buurt_parts.to_numpy(),
                                                                             index=buurten_frame.index),
                                urbanity=urbanity, year=year)
        candidates = [catalogue.find_by_field(c) for c in chosen] if chosen else \
            pt.theme_indicators(catalogue, theme)
        frames = [pt.indicator_frame(pt.add_energy_cost(f, catalogue, prices), catalogue,
                                     [c for c in candidates if c is not None])[0] for f in (row, parts)]
        indicators = pt.choose_indicators(catalogue, theme, frames, chosen)
        if not indicators:
            raise QgsProcessingException(self.tr("None of the theme's indicators has figures for {area}.").format(
                area=label))
        reference = frame[frame["__gemeente"] == gemeente]
        reference = reference.drop(columns=[c for c in reference.columns if c.startswith("__") or c == KERN])
        data = pt.build_portrait(area, catalogue, theme, indicators, national, prices, thresholds, rule, lang,
                                 national_label, reference_buurten=reference, trend_stems=trend_stems)
        types = data["typology"].get("types", {})
        data["typology"]["types"] = {buurt: types.get(str(fid)) for fid, buurt in sub_keys["__code"].items()}
        layers = self._map_layers(data, parts_layer, key, part_kind, area_layer, subset)
        return data, layers

    def _parts(self, kind, parts_choice, frame, members, subset, sub_keys, names, context, feedback):
        """The parts of the area aggregated from its buurten: layer, key field, kind, frame (index = part code),
        names, and the part of each buurt."""
        part_kind = parts_choice if parts_choice != "auto" else (
            "kernen" if kind == "gemeente" and KERN in frame.columns else "wijken")
        if part_kind == "kernen" and (kind != "gemeente" or KERN not in frame.columns):
            raise QgsProcessingException(self.tr("Kernen as parts need the kernen and a portrait of the gemeente."))
        if part_kind == "wijken":
            parts_layer = self._aggregate(subset, 0, context, feedback)
            key = "statcode"
            buurt_parts = sub_keys["__wijk"]
            part_names = {}
        elif part_kind == "kernen":
            lookup = self._lookup_layer(members)
            parts_layer = self._aggregate(subset, 3, context, feedback, lookup)
            key = KERN
            buurt_parts = sub_keys["__code"].map(dict(zip(members["__code"], members[KERN])))
            part_names = {}
        else:
            parts_layer = subset
            key = _first(subset.fields().names(), CODE_FIELDS)
            buurt_parts = sub_keys["__code"]
            part_names = dict(zip(sub_keys["__code"], sub_keys["__name"]))
        parts = source_to_frame(parts_layer)
        part_codes = [str(c) for c in (regions.normalise_codes(parts[key].to_numpy()) if part_kind != "kernen"
                                       else parts[key])]
        parts.index = part_codes
        for c in part_codes:
            part_names.setdefault(c, names.get(c) or (translate("PortraitAlgorithm", "Wijk {code}").format(code=c)
                                                      if part_kind == "wijken" else c))
        return parts_layer, key, part_kind, parts, part_names, buurt_parts

    @staticmethod
    def _lookup_layer(members) -> QgsVectorLayer:
        layer = QgsVectorLayer("None", "lookup", "memory")
        layer.dataProvider().addAttributes([make_field("buurtcode", "string"), make_field(KERN, "string")])
        layer.updateFields()
        features = []
        for code, kern in zip(members["__code"], members[KERN]):
            if kern is None:
                continue
            feature = QgsFeature(layer.fields())
            feature.setAttributes([code, kern])
            features.append(feature)
        layer.dataProvider().addFeatures(features)
        return layer

    def _urbanity(self, catalogue, kind, code, national, buurten) -> int | None:
        """A gemeente's class from the national table; a kern's (or an unknown gemeente's) from its address density."""
        if kind == "gemeente":
            col = pt.first_column(national, pt.STEDELIJKHEID_FIELDS)
            if col is not None:
                value = pd.to_numeric(national.loc[national["statcode"] == code, col], errors="coerce").dropna()
                if len(value):
                    return int(value.iloc[0])
        return pt.urbanity_class(pt.address_density(buurten, catalogue))

    @staticmethod
    def _map_layers(data, parts_layer, key, part_kind, area_layer, subset):
        """The parts with code, name and the indicator values; the area's outline; the buurten with their type."""
        crs = parts_layer.crs().authid() or "EPSG:28992"
        parts = QgsVectorLayer(f"MultiPolygon?crs={crs}", "parts", "memory")
        ids = [m["id"] for m in data["indicators"]]
        parts.dataProvider().addAttributes([make_field("code", "string"), make_field("name", "string")]
                                           + [make_field(i, "double") for i in ids])
        parts.updateFields()
        rows = {r["code"]: r for r in data["parts"]["rows"]}
        features = []
        for feature in parts_layer.getFeatures():
            value = feature[key]
            code = str(value if part_kind == "kernen" else regions.normalise_code(value))
            r = rows.get(code)
            if r is None or not feature.hasGeometry():
                continue
            out = QgsFeature(parts.fields())
            geometry = feature.geometry()
            geometry.convertToMultiType()
            out.setGeometry(geometry)
            out.setAttributes([code, r["name"]] + [python_value(r.get(i)) for i in ids])
            features.append(out)
        parts.dataProvider().addFeatures(features)
        parts.updateExtents()
        typology = subset.materialize(QgsFeatureRequest())
        types = data["typology"].get("types", {})  # buurt code -> type
        code_field = _first(typology.fields().names(), CODE_FIELDS)
        typology.dataProvider().addAttributes([make_field("energietype", "string")])
        typology.updateFields()
        index = typology.fields().indexOf("energietype")
        changes = {f.id(): {index: types.get(regions.normalise_code(f[code_field], "buurten"))}
                   for f in typology.getFeatures()}
        typology.dataProvider().changeAttributeValues(changes)
        return {"parts": parts, "area": area_layer.materialize(QgsFeatureRequest()), "typology": typology}

    def _print(self, data, layers, base, source_text, logo, dpi, html, files) -> int:
        project = QgsProject()  # private: the layouts and their layers live here until the export
        pages = pl.PortraitPages(project, data, layers["parts"], layers["area"], layers["typology"], source_text,
                                 logo)
        layouts = pages.build()
        pdf = base.with_suffix(".pdf")
        count = pl.export_pdf(layouts, pdf, dpi, rep.title(data))
        files.append(str(pdf))
        if html:
            page = base.with_suffix(".html")
            rep.write_html(data, page, pages.html_images())
            files.append(str(page))
        return count
