"""The neighbourhood map (loadneighbourhoods and the dialog) against the local PDOK stand-in (tests/fake_pdok.py).

The stand-in follows PDOK's own server code (gokoala) and WFS; tests/fake_pdok.py says which source
each of its behaviours follows. Municipality lists are the real ones (resources/municipalities/).
"""

from __future__ import annotations

import json
import math
import re
import shutil
import sqlite3
import sys
import time

import pytest
from qgis.core import QgsProcessingException, QgsSettings, QgsVectorLayer

from tests.conftest import NL, ROOT
from tests.download_fixtures import KWB_VALUES, Y2021, Y2023, Recorder, by_code, neighbourhoods, table, wait_for
from wijkmonitor_plugin.core import cbs_municipalities, pdok, regions
from wijkmonitor_plugin.core.catalogue import load_catalogue
from wijkmonitor_plugin.qgis_adapters.compat import is_null

KEYS = list(regions.KEY_FIELDS)


# -- municipalities of every year (no network) ----------------------------------------------------

def test_municipality_lists_of_every_shipped_year():
    counts = {year: len(cbs_municipalities.municipalities(year)) for year in (2019, 2022, 2023, 2024)}
    assert counts == {2019: 355, 2022: 345, 2023: 342, 2024: 342}  # the real layers, without GM0998 Buitenland
    assert len(cbs_municipalities.municipalities()) == 342  # the newest list
    resolve = cbs_municipalities.resolve
    assert resolve("'s-Hertogenbosch", year=2023) == [("GM0796", "'s-Hertogenbosch")]
    assert resolve("’s-hertogenbosch; Sudwest Fryslan, 363", year=2023) == [
        ("GM0796", "'s-Hertogenbosch"), ("GM1900", "Súdwest-Fryslân"), ("GM0363", "Amsterdam")]
    for alias, code in (("Den Haag", "GM0518"), ("den bosch", "GM0796"), ("Súdwest Fryslân", "GM1900"),
                        ("SUDWEST-FRYSLAN", "GM1900"), ("Hengelo", "GM0164")):
        assert [c for c, _ in resolve(alias, year=2024)] == [code], alias
    assert resolve("GM0999", year=2023) == [("GM0999", None)]  # a well-formed code is kept
    assert resolve("", year=2023) == []
    with pytest.raises(ValueError, match="Amsterdam"):
        resolve("Amsterdm")
    with pytest.raises(ValueError, match="GM0373.*|.*GM0893"):
        resolve("Bergen", year=2024)  # Bergen (NH.) and Bergen (L.): the code decides
    assert cbs_municipalities.matches("bosch", "GM0796", "'s-Hertogenbosch")
    assert cbs_municipalities.matches("796", "GM0796", "'s-Hertogenbosch")
    assert cbs_municipalities.matches("den haag", "GM0518", "'s-Gravenhage", ["Den Haag"])


def test_uden_in_2019_and_in_2024():
    notes = []
    assert cbs_municipalities.resolve("Uden", year=2019, notes=notes) == [("GM0856", "Uden")] and notes == []
    assert cbs_municipalities.resolve("Uden", year=2024, notes=notes) == [("GM1991", "Maashorst")]
    assert notes == ["Uden is part of Maashorst since 2022 (GM0856 → GM1991); using Maashorst."]
    notes = []
    assert cbs_municipalities.resolve("GM0856", year=2023, notes=notes) == [("GM1991", "Maashorst")] and notes
    notes = []
    assert cbs_municipalities.resolve("Maashorst", year=2019, notes=notes) == [("GM0856", "Uden"),
                                                                              ("GM1685", "Landerd")]
    assert "formed from Uden (GM0856), Landerd (GM1685)" in notes[0]
    notes = []
    assert cbs_municipalities.resolve("Weesp", year=2024, notes=notes) == [("GM0363", "Amsterdam")]
    assert "Weesp is part of Amsterdam since 2023" in notes[0]
    notes = []
    assert cbs_municipalities.resolve("Weesp", year=2022, notes=notes) == [("GM0457", "Weesp")] and notes == []
    haaren = cbs_municipalities.resolve("Haaren", year=2024, notes=notes)
    assert {c for c, _ in haaren} == {"GM0865", "GM0824", "GM0855", "GM0757"} and "divided among" in notes[-1]
    notes = []
    cbs_municipalities.resolve("Uden", year=2021, notes=notes)  # no 2021 list ships: said, and the 2019 one used
    assert "no list of gemeenten 2021" in notes[0]


def test_shipped_lists_are_the_real_gemeenten_layers():
    """Every shipped list and change equals what scripts/make_municipality_lists.py derives from the layers."""
    sys.path.insert(0, str(ROOT / "scripts"))
    import make_municipality_lists

    lists, changes = make_municipality_lists.derive()
    for year, rows in lists.items():
        shipped = json.loads((ROOT / "resources" / "municipalities" / f"gemeenten_{year}.json").read_text("utf-8"))
        assert [tuple(r) for r in shipped["municipalities"]] == sorted(rows) and shipped["attribution"] == "Bron: CBS"
    shipped = json.loads((ROOT / "resources" / "municipalities" / "changes.json").read_text("utf-8"))["changes"]
    assert shipped == changes


def test_every_change_is_consistent_with_the_lists():
    """Properties: a former municipality is in its last list and not in the next; its successors are in that
    next list and together take its whole area."""
    lists = {year: dict(rows) for year, rows in cbs_municipalities.shipped_lists().items()}
    changes = cbs_municipalities.shipped_changes()
    assert len(changes) == 18
    for change in changes:
        assert change["code"] in lists[change["last_year"]] and change["code"] not in lists[change["gone_by"]]
        assert all(s["code"] in lists[change["gone_by"]] for s in change["successors"])
        assert 0.95 <= sum(s["share"] for s in change["successors"]) <= 1.05, change
    for earlier, later in zip(sorted(lists), sorted(lists)[1:]):
        gone = set(lists[earlier]) - set(lists[later])
        assert gone == {c["code"] for c in changes if c["last_year"] == earlier}


def test_year_parameter_is_the_calendar_year_and_old_positions_keep_their_year():
    assert [pdok.year_from_parameter(i) for i in range(8)] == [(2024 - i, True) for i in range(8)]
    assert pdok.year_from_parameter(2023) == (2023, False) and pdok.year_from_parameter(2031) == (2031, False)
    for bad in (8, 2016, 1999, 3000):
        with pytest.raises(ValueError, match="year"):
            pdok.year_from_parameter(bad)
    assert pdok.map_years()[0] == pdok.NEWEST_KNOWN_YEAR == 2025 and pdok.map_years()[-1] == 2017
    assert pdok.map_years([2026])[0] == 2026


def test_catalogue_names_per_service_and_year():
    cat = load_catalogue()
    inwoners = cat.variable("inwoners")
    assert inwoners.pdok_name("ogc", 2024) == "aantal_inwoners" and inwoners.pdok_name("ogc", 2022) is None
    assert inwoners.pdok_name("wfs", 2022) == "aantal_inwoners" and inwoners.pdok_name("wfs", 2025) == "aantalInwoners"
    assert inwoners.field_names()[:2] == ["aantalInwoners", "aantal_inwoners"]
    split = re.compile(r"(?<=[a-z])(?=[A-Z0-9])|(?<=[0-9])(?=[A-Za-z])")
    for var in cat.variables.values():  # OGC API names are snake_case, the 2023+ WFS ones camelCase
        ogc = var.pdok_name("ogc", 2024)
        if ogc:
            assert ogc == ogc.lower()
            # the rule the 2022 WFS names (snake_case, real) confirm for every variable that has one:
            # the 2023+ camelCase name split at capitals and digits
            assert ogc == split.sub("_", var.pdok_name("wfs", 2024)).lower()
            if var.pdok_name("wfs", 2022):
                assert ogc == var.pdok_name("wfs", 2022)
        if var.pdok_name("wfs", 2023):
            assert "_" not in var.pdok_name("wfs", 2023)


# -- loadneighbourhoods -------------------------------------------------------------------------

def test_ogc_api_buurten_snake_case_cursor_paged_normalised_rd_new(net, run_alg):
    layer = neighbourhoods(run_alg)
    items = [r for r in net.requests if "/collections/buurten/items" in r]
    assert len(items) == 3  # 519 features, the server's pages of 200, by cursor
    assert "cursor=" not in items[0] and all("cursor=" in r for r in items[1:]) and "offset" not in "".join(items)
    assert all("gemeentecode=GM0363" in r and "crs=http://www.opengis.net/def/crs/EPSG/0/28992" in r for r in items)
    assert layer.featureCount() == 519 and layer.crs().authid() == "EPSG:28992"
    names = layer.fields().names()
    assert names[:6] == KEYS and "aantal_inwoners" in names and "aantalInwoners" not in names
    assert sum(f["aantal_inwoners"] or 0 for f in layer.getFeatures()) == 917890
    row = by_code(layer)["BU0363AF08"]
    assert row["wijkcode"] == "WK0363AF" and row["jaar"] == 2023 and row["gemeentenaam"] == "Amsterdam"
    assert 110000 < row.geometry().centroid().asPoint().x() < 130000
    dry = neighbourhoods(run_alg, EXCLUDE_WATER=True)
    assert 500 < dry.featureCount() < 519 and "BU03639997" not in by_code(dry)


def _plain(value):
    """NULL and NaN as None."""
    if value is None or is_null(value) or (isinstance(value, float) and math.isnan(value)):
        return None
    return value


def _values(layer, field):
    return {f["statcode"]: _plain(f[field]) for f in layer.getFeatures()}


def test_snake_case_ogc_answer_gives_the_same_keys_and_indicators_as_the_wfs(net, run_alg):
    ogc = neighbourhoods(run_alg, SOURCE=0)
    wfs = neighbourhoods(run_alg, SOURCE=1)
    ogc_rows, wfs_rows = by_code(ogc), by_code(wfs)
    assert set(ogc_rows) == set(wfs_rows) and len(ogc_rows) == 519
    for code in ogc_rows:
        assert [ogc_rows[code][k] for k in KEYS] == [wfs_rows[code][k] for k in KEYS]
    computed = [run_alg("wijkmonitor:computeindicators", {"INPUT": layer, "OUTPUT": "TEMPORARY_OUTPUT",
                                                          "REPORT": "TEMPORARY_OUTPUT"})["OUTPUT"]
                for layer in (ogc, wfs)]
    indicators = [i.id for i in load_catalogue().indicators() if i.id in computed[1].fields().names()]
    assert len(indicators) >= 30 and set(indicators) <= set(computed[0].fields().names())
    for indicator in indicators:
        a, b = _values(computed[0], indicator), _values(computed[1], indicator)
        assert a.keys() == b.keys()
        assert all((a[k] is None and b[k] is None) or (a[k] is not None and b[k] is not None and
                                                       abs(a[k] - b[k]) < 1e-9) for k in a), indicator


def test_ogc_api_sends_only_the_parameters_the_collection_supports(net, run_alg):
    feedback = Recorder()
    net.pdok.filter_years = {2024, 2025}  # 2023 without the gemeentecode filter: the WFS gives the year
    layer = neighbourhoods(run_alg, feedback)
    assert layer.featureCount() == 519 and "aantalInwoners" in layer.fields().names()  # the WFS names
    assert net.hits("/collections/buurten/items") == 0 and net.hits("request=GetFeature") == 3
    assert any("cannot be filtered by municipality" in m for m in feedback.infos)
    net.reset()
    net.pdok.queryables = False  # an older gokoala: the OpenAPI document lists the property filters
    assert neighbourhoods(run_alg, REFRESH=True).featureCount() == 519
    assert net.hits("/ogc/v1/api") == 1 and net.hits("/collections/buurten/items") == 3
    net.reset()
    country = neighbourhoods(run_alg, LEVEL=0, MUNICIPALITIES="")  # the whole country needs no filter at all
    assert country.featureCount() == 343 and net.hits("queryables") == 0
    assert not [r for r in net.requests if "gemeentecode=" in r]


def test_a_400_names_the_refused_parameter_and_what_to_do(net, run_alg, tmp_path):
    net.pdok.filter_years = set()
    net.pdok.queryables = True
    net.pdok.advertise = {2023}  # a server whose queryables promise more than its items accept
    out = tmp_path / "b.gpkg"
    with pytest.raises(QgsProcessingException) as err:
        neighbourhoods(run_alg, OUTPUT=str(out))
    message = str(err.value)
    assert "'gemeentecode'" in message and "PDOK WFS" in message and net.url not in message
    assert not out.exists()


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


def test_uden_in_2019_from_the_wfs_and_in_2024_from_the_ogc_api(net, run_alg):
    net.pdok.data.buurten_2019()  # the national 2019 layer takes a moment to build: before the first request
    uden = neighbourhoods(run_alg, YEAR=2019, SOURCE=1, MUNICIPALITIES="Uden")
    assert uden.featureCount() == 26 and {f["gemeentecode"] for f in uden.getFeatures()} == {"GM0856"}
    assert {f["jaar"] for f in uden.getFeatures()} == {2019} and uden.crs().authid() == "EPSG:28992"
    assert net.hits("typeNames=wijkenbuurten2019:cbs_buurten_2019") >= 1
    feedback = Recorder()
    later = neighbourhoods(run_alg, feedback, YEAR=2024, LEVEL=0, MUNICIPALITIES="Uden")
    assert [f["statcode"] for f in later.getFeatures()] == ["GM1991"]
    assert [f["statnaam"] for f in later.getFeatures()] == ["Maashorst"]
    assert "Uden is part of Maashorst since 2022 (GM0856 → GM1991); using Maashorst." in feedback.infos


@pytest.mark.parametrize("year, source, level, municipalities, expected", [
    (2025, 0, 0, "Amsterdam", "no gemeenten"),  # served, but the fake has no 2025 data: an error, no empty layer
    (2024, 0, 0, "Den Haag; Den Bosch", {"GM0518", "GM0796"}),
    (2023, 0, 0, "Súdwest-Fryslân", {"GM1900"}),
    (2024, 1, 0, "Maashorst", {"GM1991"}),
    (2023, 1, 2, "Amsterdam", 519),
    (2022, 1, 0, "Weesp", {"GM0457"}),
    (2021, 1, 2, "Ermelo", 17),
    (2019, 1, 0, "Landerd; Uden", {"GM1685", "GM0856"}),
    (2018, 1, 0, "Amsterdam", "GeoPackage"),  # not on the PDOK WFS: the message points to the CBS download
    (2017, 0, 0, "Amsterdam", "from 2023"),
])
def test_every_year_and_source(net, run_alg, year, source, level, municipalities, expected):
    net.pdok.data.buurten_2019()
    if isinstance(expected, str):
        with pytest.raises(QgsProcessingException, match=expected):
            neighbourhoods(run_alg, YEAR=year, SOURCE=source, LEVEL=level, MUNICIPALITIES=municipalities)
        return
    layer = neighbourhoods(run_alg, YEAR=year, SOURCE=source, LEVEL=level, MUNICIPALITIES=municipalities)
    assert {f["jaar"] for f in layer.getFeatures()} == {year} and layer.crs().authid() == "EPSG:28992"
    if isinstance(expected, int):
        assert layer.featureCount() == expected
    else:
        assert {f["statcode"] for f in layer.getFeatures()} == expected


def _rows(gpkg, table_name):
    with sqlite3.connect(f"file:{gpkg}?mode=ro", uri=True) as con:
        return con.execute(f'SELECT * FROM "{table_name}" ORDER BY fid').fetchall()


def test_geopackage_on_disk_of_any_year_and_bundled_sample(run_alg, processing_ready, tmp_path):
    gpkg = tmp_path / "WijkBuurtkaart_2021_ermelo.gpkg"  # a copy: SQLite touches the header of a file it opens
    shutil.copy(NL / "ermelo_buurten_2021_geometry_only.gpkg", gpkg)
    before = _rows(gpkg, "CBS_Buurten")
    layer = neighbourhoods(run_alg, SOURCE=2, GPKG=str(gpkg), MUNICIPALITIES="")
    assert layer.featureCount() == 17 and {f["jaar"] for f in layer.getFeatures()} == {2021}
    assert _rows(gpkg, "CBS_Buurten") == before  # the source is read, never changed
    with pytest.raises(QgsProcessingException, match="no layer with gemeenten"):
        neighbourhoods(run_alg, SOURCE=2, LEVEL=0, GPKG=str(gpkg))
    # the national 2019 buurten in EPSG:4326 with only statcode, named as CBS names its files
    national = tmp_path / "WijkBuurtkaart_2019_v1.gpkg"
    shutil.copy(NL / "buurten_2019" / "buurten_2019_gegeneraliseerd.gpkg", national)
    feedback = Recorder()
    uden = neighbourhoods(run_alg, feedback, SOURCE=2, GPKG=str(national), MUNICIPALITIES="Uden; Landerd")
    assert uden.featureCount() == 39 and uden.crs().authid() == "EPSG:28992"  # Uden 26 + Landerd 13
    assert {f["jaar"] for f in uden.getFeatures()} == {2019} and any("2019" in m for m in feedback.infos)
    sample = neighbourhoods(run_alg, SOURCE=3, MUNICIPALITIES="Amsterdam", EXCLUDE_WATER=True)
    assert 500 < sample.featureCount() < 519


def test_sentinels_become_null_and_types_are_kept(run_alg, processing_ready, tmp_path):
    gpkg = tmp_path / "WijkBuurtkaart_2023_v1.gpkg"
    shutil.copy(ROOT / "resources" / "sample" / "amsterdam_buurten_2023.gpkg", gpkg)
    from osgeo import ogr

    ds = ogr.Open(str(gpkg), 1)  # CBS's own GeoPackages carry the sentinels; the sample had them NULLed already
    for sql in ("UPDATE buurten SET aantalInwoners = -99997 WHERE buurtcode = 'BU0363AF08'",
                "UPDATE buurten SET gemiddeldeWoningwaarde = -99999999 WHERE buurtcode = 'BU0363AF08'",
                "UPDATE buurten SET mannen = -99995 WHERE buurtcode = 'BU0363AA01'"):
        ds.ExecuteSQL(sql)
    ds = None
    out = tmp_path / "out.gpkg"
    neighbourhoods(run_alg, SOURCE=2, GPKG=str(gpkg), MUNICIPALITIES="", OUTPUT=str(out))
    layer = QgsVectorLayer(str(out), "b", "ogr")
    rows = by_code(layer)
    assert layer.featureCount() == 519 and layer.fields().names()[1:7] == KEYS  # fid, then the keys
    assert _plain(rows["BU0363AF08"]["aantalInwoners"]) is None
    assert _plain(rows["BU0363AF08"]["gemiddeldeWoningwaarde"]) is None
    assert _plain(rows["BU0363AA01"]["mannen"]) is None and rows["BU0363AA01"]["aantalInwoners"] > 0
    minimum = min(v for f in layer.getFeatures() for v in f.attributes()[7:] if isinstance(v, (int, float)))
    assert minimum > regions.SENTINEL_LIMIT
    source_types = {f.name(): f.type() for f in QgsVectorLayer(f"{gpkg}|layername=buurten", "s", "ogr").fields()}
    assert all(source_types[f.name()] == f.type() for f in layer.fields() if f.name() in source_types
               and f.name() not in KEYS and f.name() != "fid")


def test_empty_map_results_are_errors_not_empty_layers(net, run_alg):
    with pytest.raises(QgsProcessingException, match="no wijken"):
        neighbourhoods(run_alg, LEVEL=1)


def test_model_saved_with_year_2023_still_loads_2023(net, run_alg, tmp_path):
    from qgis.core import (
        QgsProcessingModelAlgorithm,
        QgsProcessingModelChildAlgorithm,
        QgsProcessingModelChildParameterSource,
        QgsProcessingModelOutput,
    )

    def model_with(year_value) -> str:
        model = QgsProcessingModelAlgorithm("buurten", "tests")
        child = QgsProcessingModelChildAlgorithm("wijkmonitor:loadneighbourhoods")
        child.setChildId("load")
        for key, value in {"LEVEL": 2, "YEAR": year_value, "SOURCE": 0, "MUNICIPALITIES": "GM0363"}.items():
            child.addParameterSources(key, [QgsProcessingModelChildParameterSource.fromStaticValue(value)])
        output = QgsProcessingModelOutput("buurten")
        output.setChildOutputName("OUTPUT")
        child.setModelOutputs({"buurten": output})
        model.addChildAlgorithm(child)
        path = str(tmp_path / f"buurten_{year_value}.model3")
        assert model.toFile(path)
        return path

    for value in (2023, 1):  # 1: a model saved while YEAR was a list position (1 = 2023)
        model = QgsProcessingModelAlgorithm()
        assert model.fromFile(model_with(value))
        feedback = Recorder()
        import processing

        result = processing.run(model, {"load:buurten": "TEMPORARY_OUTPUT"}, feedback=feedback)
        layer = result["load:buurten"]
        assert layer.featureCount() == 519 and {f["jaar"] for f in layer.getFeatures()} == {2023}
        assert ("list position" in feedback.log()) == (value == 1)


def test_qgis_process_loads_neighbourhoods_by_calendar_year(server, qgis_process, tmp_path):
    import subprocess

    subprocess.run([sys.executable, str(ROOT / "scripts" / "build_plugin.py"), "--folder",
                    str(ROOT / "build" / "wijkmonitor_plugin")], check=True)
    for year in ("2023", "1"):
        out = tmp_path / f"buurten_{year}.gpkg"
        proc = qgis_process(["run", "wijkmonitor:loadneighbourhoods", "--", "LEVEL=2", f"YEAR={year}", "SOURCE=0",
                             "MUNICIPALITIES=Amsterdam", f"OUTPUT={out}"], extra_env=server.env())
        layer = QgsVectorLayer(str(out), "b", "ogr")
        assert layer.featureCount() == 519 and layer.crs().authid() == "EPSG:28992"
        assert {f["jaar"] for f in layer.getFeatures()} == {2023}
        assert ("list position" in proc.stdout + proc.stderr) == (year == "1")


def test_newer_years_are_discovered(net, run_alg):
    from wijkmonitor_plugin.algorithms.load_neighbourhoods import LoadNeighbourhoodsAlgorithm

    net.pdok.ogc_years = {2023, 2024, 2025, 2026}
    QgsSettings().setValue("wijkmonitor/pdok/years_checked", 0.0)
    neighbourhoods(run_alg, YEAR=2024, LEVEL=0, MUNICIPALITIES="Amsterdam")
    assert net.hits("/wijken-en-buurten-2026/ogc/v1") == 1 and net.hits("/wijken-en-buurten-2027/ogc/v1") == 1
    alg = LoadNeighbourhoodsAlgorithm()
    alg.initAlgorithm()
    assert alg.parameterDefinition("YEAR").defaultValue() == 2026
    neighbourhoods(run_alg, YEAR=2024, LEVEL=0, MUNICIPALITIES="Amsterdam")
    assert net.hits("/wijken-en-buurten-2027/ogc/v1") == 1  # looked once, not on every run


def test_a_list_of_gemeenten_comes_from_the_wfs_for_years_without_one(net, processing_ready, tmp_path):
    from wijkmonitor_plugin.qgis_adapters.network import Downloader
    from wijkmonitor_plugin.qgis_adapters.pdok_download import cached_municipality_lists, download_municipality_list

    dl = Downloader()
    rows = download_municipality_list(dl, 2023)  # the real 2023 layer on the WFS equals the shipped list
    assert rows == tuple(sorted(cbs_municipalities.shipped_lists()[2023]))
    assert net.hits("propertyName=gemeentecode,gemeentenaam") == 2  # 343 features, pages of 200
    assert cached_municipality_lists(dl)[2023] == rows
    saved = json.loads((dl.cache.directory / "municipalities" / "gemeenten_2023.json").read_text("utf-8"))
    assert saved["attribution"] == "Bron: CBS" and "PDOK WFS" in saved["source"]


def test_a_year_whose_list_cannot_be_had_uses_the_nearest_list(net, run_alg):
    feedback = Recorder()  # 2025 ships no list and the fake WFS 2025 has no gemeenten
    with pytest.raises(QgsProcessingException, match="no gemeenten"):
        neighbourhoods(run_alg, feedback, YEAR=2025, SOURCE=1, LEVEL=0, MUNICIPALITIES="Uden")
    log = feedback.log()
    assert "no list of gemeenten 2025 at hand" in log and "list of 2024" in log
    assert "Uden is part of Maashorst" in log


# -- GUI ------------------------------------------------------------------------------------------

def _dialog(qgis_iface, tmp_path, year=2023):
    """The dialog for ``year`` with only the level buurten (the fake's wijken collections are empty)."""
    from wijkmonitor_plugin.gui.load_dialog import LoadDialog

    dialog = LoadDialog(qgis_iface)
    dialog.year.setCurrentIndex(dialog.year.findData(year))
    dialog.level_boxes["wijken"].setChecked(False)
    dialog.folder.setFilePath(str(tmp_path / "layers"))
    return dialog


def _remove_group(name):
    from qgis.core import QgsProject

    group = QgsProject.instance().layerTreeRoot().findGroup(name)
    if group is not None:
        QgsProject.instance().removeMapLayers([n.layerId() for n in group.findLayers()])
        QgsProject.instance().layerTreeRoot().removeChildNode(group)


def test_dialog_loads_layers_into_a_group_off_the_main_thread(net, qgis_iface, tmp_path):
    from qgis.core import QgsProject

    dialog = _dialog(qgis_iface, tmp_path)
    assert dialog.picker.filter("'s-hert") == 1 and dialog.picker.filter("sudwest") == 1
    assert dialog.picker.filter("0363") == 1 and dialog.picker.filter("den haag") == 1
    dialog.picker.search.setText("Amsterdam")
    dialog.picker.search.returnPressed.emit()
    assert dialog.picker.selected() == [("GM0363", "Amsterdam")]
    dialog.run_button.click()
    assert not dialog.run_button.isEnabled() and dialog.cancel_button.isEnabled()
    wait_for(dialog.task, dialog)
    group = QgsProject.instance().layerTreeRoot().findGroup("Wijkmonitor – Amsterdam 2023")
    try:
        assert group is not None and dialog.group is group
        layers = [node.layer() for node in group.findLayers()]
        assert len(layers) == 1 and layers[0].featureCount() == 519
        assert layers[0].crs().authid() == "EPSG:28992" and "statcode" in layers[0].fields().names()
        assert dialog.progress.value() == 100 and dialog.run_button.isEnabled()
        assert sorted(p.name for p in (tmp_path / "layers").iterdir()) == ["buurten_2023_GM0363.gpkg"]  # no staging
    finally:
        _remove_group("Wijkmonitor – Amsterdam 2023")


def test_dialog_shows_the_chosen_municipalities_and_enter_starts_nothing(net, qgis_iface, tmp_path):
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtTest import QTest

    dialog = _dialog(qgis_iface, tmp_path, year=2019)
    dialog.show()
    dialog.picker.select_codes(["GM0856", "GM0363"])
    assert "2 chosen: Amsterdam (GM0363), Uden (GM0856)" in dialog.picker.summary.text()
    dialog.picker.search.setText("Zeist")  # the search hides Amsterdam and Uden, the summary does not
    assert "Uden (GM0856)" in dialog.picker.summary.text()
    dialog.picker.search.setFocus()
    QTest.keyClick(dialog.picker.search, Qt.Key.Key_Return)  # ticks the single match, starts no download
    assert dialog.task is None and dialog.isVisible()
    assert [c for c, _ in dialog.picker.selected()] == ["GM0363", "GM0856", "GM0355"]
    QTest.keyClick(dialog, Qt.Key.Key_Enter)
    assert dialog.task is None and dialog.isVisible()
    dialog.year.setCurrentIndex(dialog.year.findData(2024))  # Uden is Maashorst in 2024, and the dialog says so
    assert [c for c, _ in dialog.picker.selected()] == ["GM0363", "GM1991", "GM0355"]
    assert "Uden is part of Maashorst since 2022" in dialog.picker.summary.text()
    dialog.picker.clear_button.click()
    assert dialog.picker.selected() == [] and "No municipality chosen" in dialog.picker.summary.text()
    dialog.close()


def test_dialog_shows_retries_and_a_short_reason(net, qgis_iface, tmp_path):
    QgsSettings().setValue("wijkmonitor/network/gui_timeout_seconds", 1.0)
    QgsSettings().setValue("wijkmonitor/network/gui_retries", 1)
    try:
        net.fail("/collections/buurten/items", 503, 503)
        dialog = _dialog(qgis_iface, tmp_path)
        dialog.picker.select_codes(["GM0363"])
        wait_for(dialog.start(), dialog)
        assert any("retry 1 of 1 after HTTP 503" in m for m in dialog.messages)
        assert "The download failed" in dialog.status.text() and "HTTP 503" in dialog.status.text()
        assert net.url not in dialog.status.text() and "tried 2 times" in dialog.status.text()
        assert not list(tmp_path.glob("layers/*.gpkg"))
    finally:
        QgsSettings().remove("wijkmonitor/network/gui_timeout_seconds")
        QgsSettings().remove("wijkmonitor/network/gui_retries")


def test_dialog_cancel_adds_nothing(net, qgis_iface, tmp_path):
    from qgis.core import QgsProject
    from qgis.PyQt.QtCore import QCoreApplication

    net.on_request = lambda path: time.sleep(0.4) if "/items" in path else None
    dialog = _dialog(qgis_iface, tmp_path)
    dialog.picker.select_codes(["GM0363"])
    dialog.start()
    end = time.monotonic() + 10
    while net.hits("/items") < 1 and time.monotonic() < end:
        QCoreApplication.processEvents()
        time.sleep(0.02)
    dialog.cancel_button.click()
    wait_for(dialog.task, dialog)
    assert "Cancelled" in dialog.status.text()
    assert QgsProject.instance().layerTreeRoot().findGroup("Wijkmonitor – Amsterdam 2023") is None
    assert not list(tmp_path.glob("layers/*.gpkg"))


def test_dialog_shows_why_a_download_failed(net, qgis_iface, tmp_path):
    from qgis.core import QgsProject

    dialog = _dialog(qgis_iface, tmp_path)
    dialog.picker.select_codes(["GM0363"])
    dialog.level_boxes["wijken"].setChecked(True)  # the wijken collection is empty: nothing is added
    wait_for(dialog.start(), dialog)
    assert "failed" in dialog.status.text() and "no wijken" in dialog.status.text()
    assert QgsProject.instance().layerTreeRoot().findGroup("Wijkmonitor – Amsterdam 2023") is None
    assert not list(tmp_path.glob("layers/*.gpkg"))


def test_cbs_table_still_resolves_names(net, run_alg):
    wijken = table(run_alg, MUNICIPALITIES="Den Bosch", LEVELS=[0, 1])
    expected = {k for k in KWB_VALUES if k[2:6] == "0796"}
    assert set(by_code(wijken)) == expected
    assert Y2023 == 2023
