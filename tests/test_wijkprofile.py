"""wijkmonitor:wijkprofile: facts next to perceptions, on the real Amsterdam sample with the real 2024 health and
crime figures of the national table (tests/data/nl/national_2024), and on the national table with the real GGD
health monitor 50090NED (loneliness, control over one's life, making ends meet, noise from neighbours)."""

from __future__ import annotations

import json
import re

import numpy as np
import pandas as pd
import pytest
from qgis.core import (
    QgsProcessingException,
    QgsProcessingModelAlgorithm,
    QgsProcessingModelChildAlgorithm,
    QgsProcessingModelChildParameterSource,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QVariant

from tests.conftest import DATA, NL, run_model
from wijkmonitor_plugin.core import wijkprofile as wp
from wijkmonitor_plugin.core.tables import type_columns
from wijkmonitor_plugin.paths import sample_path

NATIONAL = NL / "national_2024" / "nl_gm_wk_bu_2024_kwb18_misdrijven_2021_2025_gezondheid.csv"
GGD_2020 = NL / "rivm_gezondheid_50090NED" / "RIVM_gezondheid2020_18+.csv.gz"
SAMPLE = f"{sample_path()}|layername=buurten"


def frame_of(path) -> pd.DataFrame:
    layer = QgsVectorLayer(str(path), "l", "ogr")
    rows = [[None if isinstance(v, QVariant) else v for v in f.attributes()] for f in layer.getFeatures()]
    return pd.DataFrame(rows, columns=layer.fields().names())


def national_layer() -> QgsVectorLayer:
    layer = QgsVectorLayer(f"file://{NATIONAL}?delimiter=,&detectTypes=yes&geomType=none", "nl", "delimitedtext")
    assert layer.isValid()
    return layer


@pytest.fixture(scope="module")
def amsterdam_2024(processing_ready, tmp_path_factory):
    """The Amsterdam sample with the national table's 2024 crime and perceived health joined by code."""
    import processing

    path = tmp_path_factory.mktemp("wijkprofile") / "amsterdam_2024.gpkg"
    result = processing.run("wijkmonitor:joinindicators", {"INPUT": SAMPLE, "TABLE_FILE": str(NATIONAL),
                                                           "KEY_KIND": 1, "OUTPUT": str(path)})
    assert result["MATCHED"] == 517
    return path


def _weighted_mean(values, weights):
    ok = np.isfinite(values) & np.isfinite(weights) & (weights > 0)
    return np.average(values[ok], weights=weights[ok])


def test_profile_on_amsterdam_with_2024_health_and_crime(amsterdam_2024, run_alg, tmp_path):
    out = tmp_path / "profile.gpkg"
    report = tmp_path / "profile.html"
    result = run_alg("wijkmonitor:wijkprofile", {"INPUT": str(amsterdam_2024), "REFERENCE": 0,
                                                 "POPULATION_FIELD": "aantalInwoners", "OUTPUT": str(out),
                                                 "REPORT": str(report)})
    frame = frame_of(out)
    assert len(frame) == 519
    for dom in ("physical", "social", "safety", "health"):
        assert {f"{dom}_obj", f"{dom}_subj", f"{dom}_combined", f"{dom}_gap"} <= set(frame.columns)
    assert {"profile_obj", "profile_subj", "profile_combined", "profile_gap"} <= set(frame.columns)
    pop = frame["aantalInwoners"].to_numpy(dtype=float)
    # health perception = self-rated health 2024 only: its population-weighted mean over Amsterdam is 100
    health = frame["health_subj"].to_numpy(dtype=float)
    assert np.isfinite(health).sum() == 432
    assert _weighted_mean(health, pop) == pytest.approx(100.0, abs=0.05)  # fields are written with 1 decimal
    # by hand for one buurt: 100 + 10 · (x − Amsterdam's weighted mean) / sd, higher = better
    x = frame["goed_ervaren_gezondheid_2024"].to_numpy(dtype=float)
    ok = np.isfinite(x) & (pop > 0)
    mean, sd = np.average(x[ok], weights=pop[ok]), 1.4826 * np.median(np.abs(x[ok] - np.median(x[ok])))
    i = int(np.flatnonzero(ok)[0])
    assert health[i] == pytest.approx(100 + 10 * (x[i] - mean) / sd, abs=0.051)
    # safety facts: registered crime 2024 per 1,000 inhabitants, more crime = lower score
    with np.errstate(divide="ignore", invalid="ignore"):
        crime = frame["misdrijven_2024"].to_numpy(dtype=float) / pop * 1000
    safety = frame["safety_obj"].to_numpy(dtype=float)
    both = np.isfinite(crime) & np.isfinite(safety)
    assert both.sum() > 480
    inside = both & (safety > 50.05) & (safety < 149.95)  # 100 ± 5 sd: beyond, the score is held at the limit
    assert np.corrcoef(crime[inside], safety[inside])[0, 1] == pytest.approx(-1.0, abs=1e-4)
    order = np.argsort(crime[both])
    assert (np.diff(safety[both][order]) <= 0.11).all()  # more crime, never a better score
    # the gap is perception − facts, the combined score their mean
    gap, comb = frame["health_gap"].to_numpy(dtype=float), frame["health_combined"].to_numpy(dtype=float)
    obj = frame["health_obj"].to_numpy(dtype=float)
    have = np.isfinite(gap)
    assert have.sum() > 400
    assert np.allclose(gap[have], health[have] - obj[have], atol=0.11)  # each field is written with 1 decimal
    assert np.allclose(comb[have], (health[have] + obj[have]) / 2, atol=0.11)
    # no perception source for the social domain on this layer: facts only, and said so
    assert frame["social_subj"].isna().all() and frame["social_obj"].notna().sum() > 400
    assert result["AREAS_SCORED"] > 400 and "health" in result["DOMAINS"]
    text = report.read_text(encoding="utf-8")
    wijken = frame["wijkcode"].dropna().nunique()
    assert text.count("<svg") == wijken > 100  # one chart per wijk
    assert "goed_ervaren_gezondheid_2024" in text and "misdrijven_2024 / aantalInwoners × 1000" in text
    assert "Lonely (GGD)" in text  # listed as left out, not silently dropped


def test_country_as_reference_from_the_national_table(amsterdam_2024, run_alg, tmp_path):
    out = tmp_path / "country.gpkg"
    run_alg("wijkmonitor:wijkprofile", {"INPUT": str(amsterdam_2024), "REFERENCE": 1, "REFERENCE_LAYER":
                                        national_layer(), "POPULATION_FIELD": "aantalInwoners", "OUTPUT": str(out)})
    frame = frame_of(out)
    nat = pd.read_csv(NATIONAL)
    bu = nat[nat.level == "buurt"]
    x_nat, w_nat = bu["goed_ervaren_gezondheid_2024"].to_numpy(float), bu["inwoners"].to_numpy(float)
    ok = np.isfinite(x_nat) & (w_nat > 0)
    mad = np.median(np.abs(x_nat[ok] - np.median(x_nat[ok])))
    mean, sd = np.average(x_nat[ok], weights=w_nat[ok]), 1.4826 * mad  # the robust sd of the module docstring
    x = frame["goed_ervaren_gezondheid_2024"].to_numpy(float)
    expected = 100 + 10 * np.clip((x - mean) / sd, -5, 5)
    got = frame["health_subj"].to_numpy(float)
    have = np.isfinite(got)
    assert have.sum() == 432 and np.allclose(got[have], expected[have], atol=0.051)
    # Amsterdam against the country is not Amsterdam against itself
    assert abs(np.nanmean(got) - 100) > 1


def test_perceptions_from_the_ggd_health_monitor_on_the_national_table():
    """Real 50090NED 2020 (right-aligned strings, '.' suppressed) on the 2024 buurten, joined by code."""
    ggd_raw = pd.read_csv(GGD_2020, dtype=str)
    ggd, _ = type_columns(ggd_raw, keep_text=["WijkenEnBuurten", "Perioden", "Gemeentenaam_1", "SoortRegio_2",
                                              "Codering_3", "Marges", "Leeftijd", "ID"])
    ggd["statcode"] = ggd["WijkenEnBuurten"].str.strip()
    nat = pd.read_csv(NATIONAL)
    buurten = nat[nat.level == "buurt"].merge(ggd.drop(columns=["ID"]), on="statcode", how="left")
    result = wp.compute_profile(buurten, reference=wp.REFERENCE_COUNTRY, population="inwoners",
                                code_field="statcode")
    scores = result.frame
    used = {m["field"] for m in result.measures if m["side"] == "subjective"}
    assert {"Eenzaam_28", "MatigVeelRegieOverEigenLeven_27", "MoeiteMetRondkomen_38",
            "ErnstigeGeluidhinderDoorBuren_37", "goed_ervaren_gezondheid_2024"} <= used
    assert scores["social_subj"].notna().sum() > 10000
    # loneliness alone, by hand: 100 − 10 · (x − weighted mean) / robust sd, limited to 50–150; the limit only
    # catches a few extreme buurten, so the population-weighted mean stays at 100
    one = wp.parse_profile({"domains": [{"id": "social", "subjective": [
        {"field": "Eenzaam", "higher_is": "worse"}]}]})
    lonely = wp.compute_profile(buurten, one, reference=wp.REFERENCE_COUNTRY, population="inwoners")
    s = lonely.frame["social_subj"].to_numpy(float)
    x, w = buurten["Eenzaam_28"].to_numpy(float), buurten["inwoners"].to_numpy(float)
    ok = np.isfinite(x) & (w > 0)
    rsd = 1.4826 * np.median(np.abs(x[ok] - np.median(x[ok])))
    expected = 100 - 10 * np.clip((x - np.average(x[ok], weights=w[ok])) / rsd, -5, 5)
    assert np.allclose(s[ok], expected[ok], rtol=0, atol=1e-9)
    clipped = int((np.abs(expected[ok] - 100) >= 50).sum())
    assert clipped < 0.005 * ok.sum() and (clipped == 0 or any("limit" in m for m in lonely.messages))
    assert _weighted_mean(s, w) == pytest.approx(100.0, abs=0.01)
    # with the municipality as reference every gemeente averages 100 (up to the few areas at the limit)
    by_gm = wp.compute_profile(buurten, one, reference=wp.REFERENCE_MUNICIPALITY, population="inwoners",
                               group_field="gemeentecode").frame
    check = pd.DataFrame({"s": by_gm["social_subj"], "w": buurten["inwoners"], "g": buurten["gemeentecode"]})
    check = check[check.s.notna() & (check.w > 0)]
    check = check.assign(sw=check.s * check.w)
    sums = check.groupby("g")[["sw", "w"]].sum()
    means = sums.sw / sums.w
    assert len(means) > 300 and np.median(np.abs(means - 100)) < 1e-9 and (np.abs(means - 100) < 2).mean() > 0.97


def test_report_page_data_for_the_atlas():
    from wijkmonitor_plugin.core.wijkprofile_report import area_page

    profile = wp.load_profile()
    scores = pd.Series({"physical_obj": 104.0, "physical_subj": 96.0, "social_obj": None, "social_subj": 120.0,
                        "safety_obj": 80.0, "safety_subj": 81.0, "health_obj": np.nan, "health_subj": np.nan,
                        "profile_obj": 92.0, "profile_subj": 99.0, "profile_combined": 95.5, "profile_gap": 7.0})
    page = area_page(scores, profile.domains, "WK0363AF", "en")
    assert [r["id"] for r in page["rows"]] == ["physical", "social", "safety", "health"]
    svg = page["svg"]
    assert svg.startswith("<svg") and svg.endswith("</svg>") and "WK0363AF" in svg
    assert svg.count("<circle") == 2 + 1  # two objective dots and the legend dot
    assert ">−8<" in svg and ">+1<" in svg and "no data" in svg
    assert page["overall"]["gap"] == 7.0


def test_bad_definitions_and_inputs_get_clear_messages(run_alg, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"domains": [{"id": "Fysiek", "objective": []}]}', encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="lowercase"):
        run_alg("wijkmonitor:wijkprofile", {"INPUT": SAMPLE, "DEFINITION": str(bad),
                                            "OUTPUT": str(tmp_path / "o.gpkg")})
    bad.write_text('{"domains": [{"id": "a", "objective": [{"field": "x", "higher_is": "up"}]}]}', encoding="utf-8")
    with pytest.raises(wp.ProfileError, match="'higher_is' must be 'better' or 'worse'"):
        wp.load_profile(bad)
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(wp.ProfileError, match="not valid JSON"):
        wp.load_profile(bad)
    unknown = tmp_path / "unknown.json"
    unknown.write_text(json.dumps({"domains": [{"id": "a", "objective": [{"field": "no_such_field"}]}]}),
                       encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="None of the measures"):
        run_alg("wijkmonitor:wijkprofile", {"INPUT": SAMPLE, "DEFINITION": str(unknown),
                                            "OUTPUT": str(tmp_path / "o2.gpkg")})
    plain = pd.DataFrame({"x": [1.0, 2.0, 3.0]})
    with pytest.raises(wp.ProfileError, match="gemeente of every area"):
        wp.compute_profile(plain, wp.parse_profile({"domains": [{"id": "a", "objective": [{"field": "x"}]}]}))


def test_cbs_key_suffixes_are_found():
    assert wp.find_field(["Eenzaam"], ["ID", "Eenzaam_28", "EmotioneelEenzaam_30"]) == "Eenzaam_28"
    assert wp.find_field(["eenzaam"], ["EENZAAM"]) == "EENZAAM"
    assert wp.find_field(["Eenzaam"], ["Eenzaam_28", "Eenzaam_29"]) is None  # ambiguous: not guessed


def test_model_with_leefbaarometer_and_wijkprofile(processing_ready, tmp_path):
    """A graphical model: sample → Leefbaarometer (constructed fixture, not real values) → wijkprofile."""
    model = QgsProcessingModelAlgorithm("profile model", "tests")
    load = QgsProcessingModelChildAlgorithm("wijkmonitor:loadsample")
    load.setChildId("load")
    model.addChildAlgorithm(load)
    join = QgsProcessingModelChildAlgorithm("wijkmonitor:leefbaarometer")
    join.setChildId("lbm")
    join.addParameterSources("INPUT", [QgsProcessingModelChildParameterSource.fromChildOutput("load", "OUTPUT")])
    join.addParameterSources("FILE", [QgsProcessingModelChildParameterSource.fromStaticValue(
        str(DATA / "leefbaarometer" / "leefbaarometer_buurt_constructed.csv"))])
    model.addChildAlgorithm(join)
    prof = QgsProcessingModelChildAlgorithm("wijkmonitor:wijkprofile")
    prof.setChildId("profile")
    prof.addParameterSources("INPUT", [QgsProcessingModelChildParameterSource.fromChildOutput("lbm", "OUTPUT")])
    out = tmp_path / "model.gpkg"
    run_model(model, prof, "profile_layer", out)
    frame = frame_of(out)
    assert len(frame) == 519
    # perceptions now come from the Leefbaarometer dimensions; the sample has no crime figures, so safety has a
    # perception but no facts and no gap
    for dom in ("physical", "social", "safety"):
        assert frame[f"{dom}_subj"].notna().sum() == 516
    assert frame["physical_gap"].notna().sum() > 400 and frame["social_gap"].notna().sum() > 400
    assert frame["safety_gap"].isna().all()


def test_qgis_process_runs_wijkprofile(qgis_process, amsterdam_2024, tmp_path):
    out = tmp_path / "profile.gpkg"
    report = tmp_path / "profile.html"
    proc = qgis_process(["run", "wijkmonitor:wijkprofile", "--json", "--", f"INPUT={amsterdam_2024}",
                         "POPULATION_FIELD=aantalInwoners", f"OUTPUT={out}", f"REPORT={report}"])
    results = json.loads(proc.stdout[proc.stdout.index("{"):])["results"]
    assert results["AREAS_SCORED"] > 400
    assert re.search(r"<svg[^>]+role='img'", report.read_text(encoding="utf-8"))


def test_report_entirely_in_dutch_in_a_dutch_qgis(amsterdam_2024, run_alg, tmp_path):
    from qgis.core import QgsSettings

    from wijkmonitor_plugin import i18n

    settings = QgsSettings()
    before = (settings.value("locale/overrideFlag", False, type=bool), settings.value("locale/userLocale", ""))
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", "nl_NL")
    try:
        assert i18n.install_translator("nl")
        report = tmp_path / "wijkprofiel.html"
        run_alg("wijkmonitor:wijkprofile", {"INPUT": str(amsterdam_2024), "POPULATION_FIELD": "aantalInwoners",
                                            "OUTPUT": str(tmp_path / "nl.gpkg"), "REPORT": str(report)})
        text = report.read_text(encoding="utf-8")
    finally:
        i18n.remove_translator()
        settings.setValue("locale/overrideFlag", before[0])
        settings.setValue("locale/userLocale", before[1])
    assert "<html lang='nl'>" in text and "Wijkprofiel (feiten en beleving)" in text
    for dutch in ("feiten (geregistreerd)", "beleving (bewoners)", "Verschil", "Gezondheid", "Veiligheid",
                  "100 = referentie; hoger = beter", "Eenzaam (GGD)", "weggelaten"):
        assert dutch in text, dutch
    for english in ("facts (registered)", "perception (residents)", "Facts and perceptions", "left out", "Health"):
        assert english not in text, english
