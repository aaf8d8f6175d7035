"""The hotspot report: global Moran's I, the clusters, islands and what was left out (HTML, one language)."""

from __future__ import annotations

import html

from ..i18n import translate
from .classify import format_number
from .files import atomic_write_text
from .wijkprofile_report import html_page, html_table


def interpretation(moran_i: float, p_sim: float | None, alpha: float) -> str:
    """One sentence on the global pattern, for the log and the report."""
    if p_sim is None:
        return translate("HotspotReport", "No permutations were run, so there is no significance test.")
    if p_sim > alpha:
        return translate("HotspotReport", "The values show no significant spatial pattern overall (p = {p:.3f}).") \
            .format(p=p_sim)
    if moran_i > 0:
        return translate("HotspotReport", "Similar values cluster: areas lie near areas with similar values "
                                          "(p = {p:.3f}).").format(p=p_sim)
    return translate("HotspotReport", "Values alternate: areas lie near areas with dissimilar values "
                                      "(p = {p:.3f}).").format(p=p_sim)


def render_html(report: dict, language: str = "en") -> str:
    esc = html.escape

    def num(value, decimals=3):
        return format_number(value, decimals, language) if value is not None else "–"

    g = report["global"]
    body = [
        "<p>" + esc(translate("HotspotReport", "Field: {field}. Neighbours: {neighbours}. {permutations} "
                                               "conditional permutations (seed {seed}); significance level "
                                               "{alpha}{fdr}.").format(
            field=report["field"], neighbours=report["neighbours"], permutations=report["permutations"],
            seed=report["seed"], alpha=num(report["alpha"], 3),
            fdr=translate("HotspotReport", " with false-discovery-rate control (p ≤ {bound})").format(
                bound=num(report["threshold"], 5)) if report["fdr"] else "")) + "</p>",
        "<h2>" + esc(translate("HotspotReport", "Global Moran's I")) + "</h2>",
        html_table([translate("HotspotReport", "Statistic"), translate("HotspotReport", "Value")], [
            ["I", num(g["I"], 4)],
            [translate("HotspotReport", "Expected without pattern, E[I]"), num(g["expected"], 4)],
            [translate("HotspotReport", "Pseudo p-value (permutations)"), num(g["p_sim"], 4)],
            [translate("HotspotReport", "z (permutations)"), num(g["z_sim"], 2)]]),
        "<p>" + esc(g["interpretation"]) + "</p>",
        "<h2>" + esc(translate("HotspotReport", "Clusters (Local Moran's I)")) + "</h2>",
        html_table([translate("HotspotReport", "Class"), translate("HotspotReport", "Meaning"),
                    translate("HotspotReport", "Areas")],
                   [[key, report["class_labels"][key], report["classes"].get(key, 0)]
                    for key in ("HH", "LL", "HL", "LH", "ns")]),
        "<p>" + esc(translate("HotspotReport", "Getis–Ord Gi*: {hot} area(s) significantly high (hot), {cold} "
                                               "significantly low (cold) at p ≤ {alpha}.").format(
            hot=report["gi"]["hot"], cold=report["gi"]["cold"], alpha=num(report["alpha"], 3))) + "</p>",
        "<h2>" + esc(translate("HotspotReport", "Areas")) + "</h2>",
        html_table([translate("HotspotReport", "Areas"), translate("HotspotReport", "Number")], [
            [translate("HotspotReport", "In the input"), report["areas"]["input"]],
            [translate("HotspotReport", "Analysed (with a value)"), report["areas"]["analysed"]],
            [translate("HotspotReport", "Left out: no value in the field"), report["areas"]["no_value"]],
            [translate("HotspotReport", "Without neighbours (islands): no local statistics"),
             report["areas"]["islands"]]]),
    ]
    if report["islands"]:
        body.append("<p>" + esc(translate("HotspotReport", "Islands: {areas}").format(
            areas=", ".join(report["islands"]))) + "</p>")
    if report["no_value_examples"]:
        body.append("<p>" + esc(translate("HotspotReport", "No value (first 20): {areas}").format(
            areas=", ".join(report["no_value_examples"]))) + "</p>")
    if report["top"]:
        body.append("<h2>" + esc(translate("HotspotReport", "Strongest hotspots (HH)")) + "</h2>")
        body.append(html_table([translate("HotspotReport", "Area"), report["field"], "I", "p"],
                               [[r["area"], num(r["value"], 2), num(r["I"], 3), num(r["p"], 3)]
                                for r in report["top"]]))
    body.append("<p class='note'>" + esc(translate(
        "HotspotReport", "HH: a high value among high neighbours; LL: low among low; HL and LH: an area unlike its "
                         "neighbours. 'Not significant' means the pattern around the area could well be chance. "
                         "A pseudo p-value from permutations varies slightly with the seed.")) + "</p>")
    return html_page(translate("HotspotReport", "Hotspot analysis: {field}").format(field=report["field"]), body,
                     language)


def write_report(report: dict, path, language: str = "en") -> None:
    atomic_write_text(path, render_html(report, language))
