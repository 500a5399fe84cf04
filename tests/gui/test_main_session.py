"""The session's one way to run a use case, the message route's test mode, remembered column widths."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QTableView

from aftersales_desktop.core.errors import ValidationError
from aftersales_desktop.core.i18n import T
from aftersales_desktop.core.permissions import Action
from aftersales_desktop.core.services.staff import create_staff
from aftersales_desktop.gui import messages


def test_call_returns_the_result_or_shows_the_sentence(session, shop, quiet_messages):
    ok, staff = session.call(None, create_staff, session.actor, "新同事", "clerk", "1234")
    assert ok and staff.name == "新同事"
    ok, result = session.call(None, create_staff, session.actor, "新同事", "clerk", "1234")
    assert (ok, result) == (False, None)
    assert quiet_messages.recorded[-1] == ("error", "已有同名员工“新同事”。")
    assert session.last_error.field == "name"


def test_a_permission_refusal_is_a_sentence_and_a_bug_is_not(session, shop, quiet_messages):
    session.sign_in(shop.technician)
    assert not session.can(Action.STAFF_MANAGE) and session.can(Action.TIME_RECORD)
    ok, _ = session.call(None, create_staff, session.actor, "某人", "clerk", "1234")
    assert not ok and quiet_messages.recorded[-1][0] == "error"

    def broken() -> None:
        raise KeyError("bug")

    with pytest.raises(KeyError):  # goes on to the crash route
        session.call(None, broken)


def test_sign_in_and_out_signal_and_notify(session, shop, qtbot):
    with qtbot.waitSignal(session.actor_changed):
        session.sign_out()
    assert session.actor is None and not session.can(Action.OWN_SECRET)
    with qtbot.waitSignal(session.data_changed) as blocker:
        session.notify_changed("calls")
    assert blocker.args == ["calls"]


def test_messages_record_and_answer_in_test_mode(quiet_messages):
    messages.info(None, "已保存。")
    messages.warn(None, "注意。")
    messages.show_user_error(None, ValidationError(T("错了。", "Wrong.")))
    assert messages.confirm(None, "确定吗?") is True
    assert messages.ask_reason(None, "作废", "原因") == "测试原因"
    quiet_messages.answers["ask_reason"] = "  "
    assert messages.ask_reason(None, "作废", "原因") is None  # a blank reason is no reason
    assert [kind for kind, _ in messages.recorded] == ["info", "warn", "error", "confirm", "ask_reason", "ask_reason"]


def test_column_widths_are_remembered_per_table(db, qtbot):
    from aftersales_desktop.gui.widgets.paged_table import PagedTableModel
    from aftersales_desktop.gui.widgets.table_state import remember_columns
    from tests.gui.test_paged_table import COLUMNS, _fill, _query

    _fill(3)
    first = QTableView()
    qtbot.addWidget(first)
    first.setModel(PagedTableModel(COLUMNS, _query()))
    remember_columns(first, "test/customers")
    first.setColumnWidth(1, 211)
    qtbot.wait(600)  # saved once the drag settles
    second = QTableView()
    qtbot.addWidget(second)
    second.setModel(PagedTableModel(COLUMNS, _query()))
    remember_columns(second, "test/customers")
    assert second.columnWidth(1) == 211
