"""Area-weighted raster statistics per polygon (mean, share of the area above a threshold), in numpy.

Each raster cell counts with the fraction of it that lies inside the polygon, estimated
with ``sub × sub`` sample points per cell (even-odd rule, so holes are respected). Cells
without data are left out; :class:`ZoneStats` says how much of the polygon had data.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass
class Grid:
    """A north-up raster window: origin (x0, y0) is the top-left corner."""

    x0: float
    y0: float
    dx: float  # cell width (> 0)
    dy: float  # cell height (> 0; rows go down)
    ncols: int
    nrows: int


def _edges(rings) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    ax, ay, bx, by = [], [], [], []
    for ring in rings:
        ring = np.asarray(ring, dtype="float64")
        if len(ring) < 3:
            continue
        ax.append(ring[:, 0])
        ay.append(ring[:, 1])
        bx.append(np.roll(ring[:, 0], -1))
        by.append(np.roll(ring[:, 1], -1))
    if not ax:
        empty = np.zeros(0)
        return empty, empty, empty, empty
    return np.concatenate(ax), np.concatenate(ay), np.concatenate(bx), np.concatenate(by)


def coverage(rings, grid: Grid, sub: int = 4) -> np.ndarray:
    """Fraction (0..1) of each cell of ``grid`` inside the polygon given by ``rings``.

    Scanline even-odd rule: per sample row the edge crossings are sorted once, and a sample
    point is inside when an odd number of crossings lies to its left.
    """
    offsets = (np.arange(sub) + 0.5) / sub
    cx = grid.x0 + (np.arange(grid.ncols)[:, None] + offsets[None, :]).ravel() * grid.dx
    cy = grid.y0 - (np.arange(grid.nrows)[:, None] + offsets[None, :]).ravel() * grid.dy
    ax, ay, bx, by = _edges(rings)
    inside = np.zeros((len(cy), len(cx)), dtype=bool)
    if len(ax):
        keep = ay != by
        ax, ay, bx, by = ax[keep], ay[keep], bx[keep], by[keep]
        for i, y in enumerate(cy):
            hit = (ay > y) != (by > y)
            if not hit.any():
                continue
            xs = np.sort(ax[hit] + (y - ay[hit]) * (bx[hit] - ax[hit]) / (by[hit] - ay[hit]))
            inside[i] = np.searchsorted(xs, cx, side="right") % 2 == 1
    return inside.reshape(grid.nrows, sub, grid.ncols, sub).mean(axis=(1, 3))


@dataclass
class ZoneStats:
    mean: float
    share_above: float | None  # % of the covered area above the threshold
    covered: float  # share (0..1) of the polygon's cells that have data


def zone_stats(values: np.ndarray, weights: np.ndarray, nodata=None, threshold: float | None = None) -> ZoneStats:
    """Area-weighted mean and share above ``threshold`` of ``values`` with cell weights ``weights``."""
    values = np.asarray(values, dtype="float64")
    valid = np.isfinite(values)
    if nodata is not None:
        valid &= values != nodata
    total = weights.sum()
    w = np.where(valid, weights, 0.0)
    wsum = w.sum()
    if wsum <= 0:
        return ZoneStats(float("nan"), None if threshold is None else float("nan"), 0.0)
    v = np.where(valid, values, 0.0)
    mean = float((w * v).sum() / wsum)
    share = None if threshold is None else float((w * (v > threshold)).sum() / wsum * 100.0)
    return ZoneStats(mean, share, float(wsum / total) if total > 0 else 0.0)


def window(bounds, origin_x: float, origin_y: float, dx: float, dy: float, width: int, height: int):
    """The raster window (col0, row0, Grid) that covers ``bounds`` = (xmin, ymin, xmax, ymax), or None."""
    xmin, ymin, xmax, ymax = bounds
    col0 = max(int(np.floor((xmin - origin_x) / dx)), 0)
    col1 = min(int(np.ceil((xmax - origin_x) / dx)), width)
    row0 = max(int(np.floor((origin_y - ymax) / dy)), 0)
    row1 = min(int(np.ceil((origin_y - ymin) / dy)), height)
    if col1 <= col0 or row1 <= row0:
        return None
    return col0, row0, Grid(origin_x + col0 * dx, origin_y - row0 * dy, dx, dy, col1 - col0, row1 - row0)
