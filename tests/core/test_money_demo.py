"""The demo shop shows the money rules at work: bills with the parts the store issued, discounts (a few beyond
authority, approved and proposed to the conduct log), accident-repair margins, three quotes and 以坏换新."""

from __future__ import annotations

import pytest

from aftersales_desktop.core.db import open_database
from aftersales_desktop.core.models import (
    AuthorityEvent,
    BillLine,
    ConductEntry,
    DirectPurchase,
    Invoice,
    PartIssue,
    RepairCard,
)


@pytest.fixture
def demo(demo_database):
    open_database(demo_database)


def test_bills_carry_the_parts_issued_and_invoices_equal_their_bills(demo):
    call_parts = BillLine.select().where((BillLine.kind == "part") & BillLine.repair_card.is_null()
                                         & BillLine.invoice.is_null(False))
    assert call_parts.count() > 20
    assert BillLine.select().where((BillLine.kind == "part") & BillLine.repair_card.is_null(False)).count() > 10
    for invoice in Invoice.select().where(Invoice.status != "void"):
        lines = list(invoice.bill_lines)
        assert lines and invoice.amount_fen == sum(line.amount_fen for line in lines), invoice.id
    # a part taken to a call and brought back unused is on no bill (or only what stayed on the job)
    returned = PartIssue.select().where(PartIssue.call.is_null(False) & (PartIssue.returned_qty > 0))
    assert returned.count() > 0
    for issue in returned:
        line = BillLine.get_or_none(BillLine.part_issue == issue.id)
        assert (line.qty if line else 0) == issue.qty - issue.returned_qty


def test_discounts_beyond_authority_are_approved_and_proposed(demo):
    discounts = AuthorityEvent.select().where(AuthorityEvent.kind == "discount")
    assert discounts.count() >= 10
    beyond = discounts.where(AuthorityEvent.approved_by.is_null(False))
    assert beyond.count() >= 2
    assert ConductEntry.select().where(ConductEntry.source == "authority").count() >= 1
    assert BillLine.select().where(BillLine.kind == "discount").count() == discounts.count()


def test_accident_repairs_three_quotes_and_old_parts(demo):
    assert RepairCard.select().where(RepairCard.accident).count() >= 2
    receipts = DirectPurchase.select().where(DirectPurchase.kind == "receipt")
    assert receipts.count() >= 1 and all(p.quotes.count() >= 3 for p in receipts)
    assert DirectPurchase.select().where(DirectPurchase.kind == "direct").count() >= 1
    assert PartIssue.select().where(PartIssue.old_returned == True).count() > 10  # noqa: E712 - SQL
    assert PartIssue.select().where(PartIssue.old_returned.is_null(False)).count() > 10  # 以坏换新 is recorded
