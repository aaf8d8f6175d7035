"""The energy transition per area: estimated energy cost, income, tenure and a typology of the help needed.

Plain pandas/numpy. Per area (buurt, wijk, kern):

- **energy cost per household** (euro per year) = average gas use (m³) × gas price + average
  electricity supply (kWh) × electricity price + fixed costs. The averages are the CBS ones
  (Kerncijfers / Wijk- en Buurtkaart); the prices are parameters with documented defaults
  (:data:`DEFAULT_PRICES`).
- **high cost**: the cost is at or above the cost threshold, by default the cost of the
  average Dutch household's consumption (:data:`REFERENCE_USE`) at the same prices.
- **low income**: by one income measure for all areas (:data:`INCOME_MEASURES`): the share of
  households in the national lowest 40% at or above 40 (the national share by definition), the
  share of households with a low income (CBS definition) at or above the municipal average, or
  the standardised household income below the municipal average.
- **tenure**: owner-occupied, housing corporation or other landlords when that kind of
  ownership holds at least :attr:`Thresholds.tenure_share` % of the dwellings, else mixed.
- **typology** (:data:`TYPES`), the Tilburg question "who can and who cannot afford the
  transition": high cost and low income in owner-occupied stock → subsidy and advice; in
  corporation stock → agreements with the corporation; with other landlords → the landlords;
  in mixed stock → a combined approach; high cost and higher income → information; lower cost
  and low income → watch energy poverty; lower cost and higher income → no priority. Areas
  mostly on district heating get their own type: their gas use says nothing about their heat
  bill.

An input that an area needs and lacks is reported for that area (``missing``); nothing is
guessed. Inputs that a decision does not need are not asked for: a high-cost area with a
higher income is "information" whatever its tenure.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from ..i18n import translate
from .catalogue import Catalogue
from .errors import WijkmonitorError
from .indicators import field_lookup, resolve_variable


class EnergyError(WijkmonitorError, ValueError):
    """Input the energy-transition view cannot use; the message says what to change."""


# -- prices and reference consumption ---------------------------------------------------------------------


@dataclass(frozen=True)
class Prices:
    """Consumer prices including energy tax and VAT.

    ``fixed_eur_year``: standing charges and network tariffs of gas and electricity minus the fixed
    energy-tax reduction per household (negative when the reduction is larger).
    """

    gas_eur_m3: float
    electricity_eur_kwh: float
    fixed_eur_year: float
    source: str = ""


#: CBS StatLine 84672NED "Gemiddelde energietarieven voor consumenten", January 2022, including VAT:
#: gas 1.1956 (variable supply) + 0.10467 (ODE) + 0.43950 (energy tax) €/m³; electricity 0.3169 + 0.03691 +
#: 0.04452 €/kWh; fixed: gas transport 191.32 + supply 72.74, electricity transport 267.12 + supply 72.55,
#: energy-tax reduction −824.77 €/year.
DEFAULT_PRICES = Prices(
    gas_eur_m3=round(1.1956 + 0.10467 + 0.43950, 5),
    electricity_eur_kwh=round(0.3169 + 0.03691 + 0.04452, 5),
    fixed_eur_year=round(191.32 + 72.74 + 267.12 + 72.55 - 824.77, 2),
    source="CBS 84672NED, januari 2022, incl. btw",
)

#: the average Dutch household's annual use, the PBL forecast for 2024 that CBS cites in
#: "De energierekening januari 2025": 966 m³ gas and 1,727 kWh electricity
REFERENCE_USE = (966.0, 1727.0)


def energy_cost(gas_m3, electricity_kwh, prices: Prices = DEFAULT_PRICES) -> np.ndarray:
    """Annual energy cost per household (euro); NaN where the gas or electricity figure is missing."""
    gas = np.asarray(gas_m3, dtype="float64")
    el = np.asarray(electricity_kwh, dtype="float64")
    return gas * prices.gas_eur_m3 + el * prices.electricity_eur_kwh + prices.fixed_eur_year


def reference_cost(prices: Prices = DEFAULT_PRICES, use=REFERENCE_USE) -> float:
    """The cost of the reference consumption at ``prices``: the default cost threshold."""
    return float(energy_cost(use[0], use[1], prices))


# -- income measures -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class IncomeMeasure:
    """How an area's income is judged: ``low_when`` 'above' (a share) or 'below' (an income) the threshold."""

    id: str
    variable: str  # catalogue variable whose PDOK and spreadsheet names hold it
    cbs_fields: tuple  # field names of a CBS download (key without suffix) and StatLine titles
    low_when: str
    default_threshold: float | None  # None: the municipal (input) average, weighted by households
    unit: str = "%"
    names_from_cbs_titles: bool = True

    def label(self) -> str:
        return {
            "lowest40": translate("Energy", "households in the national lowest 40% of incomes"),
            "low_income": translate("Energy", "households with a low income (CBS definition)"),
            "standardised": translate("Energy", "average standardised household income"),
        }[self.id]

    def field_names(self, catalogue: Catalogue) -> list[str]:
        names = catalogue.variable(self.variable).field_names()
        if not self.names_from_cbs_titles:
            titles = {s.get("title") for s in catalogue.variable(self.variable).cbs}
            names = [n for n in names if n not in titles]
        return list(dict.fromkeys(names + list(self.cbs_fields)))


#: In order of preference. The PDOK map's ``percentageHuishoudensMetLaagInkomen`` holds the share in the
#: national lowest 40% (checked on the Amsterdam sample: it equals the Kerncijfers 2023 figure "40%
#: huishoudens met laagste inkomen", truncated), its ``percentageHuishoudensMetLageKoopkracht`` the CBS
#: "Huishoudens met een laag inkomen"; the CBS Title of the catalogue's ``pct_hh_laag_inkomen`` is not used.
INCOME_MEASURES = (
    IncomeMeasure("lowest40", "pct_hh_laag_inkomen",
                  ("k_40HuishoudensMetLaagsteInkomen", "40% huishoudens met laagste inkomen"), "above", 40.0,
                  names_from_cbs_titles=False),
    IncomeMeasure("low_income", "pct_hh_lage_koopkracht",
                  ("HuishoudensMetEenLaagInkomen", "Huishoudens met een laag inkomen"), "above", None),
    IncomeMeasure("standardised", "gestandaardiseerd_inkomen_huishoudens", (), "below", None, unit="x 1 000 euro"),
)
INCOME_AUTOMATIC = "auto"


def income_measure(measure_id: str) -> IncomeMeasure:
    for m in INCOME_MEASURES:
        if m.id == measure_id:
            return m
    raise EnergyError(translate("Energy", "Unknown income measure '{id}'; use one of: {ids}.").format(
        id=measure_id, ids=", ".join(m.id for m in INCOME_MEASURES)))


# -- tenure and the typology ------------------------------------------------------------------------------------

OWNER, CORPORATION, PRIVATE, MIXED = "owner", "corporation", "private_rental", "mixed"
TENURES = (OWNER, CORPORATION, PRIVATE, MIXED)

SUBSIDY_ADVICE = "subsidy_advice"
CORPORATION_AGREEMENTS = "corporation_agreements"
LANDLORDS = "landlords"
COMBINED = "combined"
INFORMATION = "information"
WATCH = "watch_energy_poverty"
NO_PRIORITY = "no_priority"
DISTRICT_HEATING = "district_heating"
#: the types in the order of the legend (most help needed first)
TYPES = (SUBSIDY_ADVICE, CORPORATION_AGREEMENTS, LANDLORDS, COMBINED, INFORMATION, WATCH, NO_PRIORITY,
         DISTRICT_HEATING)

#: Okabe–Ito colours (distinguishable with every common colour-vision deficiency)
TYPE_COLOURS = {
    SUBSIDY_ADVICE: "#d55e00",
    CORPORATION_AGREEMENTS: "#e69f00",
    LANDLORDS: "#cc79a7",
    COMBINED: "#f0e442",
    INFORMATION: "#56b4e9",
    WATCH: "#009e73",
    NO_PRIORITY: "#e8e8e8",
    DISTRICT_HEATING: "#0072b2",
}


def type_label(code: str | None) -> str:
    if code is None:
        return translate("Energy", "not enough data")
    return {
        SUBSIDY_ADVICE: translate("Energy", "High cost, low income, owner-occupied: subsidy and advice"),
        CORPORATION_AGREEMENTS: translate("Energy", "High cost, low income, corporation housing: agreements with "
                                                    "the corporation"),
        LANDLORDS: translate("Energy", "High cost, low income, other landlords: address the landlords"),
        COMBINED: translate("Energy", "High cost, low income, mixed ownership: a combined approach"),
        INFORMATION: translate("Energy", "High cost, higher income: information"),
        WATCH: translate("Energy", "Lower cost, low income: watch energy poverty"),
        NO_PRIORITY: translate("Energy", "Lower cost, higher income: no priority"),
        DISTRICT_HEATING: translate("Energy", "Mostly district heating: agreements with the heat supplier"),
    }[code]


def type_approach(code: str | None) -> str:
    if code is None:
        return translate("Energy", "Fill in the missing figures first.")
    return {
        SUBSIDY_ADVICE: translate("Energy", "Owners who cannot pay for insulation themselves: subsidies, the "
                                            "national heat fund, energy coaches and free advice at home."),
        CORPORATION_AGREEMENTS: translate("Energy", "Make performance agreements with the housing corporation: "
                                                    "insulate these complexes first and keep rents affordable."),
        LANDLORDS: translate("Energy", "Tenants cannot improve the dwelling: hold landlords to the energy-label "
                                       "and rent rules and support tenants."),
        COMBINED: translate("Energy", "Owners, corporation and landlords side by side: an approach per block "
                                      "that combines subsidy, agreements and landlord enforcement."),
        INFORMATION: translate("Energy", "Households that can invest themselves: information, collective "
                                         "purchasing and a one-stop shop."),
        WATCH: translate("Energy", "Bills are lower but incomes low: watch for energy poverty (arrears, "
                                   "energy fixers) and support with income."),
        NO_PRIORITY: translate("Energy", "No extra effort needed now; regular information."),
        DISTRICT_HEATING: translate("Energy", "The heat bill is not in the gas figure: agreements with the heat "
                                              "supplier on tariffs and sustainability."),
    }[code]


def tenure_label(code: str | None) -> str:
    if code is None:
        return translate("Energy", "unknown")
    return {OWNER: translate("Energy", "owner-occupied"), CORPORATION: translate("Energy", "housing corporation"),
            PRIVATE: translate("Energy", "other landlords"), MIXED: translate("Energy", "mixed")}[code]


@dataclass(frozen=True)
class Thresholds:
    """The decisions of the typology (all changeable; see the module documentation)."""

    cost_eur: float | None = None  # None: the reference cost at the prices used
    reference_use: tuple = REFERENCE_USE
    income_measure: str = INCOME_AUTOMATIC
    income: float | None = None  # None: the measure's default (40 % or the municipal average)
    tenure_share: float = 50.0
    district_heating_share: float = 50.0


# -- the inputs ------------------------------------------------------------------------------------------------

#: role -> catalogue variable
ROLE_VARIABLES = {
    "gas": "aardgasverbruik",
    "electricity": "elektriciteitslevering",
    "owner": "pct_koopwoningen",
    "corporation": "pct_corporatie",
    "private_rental": "pct_overige_verhuurders",
    "district_heating": "pct_stadsverwarming",
    "households": "huishoudens",
    "dwellings": "woningvoorraad",
}


def role_label(role: str) -> str:
    return {
        "gas": translate("Energy", "gas use"),
        "electricity": translate("Energy", "electricity supply"),
        "income": translate("Energy", "income"),
        "owner": translate("Energy", "share of owner-occupied dwellings"),
        "corporation": translate("Energy", "share of corporation dwellings"),
        "private_rental": translate("Energy", "share of dwellings of other landlords"),
        "district_heating": translate("Energy", "share on district heating"),
        "households": translate("Energy", "households"),
        "dwellings": translate("Energy", "dwellings"),
    }[role]


@dataclass
class EnergyInputs:
    """The field of each input in the layer (None when absent) and the income measure used."""

    fields: dict
    income: IncomeMeasure | None
    income_field: str | None

    def required_missing(self) -> list[str]:
        """Inputs without which no area can be typed."""
        out = [r for r in ("gas", "electricity") if not self.fields.get(r)]
        if not self.income_field:
            out.append("income")
        return out


def resolve_inputs(catalogue: Catalogue, available, measure: str = INCOME_AUTOMATIC,
                   frame: pd.DataFrame | None = None) -> EnergyInputs:
    """Find each input among the field names ``available``.

    The income measure: the one asked, or (automatic) the first of :data:`INCOME_MEASURES` that
    is present and — when ``frame`` is given — has values.
    """
    lookup = field_lookup(available)
    fields = {role: resolve_variable(catalogue, var, lookup) for role, var in ROLE_VARIABLES.items()}
    candidates = list(INCOME_MEASURES) if measure == INCOME_AUTOMATIC else [income_measure(measure)]
    chosen, chosen_field = None, None
    for m in candidates:
        name = next((lookup[n.strip().lower()] for n in m.field_names(catalogue) if n.strip().lower() in lookup),
                    None)
        if name is None:
            continue
        if frame is not None and measure == INCOME_AUTOMATIC and \
                pd.to_numeric(frame[name], errors="coerce").notna().sum() == 0:
            continue
        chosen, chosen_field = m, name
        break
    if chosen is None and measure != INCOME_AUTOMATIC:
        chosen = candidates[0]
    return EnergyInputs(fields, chosen, chosen_field)


# -- the classification ---------------------------------------------------------------------------------------


@dataclass
class EnergyResult:
    """Per area: the outputs (:data:`OUTPUT_COLUMNS`) and what was used."""

    frame: pd.DataFrame
    inputs: EnergyInputs
    prices: Prices
    thresholds: Thresholds
    cost_threshold: float
    income_threshold: float | None
    income_threshold_source: str
    messages: list = field(default_factory=list)


#: output columns (field names of wijkmonitor:energytransition)
COST = "energiekosten_eur"
HIGH_COST = "energiekosten_hoog"
LOW_INCOME = "inkomen_laag"
TENURE = "woningbezit"
TYPE = "energietype"
TYPE_NAME = "energietype_naam"
APPROACH = "energie_aanpak"
MISSING = "energie_ontbreekt"
OUTPUT_COLUMNS = (COST, HIGH_COST, LOW_INCOME, TENURE, TYPE, TYPE_NAME, APPROACH, MISSING)


def output_aliases() -> dict:
    return {
        COST: translate("Energy", "Estimated energy cost per household (euro per year)"),
        HIGH_COST: translate("Energy", "High energy cost (1 = yes)"),
        LOW_INCOME: translate("Energy", "Low income (1 = yes)"),
        TENURE: translate("Energy", "Ownership of the dwellings"),
        TYPE: translate("Energy", "Energy transition type (code)"),
        TYPE_NAME: translate("Energy", "Energy transition type"),
        APPROACH: translate("Energy", "Approach"),
        MISSING: translate("Energy", "Missing inputs"),
    }


def _col(frame: pd.DataFrame, name: str | None) -> np.ndarray:
    if not name or name not in frame.columns:
        return np.full(len(frame), np.nan)
    return pd.to_numeric(frame[name], errors="coerce").to_numpy(dtype="float64")


def weighted_average(values: np.ndarray, weights: np.ndarray | None) -> float | None:
    """Mean of the known values, weighted by the known positive weights (plain mean without weights)."""
    values = np.asarray(values, dtype="float64")
    ok = np.isfinite(values)
    if weights is not None:
        weights = np.asarray(weights, dtype="float64")
        ok &= np.isfinite(weights) & (weights > 0)
        if not ok.any():
            return None
        return float((values[ok] * weights[ok]).sum() / weights[ok].sum())
    return float(values[ok].mean()) if ok.any() else None


def dominant_tenure(owner, corporation, private, share: float) -> np.ndarray:
    """owner / corporation / private_rental where that share is the largest and ≥ ``share``, mixed otherwise.

    Needs the owner-occupied and corporation shares (None where either is missing); the share of
    other landlords counts where it is known. A tie for the largest share is mixed.
    """
    owner = np.asarray(owner, dtype="float64")
    corporation = np.asarray(corporation, dtype="float64")
    private = np.asarray(private, dtype="float64")
    stack = np.vstack([owner, corporation, np.where(np.isfinite(private), private, -np.inf)])
    best = np.argmax(stack, axis=0)
    top = stack.max(axis=0)
    ties = (stack == top).sum(axis=0) > 1
    codes = np.array([OWNER, CORPORATION, PRIVATE], dtype=object)[best]
    out = np.where((top >= share) & ~ties, codes, MIXED).astype(object)
    out[~(np.isfinite(owner) & np.isfinite(corporation))] = None
    return out


def classify(frame: pd.DataFrame, inputs: EnergyInputs, prices: Prices = DEFAULT_PRICES,
             thresholds: Thresholds | None = None, reference: pd.DataFrame | None = None) -> EnergyResult:
    """The energy cost, the three judgements and the type per row of ``frame``.

    ``reference`` (default: ``frame``) is the set of areas the municipal average income is taken
    over, e.g. all buurten of the municipality when ``frame`` holds only some of them.
    """
    thresholds = thresholds or Thresholds()
    if not math.isfinite(prices.gas_eur_m3) or not math.isfinite(prices.electricity_eur_kwh):
        raise EnergyError(translate("Energy", "The gas and electricity prices must be numbers."))
    if prices.gas_eur_m3 < 0 or prices.electricity_eur_kwh < 0:
        raise EnergyError(translate("Energy", "The gas and electricity prices cannot be negative."))
    f = inputs.fields
    n = len(frame)
    gas, el = _col(frame, f.get("gas")), _col(frame, f.get("electricity"))
    cost = energy_cost(gas, el, prices)
    cost_threshold = float(thresholds.cost_eur) if thresholds.cost_eur is not None else \
        reference_cost(prices, thresholds.reference_use)

    measure = inputs.income
    income = _col(frame, inputs.income_field)
    income_threshold, income_source = None, ""
    if measure is not None:
        if thresholds.income is not None:
            income_threshold = float(thresholds.income)
            income_source = translate("Energy", "given")
        elif measure.default_threshold is not None:
            income_threshold = measure.default_threshold
            income_source = translate("Energy", "the national share (40% by definition)")
        else:
            ref = frame if reference is None else reference
            weights = _col(ref, f.get("households")) if f.get("households") in ref.columns else None
            income_threshold = weighted_average(_col(ref, inputs.income_field), weights)
            income_source = translate("Energy", "the average of the areas in the input, weighted by households") \
                if weights is not None else translate("Energy", "the average of the areas in the input")
    if income_threshold is None:
        low = np.full(n, np.nan)
    elif measure.low_when == "above":
        low = np.where(np.isfinite(income), (income >= income_threshold).astype(float), np.nan)
    else:
        low = np.where(np.isfinite(income), (income < income_threshold).astype(float), np.nan)
    high = np.where(np.isfinite(cost), (cost >= cost_threshold).astype(float), np.nan)
    owner, corporation = _col(frame, f.get("owner")), _col(frame, f.get("corporation"))
    tenure = dominant_tenure(owner, corporation, _col(frame, f.get("private_rental")), thresholds.tenure_share)
    heat = _col(frame, f.get("district_heating"))
    district = np.isfinite(heat) & (heat >= thresholds.district_heating_share)

    types, missing = _types(high, low, tenure, district, gas, el, income, owner, corporation)
    out = pd.DataFrame(index=frame.index)
    out[COST] = np.where(np.isfinite(cost), np.round(cost, 2), np.nan)
    out[HIGH_COST] = pd.array([None if np.isnan(v) else int(v) for v in high], dtype="Int64")
    out[LOW_INCOME] = pd.array([None if np.isnan(v) else int(v) for v in low], dtype="Int64")
    out[TENURE] = pd.Series(tenure, index=frame.index, dtype=object)
    out[TYPE] = pd.Series(types, index=frame.index, dtype=object)
    out[TYPE_NAME] = [type_label(t) if t else type_label(None) for t in types]
    out[APPROACH] = [type_approach(t) for t in types]
    out[MISSING] = pd.Series(["; ".join(role_label(r) for r in m) if m else None for m in missing], index=frame.index,
                             dtype=object)  # None stays None (pandas 3 would infer a string column with NaN)
    result = EnergyResult(out, inputs, prices, thresholds, cost_threshold, income_threshold, income_source)
    if measure is None:
        result.messages.append(translate("Energy", "No income figure in the input: every area without district "
                                                   "heating lacks its income."))
    return result


def _types(high, low, tenure, district, gas, el, income, owner, corporation):
    """The type per area and the inputs it lacks (a list of roles), following the decision tree."""
    types, missing = [], []
    by_tenure = {OWNER: SUBSIDY_ADVICE, CORPORATION: CORPORATION_AGREEMENTS, PRIVATE: LANDLORDS, MIXED: COMBINED}
    for i in range(len(high)):
        if district[i]:
            types.append(DISTRICT_HEATING)
            missing.append([])
            continue
        lacks = [r for r, v in (("gas", gas[i]), ("electricity", el[i])) if not np.isfinite(v)]
        if not np.isfinite(income[i]) or np.isnan(low[i]):
            lacks.append("income")
        if lacks:
            types.append(None)
            missing.append(lacks)
            continue
        if high[i] == 1 and low[i] == 1:
            if tenure[i] is None:
                types.append(None)
                missing.append([r for r, v in (("owner", owner[i]), ("corporation", corporation[i]))
                                if not np.isfinite(v)])
            else:
                types.append(by_tenure[tenure[i]])
                missing.append([])
        elif high[i] == 1:
            types.append(INFORMATION)
            missing.append([])
        elif low[i] == 1:
            types.append(WATCH)
            missing.append([])
        else:
            types.append(NO_PRIORITY)
            missing.append([])
    return types, missing


# -- summaries -------------------------------------------------------------------------------------------------


def type_counts(result: EnergyResult, frame: pd.DataFrame) -> pd.DataFrame:
    """Per type (and 'not enough data'): areas, dwellings and households (sums of the known counts)."""
    dwellings = _col(frame, result.inputs.fields.get("dwellings"))
    households = _col(frame, result.inputs.fields.get("households"))
    types = result.frame[TYPE].to_numpy(dtype=object)
    rows = []
    for code in list(TYPES) + [None]:
        mask = np.array([t == code if code is not None else t is None for t in types], dtype=bool)
        rows.append({
            "type": code, "label": type_label(code), "colour": TYPE_COLOURS.get(code, ""),
            "areas": int(mask.sum()),
            "dwellings": float(np.nansum(dwellings[mask])) if np.isfinite(dwellings[mask]).any() else None,
            "households": float(np.nansum(households[mask])) if np.isfinite(households[mask]).any() else None,
        })
    return pd.DataFrame(rows)


def missing_counts(result: EnergyResult) -> dict:
    """Missing input text → number of areas."""
    counts: dict = {}
    for text in result.frame[MISSING]:
        if isinstance(text, str) and text:
            counts[text] = counts.get(text, 0) + 1
    return dict(sorted(counts.items(), key=lambda kv: -kv[1]))
