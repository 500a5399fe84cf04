"""A block drawn once as a PDF form and placed by reference wherever the paper shows it again.

A day's survey cards at 50 times the demo's size are 800 cards on 400 pages, each with the same rating grid,
comment box and signature line: drawn cell by cell, rule by rule, those were most of `print survey-cards`.
"""

from __future__ import annotations

import copy

from reportlab.platypus import Flowable

FORM_BLEED = 6  # points around a form's box: a rule's half width and a glyph's overhang stay inside it


class Placed(Flowable):
    """One place of a block the paper shows again and again, e.g. the rating grid of each of a day's 800 survey
    cards: the block is built and laid out once, drawn once as a PDF form (an XObject), and each place refers to
    that form, instead of the same cells, rules and words written out 800 times. A place is its own flowable,
    not the shared one, because platypus marks a flowable it moved to the next page and refuses to move it
    twice; one that must be split across pages is split from a copy and drawn as usual."""

    def __init__(self, shared: Flowable, name: str, sizes: dict[float, tuple[float, float]]) -> None:
        super().__init__()
        self.shared, self.name, self.sizes = shared, name, sizes
        self.hAlign = getattr(shared, "hAlign", "LEFT")  # a table is centred on the frame, as where it stands alone

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - reportlab's names
        # laid out once for each width (a Paragraph breaks its lines again at every wrap): `sizes` is the block's
        if availWidth not in self.sizes:
            self.sizes[availWidth] = self.shared.wrap(availWidth, availHeight)
        self.width, self.height = self.sizes[availWidth]
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        return copy.copy(self.shared).split(availWidth, availHeight)

    def getSpaceBefore(self) -> float:  # noqa: N802 - reportlab's names
        return float(self.shared.getSpaceBefore())

    def getSpaceAfter(self) -> float:  # noqa: N802
        return float(self.shared.getSpaceAfter())

    def draw(self) -> None:
        canvas = self.canv
        name = f"{self.name}w{self.width:.0f}"  # laid out in another width, a block is another form
        if not canvas.hasForm(name):
            canvas.beginForm(name, -FORM_BLEED, -FORM_BLEED, self.width + FORM_BLEED, self.height + FORM_BLEED)
            self.shared.drawOn(canvas, 0, 0)
            canvas.endForm()
        canvas.doForm(name)
