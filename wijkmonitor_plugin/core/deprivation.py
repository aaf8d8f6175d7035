"""The Achterstandsmonitor: a multiple-deprivation index after the English IMD (plain numpy/pandas).

Entry point: :func:`compute_index`. It takes a frame of areas (one row per wijk/buurt) and an index
definition (:mod:`.definition`) and returns an :class:`IndexResult`: per area ``<domain>_score``,
``<domain>_rank``, ``<domain>_decile`` and ``index_score``, ``index_rank``, ``index_decile`` (rank 1 =
most deprived, ties "min", decile = ceil(10 · rank / N)), an :class:`IndexReference` with everything
fitted on this data, the warnings and the report.

The index is a pipeline of named steps, each a small function of its own module:

============== ======================================================= ==================================
step           what                                                    where
============== ======================================================= ==================================
read           which areas are scored (minimum population), labels,   :func:`.index_inputs.read_areas`
               keys, parent areas
indicators     indicator values (field / denominator · per),           :func:`.index_inputs.indicator_table`,
               unusable indicators, shrinkage                          :func:`.index_inputs.shrink_indicators`
domain scores  rate, weighted normal scores, factor analysis,          :func:`.index_domains.domain_scores`,
               subdomains; a missing domain borrowed from the parent   :func:`.imputation.borrow`
combine        domain ranks → exponential transformation → Σ w_d·X_d   :func:`.index_combine.combine`
rank           index rank and decile                                   :func:`.ranking.rank_deprived`,
                                                                       :func:`.ranking.deciles`
groups /       ranks within groups of enough areas; ranks among all    :func:`.index_groups.group_ranks`,
reference      areas of the country (``index_nl_rank``)                :func:`national_ranks`
uncertainty    Monte Carlo over the method choices, sensitivity        :func:`.uncertainty.robustness`
============== ======================================================= ==================================

The formulas of the method: normal score Φ⁻¹(r / (N + 1)) — :func:`.ranking.normal_scores`; rank and
decile — :func:`.ranking.rank_deprived`, :func:`.ranking.deciles`; exponential transformation —
:func:`.ranking.exponential_transform`; IMD score Σ w_d·X_d — :func:`.index_combine.imd_score`; rate
domain — :func:`.index_domains.rate_score`; factor-analysis weights — :func:`.index_domains.factor_weights`
(:func:`.factor_analysis.fit_one_factor`); Σ wᵢ·zᵢ — :func:`.index_domains.weighted_sum`; subdomains on the
exponential scale — :func:`.index_domains.subdomain_score`; shrinkage z* = w·z + (1 − w)·z̄ —
:func:`.shrinkage.shrink`, w — :func:`.shrinkage.shrinkage_weight`.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from ..i18n import translate
from . import uncertainty as unc
from .definition import Definition, DefinitionError, as_definition, parse_definition, resolve
from .imputation import Imputation, borrow, fill
from .index_combine import combine, domain_weights, effective_min_domains, given_part_weights
from .index_domains import FitRanker, OwnValues, PartWeights, ReferenceRanker, domain_scores
from .index_groups import GROUP_MIN_AREAS, GroupBaseline, group_ranks
from .index_inputs import (
    IndexInputError,
    area_codes,
    code_field,
    drop_unusable,
    fail,
    indicator_table,
    indicator_values,
    parent_codes,
    read_areas,
    series_of,
    shrink_indicators,
    shrinkable,
)
from .ranking import deciles
from .regions import level_of_code
from .uncertainty import UncertaintyOptions

#: population fields a reference table may have when it does not share the input's
POPULATION_CANDIDATES = ("aantalInwoners", "aantal_inwoners", "AantalInwoners", "a_inw", "inwoners")


@dataclass
class ShrinkageOptions:
    """Shrink indicators that have a count (``denominator`` or ``base``) toward their group mean."""

    groups: object = None  #: column name of the frame or a Series (e.g. wijk codes); None = the wijk, else all


@dataclass
class NationalReference:
    """All areas of the country (or any larger set) to rank the input's areas among (``index_nl_rank``).

    ``frame``: one row per area with the definition's fields (any of the candidate names); rows of
    another level than the input (gemeenten in a buurt table) are left out by their code.
    ``population``: its population field (default: the input's, or a usual name); ``codes``: its
    code field (default: statcode, buurtcode, WijkenEnBuurten, …).
    """

    frame: pd.DataFrame
    population: str | None = None
    codes: str | None = None


@dataclass
class IndexReference:
    """Everything fitted on the baseline data; pass it to :func:`compute_index` to evaluate new data.

    ``distributions`` holds the sorted baseline values of every indicator (oriented: higher = more
    deprived), subdomain score, domain score and the index, ``own`` the same values by area key:
    new values are placed in the distributions, each area compared with the other baseline areas.
    """

    definition: Definition
    domain_weights: dict
    part_weights: dict  #: "<domain>" or "<domain>.<sub>" -> {indicator key: weight}
    subdomain_weights: dict  #: "<domain>" -> {sub id: weight}
    factor_fits: dict  #: part key -> OneFactorFit.as_dict()
    distributions: dict  #: name -> sorted np.ndarray
    group_distributions: dict  #: name -> GroupBaseline
    shrinkage_fits: dict  #: indicator key -> shrinkage.ShrinkageFit
    left_out_domains: list
    left_out_indicators: list
    min_domains: int
    combine: str
    own: OwnValues | None = None  #: each baseline area's values (and borrowed domains, "imputed:<id>"), by key
    group_min_areas: int = GROUP_MIN_AREAS

    def as_dict(self) -> dict:
        """A JSON-serialisable summary (the weights and fits, not the baseline distributions)."""
        return {
            "definition": self.definition.name,
            "combine": self.combine,
            "min_domains": self.min_domains,
            "domain_weights": {k: float(v) for k, v in self.domain_weights.items()},
            "subdomain_weights": {k: {s: float(w) for s, w in v.items()} for k, v in self.subdomain_weights.items()},
            "indicator_weights": {k: {i: float(w) for i, w in v.items()} for k, v in self.part_weights.items()},
            "factor_analysis": self.factor_fits,
            "left_out_domains": self.left_out_domains,
            "left_out_indicators": self.left_out_indicators,
            "baseline_areas": int(len(self.distributions.get("index", []))),
        }


@dataclass
class IndexResult:
    frame: pd.DataFrame  #: output columns, indexed like the input frame
    reference: IndexReference
    messages: list  #: warnings (left-out domains, normalised weights, …), to log loudly
    report: dict  #: everything the report shows (see :mod:`.index_report`)


def _int_column(values: np.ndarray):
    """Whole numbers with NULL for NaN (a nullable integer column)."""
    return pd.Series(np.asarray(values, dtype=float)).astype("Int64").array


# -- step: the definition ----------------------------------------------------------------------------------------

def definition_step(frame: pd.DataFrame, definition, reference: IndexReference | None, messages: list):
    """(resolved definition, left-out domains, left-out indicators) for this frame.

    Against a ``reference`` the baseline's definition is matched to this frame's fields (candidate
    names, so a table with other names works too); every field it uses must be present.
    """
    if reference is not None:
        try:
            resolved = resolve(copy.deepcopy(reference.definition), frame.columns)
        except DefinitionError as exc:
            raise fail(str(exc)) from exc
        wanted = {i.key for d in reference.definition.domains for i in d.all_indicators()}
        found = {i.key for d in resolved.definition.domains for i in d.all_indicators()}
        if wanted != found:
            why = [item["reason"] for item in resolved.left_out_domains + resolved.left_out_indicators]
            raise fail(translate("Deprivation", "The new data lacks fields of the baseline: {fields}.")
                       .format(fields="; ".join(why) or ", ".join(sorted(wanted - found))))
        return resolved.definition, copy.deepcopy(reference.left_out_domains), \
            copy.deepcopy(reference.left_out_indicators)
    try:
        resolution = resolve(as_definition(definition), frame.columns)
    except DefinitionError as exc:
        raise fail(str(exc)) from exc
    for item in resolution.left_out_indicators:
        messages.append(translate("Deprivation", "Indicator {key} of domain '{domain}' left out: {reason}.")
                        .format(key=item["indicator"], domain=item["domain"], reason=item["reason"]))
    return resolution.definition, resolution.left_out_domains, resolution.left_out_indicators


# -- the pipeline ------------------------------------------------------------------------------------------------

@dataclass
class _Run:
    """What the steps hand on to each other."""

    frame: pd.DataFrame
    definition: Definition
    areas: object
    messages: list
    left_domains: list
    left_inds: list
    values: dict = field(default_factory=dict)
    raw: dict = field(default_factory=dict)
    shrunk: dict = field(default_factory=dict)
    not_shrunk: list = field(default_factory=list)
    weights: PartWeights = field(default_factory=PartWeights)
    domain_weights: dict = field(default_factory=dict)
    min_domains: int = 1
    imputation: Imputation | None = None
    out: dict = field(default_factory=dict)
    report: dict = field(default_factory=dict)


def _shrink_groups(run: _Run, shrinkage: ShrinkageOptions | None):
    given = None if shrinkage is None else series_of(run.frame, shrinkage.groups,
                                                     translate("Deprivation", "shrinkage group"))
    if given is not None:
        return given.to_numpy(dtype=object)
    if run.areas.parents:
        return run.areas.parents[0][1]
    return None


def indicators_step(run: _Run, reference: IndexReference | None, shrinkage, uncertainty) -> None:
    """Indicator values, unusable ones left out, shrinkage (and the shrunk values the Monte Carlo needs)."""
    run.values = indicator_table(run.frame, run.definition, run.areas.eligible)
    if reference is None:
        run.definition = drop_unusable(run.definition, run.values, run.left_inds, run.left_domains, run.messages)
        run.values = {i.key: run.values[i.key] for d in run.definition.domains for i in d.all_indicators()}
    run.raw = dict(run.values)
    fits = None if reference is None else reference.shrinkage_fits
    wanted = shrinkage is not None and (reference is None or bool(fits))
    if not wanted and uncertainty is None:
        return
    candidates, run.not_shrunk = shrinkable(run.definition, run.frame, run.values, run.areas.eligible)
    run.shrunk = shrink_indicators(candidates, run.values, _shrink_groups(run, shrinkage),
                                   fits if reference is not None else None)
    if wanted:
        for key, res in run.shrunk.items():
            run.values[key] = res.values
        for item in run.not_shrunk:
            run.messages.append(translate("Deprivation", "Indicator {key} ({field}) is not shrunk: {reason}.")
                                .format(key=item["indicator"], field=item["field"], reason=item["reason"]))


def weights_step(run: _Run, reference: IndexReference | None) -> None:
    """The domain weights and the given indicator and subdomain weights (fitted ones follow in the scores)."""
    for item in run.left_domains:
        run.messages.insert(0, translate("Deprivation", "Domain '{domain}' left out: {reason}. The weights of the "
                                                        "other domains were renormalised.")
                            .format(domain=item["id"], reason=item["reason"]))
    if reference is not None:
        run.domain_weights = reference.domain_weights
        run.weights = PartWeights(parts=copy.deepcopy(reference.part_weights),
                                  subdomains=copy.deepcopy(reference.subdomain_weights),
                                  factor_fits=reference.factor_fits)
        run.min_domains = reference.min_domains
        return
    run.domain_weights = domain_weights(run.definition, run.left_domains, run.messages)
    parts, subdomains = given_part_weights(run.definition, run.left_inds, run.messages)
    run.weights = PartWeights(parts=parts, subdomains=subdomains)
    run.min_domains = effective_min_domains(run.definition, run.messages)


def scores_step(run: _Run, ranker, reference: IndexReference | None, impute: bool):
    """Domain scores, and the domains borrowed from the parent area (in a baseline: as the baseline did)."""
    scores = domain_scores(run.definition, run.values, ranker, run.weights, fit=reference is None)
    if impute:
        fixed = None
        if isinstance(ranker, ReferenceRanker):
            fixed = {d.id: ranker.own(f"imputed:{d.id}") for d in run.definition.domains
                     if ranker.own(f"imputed:{d.id}") is not None}
        run.imputation = borrow(scores.scores, run.areas.eligible, run.areas.parents, run.areas.population, fixed)
        return scores, fill(scores.scores, run.imputation)
    return scores, scores.scores


def _partial_domains(definition: Definition, partial: dict) -> np.ndarray:
    n = len(next(iter(partial.values()))) if partial else 0
    out = np.full(n, None, dtype=object)
    for dom in definition.domains:
        hit = np.zeros(n, dtype=bool)
        for key, mask in partial.items():
            if key == dom.id or key.startswith(dom.id + "."):
                hit |= mask
        out[hit] = [dom.id if v is None else f"{v},{dom.id}" for v in out[hit]]
    return out


def output_step(run: _Run, scores: dict, combined, index_rank, index_n, partial: dict) -> None:
    """The output columns of the index (before groups, reference and uncertainty)."""
    out = run.out
    for dom in run.definition.domains:
        rank, n = combined.ranks[dom.id]
        out[f"{dom.id}_score"] = scores[dom.id]
        out[f"{dom.id}_rank"] = _int_column(rank)
        out[f"{dom.id}_decile"] = _int_column(deciles(rank, n))
    out["index_score"] = combined.index
    out["index_rank"] = _int_column(index_rank)
    out["index_decile"] = _int_column(deciles(index_rank, index_n))
    eligible = run.areas.eligible
    out["index_domains"] = _int_column(np.where(eligible, combined.n_domains, np.nan).astype(float))
    scored = ~np.isnan(combined.index)
    borrowed = run.imputation.borrowed([d.id for d in run.definition.domains]) if run.imputation is not None \
        else np.full(len(eligible), None, dtype=object)
    out["index_imputed"] = pd.array(np.where(scored, borrowed, None), dtype=object)
    out["index_partial"] = pd.array(np.where(scored, _partial_domains(run.definition, partial), None),
                                    dtype=object)


def groups_step(run: _Run, scores: dict, combined, groups, min_areas: int, reference: IndexReference | None,
                ranker) -> dict:
    """Ranks and deciles within groups that have enough areas; returns what a baseline records."""
    series = series_of(run.frame, groups, translate("Deprivation", "group"))
    if series is None:
        return {}
    record, info = {}, {}
    measures = [(d.id, f"dom:{d.id}", scores[d.id]) for d in run.definition.domains]
    measures.append(("index", "index", combined.index))
    for measure, name, score in measures:
        own = ranker.own(name) if isinstance(ranker, ReferenceRanker) else None
        baseline = None if reference is None else reference.group_distributions.get(name, GroupBaseline())
        result, record[name] = group_ranks(score, series.to_numpy(dtype=object), min_areas, own, baseline)
        run.out[f"{measure}_group_rank"] = _int_column(result.rank)
        run.out[f"{measure}_group_decile"] = _int_column(result.decile)
        info[measure] = {"ranked_groups": len(result.ranked_groups), "groups_too_small": len(result.too_small),
                         "areas_in_small_groups": int(sum(result.too_small.values())),
                         "too_small_examples": {str(k): int(v) for k, v in list(result.too_small.items())[:30]},
                         "areas_without_group": int(result.without_group)}
    run.report["groups"] = {"field": groups if isinstance(groups, str) else None, "min_areas": int(
        reference.group_min_areas if reference is not None else min_areas), "measures": info}
    return record


# -- national reference ------------------------------------------------------------------------------------------

def _common_definition(definition, local_columns, reference_columns) -> tuple:
    """The definition restricted to the domains and indicators both tables have, and what was left out."""
    local = resolve(as_definition(definition), local_columns)
    other = resolve(as_definition(definition), reference_columns)
    in_local = {i.key for d in local.definition.domains for i in d.all_indicators()}
    in_other = {i.key for d in other.definition.domains for i in d.all_indicators()}
    common = in_local & in_other
    raw = copy.deepcopy(as_definition(definition))
    kept, left = [], []
    for dom in raw.domains:
        parts = dom.subdomains if dom.method == "subdomains" else [dom]
        for part in parts:
            part.indicators = [i for i in part.indicators if i.key in common]
        usable = all(p.indicators and (p.method != "factor_analysis" or len(p.indicators) >= 2) for p in parts)
        if usable:
            kept.append(dom)
        elif any(i.key in in_local for i in dom.all_indicators()) or dom.id in {d.id for d in local.definition.domains}:
            left.append(dom.id)
    # what is left is the whole comparison: its weights shared in proportion, as for a left-out domain
    total = sum(d.weight for d in kept)
    for dom in kept:
        dom.weight = dom.weight / total if total > 0 else dom.weight
        for part in dom.subdomains if dom.method == "subdomains" else [dom]:
            given = sum(i.weight or 0.0 for i in part.indicators)
            if part.method == "weighted" and given > 0:
                for ind in part.indicators:
                    ind.weight = ind.weight / given
    raw.domains = kept
    if raw.min_domains is not None:
        raw.min_domains = min(raw.min_domains, len(kept)) if kept else None
    return raw, left


def national_ranks(frame: pd.DataFrame, definition, national: NationalReference, population, min_population,
                   impute: bool, shrinkage, messages: list, local_codes: pd.Series | None = None):
    """Ranks and deciles of the input's areas among all areas of ``national`` (``index_nl_rank``/``_decile``).

    The index is computed on the reference areas (the whole country) with the domains and indicators
    both tables have, and each input area is placed among the reference areas: compared with the
    *other* reference areas, so an area that is in both (found by its code) gets exactly the rank it
    has in the national index. Returns (rank, decile, report dict).
    """
    ref = national.frame
    local_codes = area_codes(frame) if local_codes is None else local_codes
    ref_code_field = national.codes or code_field(ref.columns)
    ref_codes = area_codes(ref, ref_code_field) if ref_code_field else None
    info = {"reference_areas": int(len(ref))}
    if local_codes is not None and ref_codes is not None:
        levels = local_codes.dropna().map(level_of_code)
        level = levels.mode().iloc[0] if len(levels.dropna()) else None
        if level:
            keep = ref_codes.map(level_of_code) == level
            info["other_levels_left_out"] = int((~keep).sum())
            ref, ref_codes = ref.loc[keep], ref_codes.loc[keep]
            info["level"] = level
        info["input_areas_in_reference"] = int(local_codes.isin(set(ref_codes.dropna())).sum())
    else:
        messages.append(translate("Deprivation", "National deciles: the input or the reference has no area codes, "
                                                 "so areas are not matched to the reference; an area that is in "
                                                 "both counts twice."))
    pop = national.population or (population if isinstance(population, str) and population in ref.columns else None)
    pop = pop or next((c for c in POPULATION_CANDIDATES if c in ref.columns), None)
    if min_population and not pop:
        raise fail(translate("Deprivation", "The reference table has no population field; choose it, or use no "
                                            "minimum population."))
    common, left = _common_definition(definition, frame.columns, ref.columns)
    if not common.domains:
        raise fail(translate("Deprivation", "The reference table has none of the definition's domains: its fields "
                                            "must have one of the names the definition lists."))
    if left:
        messages.append(translate("Deprivation", "National deciles without the domain(s) {domains}: their fields are "
                                                 "not in the reference table.").format(domains=", ".join(left)))
    ref = ref.reset_index(drop=True)
    ref_codes = None if ref_codes is None else ref_codes.reset_index(drop=True)
    keys = pd.Index(ref_codes.to_numpy()) if ref_codes is not None else None
    shrink = None if shrinkage is None else ShrinkageOptions()
    base = compute_index(ref, common, population=pop, min_population=min_population, impute=impute,
                         shrinkage=shrink, keys=keys, codes=ref_codes, report=False)
    local = compute_index(frame, population=population, min_population=min_population, impute=impute,
                          shrinkage=shrink, reference=base.reference, codes=local_codes, report=False,
                          keys=None if local_codes is None or ref_codes is None else pd.Index(local_codes.to_numpy()))
    rank = local.frame["index_rank"].to_numpy(dtype=float, na_value=np.nan)
    decile = local.frame["index_decile"].to_numpy(dtype=float, na_value=np.nan)
    info.update({"reference_areas_used": int(len(ref)), "reference_areas_with_index":
                 int(base.frame["index_score"].notna().sum()), "domains": [d.id for d in common.domains],
                 "domains_left_out": left, "population_field": pop,
                 "input_areas_with_national_rank": int(np.sum(~np.isnan(rank))),
                 "national_deciles_of_input": {str(int(k)): int(v) for k, v in
                                               pd.Series(decile[~np.isnan(decile)]).value_counts().sort_index()
                                               .items()},
                 "warnings": base.messages})
    return rank, decile, info


# -- the entry point ---------------------------------------------------------------------------------------------

def compute_index(frame: pd.DataFrame, definition=None, population=None, min_population: float = 0,
                  groups=None, reference: IndexReference | None = None, shrinkage: ShrinkageOptions | None = None,
                  uncertainty: UncertaintyOptions | None = None, labels=None, impute: bool = True,
                  national: NationalReference | None = None, group_min_areas: int = GROUP_MIN_AREAS, keys=None,
                  feedback=None, codes: pd.Series | None = None, report: bool = True) -> IndexResult:
    """Compute the deprivation index for the areas (rows) of ``frame``.

    Parameters
    ----------
    frame:
        One row per area; the columns named in the definition (numbers; NaN = unknown).
    definition:
        A :class:`Definition`, a parsed JSON dict, a file path, or ``None`` for the Dutch preset.
    population, min_population:
        Column name (or Series) with inhabitants; areas below ``min_population`` (or without a
        population figure when ``min_population`` > 0) get no scores and are counted in the report.
    groups, group_min_areas:
        Column name or Series (e.g. wijkcode): adds ``<domain>_group_rank``/``_group_decile`` and
        ``index_group_rank``/``index_group_decile`` within each group that has at least
        ``group_min_areas`` areas with a score (NULL in smaller groups and without a group value).
    reference:
        The :attr:`IndexResult.reference` of a baseline run. The new data is then evaluated against
        that baseline: the definition, weights, fitted factor weights and shrinkage parameters are the
        baseline's, and every value of an area is placed in the baseline distribution among the *other*
        baseline areas (found by ``keys``, default the frame index). An area whose data did not change
        keeps exactly its baseline scores, ranks and deciles; a changed area gets the rank that counts
        the unchanged areas it now passes. Nothing is refitted, and a single area can be evaluated.
    shrinkage:
        :class:`ShrinkageOptions`: proportions with a count (``denominator`` or ``base``) are shrunk
        toward their group mean by their standard error before scoring.
    uncertainty:
        :class:`.uncertainty.UncertaintyOptions`: the robustness analysis over the method choices:
        ``index_rank_median``, ``index_rank_p05``, ``index_rank_p95``, ``index_decile_stability``
        (of a baseline run; not when evaluating against a ``reference``).
    labels:
        Column name or Series naming the areas in the report (e.g. statcode).
    impute:
        Borrow a scored area's missing domain from its parent area (wijk, else gemeente, else all
        areas; see :mod:`.imputation`), listed in ``index_imputed``.
    national:
        :class:`NationalReference`: adds ``index_nl_rank`` and ``index_nl_decile``, the area's rank and
        decile among all areas of the reference (the country).
    keys:
        Per row the key an area is known by in a baseline (default the frame index; codes for a
        national reference).
    feedback:
        Called with the progress (0…1) of the robustness analysis; returns True to cancel
        (:class:`.errors.CanceledError`).
    codes:
        The areas' own CBS codes, normalised (default: read from statcode, buurtcode, …); they give
        the parent areas and match areas to a national reference.
    report:
        Build the report (``IndexResult.report``); an empty dict without.
    """
    messages: list = []
    resolved, left_domains, left_inds = definition_step(frame, definition, reference, messages)
    codes = area_codes(frame) if codes is None else codes
    areas = read_areas(frame, population, min_population, labels, keys=keys, parents=parent_codes(frame, codes),
                       need_two=reference is None)
    run = _Run(frame=frame, definition=resolved, areas=areas, messages=messages, left_domains=left_domains,
               left_inds=left_inds)
    indicators_step(run, reference, shrinkage, uncertainty)
    weights_step(run, reference)
    if reference is None:
        ranker = FitRanker(areas.keys, record=True)
    else:
        ranker = ReferenceRanker(reference.distributions, reference.own, areas.keys)
    scores, filled = scores_step(run, ranker, reference, impute)
    weights = [run.domain_weights[d.id] for d in run.definition.domains]
    combined = combine(run.definition, filled, ranker, weights, run.min_domains,
                       exponential=run.definition.combine == "exponential")
    index_rank, index_n = ranker.rank("index", combined.index)
    output_step(run, filled, combined, index_rank, index_n, scores.partial)
    group_record = groups_step(run, filled, combined, groups, group_min_areas, reference, ranker)

    ref_out = reference if reference is not None else IndexReference(
        definition=run.definition, domain_weights=run.domain_weights, part_weights=run.weights.parts,
        subdomain_weights=run.weights.subdomains, factor_fits=run.weights.factor_fits,
        distributions=ranker.distributions, group_distributions=group_record,
        shrinkage_fits={k: r.fit for k, r in run.shrunk.items()} if shrinkage is not None else {},
        left_out_domains=run.left_domains, left_out_indicators=run.left_inds, min_domains=run.min_domains,
        combine=run.definition.combine, own=ranker.own, group_min_areas=group_min_areas)
    if reference is None and run.imputation is not None and ranker.own is not None:
        for dom, values in run.imputation.values.items():
            ranker.own.keep(f"imputed:{dom}", values)

    national_info = None
    if national is not None:
        rank, decile, national_info = national_ranks(frame, definition, national, population, min_population,
                                                     impute, shrinkage, messages, codes)
        run.out["index_nl_rank"] = _int_column(rank)
        run.out["index_nl_decile"] = _int_column(decile)

    robustness = None
    if uncertainty is not None and reference is None:
        per = {ind.key: ind.per for d in run.definition.domains for ind in d.all_indicators()}
        model = unc.MethodModel(run.definition, run.raw, run.shrunk, per, shrinkage is not None, run.weights,
                                weights, run.min_domains, run.imputation)
        robustness = unc.robustness(model, index_rank, unc.nominal(run.definition.combine == "exponential",
                                                                   shrinkage is not None, len(weights)),
                                    uncertainty, feedback)
        run.out["index_rank_median"] = _int_column(robustness.median)
        run.out["index_rank_p05"] = _int_column(robustness.p05)
        run.out["index_rank_p95"] = _int_column(robustness.p95)
        run.out["index_decile_stability"] = robustness.stability

    out_frame = pd.DataFrame(run.out, index=frame.index)
    if not report:
        return IndexResult(frame=out_frame, reference=ref_out, messages=messages, report={})
    from .index_report import build_report

    built = build_report(
        definition=run.definition, reference=ref_out, frame=out_frame, messages=messages, areas=areas,
        min_population=min_population, population=population if isinstance(population, str) else None,
        partial=scores.partial, shrunk=run.shrunk if shrinkage is not None else {}, not_shrunk=run.not_shrunk,
        imputation=run.imputation, uncertainty=None if robustness is None else robustness.info,
        national=national_info, groups=run.report.get("groups"), evaluated_against_reference=reference is not None)
    return IndexResult(frame=out_frame, reference=ref_out, messages=messages, report=built)


def domain_ids(definition) -> list:
    """Ids of the domains of a definition (any form accepted by :func:`compute_index`)."""
    return as_definition(definition).domain_ids()


__all__ = [
    "IndexReference",
    "IndexResult",
    "IndexInputError",
    "NationalReference",
    "ShrinkageOptions",
    "UncertaintyOptions",
    "compute_index",
    "domain_ids",
    "indicator_values",
    "parse_definition",
]
