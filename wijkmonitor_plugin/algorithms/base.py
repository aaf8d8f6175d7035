"""What every Wijkmonitor Processing algorithm shares: id, group, translation, icon, the output discipline,
escaped help and styled outputs."""

from __future__ import annotations

import functools
import html
import re

from qgis.core import (
    QgsApplication,
    QgsDataSourceUri,
    QgsException,
    QgsFeatureRequest,
    QgsMapLayer,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterVectorLayer,
    QgsProcessingUtils,
    QgsProviderConnectionException,
    QgsProviderRegistry,
    QgsWkbTypes,
)
from qgis.PyQt.QtGui import QIcon

from ..i18n import translate
from ..paths import icon_path
from ..qgis_adapters.compat import parameter_as_strings
from ..qgis_adapters.outputs import run_algorithm, sink_made

GROUP_DATA = "data"
GROUP_INDICATORS = "indicators"
GROUP_INDEX = "index"
GROUP_MAPS = "maps"
GROUP_SCENARIOS = "scenarios"


#: the toolbox icon of each group's algorithms (the provider keeps wijkmonitor.svg, the index's map)
GROUP_ICONS = {GROUP_DATA: "alg_data.svg", GROUP_INDICATORS: "alg_indicators.svg", GROUP_INDEX: "wijkmonitor.svg",
               GROUP_MAPS: "alg_maps.svg", GROUP_SCENARIOS: "alg_scenarios.svg"}

#: how a PostgreSQL/PostGIS table is named as a Processing input (postgres://URI) or output (postgis:URI)
_DATABASE_VALUE = re.compile(r"^(?:postgres|postgis):(?://)?(?P<uri>.*)$", re.DOTALL)


def group_name(group_id: str) -> str:
    return {
        GROUP_DATA: translate("Groups", "1 · Neighbourhood data"),
        GROUP_INDICATORS: translate("Groups", "2 · Indicators and themes"),
        GROUP_INDEX: translate("Groups", "3 · Achterstandsmonitor (deprivation index)"),
        GROUP_MAPS: translate("Groups", "4 · Maps and layouts"),
        GROUP_SCENARIOS: translate("Groups", "5 · Policy scenarios"),
    }[group_id]


def help_html(text: str) -> str:
    """``text`` for QGIS's HTML help: ``<``, ``>`` and ``&`` escaped (line breaks stay: QGIS makes them
    paragraphs); unchanged in qgis_process, which prints help to a terminal."""
    if not text or QgsApplication.platform() == "qgis_process":
        return text
    return html.escape(text, quote=False)


class WijkmonitorAlgorithm(QgsProcessingAlgorithm):
    """Subclasses set ``NAME`` (stable, lowercase) and ``GROUP``."""

    NAME = ""
    GROUP = GROUP_DATA

    def __init_subclass__(cls, **kwargs):
        """Every subclass's ``processAlgorithm`` runs under the output discipline (qgis_adapters/outputs.py):
        destinations checked first, outputs all or nothing, bad paths and inputs as one clear message; its
        ``shortHelpString`` is escaped for QGIS's HTML help."""
        super().__init_subclass__(**kwargs)
        process = cls.__dict__.get("processAlgorithm")
        if process is not None:
            # no frame of its own between QGIS and run_algorithm, which drops its references before it raises
            cls.processAlgorithm = functools.partialmethod(run_algorithm, process)
        own_help = cls.__dict__.get("shortHelpString")
        if own_help is not None:  # escaped for QGIS's HTML help (see "outputs and dialogs" below)
            @functools.wraps(own_help)
            def shortHelpString(self, _own=own_help):  # noqa: N802 (QGIS API)
                return help_html(_own(self))

            cls.shortHelpString = shortHelpString

    def tr(self, text: str) -> str:
        return translate(self.__class__.__name__, text)

    def name(self):
        return self.NAME

    def group(self):
        return group_name(self.GROUP)

    def groupId(self):  # noqa: N802 (QGIS API)
        return self.GROUP

    def icon(self):
        return QIcon(icon_path(GROUP_ICONS.get(self.GROUP, "wijkmonitor.svg")))

    def createInstance(self):  # noqa: N802 (QGIS API)
        return self.__class__()

    def parameterAsSource(self, parameters, name, context):  # noqa: N802 (QGIS API)
        """The feature source, remembering the layer behind it so frames can be read column-wise.

        :func:`~wijkmonitor_plugin.qgis_adapters.frames.source_to_frame` uses that layer only when
        it gives exactly the source's features (whole layer, no filter, no skipped geometries).
        """
        source = super().parameterAsSource(parameters, name, context)
        if source is not None and context.invalidGeometryCheck() != \
                QgsFeatureRequest.InvalidGeometryCheck.GeometrySkipInvalid:
            source.wijkmonitor_layer = self.parameterAsVectorLayer(parameters, name, context)
        return source

    def parameterAsFieldNames(self, parameters, name, context) -> list[str]:  # noqa: N802 (QGIS API style)
        """The field names chosen in a field parameter (empty list when none).

        ``parameterAsStrings`` where QGIS has it (3.40 and later, where ``parameterAsFields`` is
        deprecated), ``parameterAsFields`` on older versions.
        """
        return parameter_as_strings(self, parameters, name, context)

    def parameterAsFieldName(self, parameters, name, context) -> str | None:  # noqa: N802 (QGIS API style)
        """The one field name chosen in a single-field parameter, or ``None`` when none is chosen."""
        names = self.parameterAsFieldNames(parameters, name, context)
        return names[0] if names else None

    def checkParameterValues(self, parameters, context):  # noqa: N802 (QGIS API)
        """QGIS's check, with the reason when a PostgreSQL/PostGIS input cannot be opened
        (QGIS itself says only "not found", with the password in the message)."""
        ok, message = super().checkParameterValues(parameters, context)
        if ok:
            return ok, message
        uris = []
        for definition in self.parameterDefinitions():
            if isinstance(definition, (QgsProcessingParameterFeatureSource, QgsProcessingParameterVectorLayer)):
                uri = _database_uri(parameters.get(definition.name()), context)
                problem = database_problem(uri, definition.description(), needs_table=True) if uri else None
                if problem:
                    return ok, problem
                uris += [uri] if uri else []
        for uri in uris:
            message = without_password(message, uri)
        return ok, message

    def parameterAsSink(self, parameters, name, context, *args, **kwargs):  # noqa: N802 (QGIS API)
        """QGIS's sink, with the reason when a PostGIS output cannot be created (no password in the message)."""
        try:
            sink, dest_id = super().parameterAsSink(parameters, name, context, *args, **kwargs)
            geometry = args[1] if len(args) > 1 else kwargs.get("geometryType", QgsWkbTypes.Type.NoGeometry)
            return sink, sink_made(self, name, sink, dest_id, geometry == QgsWkbTypes.Type.NoGeometry)
        except QgsProcessingException as exc:
            uri = _database_uri(self.parameterAsOutputLayer(parameters, name, context))
            if not uri:
                raise
            definition = self.parameterDefinition(name)
            raise QgsProcessingException(database_problem(uri, definition.description() if definition else name)
                                         or without_password(str(exc), uri)) from None

    def helpUrl(self):  # noqa: N802 (QGIS API)
        return "https://github.com/wijkmonitor/wijkmonitor#" + self.NAME

    # -- outputs and dialogs (issue 13): escaped help, styled outputs -------------------------------
    #
    # QGIS shows an algorithm's help and a parameter's help as HTML (the dialog's help pane, tooltips,
    # the modeler): every subclass's shortHelpString and every parameter's help is escaped here, once,
    # so "<domain>_score" shows as written. qgis_process prints the same texts to a terminal as they are.
    #
    # The dialog is QGIS's own, ending a run on its log with the files written (createCustomParametersWidget).
    #
    # An algorithm hands each layer it writes to ``style_output`` with an OutputStyle; once the run is
    # over and every sink is closed, ``postProcessAlgorithm`` gives it its style and aliases (in a
    # GeoPackage as the default style in ``layer_styles``; see qgis_adapters/style_outputs.py).

    def addParameter(self, parameter, createOutput=True):  # noqa: N802, N803 (QGIS API)
        if parameter.help():
            parameter.setHelp(help_html(parameter.help()))
        return super().addParameter(parameter, createOutput)

    def createCustomParametersWidget(self, parent=None):  # noqa: N802 (QGIS API)
        """QGIS's own algorithm dialog, ending a run on the files it wrote (see gui/results_dialog.py)."""
        from ..gui.results_dialog import ResultsDialog

        return ResultsDialog(self, parent=parent) if ResultsDialog is not None else None

    def style_output(self, dest_id, style) -> None:
        """Style output ``dest_id`` with ``style`` (a :class:`..qgis_adapters.style_outputs.OutputStyle`) once
        it is written."""
        if dest_id:
            self.__dict__.setdefault("_wijkmonitor_styles", []).append((dest_id, style))

    def postProcessAlgorithm(self, context, feedback):  # noqa: N802 (QGIS API)
        from ..qgis_adapters.style_outputs import finish_output

        for dest_id, style in self.__dict__.pop("_wijkmonitor_styles", []):
            finish_output(dest_id, style, context, feedback, self.displayName())
        return {}


def _database_uri(value, context=None) -> str | None:
    """The data source URI of a PostgreSQL/PostGIS input or output value, else None.

    With a ``context``, a layer id or name is looked up too (inputs only)."""
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        value = value.source.staticValue()
    elif isinstance(value, QgsProcessingOutputLayerDefinition):
        value = value.sink.staticValue()
    if isinstance(value, QgsMapLayer):
        return value.source() if value.providerType() == "postgres" else None
    if not isinstance(value, str) or not value:
        return None
    match = _DATABASE_VALUE.match(value)
    if match:
        return match.group("uri")
    layer = QgsProcessingUtils.mapLayerFromString(value, context) if context is not None else None
    return layer.source() if layer is not None and layer.providerType() == "postgres" else None


def without_password(text: str, uri: str) -> str:
    """``text`` with the password of ``uri`` blanked out (QGIS's own messages repeat the data source)."""
    password = QgsDataSourceUri(uri).password()
    return text.replace(password, "********") if password else text


def _connect(uri: str):
    """(connection, schemas, "") when the database accepts the connection, else (None, None, the server's reason).

    QGIS raises only "Connection failed: <the connection string>"; the reason (from libpq) goes to
    the message log, so it is read from there.
    """
    log = []

    def keep(message, tag, level):
        log.append(message)

    QgsApplication.messageLog().messageReceived.connect(keep)
    try:
        connection = QgsProviderRegistry.instance().providerMetadata("postgres").createConnection(uri, {})
        return connection, connection.schemas(), ""
    except (QgsException, QgsProviderConnectionException):  # 3.22 raises the base class, 3.40 the subclass
        reasons = [m.split("\n", 1)[-1].strip() for m in log if "\n" in m]
        return None, None, (reasons[-1] if reasons else "")
    finally:
        QgsApplication.messageLog().messageReceived.disconnect(keep)


def _connection_advice(reason: str) -> str:
    text = reason.lower()
    if "password" in text or "authentication" in text or "role" in text:
        return translate("Database", "The database refused the user name or password: check them, or store them in a "
                                     "QGIS authentication configuration (Settings ▸ Options ▸ Authentication) and use "
                                     "that in the connection.")
    if "database" in text and "does not exist" in text:
        return translate("Database", "That database does not exist on the server: check the database name of the "
                                     "connection.")
    return translate("Database", "Check the host, port and database of the connection, and that the server can be "
                                 "reached from this computer (network, VPN, firewall).")


def database_problem(uri: str, what: str, needs_table: bool = False) -> str | None:
    """What is wrong with the PostgreSQL/PostGIS table ``uri`` and what to do, in the user's language.

    Looks at the connection, the schema and (for inputs, ``needs_table``) the table; None when all
    of them are there. The message never contains the password.
    """
    source = QgsDataSourceUri(uri)
    schema = source.schema() or "public"
    table = translate("Database", '"{schema}"."{table}" in database {database} on {host}:{port}').format(
        schema=schema, table=source.table(), database=source.database() or "?", host=source.host() or "localhost",
        port=source.port() or "5432")
    connection, schemas, reason = _connect(uri)
    if connection is None:
        return translate("Database", "{what}: cannot connect to PostgreSQL for {table}: {reason}\n{advice}").format(
            what=what, table=table, reason=reason or translate("Database", "connection failed"),
            advice=_connection_advice(reason))
    if schema not in schemas:
        return translate("Database", "{what}: the schema \"{schema}\" does not exist, so there is no table "
                                     "{table}. Schemas in this database: {schemas}. Create the schema (CREATE SCHEMA) "
                                     "or choose one of these.").format(
            what=what, schema=schema, table=table, schemas=", ".join(sorted(schemas)) or "-")
    if needs_table and not connection.tableExists(schema, source.table()):
        return translate("Database", "{what}: the table {table} does not exist. Check the table name, or whether "
                                     "the user may see it (GRANT USAGE on the schema, SELECT on the table).").format(
            what=what, table=table)
    return None
