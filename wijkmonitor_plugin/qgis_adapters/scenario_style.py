"""A diverging map style for the change of a scenario score: blue = less deprived, red = more deprived.

Built from the maps area's building blocks (:mod:`..core.classify` breaks and labels,
:mod:`..core.palettes` colour-blind-safe ColorBrewer RdBu, :mod:`.style` symbols). Unlike a plain
diverging style it keeps "no change" (exactly 0, most areas in a targeted scenario) as its own
neutral class, so an unchanged buurt never looks slightly better or worse, and NULL as the
hatched "no data" class.
"""

from __future__ import annotations

import numpy as np
from qgis.core import QgsExpression, QgsRuleBasedRenderer

from ..core import classify as cl
from ..core import palettes
from ..i18n import translate
from .frames import source_to_frame
from .style import apply_renderer, fill_symbol, map_language, no_data_symbol

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


def style_delta_layer(layer, field_name: str, values=None) -> None:
    """Draw ``layer`` by the change in ``field_name`` (reads the field unless ``values`` are given).

    The layer gets a clone QGIS owns (:func:`.style.apply_renderer`): a renderer made in Python and handed
    to the layer can be deleted by QGIS while it is being set.
    """
    if values is None:
        values = source_to_frame(layer, [field_name])[field_name].tolist() \
            if layer.fields().lookupField(field_name) >= 0 else []
    apply_renderer(layer, delta_renderer(field_name, values))
    layer.setLabelsEnabled(False)
    layer.triggerRepaint()


def delta_style(field_name: str):
    """The draw function of a scenario output (:class:`.style_outputs.OutputStyle`): the change in ``field_name``."""

    def draw(layer):
        if layer.fields().lookupField(field_name) >= 0:
            style_delta_layer(layer, field_name)

    return draw


def decile_change_aliases() -> dict:
    """The columns of the table of areas that change decile."""
    return {
        "scenario": translate("ScenarioStyle", "Scenario"), "code": translate("ScenarioStyle", "Code"),
        "name": translate("ScenarioStyle", "Name"), "domain": translate("ScenarioStyle", "Domain (id)"),
        "domain_label": translate("ScenarioStyle", "Domain"),
        "decile_from": translate("ScenarioStyle", "Decile before"), "decile_to": translate("ScenarioStyle",
                                                                                             "Decile after"),
        "rank_from": translate("ScenarioStyle", "Rank before"), "rank_to": translate("ScenarioStyle", "Rank after"),
        "score_from": translate("ScenarioStyle", "Score before"), "score_to": translate("ScenarioStyle",
                                                                                          "Score after"),
    }
