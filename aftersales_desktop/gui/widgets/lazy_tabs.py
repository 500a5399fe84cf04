"""Tabs built the first time they are shown (or asked for): opening an area builds only the tab it shows.

An area of five tabs over years of records read five lists to show one. Each tab starts as an empty stand-in
and is replaced in place, at the same index and with the same title, by the real tab when it is first shown
or when the page asks for it (`get`, e.g. a search hit to open on it). A page's attributes for its tabs
become properties calling `get`, so `tabs.indexOf(page.claims)` and `setCurrentWidget(page.claims)` work
as before. Tabs that were built re-read their data when shown again through `reshown`; a tab read its data
as it was built, so it is not read twice.

A tab is made where it stays, as a child of the tab widget's page stack (its factory is given that parent): a
widget built under another parent and then moved in is restyled again with everything it holds. The window's
barcode scanner (gui/widgets/scanner.py) is paused while a tab is built and shown: its application-wide filter
would otherwise see every one of the thousands of events that building sends.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QStackedWidget, QTabWidget, QWidget

from aftersales_desktop.gui.widgets.scanner import paused_in_window_of


def built_from(module: str, name: str, *args: Any, **kwargs: Any) -> Callable[[QWidget], QWidget]:
    """A tab factory that imports `module` only when the tab is first built (a tab's module is most of what
    building it costs), then makes `name(*args, parent=parent, **kwargs)` in the parent LazyTabs gives. The
    installer bundles every module of the package."""

    def build(parent: QWidget) -> QWidget:
        return getattr(importlib.import_module(module), name)(*args, parent=parent, **kwargs)  # type: ignore[no-any-return]

    return build


class LazyTabs(QObject):
    reshown = Signal(QWidget)  # a tab built earlier is shown again (pages refresh it)

    def __init__(self, tabs: QTabWidget) -> None:
        super().__init__(tabs)
        self.tabs = tabs
        # the tab widget's own page stack, where each tab is made. Held here: a Python object made for it on
        # the fly and dropped after the call takes the Python side of the tab's layout items with it (PySide
        # invalidates what it saw given to a parent it frees; Parts' claim orders crashed as they were shown)
        self.stack = tabs.findChild(QStackedWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
        self._stand_ins: dict[str, QWidget] = {}
        self._factories: dict[str, Callable[[QWidget], QWidget]] = {}
        self.built: dict[str, QWidget] = {}  # in the order they were built
        tabs.currentChanged.connect(self._shown)

    def add(self, key: str, title: str, factory: Callable[[QWidget], QWidget]) -> None:
        """A tab titled `title` whose widget `factory(parent)` makes, in `parent`, when it is first needed."""
        stand_in = QWidget()
        stand_in.setObjectName(f"lazy_{key}")
        self._stand_ins[key] = stand_in
        self._factories[key] = factory
        self.tabs.addTab(stand_in, title)
        if self.tabs.count() == 1:  # the first tab is the one shown: built at once
            self.get(key)

    def get(self, key: str) -> QWidget:
        """The tab `key`, built now when it has not been yet."""
        found = self.built.get(key)
        if found is not None:
            return found
        with paused_in_window_of(self.tabs):  # built and shown with no key to read (see the top)
            widget = self._factories.pop(key)(self.stack)  # made where it stays
            self.built[key] = widget
            stand_in = self._stand_ins.pop(key)
            index = self.tabs.indexOf(stand_in)
            was_current = self.tabs.currentIndex() == index
            blocked = self.tabs.blockSignals(True)  # the same tab stays shown: no "changed" for the swap
            try:
                self.tabs.insertTab(index, widget, self.tabs.tabText(index))
                self.tabs.removeTab(index + 1)
                if was_current:
                    self.tabs.setCurrentIndex(index)
            finally:
                self.tabs.blockSignals(blocked)
        stand_in.deleteLater()
        return widget

    def show(self, key: str) -> QWidget:
        """Bring tab `key` to the front (built first when needed) and return it."""
        stand_in = self._stand_ins.get(key)
        if stand_in is not None:
            self.tabs.setCurrentWidget(stand_in)  # built as it is shown, its data read once
            return self.get(key)
        widget = self.built[key]
        self.tabs.setCurrentWidget(widget)
        return widget

    def _shown(self, index: int) -> None:
        shown = self.tabs.widget(index)
        key = next((k for k, w in self._stand_ins.items() if w is shown), None)
        if key is not None:
            self.get(key)
        elif shown is not None:
            self.reshown.emit(shown)
