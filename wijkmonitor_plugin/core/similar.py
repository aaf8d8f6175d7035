"""Similar areas: for each area the k most similar areas on standardised indicators (numpy only).

The search is exact and blocked: the squared distances of a block of areas to every candidate
area are one matrix product (``|a|² + |b|² − 2ab``, masked where values are missing), the k
smallest are picked with ``argpartition`` and recomputed exactly, and ties are broken by
position, so the answer is the same on every run. Within a *stratum* (e.g. the CBS
stedelijkheid class) an area is only compared with areas of the same stratum.

Missing values: two areas are compared on the indicators both have, and the sum of squares is
scaled up to all indicators (``p / common``), so an area missing one indicator is not closer to
everything. Areas with fewer than ``min_common`` indicators in common are not compared.
"""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from ..i18n import translate
from .errors import WijkmonitorError

#: rows of query areas per block: a block's distance matrix is BLOCK × candidates doubles
BLOCK = 512
#: worker threads for the blocks (the machines this runs on have at least two cores)
THREADS = max(1, min(2, os.cpu_count() or 1))
#: extra candidates taken by argpartition before the exact recomputation and the tie-break
EXTRA = 8


class SimilarAreasError(WijkmonitorError, ValueError):
    """Input the similar-areas search cannot use; the message says what to change."""


def standardise(values: np.ndarray, weights=None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """z-scores per column over the rows that have a value (NaN stays NaN), times the column weight.

    Returns (z, mean, sd). A constant or empty column gives an error naming its position.
    """
    values = np.asarray(values, dtype="float64")
    with np.errstate(invalid="ignore"):
        mean = np.nanmean(values, axis=0) if len(values) else np.full(values.shape[1], np.nan)
        sd = np.nanstd(values, axis=0) if len(values) else np.full(values.shape[1], np.nan)
    z = (values - mean) / np.where(sd > 0, sd, np.nan)
    if weights is not None:
        z = z * np.asarray(weights, dtype="float64")
    return z, mean, sd


def _squared_distances(q: np.ndarray, q_mask: np.ndarray | None, pool: np.ndarray, p_mask: np.ndarray | None,
                       pool_sq: np.ndarray, n_cols: int, min_common: int) -> np.ndarray:
    """Squared distances block × pool in float32 (only to pick candidates); ``inf`` where too few indicators
    are shared. With missing values the three terms of the masked expansion are one matrix product."""
    if q_mask is None and p_mask is None:
        d2 = (q * q).sum(axis=1)[:, None] + pool_sq[None, :] - 2.0 * (q @ pool.T)
        np.maximum(d2, 0.0, out=d2)
        return d2
    qm = np.ones(q.shape, dtype=q.dtype) if q_mask is None else q_mask
    pm = np.ones(pool.shape, dtype=pool.dtype) if p_mask is None else p_mask
    left = np.concatenate([q * q, qm, -2.0 * q], axis=1)
    right = np.concatenate([pm, pool * pool, pool], axis=1)
    d2 = left @ right.T
    common = qm @ pm.T
    np.maximum(d2, 0.0, out=d2)
    with np.errstate(divide="ignore", invalid="ignore"):
        np.divide(d2, common, out=d2)
    d2 *= n_cols
    d2[common < min_common] = np.inf
    return d2


def _exact(q_row_values: np.ndarray, pool_values: np.ndarray, n_cols: int, min_common: int) -> np.ndarray:
    """Exact scaled squared distances of one block's candidates: (b, c, p) differences, NaN = missing."""
    diff = q_row_values[:, None, :] - pool_values
    ok = np.isfinite(diff)
    common = ok.sum(axis=2)
    sq = np.where(ok, diff * diff, 0.0).sum(axis=2)
    with np.errstate(divide="ignore", invalid="ignore"):
        out = sq * n_cols / common
    out[common < min_common] = np.inf
    return out


def nearest(query: np.ndarray, pool: np.ndarray, k: int, exclude_self: bool = False, min_common: int = 1,
            self_index=None, feedback=None) -> tuple[np.ndarray, np.ndarray]:
    """The ``k`` nearest rows of ``pool`` for every row of ``query`` (NaN = missing value).

    ``exclude_self``: query row i is pool row i (the same areas) and is not its own neighbour;
    ``self_index`` says instead, per query row, which pool row is that area itself (−1: none).
    Returns (positions, distances), both (m, k); position −1 and distance NaN where fewer than k
    pool rows can be compared. Ties are broken by pool position.
    """
    query = np.asarray(query, dtype="float64")
    pool = np.asarray(pool, dtype="float64")
    m, n_cols = query.shape
    n = len(pool)
    out_idx = np.full((m, k), -1, dtype=np.int64)
    out_dist = np.full((m, k), np.nan)
    if n == 0 or m == 0:
        return out_idx, out_dist
    q_missing = ~np.isfinite(query)
    p_missing = ~np.isfinite(pool)
    q0 = np.where(q_missing, 0.0, query).astype("float32")
    p0 = np.where(p_missing, 0.0, pool).astype("float32")
    q_mask = (~q_missing).astype("float32") if q_missing.any() else None
    p_mask = (~p_missing).astype("float32") if p_missing.any() else None
    pool_sq = (p0 * p0).sum(axis=1)
    if exclude_self:
        self_index = np.arange(m)
    excluding = self_index is not None
    take = min(k + EXTRA + (1 if excluding else 0), n)
    positions = np.arange(n)

    def block(start: int) -> None:
        stop = min(start + BLOCK, m)
        d2 = _squared_distances(q0[start:stop], None if q_mask is None else q_mask[start:stop], p0, p_mask,
                                pool_sq, n_cols, min_common)
        own = None
        if excluding:
            own = np.asarray(self_index[start:stop], dtype=np.int64)
            has = own >= 0
            d2[np.flatnonzero(has), own[has]] = np.inf
        cand = np.argpartition(d2, take - 1, axis=1)[:, :take] if take < n else np.tile(positions, (stop - start, 1))
        exact = _exact(query[start:stop], pool[cand], n_cols, min_common)
        if own is not None:
            exact[cand == own[:, None]] = np.inf
        order = np.lexsort((cand, exact), axis=1)[:, :k]
        best = np.take_along_axis(cand, order, axis=1)
        best_d = np.take_along_axis(exact, order, axis=1)
        valid = np.isfinite(best_d)
        width = best.shape[1]
        out_idx[start:stop, :width] = np.where(valid, best, -1)
        out_dist[start:stop, :width] = np.where(valid, np.sqrt(np.where(valid, best_d, 0.0)), np.nan)

    starts = list(range(0, m, BLOCK))
    # numpy releases the GIL in its matrix products and partitions: blocks run on THREADS cores at once,
    # each writing its own rows of the output; progress is reported from the calling thread
    with ThreadPoolExecutor(max_workers=THREADS) as pool_threads:
        for done, _ in enumerate(pool_threads.map(block, starts), start=1):
            if feedback is not None:
                feedback(done / len(starts))
    return out_idx, out_dist


@dataclass
class SimilarResult:
    """Comparables per focal area: positions into the pool, distances, and the medians of compared columns."""

    focal: np.ndarray  #: positions of the focal areas
    neighbours: np.ndarray  #: (n_focal, k) pool positions, −1 where fewer comparables exist
    distances: np.ndarray  #: (n_focal, k) standardised distance (NaN where none)
    medians: pd.DataFrame  #: index = focal positions, one column per compared field
    no_stratum: list = field(default_factory=list)  #: focal positions without a stratum value
    too_few: list = field(default_factory=list)  #: focal positions with fewer than k comparables
    mean: np.ndarray | None = None  #: per indicator: mean used for the standardisation
    sd: np.ndarray | None = None  #: per indicator: standard deviation used
    strata: dict = field(default_factory=dict)  #: stratum value -> number of areas


def similar_areas(values: np.ndarray, k: int = 10, strata=None, focal=None, weights=None, compare=None,
                  min_common: int | None = None, feedback=None) -> SimilarResult:
    """The k most similar areas of each focal area among all areas (the pool is ``values`` itself).

    ``values``: (n, p) indicator values (NaN = missing), standardised here over all n areas;
    ``strata``: optional (n,) stratum per area (NaN/None = unknown: such an area gets no comparables);
    ``focal``: boolean mask or positions of the areas to find comparables for (default all);
    ``compare``: a frame of n rows whose columns get the median over each area's comparables.
    ``min_common`` defaults to half the indicators (rounded up).
    """
    values = np.asarray(values, dtype="float64")
    if values.ndim != 2 or values.shape[1] == 0:
        raise SimilarAreasError(translate("SimilarAreas", "Choose at least one indicator to compare areas on."))
    n, p = values.shape
    if k < 1:
        raise SimilarAreasError(translate("SimilarAreas", "The number of similar areas must be at least 1."))
    if n < 2:
        raise SimilarAreasError(translate("SimilarAreas", "There is only {n} area: similar areas need at least two "
                                                          "areas, preferably the whole country.").format(n=n))
    z, mean, sd = standardise(values, weights)
    bad = [j for j in range(p) if not (np.isfinite(sd[j]) and sd[j] > 0)]
    if bad:
        raise SimilarAreasError(translate(
            "SimilarAreas", "Indicator(s) at position {cols} have no spread (constant or empty): they cannot tell "
                            "areas apart. Leave them out.").format(cols=", ".join(str(j + 1) for j in bad)))
    min_common = max(1, (p + 1) // 2) if min_common is None else int(min_common)
    if focal is None:
        focal_pos = np.arange(n)
    else:
        focal = np.asarray(focal)
        focal_pos = np.flatnonzero(focal) if focal.dtype == bool else np.unique(focal.astype(np.int64))
    neighbours = np.full((len(focal_pos), k), -1, dtype=np.int64)
    distances = np.full((len(focal_pos), k), np.nan)
    where = {int(pos): row for row, pos in enumerate(focal_pos)}
    no_stratum: list = []
    strata_count: dict = {}
    if strata is None:
        groups = [(None, np.arange(n))]
    else:
        keys = [None if v is None or (isinstance(v, float) and np.isnan(v)) else str(v) for v in strata]
        labels = sorted({k for k in keys if k is not None})
        number = {k: g for g, k in enumerate(labels)}
        codes = np.array([-1 if k is None else number[k] for k in keys], dtype=np.int64)
        groups = [(labels[g], np.flatnonzero(codes == g)) for g in range(len(labels))]
        no_stratum = [int(i) for i in focal_pos[codes[focal_pos] < 0]]
    done = 0
    for key, members in groups:
        if key is not None:
            strata_count[key] = len(members)
        query_local = np.flatnonzero(np.isin(members, focal_pos))
        if len(query_local) == 0:
            continue
        in_focal = members[query_local]
        pool = z[members]
        # the focal members of this stratum are searched among all its members (each without itself)
        idx, dist = _nearest_within(pool, query_local, k, min_common)
        rows = [where[int(i)] for i in in_focal]
        neighbours[rows] = np.where(idx >= 0, members[np.maximum(idx, 0)], -1)
        distances[rows] = dist
        done += len(in_focal)
        if feedback is not None:
            feedback(done / max(len(focal_pos), 1))
    unstratified = set(no_stratum)
    too_few = [int(focal_pos[r]) for r in range(len(focal_pos))
               if (neighbours[r] < 0).any() and int(focal_pos[r]) not in unstratified]
    medians = comparable_medians(compare, focal_pos, neighbours) if compare is not None else \
        pd.DataFrame(index=focal_pos)
    return SimilarResult(focal=focal_pos, neighbours=neighbours, distances=distances, medians=medians,
                         no_stratum=no_stratum, too_few=too_few, mean=mean, sd=sd, strata=strata_count)


def _nearest_within(pool: np.ndarray, query_rows: np.ndarray, k: int, min_common: int):
    """k nearest within ``pool`` for the pool rows ``query_rows`` (each excluded from its own list)."""
    return nearest(pool[query_rows], pool, k, min_common=min_common, self_index=query_rows)


def comparable_medians(compare: pd.DataFrame, focal_pos: np.ndarray, neighbours: np.ndarray) -> pd.DataFrame:
    """Per focal area and column of ``compare``: the median over its comparables (NaN ignored)."""
    out = {}
    valid = neighbours >= 0
    for name in compare.columns:
        col = pd.to_numeric(compare[name], errors="coerce").to_numpy(dtype="float64")
        vals = np.where(valid, col[np.maximum(neighbours, 0)], np.nan)
        with np.errstate(all="ignore"):
            import warnings

            with warnings.catch_warnings():
                warnings.simplefilter("ignore", RuntimeWarning)
                out[name] = np.nanmedian(vals, axis=1) if vals.shape[1] else np.full(len(focal_pos), np.nan)
    return pd.DataFrame(out, index=focal_pos)
