"""`make demo`: the Wijkmonitor chain, headless, on the bundled Amsterdam sample.

Each step runs a Wijkmonitor Processing algorithm exactly as a user's model would and
writes its result under out/. The script prints what it wrote where.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import qgisapp

OUT = qgisapp.ROOT / "out"


def step(title):
    print(f"\n== {title}")
    return time.perf_counter()


def done(t0, what, path):
    print(f"   wrote {what}: {Path(path).relative_to(qgisapp.ROOT)}  ({time.perf_counter() - t0:.1f} s)")


def index_input(gpkg: Path) -> str:
    """The most complete buurten layer so far: one with computed indicators if a step wrote it, else 'buurten'."""
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(str(gpkg), "layers", "ogr")
    names = [s.split("!!::!!")[1] for s in layer.dataProvider().subLayers()]
    computed = [n for n in names if "indicator" in n.lower()]
    return f"{gpkg}|layername={computed[-1] if computed else 'buurten'}"


def main() -> int:
    qgisapp.start()
    import processing

    OUT.mkdir(exist_ok=True)
    gpkg = OUT / "wijkmonitor_amsterdam.gpkg"
    if gpkg.exists():
        gpkg.unlink()

    t0 = step("1. Load the CBS Wijk- en Buurtkaart 2023 of Amsterdam (bundled sample)")
    result = processing.run("wijkmonitor:loadsample", {"OUTPUT": f"ogr:dbname='{gpkg}' table=buurten (geom)"})
    buurten = result["OUTPUT"]
    done(t0, "buurten with normalised key fields", gpkg)

    t0 = step("Themes and indicators: join the CBS SES-WOA table (StatLine export) and compute the catalogue")
    ses = qgisapp.ROOT / "resources" / "sample" / "statline_85163NED_ses_woa_amsterdam_2019.csv"
    joined = processing.run("wijkmonitor:joinindicators", {
        "INPUT": f"{gpkg}|layername=buurten", "TABLE_FILE": str(ses), "OUTPUT": "TEMPORARY_OUTPUT",
        "REPORT": str(OUT / "rapport_koppeling_ses_woa.csv")})
    print(f"   SES-WOA 2019: {joined['MATCHED']} of 519 buurten matched (by name: Amsterdam renumbered its "
          "buurten in 2022)")
    result = processing.run("wijkmonitor:computeindicators", {
        "INPUT": joined["OUTPUT"], "OUTPUT": f"ogr:dbname='{gpkg}' table=buurten_indicatoren (geom)",
        "REPORT": str(OUT / "rapport_catalogus.csv")})
    print(f"   {result['COMPUTED']} catalogue indicators computed, {result['MISSING']} missing "
          "(reasons in out/rapport_catalogus.csv)")
    done(t0, "layer 'buurten_indicatoren'", gpkg)

    t0 = step("Achterstandsmonitor: deprivation index per buurt (built-in Dutch definition)")
    report = OUT / "achterstandsmonitor_report.html"
    result = processing.run("wijkmonitor:deprivationindex", {
        "INPUT": index_input(gpkg), "POPULATION_FIELD": "aantalInwoners", "MIN_POPULATION": 100,
        "GROUP_FIELD": "wijkcode", "OUTPUT": f"ogr:dbname='{gpkg}' table=achterstandsmonitor (geom)",
        "REPORT": str(report)})
    print(f"   domains: {result['DOMAINS']}; left out: {result['LEFT_OUT_DOMAINS'] or '-'}; "
          f"{result['AREAS_WITH_INDEX']:.0f} buurten with an index score")
    done(t0, "layer 'achterstandsmonitor'", gpkg)
    print(f"   wrote the report: {report.relative_to(qgisapp.ROOT)}")

    t0 = step("Policy scenario: bijstand -20% in the three most deprived buurten of a wijk")
    from qgis.core import QgsVectorLayer

    index_layer = QgsVectorLayer(f"{gpkg}|layername=achterstandsmonitor", "index", "ogr")
    ranked = sorted((f["index_rank"], f["wijkcode"], f["statcode"], f["statnaam"]) for f in index_layer.getFeatures()
                    if f["index_decile"] == 1)
    wijken = sorted({w for _, w, _, _ in ranked}, key=lambda w: (-sum(r[1] == w for r in ranked),
                                                                  min(r[0] for r in ranked if r[1] == w)))
    wijk = wijken[0]  # the wijk with the most buurten in the most deprived decile
    three = sorted((f["index_rank"], f["statcode"], f["statnaam"]) for f in index_layer.getFeatures()
                   if f["wijkcode"] == wijk and f["index_rank"])[:3]
    print(f"   wijk {wijk}: {', '.join(f'{n} ({c}, rank {r})' for r, c, n in three)}")
    result = processing.run("wijkmonitor:scenario", {
        "INPUT": index_input(gpkg), "POPULATION_FIELD": "aantalInwoners", "MIN_POPULATION": 100,
        "GROUP_FIELD": "wijkcode", "CHANGES_MATRIX": [
            f"bijstand -20% {wijk}", " ".join(c for _, c, _ in three), "aantalPersonenMetEenAlgBijstandsuitkeringTot",
            "percent", "-20"],
        "OUTPUT": f"ogr:dbname='{gpkg}' table=scenario_bijstand (geom)",
        "DECILE_CHANGES": f"ogr:dbname='{gpkg}' table=scenario_decielwijzigingen",
        "REPORT": str(OUT / "scenario_report.html")})
    changes = QgsVectorLayer(f"{gpkg}|layername=scenario_decielwijzigingen", "changes", "ogr")
    for f in changes.getFeatures():
        print(f"   {f['name']} ({f['code']}): {f['domain']} decile {f['decile_from']} -> {f['decile_to']}, "
              f"rank {f['rank_from']} -> {f['rank_to']}")
    print(f"   {result['LEFT_MOST_DEPRIVED']:.0f} of 3 buurten leave the most deprived decile")
    done(t0, "layers 'scenario_bijstand' and 'scenario_decielwijzigingen'", gpkg)

    t0 = step("Themed maps: a theme map PDF and a wijk atlas with wijkprofiel (per wijk a map and a profile page)")
    from qgis.core import QgsVectorLayer

    container = QgsVectorLayer(str(gpkg), "l", "ogr")
    layers = [s.split("!!::!!")[1] for s in container.dataProvider().subLayers()]
    source, field = f"{gpkg}|layername=buurten", "percentageHuishoudensMetLaagInkomen"
    if "achterstandsmonitor" in layers:
        index_layer = QgsVectorLayer(f"{gpkg}|layername=achterstandsmonitor", "index", "ogr")
        if {"index_decile", "wijkcode"} <= set(index_layer.fields().names()):
            source, field = f"{gpkg}|layername=achterstandsmonitor", "index_decile"
    maps = OUT / "kaarten"
    processing.run("wijkmonitor:exportmaps", {"INPUT": source, "FIELDS": [field], "FORMAT": 0, "DPI": 200,
                                              "OUTPUT_FOLDER": str(maps)})
    done(t0, f"theme map of {field} (PDF and PNG)", maps / f"{field}.pdf")
    t0 = time.perf_counter()
    atlas = OUT / "wijkatlas_amsterdam.pdf"
    result = processing.run("wijkmonitor:exportatlas", {"INPUT": source, "FIELD": field, "DPI": 150,
                                                        "OUTPUT": str(atlas)})
    done(t0, f"wijk atlas, {result['AREAS']:.0f} wijken, {result['PAGES']:.0f} pages", atlas)

    print(f"\nDone. Open {gpkg.relative_to(qgisapp.ROOT)} in QGIS.")
    del buurten
    return 0


if __name__ == "__main__":
    sys.exit(main())
