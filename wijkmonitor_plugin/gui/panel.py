"""The Wijkmonitor panel: choose a layer, theme and indicator and the map shows it at once.

Below the choices: a chart of the indicator across the layer's areas (sorted bars or a
histogram, the selected buurten highlighted) and the profile of the selected buurt — next to
its wijk and gemeente, or next to a second buurt; with its facts next to its perceptions, the
median of its similar buurten elsewhere, its cluster and its energy-transition type where the
layer has them. Buttons put an editable theme map layout or a wijk atlas (with wijkprofiel) in
the project and open it in the layout designer. Results of the deprivation index
(``index_decile``, ``<domain>_rank`` …) are offered first, with their fixed decile style; maps
of how areas changed (``wijkmonitor:trend``), of clusters (``wijkmonitor:hotspots``) and of the
energy-transition types (``wijkmonitor:energytransition``) are themes of their own.

Everything here runs on the main thread, so every action reads as little as it can: the
layer's columns are read once (:class:`~.panel_profile.ColumnCache`), the chart draws from
numpy arrays, and the atlas's data is written in a background task.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import numpy as np
from qgis.core import (
    QgsApplication,
    QgsFields,
    QgsMapLayerProxyModel,
    QgsProject,
    QgsTask,
    QgsVectorLayer,
    QgsVectorLayerFeatureSource,
    QgsWkbTypes,
)
from qgis.gui import QgsDockWidget, QgsMapLayerComboBox
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..core import classify as cl
from ..core import energy as en
from ..core import palettes
from ..core import profile as prof
from ..i18n import translate
from ..qgis_adapters import style
from .panel_chart import BARS, HISTOGRAM, IndicatorChart
from .panel_profile import (
    ColumnCache,
    PerceptionChart,
    PickAreaTool,
    ProfileTable,
    buurt_clusters,
    buurt_energy,
    buurt_profile,
    buurt_similar,
    perception_svg,
)

ALL_FIELDS = "__all__"
INDEX_THEME = "__index__"
CHANGE_THEME = "__change__"
CLUSTER_THEME = "__clusters__"
ENERGY_THEME = "__energy__"
#: themes drawn with a style of their own, not by classes of a numeric field
SPECIAL_THEMES = (CHANGE_THEME, CLUSTER_THEME, ENERGY_THEME)
#: custom property on the layers an atlas made by the panel brings into the project
ATLAS_PROPERTY = "wijkmonitor/atlas"
NAME_FIELDS = ("statnaam", "buurtnaam", "wijknaam", "naam", "name")
INDEX_KINDS = ("score", "rank", "decile")


def index_fields(names) -> list[str]:
    """The fields of a real Achterstandsmonitor result among ``names``, index first.

    A layer has index results when it has ``index_score``, ``index_rank`` or ``index_decile``; a
    domain counts when its score, rank and decile are all there (so a joined ``ses_score`` or any
    other ``*_score`` field is not taken for one). Group ranks and deciles of those come too.
    """
    present = set(names)
    if not present & {f"index_{k}" for k in INDEX_KINDS}:
        return []
    domains = {"index"} | {m.group("domain") for n in names if (m := prof.INDEX_FIELD.match(n))
                           and all(f"{m.group('domain')}_{k}" in present for k in INDEX_KINDS)}

    def real(name: str) -> bool:
        match = prof.INDEX_FIELD.match(name)
        if not match:
            return False
        domain = match.group("domain")
        return domain in domains or (domain.endswith("_group") and domain[:-len("_group")] in domains)

    fields = [n for n in names if real(n)]
    return sorted(fields, key=lambda n: (not n.startswith("index_"), not n.endswith("_decile"), n))


def own_style(layer) -> bool:
    """True when the layer has a style of the user's own (not QGIS's default single symbol, not Wijkmonitor's)."""
    renderer = layer.renderer()
    return renderer is not None and renderer.type() != "singleSymbol" and not style.style_settings(layer)


class WijkmonitorPanel(QgsDockWidget):
    atlas_ready = pyqtSignal(object)  # the atlas layout, once its data is written and loaded

    def __init__(self, iface=None, parent=None):
        super().__init__(translate("WijkmonitorPanel", "Wijkmonitor"), parent)
        self.iface = iface
        self.setObjectName("WijkmonitorPanel")
        self._busy = False
        self._tasks = []  # running atlas tasks (a Python reference keeps them alive)
        self._tool = None
        self._watched = None
        self._picked: list[int] = []
        self.cache = ColumnCache()
        self.last_classification = None
        self.last_meta = None
        self.drawn: dict = {}  # what the map shows: title, legend title, subtitle, source (for layouts)
        self._build()
        self._connect()
        self._update_excepted_layers()
        self._layer_changed(self.layer_combo.currentLayer())

    # -- building the widget ------------------------------------------------------------------
    def _build(self) -> None:
        body = QWidget()
        outer = QVBoxLayout(body)
        form = QFormLayout()
        self.layer_combo = QgsMapLayerComboBox()
        self.layer_combo.setFilters(QgsMapLayerProxyModel.Filter.PolygonLayer)
        form.addRow(translate("WijkmonitorPanel", "Layer"), self.layer_combo)
        self.theme_combo = QComboBox()
        form.addRow(translate("WijkmonitorPanel", "Theme"), self.theme_combo)
        self.indicator_combo = QComboBox()
        self.draw_button = QPushButton(translate("WijkmonitorPanel", "Draw"))
        self.draw_button.setToolTip(translate("WijkmonitorPanel", "Colour the layer by this indicator"))
        indicator = QHBoxLayout()
        indicator.addWidget(self.indicator_combo, 1)
        indicator.addWidget(self.draw_button)
        form.addRow(translate("WijkmonitorPanel", "Indicator"), indicator)
        self.method_combo = QComboBox()
        self.method_combo.addItem(translate("WijkmonitorPanel", "Automatic"), "")
        for method in cl.CONTINUOUS_METHODS:
            self.method_combo.addItem(cl.method_label(method), method)
        self.classes_spin = QSpinBox()
        self.classes_spin.setRange(2, 9)
        self.classes_spin.setValue(5)
        classes = QHBoxLayout()
        classes.addWidget(self.method_combo, 1)
        classes.addWidget(self.classes_spin)
        form.addRow(translate("WijkmonitorPanel", "Classification"), classes)
        self.reference_combo = QComboBox()
        self.reference_combo.addItem(translate("WijkmonitorPanel", "None (sequential colours)"), style.REFERENCE_NONE)
        self.reference_combo.addItem(
            translate("WijkmonitorPanel", "Municipal average (diverging colours)"), style.REFERENCE_MUNICIPAL)
        form.addRow(translate("WijkmonitorPanel", "Reference"), self.reference_combo)
        self.labels_check = QCheckBox(translate("WijkmonitorPanel", "Label the areas with their names"))
        form.addRow("", self.labels_check)
        outer.addLayout(form)
        self.status = QLabel()
        self.status.setWordWrap(True)
        outer.addWidget(self.status)
        buttons = QHBoxLayout()
        self.layout_button = QPushButton(translate("WijkmonitorPanel", "Make layout"))
        self.layout_button.setToolTip(
            translate("WijkmonitorPanel", "Put a print layout of this map in the project and open it"))
        self.atlas_button = QPushButton(translate("WijkmonitorPanel", "Make wijk atlas"))
        self.atlas_button.setToolTip(translate(
            "WijkmonitorPanel", "A page per wijk with its map and wijkprofiel, in the project; its data goes into "
                                "a GeoPackage beside the project"))
        buttons.addWidget(self.layout_button)
        buttons.addWidget(self.atlas_button)
        outer.addLayout(buttons)

        chart_box = QGroupBox(translate("WijkmonitorPanel", "Across the areas"))
        chart_layout = QVBoxLayout(chart_box)
        self.chart_mode = QComboBox()
        self.chart_mode.addItem(translate("WijkmonitorPanel", "Every area, sorted by value"), BARS)
        self.chart_mode.addItem(translate("WijkmonitorPanel", "Histogram"), HISTOGRAM)
        chart_layout.addWidget(self.chart_mode)
        self.chart = IndicatorChart()
        chart_layout.addWidget(self.chart)
        outer.addWidget(chart_box)

        profile_box = QGroupBox(translate("WijkmonitorPanel", "Buurt profile"))
        profile_layout = QVBoxLayout(profile_box)
        pick = QHBoxLayout()
        self.pick_button = QPushButton(translate("WijkmonitorPanel", "Pick a buurt on the map"))
        self.pick_button.setCheckable(True)
        self.pick_button.setToolTip(translate(
            "WijkmonitorPanel", "Click a buurt to see its profile; Ctrl+click a second one to compare the two. "
                                "Selecting buurten with QGIS's own tools works too."))
        pick.addWidget(self.pick_button)
        pick.addStretch(1)
        profile_layout.addLayout(pick)
        self.profile_title = QLabel(translate("WijkmonitorPanel", "Select a buurt (or two, to compare them)."))
        self.profile_title.setWordWrap(True)
        profile_layout.addWidget(self.profile_title)
        self.profile_table = ProfileTable()
        profile_layout.addWidget(self.profile_table)
        self.perception_title = QLabel()
        self.perception_title.setWordWrap(True)
        profile_layout.addWidget(self.perception_title)
        self.perception_chart = PerceptionChart()
        profile_layout.addWidget(self.perception_chart)
        self.similar_title = QLabel()
        self.similar_title.setWordWrap(True)
        profile_layout.addWidget(self.similar_title)
        self.similar_table = ProfileTable()
        profile_layout.addWidget(self.similar_table)
        self.more_label = QLabel()
        self.more_label.setWordWrap(True)
        self.more_label.setTextFormat(Qt.TextFormat.RichText)
        profile_layout.addWidget(self.more_label)
        for widget in (self.perception_title, self.perception_chart, self.similar_title, self.similar_table,
                       self.more_label):
            widget.setVisible(False)
        outer.addWidget(profile_box)
        outer.addStretch(1)
        for combo in (self.layer_combo, self.theme_combo, self.indicator_combo, self.method_combo,
                      self.reference_combo, self.chart_mode):
            # long names (indicators, layers) must not make the dock wider than the screen
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(14)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        self.setWidget(scroll)
        self.setMinimumWidth(360)

    def _connect(self) -> None:
        self.layer_combo.layerChanged.connect(self._layer_changed)
        self.theme_combo.currentIndexChanged.connect(self._fill_indicators)
        self.indicator_combo.currentIndexChanged.connect(self.restyle)
        self.method_combo.currentIndexChanged.connect(self.restyle)
        self.classes_spin.valueChanged.connect(self.restyle)
        self.reference_combo.currentIndexChanged.connect(self.restyle)
        self.labels_check.toggled.connect(self.restyle)
        self.draw_button.clicked.connect(lambda: self.restyle(force=True))
        self.layout_button.clicked.connect(lambda: self.make_layout())
        self.atlas_button.clicked.connect(lambda: self.make_atlas())
        self.chart_mode.currentIndexChanged.connect(lambda: self.chart.set_mode(self.chart_mode.currentData()))
        self.chart.area_clicked.connect(lambda fid: self.select_areas([fid]))
        self.pick_button.toggled.connect(self._pick_toggled)
        project = QgsProject.instance()
        project.layersAdded.connect(self._update_excepted_layers)
        project.layersRemoved.connect(self._update_excepted_layers)

    # -- state --------------------------------------------------------------------------------
    def layer(self) -> QgsVectorLayer | None:
        """The chosen polygon layer; never one of the panel's atlases (they keep the atlas's style)."""
        layer = self.layer_combo.currentLayer()
        if isinstance(layer, QgsVectorLayer) and layer.geometryType() == QgsWkbTypes.GeometryType.PolygonGeometry \
                and not layer.customProperty(ATLAS_PROPERTY):
            return layer
        return None

    def field(self) -> str | None:
        return self.indicator_combo.currentData() or None

    def lang(self) -> str:
        return style.map_language()

    def set_layer(self, layer) -> None:
        self.layer_combo.setLayer(layer)

    def set_indicator(self, field_name: str) -> bool:
        """Select ``field_name`` (switching to 'all fields' when the theme lacks it) and draw it."""
        if not self._select_indicator(field_name):
            return False
        self.restyle(force=True)
        return True

    def _select_indicator(self, field_name: str) -> bool:
        """Show ``field_name`` in the lists without drawing it: in its own theme, else under 'all fields'."""
        index = self.indicator_combo.findData(field_name)
        if index < 0:
            themes = [self.theme_combo.itemData(i) for i in range(self.theme_combo.count())]
            layer = self.layer()
            names = self._numeric_fields(layer) if layer is not None else []
            own = next((t for t in themes if t == INDEX_THEME and field_name in index_fields(names)
                        or t not in (INDEX_THEME, ALL_FIELDS) and field_name in prof.theme_fields(t, names)),
                       ALL_FIELDS)
            with _Quiet(self.theme_combo):
                self.theme_combo.setCurrentIndex(max(0, self.theme_combo.findData(own)))
            self._fill_indicators(restyle=False)
            index = self.indicator_combo.findData(field_name)
        if index < 0:
            return False
        with _Quiet(self.indicator_combo):
            self.indicator_combo.setCurrentIndex(index)
        return True

    def _show_settings(self, settings: dict) -> None:
        """Set classification, classes and reference to a Wijkmonitor style's own (without drawing)."""
        method = self.method_combo.findData(settings.get("method") or "")
        with _Quiet(self.method_combo, self.classes_spin, self.reference_combo, self.labels_check):
            self.method_combo.setCurrentIndex(max(0, method) if settings.get("method") in cl.CONTINUOUS_METHODS
                                              else 0)
            self.classes_spin.setValue(int(settings.get("classes") or self.classes_spin.value()))
            reference = self.reference_combo.findData(style.REFERENCE_MUNICIPAL
                                                      if settings.get("reference") is not None
                                                      else style.REFERENCE_NONE)
            self.reference_combo.setCurrentIndex(max(0, reference))
            self.labels_check.setChecked(bool(settings.get("label_field")))

    def _drawing(self) -> bool:
        """Draw only while the panel is shown: a hidden panel never restyles a layer on its own."""
        return self.isVisible()

    def showEvent(self, event):  # noqa: N802 (Qt API)
        super().showEvent(event)
        layer = self.layer()
        if layer is not None and self.field() and self.last_classification is None and not own_style(layer):
            self.restyle()

    def _update_excepted_layers(self, *_args) -> None:
        """The layers of the panel's atlases are not offered: the panel colours the user's own layers."""
        layers = [lyr for lyr in QgsProject.instance().mapLayers().values() if lyr.customProperty(ATLAS_PROPERTY)]
        self.layer_combo.setExceptedLayerList(layers)

    # -- filling the lists ---------------------------------------------------------------------
    def _numeric_fields(self, layer) -> list[str]:
        return [f.name() for f in layer.fields() if f.isNumeric() and f.name().lower() not in ("fid", "jaar")]

    def _watch(self, layer) -> None:
        if self._watched is not None:
            for signal, slot in self._watch_slots:
                try:
                    signal.disconnect(slot)
                except (TypeError, RuntimeError):
                    pass
        self._watched, self._watch_slots = layer, []
        if layer is not None:
            self._watch_slots = [(layer.selectionChanged, self._selection_changed),
                                 (layer.dataChanged, self.cache.clear),
                                 (layer.updatedFields, self._layer_changed)]
            for signal, slot in self._watch_slots:
                signal.connect(slot)

    def _layer_changed(self, *_args) -> None:
        layer = self.layer()
        self.cache = ColumnCache(layer)
        self.last_classification = None
        self._picked = sorted(layer.selectedFeatureIds()) if layer is not None else []
        self._watch(layer)
        if self.pick_button.isChecked():
            self.pick_button.setChecked(False)
        self._busy = True
        self.theme_combo.blockSignals(True)  # filling the list is not choosing a theme
        try:
            self.theme_combo.clear()
            if layer is None:
                self.indicator_combo.clear()
                self.status.setText(translate(
                    "WijkmonitorPanel", "No polygon layer in the project: load neighbourhoods first "
                                        "(Wijkmonitor ▸ Load neighbourhoods… or Load Amsterdam sample)."))
                self.chart.clear()
                self.profile_table.show_rows([], [])
                return
            names = self._numeric_fields(layer)
            if index_fields(names):
                self.theme_combo.addItem(
                    translate("WijkmonitorPanel", "Achterstandsmonitor (deprivation index)"), INDEX_THEME)
            for theme_id, label in prof.themes(self.lang()):
                if prof.theme_fields(theme_id, names):
                    self.theme_combo.addItem(label, theme_id)
            for theme_id, label in self._special_themes(layer):
                self.theme_combo.addItem(label, theme_id)
            self.theme_combo.addItem(translate("WijkmonitorPanel", "All numeric fields"), ALL_FIELDS)
        finally:
            self.theme_combo.blockSignals(False)
            self._busy = False
        settings = style.style_settings(layer)
        if settings.get("kind") in SPECIAL_THEMES and self._special_fields(layer, settings["kind"]).get(
                settings.get("field")):  # a change, cluster or energy map of the panel's: it shows it again
            with _Quiet(self.theme_combo):
                self.theme_combo.setCurrentIndex(max(0, self.theme_combo.findData(settings["kind"])))
            self._fill_indicators(restyle=False)
            with _Quiet(self.indicator_combo):
                self.indicator_combo.setCurrentIndex(max(0, self.indicator_combo.findData(settings["field"])))
            self.restyle()
        elif settings.get("field") in self._numeric_fields(layer):  # a Wijkmonitor style: the panel shows it
            self._fill_indicators(restyle=False)
            self._show_settings(settings)
            self._select_indicator(settings["field"])
            self.restyle()
        elif own_style(layer):  # a style of the user's own: kept until an indicator is chosen
            self._fill_indicators(restyle=False)
            self.status.setText(translate(
                "WijkmonitorPanel", "'{name}' keeps its own style until you choose an indicator or press Draw."
            ).format(name=layer.name()))
        else:
            self._fill_indicators()
        if not self._numeric_fields(layer):
            self.status.setText(translate("WijkmonitorPanel", "The layer '{name}' has no numeric fields to colour "
                                                              "by.").format(name=layer.name()))

    def _fill_indicators(self, _index=None, restyle: bool = True) -> None:
        layer = self.layer()
        theme = self.theme_combo.currentData()
        self._busy = True
        try:
            self.indicator_combo.clear()
            if layer is None or theme is None:
                return
            names = self._numeric_fields(layer)
            if theme in SPECIAL_THEMES:
                items = list(self._special_fields(layer, theme).items())
            else:
                if theme == INDEX_THEME:
                    fields = index_fields(names)
                elif theme == ALL_FIELDS:
                    fields = names
                else:
                    fields = prof.theme_fields(theme, names)
                items = []
                for name in fields:
                    meta = style.indicator_meta(layer, name, self.lang())
                    items.append((name, meta.title if meta.title == name else f"{meta.title}  [{name}]"))
            for name, text in items:
                self.indicator_combo.addItem(text, name)
        finally:
            self._busy = False
        if restyle and self.indicator_combo.count():
            self.restyle()

    def _special_themes(self, layer) -> list[tuple[str, str]]:
        """(theme, label) of the maps with a style of their own that the layer has fields for."""
        labels = {CHANGE_THEME: translate("WijkmonitorPanel", "Change over the years (trend)"),
                  CLUSTER_THEME: translate("WijkmonitorPanel", "Clusters (hotspots)"),
                  ENERGY_THEME: translate("WijkmonitorPanel", "Energy transition: types")}
        return [(theme, labels[theme]) for theme in SPECIAL_THEMES if self._special_fields(layer, theme)]

    def _special_fields(self, layer, theme: str) -> dict:
        """field → name in the list, of a theme of :data:`SPECIAL_THEMES` (a change map: the indicator's stem)."""
        from ..algorithms.export_maps import trend_stems

        names = layer.fields().names()
        if theme == CHANGE_THEME:
            return {stem: translate("WijkmonitorPanel", "Change: {title}").format(title=self._stem_title(layer, stem))
                    for stem in trend_stems(names)}
        if theme == CLUSTER_THEME:
            return {f: translate("WijkmonitorPanel", "Clusters: {title}").format(
                title=self._stem_title(layer, f[:-len(prof.CLUSTER_SUFFIX)])) for f in prof.cluster_fields(names)}
        if theme == ENERGY_THEME and en.TYPE in names:
            return {en.TYPE: translate("WijkmonitorPanel", "Energy-transition type")}
        return {}

    def _stem_title(self, layer, stem: str) -> str:
        """The name of the indicator behind a trend or cluster field (the catalogue's, else the stem)."""
        from ..core.trend import find_indicator

        indicator = find_indicator(prof.catalogue(), stem)
        if indicator is not None:
            return prof.meta_for_field(indicator.id, self.lang()).title
        return style.indicator_meta(layer, stem, self.lang()).title if layer.fields().lookupField(stem) >= 0 else stem

    # -- drawing ------------------------------------------------------------------------------
    def restyle(self, *_args, force: bool = False):
        """Style the layer by the chosen indicator; returns the classification (None when nothing to do, or for
        a change, cluster or energy map)."""
        if self._busy or not (force or self._drawing()):
            return None
        layer, field = self.layer(), self.field()
        if layer is None or not field:
            return None
        theme = self.theme_combo.currentData()
        if theme in SPECIAL_THEMES:
            self._draw_special(layer, theme, field)
            return None
        label_field = next((n for n in NAME_FIELDS if layer.fields().lookupField(n) >= 0), None) \
            if self.labels_check.isChecked() else None
        meta = style.indicator_meta(layer, field, self.lang())
        frame = self.cache.get([field] + ([meta.weight] if meta.weight else []))
        try:
            classification = style.style_layer(layer, field, self.method_combo.currentData() or None,
                                               self.classes_spin.value(),
                                               reference=self.reference_combo.currentData(),
                                               label_field=label_field, lang=self.lang(),
                                               values=frame[field].tolist(), meta=meta)
        except ValueError as exc:
            self.status.setText(str(exc))
            return None
        self.last_classification, self.last_meta = classification, meta
        self.drawn = {"title": meta.title, "legend": style.legend_title(meta.title, meta.unit, classification,
                                                                        self.lang())}
        self.status.setText(
            translate("WijkmonitorPanel", "{title}: {n} classes ({method}); {missing} areas without data "
                                          "(hatched).").format(
                title=meta.title, n=len(classification.classes), method=cl.method_label(classification.method),
                missing=classification.no_data_count))
        if self.iface is not None and hasattr(self.iface, "layerTreeView") and self.iface.layerTreeView():
            self.iface.layerTreeView().refreshLayerSymbology(layer.id())
        self._update_chart(layer, meta, frame, classification)
        self._update_profile()
        return classification

    def _draw_special(self, layer, theme: str, field: str) -> None:
        """A change map, a cluster map or the energy-transition types: the layer, the chart and the status."""
        import json

        label_field = next((n for n in NAME_FIELDS if layer.fields().lookupField(n) >= 0), None) \
            if self.labels_check.isChecked() else None
        if theme == CHANGE_THEME:
            done = self._draw_change(layer, field)
        else:
            done = self._draw_categories(layer, theme, field)
        if not done:
            return
        if label_field:
            style.apply_labeling(layer, style.label_settings(label_field))
        layer.setLabelsEnabled(bool(label_field))
        layer.setCustomProperty(style.STYLE_PROPERTY, json.dumps({"field": field, "kind": theme,
                                                                  "title": self.drawn.get("title", field),
                                                                  "label_field": label_field or ""}))
        self.last_classification, self.last_meta = None, None
        layer.triggerRepaint()
        if self.iface is not None and hasattr(self.iface, "layerTreeView") and self.iface.layerTreeView():
            self.iface.layerTreeView().refreshLayerSymbology(layer.id())
        self._update_profile()

    def _draw_change(self, layer, stem: str) -> bool:
        from ..algorithms.export_maps import change_direction, change_period, layer_year
        from ..core.trend import find_indicator, year_fields
        from ..qgis_adapters.change_style import (
            STABLE_COLOUR,
            change_legend_title,
            change_settings,
            style_change_layer,
        )

        names = layer.fields().names()
        years = list(year_fields(names).get(stem, {}).values()) + ([stem] if stem in names else [])
        frame = self.cache.get([f"{stem}_change", f"{stem}_class"] + years)
        period = change_period(stem, frame, layer_year(layer))
        settings = change_settings(layer)
        if period is None and settings.get("stem") == stem:
            period = (int(settings["first_year"]), int(settings["last_year"]))
        if period is None:
            self.status.setText(translate(
                "WijkmonitorPanel", "The period of the change of '{stem}' cannot be told from the layer: it lacks "
                                    "the values of the first and the last year.").format(stem=stem))
            return False
        indicator = find_indicator(prof.catalogue(), stem)
        meta = prof.meta_for_field(indicator.id if indicator is not None else stem, self.lang())
        title = self._stem_title(layer, stem)
        changes = frame[f"{stem}_change"].to_numpy(dtype=float)
        classes = frame[f"{stem}_class"].to_numpy(dtype=object)
        direction = change_direction(changes, classes, meta.direction if indicator is not None else palettes.NEUTRAL)
        first, last = period
        style_change_layer(layer, stem, first, last, direction, title, meta.unit, meta.decimals, self.lang(),
                           values=(changes, classes))
        down, up = palettes.diverging_colours(1, 1, direction)
        colours = np.where(classes == "stable", STABLE_COLOUR, np.where(changes < 0, down, up))
        self.chart.set_data(changes, frame.index.to_numpy(), None, self._names(layer), meta.unit,
                            meta.decimals if meta.decimals is not None else 1, self.lang(), 0.0,
                            translate("WijkmonitorPanel", "no change"), colours=colours)
        self.chart.set_selected(self.picked())
        counts = {c: int((classes == c).sum()) for c in ("better", "worse", "stable", "higher", "lower")}
        self.drawn = {"title": translate("WijkmonitorPanel", "{title}: change {first} → {last}").format(
            title=title, first=first, last=last), "legend": change_legend_title(title, first, last, direction,
                                                                                meta.unit),
            "subtitle_period": (first, last)}
        self.status.setText(translate(
            "WijkmonitorPanel", "{title}, {first} → {last}: {better} better, {worse} worse, {stable} stable, "
                                "{higher} higher, {lower} lower.").format(title=title, first=first, last=last,
                                                                          **counts))
        return True

    def _draw_categories(self, layer, theme: str, field: str) -> bool:
        """The cluster classes or the energy-transition types: one colour per category, counted in the chart."""
        if theme == CLUSTER_THEME:
            from ..qgis_adapters.hotspot_style import COLOURS, class_labels, cluster_renderer

            labels, colours = class_labels(), COLOURS
            order = ["HH", "LL", "HL", "LH", "ns"]
            renderer = cluster_renderer(field)
            title = translate("WijkmonitorPanel", "Clusters: {title}").format(
                title=self._stem_title(layer, field[:-len(prof.CLUSTER_SUFFIX)]))
            none_label = translate("WijkmonitorPanel", "No neighbours or no value")
        else:
            from ..qgis_adapters.energy_style import type_renderer

            labels = {t: en.type_label(t) for t in en.TYPES}
            colours, order = en.TYPE_COLOURS, list(en.TYPES)
            title = translate("WijkmonitorPanel", "Energy-transition type")
            none_label = en.type_label(None)
            renderer = None
        column = self.cache.get([field])[field]
        counts = column.value_counts()
        if renderer is None:
            renderer = type_renderer(field, [t for t in order if counts.get(t, 0)])
        style.apply_renderer(layer, renderer)
        missing = int(len(column) - sum(int(counts.get(c, 0)) for c in order))
        categories = [(labels[c], int(counts.get(c, 0)), colours[c]) for c in order if counts.get(c, 0)]
        if missing:
            categories.append((none_label, missing, palettes.NO_DATA_COLOUR))
        self._category_order = [c for c in order if counts.get(c, 0)] + ([None] if missing else [])
        self.chart.set_categories(categories, self._picked_categories(column))
        self.drawn = {"title": title, "legend": title}
        self.status.setText(translate("WijkmonitorPanel", "{title}: {n} categories; {missing} areas without a "
                                                          "category (hatched).").format(
            title=title, n=len(categories) - (1 if missing else 0), missing=missing))
        return True

    def _picked_categories(self, column) -> list[int]:
        order = getattr(self, "_category_order", [])
        out = []
        for fid in self.picked()[:2]:
            value = column.get(fid) if fid in column.index else None
            value = value if isinstance(value, str) else None
            if value in order:
                out.append(order.index(value))
        return out

    def _names(self, layer) -> dict:
        name = next((n for n in NAME_FIELDS if layer.fields().lookupField(n) >= 0), None)
        if name is None:
            return {}
        column = self.cache.get([name])[name]
        return {int(fid): str(v) for fid, v in column.items() if v is not None and v == v}

    def _update_chart(self, layer, meta, frame, classification) -> None:
        reference = classification.reference if classification.reference is not None else prof.average(
            frame[meta.field], frame[meta.weight] if meta.weight else None)
        label = translate("WijkmonitorPanel", "average {value}").format(value=cl.with_unit(
            cl.format_number(reference, classification.decimals, self.lang()), cl.short_unit(meta.unit))) \
            if reference is not None else ""
        self.chart.set_data(frame[meta.field].to_numpy(dtype=float), frame.index.to_numpy(), classification,
                            self._names(layer), meta.unit, classification.decimals, self.lang(), reference, label)
        self.chart.set_selected(self.picked())

    # -- the buurt profile -------------------------------------------------------------------
    def select_areas(self, fids, add: bool = False) -> None:
        """Select these areas on the layer (the profile and chart follow the selection)."""
        layer = self.layer()
        if layer is None:
            return
        fids = [int(f) for f in fids]
        if add:
            fids = (self.picked() + fids)[-2:]
        self._picked = fids
        layer.selectByIds(fids)

    def _selection_changed(self, selected=(), deselected=(), _clear_and_select=False) -> None:
        layer = self.layer()
        if layer is None:
            return
        # remember the order areas were picked in: the first is "A" when two are compared
        gone = set(deselected)
        order = [f for f in self._picked if f not in gone]
        order += [int(f) for f in selected if int(f) not in order]
        current = set(layer.selectedFeatureIds())
        self._picked = [f for f in order if f in current] + sorted(current - set(order))
        self.chart.set_selected(self._picked)
        self._update_profile()

    def picked(self) -> list[int]:
        """The selected areas, in the order they were picked (at most two are profiled)."""
        layer = self.layer()
        current = set(layer.selectedFeatureIds()) if layer is not None else set()
        return [f for f in self._picked if f in current] + sorted(current - set(self._picked))

    def profile_metas(self, layer) -> list:
        """The indicators of the profile: the chosen theme's (at most 12), else the mapped one and a few per theme."""
        from ..algorithms.export_atlas import default_profile_fields

        names = self._numeric_fields(layer)
        theme, field = self.theme_combo.currentData(), self.field()
        if theme in SPECIAL_THEMES:  # the indicator behind the change or cluster map, the energy theme's
            base = field[:-len(prof.CLUSTER_SUFFIX)] if theme == CLUSTER_THEME and field else field
            if theme == ENERGY_THEME or base not in names:
                theme, field = "energy", None
            else:
                theme, field = ALL_FIELDS, base
        if theme not in (None, ALL_FIELDS, INDEX_THEME):
            fields = prof.theme_fields(theme, names)[:12]
        elif theme == INDEX_THEME:
            fields = [n for n in index_fields(names) if n.endswith("_score")][:12]
        else:
            fields = default_profile_fields(field, names)[:12] if field else []
        if field and field not in fields and not prof.index_meta(field):
            fields.insert(0, field)
        return [style.indicator_meta(layer, f, self.lang()) for f in fields]

    def _update_profile(self) -> None:
        layer = self.layer()
        if layer is None:
            return
        fids = self.picked()[:2]
        if not fids:
            self.profile_title.setText(translate("WijkmonitorPanel", "Select a buurt (or two, to compare them)."))
            self.profile_table.show_rows([], [])
            self._update_more(layer, [], {})
            return
        metas = self.profile_metas(layer)
        wijk = next((n for n in ("wijkcode", "wk_code") if layer.fields().lookupField(n) >= 0), None)
        gemeente = next((n for n in ("gemeentecode", "gm_code") if layer.fields().lookupField(n) >= 0), None)
        name_field = next((n for n in NAME_FIELDS if layer.fields().lookupField(n) >= 0), None)
        columns = [m.field for m in metas] + [m.weight for m in metas if m.weight] + [wijk, gemeente, name_field]
        self.cache.get(columns + self._more_columns(layer))  # every column the profile shows, in one read
        frame = self.cache.get(columns)
        names = {int(f): str(frame.at[f, name_field]) for f in fids if name_field and f in frame.index
                 and frame.at[f, name_field] is not None}
        headings, rows = buurt_profile(frame, fids, metas, self.lang(), wijk, gemeente, names)
        if len(fids) == 1:
            title = translate("WijkmonitorPanel", "{name}: the buurt, its wijk and the municipality").format(
                name=names.get(fids[0], fids[0]))
        else:
            title = translate("WijkmonitorPanel", "{a} and {b} side by side").format(
                a=names.get(fids[0], fids[0]), b=names.get(fids[1], fids[1]))
        self.profile_title.setText(title)
        self.profile_table.show_rows(headings, rows)
        self._update_more(layer, fids, names)
        if self.theme_combo.currentData() in (CLUSTER_THEME, ENERGY_THEME) and self.field():
            self.chart.set_selected_categories(self._picked_categories(self.cache.get([self.field()])[self.field()]))

    @staticmethod
    def _more_columns(layer) -> list[str]:
        """The columns of the profile's facts and perceptions, similar buurten, clusters and energy type."""
        from ..algorithms.export_atlas import perception_fields

        names = layer.fields().names()
        clusters = [f"{c[:-len(prof.CLUSTER_SUFFIX)]}_lisa_p" for c in prof.cluster_fields(names)]
        return [f for f in perception_fields(names) + clusters + [en.TYPE, en.MISSING] if f in set(names)]

    def _update_more(self, layer, fids, names: dict) -> None:
        """Facts next to perceptions, the comparison with similar buurten elsewhere, the cluster and the
        energy-transition type of the picked buurten, where the layer has their fields."""
        from ..algorithms.export_atlas import profile_domains
        from ..qgis_adapters.hotspot_style import COLOURS

        all_names = layer.fields().names()
        domains = profile_domains(all_names)
        pairs = prof.similar_fields(all_names)
        clusters = prof.cluster_fields(all_names)
        energy = en.TYPE in all_names
        frame = None
        if fids and (domains or pairs or clusters or energy):
            frame = self.cache.get(self._more_columns(layer))
        title = {f: names.get(f, str(f)) for f in fids}
        svgs = [perception_svg(frame, f, domains, title[f], self.lang()) for f in fids] if frame is not None and \
            domains else []
        self.perception_chart.set_svgs(svgs)
        self.perception_title.setVisible(bool(self.perception_chart.svgs))
        self.perception_title.setText(translate(
            "WijkmonitorPanel", "Facts and perceptions of {names} (100 = the reference, higher = better)").format(
            names=translate("WijkmonitorPanel", " and ").join(title[f] for f, svg in zip(fids, svgs) if svg)))
        rows = []
        if frame is not None and pairs:
            metas = [(style.indicator_meta(layer, f, self.lang()), median) for f, median in pairs]
            rows = buurt_similar(frame, fids[0], metas, self.lang())
        self.similar_title.setVisible(bool(rows))
        self.similar_table.setVisible(bool(rows))
        if rows:
            k = frame.at[fids[0], "similar_n"] if "similar_n" in frame.columns else None
            k = int(k) if k is not None and k == k else None
            self.similar_title.setText(translate(
                "WijkmonitorPanel", "{name} compared with similar buurten elsewhere (the median of its {k} most "
                                    "similar buurten)").format(name=title[fids[0]], k=k or "k"))
            self.similar_table.show_rows([translate("WijkmonitorPanel", "Buurt"),
                                          translate("WijkmonitorPanel", "Similar buurten elsewhere"),
                                          translate("WijkmonitorPanel", "{name} compared with similar buurten "
                                                                        "elsewhere").format(name=title[fids[0]])],
                                         rows)
            self.similar_table.fit_to_rows()
        lines = []
        if frame is not None:
            titles = {c[:-len(prof.CLUSTER_SUFFIX)]: self._stem_title(layer, c[:-len(prof.CLUSTER_SUFFIX)])
                      for c in clusters}
            for fid in fids:
                who = html.escape(title[fid])
                for text, klass in buurt_clusters(frame, fid, clusters, titles):
                    swatch = f"<span style='color:{COLOURS[klass]}'>■</span> " if klass in COLOURS else ""
                    lines.append(f"{swatch}<b>{who}</b> — {html.escape(text)}")
                if energy:
                    label = translate("WijkmonitorPanel", "Energy transition")
                    lines.append(f"<b>{who}</b> — {html.escape(label)}: {html.escape(buurt_energy(frame, fid))}")
        self.more_label.setText("<br>".join(lines))
        self.more_label.setVisible(bool(lines))

    def _pick_toggled(self, checked: bool) -> None:
        canvas = self.iface.mapCanvas() if self.iface is not None and hasattr(self.iface, "mapCanvas") else None
        layer = self.layer()
        if not checked:
            if self._tool is not None and canvas is not None and canvas.mapTool() is self._tool:
                canvas.unsetMapTool(self._tool)
            self._tool = None
            return
        if canvas is None or layer is None:
            self.pick_button.setChecked(False)
            return
        self._tool = PickAreaTool(canvas, layer)
        self._tool.picked.connect(lambda fid, add: self.select_areas([fid], add))
        self._tool.deactivated.connect(lambda: self.pick_button.setChecked(False))
        canvas.setMapTool(self._tool)

    # -- layouts ------------------------------------------------------------------------------
    def _need_indicator(self) -> bool:
        if self.layer() is None:
            self.status.setText(translate("WijkmonitorPanel", "Choose a polygon layer first."))
            return False
        if not self.field():
            self.status.setText(translate("WijkmonitorPanel", "The layer has no indicator to map: choose another "
                                                              "theme or layer."))
            return False
        return True

    def make_layout(self):
        """A theme map layout of the current style in the project (opened in the designer when possible)."""
        from ..algorithms.export_maps import default_source, default_subtitle, layer_year
        from ..qgis_adapters import layout as lay

        if not self._need_indicator():
            return None
        layer, field = self.layer(), self.field()
        if style.style_settings(layer).get("field") != field or not self.drawn:
            self.restyle(force=True)
        special = self.theme_combo.currentData() in SPECIAL_THEMES
        meta = self.last_meta or (prof.IndicatorMeta(field, self.drawn.get("title", field)) if special else
                                  style.indicator_meta(layer, field, self.lang()))
        extent = layer.boundingBoxOfSelected() if layer.selectedFeatureCount() else layer.extent()
        legend = self.drawn.get("legend") or style.legend_title(meta.title, meta.unit, self.last_classification,
                                                                self.lang())
        sources = [f"{field}_change"] if self.theme_combo.currentData() == CHANGE_THEME else [field]
        layout = lay.theme_map_layout(QgsProject.instance(), layer, self.drawn.get("title", meta.title),
                                      default_subtitle(meta, self._area_name(layer), layer_year(layer)),
                                      default_source(layer, sources), legend, extent=extent, keep_styles=True,
                                      legend_wrap=": " if self.theme_combo.currentData() == ENERGY_THEME else None)
        self._open(layout)
        return layout

    def _area_name(self, layer) -> str | None:
        """The gemeente(n) of the layer, for a subtitle (read through the panel's column cache)."""
        if layer.fields().lookupField("gemeentenaam") < 0:
            return None
        names = sorted({str(v) for v in self.cache.get(["gemeentenaam"])["gemeentenaam"] if v is not None
                        and v == v and str(v)})
        return ", ".join(names[:3]) if names else None

    def atlas_spec(self, area_field: str = "wijkcode"):
        from ..algorithms.export_atlas import AtlasSpec

        return AtlasSpec(self.field(), area_field=area_field, method=self.method_combo.currentData() or None,
                         n_classes=self.classes_spin.value(), reference=self.reference_combo.currentData(),
                         lang=self.lang())

    def atlas_path(self, title: str) -> Path | None:
        """A new GeoPackage beside the project for the atlas's data (asked for when the project has no file)."""
        project = QgsProject.instance()
        slug = re.sub(r"[^a-z0-9]+", "_", title.lower()).strip("_")[:40] or "atlas"
        if project.fileName():
            folder = Path(project.absolutePath())
            stem = f"{Path(project.fileName()).stem}_wijkatlas_{slug}"
        else:
            chosen, _filter = QFileDialog.getSaveFileName(
                self, translate("WijkmonitorPanel", "Where should the atlas's data be kept?"),
                str(Path.home() / f"wijkatlas_{slug}.gpkg"), translate("WijkmonitorPanel", "GeoPackage (*.gpkg)"))
            if not chosen:
                return None
            folder, stem = Path(chosen).parent, Path(chosen).stem
        path = folder / f"{stem}.gpkg"
        n = 2
        while path.exists():
            path = folder / f"{stem}_{n}.gpkg"
            n += 1
        return path

    def make_atlas(self, area_field: str = "wijkcode", path=None, wait: bool = False):
        """A wijk atlas (map + wijkprofiel per wijk) in the project, kept in a GeoPackage, opened in the designer.

        The atlas's layers (its buurten, pages and wijkprofiel) are written to ``path`` (default: a new
        GeoPackage beside the project) in a background task; :attr:`atlas_ready` gives the layout.
        ``wait`` does the work at once and returns the layout (scripts and tests).
        """
        from qgis.core import QgsProcessingException

        from ..algorithms import export_atlas as ea

        if not self._need_indicator():
            return None
        layer = self.layer()
        if self.theme_combo.currentData() in SPECIAL_THEMES:
            self.status.setText(translate("WijkmonitorPanel", "A wijk atlas maps an indicator: choose a theme with "
                                                              "indicators (its pages show the change, the clusters "
                                                              "and the facts and perceptions the layer has)."))
            return None
        if layer.fields().lookupField(area_field) < 0:
            self.status.setText(translate("WijkmonitorPanel", "The layer has no field '{field}' to make an atlas "
                                                              "of.").format(field=area_field))
            return None
        try:
            plan = ea.plan_atlas(layer, self.atlas_spec(area_field), layer=layer)
        except QgsProcessingException as exc:
            self.status.setText(str(exc))
            return None
        path = Path(path) if path else self.atlas_path(plan.title)
        if path is None:
            self.status.setText(translate("WijkmonitorPanel", "No atlas made: no place was chosen for its data."))
            return None
        fields, crs = QgsFields(layer.fields()), layer.crs()
        classification, styles = ea.atlas_styles(plan, fields, crs)
        source = QgsVectorLayerFeatureSource(layer)
        context = QgsProject.instance().transformContext()

        def write(feedback=None):
            buurten, groups = ea.collect_features(source, fields, plan, feedback)
            ea.write_atlas_geopackage(path, plan, fields, crs, buurten, groups, styles, context, feedback)
            return str(path)

        if wait:
            write()
            return self._atlas_written(plan, path, classification)
        self.status.setText(translate("WijkmonitorPanel", "Writing the atlas's data to {path} …").format(path=path))
        task = QgsTask.fromFunction(translate("WijkmonitorPanel", "Wijkmonitor: atlas data"),
                                    lambda task: write(_TaskFeedback(task)),
                                    on_finished=lambda exception, result=None: self._atlas_task_done(
                                        exception, plan, path, classification))
        self._tasks.append(task)
        QgsApplication.taskManager().addTask(task)
        return task

    def _atlas_task_done(self, exception, plan, path, classification) -> None:
        self._tasks = [t for t in self._tasks if t.status() not in (QgsTask.TaskStatus.Complete,
                                                                    QgsTask.TaskStatus.Terminated)]
        if exception is not None or not Path(path).is_file():
            self.status.setText(translate("WijkmonitorPanel", "The atlas was not made: {error}").format(
                error=exception or translate("WijkmonitorPanel", "cancelled")))
            return
        self._atlas_written(plan, path, classification)

    def _atlas_written(self, plan, path, classification):
        from ..algorithms import export_atlas as ea

        layout = ea.load_atlas_geopackage(QgsProject.instance(), plan, path, classification, ATLAS_PROPERTY)
        self._update_excepted_layers()
        self._open(layout, atlas=True)
        self.atlas_ready.emit(layout)
        return layout

    def _open(self, layout, atlas: bool = False):
        self.status.setText(
            translate("WijkmonitorPanel", "Layout '{name}' is in the project (Project ▸ Layouts).").format(
                name=layout.name()))
        if self.iface is None or not hasattr(self.iface, "openLayoutDesigner"):
            return
        try:
            designer = self.iface.openLayoutDesigner(layout)
        except (AttributeError, TypeError, RuntimeError):
            return
        if atlas and designer is not None and hasattr(designer, "setAtlasPreviewEnabled"):
            designer.setAtlasPreviewEnabled(True)

    def closeEvent(self, event):  # noqa: N802 (Qt API)
        self.pick_button.setChecked(False)
        super().closeEvent(event)


class _Quiet:
    """Change widgets without their signals (filling a list is not choosing)."""

    def __init__(self, *widgets):
        self.widgets = widgets

    def __enter__(self):
        self.states = [w.blockSignals(True) for w in self.widgets]

    def __exit__(self, *_exc):
        for widget, state in zip(self.widgets, self.states):
            widget.blockSignals(state)


class _TaskFeedback:
    """A QgsTask seen as a processing feedback: cancel and progress."""

    def __init__(self, task):
        self.task = task

    def isCanceled(self) -> bool:  # noqa: N802 (QGIS API)
        return self.task.isCanceled()

    def setProgress(self, value: float) -> None:  # noqa: N802 (QGIS API)
        self.task.setProgress(value)


def toggle_texts() -> tuple[str, str]:
    """Menu text and tip of the action that shows and hides the panel."""
    text = translate("WijkmonitorPanel", "Wijkmonitor panel (themed maps)")
    tip = translate("WijkmonitorPanel", "Show or hide the panel that colours the map by an indicator and makes "
                                        "layouts and wijk atlases")
    return text, tip


def dock_area():
    return Qt.DockWidgetArea.RightDockWidgetArea
