"""The cluster map of a hotspot analysis: HH red, LL blue, HL and LH pale, not significant grey.

Colours follow the convention of GeoDa and PySAL's cluster maps (high–high red, low–low blue,
the outliers in light red and light blue), so a map reads the same as in those tools. Areas
without a class (no neighbours, or no value) get the hatched "no data" symbol of the maps area.
"""

from __future__ import annotations

from qgis.core import QgsCategorizedSymbolRenderer, QgsRendererCategory

from ..i18n import translate
from .style import fill_symbol, no_data_symbol

COLOURS = {"HH": "#d7191c", "LL": "#2c7bb6", "HL": "#fdae61", "LH": "#abd9e9", "ns": "#eeeeee"}


def class_labels() -> dict:
    return {
        "HH": translate("HotspotStyle", "High among high (hotspot)"),
        "LL": translate("HotspotStyle", "Low among low (coldspot)"),
        "HL": translate("HotspotStyle", "High among low (outlier)"),
        "LH": translate("HotspotStyle", "Low among high (outlier)"),
        "ns": translate("HotspotStyle", "Not significant"),
    }


def cluster_renderer(class_field: str) -> QgsCategorizedSymbolRenderer:
    labels = class_labels()
    categories = [QgsRendererCategory(key, fill_symbol(COLOURS[key]), labels[key]) for key in ("HH", "LL", "HL",
                                                                                                "LH", "ns")]
    categories.append(QgsRendererCategory(None, no_data_symbol(),
                                          translate("HotspotStyle", "No neighbours or no value")))
    return QgsCategorizedSymbolRenderer(class_field, categories)
