"""Processing dialogs of every Wijkmonitor algorithm, in QGIS's real AlgorithmDialog (issue 13 items 6 and 9).

The dialogs are the ones the toolbox opens (``createCustomParametersWidget``), built by QGIS's own
Processing plugin with its widget wrappers; the tests read what a user sees: the help pane, the
labels, the values the widgets start with, and the log after a run.
"""

from __future__ import annotations

import re

import pytest
from qgis.core import NULL, QgsApplication, QgsProject, QgsVectorLayer
from qgis.PyQt.QtWidgets import QLabel, QTabWidget, QTextBrowser, QTextEdit

PLACEHOLDER = re.compile(r"<[a-z_]+>")


def wijkmonitor_algorithms():
    return sorted((a for a in QgsApplication.processingRegistry().algorithms() if a.provider().id() == "wijkmonitor"),
                  key=lambda a: a.id())


@pytest.fixture()
def dialogs(processing_ready, qgis_iface, monkeypatch):
    """Opens dialogs as the toolbox does; QGIS's dialog asks the interface for a browser model, which
    pytest-qgis's interface lacks: it gets a real one."""
    from processing.gui import ParametersPanel
    from qgis.gui import QgsBrowserGuiModel

    model = QgsBrowserGuiModel()
    if ParametersPanel.iface is not None:
        monkeypatch.setattr(ParametersPanel.iface, "browserModel", lambda: model, raising=False)
    made = []

    def _open(alg_id: str):
        alg = QgsApplication.processingRegistry().createAlgorithmById(alg_id)
        dlg = alg.createCustomParametersWidget(None)
        assert dlg is not None, "Wijkmonitor algorithms open in their own dialog"
        made.append(dlg)
        return dlg

    yield _open
    for dlg in made:
        dlg.close()
        dlg.deleteLater()


@pytest.fixture()
def project_index(processing_ready, tmp_path):
    """The sample with the Achterstandsmonitor, as a layer of the project (the dialogs offer project layers)."""
    import processing

    sample = tmp_path / "buurten.gpkg"
    processing.run("wijkmonitor:loadsample", {"OUTPUT": str(sample)})
    out = tmp_path / "index.gpkg"
    processing.run("wijkmonitor:deprivationindex", {"INPUT": str(sample), "OUTPUT": str(out)})
    layer = QgsVectorLayer(str(out), "Achterstandsmonitor", "ogr")
    QgsProject.instance().addMapLayer(layer)
    yield layer
    QgsProject.instance().clear()


def help_text(dlg) -> str:
    return dlg.findChild(QTextBrowser, "textShortHelp").toPlainText()


def labels(dlg) -> list[str]:
    return [label.text() for label in dlg.mainWidget().findChildren(QLabel) if label.text()]


def values(dlg) -> dict:
    return {name: wrapper.parameterValue() for name, wrapper in dlg.mainWidget().wrappers.items()}


def test_help_shows_every_placeholder_as_written(dialogs):
    """QGIS renders help as HTML: '<domain>_score' used to show as '_score'."""
    checked = 0
    for alg in wijkmonitor_algorithms():
        written = type(alg).shortHelpString.__wrapped__(alg)  # the text before it is escaped for the help pane
        shown = help_text(dialogs(alg.id()))
        for placeholder in PLACEHOLDER.findall(written):
            assert placeholder in shown, (alg.id(), placeholder)
            checked += 1
        for definition in alg.parameterDefinitions():  # tooltips are HTML too
            if "<" in definition.help():
                pytest.fail(f"{alg.id()} {definition.name()}: unescaped help {definition.help()!r}")
    assert checked >= 4  # deprivationindex (<domain>_score …), scenario (<scenario>_…)
    assert "<domain>_score, <domain>_rank, <domain>_decile" in help_text(dialogs("wijkmonitor:deprivationindex"))
    exportmaps = QgsApplication.processingRegistry().algorithmById("wijkmonitor:exportmaps")
    assert "&lt;domain&gt;_rank" in exportmaps.parameterDefinition("FIELDS").help()


def test_qgis_process_prints_the_help_as_written(qgis_process):
    proc = qgis_process(["help", "wijkmonitor:deprivationindex"])
    assert "<domain>_score" in proc.stdout and "&lt;" not in proc.stdout


def test_one_optional_per_label(dialogs):
    """QGIS adds '[optional]' itself: no label says '(optional)' as well."""
    for alg in wijkmonitor_algorithms():
        for definition in alg.parameterDefinitions():
            assert not re.search(r"optional|optioneel", definition.description(), re.I), (alg.id(),
                                                                                          definition.description())
    for alg_id in ("wijkmonitor:exportmaps", "wijkmonitor:trend", "wijkmonitor:portrait"):
        shown = labels(dialogs(alg_id))
        assert shown and all(text.lower().count("optional") <= 1 for text in shown), shown


def test_index_dialog_starts_with_sensible_values(dialogs, project_index):
    for alg_id in ("wijkmonitor:deprivationindex", "wijkmonitor:scenario"):
        start = values(dialogs(alg_id))
        assert start["POPULATION_FIELD"] == "aantalInwoners"  # found among the known names
        assert start["MIN_POPULATION"] == 100 and isinstance(start["MIN_POPULATION"], int)
    definition = QgsApplication.processingRegistry().algorithmById("wijkmonitor:deprivationindex") \
        .parameterDefinition("MIN_POPULATION")
    assert definition.dataType() == definition.Type.Integer


def test_atlas_dialog_maps_the_index_decile(dialogs, project_index):
    assert values(dialogs("wijkmonitor:exportatlas"))["FIELD"] == "index_decile"


def test_a_layer_without_a_population_field_named_as_such_still_gets_its_minimum(run_alg, tmp_path):
    """The population field is detected among the known names when the parameter is left empty."""
    import processing

    sample = tmp_path / "b.gpkg"
    processing.run("wijkmonitor:loadsample", {"OUTPUT": str(sample)})
    result = run_alg("wijkmonitor:deprivationindex", {"INPUT": str(sample), "POPULATION_FIELD": None,
                                                      "MIN_POPULATION": 100, "OUTPUT": "TEMPORARY_OUTPUT"})
    layer = result["OUTPUT"]
    small = [f for f in layer.getFeatures() if f["aantalInwoners"] is not None and f["aantalInwoners"] < 100]
    assert small and all(f["index_score"] == NULL for f in small)


def test_export_maps_ends_on_the_files_it_wrote(dialogs, project_index, tmp_path):
    """*Export themed maps* runs on the main thread; QGIS 3.22's dialog used to go back to the parameters at
    0 % with no trace of the files. Now the run ends on the log, which lists the files as links."""
    from processing.core.ProcessingConfig import ProcessingConfig

    ProcessingConfig.setSettingValue(ProcessingConfig.KEEP_DIALOG_OPEN, True)
    dlg = dialogs("wijkmonitor:exportmaps")
    folder = tmp_path / "kaarten"
    dlg.setParameters({"INPUT": project_index, "FIELDS": ["index_decile"], "FORMAT": 0, "DPI": 40,
                       "OUTPUT_FOLDER": str(folder)})
    dlg.runAlgorithm()
    pdf, png = folder / "index_decile.pdf", folder / "index_decile.png"
    assert pdf.is_file() and png.is_file()
    assert dlg.findChild(QTabWidget, "mTabWidget").currentIndex() == 1, "the log is shown"
    log = dlg.findChild(QTextEdit, "txtLog").toHtml()
    assert str(pdf) in log and str(png) in log and pdf.as_uri() in log


#: labels that are the same in Dutch and English: Dutch words the English interface uses too, and names
DUTCH_IN_BOTH = re.compile(r"^(Buurten|Wijken|Gemeenten|Kernen|Achterstandsmonitor|Wijkprofiel|Hotspots|Raster|Band|"
                           r"PDOK WFS|Buurten Amsterdam 2023|Kerncijfers wijken en buurten \d{4})$")


def dialog_texts(alg) -> dict:
    """What a dialog shows of ``alg``: its name, group, parameter labels and choices, output names."""
    from qgis.core import QgsProcessingParameterEnum

    out = {"name": alg.displayName(), "group": alg.group()}
    for definition in alg.parameterDefinitions():
        out[definition.name()] = definition.description()
        if isinstance(definition, QgsProcessingParameterEnum):
            out.update({f"{definition.name()}[{i}]": o for i, o in enumerate(definition.options())})
    out.update({f"output {o.name()}": o.description() for o in alg.outputDefinitions()})
    return out


def test_a_dutch_qgis_gets_dutch_dialogs_and_one_name_for_the_index(processing_ready):
    from qgis.core import QgsSettings

    from wijkmonitor_plugin import i18n

    registry = QgsApplication.processingRegistry()
    ids = [a.id() for a in wijkmonitor_algorithms()]
    english = {i: dialog_texts(registry.createAlgorithmById(i)) for i in ids}
    settings = QgsSettings()
    saved = (settings.value("locale/overrideFlag", False, type=bool), settings.value("locale/userLocale", ""))
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", "nl_NL")
    try:
        assert i18n.install_translator("nl")
        dutch = {i: dialog_texts(registry.createAlgorithmById(i)) for i in ids}  # initAlgorithm runs again
    finally:
        i18n.remove_translator()
        settings.setValue("locale/overrideFlag", saved[0])
        settings.setValue("locale/userLocale", saved[1])
    untranslated = [(i, key, text) for i in ids for key, text in english[i].items()
                    if dutch[i].get(key) == text and not DUTCH_IN_BOTH.match(text)]
    assert not untranslated
    themes = [text for key, text in dutch["wijkmonitor:exportmaps"].items() if key.startswith("THEME[")]
    assert "Gezondheid" in themes and "Wonen en leefomgeving" in themes  # the catalogue's themes, in Dutch
    every = " ".join(text for texts in dutch.values() for text in texts.values())
    assert "deprivatie" not in every.lower() and "Achterstandsmonitor (achterstandsindex)" in every
    assert dutch["wijkmonitor:deprivationindex"]["name"] == "Achterstandsmonitor (achterstandsindex)"
