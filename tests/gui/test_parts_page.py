"""The Parts page driven through its widgets: search, issue to a repair card, return, import, stocktake."""

from __future__ import annotations

from PySide6.QtCore import Qt

from aftersales_desktop.core.models import Part, PartIssue, StockMove
from aftersales_desktop.core.services.parts import create_part
from aftersales_desktop.core.services.stock import receive
from tests.factories import make_work_order


def _stock(shop):
    part = create_part(shop.storekeeper, code="KT-CAP-35", name="空调电容", fits_models="KFR-35GW/BP3",
                       price_fen=3000, min_qty=5)
    receive(shop.storekeeper, part.id, 8, 1200, "格力配件中心")
    create_part(shop.storekeeper, code="XYJ-PUMP", name="洗衣机排水泵", price_fen=9000, min_qty=1)
    return part


def _page(qtbot, session):
    from aftersales_desktop.gui.parts.parts_page import PartsPage

    page = PartsPage(session)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    return page


def test_search_as_you_type_and_low_stock(qtbot, session, shop):
    _stock(shop)
    page = _page(qtbot, session)
    stock = page.stock
    assert stock.parts.rowCount() == 2
    qtbot.keyClicks(stock.search, "ktdr")
    qtbot.waitUntil(lambda: stock.parts.rowCount() == 1)
    assert stock.parts.row_at(0).code == "KT-CAP-35"
    stock.search.clear()
    page.apply_filter("low_stock")
    qtbot.waitUntil(lambda: stock.parts.rowCount() == 1)
    assert stock.parts.row_at(0).code == "XYJ-PUMP"  # 0 on hand, minimum 1


def test_issue_a_part_to_a_repair_card_and_the_card_lists_it(qtbot, session, shop):
    from aftersales_desktop.gui.parts.workorder_tab import IssueDialog

    part = _stock(shop)
    _, card = make_work_order(shop.clerk, card_status="in_repair")
    page = _page(qtbot, session)
    page.open_record("repair_card", card.id)
    tab = page.work_order
    assert tab.order is not None and tab.order.number == card.number
    assert tab.issue_button.isEnabled() and not tab.problem.isVisible()
    dialog = IssueDialog(session, tab.order, parent=tab)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.part.lineEdit(), "KT-CAP")
    qtbot.waitUntil(lambda: dialog.part.count() == 1)
    dialog.part.setCurrentIndex(0)
    dialog.part.activated.emit(0)
    assert dialog.price.value() == 30.0
    dialog.qty.setValue(2)
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    session.notify_changed("parts")
    assert tab.table.rowCount() == 1
    assert tab.table.item(0, 0).text() == "KT-CAP-35"
    assert tab.table.item(0, 7).text() == "60.00"
    assert "¥60.00" in tab.totals.text()
    assert Part.get_by_id(part.id).qty_on_hand == 6
    # the repairs area's own card view lists the part issued to the card
    from PySide6.QtWidgets import QTableWidget

    from aftersales_desktop.gui.repairs.card_dialog import CardDialog

    card_view = CardDialog(session, card.id)
    qtbot.addWidget(card_view)
    parts_table = card_view.parts_tab.findChild(QTableWidget)
    assert parts_table.rowCount() == 1
    assert parts_table.item(0, 0).text() == "KT-CAP-35" and parts_table.item(0, 2).text() == "2"
    assert "60.00" in card_view.parts_note.text()

    tab.table.selectRow(0)
    tab.return_unused()  # the test responder answers yes: the physical part is back
    assert PartIssue.get().returned_qty == 2
    assert Part.get_by_id(part.id).qty_on_hand == 8
    assert tab.table.item(0, 3).text() == "2"


def test_unstarted_card_shows_why_and_cannot_issue(qtbot, session, shop, quiet_messages):
    _stock(shop)
    _, card = make_work_order(shop.clerk, card_status="quoted", needs_quote=True)
    page = _page(qtbot, session)
    tab = page.work_order
    tab.number.setText(card.number.lower())
    tab.find()
    assert not tab.issue_button.isEnabled()
    assert "报价尚未经客户同意" in tab.problem.text()
    tab.number.setText("XH2026-99999")
    tab.find()
    assert quiet_messages.recorded[-1][0] == "warn"


def test_stocktake_tab_counts_and_posts(qtbot, session, shop):
    part = _stock(shop)
    page = _page(qtbot, session)
    page.tabs.setCurrentWidget(page.stocktake)
    tab = page.stocktake
    tab.start()
    assert tab.take is not None and tab.take.status == "open" and tab.table.rowCount() == 2
    line = next(r for r in tab.rows if r.code == "KT-CAP-35")
    tab.set_count(line.line_id, 7)
    tab.fill_book()
    assert "-¥12.00" in tab.summary.text()
    tab.post()
    assert tab.take.status == "posted"
    assert Part.get_by_id(part.id).qty_on_hand == 7
    assert StockMove.select().where(StockMove.kind == "adjust").count() == 1


def test_import_dialog_lists_bad_rows_then_imports(qtbot, session, shop, tmp_path):
    from openpyxl import Workbook

    from aftersales_desktop.gui.parts.import_dialog import ImportDialog

    book = Workbook()
    sheet = book.active
    sheet.append(["备件清单"])
    sheet.append(["编码", "名称", "单位", "售价", "数量"])
    sheet.append(["A-1", "门封条", "条", "70", "3"])
    sheet.append(["A-1", "门封条", "条", "70", "3"])
    book.save(tmp_path / "list.xlsx")
    dialog = ImportDialog(session, path=tmp_path / "list.xlsx")
    qtbot.addWidget(dialog)
    assert dialog.combos["code"].currentData() == 0 and dialog.combos["price_fen"].currentData() == 3
    assert not dialog.check()
    assert dialog.errors.count() == 1 and "4" in dialog.errors.item(0).text()
    assert not dialog.import_button.isEnabled()
    sheet.delete_rows(4)
    book.save(tmp_path / "list.xlsx")
    dialog.load(tmp_path / "list.xlsx")
    assert dialog.check() and dialog.import_button.isEnabled()
    dialog.do_import()
    assert Part.get(Part.code == "A-1").qty_on_hand == 3


def test_import_dialog_offers_the_good_rows_and_saves_the_refused(qtbot, session, shop, tmp_path, quiet_messages):
    from openpyxl import Workbook, load_workbook

    from aftersales_desktop.gui.parts.import_dialog import ImportDialog

    book = Workbook()
    sheet = book.active
    sheet.append(["编码", "名称", "单位", "售价", "数量"])
    sheet.append(["A-1", "门封条", "条", "70", "3"])
    sheet.append(["A-2", "排水泵", "个", "九十", "1"])  # a price that is not a number
    sheet.append(["A-3", "温控器", "个", "45", "2"])
    book.save(tmp_path / "list.xlsx")
    dialog = ImportDialog(session, path=tmp_path / "list.xlsx")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.check() and not dialog.import_button.isEnabled()
    assert dialog.import_good_button.isVisible() and "2" in dialog.import_good_button.text()
    assert dialog.save_errors(tmp_path / "list.errors.xlsx")
    saved = [list(r) for r in load_workbook(tmp_path / "list.errors.xlsx").active.iter_rows(values_only=True)]
    assert saved[1][:4] == ["A-2", "排水泵", "个", "九十"] and saved[1][6] == 3
    qtbot.mouseClick(dialog.import_good_button, Qt.MouseButton.LeftButton)
    assert sorted(p.code for p in Part.select()) == ["A-1", "A-3"]
    assert any("2" in text for kind, text in quiet_messages.recorded if kind == "info")


def test_claim_order_finds_the_customer_as_you_type_and_waits_for_a_pick_among_several(qtbot, session, shop):
    from PySide6.QtWidgets import QDialog

    from aftersales_desktop.core.models import ClaimOrder
    from aftersales_desktop.gui.parts.claims_tab import ClaimDialog
    from tests.factories import make_customer

    make_customer(shop.clerk, name="王丽", phone="13900000001")
    second, _ = make_customer(shop.clerk, name="王丽", phone="13900000002")
    dialog = ClaimDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.customer_search, "wl")  # no Enter: the list follows the typing
    assert dialog.customer.count() == 3 and dialog.customer.currentData() is None
    dialog.part.insert("外机主板")  # Qt's key simulation types ASCII only
    dialog.amount.setValue(420)
    dialog.deposit.setValue(100)
    dialog.save()
    assert dialog.result() != QDialog.DialogCode.Accepted and not ClaimOrder.select().exists()
    dialog.customer.setCurrentIndex(dialog.customer.findData(second.id))
    dialog.save()
    assert ClaimOrder.get().customer_id == second.id
    dialog.customer_search.clear()
    qtbot.keyClicks(dialog.customer_search, "13900000002")  # one match is taken at once
    assert dialog.customer.count() == 1 and dialog.customer.currentData() == second.id


def test_opening_parts_builds_the_stock_tab_only_and_the_others_as_they_are_shown(qtbot, session, shop):
    from playhouse.test_utils import count_queries

    _stock(shop)
    page = _page(qtbot, session)
    assert list(page.lazy.built) == ["stock"] and page.tabs.currentWidget() is page.stock
    assert page.tabs.widget(2).objectName() == "lazy_claims"  # a stand-in until it is shown
    page.tabs.setCurrentIndex(2)
    assert page.tabs.widget(2) is page.claims and page.tabs.currentWidget() is page.claims
    assert list(page.lazy.built) == ["stock", "claims"] and page.tabs.count() == 5
    with count_queries() as shown_again:
        page.tabs.setCurrentIndex(0)  # a tab built earlier re-reads its list when shown again
    assert shown_again.count > 0
    page.apply_filter("stocktake")  # a Today number opens a tab not built yet
    assert page.tabs.currentWidget() is page.stocktake and page.tabs.indexOf(page.stocktake) == 4
