"""The texts of a portrait (titles, table cells, definitions) and its HTML page; the PDF prints the same texts.

Everything here works on the dict of :func:`.portrait.build_portrait`; numbers are written the way the
maps write them (decimal comma in Dutch, the catalogue's decimals, the unit).
"""

from __future__ import annotations

import html

from ..i18n import translate
from . import energy as en
from .classify import format_number, short_unit, with_unit
from .files import atomic_write_text
from .profile import judgement_text


def value_text(value, meta: dict, lang: str) -> str:
    """A value with the indicator's decimals and unit ('–' when missing)."""
    if value is None:
        return "–"
    return with_unit(format_number(value, meta["decimals"], lang), short_unit(meta["unit"])) or "–"


def indicator_name(meta: dict) -> str:
    """The label, with a long unit ('euro per jaar') in brackets; short units go with every value."""
    unit = meta["unit"] or ""
    if not unit or short_unit(unit) or unit in meta["label"] or "(" in meta["label"]:
        return meta["label"]
    return f"{meta['label']} ({unit})"


def title(portrait: dict) -> str:
    return translate("PortraitReport", "{theme}: {area}").format(theme=portrait["theme"]["label"],
                                                                 area=portrait["area"]["name"])


def subtitle(portrait: dict) -> str:
    area = portrait["area"]
    kind = translate("PortraitReport", "Gemeente") if area["kind"] == "gemeente" else \
        translate("PortraitReport", "Kern in the gemeente {gemeente}").format(gemeente=area["gemeente"])
    year = translate("PortraitReport", ", figures {year}").format(year=area["year"]) if area["year"] else ""
    return translate("PortraitReport", "{kind} · {urbanity}{year}").format(kind=kind, urbanity=area["urbanity_label"],
                                                                        year=year)


def part_kind_label(kind: str) -> str:
    return {"wijken": translate("PortraitReport", "Wijken"), "kernen": translate("PortraitReport", "Kernen"),
            "buurten": translate("PortraitReport", "Buurten")}[kind]


def comparison_rows(portrait: dict) -> list[dict]:
    """Per indicator: name, area, country, comparison group and the judgements, as text."""
    lang = portrait["language"]
    metas = {m["id"]: m for m in portrait["indicators"]}
    out = []
    for row in portrait["comparison"]:
        meta = metas[row["id"]]
        out.append({"indicator": indicator_name(meta), "area": value_text(row["area"], meta, lang),
                    "country": value_text(row["country"], meta, lang), "group": value_text(row["group"], meta, lang),
                    "vs_country": judgement_text(row["vs_country"]), "vs_group": judgement_text(row["vs_group"]),
                    "judgement": row["vs_group"] if row["group"] is not None else row["vs_country"]})
    return out


def comparison_headings(portrait: dict) -> list[str]:
    return [translate("PortraitReport", "Indicator"), portrait["area"]["name"],
            translate("PortraitReport", "Netherlands"), translate("PortraitReport", "Similar gemeenten"),
            translate("PortraitReport", "Against similar gemeenten")]


def part_table(portrait: dict, indicator_ids) -> tuple[list[str], list[list[str]]]:
    """Headings and rows of the table of parts for the given indicators (the area itself last)."""
    lang = portrait["language"]
    metas = {m["id"]: m for m in portrait["indicators"]}
    heads = [part_kind_label(portrait["parts"]["kind"])] + [indicator_name(metas[i]) for i in indicator_ids]
    rows = [[r["name"]] + [value_text(r.get(i), metas[i], lang) for i in indicator_ids]
            for r in portrait["parts"]["rows"]]
    area = {r["id"]: r["area"] for r in portrait["comparison"]}
    rows.append([translate("PortraitReport", "{area} (total)").format(area=portrait["area"]["name"])]
                + [value_text(area.get(i), metas[i], lang) for i in indicator_ids])
    return heads, rows


def typology_rows(portrait: dict) -> list[list[str]]:
    lang = portrait["language"]
    rows = []
    for row in portrait["typology"].get("counts", []):
        if not row["areas"]:
            continue
        rows.append([row["label"], str(row["areas"]),
                     format_number(row["dwellings"], 0, lang) if row["dwellings"] is not None else "–",
                     en.type_approach(row["type"])])
    return rows


def typology_headings() -> list[str]:
    return [translate("PortraitReport", "Type"), translate("PortraitReport", "Buurten"),
            translate("PortraitReport", "Dwellings"), translate("PortraitReport", "Approach")]


def trend_rows(portrait: dict, trend: dict) -> tuple[list[str], list[list[str]]]:
    lang = portrait["language"]
    meta = {"decimals": trend["decimals"], "unit": trend["unit"]}
    heads = [""] + [str(y) for y in trend["years"]]
    rows = [[portrait["area"]["name"]] + [value_text(v, meta, lang) for v in trend["area"]]]
    if any(v is not None for v in trend["country"]):
        rows.append([translate("PortraitReport", "Netherlands")]
                    + [value_text(v, meta, lang) for v in trend["country"]])
    rows += [[p["name"]] + [value_text(v, meta, lang) for v in p["values"]]
             for p in sorted(trend["parts"], key=lambda p: p["name"].lower())]
    return heads, rows


def source_rows(portrait: dict) -> list[list[str]]:
    return [[indicator_name(m), m["definition"], m["source"] + (f" ({m['field']})" if m["field"] else "")]
            for m in portrait["indicators"]]


def source_headings() -> list[str]:
    return [translate("PortraitReport", "Indicator"), translate("PortraitReport", "Definition"),
            translate("PortraitReport", "Source (field used)")]


def method_notes(portrait: dict) -> list[str]:
    """What the last page says besides the definitions."""
    group = portrait["group"]
    notes = [translate("PortraitReport", "Values of the area and of its {parts} are aggregated from its buurten: "
                                         "counts summed, shares recomputed from their counts, averages weighted by "
                                         "inhabitants, households or dwellings as the indicator catalogue says.")
             .format(parts=part_kind_label(portrait["parts"]["kind"]).lower())]
    if portrait["national_label"]:
        notes.append(translate("PortraitReport", "Netherlands and similar gemeenten: {source}. A dash means the "
                                                 "national table has no figure for that indicator.").format(
            source=portrait["national_label"]))
    if group["rule"] == "stedelijkheid":
        notes.append(translate("PortraitReport", "Similar gemeenten: the {n} gemeenten of the same CBS stedelijkheid "
                                                 "class ({label}); the class follows from the average address "
                                                 "density (CBS: 1 at 2,500 addresses per km² or more … 5 below 500).")
                     .format(n=len(group["codes"]), label=group["label"]))
    elif group["rule"] == "similar":
        notes.append(translate("PortraitReport", "Similar gemeenten: the {n} gemeenten that "
                                                 "wijkmonitor:similarareas found most similar.").format(
            n=len(group["codes"])))
    if group["note"]:
        notes.append(group["note"])
    notes += portrait["typology"].get("method", [])
    notes.append(translate("PortraitReport", "'▲ better' and '▼ worse' mark a difference of more than 5%; "
                                             "'= similar' a smaller one."))
    notes.append(portrait["attribution"])
    return notes


# -- HTML -------------------------------------------------------------------------------------------------------


def _table(heads, rows, numeric=None) -> str:
    esc = html.escape
    numeric = set(range(1, len(heads))) if numeric is None else set(numeric)
    head = "".join(f"<th>{esc(h)}</th>" for h in heads)
    body = "".join("<tr>" + "".join(f"<td class='n'>{esc(c)}</td>" if j in numeric else f"<td>{esc(c)}</td>"
                                    for j, c in enumerate(r)) + "</tr>" for r in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def render_html(portrait: dict, images: dict | None = None, columns_per_table: int = 5) -> str:
    """The portrait as one self-contained page; ``images`` maps a section to a PNG (base64) of its maps."""
    esc = html.escape
    images = images or {}
    lang = portrait["language"]
    out = [f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'>", f"<title>{esc(title(portrait))}</title>",
           "<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;color:#1a1a1a;line-height:1.4}"
           "table{border-collapse:collapse;margin:.5em 0 1.5em;width:100%}td,th{border-bottom:1px solid #bdbdbd;"
           "padding:.25em .5em;text-align:left;vertical-align:top}th{background:#f0f0f0}td.n{text-align:right}"
           "img{max-width:100%;border:1px solid #ddd}.muted{color:#555}.worse{color:#b2182b;font-weight:bold}"
           ".better{color:#2166ac;font-weight:bold}</style></head><body>",
           f"<h1>{esc(title(portrait))}</h1>", f"<p class='muted'>{esc(subtitle(portrait))}</p>"]
    if "overview" in images:
        out.append(f"<img alt='{esc(portrait['area']['name'])}' src='data:image/png;base64,{images['overview']}'>")
    out.append("<h2>" + esc(translate("PortraitReport", "Compared with the country and similar gemeenten"))
               + "</h2>")
    if portrait["group"]["label"]:
        out.append("<p class='muted'>" + esc(translate("PortraitReport", "Similar gemeenten: {label}.").format(
            label=portrait["group"]["label"])) + "</p>")
    heads = comparison_headings(portrait)
    body = []
    for r in comparison_rows(portrait):
        cls = {"worse": " class='worse'", "better": " class='better'"}.get(r["judgement"], "")
        body.append(f"<tr><td>{esc(r['indicator'])}</td><td class='n'>{esc(r['area'])}</td>"
                    f"<td class='n'>{esc(r['country'])}</td><td class='n'>{esc(r['group'])}</td>"
                    f"<td{cls}>{esc(r['vs_group'] or r['vs_country'])}</td></tr>")
    out.append("<table><thead><tr>" + "".join(f"<th>{esc(h)}</th>" for h in heads) + "</tr></thead><tbody>"
               + "".join(body) + "</tbody></table>")
    out.append("<h2>" + esc(translate("PortraitReport", "Energy transition: which help where")) + "</h2>")
    typology = portrait["typology"]
    if typology.get("available"):
        if "typology" in images:
            out.append(f"<img alt='' src='data:image/png;base64,{images['typology']}'>")
        out.append(_table(typology_headings(), typology_rows(portrait), numeric=(1, 2)))
    else:
        out.append("<p>" + esc(translate("PortraitReport", "Not possible: the buurten lack {what}.").format(
            what=", ".join(typology.get("missing", [])))) + "</p>")
    kind = part_kind_label(portrait["parts"]["kind"])
    out.append("<h2>" + esc(translate("PortraitReport", "{parts} of {area}").format(
        parts=kind, area=portrait["area"]["name"])) + "</h2>")
    for key in sorted(k for k in images if k.startswith("maps")):
        out.append(f"<img alt='' src='data:image/png;base64,{images[key]}'>")
    ids = [m["id"] for m in portrait["indicators"]]
    for start in range(0, len(ids), columns_per_table):
        heads, rows = part_table(portrait, ids[start:start + columns_per_table])
        out.append(_table(heads, rows))
    if portrait["trends"]:
        out.append("<h2>" + esc(translate("PortraitReport", "Trends")) + "</h2>")
        for trend in portrait["trends"]:
            out.append(f"<h3>{esc(trend['label'])}</h3>")
            heads, rows = trend_rows(portrait, trend)
            out.append(_table(heads, rows))
    out.append("<h2>" + esc(translate("PortraitReport", "Sources and definitions")) + "</h2>")
    out.append(_table(source_headings(), source_rows(portrait), numeric=()))
    out += [f"<p class='muted'>{esc(n)}</p>" for n in method_notes(portrait)]
    out.append("<p class='muted'>" + esc(translate("PortraitReport", "Made with Wijkmonitor on {date}.").format(
        date=portrait["generated"])) + "</p></body></html>")
    return "\n".join(out)


def write_html(portrait: dict, path, images: dict | None = None) -> None:
    atomic_write_text(path, render_html(portrait, images))
