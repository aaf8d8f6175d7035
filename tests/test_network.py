"""The network layer (QGIS network stack, deadline, redirects, paging guard, retries, cache, cancel) against
the local stand-in, with the hostile answers it must survive: each ends in a clear error, in time, and
writes nothing.
"""

from __future__ import annotations

import time

import pytest
from qgis.core import QgsProcessingException, QgsProcessingFeedback, QgsSettings

from tests.download_fixtures import Recorder, neighbourhoods, table
from tests.fake_cbs_pdok import FakeServer
from wijkmonitor_plugin.core import pdok
from wijkmonitor_plugin.core.http_errors import (
    BadRequestError,
    ServiceError,
    UnreliableAnswerError,
    is_too_many_records,
    parse_json,
    retry_delay,
)

#: seconds within which every hostile answer must have ended: the fixture's 1 s deadline × 3 attempts,
#: back-off and the work around it, far below what the hostile server would take (a drip: 35 s)
DEADLINE_BOUND = 12.0


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


def test_gokoala_400_answers_name_their_parameter():
    """The details gokoala writes (internal/ogc/features/url.go, engine/openapi.go) give the parameter."""
    assert pdok.refused_parameter("unknown query parameter(s) found: gemeentecode") == "gemeentecode"
    assert pdok.refused_parameter("crs param should start with http://www.opengis.net/def/crs/, got: EPSG:28992") \
        == "crs"
    assert pdok.refused_parameter('request doesn\'t conform to OpenAPI spec: parameter "crs" in query has an error: '
                                  'value is not one of the allowed values') == "crs"
    assert pdok.refused_parameter("limit must be numeric") == "limit"
    assert pdok.refused_parameter("failed to retrieve feature collection buurten") is None


def test_redirect_policy():
    from wijkmonitor_plugin.qgis_adapters.network import redirect_allowed

    assert redirect_allowed("https://api.pdok.nl/a", "https://api.pdok.nl/b")
    assert redirect_allowed("https://service.pdok.nl/a", "https://api.pdok.nl/b")  # a documented CBS/PDOK host
    assert redirect_allowed("https://opendata.cbs.nl/a", "https://dataderden.cbs.nl/b")
    assert redirect_allowed("http://api.pdok.nl/a", "https://api.pdok.nl/a")  # upgraded to HTTPS
    assert redirect_allowed("http://127.0.0.1:8000/a", "http://127.0.0.1:8000/b")  # same origin
    assert not redirect_allowed("https://api.pdok.nl/a", "http://api.pdok.nl/a")  # downgraded
    assert not redirect_allowed("https://api.pdok.nl/a", "https://pdok.example.org/a")
    assert not redirect_allowed("https://api.pdok.nl/a", "https://api.pdok.nl.example.org/a")
    assert not redirect_allowed("http://127.0.0.1:8000/a", "http://localhost:8000/a")


def test_page_guard(processing_ready):
    from wijkmonitor_plugin.qgis_adapters.network_sources import PageGuard

    page = {"features": [{"id": 1}, {"id": 2}]}
    guard = PageGuard("S", max_pages=3)
    guard.check("u1", page)
    guard.check("u2", {"features": [{"id": 3}]})
    with pytest.raises(UnreliableAnswerError, match="already gave"):
        guard.check("u1", {"features": [{"id": 4}]})
    guard = PageGuard("S", max_pages=3)
    guard.check("u1", page)
    with pytest.raises(UnreliableAnswerError, match="same page twice"):
        guard.check("u2", dict(page))
    guard = PageGuard("S", max_pages=2)
    guard.check("u1", {"value": [1]})
    guard.check("u2", {"value": [2]})
    with pytest.raises(UnreliableAnswerError, match="more than 2 pages"):
        guard.check("u3", {"value": [3]})


def test_crs_and_duplicate_checks():
    rd = {"type": "Feature", "properties": {"buurtcode": "BU03630000"},
          "geometry": {"type": "Polygon", "coordinates": [[[121000.0, 487000.0], [121100.0, 487000.0]]]}}
    lonlat = {"type": "Feature", "properties": {"buurtcode": "BU03630001"},
              "geometry": {"type": "MultiPolygon", "coordinates": [[[[4.89, 52.37], [4.9, 52.37]]]]}}
    assert pdok.crs_problem([rd]) is None
    assert "outside the Netherlands" in pdok.crs_problem([rd, lonlat])
    assert "EPSG:4326" in pdok.crs_problem([rd], {"crs": {"properties": {"name": "urn:ogc:def:crs:OGC:1.3:CRS84"}}})
    assert pdok.duplicate_codes([rd, lonlat, rd], "buurten") == ["BU03630000"]


# -- retries, deadlines, messages --------------------------------------------------------------

def test_503_then_success_and_429_retry_reported(net, run_alg):
    net.fail("TypedDataSet", 503, 429)
    feedback = Recorder()
    layer = table(run_alg, feedback, LEVELS=[1])
    assert layer.featureCount() == 110
    assert net.hits("TypedDataSet") == 3  # two refusals, then the page
    assert any("retry 1 of 2 after HTTP 503" in w for w in feedback.warnings)
    assert any("retry 2 of 2 after HTTP 429" in w for w in feedback.warnings)


def test_timeout_is_short_and_the_detail_is_in_the_log(net, run_alg, tmp_path):
    net.fail("TypedDataSet", "hang", "hang", "hang")
    out = tmp_path / "t.gpkg"
    feedback = Recorder()
    started = time.monotonic()
    with pytest.raises(QgsProcessingException) as err:
        table(run_alg, feedback, OUTPUT=str(out))
    message = str(err.value)
    assert "CBS OData" in message and "no answer within 1 seconds" in message and "tried 3 times" in message
    assert "proxy" in message and net.url not in message  # short: the URL is in the log
    assert any(net.url in m and "TypedDataSet" in m for m in feedback.infos)
    assert time.monotonic() - started < DEADLINE_BOUND
    assert not out.exists()


def test_a_slow_drip_is_cut_off_at_the_deadline(net, run_alg, tmp_path):
    net.fail("/collections/buurten/items", "drip", "drip", "drip")  # each answer would take 35 s
    out = tmp_path / "b.gpkg"
    started = time.monotonic()
    with pytest.raises(QgsProcessingException, match="no answer within 1 seconds"):
        neighbourhoods(run_alg, OUTPUT=str(out))
    assert time.monotonic() - started < DEADLINE_BOUND
    assert not out.exists()


def test_a_refused_connection_is_a_short_message(run_alg, processing_ready, monkeypatch, tmp_path):
    monkeypatch.setenv("WIJKMONITOR_PDOK_URL", "http://127.0.0.1:9")  # nothing listens on the discard port
    settings = QgsSettings()
    saved = {k: settings.value(k) for k in ("wijkmonitor/network/retries", "wijkmonitor/cache/directory")}
    settings.setValue("wijkmonitor/network/retries", 0)
    settings.setValue("wijkmonitor/cache/directory", str(tmp_path / "cache"))
    try:
        with pytest.raises(QgsProcessingException) as err:
            neighbourhoods(run_alg)
        assert "refused the connection" in str(err.value) and "/collections/" not in str(err.value)
    finally:
        for key, value in saved.items():
            settings.setValue(key, value) if value is not None else settings.remove(key)


def test_network_errors_are_named_in_short_words(processing_ready):
    from qgis.PyQt.QtNetwork import QNetworkReply

    from wijkmonitor_plugin.qgis_adapters.network import _connection_problem

    error = QNetworkReply.NetworkError
    assert _connection_problem(error.HostNotFoundError, "api.pdok.nl") == "the server api.pdok.nl was not found"
    assert "proxy" in _connection_problem(error.ProxyAuthenticationRequiredError, "api.pdok.nl")
    assert "secure connection" in _connection_problem(error.SslHandshakeFailedError, "api.pdok.nl")
    text = str(ServiceError("PDOK OGC API Features", "https://api.pdok.nl/cbs/x?f=json&limit=1000",
                            _connection_problem(error.HostNotFoundError, "api.pdok.nl"), None,
                            technical="Host api.pdok.nl not found"))
    assert text.startswith("PDOK OGC API Features: the server api.pdok.nl was not found. Check the internet")
    assert "limit=1000" not in text and len(text) < 200


def test_a_400_from_the_network_layer_names_the_parameter(net, processing_ready):
    from wijkmonitor_plugin.qgis_adapters.network import Downloader

    url = pdok.ogc_items_url(net.url, 2023, "buurten", {"foo": "bar"})
    with pytest.raises(BadRequestError) as err:
        Downloader().get(url, "PDOK OGC API Features")
    assert err.value.parameter == "foo" and "'foo'" in str(err.value) and err.value.status == 400
    assert "unknown query parameter(s) found: foo" in err.value.detail


# -- redirects ---------------------------------------------------------------------------------------

def test_a_redirect_to_another_host_is_refused_and_nothing_is_fetched(net, run_alg, tmp_path):
    port = net.url.rsplit(":", 1)[1]
    for target in (f"http://localhost:{port}/elsewhere/marker", "https://wijkmonitor.example.org/marker",
                   f"http://127.0.0.2:{port}/marker", f"http://127.0.0.1:{port}x/marker"):
        net.reset()
        net.fail("/collections/buurten/items", f"redirect:{target}")
        out = tmp_path / "b.gpkg"
        with pytest.raises(QgsProcessingException, match="redirected to .* which Wijkmonitor does not follow"):
            neighbourhoods(run_alg, OUTPUT=str(out), REFRESH=True)
        assert net.hits("marker") == 0 and not out.exists()


def test_a_redirect_within_the_same_origin_is_followed(net, run_alg):
    net.fail("/collections/buurten/items", f"redirect:{net.url}/cbs/wijken-en-buurten-2023/ogc/v1/collections/"
                                           "buurten/items?gemeentecode=GM0363&crs=http://www.opengis.net/def/crs/EPSG/"
                                           "0/28992&limit=1000&f=json")  # the same page, asked another way
    assert neighbourhoods(run_alg).featureCount() == 519


# -- hostile paging and answers ------------------------------------------------------------------------

@pytest.mark.parametrize("mode, source, message", [
    ("loop", 0, "already gave"),  # a next link that points at the page itself
    ("repeat", 0, "same page twice"),  # a server that ignores the cursor
    ("ignore_start", 1, "same page twice"),  # a WFS that ignores startIndex
    ("lonlat", 0, "outside the Netherlands"),  # lon/lat coordinates, whatever was asked
    ("lonlat", 1, "outside the Netherlands"),  # … even labelled EPSG:28992
])
def test_hostile_answers_end_in_a_clear_error_in_time_and_write_nothing(net, run_alg, tmp_path, mode, source,
                                                                        message):
    net.pdok.mode = mode
    out = tmp_path / "b.gpkg"
    started = time.monotonic()
    with pytest.raises(QgsProcessingException, match=message) as err:
        neighbourhoods(run_alg, SOURCE=source, OUTPUT=str(out))
    assert time.monotonic() - started < DEADLINE_BOUND
    assert "Nothing was written" in str(err.value) and not out.exists()


def test_a_service_that_ignores_the_filter_gives_only_what_was_asked_and_says_so(net, run_alg):
    net.pdok.mode = "ignore_filter"
    feedback = Recorder()
    layer = neighbourhoods(run_alg, feedback, LEVEL=0, MUNICIPALITIES="Amsterdam")
    assert [f["statcode"] for f in layer.getFeatures()] == ["GM0363"]
    assert any("342 areas of other municipalities" in w for w in feedback.warnings)  # 343 served, 1 asked for


def test_a_paging_loop_is_refused_from_the_cache_too(net, run_alg):
    net.pdok.mode = "loop"
    with pytest.raises(QgsProcessingException, match="already gave"):
        neighbourhoods(run_alg)
    hits = len(net.requests)
    with pytest.raises(QgsProcessingException, match="already gave"):
        neighbourhoods(run_alg)  # the looping page is in the cache now: refused again, without the network
    assert len(net.requests) == hits


def test_page_count_is_bounded(net, run_alg):
    QgsSettings().setValue("wijkmonitor/network/max_pages", 2)  # 519 buurten are 3 pages of 200
    with pytest.raises(QgsProcessingException, match="more than 2 pages"):
        neighbourhoods(run_alg)


# -- cancel and cache ----------------------------------------------------------------------------------

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
    assert any("cache" in w for w in feedback.warnings), feedback.log()
    with pytest.raises(QgsProcessingException, match="refused the connection"):
        neighbourhoods(run_alg, REFRESH=True)


def test_clear_cache(net, run_alg, processing_ready):
    from wijkmonitor_plugin.qgis_adapters.network import Downloader
    from wijkmonitor_plugin.qgis_adapters.pdok_download import cached_municipality_lists, download_municipality_list

    table(run_alg, LEVELS=[0], VARIABLES="Aantal inwoners")
    download_municipality_list(Downloader(), 2023)
    assert run_alg("wijkmonitor:clearcache", {})["REMOVED"] > 0
    assert run_alg("wijkmonitor:clearcache", {})["REMOVED"] == 0
    assert cached_municipality_lists(Downloader()) == {}


def test_progress_moves_on_without_a_total():
    """gokoala gives no numberMatched: each page still moves the bar, never past its chunk."""
    from wijkmonitor_plugin.qgis_adapters.network_sources import Progress

    class Bar:
        values = []

        def setProgress(self, value):  # noqa: N802 (QGIS API)
            self.values.append(value)

    bar = Bar()
    progress = Progress(bar, steps=2, start=0, span=80)
    for page in range(1, 12):
        progress.page(page)
    first = list(bar.values)
    assert all(a < b for a, b in zip(first, first[1:])) and first[-1] < 40
    progress.next()
    assert bar.values[-1] == 40
