"""wijkmonitor:exportmaps and wijkmonitor:exportatlas through Processing and qgis_process."""

from __future__ import annotations

import pytest
from qgis.core import QgsVectorLayer

from tests.conftest import BUILD, ROOT
from tests.test_maps_style_layout import pdf_pages

FIELD = "percentageHuishoudensMetLaagInkomen"


def test_exportmaps_pdf_and_png_per_indicator(run_alg, sample_gpkg, tmp_path):
    result = run_alg("wijkmonitor:exportmaps", {
        "INPUT": str(sample_gpkg), "FIELDS": [FIELD, "nettoArbeidsparticipatie"], "DPI": 50,
        "OUTPUT_FOLDER": str(tmp_path), "PAGE": 1,
    })
    assert result["COUNT"] == 2
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == sorted([f"{FIELD}.pdf", f"{FIELD}.png", "nettoArbeidsparticipatie.pdf",
                            "nettoArbeidsparticipatie.png"])
    assert result["FILES"].count(";") == 3
    assert pdf_pages(tmp_path / f"{FIELD}.pdf") == 1
    # the input layer is never restyled
    layer = QgsVectorLayer(str(sample_gpkg), "in", "ogr")
    assert layer.renderer().type() == "singleSymbol"


def test_exportmaps_theme_into_one_multipage_pdf(run_alg, sample_gpkg, tmp_path):
    from wijkmonitor_plugin.core import profile as prof

    themes = [t for t, _label in prof.themes()]
    ageing = themes.index("ageing")
    expected = prof.theme_fields("ageing", QgsVectorLayer(str(sample_gpkg), "in", "ogr").fields().names())
    result = run_alg("wijkmonitor:exportmaps", {
        "INPUT": str(sample_gpkg), "THEME": ageing, "FORMAT": 2, "DPI": 50, "METHOD": 2, "REFERENCE": 1,
        "OUTPUT_FOLDER": str(tmp_path),
    })
    assert result["COUNT"] == len(expected) >= 2
    assert [p.name for p in tmp_path.iterdir()] == ["kaarten.pdf"]
    assert pdf_pages(tmp_path / "kaarten.pdf") == len(expected)


def test_exportmaps_needs_an_indicator(run_alg, sample_gpkg, tmp_path):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException):
        run_alg("wijkmonitor:exportmaps", {"INPUT": str(sample_gpkg), "OUTPUT_FOLDER": str(tmp_path)})


def test_exportatlas_has_a_map_and_profile_page_per_wijk(run_alg, sample_gpkg, tmp_path):
    layer = QgsVectorLayer(str(sample_gpkg), "in", "ogr")
    wijken = {f["wijkcode"] for f in layer.getFeatures()}
    assert len(wijken) == 111
    out = tmp_path / "atlas.pdf"
    result = run_alg("wijkmonitor:exportatlas", {"INPUT": str(sample_gpkg), "FIELD": FIELD, "DPI": 40,
                                                  "OUTPUT": str(out)})
    assert result["AREAS"] == 111 and result["PAGES"] == 222
    assert pdf_pages(out) == 222
    assert [p.name for p in tmp_path.iterdir()] == ["atlas.pdf"]


def test_exportatlas_one_page_per_area_without_profile(run_alg, sample_gpkg, tmp_path):
    subset = run_alg("native:extractbyexpression", {
        "INPUT": str(sample_gpkg), "EXPRESSION": "\"wijkcode\" IN ('WK0363AA', 'WK0363AF', 'WK0363KA')",
        "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    out = tmp_path / "atlas.pdf"
    result = run_alg("wijkmonitor:exportatlas", {"INPUT": subset, "FIELD": FIELD, "PROFILE": False, "DPI": 40,
                                                  "OUTPUT": str(out)})
    assert result["AREAS"] == 3 and pdf_pages(out) == 3


def test_wijkprofiel_rows_compare_with_the_municipality(sample_gpkg):
    from qgis.core import QgsFeatureRequest, QgsProject

    from wijkmonitor_plugin.algorithms.export_atlas import build_atlas
    from wijkmonitor_plugin.qgis_adapters import layout as lay

    layer = QgsVectorLayer(str(sample_gpkg), "in", "ogr").materialize(QgsFeatureRequest())
    project = QgsProject()
    project.addMapLayer(layer)
    layout, coverage, table = build_atlas(project, layer, FIELD, "wijkcode", None, {}, None, "en", "Source")
    assert coverage.featureCount() == 111
    rows = [f for f in table.getFeatures() if f["area"] == "WK0363AA"]
    assert rows[0]["field"] == FIELD and len(rows) > 5
    assert {r["judgement"] for r in rows} <= {"better", "worse", "similar", "higher", "lower", "unknown"}
    assert any(r["judgement"] in ("better", "worse") for r in rows)
    frame = lay.item(layout, "profile_table")
    assert [c.attribute() for c in frame.multiFrame().columns()] == ["indicator", "area_text", "municipal_text",
                                                                      "judgement_text"]
    assert layout.atlas().enabled() and layout.atlas().coverageLayer() is coverage
    assert lay.item(layout, "map").atlasDriven()


def test_qgis_process_runs_exportmaps(qgis_process, sample_gpkg, tmp_path):
    import subprocess
    import sys

    subprocess.run([sys.executable, str(ROOT / "scripts" / "build_plugin.py"), "--folder", str(BUILD)], check=True)
    proc = qgis_process(["run", "wijkmonitor:exportmaps", "--", f"INPUT={sample_gpkg}", f"FIELDS={FIELD}",
                         "DPI=40", "FORMAT=1", f"OUTPUT_FOLDER={tmp_path}"])
    assert (tmp_path / f"{FIELD}.pdf").is_file(), proc.stdout
    assert pdf_pages(tmp_path / f"{FIELD}.pdf") == 1


def test_atlas_without_profile_has_one_page_and_no_table(sample_gpkg):
    from qgis.core import QgsFeatureRequest, QgsLayoutFrame, QgsProject

    from wijkmonitor_plugin.algorithms.export_atlas import build_atlas
    from wijkmonitor_plugin.qgis_adapters import layout as lay

    layer = QgsVectorLayer(str(sample_gpkg), "in", "ogr").materialize(QgsFeatureRequest())
    project = QgsProject()
    project.addMapLayer(layer)
    layout, _coverage, table = build_atlas(project, layer, FIELD, "wijkcode", None, {}, None, "en", "Source",
                                           profile=False, add_to_project=False)
    assert table is None and layout.pageCollection().pageCount() == 1
    assert not [i for i in layout.items() if isinstance(i, QgsLayoutFrame)] and not layout.multiFrames()
    assert lay.item(layout, "profile_title") is None and lay.item(layout, "map") is not None
    assert lay.item(layout, "map").atlasScalingMode() == lay.item(layout, "map").AtlasScalingMode.Predefined


def test_national_values_add_the_netherlands_column(sample_gpkg):
    from qgis.core import QgsFeatureRequest, QgsProcessingException, QgsProject

    from wijkmonitor_plugin.algorithms.export_atlas import build_atlas, parse_national
    from wijkmonitor_plugin.qgis_adapters import layout as lay

    assert parse_national("percentageHuishoudensMetLaagInkomen=38,2; nettoArbeidsparticipatie = 69.4") == {
        FIELD: 38.2, "nettoArbeidsparticipatie": 69.4}
    with pytest.raises(QgsProcessingException):
        parse_national("percentageHuishoudensMetLaagInkomen")
    layer = QgsVectorLayer(str(sample_gpkg), "in", "ogr").materialize(QgsFeatureRequest())
    project = QgsProject()
    project.addMapLayer(layer)
    layout, _coverage, table = build_atlas(project, layer, FIELD, "wijkcode", None, {}, [FIELD], "nl", "Bron",
                                           add_to_project=False, national={FIELD: 38.2})
    columns = [c.attribute() for c in lay.item(layout, "profile_table").multiFrame().columns()]
    assert "national_text" in columns
    row = next(f for f in table.getFeatures() if f["area"] == "WK0363AA")
    assert row["national_text"] == "38,2%"


def test_logo_is_shown_when_given(sample_gpkg):
    from qgis.core import QgsProject

    from wijkmonitor_plugin.paths import icon_path
    from wijkmonitor_plugin.qgis_adapters import layout as lay

    layer = QgsVectorLayer(str(sample_gpkg), "in", "ogr")
    project = QgsProject()
    layout = lay.theme_map_layout(project, layer, "T", "S", "Bron", "L", logo=icon_path(), add_to_project=False)
    logo = lay.item(layout, "logo")
    assert logo.isVisible() and logo.picturePath() == icon_path()


def test_exportmaps_leaves_a_project_layer_as_it_was(run_alg, sample_gpkg, tmp_path):
    """A whole layer is cloned, a selection copied: the user's layer keeps its renderer either way."""
    from qgis.core import QgsProcessingFeatureSourceDefinition, QgsProject

    layer = QgsVectorLayer(str(sample_gpkg), "buurten", "ogr")
    QgsProject.instance().addMapLayer(layer)
    try:
        before = layer.renderer().dump()
        run_alg("wijkmonitor:exportmaps", {"INPUT": layer, "FIELDS": [FIELD], "DPI": 30, "FORMAT": 1,
                                           "OUTPUT_FOLDER": str(tmp_path / "whole")})
        assert layer.renderer().dump() == before
        layer.selectByExpression('"gemeentecode" = \'GM0363\' AND "aantalInwoners" > 5000')
        selected = QgsProcessingFeatureSourceDefinition(layer.id(), True)
        run_alg("wijkmonitor:exportmaps", {"INPUT": selected, "FIELDS": [FIELD], "DPI": 30, "FORMAT": 1,
                                           "OUTPUT_FOLDER": str(tmp_path / "selection")})
        assert layer.renderer().dump() == before
        assert (tmp_path / "whole" / f"{FIELD}.pdf").is_file() and (tmp_path / "selection" / f"{FIELD}.pdf").is_file()
    finally:
        QgsProject.instance().removeMapLayer(layer.id())


def test_input_layers_are_left_as_they_were(run_alg, sample_gpkg, tmp_path):
    from qgis.core import QgsProject

    own = QgsVectorLayer(str(sample_gpkg), "mine", "ogr")  # handed over as an object: styled in place, put back
    in_project = QgsVectorLayer(str(sample_gpkg), "in project", "ogr")
    QgsProject.instance().addMapLayer(in_project)
    try:
        for layer in (own, in_project):
            renderer_xml = layer.renderer().dump()
            run_alg("wijkmonitor:exportmaps", {"INPUT": layer, "FIELDS": [FIELD], "FORMAT": 1, "DPI": 30,
                                               "LABELS": False, "OUTPUT_FOLDER": str(tmp_path / layer.name())})
            assert (tmp_path / layer.name() / f"{FIELD}.pdf").is_file()
            assert layer.renderer().type() == "singleSymbol" and layer.renderer().dump() == renderer_xml
            assert layer.name() in ("mine", "in project") and not layer.customProperty("wijkmonitor/style")
    finally:
        QgsProject.instance().removeMapLayer(in_project.id())
