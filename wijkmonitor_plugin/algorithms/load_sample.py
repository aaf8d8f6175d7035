"""wijkmonitor:loadsample — the bundled CBS Wijk- en Buurtkaart 2023 of Amsterdam."""

from __future__ import annotations

import pandas as pd
from qgis.core import (
    QgsFeatureRequest,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsVectorLayer,
)

from ..core import regions
from ..i18n import translate
from ..paths import resource, sample_path
from ..qgis_adapters.frames import fields_for_frame, source_to_frame, write_source_with_frame
from ..qgis_adapters.style_outputs import neighbourhood_style
from .base import GROUP_DATA, WijkmonitorAlgorithm

SAMPLE_YEAR = 2023


def open_sample_layer() -> QgsVectorLayer:
    layer = QgsVectorLayer(f"{sample_path()}|layername=buurten", "buurten", "ogr")
    if not layer.isValid():
        raise QgsProcessingException(
            translate("LoadSampleAlgorithm", "The bundled sample {path} could not be opened. "
                      "Reinstall the Wijkmonitor plugin.").format(path=sample_path())
        )
    return layer


def normalised_frame(source, level=None, year=None, feedback=None) -> pd.DataFrame:
    """Key fields (statcode, statnaam, …) followed by every source attribute, sentinels as NULL."""
    frame = source_to_frame(source, feedback=feedback)
    frame = frame.drop(columns=[c for c in ("fid",) if c in frame.columns])
    keys = regions.key_frame(frame, year=year, level=level)
    rest = regions.nullify_sentinels(frame.drop(columns=[c for c in keys.columns if c in frame.columns]))
    return keys.join(rest)


def with_wijk_names(frame: pd.DataFrame) -> pd.DataFrame:
    """The frame with ``wijknaam`` after the key fields: the names of Amsterdam's wijken (CBS, 2024)."""
    path = resource("sample", "amsterdam_wijknamen_2024.csv")
    names = pd.read_csv(path, sep=";", dtype=str, encoding="utf-8").set_index("wijkcode")["wijknaam"]
    position = list(frame.columns).index("jaar") + 1
    out = frame.copy()
    out.insert(position, "wijknaam", out["wijkcode"].map(names).astype(object))
    out["wijknaam"] = out["wijknaam"].where(out["wijknaam"].notna(), None)
    return out


class LoadSampleAlgorithm(WijkmonitorAlgorithm):
    NAME = "loadsample"
    GROUP = GROUP_DATA
    EXCLUDE_WATER = "EXCLUDE_WATER"
    OUTPUT = "OUTPUT"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("Load the Amsterdam sample (buurten 2023)")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return self.tr(
            "Outputs the 519 buurten of Amsterdam from the CBS Wijk- en Buurtkaart 2023 that ship with "
            "the plugin, so everything works offline. The output carries the normalised key fields "
            "statcode, statnaam, gemeentecode, gemeentenaam, wijkcode and jaar, then the wijk's name "
            "(wijknaam), followed by all 200+ CBS Kerncijfers attributes; CBS secrecy codes are NULL. The menu's "
            "'Load Amsterdam sample' gives exactly this layer.\n\n"
            "Source: CBS Wijk- en Buurtkaart 2023 via PDOK; wijk names from CBS Kerncijfers wijken en buurten "
            "2024 (the codes are the same); licence CC BY 4.0 (Bron: CBS)."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        water = QgsProcessingParameterBoolean(
            self.EXCLUDE_WATER, self.tr("Leave out water-only buurten (no land area)"), False
        )
        water.setHelp(self.tr("Skips buurten whose land area is 0 ha, such as 'Groot binnenwater'."))
        self.addParameter(water)
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Buurten Amsterdam 2023"), QgsProcessing.SourceType.TypeVectorPolygon
            )
        )

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        layer = open_sample_layer()
        frame = with_wijk_names(normalised_frame(layer, level="buurten", year=SAMPLE_YEAR, feedback=feedback))
        if self.parameterAsBool(parameters, self.EXCLUDE_WATER, context):
            frame = frame[frame["oppervlakteLandInHa"].fillna(0) > 0]
        fields = fields_for_frame(frame)
        sink, dest_id = self.parameterAsSink(
            parameters, self.OUTPUT, context, fields, layer.wkbType(), layer.sourceCrs()
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        request = QgsFeatureRequest().setFilterFids([int(i) for i in frame.index])
        n = write_source_with_frame(layer, sink, frame, fields, feedback, request, keep_source_attributes=False)
        feedback.pushInfo(self.tr("Wrote {n} buurten.").format(n=n))
        self.style_output(dest_id, neighbourhood_style())
        return {self.OUTPUT: dest_id}
