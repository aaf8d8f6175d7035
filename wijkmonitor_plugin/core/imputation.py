"""A score for every populated area: a missing domain score is borrowed from the parent area.

CBS suppresses figures of small areas, and some tables are not published for every buurt, so a
populated buurt can lack a whole domain (no income figures, no education counts). The English IMD
scores every area; here an area that is scored (at or above the minimum population) and has at
least one domain of its own borrows a missing domain from its parent area:

- the population-weighted mean of that domain's score over the other areas of the same **wijk**
  (:func:`parent_mean`);
- when no area of the wijk has the domain, of the same **gemeente**;
- when there is no gemeente either, of all areas.

The borrowed domains are listed per area (``index_imputed``) and counted in the report. In the
rank-uncertainty analysis the borrowed score is drawn from the parent's areas themselves (with
probabilities by population, so its expectation is the borrowed mean): an area whose domain was
borrowed gets a rank interval that is as wide as the spread within its wijk makes it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

ALL = "all"


@dataclass
class DonorPool:
    """The areas one domain is borrowed from at one level, for drawing donors (see :meth:`Imputation.draw`)."""

    rows: np.ndarray  #: the imputed areas (row numbers) that borrow from this pool
    groups: np.ndarray  #: their parent group (0 … g − 1)
    donors: np.ndarray  #: the areas with the domain, sorted by group
    keys: np.ndarray  #: group + cumulative population share within the group, for sampling


@dataclass
class Imputation:
    values: dict = field(default_factory=dict)  #: domain id → borrowed score per area (NaN = its own)
    levels: dict = field(default_factory=dict)  #: domain id → level borrowed from per area (None = its own)
    pools: dict = field(default_factory=dict)  #: domain id → [DonorPool]

    def mask(self, domain: str) -> np.ndarray:
        return ~np.isnan(self.values[domain])

    @property
    def any(self) -> bool:
        return any(self.mask(d).any() for d in self.values)

    def borrowed(self, order: list) -> np.ndarray:
        """Per area the borrowed domains, comma-separated in definition order; None when none."""
        n = len(next(iter(self.values.values()))) if self.values else 0
        out = np.full(n, None, dtype=object)
        for dom in order:
            if dom not in self.values:
                continue
            hit = self.mask(dom)
            out[hit] = [dom if v is None else f"{v},{dom}" for v in out[hit]]
        return out

    def counts(self) -> dict:
        """domain → {level: number of areas that borrowed it from that level}."""
        out = {}
        for dom, levels in self.levels.items():
            used = pd.Series(levels[self.mask(dom)]).value_counts()
            if len(used):
                out[dom] = {str(k): int(v) for k, v in used.items()}
        return out

    def draw(self, domain: str, scores: np.ndarray, u: np.ndarray) -> np.ndarray:
        """Borrowed scores per run: each imputed area takes the score of a donor of its parent drawn
        with probability by population. ``scores`` is areas × runs, ``u`` uniform (imputed areas × runs)
        in the order of the pools' rows; returns the donors' scores (imputed areas × runs)."""
        out = []
        start = 0
        for pool in self.pools.get(domain, []):
            m = len(pool.rows)
            q = pool.groups[:, None] + np.clip(u[start:start + m], 0.0, 1.0 - 1e-9)
            donor = pool.donors[np.searchsorted(pool.keys, q, side="right")]
            out.append(scores[donor, np.arange(q.shape[1])[None, :]])
            start += m
        return np.concatenate(out) if out else np.empty((0, scores.shape[1]))

    def rows(self, domain: str) -> np.ndarray:
        """The imputed areas of ``domain`` in the order :meth:`draw` returns them."""
        pools = self.pools.get(domain, [])
        return np.concatenate([p.rows for p in pools]) if pools else np.empty(0, dtype=int)


def parent_mean(scores: np.ndarray, weights: np.ndarray, groups: np.ndarray, n_groups: int):
    """Per parent group: the weighted mean of the scores of its areas that have one, and how many do."""
    ok = ~np.isnan(scores) & (groups >= 0)
    total = np.bincount(groups[ok], weights=weights[ok], minlength=n_groups)
    summed = np.bincount(groups[ok], weights=weights[ok] * scores[ok], minlength=n_groups)
    count = np.bincount(groups[ok], minlength=n_groups)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(total > 0, summed / total, np.nan), count


def _pool(rows: np.ndarray, groups: np.ndarray, observed: np.ndarray, area_groups: np.ndarray,
          weights: np.ndarray) -> DonorPool:
    """The donors of the imputed ``rows`` (parent ``groups``): the observed areas of those groups."""
    used = np.unique(groups)
    donors = np.flatnonzero(observed & np.isin(area_groups, used))
    donors = donors[np.argsort(area_groups[donors], kind="stable")]
    dgroups = np.searchsorted(used, area_groups[donors]).astype(float)
    w = weights[donors]
    starts = np.flatnonzero(np.r_[True, dgroups[1:] != dgroups[:-1]])
    sizes = np.diff(np.r_[starts, len(w)])
    cum = np.cumsum(w)
    before = np.repeat(cum[starts] - w[starts], sizes)  # the cumulative weight before each group
    share = (cum - before) / np.repeat(np.add.reduceat(w, starts), sizes)
    share[np.r_[starts[1:] - 1, len(w) - 1]] = 1.0  # the last donor of a group closes it exactly
    return DonorPool(rows=rows, groups=np.searchsorted(used, groups).astype(float), donors=donors,
                     keys=dgroups + share)


def _weights(population, shape) -> np.ndarray:
    if population is None:
        return np.ones(shape)
    population = np.asarray(population, dtype=float)
    return np.where(np.isfinite(population) & (population > 0), population, 1.0)


def borrow_columns(scores: dict, eligible: np.ndarray, parents: list, population=None) -> dict:
    """:func:`borrow` for many runs at once (areas × runs arrays): domain id → (filled scores, borrowed mask).

    Each column is borrowed on its own (the parent means of that column), without donor pools.
    """
    eligible = np.asarray(eligible, dtype=bool)
    n, runs = eligible.shape
    weights = np.broadcast_to(_weights(population, eligible.shape), eligible.shape)
    own_any = eligible & np.any([~np.isnan(s) for s in scores.values()], axis=0) if scores else eligible
    levels = list(parents) + [(ALL, np.full(n, ALL, dtype=object))]
    columns = np.arange(runs)[None, :]
    out = {}
    for dom, score in scores.items():
        score = np.broadcast_to(score, eligible.shape)
        filled = np.array(score, dtype=float)
        need = own_any & np.isnan(score)
        borrowed = np.zeros(eligible.shape, dtype=bool)
        observed = eligible & ~np.isnan(score)
        for _level, codes in levels:
            if not need.any():
                break
            group, uniques = pd.factorize(pd.Series(codes, dtype=object))  # no parent code: -1
            g = len(uniques)
            cell = np.where(group >= 0, group, 0)[:, None] * runs + columns
            ok = observed & (group >= 0)[:, None]
            total = np.bincount(cell[ok], weights=weights[ok], minlength=g * runs)
            summed = np.bincount(cell[ok], weights=weights[ok] * score[ok], minlength=g * runs)
            hit = need & (group >= 0)[:, None] & (total[cell] > 0)
            with np.errstate(invalid="ignore", divide="ignore"):
                filled[hit] = (summed / total)[cell[hit]]
            borrowed |= hit
            need &= ~hit
        out[dom] = (filled, borrowed)
    return out


def borrow(scores: dict, eligible: np.ndarray, parents: list, population: np.ndarray | None = None,
           fixed: dict | None = None) -> Imputation:
    """Borrow every missing domain score of a scored area from its parent (wijk, gemeente, all areas).

    ``scores``: domain id → score per area (NaN = missing); ``parents``: [(level, codes per area)],
    nearest first; ``population`` weights the parent mean (equal weights without it). ``fixed``
    (domain id → value per area, from a baseline) is used first: an area keeps the value it
    borrowed in the baseline, so a scenario that changes its neighbours does not move it.
    An area without any domain of its own borrows nothing.
    """
    n = len(eligible)
    weights = _weights(population, n)
    own_any = eligible & np.any([~np.isnan(s) for s in scores.values()], axis=0) if scores else eligible
    levels = list(parents) + [(ALL, np.full(n, ALL, dtype=object))]
    out = Imputation()
    for dom, score in scores.items():
        borrowed = np.full(n, np.nan)
        level_of = np.full(n, None, dtype=object)
        need = own_any & np.isnan(score)
        if fixed is not None and dom in fixed:
            given = np.asarray(fixed[dom], dtype=float)
            hit = need & ~np.isnan(given)
            borrowed[hit] = given[hit]
            level_of[hit] = "baseline"
            need &= ~hit
        observed = eligible & ~np.isnan(score)
        pools = []
        for level, codes in levels:
            if not need.any():
                break
            group, uniques = pd.factorize(pd.Series(codes, dtype=object))  # no parent code: -1
            mean, count = parent_mean(np.where(observed, score, np.nan), weights, group, len(uniques))
            has_group = need & (group >= 0)
            hit = np.zeros(n, dtype=bool)
            hit[has_group] = count[group[has_group]] > 0
            if hit.any():
                rows = np.flatnonzero(hit)
                borrowed[rows] = mean[group[rows]]
                level_of[rows] = level
                pools.append(_pool(rows, group[rows], observed, group, weights))
                need &= ~hit
        out.values[dom] = borrowed
        out.levels[dom] = level_of
        out.pools[dom] = pools
    return out


def fill(scores: dict, imputation: Imputation) -> dict:
    """The domain scores with the borrowed values filled in."""
    return {dom: np.where(np.isnan(s) & imputation.mask(dom), imputation.values[dom], s) if dom in imputation.values
            else s for dom, s in scores.items()}
