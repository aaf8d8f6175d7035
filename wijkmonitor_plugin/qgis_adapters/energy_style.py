"""The map of the energy-transition types: one colour per type, hatched "not enough data".

Colours and labels come from :mod:`..core.energy`; symbols from :mod:`.style`, so the map reads
like every other Wijkmonitor map. A rule-based renderer keeps "not enough data" (NULL) as its
own hatched class, and each rule stays editable in the layer styling panel.
"""

from __future__ import annotations

from qgis.core import QgsExpression, QgsRuleBasedRenderer

from ..core import energy as en
from .style import apply_renderer, fill_symbol, no_data_symbol


def type_renderer(field_name: str = en.TYPE, types=en.TYPES) -> QgsRuleBasedRenderer:
    """One rule per type (legend label = the type's name) and the "not enough data" rule last."""
    ref = QgsExpression.quotedColumnRef(field_name)
    root = QgsRuleBasedRenderer.Rule(None)
    for code in types:
        root.appendChild(QgsRuleBasedRenderer.Rule(fill_symbol(en.TYPE_COLOURS[code]), 0, 0,
                                                   f"{ref} = {QgsExpression.quotedString(code)}",
                                                   en.type_label(code)))
    root.appendChild(QgsRuleBasedRenderer.Rule(no_data_symbol(), 0, 0, f"{ref} IS NULL", en.type_label(None)))
    return QgsRuleBasedRenderer(root)


def style_type_layer(layer, field_name: str = en.TYPE, present_only: bool = False) -> None:
    """Draw ``layer`` by its type field; ``present_only`` leaves types no area has out of the legend.

    The layer gets a clone of the renderer, so QGIS alone owns what the layer holds (a layout
    legend that locks the layer's style may replace the renderer while it is being set).
    """
    types = en.TYPES
    if present_only:
        index = layer.fields().lookupField(field_name)
        seen = {f.attributes()[index] for f in layer.getFeatures()} if index >= 0 else set()
        types = [t for t in en.TYPES if t in seen]
    apply_renderer(layer, type_renderer(field_name, types))
    layer.triggerRepaint()
