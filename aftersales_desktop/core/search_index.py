"""Keeping the search keys (core/models/search.py) in step with the customers they find.

`keys_of(name, phone, phone2)` is the one definition of a customer's keys; the customer services call
`reindex_customer` inside their unit of work with the values before and after, so the keys change in the same
transaction as the customer. `rebuild()` makes every key anew (the migration that adds the table, grown
benchmark copies).
"""

from __future__ import annotations

from collections.abc import Iterable

from aftersales_desktop.core.db import database
from aftersales_desktop.core.models import Customer, SearchKey
from aftersales_desktop.core.models.kept import Kept
from aftersales_desktop.core.phones import search_digits

NAME_KEY = 16  # a name's suffixes are kept this long; a longer search text is checked against the name itself
MIN_PHONE_KEY = 4  # "digits anywhere" needs four of them; fewer are looked up as the number's start


def name_keys(name: str) -> set[str]:
    text = " ".join((name or "").lower().split())
    return {text[i : i + NAME_KEY] for i in range(len(text)) if not text[i].isspace()}


def phone_keys(phone: str) -> set[str]:
    # the whole number is found through the phone's own index; from the second digit on here
    digits = search_digits(phone) if phone else ""
    return {digits[i:] for i in range(1, len(digits) - MIN_PHONE_KEY + 1)}


def keys_of(name: str, phone: str, phone2: str) -> set[tuple[str, str]]:
    return {("n", k) for k in name_keys(name)} | {("p", k) for k in phone_keys(phone) | phone_keys(phone2)}


def reindex_customer(customer_id: int, before: tuple[str, str, str] | None, after: tuple[str, str, str]) -> None:
    """Replace the keys of (name, phone, phone2) `before` by those of `after`; inside the caller's transaction."""
    old = keys_of(*before) if before else set()
    new = keys_of(*after)
    for kind, key in old - new:
        SearchKey.delete().where((SearchKey.kind == kind) & (SearchKey.key == key)
                                 & (SearchKey.customer_id == customer_id)).execute()  # fmt: skip
    _insert((kind, key, customer_id) for kind, key in new - old)


# Keys go in CHUNK rows a statement, with the text of each row count kept (core/models/kept.py): a customer
# saved has a dozen or two new keys, and peewee wrote a multi-row INSERT's text anew every time.
CHUNK = 16
_FIELDS = [SearchKey.kind, SearchKey.key, SearchKey.customer_id]
_INSERT_KEYS = Kept(lambda *flat: SearchKey.insert_many(
    [flat[i : i + 3] for i in range(0, len(flat), 3)], fields=_FIELDS).on_conflict_ignore().as_rowcount())


def _insert(rows: Iterable[tuple[str, str, int]]) -> None:
    batch: list[str | int] = []
    for row in rows:
        batch.extend(row)
        if len(batch) >= 3 * CHUNK:
            _INSERT_KEYS.execute(*batch)
            batch = []
    if batch:
        _INSERT_KEYS.execute(*batch)


def rebuild() -> int:
    """Every customer's keys made anew; returns how many keys."""
    with database.atomic():
        SearchKey.delete().execute()
        customers = Customer.select(Customer.id, Customer.name, Customer.phone, Customer.phone2).tuples().iterator()
        _insert((kind, key, cid) for cid, name, phone, phone2 in customers for kind, key in keys_of(name, phone, phone2))
    return SearchKey.select().count()
