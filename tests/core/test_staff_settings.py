import datetime as dt

import pytest

from aftersales_desktop.core import settings
from aftersales_desktop.core.errors import Conflict, PermissionDenied, ValidationError
from aftersales_desktop.core.models import Holiday, Staff
from aftersales_desktop.core.security import hash_secret, verify_secret
from aftersales_desktop.core.services.settings import set_holidays, update_settings
from aftersales_desktop.core.services.setup import set_up_shop
from aftersales_desktop.core.services.staff import authenticate, change_secret, create_staff, mark_left


def test_secrets_are_hashed_never_stored_plain(shop):
    stored = Staff.get(Staff.name == "陈晓燕").secret_hash
    assert "1234" not in stored and stored.startswith("scrypt$")
    assert verify_secret("1234", stored) and not verify_secret("1235", stored)
    assert hash_secret("1234") != hash_secret("1234")  # salted


def test_sign_in(shop):
    assert authenticate("陈晓燕", "1234").role == "clerk"
    with pytest.raises(ValidationError) as err:
        authenticate("陈晓燕", "0000")
    assert err.value.message == "姓名或密码不正确。"
    mark_left(shop.manager, shop.clerk.id, dt.date(2026, 3, 1))
    with pytest.raises(ValidationError):
        authenticate("陈晓燕", "1234")


def test_everyone_changes_their_own_password_only_the_manager_resets_others(shop):
    change_secret(shop.technician, shop.technician.id, "9876")
    assert authenticate("赵志强", "9876")
    with pytest.raises(PermissionDenied):
        change_secret(shop.technician, shop.clerk.id, "9876")
    change_secret(shop.manager, shop.clerk.id, "5555")
    assert authenticate("陈晓燕", "5555")


def test_setup_runs_once_and_validates(db, frozen_now):
    with pytest.raises(ValidationError) as err:
        set_up_shop("", "地址", "025-84561234", "张经理", "1234")
    assert err.value.field == "shop_name"
    with pytest.raises(ValidationError):
        set_up_shop("店", "地址", "12345", "张经理", "1234")
    assert not Staff.select().exists()  # nothing half-done
    with pytest.raises(ValidationError) as err:
        set_up_shop("店", "地址", "025-84561234", "张经理", "1234")  # a manager's PIN has at least 6 digits
    assert err.value.field == "secret" and not Staff.select().exists()
    set_up_shop("店", "地址", "025-84561234", "张经理", "123456")
    assert settings.is_set_up() and settings.get("shop_phone") == "02584561234"
    with pytest.raises(Conflict):
        create_staff(None, "第二个经理", "manager", "123456")


def test_settings_are_checked_before_any_is_written(shop):
    with pytest.raises(ValidationError):
        update_settings(shop.manager, {"shop_name": "新店名", "work_periods": [["13:00", "12:00"]]})
    assert settings.get("shop_name") == "好邻居家电售后服务部"
    update_settings(shop.manager, {"work_periods": [["09:00", "12:00"], ["13:00", "18:00"]], "deadline_city_hours": 5})
    assert settings.get("work_periods") == [["09:00", "12:00"], ["13:00", "18:00"]]
    assert settings.get("deadline_city_hours") == 5
    with pytest.raises(ValidationError):
        update_settings(shop.manager, {"deadline_suburb_hours": 0})


def test_a_years_holidays_are_entered_in_one_go(shop):
    days = [(dt.date(2026, 10, d), "holiday", "国庆节") for d in range(1, 9)] + [(dt.date(2026, 9, 27), "workday", "调休")]
    assert set_holidays(shop.manager, 2026, days) == 9
    assert set_holidays(shop.manager, 2026, days[:3]) == 3  # the year is replaced, not appended to
    assert Holiday.select().count() == 3
    with pytest.raises(ValidationError):
        set_holidays(shop.manager, 2026, [(dt.date(2027, 1, 1), "holiday", "元旦")])


def test_a_staff_phone_is_read_like_a_customers(shop):
    from aftersales_desktop.core.errors import ValidationError
    from aftersales_desktop.core.services.staff import create_staff, update_staff

    person = create_staff(shop.manager, "赵敏", "clerk", "123456", phone="+86 139-1234-5678")
    assert person.phone == "13912345678"
    assert update_staff(shop.manager, person.id, phone="").phone == ""
    with pytest.raises(ValidationError, match="电话号码"):
        update_staff(shop.manager, person.id, phone="12345")
