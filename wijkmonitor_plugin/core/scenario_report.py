"""The scenario report: per scenario what was changed, a map of the change, the ranks before → after, by name.

:func:`render_html` turns the report of :func:`.scenario.run_scenarios` into one self-contained page in
one language (maps as data URIs, charts as inline SVG from :mod:`.index_charts`); :func:`write_report`
writes ``.html`` or ``.json`` plus the HTML beside it, atomically.
"""

from __future__ import annotations

import html
import json
from pathlib import Path

from ..i18n import translate
from .files import atomic_write_text
from .index_charts import rank_change_svg
from .index_report import STYLE, fmt, map_html, numbers_in, page_language, report_table

#: the chart and the table show this many changed areas (largest rank move first); the rest are counted
AREAS_SHOWN = 40


def _json_default(value):
    """numpy and pandas scalars in the JSON report (NULL stays null)."""
    try:
        import pandas as pd

        if value is pd.NA:
            return None
    except ImportError:  # pragma: no cover - pandas ships with the plugin's dependencies
        pass
    if hasattr(value, "item"):
        value = value.item()
        return None if isinstance(value, float) and value != value else value
    return str(value)


def _operation(change: dict) -> str:
    value = fmt(float(change["value"]))
    texts = {"set": translate("Scenario", "set to {value}"),
             "add": translate("Scenario", "add {value}"),
             "multiply": translate("Scenario", "multiply by {value}"),
             "percent": translate("Scenario", "change by {value}%")}
    return texts.get(change["operation"], change["operation"] + " {value}").format(value=value)


def _areas(change: dict) -> str:
    if change["selection"] == "all":
        return translate("Scenario", "all areas")
    return change["areas"]


def _name(row: dict) -> str:
    return row.get("name") or row.get("code") or "–"


def _arrow(a, b) -> str:
    return f"{fmt(a)} → {fmt(b)}"


def _method(report: dict) -> str:
    if report["method"] == "reference":
        return translate("Scenario", "Each scenario was evaluated against the baseline: every changed area got "
                                           "the index recomputed on the baseline data with only its own new values, "
                                           "so its rank counts the unchanged areas it passes, and unchanged areas "
                                           "keep their scores, ranks and deciles exactly.")
    return translate("Scenario", "Each scenario was recomputed from scratch (re-ranked): weights, normal scores "
                                       "and ranks were refitted on the changed data, so unchanged areas can move too.")


def _key_figures(s: dict, labels: dict) -> list:
    left = ", ".join(n for n in s.get("left_most_deprived_decile_names") or [] if n) or \
        ", ".join(s.get("left_most_deprived_decile_codes") or [])
    entered = ", ".join(n for n in s.get("entered_most_deprived_decile_names") or [] if n)
    items = [
        translate("Scenario", "Areas changed: {n}").format(n=s["areas_changed"]),
        translate("Scenario", "Areas changing index decile: {n}").format(n=s["areas_changing_index_decile"]),
        translate("Scenario", "Leaving the most deprived decile: {n}").format(n=s["left_most_deprived_decile"])
        + (f" ({left})" if left else ""),
        translate("Scenario", "Entering the most deprived decile: {n}").format(
            n=s["entered_most_deprived_decile"]) + (f" ({entered})" if entered else ""),
        translate("Scenario", "Decile changes per domain: {list}").format(
            list=", ".join(f"{labels.get(k, k)}: {v}" for k, v in s["decile_changes_per_domain"].items())),
    ]
    return ["<ul>" + "".join(f"<li>{html.escape(i)}</li>" for i in items) + "</ul>"]


def _changed_areas_html(s: dict, n_ranked: int, lang: str) -> list:
    esc = html.escape
    rows = s.get("changed_areas") or []
    if not rows:
        return ["<p>" + esc(translate("Scenario", "No area changed rank or decile.")) + "</p>"]
    shown = rows[:AREAS_SHOWN]
    out = ["<h3 class='ranks'>" + esc(translate("Scenario", "Ranks before → after")) + "</h3>"]
    text = translate("Scenario", "Rank 1 is the most deprived area. A circle marks the rank now, the arrow the rank "
                                 "in the scenario: red, the area becomes more deprived; blue, less deprived.")
    if len(rows) > len(shown):
        text += " " + translate("Scenario", "The {shown} largest moves of {n} areas are shown.").format(
            shown=len(shown), n=len(rows))
    out.append(f"<p>{esc(text)}</p>")
    chart_rows = [{"label": _name(r), "rank_from": r["rank_from"], "rank_to": r["rank_to"]} for r in shown]
    out.append(rank_change_svg(chart_rows, n_ranked, s["name"], translate("Scenario", "before"),
                               translate("Scenario", "after"), lang))
    yes = translate("Scenario", "yes")
    body = [[_name(r), r.get("code") or "–", _arrow(r["rank_from"], r["rank_to"]),
             _arrow(r["decile_from"], r["decile_to"]), _arrow(r["score_from"], r["score_to"]),
             yes if r["changed"] else ""] for r in shown]
    out.append(report_table([translate("Scenario", "Area"), translate("Scenario", "Code"),
                             translate("Scenario", "Index rank"), translate("Scenario", "Index decile"),
                             translate("Scenario", "Index score"),
                             translate("Scenario", "Changed by the scenario")], body))
    return out


def _scenario_html(s: dict, report: dict, images: dict, lang: str) -> list:
    esc = html.escape
    labels = report.get("domain_labels") or {}
    out = [f"<h2>{esc(s['name'])} <small>({esc(s['prefix'])}_…)</small></h2>"]
    rows = [[c["row"], _areas(c), c["field"], _operation(c)] for c in s["changes"]]
    out.append(report_table([translate("Scenario", "Row"), translate("Scenario", "Areas"),
                             translate("Scenario", "Field"), translate("Scenario", "Change")], rows))
    out += _key_figures(s, labels)
    out += map_html((images.get("maps") or {}).get(s["prefix"]),
                    translate("Scenario", "Map of the change in the index score"))
    out += _changed_areas_html(s, report.get("baseline_areas_ranked") or report["baseline_areas_with_index"], lang)
    return out


def render_html(report: dict, language: str = "en", images: dict | None = None) -> str:
    """The report as one page in ``language``; ``images["maps"]`` maps a scenario's prefix to its map."""
    esc = html.escape
    images = images or {}
    language = page_language(language)
    labels = report.get("domain_labels") or {}
    title = translate("Scenario", "Policy scenarios")
    about = translate("Scenario", "Index definition: {name}; domains: {domains}.").format(
        name=report["definition"], domains=", ".join(labels.get(d, d) for d in report["domains"]))
    with numbers_in(language):
        out = [f"<!DOCTYPE html><html lang='{esc(language)}'><head><meta charset='utf-8'><title>{esc(title)}</title>"
               f"<style>{STYLE}</style></head><body><h1>{esc(title)}</h1>",
               f"<p>{esc(about)}</p><p>{esc(_method(report))}</p>"]
        for s in report["scenarios"]:
            out += _scenario_html(s, report, images, language)
        if report["messages"]:
            out.append("<h2>" + esc(translate("Scenario", "Messages")) + "</h2><ul>")
            out += [f"<li>{esc(m)}</li>" for m in report["messages"]]
            out.append("</ul>")
    out.append("</body></html>")
    return "\n".join(out)


def write_report(report: dict, path, language: str = "en", images: dict | None = None) -> list:
    """Write ``path`` (.html, or .json plus the .html beside it); returns the files written."""
    path = Path(path)
    written = []
    if path.suffix.lower() == ".json":
        atomic_write_text(path, json.dumps(report, indent=2, ensure_ascii=False, default=_json_default))
        written.append(path)
        path = path.with_suffix(".html")
    atomic_write_text(path, render_html(report, language, images))
    written.append(path)
    return written
