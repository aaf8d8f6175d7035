"""A stand-in for PDOK's Wijk- en Buurtkaart services (OGC API Features and WFS) for :mod:`tests.fake_http`.

Data — real, from ``tests/data/nl`` and the bundled sample (Bron: CBS, CC BY 4.0):

- buurten 2023: the 519 Amsterdam buurten of the sample, which came from the PDOK 2023 WFS
  (camelCase attributes, empty attributes left out as the WFS does);
- gemeenten 2023: the 342 gemeenten (+ Buitenland) of the PDOK 2023 WFS;
- gemeenten 2019, 2022, 2024: codes and names of the real layers (their other attributes were
  renamed by whoever saved them, so they are not served);
- buurten 2019: the national 2019 buurt geometry with ``statcode`` only; buurten 2021: Ermelo
  (WFS 2021 snake_case names, statistics empty). Other collections are empty.

The OGC API follows PDOK's server, gokoala (github.com/PDOK/gokoala, ``internal/ogc/features``);
each behaviour names its source:

- paging by ``cursor`` in the ``next`` link, encoded as gokoala does (base64url of the next fid,
  ``|``, base64url of an FNV-1a checksum of the filtering parameters) — ``domain/cursor.go``,
  ``url.go`` ``toPrevNextURL``/``checksum``; a cursor whose checksum does not match the
  parameters restarts at the first page (``cursor.go`` ``Decode``);
- pages carry ``numberReturned`` and ``links`` but no ``numberMatched`` — ``domain/geojson.go``
  ``FeatureCollection``;
- ``limit`` defaults to 10 and is capped at the server maximum (PDOK 1000; tests may configure a
  smaller one, gokoala allows 100 and more) — ``url.go`` ``ParseLimit``, ``config`` ``Limit``;
- an unknown query parameter is HTTP 400 "unknown query parameter(s) found: x" as an RFC 7807
  problem — ``url.go`` ``validateNoUnknownParams``, ``engine/problems.go``; the known ones are
  ``f limit cursor crs datetime bbox bbox-crs filter filter-crs filter-lang profile`` plus the
  property filters configured for the collection (``featuresKnownParams``);
- ``crs`` must start with ``http://www.opengis.net/def/crs/`` and be one the collection offers,
  else HTTP 400 — ``url.go`` ``ParseCrsToSRID``, the OpenAPI ``crs`` enum; without ``crs`` the
  coordinates are CRS84; the answer has a ``Content-Crs`` header — ``features.go``;
- properties come in alphabetical order with null values included, the ``id`` is the fid as a
  string — ``domain/geojson.go``, ``config`` ``FeatureProperties``;
- the collection's ``/queryables`` (a JSON Schema, ``additionalProperties: false``) lists the
  property filters; it exists only where CQL is enabled (``queryables.go``), so servers without it
  still list the filters as query parameters in the OpenAPI document (``openapi/features.go.json``);
- an unknown collection is HTTP 404 "collection x doesn't exist in this features service"
  (``main.go`` ``handleCollectionNotFound``).

Attribute names on the OGC API are snake_case in 2023-2025 (stored answers, see
``docs``/the project's CBS-PDOK facts). The sample holds the WFS camelCase names, so the fake
renames them: by the catalogue's ``ogc`` names, else by the WFS 2021 snake_case names of the
Ermelo layer (matched without underscores), else by splitting the camelCase words and numbers —
the last rule is an assumption where no OGC answer was at hand. Whether the 2023 collection
has the ``gemeentecode`` filter is unconfirmed; the fake offers it by default and tests switch it
off (``filter_years``) to exercise the fallback.

The WFS follows PDOK's WFS 2.0: ``startIndex``/``count`` paging with ``numberMatched``, at most
1000 per page, ``srsName``, FES 2.0 ``<Filter>`` on ``gemeentecode``, ``propertyName``, typeNames
``wijkenbuurten:<level>`` from 2022, ``wijkenbuurten:cbs_<level>_2021`` for 2021 and
``wijkenbuurten<year>:cbs_<level>_<year>`` before (seen for 2020; 2019 assumed alike).

Hostile modes (``mode``, one at a time, for the tests): ``loop`` (the ``next`` link is the page
itself), ``repeat`` (the cursor is ignored: every page is the first), ``ignore_start`` (the WFS
ignores ``startIndex``), ``lonlat`` (CRS84 coordinates whatever was asked, still labelled
EPSG:28992 on the WFS), ``ignore_filter`` (the OGC API accepts ``gemeentecode`` but answers with
every municipality).
"""

from __future__ import annotations

import base64
import json
import re
import shutil
import tempfile
import threading
from pathlib import Path
from urllib.parse import quote, urlencode

from osgeo import gdal

NL = Path(__file__).resolve().parent / "data" / "nl"
ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "resources" / "sample" / "amsterdam_buurten_2023.gpkg"
CATALOGUE = ROOT / "resources" / "catalogue" / "wijkmonitor_catalogue.json"
RD_URI = "http://www.opengis.net/def/crs/EPSG/0/28992"
CRS84_URI = "http://www.opengis.net/def/crs/OGC/1.3/CRS84"
CRS_PREFIX = "http://www.opengis.net/def/crs/"
KNOWN_PARAMS = {"f", "limit", "cursor", "crs", "datetime", "bbox", "bbox-crs", "filter", "filter-crs", "filter-lang",
                "profile"}
KEY_PROPERTIES = ("gemeentecode", "gemeentenaam")


def _read(path: Path, layer_name: str | None = None, srs: str = "EPSG:28992") -> list[dict]:
    """The features of a file as GeoJSON dicts in ``srs``, empty attributes left out (as the WFS does)."""
    target = f"/vsimem/fake_{path.stem}_{srs.replace(':', '')}.geojson"
    with tempfile.TemporaryDirectory() as tmp:  # read a copy: SQLite may touch a GeoPackage it opens
        copy = Path(tmp) / path.name
        shutil.copy(path, copy)
        gdal.VectorTranslate(target, str(copy), format="GeoJSON", dstSRS=srs,
                             layers=[layer_name] if layer_name else None,
                             layerCreationOptions=["COORDINATE_PRECISION=2" if srs == "EPSG:28992" else
                                                   "COORDINATE_PRECISION=7", "RFC7946=NO"])
    handle = gdal.VSIFOpenL(target, "rb")
    try:
        size = gdal.VSIStatL(target).size
        collection = json.loads(gdal.VSIFReadL(1, size, handle).decode("utf-8"))
    finally:
        gdal.VSIFCloseL(handle)
        gdal.Unlink(target)
    out = []
    for i, feature in enumerate(collection["features"]):
        props = {k: v for k, v in feature["properties"].items() if v is not None and k != "fid"}
        out.append({"type": "Feature", "id": f"{layer_name or path.stem}.{i + 1}", "properties": props,
                    "geometry": feature["geometry"]})
    return out


def _keys_only(features: list[dict]) -> list[dict]:
    return [{**f, "properties": {k: f["properties"][k] for k in KEY_PROPERTIES if k in f["properties"]}}
            for f in features]


def _split_camel(name: str) -> str:
    """``percentagePersonen0Tot15Jaar`` → ``percentage_personen_0_tot_15_jaar`` (the fallback rule)."""
    text = re.sub(r"(?<=[a-z])(?=[A-Z0-9])|(?<=[0-9])(?=[A-Za-z])", "_", name)
    return text.lower()


def snake_names(camel_names) -> dict:
    """camelCase (WFS 2023) → snake_case (OGC API), from the evidence described in the module docstring."""
    catalogue = json.loads(CATALOGUE.read_text(encoding="utf-8"))
    known = {}
    for var in catalogue["variables"].values():
        pdok = var.get("pdok") or {}
        camel = (pdok.get("wfs") or {}).get("2023")
        snake = (pdok.get("ogc") or {}).get("2023")
        if camel and snake:
            known[camel] = snake
    ds = gdal.OpenEx(str(NL / "ermelo_buurten_2021_geometry_only.gpkg"), gdal.OF_VECTOR | gdal.OF_READONLY)
    defn = ds.GetLayer(0).GetLayerDefn()
    ermelo = {defn.GetFieldDefn(i).GetName().replace("_", "").lower(): defn.GetFieldDefn(i).GetName()
              for i in range(defn.GetFieldCount())}
    ds = None
    return {c: known.get(c) or ermelo.get(c.lower()) or _split_camel(c) for c in camel_names}


def sample_columns() -> list[str]:
    ds = gdal.OpenEx(str(SAMPLE), gdal.OF_VECTOR | gdal.OF_READONLY)
    defn = ds.GetLayer(0).GetLayerDefn()
    names = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
    ds = None
    return names


class PdokData:
    """The map layers the fake PDOK serves, built once per test session (the large ones when first asked)."""

    def __init__(self):
        self.gemeenten = _read(NL / "gemeenten_2023_pdok_wfs_wgs84_simplified.geojson")
        self.buurten_2023 = _read(SAMPLE, "buurten")
        self.buurten_2021 = _read(NL / "ermelo_buurten_2021_geometry_only.gpkg", "CBS_Buurten")
        self._lazy: dict = {}
        self._lock = threading.RLock()  # the server answers in threads; GDAL must not build a layer twice at once

    def _get(self, key, make):
        with self._lock:
            if key not in self._lazy:
                self._lazy[key] = make()
            return self._lazy[key]

    def gemeenten_of(self, year: int, srs: str = "EPSG:28992") -> list[dict]:
        path = NL / "gemeenten_2019_2022_2024" / f"gemeenten_{year}.geojson"
        return self._get(("gemeenten", year, srs), lambda: _keys_only(_read(path, srs=srs)))

    def buurten_2019(self) -> list[dict]:
        return self._get(("buurten", 2019), lambda: _read(NL / "buurten_2019" / "buurten_2019_gegeneraliseerd.gpkg",
                                                          "buurten_2019"))

    def wfs_layer(self, year: int, level: str, srs: str = "EPSG:28992"):
        """The WFS features of (year, level); None when the year is not served."""
        if srs != "EPSG:28992":
            return self._get(("wfs", year, level, srs), lambda: self._reprojected(year, level, srs))
        layers = {
            2019: {"gemeenten": lambda: self.gemeenten_of(2019), "wijken": list, "buurten": self.buurten_2019},
            2021: {"gemeenten": list, "wijken": list, "buurten": lambda: self.buurten_2021},
            2022: {"gemeenten": lambda: self.gemeenten_of(2022), "wijken": list, "buurten": list},
            2023: {"gemeenten": lambda: self.gemeenten, "wijken": list, "buurten": lambda: self.buurten_2023},
            2024: {"gemeenten": lambda: self.gemeenten_of(2024), "wijken": list, "buurten": list},
            2025: {"gemeenten": list, "wijken": list, "buurten": list},
        }
        return layers[year][level]() if year in layers else None

    def _reprojected(self, year, level, srs):
        source = {(2023, "buurten"): (SAMPLE, "buurten"),
                  (2023, "gemeenten"): (NL / "gemeenten_2023_pdok_wfs_wgs84_simplified.geojson", None)}.get(
                      (year, level))
        return _read(source[0], source[1], srs) if source else []

    def ogc_layer(self, year: int, level: str, lonlat: bool = False):
        """The OGC API features (snake_case, every property, nulls included, alphabetical); None = no such year."""
        if year < 2023:
            return None
        return self._get(("ogc", year, level, lonlat), lambda: self._ogc(year, level, lonlat))

    def _ogc(self, year, level, lonlat):
        features = self.wfs_layer(year, level, "EPSG:4326" if lonlat else "EPSG:28992")
        if features is None:
            return None
        columns = sample_columns() if (year, level) == (2023, "buurten") else sorted(
            {k for f in features for k in f["properties"]})
        names = snake_names(columns)
        out = []
        for i, feature in enumerate(features):
            props = {names[c]: feature["properties"].get(c) for c in columns}
            props.setdefault("jaar", year)
            out.append({"type": "Feature", "properties": dict(sorted(props.items())), "geometry": feature["geometry"],
                        "id": str(i + 1)})
        return out


_DATA = None


def pdok_data() -> PdokData:
    global _DATA
    if _DATA is None:
        _DATA = PdokData()
    return _DATA


def fnv1a32(data: bytes) -> bytes:
    value = 0x811C9DC5
    for byte in data:
        value = ((value ^ byte) * 0x01000193) & 0xFFFFFFFF
    return value.to_bytes(4, "big")


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def checksum(query: dict) -> bytes:
    """gokoala's checksum over the filtering parameters (all but ``f`` and ``cursor``), sorted by name."""
    values = "".join(query[k] for k in sorted(query) if k not in ("f", "cursor"))
    return fnv1a32(values.encode("utf-8")) if values else b""


def encode_cursor(fid: int, query: dict) -> str:
    fid_bytes = fid.to_bytes(max(1, (fid.bit_length() + 7) // 8), "big")
    return _b64(fid_bytes) + "|" + _b64(checksum(query))


def decode_cursor(cursor: str, query: dict) -> int:
    """The fid a cursor points at; 0 (the first page) when it does not fit the parameters."""
    try:
        fid_part, check_part = cursor.split("|", 1)
        if _unb64(check_part) != checksum(query):
            return 0
        return int.from_bytes(_unb64(fid_part), "big")
    except ValueError:
        return 0


class FakePdok:
    """PDOK OGC API Features and WFS, as a service of :class:`tests.fake_http.FakeHttpServer`.

    Test settings (``reset()`` restores them): ``page_size`` (the server's maximum features per page),
    ``ogc_years`` (years with an OGC API), ``filter_years`` (years whose collections have the
    ``gemeentecode`` property filter), ``queryables`` (whether the server has the queryables
    endpoint), ``advertise`` (years whose queryables and OpenAPI list the filter, to make a server
    that promises more than it accepts), ``mode`` (a hostile mode, see the module docstring).
    """

    def __init__(self, page_size: int = 1000):
        self.data = pdok_data()
        self.default_page_size = page_size
        self.reset()

    def reset(self):
        self.page_size = self.default_page_size
        self.ogc_years = {2023, 2024, 2025}
        self.filter_years = {2023, 2024, 2025}
        self.queryables = True
        self.advertise = None  # years whose queryables/OpenAPI list the filter (None: as filter_years)
        self.mode = None

    def env(self, url: str) -> dict:
        return {"WIJKMONITOR_PDOK_URL": url}

    def handles(self, path: str) -> bool:
        return "/ogc/v1" in path or "/wfs/v1_0" in path

    def handle(self, server, handler, path, query):
        if "/ogc/v1" in path:
            return self._ogc(server, handler, path, query)
        return self._wfs(server, handler, path, query)

    def fault(self, server, handler, fault) -> bool:
        return False

    # -- OGC API Features ---------------------------------------------------------------------
    def _problem(self, server, handler, status, detail):
        title = {400: "Bad Request", 404: "Not Found"}[status]
        return server.send(handler, status, {"title": title, "status": status, "detail": detail,
                                             "timeStamp": "2026-11-27T12:00:00Z"},
                           content_type="application/problem+json")

    def _ogc(self, server, handler, path, query):
        match = re.search(r"/cbs/wijken-en-buurten-(\d{4})/ogc/v1(/.*)?$", path)
        if not match or int(match.group(1)) not in self.ogc_years:
            return server.send_raw(handler, 404, "text/html", b"<html><body>404 page not found</body></html>")
        year, rest = int(match.group(1)), (match.group(2) or "/").rstrip("/") or "/"
        base = f"{server.url}/cbs/wijken-en-buurten-{year}/ogc/v1"
        if rest == "/":
            return server.send(handler, 200, {"title": f"CBS Wijken en Buurten {year}", "links": [
                {"rel": "data", "type": "application/json", "href": f"{base}/collections?f=json"}]})
        if rest == "/api":
            return server.send(handler, 200, self._openapi(year), content_type="application/vnd.oai.openapi+json")
        parts = rest.strip("/").split("/")
        if parts[0] != "collections" or len(parts) < 2:
            return self._problem(server, handler, 404, "not found")
        level = parts[1]
        if level not in ("gemeenten", "wijken", "buurten"):
            return self._problem(server, handler, 404, f"collection {level} doesn't exist in this features service")
        if len(parts) == 2:
            return server.send(handler, 200, self._collection(base, year, level))
        if parts[2] == "queryables":
            if not self.queryables:
                return server.send_raw(handler, 404, "text/plain", b"404 page not found")
            return server.send(handler, 200, self._queryables_doc(base, year, level),
                               content_type="application/schema+json")
        if parts[2] == "items":
            return self._items(server, handler, base, year, level, query)
        return self._problem(server, handler, 404, "not found")

    def _filters(self, year):
        return ["gemeentecode"] if year in self.filter_years else []

    def _advertised(self, year):
        years = self.filter_years if self.advertise is None else self.advertise
        return ["gemeentecode"] if year in years else []

    def _collection(self, base, year, level):
        links = [{"rel": "items", "type": "application/geo+json", "href": f"{base}/collections/{level}/items?f=json"}]
        if self.queryables:
            links.append({"rel": "http://www.opengis.net/def/rel/ogc/1.0/queryables",
                          "type": "application/schema+json", "href": f"{base}/collections/{level}/queryables?f=json"})
        return {"id": level, "title": level, "itemType": "feature", "crs": [CRS84_URI, RD_URI],
                "storageCrs": RD_URI, "links": links}

    def _queryables_doc(self, base, year, level):
        props = {"geometry": {"x-ogc-role": "primary-geometry", "format": "geometry-multipolygon"}}
        props.update({name: {"description": "Filter features by this property", "type": "string"}
                      for name in self._advertised(year)})
        return {"$schema": "https://json-schema.org/draft/2020-12/schema",
                "$id": f"{base}/collections/{level}/queryables", "title": level, "type": "object",
                "properties": props, "additionalProperties": False}

    def _openapi(self, year):
        paths = {}
        for level in ("gemeenten", "wijken", "buurten"):
            params = [{"$ref": f"#/components/parameters/{p}"} for p in ("f", "limit", "crs", "bbox", "cursor")]
            params += [{"name": n, "in": "query", "required": False, "style": "form", "explode": False,
                        "schema": {"type": "string"}} for n in self._advertised(year)]
            paths[f"/collections/{level}/items"] = {"get": {"parameters": params}}
        return {"openapi": "3.0.2", "info": {"title": f"CBS Wijken en Buurten {year}"}, "paths": paths}

    def _items(self, server, handler, base, year, level, query):
        allowed = KNOWN_PARAMS | set(self._filters(year))
        unknown = [k for k in query if k not in allowed]
        if unknown:
            return self._problem(server, handler, 400, f"unknown query parameter(s) found: {unknown[0]}")
        crs = query.get("crs", "")
        if crs and not crs.startswith(CRS_PREFIX):
            return self._problem(server, handler, 400, f"crs param should start with {CRS_PREFIX}, got: {crs}")
        if crs and crs not in (RD_URI, CRS84_URI):
            return self._problem(server, handler, 400, 'request doesn\'t conform to OpenAPI spec: parameter "crs" in '
                                                       'query has an error: value is not one of the allowed values')
        try:
            limit = min(int(query.get("limit", 10)), self.page_size)
        except ValueError:
            return self._problem(server, handler, 400, "limit must be numeric")
        lonlat = not crs or crs == CRS84_URI or self.mode == "lonlat"
        features = self.data.ogc_layer(year, level, lonlat=lonlat) or []
        for name in self._filters(year) if self.mode != "ignore_filter" else []:
            if name in query:
                features = [f for f in features if f["properties"].get(name) == query[name]]
        start_fid = decode_cursor(query.get("cursor", ""), query) if self.mode != "repeat" else 0
        page = [f for f in features if int(f["id"]) >= start_fid][:limit]
        rest = [f for f in features if int(f["id"]) > int(page[-1]["id"])] if page else []
        self_url = f"{base}/collections/{level}/items?" + urlencode(sorted({**query, "f": "json"}.items()),
                                                                      quote_via=quote, safe=":/")
        links = [{"rel": "self", "title": "This document as GeoJSON", "type": "application/geo+json",
                  "href": self_url}]
        if rest:
            if self.mode == "loop":
                next_url = server.url + handler.path
            else:
                params = {**query, "f": "json", "cursor": encode_cursor(int(rest[0]["id"]), query)}
                next_url = f"{base}/collections/{level}/items?" + urlencode(sorted(params.items()),
                                                                            quote_via=quote, safe=":/")
            links.append({"rel": "next", "title": "Next page", "type": "application/geo+json", "href": next_url})
        payload = {"type": "FeatureCollection", "timeStamp": "2026-11-27T12:00:00Z", "links": links,
                   "features": page, "numberReturned": len(page)}
        body = json.dumps(payload).encode("utf-8")
        return server.send_raw(handler, 200, "application/geo+json", body,
                               {"Content-Crs": f"<{RD_URI if not lonlat or self.mode == 'lonlat' else CRS84_URI}>"})

    # -- WFS ------------------------------------------------------------------------------------
    @staticmethod
    def typename(year: int, level: str) -> str:
        if year >= 2022:
            return f"wijkenbuurten:{level}"
        if year == 2021:
            return f"wijkenbuurten:cbs_{level}_{year}"
        return f"wijkenbuurten{year}:cbs_{level}_{year}"

    def _wfs(self, server, handler, path, query):
        year = int(re.search(r"/cbs/wijkenbuurten/(\d{4})/", path).group(1))
        if self.data.wfs_layer(year, "wijken") is None:
            return server.send_raw(handler, 404, "text/html", b"<html><body>404 Not Found</body></html>")
        request = query.get("request", "").lower()
        if request == "getcapabilities":
            names = "".join(f"<wfs:FeatureType><wfs:Name>{self.typename(year, lv)}</wfs:Name><wfs:Title>{lv}"
                            f"</wfs:Title></wfs:FeatureType>" for lv in ("gemeenten", "wijken", "buurten"))
            xml = ('<?xml version="1.0" encoding="UTF-8"?><wfs:WFS_Capabilities version="2.0.0" '
                   'xmlns:wfs="http://www.opengis.net/wfs/2.0"><wfs:FeatureTypeList>' + names +
                   "</wfs:FeatureTypeList></wfs:WFS_Capabilities>")
            return server.send_raw(handler, 200, "text/xml; charset=UTF-8", xml.encode("utf-8"))
        level = next((lv for lv in ("gemeenten", "wijken", "buurten")
                      if query.get("typeNames", "") == self.typename(year, lv)), None)
        if level is None:
            return server.send_raw(handler, 400, "text/xml", b'<ows:ExceptionReport><ows:Exception exceptionCode='
                                                             b'"InvalidParameterValue"/></ows:ExceptionReport>')
        features = self.data.wfs_layer(year, level, "EPSG:4326" if self.mode == "lonlat" else "EPSG:28992")
        literal = re.search(r"<fes:Literal>(.*?)</fes:Literal>", query.get("filter", ""))
        if literal:
            features = [f for f in features if f["properties"].get("gemeentecode") == literal.group(1)
                        or str(f["properties"].get("statcode", "")).startswith(("BU", "WK")) and
                        "GM" + str(f["properties"].get("statcode"))[2:6] == literal.group(1)]
        if query.get("propertyName"):
            keep = query["propertyName"].split(",")
            features = [{**f, "properties": {k: v for k, v in f["properties"].items() if k in keep}} for f in features]
        start = 0 if self.mode == "ignore_start" else int(query.get("startIndex", 0))
        count = min(int(query.get("count", 1000)), self.page_size)
        page = features[start:start + count]
        payload = {"type": "FeatureCollection", "features": page, "totalFeatures": len(features),
                   "numberMatched": len(features), "numberReturned": len(page),
                   "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::28992"}}}
        return server.send(handler, 200, payload)
