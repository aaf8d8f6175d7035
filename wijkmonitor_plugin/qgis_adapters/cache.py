"""The Wijkmonitor download cache: web responses on disk in the QGIS profile.

Every successful, checked response (JSON or XML) is kept under
``<profile>/cache/wijkmonitor/`` by the hash of its URL, written to a temporary name
and renamed, so a crash or cancel never leaves half a file. Downloads reuse it when it
is recent enough and fall back to it when the service cannot be reached. The lists of
gemeenten downloaded for years the plugin has no list of live in ``municipalities/``
beside them (:mod:`.pdok_download`); clearing the cache removes those too.
"""

from __future__ import annotations

import hashlib
import json
import time
from pathlib import Path

from qgis.core import QgsApplication, QgsSettings

from ..core.files import atomic_write_bytes

SETTING_DIR = "wijkmonitor/cache/directory"
SETTING_MAX_AGE = "wijkmonitor/cache/max_age_days"
DEFAULT_MAX_AGE_DAYS = 30.0
#: the folder (inside the cache) of the lists of gemeenten downloaded per year
LISTS = "municipalities"


def default_cache_dir() -> Path:
    custom = QgsSettings().value(SETTING_DIR, "", type=str)
    if custom:
        return Path(custom)
    return Path(QgsApplication.qgisSettingsDirPath()) / "cache" / "wijkmonitor"


def max_age_days() -> float:
    return float(QgsSettings().value(SETTING_MAX_AGE, DEFAULT_MAX_AGE_DAYS, type=float))


class CacheEntry:
    def __init__(self, body: bytes, meta: dict):
        self.body = body
        self.meta = meta

    @property
    def content_type(self) -> str:
        return self.meta.get("content_type", "")

    @property
    def saved(self) -> float:
        return float(self.meta.get("saved", 0))

    def age_days(self, now: float | None = None) -> float:
        return ((now or time.time()) - self.saved) / 86400.0

    def saved_text(self) -> str:
        return time.strftime("%Y-%m-%d %H:%M", time.localtime(self.saved))


class ResponseCache:
    """Responses by URL in a folder; ``get``/``put``/``remove``/``clear``."""

    def __init__(self, directory: Path | str | None = None):
        self.directory = Path(directory) if directory else default_cache_dir()

    def _paths(self, url: str) -> tuple[Path, Path]:
        digest = hashlib.sha256(url.encode("utf-8")).hexdigest()
        sub = self.directory / digest[:2]
        return sub / f"{digest}.body", sub / f"{digest}.json"

    def get(self, url: str) -> CacheEntry | None:
        body_path, meta_path = self._paths(url)
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            body = body_path.read_bytes()
        except (OSError, ValueError):
            return None
        if meta.get("url") != url or meta.get("size") != len(body):
            return None
        return CacheEntry(body, meta)

    def put(self, url: str, body: bytes, content_type: str = "") -> None:
        body_path, meta_path = self._paths(url)
        body_path.parent.mkdir(parents=True, exist_ok=True)
        meta = {"url": url, "content_type": content_type, "saved": time.time(), "size": len(body)}
        atomic_write_bytes(body_path, body)
        atomic_write_bytes(meta_path, json.dumps(meta).encode("utf-8"))

    def remove(self, url: str) -> None:
        for path in self._paths(url):
            if path.exists():
                path.unlink()

    def _files(self) -> list[Path]:
        if not self.directory.is_dir():
            return []
        return list(self.directory.rglob("*.body")) + list((self.directory / LISTS).glob("*.json"))

    def stats(self) -> tuple[int, int]:
        """(number of cached responses and lists, bytes on disk)."""
        files = self._files()
        return len(files), sum(f.stat().st_size for f in files)

    def clear(self) -> tuple[int, int]:
        """Delete every cached response; returns what :meth:`stats` said before."""
        before = self.stats()
        if self.directory.is_dir():
            for sub in self.directory.iterdir():
                if sub.is_dir() and len(sub.name) == 2:
                    for path in sub.iterdir():
                        if path.suffix in (".body", ".json", ".part"):
                            path.unlink()
                    if not any(sub.iterdir()):
                        sub.rmdir()
            for path in (self.directory / LISTS).glob("*.json"):
                path.unlink()
        return before
