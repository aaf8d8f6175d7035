"""Local spatial autocorrelation: Local Moran's I (LISA), global Moran's I and Getis–Ord Gi* (numpy only).

Definitions follow PySAL's ``esda`` (checked in ``tests/test_hotspots_pysal.py`` against esda 2.5):

- values are standardised, z = (x − x̄) / s (s with n in the denominator);
- Local Moran Iᵢ = (n − 1) · zᵢ · lagᵢ / Σz², lagᵢ = the mean z of the neighbours (row-standardised
  weights; an island has lag 0 and I 0);
- the pseudo p-value is conditional: zᵢ stays, its kᵢ neighbours are replaced by kᵢ areas drawn at
  random (without replacement) from the other n − 1, ``permutations`` times; with ``larger`` the
  number of draws with I ≥ the observed I, folded to the smaller tail, p = (larger + 1) / (P + 1).
  As in esda, areas share the random index draws (each block of ``SHARED_DRAWS`` areas its own set),
  which keeps 999 permutations of 14,500 areas to a few seconds;
- quadrants: HH (z > 0, lag > 0), LH, LL, HL; a class is its quadrant where p ≤ α, else ``ns``;
  with the false-discovery-rate option α is replaced by the Benjamini–Hochberg bound of esda's ``fdr``;
- global Moran I = (n / S₀) · zᵀWz / zᵀz with S₀ the number of areas that have neighbours;
- Getis–Ord Gi* with the area itself among its neighbours and binary weights (Getis & Ord 1995):
  z = (Σⱼ wᵢⱼxⱼ − x̄ Kᵢ) / (s · √((n Kᵢ − Kᵢ²) / (n − 1))), Kᵢ = kᵢ + 1; p two-sided from the normal
  distribution (``statistics.NormalDist``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from statistics import NormalDist

import numpy as np

from ..i18n import translate
from .contiguity import Neighbours
from .errors import WijkmonitorError

CLASSES = ("HH", "LH", "LL", "HL")  #: quadrants 1..4 as in esda
NOT_SIGNIFICANT = "ns"
#: upper bound of (areas × permutations × neighbours) gathered at once, to keep memory small
_CHUNK_CELLS = 4_000_000
#: areas (of the same number of neighbours) that share one set of random draws; esda shares one set among
#: all areas, here every block of this many areas gets its own
SHARED_DRAWS = 64


class HotspotError(WijkmonitorError, ValueError):
    """Values or neighbours the hotspot analysis cannot use; the message says what to do."""


@dataclass
class LocalMoran:
    I: np.ndarray  # noqa: E741 (the statistic's name)
    p: np.ndarray  #: conditional-permutation pseudo p-value (NaN for islands)
    quadrant: np.ndarray  #: 1 HH, 2 LH, 3 LL, 4 HL (0 for islands)
    classes: np.ndarray  #: object array: HH/LH/LL/HL/ns, None for islands
    lag: np.ndarray
    z: np.ndarray
    threshold: float  #: the p-value bound used (α, or the FDR bound)
    alpha: float
    fdr: bool
    permutations: int
    seed: int


@dataclass
class GlobalMoran:
    I: float  # noqa: E741
    expected: float
    p_sim: float | None
    z_sim: float | None
    permutations: int


@dataclass
class GiStar:
    z: np.ndarray
    p: np.ndarray


@dataclass
class HotspotResult:
    local: LocalMoran
    global_: GlobalMoran
    gi: GiStar
    islands: list = field(default_factory=list)  #: positions (in the analysed areas) without neighbours


def _check(values: np.ndarray, weights: Neighbours) -> np.ndarray:
    values = np.asarray(values, dtype="float64")
    if values.ndim != 1 or len(values) != weights.n:
        raise HotspotError(translate("Hotspots", "Internal error: {n} values for {m} areas.")
                           .format(n=len(values), m=weights.n))
    check_count(len(values))
    if not np.isfinite(values).all():
        raise HotspotError(translate("Hotspots", "Internal error: missing values must be left out before the "
                                                 "analysis."))
    if np.ptp(values) == 0:
        raise HotspotError(translate(
            "Hotspots", "The field has the same value ({value:g}) in every area: there is no pattern to find. "
                        "Choose another field.").format(value=float(values[0])))
    if len(weights.indices) == 0:
        raise HotspotError(translate(
            "Hotspots", "No area has a neighbour: with contiguity the polygons do not touch (a table of points, "
                        "or areas far apart). Use k nearest neighbours instead."))
    return values


def check_count(n: int) -> None:
    """A clear error for fewer than three areas with a value."""
    if n < 3:
        raise HotspotError(translate(
            "Hotspots", "Only {n} area(s) with a value: a hotspot analysis needs at least three areas, and "
                        "is only meaningful with dozens. Use a larger area (all buurten of the gemeente)."
        ).format(n=n))


def standardised(values: np.ndarray) -> np.ndarray:
    values = np.asarray(values, dtype="float64")
    return (values - values.mean()) / values.std()


def _distinct_draws(rng: np.random.Generator, shape: tuple, upper: int) -> np.ndarray:
    """Integers in [0, upper) of ``shape`` (…, k), distinct along the last axis (rows with a repeat are redrawn).

    Repeats are found by comparing the k columns pairwise (k is a number of neighbours, so small), which is
    much cheaper than sorting every row."""
    draws = rng.integers(0, upper, size=shape)
    k = shape[-1]
    flat = draws.reshape(-1, k)
    rows = np.arange(len(flat))
    while len(rows):
        part = flat[rows]
        dup = np.zeros(len(rows), dtype=bool)
        for a in range(k - 1):
            for b in range(a + 1, k):
                dup |= part[:, a] == part[:, b]
        rows = rows[dup]
        if len(rows):
            flat[rows] = rng.integers(0, upper, size=(len(rows), k))
    return draws


def conditional_permutation_p(z: np.ndarray, weights: Neighbours, observed: np.ndarray, permutations: int,
                              seed: int, feedback=None) -> np.ndarray:
    """Pseudo p-values of the local Moran under conditional randomisation (see the module docstring)."""
    n = len(z)
    card = weights.cardinality
    den = float((z * z).sum())
    rng = np.random.default_rng(seed)
    p = np.full(n, np.nan)
    done = 0
    total = int((card > 0).sum())
    for k in np.unique(card[card > 0]):
        members = np.flatnonzero(card == k)
        rows = max(1, min(SHARED_DRAWS, _CHUNK_CELLS // (permutations * int(k))))
        for start in range(0, len(members), rows):
            block = members[start:start + rows]
            shared = _distinct_draws(rng, (permutations, int(k)), n - 1)
            draws = shared[None, :, :] + (shared[None, :, :] >= block[:, None, None])  # skip the area itself
            lag = z[draws].mean(axis=2)
            sims = (n - 1) * z[block, None] * lag / den
            larger = (sims >= observed[block, None]).sum(axis=1)
            low = (permutations - larger) < larger
            larger = np.where(low, permutations - larger, larger)
            p[block] = (larger + 1.0) / (permutations + 1.0)
            done += len(block)
            if feedback is not None and not feedback(done / max(total, 1)):
                raise HotspotError(translate("Hotspots", "Cancelled."))
    return p


def fdr_threshold(pvalues, alpha: float) -> float:
    """The Benjamini–Hochberg bound as esda's ``fdr``: the largest p(i) ≤ i·α/n, else α/n (Bonferroni)."""
    p = np.sort(np.asarray(pvalues, dtype="float64"))[::-1]
    n = len(p)
    if n == 0:
        return alpha
    bound = np.arange(n, 0, -1) * alpha / n
    hits = np.flatnonzero(p < bound)
    return float(alpha / n) if len(hits) == 0 else float(bound[hits[0]])


def local_moran(values, weights: Neighbours, permutations: int = 999, seed: int = 12345, alpha: float = 0.05,
                fdr: bool = False, feedback=None) -> LocalMoran:
    values = _check(values, weights)
    z = standardised(values)
    n = len(z)
    lag = weights.lag(z)
    den = float((z * z).sum())
    local_i = (n - 1) * z * lag / den
    islands = weights.cardinality == 0
    if permutations > 0:
        p = conditional_permutation_p(z, weights, local_i, permutations, seed, feedback)
    else:
        p = np.full(n, np.nan)
    quadrant = np.where(z > 0, np.where(lag > 0, 1, 4), np.where(lag > 0, 2, 3))
    quadrant[islands] = 0
    threshold = fdr_threshold(p[~islands], alpha) if fdr else alpha
    classes = np.array([CLASSES[q - 1] if q else None for q in quadrant], dtype=object)
    significant = np.isfinite(p) & (p <= threshold)
    classes[~significant & ~islands] = NOT_SIGNIFICANT
    p[islands] = np.nan
    return LocalMoran(I=local_i, p=p, quadrant=quadrant, classes=classes, lag=lag, z=z, threshold=threshold,
                      alpha=alpha, fdr=fdr, permutations=permutations, seed=seed)


def global_moran(values, weights: Neighbours, permutations: int = 999, seed: int = 12345) -> GlobalMoran:
    """Global Moran's I with row-standardised weights and a permutation pseudo p-value (as esda ``Moran``)."""
    values = _check(values, weights)
    z = values - values.mean()
    n = len(z)
    s0 = float((weights.cardinality > 0).sum())
    stat = float(n / s0 * (z * weights.lag(z)).sum() / (z * z).sum())
    p_sim = z_sim = None
    if permutations > 0:
        rng = np.random.default_rng(seed + 1)
        sims = np.empty(permutations)
        zz = float((z * z).sum())
        for b in range(permutations):
            zp = rng.permutation(z)
            sims[b] = n / s0 * (zp * weights.lag(zp)).sum() / zz
        larger = int((sims >= stat).sum())
        if permutations - larger < larger:
            larger = permutations - larger
        p_sim = (larger + 1.0) / (permutations + 1.0)
        z_sim = float((stat - sims.mean()) / sims.std()) if sims.std() > 0 else None
    return GlobalMoran(I=stat, expected=-1.0 / (n - 1), p_sim=p_sim, z_sim=z_sim, permutations=permutations)


def getis_ord_gi_star(values, weights: Neighbours) -> GiStar:
    """Gi* z-scores and two-sided normal p-values (binary weights, the area itself included)."""
    values = _check(values, weights)
    n = len(values)
    mean = values.mean()
    s = values.std()
    local_sum = weights.lag(values) * weights.cardinality + values
    kk = weights.cardinality + 1.0
    with np.errstate(invalid="ignore", divide="ignore"):
        z = (local_sum - mean * kk) / (s * np.sqrt((n * kk - kk * kk) / (n - 1)))
    normal = NormalDist()
    p = np.array([2.0 * (1.0 - normal.cdf(abs(v))) if np.isfinite(v) else np.nan for v in z])
    return GiStar(z=z, p=p)


def hotspots(values, weights: Neighbours, permutations: int = 999, seed: int = 12345, alpha: float = 0.05,
             fdr: bool = False, feedback=None) -> HotspotResult:
    """Local Moran (with classes), global Moran and Gi* of ``values`` (no missing values) on ``weights``."""
    local = local_moran(values, weights, permutations, seed, alpha, fdr, feedback)
    gi = getis_ord_gi_star(values, weights)
    islands = weights.islands()
    gi.z[islands] = np.nan  # an island's Gi* is only its own value: not a local pattern
    gi.p[islands] = np.nan
    return HotspotResult(local=local, global_=global_moran(values, weights, permutations, seed), gi=gi,
                         islands=[int(i) for i in islands])
