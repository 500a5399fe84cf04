"""Test helpers for customer opinion: closed calls written as plain rows (the call register is another area)."""

from __future__ import annotations

import datetime as dt

from aftersales_desktop.core import clock
from aftersales_desktop.core.models import Customer, Product, ServiceCall, Staff

_serial = [0]


def make_call(
    actor: Staff,
    customer: Customer,
    product: Product | None,
    technician: Staff | None,
    closed_at: dt.datetime | None,
    status: str = "closed",
) -> ServiceCall:
    """A call in the register; closed at `closed_at` (status 'closed') or open/voided as `status` says."""
    _serial[0] += 1
    received = (closed_at or clock.now()) - dt.timedelta(hours=3)
    return ServiceCall.create(
        number=f"JX{received.year}-8{_serial[0]:04d}",
        received_at=received,
        channel="phone",
        customer=customer,
        product=product,
        problem="不制冷",
        area="city",
        kind="paid",
        status=status,
        technician=technician,
        closed_at=closed_at if status == "closed" else None,
        closed_by=actor if status == "closed" else None,
        created_by=actor,
        created_at=received,
    )
