"""The measures taken inside one process: the call register's pages, and every search as it is typed.

Lists go through the GUI's own lazy table model (gui/widgets/paged_table.py) over the core's query, exactly as
the Calls page opens, scrolls and filters; searches through the core functions the boxes call on each
keystroke. Each floor is bare sqlite3 on the same file reading exactly the rows shown (by their ids, or the
register's newest rows through its index): what no code can avoid.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from benchlib import Result, Sample, interleave, median, p95, timed

CALL_COLUMNS = ("c.id, c.number, c.received_at, c.status, c.kind, c.area, c.deadline_at, c.repeat_of_id, cu.name, "
                "cu.phone, p.name, p.model, t.name")  # fmt: skip
CALL_JOINS = ("FROM service_call c LEFT JOIN customer cu ON cu.id = c.customer_id "
              "LEFT JOIN product p ON p.id = c.product_id LEFT JOIN staff t ON t.id = c.technician_id")  # fmt: skip
PAGE = 200
LIST_BUDGET, PAGE_BUDGET, SCROLL_BUDGET, KEY_BUDGET = 0.150, 0.030, 3.0, 0.050
GIVE_UP = 10  # a scroll to the end taking this many times its budget is stopped there


def as_the_app_runs() -> None:
    """The cycle collector as the app has it once its main window is up (gui/app.py): what was made before
    (here the harness's own data and every section run before this one, 230,000 objects) set aside. Else a
    full collection over them (about 35 ms) fell on one of the few dozen keystrokes a p95 is taken over."""
    from aftersales_desktop.gui.app import settle_long_lived_objects

    settle_long_lived_objects()


def bare(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


class CallFloor:
    """Bare sqlite3 paging the register newest first, by key."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def page(self, after: tuple[str, int] | None) -> list[tuple]:
        if after is None:
            sql = f"SELECT {CALL_COLUMNS} {CALL_JOINS} ORDER BY c.received_at DESC, c.id DESC LIMIT {PAGE}"
            return self.conn.execute(sql).fetchall()
        sql = (f"SELECT {CALL_COLUMNS} {CALL_JOINS} WHERE (c.received_at, c.id) < (?, ?) "
               f"ORDER BY c.received_at DESC, c.id DESC LIMIT {PAGE}")  # fmt: skip
        return self.conn.execute(sql, after).fetchall()

    def to_end(self) -> int:
        rows = self.page(None)
        n = len(rows)
        while len(rows) == PAGE:
            rows = self.page((rows[-1][2], rows[-1][0]))
            n += len(rows)
        return n

    def by_ids(self, ids: Sequence[int]) -> list[tuple]:
        marks = ",".join("?" * len(ids))
        return self.conn.execute(f"SELECT {CALL_COLUMNS} {CALL_JOINS} WHERE c.id IN ({marks})", list(ids)).fetchall() if ids else []


def call_list(reps: int, path: Path) -> list[Result]:
    from aftersales_desktop.core.queries.calls import CallFilter, list_calls
    from aftersales_desktop.gui.calls.calls_page import COLUMNS
    from aftersales_desktop.gui.widgets.paged_table import PagedTableModel

    floor = CallFloor(bare(path))
    model = PagedTableModel(COLUMNS)
    as_the_app_runs()

    def paint(first: int) -> None:
        """What the view paints: every cell of a screen of 40 rows from `first`."""
        for column in range(len(COLUMNS)):
            for row in range(first, min(first + 40, model.rowCount())):
                model.data(model.index(row, column))

    def open_list() -> None:
        model.set_query(list_calls(CallFilter()))
        paint(0)

    def next_page() -> None:
        start = model.rowCount()
        model.fetchMore()
        paint(start)

    opened, floor_open = interleave(open_list, lambda: floor.page(None), reps)
    # next pages: from a freshly opened list, five pages on
    nexts, floor_nexts = Sample(), Sample()
    for _ in range(max(2, reps // 2)):
        model.set_query(list_calls(CallFilter()))
        rows = floor.page(None)
        for _page in range(5):
            timed(next_page, nexts)
            rows = timed(lambda r=rows: floor.page((r[-1][2], r[-1][0])), floor_nexts)  # type: ignore[assignment]
    scroll, floor_scroll = Sample(), Sample()
    total, gave_up = 0, False
    for _ in range(2):
        def to_end() -> None:
            nonlocal gave_up
            started = time.thread_time()
            model.set_query(list_calls(CallFilter()))
            while model.canFetchMore():
                model.fetchMore()
                if time.thread_time() - started > GIVE_UP * SCROLL_BUDGET:  # hopeless: say where it stopped
                    gave_up = True
                    return
            paint(max(0, model.rowCount() - 40))

        timed(to_end, scroll)
        total = model.rowCount()
        timed(floor.to_end, floor_scroll)
        if gave_up:
            break
    return [
        Result("calls.open", median(opened.cpu), median(floor_open.cpu), budget=LIST_BUDGET, wall=median(opened.wall)),
        Result("calls.next_page", median(nexts.cpu), median(floor_nexts.cpu), budget=PAGE_BUDGET,
               wall=median(nexts.wall)),
        Result("calls.scroll_to_end", min(scroll.cpu), min(floor_scroll.cpu), budget=SCROLL_BUDGET, unit="s",
               wall=min(scroll.wall), note=f"stopped after {total:,} rows" if gave_up else f"{total:,} rows"),
    ]


# ---- searches as typed -------------------------------------------------------------------------------------


def typed(text: str, start: int = 1) -> list[str]:
    """What the box holds after each keystroke (a Chinese character arrives whole from the input method)."""
    return [text[:i] for i in range(start, len(text) + 1)]


def sequences(conn: sqlite3.Connection) -> dict[str, list[list[str]]]:
    """Keystroke sequences picked from the data (deterministic): what a clerk types to find someone."""
    def one(sql: str) -> list[str]:
        return [r[0] for r in conn.execute(sql).fetchall() if r[0]]

    total = conn.execute("SELECT MAX(id) FROM customer").fetchone()[0] or 1
    picks = [max(1, total * k // 5) for k in (1, 2, 3, 4)]
    marks = ",".join(str(p) for p in picks)
    phones = one(f"SELECT phone FROM customer WHERE id IN ({marks}) AND length(phone) >= 11")
    names = one(f"SELECT name FROM customer WHERE id IN ({marks})")
    calls_total = conn.execute("SELECT MAX(id) FROM service_call").fetchone()[0] or 1
    numbers = one(f"SELECT number FROM service_call WHERE id IN ({calls_total // 3}, {calls_total * 2 // 3})")
    serials = one("SELECT serial FROM product WHERE serial != '' AND id IN "
                  f"({','.join(str(max(1, calls_total * k // 7)) for k in (1, 3, 5))})")  # fmt: skip
    from aftersales_desktop.core.pinyin import initials

    return {
        "phone_start": [typed(p[:7], 3) for p in phones],
        "phone_middle": [typed(p[3:9], 3) for p in phones],
        "phone_tail": [typed(p[-4:], 3) for p in phones],
        "call_number": [typed(n[:10], 2) for n in numbers] + [typed(n[-4:].lstrip("0") or n[-1]) for n in numbers],
        "name": [typed(n[-2:]) for n in names] + [typed(n) for n in names],
        "initials": [typed(initials(n)) for n in names],
        "serial": [typed(s[:8], 3) for s in serials],
    }


def keystrokes(name: str, seqs: dict[str, list[list[str]]], ours: Callable[[str], Sequence[int]],
               floor: Callable[[Sequence[int]], object], reps: int, kinds: Sequence[str]) -> list[Result]:
    """p95 per keystroke of `ours(text)` (returning the ids it shows) against bare sqlite3 reading those ids."""
    out = []
    for kind in kinds:
        a, b = Sample(), Sample()
        shown = 0
        for _ in range(reps):
            for seq in seqs.get(kind, []):
                for text in seq:
                    ids = timed(lambda t=text: ours(t), a)
                    shown = max(shown, len(ids))  # type: ignore[arg-type]
                    timed(lambda i=ids: floor(i), b)  # type: ignore[misc]
        if a.cpu:
            out.append(Result(f"{name}.{kind}", p95(a.cpu), p95(b.cpu), budget=KEY_BUDGET, wall=p95(a.wall),
                              note=f"p95 of {len(a.cpu)} keys, up to {shown} shown"))
    return out


def searches(reps: int, path: Path) -> list[Result]:
    from aftersales_desktop.core.queries.calls import CallFilter, list_calls, search_customers
    from aftersales_desktop.core.queries.search import search
    from aftersales_desktop.gui.calls.calls_page import COLUMNS
    from aftersales_desktop.gui.widgets.paged_table import PagedTableModel

    conn = bare(path)
    seqs = sequences(conn)
    floor_calls = CallFloor(conn)

    def customers_by_ids(ids: Sequence[int]) -> list[tuple]:
        marks = ",".join("?" * len(ids))
        return conn.execute(f"SELECT id, name, phone, address FROM customer WHERE id IN ({marks})", list(ids)).fetchall() if ids else []

    def register(text: str) -> list[int]:
        return [m.id for m in search_customers(text)]

    def global_search(text: str) -> list[int]:
        return [h.record_id for h in search(text)]

    model = PagedTableModel(COLUMNS)
    as_the_app_runs()

    def call_box(text: str) -> list[int]:
        model.set_query(list_calls(CallFilter(text=text)))
        return [model.row_at(i).id for i in range(min(40, model.rowCount()))]  # the first screen

    kinds = ["phone_start", "phone_middle", "phone_tail", "call_number", "name", "initials", "serial"]
    results = keystrokes("search.global", seqs, global_search, customers_by_ids, reps, kinds)
    results += keystrokes("search.register", seqs, register, customers_by_ids, reps,
                          ["phone_start", "phone_middle", "phone_tail", "name", "initials"])
    # as many passes as the other two (with half as many, the p95 of its 8-26 keystrokes a kind was their
    # slowest one: a single busy moment of the machine decided it)
    results += keystrokes("search.call_list", seqs, call_box, floor_calls.by_ids, reps, kinds)
    return results


