"""A stand-in for CBS OData (v3 ``ODataApi``/``ODataFeed``, the table catalogue and v4) for :mod:`tests.fake_http`.

It answers in the services' formats with real data from ``tests/data/nl`` (Bron: CBS, CC BY 4.0):
CBS table 85984NED (Kerncijfers wijken en buurten 2024) with the real ``DataProperties``,
``TableInfos`` and ``CategoryGroups``, and ``TypedDataSet`` rows with the real 2024 values of
8 variables for all 342 gemeenten and 3,393 wijken. Buurt rows are the 519 Amsterdam buurten
with their values from the bundled Wijk- en Buurtkaart 2023 sample (the same 8 variables under
the 2024 keys), so buurt pages are real numbers too. Codes and strings are padded as CBS pads
them; pages follow ``odata.nextLink``. The same table is offered in the OData v4 shape
(``Observations``, ``MeasureCodes``).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import quote, urlencode

from tests.fake_pdok import pdok_data

NL = Path(__file__).resolve().parent / "data" / "nl"
KWB = NL / "odata_85984NED_kwb2024"
TABLE = "85984NED"
#: the Amsterdam sample's 2023 columns under the 2024 topic keys
BUURT_VALUES = {"AantalInwoners_5": "aantalInwoners", "Mannen_6": "mannen", "Vrouwen_7": "vrouwen",
                "Bevolkingsdichtheid_34": "bevolkingsdichtheidInwonersPerKm2", "Woningvoorraad_35": "woningvoorraad",
                "OppervlakteTotaal_122": "oppervlakteTotaalInHa", "OppervlakteLand_123": "oppervlakteLandInHa",
                "OppervlakteWater_124": "oppervlakteWaterInHa"}


class CbsData:
    """Everything the fake CBS services serve, built once per test session."""

    def __init__(self):
        self.properties = json.loads((KWB / "DataProperties.json").read_text(encoding="utf-8"))
        self.infos = json.loads((KWB / "TableInfos.json").read_text(encoding="utf-8"))
        self.groups = json.loads((KWB / "CategoryGroups.json").read_text(encoding="utf-8"))
        self.topics = [p for p in self.properties if p.get("Type") == "Topic"]
        values = json.loads((KWB / "wijken_gemeenten_2024_8_variables.json").read_text(encoding="utf-8"))
        maps = pdok_data()
        gm_names = {f["properties"]["gemeentecode"]: f["properties"]["gemeentenaam"] for f in maps.gemeenten}
        self.rows, self.titles = [], []
        self._observations = None
        for code, vals in values.items():
            self._add_row(code, gm_names.get("GM" + code[2:6], ""), vals,
                          gm_names.get(code, "") if code.startswith("GM") else "")
        for f in maps.buurten_2023:
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


def cbs_data() -> CbsData:
    global _DATA
    if _DATA is None:
        _DATA = CbsData()
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


class FakeCbs:
    """CBS OData v3, its table catalogue and OData v4, as a service of :class:`tests.fake_http.FakeHttpServer`.

    Test settings: ``page_size`` (rows per page), ``record_limit`` (ODataApi refuses more, as the
    real one does above 10,000), ``v3_missing`` (table ids v3 answers as unknown).
    """

    def __init__(self, page_size: int = 200, record_limit: int = 10000):
        self.data = cbs_data()
        self.page_size = page_size
        self.default_record_limit = record_limit
        self.reset()

    def reset(self):
        self.record_limit = self.default_record_limit
        self.v3_missing: set[str] = set()

    def env(self, url: str) -> dict:
        return {"WIJKMONITOR_CBS_ODATA_URL": f"{url}/ODataApi/odata",
                "WIJKMONITOR_CBS_ODATA4_URL": f"{url}/odata/v1/CBS"}

    def handles(self, path: str) -> bool:
        return path.startswith(("/ODataApi/odata/", "/ODataFeed/odata/", "/ODataCatalog/Tables", "/odata/v1/CBS/"))

    def handle(self, server, handler, path, query):
        if path.startswith("/ODataCatalog/Tables"):
            return self._catalog(server, handler)
        if path.startswith("/odata/v1/CBS/"):
            return self._odata4(server, handler, path, query)
        return self._odata3(server, handler, path, query)

    def fault(self, server, handler, fault) -> bool:
        if fault == "toomany":
            self._too_many(server, handler)
            return True
        return False

    # -- responses -------------------------------------------------------------------------
    def _not_found(self, server, handler):
        server.send(handler, 404, {"odata.error": {"code": "", "message": {"lang": "en-US",
                                                                         "value": "Resource not found."}}})

    def _too_many(self, server, handler):
        server.send(handler, 500, {"odata.error": {"code": "", "message": {
            "lang": "nl-NL", "value": "The query returns more than 10000 records. Use a $filter or the "
                                      "bulk feed (ODataFeed)."}}})

    def _page(self, rows, query, make_next):
        skip = int(query.get("$skip", 0))
        page = rows[skip:skip + self.page_size]
        more = skip + self.page_size < len(rows)
        return page, (make_next(skip + self.page_size) if more else None)

    # -- OData v3 ------------------------------------------------------------------------------
    def _odata3(self, server, handler, path, query):
        parts = path.strip("/").split("/")
        table, entity = parts[2], (parts[3] if len(parts) > 3 else "")
        if table != TABLE or table in self.v3_missing:
            return self._not_found(server, handler)
        source = {"DataProperties": self.data.properties, "TableInfos": self.data.infos,
                  "CategoryGroups": self.data.groups, "TypedDataSet": self.data.rows,
                  "WijkenEnBuurten": self.data.titles}.get(entity)
        if source is None:
            return self._not_found(server, handler)
        keep = odata_filter(query.get("$filter", ""))
        rows = [r for r in source if keep(r)]
        if "$select" in query:
            keys = query["$select"].split(",")
            rows = [{k: r.get(k) for k in keys} for r in rows]
        feed = parts[0] == "ODataFeed"
        if not feed and len(rows) > self.record_limit:
            return self._too_many(server, handler)
        base = f"{server.url}/{parts[0]}/odata/{table}/{entity}"
        rest = {k: v for k, v in query.items() if k != "$skip"}
        page, nxt = self._page(rows, query, lambda s: base + "?" + urlencode({**rest, "$skip": s}, quote_via=quote))
        payload = {"odata.metadata": f"{server.url}/{parts[0]}/odata/{table}/$metadata#Cbs.OData.WebAPI.{entity}",
                   "value": page}
        if nxt:
            payload["odata.nextLink"] = nxt
        return server.send(handler, 200, payload)

    def _catalog(self, server, handler):
        rows = [{"Identifier": ident, "Title": f"Kerncijfers wijken en buurten {year}", "ShortTitle":
                 f"Kerncijfers wijken en buurten {year}", "Period": str(year), "Modified": f"{year + 1}-03-01T02:00:00"}
                for year, ident in ((2022, "85318NED"), (2023, "85618NED"), (2024, "85984NED"))]
        return server.send(handler, 200, {"odata.metadata": f"{server.url}/ODataCatalog/$metadata#Tables",
                                          "value": rows})

    # -- OData v4 ------------------------------------------------------------------------------
    def _odata4(self, server, handler, path, query):
        parts = path.strip("/").split("/")
        table, entity = parts[3], (parts[4] if len(parts) > 4 else "")
        if table != TABLE:
            return self._not_found(server, handler)
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
            return self._not_found(server, handler)
        keep = odata_filter(query.get("$filter", ""))
        rows = [r for r in rows if keep(r)]
        base = f"{server.url}/odata/v1/CBS/{table}/{entity}"
        rest = {k: v for k, v in query.items() if k != "$skip"}
        page, nxt = self._page(rows, query, lambda s: base + "?" + urlencode({**rest, "$skip": s}, quote_via=quote))
        payload = {"@odata.context": f"{base}/$metadata", "value": page}
        if nxt:
            payload["@odata.nextLink"] = nxt
        return server.send(handler, 200, payload)
