"""Query shapes a service runs again and again, with their SQL text built once (see fastsql.py for why:
peewee writes a query's text anew on every run, walking the whole expression tree — for the statements below
that costs several times what SQLite takes to run them).

    _LINES_OF_CARD = Kept(lambda card_id: BillLine.select().where(BillLine.repair_card == card_id))
    lines = _LINES_OF_CARD.rows(card.id)

`build(*values)` makes the peewee query for those values. The values must only ever be plain values that the
query passes to the database as parameters (int, str, date, datetime): never something that decides the
shape of the query (`== None` writes IS NULL, a flag an `if`); a shape without values must not read anything
else that could change it (the clock, a setting). On the first run the text is built as usual; then the query
is built once more for each value with that value changed, and the parameters that changed are that value's
places. Later runs put the new values in those places and reuse the text and the row builder. A plan is kept
per signature of the values (their number and types), so a list of ids — `Kept(lambda *ids:
Model.select().where(Model.id.in_(ids)))` — keeps one text per length (up to MAX_SIGNATURES lengths of up to
MAX_VALUES values; planning a length builds the query once per value, so longer lists go through peewee). Whenever that cannot
be sure — None, a value whose parameter is not the value itself (a model instance, a converted field), a
change that alters the text — the query is built by peewee as before, so a kept shape can only ever be
faster, never different. `rows`, `first`, `exists`, `count` and `execute` run the statement peewee's own
`list(query)`, `.first()`, `.exists()`, `.count()` and `.execute()` would (exists in a form of its own).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import peewee

from aftersales_desktop.core.models.fastsql import record_maker

_PLAIN = (int, str, dt.datetime, dt.date)
MAX_SIGNATURES = 64  # plans one shape keeps (one per number and types of values); more go through peewee
MAX_VALUES = 64  # a longer list of values goes through peewee (planning builds the query once per value)


def _other(value: Any) -> Any:
    """A different value of the same type (to see where a value lands among the parameters)."""
    if isinstance(value, bool):
        return None  # a flag usually decides a shape; never kept
    if isinstance(value, int):
        return value + 1
    if isinstance(value, str):
        return value + "\x01"
    if isinstance(value, dt.datetime):
        return value + dt.timedelta(seconds=1)
    if isinstance(value, dt.date):
        return value + dt.timedelta(days=1)
    return None


@dataclass
class _Plan:
    sql: str
    params: list[Any]
    places: list[list[int]]  # for each value, where it goes among the parameters
    types: tuple[type, ...]
    rows: Any  # how a row becomes a record, worked out once from the first query (None: no rows returned)


def _count(query: Any) -> Any:
    """The statement peewee's `query.count()` runs (SelectBase.count), for the same rows."""
    clone = query.order_by().alias("_wrapped")
    if (clone._having is None and clone._group_by is None and clone._windows is None and clone._distinct is None
            and clone._simple_distinct is not True):
        clone = clone.select(peewee.SQL("1"))
    return peewee.Select([clone], [peewee.fn.COUNT(peewee.SQL("1"))])


_MODES: dict[str, Callable[[Any], Any]] = {
    "rows": lambda query: query,
    "first": lambda query: query.limit(1),
    "exists": lambda query: peewee.Select(columns=[peewee.fn.EXISTS(
        query.select(peewee.SQL("1")) if getattr(query, "_is_default", False) else query)]),
    "execute": lambda query: query,
    "count": _count,
}


def _engine(db: Any) -> type:
    return type(getattr(db, "obj", db))  # the database proxy's engine (SQLite or PostgreSQL)


class Kept:
    """One query shape (see the module's docstring); `rows`, `first`, `exists`, `count` and `execute` run it."""

    def __init__(self, build: Callable[..., Any]) -> None:
        self.build = build
        self._db: Any = None  # the database the query runs on, known after the first build
        self._plans: dict[tuple[str, type, tuple[type, ...]], _Plan | None] = {}

    def rows(self, *values: Any) -> list[Any]:
        """Every row, as the query gives them (records, or tuples/dicts if the query asks for those)."""
        found = self._run("rows", values)
        return list(self.build(*values)) if found is None else found

    def first(self, *values: Any) -> Any:
        found = self._run("first", values)
        if found is None:
            return self.build(*values).first()
        return found[0] if found else None

    def exists(self, *values: Any) -> bool:
        found = self._run("exists", values)
        return bool(self.build(*values).exists()) if found is None else bool(found[0])

    def count(self, *values: Any) -> int:
        found = self._run("count", values)
        return int(self.build(*values).count()) if found is None else int(found[0])

    def execute(self, *values: Any) -> int:
        """An UPDATE or DELETE (or an INSERT asked `.as_rowcount()`): the number of rows it changed."""
        found = self._run("execute", values)
        return int(self.build(*values).execute()) if found is None else int(found)

    # ---- the plan --------------------------------------------------------------------------------------

    def _run(self, mode: str, values: tuple[Any, ...]) -> Any:
        """The result through the kept text, or None when this run must go through peewee."""
        if len(values) > MAX_VALUES or any(value is None or isinstance(value, bool) or not isinstance(value, _PLAIN) for value in values):
            return None
        if self._db is None:
            self._db = _database_of(self.build(*values))
        key = (mode, _engine(self._db), tuple(type(v) for v in values))
        if key not in self._plans:
            if len(self._plans) >= MAX_SIGNATURES:
                return None
            self._plans[key] = self._plan(mode, values)
        plan = self._plans[key]
        if plan is None:
            return None
        params = list(plan.params)
        for value, places in zip(values, plan.places, strict=True):
            for place in places:
                params[place] = value
        cursor = self._db.execute_sql(plan.sql, params)
        if mode == "execute":
            return cursor.rowcount
        if mode == "exists":
            return cursor.fetchone() or (False,)
        if mode == "count":
            return cursor.fetchone()
        return [plan.rows(row) for row in cursor.fetchall()]

    def _plan(self, mode: str, values: tuple[Any, ...]) -> _Plan | None:
        shape = _MODES[mode]
        built = self.build(*values)
        if _database_of(built) is not self._db:
            return None  # bound elsewhere for a while (a test's second database): leave it to peewee
        query = shape(built)
        sql, params = self._text(query)
        places: list[list[int]] = []
        for index, value in enumerate(values):
            changed = list(values)
            changed[index] = _other(value)
            if changed[index] is None:
                return None
            other_sql, other_params = self._text(shape(self.build(*changed)))
            if other_sql != sql or len(other_params) != len(params):
                return None
            where = [i for i, (a, b) in enumerate(zip(params, other_params, strict=True)) if a != b]
            # the value must land as itself: a converted parameter (a date written as text) is not kept
            if not where or any(type(params[i]) is not type(value) or params[i] != value for i in where):
                return None
            places.append(where)
        if len({i for where in places for i in where}) != sum(len(where) for where in places):
            return None  # two values in one place: cannot be told apart
        rows = None
        if mode in ("rows", "first"):
            # the row builder, worked out from a run of the first query (as peewee would), then kept
            cursor = self._db.execute_sql(sql, params)
            wrapper = query._get_cursor_wrapper(cursor)
            wrapper.initialize()
            cursor.fetchall()
            wrapper.cursor = None
            rows = record_maker(wrapper)
        return _Plan(sql, list(params), places, tuple(type(v) for v in values), rows)

    def _text(self, query: Any) -> tuple[str, list[Any]]:
        """The statement's text and parameters as the database would run it (its own quoting and placeholders)."""
        sql, params = self._db.get_sql_context().sql(query).query()
        return sql, list(params)


def _database_of(query: Any) -> Any:
    return getattr(query, "_database", None) or query.model._meta.database
