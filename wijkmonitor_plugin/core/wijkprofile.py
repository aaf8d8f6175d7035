"""The wijkprofiel: per area and domain an objective score (registered figures) and a subjective score
(how residents experience it), each 100 = the reference, their combination and the gap between them.

A profile definition (JSON, ``resources/definitions/wijkprofiel_nl.json`` built in) lists domains;
each domain has ``objective`` and ``subjective`` measures. A measure is a field (candidate names,
first present wins; a CBS key with its numeric suffix such as ``Eenzaam_28`` matches ``Eenzaam``),
optionally divided by a denominator × ``per``, with a direction. Scoring, per measure:

    score = 100 + SCALE · (x − mean_ref) / sd_ref        (sign flipped when higher is worse)

``mean_ref`` and ``sd_ref`` are taken over the reference areas: the areas of the same gemeente
(``municipality``) or all areas of the reference table (``country``: the national table of buurten,
or the input itself). With a population field the mean is weighted by population, so 100 is the
figure of the gemeente or the country as a whole. SCALE (default 10) points are one standard
deviation among the reference areas, measured robustly (1.4826 × the median absolute deviation, so
that a few extreme buurten — crime per inhabitant on a business park — do not flatten all others);
scores are limited to 100 ± 5 · SCALE and the areas at the limit are counted in the messages. A side
of a domain is the weighted mean of the scores of its measures that the area has; *combined* = the
mean of the objective and subjective score; *gap* = subjective − objective (positive: residents
experience it better than the figures suggest).
"""

from __future__ import annotations

import copy
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from ..i18n import translate
from ..paths import resource
from .errors import WijkmonitorError
from .regions import gemeentecode_of, level_of_code

PRESET = ("definitions", "wijkprofiel_nl.json")
SIDES = ("objective", "subjective")
REFERENCE_MUNICIPALITY = "municipality"
REFERENCE_COUNTRY = "country"
DEFAULT_SCALE = 10.0
#: scores are limited to 100 ± MAX_Z · scale (50–150 by default), so one extreme figure cannot dominate a domain
MAX_Z = 5
TRANSFORMS = ("none", "log")
_ID_RE = re.compile(r"^[a-z][a-z0-9_]*$")


class ProfileError(WijkmonitorError, ValueError):
    """A profile definition or input the wijkprofiel cannot use; the message names what and what to do."""


@dataclass
class Measure:
    """One figure of a domain side: a field, or field / denominator × per, and its direction."""

    key: str
    options: list  #: [{"field": [candidates], "denominator": [candidates], "per": float}], first usable wins
    higher_is_better: bool
    weight: float = 1.0
    label: dict = field(default_factory=dict)
    transform: str = "none"
    used: dict | None = None  #: the resolved option {"field", "denominator", "per"}

    def title(self, lang: str = "en") -> str:
        return self.label.get(lang) or self.label.get("en") or self.key

    def describe(self) -> str:
        if not self.used:
            return " | ".join(self.options[0]["field"])
        text = self.used["field"]
        if self.used.get("denominator"):
            text += f" / {self.used['denominator']}" + (f" × {self.used['per']:g}" if self.used["per"] != 1 else "")
        return text


@dataclass
class ProfileDomain:
    id: str
    label: dict
    note: dict
    objective: list
    subjective: list
    short: dict = field(default_factory=dict)

    def title(self, lang: str = "en") -> str:
        return self.label.get(lang) or self.label.get("en") or self.id

    def short_title(self, lang: str = "en") -> str:
        """The label for a chart row (``short_label``, else the label)."""
        return self.short.get(lang) or self.short.get("en") or self.title(lang)

    def side(self, name: str) -> list:
        return self.objective if name == "objective" else self.subjective


@dataclass
class Profile:
    name: dict
    description: dict
    domains: list
    scale: float = DEFAULT_SCALE
    source: str = ""

    def title(self, lang: str = "en") -> str:
        return self.name.get(lang) or self.name.get("en") or "wijkprofiel"


# -- reading the definition --------------------------------------------------------------------------------


def _err(where: str, text: str) -> ProfileError:
    return ProfileError(translate("Wijkprofile", "Profile definition, {where}: {problem}").format(where=where,
                                                                                                problem=text))


def _label(value, fallback: str) -> dict:
    if isinstance(value, str):
        return {"en": value, "nl": value}
    if isinstance(value, dict):
        return {str(k): str(v) for k, v in value.items()}
    return {"en": fallback, "nl": fallback}


def _candidates(value, where: str, what: str, required: bool = True) -> list:
    if value is None and not required:
        return []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v.strip() for v in value):
        raise _err(where, translate("Wijkprofile", "'{what}' must be a field name or a list of field names.")
                   .format(what=what))
    return [v.strip() for v in value]


def _positive(value, where: str, what: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not value > 0:
        raise _err(where, translate("Wijkprofile", "'{what}' must be a positive number, not {value!r}.")
                   .format(what=what, value=value))
    return float(value)


def _option(raw: dict, where: str) -> dict:
    option = {"field": _candidates(raw.get("field"), where, "field"),
              "denominator": _candidates(raw.get("denominator"), where, "denominator", required=False),
              "per": _positive(raw.get("per", 1), where, "per")}
    return option


def parse_measure(raw, key: str, where: str) -> Measure:
    """A :class:`Measure` from its JSON object (also used by the similar-areas indicator sets)."""
    if not isinstance(raw, dict) or "field" not in raw:
        raise _err(where, translate("Wijkprofile", "a measure must be an object with at least 'field'."))
    higher = raw.get("higher_is", "better")
    if higher not in ("better", "worse"):
        raise _err(where, translate("Wijkprofile", "'higher_is' must be 'better' or 'worse', not {value!r}.")
                   .format(value=higher))
    transform = raw.get("transform", "none")
    if transform not in TRANSFORMS:
        raise _err(where, translate("Wijkprofile", "'transform' must be one of {values}, not {value!r}.")
                   .format(values=", ".join(TRANSFORMS), value=transform))
    alternatives = raw.get("alternatives", [])
    if not isinstance(alternatives, list):
        raise _err(where, translate("Wijkprofile", "'alternatives' must be a list of objects with 'field'."))
    options = [_option(raw, where)] + [_option(a if isinstance(a, dict) else {}, f"{where}.alternatives[{i}]")
                                       for i, a in enumerate(alternatives)]
    return Measure(key=key, options=options, higher_is_better=higher == "better",
                   weight=_positive(raw.get("weight", 1), where, "weight"), label=_label(raw.get("label"), key),
                   transform=transform)


def parse_profile(raw, source: str = "") -> Profile:
    if not isinstance(raw, dict) or not isinstance(raw.get("domains"), list) or not raw["domains"]:
        raise ProfileError(translate("Wijkprofile", "A profile definition is a JSON object with a non-empty list "
                                                    "'domains'."))
    domains, seen = [], set()
    for i, d in enumerate(raw["domains"]):
        where = f"domains[{i}]"
        ident = d.get("id") if isinstance(d, dict) else None
        if not isinstance(ident, str) or not _ID_RE.match(ident) or ident == "profile":
            raise _err(where, translate("Wijkprofile", "'id' must be a lowercase name of letters, digits and "
                                                       "underscores other than 'profile' (it becomes a field name), "
                                                       "not {value!r}.").format(value=ident))
        if ident in seen:
            raise _err(where, translate("Wijkprofile", "the id '{id}' is used twice.").format(id=ident))
        seen.add(ident)
        sides = {}
        for side in SIDES:
            items = d.get(side, [])
            if not isinstance(items, list):
                raise _err(f"{where}.{side}", translate("Wijkprofile", "must be a list of measures."))
            sides[side] = [parse_measure(m, f"{ident}.{side}.{j}", f"{where}.{side}[{j}]") for j, m in enumerate(items)]
        if not sides["objective"] and not sides["subjective"]:
            raise _err(where, translate("Wijkprofile", "a domain needs at least one objective or subjective measure."))
        domains.append(ProfileDomain(id=ident, label=_label(d.get("label"), ident), note=_label(d.get("note"), ""),
                                     objective=sides["objective"], subjective=sides["subjective"],
                                     short=_label(d["short_label"], ident) if "short_label" in d else {}))
    scale = _positive(raw.get("scale", DEFAULT_SCALE), "scale", "scale")
    return Profile(name=_label(raw.get("name"), "wijkprofiel"), description=_label(raw.get("description"), ""),
                   domains=domains, scale=scale, source=source)


def load_profile(path=None) -> Profile:
    """Read a profile definition; ``None`` or ``""`` gives the built-in Dutch profile."""
    path = Path(path) if path else resource(*PRESET)
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ProfileError(translate("Wijkprofile", "Cannot read the profile definition {path}: {error}")
                           .format(path=path, error=exc)) from exc
    except json.JSONDecodeError as exc:
        raise ProfileError(translate("Wijkprofile", "The profile definition {path} is not valid JSON: {error}")
                           .format(path=path, error=exc)) from exc
    return parse_profile(raw, source=str(path))


# -- fields -------------------------------------------------------------------------------------------------


def find_field(candidates, available) -> str | None:
    """The first candidate present in ``available``: exact, then ignoring case, then as a CBS key with its
    numeric suffix (``Eenzaam`` finds ``Eenzaam_28``)."""
    available = list(available)
    lower = {a.lower(): a for a in available}
    for name in candidates:
        if name in available:
            return name
        if name.lower() in lower:
            return lower[name.lower()]
        pattern = re.compile(re.escape(name) + r"_\d+$", re.IGNORECASE)
        hits = [a for a in available if pattern.match(a)]
        if len(hits) == 1:
            return hits[0]
    return None


def resolve_measure(measure: Measure, available) -> dict | None:
    """The first option of ``measure`` whose fields are all present (None if none is)."""
    for option in measure.options:
        name = find_field(option["field"], available)
        den = find_field(option["denominator"], available) if option["denominator"] else None
        if name and (den or not option["denominator"]):
            return {"field": name, "denominator": den, "per": option["per"]}
    return None


def measure_values(frame: pd.DataFrame, measure: Measure, used: dict) -> pd.Series:
    """The measure's values: field, or field / denominator × per (NaN where the denominator is 0 or missing)."""
    values = pd.to_numeric(frame[used["field"]], errors="coerce").astype("float64")
    if used.get("denominator"):
        den = pd.to_numeric(frame[used["denominator"]], errors="coerce").astype("float64")
        values = values / den.where(den != 0) * used["per"]
    elif used.get("per", 1) != 1:
        values = values * used["per"]
    if measure.transform == "log":
        values = np.log(values.where(values > 0))
    return values.replace([np.inf, -np.inf], np.nan)


def needed_fields(measures, available) -> list:
    out = []
    for measure in measures:
        used = resolve_measure(measure, available)
        if used:
            out += [used["field"]] + ([used["denominator"]] if used.get("denominator") else [])
    return list(dict.fromkeys(out))


def side_name(side: str) -> str:
    """'facts' or 'perception' in the user's language, for messages and reports."""
    return translate("Wijkprofile", "facts") if side == "objective" else translate("Wijkprofile", "perception")


# -- scoring ------------------------------------------------------------------------------------------------


@dataclass
class ProfileResult:
    frame: pd.DataFrame  #: per input row: <domain>_obj, _subj, _combined, _gap and profile_*
    profile: Profile  #: with ``used`` set on the measures found
    measures: list  #: per measure: domain, side, key, label, field, found, areas_with_value, reference
    left_out: list  #: measures not found in the input: {"domain", "side", "measure", "reason"}
    messages: list  #: warnings for the log and the report
    reference: str
    counts: dict  #: per field: number of areas with a value


def _weighted_stats(values: np.ndarray, weights: np.ndarray | None) -> tuple[float, float, int]:
    ok = np.isfinite(values)
    if weights is not None:
        ok &= np.isfinite(weights) & (weights > 0)
    n = int(ok.sum())
    if n == 0:
        return np.nan, np.nan, 0
    v = values[ok]
    mean = float(np.average(v, weights=weights[ok])) if weights is not None else float(v.mean())
    return mean, robust_sd(v), n


def robust_sd(values: np.ndarray) -> float:
    """1.4826 × the median absolute deviation (the standard deviation for normal data, but not inflated by a few
    extreme areas such as a business park with a handful of inhabitants); the plain sd when the MAD is 0."""
    mad = float(np.median(np.abs(values - np.median(values)))) if len(values) else np.nan
    return 1.4826 * mad if mad > 0 else float(np.std(values)) if len(values) else np.nan


def _reference_stats(values: pd.Series, groups, ref_values: pd.Series, ref_weights, ref_groups):
    """(mean, sd) per input row: over the reference rows of the same group (or all when groups is None)."""
    mean = np.full(len(values), np.nan)
    sd = np.full(len(values), np.nan)
    rv = ref_values.to_numpy(dtype="float64")
    rw = None if ref_weights is None else ref_weights.to_numpy(dtype="float64")
    if groups is None:
        m, s, _ = _weighted_stats(rv, rw)
        mean[:], sd[:] = m, s
        return mean, sd, {None: (m, s)}
    stats = {}
    ref_groups = np.asarray(ref_groups, dtype=object)
    for g in pd.unique(np.asarray(groups, dtype=object)):
        if g is None:
            continue
        sel = ref_groups == g
        stats[g] = _weighted_stats(rv[sel], None if rw is None else rw[sel])[:2]
    for i, g in enumerate(groups):
        if g in stats:
            mean[i], sd[i] = stats[g]
    return mean, sd, stats


def _groups_of(frame: pd.DataFrame, group_field: str | None, code_field: str | None):
    if group_field and group_field in frame.columns:
        return [None if pd.isna(v) else str(v).strip() for v in frame[group_field]]
    if code_field and code_field in frame.columns:
        return [gemeentecode_of(str(v)) if v is not None and not pd.isna(v) else None for v in frame[code_field]]
    return None


def same_level_rows(reference: pd.DataFrame, code_field: str | None, input_codes) -> pd.DataFrame:
    """The rows of a reference table at the level of the input areas (buurten with buurten)."""
    if not code_field or code_field not in reference.columns:
        return reference
    levels = pd.Series([level_of_code(str(c)) for c in input_codes if c is not None]).value_counts()
    if levels.empty:
        return reference
    level = levels.index[0]
    keep = [level_of_code(str(c)) == level if c is not None and not pd.isna(c) else False
            for c in reference[code_field]]
    return reference.loc[keep]


def compute_profile(frame: pd.DataFrame, profile: Profile | None = None, reference: str = REFERENCE_MUNICIPALITY,
                    reference_frame: pd.DataFrame | None = None, population: str | None = None,
                    reference_population: str | None = None, group_field: str | None = None,
                    code_field: str | None = None, reference_code_field: str | None = None,
                    reference_group_field: str | None = None, language: str = "en") -> ProfileResult:
    """Score every area of ``frame`` on every domain of ``profile`` (see the module docstring).

    ``reference_frame``: the areas that define 100 (default: ``frame`` itself); with ``municipality``
    the reference areas of an area are those of its gemeente (``group_field``, else the gemeente part of
    ``code_field``). ``language`` is that of the messages' labels.
    """
    profile = copy.deepcopy(profile or load_profile())
    if reference not in (REFERENCE_MUNICIPALITY, REFERENCE_COUNTRY):
        raise ProfileError(translate("Wijkprofile", "Unknown reference {value!r}: use 'municipality' or 'country'.")
                           .format(value=reference))
    ref = frame if reference_frame is None else same_level_rows(
        reference_frame, reference_code_field, frame[code_field] if code_field in frame.columns else [])
    ref_code = code_field if reference_frame is None else reference_code_field
    groups = ref_groups = None
    if reference == REFERENCE_MUNICIPALITY:
        groups = _groups_of(frame, group_field, code_field)
        ref_groups = groups if reference_frame is None else _groups_of(
            ref, reference_group_field or group_field, ref_code)
        if groups is None or ref_groups is None:
            raise ProfileError(translate(
                "Wijkprofile", "The municipality as reference needs the gemeente of every area: a field such as "
                               "gemeentecode, or CBS area codes (statcode). Choose the field, or the country as "
                               "reference."))
    ref_weights = None
    ref_pop = reference_population or population
    if ref_pop and ref_pop in ref.columns:
        ref_weights = pd.to_numeric(ref[ref_pop], errors="coerce")

    out = pd.DataFrame(index=frame.index)
    measures_info, left_out, messages, counts = [], [], [], {}
    for dom in profile.domains:
        for side in SIDES:
            scores, wsum = np.zeros(len(frame)), np.zeros(len(frame))
            for measure in dom.side(side):
                used = resolve_measure(measure, frame.columns)
                ref_used = used if reference_frame is None else resolve_measure(measure, ref.columns)
                if used is None or ref_used is None:
                    where = translate("Wijkprofile", "the input") if used is None else \
                        translate("Wijkprofile", "the reference table")
                    left_out.append({"domain": dom.id, "side": side, "measure": measure.title(), "label": measure.label,
                                     "reason": translate("Wijkprofile", "not in {where}: {fields}").format(
                                         where=where, fields=" | ".join(o["field"][0] for o in measure.options))})
                    continue
                measure.used = used
                values = measure_values(frame, measure, used)
                ref_values = values if reference_frame is None else measure_values(ref, measure, ref_used)
                if values.notna().sum() == 0:
                    left_out.append({"domain": dom.id, "side": side, "measure": measure.title(), "label": measure.label,
                                     "reason": translate("Wijkprofile", "no area has a value")})
                    continue
                mean, sd, stats = _reference_stats(values, groups, ref_values, ref_weights, ref_groups)
                with np.errstate(invalid="ignore", divide="ignore"):
                    z = (values.to_numpy(dtype="float64") - mean) / np.where(sd > 0, sd, np.nan)
                z = z if measure.higher_is_better else -z
                clipped = int((np.abs(z) > MAX_Z).sum())
                score = 100.0 + profile.scale * np.clip(z, -MAX_Z, MAX_Z)
                ok = np.isfinite(score)
                scores[ok] += measure.weight * score[ok]
                wsum[ok] += measure.weight
                counts[used["field"]] = int(values.notna().sum())
                no_spread = sorted(str(g) for g, (m, s) in stats.items() if not (s > 0))
                if no_spread:
                    messages.append(translate(
                        "Wijkprofile", "{measure} ({domain}, {side}): no spread among the reference areas of {groups}; "
                                       "no score there.").format(measure=measure.title(language), domain=dom.id,
                                                                side=side_name(side),
                                                                groups=", ".join(no_spread[:10])))
                if clipped:
                    messages.append(translate(
                        "Wijkprofile", "{measure}: {n} area(s) lie more than {z} standard deviations from the "
                                       "reference and are scored at the limit ({low:g} or {high:g}).").format(
                        measure=measure.title(language), n=clipped, z=MAX_Z, low=100 - MAX_Z * profile.scale,
                        high=100 + MAX_Z * profile.scale))
                measures_info.append({"domain": dom.id, "side": side, "key": measure.key, "label": measure.label,
                                      "field": measure.describe(), "higher_is_better": measure.higher_is_better,
                                      "weight": measure.weight, "areas_with_value": int(values.notna().sum()),
                                      "areas_scored": int(ok.sum()),
                                      "reference_mean": float(np.nanmean(mean)) if np.isfinite(mean).any() else None,
                                      "reference_areas": int(ref_values.notna().sum())})
            with np.errstate(invalid="ignore", divide="ignore"):
                col = np.where(wsum > 0, scores / np.where(wsum > 0, wsum, 1), np.nan)
            out[f"{dom.id}_{'obj' if side == 'objective' else 'subj'}"] = col
        obj, subj = out[f"{dom.id}_obj"], out[f"{dom.id}_subj"]
        out[f"{dom.id}_combined"] = (obj + subj) / 2.0
        out[f"{dom.id}_gap"] = subj - obj
        if obj.isna().all() and subj.isna().all():
            messages.append(translate("Wijkprofile", "Domain {domain}: none of its measures is in the input; it has "
                                                     "no scores.").format(domain=dom.title(language)))
    for kind in ("obj", "subj", "combined"):
        cols = [f"{d.id}_{kind}" for d in profile.domains]
        out[f"profile_{kind}"] = out[cols].mean(axis=1, skipna=True)
    out["profile_gap"] = out["profile_subj"] - out["profile_obj"]
    if not measures_info:
        raise ProfileError(translate(
            "Wijkprofile", "None of the measures of the profile is in the input. Join the figures first "
                           "(Kerncijfers, crime, the GGD health monitor, the Leefbaarometer) or give a profile "
                           "definition with the field names of this layer."))
    for dom in profile.domains:
        if not any(m["domain"] == dom.id and m["side"] == "subjective" for m in measures_info) and dom.subjective:
            messages.append(translate("Wijkprofile", "Domain {domain}: no perception measure found, so no subjective "
                                                     "score and no gap.").format(domain=dom.title(language)))
    return ProfileResult(frame=out, profile=profile, measures=measures_info, left_out=left_out, messages=messages,
                         reference=reference, counts=counts)


def aggregate_scores(scores: pd.DataFrame, groups, weights=None) -> pd.DataFrame:
    """Scores of groups of areas (buurten to wijken): the mean over the areas that have a score, weighted by
    ``weights`` (population) when given; the gap recomputed from the aggregated sides."""
    frame = scores.copy()
    frame["_group"] = list(groups)
    frame["_w"] = 1.0 if weights is None else pd.to_numeric(pd.Series(list(weights), index=scores.index),
                                                            errors="coerce").fillna(0.0).to_numpy()
    out = {}
    for g, part in frame.groupby("_group", sort=True):
        row = {}
        for col in scores.columns:
            if col.endswith("_gap"):
                continue
            v = part[col].to_numpy(dtype="float64")
            w = part["_w"].to_numpy(dtype="float64")
            ok = np.isfinite(v) & (w > 0)
            row[col] = float(np.average(v[ok], weights=w[ok])) if ok.any() else np.nan
        out[g] = row
    agg = pd.DataFrame.from_dict(out, orient="index")
    for col in [c for c in scores.columns if c.endswith("_gap")]:
        base = col[:-4]
        agg[col] = agg[f"{base}_subj"] - agg[f"{base}_obj"]
    return agg[[c for c in scores.columns]]
