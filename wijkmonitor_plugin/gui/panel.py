"""The Wijkmonitor panel: choose a layer, theme and indicator and the map shows it at once.

Below the choices: a chart of the indicator across the layer's areas (sorted bars or a
histogram, the selected buurten highlighted) and the profile of the selected buurt — next to
its wijk and gemeente, or next to a second buurt. Buttons put an editable theme map layout or
a wijk atlas (with wijkprofiel) in the project and open it in the layout designer. Results of
the deprivation index (``index_decile``, ``<domain>_rank`` …) are offered first, with their
fixed decile style.

Everything here runs on the main thread, so every action reads as little as it can: the
layer's columns are read once (:class:`~.panel_profile.ColumnCache`), the chart draws from
numpy arrays, and the atlas's data is written in a background task.
"""

from __future__ import annotations

import re
from pathlib import Path

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
from ..core import profile as prof
from ..i18n import translate
from ..qgis_adapters import style
from .panel_chart import BARS, HISTOGRAM, IndicatorChart
from .panel_profile import ColumnCache, PickAreaTool, ProfileTable, buurt_profile

ALL_FIELDS = "__all__"
INDEX_THEME = "__index__"
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
            self.theme_combo.addItem(translate("WijkmonitorPanel", "All numeric fields"), ALL_FIELDS)
        finally:
            self.theme_combo.blockSignals(False)
            self._busy = False
        settings = style.style_settings(layer)
        if settings.get("field") in self._numeric_fields(layer):  # a Wijkmonitor style: the panel shows it
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
            if theme == INDEX_THEME:
                fields = index_fields(names)
            elif theme == ALL_FIELDS:
                fields = names
            else:
                fields = prof.theme_fields(theme, names)
            for name in fields:
                meta = style.indicator_meta(layer, name, self.lang())
                text = meta.title if meta.title == name else f"{meta.title}  [{name}]"
                self.indicator_combo.addItem(text, name)
        finally:
            self._busy = False
        if restyle and self.indicator_combo.count():
            self.restyle()

    # -- drawing ------------------------------------------------------------------------------
    def restyle(self, *_args, force: bool = False):
        """Style the layer by the chosen indicator; returns the classification (None when nothing to do)."""
        if self._busy or not (force or self._drawing()):
            return None
        layer, field = self.layer(), self.field()
        if layer is None or not field:
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
            return
        metas = self.profile_metas(layer)
        wijk = next((n for n in ("wijkcode", "wk_code") if layer.fields().lookupField(n) >= 0), None)
        gemeente = next((n for n in ("gemeentecode", "gm_code") if layer.fields().lookupField(n) >= 0), None)
        name_field = next((n for n in NAME_FIELDS if layer.fields().lookupField(n) >= 0), None)
        columns = [m.field for m in metas] + [m.weight for m in metas if m.weight] + [wijk, gemeente, name_field]
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
        if style.style_settings(layer).get("field") != field:
            self.restyle(force=True)
        meta = self.last_meta or style.indicator_meta(layer, field, self.lang())
        extent = layer.boundingBoxOfSelected() if layer.selectedFeatureCount() else layer.extent()
        layout = lay.theme_map_layout(QgsProject.instance(), layer, meta.title,
                                      default_subtitle(meta, self._area_name(layer), layer_year(layer)),
                                      default_source(layer, [field]),
                                      style.legend_title(meta.title, meta.unit, self.last_classification, self.lang()),
                                      extent=extent, keep_styles=True)
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
