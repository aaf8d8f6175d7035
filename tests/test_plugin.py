"""The plugin installs, loads, registers its provider and unloads cleanly."""

from __future__ import annotations

import configparser
import json
import zipfile

import pytest
from qgis.core import QgsApplication

from tests.conftest import ROOT, ensure_provider


def test_metadata_is_complete_and_honest():
    meta = configparser.ConfigParser()
    meta.read(ROOT / "metadata.txt", encoding="utf-8")
    general = meta["general"]
    assert general["qgisMinimumVersion"] == "3.22"
    assert general["qgisMaximumVersion"] == "4.99"
    assert general["hasProcessingProvider"] == "yes"
    for key in ("name", "description", "about", "version", "author", "license", "tags", "category", "icon",
                "changelog"):
        assert general.get(key, "").strip(), key
    assert (ROOT / general["icon"]).is_file()
    # no placeholder addresses: the project has no public home yet, and the README says so
    text = (ROOT / "metadata.txt").read_text(encoding="utf-8")
    assert "example.org" not in text and "example.com" not in text
    for key in ("homepage", "tracker", "repository", "email"):
        assert key not in general, f"{key}: only a real address belongs here"
    assert "no public repository" in (ROOT / "README.md").read_text(encoding="utf-8")
    assert "GPL-2.0-or-later" in general["license"]
    assert "GNU GENERAL PUBLIC LICENSE" in (ROOT / "LICENSE").read_text()


def test_plugin_loads_and_unloads_cleanly(recording_iface, qgis_app):
    from wijkmonitor_plugin import classFactory
    from wijkmonitor_plugin.plugin import MENU

    registry = QgsApplication.processingRegistry()
    before_provider = registry.providerById("wijkmonitor")
    if before_provider is not None:  # registered by another test's fixture
        registry.removeProvider(before_provider)
    plugin = classFactory(recording_iface)
    plugin.initGui()
    try:
        assert registry.providerById("wijkmonitor") is not None
        assert registry.providerById("wijkmonitor").name() == "Wijkmonitor"
        menu_items = recording_iface.plugin_menus[MENU]
        assert len(menu_items) >= 4 and menu_items == plugin.actions
        toolbar = plugin.toolbar
        assert toolbar is not None and toolbar.actions()
        assert all(not a.icon().isNull() for a in plugin.actions)
        texts = [a.text() for a in toolbar.actions()]
        assert any("Load neighbourhoods" in t for t in texts) and any("panel" in t.lower() for t in texts)
        # every action its own icon
        icons = [bytes(a.icon().pixmap(24, 24).toImage().bits().asstring(24 * 24 * 4)) for a in plugin.actions]
        assert len(set(icons)) == len(icons)
    finally:
        plugin.unload()
    assert registry.providerById("wijkmonitor") is None
    assert MENU not in recording_iface.plugin_menus
    assert recording_iface.docks == []
    assert plugin.actions == [] and plugin.toolbar is None and toolbar.actions() == []
    ensure_provider()


def test_panel_toggle_is_checkable_and_follows_the_dock(recording_iface, qgis_app):
    from wijkmonitor_plugin import classFactory

    registry = QgsApplication.processingRegistry()
    if registry.providerById("wijkmonitor") is not None:
        registry.removeProvider(registry.providerById("wijkmonitor"))
    recording_iface.mainWindow().show()  # a dock is only "visible to the user" in a shown window
    plugin = classFactory(recording_iface)
    plugin.initGui()
    try:
        action = plugin.panel_action
        assert action.isCheckable() and not action.isChecked()
        action.trigger()  # the toolbar button
        assert plugin.panel.isUserVisible() and action.isChecked()
        plugin.panel.close()  # the dock's own close button
        assert not action.isChecked()
        action.trigger()
        assert plugin.panel.isUserVisible()
    finally:
        plugin.unload()
        recording_iface.mainWindow().hide()
    ensure_provider()


def test_menu_sample_is_exactly_the_algorithm_output(run_alg, tmp_path):
    """Wijkmonitor ▸ Load Amsterdam sample gives what wijkmonitor:loadsample gives (statcode, statnaam, jaar …)."""
    from qgis.core import QgsProject

    from wijkmonitor_plugin.gui.actions import load_sample_into_project

    menu = load_sample_into_project(None, tmp_path)
    try:
        algorithm = run_alg("wijkmonitor:loadsample", {"OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
        assert menu.fields().names()[1:] == algorithm.fields().names()  # the GeoPackage adds its fid first
        assert menu.fields().names()[1:8] == ["statcode", "statnaam", "gemeentecode", "gemeentenaam", "wijkcode",
                                              "jaar", "wijknaam"]
        names = algorithm.fields().names()
        key = {f["statcode"]: [f[n] for n in names] for f in algorithm.getFeatures()}
        for feature in menu.getFeatures():
            assert [feature[n] for n in names] == key[feature["statcode"]]
        assert menu.featureCount() == algorithm.featureCount() == 519
        again = load_sample_into_project(None, tmp_path)  # reused, not rewritten
        assert again.source() == menu.source()
    finally:
        QgsProject.instance().removeAllMapLayers()


def test_processing_only_load_without_iface(qgis_app):
    """qgis_process calls classFactory(None) and then initProcessing()."""
    from wijkmonitor_plugin import classFactory

    registry = QgsApplication.processingRegistry()
    existing = registry.providerById("wijkmonitor")
    if existing is not None:
        registry.removeProvider(existing)
    plugin = classFactory(None)
    plugin.initProcessing()
    try:
        provider = registry.providerById("wijkmonitor")
        assert provider is not None
        assert "wijkmonitor:loadsample" in [a.id() for a in provider.algorithms()]
    finally:
        plugin.unload()
    assert registry.providerById("wijkmonitor") is None
    ensure_provider()


def test_algorithm_ids_are_stable_and_lowercase(processing_ready):
    provider = processing_ready.providerById("wijkmonitor")
    ids = [a.id() for a in provider.algorithms()]
    assert ids, "provider has no algorithms"
    for alg in provider.algorithms():
        assert alg.id() == alg.id().lower()
        assert alg.name().isidentifier()
        assert alg.shortHelpString().strip(), alg.id()
        assert alg.groupId() in {"data", "indicators", "index", "maps", "scenarios"}


def test_loadsample_outputs_normalised_buurten(run_alg):
    layer = run_alg("wijkmonitor:loadsample", {"OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    assert layer.featureCount() == 519
    names = layer.fields().names()
    assert names[:6] == ["statcode", "statnaam", "gemeentecode", "gemeentenaam", "wijkcode", "jaar"]
    assert "aantalInwoners" in names and len(names) > 200
    assert layer.crs().authid() == "EPSG:28992"
    total = sum(f["aantalInwoners"] or 0 for f in layer.getFeatures())
    assert total == 917890
    codes = {f["statcode"]: f for f in layer.getFeatures()}
    assert codes["BU0363AF08"]["wijkcode"] == "WK0363AF"
    assert all(f["gemeentecode"] == "GM0363" and f["jaar"] == 2023 for f in layer.getFeatures())
    water = codes["BU03639997"]
    assert water["aantalInwoners"] is None or water["aantalInwoners"] != water["aantalInwoners"] or \
        str(water["aantalInwoners"]) == "NULL"


def test_loadsample_can_leave_out_water(run_alg):
    layer = run_alg("wijkmonitor:loadsample", {"EXCLUDE_WATER": True, "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    assert 500 < layer.featureCount() < 519
    assert "BU03639997" not in {f["statcode"] for f in layer.getFeatures()}


def test_qgis_process_lists_provider_and_runs_loadsample(qgis_process, tmp_path):
    listing = qgis_process(["list"]).stdout
    assert "wijkmonitor:loadsample" in listing
    out = tmp_path / "sample.gpkg"
    proc = qgis_process(["run", "wijkmonitor:loadsample", "--", f"OUTPUT={out}"])
    assert out.is_file(), proc.stdout
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(str(out), "s", "ogr")
    assert layer.featureCount() == 519
    assert "statcode" in layer.fields().names()


def test_zip_is_installable(tmp_path, qgis_process):
    import subprocess
    import sys

    zip_path = tmp_path / "wijkmonitor_plugin.zip"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "build_plugin.py"), "--zip", str(zip_path)], check=True)
    with zipfile.ZipFile(zip_path) as zf:
        names = zf.namelist()
        zf.extractall(tmp_path / "plugins")
    assert "wijkmonitor_plugin/metadata.txt" in names
    assert "wijkmonitor_plugin/resources/sample/amsterdam_buurten_2023.gpkg" in names
    assert not [n for n in names if n.endswith(".pyc") or "__pycache__" in n or "/tests/" in n]
    # the unpacked plugin runs in qgis_process on its own (no source tree, no ../shared)
    proc = qgis_process(["list"], extra_env={"QGIS_PLUGINPATH": str(tmp_path / "plugins")})
    assert "wijkmonitor:loadsample" in proc.stdout


@pytest.mark.parametrize("locale,expected", [("nl", "Buurten Amsterdam 2023"), ("en", "Buurten Amsterdam 2023")])
def test_translation_loads_for_locale(qgis_app, locale, expected):
    from wijkmonitor_plugin import i18n

    try:
        loaded = i18n.install_translator(locale)
        text = i18n.translate("Groups", "4 · Maps and layouts")
        if locale == "nl":
            assert loaded
            assert text != "4 · Maps and layouts"
        else:
            assert not loaded
            assert text == "4 · Maps and layouts"
    finally:
        i18n.remove_translator()


def test_missing_pandas_message_is_clear():
    from wijkmonitor_plugin.deps import missing_message

    message = missing_message(["pandas"])
    assert "pandas" in message and "python3-pandas" in message
    json.dumps(message)
