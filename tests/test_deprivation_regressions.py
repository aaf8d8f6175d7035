"""Every defect of issue 17 that was reproduced on the old code, as a test that fails on it.

The Wijkprofiel means, rank classes and Jenks regressions are in tests/test_maps_core.py (they are
maps code); everything else is here.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from wijkmonitor_plugin.core import scenario as sc
from wijkmonitor_plugin.core.aggregate import aggregate_frame
from wijkmonitor_plugin.core.catalogue import load_catalogue
from wijkmonitor_plugin.core.deprivation import ShrinkageOptions, compute_index
from wijkmonitor_plugin.core.shrinkage import shrink
from wijkmonitor_plugin.qgis_adapters.frames import source_to_frame

ONE_RATE = {"name": "one rate", "domains": [{"id": "one", "weight": 1.0, "method": "rate",
                                             "indicators": [{"field": "x"}]}]}
INDEX_OPTIONS = {"population": "aantalInwoners", "min_population": 100, "groups": "wijkcode", "labels": "statcode"}
BIJSTAND = "aantalPersonenMetEenAlgBijstandsuitkeringTot"


@pytest.fixture(scope="module")
def frame(sample_buurten):
    return source_to_frame(sample_buurten)


def ten_areas():
    return pd.DataFrame({"x": np.arange(1.0, 11.0), "code": [f"BU00010{i:03d}" for i in range(1, 11)]})


# -- 1. scenarios against the baseline ---------------------------------------------------------------------------

def test_a_tiny_change_is_ranked_against_the_other_areas_not_its_own_old_value():
    """10 areas, x = 1 … 10 (higher = worse): the area with x = 5 has rank 6. 5 → 4.9999 passes nobody, so
    it keeps rank 6 (the old code counted its own old value 5 as 'more deprived' and gave rank 7)."""
    base = compute_index(ten_areas(), ONE_RATE)
    assert base.frame["one_rank"].tolist() == list(range(10, 0, -1))
    changed = ten_areas()
    changed.loc[4, "x"] = 4.9999
    again = compute_index(changed, reference=base.reference).frame
    assert again.loc[4, "one_rank"] == 6 and again.loc[4, "index_rank"] == 6
    assert (again.drop(index=4)["index_rank"] == base.frame.drop(index=4)["index_rank"]).all()


def test_the_least_deprived_area_improving_stays_within_n_and_ten_deciles():
    """The old code gave rank 11 and decile 11 of 10 to the least deprived of 10 areas when it improved."""
    base = compute_index(ten_areas(), ONE_RATE)
    changed = ten_areas()
    changed.loc[0, "x"] = 0.5
    again = compute_index(changed, reference=base.reference).frame
    assert again.loc[0, "index_rank"] == 10 and again.loc[0, "index_decile"] == 10


def test_the_same_through_a_scenario_run():
    changes = sc.parse_changes([{"scenario": "tiny", "areas": "BU00010005", "field": "x", "operation": "set",
                                 "value": 4.9999},
                                {"scenario": "best", "areas": "BU00010001", "field": "x", "operation": "set",
                                 "value": 0.5}], level="buurten")
    result = sc.run_scenarios(ten_areas(), changes, ONE_RATE, code_field="code", labels="code")
    out = result.frame
    assert out.loc[4, "tiny_index_rank"] == 6 and out.loc[4, "tiny_index_rank_delta"] == 0
    assert out.loc[0, "best_index_rank"] == 10 and out.loc[0, "best_index_decile"] == 10


@pytest.mark.parametrize("impute", [False, True])
def test_a_tiny_bijstand_change_on_amsterdam_keeps_rank_and_decile_in_both_modes(frame, impute):
    """Amsterdam: −0.001 % bijstand moved a buurt at the edge of the most deprived decile from rank 39 to 41
    and out of decile 1, while re-rank mode kept it at 39 in decile 1. Now both modes agree, for every buurt
    at the edge of decile 1."""
    base = compute_index(frame, None, impute=impute, **INDEX_OPTIONS).frame
    decile_one = base[base["index_decile"] == 1]["index_rank"]
    edge = frame.loc[decile_one.sort_values().index[-3:], "statcode"].tolist()  # the last three of decile 1
    rows = [{"scenario": f"s{k}", "areas": code, "field": BIJSTAND, "operation": "percent", "value": -0.001}
            for k, code in enumerate(edge)]
    codes = frame["statcode"]
    changes = sc.parse_changes(rows, known_codes=set(sc.code_index(codes)), level=sc.code_level(codes))
    options = dict(INDEX_OPTIONS, code_field="statcode", impute=impute)
    evaluated = sc.run_scenarios(frame, changes, **options).frame
    reranked = sc.run_scenarios(frame, changes, rerank=True, **options).frame
    for k, code in enumerate(edge):
        row = frame.index[frame["statcode"] == code][0]
        assert evaluated.loc[row, f"s{k}_index_rank"] == base.loc[row, "index_rank"], code
        assert evaluated.loc[row, f"s{k}_index_decile"] == 1
        assert reranked.loc[row, f"s{k}_index_rank"] == evaluated.loc[row, f"s{k}_index_rank"]


# -- 2. group ranks only in groups of enough areas ---------------------------------------------------------------

def test_a_wijk_of_one_buurt_gets_no_group_decile():
    """A wijk of one buurt got group rank 1 and group decile 10 ('least deprived'); areas without a group value
    got group ranks 1..3."""
    data = pd.DataFrame({"x": np.arange(1.0, 16.0)})
    groups = pd.Series(["A"] * 11 + ["B"] + [None, None, ""])
    result = compute_index(data, ONE_RATE, groups=groups)
    out = result.frame
    assert out.loc[11, ["index_group_rank", "index_group_decile"]].isna().all()  # B: one area
    assert out.loc[12:, ["index_group_rank", "index_group_decile"]].isna().all().all()  # no group value
    assert sorted(out.loc[:10, "index_group_rank"].astype(int)) == list(range(1, 12))
    info = result.report["groups"]["measures"]["index"]
    assert info["too_small_examples"] == {"B": 1} and info["areas_without_group"] == 3
    assert result.report["groups"]["min_areas"] == 10


def test_amsterdam_wijken_with_fewer_than_ten_buurten_get_null(frame):
    result = compute_index(frame, None, **INDEX_OPTIONS)
    info = result.report["groups"]["measures"]["index"]
    scored = result.frame["index_score"].notna()
    sizes = frame.loc[scored, "wijkcode"].value_counts()
    assert info["ranked_groups"] == int((sizes >= 10).sum()) and info["groups_too_small"] == int((sizes < 10).sum())
    small = frame["wijkcode"].isin(sizes[sizes < 10].index)
    assert result.frame.loc[small, "index_group_decile"].isna().all()
    assert result.frame.loc[~small & scored, "index_group_decile"].notna().all()


# -- 3. the listed fixes -----------------------------------------------------------------------------------------

def test_a_rate_above_its_ceiling_is_not_shrunk():
    """A rate of 3000 per 1000 was 'shrunk' to 997 and flipped ranks."""
    values = np.array([3000.0, 900.0, 50.0, 20.0, 10.0, 5.0])
    counts = np.array([40.0, 40.0, 2000.0, 1500.0, 1000.0, 800.0])
    assert shrink(values, counts, None, 1000.0).values[0] == 3000.0  # not a proportion: left as it is
    data = pd.DataFrame({"crime": values, "pop": counts, "other": [1.0, 2.0, 3.0, 4.0, 5.0, 6.0]})
    definition = {"name": "c", "domains": [
        {"id": "safety", "weight": 0.5, "method": "rate",
         "indicators": [{"field": "crime", "per": 1000, "base": "pop"}]},
        {"id": "other", "weight": 0.5, "method": "rate", "indicators": [{"field": "other"}]}]}
    plain = compute_index(data, definition)
    shrunk = compute_index(data, definition, shrinkage=ShrinkageOptions())
    assert (shrunk.frame["safety_rank"] == plain.frame["safety_rank"]).all()
    assert shrunk.frame["safety_score"].tolist() == values.tolist()
    assert any("not shrunk" in m and "3000" in m for m in shrunk.messages)
    assert shrunk.report["shrinkage"] == {}


def test_the_core_mean_of_ten_and_null_is_ten():
    frame = pd.DataFrame({"mijn_veld": [10.0, np.nan]})
    result = aggregate_frame(frame, pd.Series(["WK01", "WK01"]), load_catalogue(), mean_fields=["mijn_veld"])
    assert result.values.loc["WK01", "mijn_veld"] == 10.0


def test_min_domains_above_the_domains_present_is_said():
    """min_domains 9 with 2 domains scored every area without a word."""
    data = pd.DataFrame({"x": np.arange(1.0, 7.0), "y": [3.0, 1.0, 2.0, 6.0, 5.0, 4.0]})
    definition = {"name": "two", "min_domains": 9, "domains": [
        {"id": "one", "weight": 0.5, "method": "rate", "indicators": [{"field": "x"}]},
        {"id": "two", "weight": 0.5, "method": "rate", "indicators": [{"field": "y"}]}]}
    result = compute_index(data, definition)
    assert any("at least 9 domain scores" in m and "only 2" in m for m in result.messages)
    assert result.report["definition"]["min_domains"] == 2


# -- 4. a score for every populated area -------------------------------------------------------------------------

def test_every_populated_buurt_of_the_sample_is_scored(frame):
    """399 of the 441 buurten with at least 100 inhabitants were scored; the central residential buurten were
    hatched 'no data' because one domain lacked a value."""
    result = compute_index(frame, None, **INDEX_OPTIONS)
    populated = frame["aantalInwoners"] >= 100
    assert int(populated.sum()) == 441
    assert result.frame.loc[populated, "index_score"].notna().all()
    assert result.frame.loc[~populated, "index_score"].isna().all()  # below MIN_POPULATION stays NULL
    coverage = result.report["coverage"]
    assert coverage["eligible"] == coverage["with_index"] == 441
    central = frame["statnaam"].isin(["Kalverdriehoek", "Nes e.o.", "Leidsebuurt-Noordwest"])
    assert central.sum() == 3 and result.frame.loc[central, "index_rank"].notna().all()
    assert result.frame.loc[central, "index_imputed"].notna().all()  # they borrowed a domain
    without = compute_index(frame, None, impute=False, **INDEX_OPTIONS)
    assert without.report["coverage"]["with_index"] == 399  # the old coverage, for comparison
