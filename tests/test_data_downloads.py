"""Neighbourhood map and CBS table downloads against a local CBS/PDOK stand-in on 127.0.0.1.

Real QGIS network stack (QgsBlockingNetworkRequest), real sockets, real data from
tests/data/nl (see tests/fake_cbs_pdok.py); failures are injected by the server.
"""

from __future__ import annotations

import json
import shutil
import time

import pytest
from qgis.core import QgsProcessingException, QgsProcessingFeedback, QgsSettings, QgsVectorLayer

from tests.conftest import NL, ROOT
from tests.fake_cbs_pdok import FakeServer
from wijkmonitor_plugin.core import cbs_municipalities, cbs_odata, pdok
from wijkmonitor_plugin.core.http_errors import ServiceError, is_too_many_records, parse_json, retry_delay

SETTINGS = {"wijkmonitor/network/timeout_seconds": 1.0, "wijkmonitor/network/retries": 2,
            "wijkmonitor/network/backoff_seconds": 0.05, "wijkmonitor/cache/max_age_days": 30.0}
KWB_VALUES = json.loads((NL / "odata_85984NED_kwb2024" / "wijken_gemeenten_2024_8_variables.json").read_text())
VARIABLES = "Aantal inwoners; Mannen; Vrouwen; Oppervlakte land"
# LEVEL: 0 gemeenten, 1 wijken, 2 buurten; YEAR index: 0 = 2024, 1 = 2023, 3 = 2021;
# SOURCE: 0 OGC API, 1 WFS, 2 GeoPackage, 3 sample
Y2023, Y2021 = 1, 3


@pytest.fixture(scope="module")
def server():
    fake = FakeServer(page_size=200)
    yield fake
    fake.stop()


@pytest.fixture()
def net(server, tmp_path, monkeypatch, processing_ready):
    """The plugin's base URLs on the local server, short timeouts, a fresh cache."""
    for key, value in server.env().items():
        monkeypatch.setenv(key, value)
    settings = QgsSettings()
    saved = {k: settings.value(k) for k in [*SETTINGS, "wijkmonitor/cache/directory"]}
    for key, value in SETTINGS.items():
        settings.setValue(key, value)
    settings.setValue("wijkmonitor/cache/directory", str(tmp_path / "cache"))
    server.requests.clear()
    server._faults.clear()
    server.record_limit = 10000
    server.v3_missing = set()
    server.on_request = None
    yield server
    for key, value in saved.items():
        if value is None:
            settings.remove(key)
        else:
            settings.setValue(key, value)


class Recorder(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.warnings, self.infos = [], []

    def pushWarning(self, text):  # noqa: N802 (QGIS API)
        self.warnings.append(text)

    def pushInfo(self, text):  # noqa: N802 (QGIS API)
        self.infos.append(text)


def table(run_alg, feedback=None, **params):
    params = {"MUNICIPALITIES": "Amsterdam", "LEVELS": [1, 2], "VARIABLES": VARIABLES, "OUTPUT": "TEMPORARY_OUTPUT",
              **params}
    return run_alg("wijkmonitor:downloadcbstable", params, feedback=feedback)["OUTPUT"]


def neighbourhoods(run_alg, feedback=None, **params):
    params = {"MUNICIPALITIES": "GM0363", "LEVEL": 2, "YEAR": Y2023, "SOURCE": 0, "OUTPUT": "TEMPORARY_OUTPUT",
              **params}
    return run_alg("wijkmonitor:loadneighbourhoods", params, feedback=feedback)["OUTPUT"]


def by_code(layer):
    return {f["statcode"]: f for f in layer.getFeatures()}


# -- plain logic (no network) ------------------------------------------------------------------
def test_municipalities_by_code_and_name_with_apostrophes_and_accents():
    assert len(cbs_municipalities.municipalities()) == 342
    resolve = cbs_municipalities.resolve
    assert resolve("'s-Hertogenbosch") == [("GM0796", "'s-Hertogenbosch")]
    assert resolve("’s-hertogenbosch; Sudwest Fryslan, 363") == [
        ("GM0796", "'s-Hertogenbosch"), ("GM1900", "Súdwest-Fryslân"), ("GM0363", "Amsterdam")]
    assert resolve("GM0999") == [("GM0999", None)]  # a code of another year is kept
    assert resolve("") == []
    with pytest.raises(ValueError, match="Amsterdam"):
        resolve("Amsterdm")
    assert cbs_municipalities.matches("bosch", "GM0796", "'s-Hertogenbosch")
    assert cbs_municipalities.matches("796", "GM0796", "'s-Hertogenbosch")


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


def test_response_checks():
    with pytest.raises(ServiceError, match="web page"):
        parse_json("PDOK", "http://x", 200, "text/html", b"<!DOCTYPE html><html><title>Login</title></html>")
    with pytest.raises(ServiceError, match="not valid JSON"):
        parse_json("CBS", "http://x", 200, "application/json", b'{"value": [')
    assert is_too_many_records(500, b'{"message": "query returns more than 10000 records"}')
    assert not is_too_many_records(500, b"Internal Server Error")
    assert retry_delay(3, 0.5) == 2.0 and retry_delay(1, 0.5, "7") == 7.0
    caps = ('<wfs:WFS_Capabilities xmlns:wfs="http://www.opengis.net/wfs/2.0"><wfs:FeatureTypeList><wfs:FeatureType>'
            '<wfs:Name>wijkenbuurten:cbs_buurten_2021</wfs:Name></wfs:FeatureType><wfs:FeatureType><wfs:Name>'
            'wijkenbuurten:wijken</wfs:Name></wfs:FeatureType></wfs:FeatureTypeList></wfs:WFS_Capabilities>')
    assert pdok.wfs_typenames(caps) == {"buurten": "wijkenbuurten:cbs_buurten_2021", "wijken": "wijkenbuurten:wijken"}
    assert pdok.wfs_next_start({"features": [1] * 200, "numberMatched": 519}, 400, 1000) is None
    assert pdok.wfs_next_start({"features": [1] * 200, "numberMatched": 519}, 200, 1000) == 400


# -- downloadcbstable -----------------------------------------------------------------------
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
    net.record_limit = 300  # as the real ODataApi does above 10,000
    layer = table(run_alg)
    assert layer.featureCount() == 629
    assert net.hits("/ODataFeed/") >= 1 and net.hits("/ODataApi/") >= 3
    assert sum(f["AantalInwoners"] or 0 for f in layer.getFeatures() if f["statcode"].startswith("BU")) == 917890
    country = table(run_alg, MUNICIPALITIES="", LEVELS=[0, 1], VARIABLES="Aantal inwoners")  # the whole country
    assert country.featureCount() == len(KWB_VALUES) == 342 + 3393
    assert by_code(country)["GM1900"]["AantalInwoners"] == KWB_VALUES["GM1900"]["AantalInwoners_5"]


def test_503_then_success_and_429_retry(net, run_alg):
    net.fail("TypedDataSet", 503, 429)
    feedback = Recorder()
    layer = table(run_alg, feedback, LEVELS=[1])
    assert layer.featureCount() == 110
    assert net.hits("TypedDataSet") == 3  # two refusals, then the page
    assert any("trying again" in w for w in feedback.warnings)


def test_timeout_names_service_url_and_what_to_do(net, run_alg, tmp_path):
    net.fail("TypedDataSet", "hang", "hang", "hang")
    out = tmp_path / "t.gpkg"
    started = time.monotonic()
    with pytest.raises(QgsProcessingException) as err:
        table(run_alg, OUTPUT=str(out))
    message = str(err.value)
    assert "CBS OData" in message and "no answer within" in message and net.url in message
    assert "tried 3 times" in message and "proxy" in message
    assert time.monotonic() - started < 8
    assert not out.exists()


def test_malformed_json_gives_no_output(net, run_alg, tmp_path):
    net.fail("TypedDataSet", "badjson")
    out = tmp_path / "bad.gpkg"
    with pytest.raises(QgsProcessingException, match="not valid JSON"):
        table(run_alg, OUTPUT=str(out))
    assert not out.exists()
    # the broken page was not cached: the next run downloads it properly
    assert table(run_alg).featureCount() == 629


def test_html_error_page_with_status_200(net, run_alg):
    net.fail("/ogc/v1/collections/buurten/items", "html")
    with pytest.raises(QgsProcessingException) as err:
        neighbourhoods(run_alg)
    message = str(err.value)
    assert "PDOK OGC API Features" in message and "web page" in message and "Onderhoud - PDOK" in message


def test_empty_results_are_errors_not_empty_layers(net, run_alg):
    with pytest.raises(QgsProcessingException, match="no wijken"):
        neighbourhoods(run_alg, LEVEL=1)
    with pytest.raises(QgsProcessingException, match="no rows"):
        table(run_alg, MUNICIPALITIES="GM9999")


def test_cancel_mid_download(net, run_alg, tmp_path):
    feedback = QgsProcessingFeedback()

    def cancel_on_second_page(path):
        if "$skip=200" in path:
            feedback.cancel()
            time.sleep(0.3)  # the reply is still on its way when the cancel arrives
    net.on_request = cancel_on_second_page
    out = tmp_path / "cancel.gpkg"
    with pytest.raises(QgsProcessingException, match="(?i)cancel"):
        table(run_alg, feedback, OUTPUT=str(out))
    assert not out.exists()
    assert net.hits("$skip=400") == 0


def test_offline_from_cache_and_refresh(net, run_alg, monkeypatch):
    own = FakeServer(page_size=200)
    for key, value in own.env().items():
        monkeypatch.setenv(key, value)
    first = neighbourhoods(run_alg)
    cbs = table(run_alg)
    own.stop()  # offline from here on
    again = neighbourhoods(run_alg)
    assert again.featureCount() == first.featureCount() == 519
    assert table(run_alg).featureCount() == cbs.featureCount()
    QgsSettings().setValue("wijkmonitor/cache/max_age_days", 0.0)  # stale: tries the network, falls back
    feedback = Recorder()
    assert neighbourhoods(run_alg, feedback).featureCount() == 519
    assert any("cache" in w for w in feedback.warnings)
    with pytest.raises(QgsProcessingException, match="connection failed"):
        neighbourhoods(run_alg, REFRESH=True)


def test_municipality_with_apostrophe(net, run_alg):
    layer = neighbourhoods(run_alg, LEVEL=0, SOURCE=1, MUNICIPALITIES="'s-Hertogenbosch; Súdwest-Fryslân")
    rows = by_code(layer)
    assert set(rows) == {"GM0796", "GM1900"}
    assert rows["GM0796"]["statnaam"] == "'s-Hertogenbosch" and rows["GM0796"]["jaar"] == 2023
    assert rows["GM0796"]["aantalInwoners"] > 150000
    wijken = table(run_alg, MUNICIPALITIES="'s-Hertogenbosch", LEVELS=[0, 1])
    expected = {k for k in KWB_VALUES if k[2:6] == "0796"}
    assert set(by_code(wijken)) == expected
    assert by_code(wijken)["GM0796"]["AantalInwoners"] == KWB_VALUES["GM0796"]["AantalInwoners_5"]


# -- loadneighbourhoods -----------------------------------------------------------------------
def test_ogc_api_buurten_paged_normalised_rd_new(net, run_alg):
    layer = neighbourhoods(run_alg)
    assert net.hits("/collections/buurten/items") == 3  # 519 features, server pages of 200
    assert layer.featureCount() == 519 and layer.crs().authid() == "EPSG:28992"
    assert layer.fields().names()[:6] == ["statcode", "statnaam", "gemeentecode", "gemeentenaam", "wijkcode", "jaar"]
    assert "aantalInwoners" in layer.fields().names() and "buurtcode" in layer.fields().names()
    assert sum(f["aantalInwoners"] or 0 for f in layer.getFeatures()) == 917890
    row = by_code(layer)["BU0363AF08"]
    assert row["wijkcode"] == "WK0363AF" and row["jaar"] == 2023 and row["gemeentenaam"] == "Amsterdam"
    assert 110000 < row.geometry().centroid().asPoint().x() < 130000
    dry = neighbourhoods(run_alg, EXCLUDE_WATER=True)
    assert 500 < dry.featureCount() < 519 and "BU03639997" not in by_code(dry)


def test_wfs_2021_snake_case_and_water(net, run_alg):
    layer = neighbourhoods(run_alg, YEAR=Y2021, SOURCE=1, MUNICIPALITIES="Ermelo")
    assert layer.featureCount() == 17
    rows = by_code(layer)
    assert rows["BU02330003"]["statnaam"] == "Veldwijk-'s Heerenloo" and rows["BU02330003"]["jaar"] == 2021
    assert "jaarstatcode" in layer.fields().names()
    dry = neighbourhoods(run_alg, YEAR=Y2021, SOURCE=1, MUNICIPALITIES="Ermelo", EXCLUDE_WATER=True)
    assert dry.featureCount() == 16 and "BU02339997" not in by_code(dry)
    with pytest.raises(QgsProcessingException, match="from 2023"):
        neighbourhoods(run_alg, YEAR=Y2021, SOURCE=0, MUNICIPALITIES="Ermelo")


def test_geopackage_on_disk_and_bundled_sample(run_alg, processing_ready, tmp_path):
    gpkg = tmp_path / "WijkBuurtkaart_2021_ermelo.gpkg"  # a copy: SQLite touches the header of a file it opens
    shutil.copy(NL / "ermelo_buurten_2021_geometry_only.gpkg", gpkg)
    layer = neighbourhoods(run_alg, SOURCE=2, GPKG=str(gpkg), MUNICIPALITIES="")
    assert layer.featureCount() == 17 and {f["jaar"] for f in layer.getFeatures()} == {2021}
    with pytest.raises(QgsProcessingException, match="no layer with gemeenten"):
        neighbourhoods(run_alg, SOURCE=2, LEVEL=0, GPKG=str(gpkg))
    sample = neighbourhoods(run_alg, SOURCE=3, MUNICIPALITIES="Amsterdam", EXCLUDE_WATER=True)
    assert 500 < sample.featureCount() < 519


def test_odata_v4_when_v3_lacks_the_table(net, run_alg):
    net.v3_missing = {"85984NED"}
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


def test_clear_cache(net, run_alg):
    table(run_alg, LEVELS=[0], VARIABLES="Aantal inwoners")
    assert run_alg("wijkmonitor:clearcache", {})["REMOVED"] > 0
    assert run_alg("wijkmonitor:clearcache", {})["REMOVED"] == 0


# -- qgis_process ---------------------------------------------------------------------------
def test_qgis_process_runs_both_algorithms_against_the_local_server(server, qgis_process, tmp_path):
    import subprocess
    import sys

    subprocess.run([sys.executable, str(ROOT / "scripts" / "build_plugin.py"), "--folder",
                    str(ROOT / "build" / "wijkmonitor_plugin")], check=True)
    env = server.env()
    out = tmp_path / "buurten.gpkg"
    qgis_process(["run", "wijkmonitor:loadneighbourhoods", "--", "LEVEL=2", "YEAR=1", "SOURCE=0",
                  "MUNICIPALITIES=Amsterdam", f"OUTPUT={out}"], extra_env=env)
    layer = QgsVectorLayer(str(out), "b", "ogr")
    assert layer.featureCount() == 519 and layer.crs().authid() == "EPSG:28992"
    csv = tmp_path / "kwb.csv"
    qgis_process(["run", "wijkmonitor:downloadcbstable", "--", "LEVELS=0,1",
                  "MUNICIPALITIES='s-Hertogenbosch", "VARIABLES=Aantal inwoners;Woningvoorraad", f"OUTPUT={csv}"],
                 extra_env=env)
    text = csv.read_text(encoding="utf-8")
    assert "GM0796" in text and str(KWB_VALUES["GM0796"]["AantalInwoners_5"]) in text


# -- GUI ------------------------------------------------------------------------------------
def wait_for(task, timeout=30.0):
    from qgis.core import QgsTask
    from qgis.PyQt.QtCore import QCoreApplication

    end = time.monotonic() + timeout
    while task.status() not in (QgsTask.TaskStatus.Complete, QgsTask.TaskStatus.Terminated):
        assert time.monotonic() < end, "task did not finish"
        QCoreApplication.processEvents()
        time.sleep(0.02)
    for _ in range(20):  # let the finished() signals reach the dialog
        QCoreApplication.processEvents()


def test_dialog_loads_layers_into_a_group_off_the_main_thread(net, qgis_iface, tmp_path):
    from qgis.core import QgsProject

    from wijkmonitor_plugin.gui.load_dialog import LoadDialog

    dialog = LoadDialog(qgis_iface)
    assert dialog.picker.filter("'s-hert") == 1 and dialog.picker.filter("sudwest") == 1
    assert dialog.picker.filter("0363") == 1
    dialog.picker.search.setText("Amsterdam")
    dialog.picker.search.returnPressed.emit()
    assert dialog.picker.selected() == [("GM0363", "Amsterdam")]
    dialog.year.setCurrentIndex(dialog.year.findData(2023))
    dialog.level_boxes["wijken"].setChecked(False)
    dialog.level_boxes["buurten"].setChecked(True)
    dialog.folder.setFilePath(str(tmp_path))
    dialog.run_button.click()
    assert not dialog.run_button.isEnabled() and dialog.cancel_button.isEnabled()
    wait_for(dialog.task)
    group = QgsProject.instance().layerTreeRoot().findGroup("Wijkmonitor – Amsterdam 2023")
    try:
        assert group is not None and dialog.group is group
        layers = [node.layer() for node in group.findLayers()]
        assert len(layers) == 1 and layers[0].featureCount() == 519
        assert layers[0].crs().authid() == "EPSG:28992" and "statcode" in layers[0].fields().names()
        assert dialog.progress.value() == 100 and dialog.run_button.isEnabled()
        assert not list(tmp_path.glob("*.part.gpkg"))
    finally:
        if group is not None:
            QgsProject.instance().removeMapLayers([n.layerId() for n in group.findLayers()])
            QgsProject.instance().layerTreeRoot().removeChildNode(group)


def test_dialog_cancel_adds_nothing(net, qgis_iface, tmp_path):
    from qgis.core import QgsProject
    from qgis.PyQt.QtCore import QCoreApplication

    from wijkmonitor_plugin.gui.load_dialog import LoadDialog

    net.on_request = lambda path: time.sleep(0.4) if "/items" in path else None
    dialog = LoadDialog(qgis_iface)
    dialog.picker.select_codes(["GM0363"])
    dialog.year.setCurrentIndex(dialog.year.findData(2023))
    dialog.folder.setFilePath(str(tmp_path))
    dialog.start()
    end = time.monotonic() + 10
    while net.hits("/items") < 1 and time.monotonic() < end:
        QCoreApplication.processEvents()
        time.sleep(0.02)
    dialog.cancel_button.click()
    wait_for(dialog.task)
    assert "Cancelled" in dialog.status.text()
    assert QgsProject.instance().layerTreeRoot().findGroup("Wijkmonitor – Amsterdam 2023") is None
    assert not list(tmp_path.glob("*.gpkg"))


def test_dialog_shows_why_a_download_failed(net, qgis_iface, tmp_path):
    from qgis.core import QgsProject

    from wijkmonitor_plugin.gui.load_dialog import LoadDialog

    dialog = LoadDialog(qgis_iface)
    dialog.picker.select_codes(["GM0363"])
    dialog.year.setCurrentIndex(dialog.year.findData(2023))
    dialog.level_boxes["wijken"].setChecked(True)  # the wijken collection is empty: nothing is added
    dialog.folder.setFilePath(str(tmp_path))
    wait_for(dialog.start())
    assert "failed" in dialog.status.text() and "no wijken" in dialog.status.text()
    assert QgsProject.instance().layerTreeRoot().findGroup("Wijkmonitor – Amsterdam 2023") is None
    assert not list(tmp_path.glob("*.gpkg"))
