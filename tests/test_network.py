"""The network layer (QGIS network stack, retries, timeouts, cache, cancel) against the local stand-in."""

from __future__ import annotations

import time

import pytest
from qgis.core import QgsProcessingException, QgsProcessingFeedback, QgsSettings

from tests.download_fixtures import Recorder, neighbourhoods, table
from tests.fake_cbs_pdok import FakeServer
from wijkmonitor_plugin.core import pdok
from wijkmonitor_plugin.core.http_errors import ServiceError, is_too_many_records, parse_json, retry_delay


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


def test_html_error_page_with_status_200(net, run_alg):
    net.fail("/ogc/v1/collections/buurten/items", "html")
    with pytest.raises(QgsProcessingException) as err:
        neighbourhoods(run_alg)
    message = str(err.value)
    assert "PDOK OGC API Features" in message and "web page" in message and "Onderhoud - PDOK" in message


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


def test_clear_cache(net, run_alg):
    table(run_alg, LEVELS=[0], VARIABLES="Aantal inwoners")
    assert run_alg("wijkmonitor:clearcache", {})["REMOVED"] > 0
    assert run_alg("wijkmonitor:clearcache", {})["REMOVED"] == 0


# -- qgis_process ---------------------------------------------------------------------------
