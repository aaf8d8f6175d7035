"""Styling on the real sample: renderer, classes, NULL class, direction; layouts, PNG pixels, PDFs."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from qgis.core import (
    QgsFeatureRequest,
    QgsProject,
    QgsRuleBasedRenderer,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QColor, QImage

from wijkmonitor_plugin.core import classify as cl
from wijkmonitor_plugin.core import palettes
from wijkmonitor_plugin.qgis_adapters import layout as lay
from wijkmonitor_plugin.qgis_adapters import style
from wijkmonitor_plugin.qgis_adapters.compat import make_field

FIELD = "percentageHuishoudensMetLaagInkomen"


@pytest.fixture()
def buurten(sample_gpkg) -> QgsVectorLayer:
    """A private in-memory copy of the sample (tests restyle it freely)."""
    layer = QgsVectorLayer(str(sample_gpkg), "buurten", "ogr").materialize(QgsFeatureRequest())
    assert layer.featureCount() == 519
    return layer


def rules(layer) -> list[dict]:
    """The rules as plain data (label, filter, colour, symbol layer types): rule wrappers must not outlive
    the renderer they belong to."""
    renderer = layer.renderer()
    assert isinstance(renderer, QgsRuleBasedRenderer)
    out = []
    for r in renderer.rootRule().children():
        symbol = r.symbol()
        out.append({"label": r.label(), "filter": r.filterExpression(), "colour": symbol.color().name(),
                    "layers": [symbol.symbolLayer(i).layerType() for i in range(symbol.symbolLayerCount())]})
    return out


def test_renderer_classes_and_null_class(buurten):
    c = style.style_layer(buurten, FIELD, cl.QUANTILE, 5, lang="en")
    children = rules(buurten)
    assert len(children) == 6
    assert [r["label"] for r in children[:5]] == [k.label for k in c.classes]
    assert [r["colour"] for r in children[:5]] == c.colours
    null = children[-1]
    assert null["label"] == "no data" and null["filter"] == f'"{FIELD}" IS NULL'
    assert null["layers"] == ["SimpleFill", "LinePatternFill"]
    # every feature is drawn by exactly one rule; the NULL rule counts the buurten without data
    counts = {r["label"]: 0 for r in children}
    from qgis.core import QgsExpression, QgsExpressionContext, QgsExpressionContextUtils

    ctx = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(buurten))
    exprs = [(r["label"], QgsExpression(r["filter"])) for r in children]
    for feature in buurten.getFeatures():
        ctx.setFeature(feature)
        hits = [label for label, e in exprs if e.evaluate(ctx)]
        assert len(hits) == 1, (feature["statcode"], hits)
        counts[hits[0]] += 1
    assert counts["no data"] == c.no_data_count == sum(1 for f in buurten.getFeatures() if f[FIELD] is None or
                                                         str(f[FIELD]) == "NULL")
    assert [counts[k.label] for k in c.classes] == [k.count for k in c.classes]


@pytest.mark.parametrize("method", [cl.QUANTILE, cl.JENKS, cl.EQUAL, cl.PRETTY, cl.STDDEV])
def test_breaks_per_method_match_the_core(buurten, method):
    values = [f[FIELD] for f in buurten.getFeatures()]
    c = style.style_layer(buurten, FIELD, method, 5, lang="en")
    assert c.breaks == pytest.approx(cl.classify(values, method, 5, direction="worse").breaks)
    assert len(rules(buurten)) == len(c.classes) + 1
    if method == cl.PRETTY:
        assert all(b == int(b) for b in c.breaks)


def test_direction_from_catalogue_and_explicit(buurten):
    worse = style.style_layer(buurten, FIELD, cl.QUANTILE, 5, lang="en")  # catalogue: higher is worse
    assert worse.direction == palettes.WORSE
    darkest = min(range(5), key=lambda i: palettes.luminance(worse.colours[i]))
    assert darkest == 4
    better = style.style_layer(buurten, "nettoArbeidsparticipatie", cl.QUANTILE, 5, lang="en")
    assert better.direction == palettes.BETTER
    assert min(range(5), key=lambda i: palettes.luminance(better.colours[i])) == 0
    forced = style.style_layer(buurten, FIELD, cl.QUANTILE, 5, direction="better", lang="en")
    assert forced.colours == worse.colours[::-1]


def test_dutch_legend_and_diverging_municipal_reference(buurten):
    c = style.style_layer(buurten, FIELD, cl.EQUAL, 6, reference=style.REFERENCE_MUNICIPAL, lang="nl")
    assert all("," in k.label and k.label.endswith("%") for k in c.classes)
    values = [(f[FIELD], f["aantalHuishoudens"]) for f in buurten.getFeatures()]
    pairs = [(v, w) for v, w in values if v is not None and w is not None and str(v) != "NULL"]
    weighted = sum(v * w for v, w in pairs) / sum(w for _v, w in pairs)
    assert c.reference == pytest.approx(weighted)
    assert c.reference in c.breaks
    title = style.legend_title("Huishoudens met een laag inkomen", "%", c, "nl")
    assert title.splitlines()[1] == "colours around " + cl.with_unit(cl.format_number(c.reference, c.decimals, "nl"),
                                                                      "%")
    assert "," in title.splitlines()[1]


def test_decile_field_gets_the_fixed_decile_style(buurten):
    values = sorted(((f[FIELD], f.id()) for f in buurten.getFeatures() if f[FIELD] is not None
                     and str(f[FIELD]) != "NULL"), reverse=True)
    deciles = {fid: 1 + (10 * i) // len(values) for i, (_v, fid) in enumerate(values)}
    provider = buurten.dataProvider()
    provider.addAttributes([make_field("index_decile", "int")])
    buurten.updateFields()
    idx = buurten.fields().lookupField("index_decile")
    provider.changeAttributeValues({fid: {idx: d} for fid, d in deciles.items()})
    c = style.style_layer(buurten, "index_decile", lang="en")
    assert c.method == cl.DECILE
    children = rules(buurten)
    assert [r["filter"] for r in children[:2]] == ['"index_decile" = 1.0', '"index_decile" = 2.0']
    assert children[0]["label"] == "1 (most deprived)" and children[9]["label"] == "10 (least deprived)"
    assert palettes.luminance(c.colours[0]) < palettes.luminance(c.colours[9])
    assert [k.count for k in c.classes] == [sum(1 for d in deciles.values() if d == k) for k in range(1, 11)]


def test_labels_with_buurt_names(buurten):
    style.style_layer(buurten, FIELD, label_field="statnaam", lang="en")
    assert buurten.labelsEnabled() and buurten.labeling().settings().fieldName == "statnaam"
    style.style_layer(buurten, FIELD, lang="en")
    assert not buurten.labelsEnabled()


def test_layers_hold_styles_that_qgis_made(buurten):
    """The root cause of the desktop crash: a layer must never hold a renderer or labeling made in Python.

    QGIS may delete a layer's renderer inside ``setRenderer()`` (a layout legend applying a locked
    style); a Python-made one then leaves sip writing into freed memory (tests/test_desktop_crash.py).
    """
    from qgis.PyQt import sip

    style.style_layer(buurten, FIELD, label_field="statnaam", lang="en")
    assert not sip.ispycreated(buurten.renderer())
    assert not sip.ispycreated(buurten.labeling())
    lay.apply_renderer(buurten, lay.coverage_renderer())
    assert not sip.ispycreated(buurten.renderer())


def pdf_pages(path) -> int:
    """Pages of a PDF: pdfinfo (poppler-utils) when installed, else the page objects in the file."""
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
        return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", Path(path).read_bytes()))


def _pixel(image: QImage, layout, x: float, y: float, dpi: float) -> QColor:
    map_item = lay.item(layout, "map")
    extent = map_item.extent()
    pos = map_item.pagePositionWithUnits()
    size = map_item.sizeWithUnits()
    px = (pos.x() + (x - extent.xMinimum()) / extent.width() * size.width()) * dpi / 25.4
    py = (pos.y() + (extent.yMaximum() - y) / extent.height() * size.height()) * dpi / 25.4
    return QColor(image.pixel(int(round(px)), int(round(py))))


@pytest.mark.parametrize("orientation", [lay.LANDSCAPE, lay.PORTRAIT])
def test_theme_layout_items_and_png_shows_the_classes(buurten, tmp_path, orientation):
    c = style.style_layer(buurten, FIELD, cl.QUANTILE, 5, lang="en")
    project = QgsProject()
    project.addMapLayer(buurten)
    layout = lay.theme_map_layout(project, buurten, "Low-income households", "Per buurt in Amsterdam, 2023",
                                  "Source: CBS", "Low-income households (%)", orientation=orientation)
    assert layout in project.layoutManager().layouts()
    for item_id in ("map", "legend", "scalebar", "north_arrow", "title", "subtitle", "source"):
        assert lay.item(layout, item_id) is not None, item_id
    assert lay.item(layout, "title").text() == "Low-income households"
    assert lay.item(layout, "source").text() == "Source: CBS"
    assert lay.item(layout, "map").layers() == [buurten]
    assert lay.item(layout, "north_arrow").picturePath().startswith("base64:")  # embedded: no plugin path
    assert lay.item(layout, "scalebar").linkedMap() is lay.item(layout, "map")
    assert not lay.item(layout, "logo").isVisible()
    legend_layers = lay.item(layout, "legend").model().rootGroup().findLayers()
    assert [n.layer() for n in legend_layers] == [buurten]

    dpi = 60
    png = lay.export_png(layout, tmp_path / "map.png", dpi)
    image = QImage(str(png))
    assert not image.isNull()
    checked = 0
    nulls = 0
    for feature in sorted(buurten.getFeatures(), key=lambda f: -f.geometry().area())[:90]:
        inner = feature.geometry().buffer(-120, 4)
        if inner.isEmpty():
            continue
        point = inner.pointOnSurface().asPoint()
        colour = _pixel(image, layout, point.x(), point.y(), dpi)
        value = feature[FIELD]
        if value is None or str(value) == "NULL":
            nulls += 1
            assert abs(colour.red() - colour.green()) < 12 and abs(colour.green() - colour.blue()) < 12  # grey
            continue
        expected = QColor(c.classes[c.class_of(value)].colour)
        assert abs(colour.red() - expected.red()) < 14, (feature["statnaam"], colour.name(), expected.name())
        assert abs(colour.green() - expected.green()) < 14
        assert abs(colour.blue() - expected.blue()) < 14
        checked += 1
    assert checked >= 15 and nulls >= 1


def test_pdf_export_is_complete_and_atomic(buurten, tmp_path):
    style.style_layer(buurten, FIELD, lang="en")
    project = QgsProject()
    project.addMapLayer(buurten)
    layouts = [lay.theme_map_layout(project, buurten, f"Map {i}", "", "Source", "Legend", "A3", lay.PORTRAIT)
               for i in range(2)]
    pdf = lay.export_pdf(layouts[0], tmp_path / "one.pdf", 72)
    assert pdf_pages(pdf) == 1
    assert re.search(rb"/MediaBox \[0 0 84[12](\.\d+)? 119[01](\.\d+)?\]", pdf.read_bytes())  # A3 portrait
    with lay.PdfBook(tmp_path / "book.pdf", 72) as book:
        for layout in layouts:
            book.add(layout)
    assert pdf_pages(tmp_path / "book.pdf") == 2
    with pytest.raises(RuntimeError), lay.PdfBook(tmp_path / "broken.pdf", 72) as book:
        book.add(layouts[0])
        raise RuntimeError("fail half-way")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["book.pdf", "one.pdf"]  # no partial files


def test_templates_load_with_every_item(qgis_app):
    project = QgsProject()
    for size in ("A4", "A3"):
        for orientation in (lay.PORTRAIT, lay.LANDSCAPE):
            layout = lay.load_template(project, lay.template_name(size, orientation), f"{size} {orientation}")
            page = layout.pageCollection().page(0).pageSize()
            assert (page.width() > page.height()) == (orientation == lay.LANDSCAPE)
            for item_id in ("map", "legend", "scalebar", "north_arrow", "title", "subtitle", "source", "logo"):
                assert lay.item(layout, item_id) is not None
    atlas = lay.load_template(project, lay.ATLAS_TEMPLATE, "atlas")
    assert atlas.pageCollection().pageCount() == 3  # the map, the wijkprofiel, facts and perceptions
    assert lay.item(atlas, "profile_table") is not None and lay.item(atlas, "profile_title") is not None
    for item_id in ("perception_title", "perception_intro", "perception_chart", "perception_table", "similar_title",
                    "similar_intro", "similar_table", "cluster_title", "cluster_text", "perception_source",
                    "perception_page_number"):
        assert lay.item(atlas, item_id) is not None and lay.item(atlas, item_id).page() == 2, item_id
