"""The Achterstandsmonitor: a multiple-deprivation index after the English IMD (plain numpy/pandas).

Entry point: :func:`compute_index`. It takes a frame of areas (one row per wijk/buurt), an
index definition (see :mod:`.definition`) and returns an :class:`IndexResult` with, per area,
``<domain>_score``, ``<domain>_rank``, ``<domain>_decile`` and ``index_score``, ``index_rank``,
``index_decile`` (rank 1 = most deprived, ties "min", decile = ceil(10 · rank / N)), plus a
:class:`IndexReference` holding everything that was fitted on this data.

Method (checked against the published English Indices of Deprivation, see the README):

- ``rate`` domain: the one indicator (optionally numerator / denominator · per) is the score;
- ``weighted`` / ``factor_analysis`` domain: each indicator becomes a normal score
  Φ⁻¹(r / (N + 1)) (average ties, oriented so that higher = more deprived), the score is the
  weighted sum; factor-analysis weights are the one-factor ML loadings / their sum;
- ``subdomains`` domain: each subdomain is scored as above, ranked, exponentially transformed,
  and the transformed values are weighted;
- combine ``exponential``: index = Σ w_d · X_d with X_d the exponential transformation of the
  domain rank (the IMD); ``mean_z``: index = Σ w_d · z_d with z_d the normal score of the domain
  score (a linear average: a good domain compensates a bad one, which the IMD avoids).

An area missing some indicators of a domain gets the weighted score of the ones it has (weights
scaled up to the full sum); an area with fewer than ``min_domains`` domain scores gets no index.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..i18n import translate
from . import shrinkage as shrink_mod
from .definition import (
    WEIGHT_TOLERANCE,
    Definition,
    DefinitionError,
    Domain,
    Indicator,
    as_definition,
    parse_definition,
    resolve,
)
from .errors import WijkmonitorError
from .factor_analysis import FactorAnalysisError, fit_one_factor
from .ranking import (
    count_valid,
    deciles,
    exponential_transform,
    norm_ppf,
    place_in_baseline,
    rank_average,
    rank_deprived,
)


class IndexInputError(WijkmonitorError, ValueError):
    """Input that cannot give an index; the message says what was wrong and what to do."""


@dataclass
class ShrinkageOptions:
    """Shrink indicators that have a count (``denominator`` or ``base``) toward their group mean."""

    groups: object = None  #: column name of the frame or a Series (e.g. wijk codes); None = all areas


@dataclass
class UncertaintyOptions:
    """Rank uncertainty: ``draws`` perturbed domain weights (log-normal factors with sd ``weight_spread``,
    rescaled to the same sum) and, with shrinkage, draws of the shrunk indicators from their posterior."""

    draws: int = 200
    weight_spread: float = 0.25
    seed: int = 12345
    sampling_error: bool = True


@dataclass
class IndexReference:
    """Everything fitted on the baseline data; pass it to :func:`compute_index` to evaluate new data.

    ``distributions`` holds the sorted baseline values of every indicator (oriented: higher = more
    deprived), subdomain score, domain score and the index; new values are placed in them.
    """

    definition: Definition
    domain_weights: dict
    part_weights: dict  #: "<domain>" or "<domain>.<sub>" -> {indicator key: weight}
    subdomain_weights: dict  #: "<domain>" -> {sub id: weight}
    factor_fits: dict  #: part key -> OneFactorFit.as_dict()
    distributions: dict  #: name -> sorted np.ndarray
    group_distributions: dict  #: name -> {group value: sorted np.ndarray}
    shrinkage_fits: dict  #: indicator key -> shrinkage.ShrinkageFit
    left_out_domains: list
    left_out_indicators: list
    min_domains: int
    combine: str

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


def _fail(text: str) -> IndexInputError:
    return IndexInputError(text)


def _checked_weights(weights: dict, what: str, messages: list) -> dict:
    """Weights used as given when their sum is within 0.01 of 1, otherwise normalised with a warning."""
    total = float(sum(weights.values()))
    if total <= 0:
        raise _fail(translate("Deprivation", "The weights of {what} add up to 0; give at least one a positive "
                                             "weight.").format(what=what))
    if abs(total - 1.0) > WEIGHT_TOLERANCE:
        messages.append(translate("Deprivation", "The weights of {what} add up to {total:.4g}, not 1; they were "
                                                 "normalised to add up to 1.").format(what=what, total=total))
        return {k: v / total for k, v in weights.items()}
    return dict(weights)


def _weighted_sum(parts: list, weights: list, total: float | None = None):
    """Σ w·x over the available parts, scaled up to the full weight sum; NaN where no part is available.

    ``parts`` are arrays of equal shape; returns (sum, number of available parts).
    """
    total = float(sum(weights)) if total is None else total
    shape = np.broadcast_shapes(*(p.shape for p in parts))
    acc = np.zeros(shape)
    wsum = np.zeros(shape)
    n = np.zeros(shape)
    for x, w in zip(parts, weights):
        ok = ~np.isnan(x)
        acc += np.where(ok, x * w, 0.0)
        wsum += np.where(ok, w, 0.0)
        n += ok
    with np.errstate(invalid="ignore", divide="ignore"):
        out = np.where(wsum > 0, acc * (total / wsum), np.nan)
    out = np.where(n > 0, out, np.nan)
    return out, n


class _Evaluator:
    """Scores domains and the index for arrays of shape (n,) or (n, draws).

    mode ``fit``: ranks among the areas given, weights fitted and distributions recorded;
    ``reference``: values placed in the reference distributions, reference weights;
    ``draws``: ranks among the areas of each draw (column), reference weights.
    """

    def __init__(self, definition: Definition, mode: str, reference: IndexReference | None = None,
                 domain_weights: dict | None = None, part_weights: dict | None = None,
                 subdomain_weights: dict | None = None):
        self.definition = definition
        self.mode = mode
        self.ref = reference
        self.domain_weights = domain_weights
        self.part_weights = dict(part_weights or {})
        self.subdomain_weights = dict(subdomain_weights or {})
        self.factor_fits: dict = {}
        self.distributions: dict = {}
        self.partial: dict = {}

    # -- building blocks ---------------------------------------------------------------------------
    def _record(self, name: str, values: np.ndarray) -> None:
        if self.mode == "fit":
            v = values[~np.isnan(values)]
            self.distributions[name] = np.sort(v)

    def normal(self, name: str, oriented: np.ndarray) -> np.ndarray:
        if self.mode == "reference":
            base = self.ref.distributions[name]
            return norm_ppf(place_in_baseline(oriented, base, "average_asc") / (len(base) + 1.0))
        self._record(name, oriented)
        return norm_ppf(rank_average(oriented) / (count_valid(oriented) + 1.0))

    def rank(self, name: str, score: np.ndarray):
        """(rank, N) of scores, 1 = highest score."""
        if self.mode == "reference":
            base = self.ref.distributions[name]
            return place_in_baseline(score, base, "min_desc"), len(base)
        self._record(name, score)
        return rank_deprived(score), count_valid(score)

    # -- domains -----------------------------------------------------------------------------------
    def part_score(self, part: Domain, key: str, values: dict) -> np.ndarray:
        inds: list[Indicator] = part.indicators
        if part.method == "rate":
            ind = inds[0]
            v = values[ind.key]
            oriented = v if ind.higher_is_worse else -v
            self._record(f"ind:{ind.key}", oriented)
            return oriented
        z = [self.normal(f"ind:{ind.key}", values[ind.key] if ind.higher_is_worse else -values[ind.key])
             for ind in inds]
        weights = self.part_weights.get(key)
        if weights is None:  # fit mode
            if part.method == "weighted":
                weights = {ind.key: ind.weight for ind in inds}
            else:
                stacked = np.column_stack(z)
                try:
                    fit = fit_one_factor(stacked)
                except FactorAnalysisError as exc:
                    raise _fail(translate("Deprivation", "Factor analysis of '{part}' failed: {error}")
                                .format(part=key, error=exc)) from exc
                self.factor_fits[key] = fit.as_dict([ind.field for ind in inds])
                weights = {ind.key: float(w) for ind, w in zip(inds, fit.weights)}
            self.part_weights[key] = weights
        total = float(sum(weights.values()))
        score, n_avail = _weighted_sum(z, [weights[ind.key] for ind in inds], total)
        if self.mode != "draws":
            self.partial[key] = int(np.sum((n_avail > 0) & (n_avail < len(inds))))
        return score

    def domain_score(self, dom: Domain, values: dict) -> np.ndarray:
        if dom.method != "subdomains":
            return self.part_score(dom, dom.id, values)
        xs = []
        for sub in dom.subdomains:
            key = f"{dom.id}.{sub.id}"
            s = self.part_score(sub, key, values)
            rank, n = self.rank(f"sub:{key}", s)
            xs.append(exponential_transform(rank, n))
        weights = self.subdomain_weights[dom.id]
        score, _ = _weighted_sum(xs, [weights[s.id] for s in dom.subdomains])
        return score

    def evaluate(self, values: dict, min_domains: int, weight_draws: np.ndarray | None = None) -> dict:
        """All scores; ``weight_draws`` (domains × draws) replaces the domain weights per column."""
        out: dict = {"domains": {}}
        xs, zs = [], []
        for dom in self.definition.domains:
            score = self.domain_score(dom, values)
            rank, n = self.rank(f"dom:{dom.id}", score)
            out["domains"][dom.id] = (score, rank, n)
            xs.append(exponential_transform(rank, n))
            if self.definition.combine == "mean_z":
                zs.append(self.normal(f"domz:{dom.id}", score))
        parts = zs if self.definition.combine == "mean_z" else xs
        weights = [self.domain_weights[d.id] for d in self.definition.domains]
        if weight_draws is None:
            index, n_avail = _weighted_sum(parts, weights)
        else:
            shape = (parts[0].shape[0], weight_draws.shape[1])
            stacked = np.stack([np.broadcast_to(p[:, None] if p.ndim == 1 else p, shape)
                                for p in parts])  # domains × n × draws
            ok = ~np.isnan(stacked)
            w = weight_draws[:, None, :]
            acc = np.where(ok, stacked * w, 0.0).sum(axis=0)
            wsum = np.where(ok, w, 0.0).sum(axis=0)
            n_avail = ok.sum(axis=0)
            with np.errstate(invalid="ignore", divide="ignore"):
                index = acc * (weight_draws.sum(axis=0)[None, :] / wsum)
        index = np.where(n_avail >= min_domains, index, np.nan)
        out["transformed"] = xs
        out["parts"] = parts
        out["index"] = index
        out["n_domains"] = n_avail
        out["index_rank"], out["index_n"] = self.rank("index", index)
        return out


def _frame_column(frame: pd.DataFrame, name: str) -> np.ndarray:
    col = frame[name]
    if not pd.api.types.is_numeric_dtype(col) or pd.api.types.is_bool_dtype(col):
        raise _fail(translate("Deprivation", "The field '{field}' is text, not a number. Convert it to a number "
                                             "first (for example with the field calculator: to_real(\"{field}\")).")
                    .format(field=name))
    return col.to_numpy(dtype=float)


def indicator_values(frame: pd.DataFrame, ind: Indicator) -> np.ndarray:
    """The indicator's value per area: field, or field / denominator · per (0 denominator → NaN)."""
    v = _frame_column(frame, ind.field)
    den = None
    if ind.denominator_field:
        den = _frame_column(frame, ind.denominator_field)
    elif ind.denominator_fields:
        cols = np.column_stack([_frame_column(frame, f) for f in ind.denominator_fields])
        den = np.where(np.isnan(cols).all(axis=1), np.nan, np.nansum(cols, axis=1))
    if den is not None:
        with np.errstate(invalid="ignore", divide="ignore"):
            v = np.where(den > 0, v / den * ind.per, np.nan)
    return v


def indicator_counts(frame: pd.DataFrame, ind: Indicator) -> np.ndarray | None:
    """The count a rate is measured on (its denominator or ``base``), for shrinkage; None if unknown."""
    if ind.denominator_field:
        return _frame_column(frame, ind.denominator_field)
    if ind.denominator_fields:
        cols = np.column_stack([_frame_column(frame, f) for f in ind.denominator_fields])
        return np.where(np.isnan(cols).all(axis=1), np.nan, np.nansum(cols, axis=1))
    if ind.base_field:
        return _frame_column(frame, ind.base_field)
    return None


def _series(frame: pd.DataFrame, value, what: str) -> pd.Series | None:
    if value is None or (isinstance(value, str) and not value):
        return None
    if isinstance(value, str):
        if value not in frame.columns:
            raise _fail(translate("Deprivation", "The {what} field '{field}' does not exist in the input.")
                        .format(what=what, field=value))
        return frame[value]
    return pd.Series(value, index=frame.index) if not isinstance(value, pd.Series) else value.reindex(frame.index)


def _drop_invalid_indicators(definition: Definition, values: dict, eligible: np.ndarray, left_inds: list,
                             left_domains: list, messages: list) -> Definition:
    """Check every indicator on the eligible areas: all NULL or all equal → error, or left out if optional."""
    def problem(ind):
        v = values[ind.key][eligible]
        v = v[~np.isnan(v)]
        if len(v) == 0:
            return translate("Deprivation", "the field '{field}' is NULL in every area").format(field=ind.field)
        if np.all(v == v[0]):
            return translate("Deprivation", "the field '{field}' has the same value ({value:g}) in every area, so "
                                            "it cannot rank areas").format(field=ind.field, value=v[0])
        return None

    kept = []
    for dom in definition.domains:
        parts = dom.subdomains if dom.method == "subdomains" else [dom]
        dom_problems = []
        for part in parts:
            keep = []
            for ind in part.indicators:
                why = problem(ind)
                if why is None:
                    keep.append(ind)
                elif ind.optional:
                    left_inds.append({"domain": dom.id, "indicator": ind.key, "reason": why})
                    messages.append(translate("Deprivation", "Indicator {key} of domain '{domain}' left out: "
                                                             "{reason}.").format(key=ind.key, domain=dom.id,
                                                                                 reason=why))
                else:
                    dom_problems.append(why)
            part.indicators = keep
            if not keep and not dom_problems:
                dom_problems.append(translate("Deprivation", "no usable indicator"))
            if part.method == "factor_analysis" and len(keep) < 2 and not dom_problems:
                dom_problems.append(translate("Deprivation", "fewer than two usable indicators for factor analysis"))
        if not dom_problems:
            kept.append(dom)
        elif dom.optional:
            reason = "; ".join(dom_problems)
            left_domains.append({"id": dom.id, "reason": reason})
        else:
            raise _fail(translate("Deprivation", "Domain '{domain}': {problem}. Check the field or leave the "
                                                 "indicator out of the definition.")
                        .format(domain=dom.id, problem="; ".join(dom_problems)))
    if not kept:
        raise _fail(translate("Deprivation", "No domain of '{name}' can be computed from this input.")
                    .format(name=definition.name))
    definition.domains = kept
    return definition


def _group_ranks(score: np.ndarray, groups: pd.Series, name: str, ref: IndexReference | None,
                 record: dict | None):
    """Rank and decile of ``score`` within each group."""
    g = groups.to_numpy(dtype=object)
    if ref is not None:
        rank = np.full(len(score), np.nan)
        n = np.full(len(score), np.nan)
        dists = ref.group_distributions.get(name, {})
        for value, rows in pd.Series(g).fillna("").groupby(pd.Series(g).fillna("")).indices.items():
            base = dists.get(value)
            if base is not None:
                rank[rows] = place_in_baseline(score[rows], base, "min_desc")
                n[rows] = len(base)
        return rank, deciles(rank, n)
    s = pd.Series(score)
    key = pd.Series(g).fillna("")
    rank = s.groupby(key).rank(method="min", ascending=False).to_numpy()
    n = s.groupby(key).transform("count").to_numpy(dtype=float)
    if record is not None:
        valid = ~np.isnan(score)
        record[name] = {k: np.sort(v.to_numpy()) for k, v in s[valid].groupby(key[valid])}
    return rank, deciles(rank, n)


def _int_column(values: np.ndarray):
    """Whole numbers with NULL for NaN (a nullable integer column)."""
    return pd.Series(np.asarray(values, dtype=float)).astype("Int64").array


def compute_index(frame: pd.DataFrame, definition=None, population=None, min_population: float = 0,
                  groups=None, reference: IndexReference | None = None, shrinkage: ShrinkageOptions | None = None,
                  uncertainty: UncertaintyOptions | None = None, labels=None) -> IndexResult:
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
    groups:
        Column name or Series (e.g. gemeentecode): adds ``<domain>_group_rank``/``_group_decile``
        and ``index_group_rank``/``index_group_decile`` within each group.
    reference:
        The :attr:`IndexResult.reference` of a baseline run. The new data is then evaluated against
        that baseline: the definition, left-out domains, (renormalised) weights, fitted factor
        weights and shrinkage parameters are the baseline's, and every indicator, subdomain score,
        domain score and the index of an area is *placed in the baseline distribution* (normal
        scores and ranks as if the area were ranked among the baseline areas, N = the baseline N).
        An area whose data did not change therefore keeps exactly its baseline scores, ranks and
        deciles; a changed area (a policy scenario) gets the rank its new values would have had in
        the baseline. Nothing is refitted, and a single area can be evaluated.
    shrinkage:
        :class:`ShrinkageOptions`: rates with a count (``denominator`` or ``base``) are shrunk toward
        their group mean by their standard error before scoring.
    uncertainty:
        :class:`UncertaintyOptions`: adds ``index_rank_p05`` and ``index_rank_p95``, the 5th and 95th
        percentile of the index rank under perturbed domain weights (and, with shrinkage, sampling
        error of the shrunk rates).
    labels:
        Column name or Series naming the areas in the report (e.g. statcode).
    """
    messages: list = []
    n_areas = len(frame)
    if reference is not None:
        definition = copy.deepcopy(reference.definition)
        left_domains = copy.deepcopy(reference.left_out_domains)
        left_inds = copy.deepcopy(reference.left_out_indicators)
        missing = [f for d in definition.domains for i in d.all_indicators() for f in i.needed_fields()
                   if f not in frame.columns]
        if missing:
            raise _fail(translate("Deprivation", "The field(s) {fields} of the baseline are missing in the new data.")
                        .format(fields=", ".join(sorted(set(missing)))))
    else:
        try:
            definition = as_definition(definition)
            resolution = resolve(definition, frame.columns)
        except DefinitionError as exc:
            raise _fail(str(exc)) from exc
        definition = resolution.definition
        left_domains, left_inds = resolution.left_out_domains, resolution.left_out_indicators
        for item in left_inds:
            messages.append(translate("Deprivation", "Indicator {key} of domain '{domain}' left out: {reason}.")
                            .format(key=item["indicator"], domain=item["domain"], reason=item["reason"]))
    if n_areas == 0:
        raise _fail(translate("Deprivation", "The input has no areas."))

    # areas: population threshold
    eligible = np.ones(n_areas, dtype=bool)
    pop = _series(frame, population, translate("Deprivation", "population"))
    n_small = n_nopop = 0
    small_examples: list = []
    label_series = _series(frame, labels, translate("Deprivation", "label"))
    label_values = (label_series if label_series is not None else pd.Series(frame.index, index=frame.index))
    if pop is not None:
        if isinstance(population, str):
            popv = _frame_column(frame, population)
        else:
            popv = pd.to_numeric(pop, errors="coerce").to_numpy(dtype=float)
        negative = np.nan_to_num(popv, nan=0.0) < 0
        if negative.any():
            first = label_values.to_numpy()[np.argmax(negative)]
            raise _fail(translate("Deprivation", "The population is negative in {n} area(s) (first: {area}). "
                                                 "Fix the population field; inhabitants cannot be negative.")
                        .format(n=int(negative.sum()), area=first))
        if min_population and min_population > 0:
            nopop = np.isnan(popv)
            small = ~nopop & (popv < min_population)
            eligible &= ~(nopop | small)
            n_small, n_nopop = int(small.sum()), int(nopop.sum())
            small_examples = [str(v) for v in label_values.to_numpy()[small | nopop][:20]]
    elif min_population and min_population > 0:
        raise _fail(translate("Deprivation", "A minimum population needs a population field."))
    n_eligible = int(eligible.sum())
    if reference is None and n_eligible < 2:
        raise _fail(translate("Deprivation", "An index ranks areas against each other, so it needs at least two "
                                             "areas; this input has {n} (after the minimum population).")
                    .format(n=n_eligible))

    # indicator values (ineligible areas → NaN), shrinkage
    shrink_groups = None
    if shrinkage is not None:
        shrink_groups = _series(frame, shrinkage.groups, translate("Deprivation", "shrinkage group"))
    values: dict = {}
    shrunk: dict = {}
    shrink_fits: dict = {}
    for dom in definition.domains:
        for ind in dom.all_indicators():
            v = indicator_values(frame, ind)
            values[ind.key] = np.where(eligible, v, np.nan)
    if reference is None:
        definition = _drop_invalid_indicators(definition, values, eligible, left_inds, left_domains, messages)
    if shrinkage is not None:
        for dom in definition.domains:
            for ind in dom.all_indicators():
                counts = indicator_counts(frame, ind)
                if counts is None:
                    continue
                fit = reference.shrinkage_fits.get(ind.key) if reference is not None else None
                res = shrink_mod.shrink(values[ind.key], np.where(eligible, counts, np.nan),
                                        None if shrink_groups is None else shrink_groups.to_numpy(), ind.per, fit)
                values[ind.key] = res.values
                shrunk[ind.key] = res
                shrink_fits[ind.key] = res.fit
    for item in left_domains:
        messages.insert(0, translate("Deprivation", "Domain '{domain}' left out: {reason}. The weights of the other "
                                                    "domains were renormalised.").format(domain=item["id"],
                                                                                         reason=item["reason"]))

    # weights
    if reference is not None:
        domain_weights = reference.domain_weights
        part_weights = reference.part_weights
        sub_weights = reference.subdomain_weights
        min_domains = reference.min_domains
    else:
        raw_weights = {d.id: d.weight for d in definition.domains}
        if left_domains:
            total = sum(raw_weights.values())
            domain_weights = {k: v / total for k, v in raw_weights.items()}
        else:
            domain_weights = _checked_weights(raw_weights, translate("Deprivation", "the domains"), messages)
        sub_weights = {}
        part_weights = {}
        for dom in definition.domains:
            if dom.method == "subdomains":
                sub_weights[dom.id] = _checked_weights({s.id: s.weight for s in dom.subdomains},
                                                       translate("Deprivation", "the subdomains of '{domain}'")
                                                       .format(domain=dom.id), messages)
            for part, key in ([(s, f"{dom.id}.{s.id}") for s in dom.subdomains] if dom.method == "subdomains"
                              else [(dom, dom.id)]):
                if part.method == "weighted":
                    given = {i.key: i.weight for i in part.indicators}
                    if any(x["indicator"].rsplit(".", 1)[0] == key for x in left_inds):
                        # optional indicators left out (reported): the others share their weight
                        total = sum(given.values()) or 1.0
                        part_weights[key] = {k: v / total for k, v in given.items()}
                    else:
                        part_weights[key] = _checked_weights(
                            given, translate("Deprivation", "the indicators of '{domain}'").format(domain=key),
                            messages)
        n_dom = len(definition.domains)
        min_domains = min(definition.min_domains or n_dom, n_dom)

    mode = "reference" if reference is not None else "fit"
    ev = _Evaluator(definition, mode, reference, domain_weights, part_weights, sub_weights)
    res = ev.evaluate(values, min_domains)
    if reference is None:
        part_weights = ev.part_weights

    # output frame
    out = {}
    group_series = _series(frame, groups, translate("Deprivation", "group"))
    group_record: dict | None = {} if reference is None and group_series is not None else None
    for dom in definition.domains:
        score, rank, n = res["domains"][dom.id]
        out[f"{dom.id}_score"] = score
        out[f"{dom.id}_rank"] = _int_column(rank)
        out[f"{dom.id}_decile"] = _int_column(deciles(rank, n))
    out["index_score"] = res["index"]
    out["index_rank"] = _int_column(res["index_rank"])
    out["index_decile"] = _int_column(deciles(res["index_rank"], res["index_n"]))
    out["index_domains"] = _int_column(np.where(eligible, res["n_domains"], np.nan).astype(float))
    if group_series is not None:
        for dom in definition.domains:
            rank, dec = _group_ranks(res["domains"][dom.id][0], group_series, f"dom:{dom.id}", reference,
                                     group_record)
            out[f"{dom.id}_group_rank"] = _int_column(rank)
            out[f"{dom.id}_group_decile"] = _int_column(dec)
        rank, dec = _group_ranks(res["index"], group_series, "index", reference, group_record)
        out["index_group_rank"] = _int_column(rank)
        out["index_group_decile"] = _int_column(dec)

    ref_out = reference if reference is not None else IndexReference(
        definition=definition, domain_weights=domain_weights, part_weights=part_weights,
        subdomain_weights=sub_weights, factor_fits=ev.factor_fits, distributions=ev.distributions,
        group_distributions=group_record or {}, shrinkage_fits=shrink_fits, left_out_domains=left_domains,
        left_out_indicators=left_inds, min_domains=min_domains, combine=definition.combine)

    uncertainty_info = None
    if uncertainty is not None:
        from .uncertainty import rank_intervals

        p05, p95, uncertainty_info = rank_intervals(definition, ref_out, values, res, shrunk, uncertainty,
                                                    min_domains, _Evaluator)
        out["index_rank_p05"] = _int_column(p05)
        out["index_rank_p95"] = _int_column(p95)

    out_frame = pd.DataFrame(out, index=frame.index)
    from .index_report import build_report

    report = build_report(
        definition=definition, reference=ref_out, frame=out_frame, messages=messages, n_areas=n_areas,
        n_eligible=n_eligible, n_small=n_small, n_nopop=n_nopop, small_examples=small_examples,
        min_population=min_population, population=population if isinstance(population, str) else None,
        partial=ev.partial, shrunk=shrunk, uncertainty=uncertainty_info, evaluated_against_reference=reference
        is not None, labels=label_values)
    return IndexResult(frame=out_frame, reference=ref_out, messages=messages, report=report)


def domain_ids(definition) -> list:
    """Ids of the domains of a definition (any form accepted by :func:`compute_index`)."""
    return as_definition(definition).domain_ids()


__all__ = [
    "IndexReference",
    "IndexResult",
    "IndexInputError",
    "ShrinkageOptions",
    "UncertaintyOptions",
    "compute_index",
    "domain_ids",
    "indicator_values",
    "parse_definition",
]
