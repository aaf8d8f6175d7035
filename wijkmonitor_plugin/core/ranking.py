"""Ranks, deciles, normal scores and the IMD exponential transformation (numpy, vectorised).

Conventions of the English Index of Multiple Deprivation:

- rank 1 = most deprived; ties share the lowest rank number ("min"), the next rank is skipped;
- decile = ceil(10 · rank / N), N = number of ranked areas (decile 1 = most deprived 10 %);
- normal score z = Φ⁻¹(r / (N + 1)), r = ascending rank with average ties (higher value = more deprived);
- exponential transformation of a rank: R = (N − rank + 1) / N, X = −23 · ln(1 − R · (1 − e^(−100/23))).

NaN never gets a rank, a decile or a score and does not count in N. Values that agree to
:data:`TIE_TOLERANCE` (relative) count as tied, so floating-point noise (``310 · 0.8`` against
``248``, a change of 1e-14) never breaks a tie or moves a rank.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

EXP_CONSTANT = 23.0
#: relative difference below which two values are the same value for ranking
TIE_TOLERANCE = 1e-10


def norm_ppf(p) -> np.ndarray:
    """Inverse standard normal CDF, vectorised (Wichura 1988, AS 241 PPND16; relative error ~1e-16).

    ``p`` outside (0, 1) gives ±inf at 0/1 and NaN elsewhere.
    """
    p = np.asarray(p, dtype=float)
    out = np.full(p.shape, np.nan)
    q = p - 0.5
    central = np.abs(q) <= 0.425
    if np.any(central):
        qc = q[central]
        r = 0.180625 - qc * qc
        num = (((((((2509.0809287301226727 * r + 33430.575583588128105) * r + 67265.770927008700853) * r
                    + 45921.953931549871457) * r + 13731.693765509461125) * r + 1971.5909503065514427) * r
                 + 133.14166789178437745) * r + 3.387132872796366608)
        den = (((((((5226.495278852545925 * r + 28729.085735721942674) * r + 39307.89580009271061) * r
                    + 21213.794301586595867) * r + 5394.1960214247511077) * r + 687.1870074920579083) * r
                 + 42.313330701600911252) * r + 1.0)
        out[central] = qc * num / den
    tail = ~central & (p > 0) & (p < 1)
    if np.any(tail):
        pt = p[tail]
        qt = q[tail]
        r = np.sqrt(-np.log(np.where(qt < 0, pt, 1.0 - pt)))
        near = r <= 5.0
        val = np.empty_like(r)
        rn = r[near] - 1.6
        val[near] = ((((((((7.7454501427834140764e-4 * rn + 0.0227238449892691845833) * rn
                          + 0.24178072517745061177) * rn + 1.27045825245236838258) * rn
                        + 3.64784832476320460504) * rn + 5.7694972214606914055) * rn
                      + 4.6303378461565452959) * rn + 1.42343711074968357734)
                     / (((((((1.05075007164441684324e-9 * rn + 5.475938084995344946e-4) * rn
                             + 0.0151986665636164571966) * rn + 0.14810397642748007459) * rn
                           + 0.68976733498510000455) * rn + 1.6763848301838038494) * rn
                         + 2.05319162663775882187) * rn + 1.0))
        rf = r[~near] - 5.0
        val[~near] = ((((((((2.01033439929228813265e-7 * rf + 2.71155556874348757815e-5) * rf
                           + 0.0012426609473880784386) * rf + 0.026532189526576123093) * rf
                         + 0.29656057182850489123) * rf + 1.7848265399172913358) * rf
                       + 5.4637849111641143699) * rf + 6.6579046435011037772)
                      / (((((((2.04426310338993978564e-15 * rf + 1.4215117583164458887e-7) * rf
                              + 1.8463183175100546818e-5) * rf + 7.868691311456132591e-4) * rf
                            + 0.0148753612908506148525) * rf + 0.13692988092273580531) * rf
                          + 0.59983220655588793769) * rf + 1.0))
        out[tail] = np.where(qt < 0, -val, val)
    out[p == 0] = -np.inf
    out[p == 1] = np.inf
    return out


def same_value(a, b) -> np.ndarray:
    """a and b are the same value for ranking (equal within :data:`TIE_TOLERANCE`); NaN is never the same."""
    with np.errstate(invalid="ignore"):
        return np.abs(a - b) <= TIE_TOLERANCE * np.maximum(np.abs(a), np.abs(b))


def _ranks(values: np.ndarray, method: str):
    """Ascending ranks (1-based) of the non-NaN values along axis 0; NaN stays NaN. 1-D or 2-D.

    ``method``: ``min`` (ties share the lowest), ``average``, or ``both``: (IMD rank, 1 = the highest
    value with ties "min"; ascending average rank), from one sort.
    """
    values = np.asarray(values, dtype=float)
    flat = values.ndim == 1
    # work row-wise on a contiguous (columns × areas) copy: sorting along the last axis is fastest
    v = values[None, :] if flat else np.ascontiguousarray(values.T)
    m, n = v.shape
    if n == 0:
        out = np.full(v.shape, np.nan)
        return (out[0] if flat else out.T) if method != "both" else ((out[0] if flat else out.T),) * 2
    order = np.argsort(v, axis=1)  # NaN sorts last; tie groups are contiguous whatever the sort
    sorted_v = np.take_along_axis(v, order, axis=1)
    valid = ~np.isnan(sorted_v)
    pos = np.broadcast_to(np.arange(1, n + 1, dtype=float), v.shape)
    new_group = np.ones(v.shape, dtype=bool)
    new_group[:, 1:] = ~same_value(sorted_v[:, 1:], sorted_v[:, :-1])  # NaN: always a new group
    # first position of each tie group, carried forward
    first = np.maximum.accumulate(np.where(new_group, pos, 0.0), axis=1)
    if method == "min":
        ranked = [first]
    else:
        end_group = np.ones(v.shape, dtype=bool)
        end_group[:, :-1] = new_group[:, 1:]
        last = np.where(end_group, pos, np.inf)
        last = np.minimum.accumulate(last[:, ::-1], axis=1)[:, ::-1]
        average = (first + last) / 2.0
        if method == "average":
            ranked = [average]
        else:  # IMD rank: 1 + the number of values above = N − last + 1
            ranked = [valid.sum(axis=1)[:, None] - last + 1.0, average]
    out = []
    rows = np.arange(m)[:, None]
    for r in ranked:
        placed = np.empty(v.shape)
        placed[rows, order] = np.where(valid, r, np.nan)
        out.append(placed[0] if flat else placed.T)
    return out[0] if len(out) == 1 else tuple(out)


def rank_and_average(values):
    """(IMD rank: 1 = highest value, ties "min"; ascending average rank) of the same values, one sort."""
    return _ranks(values, "both")


@lru_cache(maxsize=16)
def _normal_table(n: int) -> np.ndarray:
    """Φ⁻¹(r / (n + 1)) for every average rank r = 1, 1.5, 2, …, n of n values."""
    return norm_ppf(np.arange(2, 2 * n + 1) / 2.0 / (n + 1.0))


def normal_from_ranks(average_ranks, n) -> np.ndarray:
    """Normal scores Φ⁻¹(r / (N + 1)) of ascending average ranks r among N values (per column when 2-D).

    Average ranks are multiples of ½, so the scores are looked up in a table per N: the same values
    as :func:`norm_ppf`, without evaluating it for every area of every run.
    """
    r = np.asarray(average_ranks, dtype=float)
    counts = np.atleast_1d(np.asarray(n))
    if counts.size and np.all(counts == counts.flat[0]) and counts.flat[0] > 0:
        table = _normal_table(int(counts.flat[0]))
        ok = ~np.isnan(r)
        index = np.where(ok, r * 2.0 - 2.0, 0.0)
        if np.all(index == np.round(index)) and index.max(initial=0) < len(table):
            return np.where(ok, table[index.astype(int)], np.nan)
    return norm_ppf(r / (np.asarray(n) + 1.0))


def rank_deprived(scores, higher_is_worse: bool = True) -> np.ndarray:
    """IMD ranks: 1 = most deprived, ties "min". NaN stays NaN. Works on 1-D or 2-D (per column)."""
    scores = np.asarray(scores, dtype=float)
    return _ranks(-scores if higher_is_worse else scores, "min")


def rank_average(values) -> np.ndarray:
    """Ascending ranks with average ties (1-based); NaN stays NaN."""
    return _ranks(values, "average")


def count_valid(values) -> np.ndarray | int:
    values = np.asarray(values, dtype=float)
    return np.sum(~np.isnan(values), axis=0)


def deciles(ranks, n=None) -> np.ndarray:
    """ceil(10 · rank / N); N = the number of ranked (non-NaN) values unless given."""
    ranks = np.asarray(ranks, dtype=float)
    n = count_valid(ranks) if n is None else n
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.ceil(10.0 * ranks / n)


def normal_scores(values, higher_is_worse: bool = True) -> np.ndarray:
    """Rank-based normal scores Φ⁻¹(r / (N + 1)), oriented so that a higher score = more deprived."""
    values = np.asarray(values, dtype=float)
    oriented = values if higher_is_worse else -values
    return normal_from_ranks(rank_average(oriented), count_valid(oriented))


def exponential_transform(ranks, n=None, constant: float = EXP_CONSTANT) -> np.ndarray:
    """X = −c · ln(1 − R · (1 − e^(−100/c))), R = (N − rank + 1) / N: 0 (least) … 100 (most deprived)."""
    ranks = np.asarray(ranks, dtype=float)
    n = count_valid(ranks) if n is None else n
    with np.errstate(invalid="ignore", divide="ignore"):
        r = (n - ranks + 1.0) / n
        return -constant * np.log(1.0 - r * (1.0 - np.exp(-100.0 / constant)))


def place_in_baseline(values, baseline_sorted: np.ndarray, how: str, own=None):
    """Rank of ``values`` among the baseline areas, as if each replaced its own baseline value.

    ``baseline_sorted`` is the sorted, NaN-free sample of the baseline. ``own`` (same shape as
    ``values``) is each area's own value in that baseline, NaN for an area that is not in it:
    an area is compared with the *other* baseline areas only, so a changed area counts the
    unchanged areas it now passes, and an unchanged area gets exactly its baseline rank.

    ``how='min_desc'``: IMD rank, 1 + the number of other values strictly greater;
    ``how='average_asc'``: ascending average rank among the others and itself: the number of others
    smaller + (the number of others equal + 2) / 2.

    Returns ``(rank, n)``: ``n`` is the number of areas ranked, N for an area of the baseline and
    N + 1 for an area that joins it; so ranks stay within 1…n and deciles within 1…10.
    """
    values = np.asarray(values, dtype=float)
    base = np.asarray(baseline_sorted, dtype=float)
    own = np.full(values.shape, np.nan) if own is None else np.asarray(own, dtype=float)
    tol = TIE_TOLERANCE * np.abs(values)
    finite = np.where(np.isnan(values), 0.0, values)
    tol = np.where(np.isnan(tol), 0.0, tol)
    below = np.searchsorted(base, finite - tol, side="left").astype(float)
    upto = np.searchsorted(base, finite + tol, side="right").astype(float)
    has_own = ~np.isnan(own)
    with np.errstate(invalid="ignore"):
        own_same = has_own & same_value(own, values)
        own_greater = has_own & ~own_same & (own > values)
        own_less = has_own & ~own_same & (own < values)
    if how == "min_desc":
        out = 1.0 + (len(base) - upto) - own_greater
    elif how == "average_asc":
        out = (below - own_less) + (upto - below - own_same + 2.0) / 2.0  # its tie group includes itself
    else:
        raise ValueError(how)
    n = np.where(has_own, float(len(base)), len(base) + 1.0)
    return np.where(np.isnan(values), np.nan, out), np.where(np.isnan(values), np.nan, n)
