"""Shared fixtures: a real, headless QGIS (pytest-qgis) with Processing and the Wijkmonitor provider."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
NL = DATA / "nl"
IOD = DATA / "iod"
BUILD = ROOT / "build" / "wijkmonitor_plugin"

#: fixtures of the download tests (server, net): a local CBS/PDOK stand-in
pytest_plugins = ["tests.download_fixtures"]


_PROVIDER = []


def ensure_provider():
    """Register the Wijkmonitor provider if it is not; keep a Python reference so sip keeps the subclass."""
    from qgis.core import QgsApplication

    registry = QgsApplication.processingRegistry()
    if registry.providerById("wijkmonitor") is None:
        from wijkmonitor_plugin.algorithms.provider import WijkmonitorProvider

        _PROVIDER[:] = [WijkmonitorProvider()]
        registry.addProvider(_PROVIDER[0])
    return registry


@pytest.fixture(scope="session")
def processing_ready(qgis_app):
    """Processing initialised with the Wijkmonitor provider registered, once per session."""
    from qgis.core import QgsApplication

    plugins = str(Path(QgsApplication.pkgDataPath()) / "python" / "plugins")
    if plugins not in sys.path:
        sys.path.append(plugins)
    from processing.core.Processing import Processing

    Processing.initialize()
    return ensure_provider()


@pytest.fixture(scope="session", autouse=True)
def iface_layer_tree_view(qgis_iface):
    """A real QgsLayerTreeView of the project's layer tree on the test iface.

    pytest-qgis's stub iface answers ``layerTreeView()`` with a MagicMock; QGIS >= 3.44 hands that
    view to C++ when Processing adds result layers (``QgsProcessingGuiUtils.addResultLayers``), and a
    mock there is a TypeError. QGIS 4 does the same.
    """
    from qgis.core import QgsLayerTreeModel, QgsProject
    from qgis.gui import QgsLayerTreeView

    view = QgsLayerTreeView(qgis_iface.mainWindow())
    view.setModel(QgsLayerTreeModel(QgsProject.instance().layerTreeRoot(), view))
    qgis_iface.layerTreeView = lambda: view
    return view


@pytest.fixture(scope="session")
def postgis():
    """A throw-away PostgreSQL + PostGIS server (tests/postgis_server.py), stopped at the end of the session."""
    from tests.postgis_server import PostgisServer

    server = PostgisServer()
    try:
        server.start()
        yield server
    finally:
        server.stop()


@pytest.fixture()
def run_alg(processing_ready):
    """processing.run with a fresh context; returns the result dict."""
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    def _run(alg_id, params, feedback=None):
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        return processing.run(alg_id, params, context=context, feedback=feedback or QgsProcessingFeedback())

    return _run


@pytest.fixture(scope="session")
def sample_buurten(processing_ready):
    """The bundled Amsterdam sample through wijkmonitor:loadsample (519 buurten, key fields).

    Not named ``*layer*``: pytest-qgis deletes the layers of such fixtures after the first test.
    """
    import processing

    return processing.run("wijkmonitor:loadsample", {"OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]


@pytest.fixture(scope="session")
def sample_gpkg(processing_ready, tmp_path_factory):
    """The loadsample output (519 buurten, key fields) as a GeoPackage path, written once per session.

    A path, unlike a layer object, cannot be deleted by an earlier test's Processing context.
    Tests only read it; copy it before changing it.
    """
    import processing

    path = tmp_path_factory.mktemp("sample") / "buurten.gpkg"
    processing.run("wijkmonitor:loadsample", {"OUTPUT": str(path)})
    return str(path)


def _qgis_process_binary() -> str | None:
    # Debian bookworm's wrapper adds --noversioncheck, which QGIS 3.22 rejects: use the binary.
    for candidate in ("/usr/bin/qgis_process.bin", shutil.which("qgis_process") or ""):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    return None


@pytest.fixture(scope="session")
def qgis_process(tmp_path_factory):
    """Run qgis_process with the built plugin folder enabled; returns a callable(args) -> CompletedProcess."""
    binary = _qgis_process_binary()
    if binary is None:
        pytest.fail("qgis_process is not installed: run 'make test', which installs QGIS")
    if not (BUILD / "metadata.txt").is_file():
        subprocess.run([sys.executable, str(ROOT / "scripts" / "build_plugin.py"), "--folder", str(BUILD)],
                       check=True)
    config = tmp_path_factory.mktemp("qgis_config")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QGIS_PLUGINPATH=str(BUILD.parent),
               QGIS_CUSTOM_CONFIG_PATH=str(config), XDG_RUNTIME_DIR=str(config))

    def _run(args, check=True, extra_env=None, timeout=300):
        proc = subprocess.run([binary, *args], env=dict(env, **(extra_env or {})), capture_output=True,
                              text=True, timeout=timeout)
        if check and proc.returncode != 0:
            raise AssertionError(f"qgis_process {' '.join(args)} failed ({proc.returncode}):\n"
                                 f"{proc.stdout}\n{proc.stderr}")
        return proc

    _run(["plugins", "enable", "wijkmonitor_plugin"], check=False)
    _run.command, _run.env = [binary], env  # for a qgis_process that runs alongside the test (subprocess.Popen)
    return _run


def wait_for_task(task, timeout: float = 30.0) -> None:
    """Run Qt's event loop until ``task`` (a QgsTask) has finished or was cancelled, awaiting its
    taskCompleted/taskTerminated signal instead of polling; fails after ``timeout`` seconds."""
    from qgis.core import QgsTask
    from qgis.PyQt.QtCore import QEventLoop, QTimer

    finished = (QgsTask.TaskStatus.Complete, QgsTask.TaskStatus.Terminated)
    if task.status() not in finished:
        loop = QEventLoop()
        task.taskCompleted.connect(loop.quit)
        task.taskTerminated.connect(loop.quit)
        QTimer.singleShot(int(timeout * 1000), loop.quit)
        if task.status() not in finished:  # it may have finished while the signals were being connected
            loop.exec()
    assert task.status() in finished, f"task did not finish within {timeout:.0f} s"


def run_model(model, child, output_name: str, path) -> dict:
    """Add ``child`` to the Processing ``model`` with its OUTPUT as the model output ``output_name``, run the
    model (in the current project) with that output written to ``path`` and return the results; the run must
    succeed."""
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProcessingModelOutput, QgsProject

    output = QgsProcessingModelOutput(output_name)
    output.setChildOutputName("OUTPUT")
    output.setChildId(child.childId())
    child.setModelOutputs({output_name: output})
    model.addChildAlgorithm(child)
    model.initAlgorithm()
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    results, ok = model.run({f"{child.childId()}:{output_name}": str(path)}, context, QgsProcessingFeedback())
    assert ok, results
    return results


class RecordingIface:
    """pytest-qgis's QgisInterface plus the plugin-menu and dock calls it lacks, recorded.

    Lets tests assert that the plugin removes every menu item and dock it added.
    """

    def __init__(self, iface):
        self._iface = iface
        self.plugin_menus: dict[str, list] = {}
        self.docks: list = []

    def __getattr__(self, name):
        return getattr(self._iface, name)

    def addPluginToMenu(self, name, action):  # noqa: N802 (QGIS API)
        self.plugin_menus.setdefault(name, []).append(action)

    def removePluginMenu(self, name, action):  # noqa: N802 (QGIS API)
        self.plugin_menus[name].remove(action)
        if not self.plugin_menus[name]:
            del self.plugin_menus[name]

    def addDockWidget(self, area, dock):  # noqa: N802 (QGIS API)
        self.docks.append(dock)
        self._iface.mainWindow().addDockWidget(area, dock) if hasattr(self._iface.mainWindow(),
                                                                      "addDockWidget") else None

    def removeDockWidget(self, dock):  # noqa: N802 (QGIS API)
        self.docks.remove(dock)


@pytest.fixture()
def recording_iface(qgis_iface):
    return RecordingIface(qgis_iface)
