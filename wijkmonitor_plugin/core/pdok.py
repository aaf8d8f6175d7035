"""PDOK Wijk- en Buurtkaart services: URLs, paging and GeoJSON handling (no Qt).

OGC API Features (``api.pdok.nl/cbs/wijken-en-buurten-<year>/ogc/v1``, 2023 and later)
pages by ``links[rel=next]``; the WFS (``service.pdok.nl/cbs/wijkenbuurten/<year>/wfs/v1_0``)
by ``startIndex``/``count`` with an OGC XML filter per municipality. Both are asked for
EPSG:28992. Features are also checked on the client side, so a service that ignores a
filter still gives only the municipalities asked for.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from urllib.parse import quote, urlencode

from ..i18n import translate
from . import regions

DEFAULT_OGC_URL = "https://api.pdok.nl"
DEFAULT_WFS_URL = "https://service.pdok.nl"
RD_NEW_URI = "http://www.opengis.net/def/crs/EPSG/0/28992"
PAGE_SIZE = 1000

SOURCE_OGC, SOURCE_WFS, SOURCE_GPKG, SOURCE_SAMPLE = "ogcapi", "wfs", "gpkg", "sample"
SOURCES = (SOURCE_OGC, SOURCE_WFS, SOURCE_GPKG, SOURCE_SAMPLE)
#: years of the Wijk- en Buurtkaart on PDOK (WFS); OGC API Features from 2023
MAP_YEARS = tuple(range(2017, 2025))
OGC_FIRST_YEAR = 2023


def ogc_items_url(base: str, year: int, level: str, gemeentecode: str | None = None,
                  limit: int = PAGE_SIZE) -> str:
    query = {"f": "json", "limit": limit, "crs": RD_NEW_URI}
    if gemeentecode:
        query["gemeentecode"] = gemeentecode
    return (f"{base.rstrip('/')}/cbs/wijken-en-buurten-{int(year)}/ogc/v1/collections/{level}/items?"
            + urlencode(query, quote_via=quote, safe=":/"))


def ogc_next(payload: dict) -> str | None:
    for link in payload.get("links") or []:
        if link.get("rel") == "next" and link.get("href"):
            return link["href"]
    return None


def wfs_url(base: str, year: int) -> str:
    return f"{base.rstrip('/')}/cbs/wijkenbuurten/{int(year)}/wfs/v1_0"


def wfs_capabilities_url(base: str, year: int) -> str:
    return wfs_url(base, year) + "?service=WFS&version=2.0.0&request=GetCapabilities"


def gemeente_filter(gemeentecode: str, property_name: str = "gemeentecode") -> str:
    """An OGC filter (FES 2.0) ``<property> = <code>``; the WFS does not take CQL."""
    root = ET.Element("fes:Filter", {"xmlns:fes": "http://www.opengis.net/fes/2.0"})
    cmp_ = ET.SubElement(root, "fes:PropertyIsEqualTo")
    ET.SubElement(cmp_, "fes:ValueReference").text = property_name
    ET.SubElement(cmp_, "fes:Literal").text = gemeentecode
    return ET.tostring(root, encoding="unicode")


def wfs_getfeature_url(base: str, year: int, typename: str, gemeentecode: str | None = None,
                       start: int = 0, count: int = PAGE_SIZE) -> str:
    query = {"service": "WFS", "version": "2.0.0", "request": "GetFeature", "typeNames": typename,
             "outputFormat": "application/json", "srsName": "EPSG:28992", "count": count, "startIndex": start}
    if gemeentecode:
        query["filter"] = gemeente_filter(gemeentecode)
    return wfs_url(base, year) + "?" + urlencode(query, quote_via=quote, safe=":")


def wfs_typenames(capabilities_xml: str) -> dict:
    """``{level: typeName}`` from WFS capabilities (``wijkenbuurten:buurten``, ``…:cbs_buurten_2021``, …)."""
    root = ET.fromstring(capabilities_xml.encode("utf-8"))
    names = [el.text.strip() for el in root.iter() if el.tag.split("}")[-1] == "Name" and el.text
             and el.text.strip() and ":" in el.text and _parent_is_feature_type(root, el)]
    out = {}
    for level in regions.LEVELS:
        hits = [n for n in names if n.split(":", 1)[1].lower().rstrip("_0123456789").endswith(level)
                or f"{level}_" in n.split(":", 1)[1].lower()]
        if hits:
            out[level] = sorted(hits, key=len)[0]
    return out


def _parent_is_feature_type(root, element) -> bool:
    for parent in root.iter():
        if element in list(parent):
            return parent.tag.split("}")[-1] == "FeatureType"
    return False


def wfs_next_start(payload: dict, start: int, count: int) -> int | None:
    """The ``startIndex`` of the next WFS page, or None when this page was the last.

    Servers may return fewer features than asked (their own maximum): with
    ``numberMatched`` the total decides, else a short page is the last one.
    """
    returned = len(payload.get("features") or [])
    if returned == 0:
        return None
    matched = payload.get("numberMatched")
    if isinstance(matched, int):
        return start + returned if start + returned < matched else None
    return start + returned if returned >= count else None


def features_of(payload, service: str = "") -> list:
    """The features of a GeoJSON FeatureCollection; ValueError when it is something else."""
    if isinstance(payload, dict) and isinstance(payload.get("features"), list):
        return payload["features"]
    raise ValueError(translate("Pdok", "the response is not a GeoJSON FeatureCollection{what}").format(
        what=f" ({service})" if service else ""))


def feature_gemeentecode(feature: dict, level: str) -> str | None:
    props = feature.get("properties") or {}
    for key in ("gemeentecode", "gm_code"):
        if props.get(key):
            return regions.normalise_code(props[key], "gemeenten")
    code_key = {"gemeenten": "gemeentecode", "wijken": "wijkcode", "buurten": "buurtcode"}[level]
    return regions.gemeentecode_of(regions.normalise_code(props.get(code_key) or props.get("statcode"), level))


def keep_municipalities(features: list, level: str, codes) -> list:
    """Only the features of the municipalities ``codes`` (all when ``codes`` is empty)."""
    if not codes:
        return list(features)
    wanted = set(codes)
    return [f for f in features if feature_gemeentecode(f, level) in wanted]


def _as_multi(geometry):
    if geometry and geometry.get("type") == "Polygon":
        return {"type": "MultiPolygon", "coordinates": [geometry["coordinates"]]}
    return geometry


def feature_collection(features: list, epsg: int = 28992) -> dict:
    """One GeoJSON FeatureCollection (MultiPolygons, the CRS named) from the downloaded pages."""
    out = []
    for feature in features:
        out.append({"type": "Feature", "properties": feature.get("properties") or {},
                    "geometry": _as_multi(feature.get("geometry"))})
    return {"type": "FeatureCollection", "name": "wijkmonitor",
            "crs": {"type": "name", "properties": {"name": f"urn:ogc:def:crs:EPSG::{epsg}"}}, "features": out}
