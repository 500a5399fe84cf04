"""Find bundled files (forms, icons, fonts, translations) from a checkout, a wheel or a frozen bundle.

Qt-free on purpose: the PDF export needs the fonts too.
"""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def _candidates() -> list[Path]:
    found: list[Path] = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:  # PyInstaller puts data files under its temporary/bundle root
        found.append(Path(frozen_root) / "resources")
    found.append(_PACKAGE_DIR / "_resources")  # installed wheel: mapped by setup.py
    found.append(_PACKAGE_DIR.parent / "resources")  # a source checkout
    return found


def resources_root() -> Path:
    """The folder holding icons/, fonts/ and translations/."""
    for candidate in _candidates():
        if (candidate / "fonts").is_dir():
            return candidate
    raise FileNotFoundError("resources folder not found in: " + ", ".join(map(str, _candidates())))


def resource_path(*parts: str) -> Path:
    """Path of one bundled file, e.g. resource_path("fonts", "wqy-microhei.ttc")."""
    return resources_root().joinpath(*parts)
