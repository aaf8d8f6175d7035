"""The output discipline (qgis_adapters/outputs.py, core/files.py) piece by piece: transactions, old files kept
until a run completes, staged layers, layers added to an existing GeoPackage, messages for OS errors.

The faults are the operating system's own errors (``OSError`` with its errno, as ``open`` and
``os.replace`` raise them); the GeoPackage side files are SQLite's ``-journal``/``-wal``/``-shm``
(sqlite.org/tempfiles.html), shapefile parts are GDAL's (.shp/.shx/.dbf/.prj/.cpg).
"""

from __future__ import annotations

import errno
import os

import pytest
from osgeo import ogr
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingLayerPostProcessorInterface,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
    QgsProject,
    QgsVectorLayer,
    QgsWkbTypes,
)

from wijkmonitor_plugin.algorithms.base import WijkmonitorAlgorithm
from wijkmonitor_plugin.core.errors import WijkmonitorError
from wijkmonitor_plugin.core.files import atomic_write_text, output_transaction
from wijkmonitor_plugin.qgis_adapters.compat import make_field
from wijkmonitor_plugin.qgis_adapters.outputs import STAGING_PREFIX, os_error_message, side_files

# ------------------------------------------------------------------------------------------------ core/files

def test_outside_a_run_a_file_is_in_place_at_once(tmp_path):
    atomic_write_text(tmp_path / "a" / "r.txt", "x")
    assert (tmp_path / "a" / "r.txt").read_text() == "x" and sorted(os.listdir(tmp_path / "a")) == ["r.txt"]


def test_inside_a_run_files_wait_until_commit_and_others_are_written_at_once(tmp_path):
    report, cache = tmp_path / "out" / "report.json", tmp_path / "cache" / "body.bin"
    with output_transaction([report], []) as run:
        atomic_write_text(report, "{}")
        atomic_write_text(report.with_suffix(".html"), "<p>")  # the .html beside a .json report joins the run
        atomic_write_text(cache, "kept")  # not an output of the run: a download cache is written at once
        assert not report.exists() and not report.with_suffix(".html").exists() and cache.read_text() == "kept"
        assert run.written(report)
        run.commit()
        run.done()
    assert report.read_text() == "{}" and sorted(os.listdir(report.parent)) == ["report.html", "report.json"]


def test_a_rollback_removes_waiting_files_and_made_folders_and_keeps_old_files(tmp_path):
    old = tmp_path / "kept.html"
    old.write_text("old")
    new_folder = tmp_path / "new" / "deeper"
    with output_transaction([old, new_folder / "r.html"], []) as run:
        atomic_write_text(old, "new")
        atomic_write_text(new_folder / "r.html", "new")
        run.rollback()
    assert old.read_text() == "old" and not (tmp_path / "new").exists()
    assert sorted(os.listdir(tmp_path)) == ["kept.html"]


def test_a_failure_after_files_were_moved_puts_the_old_ones_back(tmp_path):
    first, second = tmp_path / "a.html", tmp_path / "b.html"
    first.write_text("old a")
    with output_transaction([first, second], []) as run:
        atomic_write_text(first, "new a")
        atomic_write_text(second, "new b")
        run.commit()
        assert first.read_text() == "new a"
        run.rollback()  # e.g. the next output could not be moved
    assert first.read_text() == "old a" and not second.exists() and sorted(os.listdir(tmp_path)) == ["a.html"]


def test_side_files():
    from pathlib import Path

    names = {p.name for p in side_files(Path("/x/out.gpkg"))}
    assert names == {"out.gpkg-journal", "out.gpkg-wal", "out.gpkg-shm"}
    assert {".shx", ".dbf", ".prj", ".cpg"} <= {p.suffix for p in side_files(Path("/x/out.shp"))}


@pytest.mark.parametrize("code,problem,advice", [
    (errno.EACCES, "there is no permission", "ask for access"),
    (errno.ENOSPC, "the disk is full", "Free disk space"),
    (errno.EBUSY, "in use by another program", "Close the file"),
    (errno.EISDIR, "it is a folder, not a file", "Check the path"),
])
def test_os_errors_name_the_path_the_problem_and_what_to_do(qgis_app, code, problem, advice):
    message = os_error_message(OSError(code, os.strerror(code), "/data/uit/index.gpkg"))
    assert message.startswith("/data/uit/index.gpkg: ") and problem in message and advice in message


# ------------------------------------------------------------------------------------------------ a run

class Renamer(QgsProcessingLayerPostProcessorInterface):
    def postProcessLayer(self, layer, context, feedback):  # noqa: N802 (QGIS API)
        layer.setName("styled")


_KEEP = []  # Processing keeps only a pointer to a post-processor: the Python object must outlive the run


class OutputProbe(WijkmonitorAlgorithm):
    """A test algorithm that writes a layer and a report and then does what MODE says."""

    NAME = "outputprobe"

    def displayName(self):  # noqa: N802 (QGIS API)
        return "Output probe"

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.addParameter(QgsProcessingParameterString("MODE", "Mode", defaultValue="ok"))
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", "Probe layer",
                                                            QgsProcessing.SourceType.TypeVectorPolygon))
        self.addParameter(QgsProcessingParameterFileDestination("REPORT", "Probe report", optional=True))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        mode = self.parameterAsString(parameters, "MODE", context)
        fields = QgsFields()
        fields.append(make_field("code", "string"))
        sink, dest_id = self.parameterAsSink(parameters, "OUTPUT", context, fields, QgsWkbTypes.Type.Polygon,
                                             QgsCoordinateReferenceSystem("EPSG:28992"))
        feature = QgsFeature(fields)
        feature.setAttributes(["BU1"])
        feature.setGeometry(QgsGeometry.fromWkt("POLYGON((0 0, 1 0, 1 1, 0 0))"))
        sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        if context.willLoadLayerOnCompletion(dest_id):
            _KEEP.append(Renamer())
            context.layerToLoadOnCompletionDetails(dest_id).setPostProcessor(_KEEP[-1])
        results = {"OUTPUT": dest_id}
        report = self.parameterAsFileOutput(parameters, "REPORT", context)
        if report and mode != "claim":
            atomic_write_text(report, "<p>report</p>")
        if report:
            results["REPORT"] = report
        if mode == "fail":
            raise WijkmonitorError("The probe failed after writing.")
        if mode == "oserror":
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), report)
        return results


def _run(params, context=None):
    alg = OutputProbe().create()
    context = context or QgsProcessingContext()
    context.setProject(QgsProject.instance())
    results, ok = alg.run(params, context, QgsProcessingFeedback(), {}, False)
    assert ok
    return results, context


def test_a_run_names_final_paths_and_leaves_no_staging(processing_ready, tmp_path):
    results, _ = _run({"MODE": "ok", "OUTPUT": str(tmp_path / "out.gpkg"), "REPORT": str(tmp_path / "r.html")})
    assert results == {"OUTPUT": str(tmp_path / "out.gpkg"), "REPORT": str(tmp_path / "r.html")}
    assert sorted(os.listdir(tmp_path)) == ["out.gpkg", "r.html"]
    assert QgsVectorLayer(results["OUTPUT"], "o", "ogr").featureCount() == 1


def test_a_layer_to_load_is_registered_under_its_final_path(processing_ready, tmp_path):
    output = QgsProcessingOutputLayerDefinition(str(tmp_path / "out.gpkg"), QgsProject.instance())
    output.destinationName = "Probe"
    _, context = _run({"MODE": "ok", "OUTPUT": output})
    keys = list(context.layersToLoadOnCompletion())
    assert keys == [str(tmp_path / "out.gpkg")] and STAGING_PREFIX not in keys[0]
    details = context.layerToLoadOnCompletionDetails(keys[0])
    assert details.name == "Probe"
    layer = QgsVectorLayer(keys[0], "o", "ogr")
    details.postProcessor().postProcessLayer(layer, context, QgsProcessingFeedback())  # attached by the algorithm
    assert layer.name() == "styled" and layer.featureCount() == 1


def test_an_output_reported_but_never_written_is_an_error(processing_ready, tmp_path):
    with pytest.raises(QgsProcessingException, match=r"Probe report was not written \(.*r\.html\)"):
        _run({"MODE": "claim", "OUTPUT": str(tmp_path / "out.gpkg"), "REPORT": str(tmp_path / "r.html")})
    assert os.listdir(tmp_path) == []


@pytest.mark.parametrize("mode,message", [("fail", "The probe failed after writing."),
                                          ("oserror", "there is no permission")])
def test_a_failed_run_keeps_the_old_outputs_and_leaves_nothing_new(processing_ready, tmp_path, mode, message):
    _run({"MODE": "ok", "OUTPUT": str(tmp_path / "out.gpkg"), "REPORT": str(tmp_path / "r.html")})
    old = {name: (tmp_path / name).read_bytes() for name in os.listdir(tmp_path)}
    with pytest.raises(QgsProcessingException, match=message):
        _run({"MODE": mode, "OUTPUT": str(tmp_path / "out.gpkg"), "REPORT": str(tmp_path / "r.html")})
    assert {name: (tmp_path / name).read_bytes() for name in os.listdir(tmp_path)} == old


def test_a_stale_journal_of_a_replaced_geopackage_goes_with_it(processing_ready, tmp_path):
    _run({"MODE": "ok", "OUTPUT": str(tmp_path / "out.gpkg")})
    (tmp_path / "out.gpkg-journal").write_bytes(b"left by a crash")
    _run({"MODE": "ok", "OUTPUT": str(tmp_path / "out.gpkg")})
    assert sorted(os.listdir(tmp_path)) == ["out.gpkg"]


def test_a_layer_added_to_an_existing_geopackage_is_removed_when_the_run_fails(processing_ready, tmp_path):
    target = tmp_path / "project.gpkg"
    _run({"MODE": "ok", "OUTPUT": f"ogr:dbname='{target}' table=\"first\" (geom)"})
    with pytest.raises(QgsProcessingException, match="The probe failed"):
        _run({"MODE": "fail", "OUTPUT": f"ogr:dbname='{target}' table=\"second\" (geom)"})
    ds = ogr.Open(str(target))
    assert [ds.GetLayer(i).GetName() for i in range(ds.GetLayerCount())] == ["first"]
    ds = None
    assert sorted(os.listdir(tmp_path)) == ["project.gpkg"]


def test_a_shapefile_moves_with_all_its_parts(processing_ready, tmp_path):
    _run({"MODE": "ok", "OUTPUT": str(tmp_path / "out.shp")})
    assert {"out.shp", "out.shx", "out.dbf", "out.prj"} <= set(os.listdir(tmp_path))
    assert not [n for n in os.listdir(tmp_path) if n.startswith(".")]


CRASH_AT_EXIT = r"""
import os, sys
sys.path.insert(0, {root!r})
from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingException, QgsProcessingFeedback
from qgis.core import QgsVectorLayer
app = QgsApplication([], False)
app.initQgis()
from wijkmonitor_plugin.algorithms.provider import WijkmonitorProvider
provider = WijkmonitorProvider()
QgsApplication.processingRegistry().addProvider(provider)
layer = QgsVectorLayer({sample!r}, "buurten", "ogr")
alg = QgsApplication.processingRegistry().createAlgorithmById("wijkmonitor:computeindicators")
context = QgsProcessingContext()
try:
    alg.run({{"INPUT": layer, "OUTPUT": {bad!r}}}, context, QgsProcessingFeedback(), {{}}, False)
except QgsProcessingException as exc:
    print("MESSAGE", exc)
import gc, weakref
ref = weakref.ref(layer)
del layer, context, alg
gc.collect()
print("ALIVE", ref() is not None)
app.exitQgis()
"""


def test_a_failed_run_with_a_layer_object_does_not_crash_python_at_exit(processing_ready, sample_gpkg, tmp_path):
    """The traceback of a failed run keeps no QGIS object of the run alive past QGIS's exit."""
    import subprocess
    import sys

    from tests.conftest import ROOT

    (tmp_path / "notes.txt").write_text("a file")
    script = CRASH_AT_EXIT.format(root=str(ROOT), sample=sample_gpkg, bad=str(tmp_path / "notes.txt" / "o.gpkg"))
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert "is a file, not a folder" in proc.stdout and "ALIVE False" in proc.stdout, proc.stdout
    assert proc.returncode == 0, (proc.returncode, proc.stderr[-2000:])


def test_a_styled_geopackage_is_left_as_a_plain_sqlite_file_and_reading_it_changes_no_byte(processing_ready,
                                                                                            tmp_path):
    """QGIS saves the default style in WAL mode, which SQLite keeps in the file header (bytes 18 and 19 are 2);
    the next QGIS that reads the file would switch it back and so change an input. After a run the output is in
    the default journal mode (1 and 1), has its style, and reading it in QGIS leaves every byte as it was."""
    import hashlib
    import sqlite3

    import processing

    path = tmp_path / "buurten.gpkg"
    processing.run("wijkmonitor:loadsample", {"OUTPUT": str(path)})
    header = path.read_bytes()[:20]
    assert (header[18], header[19]) == (1, 1)
    assert not (tmp_path / "buurten.gpkg-wal").exists()
    with sqlite3.connect(path) as con:
        assert con.execute("SELECT count(*) FROM layer_styles WHERE useAsDefault").fetchone()[0] == 1
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    layer = QgsVectorLayer(str(path), "b", "ogr")
    assert sum(1 for _ in layer.getFeatures()) == 519
    del layer
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
