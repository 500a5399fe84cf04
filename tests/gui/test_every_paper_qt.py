"""The same papers as tests/export/test_every_paper.py, painted through Qt printing (what the print dialog
sends to the shop's printer) into a PDF and read back: the Qt renderer prints the same truths."""

from __future__ import annotations

import subprocess

import pytest

from aftersales_desktop.gui import printing
from tests.export.paper_states import empty_papers, full_papers
from tests.export.test_every_paper import problems


@pytest.mark.parametrize("states", [full_papers, empty_papers], ids=["fullest", "emptiest"])
def test_every_paper_prints_the_same_through_qt(qapp, shop, tmp_path, states):
    wrong: list[str] = []
    for name, case in states(shop).items():
        out = printing.print_to_pdf_file(case.paper, tmp_path / f"{name}.pdf")
        text = subprocess.run(["pdftotext", "-raw", str(out), "-"], capture_output=True, text=True, check=True).stdout
        wrong += problems(name, case, text)
    assert not wrong, "\n".join(wrong)
