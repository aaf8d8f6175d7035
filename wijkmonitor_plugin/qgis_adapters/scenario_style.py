"""A diverging map style for the change of a scenario score: blue = less deprived, red = more deprived.

Built from the maps area's building blocks (:mod:`..core.classify` breaks and labels,
:mod:`..core.palettes` colour-blind-safe ColorBrewer RdBu, :mod:`.style` symbols). Unlike a plain
diverging style it keeps "no change" (exactly 0, most areas in a targeted scenario) as its own
neutral class, so an unchanged buurt never looks slightly better or worse, and NULL as the
hatched "no data" class.
"""

from __future__ import annotations

import numpy as np
from qgis.core import QgsExpression, QgsProcessingLayerPostProcessorInterface, QgsRuleBasedRenderer

from ..core import classify as cl
from ..core import palettes
from ..i18n import translate
from .style import fill_symbol, map_language, no_data_symbol

NO_CHANGE_COLOUR = "#f7f7f7"
CLASSES_PER_SIDE = 3


def delta_classes(values, lang: str = "en") -> list:
    """(filter operator pairs, colour, label) per class: improvements (< 0) first, then worsening (> 0)."""
    data = cl.clean_values(values)
    below = np.sort(data[data < 0])
    above = np.sort(data[data > 0])
    sides = []
    for side, sign in ((below, -1), (above, 1)):
        if side.size == 0:
            sides.append([])
            continue
        breaks = cl._dedupe(np.quantile(side, np.linspace(0, 1, CLASSES_PER_SIDE + 1)))
        if sign < 0:
            breaks[-1] = 0.0
        else:
            breaks[0] = 0.0
        if len(breaks) < 2:
            breaks = [float(side[0]), 0.0] if sign < 0 else [0.0, float(side[0])]
        sides.append(breaks)
    n_below = max(0, len(sides[0]) - 1)
    n_above = max(0, len(sides[1]) - 1)
    colours = palettes.diverging_colours(n_below, n_above, palettes.WORSE)
    decimals = cl.auto_decimals(sides[0] + sides[1])
    out = []
    for i in range(n_below):
        lo, hi = sides[0][i], sides[0][i + 1]
        out.append((lo, hi, "below", colours[i], cl.range_label(lo, hi, decimals, lang)))
    for i in range(n_above):
        lo, hi = sides[1][i], sides[1][i + 1]
        out.append((lo, hi, "above", colours[n_below + i], cl.range_label(lo, hi, decimals, lang)))
    return out


def delta_renderer(field_name: str, values, lang: str | None = None) -> QgsRuleBasedRenderer:
    """Rule-based renderer: classes below 0 (less deprived), 'no change', classes above 0, 'no data'."""
    lang = lang or map_language()
    ref = QgsExpression.quotedColumnRef(field_name)
    root = QgsRuleBasedRenderer.Rule(None)
    classes = delta_classes(values, lang)
    below = [c for c in classes if c[2] == "below"]
    above = [c for c in classes if c[2] == "above"]

    def add(colour, expression, label):
        root.appendChild(QgsRuleBasedRenderer.Rule(fill_symbol(colour), 0, 0, expression, label))

    for i, (lo, hi, _, colour, label) in enumerate(below):
        low = f"{ref} >= {lo!r}" if i == 0 else f"{ref} > {lo!r}"
        high = f"{ref} < 0" if hi == 0 else f"{ref} <= {hi!r}"
        add(colour, f"{low} AND {high}", label)
    add(NO_CHANGE_COLOUR, f"{ref} = 0", translate("ScenarioStyle", "no change"))
    for lo, hi, _, colour, label in above:
        add(colour, f"{ref} > 0 AND {ref} <= {hi!r}" if lo == 0 else f"{ref} > {lo!r} AND {ref} <= {hi!r}", label)
    root.appendChild(QgsRuleBasedRenderer.Rule(no_data_symbol(), 0, 0, f"{ref} IS NULL",
                                               translate("ScenarioStyle", "no data")))
    return QgsRuleBasedRenderer(root)


def style_delta_layer(layer, field_name: str, values=None) -> QgsRuleBasedRenderer:
    """Set the delta renderer on ``layer`` (reads the field unless ``values`` are given)."""
    if values is None:
        idx = layer.fields().lookupField(field_name)
        values = [f.attributes()[idx] for f in layer.getFeatures()] if idx >= 0 else []
    renderer = delta_renderer(field_name, values)
    layer.setRenderer(renderer)
    layer.triggerRepaint()
    return renderer


class DeltaStylePostProcessor(QgsProcessingLayerPostProcessorInterface):
    """Styles the output layer when Processing loads it (toolbox, batch, modeler) and sets the field aliases,
    which file formats do not keep."""

    def __init__(self, field_name: str | None, aliases: dict | None = None):
        super().__init__()
        self.field_name = field_name
        self.aliases = dict(aliases or {})

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802 (QGIS API)
        if layer is None or not layer.isValid():
            return
        for name, alias in self.aliases.items():
            index = layer.fields().indexOf(name)
            if index >= 0:
                layer.setFieldAlias(index, alias)
        if self.field_name and layer.fields().lookupField(self.field_name) >= 0 and hasattr(layer, "setRenderer"):
            style_delta_layer(layer, self.field_name)
