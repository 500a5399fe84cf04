"""The app's icons: simple line SVGs in resources/icons, found the same way in a checkout, wheel or bundle."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from aftersales_desktop.resources import resource_path


@cache
def icon(name: str) -> QIcon:
    """resources/icons/<name>.svg, or an empty icon when it is missing (never a crash over an icon)."""
    try:
        path = resource_path("icons", f"{name}.svg")
    except FileNotFoundError:
        return QIcon()
    return QIcon(str(path)) if path.exists() else QIcon()
