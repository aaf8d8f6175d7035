"""CBS table downloads (wijkmonitor:downloadcbstable) against the local CBS stand-in (tests/fake_cbs.py).

The stand-in serves real published figures; its docstring says which evidence each behaviour follows.
Expected values here are read straight from the stored files in tests/data/nl, not through the stand-in.
"""

from __future__ import annotations

import csv
import json
import random

import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer

from tests.conftest import NL, ROOT
from tests.download_fixtures import KWB_VALUES, Recorder, by_code, table
from tests.fake_cbs import MARGINS, read_national, read_rivm
from wijkmonitor_plugin.core import cbs_dimensions, cbs_odata
from wijkmonitor_plugin.core.cbs_dimensions import Category, CbsDimensionError, Dimension

HEALTH = "ErvarenGezondheidGoedZeerGoed"  # 50090NED key ErvarenGezondheidGoedZeerGoed_4 without its suffix


def value(v):
    """A QGIS attribute as Python: NULL → None."""
    return None if v is None or (hasattr(v, "isNull") and v.isNull()) else v


def published(text):
    """A stored StatLine figure: right-aligned string, '.' (suppressed) and '' (not asked) are no value."""
    text = (text or "").strip()
    return None if text in ("", ".") else float(text)


def health(run_alg, feedback=None, **params):
    return table(run_alg, feedback, **{"TABLE_ID": "50090NED", "LEVELS": [2], "VARIABLES": "", **params})


def stored_buurten(period, age):
    return {r["WijkenEnBuurten"].strip(): r for r in read_rivm(period, age) if r["WijkenEnBuurten"].startswith("BU")}


# -- plain logic (no network) ------------------------------------------------------------------
def test_variables_resolve_by_title_without_year_suffix():
    meta = cbs_odata.parse_data_properties(
        json.loads((NL / "odata_85984NED_kwb2024" / "DataProperties.json").read_text()), "85984NED")
    assert meta.geo_key == "WijkenEnBuurten" and meta.dimensions == []
    topics = cbs_odata.resolve_variables(meta.topics, ["aantal inwoners", "Mannen_6", "Woningvoorraad",
                                                       "Herkomstland / Nederland"])
    assert [t.key for t in topics] == ["AantalInwoners_5", "Mannen_6", "Woningvoorraad_35", "Nederland_17"]
    with pytest.raises(ValueError, match="Herkomstland / Nederland"):
        cbs_odata.resolve_variables(meta.topics, ["Nederland"])
    with pytest.raises(ValueError, match="no variable"):
        cbs_odata.resolve_variables(meta.topics, ["Aantal kabouters"])
    named = cbs_odata.assign_field_names(list(meta.topics))
    names = [t.name for t in named]
    assert len({n.lower() for n in names}) == len(names)  # unique, also for SQLite
    assert "AantalInwoners" in names and "Nederland_17" in names and "Gemeentenaam_1" in names
    assert cbs_odata.odata_literal("'s-Hertogenbosch") == "'''s-Hertogenbosch'"
    assert cbs_odata.region_filter("WijkenEnBuurten", cbs_odata.region_prefixes("GM0363", ["wijken"])) == \
        "startswith(WijkenEnBuurten,'WK0363')"
    rows = [{"Identifier": "85618NED", "Title": "Kerncijfers wijken en buurten 2023", "Modified": "2024-01-01"},
            {"Identifier": "85984NED", "Title": "Kerncijfers wijken en buurten 2024", "Modified": "2025-03-27"}]
    assert cbs_odata.kwb_table_from_catalog(rows, 2024) == "85984NED"
    assert cbs_odata.kwb_table_from_catalog(rows, 2030) is None


def test_kerncijfers_ids_of_every_year_and_the_hosts_of_the_dataderden_tables():
    assert cbs_odata.KWB_TABLES == {2019: "84583NED", 2020: "84799NED", 2021: "85039NED", 2022: "85318NED",
                                    2023: "85618NED", 2024: "85984NED", 2025: "86165NED"}
    assert {cbs_odata.KNOWN_HOSTS[t] for t in ("50120NED", "50150NED", "50090NED", "47018NED", "47022NED")} == \
        {cbs_odata.DATADERDEN}
    assert {cbs_odata.KNOWN_HOSTS[t] for t in cbs_odata.KWB_TABLES.values()} == {cbs_odata.OPENDATA}
    assert cbs_odata.catalog_root("https://dataderden.cbs.nl/ODataApi/odata") == "https://dataderden.cbs.nl"
    assert cbs_odata.feed_base("https://dataderden.cbs.nl/ODataApi/odata") == \
        "https://dataderden.cbs.nl/ODataFeed/odata"
    assert "Identifier%20eq%20'50150NED'" in cbs_odata.catalog_table_url(
        "https://dataderden.cbs.nl/ODataApi/odata", "50150NED")


def test_odata_v4_field_names_come_from_the_measure_titles():
    measures = [{"Identifier": "T001036", "Title": "Aantal inwoners", "Unit": "aantal", "DataType": "Long"},
                {"Identifier": "1050010_2", "Title": "Huishoudens totaal", "Unit": "aantal", "DataType": "Long"},
                {"Identifier": "80200", "Title": "65 jaar of ouder", "Unit": "aantal", "DataType": "Long"},
                {"Identifier": "M000223", "Title": "Gemiddeld inkomen per inwoner", "Unit": "x 1 000 euro",
                 "DataType": "Double", "Decimals": 1},
                {"Identifier": "H007933_1", "Title": "Nederland", "Unit": "aantal"},
                {"Identifier": "H007933_2", "Title": "Nederland", "Unit": "%"}]
    dims = [{"Identifier": "WijkenEnBuurten", "Kind": "GeoDimension"},
            {"Identifier": "Perioden", "Title": "Perioden", "Kind": "TimeDimension"}]
    meta = cbs_odata.parse_v4_metadata(dims, measures, "X")
    assert meta.dimensions == ["Perioden"] and meta.dimension_kinds["Perioden"] == "TimeDimension"
    names = [t.name for t in cbs_odata.assign_field_names(list(meta.topics))]
    assert names == ["AantalInwoners", "HuishoudensTotaal", "k_65JaarOfOuder", "GemiddeldInkomenPerInwoner",
                     "Nederland_H007933_1", "Nederland_H007933_2"]
    assert all(not n[0].isdigit() for n in names)
    assert meta.topics[3].unit == "x 1 000 euro" and meta.topics[3].kind == "double"
    found = cbs_odata.resolve_variables(meta.topics, ["HuishoudensTotaal", "1050010", "Aantal inwoners"])
    assert [t.key for t in found] == ["1050010_2", "T001036"]


def test_odata_v4_observations_with_a_period_dimension_become_one_row_per_region():
    """The v4 long format (cbsodata4: Id, Measure, ValueAttribute, Value + a column per dimension)."""
    meta = cbs_odata.parse_v4_metadata(
        [{"Identifier": "WijkenEnBuurten", "Kind": "GeoDimension"},
         {"Identifier": "Perioden", "Title": "Perioden", "Kind": "TimeDimension"}],
        [{"Identifier": "T001036", "Title": "Aantal inwoners", "Unit": "aantal", "DataType": "Long"}], "X")
    observations = [{"Id": i, "Measure": "T001036", "ValueAttribute": "None", "Value": v, "WijkenEnBuurten": c,
                     "Perioden": p} for i, (c, p, v) in enumerate(
        [("GM0363", "2023JJ00", 918117), ("GM0363", "2024JJ00", 931298), ("WK0363AF", "2024JJ00", 10010)])]
    rows = cbs_odata.pivot_observations(observations, meta.geo_key, meta.dimensions)
    topics = cbs_odata.assign_field_names(list(meta.topics))
    dims = [Dimension("Perioden", "Perioden", "TimeDimension", cbs_dimensions.categories_from_rows(
        [{"Identifier": "2023JJ00", "Title": "2023"}, {"Identifier": "2024JJ00", "Title": "2024"}]))]
    frame = cbs_odata.rows_to_frame(rows, meta, topics)
    for text, names in (("", ["AantalInwoners"]), ("Perioden=*", ["AantalInwoners_2023", "AantalInwoners_2024"])):
        choices = cbs_dimensions.resolve_choices(dims, text, "X")
        specs = cbs_dimensions.field_specs(topics, choices)
        out = cbs_dimensions.one_row_per_region(frame, ["statcode"], choices, specs).set_index("statcode")
        assert list(out.columns) == names and sorted(out.index) == ["GM0363", "WK0363AF"]
        assert out.loc["GM0363", names[-1]] == 931298 and out.loc["WK0363AF", names[-1]] == 10010
    assert out["AantalInwoners_2023"].isna().tolist() == [False, True]


AGES = [Category("20300", "18 jaar of ouder"), Category("53115", "18 tot 65 jaar"),
        Category("80200", "65 jaar of ouder")]


def _health_dimensions():
    return [Dimension("Leeftijd", "Leeftijd", "Dimension", list(AGES)),
            Dimension("Marges", "Marges", "Dimension", [Category(k, t) for k, t in MARGINS]),
            Dimension("Perioden", "Perioden", "TimeDimension",
                      [Category(k, k[:4]) for k in ("2012JJ00", "2016JJ00", "2020JJ00", "2022JJ00")])]


def test_dimension_defaults_choices_and_refusals():
    choices = cbs_dimensions.resolve_choices(_health_dimensions(), "", "50120NED")
    assert [(c.dimension.key, [x.code for x in c.categories], c.how) for c in choices] == [
        ("Leeftijd", ["20300"], "total"), ("Marges", ["MW00000"], "value"), ("Perioden", ["2022JJ00"], "newest")]
    given = cbs_dimensions.resolve_choices(_health_dimensions(), " leeftijd = 65 JAAR of ouder ;PERIODEN=2012,2016JJ00",
                                           "50120NED")
    assert [x.code for x in given[0].categories] == ["80200"] and [x.code for x in given[2].categories] == [
        "2012JJ00", "2016JJ00"]
    assert cbs_dimensions.dimension_filter(given) == (
        "(Leeftijd eq '80200') and (Marges eq 'MW00000') and (Perioden eq '2012JJ00' or Perioden eq '2016JJ00')")
    with pytest.raises(CbsDimensionError, match=r"no value '99 jaar'.*20300 \(18 jaar of ouder\)"):
        cbs_dimensions.resolve_choices(_health_dimensions(), "Leeftijd=99 jaar", "50120NED")
    with pytest.raises(CbsDimensionError, match="no dimension 'Geslacht'.*Leeftijd.*Marges.*Perioden"):
        cbs_dimensions.resolve_choices(_health_dimensions(), "Geslacht=Mannen", "50120NED")
    with pytest.raises(CbsDimensionError, match="dimension=value"):
        cbs_dimensions.resolve_choices(_health_dimensions(), "Perioden 2020", "50120NED")
    with pytest.raises(CbsDimensionError, match="twice"):
        cbs_dimensions.resolve_choices(_health_dimensions(), "Perioden=2020;perioden=2012", "50120NED")
    no_total = Dimension("Geslacht", "Geslacht", "Dimension", [Category("3000", "Mannen"), Category("4000", "Vrouwen")])
    with pytest.raises(CbsDimensionError, match=r"no total category.*3000 \(Mannen\); 4000 \(Vrouwen\)"):
        cbs_dimensions.resolve_choices([no_total], "", "X")
    margins = Dimension("Marges", "Marges", "Dimension", [Category("MOG0095", "Ondergrens 95%-interval")])
    with pytest.raises(CbsDimensionError, match="Waarde"):
        cbs_dimensions.resolve_choices([margins], "", "X")


def test_padded_keys_titles_with_commas_and_every_value():
    offences = Dimension("SoortMisdrijf", "Soort misdrijf", "Dimension", [
        Category("0.0.0 ", "Totaal misdrijven"), Category("1.1.1 ", "1.1.1 Diefstal/inbraak woning"),
        Category("1.2.3 ", "1.2.3 Diefstal van brom-, snor-, fietsen")])
    assert cbs_dimensions.total_category(offences).key == "0.0.0 "
    picked = cbs_dimensions.match_values(offences, "1.2.3 Diefstal van brom-, snor-, fietsen, 1.1.1")
    assert [c.key for c in picked] == ["1.2.3 ", "1.1.1 "]
    choice = cbs_dimensions.resolve_choices([offences], "SoortMisdrijf=0.0.0,1.1.1", "47018NED")
    assert cbs_dimensions.dimension_filter(choice) == "(SoortMisdrijf eq '0.0.0 ' or SoortMisdrijf eq '1.1.1 ')"
    every = cbs_dimensions.resolve_choices([offences], "SoortMisdrijf=*", "47018NED")
    assert len(every[0].categories) == 3 and cbs_dimensions.dimension_filter(every) == ""
    topic = cbs_odata.Topic(key="GeregistreerdeMisdrijven_1", title="Geregistreerde misdrijven", name="Misdrijven")
    names = [s.name for s in cbs_dimensions.field_specs([topic], choice)]
    assert names == ["Misdrijven_0_0_0", "Misdrijven_1_1_1"]


def test_newest_period_by_end_a_year_before_its_last_month():
    periods = Dimension("Perioden", "Perioden", "TimeDimension", [
        Category(k, k) for k in ("2012MM01", "2024KW04", "2024JJ00", "2024MM12", "2023JJ00", "2025MM02")])
    assert cbs_dimensions.newest_period(periods).key == "2025MM02"
    periods.categories.pop()
    assert cbs_dimensions.newest_period(periods).key == "2024JJ00"
    assert cbs_dimensions.period_year("2024MM12") == 2024 and cbs_dimensions.period_year("x") is None


def test_one_row_per_region_keeps_every_value_of_its_own_row():
    """Property: whatever values are chosen, each region gets one row and each field the value of exactly
    the row of its own combination (never a value of another row)."""
    import pandas as pd

    rng = random.Random(11)
    dims = _health_dimensions()
    codes = [f"BU0363{i:04d}" for i in range(40)]
    rows = []
    for code in codes:
        for age in dims[0].categories:
            for margin in dims[1].categories:
                for period in dims[2].categories:
                    if rng.random() < 0.1:
                        continue  # CBS may lack a combination: NULL, not a neighbour's value
                    rows.append({"statcode": code, "Leeftijd": age.code, "Marges": margin.code,
                                 "Perioden": period.code, "x": rng.uniform(0, 100)})
    frame = pd.DataFrame(rows)
    topic = cbs_odata.Topic(key="x_4", title="X", name="x")
    for _ in range(20):
        text = ";".join(f"{d.key}={','.join(c.code for c in rng.sample(d.categories, rng.randint(1, 3)))}"
                        for d in dims if rng.random() < 0.7)
        choices = cbs_dimensions.resolve_choices(dims, text, "T")
        specs = cbs_dimensions.field_specs([topic], choices)
        out = cbs_dimensions.one_row_per_region(frame, ["statcode"], choices, specs)
        assert sorted(out["statcode"]) == sorted(set(frame["statcode"]))
        assert len(specs) == len({s.name for s in specs}) == \
            len(choices[0].categories) * len(choices[1].categories) * len(choices[2].categories)
        lookup = {(r["statcode"], r["Leeftijd"], r["Marges"], r["Perioden"]): r["x"] for r in rows}
        for _, row in out.iterrows():
            for spec in specs:
                combo = {d.key: c.code for d, c in spec.combination}
                expected = lookup.get((row["statcode"], combo["Leeftijd"], combo["Marges"], combo["Perioden"]))
                assert (pd.isna(row[spec.name]) and expected is None) or row[spec.name] == expected


def test_right_aligned_strings_of_the_stored_table_become_numbers_and_null():
    rows = read_rivm("2016JJ00", "80200")
    topic = cbs_odata.Topic(key=f"{HEALTH}_4", title="x", name=HEALTH)
    meta = cbs_odata.TableMeta("50090NED", "WijkenEnBuurten", [topic], ["Leeftijd", "Marges", "Perioden"])
    frame = cbs_odata.rows_to_frame(rows, meta, meta.topics)
    assert len(frame) == len(rows) - 1  # NL01 is no gemeente, wijk or buurt
    by_code = dict(zip(frame["statcode"], frame[HEALTH]))
    assert by_code["BU03630000"] == 67.5 and by_code["GM0363"] == 54.0
    dots = [r["WijkenEnBuurten"].strip() for r in rows if r[f"{HEALTH}_4"].strip() == "."]
    assert all(by_code[c] != by_code[c] for c in dots)  # NaN


def test_the_catalogue_names_the_host_of_each_table_and_finds_the_downloaded_fields():
    from wijkmonitor_plugin.core.catalogue import load_catalogue
    from wijkmonitor_plugin.core.indicators import plan_indicators

    cat = load_catalogue()
    hosts = {cbs_odata.OPENDATA: "opendata.cbs.nl", cbs_odata.DATADERDEN: "dataderden.cbs.nl"}
    sources = [s for v in cat.variables.values() for s in v.cbs] + [
        s for i in cat.indicators() for s in i.sources if s.get("kind") == "cbs_table"]
    assert len(sources) > 50
    for src in sources:
        expected = hosts.get(cbs_odata.KNOWN_HOSTS.get(src["table"]), "opendata.cbs.nl")
        assert src["host"] == expected, src
    assert {s["table"] for s in sources} >= {"50150NED", "50120NED", "47018NED", "85984NED"}
    # the fields wijkmonitor:downloadcbstable writes are the catalogue's
    assert cat.find_variable("GeregistreerdeMisdrijven").id == "misdrijven"
    assert cat.find_variable("GeregistreerdeMisdrijven_1_1_1").id == "woninginbraken"
    assert cat.variable("misdrijven").aggregate["method"] == "sum"  # counts add up from buurt to wijk
    plans, _ = plan_indicators(cat, ["statcode", "GoedErvarenGezondheid"],
                               indicator_ids=["ervaren_gezondheid_goed_pct"])
    assert plans[0].options == [{"value": "GoedErvarenGezondheid"}]


# -- Kerncijfers (opendata.cbs.nl) -------------------------------------------------------------------
def test_cbs_table_pages_types_aliases_and_values(net, run_alg):
    layer = table(run_alg)
    assert net.hits("$skip=") >= 3  # 629 rows in pages of 200
    assert net.hits("/ODataCatalog/") == 0  # a known Kerncijfers id needs no catalogue
    assert layer.featureCount() == 110 + 519
    names = layer.fields().names()
    assert names == ["statcode", "statnaam", "gemeentecode", "gemeentenaam", "wijkcode", "jaar", "AantalInwoners",
                     "Mannen", "Vrouwen", "OppervlakteLand"]
    field = layer.fields().field("AantalInwoners")
    assert field.isNumeric() and field.type() != layer.fields().field("statcode").type()
    assert layer.fields().field("OppervlakteLand").alias() == "Oppervlakte land"
    rows = by_code(layer)
    assert rows["WK0363AF"]["AantalInwoners"] == KWB_VALUES["WK0363AF"]["AantalInwoners_5"]
    assert rows["WK0363AF"]["gemeentenaam"] == "Amsterdam" and rows["WK0363AF"]["jaar"] == 2024
    assert rows["BU0363AF08"]["wijkcode"] == "WK0363AF" and rows["BU0363AF08"]["statnaam"]
    assert sum(f["AantalInwoners"] or 0 for f in layer.getFeatures() if f["statcode"].startswith("BU")) == 917890
    assert value(rows["BU03639997"]["AantalInwoners"]) is None


def test_cbs_table_field_comments_keep_units():
    from wijkmonitor_plugin.algorithms.download_cbs_table import table_fields

    meta = cbs_odata.parse_data_properties(
        json.loads((NL / "odata_85984NED_kwb2024" / "DataProperties.json").read_text()), "85984NED")
    topics = cbs_odata.assign_field_names(cbs_odata.resolve_variables(meta.topics, ["Bevolkingsdichtheid",
                                                                                    "Gemiddeld inkomen per inwoner"]))
    frame = cbs_odata.rows_to_frame([{"WijkenEnBuurten": "GM0363    ", "Bevolkingsdichtheid_34": 4950}], meta, topics,
                                    year=2024)
    fields = table_fields(frame, cbs_dimensions.field_specs(topics, []))
    assert fields.field("Bevolkingsdichtheid").comment() == "aantal inwoners per km²"
    income = fields.field("GemiddeldInkomenPerInwoner")
    assert income.comment() == "x 1 000 euro" and income.alias() == "Gemiddeld inkomen per inwoner"
    assert income.precision() == 1 and income.isNumeric()


def test_more_than_10000_records_splits_and_uses_the_feed(net, run_alg):
    net.cbs.record_limit = 300  # as the real ODataApi does above 10,000
    layer = table(run_alg)
    assert layer.featureCount() == 629
    assert net.hits("/ODataFeed/") >= 1 and net.hits("/ODataApi/") >= 3
    assert sum(f["AantalInwoners"] or 0 for f in layer.getFeatures() if f["statcode"].startswith("BU")) == 917890
    country = table(run_alg, MUNICIPALITIES="", LEVELS=[0, 1], VARIABLES="Aantal inwoners")  # the whole country
    assert country.featureCount() == len(KWB_VALUES) == 342 + 3393
    assert by_code(country)["GM1900"]["AantalInwoners"] == KWB_VALUES["GM1900"]["AantalInwoners_5"]


def test_malformed_json_gives_no_output(net, run_alg, tmp_path):
    net.fail("TypedDataSet", "badjson")
    out = tmp_path / "bad.gpkg"
    with pytest.raises(QgsProcessingException, match="not valid JSON"):
        table(run_alg, OUTPUT=str(out))
    assert not out.exists()
    # the broken page was not cached: the next run downloads it properly
    assert table(run_alg).featureCount() == 629


def test_odata_v4_when_v3_lacks_the_table(net, run_alg):
    net.cbs.v3_missing = {"85984NED"}
    layer = table(run_alg, TABLE_ID="85984NED", LEVELS=[1], VARIABLES="Aantal inwoners; Woningvoorraad; Mannen")
    assert net.hits("/odata/v1/CBS/85984NED/Observations") >= 1
    rows = by_code(layer)
    assert len(rows) == 110
    # measures are named by opaque codes (T001036, M000297, 3000); the fields by their titles
    assert layer.fields().names()[6:] == ["AantalInwoners", "Woningvoorraad", "Mannen"]
    assert rows["WK0363AF"]["Woningvoorraad"] == KWB_VALUES["WK0363AF"]["Woningvoorraad_35"]
    assert rows["WK0363AF"]["Mannen"] == KWB_VALUES["WK0363AF"]["Mannen_6"]
    assert layer.fields().field("AantalInwoners").alias() == "Aantal inwoners"
    with pytest.raises(QgsProcessingException, match="Table 85984NED has no dimension 'Perioden'"):
        table(run_alg, TABLE_ID="85984NED", LEVELS=[1], VARIABLES="Mannen", DIMENSIONS="Perioden=2024")


def test_kerncijfers_by_a_stable_year_and_the_catalogue_for_new_years(net, run_alg, monkeypatch):
    monkeypatch.delitem(cbs_odata.KWB_TABLES, 2024)
    layer = table(run_alg, YEAR=2024, LEVELS=[0], MUNICIPALITIES="Amsterdam", VARIABLES="Aantal inwoners")
    assert net.hits("/ODataCatalog/Tables") == 1
    assert by_code(layer)["GM0363"]["AantalInwoners"] == KWB_VALUES["GM0363"]["AantalInwoners_5"]
    with pytest.raises(QgsProcessingException, match="2026"):
        table(run_alg, YEAR=2026)  # not in the catalogue (yet)
    # the old TABLE choice keeps its meaning: index 1 is 2024, whatever years are added
    legacy = table(run_alg, TABLE=1, LEVELS=[0], MUNICIPALITIES="Amsterdam", VARIABLES="Aantal inwoners")
    assert by_code(legacy)["GM0363"]["jaar"] == 2024


def test_the_table_choice_list_is_frozen():
    from qgis.core import QgsProcessingParameterDefinition

    from wijkmonitor_plugin.algorithms.download_cbs_table import DownloadCbsTableAlgorithm

    optional = QgsProcessingParameterDefinition.Flag.FlagOptional
    alg = DownloadCbsTableAlgorithm()
    alg.initAlgorithm()
    assert alg.TABLE_YEARS == (2025, 2024, 2023, 2022, 2021, 2020, 2019)  # as in version 0.1
    assert alg.parameterDefinition("TABLE").defaultValue() == 1
    year = alg.parameterDefinition("YEAR")
    assert year.minimum() == 2019 and year.flags() & optional
    assert alg.parameterDefinition("DIMENSIONS").flags() & optional


def test_empty_table_results_are_errors_not_empty_layers(net, run_alg):
    with pytest.raises(QgsProcessingException, match="no rows"):
        table(run_alg, MUNICIPALITIES="GM9999")


# -- the GGD health monitor (dataderden.cbs.nl) ---------------------------------------------------------
def test_health_of_a_chosen_period_and_age_group_equals_the_published_figures(net, run_alg):
    feedback = Recorder()
    layer = health(run_alg, feedback, DIMENSIONS=" leeftijd = 65 jaar of ouder ; Perioden=2016 ")
    assert net.hits("/dataderden/ODataApi/odata/50090NED/TypedDataSet") >= 1
    assert net.hits("/ODataApi/odata/50090NED") == net.hits("/dataderden/ODataApi/odata/50090NED")  # no opendata
    assert net.hits("ODataCatalog") == 0  # a known host: no catalogue asked
    stored = stored_buurten("2016JJ00", "80200")
    rows = by_code(layer)
    assert len(rows) == len(stored) == 479  # exactly one row per buurt
    indicators = [k for k in next(iter(stored.values())) if k.rsplit("_", 1)[-1].isdigit()
                  and int(k.rsplit("_", 1)[1]) > 3]
    assert len(indicators) == 35
    checked = 0
    for code, row in stored.items():
        for key in indicators:
            assert value(rows[code][cbs_odata.key_stem(key)]) == published(row[key]), (code, key)
            checked += published(row[key]) is not None
    assert checked > 479 * 20  # most figures are real numbers, the rest NULL as published
    assert rows["BU03630000"]["jaar"] == 2016 and rows["BU03630000"]["gemeentenaam"] == "Amsterdam"
    assert rows["BU03630000"]["statnaam"] == "Kop Zeedijk"
    alias = layer.fields().field(HEALTH).alias()
    assert "Leeftijd: 65 jaar of ouder" in alias and "Perioden: 2016" in alias and "Marges: Waarde" in alias
    assert any("Leeftijd: 80200 (65 jaar of ouder) — as given" in i for i in feedback.infos)
    assert any("dataderden.cbs.nl" in i for i in feedback.infos)


def test_health_two_periods_give_two_fields(net, run_alg):
    feedback = Recorder()
    layer = health(run_alg, feedback, VARIABLES=HEALTH, LEVELS=[1, 2], DIMENSIONS="Perioden=2012JJ00,2020JJ00")
    names = layer.fields().names()
    assert names[6:] == [f"{HEALTH}_2012", f"{HEALTH}_2020"]
    rows = by_code(layer)
    assert len(rows) == 99 + 479
    for period in ("2012", "2020"):
        stored = {r["WijkenEnBuurten"].strip(): r for r in read_rivm(f"{period}JJ00", "20300")}
        assert all(value(rows[c][f"{HEALTH}_{period}"]) == published(stored[c][f"{HEALTH}_4"]) for c in rows)
        assert f"Perioden: {period}" in layer.fields().field(f"{HEALTH}_{period}").alias()
    assert any(i.startswith(f"{HEALTH}_2012: ") and "Perioden 2012 (2012JJ00)" in i for i in feedback.infos)


def test_health_default_is_the_newest_period_18_plus_and_the_value_never_a_margin(net, run_alg):
    feedback = Recorder()
    layer = health(run_alg, feedback, VARIABLES=f"{HEALTH}; Overgewicht")
    rows = by_code(layer)
    stored = stored_buurten("2020JJ00", "20300")
    assert len(rows) == 479
    for code, row in stored.items():
        expected = published(row[f"{HEALTH}_4"])
        assert value(rows[code][HEALTH]) == expected
        assert value(rows[code]["Overgewicht"]) == published(row["Overgewicht_9"])
    infos = "\n".join(feedback.infos)
    assert "Perioden: 2020JJ00 (2020) — the newest period (default)" in infos
    assert "Leeftijd: 20300 (18 jaar of ouder) — the total category (default)" in infos
    assert "Marges: MW00000 (Waarde) — the value itself, not a bound of its margin (default)" in infos
    bounds = health(run_alg, VARIABLES=HEALTH, DIMENSIONS="Marges=MOG0095,MBG0095")
    bound = by_code(bounds)["BU03630000"]
    # the stand-in bounds are the value -/+ 5, so the default field holds neither of them
    assert bound[f"{HEALTH}_MOG0095"] < rows["BU03630000"][HEALTH] < bound[f"{HEALTH}_MBG0095"]


def test_perceived_health_2012_to_2024_from_50150ned(net, run_alg):
    layer = table(run_alg, TABLE_ID="50150NED", LEVELS=[2], VARIABLES="Goed ervaren gezondheid",
                  DIMENSIONS="Perioden=*")
    stored = {r["statcode"]: r for r in read_national() if r["statcode"].startswith("BU")}
    rows = by_code(layer)
    assert len(rows) == len(stored) == 517
    years = ("2012", "2016", "2020", "2022", "2024")
    assert layer.fields().names()[6:] == [f"GoedErvarenGezondheid_{y}" for y in years]
    for code, row in stored.items():
        for year in years:
            expected = published(row[f"goed_ervaren_gezondheid_{year}"])
            assert value(rows[code][f"GoedErvarenGezondheid_{year}"]) == expected


# -- police crime (dataderden.cbs.nl) ----------------------------------------------------------------------
def test_crime_total_offences_per_buurt_for_a_year(net, run_alg):
    feedback = Recorder()
    layer = table(run_alg, feedback, TABLE_ID="47018NED", LEVELS=[0, 2], VARIABLES="", DIMENSIONS="Perioden=2023")
    stored = {r["statcode"]: r for r in read_national() if r["level"] in ("gemeente", "buurt")}
    rows = by_code(layer)
    assert len(rows) == len(stored) == 1 + 517
    assert layer.fields().names()[6:] == ["GeregistreerdeMisdrijven"]
    assert all(value(rows[c]["GeregistreerdeMisdrijven"]) == published(stored[c]["misdrijven_2023"]) for c in rows)
    assert rows["GM0363"]["GeregistreerdeMisdrijven"] == 81216 and rows["GM0363"]["gemeentenaam"] == "Amsterdam"
    assert layer.fields().field("GeregistreerdeMisdrijven").type() == layer.fields().field("jaar").type()  # whole
    alias = layer.fields().field("GeregistreerdeMisdrijven").alias()
    assert "Soort misdrijf: Totaal misdrijven" in alias and "Perioden: 2023" in alias
    assert any("SoortMisdrijf: 0.0.0 (Totaal misdrijven) — the total category (default)" in i for i in feedback.infos)
    # 'SoortMisdrijf eq '0.0.0 '' with its padding: the filter CBS needs
    assert net.hits("SoortMisdrijf eq '0.0.0 '") >= 1


def test_crime_by_year_and_offence_type_and_the_newest_provisional_year(net, run_alg):
    feedback = Recorder()
    layer = table(run_alg, feedback, TABLE_ID="47018NED", LEVELS=[2], VARIABLES="Geregistreerde misdrijven",
                  DIMENSIONS="SoortMisdrijf=Totaal misdrijven, 1.2.3 Diefstal van brom-, snor-, fietsen; "
                             "Perioden=2021,2025")
    assert layer.fields().names()[6:] == ["GeregistreerdeMisdrijven_0_0_0_2021", "GeregistreerdeMisdrijven_0_0_0_2025",
                                          "GeregistreerdeMisdrijven_1_2_3_2021", "GeregistreerdeMisdrijven_1_2_3_2025"]
    stored = {r["statcode"]: r for r in read_national() if r["level"] == "buurt"}
    rows = by_code(layer)
    assert all(value(rows[c]["GeregistreerdeMisdrijven_0_0_0_2025"]) == published(stored[c]["misdrijven_2025"])
               for c in rows)
    assert any("provisional figures: 2025JJ00" in i for i in feedback.infos)
    newest = table(run_alg, TABLE_ID="47018NED", LEVELS=[2], VARIABLES="")
    buurt = by_code(newest)["BU0363KA05"]
    assert buurt["GeregistreerdeMisdrijven"] == published(stored["BU0363KA05"]["misdrijven_2025"])
    assert buurt["jaar"] == 2025


def test_unknown_dimension_values_are_clear_errors(net, run_alg, tmp_path):
    out = tmp_path / "crime.gpkg"
    with pytest.raises(QgsProcessingException, match=r"no value '2019'.*2021JJ00 \(2021\)"):
        table(run_alg, TABLE_ID="47018NED", VARIABLES="", DIMENSIONS="Perioden=2019", OUTPUT=str(out))
    with pytest.raises(QgsProcessingException, match=r"no dimension 'Leeftijd'.*SoortMisdrijf \(Soort misdrijf\)"):
        table(run_alg, TABLE_ID="47018NED", VARIABLES="", DIMENSIONS="Leeftijd=20300", OUTPUT=str(out))
    with pytest.raises(QgsProcessingException, match=r"no value 'inbraak'.*1\.1\.1 \(1\.1\.1 Diefstal/inbraak"):
        table(run_alg, TABLE_ID="47018NED", VARIABLES="", DIMENSIONS="SoortMisdrijf=inbraak", OUTPUT=str(out))
    with pytest.raises(QgsProcessingException, match="no variable 'Aantal inwoners'"):
        table(run_alg, TABLE_ID="47018NED", VARIABLES="Aantal inwoners", OUTPUT=str(out))
    assert not out.exists()


# -- hosts -------------------------------------------------------------------------------------------------
def test_host_found_in_the_catalogues_and_remembered(net, run_alg, monkeypatch):
    monkeypatch.delitem(cbs_odata.KNOWN_HOSTS, "50090NED")
    feedback = Recorder()
    first = health(run_alg, feedback, VARIABLES=HEALTH, LEVELS=[0])
    assert net.hits("/ODataCatalog/Tables") == 2  # opendata does not list it, dataderden does
    assert net.hits("/dataderden/ODataCatalog/Tables") == 1
    assert any("lists table 50090NED on dataderden.cbs.nl" in i for i in feedback.infos)
    assert by_code(first)["GM0363"][HEALTH] == 78.2  # 2020, 18+, the value
    asked = len(net.requests)
    again = health(run_alg, VARIABLES=HEALTH, LEVELS=[0])
    assert len(net.requests) == asked  # everything from the cache, the catalogue answer too
    assert by_code(again)["GM0363"][HEALTH] == 78.2


def test_a_catalogue_that_is_down_does_not_stop_the_download(net, run_alg, monkeypatch):
    monkeypatch.delitem(cbs_odata.KNOWN_HOSTS, "50090NED")
    net.fail("/ODataCatalog/Tables", 503, 503, 503)  # every try of the first catalogue
    feedback = Recorder()
    layer = health(run_alg, feedback, VARIABLES=HEALTH, LEVELS=[0])
    assert by_code(layer)["GM0363"][HEALTH] == 78.2
    assert any("could not be asked where table 50090NED is" in w for w in feedback.warnings)
    assert net.hits("/ODataApi/odata/50090NED/DataProperties") == 2  # opendata: unknown; dataderden: there


def test_a_table_on_neither_host_is_an_error_naming_both(net, run_alg):
    with pytest.raises(QgsProcessingException, match="50999NED on opendata.cbs.nl, on dataderden.cbs.nl or in OData"):
        table(run_alg, TABLE_ID="50999NED")
    assert net.hits("/ODataApi/odata/50999NED/DataProperties") == 2  # each host asked once, each unknown


def test_the_wrong_host_answers_as_unknown(server):
    import urllib.error
    import urllib.request

    def status(path):
        try:
            with urllib.request.urlopen(server.url + path, timeout=5) as reply:
                return reply.status
        except urllib.error.HTTPError as exc:
            return exc.code

    assert status("/ODataApi/odata/50150NED/DataProperties?$format=json") == 404
    assert status("/dataderden/ODataApi/odata/50150NED/DataProperties?$format=json") == 200
    assert status("/dataderden/ODataApi/odata/85984NED/DataProperties?$format=json") == 404


def test_the_dataderden_bulk_feed_above_the_record_limit(net, run_alg):
    net.cbs.record_limit = 100
    layer = table(run_alg, TABLE_ID="47018NED", LEVELS=[1, 2], VARIABLES="", DIMENSIONS="Perioden=2024")
    assert net.hits("/dataderden/ODataFeed/odata/47018NED/TypedDataSet") >= 1
    assert layer.featureCount() == 110 + 517


# -- qgis_process ----------------------------------------------------------------------------------------
def test_qgis_process_downloads_a_cbs_table_from_the_local_server(server, qgis_process, tmp_path):
    import subprocess
    import sys

    server.reset()  # no test settings of an earlier test (record limit, missing tables)
    subprocess.run([sys.executable, str(ROOT / "scripts" / "build_plugin.py"), "--folder",
                    str(ROOT / "build" / "wijkmonitor_plugin")], check=True)
    csv_path = tmp_path / "kwb.csv"
    qgis_process(["run", "wijkmonitor:downloadcbstable", "--", "LEVELS=0,1",
                  "MUNICIPALITIES='s-Hertogenbosch", "VARIABLES=Aantal inwoners;Woningvoorraad", f"OUTPUT={csv_path}"],
                 extra_env=server.env())
    text = csv_path.read_text(encoding="utf-8")
    assert "GM0796" in text and str(KWB_VALUES["GM0796"]["AantalInwoners_5"]) in text
    health_path = tmp_path / "health.gpkg"
    qgis_process(["run", "wijkmonitor:downloadcbstable", "--", "TABLE_ID=50090NED", "LEVELS=2",
                  "MUNICIPALITIES=Amsterdam", f"VARIABLES={HEALTH}", "DIMENSIONS=Leeftijd=18 tot 65 jaar;Perioden=2012",
                  f"OUTPUT={health_path}"], extra_env=server.env())
    layer = QgsVectorLayer(str(health_path), "h", "ogr")
    stored = stored_buurten("2012JJ00", "53115")
    rows = {f["statcode"]: f[HEALTH] for f in layer.getFeatures()}
    assert len(rows) == 479 and all(value(rows[c]) == published(r[f"{HEALTH}_4"]) for c, r in stored.items())


def test_stored_files_cover_amsterdam():
    """The evidence the health and crime tests compare with is there (guards against an emptied fixture)."""
    assert len(stored_buurten("2016JJ00", "80200")) == 479
    with (NL / "national_2024" / "field_sources.csv").open(encoding="utf-8") as handle:
        sources = {r["field"]: r for r in csv.DictReader(handle)}
    assert "GoedErvarenGezondheid_4" in sources["goed_ervaren_gezondheid_2024"]["source_key_or_definition"]
    assert "'0.0.0 '" in sources["misdrijven_2023"]["source_key_or_definition"]
