"""The wijkprofiel report: per wijk a chart of facts next to perceptions per domain (inline SVG), in one language.

:func:`profile_chart_svg` draws one area: a row per domain on a scale around 100 (the reference),
a filled dot for the objective score, an open diamond for the subjective score and a line between
them coloured by the gap (blue: residents are more positive than the figures, orange: less). It is
self-contained SVG, so the same figure serves the HTML report and an atlas page
(:func:`area_page` gives the figure and the numbers of one area as data).
"""

from __future__ import annotations

import datetime as _dt
import html
import math

import pandas as pd

from ..i18n import translate
from .classify import format_number
from .files import atomic_write_text

OBJECTIVE_COLOUR = "#1f3a68"
SUBJECTIVE_COLOUR = "#c2410c"
BETTER_GAP = "#2c7bb6"
WORSE_GAP = "#e66101"
SCALE_MIN, SCALE_MAX = 70.0, 130.0
#: a gap within this many points is drawn as 'about the same' (grey)
SMALL_GAP = 3.0

_STYLE = ("body{font-family:sans-serif;max-width:62em;margin:2em auto;color:#222;line-height:1.4}"
          "table{border-collapse:collapse;margin:.5em 0 1.5em}td,th{border:1px solid #bbb;padding:.2em .5em;"
          "text-align:right}th{background:#eee}td:first-child,th:first-child{text-align:left}"
          ".warn{background:#fff3cd;border:1px solid #e0b000;padding:.5em 1em}.note{color:#555;font-size:.9em}"
          "section.area{break-inside:avoid;margin:1.5em 0;border-top:1px solid #ccc;padding-top:.5em}"
          "section.area h3{margin:.2em 0}")


def html_table(headers, rows) -> str:
    head = "".join(f"<th>{html.escape(str(h))}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{html.escape('–' if c is None else str(c))}</td>" for c in row) + "</tr>"
                   for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def html_page(title: str, body: list, language: str = "en") -> str:
    generated = translate("WijkprofileReport", "Generated {when}.").format(
        when=_dt.datetime.now().strftime("%Y-%m-%d %H:%M"))
    return "\n".join([f"<!DOCTYPE html><html lang='{html.escape(language)}'><head><meta charset='utf-8'>",
                      f"<title>{html.escape(title)}</title><style>{_STYLE}</style></head><body>",
                      f"<h1>{html.escape(title)}</h1>", *body, f"<p class='note'>{html.escape(generated)}</p>",
                      "</body></html>"])


def _num(value, decimals: int, lang: str) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    return format_number(value, decimals, lang)


def _x(score: float, left: float, width: float) -> float:
    clamped = min(max(score, SCALE_MIN), SCALE_MAX)
    return left + (clamped - SCALE_MIN) / (SCALE_MAX - SCALE_MIN) * width


def chart_words() -> dict:
    """The words of the chart (axis, legend, 'no data') in the current language."""
    return {"gap": translate("WijkprofileReport", "gap"), "facts": translate("WijkprofileReport", "Facts"),
            "perception": translate("WijkprofileReport", "Perception"),
            "no_data": translate("WijkprofileReport", "no data"),
            "legend_facts": translate("WijkprofileReport", "facts (registered)"),
            "legend_perception": translate("WijkprofileReport", "perception (residents)"),
            "reference": translate("WijkprofileReport", "100 = reference; higher = better")}


def gap_colour(gap: float) -> str:
    """The colour of the line between facts and perception: blue when residents are more positive, orange when
    less, grey when the two are about the same."""
    return "#999" if abs(gap) < SMALL_GAP else (BETTER_GAP if gap > 0 else WORSE_GAP)


def profile_chart_svg(rows: list, title: str, lang: str = "en") -> str:
    """One area's chart. ``rows``: [{"label", "objective", "subjective"}] per domain (scores or None)."""
    esc = html.escape
    words = {key: esc(value) for key, value in chart_words().items()}
    label_w, plot_w, gap_w, row_h, top = 150.0, 320.0, 76.0, 30.0, 34.0
    width = label_w + plot_w + gap_w + 10
    height = top + row_h * len(rows) + 44
    left = label_w
    out = [f"<svg xmlns='http://www.w3.org/2000/svg' width='{width:.0f}' height='{height:.0f}' "
           f"viewBox='0 0 {width:.0f} {height:.0f}' font-family='sans-serif' font-size='12' role='img'>",
           f"<title>{esc(title)}</title>"]
    for tick in range(int(SCALE_MIN), int(SCALE_MAX) + 1, 10):
        x = _x(tick, left, plot_w)
        strong = tick == 100
        out.append(f"<line x1='{x:.1f}' y1='{top - 6:.1f}' x2='{x:.1f}' y2='{top + row_h * len(rows):.1f}' "
                   f"stroke='{'#555' if strong else '#ddd'}' stroke-width='{1.5 if strong else 1}'/>")
        out.append(f"<text x='{x:.1f}' y='{top - 10:.1f}' text-anchor='middle' fill='#555'>{tick}</text>")
    out.append(f"<text x='{left + plot_w + gap_w / 2:.1f}' y='{top - 10:.1f}' text-anchor='middle' fill='#555'>"
               f"{words['gap']}</text>")
    for i, row in enumerate(rows):
        y = top + row_h * i + row_h / 2
        if i % 2 == 0:
            out.append(f"<rect x='0' y='{y - row_h / 2:.1f}' width='{width:.0f}' height='{row_h:.0f}' fill='#f6f6f6'/>")
        out.append(f"<text x='{label_w - 8:.1f}' y='{y + 4:.1f}' text-anchor='end'>{esc(row['label'])}</text>")
        obj, subj = row.get("objective"), row.get("subjective")
        have_obj = obj is not None and math.isfinite(obj)
        have_subj = subj is not None and math.isfinite(subj)
        if have_obj and have_subj:
            gap = subj - obj
            colour = gap_colour(gap)
            out.append(f"<line x1='{_x(obj, left, plot_w):.1f}' y1='{y:.1f}' x2='{_x(subj, left, plot_w):.1f}' "
                       f"y2='{y:.1f}' stroke='{colour}' stroke-width='4' stroke-linecap='round'/>")
            sign = "+" if gap > 0 else ""
            out.append(f"<text x='{left + plot_w + gap_w / 2:.1f}' y='{y + 4:.1f}' text-anchor='middle' "
                       f"fill='{colour}' font-weight='bold'>{sign}{esc(_num(gap, 0, lang))}</text>")
        if have_obj:
            out.append(f"<circle cx='{_x(obj, left, plot_w):.1f}' cy='{y:.1f}' r='6' fill='{OBJECTIVE_COLOUR}'>"
                       f"<title>{words['facts']}: {esc(_num(obj, 0, lang))}</title>"
                       "</circle>")
        if have_subj:
            x = _x(subj, left, plot_w)
            out.append(f"<path d='M{x:.1f} {y - 7:.1f} L{x + 7:.1f} {y:.1f} L{x:.1f} {y + 7:.1f} L{x - 7:.1f} "
                       f"{y:.1f} Z' fill='white' stroke='{SUBJECTIVE_COLOUR}' stroke-width='2.5'>"
                       f"<title>{words['perception']}: {esc(_num(subj, 0, lang))}"
                       "</title></path>")
        for score in (obj if have_obj else None, subj if have_subj else None):
            if score is not None and not SCALE_MIN <= score <= SCALE_MAX:  # beyond the axis: say the number
                x = _x(score, left, plot_w)
                out.append(f"<text x='{x:.1f}' y='{y - 9:.1f}' text-anchor='middle' font-size='10' fill='#333'>"
                           f"{'‹' if score < SCALE_MIN else '›'}{esc(_num(score, 0, lang))}</text>")
        if not have_obj and not have_subj:
            out.append(f"<text x='{left + plot_w / 2:.1f}' y='{y + 4:.1f}' text-anchor='middle' fill='#888'>"
                       f"{words['no_data']}</text>")
    y = top + row_h * len(rows) + 24
    out.append(f"<circle cx='{left + 6:.1f}' cy='{y - 4:.1f}' r='6' fill='{OBJECTIVE_COLOUR}'/>")
    out.append(f"<text x='{left + 16:.1f}' y='{y:.1f}'>{words['legend_facts']}"
               "</text>")
    x = left + 150
    out.append(f"<path d='M{x:.1f} {y - 11:.1f} L{x + 7:.1f} {y - 4:.1f} L{x:.1f} {y + 3:.1f} L{x - 7:.1f} "
               f"{y - 4:.1f} Z' fill='white' stroke='{SUBJECTIVE_COLOUR}' stroke-width='2.5'/>")
    out.append(f"<text x='{x + 12:.1f}' y='{y:.1f}'>{words['legend_perception']}"
               "</text>")
    out.append(f"<text x='{_x(100, left, plot_w):.1f}' y='{y + 16:.1f}' text-anchor='middle' fill='#555' "
               f"font-size='11'>{words['reference']}</text>")
    out.append("</svg>")
    return "".join(out)


def chart_rows(scores: pd.Series, domains: list, lang: str) -> list:
    """Chart rows of one area from its score fields (``<domain>_obj`` / ``_subj``)."""
    def value(key):
        v = scores.get(key)
        return None if v is None or pd.isna(v) else float(v)

    return [{"id": d.id, "label": d.short_title(lang), "objective": value(f"{d.id}_obj"),
             "subjective": value(f"{d.id}_subj"), "combined": value(f"{d.id}_combined"),
             "gap": value(f"{d.id}_gap")} for d in domains]


def area_page(scores: pd.Series, domains: list, title: str, lang: str = "en", comparison=None) -> dict:
    """Everything an atlas page shows for one area: title, chart (SVG), rows per domain, overall scores
    and, when given, the comparison with similar areas ({"rows": [{"label", "value", "median"}], ...})."""
    rows = chart_rows(scores, domains, lang)
    overall = {k: (None if pd.isna(scores.get(f"profile_{k}")) else float(scores.get(f"profile_{k}")))
               for k in ("obj", "subj", "combined", "gap")}
    return {"title": title, "svg": profile_chart_svg(rows, title, lang), "rows": rows, "overall": overall,
            "comparison": comparison}


def _area_section(page: dict, lang: str, buurten: list | None = None) -> str:
    esc = html.escape
    rows = [[r["label"], _num(r["objective"], 0, lang), _num(r["subjective"], 0, lang), _num(r["combined"], 0, lang),
             _num(r["gap"], 0, lang)] for r in page["rows"]]
    headers = [translate("WijkprofileReport", "Domain"), translate("WijkprofileReport", "Facts"),
               translate("WijkprofileReport", "Perception"), translate("WijkprofileReport", "Combined"),
               translate("WijkprofileReport", "Gap")]
    parts = [f"<section class='area'><h3>{esc(page['title'])}</h3>", page["svg"]]
    if page.get("comparison"):
        comp = page["comparison"]
        parts.append("<p>" + esc(translate("WijkprofileReport", "Compared with {n} similar areas elsewhere:")
                                 .format(n=comp.get("n", ""))) + "</p>")
        parts.append(html_table([translate("WijkprofileReport", "Figure"), translate("WijkprofileReport", "This area"),
                                 translate("WijkprofileReport", "Median of similar areas")],
                                [[r["label"], _num(r["value"], 1, lang), _num(r["median"], 1, lang)]
                                 for r in comp["rows"]]))
    parts.append("<details><summary>" + esc(translate("WijkprofileReport", "Scores")) + "</summary>"
                 + html_table(headers, rows))
    if buurten:
        parts.append(html_table([translate("WijkprofileReport", "Buurt")] + [r["label"] for r in page["rows"]],
                                [[b["title"]] + [f"{_num(r['objective'], 0, lang)} / {_num(r['subjective'], 0, lang)}"
                                                 for r in b["rows"]] for b in buurten]))
        parts.append("<p class='note'>" + esc(translate("WijkprofileReport", "Per buurt: facts / perception."))
                     + "</p>")
    parts.append("</details></section>")
    return "".join(parts)


def render_html(report: dict, language: str = "en") -> str:
    esc = html.escape
    body = [f"<p>{esc(report['description'])}</p>",
            "<p>" + esc(translate("WijkprofileReport", "Reference (100): {reference}. {scale} points = one standard "
                                                       "deviation among the reference areas. Gap = perception − facts: "
                                                       "positive means residents experience their area better than "
                                                       "the figures suggest.").format(
                reference=report["reference_text"], scale=_num(report["scale"], 0, language))) + "</p>"]
    if report["messages"]:
        body.append("<div class='warn'><ul>" + "".join(f"<li>{esc(m)}</li>" for m in report["messages"])
                    + "</ul></div>")
    body.append("<h2>" + esc(translate("WijkprofileReport", "Domains and measures")) + "</h2>")
    for dom in report["domains"]:
        body.append(f"<h3>{esc(dom['title'])}</h3><p class='note'>{esc(dom['note'])}</p>")
        rows = [[m["label"], m["side"], m["field"], m["direction"], m["areas_with_value"], m["reference_areas"]]
                for m in dom["measures"]]
        rows += [[m["measure"], m["side"], "–", "–", translate("WijkprofileReport", "left out"), m["reason"]]
                 for m in dom["left_out"]]
        body.append(html_table([translate("WijkprofileReport", "Measure"), translate("WijkprofileReport", "Side"),
                                translate("WijkprofileReport", "Field"), translate("WijkprofileReport", "Better when"),
                                translate("WijkprofileReport", "Areas with a value"),
                                translate("WijkprofileReport", "Reference areas")], rows))
    body.append("<h2>" + esc(report["areas_heading"]) + "</h2>")
    body.append("<p class='note'>" + esc(report["areas_note"]) + "</p>")
    for page in report["pages"]:
        body.append(_area_section(page, language, page.get("buurten")))
    return html_page(report["title"], body, language)


def write_report(report: dict, path, language: str = "en") -> None:
    atomic_write_text(path, render_html(report, language))
