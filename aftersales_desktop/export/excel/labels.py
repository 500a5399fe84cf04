"""Shared words of the sheets: vocab labels as fast lookups, and the totals-row labels."""

from __future__ import annotations

from aftersales_desktop.core.i18n import T
from aftersales_desktop.core.vocab import Vocabulary

TOTAL = T("合计", "Total")


def lookup(vocabulary: Vocabulary) -> dict[str, str]:
    """code -> label in the current language (unknown codes show as themselves)."""
    return dict(vocabulary.choices())


def total_label(count: int | None = None, what: str = "") -> str:
    """'合计' / '合计 有费服务(12)' — the first cell of a totals row."""
    text = f"{TOTAL} {what}".strip()
    return f"{text} ({count})" if count is not None else text
