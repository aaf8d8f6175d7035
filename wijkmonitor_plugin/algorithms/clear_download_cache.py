"""wijkmonitor:clearcache — empty the Wijkmonitor download cache."""

from __future__ import annotations

from qgis.core import QgsProcessingOutputNumber, QgsProcessingOutputString

from ..qgis_adapters.cache import ResponseCache
from .base import GROUP_DATA, WijkmonitorAlgorithm


class ClearDownloadCacheAlgorithm(WijkmonitorAlgorithm):
    NAME = "clearcache"
    GROUP = GROUP_DATA
    REMOVED = "REMOVED"
    FOLDER = "FOLDER"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("Clear the download cache")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return self.tr(
            "Deletes every CBS and PDOK response that Wijkmonitor keeps in the QGIS profile, so the next "
            "download fetches everything again. Outputs the number of responses removed and the cache folder.")

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.addOutput(QgsProcessingOutputNumber(self.REMOVED, self.tr("Responses removed")))
        self.addOutput(QgsProcessingOutputString(self.FOLDER, self.tr("Cache folder")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        cache = ResponseCache()
        count, size = cache.clear()
        feedback.pushInfo(self.tr("Removed {n} cached responses ({mb:.1f} MB) from {folder}.").format(
            n=count, mb=size / 1e6, folder=cache.directory))
        return {self.REMOVED: count, self.FOLDER: str(cache.directory)}
