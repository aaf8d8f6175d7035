"""Without pandas (or numpy) the plugin still loads, adds its menu and says what to install."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

from tests.conftest import ROOT

SCRIPT = textwrap.dedent(
    """
    import sys
    sys.modules["pandas"] = None  # "import pandas" now raises ImportError, as on a QGIS without it
    sys.modules["numpy"] = None
    sys.path.insert(0, {root!r})
    from qgis.core import QgsApplication
    from qgis.PyQt.QtWidgets import QMainWindow
    app = QgsApplication([], True)
    app.initQgis()

    class MessageBar:
        def __init__(self):
            self.messages = []

        def pushMessage(self, title, text, level, duration):
            self.messages.append(text)

    class Iface:  # the part of QgisInterface the plugin uses
        def __init__(self):
            self.window, self.bar, self.plugin_menus = QMainWindow(), MessageBar(), {{}}

        def mainWindow(self):
            return self.window

        def messageBar(self):
            return self.bar

        def addToolBar(self, name):
            return self.window.addToolBar(name)

        def addPluginToMenu(self, name, action):
            self.plugin_menus.setdefault(name, []).append(action)

        def removePluginMenu(self, name, action):
            self.plugin_menus[name].remove(action)

    iface = Iface()
    from wijkmonitor_plugin import classFactory
    plugin = classFactory(iface)
    plugin.initGui()
    provider = QgsApplication.processingRegistry().providerById("wijkmonitor")
    print("PROVIDER", provider is not None, len(provider.algorithms()))
    print("MENU", len(iface.plugin_menus.get("&Wijkmonitor", [])))
    for message in iface.bar.messages:
        print("MESSAGE", message)
    plugin.unload()
    print("UNLOADED", QgsApplication.processingRegistry().providerById("wijkmonitor") is None)
    """
)


def test_plugin_loads_without_pandas_and_says_what_to_install(tmp_path):
    script = tmp_path / "no_pandas.py"
    script.write_text(SCRIPT.format(root=str(ROOT)), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QGIS_CUSTOM_CONFIG_PATH=str(tmp_path))
    proc = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, env=env, timeout=120)
    out = proc.stdout
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "PROVIDER True 0" in out  # the provider is there, without algorithms
    assert "MENU 3" in out  # toolbox, sample and download dialog; no panel without pandas
    assert "python3-pandas" in out and "pandas" in out.split("MESSAGE", 1)[1]
    assert "UNLOADED True" in out
