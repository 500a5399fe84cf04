"""Staff accounts: first-run setup, sign-in, adding people, marking them as left."""

from __future__ import annotations

import datetime as dt

from aftersales_desktop.core import clock
from aftersales_desktop.core.errors import Conflict, NotFound, ValidationError
from aftersales_desktop.core.i18n import T
from aftersales_desktop.core.models import Staff
from aftersales_desktop.core.permissions import Action
from aftersales_desktop.core.pinyin import initials
from aftersales_desktop.core.security import hash_secret, verify_secret
from aftersales_desktop.core.services import snapshot, unit_of_work
from aftersales_desktop.core.validation import check_phone
from aftersales_desktop.core.vocab import ROLE

MIN_SECRET = 4


def _validate(name: str, role: str, secret: str | None) -> str:
    name = (name or "").strip()
    if not name:
        raise ValidationError(T("请填写姓名。", "Enter the name."), "name")
    if len(name) > 40:
        raise ValidationError(T("姓名最多 40 个字。", "The name is at most 40 characters."), "name")
    if role not in ROLE:
        raise ValidationError(T("请选择岗位。", "Choose a role."), "role")
    if secret is not None and len(secret) < MIN_SECRET:
        raise ValidationError(
            T("密码或PIN至少 {n} 位。", "The password or PIN needs at least {n} characters.", n=MIN_SECRET), "secret"
        )
    return name


def create_staff(actor: Staff | None, name: str, role: str, secret: str, phone: str = "") -> Staff:
    """Add a staff member (manager only, or the system during first-run setup)."""
    name = _validate(name, role, secret)
    with unit_of_work(actor, Action.STAFF_MANAGE) as uow:
        if actor is None and Staff.select().exists():
            raise Conflict(T("已完成初始设置。", "The shop is already set up."))
        if Staff.select().where(Staff.name == name).exists():
            raise ValidationError(T("已有同名员工“{n}”。", "There is already a staff member named {n}.", n=name), "name")
        staff = Staff.create(
            name=name,
            name_initials=initials(name),
            role=role,
            secret_hash=hash_secret(secret),
            phone=check_phone(phone, required=False),  # stored as digits, like a customer's
            created_at=uow.now,
        )
        uow.audit("staff", staff.id, after=snapshot(staff, "name", "role", "phone"))
    return staff


def authenticate(name: str, secret: str) -> Staff:
    """The active staff member with this name and password/PIN; a plain sentence otherwise."""
    staff = Staff.get_or_none(Staff.name == (name or "").strip())
    if staff is None or not verify_secret(secret or "", staff.secret_hash):
        raise ValidationError(T("姓名或密码不正确。", "Wrong name or password."), "secret")
    if not staff.active:
        raise ValidationError(T("{n} 的账号已停用。", "{n}'s account is no longer active.", n=staff.name), "name")
    return staff


def change_secret(actor: Staff, staff_id: int, new_secret: str) -> None:
    """A person changes their own password or PIN; the manager may reset anyone's."""
    if len(new_secret or "") < MIN_SECRET:
        raise ValidationError(
            T("密码或PIN至少 {n} 位。", "The password or PIN needs at least {n} characters.", n=MIN_SECRET), "secret"
        )
    action = Action.OWN_SECRET if actor.id == staff_id else Action.STAFF_MANAGE
    with unit_of_work(actor, action) as uow:
        target = Staff.get_or_none(Staff.id == staff_id)
        if target is None:
            raise NotFound(T("找不到该员工。", "No such staff member."))
        target.secret_hash = hash_secret(new_secret)
        target.save()
        uow.audit("staff", staff_id, note="password changed")


def update_staff(actor: Staff, staff_id: int, role: str | None = None, phone: str | None = None) -> Staff:
    with unit_of_work(actor, Action.STAFF_MANAGE) as uow:
        target = Staff.get_or_none(Staff.id == staff_id)
        if target is None:
            raise NotFound(T("找不到该员工。", "No such staff member."))
        before = snapshot(target, "role", "phone")
        if role is not None:
            if role not in ROLE:
                raise ValidationError(T("请选择岗位。", "Choose a role."), "role")
            target.role = role
        if phone is not None:
            target.phone = check_phone(phone, required=False)
        target.save()
        uow.audit("staff", staff_id, before=before, after=snapshot(target, "role", "phone"))
    return target


def mark_left(actor: Staff, staff_id: int, left_on: dt.date | None = None) -> Staff:
    """A staff member left the shop: the account stops working, their records stay."""
    with unit_of_work(actor, Action.STAFF_MANAGE) as uow:
        target = Staff.get_or_none(Staff.id == staff_id)
        if target is None:
            raise NotFound(T("找不到该员工。", "No such staff member."))
        if target.id == actor.id:
            raise ValidationError(T("不能停用自己的账号。", "You cannot deactivate your own account."))
        target.active = False
        target.left_on = left_on or clock.today()
        target.save()
        uow.audit("staff", staff_id, before={"active": True}, after={"active": False, "left_on": target.left_on})
    return target
