"""What every Wijkmonitor Processing algorithm shares: id, group, translation, icon."""

from __future__ import annotations

from qgis.core import QgsFeatureRequest, QgsProcessingAlgorithm
from qgis.PyQt.QtGui import QIcon

from ..i18n import translate
from ..paths import icon_path

GROUP_DATA = "data"
GROUP_INDICATORS = "indicators"
GROUP_INDEX = "index"
GROUP_MAPS = "maps"
GROUP_SCENARIOS = "scenarios"


def group_name(group_id: str) -> str:
    return {
        GROUP_DATA: translate("Groups", "1 · Neighbourhood data"),
        GROUP_INDICATORS: translate("Groups", "2 · Indicators and themes"),
        GROUP_INDEX: translate("Groups", "3 · Achterstandsmonitor (deprivation index)"),
        GROUP_MAPS: translate("Groups", "4 · Maps and layouts"),
        GROUP_SCENARIOS: translate("Groups", "5 · Policy scenarios"),
    }[group_id]


class WijkmonitorAlgorithm(QgsProcessingAlgorithm):
    """Subclasses set ``NAME`` (stable, lowercase) and ``GROUP``."""

    NAME = ""
    GROUP = GROUP_DATA

    def tr(self, text: str) -> str:
        return translate(self.__class__.__name__, text)

    def name(self):
        return self.NAME

    def group(self):
        return group_name(self.GROUP)

    def groupId(self):  # noqa: N802 (QGIS API)
        return self.GROUP

    def icon(self):
        return QIcon(icon_path())

    def createInstance(self):  # noqa: N802 (QGIS API)
        return self.__class__()

    def parameterAsSource(self, parameters, name, context):  # noqa: N802 (QGIS API)
        """The feature source, remembering the layer behind it so frames can be read column-wise.

        :func:`~wijkmonitor_plugin.qgis_adapters.frames.source_to_frame` uses that layer only when
        it gives exactly the source's features (whole layer, no filter, no skipped geometries).
        """
        source = super().parameterAsSource(parameters, name, context)
        if source is not None and context.invalidGeometryCheck() != \
                QgsFeatureRequest.InvalidGeometryCheck.GeometrySkipInvalid:
            source.wijkmonitor_layer = self.parameterAsVectorLayer(parameters, name, context)
        return source

    def helpUrl(self):  # noqa: N802 (QGIS API)
        return "https://github.com/wijkmonitor/wijkmonitor#" + self.NAME
