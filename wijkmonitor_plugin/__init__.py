"""Wijkmonitor: a neighbourhood (wijk and buurt) monitor for Dutch municipalities.

QGIS calls :func:`classFactory` with the interface of the running QGIS, or with
``None`` when the plugin is loaded by ``qgis_process``.
"""


def classFactory(iface):  # noqa: N802 (name required by QGIS)
    from .plugin import WijkmonitorPlugin

    return WijkmonitorPlugin(iface)
