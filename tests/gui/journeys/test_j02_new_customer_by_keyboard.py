"""Journey 2: a brand-new customer and product registered in the same form, keyboard only."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from aftersales_desktop.core import clock
from aftersales_desktop.core.models import Customer, Product, ServiceCall
from aftersales_desktop.gui.calls.register_dialog import RegisterCallDialog
from tests.gui.journeys.helpers import pdf_text

CTRL = Qt.KeyboardModifier.ControlModifier


def test_new_customer_and_product_registered_by_keyboard_only(counter, shop, stocked, tmp_path):
    c = counter
    c.sign_in(shop.clerk)
    page = c.go("calls")
    warranty = (clock.today() + dt.timedelta(days=300)).isoformat()

    def register(dialog: RegisterCallDialog) -> None:
        assert dialog.focusWidget() is dialog.search
        c.typing("13605551234")  # nobody has this phone
        c.key(Qt.Key.Key_Return)  # Enter with no match: a new customer, the phone already in its field
        assert dialog.new_box.isVisible() and dialog.c_phone.text() == "13605551234"
        assert QApplication.focusWidget() is dialog.c_name
        for text in ("周海燕", None, "南京市江宁区天元路 9 号"):  # name, (phone is there), address
            if text:
                c.typing(text)
            c.key(Qt.Key.Key_Tab)
        c.key(Qt.Key.Key_Down)  # area: city → suburb
        for text in ("洗衣机", "XQG80-B12", "SN88001", "2025-12-01", warranty, "脱水时噪音大"):
            c.key(Qt.Key.Key_Tab)
            c.typing(text)
        assert QApplication.focusWidget() is dialog.problem
        c.shot("filled-RegisterCallDialog")
        c.key(Qt.Key.Key_Return)  # Enter registers

    c.modal(RegisterCallDialog, lambda: c.key(Qt.Key.Key_N, page, CTRL), register)
    customer = Customer.get(Customer.phone == "13605551234")
    assert (customer.name, customer.address, customer.area) == ("周海燕", "南京市江宁区天元路 9 号", "suburb")
    product = Product.get(Product.customer == customer.id)
    assert (product.name, product.model, product.serial) == ("洗衣机", "XQG80-B12", "SN88001")
    assert product.purchase_date == dt.date(2025, 12, 1) and product.warranty_end.isoformat() == warranty
    call = ServiceCall.get(ServiceCall.customer == customer.id)
    assert call.kind == "free" and call.area == "suburb" and call.problem == "脱水时噪音大"

    voucher_pdf = tmp_path / "voucher.pdf"
    c.print_to_file(lambda: c.key(Qt.Key.Key_P, c.widget("call_list"), CTRL), voucher_pdf)
    paper = pdf_text(voucher_pdf)
    assert call.number in paper and "周海燕" in paper and "XQG80-B12" in paper and "脱水时噪音大" in paper
