"""The statements every use case repeats, with their SQL text built once instead of on every call.

peewee builds a query's SQL text anew each time it runs, walking the whole expression tree: for a model with
twenty columns that costs far more than SQLite takes to run the statement (a profile of the demo shop found
two thirds of its time there). Three shapes are most of what the services run, and their text only depends
on the model and the names involved, so it is kept per shape:

- a record read by one column's value (`Model.get_or_none(Model.id == x)`, `get_by_id`, a setting by key):
  peewee writes the text once, later reads reuse it with the new value; rows are built by peewee's own
  cursor wrapper, exactly as its select builds them;
- `record.save()` of a whole record, INSERT or UPDATE by primary key, on SQLite (on PostgreSQL an INSERT
  needs RETURNING, so peewee keeps that path there).

Anything else (an expression as a value, `only=`, composite keys) goes through peewee unchanged.
"""

from __future__ import annotations

import datetime as dt
import decimal
from collections.abc import Callable
from functools import partial
from typing import Any, cast

import peewee

NOT_HANDLED = object()
_READS: dict[tuple[type, str, type], tuple[str, list[Any]]] = {}
_ROWS: dict[tuple[type, str, type], Callable[[Any], Any]] = {}
_WRITES: dict[tuple[type, bool, tuple[str, ...]], tuple[str, tuple[Any, ...]]] = {}


def get_by_value(model: type[peewee.Model], query: tuple[Any, ...], filters: dict[str, Any]) -> Any:
    """The record for `Model.get(Model.column == value)`, or None; NOT_HANDLED for any other shape of get."""
    if filters or len(query) != 1:
        return NOT_HANDLED
    expr = query[0]
    if not isinstance(expr, peewee.Expression) or expr.op != peewee.OP.EQ:
        return NOT_HANDLED
    field, value = expr.lhs, expr.rhs
    if (not isinstance(field, peewee.Field) or field.model is not model or value is None
            or isinstance(value, peewee.Node | peewee.Model)):
        return NOT_HANDLED
    db = model._meta.database  # the shop's database, or the one a model is bound to for a while
    key = (model, field.name, type(getattr(db, "obj", db)))
    param = field.db_value(value)
    known = _READS.get(key)
    if known is None:
        sql, params = model.select().where(expr).limit(1).sql()
        if not params or params[0] != param:  # not the shape this cache knows: leave it to peewee
            return NOT_HANDLED
        known = _READS[key] = (sql, params[1:])
    sql, rest = known
    cursor = db.execute_sql(sql, [param, *rest])
    row = cursor.fetchone()
    if row is None:
        return None
    make = _ROWS.get(key)
    if make is None:  # how columns become a record, worked out once per shape too
        wrapper = peewee.ModelObjectCursorWrapper(cursor, model, model._meta.sorted_fields, model)
        wrapper.initialize()
        wrapper.cursor = None
        make = _ROWS[key] = record_maker(wrapper)
    return make(row)


def record_maker(wrapper: Any) -> Callable[[Any], Any]:
    """How a row becomes what `wrapper` (an initialised peewee cursor wrapper) would make of it. When the row
    is the model's own fields under their own names, the record is those values as they are — what peewee's
    constructor makes of them one attribute (and one descriptor call) at a time, then marks clean."""
    model = getattr(wrapper, "constructor", None)
    if (type(wrapper) is not peewee.ModelObjectCursorWrapper or not isinstance(model, type)
            or not issubclass(model, peewee.Model) or model.__init__ is not peewee.Model.__init__
            or list(wrapper.unique_columns) != [field.name for field in model._meta.sorted_fields]):
        return cast(Callable[[Any], Any], wrapper.process_row)
    kind: Any = model  # (peewee's stubs do not know a record's _dirty and __rel__)
    names = list(wrapper.unique_columns)
    values: Callable[[Any], dict[str, Any]]
    if len(set(names)) != len(names) or len(names) != wrapper.ncols:
        values = partial(peewee.ModelDictCursorWrapper.process_row, wrapper)
    else:
        steps = _conversions(wrapper.fields, wrapper.converters)

        def values(row: Any) -> dict[str, Any]:
            data = dict(zip(names, row, strict=True))
            for name, convert, plain in steps:
                value = data[name]
                if type(value) is not plain:
                    data[name] = convert(value)
            return data

    def make(row: Any) -> Any:
        record = kind.__new__(kind)
        record.__data__ = values(row)
        record._dirty = set()
        record.__rel__ = {}
        return record

    return make


def _plain_type(field: Any) -> type | None:
    """The type of the values a field's python_value hands back unchanged (text for a text field, int for a whole
    number or a foreign key to one), or None when every value must go through it."""
    if isinstance(field, peewee.ForeignKeyField):
        return _plain_type(field.rel_field)
    cls = type(field)
    if cls.python_value is not peewee.Field.python_value:
        return None
    if cls.adapt is peewee.IntegerField.adapt:
        return int
    if cls.adapt is peewee.CharField.adapt:  # (every text field's)
        return str
    return None


def _conversions(fields: list[Any], converters: list[Any]) -> list[tuple[str, Callable[[Any], Any], type]]:
    """What a row's values go through to become a record's: what peewee's cursor wrapper does, less the calls that
    change nothing. Text, a whole number or a foreign key is converted only when it is not text or an int already
    (None stays None either way); every other value goes through its field's python_value, as in peewee."""
    steps: list[tuple[str, Callable[[Any], Any], type]] = []
    for field, convert in zip(fields, converters, strict=True):
        if convert is None:
            continue
        plain = _plain_type(field)
        if plain is None:
            steps.append((field.name, convert, _NEVER))
        else:
            steps.append((field.name, partial(_unless_none, convert), plain))
    return steps


def _unless_none(convert: Callable[[Any], Any], value: Any) -> Any:
    return value if value is None else convert(value)


class _NEVER:  # a type no value has: the value always goes through its conversion
    pass


# values that cannot change without an assignment (which marks the field dirty)
_UNCHANGING = (str, int, float, bytes, dt.date, dt.time, decimal.Decimal, type(None))


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def save(record: Any, force_insert: bool = False, only: Any = None) -> Any:
    """peewee's Model.save for a whole record on SQLite with the statement text kept per model and columns.
    (`record` is a peewee model; what is used of it, _pk, _dirty …, is peewee's own, untyped in its stubs.)"""
    meta = record._meta
    engine = getattr(meta.database, "obj", meta.database)
    if (only is not None or meta.only_save_dirty or meta.composite_key or meta.primary_key is False
            or not isinstance(engine, peewee.SqliteDatabase) or engine.returning_clause):
        return NOT_HANDLED
    field_dict = record.__data__.copy()
    record._populate_unsaved_relations(field_dict)
    pk_field, pk_value = meta.primary_key, record._pk
    if meta.auto_increment and pk_value is None:
        field_dict.pop(pk_field.name, None)
    update = pk_value is not None and not force_insert
    if update:
        field_dict.pop(pk_field.name, None)
        # An UPDATE writes what changed: the fields set since the record was read, and any whose value can
        # change in place (a dict or list). Writing every column made SQLite rewrite the entry of every index
        # on the table (a call has eleven) on each save, and a column changed meanwhile by a statement of its
        # own (a part's average cost) was put back to what the record held.
        dirty = record._dirty
        changed = {name: value for name, value in field_dict.items()
                   if name in dirty or not isinstance(value, _UNCHANGING)}
        field_dict = changed or field_dict
    names = tuple(field_dict)
    if not names or any(name not in meta.fields for name in names):
        return NOT_HANDLED
    values = [field_dict[name] for name in names]
    if any(isinstance(value, peewee.Node) for value in values):
        return NOT_HANDLED
    key = (type(record), update, names)
    known = _WRITES.get(key)
    if known is None:
        columns = [_quoted(meta.fields[name].column_name) for name in names]
        if update:
            sql = (f"UPDATE {_quoted(meta.table_name)} SET {', '.join(c + ' = ?' for c in columns)} "
                   f"WHERE {_quoted(pk_field.column_name)} = ?")
        else:
            sql = f"INSERT INTO {_quoted(meta.table_name)} ({', '.join(columns)}) VALUES ({', '.join(['?'] * len(columns))})"
        known = _WRITES[key] = (sql, tuple(meta.fields[name].db_value for name in names))
    sql, converters = known
    params = [convert(value) for convert, value in zip(converters, values, strict=True)]
    if update:
        params.append(pk_field.db_value(pk_value))
    cursor = meta.database.execute_sql(sql, params)
    rows = 1
    if update:
        rows = cursor.rowcount
    elif meta.auto_increment or pk_value is None:
        record._pk = cursor.lastrowid
        record._dirty.discard(pk_field.name)
    record._dirty -= set(field_dict)
    return rows
