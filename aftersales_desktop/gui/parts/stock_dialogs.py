"""Dialogs of the stock list: a part's details, goods in, internal use, direct purchase with three quotes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from aftersales_desktop.core import settings
from aftersales_desktop.core.concurrency import version_of
from aftersales_desktop.core.models import Part
from aftersales_desktop.core.permissions import Action
from aftersales_desktop.core.services.parts import create_part, update_part
from aftersales_desktop.core.services.purchases import QuoteIn, direct_purchase, is_regular_supplier
from aftersales_desktop.core.services.stock import internal_use, receive
from aftersales_desktop.gui.parts.common import PartPicker, fen_of, money_box, qty_box
from aftersales_desktop.gui.session import Session
from aftersales_desktop.gui.widgets.focus import focus_first_field
from aftersales_desktop.gui.widgets.form_errors import FormErrors


class _Form(QDialog):
    """A form dialog: fields in a QFormLayout, the service's sentence above, Enter saves, a failure keeps input."""

    def __init__(self, session: Session, title: str, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.result_value = None
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        self.error = QLabel(self)
        self.form = QFormLayout()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.ok_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.error)
        layout.addLayout(self.form)
        self.extra = QVBoxLayout()
        layout.addLayout(self.extra)
        layout.addWidget(buttons)
        self.errors = FormErrors(self.error, {})

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        focus_first_field(self, self.form)
        super().showEvent(event)

    def bind(self, fields: dict[str, QWidget]) -> None:
        self.errors = FormErrors(self.error, fields)
        for name, widget in fields.items():
            if not widget.objectName():
                widget.setObjectName(name)

    def run(self, fn, *args, **kwargs) -> bool:  # type: ignore[no-untyped-def]
        """Call the service; on a UserError show it over the form (keeping what was typed)."""
        from aftersales_desktop.core.errors import UserError

        self.errors.clear()
        try:
            self.result_value = fn(*args, **kwargs)
        except UserError as error:
            if not self.session.offered_reload(self, error):
                self.errors.show(error)
            return False
        self.accept()
        return True

    def save(self) -> None:  # overridden
        raise NotImplementedError


class PartDialog(_Form):
    """Create a part or edit its details (never its quantity or cost)."""

    def __init__(self, session: Session, *, part_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("Edit part") if part_id else self.tr("New part"), parent=parent)
        self.part_id = part_id
        self.code, self.name, self.models = QLineEdit(), QLineEdit(), QLineEdit()
        self.unit, self.bin = QLineEdit("个"), QLineEdit()
        self.price, self.min_qty = money_box(), qty_box(minimum=0)
        self.old_for_new = QCheckBox(self.tr("The old part comes back for a new one (以坏换新)"))
        self.old_for_new.setObjectName("part_old_for_new")
        self.old_for_new.setChecked(True)
        self.models.setPlaceholderText(self.tr("models it fits, separated by commas"))
        for label, widget in ((self.tr("Code"), self.code), (self.tr("Name"), self.name),
                              (self.tr("Fits models"), self.models), (self.tr("Unit"), self.unit),
                              (self.tr("Bin"), self.bin), (self.tr("Sale price"), self.price),
                              (self.tr("Minimum stock"), self.min_qty)):
            self.form.addRow(label, widget)
        self.form.addRow("", self.old_for_new)
        self.bind({"code": self.code, "name": self.name, "fits_models": self.models, "unit": self.unit,
                   "bin_location": self.bin, "price_fen": self.price, "min_qty": self.min_qty})
        self.seen_version: int | None = None
        if part_id:
            self.reload_record()

    def reload_record(self) -> None:
        """Fill the form from the part as stored now and keep its version: a save after someone else's is
        refused (core/concurrency.py)."""
        if self.part_id:
            part = Part.get_by_id(self.part_id)
            self.seen_version = version_of("part", self.part_id, Action.PART_EDIT.value)
            self.code.setText(part.code)
            self.name.setText(part.name)
            self.models.setText(part.fits_models)
            self.unit.setText(part.unit)
            self.bin.setText(part.bin_location)
            self.price.setValue(part.price_fen / 100)
            self.min_qty.setValue(part.min_qty)
            self.old_for_new.setChecked(part.old_for_new)

    def values(self) -> dict:
        return {"code": self.code.text(), "name": self.name.text(), "fits_models": self.models.text(),
                "unit": self.unit.text(), "bin_location": self.bin.text(), "price_fen": fen_of(self.price),
                "min_qty": self.min_qty.value(), "old_for_new": self.old_for_new.isChecked()}

    def save(self) -> None:
        if self.part_id:
            self.run(update_part, self.session.actor, self.part_id, seen_version=self.seen_version, **self.values())
        else:
            self.run(create_part, self.session.actor, **self.values())


class ReceiveDialog(_Form):
    """Goods in from a supplier (入库): quantity, unit cost, supplier; from a supplier off the regular list the
    receipt is compared with two more quotes (三家比价), as any purchase."""

    def __init__(self, session: Session, *, part_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("Receive goods"), parent=parent)
        self.part = PartPicker()
        if part_id:
            self.part.select_part(part_id)
        self.qty, self.cost, self.supplier, self.note = qty_box(), money_box(), QLineEdit(), QLineEdit()
        self.supplier.setObjectName("receive_supplier")
        regular = settings.get("regular_suppliers")
        completer = QCompleter(regular, self.supplier)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.supplier.setCompleter(completer)
        for label, widget in ((self.tr("Part"), self.part), (self.tr("Quantity"), self.qty),
                              (self.tr("Unit cost"), self.cost), (self.tr("Supplier"), self.supplier),
                              (self.tr("Note"), self.note)):
            self.form.addRow(label, widget)
        self.quotes_box = QGroupBox(self.tr("Not a regular supplier: compare three quotes (三家比价)"), self)
        self.quotes_box.setObjectName("receive_quotes")
        grid = QGridLayout(self.quotes_box)
        grid.addWidget(QLabel(self.tr("Other supplier")), 0, 0)
        grid.addWidget(QLabel(self.tr("Unit price")), 0, 1)
        self.others: list[tuple[QLineEdit, QDoubleSpinBox]] = []
        for i in range(2):
            supplier, price = QLineEdit(), money_box()
            supplier.setObjectName(f"quote_supplier_{i + 2}")
            price.setObjectName(f"quote_price_{i + 2}")
            grid.addWidget(supplier, i + 1, 0)
            grid.addWidget(price, i + 1, 1)
            self.others.append((supplier, price))
        reasons = QFormLayout()
        self.dearer = QLineEdit()
        self.dearer.setPlaceholderText(self.tr("only when this receipt is not the cheapest quote"))
        self.override = QLineEdit()
        self.override.setPlaceholderText(self.tr("only the manager, when fewer than three suppliers quoted"))
        reasons.addRow(self.tr("Reason for a dearer pick"), self.dearer)
        reasons.addRow(self.tr("Reason for fewer quotes"), self.override)
        grid.addLayout(reasons, 3, 0, 1, 2)
        self.extra.addWidget(self.quotes_box)
        self.supplier.textChanged.connect(lambda _t: self._show_quotes())
        self._show_quotes()
        self.bind({"qty": self.qty, "unit_cost_fen": self.cost, "supplier": self.supplier,
                   "quotes": self.others[0][0], "dearer_reason": self.dearer, "override_reason": self.override})

    def _show_quotes(self) -> None:
        text = self.supplier.text().strip()
        self.quotes_box.setVisible(bool(text) and not is_regular_supplier(text))

    def save(self) -> None:
        part = self.part.current_part()
        if part is None:
            self.errors.show(self.tr("Choose a part."))
            return
        quotes = [QuoteIn(s.text(), fen_of(p)) for s, p in self.others if s.text().strip() or p.value()]
        self.run(receive, self.session.actor, part.id, self.qty.value(), fen_of(self.cost), self.supplier.text(),
                 self.note.text(), quotes=quotes if self.quotes_box.isVisible() else [],
                 override_reason=self.override.text(), dearer_reason=self.dearer.text())


class InternalUseDialog(_Form):
    """Consumables taken by another department, booked as internal after-sales cost (内部领用)."""

    def __init__(self, session: Session, *, part_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("Internal use"), parent=parent)
        self.part = PartPicker()
        if part_id:
            self.part.select_part(part_id)
        self.qty, self.department, self.reason = qty_box(), QLineEdit(), QLineEdit()
        for label, widget in ((self.tr("Part"), self.part), (self.tr("Quantity"), self.qty),
                              (self.tr("Department"), self.department), (self.tr("What for"), self.reason)):
            self.form.addRow(label, widget)
        self.bind({"qty": self.qty, "department": self.department, "reason": self.reason})

    def save(self) -> None:
        part = self.part.current_part()
        if part is None:
            self.errors.show(self.tr("Choose a part."))
            return
        self.run(internal_use, self.session.actor, part.id, self.qty.value(), self.department.text(), self.reason.text())


class PurchaseDialog(_Form):
    """Direct purchase (自采): three suppliers' prices side by side and the one taken."""

    def __init__(self, session: Session, *, part_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("Direct purchase"), parent=parent)
        self.part = PartPicker()
        if part_id:
            self.part.select_part(part_id)
        self.qty = qty_box()
        self.form.addRow(self.tr("Part"), self.part)
        self.form.addRow(self.tr("Quantity"), self.qty)
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Supplier")), 0, 1)
        grid.addWidget(QLabel(self.tr("Unit price")), 0, 2)
        grid.addWidget(QLabel(self.tr("Taken")), 0, 3)
        self.group = QButtonGroup(self)
        self.rows: list[tuple[QLineEdit, object]] = []
        for i in range(3):
            supplier, price, taken = QLineEdit(), money_box(), QRadioButton()
            grid.addWidget(QLabel(f"{i + 1}."), i + 1, 0)
            grid.addWidget(supplier, i + 1, 1)
            grid.addWidget(price, i + 1, 2)
            grid.addWidget(taken, i + 1, 3)
            self.group.addButton(taken, i)
            self.rows.append((supplier, price))
        self.group.button(0).setChecked(True)
        self.extra.addLayout(grid)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("only the manager, when fewer than three suppliers quoted"))
        self.dearer = QLineEdit()
        self.dearer.setObjectName("purchase_dearer_reason")
        self.dearer.setPlaceholderText(self.tr("only when the quote taken is not the cheapest"))
        override = QFormLayout()
        override.addRow(self.tr("Reason for fewer quotes"), self.reason)
        override.addRow(self.tr("Reason for a dearer pick"), self.dearer)
        self.extra.addLayout(override)
        self.bind({"qty": self.qty, "quotes": self.rows[0][0], "override_reason": self.reason,
                   "dearer_reason": self.dearer})

    def save(self) -> None:
        part = self.part.current_part()
        if part is None:
            self.errors.show(self.tr("Choose a part."))
            return
        quotes, chosen = [], 0
        for index, (supplier, price) in enumerate(self.rows):
            if supplier.text().strip() or price.value():
                if index == self.group.checkedId():
                    chosen = len(quotes)
                quotes.append(QuoteIn(supplier.text(), fen_of(price)))
        self.run(direct_purchase, self.session.actor, part.id, self.qty.value(), quotes, chosen, self.reason.text(),
                 self.dearer.text())
