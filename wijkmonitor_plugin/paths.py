"""Where the plugin finds its resources, in the source tree and in the installed plugin.

In the repository the resources live beside the package (``resources/``); in the
built plugin folder (``make zip`` / ``make install``) they live inside it.
"""

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


def resources_dir() -> Path:
    inside = PACKAGE_DIR / "resources"
    if inside.is_dir():
        return inside
    return PACKAGE_DIR.parent / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def metadata_file() -> Path:
    inside = PACKAGE_DIR / "metadata.txt"
    return inside if inside.is_file() else PACKAGE_DIR.parent / "metadata.txt"


def icon_path(name: str = "wijkmonitor.svg") -> str:
    return str(resource("icons", name))


SAMPLE_GPKG = "amsterdam_buurten_2023.gpkg"


def sample_path() -> Path:
    return resource("sample", SAMPLE_GPKG)
