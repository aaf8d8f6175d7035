"""Index definitions: the JSON file that says which domains, indicators, weights and methods an index uses.

Loading validates the structure and names the bad entry in every message; :func:`resolve`
matches the definition against the fields of an actual layer (candidate names, optional
domains and indicators) and reports what was left out. The format is documented in the
README, section "Achterstandsmonitor (deprivation index)".
"""

from __future__ import annotations

import copy
import dataclasses
import json
from dataclasses import dataclass
from pathlib import Path

from ..i18n import translate
from ..paths import resource
from .errors import WijkmonitorError

METHODS = ("rate", "factor_analysis", "weighted", "subdomains")
SUB_METHODS = ("rate", "factor_analysis", "weighted")
COMBINES = ("exponential", "mean_z")
#: A weight sum within this distance of 1 is used as given (England's weights sum to 0.999).
WEIGHT_TOLERANCE = 0.01
PRESET = ("definitions", "achterstandsmonitor_nl.json")


class DefinitionError(WijkmonitorError, ValueError):
    """A definition file or entry that cannot be used; the message names the entry."""


@dataclass
class Indicator:
    key: str  #: "<domain>.<n>" or "<domain>.<subdomain>.<n>": stable within a definition
    fields: list  #: candidate field names, the first present is used
    higher_is_worse: bool = True
    weight: float | None = None
    denominator: list = dataclasses.field(default_factory=list)  #: candidate names of one field …
    denominator_sum: list = dataclasses.field(default_factory=list)  #: … or fields added up (each: candidates)
    per: float = 1.0
    base: list = dataclasses.field(default_factory=list)  #: count the rate is measured on (shrinkage)
    optional: bool = False
    label: dict = dataclasses.field(default_factory=dict)
    field: str | None = None  #: resolved field name
    denominator_field: str | None = None
    denominator_fields: list = dataclasses.field(default_factory=list)
    base_field: str | None = None

    def needed_fields(self) -> list:
        out = [self.field, self.denominator_field, *self.denominator_fields, self.base_field]
        return [f for f in out if f]

    def describe(self) -> str:
        text = self.field or " | ".join(self.fields)
        den = self.denominator_field or " + ".join(self.denominator_fields)
        if den:
            text = f"{text} / ({den})" + (f" × {self.per:g}" if self.per != 1 else "")
        return text


@dataclass
class Domain:
    id: str
    weight: float
    method: str
    label: dict = dataclasses.field(default_factory=dict)
    indicators: list = dataclasses.field(default_factory=list)
    subdomains: list = dataclasses.field(default_factory=list)
    optional: bool = False
    note: dict = dataclasses.field(default_factory=dict)

    def all_indicators(self) -> list:
        if self.method == "subdomains":
            return [i for s in self.subdomains for i in s.indicators]
        return list(self.indicators)

    def title(self, language: str = "en") -> str:
        return self.label.get(language) or self.label.get("en") or self.label.get("nl") or self.id


@dataclass
class Definition:
    name: str
    domains: list
    combine: str = "exponential"
    min_domains: int | None = None
    description: str | dict = ""  #: a text, or one per language ({"nl": …, "en": …})
    source: str = ""
    raw: dict = dataclasses.field(default_factory=dict)

    def domain_ids(self) -> list:
        return [d.id for d in self.domains]

    def weight_sum(self) -> float:
        return float(sum(d.weight for d in self.domains))


def _err(where: str, text: str) -> DefinitionError:
    return DefinitionError(translate("Definition", "Definition entry {where}: {problem}").format(where=where,
                                                                                              problem=text))


def _names(value, where: str, what: str) -> list:
    if value is None:
        return []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v.strip() for v in value):
        raise _err(where, translate("Definition", "'{what}' must be a field name or a list of field names.")
                   .format(what=what))
    return [v.strip() for v in value]


def _number(value, where: str, what: str, positive: bool = False) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise _err(where, translate("Definition", "'{what}' must be a number, not {value!r}.")
                   .format(what=what, value=value))
    if value != value or (positive and value <= 0) or value < 0:
        raise _err(where, translate("Definition", "'{what}' must be a positive number, not {value!r}.")
                   .format(what=what, value=value))
    return float(value)


def _label(value, fallback: str) -> dict:
    if isinstance(value, str):
        return {"en": value, "nl": value}
    if isinstance(value, dict):
        return {str(k): str(v) for k, v in value.items()}
    return {"en": fallback}


def _parse_indicator(raw, key: str, where: str, method: str) -> Indicator:
    if not isinstance(raw, dict):
        raise _err(where, translate("Definition", "an indicator must be an object with at least 'field'."))
    if "field" not in raw:
        raise _err(where, translate("Definition", "the indicator has no 'field'."))
    higher = raw.get("higher_is", "worse")
    if higher not in ("worse", "better"):
        raise _err(where, translate("Definition", "'higher_is' must be 'worse' or 'better', not {value!r}.")
                   .format(value=higher))
    ind = Indicator(key=key, fields=_names(raw["field"], where, "field"), higher_is_worse=higher == "worse",
                    optional=bool(raw.get("optional", False)), label=_label(raw.get("label"), key))
    den = raw.get("denominator")
    if isinstance(den, dict):
        if set(den) != {"sum"}:
            raise _err(where, translate("Definition", "'denominator' must be a field name, a list of candidate "
                                                      "names, or {\"sum\": [fields]}."))
        if not isinstance(den["sum"], list) or len(den["sum"]) < 1:
            raise _err(where, translate("Definition", "'denominator.sum' must be a list of fields."))
        ind.denominator_sum = [_names(item, where, "denominator.sum") for item in den["sum"]]
    else:
        ind.denominator = _names(den, where, "denominator")
    if "per" in raw:
        ind.per = _number(raw["per"], where, "per", positive=True)
    ind.base = _names(raw.get("base"), where, "base")
    if method == "weighted":
        if "weight" not in raw:
            raise _err(where, translate("Definition", "every indicator of a 'weighted' domain needs a 'weight'."))
        ind.weight = _number(raw["weight"], where, "weight")
    elif "weight" in raw:
        ind.weight = _number(raw["weight"], where, "weight")
    return ind


def _parse_part(raw, where: str, methods, key_prefix: str, seen: set, is_domain: bool) -> Domain:
    if not isinstance(raw, dict):
        raise _err(where, translate("Definition", "must be an object with 'id', 'weight' and 'method'."))
    ident = raw.get("id")
    if not isinstance(ident, str) or not ident.strip() or not ident.replace("_", "").isalnum() or \
            not ident[0].isalpha() or ident != ident.lower():
        raise _err(where, translate("Definition", "'id' must be a lowercase name of letters, digits and "
                                                  "underscores (it becomes a field name), not {value!r}.")
                   .format(value=ident))
    where = f"{where} ('{ident}')"
    if ident in seen:
        raise _err(where, translate("Definition", "the id '{id}' is used twice; every id must be unique.")
                   .format(id=ident))
    if is_domain and ident == "index":
        raise _err(where, translate("Definition", "'index' is reserved for the combined index."))
    seen.add(ident)
    if "weight" not in raw:
        raise _err(where, translate("Definition", "'weight' is missing."))
    weight = _number(raw["weight"], where, "weight")
    method = raw.get("method")
    if method not in methods:
        raise _err(where, translate("Definition", "'method' must be one of {methods}, not {value!r}.")
                   .format(methods=", ".join(methods), value=method))
    dom = Domain(id=ident, weight=weight, method=method, label=_label(raw.get("label"), ident),
                 optional=bool(raw.get("optional", False)), note=_label(raw.get("note"), ""))
    prefix = f"{key_prefix}{ident}"
    if method == "subdomains":
        subs = raw.get("subdomains")
        if not isinstance(subs, list) or len(subs) < 2:
            raise _err(where, translate("Definition", "a 'subdomains' domain needs a list of at least two "
                                                      "subdomains."))
        sub_seen: set = set()
        dom.subdomains = [_parse_part(s, f"{where}.subdomains[{i}]", SUB_METHODS, prefix + ".", sub_seen, False)
                          for i, s in enumerate(subs)]
    else:
        inds = raw.get("indicators")
        if not isinstance(inds, list) or not inds:
            raise _err(where, translate("Definition", "'indicators' must be a non-empty list."))
        dom.indicators = [_parse_indicator(r, f"{prefix}.{i}", f"{where}.indicators[{i}]", method)
                          for i, r in enumerate(inds)]
        if method == "rate" and len(dom.indicators) != 1:
            raise _err(where, translate("Definition", "a 'rate' domain has exactly one indicator; use "
                                                      "'weighted' or 'factor_analysis' for more."))
        if method == "factor_analysis" and len(dom.indicators) < 2:
            raise _err(where, translate("Definition", "'factor_analysis' needs at least two indicators."))
    return dom


def parse_definition(raw, source: str = "") -> Definition:
    """A validated :class:`Definition` from a parsed JSON object."""
    if not isinstance(raw, dict):
        raise DefinitionError(translate("Definition", "A definition must be a JSON object with 'name' and 'domains'."))
    combine = raw.get("combine", "exponential")
    if combine not in COMBINES:
        raise _err("combine", translate("Definition", "must be one of {methods}, not {value!r}.")
                   .format(methods=", ".join(COMBINES), value=combine))
    domains = raw.get("domains")
    if not isinstance(domains, list) or not domains:
        raise _err("domains", translate("Definition", "must be a non-empty list of domains."))
    seen: set = set()
    parsed = [_parse_part(d, f"domains[{i}]", METHODS, "", seen, True) for i, d in enumerate(domains)]
    min_domains = raw.get("min_domains")
    if min_domains is not None and (isinstance(min_domains, bool) or not isinstance(min_domains, int)
                                    or min_domains < 1):
        raise _err("min_domains", translate("Definition", "must be a whole number of at least 1."))
    return Definition(name=str(raw.get("name", "")) or "index", domains=parsed, combine=combine,
                      min_domains=min_domains, description=_description(raw.get("description", "")), source=source,
                      raw=copy.deepcopy(raw))


def _description(value) -> str | dict:
    """A definition's description: one text, or a text per language."""
    if isinstance(value, dict):
        return {str(k): str(v) for k, v in value.items()}
    return str(value or "")


def load_definition(path=None) -> Definition:
    """Read and validate a definition file; ``None`` or ``""`` gives the built-in Dutch preset."""
    path = Path(path) if path else resource(*PRESET)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise DefinitionError(translate("Definition", "Cannot read the definition file {path}: {error}")
                              .format(path=path, error=exc)) from exc
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        raise DefinitionError(translate("Definition", "The definition file {path} is not valid JSON: {error}")
                              .format(path=path, error=exc)) from exc
    return parse_definition(raw, source=str(path))


def as_definition(value) -> Definition:
    """A :class:`Definition` from a Definition, a parsed JSON dict, a path or ``None`` (preset)."""
    if isinstance(value, Definition):
        return value
    if isinstance(value, dict):
        return parse_definition(value)
    return load_definition(value)


@dataclass
class Resolution:
    definition: Definition  #: a copy with resolved field names, without the left-out domains/indicators
    left_out_domains: list  #: [{"id", "reason"}]
    left_out_indicators: list  #: [{"domain", "indicator", "reason"}]


def _first_present(candidates: list, available: set):
    for name in candidates:
        if name in available:
            return name
    return None


def resolve(definition: Definition, available) -> Resolution:
    """Match candidate field names against ``available`` fields.

    A domain marked ``optional`` whose fields are absent is left out; an optional indicator
    likewise. Any other absent field is an error naming the field, the entry and what exists.
    """
    available = set(available)
    definition = copy.deepcopy(definition)
    left_domains, left_inds = [], []
    kept = []

    def missing_of(ind: Indicator) -> list:
        miss = []
        ind.field = _first_present(ind.fields, available)
        if ind.field is None:
            miss.append(" | ".join(ind.fields))
        if ind.denominator:
            ind.denominator_field = _first_present(ind.denominator, available)
            if ind.denominator_field is None:
                miss.append(" | ".join(ind.denominator))
        if ind.denominator_sum:
            found = [_first_present(c, available) for c in ind.denominator_sum]
            ind.denominator_fields = [f for f in found if f]
            miss.extend(" | ".join(c) for c, f in zip(ind.denominator_sum, found) if f is None)
        ind.base_field = _first_present(ind.base, available) if ind.base else None
        return miss

    def resolve_part(part: Domain, where: str) -> list:
        """Resolve the indicators of a domain or subdomain in place; returns the required missing names."""
        required_missing, kept_inds = [], []
        for ind in part.indicators:
            miss = missing_of(ind)
            if not miss:
                kept_inds.append(ind)
            elif ind.optional:
                left_inds.append({"domain": where, "indicator": ind.key, "reason": translate(
                    "Definition", "field(s) not in the input: {fields}").format(fields=", ".join(miss))})
            else:
                required_missing.extend(miss)
        part.indicators = kept_inds
        if not kept_inds and not required_missing:
            required_missing.append(translate("Definition", "(no indicator present)"))
        return required_missing

    for dom in definition.domains:
        if dom.method == "subdomains":
            missing = []
            for sub in dom.subdomains:
                missing += resolve_part(sub, f"{dom.id}.{sub.id}")
        else:
            missing = resolve_part(dom, dom.id)
        if dom.method == "factor_analysis" and not missing and len(dom.indicators) < 2:
            missing.append(translate("Definition", "(fewer than two indicators present)"))
        for sub in dom.subdomains:
            if sub.method == "factor_analysis" and not missing and len(sub.indicators) < 2:
                missing.append(translate("Definition", "(fewer than two indicators present)"))
        if not missing:
            kept.append(dom)
        elif dom.optional:
            left_domains.append({"id": dom.id, "reason": translate(
                "Definition", "field(s) not in the input: {fields}").format(fields=", ".join(missing))})
        else:
            raise DefinitionError(translate(
                "Definition", "Domain '{domain}': the field(s) {fields} do not exist in the input. Check the "
                "spelling in the definition or join the data first. Available fields: {available}.")
                .format(domain=dom.id, fields=", ".join(missing), available=", ".join(sorted(available))))
    if not kept:
        raise DefinitionError(translate(
            "Definition", "None of the domains of '{name}' can be computed: their fields are not in the input ({why})."
        ).format(name=definition.name, why="; ".join(f"{d['id']}: {d['reason']}" for d in left_domains)))
    definition.domains = kept
    dropped = {d["id"] for d in left_domains}
    left_inds = [x for x in left_inds if x["domain"].split(".")[0] not in dropped]  # said with their domain
    return Resolution(definition=definition, left_out_domains=left_domains, left_out_indicators=left_inds)
