"""One-factor maximum-likelihood factor analysis (numpy only), as the English IMD uses it.

The IMD turns each indicator of a factor-analysis domain (Health, Crime) into normal scores,
fits one common factor by maximum likelihood on their correlation matrix and weights the
indicators by loading / sum of loadings. :func:`fit_one_factor` does that fit.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..i18n import translate
from .errors import WijkmonitorError

MIN_UNIQUENESS = 0.005


class FactorAnalysisError(WijkmonitorError, ValueError):
    pass


@dataclass
class OneFactorFit:
    loadings: np.ndarray
    uniquenesses: np.ndarray
    weights: np.ndarray  #: loadings / sum(loadings)
    n_obs: int
    iterations: int
    converged: bool
    explained: float  #: share of the total variance explained by the factor

    def as_dict(self, names=None) -> dict:
        names = list(names) if names is not None else [str(i) for i in range(len(self.weights))]
        return {
            "indicators": names,
            "loadings": [float(v) for v in self.loadings],
            "uniquenesses": [float(v) for v in self.uniquenesses],
            "weights": [float(v) for v in self.weights],
            "n_areas": int(self.n_obs),
            "iterations": int(self.iterations),
            "converged": bool(self.converged),
            "explained_variance": float(self.explained),
        }


def correlation_matrix(data: np.ndarray) -> np.ndarray:
    """Pearson correlations of the columns of ``data`` (complete rows only)."""
    data = np.asarray(data, dtype=float)
    data = data[~np.isnan(data).any(axis=1)]
    centred = data - data.mean(axis=0)
    sd = np.sqrt((centred ** 2).mean(axis=0))
    if np.any(sd == 0):
        raise FactorAnalysisError(translate("FactorAnalysis", "An indicator has the same value in every area."))
    z = centred / sd
    return (z.T @ z) / len(z)


def _loadings(corr: np.ndarray, psi: np.ndarray) -> np.ndarray:
    s = 1.0 / np.sqrt(psi)
    vals, vecs = np.linalg.eigh(corr * s[:, None] * s[None, :])
    return np.sqrt(psi) * vecs[:, -1] * np.sqrt(max(vals[-1] - 1.0, 0.0))


def _fixed_point(corr: np.ndarray, psi: np.ndarray) -> np.ndarray:
    return np.clip(1.0 - _loadings(corr, psi) ** 2, MIN_UNIQUENESS, 1.0)


def _solve_uniquenesses(corr: np.ndarray, psi: np.ndarray, max_iter: int, tol: float):
    """Iterate the ML fixed point ψ ← diag(R − λλᵀ), accelerated with SQUAREM (Varadhan & Roland 2008)."""
    for iteration in range(1, max_iter + 1):
        f1 = _fixed_point(corr, psi)
        r = f1 - psi
        if np.max(np.abs(r)) < tol:
            return f1, iteration, True
        f2 = _fixed_point(corr, f1)
        v = f2 - 2.0 * f1 + psi
        norm_v = np.sqrt(np.sum(v * v))
        alpha = -np.sqrt(np.sum(r * r)) / norm_v if norm_v > 0 else -1.0
        alpha = min(alpha, -1.0)
        candidate = np.clip(psi - 2.0 * alpha * r + alpha * alpha * v, MIN_UNIQUENESS, 1.0)
        psi = _fixed_point(corr, candidate)  # stabilising step
    return psi, max_iter, False


def fit_one_factor(data: np.ndarray, max_iter: int = 5000, tol: float = 1e-10) -> OneFactorFit:
    """Maximum-likelihood one-factor model of the columns of ``data`` (rows with NaN are left out).

    Fixed point of the ML equations (Jöreskog): for the uniquenesses Ψ, the loadings are
    Ψ^½ · u · √(θ − 1) with (θ, u) the largest eigenpair of Ψ^−½ R Ψ^−½; then Ψ = diag(R − λλᵀ).
    Loadings are signed so that their sum is positive.
    """
    data = np.asarray(data, dtype=float)
    if data.ndim != 2 or data.shape[1] < 2:
        raise FactorAnalysisError(translate("FactorAnalysis", "Factor analysis needs at least two indicators."))
    complete = ~np.isnan(data).any(axis=1)
    n_obs = int(complete.sum())
    if n_obs < data.shape[1] + 2:
        raise FactorAnalysisError(
            translate("FactorAnalysis", "Factor analysis needs at least {n} areas with all indicators; there are {m}.")
            .format(n=data.shape[1] + 2, m=n_obs)
        )
    corr = correlation_matrix(data[complete])
    p = corr.shape[0]
    if p == 2:
        # two indicators: the one-factor model is not identified; equal loadings √r reproduce r exactly
        r = max(float(corr[0, 1]), 1e-6)
        loadings = np.full(2, np.sqrt(r))
        psi = 1.0 - loadings ** 2
        iterations, converged = 0, True
    else:
        # start: uniquenesses from squared multiple correlations
        try:
            psi = 1.0 / np.diag(np.linalg.inv(corr))
        except np.linalg.LinAlgError:
            psi = np.full(p, 0.5)
        psi = np.clip(psi, MIN_UNIQUENESS, 1.0)
        psi, iterations, converged = _solve_uniquenesses(corr, psi, max_iter, tol)
        loadings = _loadings(corr, psi)
    if loadings.sum() < 0:
        loadings = -loadings
    total = loadings.sum()
    if not np.isfinite(total) or total <= 0:
        raise FactorAnalysisError(translate("FactorAnalysis", "The indicators share no common factor."))
    return OneFactorFit(
        loadings=loadings,
        uniquenesses=psi,
        weights=loadings / total,
        n_obs=n_obs,
        iterations=iterations,
        converged=converged,
        explained=float((loadings ** 2).sum() / p),
    )
