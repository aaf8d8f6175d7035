"""The reliability sweep, second half: odd tables, files and layers as users make them (issue 12).

Every case runs the algorithm through ``processing.run`` and asserts either the message that fits the case
(not a downstream one) or, where the input is usable, that what was left out or changed is counted in the
log. Every case also asserts that the input files are byte-identical afterwards and that a failed run
left nothing in the output folder.

Evidence for the inputs: the Amsterdam sample (resources/sample/), the police table of the sample
(resources/sample/politie_47022NED_misdrijven_amsterdam_2024.csv) rewritten the ways municipal tables come
(StatLine ``;`` with decimal commas, Windows-1252, header only, codes without ``BU`` or leading zeros,
headers with quotes and SQL characters), and the Achterstandsmonitor definition of resources/definitions/.
"""

from __future__ import annotations

import json
import shutil

import pytest
from osgeo import gdal, ogr
from qgis.core import (
    QgsProcessingContext,
    QgsProcessingException,
    QgsProject,
    QgsVectorLayer,
)

from tests.conftest import ROOT
from tests.sweep import Recording, hashes

FIELD = "percentageHuishoudensMetLaagInkomen"
DEFINITION = ROOT / "resources" / "definitions" / "achterstandsmonitor_nl.json"


def _sql(path, *statements):
    ds = ogr.Open(str(path), 1)
    for statement in statements:
        ds.ExecuteSQL(statement)
    ds = None


@pytest.fixture(scope="module")
def inputs(processing_ready, sample_gpkg, tmp_path_factory):
    folder = tmp_path_factory.mktemp("odd_inputs")
    buurten = folder / "buurten.gpkg"
    shutil.copy(sample_gpkg, buurten)
    ds = ogr.Open(str(buurten))
    table = ds.GetLayer(0).GetName()
    ds = None
    for name, statements in {
        "constant": [f"UPDATE {table} SET {FIELD} = 7"],
        "null_field": [f"UPDATE {table} SET {FIELD} = NULL"],
        "no_codes": [f"UPDATE {table} SET wijkcode = NULL, statcode = NULL, buurtcode = NULL"],
    }.items():
        shutil.copy(buurten, folder / f"{name}.gpkg")
        _sql(folder / f"{name}.gpkg", *statements)
    # the buurten layer only: the sample also holds its default style (the GeoPackage's layer_styles table)
    gdal.VectorTranslate(str(folder / "one.gpkg"), str(buurten), layers=[table], where="statcode = 'BU0363AA01'")
    gdal.VectorTranslate(str(folder / "two.gpkg"), str(buurten), layers=[table],
                         where="statcode IN ('BU0363AA01', 'BU0363AA02')")
    gdal.VectorTranslate(str(folder / "wgs84.gpkg"), str(buurten), layers=[table], dstSRS="EPSG:4326")
    assert all(QgsVectorLayer(str(folder / f"{n}.gpkg"), n, "ogr").featureCount() == count
               for n, count in (("one", 1), ("two", 2), ("wgs84", 519)))
    gdal.VectorTranslate(str(folder / "centroids.gpkg"), str(buurten), SQLStatement=f"SELECT statcode, "
                         f"ST_Centroid(geom) AS geom FROM {table}", SQLDialect="SQLITE")
    write = {
        "header_only.csv": "statcode;misdrijven\n",
        "empty.csv": "",
        "statline.csv": "\ufeff\"statcode\";\"misdrijven_per_1000\"\n"
                        "\"BU0363AA01  \";\"  52,2\"\n\"BU0363AA02\";\".\"\n",
        "codes.csv": "code,misdrijven\n363AA01,3\n0363AA02,4\nBU 0363 AA03,5\n",
        "quotes.csv": 'statcode,"mis""drijven; DROP TABLE x",\'a\'\nBU0363AA01,3,4\n',
        "lookup_twice.csv": "buurtcode,gebied\nBU0363AA01,Noord\nBU0363AA01,Zuid\nBU0363AA02,Noord\n",
        "lookup_header.csv": "buurtcode,gebied\n",
        "lookup_nocode.csv": "naam,gebied\nPlanciusbuurt,Noord\n",
        "bad.png": "not a PNG at all",
        "bad.svg": "<svg xmlns='http://www.w3.org/2000/svg'><unclosed",
        "broken.json": "{\"name\": \"half",
    }
    for name, text in write.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "cp1252.csv").write_bytes("statcode;naam;misdrijven\nBU0363AA01;Caféterras ‘t Hoekje;3\n"
                                        .encode("cp1252"))
    definition = json.loads(DEFINITION.read_text(encoding="utf-8"))
    definition["min_domains"] = 99
    (folder / "min_domains.json").write_text(json.dumps(definition), encoding="utf-8")
    (folder / "a_folder.csv").mkdir()
    return folder


def error(*texts):
    return ("error", texts)


def counted(check):
    return ("ok", check)


def _out(o):
    return str(o / "out.gpkg")


# (id, algorithm, parameters(inputs, out), expected)
CASES = [
    # joinindicators: tables
    ("join-header-only", "joinindicators", lambda i, o: {"INPUT": str(i / "buurten.gpkg"),
     "TABLE_FILE": str(i / "header_only.csv"), "OUTPUT": _out(o)}, error("header_only.csv has no rows")),
    ("join-empty-file", "joinindicators", lambda i, o: {"INPUT": str(i / "buurten.gpkg"),
     "TABLE_FILE": str(i / "empty.csv"), "OUTPUT": _out(o)}, error("The table is empty.")),
    ("join-missing-file", "joinindicators", lambda i, o: {"INPUT": str(i / "buurten.gpkg"),
     "TABLE_FILE": str(i / "nothere.csv"), "OUTPUT": _out(o)}, error("nothere.csv does not exist", "Check the name")),
    ("join-table-is-a-folder", "joinindicators", lambda i, o: {"INPUT": str(i / "buurten.gpkg"),
     "TABLE_FILE": str(i / "a_folder.csv"), "OUTPUT": _out(o)}, error("a_folder.csv is a folder, not a file")),
    ("join-statline-decimal-commas", "joinindicators", lambda i, o: {"INPUT": str(i / "buurten.gpkg"),
     "TABLE_FILE": str(i / "statline.csv"), "OUTPUT": "TEMPORARY_OUTPUT"},
     counted(lambda r, lines: r["MATCHED"] == 2 and {f["statcode"]: f["misdrijven_per_1000"] for f in
                                                      r["OUTPUT"].getFeatures()}["BU0363AA01"] == 52.2)),
    ("join-windows-1252", "joinindicators", lambda i, o: {"INPUT": str(i / "buurten.gpkg"),
     "TABLE_FILE": str(i / "cp1252.csv"), "OUTPUT": "TEMPORARY_OUTPUT"},
     counted(lambda r, lines: r["MATCHED"] == 1)),
    ("join-codes-in-wrong-forms", "joinindicators", lambda i, o: {"INPUT": str(i / "buurten.gpkg"),
     "TABLE_FILE": str(i / "codes.csv"), "OUTPUT": "TEMPORARY_OUTPUT", "REPORT": "TEMPORARY_OUTPUT"},
     counted(lambda r, lines: r["MATCHED"] + sum(1 for f in r["REPORT"].getFeatures()
                                                 if f.attributes()[0] == "invalid key") == 3)),
    ("join-quotes-and-sql-in-headers", "joinindicators", lambda i, o: {"INPUT": str(i / "buurten.gpkg"),
     "TABLE_FILE": str(i / "quotes.csv"), "OUTPUT": _out(o)},
     counted(lambda r, lines: r["MATCHED"] == 1 and QgsVectorLayer(r["OUTPUT"], "o", "ogr").featureCount() == 519)),
    # aggregateareas: lookups, codes, own areas
    ("aggregate-lookup-buurt-in-two-areas", "aggregateareas", lambda i, o: {"INPUT": str(i / "buurten.gpkg"),
     "TARGET": 3, "LOOKUP_FILE": str(i / "lookup_twice.csv"), "LOOKUP_AREA": "gebied", "OUTPUT": "TEMPORARY_OUTPUT"},
     counted(lambda r, lines: any(line.startswith("1 buurt(en) are in more than one area") and
                                  "BU0363AA01 (Noord / Zuid)" in line for line in lines))),
    ("aggregate-lookup-header-only", "aggregateareas", lambda i, o: {"INPUT": str(i / "buurten.gpkg"),
     "TARGET": 3, "LOOKUP_FILE": str(i / "lookup_header.csv"), "OUTPUT": _out(o)}, error("has no rows")),
    ("aggregate-lookup-without-codes", "aggregateareas", lambda i, o: {"INPUT": str(i / "buurten.gpkg"),
     "TARGET": 3, "LOOKUP_FILE": str(i / "lookup_nocode.csv"), "OUTPUT": _out(o)},
     error("no column of buurt codes", "naam, gebied")),
    ("aggregate-codes-all-null", "aggregateareas", lambda i, o: {"INPUT": str(i / "no_codes.gpkg"), "TARGET": 0,
     "OUTPUT": _out(o)}, error("are empty (NULL) or hold no valid code in every buurt")),
    ("aggregate-empty-own-areas", "aggregateareas", lambda i, o: {"INPUT": str(i / "buurten.gpkg"), "TARGET": 2,
     "AREAS": str(i / "one.gpkg") + "|subset=1=0", "OUTPUT": _out(o)}, error("its filter leaves none")),
    ("aggregate-own-areas-in-wgs84", "aggregateareas", lambda i, o: {"INPUT": str(i / "buurten.gpkg"), "TARGET": 2,
     "AREAS": str(i / "wgs84.gpkg"), "AREA_KEY": "statcode", "OUTPUT": "TEMPORARY_OUTPUT"},
     counted(lambda r, lines: r["OUTPUT"].featureCount() == 519)),
    ("aggregate-own-areas-are-points", "aggregateareas", lambda i, o: {"INPUT": str(i / "buurten.gpkg"),
     "TARGET": 2, "AREAS": str(i / "centroids.gpkg"), "OUTPUT": _out(o)},
     error("The own areas have no usable polygon", "'centroids'")),
    # hotspots, deprivation, similar areas, wijkprofile: columns and areas that cannot be analysed
    ("hotspots-constant-column", "hotspots", lambda i, o: {"INPUT": str(i / "constant.gpkg"), "FIELD": FIELD,
     "PERMUTATIONS": 99, "OUTPUT": _out(o)}, error("the same value (7) in every area")),
    ("hotspots-all-null-column", "hotspots", lambda i, o: {"INPUT": str(i / "null_field.gpkg"), "FIELD": FIELD,
     "PERMUTATIONS": 99, "OUTPUT": _out(o)}, error(f"The field {FIELD} is empty (NULL) in every one of the 519 areas")),
    ("hotspots-single-area", "hotspots", lambda i, o: {"INPUT": str(i / "one.gpkg"), "FIELD": FIELD,
     "PERMUTATIONS": 99, "OUTPUT": _out(o)}, error("needs at least three areas")),
    ("index-single-area", "deprivationindex", lambda i, o: {"INPUT": str(i / "one.gpkg"), "OUTPUT": _out(o),
     "REPORT": str(o / "r.html")}, error("needs at least two areas; this input has 1")),
    ("index-min-domains-above-domains-present", "deprivationindex", lambda i, o: {"INPUT": str(i / "buurten.gpkg"),
     "DEFINITION": str(i / "min_domains.json"), "OUTPUT": "TEMPORARY_OUTPUT"},
     counted(lambda r, lines: any("at least 99 domain scores per area" in line for line in lines))),
    ("index-broken-definition", "deprivationindex", lambda i, o: {"INPUT": str(i / "buurten.gpkg"),
     "DEFINITION": str(i / "broken.json"), "OUTPUT": _out(o)}, error("broken.json")),
    ("index-constant-column", "deprivationindex", lambda i, o: {"INPUT": str(i / "constant.gpkg"),
     "OUTPUT": "TEMPORARY_OUTPUT"}, counted(lambda r, lines: "income" in r["LEFT_OUT_DOMAINS"])),
    ("similar-single-area", "similarareas", lambda i, o: {"INPUT": str(i / "one.gpkg"), "K": 3, "OUTPUT": _out(o)},
     error("only 1 area")),
    ("wijkprofile-single-area", "wijkprofile", lambda i, o: {"INPUT": str(i / "one.gpkg"), "REFERENCE": 0,
     "OUTPUT": _out(o)}, error("There is only 1 area", "needs at least two")),
    # maps: logos and fields
    ("maps-missing-logo", "exportmaps", lambda i, o: {"INPUT": str(i / "buurten.gpkg"), "FIELDS": [FIELD], "DPI": 30,
     "LOGO": str(i / "logo.svg"), "OUTPUT_FOLDER": str(o / "maps")}, error("logo.svg does not exist")),
    ("maps-corrupt-png-logo", "exportmaps", lambda i, o: {"INPUT": str(i / "buurten.gpkg"), "FIELDS": [FIELD],
     "DPI": 30, "LOGO": str(i / "bad.png"), "OUTPUT_FOLDER": str(o / "maps")},
     error("bad.png cannot be shown: it is not a readable image")),
    ("maps-corrupt-svg-logo", "exportmaps", lambda i, o: {"INPUT": str(i / "buurten.gpkg"), "FIELDS": [FIELD],
     "DPI": 30, "LOGO": str(i / "bad.svg"), "OUTPUT_FOLDER": str(o / "maps")},
     error("bad.svg cannot be shown: it is not a readable SVG drawing")),
    ("maps-field-not-in-layer", "exportmaps", lambda i, o: {"INPUT": str(i / "buurten.gpkg"),
     "FIELDS": ["gemiddeldeWOZWaardeVanWoningen"], "DPI": 30, "OUTPUT_FOLDER": str(o / "maps")},
     error("'gemiddeldeWOZWaardeVanWoningen' does not exist")),
]


@pytest.mark.parametrize("alg,make,expected", [pytest.param(c[1], c[2], c[3], id=c[0]) for c in CASES])
def test_odd_input(processing_ready, inputs, tmp_path, alg, make, expected):
    import processing

    out = tmp_path / "out"
    out.mkdir()
    params = make(inputs, out)
    before = hashes(inputs)
    feedback = Recording()
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    kind, check = expected
    if kind == "error":
        with pytest.raises(QgsProcessingException) as caught:
            processing.run(f"wijkmonitor:{alg}", params, context=context, feedback=feedback)
        message = str(caught.value)
        assert "Traceback" not in message and message.strip()
        for text in check:
            assert text in message, message
        assert list(out.iterdir()) == []  # nothing partial
    else:
        result = processing.run(f"wijkmonitor:{alg}", params, context=context, feedback=feedback)
        assert check(result, feedback.lines), (result, feedback.lines[-10:])
    assert hashes(inputs) == before  # inputs byte-identical


def test_the_sweep_covers_at_least_eight_odd_inputs_per_family():
    families = {}
    for case in CASES:
        families[case[0].split("-")[0]] = families.get(case[0].split("-")[0], 0) + 1
    assert families["join"] >= 8 and families["aggregate"] >= 7
