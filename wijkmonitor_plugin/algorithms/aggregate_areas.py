"""wijkmonitor:aggregateareas — buurten to wijken, gemeente or the municipality's own areas, figure by figure."""

from __future__ import annotations

import pandas as pd
from qgis.core import (
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsFields,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterVectorLayer,
    QgsSpatialIndex,
    QgsWkbTypes,
)

from ..core import regions
from ..core.aggregate import AREA, aggregate_frame, overlap_groups
from ..core.catalogue import CatalogueError, load_catalogue
from ..core.tables import detect_code_column, type_columns
from ..core.values import ValueReport
from ..qgis_adapters.compat import make_field
from ..qgis_adapters.frames import python_value, report_cleaning, source_to_frame
from ..qgis_adapters.geometry import GeometryReport, examples, read_polygons
from ..qgis_adapters.style_outputs import aliases_of, first_indicator_style, report_aliases, table_style
from ..qgis_adapters.tables import read_table
from .base import GROUP_INDICATORS, WijkmonitorAlgorithm

TARGETS = ("wijken", "gemeenten", "polygons", "lookup")


def _field(names, *candidates):
    lower = {n.lower(): n for n in names}
    for cand in candidates:
        if cand in lower:
            return lower[cand]
    return None


class AggregateAreasAlgorithm(WijkmonitorAlgorithm):
    NAME = "aggregateareas"
    GROUP = GROUP_INDICATORS
    INPUT = "INPUT"
    TARGET = "TARGET"
    AREAS = "AREAS"
    AREA_KEY = "AREA_KEY"
    LOOKUP = "LOOKUP"
    LOOKUP_FILE = "LOOKUP_FILE"
    LOOKUP_AREA = "LOOKUP_AREA"
    SUM_FIELDS = "SUM_FIELDS"
    MEAN_FIELDS = "MEAN_FIELDS"
    OUTPUT = "OUTPUT"
    REPORT = "REPORT"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("Aggregate neighbourhoods to larger areas")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return self.tr(
            "Aggregates buurten to wijken, to the gemeente, or to the municipality's own areas (kernen, gebieden): "
            "a polygon layer (each buurt goes to the area it overlaps most) or a lookup table of buurt code → "
            "area. Each figure is aggregated the way the catalogue says: counts are summed, percentages and rates "
            "are recomputed from their numerators and denominators, means are weighted by the right denominator "
            "(income per inhabitant by inhabitants, WOZ value by dwellings), raster statistics by area. Medians, "
            "figures without their base and fields unknown to the catalogue become NULL and are listed in the "
            "report, unless you choose them as fields to sum or to average. CBS codes for missing or secret figures "
            "(-99995, -99997, -99999999) and negative counts are NULL, never summed; figures stored as text are read "
            "as numbers; the log and the report say per field what was changed.\n\n"
            "Output: one polygon per area with the number of buurten and the aggregated fields. Report: per field "
            "how it was aggregated, or why it is NULL, and in how many areas some buurten had no value."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Buurten"), [QgsProcessing.SourceType.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterEnum(
            self.TARGET, self.tr("Aggregate to"),
            [self.tr("Wijken (by wijkcode)"), self.tr("Gemeente (by gemeentecode)"),
             self.tr("Own areas: polygon layer (largest overlap)"), self.tr("Own areas: lookup table")],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.AREAS, self.tr("Own areas (polygons)"), [QgsProcessing.SourceType.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.AREA_KEY, self.tr("Area name or code field"), parentLayerParameterName=self.AREAS, optional=True))
        self.addParameter(QgsProcessingParameterVectorLayer(
            self.LOOKUP, self.tr("Lookup table (buurt code → area)"), [QgsProcessing.SourceType.TypeVector],
            optional=True))
        self.addParameter(QgsProcessingParameterFile(
            self.LOOKUP_FILE, self.tr("…or a lookup table file (CSV, XLSX, ODS)"), optional=True))
        lookup_area = QgsProcessingParameterField(
            self.LOOKUP_AREA, self.tr("Area column of the lookup table"), parentLayerParameterName=self.LOOKUP,
            optional=True)
        lookup_area.setHelp(self.tr("Leave empty to take the first column that is not the buurt code."))
        self.addParameter(lookup_area)
        self.addParameter(QgsProcessingParameterField(
            self.SUM_FIELDS, self.tr("Other fields to sum"), parentLayerParameterName=self.INPUT,
            allowMultiple=True, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.MEAN_FIELDS, self.tr("Other fields to average (weighted by area)"),
            parentLayerParameterName=self.INPUT, allowMultiple=True, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Aggregated areas"), QgsProcessing.SourceType.TypeVectorPolygon))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.REPORT, self.tr("Aggregation report"), QgsProcessing.SourceType.TypeVector, optional=True,
            createByDefault=True))

    # ------------------------------------------------------------------ groups
    def _code_groups(self, frame, level):
        names = list(frame.columns)
        if level == "wijken":
            col = _field(names, "wijkcode", "wk_code")
            derive = regions.wijkcode_of
        else:
            col = _field(names, "gemeentecode", "gm_code")
            derive = regions.gemeentecode_of
        groups = regions.normalise_codes(frame[col].to_numpy(), level) if col else pd.Series([None] * len(frame))
        groups.index = frame.index
        code = _field(names, "statcode", "buurtcode", "bu_code")
        if code:
            derived = regions.normalise_codes(frame[code].to_numpy()).map(derive)
            derived.index = frame.index
            groups = groups.fillna(derived)
        if groups.isna().all():
            present = [c for c in (col, code) if c]
            if present:
                raise QgsProcessingException(self.tr(
                    "The field(s) {fields} of the buurten are empty (NULL) or hold no valid code in every buurt, so "
                    "no buurt can be assigned to its {level}. Fill them (a CBS buurt code such as BU03630000), or "
                    "choose a lookup table.").format(fields=", ".join(present), level=level))
            raise QgsProcessingException(self.tr(
                "The buurten have no {level} code (wijkcode/gemeentecode or a buurt code to derive it from).")
                .format(level=level))
        return groups

    def _polygon_groups(self, parameters, context, source, geometries, feedback):
        areas = self.parameterAsSource(parameters, self.AREAS, context)
        if areas is None:
            raise QgsProcessingException(self.tr("Choose the polygon layer with the own areas."))
        key = self.parameterAsString(parameters, self.AREA_KEY, context) or None
        names = areas.fields().names()
        if key is None:
            key = next((f.name() for f in areas.fields() if not f.isNumeric()), None) or (names[0] if names else None)
        transform = QgsCoordinateTransform(areas.sourceCrs(), source.sourceCrs(), context.transformContext())
        index = QgsSpatialIndex()
        report = GeometryReport()
        area_geoms = read_polygons(areas, report, transform=transform)
        report.log(feedback, self.tr("the own areas"))
        self.geometry_lines += report.lines(self.tr("the own areas"))
        if not area_geoms:
            raise QgsProcessingException(self.tr("The own areas have no usable polygon: check the layer '{layer}'.")
                                         .format(layer=areas.sourceName()))
        request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
        request.setSubsetOfAttributes([key] if key else [], areas.fields())
        area_keys = {f.id(): (python_value(f[key]) if key else f.id()) for f in areas.getFeatures(request)
                     if f.id() in area_geoms}
        for fid, geom in area_geoms.items():
            index.addFeature(fid, geom.boundingBox())
        rows = []
        for fid, geom in geometries.items():
            if feedback.isCanceled():
                raise QgsProcessingException(self.tr("Cancelled."))
            for cand in index.intersects(geom.boundingBox()):
                overlap = geom.intersection(area_geoms[cand]).area()
                if overlap > 0:
                    rows.append((fid, area_keys[cand], overlap))
        groups = overlap_groups(pd.DataFrame(rows, columns=["area", "group", "overlap"]))
        out_geoms = {}
        for fid, k in area_keys.items():
            out_geoms[k] = area_geoms[fid] if k not in out_geoms else out_geoms[k].combine(area_geoms[fid])
        return groups, key or "gebied", out_geoms

    def _lookup_groups(self, parameters, context, frame, feedback):
        layer = self.parameterAsVectorLayer(parameters, self.LOOKUP, context)
        path = self.parameterAsFile(parameters, self.LOOKUP_FILE, context)
        if layer is None and not path:
            raise QgsProcessingException(self.tr("Choose the lookup table (buurt code → area)."))
        raw = read_table(layer=None if path else layer, path=path or None, feedback=feedback)
        table = raw.frame
        if table.empty:
            raise QgsProcessingException(self.tr("The lookup table has no rows."))
        code_col = detect_code_column(table, "buurten", allow_bare=True)
        if code_col is None:
            raise QgsProcessingException(self.tr("The lookup table has no column of buurt codes. Columns: {cols}.")
                                         .format(cols=", ".join(table.columns)))
        wanted = self.parameterAsString(parameters, self.LOOKUP_AREA, context)
        area_col = next((c for c in table.columns if c.lower() == wanted.lower()), None) if wanted else \
            next((c for c in table.columns if c != code_col), None)
        if area_col is None:
            raise QgsProcessingException(self.tr("The lookup table has no area column '{col}'.").format(col=wanted))
        table, _ = type_columns(table, keep_text=[code_col, area_col])
        keys = regions.normalise_codes(table[code_col].to_numpy(), "buurten")
        mapping = pd.Series(table[area_col].to_numpy(), index=keys.to_numpy())
        mapping = mapping[~mapping.index.isna()]
        self._report_duplicates(mapping, feedback)
        mapping = mapping[~mapping.index.duplicated()]
        code = _field(frame.columns, "statcode", "buurtcode", "bu_code")
        if code is None:
            raise QgsProcessingException(self.tr("The buurten have no buurt code field (statcode or buurtcode)."))
        buurt_codes = regions.normalise_codes(frame[code].to_numpy(), "buurten")
        groups = buurt_codes.map(mapping)
        groups.index = frame.index
        return groups, area_col

    def _report_duplicates(self, mapping: pd.Series, feedback) -> None:
        """A buurt the lookup table puts in more than one area: counted, with examples; the first row counts."""
        areas = mapping.dropna().astype(str).groupby(level=0).unique()
        twice = areas[areas.map(len) > 1]
        if len(twice):
            shown = [f"{code} ({' / '.join(values)})" for code, values in twice.items()]
            line = self.tr("{n} buurt(en) are in more than one area in the lookup table; the first row counts: "
                           "{examples}").format(n=len(twice), examples=examples(shown))
            feedback.pushWarning(line)
            self.lookup_lines.append(line)

    # ------------------------------------------------------------------ run
    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        try:
            catalogue = load_catalogue()
        except CatalogueError as exc:
            raise QgsProcessingException(str(exc)) from None
        target = TARGETS[self.parameterAsEnum(parameters, self.TARGET, context)]
        sum_fields = self.parameterAsFieldNames(parameters, self.SUM_FIELDS, context)
        mean_fields = self.parameterAsFieldNames(parameters, self.MEAN_FIELDS, context)
        names = source.fields().names()
        figures = set(sum_fields) | set(mean_fields) | catalogue_fields(catalogue, names)
        cleaned = ValueReport()
        frame = source_to_frame(source, feedback=feedback, numbers=[n for n in names if n in figures], report=cleaned)
        report_cleaning(cleaned, feedback, source.sourceName())
        self.geometry_lines, self.lookup_lines = [], []
        buurt_report = GeometryReport()
        geometries = read_polygons(source, buurt_report, feedback=feedback)
        buurt_report.log(feedback, self.tr("the buurten"))
        self.geometry_lines += buurt_report.lines(self.tr("the buurten"))
        areas = {fid: geom.area() for fid, geom in geometries.items()}
        frame = pd.concat([frame, pd.Series(areas, dtype="float64").reindex(frame.index).rename(AREA)], axis=1)

        out_geoms = None
        if target in ("wijken", "gemeenten"):
            groups = self._code_groups(frame, target)
            key_name = "statcode"
        elif target == "polygons":
            groups, key_name, out_geoms = self._polygon_groups(parameters, context, source, geometries, feedback)
            groups = groups.reindex(frame.index)
        else:
            groups, key_name = self._lookup_groups(parameters, context, frame, feedback)

        skip = {c.lower() for c in regions.KEY_FIELDS} | {"fid", "jaar", "jrstatcode", "jaarstatcode"}
        numeric = frame[[c for c in frame.columns if c.lower() not in skip]]
        result = aggregate_frame(numeric, groups, catalogue, sum_fields=sum_fields, mean_fields=mean_fields)
        unassigned = int(groups.isna().sum())
        if unassigned:
            feedback.pushInfo(self.tr("{n} buurten belong to no area and are left out.").format(n=unassigned))
        if len(result.values.index) == 0:
            raise QgsProcessingException(self.tr("No buurt could be assigned to an area: check the choice of areas."))
        if len(result.values.columns) == 0:
            feedback.pushWarning(self.tr("The buurten have no figures to aggregate (no numeric field): the areas get "
                                         "their polygon and number of buurten only."))

        # text fields that are the same for every buurt of an area (gemeentenaam, ...)
        text_cols = [c for c in frame.columns if not pd.api.types.is_numeric_dtype(frame[c])
                     and c.lower() not in ("statcode", "statnaam", "buurtcode", "buurtnaam", "wijkcode")]
        constant = {}
        if text_cols:
            grouped = frame[text_cols].assign(__g=groups).dropna(subset=["__g"]).groupby("__g")
            nunique = grouped.nunique(dropna=False)
            firsts = grouped.first()
            for col in text_cols:
                if (nunique[col] <= 1).all():
                    constant[col] = firsts[col].reindex(result.values.index)

        src_fields = source.fields()
        fields = QgsFields()
        fields.append(make_field(key_name, "string"))
        fields.append(make_field("aantal_buurten", "int"))
        for col in constant:
            fields.append(make_field(col, "string"))
        value_cols = list(result.values.columns)
        for col in value_cols:
            idx = src_fields.lookupField(col)
            src = src_fields.at(idx) if idx >= 0 else None
            fields.append(make_field(col, "double", alias=src.alias() if src else "",
                                     precision=src.precision() if src and src.precision() > 0 else 3,
                                     comment=src.comment() if src else ""))
        wkb = QgsWkbTypes.multiType(source.wkbType())
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields, wkb, source.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        member_ids = pd.Series(groups.index, index=groups.index).groupby(groups).apply(list)
        values = result.values
        columns = [values[c].to_numpy(dtype=object) for c in value_cols]
        total = len(values.index)
        for pos, key in enumerate(values.index):
            if feedback.isCanceled():
                raise QgsProcessingException(self.tr("Cancelled."))
            feedback.setProgress(100.0 * pos / max(total, 1))
            if out_geoms is not None:
                geom = out_geoms.get(key)
            else:
                geom = QgsGeometry.unaryUnion([geometries[f] for f in member_ids.get(key, []) if f in geometries])
            feature = QgsFeature(fields)
            if geom is not None and not geom.isEmpty():
                geom.convertToMultiType()
                feature.setGeometry(geom)
            feature.setAttributes([python_value(key), int(result.members.get(key, 0))]
                                  + [python_value(constant[c].get(key)) for c in constant]
                                  + [python_value(col[pos]) for col in columns])
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)

        feedback.pushInfo(self.tr("Aggregated {n} buurten to {m} areas.").format(
            n=int(groups.notna().sum()), m=total))
        known = catalogue_fields(catalogue, value_cols)  # once: it looks every column up in the catalogue
        self.style_output(dest_id, first_indicator_style([c for c in value_cols if c in known] or value_cols,
                                                         {"aantal_buurten": self.tr("Number of buurten"),
                                                          **aliases_of(fields)}))
        for col, how in result.nulled.items():
            if col in known:
                feedback.pushInfo(self.tr("{field}: NULL ({why})").format(field=col, why=how))
        report_fields = QgsFields()
        for name in ("field", "status", "method", "areas_with_missing_buurten"):
            report_fields.append(make_field(name, "int" if name.startswith("areas") else "string"))
        results = {self.OUTPUT: dest_id}
        report_sink, report_id = self.parameterAsSink(parameters, self.REPORT, context, report_fields,
                                                      QgsWkbTypes.Type.NoGeometry)
        if report_sink is not None:
            for col in value_cols:
                status = "aggregated" if col in result.methods else "null"
                feature = QgsFeature(report_fields)
                feature.setAttributes([col, status, result.methods.get(col) or result.nulled.get(col, ""),
                                       int(result.partial.get(col, 0))])
                report_sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
            for col, text in cleaned.rows():
                feature = QgsFeature(report_fields)
                feature.setAttributes([col, "cleaned", text, 0])
                report_sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
            for status, lines in (("geometry", self.geometry_lines), ("lookup", self.lookup_lines)):
                for text in lines:
                    feature = QgsFeature(report_fields)
                    feature.setAttributes(["", status, text, 0])
                    report_sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
            results[self.REPORT] = report_id
            self.style_output(report_id, table_style(report_aliases()))
        return results


def catalogue_fields(catalogue, columns) -> set:
    """The columns the catalogue knows (indicator ids and variable field names)."""
    ids = {i.id for i in catalogue.indicators()}
    return {c for c in columns if c in ids or catalogue.find_variable(c) is not None}
