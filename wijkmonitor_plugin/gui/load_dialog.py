"""The "Load neighbourhoods" dialog: municipalities, year, source and levels → layers in a layer-tree group.

The download runs as a QgsTask (off the main thread) that runs ``wijkmonitor:loadneighbourhoods``
once per level into GeoPackages; the dialog shows its progress, every retry and the reason of a
failure in short words, and can cancel it. The dialog waits less than Processing does
(``wijkmonitor/network/gui_timeout_seconds``, ``…/gui_retries``), so a server that does not answer
is reported within a minute or two. Only complete outputs are added to the project. Enter in the
search field ticks the single match; it never starts a download.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProject,
    QgsSettings,
    QgsTask,
    QgsVectorLayer,
)
from qgis.gui import QgsFileWidget
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..i18n import translate

ALGORITHM = "wijkmonitor:loadneighbourhoods"
LEVELS = ("gemeenten", "wijken", "buurten")  # as core.regions.LEVELS (not imported here: the menu loads without pandas)
SETTING_GUI_TIMEOUT = "wijkmonitor/network/gui_timeout_seconds"
SETTING_GUI_RETRIES = "wijkmonitor/network/gui_retries"
#: the dialog's source choices → the algorithm's SOURCE (0 OGC API, 1 WFS, 2 GeoPackage); None = by year
SOURCE_AUTO, SOURCE_WFS, SOURCE_GPKG = "auto", "wfs", "gpkg"


def action_texts() -> tuple[str, str]:
    """(menu text, tip) of the Wijkmonitor menu action that opens the dialog."""
    return (translate("LoadDialog", "Load neighbourhoods…"),
            translate("LoadDialog", "Download the CBS Wijk- en Buurtkaart of chosen municipalities and a year into a "
                                    "layer group"))


def default_output_folder() -> Path:
    return Path(QgsApplication.qgisSettingsDirPath()) / "wijkmonitor" / "layers"


def level_label(level: str) -> str:
    return {"gemeenten": translate("LoadDialog", "Gemeenten"), "wijken": translate("LoadDialog", "Wijken"),
            "buurten": translate("LoadDialog", "Buurten")}[level]


def gui_network_limits() -> dict:
    """How long the dialog waits per request and how often it tries again."""
    settings = QgsSettings()
    return {"timeout": settings.value(SETTING_GUI_TIMEOUT, 30.0, type=float),
            "retries": settings.value(SETTING_GUI_RETRIES, 2, type=int)}


class DialogFeedback(QgsProcessingFeedback):
    """A processing feedback that keeps the errors and passes warnings (retries) on to the dialog.

    ``network_limits`` tells the network layer to wait as long as the dialog wants.
    """

    message = pyqtSignal(str)

    def __init__(self, network_limits: dict | None = None):
        super().__init__()
        self.errors: list[str] = []
        self.network_limits = network_limits or {}

    def reportError(self, error, fatalError=False):  # noqa: N802, N803 (QGIS API)
        self.errors.append(error)
        super().reportError(error, fatalError)

    def pushWarning(self, warning):  # noqa: N802 (QGIS API)
        self.message.emit(warning)
        super().pushWarning(warning)


class LoadNeighbourhoodsTask(QgsTask):
    """Runs loadneighbourhoods per level in a worker thread; ``outputs`` = [(level, path)] when done."""

    def __init__(self, codes, year: int, levels, folder: Path, refresh: bool = False, source: str = SOURCE_AUTO,
                 gpkg: str = ""):
        super().__init__(translate("LoadDialog", "Wijkmonitor: loading neighbourhoods"), QgsTask.Flag.CanCancel)
        self.codes, self.year, self.levels, self.folder, self.refresh = list(codes), year, list(levels), folder, refresh
        self.source, self.gpkg = source, gpkg
        self.outputs: list[tuple[str, str]] = []
        self.error = ""
        self.feedback = DialogFeedback(gui_network_limits())
        self._step = 0
        self.feedback.progressChanged.connect(self._progress)

    def _progress(self, percent: float):
        self.setProgress((self._step + percent / 100.0) * 100.0 / max(len(self.levels), 1))

    def cancel(self):
        self.feedback.cancel()
        super().cancel()

    def source_index(self) -> int:
        from ..core import pdok

        if self.source == SOURCE_GPKG:
            return pdok.SOURCES.index(pdok.SOURCE_GPKG)
        if self.source == SOURCE_WFS:
            return pdok.SOURCES.index(pdok.SOURCE_WFS)
        return pdok.SOURCES.index(pdok.default_source(self.year))

    def run(self):
        self.folder.mkdir(parents=True, exist_ok=True)
        tag = "_".join(self.codes) if len(self.codes) <= 3 else f"{len(self.codes)}_gemeenten"
        staging = self.folder / f".wijkmonitor_{os.getpid()}_{id(self)}"
        try:
            staging.mkdir(parents=True, exist_ok=True)
            done = []
            for i, level in enumerate(self.levels):
                if self.isCanceled():
                    return False
                self._step = i
                final = self.folder / f"{level}_{self.year}_{tag}.gpkg"
                part = staging / final.name
                alg = QgsApplication.processingRegistry().createAlgorithmById(ALGORITHM)
                if alg is None:
                    self.error = translate("LoadDialog", "The Wijkmonitor Processing provider is not loaded.")
                    return False
                params = {"LEVEL": LEVELS.index(level), "YEAR": self.year, "SOURCE": self.source_index(),
                          "GPKG": self.gpkg, "MUNICIPALITIES": ",".join(self.codes), "REFRESH": self.refresh,
                          "OUTPUT": str(part)}
                _results, ok = alg.run(params, QgsProcessingContext(), self.feedback)
                if not ok or self.isCanceled():
                    self.error = self.feedback.errors[-1] if self.feedback.errors else ""
                    return False
                done.append((level, part, final))
            for level, part, final in done:
                os.replace(part, final)
                self.outputs.append((level, str(final)))
            return True
        except Exception as exc:  # noqa: BLE001 (shown to the user in the dialog)
            self.error = str(exc)
            return False
        finally:
            shutil.rmtree(staging, ignore_errors=True)


class LoadDialog(QDialog):
    """Pick gemeenten, a year and levels; the layers arrive in a group in the layer tree."""

    loaded = pyqtSignal(object)  # the QgsLayerTreeGroup

    def __init__(self, iface=None, parent=None):
        super().__init__(parent or (iface.mainWindow() if iface is not None else None))
        from ..core.pdok import FIRST_YEAR
        from ..qgis_adapters.pdok_download import newest_year
        from .municipalities import MunicipalityPicker

        self.iface = iface
        self.task: LoadNeighbourhoodsTask | None = None
        self.group = None
        self.messages: list[str] = []  # the warnings (retries) of the current download, newest last
        self.setWindowTitle(translate("LoadDialog", "Load neighbourhoods (CBS Wijk- en Buurtkaart)"))
        self.year = QComboBox(self)
        for year in range(newest_year(), FIRST_YEAR - 1, -1):
            self.year.addItem(str(year), year)
        self.picker = MunicipalityPicker(self, self.current_year())
        self.source = QComboBox(self)
        self.source.addItem(translate("LoadDialog", "PDOK (OGC API Features from 2023, else the WFS)"), SOURCE_AUTO)
        self.source.addItem(translate("LoadDialog", "PDOK WFS"), SOURCE_WFS)
        self.source.addItem(translate("LoadDialog", "CBS Wijk- en Buurtkaart GeoPackage on disk"), SOURCE_GPKG)
        self.gpkg = QgsFileWidget(self)
        self.gpkg.setFilter(translate("LoadDialog", "GeoPackage (*.gpkg)"))
        self.gpkg.setEnabled(False)
        self.level_boxes = {}
        levels = QWidget(self)
        row = QHBoxLayout(levels)
        row.setContentsMargins(0, 0, 0, 0)
        for level in LEVELS:
            box = QCheckBox(level_label(level), levels)
            box.setChecked(level != "gemeenten")
            self.level_boxes[level] = box
            row.addWidget(box)
        self.folder = QgsFileWidget(self)
        self.folder.setStorageMode(QgsFileWidget.StorageMode.GetDirectory)
        self.folder.setFilePath(str(default_output_folder()))
        self.refresh = QCheckBox(translate("LoadDialog", "Download again (ignore the cache)"), self)
        form = QFormLayout()
        form.addRow(translate("LoadDialog", "Year"), self.year)
        form.addRow(translate("LoadDialog", "Municipalities"), self.picker)
        form.addRow(translate("LoadDialog", "Source"), self.source)
        form.addRow(translate("LoadDialog", "GeoPackage"), self.gpkg)
        form.addRow(translate("LoadDialog", "Levels"), levels)
        form.addRow(translate("LoadDialog", "Save in folder"), self.folder)
        form.addRow("", self.refresh)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        source = translate("LoadDialog", "Source: CBS Wijk- en Buurtkaart via PDOK (CC BY 4.0, Bron: CBS).")
        self.status = QLabel(source, self)
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.run_button = QPushButton(translate("LoadDialog", "Load"), self)
        self.cancel_button = QPushButton(translate("LoadDialog", "Cancel download"), self)
        self.cancel_button.setEnabled(False)
        self.buttons.addButton(self.run_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        for button in self.buttons.buttons():  # Enter must not press a button: no default, no auto-default
            button.setAutoDefault(False)
            button.setDefault(False)
        self.buttons.rejected.connect(self.reject)
        self.run_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.year.currentIndexChanged.connect(self._year_changed)
        self.source.currentIndexChanged.connect(lambda _i: self.gpkg.setEnabled(self.source.currentData() ==
                                                                                SOURCE_GPKG))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(560, 640)

    def keyPressEvent(self, event):  # noqa: N802 (Qt API)
        """Enter and Return never start (or close) anything; Escape still closes the dialog."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    def current_year(self) -> int:
        return int(self.year.currentData())

    def _year_changed(self, _index):
        notes = self.picker.set_year(self.current_year())
        if notes:
            self.status.setText(" ".join(notes))

    def levels(self) -> list[str]:
        return [lv for lv, box in self.level_boxes.items() if box.isChecked()]

    def start(self) -> LoadNeighbourhoodsTask | None:
        chosen = self.picker.selected()
        levels = self.levels()
        if not chosen or not levels:
            self.status.setText(translate("LoadDialog", "Choose at least one municipality and one level."))
            return None
        source = self.source.currentData()
        if source == SOURCE_GPKG and not self.gpkg.filePath():
            self.status.setText(translate("LoadDialog", "Choose the Wijk- en Buurtkaart GeoPackage."))
            return None
        year = self.current_year()
        folder = Path(self.folder.filePath() or default_output_folder())
        self.task = LoadNeighbourhoodsTask([c for c, _ in chosen], year, levels, folder, self.refresh.isChecked(),
                                           source, self.gpkg.filePath() if source == SOURCE_GPKG else "")
        self._names = ", ".join(n for _, n in chosen)
        self._downloading = translate("LoadDialog", "Downloading {levels} {year} of {names}…").format(
            levels=", ".join(level_label(lv).lower() for lv in levels), year=year, names=self._names)
        self.task.progressChanged.connect(self._progress)
        self.task.feedback.message.connect(self._message)
        self.task.taskCompleted.connect(self._completed)
        self.task.taskTerminated.connect(self._terminated)
        self.run_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.messages = []
        self.progress.setRange(0, 0)  # busy until the first page arrives
        self.status.setText(self._downloading)
        QgsApplication.taskManager().addTask(self.task)
        return self.task

    def _progress(self, percent: float):
        if percent > 0 and self.progress.maximum() == 0:
            self.progress.setRange(0, 100)
        self.progress.setValue(int(percent))

    def _message(self, text: str):
        """A retry or another warning while downloading: shown under the progress bar."""
        self.messages.append(text)
        self.status.setText(f"{self._downloading}\n{text}")

    def cancel(self):
        if self.task is not None:
            self.task.cancel()

    def _done(self):
        self.run_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.progress.setRange(0, 100)

    def _completed(self):
        task = self.task
        self._done()
        root = QgsProject.instance().layerTreeRoot()
        name = translate("LoadDialog", "Wijkmonitor – {names} {year}").format(names=self._names, year=task.year)
        group = root.findGroup(name) or root.insertGroup(0, name)
        for level, path in task.outputs:
            layer = QgsVectorLayer(path, f"{level_label(level)} {task.year}", "ogr")
            if layer.isValid():
                QgsProject.instance().addMapLayer(layer, False)
                group.addLayer(layer)
        self.group = group
        self.progress.setValue(100)
        self.status.setText(translate("LoadDialog", "Loaded {n} layer(s) into the group '{group}'.").format(
            n=len(task.outputs), group=name))
        if self.iface is not None:
            self.iface.messageBar().pushMessage("Wijkmonitor", self.status.text(), Qgis.MessageLevel.Success, 5)
        self.loaded.emit(group)

    def _terminated(self):
        task = self.task
        self._done()
        self.progress.setValue(0)
        if task.feedback.isCanceled():
            self.status.setText(translate("LoadDialog", "Cancelled: nothing was added."))
        else:
            self.status.setText(translate("LoadDialog", "The download failed: {error}").format(
                error=task.error or translate("LoadDialog", "see the Processing log for details.")))
