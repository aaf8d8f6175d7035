"""wijkmonitor:joinindicators — join any table to neighbourhoods by region code or name, with a match report."""

from __future__ import annotations

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
    QgsWkbTypes,
)

from ..core import regions
from ..core.join import DUPLICATE_RULES, JoinError, join_frame
from ..core.tables import clean_column_name, detect_code_column, detect_name_column, type_columns
from ..qgis_adapters.frames import (
    combined_fields,
    fields_for_frame,
    python_value,
    source_to_frame,
    write_output,
)
from ..qgis_adapters.style_outputs import aliases_of, first_indicator_style, report_aliases, table_style
from ..qgis_adapters.tables import read_table
from .base import GROUP_INDICATORS, WijkmonitorAlgorithm

LEVEL_CHOICES = (None, "gemeenten", "wijken", "buurten")
KEY_KIND_CHOICES = ("auto", "code", "name")
LAYER_CODE_FIELDS = ("statcode", "buurtcode", "wijkcode", "gemeentecode", "bu_code", "wk_code", "gm_code",
                     "jrstatcode", "jaarstatcode")
LAYER_NAME_FIELDS = ("statnaam", "buurtnaam", "wijknaam", "gemeentenaam", "bu_naam", "wk_naam", "gm_naam", "naam",
                     "name")


def _pick(names, candidates):
    lower = {n.lower(): n for n in names}
    for cand in candidates:
        if cand in lower:
            return lower[cand]
    return None


def _column(frame, wanted):
    """The frame column matching a user-given field name (case and spaces ignored)."""
    if not wanted:
        return None
    key = clean_column_name(wanted).lower()
    for col in frame.columns:
        if clean_column_name(col).lower() == key:
            return col
    return None


def write_report_sink(report, sink, fields) -> None:
    features = []
    for row in report.to_frame().itertuples(index=False):
        feature = QgsFeature(fields)
        feature.setAttributes([python_value(v) for v in row])
        features.append(feature)
    sink.addFeatures(features, QgsFeatureSink.Flag.FastInsert)


class JoinIndicatorsAlgorithm(WijkmonitorAlgorithm):
    NAME = "joinindicators"
    GROUP = GROUP_INDICATORS
    INPUT = "INPUT"
    TABLE = "TABLE"
    TABLE_FILE = "TABLE_FILE"
    KEY_KIND = "KEY_KIND"
    LEVEL = "LEVEL"
    LAYER_KEY = "LAYER_KEY"
    TABLE_KEY = "TABLE_KEY"
    FIELDS = "FIELDS"
    DUPLICATES = "DUPLICATES"
    PREFIX = "PREFIX"
    OUTPUT = "OUTPUT"
    REPORT = "REPORT"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("Join a table to neighbourhoods")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return self.tr(
            "Joins a table (CSV, StatLine export, XLSX, ODS, GeoPackage or database table, or another layer) to a "
            "neighbourhood layer by CBS region code, or by name. The key fields are detected unless you choose them. "
            "Codes are normalised (padding, upper/lower case, jrstatcode year prefixes, codes without GM/WK/BU); "
            "names ignore case, accents, dashes and spaces. StatLine exports are read as they come, including the "
            "transposed layout with regions as columns; text columns that hold numbers (decimal commas, '.', "
            "right-aligned numbers) become numbers.\n\n"
            "CBS codes for missing or secret figures (-99995, -99997, -99999999) and negative counts become NULL; "
            "the decimal separator is decided per column from all its values; text in a numeric column becomes "
            "NULL. The log and the report say per column what was changed.\n\n"
            "Output: a new layer with the table's columns added (the input is not changed), named for use in QGIS "
            "(the CBS key without its year suffix, or the column title in lower-case words: "
            "'ses_woa_totaalscore'), with the column title as alias; a name the layer already has gets the prefix. "
            "Report: one row per key saying 'matched', 'no table row', 'no neighbourhood', 'other level', "
            "'invalid key', 'duplicate' or 'ambiguous name', and per changed column 'cleaned'; the log summarises "
            "it.\n\n"
            "A table with several rows for one key (several years or categories) is refused, unless you choose "
            "what to do with them: take the whole first or last row, or the sum, mean, minimum or maximum of the "
            "rows' values column by column."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Neighbourhoods"), [QgsProcessing.SourceType.TypeVectorPolygon]))
        table = QgsProcessingParameterVectorLayer(self.TABLE, self.tr("Table to join (layer or table QGIS opens)"),
                                                  [QgsProcessing.SourceType.TypeVector], optional=True)
        table.setHelp(self.tr("XLSX, ODS, GeoPackage or database table, or another layer. CSV files given here "
                              "are read by Wijkmonitor itself, so StatLine exports work as downloaded."))
        self.addParameter(table)
        table_file = QgsProcessingParameterFile(
            self.TABLE_FILE, self.tr("…or a table file (CSV, StatLine export, XLSX, ODS)"), optional=True,
            fileFilter=self.tr("Tables (*.csv *.txt *.tsv *.xlsx *.ods *.gpkg);;All files (*.*)"))
        table_file.setHelp(self.tr("Use this for StatLine exports in the transposed layout (regions as columns), "
                                   "which QGIS itself cannot open."))
        self.addParameter(table_file)
        kind = QgsProcessingParameterEnum(self.KEY_KIND, self.tr("Join by"),
                                          [self.tr("Automatic (code, else name)"), self.tr("Region code"),
                                           self.tr("Name")], defaultValue=0)
        kind.setHelp(self.tr("Automatic joins by code and falls back to the name when no code matches "
                             "(for instance codes of another year)."))
        self.addParameter(kind)
        level = QgsProcessingParameterEnum(self.LEVEL, self.tr("Level of the neighbourhoods"),
                                           [self.tr("Automatic (from the layer's codes)"), self.tr("Gemeenten"),
                                            self.tr("Wijken"), self.tr("Buurten")], defaultValue=0)
        level.setHelp(self.tr("Needed for codes without their GM/WK/BU prefix when the layer has no codes."))
        self.addParameter(level)
        self.addParameter(QgsProcessingParameterField(
            self.LAYER_KEY, self.tr("Key field of the neighbourhoods (code or name)"),
            parentLayerParameterName=self.INPUT, optional=True))
        table_key = QgsProcessingParameterField(
            self.TABLE_KEY, self.tr("Key field of the table (code or name)"), parentLayerParameterName=self.TABLE,
            optional=True)
        table_key.setHelp(self.tr("Leave empty to detect it (statcode, regiocode, codering, a column of codes, "
                                  "or a name column)."))
        self.addParameter(table_key)
        self.addParameter(QgsProcessingParameterField(
            self.FIELDS, self.tr("Fields to join (empty: all)"), parentLayerParameterName=self.TABLE,
            allowMultiple=True, optional=True))
        duplicates = QgsProcessingParameterEnum(
            self.DUPLICATES, self.tr("Rows with the same key"),
            [self.tr("Take the first whole row"), self.tr("Take the last whole row"), self.tr("Sum per column"),
             self.tr("Mean per column"), self.tr("Minimum per column"), self.tr("Maximum per column"),
             self.tr("Refuse (error)")], defaultValue=6)
        duplicates.setHelp(self.tr("A join needs one table row per neighbourhood. With several rows for a key "
                                   "(years, categories) the join is refused and the keys are listed, unless you "
                                   "choose: the first or last whole row, or per column the sum, mean, minimum or "
                                   "maximum of the rows' values (which combines values of different rows)."))
        self.addParameter(duplicates)
        self.addParameter(QgsProcessingParameterString(
            self.PREFIX, self.tr("Prefix for fields the layer already has"), defaultValue="joined_", optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Neighbourhoods with the joined table"), QgsProcessing.SourceType.TypeVectorPolygon))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.REPORT, self.tr("Match report"), QgsProcessing.SourceType.TypeVector, optional=True,
            createByDefault=True))
        self.addOutput(QgsProcessingOutputNumber("MATCHED", self.tr("Neighbourhoods matched")))
        self.addOutput(QgsProcessingOutputNumber("UNMATCHED_LAYER", self.tr("Neighbourhoods without a table row")))
        self.addOutput(QgsProcessingOutputNumber("UNMATCHED_TABLE", self.tr("Table rows without a neighbourhood")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        table_layer = self.parameterAsVectorLayer(parameters, self.TABLE, context)
        table_path = self.parameterAsFile(parameters, self.TABLE_FILE, context)
        if table_layer is None and not table_path:
            raise QgsProcessingException(self.tr("Choose the table to join: a layer or table, or a table file."))
        raw = read_table(layer=None if table_path else table_layer, path=table_path or None, feedback=feedback)
        table_name = table_path or table_layer.name()
        if raw.frame.empty:
            raise QgsProcessingException(self.tr("The table {name} has no rows: there is nothing to join.").format(
                name=table_name))
        level = LEVEL_CHOICES[self.parameterAsEnum(parameters, self.LEVEL, context)]
        kind = KEY_KIND_CHOICES[self.parameterAsEnum(parameters, self.KEY_KIND, context)]
        duplicates = DUPLICATE_RULES[self.parameterAsEnum(parameters, self.DUPLICATES, context)]
        prefix = self.parameterAsString(parameters, self.PREFIX, context) or ""
        field_names = source.fields().names()

        layer_key = self.parameterAsString(parameters, self.LAYER_KEY, context) or None
        layer_code = layer_key if layer_key and kind != "name" else _pick(field_names, LAYER_CODE_FIELDS)
        layer_name = layer_key if layer_key and kind == "name" else _pick(field_names, LAYER_NAME_FIELDS)
        wanted_layer_fields = [f for f in dict.fromkeys([layer_code, layer_name]) if f]
        if not wanted_layer_fields:
            raise QgsProcessingException(self.tr(
                "The neighbourhood layer has no code field (statcode, buurtcode, wijkcode, gemeentecode) and no "
                "name field: choose its key field."))
        target = source_to_frame(source, wanted_layer_fields, feedback=feedback)
        if level is None and layer_code:
            level = regions.detect_level([layer_code]) if layer_code.lower() != "statcode" else None
            if level in (None, "unknown"):
                codes = regions.normalise_codes(target[layer_code].to_numpy())
                levels = codes.dropna().map(regions.level_of_code)
                level = levels.mode().iloc[0] if len(levels) else None

        frame = raw.frame
        table_key = _column(frame, self.parameterAsString(parameters, self.TABLE_KEY, context))
        if self.parameterAsString(parameters, self.TABLE_KEY, context) and table_key is None:
            raise QgsProcessingException(self.tr("The table has no column '{col}'. Columns: {cols}.").format(
                col=self.parameterAsString(parameters, self.TABLE_KEY, context), cols=", ".join(frame.columns)))
        code_col = raw.key_column or detect_code_column(frame, level)
        name_col = raw.name_column or detect_name_column(frame, exclude=[code_col])
        if table_key is not None:
            if kind == "name":
                name_col = table_key
            else:
                code_col = table_key
        typed, table_report = type_columns(frame, keep_text=[c for c in (code_col, name_col) if c])
        wanted = [_column(frame, f) for f in self.parameterAsFieldNames(parameters, self.FIELDS, context)]
        if None in wanted:
            raise QgsProcessingException(self.tr("Some fields to join are not in the table. Columns: {cols}.")
                                         .format(cols=", ".join(frame.columns)))
        attempts = []
        if kind in ("auto", "code") and code_col and layer_code:
            attempts.append(("code", layer_code, code_col))
        if kind in ("auto", "name") and name_col and layer_name:
            attempts.append(("name", layer_name, name_col))
        if not attempts:
            raise QgsProcessingException(self.tr(
                "No key column found in the table (a column of region codes such as statcode or regiocode, or a "
                "name column). Choose the key field of the table. Columns: {cols}.").format(
                    cols=", ".join(frame.columns)))
        result = None
        for i, (how, tkey, xkey) in enumerate(attempts):
            try:
                joined, report = join_frame(
                    target, typed, target_key=tkey, table_key=xkey, key_kind=how, level=level,
                    table_code=code_col if how == "name" else None, target_name=layer_name,
                    columns=[c for c in wanted if c not in (code_col, name_col)] or None,
                    duplicates=duplicates, prefix=prefix, existing=field_names)
            except JoinError as exc:
                raise QgsProcessingException(str(exc)) from None
            if result is not None:
                report.hints.append(self.tr("No region code matched, so the table was joined by name."))
            result = (joined, report)
            if report.matched_features > 0 or i == len(attempts) - 1:
                break
        joined, report = result
        joined_columns = set(report.field_names)
        report.text_in_numeric = {k: v for k, v in table_report.text_in_numeric.items() if k in joined_columns}
        report.values.merge(raw.values)
        report.values.merge(table_report.values)
        report.values.columns = {c: i for c, i in report.values.columns.items() if c in joined_columns}
        for line in report.summary_lines():
            feedback.pushInfo(line)
        if report.matched_features == 0:
            feedback.reportError(self.tr("No neighbourhood matched a table row: check the key fields and the level."),
                                 False)

        extra_fields = fields_for_frame(joined, self._aliases(report, raw.units))
        out_fields = combined_fields(source.fields(), extra_fields)
        dest_id, _written = write_output(self, parameters, self.OUTPUT, context, source, joined, out_fields, feedback)
        self.style_output(dest_id, first_indicator_style([f.name() for f in extra_fields if f.isNumeric()],
                                                         aliases_of(extra_fields)))
        results = {self.OUTPUT: dest_id, "MATCHED": report.matched_features,
                   "UNMATCHED_LAYER": len(report.unmatched_target), "UNMATCHED_TABLE": len(report.unmatched_table)}
        report_frame = report.to_frame()
        report_fields = fields_for_frame(report_frame)
        report_sink, report_id = self.parameterAsSink(parameters, self.REPORT, context, report_fields,
                                                      QgsWkbTypes.Type.NoGeometry)
        if report_sink is not None:
            write_report_sink(report, report_sink, report_fields)
            results[self.REPORT] = report_id
            self.style_output(report_id, table_style(report_aliases()))
        return results

    @staticmethod
    def _aliases(report, units) -> dict:
        """Output field -> the column's title in the table (with its unit when the export gives one)."""
        aliases = {}
        for column, name in report.field_names.items():
            title = str(column)
            unit = units.get(column)
            aliases[name] = f"{title} ({unit})" if unit and f"({unit})" not in title else title
        return {name: alias for name, alias in aliases.items() if alias != name}
