"""A paged query: what a lazy table model needs (count once, fetch rows by page)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import peewee

Row = TypeVar("Row")


@dataclass
class PagedQuery(Generic[Row]):
    """Wraps a peewee select (already filtered and ordered in SQL) and a row converter."""

    query: peewee.Select
    to_row: Callable[[Any], Row]

    def count(self) -> int:
        return self.query.count(clear_limit=True)

    def fetch(self, offset: int, limit: int) -> Sequence[Row]:
        return [self.to_row(r) for r in self.query.clone().offset(offset).limit(limit)]
