"""A paged query: what a lazy table model needs, at any size.

Pages are read by key, never by OFFSET: a page asks for the ids after the last row's sort key
(`(received_at, id) < (?, ?)`), which the index on that order answers directly however deep the page, and
only ids and keys are read while scrolling — the shown rows come separately, by id, for what is on screen.
Counting stops at COUNT_LIMIT ("10,000+") instead of walking every matching row.

A list whose order starts with "these first" (carry-over calls, open complaints) gives them as `segments`:
conditions read one after the other, each in the same key order, instead of sorting the whole table by a
computed priority. The order must end in the main table's id (added when missing), so the key is unique.

A text filter whose kinds of match (a number, the customer, the product) no single index serves is given as
`branches` (core/queries/find_customers.Branch), rows matching any of them: each page reads each branch on its
own, in the same key order, and merges them — a fixed number of statements, each an index range. A branch
naming few rows is read through its own index and sorted; one naming many through the order's index (its
matches come a page at a time). Which is which is counted once per query, and that count also gives the total.
Everything here is plain peewee: row-value comparisons work in SQLite and PostgreSQL alike.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from operator import itemgetter
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import peewee

from aftersales_desktop.core.errors import BugError

if TYPE_CHECKING:
    from aftersales_desktop.core.queries.find_customers import Branch

Row = TypeVar("Row")
COUNT_LIMIT = 10_000
# A branch naming at most this many rows is read through its own index and sorted, one naming more through the
# order's index: sorting n rows costs about as much as reading 200/density rows in order when n is about
# sqrt(200 x the table), ten thousand at half a million calls.
FEW = COUNT_LIMIT
Cursor = tuple[Any, ...]  # (segment number, *sort key values of the last row)


@dataclass(frozen=True)
class KeyPage:
    """The ids of one page, in order, and where the next one starts (None: this was the last)."""

    ids: list[int]
    cursor: Cursor | None


@dataclass(frozen=True)
class _Key:
    field: peewee.Field
    descending: bool


def _order_keys(query: peewee.ModelSelect[Any]) -> list[_Key]:
    keys: list[_Key] = []
    ordering: Sequence[Any] = getattr(query, "_order_by", None) or ()  # peewee keeps the ORDER BY here
    for item in ordering:
        node, descending = (item.node, item.direction.upper() == "DESC") if isinstance(item, peewee.Ordering) else (item, False)
        if not isinstance(node, peewee.Field):
            raise BugError(f"a paged list orders by columns, not by {node!r}: give a computed priority as segments")
        keys.append(_Key(node, descending))
    primary = _primary_key(query)
    if not keys or keys[-1].field is not primary:
        keys.append(_Key(primary, keys[-1].descending if keys else False))
    return keys


def _where(query: peewee.SelectBase) -> peewee.ColumnBase | None:
    return getattr(query, "_where", None)  # peewee keeps the WHERE here


def _joins(query: peewee.SelectBase) -> bool:
    return bool(getattr(query, "_joins", None))  # peewee keeps a model select's joins here


def _primary_key(query: peewee.ModelSelect[Any]) -> peewee.Field:
    primary = query.model._meta.primary_key
    if not isinstance(primary, peewee.Field):
        raise BugError(f"a paged list needs a primary key column on {query.model.__name__}")
    return primary


def _after(keys: Sequence[_Key], values: Sequence[Any]) -> peewee.Expression:
    """Rows after `values` in the key order: a row-value comparison when every key runs the same way (one index
    range in both engines), else the first key's bound and the expanded comparison."""
    if any(v is None for v in values):
        raise BugError("a paged list's sort key holds NULL; order by a column that is always set")
    if all(k.descending == keys[0].descending for k in keys):
        left, right = peewee.Tuple(*(k.field for k in keys)), peewee.Tuple(*values)
        return left < right if keys[0].descending else left > right
    first = keys[0].field <= values[0] if keys[0].descending else keys[0].field >= values[0]
    expanded: peewee.Expression | None = None
    for i, key in enumerate(keys):
        term = key.field < values[i] if key.descending else key.field > values[i]
        for j in range(i):
            term = (keys[j].field == values[j]) & term
        expanded = term if expanded is None else expanded | term
    assert expanded is not None
    return first & expanded


class PagedQuery(Generic[Row]):
    """A peewee select (filtered and ordered in SQL) read page by page, and a converter to the shown rows."""

    def __init__(self, query: peewee.ModelSelect[Any], to_row: Callable[[Any], Row],
                 segments: Sequence[peewee.Expression] | None = None,
                 prefetch: Sequence[peewee.ModelSelect[Any]] = (),
                 to_rows: Callable[[list[Any]], list[Row]] | None = None,
                 branches: Sequence[Branch] = (),
                 shown: tuple[peewee.ModelSelect[Any], Callable[[tuple[Any, ...]], Row]] | None = None) -> None:  # fmt: skip
        """`prefetch`: selects of the rows' related records (peewee.prefetch), read for a page in one statement
        each, so `to_row` finds them on the row instead of asking per row. `to_rows`: converts a page's records
        at once (when what they name is read for the whole page), in place of `to_row` one by one.
        `branches`: rows match any of them (see above); the segments must then split the query without overlap
        and leave nothing out (the total is counted over the query). `shown`: a select of the shown columns (the
        id first) and a converter of its plain tuples, read in place of whole records (no model per row)."""
        self.query = query
        self.prefetch = list(prefetch)
        self.to_row = to_row
        self.to_rows = to_rows
        self.segments: list[peewee.Expression | None] = list(segments) if segments else [None]
        self.keys = _order_keys(query)
        self._id = _primary_key(query)
        self._db = query.model._meta.database
        self.branches = list(branches)
        self.shown = shown
        self._sizes: list[int] | None = None  # rows per branch, counted no further than COUNT_LIMIT + 1
        self._settled = False  # a branch alone names more than COUNT_LIMIT rows (the total is then settled)

    def branch_sizes(self) -> list[int]:
        """How many rows each branch names (no further than COUNT_LIMIT + 1): one statement per branch, once."""
        if self._sizes is None:
            self._sizes = [self._count(self.query.where(b.by_index).select(self._id), COUNT_LIMIT + 1)
                           if b.related is None else self._related_size(b.related) for b in self.branches]  # fmt: skip
            self._settled = any(n > COUNT_LIMIT for n in self._sizes)
        return self._sizes

    def _related_size(self, related: tuple[peewee.Field, list[peewee.SelectBase]]) -> int:
        """The rows whose related record is one the related selects name. One select: its ids made distinct (a
        customer may have two name keys starting alike), joined to their rows. Several: counted from the related
        records, each kind of match an index range of their table, combined by OR, and each record's rows
        joined. SQLite reads such an OR as one multi-index OR, which skips a record it has already seen and
        streams, so the count stops at the limit; a UNION of the selects would first gather every id (22,000
        customers for "s" at 50x: 17-20 ms against 10-13).
        The related table is read first: with a filter of the rows' own (a status), SQLite, which has no table
        statistics, would otherwise walk that filter's index and look each row's record up (0.2-0.8 s at 50x)."""
        column, selects = related
        if len(selects) == 1 and isinstance(selects[0], peewee.Select):
            matched = selects[0].distinct().alias("related")
            return self._count(self.query.join(matched, on=(column == matched.c.id)).select(self._id), COUNT_LIMIT + 1)
        if _joins(self.query):
            raise BugError("a list with text branches reads its ids from its own table alone")
        model = getattr(column, "rel_model", None)
        if model is None:
            raise BugError(f"a branch through related records names a foreign key, not {column!r}")
        target = model._meta.primary_key
        condition: peewee.ColumnBase | None = None
        for select in selects:
            own = isinstance(select, peewee.ModelSelect) and select.model is model and not _joins(select)
            where = _where(select) if own else None
            term = where if where is not None else target.in_(select)
            condition = term if condition is None else condition | term
        # a CROSS JOIN, the match in WHERE: SQLite reads a CROSS JOIN's tables in the order written (its
        # documented way to fix the loop order); PostgreSQL plans it as any inner join
        rows = model.select(self._id).join(self.query.model, peewee.JOIN.CROSS).where((column == target) & condition)
        own_filter = _where(self.query)
        return self._count(rows if own_filter is None else rows.where(own_filter), COUNT_LIMIT + 1)

    def _count(self, query: peewee.ModelSelect[Any], limit: int) -> int:
        inner = query.order_by().limit(limit)
        return int(peewee.Select([inner.alias("counted")], [peewee.fn.COUNT(peewee.SQL("*"))]).bind(self._db).scalar() or 0)

    def _sorted(self, rows: list[Any]) -> list[Any]:
        """Rows (their key values) in the key order, as the database orders them (stable sorts, last key first)."""
        for i in reversed(range(len(self.keys))):
            rows.sort(key=itemgetter(i), reverse=self.keys[i].descending)
        return rows

    def _branch_page(self, query: peewee.ModelSelect[Any], limit: int) -> list[Any]:
        """The first `limit` rows of `query` matching any branch: each read on its own (through its own index when
        it names few rows, else through the order's), merged in key order."""
        merged: dict[int, Any] = {}
        for branch, size in zip(self.branches, self.branch_sizes(), strict=True):
            if size:
                cond = branch.by_index if size <= FEW else branch.by_scan
                for row in self._db.execute(query.where(cond).limit(limit)).fetchall():
                    merged[int(row[-1])] = row
        return self._sorted(list(merged.values()))[:limit]

    def _segment(self, number: int) -> peewee.ModelSelect[Any]:
        condition = self.segments[number]
        return self.query if condition is None else self.query.where(condition)

    # -- pages of ids ---------------------------------------------------------------------------------------

    def ids_after(self, cursor: Cursor | None, limit: int) -> KeyPage:
        """The next `limit` ids after `cursor` (None: from the start); reads only ids and sort keys."""
        number, values = (0, None) if cursor is None else (int(cursor[0]), cursor[1:])
        ids: list[int] = []
        last: Cursor | None = None
        while number < len(self.segments) and len(ids) < limit:
            query = self._segment(number).select(*(k.field for k in self.keys))
            if values is not None:
                query = query.where(_after(self.keys, values))
            want = limit - len(ids)
            # the raw values, unconverted: they only go back into the next page's comparison
            if self.branches:
                rows = self._branch_page(query, want)
            else:
                rows = list(self._db.execute(query.limit(want)).fetchall())
            ids.extend(int(r[-1]) for r in rows)
            if rows:
                last = (number, *rows[-1])
            if len(rows) < want:  # this segment is done: the next one from its start
                number, values = number + 1, None
            else:
                values = rows[-1]
        more = number < len(self.segments) and last is not None
        return KeyPage(ids, last if more and len(ids) == limit else None)

    def rows_for_ids(self, ids: Sequence[int]) -> list[Row | None]:
        """The shown rows of these ids, in their order (None for one gone meanwhile): one statement."""
        if not ids:
            return []
        if self.shown is not None:
            select, convert = self.shown
            read = {int(t[0]): t for t in select.where(self._id.in_(list(ids))).tuples()}
            return [convert(read[i]) if i in read else None for i in ids]
        name = self._id.name
        page = self.query.order_by().where(self._id.in_(list(ids)))
        rows = peewee.prefetch(page, *self.prefetch) if self.prefetch else page
        found = {getattr(r, name): r for r in rows}
        if self.to_rows is not None:
            records = [found[i] for i in ids if i in found]
            shown = dict(zip([getattr(r, name) for r in records], self.to_rows(records), strict=True))
            return [shown.get(i) for i in ids]
        return [self.to_row(found[i]) if i in found else None for i in ids]

    def rows_for(self, ids: Sequence[int]) -> list[Row]:
        return [r for r in self.rows_for_ids(ids) if r is not None]

    # -- counting -------------------------------------------------------------------------------------------

    def count_upto(self, limit: int = COUNT_LIMIT) -> int:
        """How many rows match, counted no further than `limit` + 1 (more than `limit` means "limit+")."""
        if self.branches:
            return self._count_branches(limit)
        total = 0
        for number in range(len(self.segments)):
            inner = self._segment(number).select(self._id).order_by().limit(limit + 1 - total)
            total += int(peewee.Select([inner.alias("counted")], [peewee.fn.COUNT(peewee.SQL("*"))])
                         .bind(self._db).scalar() or 0)  # fmt: skip
            if total > limit:
                return limit + 1
        return total

    def _count_branches(self, limit: int) -> int:
        """Rows matching any branch: one branch naming more than `limit` settles it; else the union of their ids
        (each at most COUNT_LIMIT), in one statement."""
        sizes = self.branch_sizes()
        if not sizes:
            return 0
        if limit <= COUNT_LIMIT and (self._settled or max(sizes) > limit):
            return limit + 1
        named = [self.query.where(b.by_index).select(self._id).order_by() for b, n in zip(self.branches, sizes, strict=True) if n]
        if len(named) <= 1 and max(sizes) <= COUNT_LIMIT:
            return max(sizes)  # counted exactly below the limit
        union: peewee.SelectBase = named[0]
        for one in named[1:]:
            union = union | one  # UNION: a row named twice counts once
        counted = peewee.Select([union.alias("named")], [peewee.fn.COUNT(peewee.SQL("*"))]).bind(self._db).scalar()
        return min(int(counted or 0), limit + 1)

    def count(self) -> int:
        """Every matching row, counted exactly (for small lists and totals; the lists use count_upto)."""
        if self.branches:
            return self._count_branches(10**12)
        return sum(self._segment(n).order_by().count() for n in range(len(self.segments)))

    # -- reading it all ------------------------------------------------------------------------------------

    def iter_rows(self, page: int = 500) -> Iterator[Row]:
        cursor: Cursor | None = None
        while True:
            found = self.ids_after(cursor, page)
            yield from self.rows_for(found.ids)
            if found.cursor is None:
                return
            cursor = found.cursor

    def fetch(self, offset: int, limit: int) -> list[Row]:
        """Rows `offset` … `offset + limit - 1` (for papers and tests; the lists page by key)."""
        out: list[Row] = []
        for index, row in enumerate(self.iter_rows(page=min(max(offset + limit, 1), 500))):
            if index >= offset + limit:
                break
            if index >= offset:
                out.append(row)
        return out


def count_text(count: int, limit: int = COUNT_LIMIT) -> str:
    """A count as a list shows it: '10,000+' past the limit."""
    return f"{limit:,}+" if count > limit else f"{count:,}"


# peewee's stubs type `.tuples()` and an aliased column as if the rows were still the model's, which they are
# not; these two say what the rows really are, so the code reading them is checked instead of guessed.
def shown_only(record: Any) -> Any:
    """The `to_row` of a list whose rows are read as tuples (PagedQuery.shown), never as records."""
    raise BugError("this list's rows are read as tuples (PagedQuery.shown), never as records")


def tuples(query: peewee.SelectBase) -> list[tuple[Any, ...]]:
    """The rows of a select as plain tuples (for counts and sums)."""
    return list(query.tuples().execute())


def selected(row: peewee.Model, alias: str) -> Any:
    """A computed column the query selected with `.alias(alias)`; peewee sets it on the row under that name."""
    return getattr(row, alias)
