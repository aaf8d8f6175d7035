"""The CBS neighbourhood map (Wijk- en Buurtkaart) from PDOK OGC API Features or the WFS, page by page.

The URL, paging and GeoJSON rules live in :mod:`..core.pdok`; this module walks the pages
through a :class:`.network.Downloader`.
"""

from __future__ import annotations

import json

from ..core import pdok
from ..core.http_errors import NotFoundError, ServiceError, check_xml
from ..i18n import translate
from .network import Downloader, pdok_bases
from .network_sources import Progress, bad_shape, service_names


def _take_page(payload, service: str, url: str, level: str, code, features: list, progress, pages: int) -> int:
    """Add the features of one GeoJSON page of ``code``'s municipality; returns the pages read so far."""
    try:
        page = pdok.features_of(payload, service)
    except ValueError as exc:
        raise bad_shape(service, url, exc) from exc
    features.extend(pdok.keep_municipalities(page, level, [code] if code else []))
    pages += 1
    matched = payload.get("numberMatched")
    progress.page(pages, -(-matched // pdok.PAGE_SIZE) if isinstance(matched, int) and matched else None)
    return pages


def download_map_features(dl: Downloader, source: str, year: int, level: str, gemeentecodes) -> list:
    """The GeoJSON features of ``level`` in ``year`` for the municipalities (whole country when empty)."""
    names = service_names()
    ogc_base, wfs_base = pdok_bases()
    chunks = list(gemeentecodes) or [None]
    progress = Progress(dl.feedback, len(chunks), 0, 80)
    features = []
    if source == pdok.SOURCE_OGC:
        for code in chunks:
            url = pdok.ogc_items_url(ogc_base, year, level, code)
            pages = 0
            while url:
                dl.check_canceled()
                try:
                    payload = dl.get(url, names["ogc"])
                except NotFoundError as exc:
                    raise ServiceError(names["ogc"], exc.url, translate(
                        "NetworkSources", "PDOK has no Wijk- en Buurtkaart {year} as OGC API Features").format(
                            year=year), 404, translate(
                        "NetworkSources", "The OGC API has the years from 2023; choose the source PDOK WFS for "
                                          "earlier years, or another year.")) from exc
                pages = _take_page(payload, names["ogc"], url, level, code, features, progress, pages)
                url = pdok.ogc_next(payload)
            progress.next()
        return features
    caps_url = pdok.wfs_capabilities_url(wfs_base, year)
    try:
        caps = dl.get(caps_url, names["wfs"], parse=lambda body, ctype: check_xml(names["wfs"], caps_url, 200,
                                                                                   ctype, body),
                      accept="application/xml")
    except NotFoundError as exc:
        raise ServiceError(names["wfs"], exc.url, translate(
            "NetworkSources", "PDOK has no Wijk- en Buurtkaart {year} as WFS").format(year=year), 404,
            translate("NetworkSources", "Choose another year.")) from exc
    try:
        typename = pdok.wfs_typenames(caps).get(level)
    except Exception as exc:  # noqa: BLE001 (any XML problem is a bad answer)
        raise bad_shape(names["wfs"], caps_url, exc) from exc
    if not typename:
        raise ServiceError(names["wfs"], caps_url, translate(
            "NetworkSources", "the WFS offers no layer for {level}").format(level=level), 200)
    for code in chunks:
        start = 0
        pages = 0
        while start is not None:
            dl.check_canceled()
            url = pdok.wfs_getfeature_url(wfs_base, year, typename, code, start)
            payload = dl.get(url, names["wfs"])
            pages = _take_page(payload, names["wfs"], url, level, code, features, progress, pages)
            start = pdok.wfs_next_start(payload, start, pdok.PAGE_SIZE)
        progress.next()
    return features


def write_feature_collection(features: list, path) -> str:
    """The downloaded features as one GeoJSON file (EPSG:28992) for OGR to read."""
    text = json.dumps(pdok.feature_collection(features))  # dumps uses the C encoder, dump does not
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(text)
    return str(path)
