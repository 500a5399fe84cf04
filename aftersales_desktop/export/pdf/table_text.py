"""reportlab's Table with the words of its plain-string cells written in one text object.

The Table draws each string cell on its own: a text object, and the cell's font and colour set again whenever
they differ from the cell before, which in a fields table (grey label, ink value, grey label …) is every cell.
For the 800 survey cards of a day at 50 times the demo's size that was the largest part of the cards' own
drawing. Here the Table lays out and draws everything else as before; the strings are collected while it draws
and written afterwards in one text object, grouped by font and colour, each at the very point reportlab's
_drawCell puts it (same alignment, padding and baseline arithmetic), so the page is the same.
"""

from __future__ import annotations

from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable
from reportlab.platypus import Table as RLTable

_JUSTIFIED = ("LEFT", "CENTRE", "CENTER", "RIGHT")
_VALIGNS = ("TOP", "MIDDLE", "BOTTOM")


class Table(RLTable):
    _strings: list[tuple[str, Any, tuple[float, float], tuple[float, float]]] | None = None

    def draw(self) -> None:
        self._strings = []
        try:
            super().draw()
            strings = self._strings
        finally:
            self._strings = None
        if strings:
            self._write(strings)

    def _drawCell(self, cellval: Any, cellstyle: Any, pos: Any, size: Any) -> None:  # noqa: N802 - reportlab's name
        plain = (self._strings is not None and not isinstance(cellval, (tuple, list, Flowable))
                 and cellstyle.alignment in _JUSTIFIED and cellstyle.valign in _VALIGNS and not cellstyle.href
                 and not cellstyle.destination and not cellstyle.direction and not cellstyle.shaping)  # fmt: skip
        if not plain:  # a Paragraph, a decimal-aligned or linked cell: as reportlab draws it
            super()._drawCell(cellval, cellstyle, pos, size)
            return
        text = str(cellval)
        if text and self._strings is not None:  # an empty cell writes nothing
            self._strings.append((text, cellstyle, pos, size))

    def _write(self, strings: list[tuple[str, Any, tuple[float, float], tuple[float, float]]]) -> None:
        canvas = self.canv
        canvas.saveState()  # the font and colour set here stay in here
        words = canvas.beginText()
        current: tuple[Any, ...] = ()
        for text, style, (colpos, rowpos), (colwidth, rowheight) in sorted(
            strings, key=lambda s: (s[1].fontname, s[1].fontsize, s[1].leading, str(s[1].color))
        ):
            look = (style.fontname, style.fontsize, style.leading, style.color)
            if look != current:
                if look[:3] != current[:3]:
                    words.setFont(style.fontname, style.fontsize, style.leading)
                words.setFillColor(style.color)
                current = look
            lines = text.split("\n")
            # as Table._drawCell: x by alignment, the first baseline by vertical alignment
            if style.alignment == "LEFT":
                x = colpos + style.leftPadding
            elif style.alignment == "RIGHT":
                x = colpos + colwidth - style.rightPadding
            else:
                x = colpos + (colwidth + style.leftPadding - style.rightPadding) * 0.5
            if style.valign == "BOTTOM":
                y = rowpos + style.bottomPadding + len(lines) * style.leading - style.fontsize
            elif style.valign == "TOP":
                y = rowpos + rowheight - style.topPadding - style.fontsize
            else:
                y = rowpos + (style.bottomPadding + rowheight - style.topPadding + len(lines) * style.leading) / 2.0
                y -= style.fontsize
            for line in lines:
                width = 0.0 if style.alignment == "LEFT" else stringWidth(line, style.fontname, style.fontsize)
                shift = width if style.alignment == "RIGHT" else 0.5 * width
                words.setTextOrigin(x - shift, y)
                words.textLine(line)
                y -= style.leading
        canvas.drawText(words)
        canvas.restoreState()
