"""Step *groups*: ranks and deciles within groups (wijken, gemeenten), only where a group is big enough.

A decile needs ten areas to mean anything: in a wijk of one buurt that buurt is both the most and
the least deprived. Group ranks and deciles are therefore given only in groups with at least
``min_areas`` ranked areas (default :data:`GROUP_MIN_AREAS`); areas in smaller groups, and areas
without a group value, get NULL, and the report lists the groups and why.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from .ranking import deciles, place_in_baseline, same_value

#: the smallest group that gets group ranks and deciles (a decile of fewer than ten areas is empty)
GROUP_MIN_AREAS = 10


@dataclass
class GroupRanks:
    rank: np.ndarray
    decile: np.ndarray
    ranked_groups: list = field(default_factory=list)  #: groups that got ranks
    too_small: dict = field(default_factory=dict)  #: group → number of ranked areas (fewer than the minimum)
    without_group: int = 0  #: areas with a score but no group value


@dataclass
class GroupBaseline:
    """What a baseline fixed for one measure: the groups that were ranked and their sorted scores."""

    distributions: dict = field(default_factory=dict)  #: group → sorted scores
    too_small: dict = field(default_factory=dict)


def group_codes(groups) -> np.ndarray:
    """Group values as objects, NULL and '' as None."""
    values = pd.Series(groups, dtype=object).to_numpy()
    return np.array([None if v is None or (isinstance(v, float) and v != v) or str(v).strip() == "" else v
                     for v in values], dtype=object)


def group_ranks(score: np.ndarray, groups, min_areas: int = GROUP_MIN_AREAS, own: np.ndarray | None = None,
                baseline: GroupBaseline | None = None):
    """Rank (1 = most deprived, ties "min") and decile of ``score`` within each group.

    Without ``baseline``: ranks among the areas of the group, for groups with at least
    ``min_areas`` areas with a score; returns (GroupRanks, GroupBaseline to record). With
    ``baseline`` (evaluation against a baseline): the score is placed among the baseline areas of
    its group, each area compared with the *other* areas (``own``: its own baseline value), and only
    the groups the baseline ranked get ranks.
    """
    codes = group_codes(groups)
    n = len(score)
    rank = np.full(n, np.nan)
    size = np.full(n, np.nan)
    valid = ~np.isnan(score)
    has_group = np.array([c is not None for c in codes], dtype=bool)
    result = GroupRanks(rank=rank, decile=rank, without_group=int((valid & ~has_group).sum()))
    record = GroupBaseline()
    gid, uniques = pd.factorize(pd.Series(np.where(has_group, codes, None), dtype=object))
    if baseline is not None:
        rows_of = pd.Series(np.arange(n))[gid >= 0].groupby(gid[gid >= 0]).indices
        for g, group in enumerate(uniques):
            members = np.flatnonzero(gid >= 0)[rows_of[g]] if g in rows_of else np.empty(0, dtype=int)
            base = baseline.distributions.get(group)
            if base is None:
                if valid[members].any():
                    result.too_small[group] = int(baseline.too_small.get(group, valid[members].sum()))
                continue
            r, m = place_in_baseline(score[members], base, "min_desc", None if own is None else own[members])
            rank[members], size[members] = r, m
            result.ranked_groups.append(group)
    else:
        ok = valid & (gid >= 0)
        counts = np.bincount(gid[ok], minlength=len(uniques))
        big = counts >= min_areas
        take = ok & big[np.maximum(gid, 0)]
        rank[take] = rank_within(score[take], gid[take])
        size[take] = counts[gid[take]]
        for g, group in enumerate(uniques):
            if counts[g] == 0:
                continue
            if big[g]:
                result.ranked_groups.append(group)
                record.distributions[group] = np.sort(score[ok & (gid == g)])
            else:
                result.too_small[group] = record.too_small[group] = int(counts[g])
    result.rank = rank
    result.decile = deciles(rank, size)
    return result, record


def rank_within(score: np.ndarray, group: np.ndarray) -> np.ndarray:
    """IMD ranks (1 = highest score, ties "min") within each group, all groups at once."""
    order = np.lexsort((-score, group))
    s, g = score[order], group[order]
    pos = np.arange(len(s), dtype=float)
    new_group = np.r_[True, g[1:] != g[:-1]]
    start = np.maximum.accumulate(np.where(new_group, pos, 0.0))
    new_value = new_group | np.r_[True, ~same_value(s[1:], s[:-1])]
    first = np.maximum.accumulate(np.where(new_value, pos, 0.0))
    out = np.empty(len(s))
    out[order] = first - start + 1.0
    return out
