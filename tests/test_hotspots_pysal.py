"""wijkmonitor:hotspots checked against PySAL (libpysal 4.7 + esda 2.5, test-only, scripts/requirements-test.txt).

Evidence: PySAL's own neighbour graph (``libpysal.weights.Queen/Rook.from_shapefile`` on the Amsterdam sample
written as a shapefile) and its statistics (``esda.moran.Moran_Local``, ``Moran``, ``getisord.G_Local``,
``esda.fdr``) on the real Amsterdam deprivation index and an Amsterdam indicator. I values and Gi* z-scores
must be identical; permutation p-values differ only by Monte Carlo error (the random streams differ).
"""

from __future__ import annotations

import sys
import types
import warnings

import numpy as np
import pytest
from qgis.core import QgsCoordinateTransformContext, QgsVectorFileWriter, QgsVectorLayer

from wijkmonitor_plugin.core import lisa
from wijkmonitor_plugin.core.contiguity import Neighbours, knn_neighbours
from wijkmonitor_plugin.paths import sample_path
from wijkmonitor_plugin.qgis_adapters.contiguity import AreaGeometries, polygon_neighbour_pairs

PERMUTATIONS = 999


@pytest.fixture(scope="module")
def pysal():
    # libpysal 4.7 fetches a list of example data sets from the web when imported; the tests use none of them
    sys.modules.setdefault("libpysal.examples", types.ModuleType("libpysal.examples"))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        # pinned for Python 3.11 (Debian bookworm) in scripts/requirements-test.txt; newer Pythons get none
        libpysal = pytest.importorskip("libpysal", reason="PySAL is installed for Python < 3.12 only")
        esda = pytest.importorskip("esda")
    return libpysal, esda


@pytest.fixture(scope="module")
def index_layer(processing_ready, tmp_path_factory):
    """The Amsterdam sample with the Achterstandsmonitor (deprivationindex), and the same as a shapefile."""
    import processing

    folder = tmp_path_factory.mktemp("hotspots_pysal")
    gpkg = folder / "index.gpkg"
    processing.run("wijkmonitor:deprivationindex", {"INPUT": f"{sample_path()}|layername=buurten",
                                                    "POPULATION_FIELD": "aantalInwoners", "MIN_POPULATION": 100,
                                                    "OUTPUT": str(gpkg)})
    layer = QgsVectorLayer(str(gpkg), "index", "ogr")
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "ESRI Shapefile"
    shp = folder / "index.shp"
    QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(shp), QgsCoordinateTransformContext(), options)
    return gpkg, shp


def _pairs(w) -> set:
    return {(min(i, j), max(i, j)) for i, ns in w.neighbors.items() for j in ns}


@pytest.mark.parametrize("rook", [False, True])
def test_contiguity_from_qgis_is_pysals_graph(pysal, index_layer, rook):
    libpysal, _ = pysal
    gpkg, shp = index_layer
    ours = polygon_neighbour_pairs(AreaGeometries(QgsVectorLayer(str(gpkg), "i", "ogr")), rook=rook)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        w = (libpysal.weights.Rook if rook else libpysal.weights.Queen).from_shapefile(str(shp))
    theirs = _pairs(w)
    assert {tuple(p) for p in ours.tolist()} == theirs
    assert len(theirs) > (1300 if rook else 1600)  # 519 buurten: the graph is not trivially empty


def _values(layer_path, field):
    layer = QgsVectorLayer(str(layer_path), "v", "ogr")
    out = []
    for feature in layer.getFeatures():
        value = feature[field]
        out.append(float(value) if isinstance(value, (int, float)) else np.nan)  # NULL is a QVariant
    return np.array(out, dtype="float64"), layer


def test_hotspots_of_the_amsterdam_index_match_esda(pysal, index_layer, run_alg, tmp_path):
    libpysal, esda = pysal
    gpkg, shp = index_layer
    out = tmp_path / "hotspots.gpkg"
    result = run_alg("wijkmonitor:hotspots", {"INPUT": str(gpkg), "FIELD": "index_score", "NEIGHBOURS": 0,
                                              "PERMUTATIONS": PERMUTATIONS, "SEED": 7, "OUTPUT": str(out)})
    y_all, _ = _values(gpkg, "index_score")
    ours = {name: _values(out, f"index_score_{name}")[0] for name in ("lisa_i", "lisa_p", "gi_z", "gi_p")}
    classes = [f["index_score_lisa_class"] for f in QgsVectorLayer(str(out), "o", "ogr").getFeatures()]
    keep = np.flatnonzero(np.isfinite(y_all))
    assert 350 < len(keep) < 519  # buurten under 100 inhabitants have no index
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        w_all = libpysal.weights.Queen.from_shapefile(str(shp))
        w = libpysal.weights.w_subset(w_all, keep.tolist())
        w_binary = libpysal.weights.w_subset(w_all, keep.tolist())
    w.transform = "r"
    y = y_all[keep]
    islands = {keep.tolist().index(i) for i in w.islands}
    live = np.array([i not in islands for i in range(len(keep))])
    local = esda.moran.Moran_Local(y, w, transformation="r", permutations=PERMUTATIONS, seed=1)
    assert np.allclose(ours["lisa_i"][keep][live], local.Is[live], rtol=0, atol=1e-10)
    assert np.isnan(ours["lisa_i"][keep][~live]).all()
    assert np.isnan(ours["lisa_i"][np.isnan(y_all)]).all()  # no value: no statistic
    # p-values: two independent Monte Carlo estimates of the same p
    p_ours, p_esda = ours["lisa_p"][keep][live], local.p_sim[live]
    se = np.sqrt(2 * p_esda * (1 - p_esda) / (PERMUTATIONS + 1)) + 1.0 / (PERMUTATIONS + 1)
    assert np.mean(np.abs(p_ours - p_esda) <= 4 * se) >= 0.99
    assert abs(np.mean(p_ours - p_esda)) < 0.01
    # classes: the same quadrant wherever both call it significant
    quad = {1: "HH", 2: "LH", 3: "LL", 4: "HL"}
    both = [(c, quad[q]) for c, q, p in zip(np.array(classes, dtype=object)[keep][live], local.q[live],
                                            local.p_sim[live]) if c not in ("ns", None) and p <= 0.05]
    assert both and all(c == q for c, q in both)
    # the global I and its pseudo p-value in the outputs
    moran = esda.moran.Moran(y, w, permutations=PERMUTATIONS)
    assert result["GLOBAL_I"] == pytest.approx(moran.I, abs=1e-12)
    assert moran.I > 0.3 and result["GLOBAL_P"] <= 0.01  # deprivation clusters in Amsterdam
    # Gi*: binary weights with the area itself (esda star=True, transform B); our p is two-sided
    gi = esda.getisord.G_Local(y, w_binary, transform="B", star=True, permutations=0)
    assert np.allclose(ours["gi_z"][keep][live], gi.Zs[live], rtol=0, atol=1e-10)
    assert np.allclose(ours["gi_p"][keep][live], 2 * gi.p_norm[live], rtol=0, atol=1e-12)
    assert result["HOTSPOTS"] == sum(1 for c in classes if c == "HH") > 10


def test_fdr_bound_and_knn_match_esda_and_libpysal(pysal, index_layer):
    libpysal, esda = pysal
    gpkg, _ = index_layer
    values, layer = _values(gpkg, "percentageHuishoudensMetLaagInkomen")
    keep = np.flatnonzero(np.isfinite(values))
    areas = AreaGeometries(layer, fids=[f.id() for i, f in enumerate(layer.getFeatures()) if i in set(keep)])
    points = areas.points()
    ours = knn_neighbours(points, 6)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        theirs = libpysal.weights.KNN(points, k=6)
    assert all(sorted(ours.neighbours_of(i).tolist()) == sorted(theirs.neighbors[i]) for i in range(len(points)))
    result = lisa.local_moran(values[keep], ours, permutations=PERMUTATIONS, seed=3, alpha=0.05, fdr=True)
    assert result.threshold == pytest.approx(esda.fdr(result.p, 0.05))
    assert result.threshold < 0.05
    significant = result.p <= result.threshold
    assert set(result.classes[significant]) <= {"HH", "LL", "HL", "LH"}
    assert set(result.classes[~significant]) == {"ns"}
    theirs.transform = "r"
    local = esda.moran.Moran_Local(values[keep], theirs, transformation="r", permutations=0)
    assert np.allclose(result.I, local.Is, rtol=0, atol=1e-10)


def test_neighbour_graph_properties():
    """Invariants of the CSR graph (no PySAL needed): symmetric, no self links, subset renumbers."""
    rng = np.random.default_rng(5)
    pairs = rng.integers(0, 40, size=(120, 2))
    g = Neighbours.from_pairs(40, pairs)
    dense = np.zeros((40, 40), dtype=bool)
    for i in range(40):
        dense[i, g.neighbours_of(i)] = True
    assert (dense == dense.T).all() and not dense.diagonal().any()
    expected = {(min(a, b), max(a, b)) for a, b in pairs.tolist() if a != b}
    assert {tuple(p) for p in g.pairs().tolist()} == expected
    keep = rng.random(40) < 0.7
    sub = g.subset(keep)
    old = np.flatnonzero(keep)
    assert {tuple(p) for p in sub.pairs().tolist()} == {
        (i, j) for i, j in ((np.searchsorted(old, a), np.searchsorted(old, b)) for a, b in expected
                            if keep[a] and keep[b])}
    values = rng.normal(size=40)
    lag = g.lag(values)
    for i in range(40):
        nb = g.neighbours_of(i)
        assert lag[i] == pytest.approx(values[nb].mean() if len(nb) else 0.0)

