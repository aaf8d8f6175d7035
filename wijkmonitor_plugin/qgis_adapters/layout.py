"""Print layouts for themed maps and the wijk atlas, from editable ``.qpt`` templates.

The templates in ``resources/layouts/`` (A4/A3 portrait/landscape theme maps, a
two-page A4 atlas: map + wijkprofiel) are plain QGIS layout templates. They are
loaded into a project's layout manager and filled in here by item id, so a user can
open the result in the layout designer, adjust it and print again. The same design
functions that fill them also draw them (``scripts/make_layout_templates.py``).

Item ids: ``title``, ``subtitle``, ``map``, ``legend``, ``scalebar``, ``north_arrow``,
``source``, ``logo``; atlas page 2: ``profile_title``, ``profile_intro``,
``profile_table``, ``profile_areas``, ``profile_source``; atlas page 3 (facts and perceptions):
``perception_title``, ``perception_intro``, ``perception_chart`` (a map of the chart layer),
``perception_table``, ``similar_title``, ``similar_intro``, ``similar_table``, ``cluster_title``,
``cluster_text``, ``perception_source``.
"""

from __future__ import annotations

import base64
import math
import os
import re
import textwrap
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from qgis.core import (
    NULL,
    Qgis,
    QgsConditionalStyle,
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureRequest,
    QgsFields,
    QgsFillSymbol,
    QgsGeometry,
    QgsLayout,
    QgsLayoutExporter,
    QgsLayoutFrame,
    QgsLayoutItem,
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
    QgsLayoutUtils,
    QgsLegendRenderer,
    QgsLegendStyle,
    QgsPrintLayout,
    QgsReadWriteContext,
    QgsRectangle,
    QgsRuleBasedRenderer,
    QgsScaleBarSettings,
    QgsTextFormat,
    QgsUnitTypes,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDateTime, QMarginsF, QSizeF, Qt
from qgis.PyQt.QtGui import QColor, QFont, QPageSize, QPainter, QPdfWriter
from qgis.PyQt.QtXml import QDomDocument

from ..core.files import atomic_output
from ..core.profile_chart import WIDTH as CHART_UNITS_WIDTH
from ..core.profile_chart import chart_height
from ..core.wijkprofile_report import BETTER_GAP, WORSE_GAP
from ..i18n import translate
from ..paths import icon_path, resource
from .compat import label_font, make_field, set_label_font
from .style import apply_renderer, default_font

MM = QgsUnitTypes.LayoutUnit.LayoutMillimeters
PAGE_SIZES = {"A4": (210.0, 297.0), "A3": (297.0, 420.0)}
PORTRAIT = "portrait"
LANDSCAPE = "landscape"
ATLAS_TEMPLATE = "atlas_a4_portrait"
#: atlas map scales: the Dutch topographic series (1:10.000, 1:25.000, 1:50.000 …) with steps between them.
#: At each of them a :data:`SEGMENT_MM` scale bar segment is a round 50, 100, 200, 500 … metres (QGIS
#: rounds the segment down to one significant digit; 1:15.000 or 1:20.000 would give 300 or 400 m).
ATLAS_SCALES = (2500, 5000, 7500, 10000, 12500, 25000, 50000, 75000, 100000, 125000, 250000, 500000, 750000,
                1000000)
#: the longest scale bar segment in mm (a hair over 20 mm, so rounding never drops 200 m to 100 m)
SEGMENT_MM = 20.05
#: up to this map scale the scale bar counts metres, beyond it kilometres
METRES_UP_TO = 50000
TEXT_COLOUR = "#1a1a1a"
MUTED_COLOUR = "#555555"
#: the chart layer's coordinates are chart units, not places; any projected CRS in metres holds them
CHART_CRS = "EPSG:28992"


def template_name(size: str = "A4", orientation: str = LANDSCAPE) -> str:
    return f"theme_{size.lower()}_{orientation}"


def template_path(name: str) -> Path:
    return resource("layouts", f"{name}.qpt")


def page_size_mm(size: str, orientation: str) -> tuple[float, float]:
    short, long = PAGE_SIZES[size]
    return (long, short) if orientation == LANDSCAPE else (short, long)


# -- drawing the templates ---------------------------------------------------------------


def _font(size: float, bold: bool = False) -> QFont:
    return default_font(size, bold)


def _text_format(size: float, bold: bool = False, colour: str = TEXT_COLOUR) -> QgsTextFormat:
    fmt = QgsTextFormat()
    fmt.setFont(_font(size, bold))
    fmt.setSize(size)
    fmt.setSizeUnit(QgsUnitTypes.RenderUnit.RenderPoints)
    fmt.setColor(QColor(colour))
    return fmt


def _place(item: QgsLayoutItem, x: float, y: float, w: float, h: float, page: int = 0) -> None:
    item.attemptResize(QgsLayoutSize(w, h, MM))
    item.attemptMove(QgsLayoutPoint(x, y, MM), page=page)


def _label(layout: QgsLayout, item_id: str, text: str, size: float, bold: bool = False,
           colour: str = TEXT_COLOUR) -> QgsLayoutItemLabel:
    label = QgsLayoutItemLabel(layout)
    label.setId(item_id)
    label.setText(text)
    set_label_font(label, _font(size, bold), QColor(colour))
    label.setVAlign(Qt.AlignmentFlag.AlignTop)
    label.setHAlign(Qt.AlignmentFlag.AlignLeft)
    label.setMarginX(0)
    label.setMarginY(0)
    layout.addLayoutItem(label)
    return label


def _page(layout: QgsLayout, width: float, height: float) -> QgsLayoutItemPage:
    page = QgsLayoutItemPage(layout)
    page.setPageSize(QgsLayoutSize(width, height, MM))
    layout.pageCollection().addPage(page)
    return page


def _map_item(layout: QgsLayout) -> QgsLayoutItemMap:
    item = QgsLayoutItemMap(layout)
    item.setId("map")
    item.setFrameEnabled(True)
    item.setFrameStrokeColor(QColor("#b3b3b3"))
    item.setFrameStrokeWidth(QgsLayoutMeasurement(0.25, MM))
    item.setBackgroundColor(QColor("#ffffff"))
    layout.addLayoutItem(item)
    return item


def _legend(layout: QgsLayout, map_item: QgsLayoutItemMap, scale: float) -> QgsLayoutItemLegend:
    legend = QgsLayoutItemLegend(layout)
    legend.setId("legend")
    legend.setTitle(translate("Layout", "Legend"))
    legend.setLinkedMap(map_item)
    legend.setAutoUpdateModel(False)
    legend.setResizeToContents(True)
    legend.setBackgroundEnabled(False)
    legend.setSymbolWidth(8 * scale)
    legend.setSymbolHeight(5 * scale)
    legend.setStyleFont(QgsLegendStyle.Style.Title, _font(10.5 * scale, True))
    legend.setStyleFont(QgsLegendStyle.Style.SymbolLabel, _font(9 * scale))
    legend.rstyle(QgsLegendStyle.Style.Title).setMargin(QgsLegendStyle.Side.Bottom, 3 * scale)
    legend.rstyle(QgsLegendStyle.Style.Symbol).setMargin(QgsLegendStyle.Side.Top, 1.6 * scale)
    layout.addLayoutItem(legend)
    return legend


def _scalebar(layout: QgsLayout, map_item: QgsLayoutItemMap, scale: float) -> QgsLayoutItemScaleBar:
    bar = QgsLayoutItemScaleBar(layout)
    bar.setId("scalebar")
    bar.setStyle("Single Box")
    bar.setLinkedMap(map_item)
    bar.setUnits(QgsUnitTypes.DistanceUnit.DistanceKilometers)
    bar.setUnitLabel("km")
    bar.setNumberOfSegmentsLeft(0)
    bar.setNumberOfSegments(2)
    # QGIS picks the largest one-digit number of map units that fits the maximum width; at the atlas's
    # scales (ATLAS_SCALES) that is always 1, 2 or 5 × 10ⁿ; a theme map gets fixed segments (fix_scalebar)
    bar.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeMode.SegmentSizeFitWidth)
    bar.setMinimumBarWidth(2 * SEGMENT_MM / 2.5)
    bar.setMaximumBarWidth(2 * SEGMENT_MM)
    bar.setHeight(2 * scale)
    bar.setTextFormat(_text_format(7.5 * scale))
    bar.setBackgroundEnabled(False)
    layout.addLayoutItem(bar)
    return bar


def _picture(layout: QgsLayout, item_id: str, path: str) -> QgsLayoutItemPicture:
    picture = QgsLayoutItemPicture(layout)
    picture.setId(item_id)
    picture.setPicturePath(path)
    picture.setResizeMode(QgsLayoutItemPicture.ResizeMode.Zoom)
    picture.setPictureAnchor(QgsLayoutItem.ReferencePoint.UpperRight)
    layout.addLayoutItem(picture)
    return picture


def _map_furniture(layout: QgsLayout, x: float, y: float, w: float, h: float, scale: float):
    map_item = _map_item(layout)
    _place(map_item, x, y, w, h)
    # a real extent (the Netherlands in RD New) so the template never stores an empty one
    map_item.setCrs(QgsCoordinateReferenceSystem("EPSG:28992"))
    map_item.zoomToExtent(QgsRectangle(10000, 305000, 280000, 620000))
    north = _picture(layout, "north_arrow", north_arrow_path())
    north.setLinkedMap(map_item)
    north.setNorthMode(QgsLayoutItemPicture.NorthMode.GridNorth)
    _place(north, x + w - 13 * scale, y + 3 * scale, 9 * scale, 13.5 * scale)
    return map_item


def north_arrow_path() -> str:
    """The north arrow SVG embedded in the layout (``base64:``), so templates and projects carry no plugin path."""
    with open(icon_path("north_arrow.svg"), "rb") as handle:
        return "base64:" + base64.b64encode(handle.read()).decode("ascii")


def design_theme_layout(layout: QgsLayout, size: str = "A4", orientation: str = LANDSCAPE) -> QgsLayout:
    """Draw the theme map design on an empty layout (one page of ``size`` and ``orientation``)."""
    width, height = page_size_mm(size, orientation)
    scale = 1.0 if size == "A4" else 1.25
    m = 12.0 * scale
    layout.pageCollection().clear()
    _page(layout, width, height)
    _place(_label(layout, "title", translate("Layout", "Title"), 20 * scale, True), m, m - 2, width - 2 * m - 45,
           11 * scale)
    _place(_label(layout, "subtitle", translate("Layout", "Subtitle"), 11 * scale, colour=MUTED_COLOUR), m,
           m + 10 * scale, width - 2 * m - 45, 7 * scale)
    logo = _picture(layout, "logo", "")
    _place(logo, width - m - 40 * scale, m - 3, 40 * scale, 18 * scale)
    top = m + 21 * scale
    bottom = height - m - 12 * scale
    if orientation == LANDSCAPE:
        legend_w = 70 * scale
        map_w = width - 2 * m - legend_w - 6 * scale
        map_item = _map_furniture(layout, m, top, map_w, bottom - top, scale)
        legend = _legend(layout, map_item, scale)
        _place(legend, m + map_w + 6 * scale, top, legend_w, 90 * scale)
        bar = _scalebar(layout, map_item, scale)
        _place(bar, m + map_w + 6 * scale, bottom - 12 * scale, legend_w, 12 * scale)
    else:
        map_h = (bottom - top) * 0.72
        map_item = _map_furniture(layout, m, top, width - 2 * m, map_h, scale)
        legend = _legend(layout, map_item, scale)
        _place(legend, m, top + map_h + 6 * scale, (width - 2 * m) * 0.6, bottom - top - map_h - 6 * scale)
        bar = _scalebar(layout, map_item, scale)
        _place(bar, m + (width - 2 * m) * 0.62, top + map_h + 6 * scale, (width - 2 * m) * 0.38, 12 * scale)
    source = _label(layout, "source", translate("Layout", "Source"), 7.5 * scale, colour=MUTED_COLOUR)
    _place(source, m, height - m - 6 * scale, width - 2 * m, 6 * scale)
    return layout


PROFILE_COLUMNS = (  # field, width share
    ("indicator", 0.32),
    ("area_text", 0.13),
    ("municipal_text", 0.13),
    ("national_text", 0.11),
    ("trend_text", 0.16),
    ("judgement_text", 0.15),
)
LEFT_ALIGNED = ("indicator", "judgement_text", "label", "count_text")


def profile_headings() -> dict:
    return {
        "indicator": translate("Layout", "Indicator"),
        "area_text": translate("Layout", "This area"),
        "municipal_text": translate("Layout", "Municipality"),
        "national_text": translate("Layout", "Netherlands"),
        "trend_text": translate("Layout", "Trend (then → now)"),
        "judgement_text": translate("Layout", "Compared with the municipality"),
    }


def _table_columns(spec, headings: dict, total_width: float, without=(), widest: str = "indicator") -> list:
    """Columns ``(attribute, width share)`` of a table filling ``total_width`` mm; the shares of the
    columns ``without`` go to ``widest``."""
    columns = []
    spare = sum(share for name, share in spec if name in without)
    for name, share in spec:
        if name in without:
            continue
        if name == widest:
            share += spare
        col = QgsLayoutTableColumn(headings[name])
        col.setAttribute(name)
        col.setWidth(total_width * share - 3.2)
        col.setHAlignment(Qt.AlignmentFlag.AlignLeft if name in LEFT_ALIGNED else Qt.AlignmentFlag.AlignRight)
        columns.append(col)
    return columns


def profile_columns(total_width: float, without=()) -> list:
    """The columns of the profile table, in the current language, filling ``total_width`` mm."""
    return _table_columns(PROFILE_COLUMNS, profile_headings(), total_width, without)


DOMAIN_COLUMNS = (("label", 0.40), ("value_a", 0.2), ("value_b", 0.2), ("value_c", 0.2))
SIMILAR_TABLE_COLUMNS = (("label", 0.36), ("value_a", 0.13), ("value_b", 0.16), ("judgement_text", 0.13),
                         ("count_text", 0.22))


def domain_columns(total_width: float) -> list:
    """Domain | facts | perception | gap: the numbers of the chart."""
    headings = {"label": translate("Layout", "Domain"), "value_a": translate("Layout", "Facts (registered)"),
                "value_b": translate("Layout", "Perception (residents)"),
                "value_c": translate("Layout", "Gap (perception − facts)")}
    return _table_columns(DOMAIN_COLUMNS, headings, total_width, widest="label")


def similar_columns(total_width: float) -> list:
    """Indicator | this area | similar areas elsewhere | ▲▼ | its units better or worse than their own."""
    headings = {"label": translate("Layout", "Indicator"), "value_a": translate("Layout", "This area"),
                "value_b": translate("Layout", "Similar buurten elsewhere"),
                "judgement_text": translate("Layout", "Compared"),
                "count_text": translate("Layout", "Its buurten against their own")}
    return _table_columns(SIMILAR_TABLE_COLUMNS, headings, total_width, widest="label")


def _attribute_table(layout: QgsLayout, item_id: str, columns: list, empty_message: str, x: float, y: float,
                     w: float, h: float, page: int, size: float = 9.0) -> QgsLayoutFrame:
    """A wrapping attribute table in one frame ``item_id``, horizontal grid lines only."""
    table = QgsLayoutItemAttributeTable(layout)
    table.setResizeMode(QgsLayoutMultiFrame.ResizeMode.UseExistingFrames)
    table.setWrapBehavior(table.WrapBehavior.WrapText)
    table.setHeaderTextFormat(_text_format(size, True))
    table.setContentTextFormat(_text_format(size))
    table.setCellMargin(1.6)
    table.setGridStrokeWidth(0.15)
    table.setGridColor(QColor("#bdbdbd"))
    table.setHorizontalGrid(True)
    table.setVerticalGrid(False)
    table.setShowEmptyRows(False)
    table.setEmptyTableBehavior(QgsLayoutItemAttributeTable.EmptyTableMode.ShowMessage)
    table.setEmptyTableMessage(empty_message)
    table.setMaximumNumberOfFeatures(60)
    table.setColumns(columns)
    layout.addMultiFrame(table)
    frame = QgsLayoutFrame(layout, table)
    frame.setId(item_id)
    table.addFrame(frame)
    _place(frame, x, y, w, h, page=page)
    return frame


#: the facts-and-perceptions chart on the atlas's third page: full width, as high as its rows need
CHART_WIDTH_MM = 186.0
#: a row of a 9 pt table with one line of text
TABLE_ROW_MM = 7.0


def chart_height_mm(n_rows: int, width_mm: float = CHART_WIDTH_MM) -> float:
    return width_mm * chart_height(n_rows) / CHART_UNITS_WIDTH


def design_atlas_layout(layout: QgsLayout) -> QgsLayout:
    """Draw the three-page atlas design: page 1 the map of the area, page 2 its profile table, page 3 its facts
    and perceptions (chart, scores, similar buurten elsewhere, clusters). Unused pages are removed when the
    atlas is filled in."""
    width, height = page_size_mm("A4", PORTRAIT)
    design_theme_layout(layout, "A4", PORTRAIT)
    _page(layout, width, height)
    m = 12.0
    _place(_label(layout, "profile_title", translate("Layout", "Area profile"), 20, True), m, m - 2,
           width - 2 * m, 11, page=1)
    intro = _label(layout, "profile_intro", translate("Layout", "Introduction"), 9.5, colour=MUTED_COLOUR)
    _place(intro, m, m + 11, width - 2 * m, 20, page=1)
    _attribute_table(layout, "profile_table", profile_columns(width - 2 * m),
                     translate("Layout", "No indicators for this area."), m, m + 34, width - 2 * m,
                     height - 2 * m - 74, page=1)
    areas = _label(layout, "profile_areas", translate("Layout", "Buurten"), 8.5, colour=MUTED_COLOUR)
    _place(areas, m, height - m - 36, width - 2 * m, 26, page=1)
    source = _label(layout, "profile_source", translate("Layout", "Source"), 7.5, colour=MUTED_COLOUR)
    _place(source, m, height - m - 6, width - 2 * m - 50, 6, page=1)
    _design_perception_page(layout, width, height, m)
    for page, item_id in ((0, "page_number"), (1, "profile_page_number"), (2, "perception_page_number")):
        number = _label(layout, item_id, PAGE_NUMBER, 7.5, colour=MUTED_COLOUR)
        number.setHAlign(Qt.AlignmentFlag.AlignRight)
        _place(number, width - m - 48, height - m - 6, 48, 6, page=page)
    item(layout, "source").attemptResize(QgsLayoutSize(width - 2 * m - 50, 6, MM))
    return layout


def _design_perception_page(layout: QgsLayout, width: float, height: float, m: float) -> None:
    _page(layout, width, height)
    w = width - 2 * m
    _place(_label(layout, "perception_title", translate("Layout", "Facts and perceptions"), 20, True), m, m - 2, w,
           11, page=2)
    _place(_label(layout, "perception_intro", translate("Layout", "Introduction"), 9.5, colour=MUTED_COLOUR), m,
           m + 11, w, 16, page=2)
    chart = QgsLayoutItemMap(layout)
    chart.setId("perception_chart")
    chart.setFrameEnabled(False)
    chart.setBackgroundEnabled(False)
    layout.addLayoutItem(chart)
    chart_h = chart_height_mm(4, w)
    _place(chart, m, m + 29, w, chart_h, page=2)
    chart.setCrs(QgsCoordinateReferenceSystem(CHART_CRS))
    chart.setExtent(QgsRectangle(0, -chart_height(4), CHART_UNITS_WIDTH, 0))
    top = m + 29 + chart_h + 3
    _attribute_table(layout, "perception_table", domain_columns(w), translate("Layout", "No scores for this area."),
                     m, top, w, 36, page=2)
    top += 40
    _place(_label(layout, "similar_title", translate("Layout", "Compared with similar buurten elsewhere"), 11, True),
           m, top, w, 6, page=2)
    _place(_label(layout, "similar_intro", translate("Layout", "Introduction"), 8.5, colour=MUTED_COLOUR), m,
           top + 7, w, 10, page=2)
    _attribute_table(layout, "similar_table", similar_columns(w),
                     translate("Layout", "No comparison for this area."), m, top + 18, w, 42, page=2, size=8.5)
    top += 64
    _place(_label(layout, "cluster_title", translate("Layout", "Does the area lie in a cluster?"), 11, True), m, top,
           w, 6, page=2)
    _place(_label(layout, "cluster_text", translate("Layout", "Clusters"), 9, colour=TEXT_COLOUR), m, top + 7, w,
           height - m - 12 - top - 7, page=2)
    _place(_label(layout, "perception_source", translate("Layout", "Source"), 7.5, colour=MUTED_COLOUR), m,
           height - m - 9, w - 50, 9, page=2)


#: bottom right of every atlas page: the area's code and the page number
PAGE_NUMBER = '[% "code" %] · [% @atlas_featurenumber %] / [% @atlas_totalfeatures %]'


def save_template(layout: QgsLayout, path: Path) -> Path:
    """Write ``layout`` as a ``.qpt`` that names no font family: QGIS then uses its default font."""
    with atomic_output(path) as tmp:
        if not layout.saveAsTemplate(str(tmp), QgsReadWriteContext()):
            raise OSError(f"could not write layout template {path}")
        tmp.write_text(without_font_families(tmp.read_text(encoding="utf-8")), encoding="utf-8")
    return path


#: written where a font description must name a family: a generic name every system maps to its own
#: sans-serif font without a warning (a named family such as Arial makes QGIS warn where it is missing)
GENERIC_FAMILY = "Sans Serif"


def without_font_families(xml: str) -> str:
    """Layout XML that names no font family.

    Text formats lose their ``fontFamily`` attribute (QGIS then uses its default font); font
    descriptions, which must start with a family, get :data:`GENERIC_FAMILY`. Filling a template
    puts QGIS's default font family on its labels (:func:`load_template`).
    """
    xml = re.sub(r'\sfontFamily="[^"]*"', "", xml)
    return re.sub(r'(description=")[^",]*,', rf"\g<1>{GENERIC_FAMILY},", xml)


# -- loading and filling ------------------------------------------------------------------


_TEMPLATES: dict = {}


def _template_document(name: str) -> QDomDocument:
    """The parsed template (read once per file version: the panel makes layouts on the main thread)."""
    path = template_path(name)
    stamp = path.stat().st_mtime_ns
    cached = _TEMPLATES.get(name)
    if cached is None or cached[0] != stamp:
        doc = QDomDocument()
        with open(path, encoding="utf-8") as handle:
            if not doc.setContent(handle.read()):
                raise OSError(translate("Layout", "The layout template {path} is not valid XML.").format(path=path))
        _TEMPLATES[name] = cached = (stamp, doc)
    return cached[1]


def load_template(project, name: str, layout_name: str, add_to_project: bool = True) -> QgsPrintLayout:
    """A new print layout from ``resources/layouts/<name>.qpt`` (added to ``project``'s layout manager)."""
    path = template_path(name)
    doc = _template_document(name)
    layout = QgsPrintLayout(project)
    # filling in a template is not an edit the user should undo (and undo commands hold XML copies)
    layout.undoStack().blockCommands(True)
    layout.initializeDefaults()
    _items, ok = layout.loadFromTemplate(doc, QgsReadWriteContext(), True)
    if not ok:
        raise OSError(translate("Layout", "The layout template {path} could not be loaded.").format(path=path))
    manager = project.layoutManager()
    layout.setName(manager.generateUniqueTitle(QgsPrintLayout) if not layout_name else _unique(manager, layout_name))
    north = item(layout, "north_arrow")
    if north is not None:
        north.setPicturePath(north_arrow_path())
    family = default_font().family()
    for label in [i for i in layout.items() if isinstance(i, QgsLayoutItemLabel)]:
        font = label_font(label)
        font.setFamily(family)
        set_label_font(label, font)
    if add_to_project:
        manager.addLayout(layout)
    return layout


def _unique(manager, name: str) -> str:
    existing = {lay.name() for lay in manager.layouts()}
    if name not in existing:
        return name
    i = 2
    while f"{name} ({i})" in existing:
        i += 1
    return f"{name} ({i})"


def item(layout: QgsLayout, item_id: str):
    return layout.itemById(item_id)


def set_text(layout: QgsLayout, item_id: str, text: str) -> None:
    label = item(layout, item_id)
    if label is not None:
        label.setText(text)


def fit_label(layout: QgsLayout, item_id: str, text: str, min_size: float = 11.0) -> None:
    """Set the text of a one-line label, shrinking its font until the text fits the label's width."""
    label = item(layout, item_id)
    if label is None:
        return
    label.setText(text)
    font = label_font(label)
    width = label.rect().width()
    plain = text.replace("[%", "").replace("%]", "")
    while font.pointSizeF() > min_size and QgsLayoutUtils.textWidthMM(font, plain) > width:
        font.setPointSizeF(font.pointSizeF() - 1)
    set_label_font(label, font)


def wrap(text: str, width: int) -> str:
    """Wrap every line of ``text`` at ``width`` characters (legend titles do not wrap themselves)."""
    return "\n".join("\n".join(textwrap.wrap(line, width)) or line for line in text.split("\n"))


def fill_legend(layout: QgsLayout, layers, title: str, chars: int = 30, max_rows: int = 0) -> None:
    """Only the themed layer in the legend, with the indicator and unit as legend title.

    ``max_rows`` > 0: more classes than that are split over two columns (portrait pages,
    where the legend sits in a short band under the map).
    """
    legend = item(layout, "legend")
    if legend is None:
        return
    legend.setAutoUpdateModel(False)
    root = legend.model().rootGroup()  # the legend's own tree, owned by the item
    root.removeAllChildren()
    for layer in layers:
        node = root.addLayer(layer)
        QgsLegendRenderer.setNodeLegendStyle(node, QgsLegendStyle.Style.Hidden)
    legend.setTitle(wrap(title, chars))
    rows = sum(len(layer.renderer().legendSymbolItems()) for layer in layers if layer.renderer() is not None)
    if max_rows and rows > max_rows:
        legend.setColumnCount(2)
        legend.setSplitLayer(True)
        legend.setEqualColumnWidth(True)
    legend.adjustBoxSize()


def fill_logo(layout: QgsLayout, logo: str | None) -> None:
    picture = item(layout, "logo")
    if picture is None:
        return
    if logo and os.path.isfile(logo):
        picture.setPicturePath(logo)
        picture.setVisibility(True)
    else:
        picture.setPicturePath("")
        picture.setVisibility(False)


def round_length(metres: float) -> float:
    """The largest 1, 2 or 5 × 10ⁿ at or below ``metres``: a scale bar segment that reads in round numbers."""
    if not metres or metres <= 0 or not math.isfinite(metres):
        return metres
    power = 10.0 ** math.floor(math.log10(metres))
    return max(step * power for step in (1.0, 2.0, 5.0) if step * power <= metres * (1 + 1e-9))


def set_scalebar_units(layout: QgsLayout, largest_scale: float) -> None:
    """Metres up to 1:50.000, kilometres beyond: the scale bar reads 0 – 200 – 400 m or 0 – 1 – 2 km."""
    bar = item(layout, "scalebar")
    if bar is not None:
        _scalebar_units(bar, kilometres=not (largest_scale and largest_scale <= METRES_UP_TO))


def _scalebar_units(bar, kilometres: bool) -> None:
    if kilometres:
        bar.setUnits(QgsUnitTypes.DistanceUnit.DistanceKilometers)
        bar.setUnitLabel("km")
    else:
        bar.setUnits(QgsUnitTypes.DistanceUnit.DistanceMeters)
        bar.setUnitLabel("m")
    bar.update()


def fix_scalebar(layout: QgsLayout, scale: float) -> None:
    """A scale bar of fixed, round segments for a map drawn at ``scale`` (a theme map: one scale)."""
    bar = item(layout, "scalebar")
    if bar is None or not scale:
        return
    metres = round_length(SEGMENT_MM * scale / 1000.0)
    bar.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeMode.SegmentSizeFixed)
    bar.setUnitsPerSegment(metres if metres < 1000 else metres / 1000.0)
    _scalebar_units(bar, kilometres=metres >= 1000)


def theme_map_layout(project, layer, title: str, subtitle: str, source: str, legend_title: str,
                     size: str = "A4", orientation: str = LANDSCAPE, logo: str | None = None, extent=None,
                     name: str | None = None, add_to_project: bool = True,
                     keep_styles: bool = False, legend_wrap: str | None = None) -> QgsPrintLayout:
    """A filled-in theme map layout for the (styled) ``layer``, with a scale bar in round numbers.

    ``keep_styles`` freezes the layer's current style in the map item, so restyling the
    layer later (another indicator in the panel) leaves this layout as it is. ``legend_wrap``
    breaks long legend labels into lines there (``": "``: the energy-transition types).
    """
    layout = load_template(project, template_name(size, orientation), name or title, add_to_project)
    fit_label(layout, "title", title)
    set_text(layout, "subtitle", subtitle)
    set_text(layout, "source", source)
    map_item = item(layout, "map")
    map_item.setLayers([layer])
    map_item.setCrs(layer.crs())
    rect = extent or layer.extent()
    rect = rect.buffered(max(rect.width(), rect.height()) * 0.02)
    map_item.zoomToExtent(rect)
    fix_scalebar(layout, map_item.scale())
    if keep_styles:
        map_item.setKeepLayerStyles(True)
        map_item.storeCurrentLayerStyles()
    if legend_wrap:
        item(layout, "legend").setWrapString(legend_wrap)
    fill_legend(layout, [layer], legend_title, 32 if orientation == LANDSCAPE else 60,
                0 if orientation == LANDSCAPE else 7)
    fill_logo(layout, logo)
    layout.undoStack().blockCommands(False)
    return layout


def coverage_renderer() -> QgsRuleBasedRenderer:
    """The atlas area: a dark outline; the other areas: veiled in white so the area stands out."""
    root = QgsRuleBasedRenderer.Rule(None)
    current = QgsFillSymbol.createSimple({"style": "no", "outline_color": "#1a1a1a", "outline_width": "0.7",
                                          "outline_width_unit": "MM", "joinstyle": "round"})
    others = QgsFillSymbol.createSimple({"color": "255,255,255,150", "outline_color": "#ffffff",
                                         "outline_width": "0.3", "outline_width_unit": "MM"})
    root.appendChild(QgsRuleBasedRenderer.Rule(others, 0, 0, "$id <> @atlas_featureid",
                                               translate("Layout", "Other areas")))
    root.appendChild(QgsRuleBasedRenderer.Rule(current, 0, 0, "$id = @atlas_featureid",
                                               translate("Layout", "This area")))
    return QgsRuleBasedRenderer(root)


@dataclass
class PerceptionPage:
    """What the atlas's facts-and-perceptions page shows, and from which layers.

    ``chart_layer`` (fields of :func:`chart_fields`; None: the layer has no wijkprofiel scores) is
    drawn in the map item ``perception_chart``; ``rows_layer`` (fields of :func:`perception_fields`)
    feeds the domain table (``section`` = 'domain') and the similar-areas table ('similar'); the
    coverage's ``cluster`` field is the cluster text.
    """

    rows_layer: QgsVectorLayer
    chart_layer: QgsVectorLayer | None = None
    n_domains: int = 0
    similar: int = 0  #: the number of indicators compared with similar areas
    cluster: bool = False
    intro: str = ""
    similar_intro: str = ""
    source: str = ""


#: the blocks of the facts-and-perceptions page, top to bottom: a block absent from the layer goes, the
#: blocks below move up
PERCEPTION_BLOCKS = (("chart", ("perception_chart", "perception_table")),
                     ("similar", ("similar_title", "similar_intro", "similar_table")),
                     ("cluster", ("cluster_title", "cluster_text")))
AREA_FILTER = "\"area\" = attribute(@atlas_feature, 'code')"


def atlas_layout(project, layer, coverage, profile_layer, title_expression: str, subtitle: str, source: str,
                 legend_title: str, profile_intro: str, logo: str | None = None, name: str | None = None,
                 add_to_project: bool = True, profile: bool = True,
                 perception: PerceptionPage | None = None) -> QgsPrintLayout:
    """The atlas: per page feature of ``coverage`` a map page zoomed to it, (``profile``) its profile page and
    (``perception``) its facts-and-perceptions page.

    ``coverage`` has the fields of :func:`coverage_fields`; only areas with ``in_atlas`` = 1 get
    pages, in the order of their code; the others are only veiled on the map. ``profile_layer``
    has the fields of :func:`profile_fields` with ``area`` = ``code``.
    """
    layout = load_template(project, ATLAS_TEMPLATE, name or translate("Layout", "Wijk atlas"), add_to_project)
    if perception is None:
        _remove_page(layout, 2)
    if not profile:
        _remove_page(layout, 1)
    apply_renderer(coverage, coverage_renderer())
    set_text(layout, "title", f"[% {title_expression} %]")
    set_text(layout, "subtitle", subtitle)
    set_text(layout, "source", source)
    map_item = item(layout, "map")
    map_item.setLayers([coverage, layer])
    map_item.setCrs(layer.crs())
    map_item.zoomToExtent(coverage.extent())
    map_item.setAtlasDriven(True)
    # standard map scales (1:5.000, 1:10.000 …) read well and give the scale bar round numbers
    map_item.setAtlasScalingMode(QgsLayoutItemMap.AtlasScalingMode.Predefined)
    map_item.setAtlasMargin(0.12)
    layout.renderContext().setPredefinedScales(list(ATLAS_SCALES))
    set_scalebar_units(layout, largest_atlas_scale(coverage, map_item))
    fill_legend(layout, [layer], legend_title, 60, 7)
    fill_logo(layout, logo)
    if profile:
        set_text(layout, "profile_title", translate("Layout", "Area profile: [% {expr} %]").format(
            expr=title_expression))
        set_text(layout, "profile_intro", profile_intro)
        set_text(layout, "profile_areas", translate("Layout", "Buurten in this area: [% \"members\" %]"))
        set_text(layout, "profile_source", source)
        profile_conditional_styles(profile_layer)
        _set_table_layer(layout, "profile_table", profile_layer, profile_columns,
                         "\"area\" = attribute(@atlas_feature, 'code')")
    if perception is not None:
        _fill_perception_page(layout, perception, title_expression)
    atlas = layout.atlas()
    atlas.setCoverageLayer(coverage)
    atlas.setPageNameExpression(title_expression)
    atlas.setFilterFeatures(True)
    atlas.setFilterExpression('"in_atlas" = 1')
    atlas.setSortFeatures(True)
    atlas.setSortExpression('"code"')
    atlas.setEnabled(True)
    layout.undoStack().blockCommands(False)
    return layout


def _set_table_layer(layout: QgsLayout, item_id: str, layer, columns, feature_filter: str) -> None:
    frame = item(layout, item_id)
    table = frame.multiFrame()
    frame_size = frame.sizeWithUnits()
    table.setVectorLayer(layer)  # resets the columns to every field and may widen the frame
    table.setColumns(columns(frame_size.width()))
    frame.attemptResize(frame_size)
    table.setFilterFeatures(True)
    table.setFeatureFilter(feature_filter)
    table.setUseConditionalStyling(True)
    table.refresh()


def _page_top(layout_item) -> float:
    return layout_item.pagePositionWithUnits().y()


def _page_bottom(layout_item) -> float:
    return _page_top(layout_item) + layout_item.sizeWithUnits().height()


def _move_to(layout_item, y: float) -> None:
    pos = layout_item.pagePositionWithUnits()
    layout_item.attemptMove(QgsLayoutPoint(pos.x(), y, MM), page=layout_item.page())


def _remove_items(layout: QgsLayout, item_ids) -> None:
    for item_id in item_ids:
        it = item(layout, item_id)
        if it is None:
            continue
        multi = it.multiFrame() if isinstance(it, QgsLayoutFrame) else None
        layout.removeLayoutItem(it)
        if multi is not None and multi in layout.multiFrames():
            layout.removeMultiFrame(multi)


def _fill_perception_page(layout: QgsLayout, page: PerceptionPage, title_expression: str) -> None:
    set_text(layout, "perception_title", translate("Layout", "Facts and perceptions: [% {expr} %]").format(
        expr=title_expression))
    set_text(layout, "perception_intro", page.intro)
    set_text(layout, "similar_intro", page.similar_intro)
    set_text(layout, "cluster_text", '[% "cluster" %]')
    set_text(layout, "perception_source", page.source)
    present = {"chart": page.chart_layer is not None and page.n_domains > 0, "similar": page.similar,
               "cluster": page.cluster}
    chart = item(layout, "perception_chart")
    if present["chart"] and chart is not None:
        width = chart.sizeWithUnits().width()
        chart.attemptResize(QgsLayoutSize(width, chart_height_mm(page.n_domains, width), MM))
        chart.setLayers([page.chart_layer])
        chart.setCrs(page.chart_layer.crs())
        chart.setExtent(QgsRectangle(0, -chart_height(page.n_domains), CHART_UNITS_WIDTH, 0))
        chart.setAtlasDriven(False)
        chart.setKeepLayerSet(True)
        table = item(layout, "perception_table")
        if table is not None:
            rows = page.n_domains + 2  # the heading, the domains and all domains together
            table.attemptResize(QgsLayoutSize(table.sizeWithUnits().width(), TABLE_ROW_MM * rows + 2, MM))
            _move_to(table, _page_bottom(chart) + 2)
            _set_table_layer(layout, "perception_table", page.rows_layer, domain_columns,
                             f"{AREA_FILTER} AND \"section\" = 'domain'")
    table = item(layout, "similar_table")
    if present["similar"] and table is not None:
        # a heading of up to three lines, then a row of one or two lines per indicator
        height = min(table.sizeWithUnits().height(), 14.0 + 9.0 * page.similar + 4)
        table.attemptResize(QgsLayoutSize(table.sizeWithUnits().width(), height, MM))
        _set_table_layer(layout, "similar_table", page.rows_layer, similar_columns,
                         f"{AREA_FILTER} AND \"section\" = 'similar'")
    intro = item(layout, "perception_intro")
    cursor = _page_bottom(intro) + 2 if intro is not None else 40.0
    for key, ids in PERCEPTION_BLOCKS:
        if not present[key]:
            _remove_items(layout, ids)
            continue
        items = [item(layout, i) for i in ids if item(layout, i) is not None]
        if not items:
            continue
        shift = cursor - min(_page_top(i) for i in items)
        for it in items:
            _move_to(it, _page_top(it) + shift)
        cursor = max(_page_bottom(i) for i in items) + 5
    text = item(layout, "cluster_text")
    source = item(layout, "perception_source")
    if text is not None and source is not None:  # the cluster text may fill the page down to the source line
        text.attemptResize(QgsLayoutSize(text.sizeWithUnits().width(),
                                         max(10.0, _page_top(source) - 3 - _page_top(text)), MM))


def largest_atlas_scale(coverage, map_item) -> float:
    """The largest of :data:`ATLAS_SCALES` an atlas page of ``coverage`` will be drawn at."""
    size = map_item.sizeWithUnits()
    width, height = max(size.width(), 1.0), max(size.height(), 1.0)
    needed = 0.0
    request = QgsFeatureRequest().setFilterExpression('"in_atlas" = 1').setNoAttributes()
    for feature in coverage.getFeatures(request):
        box = feature.geometry().boundingBox()
        # map units per mm, with the atlas margin on both sides, as a scale (map units in metres)
        needed = max(needed, max(box.width() / width, box.height() / height) * (1 + 2 * 0.12) * 1000)
    return next((s for s in ATLAS_SCALES if s >= needed), ATLAS_SCALES[-1])


def hide_profile_columns(layout: QgsLayout, attributes) -> None:
    """Drop columns of the profile table (the national value or the trend when there is none); the indicator
    widens."""
    frame = item(layout, "profile_table")
    if frame is None or not attributes:
        return
    table = frame.multiFrame()
    table.setColumns(profile_columns(frame.sizeWithUnits().width(), without=tuple(attributes)))


def _remove_page(layout: QgsLayout, index: int) -> None:
    """Delete page ``index`` with everything on it (the profile page when no profile is wanted)."""
    pages = layout.pageCollection()
    if pages.page(index) is None:
        return
    multis = []
    for it in pages.itemsOnPage(index):
        if isinstance(it, QgsLayoutItemPage):
            continue  # deletePage removes the page itself
        if isinstance(it, QgsLayoutFrame) and it.multiFrame() is not None:
            multis.append(it.multiFrame())
        layout.removeLayoutItem(it)
    for multi in multis:
        if multi in layout.multiFrames():
            layout.removeMultiFrame(multi)
    pages.deletePage(index)


WORSE_TEXT, BETTER_TEXT = "#b2182b", "#2166ac"


def _conditional(expression: str, colour: str, size: float = 9) -> QgsConditionalStyle:
    style = QgsConditionalStyle(expression)
    style.setTextColor(QColor(colour))
    style.setFont(_font(size, True))
    return style


def profile_conditional_styles(profile_layer) -> None:
    """The wijkprofiel's judgement and trend in red (worse) or blue (better), bold."""
    styles = profile_layer.conditionalStyles()
    styles.setFieldStyles("judgement_text", [_conditional("\"judgement\" = 'worse'", WORSE_TEXT),
                                             _conditional("\"judgement\" = 'better'", BETTER_TEXT)])
    if profile_layer.fields().lookupField("trend_text") >= 0:
        styles.setFieldStyles("trend_text", [_conditional("\"trend_class\" = 'worse'", WORSE_TEXT),
                                             _conditional("\"trend_class\" = 'better'", BETTER_TEXT)])


def perception_conditional_styles(rows_layer) -> None:
    """The gap blue when residents are more positive than the figures, orange when less; the comparison with
    similar areas red (worse) or blue (better)."""
    styles = rows_layer.conditionalStyles()
    styles.setFieldStyles("value_c", [_conditional("\"judgement\" = 'more_positive'", BETTER_GAP),
                                      _conditional("\"judgement\" = 'less_positive'", WORSE_GAP)])
    styles.setFieldStyles("judgement_text", [_conditional("\"judgement\" = 'worse'", WORSE_TEXT, 8.5),
                                             _conditional("\"judgement\" = 'better'", BETTER_TEXT, 8.5)])


# -- the atlas layers ---------------------------------------------------------------------
#
# An atlas has three layers of its own: the buurten it maps (a copy, styled for the atlas, so the
# user's layer is never touched), one feature per page area (coverage) and the wijkprofiel rows.
# They are built as plain fields + features, so the same data can become memory layers (an
# export) or a GeoPackage that the project keeps (the panel: an atlas that survives a reopen).


def area_label(code: str, name: str | None, area_field: str) -> str:
    if name:
        return str(name)
    if area_field.lower() in ("wijkcode", "wk_code"):
        return translate("Layout", "Wijk {code}").format(code=code)
    return str(code)


def _fields(specs) -> QgsFields:
    fields = QgsFields()
    for name, kind in specs:
        fields.append(make_field(name, kind))
    return fields


def coverage_fields() -> QgsFields:
    """code, label (the page title), members (the buurten), count, in_atlas (1 = has pages), note (why not),
    cluster (where its units lie in clusters, for the facts-and-perceptions page)."""
    return _fields((("code", "string"), ("label", "string"), ("members", "string"), ("count", "int"),
                    ("in_atlas", "int"), ("note", "string"), ("cluster", "string")))


def coverage_features(groups: dict, areas, fields: QgsFields) -> list:
    """One feature per area: the union of its geometries (``groups``: code → geometries) and its row of
    ``areas`` (a frame indexed by code with label, members, count, in_atlas, note and optionally cluster)."""
    features = []
    for code in sorted(groups):
        if code not in areas.index:
            continue
        row = areas.loc[code]
        geometry = QgsGeometry.unaryUnion(groups[code])
        geometry.convertToMultiType()
        feature = QgsFeature(fields)
        feature.setGeometry(geometry)
        feature.setAttributes([code, str(row["label"]), str(row["members"]), int(row["count"]),
                               int(bool(row["in_atlas"])), str(row["note"] or ""), str(row.get("cluster") or "")])
        features.append(feature)
    return features


PROFILE_TABLE_COLUMNS = ("area", "position", "indicator", "area_text", "municipal_text", "national_text",
                         "judgement_text", "judgement", "field", "trend_text", "trend_class")


def _table_fields(columns) -> QgsFields:
    """Text fields, and ``position`` (the order of the rows) as a number: the rows of a page's tables."""
    return _fields((c, "int" if c == "position" else "string") for c in columns)


def _table_features(rows, columns, fields: QgsFields) -> list:
    features = []
    for row in rows[list(columns)].itertuples(index=False):
        feature = QgsFeature(fields)
        feature.setAttributes([int(v) if c == "position" else ("" if v is None else str(v))
                               for c, v in zip(columns, row)])
        features.append(feature)
    return features


def profile_fields() -> QgsFields:
    return _table_fields(PROFILE_TABLE_COLUMNS)


def profile_features(profile, fields: QgsFields) -> list:
    """The wijkprofiel rows (a frame from :func:`wijkmonitor_plugin.core.profile.area_profile`) as features."""
    return _table_features(profile, PROFILE_TABLE_COLUMNS, fields)


PERCEPTION_COLUMNS = ("area", "section", "position", "label", "value_a", "value_b", "value_c", "judgement",
                      "judgement_text", "count_text")


def perception_fields() -> QgsFields:
    return _table_fields(PERCEPTION_COLUMNS)


def perception_features(rows, fields: QgsFields) -> list:
    """The rows of the facts-and-perceptions page (a frame with :data:`PERCEPTION_COLUMNS`) as features."""
    return _table_features(rows, PERCEPTION_COLUMNS, fields)


CHART_COLUMNS = (("area", "string"), ("z", "int"), ("fill", "string"), ("stroke", "string"),
                 ("stroke_width", "double"), ("text", "string"), ("text_colour", "string"), ("size", "double"),
                 ("bold", "int"), ("align", "string"), ("tx", "double"), ("ty", "double"))


def chart_fields() -> QgsFields:
    fields = QgsFields()
    for name, kind in CHART_COLUMNS:
        fields.append(make_field(name, kind, precision=3 if kind == "double" else 0))
    return fields


def chart_features(marks, fields: QgsFields) -> list:
    """The marks of :mod:`wijkmonitor_plugin.core.profile_chart` as polygons; a text stands on a speck."""
    from qgis.core import QgsPointXY

    from ..core.profile_chart import polygon

    features = []
    for mark in marks:
        feature = QgsFeature(fields)
        ring = polygon(mark)
        geometry = QgsGeometry.fromPolygonXY([[QgsPointXY(x, y) for x, y in ring]])
        geometry.convertToMultiType()
        feature.setGeometry(geometry)
        tx, ty = mark["coords"][:2] if mark["shape"] == "anchor" else (None, None)
        feature.setAttributes([mark["area"] if mark["area"] is not None else NULL, int(mark["z"]), mark["fill"],
                               mark["stroke"], float(mark["stroke_width"]),
                               mark["text"] if mark["text"] is not None else NULL, mark["text_colour"],
                               float(mark["size"]), int(mark["bold"]), mark["align"],
                               float(tx) if tx is not None else NULL, float(ty) if ty is not None else NULL])
        features.append(feature)
    return features


CHART_FILTER = f"\"area\" IS NULL OR {AREA_FILTER}"


def chart_renderer() -> QgsRuleBasedRenderer:
    """The chart's marks: fill, outline and outline width from their fields, in chart units, in the order of
    ``z``; only the shared marks and those of the atlas page's area."""
    from qgis.core import QgsFeatureRequest, QgsProperty, QgsSymbolLayer

    symbol = QgsFillSymbol.createSimple({"color": "0,0,0,0", "outline_color": "0,0,0,0", "outline_width": "0",
                                         "outline_width_unit": "MapUnit", "joinstyle": "miter"})
    layer = symbol.symbolLayer(0)
    layer.setDataDefinedProperty(QgsSymbolLayer.Property.PropertyFillColor, QgsProperty.fromField("fill"))
    layer.setDataDefinedProperty(QgsSymbolLayer.Property.PropertyStrokeColor, QgsProperty.fromField("stroke"))
    layer.setDataDefinedProperty(QgsSymbolLayer.Property.PropertyStrokeWidth, QgsProperty.fromField("stroke_width"))
    root = QgsRuleBasedRenderer.Rule(None)
    root.appendChild(QgsRuleBasedRenderer.Rule(symbol, 0, 0, CHART_FILTER, translate("Layout", "Chart")))
    renderer = QgsRuleBasedRenderer(root)
    renderer.setOrderBy(QgsFeatureRequest.OrderBy([QgsFeatureRequest.OrderByClause('"z"', True)]))
    renderer.setOrderByEnabled(True)
    return renderer


def chart_labeling():
    """The chart's texts at their anchors (``tx``, ``ty``), size, weight, colour and alignment from their
    fields; sizes in chart units, so the text scales with the chart."""
    from qgis.core import QgsPalLayerSettings, QgsProperty, QgsPropertyCollection, QgsRuleBasedLabeling

    fmt = QgsTextFormat()
    fmt.setFont(_font(9))
    fmt.setSize(12)
    fmt.setSizeUnit(QgsUnitTypes.RenderUnit.RenderMapUnits)
    fmt.setColor(QColor(TEXT_COLOUR))
    settings = QgsPalLayerSettings()
    settings.fieldName = "text"
    settings.placement = QgsPalLayerSettings.Placement.OverPoint
    settings.displayAll = True  # every text of the chart, however close
    settings.setFormat(fmt)
    props = QgsPropertyCollection()
    for key, name in ((QgsPalLayerSettings.Property.PositionX, "tx"), (QgsPalLayerSettings.Property.PositionY, "ty"),
                      (QgsPalLayerSettings.Property.Hali, "align"), (QgsPalLayerSettings.Property.Size, "size"),
                      (QgsPalLayerSettings.Property.Bold, "bold"), (QgsPalLayerSettings.Property.Color, "text_colour")):
        props.setProperty(key, QgsProperty.fromField(name))
    props.setProperty(QgsPalLayerSettings.Property.Vali, QgsProperty.fromValue("Half"))
    settings.setDataDefinedProperties(props)
    root = QgsRuleBasedLabeling.Rule(None)
    root.appendChild(QgsRuleBasedLabeling.Rule(settings, 0, 0, f"\"text\" IS NOT NULL AND ({CHART_FILTER})"))
    return QgsRuleBasedLabeling(root)


def style_chart_layer(layer) -> None:
    """Draw the chart layer for the atlas (see :func:`chart_renderer`, :func:`chart_labeling`)."""
    from .style import apply_labeling

    apply_renderer(layer, chart_renderer())
    apply_labeling(layer, chart_labeling())
    layer.setLabelsEnabled(True)


def memory_layer(name: str, fields: QgsFields, features, crs=None) -> QgsVectorLayer:
    """A memory layer (MultiPolygon in ``crs``, or a table without geometry when ``crs`` is None)."""
    uri = "None" if crs is None else f"MultiPolygon?crs={crs.authid() or 'EPSG:28992'}"
    out = QgsVectorLayer(uri, name, "memory")
    if crs is not None and not crs.authid():
        out.setCrs(crs)
    out.dataProvider().addAttributes(fields.toList())
    out.updateFields()
    out.dataProvider().addFeatures(list(features))
    out.updateExtents()
    return out


def member_list(names, limit: int = 900) -> str:
    """The sorted names, comma separated, cut at about ``limit`` characters with '…'."""
    text = ", ".join(sorted(names))
    return text if len(text) <= limit else text[:limit].rsplit(", ", 1)[0] + ", …"


STYLE_TABLE = "layer_styles"


def style_qml(layer) -> str:
    """The layer's style as a QML document (what QGIS keeps in a GeoPackage's ``layer_styles``)."""
    doc = QDomDocument()
    layer.exportNamedStyle(doc, QgsReadWriteContext())
    return doc.toString()


def style_table(rows) -> tuple:
    """QGIS's ``layer_styles`` table (as QGIS writes it into a GeoPackage when a style is saved to it) with
    one default style per ``(table, geometry column, qml, description)`` row, for :func:`write_geopackage`.

    QGIS opening a layer of the GeoPackage takes the row with its table name, geometry column and
    ``useAsDefault`` = 1 as the layer's style, in any project and on any machine.
    """
    fields = _fields((("f_table_catalog", "string"), ("f_table_schema", "string"), ("f_table_name", "string"),
                      ("f_geometry_column", "string"), ("styleName", "string"), ("styleQML", "string"),
                      ("styleSLD", "string"), ("useAsDefault", "int"), ("description", "string"),
                      ("owner", "string"), ("ui", "string"), ("update_time", "string")))
    now = QDateTime.currentDateTimeUtc().toString("yyyy-MM-ddTHH:mm:ss.zzzZ")
    features = []
    for table, geometry_column, qml, description in rows:
        feature = QgsFeature(fields)
        feature.setAttributes(["", "", table, geometry_column, "wijkmonitor", qml, "", 1, description, "", NULL,
                               now])
        features.append(feature)
    return STYLE_TABLE, fields, None, features


def write_geopackage(path, layers, transform_context, feedback=None) -> Path:
    """Layers ``(name, fields, crs or None, features)`` into one new GeoPackage, completely or not at all."""
    from qgis.core import QgsVectorFileWriter, QgsWkbTypes

    path = Path(path)
    with atomic_output(path) as tmp:
        for i, (name, fields, crs, features) in enumerate(layers):
            options = QgsVectorFileWriter.SaveVectorOptions()
            options.driverName = "GPKG"
            options.layerName = name
            options.fileEncoding = "UTF-8"
            if i:
                options.actionOnExistingFile = QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer
            if name == STYLE_TABLE:
                options.layerOptions = ["FID=id"]  # the key column QGIS gives this table
            geometry = QgsWkbTypes.Type.MultiPolygon if crs is not None else QgsWkbTypes.Type.NoGeometry
            writer = QgsVectorFileWriter.create(str(tmp), fields, geometry,
                                                crs if crs is not None else QgsCoordinateReferenceSystem(),
                                                transform_context, options)
            if writer.hasError() != QgsVectorFileWriter.WriterError.NoError:
                raise OSError(translate("Layout", "Could not write {path}: {error}").format(
                    path=path, error=writer.errorMessage()))
            for j, feature in enumerate(features):
                if feedback is not None and j % 1000 == 0 and feedback.isCanceled():
                    raise OSError(translate("Layout", "Cancelled."))
                if not writer.addFeature(feature):
                    raise OSError(translate("Layout", "Could not write {path}: {error}").format(
                        path=path, error=writer.errorMessage()))
            del writer  # closes the layer
    return path


# -- export -------------------------------------------------------------------------------


def pdf_settings(dpi: float) -> QgsLayoutExporter.PdfExportSettings:
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.dpi = dpi
    settings.rasterizeWholeImage = False
    settings.forceVectorOutput = False
    settings.simplifyGeometries = True
    settings.appendGeoreference = False
    settings.exportMetadata = True
    # real text (selectable, small files, fast), not every glyph as a path
    settings.textRenderFormat = Qgis.TextRenderFormat.AlwaysText
    return settings


def _check(result, error, path):
    if result != QgsLayoutExporter.ExportResult.Success:
        raise OSError(translate("Layout", "Could not write {path}: {error}").format(path=path, error=error or result))


def export_pdf(layout: QgsLayout, path, dpi: float = 200) -> Path:
    with atomic_output(path) as tmp:
        result = QgsLayoutExporter(layout).exportToPdf(str(tmp), pdf_settings(dpi))
        _check(result, "", path)
    return Path(path)


def export_png(layout: QgsLayout, path, dpi: float = 150) -> Path:
    """The first page of ``layout`` as PNG."""
    settings = QgsLayoutExporter.ImageExportSettings()
    settings.dpi = dpi
    settings.pages = [0]
    settings.generateWorldFile = False
    settings.exportMetadata = False  # GDAL cannot update PNG metadata in place
    with atomic_output(path) as tmp, _quiet_gdal():
        result = QgsLayoutExporter(layout).exportToImage(str(tmp), settings)
        _check(result, "", path)
    return Path(path)


@contextmanager
def _quiet_gdal():
    """QGIS tries to georeference every exported image; GDAL cannot update a PNG and says so on stderr."""
    try:
        from osgeo import gdal
    except ImportError:  # pragma: no cover - GDAL's Python bindings ship with QGIS
        yield
        return
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        yield
    finally:
        gdal.PopErrorHandler()


def export_atlas_pdf(layout: QgsPrintLayout, path, dpi: float = 200, feedback=None) -> Path:
    """All atlas pages into one PDF."""
    atlas = layout.atlas()
    with atomic_output(path) as tmp:
        result, error = QgsLayoutExporter.exportToPdf(atlas, str(tmp), pdf_settings(dpi), feedback)
        _check(result, error, path)
    return Path(path)


class PdfBook:
    """Pages of several layouts, in order, in one vector PDF; written completely or not at all.

    Use as a context manager and call :meth:`add` per layout right after filling it, so
    one layer can be restyled between layouts.
    """

    def __init__(self, path, dpi: float = 200, title: str = ""):
        self.path = Path(path)
        self.dpi = dpi
        self.title = title
        self.pages = 0
        self._atomic = None
        self._writer = None
        self._painter = None

    def __enter__(self):
        self._atomic = atomic_output(self.path)
        tmp = self._atomic.__enter__()
        self._writer = QPdfWriter(str(tmp))
        self._writer.setResolution(int(self.dpi))
        self._writer.setTitle(self.title)
        self._writer.setCreator("Wijkmonitor (QGIS)")
        return self

    def add(self, layout: QgsLayout) -> None:
        exporter = QgsLayoutExporter(layout)
        layout.renderContext().setDpi(self.dpi)
        # real text, as pdf_settings asks of QGIS's own export (renderPage takes the layout's own format, which
        # is outlines unless the layout says otherwise)
        layout.renderContext().setTextRenderFormat(Qgis.TextRenderFormat.AlwaysText)
        pages = layout.pageCollection()
        for p in range(pages.pageCount()):
            size = pages.page(p).pageSize()
            self._writer.setPageSize(QPageSize(QSizeF(size.width(), size.height()), QPageSize.Unit.Millimeter))
            self._writer.setPageMargins(QMarginsF(0, 0, 0, 0))
            if self._painter is None:
                self._painter = QPainter(self._writer)
            else:
                self._writer.newPage()
            exporter.renderPage(self._painter, p)
            self.pages += 1

    def __exit__(self, exc_type, exc, tb):
        if self._painter is not None:
            self._painter.end()
        self._painter = None
        self._writer = None
        if exc_type is None and self.pages == 0:
            exc_type, exc = ValueError, ValueError("no pages to write")
        return self._atomic.__exit__(exc_type, exc, tb)
