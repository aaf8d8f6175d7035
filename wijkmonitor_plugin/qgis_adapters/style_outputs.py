"""Every layer a Wijkmonitor algorithm writes arrives styled, with readable field names.

An algorithm says how an output looks with an :class:`OutputStyle` — a function that draws a
layer (renderer, labels: always QGIS-owned clones, see :func:`.style.apply_renderer`) and the
aliases of its own fields — and hands it over with
:meth:`~wijkmonitor_plugin.algorithms.base.WijkmonitorAlgorithm.style_output`. Once the output
is written and closed (``postProcessAlgorithm``), :func:`finish_output`:

1. opens the written layer (a temporary layer: the layer itself), gives every field an alias
   (the algorithm's, else :func:`..core.field_labels.field_label`: key fields, catalogue labels,
   CBS names spelled out; in the user's language) and draws it;
2. in a GeoPackage stores that style, aliases included, as the layer's default style in the
   GeoPackage's ``layer_styles`` table — QGIS's own mechanism, so any QGIS that opens the file
   gets it, on any machine (QGIS 3.22 writes no aliases into a GeoPackage any other way);
3. when Processing loads the output (toolbox, batch, modeler) gives the loaded layer the same
   style through a load post-processor: Processing opens results without their default style,
   and other destinations (shapefile, PostGIS …) have no other place for it.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from typing import Callable

from qgis.core import (
    QgsFillSymbol,
    QgsPalLayerSettings,
    QgsProcessingContext,
    QgsProcessingLayerPostProcessorInterface,
    QgsProcessingUtils,
    QgsSingleSymbolRenderer,
)
from qgis.PyQt.QtXml import QDomDocument

from ..core.field_labels import field_labels
from ..core.profile import catalogue
from ..i18n import translate
from . import compat
from .layout import style_qml
from .style import OUTLINE_COLOUR, apply_labeling, apply_renderer, label_settings, map_language, style_layer

#: the name of Wijkmonitor's style in a GeoPackage's ``layer_styles`` (one per layer, replaced on every run)
STYLE_NAME = "Wijkmonitor"
#: names as labels on a plain neighbourhood map from this scale on (1:40.000: a city district fills the screen)
LABEL_SCALE = 40000
#: the fields that name an area, first present wins
NAME_FIELDS = ("statnaam", "buurtnaam", "wijknaam", "gemeentenaam", "naam", "name")
NEIGHBOURHOOD_FILL = "#f3f0e8"

_KEEP: list = []  # Processing keeps only a pointer to a post-processor: the Python objects must outlive the run


@dataclass
class OutputStyle:
    """How an output looks: ``draw(layer)`` styles a layer; ``aliases`` name the algorithm's own fields."""

    draw: Callable | None = None
    aliases: dict = field(default_factory=dict)
    description: str = ""


def aliases_of(fields) -> dict:
    """The aliases a list of QgsFields carries (what an algorithm gave its sink)."""
    return {f.name(): f.alias() for f in fields if f.alias()}


def report_aliases() -> dict:
    """The columns of the algorithms' report tables (what was joined, computed or aggregated, and how)."""
    return {
        "indicator": translate("OutputStyle", "Indicator"), "theme": translate("OutputStyle", "Theme"),
        "status": translate("OutputStyle", "Status"), "detail": translate("OutputStyle", "Detail"),
        "key": translate("OutputStyle", "Key"), "field": translate("OutputStyle", "Field"),
        "method": translate("OutputStyle", "Method"),
        "areas_with_missing_buurten": translate("OutputStyle", "Areas with buurten without a value"),
    }


def table_style(aliases=None) -> OutputStyle:
    """A table: readable field names only."""
    return OutputStyle(None, dict(aliases or {}))


def indicator_style(field_name: str, aliases=None, **style_args) -> OutputStyle:
    """Classes of ``field_name`` as every Wijkmonitor map draws them (:func:`.style.style_layer`: colours by the
    catalogue's direction, deciles and ranks in their fixed classes, hatched "geen gegevens")."""

    def draw(layer):
        if layer.fields().lookupField(field_name) >= 0:
            style_layer(layer, field_name, **style_args)

    return OutputStyle(draw, dict(aliases or {}))


def first_indicator_style(candidates, aliases=None) -> OutputStyle:
    """:func:`indicator_style` of the first of ``candidates`` with a value in the layer (else a plain map)."""

    def draw(layer):
        names = set(layer.fields().names())
        for name in candidates:
            if name in names and any(v is not None and v == v for v in _values(layer, name)):
                style_layer(layer, name)
                return
        draw_neighbourhoods(layer)

    return OutputStyle(draw, dict(aliases or {}))


def renderer_style(make_renderer: Callable, aliases=None) -> OutputStyle:
    """``make_renderer(layer)`` gives a renderer (or None: a plain map); the layer gets a clone QGIS owns."""

    def draw(layer):
        renderer = make_renderer(layer)
        if renderer is None:
            draw_neighbourhoods(layer)
        else:
            apply_renderer(layer, renderer)
            layer.setLabelsEnabled(False)

    return OutputStyle(draw, dict(aliases or {}))


def neighbourhood_style(aliases=None) -> OutputStyle:
    """A plain neighbourhood map: a pale fill, grey outlines and the areas' names from 1:40.000 on."""
    return OutputStyle(draw_neighbourhoods, dict(aliases or {}))


def draw_neighbourhoods(layer) -> None:
    symbol = QgsFillSymbol.createSimple({"color": NEIGHBOURHOOD_FILL, "outline_color": OUTLINE_COLOUR,
                                         "outline_width": "0.2", "outline_width_unit": "MM"})
    apply_renderer(layer, QgsSingleSymbolRenderer(symbol))
    name = next((n for n in NAME_FIELDS if layer.fields().lookupField(n) >= 0), None)
    if name is None:
        layer.setLabelsEnabled(False)
        return
    labeling = label_settings(name, size=7.5)
    settings = QgsPalLayerSettings(labeling.settings())
    settings.scaleVisibility = True
    settings.minimumScale = LABEL_SCALE
    settings.maximumScale = 0
    labeling.setSettings(settings)
    apply_labeling(layer, labeling)
    layer.setLabelsEnabled(True)


def _values(layer, field_name: str) -> list:
    from .frames import source_to_frame

    return source_to_frame(layer, [field_name])[field_name].tolist()


# -- once the output is written ----------------------------------------------------------------


class _StylePostProcessor(QgsProcessingLayerPostProcessorInterface):
    """Gives the layer Processing loads the style written for it (a QML document; QGIS builds the renderer)."""

    def __init__(self, qml: str):
        super().__init__()
        self.qml = qml

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802 (QGIS API)
        if layer is not None and layer.isValid():
            apply_qml(layer, self.qml)


def apply_qml(layer, qml: str) -> bool:
    """Give ``layer`` the style of a QML document (renderer, labels, aliases …), built by QGIS."""
    doc = QDomDocument()
    if not doc.setContent(qml):
        return False
    ok, _error = layer.importNamedStyle(doc)
    layer.triggerRepaint()
    return bool(ok)


def _written_layer(dest_id: str, context: QgsProcessingContext):
    """(layer, temporary): the temporary output itself, or the written file or table opened anew."""
    layer = context.temporaryLayerStore().mapLayer(dest_id)
    if layer is not None:
        return layer, True
    scratch = QgsProcessingContext()
    scratch.setTransformContext(context.transformContext())
    layer = QgsProcessingUtils.mapLayerFromString(dest_id, scratch)
    if layer is not None:
        layer = scratch.temporaryLayerStore().takeMapLayer(layer)  # ours now, not the scratch context's
    return layer, False


def is_geopackage(layer) -> bool:
    provider = layer.dataProvider()
    return layer.providerType() == "ogr" and provider is not None and provider.storageType() == "GPKG"


def leave_wal(path: str) -> None:
    """Put the GeoPackage ``path`` back in SQLite's default journal mode once QGIS has saved a style in it.

    QGIS writes to a GeoPackage in WAL mode, which SQLite keeps in the file's header: the next QGIS that
    opens the file (as an input, read only) would switch it back and so change the file's bytes, and a
    file copied while in WAL mode may miss its ``-wal`` part. When another connection still holds the file
    the mode stays as it is (the data is complete either way)."""
    try:
        con = sqlite3.connect(path, timeout=0.5)
        try:
            con.execute("PRAGMA journal_mode = DELETE")
        finally:
            con.close()
    except sqlite3.Error:
        pass


def save_default_style(layer, description: str = "") -> str:
    """Store the layer's style as its default in its GeoPackage's ``layer_styles``; '' or an error message.

    Wijkmonitor's earlier style of the same table is removed first: QGIS 3.22 would ask the user
    whether to overwrite it, and a Processing run cannot answer.
    """
    related, ids, names, _descriptions, error = layer.listStylesInDatabase()
    for style_id, name in list(zip(ids, names))[:max(related, 0)]:  # the first ``related`` are this table's
        if name == STYLE_NAME:
            layer.deleteStyleFromDatabase(style_id)
    return compat.save_style_to_database(layer, STYLE_NAME, description, use_as_default=True)


def label_fields(layer, style: OutputStyle, lang: str | None = None) -> dict:
    """Set the alias of every field of ``layer``: the style's, else a readable name; returns what was set."""
    fields = layer.fields()
    aliases = field_labels(fields.names(), lang or map_language(), catalogue(), style.aliases)
    for name, alias in aliases.items():
        layer.setFieldAlias(fields.lookupField(name), alias)
    return aliases


def finish_output(dest_id: str, style: OutputStyle, context: QgsProcessingContext, feedback=None,
                  description: str = "") -> bool:
    """Style the written output ``dest_id`` (see the module's docstring); False when it could not be opened.

    ``description``: what wrote it (the algorithm's name), kept with the style in a GeoPackage.
    """
    layer, temporary = _written_layer(dest_id, context)
    if layer is None or not layer.isValid():
        if feedback is not None:
            feedback.pushWarning(translate("OutputStyle", "Could not open {output} to style it.").format(
                output=dest_id))
        return False
    label_fields(layer, style)
    if style.draw is not None and layer.isSpatial():
        style.draw(layer)
    qml = style_qml(layer)
    if not temporary and is_geopackage(layer):
        error = save_default_style(layer, style.description or description)
        if error and feedback is not None:
            feedback.pushWarning(translate("OutputStyle", "The style could not be stored in the GeoPackage: "
                                                          "{error}").format(error=error))
        path = layer.source().split("|")[0]
        del layer  # closes QGIS's connection to the file
        leave_wal(path)
    if context.willLoadLayerOnCompletion(dest_id):
        post = _StylePostProcessor(qml)
        _KEEP[:] = _KEEP[-49:] + [post]
        context.layerToLoadOnCompletionDetails(dest_id).setPostProcessor(post)
    return True
