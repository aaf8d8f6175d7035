"""The printed portrait: A4 pages from editable templates (``resources/layouts/portrait_*.qpt``), one PDF.

Pages: the cover (title, overview map of the parts, the area against the country and similar
gemeenten), the energy-transition types, small-multiple maps (six a page), the table of the parts,
trends, and the sources and definitions last. Each page kind is a plain QGIS layout template whose
items the code fills by id; the same ``design_*`` functions draw the templates
(``scripts/make_portrait_templates.py``), so a municipality can restyle a template in the layout
designer and print again.

Layout standards of the atlas (:mod:`.layout`): the QGIS default font family (never a named one),
text as text in the PDF, standard map scales with a scale bar in round numbers, hatched "no data",
worse = darker and redder. Item ids: ``title``, ``subtitle``, ``logo``, ``map``, ``north_arrow``,
``scalebar``, ``legend``, ``section``, ``intro``, ``table``, ``notes``, ``source``; on the maps page
``map_1`` … ``map_6``, ``map_title_1`` …, ``legend_1`` …
"""

from __future__ import annotations

import base64
import math
import re
from pathlib import Path

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureRequest,
    QgsFillSymbol,
    QgsLayout,
    QgsLayoutExporter,
    QgsLayoutFrame,
    QgsLayoutItemAttributeTable,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPage,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutMeasurement,
    QgsLayoutMultiFrame,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutTableColumn,
    QgsLegendRenderer,
    QgsLegendStyle,
    QgsProject,
    QgsReadWriteContext,
    QgsRectangle,
    QgsScaleBarSettings,
    QgsSingleSymbolRenderer,
    QgsTextFormat,
    QgsUnitTypes,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QBuffer, QByteArray, QIODevice, Qt
from qgis.PyQt.QtGui import QColor, QFont

from ..core.files import atomic_output
from ..i18n import translate
from . import layout as lay
from .compat import make_field
from .style import label_settings, style_layer

MM = QgsUnitTypes.LayoutUnit.LayoutMillimeters
WIDTH, HEIGHT = lay.page_size_mm("A4", lay.PORTRAIT)
MARGIN = 15.0
INNER = WIDTH - 2 * MARGIN
TEXT = lay.TEXT_COLOUR
MUTED = lay.MUTED_COLOUR
COVER, TYPOLOGY, MAPS, TABLE, SOURCES = ("portrait_a4_cover", "portrait_a4_typology", "portrait_a4_maps",
                                         "portrait_a4_table", "portrait_a4_sources")
MAPS_PER_PAGE = 6
ROWS_PER_TABLE_PAGE = 34
#: written where a font description must name a family: a generic name every system maps to its own sans serif
GENERIC_FAMILY = "Sans Serif"


# -- fonts and text -------------------------------------------------------------------------------------------


def default_font(size: float, bold: bool = False) -> QFont:
    """The QGIS (application) default family, never a named one a machine may lack."""
    font = QFont()
    font.setPointSizeF(size)
    font.setBold(bold)
    return font


def text_format(size: float, bold: bool = False, colour: str = TEXT) -> QgsTextFormat:
    fmt = QgsTextFormat()
    fmt.setFont(default_font(size, bold))
    fmt.setSize(size)
    fmt.setSizeUnit(QgsUnitTypes.RenderUnit.RenderPoints)
    fmt.setColor(QColor(colour))
    return fmt


_LABEL_TEXT_FORMAT = hasattr(QgsLayoutItemLabel, "setTextFormat")  # QGIS >= 3.24


def set_label_font(label: QgsLayoutItemLabel, font: QFont, colour: str | None = None) -> None:
    """A label's font (and colour) through its text format where QGIS has one (3.24+), else the 3.22 way."""
    if _LABEL_TEXT_FORMAT:
        fmt = label.textFormat()
        fmt.setFont(font)
        fmt.setSize(font.pointSizeF())
        fmt.setSizeUnit(QgsUnitTypes.RenderUnit.RenderPoints)
        if colour:
            fmt.setColor(QColor(colour))
        label.setTextFormat(fmt)
        return
    label.setFont(font)
    if colour:
        label.setFontColor(QColor(colour))


def label_font(label: QgsLayoutItemLabel) -> QFont:
    if _LABEL_TEXT_FORMAT:
        font = QFont(label.textFormat().font())
        font.setPointSizeF(label.textFormat().size())
        return font
    return QFont(label.font())


def _legend_font(legend: QgsLayoutItemLegend, style, size: float, bold: bool = False) -> None:
    rstyle = legend.rstyle(style)
    if hasattr(rstyle, "setTextFormat"):  # QGIS >= 3.30
        rstyle.setTextFormat(text_format(size, bold))
    else:
        legend.setStyleFont(style, default_font(size, bold))


def use_default_family(layout: QgsLayout) -> None:
    """Every label of a loaded template in the QGIS default family (the template names none)."""
    family = QFont().family()
    for it in layout.items():
        if isinstance(it, QgsLayoutItemLabel):
            font = label_font(it)
            font.setFamily(family)
            set_label_font(it, font)


def without_font_families(xml: str) -> str:
    """Template XML that names no font family: text formats lose theirs (QGIS then uses its default font),
    font descriptions, which must start with a family, get the generic :data:`GENERIC_FAMILY`."""
    xml = re.sub(r'\sfontFamily="[^"]*"', "", xml)
    return re.sub(r'(description=")[^",]*,', rf"\g<1>{GENERIC_FAMILY},", xml)


# -- drawing the templates --------------------------------------------------------------------------------------


def _place(item, x: float, y: float, w: float, h: float) -> None:
    item.attemptResize(QgsLayoutSize(w, h, MM))
    item.attemptMove(QgsLayoutPoint(x, y, MM))


def _label(layout: QgsLayout, item_id: str, text: str, size: float, bold: bool = False, colour: str = TEXT,
           box=None) -> QgsLayoutItemLabel:
    label = QgsLayoutItemLabel(layout)
    label.setId(item_id)
    label.setText(text)
    set_label_font(label, default_font(size, bold), colour)
    label.setVAlign(Qt.AlignmentFlag.AlignTop)
    label.setHAlign(Qt.AlignmentFlag.AlignLeft)
    label.setMarginX(0)
    label.setMarginY(0)
    layout.addLayoutItem(label)
    if box:
        _place(label, *box)
    return label


def _map(layout: QgsLayout, item_id: str, box) -> QgsLayoutItemMap:
    item = QgsLayoutItemMap(layout)
    item.setId(item_id)
    item.setFrameEnabled(True)
    item.setFrameStrokeColor(QColor("#b3b3b3"))
    item.setFrameStrokeWidth(QgsLayoutMeasurement(0.25, MM))
    item.setBackgroundColor(QColor("#ffffff"))
    layout.addLayoutItem(item)
    _place(item, *box)
    item.setCrs(QgsCoordinateReferenceSystem("EPSG:28992"))
    item.zoomToExtent(QgsRectangle(10000, 305000, 280000, 620000))  # the Netherlands, never an empty extent
    return item


def _north_arrow(layout: QgsLayout, map_item: QgsLayoutItemMap, box) -> QgsLayoutItemPicture:
    picture = QgsLayoutItemPicture(layout)
    picture.setId("north_arrow")
    picture.setPicturePath(lay.north_arrow_path())
    picture.setResizeMode(QgsLayoutItemPicture.ResizeMode.Zoom)
    picture.setLinkedMap(map_item)
    picture.setNorthMode(QgsLayoutItemPicture.NorthMode.GridNorth)
    layout.addLayoutItem(picture)
    _place(picture, *box)
    return picture


def _scalebar(layout: QgsLayout, map_item: QgsLayoutItemMap, item_id: str, box) -> QgsLayoutItemScaleBar:
    bar = QgsLayoutItemScaleBar(layout)
    bar.setId(item_id)
    bar.setStyle("Single Box")
    bar.setLinkedMap(map_item)
    bar.setUnits(QgsUnitTypes.DistanceUnit.DistanceKilometers)
    bar.setUnitLabel("km")
    bar.setNumberOfSegmentsLeft(0)
    bar.setNumberOfSegments(4)
    bar.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeMode.SegmentSizeFixed)
    bar.setUnitsPerSegment(1.0)
    bar.setHeight(1.8)
    bar.setTextFormat(text_format(7))
    bar.setBackgroundEnabled(False)
    layout.addLayoutItem(bar)
    _place(bar, *box)
    return bar


def _legend(layout: QgsLayout, map_item: QgsLayoutItemMap, item_id: str, box, size: float = 8.0):
    legend = QgsLayoutItemLegend(layout)
    legend.setId(item_id)
    legend.setTitle("")
    legend.setLinkedMap(map_item)
    legend.setAutoUpdateModel(False)
    legend.setResizeToContents(False)
    legend.setBackgroundEnabled(False)
    legend.setSymbolWidth(6)
    legend.setSymbolHeight(3.6)
    _legend_font(legend, QgsLegendStyle.Style.Title, size + 1, True)
    _legend_font(legend, QgsLegendStyle.Style.SymbolLabel, size)
    legend.rstyle(QgsLegendStyle.Style.Symbol).setMargin(QgsLegendStyle.Side.Top, 1.0)
    layout.addLayoutItem(legend)
    _place(legend, *box)
    return legend


def _table(layout: QgsLayout, item_id: str, box, size: float = 8.0) -> QgsLayoutItemAttributeTable:
    table = QgsLayoutItemAttributeTable(layout)
    table.setResizeMode(QgsLayoutMultiFrame.ResizeMode.UseExistingFrames)
    table.setWrapBehavior(table.WrapBehavior.WrapText)
    table.setHeaderTextFormat(text_format(size, True))
    table.setContentTextFormat(text_format(size))
    table.setCellMargin(1.2)
    table.setGridStrokeWidth(0.15)
    table.setGridColor(QColor("#bdbdbd"))
    table.setHorizontalGrid(True)
    table.setVerticalGrid(False)
    table.setShowEmptyRows(False)
    table.setEmptyTableBehavior(QgsLayoutItemAttributeTable.EmptyTableMode.ShowMessage)
    table.setEmptyTableMessage(translate("PortraitLayout", "No figures."))
    table.setMaximumNumberOfFeatures(200)
    layout.addMultiFrame(table)
    frame = QgsLayoutFrame(layout, table)
    frame.setId(item_id)
    table.addFrame(frame)
    _place(frame, *box)
    return table


def _page(layout: QgsLayout) -> None:
    layout.pageCollection().clear()
    page = QgsLayoutItemPage(layout)
    page.setPageSize(QgsLayoutSize(WIDTH, HEIGHT, MM))
    layout.pageCollection().addPage(page)


def _header(layout: QgsLayout, with_logo: bool = True) -> None:
    _label(layout, "title", translate("PortraitLayout", "Title"), 20, True, box=(MARGIN, 11, INNER - 45, 10))
    _label(layout, "subtitle", translate("PortraitLayout", "Subtitle"), 10, colour=MUTED,
           box=(MARGIN, 21.5, INNER - 45, 6))
    if with_logo:
        logo = QgsLayoutItemPicture(layout)
        logo.setId("logo")
        logo.setResizeMode(QgsLayoutItemPicture.ResizeMode.Zoom)
        logo.setPictureAnchor(QgsLayoutItemPicture.ReferencePoint.UpperRight)
        layout.addLayoutItem(logo)
        _place(logo, WIDTH - MARGIN - 40, 9, 40, 17)


def _footer(layout: QgsLayout) -> None:
    _label(layout, "source", translate("PortraitLayout", "Source"), 7, colour=MUTED,
           box=(MARGIN, HEIGHT - 10, INNER, 5))


def design_cover(layout: QgsLayout) -> QgsLayout:
    _page(layout)
    _header(layout)
    map_item = _map(layout, "map", (MARGIN, 31, INNER, 118))
    _north_arrow(layout, map_item, (WIDTH - MARGIN - 10, 34, 7, 10.5))
    _scalebar(layout, map_item, "scalebar", (MARGIN, 151, 70, 9))
    _label(layout, "section", translate("PortraitLayout", "Compared with the country"), 12, True,
           box=(MARGIN, 163, INNER, 7))
    _label(layout, "intro", translate("PortraitLayout", "Introduction"), 8, colour=MUTED, box=(MARGIN, 170, INNER, 8))
    _table(layout, "table", (MARGIN, 179, INNER, HEIGHT - 12 - 179), size=8)
    _footer(layout)
    return layout


def design_typology(layout: QgsLayout) -> QgsLayout:
    _page(layout)
    _header(layout, with_logo=False)
    _label(layout, "intro", translate("PortraitLayout", "Introduction"), 8.5, colour=MUTED,
           box=(MARGIN, 29, INNER, 12))
    map_item = _map(layout, "map", (MARGIN, 42, INNER, 110))
    _north_arrow(layout, map_item, (WIDTH - MARGIN - 10, 45, 7, 10.5))
    _scalebar(layout, map_item, "scalebar", (WIDTH - MARGIN - 62, 154, 62, 9))
    _legend(layout, map_item, "legend", (MARGIN, 154, INNER - 66, 52), size=7.5)
    _table(layout, "table", (MARGIN, 208, INNER, HEIGHT - 12 - 208), size=7.5)
    _footer(layout)
    return layout


def map_cells():
    """(x, y, width, height) of the six small multiples: two columns, three rows."""
    gap = 6.0
    w = (INNER - gap) / 2
    top, h = 30.0, (HEIGHT - 12 - 30) / 3
    return [(MARGIN + c * (w + gap), top + r * h, w, h) for r in range(3) for c in range(2)]


#: width of a small multiple's legend, beside its map
CELL_LEGEND = 31.0


def design_maps(layout: QgsLayout) -> QgsLayout:
    _page(layout)
    _header(layout, with_logo=False)
    for k, (x, y, w, h) in enumerate(map_cells(), start=1):
        _label(layout, f"map_title_{k}", translate("PortraitLayout", "Indicator"), 8.5, True, box=(x, y, w, 8))
        map_item = _map(layout, f"map_{k}", (x, y + 9, w - CELL_LEGEND - 2, h - 13))
        _legend(layout, map_item, f"legend_{k}", (x + w - CELL_LEGEND, y + 9, CELL_LEGEND, h - 13), size=6.5)
    _scalebar(layout, layout.itemById("map_1"), "scalebar", (WIDTH - MARGIN - 60, 22.5, 60, 7))
    _footer(layout)
    return layout


def design_table(layout: QgsLayout) -> QgsLayout:
    _page(layout)
    _header(layout, with_logo=False)
    _table(layout, "table", (MARGIN, 30, INNER, HEIGHT - 12 - 30), size=7.5)
    _footer(layout)
    return layout


def design_sources(layout: QgsLayout) -> QgsLayout:
    _page(layout)
    _header(layout, with_logo=False)
    _table(layout, "table", (MARGIN, 30, INNER, 150), size=7)
    _label(layout, "notes", translate("PortraitLayout", "Notes"), 7.5, colour=TEXT, box=(MARGIN, 184, INNER, 100))
    _footer(layout)
    return layout


DESIGNS = {COVER: design_cover, TYPOLOGY: design_typology, MAPS: design_maps, TABLE: design_table,
           SOURCES: design_sources}


def write_templates(folder: Path | None = None) -> list[Path]:
    """Draw every portrait template and save it as ``.qpt`` (naming no font family)."""
    written = []
    for name, design in DESIGNS.items():
        path = (Path(folder) / f"{name}.qpt") if folder else lay.template_path(name)
        layout = QgsLayout(QgsProject.instance())
        layout.initializeDefaults()
        design(layout)
        with atomic_output(path) as tmp:
            if not layout.saveAsTemplate(str(tmp), QgsReadWriteContext()):
                raise OSError(f"could not write layout template {path}")
            tmp.write_text(without_font_families(tmp.read_text(encoding="utf-8")), encoding="utf-8")
        written.append(path)
    return written


# -- filling ---------------------------------------------------------------------------------------------------


def load(project, name: str):
    layout = lay.load_template(project, name, name, add_to_project=False)
    use_default_family(layout)
    layout.renderContext().setTextRenderFormat(Qgis.TextRenderFormat.AlwaysText)  # text as text in the PDF
    return layout


def set_text(layout, item_id: str, text: str) -> None:
    lay.set_text(layout, item_id, text)


def fill_header(layout, title: str, subtitle: str, source: str, logo: str | None = None) -> None:
    lay.fit_label(layout, "title", title, min_size=12)
    set_text(layout, "subtitle", subtitle)
    set_text(layout, "source", source)
    lay.fill_logo(layout, logo)


#: standard map scales per power of ten (1:2.500, 1:5.000, 1:7.500, 1:10.000 … 1:400.000 …)
SCALE_STEPS = (1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 7.5)


def standard_scale(needed: float) -> float:
    """The smallest standard map scale at or above ``needed`` (the atlas's scales, and the same steps beyond)."""
    for scale in lay.ATLAS_SCALES:
        if scale >= needed:
            return float(scale)
    power = 10 ** math.floor(math.log10(needed))
    return next((step * power for step in SCALE_STEPS if step * power >= needed), 10.0 * power)


def nice_segment(length_m: float) -> float:
    """A round segment length (1, 2 or 5 × 10ⁿ metres) at most ``length_m``."""
    if length_m <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(length_m))
    return max(step * power for step in (1, 2, 5) if step * power <= length_m)


def zoom_map(map_item: QgsLayoutItemMap, extent: QgsRectangle, crs) -> None:
    """Show ``extent`` at the next standard scale, centred."""
    map_item.setCrs(crs)
    map_item.zoomToExtent(extent.buffered(max(extent.width(), extent.height()) * 0.03))
    map_item.setScale(standard_scale(map_item.scale()))


def round_scalebar(bar: QgsLayoutItemScaleBar, map_item: QgsLayoutItemMap, share: float = 0.3) -> None:
    """Four segments of a round length (in m below 1 km, else km), about ``share`` of the map's width."""
    ground = map_item.extent().width()
    segment = nice_segment(ground * share / 4)
    if segment < 1000:
        bar.setUnits(QgsUnitTypes.DistanceUnit.DistanceMeters)
        bar.setUnitLabel("m")
        bar.setUnitsPerSegment(segment)
    else:
        bar.setUnits(QgsUnitTypes.DistanceUnit.DistanceKilometers)
        bar.setUnitLabel("km")
        bar.setUnitsPerSegment(segment / 1000.0)
    bar.setNumberOfSegments(4)
    bar.setNumberOfSegmentsLeft(0)
    bar.update()


def fill_legend(layout, item_id: str, layer, title: str = "", columns: int = 1) -> None:
    legend = lay.item(layout, item_id)
    if legend is None:
        return
    root = legend.model().rootGroup()
    root.removeAllChildren()
    node = root.addLayer(layer)
    QgsLegendRenderer.setNodeLegendStyle(node, QgsLegendStyle.Style.Hidden)
    legend.setTitle(title)
    legend.setColumnCount(columns)
    legend.setSplitLayer(columns > 1)
    legend.setEqualColumnWidth(columns > 1)


def table_layer(project, headings, rows, name: str = "table") -> QgsVectorLayer:
    """A memory table with one string field per column (``c0``, ``c1`` …), added to ``project``."""
    layer = QgsVectorLayer("None", name, "memory")
    layer.dataProvider().addAttributes([make_field(f"c{i}", "string") for i in range(len(headings))])
    layer.updateFields()
    features = []
    for row in rows:
        feature = QgsFeature(layer.fields())
        feature.setAttributes([str(v) for v in row])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    project.addMapLayer(layer, False)
    return layer


def fill_table(layout, project, headings, rows, widths, numeric=None, item_id: str = "table") -> None:
    """The table item shows ``rows`` under ``headings``; ``widths`` in mm (shares of the frame when ≤ 1);
    the columns in ``numeric`` (default: all but the first) are aligned right."""
    numeric = set(range(1, len(headings))) if numeric is None else set(numeric)
    frame = lay.item(layout, item_id)
    table = frame.multiFrame()
    size = frame.sizeWithUnits()
    total = size.width()
    table.setVectorLayer(table_layer(project, headings, rows))
    columns = []
    for i, head in enumerate(headings):
        col = QgsLayoutTableColumn(head)
        col.setAttribute(f"c{i}")
        width = widths[i] * total if widths[i] <= 1 else widths[i]
        col.setWidth(max(width - 2 * table.cellMargin() - 0.4, 5))
        col.setHAlignment(Qt.AlignmentFlag.AlignRight if i in numeric else Qt.AlignmentFlag.AlignLeft)
        columns.append(col)
    table.setColumns(columns)
    table.setMaximumNumberOfFeatures(max(len(rows), 1))
    frame.attemptResize(size)
    table.refresh()


def outline_renderer(fill: str = "255,255,255,0", outline: str = "#4d4d4d", width: float = 0.3):
    symbol = QgsFillSymbol.createSimple({"color": fill, "outline_color": outline, "outline_width": str(width),
                                         "outline_width_unit": "MM"})
    return QgsSingleSymbolRenderer(symbol)


def overview_layers(parts, area):
    """The parts lightly filled with their names, the area's outline on top."""
    parts.setRenderer(outline_renderer("#eef3f8", "#6d7d8c", 0.2).clone())
    parts.setLabeling(label_settings("name", 6.5).clone())
    parts.setLabelsEnabled(True)
    area.setRenderer(outline_renderer("255,255,255,0", "#1a1a1a", 0.6).clone())
    return [area, parts]


def page_png_base64(layout, dpi: float = 72) -> list[str]:
    """Every page of ``layout`` as a PNG, base64-encoded, for the HTML page."""
    out = []
    exporter = QgsLayoutExporter(layout)
    for page in range(layout.pageCollection().pageCount()):
        image = exporter.renderPageToImage(page, dpi=dpi)
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        out.append(base64.b64encode(bytes(data)).decode("ascii"))
    return out


def style_small_multiple(layer, field: str, lang: str):
    """Quantile classes of ``field`` (fewer when there are few distinct values), colours by direction."""
    values = [f[field] for f in layer.getFeatures()]
    distinct = len({v for v in values if isinstance(v, (int, float))})
    return style_layer(layer, field, method="quantile", n_classes=max(2, min(5, distinct)), lang=lang)


# -- the pages of one portrait ---------------------------------------------------------------------------------


class PortraitPages:
    """Fills the templates for one portrait (a dict of :func:`..core.portrait.build_portrait`).

    ``parts`` is a polygon layer of the parts with fields ``code``, ``name`` and the indicator ids,
    ``area`` the area's outline, ``typology`` the area's buurten with the field ``energietype``. The
    layers and tables are added to ``project`` (a private one), which must live until the export.
    """

    def __init__(self, project, portrait: dict, parts, area, typology, source: str, logo: str | None = None):
        from ..core import portrait_report as rep

        self.rep = rep
        self.project = project
        self.p = portrait
        self.parts, self.area, self.typology = parts, area, typology
        self.source = source
        self.logo = logo
        self.lang = portrait["language"]
        self.layouts = []
        for layer in (parts, area, typology):
            if layer is not None:
                project.addMapLayer(layer, False)

    def _new(self, template: str, title: str, subtitle: str):
        layout = load(self.project, template)
        fill_header(layout, title, subtitle, self.source, self.logo if template == COVER else None)
        self.layouts.append(layout)
        return layout

    def build(self) -> list:
        self.cover()
        self.energy_types()
        self.small_multiples()
        self.tables()
        self.trends()
        self.sources()
        self.number_pages()
        return self.layouts

    def cover(self) -> None:
        rep, p = self.rep, self.p
        layout = self._new(COVER, rep.title(p), rep.subtitle(p))
        map_item = lay.item(layout, "map")
        map_item.setLayers(overview_layers(self.parts, self.area))
        zoom_map(map_item, self.area.extent(), self.area.crs())
        round_scalebar(lay.item(layout, "scalebar"), map_item)
        set_text(layout, "section", translate("PortraitLayout", "Compared with the country and similar gemeenten"))
        group = p["group"]
        intro = translate("PortraitLayout", "Similar gemeenten: {label} ({n}).").format(
            label=group["label"], n=len(group["codes"])) if group["codes"] else group["note"]
        if p["national_label"]:
            intro += " " + translate("PortraitLayout", "Country and similar gemeenten: {source}.").format(
                source=p["national_label"])
        set_text(layout, "intro", intro)
        rows = [[r["indicator"], r["area"], r["country"], r["group"], r["vs_group"] or r["vs_country"]]
                for r in rep.comparison_rows(p)]
        fill_table(layout, self.project, rep.comparison_headings(p), rows, [0.40, 0.14, 0.14, 0.14, 0.18],
                   numeric=(1, 2, 3))

    def energy_types(self) -> None:
        from .energy_style import style_type_layer

        rep, p = self.rep, self.p
        layout = self._new(TYPOLOGY, translate("PortraitLayout", "Energy transition: which help where"),
                           p["area"]["name"])
        typology = p["typology"]
        map_item = lay.item(layout, "map")
        if typology.get("available") and self.typology is not None:
            style_type_layer(self.typology, present_only=True)
            map_item.setLayers([self.area, self.typology])
            fill_legend(layout, "legend", self.typology, translate("PortraitLayout", "Type per buurt"))
            set_text(layout, "intro", translate(
                "PortraitLayout", "Per buurt: the estimated energy cost per household against income and the "
                                  "ownership of the dwellings, and the kind of help that fits. The method and the "
                                  "thresholds are on the last page."))
        else:
            map_item.setLayers([self.area])
            set_text(layout, "intro", translate("PortraitLayout", "Not possible: the buurten lack {what}.").format(
                what=", ".join(typology.get("missing", []))))
            lay.item(layout, "legend").setVisibility(False)
        zoom_map(map_item, self.area.extent(), self.area.crs())
        round_scalebar(lay.item(layout, "scalebar"), map_item)
        fill_table(layout, self.project, rep.typology_headings(), rep.typology_rows(p), [0.34, 0.09, 0.11, 0.46],
                   numeric=(1, 2))

    def small_multiples(self) -> None:
        rep, p = self.rep, self.p
        metas = p["indicators"]
        kind = rep.part_kind_label(p["parts"]["kind"])
        pages = max(1, math.ceil(len(metas) / MAPS_PER_PAGE))
        for page in range(pages):
            chunk = metas[page * MAPS_PER_PAGE:(page + 1) * MAPS_PER_PAGE]
            layout = self._new(MAPS, translate("PortraitLayout", "{parts} of {area}").format(
                parts=kind, area=p["area"]["name"]), translate("PortraitLayout", "Maps {page} of {pages}").format(
                page=page + 1, pages=pages))
            for k in range(1, MAPS_PER_PAGE + 1):
                map_item = lay.item(layout, f"map_{k}")
                if k > len(chunk):
                    for item_id in (f"map_{k}", f"map_title_{k}", f"legend_{k}"):
                        lay.item(layout, item_id).setVisibility(False)
                    continue
                meta = chunk[k - 1]
                layer = self.parts.materialize(QgsFeatureRequest())
                layer.setName(rep.indicator_name(meta))
                self.project.addMapLayer(layer, False)
                style_small_multiple(layer, meta["id"], self.lang)
                map_item.setLayers([layer])
                zoom_map(map_item, self.area.extent(), self.area.crs())
                set_text(layout, f"map_title_{k}", rep.indicator_name(meta))
                fill_legend(layout, f"legend_{k}", layer, "")
            round_scalebar(lay.item(layout, "scalebar"), lay.item(layout, "map_1"), share=0.5)

    def _table_pages(self, title: str, subtitle: str, heads, rows, widths) -> None:
        """As many table pages as the rows need."""
        for start in range(0, len(rows), ROWS_PER_TABLE_PAGE):
            layout = self._new(TABLE, title, subtitle)
            fill_table(layout, self.project, heads, rows[start:start + ROWS_PER_TABLE_PAGE], widths)

    def tables(self, columns: int = 5) -> None:
        rep, p = self.rep, self.p
        ids = [m["id"] for m in p["indicators"]]
        title = translate("PortraitLayout", "{parts} of {area}: figures").format(
            parts=rep.part_kind_label(p["parts"]["kind"]), area=p["area"]["name"])
        for group in [ids[i:i + columns] for i in range(0, len(ids), columns)] or [[]]:
            heads, rows = rep.part_table(p, group)
            self._table_pages(title, translate("PortraitLayout", "Aggregated from the buurten"), heads, rows,
                              [0.28] + [0.72 / max(len(group), 1)] * len(group))

    def trends(self) -> None:
        rep, p = self.rep, self.p
        for trend in p["trends"]:
            heads, rows = rep.trend_rows(p, trend)
            years = len(trend["years"])
            self._table_pages(translate("PortraitLayout", "Trend: {label}").format(label=trend["label"]),
                              translate("PortraitLayout", "{first}–{last}, aggregated from the buurten").format(
                                  first=trend["years"][0], last=trend["years"][-1]),
                              heads, rows, [0.30] + [0.70 / years] * years)

    def sources(self) -> None:
        rep, p = self.rep, self.p
        layout = self._new(SOURCES, translate("PortraitLayout", "Sources and definitions"), p["area"]["name"])
        fill_table(layout, self.project, rep.source_headings(), rep.source_rows(p), [0.26, 0.40, 0.34],
                   numeric=())
        frame = lay.item(layout, "table")
        table = frame.multiFrame()
        height = min(table.totalSize().height() + 2, HEIGHT - 12 - 30 - 40)
        frame.attemptResize(QgsLayoutSize(INNER, height, MM))
        notes = lay.item(layout, "notes")
        notes.setText("\n\n".join(rep.method_notes(p)))
        notes.attemptMove(QgsLayoutPoint(MARGIN, 30 + height + 5, MM))
        notes.attemptResize(QgsLayoutSize(INNER, HEIGHT - 12 - (30 + height + 5), MM))

    def number_pages(self) -> None:
        total = sum(layout.pageCollection().pageCount() for layout in self.layouts)
        page = 0
        for layout in self.layouts:
            page += 1
            set_text(layout, "source", translate("PortraitLayout", "{source} · page {page} of {total}").format(
                source=self.source, page=page, total=total))

    def html_images(self, dpi: float = 72) -> dict:
        """PNGs of the overview, the types and the map pages for the HTML page."""
        images = {"overview": page_png_base64(self.layouts[0], dpi)[0],
                  "typology": page_png_base64(self.layouts[1], dpi)[0]}
        maps = [lo for lo in self.layouts if lo.itemById("map_1") is not None]
        for i, layout in enumerate(maps, start=1):
            images[f"maps_{i:02d}"] = page_png_base64(layout, dpi)[0]
        return images


def export_pdf(layouts, path, dpi: float = 150, title: str = "") -> int:
    """All pages of ``layouts`` into one vector PDF (text as text); returns the number of pages."""
    with lay.PdfBook(path, dpi=dpi, title=title) as book:
        for layout in layouts:
            book.add(layout)
    return book.pages
