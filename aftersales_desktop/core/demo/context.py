"""What every demo area module shares: the random generator, the people, the customers, the day."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Any

from aftersales_desktop.core import clock
from aftersales_desktop.core.models import Staff


class NotYet(Exception):  # noqa: N818 - not an error: the day has not got that far yet
    """Raised by `at` for a moment after the real now: the rest of that area's day has not happened yet."""


@dataclass
class DemoContext:
    rng: random.Random
    start: dt.date
    end: dt.date
    day: dt.date
    staff: dict[str, list[Staff]] = field(default_factory=dict)  # role -> people
    customer_ids: list[int] = field(default_factory=list)
    product_ids: list[int] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)  # area modules keep their own state here
    stop: dt.datetime | None = None  # the real now when the period ends today: nothing is dated after it

    @classmethod
    def create(cls, seed: int, start: dt.date, end: dt.date) -> DemoContext:
        return cls(rng=random.Random(seed), start=start, end=end, day=start)

    def person(self, role: str) -> Staff:
        """A random active staff member of `role` (people who left do no more work)."""
        return self.rng.choice([s for s in self.staff[role] if s.active])

    @property
    def manager(self) -> Staff:
        return self.staff["manager"][0]

    @property
    def supervisor(self) -> Staff:
        return self.staff["supervisor"][0]

    def at(self, day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
        """Freeze the clock at this moment of `day` and return it."""
        moment = dt.datetime.combine(day, dt.time(hour % 24, minute % 60))
        if self.stop is not None and moment > self.stop:
            raise NotYet(moment)
        clock.set_now(moment)
        return moment

    def is_workday(self, day: dt.date) -> bool:
        return day.isoweekday() <= 5 or (day.isoweekday() == 6 and self.rng.random() < 0.5)
