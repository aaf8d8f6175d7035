"""Invariants of the index as properties: many seeded random inputs, not just examples.

- ranks are 1…N (ties "min": rank − 1 areas score strictly higher), deciles ceil(10 · rank / N) in 1…10;
- monotone: a worse indicator value never gives an area a less deprived rank;
- against a baseline (each changed area in the world where only it changed, as the scenarios evaluate
  it; and placed in the baseline distributions, as national ranks are): ranks stay within 1…N and
  deciles within 1…10, unchanged areas keep their ranks, an infinitesimal change never moves a rank,
  and a single change gets exactly the re-ranked index's ranks;
- every scored area with a domain of its own gets an index, and index_imputed names what it borrowed.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from wijkmonitor_plugin.core.deprivation import compute_index
from wijkmonitor_plugin.core.index_worlds import evaluate_changed_areas
from wijkmonitor_plugin.qgis_adapters.frames import source_to_frame

CASES = 60


def random_frame(rng: np.random.Generator, n: int) -> pd.DataFrame:
    """Areas in a few wijken with four indicators (two rounded, so with ties) and some NULLs."""
    frame = pd.DataFrame({
        "a": rng.gamma(2.0, 5.0, n),
        "b": np.round(rng.normal(50, 10, n)),  # ties
        "c": rng.uniform(0, 1, n),
        "d": np.round(rng.exponential(3.0, n), 1),  # ties
        "pop": rng.integers(50, 5000, n).astype(float),
        "statcode": [f"BU0001{w:02d}{i:02d}" for i, w in enumerate(rng.integers(0, max(2, n // 8), n))],
    })
    frame["wijkcode"] = frame["statcode"].str[:2].replace("BU", "WK") + frame["statcode"].str[2:8]
    for col in ("a", "b", "c", "d"):
        frame.loc[rng.random(n) < 0.08, col] = np.nan
    return frame


def random_definition(rng: np.random.Generator, monotone: bool = False) -> dict:
    """Two or three domains of the methods rate, weighted, subdomains (and factor analysis unless ``monotone``:
    refitted factor weights may change when a value changes)."""
    domains = [
        {"id": "one", "weight": float(rng.uniform(0.2, 1)), "method": "rate", "indicators": [{"field": "a"}]},
        {"id": "two", "weight": float(rng.uniform(0.2, 1)), "method": "weighted",
         "indicators": [{"field": "b", "weight": 0.6}, {"field": "c", "weight": 0.4, "higher_is": "better"}]},
        {"id": "three", "weight": float(rng.uniform(0.2, 1)), "method": "subdomains", "subdomains": [
            {"id": "x", "weight": 0.5, "method": "rate", "indicators": [{"field": "d"}]},
            {"id": "y", "weight": 0.5, "method": "rate", "indicators": [{"field": "a"}]}]},
    ]
    if not monotone and rng.random() < 0.5:
        domains[1]["method"] = "factor_analysis"
        domains[1]["indicators"] = [{"field": "b"}, {"field": "a"}, {"field": "d"}]
    chosen = [domains[i] for i in sorted(rng.choice(3, size=int(rng.integers(2, 4)), replace=False))]
    return {"name": "random", "combine": "exponential" if rng.random() < 0.7 else "mean_z", "domains": chosen}


def assert_ranks(score: pd.Series, rank: pd.Series, decile: pd.Series) -> None:
    ok = score.notna().to_numpy()
    s = score.to_numpy(dtype=float)[ok]
    r = rank.to_numpy(dtype=float, na_value=np.nan)[ok]
    d = decile.to_numpy(dtype=float, na_value=np.nan)[ok]
    n = len(s)
    assert np.isnan(rank.to_numpy(dtype=float, na_value=np.nan)[~ok]).all()
    if n == 0:
        return
    assert r.min() == 1 and r.max() <= n and np.all(r == np.round(r))
    higher = (s[None, :] > s[:, None]).sum(axis=1)
    assert np.array_equal(r, higher + 1.0)  # ties "min"
    assert np.array_equal(d, np.ceil(10 * r / n)) and d.min() >= 1 and d.max() <= 10


def test_ranks_are_one_to_n_and_deciles_one_to_ten():
    rng = np.random.default_rng(101)
    for _ in range(CASES):
        frame = random_frame(rng, int(rng.integers(4, 250)))
        definition = random_definition(rng)
        out = compute_index(frame, definition, population="pop", min_population=100).frame
        for dom in [d["id"] for d in definition["domains"]] + ["index"]:
            assert_ranks(out[f"{dom}_score"], out[f"{dom}_rank"], out[f"{dom}_decile"])


def test_a_worse_indicator_never_improves_the_rank():
    rng = np.random.default_rng(202)
    checked = 0
    for _ in range(CASES):
        frame = random_frame(rng, int(rng.integers(6, 120)))
        definition = random_definition(rng, monotone=True)
        base = compute_index(frame, definition, impute=False)
        fields = {i["field"]: i.get("higher_is", "worse") for d in definition["domains"]
                  for part in d.get("subdomains", [d]) for i in part["indicators"]}
        field = rng.choice(sorted(fields))
        row = int(rng.integers(len(frame)))
        if pd.isna(frame.loc[row, field]) or pd.isna(base.frame.loc[row, "index_rank"]):
            continue
        worse = frame.copy()
        step = abs(float(frame[field].std())) * float(rng.uniform(0.05, 2))
        worse.loc[row, field] += step if fields[field] == "worse" else -step
        for out in (compute_index(worse, definition, impute=False).frame,  # re-ranked
                    evaluate_changed_areas(frame, worse, [row], base, impute=False),  # against the baseline
                    compute_index(worse, reference=base.reference, impute=False).frame):  # placed
            assert out.loc[row, "index_rank"] <= base.frame.loc[row, "index_rank"], (definition, field)
            assert out.loc[row, "index_score"] >= base.frame.loc[row, "index_score"] - 1e-12
        checked += 1
    assert checked > CASES // 2


def test_against_a_baseline_ranks_stay_in_range_and_unchanged_areas_keep_theirs():
    rng = np.random.default_rng(303)
    for _ in range(CASES):
        frame = random_frame(rng, int(rng.integers(5, 150)))
        definition = random_definition(rng)
        base = compute_index(frame, definition, population="pop", min_population=100, groups="wijkcode",
                             group_min_areas=3)
        changed = frame.copy()
        rows = rng.choice(len(frame), size=int(rng.integers(1, max(2, len(frame) // 4))), replace=False)
        for col in ("a", "b", "c", "d"):
            changed.loc[rows, col] = changed.loc[rows, col] * rng.uniform(0.2, 3.0, len(rows))
        out = compute_index(changed, reference=base.reference, population="pop", min_population=100,
                            groups="wijkcode").frame
        n = int(base.frame["index_score"].notna().sum())
        ranks = out["index_rank"].dropna().astype(int)
        assert ranks.between(1, n).all()
        assert out["index_decile"].dropna().astype(int).between(1, 10).all()
        assert out["index_group_decile"].dropna().astype(int).between(1, 10).all()
        same = ~frame.index.isin(rows)
        pd.testing.assert_frame_equal(out[same], base.frame[same])


def test_an_infinitesimal_change_never_moves_a_rank():
    rng = np.random.default_rng(404)
    for _ in range(CASES):
        frame = random_frame(rng, int(rng.integers(5, 150)))
        definition = random_definition(rng)
        base = compute_index(frame, definition)
        changed = frame.copy()
        rows = rng.choice(len(frame), size=int(rng.integers(1, 4)), replace=False)
        col = rng.choice(["a", "b", "c", "d"])
        changed.loc[rows, col] = changed.loc[rows, col] * (1 + 1e-13)  # ties with other areas stay ties
        ranks = [c for c in base.frame.columns if c.endswith(("_rank", "_decile"))]
        for out in (compute_index(changed, reference=base.reference).frame, compute_index(changed, definition).frame):
            pd.testing.assert_frame_equal(out[ranks], base.frame[ranks])
        worlds = evaluate_changed_areas(frame, changed, frame.index[rows], base)
        pd.testing.assert_frame_equal(worlds[ranks], base.frame.loc[frame.index[rows], ranks])


def test_a_single_change_gets_the_ranks_of_the_re_ranked_index():
    rng = np.random.default_rng(505)
    for case in range(CASES):
        frame = random_frame(rng, int(rng.integers(6, 200)))
        definition = random_definition(rng)
        options = {"population": "pop", "min_population": 100, "groups": "wijkcode", "group_min_areas": 3}
        base = compute_index(frame, definition, **options)
        row = frame.index[int(rng.integers(len(frame)))]
        changed = frame.copy()
        col = rng.choice(["a", "b", "c", "d", "pop"])
        changed.loc[row, col] = changed[col].dropna().sample(1, random_state=case).iloc[0] * rng.uniform(0.5, 1.5)
        evaluated = evaluate_changed_areas(frame, changed, [row], base, "pop", 100, "wijkcode").loc[row]
        reranked = compute_index(changed, definition, **options).frame.loc[row]
        ranks = [c for c in base.frame.columns if c.endswith(("_rank", "_decile"))]
        for column in ranks + ["index_imputed", "index_partial", "index_domains"]:
            assert pd.isna(evaluated[column]) and pd.isna(reranked[column]) or evaluated[column] == \
                reranked[column], (case, column, evaluated[column], reranked[column])
        scores = [c for c in base.frame.columns if c.endswith("_score")]
        assert np.allclose(evaluated[scores].astype(float), reranked[scores].astype(float), equal_nan=True)


def test_several_changes_each_counts_the_unchanged_areas():
    """With several changed areas, each gets the ranks of the index where only it changed."""
    rng = np.random.default_rng(515)
    for _ in range(CASES // 3):
        frame = random_frame(rng, int(rng.integers(8, 120)))
        definition = random_definition(rng)
        base = compute_index(frame, definition)
        rows = frame.index[rng.choice(len(frame), size=3, replace=False)]
        changed = frame.copy()
        changed.loc[rows, "a"] = changed.loc[rows, "a"] * 3
        evaluated = evaluate_changed_areas(frame, changed, rows, base)
        for row in rows:
            alone = frame.copy()
            alone.loc[row] = changed.loc[row]
            assert evaluated.loc[row, "index_rank"] == compute_index(alone, definition).frame.loc[row, "index_rank"]


@pytest.fixture(scope="module")
def amsterdam(sample_buurten):
    frame = source_to_frame(sample_buurten)
    options = {"population": "aantalInwoners", "min_population": 100, "groups": "wijkcode"}
    return frame, options, compute_index(frame, None, **options)


def test_a_change_that_passes_nobody_is_the_same_in_both_modes_on_amsterdam(amsterdam):
    """The preset on the Amsterdam sample: a change that moves an indicator toward, but not past, the nearest
    other value moves no rank in either mode, and both modes give the same output."""
    frame, options, base = amsterdam
    rng = np.random.default_rng(606)
    fields = [(i.field, d.method) for d in base.reference.definition.domains for i in d.all_indicators()
              if not i.denominator_field and not i.denominator_fields]
    ranks = [c for c in base.frame.columns if c.endswith(("_rank", "_decile"))]
    for _ in range(30):
        field, _method = fields[int(rng.integers(len(fields)))]
        values = frame[field].astype(float)
        row = values.index[int(rng.integers(len(values)))]
        if pd.isna(values[row]) or pd.isna(base.frame.loc[row, "index_rank"]):
            continue
        others = np.sort(values.drop(index=row).dropna().unique())
        if (others == values[row]).any():  # moving it would break a tie: that passes an area
            continue
        above = others[others > values[row]]
        target = (values[row] + above[0]) / 2 if len(above) else values[row] + 1.0
        changed = frame.copy()
        changed.loc[row, field] = target
        evaluated = evaluate_changed_areas(frame, changed, [row], base, **options)
        placed = compute_index(changed, reference=base.reference, **options).frame
        reranked = compute_index(changed, None, **options).frame
        pd.testing.assert_frame_equal(placed[ranks], base.frame[ranks])
        pd.testing.assert_frame_equal(evaluated[ranks], reranked.loc[[row], ranks])
        if _method != "rate":  # a rate domain's own value is its score, and borrowers of it follow in a re-rank
            pd.testing.assert_frame_equal(reranked[ranks], base.frame[ranks])


def test_every_scored_area_with_a_domain_of_its_own_gets_an_index():
    rng = np.random.default_rng(707)
    for _ in range(CASES):
        frame = random_frame(rng, int(rng.integers(5, 150)))
        for col in ("a", "b", "c", "d"):
            frame.loc[rng.random(len(frame)) < 0.25, col] = np.nan
        definition = random_definition(rng)
        definition["min_domains"] = len(definition["domains"])
        try:
            result = compute_index(frame, definition, population="pop", min_population=100)
        except ValueError:  # e.g. too few complete rows for a factor analysis: not this property
            continue
        out = result.frame
        ids = [d.id for d in result.reference.definition.domains]
        eligible = frame["pop"] >= 100
        own = pd.DataFrame({d: compute_index(frame, definition, population="pop", min_population=100,
                                             impute=False).frame[f"{d}_score"].notna() for d in ids})
        has_own = own.any(axis=1) & eligible
        assert out.loc[has_own, "index_score"].notna().all()
        assert out.loc[~eligible, "index_score"].isna().all()
        for row in out.index[has_own]:
            borrowed = [d for d in ids if not own.loc[row, d]]
            imputed = out.loc[row, "index_imputed"]
            assert ("" if pd.isna(imputed) else imputed) == ",".join(borrowed)
