"""Themed styling of a neighbourhood layer: rule-based classes, a hatched "no data" class, labels.

The classes come from :func:`wijkmonitor_plugin.core.classify.classify`; this module only
turns them into a QGIS renderer. A rule-based renderer is used because it can hold the
explicit, hatched "geen gegevens" class for NULL next to the value classes (a graduated
renderer silently leaves NULL features out), and every class stays editable in the
layer styling panel. The settings are kept on the layer (custom property
``wijkmonitor/style``) so the panel and the layouts can read them back.
"""

from __future__ import annotations

import json

from qgis.core import (
    QgsExpression,
    QgsFillSymbol,
    QgsGeometryGeneratorSymbolLayer,
    QgsLinePatternFillSymbolLayer,
    QgsLineSymbol,
    QgsPalLayerSettings,
    QgsProperty,
    QgsRuleBasedLabeling,
    QgsRuleBasedRenderer,
    QgsSymbol,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsUnitTypes,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtGui import QColor, QFont

from ..core import classify as cl
from ..core import palettes
from ..core.profile import IndicatorMeta, average, catalogue, meta_for_field
from ..i18n import translate, user_locale
from . import compat
from .frames import source_to_frame

STYLE_PROPERTY = "wijkmonitor/style"
OUTLINE_COLOUR = "#8c8c8c"
OUTLINE_WIDTH = "0.12"

REFERENCE_NONE = "none"
REFERENCE_MUNICIPAL = "municipal"
REFERENCE_NATIONAL = "national"
REFERENCES = (REFERENCE_NONE, REFERENCE_MUNICIPAL, REFERENCE_NATIONAL)


def map_language() -> str:
    """'nl' when QGIS runs in Dutch (decimal comma in legends), else 'en'."""
    try:
        return "nl" if user_locale() == "nl" else "en"
    except Exception:  # noqa: BLE001 - no QGIS settings available
        return "en"


def default_font(size: float | None = None, bold: bool = False) -> QFont:
    """The application's (QGIS's) default font family, never a named one a machine may lack."""
    font = QFont()
    if size:
        font.setPointSizeF(size)
    font.setBold(bold)
    return font


# -- handing styles to a layer ---------------------------------------------------------------
#
# A renderer or labeling made in Python is a sip-derived object whose Python wrapper must outlive
# the C++ object. QGIS may delete what a layer holds *during* ``setRenderer()``: the call tells
# every legend of the layer to rebuild, and a layout legend whose map locks the layer's style
# applies that style as an override — replacing (and deleting) the renderer just set. sip then
# records the transfer of ownership in freed memory (a crash in the layer tree, or malloc
# corruption, moments later). The layer therefore always gets a C++-made clone it owns alone;
# the Python-made original stays with Python and is freed by it.


def apply_renderer(layer: QgsVectorLayer, renderer) -> None:
    """Give ``layer`` a clone of ``renderer`` that QGIS owns entirely (see above)."""
    layer.setRenderer(renderer.clone())


def apply_labeling(layer: QgsVectorLayer, labeling) -> None:
    """Give ``layer`` a clone of ``labeling`` (or none) that QGIS owns entirely."""
    layer.setLabeling(labeling.clone() if labeling is not None else None)


def fill_symbol(colour: str) -> QgsFillSymbol:
    return QgsFillSymbol.createSimple({"color": colour, "outline_color": OUTLINE_COLOUR,
                                       "outline_width": OUTLINE_WIDTH, "outline_width_unit": "MM"})


#: the "no data" hatch drawn as real lines clipped to the area: 1.4 mm apart at any map scale
#: (``@map_scale`` turns mm on paper into map units), at most 600 lines an area, only over the part
#: of the area in the map's extent (when map and layer share a CRS). QGIS 3.22 draws a line pattern
#: fill as an image per polygon, which made a 220-page atlas 30 MB; lines are a few bytes each (but
#: take longer to draw, so only atlases use them: see no_data_symbol).
HATCH_SPACING_MM = 1.4
HATCH_EXPRESSION = (
    f"with_variable('d', {HATCH_SPACING_MM} * coalesce(@map_scale, 1000) / 1000, "
    "with_variable('g', if(@map_extent IS NOT NULL AND @map_crs = @layer_crs, "
    "intersection($geometry, @map_extent), $geometry), "
    "with_variable('b', bounds(@g), "
    "intersection(collect_geometries(array_foreach("
    "generate_series(0, min(600, floor((x_max(@b) - x_min(@b) + y_max(@b) - y_min(@b)) / @d))), "
    "make_line(make_point(x_min(@b) + @element * @d, y_min(@b)), "
    "make_point(x_min(@b) + @element * @d - (y_max(@b) - y_min(@b)), y_max(@b))))), @g))))"
)


def _hatch_line() -> QgsLineSymbol:
    return QgsLineSymbol.createSimple({"color": palettes.NO_DATA_HATCH, "width": "0.18", "width_unit": "MM"})


def no_data_symbol(vector_hatch: bool = False) -> QgsFillSymbol:
    """Light grey with dark grey diagonal hatching: clearly 'not measured', never a value class.

    The hatch is QGIS's line pattern fill (fast to draw). With ``vector_hatch`` (the atlas: hundreds
    of pages) the map draws it as real lines from a geometry generator instead, so the PDF stays
    small; the line pattern then only draws where there is no feature geometry: legend patches and
    symbol previews.
    """
    symbol = fill_symbol(palettes.NO_DATA_COLOUR)
    if vector_hatch:
        lines = QgsGeometryGeneratorSymbolLayer.create({"geometryModifier": HATCH_EXPRESSION})
        lines.setSymbolType(QgsSymbol.SymbolType.Line)
        lines.setSubSymbol(_hatch_line())
        symbol.appendSymbolLayer(lines)
    pattern = QgsLinePatternFillSymbolLayer()
    pattern.setLineAngle(135)
    pattern.setDistance(HATCH_SPACING_MM)
    pattern.setDistanceUnit(QgsUnitTypes.RenderUnit.RenderMillimeters)
    pattern.setSubSymbol(_hatch_line())
    if vector_hatch:
        pattern.setDataDefinedProperty(compat.SYMBOL_LAYER_ENABLED,
                                       QgsProperty.fromExpression("$geometry IS NULL"))
    symbol.appendSymbolLayer(pattern)
    return symbol


def _num(value: float) -> str:
    return repr(float(value))


def class_filter(field_name: str, classification: cl.Classification, index: int) -> str:
    ref = QgsExpression.quotedColumnRef(field_name)
    c = classification.classes[index]
    if classification.categorical:
        return f"{ref} = {_num(c.value)}"
    low_op = ">=" if index == 0 else ">"
    return f"{ref} {low_op} {_num(c.lower)} AND {ref} <= {_num(c.upper)}"


def build_renderer(field_name: str, classification: cl.Classification,
                   vector_hatch: bool = False) -> QgsRuleBasedRenderer:
    """A rule-based renderer: one rule per class (legend label = class label) and the NULL class last
    (hatched; ``vector_hatch``: see :func:`no_data_symbol`)."""
    root = QgsRuleBasedRenderer.Rule(None)
    for i, c in enumerate(classification.classes):
        rule = QgsRuleBasedRenderer.Rule(fill_symbol(c.colour), 0, 0, class_filter(field_name, classification, i),
                                         c.label)
        root.appendChild(rule)
    null_rule = QgsRuleBasedRenderer.Rule(no_data_symbol(vector_hatch), 0, 0,
                                          f"{QgsExpression.quotedColumnRef(field_name)} IS NULL",
                                          classification.no_data_label)
    root.appendChild(null_rule)
    return QgsRuleBasedRenderer(root)


def label_settings(field_name: str, size: float = 6.5, only_where: str | None = None, fit_in_polygon: bool = True):
    """Buurt names, small, with a white halo, only where they fit inside the polygon (unless ``fit_in_polygon``
    is False: a report's rank numbers must each stand on the map).

    ``only_where``: an expression that limits the labels (the atlas labels only the buurten of the
    page's area: fewer labels, a smaller PDF, a calmer map).
    """
    fmt = QgsTextFormat()
    fmt.setFont(default_font(size))
    fmt.setSize(size)
    fmt.setSizeUnit(QgsUnitTypes.RenderUnit.RenderPoints)
    fmt.setColor(QColor("#1a1a1a"))
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(0.6)
    buffer.setColor(QColor(255, 255, 255))
    fmt.setBuffer(buffer)
    settings = QgsPalLayerSettings()
    settings.fieldName = field_name
    settings.placement = QgsPalLayerSettings.Placement.Horizontal
    settings.fitInPolygonOnly = fit_in_polygon
    settings.setFormat(fmt)
    if not only_where:
        return QgsVectorLayerSimpleLabeling(settings)
    root = QgsRuleBasedLabeling.Rule(None)
    root.appendChild(QgsRuleBasedLabeling.Rule(settings, 0, 0, only_where))
    return QgsRuleBasedLabeling(root)


def reference_value(layer: QgsVectorLayer, meta: IndicatorMeta, reference) -> float | None:
    """The reference of a diverging style: a number, 'municipal' (layer average) or 'national'."""
    if reference is None or reference == REFERENCE_NONE or reference == "":
        return None
    if isinstance(reference, (int, float)):
        return float(reference)
    if reference == REFERENCE_NATIONAL:
        return meta.national
    weight = weight_field(meta, layer.fields().names())
    frame = source_to_frame(layer, [meta.field] + ([weight] if weight else []))
    return average(frame[meta.field], frame[weight] if weight else None)


#: the catalogue's units are Dutch; an English map gets them in English (one language per label)
UNITS_EN = {
    "per 1.000 inwoners": "per 1,000 inhabitants",
    "per 1.000 woningen": "per 1,000 dwellings",
    "per 100 inwoners 15-64": "per 100 inhabitants aged 15-64",
    "inwoners per km²": "inhabitants per km²",
    "x 1.000 euro": "× €1,000",
    "schaalscore": "scale score",
}


def localised_unit(unit: str, lang: str) -> str:
    return UNITS_EN.get(unit, unit) if lang == "en" else unit


def weight_field(meta: IndicatorMeta, names) -> str | None:
    """The field of ``names`` that weights the average of ``meta.field``, whatever year's names the layer has.

    The catalogue names the weight by a variable (inhabitants, households, dwellings); a layer of
    2021/2022 calls it ``aantal_inwoners``, one of 2023 ``aantalInwoners``: any of the variable's
    names counts. None: a plain mean.
    """
    if not meta.weight:
        return None
    names = list(names)
    if meta.weight in names:
        return meta.weight
    cat = catalogue()
    variable = cat.find_variable(meta.weight) if cat is not None else None
    present = set(names)
    return next((n for n in variable.field_names() if n in present), None) if variable is not None else None


def indicator_meta(layer: QgsVectorLayer, field_name: str, lang: str | None = None, **given) -> IndicatorMeta:
    """Title, unit (in ``lang``), direction and weight of ``field_name`` in ``layer``.

    ``given`` overrides any of :func:`~wijkmonitor_plugin.core.profile.meta_for_field`'s keywords
    (title, unit, direction, decimals, weight).
    """
    lang = lang or map_language()
    fields = layer.fields()
    idx = fields.lookupField(field_name)
    alias = fields.field(idx).alias() if idx >= 0 else ""
    meta = meta_for_field(field_name, lang, alias=alias or None, available=fields.names(), **given)
    if given.get("unit") is None:
        meta.unit = localised_unit(meta.unit, lang)
    if not given.get("weight"):
        meta.weight = weight_field(meta, fields.names())
    return meta


def style_layer(layer: QgsVectorLayer, field_name: str, method: str | None = None, n_classes: int = 5,
                direction: str | None = None, title: str | None = None, unit: str | None = None,
                decimals: int | None = None, reference=None, scheme: str | None = None,
                label_field: str | None = None, lang: str | None = None,
                values=None, meta: IndicatorMeta | None = None, label_only_where: str | None = None,
                vector_hatch: bool = False) -> cl.Classification:
    """Classify ``field_name`` of ``layer``, set the renderer (and labels) and return the classification.

    ``method`` defaults to the field's natural method (deciles and ranks of the index get
    their fixed classes, everything else quantiles). ``reference`` ('municipal',
    'national' or a number) draws a diverging style around that value. ``values`` lets a
    caller that has already read the column skip reading it again.
    """
    if layer.fields().lookupField(field_name) < 0:
        raise ValueError(translate("Style", "The layer '{layer}' has no field '{field}'.").format(
            layer=layer.name(), field=field_name))
    lang = lang or map_language()
    meta = meta or indicator_meta(layer, field_name, lang, title=title, unit=unit, direction=direction,
                                  decimals=decimals)
    method = method or meta.method
    ref = reference_value(layer, meta, reference) if method in cl.CONTINUOUS_METHODS else None
    if values is None:
        values = source_to_frame(layer, [field_name])[field_name].tolist()
    classification = cl.classify(values, method, n_classes, meta.direction, unit=meta.unit,
                                 decimals=meta.decimals, lang=lang, reference=ref, diverging=ref is not None,
                                 scheme=scheme)
    apply_renderer(layer, build_renderer(field_name, classification, vector_hatch))
    if label_field and layer.fields().lookupField(label_field) >= 0:
        apply_labeling(layer, label_settings(label_field, only_where=label_only_where))
        layer.setLabelsEnabled(True)
    else:
        layer.setLabelsEnabled(False)
    layer.setCustomProperty(STYLE_PROPERTY, json.dumps({
        "field": field_name, "method": classification.method, "classes": n_classes,
        "direction": classification.direction, "title": meta.title, "unit": meta.unit,
        "reference": classification.reference, "label_field": label_field or "",
    }))
    layer.triggerRepaint()
    return classification


def style_settings(layer: QgsVectorLayer) -> dict:
    """The Wijkmonitor style settings stored on ``layer`` (empty when it has none)."""
    raw = layer.customProperty(STYLE_PROPERTY, "")
    try:
        return json.loads(raw) if raw else {}
    except (TypeError, ValueError):
        return {}


def legend_title(meta_title: str, unit: str, classification: cl.Classification | None = None,
                 lang: str = "en") -> str:
    """Indicator (unit); for a diverging style a second line with the value the colours turn around."""
    title = f"{meta_title} ({unit})" if unit and unit.strip() not in meta_title else meta_title
    if classification is not None and classification.reference is not None:
        value = cl.with_unit(cl.format_number(classification.reference, classification.decimals, lang),
                             cl.short_unit(unit))
        title += "\n" + translate("Style", "colours around {value}").format(value=value)
    return title
