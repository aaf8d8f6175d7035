"""wijkmonitor:hotspots — where high (or low) values cluster: Local Moran's I, Getis–Ord Gi*, global Moran's I."""

from __future__ import annotations

import numpy as np
import pandas as pd
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
)

from ..core.contiguity import Neighbours, knn_neighbours
from ..core.errors import WijkmonitorError
from ..core.hotspot_report import interpretation, write_report
from ..core.lisa import CLASSES, NOT_SIGNIFICANT, check_count, hotspots
from ..qgis_adapters.contiguity import AreaGeometries, polygon_neighbour_pairs
from ..qgis_adapters.frames import combined_fields, fields_for_frame, source_to_frame, write_source_with_frame
from ..qgis_adapters.hotspot_style import class_labels, cluster_renderer
from ..qgis_adapters.style import map_language
from ..qgis_adapters.style_outputs import renderer_style
from .base import GROUP_INDEX, WijkmonitorAlgorithm

#: fields that name an area in the report, first present wins
CODE_FIELDS = ("statcode", "buurtcode", "wijkcode", "gemeentecode", "code")
NAME_FIELDS = ("statnaam", "buurtnaam", "wijknaam", "gemeentenaam", "naam", "name")
QUEEN, ROOK, KNN = 0, 1, 2


class HotspotsAlgorithm(WijkmonitorAlgorithm):
    NAME = "hotspots"
    GROUP = GROUP_INDEX
    INPUT = "INPUT"
    FIELD = "FIELD"
    NEIGHBOURS = "NEIGHBOURS"
    K = "K"
    PERMUTATIONS = "PERMUTATIONS"
    SEED = "SEED"
    ALPHA = "ALPHA"
    FDR = "FDR"
    OUTPUT = "OUTPUT"
    REPORT = "REPORT"
    GLOBAL_I = "GLOBAL_I"
    GLOBAL_P = "GLOBAL_P"
    HOTSPOTS = "HOTSPOTS"
    COLDSPOTS = "COLDSPOTS"
    ISLANDS = "ISLANDS"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("Hotspots (where values cluster)")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return self.tr(
            "Finds where high or low values of a field cluster, e.g. where deprived buurten lie next to each other.\n\n"
            "Local Moran's I compares each area's value with the mean of its neighbours (row-standardised: every "
            "neighbour counts equally). Neighbours: queen (polygons share at least a point), rook (they share a "
            "boundary stretch) or the k nearest areas. Significance by conditional permutation: the area's "
            "neighbours are replaced by randomly drawn areas PERMUTATIONS times (seeded, so a run can be "
            "repeated). With the false-discovery-rate option the significance level is lowered "
            "(Benjamini–Hochberg) to allow for testing every area.\n\n"
            "Output fields, added to the input fields: &lt;field&gt;_lisa_i (local Moran's I), &lt;field&gt;_lisa_p "
            "(pseudo p-value), &lt;field&gt;_lisa_class: HH = high among high (hotspot), LL = low among low "
            "(coldspot), HL/LH = an area unlike its neighbours (outlier), ns = not significant; "
            "&lt;field&gt;_gi_z and &lt;field&gt;_gi_p: Getis–Ord Gi* z-score (positive = hot, negative = cold) "
            "and its two-sided p-value. Areas without a value or without neighbours (islands) get NULL and are "
            "listed in the log and the report. The layer is drawn as a cluster map when it is loaded.\n\n"
            "The global Moran's I (one number for the whole pattern) is written to the log and the report."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Areas (wijken, buurten)"), [QgsProcessing.SourceType.TypeVectorAnyGeometry]))
        field = QgsProcessingParameterField(self.FIELD, self.tr("Field to analyse"),
                                            parentLayerParameterName=self.INPUT,
                                            type=QgsProcessingParameterField.DataType.Numeric)
        field.setHelp(self.tr("A numeric field, e.g. index_score of the Achterstandsmonitor or an indicator."))
        self.addParameter(field)
        neighbours = QgsProcessingParameterEnum(
            self.NEIGHBOURS, self.tr("Neighbours"),
            [self.tr("Queen contiguity (polygons share a point)"), self.tr("Rook contiguity (polygons share an edge)"),
             self.tr("k nearest areas (by centroid)")], defaultValue=QUEEN)
        neighbours.setHelp(self.tr("Contiguity needs polygons that touch (the CBS map does); use k nearest areas for "
                                   "points or for areas with gaps between them."))
        self.addParameter(neighbours)
        self.addParameter(QgsProcessingParameterNumber(
            self.K, self.tr("k (number of nearest areas)"), QgsProcessingParameterNumber.Type.Integer, 6, minValue=1,
            maxValue=100))
        self.addParameter(QgsProcessingParameterNumber(
            self.PERMUTATIONS, self.tr("Permutations"), QgsProcessingParameterNumber.Type.Integer, 999, minValue=99,
            maxValue=99999))
        self.addParameter(QgsProcessingParameterNumber(
            self.ALPHA, self.tr("Significance level"), QgsProcessingParameterNumber.Type.Double, 0.05, minValue=0.0001,
            maxValue=0.5))
        fdr = QgsProcessingParameterBoolean(self.FDR, self.tr("Control the false discovery rate (Benjamini–Hochberg)"),
                                            False)
        fdr.setHelp(self.tr("With hundreds of areas, some will look significant by chance at 5%. This lowers the "
                            "level so that at most that share of the reported clusters is expected to be chance."))
        self.addParameter(fdr)
        seed = QgsProcessingParameterNumber(self.SEED, self.tr("Random seed"),
                                            QgsProcessingParameterNumber.Type.Integer, 12345, minValue=0)
        seed.setFlags(seed.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
        self.addParameter(seed)
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Hotspots"), QgsProcessing.SourceType.TypeVectorAnyGeometry))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.REPORT, self.tr("Report"), self.tr("HTML (*.html)"), optional=True, createByDefault=False))
        self.addOutput(QgsProcessingOutputNumber(self.GLOBAL_I, self.tr("Global Moran's I")))
        self.addOutput(QgsProcessingOutputNumber(self.GLOBAL_P, self.tr("Global Moran's I: pseudo p-value")))
        self.addOutput(QgsProcessingOutputNumber(self.HOTSPOTS, self.tr("Areas in hotspots (HH)")))
        self.addOutput(QgsProcessingOutputNumber(self.COLDSPOTS, self.tr("Areas in coldspots (LL)")))
        self.addOutput(QgsProcessingOutputNumber(self.ISLANDS, self.tr("Areas without neighbours")))

    def _neighbours(self, source, fids, mode, k, feedback) -> Neighbours:
        areas = AreaGeometries(source, fids=fids, feedback=feedback)
        empty = areas.empty()
        if mode == KNN:
            if empty:
                raise QgsProcessingException(self.tr(
                    "{n} area(s) have no geometry, so they have no location for k nearest areas (first: feature "
                    "{fid}). Remove them or repair the geometry.").format(n=len(empty), fid=areas.ids[empty[0]]))
            return knn_neighbours(areas.points(), k)
        pairs = polygon_neighbour_pairs(areas, rook=mode == ROOK, feedback=feedback)
        return Neighbours.from_pairs(len(areas.ids), pairs, kind="rook" if mode == ROOK else "queen")

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        field = self.parameterAsFieldName(parameters, self.FIELD, context)
        mode = self.parameterAsEnum(parameters, self.NEIGHBOURS, context)
        k = self.parameterAsInt(parameters, self.K, context)
        permutations = self.parameterAsInt(parameters, self.PERMUTATIONS, context)
        seed = self.parameterAsInt(parameters, self.SEED, context)
        alpha = self.parameterAsDouble(parameters, self.ALPHA, context)
        fdr = self.parameterAsBool(parameters, self.FDR, context)
        names = source.fields().names()
        if mode in (QUEEN, ROOK) and source.wkbType() and "Polygon" not in _geometry_name(source):
            raise QgsProcessingException(self.tr(
                "Contiguity needs polygons; this layer has {kind} geometry. Choose 'k nearest areas'.")
                .format(kind=_geometry_name(source)))
        code = next((f for f in CODE_FIELDS if f in names), None)
        name = next((f for f in NAME_FIELDS if f in names), None)
        frame = source_to_frame(source, field_names=[f for f in dict.fromkeys([field, code, name]) if f],
                                feedback=feedback)
        values = pd.to_numeric(frame[field], errors="coerce")
        has_value = values.notna().to_numpy() & np.isfinite(values.to_numpy(dtype="float64"))
        labels = _labels(frame, code, name)
        no_value = [labels[i] for i in np.flatnonzero(~has_value)]
        if no_value:
            feedback.pushWarning(self.tr("{n} area(s) have no value in {field} and are left out: {areas}").format(
                n=len(no_value), field=field, areas=_first(no_value)))
        fids = frame.index[has_value].tolist()
        if not fids and len(frame) > 0:
            raise QgsProcessingException(self.tr(
                "The field {field} is empty (NULL) in every one of the {n} areas: there is nothing to analyse. "
                "Choose a field with values, or join the figures first.").format(field=field, n=len(frame)))
        feedback.pushInfo(self.tr("Finding neighbours of {n} areas.").format(n=len(fids)))
        try:
            check_count(len(fids))
            weights = self._neighbours(source, fids, mode, k, feedback)
            islands = weights.islands()
            island_labels = [labels[frame.index.get_loc(fids[i])] for i in islands]
            if len(island_labels):
                feedback.pushWarning(self.tr("{n} area(s) have no neighbours (islands) and get no local statistics: "
                                             "{areas}").format(n=len(island_labels), areas=_first(island_labels)))
            if len(fids) and len(islands) == len(fids):
                raise QgsProcessingException(self.tr(
                    "None of the {n} areas has a neighbour: the polygons do not touch (areas far apart or with gaps "
                    "between them). Choose 'k nearest areas' as neighbours.").format(n=len(fids)))
            feedback.pushInfo(self.tr("{pairs} neighbour links; {perm} permutations.").format(
                pairs=len(weights.indices), perm=permutations))

            def progress(share):
                feedback.setProgress(50.0 + 40.0 * share)
                return not feedback.isCanceled()

            result = hotspots(values.to_numpy(dtype="float64")[has_value], weights, permutations, seed, alpha, fdr,
                              feedback=progress)
        except WijkmonitorError as exc:
            raise QgsProcessingException(str(exc)) from exc
        if feedback.isCanceled():
            raise QgsProcessingException(self.tr("Cancelled."))

        local, gi, glob = result.local, result.gi, result.global_
        keep_i = np.where(local.quadrant > 0, local.I, np.nan)
        out = pd.DataFrame({
            f"{field}_lisa_i": keep_i, f"{field}_lisa_p": local.p,
            f"{field}_lisa_class": pd.Series(local.classes, dtype=object).where(pd.notna(local.classes), None).values,
            f"{field}_gi_z": gi.z, f"{field}_gi_p": gi.p}, index=pd.Index(fids, name="fid"))
        aliases = {f"{field}_lisa_i": self.tr("{field} – local Moran's I").format(field=field),
                   f"{field}_lisa_p": self.tr("{field} – LISA p-value").format(field=field),
                   f"{field}_lisa_class": self.tr("{field} – cluster").format(field=field),
                   f"{field}_gi_z": self.tr("{field} – Gi* z-score").format(field=field),
                   f"{field}_gi_p": self.tr("{field} – Gi* p-value").format(field=field)}
        # full precision: the statistics are compared with other tools, and p-values can be very small
        fields = combined_fields(source.fields(), fields_for_frame(out, aliases, {c: 15 for c in out.columns}))
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields, source.wkbType(),
                                             source.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        write_source_with_frame(source, sink, out, fields, feedback)
        self.style_output(dest_id, renderer_style(lambda _layer: cluster_renderer(f"{field}_lisa_class"), aliases))

        counts = {c: int((local.classes == c).sum()) for c in (*CLASSES, NOT_SIGNIFICANT)}
        sentence = interpretation(glob.I, glob.p_sim, alpha)
        feedback.pushInfo(self.tr("Global Moran's I = {i:.4f} (expected {e:.4f}), pseudo p = {p}. {text}").format(
            i=glob.I, e=glob.expected, p="–" if glob.p_sim is None else f"{glob.p_sim:.4f}", text=sentence))
        feedback.pushInfo(self.tr("Clusters: HH {hh}, LL {ll}, HL {hl}, LH {lh}, not significant {ns} (p ≤ {t:.4g})")
                          .format(hh=counts["HH"], ll=counts["LL"], hl=counts["HL"], lh=counts["LH"],
                                  ns=counts["ns"], t=local.threshold))
        results = {self.OUTPUT: dest_id, self.GLOBAL_I: glob.I, self.GLOBAL_P: glob.p_sim,
                   self.HOTSPOTS: counts["HH"], self.COLDSPOTS: counts["LL"], self.ISLANDS: len(island_labels)}
        report_path = self.parameterAsFileOutput(parameters, self.REPORT, context)
        if report_path:
            analysed = [labels[frame.index.get_loc(f)] for f in fids]
            hh = np.flatnonzero(local.classes == "HH")
            top = sorted(hh, key=lambda i: -local.I[i])[:15]
            report = {
                "field": field, "neighbours": self._neighbour_text(mode, k), "permutations": permutations,
                "seed": seed, "alpha": alpha, "fdr": fdr, "threshold": local.threshold,
                "global": {"I": glob.I, "expected": glob.expected, "p_sim": glob.p_sim, "z_sim": glob.z_sim,
                           "interpretation": sentence},
                "classes": counts, "class_labels": class_labels(),
                "gi": {"hot": int(((gi.p <= alpha) & (gi.z > 0)).sum()),
                       "cold": int(((gi.p <= alpha) & (gi.z < 0)).sum())},
                "areas": {"input": len(frame), "analysed": len(fids), "no_value": len(no_value),
                          "islands": len(island_labels)},
                "islands": island_labels, "no_value_examples": no_value[:20],
                "top": [{"area": analysed[i], "value": float(values[has_value].iloc[i]), "I": float(local.I[i]),
                         "p": float(local.p[i])} for i in top]}
            write_report(report, report_path, map_language())
            results[self.REPORT] = report_path
        return results

    def _neighbour_text(self, mode: int, k: int) -> str:
        if mode == KNN:
            return self.tr("the {k} nearest areas").format(k=k)
        return self.tr("rook contiguity") if mode == ROOK else self.tr("queen contiguity")


def _geometry_name(source) -> str:
    from qgis.core import QgsWkbTypes

    return QgsWkbTypes.displayString(source.wkbType())


def _labels(frame: pd.DataFrame, code: str | None, name: str | None) -> list:
    """'BU0363AF08 Burgwallen-Oost' per row (or the feature id), for messages and the report."""
    columns = [frame[c].tolist() for c in (code, name) if c]
    out = []
    for pos, fid in enumerate(frame.index):
        parts = [str(col[pos]) for col in columns if col[pos] is not None and str(col[pos]) not in ("", "nan")]
        out.append(" ".join(parts) if parts else f"#{fid}")
    return out


def _first(items, n: int = 10) -> str:
    more = len(items) - n
    return ", ".join(items[:n]) + (f" (+{more})" if more > 0 else "")
