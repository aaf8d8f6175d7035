"""wijkmonitor:deprivationindex on the Amsterdam sample: preset, options, bad input, modeler, qgis_process."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest
from qgis.core import (
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingModelAlgorithm,
    QgsProcessingModelChildAlgorithm,
    QgsProcessingModelChildParameterSource,
    QgsProcessingModelOutput,
    QgsProject,
    QgsVectorLayer,
)

from wijkmonitor_plugin.paths import sample_path
from wijkmonitor_plugin.qgis_adapters.frames import source_to_frame

PRESET_DOMAINS = ["income", "work", "education", "health", "housing_services", "living_environment"]


def frame_of(layer) -> pd.DataFrame:
    return source_to_frame(layer).reset_index(drop=True)


class RecordingFeedback(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.warnings = []

    def pushWarning(self, text):  # noqa: N802 (QGIS API)
        self.warnings.append(text)
        super().pushWarning(text)


@pytest.fixture(scope="module")
def buurten(processing_ready, tmp_path_factory):
    """The loadsample output as a GeoPackage path (a path, not a layer object: pytest-qgis deletes layer
    fixtures after each test that uses them)."""
    import processing

    path = tmp_path_factory.mktemp("buurten") / "buurten.gpkg"
    processing.run("wijkmonitor:loadsample", {"OUTPUT": f"ogr:dbname='{path}' table=buurten (geom)"})
    return f"{path}|layername=buurten"


@pytest.fixture(scope="module")
def amsterdam(buurten, tmp_path_factory):
    import processing

    tmp = tmp_path_factory.mktemp("index")
    feedback = RecordingFeedback()
    source = QgsVectorLayer(buurten, "buurten", "ogr")
    n_fields = source.fields().count()
    result = processing.run("wijkmonitor:deprivationindex", {
        "INPUT": source, "POPULATION_FIELD": "aantalInwoners", "MIN_POPULATION": 100,
        "GROUP_FIELD": "wijkcode", "OUTPUT": "TEMPORARY_OUTPUT", "REPORT": str(tmp / "report.json")},
        feedback=feedback)
    assert QgsVectorLayer(buurten, "b", "ogr").fields().count() == n_fields  # the input is never modified
    return result, frame_of(result["OUTPUT"]), feedback, tmp, source.fields().names()


def test_preset_on_amsterdam(amsterdam):
    result, out, feedback, _, input_names = amsterdam
    assert len(out) == 519
    assert result["DOMAINS"] == ",".join(PRESET_DOMAINS)
    assert result["LEFT_OUT_DOMAINS"] == "safety"
    assert any("safety" in w and "left out" in w for w in feedback.warnings)
    for dom in PRESET_DOMAINS + ["index"]:
        for suffix in ("score", "rank", "decile", "group_rank", "group_decile"):
            assert f"{dom}_{suffix}" in out.columns
    assert {"index_domains", "index_imputed", "index_partial"} <= set(out.columns)
    assert out.columns[:len(input_names)].tolist() == input_names  # input fields kept, first
    scored = out[out["index_score"].notna()]
    pop = out["aantalInwoners"].astype(float)
    assert out.loc[pop < 100, "index_score"].isna().all()
    n = len(scored)
    assert n == result["AREAS_WITH_INDEX"] == 441  # every buurt with at least 100 inhabitants
    assert result["AREAS_IMPUTED"] == scored["index_imputed"].notna().sum() > 0
    # group deciles only in wijken of at least ten buurten with a score
    sizes = scored["wijkcode"].value_counts()
    small = out["wijkcode"].isin(sizes[sizes < 10].index)
    assert out.loc[small, "index_group_decile"].isna().all() and out.loc[~small & out["index_score"].notna(),
                                                                          "index_group_decile"].notna().all()
    assert sorted(scored["index_rank"].astype(int)) == sorted(
        pd.Series(scored["index_score"].astype(float)).rank(method="min", ascending=False).astype(int))
    assert set(scored["index_decile"].astype(int)) == set(range(1, 11))
    # deprivation goes with low income: strong negative rank correlation
    income = scored["gemiddeldInkomenPerInwoner"].astype(float)
    ok = income.notna()
    rho = np.corrcoef(scored.loc[ok, "index_score"].astype(float).rank(), income[ok].rank())[0, 1]
    assert rho < -0.6


def test_report_of_amsterdam(amsterdam):
    result, _, _, tmp, _ = amsterdam
    report = json.loads((tmp / "report.json").read_text())
    assert report["left_out_domains"][0]["id"] == "safety"
    assert report["areas"]["input"] == 519 and report["areas"]["min_population"] == 100
    assert report["areas"]["below_min_population"] + report["areas"]["without_population"] == 519 - 441
    assert report["areas"]["with_index"] == 441 and report["areas"]["too_few_domains"] == 0
    coverage = report["coverage"]
    assert coverage["eligible"] == coverage["with_index"] == 441
    assert coverage["with_all_own_domains"] + coverage["with_borrowed_domains"] == 441
    assert sum(sum(levels.values()) for levels in coverage["borrowed"].values()) >= coverage["with_borrowed_domains"]
    assert report["groups"]["min_areas"] == 10 and report["groups"]["measures"]["index"]["groups_too_small"] > 100
    work = next(d for d in report["domains"] if d["id"] == "work")
    fa = work["parts"][0]["factor_analysis"]
    assert fa["converged"] and sum(fa["weights"]) == pytest.approx(1.0)
    assert sum(d["weight_used"] for d in report["domains"]) == pytest.approx(1.0)
    html = (tmp / "report.html").read_text()
    assert "safety" in html and "Factor analysis" in html
    assert "Coverage: a score for every populated area" in html and "Ranks within groups" in html
    assert result["REPORT"] == str(tmp / "report.json")


def test_shrinkage_and_uncertainty_on_amsterdam(run_alg, buurten):
    out = frame_of(run_alg("wijkmonitor:deprivationindex", {
        "INPUT": buurten, "POPULATION_FIELD": "aantalInwoners", "MIN_POPULATION": 50, "SHRINKAGE": True,
        "UNCERTAINTY": True, "UNCERTAINTY_DRAWS": 50, "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"])
    scored = out[out["index_score"].notna()]
    low, rank, high = (scored[c].astype(int) for c in ("index_rank_p05", "index_rank", "index_rank_p95"))
    assert (low <= high).all()
    assert ((low <= rank) & (rank <= high)).mean() > 0.8
    assert (high - low).median() > 0


def test_seven_domains_with_the_joined_crime_and_health_figures(run_alg, buurten):
    """The sample with the 2024 crime and perceived-health tables of resources/sample joined: all seven domains."""
    from wijkmonitor_plugin.paths import resource

    layer = buurten
    for name in ("politie_47022NED_misdrijven_amsterdam_2024.csv",
                 "rivm_50150NED_ervaren_gezondheid_amsterdam_2024.csv"):
        joined = run_alg("wijkmonitor:joinindicators", {"INPUT": layer, "TABLE_FILE": str(resource("sample", name)),
                                                        "OUTPUT": "TEMPORARY_OUTPUT"})
        assert joined["MATCHED"] == 517 and joined["UNMATCHED_LAYER"] == 2  # the two water buurten of 2023
        layer = joined["OUTPUT"]
    result = run_alg("wijkmonitor:deprivationindex", {
        "INPUT": layer, "POPULATION_FIELD": "aantalInwoners", "MIN_POPULATION": 100, "OUTPUT": "TEMPORARY_OUTPUT"})
    assert result["DOMAINS"] == "income,work,education,health,safety,housing_services,living_environment"
    assert result["LEFT_OUT_DOMAINS"] == "" and result["AREAS_WITH_INDEX"] == 441
    out = frame_of(result["OUTPUT"])
    assert out["safety_score"].notna().sum() > 430 and out["index_domains"].dropna().eq(7).all()


def test_rank_stability_is_reproducible_and_cancellable(run_alg, buurten):
    params = {"INPUT": buurten, "POPULATION_FIELD": "aantalInwoners", "MIN_POPULATION": 100, "UNCERTAINTY": True,
              "UNCERTAINTY_DRAWS": 40, "UNCERTAINTY_SEED": 4, "OUTPUT": "TEMPORARY_OUTPUT"}
    fields = ["index_rank_median", "index_rank_p05", "index_rank_p95", "index_decile_stability"]
    one = frame_of(run_alg("wijkmonitor:deprivationindex", params)["OUTPUT"])[fields]
    two = frame_of(run_alg("wijkmonitor:deprivationindex", params)["OUTPUT"])[fields]
    pd.testing.assert_frame_equal(one, two)
    assert one["index_decile_stability"].dropna().between(0, 1).all() and one["index_rank_p05"].notna().sum() == 441

    class CancelHalfway(QgsProcessingFeedback):
        def setProgress(self, progress):  # noqa: N802 (QGIS API)
            super().setProgress(progress)
            if progress > 30:
                self.cancel()

    with pytest.raises(QgsProcessingException, match="Cancelled"):
        run_alg("wijkmonitor:deprivationindex", dict(params, UNCERTAINTY_DRAWS=200), feedback=CancelHalfway())


def test_bad_input_through_the_algorithm(run_alg, buurten, tmp_path):
    definition = {"name": "typo", "domains": [
        {"id": "income", "weight": 1, "method": "rate",
         "indicators": [{"field": "percentageHuishoudensMetLaagInkomn"}]}]}
    path = tmp_path / "typo.json"
    path.write_text(json.dumps(definition))
    with pytest.raises(QgsProcessingException, match="percentageHuishoudensMetLaagInkomn"):
        run_alg("wijkmonitor:deprivationindex", {"INPUT": buurten, "DEFINITION": str(path),
                                                 "OUTPUT": "TEMPORARY_OUTPUT"})
    definition["domains"][0]["indicators"][0]["field"] = "statnaam"
    path.write_text(json.dumps(definition))
    with pytest.raises(QgsProcessingException, match="'statnaam' is text"):
        run_alg("wijkmonitor:deprivationindex", {"INPUT": buurten, "DEFINITION": str(path),
                                                 "OUTPUT": "TEMPORARY_OUTPUT"})
    path.write_text("{\"name\": \"x\", \"domains\": []}")
    with pytest.raises(QgsProcessingException, match="domains"):
        run_alg("wijkmonitor:deprivationindex", {"INPUT": buurten, "DEFINITION": str(path),
                                                 "OUTPUT": "TEMPORARY_OUTPUT"})
    # without a population field among the known names a minimum population cannot be applied
    import processing

    no_population = processing.run("native:deletecolumn", {"INPUT": buurten, "COLUMN": ["aantalInwoners"],
                                                           "OUTPUT": str(tmp_path / "no_population.gpkg")})["OUTPUT"]
    with pytest.raises(QgsProcessingException, match="population field"):
        run_alg("wijkmonitor:deprivationindex", {"INPUT": no_population, "MIN_POPULATION": 10,
                                                 "OUTPUT": "TEMPORARY_OUTPUT"})


def test_batch_of_runs_with_one_context(buurten, tmp_path):
    """Batch mode runs the algorithm once per row, with the same context; each row writes its own file."""
    from qgis.core import QgsApplication

    alg = QgsApplication.processingRegistry().createAlgorithmById("wijkmonitor:deprivationindex")
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    rows = [{"INPUT": buurten, "MIN_POPULATION": m, "POPULATION_FIELD": "aantalInwoners",
             "OUTPUT": str(tmp_path / f"index_{m}.gpkg")} for m in (0, 500)]
    counts = []
    for params in rows:
        results, ok = alg.run(params, context, QgsProcessingFeedback())
        assert ok, results
        layer = QgsVectorLayer(results["OUTPUT"], "x", "ogr")
        assert layer.featureCount() == 519
        counts.append(results["AREAS_WITH_INDEX"])
    assert counts[0] > counts[1] > 300


def test_graphical_model_with_the_index_as_child(processing_ready, tmp_path):
    model = QgsProcessingModelAlgorithm("index model", "tests")
    load = QgsProcessingModelChildAlgorithm("wijkmonitor:loadsample")
    load.setChildId("load")
    model.addChildAlgorithm(load)
    index = QgsProcessingModelChildAlgorithm("wijkmonitor:deprivationindex")
    index.setChildId("index")
    index.addParameterSources("INPUT", [QgsProcessingModelChildParameterSource.fromChildOutput("load", "OUTPUT")])
    index.addParameterSources("POPULATION_FIELD",
                              [QgsProcessingModelChildParameterSource.fromStaticValue("aantalInwoners")])
    index.addParameterSources("MIN_POPULATION", [QgsProcessingModelChildParameterSource.fromStaticValue(100)])
    output = QgsProcessingModelOutput("index_layer")
    output.setChildOutputName("OUTPUT")
    output.setChildId("index")
    index.setModelOutputs({"index_layer": output})
    model.addChildAlgorithm(index)
    index.setDependencies([])
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    assert model.initAlgorithm() is None
    out_path = tmp_path / "model.gpkg"
    results, ok = model.run({"index:index_layer": str(out_path)}, context, QgsProcessingFeedback())
    assert ok, results
    layer = QgsVectorLayer(str(out_path), "m", "ogr")
    assert layer.featureCount() == 519
    assert "index_decile" in layer.fields().names()
    assert sum(1 for f in layer.getFeatures() if f["index_decile"] == 1) > 30


def test_qgis_process_runs_the_index(qgis_process, tmp_path):
    out = tmp_path / "index.gpkg"
    report = tmp_path / "index.html"
    proc = qgis_process(["run", "wijkmonitor:deprivationindex", "--", f"INPUT={sample_path()}|layername=buurten",
                         "POPULATION_FIELD=aantalInwoners", "MIN_POPULATION=100", "GROUP_FIELD=wijkcode",
                         "GROUP_MIN_AREAS=5", "UNCERTAINTY=true", "UNCERTAINTY_DRAWS=20", "UNCERTAINTY_SEED=3",
                         f"OUTPUT={out}", f"REPORT={report}"])
    assert out.is_file() and report.is_file(), proc.stdout
    layer = QgsVectorLayer(str(out), "q", "ogr")
    assert layer.featureCount() == 519
    assert {"index_score", "income_rank", "work_decile", "index_imputed", "index_rank_median",
            "index_decile_stability", "index_group_decile"} <= set(layer.fields().names())
    assert frame_of(layer)["index_score"].notna().sum() == 441
    assert "safety" in proc.stdout + proc.stderr


def test_a_geopackage_output_holds_what_a_temporary_one_holds(amsterdam, buurten, tmp_path):
    """GeoPackage in, GeoPackage out goes through frames.write_output's copy inside SQLite (no feature through
    Python): every feature, geometry and value equals the temporary layer's, which QGIS writes feature by
    feature."""
    import processing

    out = tmp_path / "index.gpkg"
    processing.run("wijkmonitor:deprivationindex", {
        "INPUT": buurten, "POPULATION_FIELD": "aantalInwoners", "MIN_POPULATION": 100, "GROUP_FIELD": "wijkcode",
        "OUTPUT": str(out)})
    layer = QgsVectorLayer(str(out), "index", "ogr")
    memory = amsterdam[0]["OUTPUT"]
    assert layer.fields().names() == memory.fields().names()
    written, expected = frame_of(layer), frame_of(memory)
    assert len(written) == len(expected) == 519
    for name in expected.columns:
        assert written[name].tolist() == expected[name].tolist() or np.allclose(
            pd.to_numeric(written[name], errors="coerce"), pd.to_numeric(expected[name], errors="coerce"),
            equal_nan=True), name
    by_code = {f["buurtcode"]: f.geometry().asWkt(3) for f in memory.getFeatures()}
    assert all(by_code[f["buurtcode"]] == f.geometry().asWkt(3) for f in layer.getFeatures())
