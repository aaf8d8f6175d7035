"""The neighbourhood map (loadneighbourhoods and the dialog) against the local PDOK stand-in (tests/fake_pdok.py)."""

from __future__ import annotations

import shutil
import time

import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer

from tests.conftest import NL, ROOT
from tests.download_fixtures import KWB_VALUES, Y2021, by_code, neighbourhoods, table, wait_for
from wijkmonitor_plugin.core import cbs_municipalities


def test_municipalities_by_code_and_name_with_apostrophes_and_accents():
    assert len(cbs_municipalities.municipalities()) == 342
    resolve = cbs_municipalities.resolve
    assert resolve("'s-Hertogenbosch") == [("GM0796", "'s-Hertogenbosch")]
    assert resolve("’s-hertogenbosch; Sudwest Fryslan, 363") == [
        ("GM0796", "'s-Hertogenbosch"), ("GM1900", "Súdwest-Fryslân"), ("GM0363", "Amsterdam")]
    assert resolve("GM0999") == [("GM0999", None)]  # a code of another year is kept
    assert resolve("") == []
    with pytest.raises(ValueError, match="Amsterdam"):
        resolve("Amsterdm")
    assert cbs_municipalities.matches("bosch", "GM0796", "'s-Hertogenbosch")
    assert cbs_municipalities.matches("796", "GM0796", "'s-Hertogenbosch")


def test_municipality_with_apostrophe(net, run_alg):
    layer = neighbourhoods(run_alg, LEVEL=0, SOURCE=1, MUNICIPALITIES="'s-Hertogenbosch; Súdwest-Fryslân")
    rows = by_code(layer)
    assert set(rows) == {"GM0796", "GM1900"}
    assert rows["GM0796"]["statnaam"] == "'s-Hertogenbosch" and rows["GM0796"]["jaar"] == 2023
    assert rows["GM0796"]["aantalInwoners"] > 150000
    wijken = table(run_alg, MUNICIPALITIES="'s-Hertogenbosch", LEVELS=[0, 1])
    expected = {k for k in KWB_VALUES if k[2:6] == "0796"}
    assert set(by_code(wijken)) == expected
    assert by_code(wijken)["GM0796"]["AantalInwoners"] == KWB_VALUES["GM0796"]["AantalInwoners_5"]


# -- loadneighbourhoods -----------------------------------------------------------------------


def test_ogc_api_buurten_paged_normalised_rd_new(net, run_alg):
    layer = neighbourhoods(run_alg)
    assert net.hits("/collections/buurten/items") == 3  # 519 features, server pages of 200
    assert layer.featureCount() == 519 and layer.crs().authid() == "EPSG:28992"
    assert layer.fields().names()[:6] == ["statcode", "statnaam", "gemeentecode", "gemeentenaam", "wijkcode", "jaar"]
    assert "aantalInwoners" in layer.fields().names() and "buurtcode" in layer.fields().names()
    assert sum(f["aantalInwoners"] or 0 for f in layer.getFeatures()) == 917890
    row = by_code(layer)["BU0363AF08"]
    assert row["wijkcode"] == "WK0363AF" and row["jaar"] == 2023 and row["gemeentenaam"] == "Amsterdam"
    assert 110000 < row.geometry().centroid().asPoint().x() < 130000
    dry = neighbourhoods(run_alg, EXCLUDE_WATER=True)
    assert 500 < dry.featureCount() < 519 and "BU03639997" not in by_code(dry)


def test_wfs_2021_snake_case_and_water(net, run_alg):
    layer = neighbourhoods(run_alg, YEAR=Y2021, SOURCE=1, MUNICIPALITIES="Ermelo")
    assert layer.featureCount() == 17
    rows = by_code(layer)
    assert rows["BU02330003"]["statnaam"] == "Veldwijk-'s Heerenloo" and rows["BU02330003"]["jaar"] == 2021
    assert "jaarstatcode" in layer.fields().names()
    dry = neighbourhoods(run_alg, YEAR=Y2021, SOURCE=1, MUNICIPALITIES="Ermelo", EXCLUDE_WATER=True)
    assert dry.featureCount() == 16 and "BU02339997" not in by_code(dry)
    with pytest.raises(QgsProcessingException, match="from 2023"):
        neighbourhoods(run_alg, YEAR=Y2021, SOURCE=0, MUNICIPALITIES="Ermelo")


def test_geopackage_on_disk_and_bundled_sample(run_alg, processing_ready, tmp_path):
    gpkg = tmp_path / "WijkBuurtkaart_2021_ermelo.gpkg"  # a copy: SQLite touches the header of a file it opens
    shutil.copy(NL / "ermelo_buurten_2021_geometry_only.gpkg", gpkg)
    layer = neighbourhoods(run_alg, SOURCE=2, GPKG=str(gpkg), MUNICIPALITIES="")
    assert layer.featureCount() == 17 and {f["jaar"] for f in layer.getFeatures()} == {2021}
    with pytest.raises(QgsProcessingException, match="no layer with gemeenten"):
        neighbourhoods(run_alg, SOURCE=2, LEVEL=0, GPKG=str(gpkg))
    sample = neighbourhoods(run_alg, SOURCE=3, MUNICIPALITIES="Amsterdam", EXCLUDE_WATER=True)
    assert 500 < sample.featureCount() < 519


def test_empty_map_results_are_errors_not_empty_layers(net, run_alg):
    with pytest.raises(QgsProcessingException, match="no wijken"):
        neighbourhoods(run_alg, LEVEL=1)


def test_qgis_process_loads_neighbourhoods_from_the_local_server(server, qgis_process, tmp_path):
    import subprocess
    import sys

    subprocess.run([sys.executable, str(ROOT / "scripts" / "build_plugin.py"), "--folder",
                    str(ROOT / "build" / "wijkmonitor_plugin")], check=True)
    out = tmp_path / "buurten.gpkg"
    qgis_process(["run", "wijkmonitor:loadneighbourhoods", "--", "LEVEL=2", "YEAR=1", "SOURCE=0",
                  "MUNICIPALITIES=Amsterdam", f"OUTPUT={out}"], extra_env=server.env())
    layer = QgsVectorLayer(str(out), "b", "ogr")
    assert layer.featureCount() == 519 and layer.crs().authid() == "EPSG:28992"


# -- GUI ------------------------------------------------------------------------------------

def test_dialog_loads_layers_into_a_group_off_the_main_thread(net, qgis_iface, tmp_path):
    from qgis.core import QgsProject

    from wijkmonitor_plugin.gui.load_dialog import LoadDialog

    dialog = LoadDialog(qgis_iface)
    assert dialog.picker.filter("'s-hert") == 1 and dialog.picker.filter("sudwest") == 1
    assert dialog.picker.filter("0363") == 1
    dialog.picker.search.setText("Amsterdam")
    dialog.picker.search.returnPressed.emit()
    assert dialog.picker.selected() == [("GM0363", "Amsterdam")]
    dialog.year.setCurrentIndex(dialog.year.findData(2023))
    dialog.level_boxes["wijken"].setChecked(False)
    dialog.level_boxes["buurten"].setChecked(True)
    dialog.folder.setFilePath(str(tmp_path))
    dialog.run_button.click()
    assert not dialog.run_button.isEnabled() and dialog.cancel_button.isEnabled()
    wait_for(dialog.task)
    group = QgsProject.instance().layerTreeRoot().findGroup("Wijkmonitor – Amsterdam 2023")
    try:
        assert group is not None and dialog.group is group
        layers = [node.layer() for node in group.findLayers()]
        assert len(layers) == 1 and layers[0].featureCount() == 519
        assert layers[0].crs().authid() == "EPSG:28992" and "statcode" in layers[0].fields().names()
        assert dialog.progress.value() == 100 and dialog.run_button.isEnabled()
        assert not list(tmp_path.glob("*.part.gpkg"))
    finally:
        if group is not None:
            QgsProject.instance().removeMapLayers([n.layerId() for n in group.findLayers()])
            QgsProject.instance().layerTreeRoot().removeChildNode(group)


def test_dialog_cancel_adds_nothing(net, qgis_iface, tmp_path):
    from qgis.core import QgsProject
    from qgis.PyQt.QtCore import QCoreApplication

    from wijkmonitor_plugin.gui.load_dialog import LoadDialog

    net.on_request = lambda path: time.sleep(0.4) if "/items" in path else None
    dialog = LoadDialog(qgis_iface)
    dialog.picker.select_codes(["GM0363"])
    dialog.year.setCurrentIndex(dialog.year.findData(2023))
    dialog.folder.setFilePath(str(tmp_path))
    dialog.start()
    end = time.monotonic() + 10
    while net.hits("/items") < 1 and time.monotonic() < end:
        QCoreApplication.processEvents()
        time.sleep(0.02)
    dialog.cancel_button.click()
    wait_for(dialog.task)
    assert "Cancelled" in dialog.status.text()
    assert QgsProject.instance().layerTreeRoot().findGroup("Wijkmonitor – Amsterdam 2023") is None
    assert not list(tmp_path.glob("*.gpkg"))


def test_dialog_shows_why_a_download_failed(net, qgis_iface, tmp_path):
    from qgis.core import QgsProject

    from wijkmonitor_plugin.gui.load_dialog import LoadDialog

    dialog = LoadDialog(qgis_iface)
    dialog.picker.select_codes(["GM0363"])
    dialog.year.setCurrentIndex(dialog.year.findData(2023))
    dialog.level_boxes["wijken"].setChecked(True)  # the wijken collection is empty: nothing is added
    dialog.folder.setFilePath(str(tmp_path))
    wait_for(dialog.start())
    assert "failed" in dialog.status.text() and "no wijken" in dialog.status.text()
    assert QgsProject.instance().layerTreeRoot().findGroup("Wijkmonitor – Amsterdam 2023") is None
    assert not list(tmp_path.glob("*.gpkg"))
