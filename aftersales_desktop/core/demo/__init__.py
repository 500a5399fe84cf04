"""The demo shop: believable records over a period, made through the real services.

`create_demo` sets up the shop and its people (demo.base), then walks the period day by day; each area
module in AREAS gets `setup(ctx)` once and `simulate_day(ctx, day)` for every day, in the order listed.
The clock is frozen at each simulated moment, so records carry believable times. Deterministic per seed.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import importlib
from collections.abc import Callable

from aftersales_desktop.core import clock, security
from aftersales_desktop.core.db import database, is_postgres, unsynced_writes
from aftersales_desktop.core.demo.context import DemoContext, NotYet
from aftersales_desktop.core.errors import Conflict
from aftersales_desktop.core.i18n import T
from aftersales_desktop.core.models import Staff

# Area modules under core/demo/, each with setup(ctx) and simulate_day(ctx, day). Order matters:
# calls come in before repairs take items back, parts are issued to cards, opinion follows closed calls.
AREAS = ["calls", "repairs", "parts", "conduct", "opinion"]

DEMO_PASSWORD = "123456"  # a manager's PIN has at least 6 digits


def _area_modules() -> list:
    modules = []
    for name in AREAS:
        try:
            modules.append(importlib.import_module(f"aftersales_desktop.core.demo.{name}"))
        except ModuleNotFoundError as exc:
            if exc.name != f"aftersales_desktop.core.demo.{name}":
                raise
    return modules


def create_demo(
    months: int | None = 3,
    years: int | None = None,
    seed: int = 1,
    until: dt.date | None = None,
    progress: Callable[[int, int], None] | None = None,
    days: int | None = None,
) -> DemoContext:
    """Fill the open, empty database with a demo shop covering the period that ends `until` (today)."""
    if Staff.select().exists():
        raise Conflict(
            T("该数据文件已有数据,演示店只能建在空的数据文件里。", "This data file already has data; the demo shop needs an empty one.")
        )
    from aftersales_desktop.core.demo import base

    now = clock.now()
    end = until or now.date()
    days = days or (365 * years if years else 30 * (months or 3))
    start = end - dt.timedelta(days=days)
    ctx = DemoContext.create(seed=seed, start=start, end=end)
    stack = contextlib.ExitStack()
    if end == now.date():
        ctx.stop = now  # today's work stops at the real now: the demo never dates anything in the future
    try:
        # the same published password for everyone, checked again at every approval: scrypt once (security.py)
        stack.enter_context(security.remembering())
        stack.enter_context(unsynced_writes())  # a new, empty file (checked above), made again if lost
        clock.set_now(dt.datetime.combine(start, dt.time(8, 0)))
        with database.atomic():
            base.setup(ctx)
        modules = _area_modules()
        with database.atomic():
            for module in modules:
                clock.set_now(dt.datetime.combine(start, dt.time(8, 0)))
                module.setup(ctx)
        total = (end - start).days + 1
        day = start
        index = 0
        while day <= end:
            with database.atomic():  # one transaction a day: fast, and a crash loses at most a day of demo
                ctx.day = day
                for simulate in (base.simulate_day, *(module.simulate_day for module in modules)):
                    with contextlib.suppress(NotYet):  # the rest of this area's day is still to come
                        simulate(ctx, day)
            index += 1
            if progress:
                progress(index, total)
            day += dt.timedelta(days=1)
    finally:
        stack.close()
        clock.set_now(None)
    # a demo file is made anew: VACUUM packs the pages ten years of inserts left part-filled (31.0 -> 28.4 MB)
    if not is_postgres():
        database.execute_sql("VACUUM")
    return ctx
