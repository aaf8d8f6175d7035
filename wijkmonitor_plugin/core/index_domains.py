"""Step *domain scores*: from indicator values to one score per domain (the IMD's methods).

- ``rate`` domain: the one indicator is the score (:func:`rate_score`);
- ``weighted`` and ``factor_analysis`` domains: each indicator becomes a normal score
  z = Φ⁻¹(r / (N + 1)) and the score is Σ wᵢ · zᵢ (:func:`weighted_sum`); factor-analysis weights
  are the one-factor ML loadings divided by their sum (:func:`factor_weights`);
- ``subdomains`` domain: each subdomain is scored as above, ranked and exponentially transformed,
  and the transformed values are weighted (:func:`subdomain_score`).

Ranks and normal scores come from a *ranker*: :class:`FitRanker` ranks among the areas given
(a baseline, or each column of a Monte Carlo run), :class:`ReferenceRanker` places the values in
a baseline's distributions, each area compared with the *other* baseline areas
(:func:`.ranking.place_in_baseline`). Every array may be 1-D (areas) or 2-D (areas × runs).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from ..i18n import translate
from .definition import Definition, Domain
from .factor_analysis import FactorAnalysisError, fit_one_factor
from .index_inputs import fail
from .ranking import (
    count_valid,
    exponential_transform,
    norm_ppf,
    normal_from_ranks,
    place_in_baseline,
    rank_and_average,
    rank_average,
    rank_deprived,
)


class OwnValues:
    """Every baseline area's own values, by area key: what an area is compared without in a baseline.

    Areas with the same key share the first one's values; an area without a key has none.
    """

    def __init__(self, keys):
        keys = pd.Index(keys)
        self.first = ~keys.duplicated() & pd.notna(keys)
        self.keys = keys[self.first]
        self.values: dict = {}

    def keep(self, name: str, values) -> None:
        self.values[name] = np.asarray(values, dtype=float)[self.first]

    def positions(self, keys) -> np.ndarray:
        """Where each of ``keys`` is among the baseline areas (−1: not there)."""
        return self.keys.get_indexer(pd.Index(keys))

    def get(self, name: str, positions: np.ndarray) -> np.ndarray | None:
        values = self.values.get(name)
        if values is None:
            return None
        return np.where(positions >= 0, values[np.maximum(positions, 0)] if len(values) else np.nan, np.nan)


class FitRanker:
    """Ranks among the areas given. With ``record`` it keeps each sorted distribution and every area's
    own value (by key), the baseline a :class:`ReferenceRanker` places new values in."""

    def __init__(self, keys: pd.Index | None = None, record: bool = True):
        self.record = record
        self.distributions: dict = {}
        self.own = OwnValues(keys) if record and keys is not None else None

    def _keep(self, name: str, values: np.ndarray) -> None:
        if self.record:
            self.distributions[name] = np.sort(values[~np.isnan(values)])
            if self.own is not None:
                self.own.keep(name, values)

    def normal(self, name: str, oriented: np.ndarray) -> np.ndarray:
        """Normal scores Φ⁻¹(r / (N + 1)), r the ascending average rank (higher value = more deprived)."""
        self._keep(name, oriented)
        return normal_from_ranks(rank_average(oriented), count_valid(oriented))

    def rank(self, name: str, score: np.ndarray):
        """(rank, N): 1 = highest score, ties share the lowest rank."""
        self._keep(name, score)
        return rank_deprived(score), count_valid(score)

    def rank_and_normal(self, name: str, normal_name: str, score: np.ndarray):
        """:meth:`rank` and :meth:`normal` of the same scores, from one sort."""
        self._keep(name, score)
        self._keep(normal_name, score)
        rank, average = rank_and_average(score)
        n = count_valid(score)
        return rank, n, normal_from_ranks(average, n)


class ReferenceRanker:
    """Places values in the distributions of a baseline; an area is compared with the other baseline areas."""

    def __init__(self, distributions: dict, own: OwnValues | None, keys: pd.Index):
        self.distributions = distributions
        self.own_values = own
        self.positions = own.positions(keys) if own is not None else None

    def own(self, name: str) -> np.ndarray | None:
        if self.own_values is None:
            return None
        return self.own_values.get(name, self.positions)

    def normal(self, name: str, oriented: np.ndarray) -> np.ndarray:
        rank, n = place_in_baseline(oriented, self.distributions[name], "average_asc", self.own(name))
        return norm_ppf(rank / (n + 1.0))

    def rank(self, name: str, score: np.ndarray):
        return place_in_baseline(score, self.distributions[name], "min_desc", self.own(name))

    def rank_and_normal(self, name: str, normal_name: str, score: np.ndarray):
        rank, n = self.rank(name, score)
        return rank, n, self.normal(normal_name, score)


# -- formulas ----------------------------------------------------------------------------------------------------

def weighted_sum(parts: list, weights: list, total=None):
    """Σ w·x over the parts an area has, scaled up to the full weight sum; NaN where it has none.

    ``parts`` are arrays of one shape (areas, or areas × runs); a weight is a number or an array
    of one weight per run. Returns (sum, number of parts available per area).
    """
    total = sum(weights) if total is None else total
    shape = np.broadcast_shapes(*(np.shape(p) for p in parts))
    acc = np.zeros(shape)
    wsum = np.zeros(shape)
    n = np.zeros(shape)
    for x, w in zip(parts, weights):
        ok = ~np.isnan(x)
        acc += np.where(ok, x * w, 0.0)
        wsum += np.where(ok, w, 0.0)
        n += ok
    with np.errstate(invalid="ignore", divide="ignore"):
        out = np.where(wsum > 0, acc * (total / wsum), np.nan)
    return np.where(n > 0, out, np.nan), n


def rate_score(values: np.ndarray, higher_is_worse: bool) -> np.ndarray:
    """A rate domain's score: the indicator itself, oriented so that higher = more deprived."""
    return values if higher_is_worse else -values


def factor_weights(normal_scores: list, names: list, where: str):
    """IMD factor-analysis weights: one-factor ML loadings of the normal scores / their sum.

    Returns (weights, fit as a dict for the report).
    """
    try:
        fit = fit_one_factor(np.column_stack(normal_scores))
    except FactorAnalysisError as exc:
        raise fail(translate("Deprivation", "Factor analysis of '{part}' failed: {error}")
                   .format(part=where, error=exc)) from exc
    return [float(w) for w in fit.weights], fit.as_dict(names)


def subdomain_score(transformed: list, weights: list):
    """A subdomains domain: Σ w_s · X_s of the exponentially transformed subdomain ranks; (score, available)."""
    return weighted_sum(transformed, weights)


# -- the step ----------------------------------------------------------------------------------------------------

@dataclass
class PartWeights:
    """The weights of the indicators inside each domain or subdomain (given or fitted)."""

    parts: dict = field(default_factory=dict)  #: part key → {indicator key: weight}
    subdomains: dict = field(default_factory=dict)  #: domain id → {subdomain id: weight}
    factor_fits: dict = field(default_factory=dict)  #: part key → fitted factor analysis (report)


@dataclass
class DomainScores:
    scores: dict  #: domain id → score per area (higher = more deprived)
    partial: dict  #: part key → bool per area: scored from some of its indicators only


def part_score(part: Domain, key: str, values: dict, ranker, weights: PartWeights, fit: bool):
    """Score of one domain or subdomain; returns (score, bool per area: some indicators missing)."""
    inds = part.indicators
    if part.method == "rate":
        ind = inds[0]
        oriented = rate_score(values[ind.key], ind.higher_is_worse)
        return oriented, np.zeros(np.shape(oriented), dtype=bool)
    z = [ranker.normal(f"ind:{ind.key}", rate_score(values[ind.key], ind.higher_is_worse)) for ind in inds]
    given = weights.parts.get(key)
    if given is None:
        if not fit:
            raise fail(translate("Deprivation", "No weights for '{part}'.").format(part=key))
        if part.method == "weighted":
            given = {ind.key: ind.weight for ind in inds}
        elif np.ndim(z[0]) == 2 and np.shape(z[0])[1] > 1:  # many runs: one fit per run
            fits = [factor_weights([zz[:, c] for zz in z], [ind.field for ind in inds], key)[0]
                    for c in range(np.shape(z[0])[1])]
            given = {ind.key: np.array([f[k] for f in fits]) for k, ind in enumerate(inds)}
        else:
            fitted, weights.factor_fits[key] = factor_weights([np.ravel(zz) for zz in z],
                                                              [ind.field for ind in inds], key)
            given = {ind.key: w for ind, w in zip(inds, fitted)}
        weights.parts[key] = given
    w = [given[ind.key] for ind in inds]
    score, available = weighted_sum(z, w)
    return score, (available > 0) & (available < len(inds))


def domain_score(dom: Domain, values: dict, ranker, weights: PartWeights, fit: bool):
    """Score of one domain (subdomains combined on the exponential scale); (score, partial per part key)."""
    if dom.method != "subdomains":
        score, partial = part_score(dom, dom.id, values, ranker, weights, fit)
        return score, {dom.id: partial}
    xs, partial = [], {}
    for sub in dom.subdomains:
        key = f"{dom.id}.{sub.id}"
        s, partial[key] = part_score(sub, key, values, ranker, weights, fit)
        rank, n = ranker.rank(f"sub:{key}", s)
        xs.append(exponential_transform(rank, n))
    sub_weights = weights.subdomains[dom.id]
    score, available = subdomain_score(xs, [sub_weights[s.id] for s in dom.subdomains])
    partial[dom.id] = (available > 0) & (available < len(xs))
    return score, partial


def domain_scores(definition: Definition, values: dict, ranker, weights: PartWeights, fit: bool) -> DomainScores:
    """Step *domain scores*: every domain's score per area; with ``fit``, weights not yet in ``weights``
    are taken from the definition or fitted (factor analysis)."""
    scores, partial = {}, {}
    for dom in definition.domains:
        scores[dom.id], parts = domain_score(dom, values, ranker, weights, fit)
        partial.update(parts)
    return DomainScores(scores=scores, partial=partial)


def part_keys(definition: Definition) -> list:
    """(part, key) of every domain and subdomain that holds indicators."""
    out = []
    for dom in definition.domains:
        if dom.method == "subdomains":
            out += [(s, f"{dom.id}.{s.id}") for s in dom.subdomains]
        else:
            out.append((dom, dom.id))
    return out
