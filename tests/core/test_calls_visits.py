"""On site and after: visits, fees on the invoice list, signature, closing, reopening and voiding."""

from __future__ import annotations

import datetime as dt

import pytest

from aftersales_desktop.core.errors import Conflict, PermissionDenied, ValidationError
from aftersales_desktop.core.models import AuditEntry, Invoice, ServiceCall, Voucher
from aftersales_desktop.core.services.call_visits import (
    close_call,
    record_signature,
    record_visit,
    reopen_call,
    void_call,
)
from aftersales_desktop.core.services.calls import dispatch_call, register_call
from aftersales_desktop.core.services.invoices import (
    add_invoice_line,
    mark_collected,
    mark_invoiced,
    void_invoice_line,
)
from tests.factories import make_customer

NOW = dt.datetime(2026, 3, 11, 10, 0)
ARRIVED = dt.datetime(2026, 3, 11, 9, 0)


@pytest.fixture
def dispatched(shop):
    _, product = make_customer(shop.clerk)
    call = register_call(shop.clerk, received_at=dt.datetime(2026, 3, 10, 16, 0), channel="phone", problem="漏水",
                         customer_id=product.customer_id, product_id=product.id)
    return dispatch_call(shop.supervisor, call.id, shop.technician.id)


def _visit(shop, call, **kw):
    values = dict(arrived_at=ARRIVED, finished_at=ARRIVED + dt.timedelta(hours=1), work_done="更换排水管", result="fixed")
    values.update(kw)
    return record_visit(shop.technician, call.id, **values)


def test_paid_visit_collected_on_site_goes_on_invoice_list(shop, dispatched):
    _visit(shop, dispatched, labour_fen=8550, travel_fen=2000, collected_on_site=True)
    line = Invoice.get(Invoice.call == dispatched.id)
    assert (line.amount_fen, line.collected_fen, line.status) == (10550, 10550, "due")
    assert line.customer_id == dispatched.customer_id
    assert mark_invoiced(shop.clerk, line.id).status == "collected"


def test_paid_visit_not_collected_is_invoiced_then_collected(shop, dispatched):
    _visit(shop, dispatched, labour_fen=8000)
    line = Invoice.get(Invoice.call == dispatched.id)
    assert line.collected_fen == 0
    assert mark_invoiced(shop.clerk, line.id).status == "invoiced"
    assert mark_collected(shop.clerk, line.id).status == "collected"
    with pytest.raises(Conflict):
        mark_invoiced(shop.clerk, line.id)


def test_fee_on_free_service_refused(shop):
    _, product = make_customer(shop.clerk, warranty_end=dt.date(2027, 1, 1))
    call = register_call(shop.clerk, received_at=NOW, channel="phone", problem="x",
                         customer_id=product.customer_id, product_id=product.id)
    dispatch_call(shop.supervisor, call.id, shop.technician.id)
    with pytest.raises(ValidationError, match="有费服务"):
        _visit(shop, call, arrived_at=NOW, finished_at=NOW, labour_fen=100)


def test_visit_bad_input_refused(shop, dispatched):
    with pytest.raises(ValidationError, match="完工"):
        _visit(shop, dispatched, finished_at=ARRIVED - dt.timedelta(minutes=5))
    with pytest.raises(ValidationError, match="将来"):
        _visit(shop, dispatched, arrived_at=NOW + dt.timedelta(hours=1), finished_at=None)
    with pytest.raises(ValidationError, match="处理情况"):
        _visit(shop, dispatched, work_done="")
    with pytest.raises(ValidationError, match="金额"):
        _visit(shop, dispatched, labour_fen=-1)
    with pytest.raises(ValidationError, match="早于叫修"):
        _visit(shop, dispatched, arrived_at=dt.datetime(2026, 3, 10, 15, 0), finished_at=None)


def test_visit_before_dispatch_refused(shop):
    _, product = make_customer(shop.clerk)
    call = register_call(shop.clerk, received_at=NOW, channel="phone", problem="x",
                         customer_id=product.customer_id, product_id=product.id)
    with pytest.raises(Conflict, match="尚未派工"):
        _visit(shop, call, arrived_at=NOW, finished_at=None)


def test_taken_back_sets_in_shop_and_stops(shop, dispatched):
    _visit(shop, dispatched, result="taken_back", work_done="压缩机异响,带回店修")
    dispatched = ServiceCall.get_by_id(dispatched.id)
    assert dispatched.status == "in_shop"
    with pytest.raises(Conflict):
        close_call(shop.clerk, dispatched.id)


def test_not_fixed_can_be_dispatched_again(shop, dispatched):
    _visit(shop, dispatched, result="not_fixed", work_done="缺配件")
    assert ServiceCall.get_by_id(dispatched.id).status == "visited"
    assert dispatch_call(shop.supervisor, dispatched.id, shop.technician2.id).status == "dispatched"


def test_close_needs_signature_then_files_voucher(shop, dispatched):
    _visit(shop, dispatched)
    with pytest.raises(Conflict, match="签字"):
        close_call(shop.clerk, dispatched.id)
    with pytest.raises(ValidationError, match="签字日期"):
        record_signature(shop.clerk, dispatched.id, dt.date(2026, 3, 12))
    record_signature(shop.clerk, dispatched.id, dt.date(2026, 3, 11))
    call = close_call(shop.clerk, dispatched.id)
    assert call.status == "closed" and call.closed_by_id == shop.clerk.id
    assert Voucher.get(Voucher.call == call.id).filed_at == NOW
    with pytest.raises(PermissionDenied):
        close_call(shop.technician, call.id)


def test_reopen_and_void_need_supervisor_and_reason_and_are_audited(shop, dispatched):
    _visit(shop, dispatched, labour_fen=3000)
    record_signature(shop.clerk, dispatched.id, dt.date(2026, 3, 11))
    close_call(shop.clerk, dispatched.id)
    with pytest.raises(PermissionDenied):
        reopen_call(shop.clerk, dispatched.id, "客户反映仍漏水")
    with pytest.raises(ValidationError, match="原因"):
        reopen_call(shop.supervisor, dispatched.id, " ")
    call = reopen_call(shop.supervisor, dispatched.id, "客户反映仍漏水")
    assert call.status == "visited" and Voucher.get(Voucher.call == call.id).filed_at is None
    with pytest.raises(PermissionDenied):
        void_call(shop.clerk, call.id, "重复登记")
    call = void_call(shop.supervisor, call.id, "重复登记")
    assert call.status == "void" and call.void_reason == "重复登记"
    assert Invoice.get(Invoice.call == call.id).status == "void"  # the unbilled fee goes with it
    notes = [a.note for a in AuditEntry.select().where(AuditEntry.entity == "service_call")]
    assert "客户反映仍漏水" in notes and "重复登记" in notes
    with pytest.raises(Conflict):
        dispatch_call(shop.supervisor, call.id, shop.technician.id)


def test_void_refused_once_invoiced(shop, dispatched):
    _visit(shop, dispatched, labour_fen=3000)
    mark_invoiced(shop.clerk, Invoice.get(Invoice.call == dispatched.id).id)
    with pytest.raises(Conflict, match="会计"):
        void_call(shop.supervisor, dispatched.id, "录错")


def test_add_invoice_line_checks(shop, dispatched):
    with pytest.raises(ValidationError):
        add_invoice_line(shop.clerk, 0, call_id=dispatched.id)
    with pytest.raises(ValidationError):
        add_invoice_line(shop.clerk, 100)
    with pytest.raises(ValidationError):
        add_invoice_line(shop.clerk, 100, call_id=dispatched.id, collected_fen=200)
    with pytest.raises(PermissionDenied):
        add_invoice_line(shop.technician, 100, call_id=dispatched.id)
    line = add_invoice_line(shop.clerk, 12000, call_id=dispatched.id, note="修理费")
    assert line.status == "due" and line.due_on == NOW.date()
    with pytest.raises(ValidationError, match="原因"):
        void_invoice_line(shop.clerk, line.id, "")
    assert void_invoice_line(shop.clerk, line.id, "金额错").status == "void"
