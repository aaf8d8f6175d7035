"""The index and scenario reports rendered by a real browser: Debian's headless Chromium through chromedriver.

Each report (English and Dutch, made by tests/test_reports.py's ``make_reports`` through Processing) is
opened from its file as a user opens it; the test reads the browser's console (no error, no warning
about a resource), checks that the map image decoded (natural size of the PNG), that the SVG charts were
laid out with a size, that the buurten's names are visible text, and keeps a full-page screenshot under
``build/reports/`` (the README's picture of the report is made from the same page).
Chromium and chromedriver come from Debian (``scripts/bootstrap.sh`` installs both); without them the
test is skipped and says so.
"""

from __future__ import annotations

import base64
import shutil
from pathlib import Path

import pytest

from tests.test_reports import dutch, english  # noqa: F401 (fixtures)

ROOT = Path(__file__).resolve().parent.parent
SHOTS = ROOT / "build" / "reports"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")

pytestmark = pytest.mark.skipif(
    CHROMIUM is None or CHROMEDRIVER is None,
    reason="Chromium or chromedriver is not installed (Debian: apt-get install chromium chromium-driver; "
           "scripts/bootstrap.sh does this)")

#: what the page tells the test, read in the browser after loading
PAGE_FACTS = """
const imgs = [...document.images];
const charts = [...document.querySelectorAll('svg.chart')];
return {
  lang: document.documentElement.lang,
  images: imgs.map(i => ({complete: i.complete, w: i.naturalWidth, h: i.naturalHeight,
                          shown: i.getBoundingClientRect().width})),
  charts: charts.map(c => ({w: c.getBoundingClientRect().width, h: c.getBoundingClientRect().height,
                            bars: c.querySelectorAll('rect.bar').length,
                            changes: c.querySelectorAll('g.change').length})),
  legend: document.querySelectorAll('ul.legend li').length,
  text: document.body.innerText,
  height: document.documentElement.scrollHeight,
};
"""


@pytest.fixture(scope="module")
def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    # --no-sandbox: the tests run as root in CI chroots, where Chromium's sandbox cannot start
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1200,900", "--hide-scrollbars", "--lang=en"):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(120)
    try:
        yield driver
    finally:
        driver.quit()


def open_page(browser, path: Path) -> dict:
    browser.get_log("browser")  # what an earlier page logged
    browser.get(path.resolve().as_uri())
    facts = browser.execute_script(PAGE_FACTS)
    facts["console"] = browser.get_log("browser")
    return facts


def full_screenshot(browser, target: Path, scale: float = 1.0, start: str | None = None,
                    height: int | None = None) -> Path:
    """The whole page as a PNG, through Chrome's DevTools protocol; or ``height`` CSS pixels from the last
    element that matches ``start`` (a CSS selector) on, at ``scale`` (the README's picture)."""
    metrics = browser.execute_cdp_cmd("Page.getLayoutMetrics", {})["cssContentSize"]
    top = browser.execute_script(f"return [...document.querySelectorAll({start!r})].pop().getBoundingClientRect().top"
                                 " + window.scrollY") if start else 0
    clip = {"x": 0, "y": top, "width": metrics["width"], "height": height or metrics["height"] - top,
            "scale": scale}
    shot = browser.execute_cdp_cmd("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True,
                                                             "clip": clip})
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(base64.b64decode(shot["data"]))
    return target


def check_page(facts: dict, language: str, names: list, n_maps: int, n_charts: int) -> None:
    problems = [e for e in facts["console"] if e["level"] in ("SEVERE", "WARNING")]
    assert not problems, f"browser console: {problems}"
    assert facts["lang"] == language
    assert len(facts["images"]) == n_maps
    for image in facts["images"]:  # the embedded PNG decoded and is laid out
        assert image["complete"] and image["w"] == 900 and image["h"] > 300 and image["shown"] > 300
    assert len(facts["charts"]) == n_charts
    for chart in facts["charts"]:
        assert chart["w"] > 100 and chart["h"] > 50 and (chart["bars"] or chart["changes"])
    assert facts["legend"] >= 4 * n_maps
    missing = [n for n in names if n not in facts["text"]]
    assert not missing, f"not on the page: {missing}"


def _report_names(made: dict) -> tuple[list, list]:
    import json

    index = json.loads(made["index_json"].read_text(encoding="utf-8"))
    scenario = json.loads(made["scenario_json"].read_text(encoding="utf-8"))
    most = [r["name"] for r in index["most_deprived"]]
    changed = [a["name"] for s in scenario["scenarios"] for a in s["changed_areas"]]
    return most, changed


@pytest.mark.parametrize("language", ["en", "nl"])
def test_the_index_report_in_chromium(browser, english, dutch, language):  # noqa: F811 (fixtures)
    made = english if language == "en" else dutch
    facts = open_page(browser, made["index_html"])
    most, _ = _report_names(made)
    assert len(most) == 10
    n_domains = len(__import__("json").loads(made["index_json"].read_text(encoding="utf-8"))["domains"])
    check_page(facts, language, most, n_maps=1, n_charts=1 + n_domains)
    heading = "The most deprived areas" if language == "en" else "De meest achtergestelde gebieden"
    assert heading in facts["text"]
    shot = full_screenshot(browser, SHOTS / f"index_report_{language}.png")
    assert shot.stat().st_size > 50_000
    # the README's picture: the map and the most deprived buurten, small
    full_screenshot(browser, SHOTS / f"readme_index_report_{language}.png", 0.6, "h2.map", 1080)


@pytest.mark.parametrize("language", ["en", "nl"])
def test_the_scenario_report_in_chromium(browser, english, dutch, language):  # noqa: F811 (fixtures)
    made = english if language == "en" else dutch
    facts = open_page(browser, made["scenario_html"])
    _, changed = _report_names(made)
    assert "Holendrecht-West" in changed
    check_page(facts, language, changed, n_maps=2, n_charts=2)
    shot = full_screenshot(browser, SHOTS / f"scenario_report_{language}.png")
    assert shot.stat().st_size > 50_000
    full_screenshot(browser, SHOTS / f"readme_scenario_report_{language}.png", 0.6, "h3.ranks", 560)
