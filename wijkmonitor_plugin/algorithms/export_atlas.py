"""wijkmonitor:exportatlas — an atlas per wijk (or any area field): a map page and a wijkprofiel page each."""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
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
from .base import GROUP_MAPS, WijkmonitorAlgorithm
from .export_maps import NAME_FIELDS, StyleOptions, check_meta, default_source, first_field, input_layer, layer_year

PER_THEME = 3


def default_profile_fields(field: str, available) -> list[str]:
    """The mapped field, then up to :data:`PER_THEME` indicators of every catalogue theme the layer has.

    A rank or decile of the index is shown as its score: an average of ranks or deciles means nothing.
    """
    index = prof.INDEX_FIELD.match(field)
    if index and index.group("kind") != "score":
        score = f"{index.group('domain')}_score"
        out = [score] if score in set(available) else []
    else:
        out = [field]
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


def build_atlas(project, layer, field: str, area_field: str, name_field: str | None, options: dict,
                profile_fields: list[str] | None, lang: str, source_text: str, subtitle: str | None = None,
                logo: str | None = None, profile: bool = True, add_to_project: bool = True, feedback=None,
                national: dict | None = None):
    """Style ``layer`` by ``field`` and return (layout, coverage layer, profile layer) of the atlas.

    The coverage and profile layers are added to ``project`` (the layout refers to them).
    ``national`` maps field → national value for the profile's "Netherlands" column.
    """
    national = national or {}
    names = layer.fields().names()
    meta = prof.meta_for_field(field, lang, direction=options.get("direction"), available=names,
                               alias=layer.fields().field(field).alias() or None)
    classification = style.style_layer(layer, field, options.get("method"), options.get("n_classes", 5),
                                       reference=check_meta(meta, options.get("reference", style.REFERENCE_NONE)),
                                       label_field=first_field(layer.fields(), NAME_FIELDS), lang=lang, meta=meta)
    member_field = first_field(layer.fields(), NAME_FIELDS)
    coverage = lay.coverage_layer(layer, area_field, name_field, member_field, feedback)
    if coverage.featureCount() == 0:
        raise QgsProcessingException(translate("ExportAtlas", "The field '{field}' has no values: no atlas pages.")
                                     .format(field=area_field))
    profile_table = None
    if profile:
        fields = [f for f in (profile_fields or default_profile_fields(field, names)) if f in names]
        metas = [prof.meta_for_field(f, lang, available=names, alias=layer.fields().field(f).alias() or None)
                 for f in fields]
        wanted = [area_field] + fields + sorted({m.weight for m in metas if m.weight and m.weight in names})
        frame = source_to_frame(layer, list(dict.fromkeys(wanted)))
        frame[area_field] = frame[area_field].astype(str)
        rows = prof.area_profile(frame, area_field, metas, lang, national=national)
        profile_table = lay.profile_layer(rows)
        project.addMapLayer(profile_table, False)
    project.addMapLayer(coverage, False)
    year = layer_year(layer)
    if not subtitle:
        subtitle = style.legend_title(meta.title, meta.unit) + (
            translate("ExportAtlas", ", per buurt, {year}").format(year=year) if year else
            translate("ExportAtlas", ", per buurt"))
    layout = lay.atlas_layout(project, layer, coverage, profile_table, '"label"', subtitle, source_text,
                              style.legend_title(meta.title, meta.unit, classification, lang), profile_intro(), logo,
                              name=translate("ExportAtlas", "Atlas: {title}").format(title=meta.title),
                              add_to_project=add_to_project, profile=profile)
    if profile and not any(m.national is not None or m.field in national for m in metas):
        lay.hide_profile_column(layout, "national_text")
    return layout, coverage, profile_table


class ExportAtlasAlgorithm(WijkmonitorAlgorithm):
    NAME = "exportatlas"
    GROUP = GROUP_MAPS
    INPUT = "INPUT"
    FIELD = "FIELD"
    AREA_FIELD = "AREA_FIELD"
    NAME_FIELD = "NAME_FIELD"
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
            "reads.\n\n"
            "Outputs: OUTPUT the PDF (written completely or not at all), PAGES its number of pages, AREAS the "
            "number of wijken."
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
        self.addParameter(QgsProcessingParameterField(
            self.NAME_FIELD, self.tr("Name of the area (optional)"), parentLayerParameterName=self.INPUT,
            optional=True))
        self.addParameter(QgsProcessingParameterBoolean(self.PROFILE, self.tr("Add a wijkprofiel page per area"),
                                                        True))
        fields = QgsProcessingParameterField(
            self.PROFILE_FIELDS, self.tr("Indicators in the wijkprofiel"), parentLayerParameterName=self.INPUT,
            type=QgsProcessingParameterField.DataType.Numeric, allowMultiple=True, optional=True)
        fields.setHelp(self.tr("Empty: the mapped indicator and up to three indicators of every theme."))
        self.addParameter(fields)
        national = QgsProcessingParameterString(self.NATIONAL, self.tr("National values (optional)"), optional=True)
        national.setHelp(self.tr("Adds a 'Netherlands' column to the wijkprofiel: field=value pairs separated by "
                                 "';', e.g. percentageHuishoudensMetLaagInkomen=38,2; nettoArbeidsparticipatie=69,4."))
        self.addParameter(national)
        StyleOptions.add(self)
        self.addParameter(QgsProcessingParameterString(self.SUBTITLE, self.tr("Subtitle of the map pages"),
                                                       optional=True))
        self.addParameter(QgsProcessingParameterString(self.SOURCE, self.tr("Source line"), optional=True))
        self.addParameter(QgsProcessingParameterFile(self.LOGO, self.tr("Logo (SVG or image, optional)"),
                                                     optional=True, fileFilter="Images (*.svg *.png *.jpg *.jpeg)"))
        self.addParameter(QgsProcessingParameterNumber(self.DPI, self.tr("Resolution (dpi)"),
                                                       QgsProcessingParameterNumber.Type.Integer, 150, False, 30, 600))
        self.addParameter(QgsProcessingParameterFileDestination(self.OUTPUT, self.tr("Atlas PDF"),
                                                                self.tr("PDF files (*.pdf)")))
        self.addOutput(QgsProcessingOutputNumber(self.PAGES, self.tr("Number of pages")))
        self.addOutput(QgsProcessingOutputNumber(self.AREAS, self.tr("Number of areas")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        with input_layer(self, parameters, self.INPUT, context, feedback) as layer:
            return self._export(layer, parameters, context, feedback)

    def _export(self, layer, parameters, context, feedback):
        field = self.parameterAsString(parameters, self.FIELD, context)
        area_field = self.parameterAsString(parameters, self.AREA_FIELD, context) or "wijkcode"
        if layer.fields().lookupField(area_field) < 0:
            raise QgsProcessingException(self.tr("The layer has no field '{field}' to make pages of.").format(
                field=area_field))
        name_field = self.parameterAsString(parameters, self.NAME_FIELD, context) or None
        profile = self.parameterAsBool(parameters, self.PROFILE, context)
        profile_fields = self.parameterAsFieldNames(parameters, self.PROFILE_FIELDS, context) or None
        options = StyleOptions.read(self, parameters, context)
        year = layer_year(layer)
        source_text = self.parameterAsString(parameters, self.SOURCE, context) or default_source(year)
        out = Path(self.parameterAsFileOutput(parameters, self.OUTPUT, context))
        dpi = self.parameterAsInt(parameters, self.DPI, context)
        project = QgsProject()  # private: layouts and atlas layers live here, the input keeps its owner
        layout, coverage, _table = build_atlas(
            project, layer, field, area_field, name_field, options, profile_fields, style.map_language(),
            source_text, self.parameterAsString(parameters, self.SUBTITLE, context) or None,
            self.parameterAsFile(parameters, self.LOGO, context) or None, profile, add_to_project=False,
            feedback=feedback, national=parse_national(self.parameterAsString(parameters, self.NATIONAL, context)))
        areas = coverage.featureCount()
        feedback.pushInfo(self.tr("{n} areas, {pages} pages each.").format(n=areas, pages=2 if profile else 1))
        lay.export_atlas_pdf(layout, out, dpi, feedback)
        return {self.OUTPUT: str(out), self.PAGES: areas * (2 if profile else 1), self.AREAS: areas}
