"""The portrait templates (resources/layouts/portrait_*.qpt) and the layout rules they follow."""

from __future__ import annotations

import pytest
from qgis.core import (
    Qgis,
    QgsLayout,
    QgsLayoutItemLabel,
    QgsLayoutItemMap,
    QgsLayoutItemScaleBar,
    QgsProject,
    QgsReadWriteContext,
    QgsRectangle,
)
from qgis.PyQt.QtGui import QFont
from qgis.PyQt.QtXml import QDomDocument

from wijkmonitor_plugin.qgis_adapters import layout as lay
from wijkmonitor_plugin.qgis_adapters import portrait_layout as pl

IDS = {
    pl.COVER: {"title", "subtitle", "logo", "map", "north_arrow", "scalebar", "section", "intro", "table", "source"},
    pl.TYPOLOGY: {"title", "subtitle", "intro", "map", "north_arrow", "scalebar", "legend", "table", "source"},
    pl.MAPS: {"title", "subtitle", "scalebar", "source"} | {f"{kind}_{k}" for kind in ("map", "map_title", "legend")
                                                             for k in range(1, 7)},
    pl.TABLE: {"title", "subtitle", "table", "source"},
    pl.SOURCES: {"title", "subtitle", "table", "notes", "source"},
}


@pytest.mark.parametrize("name", sorted(IDS))
def test_the_templates_are_editable_qgis_layouts(qgis_app, name):
    xml = lay.template_path(name).read_text(encoding="utf-8")
    assert "Arial" not in xml and "fontFamily" not in xml  # no named font family: QGIS uses its default
    layout = pl.load(QgsProject.instance(), name)
    ids = {it.id() for it in layout.items() if hasattr(it, "id") and it.id()}
    assert IDS[name] <= ids
    assert layout.pageCollection().pageCount() == 1
    size = layout.pageCollection().page(0).pageSize()
    assert (round(size.width()), round(size.height())) == (210, 297)
    family = QFont().family()
    labels = [it for it in layout.items() if isinstance(it, QgsLayoutItemLabel)]
    assert labels and all(pl.label_font(label).family() == family for label in labels)
    assert layout.renderContext().textRenderFormat() == Qgis.TextRenderFormat.AlwaysText


def items_of(layout) -> list[tuple]:
    """What a template draws, as QGIS reads it back: each item's id, kind, place and size (mm), and text.

    Compared instead of the raw XML, which every QGIS version writes differently (new attributes, order)."""
    rows = []
    for item in layout.items():
        if not hasattr(item, "id") or not item.id():
            continue
        pos, size = item.positionWithUnits(), item.sizeWithUnits()
        text = item.text() if isinstance(item, QgsLayoutItemLabel) else ""
        rows.append((item.id(), type(item).__name__, round(pos.x(), 2), round(pos.y(), 2),
                     round(size.width(), 2), round(size.height(), 2), text))
    return sorted(rows)


def test_the_templates_are_what_the_designs_draw(qgis_app, tmp_path):
    written = pl.write_templates(tmp_path)
    assert [p.stem for p in written] == list(pl.DESIGNS)
    project = QgsProject.instance()
    for path in written:
        fresh = _load_file(project, path)
        shipped = pl.load(project, path.stem)
        assert items_of(fresh) == items_of(shipped), path.stem
        assert len(items_of(shipped)) >= len(IDS[path.stem])


def _load_file(project, path):
    layout = QgsLayout(project)
    document = QDomDocument()
    assert document.setContent(path.read_text(encoding="utf-8"))
    layout.loadFromTemplate(document, QgsReadWriteContext())
    return layout


# the atlas's standard scales (qgis_adapters/layout.py ATLAS_SCALES: scale bars land on round segments)
@pytest.mark.parametrize("needed, scale", [(4000, 5000), (5000, 5000), (120000, 125000), (260000, 500000),
                                           (310000, 500000), (800000, 1000000)])
def test_maps_get_standard_scales(needed, scale):
    assert pl.standard_scale(needed) == scale


@pytest.mark.parametrize("length, segment", [(930, 500), (1000, 1000), (2600, 2000), (7400, 5000), (60, 50)])
def test_scale_bars_have_round_segments(length, segment):
    assert pl.nice_segment(length) == segment


def test_a_round_scale_bar_on_a_standard_scale(qgis_app):
    layout = pl.load(QgsProject.instance(), pl.COVER)
    map_item = layout.itemById("map")
    assert isinstance(map_item, QgsLayoutItemMap)
    from qgis.core import QgsCoordinateReferenceSystem

    pl.zoom_map(map_item, QgsRectangle(110000, 470000, 135000, 495000), QgsCoordinateReferenceSystem("EPSG:28992"))
    assert map_item.scale() == pytest.approx(250000)  # 25 km in a 118 mm high map: 1:211.864 → 1:250.000
    bar = layout.itemById("scalebar")
    assert isinstance(bar, QgsLayoutItemScaleBar)
    pl.round_scalebar(bar, map_item)
    per = bar.unitsPerSegment()
    assert bar.numberOfSegments() == 4 and per in (1, 2, 5, 10, 20, 0.5, 0.2, 0.1, 100, 200, 500)
