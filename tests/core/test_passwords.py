"""Passwords: scrypt at N=2^17 (older hashes renewed at sign-in), a persisted growing wait after 5 wrong ones,
and a manager's PIN of at least 6 digits."""

from __future__ import annotations

import datetime as dt
import hashlib
import subprocess
import sys
from pathlib import Path

import pytest

from aftersales_desktop.core import clock, security
from aftersales_desktop.core.db import close_database, open_database
from aftersales_desktop.core.errors import ValidationError
from aftersales_desktop.core.models import AuditEntry, Staff
from aftersales_desktop.core.paths import data_paths
from aftersales_desktop.core.services.staff import (
    authenticate,
    change_secret,
    create_staff,
    update_staff,
    wait_after,
)
from tests.factories import MANAGER_PASSWORD, PASSWORD

ROOT = Path(__file__).resolve().parents[2]


def _cost_of(stored: str) -> tuple[int, int, int]:
    _scheme, n, r, p, _salt, _digest = stored.split("$")
    return int(n), int(r), int(p)


def test_the_app_hashes_at_the_real_cost_when_nothing_lowers_it():
    assert security.Cost(n=2**17, r=8, p=1) == security.DEFAULT_COST
    # a fresh interpreter: no test fixture, exactly what the shipped app does
    done = subprocess.run(
        [sys.executable, "-c", "from aftersales_desktop.core.security import hash_secret, verify_secret\n"
         "h = hash_secret('246810'); print(h); assert verify_secret('246810', h)"],
        capture_output=True, text=True, check=True, cwd=ROOT, timeout=120,
    )
    assert _cost_of(done.stdout.strip()) == (2**17, 8, 1)


def test_an_old_cheaper_hash_is_renewed_at_the_next_sign_in(shop, monkeypatch):
    monkeypatch.setattr(security, "COST", security.DEFAULT_COST)  # the app's real cost
    salt = bytes(range(16))
    digest = hashlib.scrypt(PASSWORD.encode(), salt=salt, n=2**14, r=8, p=1, dklen=32)
    old = f"scrypt${2**14}$8$1${salt.hex()}${digest.hex()}"  # what earlier versions stored
    Staff.update(secret_hash=old).where(Staff.id == shop.clerk.id).execute()

    assert authenticate("陈晓燕", PASSWORD).id == shop.clerk.id

    renewed = Staff.get_by_id(shop.clerk.id).secret_hash
    assert _cost_of(renewed) == (2**17, 8, 1) and security.verify_secret(PASSWORD, renewed)
    assert not security.verify_secret("0000", renewed)
    assert "password hash upgraded" in [e.note for e in AuditEntry.select().where(AuditEntry.entity_id == shop.clerk.id)]
    assert authenticate("陈晓燕", PASSWORD).secret_hash == renewed  # renewed once, not at every sign-in


def test_five_wrong_passwords_make_the_account_wait_even_for_the_right_one(shop):
    for _ in range(4):
        with pytest.raises(ValidationError) as err:
            authenticate("陈晓燕", "0000")
        assert err.value.message == "姓名或密码不正确。"
    with pytest.raises(ValidationError) as err:
        authenticate("陈晓燕", "0000")
    assert "30 秒后再试" in err.value.message
    with pytest.raises(ValidationError) as err:
        authenticate("陈晓燕", PASSWORD)  # the right one, too early
    assert "秒后再试" in err.value.message

    clock.set_now(clock.now() + dt.timedelta(seconds=31))
    assert authenticate("陈晓燕", PASSWORD).id == shop.clerk.id
    fresh = Staff.get_by_id(shop.clerk.id)
    assert fresh.failed_logins == 0 and fresh.locked_until is None


def test_fifty_guesses_then_the_right_password_do_not_go_through(shop):
    refused = 0
    for _ in range(50):
        try:
            authenticate("陈晓燕", "9999")
        except ValidationError:
            refused += 1
    assert refused == 50
    with pytest.raises(ValidationError):
        authenticate("陈晓燕", PASSWORD)


def test_the_wait_grows_and_is_kept_in_the_database(shop, data_dir):
    for _ in range(5):
        with pytest.raises(ValidationError):
            authenticate("陈晓燕", "0000")
    clock.set_now(clock.now() + dt.timedelta(seconds=31))
    with pytest.raises(ValidationError) as err:
        authenticate("陈晓燕", "0001")  # the 6th wrong one: twice as long
    assert "60 秒" in err.value.message
    close_database()  # the app is closed and started again: the wait is still there
    open_database(data_paths(data_dir).database)
    clock.set_now(clock.now() + dt.timedelta(seconds=30))
    with pytest.raises(ValidationError) as err:
        authenticate("陈晓燕", PASSWORD)
    assert "秒后再试" in err.value.message
    assert Staff.get_by_id(shop.clerk.id).failed_logins == 6
    assert [wait_after(n).total_seconds() for n in (4, 5, 6, 7, 12, 40)] == [0, 30, 60, 120, 3600, 3600]


def test_the_manager_resetting_a_password_ends_the_wait(shop):
    for _ in range(5):
        with pytest.raises(ValidationError):
            authenticate("陈晓燕", "0000")
    change_secret(shop.manager, shop.clerk.id, "7777")
    assert authenticate("陈晓燕", "7777").id == shop.clerk.id


def test_a_wrong_name_gets_the_same_sentence_and_locks_nobody(shop):
    for name in ("无此人", "\ud800", "x" * 10_000, ""):
        with pytest.raises(ValidationError) as err:
            authenticate(name, PASSWORD)
        assert err.value.message == "姓名或密码不正确。"


def test_a_managers_pin_has_at_least_six_digits(shop):
    with pytest.raises(ValidationError) as err:
        create_staff(shop.manager, "副经理", "manager", "1234")
    assert "6" in err.value.message and err.value.field == "secret"
    assert create_staff(shop.manager, "副经理", "manager", "246810").role == "manager"
    assert create_staff(shop.manager, "新店员", "clerk", "1234").role == "clerk"  # others may keep 4 digits
    with pytest.raises(ValidationError):
        change_secret(shop.manager, shop.manager.id, "1357")
    change_secret(shop.manager, shop.manager.id, "135790")
    with pytest.raises(ValidationError):
        update_staff(shop.manager, shop.supervisor.id, role="manager")  # the old secret may be a 4-digit PIN
    with pytest.raises(ValidationError):
        update_staff(shop.manager, shop.supervisor.id, role="manager", secret="4321")
    update_staff(shop.manager, shop.supervisor.id, role="manager", secret="864200")
    assert authenticate("李主任", "864200").role == "manager"
    assert authenticate("张经理", "135790").id == shop.manager.id
    assert MANAGER_PASSWORD != "135790"
