"""Finding customers as a clerk types: the phone's start or any four of its digits, the pinyin initials, the
name's start or any part of it — each an index range (the phone and name columns, the search keys of
core/models/search.py), never a scan of the customers, so a keystroke costs the same at any size."""

from __future__ import annotations

import peewee

from aftersales_desktop.core.models import Customer, Product, SearchKey
from aftersales_desktop.core.phones import search_digits, search_prefixes
from aftersales_desktop.core.pinyin import surname_alternatives
from aftersales_desktop.core.search_index import MIN_PHONE_KEY, NAME_KEY
from aftersales_desktop.core.validation import shop_area_code

_HIGH = "\uffff"


def starts_with(field: peewee.Field, text: str) -> peewee.Expression:
    return (field >= text) & (field < text + _HIGH)  # a range the column's index answers


def looks_like_phone(text: str) -> bool:
    """True when `text` is digits (and the separators, +86, 转 … people type with them)."""
    return len(search_digits(text)) >= 3


def keyed(kind: str, text: str) -> peewee.ModelSelect[SearchKey]:
    """Ids of the customers with a key of `kind` starting with `text` (a subquery, unlimited)."""
    return SearchKey.select(SearchKey.customer_id).where((SearchKey.kind == kind) & starts_with(SearchKey.key, text))


def initials_match(text: str) -> peewee.Expression:
    """Customers whose pinyin initials start with `text`, also by the other reading of a polyphonic surname
    (覃 typed as q, Qín, though stored as t, Tán): each an index range on the initials and the name."""
    typed = text.lower().replace(" ", "")
    cond = starts_with(Customer.name_initials, typed)
    for surname, stored in surname_alternatives(typed):
        cond |= starts_with(Customer.name, surname) & starts_with(Customer.name_initials, stored)
    return cond


def name_part(text: str) -> str:
    return " ".join(text.lower().split())[:NAME_KEY]


def steps(text: str) -> list[peewee.Expression]:
    """Conditions on Customer to try in turn, best first."""
    text = (text or "").strip()
    if not text:
        return []
    if looks_like_phone(text):
        found = [starts_with(Customer.phone, p) | starts_with(Customer.phone2, p)
                 for p in search_prefixes(text, shop_area_code())]  # fmt: skip
        digits = search_digits(text)
        if len(digits) >= MIN_PHONE_KEY:
            found.append(Customer.id.in_(keyed("p", digits)))
        return found
    found = []
    if text.isascii() and text.replace(" ", "").isalpha():
        found.append(initials_match(text))
    found.append(starts_with(Customer.name, text))
    anywhere = Customer.id.in_(keyed("n", name_part(text)))
    found.append(anywhere if len(text) <= NAME_KEY else anywhere & Customer.name.contains(text))
    return found


def matching(text: str) -> peewee.Expression | None:
    """One condition on Customer for everything `text` may mean (for the lists' text filters)."""
    conditions = steps(text)
    if not conditions:
        return None
    out = conditions[0]
    for cond in conditions[1:]:
        out |= cond
    return out


def find_customers(text: str, limit: int) -> list[Customer]:
    """Up to `limit` customers, the best kind of match first, each kind in name order."""
    found: dict[int, Customer] = {}
    for cond in steps(text):
        if len(found) >= limit:
            break
        batch = Customer.select().where(cond & Customer.id.not_in(list(found)) if found else cond)
        for customer in sorted(batch.limit(limit - len(found)), key=lambda c: (c.name, c.id)):
            found.setdefault(customer.id, customer)
    return list(found.values())


def records_matching(
    text: str,
    *,
    customer: peewee.Field | None = None,
    numbers: tuple[peewee.Field, ...] = (),
    product: peewee.Field | None = None,
) -> peewee.Expression | None:
    """A list's text filter: a paper number's start, or the record's customer (as find_customers matches
    them), or its product's model or serial start — each through an index, combined with OR."""
    text = (text or "").strip()
    if not text:
        return None
    upper = text.upper()
    parts: list[peewee.Expression] = [starts_with(field, upper) for field in numbers]
    if customer is not None:
        who = matching(text)
        if who is not None:
            parts.append(customer.in_(Customer.select(Customer.id).where(who)))
    if product is not None and len(text) >= 2:
        typed = {text, upper}
        what = None
        for t in typed:
            for cond in (starts_with(Product.serial, t), starts_with(Product.model, t)):
                what = cond if what is None else what | cond
        parts.append(product.in_(Product.select(Product.id).where(what)))
    out = parts[0]
    for cond in parts[1:]:
        out |= cond
    return out
