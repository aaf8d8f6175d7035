"""wijkmonitor:exportmaps and wijkmonitor:exportatlas through Processing and qgis_process."""

from __future__ import annotations

import subprocess

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


@pytest.fixture(scope="module")
def amsterdam_atlas(processing_ready, sample_gpkg, tmp_path_factory):
    """The whole Amsterdam atlas at the default resolution (150 dpi), made once for the tests below."""
    import processing

    out = tmp_path_factory.mktemp("atlas") / "atlas.pdf"
    result = processing.run("wijkmonitor:exportatlas", {"INPUT": str(sample_gpkg), "FIELD": FIELD,
                                                        "OUTPUT": str(out)})
    return result, out


def pdf_text(path, first: int, last: int) -> str:
    import unicodedata

    text = subprocess.run(["pdftotext", "-f", str(first), "-l", str(last), str(path), "-"], capture_output=True,
                          text=True, check=True).stdout
    return unicodedata.normalize("NFKC", text)  # ligatures (ﬁ) as letters


def test_exportatlas_has_a_map_and_profile_page_per_populated_wijk(amsterdam_atlas, sample_gpkg):
    result, out = amsterdam_atlas
    layer = QgsVectorLayer(str(sample_gpkg), "in", "ogr")
    wijken = {f["wijkcode"] for f in layer.getFeatures()}
    assert len(wijken) == 111
    # WK036399 holds only the water buurten (no land area, no inhabitants): no pages of its own
    water = [f for f in layer.getFeatures() if f["wijkcode"] == "WK036399"]
    assert water and all(not f["oppervlakteLandInHa"] for f in water)
    assert result["AREAS"] == 110 and result["PAGES"] == 220
    assert pdf_pages(out) == 220
    assert [p.name for p in out.parent.iterdir()] == ["atlas.pdf"]
    first = pdf_text(out, 1, 1)
    assert "Haarlemmerbuurt" in first and "WK0363AA" in first  # the first page: a populated wijk, by name
    assert "Source: CBS Kerncijfers wijken en buurten 2023" in first and "1 / 110" in first


def test_amsterdam_atlas_pdf_is_small_and_has_text(amsterdam_atlas):
    """The whole Amsterdam atlas (220 pages) stays under 10 MB, with its text as text."""
    import os

    _result, out = amsterdam_atlas
    assert os.path.getsize(out) < 10 * 1024 * 1024
    text = pdf_text(out, 3, 4)
    assert "Jordaan" in text and "Area profile: Jordaan" in text
    images = subprocess.run(["pdfimages", "-list", "-f", "1", "-l", "20", str(out)], capture_output=True,
                            text=True, check=True).stdout.splitlines()[2:]
    big = [line for line in images if int(line.split()[3]) * int(line.split()[4]) > 200 * 200]
    assert not big, big  # the hatch is lines, not an image per buurt


def test_exportatlas_can_include_every_area(run_alg, sample_gpkg, tmp_path):
    everything = tmp_path / "all.pdf"
    result = run_alg("wijkmonitor:exportatlas", {"INPUT": str(sample_gpkg), "FIELD": FIELD, "DPI": 30,
                                                  "PROFILE": False, "INCLUDE_EMPTY": True, "OUTPUT": str(everything)})
    assert result["AREAS"] == 111 and pdf_pages(everything) == 111


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
    assert coverage.featureCount() == 111  # every wijk is drawn (veiled) ...
    assert layout.atlas().updateFeatures() == 110  # ... the 110 with land and inhabitants get pages
    assert {f["code"]: f["label"] for f in coverage.getFeatures()}["WK0363AB"] == "Jordaan"
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


def test_atlas_leaves_the_input_layer_as_it_was(sample_gpkg):
    """The atlas draws its own copy of the buurten: the input keeps its renderer, labels and name."""
    from qgis.core import QgsProject

    from wijkmonitor_plugin.algorithms.export_atlas import build_atlas

    layer = QgsVectorLayer(str(sample_gpkg), "mine", "ogr")
    project = QgsProject()
    project.addMapLayer(layer)
    before = layer.renderer().dump()
    labels = layer.labelsEnabled()  # the sample's default style (layer_styles) may label the buurten itself
    layout, _coverage, _table = build_atlas(project, layer, FIELD, "wijkcode", None, {}, None, "en", "Source")
    assert layer.renderer().dump() == before and layer.labelsEnabled() == labels and layer.name() == "mine"
    atlas_buurten = layout.itemById("map").layers()[1]
    assert atlas_buurten is not layer and atlas_buurten.featureCount() == layer.featureCount()
    assert atlas_buurten.labelsEnabled()  # the atlas labels its own copy: the page's buurten only
    rule = atlas_buurten.labeling().rootRule().children()[0]
    assert rule.filterExpression() == "\"wijkcode\" = attribute(@atlas_feature, 'code')"
    # hundreds of pages: "no data" is hatched with vector lines on the map, the line pattern only in the legend
    null = atlas_buurten.renderer().rootRule().children()[-1].symbol()
    assert [null.symbolLayer(i).layerType() for i in range(null.symbolLayerCount())] == [
        "SimpleFill", "GeometryGenerator", "LinePatternFill"]


def test_atlas_scale_bars_read_in_round_numbers(sample_gpkg, tmp_path):
    """At every atlas scale QGIS's own fitting gives segments of 1, 2 or 5 × 10ⁿ metres."""
    import math

    from qgis.core import QgsProject

    from wijkmonitor_plugin.algorithms.export_atlas import build_atlas
    from wijkmonitor_plugin.qgis_adapters import layout as lay

    layer = QgsVectorLayer(str(sample_gpkg), "in", "ogr")
    project = QgsProject()
    project.addMapLayer(layer)
    layout, _coverage, _table = build_atlas(project, layer, FIELD, "wijkcode", None, {}, None, "en", "Source",
                                            profile=False)
    bar, map_item = layout.itemById("scalebar"), layout.itemById("map")
    factor = 1000.0 if bar.unitLabel() == "km" else 1.0
    for scale in lay.ATLAS_SCALES:
        map_item.setScale(scale)
        bar.refreshSegmentMillimeters() if hasattr(bar, "refreshSegmentMillimeters") else bar.update()
        bar.refreshItemSize()
        metres = bar.unitsPerSegment() * factor
        assert metres / 10 ** math.floor(math.log10(metres)) in (1, 2, 5), (scale, metres)
    atlas = layout.atlas()
    atlas.beginRender()
    scales = set()
    for i in range(atlas.count()):
        atlas.seekTo(i)
        scales.add(round(map_item.scale()))
    atlas.endRender()
    assert scales <= set(lay.ATLAS_SCALES)


def test_qgis_process_runs_exportatlas_with_every_area(qgis_process, run_alg, sample_gpkg, tmp_path):
    subset = tmp_path / "three.gpkg"
    run_alg("native:extractbyexpression", {
        "INPUT": str(sample_gpkg), "EXPRESSION": "\"wijkcode\" IN ('WK036399', 'WK0363AA', 'WK0363AB')",
        "OUTPUT": str(subset)})
    out = tmp_path / "atlas.pdf"
    proc = qgis_process(["run", "wijkmonitor:exportatlas", "--", f"INPUT={subset}", f"FIELD={FIELD}", "DPI=30",
                         "PROFILE=false", f"OUTPUT={out}"])
    assert pdf_pages(out) == 2, proc.stdout  # the water wijk is left out ...
    proc = qgis_process(["run", "wijkmonitor:exportatlas", "--", f"INPUT={subset}", f"FIELD={FIELD}", "DPI=30",
                         "PROFILE=false", "INCLUDE_EMPTY=true", f"OUTPUT={out}"])
    assert pdf_pages(out) == 3, proc.stdout  # ... unless asked
