"""Indicator metadata for maps and the wijkprofiel: an area's indicators next to the municipality.

Metadata (label, unit, direction, decimals, weighting) comes from the indicator
catalogue (:mod:`wijkmonitor_plugin.core.catalogue`) when the field is in it; every
value can also be given explicitly, so a field that is not in the catalogue works too.
The outputs of the deprivation index (``index_score``, ``index_rank``,
``index_decile``, ``<domain>_score/_rank/_decile``) are known here without the catalogue.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..i18n import translate
from . import palettes
from .classify import DECILE, QUANTILE, RANK, format_number, no_data_label, short_unit, with_unit
from .values import SENTINEL_LIMIT

INDEX_FIELD = re.compile(r"^(?P<domain>[A-Za-z0-9]+(?:_[A-Za-z0-9]+)*?)_(?P<kind>score|rank|decile)$")

#: relative difference to the municipal value below which an area counts as "similar"
SIMILAR_TOLERANCE = 0.05


@dataclass
class IndicatorMeta:
    field: str
    title: str
    unit: str = ""
    direction: str = palettes.NEUTRAL
    decimals: int | None = None
    weight: str | None = None  # field to weight the average with (e.g. aantalInwoners), None = plain mean
    national: float | None = None
    theme: str | None = None
    method: str = QUANTILE  # the natural classification for this field


_CATALOGUE = []


def catalogue():
    """The indicator catalogue, or ``None`` when it is not available (loaded once)."""
    if not _CATALOGUE:
        try:
            from .catalogue import load_catalogue  # the indicators area provides it

            _CATALOGUE.append(load_catalogue())
        except Exception:  # noqa: BLE001 - no or broken catalogue: every field works without
            _CATALOGUE.append(None)
    return _CATALOGUE[0]


def _label(obj, lang: str) -> str:
    if obj is None:
        return ""
    label_for = getattr(obj, "label_for", None)
    if callable(label_for):
        return label_for(lang) or ""
    label = getattr(obj, "label", obj)
    if isinstance(label, dict):
        return label.get(lang) or label.get("en") or label.get("nl") or ""
    return str(label or "")


def _unit(indicator, lang: str) -> str:
    unit = getattr(indicator, "unit", "") or ""
    if isinstance(unit, dict):
        unit = unit.get(lang) or unit.get("en") or unit.get("nl") or ""
    return str(unit)


def _weight_variable(cat, indicator) -> str | None:
    """The catalogue variable an indicator's average is weighted by (rate: its denominator; share: its base)."""
    definition = getattr(indicator, "definition", None) or {}
    method = definition.get("method")
    if method == "rate":
        denominator = definition.get("denominator") or []
        denominator = [denominator] if isinstance(denominator, str) else denominator
        return denominator[0] if len(denominator) == 1 else None
    if method == "value":
        variable = getattr(cat, "variables", {}).get(definition.get("variable"))
        aggregate = getattr(variable, "aggregate", None) or {}
        if aggregate.get("method") == "share":
            return aggregate.get("base")
        if aggregate.get("method") == "weighted_mean":
            return aggregate.get("weight")
    return None


def _variable_field(cat, variable_id: str | None, available) -> str | None:
    """The field of a catalogue variable in a layer with fields ``available`` (any known name when None)."""
    variable = getattr(cat, "variables", {}).get(variable_id) if variable_id else None
    if variable is None:
        return None
    names = variable.field_names()
    if available is None:
        return names[0] if names else None
    available = set(available)
    return next((n for n in names if n in available), None)


def index_meta(field_name: str) -> IndicatorMeta | None:
    """Metadata of a deprivation index output field, or ``None``."""
    match = INDEX_FIELD.match(field_name)
    if not match:
        return None
    domain, kind = match.group("domain"), match.group("kind")
    name = translate("Profile", "Deprivation index") if domain == "index" else domain.replace("_", " ").capitalize()
    if kind == "score":
        return IndicatorMeta(field_name, translate("Profile", "{name}: score").format(name=name),
                             direction=palettes.WORSE, decimals=1)
    if kind == "rank":
        return IndicatorMeta(field_name, translate("Profile", "{name}: rank (1 = most deprived)").format(name=name),
                             direction=palettes.BETTER, decimals=0, method=RANK)
    return IndicatorMeta(field_name, translate("Profile", "{name}: decile (1 = most deprived)").format(name=name),
                         direction=palettes.BETTER, decimals=0, method=DECILE)


def meta_for_field(field_name: str, lang: str = "en", title: str | None = None, unit: str | None = None,
                   direction: str | None = None, decimals: int | None = None, weight: str | None = None,
                   alias: str | None = None, use_catalogue: bool = True, available=None) -> IndicatorMeta:
    """Metadata for ``field_name``: explicit arguments first, then the catalogue, then the index rules.

    ``available`` (the layer's field names) lets the weight of the average (population,
    households, dwellings …) be found among the layer's fields.
    """
    meta = index_meta(field_name) or IndicatorMeta(field_name, alias or field_name)
    cat = catalogue() if use_catalogue else None
    indicator = None
    if cat is not None:
        try:
            indicator = cat.find_by_field(field_name)
        except Exception:  # noqa: BLE001
            indicator = None
    year = None
    if indicator is None and cat is not None:
        indicator, year = year_indicator(field_name)
    if indicator is not None:
        meta.title = _label(indicator, lang) or meta.title
        if year is not None:
            meta.title = translate("Profile", "{title}, {year}").format(title=meta.title, year=year)
        meta.unit = _unit(indicator, lang)
        meta.direction = palettes.normalise_direction(getattr(indicator, "higher_is", None))
        dec = getattr(indicator, "decimals", None)
        meta.decimals = int(dec) if isinstance(dec, (int, float)) and not isinstance(dec, bool) else meta.decimals
        meta.weight = _variable_field(cat, _weight_variable(cat, indicator), available)
        national = getattr(indicator, "national", None)
        meta.national = float(national) if isinstance(national, (int, float)) and year is None else None
        meta.theme = getattr(indicator, "theme", None)
    if title:
        meta.title = title
    if unit is not None:
        meta.unit = unit
    if direction:
        meta.direction = palettes.normalise_direction(direction)
    if decimals is not None and decimals >= 0:
        meta.decimals = int(decimals)
    if weight:
        meta.weight = weight
    return meta


_YEAR_INDICATORS: dict = {}


def year_indicator(field_name: str):
    """(catalogue indicator, year) of a field ``<stem>_<year>`` whose stem the catalogue knows under any of its
    names (``goed_ervaren_gezondheid_2024`` → self-rated health, 2024), else (None, None)."""
    from .trend import YEAR_FIELD, find_indicator

    match = YEAR_FIELD.match(field_name)
    if not match:
        return None, None
    stem = match.group("stem")
    if stem not in _YEAR_INDICATORS:
        try:
            _YEAR_INDICATORS[stem] = find_indicator(catalogue(), stem)
        except Exception:  # noqa: BLE001 - a broken catalogue: the field keeps its own name
            _YEAR_INDICATORS[stem] = None
    indicator = _YEAR_INDICATORS[stem]
    return (indicator, int(match.group("year"))) if indicator is not None else (None, None)


def indicator_field(indicator, available) -> str | None:
    """The field that holds ``indicator`` in a layer: its id (computed) or one of its published field names."""
    available = set(available)
    if indicator.id in available:
        return indicator.id
    own = getattr(indicator, "own_field_names", None)
    return next((n for n in (own() if callable(own) else []) if n in available), None)


def theme_fields(theme_id: str, available) -> list[str]:
    """The fields of a catalogue theme that exist in a layer with fields ``available``, in catalogue order."""
    cat = catalogue()
    if cat is None:
        return []
    for theme in getattr(cat, "themes", []):
        if getattr(theme, "id", None) == theme_id:
            fields = [indicator_field(ind, available) for ind in theme.indicators]
            return [f for f in fields if f]
    return []


def themes(lang: str = "en") -> list[tuple[str, str]]:
    """(id, label) of the catalogue themes; empty without a catalogue."""
    cat = catalogue()
    if cat is None:
        return []
    return [(t.id, _label(t, lang) or t.id) for t in getattr(cat, "themes", [])]


# -- averages and the profile ------------------------------------------------------------


def as_number(value) -> float | None:
    try:
        value = float(value)
    except (TypeError, ValueError):
        return None
    return value if math.isfinite(value) else None


def average(values, weights=None) -> float | None:
    """Mean of the finite values; weighted by ``weights`` (rows with a missing weight are left out)."""
    v = pd.to_numeric(pd.Series(values), errors="coerce").to_numpy(dtype=float)
    if weights is None:
        v = v[np.isfinite(v)]
        return float(v.mean()) if v.size else None
    w = pd.to_numeric(pd.Series(weights), errors="coerce").to_numpy(dtype=float)
    ok = np.isfinite(v) & np.isfinite(w) & (w > 0)
    if not ok.any() or w[ok].sum() == 0:
        return None
    return float((v[ok] * w[ok]).sum() / w[ok].sum())


BETTER_THAN = "better"
WORSE_THAN = "worse"
SIMILAR = "similar"
HIGHER = "higher"
LOWER = "lower"
UNKNOWN = "unknown"


def judge(value, reference, direction: str, tolerance: float = SIMILAR_TOLERANCE) -> str:
    """How ``value`` compares to ``reference`` for an indicator of ``direction``."""
    if value is None or reference is None or not (math.isfinite(value) and math.isfinite(reference)):
        return UNKNOWN
    diff = value - reference
    scale = abs(reference) if reference else max(abs(value), 1e-12)
    if abs(diff) <= tolerance * scale:
        return SIMILAR
    direction = palettes.normalise_direction(direction)
    if direction == palettes.WORSE:
        return WORSE_THAN if diff > 0 else BETTER_THAN
    if direction == palettes.BETTER:
        return BETTER_THAN if diff > 0 else WORSE_THAN
    return HIGHER if diff > 0 else LOWER


def judgement_text(judgement: str) -> str:
    return {
        BETTER_THAN: translate("Profile", "▲ better"),
        WORSE_THAN: translate("Profile", "▼ worse"),
        SIMILAR: translate("Profile", "= similar"),
        HIGHER: translate("Profile", "higher"),
        LOWER: translate("Profile", "lower"),
        UNKNOWN: "",
    }[judgement]


PROFILE_COLUMNS = ("area", "position", "field", "indicator", "unit", "area_value", "municipal_value",
                   "national_value", "judgement", "area_text", "municipal_text", "national_text", "judgement_text",
                   "method", "note", "trend_text", "trend_class", "trend_period")


def _catalogue_field(cat, field_name: str) -> bool:
    """Whether the catalogue knows how to aggregate ``field_name`` (an indicator id or a variable's field)."""
    if cat is None:
        return False
    try:
        return field_name.lower() in {i.id for i in cat.indicators()} or cat.find_variable(field_name) is not None
    except Exception:  # noqa: BLE001 - a broken catalogue: plain averages
        return False


def profile_fields(metas: list[IndicatorMeta], available) -> list[str]:
    """The fields :func:`area_profile` needs besides the indicators: the weights of the averages and, for
    catalogue indicators, the numerators, denominators and bases they are recomputed from."""
    available = list(available)
    names = [m.field for m in metas]
    out = [m.weight for m in metas if m.weight and m.weight in set(available)]
    cat = catalogue()
    if cat is not None:
        from .aggregate import needed_fields

        out += needed_fields(cat, [n for n in names if _catalogue_field(cat, n)], available)
    return [f for f in dict.fromkeys(out) if f not in names]


def _aggregated(frame: pd.DataFrame, groups: pd.Series, fields: list, cat):
    """The catalogue aggregation of ``fields`` per group (:func:`.aggregate.aggregate_frame`)."""
    from .aggregate import AREA, AREA_VARIABLE, aggregate_frame, needed_fields
    from .indicators import resolve_variable

    extra = needed_fields(cat, fields, frame.columns)
    sub = frame[[c for c in dict.fromkeys(fields + extra) if c in frame.columns]].copy()
    if AREA in frame.columns:
        sub[AREA] = frame[AREA]
    elif AREA_VARIABLE in cat.variables:  # raster statistics weighted by the total area, where the layer has it
        area = resolve_variable(cat, AREA_VARIABLE, {str(c).strip().lower(): c for c in frame.columns})
        if area is not None:
            sub[AREA] = pd.to_numeric(frame[area], errors="coerce")
    numeric = sub[[c for c in sub.columns if pd.api.types.is_numeric_dtype(sub[c])]]
    return aggregate_frame(numeric, groups, cat)


def year_series(field_name: str, available, layer_year: int | None = None) -> dict[int, str]:
    """The years of ``field_name``'s indicator in a layer with fields ``available``: ``{year: field}``.

    Fields ``<stem>_<year>`` (as ``wijkmonitor:trend`` and ``downloadcbstable`` with several periods write
    them) of the same stem, up to the year of ``field_name`` itself; a plain field counts as ``layer_year``
    (the layer's own year) beside its ``<field>_<year>`` fields. Empty when fewer than two years.
    """
    from .trend import YEAR_FIELD, year_fields

    by_stem = year_fields(available)
    match = YEAR_FIELD.match(field_name)
    if match:
        own = int(match.group("year"))
        years = {y: f for y, f in by_stem.get(match.group("stem"), {}).items() if y <= own}
    else:
        years = dict(by_stem.get(field_name, {}))
        if not years or layer_year is None or layer_year in years or layer_year < max(years):
            return {}  # a plain field without its own year cannot be placed among the years
        years[layer_year] = field_name
    return years if len(years) >= 2 else {}


def _trend_rows(meta: IndicatorMeta, series: dict, groups, values: pd.Series, frame: pd.DataFrame, lang: str):
    """Per area of ``groups``: (text 'then → now ▲', class, period) of ``meta``'s indicator over ``series``.

    Every year is averaged over the area's units as the profile averages ``meta.field`` (weighted by
    ``meta.weight``: this year's weights for every year); the year of ``meta.field`` itself is the
    profile's own value. Better or worse follow ``meta.direction`` with the 5 % rule of the profile.
    """
    from . import trend as tr

    areas = [area for area, _group in groups]
    weights = meta.weight if meta.weight and meta.weight in frame.columns else None
    by_year = {}
    for year, name in series.items():
        if name == meta.field:
            by_year[year] = np.array([as_number(values.get(a)) for a in areas], dtype="float64")
            continue
        column = pd.to_numeric(frame[name], errors="coerce")
        column = column.where(column > SENTINEL_LIMIT)  # CBS secrecy codes (−99997) are no values
        by_year[year] = np.array([as_number(average(column[g.index], frame.loc[g.index, weights] if weights else None))
                                  for _a, g in groups], dtype="float64")
    result = tr.compute_trend(tr.Series(meta.field, values=by_year), meta.direction, steps=False)
    first, last = result.attrs["period"]
    classes = result[f"{meta.field}_class"].tolist()
    dec = meta.decimals if meta.decimals is not None else 1
    period = f"{first}–{last}"
    out = {}
    for i, area in enumerate(areas):
        text = tr.change_text(as_number(by_year[first][i]), as_number(by_year[last][i]), classes[i], dec, lang)
        out[area] = (f"{text} ({period})" if text else "–", classes[i] or "", period)
    return out


def area_profile(frame: pd.DataFrame, area_field: str, metas: list[IndicatorMeta], lang: str = "en",
                 national: dict | None = None, trends: dict | None = None) -> pd.DataFrame:
    """One row per (area, indicator): the area's value, the municipal value, the national value.

    ``frame`` holds one row per buurt (or any unit) with ``area_field``, the indicator fields and
    the fields of :func:`profile_fields`. A catalogue indicator is combined the catalogue's way, as
    ``wijkmonitor:aggregateareas`` does (:mod:`.aggregate`): a rate recomputed from its summed
    numerator and denominator (the low-education share of a wijk is its low-educated / all with a
    known level, not the mean of its buurten's percentages), a share or mean weighted by its base,
    a raster statistic by area; what cannot be combined (a median, a figure without its base) is
    NULL with the reason in ``note``. Other fields: the mean weighted by ``meta.weight``, or the
    plain mean. ``national`` maps field → national value (else ``meta.national``). ``trends`` maps
    field → ``{year: field}`` (:func:`year_series`): those rows get the area's value in the first and
    the last year with ▲ better / ▼ worse (``trend_text``, ``trend_class``, ``trend_period``).
    """
    national = national or {}
    trends = trends or {}
    rows = []
    cat = catalogue()
    known = [m.field for m in metas if _catalogue_field(cat, m.field)]
    area_keys = frame[area_field]
    by_area = by_all = None
    if known:
        by_area = _aggregated(frame, area_keys, known, cat)
        by_all = _aggregated(frame, pd.Series("all", index=frame.index), known, cat)
    groups = frame.groupby(area_field, sort=True)
    for meta in metas:
        if meta.field in known:
            method = by_all.methods.get(meta.field)
            note = by_all.nulled.get(meta.field, "")
            values = by_area.values[meta.field] if meta.field in by_area.values else pd.Series(dtype=float)
            municipal = as_number(by_all.values[meta.field].iloc[0]) if meta.field in by_all.values else None
        else:
            weights = frame[meta.weight] if meta.weight and meta.weight in frame.columns else None
            method = translate("Profile", "mean weighted by {field}").format(field=meta.weight) \
                if weights is not None else translate("Profile", "mean")
            note = ""
            municipal = average(frame[meta.field], weights)
            values = pd.Series({area: average(group[meta.field], group[meta.weight] if weights is not None else None)
                                for area, group in groups})
        nat = national.get(meta.field, meta.national)
        nat = float(nat) if nat is not None and np.isfinite(nat) else None
        dec = meta.decimals if meta.decimals is not None else 1
        unit = short_unit(meta.unit)  # long units ("per 1.000 inwoners") go with the name, not every value
        named = unit or not meta.unit or meta.unit in meta.title or "(" in meta.title or " per " in meta.title
        name = meta.title if named else f"{meta.title} ({meta.unit})"
        empty = "–" if note else no_data_label()  # cannot be combined, or no figures
        trend = _trend_rows(meta, trends[meta.field], groups, values, frame, lang) if meta.field in trends else {}
        for area, _group in groups:
            value = as_number(values.get(area))
            j = judge(value, municipal, meta.direction)
            trend_text, trend_class, trend_period = trend.get(area, ("", "", ""))
            rows.append({
                "area": area, "field": meta.field, "indicator": name, "unit": meta.unit,
                "area_value": value, "municipal_value": municipal, "national_value": nat, "judgement": j,
                "area_text": with_unit(format_number(value, dec, lang), unit) or empty,
                "municipal_text": with_unit(format_number(municipal, dec, lang), unit) or empty,
                "national_text": with_unit(format_number(nat, dec, lang), unit) or "–",
                "judgement_text": judgement_text(j), "method": method or "", "note": note,
                "trend_text": trend_text, "trend_class": trend_class, "trend_period": trend_period,
            })
    out = pd.DataFrame(rows, columns=[c for c in PROFILE_COLUMNS if c != "position"])
    if out.empty:
        return pd.DataFrame(columns=list(PROFILE_COLUMNS))
    order = {m.field: i + 1 for i, m in enumerate(metas)}
    out.insert(1, "position", out["field"].map(order).astype(int))
    return out.sort_values(["area", "position"]).reset_index(drop=True)


# -- compared with similar areas elsewhere (wijkmonitor:similarareas) ------------------------------

SIMILAR_SUFFIX = "_similar_median"
SIMILAR_COLUMNS = ("area", "position", "field", "indicator", "area_value", "similar_value", "judgement", "area_text",
                   "similar_text", "judgement_text", "better", "worse", "compared", "count_text")


def similar_fields(available) -> list[tuple[str, str]]:
    """``(field, median field)`` for every ``<field>_similar_median`` of ``wijkmonitor:similarareas`` whose
    ``<field>`` is in the layer too (its indicators on a log scale or computed from counts are not)."""
    names = list(available)
    present = set(names)
    return [(n[:-len(SIMILAR_SUFFIX)], n) for n in names
            if n.endswith(SIMILAR_SUFFIX) and n[:-len(SIMILAR_SUFFIX)] in present]


def similar_comparison(frame: pd.DataFrame, area_field: str, pairs, population: str | None = None,
                       lang: str = "en") -> pd.DataFrame:
    """Per area and ``(meta, median field)`` of ``pairs``: its units' value next to the median of their similar
    areas elsewhere, both averaged over the units that have both (weighted by ``meta.weight``, else by
    ``population``), judged with the 5 % rule in ``meta.direction``; and how many units are better or worse
    than their own comparables."""
    rows = []
    for position, (meta, median_field) in enumerate(pairs, start=1):
        weight = meta.weight if meta.weight and meta.weight in frame.columns else \
            (population if population and population in frame.columns else None)
        value = pd.to_numeric(frame[meta.field], errors="coerce")
        median = pd.to_numeric(frame[median_field], errors="coerce")
        both = value.notna() & median.notna()
        dec = meta.decimals if meta.decimals is not None else 1
        unit = short_unit(meta.unit)
        for area, group in frame.groupby(area_field, sort=True):
            index = group.index[both[group.index]]
            w = frame.loc[index, weight] if weight else None
            area_value, similar = average(value[index], w), average(median[index], w)
            marks = [judge(a, b, meta.direction) for a, b in zip(value[index], median[index])]
            better, worse = marks.count(BETTER_THAN), marks.count(WORSE_THAN)
            j = judge(area_value, similar, meta.direction)
            rows.append({
                "area": area, "position": position, "field": meta.field, "indicator": meta.title,
                "area_value": area_value, "similar_value": similar, "judgement": j,
                "area_text": with_unit(format_number(area_value, dec, lang), unit) or no_data_label(),
                "similar_text": with_unit(format_number(similar, dec, lang), unit) or no_data_label(),
                "judgement_text": judgement_text(j), "better": better, "worse": worse, "compared": len(index),
                "count_text": translate("Profile", "{better} of {n} better, {worse} worse").format(
                    better=better, worse=worse, n=len(index)) if len(index) else "–",
            })
    return pd.DataFrame(rows, columns=list(SIMILAR_COLUMNS))


# -- where the area lies in a cluster (wijkmonitor:hotspots) ---------------------------------------

CLUSTER_SUFFIX = "_lisa_class"
#: the classes of Local Moran's I in the order a reader wants them (``none``: no neighbours or no value)
CLUSTER_CLASSES = ("HH", "HL", "LH", "LL", "ns", "none")


def cluster_fields(available) -> list[str]:
    """The ``<field>_lisa_class`` fields of ``wijkmonitor:hotspots`` in a layer with fields ``available``."""
    return [n for n in available if n.endswith(CLUSTER_SUFFIX) and len(n) > len(CLUSTER_SUFFIX)]


def cluster_counts(frame: pd.DataFrame, area_field: str, class_field: str) -> pd.DataFrame:
    """Per area the number of its units in each class of :data:`CLUSTER_CLASSES`."""
    classes = frame[class_field].where(frame[class_field].isin(CLUSTER_CLASSES[:-1]), "none")
    counts = pd.crosstab(frame[area_field], classes)
    return counts.reindex(columns=list(CLUSTER_CLASSES), fill_value=0).astype(int)
