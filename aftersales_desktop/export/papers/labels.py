"""Small labels for a label printer: the repair tag hung on the item, and bin labels for parts.

The repair tag (挂牌) carries the card number as a barcode (a scan opens the card), the customer, the item and
the promised date; part labels carry the part code as a barcode, its name and its bin. Tags come in the sizes
of the common label rolls (TAG_SIZES, the shop's setting `tag_size`); part labels print one per page on such a
roll, or 24 to an A4 label sheet.
"""

from __future__ import annotations

from collections.abc import Sequence

from aftersales_desktop.core import settings
from aftersales_desktop.core.errors import NotFound, ValidationError
from aftersales_desktop.core.i18n import T
from aftersales_desktop.core.models import Part, RepairCard
from aftersales_desktop.core.phones import format_phone
from aftersales_desktop.export.paper import Label, LabelSheet, Paper
from aftersales_desktop.export.papers.common import in_paper_language, when

TAG_SIZES: dict[str, tuple[float, float]] = {"60x40": (60.0, 40.0), "50x30": (50.0, 30.0)}


def tag_size(name: str | None = None) -> tuple[float, float]:
    """The label size in mm: `name` ('60x40', '50x30') or the shop's setting."""
    chosen = name or settings.get("tag_size")
    if chosen not in TAG_SIZES:
        raise ValidationError(
            T("标签尺寸只能是 {s}。", "The label size is one of {s}.", s=", ".join(TAG_SIZES)), "tag_size"
        )
    return TAG_SIZES[chosen]


@in_paper_language
def repair_tag(card: RepairCard, size: str | None = None) -> Paper:
    """The tag hung on the item: card number (big and as a barcode), customer, item, promised date."""
    receipt = card.receipt
    customer, product = receipt.customer, receipt.product
    width, height = tag_size(size)
    item = " ".join(x for x in (product.name, product.model) if x)
    label = Label(
        heading=card.number,
        barcode=card.number,
        lines=[
            f"{customer.name}  {format_phone(customer.phone)}".strip(),
            item + (f" #{product.serial}" if product.serial else ""),
            str(T("答应交还 {d}", "Promised {d}", d=when(card.promised_on))),
        ],
    )
    return Paper(title=str(T("修护挂牌 {n}", "Repair tag {n}", n=card.number)), number=card.number,
                 labels=LabelSheet(width, height, [label]))


def find_parts(codes: Sequence[str]) -> list[Part]:
    """The parts with these codes, in the order given; an unknown code is refused by name."""
    wanted = [c.strip() for c in codes if c and c.strip()]
    if not wanted:
        raise ValidationError(T("请给出至少一个配件编号。", "Give at least one part code."), "codes")
    found = {p.code.upper(): p for p in Part.select().where(Part.code.in_(wanted + [c.upper() for c in wanted]))}
    missing = [c for c in wanted if c.upper() not in found]
    if missing:
        raise NotFound(T("找不到配件 {c}。", "No part {c}.", c=", ".join(missing)))
    return [found[c.upper()] for c in wanted]


@in_paper_language
def part_labels(parts: Sequence[Part], *, a4_sheet: bool = False, size: str | None = None, copies: int = 1) -> Paper:
    """Bin labels: part code (big and as a barcode), name, bin; on a roll (one per page) or an A4 sheet."""
    width, height = tag_size(size)
    labels = [
        Label(heading=part.code, barcode=part.code,
              lines=[part.name, str(T("货位 {b}", "Bin {b}", b=part.bin_location or "—"))])
        for part in parts
        for _ in range(max(1, copies))
    ]
    return Paper(title=str(T("配件标签", "Part labels")), labels=LabelSheet(width, height, labels, a4_sheet=a4_sheet))
