"""Rules every dialog of the app keeps (checked over all of them, so a new dialog cannot slip past)."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import pytest
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import QApplication, QDialog

import aftersales_desktop.gui as gui_package
from tests.gui.screen_checks import clashes, first_input


def app_dialog_classes() -> list[type[QDialog]]:
    """Every QDialog subclass written in aftersales_desktop.gui (generated forms excepted)."""
    found: dict[str, type[QDialog]] = {}
    for info in pkgutil.walk_packages(gui_package.__path__, gui_package.__name__ + "."):
        if ".forms." in info.name:
            continue
        module = importlib.import_module(info.name)
        for _name, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, QDialog) and cls.__module__ == module.__name__:
                found[f"{cls.__module__}.{cls.__qualname__}"] = cls
    return list(found.values())


def test_dialog_options_and_parent_are_keyword_only():
    """`ReturnDialog(session, card, True, parent)` once turned a window into `unrepaired`: options by keyword only."""
    classes = app_dialog_classes()
    assert len(classes) > 30
    slips = []
    for cls in classes:
        for param in list(inspect.signature(cls.__init__).parameters.values())[1:]:
            optional = param.default is not inspect.Parameter.empty or param.name == "parent"
            if optional and param.kind is not inspect.Parameter.KEYWORD_ONLY:
                slips.append(f"{cls.__qualname__}({param.name})")
    assert not slips, f"take these by keyword (put them after *): {slips}"


# Where a dialog must fit: a 1366×768 screen leaves 1366×728 above the taskbar, less the title bar.
ROOM_WIDTH, ROOM_HEIGHT = 1366, 728 - 32
BASES = {"_StepDialog", "_CallForm", "_Form", "FormDialog", "_BillForm"}


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_every_dialog_fits_the_screen_starts_in_its_first_input_and_has_unique_access_keys(
    session, shop, qtbot, tmp_path, language
):
    """Opens every dialog of every area (the tallest state too) as the app would show it."""
    from aftersales_desktop.gui import i18n
    from aftersales_desktop.gui.widgets.style import apply_style
    from tests.gui.dialog_catalogue import every_dialog

    apply_style(QApplication.instance())  # the app's font and spacing: sizes as on the counter PC
    i18n.install(language)
    problems: list[str] = []
    opened: set[str] = set()
    for name, make in every_dialog(session, shop, tmp_path):
        dialog = make()
        qtbot.addWidget(dialog)
        opened.add(type(dialog).__name__)
        dialog.show()
        dialog.activateWindow()
        qtbot.waitUntil(lambda d=dialog: QApplication.activeWindow() is d, timeout=2000)
        size, least = dialog.size(), dialog.minimumSizeHint()
        width, height = ROOM_WIDTH, ROOM_HEIGHT
        if isinstance(dialog, QPrintPreviewDialog):  # sizes itself to the screen it is on (this one is 800×800)
            room = dialog.screen().availableGeometry()
            width, height = room.width() - 40, room.height() - 40
        if max(size.width(), least.width()) > width or max(size.height(), least.height()) > height:
            problems.append(f"{name}: {size.width()}×{size.height()} (at least {least.width()}×{least.height()})")
        expected, focused = first_input(dialog), QApplication.focusWidget()
        if isinstance(dialog, QPrintPreviewDialog) or (focused is not None and focused.property("starts_here")):
            expected = None  # Qt's own preview has no field; a dialog may start after fields filled in for you
        if expected is not None and not (focused is expected or expected.isAncestorOf(focused)
                                         or (focused is not None and focused.isAncestorOf(expected))):
            problems.append(f"{name}: focus on {type(focused).__name__} {focused.objectName() if focused else ''}, "
                            f"not the first input {type(expected).__name__} {expected.objectName()}")
        if clash := clashes(dialog):
            problems.append(f"{name}: access keys {clash}")
        dialog.close()
    assert not problems, "\n".join(problems)
    from tests.gui.dialog_catalogue import multimedia_loads

    unloadable = set() if multimedia_loads() else {"CameraDialog"}  # QtMultimedia needs the sound libraries
    missing = {cls.__name__ for cls in app_dialog_classes()} - BASES - opened - unloadable
    assert not missing, f"add these to tests/gui/dialog_catalogue.py: {missing}"
