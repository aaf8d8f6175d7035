"""Tables as users bring them: clean column names, text that holds numbers, key columns, names.

Everything here works on pandas frames of raw values (mostly text), whatever the source:
a StatLine export (:mod:`.statline`), a CSV, a spreadsheet or a database table read by QGIS.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from . import regions

#: Cell texts that mean "no value": StatLine '.', '..', 'x', '-', empty, and common spreadsheet spellings.
MISSING_TOKENS = {"", ".", "..", "...", "x", "-", "–", "?", "na", "n/a", "nan", "null", "none", "#n/a", "#value!",
                  "nvt", "n.v.t.", "geheim"}

_NUMBER_RE = re.compile(r"^[+-]?(\d+|\d{1,3}([.,\s]\d{3})+)?([.,]\d+)?(e[+-]?\d+)?$", re.IGNORECASE)
_COMMA_DECIMAL_RE = re.compile(r"^[+-]?\d*,\d+$")
_DUTCH_THOUSANDS_RE = re.compile(r"^[+-]?[1-9]\d{0,2}(\.\d{3})+(,\d+)?$")
_ENGLISH_THOUSANDS_RE = re.compile(r"^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$")

#: Column names that hold region codes / names, most specific first (lower case).
CODE_COLUMN_NAMES = ("statcode", "regiocode", "buurtcode", "wijkcode", "gemeentecode", "bu_code", "wk_code",
                     "gm_code", "gwb_code", "gwb_code_10", "wijkenenbuurten", "codering", "codering_3", "code",
                     "regio_code", "jrstatcode", "jaarstatcode")
NAME_COLUMN_NAMES = ("statnaam", "buurtnaam", "wijknaam", "gemeentenaam", "regionaam", "regio", "naam", "name",
                     "bu_naam", "wk_naam", "gm_naam", "gebied", "gebiedsnaam", "wijken en buurten")


def clean_column_name(name) -> str:
    """Strip BOM, quotes, surrounding and repeated spaces from a header; empty → 'column'."""
    text = "" if name is None else str(name)
    text = text.replace("\ufeff", "").strip()
    while len(text) >= 2 and text[0] == text[-1] and text[0] in "\"'":  # quotes around the whole name
        text = text[1:-1].strip()
    text = re.sub(r"\s+", " ", text)
    return text or "column"


def unique_names(names) -> list[str]:
    """Clean names made unique with _2, _3 ... (case-insensitive, as GeoPackage and PostGIS compare)."""
    out, seen = [], set()
    for raw in names:
        name = clean_column_name(raw)
        candidate, n = name, 2
        while candidate.lower() in seen:
            candidate = f"{name}_{n}"
            n += 1
        seen.add(candidate.lower())
        out.append(candidate)
    return out


def is_missing_text(value) -> bool:
    if value is None:
        return True
    if isinstance(value, float) and np.isnan(value):
        return True
    return str(value).strip().lower() in MISSING_TOKENS


def _decimal_style(texts: list[str]) -> str:
    """'comma' (Dutch: 1.234,5), 'point' (1,234.5 or 12.5) for a column of number texts."""
    comma = point = 0
    for t in texts:
        if _COMMA_DECIMAL_RE.match(t) or _DUTCH_THOUSANDS_RE.match(t):
            comma += 1
        elif "." in t and not _DUTCH_THOUSANDS_RE.match(t) or _ENGLISH_THOUSANDS_RE.match(t):
            point += 1
    return "comma" if comma > point else "point"


def _to_float(text: str, style: str) -> float:
    t = text.replace(" ", "").replace("\u00a0", "")
    if style == "comma":
        t = t.replace(".", "").replace(",", ".")
    else:
        t = t.replace(",", "")
    return float(t)


@dataclass
class NumericParse:
    values: pd.Series
    numeric: bool
    bad_values: list = field(default_factory=list)  # texts that are not numbers in a numeric column
    style: str = "point"


def parse_numbers(series: pd.Series, min_share: float = 0.5) -> NumericParse:
    """Type a column of texts as numbers if at least ``min_share`` of its non-missing cells are numbers.

    Handles StatLine right-aligned numbers ("    20.8"), '.' and blanks for missing values,
    decimal commas ("39,3"), thousands separators, and a trailing '*' (provisional figures).
    Cells that are text in a numeric column become NaN and are listed in ``bad_values``.
    """
    if pd.api.types.is_bool_dtype(series):
        return NumericParse(series.astype("float64"), True)
    if pd.api.types.is_numeric_dtype(series):
        return NumericParse(pd.to_numeric(series, errors="coerce").astype("float64"), True)
    texts = series.map(lambda v: None if is_missing_text(v) else str(v).strip().rstrip("*").strip())
    present = texts.dropna()
    if present.empty:
        return NumericParse(pd.Series(np.nan, index=series.index, dtype="float64"), True)
    compact = present.str.replace(r"[\s\u00a0]", "", regex=True)
    looks = compact.str.match(_NUMBER_RE) & compact.str.contains(r"\d", regex=True)
    if looks.mean() < min_share:
        return NumericParse(series, False)
    # Codes with leading zeros (postcodes, '0363') are identifiers, not numbers.
    if (compact[looks].str.match(r"^0\d+$")).mean() > 0.5:
        return NumericParse(series, False)
    style = _decimal_style(list(compact[looks].unique()[:500]))
    out = pd.Series(np.nan, index=series.index, dtype="float64")
    good = compact[looks]
    converted = {t: _to_float(t, style) for t in good.unique()}
    out.loc[good.index] = good.map(converted).astype("float64")
    bad = sorted(set(present[~looks]))
    return NumericParse(out, True, bad, style)


@dataclass
class TableReport:
    rows: int = 0
    numeric_columns: list = field(default_factory=list)
    text_in_numeric: dict = field(default_factory=dict)  # column -> sample of bad texts
    all_null_columns: list = field(default_factory=list)
    renamed_columns: dict = field(default_factory=dict)


def type_columns(frame: pd.DataFrame, keep_text=(), min_share: float = 0.5) -> tuple[pd.DataFrame, TableReport]:
    """Columns that hold numbers become float columns; the rest stay text. Also reports all-NULL columns."""
    report = TableReport(rows=len(frame))
    columns = {}
    keep = set(keep_text)
    for col in frame.columns:
        series = frame[col]
        parsed = None if col in keep else parse_numbers(series, min_share=min_share)
        if parsed is not None and parsed.numeric:
            columns[col] = parsed.values
            report.numeric_columns.append(col)
            if parsed.bad_values:
                report.text_in_numeric[col] = parsed.bad_values[:10]
        else:
            columns[col] = series.map(lambda v: None if is_missing_text(v) else str(v).strip())
        if columns[col].isna().all():
            report.all_null_columns.append(col)
    out = pd.DataFrame(columns, index=frame.index)
    return out, report


def normalise_name(value) -> str | None:
    """A region name for matching: no accents, case, punctuation, dashes or repeated spaces.

    ``'Binnenstad - Oost'``, ``'BINNENSTAD-OOST'`` and ``'Binnenstad–Oost '`` all become
    ``'binnenstad oost'``.
    """
    if is_missing_text(value):
        return None
    text = "".join(c for c in unicodedata.normalize("NFKD", str(value)) if not unicodedata.combining(c)).lower()
    text = re.sub(r"[^a-z0-9]+", " ", text)
    text = " ".join(text.split())
    return text or None


def normalise_names(values) -> pd.Series:
    series = pd.Series(values, copy=False)
    uniques = {v: normalise_name(v) for v in pd.unique(series)} if len(series) else {}
    return series.map(uniques)


def code_match_share(series: pd.Series, level: str | None) -> float:
    """Share of non-empty cells that are valid CBS codes (of any level when ``level`` is None)."""
    present = series.dropna()
    present = present[present.astype(str).str.strip() != ""]
    if present.empty:
        return 0.0
    sample = present.head(2000)
    codes = regions.normalise_codes(sample.to_numpy(), level)
    if level is None:
        return float(codes.notna().mean())
    return float(codes.map(lambda c: regions.level_of_code(c) is not None).mean())


def detect_code_column(frame: pd.DataFrame, level: str | None = None, allow_bare: bool = False) -> str | None:
    """The column that holds region codes: a known name first, else the column with most valid codes.

    Only codes with their GM/WK/BU prefix count when guessing, so a column of numbers is
    never mistaken for codes, unless ``allow_bare``; a known key name (``statcode``,
    ``buurtcode``) also accepts bare codes.
    """
    lower = {str(c).lower(): c for c in frame.columns}
    for name in CODE_COLUMN_NAMES:
        col = lower.get(name)
        if col is not None and code_match_share(frame[col], level) >= 0.5:
            return col
    best, best_share = None, 0.0
    for col in frame.columns:
        if pd.api.types.is_numeric_dtype(frame[col]):
            continue
        share = code_match_share(frame[col], level if allow_bare else None)
        if share > best_share:
            best, best_share = col, share
    return best if best_share >= 0.5 else None


def detect_name_column(frame: pd.DataFrame, exclude=()) -> str | None:
    lower = {str(c).lower(): c for c in frame.columns if c not in exclude}
    for name in NAME_COLUMN_NAMES:
        if name in lower:
            return lower[name]
    for col in frame.columns:
        if col in exclude or pd.api.types.is_numeric_dtype(frame[col]):
            continue
        values = frame[col].dropna().astype(str)
        if len(values) and values.str.contains(r"[A-Za-z]{3}", regex=True).mean() > 0.9 \
                and values.nunique() > 0.8 * len(values):
            return col
    return None
