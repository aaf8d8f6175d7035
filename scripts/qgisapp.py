"""A headless QGIS application with Processing and the Wijkmonitor provider, for scripts."""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

_APP = None
_PROVIDER = None  # keep a Python reference, or sip loses the provider's Python subclass


def start():
    """Start QGIS once; return the application."""
    global _APP, _PROVIDER
    if _APP is not None:
        return _APP
    from qgis.core import QgsApplication

    QgsApplication.setPrefixPath("/usr", True)
    _APP = QgsApplication([], False)
    _APP.initQgis()
    sys.path.append(str(Path(QgsApplication.pkgDataPath()) / "python" / "plugins"))
    from processing.core.Processing import Processing

    Processing.initialize()
    from wijkmonitor_plugin.algorithms.provider import WijkmonitorProvider

    _PROVIDER = WijkmonitorProvider()
    QgsApplication.processingRegistry().addProvider(_PROVIDER)
    return _APP
