"""The Achterstandsmonitor report: what was computed, how, for which areas (JSON and HTML).

:func:`build_report` collects it as a plain dict (JSON-serialisable); :func:`render_html` turns
it into a self-contained HTML page; :func:`write_report` writes ``.html`` or ``.json`` (plus the
HTML next to it), atomically.
"""

from __future__ import annotations

import datetime as _dt
import html
import json
from pathlib import Path

import numpy as np
import pandas as pd

from ..i18n import translate
from .files import atomic_write_text

QUANTILES = (0.0, 0.1, 0.25, 0.5, 0.75, 0.9, 1.0)


def _clean(value):
    """numpy → JSON-friendly Python (NaN → None)."""
    if isinstance(value, dict):
        return {str(k): _clean(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_clean(v) for v in value]
    if isinstance(value, np.ndarray):
        return [_clean(v) for v in value.tolist()]
    if isinstance(value, (np.integer,)):
        return int(value)
    if isinstance(value, (float, np.floating)):
        value = float(value)
        return None if value != value or value in (float("inf"), float("-inf")) else value
    if value is pd.NA:
        return None
    return value


def _distribution(values: np.ndarray) -> dict:
    v = values[~np.isnan(values)]
    if len(v) == 0:
        return {"n": 0}
    q = np.quantile(v, QUANTILES)
    return {"n": int(len(v)), "mean": float(v.mean()), "min": float(q[0]), "p10": float(q[1]),
            "p25": float(q[2]), "median": float(q[3]), "p75": float(q[4]), "p90": float(q[5]), "max": float(q[6])}


def _histogram(values: np.ndarray, bins: int = 10) -> dict:
    v = values[~np.isnan(values)]
    if len(v) == 0:
        return {"edges": [], "counts": []}
    counts, edges = np.histogram(v, bins=bins)
    return {"edges": [float(e) for e in edges], "counts": [int(c) for c in counts]}


def build_report(definition, reference, frame: pd.DataFrame, messages, n_areas, n_eligible, n_small, n_nopop,
                 small_examples, min_population, population, partial, shrunk, uncertainty,
                 evaluated_against_reference, labels) -> dict:
    ids = [d.id for d in definition.domains]
    index = frame["index_score"].to_numpy(dtype=float)
    eligible_no_index = frame["index_domains"].notna().to_numpy() & np.isnan(index)
    no_index_examples = [str(v) for v in np.asarray(labels)[eligible_no_index][:20]]

    domains = []
    for dom in definition.domains:
        parts = dom.subdomains if dom.method == "subdomains" else [dom]
        part_rows = []
        for part in parts:
            key = dom.id if part is dom else f"{dom.id}.{part.id}"
            weights = reference.part_weights.get(key, {})
            part_rows.append({
                "id": part.id, "method": part.method,
                "weight": reference.subdomain_weights.get(dom.id, {}).get(part.id) if part is not dom else None,
                "areas_with_some_indicators_missing": int(partial.get(key, 0)),
                "indicators": [{"key": ind.key, "field": ind.field, "computed_as": ind.describe(),
                                "higher_is": "worse" if ind.higher_is_worse else "better",
                                "weight_given": ind.weight, "weight_used": weights.get(ind.key),
                                "shrunk": ind.key in shrunk} for ind in part.indicators],
                "factor_analysis": reference.factor_fits.get(key),
            })
        domains.append({"id": dom.id, "label": dom.label, "method": dom.method, "weight_given": dom.weight,
                        "weight_used": reference.domain_weights.get(dom.id), "note": dom.note, "parts": part_rows,
                        "distribution": _distribution(frame[f"{dom.id}_score"].to_numpy(dtype=float))})

    scores = pd.DataFrame({i: frame[f"{i}_score"].to_numpy(dtype=float) for i in ids})
    scores["index"] = index
    correlations = scores.rank().corr(method="pearson", min_periods=3)
    deciles = frame["index_decile"].value_counts().sort_index()

    shrink_info = {}
    for key, res in shrunk.items():
        w = res.weight[~np.isnan(res.weight)]
        shrink_info[key] = {"areas": int(len(w)), "mean_weight_own_value": float(w.mean()) if len(w) else None,
                            "areas_mostly_group_mean": int(np.sum(w < 0.5))}

    report = {
        "title": translate("IndexReport", "Achterstandsmonitor report"),
        "generated": _dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "definition": {"name": definition.name, "description": definition.description,
                       "source": definition.source or translate("IndexReport", "(given in code)"),
                       "combine": definition.combine, "min_domains": reference.min_domains,
                       "file": definition.raw},
        "evaluated_against_baseline": bool(evaluated_against_reference),
        "warnings": list(messages),
        "left_out_domains": reference.left_out_domains,
        "left_out_indicators": reference.left_out_indicators,
        "domains": domains,
        "areas": {
            "input": int(n_areas),
            "eligible": int(n_eligible),
            "with_index": int(np.sum(~np.isnan(index))),
            "population_field": population,
            "min_population": float(min_population or 0),
            "below_min_population": int(n_small),
            "without_population": int(n_nopop),
            "excluded_examples": small_examples,
            "too_few_domains": int(eligible_no_index.sum()),
            "too_few_domains_examples": no_index_examples,
        },
        "correlations": {"ids": list(correlations.columns),
                         "matrix": [[_clean(v) for v in row] for row in correlations.to_numpy()]},
        "index_distribution": _distribution(index),
        "index_histogram": _histogram(index),
        "index_deciles": {str(int(k)): int(v) for k, v in deciles.items()},
        "shrinkage": shrink_info,
        "uncertainty": uncertainty,
    }
    return _clean(report)


def _table(headers, rows) -> str:
    head = "".join(f"<th>{html.escape(str(h))}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(_fmt(c))}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _fmt(value) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.4g}" if abs(value) < 1e4 else f"{value:.0f}"
    return str(value)


def render_html(report: dict, language: str = "en") -> str:
    esc = html.escape
    d = report["definition"]
    areas = report["areas"]
    out = [
        "<!DOCTYPE html><html><head><meta charset='utf-8'>",
        f"<title>{esc(report['title'])} – {esc(d['name'])}</title>",
        "<style>body{font-family:sans-serif;max-width:70em;margin:2em auto;color:#222}"
        "table{border-collapse:collapse;margin:.5em 0 1.5em}td,th{border:1px solid #bbb;padding:.2em .5em;"
        "text-align:right}th{background:#eee}td:first-child{text-align:left}"
        ".warn{background:#fff3cd;border:1px solid #e0b000;padding:.5em 1em}</style></head><body>",
        f"<h1>{esc(report['title'])}: {esc(d['name'])}</h1>",
        f"<p>{esc(d['description'])}</p>",
        "<p>" + esc(translate("IndexReport", "Definition: {source}. Domains combined: {combine}. An area needs "
                                             "at least {n} domain score(s) for an index. Generated {when}.")
                    .format(source=d["source"], combine=d["combine"], n=d["min_domains"], when=report["generated"]))
        + "</p>",
    ]
    if report["evaluated_against_baseline"]:
        out.append("<p>" + esc(translate("IndexReport", "Evaluated against a baseline: weights and distributions "
                                                        "of the baseline were used, nothing was refitted.")) + "</p>")
    if report["warnings"]:
        out.append("<div class='warn'><h2>" + esc(translate("IndexReport", "Warnings")) + "</h2><ul>"
                   + "".join(f"<li>{esc(m)}</li>" for m in report["warnings"]) + "</ul></div>")
    if report["left_out_domains"] or report["left_out_indicators"]:
        rows = [[x["id"], x["reason"]] for x in report["left_out_domains"]]
        rows += [[f"{x['domain']}: {x['indicator']}", x["reason"]] for x in report["left_out_indicators"]]
        out.append("<h2>" + esc(translate("IndexReport", "Left out")) + "</h2>"
                   + _table([translate("IndexReport", "Domain or indicator"),
                             translate("IndexReport", "Reason")], rows))

    out.append("<h2>" + esc(translate("IndexReport", "Domains and weights")) + "</h2>")
    rows = [[dom["label"].get(language) or dom["label"].get("en") or dom["id"], dom["id"], dom["method"],
             dom["weight_given"], dom["weight_used"], dom["note"].get(language) or dom["note"].get("en") or ""]
            for dom in report["domains"]]
    out.append(_table([translate("IndexReport", "Domain"), "id", translate("IndexReport", "Method"),
                       translate("IndexReport", "Weight in definition"), translate("IndexReport", "Weight used"),
                       translate("IndexReport", "Why")], rows))
    out.append("<h2>" + esc(translate("IndexReport", "Indicators and fitted weights")) + "</h2>")
    rows = []
    for dom in report["domains"]:
        for part in dom["parts"]:
            where = dom["id"] if part["id"] == dom["id"] else f"{dom['id']}.{part['id']} ({_fmt(part['weight'])})"
            for ind in part["indicators"]:
                rows.append([where, ind["computed_as"], ind["higher_is"], part["method"], ind["weight_used"],
                             translate("IndexReport", "yes") if ind["shrunk"] else "",
                             part["areas_with_some_indicators_missing"]])
    out.append(_table([translate("IndexReport", "Domain"), translate("IndexReport", "Indicator"),
                       translate("IndexReport", "Higher is"), translate("IndexReport", "Method"),
                       translate("IndexReport", "Weight"), translate("IndexReport", "Shrunk"),
                       translate("IndexReport", "Areas with indicators missing")], rows))
    fits = [(dom["id"], part) for dom in report["domains"] for part in dom["parts"] if part["factor_analysis"]]
    for name, part in fits:
        fa = part["factor_analysis"]
        out.append("<p>" + esc(translate("IndexReport", "Factor analysis {part}: one factor, maximum likelihood on "
                                                 "{n} areas, explains {share:.0%} of the variance.")
                               .format(part=name if part["id"] == name else f"{name}.{part['id']}", n=fa["n_areas"],
                                       share=fa["explained_variance"])) + "</p>")
        out.append(_table([translate("IndexReport", "Indicator"), translate("IndexReport", "Loading"),
                           translate("IndexReport", "Uniqueness"), translate("IndexReport", "Weight")],
                          list(zip(fa["indicators"], fa["loadings"], fa["uniquenesses"], fa["weights"]))))

    out.append("<h2>" + esc(translate("IndexReport", "Areas")) + "</h2>")
    rows = [[translate("IndexReport", "Areas in the input"), areas["input"]],
            [translate("IndexReport", "Areas with an index score"), areas["with_index"]],
            [translate("IndexReport", "Left out: population below {n:g} ({field})")
             .format(n=areas["min_population"], field=areas["population_field"] or "–"), areas["below_min_population"]],
            [translate("IndexReport", "Left out: no population figure"), areas["without_population"]],
            [translate("IndexReport", "No index: too few domain scores"), areas["too_few_domains"]]]
    out.append(_table([translate("IndexReport", "Areas"), translate("IndexReport", "Number")], rows))
    if areas["excluded_examples"]:
        out.append("<p>" + esc(translate("IndexReport", "Left out for population (first 20): {areas}")
                               .format(areas=", ".join(areas["excluded_examples"]))) + "</p>")
    if areas["too_few_domains_examples"]:
        out.append("<p>" + esc(translate("IndexReport", "Too few domain scores (first 20): {areas}")
                               .format(areas=", ".join(areas["too_few_domains_examples"]))) + "</p>")

    out.append("<h2>" + esc(translate("IndexReport", "Distribution of the scores")) + "</h2>")
    keys = ["n", "mean", "min", "p10", "p25", "median", "p75", "p90", "max"]
    rows = [[dom["id"]] + [dom["distribution"].get(k) for k in keys] for dom in report["domains"]]
    rows.append(["index"] + [report["index_distribution"].get(k) for k in keys])
    out.append(_table([translate("IndexReport", "Score")] + keys, rows))
    hist = report["index_histogram"]
    if hist["counts"]:
        peak = max(hist["counts"]) or 1
        rows = [[f"{a:.3g} – {b:.3g}", c, "█" * int(round(40 * c / peak))]
                for a, b, c in zip(hist["edges"][:-1], hist["edges"][1:], hist["counts"])]
        out.append(_table([translate("IndexReport", "Index score"), translate("IndexReport", "Areas"), ""], rows))
    out.append(_table([translate("IndexReport", "Index decile")] + list(report["index_deciles"].keys()),
                      [[translate("IndexReport", "Areas")] + list(report["index_deciles"].values())]))

    out.append("<h2>" + esc(translate("IndexReport", "Rank correlations between domains")) + "</h2>")
    corr = report["correlations"]
    out.append(_table([""] + corr["ids"], [[i] + row for i, row in zip(corr["ids"], corr["matrix"])]))
    if report["shrinkage"]:
        out.append("<h2>" + esc(translate("IndexReport", "Shrinkage")) + "</h2>")
        rows = [[k, v["areas"], v["mean_weight_own_value"], v["areas_mostly_group_mean"]]
                for k, v in report["shrinkage"].items()]
        out.append(_table([translate("IndexReport", "Indicator"), translate("IndexReport", "Areas"),
                           translate("IndexReport", "Mean weight of the own value"),
                           translate("IndexReport", "Areas mostly at the group mean")], rows))
    if report["uncertainty"]:
        u = report["uncertainty"]
        out.append("<h2>" + esc(translate("IndexReport", "Rank uncertainty")) + "</h2><p>" + esc(translate(
            "IndexReport", "{draws} draws with domain weights varied by about ±{spread:.0%}{sampling}. Median width "
            "of the 5–95% rank interval: {median}; widest: {max}.").format(
                draws=u["draws"], spread=u["weight_spread"], median=_fmt(u["median_interval_width"]),
                max=_fmt(u["max_interval_width"]),
                sampling=translate("IndexReport", " and sampling error of the shrunk rates")
                if u["sampling_error"] else ""))
            + "</p>")
    if d.get("file"):
        out.append("<details><summary>" + esc(translate("IndexReport", "The definition as read")) + "</summary><pre>"
                   + esc(json.dumps(d["file"], indent=2, ensure_ascii=False)) + "</pre></details>")
    out.append("</body></html>")
    return "\n".join(out)


def write_report(report: dict, path, language: str = "en") -> list:
    """Write ``path`` (.html, or .json plus the .html beside it); returns the files written."""
    path = Path(path)
    written = []
    if path.suffix.lower() == ".json":
        atomic_write_text(path, json.dumps(report, indent=2, ensure_ascii=False))
        written.append(path)
        path = path.with_suffix(".html")
    atomic_write_text(path, render_html(report, language))
    written.append(path)
    return written
