"""core.energy: the energy cost, each threshold of the typology on constructed areas, and the real sample.

The constructed areas are built to sit exactly on, just below and just above each threshold; the
real Amsterdam sample is checked against an independent re-implementation of the decision rules.
"""

from __future__ import annotations

import json
import sqlite3

import numpy as np
import pandas as pd
import pytest

from tests.conftest import ROOT
from wijkmonitor_plugin.core import energy as en
from wijkmonitor_plugin.core import energy_report
from wijkmonitor_plugin.core.catalogue import load_catalogue

SAMPLE = ROOT / "resources" / "sample" / "amsterdam_buurten_2023.gpkg"
#: round prices make the constructed costs exact: cost = gas + electricity / 2 + 100
PRICES = en.Prices(1.0, 0.5, 100.0, "test prices")
COLUMNS = {"gas": "gemiddeldAardgasverbruik", "electricity": "gemiddeldeElektriciteitslevering",
           "income": "percentageHuishoudensMetLaagInkomen", "owner": "percentageKoopwoningen",
           "corporation": "percHuurwoningenInBezitWoningcorporaties",
           "private_rental": "percHuurwoningenInBezitOverigeVerhuurders",
           "district_heating": "percentageWoningenMetStadsverwarming", "households": "aantalHuishoudens",
           "dwellings": "woningvoorraad"}


def area(**values):
    row = {COLUMNS[k]: np.nan for k in COLUMNS}
    row.update({COLUMNS[k]: v for k, v in values.items()})
    return row


def run(rows, thresholds=None, prices=PRICES):
    frame = pd.DataFrame(rows)
    inputs = en.resolve_inputs(load_catalogue(), frame.columns)
    return en.classify(frame, inputs, prices, thresholds or en.Thresholds(cost_eur=2000.0))


BASE = dict(electricity=1800.0, households=100.0, dwellings=100.0)  # cost = gas + 1000


def test_the_cost_formula_and_the_default_prices():
    assert en.energy_cost([1000.0], [2000.0], PRICES)[0] == 2100.0
    p = en.DEFAULT_PRICES
    assert p.gas_eur_m3 == pytest.approx(1.73977) and p.electricity_eur_kwh == pytest.approx(0.39833)
    assert p.fixed_eur_year == pytest.approx(-221.04)
    # the default threshold: the average household (966 m³, 1,727 kWh) at the prices used
    assert en.reference_cost(PRICES) == pytest.approx(966 + 1727 / 2 + 100)
    result = run([area(gas=0.0, **BASE)], en.Thresholds())
    assert result.cost_threshold == pytest.approx(966 + 863.5 + 100)
    assert np.isnan(en.energy_cost([np.nan], [2000.0], PRICES)[0])


@pytest.mark.parametrize("gas, high", [(999.99, 0), (1000.0, 1), (1000.01, 1)])
def test_high_cost_from_the_threshold_on(gas, high):
    result = run([area(gas=gas, income=10.0, **BASE)])
    assert result.frame[en.HIGH_COST].iloc[0] == high
    assert result.frame[en.TYPE].iloc[0] == (en.INFORMATION if high else en.NO_PRIORITY)


@pytest.mark.parametrize("share, low", [(39.9, 0), (40.0, 1), (40.1, 1)])
def test_low_income_from_the_national_40_percent_on(share, low):
    result = run([area(gas=500.0, income=share, **BASE)])
    assert result.income_threshold == 40.0 and result.inputs.income.id == "lowest40"
    assert result.frame[en.LOW_INCOME].iloc[0] == low
    assert result.frame[en.TYPE].iloc[0] == (en.WATCH if low else en.NO_PRIORITY)


def test_income_threshold_given_and_relative_to_the_municipality():
    rows = [area(gas=500.0, **BASE), area(gas=500.0, **BASE), area(gas=500.0, **BASE)]
    for row, income, households in zip(rows, (20.0, 30.0, 60.0), (100.0, 100.0, 200.0)):
        row["gemiddeldGestandaardiseerdInkomenVanHuishoudens"] = income
        row["aantalHuishoudens"] = households
        del row["percentageHuishoudensMetLaagInkomen"]
    result = run(rows)
    assert result.inputs.income.id == "standardised"
    assert result.income_threshold == pytest.approx((20 * 100 + 30 * 100 + 60 * 200) / 400)  # 42.5
    assert list(result.frame[en.LOW_INCOME]) == [1, 1, 0]  # below the average is low
    given = run(rows, en.Thresholds(cost_eur=2000.0, income=30.0))
    assert list(given.frame[en.LOW_INCOME]) == [1, 0, 0]  # an income equal to the threshold is not low


@pytest.mark.parametrize("owner, corporation, private, tenure, kind", [
    (50.0, 30.0, 20.0, en.OWNER, en.SUBSIDY_ADVICE),
    (49.9, 30.0, 20.1, en.MIXED, en.COMBINED),
    (20.0, 50.0, 30.0, en.CORPORATION, en.CORPORATION_AGREEMENTS),
    (20.0, 20.0, 60.0, en.PRIVATE, en.LANDLORDS),
    (50.0, 50.0, 0.0, en.MIXED, en.COMBINED),  # a tie is mixed
    (60.0, 40.0, np.nan, en.OWNER, en.SUBSIDY_ADVICE),  # other landlords unknown: owner and corporation decide
])
def test_ownership_at_the_tenure_threshold(owner, corporation, private, tenure, kind):
    result = run([area(gas=1500.0, income=45.0, owner=owner, corporation=corporation, private_rental=private,
                       **BASE)])
    assert result.frame[en.TENURE].iloc[0] == tenure
    assert result.frame[en.TYPE].iloc[0] == kind


def test_the_tenure_threshold_can_be_changed():
    rows = [area(gas=1500.0, income=45.0, owner=45.0, corporation=35.0, private_rental=20.0, **BASE)]
    assert run(rows).frame[en.TYPE].iloc[0] == en.COMBINED
    lower = run(rows, en.Thresholds(cost_eur=2000.0, tenure_share=45.0))
    assert lower.frame[en.TYPE].iloc[0] == en.SUBSIDY_ADVICE


@pytest.mark.parametrize("heat, kind", [(49.9, en.WATCH), (50.0, en.DISTRICT_HEATING), (100.0, en.DISTRICT_HEATING)])
def test_district_heating_from_its_threshold_on(heat, kind):
    result = run([area(gas=20.0, income=60.0, district_heating=heat, **BASE)])
    assert result.frame[en.TYPE].iloc[0] == kind


def test_missing_inputs_are_reported_never_guessed():
    rows = [
        area(gas=np.nan, income=50.0, **BASE),  # no gas use
        area(gas=1500.0, income=np.nan, **BASE),  # no income
        area(gas=1500.0, income=50.0, owner=60.0, **BASE),  # high cost, low income: ownership needed
        area(gas=1500.0, income=10.0, **BASE),  # high cost, higher income: ownership not needed
        area(gas=np.nan, electricity=np.nan, district_heating=90.0),  # district heating needs nothing else
        area(gas=1500.0, income=50.0, electricity=np.nan),
    ]
    frame = run(rows).frame
    assert list(frame[en.TYPE]) == [None, None, None, en.INFORMATION, en.DISTRICT_HEATING, None]
    assert list(frame[en.MISSING]) == ["gas use", "income", "share of corporation dwellings", None, None,
                                       "electricity supply"]
    assert frame[en.COST].isna().tolist() == [True, False, False, False, True, True]
    assert frame[en.TYPE_NAME].iloc[0] == "not enough data"
    # every area has a type or says what it lacks, never both
    assert ((frame[en.TYPE].notna()) ^ (frame[en.MISSING].notna())).all()


def test_no_income_field_at_all_is_said():
    frame = pd.DataFrame([{"gemiddeldAardgasverbruik": 900.0, "gemiddeldeElektriciteitslevering": 2000.0}])
    inputs = en.resolve_inputs(load_catalogue(), frame.columns)
    assert inputs.required_missing() == ["income"]
    result = en.classify(frame, inputs, PRICES)
    assert result.frame[en.MISSING].iloc[0] == "income" and result.messages


def test_bad_prices_are_refused():
    frame = pd.DataFrame([area(gas=1.0, **BASE)])
    inputs = en.resolve_inputs(load_catalogue(), frame.columns)
    with pytest.raises(en.EnergyError, match="negative"):
        en.classify(frame, inputs, en.Prices(-1.0, 0.3, 0.0))


def test_properties_on_random_areas():
    rng = np.random.default_rng(16)
    n = 400
    rows = [area(gas=float(g), income=float(i), owner=float(o), corporation=float(c), private_rental=float(100 - o - c),
                 district_heating=float(h), **BASE)
            for g, i, o, c, h in zip(rng.uniform(0, 3000, n), rng.uniform(0, 100, n), rng.uniform(0, 60, n),
                                     rng.uniform(0, 40, n), rng.choice([np.nan, 0.0, 30.0, 80.0], n))]
    result = run(rows)
    frame = result.frame
    assert frame[en.TYPE].notna().all()  # every input present: every area typed
    cost = frame[en.COST].to_numpy()
    order = np.argsort(cost)
    assert np.all(np.diff(frame[en.HIGH_COST].to_numpy(dtype=float)[order]) >= 0)  # high cost is monotone in cost
    counts = en.type_counts(result, pd.DataFrame(rows))
    assert counts["areas"].sum() == n
    assert counts["dwellings"].sum() == pytest.approx(100.0 * n)


def independent_types(raw: pd.DataFrame, cost_threshold: float) -> pd.Series:
    """The decision rules written out again with pandas, for the real sample."""
    cost = raw["gemiddeldAardgasverbruik"] * en.DEFAULT_PRICES.gas_eur_m3 \
        + raw["gemiddeldeElektriciteitslevering"] * en.DEFAULT_PRICES.electricity_eur_kwh \
        + en.DEFAULT_PRICES.fixed_eur_year
    high = cost >= cost_threshold
    low = raw["percentageHuishoudensMetLaagInkomen"] >= 40
    owner, corp = raw["percentageKoopwoningen"], raw["percHuurwoningenInBezitWoningcorporaties"]
    other = raw["percHuurwoningenInBezitOverigeVerhuurders"]
    out = []
    for i in raw.index:
        if raw.at[i, "percentageWoningenMetStadsverwarming"] >= 50:
            out.append(en.DISTRICT_HEATING)
        elif pd.isna(cost[i]) or pd.isna(raw.at[i, "percentageHuishoudensMetLaagInkomen"]):
            out.append(None)
        elif high[i] and low[i]:
            shares = {en.OWNER: owner[i], en.CORPORATION: corp[i], en.PRIVATE: other[i] if pd.notna(other[i]) else -1}
            if pd.isna(owner[i]) or pd.isna(corp[i]):
                out.append(None)
                continue
            top = max(shares.values())
            best = [k for k, v in shares.items() if v == top]
            tenure = best[0] if len(best) == 1 and top >= 50 else en.MIXED
            out.append({en.OWNER: en.SUBSIDY_ADVICE, en.CORPORATION: en.CORPORATION_AGREEMENTS,
                        en.PRIVATE: en.LANDLORDS, en.MIXED: en.COMBINED}[tenure])
        elif high[i]:
            out.append(en.INFORMATION)
        elif low[i]:
            out.append(en.WATCH)
        else:
            out.append(en.NO_PRIORITY)
    return pd.Series(out, index=raw.index, dtype=object)


def test_the_real_amsterdam_sample():
    with sqlite3.connect(f"file:{SAMPLE}?mode=ro", uri=True) as con:
        raw = pd.read_sql("select * from buurten", con).drop(columns=["geom"])
    inputs = en.resolve_inputs(load_catalogue(), raw.columns, frame=raw)
    assert inputs.income.id == "lowest40" and inputs.income_field == "percentageHuishoudensMetLaagInkomen"
    assert inputs.fields["private_rental"] == "percHuurwoningenInBezitOverigeVerhuurders"
    result = en.classify(raw, inputs)
    assert result.cost_threshold == pytest.approx(966 * 1.73977 + 1727 * 0.39833 - 221.04)
    expected = independent_types(raw, result.cost_threshold)
    got = result.frame[en.TYPE]
    assert [a == b for a, b in zip(got, expected)] == [True] * len(raw)
    counts = got.value_counts()
    # Amsterdam: mostly apartments with lower gas bills and many low incomes; district heating in the new areas
    assert counts[en.WATCH] == counts.max()
    assert counts[en.DISTRICT_HEATING] > 0 and counts[en.SUBSIDY_ADVICE] > 0
    # the untyped areas are the ones without CBS figures (water, parks, business areas)
    untyped = raw[got.isna().to_numpy()]
    assert (untyped["aantalHuishoudens"].fillna(0) < raw["aantalHuishoudens"].median()).mean() > 0.9
    report = energy_report.build_report(result, raw, raw["buurtcode"], raw["buurtnaam"])
    json.dumps(report)  # JSON-ready
    assert len(report["areas"]) == 519 and sum(t["areas"] for t in report["types"]) == 519
    assert sum(report["missing"].values()) == int(got.isna().sum())
    page = energy_report.render_html(report)
    assert "CBS 84672NED, januari 2022, incl. btw" in page and "966" in page and "Rechte H-buurt" in page
