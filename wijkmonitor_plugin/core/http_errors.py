"""What can go wrong with a web service, and how to tell the user (no Qt).

The QGIS network adapter (:mod:`wijkmonitor_plugin.qgis_adapters.network`) does the
requests; this module decides what a response means: usable JSON/XML, a retryable
failure, the CBS "too many records" refusal, or an error that names the service, the
URL, the HTTP status and what to do about it.
"""

from __future__ import annotations

import json

from ..i18n import translate
from .errors import CanceledError, WijkmonitorError
from .pdok import refused_parameter

#: HTTP statuses worth another try after a pause (rate limit, server busy or broken).
RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})


class ServiceError(WijkmonitorError):
    """A request to a web service failed; ``str()`` is the short message for the user.

    ``detail`` holds the technical side (URL, HTTP status, the network library's own
    words) for the log, so the message itself stays short and translated.
    """

    def __init__(self, service: str, url: str, problem: str, status: int | None = None, advice: str = "",
                 technical: str = ""):
        super().__init__(problem)
        self.service = service
        self.url = url
        self.problem = problem
        self.status = status
        self.advice = advice or advice_for(status)
        self.technical = technical

    def __str__(self) -> str:
        return translate("HttpErrors", "{service}: {problem}. {advice}").format(
            service=self.service, problem=self.problem.rstrip("."), advice=self.advice)

    @property
    def detail(self) -> str:
        """URL, status and the technical error, for the log."""
        status = str(self.status) if self.status else translate("HttpErrors", "none")
        text = translate("HttpErrors", "{service}: {problem} (HTTP status {status}; URL {url})").format(
            service=self.service, problem=self.problem, status=status, url=self.url)
        return f"{text} {self.technical}".strip()


class TooManyRecordsError(ServiceError):
    """CBS ODataApi refuses results of more than 10,000 records: ask for less per request."""


class NotFoundError(ServiceError):
    """The service does not have this table, collection or year (HTTP 404)."""


class BadRequestError(ServiceError):
    """HTTP 400: the service refused a query parameter (``parameter`` names it when the answer does)."""

    def __init__(self, service: str, url: str, problem: str, parameter: str | None = None, advice: str = "",
                 technical: str = ""):
        super().__init__(service, url, problem, 400, advice, technical)
        self.parameter = parameter


class RedirectRefusedError(ServiceError):
    """The service sent us elsewhere than Wijkmonitor follows; nothing was fetched from there."""


class UnreliableAnswerError(ServiceError):
    """The answers cannot be trusted: paging that loops or repeats, too many pages, the wrong CRS."""


class DownloadCanceledError(CanceledError):
    """The user cancelled; nothing partial is kept."""

    def __init__(self):
        super().__init__(translate("HttpErrors", "Download cancelled."))


def advice_for(status: int | None) -> str:
    if status is None:
        return translate("HttpErrors", "Check the internet connection and the proxy settings in QGIS "
                                       "(Settings > Options > Network), then try again.")
    if status == 400:
        return translate("HttpErrors", "The service did not accept the request: check the base URL settings (a "
                                       "mirror may expect other parameters) or choose another source.")
    if status == 404:
        return translate("HttpErrors", "The service does not offer this table, year or layer: check the table "
                                       "id or choose another year.")
    if status in (401, 403, 407):
        return translate("HttpErrors", "Access was refused: check the proxy and authentication settings in QGIS "
                                       "(Settings > Options > Network).")
    if status == 429:
        return translate("HttpErrors", "The service asks to slow down: wait a minute and try again.")
    if status >= 500:
        return translate("HttpErrors", "The service has a problem on its side: try again later.")
    return translate("HttpErrors", "Check the parameters and try again.")


def is_retryable(status: int | None) -> bool:
    """Timeouts and connection failures (``None``) and busy/broken servers deserve another try."""
    return status is None or status in RETRY_STATUSES


def retry_delay(attempt: int, base_seconds: float, retry_after: str | None = None, cap: float = 30.0) -> float:
    """Seconds to wait before retry ``attempt`` (1, 2, …): exponential back-off, or the server's Retry-After."""
    if retry_after:
        try:
            return min(max(float(retry_after.strip()), 0.0), cap)
        except ValueError:
            pass
    return min(base_seconds * (2 ** (attempt - 1)), cap)


def problem_detail(body: bytes) -> str:
    """The ``detail`` (else ``title``) of an RFC 7807 problem answer, or the start of the body."""
    text = body[:4000].decode("utf-8", "replace")
    try:
        payload = json.loads(text)
    except ValueError:
        return " ".join(text.split())[:300]
    if isinstance(payload, dict):
        for key in ("detail", "title", "description", "message", "error"):
            if isinstance(payload.get(key), str) and payload[key].strip():
                return payload[key].strip()[:300]
    return " ".join(text.split())[:300]


def bad_request(service: str, url: str, body: bytes) -> BadRequestError:
    """A 400 answer as an error that names the refused parameter and what to do about it."""
    detail = problem_detail(body)
    parameter = refused_parameter(detail)
    if parameter:
        problem = translate("HttpErrors", "the service does not accept the query parameter '{name}'").format(
            name=parameter)
    else:
        problem = translate("HttpErrors", "the service did not accept the request")
    return BadRequestError(service, url, problem, parameter, technical=detail)


def is_too_many_records(status: int | None, body: bytes) -> bool:
    """CBS ODataApi's refusal of a result set above its 10,000-record limit."""
    if status is None or status < 400:
        return False
    text = body[:4000].decode("utf-8", "replace").lower()
    return "10000" in text.replace(".", "").replace(",", "") and ("record" in text or "cell" in text or
                                                                  "rij" in text or "cel" in text)


def looks_like_html(content_type: str, body: bytes) -> bool:
    head = body[:512].lstrip().lower()
    return "html" in (content_type or "").lower() or head.startswith(b"<!doctype html") or head.startswith(b"<html")


def html_title(body: bytes) -> str:
    text = body[:4000].decode("utf-8", "replace")
    low = text.lower()
    start, end = low.find("<title>"), low.find("</title>")
    if start >= 0 and end > start:
        return " ".join(text[start + 7:end].split())[:200]
    return ""


def parse_json(service: str, url: str, status: int | None, content_type: str, body: bytes):
    """The decoded JSON of a successful response, or a :class:`ServiceError` that says why not."""
    if looks_like_html(content_type, body):
        title = html_title(body)
        problem = translate("HttpErrors", "the service answered with a web page instead of data") + (
            f" ('{title}')" if title else "")
        raise ServiceError(service, url, problem, status, translate(
            "HttpErrors", "This is usually a maintenance page, a proxy or a login portal. Open the URL in a "
                          "browser to see it, check the proxy settings in QGIS, or try again later."))
    if not body.strip():
        raise ServiceError(service, url, translate("HttpErrors", "the service answered with an empty response"),
                           status, translate("HttpErrors", "Try again later."))
    try:
        return json.loads(body.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ServiceError(
            service, url,
            translate("HttpErrors", "the response is not valid JSON ({error}); it may have been cut off").format(
                error=str(exc)[:120]),
            status, translate("HttpErrors", "Try again; if it keeps failing, download again with the refresh "
                                            "option or clear the Wijkmonitor download cache.")) from exc


def check_xml(service: str, url: str, status: int | None, content_type: str, body: bytes) -> str:
    """The text of an XML response (WFS capabilities), refusing HTML pages and OGC exception reports."""
    if looks_like_html(content_type, body):
        raise ServiceError(service, url, translate("HttpErrors", "the service answered with a web page instead of "
                                                                 "data"), status)
    text = body.decode("utf-8", "replace")
    if "ExceptionReport" in text[:2000]:
        raise ServiceError(service, url, translate("HttpErrors", "the service reported an error: {text}").format(
            text=" ".join(text.split())[:300]), status)
    if not text.lstrip().startswith("<"):
        raise ServiceError(service, url, translate("HttpErrors", "the response is not XML"), status)
    return text
