"""Journey 8: a maintenance contract about to end: its expiry notice printed, then the contract renewed."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLineEdit

from aftersales_desktop.core import clock
from aftersales_desktop.core.models import Contract, ContractFollowUp
from aftersales_desktop.core.services.contracts import create_contract
from aftersales_desktop.gui.opinion.contract_dialogs import RenewDialog
from tests.gui.journeys.helpers import pdf_text


def test_expiry_notice_printed_and_the_contract_renewed(counter, shop, stocked, tmp_path):
    c = counter
    today = clock.today()
    old = create_contract(shop.clerk, stocked.li.id, [stocked.li_washer.id], today - dt.timedelta(days=345),
                          today + dt.timedelta(days=20), fee_fen=36000, coverage="每年两次保养", visits_included=2)

    c.sign_in(shop.clerk)
    opinion = c.go("opinion")
    c.tab(opinion.tabs, opinion.contracts)
    c.click("contracts_expiring")  # the month-ahead list (第十五条)
    c.row(c.widget("contract_list"), old.number)
    notice = c.print_to_file(lambda: c.click("contract_notice"), tmp_path / "notice.pdf")
    paper = pdf_text(notice)
    assert "保养到期通知书" in paper and old.number in paper and "李娜" in paper and old.end.isoformat() in paper
    assert ContractFollowUp.get(ContractFollowUp.contract == old.id).notice_printed

    def renew(dialog: RenewDialog) -> None:
        assert dialog.start.date().toPython() == old.end + dt.timedelta(days=1)  # it runs on without a gap
        c.type(c.widget("fee", QLineEdit), "380", clear=True)
        c.save()

    c.modal(RenewDialog, lambda: c.click("contract_renew"), renew)
    new = Contract.get(Contract.renewed_from == old.id)
    assert new.start == old.end + dt.timedelta(days=1) and new.fee_fen == 38000
    assert new.customer_id == stocked.li.id and [i.product_id for i in new.items] == [stocked.li_washer.id]
