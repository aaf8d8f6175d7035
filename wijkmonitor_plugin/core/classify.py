"""Classification of indicator values into map classes, with colours and legend labels.

Plain numpy, no QGIS. Methods:

- ``quantile`` — classes with (about) the same number of buurten;
- ``jenks`` — natural breaks (Fisher–Jenks: exact dynamic programming over the distinct values,
  weighted by how often each occurs, on at most :data:`JENKS_SAMPLE` sorted values as QGIS does):
  the classes asked for with the smallest within-class sum of squares, fewer only when there are
  fewer distinct values (the classification then says so in ``note``);
- ``equal`` — equal interval between minimum and maximum;
- ``pretty`` — equal steps of 1, 2, 2.5 or 5 × 10ⁿ that read well in a legend;
- ``stddev`` — breaks at the mean ± whole standard deviations (drawn diverging around the mean);
- ``decile`` — the fixed classes 1…10 of a decile field (1 = most deprived);
- ``rank`` — the ranks 1…N in ten fixed groups that are exactly the deciles (rank r is in group
  ceil(10 · r / N), rank 1 = most deprived).

A class ``i`` holds the values ``breaks[i] < v <= breaks[i + 1]``; the first class also
holds ``breaks[0]``. Missing values (NaN/None) belong to no class: the map draws them in
a separate hatched "no data" class.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from ..i18n import translate
from . import palettes

QUANTILE = "quantile"
JENKS = "jenks"
EQUAL = "equal"
PRETTY = "pretty"
STDDEV = "stddev"
DECILE = "decile"
RANK = "rank"
METHODS = (QUANTILE, JENKS, EQUAL, PRETTY, STDDEV, DECILE, RANK)
CONTINUOUS_METHODS = (QUANTILE, JENKS, EQUAL, PRETTY, STDDEV)

JENKS_SAMPLE = 3000


def method_label(method: str) -> str:
    return {
        QUANTILE: translate("Classify", "Quantiles (equal count)"),
        JENKS: translate("Classify", "Natural breaks (Jenks)"),
        EQUAL: translate("Classify", "Equal interval"),
        PRETTY: translate("Classify", "Pretty breaks"),
        STDDEV: translate("Classify", "Standard deviation"),
        DECILE: translate("Classify", "Deciles 1–10 (1 = most deprived)"),
        RANK: translate("Classify", "Ranks in ten groups (1 = most deprived)"),
    }[method]


def no_data_label() -> str:
    return translate("Classify", "no data")


# -- numbers ---------------------------------------------------------------------------


def format_number(value, decimals: int = 0, lang: str = "en") -> str:
    """``1234.5`` → ``'1,234.5'`` (English) or ``'1.234,5'`` (Dutch); minus sign −; None → ''."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    decimals = max(0, int(decimals))
    value = round(float(value), decimals)
    if value == 0:
        value = 0.0  # no "-0"
    text = f"{abs(value):,.{decimals}f}"
    if lang == "nl":
        text = text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return ("−" if value < 0 else "") + text


def with_unit(text: str, unit: str | None) -> str:
    """A formatted number with its unit: ``'12,5%'``, ``'3,2 km'``; no unit → the number."""
    if not text or not unit:
        return text
    return text + unit if unit.strip() == "%" else f"{text} {unit.strip()}"


def short_unit(unit: str | None) -> str:
    """The unit if it is a short symbol to repeat on every legend label (``%``, ``km``, ``€``), else ''."""
    unit = (unit or "").strip()
    symbol = len(unit) <= 3 or (len(unit) <= 6 and not unit.isalpha())  # %, km, kWh, m³, µg/m³ — not "score"
    return unit if unit and symbol else ""


def auto_decimals(breaks) -> int:
    """Decimals that tell the class limits apart: 0 for steps ≥ 10, 1 for ≥ 1, 2 for ≥ 0.1 …"""
    b = np.asarray([x for x in breaks if x is not None and np.isfinite(x)], dtype=float)
    if b.size < 2 or np.all(b == np.round(b)):
        return 0
    steps = np.diff(np.unique(b))
    step = float(np.min(steps)) if steps.size else 0.0
    if step <= 0:
        return 0
    return int(min(3, max(0, 1 - math.floor(math.log10(step)))))


# -- breaks -----------------------------------------------------------------------------


def clean_values(values) -> np.ndarray:
    """The finite numeric values, as float, missing values dropped."""
    if isinstance(values, np.ndarray) and values.dtype.kind in "fiu":
        arr = values.astype(float)
    else:
        arr = np.asarray([_as_float(v) for v in values], dtype=float)
    return arr[np.isfinite(arr)]


def _as_float(value) -> float:
    """A number as float; None, NULL (any non-number) and text as NaN."""
    if value is None or isinstance(value, (str, bytes)):
        return np.nan
    try:
        return float(value)
    except (TypeError, ValueError):
        return np.nan


def _dedupe(breaks) -> list[float]:
    out = []
    for b in breaks:
        b = float(b)
        if not out or b > out[-1]:
            out.append(b)
    return out


def quantile_breaks(values: np.ndarray, n: int) -> list[float]:
    qs = np.quantile(values, np.linspace(0, 1, n + 1))
    return _dedupe(qs)


def equal_breaks(values: np.ndarray, n: int) -> list[float]:
    return _dedupe(np.linspace(values.min(), values.max(), n + 1))


def nice_step(span: float, n: int) -> float:
    """A step of 1, 2, 2.5 or 5 × 10ⁿ that splits ``span`` in about ``n`` classes."""
    if span <= 0 or n <= 0:
        return 1.0
    raw = span / n
    power = 10.0 ** math.floor(math.log10(raw))
    for m in (1, 2, 2.5, 5, 10):
        if m * power >= raw * 0.999:
            return m * power
    return 10 * power


def pretty_breaks(values: np.ndarray, n: int) -> list[float]:
    lo, hi = float(values.min()), float(values.max())
    step = nice_step(hi - lo, n)
    start = math.floor(lo / step + 1e-9) * step
    stop = math.ceil(hi / step - 1e-9) * step
    count = int(round((stop - start) / step))
    breaks = [round(start + i * step, 10) for i in range(count + 1)]
    return _dedupe(breaks)


def stddev_breaks(values: np.ndarray, n: int | None = None) -> list[float]:
    """min, mean ± k·sd inside the range, max. Steps of 1 sd (½ sd when that gives too few classes)."""
    mean, sd = float(values.mean()), float(values.std())
    lo, hi = float(values.min()), float(values.max())
    if sd == 0:
        return _dedupe([lo, hi])
    step = sd
    if (hi - lo) / sd < 3:
        step = sd / 2
    k_lo = math.floor((lo - mean) / step)
    k_hi = math.ceil((hi - mean) / step)
    inner = [mean + k * step for k in range(k_lo, k_hi + 1) if lo < mean + k * step < hi]
    return _dedupe([lo, *inner, hi])


def within_class_ssd(values: np.ndarray, breaks) -> float:
    """The within-class sum of squared deviations of ``values`` for class limits ``breaks`` (the Jenks criterion)."""
    values = np.asarray(values, dtype=float)
    inner = np.asarray(breaks[1:-1], dtype=float)
    cls = np.searchsorted(inner, values, side="left")  # breaks[i] < v <= breaks[i + 1]
    total = 0.0
    for c in np.unique(cls):
        part = values[cls == c]
        total += float(((part - part.mean()) ** 2).sum())
    return total


def jenks_breaks(values: np.ndarray, n: int) -> list[float]:
    """Fisher–Jenks natural breaks: the split into ``n`` classes with the smallest within-class sum of squares.

    A class never splits equal values (a limit is a value: v ≤ limit is below it), so the optimum is
    sought over the distinct values, each weighted by how often it occurs; the result has ``n``
    classes unless there are fewer distinct values.
    """
    data = np.sort(values.astype(float))
    if data.size > JENKS_SAMPLE:  # evenly spaced sorted sample, min and max kept
        idx = np.linspace(0, data.size - 1, JENKS_SAMPLE).round().astype(int)
        data = data[idx]
    uniq, counts = np.unique(data, return_counts=True)
    m = uniq.size
    n = min(int(n), m)
    if n <= 1:
        return _dedupe([data[0], data[-1]])
    x = uniq - data.mean()  # centred: less cancellation in the sums of squares
    w = counts.astype(float)
    s0 = np.concatenate([[0.0], np.cumsum(w)])
    s1 = np.concatenate([[0.0], np.cumsum(w * x)])
    s2 = np.concatenate([[0.0], np.cumsum(w * x * x)])

    def ssd(j, i):  # weighted sum of squared deviations of the distinct values j … i (j an array)
        count = s0[i + 1] - s0[j]
        total = s1[i + 1] - s1[j]
        return np.maximum((s2[i + 1] - s2[j]) - total * total / count, 0.0)

    cost = np.full((n, m), np.inf)
    back = np.zeros((n, m), dtype=int)
    cost[0] = ssd(np.zeros(m, dtype=int), np.arange(m))
    for k in range(1, n):
        for i in range(k, m):
            j = np.arange(k, i + 1)  # first distinct value of the last class
            candidate = cost[k - 1, j - 1] + ssd(j, i)
            best = int(np.argmin(candidate))
            cost[k, i] = candidate[best]
            back[k, i] = j[best]
    uppers = [uniq[-1]]
    i = m - 1
    for k in range(n - 1, 0, -1):
        j = back[k, i]
        uppers.append(uniq[j - 1])
        i = j - 1
    # the uppers rise strictly; the first equals the minimum when the first class is the minimum alone
    return [float(uniq[0])] + [float(u) for u in uppers[::-1]]


def rank_breaks(values: np.ndarray, n: int = 10) -> list[float]:
    """Limits that make the ranks 1…N exactly the deciles: rank r is in group ceil(10 · r / N).

    Group k holds the ranks with (k − 1) · N / 10 < r ≤ k · N / 10, so its upper limit is
    floor(k · N / 10); N is the number of ranked areas (at least the highest rank).
    """
    if not values.size:
        return [0.5, 1.0]
    top = max(int(values.size), int(np.nanmax(values)))
    if top <= 0:
        return [0.5, 1.0]
    return _dedupe([0.5] + [math.floor(top * k / n) for k in range(1, n + 1)])


def breaks_for(values, method: str = QUANTILE, n_classes: int = 5) -> list[float]:
    """Class limits (``n+1`` or fewer when values repeat) for the finite ``values``."""
    if method not in METHODS:
        raise ValueError(f"unknown classification method {method!r}; use one of {', '.join(METHODS)}")
    data = clean_values(values)
    if data.size == 0:
        return []
    if method == DECILE:
        return [float(d) for d in range(1, 11)]
    if method == RANK:
        return rank_breaks(data, 10)
    n = max(1, int(n_classes))
    if data.min() == data.max():
        return [float(data.min()), float(data.max())]
    return {QUANTILE: quantile_breaks, JENKS: jenks_breaks, EQUAL: equal_breaks, PRETTY: pretty_breaks,
            STDDEV: stddev_breaks}[method](data, n)


def _side_breaks(values: np.ndarray, method: str, n: int, edge: float, below: bool) -> list[float]:
    side = values[values < edge] if below else values[values > edge]
    if side.size == 0:
        return []
    side = np.append(side, edge)
    b = breaks_for(side, method if method != STDDEV else EQUAL, max(1, n))
    if below:
        b[-1] = edge
    else:
        b[0] = edge
    return b


def diverging_breaks(values, reference: float, method: str = QUANTILE, n_classes: int = 6) -> list[float]:
    """Limits with ``reference`` as one of them: about ``n_classes/2`` classes below and above it."""
    data = clean_values(values)
    if data.size == 0:
        return []
    half = max(1, int(n_classes) // 2)
    below = _side_breaks(data, method, half, reference, below=True)
    above = _side_breaks(data, method, half, reference, below=False)
    if below and above:
        return _dedupe(below + above[1:])
    return below or above or [float(data.min()), float(data.max())]


# -- the whole classification ----------------------------------------------------------


@dataclass
class MapClass:
    lower: float
    upper: float
    colour: str
    label: str
    value: float | None = None  # categorical classes (deciles): the value itself
    count: int = 0


@dataclass
class Classification:
    method: str
    classes: list[MapClass]
    direction: str
    reference: float | None = None
    unit: str = ""
    decimals: int = 0
    no_data_count: int = 0
    no_data_label: str = field(default_factory=no_data_label)
    note: str = ""  #: why there are fewer classes than asked, when there are

    @property
    def breaks(self) -> list[float]:
        if not self.classes:
            return []
        return [self.classes[0].lower] + [c.upper for c in self.classes]

    @property
    def colours(self) -> list[str]:
        return [c.colour for c in self.classes]

    @property
    def categorical(self) -> bool:
        return self.method == DECILE

    def class_of(self, value) -> int | None:
        """Index of the class that holds ``value``; ``None`` for missing or out-of-range values."""
        v = _as_float(value)
        if not np.isfinite(v):
            return None
        for i, c in enumerate(self.classes):
            if self.categorical:
                if v == c.value:
                    return i
            elif (c.lower <= v if i == 0 else c.lower < v) and v <= c.upper:
                return i
        return None


def range_label(lower: float, upper: float, decimals: int, lang: str, unit: str = "") -> str:
    lo = format_number(lower, decimals, lang)
    hi = format_number(upper, decimals, lang)
    text = lo if lo == hi else f"{lo} – {hi}"
    return with_unit(text, short_unit(unit))


def decile_label(decile: int) -> str:
    if decile == 1:
        return translate("Classify", "1 (most deprived)")
    if decile == 10:
        return translate("Classify", "10 (least deprived)")
    return str(decile)


def classify(values, method: str = QUANTILE, n_classes: int = 5, direction: str = palettes.NEUTRAL,
             unit: str = "", decimals: int | None = None, lang: str = "en", reference: float | None = None,
             diverging: bool = False, scheme: str | None = None) -> Classification:
    """Classes, colours and legend labels for ``values``.

    ``direction`` ('worse', 'better', 'neutral') says what a higher value means and picks
    the colour order (worse = darker/redder). With ``diverging=True`` the classes split
    at ``reference`` (the municipal or national value; default: the mean) and are
    coloured light near it and dark away from it, the worse side red. ``stddev`` is
    always diverging around the mean. Deciles and ranks use fixed classes with 1 = most
    deprived, drawn darkest.
    """
    direction = palettes.normalise_direction(direction)
    data = clean_values(values)
    missing = len(values) - data.size
    if method not in METHODS:
        raise ValueError(f"unknown classification method {method!r}; use one of {', '.join(METHODS)}")

    if method == DECILE:
        colours = palettes.decile_colours()
        classes = [MapClass(d - 0.5, d + 0.5, colours[d - 1], decile_label(d), value=float(d)) for d in range(1, 11)]
        result = Classification(method, classes, palettes.WORSE, unit=unit, decimals=0, no_data_count=missing)
        _count(result, data)
        return result

    if method == STDDEV and data.size:
        reference = float(data.mean())
        diverging = True
    if diverging and reference is None and data.size:
        reference = float(data.mean())

    if method == RANK:
        breaks = breaks_for(data, RANK)
        dec = 0
    elif diverging and method != STDDEV and reference is not None:
        breaks = diverging_breaks(data, reference, method, n_classes)
        dec = decimals
    else:
        breaks = breaks_for(data, method, n_classes)
        dec = decimals
    if dec is None:
        dec = auto_decimals(breaks)
    n = max(0, len(breaks) - 1)
    if n == 0 and breaks:  # one value only
        breaks = [breaks[0], breaks[0]]
        n = 1

    if method == RANK:
        colours = palettes.interpolate(palettes.SEQUENTIAL["OrRd"], n, start=0.08, stop=1.0)[::-1]
        labels = [f"{format_number(math.floor(breaks[i]) + 1, 0, lang)} – {format_number(breaks[i + 1], 0, lang)}"
                  for i in range(n)]
        direction = palettes.WORSE
    else:
        if diverging and reference is not None:
            n_below = sum(1 for i in range(n) if breaks[i + 1] <= reference)
            colours = palettes.diverging_colours(n_below, n - n_below, direction,
                                                 scheme if scheme in palettes.DIVERGING else None)
        else:
            colours = palettes.sequential_colours(n, direction, scheme if scheme in palettes.SEQUENTIAL else None)
        labels = [range_label(breaks[i], breaks[i + 1], dec, lang, unit) for i in range(n)]

    classes = [MapClass(breaks[i], breaks[i + 1], colours[i], labels[i]) for i in range(n)]
    result = Classification(method, classes, direction, reference=reference, unit=unit, decimals=dec,
                            no_data_count=missing, note=_fewer_classes_note(method, data, n, n_classes, diverging))
    _count(result, data)
    return result


def _fewer_classes_note(method: str, data: np.ndarray, got: int, asked: int, diverging: bool) -> str:
    """Why a classification has fewer classes than asked ('' when it has them, or the method fixes them)."""
    if method not in (QUANTILE, JENKS, EQUAL) or diverging or got >= asked or not data.size:
        return ""
    distinct = int(np.unique(data).size)
    if distinct < asked:
        return translate("Classify", "{got} classes instead of {asked}: there are only {distinct} different "
                                     "values.").format(got=got, asked=asked, distinct=distinct)
    return translate("Classify", "{got} classes instead of {asked}: many areas share the same value, so some "
                                 "class limits coincide.").format(got=got, asked=asked)


def _count(result: Classification, data) -> None:
    """Areas per class, with the rule of :meth:`Classification.class_of` (first class that holds a value)."""
    values = clean_values(data)
    taken = np.zeros(len(values), dtype=bool)
    for i, c in enumerate(result.classes):
        if result.categorical:
            hit = values == c.value
        else:
            hit = ((values >= c.lower) if i == 0 else (values > c.lower)) & (values <= c.upper)
        hit &= ~taken
        c.count += int(np.count_nonzero(hit))
        taken |= hit
