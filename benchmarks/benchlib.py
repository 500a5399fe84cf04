"""What every benchmark shares: interleaved timing against a floor, the result line, the load of the machine.

Each measure runs ours and its floor (the bare library doing the same work) alternately in the same run, so a
busy machine slows both alike; the ratio is what is judged. Where the issue gives a budget in milliseconds it is
judged on the CPU time the work took in this process (what it takes on an idle counter PC: SQLite runs in the
calling thread), and the wall time under the load printed at the top is shown beside it.
"""

from __future__ import annotations

import math
import os
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class Sample:
    wall: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)

    def add(self, wall: float, cpu: float) -> None:
        self.wall.append(wall)
        self.cpu.append(cpu)


def timed(fn: Callable[[], object], sample: Sample) -> object:
    wall, cpu = time.perf_counter(), time.thread_time()
    out = fn()
    sample.add(time.perf_counter() - wall, time.thread_time() - cpu)
    return out


def interleave(ours: Callable[[], object], floor: Callable[[], object] | None, reps: int,
               warmup: int = 1) -> tuple[Sample, Sample]:
    """Run ours and floor alternately `reps` times (after `warmup` untimed rounds of each)."""
    for _ in range(warmup):
        ours()
        if floor:
            floor()
    a, b = Sample(), Sample()
    for i in range(reps):
        order = ((ours, a), (floor, b)) if i % 2 == 0 else ((floor, b), (ours, a))
        for fn, sample in order:
            if fn is not None:
                timed(fn, sample)
    return a, b


def median(values: list[float]) -> float:
    return statistics.median(values) if values else math.nan


def p95(values: list[float]) -> float:
    if not values:
        return math.nan
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, math.ceil(0.95 * len(ordered)) - 1)]


def load_average() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "?"


@dataclass
class Result:
    """One line: `name ours floor ratio goal ok|MISS` (+ wall time and notes after it)."""

    name: str
    ours: float  # seconds, bytes or a count, per `unit`
    floor: float | None
    goal_ratio: float | None = None  # ours / floor at most this
    budget: float | None = None  # ours at most this (same unit as ours)
    unit: str = "ms"  # ms (values in seconds), s, MiB (values in bytes), MB, n
    wall: float | None = None  # for ms budgets judged on CPU: the wall time, for the record
    note: str = ""

    @property
    def ratio(self) -> float | None:
        if self.floor is None or not self.floor:
            return None
        return self.ours / self.floor

    @property
    def ok(self) -> bool:
        if isinstance(self.ours, float) and math.isnan(self.ours):
            return False  # not measured (a tool missing, a command that failed): a goal not shown to hold
        good = True
        if self.goal_ratio is not None and self.ratio is not None:
            good &= self.ratio <= self.goal_ratio
        if self.budget is not None:
            good &= self.ours <= self.budget
        return good

    def _fmt(self, value: float | None) -> str:
        if value is None or (isinstance(value, float) and math.isnan(value)):
            return "-"
        if self.unit == "ms":
            return f"{value * 1000:.1f}ms"
        if self.unit == "s":
            return f"{value:.2f}s"
        if self.unit == "MiB":
            return f"{value / 2**20:.0f}MiB"
        if self.unit == "MB":
            return f"{value / 1e6:.1f}MB"
        return f"{value:.0f}"

    def goal_text(self) -> str:
        parts = []
        if self.goal_ratio is not None:
            parts.append(f"<={self.goal_ratio:g}x")
        if self.budget is not None:
            parts.append(f"<={self._fmt(self.budget)}")
        return ",".join(parts) or "-"

    def line(self) -> str:
        ratio = f"{self.ratio:.2f}x" if self.ratio is not None else "-"
        extra = []
        if self.wall is not None:
            extra.append(f"wall {self._fmt(self.wall)}")
        if self.note:
            extra.append(self.note)
        tail = f"  ({'; '.join(extra)})" if extra else ""
        return (f"{self.name:<34} {self._fmt(self.ours):>10} {self._fmt(self.floor):>10} {ratio:>8} "
                f"{self.goal_text():>16} {'ok' if self.ok else 'MISS'}{tail}")
