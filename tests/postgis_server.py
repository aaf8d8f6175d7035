"""A throw-away PostgreSQL + PostGIS server for the tests (Debian's packages, nothing else).

`make test` installs ``postgresql`` and ``postgresql-postgis`` from Debian (scripts/bootstrap.sh);
the ``postgis`` fixture in tests/conftest.py starts one server per test session and stops it at
the end, also when tests fail. The server has its own data directory (``build/postgis/data``;
a private directory under the system's temp folder when the ``postgres`` user cannot reach the
checkout, e.g. a clone under /root), listens on 127.0.0.1 only, on a free port, and asks for a
password (scram-sha-256) on TCP as a municipal server does. PostgreSQL refuses to run as root, so
as root it runs as the ``postgres`` user that Debian's package creates.
"""

from __future__ import annotations

import os
import pwd
import re
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

DATABASE = "wijkmonitor"
USER = "wijkmonitor"
PASSWORD = "wijkmonitor-test"


class PostgisUnavailableError(RuntimeError):
    """PostgreSQL or PostGIS is not installed or does not start; the message says what to do."""


def _versions_with_postgis() -> list[Path]:
    """Binary folders of the installed PostgreSQL versions that have the PostGIS extension, newest first."""
    found = []
    for bindir in Path("/usr/lib/postgresql").glob("*/bin"):
        version = bindir.parent.name
        if (bindir / "postgres").is_file() and \
                Path(f"/usr/share/postgresql/{version}/extension/postgis.control").is_file():
            found.append(bindir)
    return sorted(found, key=lambda p: float(p.parent.name), reverse=True)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Connection:
    host: str
    port: int
    dbname: str
    user: str
    password: str

    def uri(self, table: str | None = None, schema: str = "public", geometry: str | None = None, **overrides) -> str:
        """A QGIS data source URI (``dbname='…' host=… table="schema"."table" (geom)``)."""
        values = {"dbname": self.dbname, "host": self.host, "port": self.port, "user": self.user,
                  "password": self.password, **overrides}
        text = " ".join(f"{k}='{v}'" for k, v in values.items()) + " sslmode=disable"
        if table is not None:
            text += f' table="{schema}"."{table}"'
            if geometry:
                text += f" ({geometry})"
        return text


class PostgisServer:
    """Start, use and stop one PostgreSQL cluster with the PostGIS extension in database ``wijkmonitor``."""

    def __init__(self, base: Path | None = None):
        bindirs = _versions_with_postgis()
        if not bindirs:
            raise PostgisUnavailableError("PostgreSQL with PostGIS is not installed: run 'make test' (as root), "
                                          "which installs postgresql and postgresql-postgis from Debian.")
        self.bindir = bindirs[0]
        self.version = self.bindir.parent.name
        self.run_as = "postgres" if os.geteuid() == 0 else None
        if self.run_as is not None:
            try:
                pwd.getpwnam(self.run_as)
            except KeyError:
                raise PostgisUnavailableError("The user 'postgres' is missing: reinstall Debian's postgresql "
                                              "package.") from None
        self.base = Path(base) if base is not None else ROOT / "build" / "postgis"
        self._temporary = None
        self.port = 0
        self.connection: Connection | None = None

    # -- running commands as the server user ---------------------------------------------------
    def _run(self, args: list[str], **kwargs) -> subprocess.CompletedProcess:
        if self.run_as is not None:  # Python switches user and groups itself: no runuser/su needed
            account = pwd.getpwnam(self.run_as)
            kwargs.update(user=account.pw_uid, group=account.pw_gid, extra_groups=[], cwd="/")
        return subprocess.run(args, capture_output=True, text=True, **kwargs)

    def _reachable(self, path: Path) -> bool:
        """Whether the server user can create and enter ``path`` (every parent must be searchable)."""
        if self.run_as is None:
            return True
        return self._run(["test", "-w", str(path)]).returncode == 0 and \
            self._run(["test", "-x", str(path)]).returncode == 0

    def _prepare_base(self) -> Path:
        self.base.mkdir(parents=True, exist_ok=True)
        if self.run_as is not None:
            shutil.chown(self.base, user=self.run_as)
            if not self._reachable(self.base):
                # e.g. a clone under /root: the server user cannot reach build/
                self._temporary = Path(tempfile.mkdtemp(prefix="wijkmonitor-postgis-"))
                shutil.chown(self._temporary, user=self.run_as)
                return self._temporary
        return self.base

    # -- life cycle ------------------------------------------------------------------------------
    def start(self) -> Connection:
        base = self._prepare_base()
        data = base / "data"
        self._stop_leftover(data)
        if data.exists():
            shutil.rmtree(data)
        pwfile = base / "pwfile"
        pwfile.write_text(PASSWORD + "\n")
        if self.run_as is not None:
            shutil.chown(pwfile, user=self.run_as)
        pwfile.chmod(0o600)
        init = self._run([str(self.bindir / "initdb"), "-D", str(data), "-U", USER, f"--pwfile={pwfile}",
                          "--auth-host=scram-sha-256", "--auth-local=trust", "-E", "UTF8", "--locale=C.UTF-8"])
        pwfile.unlink()
        if init.returncode != 0:
            raise PostgisUnavailableError(f"initdb failed: {init.stderr.strip() or init.stdout.strip()}")
        sockets = base / "sockets"
        sockets.mkdir(exist_ok=True)
        if self.run_as is not None:
            shutil.chown(sockets, user=self.run_as)
        self.data, self.log = data, base / "server.log"
        self.port = _free_port()
        options = (f"-c listen_addresses=127.0.0.1 -c port={self.port} -c unix_socket_directories={sockets} "
                   "-c fsync=off -c synchronous_commit=off -c full_page_writes=off")
        start = self._run([str(self.bindir / "pg_ctl"), "-D", str(data), "-l", str(self.log), "-o", options,
                           "-w", "-t", "60", "start"])
        if start.returncode != 0:
            log = self.log.read_text(errors="replace")[-2000:] if self.log.exists() else ""
            raise PostgisUnavailableError(f"PostgreSQL {self.version} did not start: {start.stderr.strip()}\n{log}")
        self.connection = Connection("127.0.0.1", self.port, DATABASE, USER, PASSWORD)
        self.psql("postgres", f"CREATE DATABASE {DATABASE}")
        self.psql(DATABASE, "CREATE EXTENSION postgis")
        return self.connection

    def _stop_leftover(self, data: Path) -> None:
        """A server left running by an earlier, killed session is stopped before its data is removed."""
        if (data / "postmaster.pid").exists():
            self._run([str(self.bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"])

    def stop(self) -> None:
        if self.connection is not None:
            self._run([str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "-t", "60", "stop"])
            self.connection = None
        if self._temporary is not None:
            shutil.rmtree(self._temporary, ignore_errors=True)
            self._temporary = None

    # -- SQL through psql (independent of QGIS) -------------------------------------------------------
    def psql(self, database: str, sql: str, stdin: str | None = None) -> str:
        """Run SQL over TCP with the password, as any client; returns the unaligned, tab-separated
        result rows. Raises with psql's message."""
        env = dict(os.environ, PGPASSWORD=PASSWORD, PGCONNECT_TIMEOUT="10")
        args = [str(self.bindir / "psql"), "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1", "-p",
                str(self.port), "-U", USER, "-d", database, "-A", "-t", "-F", "\t", "-c", sql]
        proc = subprocess.run(args, input=stdin, capture_output=True, text=True, env=env, timeout=300)
        if proc.returncode != 0:
            raise RuntimeError(f"psql failed ({proc.returncode}) for {sql[:200]!r}: {proc.stderr.strip()}")
        return proc.stdout

    def rows(self, sql: str) -> list[list[str]]:
        out = self.psql(DATABASE, sql)
        return [line.split("\t") for line in out.splitlines() if line]

    @staticmethod
    def wait_until(condition, timeout: float = 60.0, interval: float = 0.05) -> None:
        """Poll ``condition()`` until it is true: for states of the server (locks, sessions), which send
        no signal a test could wait for. Fails after ``timeout`` seconds."""
        end = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > end:
                raise AssertionError(f"the server did not reach the expected state within {timeout:.0f} s")
            time.sleep(interval)


def quote_ident(name: str) -> str:
    """A PostgreSQL identifier, quoted (CBS field names are camelCase)."""
    return '"' + name.replace('"', '""') + '"'


def server_version(server: PostgisServer) -> str:
    text = server.psql(DATABASE, "SELECT version() || ' / PostGIS ' || postgis_lib_version()").strip()
    return re.sub(r"\s+", " ", text)
