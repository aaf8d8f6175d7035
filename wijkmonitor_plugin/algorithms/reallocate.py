"""wijkmonitor:reallocate — figures of one map's areas moved onto another map's areas (buurten 2019 → 2024)."""

from __future__ import annotations

import numpy as np
import pandas as pd
from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..core import reallocate as ra
from ..core import regions
from ..core.catalogue import CatalogueError, load_catalogue
from ..qgis_adapters.change_style import reallocation_renderer
from ..qgis_adapters.compat import make_field
from ..qgis_adapters.frames import combined_fields, python_value, source_to_frame, write_source_with_frame
from ..qgis_adapters.overlay import AllFeatures, build_overlay
from ..qgis_adapters.style_outputs import aliases_of, renderer_style, table_style
from .base import GROUP_DATA, WijkmonitorAlgorithm

#: attribute names (lower case) that identify an area rather than hold a figure
KEY_NAMES = ("statcode", "statnaam", "buurtcode", "bu_code", "buurtnaam", "bu_naam", "wijkcode", "wk_code", "wijknaam",
             "wk_naam", "gemeentecode", "gm_code", "gemeentenaam", "gm_naam", "jaar", "jaarstatcode", "jrstatcode")
OTHER_NAMES = ("fid", "id", "objectid", "ogc_fid", "water") + tuple(n.lower() for n in ra.CBS_FLAG_FIELDS)
META_FIELDS = (("share_matched", "double"), ("reallocation", "string"), ("source_areas", "int"),
               ("source_codes", "string"))


def _present(names, wanted) -> list[str]:
    lower = {str(n).lower(): n for n in names}
    return [lower[w.lower()] for w in wanted if w.lower() in lower]


def single_year(frame: pd.DataFrame) -> int | None:
    """The one year in a ``jaar`` column, or None."""
    col = next((c for c in frame.columns if str(c).lower() == "jaar"), None)
    if col is None:
        return None
    years = pd.to_numeric(frame[col], errors="coerce").dropna().unique()
    return int(years[0]) if len(years) == 1 else None


class ReallocateAlgorithm(WijkmonitorAlgorithm):
    NAME = "reallocate"
    GROUP = GROUP_DATA
    INPUT = "INPUT"
    TARGET = "TARGET"
    SUM_FIELDS = "SUM_FIELDS"
    MEAN_FIELDS = "MEAN_FIELDS"
    MEAN_WEIGHT_FIELD = "MEAN_WEIGHT_FIELD"
    WEIGHT_LAYER = "WEIGHT_LAYER"
    WEIGHT_FIELD = "WEIGHT_FIELD"
    TOLERANCE = "TOLERANCE"
    KEEP_TARGET_FIELDS = "KEEP_TARGET_FIELDS"
    SUFFIX = "SUFFIX"
    SOURCE_YEAR = "SOURCE_YEAR"
    OUTPUT = "OUTPUT"
    TOTALS = "TOTALS"
    LINKS = "LINKS"
    REPAIRED = "REPAIRED"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("Move figures onto another year's map (boundary changes)")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return self.tr(
            "Moves figures from the areas of one map (e.g. buurten 2019 with their figures) onto the areas of "
            "another (e.g. buurten 2024), so years can be compared although CBS renumbers and redraws buurten "
            "and municipalities merge.\n\n"
            "Counts (fields to sum) are divided by overlap. Percentages, rates and means are recomputed from the "
            "moved numerators and denominators as the catalogue defines them (a percentage of households with the "
            "households); means the catalogue does not know are weighted by the moved weight, or by the moved "
            "'weight for means' field (e.g. inhabitants). Medians and deprivation index fields are not divided: "
            "they are copied where the area did not change and NULL elsewhere (reported). With no fields chosen, "
            "every field the catalogue knows is moved.\n\n"
            "Overlap is weighted by land area (estimated from the maps' land and water areas), or by a weight layer: "
            "points (addresses) or polygons (a 100 m population grid) with an optional weight field. Where the area "
            "did not change (99 % overlap both ways) the values move unchanged. The boundary tolerance lets two maps "
            "that draw the same boundary a few metres apart (a generalised and a detailed map) count as the same.\n\n"
            "Output: the target areas with their key fields, the moved figures (with the suffix), share_matched (how "
            "much of the area the source map covers), reallocation (same, recoded, split, merged, redrawn or none), "
            "source_areas and source_codes (where the figures came from) and, when the target map has CBS's own "
            "flag indelingswijzigingWijkenEnBuurten, that flag and whether it agrees. Totals: per gemeente and "
            "count, the source total, what moved, what did not (outside the target map) and what the target areas "
            "received. Links: per overlap, the share of the source that moved. Invalid polygons are repaired and "
            "counted; input layers are not changed."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        polygons = [QgsProcessing.SourceType.TypeVectorPolygon]
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Areas with the figures (source map)"), polygons))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.TARGET, self.tr("Areas to move them onto (target map)"), polygons))
        sums = QgsProcessingParameterField(self.SUM_FIELDS, self.tr("Counts (divided by overlap)"),
                                           parentLayerParameterName=self.INPUT, allowMultiple=True, optional=True)
        sums.setHelp(self.tr("Numbers of inhabitants, households, dwellings… Leave both lists empty to move every "
                             "field the catalogue knows."))
        self.addParameter(sums)
        means = QgsProcessingParameterField(self.MEAN_FIELDS, self.tr("Percentages, rates and means (recomputed)"),
                                            parentLayerParameterName=self.INPUT, allowMultiple=True, optional=True)
        means.setHelp(self.tr("Recomputed from their numerators and denominators as the catalogue defines them; "
                              "fields the catalogue does not know are weighted by the moved weight."))
        self.addParameter(means)
        self.addParameter(QgsProcessingParameterField(
            self.MEAN_WEIGHT_FIELD, self.tr("Weight for means the catalogue does not know (e.g. inhabitants)"),
            parentLayerParameterName=self.INPUT, type=QgsProcessingParameterField.DataType.Numeric, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.WEIGHT_LAYER, self.tr("Weight layer (addresses or a population grid; empty = land area)"),
            [QgsProcessing.SourceType.TypeVectorPoint, QgsProcessing.SourceType.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.WEIGHT_FIELD, self.tr("Weight field (empty = every feature counts 1)"),
            parentLayerParameterName=self.WEIGHT_LAYER, type=QgsProcessingParameterField.DataType.Numeric,
            optional=True))
        tolerance = QgsProcessingParameterNumber(self.TOLERANCE, self.tr("Boundary tolerance (metres)"),
                                                 QgsProcessingParameterNumber.Type.Double, 0.0, minValue=0.0)
        tolerance.setHelp(self.tr("Boundaries drawn up to this distance apart count as the same boundary (e.g. 10 to "
                                  "25 m between a generalised and a detailed map). 0 = exact. Measured in the target "
                                  "map's projection, or in RD New when the target map is in degrees."))
        self.addParameter(tolerance)
        self.addParameter(QgsProcessingParameterBoolean(
            self.KEEP_TARGET_FIELDS, self.tr("Keep the target map's own fields"), defaultValue=False))
        self.addParameter(QgsProcessingParameterString(
            self.SUFFIX, self.tr("Suffix for the moved fields (e.g. _2019)"), defaultValue="", optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.SOURCE_YEAR, self.tr("Year of the figures (empty = the source's 'jaar')"),
            QgsProcessingParameterNumber.Type.Integer, optional=True, minValue=1900, maxValue=2100))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Target areas with the moved figures"), QgsProcessing.SourceType.TypeVectorPolygon))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.TOTALS, self.tr("Totals per gemeente"), QgsProcessing.SourceType.TypeVector, optional=True,
            createByDefault=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.LINKS, self.tr("Links between source and target areas"), QgsProcessing.SourceType.TypeVector,
            optional=True, createByDefault=False))
        self.addOutput(QgsProcessingOutputNumber(self.REPAIRED, self.tr("Invalid polygons repaired")))

    # ------------------------------------------------------------------ reading
    def _sources(self, parameters, context):
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        target = self.parameterAsSource(parameters, self.TARGET, context)
        if target is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.TARGET))
        weight = self.parameterAsSource(parameters, self.WEIGHT_LAYER, context)
        return source, target, weight

    def _keys(self, frame, which):
        try:
            keys = regions.key_frame(frame, None)
        except ValueError:
            raise QgsProcessingException(self.tr(
                "The {which} map has no region code field (statcode, buurtcode, wijkcode or gemeentecode): the "
                "reallocation needs it to tell whether a code changed and to total per gemeente.").format(
                which=which)) from None
        return ra.gemeente_keys(keys).join(keys[["statnaam", "gemeentenaam", "wijkcode", "jaar"]])

    def _target_frame(self, target, catalogue, keep, feedback):
        names = target.fields().names()
        target = AllFeatures(target)
        if keep:
            return source_to_frame(target, feedback=feedback)
        land = [n for vid in ("oppervlakte_land_ha", "oppervlakte_totaal_ha")
                for n in catalogue.variable(vid).field_names()]
        wanted = _present(names, KEY_NAMES + tuple(land) + ("water",) + ra.CBS_FLAG_FIELDS)
        return source_to_frame(target, wanted, feedback=feedback)

    # ------------------------------------------------------------------ run
    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        source, target, weight_source = self._sources(parameters, context)
        try:
            catalogue = load_catalogue()
        except CatalogueError as exc:
            raise QgsProcessingException(str(exc)) from None
        keep = self.parameterAsBool(parameters, self.KEEP_TARGET_FIELDS, context)
        suffix = self.parameterAsString(parameters, self.SUFFIX, context).strip()
        sum_fields = self.parameterAsFieldNames(parameters, self.SUM_FIELDS, context)
        mean_fields = self.parameterAsFieldNames(parameters, self.MEAN_FIELDS, context)
        mean_weight = self.parameterAsString(parameters, self.MEAN_WEIGHT_FIELD, context) or None
        tolerance = self.parameterAsDouble(parameters, self.TOLERANCE, context)

        src_frame = regions.nullify_sentinels(source_to_frame(AllFeatures(source), feedback=feedback))
        tgt_frame = self._target_frame(target, catalogue, keep, feedback)
        src_keys, tgt_keys = self._keys(src_frame, self.tr("source")), self._keys(tgt_frame, self.tr("target"))
        numeric = [c for c in src_frame.columns if pd.api.types.is_numeric_dtype(src_frame[c])
                   and not pd.api.types.is_bool_dtype(src_frame[c])]
        skip = set(_present(src_frame.columns, KEY_NAMES + OTHER_NAMES))
        if mean_weight:
            skip.add(mean_weight)
        roles = ra.field_roles(src_frame.columns, numeric, catalogue, sum_fields, mean_fields, skip)
        text = [f for f in list(sum_fields) + list(mean_fields) if f not in numeric]
        if text:
            raise QgsProcessingException(self.tr("These fields are not numeric and cannot be moved: {fields}.")
                                         .format(fields=", ".join(text)))
        if not roles.roles:
            raise QgsProcessingException(self.tr(
                "No field to move: the source has no field the catalogue knows. Choose the counts and the "
                "percentages or means to move."))
        year = self.parameterAsInt(parameters, self.SOURCE_YEAR, context) \
            if parameters.get(self.SOURCE_YEAR) not in (None, "") else single_year(src_frame)
        out_names = {f: f"{f}{suffix}" for f in roles.roles}
        self._check_names(out_names, tgt_frame.columns if keep else [], suffix, year)

        feedback.pushInfo(self.tr("Measuring the overlap of {n} source areas with {m} target areas…").format(
            n=source.featureCount(), m=target.featureCount()))
        weight_field = self.parameterAsString(parameters, self.WEIGHT_FIELD, context) or None
        overlay, src_geoms, tgt_geoms, crs = build_overlay(source, target, context.transformContext(), tolerance,
                                                           weight_source, weight_field, feedback)
        self._report_geometry(feedback, src_geoms, tgt_geoms, crs)
        feedback.setProgress(85)
        src_land = ra.land_shares(src_frame, catalogue, overlay.source_area)
        tgt_land = ra.land_shares(tgt_frame, catalogue, overlay.target_area)
        result = ra.reallocate(src_frame, src_keys, tgt_keys.reindex(tgt_frame.index), overlay, catalogue, roles,
                               src_land, tgt_land, mean_weight)
        flag_col = next(iter(_present(tgt_frame.columns, ra.CBS_FLAG_FIELDS)), None)
        cbs = ra.compare_cbs_flag(result.meta["reallocation"], tgt_frame[flag_col]) if flag_col else None

        frame = self._output_frame(tgt_keys, result, out_names, year, cbs)
        fields = self._output_fields(source, frame, out_names, year, cbs)
        if keep:
            fields = combined_fields(target.fields(), fields)
        wkb = QgsWkbTypes.multiType(target.wkbType())
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields, wkb, target.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        write_source_with_frame(AllFeatures(target), sink, frame, fields, feedback, keep_source_attributes=keep)
        self.style_output(dest_id, renderer_style(lambda _layer: reallocation_renderer(), {
            **aliases_of(fields), "share_matched": self.tr("Share of the area matched by the source map"),
            "reallocation": self.tr("How the area changed"), "source_areas": self.tr("Number of source areas"),
            "source_codes": self.tr("Codes of the source areas"), "source_year": self.tr("Year of the source map"),
            "cbs_indelingswijziging": self.tr("CBS boundary change flag"),
            "cbs_agrees": self.tr("Agrees with the CBS flag")}))
        results = {self.OUTPUT: dest_id, self.REPAIRED: src_geoms.repaired + tgt_geoms.repaired}
        results.update(self._write_totals(parameters, context, result))
        results.update(self._write_links(parameters, context, result, src_keys, tgt_keys))
        self._report(feedback, result, roles, out_names, cbs, year, single_year(tgt_frame))
        return results

    def _check_names(self, out_names, target_names, suffix, year):
        clash = sorted(set(out_names.values()) & {str(n) for n in target_names} |
                       set(out_names.values()) & {m for m, _ in META_FIELDS})
        if clash:
            hint = f"_{year}" if year and suffix != f"_{year}" else "_oud"
            raise QgsProcessingException(self.tr(
                "The output would have two fields called {fields}: the target map's own and the moved one. Set a "
                "suffix for the moved fields (e.g. {hint}) or do not keep the target map's fields.").format(
                fields=", ".join(clash[:8]), hint=hint))

    def _output_frame(self, tgt_keys, result, out_names, year, cbs) -> pd.DataFrame:
        keys = tgt_keys.reindex(result.meta.index)[list(regions.KEY_FIELDS)].copy()
        keys["jaar"] = pd.to_numeric(keys["jaar"], errors="coerce").astype("Int64")
        values = result.values.rename(columns=out_names)
        frame = pd.concat([keys, values, result.meta], axis=1)
        if year is not None:
            frame["source_year"] = pd.array([year] * len(frame), dtype="Int64")
        if cbs is not None:
            frame["cbs_indelingswijziging"] = cbs["flag"].astype("Int64")
            frame["cbs_agrees"] = cbs["agrees"].astype("Int64")
        return frame

    def _output_fields(self, source, frame, out_names, year, cbs) -> QgsFields:
        fields = QgsFields()
        for name in regions.KEY_FIELDS:
            fields.append(make_field(name, "int" if name == "jaar" else "string"))
        src_fields = source.fields()
        for original, name in out_names.items():
            idx = src_fields.lookupField(original)
            src = src_fields.at(idx) if idx >= 0 else None
            # no precision: QGIS would round a moved count (1/3 of 100) to it, and the totals would drift
            fields.append(make_field(name, "double", alias=src.alias() if src else "",
                                     comment=src.comment() if src else ""))
        for name, kind in META_FIELDS:
            fields.append(make_field(name, kind, precision=4 if kind == "double" else 0))
        if year is not None:
            fields.append(make_field("source_year", "int"))
        if cbs is not None:
            fields.append(make_field("cbs_indelingswijziging", "int"))
            fields.append(make_field("cbs_agrees", "int"))
        return fields

    def _write_totals(self, parameters, context, result) -> dict:
        fields = QgsFields()
        fields.append(make_field("gemeentecode", "string"))
        fields.append(make_field("field", "string"))
        for name in ("source_total", "moved", "not_moved", "received"):
            fields.append(make_field(name, "double", precision=3))
        sink, dest = self.parameterAsSink(parameters, self.TOTALS, context, fields, QgsWkbTypes.Type.NoGeometry)
        if sink is None:
            return {}
        for row in result.totals.itertuples(index=False):
            feature = QgsFeature(fields)
            feature.setAttributes([python_value(v) for v in row])
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        self.style_output(dest, table_style({
            "gemeentecode": self.tr("Municipality code"), "field": self.tr("Field"),
            "source_total": self.tr("Total on the source map"), "moved": self.tr("Moved"),
            "not_moved": self.tr("Not moved (no target area)"), "received": self.tr("Total on the target map")}))
        return {self.TOTALS: dest}

    def _write_links(self, parameters, context, result, src_keys, tgt_keys) -> dict:
        fields = QgsFields()
        for name in ("source_code", "target_code"):
            fields.append(make_field(name, "string"))
        fields.append(make_field("overlap_m2", "double", precision=1))
        fields.append(make_field("fraction_moved", "double", precision=6))
        sink, dest = self.parameterAsSink(parameters, self.LINKS, context, fields, QgsWkbTypes.Type.NoGeometry)
        if sink is None:
            return {}
        links = result.links
        src = src_keys["statcode"].reindex(links["source"]).to_numpy(dtype=object)
        tgt = tgt_keys["statcode"].reindex(links["target"]).to_numpy(dtype=object)
        for s, t, a, f in zip(src, tgt, links["area"].to_numpy(), links["frac"].to_numpy()):
            feature = QgsFeature(fields)
            feature.setAttributes([python_value(s), python_value(t), float(a), float(f)])
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        self.style_output(dest, table_style({
            "source_code": self.tr("Code on the source map"), "target_code": self.tr("Code on the target map"),
            "overlap_m2": self.tr("Overlap (m²)"), "fraction_moved": self.tr("Share of the source area moved")}))
        return {self.LINKS: dest}

    # ------------------------------------------------------------------ log
    def _report_geometry(self, feedback, src, tgt, crs):
        feedback.pushInfo(self.tr("Areas measured in {crs}.").format(crs=crs.authid()))
        for which, geoms in ((self.tr("source"), src), (self.tr("target"), tgt)):
            if geoms.repaired:
                feedback.pushWarning(self.tr("{n} invalid polygon(s) of the {which} map repaired (makeValid).").format(
                    n=geoms.repaired, which=which))
            if geoms.dropped:
                feedback.pushWarning(self.tr("{n} feature(s) of the {which} map without a usable polygon left out.")
                                     .format(n=geoms.dropped, which=which))

    def _report(self, feedback, result, roles, out_names, cbs, year, target_year):
        c = result.counts
        feedback.pushInfo(self.tr(
            "Target areas: {same} same, {recoded} recoded, {split} split, {merged} merged, {redrawn} redrawn, {none} "
            "without a source area.").format(**c))
        for warning in result.warnings:
            feedback.pushWarning(warning)
        if result.weight_fallback:
            feedback.pushWarning(self.tr("{n} source area(s) have no weight in the weight layer: divided by land "
                                         "area.").format(n=result.weight_fallback))
        for name, how in result.methods.items():
            feedback.pushInfo(self.tr("{field}: {how}").format(field=out_names.get(name, name), how=how))
        for name, why in result.nulled.items():
            feedback.pushWarning(self.tr("{field}: NULL ({why})").format(field=out_names.get(name, name), why=why))
        for name, n in result.not_moved_count.items():
            if n:
                feedback.pushInfo(self.tr("{field}: not moved to {n} target area(s) that changed (NULL).").format(
                    field=out_names.get(name, name), n=n))
        for name, n in result.partial.items():
            feedback.pushInfo(self.tr("{field}: {n} target area(s) got figures from only some of their source "
                                      "areas (the others have no value).").format(field=out_names.get(name, name),
                                                                                   n=n))
        totals = result.totals
        if totals is not None and not totals.empty:
            lost = totals[(totals["source_total"] > 0) & (totals["not_moved"] > 0.005 * totals["source_total"])]
            for row in lost.itertuples(index=False):
                feedback.pushInfo(self.tr(
                    "{gm} {field}: {pct:.1f}% of the source total lies outside the target map and was not moved.")
                    .format(gm=row.gemeentecode or "?", field=row.field,
                            pct=100.0 * row.not_moved / row.source_total))
            moved, received = totals["moved"].sum(), totals["received"].sum()
            feedback.pushInfo(self.tr("Totals: {moved:.1f} moved, {received:.1f} received by the target areas "
                                      "(all count fields together).").format(moved=moved, received=received))
        if cbs is not None and cbs["flag"].notna().any():
            known = cbs["agrees"].dropna()
            feedback.pushInfo(self.tr("CBS's flag indelingswijzigingWijkenEnBuurten agrees for {agree} of {n} target "
                                      "areas.").format(agree=int(known.sum()), n=len(known)))
            if year is not None and target_year is not None and target_year - year != 1:
                feedback.pushInfo(self.tr("CBS's flag compares {target} with {before}, not with {year}: differences "
                                          "are expected.").format(target=target_year, before=target_year - 1,
                                                                  year=year))
        near = result.meta["reallocation"].isin([ra.REDRAWN, ra.SPLIT]).mean() if len(result.meta) else 0.0
        if near > 0.5 and np.isfinite(near):
            feedback.pushInfo(self.tr(
                "Most target areas changed. If the two maps draw the same boundaries slightly differently (a "
                "generalised and a detailed map), set a boundary tolerance of 10 to 25 m."))
