"""The Wijkmonitor indicator catalogue: themes, indicators and their sources, read from JSON.

The catalogue lives in ``resources/catalogue/wijkmonitor_catalogue.json``: one file a person
can read and extend. Indicators refer to *variables* (raw figures such as ``aantalInwoners``)
by id; a variable lists its field names per source (PDOK per service and year, CBS table + Title,
KWB spreadsheet short name, StatLine export column). This module only reads and
validates the file; :mod:`.indicators` computes and :mod:`.aggregate` aggregates.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..i18n import translate
from .errors import WijkmonitorError
from .tables import readable_name

DEFAULT_FILE = ("catalogue", "wijkmonitor_catalogue.json")
DIRECTIONS = ("worse", "better", "neutral")
METHODS = ("rate", "value", "raster", "external")
AGGREGATES = ("sum", "share", "weighted_mean", "none")
#: PDOK services whose field names a variable lists: OGC API Features (snake_case) and the WFS
PDOK_SERVICES = ("ogc", "wfs")
NO_SOURCE = "no open buurt-level source"
_ID_RE = re.compile(r"^[a-z][a-z0-9_]*$")


class CatalogueError(WijkmonitorError, ValueError):
    """The catalogue file is not valid; the message says where."""


@dataclass
class Variable:
    """A raw figure and the names it has in the different sources."""

    id: str
    label: dict
    unit: str
    aggregate: dict
    pdok: dict = field(default_factory=dict)  # {"ogc": {year: name}, "wfs": {year: name}}
    cbs: list = field(default_factory=list)
    kwb_short: str | None = None
    statline: str | None = None
    _names: list | None = field(default=None, repr=False, compare=False)  # field_names(), once

    def pdok_name(self, service: str, year: int) -> str | None:
        """The field name in ``service`` (``ogc``/``wfs``) in ``year``: the name listed for the latest
        year up to ``year`` (a name holds until the next year listed); None before the first."""
        names = self.pdok.get(service) or {}
        years = [int(y) for y in names if int(y) <= int(year)]
        return names[str(max(years))] if years else None

    def pdok_names(self) -> list[str]:
        """Every PDOK name of this variable: the newest of each service first (WFS, then OGC API), then older."""
        listed = [(int(year), order, name) for order, service in enumerate(("wfs", "ogc"))
                  for year, name in (self.pdok.get(service) or {}).items()]
        out = []
        for _year, _order, name in sorted(listed, key=lambda t: (-t[0], t[1])):
            if name not in out:
                out.append(name)
        return out

    def field_names(self) -> list[str]:
        """Every field name this variable can have in a layer or table (most recent first)."""
        if self._names is None:
            names = self.pdok_names()
            names += [n for n in (self.kwb_short, self.statline) if n]
            # a title with a "group" occurs more than once in its table (gas and electricity "Appartement"):
            # alone it names no field
            names += [n for s in self.cbs for n in [None if s.get("group") else s.get("title"), *s.get("fields", [])]
                      if n]
            names.append(self.id)
            # the names joinindicators gives these titles ('ses_woa_totaalscore', 'aantal_inwoners')
            names += [readable_name(n) for n in [self.statline] + [s.get("title") for s in self.cbs
                                                                    if not s.get("group")] if n]
            self._names = list(dict.fromkeys(names))
        return list(self._names)

    def label_for(self, lang: str = "en") -> str:
        return self.label.get(lang) or self.label.get("en") or self.id


@dataclass
class Indicator:
    id: str
    theme: str
    label: dict
    unit: str
    higher_is: str
    decimals: int
    definition: dict
    sources: list
    source_status: str | None = None

    def label_for(self, lang: str = "en") -> str:
        return self.label.get(lang) or self.label.get("en") or self.id

    @property
    def method(self) -> str:
        return self.definition["method"]

    def definition_text(self, lang: str = "en") -> str:
        text = self.definition.get("text") or {}
        return text.get(lang) or text.get("en") or ""

    @property
    def has_open_source(self) -> bool:
        return self.source_status != NO_SOURCE

    def variable_sets(self) -> list[dict]:
        """The ways to compute it, in order: dicts with ``numerator``/``denominator`` or ``value``."""
        d = self.definition
        if d["method"] == "rate":
            first = {"numerator": list(d["numerator"]), "denominator": list(d["denominator"])}
            return [first] + [dict(a) for a in d.get("alternatives", [])]
        if d["method"] == "value":
            return [{"value": d["variable"]}]
        return []

    def own_field_names(self) -> list[str]:
        """Field names that hold this indicator itself (published value, external column), besides its id."""
        names = []
        for src in self.sources:
            if src.get("role") in ("value", "published"):
                names += src.get("fields", [])
            elif src.get("kind") in ("cbs_table", "raster") and src.get("field"):
                names.append(src["field"])
        return names


@dataclass
class Theme:
    id: str
    label: dict
    indicators: list

    def label_for(self, lang: str = "en") -> str:
        return self.label.get(lang) or self.label.get("en") or self.id


class Catalogue:
    def __init__(self, themes: list[Theme], variables: dict[str, Variable], path: Path | None = None,
                 attribution: str = ""):
        self.themes = themes
        self.variables = variables
        self.path = path
        self.attribution = attribution
        self._by_id = {i.id: i for t in themes for i in t.indicators}

    def indicators(self) -> list[Indicator]:
        return [i for t in self.themes for i in t.indicators]

    def indicator(self, indicator_id: str) -> Indicator:
        try:
            return self._by_id[indicator_id]
        except KeyError:
            raise KeyError(
                translate("Catalogue", "Unknown indicator '{id}'. Known indicators: {known}.").format(
                    id=indicator_id, known=", ".join(sorted(self._by_id)))
            ) from None

    def theme(self, theme_id: str) -> Theme:
        for t in self.themes:
            if t.id == theme_id:
                return t
        raise KeyError(translate("Catalogue", "Unknown theme '{id}'. Known themes: {known}.").format(
            id=theme_id, known=", ".join(t.id for t in self.themes)))

    def variable(self, variable_id: str) -> Variable:
        return self.variables[variable_id]

    def find_by_field(self, field_name: str) -> Indicator | None:
        """The indicator whose id, or whose own published/external field, is ``field_name``.

        Inputs used only as numerator or denominator (``aantalInwoners``) do not match.
        Matching ignores case and surrounding spaces.
        """
        if field_name is None:
            return None
        key = str(field_name).strip().lower()
        for ind in self.indicators():
            if ind.id.lower() == key:
                return ind
        for ind in self.indicators():
            if key in (n.strip().lower() for n in ind.own_field_names()):
                return ind
        return None

    def find_variable(self, field_name: str) -> Variable | None:
        key = str(field_name).strip().lower()
        for var in self.variables.values():
            if key in (n.strip().lower() for n in var.field_names()):
                return var
        return None


def _require(cond, where: str, what: str):
    if not cond:
        raise CatalogueError(
            translate("Catalogue", "Catalogue error in {where}: {what}").format(where=where, what=what))


def _label(value, where):
    _require(isinstance(value, dict) and value.get("nl") and value.get("en"), where, "label needs 'nl' and 'en'")
    return {"nl": value["nl"], "en": value["en"]}


def _variable_sources(variables: dict[str, Variable], ref_sets: list[dict]) -> list[dict]:
    out = []
    for i, refs in enumerate(ref_sets):
        for role in ("value", "numerator", "denominator"):
            ids = refs.get(role)
            if ids is None:
                continue
            for vid in ([ids] if isinstance(ids, str) else ids):
                var = variables[vid]
                out.append({
                    "kind": "variable", "variable": vid,
                    "role": "published" if (role == "value" and i > 0) else role,
                    "alternative": i, "label": var.label, "unit": var.unit,
                    "pdok": {service: dict(names) for service, names in var.pdok.items()},
                    "cbs": list(var.cbs), "kwb_short": var.kwb_short, "statline": var.statline,
                    "fields": var.field_names(),
                })
    return out


def _pdok_names(spec, where: str) -> dict:
    """The ``pdok`` entry of a variable: ``{service: {year: field name}}``, checked."""
    spec = spec or {}
    _require(isinstance(spec, dict), where, "pdok must be an object of services")
    out = {}
    for service, names in spec.items():
        _require(service in PDOK_SERVICES, where, f"pdok service must be one of {PDOK_SERVICES}")
        _require(isinstance(names, dict) and names, where, f"pdok.{service} must map years to field names")
        for year, name in names.items():
            _require(re.fullmatch(r"(19|20)\d\d", str(year)) is not None, where, f"pdok.{service}: '{year}' is no year")
            _require(isinstance(name, str) and name.strip() != "", where, f"pdok.{service}.{year} needs a field name")
        out[service] = {str(y): n for y, n in names.items()}
    return out


def parse_catalogue(data: dict, path: Path | None = None) -> Catalogue:
    """Validate the JSON structure and build the :class:`Catalogue`."""
    _require(isinstance(data, dict), "root", "expected an object with 'variables' and 'themes'")
    variables: dict[str, Variable] = {}
    for vid, spec in (data.get("variables") or {}).items():
        where = f"variables.{vid}"
        _require(_ID_RE.match(vid), where, "ids are snake_case")
        agg = spec.get("aggregate") or {}
        _require(agg.get("method") in AGGREGATES, where, f"aggregate.method must be one of {AGGREGATES}")
        variables[vid] = Variable(id=vid, label=_label(spec.get("label"), where), unit=spec.get("unit", ""),
                                  aggregate=dict(agg), pdok=_pdok_names(spec.get("pdok"), where),
                                  cbs=list(spec.get("cbs") or []),
                                  kwb_short=spec.get("kwb_short"), statline=spec.get("statline"))
    for var in variables.values():
        for key in ("base", "weight"):
            ref = var.aggregate.get(key)
            _require(ref is None or ref in variables, f"variables.{var.id}.aggregate", f"unknown variable '{ref}'")

    themes = []
    seen = set()
    _require(isinstance(data.get("themes"), list) and data["themes"], "themes", "expected a non-empty list")
    for t in data["themes"]:
        tid = t.get("id", "")
        _require(_ID_RE.match(tid), f"themes.{tid}", "theme ids are snake_case")
        indicators = []
        for spec in t.get("indicators") or []:
            iid = spec.get("id", "")
            where = f"themes.{tid}.{iid}"
            _require(_ID_RE.match(iid), where, "indicator ids are snake_case (they are the output field names)")
            _require(iid not in seen, where, "duplicate indicator id")
            seen.add(iid)
            _require(spec.get("higher_is") in DIRECTIONS, where, f"higher_is must be one of {DIRECTIONS}")
            definition = dict(spec.get("definition") or {})
            _require(definition.get("method") in METHODS, where, f"definition.method must be one of {METHODS}")
            decimals = spec.get("decimals", 1)
            _require(isinstance(decimals, int) and 0 <= decimals <= 6, where, "decimals must be 0..6")
            ind = Indicator(id=iid, theme=tid, label=_label(spec.get("label"), where), unit=spec.get("unit", ""),
                            higher_is=spec["higher_is"], decimals=decimals, definition=definition, sources=[],
                            source_status=spec.get("source_status"))
            sets = ind.variable_sets()
            for refs in sets:
                for role in ("numerator", "denominator", "value"):
                    ids = refs.get(role)
                    for vid in ([ids] if isinstance(ids, str) else (ids or [])):
                        _require(vid in variables, where, f"unknown variable '{vid}'")
                _require(("value" in refs) or (refs.get("numerator") and refs.get("denominator")), where,
                         "a rate needs a numerator and a denominator")
            if definition["method"] == "rate":
                _require(isinstance(definition.get("factor", 1), (int, float)), where, "factor must be a number")
            if definition["method"] == "raster":
                _require(definition.get("statistic") in ("mean", "share_above"), where,
                         "raster statistic must be 'mean' or 'share_above'")
            ind.sources = _variable_sources(variables, sets) + [dict(s) for s in spec.get("sources") or []]
            if definition["method"] in ("raster", "external"):
                _require(ind.sources or ind.source_status, where,
                         "external and raster indicators need 'sources' or a 'source_status'")
            indicators.append(ind)
        themes.append(Theme(id=tid, label=_label(t.get("label"), f"themes.{tid}"), indicators=indicators))
    return Catalogue(themes, variables, path=path, attribution=data.get("attribution", ""))


def default_path() -> Path:
    from ..paths import resource

    return resource(*DEFAULT_FILE)


_CACHE: dict = {}


def load_catalogue(path=None) -> Catalogue:
    """Read and validate the catalogue (the bundled one when ``path`` is None)."""
    path = Path(path) if path else default_path()
    try:
        stamp = path.stat().st_mtime_ns
    except OSError:
        raise CatalogueError(translate("Catalogue", "The catalogue file {path} does not exist.").format(path=path)) \
            from None
    cached = _CACHE.get(str(path))
    if cached and cached[0] == stamp:
        return cached[1]
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise CatalogueError(translate("Catalogue", "The catalogue file {path} is not valid JSON: {error}").format(
            path=path, error=exc)) from None
    catalogue = parse_catalogue(data, path)
    _CACHE[str(path)] = (stamp, catalogue)
    return catalogue
