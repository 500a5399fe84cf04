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


# peewee's stubs type `.tuples()` and an aliased column as if the rows were still the model's, which they are
# not; these two say what the rows really are, so the code reading them is checked instead of guessed.
def tuples(query: peewee.SelectBase) -> list[tuple[Any, ...]]:
    """The rows of a select as plain tuples (for counts and sums)."""
    return list(query.tuples().execute())


def selected(row: peewee.Model, alias: str) -> Any:
    """A computed column the query selected with `.alias(alias)`; peewee sets it on the row under that name."""
    return getattr(row, alias)
