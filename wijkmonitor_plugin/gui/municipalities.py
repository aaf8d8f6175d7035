"""A searchable list of the Dutch municipalities of a map year (by name, code or common alias).

Municipalities are ticked, not highlighted: a search narrows the list but never hides what was
chosen, and the line under the list always names every chosen municipality and how many there
are. Changing the year keeps the choice, mapped to that year's municipalities (a former
municipality becomes the one it merged into, and the picker says so).
"""

from __future__ import annotations

from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core import cbs_municipalities
from ..i18n import translate

CODE_ROLE = Qt.ItemDataRole.UserRole
NAME_ROLE = Qt.ItemDataRole.UserRole + 1
ALIAS_ROLE = Qt.ItemDataRole.UserRole + 2


class MunicipalityPicker(QWidget):
    """A search field over the gemeenten of a year; several can be ticked."""

    selectionChanged = pyqtSignal()  # noqa: N815 (Qt signal name)

    def __init__(self, parent=None, year: int | None = None, extra_lists: dict | None = None):
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(translate("MunicipalityPicker", "Search by name or code, e.g. Den Bosch "
                                                                       "or 0796"))
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.clear_button = QPushButton(translate("MunicipalityPicker", "Clear choice"), self)
        self.clear_button.setAutoDefault(False)
        self.notes: list[str] = []
        self.register = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.list)
        row = QHBoxLayout()
        row.addWidget(self.summary, 1)
        row.addWidget(self.clear_button)
        layout.addLayout(row)
        self.search.textChanged.connect(self.filter)
        self.search.returnPressed.connect(self._tick_single_match)
        self.list.itemChanged.connect(self._changed)
        self.clear_button.clicked.connect(lambda: self.select_codes([]))
        self.set_year(year, extra_lists)

    # -- the list of a year --------------------------------------------------------------
    def set_year(self, year: int | None, extra_lists: dict | None = None) -> list[str]:
        """Show the gemeenten of ``year``; the choice is kept, mapped to that year (notes say how)."""
        chosen = [code for code, _ in self.selected()]
        self.register = cbs_municipalities.register(year, extra_lists)
        self.list.blockSignals(True)
        self.list.clear()
        for code, name in self.register.rows:
            item = QListWidgetItem(f"{name} ({code})")
            item.setData(CODE_ROLE, code)
            item.setData(NAME_ROLE, name)
            item.setData(ALIAS_ROLE, self.register.aliases_of(code))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            aliases = item.data(ALIAS_ROLE)
            item.setToolTip(translate("MunicipalityPicker", "CBS code {code}").format(code=code)
                            + (f" — {', '.join(aliases)}" if aliases else ""))
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.notes = []
        mapped = []
        for code in chosen:
            try:
                hits, notes = self.register.lookup(code)
            except ValueError:
                continue
            mapped += [c for c, _ in hits]
            self.notes += notes
        self.select_codes(mapped)
        self.filter(self.search.text())
        return self.notes

    def filter(self, text: str) -> int:
        """Show only the municipalities matching ``text`` (name, code or alias); returns how many are shown."""
        shown = 0
        for i in range(self.list.count()):
            item = self.list.item(i)
            hidden = not cbs_municipalities.matches(text, item.data(CODE_ROLE), item.data(NAME_ROLE),
                                                    item.data(ALIAS_ROLE) or ())
            item.setHidden(hidden)
            shown += not hidden
        return shown

    def _tick_single_match(self):
        visible = [self.list.item(i) for i in range(self.list.count()) if not self.list.item(i).isHidden()]
        if len(visible) == 1:
            visible[0].setCheckState(Qt.CheckState.Checked)

    # -- the choice ----------------------------------------------------------------------
    def select_codes(self, codes) -> None:
        wanted = set(codes)
        self.list.blockSignals(True)
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(CODE_ROLE) in wanted else Qt.CheckState.Unchecked)
        self.list.blockSignals(False)
        self._changed()

    def selected(self) -> list[tuple[str, str]]:
        """``[(code, name), …]`` of the ticked municipalities, in list order."""
        return [(item.data(CODE_ROLE), item.data(NAME_ROLE)) for item in
                (self.list.item(i) for i in range(self.list.count())) if item.checkState() == Qt.CheckState.Checked]

    def _changed(self, _item=None):
        chosen = self.selected()
        if not chosen:
            text = translate("MunicipalityPicker", "No municipality chosen.")
        else:
            text = translate("MunicipalityPicker", "{n} chosen: {names}").format(
                n=len(chosen), names=", ".join(f"{name} ({code})" for code, name in chosen))
        if self.notes:
            text += "\n" + " ".join(self.notes)
        self.summary.setText(text)
        self.selectionChanged.emit()
