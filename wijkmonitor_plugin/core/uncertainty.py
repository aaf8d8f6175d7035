"""How robust is each rank? Uncertainty and sensitivity analysis of the index over its method choices.

After the JRC/OECD *Handbook on Constructing Composite Indicators* (2008, ch. 7) and COINr's
``get_sensitivity``: the index is recomputed many times, each time with other reasonable method
choices, and per area the spread of its rank is reported.

The uncertain choices (each a *group* of the sensitivity analysis, used only when it applies):

- ``weights``: every domain weight multiplied by a log-normal factor exp(N(0, spread²)), the set
  rescaled to the original sum (a spread of 0.25 moves a weight by about ±25 %);
- ``combine``: the IMD's exponential transformation or the linear ``mean_z`` (half of the runs each);
- ``shrinkage``: small-area proportions shrunk toward their group mean, or not;
- ``factor_weights``: factor-analysis weights inside a domain, or equal weights;
- ``imputation``: a borrowed domain (see :mod:`.imputation`) drawn from the parent's own areas;
- ``sampling``: with shrinkage, every shrunk proportion drawn from its posterior (sampling error).

Design (Saltelli 2010, as COINr): two independent samples A and B of N runs and, per group i, the
runs A with group i taken from B: N(k + 2) runs in all, k the number of groups. Every run is a
random draw of all choices, so all runs serve the uncertainty analysis: per area the median rank,
the 5th and 95th percentile (``index_rank_median``, ``index_rank_p05``, ``index_rank_p95``) and the
share of runs in which it falls in its own decile (``index_decile_stability``). The sensitivity
target is COINr's: the mean absolute rank change of a run against the nominal ranks. First-order
index Sᵢ = mean(y_B · (y_ABi − y_A)) / Var(y) (Saltelli 2010), total index
STᵢ = mean((y_A − y_ABi)²) / (2 · Var(y)) (Jansen 1999), with bootstrap 5–95 % intervals.
Sᵢ says which choice on its own moves the ranks most. Runs are drawn from ``seed``: the same seed
gives the same figures.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass

import numpy as np

from ..i18n import translate
from . import shrinkage as shrink_mod
from .errors import CanceledError
from .imputation import Imputation
from .index_combine import combine
from .index_domains import FitRanker, PartWeights, domain_scores, part_keys
from .ranking import count_valid, deciles, rank_deprived

WEIGHTS, COMBINE, SHRINKAGE, FACTOR_WEIGHTS, IMPUTATION, SAMPLING = (
    "weights", "combine", "shrinkage", "factor_weights", "imputation", "sampling")
#: runs evaluated at once (memory: areas × CHUNK per array)
CHUNK = 25
BOOTSTRAP = 500


@dataclass
class UncertaintyOptions:
    """The robustness analysis: ``draws`` runs (at least 10), the spread of the domain weights, the seed,
    and whether shrunk proportions are drawn from their posterior (sampling error)."""

    draws: int = 200
    weight_spread: float = 0.25
    seed: int = 12345
    sampling_error: bool = True


def choice_label(group: str) -> str:
    return {
        WEIGHTS: translate("Uncertainty", "domain weights (±spread around the definition's)"),
        COMBINE: translate("Uncertainty", "combining domains: exponential (IMD) or mean of normal scores"),
        SHRINKAGE: translate("Uncertainty", "shrinkage of small-area proportions on or off"),
        FACTOR_WEIGHTS: translate("Uncertainty", "factor-analysis or equal weights inside a domain"),
        IMPUTATION: translate("Uncertainty", "borrowed domains drawn from the parent's areas"),
        SAMPLING: translate("Uncertainty", "sampling error of the shrunk proportions"),
    }[group]


def weight_draws(weights: np.ndarray, factors: np.ndarray) -> np.ndarray:
    """(domains × runs) weights: each multiplied by its factor, rescaled to the original sum."""
    weights = np.asarray(weights, dtype=float)
    drawn = weights[:, None] * factors
    return drawn * (weights.sum() / drawn.sum(axis=0))[None, :]


def rank_percentiles(ranks: np.ndarray, low: float = 5.0, high: float = 95.0):
    """Per row the ``low`` and ``high`` percentile of the ranks in its columns (rows with a NaN stay NaN)."""
    out_low = np.full(ranks.shape[0], np.nan)
    out_high = np.full(ranks.shape[0], np.nan)
    ok = ~np.isnan(ranks).any(axis=1)
    if ok.any():
        pct = np.percentile(ranks[ok], [low, high], axis=1, method="nearest")
        out_low[ok], out_high[ok] = pct[0], pct[1]
    return out_low, out_high


# -- the model: the index for a set of runs ----------------------------------------------------------------------

class MethodModel:
    """The index recomputed under other method choices, many runs at once (areas × runs arrays).

    Built from what the nominal run computed: the indicator values (``raw`` unshrunk, ``shrunk``
    :class:`.shrinkage.ShrinkageResult` where shrinkage applies), the fitted weights, the imputation.
    """

    def __init__(self, definition, raw: dict, shrunk: dict, per: dict, nominal_shrink: bool,
                 weights: PartWeights, domain_weights: list, min_domains: int, imputation: Imputation | None):
        self.definition = definition
        self.raw = raw
        self.shrunk = shrunk
        self.per = per
        self.nominal_shrink = nominal_shrink
        self.domain_weights = np.asarray(domain_weights, dtype=float)
        self.min_domains = min_domains
        self.imputation = imputation
        self.fa_parts = [(part, key) for part, key in part_keys(definition) if part.method == "factor_analysis"]
        self._weights = {nominal_shrink: weights}
        self._scores: dict = {}

    def groups(self, options: UncertaintyOptions) -> list:
        out = [WEIGHTS, COMBINE]
        if self.shrunk:
            out.append(SHRINKAGE)
        if self.fa_parts:
            out.append(FACTOR_WEIGHTS)
        if self.imputation is not None and self.imputation.any:
            out.append(IMPUTATION)
        if self.shrunk and options.sampling_error:
            out.append(SAMPLING)
        return out

    def _values(self, shrink: bool) -> dict:
        if not shrink:
            return self.raw
        return {k: (self.shrunk[k].values if k in self.shrunk else v) for k, v in self.raw.items()}

    def part_weights(self, shrink: bool, factor: bool) -> PartWeights:
        """The weights inside the domains: fitted on the values of this shrinkage choice, or equal."""
        if shrink not in self._weights:
            base = self._weights[self.nominal_shrink]
            fresh = PartWeights(parts={k: v for k, v in base.parts.items()
                                       if k not in {key for _, key in self.fa_parts}},
                                subdomains=base.subdomains)
            domain_scores(self.definition, self._values(shrink), FitRanker(record=False), fresh, fit=True)
            self._weights[shrink] = fresh
        weights = self._weights[shrink]
        if factor:
            return weights
        equal = copy.copy(weights)
        equal.parts = dict(weights.parts)
        for part, key in self.fa_parts:
            equal.parts[key] = {ind.key: 1.0 / len(part.indicators) for ind in part.indicators}
        return equal

    def scores(self, shrink: bool, factor: bool, noise_seeds=None) -> dict:
        """Domain scores for one shrinkage and weighting choice (areas; areas × runs with sampling noise)."""
        if noise_seeds is None:
            key = (shrink, factor)
            if key not in self._scores:
                self._scores[key] = domain_scores(self.definition, self._values(shrink), FitRanker(record=False),
                                                  self.part_weights(shrink, factor), fit=False).scores
            return self._scores[key]
        values = {k: v[:, None] for k, v in self.raw.items()}  # one column, broadcast against the runs
        for i, k in enumerate(sorted(self.shrunk)):
            res = self.shrunk[k]
            noise = np.column_stack([np.random.default_rng([int(seed), i]).standard_normal(len(res.values))
                                     for seed in noise_seeds])
            values[k] = shrink_mod.draw(res, self.per[k], noise)
        return domain_scores(self.definition, values, FitRanker(record=False), self.part_weights(shrink, factor),
                             fit=False).scores

    def evaluate(self, runs: list, nominal: dict) -> np.ndarray:
        """Index ranks (areas × runs) of ``runs`` (dicts group → choice; a missing group takes ``nominal``)."""
        c = len(runs)
        n = len(next(iter(self.raw.values())))
        get = [{**nominal, **r} for r in runs]
        ids = [d.id for d in self.definition.domains]
        scores = {d: np.empty((n, c)) for d in ids}
        variants: dict = {}
        for j, run in enumerate(get):
            noisy = run[SHRINKAGE] and run.get(SAMPLING) is not None
            variants.setdefault((run[SHRINKAGE], run[FACTOR_WEIGHTS], noisy), []).append(j)
        for (shrink, factor, noisy), cols in variants.items():
            seeds = [get[j][SAMPLING] for j in cols] if noisy else None
            got = self.scores(shrink, factor, seeds)
            for d in ids:
                scores[d][:, cols] = got[d] if got[d].ndim == 2 else got[d][:, None]
        imputed = {d: self.imputation.rows(d) for d in ids} if self.imputation is not None else {}
        if any(len(rows) for rows in imputed.values()):
            for j, run in enumerate(get):
                rng = None if run.get(IMPUTATION) is None else np.random.default_rng(int(run[IMPUTATION]))
                for d in ids:
                    rows = imputed[d]
                    if not len(rows):
                        continue
                    if rng is None:
                        scores[d][rows, j] = self.imputation.values[d][rows]
                    else:
                        u = rng.random((len(rows), 1))
                        scores[d][rows, j] = self.imputation.draw(d, scores[d][:, [j]], u)[:, 0]
        distinct = {}
        for d in ids:  # runs with the same scores in a domain share its ranking
            signature = [(run[SHRINKAGE], run[FACTOR_WEIGHTS],
                          run.get(SAMPLING) if run[SHRINKAGE] and self.shrunk else None,
                          run.get(IMPUTATION) if len(imputed.get(d, ())) else None) for run in get]
            first = {}
            expand = np.array([first.setdefault(sig, j) for j, sig in enumerate(signature)])
            columns = sorted(set(expand.tolist()))
            distinct[d] = (columns, np.searchsorted(columns, expand))
        factors = np.column_stack([run[WEIGHTS] for run in get])
        weights = weight_draws(self.domain_weights, factors)
        exponential = np.array([bool(run[COMBINE]) for run in get])
        result = combine(self.definition, scores, FitRanker(record=False), list(weights), self.min_domains,
                         exponential=exponential if not (exponential.all() or not exponential.any())
                         else bool(exponential[0]), distinct=distinct)
        return rank_deprived(result.index)


# -- the design --------------------------------------------------------------------------------------------------

def _sample(group: str, rng: np.random.Generator, count: int, n_domains: int, spread: float) -> list:
    if group == WEIGHTS:
        return list(np.exp(rng.normal(0.0, spread, (count, n_domains))))
    if group in (COMBINE, SHRINKAGE, FACTOR_WEIGHTS):
        return list(rng.random(count) < 0.5)
    return list(rng.integers(0, 2 ** 62, count))  # seeds of the imputation draws and sampling noise


def design(groups: list, draws: int, n_domains: int, spread: float, seed: int):
    """The runs (dicts group → choice) and N, the number of base samples of the Saltelli design.

    With N ≥ 2 the first N(k + 2) runs are A, B and the k mixes A_B^i; the rest are extra random
    runs for the uncertainty analysis. With N < 2 all runs are random (no sensitivity indices).
    """
    rng = np.random.default_rng(seed)
    k = len(groups)
    n_base = draws // (k + 2)
    n_base = n_base if n_base >= 2 else 0
    extra = draws - n_base * (k + 2)
    a = {g: _sample(g, rng, n_base, n_domains, spread) for g in groups}
    b = {g: _sample(g, rng, n_base, n_domains, spread) for g in groups}
    e = {g: _sample(g, rng, extra, n_domains, spread) for g in groups}
    runs = [{g: a[g][s] for g in groups} for s in range(n_base)]
    runs += [{g: b[g][s] for g in groups} for s in range(n_base)]
    for i in groups:
        runs += [{g: (b if g == i else a)[g][s] for g in groups} for s in range(n_base)]
    runs += [{g: e[g][s] for g in groups} for s in range(extra)]
    return runs, n_base


def sensitivity_indices(y: np.ndarray, n_base: int, groups: list, seed: int) -> list:
    """First-order and total indices per group (COINr's estimators) with bootstrap 5–95 % intervals."""
    y_a, y_b = y[:n_base], y[n_base:2 * n_base]
    var = float(np.var(np.concatenate([y_a, y_b]), ddof=1))
    rng = np.random.default_rng([seed, 1])
    picks = rng.integers(0, n_base, (BOOTSTRAP, n_base))
    out = []
    for i, group in enumerate(groups):
        y_ab = y[(2 + i) * n_base:(3 + i) * n_base]
        first = y_b * (y_ab - y_a)
        total = (y_a - y_ab) ** 2
        row = {"choice": group, "label": choice_label(group)}
        if var > 0:
            row.update(first_order=float(first.mean() / var), total=float(total.mean() / (2 * var)),
                       first_order_p05=float(np.percentile(first[picks].mean(axis=1) / var, 5)),
                       first_order_p95=float(np.percentile(first[picks].mean(axis=1) / var, 95)),
                       total_p05=float(np.percentile(total[picks].mean(axis=1) / (2 * var), 5)),
                       total_p95=float(np.percentile(total[picks].mean(axis=1) / (2 * var), 95)))
        else:
            row.update(first_order=0.0, total=0.0, first_order_p05=0.0, first_order_p95=0.0, total_p05=0.0,
                       total_p95=0.0)
        out.append(row)
    return out


@dataclass
class Robustness:
    median: np.ndarray
    p05: np.ndarray
    p95: np.ndarray
    stability: np.ndarray
    info: dict


def robustness(model: MethodModel, nominal_rank: np.ndarray, nominal_choices: dict, options: UncertaintyOptions,
               feedback=None) -> Robustness:
    """Run the analysis; ``feedback(fraction)`` reports progress and returns True to cancel."""
    groups = model.groups(options)
    runs, n_base = design(groups, int(options.draws), len(model.domain_weights), float(options.weight_spread),
                          int(options.seed))
    n = len(nominal_rank)
    ranks = np.empty((n, len(runs)))
    for start in range(0, len(runs), CHUNK):
        if feedback is not None and feedback(start / len(runs)):
            raise CanceledError(translate("Uncertainty", "The rank-uncertainty analysis was cancelled."))
        ranks[:, start:start + CHUNK] = model.evaluate(runs[start:start + CHUNK], nominal_choices)
    if feedback is not None:
        feedback(1.0)
    scored = ~np.isnan(nominal_rank)
    ranks[~scored] = np.nan
    median = np.full(n, np.nan)
    ok = scored & ~np.isnan(ranks).any(axis=1)
    if ok.any():
        median[ok] = np.percentile(ranks[ok], 50, axis=1, method="nearest")
    p05, p95 = rank_percentiles(ranks)
    nominal_decile = deciles(nominal_rank)
    run_deciles = deciles(ranks, count_valid(ranks))
    with np.errstate(invalid="ignore"):
        stability = np.where(ok, np.mean(run_deciles == nominal_decile[:, None], axis=1), np.nan)
    y = np.nanmean(np.abs(ranks - nominal_rank[:, None]), axis=0) if ok.any() else np.zeros(len(runs))
    width = p95 - p05
    info = {
        "draws": len(runs), "seed": int(options.seed), "weight_spread": float(options.weight_spread),
        "choices": [{"choice": g, "label": choice_label(g)} for g in groups],
        "sampling_error": SAMPLING in groups,
        "base_samples": int(n_base),
        "mean_absolute_rank_change": float(np.mean(y)) if len(y) else None,
        "median_interval_width": float(np.nanmedian(width)) if ok.any() else None,
        "max_interval_width": float(np.nanmax(width)) if ok.any() else None,
        "decile_stability_median": float(np.nanmedian(stability)) if ok.any() else None,
        "areas_stable_90": int(np.sum(stability >= 0.9)), "areas_unstable_50": int(np.sum(stability < 0.5)),
        "sensitivity": sensitivity_indices(y, n_base, groups, int(options.seed)) if n_base else [],
        "sensitivity_note": None if n_base else translate(
            "Uncertainty", "Too few runs for sensitivity indices: they need at least {n} runs with these {k} "
                           "choices.").format(n=2 * (len(groups) + 2), k=len(groups)),
    }
    return Robustness(median=median, p05=p05, p95=p95, stability=stability, info=info)


def nominal(exponential: bool, shrink: bool, n_domains: int) -> dict:
    """The choices of the nominal run (what the user asked for)."""
    return {WEIGHTS: np.ones(n_domains), COMBINE: exponential, SHRINKAGE: shrink, FACTOR_WEIGHTS: True,
            IMPUTATION: None, SAMPLING: None}
