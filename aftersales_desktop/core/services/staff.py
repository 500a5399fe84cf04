"""Staff accounts: first-run setup, sign-in, adding people, marking them as left."""

from __future__ import annotations

import datetime as dt

from aftersales_desktop.core import clock
from aftersales_desktop.core.concurrency import check_unchanged
from aftersales_desktop.core.errors import Conflict, NotFound, ValidationError
from aftersales_desktop.core.i18n import T
from aftersales_desktop.core.models import Staff
from aftersales_desktop.core.permissions import Action
from aftersales_desktop.core.pinyin import initials
from aftersales_desktop.core.security import hash_secret, needs_upgrade, verify_secret, waste_time
from aftersales_desktop.core.services import snapshot, unit_of_work
from aftersales_desktop.core.validation import check_phone, storable
from aftersales_desktop.core.vocab import ROLE

MIN_SECRET = 4
MANAGER_MIN_SECRET = 6  # the manager's account owns the shop: a 4-digit PIN falls to a guess too soon
MAX_SECRET = 128
MAX_TRIES = 5  # wrong passwords in a row before the account has to wait
FIRST_WAIT = dt.timedelta(seconds=30)  # then the wait doubles with every further wrong password …
LONGEST_WAIT = dt.timedelta(hours=1)  # … up to an hour


def wait_after(failures: int) -> dt.timedelta:
    """How long an account waits after `failures` wrong passwords in a row (nothing before MAX_TRIES)."""
    if failures < MAX_TRIES:
        return dt.timedelta(0)
    return min(FIRST_WAIT * 2 ** min(failures - MAX_TRIES, 20), LONGEST_WAIT)


def check_secret(secret: str | None, role: str) -> str:
    """A password or PIN long enough for the role: at least 4 characters, 6 for the manager."""
    least = MANAGER_MIN_SECRET if role == "manager" else MIN_SECRET
    if not isinstance(secret, str) or len(secret) < least:
        if role == "manager":
            raise ValidationError(
                T("经理的密码或PIN至少 {n} 位(如 6 位数字)。", "The manager's password or PIN needs at least {n} characters "
                  "(e.g. 6 digits).", n=least), "secret")
        raise ValidationError(
            T("密码或PIN至少 {n} 位。", "The password or PIN needs at least {n} characters.", n=least), "secret"
        )
    if len(secret) > MAX_SECRET:
        raise ValidationError(T("密码最多 {n} 个字符。", "The password is at most {n} characters.", n=MAX_SECRET), "secret")
    return secret


def _validate(name: str, role: str, secret: str | None) -> str:
    name = (name or "").strip()
    if not name:
        raise ValidationError(T("请填写姓名。", "Enter the name."), "name")
    if len(name) > 40:
        raise ValidationError(T("姓名最多 40 个字。", "The name is at most 40 characters."), "name")
    if role not in ROLE:
        raise ValidationError(T("请选择岗位。", "Choose a role."), "role")
    if secret is not None:
        check_secret(secret, role)
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
    """The active staff member with this name and password/PIN; a plain sentence otherwise.

    Wrong passwords are counted in the database: after MAX_TRIES in a row the account waits, longer after every
    further wrong one (even the right password is refused while it waits). A hash made with an older, cheaper
    cost is replaced by one at today's cost once the password is known to be right.
    """
    wrong = ValidationError(T("姓名或密码不正确。", "Wrong name or password."), "secret")
    name = (name or "").strip() if isinstance(name, str) else ""
    secret = secret if isinstance(secret, str) else ""
    staff = Staff.get_or_none(Staff.name == name) if storable(name) and len(name) <= 40 else None
    if staff is None or len(secret) > MAX_SECRET:
        waste_time(secret[:MAX_SECRET])
        raise wrong
    now = clock.now()
    if staff.locked_until is not None and staff.locked_until > now:
        raise _must_wait(staff, staff.locked_until - now)
    if not verify_secret(secret, staff.secret_hash):
        failures, waits = _count_wrong(staff.id)
        raise _must_wait(staff, waits) if waits else wrong
    if not staff.active:
        raise ValidationError(T("{n} 的账号已停用。", "{n}'s account is no longer active.", n=staff.name), "name")
    if staff.failed_logins or staff.locked_until is not None or needs_upgrade(staff.secret_hash):
        _signed_in(staff.id, secret)
        staff = Staff.get_by_id(staff.id)
    return staff


def _must_wait(staff: Staff, wait: dt.timedelta) -> ValidationError:
    seconds = max(1, int(wait.total_seconds() + 0.999))
    return ValidationError(
        T("{n} 的密码已连续输错多次,请 {s} 秒后再试。", "Too many wrong passwords for {n}; try again in {s} seconds.",
          n=staff.name, s=seconds), "secret")


def _count_wrong(staff_id: int) -> tuple[int, dt.timedelta]:
    """One more wrong password for this account, kept in the database; returns (wrong ones in a row, wait)."""
    with unit_of_work(None, Action.SIGN_IN) as uow:
        staff = Staff.get_by_id(staff_id)
        staff.failed_logins += 1
        wait = wait_after(staff.failed_logins)
        staff.locked_until = uow.now + wait if wait else None
        staff.save()
        uow.audit("staff", staff.id, after=snapshot(staff, "failed_logins", "locked_until"), note="wrong password")
    return staff.failed_logins, wait


def _signed_in(staff_id: int, secret: str) -> None:
    """A right password: the count of wrong ones starts again, and an old, cheaper hash is made anew."""
    with unit_of_work(None, Action.SIGN_IN) as uow:
        staff = Staff.get_by_id(staff_id)
        before = snapshot(staff, "failed_logins", "locked_until")
        staff.failed_logins, staff.locked_until = 0, None
        upgraded = needs_upgrade(staff.secret_hash)
        if upgraded:
            staff.secret_hash = hash_secret(secret)
        staff.save()
        uow.audit("staff", staff.id, before=before, after=snapshot(staff, "failed_logins", "locked_until"),
                  note="password hash upgraded" if upgraded else "signed in")


def change_secret(actor: Staff, staff_id: int, new_secret: str) -> None:
    """A person changes their own password or PIN; the manager may reset anyone's (which also ends a wait)."""
    check_secret(new_secret, "staff")
    action = Action.OWN_SECRET if actor.id == staff_id else Action.STAFF_MANAGE
    with unit_of_work(actor, action) as uow:
        target = Staff.get_or_none(Staff.id == staff_id)
        if target is None:
            raise NotFound(T("找不到该员工。", "No such staff member."))
        check_secret(new_secret, target.role)
        target.secret_hash = hash_secret(new_secret)
        target.failed_logins, target.locked_until = 0, None
        target.save()
        uow.audit("staff", staff_id, note="password changed")


def update_staff(actor: Staff, staff_id: int, role: str | None = None, phone: str | None = None,
                 secret: str | None = None, *, seen_version: int | None = None) -> Staff:
    """Change a person's role or phone. Making someone manager needs a new secret long enough for a manager
    (`secret`): the one they have may be a 4-digit PIN, and only its hash is known. `seen_version`: the
    manager's edits of the person when the form was filled (their signing in does not count)."""
    with unit_of_work(actor, Action.STAFF_MANAGE) as uow:
        check_unchanged(Staff, "staff", staff_id, seen_version, Action.STAFF_MANAGE.value)
        target = Staff.get_or_none(Staff.id == staff_id)
        if target is None:
            raise NotFound(T("找不到该员工。", "No such staff member."))
        before = snapshot(target, "role", "phone")
        if role is not None:
            if role not in ROLE:
                raise ValidationError(T("请选择岗位。", "Choose a role."), "role")
            if role == "manager" and target.role != "manager":
                if secret is None:
                    raise ValidationError(
                        T("设为经理时请同时设置新的密码或PIN(至少 {n} 位)。",
                          "Give a new password or PIN (at least {n} characters) when making someone manager.",
                          n=MANAGER_MIN_SECRET), "secret")
                target.secret_hash = hash_secret(check_secret(secret, "manager"))
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
