"""The same indicators over several years on one map: values per year, change, and better or worse.

Years come as fields named ``<indicator>_<year>`` (``goed_ervaren_gezondheid_2012`` …
``_2024``) or as plain fields of layers of different years on the same map (figures moved
with ``wijkmonitor:reallocate``). Per area and indicator: the change between the first and
the last year (absolute and relative) and per step, and a class — ``better``, ``worse`` or
``stable`` by the catalogue's direction (``higher``/``lower`` for indicators without one).
A change counts only when it is larger than the threshold (relative to the first value,
the rule the wijkprofiel uses, or in the indicator's units) and, where the source gives
margins (95 % intervals), larger than the margin of the difference.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from ..i18n import translate
from . import palettes
from .classify import format_number
from .errors import WijkmonitorError
from .profile import SIMILAR_TOLERANCE

BETTER, WORSE, STABLE, HIGHER, LOWER = "better", "worse", "stable", "higher", "lower"
CLASSES = (BETTER, WORSE, STABLE, HIGHER, LOWER)
RELATIVE, ABSOLUTE = "relative", "absolute"

YEAR_FIELD = re.compile(r"^(?P<stem>.+?)_(?P<year>(?:19|20)\d\d)$")
#: a margin of a year's value: half the 95 % interval, or its bounds
MARGIN_FIELD = re.compile(r"^(?P<stem>.+?)_(?P<year>(?:19|20)\d\d)_(?P<kind>margin|marge|lower|upper|ondergrens|"
                          r"bovengrens)$", re.IGNORECASE)
_CBS_SUFFIX = re.compile(r"_\d+$")


class TrendError(WijkmonitorError, ValueError):
    """A trend cannot be computed as asked; the message says why."""


@dataclass
class Series:
    """One indicator over the years: year → values (aligned on the areas), and margins where known."""

    stem: str
    values: dict = field(default_factory=dict)  # year -> np.ndarray
    margins: dict = field(default_factory=dict)  # year -> np.ndarray (half-width of the 95 % interval)
    fields: dict = field(default_factory=dict)  # year -> source field name (for the report)

    @property
    def years(self) -> list[int]:
        return sorted(self.values)


def year_fields(names) -> dict[str, dict[int, str]]:
    """``{stem: {year: field}}`` for the fields named ``<stem>_<year>``."""
    out: dict = {}
    for name in names:
        match = YEAR_FIELD.match(str(name))
        if match:
            out.setdefault(match.group("stem"), {})[int(match.group("year"))] = name
    return out


def margin_fields(names) -> dict[tuple[str, int], dict[str, str]]:
    """``{(stem, year): {kind: field}}`` with kind ``margin`` (half-width) or ``lower``/``upper``."""
    kinds = {"margin": "margin", "marge": "margin", "lower": "lower", "ondergrens": "lower", "upper": "upper",
             "bovengrens": "upper"}
    out: dict = {}
    for name in names:
        match = MARGIN_FIELD.match(str(name))
        if match:
            key = (match.group("stem"), int(match.group("year")))
            out.setdefault(key, {})[kinds[match.group("kind").lower()]] = name
    return out


def margin_values(frame: pd.DataFrame, spec: dict) -> np.ndarray | None:
    """Half-width of the 95 % interval from a margin field, or from lower and upper bounds."""
    if "margin" in spec:
        return pd.to_numeric(frame[spec["margin"]], errors="coerce").to_numpy(dtype="float64")
    if "lower" in spec and "upper" in spec:
        lo = pd.to_numeric(frame[spec["lower"]], errors="coerce").to_numpy(dtype="float64")
        hi = pd.to_numeric(frame[spec["upper"]], errors="coerce").to_numpy(dtype="float64")
        return (hi - lo) / 2.0
    return None


def _normal(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", _CBS_SUFFIX.sub("", str(name)).lower())


def find_indicator(catalogue, name: str):
    """The catalogue indicator behind a field or stem (its id, a published field name, a variable it takes as
    its value), ignoring case, ``_``/spaces and a CBS key suffix (``_4``); None when unknown."""
    if catalogue is None:
        return None
    for candidate in (name, _CBS_SUFFIX.sub("", str(name))):
        hit = catalogue.find_by_field(candidate)
        if hit is not None:
            return hit
    key = _normal(name)
    for ind in catalogue.indicators():
        names = [ind.id] + ind.own_field_names()
        if ind.method == "value":
            names += catalogue.variable(ind.definition["variable"]).field_names()
        if key in {_normal(n) for n in names}:
            return ind
    return None


def change_class(first: np.ndarray, last: np.ndarray, direction: str, threshold: float = 100 * SIMILAR_TOLERANCE,
                 kind: str = RELATIVE, margin: np.ndarray | None = None) -> np.ndarray:
    """``better``/``worse``/``stable`` (``higher``/``lower`` when neutral) per area; None where a value is missing.

    ``threshold`` is a percentage of the first value (``relative``, as the wijkprofiel judges
    an area against the municipality) or a number in the indicator's units (``absolute``). A
    change within it, or within ``margin`` (the margin of the difference), is ``stable``.
    """
    first = np.asarray(first, dtype="float64")
    last = np.asarray(last, dtype="float64")
    diff = last - first
    if kind == RELATIVE:
        scale = np.where(first != 0, np.abs(first), np.maximum(np.abs(last), 1e-12))
        limit = threshold / 100.0 * scale
    else:
        limit = np.full(diff.shape, float(threshold))
    if margin is not None:
        limit = np.maximum(limit, np.where(np.isnan(margin), 0.0, margin))
    direction = palettes.normalise_direction(direction)
    up, down = {palettes.BETTER: (BETTER, WORSE), palettes.WORSE: (WORSE, BETTER)}.get(direction, (HIGHER, LOWER))
    out = np.where(np.abs(diff) <= limit, STABLE, np.where(diff > 0, up, down)).astype(object)
    out[np.isnan(diff)] = None
    return out


def difference_margin(m_first: np.ndarray | None, m_last: np.ndarray | None) -> np.ndarray | None:
    """Margin of a difference of two independent estimates: √(m₁² + m₂²); None when neither year has margins."""
    if m_first is None and m_last is None:
        return None
    a = np.zeros_like(m_last) if m_first is None else m_first
    b = np.zeros_like(m_first) if m_last is None else m_last
    return np.sqrt(np.square(a) + np.square(b))


def compute_trend(series: Series, direction: str, threshold: float = 100 * SIMILAR_TOLERANCE, kind: str = RELATIVE,
                  first_year: int | None = None, last_year: int | None = None, steps: bool = True) -> pd.DataFrame:
    """The trend columns of one indicator: ``_change``, ``_change_pct``, per step ``_change_<y1>_<y2>``,
    ``_class`` and, with margins, ``_significant`` (named ``<stem>_…``)."""
    years = [y for y in series.years if (first_year is None or y >= first_year) and (last_year is None or
                                                                                     y <= last_year)]
    if len(years) < 2:
        raise TrendError(translate("Trend", "{indicator}: needs values of at least two years, found {years}.").format(
            indicator=series.stem, years=", ".join(str(y) for y in years) or "-"))
    first, last = years[0], years[-1]
    v0, v1 = series.values[first], series.values[last]
    out = {}
    change = v1 - v0
    out[f"{series.stem}_change"] = change
    with np.errstate(divide="ignore", invalid="ignore"):
        out[f"{series.stem}_change_pct"] = np.where(v0 != 0, change / np.abs(v0) * 100.0, np.nan)
    if steps and len(years) > 2:
        for a, b in zip(years[:-1], years[1:]):
            out[f"{series.stem}_change_{a}_{b}"] = series.values[b] - series.values[a]
    margin = difference_margin(series.margins.get(first), series.margins.get(last))
    out[f"{series.stem}_class"] = change_class(v0, v1, direction, threshold, kind, margin)
    if margin is not None:
        significant = np.where(np.isnan(change) | np.isnan(margin), np.nan, (np.abs(change) > margin).astype(float))
        out[f"{series.stem}_significant"] = significant
    frame = pd.DataFrame(out)
    frame.attrs["period"] = (first, last)
    return frame


def change_text(first, last, judgement: str | None, decimals: int = 1, lang: str = "en") -> str:
    """'76 → 79 ▲' for a trend column: the value then, now, and ▲ better / ▼ worse / = stable."""
    if first is None or last is None or not (math.isfinite(first) and math.isfinite(last)):
        return ""
    mark = {BETTER: "▲", WORSE: "▼", STABLE: "=", HIGHER: "↑", LOWER: "↓"}.get(judgement or "", "")
    text = f"{format_number(first, decimals, lang)} → {format_number(last, decimals, lang)}"
    return f"{text} {mark}".strip()


def class_label(judgement: str | None) -> str:
    """The class in words, for legends and reports."""
    return {
        BETTER: translate("Trend", "better"),
        WORSE: translate("Trend", "worse"),
        STABLE: translate("Trend", "stable"),
        HIGHER: translate("Trend", "higher"),
        LOWER: translate("Trend", "lower"),
    }.get(judgement or "", translate("Trend", "no data"))
