"""A stand-in for CBS OData (v3 on both CBS hosts, their table catalogues, and v4) for :mod:`tests.fake_http`.

It serves real published figures from ``tests/data/nl`` (Bron: CBS, CC BY 4.0; police figures
"Politie via CBS"; health monitor "GGD'en, CBS en RIVM") in the services' formats. Which evidence
each behaviour follows (files in ``tests/data/nl``, the maintained clients ``cbsodata`` (Python)
and ``cbsodataR``/``cbsodata4`` (R), and public code that calls the real services):

- **Two hosts, one shape.** ``opendata.cbs.nl`` serves CBS's own tables, ``dataderden.cbs.nl``
  the tables CBS publishes for third parties, both as OData v3 (``/ODataApi/odata/<id>/<entity>``,
  bulk ``/ODataFeed/odata/<id>``, catalogue ``/ODataCatalog/Tables``) — cbsodataR
  ``get_base_url``/``cbs_get_datasets`` switch the base URL per catalogue and read both catalogues;
  its vignette lists the catalogues (``CBS``, ``RIVM``, ``Politie``, …), which are the ``Catalog``
  field of a table's entry (also in the real ``TableInfos.json`` of 85984NED). A table asked on the
  host that does not serve it answers 404 "Resource not found", as an unknown table does. Here the
  dataderden host lives under the path prefix ``/dataderden`` of the same local server.
- **Kerncijfers 2024 (85984NED, opendata)**: the real ``DataProperties``, ``TableInfos`` and
  ``CategoryGroups``, and ``TypedDataSet`` rows with the real 2024 values of 8 variables for all
  342 gemeenten and 3,393 wijken; buurt rows are the 519 Amsterdam buurten with their values from
  the bundled Wijk- en Buurtkaart 2023 sample (the same 8 variables under the 2024 keys).
- **GGD health monitor 50090NED (dataderden, RIVM)**: the real ``TypedDataSet`` rows of
  ``rivm_gezondheid_50090NED/`` for the Netherlands and Amsterdam (1 GM, 99 WK, 479 BU on 2020
  codes): ``ID``, ``Leeftijd``, ``Marges``, ``WijkenEnBuurten`` (padded to 10), ``Perioden``,
  ``Gemeentenaam_1`` (padded to 40), ``SoortRegio_2``, ``Codering_3`` (padded to 20) and 35
  indicators; the stored right-aligned strings are served as numbers, ``.`` (suppressed) and empty
  (not asked) as ``null``, as a typed OData answer does. One row per region and combination of
  ``Leeftijd`` × ``Marges`` × ``Perioden``; the row ``ID`` follows the real numbering (the stored
  IDs show 3 ``Marges`` values: 17,341 regions × 3 periods × 3 margins per age group). Age groups
  ``20300`` "18 jaar of ouder", ``53115`` "18 tot 65 jaar", ``80200`` "65 jaar of ouder" and margins
  ``MW00000`` "Waarde", ``MOG0095`` "Ondergrens 95%-interval", ``MBG0095`` "Bovengrens 95%-interval"
  as public code that reads 50120NED lists them. Not in the stored files, so **stand-ins**: the
  margin bounds are the value − 5 and + 5 (so a test can tell a bound from the value), the 2020
  18-64 figures are ``null`` (that file is missing), the topic titles are made from the keys
  (``ErvarenGezondheidGoedZeerGoed_4`` → "Ervaren gezondheid goed zeer goed"), the unit is "%".
  Buurt names come from the Kerncijfers 2020 export of Amsterdam (same 2020 codes).
- **GGD health monitor 50150NED (dataderden)**: perceived health 18+ (``GoedErvarenGezondheid_4``,
  the key in ``national_2024/field_sources.csv``) per Amsterdam buurt and the gemeente for 2012,
  2016, 2020, 2022 and 2024 from ``national_2024/``, in the 50090NED shape (dimensions ``Leeftijd``,
  ``Marges``, ``Perioden``; the filter ``Leeftijd eq '20300' and Marges eq 'MW00000' and Perioden eq
  '2024JJ00'`` is how public code reads it). Stand-ins: other age groups ``null``, bounds ∓ 5,
  wijk rows ``null`` (the stored file has no wijk figures).
- **Police crime 47018NED (dataderden, Politie)**: registered crime per year for Amsterdam buurten
  and the gemeente, 2021-2025, total of all offences (``SoortMisdrijf`` ``'0.0.0 '`` "Totaal
  misdrijven") from ``national_2024/`` (there the sum of the 12 months of 47022NED: the annual
  table counting the same registrations is an assumption, not checked against a stored 47018NED
  answer). Shape after a real 47022NED feed entry (``ID``, ``SoortMisdrijf`` padded to 6,
  ``WijkenEnBuurten`` padded to 10, ``Perioden``, ``GeregistreerdeMisdrijven_1`` as Edm.Int32, no
  region detail topics) and public code reading 47018NED (``Perioden`` ``2025JJ00``, keys with a
  trailing space that filters must repeat, titles such as "1.1.1 Diefstal/inbraak woning" as
  cbsodataR labels them). Stand-ins: the other offence types and the wijk rows are ``null``.
- **Filters** are evaluated as OData v3 does: ``and`` before ``or``, parentheses, ``startswith``,
  ``substringof`` and ``eq`` comparing the padded value exactly. ``ODataApi`` refuses more than
  ``record_limit`` records (HTTP 500, as the real one above 10,000); ``ODataFeed`` does not.
  Pages follow ``odata.nextLink``.
- **OData v4** (``/odata/v1/CBS/<id>``): 85984NED with measures named by their opaque codes as
  public code reads them from the real service (``T001036`` aantal inwoners, ``3000`` mannen,
  ``4000`` vrouwen, ``M000100`` bevolkingsdichtheid, ``M000297`` woningvoorraad); ``Dimensions``
  with ``Kind``, ``MeasureCodes`` with ``Identifier``, ``Title``, ``Unit``, ``Decimals``,
  ``DataType`` (cbsodata4); the area measures, whose codes are unknown, are left out.
"""

from __future__ import annotations

import csv
import gzip
import json
import re
from pathlib import Path
from urllib.parse import quote, urlencode

from tests.fake_pdok import pdok_data

NL = Path(__file__).resolve().parent / "data" / "nl"
KWB = NL / "odata_85984NED_kwb2024"
RIVM = NL / "rivm_gezondheid_50090NED"
NATIONAL = NL / "national_2024" / "nl_gm_wk_bu_2024_kwb18_misdrijven_2021_2025_gezondheid.csv"
AMSTERDAM_2020 = NL / "amsterdam_2020_2024" / "Kerncijfers_wijken_en_buurten_2020.csv"
TABLE = "85984NED"
#: the Amsterdam sample's 2023 columns under the 2024 topic keys
BUURT_VALUES = {"AantalInwoners_5": "aantalInwoners", "Mannen_6": "mannen", "Vrouwen_7": "vrouwen",
                "Bevolkingsdichtheid_34": "bevolkingsdichtheidInwonersPerKm2", "Woningvoorraad_35": "woningvoorraad",
                "OppervlakteTotaal_122": "oppervlakteTotaalInHa", "OppervlakteLand_123": "oppervlakteLandInHa",
                "OppervlakteWater_124": "oppervlakteWaterInHa"}
#: OData v4 measure codes of 85984NED as the real service names them
V4_MEASURES = {"AantalInwoners_5": "T001036", "Mannen_6": "3000", "Vrouwen_7": "4000",
               "Bevolkingsdichtheid_34": "M000100", "Woningvoorraad_35": "M000297"}
AMSTERDAM = ("GM0363", "WK0363", "BU0363")
#: the stored 50090NED files: (period, Leeftijd) -> file
RIVM_FILES = {("2012JJ00", "20300"): "2012_18+.csv.gz", ("2012JJ00", "53115"): "2012_18_65.csv.gz",
              ("2012JJ00", "80200"): "2012_65+.csv.gz", ("2016JJ00", "20300"): "2016_18+.csv.gz",
              ("2016JJ00", "53115"): "2016_18_65.csv.gz", ("2016JJ00", "80200"): "2016_65+.csv.gz",
              ("2020JJ00", "20300"): "RIVM_gezondheid2020_18+.csv.gz",
              ("2020JJ00", "80200"): "RIVM_gezondheid2020_65+.csv.gz"}
AGES = [("20300", "18 jaar of ouder"), ("53115", "18 tot 65 jaar"), ("80200", "65 jaar of ouder")]
MARGINS = [("MW00000", "Waarde"), ("MOG0095", "Ondergrens 95%-interval"), ("MBG0095", "Bovengrens 95%-interval")]
#: stand-in distance of the margin bounds from the value (the real bounds are not stored)
BOUND = 5.0
#: offence types with the titles cbsodataR shows for the real police table; only the total has figures here
OFFENCES = [("0.0.0 ", "Totaal misdrijven"), ("1.1.1 ", "1.1.1 Diefstal/inbraak woning"),
            ("1.2.1 ", "1.2.1 Diefstal uit/vanaf motorvoertuigen"),
            ("1.2.3 ", "1.2.3 Diefstal van brom-, snor-, fietsen"), ("1.3.1 ", "1.3.1 Ongevallen (weg)"),
            ("1.4.5 ", "1.4.5 Mishandeling"), ("1.6.2 ", "1.6.2 Overige vermogensdelicten"),
            ("2.2.1 ", "2.2.1 Vernieling cq. zaakbeschadiging"), ("2.5.2 ", "2.5.2 Winkeldiefstal"),
            ("3.9.1 ", "3.9.1 Horizontale fraude")]


def read_rivm(period: str, age: str) -> list[dict]:
    """The stored 50090NED rows (strings as stored) of one period and age group, NL and Amsterdam only."""
    name = RIVM_FILES.get((period, age))
    if name is None:
        return []
    with gzip.open(RIVM / name, "rt", encoding="utf-8", newline="") as handle:
        return [r for r in csv.DictReader(handle) if r["WijkenEnBuurten"].startswith(("NL01", *AMSTERDAM))]


def read_national(prefixes=AMSTERDAM) -> list[dict]:
    """The stored rows of ``national_2024/`` (strings as stored) whose code starts with ``prefixes``."""
    with NATIONAL.open(encoding="utf-8", newline="") as handle:
        return [r for r in csv.DictReader(handle) if r["statcode"].startswith(prefixes)]


def _number(text):
    text = (text or "").strip()
    if text in ("", "."):
        return None
    return float(text)


def _title_from_key(key: str) -> str:
    words = re.findall(r"[A-Z][a-z]*|\d+", re.sub(r"_\d+$", "", key))
    return " ".join([words[0]] + [w.lower() for w in words[1:]]) if words else key


def _soort(code: str) -> str:
    return {"GM": "Gemeente", "WK": "Wijk", "BU": "Buurt"}.get(code[:2], "Land")


class V3Table:
    """One OData v3 table: metadata, entity sets and ``TypedDataSet`` rows."""

    def __init__(self, table_id, catalog, title, period, properties, entities, rows, groups=None):
        self.id = table_id
        self.catalog = catalog
        self.properties = properties
        self.infos = [{"ID": "0", "Title": title, "ShortTitle": title, "Identifier": table_id, "Summary": "",
                       "Modified": "2025-03-27T02:00:00", "Language": "nl", "Catalog": catalog,
                       "Frequency": "Onregelmatig", "Period": period}]
        self.entities = {"DataProperties": properties, "TableInfos": self.infos, "CategoryGroups": groups or [],
                         "TypedDataSet": rows, **entities}

    @property
    def catalog_row(self) -> dict:
        info = self.infos[0]
        return {k: info[k] for k in ("Identifier", "Title", "ShortTitle", "Catalog", "Period", "Modified",
                                     "Language")}


def _dimension(position, key, title, kind="Dimension", **extra) -> dict:
    return {"odata.type": f"Cbs.OData.{kind}", "ID": position, "Position": position, "ParentID": None,
            "Type": kind, "Key": key, "Title": title, "Description": "", **extra}


def _topic(position, key, title, unit, datatype="Double", decimals=1) -> dict:
    return {"odata.type": "Cbs.OData.Topic", "ID": position, "Position": position, "ParentID": None,
            "Type": "Topic", "Key": key, "Title": title, "Description": None, "Datatype": datatype, "Unit": unit,
            "Decimals": decimals, "Default": "Missing", "PresentationType": ""}


def _categories(pairs, **extra) -> list[dict]:
    return [{"Key": k, "Title": t, "Description": None, **extra} for k, t in pairs]


def _periods(keys, provisional=()) -> list[dict]:
    return [{"Key": k, "Title": k[:4], "Description": None,
             "Status": "Voorlopig" if k in provisional else "Definitief"} for k in keys]


def _regions(names: dict) -> list[dict]:
    return [{"Key": code.ljust(10), "Title": title, "Description": None, "CategoryGroupID": None}
            for code, title in names.items()]


class CbsData:
    """Everything the fake CBS services serve, built once per test session."""

    def __init__(self):
        self.kwb = self._kwb_2024()
        self.opendata = {TABLE: self.kwb}
        self.dataderden = {t.id: t for t in (self._health_50090(), self._health_50150(), self._crime_47018())}
        self._observations = None

    # -- 85984NED ------------------------------------------------------------------------------
    def _kwb_2024(self) -> V3Table:
        properties = json.loads((KWB / "DataProperties.json").read_text(encoding="utf-8"))
        infos = json.loads((KWB / "TableInfos.json").read_text(encoding="utf-8"))
        groups = json.loads((KWB / "CategoryGroups.json").read_text(encoding="utf-8"))
        self.topics = [p for p in properties if p.get("Type") == "Topic"]
        values = json.loads((KWB / "wijken_gemeenten_2024_8_variables.json").read_text(encoding="utf-8"))
        maps = pdok_data()
        gm_names = {f["properties"]["gemeentecode"]: f["properties"]["gemeentenaam"] for f in maps.gemeenten}
        self.rows, self.titles = [], []
        for code, vals in values.items():
            self._add_kwb_row(code, gm_names.get("GM" + code[2:6], ""), vals,
                              gm_names.get(code, "") if code.startswith("GM") else "")
        for f in maps.buurten_2023:
            p = f["properties"]
            self._add_kwb_row(p["buurtcode"], p["gemeentenaam"], {k: p.get(v) for k, v in BUURT_VALUES.items()},
                              p.get("buurtnaam") or "")
        table = V3Table(TABLE, "CBS", infos[0]["Title"], infos[0]["Period"], properties,
                        {"WijkenEnBuurten": self.titles}, self.rows, groups)
        table.infos = infos
        table.entities["TableInfos"] = infos
        return table

    def _add_kwb_row(self, code, gemeentenaam, vals, title):
        row = {"ID": len(self.rows), "WijkenEnBuurten": code.ljust(10)}
        for topic in self.topics:
            row[topic["Key"]] = None
        row.update({"Gemeentenaam_1": gemeentenaam.ljust(40), "SoortRegio_2": _soort(code).ljust(10),
                    "Codering_3": code.ljust(10), "IndelingswijzigingGemeenteWijkBuurt_4": "1"})
        row.update({k: v for k, v in vals.items() if k in row})
        self.rows.append(row)
        self.titles.append({"Key": code.ljust(10), "Title": title, "Description": None, "CategoryGroupID": None})

    def observations(self) -> list[dict]:
        """85984NED in the OData v4 long format (one row per region and measure with a value)."""
        if self._observations is None:
            out = []
            for r in self.rows:
                for key, code in V4_MEASURES.items():
                    if r.get(key) is not None:
                        out.append({"Id": len(out), "Measure": code, "ValueAttribute": "None", "Value": r[key],
                                    "WijkenEnBuurten": r["WijkenEnBuurten"].strip()})
            self._observations = out
        return self._observations

    def measure_codes(self) -> list[dict]:
        by_key = {t["Key"]: t for t in self.topics}
        return [{"Identifier": code, "Index": i, "Title": by_key[key]["Title"].strip(), "Description": None,
                 "MeasureGroupId": None, "DataType": by_key[key]["Datatype"], "Unit": by_key[key]["Unit"],
                 "Format": None, "Decimals": by_key[key]["Decimals"], "PresentationType": "Absolute"}
                for i, (key, code) in enumerate(V4_MEASURES.items())]

    # -- the GGD health monitor ----------------------------------------------------------------------
    @staticmethod
    def _health_properties(topics: list, map_year: int) -> list[dict]:
        props = [_dimension(0, "Leeftijd", "Leeftijd"), _dimension(1, "Marges", "Marges"),
                 _dimension(2, "WijkenEnBuurten", "Wijken en buurten", "GeoDetail", MapYear=map_year),
                 _dimension(3, "Perioden", "Perioden", "TimeDimension"),
                 _topic(4, "Gemeentenaam_1", "Gemeentenaam", "naam", "String", 0),
                 _topic(5, "SoortRegio_2", "Soort regio", "omschrijving", "String", 0),
                 _topic(6, "Codering_3", "Codering", "code", "String", 0)]
        return props + [_topic(7 + i, key, _title_from_key(key), "%") for i, key in enumerate(topics)]

    @staticmethod
    def _health_rows(regions: dict, periods: list, values) -> list[dict]:
        """One row per Leeftijd × Marges × region × period (the real order), values(period, age, code) -> dict."""
        rows = []
        for age, _ in AGES:
            for margin, _ in MARGINS:
                for code, (index, detail) in regions.items():
                    for p, period in enumerate(periods):
                        figures = values(period, age, code) or {}
                        if margin != "MW00000":
                            shift = -BOUND if margin == "MOG0095" else BOUND
                            figures = {k: (v + shift if v is not None else None) for k, v in figures.items()}
                        row = {"ID": None, "Leeftijd": age, "Marges": margin, "WijkenEnBuurten": code.ljust(10),
                               "Perioden": period, **detail, **figures}
                        rows.append((index * len(periods) + p, row))
        count = len(rows) // (len(AGES) * len(MARGINS))
        out = []
        for i, (offset, row) in enumerate(rows):
            block = i // count  # age × margin block, numbered as CBS numbers them over the whole country
            row["ID"] = block * 17341 * len(periods) + offset
            out.append(row)
        return out

    def _health_50090(self) -> V3Table:
        periods = ["2012JJ00", "2016JJ00", "2020JJ00"]
        stored = {(p, a): {r["WijkenEnBuurten"].strip(): r for r in read_rivm(p, a)} for p, a in RIVM_FILES}
        first = stored[("2016JJ00", "20300")]
        topics = [k for k in next(iter(first.values())) if re.search(r"_\d+$", k) and int(k.rsplit("_", 1)[1]) > 3]
        with AMSTERDAM_2020.open(encoding="utf-8", newline="") as handle:
            names = {r["Area_Code"]: r["District_Type"] for r in csv.DictReader(handle, delimiter=";")}
        names["NL01"] = "Nederland"
        regions = {}
        for code, row in first.items():
            index = (int(row["ID"]) - 1) // len(periods)  # 2016 is the second period of the numbering
            regions[code] = (index, {"Gemeentenaam_1": row["Gemeentenaam_1"], "SoortRegio_2": row["SoortRegio_2"],
                                     "Codering_3": row["Codering_3"]})

        def values(period, age, code):
            row = stored.get((period, age), {}).get(code)
            return {k: _number(row[k]) for k in topics} if row else {k: None for k in topics}

        entities = {"Leeftijd": _categories(AGES, CategoryGroupID=None), "Marges": _categories(MARGINS),
                    "Perioden": _periods(periods), "WijkenEnBuurten": _regions({c: names.get(c, "") for c in regions})}
        return V3Table("50090NED", "RIVM", "Gezondheid per wijk en buurt; 2012/2016/2020 (indeling 2020)",
                       "2012, 2016, 2020", self._health_properties(topics, 2020), entities,
                       self._health_rows(regions, periods, values))

    def _health_50150(self) -> V3Table:
        periods = ["2012JJ00", "2016JJ00", "2020JJ00", "2022JJ00", "2024JJ00"]
        stored = read_national()
        regions = {r["statcode"]: (i, {"Gemeentenaam_1": r["gemeentenaam"].ljust(40),
                                       "SoortRegio_2": _soort(r["statcode"]).ljust(10),
                                       "Codering_3": r["statcode"].ljust(20)}) for i, r in enumerate(stored)}
        by_code = {r["statcode"]: r for r in stored}

        def values(period, age, code):
            value = _number(by_code[code][f"goed_ervaren_gezondheid_{period[:4]}"]) if age == "20300" else None
            return {"GoedErvarenGezondheid_4": value}

        entities = {"Leeftijd": _categories(AGES, CategoryGroupID=None), "Marges": _categories(MARGINS),
                    "Perioden": _periods(periods),
                    "WijkenEnBuurten": _regions({r["statcode"]: r["statnaam"] for r in stored})}
        properties = self._health_properties([], 2024)
        properties.append(_topic(7, "GoedErvarenGezondheid_4", "Goed ervaren gezondheid", "%"))
        return V3Table("50150NED", "RIVM", "Gezondheid per wijk en buurt; 2012-2024 (indeling 2024)",
                       "2012-2024", properties, entities, self._health_rows(regions, periods, values))

    # -- police crime --------------------------------------------------------------------------------
    def _crime_47018(self) -> V3Table:
        periods = ["2021JJ00", "2022JJ00", "2023JJ00", "2024JJ00", "2025JJ00"]
        stored = read_national()
        properties = [_dimension(0, "SoortMisdrijf", "Soort misdrijf"),
                      _dimension(1, "WijkenEnBuurten", "Wijken en buurten", "GeoDimension"),
                      _dimension(2, "Perioden", "Perioden", "TimeDimension"),
                      _topic(3, "GeregistreerdeMisdrijven_1", "Geregistreerde misdrijven", "aantal", "Integer", 0)]
        rows = []
        for offence, _ in OFFENCES:
            for r in stored:
                for period in periods:
                    value = _number(r[f"misdrijven_{period[:4]}"]) if offence == "0.0.0 " else None
                    rows.append({"ID": len(rows), "SoortMisdrijf": offence, "WijkenEnBuurten": r["statcode"].ljust(10),
                                 "Perioden": period,
                                 "GeregistreerdeMisdrijven_1": None if value is None else int(value)})
        entities = {"SoortMisdrijf": _categories(OFFENCES, CategoryGroupID=None),
                    "Perioden": _periods(periods, provisional=("2024JJ00", "2025JJ00")),
                    "WijkenEnBuurten": _regions({r["statcode"]: r["statnaam"] for r in stored})}
        return V3Table("47018NED", "Politie", "Geregistreerde criminaliteit; soort misdrijf, wijk en buurt",
                       "2021-2025", properties, entities, rows)


_DATA = None


def cbs_data() -> CbsData:
    global _DATA
    if _DATA is None:
        _DATA = CbsData()
    return _DATA


# -- OData $filter ------------------------------------------------------------------------------------
_TOKEN = re.compile(r"\s*(?:(\()|(\))|('(?:[^']|'')*')|(,)|([A-Za-z_][\w.]*))")


def _tokens(text: str) -> list:
    out, pos = [], 0
    text = text.strip()
    while pos < len(text):
        match = _TOKEN.match(text, pos)
        if not match:
            raise ValueError(f"cannot parse the filter at {text[pos:]!r}")
        pos = match.end()
        lpar, rpar, literal, comma, word = match.groups()
        out.append(("(" if lpar else ")" if rpar else "," if comma else "lit" if literal else "word",
                    literal[1:-1].replace("''", "'") if literal else (word or "")))
    return out


def odata_filter(text: str):
    """A predicate for an OData v3/v4 ``$filter`` with ``and``/``or``/parentheses, ``startswith``,
    ``substringof`` and ``eq`` (exact comparison: padded keys must be repeated with their padding)."""
    if not text:
        return lambda row: True
    tokens = _tokens(text)
    pos = 0

    def peek(kind=None, value=None):
        if pos >= len(tokens):
            return False
        k, v = tokens[pos]
        return (kind is None or k == kind) and (value is None or v.lower() == value)

    def take(kind, value=None):
        nonlocal pos
        if not peek(kind, value):
            raise ValueError(f"unexpected {tokens[pos:pos + 1]} in filter {text!r}")
        pos += 1
        return tokens[pos - 1][1]

    def joined(operator, part, combine):  # 'a or b or …' / 'a and b and …' ('and' binds first)
        preds = [part()]
        while peek("word", operator):
            take("word")
            preds.append(part())
        return lambda row: combine(p(row) for p in preds)

    def expression():
        return joined("or", term, any)

    def term():
        return joined("and", factor, all)

    def factor():
        if peek("("):
            take("(")
            inner = expression()
            take(")")
            return inner
        name = take("word")
        if peek("("):
            take("(")
            if name == "startswith":
                field, _, prefix = take("word"), take(","), take("lit")
                take(")")
                return lambda row: str(row.get(field) or "").startswith(prefix)
            if name == "substringof":
                needle, _, field = take("lit"), take(","), take("word")
                take(")")
                return lambda row: needle.lower() in str(row.get(field) or "").lower()
            raise ValueError(f"function {name} is not supported")
        take("word", "eq")
        literal = take("lit")
        return lambda row: row.get(name) is not None and str(row.get(name)) == literal

    predicate = expression()
    if pos != len(tokens):
        raise ValueError(f"trailing tokens in filter {text!r}")
    return predicate


class FakeCbs:
    """CBS OData v3 on opendata and dataderden, their catalogues and OData v4, as a :class:`tests.fake_http`
    service.

    Test settings: ``page_size`` (rows per page), ``record_limit`` (ODataApi refuses more, as the
    real one does above 10,000), ``v3_missing`` (table ids v3 answers as unknown).
    """

    DATADERDEN = "/dataderden"

    def __init__(self, page_size: int = 200, record_limit: int = 10000):
        self.data = cbs_data()
        self.page_size = page_size
        self.default_record_limit = record_limit
        self._selected: dict = {}
        self.reset()

    def reset(self):
        self.record_limit = self.default_record_limit
        self.v3_missing: set[str] = set()

    def env(self, url: str) -> dict:
        return {"WIJKMONITOR_CBS_ODATA_URL": f"{url}/ODataApi/odata",
                "WIJKMONITOR_CBS_DATADERDEN_URL": f"{url}{self.DATADERDEN}/ODataApi/odata",
                "WIJKMONITOR_CBS_ODATA4_URL": f"{url}/odata/v1/CBS"}

    def handles(self, path: str) -> bool:
        if path.startswith(self.DATADERDEN + "/"):
            path = path[len(self.DATADERDEN):]
        return path.startswith(("/ODataApi/odata/", "/ODataFeed/odata/", "/ODataCatalog/Tables", "/odata/v1/CBS/"))

    def handle(self, server, handler, path, query):
        root, tables = "", self.data.opendata
        if path.startswith(self.DATADERDEN + "/"):
            root, tables, path = self.DATADERDEN, self.data.dataderden, path[len(self.DATADERDEN):]
        if path.startswith("/ODataCatalog/Tables"):
            return self._catalog(server, handler, root, tables, query)
        if path.startswith("/odata/v1/CBS/"):
            return self._odata4(server, handler, path, query)
        return self._odata3(server, handler, root, tables, path, query)

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

    def _select(self, cache_key, source, query) -> list:
        """The rows of ``source`` that pass ``$filter``, with ``$select`` applied (remembered per query)."""
        key = (*cache_key, query.get("$filter", ""), query.get("$select", ""))
        if key not in self._selected:
            keep = odata_filter(query.get("$filter", ""))
            rows = [r for r in source if keep(r)]
            if "$select" in query:
                keys = query["$select"].split(",")
                rows = [{k: r.get(k) for k in keys} for r in rows]
            self._selected[key] = rows
        return self._selected[key]

    # -- OData v3 ------------------------------------------------------------------------------
    def _odata3(self, server, handler, root, tables, path, query):
        parts = path.strip("/").split("/")
        table_id, entity = parts[2], (parts[3] if len(parts) > 3 else "")
        table = tables.get(table_id)
        if table is None or table_id in self.v3_missing:
            return self._not_found(server, handler)
        base = f"{server.url}{root}/{parts[0]}/odata/{table_id}"
        if not entity:  # the service document: the entity sets, as cbsodata reads it
            return server.send(handler, 200, {"odata.metadata": f"{base}/$metadata", "value": [
                {"name": name, "url": f"{base}/{name}"} for name in table.entities]})
        source = table.entities.get(entity)
        if source is None:
            return self._not_found(server, handler)
        rows = self._select((root, table_id, entity), source, query)
        feed = parts[0] == "ODataFeed"
        if not feed and len(rows) > self.record_limit:
            return self._too_many(server, handler)
        rest = {k: v for k, v in query.items() if k != "$skip"}
        page, nxt = self._page(rows, query, lambda s: f"{base}/{entity}?" + urlencode({**rest, "$skip": s},
                                                                                      quote_via=quote))
        payload = {"odata.metadata": f"{base}/$metadata#Cbs.OData.WebAPI.{entity}", "value": page}
        if nxt:
            payload["odata.nextLink"] = nxt
        return server.send(handler, 200, payload)

    def _catalog(self, server, handler, root, tables, query):
        if root:
            rows = [t.catalog_row for t in tables.values()]
        else:
            rows = [{"Identifier": ident, "Title": f"Kerncijfers wijken en buurten {year}", "ShortTitle":
                     f"Kerncijfers wijken en buurten {year}", "Catalog": "CBS", "Period": str(year),
                     "Modified": f"{year + 1}-03-01T02:00:00", "Language": "nl"}
                    for year, ident in ((2022, "85318NED"), (2023, "85618NED"), (2024, "85984NED"))]
        rows = self._select((root, "catalog"), rows, query)
        return server.send(handler, 200, {"odata.metadata": f"{server.url}{root}/ODataCatalog/$metadata#Tables",
                                          "value": rows})

    # -- OData v4 ------------------------------------------------------------------------------
    def _odata4(self, server, handler, path, query):
        parts = path.strip("/").split("/")
        table, entity = parts[3], (parts[4] if len(parts) > 4 else "")
        if table != TABLE:
            return self._not_found(server, handler)
        if entity == "Dimensions":
            rows = [{"Identifier": "WijkenEnBuurten", "Title": "Wijken en buurten", "Description": None,
                     "Kind": "GeoDimension", "MapYear": 2024}]
        elif entity == "MeasureCodes":
            rows = self.data.measure_codes()
        elif entity == "WijkenEnBuurtenCodes":
            rows = [{"Identifier": t["Key"].strip(), "Title": t["Title"]} for t in self.data.titles]
        elif entity == "Observations":
            rows = self.data.observations()
        else:
            return self._not_found(server, handler)
        rows = self._select(("v4", table, entity), rows, query)
        base = f"{server.url}/odata/v1/CBS/{table}/{entity}"
        rest = {k: v for k, v in query.items() if k != "$skip"}
        page, nxt = self._page(rows, query, lambda s: base + "?" + urlencode({**rest, "$skip": s}, quote_via=quote))
        payload = {"@odata.context": f"{base}/$metadata", "value": page}
        if nxt:
            payload["@odata.nextLink"] = nxt
        return server.send(handler, 200, payload)
