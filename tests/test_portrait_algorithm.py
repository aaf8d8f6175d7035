"""wijkmonitor:portrait on the real Amsterdam sample: the gemeente and its nine stadsdelen, checked in the PDF.

The PDF is read back with poppler (pdfinfo, pdftotext, pdftoppm); its figures are recomputed here from
the raw buurten with pandas (weighted means by the housing stock, shares by their base) and from the real
national table. Stadsdelen come from the constructed lookup in ``tests/data/nl/amsterdam_stadsdelen_2023``
(the rule is Amsterdam's own wijk code letter, see its README); wijk names from the real StatLine export.
"""

from __future__ import annotations

import json
import math
import shutil
import sqlite3
import subprocess
import unicodedata

import numpy as np
import pandas as pd
import pytest
from qgis.core import QgsVectorLayer

from tests.conftest import NL, ROOT
from wijkmonitor_plugin.core import energy as en
from wijkmonitor_plugin.core.catalogue import load_catalogue
from wijkmonitor_plugin.core.classify import format_number
from wijkmonitor_plugin.qgis_adapters import portrait_layout as pl

LOOKUP = NL / "amsterdam_stadsdelen_2023" / "wijk_stadsdeel.csv"
NAMES = NL / "amsterdam_2020_2024" / "Kerncijfers_wijken_en_buurten_2024_without_income_data.csv"
STADSDELEN = ["Centrum", "Nieuw-West", "Noord", "Oost", "Weesp", "West", "Westpoort", "Zuid", "Zuidoost"]
SAMPLE = ROOT / "resources" / "sample" / "amsterdam_buurten_2023.gpkg"


@pytest.fixture(scope="module")
def raw():
    with sqlite3.connect(f"file:{SAMPLE}?mode=ro", uri=True) as con:
        frame = pd.read_sql("select * from buurten", con).drop(columns=["geom"])
    lookup = pd.read_csv(LOOKUP, sep=";")
    frame["stadsdeel"] = frame["wijkcode"].map(dict(zip(lookup["wijkcode"], lookup["stadsdeel"])))
    return frame


@pytest.fixture(scope="module")
def run(processing_ready, sample_gpkg, tmp_path_factory):
    import processing

    folder = tmp_path_factory.mktemp("portretten")
    result = processing.run("wijkmonitor:portrait", {
        "INPUT": sample_gpkg, "SCOPE": 2, "KERN_LOOKUP_FILE": str(LOOKUP), "NAMES_FILE": str(NAMES), "DPI": 72,
        "OUTPUT_FOLDER": str(folder)})
    data = {p["area"]["name"]: p for p in json.loads((folder / "portretten.json").read_text(encoding="utf-8"))}
    return result, folder, data


def pdf_text(path, page=None) -> str:
    """The text of the PDF (one page or all); the ligatures the font draws (ﬁ, ﬀ …) written out."""
    args = ["pdftotext", "-layout"] + (["-f", str(page), "-l", str(page)] if page else []) + [str(path), "-"]
    text = subprocess.run(args, capture_output=True, text=True, check=True).stdout
    return "".join(unicodedata.normalize("NFKC", c) if "\ufb00" <= c <= "\ufb06" else c for c in text)


def pdf_pages(path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def page_pixels(path, page: int, dpi: int = 30) -> np.ndarray:
    """A page rasterised by pdftoppm as an (h, w, 3) array (binary PPM)."""
    ppm = subprocess.run(["pdftoppm", "-r", str(dpi), "-f", str(page), "-l", str(page), str(path)],
                         capture_output=True, check=True).stdout
    parts = ppm.split(b"\n", 3)
    width, height = map(int, parts[1].split())
    return np.frombuffer(parts[3], dtype=np.uint8)[:width * height * 3].reshape(height, width, 3)


def weighted(frame, field, weight="woningvoorraad"):
    """The weighted mean over the buurten with both figures; None (NULL) where there are none."""
    ok = frame[field].notna() & frame[weight].notna() & (frame[weight] > 0)
    return (frame.loc[ok, field] * frame.loc[ok, weight]).sum() / frame.loc[ok, weight].sum() if ok.any() else None


def same(got, expected) -> bool:
    return got is None and expected is None or (got is not None and expected is not None
                                                and got == pytest.approx(expected))


def expected_pages(portrait) -> int:
    n = len(portrait["indicators"])
    rows = len(portrait["parts"]["rows"]) + 1
    tables = math.ceil(n / 5) * math.ceil(rows / pl.ROWS_PER_TABLE_PAGE)
    trends = sum(math.ceil((len(t["parts"]) + 1 + (1 if any(v is not None for v in t["country"]) else 0))
                           / pl.ROWS_PER_TABLE_PAGE) for t in portrait["trends"])
    return 1 + 1 + math.ceil(n / pl.MAPS_PER_PAGE) + tables + trends + 1


def test_a_portrait_per_stadsdeel_and_for_the_gemeente(run):
    result, folder, data = run
    assert result["PORTRAITS"] == 10 and sorted(data) == sorted(["Amsterdam"] + STADSDELEN)
    total = 0
    for name, portrait in data.items():
        pdf = folder / f"portret_{name}.pdf"
        pages = pdf_pages(pdf)
        assert pages == expected_pages(portrait), name
        total += pages
        first = pdf_text(pdf, 1)
        assert f"Sustainability: {name}" in first and "Compared with the country and similar gemeenten" in first
        text = pdf_text(pdf)
        assert "Energy transition: which help where" in text and "Sources and definitions" in text
        last = pdf_text(pdf, pages)
        assert "Sources and definitions" in last and "Bron: CBS" in last  # definitions on the last page
        assert f"page {pages} of {pages}" in last
        assert (folder / f"portret_{name}.html").is_file()
    assert result["PAGES"] == total
    assert data["Amsterdam"]["parts"]["kind"] == "kernen" and data["Zuidoost"]["parts"]["kind"] == "wijken"
    assert data["Zuidoost"]["area"]["kind"] == "kern" and data["Zuidoost"]["area"]["gemeente"] == "Amsterdam"


def test_table_values_equal_the_aggregated_ones(run, raw):
    _, folder, data = run
    gemeente = data["Amsterdam"]
    rows = {r["name"]: r for r in gemeente["parts"]["rows"]}
    assert sorted(rows) == STADSDELEN
    for name in STADSDELEN:
        part = raw[raw["stadsdeel"] == name]
        assert same(rows[name]["aardgasverbruik_m3"], weighted(part, "gemiddeldAardgasverbruik")), name
        assert same(rows[name]["koopwoningen_pct"], weighted(part, "percentageKoopwoningen")), name
        cost = en.energy_cost(weighted(part, "gemiddeldAardgasverbruik"),
                              weighted(part, "gemiddeldeElektriciteitslevering"))
        assert rows[name]["energiekosten_eur"] == pytest.approx(float(cost))
    area = {r["id"]: r["area"] for r in gemeente["comparison"]}
    assert area["aardgasverbruik_m3"] == pytest.approx(weighted(raw, "gemiddeldAardgasverbruik"))
    assert area["stadsverwarming_pct"] == pytest.approx(weighted(raw, "percentageWoningenMetStadsverwarming"))
    # the wijken of a stadsdeel, by their real names
    zuidoost = {r["name"]: r for r in data["Zuidoost"]["parts"]["rows"]}
    assert "H-buurt" in zuidoost and len(zuidoost) == raw.loc[raw["stadsdeel"] == "Zuidoost", "wijkcode"].nunique()
    h = raw[raw["wijkcode"] == "WK0363TD"]
    assert zuidoost["H-buurt"]["aardgasverbruik_m3"] == pytest.approx(weighted(h, "gemiddeldAardgasverbruik"))
    # and the printed table says the same
    text = pdf_text(folder / "portret_Amsterdam.pdf")
    for name in STADSDELEN:
        line = next(line for line in text.splitlines() if line.strip().startswith(name + " ") and "m³" in line)
        assert format_number(rows[name]["aardgasverbruik_m3"], 0, "en") + " m³" in line, line
    h_line = next(line for line in pdf_text(folder / "portret_Zuidoost.pdf").splitlines()
                  if line.strip().startswith("H-buurt ") and "m³" in line)
    assert format_number(zuidoost["H-buurt"]["aardgasverbruik_m3"], 0, "en") + " m³" in h_line


def test_the_area_against_the_country_and_similar_gemeenten(run, raw):
    _, _, data = run
    national = pd.read_csv(ROOT / "resources" / "national" / "gemeenten_2024_kerncijfers.csv")
    gemeente = data["Amsterdam"]
    koop = next(r for r in gemeente["comparison"] if r["id"] == "koopwoningen_pct")
    assert koop["country"] == pytest.approx(weighted(national, "percentageKoopwoningen"))
    class1 = national[(national["stedelijkheidAdressenPerKm2"] == 1) & (national["statcode"] != "GM0363")]
    assert sorted(gemeente["group"]["codes"]) == sorted(class1["statcode"])
    assert koop["group"] == pytest.approx(weighted(class1, "percentageKoopwoningen"))
    assert koop["vs_group"] == "lower"  # Amsterdam has fewer owner-occupied dwellings (a neutral indicator)
    # a stadsdeel is compared with the gemeenten of its own class, from its own address density (CBS's classes
    # of the average address density of its buurten, weighted by their dwellings)
    density = weighted(raw[raw["stadsdeel"] == "Weesp"], "omgevingsadressendichtheid")
    cls = next((c for c, low in enumerate((2500, 1500, 1000, 500), start=1) if density >= low), 5)
    assert data["Weesp"]["area"]["urbanity"] == cls and data["Zuid"]["area"]["urbanity"] == 1
    weesp = data["Weesp"]["group"]["codes"]
    assert set(weesp) == set(national.loc[national["stedelijkheidAdressenPerKm2"] == cls, "statcode"])
    # no energy figures in the national table: a dash, never an invented number
    gas = next(r for r in gemeente["comparison"] if r["id"] == "aardgasverbruik_m3")
    assert gas["country"] is None and gas["group"] is None


def test_the_energy_transition_types_are_those_of_the_buurten(run, raw):
    _, folder, data = run
    catalogue = load_catalogue()
    inputs = en.resolve_inputs(catalogue, raw.columns, frame=raw)
    expected = en.classify(raw, inputs).frame[en.TYPE]
    counts = {c["type"]: c["areas"] for c in data["Amsterdam"]["typology"]["counts"]}
    assert counts == {t: int((expected == t).sum()) if t else int(expected.isna().sum())
                      for t in list(en.TYPES) + [None]}
    zuidoost = raw["stadsdeel"] == "Zuidoost"
    got = data["Zuidoost"]["typology"]["types"]
    assert {c: got[c] for c in raw.loc[zuidoost, "buurtcode"]} == dict(zip(raw.loc[zuidoost, "buurtcode"],
                                                                           expected[zuidoost]))
    text = pdf_text(folder / "portret_Zuidoost.pdf", 2)
    assert "Mostly district heating: agreements with" in text and "Type per buurt" in text


def test_maps_are_present(run):
    _, folder, data = run
    pdf = folder / "portret_Zuidoost.pdf"
    colours = {t: tuple(int(en.TYPE_COLOURS[t][i:i + 2], 16) for i in (1, 3, 5)) for t in en.TYPES}
    typology = page_pixels(pdf, 2).reshape(-1, 3).astype(int)
    present = {t for t in data["Zuidoost"]["typology"]["types"].values() if t}
    assert len(present) >= 4
    for kind in present:
        near = (np.abs(typology - np.array(colours[kind])).sum(axis=1) < 30).sum()
        assert near > 20, kind  # every type of a buurt is drawn in its colour
    maps = page_pixels(pdf, 3).astype(int)
    h, w, _ = maps.shape
    saturated = (maps.max(axis=2) - maps.min(axis=2)) > 40
    cells = [saturated[int(y / pl.HEIGHT * h):int((y + ch) / pl.HEIGHT * h), int(x / pl.WIDTH * w):
                       int((x + cw) / pl.WIDTH * w)] for x, y, cw, ch in pl.map_cells()]
    assert all(cell.mean() > 0.02 for cell in cells)  # six coloured small multiples
    overview = page_pixels(pdf, 1)
    assert (overview.min(axis=2) < 200).mean() > 0.02  # the overview map is drawn


def test_the_html_page_has_the_same_content(run):
    _, folder, data = run
    page = (folder / "portret_Zuidoost.html").read_text(encoding="utf-8")
    assert "<h1>Sustainability: Zuidoost</h1>" in page
    assert page.count("data:image/png;base64,") >= 4  # overview, types, two pages of maps
    assert "H-buurt" in page and "Sources and definitions" in page
    cost = next(r for r in data["Zuidoost"]["comparison"] if r["id"] == "energiekosten_eur")["area"]
    assert format_number(cost, 0, "en") in page


def test_missing_inputs_are_said_in_the_portrait(run_alg, sample_gpkg, tmp_path):
    copy = tmp_path / "zonder_inkomen.gpkg"
    shutil.copy(sample_gpkg, copy)
    stripped = run_alg("native:deletecolumn", {
        "INPUT": str(copy), "OUTPUT": "TEMPORARY_OUTPUT",
        "COLUMN": ["percentageHuishoudensMetLaagInkomen", "percentageHuishoudensMetLageKoopkracht",
                   "gemiddeldGestandaardiseerdInkomenVanHuishoudens"]})["OUTPUT"]
    result = run_alg("wijkmonitor:portrait", {"INPUT": stripped, "DPI": 72, "HTML": False,
                                              "OUTPUT_FOLDER": str(tmp_path / "out")})
    portrait = json.loads((tmp_path / "out" / "portretten.json").read_text(encoding="utf-8"))[0]
    assert portrait["typology"]["available"] is True  # district heating is still typed
    missing = portrait["typology"]["missing_inputs"]
    assert all("income" in what for what in missing) and missing["income"] > 300
    assert result["PORTRAITS"] == 1
    text = pdf_text(tmp_path / "out" / "portret_Amsterdam.pdf")
    assert "not enough data" in text and "Fill in the missing figures first." in text


def test_trends_of_fields_with_several_years(run_alg, sample_gpkg, tmp_path):
    national = pd.read_csv(NL / "national_2024" / "nl_gm_wk_bu_2024_kwb18_misdrijven_2021_2025_gezondheid.csv")
    years = [f"misdrijven_{y}" for y in range(2021, 2026)]
    buurten = national[(national["level"] == "buurt") & (national["gemeentecode"] == "GM0363")]
    table = tmp_path / "misdrijven.csv"
    buurten[["statcode"] + years].to_csv(table, index=False)
    joined = run_alg("wijkmonitor:joinindicators", {"INPUT": sample_gpkg, "TABLE_FILE": str(table),
                                                    "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    run_alg("wijkmonitor:portrait", {"INPUT": joined, "TRENDS": "misdrijven", "PARTS": 1, "DPI": 72,
                                     "HTML": False, "OUTPUT_FOLDER": str(tmp_path / "out")})
    portrait = json.loads((tmp_path / "out" / "portretten.json").read_text(encoding="utf-8"))[0]
    trend = portrait["trends"][0]
    assert trend["stem"] == "misdrijven" and trend["years"] == list(range(2021, 2026))
    codes = {f["statcode"] for f in QgsVectorLayer(sample_gpkg, "s", "ogr").getFeatures()}
    matched = buurten[buurten["statcode"].isin(codes)]
    assert trend["area"] == [pytest.approx(matched[y].sum()) for y in years]
    assert trend["country"] == [pytest.approx(national.loc[national["level"] == "gemeente", y].sum())
                                for y in years]
    text = pdf_text(tmp_path / "out" / "portret_Amsterdam.pdf")
    assert "Trend: Registered crimes (total)" in text and "2021" in text and "2025" in text


def test_qgis_process_with_a_kern_layer(qgis_process, run_alg, sample_gpkg, run, raw, tmp_path):
    per_buurt = tmp_path / "buurt_stadsdeel.csv"  # aggregateareas takes buurt codes
    raw[["buurtcode", "stadsdeel"]].dropna().to_csv(per_buurt, index=False, sep=";")
    kernen = tmp_path / "stadsdelen.gpkg"
    run_alg("wijkmonitor:aggregateareas", {"INPUT": sample_gpkg, "TARGET": 3, "LOOKUP_FILE": str(per_buurt),
                                           "OUTPUT": str(kernen)})
    out = tmp_path / "out"
    proc = qgis_process(["run", "wijkmonitor:portrait", "--json", "--", f"INPUT={sample_gpkg}", "SCOPE=1",
                         f"KERNEN={kernen}", "KERN_FIELD=stadsdeel", "ONLY=Weesp", "HTML=false", "DPI=72",
                         f"OUTPUT_FOLDER={out}"])
    results = json.loads(proc.stdout[proc.stdout.index("{"):])["results"]
    assert results["PORTRAITS"] == 1 and pdf_pages(out / "portret_Weesp.pdf") == results["PAGES"]
    weesp = json.loads((out / "portretten.json").read_text(encoding="utf-8"))[0]
    _, _, data = run
    # the kern from polygons (largest overlap) holds the same buurten as the kern from the lookup table
    by_lookup = {r["id"]: r["area"] for r in data["Weesp"]["comparison"]}
    assert {r["id"]: r["area"] for r in weesp["comparison"]} == pytest.approx(by_lookup)


def test_in_a_dutch_qgis_the_portrait_is_dutch(run_alg, sample_gpkg, tmp_path):
    from qgis.core import QgsSettings

    from wijkmonitor_plugin import i18n

    settings = QgsSettings()
    saved = (settings.value("locale/overrideFlag"), settings.value("locale/userLocale"))
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", "nl_NL")
    try:
        assert i18n.install_translator("nl")
        run_alg("wijkmonitor:portrait", {"INPUT": sample_gpkg, "SCOPE": 1, "KERN_LOOKUP_FILE": str(LOOKUP),
                                         "ONLY": "Weesp", "DPI": 72, "OUTPUT_FOLDER": str(tmp_path)})
    finally:
        i18n.remove_translator()
        settings.setValue("locale/overrideFlag", saved[0] if saved[0] is not None else False)
        settings.setValue("locale/userLocale", saved[1] or "")
    text = pdf_text(tmp_path / "portret_Weesp.pdf")
    assert "Duurzaamheid: Weesp" in text and "Kern in de gemeente Amsterdam" in text
    assert "Vergeleken met Nederland en vergelijkbare gemeenten" in text and "Bronnen en definities" in text
    assert "Energietransitie: welke hulp waar" in text and "Gemiddeld aardgasverbruik woningen" in text
    portrait = json.loads((tmp_path / "portretten.json").read_text(encoding="utf-8"))[0]
    gas = next(r["area"] for r in portrait["comparison"] if r["id"] == "aardgasverbruik_m3")
    assert format_number(gas, 0, "nl") + " m³" in text  # Dutch number format
    koop = next(r["area"] for r in portrait["comparison"] if r["id"] == "koopwoningen_pct")
    assert format_number(koop, 0, "nl") + "%" in text
    html = (tmp_path / "portret_Weesp.html").read_text(encoding="utf-8")
    assert "<html lang='nl'>" in html and "Bronnen en definities" in html
