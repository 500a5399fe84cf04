"""Pinyin initials for search as you type: 王小明 -> 'wxm'; surnames read apart from the ordinary word.

pypinyin (half a second and 50 MiB of dictionaries) is loaded the first time a name is written, not when the
program starts: the sign-in window never waits for it.
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=4096)
def initials(text: str) -> str:
    """Lower-case initials of each Chinese character; letters and digits pass through."""
    if not text:
        return ""
    from pypinyin import Style, lazy_pinyin

    # Chinese characters come back as one letter each; any other run (KFR-35GW) comes back whole.
    parts = lazy_pinyin(text, style=Style.FIRST_LETTER)
    return "".join(c for p in parts for c in p if c.isalnum()).lower()


# Surnames whose family-name reading differs from the word's ordinary one (覃 is Qín as a surname, Tán in
# words; 单 Shàn/Dān; 曾 Zēng/Céng …). People type either, so either initial must find the customer.
SURNAME_INITIALS: dict[str, tuple[str, ...]] = {
    "覃": ("q", "t"), "单": ("s", "d", "c"), "曾": ("z", "c"), "区": ("o", "q"), "仇": ("q", "c"), "解": ("x", "j"),
    "查": ("z", "c"), "朴": ("p",), "盖": ("g",), "乐": ("y", "l"), "缪": ("m",), "翟": ("z", "d"), "尉": ("y", "w"),
    "种": ("c", "z"), "繁": ("p", "f"), "黑": ("h",), "华": ("h",), "纪": ("j",), "任": ("r",), "员": ("y",),
    "秘": ("b", "m"), "燕": ("y",), "葛": ("g",), "长孙": ("zs", "cs"),
}  # fmt: skip


def surname_alternatives(typed: str) -> list[tuple[str, str]]:
    """(surname, initials as stored) pairs that typed initials may mean by another reading of a surname.

    'qxm' may be 覃小明 stored as 'txm' (pypinyin reads 覃 as Tán): [('覃', 'txm'), …]."""
    typed = typed.lower()
    out = []
    for surname, readings in SURNAME_INITIALS.items():
        for reading in readings:
            if not typed.startswith(reading):
                continue
            rest = typed[len(reading):]
            out += [(surname, other + rest) for other in readings if other != reading]
    return out
