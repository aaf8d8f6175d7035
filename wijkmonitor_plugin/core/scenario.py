"""Policy scenarios: what-if changes to indicators, and how the deprivation index responds (plain pandas).

A change table has one row per change: scenario name, area selection (all areas, area codes or
an expression), indicator field, operation (``set``, ``add``, ``multiply``, ``percent``) and
value. Several rows with the same scenario name form one scenario; their changes are applied in
table order.

Method: the baseline is computed with :func:`.deprivation.compute_index` as usual. Each scenario
is then evaluated *against the baseline*: every changed area gets the scores, ranks and deciles of
the index recomputed on the baseline data with only that area's new values
(:func:`.index_worlds.evaluate_changed_areas`), so its new rank counts exactly the unchanged areas
it now passes, and every area whose data did not change keeps its baseline scores, ranks and
deciles. With a single changed area this is the re-ranked index itself. With ``rerank=True`` the
index is instead recomputed on the changed data as a whole (all changes at once), exactly what the
index algorithm gives on that data; then unchanged areas can move too.

Expressions are evaluated by the QGIS adapter and passed in as sets of frame index labels; this
module matches codes (with :func:`.regions.normalise_code`), applies and validates the changes and
builds the comparison.
"""

from __future__ import annotations

import difflib
import math
import re
import unicodedata
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from ..i18n import translate
from .deprivation import compute_index
from .errors import CanceledError, WijkmonitorError
from .index_groups import GROUP_MIN_AREAS
from .index_worlds import evaluate_changed_areas
from .regions import level_of_code, normalise_code

SET, ADD, MULTIPLY, PERCENT = "set", "add", "multiply", "percent"
OPERATIONS = (SET, ADD, MULTIPLY, PERCENT)
ALL, CODES, EXPRESSION = "all", "codes", "expression"
SELECTION_KINDS = (ALL, CODES, EXPRESSION)
#: the field names of a change table (lower case) and what they mean; Dutch names are accepted too
COLUMNS = {
    "scenario": ("scenario", "scenario_name", "scenarionaam", "naam", "name"),
    "areas": ("areas", "area", "selection", "gebieden", "gebied", "selectie", "codes"),
    "selection_type": ("selection_type", "type", "selectietype", "soort"),
    "field": ("field", "indicator", "veld", "indicator_field"),
    "operation": ("operation", "bewerking", "op"),
    "value": ("value", "waarde"),
}
#: the column order of a matrix parameter
MATRIX_HEADERS = ("scenario", "areas", "field", "operation", "value")
_OPERATION_NAMES = {
    SET: ("set", "=", "zet", "vervang", "replace", "nieuwe waarde"),
    ADD: ("add", "+", "plus", "optellen", "tel op", "erbij"),
    MULTIPLY: ("multiply", "*", "x", "×", "times", "vermenigvuldig", "vermenigvuldigen", "keer"),
    PERCENT: ("percent", "percent change", "percent_change", "percentage", "percentage change", "%", "pct",
              "procent", "procentuele verandering", "procentuele_verandering"),
}
_ALL_WORDS = ("", "all", "alle", "*", "(all)", "alles", "all areas", "alle gebieden")
_KIND_NAMES = {ALL: ("all", "alle", "alles"), CODES: ("codes", "code"),
               EXPRESSION: ("expression", "expressie", "expr", "filter")}
SCORE_SUFFIXES = ("_score", "_rank", "_decile")
MAX_FIELD_LENGTH = 63  #: PostgreSQL's identifier limit, also fine for GeoPackage
MOST_DEPRIVED = 1


class ScenarioError(WijkmonitorError, ValueError):
    """A change table or scenario that cannot be evaluated; the message names the row and what to do."""


@dataclass
class Change:
    row: int  #: 1-based row of the change table (header not counted)
    scenario: str
    areas: str  #: the selection as written
    kind: str  #: all, codes or expression
    field: str
    operation: str
    value: float
    codes: list = field(default_factory=list)


@dataclass
class ScenarioOutcome:
    name: str
    prefix: str
    frame: pd.DataFrame  #: index columns of the scenario (like the index output)
    touched: pd.Series  #: bool per area: changed by at least one change
    summary: dict


@dataclass
class ScenarioResult:
    baseline: object  #: the baseline IndexResult
    scenarios: list  #: ScenarioOutcome per scenario, in table order
    frame: pd.DataFrame  #: baseline columns + per scenario <prefix>_… columns and deltas
    decile_changes: pd.DataFrame  #: one row per area, scenario and domain whose decile changed
    messages: list
    report: dict


def _fail(text: str) -> ScenarioError:
    return ScenarioError(text)


def _row_error(row: int, text: str) -> ScenarioError:
    return ScenarioError(translate("Scenario", "Change table, row {row}: {problem}").format(row=row, problem=text))


def _text(value) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def parse_number(value) -> float | None:
    """A number from a cell: 12, '12', '-20%', '−20', '1,5' (decimal comma); None when it is not one."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float, np.integer, np.floating)):
        v = float(value)
        return None if math.isnan(v) or math.isinf(v) else v
    text = _text(value).replace("\u2212", "-").replace(" ", "").rstrip("%")
    if "," in text:
        text = text.replace(".", "").replace(",", ".") if "." in text else text.replace(",", ".")
    try:
        v = float(text)
    except ValueError:
        return None
    return None if math.isnan(v) or math.isinf(v) else v


def parse_operation(value) -> str | None:
    text = re.sub(r"\s+", " ", _text(value).lower())
    for op, names in _OPERATION_NAMES.items():
        if text in names:
            return op
    return None


def _column_map(columns) -> dict:
    """Meaning → actual column name of a change table (case-insensitive, Dutch names accepted)."""
    lower = {str(c).strip().lower(): c for c in columns}
    out = {}
    for meaning, names in COLUMNS.items():
        for name in names:
            if name in lower and lower[name] not in out.values():
                out[meaning] = lower[name]
                break
    return out


def code_key(value, level: str | None = None) -> str | None:
    """The key an area code is matched on: the normalised CBS code, else the trimmed upper-case text."""
    norm = normalise_code(value, level)
    if norm:
        return norm
    text = _text(value).upper()
    return text or None


def split_codes(text: str) -> list:
    return [t for t in re.split(r"[\s,;|]+", text) if t]


def _selection_kind(text: str, kind_text: str, known_codes: set | None, level: str | None, row: int) -> str:
    given = _text(kind_text).lower()
    if given:
        for kind, names in _KIND_NAMES.items():
            if given in names:
                return kind
        raise _row_error(row, translate("Scenario", "unknown selection type '{kind}'; use all, codes or "
                                                    "expression.").format(kind=kind_text))
    if text.strip().lower() in _ALL_WORDS:
        return ALL
    tokens = split_codes(text)
    if tokens and all(normalise_code(t, level) or (known_codes and code_key(t, level) in known_codes)
                      for t in tokens):
        return CODES
    return EXPRESSION


def parse_changes(records, known_codes: set | None = None, level: str | None = None) -> list:
    """Changes from a table: a list of dicts (one per row) or a DataFrame.

    ``known_codes`` (keys from :func:`code_key`) and ``level`` help to tell a list of area codes
    from an expression when the table has no ``selection_type`` column. Raises
    :class:`ScenarioError` naming the row for an unknown operation or a value that is not a number.
    """
    rows = records.to_dict("records") if isinstance(records, pd.DataFrame) else [dict(r) for r in records]
    if not rows:
        raise _fail(translate("Scenario", "The change table is empty: add at least one row with an area selection, "
                                          "field, operation and value."))
    changes = []
    for i, rec in enumerate(rows, start=1):
        cols = _column_map(rec.keys())
        missing = [m for m in ("field", "operation", "value") if m not in cols]
        if missing:
            raise _fail(translate("Scenario", "The change table lacks the column(s) {missing}. It needs: scenario, "
                                              "areas, field, operation, value (found: {found}).")
                        .format(missing=", ".join(missing), found=", ".join(str(c) for c in rec.keys())))
        get = {m: rec.get(c) for m, c in cols.items()}
        if all(_text(v) == "" for v in get.values()):
            continue  # an empty row (a spreadsheet's trailing lines)
        name = _text(get.get("scenario")) or "scenario"
        field_name = _text(get.get("field"))
        if not field_name:
            raise _row_error(i, translate("Scenario", "no field given; name the indicator field to change."))
        op = parse_operation(get.get("operation"))
        if op is None:
            raise _row_error(i, translate("Scenario", "unknown operation '{op}'; use set, add, multiply or percent "
                                                      "(percent change, e.g. -20 for 20% less).")
                             .format(op=_text(get.get("operation"))))
        value = parse_number(get.get("value"))
        if value is None:
            raise _row_error(i, translate("Scenario", "the value '{value}' is not a number.")
                             .format(value=_text(get.get("value"))))
        areas = _text(get.get("areas"))
        kind = _selection_kind(areas, get.get("selection_type"), known_codes, level, i)
        codes = split_codes(areas) if kind == CODES else []
        changes.append(Change(row=i, scenario=name, areas=areas, kind=kind, field=field_name, operation=op,
                              value=value, codes=codes))
    if not changes:
        raise _fail(translate("Scenario", "The change table has no filled rows."))
    return changes


def matrix_records(values, headers=MATRIX_HEADERS) -> list:
    """The rows of a Processing matrix parameter (a flat list, row by row) as dicts."""
    values = list(values or [])
    width = len(headers)
    if len(values) % width:
        raise _fail(translate("Scenario", "The change matrix has {n} cells, which is not a whole number of rows of "
                                          "{width} ({headers}).").format(n=len(values), width=width,
                                                                         headers=", ".join(headers)))
    return [dict(zip(headers, values[i:i + width])) for i in range(0, len(values), width)]


# -- fields ----------------------------------------------------------------------------------------

PERCENTAGE, COUNT = "percentage", "count"


def field_kind(name: str, catalogue=None) -> str | None:
    """'percentage' (must stay within 0–100), 'count' (must stay ≥ 0) or None (any number).

    By name (``percentage*``, ``perc*``, ``p_*``, ``*_pct``; ``aantal*``, ``a_*``), else by the unit
    of the catalogue indicator or variable with that field name ('%' or 'aantal').
    """
    lower = name.lower()
    if lower.startswith(("percentage", "perc", "p_")) or lower.endswith("_pct"):
        return PERCENTAGE
    if lower.startswith(("aantal", "a_")):
        return COUNT
    if catalogue is not None:
        try:
            ind = catalogue.find_by_field(name)
            var = catalogue.find_variable(name)
        except Exception:  # noqa: BLE001 (a broken catalogue must not stop a scenario)
            ind = var = None
        unit = (getattr(ind, "unit", None) or getattr(var, "unit", None) or "").strip().lower()
        if unit == "%":
            return PERCENTAGE
        if unit == "aantal":
            return COUNT
    return None


def default_catalogue():
    """The bundled catalogue, or None if it cannot be read."""
    try:
        from .catalogue import load_catalogue

        return load_catalogue()
    except Exception:  # noqa: BLE001
        return None


def sanitise_name(name: str) -> str:
    """A scenario name as a field-name prefix: ASCII lower case, digits and underscores, starting with a letter."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii").lower()
    text = re.sub(r"[^a-z0-9]+", "_", text).strip("_")
    if not text or not text[0].isalpha():
        text = "s_" + text if text else "scenario"
    return text


def scenario_prefixes(names, longest_suffix: int, reserved=()) -> dict:
    """Unique prefixes for scenario names such that ``<prefix>_<suffix>`` fits in 63 characters."""
    room = max(4, MAX_FIELD_LENGTH - 1 - longest_suffix)
    out: dict = {}
    used = {r.lower() for r in reserved}
    for name in names:
        base = sanitise_name(name)[:room].rstrip("_") or "s"
        prefix, n = base, 2
        while prefix in used:
            tail = f"_{n}"
            prefix = base[:room - len(tail)] + tail
            n += 1
        used.add(prefix)
        out[name] = prefix
    return out


# -- selections and changes ------------------------------------------------------------------------

def code_level(codes: pd.Series) -> str | None:
    """The CBS level of a code field (from its first valid code), for matching bare codes."""
    for value in codes:
        norm = normalise_code(value)
        if norm:
            return level_of_code(norm)
    return None


def code_index(codes: pd.Series) -> dict:
    """Code key → list of frame index labels."""
    level = code_level(codes)
    out: dict = {}
    for label, value in codes.items():
        key = code_key(value, level)
        if key:
            out.setdefault(key, []).append(label)
    return out


def select_areas(change: Change, frame: pd.DataFrame, codes: dict, expression_selections: dict, level: str | None,
                 allow_empty: bool, messages: list) -> pd.Index:
    """The frame labels a change applies to."""
    if change.kind == ALL:
        return frame.index
    if change.kind == CODES:
        labels, unknown = [], []
        for code in change.codes:
            hit = codes.get(code_key(code, level))
            if hit:
                labels.extend(hit)
            else:
                unknown.append(code)
        if unknown:
            text = translate("Scenario", "{n} code(s) match no area: {codes}.").format(
                n=len(unknown), codes=", ".join(unknown[:10]))
            if not allow_empty:
                raise _row_error(change.row, text + " " + translate(
                    "Scenario", "Check the codes and the code field, or allow selections without areas."))
            messages.append(translate("Scenario", "Change table, row {row}: {problem}").format(row=change.row,
                                                                                             problem=text))
        return frame.index[frame.index.isin(labels)]
    if change.row not in expression_selections:
        raise _row_error(change.row, translate("Scenario", "the expression '{expr}' was not evaluated.")
                         .format(expr=change.areas))
    selected = frame.index[frame.index.isin(list(expression_selections[change.row]))]
    if len(selected) == 0:
        text = translate("Scenario", "the expression '{expr}' selects no area.").format(expr=change.areas)
        if not allow_empty:
            raise _row_error(change.row, text + " " + translate(
                "Scenario", "Check the expression, or allow selections without areas."))
        messages.append(translate("Scenario", "Change table, row {row}: {problem}").format(row=change.row,
                                                                                         problem=text))
    return selected


def _apply(values: np.ndarray, change: Change) -> np.ndarray:
    if change.operation == SET:
        return np.full(values.shape, change.value)
    if change.operation == ADD:
        return values + change.value
    if change.operation == MULTIPLY:
        return values * change.value
    return values * (1.0 + change.value / 100.0)


def check_fields(changes: list, available) -> None:
    """Raise :class:`ScenarioError` for the first change whose field is not among ``available``."""
    names = [str(n) for n in available]
    for change in changes:
        if change.field not in names:
            close = difflib.get_close_matches(change.field, names, n=3)
            hint = (" " + translate("Scenario", "Did you mean: {names}?").format(names=", ".join(close))
                    if close else "")
            raise _row_error(change.row, translate("Scenario", "the field '{field}' is not in the layer.")
                             .format(field=change.field) + hint)


def _check_field(change: Change, frame: pd.DataFrame) -> None:
    check_fields([change], frame.columns)
    col = frame[change.field]
    if not pd.api.types.is_numeric_dtype(col) or pd.api.types.is_bool_dtype(col):
        raise _row_error(change.row, translate("Scenario", "the field '{field}' is text, not a number; only "
                                                           "numeric indicator fields can be changed.")
                         .format(field=change.field))


def apply_changes(frame: pd.DataFrame, changes: list, selections: dict, labels: pd.Series | None = None,
                  catalogue=None, messages: list | None = None):
    """The frame with ``changes`` (of one scenario) applied in order, and a bool Series of the areas changed.

    ``selections`` maps a change's row to the frame labels it applies to. An unknown or text
    field, or a result outside its range (percentages 0–100, counts ≥ 0), raises
    :class:`ScenarioError` naming the row. A NULL value stays NULL unless the operation is ``set``.
    """
    out = frame.copy()
    touched = pd.Series(False, index=frame.index)
    for change in changes:
        _check_field(change, out)
        sel = selections[change.row]
        if len(sel) == 0:
            continue
        column = out[change.field].astype(float)
        old = column.loc[sel].to_numpy(dtype=float)
        new = _apply(old, change)
        kind = field_kind(change.field, catalogue)
        low, high = {PERCENTAGE: (0.0, 100.0), COUNT: (0.0, math.inf)}.get(kind, (-math.inf, math.inf))
        bad = ~np.isnan(new) & ((new < low) | (new > high))
        if bad.any():
            where = labels.loc[sel[bad]] if labels is not None else pd.Series(sel[bad])
            rule = (translate("Scenario", "a percentage must stay between 0 and 100") if kind == PERCENTAGE
                    else translate("Scenario", "a count cannot be negative"))
            raise _row_error(change.row, translate(
                "Scenario", "'{op} {value:g}' makes {field} {result:g} in {n} area(s) (first: {area}), but {rule}. "
                            "Use a smaller change or 'set'.").format(
                op=change.operation, value=change.value, field=change.field, result=float(new[bad][0]),
                n=int(bad.sum()), area=_text(where.iloc[0]), rule=rule))
        if messages is not None and change.operation != SET and np.isnan(old).any():
            messages.append(translate("Scenario", "Change table, row {row}: {n} selected area(s) have no value for "
                                                  "{field} (NULL); they stay NULL.").format(
                row=change.row, n=int(np.isnan(old).sum()), field=change.field))
        column.loc[sel] = new
        out[change.field] = column
        changed = pd.Series(~(np.isclose(old, new, rtol=0, atol=0) | (np.isnan(old) & np.isnan(new))), index=sel)
        touched.loc[sel] = touched.loc[sel].to_numpy() | changed.to_numpy()
    return out, touched


# -- the comparison --------------------------------------------------------------------------------

def _delta(a: pd.Series, b: pd.Series) -> pd.Series:
    """b − a; NULL where either is NULL (integers stay integers)."""
    if pd.api.types.is_integer_dtype(a) and pd.api.types.is_integer_dtype(b):
        return (b.astype("Int64") - a.astype("Int64")).astype("Int64")
    return b.astype(float) - a.astype(float)


def score_columns(frame: pd.DataFrame) -> list:
    return [c for c in frame.columns if str(c).endswith(SCORE_SUFFIXES)]


def _decile_changes(name: str, base: pd.DataFrame, scen: pd.DataFrame, measures: list, codes, names,
                    domain_labels: dict) -> list:
    rows = []
    for measure in measures:
        b, s = base[f"{measure}_decile"], scen[f"{measure}_decile"]
        differ = (b.isna() != s.isna()) | (b.notna() & s.notna() & (b.fillna(0) != s.fillna(0)))
        for label in base.index[differ.to_numpy()]:
            rows.append({
                "scenario": name, "code": None if codes is None else _text(codes.get(label)),
                "name": None if names is None else _text(names.get(label)), "domain": measure,
                "domain_label": domain_labels.get(measure, measure),
                "decile_from": b.get(label), "decile_to": s.get(label),
                "rank_from": base[f"{measure}_rank"].get(label), "rank_to": scen[f"{measure}_rank"].get(label),
                "score_from": base[f"{measure}_score"].get(label), "score_to": scen[f"{measure}_score"].get(label),
            })
    return rows


def _changed_areas(base: pd.DataFrame, scen: pd.DataFrame, touched: pd.Series, codes, names) -> list:
    """Every area that was changed or whose index rank or decile moved: name, code, rank and decile before → after.

    Largest rank move first (then the most deprived first), so a report that shows the first rows shows
    what matters most.
    """
    b_rank, s_rank = base["index_rank"].astype(float), scen["index_rank"].astype(float)
    b_dec, s_dec = base["index_decile"], scen["index_decile"]
    moved = (b_rank.isna() != s_rank.isna()) | (b_rank.fillna(0) != s_rank.fillna(0))
    moved |= (b_dec.isna() != s_dec.isna()) | (b_dec.fillna(0) != s_dec.fillna(0))
    which = touched.astype(bool).to_numpy() | moved.to_numpy()
    delta = (s_rank - b_rank).abs().fillna(np.inf)
    order = sorted(base.index[which], key=lambda i: (-delta.get(i), b_rank.get(i) if b_rank.get(i) == b_rank.get(i)
                                                     else np.inf))
    return [{"code": None if codes is None else _text(codes.get(i)),
             "name": None if names is None else _text(names.get(i)),
             "changed": bool(touched.get(i)),
             "rank_from": _clean(base["index_rank"].get(i)), "rank_to": _clean(scen["index_rank"].get(i)),
             "decile_from": _clean(b_dec.get(i)), "decile_to": _clean(s_dec.get(i)),
             "score_from": _clean(base["index_score"].get(i)), "score_to": _clean(scen["index_score"].get(i))}
            for i in order]


def _summary(name: str, prefix: str, changes: list, base: pd.DataFrame, scen: pd.DataFrame, touched: pd.Series,
             measures: list, codes, names=None) -> dict:
    bd, sd = base["index_decile"], scen["index_decile"]
    both = bd.notna() & sd.notna()
    left = both & (bd == MOST_DEPRIVED) & (sd != MOST_DEPRIVED)
    entered = both & (bd != MOST_DEPRIVED) & (sd == MOST_DEPRIVED)
    delta = (scen["index_score"].astype(float) - base["index_score"].astype(float))
    moved = {}
    for m in measures:
        b, s = base[f"{m}_decile"], scen[f"{m}_decile"]
        moved[m] = int(((b.isna() != s.isna()) | (b.notna() & s.notna() & (b.fillna(0) != s.fillna(0)))).sum())
    rank_delta = scen["index_rank"].astype(float) - base["index_rank"].astype(float)
    order = rank_delta.abs().sort_values(ascending=False, kind="stable")
    movers = []
    for label in order.index[:10]:
        if not (order.loc[label] > 0):
            break
        movers.append({"code": None if codes is None else _text(codes.get(label)),
                       "name": None if names is None else _text(names.get(label)),
                       "rank_from": base["index_rank"].get(label), "rank_to": scen["index_rank"].get(label),
                       "decile_from": bd.get(label), "decile_to": sd.get(label)})
    return {
        "name": name, "prefix": prefix,
        "changes": [{"row": c.row, "areas": c.areas or ALL, "selection": c.kind, "field": c.field,
                     "operation": c.operation, "value": c.value} for c in changes],
        "areas_changed": int(touched.sum()),
        "areas_changing_index_decile": moved.get("index", 0),
        "decile_changes_per_domain": moved,
        "left_most_deprived_decile": int(left.sum()),
        "left_most_deprived_decile_codes": [] if codes is None else [_text(codes.get(i)) for i in base.index[left]],
        "left_most_deprived_decile_names": [] if names is None else [_text(names.get(i)) for i in base.index[left]],
        "entered_most_deprived_decile": int(entered.sum()),
        "entered_most_deprived_decile_names": [] if names is None else [_text(names.get(i))
                                                                        for i in base.index[entered]],
        "index_score_delta_min": _clean(delta.min()), "index_score_delta_max": _clean(delta.max()),
        "largest_rank_moves": movers,
        "changed_areas": _changed_areas(base, scen, touched, codes, names),
    }


def _clean(value):
    if value is None or value is pd.NA:
        return None
    if isinstance(value, (np.integer,)):
        return int(value)
    if isinstance(value, (float, np.floating)):
        return None if math.isnan(float(value)) else float(value)
    return value


def run_scenarios(frame: pd.DataFrame, changes: list, definition=None, population=None, min_population: float = 0,
                  groups=None, labels=None, code_field: str | None = None, name_field: str | None = None,
                  expression_selections: dict | None = None, rerank: bool = False, allow_empty: bool = False,
                  catalogue=None, language: str = "en", feedback=None, group_min_areas: int = GROUP_MIN_AREAS,
                  impute: bool = True) -> ScenarioResult:
    """The baseline index and each scenario of ``changes`` compared with it.

    ``frame`` holds the indicator fields (and code/name/population/group fields); the options are
    those of :func:`.deprivation.compute_index`. ``code_field`` is matched against code
    selections; ``expression_selections`` maps a change's row to the frame labels its expression
    selected. ``rerank=False`` (default) evaluates each scenario against the baseline reference,
    ``rerank=True`` recomputes the whole index on the changed data. ``feedback`` (optional) is
    called with a progress fraction and returns True to cancel.
    """
    messages: list = []
    expression_selections = expression_selections or {}
    options = {"population": population, "min_population": min_population, "groups": groups, "labels": labels,
               "group_min_areas": group_min_areas, "impute": impute}
    try:
        baseline = compute_index(frame, definition, **options)
    except WijkmonitorError as exc:
        raise _fail(str(exc)) from exc
    messages.extend(baseline.messages)
    ref = baseline.reference
    used = {f for d in ref.definition.domains for i in d.all_indicators() for f in i.needed_fields()}
    if isinstance(population, str):
        used.add(population)
    codes = frame[code_field] if code_field else None
    names = frame[name_field] if name_field else None
    level = code_level(codes) if codes is not None else None
    index_of_codes = code_index(codes) if codes is not None else {}
    label_series = frame[labels] if isinstance(labels, str) else codes

    scenario_names = list(dict.fromkeys(c.scenario for c in changes))
    longest = max(len(f"{c}_delta") for c in baseline.frame.columns)
    prefixes = scenario_prefixes(scenario_names, max(longest, len("changed")), reserved=[
        str(c).split("_")[0] for c in baseline.frame.columns])
    measures = [d.id for d in ref.definition.domains] + ["index"]
    domain_labels = {d.id: d.title(language) for d in ref.definition.domains}
    domain_labels["index"] = translate("Scenario", "Index")

    selections = {}
    for change in changes:
        if change.kind == CODES and codes is None:
            raise _row_error(change.row, translate("Scenario", "area codes need a code field; choose one (e.g. "
                                                               "statcode)."))
        selections[change.row] = select_areas(change, frame, index_of_codes, expression_selections, level,
                                              allow_empty, messages)
        if change.field in frame.columns and change.field not in used:
            messages.append(translate("Scenario", "Change table, row {row}: the index does not use {field}, so "
                                                  "this change does not move any score.").format(
                row=change.row, field=change.field))

    columns: dict = {}
    outcomes, table_rows = [], []
    for k, name in enumerate(scenario_names):
        share = 1.0 / max(1, len(scenario_names))

        def progress(fraction, k=k, share=share):
            return feedback is not None and bool(feedback((k + fraction) * share))

        if progress(0.0):
            raise _fail(translate("Scenario", "Cancelled."))
        own = [c for c in changes if c.scenario == name]
        changed, touched = apply_changes(frame, own, selections, label_series, catalogue, messages)
        try:
            if rerank:
                scen = compute_index(changed, definition, **options).frame
            else:
                scen = baseline.frame.copy()
                worlds = evaluate_changed_areas(frame, changed, frame.index[touched.to_numpy()], baseline,
                                                population, min_population, groups, impute, progress)
                if len(worlds):
                    for col in scen.columns:
                        scen.loc[worlds.index, col] = worlds[col].astype(scen[col].dtype)
        except CanceledError as exc:
            raise _fail(translate("Scenario", "Cancelled.")) from exc
        except WijkmonitorError as exc:
            raise _fail(translate("Scenario", "Scenario '{name}': {problem}").format(name=name, problem=exc)) from exc
        prefix = prefixes[name]
        columns[f"{prefix}_changed"] = touched.astype("Int64")
        for col in scen.columns:
            columns[f"{prefix}_{col}"] = scen[col]
        for col in score_columns(scen):
            columns[f"{prefix}_{col}_delta"] = _delta(baseline.frame[col], scen[col])
        summary = _summary(name, prefix, own, baseline.frame, scen, touched, measures, codes, names)
        outcomes.append(ScenarioOutcome(name, prefix, scen, touched, summary))
        table_rows += _decile_changes(name, baseline.frame, scen, measures, codes, names, domain_labels)

    out = pd.concat([baseline.frame, pd.DataFrame(columns, index=frame.index)], axis=1)
    table_columns = ["scenario", "code", "name", "domain", "domain_label", "decile_from", "decile_to",
                     "rank_from", "rank_to", "score_from", "score_to"]
    table = pd.DataFrame(table_rows, columns=table_columns)
    for col in ("decile_from", "decile_to", "rank_from", "rank_to"):
        table[col] = pd.to_numeric(table[col], errors="coerce").astype("Int64")
    for col in ("score_from", "score_to"):
        table[col] = pd.to_numeric(table[col], errors="coerce").astype(float)
    for col in ("scenario", "code", "name", "domain", "domain_label"):
        table[col] = table[col].astype(object)
    report = {
        "method": "rerank" if rerank else "reference",
        "definition": ref.definition.name,
        "domains": [d.id for d in ref.definition.domains],
        "left_out_domains": [d["id"] for d in ref.left_out_domains],
        "areas": int(len(frame)),
        "baseline_areas_with_index": int(baseline.frame["index_score"].notna().sum()),
        "baseline_areas_ranked": int(baseline.frame["index_rank"].notna().sum()),
        "domain_labels": domain_labels,
        "scenarios": [o.summary for o in outcomes],
        "messages": messages,
    }
    return ScenarioResult(baseline=baseline, scenarios=outcomes, frame=out, decile_changes=table,
                          messages=messages, report=report)
