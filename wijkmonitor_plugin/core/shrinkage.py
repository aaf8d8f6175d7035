"""Shrinkage of small-area rates toward the mean of a larger area (empirical Bayes, IoD style).

A proportion p measured on n people in a small area is unreliable. On the empirical-logit
scale l = ln((k + ½) / (n − k + ½)) (k = p · n) with sampling variance s² = 1/(k + ½) + 1/(n − k + ½),
the shrunk value is l* = w · l + (1 − w) · l̄, w = t² / (t² + s²), where l̄ is the mean and t²
the between-area variance (observed variance minus mean sampling variance) of the areas in the
same larger area (wijk or gemeente). Groups with fewer than ``MIN_GROUP`` areas use the overall
mean and variance. The posterior standard deviation √(w · s²) drives the sampling-error draws of
the rank uncertainty.

Only proportions are shrunk: a value outside 0 … ``per`` (a rate of events such as 3,000 crimes
per 1,000 inhabitants in a city centre) is returned as it is, never forced into a proportion.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

MIN_GROUP = 3
MIN_BETWEEN_VARIANCE = 1e-6


@dataclass
class ShrinkageFit:
    """What was fitted for one indicator on the baseline: group means and between-area variances."""

    means: dict = field(default_factory=dict)
    variances: dict = field(default_factory=dict)
    overall_mean: float = 0.0
    overall_variance: float = MIN_BETWEEN_VARIANCE

    def as_dict(self) -> dict:
        return {"overall_mean": self.overall_mean, "overall_variance": self.overall_variance,
                "means": {str(k): float(v) for k, v in self.means.items()},
                "variances": {str(k): float(v) for k, v in self.variances.items()}}


@dataclass
class ShrinkageResult:
    values: np.ndarray  #: shrunk values, in the unit of the input (p · per)
    weight: np.ndarray  #: w per area (1 = own value kept, 0 = group mean)
    logit: np.ndarray  #: shrunk empirical logit
    posterior_sd: np.ndarray  #: on the logit scale
    fit: ShrinkageFit


def empirical_logit(p: np.ndarray, n: np.ndarray):
    """l = ln((k + ½) / (n − k + ½)) of a proportion p of n (k = p · n) and its sampling variance s²."""
    k = np.clip(p, 0.0, 1.0) * n
    logit = np.log((k + 0.5) / (n - k + 0.5))
    var = 1.0 / (k + 0.5) + 1.0 / (n - k + 0.5)
    return logit, var


def shrinkage_weight(sampling_variance, between_variance):
    """w = (1/s²) / (1/s² + 1/t²) = t² / (t² + s²): the weight of the area's own value, z* = w·z + (1 − w)·z̄."""
    return between_variance / (between_variance + sampling_variance)


def inverse_logit(x):
    return 1.0 / (1.0 + np.exp(-x))


def _fit(logit: np.ndarray, var: np.ndarray, groups: pd.Series) -> ShrinkageFit:
    ok = ~np.isnan(logit)
    overall_mean = float(np.mean(logit[ok])) if ok.any() else 0.0
    overall_var = float(max(np.var(logit[ok]) - np.mean(var[ok]), MIN_BETWEEN_VARIANCE)) if ok.any() else \
        MIN_BETWEEN_VARIANCE
    frame = pd.DataFrame({"g": groups.to_numpy(), "l": logit, "v": var})[ok]
    stats = frame.groupby("g", sort=False).agg(n=("l", "size"), mean=("l", "mean"), lvar=("l", "var"),
                                              svar=("v", "mean"))
    big = stats[stats["n"] >= MIN_GROUP]
    between = np.maximum((big["lvar"] * (big["n"] - 1) / big["n"]) - big["svar"], MIN_BETWEEN_VARIANCE)
    return ShrinkageFit(means=big["mean"].to_dict(), variances=between.to_dict(), overall_mean=overall_mean,
                        overall_variance=overall_var)


def shrink(values, counts, groups=None, per: float = 1.0, fit: ShrinkageFit | None = None) -> ShrinkageResult:
    """Shrink rates ``values`` (= p · per, measured on ``counts`` people) toward their group mean.

    ``groups`` (same length, e.g. wijk codes; ``None`` = one group) defines the larger areas.
    With ``fit`` from a baseline the baseline means and variances are used (scenario runs).
    Areas with no count or no value, and values outside 0 … ``per`` (not a proportion), are returned
    unchanged (NaN stays NaN).
    """
    values = np.asarray(values, dtype=float)
    counts = np.asarray(counts, dtype=float)
    groups = pd.Series(np.zeros(len(values)) if groups is None else np.asarray(groups, dtype=object))
    with np.errstate(invalid="ignore"):
        usable = ~np.isnan(values) & ~np.isnan(counts) & (counts > 0) & (values >= 0) & (values <= per)
    n = np.where(usable, counts, 1.0)
    logit, var = empirical_logit(np.where(usable, values / per, 0.0), n)
    logit = np.where(usable, logit, np.nan)
    var = np.where(usable, var, np.nan)
    if fit is None:
        fit = _fit(logit, var, groups)
    means = groups.map(fit.means).to_numpy(dtype=float)
    tvars = groups.map(fit.variances).to_numpy(dtype=float)
    means = np.where(np.isnan(means), fit.overall_mean, means)
    tvars = np.where(np.isnan(tvars), fit.overall_variance, tvars)
    w = shrinkage_weight(var, tvars)
    shrunk = w * logit + (1.0 - w) * means
    out = np.where(usable, inverse_logit(shrunk) * per, values)
    post_sd = np.sqrt(w * var)
    return ShrinkageResult(values=out, weight=np.where(usable, w, np.nan), logit=shrunk,
                           posterior_sd=np.where(usable, post_sd, np.nan), fit=fit)


def draw(result: ShrinkageResult, per: float, noise: np.ndarray) -> np.ndarray:
    """Plausible values per area (n × columns) from the posterior of the shrunk logit; ``noise`` is
    standard normal, one column per draw."""
    logits = result.logit[:, None] + noise * result.posterior_sd[:, None]
    sampled = inverse_logit(logits) * per
    usable = ~np.isnan(result.posterior_sd)
    return np.where(usable[:, None], sampled, result.values[:, None])
