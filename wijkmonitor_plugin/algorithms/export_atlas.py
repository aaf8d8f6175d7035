"""wijkmonitor:exportatlas — an atlas per wijk (or any area field): a map page and a wijkprofiel page each.

The atlas is drawn from layers of its own (see "the atlas layers" in ``qgis_adapters/layout.py``):
a copy of the buurten styled and labelled for the atlas, one feature per page area and the
wijkprofiel rows. The input layer is never restyled or changed. Building the atlas is split in
named steps that the Processing algorithm and the panel share:

1. :func:`plan_atlas` (main thread, fast): which fields, which areas get pages (water-only and
   unpopulated areas are left out unless asked), the wijkprofiel rows;
2. :func:`collect_features` (any thread: it only reads a feature source): the buurten copy and the
   geometries of each area;
3. :func:`atlas_tables`: the layers as fields + features — memory layers for an export
   (:func:`memory_layers`), or a GeoPackage that the project keeps, with the layers' styles as
   their default style in its ``layer_styles`` table (:func:`write_atlas_geopackage`);
4. :func:`style_atlas_layers` / :func:`atlas_styles` and :func:`atlas_layout`: the styles and the
   print layout.

The wijkprofiel page gets a trend column (value then → now, ▲ better / ▼ worse) for indicators the
layer has for several years (``<field>_<year>``). When the layer has the fields of
``wijkmonitor:wijkprofile`` (``<domain>_obj``/``_subj``), ``wijkmonitor:similarareas``
(``<field>_similar_median``) or ``wijkmonitor:hotspots`` (``<field>_lisa_class``), every area also
gets a facts-and-perceptions page (:func:`plan_perception`): the chart of facts next to perceptions
per domain (drawn from a chart layer, :mod:`wijkmonitor_plugin.core.profile_chart`), the area
against similar buurten elsewhere and whether its buurten lie in clusters.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd
from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsFields,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProject,
)

from ..core import profile as prof
from ..core import profile_chart as pc
from ..core import wijkprofile as wp
from ..core.classify import format_number
from ..core.wijkprofile_report import SMALL_GAP, area_page
from ..i18n import translate
from ..qgis_adapters import layout as lay
from ..qgis_adapters import style
from ..qgis_adapters.frames import source_to_frame
from ..qgis_adapters.geometry import GeometryReport, checked_polygon, feature_label, label_field
from .base import GROUP_MAPS, WijkmonitorAlgorithm
from .export_maps import NAME_FIELDS, StyleOptions, check_meta, default_source, first_field, layer_year

PER_THEME = 3
#: key fields copied into the atlas's buurten (when the layer has them)
KEY_FIELDS = ("statcode", "statnaam", "buurtcode", "buurtnaam", "wijkcode", "wijknaam", "gemeentecode",
              "gemeentenaam", "jaar")
#: where a wijk's name is found when the pages are wijken
WIJK_NAME_FIELDS = ("wijknaam", "wijk_naam", "wk_naam")
#: layer names inside an atlas GeoPackage
GPKG_BUURTEN, GPKG_AREAS, GPKG_PROFILE = "buurten", "atlaspaginas", "wijkprofiel"
GPKG_PERCEPTION, GPKG_CHART = "feiten_beleving", "feiten_beleving_grafiek"
#: the score fields of wijkmonitor:wijkprofile
DOMAIN_FIELD = re.compile(r"^(?P<domain>[a-z][a-z0-9_]*)_(?P<side>obj|subj)$")
SCORE_KINDS = ("obj", "subj", "combined", "gap")


def latest_year_fields(available) -> dict[str, list[str]]:
    """Per catalogue theme the newest field of every indicator the layer has for several years
    (``goed_ervaren_gezondheid_2012`` … ``_2024`` → ``goed_ervaren_gezondheid_2024``)."""
    from ..core.trend import year_fields

    out: dict = {}
    for _stem, years in year_fields(available).items():
        if len(years) < 2:
            continue
        newest = years[max(years)]
        indicator, _year = prof.year_indicator(newest)
        if indicator is not None and getattr(indicator, "theme", None):
            out.setdefault(indicator.theme, []).append(newest)
    return out


def default_profile_fields(field_name: str, available) -> list[str]:
    """The mapped field, then up to :data:`PER_THEME` indicators of every catalogue theme the layer has —
    first those the layer has for several years (they get a trend), then the theme's own.

    A rank or decile of the index is shown as its score: an average of ranks or deciles means nothing.
    """
    index = prof.INDEX_FIELD.match(field_name)
    if index and index.group("kind") != "score":
        score = f"{index.group('domain')}_score"
        out = [score] if score in set(available) else []
    else:
        out = [field_name]
    series = latest_year_fields(available)
    for theme_id, _label in prof.themes():
        for name in (series.get(theme_id, []) + prof.theme_fields(theme_id, available))[:PER_THEME]:
            if name not in out:
                out.append(name)
    return out


def profile_intro(trend: bool = False) -> str:
    text = translate(
        "ExportAtlas",
        "How does this area compare with the municipality as a whole? '▲ better' and '▼ worse' mark a "
        "difference of more than 5% from the municipal value; '= similar' a smaller one. Area and municipal "
        "values are averages of the buurten, weighted by inhabitants, households or dwellings where the "
        "indicator catalogue says so.")
    if trend:
        text += " " + translate(
            "ExportAtlas", "The trend gives the area's value in the first and the last year the layer has "
            "(earlier years averaged with this year's weights): ▲ better, ▼ worse, = within 5%.")
    return text


def perception_intro() -> str:
    return translate(
        "ExportAtlas",
        "Per domain a score from registered figures (facts, dot) and one from how residents experience their "
        "area (perception, diamond): 100 = the reference, higher = better; the area's scores are the means of its "
        "buurten's, weighted by inhabitants. The gap is perception − facts: positive means residents are more "
        "positive than the figures suggest.")


def similar_intro(k: int | None) -> str:
    return translate(
        "ExportAtlas",
        "For every buurt of this area the median of its {k} most similar buurten in the country (the same "
        "stedelijkheid, a similar population and housing; wijkmonitor:similarareas). Area values and medians "
        "are averaged over the buurten that have both; '▲ better' and '▼ worse' mark a difference of more than "
        "5%.").format(k=k if k else translate("ExportAtlas", "k"))


def parse_national(text: str | None) -> dict:
    """``"field=12,5; other=3.2"`` → ``{"field": 12.5, "other": 3.2}`` (decimal comma or point)."""
    out = {}
    for part in (text or "").replace("\n", ";").split(";"):
        if not part.strip():
            continue
        name, sep, value = part.partition("=")
        try:
            if not sep:
                raise ValueError(part)
            out[name.strip()] = float(value.strip().replace(" ", "").replace(",", "."))
        except ValueError:
            raise QgsProcessingException(translate(
                "ExportAtlas", "Cannot read the national value '{part}': write field=value, e.g. "
                "percentageHuishoudensMetLaagInkomen=38,2.").format(part=part.strip())) from None
    return out


def catalogue_field(variable_id: str, names) -> str | None:
    """The field of ``names`` that holds catalogue variable ``variable_id`` (any year's name)."""
    cat = prof.catalogue()
    variable = cat.variables.get(variable_id) if cat is not None else None
    if variable is None:
        return None
    present = set(names)
    return next((n for n in variable.field_names() if n in present), None)


@dataclass
class AtlasSpec:
    """What the user asked for."""

    field: str
    area_field: str = "wijkcode"
    name_field: str | None = None
    profile: bool = True
    profile_fields: list | None = None
    national: dict = field(default_factory=dict)
    include_empty: bool = False
    method: str | None = None
    n_classes: int = 5
    direction: str | None = None
    reference: str = style.REFERENCE_NONE
    lang: str = "en"
    source_text: str | None = None
    subtitle: str | None = None
    logo: str | None = None
    trend: bool = True
    perception: bool = True

    @classmethod
    def from_options(cls, field_name: str, options: dict | None = None, **kwargs) -> AtlasSpec:
        """From the style options of :class:`~.export_maps.StyleOptions` (method, n_classes, direction, reference)."""
        options = options or {}
        return cls(field_name, method=options.get("method"), n_classes=options.get("n_classes", 5),
                   direction=options.get("direction"), reference=options.get("reference", style.REFERENCE_NONE),
                   **kwargs)


@dataclass
class AtlasPlan:
    """What the atlas will hold, decided before any feature is copied."""

    spec: AtlasSpec
    meta: prof.IndicatorMeta
    metas: list
    copy_fields: list
    member_field: str | None
    areas: pd.DataFrame  # index: code; label, members, count, in_atlas, note
    profile_rows: pd.DataFrame
    values: list  # the mapped indicator's values (to classify without the features)
    source_text: str
    title: str
    trends: dict = field(default_factory=dict)  # profile field -> {year: field}
    perception: PerceptionPlan | None = None

    @property
    def pages_per_area(self) -> int:
        return 1 + int(self.spec.profile) + int(self.perception is not None)

    @property
    def page_areas(self) -> int:
        return int(self.areas["in_atlas"].sum())

    def left_out(self) -> pd.DataFrame:
        return self.areas[~self.areas["in_atlas"].astype(bool)]


@dataclass
class PerceptionPlan:
    """The facts-and-perceptions page of every area: its rows (domain scores, similar areas), chart marks and
    what the layer has."""

    rows: pd.DataFrame  # lay.PERCEPTION_COLUMNS
    marks: list  # core.profile_chart marks: shared ones and one set per area
    domains: list  # the wijkprofiel domains in the layer
    similar: int  # the number of indicators compared with similar areas
    cluster: bool
    k: int | None  # the number of similar areas per buurt
    parts: list  # what was computed ('wijkprofile', 'similarareas', 'hotspots')


def _empty_area_notes(frame: pd.DataFrame, area_field: str, population: str | None, land: str | None) -> pd.Series:
    """Per area the reason it gets no pages ('' = it gets them): water only, or no inhabitants."""
    codes = frame[area_field]
    notes = pd.Series("", index=pd.Index(sorted(codes.dropna().unique()), name="code"), dtype=object)
    if land:
        land_sum = pd.to_numeric(frame[land], errors="coerce").groupby(codes).sum(min_count=1)
        water = land_sum.index[land_sum.fillna(0) <= 0]
        notes[notes.index.isin(water)] = translate("ExportAtlas", "water only (no land area)")
    if population:
        people = pd.to_numeric(frame[population], errors="coerce").groupby(codes).sum(min_count=1)
        empty = people.index[people.fillna(0) <= 0]
        notes[notes.index.isin(empty) & (notes == "")] = translate("ExportAtlas", "no inhabitants")
    return notes


def _area_table(frame: pd.DataFrame, spec: AtlasSpec, notes: pd.Series, name_field, member_field) -> pd.DataFrame:
    groups = frame.groupby(spec.area_field)
    area_names = groups[name_field].first() if name_field else pd.Series(dtype=object)
    members = groups[member_field].agg(lambda v: lay.member_list(str(x) for x in v.dropna())) \
        if member_field else pd.Series(dtype=object)
    counts = groups.size()

    def name_of(code):
        name = area_names.get(code)
        return name if name is not None and pd.notna(name) else None

    return pd.DataFrame({
        "label": [lay.area_label(c, name_of(c), spec.area_field) for c in notes.index],
        "members": [members.get(c, "") for c in notes.index],
        "count": [int(counts.get(c, 0)) for c in notes.index],
        "in_atlas": (notes == "").to_numpy(),
        "note": notes.to_numpy(),
    }, index=notes.index)


def profile_domains(names) -> list:
    """The wijkprofiel domains the layer has scores of (``<domain>_obj``/``_subj`` with ``_gap``): those of the
    built-in profile in its order, then any others (a profile definition of the municipality's own)."""
    present = set(names)
    ids = []
    for name in names:
        match = DOMAIN_FIELD.match(name)
        domain = match.group("domain") if match else None
        if domain and domain != "profile" and f"{domain}_gap" in present and domain not in ids:
            ids.append(domain)
    if not ids:
        return []
    try:
        builtin = {d.id: d for d in wp.load_profile().domains}
    except wp.ProfileError:
        builtin = {}
    order = [d for d in builtin if d in ids] + [d for d in ids if d not in builtin]
    return [builtin.get(d) or wp.ProfileDomain(d, {"en": d.replace("_", " ").capitalize()}, {}, [], [])
            for d in order]


def perception_fields(names) -> list[str]:
    """The fields the facts-and-perceptions page reads."""
    present = set(names)
    domains = profile_domains(names)
    wanted = [f"{d}_{k}" for d in [x.id for x in domains] + (["profile"] if domains else []) for k in SCORE_KINDS]
    wanted += [f for pair in prof.similar_fields(names) for f in pair] + prof.cluster_fields(names)
    if prof.similar_fields(names):
        wanted.append("similar_n")
    return [f for f in wanted if f in present]


def _score(value, lang: str, signed: bool = False) -> str:
    if value is None or not np.isfinite(value):
        return "–"
    text = format_number(value, 0, lang)
    return ("+" + text) if signed and round(value) > 0 else text


def _domain_rows(area: str, page: dict, lang: str) -> list:
    """The domain table of one area: facts, perception and gap per domain, and over all domains."""
    rows = list(page["rows"]) + [{"label": translate("ExportAtlas", "All domains"),
                                  "objective": page["overall"]["obj"], "subjective": page["overall"]["subj"],
                                  "gap": page["overall"]["gap"]}]
    out = []
    for i, row in enumerate(rows, start=1):
        gap = row.get("gap")
        judgement = "" if gap is None or not np.isfinite(gap) or abs(gap) < SMALL_GAP else \
            ("more_positive" if gap > 0 else "less_positive")
        out.append({"area": area, "section": "domain", "position": i, "label": row["label"],
                    "value_a": _score(row.get("objective"), lang), "value_b": _score(row.get("subjective"), lang),
                    "value_c": _score(gap, lang, signed=True), "judgement": judgement, "judgement_text": "",
                    "count_text": ""})
    return out


def cluster_text(title: str, counts) -> str:
    """Where the buurten of an area lie in the clusters of one field (counts per class of
    :data:`~wijkmonitor_plugin.core.profile.CLUSTER_CLASSES`)."""
    text = translate(
        "ExportAtlas", "{title}: of its {n} buurten, in a cluster of high values (hotspot): {hh}; in a cluster of "
        "low values (coldspot): {ll}; unlike their surroundings: {outliers}; not significant: {ns}").format(
        title=title, n=int(counts.sum()), hh=int(counts["HH"]), ll=int(counts["LL"]),
        outliers=int(counts["HL"] + counts["LH"]), ns=int(counts["ns"]))
    if counts["none"]:
        text += translate("ExportAtlas", "; {n} without neighbours or without a value").format(n=int(counts["none"]))
    return text + "."


def cluster_note() -> str:
    return translate(
        "ExportAtlas", "Local Moran's I (wijkmonitor:hotspots): a buurt with a high value among neighbours with high "
        "values lies in a hotspot, a low one among low ones in a coldspot; 'not significant' means the pattern may "
        "well be chance.")


def plan_perception(frame: pd.DataFrame, spec: AtlasSpec, source, names, population: str | None,
                    areas: pd.DataFrame) -> PerceptionPlan | None:
    """The facts-and-perceptions page of every area with pages, or None when the layer has none of the fields
    of ``wijkprofile``, ``similarareas`` and ``hotspots``. Writes the cluster text into ``areas['cluster']``."""
    domains, pairs, clusters = profile_domains(names), prof.similar_fields(names), prof.cluster_fields(names)
    if not (domains or pairs or clusters):
        return None
    lang = spec.lang
    pages = [a for a in areas.index if areas.at[a, "in_atlas"]]
    sub = frame[frame[spec.area_field].isin(pages)]
    weights = sub[population] if population else None
    rows, marks, parts, k = [], [], [], None
    if domains:
        parts.append("wijkprofile")
        columns = [f"{d}_{kind}" for d in [x.id for x in domains] + ["profile"] for kind in SCORE_KINDS]
        scores = pd.DataFrame({c: pd.to_numeric(sub[c], errors="coerce") if c in sub.columns else np.nan
                               for c in columns}, index=sub.index)
        aggregated = wp.aggregate_scores(scores, sub[spec.area_field], weights)
        marks += pc.shared_marks([d.short_title(lang) for d in domains], lang)
        for area in pages:
            if area in aggregated.index:
                page = area_page(aggregated.loc[area], domains, str(areas.at[area, "label"]), lang)
                marks += pc.area_marks(area, page["rows"], lang)
                rows += _domain_rows(area, page, lang)
    if pairs:
        parts.append("similarareas")
        metas = [(style.indicator_meta(source, f, lang), median) for f, median in pairs]
        compared = prof.similar_comparison(sub, spec.area_field, metas, population, lang)
        rows += [{"area": r.area, "section": "similar", "position": r.position, "label": r.indicator,
                  "value_a": r.area_text, "value_b": r.similar_text, "value_c": "", "judgement": r.judgement,
                  "judgement_text": r.judgement_text, "count_text": r.count_text}
                 for r in compared.itertuples(index=False)]
        if "similar_n" in sub.columns and pd.to_numeric(sub["similar_n"], errors="coerce").notna().any():
            k = int(pd.to_numeric(sub["similar_n"], errors="coerce").max())
    if clusters:
        parts.append("hotspots")
        texts = {area: [] for area in pages}
        for class_field in clusters:
            stem = class_field[:-len(prof.CLUSTER_SUFFIX)]
            title = style.indicator_meta(source, stem, lang).title if stem in set(names) else stem
            for area, counts in prof.cluster_counts(sub, spec.area_field, class_field).iterrows():
                texts.setdefault(area, []).append(cluster_text(title, counts))
        areas["cluster"] = ["\n".join(texts[a] + ["", cluster_note()]) if texts.get(a) else "" for a in areas.index]
    return PerceptionPlan(pd.DataFrame(rows, columns=list(lay.PERCEPTION_COLUMNS)), marks, domains, len(pairs),
                          bool(clusters), k, parts)


def plan_atlas(source, spec: AtlasSpec, layer=None, feedback=None) -> AtlasPlan:
    """Decide fields, page areas and wijkprofiel of the atlas from the attributes of ``source``.

    ``layer`` (the layer behind ``source``, or ``source`` itself when it is a layer) lets a whole
    GeoPackage be read column-wise.
    """
    fields = source.fields()
    names = fields.names()
    if fields.lookupField(spec.field) < 0:
        raise QgsProcessingException(translate("ExportAtlas", "The layer has no field '{field}'.").format(
            field=spec.field))
    if fields.lookupField(spec.area_field) < 0:
        raise QgsProcessingException(translate("ExportAtlas", "The layer has no field '{field}' to make pages "
                                                              "of.").format(field=spec.area_field))
    name_field = spec.name_field or (first_field(fields, WIJK_NAME_FIELDS)
                                     if spec.area_field.lower() in ("wijkcode", "wk_code") else None)
    member_field = first_field(fields, NAME_FIELDS)
    meta = style.indicator_meta(source, spec.field, spec.lang, direction=spec.direction)
    metas = []
    if spec.profile:
        wanted = [f for f in (spec.profile_fields or default_profile_fields(spec.field, names)) if f in names]
        metas = [style.indicator_meta(source, f, spec.lang) for f in wanted]
    population = catalogue_field("inwoners", names)
    land = catalogue_field("oppervlakte_land_ha", names)
    weights = [m.weight for m in [meta] + metas if m.weight]
    trends = {}
    if spec.profile and spec.trend:
        year = layer_year(source)
        trends = {m.field: series for m in metas if (series := prof.year_series(m.field, names, year))}
    extra = [f for series in trends.values() for f in series.values()]
    if spec.perception:
        extra += perception_fields(names)
    read = list(dict.fromkeys([spec.area_field] + [n for n in (name_field, member_field, population, land) if n]
                              + [spec.field] + [m.field for m in metas] + weights
                              + prof.profile_fields(metas, names)  # counts the profile recomputes rates from
                              + extra))
    frame = source_to_frame(source, read, feedback=feedback, layer=layer)
    values = frame[spec.field].tolist()
    frame = frame[frame[spec.area_field].notna()].copy()
    frame[spec.area_field] = frame[spec.area_field].astype(str)
    if spec.include_empty:
        notes = pd.Series("", index=pd.Index(sorted(frame[spec.area_field].unique()), name="code"), dtype=object)
    else:
        notes = _empty_area_notes(frame, spec.area_field, population, land)
    areas = _area_table(frame, spec, notes, name_field, member_field)
    if not areas["in_atlas"].any():
        raise QgsProcessingException(translate(
            "ExportAtlas", "None of the {n} areas of '{field}' has inhabitants and land: no atlas pages. Tick "
            "'Include water-only and unpopulated areas' to make them anyway.").format(n=len(areas),
                                                                                     field=spec.area_field))
    rows = pd.DataFrame(columns=list(prof.PROFILE_COLUMNS))
    if spec.profile:
        rows = prof.area_profile(frame, spec.area_field, metas, spec.lang, national=spec.national, trends=trends)
        rows = rows[rows["area"].isin(areas.index[areas["in_atlas"]])].reset_index(drop=True)
    areas["cluster"] = ""
    perception = plan_perception(frame, spec, source, names, population, areas) if spec.perception else None
    copy = [n for n in dict.fromkeys([n for n in KEY_FIELDS if n in names] + read) if n.lower() != "fid"]
    return AtlasPlan(spec, meta, metas, copy, member_field, areas, rows, values,
                     spec.source_text or default_source(source, [spec.field]), meta.title, trends, perception)


def collect_features(source, fields: QgsFields, plan: AtlasPlan, feedback=None, report: GeometryReport | None = None):
    """The buurten copy (only the planned fields) and the geometries of each area, from ``source``.

    An area's outline is the union of valid polygons: an invalid one is repaired for it (makeValid) and
    counted in ``report``; the buurt itself is drawn as it is.

    Reads nothing but ``source`` (a processing source or a ``QgsVectorLayerFeatureSource``), so it
    may run in a background task.
    """
    out_fields = copy_fields(fields, plan.copy_fields)
    indices = [fields.lookupField(n) for n in plan.copy_fields]
    area_index = fields.lookupField(plan.spec.area_field)
    label = label_field(fields)
    request = QgsFeatureRequest().setSubsetOfAttributes(sorted(set(indices + ([label] if label >= 0 else []))))
    buurten, groups = [], {}
    total = max(1, int(plan.areas["count"].sum()))
    for i, feature in enumerate(source.getFeatures(request)):
        if feedback is not None and i % 200 == 0:
            if feedback.isCanceled():
                raise QgsProcessingException(translate("ExportAtlas", "Cancelled."))
            feedback.setProgress(60.0 * i / total)
        if not feature.hasGeometry():
            continue
        geometry = feature.geometry()
        geometry.convertToMultiType()
        attributes = feature.attributes()
        copy = QgsFeature(out_fields)
        copy.setGeometry(geometry)
        copy.setAttributes([attributes[j] for j in indices])
        buurten.append(copy)
        code = attributes[area_index]
        if code is not None and str(code) != "NULL":
            polygon = checked_polygon(geometry, report, feature_label(feature, label))
            if polygon is not None:
                groups.setdefault(str(code), []).append(polygon)
    return buurten, groups


def copy_fields(fields: QgsFields, names) -> QgsFields:
    out = QgsFields()
    for name in names:
        out.append(fields.field(fields.lookupField(name)))
    return out


def layer_names(plan: AtlasPlan) -> dict:
    """The names the atlas layers get in the project, in the user's language."""
    return {
        GPKG_BUURTEN: translate("ExportAtlas", "Buurten – {title}").format(title=plan.title),
        GPKG_AREAS: translate("ExportAtlas", "Atlas pages ({field})").format(field=plan.spec.area_field),
        GPKG_PROFILE: translate("ExportAtlas", "Wijkprofiel"),
        GPKG_PERCEPTION: translate("ExportAtlas", "Facts and perceptions"),
        GPKG_CHART: translate("ExportAtlas", "Facts and perceptions: chart"),
    }


def atlas_keys(plan: AtlasPlan) -> list[str]:
    """The atlas's layers: buurten, page areas, and the wijkprofiel and facts-and-perceptions layers it has."""
    keys = [GPKG_BUURTEN, GPKG_AREAS] + ([GPKG_PROFILE] if plan.spec.profile else [])
    if plan.perception is not None:
        keys.append(GPKG_PERCEPTION)
        if plan.perception.domains:
            keys.append(GPKG_CHART)
    return keys


def atlas_tables(plan: AtlasPlan, fields: QgsFields, crs, buurten, groups) -> list:
    """The atlas layers as ``(name, fields, crs or None, features)``: buurten, page areas, wijkprofiel, facts and
    perceptions (its rows and its chart)."""
    from qgis.core import QgsCoordinateReferenceSystem

    area_fields = lay.coverage_fields()
    tables = [(GPKG_BUURTEN, copy_fields(fields, plan.copy_fields), crs, buurten),
              (GPKG_AREAS, area_fields, crs, lay.coverage_features(groups, plan.areas, area_fields))]
    keys = atlas_keys(plan)
    if GPKG_PROFILE in keys:
        profile_fields = lay.profile_fields()
        tables.append((GPKG_PROFILE, profile_fields, None, lay.profile_features(plan.profile_rows, profile_fields)))
    if GPKG_PERCEPTION in keys:
        rows_fields = lay.perception_fields()
        tables.append((GPKG_PERCEPTION, rows_fields, None, lay.perception_features(plan.perception.rows,
                                                                                   rows_fields)))
    if GPKG_CHART in keys:
        chart_fields = lay.chart_fields()
        tables.append((GPKG_CHART, chart_fields, QgsCoordinateReferenceSystem(lay.CHART_CRS),
                       lay.chart_features(plan.perception.marks, chart_fields)))
    return tables


def memory_layers(plan: AtlasPlan, tables) -> dict:
    names = layer_names(plan)
    return {key: lay.memory_layer(names[key], fields, features, crs) for key, fields, crs, features in tables}


def style_atlas_layers(plan: AtlasPlan, layers: dict):
    """Style the atlas's buurten by the indicator (the names of the page's buurten as labels), the page
    areas as a veil, the wijkprofiel's judgements and trends and the gaps in colour, and draw the chart;
    ``layers`` maps the keys of :func:`atlas_keys` to layers. Returns the classification."""
    from qgis.core import QgsExpression

    spec = plan.spec
    classification = style.style_layer(
        layers[GPKG_BUURTEN], spec.field, spec.method, spec.n_classes,
        reference=check_meta(plan.meta, spec.reference), label_field=plan.member_field, lang=spec.lang,
        meta=plan.meta, values=plan.values,
        label_only_where=f"{QgsExpression.quotedColumnRef(spec.area_field)} = attribute(@atlas_feature, 'code')",
        vector_hatch=True)  # hundreds of pages: the hatch as lines, not an image per buurt
    lay.apply_renderer(layers[GPKG_AREAS], lay.coverage_renderer())
    if layers.get(GPKG_PROFILE) is not None:
        lay.profile_conditional_styles(layers[GPKG_PROFILE])
    if layers.get(GPKG_PERCEPTION) is not None:
        lay.perception_conditional_styles(layers[GPKG_PERCEPTION])
    if layers.get(GPKG_CHART) is not None:
        lay.style_chart_layer(layers[GPKG_CHART])
    return classification


def atlas_styles(plan: AtlasPlan, fields: QgsFields, crs):
    """The atlas layers' styles as QML (buurten, page areas, wijkprofiel) and the classification.

    Drawn on empty stand-in layers, so no feature needs to be read; the QML goes into the
    GeoPackage's ``layer_styles`` table as each layer's default style.
    """
    stand_ins = {key: lay.memory_layer(key, layer_fields, [], layer_crs)
                 for key, layer_fields, layer_crs, _features in atlas_tables(plan, fields, crs, [], {})}
    classification = style_atlas_layers(plan, stand_ins)
    return classification, {key: lay.style_qml(layer) for key, layer in stand_ins.items()}


def perception_source(plan: AtlasPlan) -> str:
    """The source line of the facts-and-perceptions page: what Wijkmonitor computed, from what."""
    names = {"wijkprofile": translate("ExportAtlas", "wijkprofiel (wijkmonitor:wijkprofile)"),
             "similarareas": translate("ExportAtlas", "similar buurten (wijkmonitor:similarareas)"),
             "hotspots": translate("ExportAtlas", "clusters (wijkmonitor:hotspots)")}
    return translate("ExportAtlas", "Computed with Wijkmonitor: {parts}. {source}").format(
        parts=", ".join(names[p] for p in plan.perception.parts), source=plan.source_text)


def atlas_layout(project, plan: AtlasPlan, layers: dict, classification, add_to_project: bool = True):
    """The print layout of the atlas, drawn from its own (styled) layers (``layers``: key → layer)."""
    spec, meta = plan.spec, plan.meta
    buurten = layers[GPKG_BUURTEN]
    year = layer_year(buurten)
    subtitle = spec.subtitle or style.legend_title(meta.title, meta.unit) + (
        translate("ExportAtlas", ", per buurt, {year}").format(year=year) if year else
        translate("ExportAtlas", ", per buurt"))
    perception = None
    if plan.perception is not None:
        perception = lay.PerceptionPage(
            layers[GPKG_PERCEPTION], layers.get(GPKG_CHART), len(plan.perception.domains), plan.perception.similar,
            plan.perception.cluster, perception_intro() if plan.perception.domains else "",
            similar_intro(plan.perception.k), perception_source(plan))
    layout = lay.atlas_layout(project, buurten, layers[GPKG_AREAS], layers.get(GPKG_PROFILE), '"label"', subtitle,
                              plan.source_text, style.legend_title(meta.title, meta.unit, classification, spec.lang),
                              profile_intro(bool(plan.trends)), spec.logo,
                              name=translate("ExportAtlas", "Atlas: {title}").format(title=meta.title),
                              add_to_project=add_to_project, profile=spec.profile, perception=perception)
    if spec.profile:
        hidden = [] if any(m.national is not None or m.field in spec.national for m in plan.metas) \
            else ["national_text"]
        lay.hide_profile_columns(layout, hidden + ([] if plan.trends else ["trend_text"]))
    return layout


def write_atlas_geopackage(path, plan: AtlasPlan, fields: QgsFields, crs, buurten, groups, styles: dict,
                           transform_context, feedback=None) -> Path:
    """The atlas layers, with ``styles`` (key → QML) as their default styles, into a new GeoPackage ``path``,
    completely or not at all. Reads and writes no project state, so it may run in a background task."""
    tables = atlas_tables(plan, fields, crs, buurten, groups)
    description = translate("ExportAtlas", "Wijkmonitor atlas style")
    rows = [(key, "geom" if layer_crs is not None else "", styles[key], description)
            for key, _fields, layer_crs, _features in tables if key in styles]
    return lay.write_geopackage(path, tables + [lay.style_table(rows)], transform_context, feedback)


def load_atlas_geopackage(project, plan: AtlasPlan, path, classification, property_name: str):
    """Open the atlas layers of ``path`` (they come styled: their default style is in the GeoPackage) in a
    named layer group of ``project``, and add the atlas layout."""
    from qgis.core import QgsVectorLayer

    names = layer_names(plan)
    keys = atlas_keys(plan)
    layers = {}
    for key in keys:
        layer = QgsVectorLayer(f"{path}|layername={key}", names[key], "ogr")
        if not layer.isValid():
            raise QgsProcessingException(translate("ExportAtlas", "The atlas data {path} could not be opened.").format(
                path=path))
        layer.setCustomProperty(property_name, key)
        layers[key] = layer
    group = project.layerTreeRoot().insertGroup(0, translate("ExportAtlas", "Wijk atlas: {title}").format(
        title=plan.title))
    for key in keys:
        project.addMapLayer(layers[key], False)
        node = group.addLayer(layers[key])
        node.setItemVisibilityChecked(False)  # the atlas draws them; the map canvas need not
    group.setExpanded(False)
    return atlas_layout(project, plan, layers, classification)


def build_atlas(project, layer, field_name: str, area_field: str, name_field: str | None, options: dict,
                profile_fields: list[str] | None, lang: str, source_text: str | None = None,
                subtitle: str | None = None, logo: str | None = None, profile: bool = True,
                add_to_project: bool = True, feedback=None, national: dict | None = None,
                include_empty: bool = False, trend: bool = True, perception: bool = True):
    """The atlas of ``layer`` in memory layers added to ``project``: returns (layout, page areas, wijkprofiel).

    ``national`` maps field → national value for the profile's "Netherlands" column; ``trend`` adds the
    trend column, ``perception`` the facts-and-perceptions page where the layer has their fields.
    """
    spec = AtlasSpec.from_options(field_name, options, area_field=area_field, name_field=name_field,
                                  profile=profile, profile_fields=profile_fields, national=national or {},
                                  include_empty=include_empty, lang=lang, source_text=source_text,
                                  subtitle=subtitle, logo=logo, trend=trend, perception=perception)
    plan = plan_atlas(layer, spec, layer=layer, feedback=feedback)
    buurten, groups = collect_features(layer, layer.fields(), plan, feedback)
    layout, layers = memory_atlas(project, plan, layer.fields(), layer.crs(), buurten, groups, add_to_project)
    return layout, layers[GPKG_AREAS], layers.get(GPKG_PROFILE)


def memory_atlas(project, plan: AtlasPlan, fields: QgsFields, crs, buurten, groups, add_to_project: bool = True):
    """The atlas layers in memory, added to ``project`` (not to its layer tree), styled, and the layout:
    returns (layout, layers by key)."""
    layers = memory_layers(plan, atlas_tables(plan, fields, crs, buurten, groups))
    for item in layers.values():
        project.addMapLayer(item, False)
    classification = style_atlas_layers(plan, layers)
    return atlas_layout(project, plan, layers, classification, add_to_project), layers


class ExportAtlasAlgorithm(WijkmonitorAlgorithm):
    NAME = "exportatlas"
    GROUP = GROUP_MAPS
    INPUT = "INPUT"
    FIELD = "FIELD"
    AREA_FIELD = "AREA_FIELD"
    NAME_FIELD = "NAME_FIELD"
    INCLUDE_EMPTY = "INCLUDE_EMPTY"
    PROFILE = "PROFILE"
    PROFILE_FIELDS = "PROFILE_FIELDS"
    NATIONAL = "NATIONAL"
    SUBTITLE = "SUBTITLE"
    SOURCE = "SOURCE"
    LOGO = "LOGO"
    DPI = "DPI"
    OUTPUT = "OUTPUT"
    PAGES = "PAGES"
    AREAS = "AREAS"
    TREND = "TREND"
    PERCEPTION_PAGE = "PERCEPTION_PAGE"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("Export wijk atlas with wijkprofiel (PDF)")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return self.tr(
            "Makes one PDF with, for every wijk (or every value of another area field), a map page zoomed to "
            "the wijk with its buurten coloured by the chosen indicator, and a wijkprofiel page: the wijk's "
            "indicators next to the municipal average (weighted by inhabitants or households where the "
            "catalogue says so), marked better or worse than the municipality — the page a residents' council "
            "reads. Pages are titled with the wijk's name (field wijknaam, or the name field chosen) and come in "
            "the order of the codes; wijken without inhabitants or without land (water) are left out unless "
            "asked, and listed in the log. Map scales are standard ones (1:5.000, 1:10.000, 1:25.000 …), so "
            "the scale bar reads in round numbers. The input layer is not changed.\n\n"
            "Outputs: OUTPUT the PDF (written completely or not at all), PAGES its number of pages, AREAS the "
            "number of wijken with pages."
        )

    def flags(self):
        return super().flags() | QgsProcessingAlgorithm.Flag.FlagNoThreading

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Buurten layer"), [QgsProcessing.SourceType.TypeVectorPolygon]))
        indicator = QgsProcessingParameterField(
            self.FIELD, self.tr("Indicator on the maps"), "index_decile", parentLayerParameterName=self.INPUT,
            type=QgsProcessingParameterField.DataType.Numeric)
        indicator.setHelp(self.tr("The Achterstandsmonitor's decile (index_decile) when the layer has it."))
        self.addParameter(indicator)
        area = QgsProcessingParameterField(self.AREA_FIELD, self.tr("One page per value of"), "wijkcode",
                                           parentLayerParameterName=self.INPUT, optional=True)
        area.setHelp(self.tr("Empty: wijkcode. Any field that groups the buurten (a district, a "
                             "gebiedsindeling) works."))
        self.addParameter(area)
        name = QgsProcessingParameterField(self.NAME_FIELD, self.tr("Name of the area"),
                                           parentLayerParameterName=self.INPUT, optional=True)
        name.setHelp(self.tr("The page titles. Empty: the field wijknaam when the pages are wijken, else the "
                             "code."))
        self.addParameter(name)
        empty = QgsProcessingParameterBoolean(self.INCLUDE_EMPTY,
                                              self.tr("Include water-only and unpopulated areas"), False)
        empty.setHelp(self.tr("Off: an area whose buurten have no land area (water) or no inhabitants gets no "
                              "pages; it is still drawn, veiled, on the neighbouring pages."))
        self.addParameter(empty)
        self.addParameter(QgsProcessingParameterBoolean(self.PROFILE, self.tr("Add a wijkprofiel page per area"),
                                                        True))
        fields = QgsProcessingParameterField(
            self.PROFILE_FIELDS, self.tr("Indicators in the wijkprofiel"), parentLayerParameterName=self.INPUT,
            type=QgsProcessingParameterField.DataType.Numeric, allowMultiple=True, optional=True)
        fields.setHelp(self.tr("Empty: the mapped indicator and up to three indicators of every theme."))
        self.addParameter(fields)
        national = QgsProcessingParameterString(self.NATIONAL, self.tr("National values"), optional=True)
        national.setHelp(self.tr("Adds a 'Netherlands' column to the wijkprofiel: field=value pairs separated by "
                                 "';', e.g. percentageHuishoudensMetLaagInkomen=38,2; nettoArbeidsparticipatie=69,4."))
        self.addParameter(national)
        StyleOptions.add(self)
        self.addParameter(QgsProcessingParameterString(self.SUBTITLE, self.tr("Subtitle of the map pages"),
                                                       optional=True))
        source = QgsProcessingParameterString(self.SOURCE, self.tr("Source line"), optional=True)
        source.setHelp(self.tr("Empty: what the data is — CBS Kerncijfers and the CBS Wijk- en Buurtkaart of the "
                               "layer's year where the fields are CBS figures, else the layer's name."))
        self.addParameter(source)
        self.addParameter(QgsProcessingParameterFile(self.LOGO, self.tr("Logo (SVG or image)"),
                                                     optional=True, fileFilter="Images (*.svg *.png *.jpg *.jpeg)"))
        self.addParameter(QgsProcessingParameterNumber(self.DPI, self.tr("Resolution (dpi)"),
                                                       QgsProcessingParameterNumber.Type.Integer, 150, False, 30, 600))
        self.addParameter(QgsProcessingParameterFileDestination(self.OUTPUT, self.tr("Atlas PDF"),
                                                                self.tr("PDF files (*.pdf)")))
        self.addOutput(QgsProcessingOutputNumber(self.PAGES, self.tr("Number of pages")))
        self.addOutput(QgsProcessingOutputNumber(self.AREAS, self.tr("Number of areas")))
        trend = QgsProcessingParameterBoolean(self.TREND, self.tr("Trend column in the wijkprofiel"), True)
        trend.setHelp(self.tr("For indicators the layer has for several years (fields <indicator>_<year>, as "
                              "'Trend' and 'Download a CBS table' with several periods write them): the area's "
                              "value in the first and the last year, ▲ better or ▼ worse by the catalogue's "
                              "direction, = within 5%."))
        self.addParameter(trend)
        perception = QgsProcessingParameterBoolean(
            self.PERCEPTION_PAGE, self.tr("Add a facts-and-perceptions page per area (when the layer has them)"), True)
        perception.setHelp(self.tr("When the layer has the fields of 'Wijkprofiel' (<domain>_obj, _subj), 'Similar "
                                   "areas' (<field>_similar_median) or 'Hotspots' (<field>_lisa_class): per area "
                                   "the chart of facts next to perceptions per domain, the area against similar "
                                   "buurten elsewhere and whether its buurten lie in clusters."))
        self.addParameter(perception)

    def _spec(self, parameters, context) -> AtlasSpec:
        return AtlasSpec.from_options(
            self.parameterAsString(parameters, self.FIELD, context), StyleOptions.read(self, parameters, context),
            area_field=self.parameterAsString(parameters, self.AREA_FIELD, context) or "wijkcode",
            name_field=self.parameterAsString(parameters, self.NAME_FIELD, context) or None,
            profile=self.parameterAsBool(parameters, self.PROFILE, context),
            profile_fields=self.parameterAsFieldNames(parameters, self.PROFILE_FIELDS, context) or None,
            national=parse_national(self.parameterAsString(parameters, self.NATIONAL, context)),
            include_empty=self.parameterAsBool(parameters, self.INCLUDE_EMPTY, context),
            lang=style.map_language(), source_text=self.parameterAsString(parameters, self.SOURCE, context) or None,
            subtitle=self.parameterAsString(parameters, self.SUBTITLE, context) or None,
            logo=self.parameterAsFile(parameters, self.LOGO, context) or None,
            trend=self.parameterAsBool(parameters, self.TREND, context),
            perception=self.parameterAsBool(parameters, self.PERCEPTION_PAGE, context))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        layer = self.parameterAsVectorLayer(parameters, self.INPUT, context)
        plan = plan_atlas(NamedSource(source, layer), self._spec(parameters, context), layer=layer,
                          feedback=feedback)
        self._report_left_out(plan, feedback)
        geometry = GeometryReport()
        buurten, groups = collect_features(source, source.fields(), plan, feedback, geometry)
        geometry.log(feedback, self.tr("the buurten"))
        project = QgsProject()  # private: the atlas layers and layout live here
        layout, _layers = memory_atlas(project, plan, source.fields(), source.sourceCrs(), buurten, groups,
                                       add_to_project=False)
        areas = plan.page_areas
        feedback.pushInfo(self.tr("{n} areas, {pages} pages each.").format(n=areas, pages=plan.pages_per_area))
        out = Path(self.parameterAsFileOutput(parameters, self.OUTPUT, context))
        lay.export_atlas_pdf(layout, out, self.parameterAsInt(parameters, self.DPI, context), feedback)
        return {self.OUTPUT: str(out), self.PAGES: areas * plan.pages_per_area, self.AREAS: areas}

    def _report_left_out(self, plan: AtlasPlan, feedback) -> None:
        left_out = plan.left_out()
        if left_out.empty:
            return
        feedback.pushInfo(self.tr("Left out {n} areas (tick 'Include water-only and unpopulated areas' to keep "
                                  "them): {areas}.").format(
            n=len(left_out), areas="; ".join(f"{c} {r.label} – {r.note}" for c, r in left_out.iterrows())))


class NamedSource:
    """A processing source with the name of its layer (the source line names a non-CBS layer)."""

    def __init__(self, source, layer):
        self._source = source
        self._name = layer.name() if layer is not None else ""

    def name(self) -> str:
        return self._name

    def __getattr__(self, attr):
        return getattr(self._source, attr)
