"""Assemble the installable plugin folder, the ZIP for "Install from ZIP", or install it.

The plugin folder holds the package, metadata.txt, LICENSE and resources/ — no tests,
caches or .pyc, and nothing from ../shared.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NAME = "wijkmonitor_plugin"
EXCLUDE_DIRS = {"__pycache__", ".pytest_cache", ".ruff_cache"}
EXCLUDE_SUFFIXES = {".pyc", ".pyo", ".ts"}


def plugin_files():
    """(source path, path inside the plugin folder) for every file that ships."""
    for src_dir, prefix in ((ROOT / NAME, ""), (ROOT / "resources", "resources/")):
        for path in sorted(src_dir.rglob("*")):
            if path.is_dir() or EXCLUDE_DIRS & set(path.relative_to(src_dir).parts):
                continue
            if path.suffix in EXCLUDE_SUFFIXES:
                continue
            yield path, prefix + path.relative_to(src_dir).as_posix()
    yield ROOT / "metadata.txt", "metadata.txt"
    yield ROOT / "LICENSE", "LICENSE"


def build_folder(target: Path) -> Path:
    if target.exists():
        shutil.rmtree(target)
    for src, rel in plugin_files():
        dst = target / rel
        dst.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(src, dst)
    return target


def build_zip(zip_path: Path) -> Path:
    tmp = zip_path.with_suffix(".zip.part")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zf:
        for src, rel in plugin_files():
            zf.write(src, f"{NAME}/{rel}")
    os.replace(tmp, zip_path)
    return zip_path


def profile_plugins_dir() -> Path:
    base = os.environ.get("QGIS_CUSTOM_CONFIG_PATH")
    if base:
        return Path(base) / "profiles" / "default" / "python" / "plugins"
    return Path.home() / ".local" / "share" / "QGIS" / "QGIS3" / "profiles" / "default" / "python" / "plugins"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--folder", type=Path, help="build the plugin folder here")
    parser.add_argument("--zip", type=Path, help="build the ZIP here")
    parser.add_argument("--install", action="store_true", help="install into the default QGIS profile")
    args = parser.parse_args(argv)
    if args.folder:
        build_folder(args.folder)
    if args.zip:
        print(f"wrote {build_zip(args.zip)}")
    if args.install:
        target = profile_plugins_dir() / NAME
        build_folder(target)
        print(f"installed into {target}; enable 'Wijkmonitor' in Plugins > Manage and Install Plugins")
    return 0


if __name__ == "__main__":
    sys.exit(main())
