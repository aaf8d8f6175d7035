"""API names that differ between QGIS 3.22 and 4.x, in one place."""

from __future__ import annotations

from qgis.core import NULL, Qgis, QgsField, QgsLayoutItemLabel, QgsProcessingAlgorithm, QgsSymbolLayer, QgsUnitTypes
from qgis.PyQt.QtGui import QColor, QFont

QGIS_VERSION = Qgis.QGIS_VERSION_INT

try:  # QGIS >= 3.38 (and 4.x, Qt6) types fields with QMetaType
    from qgis.PyQt.QtCore import QMetaType

    _USE_METATYPE = QGIS_VERSION >= 33800
except ImportError:  # pragma: no cover
    _USE_METATYPE = False

if _USE_METATYPE:
    DOUBLE = QMetaType.Type.Double
    INT = QMetaType.Type.Int
    LONG = QMetaType.Type.LongLong
    STRING = QMetaType.Type.QString
else:
    from qgis.PyQt.QtCore import QVariant

    DOUBLE = QVariant.Type.Double
    INT = QVariant.Type.Int
    LONG = QVariant.Type.LongLong
    STRING = QVariant.Type.String

#: The data-defined "layer enabled" property of a symbol layer: QGIS 3.22 names it
#: Property.PropertyLayerEnabled, QGIS >= 3.36 (scoped enum class, and QGIS 4) Property.LayerEnabled.
SYMBOL_LAYER_ENABLED = (QgsSymbolLayer.Property.LayerEnabled if hasattr(QgsSymbolLayer.Property, "LayerEnabled")
                        else QgsSymbolLayer.Property.PropertyLayerEnabled)

#: QGIS >= 3.40 reads field (and other multi-string) parameters with parameterAsStrings and
#: deprecates parameterAsFields, which QGIS 3.22 to 3.38 have alone.
HAS_PARAMETER_AS_STRINGS = hasattr(QgsProcessingAlgorithm, "parameterAsStrings")


def make_field(name: str, kind: str = "double", alias: str = "", length: int = 0, precision: int = 0,
               comment: str = "") -> QgsField:
    """A new field of kind 'double', 'int', 'long' or 'string'."""
    type_ = {"double": DOUBLE, "int": INT, "long": LONG, "string": STRING}[kind]
    field = QgsField(name, type_)
    if kind == "double":
        field.setLength(length or 20)
        field.setPrecision(precision)
    elif length:
        field.setLength(length)
    if alias:
        field.setAlias(alias)
    if comment:
        field.setComment(comment)
    return field


_LABEL_TEXT_FORMAT = hasattr(QgsLayoutItemLabel, "setTextFormat")  # QGIS >= 3.24; font()/setFont() deprecated


def label_font(label: QgsLayoutItemLabel) -> QFont:
    """The font of a layout label (its text format's font at the format's size where text formats exist)."""
    if not _LABEL_TEXT_FORMAT:
        return QFont(label.font())
    fmt = label.textFormat()
    font = QFont(fmt.font())
    font.setPointSizeF(fmt.size())
    return font


def set_label_font(label: QgsLayoutItemLabel, font: QFont, colour: QColor | None = None) -> None:
    """Set a layout label's font (size in points) and optionally its colour, through a text format where
    QGIS has them (3.24+), else through the font and font colour of QGIS 3.22."""
    if not _LABEL_TEXT_FORMAT:
        label.setFont(font)
        if colour is not None:
            label.setFontColor(colour)
        return
    fmt = label.textFormat()
    fmt.setFont(font)
    fmt.setSize(font.pointSizeF())
    fmt.setSizeUnit(QgsUnitTypes.RenderUnit.RenderPoints)
    if colour is not None:
        fmt.setColor(colour)
    label.setTextFormat(fmt)


#: the type of QGIS's NULL attribute value, whatever the Qt binding makes of it (3.x and 4.x)
NULL_TYPE = type(NULL)


def save_style_to_database(layer, name: str, description: str, use_as_default: bool) -> str:
    """Save ``layer``'s style in its data source (a GeoPackage's ``layer_styles``); the error text, "" when saved.

    QGIS 3.44 deprecates ``saveStyleToDatabase`` for ``saveStyleToDatabaseV2`` (which also reports what was
    saved); QGIS 3.22 to 3.42 have the first alone."""
    if hasattr(layer, "saveStyleToDatabaseV2"):
        _saved, error = layer.saveStyleToDatabaseV2(name, description, use_as_default, "")
        return error or ""
    return layer.saveStyleToDatabase(name, description, use_as_default, "") or ""


def is_null(value) -> bool:
    """True for a QGIS NULL attribute value and for ``None``.

    Tests for the type of ``qgis.core.NULL``, which QGIS defines on Qt5 (3.x) and Qt6 (4.x) builds
    alike, instead of naming the QVariant type (``QgsVariantUtils.isNull`` needs 3.28). PyQGIS turns
    every other attribute into a Python value, so only NULL has that type.
    """
    return value is None or isinstance(value, NULL_TYPE)


def parameter_as_strings(algorithm: QgsProcessingAlgorithm, parameters, name: str, context) -> list[str]:
    """The strings of a field parameter (field names), without the deprecated call on QGIS >= 3.40."""
    if HAS_PARAMETER_AS_STRINGS:
        return list(algorithm.parameterAsStrings(parameters, name, context))
    return list(algorithm.parameterAsFields(parameters, name, context))
