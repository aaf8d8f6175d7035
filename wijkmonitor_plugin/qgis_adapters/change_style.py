"""The change map style: how each area changed since a year, with which way is better.

A rule-based renderer on the trend fields of one indicator (``<stem>_change`` and
``<stem>_class`` from ``wijkmonitor:trend``): the areas whose change is within the
threshold (or the margin) are one neutral class "stable"; the areas that got better or worse
get colour-blind-safe diverging classes (ColorBrewer RdBu: blue better, red worse; PuOr for
indicators without a direction), light for small changes and dark for large ones; NULL is
the hatched "no data" class. The legend title says the indicator, the period ("since
2012", 2012 → 2020) and which way is better.

:func:`style_change_layer` styles a layer; :func:`change_legend_title` gives the legend
title for a layout; :func:`change_rules` the classes (filter, colour, label) for other
renderers. The settings are kept on the layer (custom property ``wijkmonitor/change``).
:func:`reallocation_renderer` draws the output of ``wijkmonitor:reallocate`` by how each area
changed (same, recoded, split, merged, redrawn, no source).
"""

from __future__ import annotations

import json

import numpy as np
from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsExpression,
    QgsRendererCategory,
    QgsRuleBasedRenderer,
)

from ..core import classify as cl
from ..core import palettes
from ..core import reallocate as ra
from ..core import trend as tr
from ..i18n import translate
from .frames import source_to_frame
from .style import apply_renderer, fill_symbol, map_language, no_data_symbol

CHANGE_PROPERTY = "wijkmonitor/change"
STABLE_COLOUR = "#f7f7f7"
CLASSES_PER_SIDE = 2


def direction_text(direction: str) -> str:
    direction = palettes.normalise_direction(direction)
    if direction == palettes.BETTER:
        return translate("ChangeStyle", "higher is better")
    if direction == palettes.WORSE:
        return translate("ChangeStyle", "higher is worse")
    return translate("ChangeStyle", "no better or worse direction")


def change_legend_title(title: str, first_year: int, last_year: int, direction: str, unit: str = "") -> str:
    """'Perceived health (%)' / 'change since 2012 (2012 → 2020)' / 'higher is better'."""
    head = f"{title} ({unit})" if unit and unit.strip() not in title else title
    period = translate("ChangeStyle", "change since {first} ({first} → {last})").format(first=first_year,
                                                                                         last=last_year)
    return f"{head}\n{period}\n{direction_text(direction)}"


def _signed(value: float, decimals: int, lang: str) -> str:
    text = cl.format_number(abs(value), decimals, lang)
    return ("+" if value > 0 else "−" if value < 0 else "") + text


def change_rules(stem: str, changes, classes, direction: str, unit: str = "", decimals: int | None = None,
                 lang: str = "en") -> list[tuple[str, str, str]]:
    """(filter expression, colour, legend label) per class, in order of the change: decreases, stable, increases,
    no data."""
    change = QgsExpression.quotedColumnRef(f"{stem}_change")
    klass = QgsExpression.quotedColumnRef(f"{stem}_class")
    values = np.asarray([float(v) for v, c in zip(changes, classes) if c not in (None, tr.STABLE) and v is not None
                         and np.isfinite(float(v))], dtype="float64")
    sides = []
    for side in (np.sort(-values[values < 0]), np.sort(values[values > 0])):
        if side.size == 0:
            sides.append([])
            continue
        cut = float(np.median(side)) if side.size > 1 and CLASSES_PER_SIDE > 1 else None
        edges = [0.0] + ([cut] if cut is not None and cut < float(side[-1]) else []) + [float(side[-1])]
        sides.append(edges)
    n_down, n_up = max(0, len(sides[0]) - 1), max(0, len(sides[1]) - 1)
    colours = palettes.diverging_colours(n_down, n_up, direction)
    decimals = cl.auto_decimals(sides[0] + sides[1]) if decimals is None else decimals
    word_up, word_down = {palettes.BETTER: (tr.BETTER, tr.WORSE),
                          palettes.WORSE: (tr.WORSE, tr.BETTER)}.get(palettes.normalise_direction(direction),
                                                                     (tr.HIGHER, tr.LOWER))
    short = cl.short_unit(unit)
    not_stable = f"{klass} IS NOT NULL AND {klass} <> '{tr.STABLE}'"
    rules = []
    down = sides[0]
    for i in range(n_down - 1, -1, -1):  # largest decrease first
        lo, hi = down[i], down[i + 1]
        expr = f"{not_stable} AND {change} < 0 AND -{change} > {lo!r}" + (
            f" AND -{change} <= {hi!r}" if i < n_down - 1 else "")
        label = f"{_signed(-hi, decimals, lang)} – {_signed(-lo, decimals, lang)}" if lo > 0 else \
            translate("ChangeStyle", "up to {value}").format(value=_signed(-hi, decimals, lang))
        rules.append((expr, colours[n_down - 1 - i], f"{cl.with_unit(label, short)} ({tr.class_label(word_down)})"))
    rules.append((f"{klass} = '{tr.STABLE}'", STABLE_COLOUR, tr.class_label(tr.STABLE)))
    up = sides[1]
    for i in range(n_up):
        lo, hi = up[i], up[i + 1]
        expr = f"{not_stable} AND {change} > {lo!r}" + (f" AND {change} <= {hi!r}" if i < n_up - 1 else "")
        label = f"{_signed(lo, decimals, lang)} – {_signed(hi, decimals, lang)}" if lo > 0 else \
            translate("ChangeStyle", "up to {value}").format(value=_signed(hi, decimals, lang))
        rules.append((expr, colours[n_down + i], f"{cl.with_unit(label, short)} ({tr.class_label(word_up)})"))
    rules.append((f"{klass} IS NULL", "", cl.no_data_label()))
    return rules


def change_renderer(stem: str, changes, classes, direction: str, unit: str = "", decimals: int | None = None,
                    lang: str | None = None) -> QgsRuleBasedRenderer:
    root = QgsRuleBasedRenderer.Rule(None)
    for expression, colour, label in change_rules(stem, changes, classes, direction, unit, decimals,
                                                  lang or map_language()):
        symbol = fill_symbol(colour) if colour else no_data_symbol()
        root.appendChild(QgsRuleBasedRenderer.Rule(symbol, 0, 0, expression, label))
    return QgsRuleBasedRenderer(root)


def style_change_layer(layer, stem: str, first_year: int, last_year: int, direction: str, title: str | None = None,
                       unit: str = "", decimals: int | None = None, lang: str | None = None,
                       values=None) -> QgsRuleBasedRenderer:
    """Style ``layer`` by the change of ``stem`` (fields ``<stem>_change``, ``<stem>_class``) and keep the
    settings (period, direction, legend title) on the layer for layouts. ``values`` = (changes, classes) lets
    a caller that has read the two columns skip reading them again."""
    if values is None:
        frame = source_to_frame(layer, [f"{stem}_change", f"{stem}_class"])
        values = (frame[f"{stem}_change"].tolist(), frame[f"{stem}_class"].tolist())
    renderer = change_renderer(stem, list(values[0]), list(values[1]), direction, unit, decimals, lang)
    apply_renderer(layer, renderer)  # a clone QGIS owns: a layout legend may replace it while it is set
    legend = change_legend_title(title or stem, first_year, last_year, direction, unit)
    layer.setCustomProperty(CHANGE_PROPERTY, json.dumps({
        "stem": stem, "change_field": f"{stem}_change", "class_field": f"{stem}_class", "first_year": first_year,
        "last_year": last_year, "direction": palettes.normalise_direction(direction), "title": title or stem,
        "unit": unit, "legend_title": legend}))
    layer.triggerRepaint()
    return renderer


def change_settings(layer) -> dict:
    """The change style settings stored on ``layer`` (empty when it has none)."""
    raw = layer.customProperty(CHANGE_PROPERTY, "")
    try:
        return json.loads(raw) if raw else {}
    except (TypeError, ValueError):
        return {}


#: colours per reallocation kind (Okabe-Ito, colour-blind safe; unchanged areas pale)
REALLOCATION_COLOURS = {ra.SAME: "#f0f0f0", ra.RECODED: "#c6dbef", ra.SPLIT: "#e69f00", ra.MERGED: "#009e73",
                        ra.REDRAWN: "#cc79a7", ra.NONE: ""}


def reallocation_label(kind: str) -> str:
    return {
        ra.SAME: translate("ChangeStyle", "unchanged"),
        ra.RECODED: translate("ChangeStyle", "new code, same area"),
        ra.SPLIT: translate("ChangeStyle", "part of a former area (split)"),
        ra.MERGED: translate("ChangeStyle", "former areas merged"),
        ra.REDRAWN: translate("ChangeStyle", "boundaries redrawn"),
        ra.NONE: translate("ChangeStyle", "no former area (no figures)"),
    }[kind]


def reallocation_renderer(field_name: str = "reallocation") -> QgsCategorizedSymbolRenderer:
    """Categories by the ``reallocation`` field of ``wijkmonitor:reallocate``."""
    categories = [QgsRendererCategory(kind, fill_symbol(colour) if colour else no_data_symbol(),
                                      reallocation_label(kind)) for kind, colour in REALLOCATION_COLOURS.items()]
    return QgsCategorizedSymbolRenderer(field_name, categories)
