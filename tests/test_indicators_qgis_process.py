"""The indicator algorithms from the command line (qgis_process with the built plugin)."""

from __future__ import annotations

import json

from qgis.core import QgsVectorLayer

from tests.conftest import NL


def _json(proc):
    return json.loads(proc.stdout[proc.stdout.index("{"):])


def test_join_compute_aggregate_with_qgis_process(qgis_process, tmp_path):
    sample = tmp_path / "buurten.gpkg"
    qgis_process(["run", "wijkmonitor:loadsample", "--", f"OUTPUT={sample}"])
    joined = tmp_path / "joined.gpkg"
    proc = qgis_process(["run", "wijkmonitor:joinindicators", "--json", "--", f"INPUT={sample}",
                         f"TABLE_FILE={NL / 'statline_85163NED_ses_woa_amsterdam_2019.csv'}", "KEY_KIND=2",
                         f"OUTPUT={joined}", f"REPORT={tmp_path / 'report.csv'}"])
    assert _json(proc)["results"]["MATCHED"] == 407
    assert (tmp_path / "report.csv").read_text(encoding="utf-8").count("matched") >= 407
    computed = tmp_path / "computed.gpkg"
    proc = qgis_process(["run", "wijkmonitor:computeindicators", "--json", "--", f"INPUT={joined}",
                         f"OUTPUT={computed}"])
    results = _json(proc)["results"]
    assert results["COMPUTED"] == 50  # the 49 from the map plus the SES-WOA score of the joined table
    wijken = tmp_path / "wijken.gpkg"
    qgis_process(["run", "wijkmonitor:aggregateareas", "--", f"INPUT={computed}", "TARGET=0", f"OUTPUT={wijken}"])
    layer = QgsVectorLayer(str(wijken), "w", "ogr")
    assert layer.featureCount() > 100
    assert sum(f["aantalInwoners"] or 0 for f in layer.getFeatures()) == 917_890
