"""The panel's chart: the chosen indicator across the layer's areas, the selected buurten highlighted.

Two views: every area as a bar, sorted by value (the position of a buurt among all buurten at a
glance), or a histogram. Bars take the colour of their map class. Drawn with QPainter from numpy
arrays, so a national layer (14,500 buurten) draws as fast as a municipality: beyond one bar per
pixel the sorted values are drawn per pixel column. A map of categories (energy-transition types,
cluster classes) is shown as the number of areas per category instead (:meth:`IndicatorChart.set_categories`).
"""

from __future__ import annotations

import numpy as np
from qgis.PyQt.QtCore import QPointF, QRectF, QSize, Qt, pyqtSignal
from qgis.PyQt.QtGui import QColor, QPainter, QPainterPath, QPen, QPolygonF
from qgis.PyQt.QtWidgets import QSizePolicy, QToolTip, QWidget

from ..core import classify as cl
from ..core import palettes
from ..i18n import translate

BARS = "bars"
HISTOGRAM = "histogram"
HISTOGRAM_BINS = 20
HIGHLIGHT = QColor("#1a1a1a")


def class_indices(classification: cl.Classification | None, values: np.ndarray) -> np.ndarray:
    """The class of every value (-1: missing or outside the classes), vectorised."""
    out = np.full(values.shape, -1, dtype=int)
    if classification is None or not classification.classes:
        return out
    finite = np.isfinite(values)
    if classification.categorical:
        for i, c in enumerate(classification.classes):
            out[finite & (values == c.value)] = i
        return out
    uppers = np.array([c.upper for c in classification.classes], dtype=float)
    idx = np.searchsorted(uppers, values, side="left")
    inside = finite & (idx < len(uppers)) & (values >= classification.classes[0].lower)
    out[inside] = idx[inside]
    return out


class IndicatorChart(QWidget):
    """Sorted bars or a histogram of one indicator; click a bar to pick its area."""

    area_clicked = pyqtSignal(int)  # feature id

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setMinimumHeight(130)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.mode = BARS
        self.lang = "en"
        self.unit = ""
        self.decimals = 1
        self.reference = None
        self.reference_label = ""
        self._values = np.array([], dtype=float)  # finite values, sorted
        self._fids = np.array([], dtype=np.int64)  # their feature ids
        self._colours: list[str] = []  # per sorted value
        self._names: dict = {}
        self._missing = 0
        self._selected: list[int] = []
        self._classification = None
        self._categories: list[tuple[str, int, str]] = []  # (label, areas, colour) of a map of categories
        self._selected_categories: list[int] = []

    def sizeHint(self):  # noqa: N802 (Qt API)
        return QSize(300, 160)

    # -- data -----------------------------------------------------------------------------------
    def set_data(self, values, fids, classification=None, names=None, unit: str = "", decimals: int = 1,
                 lang: str = "en", reference=None, reference_label: str = "", colours=None) -> None:
        """The values of every area; bars in the colour of their class, or in ``colours`` (one per value)."""
        values = np.asarray(values, dtype=float)
        fids = np.asarray(fids, dtype=np.int64)
        finite = np.isfinite(values)
        order = np.argsort(values[finite], kind="stable")
        self._values = values[finite][order]
        self._fids = fids[finite][order]
        self._missing = int((~finite).sum())
        self._classification = classification
        self._categories = []
        if colours is not None:
            self._colours = list(np.asarray(colours, dtype=object)[finite][order])
        else:
            palette = [c.colour for c in classification.classes] if classification is not None else []
            indices = class_indices(classification, self._values)
            self._colours = [palette[i] if i >= 0 else palettes.NO_DATA_COLOUR for i in indices]
        self._names = names or {}
        self.unit, self.decimals, self.lang = unit, decimals, lang
        self.reference, self.reference_label = reference, reference_label
        self.update()

    def set_categories(self, categories, selected=()) -> None:
        """A map of categories: ``(label, number of areas, colour)`` per category; ``selected`` the positions of
        the categories of the selected areas."""
        self.set_data([], [])
        self._categories = [(str(label), int(count), colour) for label, count, colour in categories]
        self._selected_categories = list(selected)
        self.update()

    def categories(self) -> list[tuple[str, int, str]]:
        return list(self._categories)

    def set_selected_categories(self, positions) -> None:
        self._selected_categories = list(positions)
        self.update()

    def clear(self) -> None:
        self.set_data([], [])

    def set_selected(self, fids) -> None:
        self._selected = [int(f) for f in fids][:2]
        self.update()

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        self.update()

    def selected_positions(self) -> list[int]:
        """Where the selected areas stand among the sorted values (0 = lowest), for those with a value."""
        where = {int(f): i for i, f in enumerate(self._fids)}
        return [where[f] for f in self._selected if f in where]

    # -- geometry ---------------------------------------------------------------------------------
    def _plot_rect(self) -> QRectF:
        return QRectF(44, 8, max(10, self.width() - 52), max(10, self.height() - 30))

    def _y_range(self) -> tuple[float, float]:
        if not self._values.size:
            return 0.0, 1.0
        low, high = float(self._values[0]), float(self._values[-1])
        if self.mode == BARS:
            low = min(low, 0.0)
            high = max(high, 0.0)
        if high == low:
            high = low + 1.0
        return low, high

    def _x_of_index(self, i: int, rect: QRectF) -> float:
        return rect.left() + (i + 0.5) * rect.width() / max(1, self._values.size)

    def index_at(self, x: float) -> int | None:
        """The sorted position of the bar under ``x`` (bars view), or None."""
        rect = self._plot_rect()
        if self.mode != BARS or not self._values.size or not rect.left() <= x <= rect.right():
            return None
        return int(min(self._values.size - 1, (x - rect.left()) / rect.width() * self._values.size))

    # -- painting ---------------------------------------------------------------------------------
    def paintEvent(self, _event):  # noqa: N802 (Qt API)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.fillRect(self.rect(), self.palette().base())
        rect = self._plot_rect()
        if self._categories:
            self._paint_categories(painter)
            return
        if not self._values.size:
            painter.setPen(self.palette().text().color())
            painter.drawText(self.rect(), int(Qt.AlignmentFlag.AlignCenter),
                             translate("PanelChart", "No values to show"))
            return
        if self.mode == HISTOGRAM:
            self._paint_histogram(painter, rect)
        else:
            self._paint_bars(painter, rect)
        self._paint_axes(painter, rect)

    def _paint_categories(self, painter: QPainter) -> None:
        """One row per category: its colour, a bar as long as its number of areas, the number and the name."""
        top_count = max([count for _label, count, _colour in self._categories] + [1])
        row = max(12.0, min(20.0, (self.height() - 6) / max(1, len(self._categories))))
        font = painter.font()
        font.setPointSizeF(max(6.5, font.pointSizeF() * 0.85))
        painter.setFont(font)
        bar_width = max(20.0, self.width() * 0.35)
        for i, (label, count, colour) in enumerate(self._categories):
            y = 3 + i * row
            width = bar_width * count / top_count
            painter.fillRect(QRectF(4, y + 1, max(1.0, width), row - 3), QColor(colour or palettes.NO_DATA_COLOUR))
            painter.setPen(self.palette().text().color())
            text = f"{count}  {label}"
            painter.drawText(QRectF(8 + bar_width, y, self.width() - bar_width - 10, row),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text)
            if i in self._selected_categories:
                self._marker(painter, 4 + max(1.0, width) + 6, y + row - 2)

    def _y(self, value: float, rect: QRectF) -> float:
        low, high = self._y_range()
        return rect.bottom() - (value - low) / (high - low) * rect.height()

    def _paint_bars(self, painter: QPainter, rect: QRectF) -> None:
        n = self._values.size
        base = self._y(0.0 if self._y_range()[0] <= 0 <= self._y_range()[1] else self._y_range()[0], rect)
        if n <= rect.width() / 2:
            width = rect.width() / n
            for i, value in enumerate(self._values):
                top = self._y(float(value), rect)
                painter.fillRect(QRectF(rect.left() + i * width + 0.5, min(top, base), max(1.0, width - 1),
                                        abs(base - top)), QColor(self._colours[i]))
        else:  # one vertical line per pixel column: the largest value that falls in it
            columns = int(rect.width())
            edges = np.linspace(0, n, columns + 1).astype(int)
            for x in range(columns):
                i = min(n - 1, max(edges[x] + 1, edges[x + 1]) - 1)
                painter.setPen(QColor(self._colours[i]))
                top = self._y(float(self._values[i]), rect)
                painter.drawLine(QPointF(rect.left() + x + 0.5, base), QPointF(rect.left() + x + 0.5, top))
        for position in self.selected_positions():
            x = self._x_of_index(position, rect)
            top = self._y(float(self._values[position]), rect)
            painter.setPen(QPen(HIGHLIGHT, 2))
            painter.drawLine(QPointF(x, base), QPointF(x, top))
            self._marker(painter, x, top - 3)
        self._paint_reference(painter, rect, horizontal=True)

    def _paint_histogram(self, painter: QPainter, rect: QRectF) -> None:
        low, high = float(self._values[0]), float(self._values[-1])
        if high == low:
            high = low + 1.0
        counts, edges = np.histogram(self._values, bins=HISTOGRAM_BINS, range=(low, high))
        top_count = max(1, int(counts.max()))
        width = rect.width() / HISTOGRAM_BINS
        centres = (edges[:-1] + edges[1:]) / 2
        indices = class_indices(self._classification, centres)
        colours = [c.colour for c in self._classification.classes] if self._classification else []
        for i, count in enumerate(counts):
            height = rect.height() * count / top_count
            colour = QColor(colours[indices[i]] if indices[i] >= 0 else palettes.NO_DATA_COLOUR)
            painter.fillRect(QRectF(rect.left() + i * width + 0.5, rect.bottom() - height, width - 1, height), colour)
        for position in self.selected_positions():
            value = float(self._values[position])
            x = rect.left() + (value - low) / (high - low) * rect.width()
            painter.setPen(QPen(HIGHLIGHT, 2))
            painter.drawLine(QPointF(x, rect.bottom()), QPointF(x, rect.top() + 6))
            self._marker(painter, x, rect.top() + 3)
        if self.reference is not None and low <= self.reference <= high:
            x = rect.left() + (self.reference - low) / (high - low) * rect.width()
            painter.setPen(QPen(QColor("#555555"), 1, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()))

    def _paint_reference(self, painter: QPainter, rect: QRectF, horizontal: bool) -> None:
        low, high = self._y_range()
        if self.reference is None or not low <= self.reference <= high:
            return
        y = self._y(self.reference, rect)
        painter.setPen(QPen(QColor("#555555"), 1, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
        if self.reference_label:
            painter.drawText(QRectF(rect.left() + 4, y - 15, rect.width() - 8, 14),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom), self.reference_label)

    def _marker(self, painter: QPainter, x: float, y: float) -> None:
        path = QPainterPath()
        path.addPolygon(QPolygonF([QPointF(x - 5, y - 7), QPointF(x + 5, y - 7), QPointF(x, y)]))
        painter.fillPath(path, HIGHLIGHT)

    def _number(self, value: float) -> str:
        return cl.with_unit(cl.format_number(value, self.decimals, self.lang), cl.short_unit(self.unit))

    def _paint_axes(self, painter: QPainter, rect: QRectF) -> None:
        painter.setPen(self.palette().text().color())
        font = painter.font()
        font.setPointSizeF(max(6.5, font.pointSizeF() * 0.85))
        painter.setFont(font)
        if self.mode == BARS:
            low, high = self._y_range()
            for value in (low, high):
                painter.drawText(QRectF(0, self._y(value, rect) - 7, 40, 14),
                                 int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), self._number(value))
            caption = translate("PanelChart", "{n} areas, sorted by value").format(n=self._values.size)
        else:
            painter.drawText(QRectF(rect.left() - 20, rect.bottom() + 2, 60, 14),
                             int(Qt.AlignmentFlag.AlignLeft), self._number(float(self._values[0])))
            painter.drawText(QRectF(rect.right() - 60, rect.bottom() + 2, 80, 14),
                             int(Qt.AlignmentFlag.AlignRight), self._number(float(self._values[-1])))
            caption = translate("PanelChart", "number of areas per value ({n} areas)").format(n=self._values.size)
        if self._missing:
            caption += translate("PanelChart", "; {n} without data").format(n=self._missing)
        painter.drawText(QRectF(rect.left(), rect.bottom() + 2, rect.width(), 16),
                         int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop), caption)
        painter.setPen(QPen(QColor("#8c8c8c"), 1))
        painter.drawLine(QPointF(rect.left(), rect.bottom()), QPointF(rect.right(), rect.bottom()))

    # -- interaction --------------------------------------------------------------------------------
    def mouseMoveEvent(self, event):  # noqa: N802 (Qt API)
        index = self.index_at(event.pos().x())
        if index is None:
            QToolTip.hideText()
            return
        fid = int(self._fids[index])
        name = self._names.get(fid, str(fid))
        QToolTip.showText(event.globalPos(), f"{name}: {self._number(float(self._values[index]))}", self)

    def mousePressEvent(self, event):  # noqa: N802 (Qt API)
        index = self.index_at(event.pos().x())
        if index is not None:
            self.area_clicked.emit(int(self._fids[index]))
