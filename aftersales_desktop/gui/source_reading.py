"""PySide6 reads the whole source of every module imported after it, and keeps it.

For its opt-in `from __feature__ import …` (which this app never uses), PySide 6 asks of every module imported
after Qt whether its source mentions "PySide6" — through `inspect.getsource`, which leaves every line of every
file in `linecache` for the life of the process: 7 MiB for the app's two hundred modules, and a file read and
split into lines per import while the counter waits for a window. `install()` answers the same question by
looking for the word in the file's bytes, keeping nothing. When a PySide release no longer has the hook, it
does nothing.
"""

from __future__ import annotations

import sys
from types import ModuleType


def _mentions_pyside(module: ModuleType) -> bool:
    """What PySide's own check answers (does the module's source say "PySide6"?), without keeping the source."""
    spec = getattr(module, "__spec__", None)
    origin = getattr(spec, "origin", None) or getattr(module, "__file__", None)
    if not isinstance(origin, str) or not origin.endswith(".py"):
        return False  # built in, compiled or without a file: PySide's check says False for these too
    try:
        with open(origin, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return False


def install() -> None:
    """Load PySide6's runtime and replace its check (idempotent; nothing when its hook is not there). Called
    before the app's own GUI modules are imported."""
    import shiboken6  # noqa: F401 - sets up the import hook being tamed here

    feature = sys.modules.get("shibokensupport.feature") or sys.modules.get("PySide6.support.feature")
    if feature is not None and hasattr(feature, "_mod_uses_pyside"):
        setattr(feature, "_mod_uses_pyside", _mentions_pyside)  # noqa: B010 - a module of PySide, not ours
