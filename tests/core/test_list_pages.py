"""Every list reads a page in a fixed number of statements, by key, whatever the page's size or depth.

Over the two-month demo shop (every area has rows): for each paged list, a page of 5 and a page of 60 cost
the same statements (no look-up per row; the audit trail reads the records it names one statement per kind of
record for the whole page), the SQL never says OFFSET, and walking the list page by page by key
gives exactly the rows of reading it whole, in the same order.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from collections.abc import Callable

import pytest

from aftersales_desktop.core import clock
from aftersales_desktop.core.db import close_database, database, open_database
from aftersales_desktop.core.models import Staff
from aftersales_desktop.core.queries import audit, calls, conduct, opinion, parts, repairs
from aftersales_desktop.core.queries.paging import PagedQuery


def _lists() -> dict[str, Callable[[], PagedQuery]]:
    manager = Staff.get(Staff.role == "manager")
    return {
        "calls": lambda: calls.list_calls(),
        "calls open": lambda: calls.list_calls(calls.CallFilter(status="open")),
        "calls by text": lambda: calls.list_calls(calls.CallFilter(text="JX2026")),
        # the register's search box: one look-up per kind of match (number, customer, product), merged
        "calls by surname": lambda: calls.list_calls(calls.CallFilter(text="王")),
        "calls by initials": lambda: calls.list_calls(calls.CallFilter(text="w")),
        "calls by phone": lambda: calls.list_calls(calls.CallFilter(text="139")),
        "calls by number or model": lambda: calls.list_calls(calls.CallFilter(text="JX2026-000")),
        "parts": lambda: parts.search_parts(),
        "stock moves": lambda: parts.stock_moves(),
        "tool loans": lambda: parts.tool_loans(),
        "claims": lambda: parts.claims(),
        "survey cards": lambda: opinion.cards_outstanding(dt.date(2026, 3, 31)),
        "complaints": lambda: opinion.complaints(open_only=False),
        "contracts": lambda: opinion.contracts(),
        "goods register": lambda: repairs.goods_register(),
        "in the shop": lambda: repairs.in_shop_now(),
        "cards": lambda: repairs.cards(),
        "conduct entries": lambda: conduct.entries(manager),
        "authority": lambda: conduct.authority_events(manager),
        "audit": lambda: audit.audit_entries(manager),
    }


@pytest.fixture
def demo(demo_database):
    open_database(demo_database, check=False)
    clock.set_now(dt.datetime(2026, 3, 31, 16, 0))
    yield
    close_database()


def _statements(fn: Callable[[], object]) -> tuple[int, list[str]]:
    seen: list[str] = []
    conn: sqlite3.Connection = database.connection()
    conn.set_trace_callback(seen.append)
    try:
        fn()
    finally:
        conn.set_trace_callback(None)
    return len(seen), seen


def _page(query: PagedQuery, size: int) -> list:
    return query.rows_for(query.ids_after(None, size).ids)


def test_each_list_page_is_a_fixed_number_of_statements(demo):
    for label, make in _lists().items():
        query = make()
        query.count_upto()  # as a list opens: its count first (a searched list also learns what each match names)
        small, small_sql = _statements(lambda q=query: _page(q, 5))
        big, big_sql = _statements(lambda q=query: _page(q, 60))
        assert len(_page(query, 60)) > 5 or label in ("calls open", "in the shop", "tool loans", "survey cards"), label
        if label == "audit":  # the records a page names are read a kind of record at a time, for the whole page
            kinds = {re.search(r'FROM "(\w+)"', sql).group(1) for sql in big_sql}
            assert not any(re.search(r'"id" = \d', sql) for sql in big_sql), "\n".join(big_sql)
            assert big <= 2 + 2 * len(kinds), f"{label}: {big} statements for {len(kinds)} kinds:\n" + "\n".join(big_sql)
            continue
        assert small == big, f"{label}: {small} statements for 5 rows, {big} for 60:\n" + "\n".join(big_sql)
        assert not any("OFFSET" in sql.upper() for sql in big_sql), label


def test_pages_by_key_give_the_whole_list_in_order(demo):
    for label, make in _lists().items():
        query = make()
        walked, cursor = [], None
        while True:
            page = query.ids_after(cursor, 7)
            walked += page.ids
            if page.cursor is None:
                break
            cursor = page.cursor
        assert walked == query.ids_after(None, 100_000).ids, label
        assert len(walked) == len(set(walked)) == query.count(), label
        assert len(query.rows_for(walked)) == len(walked), label


def test_a_deep_page_is_an_index_range_not_a_sort(demo):
    from aftersales_desktop.core.queries.paging import _after

    query = calls.list_calls()
    cursor = query.ids_after(None, 20).cursor
    for _ in range(3):
        cursor = query.ids_after(cursor, 20).cursor
    assert cursor is not None and cursor[0] == 1  # deep in the second segment (not carried over)
    deep = query._segment(1).select(*(k.field for k in query.keys)).where(_after(query.keys, cursor[1:])).limit(20)
    sql, params = deep.sql()
    plan = " ".join(str(r) for r in database.execute_sql("EXPLAIN QUERY PLAN " + sql, params))
    assert "TEMP B-TREE" not in plan and "service_call_received_at" in plan, plan


def test_a_first_letter_counts_its_customers_calls_as_it_reads_them(demo):
    """Typing one letter names thousands of customers at 50x: their calls are counted reading the customers
    once, by every kind of match's index at once (a multi-index OR, which streams and stops at the limit),
    never by first gathering their ids in a temporary B-tree."""
    for text in ("s", "w", "138"):
        query = calls.list_calls(calls.CallFilter(text=text))
        _, seen = _statements(query.count_upto)
        counted = [sql for sql in seen if "CROSS JOIN" in sql]
        assert counted, (text, seen)
        plan = " ".join(str(r) for r in database.execute_sql("EXPLAIN QUERY PLAN " + counted[0]))
        assert "MULTI-INDEX OR" in plan and "TEMP B-TREE" not in plan and "MATERIALIZE" not in plan, (text, plan)
