"""The reliability sweep: every algorithm under bad output paths, empty and filtered inputs, a cancel and a
failure while the outputs are put in place (issue 12).

Each case asserts the message (translated, naming the path and what to do), that every input file is
byte-identical afterwards (SHA-256 before and after), and that nothing partial is left: no output, no
staging folder, no ``.part`` file, no GeoPackage ``-journal``/``-wal``/``-shm``, and an output that
existed before a failed run is still there unchanged.

Evidence for the faults: the errors are the ones the operating system gives (a read-only folder is made
with ``chattr +i`` when the tests run as root, who may write in a chmod 555 folder, else with chmod 555;
a disk that fills up while outputs are moved is ``OSError(ENOSPC)`` from ``os.replace``). Cancel is
QgsFeedback.cancel() from the progress signal, as the Processing dialog's Cancel button does.
"""

from __future__ import annotations

import errno
import os
import shutil
import stat
import subprocess
from pathlib import Path

import pytest
from osgeo import gdal
from qgis.core import (
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorLayer,
)

from tests.conftest import DATA, ROOT
from tests.download_fixtures import VARIABLES
from tests.sweep import constant_raster, hashes
from wijkmonitor_plugin.core import files as core_files

FIELD = "percentageHuishoudensMetLaagInkomen"
HUISARTS = "huisartsenpraktijkGemiddeldeAfstandInKm"
CRIME = ROOT / "resources" / "sample" / "politie_47022NED_misdrijven_amsterdam_2024.csv"
LEEFBAAROMETER = DATA / "leefbaarometer" / "leefbaarometer_buurt_constructed.csv"


# ------------------------------------------------------------------------------------------------ inputs

@pytest.fixture(scope="module")
def inputs(processing_ready, sample_gpkg, tmp_path_factory):
    folder = tmp_path_factory.mktemp("inputs")
    buurten = folder / "buurten.gpkg"
    shutil.copy(sample_gpkg, buurten)
    layer = QgsVectorLayer(str(buurten), "b", "ogr")
    gdal.VectorTranslate(str(folder / "empty.gpkg"), str(buurten), where="1=0")
    (folder / "changes.csv").write_text("naam;gebieden;veld;bewerking;waarde\n"
                                        f"Huisarts dichterbij;all;{HUISARTS};vermenigvuldig;0,5\n", encoding="utf-8")
    shutil.copy(CRIME, folder / "crime.csv")
    shutil.copy(LEEFBAAROMETER, folder / "leefbaarometer.csv")
    constant_raster(folder / "no2.tif", layer, 100.0, 28992, 20.0)
    del layer
    return folder


def listing(folder: Path) -> set:
    return {str(p.relative_to(folder)) for p in folder.rglob("*")}


# ------------------------------------------------------------------------------------------------ algorithms
# name -> (params(inputs, out folder), main output key, its kind, a second output key, its kind)

def _p(**kw):
    return lambda i, o: {k: (v(i, o) if callable(v) else v) for k, v in kw.items()}


def _buurten(i, o):
    return str(i / "buurten.gpkg")


ALGORITHMS = {
    "computeindicators": (_p(INPUT=_buurten, OUTPUT=lambda i, o: str(o / "out.gpkg"),
                             REPORT=lambda i, o: str(o / "report.csv")), "OUTPUT", "sink", "REPORT", "sink"),
    "aggregateareas": (_p(INPUT=_buurten, TARGET=0, OUTPUT=lambda i, o: str(o / "out.gpkg"),
                          REPORT=lambda i, o: str(o / "report.csv")), "OUTPUT", "sink", "REPORT", "sink"),
    "joinindicators": (_p(INPUT=_buurten, TABLE_FILE=lambda i, o: str(i / "crime.csv"),
                          OUTPUT=lambda i, o: str(o / "out.gpkg"), REPORT=lambda i, o: str(o / "report.csv")),
                       "OUTPUT", "sink", "REPORT", "sink"),
    "rasterindicators": (_p(INPUT=_buurten, RASTER=lambda i, o: str(i / "no2.tif"), MEASURE=0,
                            OUTPUT=lambda i, o: str(o / "out.gpkg")), "OUTPUT", "sink", None, None),
    "deprivationindex": (_p(INPUT=_buurten, POPULATION_FIELD="aantalInwoners", MIN_POPULATION=100,
                            OUTPUT=lambda i, o: str(o / "out.gpkg"), REPORT=lambda i, o: str(o / "report.json")),
                         "OUTPUT", "sink", "REPORT", "file"),
    "scenario": (_p(INPUT=_buurten, CHANGES=lambda i, o: str(i / "changes.csv"), POPULATION_FIELD="aantalInwoners",
                    MIN_POPULATION=100, OUTPUT=lambda i, o: str(o / "out.gpkg"),
                    DECILE_CHANGES=lambda i, o: str(o / "deciles.gpkg"), REPORT=lambda i, o: str(o / "report.json")),
                 "OUTPUT", "sink", "DECILE_CHANGES", "sink"),
    "energytransition": (_p(INPUT=_buurten, OUTPUT=lambda i, o: str(o / "out.gpkg"),
                            REPORT=lambda i, o: str(o / "report.html")), "OUTPUT", "sink", "REPORT", "file"),
    "hotspots": (_p(INPUT=_buurten, FIELD=FIELD, PERMUTATIONS=99, SEED=1, OUTPUT=lambda i, o: str(o / "out.gpkg"),
                    REPORT=lambda i, o: str(o / "report.html")), "OUTPUT", "sink", "REPORT", "file"),
    "wijkprofile": (_p(INPUT=_buurten, REFERENCE=0, POPULATION_FIELD="aantalInwoners",
                       OUTPUT=lambda i, o: str(o / "out.gpkg"), REPORT=lambda i, o: str(o / "report.html")),
                    "OUTPUT", "sink", "REPORT", "file"),
    "similarareas": (_p(INPUT=_buurten, K=3, OUTPUT=lambda i, o: str(o / "out.gpkg"),
                        PAIRS=lambda i, o: str(o / "pairs.csv")), "OUTPUT", "sink", "PAIRS", "sink"),
    "exportmaps": (_p(INPUT=_buurten, FIELDS=[FIELD], DPI=30, OUTPUT_FOLDER=lambda i, o: str(o / "maps")),
                   "OUTPUT_FOLDER", "folder", None, None),
    "exportatlas": (_p(INPUT=_buurten, FIELD=FIELD, DPI=30, PROFILE=False, OUTPUT=lambda i, o: str(o / "atlas.pdf")),
                    "OUTPUT", "file", None, None),
    "portrait": (_p(INPUT=_buurten, DPI=30, HTML=False, OUTPUT_FOLDER=lambda i, o: str(o / "maps")),
                 "OUTPUT_FOLDER", "folder", None, None),
    "trend": (_p(INPUT=_buurten, LAYERS=lambda i, o: [str(i / "buurten.gpkg")], LAYER_YEARS="2021", INPUT_YEAR=2023,
                 FIELDS=[FIELD], OUTPUT=lambda i, o: str(o / "out.gpkg")), "OUTPUT", "sink", None, None),
    "reallocate": (_p(INPUT=_buurten, TARGET=_buurten, OUTPUT=lambda i, o: str(o / "out.gpkg"),
                      TOTALS=lambda i, o: str(o / "totals.csv"), LINKS=lambda i, o: str(o / "links.csv")),
                   "OUTPUT", "sink", "TOTALS", "sink"),
    "loadsample": (_p(OUTPUT=lambda i, o: str(o / "out.gpkg")), "OUTPUT", "sink", None, None),
    "leefbaarometer": (_p(INPUT=_buurten, FILE=lambda i, o: str(i / "leefbaarometer.csv"),
                          OUTPUT=lambda i, o: str(o / "out.gpkg")), "OUTPUT", "sink", None, None),
    # downloads, from the local CBS/PDOK stand-in (tests/download_fixtures.py `net`)
    "downloadcbstable": (_p(MUNICIPALITIES="Amsterdam", LEVELS=[1, 2], VARIABLES=VARIABLES,
                            OUTPUT=lambda i, o: str(o / "out.gpkg")), "OUTPUT", "sink", None, None),
    "loadneighbourhoods": (_p(MUNICIPALITIES="GM0363", LEVEL=2, YEAR=2023, SOURCE=0,
                              OUTPUT=lambda i, o: str(o / "out.gpkg")), "OUTPUT", "sink", None, None),
}
#: the algorithms that download (run with the local stand-in of CBS and PDOK)
NETWORK = {"downloadcbstable", "loadneighbourhoods"}


# ------------------------------------------------------------------------------------------------ faults

@pytest.fixture()
def read_only(tmp_path):
    """A folder nothing can be written in, also for root (chattr +i); removed again afterwards."""
    folder = tmp_path / "read-only"
    folder.mkdir()
    immutable = os.geteuid() == 0 and shutil.which("chattr")
    if immutable:
        if subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode != 0:
            pytest.skip("chattr +i is not supported on this file system")
    elif os.geteuid() == 0:
        pytest.skip("running as root without chattr: no folder is read-only")
    else:
        folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    yield folder
    if immutable:
        subprocess.run(["chattr", "-i", str(folder)], check=True)
    else:
        folder.chmod(stat.S_IRWXU)


def _name(params, key, kind):
    return "maps" if kind == "folder" else Path(params[key]).name


def fault_read_only_folder(spec, params, tmp, out, read_only):
    _, key, kind, _, _ = spec
    target = read_only / _name(params, key, kind)
    params[key] = str(target)
    return [f"nothing can be written in the folder {read_only}", "ask for write access"]


def fault_parent_is_a_file(spec, params, tmp, out, read_only):
    _, key, kind, _, _ = spec
    blocker = tmp / "notes.txt"
    blocker.write_text("a file where a folder is expected")
    params[key] = str(blocker / _name(params, key, kind))
    return [str(blocker), "is a file, not a folder"] if kind != "folder" else [f"{blocker} is a file, not a folder"]


def fault_ancestor_is_a_file(spec, params, tmp, out, read_only):
    _, key, kind, _, _ = spec
    blocker = tmp / "notes.txt"
    blocker.write_text("a file where a folder is expected")
    params[key] = str(blocker / "sub" / _name(params, key, kind))
    return [f"cannot be made, because {blocker} is a file, not a folder", "Choose a path in a folder"]


def fault_output_is_a_folder_or_file(spec, params, tmp, out, read_only):
    _, key, kind, _, _ = spec
    if kind == "folder":  # the output folder is an existing file
        target = out / "maps"
        target.write_text("not a folder")
        params[key] = str(target)
        return [f"{target} is a file, not a folder"]
    target = out / _name(params, key, kind)
    target.mkdir()
    params[key] = str(target)
    return [f"{target} is a folder, not a file", "Give a file name"]


def fault_second_output_under_a_file(spec, params, tmp, out, read_only):
    _, key, kind, second, second_kind = spec
    blocker = tmp / "notes.txt"
    blocker.write_text("a file where a folder is expected")
    if second is None:  # a single output: a name that is too long for the file system
        params[key] = str(out / ("x" * 300 + ("" if kind == "folder" else Path(params[key]).suffix)))
        return ["the name is too long"]
    params[second] = str(blocker / ("report" + Path(params[second]).suffix))
    return [str(blocker), "is a file, not a folder"]


def fault_empty_input(spec, params, tmp, out, read_only):
    params["INPUT"] = str(tmp / "inputs_empty.gpkg")
    return ["has no features", "Choose a layer or table with features"]


def fault_filter_leaves_nothing(spec, params, tmp, out, read_only):
    # the layer as a source string with its filter: a QgsVectorLayer object created here and handed to a run
    # that fails outlives QGIS in the test process and crashes it at exit (also without Wijkmonitor's code)
    params["INPUT"] = params["INPUT"] + "|subset=\"statcode\" = 'BU9999XX99'"
    return ["'buurten'", "its filter leaves none", "Change the filter"]


def fault_selection_empty(spec, params, tmp, out, read_only):
    layer = QgsVectorLayer(params["INPUT"], "buurten", "ogr")
    QgsProject.instance().addMapLayer(layer, False)
    params["INPUT"] = QgsProcessingFeatureSourceDefinition(layer.id(), True)
    params["_layer"] = layer
    return ["no feature is selected", "untick 'Selected features only'"]


def fault_cancel_at_the_start(spec, params, tmp, out, read_only):
    params["_cancel"] = True
    return ["ancelled."]  # "Cancelled." or, in a download, "Download cancelled."


def fault_cancel_while_writing(spec, params, tmp, out, read_only):
    """Cancel as soon as the first output (a layer, or a file in an output folder) has been started."""
    params["_cancel_writing"] = True
    return ["ancelled."]


def fault_disk_full_while_moving(spec, params, tmp, out, read_only):
    """The disk fills up while the finished outputs are moved into place; an older output survives."""
    _, key, kind, _, _ = spec
    params["_disk_full"] = True
    if kind != "folder":
        old = Path(params[key])
        old.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(tmp / "inputs_empty.gpkg", old)  # a result of an earlier run
    return ["the disk is full", "Free disk space"]


FAULTS = [fault_read_only_folder, fault_parent_is_a_file, fault_ancestor_is_a_file, fault_output_is_a_folder_or_file,
          fault_second_output_under_a_file, fault_empty_input, fault_filter_leaves_nothing, fault_selection_empty,
          fault_cancel_at_the_start, fault_cancel_while_writing, fault_disk_full_while_moving]


class CancelOnProgress(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.progressChanged.connect(lambda _p: self.cancel())


#: faults of the input layer, for the algorithms that have one
INPUT_FAULTS = {fault_empty_input, fault_filter_leaves_nothing, fault_selection_empty}
WITHOUT_INPUT = {"loadsample"} | NETWORK
CASES = [pytest.param(alg, fault, id=f"{alg}-{fault.__name__[6:]}") for alg in ALGORITHMS for fault in FAULTS
         if not (alg in WITHOUT_INPUT and fault in INPUT_FAULTS)]


def test_the_sweep_has_at_least_eight_cases_per_algorithm():
    per = {alg: sum(1 for case in CASES if case.values[0] == alg) for alg in ALGORITHMS}
    assert min(per.values()) >= 8 and len(per) == 19, per


@pytest.mark.parametrize("alg,fault", CASES)
def test_sweep(processing_ready, inputs, tmp_path, monkeypatch, request, alg, fault):
    import processing

    spec = ALGORITHMS[alg]
    if alg in NETWORK:
        request.getfixturevalue("net")
    out = tmp_path / "out"
    out.mkdir()
    shutil.copy(inputs / "empty.gpkg", tmp_path / "inputs_empty.gpkg")
    params = spec[0](inputs, out)
    ro = request.getfixturevalue("read_only") if fault is fault_read_only_folder else None
    expected = fault(spec, params, tmp_path, out, ro)
    feedback = CancelOnProgress() if params.pop("_cancel", False) else QgsProcessingFeedback()
    if params.pop("_disk_full", False):
        real = core_files.Moves.move

        def full(self, source, target):  # the first output is moved into place, then the disk is full
            real(self, source, target)
            if source is not None:
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(target))

        monkeypatch.setattr(core_files.Moves, "move", full)
    if params.pop("_cancel_writing", False):
        from wijkmonitor_plugin.qgis_adapters import outputs

        started = {"sink": outputs.OutputRun.sink_made, "file": core_files.OutputTransaction.defer}

        def sink_made(self, name, sink, *args):
            feedback.cancel()
            return started["sink"](self, name, sink, *args)

        def defer(self, tmp, target):
            started["file"](self, tmp, target)
            feedback.cancel()

        monkeypatch.setattr(outputs.OutputRun, "sink_made", sink_made)
        monkeypatch.setattr(core_files.OutputTransaction, "defer", defer)
        if alg == "loadneighbourhoods":  # a GeoPackage output is written by GDAL directly (into the staging folder)
            from wijkmonitor_plugin.algorithms import load_neighbourhoods

            write_map = load_neighbourhoods.write_map

            def cancelled_map(*args, **kwargs):
                written = write_map(*args, **kwargs)
                feedback.cancel()
                return written

            monkeypatch.setattr(load_neighbourhoods, "write_map", cancelled_map)
    keep = [params.pop(k) for k in ("_layer",) if k in params]
    before_inputs = hashes(inputs)
    before_out = listing(out)
    old = hashes(out)
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    try:
        with pytest.raises(QgsProcessingException) as caught:
            processing.run(f"wijkmonitor:{alg}", params, context=context, feedback=feedback)
    finally:
        for layer in keep:
            if QgsProject.instance().mapLayer(layer.id()) is not None:
                QgsProject.instance().removeMapLayer(layer.id())
    message = str(caught.value)
    assert "Traceback" not in message
    for text in expected:
        assert text in message, message
    assert hashes(inputs) == before_inputs  # inputs byte-identical
    assert listing(out) == before_out, sorted(listing(out) - before_out)  # nothing partial, no side files
    assert hashes(out) == old  # an older output is untouched
    for folder in (tmp_path, out):
        assert not [p for p in folder.rglob("*") if p.name.startswith((".wijkmonitor-", ".out.", ".report."))]
