"""`make lint`: QGIS's own PyQt5 → PyQt6 migration checker over the plugin, its tests and scripts.

The checker (``pyqt5to6`` from ``qgis-pyqt5to6``, QGIS's scripts/pyqt5_to_pyqt6) rewrites files
in place to what QGIS 4 (Qt6) needs while staying QGIS 3 compatible: unscoped enums, ``exec_()``,
PyQt5 imports, QVariant field types. It runs here on a copy; any change it would make is printed as
a diff and fails the check. Its venv (.venv/qt6check, requirements in scripts/requirements-qt6check.txt)
is made on first use.

Without a Qt6 build of QGIS to introspect, that checker sees Qt's enums but not QGIS's; the second
part of this check finds unscoped QGIS enum values (``QgsWkbTypes.MultiPolygon`` instead of
``QgsWkbTypes.Type.MultiPolygon``, which QGIS 4 requires) by introspecting the installed QGIS.

Left out of both: ``qgis_adapters/compat.py``, the one place that names the Qt5-only ``QVariant.Type``
field types on purpose, for QGIS < 3.38 (which has no QMetaType field constructor); the checker,
which introspects PyQt6 where ``QVariant.Type`` does not exist, would rewrite them.
"""

from __future__ import annotations

import ast
import difflib
import enum
import hashlib
import importlib
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv" / "qt6check"
REQUIREMENTS = ROOT / "scripts" / "requirements-qt6check.txt"
CHECKER = "qgis-pyqt5to6==0.0.0.dev0"
CHECKED = ("wijkmonitor_plugin", "tests", "scripts")
LEFT_OUT = {Path("wijkmonitor_plugin/qgis_adapters/compat.py")}


def ensure_venv() -> Path:
    tool = VENV / "bin" / "pyqt5to6"
    stamp = VENV / f".installed-{hashlib.md5((REQUIREMENTS.read_text() + CHECKER).encode()).hexdigest()[:12]}"
    if tool.exists() and stamp.exists():
        return tool
    print("qt6_check: installing the QGIS migration checker and PyQt6 into .venv/qt6check", flush=True)
    if VENV.exists():
        shutil.rmtree(VENV)
    subprocess.run(["/usr/bin/python3", "-m", "venv", str(VENV)], check=True)
    pip = [str(VENV / "bin" / "python"), "-m", "pip", "install", "-q", "--disable-pip-version-check"]
    subprocess.run([*pip, "-r", str(REQUIREMENTS)], check=True)
    subprocess.run([*pip, "--no-deps", "--ignore-requires-python", CHECKER], check=True)
    stamp.touch()
    return tool


def python_files(folder: Path):
    for path in sorted(folder.rglob("*.py")):
        rel = path.relative_to(ROOT)
        if "__pycache__" not in rel.parts and rel not in LEFT_OUT:
            yield rel


def _imported_classes(tree: ast.AST) -> dict:
    """name in the file -> (module, name) for everything imported from qgis.core/gui/analysis and qgis.PyQt."""
    names = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and (
                node.module in ("qgis.core", "qgis.gui", "qgis.analysis") or node.module.startswith("qgis.PyQt.")):
            for alias in node.names:
                names[alias.asname or alias.name] = (node.module, alias.name)
    return names


def _is_enum_member(value) -> bool:
    """An enum value (sip's enums on Qt5 builds; Python enums for C++ enum classes on newer sip)."""
    return not isinstance(value, type) and (isinstance(value, enum.Enum) or type(type(value)).__name__ == "enumtype")


def unscoped_enums(rel: Path) -> list[str]:
    """``Class.Value`` accesses where Value is an enum member of Class (QGIS 4 / PyQt6 need ``Class.Enum.Value``)."""
    tree = ast.parse((ROOT / rel).read_text(encoding="utf-8"))
    classes = _imported_classes(tree)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in classes:
            module, name = classes[node.value.id]
            owner = getattr(importlib.import_module(module), name, None)
            value = getattr(owner, node.attr, None) if isinstance(owner, type) else None
            if _is_enum_member(value):
                found.append(f"{rel}:{node.lineno}: {node.value.id}.{node.attr} is an unscoped enum value: write "
                             f"{node.value.id}.{type(value).__name__}.{node.attr}")
    return found


def main() -> int:
    tool = ensure_venv()
    files = [rel for name in CHECKED for rel in python_files(ROOT / name)]
    unscoped = [line for rel in files for line in unscoped_enums(rel)]
    for line in unscoped:
        print(line, file=sys.stderr)
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp)
        for rel in files:
            (copy / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / rel, copy / rel)
        env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
        proc = subprocess.run([str(tool), str(copy)], capture_output=True, text=True, env=env)
        changed = []
        for rel in files:
            before = (ROOT / rel).read_text(encoding="utf-8").splitlines(keepends=True)
            after = (copy / rel).read_text(encoding="utf-8").splitlines(keepends=True)
            if before != after:
                changed.append(rel)
                sys.stdout.writelines(difflib.unified_diff(before, after, f"a/{rel}", f"b/{rel}"))
    errors = [line for line in proc.stderr.splitlines() if "ERROR" in line]
    for line in errors:
        print(line.replace(tmp, "."), file=sys.stderr)
    if proc.returncode not in (0, 1) or (proc.returncode == 1 and not changed):
        print(proc.stdout + proc.stderr, file=sys.stderr)
        print(f"qt6_check: the checker failed ({proc.returncode})", file=sys.stderr)
        return 2
    if changed or errors or unscoped:
        print(f"qt6_check: QGIS 4 / Qt6 migration needed: {len(changed)} file(s) the checker changes (diff above), "
              f"{len(unscoped)} unscoped QGIS/Qt enum value(s)", file=sys.stderr)
        return 1
    print(f"qt6_check: {len(files)} files ready for QGIS 4 / Qt6 (QGIS's pyqt5_to_pyqt6 changes nothing, "
          "no unscoped enum values)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
