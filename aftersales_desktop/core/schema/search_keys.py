"""Migration: lists and searches that stay instant at any size.

The search keys (core/models/search.py) are created and filled from the customers, and the lists get an
index for each filter and order they offer (the `indexes` of ServiceCall, SurveyCard, Complaint, RepairCard,
Contract; ToolLoan.lent_at, ClaimOrder.created_at). The single-column indexes the composite ones replace are
dropped. Indexes are made by peewee's create_tables, so an upgraded file and a new one have one schema.
"""

from __future__ import annotations

import peewee

REPLACED = ("service_call_status", "service_call_kind", "service_call_technician_id", "survey_card_answered_at",
            "repair_card_status")  # fmt: skip


def migrate(db: peewee.SqliteDatabase) -> None:
    from aftersales_desktop.core import search_index
    from aftersales_desktop.core.models import (
        ClaimOrder,
        Complaint,
        Contract,
        RepairCard,
        SearchKey,
        ServiceCall,
        SurveyCard,
        ToolLoan,
    )

    for name in REPLACED:
        db.execute_sql(f'DROP INDEX IF EXISTS "{name}"')
    # existing tables are left as they are and get the indexes they lack (IF NOT EXISTS); the keys' table is new
    db.create_tables([ServiceCall, SurveyCard, Complaint, RepairCard, Contract, ToolLoan, ClaimOrder, SearchKey],
                     safe=True)  # fmt: skip
    search_index.rebuild()
