"""Loading Qt translators: every resources/translations/*_<lang>.qm plus Qt's own (so dialog buttons match).

Source texts are English; Chinese is a translation. The language is the `--lang` override, else the
shop's "language" setting, else the system's: a Chinese (or unset, "C") locale gives zh_CN, any other English.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator

from aftersales_desktop.core import i18n as core_i18n
from aftersales_desktop.resources import resource_path

_installed: list[QTranslator] = []
_ACCELERATOR = re.compile(r"&([^&\s])")


# Qt 6 moved some texts to new classes; Qt's Chinese file still has them under the old ones ("Folder" in the
# file dialog's Type column).
_MOVED = {"QAbstractFileIconProvider": ("QFileDialog",)}


class AcceleratorFallback(QTranslator):
    """Qt's own dialogs in Chinese where Qt's Chinese file lags behind Qt 6: the non-native file dialog asks
    for "&Look in:" and "Files of &type:", while qtbase_zh_CN has "Look in:" (查找范围：) and "Files of type:";
    it asks for "Folder" in a class that Qt 6 renamed.

    Asked only after every other translator found nothing, it looks the text up under the old class, or
    without its access key and puts the key back the way Qt's Chinese texts write it: 查找范围(&L)：.
    """

    def __init__(self, qt: QTranslator, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.qt = qt

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:
        # None is Qt's "not found" (a null string: the next translator, or the source text, is used)
        if not source or self.qt.translate(context, source, disambiguation, n):
            return None  # Qt's own file has this text: it answers
        for old in _MOVED.get(context, ()):
            moved = self.qt.translate(old, source, disambiguation, n)
            if moved:
                return moved
        match = _ACCELERATOR.search(source)
        if match is None or "&&" in source:
            return None
        plain = self.qt.translate(context, source.replace("&", "", 1), disambiguation, n)
        if not plain:
            return None
        key = f"(&{match.group(1).upper()})"
        stripped = plain.rstrip(":：")
        return stripped + key + plain[len(stripped):]

    def isEmpty(self) -> bool:  # noqa: N802 (Qt's name)
        return False


def system_language() -> str:
    """zh_CN on a Chinese system (and when no locale is set at all), otherwise en."""
    name = QLocale.system().name()
    return "zh_CN" if name.startswith("zh") or name in ("C", "") else "en"


def choose_language(override: str | None = None, setting: str | None = None) -> str:
    for candidate in (override, setting):
        if candidate and candidate != "auto":
            return "en" if candidate.startswith("en") else "zh_CN"
    return system_language()


def uninstall() -> None:
    """Remove every translator this module installed (English source text shows again)."""
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()


def install(language: str) -> str:
    """Replace the installed translators with those of `language`; also sets the core's language."""
    app = QCoreApplication.instance()
    uninstall()
    core_i18n.set_language(language)
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China) if language == "zh_CN" else QLocale(
        QLocale.Language.English, QLocale.Country.UnitedKingdom
    ))
    if language == "en":
        return language  # English is the source text: nothing to load
    files = []
    try:
        folder = resource_path("translations")
        files = sorted(folder.glob(f"*_{language}.qm"))
    except FileNotFoundError:
        pass
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for base in ("qtbase", "qt"):
        translator = QTranslator(app)
        if translator.load(f"{base}_{language}", qt_dir):
            app.installTranslator(translator)
            _installed.append(translator)
            fallback = AcceleratorFallback(translator, app)
            app.installTranslator(fallback)
            _installed.append(fallback)
            break
    for path in files:
        translator = QTranslator(app)
        if translator.load(str(path)):
            app.installTranslator(translator)
            _installed.append(translator)
    return language
