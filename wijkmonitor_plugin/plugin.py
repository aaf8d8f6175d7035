"""The QGIS plugin object: menu, toolbar, translator and Processing provider."""

from __future__ import annotations

from qgis.core import Qgis, QgsApplication, QgsMessageLog
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction

from . import i18n
from .deps import missing_message, missing_packages
from .paths import icon_path

MENU = "&Wijkmonitor"
PANEL_WIDTH = 460


class WijkmonitorPlugin:
    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        self.actions: list[QAction] = []
        self.toolbar = None
        self.panel = None
        self.panel_action = None
        self._panel_sized = False
        i18n.install_translator()

    @staticmethod
    def tr(text: str) -> str:
        return i18n.translate("WijkmonitorPlugin", text)

    # -- Processing ---------------------------------------------------------------
    def initProcessing(self):  # noqa: N802 (QGIS API)
        from .algorithms.provider import WijkmonitorProvider

        if self.provider is None:
            self.provider = WijkmonitorProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    # -- GUI ----------------------------------------------------------------------
    def initGui(self):  # noqa: N802 (QGIS API)
        self.initProcessing()
        self.toolbar = self.iface.addToolBar("Wijkmonitor")
        self.toolbar.setObjectName("WijkmonitorToolbar")
        self._add_action(
            self.tr("Wijkmonitor toolbox…"),
            self.open_toolbox,
            self.tr("Show the Wijkmonitor algorithms in the Processing toolbox"),
            toolbar=True,
        )
        from .gui.load_dialog import action_texts

        text, tip = action_texts()
        self._add_action(text, self.open_load_dialog, tip, toolbar=True, icon=icon_path("load_neighbourhoods.svg"))
        self._add_action(
            self.tr("Load Amsterdam sample"),
            self.load_sample,
            self.tr("Add the bundled buurten of Amsterdam (CBS Wijk- en Buurtkaart 2023, with wijk names) to the map, "
                    "exactly as the algorithm 'Load the Amsterdam sample' gives them"),
            icon=icon_path("sample.svg"),
        )
        self._add_panel()
        missing = missing_packages()
        if missing:
            message = missing_message(missing)
            QgsMessageLog.logMessage(message, "Wijkmonitor", Qgis.MessageLevel.Critical)
            self.iface.messageBar().pushMessage("Wijkmonitor", message, Qgis.MessageLevel.Critical, 0)

    def _add_panel(self):
        """The Wijkmonitor dock panel (themed maps, layouts, atlas) and its toggle action."""
        if missing_packages():
            return
        from .gui.panel import WijkmonitorPanel, dock_area, toggle_texts

        self.panel = WijkmonitorPanel(self.iface, self.iface.mainWindow())
        self.iface.addDockWidget(dock_area(), self.panel)
        self.panel.hide()
        self._panel_sized = False
        text, tip = toggle_texts()
        self.panel_action = self._add_action(text, self.show_panel, tip, toolbar=True, icon=icon_path("panel.svg"),
                                             signal="toggled")
        self.panel_action.setCheckable(True)
        self.panel.openedStateChanged.connect(self.panel_action.setChecked)  # closing the dock unticks it

    def show_panel(self, shown: bool = True):
        if self.panel is not None and self.panel.isUserVisible() != shown:
            self.panel.setUserVisible(shown)
        main = self.iface.mainWindow()
        if shown and not self._panel_sized and hasattr(main, "resizeDocks"):
            # room for the chart and the profile table the first time it opens
            main.resizeDocks([self.panel], [PANEL_WIDTH], Qt.Orientation.Horizontal)
            self._panel_sized = True

    def _add_action(self, text, callback, tip="", toolbar=False, icon=None, signal="triggered"):
        action = QAction(QIcon(icon or icon_path()), text, self.iface.mainWindow())
        action.setObjectName(f"wijkmonitor_action_{len(self.actions)}")
        getattr(action, signal).connect(callback)
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        self.iface.addPluginToMenu(MENU, action)
        if toolbar:
            self.toolbar.addAction(action)
        self.actions.append(action)
        return action

    def unload(self):
        for action in self.actions:
            self.iface.removePluginMenu(MENU, action)
            if self.toolbar is not None:
                self.toolbar.removeAction(action)
            action.deleteLater()
        self.actions = []
        self.panel_action = None
        if self.panel is not None:
            self.iface.removeDockWidget(self.panel)
            self.panel.deleteLater()
            self.panel = None
        if self.toolbar is not None:
            self.toolbar.deleteLater()
            self.toolbar = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        i18n.remove_translator()

    # -- actions ------------------------------------------------------------------
    def open_toolbox(self):
        """Show the Processing toolbox filtered on the Wijkmonitor algorithms."""
        from qgis.PyQt.QtWidgets import QDockWidget, QLineEdit

        dock = self.iface.mainWindow().findChild(QDockWidget, "ProcessingToolbox")
        if dock is None:
            return
        dock.setVisible(True)
        dock.raise_()
        search = dock.findChild(QLineEdit)
        if search is not None:
            search.setText("wijkmonitor")

    def load_sample(self):
        from .gui.actions import load_sample_into_project

        return load_sample_into_project(self.iface)

    def open_load_dialog(self):
        """The dialog that downloads the neighbourhood map of chosen municipalities into a layer group."""
        from .gui.load_dialog import LoadDialog

        self.load_dialog = LoadDialog(self.iface)
        self.load_dialog.show()
