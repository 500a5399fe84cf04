"""What a scanned barcode names: the paper it was printed on (voucher, goods receipt, repair card or tag,
deposit or refund receipt, claim order, contract …) or a part's bin label.

A scanner types the whole code exactly, so each lookup is one equality on a unique, indexed column — a scan
answers at once however large the registers grow.
"""

from __future__ import annotations

import re

from aftersales_desktop.core.i18n import T
from aftersales_desktop.core.models import Deposit, Part
from aftersales_desktop.core.numbering import PREFIXES
from aftersales_desktop.core.queries.search import KIND_LABELS, SearchHit, _numbers, _owner_label

PAPER_NUMBER = re.compile(r"^(%s)\d{4}-\d{5}$" % "|".join(PREFIXES.values()))  # noqa: UP031 - a regex
KIND_LABELS.setdefault("part", T("配件", "Part"))


def is_paper_number(code: str) -> bool:
    """True for a whole paper number as printed under its barcode, e.g. XH2026-00042."""
    return bool(PAPER_NUMBER.match((code or "").strip().upper()))


def scanned(code: str) -> SearchHit | None:
    """The record a scanned code names exactly, or None."""
    code = (code or "").strip()
    if not code or len(code) > 60:
        return None
    upper = code.upper()
    if is_paper_number(upper):
        hits = _numbers(lambda field, _kind: field == upper, 1)
        if hits:
            return hits[0]
        deposit = Deposit.get_or_none((Deposit.number == upper) | (Deposit.refund_number == upper))
        if deposit is not None:
            claim = deposit.claim_order
            return SearchHit("claim", claim.id, upper, _owner_label(claim), "parts")
        return None
    part = Part.get_or_none(Part.code == code) or Part.get_or_none(Part.code == upper)
    if part is not None:
        return SearchHit("part", part.id, part.code, " · ".join(x for x in (part.name, part.bin_location) if x),
                         "parts")
    return None
