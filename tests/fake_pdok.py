"""A stand-in for PDOK's Wijk- en Buurtkaart services (OGC API Features and WFS) for :mod:`tests.fake_http`.

It answers with real data from ``tests/data/nl`` and the bundled sample (Bron: CBS, CC BY 4.0):
2023 buurten = the Amsterdam sample geometry and attributes (empty attributes left out, as PDOK
does), 2023 gemeenten = the 342 gemeenten (WGS84 file reprojected to EPSG:28992), 2021 buurten =
Ermelo (snake_case names); wijken are empty. OGC API pages by ``links[rel=next]``, the WFS by
``startIndex``/``count``.
"""

from __future__ import annotations

import json
import re
import shutil
import tempfile
from pathlib import Path
from urllib.parse import quote, urlencode

from osgeo import gdal

NL = Path(__file__).resolve().parent / "data" / "nl"
SAMPLE = Path(__file__).resolve().parent.parent / "resources" / "sample" / "amsterdam_buurten_2023.gpkg"


def _features(path: Path, layer_name: str | None = None) -> list[dict]:
    """The features of a file as GeoJSON in EPSG:28992, empty attributes left out (as PDOK does)."""
    target = f"/vsimem/fake_{path.stem}.geojson"
    with tempfile.TemporaryDirectory() as tmp:  # read a copy: SQLite may touch a GeoPackage it opens
        copy = Path(tmp) / path.name
        shutil.copy(path, copy)
        gdal.VectorTranslate(target, str(copy), format="GeoJSON", dstSRS="EPSG:28992",
                             layers=[layer_name] if layer_name else None,
                             layerCreationOptions=["COORDINATE_PRECISION=2"])
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


class PdokData:
    """The map layers the fake PDOK serves, built once per test session."""

    def __init__(self):
        self.gemeenten = _features(NL / "gemeenten_2023_pdok_wfs_wgs84_simplified.geojson")
        self.buurten_2023 = _features(SAMPLE, "buurten")
        self.buurten_2021 = _features(NL / "ermelo_buurten_2021_geometry_only.gpkg", "CBS_Buurten")

    def layer(self, year: int, level: str):
        return {(2023, "buurten"): self.buurten_2023, (2023, "gemeenten"): self.gemeenten,
                (2023, "wijken"): [], (2021, "buurten"): self.buurten_2021,
                (2021, "gemeenten"): [], (2021, "wijken"): []}.get((year, level))


_DATA = None


def pdok_data() -> PdokData:
    global _DATA
    if _DATA is None:
        _DATA = PdokData()
    return _DATA


class FakePdok:
    """PDOK OGC API Features and WFS, as a service of :class:`tests.fake_http.FakeHttpServer`.

    Test setting: ``page_size`` (the server's own maximum features per page).
    """

    def __init__(self, page_size: int = 200):
        self.data = pdok_data()
        self.page_size = page_size

    def reset(self):
        pass

    def env(self, url: str) -> dict:
        return {"WIJKMONITOR_PDOK_URL": url}

    def handles(self, path: str) -> bool:
        return "/ogc/v1/collections/" in path or "/wfs/v1_0" in path

    def handle(self, server, handler, path, query):
        if "/ogc/v1/collections/" in path:
            return self._ogc(server, handler, path, query)
        return self._wfs(server, handler, path, query)

    def fault(self, server, handler, fault) -> bool:
        return False

    def _ogc(self, server, handler, path, query):
        match = re.search(r"/cbs/wijken-en-buurten-(\d{4})/ogc/v1/collections/(\w+)/items", path)
        features = self.data.layer(int(match.group(1)), match.group(2)) if match and int(match.group(1)) >= 2023 \
            else None
        if features is None:
            return server.send(handler, 404, {"code": "NotFound", "description": "collection not found"},
                               content_type="application/problem+json")
        if "gemeentecode" in query:
            features = [f for f in features if f["properties"].get("gemeentecode") == query["gemeentecode"]]
        limit = min(int(query.get("limit", 10)), self.page_size)
        offset = int(query.get("offset", 0))
        page = features[offset:offset + limit]
        links = [{"rel": "self", "type": "application/geo+json", "href": server.url + handler.path}]
        if offset + limit < len(features):
            rest = {k: v for k, v in query.items() if k != "offset"}
            links.append({"rel": "next", "type": "application/geo+json",
                          "href": f"{server.url}{path}?" + urlencode({**rest, "offset": offset + limit},
                                                                     quote_via=quote, safe=":/")})
        payload = {"type": "FeatureCollection", "timeStamp": "2026-11-27T12:00:00Z", "links": links,
                   "numberReturned": len(page), "features": page}
        return server.send(handler, 200, payload, content_type="application/geo+json")

    def _wfs(self, server, handler, path, query):
        year = int(re.search(r"/cbs/wijkenbuurten/(\d{4})/", path).group(1))
        if year not in (2021, 2023):
            return server.send_raw(handler, 404, "text/html", b"<html><body>404 Not Found</body></html>")
        request = query.get("request", "").lower()
        if request == "getcapabilities":
            names = "".join(f"<wfs:FeatureType><wfs:Name>wijkenbuurten:{lv}</wfs:Name><wfs:Title>{lv}</wfs:Title>"
                            f"</wfs:FeatureType>" for lv in ("gemeenten", "wijken", "buurten"))
            xml = ('<?xml version="1.0" encoding="UTF-8"?><wfs:WFS_Capabilities version="2.0.0" '
                   'xmlns:wfs="http://www.opengis.net/wfs/2.0"><wfs:FeatureTypeList>' + names +
                   "</wfs:FeatureTypeList></wfs:WFS_Capabilities>")
            return server.send_raw(handler, 200, "text/xml; charset=UTF-8", xml.encode("utf-8"))
        level = query.get("typeNames", "").split(":")[-1]
        features = self.data.layer(year, level) or []
        literal = re.search(r"<fes:Literal>(.*?)</fes:Literal>", query.get("filter", ""))
        if literal:
            features = [f for f in features if f["properties"].get("gemeentecode") == literal.group(1)]
        start, count = int(query.get("startIndex", 0)), int(query.get("count", 1000))
        page = features[start:start + count]
        payload = {"type": "FeatureCollection", "features": page, "totalFeatures": len(features),
                   "numberMatched": len(features), "numberReturned": len(page),
                   "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::28992"}}}
        return server.send(handler, 200, payload)
