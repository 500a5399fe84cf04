"""Every paper rendered in its fullest and its emptiest state and read back from the PDF: each value of the
record is on it, and nothing of another record or another paper (its terms), nor anything not yet true."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from aftersales_desktop.export.pdf.render import render_pdf
from tests.export.paper_states import MARKERS, Case, empty_papers, full_papers

PAPER_MODULES = {  # each builder in export/papers and the cases that render it
    "voucher": ["voucher"], "goods_receipt": ["goods_receipt"], "repair_card": ["repair_card"],
    "deposit_receipt": ["deposit_receipt", "refund_receipt"], "count_sheet": ["count_sheet", "variance"],
    "survey_card": ["survey_cards"], "expiry_notice": ["expiry_notice"], "complaint_reply": ["complaint_reply"],
    "penalty_notice": ["penalty_notice"], "conduct_month": ["conduct_month"],
    "daily_report": ["technician_report", "supervisor_report"], "quarter_faults": ["quarter_faults"],
    "labels": ["repair_tag", "part_labels"],
}


def squeezed(text: str) -> str:
    """Text without any whitespace, so that values wrapped over lines or grouped with spaces compare whole."""
    return "".join(text.split())


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True, check=True).stdout


def problems(name: str, case: Case, text: str) -> list[str]:
    """What is wrong with one paper's text: values missing, and what must not be there but is."""
    flat = squeezed(text)
    found = [f"{name}: missing {v!r}" for v in case.values if squeezed(v) not in flat]
    foreign = case.absent + [marker for paper, marker in MARKERS.items() if paper != name]
    found += [f"{name}: must not show {v!r}" for v in foreign if squeezed(v) in flat]
    return found


def test_every_paper_builder_has_its_cases():
    folder = Path(__file__).resolve().parents[2] / "aftersales_desktop" / "export" / "papers"
    builders = {p.stem for p in folder.glob("*.py")} - {"__init__", "common", "bill_block"}  # helpers, no papers
    assert builders == set(PAPER_MODULES)


@pytest.mark.parametrize("states", [full_papers, empty_papers], ids=["fullest", "emptiest"])
def test_every_paper_prints_what_is_true_of_its_record(shop, tmp_path, states):
    cases = states(shop)
    assert set(cases) == {case for names in PAPER_MODULES.values() for case in names}
    wrong: list[str] = []
    for name, case in cases.items():
        text = pdf_text(render_pdf(case.paper, tmp_path / f"{name}.pdf"))
        if case.paper.labels is None:  # a label has no title line: the title only names the print job
            assert squeezed(case.paper.title) in squeezed(text), name
        wrong += problems(name, case, text)
    assert not wrong, "\n".join(wrong)
