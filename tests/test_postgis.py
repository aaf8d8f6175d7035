"""Wijkmonitor against a real PostgreSQL + PostGIS server (Debian's packages, tests/postgis_server.py).

The municipality's database is built the way GIS departments load CBS data: a schema ``bron`` with
the buurten of the Wijk- en Buurtkaart (geometry, key fields, inhabitants, households) and the
Kerncijfers as a separate table without geometry, CBS field names kept (what ``ogr2ogr -lco
LAUNDER=NO`` leaves), loaded with SQL (psql COPY) — not through QGIS, so reading is tested on tables
QGIS did not write. Values are the real CBS values of the bundled Amsterdam sample.

Processing addresses database tables as it documents them: inputs ``postgres://<data source URI>``,
outputs ``postgis:<URI>`` or ``postgres:<URI>``. Results are read back twice: with QGIS and with
psql. What QGIS does when it overwrites a table (observed with log_statement=all on this server):
one transaction drops and creates the table, a second one inserts the features — so a reader with
an open transaction makes the writer wait, and sees the old table whole.
"""

from __future__ import annotations

import math
import subprocess

import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer, QgsWkbTypes

from tests.postgis_server import quote_ident
from wijkmonitor_plugin.qgis_adapters.compat import is_null

KEY_FIELDS = ("statcode", "statnaam", "gemeentecode", "gemeentenaam", "wijkcode", "jaar")
BUURTEN_FIGURES = ("aantalInwoners", "aantalHuishoudens")
INDEX_FIELDS = ("index_score", "index_rank", "index_decile", "income_rank", "work_rank")


def _value(value):
    """A feature attribute as Python: QGIS NULL (and NaN) as None."""
    return None if is_null(value) or (isinstance(value, float) and math.isnan(value)) else value


def _copy_value(value) -> str:
    """A value in PostgreSQL's COPY text format (NULL as \\N)."""
    value = _value(value)
    if value is None:
        return "\\N"
    return str(value).replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def _copy(server, table: str, columns: list[str], rows: list[list]) -> None:
    payload = "\n".join("\t".join(_copy_value(v) for v in row) for row in rows) + "\n"
    cols = ", ".join(quote_ident(c) for c in columns)
    server.psql("wijkmonitor", f"COPY {table} ({cols}) FROM STDIN", stdin=payload)


@pytest.fixture(scope="module")
def municipal_db(postgis, sample_gpkg):
    """Schema ``bron``: ``cbs_buurten_2023`` (MultiPolygon, EPSG:28992) and ``kerncijfers_2023`` (no geometry)."""
    sample = QgsVectorLayer(sample_gpkg, "sample", "ogr")
    fields = sample.fields()
    figures = [f.name() for f in fields if f.isNumeric() and f.name() not in (*KEY_FIELDS, *BUURTEN_FIGURES, "fid")]
    buurten, kerncijfers = [], []
    for feature in sample.getFeatures():
        values = {name: feature[name] for name in fields.names()}
        counts = [None if _value(values[k]) is None else int(values[k]) for k in BUURTEN_FIGURES]  # stored as real
        buurten.append([values[k] for k in KEY_FIELDS] + counts + [feature.geometry().asWkb().toHex().data().decode()])
        kerncijfers.append([values["statcode"]] + [values[f] for f in figures])
    numbers = ", ".join(f"{quote_ident(f)} double precision" for f in figures)
    postgis.psql("wijkmonitor", f"""
        CREATE SCHEMA bron;
        CREATE SCHEMA resultaat;
        CREATE TABLE bron.cbs_buurten_2023 (
            id serial PRIMARY KEY, statcode text NOT NULL UNIQUE, statnaam text, gemeentecode text,
            gemeentenaam text, wijkcode text, jaar integer, "aantalInwoners" integer, "aantalHuishoudens" integer,
            wkb text, geom geometry(MultiPolygon, 28992));
        CREATE TABLE bron.kerncijfers_2023 (buurtcode text PRIMARY KEY, {numbers});""")
    _copy(postgis, "bron.cbs_buurten_2023", [*KEY_FIELDS, *BUURTEN_FIGURES, "wkb"], buurten)
    _copy(postgis, "bron.kerncijfers_2023", ["buurtcode", *figures], kerncijfers)
    postgis.psql("wijkmonitor", """
        UPDATE bron.cbs_buurten_2023 SET geom = ST_SetSRID(ST_GeomFromWKB(decode(wkb, 'hex')), 28992);
        ALTER TABLE bron.cbs_buurten_2023 DROP COLUMN wkb;
        CREATE INDEX ON bron.cbs_buurten_2023 USING gist (geom);""")
    return postgis, figures


def _uri(server, schema, table, geometry="geom", **overrides) -> str:
    """The data source URI of a table (what QgsVectorLayer(uri, name, "postgres") opens)."""
    return server.connection.uri(table, schema=schema, geometry=geometry, **overrides)


def _source(server, schema, table, geometry="geom", **overrides) -> str:
    """The same table as a Processing input."""
    return "postgres://" + _uri(server, schema, table, geometry, **overrides)


def _by_code(layer, fields) -> dict:
    return {f["statcode"]: tuple(_value(f[n]) for n in fields) for f in layer.getFeatures()}


def test_tables_read_as_loaded(municipal_db):
    server, figures = municipal_db
    assert server.rows("SELECT count(*), count(DISTINCT statcode), min(ST_SRID(geom)) FROM bron.cbs_buurten_2023") \
        == [["519", "519", "28992"]]
    buurten = QgsVectorLayer(_uri(server, "bron", "cbs_buurten_2023"), "b", "postgres")
    table = QgsVectorLayer(_uri(server, "bron", "kerncijfers_2023", geometry=None), "k", "postgres")
    assert buurten.isValid() and table.isValid()
    assert buurten.featureCount() == 519 and table.featureCount() == 519
    assert buurten.wkbType() == QgsWkbTypes.Type.MultiPolygon and buurten.crs().authid() == "EPSG:28992"
    assert table.wkbType() == QgsWkbTypes.Type.NoGeometry
    assert set(figures) <= set(table.fields().names())  # camelCase CBS names, as loaded


def test_chain_from_postgis_to_postgis_equals_the_geopackage_chain(municipal_db, run_alg, sample_gpkg):
    """Join the Kerncijfers table to the buurten (both in PostGIS), write the result to PostGIS (postgres:),
    compute the index from that table (postgres://) into PostGIS (postgis:), read it back: the same
    numbers as the same chain on the GeoPackage sample."""
    server, figures = municipal_db
    joined_uri = _uri(server, "resultaat", "buurten_kerncijfers")
    joined = run_alg("wijkmonitor:joinindicators", {
        "INPUT": _source(server, "bron", "cbs_buurten_2023"),
        "TABLE": _source(server, "bron", "kerncijfers_2023", geometry=None),
        "OUTPUT": "postgres:" + joined_uri, "REPORT": "TEMPORARY_OUTPUT"})
    assert (joined["MATCHED"], joined["UNMATCHED_LAYER"], joined["UNMATCHED_TABLE"]) == (519, 0, 0)
    # every Kerncijfers value arrived, NULL stays NULL (never 0), decimals are kept
    layer = QgsVectorLayer(joined_uri, "joined", "postgres")
    sample = QgsVectorLayer(sample_gpkg, "sample", "ogr")
    assert layer.isValid() and layer.featureCount() == 519
    assert _by_code(layer, figures) == _by_code(sample, figures)

    index_uri = _uri(server, "resultaat", "achterstandsmonitor_2023")
    params = {"POPULATION_FIELD": "aantalInwoners", "MIN_POPULATION": 100, "GROUP_FIELD": "wijkcode"}
    from_db = run_alg("wijkmonitor:deprivationindex", dict(
        params, INPUT="postgres://" + joined_uri, OUTPUT="postgis:" + index_uri))
    from_file = run_alg("wijkmonitor:deprivationindex", dict(params, INPUT=sample_gpkg, OUTPUT="TEMPORARY_OUTPUT"))
    assert from_db["AREAS_WITH_INDEX"] == from_file["AREAS_WITH_INDEX"] == 441  # every buurt with >= 100 inhabitants
    assert from_db["DOMAINS"] == from_file["DOMAINS"]

    # read again with QGIS: same scores, ranks and deciles per buurt as the GeoPackage run
    result = QgsVectorLayer(index_uri, "index", "postgres")
    assert result.isValid() and result.featureCount() == 519
    assert result.wkbType() == QgsWkbTypes.Type.MultiPolygon and result.crs().authid() == "EPSG:28992"
    db_values, file_values = _by_code(result, INDEX_FIELDS), _by_code(from_file["OUTPUT"], INDEX_FIELDS)
    assert db_values.keys() == file_values.keys()
    for code, values in db_values.items():
        assert all(a == b or (a is not None and b is not None and math.isclose(a, b, rel_tol=1e-12))
                   for a, b in zip(values, file_values[code])), (code, values, file_values[code])
    # and with psql: ranks 1..N without gaps over the scored buurten, geometry unchanged
    ranks = [int(r[0]) for r in server.rows(
        "SELECT index_rank FROM resultaat.achterstandsmonitor_2023 WHERE index_score IS NOT NULL ORDER BY 1")]
    scores = server.rows("SELECT count(*) FILTER (WHERE index_score IS NULL), "
                         "count(*) FILTER (WHERE index_score IS NULL AND index_rank IS NOT NULL) "
                         "FROM resultaat.achterstandsmonitor_2023")
    assert sorted(ranks) == ranks and ranks[0] == 1 and ranks[-1] == len(ranks) == 441
    assert scores == [["78", "0"]]
    same_geometry = server.rows(
        "SELECT count(*) FROM resultaat.achterstandsmonitor_2023 r JOIN bron.cbs_buurten_2023 b USING (statcode) "
        "WHERE ST_Equals(r.geom, b.geom) AND ST_SRID(r.geom) = 28992")
    assert same_geometry == [["519"]]


def test_second_writer_waits_for_a_reader_and_replaces_the_table_whole(municipal_db, run_alg, qgis_process):
    """A colleague's QGIS reads the result table while a second run (qgis_process) writes to it.

    The reader's open transaction makes the writer wait (its DROP of the old table needs an exclusive
    lock); the reader reads the old table to the end; then the writer replaces it with its complete result.
    """
    server, _ = municipal_db
    uri = _uri(server, "resultaat", "gedeeld_resultaat")
    base = {"INPUT": _source(server, "bron", "cbs_buurten_2023"), "TABLE": _source(server, "bron", "kerncijfers_2023",
                                                                                    geometry=None)}
    first = run_alg("wijkmonitor:joinindicators", dict(base, OUTPUT="postgis:" + uri, FIELDS=["aantalWmoClienten"]))
    assert first["MATCHED"] == 519
    old = _by_code(QgsVectorLayer(uri, "first", "postgres"), ["aantalWmoClienten"])
    reader = QgsVectorLayer(uri, "reader", "postgres")
    features = reader.getFeatures()
    read = [next(features)]  # the cursor is open: the reader's transaction holds its lock on the table
    locks = "SELECT count(*) FROM pg_locks WHERE relation = 'resultaat.gedeeld_resultaat'::regclass AND NOT granted"
    writer = subprocess.Popen(
        [*qgis_process.command, "run", "wijkmonitor:joinindicators", "--",
         f"INPUT={base['INPUT']}", f"TABLE={base['TABLE']}", "FIELDS=aantalWmoClientenPer1000Inwoners",
         f"OUTPUT=postgis:{uri}"], env=qgis_process.env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        server.wait_until(lambda: server.rows(locks) == [["1"]] or writer.poll() is not None, timeout=120)
        assert writer.poll() is None, writer.stdout.read()  # waiting for the reader, not failed or done
        read += list(features)
        assert {f["statcode"]: (_value(f["aantalWmoClienten"]),) for f in read} == old  # the old table, whole
    finally:
        features.close()
    output, _ = writer.communicate(timeout=300)
    assert writer.returncode == 0, output
    replaced = QgsVectorLayer(uri, "after", "postgres")
    assert replaced.featureCount() == 519
    assert "aantalWmoClientenPer1000Inwoners" in replaced.fields().names()
    assert "aantalWmoClienten" not in replaced.fields().names()
    counts = 'SELECT count(*), count("aantalWmoClientenPer1000Inwoners") FROM {}'
    assert server.rows(counts.format("resultaat.gedeeld_resultaat")) == \
        server.rows(counts.format("bron.kerncijfers_2023"))


def test_wrong_password_says_so_and_never_shows_it(municipal_db, run_alg):
    server, _ = municipal_db
    with pytest.raises(QgsProcessingException) as err:
        run_alg("wijkmonitor:deprivationindex", {
            "INPUT": _source(server, "bron", "cbs_buurten_2023", password="geheim-maar-fout"),
            "OUTPUT": "TEMPORARY_OUTPUT"})
    message = str(err.value)
    assert "password authentication failed" in message and "user name or password" in message
    assert '"bron"."cbs_buurten_2023"' in message and "geheim-maar-fout" not in message
    out = _uri(server, "resultaat", "x", password="geheim-maar-fout")
    with pytest.raises(QgsProcessingException) as err:
        run_alg("wijkmonitor:joinindicators", {
            "INPUT": _source(server, "bron", "cbs_buurten_2023"),
            "TABLE": _source(server, "bron", "kerncijfers_2023", geometry=None), "OUTPUT": "postgis:" + out})
    message = str(err.value)
    assert "password authentication failed" in message and "geheim-maar-fout" not in message
    assert server.rows("SELECT count(*) FROM pg_tables WHERE schemaname = 'resultaat' AND tablename = 'x'") == [["0"]]


def test_missing_schema_names_the_schemas_there(municipal_db, run_alg):
    server, _ = municipal_db
    with pytest.raises(QgsProcessingException) as err:
        run_alg("wijkmonitor:joinindicators", {
            "INPUT": _source(server, "wijkdata", "cbs_buurten_2023"),
            "TABLE": _source(server, "bron", "kerncijfers_2023", geometry=None), "OUTPUT": "TEMPORARY_OUTPUT"})
    message = str(err.value)
    assert 'schema "wijkdata" does not exist' in message and "bron, public, resultaat" in message
    with pytest.raises(QgsProcessingException) as err:
        run_alg("wijkmonitor:joinindicators", {
            "INPUT": _source(server, "bron", "cbs_buurten_2023"),
            "TABLE": _source(server, "bron", "kerncijfers_2023", geometry=None),
            "OUTPUT": "postgis:" + _uri(server, "analyse", "buurten")})
    message = str(err.value)
    assert 'schema "analyse" does not exist' in message and "CREATE SCHEMA" in message
    assert server.connection.password not in message


def test_missing_table_is_named(municipal_db, run_alg):
    server, _ = municipal_db
    with pytest.raises(QgsProcessingException) as err:
        run_alg("wijkmonitor:deprivationindex", {"INPUT": _source(server, "bron", "buurten_2022"),
                                                 "OUTPUT": "TEMPORARY_OUTPUT"})
    assert '"bron"."buurten_2022"' in str(err.value) and "does not exist" in str(err.value)


def test_wrong_password_from_the_command_line(municipal_db, qgis_process):
    server, _ = municipal_db
    proc = qgis_process(["run", "wijkmonitor:deprivationindex", "--",
                         "INPUT=" + _source(server, "bron", "cbs_buurten_2023", password="geheim-maar-fout"),
                         "OUTPUT=TEMPORARY_OUTPUT"], check=False)
    output = proc.stdout + proc.stderr
    assert proc.returncode != 0
    assert "password authentication failed" in output and "user name or password" in output


def test_other_database_errors_never_show_the_password(municipal_db, run_alg):
    """A table that exists under a wrong geometry column: QGIS's own message, the password blanked out."""
    server, _ = municipal_db
    with pytest.raises(QgsProcessingException) as err:
        run_alg("wijkmonitor:deprivationindex", {"INPUT": _source(server, "bron", "cbs_buurten_2023", geometry="geo"),
                                                 "OUTPUT": "TEMPORARY_OUTPUT"})
    message = str(err.value)
    assert "cbs_buurten_2023" in message and "********" in message
    assert server.connection.password not in message
