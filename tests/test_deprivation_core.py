"""The index maths (wijkmonitor_plugin.core, no QGIS): each step, exactness on the English IoD, bad input."""

from __future__ import annotations

import json
from statistics import NormalDist

import numpy as np
import pandas as pd
import pytest

from tests.conftest import IOD
from wijkmonitor_plugin.core import ranking
from wijkmonitor_plugin.core.definition import DefinitionError, load_definition, parse_definition, resolve
from wijkmonitor_plugin.core.deprivation import (
    IndexInputError,
    ShrinkageOptions,
    UncertaintyOptions,
    compute_index,
)
from wijkmonitor_plugin.core.factor_analysis import FactorAnalysisError, fit_one_factor
from wijkmonitor_plugin.core.index_report import write_report
from wijkmonitor_plugin.core.shrinkage import shrink

HEALTH = ["years_of_potential_life_lost_indicator", "comparative_illness_and_disability_ratio_indicator",
          "acute_morbidity_indicator", "mental_health_indicator"]
IMD_DOMAINS = [("income", "Income", 0.225), ("employment", "Employment", 0.225), ("education", "Education", 0.135),
               ("health", "Health", 0.135), ("crime", "Crime", 0.093),
               ("barriers", "Housing_and_Services", 0.093), ("living", "Environment", 0.093)]


def imd_definition(combine="exponential"):
    return {"name": "IMD 2025 from published domain ranks", "combine": combine,
            "domains": [{"id": i, "weight": w, "method": "rate",
                         "indicators": [{"field": f"{col}_rank", "higher_is": "better"}]}
                        for i, col, w in IMD_DOMAINS]}


HEALTH_DEFINITION = {"name": "health", "domains": [
    {"id": "health", "weight": 1.0, "method": "factor_analysis", "indicators": [{"field": c} for c in HEALTH]}]}


@pytest.fixture(scope="module")
def published():
    return pd.read_csv(IOD / "iod2025_scores_ranks_deciles.csv.gz").set_index("lsoa21_code")


@pytest.fixture(scope="module")
def indicators(published):
    return pd.read_csv(IOD / "iod2025_indicators.csv.gz").set_index("lsoa21_code").loc[published.index]


@pytest.fixture(scope="module")
def subdomains(published):
    return pd.read_csv(IOD / "iod2025_subdomain_scores_ranks_deciles.csv.gz").set_index("lsoa21_code") \
        .loc[published.index]


@pytest.fixture(scope="module")
def health_result(indicators):
    return compute_index(indicators, HEALTH_DEFINITION)


def small_frame():
    return pd.DataFrame({
        "a": [10.0, 20.0, 30.0, 40.0, 50.0, 60.0],
        "b": [1.0, 3.0, 2.0, 5.0, 4.0, 6.0],
        "c": [0.5, 0.1, 0.3, 0.2, 0.6, 0.4],
        "pop": [100.0, 200.0, 50.0, 400.0, 300.0, 250.0],
        "name": list("uvwxyz"),
    })


def two_domains(weights=(0.5, 0.5), **extra):
    return {"name": "t", "domains": [
        {"id": "one", "weight": weights[0], "method": "rate", "indicators": [{"field": "a"}]},
        {"id": "two", "weight": weights[1], "method": "weighted",
         "indicators": [{"field": "b", "weight": 0.5}, {"field": "c", "weight": 0.5, "higher_is": "better"}]},
    ], **extra}


# -- building blocks ---------------------------------------------------------------------------------------------

def test_norm_ppf_matches_statistics_normaldist():
    p = np.concatenate([np.linspace(1e-10, 1 - 1e-10, 20001), [1e-300, 0.025, 0.975]])
    expected = np.array([NormalDist().inv_cdf(v) for v in p])
    assert np.max(np.abs(ranking.norm_ppf(p) - expected)) < 1e-12
    assert np.isneginf(ranking.norm_ppf([0.0])[0]) and np.isnan(ranking.norm_ppf([1.5])[0])


def test_ranks_min_and_average_ties_match_pandas():
    rng = np.random.default_rng(3)
    x = rng.integers(0, 40, size=(500, 3)).astype(float)
    x[[3, 9], [0, 2]] = np.nan
    assert np.array_equal(ranking.rank_deprived(x), pd.DataFrame(x).rank(method="min", ascending=False).to_numpy(),
                          equal_nan=True)
    assert np.array_equal(ranking.rank_average(x), pd.DataFrame(x).rank(method="average").to_numpy(), equal_nan=True)
    assert ranking.rank_deprived([5.0, 9.0, 9.0, 1.0]).tolist() == [3.0, 1.0, 1.0, 4.0]


def test_deciles_and_exponential_transform():
    ranks = np.arange(1, 101, dtype=float)
    assert ranking.deciles(ranks).tolist() == np.repeat(np.arange(1, 11), 10).tolist()
    x = ranking.exponential_transform(np.arange(1, 10001, dtype=float))
    assert x[0] == pytest.approx(100.0) and x[-1] == pytest.approx(0.0, abs=0.01)
    assert np.mean(x > 50) == pytest.approx(0.10, abs=0.005)  # the constant 23 puts about 10% above 50


def test_place_in_baseline_reproduces_own_ranks():
    base = np.array([1.0, 2.0, 2.0, 5.0])
    s = np.sort(base)
    rank, n = ranking.place_in_baseline(base, s, "min_desc", own=base)
    assert rank.tolist() == [4.0, 2.0, 2.0, 1.0] and n.tolist() == [4.0] * 4
    assert ranking.place_in_baseline(base, s, "average_asc", own=base)[0].tolist() == [1.0, 2.5, 2.5, 4.0]
    # an area that is not in the baseline joins it: N + 1 areas
    rank, n = ranking.place_in_baseline([3.0, 9.0], s, "min_desc")
    assert rank.tolist() == [2.0, 1.0] and n.tolist() == [5.0, 5.0]


def test_factor_analysis_recovers_known_loadings():
    rng = np.random.default_rng(7)
    loadings = np.array([0.9, 0.8, 0.6, 0.4])
    f = rng.standard_normal(20000)
    data = f[:, None] * loadings + rng.standard_normal((20000, 4)) * np.sqrt(1 - loadings ** 2)
    fit = fit_one_factor(data)
    assert fit.converged
    assert np.max(np.abs(fit.loadings - loadings)) < 0.02
    assert fit.weights.sum() == pytest.approx(1.0)
    with pytest.raises(FactorAnalysisError):
        fit_one_factor(data[:4])


def test_shrinkage_pulls_small_areas_toward_the_group_mean():
    values = np.array([50.0, 10.0, 20.0, 30.0, 90.0, 20.0, 25.0])  # percentages
    counts = np.array([4.0, 1000.0, 1000.0, 1000.0, 5000.0, 1000.0, 1000.0])
    res = shrink(values, counts, groups=["A"] * 4 + ["B"] * 3, per=100)
    assert res.weight[0] < 0.5 < 0.9 < res.weight[1]
    assert abs(res.values[0] - 20.0) < abs(values[0] - 20.0)
    assert res.values[1] == pytest.approx(values[1], abs=0.5)
    assert np.all(res.posterior_sd[1:4] < res.posterior_sd[0])


# -- exactness on the published English Indices of Deprivation 2025 ----------------------------------------------

def test_imd_from_published_domain_ranks_core(published):
    result = compute_index(published, imd_definition())
    out = result.frame
    assert np.max(np.abs(out["index_score"] - published["IMD_score"])) <= 0.001
    assert (out["index_decile"].astype(int) == published["IMD_decile"]).all()
    assert (out["index_rank"].astype(int) == published["IMD_rank"]).mean() > 0.9999
    assert result.messages == []  # the weights sum to 0.999 and are used as published
    assert sum(result.reference.domain_weights.values()) == pytest.approx(0.999)


def test_health_domain_through_factor_analysis(published, health_result):
    out = health_result.frame
    assert np.max(np.abs(out["health_score"] - published["Health_score"])) <= 0.01
    assert np.corrcoef(out["health_score"], published["Health_score"])[0, 1] > 0.99999
    weights = health_result.reference.part_weights["health"]
    assert [round(weights[f"health.{i}"], 2) for i in range(4)] == [0.24, 0.29, 0.22, 0.24]
    fit = health_result.report["domains"][0]["parts"][0]["factor_analysis"]
    assert fit["converged"] and fit["indicators"] == HEALTH


def test_education_through_subdomains(published, subdomains):
    definition = {"name": "education", "domains": [{"id": "education", "weight": 1.0, "method": "subdomains",
                                                    "subdomains": [
        {"id": "young", "weight": 0.5, "method": "rate",
         "indicators": [{"field": "children_and_young_people_rank", "higher_is": "better"}]},
        {"id": "adults", "weight": 0.5, "method": "rate",
         "indicators": [{"field": "adult_skills_rank", "higher_is": "better"}]}]}]}
    out = compute_index(subdomains, definition).frame
    diff = np.abs(out["education_score"] - published["Education_score"])
    assert diff.max() <= 0.002  # published scores are rounded to 3 decimals; 3 areas tie in a subdomain rank
    assert (diff <= 0.0005 + 1e-9).sum() >= len(diff) - 5
    assert (out["education_decile"].astype(int) == published["Education_decile"]).all()
    # from the (rounded) published subdomain scores: ties after rounding, still nearly the same
    definition["domains"][0]["subdomains"][0]["indicators"] = [{"field": "children_and_young_people_score"}]
    definition["domains"][0]["subdomains"][1]["indicators"] = [{"field": "adult_skills_score"}]
    out = compute_index(subdomains, definition).frame
    assert np.corrcoef(out["education_score"], published["Education_score"])[0, 1] > 0.99999


def test_mean_z_combination_is_a_weighted_mean_of_normal_scores(published):
    out = compute_index(published, imd_definition("mean_z")).frame
    z = np.column_stack([ranking.normal_scores(-published[f"{col}_rank"].to_numpy(dtype=float))
                         for _, col, _ in IMD_DOMAINS])
    w = np.array([w for *_, w in IMD_DOMAINS])
    assert np.allclose(out["index_score"], z @ w)
    assert np.corrcoef(out["index_rank"].astype(float), published["IMD_rank"])[0, 1] > 0.95


# -- the reference (baseline) for policy scenarios ----------------------------------------------------------------

def test_reference_keeps_unchanged_areas_and_places_changed_ones(indicators, health_result):
    new = indicators.copy()
    col = new.columns.get_loc(HEALTH[0])
    new.iloc[:5, col] = new.iloc[:5, col] * 3
    again = compute_index(new, reference=health_result.reference).frame
    base = health_result.frame
    assert (again.iloc[5:]["health_score"] == base.iloc[5:]["health_score"]).all()
    assert (again.iloc[5:]["health_rank"] == base.iloc[5:]["health_rank"]).all()
    assert (again.iloc[:5]["health_score"] > base.iloc[:5]["health_score"]).all()
    assert (again.iloc[:5]["health_rank"] <= base.iloc[:5]["health_rank"]).all()
    one = compute_index(indicators.iloc[[7]], reference=health_result.reference).frame
    assert one.iloc[0]["health_score"] == base.iloc[7]["health_score"]
    assert one.iloc[0]["index_rank"] == base.iloc[7]["index_rank"]
    summary = health_result.reference.as_dict()
    json.dumps(summary)
    assert summary["baseline_areas"] == len(indicators)


@pytest.mark.parametrize("combine", ["exponential", "mean_z"])
def test_reference_on_unchanged_data_reproduces_everything(published, subdomains, combine):
    frame = published.join(subdomains[["children_and_young_people_rank", "adult_skills_rank"]])
    definition = imd_definition(combine)
    definition["domains"][2] = {"id": "education", "weight": 0.135, "method": "subdomains", "subdomains": [
        {"id": "young", "weight": 0.5, "method": "rate",
         "indicators": [{"field": "children_and_young_people_rank", "higher_is": "better"}]},
        {"id": "adults", "weight": 0.5, "method": "rate",
         "indicators": [{"field": "adult_skills_rank", "higher_is": "better"}]}]}
    groups = pd.Series(frame.index.str[:6], index=frame.index)
    base = compute_index(frame, definition, groups=groups)
    again = compute_index(frame, reference=base.reference, groups=groups)
    pd.testing.assert_frame_equal(base.frame, again.frame)
    assert again.report["evaluated_against_baseline"] is True


# -- the Dutch preset and features on a small frame --------------------------------------------------------------

def test_preset_loads_and_every_domain_is_optional():
    preset = load_definition(None)
    assert preset.domain_ids() == ["income", "work", "education", "health", "safety", "housing_services",
                                   "living_environment"]
    assert preset.weight_sum() == pytest.approx(0.999)  # England's weights
    assert all(d.optional for d in preset.domains)
    assert all(d.note for d in preset.domains)


def test_min_population_groups_and_partial_indicators():
    frame = small_frame()
    frame.loc[1, "c"] = np.nan
    result = compute_index(frame, two_domains(), population="pop", min_population=100, groups=pd.Series(list("ppqqqq")),
                           labels="name", group_min_areas=2)
    out = result.frame
    assert out["index_score"].isna().tolist() == [False, False, True, False, False, False]
    assert out["index_rank"].dropna().astype(int).sort_values().tolist() == [1, 2, 3, 4, 5]
    assert result.report["areas"]["below_min_population"] == 1
    assert result.report["areas"]["excluded_examples"] == ["w"]
    assert result.report["domains"][1]["parts"][0]["areas_with_some_indicators_missing"] == 1
    assert out.loc[[0, 1], "index_group_rank"].tolist() == [2, 1]
    assert out["index_group_decile"].notna().sum() == 5


def test_optional_domain_left_out_loudly_with_renormalised_weights():
    definition = two_domains()
    definition["domains"].append({"id": "safety", "weight": 0.25, "method": "rate", "optional": True,
                                  "indicators": [{"field": "crime_per_1000"}]})
    result = compute_index(small_frame(), definition)
    assert "safety_score" not in result.frame.columns
    assert any("safety" in m for m in result.messages)
    assert result.reference.left_out_domains[0]["id"] == "safety"
    assert sum(result.reference.domain_weights.values()) == pytest.approx(1.0)
    assert result.report["left_out_domains"][0]["id"] == "safety"


def test_shrinkage_and_uncertainty_outputs():
    rng = np.random.default_rng(1)
    n = 60
    pop = rng.integers(20, 3000, n).astype(float)
    frame = pd.DataFrame({"poor": rng.binomial(pop.astype(int), 0.2) / pop * 100, "pop": pop,
                          "dist": rng.gamma(2, 0.5, n), "wijk": np.repeat(list("ABCDEF"), 10)})
    definition = {"name": "s", "domains": [
        {"id": "income", "weight": 0.6, "method": "rate",
         "indicators": [{"field": "poor", "per": 100, "base": "pop"}]},
        {"id": "access", "weight": 0.4, "method": "rate", "indicators": [{"field": "dist"}]}]}
    plain = compute_index(frame, definition)
    result = compute_index(frame, definition, shrinkage=ShrinkageOptions(groups="wijk"),
                           uncertainty=UncertaintyOptions(draws=50))
    out = result.frame
    assert not np.allclose(out["income_score"], plain.frame["income_score"])
    assert out["income_score"].std() < plain.frame["income_score"].std()
    assert (out["index_rank_p05"] <= out["index_rank_p95"]).all()
    assert result.report["uncertainty"]["sampling_error"] is True
    assert (out["index_rank_p95"] - out["index_rank_p05"]).astype(int).median() > 0
    assert result.report["shrinkage"]["income.0"]["areas"] == n


def test_report_is_json_and_html(tmp_path):
    result = compute_index(small_frame(), two_domains(), population="pop", min_population=60)
    written = write_report(result.report, tmp_path / "r.json")
    assert [p.name for p in written] == ["r.json", "r.html"]
    data = json.loads((tmp_path / "r.json").read_text())
    assert data["areas"]["input"] == 6 and data["areas"]["with_index"] == 5
    assert data["correlations"]["ids"] == ["one", "two", "index"]
    assert "<table>" in (tmp_path / "r.html").read_text()


# -- bad input ---------------------------------------------------------------------------------------------------

def test_unknown_field_names_the_field_and_domain():
    definition = two_domains()
    definition["domains"][0]["indicators"][0]["field"] = "nope"
    with pytest.raises(IndexInputError, match="one.*nope"):
        compute_index(small_frame(), definition)


def test_text_field_is_refused():
    definition = two_domains()
    definition["domains"][0]["indicators"][0]["field"] = "name"
    with pytest.raises(IndexInputError, match="'name' is text"):
        compute_index(small_frame(), definition)


def test_all_null_indicator_is_refused():
    frame = small_frame()
    frame["a"] = np.nan
    with pytest.raises(IndexInputError, match="'a' is NULL in every area"):
        compute_index(frame, two_domains())


def test_all_equal_values_are_refused():
    frame = small_frame()
    frame["b"] = 3.0
    with pytest.raises(IndexInputError, match="'b' has the same value"):
        compute_index(frame, two_domains())


def test_one_area_is_refused_without_a_baseline():
    with pytest.raises(IndexInputError, match="at least two"):
        compute_index(small_frame().iloc[:1], two_domains())


def test_negative_population_is_refused():
    frame = small_frame()
    frame.loc[3, "pop"] = -5
    with pytest.raises(IndexInputError, match="negative in 1 area.*x"):
        compute_index(frame, two_domains(), population="pop", labels="name")


def test_weights_far_from_one_are_normalised_with_a_warning():
    result = compute_index(small_frame(), two_domains((1.0, 1.0)))
    assert result.reference.domain_weights == {"one": 0.5, "two": 0.5}
    assert any("add up to 2" in m for m in result.messages)
    assert result.report["warnings"] == result.messages
    exact = compute_index(small_frame(), two_domains((0.5, 0.499)))
    assert exact.messages == [] and exact.reference.domain_weights == {"one": 0.5, "two": 0.499}


def test_duplicate_domain_ids_are_refused():
    definition = two_domains()
    definition["domains"][1]["id"] = "one"
    with pytest.raises(DefinitionError, match=r"domains\[1\].*'one' is used twice"):
        parse_definition(definition)


@pytest.mark.parametrize("change,message", [
    (lambda d: d["domains"][0]["indicators"][0].update(higher_is="up"), "higher_is"),
    (lambda d: d["domains"][0].pop("weight"), "'weight' is missing"),
    (lambda d: d["domains"][0].update(method="magic"), "'method' must be one of"),
    (lambda d: d["domains"][0]["indicators"].append({"field": "b"}), "exactly one indicator"),
    (lambda d: d["domains"][1]["indicators"][0].pop("weight"), "needs a 'weight'"),
    (lambda d: d["domains"][0].update(id="Bad Id"), "lowercase"),
    (lambda d: d.update(combine="sum"), "combine"),
    (lambda d: d["domains"][0].update(weight=-1), "positive"),
])
def test_definition_validation_names_the_entry(change, message):
    definition = two_domains()
    change(definition)
    with pytest.raises(DefinitionError, match=message):
        parse_definition(definition)


def test_candidate_fields_first_present_wins():
    definition = parse_definition({"name": "c", "domains": [
        {"id": "one", "weight": 1, "method": "rate", "indicators": [{"field": ["p_hh_li", "a"]}]}]})
    resolved = resolve(definition, ["a", "p_hh_li"]).definition
    assert resolved.domains[0].indicators[0].field == "p_hh_li"
    assert resolve(definition, ["a"]).definition.domains[0].indicators[0].field == "a"


def test_bad_definition_file(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    with pytest.raises(DefinitionError, match="not valid JSON"):
        load_definition(bad)


def test_imd2019_deciles_from_file2_domain_ranks():
    """IoD2019 File 2 (official headers): the IMD from the seven domain ranks, deciles all equal."""
    file2 = pd.read_csv(IOD / "iod2019_file2_domain_ranks_deciles.csv.gz")
    domains = [("income", "Income", 0.225), ("employment", "Employment", 0.225),
               ("education", "Education, Skills and Training", 0.135),
               ("health", "Health Deprivation and Disability", 0.135), ("crime", "Crime", 0.093),
               ("barriers", "Barriers to Housing and Services", 0.093), ("living", "Living Environment", 0.093)]
    definition = {"name": "IMD 2019", "domains": [
        {"id": i, "weight": w, "method": "rate",
         "indicators": [{"field": f"{col} Rank (where 1 is most deprived)", "higher_is": "better"}]}
        for i, col, w in domains]}
    out = compute_index(file2, definition).frame
    imd_rank = file2["Index of Multiple Deprivation (IMD) Rank (where 1 is most deprived)"]
    imd_decile = file2["Index of Multiple Deprivation (IMD) Decile (where 1 is most deprived 10% of LSOAs)"]
    assert (out["index_decile"].astype(int) == imd_decile).all()
    assert (out["index_rank"].astype(int) == imd_rank).mean() > 0.995
    assert (out["index_rank"].astype(int) - imd_rank).abs().max() <= 2


def test_preset_on_amsterdam_with_2022_snake_case_names():
    """The preset's candidate names: the same index from PDOK 2023 camelCase and 2022 snake_case fields."""
    import sqlite3

    from wijkmonitor_plugin.paths import sample_path

    with sqlite3.connect(sample_path()) as con:
        frame = pd.read_sql("SELECT * FROM buurten", con)
    camel = compute_index(frame, None, population="aantalInwoners", min_population=100)
    rename = {}
    for dom in load_definition(None).domains:
        for ind in dom.all_indicators():
            for candidates in [ind.fields, ind.denominator, ind.base, *ind.denominator_sum]:
                present = [c for c in candidates if c in frame.columns]  # the 2023 camelCase name
                if present:  # candidates are: catalogue id, 2023 camelCase, 2022 snake_case, KWB short name
                    after = [c for c in candidates[candidates.index(present[0]) + 1:] if "_" in c]
                    if after:
                        rename[present[0]] = after[0]
    rename["aantalInwoners"] = "aantal_inwoners"
    assert "percentage_huishoudens_met_laag_inkomen" in rename.values()
    snake = compute_index(frame.rename(columns=rename), None, population="aantal_inwoners", min_population=100)
    assert camel.report["areas"]["with_index"] > 380
    pd.testing.assert_frame_equal(camel.frame, snake.frame)
