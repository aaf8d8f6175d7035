"""One discipline for every file a Wijkmonitor algorithm writes, and for how a run ends.

Every Processing algorithm of the provider runs through :func:`run_algorithm` (the base class
:class:`~wijkmonitor_plugin.algorithms.base.WijkmonitorAlgorithm` wraps each ``processAlgorithm``
in it). A run

1. **checks its inputs**: a layer without features gets its own message (:func:`check_inputs`);
2. **checks every destination before any work** (:func:`plan_destinations`): layers and tables
   (sinks), report files and output folders. A folder must exist or be creatable and be writable
   (tried for real with a probe file), must not be a file; a file must not be a folder; a path
   under a regular file is named as such. Each problem is a translated message that names the
   path and says what to do;
3. **writes to temporary names beside the targets**: a layer or table goes into a hidden staging
   folder beside its target (``.wijkmonitor-…``, so the file keeps its own name and the layer in a
   GeoPackage its own layer name); reports, PDFs, PNGs and JSON files wait beside their targets
   (:mod:`wijkmonitor_plugin.core.files`). A layer added to an existing GeoPackage is written in
   place and removed again when the run fails;
4. **reads geometry without QGIS's invalid-geometry check** for the duration of the run: an
   invalid polygon never stops a feature iterator with a C++ exception (which corrupts the Python
   interpreter when it passes through Python frames). Attribute algorithms never look at geometry;
   the geometry algorithms repair and count invalid polygons themselves
   (:mod:`wijkmonitor_plugin.qgis_adapters.geometry`);
5. **ends all or nothing**: on success (and not cancelled) every output is closed, checked to exist
   and moved into place together, and the results name the final paths; on any error or a cancel
   every staged and waiting file is removed (GeoPackage ``-journal``/``-wal``/``-shm`` files
   included), so nothing half-written remains and no output is reported that does not exist;
6. **turns** :class:`~wijkmonitor_plugin.core.errors.WijkmonitorError` and :class:`OSError` into one
   clear ``QgsProcessingException`` (no Python traceback for a bad path or input).
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import shutil
import sys
import tempfile
import traceback
import weakref
from dataclasses import dataclass
from pathlib import Path

from qgis.core import (
    QgsDataSourceUri,
    QgsFeatureRequest,
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingFeedback,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterVectorDestination,
    QgsProcessingParameterVectorLayer,
    QgsProcessingUtils,
    QgsProperty,
    QgsProviderRegistry,
    QgsVectorFileWriter,
    QgsVectorLayer,
)

from ..core.errors import CanceledError, WijkmonitorError
from ..core.files import output_transaction
from ..i18n import translate

#: the hidden staging folders beside a target (one per folder and run)
STAGING_PREFIX = ".wijkmonitor-"
#: a provider prefix of a destination that is not a file ('memory:', 'postgis:'; not a drive letter 'C:')
_PROVIDER = re.compile(r"^([A-Za-z][A-Za-z0-9_]{2,}):(.*)$", re.DOTALL)
#: files that belong to a main file of these formats (removed with it, replaced with it)
_SIDE_SUFFIXES = {
    ".shp": (".shx", ".dbf", ".prj", ".cpg", ".qix", ".sbn", ".sbx", ".qmd", ".shp.xml"),
    ".dbf": (".cpg",),
    ".csv": (".csvt", ".prj"),
    ".tab": (".dat", ".id", ".map", ".ind"),
    ".mif": (".mid",),
    ".gml": (".xsd", ".gfs"),
}
#: SQLite files: their journals sit beside them as '<name>-journal', '-wal', '-shm'
_SQLITE_SUFFIXES = (".gpkg", ".sqlite", ".db", ".spatialite")
_SQLITE_SIDES = ("-journal", "-wal", "-shm")

SINK, FILE, FOLDER = "sink", "file", "folder"


class OutputError(WijkmonitorError):
    """A destination that cannot be written, worded for the user."""


# ------------------------------------------------------------------------------------------------ messages

def _problem(exc: OSError) -> str:
    code = exc.errno
    if getattr(exc, "winerror", None) in (32, 33):  # ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION
        return translate("Outputs", "it is in use by another program (or open in QGIS)")
    problems = {
        errno.ENOENT: translate("Outputs", "it does not exist"),
        errno.EACCES: translate("Outputs", "there is no permission to write or read it (read-only or locked)"),
        errno.EPERM: translate("Outputs", "there is no permission to write or read it (read-only or locked)"),
        errno.EROFS: translate("Outputs", "it is on a read-only drive"),
        errno.ENOSPC: translate("Outputs", "the disk is full"),
        errno.EISDIR: translate("Outputs", "it is a folder, not a file"),
        errno.ENOTDIR: translate("Outputs", "a part of the path is a file, not a folder"),
        errno.EEXIST: translate("Outputs", "it already exists"),
        errno.EBUSY: translate("Outputs", "it is in use by another program (or open in QGIS)"),
        errno.ENAMETOOLONG: translate("Outputs", "the name is too long"),
        errno.EINVAL: translate("Outputs", "the name is not valid here"),
    }
    if hasattr(errno, "EDQUOT"):
        problems[errno.EDQUOT] = translate("Outputs", "the disk is full")
    if code in problems:
        return problems[code]
    return exc.strerror or str(exc) or exc.__class__.__name__


def _advice(exc: OSError) -> str:
    """What to do about ``exc``."""
    full = {errno.ENOSPC} | ({errno.EDQUOT} if hasattr(errno, "EDQUOT") else set())
    if exc.errno in full:
        return translate("Outputs", "Free disk space, or choose a folder on another drive.")
    if exc.errno == errno.EBUSY or getattr(exc, "winerror", None) in (32, 33):
        return translate("Outputs", "Close the file in the other program (or remove the layer from the QGIS "
                                    "project) and run again, or choose another name.")
    return translate("Outputs", "Check the path, choose another file or folder, or ask for access.")


def os_error_message(exc: OSError) -> str:
    """An OSError as a sentence for the user: the path, what is wrong, what to do."""
    if exc.errno is None and not exc.filename:
        return str(exc) or translate("Outputs", "A file could not be read or written.")
    path = exc.filename if exc.filename is not None else ""
    if exc.filename2:
        path = f"{path} → {exc.filename2}"
    return translate("Outputs", "{path}: {problem}. {advice}").format(
        path=path or translate("Outputs", "A file"), problem=_problem(exc), advice=_advice(exc))


# ------------------------------------------------------------------------------------------------ checks

def _first_existing(path: Path) -> Path:
    probe = path
    while not os.path.lexists(probe) and probe != probe.parent:
        probe = probe.parent
    return probe


def _probe_writable(folder: Path) -> OSError | None:
    """Try to create a file in ``folder``: the only test that also holds for root, read-only drives and ACLs."""
    try:
        fd, name = tempfile.mkstemp(prefix=".wijkmonitor-probe-", dir=folder)
    except OSError as exc:
        return exc
    os.close(fd)
    try:
        os.unlink(name)
    except OSError:
        pass
    return None


def check_folder(folder: Path, label: str) -> None:
    """``folder`` exists as a writable folder, or can be made: else an :class:`OutputError`."""
    existing = _first_existing(folder)
    if not existing.is_dir():
        if existing == folder:
            raise OutputError(translate(
                "Outputs", "{label}: {path} is a file, not a folder. Choose a folder, or another name.").format(
                label=label, path=folder))
        raise OutputError(translate(
            "Outputs", "{label}: {path} cannot be made, because {file} is a file, not a folder. Choose a path in "
                       "a folder.").format(label=label, path=folder, file=existing))
    problem = _probe_writable(existing)
    if problem is not None:
        raise OutputError(translate(
            "Outputs", "{label}: nothing can be written in the folder {folder} ({problem}). Choose another "
                       "folder, or ask for write access.").format(label=label, folder=existing,
                                                                  problem=_problem(problem)))


#: how much longer than its target a temporary name beside it is (".<name>.<random>.part", core/files.py)
TEMPORARY_NAME_EXTRA = 16


def _name_max(folder: Path) -> int:
    """The longest file name (in bytes) the file system of ``folder`` takes; 255 where it does not say."""
    try:
        most = int(os.pathconf(folder, "PC_NAME_MAX"))
    except (OSError, ValueError, AttributeError):  # not on every platform (Windows)
        return 255
    return most if most > 0 else 255  # -1: the file system sets no limit of its own


def check_file(path: Path, label: str) -> None:
    """A file can be written at ``path``: its folder exists or can be made and is writable, and
    ``path`` is not a folder (or a read-only file)."""
    if path.is_dir():
        raise OutputError(translate(
            "Outputs", "{label}: {path} is a folder, not a file. Give a file name (with its extension) in it.")
            .format(label=label, path=path))
    check_folder(path.parent, label)
    longest = _name_max(_first_existing(path.parent)) - TEMPORARY_NAME_EXTRA
    length = len(os.fsencode(path.name))  # bytes, as the file system counts them (é is two)
    if length > longest:
        raise OutputError(translate(
            "Outputs", "{label}: the name is too long for the file system ({n} characters, at most {most}): {path}. "
                       "Choose a shorter name.").format(label=label, n=length, most=longest, path=path))
    if path.exists() and not os.access(path, os.W_OK):
        raise OutputError(translate(
            "Outputs", "{label}: {path} is read-only. Choose another file name, or make it writable.").format(
            label=label, path=path))


def _input_layer(algorithm, parameters, name, context):
    """The vector layer behind an input (also behind a 'selected features only' definition), or None."""
    value = parameters.get(name)
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        layer = QgsProcessingUtils.mapLayerFromString(value.source.staticValue(), context)
        return layer if isinstance(layer, QgsVectorLayer) else None
    return algorithm.parameterAsVectorLayer(parameters, name, context)


def _source_label(definition, parameters, context, algorithm) -> str:
    layer = _input_layer(algorithm, parameters, definition.name(), context)
    name = layer.name() if layer is not None else str(parameters.get(definition.name()) or "")
    return translate("Outputs", "'{layer}' ({input})").format(input=definition.description(), layer=name) \
        if name else definition.description()


_IMAGE_SUFFIXES = {".svg", ".png", ".jpg", ".jpeg", ".gif", ".bmp", ".tif", ".tiff", ".webp"}


def picture_problem(path: Path) -> str | None:
    """Why the picture ``path`` (SVG or image) cannot be shown on a map, or None when it can."""
    if path.suffix.lower() == ".svg":
        from qgis.PyQt.QtSvg import QSvgRenderer

        if QSvgRenderer(str(path)).isValid():
            return None
        return translate("Outputs", "it is not a readable SVG drawing")
    from qgis.PyQt.QtGui import QImageReader

    reader = QImageReader(str(path))
    if reader.canRead() and not reader.read().isNull():
        return None
    return translate("Outputs", "it is not a readable image ({reason})").format(reason=reader.errorString())


def check_files(algorithm, parameters, context) -> None:
    """Every input file that is given exists and can be read; a picture (a logo) can be shown. Before any work, so
    nothing is left off a map without a word."""
    for definition in algorithm.parameterDefinitions():
        if not isinstance(definition, QgsProcessingParameterFile) or \
                definition.behavior() != QgsProcessingParameterFile.Behavior.File:
            continue
        value = parameters.get(definition.name())
        if value is None or value == "" or not isinstance(value, (str, Path)):
            continue
        text = algorithm.parameterAsFile(parameters, definition.name(), context)
        if not text or re.match(r"^[a-z][a-z0-9+.-]*://", text, re.IGNORECASE):  # a URL is not a local file
            continue
        path = Path(text)
        label = definition.description()
        if path.is_dir():
            raise WijkmonitorError(translate(
                "Outputs", "{label}: {path} is a folder, not a file. Choose the file itself.").format(
                label=label, path=path))
        if not path.is_file():
            raise WijkmonitorError(translate(
                "Outputs", "{label}: the file {path} does not exist. Check the name and folder, or leave the "
                           "field empty.").format(label=label, path=path))
        try:
            with open(path, "rb"):
                pass
        except OSError as exc:
            raise WijkmonitorError(translate("Outputs", "{label}: {path} cannot be read ({problem}).").format(
                label=label, path=path, problem=_problem(exc))) from None
        filters = definition.fileFilter().lower()
        if path.suffix.lower() in _IMAGE_SUFFIXES and ("*.svg" in filters or "*.png" in filters):
            problem = picture_problem(path)
            if problem:
                raise WijkmonitorError(translate(
                    "Outputs", "{label}: {path} cannot be shown: {problem}. Choose an SVG, PNG or JPEG file, or "
                               "leave the field empty.").format(label=label, path=path, problem=problem))


def _empty_input(algorithm, definition, parameters, context) -> str | None:
    """The message for a feature input without features, or None. Returns a text rather than raising, so that no
    layer or source of this frame is kept alive by a traceback (a QGIS object freed after QGIS has exited is a
    crash at interpreter exit)."""
    value = parameters.get(definition.name())
    if value is None or value == "":
        return None
    if isinstance(definition, QgsProcessingParameterFeatureSource):
        source = algorithm.parameterAsSource(parameters, definition.name(), context)
    else:
        source = algorithm.parameterAsVectorLayer(parameters, definition.name(), context)
    if source is None or source.featureCount() != 0:
        return None
    del source
    label = _source_label(definition, parameters, context, algorithm)
    if isinstance(value, QgsProcessingFeatureSourceDefinition) and value.selectedFeaturesOnly:
        return translate("Outputs", "{input}: no feature is selected, and only selected features are to be used. "
                                    "Select features, or untick 'Selected features only'.").format(input=label)
    layer = _input_layer(algorithm, parameters, definition.name(), context)
    if layer is not None and layer.subsetString():
        return translate("Outputs", "{input} has no features: its filter leaves none. Change the filter or choose "
                                    "another layer.").format(input=label)
    return translate("Outputs", "{input} has no features: there is nothing to work with. Choose a layer or table "
                                "with features.").format(input=label)


def check_inputs(algorithm, parameters, context) -> None:
    """Every feature input that is given has features: an empty layer (or an empty selection) has its own message.
    Input files: see :func:`check_files`."""
    check_files(algorithm, parameters, context)
    for definition in algorithm.parameterDefinitions():
        if isinstance(definition, (QgsProcessingParameterFeatureSource, QgsProcessingParameterVectorLayer)):
            message = _empty_input(algorithm, definition, parameters, context)
            if message:
                raise WijkmonitorError(message)


# ------------------------------------------------------------------------------------------------ destinations

@dataclass
class Destination:
    """One output of a run: where it goes and how it gets there."""

    name: str
    label: str
    kind: str  # SINK, FILE, FOLDER
    path: Path  # the target file (a sink: as given, QGIS may add the extension) or folder
    layer: str | None = None  # a layer in an existing GeoPackage, written in place
    staging: Path | None = None  # the staging folder a sink is written to
    project: object = None  # the project QGIS loads the output into when the run succeeds
    display: str = ""  # the name of that layer


def _sink_text(algorithm, parameters, name, context) -> str:
    """The destination a sink parameter names, without registering it as a layer to load (as QGIS does for a
    definition with a destination project)."""
    value = parameters.get(name)
    if isinstance(value, QgsProcessingOutputLayerDefinition) and value.destinationProject is not None:
        value = QgsProcessingOutputLayerDefinition(value)
        value.destinationProject = None
        parameters = {name: value}
    return algorithm.parameterAsOutputLayer(parameters, name, context) or ""


def _file_target(text: str) -> tuple[str, Path, str | None] | None:
    """(form, path, layer name) of a sink destination that is a file, None for memory layers and databases.

    Forms: 'path' (a file name), 'uri' (``ogr:dbname='…' table="…"``), 'pipe' (``path|layername=…``)."""
    if not text or text == QgsProcessing.TEMPORARY_OUTPUT:
        return None
    match = _PROVIDER.match(text)
    if match:
        if match.group(1).lower() != "ogr":
            return None
        uri = QgsDataSourceUri(match.group(2))
        path = uri.database() or QgsProviderRegistry.instance().decodeUri("ogr", match.group(2)).get("path")
        if not path:
            return None
        return "uri", Path(path), uri.table() or None
    if "|" in text:
        parts = QgsProviderRegistry.instance().decodeUri("ogr", text)
        layer = parts.get("layerName")
        return "pipe", Path(parts.get("path") or text.split("|")[0]), str(layer) if layer else None
    return "path", Path(text), None


def _written_name(path: Path, definition) -> Path:
    """The file QGIS writes for a sink destination ``path``: an unknown extension gets the default one."""
    if path.suffix and QgsVectorFileWriter.driverForExtension(path.suffix[1:]):
        return path
    extension = definition.defaultFileExtension() if hasattr(definition, "defaultFileExtension") else "gpkg"
    return path.with_name(f"{path.name}.{extension or 'gpkg'}")


def side_files(path: Path) -> list[Path]:
    """The files that belong to ``path`` (shapefile parts, SQLite journals), whether or not they exist."""
    suffix = path.suffix.lower()
    out = [path.with_suffix(s) for s in _SIDE_SUFFIXES.get(suffix, ())]
    if suffix in _SQLITE_SUFFIXES:
        out += [path.with_name(path.name + s) for s in _SQLITE_SIDES]
    return out


class OutputRun:
    """The destinations of one algorithm run; see the module docstring."""

    def __init__(self, algorithm, parameters, context, feedback):
        self.algorithm = algorithm
        self.parameters = dict(parameters)
        self.context = context
        self.feedback = feedback
        self.destinations: list[Destination] = []
        self.staging: dict[Path, Path] = {}  # target folder -> its staging folder
        self.renamed: dict[str, str] = {}  # staging folder -> target folder, for messages and results
        self.sinks: list = []
        self.created: set = set()  # names of the outputs whose sink was made
        self.final_ids: dict[str, str] = {}  # final id of a staged output -> the id it is written to
        self.transaction = None

    # -- before the work ---------------------------------------------------------------------
    def plan(self) -> None:
        """Find and check every destination (raises :class:`OutputError` before anything is written)."""
        for definition in self.algorithm.destinationParameterDefinitions():
            name = definition.name()
            value = self.parameters.get(name)
            if value is None or value == "":
                continue
            label = definition.description()
            if isinstance(definition, (QgsProcessingParameterFeatureSink, QgsProcessingParameterVectorDestination)):
                target = _file_target(_sink_text(self.algorithm, self.parameters, name, self.context))
                if target is None:
                    continue
                form, path, layer = target
                path = Path(os.path.abspath(path))
                written = _written_name(path, definition) if form == "path" else path
                in_place = layer is not None and written.is_file()
                check_file(written, label)
                self.destinations.append(Destination(name, label, SINK, path, layer if in_place else None))
            elif isinstance(definition, QgsProcessingParameterFileDestination):
                path = Path(os.path.abspath(self.algorithm.parameterAsFileOutput(self.parameters, name, self.context)))
                check_file(path, label)
                self.destinations.append(Destination(name, label, FILE, path))
            elif isinstance(definition, QgsProcessingParameterFolderDestination):
                path = Path(os.path.abspath(self.algorithm.parameterAsFileOutput(self.parameters, name, self.context)))
                check_folder(path, label)
                self.destinations.append(Destination(name, label, FOLDER, path))

    def start(self):
        """Open the transaction, make the folders and staging folders; returns the parameters to run with."""
        files = [d.path for d in self.destinations if d.kind == FILE]
        folders = [d.path for d in self.destinations if d.kind == FOLDER]
        self._transaction_cm = output_transaction(files, folders)
        self.transaction = self._transaction_cm.__enter__()
        parameters = dict(self.parameters)
        for dest in self.destinations:
            if dest.kind == FOLDER:
                self.transaction.make_folder(dest.path)
            elif dest.kind == FILE:
                self.transaction.make_folder(dest.path.parent)
            elif dest.layer is None:  # a sink into a staging folder beside its target
                dest.staging = self._staging_folder(dest.path.parent)
                value = parameters[dest.name]
                if isinstance(value, QgsProcessingOutputLayerDefinition) and value.destinationProject is not None:
                    dest.project = value.destinationProject
                    dest.display = value.destinationName or dest.label
                parameters[dest.name] = self._staged_value(value, dest)
        return parameters

    def _staging_folder(self, folder: Path) -> Path:
        if folder not in self.staging:
            self.transaction.make_folder(folder)
            self.staging[folder] = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=folder))
            self.renamed[str(self.staging[folder])] = str(folder)
        return self.staging[folder]

    def _staged_value(self, value, dest: Destination):
        text = _sink_text(self.algorithm, {dest.name: value}, dest.name, self.context)
        staged = str(dest.staging / dest.path.name)
        new = text.replace(str(dest.path), staged) if str(dest.path) in text else staged
        if isinstance(value, QgsProcessingOutputLayerDefinition):
            copy = QgsProcessingOutputLayerDefinition(value)
            copy.sink = QgsProperty.fromValue(new)
            # the run registers the final path to load (sink_made): a post-processor an algorithm attaches to it
            # is then never moved between keys (QgsProcessingContext deletes the post-processors of keys it drops)
            copy.destinationProject = None
            return copy
        return new

    def _destination(self, name: str) -> Destination | None:
        return next((d for d in self.destinations if d.name == name), None)

    def _load_when_done(self, dest: Destination, final: str) -> None:
        """Have QGIS load ``final`` after the run, as it would have loaded the output itself."""
        if dest.project is not None:
            self.context.addLayerToLoadOnCompletion(final, QgsProcessingContext.LayerDetails(
                dest.display, dest.project, dest.name, QgsProcessingUtils.LayerHint.Vector))

    def sink_made(self, name: str, sink, dest_id: str, no_geometry: bool = False) -> str:
        """Remember the sink of output ``name`` (the run closes it before it checks or moves the file; a layer
        added in place to an existing GeoPackage is removed again when the run fails); returns the id the
        algorithm works with: the final one of a staged output (see :func:`staged_id` for the file itself)."""
        if sink is not None:
            self.sinks.append(weakref.ref(sink))  # weak: an algorithm that drops its sink closes it then
            self.created.add(name)
        dest = self._destination(name)
        if dest is None or dest.staging is None or not str(dest_id).startswith(str(dest.staging)):
            return dest_id
        staged = dest_id
        if no_geometry and staged.split("|")[0].lower().endswith(".shp") and \
                not Path(staged.split("|")[0]).exists():  # GDAL writes a table as .dbf only
            staged = staged.split("|")[0][:-4] + ".dbf"
        final = self.remap(staged)
        self.final_ids[final] = staged
        self._load_when_done(dest, final)
        return final

    def staged_id(self, dest_id: str) -> str:
        """Where the output with the final id ``dest_id`` is being written."""
        return self.final_ids.get(dest_id, dest_id)

    # -- after the work ----------------------------------------------------------------------
    def close_sinks(self) -> None:
        """Close every sink the run made (a GeoPackage commits, a CSV is written), whoever still holds it."""
        from qgis.PyQt import sip

        for ref in self.sinks:
            sink = ref()
            try:
                if sink is not None and not sip.isdeleted(sink):
                    sip.delete(sink)
            except (RuntimeError, TypeError):
                pass
        self.sinks.clear()

    def remap(self, value):
        """A result or message with the staging folders replaced by the target folders."""
        if isinstance(value, str):
            for staging, folder in self.renamed.items():
                value = value.replace(staging, folder)
        return value

    def _staged_result(self, dest: Destination, value) -> str | None:
        """The staged file a sink result names, checked to exist."""
        if not isinstance(value, str) or dest.staging is None:
            return value
        staged = self.staged_id(value)
        if not staged.startswith(str(dest.staging)):
            return value
        path = Path(staged.split("|")[0])
        if path.exists():
            return staged
        raise WijkmonitorError(translate("Outputs", "{label} was not written ({path}).").format(
            label=dest.label, path=self.remap(str(path))))

    def finish(self, results: dict) -> dict:
        """Close, check and move every output into place; the results with the final paths."""
        self.close_sinks()
        results = dict(results or {})
        for dest in self.destinations:
            if dest.name not in results:
                continue
            if dest.kind == SINK:
                results[dest.name] = self._staged_result(dest, results[dest.name])
            elif dest.kind == FILE and isinstance(results[dest.name], str) and results[dest.name]:
                path = Path(results[dest.name])
                if not self.transaction.written(path):
                    raise WijkmonitorError(translate("Outputs", "{label} was not written ({path}).").format(
                        label=dest.label, path=path))
        self._forget_staged_layers()
        self._move_staged()
        self.transaction.commit()
        self.transaction.done()
        self._end_transaction()
        return {key: self.remap(value) for key, value in results.items()}

    def _forget_staged_layers(self) -> None:
        """Layers the run opened from staged files (they would keep the files open) leave the context's store."""
        store = self.context.temporaryLayerStore()
        for layer_id, layer in list(store.mapLayers().items()):
            if any(layer.source().startswith(str(s)) for s in self.staging.values()):
                store.removeMapLayer(layer_id)

    def _move_staged(self) -> None:
        for folder, staging in list(self.staging.items()):
            items = sorted(staging.iterdir())
            names = {item.name for item in items}
            for item in items:
                target = folder / item.name
                if target.is_dir():
                    raise OutputError(translate("Outputs", "{path} is a folder, not a file: the output cannot be put "
                                                           "there. Choose another name.").format(path=target))
                self.transaction.moves.move(item, target)
                for side in side_files(target):
                    if side.name not in names and side.is_file():
                        self.transaction.moves.move(None, side)  # a journal or shapefile part of the replaced file
            shutil.rmtree(staging, ignore_errors=True)
            del self.staging[folder]

    def _end_transaction(self) -> None:
        if self.transaction is not None:
            self._transaction_cm.__exit__(None, None, None)
            self.transaction = None

    def abort(self) -> None:
        """Remove everything the run wrote: staged files, waiting files, made folders, layers added in place."""
        self.close_sinks()
        self._forget_staged_layers()
        for staging in self.staging.values():
            shutil.rmtree(staging, ignore_errors=True)
        self.staging.clear()
        for dest in self.destinations:
            if dest.kind == SINK and dest.layer is not None and dest.name in self.created:
                _remove_layer(dest.path, dest.layer)
        if self.transaction is not None:
            self.transaction.rollback()
            self._end_transaction()


#: what GDAL prints when a table without geometry (a report, a decile-change table) is closed in a GeoPackage;
#: the table is complete and as asked, so the line ("ERROR 1: No geometry column") would only alarm the user.
#: Filtered for the whole run, every other GDAL message is printed as GDAL prints it.
NO_GEOMETRY_MESSAGE = "No geometry column"


@contextlib.contextmanager
def without_gdal_message(message: str):
    """GDAL's messages as usual (on stderr, as GDAL prints them), except exactly ``message``."""
    try:
        from osgeo import gdal
    except ImportError:  # pragma: no cover - GDAL's Python bindings ship with QGIS
        yield
        return
    kinds = {gdal.CE_Warning: "Warning", gdal.CE_Failure: "ERROR", gdal.CE_Fatal: "FATAL"}

    def handler(error_class, number, text):
        if text != message and error_class in kinds:
            sys.stderr.write(f"{kinds[error_class]} {number}: {text}\n")

    gdal.PushErrorHandler(handler)
    try:
        yield
    finally:
        gdal.PopErrorHandler()


def _remove_layer(path: Path, layer: str) -> None:
    """Remove ``layer`` (half-written by a failed run) from the GeoPackage ``path``."""
    try:
        from osgeo import ogr
    except ImportError:  # pragma: no cover
        return
    ds = ogr.Open(str(path), 1)
    if ds is None:
        return
    try:
        names = [ds.GetLayer(i).GetName() for i in range(ds.GetLayerCount())]
        match = next((i for i, n in enumerate(names) if n.lower() == layer.lower()), None)
        if match is not None:
            ds.DeleteLayer(match)
    finally:
        ds = None


# ------------------------------------------------------------------------------------------------ the run

def run_algorithm(algorithm, process, parameters, context, feedback):
    """Run ``process`` (an algorithm's own ``processAlgorithm``) under the output discipline."""
    if getattr(algorithm, "_output_run", None) is not None:  # a subclass's processAlgorithm calling its parent's
        return process(algorithm, parameters, context, feedback)
    if feedback is None:
        feedback = QgsProcessingFeedback()
    run = OutputRun(algorithm, parameters, context, feedback)
    check = context.invalidGeometryCheck()
    context.setInvalidGeometryCheck(QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck)
    previous = getattr(algorithm, "_output_run", None)
    algorithm._output_run = run
    try:
        try:
            check_inputs(algorithm, parameters, context)
            run.plan()
            staged = run.start()
            with without_gdal_message(NO_GEOMETRY_MESSAGE):  # tables without geometry closed in a GeoPackage
                results = process(algorithm, staged, context, feedback)
                if feedback.isCanceled():
                    raise CanceledError(translate("Outputs", "Cancelled."))
                return run.finish(results)
        except BaseException:
            run.abort()
            raise
    except CanceledError as exc:
        message = _forget(exc, translate("Outputs", "Cancelled."))
    except WijkmonitorError as exc:
        message = _forget(exc, run.remap(str(exc)))
    except OSError as exc:
        message = _forget(exc, run.remap(os_error_message(exc)))
    except MemoryError as exc:
        message = _forget(exc, translate(
            "Outputs", "Not enough memory for this input. Use fewer areas or fields, or close other programs."))
    except QgsProcessingException as exc:
        message = _forget(exc, run.remap(str(exc)))
    finally:
        algorithm._output_run = previous
        context.setInvalidGeometryCheck(check)
    # raised here, outside the handlers and with this frame's references dropped: the traceback QGIS keeps of a
    # failed run then holds no layer, source or sink of the run (a QGIS object freed after QGIS has exited is a
    # crash when Python exits)
    algorithm = process = parameters = context = feedback = run = staged = results = None  # noqa: F841
    raise QgsProcessingException(message)


def _forget(exc: BaseException, message: str) -> str:
    """``message``, after clearing the local variables of the frames ``exc`` passed through."""
    traceback.clear_frames(exc.__traceback__)
    return message


def sink_made(algorithm, name: str, sink, dest_id: str, no_geometry: bool = False) -> str:
    """The id ``algorithm`` works with for the sink of output ``name`` (see :meth:`OutputRun.sink_made`)."""
    run = getattr(algorithm, "_output_run", None)
    return run.sink_made(name, sink, dest_id, no_geometry) if run is not None else dest_id


def staged_id(algorithm, dest_id: str) -> str:
    """The file where output ``dest_id`` of ``algorithm``'s current run is being written (itself outside a run)."""
    run = getattr(algorithm, "_output_run", None)
    return run.staged_id(dest_id) if run is not None else dest_id
