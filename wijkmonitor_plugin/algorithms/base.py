"""What every Wijkmonitor Processing algorithm shares: id, group, translation, icon."""

from __future__ import annotations

import functools
import html

from qgis.core import QgsApplication, QgsFeatureRequest, QgsProcessingAlgorithm
from qgis.PyQt.QtGui import QIcon

from ..i18n import translate
from ..paths import icon_path

GROUP_DATA = "data"
GROUP_INDICATORS = "indicators"
GROUP_INDEX = "index"
GROUP_MAPS = "maps"
GROUP_SCENARIOS = "scenarios"


#: the toolbox icon of each group's algorithms (the provider keeps wijkmonitor.svg, the index's map)
GROUP_ICONS = {GROUP_DATA: "alg_data.svg", GROUP_INDICATORS: "alg_indicators.svg", GROUP_INDEX: "wijkmonitor.svg",
               GROUP_MAPS: "alg_maps.svg", GROUP_SCENARIOS: "alg_scenarios.svg"}


def group_name(group_id: str) -> str:
    return {
        GROUP_DATA: translate("Groups", "1 · Neighbourhood data"),
        GROUP_INDICATORS: translate("Groups", "2 · Indicators and themes"),
        GROUP_INDEX: translate("Groups", "3 · Achterstandsmonitor (deprivation index)"),
        GROUP_MAPS: translate("Groups", "4 · Maps and layouts"),
        GROUP_SCENARIOS: translate("Groups", "5 · Policy scenarios"),
    }[group_id]


def help_html(text: str) -> str:
    """``text`` for QGIS's HTML help: ``<``, ``>`` and ``&`` escaped (line breaks stay: QGIS makes them
    paragraphs); unchanged in qgis_process, which prints help to a terminal."""
    if not text or QgsApplication.platform() == "qgis_process":
        return text
    return html.escape(text, quote=False)


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
        return QIcon(icon_path(GROUP_ICONS.get(self.GROUP, "wijkmonitor.svg")))

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

    # -- outputs and dialogs (issue 13): escaped help, styled outputs -------------------------------
    #
    # QGIS shows an algorithm's help and a parameter's help as HTML (the dialog's help pane, tooltips,
    # the modeler): every subclass's shortHelpString and every parameter's help is escaped here, once,
    # so "<domain>_score" shows as written. qgis_process prints the same texts to a terminal as they are.
    #
    # The dialog is QGIS's own, ending a run on its log with the files written (createCustomParametersWidget).
    #
    # An algorithm hands each layer it writes to ``style_output`` with an OutputStyle; once the run is
    # over and every sink is closed, ``postProcessAlgorithm`` gives it its style and aliases (in a
    # GeoPackage as the default style in ``layer_styles``; see qgis_adapters/style_outputs.py).

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        own = cls.__dict__.get("shortHelpString")
        if own is not None:
            @functools.wraps(own)
            def shortHelpString(self, _own=own):  # noqa: N802 (QGIS API)
                return help_html(_own(self))

            cls.shortHelpString = shortHelpString

    def addParameter(self, parameter, createOutput=True):  # noqa: N802, N803 (QGIS API)
        if parameter.help():
            parameter.setHelp(help_html(parameter.help()))
        return super().addParameter(parameter, createOutput)

    def createCustomParametersWidget(self, parent=None):  # noqa: N802 (QGIS API)
        """QGIS's own algorithm dialog, ending a run on the files it wrote (see gui/results_dialog.py)."""
        from ..gui.results_dialog import ResultsDialog

        return ResultsDialog(self, parent=parent) if ResultsDialog is not None else None

    def style_output(self, dest_id, style) -> None:
        """Style output ``dest_id`` with ``style`` (a :class:`..qgis_adapters.style_outputs.OutputStyle`) once
        it is written."""
        if dest_id:
            self.__dict__.setdefault("_wijkmonitor_styles", []).append((dest_id, style))

    def postProcessAlgorithm(self, context, feedback):  # noqa: N802 (QGIS API)
        from ..qgis_adapters.style_outputs import finish_output

        for dest_id, style in self.__dict__.pop("_wijkmonitor_styles", []):
            finish_output(dest_id, style, context, feedback, self.displayName())
        return {}
