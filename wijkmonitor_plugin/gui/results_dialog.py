"""The algorithm dialog of every Wijkmonitor algorithm: QGIS's own, ending on the files the run wrote.

QGIS 3.22 runs an algorithm that must stay on the main thread (themed maps, the atlas, portraits)
behind a progress window and then shows the parameters again at 0 %, with no trace of what was
written; users ran *Export themed maps* again and again. This dialog is QGIS's AlgorithmDialog
(:func:`~wijkmonitor_plugin.algorithms.base.WijkmonitorAlgorithm.createCustomParametersWidget`
hands it to Processing) that, once a run is over, lists the files it wrote as links in the log and
shows the log.
"""

from __future__ import annotations

import html
from pathlib import Path

from qgis.core import (
    QgsProcessingOutputFile,
    QgsProcessingOutputFolder,
    QgsProcessingOutputHtml,
    QgsProcessingOutputString,
)
from qgis.PyQt.QtCore import QUrl

from ..i18n import translate

try:  # Processing's dialog exists wherever a dialog is shown (not in qgis_process)
    from processing.gui.AlgorithmDialog import AlgorithmDialog
except ImportError:  # pragma: no cover - without the Processing plugin there is no dialog to show
    AlgorithmDialog = None

#: string outputs that list files, separated by ';'
FILE_LIST_OUTPUTS = ("FILES",)


def written_files(algorithm, results: dict) -> list[str]:
    """The files (and folders) a finished run reports in ``results`` that exist, in output order."""
    out = []
    for definition in algorithm.outputDefinitions():
        value = results.get(definition.name())
        if not value or not isinstance(value, str):
            continue
        if isinstance(definition, (QgsProcessingOutputFile, QgsProcessingOutputHtml, QgsProcessingOutputFolder)):
            candidates = [value]
        elif isinstance(definition, QgsProcessingOutputString) and definition.name() in FILE_LIST_OUTPUTS:
            candidates = value.split(";")
        else:
            continue
        out += [c for c in candidates if c and Path(c).exists() and c not in out]
    files = [f for f in out if not Path(f).is_dir()]
    # a folder only when none of the files listed is in it (the themed maps' folder holds its maps)
    return files + [d for d in out if Path(d).is_dir() and not any(Path(f).parent == Path(d) for f in files)]


def files_html(files) -> str:
    """The files as links for the dialog's log."""
    links = [f"<a href=\"{QUrl.fromLocalFile(f).toString()}\">{html.escape(f)}</a>" for f in files]
    return "<b>" + html.escape(translate("ResultsDialog", "Files written:")) + "</b><br>" + "<br>".join(links)


if AlgorithmDialog is not None:
    class ResultsDialog(AlgorithmDialog):
        """QGIS's algorithm dialog that ends a run on its log, with the files written."""

        def finish(self, successful, result, *args, **kwargs):
            super().finish(successful, result, *args, **kwargs)
            if not successful:
                return
            files = written_files(self.algorithm(), result or {})
            if files:
                self.setInfo(files_html(files), False, False)
            self.showLog()
else:  # pragma: no cover
    ResultsDialog = None
