"""What only PostgreSQL needs: the connection, the schema version, the audit guard, row locks, errors.

The SQLite counterpart is core/engine_sqlite.py; core/db.py picks one of the two, nothing else in the core
asks which engine it runs on.
"""

from __future__ import annotations

import re
from typing import Any

import peewee

from aftersales_desktop.core.dburl import Target
from aftersales_desktop.core.errors import StorageError
from aftersales_desktop.core.i18n import T
from aftersales_desktop.core.savepoint import Savepoint

# The schema version lives in its own one-row table (SQLite keeps it in PRAGMA user_version).
VERSION_TABLE = "aftersales_schema"

# LISTEN/NOTIFY channel on which the server tells every counter that something changed (payload: the entity).
CHANNEL = "aftersales_changed"

# What keeps the audit trail honest on the server, as core/engine_sqlite.py TRIGGERS does in a file: no row is
# changed or deleted, no row comes in without its place in the hash chain (core/audit_chain.py; 16 bytes since
# schema 13, 32 in rows copied from before). And every
# change writes an audit row in its transaction, so one more trigger tells every counter about every change
# (NOTIFY, delivered at commit, once per entity: the server folds equal payloads). Put back on every start.
_FUNCTIONS = (
    "CREATE OR REPLACE FUNCTION audit_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ "
    "BEGIN RAISE EXCEPTION 'the audit trail is append-only' USING ERRCODE = 'integrity_constraint_violation'; "
    "END $$",
    "CREATE OR REPLACE FUNCTION audit_entry_chain_check() RETURNS trigger LANGUAGE plpgsql AS $$ "
    "BEGIN IF NEW.row_hash IS NULL OR octet_length(NEW.row_hash) NOT IN (16, 32) THEN RAISE EXCEPTION "
    "'an audit row needs its place in the hash chain' USING ERRCODE = 'integrity_constraint_violation'; END IF; "
    "RETURN NEW; END $$",
    f"CREATE OR REPLACE FUNCTION audit_entry_notify() RETURNS trigger LANGUAGE plpgsql AS $$ "
    # the payload is the kind of record as a word: the row holds its id in audit_word (schema 13)
    f"BEGIN PERFORM pg_notify('{CHANNEL}', (SELECT word FROM audit_word WHERE id = NEW.entity)); RETURN NULL; END $$",
)
TRIGGERS = {
    "audit_entry_no_change": "CREATE OR REPLACE TRIGGER audit_entry_no_change BEFORE UPDATE OR DELETE ON audit_entry "
    "FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only()",
    "audit_entry_chained": "CREATE OR REPLACE TRIGGER audit_entry_chained BEFORE INSERT ON audit_entry "
    "FOR EACH ROW EXECUTE FUNCTION audit_entry_chain_check()",
    "audit_entry_changed": "CREATE OR REPLACE TRIGGER audit_entry_changed AFTER INSERT ON audit_entry "
    "FOR EACH ROW EXECUTE FUNCTION audit_entry_notify()",
}
# pg_advisory_xact_lock key of the one-writer-at-a-time lock (core/db.begin_write): any fixed number
WRITE_LOCK = 7_461_001


def missing_triggers(db: Any) -> list[str]:
    """The audit trail's triggers that are not on the table (a disabled one counts as missing)."""
    present = {row[0] for row in db.execute_sql(
        "SELECT tgname FROM pg_trigger WHERE tgrelid = 'audit_entry'::regclass AND tgenabled != 'D'").fetchall()}
    return [name for name in TRIGGERS if name not in present]


def install_triggers(db: Any, names: list[str] | None = None) -> list[str]:
    """Create the named (default: all missing) triggers with their functions; returns their names."""
    names = missing_triggers(db) if names is None else names
    if names:
        for statement in _FUNCTIONS:
            db.execute_sql(statement)
        for name in names:
            db.execute_sql(f'DROP TRIGGER IF EXISTS "{name}" ON audit_entry')  # a disabled one is made anew
            db.execute_sql(TRIGGERS[name])
    return names

# A `?` placeholder outside quotes (the core's hand-written SQL is written once, with SQLite's `?`).
_QMARK = re.compile(r"""('(?:[^']|'')*'|"(?:[^"]|"")*")|\?""")


def _to_format_style(sql: str) -> str:
    """`?` -> `%s` and a literal `%` -> `%%`, leaving quoted text alone (psycopg's parameter style)."""
    out: list[str] = []
    last = 0
    for match in _QMARK.finditer(sql):
        out.append(sql[last : match.start()].replace("%", "%%"))
        out.append(match.group(1) if match.group(1) is not None else "%s")
        last = match.end()
    out.append(sql[last:].replace("%", "%%"))
    return "".join(out)


class ShopPostgres(peewee.PostgresqlDatabase):
    """peewee's PostgreSQL database (psycopg 3), taking the core's hand-written `?` SQL as it is; a savepoint has
    one name (core/savepoint.py)."""

    def savepoint(self) -> Any:
        return Savepoint(self)

    def execute_sql(self, sql: str, params: Any = None, *args: Any, **kwargs: Any) -> Any:
        if params and "?" in sql:
            sql = _to_format_style(sql)
        if sql.startswith("CREATE TABLE") and sql.endswith(" WITHOUT ROWID"):
            sql = sql[: -len(" WITHOUT ROWID")]  # SQLite's storage hint on a model (SearchKey); a heap here
        return super().execute_sql(sql, params, *args, **kwargs)


def load_driver() -> None:
    """Give peewee the psycopg driver it was imported without (core/__init__.py): what peewee's own import
    sets when psycopg is there, including its psycopg 3 adapter's transaction states."""
    if getattr(peewee, "psycopg", None) is not None:
        return
    import psycopg
    from psycopg.pq import TransactionStatus
    from psycopg.types.json import Json, Jsonb

    for name, value in (("psycopg", psycopg), ("TransactionStatus", TransactionStatus), ("Json_pg3", Json),
                        ("Jsonb_pg3", Jsonb)):  # fmt: skip
        setattr(peewee, name, value)
    adapter = peewee.Psycopg3Adapter
    adapter.txn_idle = TransactionStatus.IDLE
    adapter.txn_inerror = TransactionStatus.INERROR
    adapter.txn_unknown = TransactionStatus.UNKNOWN


def make_database(target: Target) -> ShopPostgres:
    load_driver()
    params: dict[str, Any] = target.connect_params()
    name = str(params.pop("dbname"))
    return ShopPostgres(name, **params)


def schema_version(db: peewee.Database) -> int:
    if not db.table_exists(VERSION_TABLE):
        return 0
    row = db.execute_sql(f'SELECT version FROM "{VERSION_TABLE}"').fetchone()
    return int(row[0]) if row else 0


def set_version(db: peewee.Database, version: int) -> None:
    db.execute_sql(f'CREATE TABLE IF NOT EXISTS "{VERSION_TABLE}" (version INTEGER NOT NULL)')
    db.execute_sql(f'DELETE FROM "{VERSION_TABLE}"')
    db.execute_sql(f'INSERT INTO "{VERSION_TABLE}" (version) VALUES (%s)', (int(version),))


def shop_tables(db: peewee.Database) -> list[str]:
    """The tables of the shop (the version table is bookkeeping, not a sign of a shop)."""
    return [t for t in db.get_tables() if t != VERSION_TABLE]


def explain(exc: BaseException, target: Target) -> StorageError:
    """A server failure as a sentence the shop can act on (the password never appears in it)."""
    text = str(exc).lower()
    where = f"{target.host or 'localhost'}{':' + str(target.port) if target.port else ''}"
    if "password authentication failed" in text or "no password supplied" in text:
        return WrongPassword(
            T(
                "服务器 {h} 拒绝了用户 {u} 的密码。请重新输入密码。",
                "The server {h} refused the password of user {u}. Enter the password again.",
                h=where, u=target.user or "?",
            )
        )
    if "does not exist" in text and "database" in text:
        return StorageError(
            T(
                "服务器 {h} 上没有数据库 {d}。请让管理员先建好它(见 README“多台电脑共用一个服务器”)。",
                "The server {h} has no database {d}. Ask the IT person to create it first (README, \"Several "
                "counters on one server\").",
                h=where, d=target.name,
            )
        )
    if "role" in text and "does not exist" in text:
        return StorageError(
            T("服务器 {h} 上没有用户 {u}。", "The server {h} has no user {u}.", h=where, u=target.user or "?")
        )
    if any(w in text for w in ("could not connect", "connection refused", "timeout", "no such file", "could not translate")):
        return ServerDown(
            T(
                "连不上数据库服务器 {h}:服务器没开或网络不通。刚才的操作没有保存。",
                "Cannot reach the database server {h}: it is off or the network is down. Nothing was saved.",
                h=where,
            )
        )
    if "terminat" in text or "server closed the connection" in text or "connection is closed" in text:
        return ServerDown(
            T(
                "与数据库服务器 {h} 的连接断了。刚才的操作没有保存,请重试。",
                "The connection to the database server {h} was lost. Nothing was saved; try again.",
                h=where,
            )
        )
    return StorageError(T("数据库服务器 {h} 出错:{e}", "The database server {h} failed: {e}", h=where, e=exc))


class ServerDown(StorageError):
    """The server cannot be reached (off, network down): retry or change the connection."""


class WrongPassword(StorageError):
    """The server refused the password: ask for it again."""
