"""wijkmonitor:loadneighbourhoods — the CBS Wijk- en Buurtkaart for any municipality and year."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeatureRequest,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
    QgsProcessingUtils,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ..core import cbs_municipalities, pdok, regions
from ..core.http_errors import DownloadCanceledError, ServiceError
from ..qgis_adapters.frames import fields_for_frame, write_source_with_frame
from ..qgis_adapters.network import Downloader
from ..qgis_adapters.pdok_download import download_map_features, write_feature_collection
from .base import GROUP_DATA, WijkmonitorAlgorithm
from .load_sample import SAMPLE_YEAR, normalised_frame, open_sample_layer

RD_NEW = "EPSG:28992"


def municipality_codes(text: str) -> list[tuple[str, str | None]]:
    """Codes and names for a municipality parameter; QgsProcessingException for unknown names."""
    try:
        return cbs_municipalities.resolve(text)
    except ValueError as exc:
        raise QgsProcessingException(str(exc)) from exc


def water_mask(frame: pd.DataFrame) -> pd.Series | None:
    """True for water-only areas: ``water`` = JA, else no land area; None when the table cannot tell."""
    lower = {c.lower(): c for c in frame.columns}
    if "water" in lower:
        return frame[lower["water"]].astype(str).str.strip().str.upper().eq("JA")
    for name in ("oppervlaktelandinha", "oppervlakte_land_in_ha", "opp_land"):
        if name in lower and frame[lower[name]].notna().any():
            return pd.to_numeric(frame[lower[name]], errors="coerce").fillna(0) <= 0
    return None


def find_gpkg_layer(path: str, level: str) -> QgsVectorLayer | None:
    """The layer of ``level`` in a Wijk- en Buurtkaart GeoPackage (``buurten``, ``CBS_Buurten``, ``buurt_2021_v1``)."""
    probe = QgsVectorLayer(path, "probe", "ogr")
    if not probe.isValid():
        return None
    names = [s.split("!!::!!")[1] for s in probe.dataProvider().subLayers() if "!!::!!" in s]
    stem = level[:-2]  # gemeent / wijk / buurt
    candidates = [n for n in names if n.lower() == level] or [n for n in names if stem in n.lower()]
    if level == "wijken":  # "wijkenbuurten" style names are not the wijken layer
        candidates = [n for n in candidates if "buurt" not in n.lower()] or candidates
    if not candidates:
        return None
    layer = QgsVectorLayer(f"{path}|layername={sorted(candidates, key=len)[0]}", level, "ogr")
    return layer if layer.isValid() else None


class LoadNeighbourhoodsAlgorithm(WijkmonitorAlgorithm):
    NAME = "loadneighbourhoods"
    GROUP = GROUP_DATA
    LEVEL = "LEVEL"
    YEAR = "YEAR"
    MUNICIPALITIES = "MUNICIPALITIES"
    SOURCE = "SOURCE"
    GPKG = "GPKG"
    EXCLUDE_WATER = "EXCLUDE_WATER"
    REFRESH = "REFRESH"
    OUTPUT = "OUTPUT"

    YEARS = list(reversed(pdok.MAP_YEARS))  # newest first, so the default is the newest

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("Load neighbourhood map (CBS Wijk- en Buurtkaart)")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return self.tr(
            "Loads the gemeenten, wijken or buurten of the CBS Wijk- en Buurtkaart for a year, for one or more "
            "municipalities or the whole country, from PDOK (OGC API Features from 2023, or the WFS), from a "
            "CBS Wijk- en Buurtkaart GeoPackage on disk, or from the bundled Amsterdam sample.\n\n"
            "The output is a polygon layer in EPSG:28992 (Amersfoort / RD New) with the normalised key fields "
            "statcode, statnaam, gemeentecode, gemeentenaam, wijkcode (wijken and buurten) and jaar, followed by "
            "every attribute of the source. CBS secrecy codes (-99995, -99997, -99999999) become NULL. Old "
            "snake_case (2021) and new camelCase (2023+) field names both work.\n\n"
            "Downloads go through the QGIS network settings (proxy, authentication) and are cached in the QGIS "
            "profile, so a second run works offline. An interrupted download gives no layer.\n\n"
            "Source: CBS Wijk- en Buurtkaart via PDOK, licence CC BY 4.0 (Bron: CBS)."
        )

    def level_names(self):
        return [self.tr("Gemeenten"), self.tr("Wijken"), self.tr("Buurten")]

    def source_names(self):
        return [self.tr("PDOK OGC API Features (2023 and later)"), self.tr("PDOK WFS"),
                self.tr("CBS Wijk- en Buurtkaart GeoPackage on disk"),
                self.tr("Bundled sample (Amsterdam buurten 2023)")]

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.addParameter(QgsProcessingParameterEnum(self.LEVEL, self.tr("Level"), self.level_names(), False, 2))
        year = QgsProcessingParameterEnum(self.YEAR, self.tr("Year"), [str(y) for y in self.YEARS], False, 0)
        year.setHelp(self.tr("The year of the Wijk- en Buurtkaart; boundaries and codes change every year."))
        self.addParameter(year)
        munis = QgsProcessingParameterString(self.MUNICIPALITIES, self.tr("Municipalities (codes or names; empty = "
                                                                          "whole country)"), "", False, True)
        munis.setHelp(self.tr("One or more gemeenten, separated by commas or semicolons: CBS codes (GM0363, 0363) or "
                              "names ('s-Hertogenbosch, Súdwest-Fryslân). Leave empty for the whole country."))
        self.addParameter(munis)
        source = QgsProcessingParameterEnum(self.SOURCE, self.tr("Source"), self.source_names(), False, 0)
        source.setHelp(self.tr("PDOK OGC API Features has the years from 2023; the WFS also older years. A "
                               "GeoPackage is the CBS download WijkBuurtkaart_<year>_v<n>.gpkg."))
        self.addParameter(source)
        gpkg = QgsProcessingParameterFile(self.GPKG, self.tr("Wijk- en Buurtkaart GeoPackage (source 'on disk')"),
                                          QgsProcessingParameterFile.Behavior.File, "gpkg", None, True)
        self.addParameter(gpkg)
        water = QgsProcessingParameterBoolean(self.EXCLUDE_WATER, self.tr("Leave out water-only areas"), False)
        water.setHelp(self.tr("Skips areas flagged water = JA, or with no land area where there is no flag."))
        self.addParameter(water)
        refresh = QgsProcessingParameterBoolean(self.REFRESH, self.tr("Download again (ignore the cache)"), False)
        refresh.setHelp(self.tr("Normally downloads are reused from the Wijkmonitor cache for 30 days."))
        self.addParameter(refresh)
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Neighbourhood map"), QgsProcessing.SourceType.TypeVectorPolygon))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        level = regions.LEVELS[self.parameterAsEnum(parameters, self.LEVEL, context)]
        year = self.YEARS[self.parameterAsEnum(parameters, self.YEAR, context)]
        source = pdok.SOURCES[self.parameterAsEnum(parameters, self.SOURCE, context)]
        chosen = municipality_codes(self.parameterAsString(parameters, self.MUNICIPALITIES, context))
        codes = [c for c, _ in chosen]
        refresh = self.parameterAsBool(parameters, self.REFRESH, context)
        frame_year = year

        if source in (pdok.SOURCE_OGC, pdok.SOURCE_WFS):
            if source == pdok.SOURCE_OGC and year < pdok.OGC_FIRST_YEAR:
                raise QgsProcessingException(self.tr(
                    "PDOK OGC API Features has the Wijk- en Buurtkaart from {first}; for {year} choose the source "
                    "PDOK WFS.").format(first=pdok.OGC_FIRST_YEAR, year=year))
            feedback.pushInfo(self.tr("Downloading {level} {year} for {where}…").format(
                level=level, year=year, where=", ".join(f"{n or c} ({c})" for c, n in chosen) or
                self.tr("the whole country")))
            downloader = Downloader(feedback, refresh=refresh)
            try:
                features = download_map_features(downloader, source, year, level, codes)
            except DownloadCanceledError as exc:
                raise QgsProcessingException(str(exc)) from exc
            except ServiceError as exc:
                raise QgsProcessingException(str(exc)) from exc
            if not features:
                raise QgsProcessingException(self.tr(
                    "PDOK returned no {level} for {where} in {year}. Check the municipality codes and the year "
                    "(municipalities merge and get new codes).").format(
                        level=level, where=", ".join(codes) or self.tr("the whole country"), year=year))
            path = Path(QgsProcessingUtils.generateTempFilename(f"wijkmonitor_{level}_{year}.geojson"))
            write_feature_collection(features, path)
            layer = QgsVectorLayer(str(path), level, "ogr")
            feedback.pushInfo(self.tr("Downloaded {n} features in {requests} request(s), {cached} from the cache.")
                              .format(n=len(features), requests=downloader.requests, cached=downloader.from_cache))
        elif source == pdok.SOURCE_GPKG:
            path = self.parameterAsFile(parameters, self.GPKG, context)
            if not path:
                raise QgsProcessingException(self.tr("Choose the Wijk- en Buurtkaart GeoPackage for the source "
                                                     "'on disk'."))
            layer = find_gpkg_layer(path, level)
            if layer is None:
                raise QgsProcessingException(self.tr(
                    "{path} has no layer with {level}. A CBS Wijk- en Buurtkaart GeoPackage has the layers "
                    "gemeenten, wijken and buurten.").format(path=path, level=level))
            frame_year = None
        else:
            if level != "buurten":
                raise QgsProcessingException(self.tr("The bundled sample has only buurten; choose the level Buurten "
                                                     "or another source."))
            if year != SAMPLE_YEAR:
                feedback.pushWarning(self.tr("The bundled sample is the year {year}.").format(year=SAMPLE_YEAR))
            layer = open_sample_layer()
            frame_year = SAMPLE_YEAR
        if not layer.isValid():
            raise QgsProcessingException(self.tr("The downloaded map could not be read."))
        if feedback.isCanceled():
            raise QgsProcessingException(self.tr("Cancelled."))
        if layer.crs().authid() != RD_NEW:
            import processing

            layer = processing.run("native:reprojectlayer", {
                "INPUT": layer, "TARGET_CRS": QgsCoordinateReferenceSystem(RD_NEW), "OUTPUT": "memory:"},
                context=context)["OUTPUT"]

        try:
            frame = normalised_frame(layer, level=level, year=frame_year, feedback=feedback)
        except ValueError as exc:
            raise QgsProcessingException(self.tr("The source has no region codes for {level}: {error}").format(
                level=level, error=exc)) from exc
        if frame_year is None:
            frame["jaar"] = pd.to_numeric(frame["jaar"], errors="coerce").fillna(year).astype("int64")
        if codes:
            frame = frame[frame["gemeentecode"].isin(codes)]
        if self.parameterAsBool(parameters, self.EXCLUDE_WATER, context):
            mask = water_mask(frame)
            if mask is None:
                feedback.pushWarning(self.tr("The source has no water flag or land area: nothing left out."))
            else:
                frame = frame[~mask]
        if frame.empty:
            raise QgsProcessingException(self.tr("No {level} of {where} in this source.").format(
                level=level, where=", ".join(codes) or self.tr("the whole country")))

        fields = fields_for_frame(frame)
        wkb = QgsWkbTypes.multiType(layer.wkbType()) if layer.wkbType() != QgsWkbTypes.Type.Unknown else \
            QgsWkbTypes.Type.MultiPolygon
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields, wkb,
                                             QgsCoordinateReferenceSystem(RD_NEW))
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        request = QgsFeatureRequest().setFilterFids([int(i) for i in frame.index])
        n = write_source_with_frame(layer, sink, frame, fields, feedback, request, keep_source_attributes=False)
        feedback.pushInfo(self.tr("Wrote {n} {level}.").format(n=n, level=level))
        return {self.OUTPUT: dest_id}
