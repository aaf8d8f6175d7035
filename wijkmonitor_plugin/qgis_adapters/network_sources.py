"""What the CBS table and PDOK map downloads share: service names, progress, bad answers.

The downloads themselves are :mod:`.cbs_download` (CBS OData tables) and
:mod:`.pdok_download` (the Wijk- en Buurtkaart); both walk pages through a
:class:`.network.Downloader` (QGIS network stack, cache, retries, cancel). Everything is
collected first: an interrupted download raises and never yields a partial result.
"""

from __future__ import annotations

from ..core.http_errors import ServiceError
from ..i18n import translate


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


class Progress:
    """Progress over ``steps`` chunks, advancing within a chunk page by page."""

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
