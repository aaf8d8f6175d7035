"""A map of a result for an HTML report: drawn by QGIS with the output's own style, as a PNG.

:func:`result_map` copies the geometries of the input and the result columns the map needs into a
memory layer (the written output may still be open in its sink while the report is written), draws it
with the same draw function the written output gets (:mod:`.style_outputs`), renders it with
:class:`QgsMapRendererCustomPainterJob` into a ``QImage`` (safe in Processing's worker thread: no
widget, no pixmap) and returns the PNG with the legend of its renderer, for
:mod:`wijkmonitor_plugin.core.index_report` and :mod:`wijkmonitor_plugin.core.scenario_report`
to embed as a data URI.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass, field

import pandas as pd
from qgis.core import (
    QgsMapRendererCustomPainterJob,
    QgsMapSettings,
    QgsMemoryProviderUtils,
    QgsRectangle,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from qgis.PyQt.QtGui import QColor, QImage, QPainter

from .frames import fields_for_frame, write_source_with_frame
from .style import apply_labeling, label_settings

#: the picture's width in pixels (the report's column is about 62em ≈ 1000 px); its height follows the areas
MAP_WIDTH = 900
MAX_HEIGHT = 900
MARGIN = 0.02


@dataclass
class MapPicture:
    """A rendered map: ``png`` bytes and ``legend`` [(colour '#rrggbb', label)] in the renderer's order."""

    png: bytes
    legend: list = field(default_factory=list)
    width: int = 0
    height: int = 0

    def as_dict(self, caption: str = "", alt: str = "") -> dict:
        """What a report page embeds: the PNG as base64, the legend, a caption and the alternative text."""
        return {"png_base64": base64.b64encode(self.png).decode("ascii"), "legend": self.legend,
                "width": self.width, "height": self.height, "caption": caption, "alt": alt}


def has_areas(source) -> bool:
    """Whether ``source`` has geometries to map (a table without geometry gets a report without a map)."""
    return QgsWkbTypes.geometryType(source.wkbType()) != QgsWkbTypes.GeometryType.NullGeometry


def result_layer(source, columns: pd.DataFrame, name: str = "map"):
    """A memory layer with the geometries of ``source`` and the ``columns`` (indexed by feature id)."""
    fields = fields_for_frame(columns)
    layer = QgsMemoryProviderUtils.createMemoryLayer(name, fields, source.wkbType(), source.sourceCrs())
    write_source_with_frame(source, layer.dataProvider(), columns, fields, keep_source_attributes=False)
    layer.updateExtents()
    return layer


def legend_of(layer) -> list:
    """[(colour, label)] of the layer's renderer, as its legend shows them."""
    out = []
    renderer = layer.renderer()
    if renderer is None:
        return out
    for item in renderer.legendSymbolItems():
        symbol = item.symbol()
        if symbol is None:
            continue
        out.append((symbol.color().name(), item.label()))
    return out


def render_layer(layer, width: int = MAP_WIDTH, max_height: int = MAX_HEIGHT) -> MapPicture:
    """``layer`` drawn over its whole extent on white, ``width`` pixels wide."""
    extent = QgsRectangle(layer.extent())
    extent.grow(max(extent.width(), extent.height()) * MARGIN)
    aspect = extent.height() / extent.width() if extent.width() > 0 else 1.0
    height = max(1, min(max_height, int(round(width * aspect))))
    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(layer.crs())
    settings.setExtent(extent)
    settings.setOutputSize(QSize(width, height))
    settings.setOutputDpi(96)
    settings.setBackgroundColor(QColor("white"))
    image = QImage(QSize(width, height), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        job = QgsMapRendererCustomPainterJob(settings, painter)
        job.renderSynchronously()
    finally:
        painter.end()
    legend = legend_of(layer)
    return MapPicture(png_bytes(image, [colour for colour, _ in legend]), legend, width, height)


def colour_table(colours) -> list:
    """The 8-bit palette of a map picture: the legend's colours exactly, white, and a ramp of greys (outlines,
    hatching, label halos); at most 256 entries."""
    table = [QColor(c).rgb() for c in colours]
    table += [QColor(v, v, v).rgb() for v in range(0, 256, 5)]
    return list(dict.fromkeys(table))[:256]


def png_bytes(image: QImage, colours=()) -> bytes:
    """``image`` as an 8-bit PNG whose palette holds ``colours`` exactly: a third of the size of a true-colour
    PNG, and every class colour in the picture is the legend's (Qt's own 8-bit palette would merge classes)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    indexed = image.convertToFormat(QImage.Format.Format_Indexed8, colour_table(colours),
                                    Qt.ImageConversionFlag.ThresholdDither)
    indexed.save(buffer, "PNG")
    buffer.close()
    return bytes(data)


def result_map(source, columns: pd.DataFrame, draw, label_field: str | None = None,
               label_where: str | None = None, width: int = MAP_WIDTH) -> MapPicture | None:
    """The map of ``columns`` on the areas of ``source``: styled by ``draw(layer)``, optionally labelled;
    None for a table without geometry.

    ``label_field`` (a column of ``columns``) is written on the areas where ``label_where`` (a QGIS
    expression) holds, e.g. the rank of the ten most deprived areas.
    """
    if not has_areas(source):
        return None
    layer = result_layer(source, columns)
    draw(layer)
    if label_field:
        apply_labeling(layer, label_settings(label_field, 8.0, label_where, fit_in_polygon=False))
        layer.setLabelsEnabled(True)
    return render_layer(layer, width)
