"""Exactness through the algorithm: the English IoD 2025 recomputed by wijkmonitor:deprivationindex.

The 33,755 LSOAs are read as a geometry-less CSV table (delimitedtext provider), exactly as a
user's table would be; published domain ranks, indicators and subdomain ranks are columns.
"""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest
from qgis.core import QgsVectorLayer, QgsWkbTypes

from tests.conftest import IOD
from tests.test_deprivation_core import HEALTH, IMD_DOMAINS, imd_definition


@pytest.fixture(scope="module")
def iod_table(tmp_path_factory, processing_ready):
    published = pd.read_csv(IOD / "iod2025_scores_ranks_deciles.csv.gz")
    indicators = pd.read_csv(IOD / "iod2025_indicators.csv.gz", usecols=["lsoa21_code", *HEALTH])
    subdomains = pd.read_csv(IOD / "iod2025_subdomain_scores_ranks_deciles.csv.gz",
                             usecols=["lsoa21_code", "children_and_young_people_rank", "adult_skills_rank"])
    table = published.merge(indicators, on="lsoa21_code").merge(subdomains, on="lsoa21_code")
    path = tmp_path_factory.mktemp("iod") / "iod2025.csv"
    table.to_csv(path, index=False)
    layer = QgsVectorLayer(f"file://{path}?delimiter=,&detectTypes=yes&geomType=none", "iod2025", "delimitedtext")
    assert layer.isValid() and layer.featureCount() == 33755
    assert layer.wkbType() == QgsWkbTypes.Type.NoGeometry
    return layer, published.set_index("lsoa21_code")


def run_definition(run_alg, layer, definition, tmp_path, **params):
    path = tmp_path / "definition.json"
    path.write_text(json.dumps(definition))
    result = run_alg("wijkmonitor:deprivationindex",
                     {"INPUT": layer, "DEFINITION": str(path), "OUTPUT": "TEMPORARY_OUTPUT", **params})
    out = result["OUTPUT"]
    names = out.fields().names()
    rows = [f.attributes() for f in out.getFeatures()]
    frame = pd.DataFrame(rows, columns=names).set_index("lsoa21_code")
    return result, frame


def test_imd_score_rank_decile_through_the_algorithm(run_alg, iod_table, tmp_path):
    layer, published = iod_table
    result, out = run_definition(run_alg, layer, imd_definition(), tmp_path, REPORT=str(tmp_path / "imd.json"))
    out = out.loc[published.index]
    diff = np.abs(out["index_score"].astype(float) - published["IMD_score"])
    assert diff.max() <= 0.001
    assert (out["index_decile"].astype(int) == published["IMD_decile"]).all()
    assert (out["index_rank"].astype(int) == published["IMD_rank"]).mean() > 0.9999
    for domain, col, _ in IMD_DOMAINS:
        assert (out[f"{domain}_rank"].astype(int) == published[f"{col}_rank"]).all()
        assert (out[f"{domain}_decile"].astype(int) == published[f"{col}_decile"]).all()
    assert result["AREAS_WITH_INDEX"] == 33755
    assert result["DOMAINS"] == "income,employment,education,health,crime,barriers,living"
    report = json.loads((tmp_path / "imd.json").read_text())
    assert report["warnings"] == []  # 0.999 used as published
    assert (tmp_path / "imd.html").is_file()


def test_health_through_factor_analysis_in_the_algorithm(run_alg, iod_table, tmp_path):
    layer, published = iod_table
    definition = {"name": "IoD2025 Health", "domains": [
        {"id": "health", "weight": 1.0, "method": "factor_analysis", "indicators": [{"field": c} for c in HEALTH]}]}
    _, out = run_definition(run_alg, layer, definition, tmp_path)
    out = out.loc[published.index]
    assert np.max(np.abs(out["health_score"].astype(float) - published["Health_score"])) <= 0.01


def test_education_through_subdomains_in_the_algorithm(run_alg, iod_table, tmp_path):
    layer, published = iod_table
    definition = {"name": "IoD2025 Education", "domains": [
        {"id": "education", "weight": 1.0, "method": "subdomains", "subdomains": [
            {"id": "young", "weight": 0.5, "method": "rate",
             "indicators": [{"field": "children_and_young_people_rank", "higher_is": "better"}]},
            {"id": "adults", "weight": 0.5, "method": "rate",
             "indicators": [{"field": "adult_skills_rank", "higher_is": "better"}]}]}]}
    _, out = run_definition(run_alg, layer, definition, tmp_path)
    out = out.loc[published.index]
    assert np.max(np.abs(out["education_score"].astype(float) - published["Education_score"])) <= 0.002
    assert (out["education_decile"].astype(int) == published["Education_decile"]).all()
