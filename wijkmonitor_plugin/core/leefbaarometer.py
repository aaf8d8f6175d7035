"""The Leefbaarometer 3.0 open data (Ministry BZK, CC0): the buurt scores as published, one year chosen.

The open data come per measurement as a zip of CSV files per level; the buurt file has the
columns ``bu_code``, ``jaar``, ``lbm`` (overall score), ``afw`` (deviation from the national mean)
and the five dimensions ``fys`` (physical environment), ``onv`` (nuisance and insecurity), ``soc``
(social cohesion), ``vrz`` (facilities) and ``won`` (housing), one row per buurt and measurement
year. :func:`read_leefbaarometer` reads such a CSV (or the zip, taking every CSV in it with a
``bu_code`` column); :func:`select_year` keeps one year; the fields are named after the catalogue
indicators (``lbm_score``, ``lbm_afwijking``, ``lbm_fysiek``, ...).
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from ..i18n import translate
from .errors import WijkmonitorError
from .regions import normalise_codes
from .statline import decode_bytes, parse_csv_text
from .tables import type_columns

KEY = "bu_code"
YEAR = "jaar"
#: published column -> output field (the catalogue indicator id)
COLUMNS = {"lbm": "lbm_score", "afw": "lbm_afwijking", "fys": "lbm_fysiek", "onv": "lbm_overlast_onveiligheid",
           "soc": "lbm_sociale_samenhang", "vrz": "lbm_voorzieningen", "won": "lbm_woningen"}
YEAR_FIELD = "lbm_jaar"


class LeefbaarometerError(WijkmonitorError, ValueError):
    """A Leefbaarometer file that cannot be used; the message says what is wrong and what to do."""


@dataclass
class LeefbaarometerTable:
    frame: pd.DataFrame  #: bu_code (normalised), jaar (int) and the score columns that are present
    years: list  #: measurement years in the file
    columns: list  #: score columns present (published names)
    bad_codes: list = field(default_factory=list)  #: texts in bu_code that are no buurt code
    files: list = field(default_factory=list)  #: CSV files read (members of a zip)


def _csv_texts(path: Path) -> list:
    """(name, text) of the CSV file, or of each CSV in a zip."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise LeefbaarometerError(translate("Leefbaarometer", "Cannot read {path}: {error}").format(
            path=path, error=exc)) from None
    if not zipfile.is_zipfile(io.BytesIO(data)):  # one CSV
        return [(path.name, decode_bytes(data))]
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        members = [m for m in archive.namelist() if m.lower().endswith(".csv")]
        return [(m, decode_bytes(archive.read(m))) for m in members]


def _lower_columns(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.rename(columns={c: str(c).strip().lower() for c in frame.columns})


def parse_leefbaarometer(texts: list) -> LeefbaarometerTable:
    """Parse (name, CSV text) pairs; the buurt files among them (with ``bu_code``) are stacked."""
    parts, used = [], []
    for name, text in texts:
        frame = _lower_columns(parse_csv_text(text).frame)
        if KEY in frame.columns:
            parts.append(frame)
            used.append(name)
    if not parts:
        raise LeefbaarometerError(translate(
            "Leefbaarometer", "No buurt table found: the Leefbaarometer buurt file has the columns bu_code, jaar, lbm, "
                              "afw, fys, onv, soc, vrz and won. Choose the buurt CSV of the open data (or the zip)."))
    raw = pd.concat(parts, ignore_index=True)
    if YEAR not in raw.columns:
        raise LeefbaarometerError(translate("Leefbaarometer", "The Leefbaarometer table has no column 'jaar' "
                                                              "(measurement year)."))
    present = [c for c in COLUMNS if c in raw.columns]
    if not present:
        raise LeefbaarometerError(translate(
            "Leefbaarometer", "The Leefbaarometer table has none of the score columns lbm, afw, fys, onv, soc, vrz, "
                              "won."))
    typed, _report = type_columns(raw[[KEY, YEAR] + present], keep_text=[KEY])
    codes = normalise_codes(typed[KEY], "buurt")
    bad = sorted({str(v) for v, c in zip(typed[KEY], codes) if c is None or not str(c).startswith("BU")})
    years = pd.to_numeric(typed[YEAR], errors="coerce")
    out = pd.DataFrame({KEY: codes, YEAR: years})
    for col in present:
        out[col] = pd.to_numeric(typed[col], errors="coerce").astype("float64")
    out = out[out[KEY].notna() & out[KEY].astype(str).str.startswith("BU") & out[YEAR].notna()].copy()
    out[YEAR] = out[YEAR].astype("int64")
    dupes = out[out.duplicated([KEY, YEAR], keep=False)]
    if len(dupes):
        examples = ", ".join(f"{c} {y}" for c, y in dupes[[KEY, YEAR]].drop_duplicates().head(5).itertuples(
            index=False))
        raise LeefbaarometerError(translate(
            "Leefbaarometer", "The file has more than one row for the same buurt and year ({examples}); the "
                              "Leefbaarometer publishes one row per buurt and year. Check that the file is not "
                              "combined twice.").format(examples=examples))
    return LeefbaarometerTable(frame=out.reset_index(drop=True), years=sorted(out[YEAR].unique().tolist()),
                               columns=present, bad_codes=bad, files=used)


def read_leefbaarometer(path) -> LeefbaarometerTable:
    """Read a Leefbaarometer buurt CSV, or the zip of the open data."""
    return parse_leefbaarometer(_csv_texts(Path(path)))


def select_year(table: LeefbaarometerTable, year: int | None = None) -> tuple[pd.DataFrame, int]:
    """One row per buurt for ``year`` (None: the newest year in the file), indexed by buurt code, with the
    output field names and ``lbm_jaar``."""
    if not table.years:
        raise LeefbaarometerError(translate("Leefbaarometer", "The Leefbaarometer table has no rows with a buurt "
                                                              "code and a year."))
    if year is None:
        year = int(table.years[-1])
    if year not in table.years:
        raise LeefbaarometerError(translate(
            "Leefbaarometer", "The file has no measurement for {year}; years in the file: {years}.").format(
            year=year, years=", ".join(str(y) for y in table.years)))
    part = table.frame[table.frame[YEAR] == year]
    out = part.set_index(KEY)[table.columns].rename(columns=COLUMNS)
    out[YEAR_FIELD] = np.int64(year)
    return out, int(year)


@dataclass
class LeefbaarometerJoin:
    values: pd.DataFrame  #: indexed like the areas; the output fields (NaN where no row)
    year: int
    matched: int
    unmatched_areas: list  #: area codes without a row for that year
    unmatched_rows: int  #: rows of that year whose buurt is not among the areas


def join_to_areas(area_codes: pd.Series, table: LeefbaarometerTable, year: int | None = None) -> LeefbaarometerJoin:
    """The scores of ``year`` for each area (``area_codes`` indexed like the layer), matched by buurt code."""
    scores, year = select_year(table, year)
    codes = normalise_codes(area_codes.tolist(), "buurt")
    codes.index = area_codes.index
    values = scores.reindex(codes.tolist())
    values.index = area_codes.index
    has = values[list(COLUMNS[c] for c in table.columns)].notna().any(axis=1) if len(values) else \
        pd.Series(dtype=bool)
    matched_codes = set(codes[has.to_numpy()].dropna()) if len(values) else set()
    values.loc[~has, YEAR_FIELD] = np.nan
    values[YEAR_FIELD] = values[YEAR_FIELD].astype("Int64")
    unmatched = [str(c) for c in area_codes[~has.to_numpy()].tolist()] if len(values) else []
    return LeefbaarometerJoin(values=values, year=year, matched=int(has.sum()), unmatched_areas=unmatched,
                              unmatched_rows=int(len(set(scores.index) - matched_codes)))
