"""Join a table to neighbourhoods by region code or by name, with a match report.

The target is a frame indexed by feature id that holds the key (and name) of each
neighbourhood; the table is a typed frame (:func:`.tables.type_columns`). Codes are
normalised with :func:`.regions.normalise_code` (padding, case, ``jrstatcode`` year
prefixes, bare codes given the level); names with :func:`.tables.normalise_name`.

Several rows with the same key are refused unless the user chooses how to take them:
``first``/``last`` join one whole row (never values of different rows), ``sum``, ``mean``,
``min`` and ``max`` combine the values of all rows column by column, and the report says so.
Joined fields get readable, valid names (:func:`.tables.readable_names`); the column titles
are kept as aliases.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from ..i18n import translate
from . import regions
from .errors import WijkmonitorError
from .tables import free_name, normalise_names, readable_names
from .values import ValueReport

DUPLICATE_RULES = ("first", "last", "sum", "mean", "min", "max", "error")
KEY_KINDS = ("code", "name")


class JoinError(WijkmonitorError, ValueError):
    """The join cannot be made; the message says why and what to do."""


@dataclass
class JoinReport:
    key_kind: str = "code"
    level: str | None = None
    table_rows: int = 0
    target_rows: int = 0
    matched: list = field(default_factory=list)  # normalised keys found on both sides
    matched_features: int = 0
    unmatched_target: list = field(default_factory=list)  # (key, name) of neighbourhoods without a row
    unmatched_table: list = field(default_factory=list)  # original key values of rows without a neighbourhood
    other_level: list = field(default_factory=list)  # codes of another level (WK in a buurt join ...)
    invalid_keys: list = field(default_factory=list)  # key values that are no code / empty
    duplicates: dict = field(default_factory=dict)  # key -> number of rows
    duplicate_rule: str = "error"
    ambiguous_target: list = field(default_factory=list)  # name joins: names that several neighbourhoods share
    renamed: dict = field(default_factory=dict)  # table column -> output field, prefixed: the layer has the name
    field_names: dict = field(default_factory=dict)  # table column -> output field (readable, valid, unique)
    aliases: dict = field(default_factory=dict)  # output field -> the column's title in the table
    joined_columns: list = field(default_factory=list)
    text_in_numeric: dict = field(default_factory=dict)
    values: ValueReport = field(default_factory=ValueReport)  # what reading the table's numbers changed
    all_null_columns: list = field(default_factory=list)
    hints: list = field(default_factory=list)

    def summary_lines(self) -> list[str]:
        lines = [translate("Join", "Joined by {kind} at level {level}: {m} of {t} neighbourhoods matched "
                                   "({r} table rows).").format(
            kind=self._kind_text(), level=self.level or "?", m=self.matched_features, t=self.target_rows,
            r=self.table_rows)]
        if self.unmatched_target:
            lines.append(translate("Join", "Neighbourhoods without a table row ({n}): {items}").format(
                n=len(self.unmatched_target), items=_short(f"{k} {n or ''}".strip() for k, n in self.unmatched_target)))
        if self.unmatched_table:
            lines.append(translate("Join", "Table rows without a neighbourhood ({n}): {items}").format(
                n=len(self.unmatched_table), items=_short(self.unmatched_table)))
        if self.other_level:
            lines.append(translate("Join", "Rows of another level left out ({n}): {items}").format(
                n=len(self.other_level), items=_short(self.other_level)))
        if self.invalid_keys:
            lines.append(translate("Join", "Rows whose key is empty or not a region code ({n}): {items}").format(
                n=len(self.invalid_keys), items=_short(self.invalid_keys)))
        if self.duplicates:
            lines.append(self._duplicates_text().format(
                n=len(self.duplicates), rule=_rule_text(self.duplicate_rule),
                items=_short(f"{k} ×{c}" for k, c in self.duplicates.items())))
        if self.ambiguous_target:
            lines.append(translate("Join", "Names shared by several neighbourhoods (each gets the same row): {items}")
                         .format(items=_short(self.ambiguous_target)))
        readable = {a: b for a, b in self.field_names.items() if a != b and a not in self.renamed}
        if readable:
            lines.append(translate("Join", "Joined fields named for use in QGIS (the column title is the alias): "
                                           "{items}").format(items=_short(f"{a} → {b}" for a, b in readable.items())))
        if self.renamed:
            lines.append(translate("Join", "Fields renamed because the layer has them already: {items}").format(
                items=_short(f"{a} → {b}" for a, b in self.renamed.items())))
        if self.values:
            lines.append(translate("Join", "Values of the table read as numbers, nothing else changed:"))
            lines.extend(f"  {line}" for line in self.values.lines())
        elif self.text_in_numeric:
            lines.append(translate("Join", "Text in numeric columns became NULL: {items}").format(
                items=_short(f"{c}: {', '.join(map(str, v[:3]))}" for c, v in self.text_in_numeric.items())))
        if self.all_null_columns:
            lines.append(translate("Join", "Columns without any value: {items}").format(
                items=_short(self.all_null_columns)))
        lines.extend(self.hints)
        return lines

    def _duplicates_text(self) -> str:
        if self.duplicate_rule == "first":
            return translate("Join", "Keys with several table rows ({n}): the whole first row of each is joined, its "
                                     "other rows are left out: {items}")
        if self.duplicate_rule == "last":
            return translate("Join", "Keys with several table rows ({n}): the whole last row of each is joined, its "
                                     "other rows are left out: {items}")
        return translate("Join", "Keys with several table rows ({n}): each number is {rule} of the values of "
                                 "all rows of the key (values of different rows are combined, NULLs left out); text "
                                 "fields take the first row: {items}")

    def _kind_text(self) -> str:
        return translate("Join", "region code") if self.key_kind == "code" else translate("Join", "name")

    def to_frame(self) -> pd.DataFrame:
        """The report as a table: one row per key with its status."""
        rows = [("matched", k, "") for k in self.matched]
        rows += [("no table row", k, n or "") for k, n in self.unmatched_target]
        rows += [("no neighbourhood", k, "") for k in self.unmatched_table]
        rows += [("other level", k, "") for k in self.other_level]
        rows += [("invalid key", k, "") for k in self.invalid_keys]
        rows += [("duplicate", k, f"{c} rows, {self.duplicate_rule}") for k, c in self.duplicates.items()]
        rows += [("ambiguous name", k, "") for k in self.ambiguous_target]
        rows += [("cleaned", column, text) for column, text in self.values.rows()]
        return pd.DataFrame(rows, columns=["status", "key", "detail"], dtype=object)


def _rule_text(rule: str) -> str:
    return {"sum": translate("Join", "the sum"), "mean": translate("Join", "the mean"),
            "min": translate("Join", "the minimum"), "max": translate("Join", "the maximum")}.get(rule, rule)


def _short(items, limit: int = 25) -> str:
    items = [str(i) for i in items]
    more = len(items) - limit
    text = ", ".join(items[:limit])
    return text + (translate("Join", " … and {n} more").format(n=more) if more > 0 else "")


def target_level(codes: pd.Series) -> str | None:
    levels = codes.dropna().map(regions.level_of_code)
    return levels.mode().iloc[0] if len(levels.dropna()) else None


def prefixed_names(columns, existing, prefix: str) -> dict:
    """Output names for table columns: a name the layer already has gets ``prefix`` (unique, case-insensitive)."""
    taken = {str(n).lower() for n in existing}
    out = {}
    for col in columns:
        name = str(col)
        out[col] = free_name(f"{prefix or 'joined_'}{name}" if name.lower() in taken else name, taken)
    return out


def _text_value(value) -> str:
    return "" if regions.is_missing(value) else str(value).strip()


def _one_row_per_key(rows: pd.DataFrame, rule: str, numeric_cols, text_cols) -> pd.DataFrame:
    """One row per ``__key``: the whole first or last row, or the numbers combined with ``rule``."""
    if rule in ("first", "last", "error"):
        return rows.drop_duplicates("__key", keep="last" if rule == "last" else "first").set_index("__key")
    groups = rows.groupby("__key", sort=False)
    parts = []
    if numeric_cols:
        num = groups[numeric_cols]
        agg = getattr(num, rule)()
        if rule == "sum":  # a sum of only NULLs is NULL, not 0
            agg = agg.where(num.count() > 0)
        parts.append(agg)
    if text_cols:
        parts.append(rows.drop_duplicates("__key", keep="first").set_index("__key")[text_cols])
    return pd.concat(parts, axis=1) if parts else pd.DataFrame(index=groups.size().index)


def join_frame(target: pd.DataFrame, table: pd.DataFrame, *, target_key: str, table_key: str, key_kind: str = "code",
               level: str | None = None, table_code: str | None = None, target_name: str | None = None,
               columns=None, duplicates: str = "error", prefix: str = "", existing=(),
               readable: bool = True) -> tuple[pd.DataFrame, JoinReport]:
    """Match ``table`` rows to ``target`` rows; returns the joined columns indexed like ``target``.

    ``target_key`` holds the neighbourhood code (``key_kind='code'``) or name (``'name'``);
    ``table_key`` the same in the table. ``table_code`` (optional, name joins) is a code column
    used to leave out rows of another level. ``duplicates`` says what to do with several rows
    of one key: ``'error'`` refuses them (naming the keys), ``'first'``/``'last'`` take that
    whole row, ``'sum'``/``'mean'``/``'min'``/``'max'`` combine the rows' values per column.
    Joined columns get readable, valid names (``readable``; their titles go to
    ``report.aliases``); names that ``existing`` already has get ``prefix``.
    """
    if key_kind not in KEY_KINDS:
        raise JoinError(f"key_kind must be one of {KEY_KINDS}")
    if duplicates not in DUPLICATE_RULES:
        raise JoinError(f"duplicates must be one of {DUPLICATE_RULES}")
    if table_key not in table.columns:
        raise JoinError(translate("Join", "The key column '{col}' is not in the table. Columns: {cols}.").format(
            col=table_key, cols=", ".join(map(str, table.columns))))
    report = JoinReport(key_kind=key_kind, table_rows=len(table), target_rows=len(target), duplicate_rule=duplicates)
    if table.empty:
        raise JoinError(translate("Join", "The table has no rows: there is nothing to join."))

    target_codes = regions.normalise_codes(target[target_key].to_numpy(), level) if key_kind == "code" else None
    if key_kind == "code":
        level = level or target_level(target_codes)
    report.level = level
    keep = pd.Series(True, index=table.index)

    code_col = table_key if key_kind == "code" else table_code
    if code_col is not None:
        codes = regions.normalise_codes(table[code_col].to_numpy(), level)
        codes.index = table.index
        code_levels = codes.map(regions.level_of_code)
        if level is not None:
            other = code_levels.notna() & (code_levels != level)
            report.other_level = [str(v).strip() for v in table.loc[other, code_col]]
            keep &= ~other
    if key_kind == "code":
        keys = codes
        invalid = keys.isna() & keep
        report.invalid_keys = [_text_value(v) for v in table.loc[invalid, table_key]]
        keep &= ~invalid
        tkeys = pd.Series(target_codes.to_numpy(), index=target.index)
    else:
        keys = normalise_names(table[table_key].to_numpy())
        keys.index = table.index
        invalid = keys.isna() & keep
        report.invalid_keys = [_text_value(v) for v in table.loc[invalid, table_key]]
        keep &= ~invalid
        tkeys = normalise_names(target[target_key].to_numpy())
        tkeys.index = target.index
        counts = tkeys.value_counts()
        report.ambiguous_target = sorted(counts[counts > 1].index)

    rows = table.loc[keep].copy()
    rows_keys = keys.loc[keep]
    drop = {table_key} | ({table_code} if table_code else set())
    wanted = [c for c in (columns if columns else table.columns) if c not in drop]
    missing = [c for c in wanted if c not in table.columns]
    if missing:
        raise JoinError(translate("Join", "The table has no column(s) {cols}.").format(cols=", ".join(missing)))
    counts = rows_keys.value_counts()
    dups = counts[counts > 1]
    report.duplicates = {str(k): int(v) for k, v in dups.items()}
    if report.duplicates and duplicates == "error":
        raise JoinError(translate("Join", "The table has several rows for {n} key(s): {items}. A join needs one row "
                                          "per neighbourhood: choose the table rows of one period or category, or "
                                          "choose what to do with rows of the same key (take the first or last whole "
                                          "row, or sum, average, minimum or maximum of their values).").format(
            n=len(dups), items=_short(f"{k} ×{c}" for k, c in dups.items())))
    data = rows[wanted].copy()
    data["__key"] = rows_keys.to_numpy()
    numeric_cols = [c for c in wanted if pd.api.types.is_numeric_dtype(data[c])]
    text_cols = [c for c in wanted if c not in numeric_cols]
    combined = _one_row_per_key(data, duplicates, numeric_cols, text_cols)[wanted]

    target_set = set(tkeys.dropna())
    table_set = set(combined.index)
    report.matched = sorted(str(k) for k in table_set & target_set)
    unmatched_keys = [k for k in combined.index if k not in target_set]
    original = rows.assign(__key=rows_keys.to_numpy()).drop_duplicates("__key").set_index("__key")[table_key]
    report.unmatched_table = [str(original.get(k, k)).strip() for k in unmatched_keys]
    target_names = target[target_name] if target_name and target_name in target.columns else None
    no_row = tkeys.isna() | ~tkeys.isin(table_set)
    report.unmatched_target = [(_text_value(target.at[i, target_key]),
                                None if target_names is None else target_names.at[i]) for i in target.index[no_row]]
    report.matched_features = int((~no_row).sum())

    names = readable_names(wanted) if readable else {c: str(c) for c in wanted}
    prefixed = prefixed_names(list(names.values()), existing, prefix)
    rename = {c: prefixed[names[c]] for c in wanted}
    report.renamed = {c: rename[c] for c in wanted if prefixed[names[c]] != names[c]}
    report.field_names = dict(rename)
    report.aliases = {rename[c]: str(c) for c in wanted if rename[c] != str(c)}
    out = combined.reindex(tkeys.to_numpy())
    out.index = target.index
    out = out.rename(columns=rename)
    report.joined_columns = list(out.columns)
    report.all_null_columns = [rename[c] for c in wanted if table[c].isna().all()]
    _hints(report, table, level, rows_keys, target_codes)
    return out, report


def _hints(report: JoinReport, table: pd.DataFrame, level, keys: pd.Series, target_codes) -> None:
    if report.matched_features == 0 and report.key_kind == "code" and target_codes is not None:
        same_gm = set(keys.dropna().map(regions.gemeentecode_of)) & set(target_codes.dropna().map(
            regions.gemeentecode_of))
        if same_gm:
            report.hints.append(translate(
                "Join", "No code matched although the table has {level} of the same municipality: its codes are "
                        "probably from another year (codes change with boundary changes). Use a table of the "
                        "layer's year, or join by name.").format(level=level))
        elif len(keys.dropna()):
            report.hints.append(translate(
                "Join", "No code matched: the table is about other municipalities or another level than the layer."))
