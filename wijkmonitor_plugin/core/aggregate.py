"""Aggregate neighbourhood figures to larger areas the way each figure allows.

Counts are summed; a percentage is turned back into a count with its base
(``pct / 100 × huishoudens``) and recomputed; a mean is weighted by its right
denominator (income per inhabitant by inhabitants, WOZ value by dwellings); a rate
indicator is recomputed from its aggregated numerator and denominator; raster
statistics are weighted by area. What cannot be aggregated (medians, figures without
their base, fields unknown to the catalogue) becomes NULL and is reported.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from ..i18n import translate
from .catalogue import Catalogue
from .indicators import describe, resolve_variable

AREA = "__area"  # column with the polygon area, for raster statistics


@dataclass
class AggregateResult:
    values: pd.DataFrame  # indexed by group key
    methods: dict = field(default_factory=dict)  # output field -> how it was aggregated
    nulled: dict = field(default_factory=dict)  # field -> why it is NULL
    partial: dict = field(default_factory=dict)  # field -> number of groups with NULL members
    members: pd.Series | None = None  # group -> number of areas


def _group_sum(values: np.ndarray, codes: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray]:
    """Sum of the known values per group, and the number of known values."""
    known = ~np.isnan(values)
    sums = np.bincount(codes[known], weights=values[known], minlength=n)
    counts = np.bincount(codes[known], minlength=n)
    return sums, counts


class _Aggregator:
    def __init__(self, frame: pd.DataFrame, groups: pd.Series):
        keep = groups.notna()
        self.frame = frame.loc[keep]
        self.codes, self.keys = pd.factorize(groups.loc[keep], sort=True)
        self.n = len(self.keys)
        self.size = np.bincount(self.codes, minlength=self.n)

    def col(self, name) -> np.ndarray:
        return pd.to_numeric(self.frame[name], errors="coerce").to_numpy(dtype="float64")

    def sum(self, name) -> tuple[np.ndarray, int]:
        values = self.col(name)
        sums, counts = _group_sum(values, self.codes, self.n)
        out = np.where(counts > 0, sums, np.nan)
        return out, int(((counts > 0) & (counts < self.size)).sum())

    def mean(self, name) -> tuple[np.ndarray, int]:
        """The plain mean of the known values per group (a NULL is left out, not counted as 0)."""
        values = self.col(name)
        sums, counts = _group_sum(values, self.codes, self.n)
        with np.errstate(divide="ignore", invalid="ignore"):
            out = np.where(counts > 0, sums / counts, np.nan)
        return out, int(((counts > 0) & (counts < self.size)).sum())

    def weighted(self, name, weight: np.ndarray, per: float = 1.0) -> tuple[np.ndarray, int]:
        """sum(value × weight) / sum(weight) over the areas where both are known."""
        values = self.col(name)
        both = ~np.isnan(values) & ~np.isnan(weight)
        num = np.bincount(self.codes[both], weights=values[both] * weight[both], minlength=self.n)
        den = np.bincount(self.codes[both], weights=weight[both], minlength=self.n)
        counts = np.bincount(self.codes[both], minlength=self.n)
        with np.errstate(divide="ignore", invalid="ignore"):
            out = np.where(den > 0, num / den, np.nan)
        return out, int(((counts > 0) & (counts < self.size)).sum())


def aggregate_frame(frame: pd.DataFrame, groups: pd.Series, catalogue: Catalogue, sum_fields=(),
                    mean_fields=()) -> AggregateResult:
    """Aggregate the numeric columns of ``frame`` per value of ``groups`` (same index).

    Columns are recognised through the catalogue (variables by any of their field
    names, indicators by id). ``sum_fields``/``mean_fields`` name other columns to sum
    or to average weighted by area; all other numeric columns become NULL (reported).
    """
    agg = _Aggregator(frame, groups)
    lookup = {str(c).strip().lower(): c for c in frame.columns}
    numeric = [c for c in frame.columns if c != AREA and pd.api.types.is_numeric_dtype(frame[c])]
    out, methods, nulled, partial = {}, {}, {}, {}
    area = agg.col(AREA) if AREA in frame.columns else None

    def base_values(variable_id):
        f = resolve_variable(catalogue, variable_id, lookup)
        return (agg.col(f), f) if f is not None else (None, None)

    def variable_rule(var, name):
        rule = var.aggregate
        method = rule["method"]
        if method == "sum":
            return agg.sum(name) + (translate("Aggregate", "sum"),)
        if method in ("share", "weighted_mean"):
            weight_id = rule.get("base") or rule.get("weight")
            weight, wname = base_values(weight_id)
            if weight is None:
                return None, 0, translate("Aggregate", "needs its base {field} in the input").format(
                    field=catalogue.variable(weight_id).field_names()[0])
            values, part = agg.weighted(name, weight)
            return values, part, translate("Aggregate", "mean weighted by {field}").format(field=wname)
        return None, 0, rule.get("reason") or translate("Aggregate", "cannot be aggregated")

    indicator_ids = {i.id for i in catalogue.indicators()}
    for name in numeric:
        low = str(name).lower()
        values, part, how = None, 0, None
        if name in sum_fields:
            values, part = agg.sum(name)
            how = translate("Aggregate", "sum")
        elif name in mean_fields:
            if area is None:
                values, part = agg.mean(name)
                how = translate("Aggregate", "mean")
            else:
                values, part = agg.weighted(name, area)
                how = translate("Aggregate", "mean weighted by area")
        elif low in indicator_ids:
            values, part, how = _indicator(agg, catalogue.indicator(low), name, catalogue, lookup, area,
                                           variable_rule)
        else:
            var = catalogue.find_variable(name)
            if var is not None:
                values, part, how = variable_rule(var, name)
            else:
                how = translate("Aggregate", "not in the catalogue: choose it as a field to sum or to average")
        if values is None:
            out[name] = np.full(agg.n, np.nan)
            nulled[name] = how
        else:
            out[name] = values
            methods[name] = how
            if part:
                partial[name] = part
    values = pd.DataFrame(out, index=agg.keys)
    return AggregateResult(values, methods, nulled, partial, pd.Series(agg.size, index=agg.keys))


def _indicator(agg, ind, name, catalogue, lookup, area, variable_rule):
    if ind.method == "raster":
        if area is None:
            return None, 0, translate("Aggregate", "needs the area of each neighbourhood")
        values, part = agg.weighted(name, area)
        return values, part, translate("Aggregate", "mean weighted by area")
    if ind.method == "value":
        return variable_rule(catalogue.variable(ind.definition["variable"]), name)
    if ind.method == "rate":
        factor = float(ind.definition.get("factor", 1))

        def count_of(variable_id):
            """Per-area count of a variable: the field itself, or a share × its base."""
            var = catalogue.variable(variable_id)
            f = resolve_variable(catalogue, variable_id, lookup)
            if f is None:
                return None, None
            if var.aggregate["method"] == "sum":
                return agg.col(f), f
            if var.aggregate["method"] == "share":
                base = resolve_variable(catalogue, var.aggregate["base"], lookup)
                if base is not None:
                    return agg.col(f) * agg.col(base) / float(var.aggregate.get("per", 100)), f"{f} × {base}"
            return None, None

        def counts(variable_ids):
            parts = [count_of(v) for v in variable_ids]
            if any(p[0] is None for p in parts):
                return None, None
            return sum(p[0] for p in parts), [p[1] for p in parts]

        for refs in ind.variable_sets():
            if "value" in refs:
                if resolve_variable(catalogue, refs["value"], lookup) is not None:
                    return variable_rule(catalogue.variable(refs["value"]), name)
                continue
            num, num_names = counts(refs["numerator"])
            den, den_names = counts(refs["denominator"])
            if num is not None and den is not None:
                both = ~np.isnan(num) & ~np.isnan(den)
                n_sum = np.bincount(agg.codes[both], weights=num[both], minlength=agg.n)
                d_sum = np.bincount(agg.codes[both], weights=den[both], minlength=agg.n)
                with np.errstate(divide="ignore", invalid="ignore"):
                    values = np.where(d_sum > 0, n_sum / d_sum * factor, np.nan)
                known = np.bincount(agg.codes[both], minlength=agg.n)
                return values, int(((known > 0) & (known < agg.size)).sum()), translate(
                    "Aggregate", "recomputed: {formula}").format(
                    formula=describe({"numerator": num_names, "denominator": den_names}, factor))
            if den is not None:
                values, part = agg.weighted(name, den)
                return values, part, translate("Aggregate", "mean weighted by {field}").format(
                    field=" + ".join(den_names))
        return None, 0, translate("Aggregate", "its numerator and denominator are not in the input")
    return None, 0, translate("Aggregate", "an external figure without its numerator and denominator")


#: the catalogue variable whose sum weights raster statistics when the polygon areas are not given
AREA_VARIABLE = "oppervlakte_totaal_ha"


def needed_fields(catalogue: Catalogue, names, available) -> list:
    """The fields of ``available`` :func:`aggregate_frame` needs besides ``names`` to aggregate them the
    catalogue's way: numerators and denominators of rates, the base of a share, the weight of a mean,
    and the total area (:data:`AREA_VARIABLE`) for raster statistics."""
    lookup = {str(c).strip().lower(): c for c in available}
    indicator_ids = {i.id for i in catalogue.indicators()}
    out: list = []

    def add(name):
        if name and name not in out and name not in names:
            out.append(name)

    def variable(variable_id, with_field=True):
        if variable_id not in catalogue.variables:
            return
        if with_field:
            add(resolve_variable(catalogue, variable_id, lookup))
        rule = catalogue.variable(variable_id).aggregate
        if rule.get("method") in ("share", "weighted_mean"):
            add(resolve_variable(catalogue, rule.get("base") or rule.get("weight"), lookup))

    for name in names:
        low = str(name).strip().lower()
        if low in indicator_ids:
            ind = catalogue.indicator(low)
            if ind.method == "raster":
                add(resolve_variable(catalogue, AREA_VARIABLE, lookup) if AREA_VARIABLE in catalogue.variables
                    else None)
            for refs in ind.variable_sets():
                for var in refs.get("numerator", []) + refs.get("denominator", []) + \
                        ([refs["value"]] if "value" in refs else []):
                    variable(var)
        else:
            var = catalogue.find_variable(name)
            if var is not None:
                variable(var.id, with_field=False)
    return out


def overlap_groups(overlaps: pd.DataFrame) -> pd.Series:
    """Group of each area by largest overlap: ``overlaps`` has columns area, group, overlap."""
    if overlaps.empty:
        return pd.Series(dtype=object)
    best = overlaps.sort_values("overlap", ascending=False).drop_duplicates("area")
    return best.set_index("area")["group"]
