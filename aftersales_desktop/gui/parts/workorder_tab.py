"""Issuing against a work order (见单发料): find a repair card or call by number, issue, mark used, return unused."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from aftersales_desktop.core.models import RepairCard, ServiceCall
from aftersales_desktop.core.money import format_yuan
from aftersales_desktop.core.permissions import Action
from aftersales_desktop.core.queries.parts import IssueRow, WorkOrder, find_work_order, work_order_parts
from aftersales_desktop.core.services.stock import (
    issue_part,
    mark_used,
    record_old_part,
    return_unused,
    work_order_problem,
)
from aftersales_desktop.core.vocab import CALL_STATUS, REPAIR_STATUS
from aftersales_desktop.gui import messages
from aftersales_desktop.gui.parts.common import PartPicker, fen_of, money_box, qty_box
from aftersales_desktop.gui.parts.stock_dialogs import _Form
from aftersales_desktop.gui.session import Session
from aftersales_desktop.gui.widgets.scanner import accept_scans


class IssueDialog(_Form):
    """Pick a part and a quantity; the price defaults to the part's sale price."""

    def __init__(self, session: Session, order: WorkOrder, *, parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("Issue parts to %1").replace("%1", order.number), parent=parent)
        self.order = order
        self.part = PartPicker()
        self.qty = qty_box()
        self.price = money_box()
        self.part.picked.connect(lambda row: row is not None and self.price.setValue(row.price_fen / 100))
        self.form.addRow(self.tr("Part"), self.part)
        self.form.addRow(self.tr("Quantity"), self.qty)
        self.form.addRow(self.tr("Unit price to the customer"), self.price)
        for name in ("part", "qty", "price"):
            getattr(self, name).setObjectName(name)
        self.bind({"qty": self.qty, "unit_price_fen": self.price, "work_order": self.part})

    def save(self) -> None:
        part = self.part.current_part()
        if part is None:
            self.errors.show(self.tr("Choose a part."))
            return
        target = {"repair_card_id": self.order.id} if self.order.kind == "repair_card" else {"call_id": self.order.id}
        self.run(issue_part, self.session.actor, part.id, self.qty.value(), unit_price_fen=fen_of(self.price), **target)


HEADERS = (
    QT_TRANSLATE_NOOP("WorkOrderTab", "Code"),
    QT_TRANSLATE_NOOP("WorkOrderTab", "Name"),
    QT_TRANSLATE_NOOP("WorkOrderTab", "Issued"),
    QT_TRANSLATE_NOOP("WorkOrderTab", "Returned"),
    QT_TRANSLATE_NOOP("WorkOrderTab", "Used"),
    QT_TRANSLATE_NOOP("WorkOrderTab", "Unit cost"),
    QT_TRANSLATE_NOOP("WorkOrderTab", "Unit price"),
    QT_TRANSLATE_NOOP("WorkOrderTab", "Charged"),
    QT_TRANSLATE_NOOP("WorkOrderTab", "Issued at"),
    QT_TRANSLATE_NOOP("WorkOrderTab", "By"),
    QT_TRANSLATE_NOOP("WorkOrderTab", "Old part"),
)


class WorkOrderTab(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.order: WorkOrder | None = None
        self.rows: list[IssueRow] = []
        self.number = accept_scans(QLineEdit(self))  # a scanned card or voucher fills it; Enter finds it
        self.number.setPlaceholderText(self.tr("Repair card (XH…) or call (JX…) number, then Enter"))
        self.number.returnPressed.connect(self.find)
        find = QPushButton(self.tr("Fin&d"), self)
        find.clicked.connect(self.find)
        self.info = QLabel(self.tr("Scan or type the number on the repair card or the call."), self)
        self.info.setWordWrap(True)
        self.problem = QLabel(self)
        self.problem.setProperty("role", "error")
        self.problem.setWordWrap(True)
        self.table = QTableWidget(0, len(HEADERS), self)
        self.table.setHorizontalHeaderLabels([self.tr(h) for h in HEADERS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.totals = QLabel(self)
        self.issue_button = QPushButton(self.tr("&Issue part…"), self)
        self.used_button = QPushButton(self.tr("Mark &used"), self)
        self.return_button = QPushButton(self.tr("&Return unused…"), self)
        self.old_button = QPushButton(self.tr("&Old part…"), self)
        self.old_button.setToolTip(self.tr("以坏换新: record whether the replaced part came back to the store"))
        for name in ("number", "table", "issue_button", "used_button", "return_button", "old_button"):
            getattr(self, name).setObjectName(f"work_order_{name.removesuffix('_button')}")
        self.issue_button.clicked.connect(self.issue)
        self.used_button.clicked.connect(self.mark_used)
        self.return_button.clicked.connect(self.return_unused)
        self.old_button.clicked.connect(self.old_part)
        self.table.itemSelectionChanged.connect(self._update_row_buttons)
        self.old_button.setVisible(session.can(Action.PART_RETURN))
        self.issue_button.setVisible(session.can(Action.PART_ISSUE))
        self.used_button.setVisible(session.can(Action.PART_MARK_USED))
        self.return_button.setVisible(session.can(Action.PART_RETURN))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Work order"), self))
        top.addWidget(self.number, 1)
        top.addWidget(find)
        buttons = QHBoxLayout()
        for button in (self.issue_button, self.used_button, self.return_button, self.old_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.totals)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.info)
        layout.addWidget(self.problem)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.refresh()

    def find(self) -> None:
        order = find_work_order(self.number.text())
        if order is None:
            messages.warn(self, self.tr("No repair card or call has the number %1.").replace("%1", self.number.text()))
            return
        self.order = order
        self.refresh()

    def open_record(self, kind: str, record_id: int) -> None:
        """Show a repair card ("repair_card") or a call ("call") by id."""
        model = RepairCard if kind == "repair_card" else ServiceCall
        record = model.get_or_none(model.id == record_id)
        if record is not None:
            self.number.setText(record.number)
            self.find()

    def refresh(self) -> None:
        order = self.order
        if order is not None:
            order = self.order = find_work_order(order.number)
        self.rows = []
        problem = None
        if order is not None:
            label = REPAIR_STATUS.label(order.status) if order.kind == "repair_card" else CALL_STATUS.label(order.status)
            kind = self.tr("Repair card") if order.kind == "repair_card" else self.tr("Call")
            self.info.setText(f"{kind} {order.number} · {label} · {order.customer} · {order.product}")
            if order.kind == "repair_card":
                self.rows = work_order_parts(repair_card_id=order.id)
                problem = work_order_problem(repair_card=RepairCard.get_by_id(order.id))
            else:
                self.rows = work_order_parts(call_id=order.id)
                problem = work_order_problem(call=ServiceCall.get_by_id(order.id))
        self.problem.setText(str(problem) if problem else "")
        self.problem.setVisible(bool(problem))
        self.issue_button.setEnabled(order is not None and problem is None)
        self.table.setRowCount(len(self.rows))
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for r, row in enumerate(self.rows):
            values = [row.part_code, row.part_name, f"{row.qty} {row.unit}", str(row.returned_qty or ""),
                      self.tr("Yes") if row.used else "", format_yuan(row.unit_cost_fen),
                      format_yuan(row.unit_price_fen), format_yuan(row.price_total_fen),
                      row.issued_at.strftime("%Y-%m-%d %H:%M"), row.issued_by, self._old_text(row)]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c in (2, 3, 5, 6, 7):
                    item.setTextAlignment(right)
                if c == len(values) - 1 and row.old_missing:
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        cost = sum(r.cost_total_fen for r in self.rows)
        price = sum(r.price_total_fen for r in self.rows)
        self.totals.setText(self.tr("Parts cost %1 · charged to the customer %2")
                            .replace("%1", format_yuan(cost, True)).replace("%2", format_yuan(price, True)))
        self._update_row_buttons()

    def _update_row_buttons(self) -> None:
        """What is done to one issued part waits until a line is chosen (a click would otherwise do nothing)."""
        chosen = bool(self.table.selectedItems()) and self.current() is not None
        for button in (self.used_button, self.return_button, self.old_button):
            button.setEnabled(chosen)

    def _old_text(self, row: IssueRow) -> str:
        """以坏换新 for this issue: back, not back (and why), still to come back, or not asked for this part."""
        if row.old_returned is True:
            return self.tr("back")
        if row.old_returned is False:
            return self.tr("not back: %1").replace("%1", row.old_note)
        if not row.old_for_new:
            return "—"
        return self.tr("to come back") if row.used else ""

    def old_part(self) -> None:
        """Ask whether the replaced part came back to the store; when not, why (the issue keeps both)."""
        row = self.current()
        if row is None:
            return
        question = self.tr("Did the old part replaced by %1 come back to the store?").replace("%1", row.part_name)
        if messages.confirm(self, question):
            ok, _ = self.session.call(self, record_old_part, self.session.actor, row.id, True)
        else:
            why = messages.ask_reason(self, self.tr("Old part"), self.tr("Why did the old part not come back?"))
            if why is None:
                return
            ok, _ = self.session.call(self, record_old_part, self.session.actor, row.id, False, why)
        if ok:
            self._changed()

    def current(self) -> IssueRow | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _changed(self) -> None:
        self.session.notify_changed("parts")
        self.refresh()

    def issue(self) -> None:
        if self.order is None:
            return
        dialog = IssueDialog(self.session, self.order, parent=self)
        if dialog.exec():
            self._changed()

    def mark_used(self) -> None:
        row = self.current()
        if row is None:
            return
        ok, _ = self.session.call(self, mark_used, self.session.actor, row.id)
        if ok:
            self._changed()

    def return_unused(self) -> None:
        row = self.current()
        if row is None:
            return
        left = row.qty - row.returned_qty
        qty = left
        if left > 1 and not messages.in_test_mode():
            qty, accepted = QInputDialog.getInt(self, self.tr("Return unused"), self.tr("How many come back?"), left, 1, left)
            if not accepted:
                return
        question = self.tr("Is the physical part (%1 × %2) back in the store? Only then is it returned to stock.")
        if not messages.confirm(self, question.replace("%1", row.part_name).replace("%2", str(qty))):
            return
        ok, _ = self.session.call(self, return_unused, self.session.actor, row.id, qty, True)
        if ok:
            self._changed()
