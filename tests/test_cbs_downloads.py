"""CBS table downloads (wijkmonitor:downloadcbstable) against the local CBS stand-in (tests/fake_cbs.py)."""

from __future__ import annotations

import json

import pytest
from qgis.core import QgsProcessingException

from tests.conftest import NL, ROOT
from tests.download_fixtures import KWB_VALUES, by_code, table
from wijkmonitor_plugin.core import cbs_odata


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


def test_cbs_table_pages_types_aliases_and_values(net, run_alg):
    layer = table(run_alg)
    assert net.hits("$skip=") >= 3  # 629 rows in pages of 200
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
    assert rows["BU03639997"]["AantalInwoners"] in (None,) or str(rows["BU03639997"]["AantalInwoners"]) == "NULL"


def test_cbs_table_field_comments_keep_units():
    from wijkmonitor_plugin.algorithms.download_cbs_table import table_fields

    meta = cbs_odata.parse_data_properties(
        json.loads((NL / "odata_85984NED_kwb2024" / "DataProperties.json").read_text()), "85984NED")
    topics = cbs_odata.assign_field_names(cbs_odata.resolve_variables(meta.topics, ["Bevolkingsdichtheid",
                                                                                    "Gemiddeld inkomen per inwoner"]))
    frame = cbs_odata.rows_to_frame([{"WijkenEnBuurten": "GM0363    ", "Bevolkingsdichtheid_34": 4950}], meta, topics,
                                    year=2024)
    fields = table_fields(frame, topics)
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
    layer = table(run_alg, TABLE_ID="85984NED", LEVELS=[1], VARIABLES="Aantal inwoners; Woningvoorraad")
    assert net.hits("/odata/v1/CBS/85984NED/Observations") >= 1
    rows = by_code(layer)
    assert len(rows) == 110
    assert rows["WK0363AF"]["Woningvoorraad"] == KWB_VALUES["WK0363AF"]["Woningvoorraad_35"]
    assert layer.fields().field("AantalInwoners").alias() == "Aantal inwoners"


def test_kerncijfers_year_found_in_the_catalogue(net, run_alg, monkeypatch):
    monkeypatch.delitem(cbs_odata.KWB_TABLES, 2024)
    layer = table(run_alg, TABLE=1, LEVELS=[0], MUNICIPALITIES="Amsterdam", VARIABLES="Aantal inwoners")  # 2024
    assert net.hits("/ODataCatalog/Tables") == 1
    assert by_code(layer)["GM0363"]["AantalInwoners"] == KWB_VALUES["GM0363"]["AantalInwoners_5"]
    with pytest.raises(QgsProcessingException, match="2025"):
        table(run_alg, TABLE=0)  # 2025: not in the catalogue


def test_empty_table_results_are_errors_not_empty_layers(net, run_alg):
    with pytest.raises(QgsProcessingException, match="no rows"):
        table(run_alg, MUNICIPALITIES="GM9999")


def test_qgis_process_downloads_a_cbs_table_from_the_local_server(server, qgis_process, tmp_path):
    import subprocess
    import sys

    subprocess.run([sys.executable, str(ROOT / "scripts" / "build_plugin.py"), "--folder",
                    str(ROOT / "build" / "wijkmonitor_plugin")], check=True)
    csv = tmp_path / "kwb.csv"
    qgis_process(["run", "wijkmonitor:downloadcbstable", "--", "LEVELS=0,1",
                  "MUNICIPALITIES='s-Hertogenbosch", "VARIABLES=Aantal inwoners;Woningvoorraad", f"OUTPUT={csv}"],
                 extra_env=server.env())
    text = csv.read_text(encoding="utf-8")
    assert "GM0796" in text and str(KWB_VALUES["GM0796"]["AantalInwoners_5"]) in text
