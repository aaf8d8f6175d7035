"""wijkmonitor:reallocate on synthetic maps whose overlaps are known exactly (rectangles).

Every case is checked against values the test computes itself from the rectangles' overlap
areas, not against the algorithm's own arithmetic: counts divide by overlap, totals are
conserved per gemeente, rates are recomputed from moved numerators and denominators (never
averaged), unchanged areas keep their values exactly, medians and index fields are not moved.
The random cases (property tests over seeds) split and merge a strip of buurten at random.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from qgis.core import NULL, QgsFeature, QgsGeometry, QgsPointXY, QgsRectangle, QgsVectorLayer

from wijkmonitor_plugin.core import reallocate as ra
from wijkmonitor_plugin.core.catalogue import load_catalogue

CRS = "EPSG:28992"
FIELDS = ("aantalInwoners", "aantalHuishoudens", "percentageHuishoudensMetLaagInkomen",
          "mediaanVermogenVanParticuliereHuish", "index_score")


def rect(x0, y0, x1, y1) -> QgsGeometry:
    return QgsGeometry.fromRect(QgsRectangle(x0, y0, x1, y1))


def polygon_layer(rows, extra_fields=(), crs=CRS, name="areas") -> QgsVectorLayer:
    """A memory layer: rows of (statcode, geometry, {field: value})."""
    numeric = sorted({k for _, _, values in rows for k in values if k not in extra_fields})
    spec = "&".join(["field=statcode:string"] + [f"field={f}:double" for f in numeric] +
                     [f"field={f}:string" for f in extra_fields])
    layer = QgsVectorLayer(f"MultiPolygon?crs={crs}&{spec}", name, "memory")
    features = []
    for code, geom, values in rows:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(geom)
        feature["statcode"] = code
        for key, value in values.items():
            feature[key] = value
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def frame(layer) -> pd.DataFrame:
    return pd.DataFrame([[None if v == NULL else v for v in f.attributes()] for f in layer.getFeatures()],
                        columns=layer.fields().names())


def run(run_alg, source, target, **params):
    result = run_alg("wijkmonitor:reallocate", dict({"INPUT": source, "TARGET": target, "OUTPUT": "TEMPORARY_OUTPUT",
                                                     "TOTALS": "TEMPORARY_OUTPUT", "LINKS": "TEMPORARY_OUTPUT"},
                                                    **params))
    return result, frame(result["OUTPUT"]).set_index("statcode")


def test_a_split_buurt_divides_its_counts_by_overlap(run_alg):
    source = polygon_layer([("BU00010001", rect(0, 0, 600, 100), {
        "aantalInwoners": 600, "aantalHuishoudens": 300, "percentageHuishoudensMetLaagInkomen": 12.5,
        "mediaanVermogenVanParticuliereHuish": 40, "index_score": 3.2})])
    target = polygon_layer([("BU00010011", rect(0, 0, 100, 100), {}), ("BU00010012", rect(100, 0, 300, 100), {}),
                            ("BU00010013", rect(300, 0, 600, 100), {})])
    result, out = run(run_alg, source, target)
    assert list(out["reallocation"]) == ["split"] * 3
    assert out["aantalInwoners"].tolist() == pytest.approx([100, 200, 300])  # 1 : 2 : 3 by area
    assert out["aantalHuishoudens"].tolist() == pytest.approx([50, 100, 150])
    assert out["percentageHuishoudensMetLaagInkomen"].tolist() == pytest.approx([12.5] * 3)
    assert out["mediaanVermogenVanParticuliereHuish"].isna().all()  # a median of a part is unknown
    assert out["index_score"].isna().all()
    assert out["share_matched"].tolist() == pytest.approx([1, 1, 1])
    assert set(out["source_codes"]) == {"BU00010001"}


def test_a_merge_recomputes_the_rate_and_never_averages_it(run_alg):
    source = polygon_layer([
        ("BU00010001", rect(0, 0, 100, 100), {"aantalHuishoudens": 100, "percentageHuishoudensMetLaagInkomen": 10,
                                              "aantalInwoners": 150}),
        ("BU00010002", rect(100, 0, 400, 100), {"aantalHuishoudens": 300, "percentageHuishoudensMetLaagInkomen": 50,
                                                "aantalInwoners": 700})])
    target = polygon_layer([("BU00010010", rect(0, 0, 400, 100), {})])
    result, out = run(run_alg, source, target, MEAN_FIELDS=["percentageHuishoudensMetLaagInkomen"],
                      SUM_FIELDS=["aantalInwoners"])
    row = out.loc["BU00010010"]
    assert row["reallocation"] == "merged" and row["source_areas"] == 2
    assert row["aantalInwoners"] == 850  # exactly the sum
    assert row["percentageHuishoudensMetLaagInkomen"] == pytest.approx(40.0)  # (10·100 + 50·300) / 400
    assert row["percentageHuishoudensMetLaagInkomen"] != pytest.approx(30.0)  # not the average of 10 and 50
    assert row["source_codes"] == "BU00010001,BU00010002"


def test_an_unchanged_area_keeps_its_values_exactly(run_alg):
    values = {"aantalInwoners": 1234.0, "aantalHuishoudens": 611.0, "percentageHuishoudensMetLaagInkomen": 17.3,
              "mediaanVermogenVanParticuliereHuish": 41.7, "index_score": -0.123456789}
    source = polygon_layer([("BU00010001", rect(0, 0, 300, 200), values),
                            ("BU00010002", rect(300, 0, 500, 200), dict(values, aantalInwoners=99.0))])
    target = polygon_layer([("BU00010001", rect(0, 0, 300, 200), {}),  # same code, same area
                            ("BU0001AA02", rect(300, 0, 500, 200), {})])  # recoded (Amsterdam style)
    result, out = run(run_alg, source, target)
    assert out.loc["BU00010001", "reallocation"] == "same"
    assert out.loc["BU0001AA02", "reallocation"] == "recoded"
    for name, value in values.items():
        assert out.loc["BU00010001", name] == value  # exactly, medians and index scores too
    assert out.loc["BU0001AA02", "aantalInwoners"] == 99.0


def test_a_boundary_drawn_a_few_metres_apart_counts_as_unchanged_with_a_tolerance(run_alg):
    """A generalised and a detailed map: the shared boundary of two buurten lies 6 m apart."""
    source = polygon_layer([("BU00010001", rect(0, 0, 300, 300), {"aantalInwoners": 900.0}),
                            ("BU00010002", rect(300, 0, 600, 300), {"aantalInwoners": 300.0})])
    target = polygon_layer([("BU0001AA01", rect(0, 0, 306, 300), {}), ("BU0001AA02", rect(306, 0, 600, 300), {})])
    _, exact = run(run_alg, source, target)
    assert exact["reallocation"].tolist() == ["redrawn", "split"]  # 2 % of the second buurt moved
    _, tolerant = run(run_alg, source, target, TOLERANCE=10)
    assert tolerant["reallocation"].tolist() == ["recoded", "recoded"]
    assert tolerant["aantalInwoners"].tolist() == [900.0, 300.0]  # exactly the old figures


def test_fields_unknown_to_the_catalogue_are_weighted_by_the_moved_weight(run_alg):
    source = polygon_layer([("BU00010001", rect(0, 0, 100, 100), {"Population_Total": 100, "Pct_Owner": 20}),
                            ("BU00010002", rect(100, 0, 200, 100), {"Population_Total": 300, "Pct_Owner": 60})])
    target = polygon_layer([("BU00019999", rect(0, 0, 200, 100), {})])
    _, by_area = run(run_alg, source, target, SUM_FIELDS=["Population_Total"], MEAN_FIELDS=["Pct_Owner"])
    assert by_area.loc["BU00019999", "Pct_Owner"] == pytest.approx(40.0)  # equal land areas
    _, by_people = run(run_alg, source, target, SUM_FIELDS=["Population_Total"], MEAN_FIELDS=["Pct_Owner"],
                       MEAN_WEIGHT_FIELD="Population_Total")
    assert by_people.loc["BU00019999", "Pct_Owner"] == pytest.approx(50.0)  # (20·100 + 60·300) / 400


def test_land_area_keeps_people_out_of_a_water_only_buurt(run_alg):
    source = polygon_layer([("BU00010001", rect(0, 0, 200, 100), {"aantalInwoners": 500})])
    target = polygon_layer([
        ("BU00010011", rect(0, 0, 100, 100), {"oppervlakteLandInHa": 1.0, "oppervlakteTotaalInHa": 1.0}),
        ("BU00010012", rect(100, 0, 200, 100), {"oppervlakteLandInHa": 0.0, "oppervlakteTotaalInHa": 1.0})])
    _, out = run(run_alg, source, target, SUM_FIELDS=["aantalInwoners"])
    assert out.loc["BU00010011", "aantalInwoners"] == pytest.approx(500)
    assert out.loc["BU00010012", "aantalInwoners"] == pytest.approx(0)


def _points(rows, crs=CRS, with_field=True):
    layer = QgsVectorLayer(f"Point?crs={crs}" + ("&field=inwoners:double" if with_field else ""), "w", "memory")
    features = []
    for x, y, w in rows:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        if with_field:
            feature["inwoners"] = w
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def test_address_points_weight_the_overlap(run_alg):
    source = polygon_layer([("BU00010001", rect(0, 0, 200, 100), {"aantalInwoners": 400, "aantalHuishoudens": 200})])
    target = polygon_layer([("BU00010011", rect(0, 0, 100, 100), {}), ("BU00010012", rect(100, 0, 200, 100), {})])
    # all addresses in the western half; a CBS secrecy code (-99997) and NULL count as no weight
    weights = _points([(10, 10, 3), (50, 50, 1), (90, 90, 4), (150, 50, -99997), (160, 50, None)])
    result, out = run(run_alg, source, target, WEIGHT_LAYER=weights, WEIGHT_FIELD="inwoners")
    assert out.loc["BU00010011", "aantalInwoners"] == pytest.approx(400)
    assert out.loc["BU00010012", "aantalInwoners"] == pytest.approx(0)
    # the same addresses in EPSG:4326 (the weight layer is transformed to the map's CRS)
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject

    to_wgs84 = QgsCoordinateTransform(QgsCoordinateReferenceSystem(CRS), QgsCoordinateReferenceSystem("EPSG:4326"),
                                      QgsProject.instance())
    lonlat = [(p.x(), p.y(), w) for (x, y, w) in [(10, 10, 3), (50, 50, 1), (150, 50, 0)]
              for p in [to_wgs84.transform(QgsPointXY(x, y))]]
    _, by_wgs84 = run(run_alg, source, target, WEIGHT_LAYER=_points(lonlat, crs="EPSG:4326"), WEIGHT_FIELD="inwoners")
    assert by_wgs84.loc["BU00010011", "aantalInwoners"] == pytest.approx(400)
    counted = _points([(10, 10, 0), (150, 50, 0), (160, 50, 0), (170, 50, 0)], with_field=False)
    _, by_count = run(run_alg, source, target, WEIGHT_LAYER=counted)  # each address counts 1
    assert by_count.loc["BU00010011", "aantalInwoners"] == pytest.approx(100)
    assert by_count.loc["BU00010012", "aantalInwoners"] == pytest.approx(300)


def test_a_population_grid_weights_by_the_share_of_each_cell(run_alg):
    source = polygon_layer([("BU00010001", rect(0, 0, 200, 100), {"aantalInwoners": 1000})])
    target = polygon_layer([("BU00010011", rect(0, 0, 150, 100), {}), ("BU00010012", rect(150, 0, 200, 100), {})])
    grid = polygon_layer([("c1", rect(0, 0, 100, 100), {"inwoners": 10}),
                          ("c2", rect(100, 0, 200, 100), {"inwoners": 30})], name="grid")
    _, out = run(run_alg, source, target, WEIGHT_LAYER=grid, WEIGHT_FIELD="inwoners")
    # target 1: all of c1 (10) and half of c2 (15) = 25 of 40
    assert out.loc["BU00010011", "aantalInwoners"] == pytest.approx(1000 * 25 / 40)
    assert out.loc["BU00010012", "aantalInwoners"] == pytest.approx(1000 * 15 / 40)


def test_cbs_flag_is_read_and_compared(run_alg):
    source = polygon_layer([("BU00010001", rect(0, 0, 100, 100), {"aantalInwoners": 10}),
                            ("BU00010002", rect(100, 0, 300, 100), {"aantalInwoners": 20})])
    target = polygon_layer([("BU00010001", rect(0, 0, 100, 100), {"indelingswijzigingWijkenEnBuurten": 1}),
                            ("BU00010003", rect(100, 0, 200, 100), {"indelingswijzigingWijkenEnBuurten": 3}),
                            ("BU00010004", rect(200, 0, 300, 100), {"indelingswijzigingWijkenEnBuurten": 1})])
    _, out = run(run_alg, source, target)
    assert out["cbs_indelingswijziging"].tolist() == [1, 3, 1]
    assert out["cbs_agrees"].tolist() == [1, 1, 0]  # the last one was split, CBS says unchanged


def test_a_target_without_source_and_the_part_outside_the_target_map(run_alg):
    source = polygon_layer([("BU00010001", rect(0, 0, 100, 100), {"aantalInwoners": 100})])
    target = polygon_layer([("BU00010001", rect(0, 0, 50, 100), {}), ("BU00020001", rect(500, 0, 600, 100), {})])
    result, out = run(run_alg, source, target, SUM_FIELDS=["aantalInwoners"])
    assert out.loc["BU00020001", "reallocation"] == "none" and np.isnan(out.loc["BU00020001", "aantalInwoners"])
    assert out.loc["BU00010001", "aantalInwoners"] == pytest.approx(50)  # the other half lies outside the target map
    totals = frame(result["TOTALS"]).set_index("gemeentecode")
    assert totals.loc["GM0001", "source_total"] == 100 and totals.loc["GM0001", "not_moved"] == pytest.approx(50)


def test_chosen_text_fields_are_refused(run_alg):
    from qgis.core import QgsProcessingException

    source = polygon_layer([("BU00010001", rect(0, 0, 100, 100), {"aantalInwoners": 1, "naam": "x"})],
                           extra_fields=("naam",))
    target = polygon_layer([("BU00010001", rect(0, 0, 100, 100), {})])
    with pytest.raises(QgsProcessingException, match="not numeric"):
        run(run_alg, source, target, SUM_FIELDS=["naam"])


def test_keeping_the_target_fields_needs_a_suffix_when_names_clash(run_alg):
    from qgis.core import QgsProcessingException

    source = polygon_layer([("BU00010001", rect(0, 0, 100, 100), {"aantalInwoners": 5})])
    target = polygon_layer([("BU00010001", rect(0, 0, 100, 100), {"aantalInwoners": 7})])
    with pytest.raises(QgsProcessingException, match="suffix"):
        run(run_alg, source, target, KEEP_TARGET_FIELDS=True)
    _, out = run(run_alg, source, target, KEEP_TARGET_FIELDS=True, SUFFIX="_2019")
    assert out.loc["BU00010001", "aantalInwoners"] == 7 and out.loc["BU00010001", "aantalInwoners_2019"] == 5


# -- property tests: random splits and merges ---------------------------------------------------

def _random_maps(seed):
    """Two maps of the same 1000 × 200 m strip in two gemeenten: random cuts, some kept, some merged."""
    rng = np.random.default_rng(seed)
    cuts = np.unique(np.round(np.sort(rng.uniform(0, 1000, rng.integers(4, 12))), 1))
    cuts = cuts[(cuts > 1) & (cuts < 999) & (np.abs(cuts - 500) > 1)]
    edges = np.concatenate([[0.0, 500.0, 1000.0], cuts])
    edges = np.unique(edges)
    sources, expected_src = [], []
    for i, (a, b) in enumerate(zip(edges[:-1], edges[1:])):
        gm = "0001" if b <= 500 else "0002"
        hh = float(rng.integers(10, 500))
        values = {"aantalInwoners": float(rng.integers(0, 2000)), "aantalHuishoudens": hh,
                  "percentageHuishoudensMetLaagInkomen": float(np.round(rng.uniform(0, 60), 1))}
        sources.append((f"BU{gm}{i:04d}", rect(a, 0, b, 200), values))
        expected_src.append((a, b, gm, values))
    # target: keep some source edges, drop others (merge), add new cuts (split); keep the gemeente border
    keep = edges[(rng.random(len(edges)) < 0.5) | np.isin(edges, [0.0, 500.0, 1000.0])]
    new = np.round(rng.uniform(0, 1000, rng.integers(1, 6)), 1)
    t_edges = np.unique(np.concatenate([keep, new[(np.abs(new[:, None] - edges[None, :]) > 1).all(axis=1)]]))
    targets = []
    for j, (a, b) in enumerate(zip(t_edges[:-1], t_edges[1:])):
        gm = "0001" if b <= 500 else "0002"
        targets.append((f"BU{gm}9{j:03d}", rect(a, 0, b, 200), {}))
    return sources, targets, expected_src, t_edges


@pytest.mark.parametrize("seed", range(8))
def test_random_splits_and_merges_conserve_counts_and_recompute_rates(run_alg, seed):
    sources, targets, src, t_edges = _random_maps(seed)
    result, out = run(run_alg, polygon_layer(sources), polygon_layer(targets))
    # expected values from the rectangles themselves
    for code, (a, b) in zip([t[0] for t in targets], zip(t_edges[:-1], t_edges[1:])):
        inw = hh = low = 0.0
        for s_a, s_b, _, values in src:
            overlap = max(0.0, min(b, s_b) - max(a, s_a)) / (s_b - s_a)
            if overlap <= 0:
                continue
            inside = (min(b, s_b) - max(a, s_a)) / (s_b - s_a) >= 0.99
            share = 1.0 if inside else overlap
            inw += values["aantalInwoners"] * share
            hh += values["aantalHuishoudens"] * share
            low += values["percentageHuishoudensMetLaagInkomen"] * values["aantalHuishoudens"] * share
        row = out.loc[code]
        assert row["aantalInwoners"] == pytest.approx(inw, rel=1e-9, abs=1e-6)
        assert row["aantalHuishoudens"] == pytest.approx(hh, rel=1e-9, abs=1e-6)
        assert row["percentageHuishoudensMetLaagInkomen"] == pytest.approx(low / hh, rel=1e-9)
    # totals conserved per gemeente (the strip is covered by both maps)
    for gm in ("0001", "0002"):
        src_total = sum(v["aantalInwoners"] for _, _, g, v in src if g == gm)
        assert out.loc[out["gemeentecode"] == f"GM{gm}", "aantalInwoners"].sum() == pytest.approx(src_total)
    totals = frame(result["TOTALS"])
    assert totals["not_moved"].abs().max() == pytest.approx(0, abs=1e-6)
    inw = totals[totals["field"] == "aantalInwoners"].set_index("gemeentecode")
    assert np.allclose(inw["source_total"], inw["received"])
    # the links say the same: per source the fractions add up to 1
    links = frame(result["LINKS"])
    assert np.allclose(links.groupby("source_code")["fraction_moved"].sum(), 1.0)


# -- the core on its own ------------------------------------------------------------------------

def test_core_classification_of_pieces():
    """Pieces as the overlay gives them: same, recoded, split, merged and redrawn by the 99 % rule."""
    pieces = pd.DataFrame({
        "source": [1, 2, 3, 3, 4, 5, 6, 6, 7],
        "target": [10, 11, 12, 13, 14, 14, 15, 16, 16],
        "area": [100.0, 100.0, 60.0, 40.0, 50.0, 50.0, 70.0, 30.0, 70.0],
    })
    pieces["robust"] = pieces["area"]
    src = pd.Series({1: "BU00010001", 2: "BU00010002", 3: "BU00010003", 4: "BU00010004", 5: "BU00010005",
                     6: "BU00010006", 7: "BU00010007"})
    tgt = pd.Series({10: "BU00010001", 11: "BU0001AA02", 12: "BU00010012", 13: "BU00010013", 14: "BU00010014",
                     15: "BU00010015", 16: "BU00010016", 17: "BU00010017"})
    kind, whole, drop = ra.classify(pieces, src, tgt)
    assert kind.to_dict() == {10: "same", 11: "recoded", 12: "split", 13: "split", 14: "merged", 15: "split",
                              16: "redrawn", 17: "none"}
    assert whole.to_dict() == {1: 10, 2: 11, 4: 14, 5: 14, 7: 16}
    assert not drop.any()


def test_core_field_roles_follow_the_catalogue():
    catalogue = load_catalogue()
    columns = ["statcode", "aantalInwoners", "percentageHuishoudensMetLaagInkomen", "aantalHuishoudens",
               "mediaanVermogenVanParticuliereHuish", "income_rank", "eigen_kolom", "GoedErvarenGezondheid"]
    roles = ra.field_roles(columns, columns[1:], catalogue, skip={"statcode"})
    assert roles.roles == {"aantalInwoners": "count", "percentageHuishoudensMetLaagInkomen": "mean",
                           "aantalHuishoudens": "count", "mediaanVermogenVanParticuliereHuish": "median",
                           "income_rank": "index", "GoedErvarenGezondheid": "weighted"}
    assert "eigen_kolom" in roles.not_moved
    chosen = ra.field_roles(columns, columns[1:], catalogue, mean_fields=["percentageHuishoudensMetLaagInkomen"])
    assert chosen.helpers == ["aantalHuishoudens"]  # its base moves along to recompute it


def test_the_output_is_drawn_by_how_each_area_changed(processing_ready, tmp_path):
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    source = polygon_layer([("BU00010001", rect(0, 0, 600, 100), {"aantalInwoners": 600})])
    target = polygon_layer([("BU00010011", rect(0, 0, 300, 100), {}), ("BU00010012", rect(300, 0, 600, 100), {})])
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    out = tmp_path / "moved.gpkg"
    before = set(QgsProject.instance().mapLayers())
    processing.runAndLoadResults("wijkmonitor:reallocate", {"INPUT": source, "TARGET": target, "OUTPUT": str(out)},
                                 context=context, feedback=QgsProcessingFeedback())
    loaded = [QgsProject.instance().mapLayer(i) for i in set(QgsProject.instance().mapLayers()) - before]
    layer = next(lay for lay in loaded if lay.fields().lookupField("reallocation") >= 0)
    renderer = layer.renderer()
    assert renderer.type() == "categorizedSymbol" and renderer.classAttribute() == "reallocation"
    assert {c.value() for c in renderer.categories()} == set(ra.KINDS)
    for lay in loaded:
        QgsProject.instance().removeMapLayer(lay.id())
