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
    if indicator is not None:
        meta.title = _label(indicator, lang) or meta.title
        meta.unit = _unit(indicator, lang)
        meta.direction = palettes.normalise_direction(getattr(indicator, "higher_is", None))
        dec = getattr(indicator, "decimals", None)
        meta.decimals = int(dec) if isinstance(dec, (int, float)) and not isinstance(dec, bool) else meta.decimals
        meta.weight = _variable_field(cat, _weight_variable(cat, indicator), available)
        national = getattr(indicator, "national", None)
        meta.national = float(national) if isinstance(national, (int, float)) else None
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


def _number(value) -> float | None:
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
                   "method", "note")


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


def area_profile(frame: pd.DataFrame, area_field: str, metas: list[IndicatorMeta], lang: str = "en",
                 national: dict | None = None) -> pd.DataFrame:
    """One row per (area, indicator): the area's value, the municipal value, the national value.

    ``frame`` holds one row per buurt (or any unit) with ``area_field``, the indicator fields and
    the fields of :func:`profile_fields`. A catalogue indicator is combined the catalogue's way, as
    ``wijkmonitor:aggregateareas`` does (:mod:`.aggregate`): a rate recomputed from its summed
    numerator and denominator (the low-education share of a wijk is its low-educated / all with a
    known level, not the mean of its buurten's percentages), a share or mean weighted by its base,
    a raster statistic by area; what cannot be combined (a median, a figure without its base) is
    NULL with the reason in ``note``. Other fields: the mean weighted by ``meta.weight``, or the
    plain mean. ``national`` maps field → national value (else ``meta.national``).
    """
    national = national or {}
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
            municipal = _number(by_all.values[meta.field].iloc[0]) if meta.field in by_all.values else None
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
        for area, _group in groups:
            value = _number(values.get(area))
            j = judge(value, municipal, meta.direction)
            rows.append({
                "area": area, "field": meta.field, "indicator": name, "unit": meta.unit,
                "area_value": value, "municipal_value": municipal, "national_value": nat, "judgement": j,
                "area_text": with_unit(format_number(value, dec, lang), unit) or empty,
                "municipal_text": with_unit(format_number(municipal, dec, lang), unit) or empty,
                "national_text": with_unit(format_number(nat, dec, lang), unit) or "–",
                "judgement_text": judgement_text(j), "method": method or "", "note": note,
            })
    out = pd.DataFrame(rows, columns=[c for c in PROFILE_COLUMNS if c != "position"])
    if out.empty:
        return pd.DataFrame(columns=list(PROFILE_COLUMNS))
    order = {m.field: i + 1 for i, m in enumerate(metas)}
    out.insert(1, "position", out["field"].map(order).astype(int))
    return out.sort_values(["area", "position"]).reset_index(drop=True)
