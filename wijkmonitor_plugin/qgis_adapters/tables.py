"""Open any table QGIS can open (or a StatLine CSV as it comes) as a raw frame."""

from __future__ import annotations

import re
from pathlib import Path

from qgis.core import QgsProcessingException, QgsVectorLayer

from ..core import statline
from ..core.tables import unique_names
from ..core.values import ValueReport
from ..i18n import translate
from .frames import source_to_frame

TEXT_SUFFIXES = (".csv", ".txt", ".tsv")


def file_path_of(layer) -> Path | None:
    """The file behind an OGR layer ('/x/t.csv|layername=t' → /x/t.csv), else None."""
    if layer is None or not hasattr(layer, "providerType") or layer.providerType() not in ("ogr", "delimitedtext"):
        return None
    source = layer.source()
    if layer.providerType() == "delimitedtext":
        from qgis.PyQt.QtCore import QUrl

        return Path(QUrl(source).toLocalFile())
    return Path(source.split("|")[0])


def read_table(layer=None, path=None, feedback=None) -> statline.RawTable:
    """A table as raw values, one row per record.

    CSV and text files are read by :mod:`..core.statline` (StatLine exports as they come,
    including the transposed layout), whichever way they were given; everything else
    (XLSX, ODS, GeoPackage and PostGIS tables, other layers) is read through QGIS, with CBS
    codes in numeric fields already NULL (listed in the table's ``values`` report).
    """
    file_path = Path(path) if path else file_path_of(layer)
    if file_path is not None and file_path.suffix.lower() in TEXT_SUFFIXES:
        try:
            return statline.read_csv_table(file_path)
        except statline.TableReadError as exc:
            raise QgsProcessingException(str(exc)) from None
    if layer is None and path is not None:
        layer = QgsVectorLayer(str(path), Path(path).stem, "ogr")
        if not layer.isValid():
            raise QgsProcessingException(
                translate("Tables", "QGIS cannot open {path} as a table. Use CSV, XLSX, ODS, GeoPackage or a "
                                    "database table.").format(path=path))
    if layer is None:
        raise QgsProcessingException(translate("Tables", "No table given."))
    cleaned = ValueReport()
    frame = source_to_frame(layer, feedback=feedback, report=cleaned)
    frame = frame.reset_index(drop=True)
    if len(frame) and all(re.fullmatch(r"Field\d+", str(c)) for c in frame.columns):
        # GDAL names the columns Field1, Field2, ... when a spreadsheet holds only text: the header is row 1
        header = [c if v is None else v for c, v in zip(frame.columns, frame.iloc[0])]
        frame = frame.iloc[1:].reset_index(drop=True)
        frame.columns = header
    renamed = dict(zip(frame.columns, unique_names(frame.columns)))
    frame.columns = list(renamed.values())
    cleaned.columns = {renamed.get(c, c): issues for c, issues in cleaned.columns.items()}
    return statline.RawTable(frame, "rows", values=cleaned)
