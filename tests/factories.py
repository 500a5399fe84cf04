"""Test data made through the real services where they exist, so tests exercise the same rules."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from aftersales_desktop.core.models import Customer, Product, Staff
from aftersales_desktop.core.services.customers import add_product, create_customer
from aftersales_desktop.core.services.setup import set_up_shop
from aftersales_desktop.core.services.staff import create_staff

PASSWORD = "1234"


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


def make_shop() -> Shop:
    manager = set_up_shop("好邻居家电售后服务部", "南京市玄武区中山路 128 号", "025-84561234", "张经理", PASSWORD)
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
