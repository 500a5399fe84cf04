"""Migration: the parts store's rules. 以坏换新 — a part says whether its old one must come back, an issue whether it
did; and a purchase kept with its quotes says whether it was a direct purchase or goods in from a supplier off the
regular list, and why a dearer quote was taken. Existing parts ask for the old part back, as the rulebook does."""

from __future__ import annotations

import peewee

STATEMENTS = [
    'ALTER TABLE "part" ADD COLUMN "old_for_new" INTEGER NOT NULL DEFAULT 1',
    'ALTER TABLE "part_issue" ADD COLUMN "old_returned" INTEGER',
    'ALTER TABLE "part_issue" ADD COLUMN "old_note" TEXT NOT NULL DEFAULT \'\'',
    'ALTER TABLE "direct_purchase" ADD COLUMN "kind" VARCHAR(24) NOT NULL DEFAULT \'direct\'',
    'ALTER TABLE "direct_purchase" ADD COLUMN "dearer_reason" TEXT NOT NULL DEFAULT \'\'',
]


def migrate(db: peewee.SqliteDatabase) -> None:
    for statement in STATEMENTS:
        db.execute_sql(statement)
