"""Redraw the layout templates in resources/layouts/ from the designs in qgis_adapters/layout.py.

Run after changing a design: ``.venv/bin/python scripts/make_layout_templates.py``. The
templates are plain QGIS ``.qpt`` files; users may also edit them in the layout designer.
"""

from __future__ import annotations

import sys

import qgisapp


def main() -> int:
    qgisapp.start()
    from qgis.core import QgsPrintLayout, QgsProject

    from wijkmonitor_plugin.qgis_adapters import layout as lay

    project = QgsProject()
    written = []
    for size in ("A4", "A3"):
        for orientation in (lay.PORTRAIT, lay.LANDSCAPE):
            layout = QgsPrintLayout(project)
            lay.design_theme_layout(layout, size, orientation)
            written.append(lay.save_template(layout, lay.template_path(lay.template_name(size, orientation))))
    layout = QgsPrintLayout(project)
    lay.design_atlas_layout(layout)
    written.append(lay.save_template(layout, lay.template_path(lay.ATLAS_TEMPLATE)))
    for path in written:
        print(f"wrote {path.relative_to(qgisapp.ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
