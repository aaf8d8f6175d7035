"""Checks for the Python packages the analysis needs beyond PyQGIS.

The plugin must load without them and say clearly what to install.
"""

from __future__ import annotations

from .i18n import translate


def missing_packages() -> list[str]:
    missing = []
    for name in ("numpy", "pandas"):
        try:
            __import__(name)
        except ImportError:
            missing.append(name)
    return missing


def missing_message(missing: list[str]) -> str:
    return translate(
        "Dependencies",
        "Wijkmonitor needs the Python package(s) {packages}, which this QGIS does not have. "
        "On Debian/Ubuntu install python3-pandas (sudo apt install python3-pandas); with the "
        "OSGeo4W installer on Windows select python3-pandas in the Advanced install; on macOS "
        "and elsewhere run 'python3 -m pip install pandas' in the QGIS Python console's Python. "
        "Then restart QGIS."
    ).format(packages=", ".join(missing))
