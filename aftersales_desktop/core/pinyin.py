"""Pinyin initials for search as you type: 王小明 -> 'wxm'."""

from __future__ import annotations

from functools import lru_cache

from pypinyin import Style, lazy_pinyin


@lru_cache(maxsize=4096)
def initials(text: str) -> str:
    """Lower-case initials of each Chinese character; letters and digits pass through."""
    if not text:
        return ""
    parts = lazy_pinyin(text, style=Style.FIRST_LETTER, errors=lambda chars: list(chars))
    return "".join(p[:1] for p in parts if p and p[:1].isalnum()).lower()
