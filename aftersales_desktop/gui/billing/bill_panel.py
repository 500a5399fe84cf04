"""A bill on screen: its lines, who pays, what the rules still ask for, and the buttons to act on it."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from aftersales_desktop.core.models import RepairCard, ServiceCall
from aftersales_desktop.core.money import format_yuan
from aftersales_desktop.core.permissions import Action
from aftersales_desktop.core.queries.bills import Bill, BillLineRow, bill, line_text
from aftersales_desktop.core.services.bills import (
    FINISHED_CARD,
    labour_from_time,
    remove_bill_line,
    settle_bill,
)
from aftersales_desktop.gui import messages
from aftersales_desktop.gui.billing.line_dialogs import (
    AcceptAmountDialog,
    AddLineDialog,
    DiscountDialog,
    MarginDialog,
)
from aftersales_desktop.gui.billing.summary import bill_summary, bill_warnings
from aftersales_desktop.gui.session import Session

HEADERS = (
    QT_TRANSLATE_NOOP("BillPanel", "Item"),
    QT_TRANSLATE_NOOP("BillPanel", "Qty"),
    QT_TRANSLATE_NOOP("BillPanel", "Unit price"),
    QT_TRANSLATE_NOOP("BillPanel", "Amount"),
    QT_TRANSLATE_NOOP("BillPanel", "Cost"),
    QT_TRANSLATE_NOOP("BillPanel", "Settled"),
)
RED, AMBER = "#b3261e", "#8a5300"


def _tr(text: str) -> str:
    return QCoreApplication.translate("BillPanel", text)


class BillPanel(QWidget):
    """The bill of one call (its on-site work) or one repair card; buttons follow the bill and the role."""

    def __init__(self, session: Session, *, call_id: int | None = None, repair_card_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.call_id, self.repair_card_id = call_id, repair_card_id
        self.lines: list[BillLineRow] = []
        self.table = QTableWidget(0, len(HEADERS), self)
        self.table.setObjectName("bill_lines")
        self.table.setHorizontalHeaderLabels([_tr(h) for h in HEADERS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.summary = QLabel(self)
        self.summary.setObjectName("bill_summary")
        self.summary.setWordWrap(True)
        self.warnings = QLabel(self)
        self.warnings.setObjectName("bill_warnings")
        self.warnings.setWordWrap(True)
        self.add_button = QPushButton(self.tr("&Add line…"), self)
        self.time_button = QPushButton(self.tr("Labour from the &time log"), self)
        self.remove_button = QPushButton(self.tr("&Remove line"), self)
        self.discount_button = QPushButton(self.tr("&Discount…"), self)
        self.accept_button = QPushButton(self.tr("Customer accepted the new &amount…"), self)
        self.margin_button = QPushButton(self.tr("Approve the &margin…"), self)
        self.settle_button = QPushButton(self.tr("Put on the &invoice list"), self)
        for name, button in (("add_line", self.add_button), ("labour_from_time", self.time_button),
                             ("remove_line", self.remove_button), ("give_discount", self.discount_button),
                             ("accept_amount", self.accept_button), ("approve_margin", self.margin_button),
                             ("settle_bill", self.settle_button)):  # fmt: skip
            button.setObjectName(name)
        self.add_button.clicked.connect(lambda: self._dialog(AddLineDialog))
        self.time_button.clicked.connect(lambda: self._run(labour_from_time, **self._target()))
        self.remove_button.clicked.connect(self.remove_line)
        self.discount_button.clicked.connect(lambda: self._dialog(DiscountDialog))
        self.accept_button.clicked.connect(self.accept_amount)
        self.margin_button.clicked.connect(lambda: self._dialog(MarginDialog))
        self.settle_button.clicked.connect(lambda: self._run(settle_bill, **self._target()))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.time_button, self.remove_button, self.discount_button,
                       self.accept_button, self.margin_button, self.settle_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.warnings)
        layout.addLayout(buttons)
        self.reload()

    def _target(self) -> dict[str, int]:
        return {"repair_card_id": self.repair_card_id} if self.repair_card_id is not None else {"call_id": self.call_id}

    def reload(self) -> None:
        self.bill = b = bill(**self._target())
        self.lines = list(b.lines)
        self.table.setRowCount(len(self.lines))
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for r, line in enumerate(self.lines):
            part = line.kind == "part"
            values = [line_text(line), str(line.qty) if part else "", format_yuan(line.unit_fen) if part else "",
                      format_yuan(line.amount_fen), format_yuan(line.cost_fen) if line.cost_fen else "",
                      self.tr("yes") if line.settled else ""]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c in (1, 2, 3, 4):
                    item.setTextAlignment(right)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.summary.setText(bill_summary(b))
        warnings = bill_warnings(b)
        colour = RED if b.above_quote or b.margin_needs_approval else AMBER
        self.warnings.setText("<br>".join(f"<span style='color:{colour}'>⚠ {w}</span>" for w in warnings))
        self.warnings.setVisible(bool(warnings))
        self._enable(b)

    def _enable(self, b: Bill) -> None:
        call = ServiceCall.get_by_id(b.call_id)
        card_done = self.repair_card_id is not None and RepairCard.get_by_id(self.repair_card_id).status in FINISHED_CARD
        open_work = call.status not in ("closed", "void") and not card_done
        can = self.session.can
        shown = {
            self.add_button: can(Action.BILL_EDIT) and open_work and b.chargeable,
            self.time_button: can(Action.BILL_EDIT) and open_work and b.chargeable and b.worked_minutes > 0,
            self.remove_button: can(Action.BILL_EDIT) and open_work
            and any(not line.settled and line.kind != "part" for line in b.lines),
            self.discount_button: can(Action.DISCOUNT_GIVE) and open_work and b.chargeable and b.open_fen > 0
            and not b.open_discount_percent,
            self.accept_button: can(Action.QUOTE_ACCEPT) and open_work and b.above_quote,
            self.margin_button: can(Action.DISCOUNT_GIVE) and open_work and b.margin_needs_approval,
            self.settle_button: can(Action.INVOICE_MANAGE) and b.has_open_lines and self._handed_over(call, card_done),
        }
        for button, visible in shown.items():
            button.setVisible(visible)

    def _handed_over(self, call: ServiceCall, card_done: bool) -> bool:
        """Open lines wait for the visit (a call) or the return (a card); after that they are settled by hand."""
        if self.repair_card_id is not None:
            return card_done
        return call.status != "void" and call.visits.count() > 0

    def _changed(self) -> None:
        self.session.notify_changed("calls" if self.repair_card_id is None else "repairs")
        self.reload()

    def _run(self, fn, **kwargs) -> None:  # type: ignore[no-untyped-def]
        ok, _ = self.session.call(self, fn, self.session.actor, **kwargs)
        if ok:
            self._changed()

    def _dialog(self, factory) -> None:  # type: ignore[no-untyped-def]
        dialog: QDialog = factory(self.session, self.bill, parent=self)
        if dialog.exec():
            self._changed()

    def accept_amount(self) -> None:
        call = ServiceCall.get_by_id(self.bill.call_id)
        dialog = AcceptAmountDialog(self.session, self.bill, call.customer.name if call.customer_id else "", parent=self)
        if dialog.exec():
            self._changed()

    def remove_line(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.lines):
            messages.info(self, self.tr("Select a line first."))
            return
        ok, _ = self.session.call(self, remove_bill_line, self.session.actor, self.lines[row].id)
        if ok:
            self._changed()


class BillDialog(QDialog):
    """A call's bill in its own window (from the Calls page)."""

    def __init__(self, session: Session, call_id: int, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        call = ServiceCall.get_by_id(call_id)
        self.setWindowTitle(self.tr("Bill — %1").replace("%1", call.number))
        self.resize(760, 420)
        self.panel = BillPanel(session, call_id=call_id, parent=self)
        hint = QLabel(self.tr("Parts come onto the bill when the store issues them and leave it when they go back "
                              "unused. The bill is settled onto the invoice list at each visit."), self)
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.panel, 1)
