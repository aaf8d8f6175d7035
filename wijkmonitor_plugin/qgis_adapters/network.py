"""Downloads through QGIS's own network stack, with a hard deadline, safe redirects, retries, cache and cancel.

Every request goes through ``QgsNetworkAccessManager``, so the user's proxy, authentication
and SSL settings apply (``requests``/``urllib`` would ignore them). This module runs the
exchange itself (instead of ``QgsBlockingNetworkRequest``) so that it decides three things:

- **A hard overall deadline per request**: ``timeout_seconds`` counts from the moment the
  request is sent, including redirects, and a server that keeps the connection alive by sending
  a byte now and then (a slow drip) is cut off at the deadline too.
- **Redirects**: followed only to HTTPS on the same host or on a host of :data:`TRUSTED_HOSTS`
  (or within the same origin); any other redirect is refused before anything is fetched there.
- **Retries** on 408/429/5xx, timeouts and lost connections, with back-off (or the server's
  ``Retry-After``), each reported through the feedback ("retry 2 of 3 after HTTP 503").

The processing feedback cancels at any moment. A response is only returned (and cached) when
it is complete and of the expected kind. Messages are short and translated; the technical
detail (URL, status, the network library's words) goes to the log.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from qgis.core import Qgis, QgsMessageLog, QgsNetworkAccessManager, QgsSettings
from qgis.PyQt.QtCore import QEventLoop, QTimer, QUrl
from qgis.PyQt.QtNetwork import QNetworkReply, QNetworkRequest

from ..core import cbs_odata, pdok
from ..core.http_errors import (
    DownloadCanceledError,
    NotFoundError,
    RedirectRefusedError,
    ServiceError,
    TooManyRecordsError,
    bad_request,
    is_retryable,
    is_too_many_records,
    parse_json,
    problem_detail,
    retry_delay,
)
from ..i18n import translate
from .cache import ResponseCache, max_age_days

SETTING_TIMEOUT = "wijkmonitor/network/timeout_seconds"
SETTING_RETRIES = "wijkmonitor/network/retries"
SETTING_BACKOFF = "wijkmonitor/network/backoff_seconds"
SETTING_MAX_PAGES = "wijkmonitor/network/max_pages"

#: hosts of CBS and PDOK a redirect may lead to (over HTTPS), besides the host that was asked
TRUSTED_HOSTS = ("opendata.cbs.nl", "dataderden.cbs.nl", "datasets.cbs.nl", "api.pdok.nl", "service.pdok.nl")
MAX_REDIRECTS = 5
_REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
_TICK_MS = 50

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


def redirect_allowed(from_url: str, to_url: str) -> bool:
    """May a redirect from ``from_url`` to ``to_url`` be followed?

    Yes to HTTPS on the same host or on a host of :data:`TRUSTED_HOSTS`, and within the same
    origin (scheme, host and port unchanged: nobody else is asked and nothing is downgraded).
    """
    a, b = urlsplit(from_url), urlsplit(to_url)
    try:
        if (a.scheme, a.hostname, a.port) == (b.scheme, b.hostname, b.port):
            return True
    except ValueError:  # a port that is no number: nowhere to go
        return False
    host = (b.hostname or "").lower()
    return b.scheme == "https" and (host == (a.hostname or "").lower() or host in TRUSTED_HOSTS)


def max_pages() -> int:
    """The most pages one listing may have before Wijkmonitor stops (a runaway or looping service)."""
    return int(QgsSettings().value(SETTING_MAX_PAGES, 2000, type=int))


def _setting(key, default, type_):
    return QgsSettings().value(key, default, type=type_)


@dataclass
class Reply:
    """One HTTP exchange as it came back."""

    url: str
    status: int | None
    body: bytes
    content_type: str
    headers: dict
    error: int
    error_text: str
    why_stopped: str | None  # 'deadline', 'cancel' or None
    location: str | None = None


#: short, translatable words for the network errors a user meets (the rest is "the connection failed")
def _connection_problem(error: int, host: str) -> str:
    e = QNetworkReply.NetworkError
    if error == e.HostNotFoundError:
        return translate("Network", "the server {host} was not found").format(host=host)
    if error == e.ConnectionRefusedError:
        return translate("Network", "the server {host} refused the connection").format(host=host)
    if error in (e.RemoteHostClosedError, e.TemporaryNetworkFailureError, e.NetworkSessionFailedError):
        return translate("Network", "the connection to {host} was lost").format(host=host)
    if error == e.SslHandshakeFailedError:
        return translate("Network", "the secure connection to {host} failed").format(host=host)
    if error in (e.ProxyConnectionRefusedError, e.ProxyConnectionClosedError, e.ProxyNotFoundError,
                 e.ProxyTimeoutError, e.ProxyAuthenticationRequiredError):
        return translate("Network", "the proxy refused or could not be reached")
    return translate("Network", "the connection to {host} failed").format(host=host)


class Downloader:
    """Fetches URLs for one algorithm run; reports through a (processing) feedback.

    A feedback may carry ``network_limits`` (``{"timeout": s, "retries": n}``): the dialog
    uses that for a shorter wait than the Processing default.
    """

    def __init__(self, feedback=None, refresh: bool = False, cache: ResponseCache | None = None,
                 timeout: float | None = None, retries: int | None = None, backoff: float | None = None):
        self.feedback = feedback
        self.refresh = refresh
        self.cache = cache or ResponseCache()
        limits = getattr(feedback, "network_limits", None) or {}
        timeout = timeout if timeout is not None else limits.get("timeout")
        retries = retries if retries is not None else limits.get("retries")
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

    def log_detail(self, error: ServiceError) -> None:
        """The technical side of an error, for the Processing log and the QGIS message log."""
        self.info(error.detail)
        QgsMessageLog.logMessage(error.detail, "Wijkmonitor", Qgis.MessageLevel.Warning)

    def _sleep(self, seconds: float) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            self.check_canceled()
            time.sleep(min(0.05, max(end - time.monotonic(), 0)))

    # -- one exchange ----------------------------------------------------------------
    def _transfer(self, url: str, accept: str, deadline: float) -> Reply:
        """One GET, without following redirects, stopped at ``deadline`` or on cancel."""
        request = QNetworkRequest(QUrl(url))
        request.setRawHeader(b"Accept", accept.encode("ascii"))
        request.setRawHeader(b"User-Agent", b"Wijkmonitor QGIS plugin")
        request.setAttribute(QNetworkRequest.Attribute.RedirectPolicyAttribute,
                             QNetworkRequest.RedirectPolicy.ManualRedirectPolicy)
        # Qt's HTTP cache would answer with an old copy or keep errors; the Wijkmonitor cache decides
        request.setAttribute(QNetworkRequest.Attribute.CacheLoadControlAttribute,
                             QNetworkRequest.CacheLoadControl.AlwaysNetwork)
        request.setAttribute(QNetworkRequest.Attribute.CacheSaveControlAttribute, False)
        self.debug(translate("Network", "GET {url}").format(url=url))
        reply = QgsNetworkAccessManager.instance().get(request)
        stopped = {"why": None}
        loop = QEventLoop()

        def tick():
            if reply.isFinished():
                loop.quit()
            elif self.canceled():
                stopped["why"] = "cancel"
                reply.abort()
            elif time.monotonic() >= deadline:
                stopped["why"] = "deadline"
                reply.abort()

        timer = QTimer()
        timer.setInterval(_TICK_MS)
        timer.timeout.connect(tick)
        reply.finished.connect(loop.quit)
        timer.start()
        if not reply.isFinished():
            loop.exec()
        timer.stop()
        self.requests += 1
        status = reply.attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute)
        status = int(status) if status not in (None, "") else None
        headers = {bytes(k).decode("latin-1").lower(): bytes(v).decode("latin-1") for k, v in
                   reply.rawHeaderPairs()}
        location = headers.get("location")
        out = Reply(url=url, status=status if stopped["why"] is None else None, body=bytes(reply.readAll()),
                    content_type=headers.get("content-type", ""), headers=headers, error=int(reply.error()),
                    error_text=reply.errorString(), why_stopped=stopped["why"],
                    location=urljoin(url, location) if location else None)
        reply.deleteLater()
        return out

    def _exchange(self, url: str, service: str, accept: str, deadline: float) -> Reply:
        """One request, following the redirects :func:`redirect_allowed` permits, all within ``deadline``."""
        seen = [url]
        current = url
        for _hop in range(MAX_REDIRECTS + 1):
            reply = self._transfer(current, accept, deadline)
            if reply.why_stopped or reply.status not in _REDIRECT_STATUSES or not reply.location:
                return reply
            target = reply.location
            if not redirect_allowed(current, target):
                error = RedirectRefusedError(service, url, translate(
                    "Network", "the service redirected to {host}, which Wijkmonitor does not follow").format(
                        host=urlsplit(target).hostname or target), reply.status, translate(
                    "Network", "Only redirects over HTTPS to the same host or to the CBS and PDOK services are "
                               "followed; nothing was downloaded from there. Check the base URL settings (a mirror "
                               "or proxy may be misconfigured)."), technical=f"→ {target}")
                self.log_detail(error)
                raise error
            if target in seen:
                error = RedirectRefusedError(service, url, translate("Network", "the service redirects in a loop"),
                                             reply.status, translate("Network", "Try again later."),
                                             technical=" → ".join([*seen, target]))
                self.log_detail(error)
                raise error
            self.debug(translate("Network", "redirected to {url}").format(url=target))
            seen.append(target)
            current = target
        error = RedirectRefusedError(service, url, translate("Network", "the service redirects too often"), None,
                                     translate("Network", "Try again later."), technical=" → ".join(seen))
        self.log_detail(error)
        raise error

    # -- requests ------------------------------------------------------------------
    def fetch(self, url: str, service: str, accept: str = "application/json") -> tuple[bytes, str]:
        """(body, content type) of a successful response; raises ServiceError/DownloadCanceledError."""
        attempts = self.retries + 1
        host = urlsplit(url).hostname or url
        for attempt in range(1, attempts + 1):
            self.check_canceled()
            reply = self._exchange(url, service, accept, time.monotonic() + self.timeout)
            self.check_canceled()
            status = reply.status
            if reply.why_stopped is None and reply.error == int(QNetworkReply.NetworkError.NoError) \
                    and status is not None and 200 <= status < 300:
                return reply.body, reply.content_type
            technical = f"{reply.error_text} {problem_detail(reply.body) if reply.body else ''}".strip()
            error = self._error_of(reply, service, url, host, technical)
            if error is not None:
                self.log_detail(error)
                raise error
            if reply.why_stopped == "deadline":
                problem = translate("Network", "no answer within {seconds:g} seconds").format(seconds=self.timeout)
                reason = problem
            elif status is None:
                problem = reason = _connection_problem(reply.error, host)
            else:
                problem = translate("Network", "the service answered with HTTP {status}").format(status=status)
                reason = f"HTTP {status}"
            if not is_retryable(status) or attempt == attempts:
                if attempts > 1 and is_retryable(status):
                    problem += " " + translate("Network", "(tried {n} times)").format(n=attempts)
                error = ServiceError(service, url, problem, status, technical=technical)
                self.log_detail(error)
                raise error
            delay = retry_delay(attempt, self.backoff, reply.headers.get("retry-after"))
            self.warn(translate("Network", "{service}: retry {n} of {total} after {reason}, in {seconds:.1f} s.")
                      .format(service=service, n=attempt, total=self.retries, reason=reason, seconds=delay))
            self.debug(technical)
            self._sleep(delay)
        raise AssertionError("unreachable")  # pragma: no cover

    @staticmethod
    def _error_of(reply: Reply, service: str, url: str, host: str, technical: str) -> ServiceError | None:
        """The final error of an answer that no retry can mend, or None."""
        status = reply.status
        if is_too_many_records(status, reply.body):
            return TooManyRecordsError(service, url, translate(
                "Network", "the service refuses results of more than 10,000 records"), status, technical=technical)
        if status == 404:
            return NotFoundError(service, url, translate("Network", "not found"), status, technical=technical)
        if status == 400:
            return bad_request(service, url, reply.body)
        if status is not None and 300 <= status < 400:
            return ServiceError(service, url, translate("Network", "the service redirected without saying where"),
                                status, technical=technical)
        return None

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
        except (TooManyRecordsError, NotFoundError, RedirectRefusedError):
            raise
        except ServiceError as exc:
            if entry is not None and (exc.status is None or exc.status >= 500):
                self.warn(translate("Network", "{service} cannot be reached; using the copy downloaded on "
                                               "{date} from the cache.").format(service=service,
                                                                                date=entry.saved_text()))
                self.from_cache += 1
                return value
            raise
        try:
            value = parse(body, content_type)  # raises for HTML pages, broken JSON, …: never cached
        except ServiceError as exc:
            self.log_detail(exc)
            raise
        self.cache.put(url, body, content_type)
        return value
