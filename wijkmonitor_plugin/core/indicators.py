"""Compute catalogue indicators from the raw fields of a neighbourhood table, vectorised.

:func:`plan_indicators` looks at the field names only and says, per indicator, which
fields it will use (or why it cannot be computed); :func:`compute_indicators` then works
on a frame holding just those fields. A rate is ``sum(numerators) / sum(denominators) ×
factor``: NULL when any input is NULL or the denominator is 0, never 0 or infinity.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from ..i18n import translate
from .catalogue import NO_SOURCE, Catalogue, Indicator


@dataclass
class Plan:
    indicator: Indicator
    options: list = field(default_factory=list)  # [{"numerator": [fields], "denominator": [fields]} | {"value": f}]

    def fields(self) -> list[str]:
        out = []
        for opt in self.options:
            for f in ([opt["value"]] if "value" in opt else opt["numerator"] + opt["denominator"]):
                if f not in out:
                    out.append(f)
        return out


@dataclass
class IndicatorResult:
    values: pd.DataFrame
    computed: dict = field(default_factory=dict)  # id -> formula with the field names used
    missing: dict = field(default_factory=dict)  # id -> reason
    zero_denominators: dict = field(default_factory=dict)  # id -> number of areas with denominator 0


def field_lookup(available) -> dict:
    """Lower-case name → actual field name."""
    return {str(n).strip().lower(): n for n in available}


def resolve_variable(catalogue: Catalogue, variable_id: str, lookup: dict) -> str | None:
    for name in catalogue.variable(variable_id).field_names():
        hit = lookup.get(name.strip().lower())
        if hit is not None:
            return hit
    return None


def _external_field(ind: Indicator, lookup: dict) -> str | None:
    """An input field holding an external indicator: its id, its own field name or a matching CBS Title."""
    for name in [ind.id] + ind.own_field_names():
        hit = lookup.get(name.strip().lower())
        if hit is not None:
            return hit
    for src in ind.sources:
        needle = (src.get("title_contains") or "").lower()
        if needle:
            for low, actual in lookup.items():
                if needle in low:
                    return actual
    return None


def plan_indicators(catalogue: Catalogue, available, theme: str | None = None,
                    indicator_ids=None) -> tuple[list[Plan], dict]:
    """Which indicators can be computed from the fields ``available``, and why the others cannot."""
    lookup = field_lookup(available)
    if indicator_ids:
        indicators = [catalogue.indicator(i) for i in indicator_ids]
    elif theme:
        indicators = list(catalogue.theme(theme).indicators)
    else:
        indicators = catalogue.indicators()
    plans, missing = [], {}
    for ind in indicators:
        if ind.method in ("raster", "external"):
            existing = _external_field(ind, lookup)
            if existing is not None:
                plans.append(Plan(ind, [{"value": existing}]))
            elif ind.source_status == NO_SOURCE:
                missing[ind.id] = translate("Indicators", "no open buurt-level source")
            elif ind.method == "raster":
                missing[ind.id] = translate("Indicators", "computed from a raster: run Raster statistics per "
                                                          "neighbourhood (wijkmonitor:rasterindicators)")
            else:
                tables = ", ".join(sorted({s.get("table", "") for s in ind.sources if s.get("table")}))
                algorithm = next((s["algorithm"] for s in ind.sources if s.get("algorithm")), None)
                if tables:
                    missing[ind.id] = translate("Indicators", "needs CBS table {tables} joined first "
                                                              "(wijkmonitor:joinindicators)").format(tables=tables)
                elif algorithm:
                    missing[ind.id] = translate("Indicators", "computed by {algorithm}").format(algorithm=algorithm)
                else:
                    missing[ind.id] = translate("Indicators", "needs the municipality's own table joined first "
                                                              "(wijkmonitor:joinindicators)")
            continue
        options, absent = [], []
        for refs in ind.variable_sets():
            if "value" in refs:
                hit = resolve_variable(catalogue, refs["value"], lookup)
                if hit is None:
                    absent.append(catalogue.variable(refs["value"]).field_names()[0])
                else:
                    options.append({"value": hit})
                continue
            num = [resolve_variable(catalogue, v, lookup) for v in refs["numerator"]]
            den = [resolve_variable(catalogue, v, lookup) for v in refs["denominator"]]
            if None in num or None in den:
                absent += [catalogue.variable(v).field_names()[0] for v, f in
                           zip(refs["numerator"] + refs["denominator"], num + den) if f is None]
            else:
                options.append({"numerator": num, "denominator": den})
        own = lookup.get(ind.id.lower())
        if not options and own is not None:  # computed before (or joined under its id)
            options.append({"value": own})
        if options:
            plans.append(Plan(ind, options))
        else:
            missing[ind.id] = translate("Indicators", "fields not in the input: {fields}").format(
                fields=", ".join(dict.fromkeys(absent)))
    return plans, missing


def _rate(frame: pd.DataFrame, numerator, denominator, factor: float) -> tuple[np.ndarray, int]:
    num = frame[numerator].to_numpy(dtype="float64")
    den = frame[denominator].to_numpy(dtype="float64")
    num = num.sum(axis=1) if num.ndim == 2 else num  # NaN in any part → NaN
    den = den.sum(axis=1) if den.ndim == 2 else den
    zero = den == 0
    with np.errstate(divide="ignore", invalid="ignore"):
        out = num / den * factor
    out[zero | ~np.isfinite(out)] = np.nan
    return out, int(zero.sum())


def describe(option: dict, factor) -> str:
    if "value" in option:
        return option["value"]
    num = " + ".join(option["numerator"])
    den = " + ".join(option["denominator"])
    return f"({num}) / ({den}) × {factor:g}" if len(option["denominator"]) > 1 or len(option["numerator"]) > 1 \
        else f"{num} / {den} × {factor:g}"


def compute_indicators(frame: pd.DataFrame, plans: list[Plan], missing: dict | None = None) -> IndicatorResult:
    """The indicators of ``plans`` on ``frame`` (which holds at least :meth:`Plan.fields`).

    When an option gives no value at all (an all-NULL field), the next option is tried;
    an indicator that stays all NULL is reported in ``missing``.
    """
    result = IndicatorResult(pd.DataFrame(index=frame.index), missing=dict(missing or {}))
    columns = {}
    for plan in plans:
        ind = plan.indicator
        factor = float(ind.definition.get("factor", 1))
        values, used, zeros = None, None, 0
        for opt in plan.options:
            if "value" in opt:
                cand, z = frame[opt["value"]].to_numpy(dtype="float64").copy(), 0
            else:
                cand, z = _rate(frame, opt["numerator"], opt["denominator"], factor)
            if values is None or (np.isnan(values).all() and not np.isnan(cand).all()):
                values, used, zeros = cand, opt, z
            if not np.isnan(values).all():
                break
        columns[ind.id] = values
        if np.isnan(values).all():
            result.missing[ind.id] = translate("Indicators", "no values: {fields} are NULL in every area").format(
                fields=", ".join(plan.fields()))
        else:
            result.computed[ind.id] = describe(used, factor)
        if zeros:
            result.zero_denominators[ind.id] = zeros
    result.values = pd.DataFrame(columns, index=frame.index)
    return result
