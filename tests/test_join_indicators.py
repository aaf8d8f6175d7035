"""Reading tables as they come and joining them to neighbourhoods (core and wijkmonitor:joinindicators)."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest
from qgis.core import NULL, QgsFeature, QgsGeometry, QgsProcessingException, QgsVectorLayer

from tests.conftest import NL
from wijkmonitor_plugin.core import join, regions, statline, tables
from wijkmonitor_plugin.core.catalogue import load_catalogue
from wijkmonitor_plugin.qgis_adapters.compat import make_field

SES = NL / "statline_85163NED_ses_woa_amsterdam_2019.csv"
NABIJHEID = NL / "statline_85231NED_nabijheid_2021_transposed.csv"
ALKMAAR = NL / "alkmaar_kwb_shortnames_user_table.csv"
KWB2024 = NL / "odata_85984NED_kwb2024"


# ---------------------------------------------------------------- reading and typing (core)

def test_statline_export_as_it_comes():
    raw = statline.read_csv_table(SES)
    assert raw.layout == "rows" and raw.frame.shape == (579, 9)
    assert raw.frame.columns[0] == "Perioden"  # BOM stripped
    typed, report = tables.type_columns(raw.frame)
    assert typed["Particuliere huishoudens (Aantal)"].iloc[0] == 457400  # right-aligned "  457400"
    assert typed["SES-WOA/Totaalscore/Gemiddelde score (Getal)"].iloc[0] == pytest.approx(-0.1)
    stationsplein = typed[typed["Wijken en buurten"] == "Stationsplein e.o."].iloc[0]
    assert pd.isna(stationsplein["Opleidingsniveau/Laag/Waarde (%)"])  # "       ." is NULL
    assert typed["Regiocode (gemeente, wijk, buurt) (code)"].iloc[0] == "GM0363"
    assert tables.detect_code_column(typed, "buurten") == "Regiocode (gemeente, wijk, buurt) (code)"


def test_transposed_statline_export_with_decimal_commas():
    raw = statline.read_csv_table(NABIJHEID)
    assert raw.layout == "transposed" and raw.title.startswith("Nabijheid voorzieningen")
    frame = raw.frame.set_index("code")
    assert list(frame.index[:4]) == ["NL00", "GM1680", "WK168000", "BU16800000"]
    assert frame.loc["BU16800000", "naam"] == "Annen"
    typed, report = tables.type_columns(raw.frame, keep_text=["code", "naam"])
    typed = typed.set_index("code")
    assert typed.loc["GM1680", "Afstand tot huisartsenpraktijk"] == pytest.approx(2.5)  # "2,5"
    assert typed.loc["NL00", "Aantal huisartsenpraktijken | Binnen 5 km"] == pytest.approx(17.6)
    assert raw.units["Afstand tot huisartsenpraktijk"] == "km"
    assert "Afstand tot openbaar groen totaal" in report.all_null_columns  # all '.'
    assert typed.loc["BU16800109", "Aantal overige dagelijkse levensmiddelen | Binnen 1 km"] == 0.0
    # the catalogue finds facility variables by their StatLine title
    cat = load_catalogue()
    assert cat.find_variable("Afstand tot huisartsenpraktijk").id == "afstand_huisarts"


def test_messy_user_table_numbers_and_keys():
    raw = statline.read_csv_table(ALKMAAR)
    typed, report = tables.type_columns(raw.frame)
    row = typed.set_index("regio").loc["Bergerhof en Blaeustraat kwartier"]
    assert row["p_hh_li"] == pytest.approx(39.1)  # "39,1"
    assert row["m_hh_ver"] == pytest.approx(194.2)  # "194.2" in the same file
    assert row["a_inw"] == 1650
    assert pd.isna(typed.set_index("regio").loc["Beverkoog", "p_hh_li"])  # "."
    assert pd.api.types.is_string_dtype(typed["geometry"]) and "regio" not in report.numeric_columns
    assert tables.detect_code_column(typed, "buurten") is None  # "Buurt" is not a code
    assert tables.detect_name_column(typed) == "regio"


def test_text_in_numeric_columns_and_quoted_names():
    text = ('"statcode";"Aantal ""bewoners""";"score met spaties "\n'
            '"BU0363AA01";"1.234";"3,5"\n"BU0363AA02";"geheim";"4,0"\n"bu0363aa03 ";"12";"n.b."\n')
    raw = statline.parse_csv_text(text)
    assert list(raw.frame.columns) == ["statcode", 'Aantal "bewoners"', "score met spaties"]
    typed, report = tables.type_columns(raw.frame, keep_text=["statcode"])
    assert typed['Aantal "bewoners"'].tolist()[0] == 1234 and pd.isna(typed['Aantal "bewoners"'].iloc[1])
    assert report.text_in_numeric == {"score met spaties": ["n.b."]}
    assert typed["score met spaties"].tolist()[:2] == [3.5, 4.0]


def test_codes_normalised_whatever_the_spelling():
    assert regions.normalise_code("2021BU02330000") == "BU02330000"
    assert regions.normalise_code(" bu0363af08 ") == "BU0363AF08"
    assert regions.normalise_code("363", "gemeenten") == "GM0363"
    assert regions.normalise_code(3630001, "buurten") == "BU03630001"
    assert regions.normalise_code("GM0363    ") == "GM0363"
    assert regions.normalise_code("Buurt") is None and regions.normalise_code("BU123") is None


def test_names_normalised():
    assert tables.normalise_name("Binnenstad - Oost") == tables.normalise_name("BINNENSTAD–OOST ") == "binnenstad oost"
    assert tables.normalise_name("Koedijk / De Weijdt") == "koedijk de weijdt"
    assert tables.normalise_name("Rhônepark") == "rhonepark"


def _target(codes, names=None):
    return pd.DataFrame({"statcode": codes, "statnaam": names or [None] * len(codes)},
                        index=pd.Index(range(len(codes)), name="fid"))


def test_join_core_duplicates_levels_and_collisions():
    target = _target(["BU03630001", "BU03630002", "BU03630003"])
    table = pd.DataFrame({"code": ["3630001", "BU03630001", "2019BU03630002", "WK036300", "BU09990000", "", "x"],
                          "inwoners": [10.0, 5.0, 7.0, 99.0, 1.0, 2.0, 3.0], "statnaam": list("abcdefg")})
    out, report = join.join_frame(target, table, target_key="statcode", table_key="code", level="buurten",
                                  duplicates="sum", existing=["statcode", "statnaam"], prefix="t_")
    assert out["inwoners"].tolist()[:2] == [15.0, 7.0] and pd.isna(out["inwoners"].iloc[2])
    assert "values of different rows are combined" in " ".join(report.summary_lines())
    assert report.duplicates == {"BU03630001": 2}
    assert report.other_level == ["WK036300"]
    assert report.invalid_keys == ["", "x"]
    assert report.unmatched_table == ["BU09990000"]
    assert report.unmatched_target == [("BU03630003", "None")] or report.unmatched_target[0][0] == "BU03630003"
    assert report.renamed == {"statnaam": "t_statnaam"} and "t_statnaam" in out.columns
    frame = report.to_frame()
    assert set(frame["status"]) >= {"matched", "duplicate", "other level", "invalid key", "no neighbourhood",
                                    "no table row"}
    with pytest.raises(join.JoinError, match="several rows for 1 key.*BU03630001 ×2"):
        join.join_frame(target, table, target_key="statcode", table_key="code", level="buurten")
    with pytest.raises(join.JoinError, match="not in the table"):
        join.join_frame(target, table, target_key="statcode", table_key="regiocode")
    with pytest.raises(join.JoinError, match="no rows"):
        join.join_frame(target, table.iloc[0:0], target_key="statcode", table_key="code")


def test_odata_values_with_real_85984ned_titles(tmp_path):
    props = json.loads((KWB2024 / "DataProperties.json").read_text(encoding="utf-8"))
    raw = statline.read_odata_values(KWB2024 / "wijken_gemeenten_2024_8_variables.json", props)
    assert "Aantal inwoners" in raw.frame.columns and raw.units["Aantal inwoners"] == "aantal"
    gm = raw.frame.set_index("WijkenEnBuurten").loc["GM1680"]
    assert gm["Aantal inwoners"] == 25845
    cat = load_catalogue()
    assert cat.find_variable("Aantal inwoners").id == "inwoners"
    assert statline.strip_key_suffix("AantalInwoners_5") == "AantalInwoners"
    target = _target(["GM1680", "GM0363", "GM0014"])
    out, report = join.join_frame(target, raw.frame, target_key="statcode", table_key="WijkenEnBuurten")
    assert report.level == "gemeenten" and len(report.other_level) == 3393  # the wijken of the file
    assert out["aantal_inwoners"].iloc[0] == 25845  # a readable name, the CBS title as alias
    assert report.aliases["aantal_inwoners"] == "Aantal inwoners"
    assert cat.find_variable("aantal_inwoners").id == "inwoners"  # the catalogue still finds it


# ---------------------------------------------------------------- the algorithm

def _write_csv(path, text):
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_join_statline_by_code_other_year_falls_back_to_names(run_alg, sample_gpkg):
    code_only = run_alg("wijkmonitor:joinindicators", {"INPUT": sample_gpkg, "TABLE": str(SES), "KEY_KIND": 1,
                                                       "OUTPUT": "TEMPORARY_OUTPUT", "REPORT": "TEMPORARY_OUTPUT"})
    # Amsterdam renumbered its buurten in 2022: the 2019 codes are valid but of another year
    assert code_only["MATCHED"] == 0 and code_only["UNMATCHED_LAYER"] == 519
    result = run_alg("wijkmonitor:joinindicators", {"INPUT": sample_gpkg, "TABLE": str(SES),
                                                    "OUTPUT": "TEMPORARY_OUTPUT", "REPORT": "TEMPORARY_OUTPUT"})
    assert result["MATCHED"] == 407 and result["UNMATCHED_LAYER"] == 112 and result["UNMATCHED_TABLE"] == 72
    layer = result["OUTPUT"]
    assert layer.featureCount() == 519
    source = QgsVectorLayer(sample_gpkg, "s", "ogr")
    assert source.fields().names() == layer.fields().names()[:len(source.fields())]
    field = "ses_woa_totaalscore"
    values = {f["statnaam"]: f[field] for f in layer.getFeatures()}
    assert values["Kop Zeedijk"] == pytest.approx(0.045)
    assert layer.fields().field(field).alias() == "SES-WOA/Totaalscore/Gemiddelde score (Getal)"
    spreiding = {f["statnaam"]: f["spreiding_totaal"] for f in layer.getFeatures()}
    assert spreiding["Kop Zeedijk"] < 10  # StatLine writes '1.010'-like spreads: decimals, not thousands
    statuses = [f["status"] for f in result["REPORT"].getFeatures()]
    assert statuses.count("matched") == 407 and statuses.count("ambiguous name") == 1  # "Groot binnenwater" twice
    assert statuses.count("other level") == 100  # GM and WK rows of the export
    assert "Perioden" not in source.fields().names()  # the input is not changed


def test_join_transposed_export_and_bare_codes(run_alg, tmp_path):
    layer = QgsVectorLayer("Polygon?crs=EPSG:28992&field=buurtcode:string&field=buurtnaam:string", "b", "memory")
    feats = []
    for i, (code, name) in enumerate([("BU16800000", "Annen"), ("BU16800009", "Verspreide huizen Annen"),
                                      ("BU16800100", "Eext")]):
        f = QgsFeature(layer.fields())
        f.setAttributes([code, name])
        f.setGeometry(QgsGeometry.fromWkt(f"POLYGON(({i} 0, {i + 1} 0, {i + 1} 1, {i} 0))"))
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    result = run_alg("wijkmonitor:joinindicators", {"INPUT": layer, "TABLE_FILE": str(NABIJHEID),
                                                    "OUTPUT": "TEMPORARY_OUTPUT", "REPORT": "TEMPORARY_OUTPUT"})
    assert result["MATCHED"] == 3
    out = {f["buurtcode"]: f for f in result["OUTPUT"].getFeatures()}
    assert out["BU16800000"]["afstand_tot_huisartsenpraktijk"] == pytest.approx(0.8)
    # bare codes without prefix, given the level
    bare = _write_csv(tmp_path / "bare.csv", "buurt;waarde\n16800000;1,5\n16800100;2\n")
    result = run_alg("wijkmonitor:joinindicators", {"INPUT": layer, "TABLE": bare, "KEY_KIND": 1, "LEVEL": 3,
                                                    "TABLE_KEY": "buurt", "OUTPUT": "TEMPORARY_OUTPUT"})
    assert result["MATCHED"] == 2
    assert {f["buurtcode"]: f["waarde"] for f in result["OUTPUT"].getFeatures()}["BU16800000"] == 1.5


def _alkmaar_layer():
    """Buurten of Alkmaar with the geometry (WKT) and names of the real user table, spelled differently."""
    raw = statline.read_csv_table(ALKMAAR).frame
    layer = QgsVectorLayer("Polygon?crs=EPSG:4326", "alkmaar", "memory")
    layer.dataProvider().addAttributes([make_field("buurtnaam", "string")])
    layer.updateFields()
    feats = []
    for name, wkt in zip(raw["regio"], raw["geometry"]):
        f = QgsFeature(layer.fields())
        f.setAttributes([name.upper().replace(" - ", "-")])  # e.g. 'BINNENSTAD-OOST'
        f.setGeometry(QgsGeometry.fromWkt(wkt))
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


def test_join_messy_alkmaar_table_by_name(run_alg):
    layer = _alkmaar_layer()
    result = run_alg("wijkmonitor:joinindicators", {
        "INPUT": layer, "TABLE": str(ALKMAAR), "KEY_KIND": 2, "FIELDS": ["a_inw", "p_hh_li", "m_hh_ver"],
        "OUTPUT": "TEMPORARY_OUTPUT", "REPORT": "TEMPORARY_OUTPUT"})
    assert result["MATCHED"] == 66 and result["UNMATCHED_LAYER"] == 0 and result["UNMATCHED_TABLE"] == 0
    out = {f["buurtnaam"]: f for f in result["OUTPUT"].getFeatures()}
    assert out["BINNENSTAD-OOST"]["p_hh_li"] == pytest.approx(41.7)
    assert out["BERGERHOF EN BLAEUSTRAAT KWARTIER"]["m_hh_ver"] == pytest.approx(194.2)
    assert out["BEVERKOOG"]["p_hh_li"] is None or str(out["BEVERKOOG"]["p_hh_li"]) == "NULL"
    assert result["OUTPUT"].fields().names() == ["buurtnaam", "a_inw", "p_hh_li", "m_hh_ver"]


def test_bad_inputs_say_what_is_wrong(run_alg, sample_gpkg, tmp_path):
    empty = _write_csv(tmp_path / "empty.csv", "statcode;waarde\n")
    with pytest.raises(QgsProcessingException):
        run_alg("wijkmonitor:joinindicators", {"INPUT": sample_gpkg, "TABLE_FILE": empty, "OUTPUT": "TEMPORARY_OUTPUT"})
    nokey = _write_csv(tmp_path / "nokey.csv", "a;b\n1;2\n3;4\n")
    with pytest.raises(QgsProcessingException):
        run_alg("wijkmonitor:joinindicators", {"INPUT": sample_gpkg, "TABLE": nokey, "KEY_KIND": 1,
                                               "OUTPUT": "TEMPORARY_OUTPUT"})
    dup = _write_csv(tmp_path / "dup.csv", "statcode,n\nBU0363AA01,1\nBU0363AA01,2\nBU0363AA02,5\n")
    with pytest.raises(QgsProcessingException):
        run_alg("wijkmonitor:joinindicators", {"INPUT": sample_gpkg, "TABLE": dup, "DUPLICATES": 6,
                                               "OUTPUT": "TEMPORARY_OUTPUT"})
    with pytest.raises(QgsProcessingException):  # refused unless the user chooses
        run_alg("wijkmonitor:joinindicators", {"INPUT": sample_gpkg, "TABLE": dup, "OUTPUT": "TEMPORARY_OUTPUT"})
    result = run_alg("wijkmonitor:joinindicators", {"INPUT": sample_gpkg, "TABLE": dup, "DUPLICATES": 3,
                                                    "OUTPUT": "TEMPORARY_OUTPUT", "REPORT": "TEMPORARY_OUTPUT"})
    values = {f["statcode"]: f["n"] for f in result["OUTPUT"].getFeatures()}
    assert values["BU0363AA01"] == 1.5 and values["BU0363AA02"] == 5
    assert [f["key"] for f in result["REPORT"].getFeatures() if f["status"] == "duplicate"] == ["BU0363AA01"]
    wijken = _write_csv(tmp_path / "wijken.csv", "statcode,n\nWK0363AA,1\nWK0363AB,2\n")
    result = run_alg("wijkmonitor:joinindicators", {"INPUT": sample_gpkg, "TABLE": wijken, "KEY_KIND": 1,
                                                    "OUTPUT": "TEMPORARY_OUTPUT", "REPORT": "TEMPORARY_OUTPUT"})
    assert result["MATCHED"] == 0
    assert [f["status"] for f in result["REPORT"].getFeatures()].count("other level") == 2
    collide = _write_csv(tmp_path / "collide.csv", 'statcode,aantalInwoners,"leeg veld"\nBU0363AA01,5,\n')
    result = run_alg("wijkmonitor:joinindicators", {"INPUT": sample_gpkg, "TABLE": collide, "PREFIX": "gem_",
                                                    "OUTPUT": "TEMPORARY_OUTPUT"})
    names = result["OUTPUT"].fields().names()
    assert "gem_aantalInwoners" in names and "leeg_veld" in names  # PREFIX for names the layer has
    assert names.count("aantalInwoners") == 1


def test_join_batch_over_several_tables(run_alg, sample_gpkg, tmp_path):
    """Batch mode runs the same algorithm over several parameter sets; each run is independent."""
    tables_ = [_write_csv(tmp_path / f"t{i}.csv", f"statcode;v{i}\nBU0363AA0{i};{i},5\n") for i in (1, 2, 3)]
    counts = []
    for i, path in enumerate(tables_, start=1):
        out = tmp_path / f"out{i}.gpkg"
        result = run_alg("wijkmonitor:joinindicators", {"INPUT": sample_gpkg, "TABLE": path,
                                                        "OUTPUT": str(out)})
        layer = QgsVectorLayer(result["OUTPUT"], "o", "ogr")
        counts.append(layer.featureCount())
        assert [f[f"v{i}"] for f in layer.getFeatures() if f["statcode"] == f"BU0363AA0{i}"] == [i + 0.5]
    assert counts == [519, 519, 519]


def _ogr_table(path, driver, layer_name, rows):
    """A table without geometry written by GDAL (XLSX, ODS or GeoPackage), as a user's spreadsheet would be."""
    from osgeo import ogr

    ds = ogr.GetDriverByName(driver).CreateDataSource(str(path))
    lyr = ds.CreateLayer(layer_name, geom_type=ogr.wkbNone)
    lyr.CreateField(ogr.FieldDefn("Buurtcode", ogr.OFTString))
    lyr.CreateField(ogr.FieldDefn("Aantal woningen", ogr.OFTString))  # numbers stored as text
    for code, value in rows:
        feature = ogr.Feature(lyr.GetLayerDefn())
        feature.SetField("Buurtcode", code)
        feature.SetField("Aantal woningen", value)
        lyr.CreateFeature(feature)
    ds = None
    return str(path)


@pytest.mark.parametrize("driver,suffix", [("XLSX", "xlsx"), ("ODS", "ods"), ("GPKG", "gpkg")])
def test_join_spreadsheets_and_geopackage_tables(run_alg, sample_gpkg, tmp_path, driver, suffix):
    rows = [("bu0363aa01", "1.234"), ("BU0363AA02 ", "56"), ("2023BU0363AA03", ".")]
    path = _ogr_table(tmp_path / f"woningen.{suffix}", driver, "woningen", rows)
    table = QgsVectorLayer(f"{path}|layername=woningen", "woningen", "ogr")
    assert table.isValid()
    result = run_alg("wijkmonitor:joinindicators", {"INPUT": sample_gpkg, "TABLE": table,
                                                    "OUTPUT": "TEMPORARY_OUTPUT", "REPORT": "TEMPORARY_OUTPUT"})
    assert result["MATCHED"] == 3
    values = {f["statcode"]: f["aantal_woningen"] for f in result["OUTPUT"].getFeatures()
              if f["statcode"] in ("BU0363AA01", "BU0363AA02", "BU0363AA03")}
    assert values["BU0363AA01"] == 1234 and values["BU0363AA02"] == 56
    assert values["BU0363AA03"] is None or str(values["BU0363AA03"]) == "NULL"


# ---------------------------------------------------------------- several rows per key

def _two_rows_per_key():
    """Key BU03630001 has two rows whose NULLs lie in different columns: mixing them would invent a row."""
    target = _target(["BU03630001", "BU03630002"])
    table = pd.DataFrame({"code": ["BU03630001", "BU03630001", "BU03630002"], "a": [1.0, None, 5.0],
                          "b": [None, 2.0, 6.0], "label": ["eerste", "tweede", "enige"]})
    return target, table


@pytest.mark.parametrize("rule,expected", [("first", (1.0, None, "eerste")), ("last", (None, 2.0, "tweede"))])
def test_first_and_last_take_whole_rows_never_values_of_different_rows(rule, expected):
    target, table = _two_rows_per_key()
    out, report = join.join_frame(target, table, target_key="statcode", table_key="code", duplicates=rule)
    row = out.iloc[0]
    got = tuple(None if pd.isna(v) else v for v in (row["a"], row["b"], row["label"]))
    assert got == expected
    assert out.iloc[1].tolist() == [5.0, 6.0, "enige"]
    assert report.duplicates == {"BU03630001": 2}
    text = " ".join(report.summary_lines())
    assert f"the whole {rule} row of each is joined" in text and "BU03630001 ×2" in text


@pytest.mark.parametrize("rule,a,b", [("sum", 1.0, 2.0), ("mean", 1.0, 2.0), ("min", 1.0, 2.0), ("max", 1.0, 2.0)])
def test_combining_rules_say_they_combine_rows(rule, a, b):
    target, table = _two_rows_per_key()
    out, report = join.join_frame(target, table, target_key="statcode", table_key="code", duplicates=rule)
    assert out.iloc[0]["a"] == a and out.iloc[0]["b"] == b and out.iloc[0]["label"] == "eerste"
    assert "values of different rows are combined" in " ".join(report.summary_lines())


def test_property_first_and_last_are_always_a_real_row_of_the_key():
    rng = np.random.default_rng(7)
    for _ in range(100):
        n = int(rng.integers(2, 40))
        codes = [f"BU0363{int(k):04d}" for k in rng.integers(0, max(2, n // 3), n)]
        table = pd.DataFrame({"code": codes, "a": rng.normal(size=n), "b": rng.normal(size=n)})
        table.loc[rng.random(n) < 0.3, "a"] = np.nan
        table.loc[rng.random(n) < 0.3, "b"] = np.nan
        target = _target(sorted(set(codes)))
        for rule in ("first", "last"):
            out, _ = join.join_frame(target, table, target_key="statcode", table_key="code", duplicates=rule)
            for code, row in zip(target["statcode"], out.itertuples(index=False)):
                rows = table[table["code"] == code]
                chosen = rows.iloc[0] if rule == "first" else rows.iloc[-1]
                assert all((pd.isna(x) and pd.isna(y)) or x == y for x, y in zip((row.a, row.b), (chosen.a, chosen.b)))


def test_algorithm_refuses_several_rows_per_key_and_names_them(run_alg, sample_gpkg, tmp_path):
    table = _write_csv(tmp_path / "perioden.csv", "statcode;jaar;inwoners\nBU0363AA01;2022;100\nBU0363AA01;2023;110\n"
                                                  "BU0363AA02;2023;50\nBU0363AA02;2022;45\nBU0363AA03;2023;7\n")
    with pytest.raises(QgsProcessingException, match="several rows for 2 key.*BU0363AA01 ×2.*BU0363AA02 ×2"):
        run_alg("wijkmonitor:joinindicators", {"INPUT": sample_gpkg, "TABLE": table, "OUTPUT": "TEMPORARY_OUTPUT"})
    result = run_alg("wijkmonitor:joinindicators", {"INPUT": sample_gpkg, "TABLE": table, "DUPLICATES": 1,
                                                    "OUTPUT": "TEMPORARY_OUTPUT", "REPORT": "TEMPORARY_OUTPUT"})
    rows = {f["statcode"]: (f["joined_jaar"], f["inwoners"]) for f in result["OUTPUT"].getFeatures()
            if f["statcode"] in ("BU0363AA01", "BU0363AA02", "BU0363AA03")}
    assert rows == {"BU0363AA01": (2023, 110), "BU0363AA02": (2022, 45), "BU0363AA03": (2023, 7)}
    report = [(f["status"], f["key"], f["detail"]) for f in result["REPORT"].getFeatures()
              if f["status"] == "duplicate"]
    assert report == [("duplicate", "BU0363AA01", "2 rows, last"), ("duplicate", "BU0363AA02", "2 rows, last")]


# ---------------------------------------------------------------- values of the table

def test_text_numbers_codes_and_non_numbers_in_a_geopackage_table(run_alg, sample_gpkg, tmp_path):
    """A GeoPackage table with figures stored as text (decimal commas), CBS codes and 'n.v.t.':
    joined as numbers, the rest NULL, every change counted in the report."""
    from osgeo import ogr

    path = tmp_path / "tekst.gpkg"
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    lyr = ds.CreateLayer("tekst", geom_type=ogr.wkbNone)
    for name, kind in (("statcode", ogr.OFTString), ("percentage", ogr.OFTString), ("aantal", ogr.OFTReal)):
        lyr.CreateField(ogr.FieldDefn(name, kind))
    for code, pct, count in (("BU0363AA01", "59,0", 120.0), ("BU0363AA02", "n.v.t.", -99997.0),
                             ("BU0363AA03", "12,5", -3.0), ("BU0363AA04", "geen", 40.0)):
        feature = ogr.Feature(lyr.GetLayerDefn())
        feature.SetField("statcode", code)
        feature.SetField("percentage", pct)
        feature.SetField("aantal", count)
        lyr.CreateFeature(feature)
    ds = None
    table = QgsVectorLayer(f"{path}|layername=tekst", "tekst", "ogr")
    result = run_alg("wijkmonitor:joinindicators", {"INPUT": sample_gpkg, "TABLE": table, "OUTPUT": "TEMPORARY_OUTPUT",
                                                    "REPORT": "TEMPORARY_OUTPUT"})
    got = {f["statcode"]: (f["percentage"], f["aantal"]) for f in result["OUTPUT"].getFeatures()
           if f["statcode"] in ("BU0363AA01", "BU0363AA02", "BU0363AA03", "BU0363AA04")}
    assert got["BU0363AA01"] == (59.0, 120.0)
    assert got["BU0363AA03"][0] == 12.5
    for value in (got["BU0363AA02"][0], got["BU0363AA02"][1], got["BU0363AA03"][1], got["BU0363AA04"][0]):
        assert value == NULL
    cleaned = {f["key"]: f["detail"] for f in result["REPORT"].getFeatures() if f["status"] == "cleaned"}
    assert "1 CBS codes" in cleaned["aantal"] and "-99997 ×1" in cleaned["aantal"]
    assert "1 negative counts" in cleaned["aantal"]
    assert "'geen' ×1" in cleaned["percentage"] and "'n.v.t.' ×1" in cleaned["percentage"]
