"""Each step of the index pipeline on its own (read, indicators, domain scores, imputation, combine, groups,
uncertainty), on small frames whose answers can be worked out by hand."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from wijkmonitor_plugin.core import imputation, index_combine, index_domains, index_groups, index_inputs, ranking
from wijkmonitor_plugin.core import uncertainty as unc
from wijkmonitor_plugin.core.definition import parse_definition, resolve
from wijkmonitor_plugin.core.deprivation import compute_index
from wijkmonitor_plugin.core.errors import CanceledError, WijkmonitorError


def resolved(raw: dict, columns):
    return resolve(parse_definition(raw), columns).definition


# -- read --------------------------------------------------------------------------------------------------------

def test_read_areas_population_labels_and_parents():
    frame = pd.DataFrame({"statcode": ["BU03630101", "BU03630102", " bu0363 0201", "BU03640101"],
                          "pop": [500.0, 50.0, np.nan, 200.0]})
    codes = index_inputs.area_codes(frame)
    assert codes.tolist() == ["BU03630101", "BU03630102", "BU03630201", "BU03640101"]
    parents = index_inputs.parent_codes(frame, codes)
    assert [level for level, _ in parents] == ["wijk", "gemeente"]
    assert parents[0][1].tolist() == ["WK036301", "WK036301", "WK036302", "WK036401"]
    assert parents[1][1].tolist() == ["GM0363", "GM0363", "GM0363", "GM0364"]
    areas = index_inputs.read_areas(frame, "pop", 100, labels="statcode", parents=parents)
    assert areas.eligible.tolist() == [True, False, False, True]
    assert (areas.n_small, areas.n_nopop) == (1, 1) and areas.small_examples == ["BU03630102", " bu0363 0201"]
    with pytest.raises(WijkmonitorError, match="negative"):
        index_inputs.read_areas(frame.assign(pop=[1.0, -1.0, 2.0, 3.0]), "pop", 0)
    with pytest.raises(WijkmonitorError, match="at least two"):
        index_inputs.read_areas(frame, "pop", 300)


def test_a_wijk_layer_is_not_its_own_parent():
    frame = pd.DataFrame({"statcode": ["WK036301", "WK036302"], "wijkcode": ["WK036301", "WK036302"]})
    parents = index_inputs.parent_codes(frame, index_inputs.area_codes(frame))
    assert [level for level, _ in parents] == ["gemeente"]


# -- indicators --------------------------------------------------------------------------------------------------

def test_indicator_values_with_denominators_and_zero_denominators():
    frame = pd.DataFrame({"n": [10.0, 5.0, 3.0], "d1": [100.0, 0.0, np.nan], "d2": [100.0, 0.0, np.nan]})
    definition = resolved({"name": "i", "domains": [{"id": "a", "weight": 1, "method": "rate", "indicators": [
        {"field": "n", "denominator": {"sum": ["d1", "d2"]}, "per": 1000}]}]}, frame.columns)
    ind = definition.domains[0].indicators[0]
    values = index_inputs.indicator_values(frame, ind)
    assert values[0] == pytest.approx(50.0) and np.isnan(values[1]) and np.isnan(values[2])
    assert index_inputs.indicator_counts(frame, ind)[0] == 200.0


def test_shrinkage_only_for_proportions_within_their_ceiling():
    frame = pd.DataFrame({"p": [10.0, 20.0, 30.0], "r": [100.0, 1500.0, 20.0], "n": [50.0, 60.0, 70.0]})
    definition = resolved({"name": "s", "domains": [
        {"id": "a", "weight": 1, "method": "rate", "indicators": [{"field": "p", "per": 100, "base": "n"}]},
        {"id": "b", "weight": 1, "method": "rate", "indicators": [{"field": "r", "per": 1000, "base": "n"}]}]},
        frame.columns)
    values = index_inputs.indicator_table(frame, definition, np.ones(3, dtype=bool))
    candidates, skipped = index_inputs.shrinkable(definition, frame, values, np.ones(3, dtype=bool))
    assert [ind.field for ind, _ in candidates] == ["p"]
    assert skipped[0]["field"] == "r" and "1500" in skipped[0]["reason"]


# -- domain scores -----------------------------------------------------------------------------------------------

def test_weighted_sum_renormalises_over_the_parts_an_area_has():
    a, b = np.array([1.0, np.nan, np.nan]), np.array([3.0, 2.0, np.nan])
    score, available = index_domains.weighted_sum([a, b], [0.25, 0.75])
    assert score[0] == pytest.approx(0.25 * 1 + 0.75 * 3)
    assert score[1] == pytest.approx(2.0)  # only b: its weight scaled up to the full sum
    assert np.isnan(score[2]) and available.tolist() == [2, 1, 0]


def test_domain_scores_by_method_and_partial_areas():
    rng = np.random.default_rng(3)
    frame = pd.DataFrame({"x": rng.normal(size=40), "y": rng.normal(size=40), "z": rng.normal(size=40)})
    frame["y"] += frame["x"]
    frame["z"] += frame["x"]
    frame.loc[3, "y"] = np.nan
    definition = resolved({"name": "d", "domains": [
        {"id": "w", "weight": 1, "method": "weighted", "indicators": [{"field": "x", "weight": 0.5},
                                                                      {"field": "y", "weight": 0.5}]},
        {"id": "f", "weight": 1, "method": "factor_analysis", "indicators": [{"field": "x"}, {"field": "y"},
                                                                             {"field": "z"}]},
        {"id": "s", "weight": 1, "method": "subdomains", "subdomains": [
            {"id": "a", "weight": 0.5, "method": "rate", "indicators": [{"field": "x"}]},
            {"id": "b", "weight": 0.5, "method": "rate", "indicators": [{"field": "z", "higher_is": "better"}]}]}]},
        frame.columns)
    values = index_inputs.indicator_table(frame, definition, np.ones(40, dtype=bool))
    weights = index_domains.PartWeights(subdomains={"s": {"a": 0.5, "b": 0.5}})
    result = index_domains.domain_scores(definition, values, index_domains.FitRanker(record=False), weights, fit=True)
    zx, zy = ranking.normal_scores(frame["x"]), ranking.normal_scores(frame["y"])
    assert np.allclose(result.scores["w"], np.where(np.isnan(zy), zx, 0.5 * zx + 0.5 * zy))
    assert sum(weights.parts["f"].values()) == pytest.approx(1.0) and weights.factor_fits["f"]["converged"]
    xa = ranking.exponential_transform(ranking.rank_deprived(frame["x"]))
    xb = ranking.exponential_transform(ranking.rank_deprived(-frame["z"]))
    assert np.allclose(result.scores["s"], 0.5 * xa + 0.5 * xb)
    assert result.partial["w"].tolist() == [i == 3 for i in range(40)]


# -- imputation --------------------------------------------------------------------------------------------------

def test_borrowing_from_the_wijk_then_the_gemeente_then_all_areas():
    score = np.array([10.0, 30.0, np.nan, 50.0, np.nan, np.nan, 7.0])
    other = np.array([1.0, 1.0, 1.0, 1.0, 1.0, np.nan, 1.0])  # area 5 has no domain of its own at all
    wijk = np.array(["W1", "W1", "W1", "W2", "W3", "W3", None], dtype=object)
    gemeente = np.array(["G1", "G1", "G1", "G1", "G1", "G1", "G2"], dtype=object)
    population = np.array([100.0, 300.0, 50.0, 100.0, 80.0, 60.0, 10.0])
    eligible = np.ones(7, dtype=bool)
    result = imputation.borrow({"d": score, "e": other}, eligible, [("wijk", wijk), ("gemeente", gemeente)],
                               population)
    borrowed = result.values["d"]
    assert borrowed[2] == pytest.approx((10 * 100 + 30 * 300) / 400)  # its wijk, weighted by population
    assert borrowed[4] == pytest.approx((10 * 100 + 30 * 300 + 50 * 100) / 500)  # W3 has none: the gemeente
    assert np.isnan(borrowed[5])  # no domain of its own: nothing borrowed, no index
    assert result.levels["d"][[2, 4]].tolist() == ["wijk", "gemeente"]
    assert result.borrowed(["d", "e"]).tolist() == [None, None, "d", None, "d", None, None]
    assert result.counts() == {"d": {"wijk": 1, "gemeente": 1}}
    # a donor is drawn from the same parent, with probability by population: its mean is the borrowed value
    draws = result.draw("d", np.tile(score[:, None], (1, 4000)), np.random.default_rng(1).random((2, 4000)))
    assert set(np.unique(draws[0])) == {10.0, 30.0} and draws[0].mean() == pytest.approx(borrowed[2], abs=0.6)
    assert set(np.unique(draws[1])) == {10.0, 30.0, 50.0}
    columns = imputation.borrow_columns({"d": score[:, None], "e": other[:, None]}, eligible[:, None],
                                        [("wijk", wijk), ("gemeente", gemeente)], population[:, None])
    filled, mask = columns["d"]
    assert np.allclose(filled[[2, 4], 0], borrowed[[2, 4]]) and mask[:, 0].tolist() == [
        False, False, True, False, True, False, False]


# -- combine -----------------------------------------------------------------------------------------------------

def test_imd_score_is_the_weighted_sum_of_exponentially_transformed_domain_ranks():
    frame = pd.DataFrame({"a": [5.0, 1.0, 3.0, 2.0, 4.0], "b": [2.0, 5.0, 1.0, 3.0, 4.0]})
    definition = resolved({"name": "c", "domains": [
        {"id": "a", "weight": 0.6, "method": "rate", "indicators": [{"field": "a"}]},
        {"id": "b", "weight": 0.4, "method": "rate", "indicators": [{"field": "b"}]}]}, frame.columns)
    scores = {"a": frame["a"].to_numpy(), "b": frame["b"].to_numpy()}
    result = index_combine.combine(definition, scores, index_domains.FitRanker(record=False), [0.6, 0.4], 2)
    x = [ranking.exponential_transform(ranking.rank_deprived(frame[c])) for c in "ab"]
    assert np.allclose(result.index, 0.6 * x[0] + 0.4 * x[1])
    z = index_combine.combine(definition, scores, index_domains.FitRanker(record=False), [0.6, 0.4], 2,
                              exponential=False).index
    assert np.allclose(z, 0.6 * ranking.normal_scores(frame["a"]) + 0.4 * ranking.normal_scores(frame["b"]))
    per_run = index_combine.combine(definition, {k: np.column_stack([v, v]) for k, v in scores.items()},
                                    index_domains.FitRanker(record=False), [0.6, 0.4], 2,
                                    exponential=np.array([True, False])).index
    assert np.allclose(per_run[:, 0], result.index) and np.allclose(per_run[:, 1], z)


def test_weights_and_min_domains_messages():
    messages = []
    assert index_combine.checked_weights({"a": 2, "b": 2}, "x", messages) == {"a": 0.5, "b": 0.5}
    assert "add up to 4" in messages[0]
    definition = parse_definition({"name": "m", "min_domains": 3, "domains": [
        {"id": "a", "weight": 1, "method": "rate", "indicators": [{"field": "a"}]}]})
    messages = []
    assert index_combine.effective_min_domains(definition, messages) == 1 and "at least 3" in messages[0]


# -- rank and groups ---------------------------------------------------------------------------------------------

def test_ties_within_the_tolerance_share_a_rank():
    values = np.array([248.0, 310 * 0.8, 100.0, 248.0 * (1 + 1e-12)])  # 310 · 0.8 = 248.00000000000003
    assert ranking.rank_deprived(values).tolist() == [1.0, 1.0, 4.0, 1.0]
    assert ranking.rank_average(values).tolist() == [3.0, 3.0, 1.0, 3.0]
    imd, average = ranking.rank_and_average(np.array([3.0, 1.0, 3.0, np.nan, 2.0]))
    assert imd[[0, 1, 2, 4]].tolist() == [1.0, 4.0, 1.0, 3.0] and average[[0, 1, 2, 4]].tolist() == [3.5, 1, 3.5, 2]
    assert np.isnan(imd[3]) and np.isnan(average[3])
    r = ranking.rank_average(np.random.default_rng(1).integers(0, 30, (300, 2)).astype(float))
    assert np.array_equal(ranking.normal_from_ranks(r, 300), ranking.norm_ppf(r / 301))


def test_place_in_baseline_leaves_the_areas_own_value_out():
    base = np.array([1.0, 2.0, 3.0, 4.0, 5.0])
    rank, n = ranking.place_in_baseline([4.9999, 0.5], base, "min_desc", own=[5.0, 1.0])
    assert rank.tolist() == [1.0, 5.0] and n.tolist() == [5.0, 5.0]
    average, _ = ranking.place_in_baseline([2.5], base, "average_asc", own=[np.nan])
    assert average.tolist() == [3.0]  # between 2 and 3 among six values: third from below


def test_rank_within_groups_matches_pandas():
    rng = np.random.default_rng(5)
    score = rng.integers(0, 20, 300).astype(float)
    group = rng.integers(0, 7, 300)
    expected = pd.Series(score).groupby(group).rank(method="min", ascending=False).to_numpy()
    assert np.array_equal(index_groups.rank_within(score, group), expected)
    result, record = index_groups.group_ranks(score, group.astype(str), min_areas=50)
    sizes = pd.Series(group).value_counts()
    assert set(result.too_small) == {str(g) for g in sizes[sizes < 50].index}
    assert np.isnan(result.rank[np.isin(group, sizes[sizes < 50].index)]).all()
    assert set(record.distributions) == {str(g) for g in sizes[sizes >= 50].index}


# -- uncertainty -------------------------------------------------------------------------------------------------

def test_the_saltelli_design_and_sensitivity_indices():
    groups = ["weights", "combine", "shrinkage"]
    runs, n_base = unc.design(groups, 100, 3, 0.25, seed=1)
    assert n_base == 20 and len(runs) == 100
    a, b, ab_combine = runs[:20], runs[20:40], runs[60:80]
    assert all(x["combine"] == y["combine"] for x, y in zip(ab_combine, b))  # group i from B ...
    assert all(np.array_equal(x["weights"], y["weights"]) for x, y in zip(ab_combine, a))  # ... the rest from A
    # y = 1·u + 3·v of two independent inputs: S = 1/10 and 9/10
    rng = np.random.default_rng(2)
    n = 4000
    ua, va, ub, vb = rng.random((4, n))
    y = np.concatenate([ua + 3 * va, ub + 3 * vb, ub + 3 * va, ua + 3 * vb])
    result = {r["choice"]: r for r in unc.sensitivity_indices(y, n, ["weights", "combine"], seed=3)}
    assert result["weights"]["first_order"] == pytest.approx(0.1, abs=0.05)
    assert result["combine"]["first_order"] == pytest.approx(0.9, abs=0.05)
    assert result["combine"]["total"] == pytest.approx(0.9, abs=0.05)
    assert result["combine"]["first_order_p05"] < 0.9 < result["combine"]["first_order_p95"]
    assert unc.design(groups, 8, 3, 0.25, seed=1)[1] == 0  # too few runs for the design: all random


@pytest.fixture(scope="module")
def robust_frame():
    rng = np.random.default_rng(9)
    n = 120
    pop = rng.integers(50, 3000, n).astype(float)
    frame = pd.DataFrame({"poor": rng.binomial(pop.astype(int), 0.2) / pop * 100, "pop": pop,
                          "dist": rng.gamma(2, 0.5, n), "wmo": rng.gamma(3, 20, n), "care": rng.gamma(2, 3, n),
                          "statcode": [f"BU0001{i // 10:02d}{i % 10:02d}" for i in range(n)]})
    frame.loc[rng.random(n) < 0.1, "dist"] = np.nan
    definition = {"name": "r", "domains": [
        {"id": "income", "weight": 0.5, "method": "rate", "indicators": [{"field": "poor", "per": 100, "base": "pop"}]},
        {"id": "health", "weight": 0.3, "method": "factor_analysis",
         "indicators": [{"field": "wmo"}, {"field": "care"}, {"field": "poor"}]},
        {"id": "access", "weight": 0.2, "method": "rate", "indicators": [{"field": "dist"}]}]}
    return frame, definition


def test_robustness_is_reproducible_with_a_seed_and_covers_every_choice(robust_frame):
    frame, definition = robust_frame
    options = unc.UncertaintyOptions(draws=80, seed=7)
    one = compute_index(frame, definition, uncertainty=options)
    two = compute_index(frame, definition, uncertainty=options)
    pd.testing.assert_frame_equal(one.frame, two.frame)
    assert one.report["uncertainty"]["sensitivity"] == two.report["uncertainty"]["sensitivity"]
    other = compute_index(frame, definition, uncertainty=unc.UncertaintyOptions(draws=80, seed=8)).frame
    assert not other["index_rank_p95"].equals(one.frame["index_rank_p95"])
    info = one.report["uncertainty"]
    assert [c["choice"] for c in info["choices"]] == ["weights", "combine", "shrinkage", "factor_weights",
                                                      "imputation", "sampling"]
    out = one.frame
    assert (out["index_rank_p05"] <= out["index_rank_median"]).all()
    assert (out["index_rank_median"] <= out["index_rank_p95"]).all()
    assert out["index_decile_stability"].between(0, 1).all()
    # a borrowed domain widens the interval: areas that borrowed are less certain than the rest
    width = (out["index_rank_p95"] - out["index_rank_p05"]).astype(float)
    borrowed = out["index_imputed"].notna()
    assert borrowed.any() and width[borrowed].median() > width[~borrowed].median()


def test_the_nominal_run_of_the_model_is_the_index_itself(robust_frame, monkeypatch):
    frame, definition = robust_frame
    captured = {}
    original = unc.robustness

    def spy(model, nominal_rank, nominal, options, feedback=None):
        captured.update(model=model, rank=nominal_rank, nominal=nominal)
        return original(model, nominal_rank, nominal, options, feedback)

    monkeypatch.setattr(unc, "robustness", spy)
    compute_index(frame, definition, uncertainty=unc.UncertaintyOptions(draws=10))
    again = captured["model"].evaluate([{}], captured["nominal"])[:, 0]
    assert np.array_equal(again, captured["rank"], equal_nan=True)


def test_robustness_reports_progress_and_can_be_cancelled(robust_frame):
    frame, definition = robust_frame
    seen = []
    compute_index(frame, definition, uncertainty=unc.UncertaintyOptions(draws=60), feedback=lambda f: seen.append(f))
    assert seen[0] == 0.0 and seen[-1] == 1.0 and seen == sorted(seen)
    with pytest.raises(CanceledError):
        compute_index(frame, definition, uncertainty=unc.UncertaintyOptions(draws=60),
                      feedback=lambda fraction: fraction > 0.3)
