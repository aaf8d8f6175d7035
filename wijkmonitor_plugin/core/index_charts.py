"""Charts of the index reports as self-contained inline SVG (no script, no external file).

:func:`histogram_svg` draws the distribution of one score (the index report: one small chart per
domain and one for the index); :func:`rank_change_svg` draws ranks before → after as a slope
chart (the scenario report: a line per changed area, rank 1 = most deprived at the top).
Every text the charts show comes from the caller, already in the report's language; numbers
are formatted with :func:`.classify.format_number` in that language.
"""

from __future__ import annotations

import html
import math

from .classify import format_number

BAR_COLOUR = "#4a6fa5"
AXIS_COLOUR = "#555"
GRID_COLOUR = "#ddd"
#: a rank that gets lower (more deprived) and one that gets higher (less deprived)
WORSE_COLOUR = "#d7301f"
BETTER_COLOUR = "#2c7bb6"
SAME_COLOUR = "#999"


def _svg_open(width: float, height: float, title: str) -> list:
    return [f"<svg xmlns='http://www.w3.org/2000/svg' class='chart' width='{width:.0f}' height='{height:.0f}' "
            f"viewBox='0 0 {width:.0f} {height:.0f}' font-family='sans-serif' font-size='11' role='img' "
            f"aria-label='{html.escape(title, quote=True)}'>", f"<title>{html.escape(title)}</title>"]


def _decimals(step: float) -> int:
    if step <= 0 or not math.isfinite(step):
        return 0
    return max(0, min(4, -int(math.floor(math.log10(step))) + 1))


def histogram_svg(edges, counts, title: str, x_label: str = "", y_label: str = "", lang: str = "en",
                  width: float = 300, height: float = 180, colour: str = BAR_COLOUR) -> str:
    """A histogram of ``counts`` between ``edges`` (len(counts) + 1), with a title and axis labels."""
    esc = html.escape
    left, right, top, bottom = 34.0, 10.0, 24.0, 36.0
    plot_w, plot_h = width - left - right, height - top - bottom
    out = _svg_open(width, height, title)
    out.append(f"<text x='{width / 2:.1f}' y='14' text-anchor='middle' font-weight='bold'>{esc(title)}</text>")
    if not counts:
        out.append(f"<text x='{width / 2:.1f}' y='{top + plot_h / 2:.1f}' text-anchor='middle' fill='{AXIS_COLOUR}'>"
                   "–</text></svg>")
        return "".join(out)
    peak = max(counts) or 1
    n = len(counts)
    bar_w = plot_w / n
    for tick in (0, peak):
        y = top + plot_h - plot_h * tick / peak
        out.append(f"<line x1='{left:.1f}' y1='{y:.1f}' x2='{left + plot_w:.1f}' y2='{y:.1f}' "
                   f"stroke='{GRID_COLOUR}'/>")
        out.append(f"<text x='{left - 4:.1f}' y='{y + 4:.1f}' text-anchor='end' fill='{AXIS_COLOUR}'>"
                   f"{esc(format_number(tick, 0, lang))}</text>")
    decimals = _decimals((edges[-1] - edges[0]) / max(n, 1))
    for i, count in enumerate(counts):
        h = plot_h * count / peak
        x = left + i * bar_w
        label = f"{format_number(edges[i], decimals, lang)} – {format_number(edges[i + 1], decimals, lang)}: " \
                f"{format_number(count, 0, lang)}"
        out.append(f"<rect class='bar' x='{x + 1:.1f}' y='{top + plot_h - h:.1f}' width='{max(bar_w - 2, 1):.1f}' "
                   f"height='{h:.1f}' fill='{colour}'><title>{esc(label)}</title></rect>")
    for value, anchor, x in ((edges[0], "start", left), (edges[-1], "end", left + plot_w)):
        out.append(f"<text x='{x:.1f}' y='{top + plot_h + 14:.1f}' text-anchor='{anchor}' fill='{AXIS_COLOUR}'>"
                   f"{esc(format_number(value, decimals, lang))}</text>")
    out.append(f"<line x1='{left:.1f}' y1='{top + plot_h:.1f}' x2='{left + plot_w:.1f}' y2='{top + plot_h:.1f}' "
               f"stroke='{AXIS_COLOUR}'/>")
    if x_label:
        out.append(f"<text x='{left + plot_w / 2:.1f}' y='{height - 6:.1f}' text-anchor='middle' "
                   f"fill='{AXIS_COLOUR}'>{esc(x_label)}</text>")
    if y_label:
        out.append(f"<text x='10' y='{top + plot_h / 2:.1f}' text-anchor='middle' fill='{AXIS_COLOUR}' "
                   f"transform='rotate(-90 10 {top + plot_h / 2:.1f})'>{esc(y_label)}</text>")
    out.append("</svg>")
    return "".join(out)


def rank_change_svg(rows: list, n_ranked: int, title: str, before: str, after: str, lang: str = "en",
                    width: float = 640) -> str:
    """Ranks before → after: ``rows`` [{"label", "rank_from", "rank_to"}]; rank 1 (most deprived) at the top.

    Both axes run from 1 to ``n_ranked``; a line per row, red where the rank falls (more deprived),
    blue where it rises (less deprived); the label stands at the left end, the rank numbers at both
    ends. Rows without both ranks are left out (the caller's table lists them).
    """
    esc = html.escape
    rows = [r for r in rows if r.get("rank_from") is not None and r.get("rank_to") is not None]
    label_w, num_w, top = 210.0, 40.0, 44.0
    row_gap = 16.0
    height = top + max(len(rows), 1) * row_gap + 30
    x0, x1 = label_w + num_w, width - num_w - 10
    plot_h = height - top - 20
    n = max(int(n_ranked), 1)

    def y_of(rank) -> float:
        return top + plot_h * (float(rank) - 1) / max(n - 1, 1)

    out = _svg_open(width, height, title)
    out.append(f"<text x='{width / 2:.1f}' y='14' text-anchor='middle' font-weight='bold'>{esc(title)}</text>")
    for x, text in ((x0, before), (x1, after)):
        out.append(f"<text x='{x:.1f}' y='{top - 14:.1f}' text-anchor='middle' fill='{AXIS_COLOUR}'>{esc(text)}</text>")
        out.append(f"<line x1='{x:.1f}' y1='{top:.1f}' x2='{x:.1f}' y2='{top + plot_h:.1f}' stroke='{AXIS_COLOUR}'/>")
        for rank in (1, n):
            out.append(f"<text x='{x:.1f}' y='{(top - 3 if rank == 1 else top + plot_h + 12):.1f}' "
                       f"text-anchor='middle' font-size='9' fill='{AXIS_COLOUR}'>{esc(format_number(rank, 0, lang))}"
                       "</text>")
    # labels are spread evenly in rank-from order so they never overlap; a thin leader joins label and line
    ordered = sorted(rows, key=lambda r: (float(r["rank_from"]), float(r["rank_to"])))
    for i, row in enumerate(ordered):
        y_label = top + plot_h * (i + 0.5) / len(ordered)
        ya, yb = y_of(row["rank_from"]), y_of(row["rank_to"])
        colour = SAME_COLOUR if row["rank_to"] == row["rank_from"] else (
            WORSE_COLOUR if row["rank_to"] < row["rank_from"] else BETTER_COLOUR)
        a, b = format_number(row["rank_from"], 0, lang), format_number(row["rank_to"], 0, lang)
        out.append(f"<g class='change'><title>{esc(row['label'])}: {esc(a)} → {esc(b)}</title>")
        out.append(f"<text x='{label_w - 4:.1f}' y='{y_label + 4:.1f}' text-anchor='end'>{esc(row['label'])}</text>")
        out.append(f"<polyline points='{label_w:.1f},{y_label:.1f} {label_w + 6:.1f},{y_label:.1f} "
                   f"{x0 - 2:.1f},{ya:.1f}' fill='none' stroke='{GRID_COLOUR}'/>")
        out.append(f"<text x='{x0 - 4:.1f}' y='{ya - 2:.1f}' text-anchor='end' font-size='9' fill='{colour}'>"
                   f"{esc(a)}</text>")
        out.append(f"<line x1='{x0:.1f}' y1='{ya:.1f}' x2='{x1:.1f}' y2='{yb:.1f}' stroke='{colour}' "
                   "stroke-width='2'/>")
        out.append(f"<circle cx='{x0:.1f}' cy='{ya:.1f}' r='3' fill='{colour}'/><circle cx='{x1:.1f}' cy='{yb:.1f}' "
                   f"r='3' fill='{colour}'/>")
        out.append(f"<text x='{x1 + 5:.1f}' y='{yb + 3:.1f}' font-size='9' fill='{colour}'>{esc(b)}</text></g>")
    out.append("</svg>")
    return "".join(out)
