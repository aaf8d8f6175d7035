"""CBS tables with dimensions besides the region: choose one value per dimension, one row per region (no Qt).

A table such as the GGD health monitor (``Perioden`` × ``Leeftijd`` × ``Marges``) or the
police crime figures (``SoortMisdrijf`` × ``Perioden``) has one ``TypedDataSet`` row per
region *and* combination of dimension values. Wijkmonitor needs exactly one row per
region, so every dimension gets chosen values:

- given by the user (``DIMENSIONS`` text: ``Leeftijd=20300;Perioden=2020JJ00,2022JJ00``;
  dimension and values by key or title, case-insensitive, trimmed; ``*`` = all values);
- else the documented default: the time dimension its newest period, ``Marges`` the
  value itself (``MW00000``, never a bound of the margin), any other dimension its total
  category (``Totaal …``, or the age group that contains all others, ``18 jaar of ouder``),
  or else a refusal that lists the choices.

Several chosen values of a dimension become separate fields, suffixed by the value
(``GoedErvarenGezondheid_2020``; a non-period value by its key, ``_1_1_1``). CBS pads
dimension keys (``'0.0.0 '``): filters use the key exactly as CBS sends it, matching
compares it stripped.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

import pandas as pd

from ..i18n import translate
from .cbs_odata import norm_text, odata_literal
from .errors import WijkmonitorError

MARGIN_DIMENSION = "marges"
#: the Marges category that holds the figure itself (the others are the bounds of its interval)
MARGIN_VALUE_KEY = "MW00000"
MARGIN_VALUE_TITLE = "waarde"
ALL = "*"
#: CBS period keys: year + kind + number (``2024JJ00``, ``2024KW02``, ``2024MM11``)
_PERIOD = re.compile(r"^(\d{4})([A-Z]{2}|[A-Z]\d|\d{2})(\d{2})$")
_PERIOD_MONTHS = {"JJ": 12, "KW": 3, "MM": 1}
_AGE_OR_OLDER = re.compile(r"^(\d+) jaar (?:of|en) ouder$")
_AGE_RANGE = re.compile(r"^(\d+) tot (?:en met )?(\d+) jaar$")
_AGE_YOUNGER = re.compile(r"^jonger dan (\d+) jaar$")
_LISTED = 30


class CbsDimensionError(WijkmonitorError, ValueError):
    """A dimension or value that the table does not have, or no default for a dimension."""


@dataclass(frozen=True)
class Category:
    """One value of a dimension. ``key`` is kept exactly as CBS sends it (padding and all)."""

    key: str
    title: str
    status: str = ""

    @property
    def code(self) -> str:
        return self.key.strip()

    @property
    def label(self) -> str:
        return f"{self.code} ({self.title})" if self.title and self.title != self.code else self.code


@dataclass
class Dimension:
    key: str
    title: str
    kind: str = "Dimension"  # 'TimeDimension' for the periods
    categories: list = field(default_factory=list)

    @property
    def is_time(self) -> bool:
        return self.kind == "TimeDimension" or self.key.casefold() == "perioden"

    @property
    def is_margin(self) -> bool:
        return MARGIN_DIMENSION in (self.key.casefold(), norm_text(self.title))


#: how a dimension's values were chosen
GIVEN, NEWEST, VALUE, TOTAL, EVERY = "given", "newest", "value", "total", "all"


@dataclass
class Choice:
    dimension: Dimension
    categories: list
    how: str

    @property
    def several(self) -> bool:
        return len(self.categories) > 1


@dataclass
class FieldSpec:
    """One output field: a topic for one combination of dimension values."""

    name: str
    topic: object  # cbs_odata.Topic
    combination: tuple = ()  # ((Dimension, Category), ...)

    @property
    def alias(self) -> str:
        if not self.combination:
            return self.topic.title
        return "{title} ({values})".format(title=self.topic.title, values="; ".join(
            f"{dim.title}: {cat.title or cat.code}" for dim, cat in self.combination))

    @property
    def holds(self) -> str:
        """The dimension values the field holds, for the log (``Perioden 2020 (2020JJ00), …``)."""
        return ", ".join(f"{dim.title} {cat.title or cat.code} ({cat.code})" for dim, cat in self.combination)


def categories_from_rows(rows: list) -> list:
    """Categories from an OData v3 dimension entity set (``Key``, ``Title``, ``Status``) or v4 ``<Dim>Codes``."""
    out = []
    for row in rows:
        key = row.get("Key", row.get("Identifier"))
        if key is None:
            continue
        out.append(Category(key=str(key), title=str(row.get("Title") or "").strip(),
                            status=str(row.get("Status") or "").strip()))
    return out


# -- the DIMENSIONS text ------------------------------------------------------------------------
def parse_dimension_text(text: str) -> list[tuple[str, str]]:
    """Pairs ``(dimension, values)`` from ``'Leeftijd=20300; Perioden=2020JJ00,2022JJ00'``.

    Parts are separated by ';' or new lines; each is ``dimension=values``.
    """
    out = []
    for part in re.split(r"[;\n]", str(text or "")):
        part = part.strip()
        if not part:
            continue
        name, sep, values = part.partition("=")
        if not sep or not name.strip() or not values.strip():
            raise CbsDimensionError(translate(
                "CbsDimensions", "'{part}' is not a dimension choice: write dimension=value, for example "
                                 "Perioden=2022JJ00 or Leeftijd=18 jaar of ouder; separate dimensions by ';' "
                                 "and values by ','.").format(part=part))
        out.append((name.strip(), values.strip()))
    return out


def _listing(dimension: Dimension) -> str:
    cats = dimension.categories
    shown = "; ".join(c.label for c in cats[:_LISTED])
    if len(cats) > _LISTED:
        shown += " " + translate("CbsDimensions", "… and {n} more (last: {last})").format(
            n=len(cats) - _LISTED, last=cats[-1].label)
    return shown


def _find_dimension(dimensions: list, name: str, table_id: str) -> Dimension:
    target = norm_text(name)
    for dim in dimensions:
        if target in (norm_text(dim.key), norm_text(dim.title)):
            return dim
    raise CbsDimensionError(translate(
        "CbsDimensions", "Table {table} has no dimension '{name}'. Its dimensions are: {names}. (Regions are "
                         "chosen with the municipalities and levels.)").format(
        table=table_id, name=name, names="; ".join(
            f"{d.key} ({d.title})" if d.title and d.title != d.key else d.key for d in dimensions) or "-"))


def _match_one(dimension: Dimension, text: str) -> Category | None:
    target = norm_text(text)
    if not target:
        return None
    for attribute in ("code", "title"):
        for cat in dimension.categories:
            if norm_text(getattr(cat, attribute)) == target:
                return cat
    return None


def match_values(dimension: Dimension, text: str, table_id: str = "") -> list:
    """The categories named in ``text`` (keys or titles separated by ','; a title may itself contain commas)."""
    if text.strip() == ALL:
        return list(dimension.categories)
    parts = text.split(",")
    out, i = [], 0
    while i < len(parts):
        hit, end = None, i
        for j in range(len(parts), i, -1):  # the longest run of parts that names a category
            hit = _match_one(dimension, ",".join(parts[i:j]))
            if hit is not None:
                end = j
                break
        if hit is None:
            raise CbsDimensionError(translate(
                "CbsDimensions", "Dimension {dim} of table {table} has no value '{value}'. Choose from: {choices}.")
                .format(dim=dimension.key, table=table_id, value=parts[i].strip(), choices=_listing(dimension)))
        if hit not in out:
            out.append(hit)
        i = end
    return out


# -- defaults ---------------------------------------------------------------------------------------
def period_order(key: str) -> tuple:
    """Sort key of a CBS period: by end (year, month), a whole year before its last month or quarter."""
    match = _PERIOD.match(key.strip())
    if not match:
        return (-1, 0, 0)
    year, kind, number = int(match.group(1)), match.group(2), int(match.group(3))
    span = _PERIOD_MONTHS.get(kind)
    if span is None:
        return (year, 0, 0)
    end = 12 if kind == "JJ" else number * span
    return (year, end, span)


def period_year(key: str) -> int | None:
    match = _PERIOD.match(str(key).strip())
    return int(match.group(1)) if match else None


def newest_period(dimension: Dimension) -> Category:
    if not dimension.categories:
        raise CbsDimensionError(translate("CbsDimensions", "Dimension {dim} lists no periods.").format(
            dim=dimension.key))
    return max(dimension.categories, key=lambda c: (period_order(c.key), dimension.categories.index(c)))


def _age_interval(title: str):
    text = norm_text(title)
    for pattern, make in ((_AGE_OR_OLDER, lambda m: (int(m.group(1)), float("inf"))),
                          (_AGE_RANGE, lambda m: (int(m.group(1)), int(m.group(2)))),
                          (_AGE_YOUNGER, lambda m: (0, int(m.group(1))))):
        match = pattern.match(text)
        if match:
            return make(match)
    return None


def total_category(dimension: Dimension) -> Category | None:
    """The category that counts everything: a 'Totaal …' title, or the age group containing all others."""
    cats = dimension.categories
    totals = [c for c in cats if norm_text(c.title).startswith(("totaal", "alle "))]
    if len(totals) > 1:
        totals = [c for c in totals if norm_text(c.title) == "totaal"] or totals
    if len(totals) == 1:
        return totals[0]
    intervals = [_age_interval(c.title) for c in cats]
    if len(cats) > 1 and all(intervals):
        covering = [c for c, (lo, hi) in zip(cats, intervals)
                    if all(lo <= other_lo and other_hi <= hi for other_lo, other_hi in intervals)]
        if len(covering) == 1:
            return covering[0]
    return None


def default_choice(dimension: Dimension, table_id: str = "") -> Choice:
    if dimension.is_time:
        return Choice(dimension, [newest_period(dimension)], NEWEST)
    if dimension.is_margin:
        value = next((c for c in dimension.categories if c.code.upper() == MARGIN_VALUE_KEY), None) or next(
            (c for c in dimension.categories if norm_text(c.title) == MARGIN_VALUE_TITLE), None)
        if value is None:
            raise CbsDimensionError(translate(
                "CbsDimensions", "Dimension {dim} of table {table} has no value 'Waarde' (MW00000); choose one "
                                 "in Dimensions, for example {dim}={example}. Choices: {choices}.").format(
                dim=dimension.key, table=table_id, example=dimension.categories[0].code if dimension.categories
                else "…", choices=_listing(dimension)))
        return Choice(dimension, [value], VALUE)
    total = total_category(dimension)
    if total is None:
        raise CbsDimensionError(translate(
            "CbsDimensions", "Dimension {dim} ({title}) of table {table} has no total category, so Wijkmonitor "
                             "cannot choose for you. Give the values in Dimensions, for example {dim}={example}. "
                             "Choices: {choices}.").format(
            dim=dimension.key, title=dimension.title, table=table_id,
            example=dimension.categories[0].code if dimension.categories else "…", choices=_listing(dimension)))
    return Choice(dimension, [total], TOTAL)


def resolve_choices(dimensions: list, text: str = "", table_id: str = "") -> list:
    """One :class:`Choice` per dimension, in the table's order: the user's values, else the default."""
    given: dict = {}
    for name, values in parse_dimension_text(text):
        dim = _find_dimension(dimensions, name, table_id)
        if dim.key in given:
            raise CbsDimensionError(translate(
                "CbsDimensions", "Dimension {dim} is given twice; write all its values once, separated by ','.")
                .format(dim=dim.key))
        given[dim.key] = Choice(dim, match_values(dim, values, table_id), EVERY if values.strip() == ALL else GIVEN)
    return [given.get(dim.key) or default_choice(dim, table_id) for dim in dimensions]


def describe_choice(choice: Choice) -> str:
    """A log line: which values a dimension has in the output, and why."""
    values = ", ".join(c.label for c in choice.categories[:_LISTED])
    if len(choice.categories) > _LISTED:
        values += " " + translate("CbsDimensions", "… ({n} values)").format(n=len(choice.categories))
    why = {
        GIVEN: translate("CbsDimensions", "as given"),
        EVERY: translate("CbsDimensions", "all values"),
        NEWEST: translate("CbsDimensions", "the newest period (default)"),
        VALUE: translate("CbsDimensions", "the value itself, not a bound of its margin (default)"),
        TOTAL: translate("CbsDimensions", "the total category (default)"),
    }[choice.how]
    provisional = [c.code for c in choice.categories if norm_text(c.status) == "voorlopig"]
    text = f"{choice.dimension.key}: {values} — {why}"
    if provisional:
        text += " " + translate("CbsDimensions", "(provisional figures: {periods})").format(
            periods=", ".join(provisional))
    return text


# -- filters and fields -------------------------------------------------------------------------------
def dimension_filter(choices: list) -> str:
    """``(Perioden eq '2020JJ00' or Perioden eq '2022JJ00') and (Leeftijd eq '20300')`` (keys as CBS pads them).

    Dimensions with all their values chosen need no clause.
    """
    clauses = []
    for choice in choices:
        if len(choice.categories) == len(choice.dimension.categories):
            continue
        clauses.append("(" + " or ".join(f"{choice.dimension.key} eq {odata_literal(c.key)}"
                                         for c in choice.categories) + ")")
    return " and ".join(clauses)


def _suffix(dimension: Dimension, category: Category) -> str:
    code = category.code
    if dimension.is_time:
        match = _PERIOD.match(code)
        if match and match.group(2) == "JJ":
            return match.group(1)
    return re.sub(r"_+", "_", re.sub(r"[^0-9A-Za-z]", "_", code)).strip("_") or "x"


def field_specs(topics: list, choices: list, reserved=()) -> list:
    """The output fields: per topic one per combination of the chosen values.

    A field's name is suffixed by the values of the dimensions that have several chosen values.
    """
    combos = list(itertools.product(*[[(c.dimension, cat) for cat in c.categories] for c in choices]))
    several = {c.dimension.key for c in choices if c.several}
    specs, taken = [], {r.lower() for r in reserved}
    for topic in topics:
        for combo in combos:
            parts = [_suffix(dim, cat) for dim, cat in combo if dim.key in several]
            name = "_".join([topic.name, *parts])
            if name.lower() in taken:
                raise CbsDimensionError(translate(
                    "CbsDimensions", "Two output fields would both be called {name}; choose fewer dimension values "
                                     "or variables.").format(name=name))
            taken.add(name.lower())
            specs.append(FieldSpec(name=name, topic=topic, combination=tuple(combo)))
    return specs


def one_row_per_region(frame: pd.DataFrame, key_columns: list, choices: list, specs: list) -> pd.DataFrame:
    """Spread the rows (one per region and combination) into one row per region with a column per field spec.

    ``frame`` has the key columns, a column per dimension (stripped keys) and a column per topic name.
    A region without a row for a combination gets NULL there. Raises when CBS answered one combination
    twice for a region: that would mix rows.
    """
    columns = list(key_columns) + [s.name for s in specs]
    if frame.empty:
        return pd.DataFrame(columns=columns)
    regions = frame.drop_duplicates("statcode")[list(key_columns)].set_index("statcode", drop=False)
    dims = [c.dimension.key for c in choices]
    codes = {d: frame[d].astype(str).str.strip() for d in dims}
    by_combination: dict = {}
    for spec in specs:
        by_combination.setdefault(tuple((dim.key, cat.code) for dim, cat in spec.combination), []).append(spec)
    values = {}
    for combination, group in by_combination.items():
        mask = pd.Series(True, index=frame.index)
        for dim, code in combination:
            mask &= codes[dim] == code
        part = frame[mask]
        if part["statcode"].duplicated().any():
            raise CbsDimensionError(_duplicate_message(part["statcode"]))
        part = part.set_index("statcode")
        for spec in group:
            column = part[spec.topic.name].reindex(regions.index)
            if spec.topic.kind != "string":
                column = pd.to_numeric(column, errors="coerce").astype("float64")
            values[spec.name] = column
    return pd.concat([regions, pd.DataFrame(values, index=regions.index)], axis=1).reset_index(drop=True)[columns]


def _duplicate_message(codes: pd.Series) -> str:
    dup = sorted(set(codes[codes.duplicated()]))
    return translate("CbsDimensions", "CBS answered more than one row for {n} region(s) ({codes}) for the same "
                                      "dimension values; the table has a dimension Wijkmonitor does not know. "
                                      "Report the table id.").format(n=len(dup), codes=", ".join(dup[:5]))
