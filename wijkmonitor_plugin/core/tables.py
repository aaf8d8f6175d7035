"""Tables as users bring them: clean column names, text that holds numbers, key columns, names.

Everything here works on pandas frames of raw values (mostly text), whatever the source:
a StatLine export (:mod:`.statline`), a CSV, a spreadsheet or a database table read by QGIS.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

import pandas as pd

from . import regions
from .values import ValueReport, clean_numbers, count_columns, is_missing_text, parse_numbers

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
    seen: set = set()
    return [free_name(clean_column_name(raw), seen) for raw in names]


def free_name(name: str, used: set, base: str | None = None) -> str:
    """``name`` if its lower case is not in ``used``, else ``base`` (default ``name``) with _2, _3 …;
    the name returned is added to ``used``."""
    candidate, n = name, 2
    base = name if base is None else base
    while candidate.lower() in used:
        candidate = f"{base}_{n}"
        n += 1
    used.add(candidate.lower())
    return candidate


@dataclass
class TableReport:
    rows: int = 0
    numeric_columns: list = field(default_factory=list)
    text_in_numeric: dict = field(default_factory=dict)  # column -> the texts that are no numbers
    all_null_columns: list = field(default_factory=list)
    renamed_columns: dict = field(default_factory=dict)
    values: ValueReport = field(default_factory=ValueReport)  # what reading the numbers changed, per column


def type_columns(frame: pd.DataFrame, keep_text=(), min_share: float = 0.5) -> tuple[pd.DataFrame, TableReport]:
    """Columns that hold numbers become float columns; the rest stay text. Also reports all-NULL columns.

    Numbers are read and cleaned by :mod:`.values`: the decimal separator decided per column
    from all its values, CBS codes (−99997 …) and negative counts NULL, every other text in
    a numeric column NULL and counted in ``report.values``.
    """
    report = TableReport(rows=len(frame))
    columns = {}
    keep = set(keep_text)
    counts = count_columns([c for c in frame.columns if c not in keep])
    for col in frame.columns:
        series = frame[col]
        parsed = None if col in keep else parse_numbers(series, min_share=min_share)
        if parsed is not None and parsed.numeric:
            values, more = clean_numbers(parsed.values, count=col in counts)
            parsed.issues.merge(more)
            columns[col] = values
            report.numeric_columns.append(col)
            report.values.add(col, parsed.issues)
            if parsed.bad_values:
                report.text_in_numeric[col] = parsed.bad_values[:10]
        else:
            columns[col] = pd.Series([None if is_missing_text(v) else str(v).strip()
                                      for v in series.to_numpy(dtype=object)], index=series.index, dtype=object)
        if columns[col].isna().all():
            report.all_null_columns.append(col)
    out = pd.DataFrame(columns, index=frame.index)
    return out, report


#: Last parts of a StatLine column path that only say which measure it is ('…/Waarde (%)').
_GENERIC_MEASURES = {"waarde", "gemiddelde score", "gemiddelde", "score", "totaal", "aantal", "getal",
                     "percentage", "value"}
_VALID_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
#: a CBS topic key: CamelCase without underscores (``k_`` before a leading digit) and the yearly suffix;
#: a user's ``Pop_Age_0_15`` is no key and keeps its name
_CBS_KEY = re.compile(r"^(?P<key>(?:k_)?[A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*)_\d+$")
MAX_NAME_LENGTH = 63  # PostgreSQL's limit; GeoPackage and memory layers take any length


def _slug(text: str) -> str:
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).lower()
    words = re.sub(r"[^a-z0-9]+", " ", text).split()
    deduped = [w for i, w in enumerate(words) if i == 0 or w != words[i - 1]]
    return "_".join(deduped)


def readable_name(title) -> str:
    """A readable, valid field name for a table column (its title becomes the alias).

    A name that already is a valid field name stays, except that a CBS key loses its
    numeric suffix, which changes every year (``AantalInwoners_5`` → ``AantalInwoners``).
    Titles become lower-case words joined by ``_`` without accents or units; a StatLine
    column path drops a last part that only names the measure
    (``SES-WOA/Totaalscore/Gemiddelde score (Getal)`` → ``ses_woa_totaalscore``,
    ``Opleidingsniveau/Laag/Waarde (%)`` → ``opleidingsniveau_laag``). Never starts with a digit.
    """
    text = clean_column_name(title)
    if _VALID_NAME.match(text) and len(text) <= MAX_NAME_LENGTH:
        key = _CBS_KEY.match(text)  # a CBS key has capitals ('Omgevingsadressendichtheid_5', not 'misdrijven_2021')
        return key.group("key") if key and key.group("key") != key.group("key").lower() else text
    without_units = re.sub(r"\s*\([^()]*\)", " ", text).strip() or text
    parts = [p.strip() for p in re.split(r"[/|]", without_units) if p.strip()]
    if len(parts) > 1 and parts[-1].lower() in _GENERIC_MEASURES:
        parts = parts[:-1]
    name = _slug(" ".join(parts)) or _slug(text) or "column"
    if name[0].isdigit():
        name = f"v_{name}"
    return name[:MAX_NAME_LENGTH].rstrip("_")


def readable_names(columns, taken=()) -> dict:
    """Column -> readable name (:func:`readable_name`), unique among themselves and ``taken``
    (case-insensitive, as GeoPackage and PostGIS compare): a clash keeps the full title's name
    or gets ``_2``, ``_3``."""
    used = {str(t).lower() for t in taken}
    columns = list(columns)
    names = {col: readable_name(col) for col in columns}
    shared = Counter(n.lower() for n in names.values())
    out = {}
    for col in columns:
        name = names[col]
        if shared[name.lower()] > 1 and _VALID_NAME.match(clean_column_name(col)):
            name = clean_column_name(col)  # 'Perioden_1' and 'Perioden_2' keep their suffixes
        if name.lower() in used:
            full = _slug(clean_column_name(col)) or name
            name = f"v_{full}" if full[0].isdigit() else full
        out[col] = free_name(name, used, base=name[:MAX_NAME_LENGTH - 3])
    return out


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
