"""The Dutch municipalities (gemeenten) of every map year, by CBS code and name, and reading the user's choice.

Lists ship per year as ``resources/municipalities/gemeenten_<year>.json`` (codes and names of
that year's CBS Wijk- en Buurtkaart ``gemeenten`` layer, Bron: CBS, CC BY 4.0);
``changes.json`` says which municipalities disappeared between two lists and which ones took
their area over (``scripts/make_municipality_lists.py`` derives both from the real layers).
Lists of other years come from PDOK when online and are kept in the download cache; the
caller passes them in as ``extra_lists``.

Names match without regard to case, accents, apostrophe style, spaces or a province suffix
("'s-Hertogenbosch", "s-hertogenbosch", "Sudwest-Fryslan", "Hengelo" for "Hengelo (O.)"), and
by common aliases ("Den Haag", "Den Bosch"); codes may be given as ``GM0796``, ``0796`` or
``796``. A municipality asked for in a year after it merged gives its successor (and says so);
one asked for in a year before it existed gives the municipalities it was formed from.
"""

from __future__ import annotations

import difflib
import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from ..i18n import translate
from ..paths import resource
from . import regions
from .errors import WijkmonitorError

FOLDER = "municipalities"
_CODE_ITEM = re.compile(r"(?i)(gm)?\s*\d{1,4}")
_SUFFIX = re.compile(r"\s*\([^)]*\)\s*$")


class MunicipalityError(WijkmonitorError, ValueError):
    """An item that is no municipality of the year (or is ambiguous); the message says what to give."""


# -- text ------------------------------------------------------------------------------------

def search_key(text: str) -> str:
    """Lower case, accents and punctuation removed: ``'s-Hertogenbosch`` → ``shertogenbosch``."""
    text = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^0-9a-z]", "", text.casefold())


def base_name(name: str) -> str:
    """The name without a province suffix: ``Hengelo (O.)`` → ``Hengelo``."""
    return _SUFFIX.sub("", str(name)).strip()


def split_items(text: str) -> list[str]:
    """The items of a municipality parameter: separated by commas, semicolons or new lines."""
    return [p.strip() for p in re.split(r"[,;\n]", str(text or "")) if p.strip()]


def matches(query: str, code: str, name: str, aliases=()) -> bool:
    """Does a search text match a municipality (by name part, code or alias)?"""
    key = search_key(query)
    if not key:
        return True
    return (key in search_key(name) or key in code.lower() or key in code[2:].lstrip("0")
            or any(key in search_key(a) for a in aliases))


# -- the shipped data --------------------------------------------------------------------------

def parse_list(data: dict) -> tuple[int, tuple]:
    """(year, ((code, name), …)) of a list file's JSON."""
    rows = tuple((regions.normalise_code(code, "gemeenten"), str(name)) for code, name in data["municipalities"])
    return int(data["year"]), rows


@lru_cache(maxsize=1)
def shipped_lists() -> dict:
    """``{year: ((code, name), …)}`` of the lists that ship with the plugin."""
    out = {}
    for path in sorted(resource(FOLDER).glob("gemeenten_*.json")):
        year, rows = parse_list(json.loads(path.read_text(encoding="utf-8")))
        out[year] = rows
    return out


@lru_cache(maxsize=1)
def shipped_changes() -> tuple:
    data = json.loads(resource(FOLDER, "changes.json").read_text(encoding="utf-8"))
    return tuple(data["changes"])


@lru_cache(maxsize=1)
def aliases() -> dict:
    """``{alias: code}`` of names in common use (``Den Haag`` → GM0518)."""
    data = json.loads(resource(FOLDER, "aliases.json").read_text(encoding="utf-8"))
    return dict(data["aliases"])


def newest_list_year(extra_lists=None) -> int:
    return max([*shipped_lists(), *(extra_lists or {})])


# -- a year's register ---------------------------------------------------------------------------

@dataclass
class Change:
    """A municipality that is gone from the lists after ``last_year``: its successors and when."""

    code: str
    name: str
    last_year: int
    gone_by: int
    successors: list  # [(code, name, share)]
    since: int | None = None

    def exact_since(self) -> int | None:
        """The first year without it, when the lists (or a documented date) pin it down."""
        return self.since or (self.gone_by if self.gone_by == self.last_year + 1 else None)


@dataclass
class Register:
    """The municipalities of one map year and how to find them, with the lists of all years at hand."""

    year: int
    list_year: int
    rows: tuple
    lists: dict
    changes: list
    by_code: dict = field(init=False)

    def __post_init__(self):
        self.rows = tuple(sorted(self.rows, key=lambda r: search_key(r[1])))
        self.by_code = dict(self.rows)
        self._by_year = {year: dict(rows) for year, rows in self.lists.items()}
        self._index = None

    @property
    def exact(self) -> bool:
        """True when the list is that of the year itself."""
        return self.list_year == self.year

    def aliases_of(self, code: str) -> list[str]:
        """Other names ``code`` is known by: aliases, its name without suffix, its names in other years."""
        out = [a for a, c in aliases().items() if c == code]
        name = self.by_code.get(code, "")
        if base_name(name) != name:
            out.append(base_name(name))
        for names in self._by_year.values():
            other = names.get(code)
            if other and other != name and other not in out:
                out.append(other)
        return out

    # -- lookups
    def _names_index(self) -> dict:
        """search key → codes of this year's municipalities (names, aliases, other years' names)."""
        if self._index is None:
            self._index = {}
            for code, name in self.rows:
                for text in [name, *self.aliases_of(code)]:
                    hits = self._index.setdefault(search_key(text), [])
                    if code not in hits:
                        hits.append(code)
        return self._index

    def _former_codes(self, key: str) -> list[str]:
        """Codes of municipalities of other years whose name (or alias) has search key ``key``."""
        codes = [c for a, c in aliases().items() if search_key(a) == key]
        for year in sorted(self._by_year, reverse=True):
            for code, name in self._by_year[year].items():
                if key in (search_key(name), search_key(base_name(name))) and code not in codes:
                    codes.append(code)
        return codes

    def _change_of(self, code: str) -> Change | None:
        return next((c for c in self.changes if c.code == code and c.gone_by <= self.year), None)

    def _predecessors(self, code: str) -> list[Change]:
        return [c for c in self.changes if any(s[0] == code for s in c.successors) and c.gone_by > self.year]

    def name_of(self, code: str) -> str | None:
        if code in self.by_code:
            return self.by_code[code]
        for year in sorted(self._by_year, reverse=True):
            name = self._by_year[year].get(code)
            if name:
                return name
        return None

    def lookup(self, item: str) -> tuple[list, list]:
        """``([(code, name), …], notes)`` for one item (a code or a name); MunicipalityError when unknown."""
        text = str(item).strip()
        if _CODE_ITEM.fullmatch(text):
            return self._by_codes([regions.normalise_code(text, "gemeenten")], text)
        key = search_key(text)
        hits = self._names_index().get(key, [])
        if len(hits) == 1:
            code = hits[0]
            name = self.by_code[code]
            notes = [] if search_key(name) == key else [translate(
                "Municipalities", "'{item}' is {name} ({code}).").format(item=text, name=name, code=code)]
            return [(code, name)], notes
        if len(hits) > 1:
            raise MunicipalityError(translate(
                "Municipalities", "'{item}' is more than one municipality in {year}: {names}. Give the CBS code.")
                .format(item=text, year=self.year, names=", ".join(f"{self.by_code[c]} ({c})" for c in hits)))
        former = self._former_codes(key)
        if former:
            return self._by_codes(former, text)
        close = difflib.get_close_matches(key, list(self._names_index()), n=3, cutoff=0.6)
        suggestions = [self.by_code[self._names_index()[c][0]] for c in close]
        raise MunicipalityError(translate(
            "Municipalities", "Unknown municipality '{item}'. Give a CBS code such as GM0363 or a name as CBS writes "
                              "it{hint}.").format(item=text, hint=(" " + translate(
                                  "Municipalities", "(did you mean {names}?)").format(
                                      names=", ".join(suggestions))) if suggestions else ""))

    def _by_codes(self, codes: list, text: str) -> tuple[list, list]:
        out, notes = [], []
        for code in codes:
            if code in self.by_code:
                out.append((code, self.by_code[code]))
                continue
            change = self._change_of(code)
            if change is not None and change.successors:
                out += [(c, self.by_code.get(c, n)) for c, n, _share in change.successors]
                notes.append(self._merged_note(change))
                continue
            before = self._predecessors(code)
            if before:
                out += [(c.code, c.name) for c in before]
                notes.append(translate(
                    "Municipalities", "{name} ({code}) does not exist yet in {year}: it was formed from {names}; "
                                      "using those.").format(name=self.name_of(code) or text, code=code,
                                                             year=self.year,
                                                             names=", ".join(f"{c.name} ({c.code})" for c in before)))
                continue
            name = self.name_of(code)
            out.append((code, name))
            if name is None and self.exact:
                notes.append(translate("Municipalities", "{code} is not in the list of gemeenten {year}; it is "
                                                         "asked for as it is.").format(code=code, year=self.year))
        deduped = []
        for hit in out:
            if hit not in deduped:
                deduped.append(hit)
        return deduped, notes

    def _merged_note(self, change: Change) -> str:
        if len(change.successors) == 1:
            code, name, _share = change.successors[0]
            since = change.exact_since()
            if since:
                return translate("Municipalities", "{name} is part of {successor} since {since} ({code} → {scode}); "
                                                   "using {successor}.").format(
                    name=change.name, successor=name, since=since, code=change.code, scode=code)
            return translate("Municipalities", "{name} is part of {successor} since {since} at the latest (it is in "
                                               "the list of {last}; {code} → {scode}); using {successor}.").format(
                name=change.name, successor=name, since=change.gone_by, last=change.last_year, code=change.code,
                scode=code)
        parts = ", ".join(f"{n} ({c}, {round(share * 100)}%)" for c, n, share in change.successors)
        return translate("Municipalities", "{name} ({code}) was divided among {parts} by {since}; using all of "
                                           "them.").format(name=change.name, code=change.code, parts=parts,
                                                           since=change.gone_by)


def _changes(lists: dict) -> list[Change]:
    """The shipped changes, with ``last_year``/``gone_by`` narrowed by any further lists at hand."""
    out = []
    for raw in shipped_changes():
        last = max([raw["last_year"], *[y for y, rows in lists.items() if raw["code"] in dict(rows)]])
        absent = [y for y in lists if y > last and raw["code"] not in dict(lists[y])]
        if raw["gone_by"] > last:
            absent.append(raw["gone_by"])
        gone_by = min(absent) if absent else last + 1
        out.append(Change(raw["code"], raw["name"], last, gone_by,
                          [(s["code"], s["name"], float(s["share"])) for s in raw["successors"]], raw.get("since")))
    return out


def register(year: int | None = None, extra_lists: dict | None = None) -> Register:
    """The register of ``year`` (the newest list when None): its own list, else the nearest one at hand."""
    lists = {**shipped_lists(), **{int(y): tuple(r) for y, r in (extra_lists or {}).items()}}
    year = int(year) if year is not None else max(lists)
    if year in lists:
        list_year = year
    else:
        earlier = [y for y in lists if y < year]
        list_year = max(earlier) if earlier else min(lists)
    return Register(year, list_year, lists[list_year], lists, _changes(lists))


def municipalities(year: int | None = None, extra_lists: dict | None = None) -> tuple:
    """``((code, name), …)`` of ``year`` (the newest list when None), sorted by name."""
    return register(year, extra_lists).rows


def resolve(items, known=None, year: int | None = None, extra_lists: dict | None = None,
            notes: list | None = None) -> list[tuple[str, str | None]]:
    """``[(gemeentecode, name or None), …]`` for codes or names of ``year``; MunicipalityError for unknown names.

    Merged municipalities give their successor, not yet formed ones their predecessors; what was
    mapped is appended to ``notes`` (for the log). A well-formed code of no list is kept with name
    None; an empty selection means the whole country (``[]``). ``known`` replaces the list.
    """
    reg = register(year, extra_lists)
    if known is not None:
        reg = Register(reg.year, reg.year, tuple(known), {reg.year: tuple(known)}, [])
    if notes is not None and not reg.exact and items:
        notes.append(translate("Municipalities", "There is no list of gemeenten {year} at hand; names are looked up "
                                                 "in the list of {list_year}.").format(year=reg.year,
                                                                                       list_year=reg.list_year))
    out = []
    for item in items if not isinstance(items, str) else split_items(items):
        hits, item_notes = reg.lookup(item)
        if notes is not None:
            notes.extend(n for n in item_notes if n not in notes)
        out.extend(h for h in hits if h not in out)
    return out
