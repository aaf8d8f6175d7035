"""What keeps Wijkmonitor working from QGIS 3.22 to 4.x: compat helpers, the test harness, the tools."""

from __future__ import annotations

import warnings

import pytest
from qgis.core import NULL, QgsFeature, QgsProject, QgsVectorLayer

from scripts import translations
from wijkmonitor_plugin.qgis_adapters import compat


def _warn_from(module: str, category) -> None:
    """Raise a warning as code of ``module`` would (warnings are attributed to the caller's module)."""
    exec(compile("import warnings\nwarnings.warn('old API', category)", module.replace(".", "/") + ".py", "exec"),
         {"__name__": module, "category": category})


def test_null_helper_knows_qgis_null_and_nothing_else():
    layer = QgsVectorLayer("Point?crs=EPSG:28992&field=n:double&field=t:string", "t", "memory")
    feature = QgsFeature(layer.fields())
    feature.setAttributes([None, "x"])
    assert compat.is_null(feature["n"]) and compat.is_null(NULL) and compat.is_null(None)
    assert not any(compat.is_null(v) for v in (0, 0.0, "", "NULL", False, feature["t"]))


def test_field_parameters_are_read_with_one_call_on_every_version(processing_ready):
    """parameterAsFieldNames: parameterAsStrings on QGIS >= 3.40 (parameterAsFields is deprecated there)."""
    from qgis.core import QgsApplication, QgsProcessingContext

    alg = QgsApplication.processingRegistry().createAlgorithmById("wijkmonitor:exportatlas")
    context = QgsProcessingContext()
    assert compat.HAS_PARAMETER_AS_STRINGS == (compat.QGIS_VERSION >= 34000)
    assert alg.parameterAsFieldNames({"PROFILE_FIELDS": ["a", "b"]}, "PROFILE_FIELDS", context) == ["a", "b"]
    assert alg.parameterAsFieldNames({"PROFILE_FIELDS": "a;b"}, "PROFILE_FIELDS", context) == ["a", "b"]
    assert alg.parameterAsFieldNames({}, "PROFILE_FIELDS", context) == []
    assert alg.parameterAsFieldName({"PROFILE_FIELDS": ["a", "b"]}, "PROFILE_FIELDS", context) == "a"
    assert alg.parameterAsFieldName({}, "PROFILE_FIELDS", context) is None


@pytest.mark.parametrize("module", ["wijkmonitor_plugin.qgis_adapters.platform_probe", "tests.platform_probe"])
@pytest.mark.parametrize("category", [DeprecationWarning, PendingDeprecationWarning, FutureWarning])
def test_own_deprecation_warnings_fail_the_tests(module, category):
    with pytest.raises(category):
        _warn_from(module, category)


def test_third_party_deprecation_warnings_do_not():
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("default")
        _warn_from("processing.algs.platform_probe", DeprecationWarning)
    assert len(caught) == 1  # still reported, not an error


def test_iface_has_a_real_layer_tree_view_for_processing(processing_ready, qgis_iface):
    """QGIS >= 3.44 hands iface.layerTreeView() to C++ when Processing loads result layers."""
    import processing
    from qgis.gui import QgsLayerTreeView
    from qgis.utils import iface

    view = iface.layerTreeView()
    assert isinstance(view, QgsLayerTreeView) and view is qgis_iface.layerTreeView()
    assert view.layerTreeModel().rootGroup() is QgsProject.instance().layerTreeRoot()
    before = set(QgsProject.instance().mapLayers())
    result = processing.runAndLoadResults("wijkmonitor:loadsample", {"OUTPUT": "TEMPORARY_OUTPUT"})
    added = [QgsProject.instance().mapLayer(i) for i in set(QgsProject.instance().mapLayers()) - before]
    try:
        assert len(added) == 1 and added[0].featureCount() == 519, result
        assert view.layerTreeModel().rootGroup().findLayer(added[0].id()) is not None
    finally:
        QgsProject.instance().removeMapLayers([layer.id() for layer in added])


def test_translation_tools_are_found_and_can_be_named(monkeypatch):
    kind, tool = translations.find_extractor()
    assert kind in translations.EXTRACTORS and tool
    assert translations.find_lrelease()
    monkeypatch.setenv("WIJKMONITOR_LUPDATE", tool)
    assert translations.find_extractor() == (kind, tool)
    monkeypatch.setenv("WIJKMONITOR_LUPDATE", "no-such-lupdate")
    with pytest.raises(translations.ToolMissingError, match="no-such-lupdate"):
        translations.find_extractor()
    monkeypatch.setenv("WIJKMONITOR_LRELEASE", "no-such-lrelease")
    with pytest.raises(translations.ToolMissingError, match="qt6-l10n-tools"):
        translations.find_lrelease()
