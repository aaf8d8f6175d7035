"""Files written completely or not at all: write beside the target, then move into place.

Outside a run every :func:`atomic_output` moves its file into place when it is written. Inside an
:func:`output_transaction` (one algorithm run) the written files wait beside their targets under
temporary names and are moved into place together by :meth:`OutputTransaction.commit`; a
:meth:`OutputTransaction.rollback` (an error or a cancel) removes them and the folders the run made,
so a failed run leaves nothing half-written behind and the old files untouched.
"""

from __future__ import annotations

import os
import tempfile
import threading
from contextlib import contextmanager
from pathlib import Path

_LOCAL = threading.local()


def _stack() -> list:
    if not hasattr(_LOCAL, "stack"):
        _LOCAL.stack = []
    return _LOCAL.stack


def active_transaction() -> OutputTransaction | None:
    """The transaction of the run on this thread, or None."""
    stack = _stack()
    return stack[-1] if stack else None


class Moves:
    """Files moved into place by one run; the files they replace are kept aside until :meth:`keep` (success)
    and put back by :meth:`undo` (failure), so a run that fails while moving its outputs loses nothing."""

    def __init__(self):
        self.done: list[tuple[Path, Path | None, bool]] = []  # (target, the old file set aside, new file moved in)

    def move(self, source, target) -> None:
        """Move ``source`` to ``target`` (``source`` None: only set ``target`` aside, e.g. an old journal)."""
        target = Path(target)
        backup = None
        if os.path.lexists(target):
            fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".old", dir=target.parent)
            os.close(fd)
            backup = Path(name)
            os.replace(target, backup)
        if source is not None:
            try:
                os.replace(source, target)
            except BaseException:
                if backup is not None:
                    os.replace(backup, target)
                raise
        self.done.append((target, backup, source is not None))

    def keep(self) -> None:
        """The run succeeded: drop the old files."""
        for _target, backup, _new in self.done:
            if backup is not None:
                try:
                    backup.unlink()
                except OSError:
                    pass
        self.done.clear()

    def undo(self) -> None:
        """The run failed: remove the new files and put the old ones back."""
        for target, backup, new in reversed(self.done):
            try:
                if new and os.path.lexists(target):
                    target.unlink()
                if backup is not None:
                    os.replace(backup, target)
            except OSError:
                pass
        self.done.clear()


class OutputTransaction:
    """The files and folders one run writes; see the module docstring."""

    def __init__(self):
        self.pending: dict[Path, Path] = {}  # target -> the temporary file waiting beside it
        self.made: list[Path] = []  # folders this run created, parents first
        self.files: list[Path] = []  # the run's declared output files
        self.folders: list[Path] = []  # the run's declared output folders
        self.moves = Moves()

    def make_folder(self, folder) -> None:
        """Create ``folder`` and its missing parents, remembering which ones this run made."""
        folder = Path(folder)
        missing = []
        probe = folder
        while not probe.exists() and probe != probe.parent:
            missing.append(probe)
            probe = probe.parent
        for path in reversed(missing):
            path.mkdir(exist_ok=True)
            self.made.append(path)

    def defer(self, tmp: Path, target: Path) -> None:
        previous = self.pending.pop(target, None)
        if previous is not None and previous != tmp and previous.exists():
            previous.unlink()
        self.pending[target] = tmp

    def covers(self, path: Path) -> bool:
        """``path`` is one of the run's files (or one beside it with the same name, such as the .html of a
        .json report) or lies in one of its folders; other files, such as a download cache, are written at once."""
        if any(path.parent == f.parent and path.stem == f.stem for f in self.files):
            return True
        return any(folder == path or folder in path.parents for folder in self.folders)

    def written(self, path) -> bool:
        """``path`` was written by this run (waiting) or is there already."""
        path = Path(path)
        return path in self.pending or path.exists()

    def commit(self) -> None:
        """Move every waiting file into place; the files they replace are dropped only by :meth:`done`."""
        for target, tmp in list(self.pending.items()):
            self.moves.move(tmp, target)
            del self.pending[target]

    def done(self) -> None:
        """The run is complete: keep what it wrote."""
        self.moves.keep()
        self.made.clear()

    def rollback(self) -> None:
        """Remove every waiting file and every (then empty) folder the run made; the old files stay or come back."""
        self.moves.undo()
        for tmp in self.pending.values():
            try:
                tmp.unlink()
            except OSError:
                pass
        self.pending.clear()
        for folder in reversed(self.made):
            try:
                folder.rmdir()
            except OSError:
                pass
        self.made.clear()


@contextmanager
def output_transaction(files=(), folders=()):
    """One run's files as one transaction (see the module docstring); the caller commits or rolls back.

    ``files`` and ``folders`` are the run's declared destinations (for the record; files written
    under them through :func:`atomic_output` join the transaction)."""
    transaction = OutputTransaction()
    transaction.files = [Path(os.path.abspath(f)) for f in files]
    transaction.folders = [Path(os.path.abspath(f)) for f in folders]
    _stack().append(transaction)
    try:
        yield transaction
    finally:
        _stack().remove(transaction)


def _temporary_beside(path: Path) -> Path:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=".part" + path.suffix, dir=path.parent)
    os.close(fd)
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)
    return Path(tmp)


@contextmanager
def atomic_output(path):
    """Yield a temporary path beside ``path``; on success move it into place (inside a transaction: at
    its commit), else remove it.

    The file gets the permissions of a normally created file (0666 less the umask).
    """
    path = Path(os.path.abspath(path))
    transaction = active_transaction()
    if transaction is not None and not transaction.covers(path):
        transaction = None
    if transaction is not None:
        transaction.make_folder(path.parent)
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
    if path.is_dir():
        raise IsADirectoryError(21, os.strerror(21), str(path))
    tmp = _temporary_beside(path)
    try:
        yield tmp
        if transaction is not None:
            transaction.defer(tmp, path)
        else:
            os.replace(tmp, path)
    except BaseException:
        if tmp.exists():
            tmp.unlink()
        raise
    finally:
        if transaction is None and tmp.exists():
            tmp.unlink()


def atomic_write_bytes(path, data: bytes) -> None:
    with atomic_output(path) as tmp:
        tmp.write_bytes(data)


def atomic_write_text(path, text: str) -> None:
    atomic_write_bytes(path, text.encode("utf-8"))
