"""wijkmonitor:energytransition through processing.run and qgis_process, on the real Amsterdam sample."""

from __future__ import annotations

import json

import pandas as pd
import pytest
from qgis.core import NULL, QgsProject, QgsRuleBasedRenderer, QgsVectorLayer

from wijkmonitor_plugin.core import energy as en
from wijkmonitor_plugin.core.catalogue import load_catalogue


def texts(column) -> list:
    """A text column as a list, a missing value as None (pandas 3 reads it as NaN in a string column)."""
    return [None if pd.isna(v) else v for v in column]


def frame_of(layer) -> pd.DataFrame:
    names = layer.fields().names()
    return pd.DataFrame([[None if v == NULL else v for v in f.attributes()] for f in layer.getFeatures()],
                        columns=names).set_index("statcode")


@pytest.fixture(scope="module")
def sample_frame(sample_gpkg):
    return frame_of(QgsVectorLayer(sample_gpkg, "s", "ogr"))


def test_processing_run_writes_the_types_and_a_report(run_alg, sample_gpkg, sample_frame, tmp_path):
    report = tmp_path / "energie.json"
    result = run_alg("wijkmonitor:energytransition", {"INPUT": sample_gpkg, "OUTPUT": "TEMPORARY_OUTPUT",
                                                      "REPORT": str(report)})
    out = frame_of(result["OUTPUT"])
    assert len(out) == 519 and set(en.OUTPUT_COLUMNS) <= set(out.columns)
    assert set(sample_frame.columns) <= set(out.columns)  # the input fields are kept
    raw = sample_frame.reset_index()
    expected = en.classify(raw, en.resolve_inputs(load_catalogue(), raw.columns, frame=raw))
    assert texts(out[en.TYPE]) == texts(expected.frame[en.TYPE])  # NULL read back: None (pandas < 3) or NaN
    assert out[en.COST].round(2).fillna(-1).tolist() == expected.frame[en.COST].round(2).fillna(-1).tolist()
    assert result["TYPED"] + result["UNTYPED"] == 519 and result["UNTYPED"] == out[en.TYPE].isna().sum()
    assert result["COST_THRESHOLD_USED"] == pytest.approx(en.reference_cost(en.DEFAULT_PRICES))
    data = json.loads(report.read_text(encoding="utf-8"))
    assert (tmp_path / "energie.html").is_file()
    assert data["thresholds"]["income_measure"] == "lowest40" and len(data["areas"]) == 519
    missing = {a["code"]: a["missing"] for a in data["areas"] if a["missing"]}
    assert len(missing) == result["UNTYPED"]
    assert all(out.loc[code, en.MISSING] == text for code, text in missing.items())


def test_prices_and_thresholds_are_parameters(run_alg, sample_gpkg):
    base = {"INPUT": sample_gpkg, "OUTPUT": "TEMPORARY_OUTPUT", "GAS_PRICE": 1.0, "ELECTRICITY_PRICE": 0.25,
            "FIXED_COSTS": 0.0}
    cheap = frame_of(run_alg("wijkmonitor:energytransition", dict(base, COST_THRESHOLD=1000.0))["OUTPUT"])
    row = cheap.loc["BU0363AA01"]
    assert row[en.COST] == pytest.approx(row["gemiddeldAardgasverbruik"] + row["gemiddeldeElektriciteitslevering"] / 4)
    strict = frame_of(run_alg("wijkmonitor:energytransition", dict(base, COST_THRESHOLD=1e6, INCOME_THRESHOLD=101.0,
                                                                   DISTRICT_HEATING_THRESHOLD=100.0))["OUTPUT"])
    typed = strict[strict[en.TYPE].notna()]
    assert set(typed[en.TYPE]) <= {en.NO_PRIORITY, en.DISTRICT_HEATING}
    assert (strict[en.HIGH_COST].dropna() == 0).all() and (strict[en.LOW_INCOME].dropna() == 0).all()


def test_an_input_without_the_figures_is_refused(run_alg, tmp_path):
    layer = QgsVectorLayer("Polygon?crs=EPSG:28992&field=statcode:string&field=aantalInwoners:double", "x", "memory")
    from qgis.core import QgsFeature, QgsProcessingException

    feature = QgsFeature(layer.fields())  # one area: an empty layer has a message of its own
    feature.setAttributes(["BU03630000", 100.0])
    layer.dataProvider().addFeatures([feature])

    with pytest.raises(QgsProcessingException, match="gas use, electricity supply, income"):
        run_alg("wijkmonitor:energytransition", {"INPUT": layer, "OUTPUT": "TEMPORARY_OUTPUT"})


def test_the_output_is_styled_when_loaded(processing_ready, sample_gpkg):
    import processing

    result = processing.runAndLoadResults("wijkmonitor:energytransition", {"INPUT": sample_gpkg,
                                                                           "OUTPUT": "TEMPORARY_OUTPUT"})
    layer = QgsProject.instance().mapLayer(result["OUTPUT"])
    try:
        renderer = layer.renderer()
        assert isinstance(renderer, QgsRuleBasedRenderer)
        rules = renderer.rootRule().children()
        assert [r.label() for r in rules] == [en.type_label(t) for t in en.TYPES] + [en.type_label(None)]
        assert rules[0].filterExpression() == f"\"energietype\" = '{en.SUBSIDY_ADVICE}'"
        assert rules[-1].filterExpression() == "\"energietype\" IS NULL"
        assert rules[0].symbol().color().name() == en.TYPE_COLOURS[en.SUBSIDY_ADVICE]
        assert layer.fields().field(en.COST).alias().startswith("Estimated energy cost")
    finally:
        QgsProject.instance().removeAllMapLayers()


def test_qgis_process(qgis_process, sample_gpkg, tmp_path):
    out = tmp_path / "energie.gpkg"
    proc = qgis_process(["run", "wijkmonitor:energytransition", "--json", "--", f"INPUT={sample_gpkg}",
                         "INCOME_MEASURE=1", "TENURE_THRESHOLD=60", f"OUTPUT={out}",
                         f"REPORT={tmp_path / 'energie.html'}"])
    results = json.loads(proc.stdout[proc.stdout.index("{"):])["results"]
    assert results["TYPED"] + results["UNTYPED"] == 519
    layer = QgsVectorLayer(str(out), "e", "ogr")
    types = [f[en.TYPE] for f in layer.getFeatures()]
    assert sum(t not in (None, NULL) for t in types) == results["TYPED"]
    assert "60%" in (tmp_path / "energie.html").read_text(encoding="utf-8")
