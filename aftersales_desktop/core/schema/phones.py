"""Migration: phone numbers stored as digits.

Customers' phones and the shop's own phone become the digits-only form of core/phones.py (025-84561234 ->
02584561234; a local number without its area code takes the shop's), so a phone typed in any form finds its
customer through the index; phone2 gets an index as well. A value that cannot be read as a phone is left as it
was typed: nothing is lost.
"""

from __future__ import annotations

import json

import peewee

from aftersales_desktop.core.phones import area_code, normalise_phone


def migrate(db: peewee.SqliteDatabase) -> None:
    setting = peewee.Table("setting").bind(db)
    row = setting.select(setting.c.value).where(setting.c.key == "shop_phone").first()
    try:
        shop_phone = json.loads(row["value"]) if row else ""
    except ValueError:  # not JSON: leave it to the settings screen
        shop_phone = None
    shop_number = normalise_phone(shop_phone) if isinstance(shop_phone, str) else None
    if shop_number and shop_number != shop_phone:
        setting.update({setting.c.value: json.dumps(shop_number)}).where(setting.c.key == "shop_phone").execute()
    local_area = area_code(shop_number or "")
    customer = peewee.Table("customer").bind(db)
    for found in list(customer.select(customer.c.id, customer.c.phone, customer.c.phone2)):
        changes = {}
        for column in ("phone", "phone2"):
            number = normalise_phone(found[column], local_area) if found[column] else None
            if number and number != found[column]:
                changes[column] = number
        if changes:
            values = {customer.c[column]: value for column, value in changes.items()}
            customer.update(values).where(customer.c.id == found["id"]).execute()
    # the statement and index name peewee's create_tables gives a new database (one schema either way)
    db.execute_sql('CREATE INDEX IF NOT EXISTS "customer_phone2" ON "customer" ("phone2")')
