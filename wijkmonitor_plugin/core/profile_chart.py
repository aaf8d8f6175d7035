"""The facts-and-perceptions chart of the wijkprofiel as plain marks, for the atlas's chart layer.

The design is the one of :func:`.wijkprofile_report.profile_chart_svg` (the HTML report and the
panel draw that SVG): a row per domain on a scale around 100, a filled dot for the facts, an open
diamond for the perception, a line between them coloured by the gap (:func:`.wijkprofile_report.gap_colour`)
and the gap in points at the right. A print layout cannot draw a different SVG on every atlas page
as vector graphics with text (a picture item rasterises a data-defined SVG at its nominal size and
draws a fixed one with its text as outlines), so the atlas draws these marks as features of a layer
in a map item instead: vector shapes, text as text, one layer for all pages.

Coordinates are chart units (those of the SVG) with y pointing up (``-y`` of the SVG); every size,
also of the text, is in chart units, so the chart scales with the map item that shows it. A mark
with ``area`` None is drawn on every page (axis, bands, domain names, legend); the others only on
their area's page.
"""

from __future__ import annotations

import math

from .classify import format_number
from .wijkprofile_report import (
    OBJECTIVE_COLOUR,
    SCALE_MAX,
    SCALE_MIN,
    SUBJECTIVE_COLOUR,
    chart_words,
    gap_colour,
)

LABEL_W, PLOT_W, GAP_W, ROW_H, TOP, LEGEND_H = 150.0, 320.0, 76.0, 30.0, 34.0, 48.0
WIDTH = LABEL_W + PLOT_W + GAP_W + 10
TEXT = "#1a1a1a"
MUTED = "#555555"
BAND = "#f6f6f6"
NONE = "0,0,0,0"
#: drawing order: bands under the grid under the gap lines under the dots and diamonds
Z_BAND, Z_GRID, Z_LINE, Z_DOT, Z_DIAMOND, Z_TEXT = range(6)


def chart_height(n_rows: int) -> float:
    return TOP + ROW_H * n_rows + LEGEND_H


def _x(score: float) -> float:
    clamped = min(max(score, SCALE_MIN), SCALE_MAX)
    return LABEL_W + (clamped - SCALE_MIN) / (SCALE_MAX - SCALE_MIN) * PLOT_W


def _finite(value) -> bool:
    return value is not None and isinstance(value, (int, float)) and math.isfinite(value)


def _mark(area, z, shape, coords, fill=NONE, stroke=NONE, stroke_width=0.0) -> dict:
    return {"area": area, "z": z, "shape": shape, "coords": coords, "fill": fill, "stroke": stroke,
            "stroke_width": stroke_width, "text": None, "text_colour": TEXT, "size": 12.0, "bold": 0,
            "align": "Center"}


def _text(area, x, y, text, align="Center", colour=TEXT, size=12.0, bold=False) -> dict:
    """A text anchored at (x, y) of the SVG (its baseline); the label is centred vertically on it."""
    mark = _mark(area, Z_TEXT, "anchor", (x, -(y - size / 3)))
    mark.update(text=text, align=align, text_colour=colour, size=size, bold=int(bold))
    return mark


def _rect(area, z, x0, y0, x1, y1, fill) -> dict:
    return _mark(area, z, "rect", (min(x0, x1), -max(y0, y1), max(x0, x1), -min(y0, y1)), fill=fill)


def shared_marks(labels: list, lang: str = "en") -> list:
    """What every page shows: row bands, the axis with its grid, the domain names and the legend."""
    words = chart_words()
    n = len(labels)
    bottom = TOP + ROW_H * n
    marks = []
    for i, label in enumerate(labels):
        y = TOP + ROW_H * i + ROW_H / 2
        if i % 2 == 0:
            marks.append(_rect(None, Z_BAND, 0, y - ROW_H / 2, WIDTH, y + ROW_H / 2, BAND))
        marks.append(_text(None, LABEL_W - 8, y + 4, label, align="Right"))
    for tick in range(int(SCALE_MIN), int(SCALE_MAX) + 1, 10):
        x, strong = _x(tick), tick == 100
        half = 0.75 if strong else 0.5
        marks.append(_rect(None, Z_GRID, x - half, TOP - 6, x + half, bottom, MUTED if strong else "#dddddd"))
        marks.append(_text(None, x, TOP - 10, format_number(tick, 0, lang), colour=MUTED))
    marks.append(_text(None, LABEL_W + PLOT_W + GAP_W / 2, TOP - 10, words["gap"], colour=MUTED))
    y = bottom + 24
    marks.append(_circle(None, LABEL_W + 6, y - 4))
    marks.append(_text(None, LABEL_W + 16, y, words["legend_facts"], align="Left"))
    x = LABEL_W + 175
    marks.append(_diamond(None, x, y - 4))
    marks.append(_text(None, x + 12, y, words["legend_perception"], align="Left"))
    marks.append(_text(None, _x(100), y + 20, words["reference"], colour=MUTED, size=11))
    return marks


def _circle(area, cx, cy, r=6.0) -> dict:
    return _mark(area, Z_DOT, "circle", (cx, -cy, r), fill=OBJECTIVE_COLOUR)


def _diamond(area, cx, cy, r=7.0) -> dict:
    return _mark(area, Z_DIAMOND, "diamond", (cx, -cy, r), fill="#ffffff", stroke=SUBJECTIVE_COLOUR,
                 stroke_width=2.5)


def area_marks(area: str, rows: list, lang: str = "en") -> list:
    """The marks of one area: per domain row (``{"objective", "subjective"}`` scores or None, as
    :func:`.wijkprofile_report.chart_rows` gives them) the dot, the diamond, the line and the gap."""
    words = chart_words()
    marks = []
    for i, row in enumerate(rows):
        y = TOP + ROW_H * i + ROW_H / 2
        obj, subj = row.get("objective"), row.get("subjective")
        have_obj, have_subj = _finite(obj), _finite(subj)
        if have_obj and have_subj:
            gap = subj - obj
            colour = gap_colour(gap)
            marks.append(_rect(area, Z_LINE, _x(obj), y - 2, _x(subj), y + 2, colour))
            sign = "+" if gap > 0 else ""
            marks.append(_text(area, LABEL_W + PLOT_W + GAP_W / 2, y + 4, f"{sign}{format_number(gap, 0, lang)}",
                               colour=colour, bold=True))
        if have_obj:
            marks.append(_circle(area, _x(obj), y))
        if have_subj:
            marks.append(_diamond(area, _x(subj), y))
        for score in (obj if have_obj else None, subj if have_subj else None):
            if score is not None and not SCALE_MIN <= score <= SCALE_MAX:  # beyond the axis: say the number
                marks.append(_text(area, _x(score), y - 9, ("‹" if score < SCALE_MIN else "›")
                                   + format_number(score, 0, lang), colour="#333333", size=10))
        if not have_obj and not have_subj:
            marks.append(_text(area, LABEL_W + PLOT_W / 2, y + 4, words["no_data"], colour="#888888"))
    return marks


def polygon(mark: dict, segments: int = 24) -> list[tuple[float, float]]:
    """The outline of a mark as a closed ring of (x, y); an anchor is a speck its label stands on."""
    shape, c = mark["shape"], mark["coords"]
    if shape == "rect":
        x0, y0, x1, y1 = c
        return [(x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0)]
    if shape == "circle":
        cx, cy, r = c
        ring = [(cx + r * math.cos(2 * math.pi * k / segments), cy + r * math.sin(2 * math.pi * k / segments))
                for k in range(segments)]
        return ring + [ring[0]]
    if shape == "diamond":
        cx, cy, r = c
        return [(cx, cy + r), (cx + r, cy), (cx, cy - r), (cx - r, cy), (cx, cy + r)]
    x, y = c
    d = 0.01
    return [(x - d, y - d), (x + d, y - d), (x + d, y + d), (x - d, y + d), (x - d, y - d)]
