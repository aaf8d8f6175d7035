"""core.portrait: comparison groups, national values, trends and the bundled national table (no QGIS needed).

Evidence: the national table of gemeenten is the real Kerncijfers 2024 (``tests/data/nl/national_2024``, its
copy in ``resources/national``); the stedelijkheid boundaries are CBS's own (85984NED DataProperties).
"""

from __future__ import annotations

import csv
import json

import numpy as np
import pandas as pd
import pytest

from tests.conftest import NL, ROOT
from wijkmonitor_plugin.core import portrait as pt
from wijkmonitor_plugin.core.catalogue import load_catalogue
from wijkmonitor_plugin.core.statline import read_csv_table
from wijkmonitor_plugin.core.tables import type_columns

BUNDLED = ROOT / "resources" / "national" / "gemeenten_2024_kerncijfers.csv"


@pytest.fixture(scope="module")
def cat():
    return load_catalogue()


@pytest.fixture(scope="module")
def national():
    frame, _ = type_columns(read_csv_table(BUNDLED).frame, keep_text=["statcode", "statnaam"])
    return frame


def test_the_bundled_national_table_is_the_real_kerncijfers_2024(national, cat):
    assert len(national) == 342 and national["statcode"].str.startswith("GM").all()
    source = {}
    with open(NL / "national_2024" / "nl_gm_wk_bu_2024_kwb18_misdrijven_2021_2025_gezondheid.csv",
              encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["level"] == "gemeente":
                source[row["statcode"]] = row
    kwb8 = json.loads((NL / "odata_85984NED_kwb2024" / "wijken_gemeenten_2024_8_variables.json").read_text())
    for _, row in national.iterrows():
        code = row["statcode"]
        assert row["aantalInwoners"] == kwb8[code]["AantalInwoners_5"] == float(source[code]["inwoners"])
        assert row["woningvoorraad"] == kwb8[code]["Woningvoorraad_35"]
        assert row["stedelijkheidAdressenPerKm2"] == float(source[code]["stedelijkheid"])
    # every column is known: to the catalogue, as the stedelijkheid class or address density, or a trend
    for column in national.columns:
        if column in ("statcode", "statnaam") or column in pt.STEDELIJKHEID_FIELDS + pt.ADDRESS_DENSITY_FIELDS:
            continue
        stem = pt.YEAR_FIELD.match(column)
        known = cat.find_variable(stem.group("stem") if stem else column)
        assert known is not None or column in ("gemiddeldeHuishoudsgrootte", "percentageEengezinswoning",
                                               "bevolkingsdichtheidInwonersPerKm2"), column


@pytest.mark.parametrize("density, cls", [(2500, 1), (2499.9, 2), (1500, 2), (1000, 3), (999, 4), (500, 4),
                                          (499.9, 5), (0, 5), (None, None), (float("nan"), None)])
def test_stedelijkheid_class_at_the_cbs_boundaries(density, cls):
    assert pt.urbanity_class(density) == cls


def test_the_class_of_the_real_gemeenten_follows_their_address_density(national):
    """CBS classes the gemeenten by their own address density: the rule reproduces the published classes."""
    got = national["omgevingsadressendichtheid"].map(pt.urbanity_class)
    published = national["stedelijkheidAdressenPerKm2"]
    assert (got == published).mean() == 1.0


def test_similar_gemeenten_by_stedelijkheid(national):
    group = pt.stedelijkheid_rule(national, pt.AreaKey("GM0363", "gemeente", 1))
    class1 = national.loc[national["stedelijkheidAdressenPerKm2"] == 1, "statcode"]
    assert "GM0363" not in group.codes and set(group.codes) == set(class1) - {"GM0363"}
    assert group.rule == "stedelijkheid" and "class 1" in group.label
    none = pt.stedelijkheid_rule(national, pt.AreaKey("X", "kern", None))
    assert none.codes == [] and none.note


def test_the_comparison_rule_is_pluggable(national):
    with_similar = national.assign(similar_codes=None)
    with_similar.loc[with_similar["statcode"] == "GM0363", "similar_codes"] = "GM0518, GM0599;GM0344"
    group = pt.COMPARISON_RULES["automatic"](with_similar, pt.AreaKey("GM0363", "gemeente", 1))
    assert group.rule == "similar" and group.codes == ["GM0518", "GM0599", "GM0344"]
    # without similar_codes for the area the automatic rule falls back to the stedelijkheid class
    assert pt.automatic_rule(with_similar, pt.AreaKey("GM0014", "gemeente", 1)).rule == "stedelijkheid"
    assert pt.COMPARISON_RULES["stedelijkheid"](with_similar, pt.AreaKey("GM0363", "gemeente", 1)).rule == \
        "stedelijkheid"


def test_national_values_are_aggregated_the_catalogue_way(national, cat):
    indicators = [cat.indicator(i) for i in ("koopwoningen_pct", "woz_waarde", "aandeel_65plus_pct",
                                             "aardgasverbruik_m3")]
    values = pt.national_values(national, cat, indicators)
    w = national["woningvoorraad"]
    ok = national["percentageKoopwoningen"].notna()
    assert values["koopwoningen_pct"] == pytest.approx((national["percentageKoopwoningen"] * w)[ok].sum() / w[ok].sum())
    ok = national["gemiddeldeWoningwaarde"].notna()
    assert values["woz_waarde"] == pytest.approx((national["gemiddeldeWoningwaarde"] * w)[ok].sum() / w[ok].sum())
    assert values["aandeel_65plus_pct"] == pytest.approx(national["inwoners_65plus"].sum()
                                                         / national["aantalInwoners"].sum() * 100)
    assert values["aardgasverbruik_m3"] is None  # the national table has no energy figures: not invented
    group = pt.national_values(national, cat, indicators, ["GM0014", "GM0034"])
    both = national[national["statcode"].isin(["GM0014", "GM0034"])]
    assert group["aandeel_65plus_pct"] == pytest.approx(both["inwoners_65plus"].sum()
                                                        / both["aantalInwoners"].sum() * 100)


def test_trends_of_year_fields(national, cat):
    misdrijven = cat.indicator("misdrijven_per_1000")
    families = pt.trend_families(national.columns, cat, [misdrijven])
    assert families == {"misdrijven": {y: f"misdrijven_{y}" for y in range(2021, 2026)}}
    assert pt.trend_families(national.columns, cat, [cat.indicator("koopwoningen_pct")]) == {}
    assert pt.trend_families(national.columns, cat, [], stems=["misdrijven"]) == families
    values = pt.trend_values(national, pd.Series("NL", index=national.index), cat, "misdrijven",
                             families["misdrijven"])
    for year in range(2021, 2026):
        assert values.loc["NL", year] == national[f"misdrijven_{year}"].sum()
    # shares need their base: a constructed share trend is weighted by it
    frame = pd.DataFrame({"percentageKoopwoningen_2022": [10.0, 50.0], "percentageKoopwoningen_2023": [20.0, 60.0],
                          "woningvoorraad": [100.0, 300.0]})
    fams = pt.trend_families(frame.columns, cat, [cat.indicator("koopwoningen_pct")])
    trend = pt.trend_values(frame, pd.Series("x", index=frame.index), cat, "percentageKoopwoningen",
                            fams["percentageKoopwoningen"], support=["woningvoorraad"])
    assert list(trend.loc["x"]) == pytest.approx([40.0, 50.0])


def test_the_sustainability_theme_is_the_default_and_complete(cat):
    themes = pt.portrait_themes(cat)
    assert themes[0] is pt.SUSTAINABILITY and [t.id for t in themes[1:]] == [t.id for t in cat.themes]
    ids = [i.id for i in pt.theme_indicators(cat, pt.SUSTAINABILITY)]
    assert ids[:4] == ["energiekosten_eur", "aardgasverbruik_m3", "elektriciteitslevering_kwh", "stadsverwarming_pct"]
    assert {"hitte_eiland_c", "geluid_lden_db", "afstand_openbaar_groen_km", "zonnestroom_pct"} <= set(ids)
    assert set(ids) >= {i.id for i in cat.theme("energy").indicators}
    frame = pd.DataFrame({"aardgasverbruik_m3": [1.0], "zonnestroom_pct": [np.nan], "koopwoningen_pct": [3.0]})
    chosen = pt.choose_indicators(cat, pt.SUSTAINABILITY, [frame])
    assert [i.id for i in chosen] == ["aardgasverbruik_m3", "koopwoningen_pct"]
    with pytest.raises(KeyError, match="no_such"):
        pt.choose_indicators(cat, pt.SUSTAINABILITY, [frame], chosen=["no_such"])
