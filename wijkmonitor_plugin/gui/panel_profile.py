"""The panel's buurt profile: a clicked buurt next to its wijk and gemeente, or two buurten side by side.

Values are the buurt's own; the wijk and gemeente values are averages of their buurten, weighted
as the indicator catalogue says (:func:`wijkmonitor_plugin.core.profile.area_profile` does the
averaging). The judgement (▲ better / ▼ worse / = similar) follows the catalogue's direction.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from qgis.core import QgsVectorLayer
from qgis.gui import QgsMapToolIdentifyFeature
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtGui import QBrush, QColor
from qgis.PyQt.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QTableWidget, QTableWidgetItem

from ..core import profile as prof
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
        self.setRowCount(0)
        if not headings:
            return
        self.setHorizontalHeaderLabels([translate("PanelProfile", "Indicator")] + headings[:3] + ["▲▼"])
        self.horizontalHeaderItem(4).setToolTip(headings[3])  # the judgement column: its meaning as a tooltip
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
            self.setItem(r, 4, judgement)
        for column in range(1, 4):  # as wide as the values need, a long name in the heading is elided
            width = max([self.fontMetrics().horizontalAdvance(str(row["values"][column - 1])) for row in rows] + [30])
            self.setColumnWidth(column, min(width + 14, 84))
        self.setColumnWidth(4, 30)
        self.resizeRowsToContents()

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
