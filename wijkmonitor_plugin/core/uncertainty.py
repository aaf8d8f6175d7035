"""Rank uncertainty of the index: how far could an area's rank move under reasonable alternatives?

Two sources, simulated together in ``draws`` columns (vectorised, no loop over areas):

- domain weights: each weight is multiplied by a log-normal factor exp(N(0, spread²)) and the
  set is rescaled to the original sum, so a spread of 0.25 moves a weight by about ±25 %;
- sampling error (only with shrinkage): every shrunk rate is drawn from its posterior
  (shrunk empirical logit ± posterior sd), and the domains are rescored with the fitted weights.

The 5th and 95th percentile of each area's index rank over the draws are ``index_rank_p05`` and
``index_rank_p95``.
"""

from __future__ import annotations

import numpy as np

from . import shrinkage as shrink_mod
from .ranking import rank_deprived


def weight_draws(weights: np.ndarray, draws: int, spread: float, rng: np.random.Generator) -> np.ndarray:
    """(domains × draws) perturbed weights with the same sum as ``weights``."""
    weights = np.asarray(weights, dtype=float)
    factors = np.exp(rng.normal(0.0, spread, (len(weights), draws)))
    drawn = weights[:, None] * factors
    return drawn * (weights.sum() / drawn.sum(axis=0))[None, :]


def rank_percentiles(ranks: np.ndarray, low: float = 5.0, high: float = 95.0):
    """Per row the ``low`` and ``high`` percentile of the ranks in its columns (NaN rows stay NaN)."""
    out_low = np.full(ranks.shape[0], np.nan)
    out_high = np.full(ranks.shape[0], np.nan)
    ok = ~np.isnan(ranks).any(axis=1)
    if ok.any():
        pct = np.percentile(ranks[ok], [low, high], axis=1, method="nearest")
        out_low[ok], out_high[ok] = pct[0], pct[1]
    return out_low, out_high


def rank_intervals(definition, reference, values: dict, result: dict, shrunk: dict, options, min_domains: int,
                   evaluator_cls):
    """(p05, p95, info) of the index rank; see the module docstring."""
    rng = np.random.default_rng(options.seed)
    draws = int(options.draws)
    ids = [d.id for d in definition.domains]
    weights = weight_draws([reference.domain_weights[i] for i in ids], draws, options.weight_spread, rng)
    sampling = bool(shrunk) and options.sampling_error
    if sampling:
        per = {ind.key: ind.per for d in definition.domains for ind in d.all_indicators()}
        drawn = {key: v[:, None] for key, v in values.items()}  # one column, broadcast against the draws
        for key, res in shrunk.items():
            drawn[key] = shrink_mod.draw(res, per[key], draws, rng)
        ev = evaluator_cls(definition, "draws", reference, reference.domain_weights, reference.part_weights,
                           reference.subdomain_weights)
        ranks = ev.evaluate(drawn, min_domains, weight_draws=weights)["index_rank"]
    else:
        parts = np.stack(result["parts"])  # domains × n
        ok = ~np.isnan(parts)
        filled = np.where(ok, parts, 0.0)
        acc = np.einsum("dn,ds->ns", filled, weights)
        wsum = np.einsum("dn,ds->ns", ok.astype(float), weights)
        with np.errstate(invalid="ignore", divide="ignore"):
            index = acc * (weights.sum(axis=0)[None, :] / wsum)
        n_avail = ok.sum(axis=0)
        index = np.where((n_avail >= min_domains)[:, None], index, np.nan)
        ranks = rank_deprived(index)
    p05, p95 = rank_percentiles(ranks)
    width = p95 - p05
    info = {
        "draws": draws,
        "weight_spread": float(options.weight_spread),
        "sampling_error": sampling,
        "seed": int(options.seed),
        "median_interval_width": float(np.nanmedian(width)) if np.any(~np.isnan(width)) else None,
        "max_interval_width": float(np.nanmax(width)) if np.any(~np.isnan(width)) else None,
    }
    return p05, p95, info
