"""CSV files as they come: StatLine exports ("CSV met statistische symbolen"), plain CSVs, CBS OData JSON.

StatLine exports start with a BOM, use ``;``, quote every field, right-align numbers with
spaces, pad region codes to 10 characters and write ``.`` for unknown and blank for
"cannot occur". The *transposed* layout has the regions as columns and the topics as rows,
with a title line above and a "Bron: CBS" line below. :func:`read_csv_table` returns a
frame with one row per region in either case; values stay text here and are typed by
:func:`.tables.type_columns`.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from ..i18n import translate
from . import regions
from .errors import WijkmonitorError
from .tables import unique_names
from .values import ValueReport

_REGION_ROW_HINTS = ("codering", "regiocode", "regio code")
#: A WKT geometry column (a buurt polygon in a user's table) easily exceeds the csv module's 128 kB per field.
_FIELD_LIMIT = 1 << 30


def _reader(lines, delimiter):
    if csv.field_size_limit() < _FIELD_LIMIT:
        csv.field_size_limit(_FIELD_LIMIT)
    return csv.reader(lines, delimiter=delimiter)


class TableReadError(WijkmonitorError, ValueError):
    """The file cannot be read as a table; the message says why and what to do."""


@dataclass
class RawTable:
    frame: pd.DataFrame  # text values, one row per record (region)
    layout: str = "rows"  # "rows" or "transposed"
    title: str = ""
    units: dict = field(default_factory=dict)  # column -> unit (transposed StatLine)
    source_note: str = ""
    key_column: str | None = None  # known from the layout (transposed: the Codering row)
    name_column: str | None = None
    values: ValueReport = field(default_factory=ValueReport)  # what reading numeric columns already changed


def decode_bytes(data: bytes) -> str:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def sniff_delimiter(text: str) -> str:
    lines = [ln for ln in text.splitlines()[:50] if ln.strip()]
    best, best_score = ",", -1
    for delim in (";", "\t", ",", "|"):
        counts = [len(next(_reader([ln], delim))) for ln in lines]
        multi = [c for c in counts if c > 1]
        if not multi:
            continue
        # the delimiter that splits most lines into the same, largest number of fields
        common = max(set(multi), key=multi.count)
        score = multi.count(common) * common
        if score > best_score:
            best, best_score = delim, score
    return best


def _rows(text: str, delimiter: str) -> list[list[str]]:
    return [row for row in _reader(io.StringIO(text), delimiter)]


def _is_code_row(row: list[str]) -> bool:
    cells = [c.strip() for c in row[2:] if c.strip()]
    if len(cells) < 3:
        return False
    head = (row[0] if row else "").lower()
    codes = sum(1 for c in cells if regions.normalise_code(c) is not None or c.upper() == "NL00")
    return codes / len(cells) > 0.8 and (any(h in head for h in _REGION_ROW_HINTS) or codes == len(cells))


def _shortest_unique_labels(paths: list[str]) -> list[str]:
    """'A|B|Binnen 1 km' → the shortest '|'-suffix that is unique among all topics."""
    parts = [[p.strip() for p in path.split("|")] for path in paths]
    labels = []
    for i, segs in enumerate(parts):
        for n in range(1, len(segs) + 1):
            cand = segs[-n:]
            clash = any(j != i and other[-n:] == cand for j, other in enumerate(parts))
            if not clash or n == len(segs):
                labels.append(" | ".join(cand))
                break
    return labels


def _transposed(rows: list[list[str]], title: str) -> RawTable:
    code_idx = next(i for i, r in enumerate(rows) if _is_code_row(r))
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]
    name_idx = None
    for i in range(code_idx - 1, -1, -1):
        if rows[i][0].strip().lower() in ("onderwerp", "onderwerpen", "topic", "") and any(c.strip() for c in
                                                                                            rows[i][2:]):
            name_idx = i
            break
    data = {}
    data["code"] = [c.strip() for c in rows[code_idx][2:]]
    if name_idx is not None:
        data["naam"] = [c.strip() for c in rows[name_idx][2:]]
    topic_rows = [r for r in rows[code_idx + 1:] if r[0].strip() and sum(1 for c in r[1:] if c.strip()) > 0]
    # the trailer ("Bron: CBS") has a single cell
    topic_rows = [r for r in topic_rows if sum(1 for c in r if c.strip()) > 1]
    meta_rows = [r for r in rows[name_idx + 1 if name_idx is not None else 0:code_idx]
                 if r[0].strip()]
    labels = _shortest_unique_labels([r[0] for r in meta_rows + topic_rows])
    units = {}
    for label, r in zip(labels, meta_rows + topic_rows):
        data[label] = [c for c in r[2:]]
        units[label] = r[1].strip()
    names = unique_names(data.keys())
    frame = pd.DataFrame({n: v for n, v in zip(names, data.values())})
    frame = frame[frame["code"].str.strip() != ""].reset_index(drop=True)
    units = {n: units.get(k, "") for n, k in zip(names, data.keys())}
    return RawTable(frame, "transposed", title, units, key_column="code",
                    name_column="naam" if "naam" in frame.columns else None)


def parse_csv_text(text: str, delimiter: str | None = None) -> RawTable:
    """Parse CSV text in the row layout or StatLine's transposed layout."""
    text = text.lstrip("\ufeff")
    if not text.strip():
        raise TableReadError(translate("Statline", "The table is empty."))
    delimiter = delimiter or sniff_delimiter(text)
    rows = _rows(text, delimiter)
    rows = [r for r in rows if any(c.strip() for c in r)]
    if not rows:
        raise TableReadError(translate("Statline", "The table is empty."))
    title = rows[0][0].strip() if len(rows[0]) == 1 else ""
    if any(_is_code_row(r) for r in rows[:30]):
        return _transposed(rows, title)
    # row layout: skip single-cell title lines, drop single-cell trailer lines
    start = next(i for i, r in enumerate(rows) if len(r) > 1)
    header = rows[start]
    body = [r for r in rows[start + 1:] if len(r) > 1 or (len(header) == 1)]
    note = " ".join(r[0].strip() for r in rows[start + 1:] if len(r) == 1 and len(header) > 1)
    width = len(header)
    body = [(r + [""] * width)[:width] for r in body]
    names = unique_names(header)
    frame = pd.DataFrame(body, columns=names, dtype=object) if body else pd.DataFrame(columns=names, dtype=object)
    return RawTable(frame, "rows", title, source_note=note)


def read_csv_table(path, delimiter: str | None = None) -> RawTable:
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise TableReadError(translate("Statline", "Cannot read {path}: {error}").format(path=path, error=exc)) \
            from None
    return parse_csv_text(decode_bytes(data), delimiter)


def read_odata_values(path, data_properties=None) -> RawTable:
    """A CBS OData JSON file: a ``value`` array of records, or ``{code: {key: value}}``.

    With ``data_properties`` (the table's DataProperties list), topic keys such as
    ``AantalInwoners_5`` are renamed to their Title ("Aantal inwoners"), so the catalogue
    can find them whatever the year's key suffix.
    """
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    if isinstance(data, dict) and isinstance(data.get("value"), list):
        frame = pd.DataFrame(data["value"])
    elif isinstance(data, dict):
        frame = pd.DataFrame.from_dict(data, orient="index")
        frame.index.name = "WijkenEnBuurten"
        frame = frame.reset_index()
    elif isinstance(data, list):
        frame = pd.DataFrame(data)
    else:
        raise TableReadError(translate("Statline", "{path} is not a CBS OData table.").format(path=path))
    units = {}
    if data_properties:
        topics = [p for p in data_properties if p.get("Key") and p.get("Type") == "Topic"]
        titles = {p["Key"]: (p.get("Title") or "").strip() for p in topics}
        units_by_key = {p["Key"]: p.get("Unit") or "" for p in topics}
        rename = {k: titles[k] for k in frame.columns if titles.get(k)}
        units = {titles[k]: units_by_key[k] for k in rename}
        frame = frame.rename(columns=rename)
    frame.columns = unique_names(frame.columns)
    key = "WijkenEnBuurten" if "WijkenEnBuurten" in frame.columns else None
    return RawTable(frame, "rows", units=units, key_column=key)


def strip_key_suffix(key: str) -> str:
    """``AantalInwoners_5`` → ``AantalInwoners`` (the OData suffix changes every year)."""
    return re.sub(r"_\d+$", "", key)
