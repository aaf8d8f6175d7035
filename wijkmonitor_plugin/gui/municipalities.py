"""A searchable list of the Dutch municipalities (by name or CBS code)."""

from __future__ import annotations

from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtWidgets import QAbstractItemView, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ..core import cbs_municipalities
from ..i18n import translate

CODE_ROLE = Qt.ItemDataRole.UserRole


class MunicipalityPicker(QWidget):
    """A search field over a list of gemeenten; several can be selected."""

    selectionChanged = pyqtSignal()  # noqa: N815 (Qt signal name)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(translate("MunicipalityPicker", "Search by name or code, e.g. 's-Hertogenbosch "
                                                                       "or 0796"))
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        for code, name in cbs_municipalities.municipalities():
            item = QListWidgetItem(f"{name} ({code})")
            item.setData(CODE_ROLE, code)
            item.setToolTip(translate("MunicipalityPicker", "CBS code {code}").format(code=code))
            self.list.addItem(item)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.list)
        self.search.textChanged.connect(self.filter)
        self.search.returnPressed.connect(self._select_single_match)
        self.list.itemSelectionChanged.connect(self.selectionChanged)

    def filter(self, text: str) -> int:
        """Show only the municipalities matching ``text``; returns how many are shown."""
        shown = 0
        for i in range(self.list.count()):
            item = self.list.item(i)
            code = item.data(CODE_ROLE)
            name = item.text().rsplit(" (", 1)[0]
            hidden = not cbs_municipalities.matches(text, code, name)
            item.setHidden(hidden)
            shown += not hidden
        return shown

    def _select_single_match(self):
        visible = [self.list.item(i) for i in range(self.list.count()) if not self.list.item(i).isHidden()]
        if len(visible) == 1:
            visible[0].setSelected(True)

    def select_codes(self, codes) -> None:
        wanted = set(codes)
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setSelected(item.data(CODE_ROLE) in wanted)

    def selected(self) -> list[tuple[str, str]]:
        """``[(code, name), …]`` of the selected municipalities, in list order."""
        out = []
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.isSelected():
                out.append((item.data(CODE_ROLE), item.text().rsplit(" (", 1)[0]))
        return out
