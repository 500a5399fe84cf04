"""First start on an empty database: the shop's details and the manager's account."""

from __future__ import annotations

from aftersales_desktop.core.db import database
from aftersales_desktop.core.errors import ValidationError
from aftersales_desktop.core.i18n import T
from aftersales_desktop.core.models import Staff
from aftersales_desktop.core.services.settings import update_settings
from aftersales_desktop.core.services.staff import create_staff
from aftersales_desktop.core.validation import check_phone


def set_up_shop(shop_name: str, address: str, phone: str, manager_name: str, manager_secret: str) -> Staff:
    """Create the manager and save the shop details; one transaction, nothing half-done."""
    if not (shop_name or "").strip():
        raise ValidationError(T("请填写店名(打印在每张单据上)。", "Enter the shop name (printed on every paper)."), "shop_name")
    if not (address or "").strip():
        raise ValidationError(T("请填写地址。", "Enter the address."), "address")
    phone = check_phone(phone, "phone")
    with database.atomic():
        manager = create_staff(None, manager_name, "manager", manager_secret)
        update_settings(
            manager,
            {"shop_name": shop_name.strip(), "shop_address": address.strip(), "shop_phone": phone},
        )
    return manager
