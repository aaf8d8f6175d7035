"""Invalid polygons as published: repaired and counted by the algorithms that need geometry, ignored by the
others, and never a crash or a corrupted interpreter.

Evidence: the 2019 generalised buurt map of PDOK has 21 self-intersecting polygons of 13,594
(tests/data/nl/buurten_2019/); tests/data/nl/buurten_2019_invalid/ holds the 152 buurten of Emmen and
Deventer cut from it unchanged, 4 of them self-intersecting (BU01140609, BU01140809, BU01500104,
BU01500301). QGIS's default invalid-geometry setting ("stop the algorithm") throws from inside the
feature iterator; that is the setting these tests run with.
"""

from __future__ import annotations

import shutil

import pytest
from qgis.core import (
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorLayer,
)

from tests.conftest import NL
from tests.sweep import Recording, constant_raster, digest
from wijkmonitor_plugin.qgis_adapters.geometry import GeometryReport, checked_polygon, invalid_polygons, read_polygons

SUBSET = NL / "buurten_2019_invalid" / "buurten_2019_deventer_emmen.gpkg"
NATIONAL = NL / "buurten_2019" / "buurten_2019_gegeneraliseerd.gpkg"
INVALID = ["BU01140609", "BU01140809", "BU01500104", "BU01500301"]


@pytest.fixture()
def buurten(tmp_path):
    path = tmp_path / "buurten.gpkg"
    shutil.copy(SUBSET, path)
    return path


def run(alg, params, feedback=None):
    import processing

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    context.setInvalidGeometryCheck(QgsFeatureRequest.InvalidGeometryCheck.GeometryAbortOnInvalid)
    return processing.run(alg, params, context=context, feedback=feedback or QgsProcessingFeedback())


def test_the_subset_has_the_published_invalid_polygons(qgis_app, buurten):
    layer = QgsVectorLayer(f"{buurten}|layername=buurten", "b", "ogr")
    assert layer.featureCount() == 152
    assert sorted(invalid_polygons(layer)) == INVALID


def test_every_invalid_polygon_of_the_national_map_is_repaired_with_its_area(qgis_app, tmp_path):
    national = tmp_path / "national.gpkg"
    shutil.copy(NATIONAL, national)
    layer = QgsVectorLayer(f"{national}|layername=buurten_2019", "b", "ogr")
    report = GeometryReport()
    polygons = read_polygons(layer, report)
    assert report.checked == 13594 and len(report.repaired) == 21 and report.dropped == []
    assert len(polygons) == 13594
    by_code = {f["statcode"]: f for f in layer.getFeatures()}
    for code in report.repaired:
        original = by_code[code].geometry()
        fixed = polygons[by_code[code].id()]
        assert not original.isGeosValid() and fixed.isGeosValid()
        # a self-intersection repaired keeps (nearly) the area it encloses: never lost, never doubled
        assert 0.5 * abs(original.area()) < fixed.area() < 2 * abs(original.area()) + 1e-12
    lines = report.lines("the buurten")
    assert lines[0].startswith("21 invalid polygon(s) of the buurten repaired (makeValid)")
    assert "(and 11 more)" in lines[0]


def test_a_missing_geometry_is_counted_not_repaired(qgis_app):
    report = GeometryReport()
    assert checked_polygon(None, report, "BU1") is None
    assert report.dropped == ["BU1"] and report.checked == 1


def test_aggregate_to_wijken_repairs_and_reports_the_invalid_buurten(processing_ready, buurten, tmp_path):
    before = digest(buurten)
    feedback = Recording()
    result = run("wijkmonitor:aggregateareas", {"INPUT": str(buurten), "TARGET": 0, "OUTPUT": str(tmp_path / "w.gpkg"),
                                                "REPORT": str(tmp_path / "report.csv")}, feedback)
    assert digest(buurten) == before
    out = QgsVectorLayer(result["OUTPUT"], "w", "ogr")
    wijken = {f["statcode"]: f for f in out.getFeatures()}
    assert sum(f["aantal_buurten"] for f in wijken.values()) == 152
    assert all(f.geometry().isGeosValid() and f.geometry().area() > 0 for f in wijken.values())
    warning = next(line for line in feedback.lines if "invalid polygon" in line)
    assert warning.startswith("4 invalid polygon(s) of the buurten repaired") and all(c in warning for c in INVALID)
    report = (tmp_path / "report.csv").read_text(encoding="utf-8")
    assert "geometry" in report and "BU01500104" in report


def test_aggregate_to_own_areas_repairs_the_own_areas_too(processing_ready, buurten, tmp_path):
    feedback = Recording()
    result = run("wijkmonitor:aggregateareas", {"INPUT": str(buurten), "TARGET": 2, "AREAS": str(buurten),
                                                "AREA_KEY": "statcode", "OUTPUT": "TEMPORARY_OUTPUT",
                                                "REPORT": "TEMPORARY_OUTPUT"}, feedback)
    out = result["OUTPUT"]
    assert out.featureCount() == 152
    assert sum(1 for line in feedback.lines if line.startswith("4 invalid polygon(s)")) == 2  # buurten, own areas
    assert all(f.geometry().isGeosValid() for f in out.getFeatures())


def test_raster_statistics_on_the_repaired_polygons(processing_ready, buurten, tmp_path):
    layer = QgsVectorLayer(f"{buurten}|layername=buurten", "b", "ogr")
    tif = constant_raster(tmp_path / "constant.tif", layer, 0.002, 4326, 12.5)
    before = digest(buurten)
    feedback = Recording()
    result = run("wijkmonitor:rasterindicators", {"INPUT": str(buurten), "RASTER": tif, "MEASURE": 4, "PREFIX": "v",
                                                  "OUTPUT": "TEMPORARY_OUTPUT"}, feedback)
    assert digest(buurten) == before
    assert result["REPAIRED"] == 4 and result["LEFT_OUT"] == 0
    values = {f["statcode"]: f["v_mean"] for f in result["OUTPUT"].getFeatures()}
    assert len(values) == 152 and all(values[c] == pytest.approx(12.5) for c in INVALID)
    assert any(line.startswith("4 invalid polygon(s) of the neighbourhoods repaired") for line in feedback.lines)


def test_attribute_algorithms_ignore_the_geometry_and_the_interpreter_survives(processing_ready, buurten, tmp_path):
    """computeindicators reads attributes only: the invalid polygons neither stop it nor break the next run."""
    from qgis.core import QgsProcessingException

    for _ in range(3):
        try:
            result = run("wijkmonitor:computeindicators", {"INPUT": str(buurten), "OUTPUT": "TEMPORARY_OUTPUT"})
            assert result["OUTPUT"].featureCount() == 152
        except QgsProcessingException as exc:  # no CBS figures in a geometry-only map: its own message
            assert "invalid" not in str(exc).lower()
    # and a plain Python call afterwards still works (no 'unknown opcode', no segfault)
    assert sorted({c[:6] for c in (f["statcode"] for f in QgsVectorLayer(str(buurten), "b", "ogr").getFeatures())}) \
        == ["BU0114", "BU0150"]


@pytest.fixture()
def with_values(buurten):
    """The subset with a value per buurt (the feature id: a spatial pattern along the CBS numbering)."""
    from osgeo import ogr

    ds = ogr.Open(str(buurten), 1)
    ds.ExecuteSQL("ALTER TABLE buurten ADD COLUMN waarde REAL")
    ds.ExecuteSQL("UPDATE buurten SET waarde = fid")
    ds = None
    return buurten


def test_hotspots_on_invalid_polygons(processing_ready, with_values, tmp_path):
    before = digest(with_values)
    result = run("wijkmonitor:hotspots", {"INPUT": str(with_values), "FIELD": "waarde", "PERMUTATIONS": 99, "SEED": 1,
                                          "OUTPUT": str(tmp_path / "h.gpkg")})
    assert digest(with_values) == before
    assert QgsVectorLayer(result["OUTPUT"], "h", "ogr").featureCount() == 152 and result["HOTSPOTS"] > 0


def test_reallocate_repairs_both_maps(processing_ready, with_values):
    result = run("wijkmonitor:reallocate", {"INPUT": str(with_values), "TARGET": str(with_values),
                                            "SUM_FIELDS": ["waarde"], "OUTPUT": "TEMPORARY_OUTPUT"})
    assert result["REPAIRED"] == 8  # 4 invalid buurten on each side
    out = result["OUTPUT"]
    field = next(n for n in out.fields().names() if n.startswith("waarde"))
    total = sum(f[field] for f in out.getFeatures())
    expected = sum(f["waarde"] for f in QgsVectorLayer(str(with_values), "b", "ogr").getFeatures())
    assert out.featureCount() == 152 and total == pytest.approx(expected, rel=1e-6)  # the total is conserved


def test_the_atlas_outlines_wijken_with_invalid_buurten(processing_ready, with_values, tmp_path):
    """The wijk outline of the atlas is the union of its buurten: the invalid ones are repaired for it, counted."""
    from osgeo import ogr

    from wijkmonitor_plugin.algorithms import export_atlas as ea

    ds = ogr.Open(str(with_values), 1)
    ds.ExecuteSQL("ALTER TABLE buurten ADD COLUMN wijkcode TEXT")
    ds.ExecuteSQL("UPDATE buurten SET wijkcode = 'WK' || substr(statcode, 3, 6)")
    ds = None
    layer = QgsVectorLayer(f"{with_values}|layername=buurten", "b", "ogr")
    plan = ea.plan_atlas(layer, ea.AtlasSpec(field="waarde"))
    report = GeometryReport()
    _, groups = ea.collect_features(layer, layer.fields(), plan, None, report)
    assert sorted(report.repaired) == INVALID
    for code in {c[:8].replace("BU", "WK") for c in INVALID}:
        outline = QgsGeometry.unaryUnion(groups[code])
        assert outline.isGeosValid() and outline.area() > 0
    feedback = Recording()
    result = run("wijkmonitor:exportatlas", {"INPUT": str(with_values), "FIELD": "waarde", "DPI": 30, "PROFILE": False,
                                             "OUTPUT": str(tmp_path / "atlas.pdf")}, feedback)
    assert result["AREAS"] == len(groups) and (tmp_path / "atlas.pdf").is_file()
    assert any(line.startswith("4 invalid polygon(s) of the buurten repaired") for line in feedback.lines)
