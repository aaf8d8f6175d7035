"""CBS region codes, levels and key fields of the Wijk- en Buurtkaart.

Codes: gemeente ``GM`` + 4 digits, wijk ``WK`` + 4 + 2, buurt ``BU`` + 4 + 2 + 2; the
wijk and buurt parts may contain letters (Amsterdam since 2023). OData and StatLine
pad codes with spaces; PDOK adds ``jrstatcode`` (year + code).
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from .values import SENTINEL_LIMIT as SENTINEL_LIMIT
from .values import clean_frame

LEVELS = ("gemeenten", "wijken", "buurten")
PREFIX = {"gemeenten": "GM", "wijken": "WK", "buurten": "BU"}
LEVEL_OF_PREFIX = {v: k for k, v in PREFIX.items()}
CODE_LENGTH = {"gemeenten": 6, "wijken": 8, "buurten": 10}

#: Normalised key fields every Wijkmonitor neighbourhood layer carries.
KEY_FIELDS = ("statcode", "statnaam", "gemeentecode", "gemeentenaam", "wijkcode", "jaar")

#: Codes already in their clean form (most of a CBS table or map): no need to normalise them one by one.
_CLEAN_CODE_RE = r"GM\d{4}|WK\d{4}[0-9A-Z]{2}|BU\d{4}[0-9A-Z]{4}"
_CODE_RE = re.compile(r"^(?:(?P<year>(?:19|20)\d\d))?(?P<prefix>GM|WK|BU)(?P<body>[0-9A-Z]+)$")

# CBS writes missing (-99995), secret (-99997) and older "no value" (-99999999) as negative numbers in
# geo files (SENTINEL_LIMIT, imported above for older callers): :mod:`.values` recognises them.


def is_missing(value) -> bool:
    """None, NaN, pandas' NA/NaT (pandas 3 gives NaN, not None, for a missing text)."""
    if value is None:
        return True
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):  # list-likes are no codes either
        return False


def normalise_code(value, level: str | None = None) -> str | None:
    """Return a clean CBS region code (``BU0363AF08``) or ``None``.

    Strips padding and year prefixes (``2021BU02330000``), upper-cases, and adds the
    ``GM``/``WK``/``BU`` prefix and zero-padding for bare codes when ``level`` is given
    (``363`` → ``GM0363`` for gemeenten, ``3630001`` → ``BU03630001`` for buurten).
    """
    if is_missing(value):
        return None
    if isinstance(value, (float, np.floating)):
        value = float(value)
        if value.is_integer():
            value = int(value)
    text = str(value).strip().upper().replace(" ", "")
    if not text or text in {".", "NONE", "NULL", "NAN"}:
        return None
    match = _CODE_RE.match(text)
    if match:
        prefix, body = match.group("prefix"), match.group("body")
        # a code has a fixed length and starts with the 4-digit gemeente number ('BUURT' is no code)
        if len(body) != CODE_LENGTH[LEVEL_OF_PREFIX[prefix]] - 2 or not body[:4].isdigit():
            return None
        return prefix + body
    if level in PREFIX:
        if text.isdigit() and len(text) > CODE_LENGTH[level] - 2 and text[:4] in ("2019", "2020", "2021", "2022",
                                                                              "2023", "2024", "2025", "2026"):
            # a year prefix on a bare code (e.g. jrstatcode without GM/WK/BU)
            text = text[4:]
        body_len = CODE_LENGTH[level] - 2
        if text.isdigit() and len(text) <= body_len:
            return PREFIX[level] + text.zfill(body_len)
        if re.fullmatch(r"\d{4}[0-9A-Z]+", text) and len(text) == body_len:  # '0363AF08'
            return PREFIX[level] + text
    return None


def normalise_codes(values, level: str | None = None) -> pd.Series:
    """Vectorised :func:`normalise_code` over a sequence; unknown or missing codes become ``None``
    (an object column, also under pandas 3, whose text columns hold NaN for a missing value)."""
    array = pd.Series(values, copy=False).to_numpy(dtype=object)
    codes, uniques = pd.factorize(array)  # missing -> -1
    texts = pd.Series(uniques, dtype=object)
    clean = texts.map(lambda v: isinstance(v, str)) & texts.astype(str).str.fullmatch(_CLEAN_CODE_RE)
    table = np.array([u if ok else normalise_code(u, level) for u, ok in zip(uniques, clean)] + [None], dtype=object)
    index = values.index if isinstance(values, pd.Series) else None
    return pd.Series(table[np.where(codes >= 0, codes, len(uniques))], index=index, dtype=object)


def _code_text(code) -> str | None:
    return code if isinstance(code, str) and code else None


def level_of_code(code: str | None) -> str | None:
    code = _code_text(code)
    if code is None:
        return None
    return LEVEL_OF_PREFIX.get(code[:2])


def gemeentecode_of(code: str | None) -> str | None:
    code = _code_text(code)
    if code is None or len(code) < 6:
        return None
    return "GM" + code[2:6]


def wijkcode_of(code: str | None) -> str | None:
    code = _code_text(code)
    if code is None or len(code) < 8 or code[:2] not in ("WK", "BU"):
        return None
    return "WK" + code[2:8]


def nullify_sentinels(frame: pd.DataFrame) -> pd.DataFrame:
    """CBS sentinel values (−99995, −99997, −99999999, …) in numeric columns become NaN
    (:func:`.values.clean_frame`, which also reports them). Returns a new frame; the input is left as it is."""
    return clean_frame(frame).copy()


#: the source columns :func:`key_frame` reads (lower case): reading only these is enough for the keys
KEY_SOURCE_COLUMNS = ("buurtcode", "bu_code", "wijkcode", "wk_code", "gemeentecode", "gm_code", "statcode",
                      "buurtnaam", "bu_naam", "wijknaam", "wk_naam", "gemeentenaam", "gm_naam", "statnaam",
                      "jaar", "jaarstatcode", "jrstatcode")


def key_source_columns(columns) -> list:
    """The columns of ``columns`` that :func:`key_frame` may read, in their own spelling."""
    return [c for c in columns if str(c).lower() in KEY_SOURCE_COLUMNS]


def _first(columns, *candidates) -> str | None:
    lower = {c.lower(): c for c in columns}
    for cand in candidates:
        if cand.lower() in lower:
            return lower[cand.lower()]
    return None


def detect_level(columns) -> str | None:
    """The level of a Wijk- en Buurtkaart attribute table, from its code columns."""
    if _first(columns, "buurtcode", "bu_code"):
        return "buurten"
    if _first(columns, "wijkcode", "wk_code"):
        return "wijken"
    if _first(columns, "gemeentecode", "gm_code"):
        return "gemeenten"
    statcode = _first(columns, "statcode")
    return "unknown" if statcode else None


def key_frame(frame: pd.DataFrame, year: int | None, level: str | None = None) -> pd.DataFrame:
    """The normalised key fields (:data:`KEY_FIELDS`) for a Wijk- en Buurtkaart table.

    The key columns have the same names in every source — the OGC API (snake_case attributes), the
    WFS (camelCase from 2023), a CBS GeoPackage of any year (``buurtcode`` or the older ``BU_CODE``,
    any case) — so the keys come out the same from each. Raises ``ValueError`` when no code column
    exists.
    """
    cols = list(frame.columns)
    level = level or detect_level(cols)
    code_col = {
        "buurten": _first(cols, "buurtcode", "bu_code", "statcode"),
        "wijken": _first(cols, "wijkcode", "wk_code", "statcode"),
        "gemeenten": _first(cols, "gemeentecode", "gm_code", "statcode"),
    }.get(level or "", _first(cols, "statcode"))
    if code_col is None:
        raise ValueError("no region code column (buurtcode, wijkcode, gemeentecode or statcode)")
    name_col = {
        "buurten": _first(cols, "buurtnaam", "bu_naam", "statnaam"),
        "wijken": _first(cols, "wijknaam", "wk_naam", "statnaam"),
        "gemeenten": _first(cols, "gemeentenaam", "gm_naam", "statnaam"),
    }.get(level or "", _first(cols, "statnaam"))

    statcode = normalise_codes(frame[code_col].to_numpy(), level if level in PREFIX else None)
    keys = pd.DataFrame(index=frame.index)
    keys["statcode"] = statcode.to_numpy()
    keys["statnaam"] = frame[name_col].to_numpy() if name_col else None
    gm_col = _first(cols, "gemeentecode", "gm_code")
    gm = normalise_codes(frame[gm_col].to_numpy(), "gemeenten") if gm_col else statcode.map(gemeentecode_of)
    keys["gemeentecode"] = gm.fillna(statcode.map(gemeentecode_of)).to_numpy()
    gm_name_col = _first(cols, "gemeentenaam", "gm_naam")
    keys["gemeentenaam"] = frame[gm_name_col].to_numpy() if gm_name_col else None
    if level == "buurten":
        wk_col = _first(cols, "wijkcode", "wk_code")
        wk = normalise_codes(frame[wk_col].to_numpy(), "wijken") if wk_col else statcode.map(wijkcode_of)
        keys["wijkcode"] = wk.fillna(statcode.map(wijkcode_of)).to_numpy()
    elif level == "wijken":
        keys["wijkcode"] = statcode.to_numpy()
    else:
        keys["wijkcode"] = None
    year_col = _first(cols, "jaar", "jaarstatcode", "jrstatcode")
    if year is None and year_col:
        year_values = frame[year_col].astype(str).str[:4]
        year_num = pd.to_numeric(year_values, errors="coerce")
        keys["jaar"] = year_num.astype("Int64").to_numpy()
    else:
        keys["jaar"] = year
    return keys
