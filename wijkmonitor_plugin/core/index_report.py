"""The Achterstandsmonitor report: what was computed, how, for which areas (JSON and HTML).

:func:`build_report` collects it as a plain dict (JSON-serialisable); :func:`render_html` turns
it into a self-contained HTML page; :func:`write_report` writes ``.html`` or ``.json`` (plus the
HTML next to it), atomically.
"""

from __future__ import annotations

import contextlib
import contextvars
import datetime as _dt
import html
import json
from pathlib import Path

import numpy as np
import pandas as pd

from ..i18n import translate
from ..paths import resources_dir
from .files import atomic_write_text
from .index_charts import histogram_svg

QUANTILES = (0.0, 0.1, 0.25, 0.5, 0.75, 0.9, 1.0)
#: a factor-analysis weight below this share of an equal weight (1 / number of indicators) is flagged
NEAR_ZERO_SHARE = 0.25
#: the languages the reports are written in (a QGIS in another language gets English)
PAGE_LANGUAGES = ("en", "nl")
#: the report names this many most deprived areas (more when ranks tie)
MOST_DEPRIVED = 10


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


def _coverage(definition, frame: pd.DataFrame, areas, partial: dict, imputation, labels) -> dict:
    """How many of the scored areas got an index, from their own domains or with borrowed ones."""
    eligible = np.asarray(areas.eligible, dtype=bool)
    index = frame["index_score"].to_numpy(dtype=float)
    scored = ~np.isnan(index)
    borrowed = frame["index_imputed"].to_numpy(dtype=object) if "index_imputed" in frame else \
        np.full(len(frame), None, dtype=object)
    has_borrowed = ~pd.isna(borrowed)  # None, or NaN where pandas 3 made the column a string column
    own = np.zeros(len(frame), dtype=bool)
    for dom in definition.domains:
        own |= frame[f"{dom.id}_score"].notna().to_numpy()
    partial_counts = {}
    for dom in definition.domains:
        hit = np.zeros(len(frame), dtype=bool)
        for key, mask in partial.items():
            if key == dom.id or key.startswith(dom.id + "."):
                hit |= np.asarray(mask, dtype=bool)
        partial_counts[dom.id] = int((hit & scored).sum())
    examples = [f"{lab}: {b}" for lab, b in zip(np.asarray(labels)[has_borrowed & scored],
                                                 borrowed[has_borrowed & scored])][:20]
    n_eligible = int(eligible.sum())
    return {
        "eligible": n_eligible,
        "with_index": int(scored.sum()),
        "share_scored": float(scored.sum() / n_eligible) if n_eligible else None,
        "with_all_own_domains": int((scored & ~has_borrowed).sum()),
        "with_borrowed_domains": int((scored & has_borrowed).sum()),
        "borrowed": imputation.counts() if imputation is not None else {},
        "borrowed_examples": examples,
        "partial": partial_counts,
        "without_any_own_domain": int((eligible & ~scored & ~own).sum()),
        "imputation": imputation is not None,
    }


def _robustness_rows(frame: pd.DataFrame, labels, n: int = 15) -> list:
    """The areas whose rank is least certain: widest 5–95 % interval first."""
    if "index_rank_p05" not in frame:
        return []
    width = (frame["index_rank_p95"].astype(float) - frame["index_rank_p05"].astype(float)).to_numpy()
    order = np.argsort(-np.nan_to_num(width, nan=-1.0), kind="stable")[:n]
    rows = []
    for i in order:
        if np.isnan(width[i]):
            break
        rows.append({"area": str(np.asarray(labels)[i]), "rank": _clean(frame["index_rank"].iloc[i]),
                     "median": _clean(frame["index_rank_median"].iloc[i]),
                     "p05": _clean(frame["index_rank_p05"].iloc[i]), "p95": _clean(frame["index_rank_p95"].iloc[i]),
                     "decile_stability": _clean(frame["index_decile_stability"].iloc[i]),
                     "borrowed": _clean(frame["index_imputed"].iloc[i]) if "index_imputed" in frame else None})
    return rows


def build_report(definition, reference, frame: pd.DataFrame, messages, areas, min_population, population, partial,
                 shrunk, not_shrunk, imputation, uncertainty, national, groups, evaluated_against_reference) -> dict:
    ids = [d.id for d in definition.domains]
    labels = areas.labels.to_numpy()
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
                "areas_with_some_indicators_missing": int(np.sum(partial.get(key, 0))),
                "indicators": [{"key": ind.key, "field": ind.field, "computed_as": ind.describe(),
                                "higher_is": "worse" if ind.higher_is_worse else "better",
                                "weight_given": ind.weight, "weight_used": weights.get(ind.key),
                                "shrunk": ind.key in shrunk} for ind in part.indicators],
                "factor_analysis": reference.factor_fits.get(key),
            })
        domains.append({"id": dom.id, "label": dom.label, "method": dom.method, "weight_given": dom.weight,
                        "weight_used": reference.domain_weights.get(dom.id), "note": dom.note, "parts": part_rows,
                        "distribution": _distribution(frame[f"{dom.id}_score"].to_numpy(dtype=float)),
                        "histogram": _histogram(frame[f"{dom.id}_score"].to_numpy(dtype=float))})

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
            "input": int(len(frame)),
            "eligible": int(areas.n_eligible),
            "with_index": int(np.sum(~np.isnan(index))),
            "population_field": population,
            "min_population": float(min_population or 0),
            "below_min_population": int(areas.n_small),
            "without_population": int(areas.n_nopop),
            "excluded_examples": areas.small_examples,
            "too_few_domains": int(eligible_no_index.sum()),
            "too_few_domains_examples": no_index_examples,
        },
        "coverage": _coverage(definition, frame, areas, partial, imputation, labels),
        "groups": groups,
        "national": national,
        "correlations": {"ids": list(correlations.columns),
                         "matrix": [[_clean(v) for v in row] for row in correlations.to_numpy()]},
        "index_distribution": _distribution(index),
        "index_histogram": _histogram(index),
        "index_deciles": {str(int(k)): int(v) for k, v in deciles.items()},
        "shrinkage": shrink_info,
        "shrinkage_not_applied": list(not_shrunk) if shrunk else [],
        "uncertainty": uncertainty,
        "least_certain_ranks": _robustness_rows(frame, labels) if uncertainty else [],
        "near_zero_weights": near_zero_weights(domains),
    }
    return _clean(report)


def near_zero_weights(domains: list) -> list:
    """The indicators whose factor-analysis weight is below :data:`NEAR_ZERO_SHARE` of an equal share.

    Such an indicator hardly counts in its domain although the definition lists it: the factor found
    little in common between it and the others (a weak or negative loading). The report flags it so
    the user can check the indicator or give the domain fixed weights.
    """
    out = []
    for dom in domains:
        for part in dom["parts"]:
            fa = part.get("factor_analysis")
            if not fa or not fa.get("weights"):
                continue
            limit = NEAR_ZERO_SHARE / len(fa["weights"])
            where = dom["id"] if part["id"] == dom["id"] else f"{dom['id']}.{part['id']}"
            for name, loading, weight in zip(fa["indicators"], fa["loadings"], fa["weights"]):
                if weight is None or weight < limit:
                    out.append({"part": where, "indicator": name, "weight": weight, "loading": loading,
                                "limit": limit})
    return out


def areas_by_name(frame: pd.DataFrame, codes=None, names=None, domain_ids=(), n: int = MOST_DEPRIVED) -> list:
    """The ``n`` most deprived areas (index rank 1 first; ties kept) with their name, code, deciles and scores."""
    ranks = pd.to_numeric(frame["index_rank"], errors="coerce")
    ranked = ranks.dropna().sort_values(kind="stable")
    if ranked.empty:
        return []
    cut = ranked.iloc[min(n, len(ranked)) - 1]
    rows = []
    for label in ranked.index[ranked <= cut]:
        rows.append({
            "name": None if names is None else _text(names.get(label)),
            "code": None if codes is None else _text(codes.get(label)),
            "rank": _clean(frame["index_rank"].get(label)), "decile": _clean(frame["index_decile"].get(label)),
            "score": _clean(frame["index_score"].get(label)),
            "national_decile": _clean(frame["index_nl_decile"].get(label)) if "index_nl_decile" in frame else None,
            "domain_deciles": {d: _clean(frame[f"{d}_decile"].get(label)) for d in domain_ids
                               if f"{d}_decile" in frame},
            "borrowed": _text(frame["index_imputed"].get(label)) if "index_imputed" in frame else None,
        })
    return rows


def add_area_names(report: dict, frame: pd.DataFrame, codes=None, names=None) -> dict:
    """Put the most deprived areas by name into ``report`` (``most_deprived``); returns the report."""
    ids = [d["id"] for d in report["domains"]]
    report["most_deprived"] = areas_by_name(frame, codes, names, ids)
    return report


def _text(value):
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return None
    return str(value)


def report_table(headers, rows, flagged=()) -> str:
    """An HTML table; the rows whose position is in ``flagged`` are marked (class ``flag``)."""
    head = "".join(f"<th>{html.escape(str(h))}</th>" for h in headers)
    body = "".join(("<tr class='flag'>" if i in flagged else "<tr>")
                   + "".join(f"<td class='t'>{html.escape(c)}</td>" if isinstance(c, str) and j
                             else f"<td>{html.escape(fmt(c))}</td>" for j, c in enumerate(row))
                   + "</tr>" for i, row in enumerate(rows))
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


#: the language numbers are written in while a page is rendered (decimal comma in Dutch)
_LANGUAGE = contextvars.ContextVar("index_report_language", default="en")


def fmt(value) -> str:
    """A value as a table shows it: 4 significant digits, '–' for none, in the page's language."""
    if value is None:
        return "–"
    if isinstance(value, float):
        text = f"{value:.4g}" if abs(value) < 1e4 else f"{value:.0f}"
        return text.replace(".", ",") if _LANGUAGE.get() == "nl" else text
    return str(value)


STYLE = ("body{font-family:sans-serif;max-width:70em;margin:2em auto;padding:0 1em;color:#222;line-height:1.4}"
         "table{border-collapse:collapse;margin:.5em 0 1.5em}td,th{border:1px solid #bbb;padding:.2em .5em;"
         "text-align:right}th{background:#eee}td:first-child,th:first-child{text-align:left}"
         ".warn{background:#fff3cd;border:1px solid #e0b000;padding:.5em 1em}"
         "figure.map{margin:1em 0}figure.map img{max-width:100%;height:auto;border:1px solid #ccc}"
         "ul.legend{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.3em 1.2em;font-size:.9em}"
         "ul.legend span{display:inline-block;width:1.1em;height:.9em;border:1px solid #777;margin-right:.35em;"
         "vertical-align:-.1em}.charts{display:flex;flex-wrap:wrap;gap:.5em 1em}"
         "div.wide{overflow-x:auto}div.wide table{font-size:.85em}tr.flag td{background:#fde2e1}"
         ".note{color:#555;font-size:.9em}td.t{text-align:left}")


def map_html(picture: dict | None, heading: str) -> list:
    """A rendered map (``MapPicture.as_dict()`` of :mod:`..qgis_adapters.report_map`) with its legend."""
    if not picture:
        return []
    esc = html.escape
    legend = "".join(f"<li><span style='background:{esc(colour)}'></span>{esc(label)}</li>"
                     for colour, label in picture.get("legend") or [])
    return [f"<h2 class='map'>{esc(heading)}</h2><figure class='map'>"
            f"<img src='data:image/png;base64,{picture['png_base64']}' width='{picture['width']}' "
            f"height='{picture['height']}' alt='{esc(picture.get('alt') or heading, quote=True)}'>"
            f"<figcaption>{esc(picture.get('caption') or '')}<ul class='legend'>{legend}</ul></figcaption></figure>"]


def _in_language(text, language: str) -> str:
    """A text of a definition file: one text, or one per language."""
    if isinstance(text, dict):
        return text.get(language) or text.get("en") or next(iter(text.values()), "")
    return text or ""


def _source_name(source: str) -> str:
    """Where the definition came from: a definition shipped with Wijkmonitor by its name, a user's file by its path."""
    try:
        path = Path(source).resolve()
        if path.is_file() and path.is_relative_to(resources_dir().resolve()):
            return translate("IndexReport", "{name} (built in)").format(name=path.name)
    except (OSError, ValueError):
        pass
    return source


def _domain_name(dom: dict, language: str) -> str:
    return dom["label"].get(language) or dom["label"].get("en") or dom["id"]


def _method_name(method: str) -> str:
    names = {"rate": translate("IndexReport", "rate"),
             "factor_analysis": translate("IndexReport", "factor analysis"),
             "weighted": translate("IndexReport", "weighted sum"),
             "subdomains": translate("IndexReport", "subdomains"),
             "exponential": translate("IndexReport", "exponential transformation, weighted sum"),
             "mean_z": translate("IndexReport", "mean of the z-scores")}
    return names.get(method, method)


def _most_deprived_html(report: dict, language: str, has_map: bool) -> list:
    esc = html.escape
    rows = report.get("most_deprived") or []
    if not rows:
        return []
    names = {dom["id"]: _domain_name(dom, language) for dom in report["domains"]}
    out = ["<h2>" + esc(translate("IndexReport", "The most deprived areas")) + "</h2>"]
    text = translate("IndexReport", "The {n} areas with the lowest index rank (rank 1 = most deprived; decile 1 = "
                                    "the most deprived tenth), with their decile on each domain.").format(n=len(rows))
    if has_map:
        text += " " + translate("IndexReport", "The map shows their rank number.")
    out.append(f"<p>{esc(text)}</p>")
    with_national = any(r.get("national_decile") is not None for r in rows)
    head = [translate("IndexReport", "Rank"), translate("IndexReport", "Area"), translate("IndexReport", "Code"),
            translate("IndexReport", "Decile")]
    head += [translate("IndexReport", "National decile")] if with_national else []
    head += [translate("IndexReport", "Index score")] + [names[i] for i in names]
    body = []
    for r in rows:
        cells = [r["rank"], r["name"] or r["code"] or "–", r["code"], r["decile"]]
        cells += [r["national_decile"]] if with_national else []
        cells += [r["score"]] + [r["domain_deciles"].get(i) for i in names]
        body.append(cells)
    out.append("<div class='wide'>" + report_table(head, body) + "</div>")
    return out


def _distribution_charts_html(report: dict, language: str) -> list:
    esc = html.escape
    charts = []
    hist = report.get("index_histogram") or {}
    areas = translate("IndexReport", "areas")
    charts.append(histogram_svg(hist.get("edges") or [], hist.get("counts") or [],
                                translate("IndexReport", "Index score"), translate("IndexReport", "score (higher = "
                                                                                   "more deprived)"), areas, language))
    for dom in report["domains"]:
        h = dom.get("histogram") or {}
        charts.append(histogram_svg(h.get("edges") or [], h.get("counts") or [], _domain_name(dom, language),
                                    translate("IndexReport", "score (higher = more deprived)"), areas, language))
    intro = translate("IndexReport", "How the scores are spread over the areas: the index and each domain. A long "
                                     "tail to the right means a few areas are far more deprived than the rest.")
    return ["<h2>" + esc(translate("IndexReport", "Distribution of the scores")) + "</h2>", f"<p>{esc(intro)}</p>",
            "<div class='charts'>" + "".join(charts) + "</div>"]


def _near_zero_html(report: dict) -> list:
    esc = html.escape
    flagged = report.get("near_zero_weights") or []
    if not flagged:
        return []
    items = "".join("<li>" + esc(translate("IndexReport", "{part}: {indicator} has weight {weight} (loading "
                                                          "{loading}); below {limit}.").format(
        part=f["part"], indicator=f["indicator"], weight=fmt(f["weight"]), loading=fmt(f["loading"]),
        limit=fmt(f["limit"]))) + "</li>" for f in flagged)
    text = translate("IndexReport", "Weights near zero: the factor analysis gave these indicators less than a "
                                    "quarter of an equal share, so they hardly count in their domain although the "
                                    "definition lists them (they have little in common with the other indicators "
                                    "of the domain). Check the indicator, or give the domain fixed weights.")
    return [f"<div class='warn'><p>{esc(text)}</p><ul>{items}</ul></div>"]


@contextlib.contextmanager
def numbers_in(language: str):
    """While a page is rendered: :func:`report_table` writes numbers in ``language`` (decimal comma in Dutch)."""
    token = _LANGUAGE.set(language)
    try:
        yield
    finally:
        _LANGUAGE.reset(token)


def page_language(language: str | None) -> str:
    """The language a page is written in: the user's when Wijkmonitor ships it, else English (what
    ``translate`` then returns)."""
    language = (language or "en")[:2].lower()
    return language if language in PAGE_LANGUAGES else "en"


def render_html(report: dict, language: str = "en", images: dict | None = None) -> str:
    """The report as one self-contained page in ``language``; ``images`` may hold the ``map`` of the result."""
    language = page_language(language)
    with numbers_in(language):
        return _render_html(report, language, images or {})


def _render_html(report: dict, language: str, images: dict) -> str:
    esc = html.escape
    d = report["definition"]
    areas = report["areas"]
    out = [
        f"<!DOCTYPE html><html lang='{esc(language)}'><head><meta charset='utf-8'>",
        f"<title>{esc(report['title'])} – {esc(d['name'])}</title>",
        f"<style>{STYLE}</style></head><body>",
        f"<h1>{esc(report['title'])}: {esc(d['name'])}</h1>",
        f"<p>{esc(_in_language(d['description'], language))}</p>",
        "<p>" + esc(translate("IndexReport", "Definition: {source}. Domains combined: {combine}. An area needs "
                                             "at least {n} domain score(s) for an index. Generated {when}.")
                    .format(source=_source_name(d["source"]), combine=_method_name(d["combine"]), n=d["min_domains"],
                            when=report["generated"]))
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
                   + report_table([translate("IndexReport", "Domain or indicator"),
                             translate("IndexReport", "Reason")], rows))
    out += map_html(images.get("map"), translate("IndexReport", "Map of the index"))
    out += _most_deprived_html(report, language, bool(images.get("map")))
    out += _distribution_charts_html(report, language)
    out += _near_zero_html(report)

    out.append("<h2>" + esc(translate("IndexReport", "Domains and weights")) + "</h2>")
    rows = [[_domain_name(dom, language), dom["id"], _method_name(dom["method"]),
             dom["weight_given"], dom["weight_used"], dom["note"].get(language) or dom["note"].get("en") or ""]
            for dom in report["domains"]]
    out.append(report_table([translate("IndexReport", "Domain"), translate("IndexReport", "Code"),
                       translate("IndexReport", "Method"),
                       translate("IndexReport", "Weight in definition"), translate("IndexReport", "Weight used"),
                       translate("IndexReport", "Why")], rows))
    out.append("<h2>" + esc(translate("IndexReport", "Indicators and fitted weights")) + "</h2>")
    rows = []
    for dom in report["domains"]:
        for part in dom["parts"]:
            where = dom["id"] if part["id"] == dom["id"] else f"{dom['id']}.{part['id']} ({fmt(part['weight'])})"
            for ind in part["indicators"]:
                higher = translate("IndexReport", "worse") if ind["higher_is"] == "worse" else \
                    translate("IndexReport", "better")
                rows.append([where, ind["computed_as"], higher, _method_name(part["method"]), ind["weight_used"],
                             translate("IndexReport", "yes") if ind["shrunk"] else "",
                             part["areas_with_some_indicators_missing"]])
    out.append(report_table([translate("IndexReport", "Domain"), translate("IndexReport", "Indicator"),
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
        where = name if part["id"] == name else f"{name}.{part['id']}"
        low = {f["indicator"] for f in report.get("near_zero_weights") or [] if f["part"] == where}
        rows = [[i, lo, u, w, translate("IndexReport", "near zero") if i in low else ""]
                for i, lo, u, w in zip(fa["indicators"], fa["loadings"], fa["uniquenesses"], fa["weights"])]
        out.append(report_table([translate("IndexReport", "Indicator"), translate("IndexReport", "Loading"),
                           translate("IndexReport", "Uniqueness"), translate("IndexReport", "Weight"),
                           translate("IndexReport", "Flag")], rows,
                          flagged={k for k, r in enumerate(rows) if r[0] in low}))

    out.append("<h2>" + esc(translate("IndexReport", "Areas")) + "</h2>")
    rows = [[translate("IndexReport", "Areas in the input"), areas["input"]],
            [translate("IndexReport", "Areas with an index score"), areas["with_index"]],
            [translate("IndexReport", "Left out: population below {n:g} ({field})")
             .format(n=areas["min_population"], field=areas["population_field"] or "–"), areas["below_min_population"]],
            [translate("IndexReport", "Left out: no population figure"), areas["without_population"]],
            [translate("IndexReport", "No index: too few domain scores"), areas["too_few_domains"]]]
    out.append(report_table([translate("IndexReport", "Areas"), translate("IndexReport", "Number")], rows))
    if areas["excluded_examples"]:
        out.append("<p>" + esc(translate("IndexReport", "Left out for population (first 20): {areas}")
                               .format(areas=", ".join(areas["excluded_examples"]))) + "</p>")
    if areas["too_few_domains_examples"]:
        out.append("<p>" + esc(translate("IndexReport", "Too few domain scores (first 20): {areas}")
                               .format(areas=", ".join(areas["too_few_domains_examples"]))) + "</p>")
    out += _coverage_html(report, language)
    out += _groups_html(report)
    out += _national_html(report)

    out.append("<h3>" + esc(translate("IndexReport", "The scores in figures")) + "</h3>")
    keys = ["n", "mean", "min", "p10", "p25", "median", "p75", "p90", "max"]
    key_names = [translate("IndexReport", "Areas"), translate("IndexReport", "Mean"),
                 translate("IndexReport", "Minimum"), "P10", "P25", translate("IndexReport", "Median"), "P75", "P90",
                 translate("IndexReport", "Maximum")]
    rows = [[_domain_name(dom, language)] + [dom["distribution"].get(k) for k in keys] for dom in report["domains"]]
    rows.append([translate("IndexReport", "Index")] + [report["index_distribution"].get(k) for k in keys])
    out.append(report_table([translate("IndexReport", "Score")] + key_names, rows))
    out.append(report_table([translate("IndexReport", "Index decile")] + list(report["index_deciles"].keys()),
                      [[translate("IndexReport", "Areas")] + list(report["index_deciles"].values())]))

    out.append("<h2>" + esc(translate("IndexReport", "Rank correlations between domains")) + "</h2>")
    corr = report["correlations"]
    names = {dom["id"]: _domain_name(dom, language) for dom in report["domains"]}
    names["index"] = translate("IndexReport", "Index")
    heads = [names.get(i, i) for i in corr["ids"]]
    out.append(report_table([""] + heads, [[h] + row for h, row in zip(heads, corr["matrix"])]))
    if report["shrinkage"]:
        out.append("<h2>" + esc(translate("IndexReport", "Shrinkage")) + "</h2>")
        rows = [[k, v["areas"], v["mean_weight_own_value"], v["areas_mostly_group_mean"]]
                for k, v in report["shrinkage"].items()]
        out.append(report_table([translate("IndexReport", "Indicator"), translate("IndexReport", "Areas"),
                           translate("IndexReport", "Mean weight of the own value"),
                           translate("IndexReport", "Areas mostly at the group mean")], rows))
    if report.get("shrinkage_not_applied"):
        out.append("<p>" + esc(translate("IndexReport", "Not shrunk (not a proportion within its ceiling):")) + "</p>")
        out.append(report_table([translate("IndexReport", "Indicator"), translate("IndexReport", "Reason")],
                          [[f"{x['indicator']} ({x['field']})", x["reason"]] for x in report["shrinkage_not_applied"]]))
    out += _robustness_html(report)
    if d.get("file"):
        out.append("<details><summary>" + esc(translate("IndexReport", "The definition as read")) + "</summary><pre>"
                   + esc(json.dumps(d["file"], indent=2, ensure_ascii=False)) + "</pre></details>")
    out.append("</body></html>")
    return "\n".join(out)


def _coverage_html(report: dict, language: str) -> list:
    esc = html.escape
    cov = report.get("coverage") or {}
    if not cov:
        return []
    out = ["<h2>" + esc(translate("IndexReport", "Coverage: a score for every populated area")) + "</h2>"]
    share = cov.get("share_scored")
    out.append("<p>" + esc(translate(
        "IndexReport", "{scored} of the {eligible} areas at or above the minimum population have an index score "
                       "({share}). {own} rest on their own domain scores only; {borrowed} borrowed one or more "
                       "domains from their parent area.").format(
        scored=cov["with_index"], eligible=cov["eligible"], share="–" if share is None else f"{share:.1%}",
        own=cov["with_all_own_domains"], borrowed=cov["with_borrowed_domains"])) + "</p>")
    if cov.get("imputation"):
        out.append("<p>" + esc(translate(
            "IndexReport", "A domain an area has no figures for (CBS suppresses small numbers) is borrowed from its "
                           "parent: the population-weighted mean of that domain's score in the same wijk, else the "
                           "gemeente, else all areas. The field index_imputed lists the borrowed domains; with rank "
                           "uncertainty the borrowed score is drawn from the parent's own areas, so the rank interval "
                           "shows how much the borrowing matters.")) + "</p>")
    levels = {"wijk": translate("IndexReport", "from the wijk"), "gemeente": translate("IndexReport", "from the "
                                                                                                       "gemeente"),
              "all": translate("IndexReport", "from all areas"), "baseline": translate("IndexReport", "as in the "
                                                                                                      "baseline")}
    names = {dom["id"]: dom["label"].get(language) or dom["label"].get("en") or dom["id"] for dom in report["domains"]}
    rows = [[names.get(dom, dom), cov["partial"].get(dom, 0),
             ", ".join(f"{n} {levels.get(k, k)}" for k, n in cov["borrowed"].get(dom, {}).items()) or "0"]
            for dom in names]
    out.append(report_table([translate("IndexReport", "Domain"),
                       translate("IndexReport", "Areas scored from some of its indicators"),
                       translate("IndexReport", "Areas that borrowed it")], rows))
    if cov.get("borrowed_examples"):
        out.append("<p>" + esc(translate("IndexReport", "Borrowed domains (first 20): {areas}").format(
            areas="; ".join(cov["borrowed_examples"]))) + "</p>")
    if cov.get("without_any_own_domain"):
        out.append("<p>" + esc(translate("IndexReport", "{n} area(s) have no domain score of their own and get no "
                                                        "index.").format(n=cov["without_any_own_domain"])) + "</p>")
    return out


def _groups_html(report: dict) -> list:
    esc = html.escape
    groups = report.get("groups")
    if not groups:
        return []
    out = ["<h2>" + esc(translate("IndexReport", "Ranks within groups")) + "</h2>", "<p>" + esc(translate(
        "IndexReport", "Group ranks and deciles ({field}) are given only in groups with at least {n} areas with a "
                       "score: in a smaller group a decile means nothing (a wijk of one buurt would be both its most "
                       "and its least deprived). Areas in smaller groups and areas without a group value get NULL.")
        .format(field=groups.get("field") or "–", n=groups["min_areas"])) + "</p>"]
    rows = [[m, v["ranked_groups"], v["groups_too_small"], v["areas_in_small_groups"], v["areas_without_group"]]
            for m, v in groups["measures"].items()]
    out.append(report_table([translate("IndexReport", "Score"), translate("IndexReport", "Groups ranked"),
                       translate("IndexReport", "Groups too small"),
                       translate("IndexReport", "Areas in groups too small"),
                       translate("IndexReport", "Areas without a group")], rows))
    small = groups["measures"].get("index", {}).get("too_small_examples") or {}
    if small:
        out.append("<p>" + esc(translate("IndexReport", "Groups too small for the index (areas with a score): "
                                                        "{groups}").format(
            groups=", ".join(f"{k} ({v})" for k, v in small.items()))) + "</p>")
    return out


def _national_html(report: dict) -> list:
    esc = html.escape
    nat = report.get("national")
    if not nat:
        return []
    out = ["<h2>" + esc(translate("IndexReport", "National ranks and deciles")) + "</h2>", "<p>" + esc(translate(
        "IndexReport", "index_nl_rank and index_nl_decile place each area among all {n} areas of the reference "
                       "(decile 1 = the most deprived 10% of the country), computed with the domains both tables "
                       "have: {domains}. An area that is also in the reference is compared with the other reference "
                       "areas, so it gets exactly its national rank; the local deciles (index_decile) always put a "
                       "tenth of the municipality's areas in decile 1, the national ones show how deprived they are "
                       "in the country.").format(n=nat.get("reference_areas_with_index"),
                                                 domains=", ".join(nat.get("domains", [])))) + "</p>"]
    rows = [[translate("IndexReport", "Rows in the reference"), nat.get("reference_areas")],
            [translate("IndexReport", "Reference areas of the same level"), nat.get("reference_areas_used")],
            [translate("IndexReport", "Reference areas with an index"), nat.get("reference_areas_with_index")],
            [translate("IndexReport", "Input areas found in the reference (by code)"),
             nat.get("input_areas_in_reference")],
            [translate("IndexReport", "Input areas with a national rank"), nat.get("input_areas_with_national_rank")]]
    out.append(report_table([translate("IndexReport", "Areas"), translate("IndexReport", "Number")], rows))
    if nat.get("domains_left_out"):
        out.append("<p>" + esc(translate("IndexReport", "Not in the national comparison (fields missing in the "
                                                        "reference): {domains}.").format(
            domains=", ".join(nat["domains_left_out"]))) + "</p>")
    dec = nat.get("national_deciles_of_input") or {}
    if dec:
        out.append(report_table([translate("IndexReport", "National decile")] + list(dec.keys()),
                          [[translate("IndexReport", "Areas")] + list(dec.values())]))
    return out


def _robustness_html(report: dict) -> list:
    esc = html.escape
    u = report.get("uncertainty")
    if not u:
        return []
    out = ["<h2>" + esc(translate("IndexReport", "How robust is each rank?")) + "</h2>", "<p>" + esc(translate(
        "IndexReport", "The index was recomputed {draws} times (seed {seed}), each time with other reasonable method "
                       "choices: {choices}. Per area: index_rank_median, the 5th–95th percentile of its rank "
                       "(index_rank_p05 … index_rank_p95) and index_decile_stability, the share of the runs in which "
                       "it stays in its own decile. Median width of the rank interval: {median}; widest: {max}; "
                       "median decile stability: {stability}. {stable} area(s) stay in their decile in at least 90% "
                       "of the runs, {unstable} in fewer than half.").format(
        draws=u["draws"], seed=u["seed"], choices="; ".join(c["label"] for c in u["choices"]),
        median=fmt(u["median_interval_width"]), max=fmt(u["max_interval_width"]),
        stability="–" if u.get("decile_stability_median") is None else f"{u['decile_stability_median']:.0%}",
        stable=u.get("areas_stable_90"), unstable=u.get("areas_unstable_50"))) + "</p>"]
    if u.get("sensitivity"):
        out.append("<h3>" + esc(translate("IndexReport", "Which choice moves the ranks most")) + "</h3><p>" + esc(
            translate("IndexReport", "Total sensitivity index: the share of the variation in the rank changes that "
                                     "this choice causes, on its own and together with the other choices; "
                                     "first-order index: on its own. Both with a bootstrap 5–95% interval; with a "
                                     "few hundred runs the first-order figures are rough (more runs narrow the "
                                     "intervals). Mean absolute rank change of a run against the nominal ranks: "
                                     "{change}.").format(change=fmt(u.get("mean_absolute_rank_change")))) + "</p>")
        rows = [[r["label"], r["total"], f"{fmt(r['total_p05'])} – {fmt(r['total_p95'])}", r["first_order"],
                 f"{fmt(r['first_order_p05'])} – {fmt(r['first_order_p95'])}"]
                for r in sorted(u["sensitivity"], key=lambda r: -r["total"])]
        out.append(report_table([translate("IndexReport", "Method choice"), translate("IndexReport", "Total index"),
                           translate("IndexReport", "5–95%"), translate("IndexReport", "First-order index"),
                           translate("IndexReport", "5–95%")], rows))
    elif u.get("sensitivity_note"):
        out.append("<p>" + esc(u["sensitivity_note"]) + "</p>")
    least = report.get("least_certain_ranks") or []
    if least:
        rows = [[r["area"], r["rank"], r["median"], f"{fmt(r['p05'])} – {fmt(r['p95'])}",
                 "–" if r["decile_stability"] is None else f"{r['decile_stability']:.0%}", r["borrowed"] or ""]
                for r in least]
        out.append("<h3>" + esc(translate("IndexReport", "Least certain ranks")) + "</h3>")
        out.append(report_table([translate("IndexReport", "Area"), translate("IndexReport", "Rank"),
                           translate("IndexReport", "Median rank"), translate("IndexReport", "5–95% of the ranks"),
                           translate("IndexReport", "Decile stability"), translate("IndexReport", "Borrowed")], rows))
    return out


def write_report(report: dict, path, language: str = "en", images: dict | None = None) -> list:
    """Write ``path`` (.html, or .json plus the .html beside it); returns the files written.

    ``images`` (the map) go into the HTML only, as data URIs: the page stays one self-contained file.
    """
    path = Path(path)
    written = []
    if path.suffix.lower() == ".json":
        atomic_write_text(path, json.dumps(report, indent=2, ensure_ascii=False))
        written.append(path)
        path = path.with_suffix(".html")
    atomic_write_text(path, render_html(report, language, images))
    written.append(path)
    return written
