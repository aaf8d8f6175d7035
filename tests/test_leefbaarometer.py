"""wijkmonitor:leefbaarometer and its reader, on files CONSTRUCTED in the published layout (not real values).

Evidence for the layout: the documented columns of the Leefbaarometer 3.0 buurt open data (bu_code, jaar, lbm,
afw, fys, onv, soc, vrz, won; one row per buurt and year). See tests/data/leefbaarometer/README.md for what
the fixtures are and what could not be verified.
"""

from __future__ import annotations

import json
import zipfile

import pandas as pd
import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer

from tests.conftest import DATA
from wijkmonitor_plugin.core import leefbaarometer as lbm
from wijkmonitor_plugin.core.catalogue import load_catalogue
from wijkmonitor_plugin.paths import sample_path

CSV = DATA / "leefbaarometer" / "leefbaarometer_buurt_constructed.csv"
SAMPLE = f"{sample_path()}|layername=buurten"
BUURT_MEMBER = "Leefbaarometer-scores buurten 2002-2022.csv"


@pytest.fixture(scope="module")
def lbm_zip(tmp_path_factory):
    """A zip as the open data come: the buurt CSV and a wijk CSV (wk_code, jaar, lbm), the importer takes the
    buurt file. Built here from the constructed CSV (member names are not verified against a real download)."""
    path = tmp_path_factory.mktemp("lbm") / "leefbaarometer.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.write(CSV, BUURT_MEMBER)
        archive.writestr("Leefbaarometer-scores wijken 2002-2022.csv", "wk_code,jaar,lbm\nWK036300,2022,4.2\n")
    return path


def test_reader_takes_the_buurt_file_and_one_year(lbm_zip):
    table = lbm.read_leefbaarometer(CSV)
    assert table.years == [2020, 2022] and table.columns == list(lbm.COLUMNS)
    assert table.bad_codes == ["Nederland"]
    raw = pd.read_csv(CSV)
    assert len(table.frame) == len(raw) - 1
    scores, year = lbm.select_year(table)
    assert year == 2022 and len(scores) == len(raw[raw.jaar == 2022]) - 1
    row = raw[(raw.bu_code == "BU0363AA01") & (raw.jaar == 2020)].iloc[0]
    scores_2020, _ = lbm.select_year(table, 2020)
    assert scores_2020.loc["BU0363AA01", "lbm_score"] == pytest.approx(row.lbm)
    assert scores_2020.loc["BU0363AA01", "lbm_overlast_onveiligheid"] == pytest.approx(row.onv)
    assert set(scores.columns) == set(lbm.COLUMNS.values()) | {lbm.YEAR_FIELD}
    zipped = lbm.read_leefbaarometer(lbm_zip)
    assert zipped.files == [BUURT_MEMBER]
    pd.testing.assert_frame_equal(zipped.frame, table.frame)


def test_other_dialects_and_bad_files(tmp_path):
    raw = pd.read_csv(CSV).head(20)
    semicolon = tmp_path / "lbm_nl.csv"
    text = raw.rename(columns=str.upper).to_csv(index=False, sep=";").replace(".", ",")
    semicolon.write_text(text, encoding="utf-8")
    table = lbm.read_leefbaarometer(semicolon)
    assert len(table.frame) == 20 and table.frame["lbm"].iloc[0] == pytest.approx(raw["lbm"].iloc[0])
    twice = tmp_path / "twice.csv"
    pd.concat([raw, raw]).to_csv(twice, index=False)
    with pytest.raises(lbm.LeefbaarometerError, match="more than one row for the same buurt and year"):
        lbm.read_leefbaarometer(twice)
    other = tmp_path / "other.csv"
    pd.DataFrame({"code": ["BU00000001"], "score": [1]}).to_csv(other, index=False)
    with pytest.raises(lbm.LeefbaarometerError, match="bu_code"):
        lbm.read_leefbaarometer(other)
    with pytest.raises(lbm.LeefbaarometerError, match="years in the file: 2020, 2022"):
        lbm.select_year(lbm.read_leefbaarometer(CSV), 2018)


def test_catalogue_has_the_score_and_the_five_dimensions():
    cat = load_catalogue()
    for field in lbm.COLUMNS.values():
        ind = cat.indicator(field)
        assert ind.theme == "housing" and ind.higher_is == "better" and ind.method == "external"
        assert ind.label["nl"].startswith("Leefbaarometer")
    assert cat.find_by_field("onv").id == "lbm_overlast_onveiligheid"  # the published column name


def test_processing_run_joins_by_code_and_year(run_alg, tmp_path, lbm_zip):
    result = run_alg("wijkmonitor:leefbaarometer", {"INPUT": SAMPLE, "FILE": str(lbm_zip), "YEAR": 2020,
                                                    "OUTPUT": str(tmp_path / "lbm.gpkg")})
    assert result["YEAR_USED"] == 2020 and result["MATCHED"] == 516 and result["UNMATCHED"] == 3
    layer = QgsVectorLayer(result["OUTPUT"], "o", "ogr")
    assert layer.featureCount() == 519
    raw = pd.read_csv(CSV)
    expected = raw[raw.jaar == 2020].set_index("bu_code")
    seen = 0
    for f in layer.getFeatures():
        code = f["buurtcode"]
        if code in expected.index:
            assert f["lbm_fysiek"] == pytest.approx(expected.at[code, "fys"]) and f["lbm_jaar"] == 2020
            seen += 1
        else:
            assert not isinstance(f["lbm_score"], float) and not isinstance(f["lbm_jaar"], int)
    assert seen == 516


def test_no_match_is_an_error_and_qgis_process_runs(run_alg, qgis_process, tmp_path):
    wrong = tmp_path / "elsewhere.csv"
    raw = pd.read_csv(CSV)
    raw[raw.bu_code.str.startswith("BU0014")].to_csv(wrong, index=False)
    with pytest.raises(QgsProcessingException, match="No buurt of the layer"):
        run_alg("wijkmonitor:leefbaarometer", {"INPUT": SAMPLE, "FILE": str(wrong),
                                               "OUTPUT": str(tmp_path / "x.gpkg")})
    out = tmp_path / "lbm.gpkg"
    proc = qgis_process(["run", "wijkmonitor:leefbaarometer", "--json", "--", f"INPUT={SAMPLE}", f"FILE={CSV}",
                         f"OUTPUT={out}"])
    results = json.loads(proc.stdout[proc.stdout.index("{"):])["results"]
    assert results["YEAR_USED"] == 2022 and results["MATCHED"] == 516
