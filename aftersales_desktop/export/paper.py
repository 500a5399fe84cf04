"""A printed paper as plain data: a header (shop, title, number) and a list of blocks.

Each paper (voucher, receipt, repair card, notice …) is built once as a `Paper` by a function in
`export/papers/`. Two renderers draw the same Paper: `export/pdf/render.py` (reportlab, a PDF with an
embedded CJK font) and `gui/printing.py` (QPainter on a QPrinter, for Qt's print dialog). Keeping the
layout as data is what lets both print the same thing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from aftersales_desktop.core.i18n import T

Align = Literal["l", "c", "r"]
PageSize = Literal["A5", "A4"]


@dataclass(frozen=True)
class ShopHeader:
    name: str
    address: str
    phone: str


@dataclass
class Fields:
    """Label/value pairs laid out in `columns` columns (label in grey, value in ink)."""

    items: list[tuple[str, str]]
    columns: int = 2


@dataclass
class Table:
    """A ruled table; `min_rows` pads with empty rows to write in by hand; `total` is a bold last row."""

    headers: list[str]
    rows: list[list[str]]
    widths: list[float] | None = None  # fractions of the width, summing to 1
    align: list[Align] | None = None
    total: list[str] | None = None
    min_rows: int = 0


@dataclass
class Text:
    text: str
    style: Literal["normal", "small", "heading", "big", "huge"] = "normal"
    align: Align = "l"


@dataclass
class Signatures:
    """Boxes to sign in, each with its label and a date line; `dates` prints a box's date once it is known
    (the day the customer signed), the others keep the blank line to write on."""

    labels: list[str]
    with_date: bool = True
    dates: list[str] = field(default_factory=list)

    def date(self, index: int) -> str:
        return self.dates[index] if index < len(self.dates) else ""

    def date_line(self, index: int) -> str:
        """The line under box `index`: its date once known, else room to write one by hand (no-break spaces,
        which neither renderer collapses)."""
        date = self.date(index)
        return str(T("日期:{d}", "Date: {d}", d=date)) if date else str(T("日期:      年    月    日", "Date:"))


@dataclass
class Spacer:
    mm: float = 4.0


@dataclass
class CutLine:
    """A dashed line to cut along, e.g. between the shop's copy and the customer's copy."""

    label: str = ""


@dataclass
class Barcode:
    """A barcode (code128) or QR code standing on its own, e.g. large on a repair card."""

    value: str
    kind: Literal["code128", "qr"] = "code128"
    height_mm: float = 14.0


@dataclass
class PageBreak:
    pass


Block = Fields | Table | Text | Signatures | Spacer | CutLine | Barcode | PageBreak


@dataclass
class Label:
    """One small label (a repair tag, a bin label): a big heading, a code128 barcode, a few short lines."""

    heading: str
    barcode: str
    lines: list[str] = field(default_factory=list)


@dataclass
class LabelSheet:
    """Labels of one size: one per page for a label printer's roll, or in the grid of an A4 label sheet.

    A paper with `labels` set is drawn by export/label_layout.py instead of the page flow (no header, no
    footer): the labels are its whole content.
    """

    width_mm: float
    height_mm: float
    labels: list[Label]
    a4_sheet: bool = False


@dataclass
class Paper:
    title: str
    shop: ShopHeader | None = None
    number: str = ""  # printed top right with a code128 barcode
    subtitle: str = ""
    page_size: PageSize = "A4"
    landscape: bool = False
    copy: bool = False  # a reprint: stamped 副本 (COPY)
    blocks: list[Block] = field(default_factory=list)
    footer: str = ""  # terms, printed small at the foot of each page
    labels: LabelSheet | None = None  # a paper of small labels (see LabelSheet) instead of blocks

    def add(self, *blocks: Block) -> Paper:
        self.blocks.extend(blocks)
        return self

    def plain_text(self) -> str:
        """Every text on the paper, in order; handy for tests and for a quick look."""
        parts = [self.shop.name if self.shop else "", self.title, self.number, self.subtitle]
        for block in self.blocks:
            if isinstance(block, Fields):
                parts += [f"{k} {v}" for k, v in block.items]
            elif isinstance(block, Table):
                parts += [" ".join(block.headers)] + [" ".join(r) for r in block.rows]
                parts += [" ".join(block.total)] if block.total else []
            elif isinstance(block, Text):
                parts.append(block.text)
            elif isinstance(block, Signatures):
                parts += block.labels + [d for d in block.dates if d]
            elif isinstance(block, CutLine):
                parts.append(block.label)
        for label in self.labels.labels if self.labels else []:
            parts += [label.heading, *label.lines]
        parts.append(self.footer)
        return "\n".join(p for p in parts if p)
