"""The click sequence that crashed QGIS: panel → Make layout → close the layout designer → Make wijk atlas.

What it reproduces (issue "In QGIS without a crash"): in a QGIS desktop the sequence ended in a
segfault in ``QgsLayerTreeModel::invalidateLegendMapBasedData`` or in ``malloc(): invalid next size``.
Under valgrind the first bad access is a write into a freed ``QgsRuleBasedRenderer``:

1. *Make layout* froze the layer's style in the layout's map ("lock styles for layers"); the layout
   legend is linked to that map, so once it has been drawn (the designer draws it) it rebuilds its
   entries with the frozen style applied to the live layer as a *style override*.
2. *Make wijk atlas* restyled the same layer: ``layer.setRenderer(renderer)`` with a renderer made in
   Python. Inside that call QGIS tells every legend of the layer to rebuild; the layout legend applies
   its override, which replaces — and deletes — the renderer Python had just handed over.
3. Back in Python, sip records the transfer of ownership in the (already deleted) renderer: a write
   into freed memory. What QGIS trips over afterwards depends on who reuses that memory — the layer
   tree model's deferred legend refresh (a 1 s timer), or malloc itself.

The fix gives every layer a renderer and labeling that C++ made and owns (a clone; see
``style.apply_renderer``), and the atlas its own layers, so the user's layer is never restyled by it.
Because the atlas no longer restyles the user's layer, the sequence ends as a user still can: a
restyle with labels (the panel's "Label the areas" box) while the first layout locks the style —
without the fix that segfaults every time.

The sequence runs in a child process — a crash must fail this test, not end the test run — with a
real QGIS GUI stack offscreen: a ``QgsMapCanvas``, the project's layer tree in a ``QgsLayerTreeView``
with a ``QgsLayerTreeModel`` bridged to the canvas (as the QGIS main window has them), and the
layouts opened in a ``QgsLayoutView`` — the view the layout designer is built on — which draws them,
legends included, and is closed again. Nothing is mocked.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

FIELD = "percentageHuishoudensMetLaagInkomen"
OTHER = "nettoArbeidsparticipatie"


def test_panel_layout_designer_atlas_sequence_does_not_crash(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONFAULTHANDLER="1",
               XDG_RUNTIME_DIR=str(tmp_path))
    proc = subprocess.run([sys.executable, "-m", "tests.test_desktop_crash", str(tmp_path)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, f"the click sequence ended with exit code {proc.returncode}:\n" \
                                 f"{proc.stdout[-3000:]}\n{proc.stderr[-6000:]}"
    facts = dict(line.split("=", 1) for line in proc.stdout.splitlines() if "=" in line)
    assert facts["sequence"] == "complete"
    # the atlas did not restyle the user's layer: it still shows the indicator chosen last in the panel,
    # and its labels stay as the panel left them (off)
    assert facts["user_layer_field"] == OTHER
    assert facts["user_layer_labels"] == "False"
    assert int(facts["atlas_pages"]) > 0
    assert facts["layout_layers_locked"] == "True"


# -- the sequence, run as ``python -m tests.test_desktop_crash <folder>`` -----------------------------


class DesktopIface:
    """The parts of QgisInterface the panel uses, backed by real widgets: canvas, layer tree, layout views."""

    def __init__(self):
        from qgis.core import QgsLayerTreeModel, QgsProject
        from qgis.gui import QgsLayerTreeMapCanvasBridge, QgsLayerTreeView, QgsMapCanvas
        from qgis.PyQt.QtWidgets import QMainWindow

        self.window = QMainWindow()
        self.canvas = QgsMapCanvas(self.window)
        self.window.setCentralWidget(self.canvas)
        root = QgsProject.instance().layerTreeRoot()
        self.model = QgsLayerTreeModel(root, self.window)
        for flag in (QgsLayerTreeModel.Flag.AllowNodeReorder, QgsLayerTreeModel.Flag.AllowNodeRename,
                     QgsLayerTreeModel.Flag.AllowNodeChangeVisibility, QgsLayerTreeModel.Flag.ShowLegendAsTree,
                     QgsLayerTreeModel.Flag.UseEmbeddedWidgets, QgsLayerTreeModel.Flag.UseTextFormatting):
            self.model.setFlag(flag)
        self.view = QgsLayerTreeView(self.window)
        self.view.setModel(self.model)
        self.bridge = QgsLayerTreeMapCanvasBridge(root, self.canvas, self.window)
        # as the main window does: the legend follows the canvas scale (symbol sizes in map units)
        self.canvas.extentsChanged.connect(self._legend_follows_canvas)
        self.designers = []
        self.window.resize(1200, 800)
        self.window.show()

    def _legend_follows_canvas(self):
        settings = self.canvas.mapSettings()
        self.model.setLegendMapViewData(settings.mapUnitsPerPixel(), int(settings.outputDpi()), self.canvas.scale())

    def mainWindow(self):  # noqa: N802 (QGIS API)
        return self.window

    def mapCanvas(self):  # noqa: N802 (QGIS API)
        return self.canvas

    def layerTreeView(self):  # noqa: N802 (QGIS API)
        return self.view

    def openLayoutDesigner(self, layout):  # noqa: N802 (QGIS API)
        from qgis.gui import QgsLayoutView

        view = QgsLayoutView()
        view.setCurrentLayout(layout)
        view.resize(1000, 800)
        view.show()
        view.zoomFull()
        self.designers.append(view)
        return view

    def close_designers(self):
        for view in self.designers:
            view.close()
            view.deleteLater()
        self.designers = []


def _wait(ms: int) -> None:
    """Let the event loop run ``ms`` milliseconds (paint events, the layer tree's deferred legend timers)."""
    from qgis.PyQt.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _start_qgis():
    """A QGIS application with widgets (offscreen), Processing and the Wijkmonitor provider."""
    from qgis.core import QgsApplication

    QgsApplication.setPrefixPath("/usr", True)
    app = QgsApplication([], True)
    app.initQgis()
    from tests.conftest import ensure_provider

    sys.path.append(str(Path(QgsApplication.pkgDataPath()) / "python" / "plugins"))
    from processing.core.Processing import Processing

    Processing.initialize()
    ensure_provider()
    return app


def _run_sequence(folder) -> int:
    app = _start_qgis()
    from qgis.core import QgsProject
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtTest import QTest

    from wijkmonitor_plugin.gui.actions import load_sample_into_project
    from wijkmonitor_plugin.gui.panel import WijkmonitorPanel
    from wijkmonitor_plugin.qgis_adapters import style

    QgsProject.instance().setFileName(str(Path(folder) / "sequence.qgz"))
    iface = DesktopIface()
    layer = load_sample_into_project(iface, folder)  # Wijkmonitor ▸ Load Amsterdam sample
    iface.canvas.setLayers([layer])
    iface.canvas.setExtent(layer.extent())
    panel = WijkmonitorPanel(iface, iface.window)
    iface.window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, panel)
    panel.show()
    panel.set_layer(layer)
    panel.set_indicator(FIELD)
    _wait(300)
    QTest.mouseClick(panel.layout_button, Qt.MouseButton.LeftButton)  # Make layout
    _wait(1500)  # the designer draws the layout, its legend included
    layout = QgsProject.instance().layoutManager().layouts()[0]
    print(f"layout_layers_locked={layout.itemById('map').keepLayerStyles()}")
    iface.close_designers()  # close the layout designer
    _wait(300)
    atlas = panel.make_atlas(wait=True)  # Make wijk atlas (its data written at once, not in a task)
    _wait(1500)  # deferred legend invalidation runs after 1 s
    panel.set_indicator(OTHER)
    _wait(1500)
    QTest.mouseClick(panel.labels_check, Qt.MouseButton.LeftButton)  # label the buurten: a restyle with labels
    _wait(1500)
    QTest.mouseClick(panel.labels_check, Qt.MouseButton.LeftButton)
    _wait(1500)
    iface.close_designers()
    _wait(300)
    settings = style.style_settings(layer)
    print(f"user_layer_field={settings.get('field')}")
    print(f"user_layer_labels={layer.labelsEnabled()}")
    print(f"atlas_pages={atlas.atlas().count() if atlas is not None and atlas.atlas().updateFeatures() else 0}")
    print("sequence=complete", flush=True)
    panel.deleteLater()
    iface.window.deleteLater()
    _wait(100)
    QgsProject.instance().clear()
    app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(_run_sequence(sys.argv[1]))
