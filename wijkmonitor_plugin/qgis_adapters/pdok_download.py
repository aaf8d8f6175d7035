"""The CBS neighbourhood map (Wijk- en Buurtkaart) from PDOK OGC API Features or the WFS, page by page.

The URL, paging and GeoJSON rules live in :mod:`..core.pdok`; this module walks the pages
through a :class:`.network.Downloader` and a :class:`.network_sources.PageGuard`, and decides
per collection which filter to use:

- OGC API Features (gokoala) refuses query parameters it was not configured for, so the
  ``gemeentecode`` filter is only sent when the collection's ``queryables`` list it, or — on a
  server without a queryables endpoint — its OpenAPI document does. Otherwise the year is taken
  from the WFS, which filters with FES 2.0 (the documented fallback); the whole country needs no
  filter at all.
- Every page is checked: looping or repeating pages, coordinates outside the Netherlands in
  EPSG:28992 and areas served twice are refused, so nothing wrong is written.

Also here: discovering map years newer than this version knows, and the list of gemeenten of
a year for which none ships with the plugin (downloaded once, kept in the cache folder).
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from pathlib import Path

from qgis.core import QgsSettings

from ..core import cbs_municipalities, pdok
from ..core.files import atomic_write_text
from ..core.http_errors import BadRequestError, NotFoundError, ServiceError, UnreliableAnswerError, check_xml
from ..i18n import translate
from .cache import LISTS
from .network import Downloader, pdok_bases
from .network_sources import PageGuard, Progress, bad_shape, service_names

SETTING_YEARS_FOUND = "wijkmonitor/pdok/years_found"
SETTING_YEARS_CHECKED = "wijkmonitor/pdok/years_checked"
DISCOVERY_INTERVAL_DAYS = 7
DISCOVERY_AHEAD = 3


@dataclass
class MapDownload:
    """The features of one download and the service that gave them (the OGC API may hand over to the WFS)."""

    features: list
    source: str
    notes: list = field(default_factory=list)
    other_areas: int = 0  # features of municipalities not asked for (a service that ignored the filter)


# -- checks shared by both services ------------------------------------------------------------

def _page_features(payload, service: str, url: str, level: str, code, declared: bool) -> tuple[list, int]:
    """(the features of one page of ``code``'s municipality, how many others it held), refusing an answer
    in another CRS."""
    try:
        page = pdok.features_of(payload, service)
    except ValueError as exc:
        raise bad_shape(service, url, exc) from exc
    problem = pdok.crs_problem(page, payload if declared else None)
    if problem:
        raise UnreliableAnswerError(service, url, problem, 200, translate(
            "NetworkSources", "Nothing was written. Check the base URL settings (a mirror may ignore the coordinate "
                              "system asked for) or choose the other PDOK source."))
    kept = pdok.keep_municipalities(page, level, [code] if code else [])
    return kept, len(page) - len(kept)


def _refuse_duplicates(features: list, level: str, service: str, url: str) -> None:
    twice = pdok.duplicate_codes(features, level)
    if twice:
        raise UnreliableAnswerError(service, url, translate(
            "NetworkSources", "the service gave {n} areas more than once (for example {codes}); its paging is "
                              "unreliable").format(n=len(twice), codes=", ".join(twice[:3])), 200, translate(
            "NetworkSources", "Nothing was written. Try again later or choose the other PDOK source."))


# -- OGC API Features ------------------------------------------------------------------------------

def ogc_filter_support(dl: Downloader, base: str, year: int, level: str) -> bool | None:
    """Does the collection take ``gemeentecode=``? From its queryables, else the OpenAPI document;
    None when the service has neither (the year is not served)."""
    service = service_names()["ogc"]
    try:
        queryables = dl.get(pdok.ogc_queryables_url(base, year, level), service)
        return pdok.GEMEENTE_FILTER in pdok.queryable_names(queryables)
    except (NotFoundError, BadRequestError):
        pass  # older gokoala, or no CQL: the OpenAPI document lists the property filters too
    try:
        api = dl.get(pdok.ogc_openapi_url(base, year), service,
                     accept="application/vnd.oai.openapi+json;version=3.0, application/json")
    except NotFoundError:
        return None
    return pdok.GEMEENTE_FILTER in pdok.openapi_filter_names(api, level)


def _bad_request_advice() -> dict:
    return {
        pdok.GEMEENTE_FILTER: translate("NetworkSources", "This year's collection cannot be filtered by municipality: "
                                                          "choose the source PDOK WFS, or leave the municipalities "
                                                          "empty for the whole country."),
        "crs": translate("NetworkSources", "The service does not offer EPSG:28992 for this collection: choose the "
                                           "source PDOK WFS."),
    }


def _not_served_ogc(year: int, url: str, exc: Exception | None = None) -> ServiceError:
    return ServiceError(service_names()["ogc"], url, translate(
        "NetworkSources", "PDOK has no Wijk- en Buurtkaart {year} as OGC API Features").format(year=year), 404,
        translate("NetworkSources", "The OGC API has the years from 2023; choose the source PDOK WFS for earlier "
                                    "years, or another year."), technical=getattr(exc, "technical", ""))


def _ogc_features(dl: Downloader, base: str, year: int, level: str, chunks: list, progress: Progress
                  ) -> tuple[list, int]:
    service = service_names()["ogc"]
    features, others = [], 0
    for code in chunks:
        url = pdok.ogc_items_url(base, year, level, {pdok.GEMEENTE_FILTER: code} if code else None)
        guard = PageGuard(service)
        while url:
            dl.check_canceled()
            try:
                payload = dl.get(url, service)
            except NotFoundError as exc:
                raise _not_served_ogc(year, exc.url, exc) from exc
            except BadRequestError as exc:
                exc.advice = _bad_request_advice().get(exc.parameter, exc.advice)
                raise
            guard.check(url, payload)
            kept, other = _page_features(payload, service, url, level, code, declared=False)
            features += kept
            others += other
            progress.page(guard.pages)
            url = pdok.ogc_next(payload)
        progress.next()
    return features, others


# -- WFS --------------------------------------------------------------------------------------------

def wfs_typename(dl: Downloader, base: str, year: int, level: str) -> str:
    """The WFS typeName of ``level`` in ``year`` (``wijkenbuurten:buurten``, ``…:cbs_buurten_2021``)."""
    service = service_names()["wfs"]
    caps_url = pdok.wfs_capabilities_url(base, year)
    try:
        caps = dl.get(caps_url, service, parse=lambda body, ctype: check_xml(service, caps_url, 200, ctype, body),
                      accept="application/xml")
    except NotFoundError as exc:
        raise ServiceError(service, exc.url, translate(
            "NetworkSources", "PDOK has no Wijk- en Buurtkaart {year} as WFS").format(year=year), 404,
            translate("NetworkSources", "Choose another year, or the CBS Wijk- en Buurtkaart GeoPackage of that year "
                                        "(source 'on disk')."), technical=exc.technical) from exc
    try:
        typename = pdok.wfs_typenames(caps).get(level)
    except Exception as exc:  # noqa: BLE001 (any XML problem is a bad answer)
        raise bad_shape(service, caps_url, exc) from exc
    if not typename:
        raise ServiceError(service, caps_url, translate(
            "NetworkSources", "the WFS offers no layer for {level}").format(level=level), 200)
    return typename


def _wfs_features(dl: Downloader, base: str, year: int, level: str, chunks: list, progress: Progress,
                  property_names=None) -> tuple[list, int]:
    service = service_names()["wfs"]
    typename = wfs_typename(dl, base, year, level)
    features, others = [], 0
    for code in chunks:
        start, guard = 0, PageGuard(service)
        while start is not None:
            dl.check_canceled()
            url = pdok.wfs_getfeature_url(base, year, typename, code, start, property_names=property_names)
            payload = dl.get(url, service)
            guard.check(url, payload)
            if property_names is None:
                kept, other = _page_features(payload, service, url, level, code, declared=True)
                features += kept
                others += other
            else:  # a list of names without geometry
                features += pdok.features_of(payload, service)
            matched = payload.get("numberMatched")
            progress.page(guard.pages, -(-matched // pdok.PAGE_SIZE) if isinstance(matched, int) and matched else None)
            start = pdok.wfs_next_start(payload, start, pdok.PAGE_SIZE)
        progress.next()
    return features, others


# -- the map ------------------------------------------------------------------------------------------

def download_map_features(dl: Downloader, source: str, year: int, level: str, gemeentecodes) -> MapDownload:
    """The GeoJSON features of ``level`` in ``year`` for the municipalities (whole country when empty)."""
    ogc_base, wfs_base = pdok_bases()
    chunks = list(gemeentecodes) or [None]
    progress = Progress(dl.feedback, len(chunks), 0, 80)
    notes = []
    if source == pdok.SOURCE_OGC:
        support = ogc_filter_support(dl, ogc_base, year, level) if gemeentecodes else True
        if support is None:
            raise _not_served_ogc(year, pdok.ogc_service_url(ogc_base, year))
        if support:
            features, others = _ogc_features(dl, ogc_base, year, level, chunks, progress)
            _refuse_duplicates(features, level, service_names()["ogc"], pdok.ogc_service_url(ogc_base, year))
            return MapDownload(features, pdok.SOURCE_OGC, notes, others)
        notes.append(translate("NetworkSources", "The OGC API collection {level} {year} cannot be filtered by "
                                                 "municipality (its queryables do not list gemeentecode); using the "
                                                 "PDOK WFS of {year} instead.").format(level=level, year=year))
        dl.info(notes[-1])
    features, others = _wfs_features(dl, wfs_base, year, level, chunks, progress)
    _refuse_duplicates(features, level, service_names()["wfs"], pdok.wfs_url(wfs_base, year))
    return MapDownload(features, pdok.SOURCE_WFS, notes, others)


def write_feature_collection(features: list, path) -> str:
    """The downloaded features as one GeoJSON file (EPSG:28992) for GDAL to read."""
    text = json.dumps(pdok.feature_collection(features))  # dumps uses the C encoder, dump does not
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(text)
    return str(path)


# -- newer years ---------------------------------------------------------------------------------------

def years_found() -> list[int]:
    """Map years newer than this version knows that PDOK was found to serve."""
    value = QgsSettings().value(SETTING_YEARS_FOUND, [], type=list) or []
    return sorted({int(v) for v in value if str(v).isdigit()})


def newest_year() -> int:
    return pdok.newest_year(years_found())


def discover_newer_years(dl: Downloader, force: bool = False) -> list[int]:
    """Look on PDOK for map years after the newest one known (at most weekly); returns all found.

    A year counts as served when its OGC API landing page answers; the search stops at the first
    year that is not there. Network trouble leaves what was known.
    """
    settings = QgsSettings()
    checked = settings.value(SETTING_YEARS_CHECKED, 0.0, type=float)
    if not force and time.time() - checked < DISCOVERY_INTERVAL_DAYS * 86400:
        return years_found()
    base, _wfs = pdok_bases()
    found = years_found()
    year = pdok.newest_year(found) + 1
    try:
        for _ in range(DISCOVERY_AHEAD):
            dl.get(pdok.ogc_landing_url(base, year), service_names()["ogc"])
            found.append(year)
            dl.info(translate("NetworkSources", "PDOK serves the Wijk- en Buurtkaart {year}.").format(year=year))
            year += 1
    except NotFoundError:
        pass
    except ServiceError as exc:
        dl.debug(exc.detail)
        return years_found()
    settings.setValue(SETTING_YEARS_FOUND, [str(y) for y in sorted(set(found))])
    settings.setValue(SETTING_YEARS_CHECKED, time.time())
    return sorted(set(found))


# -- the gemeenten of a year --------------------------------------------------------------------------

def _lists_folder(dl: Downloader) -> Path:
    return Path(dl.cache.directory) / LISTS


def cached_municipality_lists(dl: Downloader) -> dict:
    """``{year: ((code, name), …)}`` of the lists downloaded before (kept in the cache folder)."""
    out = {}
    folder = _lists_folder(dl)
    for path in sorted(folder.glob("gemeenten_*.json")) if folder.is_dir() else []:
        try:
            year, rows = cbs_municipalities.parse_list(json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError, KeyError, TypeError):
            continue
        out[year] = rows
    return out


def download_municipality_list(dl: Downloader, year: int) -> tuple:
    """The codes and names of the gemeenten of ``year`` from the PDOK WFS (kept for next time)."""
    _ogc_base, wfs_base = pdok_bases()
    progress = Progress(None, 1)
    features, _others = _wfs_features(dl, wfs_base, year, "gemeenten", [None], progress,
                                      property_names=["gemeentecode", "gemeentenaam"])
    rows = sorted({(f["properties"]["gemeentecode"].strip(), str(f["properties"].get("gemeentenaam") or "").strip())
                   for f in features if (f.get("properties") or {}).get("gemeentecode")
                   and f["properties"]["gemeentecode"].strip() != "GM0998"})
    if not rows:
        raise ServiceError(service_names()["wfs"], pdok.wfs_url(wfs_base, year), translate(
            "NetworkSources", "the WFS has no gemeenten for {year}").format(year=year), 200)
    data = {"source": f"CBS Wijk- en Buurtkaart {year}, layer gemeenten, via PDOK WFS {pdok.wfs_url(wfs_base, year)} "
                      f"(codes and names only), downloaded {time.strftime('%Y-%m-%d')}",
            "licence": "CC BY 4.0", "attribution": "Bron: CBS", "year": int(year), "columns": ["code", "name"],
            "municipalities": [list(r) for r in rows]}
    atomic_write_text(_lists_folder(dl) / f"gemeenten_{int(year)}.json", json.dumps(data, ensure_ascii=False))
    return tuple(rows)
