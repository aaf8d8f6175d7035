"""CBS OData (v3 ``ODataApi``/``ODataFeed`` and v4 ``datasets.cbs.nl``): URLs, paging, metadata, rows (no Qt).

Topic keys carry a suffix that changes every year (``AantalInwoners_5``), so variables
are chosen by their ``Title`` (or the key without suffix) through ``DataProperties``,
and output fields are named by the suffix-free key. OData v4 names measures by opaque
codes (``T001036``, ``3000``): there the field is named after the measure's title.
Region codes (``'GM0363    '``) are stripped into ``statcode``. ``ODataApi`` refuses
results above 10,000 records; :func:`region_filter` keeps requests per municipality and level.

CBS publishes on two hosts with the same OData v3 shape: its own tables on
``opendata.cbs.nl``, tables made for third parties (the RIVM/GGD health monitor, the police
crime figures) on ``dataderden.cbs.nl``. Each host has a catalogue (``/ODataCatalog/Tables``)
listing the tables it serves; a table asked on the wrong host answers as unknown.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from urllib.parse import quote

import pandas as pd

from ..i18n import translate
from . import regions

DEFAULT_ODATA_URL = "https://opendata.cbs.nl/ODataApi/odata"
DEFAULT_ODATA4_URL = "https://datasets.cbs.nl/odata/v1/CBS"
#: tables CBS publishes for third parties (RIVM/GGD health monitor, police crime figures)
DEFAULT_DATADERDEN_URL = "https://dataderden.cbs.nl/ODataApi/odata"

#: "Kerncijfers wijken en buurten" table per year; newer years are discovered in the CBS catalogue.
KWB_TABLES = {2019: "84583NED", 2020: "84799NED", 2021: "85039NED", 2022: "85318NED", 2023: "85618NED",
              2024: "85984NED", 2025: "86165NED"}
KWB_TITLE = "Kerncijfers wijken en buurten"
#: the first Kerncijfers year Wijkmonitor asks for
KWB_FIRST_YEAR = 2019

#: the two OData v3 hosts, as base-URL service names of the network layer
OPENDATA, DATADERDEN = "cbs_odata", "cbs_dataderden"
#: tables whose host is known, so no catalogue needs asking (GGD health monitor and police crime: dataderden)
KNOWN_HOSTS = {"50090NED": DATADERDEN, "50120NED": DATADERDEN, "50150NED": DATADERDEN,
               "47018NED": DATADERDEN, "47022NED": DATADERDEN, **{t: OPENDATA for t in KWB_TABLES.values()}}

GEO_TYPES = {"GeoDetail", "GeoDimension"}
DIMENSION_TYPES = {"Dimension", "TimeDimension", "GeoDetail", "GeoDimension"}
_SUFFIX = re.compile(r"_\d+$")
TABLE_ID = re.compile(r"^[0-9]{5}[A-Z]{3}$|^[0-9]{5}[A-Z]{2}[0-9]?$")


def _q(value: str) -> str:
    return quote(value, safe="(),'$=:*/")


def odata_literal(text: str) -> str:
    """An OData string literal: quotes doubled (``'s-Hertogenbosch`` → ``'''s-Hertogenbosch'``)."""
    return "'" + str(text).replace("'", "''") + "'"


def query_url(base: str, table_id: str, entity: str, select=None, filter_=None, extra: dict | None = None) -> str:
    """``<base>/<table>/<entity>?$format=json[&$select=…][&$filter=…]`` with safe quoting."""
    parts = ["$format=json"]
    if select:
        parts.append("$select=" + _q(",".join(select)))
    if filter_:
        parts.append("$filter=" + _q(filter_))
    for key, value in (extra or {}).items():
        parts.append(f"{key}={_q(str(value))}")
    return f"{base.rstrip('/')}/{table_id}/{entity}?" + "&".join(parts)


def feed_base(api_base: str) -> str:
    """The bulk feed (``ODataFeed``) beside an ``ODataApi`` base; it pages by ``odata.nextLink``."""
    return api_base.replace("/ODataApi/", "/ODataFeed/") if "/ODataApi/" in api_base else api_base


def catalog_root(api_base: str) -> str:
    """The host root of an ``ODataApi`` base (``https://dataderden.cbs.nl``), where ``/ODataCatalog`` lives."""
    return api_base.split("/ODataApi", 1)[0] if "/ODataApi" in api_base else api_base.rstrip("/")


def catalog_url(api_base: str, title: str = KWB_TITLE) -> str:
    filter_ = f"substringof({odata_literal(title)},Title)"
    return (f"{catalog_root(api_base)}/ODataCatalog/Tables?$format=json&$select=Identifier,Title,ShortTitle,"
            f"Period,Modified&$filter={_q(filter_)}")


def catalog_table_url(api_base: str, table_id: str) -> str:
    """The catalogue entry of one table on a host (an empty list when the host does not serve it)."""
    filter_ = f"Identifier eq {odata_literal(table_id)}"
    return (f"{catalog_root(api_base)}/ODataCatalog/Tables?$format=json&$select=Identifier,Title,Catalog,"
            f"Period,Modified&$filter={_q(filter_)}")


def catalog_lists(rows: list, table_id: str) -> bool:
    """Whether catalogue rows list ``table_id`` (ids compared without regard to case)."""
    return any(str(r.get("Identifier", "")).strip().upper() == table_id.strip().upper() for r in rows)


def next_link(payload: dict) -> str | None:
    """The next page of an OData v3 (``odata.nextLink``) or v4 (``@odata.nextLink``) response."""
    if not isinstance(payload, dict):
        return None
    return payload.get("odata.nextLink") or payload.get("@odata.nextLink") or None


def values(payload, what: str = "") -> list:
    """The ``value`` list of an OData response; ValueError when the shape is not OData."""
    if isinstance(payload, dict) and isinstance(payload.get("value"), list):
        return payload["value"]
    raise ValueError(translate("CbsOData", "the response has no OData 'value' list{what}").format(
        what=f" ({what})" if what else ""))


def kwb_table_from_catalog(rows: list, year: int) -> str | None:
    """The id of "Kerncijfers wijken en buurten <year>" among catalogue rows (newest modification wins)."""
    pattern = re.compile(r"^\s*kerncijfers wijken en buurten\s*,?\s*" + str(int(year)) + r"\b", re.IGNORECASE)
    hits = [r for r in rows if pattern.match(str(r.get("Title") or r.get("ShortTitle") or ""))
            and str(r.get("Identifier", "")).upper().endswith("NED")]
    if not hits:
        return None
    hits.sort(key=lambda r: str(r.get("Modified") or ""), reverse=True)
    return str(hits[0]["Identifier"])


# -- metadata -------------------------------------------------------------------------
@dataclass
class Topic:
    key: str
    title: str
    unit: str = ""
    decimals: int = 0
    datatype: str = "Double"
    group: str = ""
    description: str = ""
    name: str = ""  # output field name, set by :func:`assign_field_names`
    base: str = ""  # the field name where it is not the key without suffix (OData v4: from the title)

    @property
    def stem(self) -> str:
        return self.base or key_stem(self.key)

    @property
    def fallback_name(self) -> str:
        """The field name where the stem is ambiguous: the full key (v3), or the stem and the measure code (v4)."""
        return f"{self.base}_{re.sub(r'[^0-9A-Za-z_]', '_', self.key)}" if self.base else self.key

    @property
    def kind(self) -> str:
        """'long', 'double' or 'string' for the output field."""
        dt = (self.datatype or "").lower()
        if dt in ("string", "text", "char"):
            return "string"
        if dt in ("long", "integer", "integer32", "integer64", "int", "short", "byte") and not self.decimals:
            return "long"
        return "double"

    @property
    def label(self) -> str:
        """The group path and title (``Bevolking / Bevolking naar herkomst / Herkomstland / Nederland``)."""
        return f"{self.group} / {self.title}" if self.group else self.title

    @property
    def short_label(self) -> str:
        """The nearest group and the title (``Herkomstland / Nederland``)."""
        return f"{self.group.split(' / ')[-1]} / {self.title}" if self.group else self.title


@dataclass
class TableMeta:
    table_id: str
    geo_key: str
    topics: list = field(default_factory=list)
    dimensions: list = field(default_factory=list)  # other dimension keys (Perioden, Marges, …)
    version: int = 3
    dimension_titles: dict = field(default_factory=dict)  # key -> title
    dimension_kinds: dict = field(default_factory=dict)  # key -> 'TimeDimension' / 'Dimension'


def key_stem(key: str) -> str:
    """``AantalInwoners_5`` → ``AantalInwoners`` (the yearly numeric suffix removed)."""
    return _SUFFIX.sub("", key or "")


def valid_field_name(text: str) -> str:
    """A field name from a title or code: ``'Aantal inwoners'`` → ``AantalInwoners``; never starting with a digit.

    Words are joined in CamelCase (as CBS's own keys are), characters other than letters,
    digits and '_' are dropped, and a leading digit gets CBS's own ``k_`` prefix
    (``k_65JaarOfOuder``, as in the Kerncijfers keys).
    """
    ascii_text = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode("ascii")
    words = re.split(r"[^0-9A-Za-z]+", ascii_text)
    name = "".join(w[:1].upper() + w[1:] for w in words if w) or "x"
    return "k_" + name if name[0].isdigit() else name


def norm_text(text: str) -> str:
    """Text for matching names: accents dropped, case folded, spaces collapsed."""
    text = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode("ascii")
    return " ".join(text.replace("’", "'").casefold().split())


def parse_data_properties(rows: list, table_id: str = "") -> TableMeta:
    """The geo dimension, other dimensions and topics of an OData v3 ``DataProperties`` list."""
    by_id = {r.get("ID"): r for r in rows}

    def group_path(row) -> str:
        names = []
        parent = by_id.get(row.get("ParentID"))
        while parent is not None and parent.get("Type") == "TopicGroup":
            names.append(str(parent.get("Title") or "").strip())
            parent = by_id.get(parent.get("ParentID"))
        return " / ".join(reversed([n for n in names if n]))

    geo_key, dims, topics, titles, kinds = None, [], [], {}, {}
    for row in rows:
        kind = row.get("Type") or str(row.get("odata.type", "")).rsplit(".", 1)[-1]
        if kind in GEO_TYPES and geo_key is None:
            geo_key = row["Key"]
        elif kind in DIMENSION_TYPES:
            dims.append(row["Key"])
            titles[row["Key"]] = str(row.get("Title") or row["Key"]).strip()
            kinds[row["Key"]] = kind
        elif kind == "Topic":
            topics.append(Topic(key=row["Key"], title=str(row.get("Title") or row["Key"]).strip(),
                                unit=str(row.get("Unit") or "").strip(), decimals=int(row.get("Decimals") or 0),
                                datatype=str(row.get("Datatype") or "Double"), group=group_path(row),
                                description=str(row.get("Description") or "")))
    if geo_key is None:
        raise ValueError(translate("CbsOData", "table {table} has no wijk/buurt (region) dimension").format(
            table=table_id))
    return TableMeta(table_id=table_id, geo_key=geo_key, topics=topics, dimensions=dims, version=3,
                     dimension_titles=titles, dimension_kinds=kinds)


def parse_v4_metadata(dimensions: list, measures: list, table_id: str = "") -> TableMeta:
    """The same for OData v4 (``Dimensions`` and ``MeasureCodes``).

    Measures are identified by opaque codes (``T001036``, ``3000``); their field name is
    made from the title (``Aantal inwoners`` → ``AantalInwoners``), the code stays the key.
    """
    geo_key, dims, titles, kinds = None, [], {}, {}
    for row in dimensions:
        ident = row.get("Identifier")
        kind = str(row.get("Kind", ""))
        if kind.lower().startswith("geo") and geo_key is None:
            geo_key = ident
        elif ident:
            dims.append(ident)
            titles[ident] = str(row.get("Title") or ident).strip()
            kinds[ident] = "TimeDimension" if kind == "TimeDimension" else "Dimension"
    if geo_key is None:
        raise ValueError(translate("CbsOData", "table {table} has no wijk/buurt (region) dimension").format(
            table=table_id))
    topics = []
    for m in measures:
        title = str(m.get("Title") or m["Identifier"]).strip()
        topics.append(Topic(key=m["Identifier"], title=title, unit=str(m.get("Unit") or "").strip(),
                            decimals=int(m.get("Decimals") or 0), datatype=str(m.get("DataType") or "Double"),
                            description=str(m.get("Description") or ""), base=valid_field_name(title)))
    return TableMeta(table_id=table_id, geo_key=geo_key, topics=topics, dimensions=dims, version=4,
                     dimension_titles=titles, dimension_kinds=kinds)


def split_variables(text: str) -> list[str]:
    """Variable titles from a parameter: one per line or separated by ';' (titles contain commas)."""
    if not text:
        return []
    return [p.strip() for p in re.split(r"[;\n]", str(text)) if p.strip()]


def resolve_variables(topics: list, wanted: list[str]) -> list:
    """The topics for the wanted titles/keys, in the order asked; all topics when nothing is asked.

    Each wanted item may be a title (``Aantal inwoners``), a group path and title
    (``Herkomstland / Nederland``), a key without suffix (``AantalInwoners``), a full
    key or (OData v4) the field name made from the title. Raises ValueError for unknown or
    ambiguous items, listing what is possible.
    """
    if not wanted:
        return list(topics)
    out = []
    for item in wanted:
        target = norm_text(item)
        hits = []
        for name_of in (lambda t: t.key, lambda t: key_stem(t.key), lambda t: t.stem, lambda t: t.label,
                        lambda t: t.title):
            hits = [t for t in topics if norm_text(name_of(t)) == target]
            if hits:
                break
        if not hits and "/" in item:  # the last groups of the path and the title
            tail = [norm_text(p) for p in item.split("/")]
            hits = [t for t in topics if [norm_text(p) for p in t.label.split(" / ")][-len(tail):] == tail]
        if not hits:
            close = [t.title for t in topics if target and target in norm_text(t.title)][:8]
            raise ValueError(translate(
                "CbsOData", "The table has no variable '{item}'.{hint}").format(
                    item=item, hint=(" " + translate("CbsOData", "Did you mean: {names}?").format(
                        names="; ".join(close))) if close else ""))
        if len(hits) > 1:
            raise ValueError(translate(
                "CbsOData", "'{item}' matches several variables; write one of: {names}").format(
                    item=item, names="; ".join(t.short_label for t in hits)))
        if hits[0] not in out:
            out.append(hits[0])
    return out


def assign_field_names(topics: list, reserved=regions.KEY_FIELDS) -> list:
    """Set ``Topic.name``: the key without suffix, or the full key where that would be ambiguous."""
    taken = {r.lower() for r in reserved}
    stems = {}
    for topic in topics:
        stems.setdefault(topic.stem.lower(), []).append(topic)
    for topic in topics:
        unique = len(stems[topic.stem.lower()]) == 1 and topic.stem.lower() not in taken
        topic.name = topic.stem if unique else topic.fallback_name
        taken.add(topic.name.lower())
    return topics


def region_prefixes(gemeentecode: str | None, levels) -> list[str]:
    """Code prefixes per level: ``GM0363`` / ``WK0363`` / ``BU0363``, or ``GM``/``WK``/``BU`` for the country."""
    body = gemeentecode[2:] if gemeentecode else ""
    return [regions.PREFIX[level] + body for level in levels]


def region_filter(geo_key: str, prefixes) -> str:
    """``startswith(<geo>,'WK0363') or …`` (OData v3 and v4; works on padded codes)."""
    return " or ".join(f"startswith({geo_key},{odata_literal(p)})" for p in prefixes)


def measure_filter(keys) -> str:
    return " or ".join(f"Measure eq {odata_literal(k)}" for k in keys)


# -- rows -----------------------------------------------------------------------------
def pivot_observations(observations: list, geo_key: str, dimensions: list) -> list[dict]:
    """OData v4 long rows (``Measure``, ``Value``/``StringValue`` + dimensions) as wide rows."""
    wide: dict = {}
    for obs in observations:
        ident = tuple([obs.get(geo_key)] + [obs.get(d) for d in dimensions])
        row = wide.get(ident)
        if row is None:
            row = {geo_key: obs.get(geo_key), **{d: obs.get(d) for d in dimensions}}
            wide[ident] = row
        value = obs.get("Value")
        if value is None and obs.get("StringValue") is not None:
            value = obs.get("StringValue")
        row[obs.get("Measure")] = value
    return list(wide.values())


def _strip(value):
    return value.strip() if isinstance(value, str) else value


def rows_to_frame(rows: list, meta: TableMeta, topics: list, titles: dict | None = None,
                  year: int | None = None) -> pd.DataFrame:
    """The key fields (:data:`regions.KEY_FIELDS`), other dimensions and the topics as typed columns.

    Rows whose region is not a gemeente, wijk or buurt (e.g. ``NL01``) are left out;
    numbers are numeric, strings stripped, CBS sentinels NULL.
    """
    titles = titles or {}
    codes = [regions.normalise_code(r.get(meta.geo_key)) for r in rows]
    keep = [i for i, c in enumerate(codes) if regions.level_of_code(c)]
    rows = [rows[i] for i in keep]
    codes = [codes[i] for i in keep]
    frame = pd.DataFrame(index=pd.RangeIndex(len(rows)))
    frame["statcode"] = codes
    frame["statnaam"] = [titles.get(c) for c in codes]
    frame["gemeentecode"] = [regions.gemeentecode_of(c) for c in codes]
    gm_name_key = next((t.key for t in meta.topics if t.stem.lower() == "gemeentenaam"), None)
    names = [_strip(r.get(gm_name_key)) if gm_name_key else None for r in rows]
    frame["gemeentenaam"] = [n or titles.get(g) for n, g in zip(names, frame["gemeentecode"])]
    frame["wijkcode"] = [regions.wijkcode_of(c) for c in codes]
    frame["jaar"] = pd.array([year] * len(rows), dtype="Int64") if year else pd.array([None] * len(rows),
                                                                                       dtype="Int64")
    for dim in meta.dimensions:
        frame[dim] = [_strip(r.get(dim)) for r in rows]
    for topic in topics:
        column = [_strip(r.get(topic.key)) for r in rows]
        if topic.kind == "string":
            frame[topic.name] = pd.Series(column, dtype="object").replace({"": None})
        else:
            frame[topic.name] = pd.to_numeric(pd.Series(column, dtype="object"), errors="coerce").astype("float64")
    numeric = [t.name for t in topics if t.kind != "string"]
    if numeric:
        frame[numeric] = regions.nullify_sentinels(frame[numeric])
    return frame


def dimension_titles(rows: list) -> dict:
    """``{statcode: title}`` from a v3 dimension list (``Key``/``Title``) or v4 codes (``Identifier``/``Title``)."""
    out = {}
    for row in rows:
        code = regions.normalise_code(row.get("Key", row.get("Identifier")))
        if code:
            out[code] = str(row.get("Title") or "").strip() or None
    return out
