"""Downloads through QGIS's own network stack, with cache, retries and cancel.

``QgsBlockingNetworkRequest`` goes through ``QgsNetworkAccessManager``, so the user's
proxy, authentication and SSL settings apply (``requests``/``urllib`` would ignore them).
Each request has a transfer timeout; 429/5xx, timeouts and lost connections are retried
with back-off; the processing feedback cancels at any moment. A response is only
returned (and cached) when it is complete and of the expected kind.
"""

from __future__ import annotations

import os
import time

from qgis.core import QgsBlockingNetworkRequest, QgsNetworkAccessManager, QgsSettings
from qgis.PyQt.QtCore import QUrl
from qgis.PyQt.QtNetwork import QNetworkReply, QNetworkRequest

from ..core import cbs_odata, pdok
from ..core.http_errors import (
    DownloadCanceledError,
    NotFoundError,
    ServiceError,
    TooManyRecordsError,
    is_retryable,
    is_too_many_records,
    parse_json,
    retry_delay,
)
from ..i18n import translate
from .cache import ResponseCache, max_age_days

SETTING_TIMEOUT = "wijkmonitor/network/timeout_seconds"
SETTING_RETRIES = "wijkmonitor/network/retries"
SETTING_BACKOFF = "wijkmonitor/network/backoff_seconds"

#: service -> (environment variable, QgsSettings key, default base URL)
BASE_URLS = {
    "cbs_odata": ("WIJKMONITOR_CBS_ODATA_URL", "wijkmonitor/network/cbs_odata_url", cbs_odata.DEFAULT_ODATA_URL),
    "cbs_odata4": ("WIJKMONITOR_CBS_ODATA4_URL", "wijkmonitor/network/cbs_odata4_url", cbs_odata.DEFAULT_ODATA4_URL),
    "cbs_dataderden": ("WIJKMONITOR_CBS_DATADERDEN_URL", "wijkmonitor/network/cbs_dataderden_url",
                       cbs_odata.DEFAULT_DATADERDEN_URL),
    "pdok": ("WIJKMONITOR_PDOK_URL", "wijkmonitor/network/pdok_url", ""),
}


def base_url(service: str) -> str:
    """The base URL of ``service``: environment variable, else QGIS setting, else the public service."""
    env, key, default = BASE_URLS[service]
    value = os.environ.get(env, "").strip() or QgsSettings().value(key, "", type=str).strip() or default
    return value.rstrip("/")


def pdok_bases() -> tuple[str, str]:
    """(OGC API Features base, WFS base); one mirror URL replaces both PDOK hosts."""
    mirror = base_url("pdok")
    if mirror:
        return mirror, mirror
    return pdok.DEFAULT_OGC_URL, pdok.DEFAULT_WFS_URL


def _forget_in_qt_cache(url: str) -> None:
    cache = QgsNetworkAccessManager.instance().cache()
    if cache is not None:
        cache.remove(QUrl(url))


def _setting(key, default, type_):
    return QgsSettings().value(key, default, type=type_)


class Downloader:
    """Fetches URLs for one algorithm run; reports through a (processing) feedback."""

    def __init__(self, feedback=None, refresh: bool = False, cache: ResponseCache | None = None,
                 timeout: float | None = None, retries: int | None = None, backoff: float | None = None):
        self.feedback = feedback
        self.refresh = refresh
        self.cache = cache or ResponseCache()
        self.timeout = float(timeout if timeout is not None else _setting(SETTING_TIMEOUT, 60.0, float))
        self.retries = int(retries if retries is not None else _setting(SETTING_RETRIES, 3, int))
        self.backoff = float(backoff if backoff is not None else _setting(SETTING_BACKOFF, 1.0, float))
        self.requests = 0
        self.from_cache = 0

    # -- feedback helpers ----------------------------------------------------------
    def canceled(self) -> bool:
        return self.feedback is not None and self.feedback.isCanceled()

    def check_canceled(self) -> None:
        if self.canceled():
            raise DownloadCanceledError()

    def info(self, text: str) -> None:
        if self.feedback is not None and hasattr(self.feedback, "pushInfo"):
            self.feedback.pushInfo(text)

    def debug(self, text: str) -> None:
        if self.feedback is not None and hasattr(self.feedback, "pushDebugInfo"):
            self.feedback.pushDebugInfo(text)

    def warn(self, text: str) -> None:
        if self.feedback is None:
            return
        if hasattr(self.feedback, "pushWarning"):
            self.feedback.pushWarning(text)
        elif hasattr(self.feedback, "reportError"):
            self.feedback.reportError(text)

    def _sleep(self, seconds: float) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            self.check_canceled()
            time.sleep(min(0.05, max(end - time.monotonic(), 0)))

    # -- requests ------------------------------------------------------------------
    def fetch(self, url: str, service: str, accept: str = "application/json") -> tuple[bytes, str]:
        """(body, content type) of a successful response; raises ServiceError/DownloadCanceledError."""
        attempts = self.retries + 1
        for attempt in range(1, attempts + 1):
            self.check_canceled()
            request = QNetworkRequest(QUrl(url))
            request.setRawHeader(b"Accept", accept.encode("ascii"))
            request.setRawHeader(b"User-Agent", b"Wijkmonitor QGIS plugin")
            request.setRawHeader(b"Cache-Control", b"no-cache")
            _forget_in_qt_cache(url)  # Qt's HTTP cache would answer errors with an old copy; ours decides
            request.setTransferTimeout(int(self.timeout * 1000))
            blocking = QgsBlockingNetworkRequest()
            self.debug(translate("Network", "GET {url}").format(url=url))
            started = time.monotonic()
            blocking.get(request, True, self.feedback)
            self.requests += 1
            _forget_in_qt_cache(url)
            self.check_canceled()
            reply = blocking.reply()
            status = reply.attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute)
            status = int(status) if status not in (None, "") else None
            body = bytes(reply.content())
            content_type = bytes(reply.rawHeader(b"Content-Type")).decode("latin-1")
            error = reply.error()
            if error == QNetworkReply.NetworkError.NoError and status is not None and 200 <= status < 300:
                return body, content_type
            if is_too_many_records(status, body):
                raise TooManyRecordsError(service, url, translate(
                    "Network", "the service refuses results of more than 10,000 records"), status)
            if status == 404:
                raise NotFoundError(service, url, translate("Network", "not found"), status)
            if status is None and error == QNetworkReply.NetworkError.OperationCanceledError:
                problem = translate("Network", "no answer within {seconds:g} seconds").format(
                    seconds=round(time.monotonic() - started, 1))
            elif status is None:
                problem = translate("Network", "the connection failed ({error})").format(
                    error=reply.errorString() or blocking.errorMessage())
            else:
                snippet = " ".join(body[:300].decode("utf-8", "replace").split())
                problem = translate("Network", "the request failed: {reason}").format(
                    reason=snippet or reply.errorString())
            if not is_retryable(status) or attempt == attempts:
                if attempts > 1 and is_retryable(status):
                    problem += " " + translate("Network", "(tried {n} times)").format(n=attempts)
                raise ServiceError(service, url, problem, status)
            retry_after = bytes(reply.rawHeader(b"Retry-After")).decode("latin-1") or None
            delay = retry_delay(attempt, self.backoff, retry_after)
            self.warn(translate("Network", "{service} did not answer properly ({problem}); trying again in "
                                           "{seconds:.1f} s.").format(service=service, problem=problem,
                                                                      seconds=delay))
            self._sleep(delay)
        raise AssertionError("unreachable")  # pragma: no cover

    def _cached(self, url: str, parse):
        """The parsed cached response for ``url`` or None (a broken cache file is dropped)."""
        entry = self.cache.get(url)
        if entry is None:
            return None, None
        try:
            return entry, parse(entry.body, entry.content_type)
        except ServiceError:
            self.cache.remove(url)
            return None, None

    def get(self, url: str, service: str, parse=None, accept: str = "application/json"):
        """The parsed response of ``url``: from the cache when recent enough (unless refreshing),
        else downloaded, checked, cached. When the service cannot be reached a cached copy is used."""
        parse = parse or (lambda body, ctype: parse_json(service, url, 200, ctype, body))
        entry, value = (None, None) if self.refresh else self._cached(url, parse)
        if entry is not None and entry.age_days() <= max_age_days():
            self.from_cache += 1
            self.debug(translate("Network", "from the cache: {url}").format(url=url))
            return value
        try:
            body, content_type = self.fetch(url, service, accept)
        except (TooManyRecordsError, NotFoundError):
            raise
        except ServiceError as exc:
            if entry is not None and (exc.status is None or exc.status >= 500):
                self.warn(translate("Network", "{service} cannot be reached; using the copy downloaded on "
                                               "{date} from the cache.").format(service=service,
                                                                                date=entry.saved_text()))
                self.from_cache += 1
                return value
            raise
        value = parse(body, content_type)  # raises for HTML pages, broken JSON, …: never cached
        self.cache.put(url, body, content_type)
        return value
