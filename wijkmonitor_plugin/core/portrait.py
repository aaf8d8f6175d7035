"""A portrait of a gemeente or a kern for one theme: its figures, its parts, the country and similar areas.

Plain pandas. The QGIS side (``algorithms/portrait.py``) aggregates the buurten to the area and its
parts (wijken, kernen) with ``wijkmonitor:aggregateareas`` and hands the frames here; this module
computes the theme's indicators on them (the catalogue's rules, :mod:`.indicators`), the country
and the comparison group from a national table of gemeenten (:mod:`.aggregate`, so shares are
recomputed from counts, means weighted), the trends of fields that hold several years, the
energy-transition typology of the area's buurten (:mod:`.energy`) and the sources and
definitions, all in one JSON-ready dict that the printed portrait and the HTML page both show.

The comparison group is pluggable (:data:`COMPARISON_RULES`): by default the gemeenten of the
national table in the same CBS stedelijkheid class, or — when the national table carries the
``similar_codes`` of ``wijkmonitor:similarareas`` — those similar gemeenten.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field
from typing import Callable

import numpy as np
import pandas as pd

from ..i18n import translate
from . import energy as en
from . import regions
from .aggregate import aggregate_frame
from .catalogue import Catalogue, Indicator
from .indicators import compute_indicators, field_lookup, plan_indicators, resolve_variable
from .profile import judge

# -- themes ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PortraitTheme:
    """A catalogue theme, or a composed one: ``first`` indicators (from any theme), then the rest of ``themes``."""

    id: str
    label: dict
    themes: tuple
    first: tuple = ()

    def label_for(self, lang: str = "en") -> str:
        return self.label.get(lang) or self.label.get("en") or self.id


#: The sustainability portrait: the energy theme, the ownership the energy transition depends on and the
#: climate indicators that live in other themes (each indicator is in one catalogue theme, because its id is
#: its output field; heat island and noise are in 'nuisance', green space and ownership in 'housing').
SUSTAINABILITY = PortraitTheme(
    "sustainability", {"nl": "Duurzaamheid", "en": "Sustainability"}, ("energy",),
    ("energiekosten_eur", "aardgasverbruik_m3", "elektriciteitslevering_kwh", "stadsverwarming_pct",
     "aardgasvrij_pct", "zonnestroom_pct", "elektrisch_verwarmd_pct", "energielabel_efg_pct", "energiearmoede_pct",
     "koopwoningen_pct", "corporatiewoningen_pct", "hitte_eiland_c", "geluid_lden_db", "afstand_openbaar_groen_km"))
#: indicators shown (table, maps, comparison) unless the user names them
MAX_INDICATORS = 12


def portrait_themes(catalogue: Catalogue) -> list[PortraitTheme]:
    """Sustainability first (the default), then every catalogue theme."""
    return [SUSTAINABILITY] + [PortraitTheme(t.id, dict(t.label), (t.id,)) for t in catalogue.themes]


def theme_indicators(catalogue: Catalogue, theme: PortraitTheme) -> list[Indicator]:
    ids = list(theme.first)
    for theme_id in theme.themes:
        ids += [i.id for i in catalogue.theme(theme_id).indicators]
    return [catalogue.indicator(i) for i in dict.fromkeys(ids)]


def choose_indicators(catalogue: Catalogue, theme: PortraitTheme, frames, chosen=None,
                      limit: int = MAX_INDICATORS) -> list[Indicator]:
    """The indicators with a value in any of ``frames`` (those ``chosen`` by id or field, else the theme's first)."""
    if chosen:
        out = []
        for name in chosen:
            ind = catalogue.find_by_field(name)
            if ind is None:
                raise KeyError(translate("Portrait", "'{name}' is not an indicator of the catalogue.").format(
                    name=name))
            out.append(ind)
        candidates, limit = out, len(out)
    else:
        candidates = theme_indicators(catalogue, theme)
    have = []
    for ind in candidates:
        if any(ind.id in f.columns and f[ind.id].notna().any() for f in frames):
            have.append(ind)
        if len(have) >= limit:
            break
    return have


# -- indicators on aggregated frames -------------------------------------------------------------------------


def indicator_frame(frame: pd.DataFrame, catalogue: Catalogue, indicators) -> tuple[pd.DataFrame, dict]:
    """The ``indicators`` computed on ``frame`` (aggregated rows): values, and per id the fields used."""
    ids = [i.id for i in indicators]
    plans, missing = plan_indicators(catalogue, frame.columns, indicator_ids=ids)
    result = compute_indicators(frame, plans, missing)
    values = result.values.reindex(columns=ids)
    return values, dict(result.computed)


def add_energy_cost(frame: pd.DataFrame, catalogue: Catalogue, prices: en.Prices) -> pd.DataFrame:
    """``frame`` with the estimated energy cost per household (where gas and electricity are known)."""
    inputs = en.resolve_inputs(catalogue, frame.columns)
    out = frame.copy()
    if inputs.fields.get("gas") and inputs.fields.get("electricity"):
        out[en.COST] = en.energy_cost(pd.to_numeric(frame[inputs.fields["gas"]], errors="coerce"),
                                      pd.to_numeric(frame[inputs.fields["electricity"]], errors="coerce"), prices)
    return out


# -- the comparison group --------------------------------------------------------------------------------------

#: field names of the CBS stedelijkheid class (1 very strongly … 5 not urban) and of the address density
STEDELIJKHEID_FIELDS = ("stedelijkheidAdressenPerKm2", "stedelijkheid_adressen_per_km2", "MateVanStedelijkheid",
                        "mateVanStedelijkheid", "stedelijkheid", "ste_mvs")
ADDRESS_DENSITY_FIELDS = ("omgevingsadressendichtheid", "Omgevingsadressendichtheid", "ste_oad")
#: CBS's classes of the address density (Kerncijfers 85984NED, 'Mate van stedelijkheid'): ≥ 2,500 addresses
#: per km² is 1, 1,500–2,500 is 2, 1,000–1,500 is 3, 500–1,000 is 4, fewer is 5
CLASS_LOWER_BOUNDS = (2500.0, 1500.0, 1000.0, 500.0)
SIMILAR_CODES = "similar_codes"


def urbanity_class(address_density) -> int | None:
    """The stedelijkheid class of an address density (CBS boundaries), None when unknown."""
    try:
        value = float(address_density)
    except (TypeError, ValueError):
        return None
    if not np.isfinite(value):
        return None
    for cls, bound in enumerate(CLASS_LOWER_BOUNDS, start=1):
        if value >= bound:
            return cls
    return 5


def urbanity_label(cls: int | None) -> str:
    return {
        1: translate("Portrait", "very strongly urban"), 2: translate("Portrait", "strongly urban"),
        3: translate("Portrait", "moderately urban"), 4: translate("Portrait", "hardly urban"),
        5: translate("Portrait", "not urban"),
    }.get(cls, translate("Portrait", "unknown"))


def first_column(frame: pd.DataFrame, candidates) -> str | None:
    lookup = field_lookup(frame.columns)
    return next((lookup[c.lower()] for c in candidates if c.lower() in lookup), None)


def address_density(buurten: pd.DataFrame, catalogue: Catalogue) -> float | None:
    """The address density of an area from its buurten: their densities weighted by dwellings (the addresses
    themselves are not published per buurt), by households where dwellings are missing."""
    col = first_column(buurten, ADDRESS_DENSITY_FIELDS)
    if col is None:
        return None
    lookup = field_lookup(buurten.columns)
    for variable in ("woningvoorraad", "huishoudens"):
        weight = resolve_variable(catalogue, variable, lookup)
        if weight is not None:
            return en.weighted_average(pd.to_numeric(buurten[col], errors="coerce").to_numpy(dtype=float),
                                       pd.to_numeric(buurten[weight], errors="coerce").to_numpy(dtype=float))
    return en.weighted_average(pd.to_numeric(buurten[col], errors="coerce").to_numpy(dtype=float), None)


@dataclass
class AreaKey:
    """What a comparison rule may use: the area's code (a gemeente's GM code), kind and stedelijkheid class."""

    code: str
    kind: str
    urbanity: int | None = None


@dataclass
class ComparisonGroup:
    label: str
    rule: str
    codes: list = field(default_factory=list)
    note: str = ""


def stedelijkheid_rule(national: pd.DataFrame, area: AreaKey) -> ComparisonGroup:
    """The gemeenten of the area's stedelijkheid class, the area itself left out."""
    col = first_column(national, STEDELIJKHEID_FIELDS)
    if col is None or area.urbanity is None:
        return ComparisonGroup(translate("Portrait", "similar gemeenten"), "stedelijkheid", [],
                               translate("Portrait", "no stedelijkheid class for this area or in the national table"))
    classes = pd.to_numeric(national[col], errors="coerce")
    codes = [c for c, k in zip(national["statcode"], classes) if k == area.urbanity and c != area.code]
    label = translate("Portrait", "{kind} gemeenten (class {cls})").format(kind=urbanity_label(area.urbanity),
                                                                           cls=area.urbanity)
    return ComparisonGroup(label, "stedelijkheid", codes)


def similar_codes_rule(national: pd.DataFrame, area: AreaKey) -> ComparisonGroup | None:
    """The similar gemeenten that ``wijkmonitor:similarareas`` wrote into the national table, if any."""
    if SIMILAR_CODES not in national.columns:
        return None
    row = national.loc[national["statcode"] == area.code, SIMILAR_CODES]
    text = row.iloc[0] if len(row) else None
    if not isinstance(text, str) or not text.strip():
        return None
    codes = [c for c in (regions.normalise_code(p.strip()) for p in re.split(r"[,;\s]+", text)) if c]
    return ComparisonGroup(translate("Portrait", "similar gemeenten ({n})").format(n=len(codes)), "similar", codes)


def automatic_rule(national: pd.DataFrame, area: AreaKey) -> ComparisonGroup:
    return similar_codes_rule(national, area) or stedelijkheid_rule(national, area)


#: name -> rule(national frame, AreaKey) -> ComparisonGroup; add a rule here to plug in another comparison
COMPARISON_RULES: dict[str, Callable] = {"automatic": automatic_rule, "stedelijkheid": stedelijkheid_rule}


def national_values(national: pd.DataFrame, catalogue: Catalogue, indicators, codes=None) -> dict:
    """The indicators over the gemeenten ``codes`` of the national table (all when None), the aggregate way."""
    rows = national if codes is None else national[national["statcode"].isin(set(codes))]
    if rows.empty:
        return {}
    numeric = rows[[c for c in rows.columns if c != "statcode" and pd.api.types.is_numeric_dtype(rows[c])]]
    result = aggregate_frame(numeric, pd.Series("all", index=rows.index), catalogue)
    values, _ = indicator_frame(result.values, catalogue, indicators)
    return {k: _num(v) for k, v in values.iloc[0].items()} if len(values) else {}


# -- trends ----------------------------------------------------------------------------------------------------

YEAR_FIELD = re.compile(r"^(?P<stem>.+?)_(?P<year>(?:19|20)\d\d)$")


def trend_families(columns, catalogue: Catalogue, indicators, stems=None) -> dict:
    """stem -> {year: field} for fields ``<stem>_<year>`` with at least two years whose stem the catalogue knows
    as one of the ``indicators`` or a variable they are made of (or, when ``stems`` are given, those stems)."""
    wanted_vars = set()
    for ind in indicators:
        for refs in ind.variable_sets():
            wanted_vars |= set([refs["value"]] if "value" in refs else refs["numerator"] + refs["denominator"])
        wanted_vars |= {s["count_variable"] for s in ind.sources if s.get("count_variable")}
    ids = {i.id for i in indicators}
    families: dict = {}
    for name in columns:
        match = YEAR_FIELD.match(str(name))
        if match:
            families.setdefault(match.group("stem"), {})[int(match.group("year"))] = name
    out = {}
    for stem, years in families.items():
        var = catalogue.find_variable(stem)
        ind = catalogue.find_by_field(stem)
        if len(years) < 2 or (var is None and ind is None):
            continue
        related = (var is not None and var.id in wanted_vars) or (ind is not None and ind.id in ids)
        if (stem.lower() in {s.lower() for s in stems}) if stems else related:
            out[stem] = dict(sorted(years.items()))
    return out


def trend_values(frame: pd.DataFrame, groups: pd.Series, catalogue: Catalogue, stem: str, years: dict,
                 support=()) -> pd.DataFrame:
    """Per group and year the aggregated value of ``<stem>_<year>`` (the catalogue's rule for ``stem``)."""
    out = {}
    for year, name in years.items():
        cols = [c for c in support if c in frame.columns]
        part = frame[cols + [name]].rename(columns={name: stem})
        out[year] = aggregate_frame(part, groups, catalogue).values[stem]
    return pd.DataFrame(out)


def trend_label(catalogue: Catalogue, stem: str, lang: str) -> tuple[str, str, int]:
    ind = catalogue.find_by_field(stem)
    if ind is not None:
        return ind.label_for(lang), ind.unit, ind.decimals
    var = catalogue.find_variable(stem)
    return (var.label_for(lang), var.unit, 0) if var is not None else (stem, "", 1)


# -- sources and definitions -------------------------------------------------------------------------------------


def definition_text(ind: Indicator, catalogue: Catalogue, lang: str) -> str:
    text = ind.definition_text(lang)
    if text:
        return text
    if ind.method == "value":
        return catalogue.variable(ind.definition["variable"]).label_for(lang)
    if ind.method == "rate":
        num = " + ".join(catalogue.variable(v).label_for(lang).lower() for v in ind.definition["numerator"])
        den = " + ".join(catalogue.variable(v).label_for(lang).lower() for v in ind.definition["denominator"])
        return f"{num} / {den} × {float(ind.definition.get('factor', 1)):g}"
    return ""


def source_text(ind: Indicator, lang: str) -> str:
    """Where the figure comes from, per source and year, as the catalogue lists it."""
    parts = []
    for src in ind.sources:
        if src.get("kind") == "variable" and src.get("role") in ("value", "numerator", "denominator"):
            pdok = src.get("pdok") or {}  # {year: name}, or {service: {year: name}}
            years = sorted({y for k, v in pdok.items() for y in (v if isinstance(v, dict) else [k])})
            if years:
                parts.append(translate("Portrait", "CBS Wijk- en Buurtkaart (PDOK) {years}").format(
                    years=", ".join(years)))
            for cbs in src.get("cbs") or []:
                title = f" '{cbs['title']}'" if cbs.get("title") else ""
                parts.append(f"CBS {cbs['table']} ({cbs.get('year', '')}){title}".replace(" ()", ""))
        elif src.get("kind") == "raster":
            parts.append(f"{src.get('provider', '')}: {src.get('dataset', '')}")
        elif src.get("kind") == "cbs_table":
            parts.append(f"CBS {src.get('table', '')} ({src.get('host', '')})")
        elif src.get("kind") == "algorithm":
            parts.append(src["algorithm"])
        elif src.get("kind") == "municipal_table":
            parts.append(translate("Portrait", "the municipality's own table"))
    return "; ".join(dict.fromkeys(p for p in parts if p.strip()))


# -- the portrait ----------------------------------------------------------------------------------------------


def _num(value):
    try:
        value = float(value)
    except (TypeError, ValueError):
        return None
    return value if np.isfinite(value) else None


@dataclass
class PortraitInput:
    """One area: its aggregated row, its parts, its buurten."""

    code: str
    name: str
    kind: str  # "gemeente" or "kern"
    gemeente: str
    row: pd.DataFrame  # one row: the aggregated area
    parts: pd.DataFrame  # one row per part, index = part code
    part_names: dict
    part_kind: str  # "wijken", "kernen", "buurten"
    buurten: pd.DataFrame  # the area's buurten (raw fields), for the typology and the trends
    buurt_parts: pd.Series  # part code per buurt (same index as ``buurten``)
    urbanity: int | None = None
    year: int | None = None


def indicator_meta(ind: Indicator, catalogue: Catalogue, lang: str, used: str | None) -> dict:
    return {"id": ind.id, "label": ind.label_for(lang), "unit": ind.unit, "decimals": ind.decimals,
            "higher_is": ind.higher_is, "theme": ind.theme, "definition": definition_text(ind, catalogue, lang),
            "source": source_text(ind, lang), "field": used or ""}


def build_portrait(area: PortraitInput, catalogue: Catalogue, theme: PortraitTheme, indicators,
                   national: pd.DataFrame | None, prices: en.Prices, thresholds: en.Thresholds,
                   rule: Callable = automatic_rule, lang: str = "en", national_label: str = "",
                   reference_buurten: pd.DataFrame | None = None, trend_stems=None) -> dict:
    """Everything one portrait shows, as plain data (see the module documentation)."""
    row = add_energy_cost(area.row, catalogue, prices)
    parts = add_energy_cost(area.parts, catalogue, prices)
    values, used = indicator_frame(row, catalogue, indicators)
    part_values, part_used = indicator_frame(parts, catalogue, indicators)
    used = {**part_used, **used}
    metas = [indicator_meta(i, catalogue, lang, used.get(i.id)) for i in indicators]

    country, group_values, group = {}, {}, None
    if national is not None and len(national):
        country = national_values(national, catalogue, indicators)
        group = rule(national, AreaKey(area.code, area.kind, area.urbanity))
        group_values = national_values(national, catalogue, indicators, group.codes) if group.codes else {}
    comparison = []
    area_values = {k: _num(v) for k, v in values.iloc[0].items()} if len(values) else {}
    for ind in indicators:
        value = area_values.get(ind.id)
        comparison.append({"id": ind.id, "area": value, "country": country.get(ind.id),
                           "group": group_values.get(ind.id),
                           "vs_country": judge(value, country.get(ind.id), ind.higher_is),
                           "vs_group": judge(value, group_values.get(ind.id), ind.higher_is)})

    rows = []
    for code in part_values.index:
        rows.append({"code": str(code), "name": area.part_names.get(code) or str(code),
                     **{k: _num(v) for k, v in part_values.loc[code].items()}})
    rows.sort(key=lambda r: (r["name"] or "").lower())

    typology = energy_typology(area.buurten, catalogue, prices, thresholds, reference_buurten, lang)
    trends = []
    for stem, years in trend_families(area.buurten.columns, catalogue, indicators, trend_stems).items():
        support = [f for f in area.buurten.columns if f in set(_aggregation_support(catalogue, stem, area.buurten))]
        groups_area = pd.Series(area.code, index=area.buurten.index)
        total = trend_values(area.buurten, groups_area, catalogue, stem, years, support)
        by_part = trend_values(area.buurten, area.buurt_parts, catalogue, stem, years, support)
        label, unit, decimals = trend_label(catalogue, stem, lang)
        country_years = {}
        if national is not None:
            nat_years = trend_families(national.columns, catalogue, indicators, [stem]).get(stem, {})
            if nat_years:
                nat = trend_values(national, pd.Series("all", index=national.index), catalogue, stem, nat_years,
                                   [c for c in national.columns if c in set(_aggregation_support(catalogue, stem,
                                                                                                 national))])
                country_years = {int(y): _num(v) for y, v in nat.iloc[0].items()}
        trends.append({"stem": stem, "label": label, "unit": unit, "decimals": decimals,
                       "years": list(years), "area": [_num(total.iloc[0][y]) for y in years],
                       "country": [country_years.get(y) for y in years],
                       "parts": [{"code": str(c), "name": area.part_names.get(c) or str(c),
                                  "values": [_num(by_part.loc[c, y]) for y in years]} for c in by_part.index]})

    return {
        "area": {"code": area.code, "name": area.name, "kind": area.kind, "gemeente": area.gemeente,
                 "year": area.year, "urbanity": area.urbanity, "urbanity_label": urbanity_label(area.urbanity)},
        "theme": {"id": theme.id, "label": theme.label_for(lang)},
        "language": lang,
        "generated": _dt.date.today().isoformat(),
        "indicators": metas,
        "comparison": comparison,
        "group": {"label": group.label if group else "", "rule": group.rule if group else "",
                  "codes": list(group.codes) if group else [], "note": group.note if group else ""},
        "national_label": national_label,
        "parts": {"kind": area.part_kind, "rows": rows},
        "typology": typology,
        "trends": trends,
        "attribution": catalogue.attribution,
    }


def _aggregation_support(catalogue: Catalogue, stem: str, frame: pd.DataFrame) -> list[str]:
    """The fields the catalogue needs beside ``stem`` to aggregate it (its base or weight)."""
    var = catalogue.find_variable(stem)
    if var is None:
        return []
    ref = var.aggregate.get("base") or var.aggregate.get("weight")
    if not ref:
        return []
    lookup = field_lookup(frame.columns)
    names = catalogue.variable(ref).field_names()
    return [lookup[n.lower()] for n in names if n.lower() in lookup][:1]


def energy_typology(buurten: pd.DataFrame, catalogue: Catalogue, prices: en.Prices, thresholds: en.Thresholds,
                    reference: pd.DataFrame | None = None, lang: str = "en") -> dict:
    """The energy-transition types of the area's buurten: per buurt, the counts and the method."""
    from .energy_report import build_report, method_paragraphs  # the same wording as the algorithm's report

    inputs = en.resolve_inputs(catalogue, buurten.columns, thresholds.income_measure,
                               frame=reference if reference is not None else buurten)
    if inputs.required_missing() and not inputs.fields.get("district_heating"):
        return {"available": False, "missing": [en.role_label(r) for r in inputs.required_missing()],
                "types": {}, "counts": [], "method": []}
    result = en.classify(buurten, inputs, prices, thresholds, reference=reference)
    report = build_report(result, buurten)
    return {"available": True, "missing": [en.role_label(r) for r in inputs.required_missing()],
            "types": {str(k): v for k, v in result.frame[en.TYPE].items()},
            "counts": report["types"], "method": method_paragraphs(report, lang),
            "missing_inputs": report["missing"], "cost_threshold": result.cost_threshold}

