"""Make an N-times copy of a demo shop: the same years, N times as busy, for the benchmarks.

    .venv/bin/python benchmarks/grow.py SRC_DIR DST_DIR --times N

SRC_DIR holds a shop (e.g. `demo --years 10`); DST_DIR gets `aftersales.sqlite3` holding its records N times.
Copy k (1 … N-1) of every record table gets its ids moved past the ones before, its foreign keys moved with
the rows they point at, and what must stay unique made unique: paper numbers continue the year's sequence
(JX2026-00042 of copy k is JX2026-(42 + k·last)), phones and serials are varied until unused; the number
sequences end at the new last numbers, so the app goes on numbering without a clash. What a shop has once
(staff, the conduct rulebook, parts, tools, holidays, settings, stocktakes) is not copied, nor is the audit
trail: its rows name the original records, which stay (with --audit they are copied too, entity ids and the
ids and numbers inside before/after following their record).

Bulk SQL in one transaction, not the services: a 50× copy of the 10-year demo takes a minute or two. Derived
tables (the search keys) are rebuilt by the core afterwards, the way a migration fills them.
"""

from __future__ import annotations

import argparse
import json
import re
import sqlite3
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from aftersales_desktop.core.numbering import PREFIXES  # noqa: E402

DB_NAME = "aftersales.sqlite3"
# what a shop has once, whatever its size
# (and the audit trail: the records it names are the originals, still there; fifty copies of it would make a
# file of gigabytes whose size is no longer a shop's)
FIXED = {"staff", "conduct_rule", "part", "tool", "holiday", "setting", "number_sequence", "stocktake",
         "stocktake_line", "search_key", "audit_entry"}  # fmt: skip
# derived from other tables; rebuilt by the core after the copy
DERIVED = {"search_key"}
# audit entities whose table has another name
ENTITY_TABLES = {"goods_register": "goods_register_entry"}
NUMBER = re.compile(r"^([A-Z]{2})(\d{4})-(\d+)$")
KIND_OF_PREFIX = {prefix: kind for kind, prefix in PREFIXES.items()}


class Grower:
    """Holds what the row functions need: the offsets per table, the sequences, the phones and serials in use."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        self.columns = {t: [r[1] for r in conn.execute(f'PRAGMA table_info("{t}")')] for t in self.tables}
        self.growing = [t for t in self.tables if t not in FIXED and "id" in self.columns[t]]
        self.offset = {t: int(conn.execute(f'SELECT COALESCE(MAX(id), 0) FROM "{t}"').fetchone()[0])
                       for t in [*self.growing, "audit_entry"]}  # fmt: skip
        self.foreign = {t: {r[3]: r[2] for r in conn.execute(f'PRAGMA foreign_key_list("{t}")')} for t in self.tables}
        self.last = {(kind, int(year)): int(last) for kind, year, last in conn.execute(
            "SELECT kind, year, last FROM number_sequence")}  # fmt: skip
        self.phones = {r[0] for r in conn.execute("SELECT phone FROM customer UNION SELECT phone2 FROM customer")}
        self.serials = {r[0] for r in conn.execute("SELECT serial FROM product")}
        self.k = 0
        # which keys inside an audit row's before/after hold ids, and of which table
        self.json_ids = {col[: -len("_id")]: ref for t in self.tables for col, ref in self.foreign[t].items()
                         if ref in self.offset}  # fmt: skip
        self.json_ids.update({"receipt": "goods_receipt", "call": "service_call", "card": "repair_card"})

    # -- values of copy k -------------------------------------------------------------------------------

    def number(self, value: str | None) -> str | None:
        if value is None:
            return None
        found = NUMBER.match(value)
        if not found or found.group(1) not in KIND_OF_PREFIX:
            return f"{value}-{self.k}"
        prefix, year, serial = found.group(1), int(found.group(2)), int(found.group(3))
        last = self.last.get((KIND_OF_PREFIX[prefix], year), serial)
        return f"{prefix}{year}-{serial + self.k * last:05d}"

    def _vary(self, value: str, used: set[str], keep: int) -> str:
        """Another string like `value`, its last run of digits (after the first `keep` characters) changed,
        that is not in `used`."""
        run = re.search(r"(\d+)(?!.*\d)", value)
        start, end = run.span(1) if run else (len(value), len(value))
        start = max(start, keep)
        if end - start < 3:  # too few digits to vary: mark the copy instead
            candidate, n = f"{value}-{self.k}", 0
            while candidate in used:
                n += 1
                candidate = f"{value}-{self.k}.{n}"
        else:
            width = end - start
            modulus = 10**width
            x = (int(value[start:end]) + self.k * 7_654_321) % modulus
            candidate = f"{value[:start]}{x:0{width}d}{value[end:]}"
            while candidate in used:
                x = (x + 1) % modulus
                candidate = f"{value[:start]}{x:0{width}d}{value[end:]}"
        used.add(candidate)
        return candidate

    def phone(self, value: str | None) -> str | None:
        return self._vary(value, self.phones, keep=3) if value else value

    def serial(self, value: str | None) -> str | None:
        return self._vary(value, self.serials, keep=1) if value else value

    def audit_json(self, text: str | None) -> str | None:
        if not text:
            return text
        try:
            data = json.loads(text)
        except ValueError:
            return text
        if not isinstance(data, dict):
            return text
        changed = False
        for key, value in data.items():
            table = self.json_ids.get(key[: -len("_id")] if key.endswith("_id") else key)
            if table and isinstance(value, int) and not isinstance(value, bool):
                data[key] = value + self.k * self.offset[table]
                changed = True
            elif isinstance(value, str) and NUMBER.match(value):
                data[key] = self.number(value)
                changed = True
            elif key in ("phone", "phone2") and isinstance(value, str) and value.isdigit():
                data[key] = value  # the customer's own phone is varied in its row; the old one stays in history
        return json.dumps(data, ensure_ascii=False) if changed else text

    def audit_entity_id(self, entity: str, entity_id: int | None) -> int | None:
        if entity_id is None:
            return None
        table = ENTITY_TABLES.get(entity, entity)
        return entity_id + self.k * self.offset[table] if table in self.offset else entity_id

    # -- the copy -------------------------------------------------------------------------------------------

    def _select_list(self, table: str) -> str:
        unique_text = self._unique_text_columns(table)
        out = []
        for col in self.columns[table]:
            ref = self.foreign[table].get(col)
            if col == "id":
                out.append(f'"id" + {self.k * self.offset[table]}')
            elif ref in self.offset:
                out.append(f'"{col}" + {self.k * self.offset[ref]}')
            elif col in unique_text or col == "number":
                out.append(f'grow_number("{col}")')
            elif table == "customer" and col in ("phone", "phone2"):
                out.append(f'grow_phone("{col}")')
            elif table == "product" and col == "serial":
                out.append('grow_serial("serial")')
            elif table == "audit_entry" and col == "entity_id":
                out.append('grow_entity_id("entity", "entity_id")')
            elif table == "audit_entry" and col in ("before", "after"):
                out.append(f'grow_json("{col}")')
            else:
                out.append(f'"{col}"')
        return ", ".join(out)

    def _unique_text_columns(self, table: str) -> set[str]:
        found: set[str] = set()
        for _seq, name, unique, *_ in self.conn.execute(f'PRAGMA index_list("{table}")'):
            if unique:
                cols = [r[2] for r in self.conn.execute(f'PRAGMA index_info("{name}")')]
                if len(cols) == 1 and cols[0] not in self.foreign[table] and cols[0] != "id":
                    found.add(cols[0])
        return found

    def grow(self, times: int, audit: bool = False) -> dict[str, int]:
        conn = self.conn
        conn.create_function("grow_number", 1, self.number)
        conn.create_function("grow_phone", 1, self.phone)
        conn.create_function("grow_serial", 1, self.serial)
        conn.create_function("grow_json", 1, self.audit_json)
        conn.create_function("grow_entity_id", 2, self.audit_entity_id)
        triggers = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall()
        counts: dict[str, int] = {}
        conn.execute("BEGIN IMMEDIATE")
        try:
            for name, _sql in triggers:  # the audit trail's append-only guard would refuse nothing here, but
                conn.execute(f'DROP TRIGGER "{name}"')  # keep the copy free of any per-row trigger work
            for table in self.growing + (["audit_entry"] if audit else []):
                if table in DERIVED or not self.offset.get(table):
                    continue
                cols = ", ".join(f'"{c}"' for c in self.columns[table])
                for k in range(1, times):
                    self.k = k
                    conn.execute(f'INSERT INTO "{table}" ({cols}) SELECT {self._select_list(table)} FROM "{table}" '
                                 f'WHERE id <= {self.offset[table]} ORDER BY id')  # fmt: skip
                counts[table] = int(conn.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0])
            grown_kinds = {kind for kind in PREFIXES if kind != "stocktake"}
            for (kind, year), last in self.last.items():
                if kind in grown_kinds:
                    conn.execute("UPDATE number_sequence SET last = ? WHERE kind = ? AND year = ?",
                                 (last * times, kind, year))  # fmt: skip
            for _name, sql in triggers:
                conn.execute(sql)
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        return counts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("src", type=Path, help="the shop's data folder")
    parser.add_argument("dst", type=Path, help="a new folder for the copy")
    parser.add_argument("--times", type=int, required=True, help="how many times the records (2 or more)")
    parser.add_argument("--audit", action="store_true", help="copy the audit trail too")
    args = parser.parse_args()
    source, target = args.src / DB_NAME, args.dst / DB_NAME
    if args.times < 2:
        parser.error("--times must be 2 or more")
    if not source.is_file():
        parser.error(f"no shop in {args.src}")
    if target.exists():
        parser.error(f"{target} exists already")
    if args.audit and _compact_audit(source):
        # the copy rewrites ids inside before/after as JSON text; since schema 13 they sit in a compressed body
        parser.error("--audit copies an audit trail of schema 12 or older; this shop stores it compactly "
                     "(schema 13): grow it without --audit")
    args.dst.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    dst = sqlite3.connect(target, isolation_level=None)
    try:
        src.backup(dst)
        src.close()
        # a new file made in one go: no journal (a failure deletes it), WAL again once done
        dst.execute("PRAGMA journal_mode = off")
        dst.execute("PRAGMA synchronous = off")
        dst.execute("PRAGMA cache_size = -200000")
        counts = Grower(dst).grow(args.times, audit=args.audit)
        dst.execute("PRAGMA journal_mode = wal")
    except BaseException:
        dst.close()
        for leftover in (target, Path(f"{target}-wal"), Path(f"{target}-shm")):
            leftover.unlink(missing_ok=True)
        raise
    dst.close()
    rebuild_derived(target)
    size = target.stat().st_size
    print(f"{target}: {counts.get('service_call', 0):,} calls, {counts.get('customer', 0):,} customers, "
          f"{size / 1e6:.0f} MB, {time.monotonic() - started:.0f} s")
    return 0


def _compact_audit(path: Path) -> bool:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return any(row[1] == "body" for row in conn.execute("PRAGMA table_info(audit_entry)"))
    finally:
        conn.close()


def rebuild_derived(path: Path) -> None:
    """The derived tables (search keys) filled from the grown records, by the core's own code."""
    from aftersales_desktop.core.db import close_database, open_database

    open_database(path, check=False)
    try:
        from aftersales_desktop.core import search_index
    except ImportError:
        close_database()
        return
    try:
        search_index.rebuild()
    finally:
        close_database()


if __name__ == "__main__":
    sys.exit(main())
