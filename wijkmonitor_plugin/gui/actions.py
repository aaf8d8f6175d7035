"""Small GUI actions of the Wijkmonitor menu."""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsApplication, QgsProject, QgsVectorLayer

from ..i18n import translate
from ..paths import resource, sample_path

SAMPLE_OUTPUT = "amsterdam_buurten_2023_wijkmonitor.gpkg"


def sample_folder() -> Path:
    """Where the menu keeps its copy of the sample: the QGIS profile, so a saved project finds it again."""
    return Path(QgsApplication.qgisSettingsDirPath()) / "wijkmonitor"


def load_sample_into_project(iface=None, folder=None) -> QgsVectorLayer:
    """Wijkmonitor ▸ Load Amsterdam sample: exactly what ``wijkmonitor:loadsample`` gives, added to the project.

    The algorithm writes a GeoPackage in ``folder`` (default :func:`sample_folder`) the first time
    and whenever the bundled sample is newer; later loads reuse it.
    """
    import processing

    target = Path(folder or sample_folder()) / SAMPLE_OUTPUT
    sources = [sample_path(), resource("sample", "amsterdam_wijknamen_2024.csv")]
    if not target.is_file() or target.stat().st_mtime < max(p.stat().st_mtime for p in sources):
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(f".{target.stem}.part.gpkg")
        processing.run("wijkmonitor:loadsample", {"OUTPUT": str(partial)})
        partial.replace(target)
    layer = QgsVectorLayer(str(target), translate("Actions", "Buurten Amsterdam 2023 (CBS)"), "ogr")
    if not layer.isValid():
        raise RuntimeError(
            translate("Actions", "The sample {path} could not be opened. Delete it and load the sample again.").format(
                path=target))
    QgsProject.instance().addMapLayer(layer)
    return layer
