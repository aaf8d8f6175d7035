"""Redraw the portrait templates (resources/layouts/portrait_*.qpt) from qgis_adapters/portrait_layout.py.

Run after changing a design: ``.venv/bin/python scripts/make_portrait_templates.py``. The templates
are plain QGIS ``.qpt`` files that name no font family; users may also edit them in the layout designer.
"""

from __future__ import annotations

import sys

import qgisapp


def main() -> int:
    qgisapp.start()
    from wijkmonitor_plugin.qgis_adapters import portrait_layout

    for path in portrait_layout.write_templates():
        print(f"wrote {path.relative_to(qgisapp.ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
