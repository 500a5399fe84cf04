"""Reading the staff list: names with their roles, phone numbers and leaving dates are private, so only someone
who may manage staff (staff.manage, the manager) reads them, re-read from the database like every private read.
The sign-in list (names only) and the pickers of technicians are not this list."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from aftersales_desktop.core.errors import PermissionDenied
from aftersales_desktop.core.i18n import T
from aftersales_desktop.core.models import Staff
from aftersales_desktop.core.permissions import Action, require


@dataclass(frozen=True)
class StaffRow:
    id: int
    name: str
    role: str
    phone: str
    active: bool
    left_on: dt.date | None


def staff_list(actor: Staff | None) -> list[StaffRow]:
    """Everyone who works or worked here, those still working first, by the initials of their names."""
    fresh = Staff.get_or_none(Staff.id == actor.id) if actor is not None else None
    if fresh is None or not fresh.active:
        raise PermissionDenied(T("查看员工资料需要先登录。", "Sign in to read the staff list."))
    require(fresh.role, Action.STAFF_MANAGE, fresh.name)
    query = Staff.select().order_by(Staff.active.desc(), Staff.name_initials)
    return [StaffRow(s.id, s.name, s.role, s.phone, s.active, s.left_on) for s in query]
