"""First-run setup, the demo shop, sign-in, staff and password dialogs."""

from __future__ import annotations

from PySide6.QtCore import Qt

from aftersales_desktop.core import settings
from aftersales_desktop.core.models import Staff
from aftersales_desktop.core.security import verify_secret
from aftersales_desktop.gui.dialogs.login_dialog import LoginDialog
from aftersales_desktop.gui.dialogs.password_dialog import PasswordDialog
from aftersales_desktop.gui.dialogs.setup_dialog import SetupDialog
from aftersales_desktop.gui.dialogs.staff_dialog import StaffDialog
from tests.factories import make_customer


def _fill_setup(dialog: SetupDialog, **overrides: str) -> None:
    values = {
        "shopName": "好邻居家电售后服务部", "address": "南京市玄武区中山路 128 号", "phone": "025-84561234",
        "managerName": "张经理", "password": "123456", "password2": "123456",
    } | overrides  # fmt: skip
    for name, text in values.items():
        getattr(dialog.ui, name).setText(text)


def test_setup_dialog_creates_the_manager_and_shop(db, qtbot):
    dialog = SetupDialog()
    qtbot.addWidget(dialog)
    _fill_setup(dialog)
    qtbot.mouseClick(dialog.ui.setUpButton, Qt.MouseButton.LeftButton)
    assert dialog.result() == SetupDialog.DialogCode.Accepted
    manager = Staff.get(Staff.name == "张经理")
    assert manager.role == "manager" and verify_secret("123456", manager.secret_hash)
    assert settings.get("shop_name") == "好邻居家电售后服务部"
    assert settings.get("shop_phone") == "02584561234"


def test_setup_dialog_keeps_what_was_typed_and_points_at_the_field(db, qtbot):
    dialog = SetupDialog()
    qtbot.addWidget(dialog)
    _fill_setup(dialog, password2="4321")
    dialog.ui.setUpButton.click()
    assert dialog.ui.errorLabel.text() == "两次输入的密码不一致。" or "not the same" in dialog.ui.errorLabel.text()
    assert dialog.ui.password2.property("invalid") is True
    _fill_setup(dialog, shopName="  ")
    dialog.ui.setUpButton.click()
    assert "店名" in dialog.ui.errorLabel.text()
    assert dialog.ui.shopName.property("invalid") is True
    assert dialog.ui.managerName.text() == "张经理"  # nothing typed is lost
    assert dialog.result() != SetupDialog.DialogCode.Accepted
    assert not Staff.select().exists()


def test_demo_button_fills_the_database(db, qtbot, monkeypatch):
    from aftersales_desktop.core import demo

    monkeypatch.setattr(demo, "AREAS", [])  # the shop and its people; each area's demo has its own tests
    dialog = SetupDialog()
    qtbot.addWidget(dialog)
    dialog.ui.demoButton.click()
    assert dialog.demo_opened
    assert dialog.result() == SetupDialog.DialogCode.Accepted
    assert Staff.select().count() >= 9
    assert settings.get("demo") is True
    roles = {s.role for s in Staff.select()}
    assert roles == {"manager", "supervisor", "clerk", "technician", "storekeeper"}


def test_login_wrong_password_keeps_the_name_then_right_password_signs_in(shop, qtbot):
    dialog = LoginDialog()
    qtbot.addWidget(dialog)
    assert dialog.ui.staff.findData("陈晓燕") >= 0
    dialog.select_name("陈晓燕")
    dialog.ui.secret.setText("0000")
    dialog.ui.signInButton.click()
    assert dialog.staff is None
    assert dialog.ui.errorLabel.text() == "姓名或密码不正确。"
    assert dialog.ui.staff.currentData() == "陈晓燕"
    dialog.ui.secret.setText("1234")
    dialog.ui.signInButton.click()
    assert dialog.result() == LoginDialog.DialogCode.Accepted
    assert dialog.staff.id == shop.clerk.id


def test_login_lists_only_active_staff_and_shows_demo_hint(shop, qtbot):
    from aftersales_desktop.core.services.staff import mark_left

    mark_left(shop.manager, shop.technician2.id)
    dialog = LoginDialog(hint="演示密码 1234")
    qtbot.addWidget(dialog)
    names = [dialog.ui.staff.itemData(i) for i in range(dialog.ui.staff.count())]
    assert "孙浩" not in names and "张经理" in names
    assert dialog.ui.hintLabel.text() == "演示密码 1234"


def test_staff_dialog_adds_resets_and_marks_left(session, qtbot, quiet_messages, monkeypatch):
    dialog = StaffDialog(session)
    qtbot.addWidget(dialog)
    dialog.name.setText("王新")
    dialog.role.setCurrentIndex(dialog.role.findData("technician"))
    dialog.secret.setText("12")  # too short: the service's sentence, the typed name stays
    dialog.add()
    assert "至少" in dialog.error.text() and dialog.name.text() == "王新"
    dialog.secret.setText("5678")
    dialog.add()
    added = Staff.get(Staff.name == "王新")
    assert added.role == "technician" and dialog.name.text() == ""
    row = next(r for r in range(dialog.table.rowCount()) if dialog.table.item(r, 0).text() == "王新")
    dialog.table.selectRow(row)
    dialog.mark_left()
    assert quiet_messages.recorded[-1][0] == "confirm"
    assert not Staff.get_by_id(added.id).active


def test_staff_dialog_shows_the_list_only_to_the_manager(session, shop, qtbot):
    session.sign_in(shop.supervisor)  # the dialog is the manager's; opened by anyone else it lists nobody
    dialog = StaffDialog(session)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 0 and "没有权限" in dialog.error.text()


def test_password_dialog_changes_own_password(session, qtbot):
    dialog = PasswordDialog(session)
    qtbot.addWidget(dialog)
    dialog.secret.setText("999999")  # the session's actor is the manager: at least 6 digits
    dialog.secret2.setText("999998")
    dialog.save()
    assert dialog.secret2.property("invalid") is True
    dialog.secret2.setText("999999")
    dialog.save()
    assert verify_secret("999999", Staff.get_by_id(session.actor.id).secret_hash)


def test_audit_dialog_reads_the_trail_lazily_and_filters(session, shop, qtbot):
    from aftersales_desktop.gui.dialogs.audit_dialog import AuditDialog

    make_customer(shop.clerk)
    dialog = AuditDialog(session)
    qtbot.addWidget(dialog)
    total = dialog.model.total_count
    assert total >= 8  # setup, five staff, a customer and a product
    times = [dialog.model.row_at(r).at for r in range(dialog.model.rowCount())]
    assert times == sorted(times, reverse=True)  # newest first
    dialog.show()
    assert dialog.focusWidget() is dialog.filter  # type at once to narrow the trail
    dialog.filter.setText("陈晓燕")  # as typed: the list follows without Enter
    qtbot.waitUntil(lambda: dialog.model.total_count < total)
    assert {dialog.model.row_at(r).actor_name for r in range(dialog.model.rowCount())} == {"陈晓燕"}
    qtbot.keyClick(dialog.filter, Qt.Key.Key_Return)
    assert dialog.isVisible()  # Enter in the filter never closes the trail
    assert dialog.detail.text() == ""
    dialog.view.selectRow(0)  # the chosen entry whole, however wide its change
    first = dialog.model.row_at(0)
    assert first.change and first.change in dialog.detail.text() and first.record in dialog.detail.text()


def test_a_demo_that_stops_half_way_still_opens_and_says_why(db, qtbot, monkeypatch, quiet_messages):
    from aftersales_desktop.core import demo
    from aftersales_desktop.core.errors import ValidationError
    from aftersales_desktop.core.i18n import T
    from aftersales_desktop.gui.dialogs import setup_dialog

    real = demo.create_demo

    def stops(**kwargs):
        real(months=1, progress=kwargs.get("progress"))
        raise ValidationError(T("某一天出错了。", "A day failed."))

    monkeypatch.setattr(demo, "AREAS", [])
    monkeypatch.setattr(setup_dialog, "create_demo", stops)
    dialog = SetupDialog()
    qtbot.addWidget(dialog)
    dialog.ui.demoButton.click()
    assert dialog.demo_opened and Staff.select().exists()
    assert quiet_messages.recorded[-1][0] == "warn" and "某一天出错了" in quiet_messages.recorded[-1][1]
