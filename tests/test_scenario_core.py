"""core.scenario on the Amsterdam sample: no-op, monotonicity, domain isolation, re-rank, validation, names."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from wijkmonitor_plugin.core import scenario as sc
from wijkmonitor_plugin.core.deprivation import compute_index
from wijkmonitor_plugin.qgis_adapters.frames import source_to_frame

OPTIONS = {"population": "aantalInwoners", "min_population": 100, "groups": "wijkcode", "labels": "statcode",
           "code_field": "statcode", "name_field": "statnaam"}
INDEX_OPTIONS = {"population": "aantalInwoners", "min_population": 100, "groups": "wijkcode", "labels": "statcode"}


@pytest.fixture(scope="module")
def frame(sample_buurten):
    return source_to_frame(sample_buurten)


@pytest.fixture(scope="module")
def baseline(frame):
    return compute_index(frame, None, **INDEX_OPTIONS)


def change(areas, field, operation, value, scenario="s", row=1):
    return {"scenario": scenario, "areas": areas, "field": field, "operation": operation, "value": value}


def run(frame, rows, **kwargs):
    codes = frame["statcode"]
    changes = sc.parse_changes(rows, known_codes=set(sc.code_index(codes)), level=sc.code_level(codes))
    return sc.run_scenarios(frame, changes, catalogue=sc.default_catalogue(), **dict(OPTIONS, **kwargs))


def scenario_columns(result, prefix, columns):
    return result.frame[[f"{prefix}_{c}" for c in columns]].set_axis(columns, axis=1)


def assert_same(a: pd.DataFrame, b: pd.DataFrame):
    pd.testing.assert_frame_equal(a.reset_index(drop=True), b.reset_index(drop=True), check_dtype=False,
                                  check_exact=True)


def test_a_change_that_touches_nothing_changes_nothing(frame, baseline):
    result = run(frame, [change("all", "aantalPersonenMetEenAlgBijstandsuitkeringTot", "multiply", 1, "times one"),
                         change("BU0363AA01 BU0363ZZ99", "aantalPersonenMetEenWwUitkeringTotaal", "percent", -50,
                                "nowhere", row=2),
                         change("BU0363ZZ99", "aantalPersonenMetEenWwUitkeringTotaal", "set", 0, "nowhere")],
                 allow_empty=True)
    cols = list(baseline.frame.columns)
    assert_same(result.frame[cols], baseline.frame)
    assert_same(scenario_columns(result, "times_one", cols), baseline.frame)
    assert (result.frame["times_one_changed"] == 0).all()
    assert (result.frame.filter(like="times_one_").filter(like="_delta").fillna(0) == 0).all().all()
    assert result.decile_changes[result.decile_changes["scenario"] == "times one"].empty
    assert result.scenarios[0].summary["areas_changing_index_decile"] == 0
    assert any("BU0363ZZ99" in m and "row 2" in m for m in result.messages)  # allowed, but said
    # the 'nowhere' scenario changed BU0363AA01 only: every other area keeps its scores exactly
    nowhere = scenario_columns(result, "nowhere", cols)
    others = (frame["statcode"] != "BU0363AA01").to_numpy()
    assert_same(nowhere[others], baseline.frame[others])


def test_unmatched_selection_is_an_error_without_the_allow_flag(frame):
    with pytest.raises(sc.ScenarioError, match=r"row 1: 1 code\(s\) match no area: BU0363ZZ99"):
        run(frame, [change("BU0363ZZ99", "aantalPersonenMetEenWwUitkeringTotaal", "set", 0)])


def _indicator_fields(baseline):
    """(field, higher_is_worse, domain) of every indicator the preset uses on this layer (no denominators)."""
    out = []
    for dom in baseline.reference.definition.domains:
        for ind in dom.all_indicators():
            out.append((ind.field, ind.higher_is_worse, dom.id))
    return out


def test_improving_an_area_never_makes_it_more_deprived(frame, baseline):
    rng = np.random.default_rng(2026)
    indicators = _indicator_fields(baseline)
    codes = frame["statcode"].to_numpy()
    measures = [d.id for d in baseline.reference.definition.domains] + ["index"]
    rows, plan = [], []
    for k in range(40):
        field, worse, _ = indicators[rng.integers(len(indicators))]
        areas = rng.choice(codes[2:], size=int(rng.integers(1, 15)), replace=False)
        if worse:
            op, value = ("percent", -float(rng.uniform(5, 60))) if rng.random() < 0.5 else \
                ("multiply", float(rng.uniform(0.2, 0.95)))
        else:
            op, value = "multiply", float(rng.uniform(1.01, 1.08))
        rows.append(change(" ".join(areas), field, op, value, f"trial {k}"))
        plan.append(set(areas))
    result = run(frame, rows)
    base = baseline.frame
    moved = 0
    for k, areas in enumerate(plan):
        prefix = f"trial_{k}"
        for m in measures:
            for what, sign in (("rank", 1), ("decile", 1), ("score", -1)):
                delta = result.frame[f"{prefix}_{m}_{what}_delta"].astype(float).to_numpy()
                ok = np.isnan(delta) | (sign * delta >= 0)
                assert ok.all(), (prefix, m, what, codes[~ok][:5])
        touched = np.isin(codes, list(areas))
        untouched = scenario_columns(result, prefix, list(base.columns))[~touched]
        assert_same(untouched, base[~touched])  # only what changed moves
        moved += int((result.frame[f"{prefix}_index_rank_delta"].fillna(0) > 0).sum())
    assert moved > 20  # the trials did move areas


def test_a_change_in_one_domain_moves_only_that_domain(frame, baseline):
    wijk = frame["wijkcode"] == "WK0363AF"
    result = run(frame, [change("\"wijkcode\" = 'WK0363AF'", "huisartsenpraktijkGemiddeldeAfstandInKm", "multiply",
                                0.4, "GP nearby")],
                 expression_selections={1: set(frame.index[wijk])})
    assert result.scenarios[0].summary["areas_changed"] == int(wijk.sum())
    base = baseline.frame
    scen = scenario_columns(result, "gp_nearby", list(base.columns))
    for dom in baseline.reference.definition.domains:
        cols = [c for c in base.columns if c.startswith(dom.id + "_")]
        if dom.id == "housing_services":
            assert (scen.loc[wijk, f"{dom.id}_score"] < base.loc[wijk, f"{dom.id}_score"]).all()
        else:
            assert_same(scen[cols], base[cols])
    assert (scen.loc[wijk, "index_score"] < base.loc[wijk, "index_score"]).sum() >= 1
    assert_same(scen[~wijk], base[~wijk])
    table = result.decile_changes
    assert set(table["domain"]) <= {"housing_services", "index"}
    assert set(table["code"]) <= set(frame.loc[wijk, "statcode"])
    assert {"code", "name", "decile_from", "decile_to"} <= set(table.columns)


def test_rerank_is_the_index_on_the_changed_data(frame):
    rows = [change("BU0363AA01,BU0363AA02,BU0363AA03", "aantalPersonenMetEenAlgBijstandsuitkeringTot", "percent", -20),
            change("all", "gemiddeldeWoningwaarde", "add", 10)]
    result = run(frame, rows, rerank=True)
    changed = frame.copy()
    sel = changed["statcode"].isin(["BU0363AA01", "BU0363AA02", "BU0363AA03"])
    changed.loc[sel, "aantalPersonenMetEenAlgBijstandsuitkeringTot"] *= 0.8
    changed["gemiddeldeWoningwaarde"] += 10
    direct = compute_index(changed, None, **INDEX_OPTIONS).frame
    assert_same(scenario_columns(result, "s", list(direct.columns)), direct)
    assert result.report["method"] == "rerank"


@pytest.mark.parametrize("row, message", [
    (change("all", "aantalPersonenMetEenBijstand", "add", 1), r"row 1: the field 'aantalPersonenMetEenBijstand' is "
                                                              r"not in the layer\. Did you mean"),
    (change("all", "statnaam", "add", 1), r"row 1: the field 'statnaam' is text"),
    (change("all", "aantalInwoners", "add", "veel"), r"row 1: the value 'veel' is not a number"),
    (change("all", "aantalInwoners", "divide", 2), r"row 1: unknown operation 'divide'"),
    (change("BU0363AA01", "percentageHuishoudensMetLaagInkomen", "set", 120),
     r"row 1: 'set 120' makes percentageHuishoudensMetLaagInkomen 120 in 1 area\(s\) \(first: BU0363AA01\), but a "
     r"percentage must stay between 0 and 100"),
    (change("all", "nettoArbeidsparticipatie", "multiply", 2), r"row 1: .*percentage must stay between 0 and 100"),
    (change("BU0363AA04", "aantalPersonenMetEenWwUitkeringTotaal", "add", -100000),
     r"row 1: .*BU0363AA04.*a count cannot be negative"),
    (change("BU0363AA01", "aantalInwoners", "set", 1, ""), None),
])
def test_validation_names_the_row(frame, row, message):
    rows = [change("all", "aantalInwoners", "multiply", 1), dict(row)]
    if message is None:  # a valid row: no error
        run(frame, rows)
        return
    with pytest.raises(sc.ScenarioError, match=message.replace("row 1", "row 2")):
        run(frame, rows)


def test_change_table_parsing():
    rows = [{"Naam": "Plan A", "Gebieden": "alle", "Veld": "x", "Bewerking": "procent", "Waarde": "−20%"},
            {"Naam": "Plan A", "Gebieden": "BU0363AA01; 0363AA02", "Veld": "x", "Bewerking": "vermenigvuldig",
             "Waarde": "0,8"},
            {"Naam": "", "Gebieden": "\"x\" > 3", "Veld": "x", "Bewerking": "+", "Waarde": 2},
            {"Naam": None, "Gebieden": None, "Veld": None, "Bewerking": None, "Waarde": None}]
    changes = sc.parse_changes(rows, level="buurten")
    assert [(c.scenario, c.kind, c.operation, c.value) for c in changes] == [
        ("Plan A", "all", "percent", -20.0), ("Plan A", "codes", "multiply", 0.8),
        ("scenario", "expression", "add", 2.0)]
    assert changes[1].codes == ["BU0363AA01", "0363AA02"]
    assert sc.matrix_records(["a", "all", "f", "set", "1"]) == [
        {"scenario": "a", "areas": "all", "field": "f", "operation": "set", "value": "1"}]
    with pytest.raises(sc.ScenarioError, match="not a whole number of rows"):
        sc.matrix_records(["a", "all", "f"])
    with pytest.raises(sc.ScenarioError, match="lacks the column"):
        sc.parse_changes([{"scenario": "a", "areas": "all"}])
    with pytest.raises(sc.ScenarioError, match="row 1: unknown selection type 'buurt'"):
        sc.parse_changes([{"areas": "x", "selection_type": "buurt", "field": "f", "operation": "set", "value": 1}])


def test_field_kinds_by_name_and_catalogue():
    cat = sc.default_catalogue()
    assert sc.field_kind("percentageHuishoudensMetLaagInkomen") == sc.PERCENTAGE
    assert sc.field_kind("percGebInNlMetHerkomstlandBuitenEuropa") == sc.PERCENTAGE
    assert sc.field_kind("p_hh_li") == sc.PERCENTAGE
    assert sc.field_kind("aantalInwoners") == sc.COUNT
    assert sc.field_kind("gemiddeldeWoningwaarde", cat) is None
    assert sc.field_kind("nettoArbeidsparticipatie", cat) == sc.PERCENTAGE  # unit '%' in the catalogue
    assert sc.field_kind("nettoArbeidsparticipatie") is None


def test_scenario_field_names_are_sanitised_unique_and_short(frame):
    long_name = "Bijstand −20% in de drie meest achtergestelde buurten van Centrum-Oost, variant Ä"
    rows = [change("BU0363AA01", "aantalPersonenMetEenAlgBijstandsuitkeringTot", "percent", -20, long_name),
            change("BU0363AA01", "aantalPersonenMetEenAlgBijstandsuitkeringTot", "percent", -30, long_name + "!"),
            change("BU0363AA01", "aantalPersonenMetEenAlgBijstandsuitkeringTot", "percent", -30, "2030"),
            change("BU0363AA01", "aantalPersonenMetEenAlgBijstandsuitkeringTot", "percent", -30, "index")]
    result = run(frame, rows)
    prefixes = [o.prefix for o in result.scenarios]
    assert len(set(prefixes)) == 4
    assert prefixes[0].startswith("bijstand_20_in_de_drie")
    assert prefixes[2] == "s_2030" and prefixes[3] != "index"
    assert max(len(c) for c in result.frame.columns) <= 63
    assert all(c.replace("_", "").isalnum() and c.isascii() for c in result.frame.columns)
    assert len(set(result.frame.columns)) == len(result.frame.columns)


def test_report_files(frame, tmp_path):
    result = run(frame, [change("BU0363AA01", "aantalPersonenMetEenAlgBijstandsuitkeringTot", "percent", -50,
                                "Bijstand <helft>")])
    from wijkmonitor_plugin.core.scenario_report import write_report

    files = write_report(result.report, tmp_path / "scenario.json")
    assert [f.name for f in files] == ["scenario.json", "scenario.html"]
    import json

    data = json.loads(files[0].read_text(encoding="utf-8"))
    assert data["method"] == "reference"
    assert data["scenarios"][0]["changes"][0]["field"] == "aantalPersonenMetEenAlgBijstandsuitkeringTot"
    assert "Bijstand &lt;helft&gt;" in files[1].read_text(encoding="utf-8")
