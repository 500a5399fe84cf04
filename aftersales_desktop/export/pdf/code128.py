"""Code 128 barcodes drawn as bars on a reportlab canvas, without reportlab's barcode package.

reportlab.graphics.barcode imports every barcode widget it has (and probes for a DataMatrix library) the
moment any one of them is used: a quarter of a second of every printed paper for the one symbology the papers
print, the paper's number in Code 128. The encoding is the standard's (ISO/IEC 15417): code set B for text,
code set C for runs of four or more digits (two digits a symbol, so a paper number stays short), the
mod-103 check symbol and the stop pattern.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

# bar/space widths in modules of the symbols 0 … 105, then the stop (106, seven elements)
_TABLE = (
    "212222 222122 222221 121223 121322 131222 122213 122312 132212 221213 221312 231212 112232 122132 122231 "
    "113222 123122 123221 223211 221132 221231 213212 223112 312131 311222 321122 321221 312212 322112 322211 "
    "212123 212321 232121 111323 131123 131321 112313 132113 132311 211313 231113 231311 112133 112331 132131 "
    "113123 113321 133121 313121 211331 231131 213113 213311 213131 311123 311321 331121 312113 312311 332111 "
    "314111 221411 431111 111224 111422 121124 121421 141122 141221 112214 112412 122114 122411 142112 142211 "
    "241211 221114 413111 241112 134111 111242 121142 121241 114212 124112 124211 411212 421112 421211 212141 "
    "214121 412121 111143 111341 131141 114113 114311 411113 411311 113141 114131 311141 411131 211412 211214 "
    "211232 2331112"
)
PATTERNS = tuple(_TABLE.split())
START_B, START_C, TO_B, TO_C, STOP = 104, 105, 100, 99, 106
QUIET_MODULES, QUIET_MIN = 10, 18.0  # white on each side: ten modules, at least a quarter inch (as reportlab)


def _digit_run(text: str, i: int) -> int:
    n = i
    while n < len(text) and text[n].isdigit():
        n += 1
    return n - i


def encode(text: str) -> list[int]:
    """The symbol values for `text` (printable ASCII): start, data, check; without the stop."""
    if any(not 32 <= ord(ch) < 127 for ch in text):
        raise ValueError(f"Code 128 set B/C cannot encode {text!r}")
    values: list[int] = []
    code_c = _digit_run(text, 0) >= 4
    values.append(START_C if code_c else START_B)
    i = 0
    while i < len(text):
        run = _digit_run(text, i)
        if code_c:
            if run >= 2:
                values.append(int(text[i : i + 2]))
                i += 2
                continue
            values.append(TO_B)
            code_c = False
            continue
        if run >= 4:
            if run % 2:  # an odd run: one digit in B first, the even rest in C
                values.append(ord(text[i]) - 32)
                i += 1
            values.append(TO_C)
            code_c = True
            continue
        values.append(ord(text[i]) - 32)
        i += 1
    check = (values[0] + sum(pos * v for pos, v in enumerate(values[1:], start=1))) % 103
    return [*values, check]


def modules(text: str) -> list[int]:
    """The widths of the bars and spaces, bar first, stop included (quiet zones not)."""
    return [int(w) for value in [*encode(text), STOP] for w in PATTERNS[value]]


class Code128(Flowable):
    """A Code 128 barcode of `value`, `bar_width` a module, `height` tall, quiet zones included in the width."""

    def __init__(self, value: str, height: float, bar_width: float) -> None:
        super().__init__()
        self.value = value
        self.widths = modules(value)
        self.bar_width = bar_width
        self.height = height
        self.quiet = max(QUIET_MIN, QUIET_MODULES * bar_width)
        self.width = sum(self.widths) * bar_width + 2 * self.quiet

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        x = self.quiet
        for index, width in enumerate(self.widths):
            if index % 2 == 0:
                canvas.rect(x, 0, width * self.bar_width, self.height, stroke=0, fill=1)
            x += width * self.bar_width
