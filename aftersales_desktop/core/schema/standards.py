"""Migration: the service standards stored where they happen. A call keeps its first arrival (when, who, late or
not against its deadline) and its first answer (who, late or not against the answer hours); a repair card whether
it went back by the promised date. Filled from the visits, answers and returns already recorded."""

from __future__ import annotations

import json

import peewee

STATEMENTS = [
    'ALTER TABLE "service_call" ADD COLUMN "arrived_at" DATETIME',
    'ALTER TABLE "service_call" ADD COLUMN "arrived_by_id" INTEGER REFERENCES "staff" ("id")',
    'ALTER TABLE "service_call" ADD COLUMN "arrival_late" INTEGER',
    'ALTER TABLE "service_call" ADD COLUMN "first_answer_by_id" INTEGER REFERENCES "staff" ("id")',
    'ALTER TABLE "service_call" ADD COLUMN "answer_late" INTEGER',
    'CREATE INDEX "service_call_arrived_by_id" ON "service_call" ("arrived_by_id")',
    'CREATE INDEX "service_call_first_answer_by_id" ON "service_call" ("first_answer_by_id")',
    'CREATE INDEX "service_call_arrival_late_received_at" ON "service_call" ("arrival_late", "received_at")',
    'ALTER TABLE "repair_card" ADD COLUMN "promise_kept" INTEGER',
]

_FIRST_VISIT = (
    '(SELECT v.{col} FROM "visit" v WHERE v.call_id = service_call.id ORDER BY v.arrived_at, v.id LIMIT 1)'
)


def migrate(db: peewee.SqliteDatabase) -> None:
    for statement in STATEMENTS:
        db.execute_sql(statement)
    db.execute_sql(
        f'UPDATE "service_call" SET arrived_at = {_FIRST_VISIT.format(col="arrived_at")}, '
        f'arrived_by_id = {_FIRST_VISIT.format(col="technician_id")}'
    )
    db.execute_sql(
        'UPDATE "service_call" SET arrival_late = (arrived_at > deadline_at) '
        "WHERE arrived_at IS NOT NULL AND deadline_at IS NOT NULL"
    )
    row = db.execute_sql('SELECT value FROM "setting" WHERE key = ?', ("answer_hours",)).fetchone()
    hours = int(json.loads(row[0])) if row else 24
    db.execute_sql(
        "UPDATE \"service_call\" SET answer_late = (first_answer_at > datetime(received_at, ?)) "
        "WHERE first_answer_at IS NOT NULL", (f"+{hours} hours",),
    )
    db.execute_sql(
        'UPDATE "repair_card" SET promise_kept = (date(returned_at) <= promised_on) '
        "WHERE returned_at IS NOT NULL AND status IN ('returned', 'returned_unrepaired')"
    )
