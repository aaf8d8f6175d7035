"""The map of the energy-transition types: one colour per type, hatched "not enough data".

Colours and labels come from :mod:`..core.energy`; symbols from :mod:`.style`, so the map reads
like every other Wijkmonitor map. A rule-based renderer keeps "not enough data" (NULL) as its
own hatched class, and each rule stays editable in the layer styling panel.
"""

from __future__ import annotations

from qgis.core import QgsExpression, QgsProcessingLayerPostProcessorInterface, QgsRuleBasedRenderer

from ..core import energy as en
from .style import fill_symbol, no_data_symbol


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
    renderer = type_renderer(field_name, types)
    layer.setRenderer(renderer.clone())
    layer.triggerRepaint()


class TypeStylePostProcessor(QgsProcessingLayerPostProcessorInterface):
    """Styles the output when Processing loads it and sets the field aliases, which files do not keep."""

    def __init__(self, aliases: dict | None = None):
        super().__init__()
        self.aliases = dict(aliases or {})

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802 (QGIS API)
        if layer is None or not layer.isValid():
            return
        for name, alias in self.aliases.items():
            index = layer.fields().indexOf(name)
            if index >= 0:
                layer.setFieldAlias(index, alias)
        if layer.fields().lookupField(en.TYPE) >= 0 and hasattr(layer, "setRenderer") and layer.isSpatial():
            style_type_layer(layer)
