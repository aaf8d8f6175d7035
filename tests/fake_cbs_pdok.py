"""A local stand-in for CBS OData (v3 and v4) and PDOK (OGC API Features and WFS) on 127.0.0.1.

A real HTTP server in a thread that answers in the services' formats with real data
from ``tests/data/nl`` (Bron: CBS, CC BY 4.0):

- CBS table 85984NED (Kerncijfers wijken en buurten 2024): the real ``DataProperties``,
  ``TableInfos`` and ``CategoryGroups``, and ``TypedDataSet`` rows with the real 2024
  values of 8 variables for all 342 gemeenten and 3,393 wijken. Buurt rows are the 519
  Amsterdam buurten with their values from the bundled Wijk- en Buurtkaart 2023 sample
  (the same 8 variables under the 2024 keys), so buurt pages are real numbers too.
  Codes and strings are padded as CBS pads them; pages follow ``odata.nextLink``.
  The same table is offered in the OData v4 shape (``Observations``, ``MeasureCodes``).
- PDOK Wijk- en Buurtkaart: 2023 buurten = the Amsterdam sample geometry and attributes
  (empty attributes left out, as PDOK does), 2023 gemeenten = the 342 gemeenten (WGS84
  file reprojected to EPSG:28992), 2021 buurten = Ermelo (snake_case names); wijken are
  empty. OGC API pages by ``links[rel=next]``, the WFS by ``startIndex``/``count``.

Tests inject faults per path (``fail``) and hooks (``on_request``); ``requests`` logs paths.
"""

from __future__ import annotations

import json
import re
import shutil
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, quote, unquote, urlencode, urlsplit

from osgeo import gdal

NL = Path(__file__).resolve().parent / "data" / "nl"
SAMPLE = Path(__file__).resolve().parent.parent / "resources" / "sample" / "amsterdam_buurten_2023.gpkg"
KWB = NL / "odata_85984NED_kwb2024"
TABLE = "85984NED"
#: the Amsterdam sample's 2023 columns under the 2024 topic keys
BUURT_VALUES = {"AantalInwoners_5": "aantalInwoners", "Mannen_6": "mannen", "Vrouwen_7": "vrouwen",
                "Bevolkingsdichtheid_34": "bevolkingsdichtheidInwonersPerKm2", "Woningvoorraad_35": "woningvoorraad",
                "OppervlakteTotaal_122": "oppervlakteTotaalInHa", "OppervlakteLand_123": "oppervlakteLandInHa",
                "OppervlakteWater_124": "oppervlakteWaterInHa"}
HTML_PAGE = (b"<!DOCTYPE html><html><head><title>Onderhoud - PDOK</title></head><body><h1>Gepland onderhoud</h1>"
             b"<p>Deze dienst is tijdelijk niet beschikbaar.</p></body></html>")


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


class Data:
    """Everything the fake services serve, built once per test session."""

    def __init__(self):
        self.properties = json.loads((KWB / "DataProperties.json").read_text(encoding="utf-8"))
        self.infos = json.loads((KWB / "TableInfos.json").read_text(encoding="utf-8"))
        self.groups = json.loads((KWB / "CategoryGroups.json").read_text(encoding="utf-8"))
        self.topics = [p for p in self.properties if p.get("Type") == "Topic"]
        values = json.loads((KWB / "wijken_gemeenten_2024_8_variables.json").read_text(encoding="utf-8"))
        self.gemeenten = _features(NL / "gemeenten_2023_pdok_wfs_wgs84_simplified.geojson")
        gm_names = {f["properties"]["gemeentecode"]: f["properties"]["gemeentenaam"] for f in self.gemeenten}
        self.buurten_2023 = _features(SAMPLE, "buurten")
        self.buurten_2021 = _features(NL / "ermelo_buurten_2021_geometry_only.gpkg", "CBS_Buurten")
        self.rows, self.titles = [], []
        self._observations = None
        for code, vals in values.items():
            self._add_row(code, gm_names.get("GM" + code[2:6], ""), vals,
                          gm_names.get(code, "") if code.startswith("GM") else "")
        for f in self.buurten_2023:
            p = f["properties"]
            self._add_row(p["buurtcode"], p["gemeentenaam"], {k: p.get(v) for k, v in BUURT_VALUES.items()},
                          p.get("buurtnaam") or "")

    def observations(self) -> list[dict]:
        """The table in the OData v4 long format (one row per region and measure with a value)."""
        if self._observations is None:
            out = []
            for r in self.rows:
                for t in self.topics:
                    value = r.get(t["Key"])
                    if value is None:
                        continue
                    string = t.get("Datatype") == "String"
                    out.append({"Id": len(out), "Measure": t["Key"], "ValueAttribute": "None",
                                "Value": None if string else value, "StringValue": value.strip() if string else None,
                                "WijkenEnBuurten": r["WijkenEnBuurten"].strip()})
            self._observations = out
        return self._observations

    def _add_row(self, code, gemeentenaam, vals, title):
        soort = {"GM": "Gemeente", "WK": "Wijk", "BU": "Buurt"}[code[:2]]
        row = {"ID": len(self.rows), "WijkenEnBuurten": code.ljust(10)}
        for topic in self.topics:
            row[topic["Key"]] = None
        row.update({"Gemeentenaam_1": gemeentenaam.ljust(40), "SoortRegio_2": soort.ljust(10),
                    "Codering_3": code.ljust(10), "IndelingswijzigingGemeenteWijkBuurt_4": "1"})
        row.update({k: v for k, v in vals.items() if k in row})
        self.rows.append(row)
        self.titles.append({"Key": code.ljust(10), "Title": title, "Description": None,
                            "CategoryGroupID": None})


_DATA = None


def data() -> Data:
    global _DATA
    if _DATA is None:
        _DATA = Data()
    return _DATA


_STARTSWITH = re.compile(r"startswith\((\w+),'((?:[^']|'')*)'\)")
_EQ = re.compile(r"(\w+) eq '((?:[^']|'')*)'")


def odata_filter(text: str):
    """A predicate for the OData filters the plugin writes (startswith … or …, Measure eq …)."""
    if not text:
        return lambda row: True
    clauses = [c for c in re.split(r"\)\s+and\s+\(", text.strip())]

    def clause_pred(clause):
        starts = _STARTSWITH.findall(clause)
        eqs = _EQ.findall(clause)
        return lambda row: any(str(row.get(k, "")).startswith(v.replace("''", "'")) for k, v in starts) or \
            any(str(row.get(k, "")).strip() == v.replace("''", "'") for k, v in eqs)

    preds = [clause_pred(c) for c in clauses]
    return lambda row: all(p(row) for p in preds)


class FakeServer:
    def __init__(self, page_size: int = 200, record_limit: int = 10000):
        self.data = data()
        self.page_size = page_size
        self.record_limit = record_limit
        self.v3_missing: set[str] = set()
        self.requests: list[str] = []
        self.on_request = None
        self._faults: list[tuple[str, list]] = []
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self):  # noqa: N802 (http.server API)
                server._handle(self)

            def log_message(self, *args):
                pass

        class Server(ThreadingHTTPServer):
            daemon_threads = True

            def handle_error(self, request, client_address):
                pass  # the client gave up (timeout, cancel): nothing to report

        self.httpd = Server(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def env(self) -> dict:
        return {"WIJKMONITOR_CBS_ODATA_URL": f"{self.url}/ODataApi/odata",
                "WIJKMONITOR_CBS_ODATA4_URL": f"{self.url}/odata/v1/CBS",
                "WIJKMONITOR_PDOK_URL": self.url}

    def stop(self):
        self.httpd.shutdown()
        self.httpd.server_close()

    def fail(self, path_contains: str, *actions):
        """The next requests whose path contains ``path_contains`` get ``actions`` in turn:
        an HTTP status (int), 'hang', 'html', 'badjson', 'toomany'."""
        with self._lock:
            self._faults.append((path_contains, list(actions)))

    def hits(self, part: str) -> int:
        return sum(1 for r in self.requests if part in r)

    # -- dispatch ------------------------------------------------------------------------
    def _fault_for(self, target: str):
        with self._lock:
            for i, (part, actions) in enumerate(self._faults):
                if part in target and actions:
                    action = actions.pop(0)
                    if not actions:
                        self._faults.pop(i)
                    return action
        return None

    def _handle(self, handler):
        target = unquote(handler.path)
        self.requests.append(target)
        if self.on_request is not None:
            self.on_request(target)
        fault = self._fault_for(target)
        if fault == "hang":
            time.sleep(4)
            return self._send(handler, 200, {"value": []})
        if fault == "html":
            return self._send_raw(handler, 200, "text/html; charset=utf-8", HTML_PAGE)
        if fault == "badjson":
            return self._send_raw(handler, 200, "application/json", b'{"odata.metadata": "x", "value": [{"ID": 0,')
        if fault == "toomany":
            return self._too_many(handler)
        if isinstance(fault, int):
            return self._send(handler, fault, {"error": f"HTTP {fault}"}, {"Retry-After": "0"} if fault in (429, 503)
                              else None)
        split = urlsplit(handler.path)
        path = unquote(split.path)
        query = {k: v[0] for k, v in parse_qs(split.query, keep_blank_values=True).items()}
        try:
            if path.startswith(("/ODataApi/odata/", "/ODataFeed/odata/")):
                return self._odata3(handler, path, query)
            if path.startswith("/ODataCatalog/Tables"):
                return self._catalog(handler)
            if path.startswith("/odata/v1/CBS/"):
                return self._odata4(handler, path, query)
            if "/ogc/v1/collections/" in path:
                return self._ogc(handler, path, query)
            if "/wfs/v1_0" in path:
                return self._wfs(handler, path, query)
        except BrokenPipeError:
            return None
        return self._not_found(handler)

    # -- responses -------------------------------------------------------------------------
    def _send_raw(self, handler, status, content_type, body: bytes, headers=None):
        handler.send_response(status)
        handler.send_header("Content-Type", content_type)
        handler.send_header("Content-Length", str(len(body)))
        for key, value in (headers or {}).items():
            handler.send_header(key, value)
        handler.end_headers()
        handler.wfile.write(body)

    def _send(self, handler, status, payload, headers=None, content_type="application/json; charset=utf-8"):
        self._send_raw(handler, status, content_type, json.dumps(payload).encode("utf-8"), headers)

    def _not_found(self, handler):
        self._send(handler, 404, {"odata.error": {"code": "", "message": {"lang": "en-US",
                                                                       "value": "Resource not found."}}})

    def _too_many(self, handler):
        self._send(handler, 500, {"odata.error": {"code": "", "message": {
            "lang": "nl-NL", "value": "The query returns more than 10000 records. Use a $filter or the "
                                      "bulk feed (ODataFeed)."}}})

    def _page(self, rows, query, make_next):
        skip = int(query.get("$skip", 0))
        page = rows[skip:skip + self.page_size]
        more = skip + self.page_size < len(rows)
        return page, (make_next(skip + self.page_size) if more else None)

    # -- CBS OData v3 ------------------------------------------------------------------------
    def _odata3(self, handler, path, query):
        parts = path.strip("/").split("/")
        table, entity = parts[2], (parts[3] if len(parts) > 3 else "")
        if table != TABLE or table in self.v3_missing:
            return self._not_found(handler)
        source = {"DataProperties": self.data.properties, "TableInfos": self.data.infos,
                  "CategoryGroups": self.data.groups, "TypedDataSet": self.data.rows,
                  "WijkenEnBuurten": self.data.titles}.get(entity)
        if source is None:
            return self._not_found(handler)
        keep = odata_filter(query.get("$filter", ""))
        rows = [r for r in source if keep(r)]
        if "$select" in query:
            keys = query["$select"].split(",")
            rows = [{k: r.get(k) for k in keys} for r in rows]
        feed = parts[0] == "ODataFeed"
        if not feed and len(rows) > self.record_limit:
            return self._too_many(handler)
        base = f"{self.url}/{parts[0]}/odata/{table}/{entity}"
        rest = {k: v for k, v in query.items() if k != "$skip"}
        page, nxt = self._page(rows, query, lambda s: base + "?" + urlencode({**rest, "$skip": s}, quote_via=quote))
        payload = {"odata.metadata": f"{self.url}/{parts[0]}/odata/{table}/$metadata#Cbs.OData.WebAPI.{entity}",
                   "value": page}
        if nxt:
            payload["odata.nextLink"] = nxt
        return self._send(handler, 200, payload)

    def _catalog(self, handler):
        rows = [{"Identifier": ident, "Title": f"Kerncijfers wijken en buurten {year}", "ShortTitle":
                 f"Kerncijfers wijken en buurten {year}", "Period": str(year), "Modified": f"{year + 1}-03-01T02:00:00"}
                for year, ident in ((2022, "85318NED"), (2023, "85618NED"), (2024, "85984NED"))]
        return self._send(handler, 200, {"odata.metadata": f"{self.url}/ODataCatalog/$metadata#Tables", "value": rows})

    # -- CBS OData v4 ------------------------------------------------------------------------
    def _odata4(self, handler, path, query):
        parts = path.strip("/").split("/")
        table, entity = parts[3], (parts[4] if len(parts) > 4 else "")
        if table != TABLE:
            return self._not_found(handler)
        if entity == "Dimensions":
            rows = [{"Identifier": "WijkenEnBuurten", "Title": "Wijken en buurten", "Kind": "GeoDimension"}]
        elif entity == "MeasureCodes":
            rows = [{"Identifier": t["Key"], "Title": t["Title"].strip(), "Unit": t.get("Unit"),
                     "Decimals": t.get("Decimals"), "DataType": t.get("Datatype"),
                     "Description": t.get("Description")} for t in self.data.topics]
        elif entity == "WijkenEnBuurtenCodes":
            rows = [{"Identifier": t["Key"].strip(), "Title": t["Title"]} for t in self.data.titles]
        elif entity == "Observations":
            rows = self.data.observations()
        else:
            return self._not_found(handler)
        keep = odata_filter(query.get("$filter", ""))
        rows = [r for r in rows if keep(r)]
        base = f"{self.url}/odata/v1/CBS/{table}/{entity}"
        rest = {k: v for k, v in query.items() if k != "$skip"}
        page, nxt = self._page(rows, query, lambda s: base + "?" + urlencode({**rest, "$skip": s}, quote_via=quote))
        payload = {"@odata.context": f"{base}/$metadata", "value": page}
        if nxt:
            payload["@odata.nextLink"] = nxt
        return self._send(handler, 200, payload)

    # -- PDOK ----------------------------------------------------------------------------------
    def _layer(self, year: int, level: str):
        return {(2023, "buurten"): self.data.buurten_2023, (2023, "gemeenten"): self.data.gemeenten,
                (2023, "wijken"): [], (2021, "buurten"): self.data.buurten_2021,
                (2021, "gemeenten"): [], (2021, "wijken"): []}.get((year, level))

    def _ogc(self, handler, path, query):
        match = re.search(r"/cbs/wijken-en-buurten-(\d{4})/ogc/v1/collections/(\w+)/items", path)
        features = self._layer(int(match.group(1)), match.group(2)) if match and int(match.group(1)) >= 2023 \
            else None
        if features is None:
            return self._send(handler, 404, {"code": "NotFound", "description": "collection not found"},
                              content_type="application/problem+json")
        if "gemeentecode" in query:
            features = [f for f in features if f["properties"].get("gemeentecode") == query["gemeentecode"]]
        limit = min(int(query.get("limit", 10)), self.page_size)
        offset = int(query.get("offset", 0))
        page = features[offset:offset + limit]
        links = [{"rel": "self", "type": "application/geo+json", "href": self.url + handler.path}]
        if offset + limit < len(features):
            rest = {k: v for k, v in query.items() if k != "offset"}
            links.append({"rel": "next", "type": "application/geo+json",
                          "href": f"{self.url}{path}?" + urlencode({**rest, "offset": offset + limit},
                                                                   quote_via=quote, safe=":/")})
        payload = {"type": "FeatureCollection", "timeStamp": "2026-11-27T12:00:00Z", "links": links,
                   "numberReturned": len(page), "features": page}
        return self._send(handler, 200, payload, content_type="application/geo+json")

    def _wfs(self, handler, path, query):
        year = int(re.search(r"/cbs/wijkenbuurten/(\d{4})/", path).group(1))
        if year not in (2021, 2023):
            return self._send_raw(handler, 404, "text/html", b"<html><body>404 Not Found</body></html>")
        request = query.get("request", "").lower()
        if request == "getcapabilities":
            names = "".join(f"<wfs:FeatureType><wfs:Name>wijkenbuurten:{lv}</wfs:Name><wfs:Title>{lv}</wfs:Title>"
                            f"</wfs:FeatureType>" for lv in ("gemeenten", "wijken", "buurten"))
            xml = ('<?xml version="1.0" encoding="UTF-8"?><wfs:WFS_Capabilities version="2.0.0" '
                   'xmlns:wfs="http://www.opengis.net/wfs/2.0"><wfs:FeatureTypeList>' + names +
                   "</wfs:FeatureTypeList></wfs:WFS_Capabilities>")
            return self._send_raw(handler, 200, "text/xml; charset=UTF-8", xml.encode("utf-8"))
        level = query.get("typeNames", "").split(":")[-1]
        features = self._layer(year, level) or []
        literal = re.search(r"<fes:Literal>(.*?)</fes:Literal>", query.get("filter", ""))
        if literal:
            features = [f for f in features if f["properties"].get("gemeentecode") == literal.group(1)]
        start, count = int(query.get("startIndex", 0)), int(query.get("count", 1000))
        page = features[start:start + count]
        payload = {"type": "FeatureCollection", "features": page, "totalFeatures": len(features),
                   "numberMatched": len(features), "numberReturned": len(page),
                   "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::28992"}}}
        return self._send(handler, 200, payload)
