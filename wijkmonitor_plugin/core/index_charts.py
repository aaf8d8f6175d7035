"""Charts of the index reports as self-contained inline SVG (no script, no external file).

:func:`histogram_svg` draws the distribution of one score (the index report: one small chart per
domain and one for the index); :func:`rank_change_svg` draws ranks before → after (the scenario
report: an arrow per changed area on the rank axis, rank 1 = most deprived at the left).
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
                    width: float = 720) -> str:
    """Ranks before → after: a row per area of ``rows`` [{"label", "rank_from", "rank_to"}], in the given order.

    The axis runs from rank 1 (most deprived, left) to ``n_ranked``; an open circle marks the rank
    before, an arrow leads to the rank after — red where the area becomes more deprived (a lower
    rank), blue where it becomes less deprived, grey where it stays. The numbers stand at the right.
    Rows without both ranks are left out (the caller's table lists them).
    """
    esc = html.escape
    rows = [r for r in rows if r.get("rank_from") is not None and r.get("rank_to") is not None]
    label_w, num_w, top, row_h = 190.0, 90.0, 46.0, 18.0
    x0, x1 = label_w + 8, width - num_w
    height = top + max(len(rows), 1) * row_h + 12
    n = max(int(n_ranked), 1)

    def x_of(rank) -> float:
        return x0 + (x1 - x0) * (float(rank) - 1) / max(n - 1, 1)

    out = _svg_open(width, height, title)
    out.append("<defs>" + "".join(
        f"<marker id='arrow-{key}' viewBox='0 0 10 10' refX='9' refY='5' markerWidth='6' markerHeight='6' "
        f"orient='auto-start-reverse'><path d='M0 0 L10 5 L0 10 z' fill='{colour}'/></marker>"
        for key, colour in (("worse", WORSE_COLOUR), ("better", BETTER_COLOUR))) + "</defs>")
    out.append(f"<text x='{width / 2:.1f}' y='14' text-anchor='middle' font-weight='bold'>{esc(title)}</text>")
    ticks = sorted({1, n} | {t for t in (n // 4, n // 2, 3 * n // 4) if 1 < t < n})
    for tick in ticks:
        x = x_of(tick)
        out.append(f"<line x1='{x:.1f}' y1='{top - 8:.1f}' x2='{x:.1f}' y2='{height - 8:.1f}' stroke='{GRID_COLOUR}'/>")
        out.append(f"<text x='{x:.1f}' y='{top - 12:.1f}' text-anchor='middle' fill='{AXIS_COLOUR}'>"
                   f"{esc(format_number(tick, 0, lang))}</text>")
    out.append(f"<text x='{width - 4:.1f}' y='{top - 12:.1f}' text-anchor='end' fill='{AXIS_COLOUR}'>"
               f"{esc(before)} → {esc(after)}</text>")
    for i, row in enumerate(rows):
        y = top + row_h * (i + 0.5)
        a, b = float(row["rank_from"]), float(row["rank_to"])
        key = "same" if a == b else ("worse" if b < a else "better")
        colour = {"same": SAME_COLOUR, "worse": WORSE_COLOUR, "better": BETTER_COLOUR}[key]
        ta, tb = format_number(a, 0, lang), format_number(b, 0, lang)
        if i % 2 == 0:
            out.append(f"<rect x='0' y='{y - row_h / 2:.1f}' width='{width:.0f}' height='{row_h:.0f}' "
                       "fill='#f6f6f6'/>")
        out.append(f"<g class='change'><title>{esc(row['label'])}: {esc(ta)} → {esc(tb)}</title>")
        out.append(f"<text x='{label_w:.1f}' y='{y + 4:.1f}' text-anchor='end'>{esc(row['label'])}</text>")
        if key != "same":
            out.append(f"<line x1='{x_of(a):.1f}' y1='{y:.1f}' x2='{x_of(b):.1f}' y2='{y:.1f}' stroke='{colour}' "
                       f"stroke-width='2' marker-end='url(#arrow-{key})'/>")
        out.append(f"<circle cx='{x_of(a):.1f}' cy='{y:.1f}' r='3.5' fill='white' stroke='{colour}' "
                   "stroke-width='1.5'/>")
        out.append(f"<text x='{width - 4:.1f}' y='{y + 4:.1f}' text-anchor='end' fill='{colour}'>{esc(ta)} → "
                   f"{esc(tb)}</text></g>")
    out.append("</svg>")
    return "".join(out)
