"""The call register (叫修登记簿) and dispatch (派工): registering, dispatching and the service voucher.

Visits, signatures, closing, reopening and voiding are in services/call_visits.py. The voucher row
(服务凭证) is created with its number when the call is registered: the voucher goes out with the technician
for every call, closing files it, and printing only counts copies (a reprint says 副本).
"""

from __future__ import annotations

import datetime as dt

from aftersales_desktop.core import settings
from aftersales_desktop.core.concurrency import check_unchanged
from aftersales_desktop.core.errors import Conflict, NotFound, ValidationError
from aftersales_desktop.core.i18n import T, Text
from aftersales_desktop.core.models import (
    Contract,
    ContractProduct,
    Customer,
    Dispatch,
    GoodsReceipt,
    Product,
    RepairCard,
    ServiceCall,
    Staff,
    Voucher,
)
from aftersales_desktop.core.models.kept import Kept
from aftersales_desktop.core.numbering import next_number
from aftersales_desktop.core.permissions import Action
from aftersales_desktop.core.services import UnitOfWork, snapshot, unit_of_work
from aftersales_desktop.core.services.customers import add_product, create_customer
from aftersales_desktop.core.validation import not_in_future, require_text
from aftersales_desktop.core.vocab import AREA, CALL_KIND, CHANNEL
from aftersales_desktop.core.workcalendar import WorkCalendar

CALL_FIELDS = (
    "number", "received_at", "channel", "customer", "product", "problem", "area", "kind", "kind_proposed",
    "kind_reason", "contract", "repeat_of", "status", "deadline_at",
)  # fmt: skip
DISPATCHABLE = ("registered", "dispatched", "visited")


def get_call(call_id: int) -> ServiceCall:
    call = ServiceCall.get_or_none(ServiceCall.id == call_id)
    if call is None:
        raise NotFound(T("找不到该叫修单。", "No such call."))
    return call


# A product's contracts (a few: one a year when renewed), read from its contract_product index and picked here.
# With the status and dates in the query SQLite read every active contract of the shop from (status, end) to
# save sorting two rows by end (every registration asks; kept text: core/models/kept.py).
_CONTRACTS_OF_PRODUCT = Kept(lambda product_id: (
    Contract.select().join(ContractProduct).where(ContractProduct.product == product_id)))


def active_contract(product_id: int, on: dt.date) -> Contract | None:
    """The active contract covering a product on a day (the one ending last, should two ever do)."""
    covering = [contract for contract in _CONTRACTS_OF_PRODUCT.rows(product_id)
                if contract.status == "active" and contract.start <= on <= contract.end]
    return max(covering, key=lambda contract: (contract.end, contract.id), default=None)


def propose_kind(product_id: int | None, on: dt.date) -> tuple[str, Contract | None, Text]:
    """The kind the facts suggest: free warranty → free; active contract → contract; else paid; no product → general."""
    if product_id is None:
        return "general", None, T("没有客户产品:内部一般工作。", "No customer product: internal general work.")
    product = Product.get_or_none(Product.id == product_id)
    if product is None:
        raise NotFound(T("找不到该产品。", "No such product."))
    if product.warranty_end and on <= product.warranty_end:
        return "free", None, T(
            "在免费保证期内(至 {d})。", "Inside the free warranty (until {d}).", d=product.warranty_end.isoformat()
        )
    contract = active_contract(product_id, on)
    if contract is not None:
        return "contract", contract, T(
            "保养合同 {n} 有效(至 {d})。", "Covered by contract {n} (until {d}).", n=contract.number, d=contract.end.isoformat()
        )
    return "paid", None, T("已过保修期且无有效保养合同。", "Out of warranty and no active contract.")


# every registration asks both (kept text: core/models/kept.py)
_LAST_CLOSED_CALL = Kept(lambda product_id, since, until, exclude: (
    ServiceCall.select(ServiceCall.id, ServiceCall.closed_at)
    .where(
        (ServiceCall.product == product_id)
        & (ServiceCall.status == "closed")
        & (ServiceCall.closed_at >= since)
        & (ServiceCall.closed_at <= until)
        & (ServiceCall.id != exclude)
    )
    .order_by(ServiceCall.closed_at.desc())))
_LAST_RETURNED_CARD = Kept(lambda product_id, since, until, exclude: (
    RepairCard.select(RepairCard.call, RepairCard.returned_at)
    .join(GoodsReceipt)
    .where(
        (GoodsReceipt.product == product_id)
        & RepairCard.returned_at.is_null(False)
        & (RepairCard.returned_at >= since)
        & (RepairCard.returned_at <= until)
        & (RepairCard.call != exclude)
    )
    .order_by(RepairCard.returned_at.desc())))


def find_repeat_of(product_id: int | None, received_at: dt.datetime, exclude_call: int | None = None) -> ServiceCall | None:
    """The latest call closed, or repair card returned, on this product within repeat_fault_days (返修)."""
    if product_id is None:
        return None
    since = received_at - dt.timedelta(days=settings.get("repeat_fault_days"))
    # only the ids and times are read (every registration asks; peewee's text for whole rows costs more than
    # the look-up), then the one record returned
    closed = _LAST_CLOSED_CALL.first(product_id, since, received_at, exclude_call or 0)
    card = _LAST_RETURNED_CARD.first(product_id, since, received_at, exclude_call or 0)
    if card is not None and (closed is None or card.returned_at > closed.closed_at):
        return ServiceCall.get_by_id(card.call_id) if card.call_id else None
    return ServiceCall.get_by_id(closed.id) if closed is not None else None


def _clean_registration(received_at: dt.datetime, channel: str, problem: str, area: str | None) -> str:
    if not isinstance(received_at, dt.datetime):
        raise ValidationError(T("请填写叫修时间。", "Enter the time the call came in."), "received_at")
    not_in_future(received_at, "received_at")
    if channel not in CHANNEL:
        raise ValidationError(T("请选择来电方式:电话、来函或柜台。", "Choose how the call came: phone, letter or counter."), "channel")
    if area is not None and area not in AREA:
        raise ValidationError(T("区域应为市区或郊区。", "The area is city or suburb."), "area")
    return require_text(problem, "problem", "故障情况|problem")


def register_call(
    actor: Staff,
    *,
    received_at: dt.datetime,
    channel: str,
    problem: str,
    area: str | None = None,
    customer_id: int | None = None,
    product_id: int | None = None,
    new_customer: dict | None = None,
    new_product: dict | None = None,
    kind: str | None = None,
    kind_reason: str = "",
) -> ServiceCall:
    """Write a call into the register, with an existing customer/product or new ones made in the same step.

    `kind` None takes the proposed kind; a different kind needs `kind_reason`, which is kept.
    """
    problem = _clean_registration(received_at, channel, problem, area)
    if kind is not None and kind not in CALL_KIND:
        raise ValidationError(T("请选择服务类别。", "Choose the kind of service."), "kind")
    with unit_of_work(actor, Action.CALL_REGISTER) as uow:
        if new_customer is not None:
            customer_id = create_customer(actor, **new_customer).id
        if new_product is not None:
            if customer_id is None:
                raise ValidationError(T("新产品需要先选定客户。", "A new product needs a customer."), "customer")
            product_id = add_product(actor, customer_id, **new_product).id
        customer = _customer_and_product(customer_id, product_id, kind)
        proposed, contract, _why = propose_kind(product_id, received_at.date())
        chosen = kind or proposed
        reason = (kind_reason or "").strip()
        if chosen != proposed and not reason:
            raise ValidationError(
                T(
                    "建议的服务类别是“{p}”,改为“{k}”请填写原因。",
                    "The proposed kind is '{p}'; give a reason for changing it to '{k}'.",
                    p=CALL_KIND.label(proposed),
                    k=CALL_KIND.label(chosen),
                ),
                "kind_reason",
            )
        if chosen != "general" and customer is None:
            raise ValidationError(T("客户服务需要选择客户和产品。", "A customer service call needs a customer and product."), "customer")
        repeat = find_repeat_of(product_id, received_at)
        area = area or (customer.area if customer else None)
        call = ServiceCall.create(
            number=next_number("call", received_at),
            received_at=received_at,
            channel=channel,
            customer=customer_id,
            product=product_id,
            problem=problem,
            area=area,
            # the clock runs from the call, so the deadline is known (and can pass) before anyone is dispatched
            deadline_at=deadline_for(received_at, area) if area else None,
            kind=chosen,
            kind_proposed=proposed,
            kind_reason=reason if chosen != proposed else "",
            contract=contract if chosen == "contract" else None,
            repeat_of=repeat,
            created_by=uow.actor,
            created_at=uow.now,
        )
        voucher = Voucher.create(number=next_number("voucher", received_at), call=call, issued_at=uow.now)
        uow.audit("service_call", call.id, after=snapshot(call, *CALL_FIELDS), note=f"voucher {voucher.number}")
    return call


def _customer_and_product(customer_id: int | None, product_id: int | None, kind: str | None) -> Customer | None:
    if customer_id is None:
        if product_id is not None:
            raise ValidationError(T("请先选择客户。", "Choose the customer first."), "customer")
        return None
    customer = Customer.get_or_none(Customer.id == customer_id)
    if customer is None:
        raise NotFound(T("找不到该客户。", "No such customer."))
    if product_id is None:
        if kind == "general":
            return customer
        raise ValidationError(T("请选择客户的产品,或填写新产品。", "Choose the customer's product, or enter a new one."), "product")
    product = Product.get_or_none(Product.id == product_id)
    if product is None or product.customer_id != customer.id:
        raise ValidationError(T("该产品不属于所选客户。", "This product does not belong to the chosen customer."), "product")
    return customer


def deadline_for(received_at: dt.datetime, area: str, calendar: WorkCalendar | None = None) -> dt.datetime:
    """Arrival deadline: 6 (city) or 7 (suburb) working hours after the call (settings)."""
    if area not in AREA:
        raise ValidationError(
            T("叫修单没有区域(市区/郊区),无法计算到达时限;请先填写区域。",
              "The call has no area (city/suburb), so no deadline can be set; enter the area first."),
            "area",
        )  # fmt: skip
    hours = settings.get("deadline_city_hours" if area == "city" else "deadline_suburb_hours")
    return (calendar or WorkCalendar.load()).add_working_hours(received_at, hours)


def dispatch_call(actor: Staff, call_id: int, technician_id: int, area: str | None = None, note: str = "", *,
                  seen_version: int | None = None) -> ServiceCall:
    """Assign (or re-assign) a technician; sets the deadline and keeps a Dispatch row as history.
    `seen_version`: the call's dispatches when the form was filled — two dispatchers never re-assign unseen."""
    if area is not None and area not in AREA:
        raise ValidationError(T("区域应为市区或郊区。", "The area is city or suburb."), "area")
    with unit_of_work(actor, Action.CALL_DISPATCH) as uow:
        check_unchanged(ServiceCall, "service_call", call_id, seen_version, Action.CALL_DISPATCH.value)
        call = get_call(call_id)
        if call.status not in DISPATCHABLE:
            raise Conflict(
                T("叫修单 {n} 状态为“{s}”,不能派工。", "Call {n} is '{s}'; it cannot be dispatched.",
                  n=call.number, s=_status(call.status)),
            )  # fmt: skip
        technician = Staff.get_or_none(Staff.id == technician_id)
        if technician is None or technician.role not in ("technician", "supervisor"):
            raise ValidationError(T("请选择一位技术员。", "Choose a technician."), "technician")
        if not technician.active:
            raise ValidationError(
                T("{n} 已离职,不能派工,请另选技术员。", "{n} has left the shop; choose another technician.", n=technician.name),
                "technician",
            )
        before = snapshot(call, "status", "technician", "area", "deadline_at")
        call.area = area or call.area
        call.deadline_at = deadline_for(call.received_at, call.area)
        call.technician = technician
        call.status = "dispatched"
        call.save()
        Dispatch.create(
            call=call, technician=technician, dispatched_at=uow.now, dispatched_by=uow.actor,
            deadline_at=call.deadline_at, note=(note or "").strip(),
        )
        note_first_answer(uow, call, max(uow.now, call.received_at))  # someone is coming: that answers the customer
        uow.audit("service_call", call.id, before=before, after=snapshot(call, "status", "technician", "area", "deadline_at"))
    return call


def _status(code: str) -> str:
    from aftersales_desktop.core.vocab import CALL_STATUS

    return CALL_STATUS.label(code)


def record_first_answer(actor: Staff, call_id: int, at: dt.datetime | None = None) -> ServiceCall:
    """When the customer first got an answer; timed against the answer_hours (24 h) standard."""
    with unit_of_work(actor, Action.CALL_REGISTER) as uow:
        call = get_call(call_id)
        at = not_in_future(at or uow.now, "first_answer_at")
        if at < call.received_at:
            raise ValidationError(T("答复时间不能早于叫修时间。", "The answer cannot come before the call."), "first_answer_at")
        if call.first_answer_at is not None:
            raise Conflict(T("已记录首次答复。", "The first answer is already recorded."))
        note_first_answer(uow, call, at)
    return call


def note_first_answer(uow: UnitOfWork, call: ServiceCall, at: dt.datetime) -> None:
    """The customer's first answer — said by the counter, or given by the dispatch or the visit when nobody
    recorded one before — timed against the answer_hours standard and kept with who gave it."""
    if call.first_answer_at is not None:
        return
    limit = call.received_at + dt.timedelta(hours=settings.get("answer_hours"))
    call.first_answer_at, call.first_answer_by, call.answer_late = at, uow.person, at > limit
    call.save()
    uow.audit("service_call", call.id, after=snapshot(call, "first_answer_at", "first_answer_by", "answer_late"),
              note="first answer")


def record_voucher_print(actor: Staff | None, call_id: int) -> tuple[Voucher, bool]:
    """Count one print of the call's voucher; returns (voucher, is_copy) — every print after the first is 副本."""
    with unit_of_work(actor, Action.VOUCHER_PRINT) as uow:
        call = get_call(call_id)
        voucher = Voucher.get_or_none(Voucher.call == call.id)
        if voucher is None:  # calls made before vouchers were issued at registration
            voucher = Voucher.create(number=next_number("voucher", call.received_at), call=call, issued_at=uow.now)
        is_copy = voucher.print_count > 0
        voucher.print_count += 1
        voucher.save()
        uow.audit("voucher", voucher.id, after={"print_count": voucher.print_count, "copy": is_copy})
    return voucher, is_copy


def ensure_open(call: ServiceCall) -> None:
    if call.status in ("closed", "void"):
        raise Conflict(
            T("叫修单 {n} 已{s},不能再修改。", "Call {n} is {s}; it cannot be changed.", n=call.number, s=_status(call.status))
        )
