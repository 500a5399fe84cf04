"""Migration: itemised bills built from the work.

Adds the bill_line table, links authority events to the bill they were given on, marks accident repairs, and
moves the money typed by hand (a visit's labour/travel/parts, a card's labour) onto bill lines: each visit's
amounts become lines settled onto the invoice line written with that visit; each card's agreed labour and travel
and every part issued (what stayed on the job) become lines, settled when the work was already handed over.
Then the typed columns go, so there is one place the money of a job lives.
"""

from __future__ import annotations

import peewee

BILL_LINE = (
    'CREATE TABLE "bill_line" ("id" INTEGER NOT NULL PRIMARY KEY, "call_id" INTEGER NOT NULL, "repair_card_id" INTEGER, '
    '"kind" VARCHAR(24) NOT NULL, "description" VARCHAR(120) NOT NULL, "qty" INTEGER NOT NULL, '
    '"unit_fen" INTEGER NOT NULL, "amount_fen" INTEGER NOT NULL, "cost_fen" INTEGER NOT NULL, '
    '"minutes" INTEGER NOT NULL, "percent" INTEGER NOT NULL, "part_issue_id" INTEGER, "visit_id" INTEGER, '
    '"authority_event_id" INTEGER, "invoice_id" INTEGER, "settled_at" DATETIME, "created_at" DATETIME NOT NULL, '
    '"created_by_id" INTEGER NOT NULL, FOREIGN KEY ("call_id") REFERENCES "service_call" ("id"), '
    'FOREIGN KEY ("repair_card_id") REFERENCES "repair_card" ("id"), '
    'FOREIGN KEY ("part_issue_id") REFERENCES "part_issue" ("id"), FOREIGN KEY ("visit_id") REFERENCES "visit" ("id"), '
    'FOREIGN KEY ("authority_event_id") REFERENCES "authority_event" ("id"), '
    'FOREIGN KEY ("invoice_id") REFERENCES "invoice" ("id"), FOREIGN KEY ("created_by_id") REFERENCES "staff" ("id"))'
)
STATEMENTS = [
    BILL_LINE,
    'CREATE INDEX "bill_line_call_id" ON "bill_line" ("call_id")',
    'CREATE INDEX "bill_line_repair_card_id" ON "bill_line" ("repair_card_id")',
    'CREATE UNIQUE INDEX "bill_line_part_issue_id" ON "bill_line" ("part_issue_id")',
    'CREATE INDEX "bill_line_visit_id" ON "bill_line" ("visit_id")',
    'CREATE INDEX "bill_line_authority_event_id" ON "bill_line" ("authority_event_id")',
    'CREATE INDEX "bill_line_invoice_id" ON "bill_line" ("invoice_id")',
    'CREATE INDEX "bill_line_created_by_id" ON "bill_line" ("created_by_id")',
    'ALTER TABLE "authority_event" ADD COLUMN "call_id" INTEGER REFERENCES "service_call" ("id")',
    'ALTER TABLE "authority_event" ADD COLUMN "repair_card_id" INTEGER REFERENCES "repair_card" ("id")',
    'ALTER TABLE "authority_event" ADD COLUMN "amount_fen" INTEGER NOT NULL DEFAULT 0',
    'CREATE INDEX "authority_event_call_id" ON "authority_event" ("call_id")',
    'CREATE INDEX "authority_event_repair_card_id" ON "authority_event" ("repair_card_id")',
    'ALTER TABLE "repair_card" ADD COLUMN "accident" INTEGER NOT NULL DEFAULT 0',
]
DROPPED = [("visit", "labour_fen"), ("visit", "travel_fen"), ("visit", "parts_fen"), ("repair_card", "labour_fen")]

_INSERT = (
    'INSERT INTO "bill_line" (call_id, repair_card_id, kind, description, qty, unit_fen, amount_fen, cost_fen, '
    'minutes, percent, part_issue_id, visit_id, authority_event_id, invoice_id, settled_at, created_at, '
    'created_by_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, 0, ?, ?, NULL, ?, ?, ?, ?)'
)


def migrate(db: peewee.SqliteDatabase) -> None:
    for statement in STATEMENTS:
        db.execute_sql(statement)
    _visits(db)
    _cards(db)
    _call_parts(db)
    for table, column in DROPPED:
        db.execute_sql(f'ALTER TABLE "{table}" DROP COLUMN "{column}"')


def _line(db: peewee.SqliteDatabase, call_id: int, card_id: int | None, kind: str, text: str, qty: int, unit: int,
          cost: int, issue_id: int | None, visit_id: int | None, invoice_id: int | None, settled: str | None,
          created: str, by: int) -> None:
    db.execute_sql(_INSERT, (call_id, card_id, kind, text, qty, unit, qty * unit, cost, issue_id, visit_id,
                             invoice_id, settled, created, by))


def _visits(db: peewee.SqliteDatabase) -> None:
    """Each visit's typed fee: settled onto the invoice line written with it (same call, moment and amount)."""
    rows = db.execute_sql(
        'SELECT id, call_id, labour_fen, travel_fen, parts_fen, recorded_at, recorded_by_id FROM "visit" '
        "WHERE labour_fen + travel_fen + parts_fen > 0 ORDER BY id"
    ).fetchall()
    for visit_id, call_id, labour, travel, parts, at, by in rows:
        found = db.execute_sql(
            'SELECT id FROM "invoice" WHERE call_id = ? AND created_at = ? AND amount_fen = ? ORDER BY id LIMIT 1',
            (call_id, at, labour + travel + parts),
        ).fetchone()
        invoice = found[0] if found else None
        for kind, text, amount in (("labour", "", labour), ("travel", "", travel), ("other", "配件费(上门时填写)", parts)):
            if amount > 0:
                _line(db, call_id, None, kind, text, 1, amount, 0, None, visit_id, invoice, at, at, by)


def _parts(db: peewee.SqliteDatabase, where: str, params: tuple) -> list[tuple]:
    return db.execute_sql(
        'SELECT pi.id, pi.qty - pi.returned_qty, pi.unit_price_fen, pi.unit_cost_fen, pi.issued_at, pi.issued_by_id, '
        'p.name, p.code FROM "part_issue" pi JOIN "part" p ON p.id = pi.part_id '
        f"WHERE {where} AND pi.qty > pi.returned_qty ORDER BY pi.id", params,
    ).fetchall()


def _cards(db: peewee.SqliteDatabase) -> None:
    """A card's agreed labour and travel (the latest quote when accepted, else the card's labour) and its parts."""
    cards = db.execute_sql(
        'SELECT r.id, r.call_id, r.status, r.needs_quote, r.labour_fen, r.returned_at, r.created_at, r.created_by_id, '
        '(SELECT q.travel_fen FROM "quote" q WHERE q.repair_card_id = r.id AND q.accepted_at IS NOT NULL '
        ' AND q.version = (SELECT MAX(q2.version) FROM "quote" q2 WHERE q2.repair_card_id = r.id)), '
        '(SELECT q.labour_fen FROM "quote" q WHERE q.repair_card_id = r.id AND q.accepted_at IS NOT NULL '
        ' AND q.version = (SELECT MAX(q2.version) FROM "quote" q2 WHERE q2.repair_card_id = r.id)) '
        'FROM "repair_card" r ORDER BY r.id'
    ).fetchall()
    for card_id, call_id, status, needs_quote, card_labour, returned, created, by, q_travel, q_labour in cards:
        settled = returned if status in ("returned", "returned_unrepaired") else (
            created if status == "cancelled" else None)
        found = db.execute_sql('SELECT id FROM "invoice" WHERE repair_card_id = ? AND status != ? ORDER BY id LIMIT 1',
                               (card_id, "void")).fetchone()
        invoice = found[0] if found and settled else None
        if needs_quote and status not in ("returned_unrepaired", "cancelled"):
            labour = q_labour if q_labour is not None else card_labour
            for kind, amount in (("labour", labour or 0), ("travel", q_travel or 0)):
                if amount > 0:
                    _line(db, call_id, card_id, kind, "", 1, amount, 0, None, None, invoice, settled, created, by)
        for issue_id, qty, price, cost, at, issued_by, name, code in _parts(db, "pi.repair_card_id = ?", (card_id,)):
            _line(db, call_id, card_id, "part", f"{name}({code})", qty, price, qty * cost, issue_id, None, invoice,
                  settled, at, issued_by)


def _call_parts(db: peewee.SqliteDatabase) -> None:
    """Parts issued to calls were never billed before: on the bill now, settled when the call's work was over."""
    rows = db.execute_sql('SELECT id, status FROM "service_call" WHERE id IN '
                          '(SELECT call_id FROM "part_issue" WHERE call_id IS NOT NULL)').fetchall()
    for call_id, status in rows:
        over = status in ("done", "closed", "void", "in_shop")
        for issue_id, qty, price, cost, at, issued_by, name, code in _parts(db, "pi.call_id = ?", (call_id,)):
            _line(db, call_id, None, "part", f"{name}({code})", qty, price, qty * cost, issue_id, None, None,
                  at if over else None, at, issued_by)
