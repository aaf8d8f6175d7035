"""Rebuild the per-year lists of gemeenten and their changes in resources/municipalities/ from real map layers.

Run ``.venv/bin/python scripts/make_municipality_lists.py`` after adding a year's ``gemeenten`` layer
to ``LAYERS``. Each list holds the codes and names of one year's CBS Wijk- en Buurtkaart
``gemeenten`` layer (without GM0998 "Buitenland", which is no municipality). ``changes.json``
holds every municipality that disappears between two consecutive lists, with its successor(s)
found by area overlap of the polygons (share of the former municipality's area in each
successor). Only the GDAL Python bindings that QGIS ships are needed.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NL = ROOT / "tests" / "data" / "nl"
OUT = ROOT / "resources" / "municipalities"
#: year -> (gemeenten layer, where it came from)
LAYERS = {
    2019: (NL / "gemeenten_2019_2022_2024" / "gemeenten_2019.geojson",
           "CBS Wijk- en Buurtkaart 2019, layer gemeenten, via PDOK (codes and names only)"),
    2022: (NL / "gemeenten_2019_2022_2024" / "gemeenten_2022.geojson",
           "CBS Wijk- en Buurtkaart 2022, layer gemeenten, via PDOK (codes and names only)"),
    2023: (NL / "gemeenten_2023_pdok_wfs_wgs84_simplified.geojson",
           "CBS Wijk- en Buurtkaart 2023, layer gemeenten, via PDOK WFS "
           "service.pdok.nl/cbs/wijkenbuurten/2023/wfs/v1_0 (codes and names only)"),
    2024: (NL / "gemeenten_2019_2022_2024" / "gemeenten_2024.geojson",
           "CBS Wijk- en Buurtkaart 2024, layer gemeenten, via PDOK (codes and names only)"),
}
NOT_A_MUNICIPALITY = {"GM0998"}  # Buitenland
#: a successor is listed when it holds at least this share of the former municipality's area
MIN_SHARE = 0.02
#: effective years documented beyond the lists themselves (the lists only bound them)
DOCUMENTED_SINCE = {
    "GM0856": (2022, "Uden and Landerd became Maashorst on 1 January 2022 (CBS, gemeentelijke indeling)"),
    "GM1685": (2022, "Uden and Landerd became Maashorst on 1 January 2022 (CBS, gemeentelijke indeling)"),
}


def read_layer(path: Path) -> dict:
    """{code: (name, geometry in EPSG:28992)} of a gemeenten layer."""
    from osgeo import gdal, ogr, osr

    gdal.PushErrorHandler("CPLQuietErrorHandler")  # the simplified polygons have known self-intersections
    source = osr.SpatialReference()
    source.ImportFromEPSG(4326)
    source.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    target = osr.SpatialReference()
    target.ImportFromEPSG(28992)
    transform = osr.CoordinateTransformation(source, target)
    ds = ogr.Open(str(path))
    layer = ds.GetLayer(0)
    out = {}
    for feature in layer:
        code = feature.GetField("gemeentecode").strip()
        if code in NOT_A_MUNICIPALITY:
            continue
        geometry = feature.GetGeometryRef().Clone()
        geometry.Transform(transform)
        if not geometry.IsValid():
            geometry = geometry.Buffer(0)
        out[code] = (feature.GetField("gemeentenaam").strip(), geometry)
    return out


def successors(former, later: dict) -> list[dict]:
    """The municipalities of ``later`` that cover ``former``'s area, largest share first."""
    area = former.GetArea()
    shares = []
    for code, (name, geometry) in later.items():
        if not geometry.Intersects(former):
            continue
        share = former.Intersection(geometry).GetArea() / area if area else 0.0
        if share >= MIN_SHARE:
            shares.append({"code": code, "name": name, "share": round(share, 2)})
    return sorted(shares, key=lambda s: -s["share"])


def derive(layers: dict = LAYERS) -> tuple[dict, list]:
    """({year: [(code, name), …]}, changes) from the gemeenten layers."""
    read = {year: read_layer(path) for year, (path, _source) in sorted(layers.items())}
    lists = {year: sorted((code, name) for code, (name, _g) in rows.items()) for year, rows in read.items()}
    changes = []
    years = sorted(read)
    for earlier, later in zip(years, years[1:]):
        for code, (name, geometry) in sorted(read[earlier].items()):
            if code in read[later]:
                continue
            change = {"code": code, "name": name, "last_year": earlier, "gone_by": later,
                      "successors": successors(geometry, read[later])}
            if code in DOCUMENTED_SINCE:
                change["since"], change["since_source"] = DOCUMENTED_SINCE[code]
            changes.append(change)
    return lists, changes


def list_text(year: int, rows) -> str:
    """A year's list as JSON with one municipality per line."""
    head = {"source": LAYERS[year][1], "licence": "CC BY 4.0", "attribution": "Bron: CBS", "year": year,
            "columns": ["code", "name"]}
    lines = ["{"] + [f" {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}," for k, v in head.items()]
    body = [f"  {json.dumps(list(r), ensure_ascii=False)}" for r in sorted(rows, key=lambda r: r[0])]
    return "\n".join(lines + [' "municipalities": [', ",\n".join(body), " ]", "}"]) + "\n"


def write(lists: dict, changes: list, out: Path = OUT) -> list[Path]:
    written = []
    for year, rows in lists.items():
        path = out / f"gemeenten_{year}.json"
        path.write_text(list_text(year, rows), encoding="utf-8")
        written.append(path)
    path = out / "changes.json"
    data = {"source": "derived from the gemeenten layers of the lists in this folder: a municipality that is in one "
                      "year's list and not in the next; its successors by the share of its area they cover",
            "licence": "CC BY 4.0", "attribution": "Bron: CBS", "changes": changes}
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    written.append(path)
    return written


def main() -> int:
    lists, changes = derive()
    for path in write(lists, changes):
        print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
