"""Dutch translations: extract, fill, check and compile.

Sources are split in areas so several people can translate at once; each area has its
own Qt Linguist file ``resources/i18n/nl/<area>.ts`` and all are compiled together into
``resources/i18n/wijkmonitor_nl.qm``, which the plugin loads in a Dutch QGIS.

    python scripts/translations.py update [AREA]   # extract every area or one (keeps translations)
    python scripts/translations.py missing [AREA]  # list untranslated strings
    python scripts/translations.py fill AREA F.json  # {"English": "Nederlands", ...} into AREA
    python scripts/translations.py compile         # lrelease into the .qm
    python scripts/translations.py check           # fails if any string lacks Dutch or the .qm is stale
    python scripts/translations.py tools           # the extractor and lrelease found on this machine

The tools are found on each system: pylupdate5 (PyQt5), pylupdate6 (PyQt6) or Qt 6's lupdate to
extract, lrelease of Qt 5 or Qt 6 to compile (WIJKMONITOR_LUPDATE / WIJKMONITOR_LRELEASE name
another one).
"""

from __future__ import annotations

import fnmatch
import json
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PKG = ROOT / "wijkmonitor_plugin"
TS_DIR = ROOT / "resources" / "i18n" / "nl"
QM = ROOT / "resources" / "i18n" / "wijkmonitor_nl.qm"
#: where Debian (and most distributions) keep Qt's own tools when they are not on PATH
QT_BIN_DIRS = ("/usr/lib/qt5/bin", "/usr/lib/qt6/bin", "/usr/lib/x86_64-linux-gnu/qt5/bin",
               "/usr/lib/x86_64-linux-gnu/qt6/bin", "/usr/lib/qt6/libexec")
#: extractors that read Python sources, preferred first, and how each is told what to do
EXTRACTORS = {
    "pylupdate5": lambda tool, files, ts: [tool, "-noobsolete", *files, "-ts", ts],
    "pylupdate6": lambda tool, files, ts: [tool, "--no-obsolete", "--no-summary", "--ts", ts, *files],
    "lupdate": lambda tool, files, ts: [tool, "-silent", "-no-obsolete", "-locations", "none", *files, "-ts", ts],
}
LRELEASE_NAMES = ("lrelease", "lrelease-qt5", "lrelease6", "lrelease-qt6")

#: area -> glob patterns relative to the package. Every .py file must be in exactly one area.
AREAS = {
    "foundation": ["__init__.py", "plugin.py", "i18n.py", "paths.py", "deps.py", "algorithms/__init__.py",
                   "algorithms/provider.py", "algorithms/base.py", "algorithms/load_sample.py",
                   "core/__init__.py", "core/regions.py", "core/files.py", "core/errors.py",
                   "qgis_adapters/__init__.py",
                   "qgis_adapters/compat.py",
                   "qgis_adapters/frames.py", "qgis_adapters/outputs.py", "qgis_adapters/geometry.py",
                   "gui/__init__.py", "gui/actions.py", "gui/results_dialog.py"],
    "data": ["core/cbs_municipalities*.py", "core/pdok*.py", "core/http_*.py", "qgis_adapters/network*.py",
             "qgis_adapters/cache*.py", "qgis_adapters/pdok_download*.py", "algorithms/load_neighbourhoods.py",
             "gui/load_dialog*.py", "gui/municipalit*.py", "algorithms/clear_download_cache.py"],
    "cbs": ["core/cbs_odata*.py", "core/cbs_dimensions*.py", "qgis_adapters/cbs_download*.py",
            "algorithms/download_cbs_table.py"],
    "indicators": ["core/catalogue*.py", "core/values*.py", "core/tables*.py", "core/statline*.py", "core/join*.py",
                   "core/indicators*.py", "core/aggregate*.py", "core/raster*.py",
                   "qgis_adapters/tables*.py", "qgis_adapters/raster*.py", "algorithms/join_*.py",
                   "algorithms/compute_*.py", "algorithms/aggregate_*.py", "algorithms/raster_*.py"],
    "index": ["core/deprivation*.py", "core/factor*.py", "core/ranking*.py", "core/shrinkage*.py",
              "core/uncertainty*.py", "core/definition*.py", "core/index_report*.py", "core/index_*.py",
              "core/imputation*.py", "algorithms/deprivation*.py", "qgis_adapters/report*.py"],
    "maps": ["core/classify*.py", "core/palettes*.py", "core/profile*.py", "core/field_labels*.py",
             "qgis_adapters/style*.py",
             "qgis_adapters/layout*.py", "algorithms/export_*.py", "algorithms/style_*.py",
             "algorithms/atlas*.py", "gui/panel*.py", "gui/dock*.py"],
    "scenarios": ["core/scenario*.py", "algorithms/scenario*.py", "qgis_adapters/scenario*.py"],
    "trends": ["core/realloc*.py", "core/trend*.py", "qgis_adapters/overlay*.py", "qgis_adapters/change_style*.py",
               "algorithms/realloc*.py", "algorithms/trend*.py"],
    "perceptions": ["core/wijkprofile*.py", "core/similar*.py", "core/lisa*.py", "core/hotspot*.py",
                    "core/contiguity*.py", "core/leefbaarometer*.py", "qgis_adapters/contiguity*.py",
                    "qgis_adapters/hotspot*.py", "algorithms/wijkprofile*.py", "algorithms/similar*.py",
                    "algorithms/hotspot*.py", "algorithms/leefbaarometer*.py"],
    "energy": ["core/energy*.py", "core/portrait*.py", "qgis_adapters/portrait*.py", "qgis_adapters/energy*.py",
               "algorithms/energy*.py", "algorithms/portrait*.py"],
}


def area_files(area: str) -> list[Path]:
    files = []
    for path in sorted(PKG.rglob("*.py")):
        rel = path.relative_to(PKG).as_posix()
        if any(fnmatch.fnmatch(rel, pat) for pat in AREAS[area]):
            files.append(path)
    return files


def unassigned() -> list[str]:
    out = []
    for path in sorted(PKG.rglob("*.py")):
        rel = path.relative_to(PKG).as_posix()
        hits = [a for a, pats in AREAS.items() if any(fnmatch.fnmatch(rel, p) for p in pats)]
        if len(hits) != 1:
            out.append(f"{rel} (areas: {hits or 'none'})")
    return out


class ToolMissingError(RuntimeError):
    pass


def _which(name: str) -> str | None:
    """A tool in Qt's own folders (Qt 5 first), else on PATH (where qtchooser may stand in for it)."""
    if os.sep in name:
        return name if os.access(name, os.X_OK) else None
    for folder in QT_BIN_DIRS:
        path = Path(folder) / name
        if path.is_file() and os.access(path, os.X_OK):
            return str(path)
    return shutil.which(name)


def _is_qt6_lupdate(tool: str) -> bool:
    """Qt's lupdate reads Python sources from Qt 6 on; Qt 5's finds nothing in them."""
    proc = subprocess.run([tool, "-version"], capture_output=True, text=True)
    version = (proc.stdout + proc.stderr).split()[-1:] or ["0"]
    return version[0].split(".")[0].isdigit() and int(version[0].split(".")[0]) >= 6


def find_extractor() -> tuple[str, str]:
    """(kind, path) of the string extractor: WIJKMONITOR_LUPDATE, else pylupdate5, pylupdate6, Qt 6 lupdate."""
    wanted = os.environ.get("WIJKMONITOR_LUPDATE")
    if wanted:
        path = _which(wanted)
        if path is None:
            raise ToolMissingError(f"WIJKMONITOR_LUPDATE={wanted} is not an executable")
        kind = next((k for k in EXTRACTORS if Path(path).name.startswith(k)), "lupdate")
        return kind, path
    for kind in ("pylupdate5", "pylupdate6"):
        path = _which(kind)
        if path:
            return kind, path
    for name in ("lupdate", "lupdate6", "lupdate-qt6"):
        path = _which(name)
        if path and _is_qt6_lupdate(path):
            return "lupdate", path
    raise ToolMissingError("no translation extractor found: install pyqt5-dev-tools (pylupdate5), pyqt6-dev-tools "
                      "(pylupdate6) or qt6-l10n-tools (lupdate); 'make setup' installs them")


def find_lrelease() -> str:
    """lrelease of Qt 5 or Qt 6: WIJKMONITOR_LRELEASE, else the first found on PATH or in Qt's tool folders."""
    wanted = os.environ.get("WIJKMONITOR_LRELEASE")
    for name in ([wanted] if wanted else LRELEASE_NAMES):
        path = _which(name)
        if path:
            return path
    raise ToolMissingError(f"{wanted or 'lrelease'} not found: install qttools5-dev-tools or qt6-l10n-tools "
                      "('make setup' installs them)")


def run_pylupdate(area: str, ts: Path) -> None:
    files = [str(p) for p in area_files(area)]
    if not files:
        return
    kind, tool = find_extractor()
    subprocess.run(EXTRACTORS[kind](tool, files, str(ts)), check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    write_canonical(ET.parse(ts), ts)


def write_canonical(tree: ET.ElementTree, ts: Path) -> None:
    """Write a .ts in one stable form: contexts by name, messages by source text, file names
    without line numbers. Moving code or adding a string then changes only the lines concerned."""
    root = tree.getroot()
    contexts = sorted(root.findall("context"), key=lambda c: c.findtext("name") or "")
    for ctx in contexts:
        root.remove(ctx)
        msgs = sorted(ctx.findall("message"), key=lambda m: (m.findtext("source") or "", m.findtext("comment") or ""))
        for msg in msgs:
            ctx.remove(msg)
            locations = {loc.get("filename") for loc in msg.findall("location")}
            for loc in msg.findall("location"):
                msg.remove(loc)
            for i, name in enumerate(sorted(n for n in locations if n)):
                loc = ET.Element("location", {"filename": name})
                msg.insert(i, loc)
            ctx.append(msg)
        root.append(ctx)
    ET.indent(tree, space="    ")
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def messages(ts: Path):
    """(context, source, translation or None) for every current message of a .ts file."""
    if not ts.is_file():
        return
    root = ET.parse(ts).getroot()
    for ctx in root.iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            kind = tr.get("type") if tr is not None else None
            if kind in ("obsolete", "vanished"):
                continue
            text = tr.text if tr is not None and kind != "unfinished" else None
            yield name, msg.findtext("source"), text


def update(areas=None) -> None:
    TS_DIR.mkdir(parents=True, exist_ok=True)
    for area in areas or AREAS:
        run_pylupdate(area, TS_DIR / f"{area}.ts")


def fill(area: str, mapping_file: str) -> int:
    mapping = json.loads(Path(mapping_file).read_text(encoding="utf-8"))
    ts = TS_DIR / f"{area}.ts"
    tree = ET.parse(ts)
    n = 0
    for msg in tree.getroot().iter("message"):
        src = msg.findtext("source")
        if src in mapping:
            tr = msg.find("translation")
            tr.text = mapping[src]
            tr.attrib.pop("type", None)
            n += 1
    write_canonical(tree, ts)
    return n


def compile_qm(target: Path = QM) -> None:
    files = sorted(str(p) for p in TS_DIR.glob("*.ts"))
    subprocess.run([find_lrelease(), "-silent", *files, "-qm", str(target)], check=True)


def missing(areas) -> list[str]:
    out = []
    for area in areas:
        ts = TS_DIR / f"{area}.ts"
        with tempfile.TemporaryDirectory() as tmp:
            fresh = Path(tmp) / "fresh.ts"
            if ts.is_file():
                fresh.write_bytes(ts.read_bytes())
            run_pylupdate(area, fresh)
            done = {(c, s) for c, s, t in messages(ts) if t}
            for ctx, src, _ in messages(fresh):
                if (ctx, src) not in done:
                    out.append(f"[{area}] {ctx}: {src!r}")
    return out


def check() -> int:
    problems = [f"source file not in exactly one translation area: {u}" for u in unassigned()]
    problems += [f"no Dutch translation: {m}" for m in missing(AREAS)]
    with tempfile.TemporaryDirectory() as tmp:
        fresh_qm = Path(tmp) / "nl.qm"
        compile_qm(fresh_qm)
        if not QM.is_file() or QM.read_bytes() != fresh_qm.read_bytes():
            problems.append(f"{QM.relative_to(ROOT)} is stale: run 'make translations'")
    for p in problems:
        print(p, file=sys.stderr)
    if problems:
        print(f"translations: {len(problems)} problem(s); fix with 'make translations' and "
              "'scripts/translations.py fill AREA file.json'", file=sys.stderr)
    return 1 if problems else 0


def main(argv: list[str]) -> int:
    try:
        return command(argv)
    except ToolMissingError as exc:
        print(f"translations: {exc}", file=sys.stderr)
        return 1


def command(argv: list[str]) -> int:
    cmd = argv[1] if len(argv) > 1 else "check"
    if cmd == "update":
        update(argv[2:])
    elif cmd == "compile":
        compile_qm()
    elif cmd == "missing":
        for line in missing(argv[2:] or list(AREAS)):
            print(line)
    elif cmd == "fill":
        print(f"filled {fill(argv[2], argv[3])} message(s)")
    elif cmd == "check":
        return check()
    elif cmd == "tools":
        kind, tool = find_extractor()
        print(f"extract: {tool} ({kind})\ncompile: {find_lrelease()}")
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
