"""A demo made today stops at the real now, and the paper numbers its entries quote are real ones."""

from __future__ import annotations

import re

import peewee

from aftersales_desktop.core.demo import create_demo
from aftersales_desktop.core.models import ALL_MODELS, AuditEntry, AuthorityEvent, ConductEntry
from aftersales_desktop.core.queries.search import search

PAPER = re.compile(r"[A-Z]{2}\d{4}-\d{5}")


def test_a_demo_made_today_dates_nothing_after_now(frozen_now, db):
    now = frozen_now  # a Wednesday, 10:00: the rest of the day has not happened yet
    create_demo(days=2, seed=5)
    later = []
    for model in ALL_MODELS:  # every recorded moment of every table (promises and deadlines look ahead)
        for field in model._meta.sorted_fields:
            if isinstance(field, peewee.DateTimeField) and not field.name.endswith(("due_at", "deadline_at")):
                latest = model.select(peewee.fn.MAX(field)).scalar()
                if latest is not None and latest > now:
                    later.append(f"{model.__name__}.{field.name} {latest}")
    assert not later, later
    assert AuditEntry.select().where(AuditEntry.at >= now.replace(hour=8)).exists()  # this morning did happen


def test_paper_numbers_quoted_in_the_demo_are_real_and_search_opens_them(demo_database):
    from aftersales_desktop.core.db import open_database

    open_database(demo_database)
    in_conduct = [n for e in ConductEntry.select() for n in PAPER.findall(e.description)]
    in_authority = [e.reference for e in AuthorityEvent.select() if e.reference]
    assert in_conduct and in_authority
    for number in in_conduct + in_authority:
        assert [h.number for h in search(number)] == [number], number  # global search opens exactly that paper
