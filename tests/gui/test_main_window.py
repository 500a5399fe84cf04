"""The main window: areas and menus by role, Today numbers, global search, switching user, backups."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from aftersales_desktop.core import clock
from aftersales_desktop.core.models import Customer, ServiceCall
from aftersales_desktop.gui import areas, main_window
from aftersales_desktop.gui.placeholder_page import PlaceholderPage
from aftersales_desktop.gui.today_page import TodayPage
from tests.factories import make_customer


class RecordingPage(QWidget):
    """A page that records what the main window asks of it."""

    def __init__(self, session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.filters: list[str] = []
        self.records: list[tuple[str, int]] = []
        self.refreshed = 0

    def apply_filter(self, key: str) -> None:
        self.filters.append(key)

    def open_record(self, kind: str, record_id: int) -> None:
        self.records.append((kind, record_id))

    def refresh(self) -> None:
        self.refreshed += 1


@pytest.fixture
def recording_pages(monkeypatch):
    """Every work area gets a RecordingPage, whatever the other areas have built so far."""
    monkeypatch.setattr(main_window, "page_class", lambda spec: RecordingPage)


def _nav_keys(window) -> list[str]:
    return [window.nav.item(r).data(Qt.ItemDataRole.UserRole) for r in range(window.nav.count())]


def test_manager_sees_every_area_and_the_manager_menus(window, session):
    assert _nav_keys(window) == [spec.key for spec in areas.AREAS]
    assert window.settings_action.isVisible() and window.staff_action.isVisible()
    assert window.restore_action.isVisible()
    assert isinstance(window.stack.currentWidget(), TodayPage)
    assert "张经理" in window.actor_label.text() and "经理" in window.actor_label.text()
    assert "好邻居家电售后服务部" in window.shop_label.text()


def test_technician_sees_no_settings_staff_restore_or_reports(window, session, shop):
    session.sign_in(shop.technician)
    assert not window.settings_action.isVisible()
    assert not window.staff_action.isVisible()
    assert not window.restore_action.isVisible()
    assert not window.backup_action.isVisible()
    assert window.password_action.isVisible()
    assert not window.audit_action.isVisible()
    assert "reports" not in _nav_keys(window) and "calls" in _nav_keys(window)
    assert "赵志强" in window.actor_label.text() and "技术员" in window.actor_label.text()


def test_unbuilt_area_shows_a_plain_placeholder(window, monkeypatch):
    monkeypatch.setattr(main_window, "page_class", lambda spec: None)
    page = window.open_area("parts")
    assert isinstance(page, PlaceholderPage)
    assert window.current_area() == "parts"


def test_page_class_is_none_only_for_a_missing_area_module():
    spec = areas.AreaSpec("x", "X", "aftersales_desktop.gui.no_such_area.page", "Page", "nothing")
    assert areas.page_class(spec) is None
    broken = areas.AreaSpec("y", "Y", "aftersales_desktop.gui.app", "NoSuchClass", "nothing")
    with pytest.raises(AttributeError):
        areas.page_class(broken)


def test_today_numbers_count_and_open_their_area_with_the_filter(window, session, shop, recording_pages, qtbot):
    customer, product = make_customer(shop.clerk)
    ServiceCall.create(
        number="JX2026-00001", received_at=clock.now(), channel="phone", customer=customer, product=product,
        area="city", kind="paid", created_by=shop.clerk, created_at=clock.now(),
        deadline_at=clock.now().replace(hour=8),
    )  # fmt: skip
    session.notify_changed("calls")
    today = window.pages["today"]
    assert today.value("open_calls") == 1 and today.value("not_dispatched") == 1 and today.value("overdue") == 1
    qtbot.mouseClick(today.cards["overdue"], Qt.MouseButton.LeftButton)
    assert window.current_area() == "calls"
    assert window.pages["calls"].filters == ["overdue"]
    window.open_area("today")
    qtbot.mouseClick(today.cards["low_stock"], Qt.MouseButton.LeftButton)
    assert window.current_area() == "parts" and window.pages["parts"].filters == ["low_stock"]
    qtbot.mouseClick(today.cards["goods_past_promise"], Qt.MouseButton.LeftButton)
    assert window.pages["repairs"].filters == ["past_promise"]
    today.cards["complaints_open"].setFocus()
    qtbot.keyClick(today.cards["complaints_open"], Qt.Key.Key_Return)
    assert window.pages["opinion"].filters == ["complaints_open"]


def test_data_changed_refreshes_the_pages_of_that_area(window, session, recording_pages):
    window.open_area("calls")
    window.open_area("parts")
    session.notify_changed("calls")
    assert window.pages["calls"].refreshed == 1 and window.pages["parts"].refreshed == 0
    session.notify_changed("")
    assert window.pages["parts"].refreshed == 1


def test_global_search_opens_the_record_by_phone_initials_and_call_number(window, shop, recording_pages, qtbot):
    customer, product = make_customer(shop.clerk, name="王小明", phone="13912345678")
    call = ServiceCall.create(
        number="JX2026-00042", received_at=clock.now(), channel="phone", customer=customer, product=product,
        area="city", kind="paid", created_by=shop.clerk, created_at=clock.now(),
    )  # fmt: skip
    for text, expected in (("13912345678", ("customer", customer.id)), ("wxm", ("customer", customer.id)),
                           ("JX2026-00042", ("call", call.id))):  # fmt: skip
        window.search_box.setText(text)
        qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
        assert window.current_area() == "calls"
        assert window.pages["calls"].records[-1] == expected


def test_search_with_several_hits_lets_the_user_pick(window, shop, recording_pages, monkeypatch):
    first, _ = make_customer(shop.clerk, name="王小明", phone="13911110001")
    make_customer(shop.clerk, name="王小红", phone="13911110002")
    shown = []

    def pick(hits, text, parent=None, session=None):
        shown.append([h.record_id for h in hits])
        return hits[0]

    monkeypatch.setattr(main_window.SearchDialog, "pick", staticmethod(pick))
    window.search_box.setText("王小")
    window.run_search()
    assert len(shown[0]) == 2
    assert window.pages["calls"].records == [("customer", shown[0][0])]


def test_search_dialog_lists_hits_and_opens_the_double_clicked_one(shop, qtbot):
    from aftersales_desktop.core.queries.search import search
    from aftersales_desktop.gui.search_dialog import SearchDialog

    make_customer(shop.clerk, name="王小明", phone="13911110001")
    make_customer(shop.clerk, name="王小红", phone="13911110002")
    dialog = SearchDialog(search("王小"), "王小")
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2
    assert dialog.table.item(0, 0).text() == "客户"
    dialog.table.selectRow(1)
    dialog.accept()
    assert dialog.chosen.label.startswith("王小红")


def test_switch_user_signs_out_at_once_then_signs_the_next_person_in(window, session, shop, fake_login, qtbot):
    window.open_area("calls")
    fake_login.next_staff = None  # the next person cancels: nobody stays signed in
    window.switch_action.trigger()
    assert session.actor is None and window.nav.count() == 0 and window.pages == {}
    assert window.stack.currentWidget() is window.signed_out
    assert not window.search_box.isEnabled()
    fake_login.next_staff = shop.clerk
    window.switch_action.trigger()
    assert session.actor.id == shop.clerk.id
    assert window.switch_action.shortcut().toString() == "Ctrl+L"
    assert window.current_area() == "today"


def test_back_up_and_restore_round_trip_through_the_gui(window, session, shop, fake_login, monkeypatch, quiet_messages):
    from aftersales_desktop.core import backup
    from aftersales_desktop.gui.dialogs import backup_dialog

    made = window.back_up_now() or backup.list_backups(session.paths.backups)[0]
    assert made.exists() and quiet_messages.recorded[-1][0] == "info"
    make_customer(shop.clerk, name="备份后的客户", phone="13700000000")
    assert Customer.select().where(Customer.name == "备份后的客户").exists()
    monkeypatch.setattr(backup_dialog.RestoreDialog, "pick", staticmethod(lambda backups, parent=None: made))
    fake_login.next_staff = shop.manager
    window.restore_from_backup()
    assert not Customer.select().where(Customer.name == "备份后的客户").exists()
    kinds = [kind for kind, _text in quiet_messages.recorded]
    assert "confirm" in kinds and kinds[-1] == "info"
    assert any("before-restore" in p.name for p in backup.list_backups(session.paths.backups))
    assert session.actor is not None and session.actor.id == shop.manager.id
    assert window.current_area() == "today"


def test_restore_is_not_done_when_the_user_says_no(window, session, shop, monkeypatch, quiet_messages):
    from aftersales_desktop.core import backup
    from aftersales_desktop.gui.dialogs import backup_dialog

    made = backup.backup_database(session.paths.backups)
    make_customer(shop.clerk, name="留下的客户", phone="13700000001")
    monkeypatch.setattr(backup_dialog.RestoreDialog, "pick", staticmethod(lambda backups, parent=None: made))
    quiet_messages.answers["confirm"] = False
    window.restore_from_backup()
    assert Customer.select().where(Customer.name == "留下的客户").exists()
    assert session.actor.id == shop.manager.id


def test_window_geometry_and_splitter_are_remembered(window, session, qtbot, fake_login):
    from PySide6.QtCore import QSettings

    window.splitter.setSizes([230, 870])
    window.close()
    stored = QSettings()
    assert stored.value(main_window.GEOMETRY_KEY) == window.saveGeometry()
    again = main_window.MainWindow(session)
    qtbot.addWidget(again)
    assert again.splitter.saveState() == stored.value(main_window.SPLITTER_KEY)
