"""`make demo`: the Wijkmonitor chain, headless, on the bundled Amsterdam sample.

Each step runs a Wijkmonitor Processing algorithm exactly as a user's model would and
writes its result under out/. The script prints what it wrote where.
"""

from __future__ import annotations

import csv
import json
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


def national_reference(target: Path):
    """All 14,574 Dutch buurten of 2024 as a national reference for the index (a delimited-text layer).

    From the real national table in tests/data/nl/national_2024/: the Kerncijfers columns renamed to
    their CBS keys without the year suffix (as wijkmonitor:downloadcbstable names them, so the preset
    finds them), crime per 1,000 inhabitants and perceived health as in resources/sample/.
    """
    source = qgisapp.ROOT / "tests" / "data" / "nl" / "national_2024"
    with open(source / "field_sources.csv", encoding="utf-8") as f:
        keys = {row["field"]: row["source_key_or_definition"].rsplit("_", 1)[0] for row in csv.DictReader(f)
                if row["source_table"].startswith("85984NED")}
    with open(source / "nl_gm_wk_bu_2024_kwb18_misdrijven_2021_2025_gezondheid.csv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    columns = ["statcode", "statnaam", "gemeentecode", "wijkcode", *keys.values(), "misdrijven_per_1000",
               "ervaren_gezondheid_goed_pct"]
    with open(target, "w", encoding="utf-8", newline="") as f:
        out = csv.writer(f)
        out.writerow(columns)
        for row in rows:
            if row["level"] != "buurt":
                continue
            inhabitants, crimes = row["inwoners"], row["misdrijven_2024"]
            rate = f"{float(crimes) / float(inhabitants) * 1000:.1f}" if crimes and inhabitants and \
                float(inhabitants) > 0 else ""
            out.writerow([row["statcode"], row["statnaam"], row["gemeentecode"], row["wijkcode"],
                          *(row[k] for k in keys), rate, row["goed_ervaren_gezondheid_2024"]])
    from qgis.core import QgsVectorLayer

    return QgsVectorLayer(f"file://{target}?delimiter=,&detectTypes=yes&geomType=none", "referentie", "delimitedtext")


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
    sample = qgisapp.ROOT / "resources" / "sample"
    ses = sample / "statline_85163NED_ses_woa_amsterdam_2019.csv"
    joined = processing.run("wijkmonitor:joinindicators", {
        "INPUT": f"{gpkg}|layername=buurten", "TABLE_FILE": str(ses), "OUTPUT": "TEMPORARY_OUTPUT",
        "REPORT": str(OUT / "rapport_koppeling_ses_woa.csv")})
    print(f"   SES-WOA 2019: {joined['MATCHED']} of 519 buurten matched (by name: Amsterdam renumbered its "
          "buurten in 2022)")
    layer = joined["OUTPUT"]
    for title, name, report_name in (
            ("registered crime 2024 (police via CBS)", "politie_47022NED_misdrijven_amsterdam_2024.csv",
             "rapport_koppeling_misdrijven_2024.csv"),
            ("perceived health 2024 (GGD health monitor)", "rivm_50150NED_ervaren_gezondheid_amsterdam_2024.csv",
             "rapport_koppeling_gezondheid_2024.csv")):
        joined = processing.run("wijkmonitor:joinindicators", {
            "INPUT": layer, "TABLE_FILE": str(sample / name), "OUTPUT": "TEMPORARY_OUTPUT",
            "REPORT": str(OUT / report_name)})
        layer = joined["OUTPUT"]
        with open(OUT / report_name, encoding="utf-8") as f:
            unmatched = [row["key"] for row in csv.DictReader(f) if row["status"] == "no table row"]
        print(f"   {title}: {joined['MATCHED']} of 519 buurten matched by code"
              + (f"; not in the 2024 table: {', '.join(str(u) for u in unmatched)}" if unmatched else "")
              + f" (out/{report_name})")
    result = processing.run("wijkmonitor:computeindicators", {
        "INPUT": layer, "OUTPUT": f"ogr:dbname='{gpkg}' table=buurten_indicatoren (geom)",
        "REPORT": str(OUT / "rapport_catalogus.csv")})
    print(f"   {result['COMPUTED']} catalogue indicators computed, {result['MISSING']} missing "
          "(reasons in out/rapport_catalogus.csv)")
    done(t0, "layer 'buurten_indicatoren'", gpkg)

    t0 = step("Achterstandsmonitor: deprivation index per buurt (built-in Dutch definition), national deciles, "
              "rank stability")
    report = OUT / "achterstandsmonitor_report.html"
    reference = national_reference(OUT / "landelijke_referentie_buurten_2024.csv")
    result = processing.run("wijkmonitor:deprivationindex", {
        "INPUT": index_input(gpkg), "POPULATION_FIELD": "aantalInwoners", "MIN_POPULATION": 100,
        "GROUP_FIELD": "wijkcode", "REFERENCE": reference, "UNCERTAINTY": True, "UNCERTAINTY_DRAWS": 200,
        "OUTPUT": f"ogr:dbname='{gpkg}' table=achterstandsmonitor (geom)", "REPORT": str(report.with_suffix(".json"))})
    print(f"   domains: {result['DOMAINS']}; left out: {result['LEFT_OUT_DOMAINS'] or '-'}")
    summary = json.loads(report.with_suffix(".json").read_text(encoding="utf-8"))
    coverage, national, robust = summary["coverage"], summary["national"], summary["uncertainty"]
    print(f"   {coverage['with_index']} of the {coverage['eligible']} buurten with at least 100 inhabitants have an "
          f"index score; {coverage['with_borrowed_domains']} borrowed a domain from their wijk or gemeente")
    deciles = national["national_deciles_of_input"]
    print(f"   national deciles ({national['reference_areas_with_index']} Dutch buurten, domains "
          f"{', '.join(national['domains'])}): {deciles.get('1', 0)} Amsterdam buurten in the most deprived "
          f"national decile, {deciles.get('10', 0)} in the least deprived")
    top = max(robust["sensitivity"], key=lambda r: r["total"]) if robust["sensitivity"] else None
    print(f"   rank stability ({robust['draws']} runs, seed {robust['seed']}): median decile stability "
          f"{robust['decile_stability_median']:.0%}"
          + (f"; the choice that moves ranks most: {top['label']} (total sensitivity index {top['total']:.2f})"
             if top else ""))
    done(t0, "layer 'achterstandsmonitor'", gpkg)
    print(f"   wrote the report: {report.relative_to(qgisapp.ROOT)} (and the JSON beside it)")

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
    prefix = result["SCENARIOS"]
    scenario_layer = QgsVectorLayer(f"{gpkg}|layername=scenario_bijstand", "scenario", "ogr")
    bijstand = "aantalPersonenMetEenAlgBijstandsuitkeringTot"
    for f in scenario_layer.getFeatures():
        if f["statcode"] in {c for _, c, _ in three}:
            print(f"   {f['statnaam']}: bijstand {f[bijstand]:.0f} -> {f[bijstand] * 0.8:.0f}, work rank "
                  f"{f['work_rank']} -> {f[prefix + '_work_rank']}, index rank {f['index_rank']} -> "
                  f"{f[prefix + '_index_rank']}, index decile {f['index_decile']} -> {f[prefix + '_index_decile']}")
    print(f"   {result['LEFT_MOST_DEPRIVED']:.0f} of 3 buurten leave the most deprived decile; "
          f"{result['AREAS_CHANGING_DECILE']:.0f} decile change(s) in all")
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

    if source.endswith("achterstandsmonitor"):
        t0 = step("Facts and perceptions in the atlas: the wijkprofiel and the hotspots of the index, a third page per "
                  "wijk")
        processing.run("wijkmonitor:wijkprofile", {
            "INPUT": source, "POPULATION_FIELD": "aantalInwoners", "OUTPUT": f"ogr:dbname='{gpkg}' table=wijkprofiel "
                                                                             "(geom)"})
        hotspots = processing.run("wijkmonitor:hotspots", {
            "INPUT": f"{gpkg}|layername=wijkprofiel", "FIELD": "index_score", "FDR": True,
            "OUTPUT": f"ogr:dbname='{gpkg}' table=feiten_en_beleving (geom)"})
        print(f"   hotspots of the index score: {hotspots['HOTSPOTS']:.0f} buurten in hotspots, "
              f"{hotspots['COLDSPOTS']:.0f} in coldspots (false-discovery-rate control)")
        atlas = OUT / "wijkatlas_feiten_beleving.pdf"
        result = processing.run("wijkmonitor:exportatlas", {"INPUT": f"{gpkg}|layername=feiten_en_beleving",
                                                            "FIELD": "index_decile", "DPI": 100, "OUTPUT": str(atlas)})
        done(t0, f"wijk atlas with facts and perceptions, {result['AREAS']:.0f} wijken, {result['PAGES']:.0f} pages",
             atlas)

    print(f"\nDone. Open {gpkg.relative_to(qgisapp.ROOT)} in QGIS.")
    del buurten
    return 0


if __name__ == "__main__":
    sys.exit(main())
