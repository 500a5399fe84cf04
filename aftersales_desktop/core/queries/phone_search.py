"""Finding customers by phone in any form it is typed: what was typed is normalised like a stored number
(core/phones.py) and looked up as a prefix of the digits-only columns, which their indexes serve."""

from __future__ import annotations

import peewee

from aftersales_desktop.core.models import Customer
from aftersales_desktop.core.phones import search_digits, search_prefixes
from aftersales_desktop.core.validation import shop_area_code

_HIGH = "\uffff"


def _starts_with(field: peewee.Field, text: str) -> peewee.Expression:
    return (field >= text) & (field < text + _HIGH)  # a range SQLite answers from the column's index


def looks_like_phone(text: str) -> bool:
    """True when `text` is digits (and the separators, +86, 转 … people type with them)."""
    return len(search_digits(text)) >= 3


def phone_conditions(text: str) -> list[peewee.Expression]:
    """Conditions on Customer to try in turn, best first: the whole number or its start (indexed), then the
    number's tail ('the last four digits', a scan that stops at the query's limit)."""
    conditions = [
        _starts_with(Customer.phone, prefix) | _starts_with(Customer.phone2, prefix)
        for prefix in search_prefixes(text, shop_area_code())
    ]
    digits = search_digits(text)
    if len(digits) >= 4:
        conditions.append(Customer.phone.endswith(digits) | Customer.phone2.endswith(digits))
    return conditions


def phone_filter(text: str) -> peewee.Expression:
    """A 'contains' condition for the lists' text filters, which already scan: the digits typed anywhere in
    either phone, whatever separators were typed with them."""
    digits = search_digits(text)
    like = f"%{digits}%" if len(digits) >= 3 else f"%{text}%"
    return (Customer.phone ** like) | (Customer.phone2 ** like)
