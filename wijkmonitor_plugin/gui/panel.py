"""The Wijkmonitor panel: choose a layer, theme and indicator and the map restyles at once.

Buttons put an editable theme map layout or a wijk atlas (with wijkprofiel) in the
project and open it in the layout designer. Results of the deprivation index
(``index_decile``, ``<domain>_rank`` …) are offered first, with their fixed decile style.
"""

from __future__ import annotations

from qgis.core import QgsMapLayerProxyModel, QgsProject, QgsVectorLayer, QgsWkbTypes
from qgis.gui import QgsDockWidget, QgsMapLayerComboBox
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..core import classify as cl
from ..core import profile as prof
from ..i18n import translate
from ..qgis_adapters import style

ALL_FIELDS = "__all__"
INDEX_THEME = "__index__"


class WijkmonitorPanel(QgsDockWidget):
    def __init__(self, iface=None, parent=None):
        super().__init__(translate("WijkmonitorPanel", "Wijkmonitor"), parent)
        self.iface = iface
        self.setObjectName("WijkmonitorPanel")
        self._busy = False
        self.last_classification = None
        body = QWidget()
        outer = QVBoxLayout(body)
        form = QFormLayout()
        self.layer_combo = QgsMapLayerComboBox()
        self.layer_combo.setFilters(QgsMapLayerProxyModel.Filter.PolygonLayer)
        form.addRow(translate("WijkmonitorPanel", "Layer"), self.layer_combo)
        self.theme_combo = QComboBox()
        form.addRow(translate("WijkmonitorPanel", "Theme"), self.theme_combo)
        self.indicator_combo = QComboBox()
        form.addRow(translate("WijkmonitorPanel", "Indicator"), self.indicator_combo)
        self.method_combo = QComboBox()
        self.method_combo.addItem(translate("WijkmonitorPanel", "Automatic"), "")
        for method in cl.CONTINUOUS_METHODS:
            self.method_combo.addItem(cl.method_label(method), method)
        form.addRow(translate("WijkmonitorPanel", "Classification"), self.method_combo)
        self.classes_spin = QSpinBox()
        self.classes_spin.setRange(2, 9)
        self.classes_spin.setValue(5)
        form.addRow(translate("WijkmonitorPanel", "Classes"), self.classes_spin)
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
        self.atlas_button.setToolTip(
            translate("WijkmonitorPanel", "A page per wijk with its map and wijkprofiel, in the project"))
        buttons.addWidget(self.layout_button)
        buttons.addWidget(self.atlas_button)
        outer.addLayout(buttons)
        outer.addStretch(1)
        self.setWidget(body)

        self.layer_combo.layerChanged.connect(self._layer_changed)
        self.theme_combo.currentIndexChanged.connect(self._fill_indicators)
        self.indicator_combo.currentIndexChanged.connect(self.restyle)
        self.method_combo.currentIndexChanged.connect(self.restyle)
        self.classes_spin.valueChanged.connect(self.restyle)
        self.reference_combo.currentIndexChanged.connect(self.restyle)
        self.labels_check.toggled.connect(self.restyle)
        self.layout_button.clicked.connect(self.make_layout)
        self.atlas_button.clicked.connect(self.make_atlas)
        self._layer_changed(self.layer_combo.currentLayer())

    # -- state --------------------------------------------------------------------------
    def layer(self) -> QgsVectorLayer | None:
        layer = self.layer_combo.currentLayer()
        if isinstance(layer, QgsVectorLayer) and layer.geometryType() == QgsWkbTypes.GeometryType.PolygonGeometry:
            return layer
        return None

    def field(self) -> str | None:
        return self.indicator_combo.currentData() or None

    def lang(self) -> str:
        return style.map_language()

    def set_layer(self, layer) -> None:
        self.layer_combo.setLayer(layer)

    def set_indicator(self, field_name: str) -> bool:
        """Select ``field_name`` (switching to 'all fields' when the theme lacks it); restyles the layer."""
        index = self.indicator_combo.findData(field_name)
        if index < 0:
            self.theme_combo.setCurrentIndex(max(0, self.theme_combo.findData(ALL_FIELDS)))
            index = self.indicator_combo.findData(field_name)
        if index < 0:
            return False
        if index == self.indicator_combo.currentIndex():
            self.restyle()
        else:
            self.indicator_combo.setCurrentIndex(index)
        return True

    # -- filling the lists ---------------------------------------------------------------
    def _numeric_fields(self, layer) -> list[str]:
        return [f.name() for f in layer.fields() if f.isNumeric() and f.name() not in ("fid", "jaar")]

    def _layer_changed(self, _layer=None) -> None:
        self._busy = True
        self.theme_combo.blockSignals(True)  # filling the list is not choosing a theme
        try:
            self.theme_combo.clear()
            layer = self.layer()
            if layer is None:
                self.indicator_combo.clear()
                return
            names = self._numeric_fields(layer)
            if any(prof.index_meta(n) for n in names):
                self.theme_combo.addItem(
                    translate("WijkmonitorPanel", "Achterstandsmonitor (deprivation index)"), INDEX_THEME)
            for theme_id, label in prof.themes(self.lang()):
                if prof.theme_fields(theme_id, names):
                    self.theme_combo.addItem(label, theme_id)
            self.theme_combo.addItem(translate("WijkmonitorPanel", "All numeric fields"), ALL_FIELDS)
        finally:
            self.theme_combo.blockSignals(False)
            self._busy = False
        self._fill_indicators(restyle=False)  # choosing (or loading) a layer keeps its own style

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
                fields = [n for n in names if prof.index_meta(n)]
                fields.sort(key=lambda n: (not n.startswith("index_"), not n.endswith("_decile"), n))
            elif theme == ALL_FIELDS:
                fields = names
            else:
                fields = prof.theme_fields(theme, names)
            for name in fields:
                meta = prof.meta_for_field(name, self.lang(), alias=layer.fields().field(name).alias() or None,
                                           available=names)
                text = meta.title if meta.title == name else f"{meta.title}  [{name}]"
                self.indicator_combo.addItem(text, name)
        finally:
            self._busy = False
        if restyle and self.indicator_combo.count():
            self.restyle()

    # -- actions ---------------------------------------------------------------------------
    def restyle(self, *_args):
        """Style the layer by the chosen indicator; returns the classification (None when nothing to do)."""
        if self._busy:
            return None
        layer, field = self.layer(), self.field()
        if layer is None or not field:
            return None
        label_field = next((n for n in ("statnaam", "buurtnaam", "wijknaam", "naam")
                            if layer.fields().lookupField(n) >= 0), None) if self.labels_check.isChecked() else None
        try:
            classification = style.style_layer(layer, field, self.method_combo.currentData() or None,
                                               self.classes_spin.value(),
                                               reference=self.reference_combo.currentData(),
                                               label_field=label_field, lang=self.lang())
        except ValueError as exc:
            self.status.setText(str(exc))
            return None
        self.last_classification = classification
        self.status.setText(
            translate("WijkmonitorPanel", "{n} classes ({method}); {missing} areas without data (hatched).").format(
            n=len(classification.classes), method=cl.method_label(classification.method),
            missing=classification.no_data_count))
        if self.iface is not None and hasattr(self.iface, "layerTreeView") and self.iface.layerTreeView():
            self.iface.layerTreeView().refreshLayerSymbology(layer.id())
        return classification

    def make_layout(self):
        """A theme map layout of the current style in the project (opened in the designer when possible)."""
        from ..algorithms.export_maps import default_source, default_subtitle, layer_area_name, layer_year
        from ..qgis_adapters import layout as lay

        layer, field = self.layer(), self.field()
        if layer is None or not field:
            self.status.setText(translate("WijkmonitorPanel", "Choose a layer and an indicator first."))
            return None
        meta = prof.meta_for_field(field, self.lang(), alias=layer.fields().field(field).alias() or None,
                                   available=layer.fields().names())
        year = layer_year(layer)
        extent = layer.extent()
        if self.iface is not None and layer.selectedFeatureCount():
            extent = layer.boundingBoxOfSelected()
        layout = lay.theme_map_layout(QgsProject.instance(), layer, meta.title,
                                      default_subtitle(meta, layer_area_name(layer), year), default_source(year),
                                      style.legend_title(meta.title, meta.unit, self.last_classification, self.lang()),
                                      extent=extent, keep_styles=True)
        self._open(layout)
        return layout

    def make_atlas(self, area_field: str = "wijkcode"):
        """A wijk atlas (map + wijkprofiel per wijk) in the project, opened in the designer when possible."""
        from ..algorithms.export_atlas import build_atlas
        from ..algorithms.export_maps import default_source, layer_year

        layer, field = self.layer(), self.field()
        if layer is None or not field:
            self.status.setText(translate("WijkmonitorPanel", "Choose a layer and an indicator first."))
            return None
        if not isinstance(area_field, str) or layer.fields().lookupField(area_field) < 0:
            area_field = "wijkcode"
        if layer.fields().lookupField(area_field) < 0:
            self.status.setText(
                translate("WijkmonitorPanel", "The layer has no field 'wijkcode' to make an atlas per wijk."))
            return None
        options = {"method": self.method_combo.currentData() or None, "n_classes": self.classes_spin.value(),
                   "reference": self.reference_combo.currentData()}
        layout, _coverage, _table = build_atlas(QgsProject.instance(), layer, field, area_field, None, options, None,
                                                self.lang(), default_source(layer_year(layer)))
        self._open(layout)
        return layout

    def _open(self, layout):
        self.status.setText(
            translate("WijkmonitorPanel", "Layout '{name}' is in the project (Project ▸ Layouts).").format(
                name=layout.name()))
        if self.iface is not None and hasattr(self.iface, "openLayoutDesigner"):
            try:
                self.iface.openLayoutDesigner(layout)
            except (AttributeError, TypeError, RuntimeError):
                pass


def toggle_texts() -> tuple[str, str]:
    """Menu text and tip of the action that shows and hides the panel."""
    text = translate("WijkmonitorPanel", "Wijkmonitor panel (themed maps)")
    tip = translate("WijkmonitorPanel", "Show or hide the panel that colours the map by an indicator and makes "
                                        "layouts and wijk atlases")
    return text, tip


def dock_area():
    return Qt.DockWidgetArea.RightDockWidgetArea
