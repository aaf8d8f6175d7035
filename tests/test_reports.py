"""The index and scenario reports as a council reads them: map, charts, areas by name, in one language.

The reports are made through ``processing.run`` on the bundled Amsterdam sample (519 buurten), in an
English and in a Dutch QGIS; the checks compare the page with the output layers the same run wrote
(names, ranks and deciles), decode the embedded map and look at its pixels, and count the bars of the
inline SVG charts against the scores. tests/test_reports_browser.py renders the same pages in Chromium.
"""

from __future__ import annotations

import base64
import json
import re
from html.parser import HTMLParser

import numpy as np
import pandas as pd
import pytest
from qgis.core import QgsVectorLayer
from qgis.PyQt.QtGui import QColor, QImage

from wijkmonitor_plugin.core import index_charts, index_report
from wijkmonitor_plugin.qgis_adapters.frames import source_to_frame

BIJSTAND = "aantalPersonenMetEenAlgBijstandsuitkeringTot"
HUISARTS = "huisartsenpraktijkGemiddeldeAfstandInKm"
OPTIONS = {"POPULATION_FIELD": "aantalInwoners", "MIN_POPULATION": 100, "GROUP_FIELD": "wijkcode"}
#: the three most deprived buurten of the sample (ranks 1–3 in the index test below) and one wijk
SCENARIO = ["Bijstand omlaag", "BU0363TJ01 BU0363MM06 BU0363FB04", BIJSTAND, "percent", "-40",
            "Huisarts in AF", "\"wijkcode\" = 'WK0363AF'", HUISARTS, "multiply", "0.5"]
#: headings and phrases of the English pages that must not appear in a Dutch one
ENGLISH = ("Map of the index", "The most deprived areas", "Distribution of the scores", "Domains and weights",
           "Policy scenarios", "Ranks before", "Areas changed", "Changed by the scenario", "factor analysis",
           "Index decile per area", "higher = more deprived", "no data", "all areas")


def make_reports(folder, language: str = "en") -> dict:
    """Both reports (JSON + HTML) and their output layers in ``folder``, in a QGIS in ``language``."""
    import processing
    from qgis.core import QgsSettings

    from wijkmonitor_plugin import i18n

    folder.mkdir(parents=True, exist_ok=True)
    settings = QgsSettings()
    saved = (settings.value("locale/overrideFlag"), settings.value("locale/userLocale"))
    if language != "en":
        settings.setValue("locale/overrideFlag", True)
        settings.setValue("locale/userLocale", f"{language}_NL")
        assert i18n.install_translator(language)
    try:
        buurten = str(folder / "buurten.gpkg")
        processing.run("wijkmonitor:loadsample", {"OUTPUT": buurten})
        index = processing.run("wijkmonitor:deprivationindex", dict(
            OPTIONS, INPUT=buurten, OUTPUT=str(folder / "index.gpkg"), REPORT=str(folder / "index.json")))
        scenario = processing.run("wijkmonitor:scenario", dict(
            OPTIONS, INPUT=buurten, CHANGES_MATRIX=SCENARIO, OUTPUT=str(folder / "scenario.gpkg"),
            DECILE_CHANGES=str(folder / "deciles.gpkg"), REPORT=str(folder / "scenario.json")))
    finally:
        if language != "en":
            i18n.remove_translator()
            settings.setValue("locale/overrideFlag", saved[0] if saved[0] is not None else False)
            settings.setValue("locale/userLocale", saved[1] or "")
    return {"folder": folder, "language": language,
            "index": QgsVectorLayer(index["OUTPUT"], "index", "ogr").source(),
            "scenario": QgsVectorLayer(scenario["OUTPUT"], "scenario", "ogr").source(),
            "index_html": folder / "index.html", "scenario_html": folder / "scenario.html",
            "index_json": folder / "index.json", "scenario_json": folder / "scenario.json",
            "prefixes": scenario["SCENARIOS"].split(",")}


@pytest.fixture(scope="module")
def english(processing_ready, tmp_path_factory):
    return make_reports(tmp_path_factory.mktemp("reports_en"), "en")


@pytest.fixture(scope="module")
def dutch(processing_ready, tmp_path_factory):
    return make_reports(tmp_path_factory.mktemp("reports_nl"), "nl")


def frame_of(source: str) -> pd.DataFrame:
    return source_to_frame(QgsVectorLayer(source, "l", "ogr")).reset_index(drop=True)


class Page(HTMLParser):
    """The parts of a report page the checks need: images, SVG charts and their bars, table cells, text."""

    def __init__(self, text: str):
        super().__init__()
        self.images, self.charts, self.rows, self.text = [], [], [], []
        self._row, self._cell, self._chart = None, None, None
        self.lang = None
        self._pre = False  # the definition file as read (the user's JSON, both languages) is data, not text
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "html":
            self.lang = a.get("lang")
        elif tag == "pre":
            self._pre = True
        elif tag == "img":
            self.images.append(a)
        elif tag == "svg" and "chart" in (a.get("class") or ""):
            self._chart = {"label": a.get("aria-label"), "bars": [], "changes": 0}
            self.charts.append(self._chart)
        elif tag == "rect" and a.get("class") == "bar" and self._chart is not None:
            self._chart["bars"].append(float(a["height"]))
        elif tag == "g" and a.get("class") == "change" and self._chart is not None:
            self._chart["changes"] += 1
        elif tag == "tr":
            self._row = []
        elif tag in ("td", "th") and self._row is not None:
            self._cell = []

    def handle_endtag(self, tag):
        if tag == "svg":
            self._chart = None
        elif tag == "pre":
            self._pre = False
        elif tag in ("td", "th") and self._cell is not None:
            self._row.append("".join(self._cell).strip())
            self._cell = None
        elif tag == "tr" and self._row is not None:
            self.rows.append(self._row)
            self._row = None

    def handle_data(self, data):
        if self._cell is not None:
            self._cell.append(data)
        if not self._pre:
            self.text.append(data)

    def table_after(self, header: str) -> list:
        """The rows of the table whose first header cell is ``header``, header row first."""
        start = next(i for i, r in enumerate(self.rows) if r and r[0] == header)
        out = [self.rows[start]]
        for row in self.rows[start + 1:]:
            if len(row) != len(out[0]) or row[0] == header:
                break
            out.append(row)
        return out


def page_of(path) -> Page:
    return Page(path.read_text(encoding="utf-8"))


def decoded_map(image: dict) -> QImage:
    src = image["src"]
    assert src.startswith("data:image/png;base64,")
    picture = QImage()
    assert picture.loadFromData(base64.b64decode(src.split(",", 1)[1]), "PNG")
    return picture


def colours_in(picture: QImage, step: int = 3) -> set:
    return {QColor(picture.pixel(x, y)).name() for x in range(0, picture.width(), step)
            for y in range(0, picture.height(), step)}


# -- the index report ------------------------------------------------------------------------------

def test_index_report_has_a_map_drawn_by_qgis(english):
    page = page_of(english["index_html"])
    assert page.lang == "en"
    maps = [i for i in page.images if i["src"].startswith("data:image/png")]
    assert len(maps) == 1
    picture = decoded_map(maps[0])
    assert picture.width() == 900 and picture.height() > 300
    # the legend is the renderer's: ten deciles and 'no data'; the decile colours are the map's pixels
    legend = re.findall(r"<li><span style='background:(#[0-9a-f]{6})'></span>([^<]*)</li>",
                        english["index_html"].read_text(encoding="utf-8"))
    assert len(legend) == 11 and legend[0][1].startswith("1") and legend[-1][1] == "no data"
    seen = colours_in(picture)
    assert sum(colour in seen for colour, _ in legend[:10]) == 10


def test_index_report_names_the_most_deprived_buurten(english):
    out = frame_of(english["index"])
    ranked = out.dropna(subset=["index_rank"]).sort_values("index_rank", kind="stable")
    expected = ranked.head(10)
    page = page_of(english["index_html"])
    table = page.table_after("Rank")
    header, rows = table[0], table[1:]
    assert header[:4] == ["Rank", "Area", "Code", "Decile"]
    assert [r[1] for r in rows] == expected["statnaam"].tolist()  # by name, most deprived first
    assert [r[2] for r in rows] == expected["statcode"].tolist()
    assert [int(r[0]) for r in rows] == expected["index_rank"].astype(int).tolist()
    assert [int(r[3]) for r in rows] == expected["index_decile"].astype(int).tolist()
    income = header.index("Income")
    assert [r[income] for r in rows] == [str(int(v)) for v in expected["income_decile"]]
    report = json.loads(english["index_json"].read_text(encoding="utf-8"))
    assert [r["name"] for r in report["most_deprived"]] == expected["statnaam"].tolist()


def test_index_report_charts_every_domain_distribution(english):
    out = frame_of(english["index"])
    report = json.loads(english["index_json"].read_text(encoding="utf-8"))
    page = page_of(english["index_html"])
    histograms = [c for c in page.charts if c["bars"]]
    assert [c["label"] for c in histograms] == ["Index score"] + [d["label"]["en"] for d in report["domains"]]
    for chart, key in zip(histograms, ["index"] + [d["id"] for d in report["domains"]]):
        hist = report["index_histogram"] if key == "index" else next(
            d["histogram"] for d in report["domains"] if d["id"] == key)
        # every area with a score is counted once; the bars are drawn in proportion to the counts
        assert sum(hist["counts"]) == out[f"{key}_score"].notna().sum()
        assert len(chart["bars"]) == len(hist["counts"])
        peak = max(hist["counts"])
        assert np.allclose(np.array(chart["bars"]) / max(chart["bars"]), np.array(hist["counts"]) / peak, atol=0.01)


def test_the_most_deprived_areas_by_rank_with_ties_kept():
    rng = np.random.default_rng(7)
    n = 40
    ranks = pd.Series(rng.permutation(n) + 1.0, index=rng.permutation(1000)[:n])
    ranks[ranks == 11] = 10  # a tie at the tenth place: both are named
    frame = pd.DataFrame({"index_rank": ranks, "index_decile": np.ceil(ranks / 4), "index_score": 100 - ranks,
                          "work_decile": 3.0})
    frame.loc[frame.index[0], ["index_rank", "index_decile", "index_score"]] = np.nan  # no index: never listed
    names = pd.Series([f"buurt {i}" for i in frame.index], index=frame.index)
    rows = index_report.areas_by_name(frame, names=names, domain_ids=["work"])
    listed = frame.dropna(subset=["index_rank"])
    listed = listed[listed["index_rank"] <= 10].sort_values("index_rank", kind="stable")
    assert [r["name"] for r in rows] == [names[i] for i in listed.index]
    assert len(rows) == len(listed) >= 10 and [r["rank"] for r in rows] == sorted(r["rank"] for r in rows)
    assert all(r["domain_deciles"] == {"work": 3} and r["code"] is None for r in rows)


def test_near_zero_weights_are_flagged():
    domains = [{"id": "health", "parts": [{"id": "health", "factor_analysis": {
        "indicators": ["a", "b", "c", "d"], "loadings": [0.8, 0.7, 0.05, 0.75],
        "uniquenesses": [0.36, 0.51, 0.99, 0.44], "weights": [0.34, 0.30, 0.04, 0.32]}}]},
        {"id": "work", "parts": [{"id": "work", "factor_analysis": None}]}]
    flagged = index_report.near_zero_weights(domains)
    assert [(f["part"], f["indicator"]) for f in flagged] == [("health", "c")]
    assert flagged[0]["limit"] == pytest.approx(0.25 / 4)
    # at the limit is not near zero; a negative weight is
    domains[0]["parts"][0]["factor_analysis"]["weights"] = [0.0625, 0.5, -0.01, 0.4475]
    assert [f["indicator"] for f in index_report.near_zero_weights(domains)] == ["c"]


def test_the_report_flags_a_near_zero_weight_of_a_real_run(english):
    report = json.loads(english["index_json"].read_text(encoding="utf-8"))
    fitted = [(d, p) for d in report["domains"] for p in d["parts"] if p["factor_analysis"]]
    assert fitted, "the Dutch definition has factor-analysis domains"
    assert report["near_zero_weights"] == index_report.near_zero_weights(report["domains"])
    dom, part = fitted[0]
    part["factor_analysis"]["weights"][0] = 0.001  # as if the first indicator had nothing in common
    report["near_zero_weights"] = index_report.near_zero_weights(report["domains"])
    page = Page(index_report.render_html(report, "en"))
    first = part["factor_analysis"]["indicators"][0]
    assert any(r[0] == first and r[-1] == "near zero" for r in page.rows)
    assert "Weights near zero" in "".join(page.text)


def test_a_table_without_geometry_gets_a_report_without_a_map(processing_ready, tmp_path):
    import processing

    buurten = str(tmp_path / "buurten.gpkg")
    processing.run("wijkmonitor:loadsample", {"OUTPUT": buurten})
    table = processing.run("native:dropgeometries", {"INPUT": buurten, "OUTPUT": str(tmp_path / "table.gpkg")})
    processing.run("wijkmonitor:deprivationindex", dict(OPTIONS, INPUT=table["OUTPUT"], OUTPUT="TEMPORARY_OUTPUT",
                                                        REPORT=str(tmp_path / "index.html")))
    processing.run("wijkmonitor:scenario", dict(OPTIONS, INPUT=table["OUTPUT"], CHANGES_MATRIX=SCENARIO[:5],
                                                OUTPUT="TEMPORARY_OUTPUT", DECILE_CHANGES="TEMPORARY_OUTPUT",
                                                REPORT=str(tmp_path / "scenario.html")))
    index, scenario = page_of(tmp_path / "index.html"), page_of(tmp_path / "scenario.html")
    assert index.images == [] and scenario.images == []
    assert "Holendrecht-West" in "".join(index.text) and "Holendrecht-West" in "".join(scenario.text)
    assert len(index.charts) > 1 and len(scenario.charts) == 1


# -- the scenario report ---------------------------------------------------------------------------

def test_scenario_report_names_changed_buurten_with_rank_and_decile_before_and_after(english):
    out = frame_of(english["scenario"])
    page = page_of(english["scenario_html"])
    assert page.lang == "en"
    tables = [i for i, r in enumerate(page.rows) if r[:3] == ["Area", "Code", "Index rank"]]
    assert len(tables) == len(english["prefixes"]) == 2
    for prefix, start in zip(english["prefixes"], tables):
        moved = out[(out[f"{prefix}_changed"] == 1)
                    | (out[f"{prefix}_index_rank"].fillna(-1) != out["index_rank"].fillna(-1))]
        rows = page.rows[start + 1:start + 1 + len(moved)]
        assert {r[1] for r in rows} == set(moved["statcode"])
        for row in rows:
            area = moved[moved["statcode"] == row[1]].iloc[0]
            assert row[0] == area["statnaam"]
            assert row[2] == f"{int(area['index_rank'])} → {int(area[f'{prefix}_index_rank'])}"
            assert row[3] == f"{int(area['index_decile'])} → {int(area[f'{prefix}_index_decile'])}"
    bijstand = page.rows[tables[0] + 1:tables[0] + 4]
    assert {r[0] for r in bijstand} == {"Holendrecht-West", "Tuindorp Amstelstation", "Eendrachtspark"}


def test_scenario_report_charts_ranks_and_maps_every_scenario(english):
    page = page_of(english["scenario_html"])
    report = json.loads(english["scenario_json"].read_text(encoding="utf-8"))
    charts = [c for c in page.charts if c["changes"]]
    assert [c["label"] for c in charts] == [s["name"] for s in report["scenarios"]]
    for chart, s in zip(charts, report["scenarios"]):
        assert chart["changes"] == len([a for a in s["changed_areas"] if a["rank_from"] and a["rank_to"]])
    maps = [decoded_map(i) for i in page.images]
    assert len(maps) == 2
    # the changed buurten are drawn in the 'less deprived' blues of the output's diverging style
    for picture in maps:
        blues = {c for c in colours_in(picture, 2) if QColor(c).blue() > QColor(c).red() + 60}
        assert blues


def test_rank_chart_draws_an_arrow_per_area():
    rows = [{"label": "A", "rank_from": 1, "rank_to": 5}, {"label": "B", "rank_from": 9, "rank_to": 3},
            {"label": "C", "rank_from": 4, "rank_to": 4}, {"label": "D", "rank_from": None, "rank_to": 2}]
    svg = index_charts.rank_change_svg(rows, 10, "t", "before", "after")
    page = Page(svg)
    assert page.charts[0]["changes"] == 3  # D has no rank before
    arrows = re.findall(r"<line [^>]*stroke='(#[0-9a-f]{6})'[^>]*marker-end='url\(#arrow-(\w+)\)'", svg)
    # A: 1 → 5, less deprived; B: 9 → 3, more deprived; C stays (a circle, no arrow)
    assert arrows == [(index_charts.BETTER_COLOUR, "better"), (index_charts.WORSE_COLOUR, "worse")]
    assert index_charts.rank_change_svg([], 0, "t", "a", "b").endswith("</svg>")


def test_histogram_bars_follow_the_counts():
    svg = index_charts.histogram_svg([0.0, 1.0, 2.0, 3.0], [2, 8, 4], "t", lang="nl")
    heights = Page(svg).charts[0]["bars"]
    assert heights[1] == max(heights) and heights[0] == pytest.approx(heights[1] / 4)
    assert heights[2] == pytest.approx(heights[1] / 2)


# -- one language per report -----------------------------------------------------------------------

@pytest.mark.parametrize("kind", ["index_html", "scenario_html"])
def test_a_dutch_qgis_gets_dutch_reports(dutch, kind):
    text = dutch[kind].read_text(encoding="utf-8")
    page = Page(text)
    assert page.lang == "nl"
    visible = "".join(page.text)
    leaks = [phrase for phrase in ENGLISH if phrase in visible]
    assert not leaks, f"English in the Dutch report: {leaks}"
    if kind == "index_html":
        assert "De meest achtergestelde gebieden" in visible and "Kaart van de index" in visible
        table = page.table_after("Rang")
        assert table[0][:4] == ["Rang", "Gebied", "Code", "Deciel"]
        assert any("," in r[4] for r in table[1:])  # index scores with a decimal comma
    else:
        assert "Beleidsscenario's" in visible and "Rangen voor → na" in visible
        assert "Holendrecht-West" in visible
