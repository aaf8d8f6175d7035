"""National deciles on the real national table of 2024 (tests/data/nl/national_2024, 14,574 buurten).

The reference is that table as a whole-country Kerncijfers download would name it: its Kerncijfers
columns renamed to their CBS keys without the year suffix (``field_sources.csv`` names every
column's key; wijkmonitor:downloadcbstable drops the suffix), plus registered crime per 1,000
inhabitants and perceived health under the catalogue names the preset uses (as in resources/sample).
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from qgis.core import QgsVectorLayer

from tests.conftest import NL
from wijkmonitor_plugin.core.deprivation import NationalReference, compute_index
from wijkmonitor_plugin.paths import sample_path
from wijkmonitor_plugin.qgis_adapters.frames import source_to_frame

NATIONAL = NL / "national_2024"
OPTIONS = {"population": "AantalInwoners", "min_population": 100}


def national_table() -> pd.DataFrame:
    sources = pd.read_csv(NATIONAL / "field_sources.csv")
    kwb = sources[sources["source_table"].str.startswith("85984NED")]
    keys = dict(zip(kwb["field"], kwb["source_key_or_definition"].str.rsplit("_", n=1).str[0]))
    table = pd.read_csv(NATIONAL / "nl_gm_wk_bu_2024_kwb18_misdrijven_2021_2025_gezondheid.csv",
                        dtype={"postcode": str})
    with np.errstate(divide="ignore", invalid="ignore"):
        table["misdrijven_per_1000"] = np.where(table["inwoners"] > 0,
                                                table["misdrijven_2024"] / table["inwoners"] * 1000, np.nan)
    table["ervaren_gezondheid_goed_pct"] = table["goed_ervaren_gezondheid_2024"]
    return table.rename(columns=keys)


@pytest.fixture(scope="module")
def national():
    return national_table()


def test_the_national_table_is_the_whole_country(national):
    assert (national["level"] == "buurt").sum() == 14574
    assert {"AfstandTotHuisartsenpraktijk", "GemiddeldeWOZWaardeVanWoningen", "AantalInwoners"} <= set(national)


def test_national_ranks_of_a_municipality_are_its_ranks_in_the_country(national):
    buurten = national[national["level"] == "buurt"].reset_index(drop=True)
    country = compute_index(buurten, None, **OPTIONS)
    amsterdam = national[(national["gemeentecode"] == "GM0363") & (national["level"] == "buurt")]
    local = compute_index(amsterdam, None, national=NationalReference(national), **OPTIONS)
    info = local.report["national"]
    assert info["reference_areas"] == len(national) and info["reference_areas_used"] == 14574
    assert info["other_levels_left_out"] == len(national) - 14574 and info["level"] == "buurten"
    assert info["input_areas_in_reference"] == len(amsterdam) == 517
    assert info["domains"] == [d.id for d in country.reference.definition.domains] == [
        "safety", "housing_services", "living_environment"]
    expected = country.frame.set_index(buurten["statcode"])
    got = local.frame.set_index(amsterdam["statcode"])
    ranked = got["index_nl_rank"].notna()
    assert ranked.sum() == expected.loc[got.index, "index_rank"].notna().sum() > 400
    assert (got.loc[ranked, "index_nl_rank"] == expected.loc[got.index[ranked], "index_rank"]).all()
    assert (got.loc[ranked, "index_nl_decile"] == expected.loc[got.index[ranked], "index_decile"]).all()
    # locally a tenth of Amsterdam is in decile 1 whatever its level; nationally that depends on Amsterdam
    local_share = (got["index_decile"] == 1).mean()
    national_share = (got["index_nl_decile"] == 1).mean()
    assert abs(local_share - 0.1) < 0.02 and abs(national_share - local_share) > 0.02
    assert sum(info["national_deciles_of_input"].values()) == ranked.sum()


def test_national_deciles_of_the_2023_map_through_the_algorithm(run_alg, national, tmp_path):
    """The bundled 2023 map (PDOK names) against the 2024 table (CBS keys): the preset finds both."""
    path = tmp_path / "national.csv"
    national.to_csv(path, index=False)
    reference = QgsVectorLayer(f"file://{path}?delimiter=,&detectTypes=yes&geomType=none", "nl", "delimitedtext")
    assert reference.isValid() and reference.featureCount() == len(national)
    result = run_alg("wijkmonitor:deprivationindex", {
        "INPUT": f"{sample_path()}|layername=buurten", "POPULATION_FIELD": "aantalInwoners", "MIN_POPULATION": 100,
        "REFERENCE": reference, "OUTPUT": "TEMPORARY_OUTPUT", "REPORT": str(tmp_path / "report.json")})
    out = source_to_frame(result["OUTPUT"])
    assert {"index_nl_rank", "index_nl_decile"} <= set(out.columns)
    ranked = out["index_nl_rank"].dropna().astype(int)
    assert len(ranked) > 400 and ranked.between(1, 14574).all()
    assert set(out["index_nl_decile"].dropna().astype(int)) <= set(range(1, 11))
    import json

    report = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert report["national"]["input_areas_in_reference"] == 517  # 517 of the 519 codes of 2023 are in 2024
    assert "National ranks and deciles" in (tmp_path / "report.html").read_text(encoding="utf-8")
