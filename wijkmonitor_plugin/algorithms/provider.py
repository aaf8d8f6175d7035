"""The Processing provider ``wijkmonitor``.

Algorithm ids (``wijkmonitor:<name>``) are stable and lowercase: users' models and
scripts depend on them. Add a new algorithm class to :func:`algorithm_classes`.
"""

from __future__ import annotations

from qgis.core import Qgis, QgsMessageLog, QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..deps import missing_message, missing_packages
from ..i18n import translate
from ..paths import icon_path


def algorithm_classes() -> list:
    from .aggregate_areas import AggregateAreasAlgorithm
    from .clear_download_cache import ClearDownloadCacheAlgorithm
    from .compute_indicators import ComputeIndicatorsAlgorithm
    from .deprivation_index import DeprivationIndexAlgorithm
    from .download_cbs_table import DownloadCbsTableAlgorithm
    from .energy_transition import EnergyTransitionAlgorithm
    from .export_atlas import ExportAtlasAlgorithm
    from .export_maps import ExportMapsAlgorithm
    from .hotspots import HotspotsAlgorithm
    from .join_indicators import JoinIndicatorsAlgorithm
    from .leefbaarometer import LeefbaarometerAlgorithm
    from .load_neighbourhoods import LoadNeighbourhoodsAlgorithm
    from .load_sample import LoadSampleAlgorithm
    from .portrait import PortraitAlgorithm
    from .raster_indicators import RasterIndicatorsAlgorithm
    from .reallocate import ReallocateAlgorithm
    from .scenario import ScenarioAlgorithm
    from .similar_areas import SimilarAreasAlgorithm
    from .trend import TrendAlgorithm
    from .wijkprofile import WijkprofileAlgorithm

    return [  # in the order of the chain: data, indicators, index, scenarios, maps
        LoadSampleAlgorithm,
        LoadNeighbourhoodsAlgorithm,
        DownloadCbsTableAlgorithm,
        ClearDownloadCacheAlgorithm,
        JoinIndicatorsAlgorithm,
        LeefbaarometerAlgorithm,
        ComputeIndicatorsAlgorithm,
        AggregateAreasAlgorithm,
        ReallocateAlgorithm,
        TrendAlgorithm,
        RasterIndicatorsAlgorithm,
        WijkprofileAlgorithm,
        SimilarAreasAlgorithm,
        EnergyTransitionAlgorithm,
        DeprivationIndexAlgorithm,
        ScenarioAlgorithm,
        HotspotsAlgorithm,
        ExportMapsAlgorithm,
        ExportAtlasAlgorithm,
        PortraitAlgorithm,
    ]


class WijkmonitorProvider(QgsProcessingProvider):
    def id(self):
        return "wijkmonitor"

    def name(self):
        return "Wijkmonitor"

    def longName(self):  # noqa: N802 (QGIS API)
        return translate("WijkmonitorProvider", "Wijkmonitor – neighbourhood monitor for Dutch municipalities")

    def icon(self):
        return QIcon(icon_path())

    def svgIconPath(self):  # noqa: N802 (QGIS API)
        return icon_path()

    def loadAlgorithms(self):  # noqa: N802 (QGIS API)
        missing = missing_packages()
        if missing:
            QgsMessageLog.logMessage(missing_message(missing), "Wijkmonitor", Qgis.MessageLevel.Critical)
            return
        for cls in algorithm_classes():
            self.addAlgorithm(cls())
