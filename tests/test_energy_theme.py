"""The energy and climate theme of the catalogue, checked against the real sources.

Evidence: the PDOK 2023 names against the real Amsterdam sample (``resources/sample``), the CBS
titles, groups and keys against the real 85984NED metadata (``tests/data/nl/odata_85984NED_kwb2024``),
the field names a CBS download gives through the download code's own naming (``core.cbs_odata``).
The 2024 PDOK names and the 86165NED keys come from public code that reads those services; no stored
answer holds them, which the README says.
"""

from __future__ import annotations

import json
import sqlite3

import numpy as np
import pandas as pd
import pytest

from tests.conftest import NL, ROOT
from wijkmonitor_plugin.core import cbs_odata
from wijkmonitor_plugin.core.aggregate import aggregate_frame
from wijkmonitor_plugin.core.catalogue import load_catalogue
from wijkmonitor_plugin.core.indicators import compute_indicators, plan_indicators

SAMPLE = ROOT / "resources" / "sample" / "amsterdam_buurten_2023.gpkg"
BY_KIND = ("appartement", "tussenwoning", "hoekwoning", "twee_onder_een_kap", "vrijstaand", "huurwoning",
           "koopwoning")


@pytest.fixture(scope="module")
def cat():
    return load_catalogue()


@pytest.fixture(scope="module")
def sample():
    with sqlite3.connect(f"file:{SAMPLE}?mode=ro", uri=True) as con:
        return pd.read_sql("select * from buurten", con).drop(columns=["geom"])


@pytest.fixture(scope="module")
def meta():
    rows = json.loads((NL / "odata_85984NED_kwb2024" / "DataProperties.json").read_text(encoding="utf-8"))
    return cbs_odata.parse_data_properties(rows, "85984NED")


def energy_variables(cat):
    theme = cat.theme("energy")
    ids = []
    for ind in theme.indicators:
        for refs in ind.variable_sets():
            ids += [refs["value"]] if "value" in refs else refs["numerator"] + refs["denominator"]
    return list(dict.fromkeys(ids))


def test_the_theme_has_what_cbs_and_pdok_publish(cat):
    theme = cat.theme("energy")
    assert theme.label == {"nl": "Energie en klimaat", "en": "Energy and climate"}
    ids = [i.id for i in theme.indicators]
    assert ids[:3] == ["aardgasverbruik_m3", "elektriciteitslevering_kwh", "stadsverwarming_pct"]
    assert {"aardgasvrij_pct", "zonnestroom_pct", "elektrisch_verwarmd_pct", "energiekosten_eur",
            "energielabel_efg_pct", "energiearmoede_pct"} <= set(ids)
    assert {f"aardgas_{k}_m3" for k in BY_KIND} | {f"elektriciteit_{k}_kwh" for k in BY_KIND} <= set(ids)
    externals = {i.id: i for i in theme.indicators if i.method == "external"}
    assert set(externals) == {"energiekosten_eur", "energielabel_efg_pct", "energiearmoede_pct"}
    assert externals["energiekosten_eur"].sources[0]["algorithm"] == "wijkmonitor:energytransition"
    assert all(s["kind"] == "municipal_table" for i in ("energielabel_efg_pct", "energiearmoede_pct")
               for s in externals[i].sources)
    assert cat.indicator("zonnestroom_pct").higher_is == "better"
    assert cat.indicator("aardgas_vrijstaand_m3").higher_is == "worse"


def test_every_2023_name_is_a_column_of_the_real_sample_with_values(cat, sample):
    for vid in energy_variables(cat):
        name = cat.variable(vid).pdok.get("2023")
        if name:
            assert name in sample.columns, (vid, name)
            assert sample[name].notna().sum() >= 10, name  # Amsterdam has few detached houses
    # solar power, gas-free and electric heating are not in the 2023 map
    for vid in ("pct_zonnestroom", "pct_aardgasvrij", "pct_elektrisch_verwarmd"):
        assert "2023" not in cat.variable(vid).pdok


def test_every_cbs_title_group_and_key_is_the_real_2024_topic(cat, meta):
    by_key = {t.key: t for t in meta.topics}
    checked = 0
    for vid in energy_variables(cat) + ["gestandaardiseerd_inkomen_huishoudens", "pct_overige_verhuurders"]:
        for src in cat.variable(vid).cbs:
            if src["table"] != "85984NED":
                continue
            assert src["host"] == "opendata.cbs.nl" and src["year"] == 2024
            keys = [f for f in src.get("fields", []) if f in by_key]
            titled = [t for t in meta.topics if t.title == src["title"]]
            assert titled, (vid, src["title"])
            if src.get("group"):  # an ambiguous title: the group path picks exactly the field's key
                assert len(titled) > 1
                wanted = f"{src['group']} / {src['title']}"
                found = cbs_odata.resolve_variables(meta.topics, [wanted])
                assert [t.key for t in found] == keys, (vid, wanted)
            else:
                assert len(titled) == 1
                assert cbs_odata.key_stem(titled[0].key) in src["fields"], vid
            checked += 1
    assert checked == 19


def test_a_download_names_the_fields_the_catalogue_lists(cat, meta):
    """downloadcbstable names a field by the key without suffix, or by the full key where two topics share it."""
    kinds = [("Naar woningtype", t) for t in ("Appartement", "Tussenwoning", "Hoekwoning", "Twee-onder-één-kap-woning",
                                                "Vrijstaande woning")] + [("Naar eigendom", t) for t in
                                                                          ("Huurwoning", "Eigen woning")]
    wanted = [f"{g} / {group} / {t}" for group, t in kinds
              for g in ("Gemiddeld aardgasverbruik", "Gemiddelde elektriciteitslevering")]
    wanted += ["Gemiddeld aardgasverbruik totaal", "Gemiddelde elektriciteitslevering totaal",
               "Percentage woningen met stadsverwarming", "Gem. gestandaardiseerd inkomen van huish"]
    topics = cbs_odata.assign_field_names(cbs_odata.resolve_variables(meta.topics, wanted))
    plans, missing = plan_indicators(cat, {t.name for t in topics}, theme="energy")
    by_id = {p.indicator.id: p.options[0]["value"] for p in plans}
    assert {f"aardgas_{k}_m3" for k in BY_KIND} | {f"elektriciteit_{k}_kwh" for k in BY_KIND} <= set(by_id)
    assert by_id["aardgas_appartement_m3"] == "Appartement_62"  # not the electricity figure Appartement_54
    assert by_id["elektriciteit_appartement_kwh"] == "Appartement_54"
    assert by_id["aardgas_koopwoning_m3"] == "EigenWoning_68"
    assert by_id["aardgasverbruik_m3"] == "GemiddeldAardgasverbruikTotaal"
    # downloaded alone, a shared title gets the key without suffix, which could be either figure: not taken
    alone = cbs_odata.assign_field_names(cbs_odata.resolve_variables(
        meta.topics, ["Gemiddeld aardgasverbruik / Naar woningtype / Vrijstaande woning"]))
    assert [t.name for t in alone] == ["VrijstaandeWoning"]
    plans, _ = plan_indicators(cat, ["VrijstaandeWoning"], theme="energy")
    assert plans == []
    assert cat.find_variable("Appartement") is None and cat.find_variable("Huurwoning") is None
    assert "zonnestroom_pct" in missing and "percentageWoningenMetZonnestroom" in missing["zonnestroom_pct"]


def test_the_theme_on_the_amsterdam_sample(cat, sample):
    plans, missing = plan_indicators(cat, sample.columns, theme="energy")
    result = compute_indicators(sample, plans, missing)
    assert len(result.computed) == 17
    assert set(result.missing) == {"aardgasvrij_pct", "zonnestroom_pct", "elektrisch_verwarmd_pct",
                                   "energiekosten_eur", "energielabel_efg_pct", "energiearmoede_pct"}
    assert result.missing["energiekosten_eur"] == "computed by wijkmonitor:energytransition"
    assert "own table" in result.missing["energielabel_efg_pct"]
    pairs = {"aardgas_appartement_m3": "gemiddeldGasverbruikAppartement",
             "aardgas_koopwoning_m3": "gemiddeldGasverbruikkoopwoning",
             "elektriciteit_twee_onder_een_kap_kwh": "gemElektriciteitsverbruik2Onder1KapWoning",
             "stadsverwarming_pct": "percentageWoningenMetStadsverwarming"}
    for ind, raw in pairs.items():
        assert np.array_equal(result.values[ind].to_numpy(), sample[raw].to_numpy(dtype=float), equal_nan=True)
    # real figures: apartments use less gas than detached houses, owner-occupied dwellings more than rented ones
    assert np.nanmedian(sample["gemiddeldGasverbruikAppartement"]) < np.nanmedian(
        sample["gemiddeldGasverbruikVrijstaandeWoning"])
    assert np.nanmedian(sample["gemiddeldGasverbruikkoopwoning"]) > np.nanmedian(
        sample["gemiddeldGasverbruikHuurwoning"])


def test_breakdowns_aggregate_weighted_by_the_housing_stock(cat, sample):
    cols = ["gemiddeldGasverbruikHuurwoning", "percentageWoningenMetStadsverwarming", "woningvoorraad"]
    result = aggregate_frame(sample[cols], sample["wijkcode"], cat)
    wijk = sample[sample["wijkcode"] == "WK0363AF"]
    both = wijk.dropna(subset=["gemiddeldGasverbruikHuurwoning", "woningvoorraad"])
    expected = (both["gemiddeldGasverbruikHuurwoning"] * both["woningvoorraad"]).sum() / both["woningvoorraad"].sum()
    assert result.values.loc["WK0363AF", "gemiddeldGasverbruikHuurwoning"] == pytest.approx(expected)
    assert "woningvoorraad" in result.methods["gemiddeldGasverbruikHuurwoning"]
    assert result.values["woningvoorraad"].sum() == sample["woningvoorraad"].sum()
