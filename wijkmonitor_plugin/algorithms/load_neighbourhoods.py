"""wijkmonitor:loadneighbourhoods — the CBS Wijk- en Buurtkaart for any municipality and year."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
from qgis.core import (
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingUtils,
    QgsProperty,
    QgsVectorLayer,
)

from ..core import cbs_municipalities, pdok, regions
from ..core.errors import WijkmonitorError
from ..core.http_errors import ServiceError
from ..paths import sample_path
from ..qgis_adapters.frames import source_to_frame
from ..qgis_adapters.network import Downloader
from ..qgis_adapters.pdok_download import (
    cached_municipality_lists,
    discover_newer_years,
    download_map_features,
    download_municipality_list,
    newest_year,
    write_feature_collection,
)
from ..qgis_adapters.pdok_download_output import OutputError, open_table, prepare, without_fid, write_map
from ..qgis_adapters.style_outputs import neighbourhood_style
from .base import GROUP_DATA, WijkmonitorAlgorithm
from .load_sample import SAMPLE_YEAR

WATER_COLUMNS = ("water", "oppervlaktelandinha", "oppervlakte_land_in_ha", "opp_land")
_GPKG_YEAR = re.compile(r"(?i)wijkbuurtkaart_((?:19|20)\d\d)_v\d+")
_PROVIDER_PREFIX = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:")
_DRIVE = re.compile(r"^[A-Za-z]:[\\/]")


def municipality_codes(text: str, year: int | None = None, extra_lists: dict | None = None,
                       notes: list | None = None) -> list[tuple[str, str | None]]:
    """Codes and names for a municipality parameter in ``year`` (the newest list when None);
    QgsProcessingException for unknown names. Mergers and aliases are added to ``notes``."""
    try:
        return cbs_municipalities.resolve(text, year=year, extra_lists=extra_lists, notes=notes)
    except ValueError as exc:
        raise QgsProcessingException(str(exc)) from exc


def water_mask(frame: pd.DataFrame) -> pd.Series | None:
    """True for water-only areas: ``water`` = JA, else no land area; None when the table cannot tell."""
    lower = {c.lower(): c for c in frame.columns}
    if "water" in lower:
        return frame[lower["water"]].astype(str).str.strip().str.upper().eq("JA")
    for name in WATER_COLUMNS[1:]:
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


def gpkg_year(path: str) -> int | None:
    """The year in a CBS file name ``WijkBuurtkaart_<year>_v<n>.gpkg``."""
    match = _GPKG_YEAR.search(Path(path).name)
    return int(match.group(1)) if match else None


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

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("Load neighbourhood map (CBS Wijk- en Buurtkaart)")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return self.tr(
            "Loads the gemeenten, wijken or buurten of the CBS Wijk- en Buurtkaart for a year, for one or more "
            "municipalities or the whole country, from PDOK (OGC API Features from 2023, or the WFS from 2019), "
            "from a CBS Wijk- en Buurtkaart GeoPackage on disk (any year), or from the bundled Amsterdam sample.\n\n"
            "Year is the calendar year of the map (for example 2024). Models saved before it was a year hold a "
            "list position (0 = 2024, 1 = 2023, … 7 = 2017); those still load the year they meant.\n\n"
            "Municipalities are found by code or name in the list of gemeenten of that year; a former municipality "
            "gives the one it merged into (Uden in 2024 is Maashorst), and the log says so.\n\n"
            "The output is a polygon layer in EPSG:28992 (Amersfoort / RD New) with the normalised key fields "
            "statcode, statnaam, gemeentecode, gemeentenaam, wijkcode (wijken and buurten) and jaar, followed by "
            "every attribute of the source under its own name: snake_case from the OGC API, camelCase from the "
            "2023+ WFS. CBS secrecy codes (-99995, -99997, -99999999) become NULL.\n\n"
            "Downloads go through the QGIS network settings (proxy, authentication) and are cached in the QGIS "
            "profile, so a second run works offline. An interrupted or unreliable download gives no layer.\n\n"
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
        year = QgsProcessingParameterNumber(self.YEAR, self.tr("Year"), QgsProcessingParameterNumber.Type.Integer,
                                            newest_year(), False, 0, 2100)
        year.setHelp(self.tr("The year of the Wijk- en Buurtkaart (2017 or later); boundaries and codes change every "
                             "year. 0-7 are the list positions of older models (0 = 2024 … 7 = 2017)."))
        self.addParameter(year)
        munis = QgsProcessingParameterString(self.MUNICIPALITIES, self.tr("Municipalities (codes or names; empty = "
                                                                          "whole country)"), "", False, True)
        munis.setHelp(self.tr("One or more gemeenten, separated by commas or semicolons: CBS codes (GM0363, 0363) or "
                              "names ('s-Hertogenbosch, Den Bosch, Súdwest-Fryslân). Leave empty for the whole "
                              "country."))
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

    # -- the steps --------------------------------------------------------------------------
    def _year(self, parameters, context, feedback) -> int:
        value = self.parameterAsInt(parameters, self.YEAR, context)
        try:
            year, legacy = pdok.year_from_parameter(value)
        except ValueError as exc:
            raise QgsProcessingException(str(exc)) from exc
        if legacy:
            feedback.pushWarning(self.tr(
                "YEAR={value} is a list position from an older model or batch (0 = 2024 … 7 = 2017): loading {year}, "
                "the year it meant. Save the model again with YEAR={year} to store the year itself.").format(
                    value=value, year=year))
        return year

    def _municipalities(self, text: str, year: int, online: bool, downloader: Downloader, feedback) -> list:
        lists = cached_municipality_lists(downloader)
        has_names = any(not re.fullmatch(r"(?i)(gm)?\s*\d{1,4}", item)
                        for item in cbs_municipalities.split_items(text))
        if has_names and online and year not in lists and year not in cbs_municipalities.shipped_lists():
            try:
                lists[year] = download_municipality_list(downloader, year)
                feedback.pushInfo(self.tr("Downloaded the list of gemeenten {year} ({n}).").format(
                    year=year, n=len(lists[year])))
            except ServiceError as exc:
                feedback.pushInfo(exc.detail)
        notes = []
        chosen = municipality_codes(text, year, lists, notes)
        for note in notes:
            feedback.pushInfo(note)
        return chosen

    def _download(self, source, year, level, chosen, downloader, feedback):
        if source == pdok.SOURCE_OGC and year < pdok.OGC_FIRST_YEAR:
            raise QgsProcessingException(self.tr(
                "PDOK OGC API Features has the Wijk- en Buurtkaart from {first}; for {year} choose the source PDOK WFS "
                "or a CBS GeoPackage.").format(first=pdok.OGC_FIRST_YEAR, year=year))
        codes = [c for c, _ in chosen]
        feedback.pushInfo(self.tr("Downloading {level} {year} for {where}…").format(
            level=level, year=year, where=", ".join(f"{n or c} ({c})" for c, n in chosen) or
            self.tr("the whole country")))
        try:
            download = download_map_features(downloader, source, year, level, codes)
        except WijkmonitorError as exc:
            raise QgsProcessingException(str(exc)) from exc
        if not download.features:
            raise QgsProcessingException(self.tr(
                "PDOK returned no {level} for {where} in {year}. Check the municipality codes and the year "
                "(municipalities merge and get new codes).").format(
                    level=level, where=", ".join(codes) or self.tr("the whole country"), year=year))
        feedback.pushInfo(self.tr("Downloaded {n} features in {requests} request(s), {cached} from the cache.")
                          .format(n=len(download.features), requests=downloader.requests,
                                  cached=downloader.from_cache))
        if download.other_areas:
            feedback.pushWarning(self.tr("The service also sent {n} areas of other municipalities (it ignored the "
                                         "filter); they were left out.").format(n=download.other_areas))
        geojson = QgsProcessingUtils.generateTempFilename(f"wijkmonitor_{level}_{year}.geojson")
        write_feature_collection(download.features, geojson)
        try:
            return prepare(geojson, Path(QgsProcessingUtils.generateTempFilename(f"wijkmonitor_{level}.gpkg")),
                           level)
        except OutputError as exc:
            raise QgsProcessingException(self.tr("The downloaded map could not be read: {error}").format(
                error=exc)) from exc

    def _gpkg_table(self, path: str, level: str):
        if not path:
            raise QgsProcessingException(self.tr("Choose the Wijk- en Buurtkaart GeoPackage for the source "
                                                 "'on disk'."))
        layer = find_gpkg_layer(path, level)
        if layer is None:
            raise QgsProcessingException(self.tr(
                "{path} has no layer with {level}. A CBS Wijk- en Buurtkaart GeoPackage has the layers "
                "gemeenten, wijken and buurten.").format(path=path, level=level))
        name = layer.source().split("layername=")[-1]
        table = open_table(path, name)
        if table is not None:
            return table
        try:  # another CRS, Polygons: a copy in EPSG:28992 first
            return prepare(path, Path(QgsProcessingUtils.generateTempFilename(f"wijkmonitor_{level}.gpkg")), level,
                           source_layer=name)
        except OutputError as exc:
            raise QgsProcessingException(self.tr("{path} could not be read: {error}").format(path=path,
                                                                                             error=exc)) from exc

    def _keys(self, layer, level, frame_year, year, codes, exclude_water, feedback) -> pd.DataFrame:
        names = layer.fields().names()
        wanted = regions.key_source_columns(names) + [n for n in names if n.lower() in WATER_COLUMNS]
        frame = source_to_frame(layer, field_names=wanted, feedback=feedback)
        try:
            keys = regions.key_frame(frame, year=frame_year, level=level)
        except ValueError as exc:
            raise QgsProcessingException(self.tr("The source has no region codes for {level}: {error}").format(
                level=level, error=exc)) from exc
        keys["jaar"] = pd.to_numeric(keys["jaar"], errors="coerce").fillna(year).astype("int64")
        kept = keys["gemeentecode"].isin(codes) if codes else pd.Series(True, index=keys.index)
        if codes and not kept.all():
            feedback.pushInfo(self.tr("{n} of {total} {level} belong to the chosen municipalities; the others are "
                                      "left out.").format(n=int(kept.sum()), total=len(kept), level=level))
        if exclude_water:
            mask = water_mask(frame)
            if mask is None:
                feedback.pushWarning(self.tr("The source has no water flag or land area: nothing left out."))
            else:
                feedback.pushInfo(self.tr("Left out {n} water-only areas.").format(n=int((mask & kept).sum())))
                kept &= ~mask
        return keys[kept]

    def _file_destination(self, parameters, context) -> str | None:
        """The OUTPUT as a plain GeoPackage path (written directly), else None (written through the sink)."""
        value = parameters.get(self.OUTPUT)
        if isinstance(value, QgsProcessingOutputLayerDefinition):
            sink = value.sink
            value = sink.staticValue() if sink.propertyType() == QgsProperty.Type.StaticProperty else None
        text = str(value or "")
        if text == QgsProcessing.TEMPORARY_OUTPUT or "|" in text or not text.lower().endswith(".gpkg"):
            return None
        if _PROVIDER_PREFIX.match(text) and not _DRIVE.match(text):  # ogr:…, memory:…, postgres:…
            return None
        return self.parameterAsOutputLayer(parameters, self.OUTPUT, context)

    def _write(self, parameters, context, table, keys) -> tuple[str, int]:
        destination = self._file_destination(parameters, context)
        try:
            if destination:
                return destination, write_map(table, keys, destination)
            path = QgsProcessingUtils.generateTempFilename("wijkmonitor_map.gpkg")
            n = write_map(table, keys, path)
            path = without_fid(path, QgsProcessingUtils.generateTempFilename("wijkmonitor_map.fgb"))
        except OutputError as exc:
            raise QgsProcessingException(self.tr("The map could not be written: {error}").format(error=exc)) from exc
        layer = QgsVectorLayer(path, "map", "ogr")
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, layer.fields(), layer.wkbType(),
                                             layer.crs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        if not sink.addFeatures(layer.getFeatures(), QgsFeatureSink.Flag.FastInsert):
            raise QgsProcessingException(self.tr("The map could not be written: {error}").format(
                error=sink.lastError() if hasattr(sink, "lastError") else ""))
        return dest_id, n

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        level = regions.LEVELS[self.parameterAsEnum(parameters, self.LEVEL, context)]
        year = self._year(parameters, context, feedback)
        source = pdok.SOURCES[self.parameterAsEnum(parameters, self.SOURCE, context)]
        gpkg = self.parameterAsFile(parameters, self.GPKG, context) if source == pdok.SOURCE_GPKG else ""
        if source == pdok.SOURCE_GPKG and gpkg_year(gpkg or "") and gpkg_year(gpkg) != year:
            feedback.pushInfo(self.tr("{file} is the Wijk- en Buurtkaart {year}.").format(file=Path(gpkg).name,
                                                                                          year=gpkg_year(gpkg)))
            year = gpkg_year(gpkg)
        if source == pdok.SOURCE_SAMPLE:
            if year != SAMPLE_YEAR:
                feedback.pushWarning(self.tr("The bundled sample is the year {year}.").format(year=SAMPLE_YEAR))
            year = SAMPLE_YEAR
        online = source in (pdok.SOURCE_OGC, pdok.SOURCE_WFS)
        downloader = Downloader(feedback, refresh=self.parameterAsBool(parameters, self.REFRESH, context))
        chosen = self._municipalities(self.parameterAsString(parameters, self.MUNICIPALITIES, context), year, online,
                                      downloader, feedback)
        codes = [c for c, _ in chosen]
        frame_year = year
        if online:
            table = self._download(source, year, level, chosen, downloader, feedback)
        elif source == pdok.SOURCE_GPKG:
            table = self._gpkg_table(gpkg, level)
            frame_year = None  # the file says which year it is (jaar, jrstatcode); else the name or YEAR
        else:
            if level != "buurten":
                raise QgsProcessingException(self.tr("The bundled sample has only buurten; choose the level Buurten "
                                                     "or another source."))
            table = open_table(str(sample_path()), "buurten")
        if feedback.isCanceled():
            raise QgsProcessingException(self.tr("Cancelled."))
        layer = QgsVectorLayer(table.uri(), level, "ogr")
        if not layer.isValid():
            raise QgsProcessingException(self.tr("The map could not be read."))
        keys = self._keys(layer, level, frame_year, year, codes,
                          self.parameterAsBool(parameters, self.EXCLUDE_WATER, context), feedback)
        if keys.empty:
            raise QgsProcessingException(self.tr("No {level} of {where} in this source.").format(
                level=level, where=", ".join(codes) or self.tr("the whole country")))
        if feedback.isCanceled():
            raise QgsProcessingException(self.tr("Cancelled."))
        dest_id, n = self._write(parameters, context, table, keys)
        feedback.pushInfo(self.tr("Wrote {n} {level}.").format(n=n, level=level))
        if online:
            discover_newer_years(downloader)
        self.style_output(dest_id, neighbourhood_style())
        return {self.OUTPUT: dest_id}
