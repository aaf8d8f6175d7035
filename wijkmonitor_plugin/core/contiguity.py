"""Spatial weights: who is a neighbour of whom, as compact numpy arrays (no Qt, no QGIS).

A :class:`Neighbours` holds an undirected neighbour graph in CSR form (``indptr``, ``indices``),
the same layout as a sparse matrix row by row. Polygon contiguity is found in QGIS's C++
(:mod:`..qgis_adapters.contiguity` returns the pairs); k nearest neighbours are found here from
points with the blocked search of :mod:`.similar`. Weights are row-standardised when used:
every neighbour of area *i* weighs 1/kᵢ, as PySAL's ``transform = "r"``.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

import numpy as np

from ..i18n import translate
from .errors import WijkmonitorError


class WeightsError(WijkmonitorError, ValueError):
    """Neighbours that cannot be used (no pairs at all, too few areas); the message says what to do."""


@dataclass
class Neighbours:
    """An undirected neighbour graph of ``n`` areas in CSR form (sorted neighbours, no self-links)."""

    n: int
    indptr: np.ndarray
    indices: np.ndarray
    kind: str = "queen"  #: queen, rook, knn
    _rows: np.ndarray | None = dataclasses.field(default=None, repr=False, compare=False)

    @classmethod
    def from_pairs(cls, n: int, pairs, kind: str = "queen", symmetric: bool = True) -> Neighbours:
        """From (i, j) pairs of positions; with ``symmetric`` every pair counts both ways."""
        pairs = np.asarray(pairs, dtype=np.int64).reshape(-1, 2)
        pairs = pairs[pairs[:, 0] != pairs[:, 1]]
        if symmetric:
            pairs = np.concatenate([pairs, pairs[:, ::-1]])
        if len(pairs):
            key = np.unique(pairs[:, 0] * n + pairs[:, 1])
            rows, cols = key // n, key % n
        else:
            rows = cols = np.zeros(0, dtype=np.int64)
        counts = np.bincount(rows, minlength=n)
        indptr = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
        return cls(n=n, indptr=indptr, indices=cols.astype(np.int64), kind=kind)

    @property
    def cardinality(self) -> np.ndarray:
        return np.diff(self.indptr)

    def islands(self) -> np.ndarray:
        """Positions of the areas without any neighbour."""
        return np.flatnonzero(self.cardinality == 0)

    def neighbours_of(self, i: int) -> np.ndarray:
        return self.indices[self.indptr[i]:self.indptr[i + 1]]

    def rows(self) -> np.ndarray:
        """The row (area position) of every entry of ``indices``."""
        return np.repeat(np.arange(self.n), self.cardinality)

    def pairs(self) -> np.ndarray:
        """Every neighbour link once, as (i, j) with i < j."""
        rows = self.rows()
        keep = rows < self.indices
        return np.column_stack([rows[keep], self.indices[keep]])

    def subset(self, keep) -> Neighbours:
        """The graph among the areas where ``keep`` is true (links to dropped areas removed), renumbered."""
        keep = np.asarray(keep, dtype=bool)
        new_pos = np.full(self.n, -1, dtype=np.int64)
        new_pos[keep] = np.arange(int(keep.sum()))
        rows = self.rows()
        ok = keep[rows] & keep[self.indices]
        pairs = np.column_stack([new_pos[rows[ok]], new_pos[self.indices[ok]]])
        return Neighbours.from_pairs(int(keep.sum()), pairs, kind=self.kind, symmetric=False)

    def lag(self, values: np.ndarray) -> np.ndarray:
        """Row-standardised spatial lag: the mean of the neighbours' values (0 for an island, as PySAL)."""
        values = np.asarray(values, dtype="float64")
        card = self.cardinality
        if self._rows is None:
            self._rows = self.rows()
        sums = np.bincount(self._rows, weights=values[self.indices], minlength=self.n)
        out = np.zeros(self.n)
        np.divide(sums, card, out=out, where=card > 0)
        return out

    def as_dict(self, ids=None) -> dict:
        """{id: [neighbour ids]} (positions when ``ids`` is None): the shape PySAL's ``W`` takes."""
        ids = list(range(self.n)) if ids is None else list(ids)
        return {ids[i]: [ids[j] for j in self.neighbours_of(i)] for i in range(self.n)}


def knn_neighbours(points, k: int) -> Neighbours:
    """The ``k`` nearest other areas of every area (by its representative point), as a directed graph.

    Ties at the k-th distance are broken by position, so the answer does not depend on chance.
    Not symmetric: B may be among A's nearest without A being among B's (as PySAL's KNN).
    """
    from .similar import nearest

    points = np.asarray(points, dtype="float64").reshape(-1, 2)
    n = len(points)
    if k < 1:
        raise WeightsError(translate("Contiguity", "The number of nearest neighbours must be at least 1."))
    if n <= k:
        raise WeightsError(translate(
            "Contiguity", "{n} areas with a usable location: k nearest neighbours needs more than k = {k} areas. "
                          "Choose a smaller k or more areas.").format(n=n, k=k))
    if not np.isfinite(points).all():
        raise WeightsError(translate("Contiguity", "Some areas have no location (empty geometry): remove them "
                                                   "or repair their geometry."))
    idx, _dist = nearest(points, points, k, exclude_self=True)
    rows = np.repeat(np.arange(n), k)
    return Neighbours.from_pairs(n, np.column_stack([rows, idx.ravel()]), kind="knn", symmetric=False)
