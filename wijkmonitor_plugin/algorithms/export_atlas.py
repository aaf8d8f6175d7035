"""wijkmonitor:exportatlas — an atlas per wijk (or any area field): a map page and a wijkprofiel page each.

The atlas is drawn from layers of its own (see "the atlas layers" in ``qgis_adapters/layout.py``):
a copy of the buurten styled and labelled for the atlas, one feature per page area and the
wijkprofiel rows. The input layer is never restyled or changed. Building the atlas is split in
named steps that the Processing algorithm and the panel share:

1. :func:`plan_atlas` (main thread, fast): which fields, which areas get pages (water-only and
   unpopulated areas are left out unless asked), the wijkprofiel rows;
2. :func:`collect_features` (any thread: it only reads a feature source): the buurten copy and the
   geometries of each area;
3. :func:`atlas_tables`: the three layers as fields + features — memory layers for an export
   (:func:`memory_layers`), or a GeoPackage that the project keeps, with the layers' styles as
   their default style in its ``layer_styles`` table (:func:`write_atlas_geopackage`);
4. :func:`style_atlas_layers` / :func:`atlas_styles` and :func:`atlas_layout`: the styles and the
   print layout.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

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


def default_profile_fields(field_name: str, available) -> list[str]:
    """The mapped field, then up to :data:`PER_THEME` indicators of every catalogue theme the layer has.

    A rank or decile of the index is shown as its score: an average of ranks or deciles means nothing.
    """
    index = prof.INDEX_FIELD.match(field_name)
    if index and index.group("kind") != "score":
        score = f"{index.group('domain')}_score"
        out = [score] if score in set(available) else []
    else:
        out = [field_name]
    for theme_id, _label in prof.themes():
        for name in prof.theme_fields(theme_id, available)[:PER_THEME]:
            if name not in out:
                out.append(name)
    return out


def profile_intro() -> str:
    return translate(
        "ExportAtlas",
        "How does this area compare with the municipality as a whole? '▲ better' and '▼ worse' mark a "
        "difference of more than 5% from the municipal value; '= similar' a smaller one. Area and municipal "
        "values are averages of the buurten, weighted by inhabitants, households or dwellings where the "
        "indicator catalogue says so.")


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

    @property
    def pages_per_area(self) -> int:
        return 2 if self.spec.profile else 1

    @property
    def page_areas(self) -> int:
        return int(self.areas["in_atlas"].sum())

    def left_out(self) -> pd.DataFrame:
        return self.areas[~self.areas["in_atlas"].astype(bool)]


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
    read = list(dict.fromkeys([spec.area_field] + [n for n in (name_field, member_field, population, land) if n]
                              + [spec.field] + [m.field for m in metas] + weights
                              + prof.profile_fields(metas, names)))  # counts the profile recomputes rates from
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
        rows = prof.area_profile(frame, spec.area_field, metas, spec.lang, national=spec.national)
        rows = rows[rows["area"].isin(areas.index[areas["in_atlas"]])].reset_index(drop=True)
    copy = [n for n in dict.fromkeys([n for n in KEY_FIELDS if n in names] + read) if n.lower() != "fid"]
    return AtlasPlan(spec, meta, metas, copy, member_field, areas, rows, values,
                     spec.source_text or default_source(source, [spec.field]), meta.title)


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
    }


def atlas_tables(plan: AtlasPlan, fields: QgsFields, crs, buurten, groups) -> list:
    """The atlas layers as ``(name, fields, crs or None, features)``: buurten, page areas, wijkprofiel."""
    area_fields = lay.coverage_fields()
    tables = [(GPKG_BUURTEN, copy_fields(fields, plan.copy_fields), crs, buurten),
              (GPKG_AREAS, area_fields, crs, lay.coverage_features(groups, plan.areas, area_fields))]
    if plan.spec.profile:
        profile_fields = lay.profile_fields()
        tables.append((GPKG_PROFILE, profile_fields, None, lay.profile_features(plan.profile_rows, profile_fields)))
    return tables


def memory_layers(plan: AtlasPlan, tables) -> dict:
    names = layer_names(plan)
    return {key: lay.memory_layer(names[key], fields, features, crs) for key, fields, crs, features in tables}


def style_atlas_layers(plan: AtlasPlan, buurten, areas, profile_table=None):
    """Style the atlas's buurten by the indicator (the names of the page's buurten as labels), the page
    areas as a veil and the wijkprofiel's judgements in colour; returns the classification."""
    from qgis.core import QgsExpression

    spec = plan.spec
    classification = style.style_layer(
        buurten, spec.field, spec.method, spec.n_classes, reference=check_meta(plan.meta, spec.reference),
        label_field=plan.member_field, lang=spec.lang, meta=plan.meta, values=plan.values,
        label_only_where=f"{QgsExpression.quotedColumnRef(spec.area_field)} = attribute(@atlas_feature, 'code')",
        vector_hatch=True)  # hundreds of pages: the hatch as lines, not an image per buurt
    lay.apply_renderer(areas, lay.coverage_renderer())
    if profile_table is not None:
        lay.profile_conditional_styles(profile_table)
    return classification


def atlas_styles(plan: AtlasPlan, fields: QgsFields, crs):
    """The atlas layers' styles as QML (buurten, page areas, wijkprofiel) and the classification.

    Drawn on empty stand-in layers, so no feature needs to be read; the QML goes into the
    GeoPackage's ``layer_styles`` table as each layer's default style.
    """
    stand_ins = {key: lay.memory_layer(key, layer_fields, [], layer_crs)
                 for key, layer_fields, layer_crs, _features in atlas_tables(plan, fields, crs, [], {})}
    classification = style_atlas_layers(plan, stand_ins[GPKG_BUURTEN], stand_ins[GPKG_AREAS],
                                        stand_ins.get(GPKG_PROFILE))
    return classification, {key: lay.style_qml(layer) for key, layer in stand_ins.items()}


def atlas_layout(project, plan: AtlasPlan, buurten, areas, profile_table, classification,
                 add_to_project: bool = True):
    """The print layout of the atlas, drawn from its own (styled) layers."""
    spec, meta = plan.spec, plan.meta
    year = layer_year(buurten)
    subtitle = spec.subtitle or style.legend_title(meta.title, meta.unit) + (
        translate("ExportAtlas", ", per buurt, {year}").format(year=year) if year else
        translate("ExportAtlas", ", per buurt"))
    layout = lay.atlas_layout(project, buurten, areas, profile_table, '"label"', subtitle, plan.source_text,
                              style.legend_title(meta.title, meta.unit, classification, spec.lang), profile_intro(),
                              spec.logo, name=translate("ExportAtlas", "Atlas: {title}").format(title=meta.title),
                              add_to_project=add_to_project, profile=spec.profile)
    if spec.profile and not any(m.national is not None or m.field in spec.national for m in plan.metas):
        lay.hide_profile_column(layout, "national_text")
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
    keys = [GPKG_BUURTEN, GPKG_AREAS] + ([GPKG_PROFILE] if plan.spec.profile else [])
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
    return atlas_layout(project, plan, layers[GPKG_BUURTEN], layers[GPKG_AREAS], layers.get(GPKG_PROFILE),
                        classification)


def build_atlas(project, layer, field_name: str, area_field: str, name_field: str | None, options: dict,
                profile_fields: list[str] | None, lang: str, source_text: str | None = None,
                subtitle: str | None = None, logo: str | None = None, profile: bool = True,
                add_to_project: bool = True, feedback=None, national: dict | None = None,
                include_empty: bool = False):
    """The atlas of ``layer`` in memory layers added to ``project``: returns (layout, page areas, wijkprofiel).

    ``national`` maps field → national value for the profile's "Netherlands" column.
    """
    spec = AtlasSpec.from_options(field_name, options, area_field=area_field, name_field=name_field,
                                  profile=profile, profile_fields=profile_fields, national=national or {},
                                  include_empty=include_empty, lang=lang, source_text=source_text,
                                  subtitle=subtitle, logo=logo)
    plan = plan_atlas(layer, spec, layer=layer, feedback=feedback)
    buurten, groups = collect_features(layer, layer.fields(), plan, feedback)
    layers = memory_layers(plan, atlas_tables(plan, layer.fields(), layer.crs(), buurten, groups))
    for item in layers.values():
        project.addMapLayer(item, False)
    classification = style_atlas_layers(plan, layers[GPKG_BUURTEN], layers[GPKG_AREAS], layers.get(GPKG_PROFILE))
    layout = atlas_layout(project, plan, layers[GPKG_BUURTEN], layers[GPKG_AREAS], layers.get(GPKG_PROFILE),
                          classification, add_to_project)
    return layout, layers[GPKG_AREAS], layers.get(GPKG_PROFILE)


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
        self.addParameter(QgsProcessingParameterField(
            self.FIELD, self.tr("Indicator on the maps"), parentLayerParameterName=self.INPUT,
            type=QgsProcessingParameterField.DataType.Numeric))
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
            logo=self.parameterAsFile(parameters, self.LOGO, context) or None)

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
        layers = memory_layers(plan, atlas_tables(plan, source.fields(), source.sourceCrs(), buurten, groups))
        for item in layers.values():
            project.addMapLayer(item, False)
        classification = style_atlas_layers(plan, layers[GPKG_BUURTEN], layers[GPKG_AREAS],
                                            layers.get(GPKG_PROFILE))
        layout = atlas_layout(project, plan, layers[GPKG_BUURTEN], layers[GPKG_AREAS], layers.get(GPKG_PROFILE),
                              classification, add_to_project=False)
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
