"""The first two steps of the index: which areas are scored (*read*) and their indicator values (*indicators*).

- :func:`read_areas`: the population threshold (areas below ``MIN_POPULATION`` or without a
  population figure get no scores), the labels that name areas in the report, the keys under which
  an area finds its own values in a baseline, and the parent areas (wijk, gemeente) a missing
  domain is borrowed from.
- :func:`indicator_table`: per indicator the value of every area, ``field`` or
  ``field / denominator · per`` (:func:`indicator_values`); unusable indicators (all NULL, one
  value everywhere) are refused or, when optional, left out loudly (:func:`drop_unusable`).
- :func:`shrink_indicators`: the optional shrinkage of small-area proportions toward their group
  mean (:mod:`.shrinkage`), only for indicators that are proper proportions within their ceiling.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from ..i18n import translate
from . import shrinkage as shrink_mod
from .definition import Definition, Indicator
from .errors import WijkmonitorError
from .regions import normalise_codes

#: the parent areas a missing domain is borrowed from, nearest first: (level, candidate fields)
PARENT_LEVELS = (("wijk", ("wijkcode", "wk_code")), ("gemeente", ("gemeentecode", "gm_code")))
#: fields that hold an area's own CBS code, first present wins
CODE_FIELDS = ("statcode", "buurtcode", "bu_code", "WijkenEnBuurten", "Codering", "regiocode", "code")


class IndexInputError(WijkmonitorError, ValueError):
    """Input that cannot give an index; the message says what was wrong and what to do."""


@dataclass
class Areas:
    """Which areas are scored and what the later steps need to know about them."""

    eligible: np.ndarray  #: bool per row: scored (not below the minimum population)
    labels: pd.Series  #: names of the areas in the report
    keys: pd.Index  #: per row the key of its own values in a baseline (frame index or area codes)
    population: np.ndarray | None = None
    parents: list = field(default_factory=list)  #: [(level, np.ndarray of parent codes)], nearest first
    n_small: int = 0
    n_nopop: int = 0
    small_examples: list = field(default_factory=list)

    @property
    def n_eligible(self) -> int:
        return int(self.eligible.sum())


def fail(text: str) -> IndexInputError:
    return IndexInputError(text)


def frame_column(frame: pd.DataFrame, name: str) -> np.ndarray:
    """A numeric column as floats (NULL → NaN); a text column is refused with what to do."""
    col = frame[name]
    if not pd.api.types.is_numeric_dtype(col) or pd.api.types.is_bool_dtype(col):
        raise fail(translate("Deprivation", "The field '{field}' is text, not a number. Convert it to a number "
                                            "first (for example with the field calculator: to_real(\"{field}\")).")
                   .format(field=name))
    return col.to_numpy(dtype=float)


def series_of(frame: pd.DataFrame, value, what: str) -> pd.Series | None:
    """A column named ``value`` or a Series (aligned to the frame); None for None or ''."""
    if value is None or (isinstance(value, str) and not value):
        return None
    if isinstance(value, str):
        if value not in frame.columns:
            raise fail(translate("Deprivation", "The {what} field '{field}' does not exist in the input.")
                       .format(what=what, field=value))
        return frame[value]
    return pd.Series(value, index=frame.index) if not isinstance(value, pd.Series) else value.reindex(frame.index)


def code_field(columns) -> str | None:
    """The field with the areas' own CBS codes (statcode, buurtcode, …), or None."""
    return next((c for c in CODE_FIELDS if c in set(columns)), None)


#: the length of a clean code per prefix: GM + 4 digits, WK + 4 + 2, BU + 4 + 4
_CLEAN_LENGTH = {"GM": 6, "WK": 8, "BU": 10}


def _chars(values: np.ndarray, width: int) -> np.ndarray:
    """Texts as an (n × width) array of code points (0 beyond the end), for vectorised checks."""
    text = np.asarray(values, dtype=f"U{width}")
    return text.view(np.uint32).reshape(len(text), width)


def _clean_mask(values: np.ndarray) -> np.ndarray:
    """True where a value is a clean CBS code already (``BU0363AF01``): normalising it changes nothing."""
    n = len(values)
    if n == 0:
        return np.zeros(0, dtype=bool)
    text = np.array(["" if v is None else v for v in values], dtype=object)
    is_text = np.fromiter((isinstance(v, str) for v in text), bool, n)
    text = np.where(is_text, text, "")
    lengths = np.char.str_len(text.astype(str))
    c = _chars(text.astype(str), 10)
    digit = (c >= ord("0")) & (c <= ord("9"))
    alnum = digit | ((c >= ord("A")) & (c <= ord("Z")))
    ok = np.zeros(n, dtype=bool)
    for prefix, length in _CLEAN_LENGTH.items():
        has = (c[:, 0] == ord(prefix[0])) & (c[:, 1] == ord(prefix[1])) & (lengths == length)
        ok |= has & alnum[:, 6:length].all(axis=1)
    return ok & is_text & digit[:, 2:6].all(axis=1)


def clean_codes(values, index=None) -> pd.Series:
    """CBS codes normalised with :func:`.regions.normalise_codes`; codes that are clean already are kept
    as they are without a Python call each (a national table has 18,000 of them)."""
    series = pd.Series(values, index=index, dtype=object)
    clean = _clean_mask(series.to_numpy(dtype=object))
    out = series.where(clean, None)
    rest = series.notna().to_numpy() & ~clean
    if rest.any():
        out[rest] = normalise_codes(series[rest].to_numpy()).to_numpy()
    return out


def area_codes(frame: pd.DataFrame, column: str | None = None) -> pd.Series | None:
    """The areas' own codes, normalised (``BU0363AF01``); None without a code field."""
    column = column or code_field(frame.columns)
    if column is None:
        return None
    return clean_codes(frame[column].to_numpy(), frame.index)


def parent_codes(frame: pd.DataFrame, codes: pd.Series | None = None) -> list:
    """[(level, codes)] of the parent areas, nearest first: the wijk, then the gemeente.

    From the fields ``wijkcode``/``gemeentecode`` where the layer has them, else derived from the
    areas' own codes (a buurt code holds its wijk and gemeente). A level nobody has is left out.
    """
    out = []
    for level, candidates in PARENT_LEVELS:
        column = next((c for c in candidates if c in frame.columns), None)
        values = None
        if column is not None:
            raw = pd.Series(frame[column].to_numpy(), index=frame.index, dtype=object)
            text = raw.where(raw.isna(), raw.astype(str).str.strip()).replace("", None)
            values = clean_codes(raw.to_numpy(), frame.index)
            values = values.where(values.notna(), text)  # an own grouping code that is no CBS code
        if codes is not None and (values is None or values.isna().any()):
            derived = _parent_of(codes, level)
            values = derived if values is None else values.where(values.notna(), derived)
        if values is not None and values.notna().any():
            # an area is not its own parent (a wijk layer's wijkcode is the wijk itself)
            if codes is not None:
                values = values.where(values != codes)
            if values.notna().any():
                out.append((level, values.to_numpy(dtype=object)))
    return out


def _parent_of(codes: pd.Series, level: str) -> pd.Series:
    """The wijk (``WK`` + 6) or gemeente (``GM`` + 4) a clean wijk or buurt code belongs to; None otherwise."""
    values = codes.to_numpy(dtype=object)
    text = np.array(["" if v is None else v for v in values], dtype=str)
    c = _chars(text, 10)
    width = 8 if level == "wijk" else 6
    prefixes = ("WK", "BU") if level == "wijk" else ("GM", "WK", "BU")
    ok = np.zeros(len(text), dtype=bool)
    for prefix in prefixes:
        ok |= (c[:, 0] == ord(prefix[0])) & (c[:, 1] == ord(prefix[1]))
    ok &= np.char.str_len(text) >= width
    body = np.ascontiguousarray(c[:, 2:width]).view(f"U{width - 2}").ravel()
    parent = np.char.add("WK" if level == "wijk" else "GM", body).astype(object)
    return pd.Series(np.where(ok, parent, None), index=codes.index, dtype=object)


def read_areas(frame: pd.DataFrame, population=None, min_population: float = 0, labels=None, keys=None,
               parents: list | None = None, need_two: bool = True) -> Areas:
    """Step *read*: the areas of ``frame`` that are scored, their labels, keys and parents."""
    n_areas = len(frame)
    if n_areas == 0:
        raise fail(translate("Deprivation", "The input has no areas."))
    label_series = series_of(frame, labels, translate("Deprivation", "label"))
    label_values = label_series if label_series is not None else pd.Series(frame.index, index=frame.index)
    eligible = np.ones(n_areas, dtype=bool)
    pop = series_of(frame, population, translate("Deprivation", "population"))
    areas = Areas(eligible=eligible, labels=label_values,
                  keys=frame.index if keys is None else pd.Index(keys), parents=list(parents or []))
    if pop is not None:
        popv = frame_column(frame, population) if isinstance(population, str) else \
            pd.to_numeric(pop, errors="coerce").to_numpy(dtype=float)
        negative = np.nan_to_num(popv, nan=0.0) < 0
        if negative.any():
            first = label_values.to_numpy()[np.argmax(negative)]
            raise fail(translate("Deprivation", "The population is negative in {n} area(s) (first: {area}). "
                                                "Fix the population field; inhabitants cannot be negative.")
                       .format(n=int(negative.sum()), area=first))
        areas.population = popv
        if min_population and min_population > 0:
            nopop = np.isnan(popv)
            small = ~nopop & (popv < min_population)
            eligible &= ~(nopop | small)
            areas.n_small, areas.n_nopop = int(small.sum()), int(nopop.sum())
            areas.small_examples = [str(v) for v in label_values.to_numpy()[small | nopop][:20]]
    elif min_population and min_population > 0:
        raise fail(translate("Deprivation", "A minimum population needs a population field."))
    if need_two and areas.n_eligible < 2:
        raise fail(translate("Deprivation", "An index ranks areas against each other, so it needs at least two "
                                            "areas; this input has {n} (after the minimum population).")
                   .format(n=areas.n_eligible))
    return areas


# -- indicators --------------------------------------------------------------------------------------------------

def _denominator(frame: pd.DataFrame, ind: Indicator) -> np.ndarray | None:
    if ind.denominator_field:
        return frame_column(frame, ind.denominator_field)
    if ind.denominator_fields:
        cols = np.column_stack([frame_column(frame, f) for f in ind.denominator_fields])
        return np.where(np.isnan(cols).all(axis=1), np.nan, np.nansum(cols, axis=1))
    return None


def indicator_values(frame: pd.DataFrame, ind: Indicator) -> np.ndarray:
    """The indicator's value per area: field, or field / denominator · per (0 denominator → NaN)."""
    v = frame_column(frame, ind.field)
    den = _denominator(frame, ind)
    if den is not None:
        with np.errstate(invalid="ignore", divide="ignore"):
            v = np.where(den > 0, v / den * ind.per, np.nan)
    return v


def indicator_counts(frame: pd.DataFrame, ind: Indicator) -> np.ndarray | None:
    """The count a rate is measured on (its denominator or ``base``), for shrinkage; None if unknown."""
    den = _denominator(frame, ind)
    if den is not None:
        return den
    if ind.base_field:
        return frame_column(frame, ind.base_field)
    return None


def indicator_table(frame: pd.DataFrame, definition: Definition, eligible: np.ndarray) -> dict:
    """Step *indicators*: indicator key → value per area (NaN for areas that are not scored)."""
    values = {}
    for dom in definition.domains:
        for ind in dom.all_indicators():
            values[ind.key] = np.where(eligible, indicator_values(frame, ind), np.nan)
    return values


def _unusable(ind: Indicator, values: np.ndarray):
    v = values[~np.isnan(values)]
    if len(v) == 0:
        return translate("Deprivation", "the field '{field}' is NULL in every area").format(field=ind.field)
    if np.all(v == v[0]):
        return translate("Deprivation", "the field '{field}' has the same value ({value:g}) in every area, so "
                                        "it cannot rank areas").format(field=ind.field, value=v[0])
    return None


def drop_unusable(definition: Definition, values: dict, left_inds: list, left_domains: list,
                  messages: list) -> Definition:
    """Indicators that are NULL or one value everywhere: an error, or left out (with a warning) if optional."""
    definition = copy.deepcopy(definition)
    kept = []
    for dom in definition.domains:
        parts = dom.subdomains if dom.method == "subdomains" else [dom]
        problems = []
        for part in parts:
            keep = []
            for ind in part.indicators:
                why = _unusable(ind, values[ind.key])
                if why is None:
                    keep.append(ind)
                elif ind.optional:
                    left_inds.append({"domain": dom.id, "indicator": ind.key, "reason": why})
                    messages.append(translate("Deprivation", "Indicator {key} of domain '{domain}' left out: "
                                                             "{reason}.").format(key=ind.key, domain=dom.id,
                                                                                 reason=why))
                else:
                    problems.append(why)
            part.indicators = keep
            if not keep and not problems:
                problems.append(translate("Deprivation", "no usable indicator"))
            if part.method == "factor_analysis" and len(keep) < 2 and not problems:
                problems.append(translate("Deprivation", "fewer than two usable indicators for factor analysis"))
        if not problems:
            kept.append(dom)
        elif dom.optional:
            left_domains.append({"id": dom.id, "reason": "; ".join(problems)})
        else:
            raise fail(translate("Deprivation", "Domain '{domain}': {problem}. Check the field or leave the "
                                                "indicator out of the definition.")
                       .format(domain=dom.id, problem="; ".join(problems)))
    if not kept:
        raise fail(translate("Deprivation", "No domain of '{name}' can be computed from this input.")
                   .format(name=definition.name))
    definition.domains = kept
    return definition


# -- shrinkage ---------------------------------------------------------------------------------------------------

def proportion_problem(ind: Indicator, values: np.ndarray) -> str | None:
    """Why an indicator is not a proportion that can be shrunk (None when it is one).

    Shrinkage on the empirical-logit scale models a share of the people counted: between 0 and
    ``per`` (100 %, 1000 per 1,000). A rate of events (crimes per 1,000 inhabitants) can exceed its
    ceiling; forcing it into a proportion would turn 3000 per 1000 into 997 and flip ranks.
    """
    v = values[~np.isnan(values)]
    if len(v) and (v.min() < 0 or v.max() > ind.per):
        return translate("Deprivation", "values from {low:g} to {high:g} are not a proportion of at most {per:g}, "
                                        "so they are not shrunk").format(low=float(v.min()), high=float(v.max()),
                                                                         per=ind.per)
    return None


def shrinkable(definition: Definition, frame: pd.DataFrame, values: dict, eligible: np.ndarray):
    """(indicator, counts) of the indicators that can be shrunk, and [{indicator, reason}] of those that cannot."""
    out, skipped = [], []
    for dom in definition.domains:
        for ind in dom.all_indicators():
            counts = indicator_counts(frame, ind)
            if counts is None:
                continue
            why = proportion_problem(ind, values[ind.key])
            if why is not None:
                skipped.append({"indicator": ind.key, "field": ind.field, "reason": why})
                continue
            out.append((ind, np.where(eligible, counts, np.nan)))
    return out, skipped


def shrink_indicators(candidates: list, values: dict, groups, fits: dict | None = None) -> dict:
    """Indicator key → :class:`.shrinkage.ShrinkageResult` for the ``candidates`` of :func:`shrinkable`.

    With ``fits`` (of a baseline) only the indicators the baseline shrank are shrunk, with its fit.
    """
    out = {}
    group_values = None if groups is None else np.asarray(groups, dtype=object)
    for ind, counts in candidates:
        if fits is not None and ind.key not in fits:
            continue
        out[ind.key] = shrink_mod.shrink(values[ind.key], counts, group_values, ind.per,
                                         None if fits is None else fits[ind.key])
    return out
