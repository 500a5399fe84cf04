"""One place for "now".

Convention: every time is stored as a *local naive* datetime (the shop's wall clock), never UTC. A counter
in one town has no use for time zones, printed papers show wall-clock time, and China has no DST, so local
naive times compare and subtract safely. Tests freeze the clock with `set_now`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

_now_fn: Callable[[], dt.datetime] | None = None


def now() -> dt.datetime:
    """The shop's current wall-clock time, to the second."""
    value = _now_fn() if _now_fn else dt.datetime.now()
    return value.replace(microsecond=0, tzinfo=None)


def today() -> dt.date:
    return now().date()


def set_now(value: dt.datetime | Callable[[], dt.datetime] | None) -> None:
    """Freeze (or with None, release) the clock; for tests and the demo generator."""
    global _now_fn
    if value is None:
        _now_fn = None
    elif callable(value):
        _now_fn = value
    else:
        frozen = value
        _now_fn = lambda: frozen  # noqa: E731
