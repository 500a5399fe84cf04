"""Importing reportlab's Paragraph without compiling what the papers never use.

reportlab.platypus.paragraph compiles, at its import, a pattern for web addresses (case-insensitive over
\\xa1-\\uffff: about 30 ms, a tenth of a `print` command's own work) that only its link handling reads; a paper
has no links. `import_paragraph` imports the module with that one pattern compiled when it is first used, and
every other pattern as usual. Should reportlab change the pattern, it is simply compiled at import again.
"""

from __future__ import annotations

import re
import sys
from typing import Any

_URL_PATTERN_START = "(^(?:[a-z0-9\\.\\-\\+]*)://)"


class LazyPattern:
    """A compiled pattern's stand-in that compiles it at the first use of any of its methods."""

    def __init__(self, pattern: str, flags: int) -> None:
        self._args = (pattern, flags)
        self._compiled: re.Pattern[str] | None = None

    def __getattr__(self, name: str) -> Any:
        if self._compiled is None:
            self._compiled = re.compile(*self._args)
        return getattr(self._compiled, name)


def import_paragraph() -> None:
    if "reportlab.platypus.paragraph" in sys.modules:
        return
    compile_now = re.compile

    def compile_(pattern: Any, flags: int = 0) -> Any:
        if isinstance(pattern, str) and pattern.startswith(_URL_PATTERN_START):
            return LazyPattern(pattern, flags)
        return compile_now(pattern, flags)

    re.compile = compile_  # only while reportlab's module runs its top level
    try:
        import reportlab.platypus.paragraph  # noqa: F401
    finally:
        re.compile = compile_now
