"""Move figures from the areas of one map onto the areas of another (buurten 2019 → buurten 2024).

The geometry work (overlap of every source area with every target area) happens in
:mod:`wijkmonitor_plugin.qgis_adapters.overlay`; this module gets the result as a table of
*pieces* (source, target, overlap area, the area left after the boundary tolerance, weight)
and does the arithmetic:

* **Classification** of every target area: ``same`` (one source area, the same code),
  ``recoded`` (one source area, another code), ``merged`` (made of several whole source
  areas), ``split`` (part of one source area), ``redrawn`` (anything else) or ``none`` (no
  source area overlaps it). "Whole" and "part" mean at least 99 % of the overlap,
  measured on the parts of both areas that the other map covers.
* **Fractions**: a source area that lies (for 99 %) inside one target area moves whole;
  any other source area is divided over the target areas by the share of its weight (land
  area, or a weight layer such as a population grid) in each. What lies outside the target
  map is not moved, and reported.
* **Values**: counts move with the fractions; percentages, rates and means are
  recomputed from the moved numerators and denominators with the same logic as
  aggregating buurten to wijken (:func:`wijkmonitor_plugin.core.aggregate.aggregate_frame`);
  means the catalogue does not know are weighted by the moved weight. Medians and index
  scores are not moved, except onto a target area that is the same area as its source.
  A target area that is the same area as one source area (``same``/``recoded``) gets
  that area's values exactly.
* **Totals** per gemeente: what the source areas hold, what moved, what the target areas
  received.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from ..i18n import translate
from . import regions
from .aggregate import AREA, aggregate_frame
from .catalogue import Catalogue
from .errors import WijkmonitorError
from .indicators import field_lookup, resolve_variable
from .profile import INDEX_FIELD

#: share of an area that makes it "whole" (the issue's 99 %)
WHOLE = 0.99

SAME, RECODED, SPLIT, MERGED, REDRAWN, NONE = "same", "recoded", "split", "merged", "redrawn", "none"
KINDS = (SAME, RECODED, SPLIT, MERGED, REDRAWN, NONE)

#: how a field moves
COUNT, MEAN, WEIGHTED, MEDIAN, INDEX = "count", "mean", "weighted", "median", "index"

#: CBS's own flag per area: compared with the year before, 1 unchanged, 2 code changed, 3 boundary changed
CBS_FLAG_FIELDS = ("indelingswijzigingWijkenEnBuurten", "indelingswijziging_wijken_en_buurten",
                   "IndelingswijzigingGemeenteWijkBuurt", "ind_wbi")
CBS_FLAG_MEANING = {1: (SAME,), 2: (RECODED, SAME), 3: (SPLIT, MERGED, REDRAWN)}

_MEDIAN_WORDS = ("median", "mediaan")


class ReallocationError(WijkmonitorError, ValueError):
    """The figures cannot be moved as asked; the message says why and what to do."""


@dataclass
class Overlay:
    """What the geometry step found, by source and target row id (the frames' index)."""

    pieces: pd.DataFrame  # columns source, target, area, robust, weight (weight NaN = use land area)
    source_area: pd.Series  # geometric area of each source area
    target_area: pd.Series
    source_weight: pd.Series | None = None  # total weight per source area (weight layer); None = land area
    source_outside: pd.Series | None = None  # area of each source outside the target map (after the tolerance)

    def coverage(self) -> pd.Series:
        """Share of each source area that the target map covers (1 where nothing lies outside)."""
        if self.source_outside is None:
            covered = self.pieces.groupby("source")["area"].sum().reindex(self.source_area.index).fillna(0.0)
            with np.errstate(divide="ignore", invalid="ignore"):
                return (covered / self.source_area).clip(0.0, 1.0).fillna(0.0)
        outside = self.source_outside.reindex(self.source_area.index).fillna(0.0)
        with np.errstate(divide="ignore", invalid="ignore"):
            return (1.0 - outside / self.source_area).clip(0.0, 1.0).fillna(0.0)


@dataclass
class Roles:
    """How each chosen field moves, and the helper fields (bases) that move with them."""

    roles: dict = field(default_factory=dict)  # field -> COUNT/MEAN/WEIGHTED/MEDIAN/INDEX
    helpers: list = field(default_factory=list)  # counts the catalogue needs to recompute a mean
    warnings: list = field(default_factory=list)
    not_moved: dict = field(default_factory=dict)  # field -> why (default choice only)


@dataclass
class ReallocationResult:
    values: pd.DataFrame  # per target id: the moved fields
    meta: pd.DataFrame  # per target id: share_matched, reallocation, source_areas, source_codes
    links: pd.DataFrame  # per piece that moved something: source, target, area, fraction
    methods: dict = field(default_factory=dict)  # field -> how it moved
    nulled: dict = field(default_factory=dict)  # field -> why it is NULL
    partial: dict = field(default_factory=dict)  # field -> targets where some sources had no value
    not_moved_count: dict = field(default_factory=dict)  # median/index field -> targets left NULL
    totals: pd.DataFrame | None = None  # per gemeente and count field
    counts: dict = field(default_factory=dict)  # reallocation kind -> number of target areas
    weight_fallback: int = 0  # source areas without weight (weight layer): moved by land area
    warnings: list = field(default_factory=list)


# -- which field moves how ---------------------------------------------------------------------

def _catalogue_role(catalogue: Catalogue, name: str) -> str | None:
    """COUNT/MEAN/WEIGHTED/MEDIAN by the catalogue, or None when the catalogue does not know the field."""
    low = str(name).strip().lower()
    if low in {i.id for i in catalogue.indicators()}:
        ind = catalogue.indicator(low)
        if ind.method == "value":
            return _variable_role(catalogue.variable(ind.definition["variable"]))
        if ind.method in ("rate", "raster"):
            return MEAN
        return WEIGHTED  # external: a published figure without its base
    var = catalogue.find_variable(name)
    if var is not None:
        return _variable_role(var)
    ind = catalogue.find_by_field(name)  # an external indicator under its own field name (GoedErvarenGezondheid)
    if ind is not None and ind.method in ("external", "raster"):
        return WEIGHTED if ind.method == "external" else MEAN
    return None


def _variable_role(var) -> str:
    method = var.aggregate["method"]
    return {"sum": COUNT, "share": MEAN, "weighted_mean": MEAN}.get(method, MEDIAN)


def _bases(catalogue: Catalogue, name: str) -> list[str]:
    """Catalogue variable ids a mean field needs to be recomputed."""
    low = str(name).strip().lower()
    ids = []
    if low in {i.id for i in catalogue.indicators()}:
        ind = catalogue.indicator(low)
        for refs in ind.variable_sets():
            for role in ("numerator", "denominator", "value"):
                ref = refs.get(role)
                ids += [ref] if isinstance(ref, str) else list(ref or [])
    else:
        var = catalogue.find_variable(name)
        if var is not None:
            ids.append(var.id)
    out = []
    for vid in ids:
        var = catalogue.variable(vid)
        out.append(vid)
        for key in ("base", "weight"):
            if var.aggregate.get(key):
                out.append(var.aggregate[key])
    return out


def field_roles(columns, numeric, catalogue: Catalogue, sum_fields=(), mean_fields=(),
                skip=()) -> Roles:
    """How each field moves.

    ``sum_fields`` are counts, ``mean_fields`` rates and means (their denominators as the
    catalogue defines them, else weighted by the moved weight); with both empty every
    numeric field the catalogue knows moves (``skip``: key fields). Medians (catalogue
    ``none``, or a name with median/mediaan) and deprivation index fields are never
    divided or averaged.
    """
    out = Roles()
    chosen = list(dict.fromkeys(list(sum_fields) + list(mean_fields)))
    automatic = not chosen
    if automatic:
        chosen = [c for c in numeric if c not in skip]
    for name in chosen:
        role = _catalogue_role(catalogue, name)
        is_index = INDEX_FIELD.match(str(name)) is not None
        is_median = role == MEDIAN or any(w in str(name).lower() for w in _MEDIAN_WORDS)
        if name in sum_fields:
            if role in (MEAN, MEDIAN):
                out.warnings.append(translate(
                    "Reallocate", "{field} is a percentage, mean or median in the catalogue; it is moved as a count "
                                  "because you chose it as a field to sum").format(field=name))
            out.roles[name] = COUNT
        elif is_index:
            out.roles[name] = INDEX
        elif is_median:
            out.roles[name] = MEDIAN
        elif role is not None:
            if role == COUNT and name in mean_fields:
                out.warnings.append(translate(
                    "Reallocate", "{field} is a count in the catalogue; it is moved as a count").format(field=name))
            out.roles[name] = role
        elif automatic:
            out.not_moved[name] = translate(
                "Reallocate", "not in the catalogue: choose it as a field to sum or to average")
        else:
            out.roles[name] = WEIGHTED
    lookup = field_lookup(columns)
    for name, role in out.roles.items():
        if role != MEAN:
            continue
        for vid in _bases(catalogue, name):
            hit = resolve_variable(catalogue, vid, lookup)
            if hit is not None and hit not in out.roles and hit not in out.helpers and \
                    catalogue.variable(vid).aggregate["method"] == "sum":
                out.helpers.append(hit)
    return out


# -- land area ---------------------------------------------------------------------------------

def land_shares(frame: pd.DataFrame, catalogue: Catalogue, geometric_area_m2: pd.Series) -> pd.Series:
    """Share of land (0…1) of each area from the map's own figures, NaN where the map does not say.

    A water-only area (``water`` = JA) is 0; otherwise land area / total area (the CBS
    fields, any year's name), or land area / the polygon's area.
    """
    lookup = field_lookup(frame.columns)
    share = pd.Series(np.nan, index=frame.index, dtype="float64")
    land_f = resolve_variable(catalogue, "oppervlakte_land_ha", lookup)
    total_f = resolve_variable(catalogue, "oppervlakte_totaal_ha", lookup)
    if land_f is not None:
        land = pd.to_numeric(frame[land_f], errors="coerce")
        land = land.where(land >= 0)
        if total_f is not None:
            total = pd.to_numeric(frame[total_f], errors="coerce")
        else:
            total = geometric_area_m2.reindex(frame.index) / 10_000.0
        with np.errstate(divide="ignore", invalid="ignore"):
            share = (land / total.where(total > 0)).clip(0.0, 1.0)
    water = lookup.get("water")
    if water is not None:
        is_water = frame[water].astype(str).str.strip().str.upper().eq("JA")
        share = share.mask(is_water, 0.0)
    return share


def piece_land(pieces: pd.DataFrame, source_share: pd.Series, target_share: pd.Series) -> np.ndarray:
    """Estimated land area of each piece: its area × the land share of the smaller of its two areas.

    Without a land/water map the land inside a piece is not known; the piece is the larger
    part of whichever of its two areas is smaller (a new water-only buurt inside an old buurt,
    an old buurt inside a new wijk), so that area's share is the best estimate. Where that
    area has no land figure the other's is used, and where neither has one the whole area.
    """
    area = pieces["area"].to_numpy(dtype="float64")
    s_cov = pieces.groupby("source")["area"].transform("sum").to_numpy(dtype="float64")
    t_cov = pieces.groupby("target")["area"].transform("sum").to_numpy(dtype="float64")
    s = source_share.reindex(pieces["source"]).to_numpy(dtype="float64")
    t = target_share.reindex(pieces["target"]).to_numpy(dtype="float64")
    with np.errstate(divide="ignore", invalid="ignore"):
        target_smaller = area / np.where(t_cov > 0, t_cov, np.inf) >= area / np.where(s_cov > 0, s_cov, np.inf)
    first = np.where(target_smaller, t, s)
    second = np.where(target_smaller, s, t)
    share = np.where(np.isnan(first), second, first)
    return area * np.where(np.isnan(share), 1.0, share)


# -- classification ----------------------------------------------------------------------------

def _robust_shares(pieces: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """Share of each piece in its source's and its target's covered part, on the tolerant areas.

    Areas whose tolerant area is 0 (narrower than twice the tolerance) use the plain areas.
    """
    robust = pieces["robust"].to_numpy(dtype="float64")
    area = pieces["area"].to_numpy(dtype="float64")
    out = []
    for key in ("source", "target"):
        r_tot = pd.Series(robust).groupby(pieces[key].to_numpy()).transform("sum").to_numpy()
        a_tot = pd.Series(area).groupby(pieces[key].to_numpy()).transform("sum").to_numpy()
        use_area = r_tot <= 0
        num = np.where(use_area, area, robust)
        den = np.where(use_area, a_tot, r_tot)
        with np.errstate(divide="ignore", invalid="ignore"):
            out.append(np.where(den > 0, num / den, 0.0))
    return out[0], out[1]


def classify(pieces: pd.DataFrame, source_codes: pd.Series, target_codes: pd.Series, whole: float = WHOLE,
             coverage: pd.Series | None = None) -> tuple[pd.Series, pd.Series, pd.Series]:
    """Reallocation kind per target; which source moves whole into which target; which pieces to drop.

    A source lies inside a target when 99 % of it lies there and the target map covers 99 % of
    it (``coverage``, per source id; all covered when None). Returns the kind per target id, the
    target id per source id that moves whole, and per piece whether it is a boundary sliver of
    a target made of whole source areas.
    """
    kind = pd.Series(NONE, index=target_codes.index, dtype=object)
    if pieces.empty:
        return kind, pd.Series(dtype=object), pd.Series(dtype=bool)
    in_source, in_target = _robust_shares(pieces)
    src, tgt = pieces["source"].to_numpy(), pieces["target"].to_numpy()
    covered = np.ones(len(src)) if coverage is None else coverage.reindex(src).fillna(0.0).to_numpy()
    inside = (in_source >= whole) & (covered >= whole)  # the source lies inside this target
    whole_target = pd.Series(tgt[inside], index=src[inside])
    whole_target = whole_target[~whole_target.index.duplicated()]
    per_target = pd.DataFrame({"t": tgt, "inside": inside.astype(int), "cov": np.where(inside, in_target, 0.0),
                               "share": in_target}).groupby("t")
    filled, n_whole, largest = per_target["cov"].sum(), per_target["inside"].sum(), per_target["share"].max()
    made_of_whole = filled >= whole
    found = pd.Series(np.select([made_of_whole & (n_whole > 1), made_of_whole, largest >= whole],
                                [MERGED, SAME, SPLIT], REDRAWN), index=filled.index)
    single = found.index[(found == SAME).to_numpy()]
    pairs = pieces.loc[inside & np.isin(tgt, single), ["source", "target"]]
    same_code = source_codes.reindex(pairs["source"]).to_numpy() == target_codes.reindex(pairs["target"]).to_numpy()
    found[pairs["target"].to_numpy()] = np.where(same_code, SAME, RECODED)
    kind[found.index] = found.to_numpy()
    sliver = ~inside & pd.Series(tgt).map(made_of_whole).fillna(False).to_numpy(dtype=bool)
    return kind, whole_target, pd.Series(sliver, index=pieces.index)


# -- fractions ---------------------------------------------------------------------------------

def fractions(pieces: pd.DataFrame, whole_target: pd.Series, drop: pd.Series, piece_weight: np.ndarray,
              source_area: pd.Series, source_weight: pd.Series | None = None,
              coverage: pd.Series | None = None) -> tuple[np.ndarray, int]:
    """Share of each source area's figures that goes into each piece's target.

    A source that lies inside one target moves whole (1 there, 0 elsewhere). Any other source
    is divided over its pieces by their weight. With a weight layer (``source_weight``: the
    weight of each whole source area) a piece gets its weight / the source's weight, so
    the weight outside the target map stays behind; a source without any weight is divided
    by area. With land area the pieces divide the part of the source that the target map
    covers, and the uncovered part (by area) stays behind. Pieces that are boundary slivers
    of a target made of whole sources (``drop``) give their share to the source's other pieces.
    Returns the fractions and the number of sources without weight in the weight layer.
    """
    src = pieces["source"].to_numpy()
    area = pieces["area"].to_numpy(dtype="float64")
    weight = np.asarray(piece_weight, dtype="float64")
    whole_area = source_area.reindex(src).to_numpy(dtype="float64")

    def per_source(values):
        return pd.Series(values).groupby(src).transform("sum").to_numpy()

    with np.errstate(divide="ignore", invalid="ignore"):
        by_area = np.where(whole_area > 0, area / whole_area, 0.0)
        if source_weight is None:
            w_sum = per_source(weight)
            cov = per_source(by_area) if coverage is None else coverage.reindex(src).fillna(0.0).to_numpy()
            share = np.where(w_sum > 0, weight / w_sum * cov, by_area)
            fallback = np.zeros(len(src), dtype=bool)
        else:
            total = source_weight.reindex(src).to_numpy(dtype="float64")
            fallback = ~(total > 0)
            share = np.where(fallback, by_area, weight / np.where(fallback, 1.0, total))
    keep = ~drop.to_numpy(dtype=bool)
    kept = per_source(np.where(keep, share, 0.0))
    covered = per_source(share)
    with np.errstate(divide="ignore", invalid="ignore"):
        frac = np.where(kept > 0, np.where(keep, share * covered / kept, 0.0), share)
    frac = np.minimum(frac, 1.0)
    moves_whole = pieces["source"].map(whole_target)
    is_whole_source = moves_whole.notna().to_numpy()
    frac = np.where(is_whole_source, (moves_whole.to_numpy() == pieces["target"].to_numpy()).astype(float), frac)
    n_fallback = int(pd.Series(fallback & ~is_whole_source).groupby(src).any().sum())
    return frac, n_fallback


# -- moving the values -------------------------------------------------------------------------

def _piece_frame(source: pd.DataFrame, pieces: pd.DataFrame, columns, counts) -> pd.DataFrame:
    """The source values of each piece; counts multiplied by the piece's fraction."""
    values = source.reindex(pieces["source"].to_numpy())[list(columns)].reset_index(drop=True)
    frac = pieces["frac"].to_numpy(dtype="float64")
    for name in counts:
        values[name] = pd.to_numeric(values[name], errors="coerce").to_numpy(dtype="float64") * frac
    return values


def move_values(source: pd.DataFrame, pieces: pd.DataFrame, roles: Roles, catalogue: Catalogue) -> tuple:
    """Values per target id from the pieces, through :func:`aggregate_frame`.

    ``pieces`` carries ``frac`` (share of the source moved), ``land`` (moved land area, for
    raster means) and ``mean_weight`` (moved weight for the means the catalogue does not
    know). A piece that moves nothing (a sliver, the rest of a source that moved whole, water)
    adds 0 to the counts and no weight to the means. Returns values, methods, nulled and
    partial as :class:`AggregateResult` has them.
    """
    pieces = pieces.reset_index(drop=True)
    groups = pd.Series(pieces["target"].to_numpy())
    counts = [f for f, r in roles.roles.items() if r == COUNT] + list(roles.helpers)
    catalogue_means = [f for f, r in roles.roles.items() if r == MEAN]
    first = _piece_frame(source, pieces, counts + catalogue_means, counts)
    first[AREA] = pieces["land"].to_numpy()
    result = aggregate_frame(first, groups, catalogue, sum_fields=counts)
    methods, nulled, partial = dict(result.methods), dict(result.nulled), dict(result.partial)
    values = result.values
    weighted = [f for f, r in roles.roles.items() if r == WEIGHTED]
    weighted += [f for f in catalogue_means if f in nulled]  # its base is missing: weight by the moved weight
    if weighted:
        second = _piece_frame(source, pieces, weighted, [])
        second[AREA] = pieces["mean_weight"].to_numpy()
        again = aggregate_frame(second, groups, catalogue, mean_fields=weighted)
        how = translate("Reallocate", "mean weighted by the moved weight")
        for name in weighted:
            values[name] = again.values[name]
            reason = nulled.pop(name, None)
            methods[name] = how if reason is None else translate("Reallocate", "{how} ({why})").format(
                how=how, why=reason)
            if name in again.partial:
                partial[name] = again.partial[name]
    for name in [f for f, r in roles.roles.items() if r == COUNT]:
        methods[name] = translate("Reallocate", "count: divided by overlap")
    return values, methods, nulled, partial


def reallocate(source: pd.DataFrame, source_keys: pd.DataFrame, target_keys: pd.DataFrame, overlay: Overlay,
               catalogue: Catalogue, roles: Roles, source_land: pd.Series | None = None,
               target_land: pd.Series | None = None, mean_weight_field: str | None = None,
               whole: float = WHOLE) -> ReallocationResult:
    """Move the fields of ``roles`` from ``source`` (one row per source area) onto the target areas.

    ``source_keys``/``target_keys`` hold ``statcode`` and ``gemeentecode`` per row id (as
    :func:`regions.key_frame` makes them); ``source_land``/``target_land`` the land share of
    each area (:func:`land_shares`, NaN where unknown).
    """
    pieces = overlay.pieces.reset_index(drop=True).copy()
    targets = target_keys.index
    source_codes = source_keys["statcode"]
    target_codes = target_keys["statcode"]
    nan_src = pd.Series(np.nan, index=source.index)
    nan_tgt = pd.Series(np.nan, index=targets)
    source_land = nan_src if source_land is None else source_land
    target_land = nan_tgt if target_land is None else target_land

    coverage = overlay.coverage()
    kind, whole_target, drop = classify(pieces, source_codes, target_codes, whole, coverage)
    land = piece_land(pieces, source_land, target_land)
    if overlay.source_weight is not None:
        weight = pieces["weight"].fillna(0.0).to_numpy(dtype="float64")
    else:
        weight = land
    frac, fallback = fractions(pieces, whole_target, drop, weight, overlay.source_area, overlay.source_weight,
                               coverage)
    pieces["frac"] = frac
    src_ids = pieces["source"].to_numpy()
    # the moved land area (raster means) and the moved weight (means the catalogue does not know)
    land_sum = pd.Series(land).groupby(src_ids).transform("sum").to_numpy()
    area_sum = pieces.groupby("source")["area"].transform("sum").to_numpy()
    with np.errstate(divide="ignore", invalid="ignore"):
        src_land = np.where(area_sum > 0, land_sum / area_sum, 1.0) * overlay.source_area.reindex(src_ids).to_numpy()
    pieces["land"] = frac * src_land
    if mean_weight_field:
        mw = pd.to_numeric(source[mean_weight_field], errors="coerce").reindex(src_ids).to_numpy(dtype="float64")
        pieces["mean_weight"] = frac * mw
    elif overlay.source_weight is not None:
        sw = overlay.source_weight.reindex(src_ids).to_numpy(dtype="float64")
        pieces["mean_weight"] = np.where(sw > 0, frac * sw, pieces["land"].to_numpy())
    else:
        pieces["mean_weight"] = pieces["land"].to_numpy()
    values, methods, nulled, partial = move_values(source, pieces, roles, catalogue)

    # a target that is the same area as one source gets its values exactly, medians and indices too
    copied = list(roles.roles)
    values = values.reindex(index=targets, columns=copied)
    same_pairs = pieces.loc[(frac == 1.0) & pieces["target"].map(kind).isin([SAME, RECODED]).to_numpy(),
                            ["source", "target"]]
    same_pairs = same_pairs.drop_duplicates("target")
    if not same_pairs.empty:
        exact = source.loc[same_pairs["source"].to_numpy(), copied]
        exact.index = same_pairs["target"].to_numpy()
        for name in copied:
            col = pd.to_numeric(exact[name], errors="coerce")
            values.loc[col.index, name] = col.to_numpy(dtype="float64")
    not_moved = {}
    for name, role in roles.roles.items():
        if role in (MEDIAN, INDEX):
            n = int(values[name].isna().sum() - (kind == NONE).sum())
            not_moved[name] = max(n, 0)
            methods[name] = translate("Reallocate", "median: copied where the area did not change, else NULL") \
                if role == MEDIAN else translate("Reallocate", "index: copied where the area did not change, else "
                                                              "NULL (compute the index again on the new map)")

    meta = _meta(pieces, kind, overlay, source_codes, targets)
    links = pieces.loc[frac > 0, ["source", "target", "area", "frac"]].reset_index(drop=True)
    counts_fields = [f for f, r in roles.roles.items() if r == COUNT]
    totals = conservation(source, source_keys, target_keys, pieces, frac, values, counts_fields)
    counts = {k: int((kind == k).sum()) for k in KINDS}
    return ReallocationResult(values=values, meta=meta, links=links, methods=methods, nulled=nulled,
                              partial=partial, not_moved_count=not_moved, totals=totals, counts=counts,
                              weight_fallback=fallback if overlay.source_weight is not None else 0,
                              warnings=list(roles.warnings))


def _meta(pieces, kind, overlay, source_codes, targets) -> pd.DataFrame:
    covered = pieces.groupby("target")["area"].sum().reindex(targets).fillna(0.0)
    area = overlay.target_area.reindex(targets)
    with np.errstate(divide="ignore", invalid="ignore"):
        share = (covered / area.where(area > 0)).clip(upper=1.0)
    moving = pieces.loc[pieces["frac"] > 0]
    codes = source_codes.reindex(moving["source"].to_numpy()).fillna("").to_numpy()
    listed = pd.Series(codes, index=moving["target"].to_numpy()).groupby(level=0).agg(
        lambda s: ",".join(sorted(c for c in set(s) if c)))
    n = moving.groupby("target")["source"].nunique()
    return pd.DataFrame({
        "share_matched": share.round(4),
        "reallocation": kind.reindex(targets),
        "source_areas": n.reindex(targets).fillna(0).astype("int64"),
        "source_codes": listed.reindex(targets).where(lambda s: s.notna(), None),
    }, index=targets)


def conservation(source: pd.DataFrame, source_keys: pd.DataFrame, target_keys: pd.DataFrame, pieces: pd.DataFrame,
                 frac: np.ndarray, values: pd.DataFrame, count_fields) -> pd.DataFrame:
    """Per gemeente and count field: the source total, what moved out of it, what its target areas received.

    Only source areas that touch the target map count (a national source map onto one
    gemeente's map lists the neighbours' border buurten, not the whole country).
    """
    columns = ["gemeentecode", "field", "source_total", "moved", "not_moved", "received"]
    if not count_fields:
        return pd.DataFrame(columns=columns)
    touching = pd.Index(pd.unique(pieces["source"]))
    moved_share = pd.Series(frac).groupby(pieces["source"].to_numpy()).sum().reindex(touching).fillna(0.0)
    src_gm = source_keys["gemeentecode"].reindex(touching).fillna("")
    tgt_gm = target_keys["gemeentecode"].fillna("")
    rows = []
    for name in count_fields:
        vals = pd.to_numeric(source[name], errors="coerce").reindex(touching)
        known = vals.notna()
        total = vals.where(known, 0.0).groupby(src_gm).sum()
        moved = (vals.where(known, 0.0) * moved_share).groupby(src_gm).sum()
        received = values[name].fillna(0.0).groupby(tgt_gm.reindex(values.index)).sum()
        for gm in sorted(set(total.index) | set(received.index)):
            t, m, r = float(total.get(gm, 0.0)), float(moved.get(gm, 0.0)), float(received.get(gm, 0.0))
            rows.append((gm or None, name, t, m, t - m, r))
    return pd.DataFrame(rows, columns=columns)


def compare_cbs_flag(kind: pd.Series, flag: pd.Series) -> pd.DataFrame:
    """Cross-table of CBS's own flag (1 unchanged, 2 code changed, 3 boundary changed) against the kinds found;
    with ``agrees`` per target (1/0, NaN where CBS gives no flag)."""
    code = pd.to_numeric(flag, errors="coerce").reindex(kind.index)
    agrees = pd.Series(np.nan, index=kind.index)
    for value, kinds in CBS_FLAG_MEANING.items():
        mask = code == value
        agrees[mask] = kind[mask].isin(kinds).astype(float)
    return pd.DataFrame({"flag": code, "agrees": agrees})


def gemeente_keys(keys: pd.DataFrame) -> pd.DataFrame:
    """``statcode`` and ``gemeentecode`` per row; the gemeente derived from the code where the map lacks it."""
    out = keys[["statcode", "gemeentecode"]].copy()
    out["gemeentecode"] = out["gemeentecode"].fillna(out["statcode"].map(regions.gemeentecode_of))
    return out
