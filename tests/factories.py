"""Test data made through the real services where they exist, so tests exercise the same rules."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from aftersales_desktop.core.models import Customer, Product, Staff
from aftersales_desktop.core.services.customers import add_product, create_customer
from aftersales_desktop.core.services.settings import update_settings
from aftersales_desktop.core.services.setup import set_up_shop
from aftersales_desktop.core.services.staff import create_staff

PASSWORD = "1234"
MANAGER_PASSWORD = "123456"  # a manager's PIN has at least 6 digits


@dataclass
class Shop:
    manager: Staff
    supervisor: Staff
    clerk: Staff
    technician: Staff
    technician2: Staff
    storekeeper: Staff

    def by_role(self, role: str) -> Staff:
        return {
            "manager": self.manager,
            "supervisor": self.supervisor,
            "clerk": self.clerk,
            "technician": self.technician,
            "storekeeper": self.storekeeper,
        }[role]


# The test shop's regular suppliers: goods in from any other needs three quotes (services.purchases).
REGULAR_SUPPLIERS = ["格力配件中心", "格力配件", "海尔配件", "美的配件", "恒通汽配", "南京华瑞配件", "供应商甲", "供应商乙"]


def make_shop() -> Shop:
    manager = set_up_shop("好邻居家电售后服务部", "南京市玄武区中山路 128 号", "025-84561234", "张经理", MANAGER_PASSWORD)
    update_settings(manager, {"regular_suppliers": REGULAR_SUPPLIERS})
    return Shop(
        manager=manager,
        supervisor=create_staff(manager, "李主任", "supervisor", PASSWORD),
        clerk=create_staff(manager, "陈晓燕", "clerk", PASSWORD),
        technician=create_staff(manager, "赵志强", "technician", PASSWORD),
        technician2=create_staff(manager, "孙浩", "technician", PASSWORD),
        storekeeper=create_staff(manager, "郑国庆", "storekeeper", PASSWORD),
    )


def make_customer(
    actor: Staff,
    name: str = "王小明",
    phone: str = "13912345678",
    area: str = "city",
    model: str = "KFR-35GW/BP3",
    warranty_end: dt.date | None = None,
    purchase_date: dt.date | None = None,
) -> tuple[Customer, Product]:
    customer = create_customer(actor, name=name, phone=phone, address="南京市玄武区中山路 1 号", area=area)
    product = add_product(
        actor,
        customer.id,
        name="空调",
        model=model,
        serial="A2401000123",
        purchase_date=purchase_date,
        warranty_end=warranty_end,
    )
    return customer, product


def make_work_order(
    actor: Staff, card_status: str = "in_repair", needs_quote: bool = False, quote_accepted: bool = False,
    call_status: str = "in_shop", number: str = "",
):
    """A call with a repair card in the given state, written as plain rows (for areas that issue against it)."""
    from aftersales_desktop.core import clock
    from aftersales_desktop.core.models import GoodsReceipt, Quote, RepairCard, ServiceCall

    now = clock.now()
    customer, product = make_customer(actor, phone=f"139{ServiceCall.select().count():08d}")
    serial = ServiceCall.select().count() + 1
    call = ServiceCall.create(
        number=f"JX{now.year}-9{serial:04d}", received_at=now, channel="counter", customer=customer,
        product=product, problem="不制冷", kind="paid", status=call_status, created_by=actor, created_at=now,
    )
    receipt = GoodsReceipt.create(
        number=f"SJ{now.year}-9{serial:04d}", call=call, customer=customer, product=product, received_at=now,
        promised_on=now.date() + dt.timedelta(days=3), created_by=actor,
    )
    card = RepairCard.create(
        number=number or f"XH{now.year}-9{serial:04d}", call=call, receipt=receipt, status=card_status,
        needs_quote=needs_quote, promised_on=now.date() + dt.timedelta(days=3), created_at=now, created_by=actor,
    )
    if needs_quote:
        Quote.create(
            repair_card=card, version=1, labour_fen=8000, parts_fen=12000, created_at=now, created_by=actor,
            accepted_at=now if quote_accepted else None, accepted_by_name="王小明" if quote_accepted else "",
            accepted_how="phone" if quote_accepted else None,
        )
    return call, card


def visited_call(shop: Shop, product: Product | None, when: dt.datetime, problem: str, *, minutes: float = 30,
                 part: object = None, result: str = "fixed", paid_labour_fen: int = 0) -> object:
    """A call registered at `when` and dispatched (two of `part` issued to it when given), visited an hour later
    for `minutes` with `result` (labour charged on a paid call), then signed for and closed when fixed: through
    the services, as the reports read it."""
    from aftersales_desktop.core import clock
    from aftersales_desktop.core.services.call_visits import close_call, record_signature, record_visit
    from aftersales_desktop.core.services.calls import dispatch_call, register_call
    from aftersales_desktop.core.services.stock import issue_part

    clock.set_now(when)
    call = register_call(shop.clerk, received_at=when, channel="phone", problem=problem, area="city",
                         customer_id=product.customer_id if product else None,
                         product_id=product.id if product else None)  # fmt: skip
    dispatch_call(shop.supervisor, call.id, shop.technician.id)
    if part is not None:
        issue_part(shop.storekeeper, part.id, 2, call_id=call.id)  # type: ignore[attr-defined]
    arrived = when + dt.timedelta(hours=1)
    clock.set_now(arrived + dt.timedelta(hours=2))
    record_visit(shop.technician, call.id, arrived_at=arrived, finished_at=arrived + dt.timedelta(minutes=minutes),
                 work_done="处理", result=result, labour_fen=paid_labour_fen if call.kind == "paid" else 0)
    if result == "fixed":
        record_signature(shop.clerk, call.id, clock.today())
        close_call(shop.clerk, call.id)
    return call
