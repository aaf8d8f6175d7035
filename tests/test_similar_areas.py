"""wijkmonitor:similarareas on the real national table (tests/data/nl/national_2024: 14,574 buurten of 2024)."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer

from tests.conftest import NL, run_model
from wijkmonitor_plugin.core.similar import SimilarAreasError, nearest, similar_areas
from wijkmonitor_plugin.qgis_adapters.compat import is_null

NATIONAL = NL / "national_2024" / "nl_gm_wk_bu_2024_kwb18_misdrijven_2021_2025_gezondheid.csv"


def frame_of(layer) -> pd.DataFrame:
    """Attributes of a layer as a frame, NULL as None."""
    rows = [[None if is_null(v) else v for v in f.attributes()] for f in layer.getFeatures()]
    return pd.DataFrame(rows, columns=layer.fields().names())


def national_layer(path=NATIONAL) -> QgsVectorLayer:
    uri = f"file://{path}?delimiter=,&detectTypes=yes&geomType=none"
    layer = QgsVectorLayer(uri, "national", "delimitedtext")
    assert layer.isValid()
    return layer


@pytest.fixture(scope="module")
def national(processing_ready, tmp_path_factory):
    """The algorithm run once on the whole table (GM, WK and BU rows), with the pairs table; as frames."""
    import processing

    folder = tmp_path_factory.mktemp("similar")
    result = processing.run("wijkmonitor:similarareas", {
        "INPUT": national_layer(), "K": 10, "COMPARE_FIELDS": ["wozWaarde", "misdrijven_2024"],
        "OUTPUT": str(folder / "similar.gpkg"), "PAIRS": str(folder / "pairs.gpkg")})
    out = frame_of(QgsVectorLayer(result["OUTPUT"], "o", "ogr"))
    pairs = frame_of(QgsVectorLayer(result["PAIRS"], "p", "ogr"))
    return result, out.set_index("statcode"), pairs


def test_buurten_are_compared_with_buurten_of_their_own_stedelijkheid(national):
    result, out, pairs = national
    buurten = out[out["level"] == "buurt"]
    assert len(buurten) == 14574
    level = out["level"].to_dict()
    klass = out["stedelijkheid"].to_dict()
    # every pair: same level, same stedelijkheid class (the hard stratum)
    assert (pairs["code"].map(level) == pairs["similar_code"].map(level)).all()
    assert (pairs["code"].map(klass) == pairs["similar_code"].map(klass)).all()
    assert (pairs["code"] != pairs["similar_code"]).all()
    # a rural buurt (class 5, the largest class) and a city buurt: 10 comparables, all of their class
    rural = buurten[(buurten["stedelijkheid"] == 5) & (buurten["similar_n"] == 10)].index[0]
    codes = out.at[rural, "similar_codes"].split(",")
    assert len(codes) == 10 and {klass[c] for c in codes} == {5}
    amsterdam = "BU0363AF08"
    assert klass[amsterdam] == 1 and {klass[c] for c in out.at[amsterdam, "similar_codes"].split(",")} == {1}
    # Amsterdam's buurten find comparables outside Amsterdam: the comparison is national
    ams = buurten[buurten.index.str.startswith("BU0363") & buurten["similar_codes"].notna()]
    outside = [c for codes in ams["similar_codes"] for c in codes.split(",") if not c.startswith("BU0363")]
    assert len(ams) > 400 and len(outside) > 0.2 * 10 * len(ams)
    assert result["AREAS_WITH_COMPARABLES"] > 0.9 * len(out)


def test_ranks_distances_and_medians(national):
    _, out, pairs = national
    for code, group in list(pairs.groupby("code"))[:300]:
        assert group["rank"].tolist() == list(range(1, len(group) + 1))
        assert group["distance"].is_monotonic_increasing
        assert out.at[code, "similar_codes"].split(",") == group["similar_code"].tolist()
        assert out.at[code, "similar_distance"] == pytest.approx(group["distance"].mean(), abs=6e-4)  # 3 decimals
        woz = out.loc[group["similar_code"], "wozWaarde"].astype(float)
        median = out.at[code, "wozWaarde_similar_median"]
        assert (np.isnan(median) and woz.isna().all()) or median == pytest.approx(woz.median())


def test_the_answer_is_deterministic_and_exact():
    """Same input, same answer; and the blocked search equals a brute-force search."""
    rng = np.random.default_rng(4)
    values = rng.normal(size=(1500, 8))
    values[rng.random(values.shape) < 0.03] = np.nan
    strata = rng.integers(1, 4, size=1500)
    a = similar_areas(values, k=10, strata=strata)
    b = similar_areas(values, k=10, strata=strata)
    assert np.array_equal(a.neighbours, b.neighbours) and np.array_equal(a.distances, b.distances, equal_nan=True)
    z = (values - np.nanmean(values, axis=0)) / np.nanstd(values, axis=0)
    for i in range(0, 1500, 37):
        same = np.flatnonzero((strata == strata[i]) & (np.arange(1500) != i))
        diff = z[same] - z[i]
        ok = np.isfinite(diff)
        common = ok.sum(axis=1)
        d = np.sqrt(np.where(ok, diff ** 2, 0).sum(axis=1) * 8 / common)
        d[common < 4] = np.inf
        order = np.lexsort((same, d))[:10]
        assert a.neighbours[i].tolist() == same[order].tolist()
        assert np.allclose(a.distances[i], d[order])
    idx, dist = nearest(z[:5], z, 3, self_index=np.arange(5))
    assert (idx != np.arange(5)[:, None]).all()


def test_chosen_areas_only_and_chosen_fields(run_alg, tmp_path):
    result = run_alg("wijkmonitor:similarareas", {
        "INPUT": national_layer(), "K": 5, "AREAS": "GM0363", "FIELDS": ["wozWaarde", "koopwoningen",
                                                                          "huishoudensgrootte"],
        "OUTPUT": str(tmp_path / "ams.gpkg")})
    layer = QgsVectorLayer(result["OUTPUT"], "o", "ogr")
    rows = {f["statcode"]: f["similar_codes"] for f in layer.getFeatures()}
    filled = {c: v for c, v in rows.items() if isinstance(v, str)}
    assert filled and all(c[2:6] == "0363" for c in filled)  # only Amsterdam's areas got comparables
    assert {c[:2] for c in filled} == {"GM", "WK", "BU"}  # the gemeente, its wijken and buurten
    assert all(v.startswith(c[:2]) for c, v in filled.items())  # each compared with areas of its own level
    others = {c for v in filled.values() for c in v.split(",")}
    assert any(c[2:6] != "0363" for c in others)


def test_bad_input_gets_a_clear_message(run_alg, tmp_path):
    one = tmp_path / "one.csv"
    pd.read_csv(NATIONAL).head(1).to_csv(one, index=False)
    with pytest.raises(QgsProcessingException, match="at least two areas"):
        run_alg("wijkmonitor:similarareas", {"INPUT": national_layer(one), "OUTPUT": str(tmp_path / "o.gpkg")})
    other = tmp_path / "other.csv"
    pd.DataFrame({"statcode": ["BU00000001", "BU00000002", "BU00000003"], "x": [1, 2, 3]}).to_csv(other, index=False)
    with pytest.raises(QgsProcessingException, match="Too few indicators"):
        run_alg("wijkmonitor:similarareas", {"INPUT": national_layer(other), "OUTPUT": str(tmp_path / "o2.gpkg")})
    with pytest.raises(QgsProcessingException, match="No area with the code"):
        run_alg("wijkmonitor:similarareas", {"INPUT": national_layer(), "AREAS": "BU99999999",
                                             "OUTPUT": str(tmp_path / "o3.gpkg")})
    with pytest.raises(SimilarAreasError, match="no spread"):
        similar_areas(np.column_stack([np.ones(20), np.arange(20.0)]), k=3)


def test_qgis_process_runs_similar_areas(run_alg, qgis_process, tmp_path):
    table = tmp_path / "national.gpkg"
    run_alg("native:savefeatures", {"INPUT": national_layer(), "OUTPUT": str(table)})
    out = tmp_path / "similar.gpkg"
    proc = qgis_process(["run", "wijkmonitor:similarareas", "--json", "--", f"INPUT={table}",
                         "K=3", "AREAS=BU0363AF08 BU00141908", f"OUTPUT={out}"], check=False)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert json.loads(proc.stdout[proc.stdout.index("{"):])["results"]["AREAS_WITH_COMPARABLES"] >= 1
    rows = {f["statcode"]: f["similar_n"] for f in QgsVectorLayer(str(out), "o", "ogr").getFeatures()
            if isinstance(f["similar_n"], int)}
    assert set(rows) <= {"BU0363AF08", "BU00141908"} and 3 in rows.values()


def test_graphical_model_on_the_sample_with_pdok_names(processing_ready, tmp_path):
    """A model: loadsample → similarareas, with the default indicators found under their PDOK names and the
    stedelijkheid class of the map (stedelijkheidAdressenPerKm2, classes 1–5) as the stratum."""
    from qgis.core import (
        QgsProcessingModelAlgorithm,
        QgsProcessingModelChildAlgorithm,
        QgsProcessingModelChildParameterSource,
    )

    model = QgsProcessingModelAlgorithm("similar model", "tests")
    load = QgsProcessingModelChildAlgorithm("wijkmonitor:loadsample")
    load.setChildId("load")
    model.addChildAlgorithm(load)
    child = QgsProcessingModelChildAlgorithm("wijkmonitor:similarareas")
    child.setChildId("similar")
    child.addParameterSources("INPUT", [QgsProcessingModelChildParameterSource.fromChildOutput("load", "OUTPUT")])
    child.addParameterSources("K", [QgsProcessingModelChildParameterSource.fromStaticValue(5)])
    out = tmp_path / "model.gpkg"
    run_model(model, child, "similar_layer", out)
    frame = frame_of(QgsVectorLayer(str(out), "m", "ogr")).set_index("statcode")
    klass = frame["stedelijkheidAdressenPerKm2"].to_dict()
    filled = frame[frame["similar_n"] == 5]
    assert len(filled) > 450
    assert all({klass[c] for c in codes.split(",")} == {klass[code]} for code, codes in filled["similar_codes"].items())
    # the medians are named after the default indicators (woz = gemiddeldeWoningwaarde on the PDOK map)
    code, codes = next(iter(filled["similar_codes"].items()))
    woz = frame.loc[codes.split(","), "gemiddeldeWoningwaarde"].astype(float)
    assert frame.at[code, "woz_similar_median"] == pytest.approx(woz.median(), abs=1e-3)
