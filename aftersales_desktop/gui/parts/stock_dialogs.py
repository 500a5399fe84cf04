"""Dialogs of the stock list: a part's details, goods in, internal use, direct purchase with three quotes."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from aftersales_desktop.core.models import Part
from aftersales_desktop.core.services.parts import create_part, update_part
from aftersales_desktop.core.services.purchases import QuoteIn, direct_purchase
from aftersales_desktop.core.services.stock import internal_use, receive
from aftersales_desktop.gui.parts.common import PartPicker, fen_of, money_box, qty_box
from aftersales_desktop.gui.session import Session
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

    def bind(self, fields: dict[str, QWidget]) -> None:
        self.errors = FormErrors(self.error, fields)

    def run(self, fn, *args, **kwargs) -> bool:  # type: ignore[no-untyped-def]
        """Call the service; on a UserError show it over the form (keeping what was typed)."""
        from aftersales_desktop.core.errors import UserError

        self.errors.clear()
        try:
            self.result_value = fn(*args, **kwargs)
        except UserError as error:
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
        self.models.setPlaceholderText(self.tr("models it fits, separated by commas"))
        for label, widget in ((self.tr("Code"), self.code), (self.tr("Name"), self.name),
                              (self.tr("Fits models"), self.models), (self.tr("Unit"), self.unit),
                              (self.tr("Bin"), self.bin), (self.tr("Sale price"), self.price),
                              (self.tr("Minimum stock"), self.min_qty)):
            self.form.addRow(label, widget)
        self.bind({"code": self.code, "name": self.name, "fits_models": self.models, "unit": self.unit,
                   "bin_location": self.bin, "price_fen": self.price, "min_qty": self.min_qty})
        if part_id:
            part = Part.get_by_id(part_id)
            self.code.setText(part.code)
            self.name.setText(part.name)
            self.models.setText(part.fits_models)
            self.unit.setText(part.unit)
            self.bin.setText(part.bin_location)
            self.price.setValue(part.price_fen / 100)
            self.min_qty.setValue(part.min_qty)

    def values(self) -> dict:
        return {"code": self.code.text(), "name": self.name.text(), "fits_models": self.models.text(),
                "unit": self.unit.text(), "bin_location": self.bin.text(), "price_fen": fen_of(self.price),
                "min_qty": self.min_qty.value()}

    def save(self) -> None:
        if self.part_id:
            self.run(update_part, self.session.actor, self.part_id, **self.values())
        else:
            self.run(create_part, self.session.actor, **self.values())


class ReceiveDialog(_Form):
    """Goods in from a supplier (入库): quantity, unit cost, supplier."""

    def __init__(self, session: Session, *, part_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("Receive goods"), parent=parent)
        self.part = PartPicker()
        if part_id:
            self.part.select_part(part_id)
        self.qty, self.cost, self.supplier, self.note = qty_box(), money_box(), QLineEdit(), QLineEdit()
        for label, widget in ((self.tr("Part"), self.part), (self.tr("Quantity"), self.qty),
                              (self.tr("Unit cost"), self.cost), (self.tr("Supplier"), self.supplier),
                              (self.tr("Note"), self.note)):
            self.form.addRow(label, widget)
        self.bind({"qty": self.qty, "unit_cost_fen": self.cost, "supplier": self.supplier})

    def save(self) -> None:
        part = self.part.current_part()
        if part is None:
            self.errors.show(self.tr("Choose a part."))
            return
        self.run(receive, self.session.actor, part.id, self.qty.value(), fen_of(self.cost), self.supplier.text(),
                 self.note.text())


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
        override = QFormLayout()
        override.addRow(self.tr("Reason for fewer quotes"), self.reason)
        self.extra.addLayout(override)
        self.bind({"qty": self.qty, "quotes": self.rows[0][0], "override_reason": self.reason})

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
        self.run(direct_purchase, self.session.actor, part.id, self.qty.value(), quotes, chosen, self.reason.text())
