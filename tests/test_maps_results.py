"""The results of the later algorithms in the atlas and the themed maps: the trend column of the wijkprofiel,
the facts-and-perceptions page (wijkprofile, similar areas, hotspots), change maps and the energy-transition map.

Evidence: the real Amsterdam sample (loadsample) with the real 2024 national table joined (perceived health
2012–2024 and crime 2021–2025 per buurt, tests/data/nl/national_2024), and the outputs of the real algorithms
run on them (wijkprofile, similarareas on the national table, hotspots, trend, energytransition). Expected values
are recomputed here with pandas from the layer's own fields; the PDFs are read back with pdftotext, pdfinfo and
pdftoppm (what a page really contains).
"""

from __future__ import annotations

import re
import subprocess

import numpy as np
import pandas as pd
import pytest
from qgis.core import NULL, QgsVectorLayer
from qgis.PyQt.QtGui import QImage

from tests.conftest import BUILD, NL, ROOT
from tests.test_maps_export import pdf_text
from tests.test_maps_style_layout import pdf_pages
from wijkmonitor_plugin.core import energy as en
from wijkmonitor_plugin.core import profile as prof
from wijkmonitor_plugin.core import profile_chart as pc
from wijkmonitor_plugin.core.wijkprofile_report import OBJECTIVE_COLOUR, SUBJECTIVE_COLOUR

NATIONAL = NL / "national_2024" / "nl_gm_wk_bu_2024_kwb18_misdrijven_2021_2025_gezondheid.csv"
HEALTH = "goed_ervaren_gezondheid"
INCOME = "percentageHuishoudensMetLaagInkomen"
#: three wijken: the centre, Zuidoost (hotspots of low incomes) and Noord
WIJKEN = ("WK0363AA", "WK0363TD", "WK0363NE")


def frame_of(path) -> pd.DataFrame:
    layer = QgsVectorLayer(str(path), "l", "ogr")
    rows = [[None if v == NULL else v for v in f.attributes()] for f in layer.getFeatures()]
    return pd.DataFrame(rows, columns=layer.fields().names())


@pytest.fixture(scope="module")
def results(processing_ready, sample_gpkg, tmp_path_factory):
    """The sample with the 2024 national table, wijkprofile scores (Amsterdam = 100), the median of the 10 most
    similar buurten in the country for perceived health 2024, hotspots of low incomes and energy types."""
    import processing

    folder = tmp_path_factory.mktemp("results")
    joined = processing.run("wijkmonitor:joinindicators", {"INPUT": sample_gpkg, "TABLE_FILE": str(NATIONAL),
                                                           "KEY_KIND": 1, "OUTPUT": str(folder / "joined.gpkg")})
    assert joined["MATCHED"] == 517
    profile = processing.run("wijkmonitor:wijkprofile", {"INPUT": str(folder / "joined.gpkg"), "REFERENCE": 0,
                                                         "POPULATION_FIELD": "aantalInwoners",
                                                         "OUTPUT": str(folder / "profile.gpkg")})
    assert profile["AREAS_SCORED"] > 400
    national = QgsVectorLayer(f"file://{NATIONAL}?delimiter=,&detectTypes=yes&geomType=none", "nl", "delimitedtext")
    processing.run("wijkmonitor:similarareas", {"INPUT": national, "K": 10, "AREAS": "GM0363",
                                                "COMPARE_FIELDS": [f"{HEALTH}_2024"],
                                                "OUTPUT": str(folder / "sim.gpkg")})
    similar = frame_of(folder / "sim.gpkg")
    similar = similar[similar["similar_n"].notna() & similar["statcode"].str.startswith("BU")]
    similar[["statcode", f"{HEALTH}_2024_similar_median", "similar_n"]].to_csv(folder / "sim.csv", index=False)
    with_similar = processing.run("wijkmonitor:joinindicators", {"INPUT": str(folder / "profile.gpkg"),
                                                                 "TABLE_FILE": str(folder / "sim.csv"),
                                                                 "OUTPUT": str(folder / "similar.gpkg")})
    assert with_similar["MATCHED"] > 500
    processing.run("wijkmonitor:hotspots", {"INPUT": str(folder / "similar.gpkg"), "FIELD": INCOME,
                                            "PERMUTATIONS": 199, "OUTPUT": str(folder / "hotspots.gpkg")})
    processing.run("wijkmonitor:energytransition", {"INPUT": str(folder / "hotspots.gpkg"),
                                                    "OUTPUT": str(folder / "results.gpkg")})
    path = folder / "results.gpkg"
    names = QgsVectorLayer(str(path), "r", "ogr").fields().names()
    for name in ("health_obj", "health_subj", f"{HEALTH}_2024_similar_median", f"{INCOME}_lisa_class", en.TYPE,
                 f"{HEALTH}_2012", f"{HEALTH}_2024"):
        assert name in names, name
    return path


@pytest.fixture(scope="module")
def three_wijken(results, tmp_path_factory):
    """Three wijken of the results, with a made-up 2019 income share (0.8 × the 2023 one: 25 % more low incomes
    now, which is worse) to check the trend's ▲▼ against the catalogue's direction 'higher is worse'."""
    import processing

    out = tmp_path_factory.mktemp("wijken") / "wijken.gpkg"
    codes = ", ".join(f"'{c}'" for c in WIJKEN)
    subset = processing.run("native:extractbyexpression", {"INPUT": str(results), "EXPRESSION":
                                                           f'"wijkcode" IN ({codes})', "OUTPUT": "memory:"})["OUTPUT"]
    processing.run("native:fieldcalculator", {"INPUT": subset, "FIELD_NAME": f"{INCOME}_2019", "FIELD_TYPE": 0,
                                              "FIELD_LENGTH": 10, "FIELD_PRECISION": 4,
                                              "FORMULA": f'"{INCOME}" * 0.8', "OUTPUT": str(out)})
    return out


def page_lines(path, page: int) -> list[str]:
    import unicodedata

    text = subprocess.run(["pdftotext", "-layout", "-f", str(page), "-l", str(page), str(path), "-"],
                          capture_output=True, text=True, check=True).stdout
    return unicodedata.normalize("NFKC", text).splitlines()


@pytest.fixture(scope="module")
def atlas_pdf(processing_ready, three_wijken, tmp_path_factory):
    import processing

    out = tmp_path_factory.mktemp("atlas") / "atlas.pdf"
    result = processing.run("wijkmonitor:exportatlas", {"INPUT": str(three_wijken), "FIELD": INCOME, "DPI": 72,
                                                        "OUTPUT": str(out)})
    return result, out


def _mark(first: float, last: float, direction: str) -> str:
    """▲ better / ▼ worse / = within 5 % of the first value, written out again for the test."""
    if abs(last - first) <= 0.05 * abs(first):
        return "="
    up = last > first
    return "▲" if up == (direction == "better") else "▼"


def test_atlas_has_the_trend_column_with_the_right_marks(atlas_pdf, three_wijken):
    result, out = atlas_pdf
    assert result["AREAS"] == 3 and result["PAGES"] == 9 and pdf_pages(out) == 9  # map, profile, perceptions
    data = frame_of(three_wijken)
    for number, code in enumerate(sorted(WIJKEN)):
        lines = page_lines(out, 3 * number + 2)
        text = "\n".join(lines)
        assert "Trend (then" in text and "now)" in text
        buurten = data[data["wijkcode"] == code]
        # perceived health: no weight in the catalogue, so the plain mean of the buurten; higher is better
        first, last = buurten[f"{HEALTH}_2012"].dropna().mean(), buurten[f"{HEALTH}_2024"].dropna().mean()
        expected = f"{first:.0f} → {last:.0f} {_mark(first, last, 'better')}"
        row = next(i for i, line in enumerate(lines) if "Self-rated health good or very good (%), 2024" in line)
        assert expected in " ".join(lines[row - 1:row + 2]), (code, expected, lines[row - 1:row + 2])
        # low incomes 0.8 × → 1 ×: 25 % up, worse: ▼ on every page, from 2019 (the made-up field) to 2023
        row = next(i for i, line in enumerate(lines) if line.strip().startswith("Low-income households (%)"))
        around = " ".join(lines[row - 1:row + 2])
        assert re.search(r"\d+[.,]\d → \d+[.,]\d ▼", around) and "(2019–2023)" in around, around


def _weighted(values, weights) -> float:
    values, weights = np.asarray(values, dtype=float), np.asarray(weights, dtype=float)
    ok = np.isfinite(values) & np.isfinite(weights) & (weights > 0)
    return float(np.average(values[ok], weights=weights[ok]))


def test_facts_and_perceptions_page_says_what_the_layer_holds(atlas_pdf, three_wijken):
    _result, out = atlas_pdf
    data = frame_of(three_wijken)
    code = "WK0363TD"
    number = sorted(WIJKEN).index(code)
    lines = page_lines(out, 3 * number + 3)
    text = "\n".join(lines)
    name = data.loc[data["wijkcode"] == code, "wijknaam"].iloc[0]
    assert f"Facts and perceptions: {name}" in text
    # the chart's words are text in the PDF (drawn as labels of the chart layer, not a picture)
    for word in ("Physical", "Social", "Safety", "Health", "facts (registered)", "perception (residents)", "gap"):
        assert word in text, word
    buurten = data[data["wijkcode"] == code]
    pop = buurten["aantalInwoners"]
    # the domain table: the population-weighted means of the buurten's scores (wijkprofile.aggregate_scores)
    health = [line.split() for line in lines if re.match(r"^\s*Health\s+\d+\s+\d+\s+[+−-]?\d+\s*$", line)]
    assert len(health) == 1, lines
    facts, perception, gap = health[0][1:]
    assert int(facts) == round(_weighted(buurten["health_obj"], pop))
    assert int(perception) == round(_weighted(buurten["health_subj"], pop))
    assert int(gap.replace("−", "-")) == round(_weighted(buurten["health_subj"], pop) - _weighted(buurten["health_obj"],
                                                                                                     pop))
    assert any(line.strip().startswith("All domains") for line in lines)
    # compared with similar buurten elsewhere: the buurten with both values, weighted by inhabitants
    assert "Compared with similar buurten elsewhere" in text and "10 most similar buurten" in text
    both = buurten[buurten[f"{HEALTH}_2024"].notna() & buurten[f"{HEALTH}_2024_similar_median"].notna()]
    own = _weighted(both[f"{HEALTH}_2024"], both["aantalInwoners"])
    median = _weighted(both[f"{HEALTH}_2024_similar_median"], both["aantalInwoners"])
    section = lines[next(i for i, line in enumerate(lines) if "Compared with similar buurten elsewhere" in line):]
    at = next(i for i, line in enumerate(section) if line.strip().startswith("Self-rated health"))
    row = " ".join(section[max(0, at - 1):at + 3])  # the name wraps; the values stand on one of its lines
    assert f"{own:.0f}%" in row and f"{median:.0f}%" in row, row
    word = {"better": "▲ better", "worse": "▼ worse", "similar": "= similar"}[prof.judge(own, median, "better")]
    assert word in row
    below = int((both[f"{HEALTH}_2024"] < 0.95 * both[f"{HEALTH}_2024_similar_median"]).sum())
    assert f"{below} worse" in text.replace("\n", " ")
    # clusters of low incomes: the buurten of the wijk in each class
    classes = buurten[f"{INCOME}_lisa_class"].value_counts()
    hh = classes.get("HH", 0)
    assert re.search(rf"of its {len(buurten)} buurten, in a cluster of high values \(hotspot\): {hh};",
                     text.replace("\n", " "))
    assert classes.get("HH", 0) > 0  # Zuidoost: a hotspot of low incomes (as the hotspots README says)


def _colour_pixels(image: QImage, colour: str, box) -> int:
    from qgis.PyQt.QtGui import QColor

    target = QColor(colour)
    x0, y0, x1, y1 = box
    count = 0
    for y in range(y0, y1, 2):
        for x in range(x0, x1, 2):
            pixel = QColor(image.pixel(x, y))
            if abs(pixel.red() - target.red()) + abs(pixel.green() - target.green()) + \
                    abs(pixel.blue() - target.blue()) < 30:
                count += 1
    return count


def test_the_chart_is_drawn_on_the_page(atlas_pdf, tmp_path):
    """pdftoppm: the dots (facts) and the diamonds' outlines (perception) are on the page, in the chart's box."""
    _result, out = atlas_pdf
    subprocess.run(["pdftoppm", "-r", "60", "-f", "6", "-l", "6", "-png", str(out), str(tmp_path / "page")],
                   check=True)
    image = QImage(str(next(tmp_path.glob("page*.png"))))
    width, height = image.width(), image.height()
    chart = (int(width * 0.05), int(height * 0.12), int(width * 0.95), int(height * 0.45))
    assert _colour_pixels(image, OBJECTIVE_COLOUR, chart) > 10
    assert _colour_pixels(image, SUBJECTIVE_COLOUR, chart) > 3
    below = (int(width * 0.05), int(height * 0.6), int(width * 0.95), int(height * 0.95))
    assert _colour_pixels(image, OBJECTIVE_COLOUR, below) == 0  # the chart stays in its place


def test_atlas_pages_can_be_left_without_trend_and_perceptions(run_alg, three_wijken, tmp_path):
    out = tmp_path / "plain.pdf"
    result = run_alg("wijkmonitor:exportatlas", {"INPUT": str(three_wijken), "FIELD": INCOME, "DPI": 40,
                                                  "TREND": False, "PERCEPTION_PAGE": False, "OUTPUT": str(out)})
    assert result["PAGES"] == 6 and pdf_pages(out) == 6
    text = pdf_text(out, 1, 6)
    assert "Trend (then" not in text and "Facts and perceptions" not in text
    only = tmp_path / "perceptions.pdf"
    result = run_alg("wijkmonitor:exportatlas", {"INPUT": str(three_wijken), "FIELD": INCOME, "DPI": 40,
                                                  "PROFILE": False, "OUTPUT": str(only)})
    assert result["PAGES"] == 6 and pdf_pages(only) == 6  # the map and facts and perceptions
    assert "Facts and perceptions" in pdf_text(only, 2, 2)


def test_a_layer_without_those_fields_keeps_two_pages(run_alg, sample_gpkg, tmp_path):
    subset = run_alg("native:extractbyexpression", {"INPUT": sample_gpkg, "EXPRESSION": "\"wijkcode\" = 'WK0363AA'",
                                                    "OUTPUT": "memory:"})["OUTPUT"]
    out = tmp_path / "atlas.pdf"
    result = run_alg("wijkmonitor:exportatlas", {"INPUT": subset, "FIELD": INCOME, "DPI": 40, "OUTPUT": str(out)})
    assert result["PAGES"] == 2 and pdf_pages(out) == 2
    assert "Trend (then" not in pdf_text(out, 2, 2)  # no indicator in several years: no trend column


def test_change_map_from_a_field_per_year_says_the_period_and_which_way_is_better(run_alg, results, tmp_path):
    result = run_alg("wijkmonitor:exportmaps", {"INPUT": str(results), "CHANGE_FIELDS": [f"{HEALTH}_2012"],
                                                "FORMAT": 1, "DPI": 40, "OUTPUT_FOLDER": str(tmp_path)})
    assert result["COUNT"] == 1 and [p.name for p in tmp_path.iterdir()] == [f"{HEALTH}_change.pdf"]
    text = pdf_text(tmp_path / f"{HEALTH}_change.pdf", 1, 1).replace("\n", " ")
    assert "Self-rated health good or very good (%): change 2012 → 2024" in text
    assert "change since 2012 (2012 → 2024)" in text and "higher is better" in text
    assert "(worse)" in text and "stable" in text and "no data" in text


def test_change_map_of_a_trend_output_finds_its_own_period(run_alg, results, tmp_path):
    """Trend of crime 2021 → 2024 (the layer also has 2022, 2023 and 2025): the map says 2021 → 2024; crime
    counts have no direction in the catalogue, so the legend says so and the classes are higher/lower."""
    trend = run_alg("wijkmonitor:trend", {"INPUT": str(results), "FIELDS": ["misdrijven_2021"], "FROM_YEAR": 2021,
                                          "TO_YEAR": 2024, "OUTPUT": str(tmp_path / "trend.gpkg")})
    assert (trend["FIRST_YEAR"], trend["LAST_YEAR"]) == (2021, 2024)
    maps = tmp_path / "maps"
    result = run_alg("wijkmonitor:exportmaps", {"INPUT": str(tmp_path / "trend.gpkg"), "CHANGE_FIELDS":
                                                ["misdrijven_class"], "FORMAT": 2, "DPI": 40,
                                                "OUTPUT_FOLDER": str(maps)})
    assert result["COUNT"] == 1 and pdf_pages(maps / "kaarten.pdf") == 1
    text = pdf_text(maps / "kaarten.pdf", 1, 1).replace("\n", " ")
    assert "change since 2021 (2021 → 2024)" in text and "no better or worse direction" in text
    assert "(higher)" in text and "(lower)" in text and "(better)" not in text


def test_change_map_of_an_indicator_where_higher_is_worse(run_alg, three_wijken, tmp_path):
    """2019 (made up, 0.8 ×) → 2023: every buurt with low incomes got worse; the legend says higher is worse."""
    trend = run_alg("wijkmonitor:trend", {"INPUT": str(three_wijken), "FIELDS": [f"{INCOME}_2019"],
                                          "INPUT_YEAR": 2023, "OUTPUT": str(tmp_path / "trend.gpkg")})
    assert (trend["FIRST_YEAR"], trend["LAST_YEAR"]) == (2019, 2023)
    classes = frame_of(tmp_path / "trend.gpkg")[f"{INCOME}_class"]
    assert set(classes.dropna()) == {"worse"}
    result = run_alg("wijkmonitor:exportmaps", {"INPUT": str(tmp_path / "trend.gpkg"), "CHANGE_FIELDS":
                                                [f"{INCOME}_change"], "FORMAT": 1, "DPI": 40,
                                                "OUTPUT_FOLDER": str(tmp_path / "maps")})
    assert result["COUNT"] == 1
    text = pdf_text(tmp_path / "maps" / f"{INCOME}_change.pdf", 1, 1).replace("\n", " ")
    assert "change since 2019 (2019 → 2023)" in text and "higher is worse" in text and "(worse)" in text


def test_change_maps_need_a_trend_or_years(run_alg, sample_gpkg, tmp_path):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="no change to map"):
        run_alg("wijkmonitor:exportmaps", {"INPUT": sample_gpkg, "CHANGE_FIELDS": [INCOME],
                                           "OUTPUT_FOLDER": str(tmp_path)})
    with pytest.raises(QgsProcessingException, match="energytransition|Energy transition"):
        run_alg("wijkmonitor:exportmaps", {"INPUT": sample_gpkg, "ENERGY_TYPES": True,
                                           "OUTPUT_FOLDER": str(tmp_path)})


def test_energy_transition_map_names_and_colours_every_type(run_alg, results, tmp_path):
    result = run_alg("wijkmonitor:exportmaps", {"INPUT": str(results), "ENERGY_TYPES": True, "FIELDS": [INCOME],
                                                "FORMAT": 0, "DPI": 60, "OUTPUT_FOLDER": str(tmp_path)})
    assert result["COUNT"] == 2
    types = frame_of(results)[en.TYPE]
    present = [t for t in en.TYPES if (types == t).any()]
    assert len(present) >= 5
    text = pdf_text(tmp_path / f"{en.TYPE}.pdf", 1, 1).replace("\n", " ")
    assert "Energy transition: which help where" in text and "Energy-transition type" in text
    for code in present:
        assert en.type_label(code).split(": ")[0] in text, code  # the legend breaks each label at ': '
    assert en.type_label(None) in text  # not enough data, hatched
    image = QImage(str(tmp_path / f"{en.TYPE}.png"))
    box = (0, 0, image.width(), image.height())
    for code in present:
        assert _colour_pixels(image, en.TYPE_COLOURS[code], box) > 0, code


def test_qgis_process_runs_the_new_parameters(qgis_process, three_wijken, tmp_path):
    import sys

    subprocess.run([sys.executable, str(ROOT / "scripts" / "build_plugin.py"), "--folder", str(BUILD)], check=True)
    atlas = tmp_path / "atlas.pdf"
    proc = qgis_process(["run", "wijkmonitor:exportatlas", "--", f"INPUT={three_wijken}", f"FIELD={INCOME}",
                         "DPI=30", "TREND=false", "PERCEPTION_PAGE=true", f"OUTPUT={atlas}"])
    assert re.search(r"PAGES:\s+9", proc.stdout), proc.stdout
    assert pdf_pages(atlas) == 9 and "Trend (then" not in pdf_text(atlas, 2, 2)
    maps = tmp_path / "maps"
    proc = qgis_process(["run", "wijkmonitor:exportmaps", "--", f"INPUT={three_wijken}",
                         f"CHANGE_FIELDS={HEALTH}_2012", "ENERGY_TYPES=true", "FORMAT=1", "DPI=30",
                         f"OUTPUT_FOLDER={maps}"])
    assert re.search(r"COUNT:\s+2", proc.stdout), proc.stdout
    assert sorted(p.name for p in maps.iterdir()) == [f"{en.TYPE}.pdf", f"{HEALTH}_change.pdf"]


# -- core: trends, similar areas, clusters, chart marks ------------------------------------------------------


def test_year_series_of_a_field():
    names = [f"{HEALTH}_2012", f"{HEALTH}_2016", f"{HEALTH}_2024", INCOME, f"{INCOME}_2019", "misdrijven_2021"]
    assert prof.year_series(f"{HEALTH}_2024", names) == {2012: f"{HEALTH}_2012", 2016: f"{HEALTH}_2016",
                                                          2024: f"{HEALTH}_2024"}
    assert prof.year_series(f"{HEALTH}_2016", names) == {2012: f"{HEALTH}_2012", 2016: f"{HEALTH}_2016"}
    assert prof.year_series(INCOME, names, 2023) == {2019: f"{INCOME}_2019", 2023: INCOME}
    assert prof.year_series(INCOME, names, None) == {}  # the plain field's year is unknown
    assert prof.year_series(INCOME, names, 2018) == {}  # a plain field older than its year fields: not placed
    assert prof.year_series("misdrijven_2021", names) == {}  # one year only


@pytest.mark.parametrize("seed", range(5))
def test_trend_marks_follow_the_direction(seed):
    """Property: on random areas the trend's mark is ▲ exactly when the change is better by more than 5 %."""
    rng = np.random.default_rng(seed)
    n = 40
    frame = pd.DataFrame({"area": np.repeat(np.arange(10), 4).astype(str), "x_2016": rng.uniform(10, 50, n),
                          "x_2020": rng.uniform(10, 50, n)})
    for direction in ("better", "worse"):
        meta = prof.IndicatorMeta("x_2020", "x", direction=direction, decimals=2)
        rows = prof.area_profile(frame, "area", [meta], trends={"x_2020": {2016: "x_2016", 2020: "x_2020"}})
        groups = frame.groupby("area")
        for row in rows.itertuples():
            first, last = groups.get_group(row.area)["x_2016"].mean(), groups.get_group(row.area)["x_2020"].mean()
            assert row.trend_text.split(" (")[0].endswith(_mark(first, last, direction)), (row.trend_text, first, last)
            assert row.trend_period == "2016–2020"


def test_similar_comparison_counts_and_weights():
    frame = pd.DataFrame({"area": ["a", "a", "a", "b"], "x": [10.0, 20.0, None, 30.0],
                          "x_similar_median": [12.0, 19.0, 15.0, 30.5], "pop": [100, 300, 50, 10]})
    meta = prof.IndicatorMeta("x", "X", direction="better", decimals=1)
    rows = prof.similar_comparison(frame, "area", [(meta, "x_similar_median")], population="pop").set_index("area")
    assert rows.at["a", "area_value"] == pytest.approx((10 * 100 + 20 * 300) / 400)  # only buurten with both
    assert rows.at["a", "similar_value"] == pytest.approx((12 * 100 + 19 * 300) / 400)
    assert (rows.at["a", "better"], rows.at["a", "worse"], rows.at["a", "compared"]) == (1, 1, 2)
    assert rows.at["b", "judgement"] == "similar"
    assert prof.similar_fields(["x", "x_similar_median", "woz_similar_median"]) == [("x", "x_similar_median")]


def test_cluster_counts_add_up_to_the_buurten():
    frame = pd.DataFrame({"area": list("aaabbc"), "f_lisa_class": ["HH", "ns", None, "LL", "HL", "LH"]})
    counts = prof.cluster_counts(frame, "area", "f_lisa_class")
    assert list(counts.columns) == list(prof.CLUSTER_CLASSES)
    assert counts.sum(axis=1).to_dict() == {"a": 3, "b": 2, "c": 1}
    assert counts.at["a", "HH"] == 1 and counts.at["a", "none"] == 1 and counts.at["b", "HL"] == 1


def test_chart_marks_place_the_scores_on_the_axis():
    rows = [{"objective": 100.0, "subjective": 110.0}, {"objective": None, "subjective": None},
            {"objective": 60.0, "subjective": 135.0}]
    marks = pc.area_marks("A", rows)
    dots = [m for m in marks if m["shape"] == "circle"]
    diamonds = [m for m in marks if m["shape"] == "diamond"]
    assert len(dots) == 2 and len(diamonds) == 2
    x100 = pc.LABEL_W + 0.5 * pc.PLOT_W
    assert dots[0]["coords"][0] == pytest.approx(x100)
    assert diamonds[0]["coords"][0] == pytest.approx(x100 + pc.PLOT_W / 6)  # 110 is 10 of the 60 points right
    assert dots[1]["coords"][0] == pytest.approx(pc.LABEL_W)  # 60 is held at the axis (70) …
    texts = [m["text"] for m in marks if m["text"]]
    assert "‹60" in texts and "›135" in texts and "+10" in texts and "no data" in texts  # … and said in words
    assert all(m["area"] == "A" for m in marks)
    assert all(m["area"] is None for m in pc.shared_marks(["a", "b", "c"]))
    assert pc.chart_height(3) == pc.TOP + 3 * pc.ROW_H + pc.LEGEND_H


# -- the panel ----------------------------------------------------------------------------------------------

@pytest.fixture()
def new_panel(qgis_iface):
    """A shown panel (a hidden one never restyles), deleted before the project is cleared."""
    from qgis.PyQt import sip

    from wijkmonitor_plugin.gui.panel import WijkmonitorPanel

    panels = []

    def _make():
        panels.append(WijkmonitorPanel(qgis_iface))
        panels[-1].show()
        return panels[-1]

    yield _make
    for panel in panels:
        sip.delete(panel)


@pytest.fixture()
def results_layer(results, qgis_iface):
    from qgis.core import QgsProject

    layer = QgsVectorLayer(str(results), "Resultaten", "ogr")
    QgsProject.instance().addMapLayer(layer)
    yield layer
    qgis_iface.mapCanvas().stopRendering()
    QgsProject.instance().clear()


def _choose_theme(panel, theme: str) -> None:
    index = panel.theme_combo.findData(theme)
    assert index >= 0, [panel.theme_combo.itemData(i) for i in range(panel.theme_combo.count())]
    panel.theme_combo.setCurrentIndex(index)


def test_panel_draws_energy_types_and_clusters_with_their_own_styles(results_layer, new_panel):
    from qgis.core import QgsCategorizedSymbolRenderer, QgsRuleBasedRenderer

    from wijkmonitor_plugin.qgis_adapters import style
    from wijkmonitor_plugin.qgis_adapters.hotspot_style import class_labels

    panel = new_panel()
    panel.set_layer(results_layer)
    themes = [panel.theme_combo.itemData(i) for i in range(panel.theme_combo.count())]
    assert "__energy__" in themes and "__clusters__" in themes and "__change__" not in themes  # no trend fields
    data = frame_of(results_layer.source())
    _choose_theme(panel, "__energy__")
    renderer = results_layer.renderer()
    assert isinstance(renderer, QgsRuleBasedRenderer)
    counts = data[en.TYPE].value_counts()
    present = [t for t in en.TYPES if counts.get(t, 0)]
    assert [r.label() for r in renderer.rootRule().children()] == [en.type_label(t) for t in present] + \
        [en.type_label(None)]
    assert panel.chart.categories() == [(en.type_label(t), int(counts[t]), en.TYPE_COLOURS[t]) for t in present] + \
        [(en.type_label(None), int(data[en.TYPE].isna().sum()), "#d9d9d9")]
    assert style.style_settings(results_layer)["kind"] == "__energy__"
    _choose_theme(panel, "__clusters__")
    renderer = results_layer.renderer()
    assert isinstance(renderer, QgsCategorizedSymbolRenderer) and renderer.classAttribute() == f"{INCOME}_lisa_class"
    classes = data[f"{INCOME}_lisa_class"].value_counts()
    shown = {label: count for label, count, _colour in panel.chart.categories()}
    assert shown[class_labels()["HH"]] == classes["HH"] and shown[class_labels()["ns"]] == classes["ns"]
    assert sum(shown.values()) == len(data)
    # the panel shows the layer's own Wijkmonitor map again when the layer is chosen again
    panel.layer_combo.setLayer(None)
    panel.set_layer(results_layer)
    assert panel.theme_combo.currentData() == "__clusters__" and panel.field() == f"{INCOME}_lisa_class"


def test_panel_profile_shows_facts_perceptions_similar_buurten_cluster_and_energy(results_layer, new_panel):
    from wijkmonitor_plugin.qgis_adapters.hotspot_style import class_labels

    panel = new_panel()
    panel.set_layer(results_layer)
    data = frame_of(results_layer.source())
    fid = next(f.id() for f in results_layer.getFeatures() if f["statnaam"] == "Hoptille")
    row = data[data["statnaam"] == "Hoptille"].iloc[0]
    panel.set_indicator(INCOME)
    panel.select_areas([fid])
    # the profile itself is as before: the buurt's own value of each indicator
    income = next(r for r in panel.profile_table.texts() if r[0] == "Low-income households (%)")
    assert income[1] == f"{row[INCOME]:.1f}%"
    # facts next to perceptions: the report's chart of this buurt, its domains and its gap
    assert len(panel.perception_chart.svgs) == 1 and panel.perception_chart.isVisibleTo(panel)
    svg = panel.perception_chart.svgs[0]
    assert "Physical" in svg and "Health" in svg
    gap = round(row["health_subj"] - row["health_obj"])
    assert f">{'+' if gap > 0 else ''}{gap}<" in svg.replace("−", "-")
    assert panel.perception_chart.heightForWidth(400) > 100
    # the buurt against the median of its 10 similar buurten elsewhere
    texts = panel.similar_table.texts()
    assert texts == [["Self-rated health good or very good (%), 2024", f"{row[f'{HEALTH}_2024']:.0f}%",
                      f"{row[f'{HEALTH}_2024_similar_median']:.0f}%",
                      prof.judgement_text(prof.judge(row[f"{HEALTH}_2024"], row[f"{HEALTH}_2024_similar_median"],
                                                     "better"))]]
    assert "10 most similar buurten" in panel.similar_title.text()
    # its cluster and its energy-transition type
    more = panel.more_label.text()
    assert class_labels()[row[f"{INCOME}_lisa_class"]] in more
    assert en.type_label(row[en.TYPE] if isinstance(row[en.TYPE], str) else None).replace("'", "&#x27;") in more
    # a buurt without a value shows no chart; nothing is left over from the one before
    empty = data[data["aantalInwoners"].fillna(0) == 0]
    fid_empty = next(f.id() for f in results_layer.getFeatures() if f["statcode"] == empty["statcode"].iloc[0])
    panel.select_areas([fid_empty])
    assert panel.perception_chart.svgs == [] and not panel.perception_chart.isVisibleTo(panel)
    panel.select_areas([])
    assert not panel.more_label.isVisibleTo(panel) and not panel.similar_table.isVisibleTo(panel)


def test_panel_change_map_of_a_trend_output(run_alg, results, new_panel, qgis_iface, tmp_path):
    from qgis.core import QgsProject

    from wijkmonitor_plugin.qgis_adapters import layout as lay
    from wijkmonitor_plugin.qgis_adapters.change_style import change_legend_title, change_settings

    run_alg("wijkmonitor:trend", {"INPUT": str(results), "FIELDS": [f"{HEALTH}_2012"],
                                  "OUTPUT": str(tmp_path / "trend.gpkg")})
    layer = QgsVectorLayer(str(tmp_path / "trend.gpkg"), "Trend", "ogr")
    QgsProject.instance().addMapLayer(layer)
    try:
        panel = new_panel()
        panel.set_layer(layer)
        _choose_theme(panel, "__change__")
        assert panel.field() == HEALTH
        settings = change_settings(layer)
        assert (settings["first_year"], settings["last_year"], settings["direction"]) == (2012, 2024, "better")
        assert "2012 → 2024" in panel.status.text()
        change = frame_of(tmp_path / "trend.gpkg")[f"{HEALTH}_change"]
        assert np.allclose(panel.chart._values, np.sort(change.dropna().to_numpy()))
        layout = panel.make_layout()
        legend = lay.item(layout, "legend")
        assert legend.title() == lay.wrap(change_legend_title(
            "Self-rated health good or very good (%)", 2012, 2024, "better", "%"), 32)
        assert lay.item(layout, "title").text().endswith("change 2012 → 2024")
    finally:
        qgis_iface.mapCanvas().stopRendering()
        QgsProject.instance().clear()


def test_panel_atlas_keeps_the_facts_and_perceptions_page(results_layer, new_panel, tmp_path):
    from osgeo import ogr

    panel = new_panel()
    panel.set_layer(results_layer)
    panel.set_indicator(INCOME)
    path = tmp_path / "atlas.gpkg"
    layout = panel.make_atlas(path=path, wait=True)
    assert layout.pageCollection().pageCount() == 3
    source = ogr.Open(str(path))
    tables = {source.GetLayer(i).GetName() for i in range(source.GetLayerCount())}
    assert {"feiten_beleving", "feiten_beleving_grafiek", "layer_styles"} <= tables
    styles = {f.GetField("f_table_name") for f in source.GetLayerByName("layer_styles")}
    assert {"feiten_beleving", "feiten_beleving_grafiek"} <= styles  # they open styled in any project
    assert layout.atlas().updateFeatures() == 110
