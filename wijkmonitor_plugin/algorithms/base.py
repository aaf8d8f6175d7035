"""What every Wijkmonitor Processing algorithm shares: id, group, translation, icon."""

from __future__ import annotations

from qgis.core import QgsFeatureRequest, QgsProcessingAlgorithm
from qgis.PyQt.QtGui import QIcon

from ..i18n import translate
from ..paths import icon_path
from ..qgis_adapters.compat import parameter_as_strings

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

    def parameterAsFieldNames(self, parameters, name, context) -> list[str]:  # noqa: N802 (QGIS API style)
        """The field names chosen in a field parameter (empty list when none).

        ``parameterAsStrings`` where QGIS has it (3.40 and later, where ``parameterAsFields`` is
        deprecated), ``parameterAsFields`` on older versions.
        """
        return parameter_as_strings(self, parameters, name, context)

    def parameterAsFieldName(self, parameters, name, context) -> str | None:  # noqa: N802 (QGIS API style)
        """The one field name chosen in a single-field parameter, or ``None`` when none is chosen."""
        names = self.parameterAsFieldNames(parameters, name, context)
        return names[0] if names else None

    def helpUrl(self):  # noqa: N802 (QGIS API)
        return "https://github.com/wijkmonitor/wijkmonitor#" + self.NAME
