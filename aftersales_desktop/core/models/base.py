"""The peewee base model and the field kinds the domain uses."""

from __future__ import annotations

import json
from typing import Any, cast

import peewee

from aftersales_desktop.core.db import database
from aftersales_desktop.core.models import fastsql


class BaseModel(peewee.Model):
    """Every model's base. peewee adds attributes the checker cannot see; each model declares them as
    bare annotations (no value, so peewee's own descriptors stay in place): `id` here, and on each model
    the `<field>_id` of every foreign key and every declared back-reference (tests/core/test_model_typing.py
    keeps those lists complete). Setting, keyed by `key`, is the one model without an `id`."""

    id: peewee.AutoField[int]

    class Meta:
        database = database
        legacy_table_names = False

    def save(self, *args: Any, **kwargs: Any) -> Any:
        """Save, after the last guard on what is written (core/bounds.py): text within its paper's limit,
        numbers in range, only characters that can be stored and printed."""
        from aftersales_desktop.core.bounds import check_record

        check_record(self, self.dirty_fields)
        done = fastsql.save(self, *args, **kwargs)
        return super().save(*args, **kwargs) if done is fastsql.NOT_HANDLED else done

    @classmethod
    def get(cls, *query: Any, **filters: Any) -> Any:
        """peewee's get; a read by one column's value reuses its SQL text (core/models/fastsql.py)."""
        found = fastsql.get_by_value(cls, query, filters)
        if found is fastsql.NOT_HANDLED:
            return super().get(*query, **filters)
        if found is None:
            raise cast(Any, cls).DoesNotExist(f"{cls.__name__} matching {query[0]!r} does not exist")
        return found

    @classmethod
    def get_or_none(cls, *query: Any, **filters: Any) -> Any:
        found = fastsql.get_by_value(cls, query, filters)
        return super().get_or_none(*query, **filters) if found is fastsql.NOT_HANDLED else found


class MoneyField(peewee.IntegerField):
    """An amount in integer fen (分). Never a float."""


class CodeField(peewee.CharField):
    """A coded value from core.vocab (stored as its short code)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("max_length", 24)
        super().__init__(*args, **kwargs)


class JSONField(peewee.TextField):
    """Small structured values (ladders, settings, audit snapshots) as JSON text."""

    def db_value(self, value: Any) -> str | None:
        return None if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)

    def python_value(self, value: str | None) -> Any:
        return None if value is None else json.loads(value)
