"""The "Load neighbourhoods" dialog: municipality, year and levels → layers in a layer-tree group.

The download runs as a QgsTask (off the main thread) that runs ``wijkmonitor:loadneighbourhoods``
once per level into GeoPackages; the dialog shows its progress and can cancel it. Only
complete outputs are added to the project.
"""

from __future__ import annotations

import os
from pathlib import Path

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProject,
    QgsTask,
    QgsVectorLayer,
)
from qgis.gui import QgsFileWidget
from qgis.PyQt.QtCore import pyqtSignal
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


class ErrorFeedback(QgsProcessingFeedback):
    """A processing feedback that keeps the error messages for the dialog."""

    def __init__(self):
        super().__init__()
        self.errors: list[str] = []

    def reportError(self, error, fatalError=False):  # noqa: N802, N803 (QGIS API)
        self.errors.append(error)
        super().reportError(error, fatalError)


class LoadNeighbourhoodsTask(QgsTask):
    """Runs loadneighbourhoods per level in a worker thread; ``outputs`` = [(level, path)] when done."""

    def __init__(self, codes, year: int, levels, folder: Path, refresh: bool = False):
        super().__init__(translate("LoadDialog", "Wijkmonitor: loading neighbourhoods"), QgsTask.Flag.CanCancel)
        self.codes, self.year, self.levels, self.folder, self.refresh = list(codes), year, list(levels), folder, refresh
        self.outputs: list[tuple[str, str]] = []
        self.error = ""
        self.feedback = ErrorFeedback()
        self._step = 0
        self.feedback.progressChanged.connect(self._progress)

    def _progress(self, percent: float):
        self.setProgress((self._step + percent / 100.0) * 100.0 / max(len(self.levels), 1))

    def cancel(self):
        self.feedback.cancel()
        super().cancel()

    def run(self):
        from ..core import pdok

        source = pdok.SOURCES.index(pdok.SOURCE_OGC if self.year >= pdok.OGC_FIRST_YEAR else pdok.SOURCE_WFS)
        years = list(reversed(pdok.MAP_YEARS))
        self.folder.mkdir(parents=True, exist_ok=True)
        tag = "_".join(self.codes) if len(self.codes) <= 3 else f"{len(self.codes)}_gemeenten"
        done = []

        def discard():
            for _level, part, _final in done:
                if part.exists():
                    part.unlink()
        try:
            for i, level in enumerate(self.levels):
                if self.isCanceled():
                    return False
                self._step = i
                final = self.folder / f"{level}_{self.year}_{tag}.gpkg"
                part = final.with_name(final.stem + ".part.gpkg")
                if part.exists():
                    part.unlink()
                alg = QgsApplication.processingRegistry().createAlgorithmById(ALGORITHM)
                if alg is None:
                    self.error = translate("LoadDialog", "The Wijkmonitor Processing provider is not loaded.")
                    return False
                params = {"LEVEL": LEVELS.index(level), "YEAR": years.index(self.year), "SOURCE": source,
                          "MUNICIPALITIES": ",".join(self.codes), "REFRESH": self.refresh, "OUTPUT": str(part)}
                context = QgsProcessingContext()
                _results, ok = alg.run(params, context, self.feedback)
                if not ok or self.isCanceled():
                    if part.exists():
                        part.unlink()
                    discard()
                    self.error = self.feedback.errors[-1] if self.feedback.errors else ""
                    return False
                done.append((level, part, final))
        except Exception as exc:  # noqa: BLE001 (shown to the user in the dialog)
            discard()
            self.error = str(exc)
            return False
        for level, part, final in done:
            os.replace(part, final)
            self.outputs.append((level, str(final)))
        return True


class LoadDialog(QDialog):
    """Pick gemeenten, a year and levels; the layers arrive in a group in the layer tree."""

    loaded = pyqtSignal(object)  # the QgsLayerTreeGroup

    def __init__(self, iface=None, parent=None):
        super().__init__(parent or (iface.mainWindow() if iface is not None else None))
        from ..core import pdok
        from .municipalities import MunicipalityPicker

        self.iface = iface
        self.task: LoadNeighbourhoodsTask | None = None
        self.group = None
        self.setWindowTitle(translate("LoadDialog", "Load neighbourhoods (CBS Wijk- en Buurtkaart)"))
        self.picker = MunicipalityPicker(self)
        self.year = QComboBox(self)
        for year in reversed(pdok.MAP_YEARS):
            self.year.addItem(str(year), year)
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
        form.addRow(translate("LoadDialog", "Municipalities"), self.picker)
        form.addRow(translate("LoadDialog", "Year"), self.year)
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
        self.buttons.rejected.connect(self.reject)
        self.run_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(520, 560)

    def levels(self) -> list[str]:
        return [lv for lv, box in self.level_boxes.items() if box.isChecked()]

    def start(self) -> LoadNeighbourhoodsTask | None:
        chosen = self.picker.selected()
        levels = self.levels()
        if not chosen or not levels:
            self.status.setText(translate("LoadDialog", "Choose at least one municipality and one level."))
            return None
        year = int(self.year.currentData())
        folder = Path(self.folder.filePath() or default_output_folder())
        self.task = LoadNeighbourhoodsTask([c for c, _ in chosen], year, levels, folder, self.refresh.isChecked())
        self._names = ", ".join(n for _, n in chosen)
        self.task.progressChanged.connect(lambda p: self.progress.setValue(int(p)))
        self.task.taskCompleted.connect(self._completed)
        self.task.taskTerminated.connect(self._terminated)
        self.run_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress.setValue(0)
        self.status.setText(translate("LoadDialog", "Downloading {levels} {year} of {names}…").format(
            levels=", ".join(level_label(lv).lower() for lv in levels), year=year, names=self._names))
        QgsApplication.taskManager().addTask(self.task)
        return self.task

    def cancel(self):
        if self.task is not None:
            self.task.cancel()

    def _done(self):
        self.run_button.setEnabled(True)
        self.cancel_button.setEnabled(False)

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
