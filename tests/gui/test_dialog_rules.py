"""Rules every dialog of the app keeps (checked over all of them, so a new dialog cannot slip past)."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

from PySide6.QtWidgets import QDialog

import aftersales_desktop.gui as gui_package


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
