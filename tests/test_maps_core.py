"""Classification, palettes and the wijkprofiel maths (plain Python, no QGIS needed)."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from wijkmonitor_plugin.core import classify as cl
from wijkmonitor_plugin.core import palettes
from wijkmonitor_plugin.core import profile as prof

VALUES = [1, 2, 3, 10, 11, 12, 30, 31, 32, None, float("nan")]


def test_jenks_finds_the_natural_groups():
    assert cl.breaks_for(VALUES, cl.JENKS, 3) == [1.0, 3.0, 12.0, 32.0]


def test_equal_interval_and_pretty_breaks():
    assert cl.breaks_for(VALUES, cl.EQUAL, 4) == pytest.approx([1, 8.75, 16.5, 24.25, 32])
    assert cl.breaks_for([0.3, 4.2, 17.9, 48.6], cl.PRETTY, 5) == [0, 10, 20, 30, 40, 50]
    assert cl.nice_step(0.93, 4) == 0.25


def test_quantiles_give_equal_counts():
    rng = np.random.default_rng(7)
    values = rng.gamma(2, 5, 1000)
    c = cl.classify(values, cl.QUANTILE, 5)
    assert [k.count for k in c.classes] == [200] * 5
    assert c.breaks[0] == values.min() and c.breaks[-1] == values.max()


def test_stddev_is_diverging_around_the_mean():
    values = np.arange(1, 101, dtype=float)
    c = cl.classify(values, cl.STDDEV, 5, direction="worse")
    assert c.reference == pytest.approx(50.5)
    assert any(b == pytest.approx(50.5) for b in c.breaks)
    below = [k for k in c.classes if k.upper <= 50.5]
    above = [k for k in c.classes if k.lower >= 50.5]
    # worse = higher: the classes above the mean are red, below blue
    assert all(palettes._rgb(k.colour)[0] > palettes._rgb(k.colour)[2] for k in above)
    assert all(palettes._rgb(k.colour)[2] > palettes._rgb(k.colour)[0] for k in below)


def test_deciles_and_ranks_have_fixed_classes_with_one_darkest():
    c = cl.classify(list(range(1, 11)) * 3 + [None], cl.DECILE)
    assert [k.value for k in c.classes] == list(range(1, 11))
    assert [k.count for k in c.classes] == [3] * 10 and c.no_data_count == 1
    lum = [palettes.luminance(k.colour) for k in c.classes]
    assert lum == sorted(lum)  # decile 1 (most deprived) darkest
    r = cl.classify(list(range(1, 520)), cl.RANK)
    # the rank classes are the deciles: decile 1 of 519 areas is ranks 1-51 (ceil(10 * 51 / 519) = 1)
    assert len(r.classes) == 10 and r.classes[0].label == "1 – 51" and r.classes[-1].label == "468 – 519"
    assert palettes.luminance(r.classes[0].colour) < palettes.luminance(r.classes[-1].colour)


@pytest.mark.parametrize("n", [7, 10, 23, 399, 441, 519, 14574])
def test_rank_classes_are_exactly_the_deciles(n):
    """Regression: 52 areas were in the top rank group where decile 1 has 51 (519 areas)."""
    from wijkmonitor_plugin.core.ranking import deciles

    ranks = np.arange(1, n + 1, dtype=float)
    c = cl.classify(ranks, cl.RANK)
    got = np.array([c.class_of(r) for r in ranks])
    expected = deciles(ranks).astype(int)
    # class i holds exactly the ranks of the i-th decile that occurs
    assert [k.count for k in c.classes] == [int((expected == d).sum()) for d in sorted(set(expected))]
    assert (np.diff(got) >= 0).all() and len(set(zip(got, expected))) == len(set(expected))


def _brute_force_ssd(values, k):
    """The smallest within-class sum of squares over every split of the distinct values into k classes."""
    from itertools import combinations

    uniq = np.unique(values)
    best = np.inf
    for cuts in combinations(range(1, len(uniq)), k - 1):
        breaks = [uniq[0]] + [uniq[c - 1] for c in cuts] + [uniq[-1]]
        best = min(best, cl.within_class_ssd(values, breaks))
    return best


def test_jenks_gives_the_classes_asked_with_the_optimal_fit():
    """Regression (200 random cases): 3 classes came back when 4 were asked, with a worse fit."""
    rng = np.random.default_rng(17)
    for case in range(200):
        values = rng.integers(0, int(rng.integers(4, 30)), size=int(rng.integers(5, 14))).astype(float)
        k = int(rng.integers(2, 6))
        breaks = cl.breaks_for(values, cl.JENKS, k)
        distinct = len(np.unique(values))
        assert len(breaks) - 1 == min(k, distinct), (case, values, k, breaks)
        if distinct >= k:
            assert cl.within_class_ssd(values, breaks) == pytest.approx(_brute_force_ssd(values, k), abs=1e-9)
    few = cl.classify([1, 1, 2, 2, 3], cl.JENKS, 5)
    assert len(few.classes) == 3 and "only 3 different values" in few.note
    assert cl.classify(np.arange(20.0), cl.JENKS, 4).note == ""


@pytest.mark.parametrize("method", cl.CONTINUOUS_METHODS)
def test_every_value_falls_in_exactly_one_class(method):
    rng = np.random.default_rng(3)
    values = list(rng.normal(50, 12, 400)) + [None] * 7
    c = cl.classify(values, method, 5, direction="worse")
    assert sum(k.count for k in c.classes) == 400 and c.no_data_count == 7
    assert len(c.colours) == len(c.classes) == len(c.breaks) - 1


def test_direction_worse_is_always_darker():
    worse = cl.classify(VALUES, cl.QUANTILE, 4, direction="worse")
    better = cl.classify(VALUES, cl.QUANTILE, 4, direction="better")
    lum_worse = [palettes.luminance(c) for c in worse.colours]
    lum_better = [palettes.luminance(c) for c in better.colours]
    assert lum_worse == sorted(lum_worse, reverse=True)  # high values (worse) darkest
    assert lum_better == sorted(lum_better)  # low values (worse) darkest
    assert worse.colours == better.colours[::-1]
    neutral = cl.classify(VALUES, cl.QUANTILE, 4, direction="neutral")
    assert all(palettes._rgb(c)[2] >= palettes._rgb(c)[0] for c in neutral.colours)  # blue, no judgement


def test_diverging_around_a_reference():
    values = np.linspace(0, 100, 101)
    c = cl.classify(values, cl.EQUAL, 6, direction="better", reference=40, diverging=True)
    assert 40 in c.breaks
    below = [k for k in c.classes if k.upper <= 40]
    above = [k for k in c.classes if k.lower >= 40]
    assert len(below) == 3 and len(above) == 3
    # higher is better: below the reference is the worse side (red), the darkest is furthest away
    assert palettes._rgb(below[0].colour)[0] > palettes._rgb(below[0].colour)[2]
    assert palettes.luminance(below[0].colour) < palettes.luminance(below[-1].colour)
    assert palettes.luminance(above[-1].colour) < palettes.luminance(above[0].colour)


def test_dutch_number_formatting_and_units():
    assert cl.format_number(1234.56, 1, "nl") == "1.234,6"
    assert cl.format_number(1234.56, 1, "en") == "1,234.6"
    assert cl.format_number(-0.04, 1, "nl") == "0,0"
    assert cl.format_number(-2.5, 1, "nl") == "−2,5"
    c = cl.classify([5.26, 10.5, 20.75, 30.0], cl.EQUAL, 2, unit="%", lang="nl", decimals=1)
    assert c.classes[0].label == "5,3 – 17,6%"
    assert cl.with_unit("3,2", "km") == "3,2 km"
    assert cl.short_unit("per 1.000 inwoners") == ""


def test_single_value_and_empty_input():
    c = cl.classify([4, 4, 4, None], cl.QUANTILE, 5)
    assert len(c.classes) == 1 and c.classes[0].count == 3
    empty = cl.classify([None, None], cl.JENKS, 5)
    assert empty.classes == [] and empty.no_data_count == 2


def test_area_profile_recomputes_rates_and_leaves_medians_out():
    """Regression: the wijkprofiel took plain means of buurt percentages (low education 55.0 where 11.76 is right)."""
    frame = pd.DataFrame({
        "wijkcode": ["WK01", "WK01", "WK01"],
        "opleiding_laag_pct": [100.0, 10.0, 10.0],
        "aantalPersonenMetBvmAlsHoogstBehOndNiv": [10.0, 50.0, 40.0],
        "aantalPersonenMetHvmAlsHoogstBehOndNiv": [0.0, 200.0, 150.0],
        "aantalPersonenMetHwAlsHoogstBehOndNiv": [0.0, 250.0, 210.0],
        "mediaan_vermogen": [20.0, 80.0, 120.0],
    })
    metas = [prof.meta_for_field(f, "en", available=frame.columns) for f in ("opleiding_laag_pct", "mediaan_vermogen")]
    assert set(prof.profile_fields(metas, frame.columns)) == {
        "aantalPersonenMetBvmAlsHoogstBehOndNiv", "aantalPersonenMetHvmAlsHoogstBehOndNiv",
        "aantalPersonenMetHwAlsHoogstBehOndNiv"}
    rows = prof.area_profile(frame, "wijkcode", metas, "en").set_index("field")
    # (10 + 50 + 40) / (10 + 500 + 400) low-educated among all with a known level, not mean(100, 10, 10) = 40
    assert rows.loc["opleiding_laag_pct", "area_value"] == pytest.approx(100 / 910 * 100)
    assert pd.isna(rows.loc["mediaan_vermogen", "area_value"]) and "median" in rows.loc["mediaan_vermogen", "note"]
    assert rows.loc["mediaan_vermogen", "area_text"] == "–"


def test_area_profile_weights_raster_values_by_area():
    frame = pd.DataFrame({"wijkcode": ["WK01", "WK01"], "no2_ugm3": [30.0, 10.0],
                          "oppervlakteTotaalInHa": [300.0, 100.0]})
    meta = prof.meta_for_field("no2_ugm3", "en", available=frame.columns)
    assert prof.profile_fields([meta], frame.columns) == ["oppervlakteTotaalInHa"]
    rows = prof.area_profile(frame, "wijkcode", [meta], "en")
    assert rows["area_value"].iloc[0] == pytest.approx(25.0)


def test_weighted_average_and_judgement():
    assert prof.average([10, 20, None], [1, 3, 5]) == pytest.approx(17.5)
    assert prof.average([10, 20, None]) == pytest.approx(15)
    assert prof.judge(12, 10, "worse") == prof.WORSE_THAN
    assert prof.judge(12, 10, "better") == prof.BETTER_THAN
    assert prof.judge(10.2, 10, "worse") == prof.SIMILAR
    assert prof.judge(12, 10, "neutral") == prof.HIGHER
    assert prof.judge(None, 10, "worse") == prof.UNKNOWN


def test_area_profile_weights_by_the_catalogue_base():
    frame = pd.DataFrame({
        "wijkcode": ["WK01", "WK01", "WK02", "WK02"],
        "percentageHuishoudensMetLaagInkomen": [10.0, 30.0, 50.0, None],
        "aantalHuishoudens": [100, 300, 100, 100],
    })
    meta = prof.meta_for_field("percentageHuishoudensMetLaagInkomen", "nl", available=frame.columns)
    assert meta.direction == "worse" and meta.weight == "aantalHuishoudens" and meta.unit == "%"
    rows = prof.area_profile(frame, "wijkcode", [meta], "nl")
    wk1 = rows[rows["area"] == "WK01"].iloc[0]
    assert wk1["area_value"] == pytest.approx(25.0)  # (10*100 + 30*300) / 400
    assert wk1["municipal_value"] == pytest.approx((1000 + 9000 + 5000) / 500)
    assert wk1["judgement"] == prof.BETTER_THAN and wk1["area_text"] == "25,0%"
    assert rows[rows["area"] == "WK02"].iloc[0]["judgement"] == prof.WORSE_THAN


def test_index_fields_are_known_without_the_catalogue():
    decile = prof.meta_for_field("index_decile")
    assert decile.method == cl.DECILE
    assert prof.meta_for_field("income_rank").method == cl.RANK
    assert prof.meta_for_field("health_score").direction == "worse"
    assert prof.meta_for_field("unknown_field", title="Mijn veld", unit="€", direction="better").title == "Mijn veld"


def test_palettes_interpolate_and_diverge():
    colours = palettes.sequential_colours(7, "worse")
    assert len(set(colours)) == 7
    d = palettes.diverging_colours(2, 4, "worse")
    assert len(d) == 6
    assert math.isclose(palettes.luminance("#ffffff"), 1.0)
