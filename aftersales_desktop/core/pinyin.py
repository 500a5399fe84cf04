"""Pinyin initials for search as you type: 王小明 -> 'wxm'."""

from __future__ import annotations

from functools import lru_cache

from pypinyin import Style, lazy_pinyin


@lru_cache(maxsize=4096)
def initials(text: str) -> str:
    """Lower-case initials of each Chinese character; letters and digits pass through."""
    if not text:
        return ""
    # Chinese characters come back as one letter each; any other run (KFR-35GW) comes back whole.
    parts = lazy_pinyin(text, style=Style.FIRST_LETTER)
    return "".join(c for p in parts for c in p if c.isalnum()).lower()
