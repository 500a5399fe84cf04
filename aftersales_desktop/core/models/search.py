"""Search keys: what makes "anywhere in the name or the phone" an index lookup instead of a scan.

Each customer's name and phones are stored once more as their suffixes (王小明 -> 王小明, 小明, 明; the digits
of 13912345678 from the second on, four or more), so "contains X" becomes "a key starting with X": a range on
this table's primary key, whatever the number of customers. Kept by core/search_index.py inside the use case
that changes the customer; derived, so a migration or `search_index.rebuild()` can always make it anew.
"""

from __future__ import annotations

import peewee

from aftersales_desktop.core import engine_sqlite
from aftersales_desktop.core.models.base import BaseModel


class SearchKey(BaseModel):
    kind = peewee.CharField(max_length=1)  # "n" name (lower case), "p" phone digits
    key = peewee.CharField(max_length=60)
    customer_id = peewee.IntegerField()

    class Meta:
        primary_key = peewee.CompositeKey("kind", "key", "customer_id")
        # the whole table is its key: stored as the key's index alone where the engine can (engine_sqlite)
        without_rowid = engine_sqlite.WITHOUT_ROWID
