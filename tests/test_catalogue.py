"""The indicator catalogue: structure, real CBS titles and PDOK names, lookups."""

from __future__ import annotations

import json
import sqlite3

import pytest

from tests.conftest import NL, ROOT
from wijkmonitor_plugin.core.catalogue import NO_SOURCE, CatalogueError, load_catalogue, parse_catalogue

THEMES = {"health", "social_participation", "economic_participation", "facilities", "safety", "education", "housing",
          "air_quality", "nuisance", "energy", "ageing"}


@pytest.fixture(scope="module")
def cat():
    return load_catalogue()


def test_every_theme_of_the_issue_is_there_with_indicators(cat):
    assert {t.id for t in cat.themes} == THEMES
    for theme in cat.themes:
        assert theme.indicators, theme.id
        assert theme.label["nl"] and theme.label["en"]
    ids = [i.id for i in cat.indicators()]
    assert len(ids) == len(set(ids)) >= 50
    for ind in cat.indicators():
        assert ind.higher_is in ("worse", "better", "neutral")
        assert ind.label_for("nl") != ind.label_for("en") or ind.label["nl"] == ind.label["en"]
        assert ind.sources or ind.source_status == NO_SOURCE, ind.id


def test_api_names(cat):
    bijstand = cat.indicator("bijstand_per_1000")
    assert bijstand.theme == "economic_participation"
    assert bijstand.definition["factor"] == 1000 and bijstand.unit == "per 1.000 inwoners"
    assert bijstand.higher_is == "worse" and bijstand.decimals == 1
    assert bijstand.label_for("nl").startswith("Bijstandsuitkeringen")
    fields = {f for s in bijstand.sources for f in s.get("fields", [])}
    assert "aantalPersonenMetEenAlgBijstandsuitkeringTot" in fields
    assert "aantal_personen_met_een_alg_bijstandsuitkering_tot" in fields
    with pytest.raises(KeyError):
        cat.indicator("no_such_indicator")
    assert cat.find_by_field("bijstand_per_1000") is bijstand
    assert cat.find_by_field("percentageHuishoudensMetLaagInkomen").id == "huishoudens_laag_inkomen_pct"
    assert cat.find_by_field("p_hh_li").id == "huishoudens_laag_inkomen_pct"  # KWB spreadsheet short name
    assert cat.find_by_field("aantalWmoClientenPer1000Inwoners").id == "wmo_clienten_per_1000"  # published rate
    assert cat.find_by_field("aantalInwoners") is None  # only a denominator
    assert cat.find_by_field("SES-WOA/Totaalscore/Gemiddelde score (Getal)").id == "ses_woa_score"


def test_no_open_source_is_said_not_invented(cat):
    none = [i for i in cat.indicators() if i.source_status == NO_SOURCE]
    assert {"sociale_samenhang", "veiligheidsbeleving_pct"} <= {i.id for i in none}
    for ind in none:
        assert not [s for s in ind.sources if s.get("kind") != "variable"]


def test_cbs_titles_exist_in_the_real_85984ned_metadata(cat):
    props = json.loads((NL / "odata_85984NED_kwb2024" / "DataProperties.json").read_text(encoding="utf-8"))
    titles = {p["Title"].strip() for p in props if p.get("Type") == "Topic"}
    checked = 0
    for var in cat.variables.values():
        for src in var.cbs:
            if src["table"] == "85984NED":
                assert src["title"] in titles, (var.id, src["title"])
                checked += 1
    assert checked >= 35


def test_pdok_2023_names_exist_in_the_amsterdam_sample(cat):
    sample = ROOT / "resources" / "sample" / "amsterdam_buurten_2023.gpkg"
    with sqlite3.connect(f"file:{sample}?mode=ro", uri=True) as con:
        columns = {row[1] for row in con.execute("pragma table_info(buurten)")}
    names = [v.pdok_name("wfs", 2023) for v in cat.variables.values() if v.pdok_name("wfs", 2023)]
    assert len(names) >= 35
    assert not [n for n in names if n not in columns]


def test_pdok_2021_names_exist_in_the_ermelo_2021_map(cat):
    with sqlite3.connect(f"file:{NL / 'ermelo_buurten_2021_geometry_only.gpkg'}?mode=ro", uri=True) as con:
        columns = {row[1] for row in con.execute("pragma table_info(CBS_Buurten)")}
    names = [v.pdok_name("wfs", 2021) for v in cat.variables.values() if v.pdok_name("wfs", 2021)]
    assert names and not [n for n in names if n not in columns]


def test_statline_and_kwb_short_names_exist_in_the_real_exports(cat):
    header = (NL / "statline_85163NED_ses_woa_amsterdam_2019.csv").read_text(encoding="utf-8-sig").splitlines()[0]
    alkmaar = (NL / "alkmaar_kwb_shortnames_user_table.csv").read_text(encoding="utf-8").splitlines()[0].split(",")
    for var in cat.variables.values():
        if var.statline:
            assert f'"{var.statline}"' in header
        if var.kwb_short:
            assert var.kwb_short in alkmaar, var.kwb_short


def test_bad_catalogues_are_refused_with_a_message(tmp_path):
    good = json.loads((ROOT / "resources" / "catalogue" / "wijkmonitor_catalogue.json").read_text(encoding="utf-8"))
    bad = json.loads(json.dumps(good))
    bad["themes"][0]["indicators"][0]["higher_is"] = "up"
    with pytest.raises(CatalogueError, match="higher_is"):
        parse_catalogue(bad)
    bad = json.loads(json.dumps(good))
    bad["themes"][0]["indicators"][0]["definition"]["numerator"] = ["nope"]
    with pytest.raises(CatalogueError, match="nope"):
        parse_catalogue(bad)
    broken = tmp_path / "c.json"
    broken.write_text("{", encoding="utf-8")
    with pytest.raises(CatalogueError, match="not valid JSON"):
        load_catalogue(broken)
    extended = json.loads(json.dumps(good))
    extended["themes"][0]["indicators"].append({
        "id": "my_rate", "label": {"nl": "Mijn", "en": "Mine"}, "unit": "%", "higher_is": "worse", "decimals": 2,
        "definition": {"method": "rate", "numerator": ["bijstand"], "denominator": ["huishoudens"], "factor": 100}})
    path = tmp_path / "mine.json"
    path.write_text(json.dumps(extended), encoding="utf-8")
    assert load_catalogue(path).indicator("my_rate").decimals == 2
