"""PDOK Wijk- en Buurtkaart services: years, URLs, paging, filters and GeoJSON checks (no Qt).

OGC API Features (``api.pdok.nl/cbs/wijken-en-buurten-<year>/ogc/v1``, 2023 and later) is
served by PDOK's gokoala: pages are walked by the ``next`` link (a ``cursor``, never an
offset), pages carry ``numberReturned`` but no ``numberMatched``, ``limit`` is capped at the
server's maximum (1000) and **any query parameter the collection does not know is an HTTP
400** ("unknown query parameter(s) found: …"). A property filter such as ``gemeentecode``
exists only where PDOK configured it; the collection's ``queryables`` (or the OpenAPI
document) says so. The ``crs`` must be the URI form; without it coordinates are CRS84.

The WFS (``service.pdok.nl/cbs/wijkenbuurten/<year>/wfs/v1_0``) pages by
``startIndex``/``count`` (at most 1000) and filters only with an FES 2.0 ``<Filter>``.

Features are checked on arrival: only the municipalities asked for are kept, and an answer
whose coordinates are not in the Netherlands' EPSG:28992 range is refused.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from urllib.parse import quote, urlencode

from ..i18n import translate
from . import regions
from .errors import WijkmonitorError

DEFAULT_OGC_URL = "https://api.pdok.nl"
DEFAULT_WFS_URL = "https://service.pdok.nl"
RD_NEW_URI = "http://www.opengis.net/def/crs/EPSG/0/28992"
CRS84_URI = "http://www.opengis.net/def/crs/OGC/1.3/CRS84"
#: gokoala's default and PDOK's maximum features per page; the WFS has the same maximum
PAGE_SIZE = 1000

SOURCE_OGC, SOURCE_WFS, SOURCE_GPKG, SOURCE_SAMPLE = "ogcapi", "wfs", "gpkg", "sample"
SOURCES = (SOURCE_OGC, SOURCE_WFS, SOURCE_GPKG, SOURCE_SAMPLE)

#: the first year of the Wijk- en Buurtkaart Wijkmonitor offers (a CBS GeoPackage works for any year)
FIRST_YEAR = 2017
#: the newest year known when this version was made; newer years are discovered (see
#: :func:`newest_year`) or simply asked for: the service says whether it has them
NEWEST_KNOWN_YEAR = 2025
OGC_FIRST_YEAR = 2023
WFS_FIRST_YEAR = 2019  # seen on PDOK; older years are tried, and a 404 says to use the GeoPackage
#: ``YEAR`` was a list position before it became the calendar year: 0 = 2024, 1 = 2023 … 7 = 2017.
LEGACY_YEAR_LIST = tuple(range(2024, 2016, -1))

#: the property filter used per municipality, where the collection offers it
GEMEENTE_FILTER = "gemeentecode"

#: EPSG:28992 coordinates of the Netherlands (land and territorial sea, with a margin of some km);
#: lon/lat degrees and other systems fall outside
RD_BOUNDS = (-10000.0, 280000.0, 310000.0, 640000.0)


# -- years ---------------------------------------------------------------------------------

def newest_year(discovered=()) -> int:
    """The newest map year: the newest known to this version or found on PDOK since."""
    return max([NEWEST_KNOWN_YEAR, *[int(y) for y in discovered]])


def map_years(discovered=()) -> list[int]:
    """All map years Wijkmonitor offers, newest first."""
    return list(range(newest_year(discovered), FIRST_YEAR - 1, -1))


class YearError(WijkmonitorError, ValueError):
    """A ``YEAR`` that is no year of the Wijk- en Buurtkaart."""


def year_from_parameter(value) -> tuple[int, bool]:
    """(calendar year, True when ``value`` was an old list position).

    ``YEAR`` was an index into the years counted back from 2024 (saved models and batches hold
    ``YEAR=1`` for 2023); those positions keep the year they meant. Other values are years.
    """
    year = int(value)
    if 0 <= year < len(LEGACY_YEAR_LIST):
        return LEGACY_YEAR_LIST[year], True
    if year < FIRST_YEAR or year > 2100:
        raise YearError(translate("Pdok", "{year} is not a year of the Wijk- en Buurtkaart: give a year from {first} "
                                          "(for example {newest}).").format(year=year, first=FIRST_YEAR,
                                                                            newest=NEWEST_KNOWN_YEAR))
    return year, False


def default_source(year: int) -> str:
    """The PDOK service to use for ``year``: OGC API Features where it exists, else the WFS."""
    return SOURCE_OGC if int(year) >= OGC_FIRST_YEAR else SOURCE_WFS


# -- OGC API Features (gokoala) ------------------------------------------------------------

def ogc_service_url(base: str, year: int) -> str:
    return f"{base.rstrip('/')}/cbs/wijken-en-buurten-{int(year)}/ogc/v1"


def ogc_landing_url(base: str, year: int) -> str:
    return ogc_service_url(base, year) + "?f=json"


def ogc_queryables_url(base: str, year: int, level: str) -> str:
    return f"{ogc_service_url(base, year)}/collections/{level}/queryables?f=json"


def ogc_openapi_url(base: str, year: int) -> str:
    return ogc_service_url(base, year) + "/api?f=json"


def ogc_items_url(base: str, year: int, level: str, filters: dict | None = None, limit: int = PAGE_SIZE,
                  crs: str = RD_NEW_URI) -> str:
    """The first page of a collection: JSON, ``limit`` per page, coordinates in ``crs``.

    ``filters`` are property filters (``{"gemeentecode": "GM0363"}``); send only those the
    collection offers (:func:`queryable_names`, :func:`openapi_filter_names`): gokoala answers
    any other parameter with HTTP 400.
    """
    query = {"f": "json", "limit": int(limit), "crs": crs, **(filters or {})}
    return (f"{ogc_service_url(base, year)}/collections/{level}/items?"
            + urlencode(query, quote_via=quote, safe=":/"))


def queryable_names(payload) -> set:
    """The property names a collection's ``queryables`` (a JSON Schema) offers for filtering."""
    props = payload.get("properties") if isinstance(payload, dict) else None
    return set(props) if isinstance(props, dict) else set()


def openapi_filter_names(payload, level: str) -> set:
    """The query parameters the OpenAPI document lists for ``/collections/<level>/items``."""
    paths = payload.get("paths") if isinstance(payload, dict) else None
    if not isinstance(paths, dict):
        return set()
    item = paths.get(f"/collections/{level}/items") or {}
    get = item.get("get") if isinstance(item, dict) else None
    params = (get or {}).get("parameters") or []
    return {p["name"] for p in params if isinstance(p, dict) and p.get("in") == "query" and p.get("name")}


def ogc_next(payload: dict) -> str | None:
    """The ``href`` of the page's ``next`` link (gokoala: a ``cursor``), or None on the last page."""
    for link in payload.get("links") or []:
        if isinstance(link, dict) and link.get("rel") == "next" and link.get("href"):
            return link["href"]
    return None


_REFUSED = (
    re.compile(r"unknown query parameter\(s\) found:\s*([\w\-.:]+)", re.I),
    re.compile(r"parameter \"([\w\-.:]+)\" in query", re.I),
    re.compile(r"^\s*([\w\-]+) param should start with", re.I),
    re.compile(r"^\s*([\w\-]+) must be numeric", re.I),
    re.compile(r"property filter ([\w\-]+) ", re.I),
    re.compile(r"^\s*(bbox|datetime|profile|filter)\b", re.I),
)


def refused_parameter(detail: str) -> str | None:
    """The query parameter a gokoala 400 answer names (``unknown query parameter(s) found: x``)."""
    for pattern in _REFUSED:
        match = pattern.search(detail or "")
        if match:
            return match.group(1)
    return None


# -- WFS -------------------------------------------------------------------------------------

def wfs_url(base: str, year: int) -> str:
    return f"{base.rstrip('/')}/cbs/wijkenbuurten/{int(year)}/wfs/v1_0"


def wfs_capabilities_url(base: str, year: int) -> str:
    return wfs_url(base, year) + "?service=WFS&version=2.0.0&request=GetCapabilities"


def gemeente_filter(gemeentecode: str, property_name: str = GEMEENTE_FILTER) -> str:
    """An OGC filter (FES 2.0) ``<property> = <code>``; the WFS does not take CQL."""
    root = ET.Element("fes:Filter", {"xmlns:fes": "http://www.opengis.net/fes/2.0"})
    cmp_ = ET.SubElement(root, "fes:PropertyIsEqualTo")
    ET.SubElement(cmp_, "fes:ValueReference").text = property_name
    ET.SubElement(cmp_, "fes:Literal").text = gemeentecode
    return ET.tostring(root, encoding="unicode")


def wfs_getfeature_url(base: str, year: int, typename: str, gemeentecode: str | None = None,
                       start: int = 0, count: int = PAGE_SIZE, property_names=None) -> str:
    query = {"service": "WFS", "version": "2.0.0", "request": "GetFeature", "typeNames": typename,
             "outputFormat": "application/json", "srsName": "EPSG:28992", "count": count, "startIndex": start}
    if property_names:
        query["propertyName"] = ",".join(property_names)
    if gemeentecode:
        query["filter"] = gemeente_filter(gemeentecode)
    return wfs_url(base, year) + "?" + urlencode(query, quote_via=quote, safe=":,")


def wfs_typenames(capabilities_xml: str) -> dict:
    """``{level: typeName}`` from WFS capabilities (``wijkenbuurten:buurten``, ``…:cbs_buurten_2021``, …)."""
    root = ET.fromstring(capabilities_xml.encode("utf-8"))
    names = []
    for feature_type in root.iter():
        if feature_type.tag.split("}")[-1] != "FeatureType":
            continue
        for child in feature_type:
            if child.tag.split("}")[-1] == "Name" and child.text and ":" in child.text:
                names.append(child.text.strip())
    out = {}
    for level in regions.LEVELS:
        hits = [n for n in names if n.split(":", 1)[1].lower().rstrip("_0123456789").endswith(level)
                or f"{level}_" in n.split(":", 1)[1].lower()]
        if hits:
            out[level] = sorted(hits, key=len)[0]
    return out


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


# -- GeoJSON ---------------------------------------------------------------------------------

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


def feature_code(feature: dict, level: str) -> str | None:
    """The region code of a feature (``buurtcode``/``wijkcode``/``gemeentecode``, or ``statcode``)."""
    props = feature.get("properties") or {}
    key = {"gemeenten": ("gemeentecode", "gm_code"), "wijken": ("wijkcode", "wk_code"),
           "buurten": ("buurtcode", "bu_code")}[level]
    for name in (*key, "statcode"):
        if props.get(name):
            return regions.normalise_code(props[name], level)
    return None


def keep_municipalities(features: list, level: str, codes) -> list:
    """Only the features of the municipalities ``codes`` (all when ``codes`` is empty)."""
    if not codes:
        return list(features)
    wanted = set(codes)
    return [f for f in features if feature_gemeentecode(f, level) in wanted]


def duplicate_codes(features: list, level: str) -> list[str]:
    """Region codes that occur more than once (a service that repeats pages)."""
    seen, twice = set(), []
    for feature in features:
        code = feature_code(feature, level)
        if code is None:
            continue
        if code in seen and code not in twice:
            twice.append(code)
        seen.add(code)
    return twice


def declared_epsg(payload) -> int | None:
    """The EPSG code a GeoJSON answer names in its ``crs`` member (``urn:ogc:def:crs:EPSG::28992``)."""
    crs = payload.get("crs") if isinstance(payload, dict) else None
    name = ((crs or {}).get("properties") or {}).get("name") if isinstance(crs, dict) else None
    if not name:
        return None
    if "CRS84" in name.upper():
        return 4326
    match = re.search(r"EPSG(?:::|:|/0/)(\d+)", name, re.I)
    return int(match.group(1)) if match else None


def _first_position(coords):
    while isinstance(coords, list) and coords and isinstance(coords[0], list):
        coords = coords[0]
    if isinstance(coords, list) and len(coords) >= 2 and all(isinstance(v, (int, float)) for v in coords[:2]):
        return float(coords[0]), float(coords[1])
    return None


def outside_rd(features: list) -> list:
    """The features whose first vertex lies outside the Netherlands in EPSG:28992 (lon/lat, another CRS)."""
    xmin, ymin, xmax, ymax = RD_BOUNDS
    out = []
    for feature in features:
        position = _first_position((feature.get("geometry") or {}).get("coordinates"))
        if position is None:
            continue
        x, y = position
        if not (xmin <= x <= xmax and ymin <= y <= ymax):
            out.append(feature)
    return out


def crs_problem(features: list, payload=None) -> str | None:
    """Why an answer is not EPSG:28992, or None: a declared other CRS, or coordinates outside the Netherlands."""
    epsg = declared_epsg(payload) if payload is not None else None
    if epsg is not None and epsg != 28992:
        return translate("Pdok", "the answer is in EPSG:{epsg}, not in EPSG:28992 as asked").format(epsg=epsg)
    wrong = outside_rd(features)
    if wrong:
        x, y = _first_position(wrong[0]["geometry"]["coordinates"])
        return translate("Pdok", "{n} of {total} areas have coordinates outside the Netherlands in EPSG:28992 "
                                 "(for example {x:.4g}, {y:.4g}); the service did not answer in the coordinate "
                                 "system asked for").format(n=len(wrong), total=len(features), x=x, y=y)
    return None


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
