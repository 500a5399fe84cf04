"""The papers' own Code 128 (export/pdf/code128.py): the bars read back as the number, with a valid check."""

from __future__ import annotations

import pytest

from aftersales_desktop.export.pdf.code128 import (
    PATTERNS,
    START_B,
    START_C,
    STOP,
    TO_B,
    TO_C,
    Code128,
    modules,
)


def read_bars(widths: list[int]) -> str:
    """A scanner's reading of the bar/space widths: symbols, the check verified, the text decoded."""
    by_pattern = {pattern: value for value, pattern in enumerate(PATTERNS)}
    assert "".join(map(str, widths[-7:])) == PATTERNS[STOP]
    symbols = ["".join(map(str, widths[i : i + 6])) for i in range(0, len(widths) - 7, 6)]
    values = [by_pattern[s] for s in symbols]
    *data, check = values
    assert check == (data[0] + sum(i * v for i, v in enumerate(data[1:], start=1))) % 103
    assert all(sum(map(int, PATTERNS[v])) == 11 for v in values)  # every symbol is eleven modules wide
    code_c, text = data[0] == START_C, ""
    assert data[0] in (START_B, START_C)
    for value in data[1:]:
        if code_c:  # in set C, 100 switches to B and 0 … 99 are digit pairs
            code_c = value != TO_B
            text += f"{value:02d}" if code_c else ""
        else:  # in set B, 99 switches to C and the rest are characters
            code_c = value == TO_C
            text += "" if code_c else chr(value + 32)
    return text


@pytest.mark.parametrize("number", ["JX2026-00042", "SJ2026-01234", "PZ2019-00007", "123456", "12345", "A1", "TK2026-99999"])
def test_the_bars_read_back_as_the_number(number):
    assert read_bars(modules(number)) == number


def test_digit_runs_are_packed_two_a_symbol_and_the_width_matches_reportlab():
    from reportlab.graphics.barcode import code128
    from reportlab.lib.units import mm

    assert sum(modules("20260042")) < sum(modules("JX-X-X-X"))  # eight digits: four symbols, not eight
    for number in ("JX2026-00042", "XH2026-0004x", "123456"):
        ours = Code128(number, height=8 * mm, bar_width=0.3 * mm)
        theirs = code128.Code128(number, barHeight=8 * mm, barWidth=0.3 * mm, humanReadable=False)
        assert ours.width == pytest.approx(theirs.width)  # the papers' layout is unchanged


def test_text_outside_code_128_is_refused():
    with pytest.raises(ValueError):
        modules("王小明")
