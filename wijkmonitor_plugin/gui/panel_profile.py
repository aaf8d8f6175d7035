"""The panel's buurt profile: a clicked buurt next to its wijk and gemeente, or two buurten side by side.

Values are the buurt's own; the wijk and gemeente values are averages of their buurten, weighted
as the indicator catalogue says (:func:`wijkmonitor_plugin.core.profile.area_profile` does the
averaging). The judgement (▲ better / ▼ worse / = similar) follows the catalogue's direction.

Where the layer has them, the profile also shows the buurt's facts next to its perceptions (the
chart of ``wijkmonitor:wijkprofile``'s report, :class:`PerceptionChart`), the buurt against the
median of its similar buurten elsewhere (``wijkmonitor:similarareas``), the cluster it lies in
(``wijkmonitor:hotspots``) and its energy-transition type (``wijkmonitor:energytransition``).
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from qgis.core import QgsVectorLayer
from qgis.gui import QgsMapToolIdentifyFeature
from qgis.PyQt.QtCore import QByteArray, QRectF, QSize, Qt, pyqtSignal
from qgis.PyQt.QtGui import QBrush, QColor, QPainter
from qgis.PyQt.QtSvg import QSvgRenderer
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from ..core import energy as en
from ..core import profile as prof
from ..core.wijkprofile_report import chart_rows, profile_chart_svg
from ..i18n import translate

THIS, OTHER, SECOND = "this", "other", "second"
WORSE_COLOUR = "#b2182b"
BETTER_COLOUR = "#2166ac"


class ColumnCache:
    """Columns of one layer as a frame indexed by feature id, each column read at most once.

    The panel reads a column when it first needs it (the mapped indicator, a profile indicator,
    the weights); restyling or clicking again costs no I/O. ``clear()`` when the data changes.
    """

    def __init__(self, layer: QgsVectorLayer | None = None):
        self.layer = layer
        self.frame = pd.DataFrame()

    def clear(self) -> None:
        self.frame = pd.DataFrame()

    def get(self, names) -> pd.DataFrame:
        from ..qgis_adapters.frames import source_to_frame

        names = [n for n in dict.fromkeys(names) if n and self.layer.fields().lookupField(n) >= 0]
        missing = [n for n in names if n not in self.frame.columns]
        if missing:
            read = source_to_frame(self.layer, missing, layer=self.layer)
            self.frame = read if self.frame.empty else self.frame.join(read, how="outer")
        return self.frame[names]


def _rows(frame: pd.DataFrame, groups: np.ndarray, metas, lang: str) -> pd.DataFrame:
    grouped = frame.assign(_area=groups)
    return prof.area_profile(grouped, "_area", metas, lang)


def municipality_rows(frame: pd.DataFrame, fid: int, gemeente_field: str | None) -> pd.DataFrame:
    """The buurten of the gemeente of ``fid`` (all rows when the layer has no gemeente field)."""
    if not gemeente_field or gemeente_field not in frame.columns:
        return frame
    code = frame.at[fid, gemeente_field]
    return frame[frame[gemeente_field] == code] if pd.notna(code) else frame


def buurt_profile(frame: pd.DataFrame, fids, metas, lang: str = "en", wijk_field: str | None = None,
                  gemeente_field: str | None = None, names: dict | None = None) -> tuple[list, list]:
    """Headings and rows of the profile of one buurt (buurt, wijk, gemeente) or two (A, B, gemeente).

    Each row: ``indicator``, ``values`` (texts, one per value column), ``judgement`` (``better``,
    ``worse`` …) and ``judgement_text`` — the buurt against the gemeente, or A against B.
    """
    names = names or {}
    fids = [int(f) for f in fids if int(f) in frame.index][:2]
    if not fids or not metas:
        return [], []
    first = fids[0]
    municipal = municipality_rows(frame, first, gemeente_field)
    if len(fids) == 1:
        this = _rows(municipal, np.where(municipal.index == first, THIS, OTHER), metas, lang)
        this = this[this["area"] == THIS].set_index("field")
        wijk = None
        if wijk_field and wijk_field in frame.columns and pd.notna(frame.at[first, wijk_field]):
            code = frame.at[first, wijk_field]
            wijk = _rows(municipal, np.where(municipal[wijk_field] == code, THIS, OTHER), metas, lang)
            wijk = wijk[wijk["area"] == THIS].set_index("field")
        headings = [translate("PanelProfile", "Buurt"), translate("PanelProfile", "Wijk"),
                    translate("PanelProfile", "Municipality"),
                    translate("PanelProfile", "Compared with the municipality")]
        rows = []
        for meta in metas:
            if meta.field not in this.index:
                continue
            row = this.loc[meta.field]
            wijk_text = wijk.loc[meta.field, "area_text"] if wijk is not None and meta.field in wijk.index else "–"
            rows.append({"indicator": row["indicator"], "values": [row["area_text"], wijk_text,
                                                                   row["municipal_text"]],
                         "judgement": row["judgement"], "judgement_text": row["judgement_text"]})
        return headings, rows
    second = fids[1]
    both = frame.loc[[f for f in fids if f not in municipal.index]]
    pool = pd.concat([municipal, both]) if not both.empty else municipal
    groups = np.where(pool.index == first, THIS, np.where(pool.index == second, SECOND, OTHER))
    table = _rows(pool, groups, metas, lang)
    a = table[table["area"] == THIS].set_index("field")
    b = table[table["area"] == SECOND].set_index("field")
    name_a = names.get(first, translate("PanelProfile", "Buurt A"))
    name_b = names.get(second, translate("PanelProfile", "Buurt B"))
    headings = [name_a, name_b, translate("PanelProfile", "Municipality"),
                translate("PanelProfile", "{a} compared with {b}").format(a=name_a, b=name_b)]
    rows = []
    for meta in metas:
        if meta.field not in a.index or meta.field not in b.index:
            continue
        judgement = prof.judge(a.loc[meta.field, "area_value"], b.loc[meta.field, "area_value"], meta.direction)
        rows.append({"indicator": a.loc[meta.field, "indicator"],
                     "values": [a.loc[meta.field, "area_text"], b.loc[meta.field, "area_text"],
                                a.loc[meta.field, "municipal_text"]],
                     "judgement": judgement, "judgement_text": prof.judgement_text(judgement)})
    return headings, rows


def buurt_similar(frame: pd.DataFrame, fid: int, pairs, lang: str = "en") -> list:
    """Rows of the buurt against the median of its similar buurten elsewhere: per ``(meta, median field)``
    the two values and ▲ better / ▼ worse / = similar (5 %) in the indicator's direction."""
    from ..core.classify import format_number, no_data_label, short_unit, with_unit

    rows = []
    for meta, median_field in pairs:
        value = prof.as_number(frame.at[fid, meta.field]) if meta.field in frame.columns else None
        median = prof.as_number(frame.at[fid, median_field]) if median_field in frame.columns else None
        if value is None and median is None:
            continue
        dec = meta.decimals if meta.decimals is not None else 1
        unit = short_unit(meta.unit)
        judgement = prof.judge(value, median, meta.direction)
        rows.append({"indicator": meta.title,
                     "values": [with_unit(format_number(value, dec, lang), unit) or no_data_label(),
                                with_unit(format_number(median, dec, lang), unit) or no_data_label()],
                     "judgement": judgement, "judgement_text": prof.judgement_text(judgement)})
    return rows


def buurt_clusters(frame: pd.DataFrame, fid: int, class_fields, titles: dict) -> list[tuple[str, str]]:
    """``(text, class)`` per cluster field of the buurt: '<indicator>: High among high (hotspot), p = 0,012'."""
    from ..qgis_adapters.hotspot_style import class_labels

    labels = class_labels()
    out = []
    for field_name in class_fields:
        klass = frame.at[fid, field_name] if field_name in frame.columns else None
        klass = klass if isinstance(klass, str) and klass in labels else None
        stem = field_name[:-len(prof.CLUSTER_SUFFIX)]
        p_field = f"{stem}_lisa_p"
        p = prof.as_number(frame.at[fid, p_field]) if p_field in frame.columns else None
        text = labels[klass] if klass else translate("PanelProfile", "no neighbours or no value")
        if klass and p is not None:
            text += translate("PanelProfile", ", p = {p}").format(p=f"{p:.3f}")
        out.append((translate("PanelProfile", "{indicator}: {cluster}").format(indicator=titles.get(stem, stem),
                                                                               cluster=text), klass or ""))
    return out


def buurt_energy(frame: pd.DataFrame, fid: int) -> str:
    """The buurt's energy-transition type and approach (or what it lacks)."""
    code = frame.at[fid, en.TYPE] if en.TYPE in frame.columns else None
    code = code if isinstance(code, str) and code in en.TYPES else None
    if code is None:
        lacks = frame.at[fid, en.MISSING] if en.MISSING in frame.columns else None
        text = en.type_label(None)
        return text + (f" ({lacks})" if isinstance(lacks, str) and lacks else "")
    return translate("PanelProfile", "{type} — {approach}").format(type=en.type_label(code),
                                                                  approach=en.type_approach(code))


def perception_svg(frame: pd.DataFrame, fid: int, domains, title: str, lang: str = "en") -> str | None:
    """The buurt's chart of facts next to perceptions (the report's design), None without any score."""
    scores = frame.loc[fid]
    rows = chart_rows(scores, domains, lang)
    if not any(r["objective"] is not None or r["subjective"] is not None for r in rows):
        return None
    return profile_chart_svg(rows, title, lang)


class PerceptionChart(QWidget):
    """Charts of facts next to perceptions (SVG), one per picked buurt, scaled to the panel's width."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._renderers: list[QSvgRenderer] = []
        self.svgs: list[str] = []

    def set_svgs(self, svgs) -> None:
        self.svgs = [s for s in svgs if s]
        self._renderers = [QSvgRenderer(QByteArray(s.encode("utf-8"))) for s in self.svgs]
        self.setVisible(bool(self.svgs))
        self.updateGeometry()
        self.update()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt API)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt API)
        return int(sum(width * r.defaultSize().height() / max(1, r.defaultSize().width()) for r in self._renderers))

    def sizeHint(self):  # noqa: N802 (Qt API)
        return QSize(300, self.heightForWidth(300))

    def paintEvent(self, _event):  # noqa: N802 (Qt API)
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        y = 0.0
        for renderer in self._renderers:
            size = renderer.defaultSize()
            height = self.width() * size.height() / max(1, size.width())
            renderer.render(painter, QRectF(0, y, self.width(), height))
            y += height


class ProfileTable(QTableWidget):
    """The profile as a read-only table; the judgement in red (worse) or blue (better)."""

    def __init__(self, parent=None):
        super().__init__(0, 5, parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.verticalHeader().setVisible(False)
        self.setWordWrap(True)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(28)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setMinimumHeight(160)

    def show_rows(self, headings: list, rows: list) -> None:
        """``headings``: one per value column, then the meaning of the judgement column (its tooltip)."""
        self.setRowCount(0)
        if not headings:
            return
        n = len(headings) - 1
        self.setColumnCount(n + 2)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, n + 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        self.setHorizontalHeaderLabels([translate("PanelProfile", "Indicator")] + headings[:n] + ["▲▼"])
        for column, text in enumerate(headings[:n], start=1):
            self.horizontalHeaderItem(column).setToolTip(text)
        self.horizontalHeaderItem(n + 1).setToolTip(headings[n])  # the judgement column: its meaning as a tooltip
        self.setRowCount(len(rows))
        for r, row in enumerate(rows):
            self.setItem(r, 0, QTableWidgetItem(row["indicator"]))
            for c, text in enumerate(row["values"], start=1):
                item = QTableWidgetItem(str(text))
                item.setTextAlignment(int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter))
                self.setItem(r, c, item)
            # ▲ / ▼ / = alone keep the table narrow enough for a dock; the words are in the tooltip
            short = row["judgement_text"][:1] if row["judgement"] in (prof.BETTER_THAN, prof.WORSE_THAN,
                                                                        prof.SIMILAR) else row["judgement_text"]
            judgement = QTableWidgetItem(short)
            judgement.setToolTip(row["judgement_text"])
            judgement.setTextAlignment(int(Qt.AlignmentFlag.AlignCenter))
            colour = {prof.WORSE_THAN: WORSE_COLOUR, prof.BETTER_THAN: BETTER_COLOUR}.get(row["judgement"])
            if colour:
                judgement.setForeground(QBrush(QColor(colour)))
            self.setItem(r, n + 1, judgement)
        for column in range(1, n + 1):  # as wide as the values need, a long name in the heading is elided
            width = max([self.fontMetrics().horizontalAdvance(str(row["values"][column - 1])) for row in rows] + [30])
            self.setColumnWidth(column, min(width + 14, 84))
        self.setColumnWidth(n + 1, 30)
        self.resizeRowsToContents()

    def fit_to_rows(self) -> None:
        """As high as its rows: a short table (the comparison with similar buurten) leaves no empty space."""
        self.setMinimumHeight(0)
        self.setFixedHeight(self.horizontalHeader().sizeHint().height() + self.verticalHeader().length()
                            + 2 * self.frameWidth() + 2)

    def texts(self) -> list[list[str]]:
        """The table as text, the judgement in words (for tests and copying)."""
        return [[(self.item(r, c).toolTip() or self.item(r, c).text()) if self.item(r, c) else ""
                 for c in range(self.columnCount())] for r in range(self.rowCount())]


class PickAreaTool(QgsMapToolIdentifyFeature):
    """Click a buurt on the map: it becomes the selection (Ctrl or Shift + click: the second one, to compare)."""

    picked = pyqtSignal(int, bool)  # feature id, added to the selection

    def __init__(self, canvas, layer):
        super().__init__(canvas, layer)
        self.featureIdentified.connect(self._identified)

    def _identified(self, feature):
        modifiers = QApplication.keyboardModifiers()
        add = bool(modifiers & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier))
        self.picked.emit(int(feature.id()), add)
