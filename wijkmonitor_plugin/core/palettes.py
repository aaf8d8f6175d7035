"""Colour-blind-safe palettes for themed maps, chosen by the direction of an indicator.

The rule every Wijkmonitor map follows: **worse reads darker and redder**. An indicator
where a higher value is worse (share of low-income households) gets a light-to-dark
red ramp over increasing values; one where higher is better (labour participation)
gets the same ramp reversed, so its lowest values are the darkest. Neutral
indicators (population density) get a blue ramp that makes no judgement.

Palettes are ColorBrewer (Cynthia Brewer, Penn State; Apache-2.0 licence) schemes marked
colour-blind safe, and viridis; class colours are interpolated from the anchor lists.
"""

from __future__ import annotations

WORSE = "worse"
BETTER = "better"
NEUTRAL = "neutral"
DIRECTIONS = (WORSE, BETTER, NEUTRAL)

#: sequential schemes, light → dark (9-class ColorBrewer, viridis reversed so dark = high)
SEQUENTIAL = {
    "OrRd": ["#fff7ec", "#fee8c8", "#fdd49e", "#fdbb84", "#fc8d59", "#ef6548", "#d7301f", "#b30000", "#7f0000"],
    "YlOrRd": ["#ffffcc", "#ffeda0", "#fed976", "#feb24c", "#fd8d3c", "#fc4e2a", "#e31a1c", "#bd0026", "#800026"],
    "Reds": ["#fff5f0", "#fee0d2", "#fcbba1", "#fc9272", "#fb6a4a", "#ef3b2c", "#cb181d", "#a50f15", "#67000d"],
    "Blues": ["#f7fbff", "#deebf7", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#08519c", "#08306b"],
    "YlGnBu": ["#ffffd9", "#edf8b1", "#c7e9b4", "#7fcdbb", "#41b6c4", "#1d91c0", "#225ea8", "#253494", "#081d58"],
    "Purples": ["#fcfbfd", "#efedf5", "#dadaeb", "#bcbddc", "#9e9ac8", "#807dba", "#6a51a3", "#54278f", "#3f007d"],
    "viridis": ["#fde725", "#b5de2b", "#6ece58", "#35b779", "#1f9e89", "#26828e", "#31688e", "#3e4989", "#482878",
                "#440154"],
}

#: diverging schemes, "bad" end → neutral centre → "good" end (11-class ColorBrewer, colour-blind safe)
DIVERGING = {
    "RdBu": ["#67001f", "#b2182b", "#d6604d", "#f4a582", "#fddbc7", "#f7f7f7", "#d1e5f0", "#92c5de", "#4393c3",
             "#2166ac", "#053061"],
    "PuOr": ["#7f3b08", "#b35806", "#e08214", "#fdb863", "#fee0b6", "#f7f7f7", "#d8daeb", "#b2abd2", "#8073ac",
             "#542788", "#2d004b"],
    "BrBG": ["#543005", "#8c510a", "#bf812d", "#dfc27d", "#f6e8c3", "#f5f5f5", "#c7eae5", "#80cdc1", "#35978f",
             "#01665e", "#003c30"],
}

#: the default scheme per direction
DEFAULT_SEQUENTIAL = {WORSE: "OrRd", BETTER: "OrRd", NEUTRAL: "Blues"}
DEFAULT_DIVERGING = {WORSE: "RdBu", BETTER: "RdBu", NEUTRAL: "PuOr"}

NO_DATA_COLOUR = "#d9d9d9"
NO_DATA_HATCH = "#737373"


def normalise_direction(direction: str | None) -> str:
    """'worse', 'better' or 'neutral' (also accepts 'higher_is_worse', Dutch 'slechter'/'beter', None)."""
    text = (direction or "").strip().lower().replace("higher_is_", "").replace("hoger_is_", "")
    if text in ("worse", "slechter", "bad", "negative", "-1"):
        return WORSE
    if text in ("better", "beter", "good", "positive", "1"):
        return BETTER
    return NEUTRAL


def _rgb(hex_colour: str) -> tuple[int, int, int]:
    h = hex_colour.lstrip("#")
    return int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16)


def _hex(rgb) -> str:
    return "#" + "".join(f"{max(0, min(255, round(c))):02x}" for c in rgb)


def interpolate(anchors: list[str], n: int, start: float = 0.0, stop: float = 1.0) -> list[str]:
    """``n`` colours evenly spaced between positions ``start`` and ``stop`` (0…1) of a ramp."""
    if n <= 0:
        return []
    if n == 1:
        positions = [(start + stop) / 2]
    else:
        positions = [start + (stop - start) * i / (n - 1) for i in range(n)]
    out = []
    last = len(anchors) - 1
    for pos in positions:
        x = min(max(pos, 0.0), 1.0) * last
        i = min(int(x), last - 1)
        t = x - i
        a, b = _rgb(anchors[i]), _rgb(anchors[i + 1])
        out.append(_hex([a[k] + (b[k] - a[k]) * t for k in range(3)]))
    return out


def sequential_colours(n: int, direction: str = NEUTRAL, scheme: str | None = None) -> list[str]:
    """Colours for ``n`` classes ordered by increasing value, darkest where the indicator is worst.

    The lightest anchor is skipped (near-white reads as "no data" or background).
    """
    direction = normalise_direction(direction)
    name = scheme or DEFAULT_SEQUENTIAL[direction]
    anchors = SEQUENTIAL[name]
    colours = interpolate(anchors, n, start=0.12 if n > 2 else 0.25, stop=1.0 if n > 3 else 0.85)
    if direction == BETTER:
        colours.reverse()
    return colours


def diverging_colours(n_below: int, n_above: int, direction: str = NEUTRAL, scheme: str | None = None) -> list[str]:
    """Colours for ``n_below`` classes under a reference value and ``n_above`` over it (increasing value).

    The side that is worse gets the red/brown end of the scheme; classes close to the
    reference are light, the furthest are dark. Both sides use the same steps, so a
    class two steps above the reference is as intense as one two steps below.
    """
    direction = normalise_direction(direction)
    name = scheme or DEFAULT_DIVERGING[direction]
    anchors = DIVERGING[name]
    centre = (len(anchors) - 1) // 2
    bad_end = anchors[: centre + 1]  # dark bad … light centre
    good_end = anchors[centre:][::-1]  # dark good … light centre
    steps = max(n_below, n_above, 1)

    def side(anchors_side, count):
        # intensities from light (near the reference) to dark; skip the neutral centre itself
        full = interpolate(anchors_side, steps + 1)[:-1]  # dark … light, length steps
        return full[::-1][:count]  # light … dark, first `count`

    if direction == BETTER:
        below, above = side(bad_end, n_below), side(good_end, n_above)
    else:  # WORSE and NEUTRAL: the high side gets the "bad"/warm end
        below, above = side(good_end, n_below), side(bad_end, n_above)
    return below[::-1] + above


def decile_colours(most_deprived_first: bool = True) -> list[str]:
    """Ten colours for deciles 1…10; decile 1 (most deprived) darkest red, 10 lightest."""
    colours = interpolate(SEQUENTIAL["OrRd"], 10, start=0.08, stop=1.0)[::-1]
    return colours if most_deprived_first else colours[::-1]


def available_schemes() -> dict[str, list[str]]:
    return {"sequential": sorted(SEQUENTIAL), "diverging": sorted(DIVERGING)}


def luminance(hex_colour: str) -> float:
    """Relative luminance (0 black … 1 white), to check that darker means worse."""
    def channel(c):
        c = c / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in _rgb(hex_colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b
