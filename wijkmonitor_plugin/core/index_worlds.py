"""Each changed area in a world of its own: the index as if only that area had changed (policy scenarios).

A scenario evaluated against the baseline asks, per changed area: *what would this area's scores,
ranks and deciles be if it changed and every other area stayed as it is?* That is the index
recomputed — normal scores, factor weights, borrowed domains and ranks — on the baseline data with
only that area's new values: its new rank counts exactly the unchanged areas it now passes. With a
single change this is the re-ranked index itself; with several, each changed area gets its own
world, and every area that did not change keeps its baseline scores and ranks.

Placing the new values in the baseline's distributions (:class:`.index_domains.ReferenceRanker`)
gives the same answer for the area's own indicator and domain ranks, but not always for the index:
the other areas' transformed scores still carry the changed area's *old* position (in ten areas a
5 → 4.9999 change would move a rank). So the worlds are computed in full, many at once as the
columns of areas × worlds arrays (:data:`WORLDS_PER_CHUNK` per step).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..i18n import translate
from .errors import CanceledError
from .imputation import borrow_columns
from .index_combine import combine
from .index_domains import FitRanker, PartWeights, domain_scores, part_keys
from .index_groups import group_codes
from .index_inputs import area_codes, indicator_table, parent_codes, read_areas
from .ranking import count_valid, deciles, rank_deprived, same_value

WORLDS_PER_CHUNK = 32


def _given_weights(reference) -> PartWeights:
    """The baseline's given weights; factor-analysis weights are left out, to be refitted in every world."""
    refit = {key for part, key in part_keys(reference.definition) if part.method == "factor_analysis"}
    return PartWeights(parts={k: v for k, v in reference.part_weights.items() if k not in refit},
                       subdomains=reference.subdomain_weights)


def _tile(base: np.ndarray, new: np.ndarray, rows: np.ndarray) -> np.ndarray:
    """areas × worlds: the baseline in every column, column c with row rows[c] from ``new``."""
    out = np.repeat(np.asarray(base)[:, None], len(rows), axis=1)
    out[rows, np.arange(len(rows))] = np.asarray(new)[rows]
    return out


def _group_rank(score: np.ndarray, codes: np.ndarray, row: int, min_areas: int):
    """(rank, decile) of ``row`` within its group in one world, NaN when the group is too small."""
    group = codes[row]
    if group is None or np.isnan(score[row]):
        return np.nan, np.nan
    members = (codes == group) & ~np.isnan(score)
    n = int(members.sum())
    if n < min_areas:
        return np.nan, np.nan
    others = score[members]
    rank = 1.0 + float(np.sum((others > score[row]) & ~same_value(others, score[row])))
    return rank, float(np.ceil(10.0 * rank / n))


def evaluate_changed_areas(frame: pd.DataFrame, changed: pd.DataFrame, rows, baseline, population=None,
                           min_population: float = 0, groups=None, impute: bool = True, feedback=None) -> pd.DataFrame:
    """The index output columns (as :func:`.deprivation.compute_index` writes them) of the areas ``rows``
    (frame labels) of ``changed``, each computed in the world where only that area changed.

    ``baseline`` is the :class:`.deprivation.IndexResult` of ``frame``; the options are the baseline's.
    ``feedback(fraction)`` reports progress and returns True to cancel.
    """
    reference = baseline.reference
    definition = reference.definition
    columns = list(baseline.frame.columns)
    positions = frame.index.get_indexer(pd.Index(rows))
    out = pd.DataFrame(index=frame.index[positions], columns=columns, dtype=object)
    if len(positions) == 0:
        return out
    base_areas = read_areas(frame, population, min_population, need_two=False)
    new_areas = read_areas(changed, population, min_population, need_two=False)
    base_values = indicator_table(frame, definition, base_areas.eligible)
    new_values = indicator_table(changed, definition, new_areas.eligible)
    parents = parent_codes(frame, area_codes(frame))
    group_values = None
    if groups is not None:
        group_values = group_codes(frame[groups].to_numpy(dtype=object) if isinstance(groups, str)
                                   else pd.Series(groups).reindex(frame.index).to_numpy(dtype=object))
    ids = [d.id for d in definition.domains]
    weights = [reference.domain_weights[d] for d in ids]
    exponential = definition.combine == "exponential"
    results = {c: np.full(len(positions), np.nan, dtype=object) for c in columns}
    domain_keys = {d.id: [ind.key for ind in d.all_indicators()] for d in definition.domains}
    base_frame = baseline.frame.reindex(frame.index)

    def _own_score(dom, world_scores, world_borrowed, rows):
        """A domain whose own inputs did not change keeps its baseline score to the last bit: the worlds are
        computed as matrices, whose rounding may differ from the baseline's in the 16th digit."""
        base_scores = base_frame[f"{dom}_score"].to_numpy(dtype=float)[rows]
        same = new_areas.eligible[rows] == base_areas.eligible[rows]
        for key in domain_keys[dom]:
            old, new = base_values[key][rows], new_values[key][rows]
            same &= (old == new) | (np.isnan(old) & np.isnan(new))
        same &= ~world_borrowed & np.isclose(world_scores.astype(float), base_scores, rtol=1e-9, atol=1e-12,
                                             equal_nan=True)
        return np.where(same, base_scores, world_scores)

    for start in range(0, len(positions), WORLDS_PER_CHUNK):
        if feedback is not None and feedback(start / len(positions)):
            raise CanceledError(translate("Scenario", "Cancelled."))
        chunk = positions[start:start + WORLDS_PER_CHUNK]
        worlds = np.arange(len(chunk))
        eligible = _tile(base_areas.eligible, new_areas.eligible, chunk)
        values = {k: _tile(base_values[k], new_values[k], chunk) for k in base_values}
        population_2d = None if base_areas.population is None else \
            _tile(base_areas.population, new_areas.population, chunk)
        part_weights = _given_weights(reference)
        scores = domain_scores(definition, values, FitRanker(record=False), part_weights, fit=True)
        filled, borrowed = {}, {}
        if impute:
            for dom, (f, b) in borrow_columns(scores.scores, eligible, parents, population_2d).items():
                filled[dom], borrowed[dom] = f, b
        else:
            filled = scores.scores
            borrowed = {d: np.zeros(eligible.shape, dtype=bool) for d in ids}
        combined = combine(definition, filled, FitRanker(record=False), weights, reference.min_domains,
                           exponential=exponential)
        index_rank = rank_deprived(combined.index)
        index_n = count_valid(combined.index)
        take = (chunk, worlds)
        span = slice(start, start + len(chunk))
        for dom in ids:
            rank, n = combined.ranks[dom]
            results[f"{dom}_score"][span] = _own_score(dom, filled[dom][take], borrowed[dom][take], chunk)
            results[f"{dom}_rank"][span] = rank[take]
            results[f"{dom}_decile"][span] = deciles(rank, n)[take]
        results["index_score"][span] = combined.index[take]
        results["index_rank"][span] = index_rank[take]
        results["index_decile"][span] = deciles(index_rank, index_n)[take]
        scored = ~np.isnan(combined.index[take])
        results["index_domains"][span] = np.where(eligible[take], combined.n_domains[take], np.nan)
        imputed, partial = [], []
        for c, row in enumerate(chunk):
            names = [d for d in ids if borrowed[d][row, c]]
            imputed.append(",".join(names) if names and scored[c] else None)
            parts = [d for d in ids if any(mask[row, c] for key, mask in scores.partial.items()
                                           if key == d or key.startswith(d + "."))]
            partial.append(",".join(parts) if parts and scored[c] else None)
        results["index_imputed"][span] = imputed
        results["index_partial"][span] = partial
        if group_values is not None:
            for measure, score in [(d, filled[d]) for d in ids] + [("index", combined.index)]:
                ranked = [_group_rank(score[:, c], group_values, row, reference.group_min_areas)
                          for c, row in enumerate(chunk)]
                results[f"{measure}_group_rank"][span] = [r for r, _ in ranked]
                results[f"{measure}_group_decile"][span] = [d for _, d in ranked]
    if feedback is not None:
        feedback(1.0)
    for column in columns:
        kind = baseline.frame[column].dtype
        values = results[column]
        if pd.api.types.is_integer_dtype(kind):
            out[column] = pd.Series(pd.to_numeric(pd.Series(values), errors="coerce").to_numpy(dtype=float)) \
                .astype("Int64").array
        elif pd.api.types.is_float_dtype(kind):
            out[column] = pd.to_numeric(pd.Series(values), errors="coerce").to_numpy(dtype=float)
        else:
            out[column] = pd.array(values, dtype=object)
    return out
