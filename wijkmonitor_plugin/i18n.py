"""Translation for every user-facing string.

``translate(context, text)`` goes through Qt's translator when Qt is loaded (inside
QGIS or qgis_process) and returns the English text otherwise, so the Qt-free
modules in :mod:`wijkmonitor_plugin.core` can be used and tested without QGIS.
``pylupdate5`` picks up every ``translate("Context", "text")`` call with literal
arguments; Dutch lives in ``resources/i18n/wijkmonitor_nl.ts``.
"""

from __future__ import annotations

from .paths import resource

_translator = None


def translate(context: str, text: str) -> str:
    try:
        from qgis.PyQt.QtCore import QCoreApplication
    except ImportError:  # plain Python, no Qt: English
        return text
    return QCoreApplication.translate(context, text)


def user_locale() -> str:
    """The two-letter language of the QGIS user interface ('nl', 'en', ...)."""
    from qgis.core import QgsSettings
    from qgis.PyQt.QtCore import QLocale

    settings = QgsSettings()
    if settings.value("locale/overrideFlag", False, type=bool):
        name = settings.value("locale/userLocale", "", type=str)
    else:
        name = QLocale.system().name()
    return (name or "en")[:2].lower()


def install_translator(locale: str | None = None) -> bool:
    """Load the compiled translation for the QGIS locale. English needs none."""
    global _translator
    from qgis.PyQt.QtCore import QCoreApplication, QTranslator

    locale = locale or user_locale()
    remove_translator()
    qm = resource("i18n", f"wijkmonitor_{locale}.qm")
    if locale == "en" or not qm.is_file():
        return False
    translator = QTranslator()
    if not translator.load(str(qm)):
        return False
    QCoreApplication.installTranslator(translator)
    _translator = translator
    return True


def remove_translator() -> None:
    global _translator
    if _translator is not None:
        from qgis.PyQt.QtCore import QCoreApplication

        QCoreApplication.removeTranslator(_translator)
        _translator = None
