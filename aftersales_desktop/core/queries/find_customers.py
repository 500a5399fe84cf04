"""Finding customers as a clerk types: the phone's start or any four of its digits, the pinyin initials, the
name's start or any part of it — each an index range (the phone and name columns, the search keys of
core/models/search.py), never a scan of the customers, so a keystroke costs the same at any size."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import peewee
from peewee import fn

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
    # named `id` like the other selects of customer ids it is joined with (matching_ids)
    return SearchKey.select(SearchKey.customer_id.alias("id")).where((SearchKey.kind == kind) & starts_with(SearchKey.key, text))


def initials_terms(text: str) -> list[peewee.Expression]:
    """Customers whose pinyin initials start with `text`, also by the other reading of a polyphonic surname
    (覃 typed as q, Qín, though stored as t, Tán): each an index range on the initials and the name."""
    typed = text.lower().replace(" ", "")
    terms = [starts_with(Customer.name_initials, typed)]
    for surname, stored in surname_alternatives(typed):
        # by the name's index (few start with 解); the initials checked on those rows, not read by their index
        # (every x… customer)
        terms.append(starts_with(Customer.name, surname) & (fn.SUBSTR(Customer.name_initials, 1, len(stored)) == stored))
    return terms


def initials_match(text: str) -> peewee.Expression:
    terms = initials_terms(text)
    cond = terms[0]
    for term in terms[1:]:
        cond |= term
    return cond


def name_part(text: str) -> str:
    return " ".join(text.lower().split())[:NAME_KEY]


def steps(text: str) -> list[peewee.Expression]:
    """Conditions on Customer to try in turn, best first (matching_ids reads the same kinds for the lists)."""
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


def customer_kinds(text: str) -> tuple[list[peewee.Expression], list[peewee.SelectBase]]:
    """The kinds of match steps() tries, for the lists' text filters: (the pinyin initials' conditions on a
    customer, which name many customers for a letter or two; selects of the other kinds' customer ids). Each
    is read from its own index alone (an OR of them reads every matching customer's row, and the planner may
    pick the wrong index for it)."""
    text = (text or "").strip()
    if not text:
        return [], []
    parts: list[peewee.SelectBase] = []
    if looks_like_phone(text):
        for prefix in search_prefixes(text, shop_area_code()):
            parts += [Customer.select(Customer.id).where(starts_with(f, prefix)) for f in (Customer.phone, Customer.phone2)]
        digits = search_digits(text)
        if len(digits) >= MIN_PHONE_KEY:
            parts.append(keyed("p", digits))
        return [], parts
    initials = initials_terms(text) if text.isascii() and text.replace(" ", "").isalpha() else []
    anywhere = keyed("n", name_part(text))
    if len(text) <= NAME_KEY:  # the keys hold every name whole (lower case): they find its start too
        parts.append(anywhere)
    else:
        parts.append(Customer.select(Customer.id).where(starts_with(Customer.name, text)))
        parts.append(Customer.select(Customer.id).where(Customer.id.in_(anywhere) & Customer.name.contains(text)))
    return initials, parts


def matching_ids(text: str) -> peewee.SelectBase | None:
    """The ids of the customers `text` may mean (customer_kinds), joined by UNION ALL (an id may come twice)."""
    initials, parts = customer_kinds(text)
    selects = [Customer.select(Customer.id).where(t) for t in initials] + parts
    return _union_all(selects) if selects else None


def _union_all(parts: list[peewee.SelectBase]) -> peewee.SelectBase:
    out = parts[0]
    for part in parts[1:]:
        out = out + part  # UNION ALL
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


@dataclass(frozen=True)
class Branch:
    """One kind of match of a list's text filter (a paper number, the customer, the product), as two conditions
    on the same rows: `by_index` for its own index (best when it names few records), `by_scan` written so that
    no index of its own serves it (best when it names many: checked while the list reads its order's index,
    which finds a page of them at once). core/queries/paging.py reads each branch on its own and merges them.
    `related`: for a match through a related record, its column and selects of the related ids (one per kind of
    match; an id may come from two), so the rows it names are counted by a join (IN would read every related id
    first)."""

    by_index: peewee.Expression
    by_scan: peewee.ColumnBase
    related: tuple[peewee.Field, list[peewee.SelectBase]] | None = None


def match_branches(
    text: str,
    *,
    customer: peewee.Field | None = None,
    numbers: tuple[peewee.Field, ...] = (),
    product: peewee.Field | None = None,
    number_scan: Callable[[peewee.Field, str], peewee.Expression | None] | None = None,
) -> list[Branch]:
    """A list's text filter as its kinds of match: a paper number's start, or the record's customer (as
    find_customers matches them), or its product's model or serial start. `number_scan(field, text)` may add a
    condition a number implies to its scan (the call number's year bounds when the call came in)."""
    text = (text or "").strip()
    if not text:
        return []
    upper = text.upper()
    out: list[Branch] = []
    for field in numbers:
        scan = fn.SUBSTR(field, 1, len(upper)) == upper
        implied = number_scan(field, upper) if number_scan is not None else None
        out.append(Branch(starts_with(field, upper), scan if implied is None else scan & implied))
    if customer is not None:
        initials, parts = customer_kinds(text)
        selects = [Customer.select(Customer.id).where(t) for t in initials] + parts
        if selects:
            ids = _union_all(selects)
            # the initials of a letter or two name thousands of customers: each row's own customer is checked
            # (a look-up by id) rather than gathering them all first; the other kinds' ids are gathered (fewer)
            scans: list[peewee.ColumnBase] = []
            if initials:
                scans.append(fn.EXISTS(Customer.select(Customer.id).where((Customer.id == customer) & _or(initials))))
            if parts:
                scans.append((customer + 0).in_(_union_all(parts)))  # `+ 0`: not the column's own index
            out.append(Branch(customer.in_(ids), _or(scans), (customer, selects)))
    if product is not None and len(text) >= 2:
        typed = sorted({text, upper})
        selects = [Product.select(Product.id).where(starts_with(field, t)) for t in typed
                   for field in (Product.serial, Product.model)]  # fmt: skip
        ids = _union_all(selects)
        out.append(Branch(product.in_(ids), (product + 0).in_(ids), (product, selects)))
    return out


def _or(conditions: Sequence[peewee.ColumnBase]) -> peewee.ColumnBase:
    out: peewee.ColumnBase | None = None
    for cond in conditions:
        out = cond if out is None else out | cond
    assert out is not None
    return out


def records_matching(
    text: str,
    *,
    customer: peewee.Field | None = None,
    numbers: tuple[peewee.Field, ...] = (),
    product: peewee.Field | None = None,
) -> peewee.Expression | None:
    """A list's text filter as one condition: its kinds of match (match_branches), each through an index,
    combined with OR (for the smaller lists; the call register reads the branches one by one)."""
    branches = match_branches(text, customer=customer, numbers=numbers, product=product)
    if not branches:
        return None
    out = branches[0].by_index
    for branch in branches[1:]:
        out |= branch.by_index
    return out
