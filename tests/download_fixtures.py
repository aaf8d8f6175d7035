"""Shared parts of the download tests: the local CBS/PDOK stand-in, settings, call helpers.

Real QGIS network stack (QgsNetworkAccessManager), real sockets, real data from
tests/data/nl (see tests/fake_cbs.py and tests/fake_pdok.py); failures are injected by the server.
Test modules import the fixtures they use: ``from tests.download_fixtures import net, server``.
"""

from __future__ import annotations

import json
import time

import pytest
from qgis.core import QgsProcessingFeedback, QgsSettings

from tests.conftest import NL, wait_for_task
from tests.fake_cbs_pdok import FakeServer

SETTINGS = {"wijkmonitor/network/timeout_seconds": 1.0, "wijkmonitor/network/retries": 2,
            "wijkmonitor/network/backoff_seconds": 0.05, "wijkmonitor/cache/max_age_days": 30.0,
            "wijkmonitor/network/max_pages": 2000}
#: settings a test may change that the fixture puts back (newer map years found on PDOK, when last looked)
RESTORED = ["wijkmonitor/cache/directory", "wijkmonitor/pdok/years_found", "wijkmonitor/pdok/years_checked"]
KWB_VALUES = json.loads((NL / "odata_85984NED_kwb2024" / "wijken_gemeenten_2024_8_variables.json").read_text())
VARIABLES = "Aantal inwoners; Mannen; Vrouwen; Oppervlakte land"
# LEVEL: 0 gemeenten, 1 wijken, 2 buurten; YEAR: the calendar year; SOURCE: 0 OGC API, 1 WFS, 2 GeoPackage, 3 sample
Y2023, Y2021 = 2023, 2021


@pytest.fixture(scope="module")
def server():
    fake = FakeServer(page_size=200)
    yield fake
    fake.stop()


@pytest.fixture()
def net(server, tmp_path, monkeypatch, processing_ready):
    """The plugin's base URLs on the local server, short timeouts, a fresh cache."""
    for key, value in server.env().items():
        monkeypatch.setenv(key, value)
    settings = QgsSettings()
    saved = {k: settings.value(k) for k in [*SETTINGS, *RESTORED]}
    for key, value in SETTINGS.items():
        settings.setValue(key, value)
    settings.setValue("wijkmonitor/cache/directory", str(tmp_path / "cache"))
    settings.setValue("wijkmonitor/pdok/years_found", [])
    settings.setValue("wijkmonitor/pdok/years_checked", time.time())  # no looking for newer years unless asked
    server.reset()
    yield server
    for key, value in saved.items():
        if value is None:
            settings.remove(key)
        else:
            settings.setValue(key, value)


class Recorder(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.warnings, self.infos = [], []

    def pushWarning(self, text):  # noqa: N802 (QGIS API)
        self.warnings.append(text)

    def pushInfo(self, text):  # noqa: N802 (QGIS API)
        self.infos.append(text)

    def log(self) -> str:
        return "\n".join(self.warnings + self.infos)


def table(run_alg, feedback=None, **params):
    params = {"MUNICIPALITIES": "Amsterdam", "LEVELS": [1, 2], "VARIABLES": VARIABLES, "OUTPUT": "TEMPORARY_OUTPUT",
              **params}
    return run_alg("wijkmonitor:downloadcbstable", params, feedback=feedback)["OUTPUT"]


def neighbourhoods(run_alg, feedback=None, **params):
    params = {"MUNICIPALITIES": "GM0363", "LEVEL": 2, "YEAR": Y2023, "SOURCE": 0, "OUTPUT": "TEMPORARY_OUTPUT",
              **params}
    return run_alg("wijkmonitor:loadneighbourhoods", params, feedback=feedback)["OUTPUT"]


def by_code(layer):
    return {f["statcode"]: f for f in layer.getFeatures()}


# -- plain logic (no network) ------------------------------------------------------------------


def wait_for(task, dialog=None, timeout=60.0):
    """Wait until ``task`` has finished (on its signals) and, with a ``dialog``, until the dialog has taken the
    result in (its Load button is enabled again: the finished signal may arrive a little after the status)."""
    from qgis.PyQt.QtCore import QCoreApplication

    wait_for_task(task, timeout)
    end = time.monotonic() + timeout
    while dialog is not None and not dialog.run_button.isEnabled():
        assert time.monotonic() < end, "the dialog did not take the result in"
        QCoreApplication.processEvents()
        time.sleep(0.02)
    for _ in range(20):  # let the remaining signals reach the dialog
        QCoreApplication.processEvents()
