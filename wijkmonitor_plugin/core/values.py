"""Attribute values as the analysis reads them: CBS codes, counts and numbers written as text.

Every algorithm reads attribute values through this module, whatever the source: layers
(GeoPackage, shapefile, PostGIS, memory layers) through
:func:`wijkmonitor_plugin.qgis_adapters.frames.source_to_frame`, tables (CSV, StatLine
exports, spreadsheets) through :func:`.tables.type_columns`. It

- turns the codes CBS writes in geo files for missing and secret figures (−99995, −99997,
  −99998, −99999999, …) into NULL (:func:`sentinel_mask`);
- turns a negative count (population −5) into NULL: a count cannot be negative
  (:func:`count_columns` says which columns are counts);
- reads numbers written as text (:func:`parse_numbers`), deciding per column from all its
  values whether ``.`` or ``,`` is the decimal separator;
- records all of it in a :class:`ValueReport`, so nothing is changed silently.

A value that is none of these is never changed.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from ..i18n import translate

#: No real figure of the Kerncijfers comes near this; CBS codes lie below it.
SENTINEL_LIMIT = -99990
#: A CBS code is a negative whole number written as nines and one last digit: −9999x
#: (−99995 missing, −99997 secret, −99998) or −9999999x (−99999999 in 2022 and older files).
_NINES = re.compile(r"^9{4,}\d$")

#: Cell texts that mean "no value": StatLine '.', '..', 'x', '-', and common spreadsheet spellings.
MISSING_TOKENS = {"", ".", "..", "...", "x", "-", "–", "?", "na", "n/a", "nan", "null", "none", "#n/a", "#value!",
                  "nvt", "n.v.t.", "geheim", "<na>"}

_NUMBER_RE = re.compile(r"^[+-]?(\d+|\d{1,3}([.,\s]\d{3})+)?([.,]\d+)?(e[+-]?\d+)?$", re.IGNORECASE)

#: Words in a field name that make a figure a rate, a mean or a change rather than a count.
_NOT_A_COUNT = {"per", "relatief", "gemiddeld", "gemiddelde", "percentage", "perc", "procent", "dichtheid",
                "afstand", "groei", "saldo", "verschil", "mutatie", "toename", "afname", "index", "score"}


# ------------------------------------------------------------------------------------------- codes and counts

def sentinel_mask(values) -> np.ndarray:
    """True where a value is a CBS code for a missing or secret figure (NaN and text are False)."""
    v = pd.to_numeric(pd.Series(values, copy=False), errors="coerce").to_numpy(dtype="float64")
    with np.errstate(invalid="ignore"):
        candidate = (v <= SENTINEL_LIMIT) & (v == np.floor(v))
    if not candidate.any():
        return candidate
    codes = {u for u in np.unique(v[candidate]) if _NINES.match(str(int(-u)))}
    return candidate & np.isin(v, list(codes))


def _words(name: str) -> list[str]:
    """'aantalPersonenMetEenWwUitkering' / 'aantal_inwoners' / 'Aantal inwoners' → lower-case words."""
    spaced = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", str(name))
    return [w for w in re.split(r"[^A-Za-z0-9]+", spaced.lower()) if w]


def is_count_name(name) -> bool:
    """A field named as a count: ``aantal…`` (PDOK, CBS titles) or a KWB short name ``a_…``,
    unless a word makes it a rate, mean or change (``aantalWmoClientenPer1000Inwoners``)."""
    words = _words(name)
    if not words:
        return False
    if words[0] == "aantal" or (words[0] == "a" and len(words) > 1 and str(name).lower().startswith("a_")):
        return not (set(words) & _NOT_A_COUNT)
    return False


_COUNT_CACHE: dict = {}


def _catalogue_counts(catalogue) -> tuple[set, set]:
    """Lower-case field names of the catalogue's counts (aggregated by summing) and of its other variables."""
    key = id(catalogue)
    if key not in _COUNT_CACHE:
        counts, others = set(), set()
        for var in catalogue.variables.values():
            names = {n.strip().lower() for n in var.field_names()}
            (counts if var.aggregate.get("method") == "sum" else others).update(names)
        _COUNT_CACHE.clear()
        _COUNT_CACHE[key] = (catalogue, counts, others - counts)
    return _COUNT_CACHE[key][1:]


def count_columns(columns, catalogue=None) -> set:
    """The columns that hold counts, which can never be negative.

    The catalogue decides first: a variable aggregated by summing (unit ``aantal``, or an
    area in ha) is a count, any other variable is not. Names the catalogue does not know
    are counts when they are named as one (:func:`is_count_name`).
    """
    if catalogue is None:
        from .catalogue import CatalogueError, load_catalogue

        try:
            catalogue = load_catalogue()
        except CatalogueError:
            catalogue = None
    counts, others = _catalogue_counts(catalogue) if catalogue is not None else (set(), set())
    out = set()
    for col in columns:
        low = str(col).strip().lower()
        if low in counts or (low not in others and is_count_name(col)):
            out.add(col)
    return out


# ------------------------------------------------------------------------------------------- the report

@dataclass
class ColumnIssues:
    """What reading one column changed, with counts and examples."""

    sentinels: Counter = field(default_factory=Counter)  # CBS code -> cells
    negatives: int = 0  # negative counts made NULL
    negative_examples: list = field(default_factory=list)
    non_numbers: Counter = field(default_factory=Counter)  # text that is no number -> cells
    missing_marks: Counter = field(default_factory=Counter)  # '.', 'x', 'n.v.t.' … -> cells
    mixed_styles: bool = False  # decimal commas and decimal points in one column
    thousands: str | None = None  # an ambiguous figure read with its separator as thousands separator
    from_text: bool = False  # the column was text and is read as numbers

    @property
    def nulled(self) -> int:
        return sum(self.sentinels.values()) + self.negatives + sum(self.non_numbers.values()) \
            + sum(self.missing_marks.values())

    def __bool__(self) -> bool:
        return bool(self.nulled or self.mixed_styles or self.thousands)

    def merge(self, other: ColumnIssues) -> None:
        self.sentinels.update(other.sentinels)
        self.negatives += other.negatives
        self.negative_examples = (self.negative_examples + other.negative_examples)[:5]
        self.non_numbers.update(other.non_numbers)
        self.missing_marks.update(other.missing_marks)
        self.mixed_styles |= other.mixed_styles
        self.thousands = self.thousands or other.thousands
        self.from_text |= other.from_text

    def descriptions(self) -> list[str]:
        """One sentence per kind of change (without the field name)."""
        out = []
        if self.sentinels:
            out.append(translate("Values", "{n} CBS codes for missing or secret figures became NULL ({codes})")
                       .format(n=sum(self.sentinels.values()), codes=_counted(self.sentinels, _number_text)))
        if self.negatives:
            out.append(translate("Values", "{n} negative counts became NULL, as a count cannot be negative "
                                           "(e.g. {examples})").format(
                n=self.negatives, examples=", ".join(_number_text(v) for v in self.negative_examples)))
        if self.non_numbers:
            out.append(translate("Values", "{n} cells are not numbers and became NULL: {examples}").format(
                n=sum(self.non_numbers.values()), examples=_counted(self.non_numbers, _quoted)))
        if self.missing_marks:
            out.append(translate("Values", "{n} cells hold a symbol for a missing value and are NULL: {examples}")
                       .format(n=sum(self.missing_marks.values()), examples=_counted(self.missing_marks, _quoted)))
        if self.mixed_styles:
            out.append(translate("Values", "decimal commas and decimal points are mixed; every figure is read as "
                                           "written"))
        if self.thousands:
            out.append(translate("Values", "'{example}' and the like are read with a thousands separator (no figure "
                                           "in the column shows a decimal separator)").format(example=self.thousands))
        return out


def _number_text(value) -> str:
    value = float(value)
    return str(int(value)) if value.is_integer() else f"{value:g}"


def _quoted(text) -> str:
    return f"'{text}'"


def _counted(counter: Counter, show, limit: int = 5) -> str:
    items = counter.most_common()
    text = ", ".join(f"{show(k)} ×{n}" for k, n in items[:limit])
    more = len(items) - limit
    return text + (translate("Values", " and {n} more").format(n=more) if more > 0 else "")


@dataclass
class ValueReport:
    """Per column, what reading the values changed. Empty when nothing was changed."""

    columns: dict = field(default_factory=dict)  # column -> ColumnIssues

    def add(self, column, issues: ColumnIssues) -> None:
        if not issues:
            return
        if column in self.columns:
            self.columns[column].merge(issues)
        else:
            self.columns[column] = issues

    def merge(self, other: ValueReport) -> None:
        for column, issues in other.columns.items():
            self.add(column, issues)

    def __bool__(self) -> bool:
        return bool(self.columns)

    def rows(self) -> list[tuple[str, str]]:
        """(column, what was changed) per column, for report tables."""
        return [(str(c), "; ".join(i.descriptions())) for c, i in self.columns.items()]

    def lines(self) -> list[str]:
        """One log line per column: '<field>: <what was changed>'."""
        return [f"{column}: {text}" for column, text in self.rows()]

    def non_numbers(self) -> dict:
        """Column -> the texts that are no numbers (with their cell counts), for the join report."""
        return {c: dict(i.non_numbers) for c, i in self.columns.items() if i.non_numbers}


# ------------------------------------------------------------------------------------------- numbers as text

def is_missing_text(value) -> bool:
    if value is None or value is pd.NA:
        return True
    if isinstance(value, float) and np.isnan(value):
        return True
    return str(value).strip().lower() in MISSING_TOKENS


def _evidence(text: str) -> str | None:
    """What one number text says about the decimal separator: 'comma', 'point', 'ambiguous.' ('1.234'),
    'ambiguous,' ('1,234') or None (no separator)."""
    mantissa = re.split(r"[eE]", text.lstrip("+-"))[0]
    exponent = len(mantissa) < len(text.lstrip("+-"))
    comma, point = "," in mantissa, "." in mantissa
    if comma and point:  # the last separator is the decimal one: '1.234,5' / '1,234.5'
        return "comma" if mantissa.rfind(",") > mantissa.rfind(".") else "point"
    if not (comma or point):
        return None
    sep = "," if comma else "."
    parts = mantissa.split(sep)
    if len(parts) > 2:  # '1.234.567': a repeated separator groups thousands
        return "point" if sep == "," else "comma"
    head, tail = parts
    if exponent or len(tail) != 3 or head in ("", "0") or head.startswith("0") or len(head) > 3:
        return "comma" if sep == "," else "point"  # '0.892', '12.5', '1234.567': a decimal separator
    return "ambiguous" + sep


def decide_decimal_style(texts) -> tuple[str, bool, str | None]:
    """The decimal separator of a column from ALL its number texts: (style, mixed, ambiguous example).

    A figure that can only be read one way decides (``0.892``, ``12.5``, ``39,1``, ``1.234,5``).
    When only ambiguous figures are present (``1.234``: a thousand, or one point two three four),
    plain whole numbers of four or more digits (CBS codes such as ``-99997`` aside) show that the
    column writes no thousands separators, so the separator is decimal; otherwise it is read as a
    thousands separator.
    """
    kinds = Counter(_evidence(t) for t in texts)
    comma, point = kinds["comma"], kinds["point"]
    if comma or point:
        return ("comma" if comma > point else "point"), bool(comma and point), None
    amb_point, amb_comma = kinds["ambiguous."], kinds["ambiguous,"]
    if not (amb_point or amb_comma):
        return "point", False, None
    example = next(t for t in texts if _evidence(t) in ("ambiguous.", "ambiguous,"))
    if any(_evidence(t) is None and len(t.lstrip("+-")) >= 4 and not _is_code_text(t) for t in texts):
        return ("point" if amb_point >= amb_comma else "comma"), False, None
    return ("comma" if amb_point >= amb_comma else "point"), False, example


def _is_code_text(text: str) -> bool:
    """'-99997' and the like: a CBS code says nothing about how the column writes its figures."""
    return text.startswith("-") and bool(_NINES.match(text[1:]))


def _to_float(text: str, style: str) -> float:
    if style == "comma":
        text = text.replace(".", "").replace(",", ".")
    else:
        text = text.replace(",", "")
    return float(text)


@dataclass
class NumericParse:
    values: pd.Series
    numeric: bool
    bad_values: list = field(default_factory=list)  # texts that are not numbers in a numeric column
    style: str = "point"
    issues: ColumnIssues = field(default_factory=ColumnIssues)


def _compact(value) -> str | None:
    """A cell as a compact number text (no spaces, no trailing '*' of provisional figures), None if missing."""
    if is_missing_text(value):
        return None
    text = str(value).strip().rstrip("*").strip()
    return re.sub(r"[\s\u00a0]", "", text) or None


def _blank(value) -> bool:
    """Empty cells (StatLine: "cannot occur") and NULLs, which are not reported as symbols."""
    if value is None or value is pd.NA:
        return True
    if isinstance(value, float) and np.isnan(value):
        return True
    return not str(value).strip()


def _is_number_text(text: str | None) -> bool:
    return text is not None and bool(_NUMBER_RE.match(text)) and any(c.isdigit() for c in text)


def parse_numbers(series: pd.Series, min_share: float = 0.5) -> NumericParse:
    """Type a column as numbers if at least ``min_share`` of its non-missing cells are numbers.

    Handles StatLine right-aligned numbers ("    20.8"), '.' and blanks for missing values,
    decimal commas ("39,3"), thousands separators and a trailing '*' (provisional figures).
    The decimal separator is decided from all values of the column
    (:func:`decide_decimal_style`). Cells that are text in a numeric column become NaN and are
    counted in ``issues`` (symbols for missing values apart from other text). With
    ``min_share=0`` the column is always read as numbers.
    """
    if pd.api.types.is_bool_dtype(series):
        return NumericParse(series.astype("float64"), True)
    if pd.api.types.is_numeric_dtype(series):
        return NumericParse(pd.to_numeric(series, errors="coerce").astype("float64"), True)
    codes, uniques = pd.factorize(series.to_numpy(dtype=object))  # NULL/NaN -> -1
    uniques = list(uniques)
    texts = [_compact(u) for u in uniques]
    cells = np.bincount(codes[codes >= 0], minlength=len(uniques)) if len(uniques) else np.zeros(0, dtype=int)
    number = np.array([_is_number_text(t) for t in texts], dtype=bool)
    present = np.array([t is not None for t in texts], dtype=bool)
    n_present, n_numbers = int(cells[present].sum()), int(cells[number].sum())
    if n_present == 0:
        return NumericParse(pd.Series(np.nan, index=series.index, dtype="float64"), True)
    if min_share > 0:
        if n_numbers == 0 or n_numbers < min_share * n_present:
            return NumericParse(series, False)
        # codes with leading zeros (postcodes, '0363') are identifiers, not numbers
        zero_led = sum(int(cells[i]) for i, t in enumerate(texts) if number[i] and re.fullmatch(r"0\d+", t))
        if zero_led > 0.5 * n_numbers:
            return NumericParse(series, False)
    number_texts = [t for i, t in enumerate(texts) if number[i]]
    style, mixed, thousands = decide_decimal_style(number_texts)
    table = np.full(len(uniques) + 1, np.nan)  # the last slot serves code -1 (NULL)
    issues = ColumnIssues(mixed_styles=mixed, thousands=thousands)
    for i, (raw, text) in enumerate(zip(uniques, texts)):
        if number[i]:
            own = _evidence(text)
            table[i] = _to_float(text, own if mixed and own in ("comma", "point") else style)
        elif text is not None:
            issues.non_numbers[str(raw).strip()] += int(cells[i])
        elif not _blank(raw):
            issues.missing_marks[str(raw).strip()] += int(cells[i])
    values = pd.Series(table[np.where(codes >= 0, codes, len(uniques))], index=series.index, dtype="float64")
    return NumericParse(values, True, sorted(issues.non_numbers), style, issues)


# ------------------------------------------------------------------------------------------- cleaning

def clean_numbers(values: pd.Series, count: bool = False) -> tuple[pd.Series, ColumnIssues]:
    """CBS codes (and, for a count, negative values) in a numeric column become NaN.

    Returns the column as float64 (the same object when nothing changed and it already was)
    and what was changed. Every other value is returned as it was.
    """
    issues = ColumnIssues()
    if pd.api.types.is_bool_dtype(values):
        return values, issues
    numbers = pd.to_numeric(values, errors="coerce")
    array = numbers.to_numpy(dtype="float64", na_value=np.nan) if pd.api.types.is_extension_array_dtype(numbers) \
        else numbers.to_numpy(dtype="float64")
    codes = sentinel_mask(array)
    negative = np.zeros(len(array), dtype=bool)
    if count:
        with np.errstate(invalid="ignore"):
            negative = (array < 0) & ~codes
    if not codes.any() and not negative.any():
        if pd.api.types.is_float_dtype(values) and not pd.api.types.is_extension_array_dtype(values):
            return values, issues
        return pd.Series(array, index=values.index, name=values.name), issues
    issues.sentinels.update(int(v) for v in array[codes])
    if negative.any():
        issues.negatives = int(negative.sum())
        issues.negative_examples = [float(v) for v in pd.unique(array[negative])[:5]]
    array = array.copy()
    array[codes | negative] = np.nan
    return pd.Series(array, index=values.index, name=values.name), issues


def clean_frame(frame: pd.DataFrame, counts=(), numbers=(), report: ValueReport | None = None) -> pd.DataFrame:
    """The frame with CBS codes NULL in every numeric column, negative counts NULL in ``counts``, and the
    text columns named in ``numbers`` read as numbers (every non-number NULL). The input is not changed;
    what was changed goes into ``report``."""
    counts, numbers = set(counts), set(numbers)
    changed = {}
    for col in frame.columns:
        series = frame[col]
        issues = ColumnIssues()
        if not pd.api.types.is_numeric_dtype(series) and col in numbers:
            parsed = parse_numbers(series, min_share=0.0)
            issues = parsed.issues
            issues.from_text = True
            series = parsed.values
        if pd.api.types.is_numeric_dtype(series) and not pd.api.types.is_bool_dtype(series):
            cleaned, more = clean_numbers(series, count=col in counts)
            issues.merge(more)
            if cleaned is not frame[col]:
                changed[col] = cleaned
        if report is not None:
            report.add(col, issues)
    if not changed:
        return frame
    out = frame.copy()
    for col, series in changed.items():
        out[col] = series.to_numpy()
    return out
