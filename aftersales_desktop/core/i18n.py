"""Sentences the core says to people, in Chinese first and English too.

The core may not use Qt's translator, so a message is written once as a pair at the place it is raised.
The GUI picks the language with `set_language`; the command line and PDFs read `current_language()`.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

LANGUAGES = ("zh_CN", "en")
_current = "zh_CN"


def set_language(code: str) -> None:
    """Choose the language for core messages and printed paper ('zh_CN' or 'en')."""
    global _current
    _current = "en" if code.startswith("en") else "zh_CN"


def current_language() -> str:
    return _current


@contextmanager
def using_language(code: str) -> Iterator[None]:
    """Speak `code` for a while (a paper in the shop's paper language), then the language of before again."""
    global _current
    before = _current
    set_language(code)
    try:
        yield
    finally:
        _current = before


@dataclass(frozen=True)
class Text:
    """A sentence in both languages; str() gives the current one."""

    zh: str
    en: str

    def format(self, **values: object) -> Text:
        return Text(self.zh.format(**values), self.en.format(**values))

    def in_language(self, code: str) -> str:
        return self.en if code.startswith("en") else self.zh

    def __str__(self) -> str:
        return self.in_language(_current)


def T(zh: str, en: str, **values: object) -> Text:  # noqa: N802 - short on purpose, used at every raise
    """Build a bilingual sentence, optionally formatting both halves with the same values."""
    text = Text(zh, en)
    return text.format(**values) if values else text
