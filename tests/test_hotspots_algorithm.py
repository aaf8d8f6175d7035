"""wijkmonitor:hotspots as users run it: processing.run, a model, qgis_process, bad input and islands."""

from __future__ import annotations

import json

import numpy as np
import pytest
from qgis.core import (
    QgsApplication,
    QgsCategorizedSymbolRenderer,
    QgsFeature,
    QgsGeometry,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingModelAlgorithm,
    QgsProcessingModelChildAlgorithm,
    QgsProcessingModelChildParameterSource,
    QgsProcessingOutputLayerDefinition,
    QgsProject,
    QgsVectorLayer,
)

from tests.conftest import run_model
from wijkmonitor_plugin.core import lisa
from wijkmonitor_plugin.core.contiguity import Neighbours, WeightsError, knn_neighbours
from wijkmonitor_plugin.paths import sample_path

FIELD = "percentageHuishoudensMetLaagInkomen"
SAMPLE = f"{sample_path()}|layername=buurten"


def _layer(path) -> QgsVectorLayer:
    layer = QgsVectorLayer(str(path), "out", "ogr")
    assert layer.isValid()
    return layer


def test_processing_run_writes_fields_classes_report_and_style(processing_ready, tmp_path):
    alg = QgsApplication.processingRegistry().createAlgorithmById("wijkmonitor:hotspots")
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    out = tmp_path / "hotspots.gpkg"
    report = tmp_path / "hotspots.html"
    feedback = QgsProcessingFeedback()
    results, ok = alg.run({"INPUT": SAMPLE, "FIELD": FIELD, "PERMUTATIONS": 199,
                           "OUTPUT": QgsProcessingOutputLayerDefinition(str(out), QgsProject.instance()),
                           "REPORT": str(report)}, context, feedback)
    assert ok, results
    layer = _layer(out)
    names = layer.fields().names()
    assert names[:len(_layer(SAMPLE).fields())] == _layer(SAMPLE).fields().names()  # input fields kept, first
    new = [f"{FIELD}_lisa_i", f"{FIELD}_lisa_p", f"{FIELD}_lisa_class", f"{FIELD}_gi_z", f"{FIELD}_gi_p"]
    assert names[-5:] == new
    rows = [(f[FIELD], f[new[1]], f[new[2]]) for f in layer.getFeatures()]
    assert len(rows) == 519
    with_value = [r for r in rows if isinstance(r[0], (int, float))]
    without = [r for r in rows if not isinstance(r[0], (int, float))]
    assert without and all(not isinstance(r[1], float) and r[2] in (None, "") or r[2] != r[2] for r in without)
    classes = [r[2] for r in with_value]
    assert set(classes) <= {"HH", "LL", "HL", "LH", "ns"}
    assert sum(c == "HH" for c in classes) == results["HOTSPOTS"] > 0
    assert sum(c == "LL" for c in classes) == results["COLDSPOTS"] > 0
    assert all(0 < r[1] <= 1 for r in with_value)
    # the significant ones are significant at 5%, and a class is never given above it
    assert all((r[1] <= 0.05) == (r[2] != "ns") for r in with_value)
    assert 0 < results["GLOBAL_I"] < 1 and results["GLOBAL_P"] <= 0.01
    text = report.read_text(encoding="utf-8")
    assert "Global Moran" in text and f"{results['GLOBAL_I']:.4f}" in text and "HH" in text
    # the cluster map is applied when Processing loads the layer
    details = context.layerToLoadOnCompletionDetails(results["OUTPUT"])
    loaded = _layer(results["OUTPUT"])
    details.postProcessor().postProcessLayer(loaded, context, feedback)
    renderer = loaded.renderer()
    assert isinstance(renderer, QgsCategorizedSymbolRenderer) and renderer.classAttribute() == new[2]
    assert [c.value() for c in renderer.categories()][:5] == ["HH", "LL", "HL", "LH", "ns"]
    assert loaded.fields().field(new[0]).alias()


def test_seeded_runs_repeat_and_rook_and_knn_run(run_alg, tmp_path):
    outs = [run_alg("wijkmonitor:hotspots", {"INPUT": SAMPLE, "FIELD": FIELD, "PERMUTATIONS": 99, "SEED": 11,
                                              "NEIGHBOURS": mode, "OUTPUT": str(tmp_path / f"h{i}.gpkg")})
            for i, mode in enumerate((0, 0, 1, 2))]
    p = [[f[f"{FIELD}_lisa_p"] for f in _layer(o["OUTPUT"]).getFeatures()] for o in outs]
    assert p[0] == p[1]  # same seed, same p-values
    assert p[0] != p[2] and p[0] != p[3]  # other neighbours, other answer
    assert outs[0]["GLOBAL_I"] == outs[1]["GLOBAL_I"] != outs[2]["GLOBAL_I"]


def _grid_layer(cells, values, gap=0.0) -> QgsVectorLayer:
    """Unit squares at (x, y) cells with a value field; ``gap`` leaves space between them."""
    layer = QgsVectorLayer("Polygon?crs=EPSG:28992&field=statcode:string&field=v:double", "grid", "memory")
    feats = []
    for n, ((x, y), v) in enumerate(zip(cells, values)):
        f = QgsFeature(layer.fields())
        s = 1.0 + gap
        f.setGeometry(QgsGeometry.fromWkt(f"POLYGON(({x*s} {y*s},{x*s+1} {y*s},{x*s+1} {y*s+1},{x*s} {y*s+1},"
                                          f"{x*s} {y*s}))"))
        f.setAttributes([f"BU{n:08d}", float(v)])
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


def test_islands_are_reported_not_crashed_on(run_alg, tmp_path):
    cells = [(x, y) for x in range(6) for y in range(6)] + [(20, 20), (30, 5)]  # two squares far away
    rng = np.random.default_rng(2)
    layer = _grid_layer(cells, list(rng.normal(size=len(cells))))
    feedback = QgsProcessingFeedback()
    messages = []
    feedback.reportError = lambda text, fatal=False: messages.append(text)
    feedback.pushWarning = lambda text: messages.append(text)
    result = run_alg("wijkmonitor:hotspots", {"INPUT": layer, "FIELD": "v", "PERMUTATIONS": 99,
                                              "OUTPUT": str(tmp_path / "islands.gpkg"),
                                              "REPORT": str(tmp_path / "r.html")}, feedback=feedback)
    assert result["ISLANDS"] == 2
    out = {f["statcode"]: f for f in _layer(result["OUTPUT"]).getFeatures()}
    for code in ("BU00000036", "BU00000037"):
        assert out[code]["v_lisa_class"] in (None, "") or out[code]["v_lisa_class"] != out[code]["v_lisa_class"]
        assert not isinstance(out[code]["v_lisa_i"], float)
    assert isinstance(out["BU00000000"]["v_lisa_i"], float)
    assert any("BU00000036" in m and "island" in m for m in messages)
    assert "BU00000037" in (tmp_path / "r.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("case", ["no_contiguity", "one_area", "constant", "points_with_contiguity"])
def test_bad_input_gets_a_clear_message(run_alg, tmp_path, case):
    if case == "no_contiguity":
        layer = _grid_layer([(x, 0) for x in range(5)], [1.0, 2.0, 3.0, 4.0, 5.0], gap=0.5)
        expected = "k nearest"
    elif case == "one_area":
        layer = _grid_layer([(0, 0)], [3.0])
        expected = "at least three areas"
    elif case == "constant":
        layer = _grid_layer([(x, y) for x in range(3) for y in range(3)], [2.5] * 9)
        expected = "same value"
    else:
        layer = QgsVectorLayer("Point?crs=EPSG:28992&field=v:double", "pts", "memory")
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromWkt("POINT(1 1)"))
        f.setAttributes([1.0])
        layer.dataProvider().addFeatures([f])
        expected = "polygons"
    with pytest.raises(QgsProcessingException, match=expected):
        run_alg("wijkmonitor:hotspots", {"INPUT": layer, "FIELD": "v", "PERMUTATIONS": 99,
                                         "OUTPUT": str(tmp_path / "bad.gpkg")})
    assert not (tmp_path / "bad.gpkg").exists() or _layer(tmp_path / "bad.gpkg").featureCount() == 0


def test_core_properties_on_a_lattice():
    """Properties the statistics must have whatever the data (no PySAL needed)."""
    side = 12
    pairs = [(r * side + c, r * side + c + 1) for r in range(side) for c in range(side - 1)]
    pairs += [(r * side + c, (r + 1) * side + c) for r in range(side - 1) for c in range(side)]
    weights = Neighbours.from_pairs(side * side, pairs, kind="rook")
    rng = np.random.default_rng(9)
    trend = np.repeat(np.arange(side, dtype=float), side)
    result = lisa.hotspots(trend + rng.normal(scale=0.5, size=side * side), weights, permutations=199, seed=1)
    # sum of local I / n equals the global I (row-standardised, no islands): Anselin's LISA property
    n = side * side
    assert result.local.I.sum() / (n - 1) == pytest.approx(result.global_.I, rel=1e-12)
    assert result.global_.I > 0.5 and result.global_.p_sim == pytest.approx(1 / 200)
    assert {"HH", "LL"} <= set(result.local.classes)
    # a perfect checkerboard is negative autocorrelation
    checker = np.array([(i // side + i % side) % 2 for i in range(n)], dtype=float)
    assert lisa.global_moran(checker, weights, permutations=99).I == pytest.approx(-1.0)
    # the p-values are valid pseudo p-values: in (0, 0.5 + 1/(P+1)] with the folded tail
    assert ((result.local.p > 0) & (result.local.p <= 0.5 + 1 / 200)).all()
    with pytest.raises(WeightsError, match="more than k"):
        knn_neighbours(np.zeros((3, 2)), 5)


def test_graphical_model_with_hotspots_as_child(processing_ready, tmp_path):
    model = QgsProcessingModelAlgorithm("hotspot model", "tests")
    load = QgsProcessingModelChildAlgorithm("wijkmonitor:loadsample")
    load.setChildId("load")
    model.addChildAlgorithm(load)
    child = QgsProcessingModelChildAlgorithm("wijkmonitor:hotspots")
    child.setChildId("hotspots")
    child.addParameterSources("INPUT", [QgsProcessingModelChildParameterSource.fromChildOutput("load", "OUTPUT")])
    child.addParameterSources("FIELD", [QgsProcessingModelChildParameterSource.fromStaticValue(FIELD)])
    child.addParameterSources("PERMUTATIONS", [QgsProcessingModelChildParameterSource.fromStaticValue(99)])
    out = tmp_path / "model.gpkg"
    run_model(model, child, "clusters", out)
    layer = _layer(out)
    assert layer.featureCount() == 519
    assert sum(1 for f in layer.getFeatures() if f[f"{FIELD}_lisa_class"] == "HH") > 5


def test_qgis_process_runs_hotspots(qgis_process, tmp_path):
    out = tmp_path / "hotspots.gpkg"
    proc = qgis_process(["run", "wijkmonitor:hotspots", "--json", "--", f"INPUT={SAMPLE}", f"FIELD={FIELD}",
                         "NEIGHBOURS=1", "PERMUTATIONS=99", "FDR=true", f"OUTPUT={out}"])
    results = json.loads(proc.stdout[proc.stdout.index("{"):])["results"]
    assert 0 < results["GLOBAL_I"] < 1
    layer = _layer(out)
    assert layer.featureCount() == 519 and f"{FIELD}_gi_z" in layer.fields().names()
    assert results["HOTSPOTS"] == sum(1 for f in layer.getFeatures() if f[f"{FIELD}_lisa_class"] == "HH")
