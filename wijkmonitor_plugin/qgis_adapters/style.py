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
    QgsLinePatternFillSymbolLayer,
    QgsLineSymbol,
    QgsPalLayerSettings,
    QgsRuleBasedRenderer,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsUnitTypes,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtGui import QColor, QFont

from ..core import classify as cl
from ..core import palettes
from ..core.profile import IndicatorMeta, average, meta_for_field
from ..i18n import translate, user_locale
from .frames import source_to_frame

STYLE_PROPERTY = "wijkmonitor/style"
OUTLINE_COLOUR = "#8c8c8c"
OUTLINE_WIDTH = "0.12"
FONT_FAMILY = "Arial"

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


def fill_symbol(colour: str) -> QgsFillSymbol:
    return QgsFillSymbol.createSimple({"color": colour, "outline_color": OUTLINE_COLOUR,
                                       "outline_width": OUTLINE_WIDTH, "outline_width_unit": "MM"})


def no_data_symbol() -> QgsFillSymbol:
    """Light grey with dark grey diagonal hatching: clearly 'not measured', never a value class."""
    symbol = fill_symbol(palettes.NO_DATA_COLOUR)
    hatch = QgsLinePatternFillSymbolLayer()
    hatch.setLineAngle(45)
    hatch.setDistance(1.4)
    hatch.setDistanceUnit(QgsUnitTypes.RenderUnit.RenderMillimeters)
    hatch.setSubSymbol(QgsLineSymbol.createSimple({"color": palettes.NO_DATA_HATCH, "width": "0.18",
                                                   "width_unit": "MM"}))
    symbol.appendSymbolLayer(hatch)
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


def build_renderer(field_name: str, classification: cl.Classification) -> QgsRuleBasedRenderer:
    """A rule-based renderer: one rule per class (legend label = class label) and the NULL class last."""
    root = QgsRuleBasedRenderer.Rule(None)
    for i, c in enumerate(classification.classes):
        rule = QgsRuleBasedRenderer.Rule(fill_symbol(c.colour), 0, 0, class_filter(field_name, classification, i),
                                         c.label)
        root.appendChild(rule)
    null_rule = QgsRuleBasedRenderer.Rule(no_data_symbol(), 0, 0,
                                          f"{QgsExpression.quotedColumnRef(field_name)} IS NULL",
                                          classification.no_data_label)
    root.appendChild(null_rule)
    return QgsRuleBasedRenderer(root)


def label_settings(field_name: str, size: float = 6.5) -> QgsVectorLayerSimpleLabeling:
    """Buurt names, small, with a white halo, only where they fit inside the polygon."""
    fmt = QgsTextFormat()
    fmt.setFont(QFont(FONT_FAMILY))
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
    settings.fitInPolygonOnly = True
    settings.setFormat(fmt)
    return QgsVectorLayerSimpleLabeling(settings)


def reference_value(layer: QgsVectorLayer, meta: IndicatorMeta, reference) -> float | None:
    """The reference of a diverging style: a number, 'municipal' (layer average) or 'national'."""
    if reference is None or reference == REFERENCE_NONE or reference == "":
        return None
    if isinstance(reference, (int, float)):
        return float(reference)
    if reference == REFERENCE_NATIONAL:
        return meta.national
    fields = [meta.field] + ([meta.weight] if meta.weight and meta.weight in layer.fields().names() else [])
    frame = source_to_frame(layer, fields)
    return average(frame[meta.field], frame[meta.weight] if len(fields) > 1 else None)


def style_layer(layer: QgsVectorLayer, field_name: str, method: str | None = None, n_classes: int = 5,
                direction: str | None = None, title: str | None = None, unit: str | None = None,
                decimals: int | None = None, reference=None, scheme: str | None = None,
                label_field: str | None = None, lang: str | None = None,
                values=None, meta: IndicatorMeta | None = None) -> cl.Classification:
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
    meta = meta or meta_for_field(field_name, lang, title=title, unit=unit, direction=direction, decimals=decimals,
                                  alias=layer.fields().field(field_name).alias() or None)
    method = method or meta.method
    ref = reference_value(layer, meta, reference) if method in cl.CONTINUOUS_METHODS else None
    if values is None:
        values = source_to_frame(layer, [field_name])[field_name].tolist()
    classification = cl.classify(values, method, n_classes, meta.direction, unit=meta.unit,
                                 decimals=meta.decimals, lang=lang, reference=ref, diverging=ref is not None,
                                 scheme=scheme)
    layer.setRenderer(build_renderer(field_name, classification))
    if label_field and layer.fields().lookupField(label_field) >= 0:
        layer.setLabeling(label_settings(label_field))
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
