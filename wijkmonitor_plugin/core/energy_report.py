"""The report of the energy-transition view: method, prices, thresholds, types and missing inputs (JSON, HTML).

:func:`build_report` collects a JSON-serialisable dict, :func:`render_html` makes a self-contained
page in one language, :func:`write_report` writes ``.html`` (or ``.json`` and the ``.html`` beside it).
"""

from __future__ import annotations

import datetime as _dt
import html
import json
from pathlib import Path

import numpy as np
import pandas as pd

from ..i18n import translate
from . import energy as en
from .classify import format_number
from .files import atomic_write_text
from .index_report import _clean

#: at most this many areas are listed one by one in the HTML (all of them are in the JSON)
MAX_AREA_ROWS = 2000


def build_report(result: en.EnergyResult, frame: pd.DataFrame, codes=None, names=None) -> dict:
    """Everything the report shows; ``codes``/``names`` label the areas (same order as ``frame``)."""
    inputs = result.inputs
    measure = inputs.income
    out = result.frame
    codes = list(codes) if codes is not None else [str(i) for i in out.index]
    names = list(names) if names is not None else [None] * len(out)
    income = pd.to_numeric(frame[inputs.income_field], errors="coerce") if inputs.income_field else \
        pd.Series(np.nan, index=frame.index)
    areas = []
    for i, idx in enumerate(out.index):
        areas.append({
            "code": codes[i], "name": names[i], "cost": out.at[idx, en.COST], "income": income.iloc[i],
            "high_cost": out.at[idx, en.HIGH_COST], "low_income": out.at[idx, en.LOW_INCOME],
            "tenure": out.at[idx, en.TENURE], "type": out.at[idx, en.TYPE], "missing": out.at[idx, en.MISSING],
        })
    counts = en.type_counts(result, frame)
    heat = inputs.fields.get("district_heating")
    heat_unknown = int(pd.to_numeric(frame[heat], errors="coerce").isna().sum()) if heat else len(frame)
    return _clean({
        "title": translate("EnergyReport", "Energy transition: who needs which help"),
        "generated": _dt.datetime.now().strftime("%Y-%m-%d %H:%M"),
        "prices": {"gas_eur_m3": result.prices.gas_eur_m3, "electricity_eur_kwh": result.prices.electricity_eur_kwh,
                   "fixed_eur_year": result.prices.fixed_eur_year, "source": result.prices.source},
        "thresholds": {
            "cost_eur": result.cost_threshold,
            "cost_given": result.thresholds.cost_eur is not None,
            "reference_use": list(result.thresholds.reference_use),
            "income_measure": measure.id if measure else None,
            "income_measure_label": measure.label() if measure else None,
            "income_field": inputs.income_field,
            "income_low_when": measure.low_when if measure else None,
            "income": result.income_threshold,
            "income_source": result.income_threshold_source,
            "income_unit": measure.unit if measure else "",
            "tenure_share": result.thresholds.tenure_share,
            "district_heating_share": result.thresholds.district_heating_share,
        },
        "fields": dict(inputs.fields),
        "types": counts.to_dict("records"),
        "missing": en.missing_counts(result),
        "district_heating_unknown": heat_unknown,
        "areas": areas,
        "messages": list(result.messages),
    })


def _table(headers, rows, numeric=()) -> str:
    head = "".join(f"<th>{html.escape(str(h))}</th>" for h in headers)
    body = "".join(
        "<tr>" + "".join(f"<td class='n'>{html.escape(str(c))}</td>" if j in numeric else
                         f"<td>{html.escape(str(c))}</td>" for j, c in enumerate(row)) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def method_paragraphs(report: dict, lang: str = "en") -> list[str]:
    """The method in a few sentences (plain text), shared by the report and the printed portrait."""
    p, t = report["prices"], report["thresholds"]

    def num(v, d=0):
        return format_number(v, d, lang) if v is not None else "–"

    out = [translate("EnergyReport", "Energy cost per household = average gas use × {gas} €/m³ + average "
                                     "electricity supply × {el} €/kWh + {fixed} € fixed costs per year (standing "
                                     "charges and network tariffs minus the energy-tax reduction). Prices: {source}.")
           .format(gas=num(p["gas_eur_m3"], 3), el=num(p["electricity_eur_kwh"], 3), fixed=num(p["fixed_eur_year"], 2),
                   source=p["source"] or translate("EnergyReport", "given by the user"))]
    if t["cost_given"]:
        out.append(translate("EnergyReport", "High energy cost: at least {cost} € per year (given).").format(
            cost=num(t["cost_eur"])))
    else:
        out.append(translate("EnergyReport", "High energy cost: at least {cost} € per year, the cost of the average "
                                             "Dutch household's use ({gas} m³ gas, {el} kWh; PBL forecast for 2024, "
                                             "as CBS cites it) at the same prices.").format(
            cost=num(t["cost_eur"]), gas=num(t["reference_use"][0]), el=num(t["reference_use"][1])))
    if t["income_measure"]:
        rule = translate("EnergyReport", "at or above") if t["income_low_when"] == "above" else \
            translate("EnergyReport", "below")
        out.append(translate("EnergyReport", "Low income: {measure} ({field}) {rule} {value} {unit}, {source}.")
                   .format(measure=t["income_measure_label"], field=t["income_field"] or "–", rule=rule,
                           value=num(t["income"], 1), unit=t["income_unit"], source=t["income_source"]))
    out.append(translate("EnergyReport", "Ownership: owner-occupied, housing corporation or other landlords when "
                                         "that kind holds the largest share and at least {share}% of the dwellings; "
                                         "otherwise mixed. Areas with at least {heat}% of the dwellings on district "
                                         "heating get their own type, because their gas use does not show their "
                                         "heat bill.").format(share=num(t["tenure_share"]),
                                                              heat=num(t["district_heating_share"])))
    out.append(translate("EnergyReport", "Areas that lack a figure a decision needs are not typed and list what "
                                         "is missing; nothing is estimated for them."))
    return out


def render_html(report: dict, lang: str = "en") -> str:
    esc = html.escape

    def num(v, d=0):
        return format_number(v, d, lang) if v is not None else "–"

    out = ["<!DOCTYPE html><html><head><meta charset='utf-8'>", f"<title>{esc(report['title'])}</title>",
           "<style>body{font-family:sans-serif;max-width:70em;margin:2em auto;color:#222}"
           "table{border-collapse:collapse;margin:.5em 0 1.5em}td,th{border:1px solid #bbb;padding:.2em .5em;"
           "text-align:left;vertical-align:top}th{background:#eee}td.n{text-align:right}"
           ".swatch{display:inline-block;width:1em;height:1em;border:1px solid #888;margin-right:.4em}"
           ".warn{background:#fff3cd;border:1px solid #e0b000;padding:.5em 1em}</style></head><body>",
           f"<h1>{esc(report['title'])}</h1>",
           "<p>" + esc(translate("EnergyReport", "Generated {when}.").format(when=report["generated"])) + "</p>",
           "<h2>" + esc(translate("EnergyReport", "Method")) + "</h2>"]
    out += [f"<p>{esc(p)}</p>" for p in method_paragraphs(report, lang)]
    if report["messages"]:
        out.append("<div class='warn'><ul>" + "".join(f"<li>{esc(m)}</li>" for m in report["messages"])
                   + "</ul></div>")
    out.append("<h2>" + esc(translate("EnergyReport", "Types")) + "</h2>")
    rows = []
    for row in report["types"]:
        swatch = f"<span class='swatch' style='background:{row['colour'] or '#d9d9d9'}'></span>"
        rows.append("<tr><td>" + swatch + esc(row["label"]) + "</td><td class='n'>" + esc(str(row["areas"]))
                    + "</td><td class='n'>" + esc(num(row["dwellings"])) + "</td><td class='n'>"
                    + esc(num(row["households"])) + "</td><td>" + esc(en.type_approach(row["type"])) + "</td></tr>")
    head = [translate("EnergyReport", "Type"), translate("EnergyReport", "Areas"),
            translate("EnergyReport", "Dwellings"), translate("EnergyReport", "Households"),
            translate("EnergyReport", "Approach")]
    out.append("<table><thead><tr>" + "".join(f"<th>{esc(h)}</th>" for h in head) + "</tr></thead><tbody>"
               + "".join(rows) + "</tbody></table>")
    out.append("<h2>" + esc(translate("EnergyReport", "Missing inputs")) + "</h2>")
    if report["missing"]:
        out.append(_table([translate("EnergyReport", "Missing"), translate("EnergyReport", "Areas")],
                          list(report["missing"].items()), numeric=(1,)))
    else:
        out.append("<p>" + esc(translate("EnergyReport", "Every area has the figures it needs.")) + "</p>")
    out.append("<p>" + esc(translate("EnergyReport", "The share on district heating is unknown for {n} area(s); "
                                                     "those are typed by their gas use.").format(
        n=report["district_heating_unknown"])) + "</p>")
    out.append("<h2>" + esc(translate("EnergyReport", "Areas")) + "</h2>")
    shown = report["areas"][:MAX_AREA_ROWS]
    if len(report["areas"]) > MAX_AREA_ROWS:
        out.append("<p>" + esc(translate("EnergyReport", "The first {n} of {total} areas; the JSON report lists all.")
                               .format(n=MAX_AREA_ROWS, total=len(report["areas"]))) + "</p>")
    rows = [[a["code"], a["name"] or "", num(a["cost"]), num(a["income"], 1), en.tenure_label(a["tenure"]),
             en.type_label(a["type"]), a["missing"] or ""] for a in shown]
    out.append(_table([translate("EnergyReport", "Code"), translate("EnergyReport", "Name"),
                       translate("EnergyReport", "Energy cost (€/year)"), translate("EnergyReport", "Income"),
                       translate("EnergyReport", "Ownership"), translate("EnergyReport", "Type"),
                       translate("EnergyReport", "Missing")], rows, numeric=(2, 3)))
    out.append("</body></html>")
    return "\n".join(out)


def write_report(report: dict, path, lang: str = "en") -> list:
    """Write ``path`` (.html, or .json plus the .html beside it); returns the files written."""
    path = Path(path)
    written = []
    if path.suffix.lower() == ".json":
        atomic_write_text(path, json.dumps(report, indent=2, ensure_ascii=False))
        written.append(path)
        path = path.with_suffix(".html")
    atomic_write_text(path, render_html(report, lang))
    written.append(path)
    return written
