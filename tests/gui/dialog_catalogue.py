"""Every dialog of the app, opened over a small shop that has one record of each kind (for the screen rules).

`every_dialog(...)` returns (name, make) pairs; `make()` builds the dialog in the state a person meets it in,
including the larger states (the call form with a new customer and product open).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PIL import Image
from PySide6.QtWidgets import QDialog, QWidget

from aftersales_desktop.core import backup, clock
from aftersales_desktop.core.models import SurveyCard
from aftersales_desktop.core.queries.call_detail import call_detail
from aftersales_desktop.core.queries.conduct import rules
from aftersales_desktop.core.queries.opinion import cards_due
from aftersales_desktop.core.queries.parts import find_work_order
from aftersales_desktop.core.queries.search import search
from aftersales_desktop.core.services import repairs
from aftersales_desktop.core.services.call_visits import close_call, record_signature, record_visit
from aftersales_desktop.core.services.calls import dispatch_call, register_call
from aftersales_desktop.core.services.complaints import register_complaint
from aftersales_desktop.core.services.contracts import create_contract
from aftersales_desktop.core.services.parts import create_part
from aftersales_desktop.core.services.surveys import prepare_cards
from aftersales_desktop.core.services.tools import create_tool
from tests.core.repair_helpers import card_in_shop, inspected_card, taken_back_call
from tests.factories import make_customer

Maker = Callable[[], QWidget]


def _register_with_new_customer(session) -> QDialog:  # type: ignore[no-untyped-def]
    from aftersales_desktop.gui.calls.register_dialog import RegisterCallDialog

    dialog = RegisterCallDialog(session)
    dialog.new_customer.setChecked(True)  # the tallest state: new customer and product open
    return dialog


def every_dialog(session, shop, tmp_path: Path) -> list[tuple[str, Maker]]:  # type: ignore[no-untyped-def]
    """One record of each kind, then a maker for every dialog of every area."""
    from aftersales_desktop.core.dburl import parse
    from aftersales_desktop.core.queries.bills import bill
    from aftersales_desktop.export import paper as p
    from aftersales_desktop.gui import printing
    from aftersales_desktop.gui.billing.approval import ApprovalDialog
    from aftersales_desktop.gui.billing.bill_panel import BillDialog
    from aftersales_desktop.gui.billing.line_dialogs import (
        AcceptAmountDialog,
        AddLineDialog,
        DiscountDialog,
        MarginDialog,
    )
    from aftersales_desktop.gui.calls.action_dialogs import DispatchDialog, SignatureDialog, VisitDialog
    from aftersales_desktop.gui.calls.register_dialog import RegisterCallDialog
    from aftersales_desktop.gui.conduct.entry_dialog import RecordEntryDialog
    from aftersales_desktop.gui.conduct.rules_tab import RuleDialog
    from aftersales_desktop.gui.crash import CrashDialog
    from aftersales_desktop.gui.dialogs.about_dialog import AboutDialog
    from aftersales_desktop.gui.dialogs.audit_dialog import AuditDialog
    from aftersales_desktop.gui.dialogs.backup_dialog import RestoreDialog
    from aftersales_desktop.gui.dialogs.connect_dialog import ConnectDialog
    from aftersales_desktop.gui.dialogs.login_dialog import LoginDialog
    from aftersales_desktop.gui.dialogs.password_dialog import PasswordDialog
    from aftersales_desktop.gui.dialogs.settings_dialog import SettingsDialog
    from aftersales_desktop.gui.dialogs.setup_dialog import SetupDialog
    from aftersales_desktop.gui.dialogs.staff_dialog import StaffDialog
    from aftersales_desktop.gui.dialogs.startup_error_dialog import StartupErrorDialog
    from aftersales_desktop.gui.history_dialog import CustomerHistoryDialog
    from aftersales_desktop.gui.opinion.answer_dialog import AnswerDialog
    from aftersales_desktop.gui.opinion.complaint_dialogs import (
        ConductEntryDialog,
        RegisterComplaintDialog,
        ReplyDialog,
    )
    from aftersales_desktop.gui.opinion.complaint_dialogs import VisitDialog as ComplaintVisitDialog
    from aftersales_desktop.gui.opinion.contract_dialogs import ContractDialog, FollowUpDialog, RenewDialog
    from aftersales_desktop.gui.opinion.follow_ups_tab import ToComplaintDialog
    from aftersales_desktop.gui.parts.claims_tab import ClaimDialog
    from aftersales_desktop.gui.parts.import_dialog import ImportDialog
    from aftersales_desktop.gui.parts.labels_dialog import PartLabelsDialog
    from aftersales_desktop.gui.parts.stock_dialogs import (
        InternalUseDialog,
        PartDialog,
        PurchaseDialog,
        ReceiveDialog,
    )
    from aftersales_desktop.gui.parts.tools_tab import LendDialog, ToolDialog
    from aftersales_desktop.gui.parts.workorder_tab import IssueDialog
    from aftersales_desktop.gui.repairs.card_dialog import CardDialog
    from aftersales_desktop.gui.repairs.goods_in_dialog import GoodsInDialog
    from aftersales_desktop.gui.repairs.photos import PhotoViewer
    from aftersales_desktop.gui.repairs.step_dialogs import AcceptDialog, QuoteDialog, ReturnDialog
    from aftersales_desktop.gui.search_dialog import SearchDialog

    card = inspected_card(shop)  # a paid repair with quote, time and inspection on it
    call = taken_back_call(shop, name="李娜")
    customer, product = make_customer(shop.clerk, name="王小红", phone="13911112222")
    contract = create_contract(shop.clerk, customer.id, [product.id], clock.today() - dt.timedelta(days=300),
                               clock.today() + dt.timedelta(days=65), fee_fen=36000)
    complaint = register_complaint(shop.clerk, "答应的事没有办", severity="serious", customer_id=customer.id)
    closed = register_call(shop.clerk, received_at=clock.now() - dt.timedelta(hours=3), channel="phone",
                           problem="不脱水", customer_id=customer.id, product_id=product.id)
    dispatch_call(shop.supervisor, closed.id, shop.technician.id)
    record_visit(shop.technician, closed.id, arrived_at=clock.now() - dt.timedelta(hours=1), finished_at=clock.now(),
                 work_done="更换排水泵", result="fixed")
    record_signature(shop.clerk, closed.id, clock.today())
    close_call(shop.clerk, closed.id)
    prepare_cards(shop.clerk, clock.today())
    survey = SurveyCard.get()
    tool = create_tool(shop.storekeeper, "T-01", "冷媒回收机")
    made = backup.backup_database(session.paths.backups, "manual")
    detail = call_detail(call.id)
    waiting = card_in_shop(shop, paid=False, name="赵敏")  # a card waiting for parts shows the most step buttons
    repairs.start_repair(shop.technician, waiting.id)
    repairs.wait_for_parts(shop.technician, waiting.id)
    part = create_part(shop.storekeeper, code="XYJ-PUMP", name="洗衣机排水泵", bin_location="B-2")
    photo = tmp_path / "photo.jpg"
    Image.new("RGB", (1600, 1200), "green").save(photo, "JPEG")  # the largest photo the shop stores
    paper = p.Paper("上门服务凭证", p.ShopHeader("好邻居", "中山路", "025"), number="FW-1").add(p.Text("正文"))
    return [*_camera_dialog(), *[
        ("SearchDialog", lambda: SearchDialog(search("王"), "王")),
        ("CardDialog", lambda: CardDialog(session, card.id)),
        ("CardDialog waiting for parts", lambda: CardDialog(session, waiting.id)),
        ("CustomerHistoryDialog", lambda: CustomerHistoryDialog(session, customer.id)),
        ("GoodsInDialog", lambda: GoodsInDialog(session)),
        ("QuoteDialog", lambda: QuoteDialog(session, card)),
        ("AcceptDialog", lambda: AcceptDialog(session, card)),
        ("ReturnDialog", lambda: ReturnDialog(session, card)),
        ("ReturnDialog unrepaired", lambda: ReturnDialog(session, card, unrepaired=True)),
        ("DispatchDialog", lambda: DispatchDialog(session, detail)),
        ("VisitDialog", lambda: VisitDialog(session, detail)),
        ("SignatureDialog", lambda: SignatureDialog(session, detail)),
        ("RegisterCallDialog", lambda: RegisterCallDialog(session)),
        ("RegisterCallDialog new customer", lambda: _register_with_new_customer(session)),
        ("CrashDialog", lambda: CrashDialog("Traceback (most recent call last):\n" * 40, tmp_path / "app.log")),
        ("RuleDialog", lambda: RuleDialog(session)),
        ("RuleDialog edit", lambda: RuleDialog(session, row=rules()[0])),
        ("RecordEntryDialog", lambda: RecordEntryDialog(session)),
        ("SetupDialog", lambda: SetupDialog()),
        ("PasswordDialog", lambda: PasswordDialog(session)),
        ("StaffDialog", lambda: StaffDialog(session)),
        ("AboutDialog", lambda: AboutDialog(session)),
        ("AuditDialog", lambda: AuditDialog(session)),
        ("SettingsDialog", lambda: SettingsDialog(session)),
        ("StartupErrorDialog", lambda: StartupErrorDialog("数据文件无法打开。" * 5, made, offer_new=True)),
        ("StartupErrorDialog server", lambda: StartupErrorDialog("连不上数据库服务器。" * 5, None, server=True)),
        ("ConnectDialog", lambda: ConnectDialog()),
        ("ConnectDialog again", lambda: ConnectDialog(start=parse("postgresql://aftersales@shop-server/aftersales"),
                                                       message="服务器拒绝了密码。" * 4)),
        ("LoginDialog", lambda: LoginDialog(hint="演示密码 1234")),
        ("RestoreDialog", lambda: RestoreDialog(backup.list_backups(session.paths.backups))),
        ("ToolDialog", lambda: ToolDialog(session)),
        ("LendDialog", lambda: LendDialog(session, tool.id, "T-01 冷媒回收机")),
        ("ClaimDialog", lambda: ClaimDialog(session)),
        ("ImportDialog", lambda: ImportDialog(session)),
        ("PartDialog", lambda: PartDialog(session)),
        ("ReceiveDialog", lambda: ReceiveDialog(session)),
        ("InternalUseDialog", lambda: InternalUseDialog(session)),
        ("PurchaseDialog", lambda: PurchaseDialog(session)),
        ("IssueDialog", lambda: IssueDialog(session, find_work_order(card.number))),
        ("RegisterComplaintDialog", lambda: RegisterComplaintDialog(session)),
        ("ComplaintVisitDialog", lambda: ComplaintVisitDialog(session, complaint)),
        ("ReplyDialog", lambda: ReplyDialog(session, complaint)),
        ("ConductEntryDialog", lambda: ConductEntryDialog(session, complaint)),
        ("ContractDialog", lambda: ContractDialog(session)),
        ("RenewDialog", lambda: RenewDialog(session, contract)),
        ("FollowUpDialog", lambda: FollowUpDialog(session, contract)),
        ("AnswerDialog", lambda: AnswerDialog(session, survey)),
        ("ToComplaintDialog", lambda: ToComplaintDialog(next(iter(cards_due(survey.due_on).fetch(0, 1))))),
        ("print preview", lambda: printing.preview_dialog(None, paper)),
        ("BillDialog", lambda: BillDialog(session, call.id)),
        ("AddLineDialog", lambda: AddLineDialog(session, bill(repair_card_id=card.id))),
        ("DiscountDialog", lambda: DiscountDialog(session, bill(repair_card_id=card.id))),
        ("MarginDialog", lambda: MarginDialog(session, bill(repair_card_id=card.id))),
        ("AcceptAmountDialog", lambda: AcceptAmountDialog(session, bill(repair_card_id=card.id), "王小明")),
        ("ApprovalDialog", lambda: ApprovalDialog("折扣超过柜台权限。", lambda approval: None)),
        ("PartLabelsDialog", lambda: PartLabelsDialog(session, part_ids=[part.id])),
        ("PhotoViewer", lambda: PhotoViewer(photo)),
    ]]


def multimedia_loads() -> bool:
    """QtMultimedia (the optional camera) loads only where the system's sound libraries are installed."""
    try:
        from PySide6 import QtMultimedia  # noqa: F401
    except ImportError:
        return False
    return True


def _camera_dialog() -> list[tuple[str, Maker]]:
    """The camera dialog where QtMultimedia loads (without a camera it says so); elsewhere the app never opens it."""
    if not multimedia_loads():
        return []
    from aftersales_desktop.gui.repairs.camera_dialog import CameraDialog

    return [("CameraDialog", lambda: CameraDialog())]
