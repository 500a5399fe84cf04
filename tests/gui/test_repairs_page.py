"""The repairs screens driven like a person would: goods in → quote → accept → time → repaired → inspected →
returned, with refusals shown as sentences, buttons following state and role, and the lists and reports."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from aftersales_desktop.core import clock
from aftersales_desktop.core.models import GoodsReceipt, GoodsRegisterEntry, Invoice, RepairCard, TimeEntry
from aftersales_desktop.gui.repairs.card_dialog import CardDialog
from aftersales_desktop.gui.repairs.common import qdatetime
from aftersales_desktop.gui.repairs.goods_in_dialog import GoodsInDialog
from aftersales_desktop.gui.repairs.repairs_page import RepairsPage
from aftersales_desktop.gui.repairs.step_dialogs import AcceptDialog, QuoteDialog, ReturnDialog
from tests.core.repair_helpers import advance, repaired_card, taken_back_call


@pytest.fixture
def printed(monkeypatch):
    """Printing goes to a list instead of the print dialog."""
    from aftersales_desktop.gui import printing

    papers = []
    monkeypatch.setattr(printing, "print_paper", lambda parent, paper: papers.append(paper) or True)
    return papers


def _as(session, staff):
    session.sign_in(staff)
    return session


def test_the_whole_repair_through_the_screens(qtbot, session, shop, printed, quiet_messages):
    call = taken_back_call(shop, warranty_end=clock.today() - dt.timedelta(days=1))
    _as(session, shop.clerk)
    page = RepairsPage(session)
    qtbot.addWidget(page)

    dialog = GoodsInDialog(session, parent=page)
    qtbot.addWidget(dialog)
    assert dialog.from_call.isChecked() and dialog.calls.count() == 1
    assert dialog.fault.toPlainText() == "不制冷"  # taken from the call
    dialog.promised.setDate(dialog.promised.date().addDays(-10))  # before today: refused, typing kept
    dialog.accessories.insert("遥控器")  # keyClicks types ASCII only
    dialog.save()
    assert not dialog.error.isHidden() and "早于收件日期" in dialog.error.text()
    assert dialog.accessories.text() == "遥控器" and dialog.card is None
    dialog.promised.setDate(dialog.promised.date().addDays(12))
    dialog.condition.insert("外壳划痕")
    dialog.save()
    card = dialog.card
    assert card is not None and card.receipt.accessories == "遥控器" and card.call_id == call.id

    page.refresh()
    assert page.in_shop.model.total_count == 1 and page.register.model.total_count == 1
    page.tabs.setCurrentWidget(page.in_shop)
    page.in_shop.view.selectRow(0)
    page.print_receipt_button.click()
    assert printed[-1].number == card.receipt.number and not printed[-1].copy
    page.print_receipt_button.click()
    assert printed[-1].copy  # the second print is 副本

    _as(session, shop.technician)
    screen = CardDialog(session, card.id)
    qtbot.addWidget(screen)
    assert not screen.start_repair.isVisibleTo(screen) and not screen.start_timer.isVisibleTo(screen)
    quote = QuoteDialog(session, screen.detail.card)
    qtbot.addWidget(quote)
    qtbot.keyClicks(quote.labour, "-5")
    quote.save()
    assert "负数" in quote.error.text() or "无法识别" in quote.error.text()
    quote.labour.setText("150")
    quote.travel.setText("30")
    quote.save()
    assert quote.result() == quote.DialogCode.Accepted

    _as(session, shop.clerk)
    screen.reload()
    assert screen.accept_quote.isVisibleTo(screen)
    accept = AcceptDialog(session, screen.detail.card)
    qtbot.addWidget(accept)
    accept.who.clear()
    accept.save()
    assert not accept.error.isHidden()
    accept.who.insert("王小明")
    accept.save()
    assert RepairCard.get_by_id(card.id).status == "approved"

    _as(session, shop.technician)
    screen.reload()
    qtbot.mouseClick(screen.start_timer, Qt.MouseButton.LeftButton)
    assert RepairCard.get_by_id(card.id).status == "in_repair"
    advance(40)
    qtbot.mouseClick(screen.stop_timer, Qt.MouseButton.LeftButton)
    screen.manual_minutes.setValue(-20)
    qtbot.mouseClick(screen.add_minutes, Qt.MouseButton.LeftButton)
    assert "大于 0" in screen.time_error.text()
    advance(30)
    screen.manual_start.setDateTime(qdatetime(clock.now() - dt.timedelta(minutes=25)))
    screen.manual_minutes.setValue(20)
    qtbot.mouseClick(screen.add_minutes, Qt.MouseButton.LeftButton)
    assert sum(e.minutes for e in TimeEntry.select().where(TimeEntry.repair_card == card.id)) == 60
    assert screen.time_note.text().endswith("60 minutes") or "60" in screen.time_note.text()
    assert not screen.pass_button.isVisibleTo(screen)  # a technician never inspects
    qtbot.mouseClick(screen.repaired, Qt.MouseButton.LeftButton)
    assert RepairCard.get_by_id(card.id).status == "repaired"

    _as(session, shop.supervisor)
    screen.reload()
    assert not screen.give_back.isVisibleTo(screen)  # never returned before inspection
    qtbot.mouseClick(screen.pass_button, Qt.MouseButton.LeftButton)
    assert RepairCard.get_by_id(card.id).status == "inspected"

    _as(session, shop.clerk)
    screen.reload()
    assert screen.give_back.isVisibleTo(screen)
    back = ReturnDialog(session, screen.detail.card)
    qtbot.addWidget(back)
    assert not back.without_receipt.isVisibleTo(back)  # lost receipts are the supervisor's
    back.save()
    assert "签字" in back.error.text()
    back.signed.setChecked(True)
    back.save()
    card = RepairCard.get_by_id(card.id)
    assert card.status == "returned" and GoodsReceipt.get_by_id(card.receipt_id).status == "returned"
    assert GoodsRegisterEntry.get(GoodsRegisterEntry.receipt == card.receipt_id).out_to == "王小明"
    assert Invoice.get(Invoice.repair_card == card.id).amount_fen == 15000 + 3000

    page.refresh()
    assert page.in_shop.model.total_count == 0 and page.register.model.total_count == 1
    assert page.register.model.row_at(0).out_to == "王小明"
    page.register.period.setCurrentIndex(1)  # came in during the last 30 days
    assert page.register.model.total_count == 1
    clock.set_now(clock.now() + dt.timedelta(days=40))
    page.register.refresh()
    assert page.register.model.total_count == 0


def test_inspecting_ones_own_repair_is_refused_on_screen(qtbot, session, shop, quiet_messages):
    card = repaired_card(shop, paid=False)
    RepairCard.update(technician=shop.supervisor.id).where(RepairCard.id == card.id).execute()
    _as(session, shop.supervisor)
    screen = CardDialog(session, card.id)
    qtbot.addWidget(screen)
    screen.show()  # laid out as on screen: the click lands on the button
    assert screen.tabs.currentWidget() is screen.inspect_tab  # a repaired card opens on its next step
    qtbot.mouseClick(screen.pass_button, Qt.MouseButton.LeftButton)
    assert any("不能验收自己修理" in text for kind, text in quiet_messages.recorded if kind == "error")
    assert RepairCard.get_by_id(card.id).status == "repaired"
    quiet_messages.answers["ask_reason"] = "仍漏水"
    _as(session, shop.manager)
    screen.reload()
    qtbot.mouseClick(screen.fail_button, Qt.MouseButton.LeftButton)
    assert RepairCard.get_by_id(card.id).status == "in_repair"


def test_late_list_and_daily_report_on_screen(qtbot, session, shop, printed):
    card = repaired_card(shop, paid=False)
    clock.set_now(clock.now() + dt.timedelta(days=5))
    RepairCard.update(status="in_repair").where(RepairCard.id == card.id).execute()
    _as(session, shop.supervisor)
    page = RepairsPage(session)
    qtbot.addWidget(page)
    page.apply_filter("late")
    assert page.tabs.currentWidget() is page.cards and page.cards.model.total_count == 1
    page.apply_filter("past_promise")
    assert page.in_shop.model.total_count == 1 and page.in_shop.model.row_at(0).past_promise

    daily = page.daily
    daily.day.setDate(daily.day.date().addDays(-5))
    assert daily.person.currentData() is None  # the supervisor starts with everyone
    assert daily.table.rowCount() == 3  # two technicians and the total line
    daily.person.setCurrentIndex(daily.person.findData(shop.technician.id))
    assert daily.table.rowCount() == 2  # the visit and the repair time
    assert "105" in daily.totals.text()
    daily.print_button.click()
    assert printed[-1].title == "技术员工作日报表"


def test_technician_sees_only_own_report_and_records_general_work(qtbot, session, shop):
    _as(session, shop.technician)
    page = RepairsPage(session)
    qtbot.addWidget(page)
    daily = page.daily
    assert daily.person.count() == 1 and daily.person.currentData() == shop.technician.id
    assert not page.goods_in_button.isHidden()  # technicians take items in when they bring them back
    daily.general_start.setDateTime(daily.general_start.dateTime().addSecs(-3600))
    daily.general_minutes.setValue(25)
    daily.add_general()
    assert "一般工作" in daily.general_error.text()  # what was done is required
    daily.general_note.insert("工具保养")
    daily.add_general()
    assert daily.general_error.text() == ""
    assert TimeEntry.get(TimeEntry.technician == shop.technician.id).kind == "general"
    assert "25" in daily.totals.text()


def test_goods_in_over_the_counter(qtbot, session, shop):
    from tests.factories import make_customer

    make_customer(shop.clerk, name="李娜", phone="13800001111", warranty_end=clock.today() + dt.timedelta(days=90))
    _as(session, shop.clerk)
    dialog = GoodsInDialog(session)
    qtbot.addWidget(dialog)
    assert dialog.counter.isChecked()  # no call waits to be received
    dialog.save()
    assert "Find the customer" in dialog.error.text()  # the screen's own words (no translator in tests)
    dialog.customer_search.setText("李娜")
    assert dialog.customer.count() == 1 and dialog.product.count() == 1
    dialog.save()
    assert "故障" in dialog.error.text()  # the stated fault is required
    dialog.fault.setPlainText("开机无反应")
    dialog.save()
    card = dialog.card
    assert card is not None and card.call.channel == "counter" and card.call.status == "in_shop"
    assert not card.needs_quote and card.receipt.customer.name == "李娜"


def test_a_timer_left_running_asks_for_the_real_end(qtbot, session, shop, quiet_messages):
    from aftersales_desktop.core.services import worklog
    from tests.core.repair_helpers import card_in_shop

    card = card_in_shop(shop, paid=False)
    entry = worklog.start_timer(shop.technician, card.id)
    clock.set_now(clock.now() + dt.timedelta(days=1))
    _as(session, shop.technician)
    screen = CardDialog(session, card.id)
    qtbot.addWidget(screen)
    screen.show()
    quiet_messages.answers["ask_reason"] = "12:15"  # started 10:00 the day before
    qtbot.mouseClick(screen.stop_timer, Qt.MouseButton.LeftButton)
    assert TimeEntry.get_by_id(entry.id).minutes == 135


def test_time_by_hand_starts_no_earlier_than_the_receipt_and_never_runs_into_the_future(qtbot, session, shop):
    from tests.core.repair_helpers import card_in_shop

    card = card_in_shop(shop, paid=False)  # received at 10:00
    clock.set_now(clock.now() + dt.timedelta(minutes=12))
    _as(session, shop.technician)
    screen = CardDialog(session, card.id)
    qtbot.addWidget(screen)
    assert screen.manual_start.value() == card.receipt.received_at and screen.manual_minutes.value() == 12
    screen.manual_start.setDateTime(qdatetime(card.receipt.received_at - dt.timedelta(hours=3)))
    assert screen.manual_start.value() == card.receipt.received_at  # the field stops at the receipt
    screen.manual_start.setDateTime(qdatetime(clock.now() + dt.timedelta(hours=1)))
    screen.add_minutes.click()
    assert "将来" in screen.time_error.text()  # typed into the future: refused in words, nothing logged
    clock.set_now(clock.now() + dt.timedelta(hours=2))  # the screen stays open while the work goes on
    screen.manual_start.setDateTime(qdatetime(clock.now() - dt.timedelta(minutes=30)))
    screen.add_minutes.click()
    assert screen.time_error.text() == ""
    assert screen.manual_start.value() == clock.now() - dt.timedelta(minutes=30)  # the next default: the last half hour
    assert TimeEntry.get(TimeEntry.repair_card == card.id).minutes == 12


def test_the_in_shop_list_follows_what_is_typed(qtbot, session, shop):
    from tests.core.repair_helpers import card_in_shop

    card_in_shop(shop, paid=False, name="王小明")
    other = card_in_shop(shop, paid=False, name="李娜")
    _as(session, shop.clerk)
    page = RepairsPage(session)
    qtbot.addWidget(page)
    assert page.in_shop.model.total_count == 2
    page.in_shop.search.setText("李娜")  # no Enter
    qtbot.waitUntil(lambda: page.in_shop.model.total_count == 1)
    assert page.in_shop.model.row_at(0).card_number == other.number


def test_goods_in_never_takes_the_first_of_several_matching_customers(qtbot, session, shop):
    from tests.factories import make_customer

    make_customer(shop.clerk, name="王小明", phone="13900000001")
    second, _ = make_customer(shop.clerk, name="王小红", phone="13900000002", model="XQB75")
    _as(session, shop.clerk)
    dialog = GoodsInDialog(session)
    qtbot.addWidget(dialog)
    dialog.customer_search.setText("wx")
    assert dialog.customer.count() == 3 and dialog.customer.currentData() is None and dialog.product.count() == 0
    dialog.fault.setPlainText("不工作")
    dialog.save()
    assert dialog.card is None and not dialog.error.isHidden()  # refused: nobody was picked
    dialog.customer.setCurrentIndex(dialog.customer.findData(second.id))
    assert "XQB75" in dialog.product.currentText()
    dialog.save()
    assert dialog.card is not None and dialog.card.receipt.customer_id == second.id
    dialog2 = GoodsInDialog(session)
    qtbot.addWidget(dialog2)
    dialog2.customer_search.setText("王小红")  # one match: it is the one
    assert dialog2.customer.count() == 1 and dialog2.customer.currentData() == second.id


def test_the_page_loads_its_dialogs_and_printing_when_first_used():
    """Opening Repairs does not import the card and goods-in dialogs, the daily reports tab or Qt's print support
    (about 25 ms of the page's first opening at the 50x shop), nor does the daily reports tab load printing;
    they load when a person first asks for them."""
    import subprocess
    import sys

    later = ("aftersales_desktop.gui.repairs.card_dialog", "aftersales_desktop.gui.repairs.goods_in_dialog",
             "aftersales_desktop.gui.repairs.daily_tab", "aftersales_desktop.gui.printing", "PySide6.QtPrintSupport")
    code = (f"import sys\nimport aftersales_desktop.gui.repairs.repairs_page\n"
            f"print([name for name in {later!r} if name in sys.modules])\n"
            f"import aftersales_desktop.gui.repairs.daily_tab\n"
            f"print([name for name in {later[3:]!r} if name in sys.modules])")  # fmt: skip
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["[]", "[]"]
