"""CBS OData tables (v3 ``ODataApi``/``ODataFeed`` on both CBS hosts, and v4) per gemeente, wijk and buurt.

The URL, paging and parsing rules live in :mod:`..core.cbs_odata`, the choice of dimension
values and the one-row-per-region layout in :mod:`..core.cbs_dimensions`; this module
walks the pages through a :class:`.network.Downloader` (which caches every answer,
including the catalogue answers that tell on which host a table lives).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..core import cbs_dimensions, cbs_odata, regions
from ..core.http_errors import NotFoundError, ServiceError, TooManyRecordsError
from ..i18n import translate
from .network import Downloader, base_url
from .network_sources import PageGuard, Progress, bad_shape, service_names


@dataclass
class Host:
    """Where a table is read: an OData v3 host (opendata or dataderden) or OData v4."""

    key: str  # base-URL service name: cbs_odata, cbs_dataderden or cbs_odata4
    base: str
    service: str  # the name in messages
    version: int = 3


@dataclass
class CbsTable:
    meta: cbs_odata.TableMeta
    topics: list
    frame: object  # pandas.DataFrame, one row per region
    title: str
    year: int | None
    host: Host | None = None
    choices: list = field(default_factory=list)  # cbs_dimensions.Choice per dimension
    fields: list = field(default_factory=list)  # cbs_dimensions.FieldSpec per output field


def v3_host(key: str) -> Host:
    names = service_names()
    service = names["odata"] if key == cbs_odata.OPENDATA else translate("CbsDownload",
                                                                          "CBS OData (dataderden.cbs.nl)")
    return Host(key=key, base=base_url(key), service=service)


def v4_host() -> Host:
    return Host(key="cbs_odata4", base=base_url("cbs_odata4"), service=service_names()["odata4"], version=4)


def host_label(host: Host) -> str:
    return {cbs_odata.OPENDATA: "opendata.cbs.nl", cbs_odata.DATADERDEN: "dataderden.cbs.nl"}.get(
        host.key, "datasets.cbs.nl")


def resolve_kwb_table(dl: Downloader, year: int) -> str:
    """The table id of "Kerncijfers wijken en buurten <year>": known ids, else the CBS catalogue."""
    if int(year) in cbs_odata.KWB_TABLES:
        return cbs_odata.KWB_TABLES[int(year)]
    service = service_names()["catalog"]
    url = cbs_odata.catalog_url(base_url(cbs_odata.OPENDATA))
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


def candidate_hosts(dl: Downloader, table_id: str) -> list:
    """The v3 hosts to try for a table: its known host, else the host whose catalogue lists it, else both.

    The catalogue answers are cached by the downloader, so the question is asked once.
    """
    known = cbs_odata.KNOWN_HOSTS.get(table_id)
    if known:
        return [v3_host(known)]
    hosts = [v3_host(cbs_odata.OPENDATA), v3_host(cbs_odata.DATADERDEN)]
    catalogue = service_names()["catalog"]
    for host in hosts:
        url = cbs_odata.catalog_table_url(host.base, table_id)
        try:
            payload = dl.get(url, catalogue)
        except NotFoundError:  # a mirror without a catalogue: ask the table itself
            continue
        except ServiceError as exc:  # the catalogue is down: the table itself may still answer
            dl.warn(translate("CbsDownload", "The CBS catalogue could not be asked where table {table} is "
                                             "({problem}); trying the table on both hosts.").format(
                table=table_id, problem=exc.problem))
            return hosts
        try:
            listed = cbs_odata.catalog_lists(cbs_odata.values(payload), table_id)
        except ValueError as exc:
            raise bad_shape(catalogue, url, exc) from exc
        if listed:
            dl.info(translate("CbsDownload", "The CBS catalogue lists table {table} on {host}.").format(
                table=table_id, host=host_label(host)))
            return [host]
    return hosts


def table_metadata(dl: Downloader, table_id: str) -> tuple[cbs_odata.TableMeta, str, str | None, Host]:
    """(metadata, title, period, host) from OData v3 on the table's host, or from v4 when no v3 host has it."""
    for host in candidate_hosts(dl, table_id):
        try:
            url = cbs_odata.query_url(host.base, table_id, "DataProperties")
            props = _pages(dl, url, host.service)
            infos = _pages(dl, cbs_odata.query_url(host.base, table_id, "TableInfos"), host.service)
        except NotFoundError:
            continue
        try:
            meta = cbs_odata.parse_data_properties(props, table_id)
        except ValueError as exc:
            raise ServiceError(host.service, url, str(exc), 200, translate(
                "NetworkSources", "Choose a table with figures per wijk and buurt.")) from exc
        info = infos[0] if infos else {}
        if host.key == cbs_odata.DATADERDEN:
            dl.info(translate("CbsDownload", "Table {table} is read from dataderden.cbs.nl, where CBS publishes "
                                             "tables for third parties ({catalog}).").format(
                table=table_id, catalog=str(info.get("Catalog") or "-")))
        return meta, str(info.get("Title") or table_id), (str(info.get("Period") or "") or None), host
    dl.info(translate("NetworkSources", "Table {table} is not in OData v3; trying OData v4.").format(
        table=table_id))
    host = v4_host()
    dims_url = f"{host.base}/{table_id}/Dimensions"
    try:
        dims = _pages(dl, dims_url, host.service)
        measures = _pages(dl, f"{host.base}/{table_id}/MeasureCodes", host.service)
    except NotFoundError as exc:
        raise ServiceError(host.service, exc.url, translate(
            "CbsDownload", "CBS has no table {table} on opendata.cbs.nl, on dataderden.cbs.nl or in OData v4"
        ).format(table=table_id), 404, translate(
            "CbsDownload", "Check the table id (for example 85984NED, or 50150NED for the GGD health monitor) "
                           "in StatLine.")) from exc
    try:
        meta = cbs_odata.parse_v4_metadata(dims, measures, table_id)
    except ValueError as exc:
        raise ServiceError(host.service, dims_url, str(exc), 200, translate(
            "NetworkSources", "Choose a table with figures per wijk and buurt.")) from exc
    return meta, table_id, None, host


def table_dimensions(dl: Downloader, meta: cbs_odata.TableMeta, host: Host) -> list:
    """The dimensions besides the region with their values (v3 entity set ``<Dim>``, v4 ``<Dim>Codes``)."""
    out = []
    for key in meta.dimensions:
        entity = key if host.version == 3 else f"{key}Codes"
        rows = _pages(dl, cbs_odata.query_url(host.base, meta.table_id, entity), host.service)
        out.append(cbs_dimensions.Dimension(key=key, title=meta.dimension_titles.get(key, key),
                                            kind=meta.dimension_kinds.get(key, "Dimension"),
                                            categories=cbs_dimensions.categories_from_rows(rows)))
    return out


def _year_of(choices: list, year: int | None, period: str | None) -> int | None:
    if year is not None:
        return year
    periods = [c for c in choices if c.dimension.is_time]
    if periods and len(periods[0].categories) == 1:
        return cbs_dimensions.period_year(periods[0].categories[0].key)
    if period and period.strip()[:4].isdigit() and len(period.strip()) == 4:
        return int(period.strip())
    return None


def download_cbs_table(dl: Downloader, table_id: str, levels, gemeentecodes, variables,
                       year: int | None = None, dimensions: str = "") -> CbsTable:
    """The table for the municipalities (all when empty) and levels, one row per region.

    Variables are resolved by title, dimension values by ``dimensions`` (see
    :mod:`..core.cbs_dimensions`); ValueError for unknown variables or dimension values.
    """
    meta, title, period, host = table_metadata(dl, table_id)
    topics = cbs_odata.assign_field_names(cbs_odata.resolve_variables(meta.topics, variables))
    choices = cbs_dimensions.resolve_choices(table_dimensions(dl, meta, host), dimensions, table_id)
    specs = cbs_dimensions.field_specs(topics, choices, reserved=regions.KEY_FIELDS)
    year = _year_of(choices, year, period)
    dim_filter = cbs_dimensions.dimension_filter(choices)
    chunks = [[g] for g in gemeentecodes] or [[None]]
    progress = Progress(dl.feedback, len(chunks), 0, 95)
    rows, title_rows = [], []
    for chunk in chunks:
        gm = chunk[0]
        prefixes = cbs_odata.region_prefixes(gm, levels)
        title_prefixes = cbs_odata.region_prefixes(gm, ["gemeenten", *[lv for lv in levels if lv != "gemeenten"]])
        if host.version == 3:
            rows.extend(_v3_rows(dl, host, meta, topics, prefixes, dim_filter, bool(variables), progress))
            title_rows.extend(_v3_query(dl, host, table_id, meta.geo_key, ["Key", "Title"], "Key", title_prefixes))
        else:
            rows.extend(_v4_rows(dl, host, meta, topics, prefixes, dim_filter, progress))
            title_rows.extend(_pages(dl, cbs_odata.query_url(
                host.base, table_id, f"{meta.geo_key}Codes", None,
                cbs_odata.region_filter("Identifier", title_prefixes)), host.service))
        progress.next()
    frame = cbs_odata.rows_to_frame(rows, meta, topics, cbs_odata.dimension_titles(title_rows), year)
    frame = cbs_dimensions.one_row_per_region(frame, list(regions.KEY_FIELDS), choices, specs)
    return CbsTable(meta=meta, topics=topics, frame=frame, title=title, year=year, host=host, choices=choices,
                    fields=specs)


def _v3_rows(dl, host, meta, topics, prefixes, dim_filter, selected, progress) -> list:
    select = None
    if selected:
        gm_name = [t.key for t in meta.topics if t.stem.lower() == "gemeentenaam"]
        select = list(dict.fromkeys([meta.geo_key, *meta.dimensions, *gm_name, *[t.key for t in topics]]))
    return _v3_query(dl, host, meta.table_id, "TypedDataSet", select, meta.geo_key, prefixes, progress, dim_filter)


def _combined(region_filter: str, other: str) -> str:
    return f"({region_filter}) and {other}" if other else region_filter


def _v3_query(dl, host, table_id, entity, select, key_field, prefixes, progress=None, extra_filter="") -> list:
    """All rows of a filtered v3 query; split per prefix, then the bulk feed, above 10,000 records."""
    filter_ = _combined(cbs_odata.region_filter(key_field, prefixes), extra_filter)
    url = cbs_odata.query_url(host.base, table_id, entity, select, filter_)
    try:
        return _pages(dl, url, host.service, progress)
    except TooManyRecordsError:
        if len(prefixes) > 1:
            dl.info(translate("NetworkSources", "More than 10,000 records: asking per level."))
            return [row for p in prefixes
                    for row in _v3_query(dl, host, table_id, entity, select, key_field, [p], progress, extra_filter)]
        dl.info(translate("NetworkSources", "More than 10,000 records: using the CBS bulk feed."))
        feed_url = cbs_odata.query_url(cbs_odata.feed_base(host.base), table_id, entity, select, filter_)
        return _pages(dl, feed_url, host.service, progress)


def _v4_rows(dl, host, meta, topics, prefixes, dim_filter, progress) -> list:
    filter_ = "(" + cbs_odata.region_filter(meta.geo_key, prefixes) + ")"
    if len(topics) < len(meta.topics):
        filter_ += " and (" + cbs_odata.measure_filter([t.key for t in topics]) + ")"
    if dim_filter:
        filter_ += " and " + dim_filter
    url = cbs_odata.query_url(host.base, meta.table_id, "Observations", None, filter_)
    observations = _pages(dl, url, host.service, progress)
    return cbs_odata.pivot_observations(observations, meta.geo_key, meta.dimensions)
