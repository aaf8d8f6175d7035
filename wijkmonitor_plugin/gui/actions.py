"""Small GUI actions of the Wijkmonitor menu."""

from __future__ import annotations

from qgis.core import QgsProject, QgsVectorLayer

from ..i18n import translate
from ..paths import sample_path


def load_sample_into_project(iface=None) -> QgsVectorLayer:
    """Add the bundled Amsterdam buurten 2023 to the current project and return the layer."""
    uri = f"{sample_path()}|layername=buurten"
    name = translate("Actions", "Buurten Amsterdam 2023 (CBS)")
    layer = QgsVectorLayer(uri, name, "ogr")
    if not layer.isValid():
        raise RuntimeError(
            translate("Actions", "The bundled sample {path} could not be opened. Reinstall the plugin.").format(
                path=sample_path()
            )
        )
    QgsProject.instance().addMapLayer(layer)
    return layer
