"""What the CBS table and PDOK map downloads share: service names, progress, the paging guard, bad answers.

The downloads themselves are :mod:`.cbs_download` (CBS OData tables) and
:mod:`.pdok_download` (the Wijk- en Buurtkaart); both walk pages through a
:class:`.network.Downloader` (QGIS network stack, cache, retries, cancel) and a
:class:`PageGuard`, which refuses paging that loops or runs away, from the network and from
the cache alike. Everything is collected first: an interrupted download raises and never
yields a partial result.
"""

from __future__ import annotations

import hashlib
import json

from ..core.http_errors import ServiceError, UnreliableAnswerError
from ..i18n import translate
from .network import max_pages as default_max_pages


def service_names() -> dict:
    return {
        "odata": translate("NetworkSources", "CBS OData (opendata.cbs.nl)"),
        "odata4": translate("NetworkSources", "CBS OData v4 (datasets.cbs.nl)"),
        "catalog": translate("NetworkSources", "CBS table catalogue"),
        "ogc": translate("NetworkSources", "PDOK OGC API Features"),
        "wfs": translate("NetworkSources", "PDOK WFS"),
    }


def bad_shape(service: str, url: str, exc: Exception) -> ServiceError:
    return ServiceError(service, url, str(exc), 200, translate(
        "NetworkSources", "The service answered with data in an unexpected form. Check the base URL settings "
                          "(a mirror may be misconfigured) or try again later."))


def page_fingerprint(payload) -> str:
    """A short digest of a page: its number of rows and its first and last row (OData ``value``,
    GeoJSON ``features``), or the whole answer when it has neither."""
    rows = None
    if isinstance(payload, dict):
        rows = payload.get("features") if isinstance(payload.get("features"), list) else payload.get("value")
    if isinstance(rows, list):
        probe = [len(rows), rows[:1], rows[-1:]]
    else:
        probe = payload
    return hashlib.sha1(json.dumps(probe, sort_keys=True, default=str).encode("utf-8")).hexdigest()


class PageGuard:
    """Watches one paged listing and refuses it when the paging cannot be trusted.

    A ``next`` link that was already followed (a loop), a page identical to the one before (a
    server that ignores ``startIndex`` or the cursor), or more than ``max_pages`` pages raise
    :class:`UnreliableAnswerError`, so nothing is written from such a listing. Pages from the
    cache go through the same checks.
    """

    def __init__(self, service: str, max_pages: int | None = None):
        self.service = service
        self.max_pages = int(max_pages if max_pages is not None else default_max_pages())
        self.pages = 0
        self._urls: set = set()
        self._previous: str | None = None

    def check(self, url: str, payload) -> None:
        """Check the page ``payload`` that ``url`` gave, before its rows are used."""
        self.pages += 1
        if url in self._urls:
            raise self._error(translate("NetworkSources", "the service sends Wijkmonitor back to a page it already "
                                                          "gave (page {n})").format(n=self.pages), url)
        self._urls.add(url)
        fingerprint = page_fingerprint(payload)
        if fingerprint == self._previous:
            raise self._error(translate("NetworkSources", "the service gave the same page twice (page {n}); it "
                                                          "ignores the paging").format(n=self.pages), url)
        self._previous = fingerprint
        if self.pages > self.max_pages:
            raise self._error(translate("NetworkSources", "the listing has more than {n} pages").format(
                n=self.max_pages), url)

    def _error(self, problem: str, url: str) -> UnreliableAnswerError:
        return UnreliableAnswerError(self.service, url, problem, 200, translate(
            "NetworkSources", "Nothing was written. Try again later; if it keeps happening, download again with the "
                              "refresh option or check the base URL settings (a mirror may be misconfigured)."))


class Progress:
    """Progress over ``steps`` chunks, advancing within a chunk page by page.

    Without a total (gokoala gives no ``numberMatched``) each page covers half of what is left
    of the chunk, so the bar keeps moving and never claims to be done early.
    """

    def __init__(self, feedback, steps: int, start: float = 0.0, span: float = 100.0):
        self.feedback, self.steps, self.start, self.span = feedback, max(steps, 1), start, span
        self.step = 0

    def page(self, pages_done: int, pages_total: int | None = None):
        if self.feedback is None:
            return
        within = pages_done / pages_total if pages_total else 1 - 0.5 ** pages_done
        self.feedback.setProgress(self.start + self.span * (self.step + min(within, 1.0)) / self.steps)

    def next(self):
        self.step += 1
        self.page(0)
