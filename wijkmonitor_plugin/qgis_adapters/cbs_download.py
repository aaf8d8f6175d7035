"""CBS OData tables (v3 ``ODataApi``/``ODataFeed`` and v4) per gemeente, wijk and buurt, page by page.

The URL, paging and parsing rules live in :mod:`..core.cbs_odata`; this module walks the
pages through a :class:`.network.Downloader`.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..core import cbs_odata
from ..core.http_errors import NotFoundError, ServiceError, TooManyRecordsError
from ..i18n import translate
from .network import Downloader, base_url
from .network_sources import PageGuard, Progress, bad_shape, service_names


@dataclass
class CbsTable:
    meta: cbs_odata.TableMeta
    topics: list
    frame: object  # pandas.DataFrame
    title: str
    year: int | None


def resolve_kwb_table(dl: Downloader, year: int) -> str:
    """The table id of "Kerncijfers wijken en buurten <year>": known ids, else the CBS catalogue."""
    if int(year) in cbs_odata.KWB_TABLES:
        return cbs_odata.KWB_TABLES[int(year)]
    service = service_names()["catalog"]
    url = cbs_odata.catalog_url(base_url("cbs_odata"))
    payload = dl.get(url, service)
    try:
        found = cbs_odata.kwb_table_from_catalog(cbs_odata.values(payload), int(year))
    except ValueError as exc:
        raise bad_shape(service, url, exc) from exc
    if not found:
        raise ServiceError(service, url, translate(
            "NetworkSources", "the catalogue has no table \"Kerncijfers wijken en buurten {year}\"").format(
                year=year), 200, translate(
            "NetworkSources", "CBS may not have published this year yet: choose an earlier year or give the "
                              "table id."))
    dl.info(translate("NetworkSources", "Kerncijfers wijken en buurten {year} is CBS table {table}.").format(
        year=year, table=found))
    return found


def _pages(dl: Downloader, url: str, service: str, progress: Progress | None = None) -> list:
    rows, pages, guard = [], 0, PageGuard(service)
    while url:
        dl.check_canceled()
        payload = dl.get(url, service)
        guard.check(url, payload)
        try:
            rows.extend(cbs_odata.values(payload))
        except ValueError as exc:
            raise bad_shape(service, url, exc) from exc
        pages += 1
        if progress:
            progress.page(pages)
        url = cbs_odata.next_link(payload)
    return rows


def table_metadata(dl: Downloader, table_id: str) -> tuple[cbs_odata.TableMeta, str, str | None]:
    """(metadata, title, period) from OData v3, or from v4 when v3 does not have the table."""
    names = service_names()
    v3 = base_url("cbs_odata")
    try:
        url = cbs_odata.query_url(v3, table_id, "DataProperties")
        props = _pages(dl, url, names["odata"])
        info_url = cbs_odata.query_url(v3, table_id, "TableInfos")
        infos = _pages(dl, info_url, names["odata"])
        try:
            meta = cbs_odata.parse_data_properties(props, table_id)
        except ValueError as exc:
            raise ServiceError(names["odata"], url, str(exc), 200, translate(
                "NetworkSources", "Choose a table with figures per wijk and buurt.")) from exc
        info = infos[0] if infos else {}
        return meta, str(info.get("Title") or table_id), (str(info.get("Period") or "") or None)
    except NotFoundError:
        dl.info(translate("NetworkSources", "Table {table} is not in OData v3; trying OData v4.").format(
            table=table_id))
    v4 = base_url("cbs_odata4")
    dims_url = f"{v4}/{table_id}/Dimensions"
    try:
        dims = _pages(dl, dims_url, names["odata4"])
        measures = _pages(dl, f"{v4}/{table_id}/MeasureCodes", names["odata4"])
    except NotFoundError as exc:
        raise ServiceError(names["odata4"], exc.url, translate(
            "NetworkSources", "CBS has no table {table} in OData v3 or v4").format(table=table_id), 404,
            translate("NetworkSources", "Check the table id (for example 85984NED) on opendata.cbs.nl.")) from exc
    try:
        meta = cbs_odata.parse_v4_metadata(dims, measures, table_id)
    except ValueError as exc:
        raise ServiceError(names["odata4"], dims_url, str(exc), 200, translate(
            "NetworkSources", "Choose a table with figures per wijk and buurt.")) from exc
    return meta, table_id, None


def download_cbs_table(dl: Downloader, table_id: str, levels, gemeentecodes, variables,
                       year: int | None = None) -> CbsTable:
    """The table for the municipalities (all when empty) and levels, variables resolved by title."""
    names = service_names()
    meta, title, period = table_metadata(dl, table_id)
    topics = cbs_odata.assign_field_names(cbs_odata.resolve_variables(meta.topics, variables))
    if year is None and period and period.strip()[:4].isdigit() and len(period.strip()) == 4:
        year = int(period.strip())
    chunks = [[g] for g in gemeentecodes] or [[None]]
    progress = Progress(dl.feedback, len(chunks), 0, 95)
    rows, title_rows = [], []
    for chunk in chunks:
        gm = chunk[0]
        prefixes = cbs_odata.region_prefixes(gm, levels)
        title_prefixes = cbs_odata.region_prefixes(gm, ["gemeenten", *[lv for lv in levels if lv != "gemeenten"]])
        if meta.version == 3:
            rows.extend(_v3_rows(dl, meta, topics, prefixes, names["odata"], bool(variables), progress))
            title_rows.extend(_v3_query(dl, table_id, meta.geo_key, ["Key", "Title"], "Key",
                                        title_prefixes, names["odata"]))
        else:
            rows.extend(_v4_rows(dl, meta, topics, prefixes, names["odata4"], progress))
            title_rows.extend(_pages(dl, cbs_odata.query_url(
                base_url("cbs_odata4"), table_id, f"{meta.geo_key}Codes", None,
                cbs_odata.region_filter("Identifier", title_prefixes)), names["odata4"]))
        progress.next()
    frame = cbs_odata.rows_to_frame(rows, meta, topics, cbs_odata.dimension_titles(title_rows), year)
    return CbsTable(meta=meta, topics=topics, frame=frame, title=title, year=year)


def _v3_rows(dl, meta, topics, prefixes, service, selected, progress) -> list:
    select = None
    if selected:
        gm_name = [t.key for t in meta.topics if t.stem.lower() == "gemeentenaam"]
        select = list(dict.fromkeys([meta.geo_key, *meta.dimensions, *gm_name, *[t.key for t in topics]]))
    return _v3_query(dl, meta.table_id, "TypedDataSet", select, meta.geo_key, prefixes, service, progress)


def _v3_query(dl, table_id, entity, select, key_field, prefixes, service, progress=None) -> list:
    """All rows of a filtered v3 query; split per prefix, then the bulk feed, above 10,000 records."""
    base = base_url("cbs_odata")
    filter_ = cbs_odata.region_filter(key_field, prefixes)
    url = cbs_odata.query_url(base, table_id, entity, select, filter_)
    try:
        return _pages(dl, url, service, progress)
    except TooManyRecordsError:
        if len(prefixes) > 1:
            dl.info(translate("NetworkSources", "More than 10,000 records: asking per level."))
            return [row for p in prefixes
                    for row in _v3_query(dl, table_id, entity, select, key_field, [p], service, progress)]
        dl.info(translate("NetworkSources", "More than 10,000 records: using the CBS bulk feed."))
        feed_url = cbs_odata.query_url(cbs_odata.feed_base(base), table_id, entity, select, filter_)
        return _pages(dl, feed_url, service, progress)


def _v4_rows(dl, meta, topics, prefixes, service, progress) -> list:
    base = base_url("cbs_odata4")
    filter_ = "(" + cbs_odata.region_filter(meta.geo_key, prefixes) + ")"
    if len(topics) < len(meta.topics):
        filter_ += " and (" + cbs_odata.measure_filter([t.key for t in topics]) + ")"
    url = cbs_odata.query_url(base, meta.table_id, "Observations", None, filter_)
    observations = _pages(dl, url, service, progress)
    return cbs_odata.pivot_observations(observations, meta.geo_key, meta.dimensions)
