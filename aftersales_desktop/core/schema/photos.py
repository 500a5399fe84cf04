"""Migration: intake photos and the condition checklist at goods in.

Adds the photo table (one row per picture of a goods receipt's item, the file named by its content hash in the
data folder's photos/) and the goods receipt's checklist (JSON, empty for every receipt written before).
"""

from __future__ import annotations

import peewee

STATEMENTS = [
    'CREATE TABLE "photo" ("id" INTEGER NOT NULL PRIMARY KEY, "receipt_id" INTEGER NOT NULL, '
    '"sha256" VARCHAR(64) NOT NULL, "width" INTEGER NOT NULL, "height" INTEGER NOT NULL, '
    '"size_bytes" INTEGER NOT NULL, "added_at" DATETIME NOT NULL, "added_by_id" INTEGER NOT NULL, '
    'FOREIGN KEY ("receipt_id") REFERENCES "goods_receipt" ("id"), FOREIGN KEY ("added_by_id") REFERENCES "staff" ("id"))',
    'CREATE INDEX "photo_receipt_id" ON "photo" ("receipt_id")',
    'CREATE INDEX "photo_sha256" ON "photo" ("sha256")',
    'CREATE INDEX "photo_added_by_id" ON "photo" ("added_by_id")',
    'CREATE UNIQUE INDEX "photo_receipt_id_sha256" ON "photo" ("receipt_id", "sha256")',
    """ALTER TABLE "goods_receipt" ADD COLUMN "checklist" TEXT NOT NULL DEFAULT '{}'""",
]


def migrate(db: peewee.SqliteDatabase) -> None:
    for statement in STATEMENTS:
        db.execute_sql(statement)
