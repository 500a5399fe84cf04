"""The benchmark suite's judging (benchmarks/benchlib.py, bench_procs.py): a measure that could not be taken is
missed, never passed, and says in a sentence what to install."""

from __future__ import annotations

import math
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"


@pytest.fixture
def benchlib(monkeypatch):
    monkeypatch.syspath_prepend(str(BENCHMARKS))
    import benchlib

    yield benchlib
    sys.modules.pop("benchlib", None)


def test_a_measure_within_its_goal_passes_and_one_past_it_is_missed(benchlib):
    assert benchlib.Result("calls.open", 0.040, 0.020, goal_ratio=2.5, budget=0.150).ok
    assert not benchlib.Result("calls.open", 0.060, 0.020, goal_ratio=2.5).ok
    assert not benchlib.Result("calls.open", 0.160, 0.020, budget=0.150).ok


def test_a_measure_not_taken_is_missed_whatever_its_goal(benchlib):
    for result in (benchlib.Result("startup.signin", math.nan, None, goal_ratio=2.5, unit="s", note="no Xvfb"),
                   benchlib.Result("paper.voucher", math.nan, None, note="the command failed")):
        assert not result.ok
        assert " MISS " in result.line() and result.note in result.line()


def test_missing_tools_are_named_with_their_packages(benchlib, monkeypatch):
    import bench_procs

    monkeypatch.setattr(bench_procs.shutil, "which", lambda tool: None if tool != "xdotool" else "/usr/bin/xdotool")
    said = bench_procs.missing_tools("Xvfb", "xdotool", "pdftotext")
    assert said.startswith("not measured:") and "Xvfb and pdftotext" in said
    assert "apt-get install xvfb poppler-utils" in said
    monkeypatch.setattr(bench_procs.shutil, "which", lambda tool: "/usr/bin/" + tool)
    assert bench_procs.missing_tools("Xvfb", "pdftotext") == ""
    sys.modules.pop("bench_procs", None)


def test_a_window_that_cannot_start_is_a_missed_start_up_row_with_its_reason(benchlib, monkeypatch, tmp_path):
    import bench_procs

    class ScreenWithoutXcb:  # what a bare Debian gave: Xvfb there, Qt's xcb plugin missing its libraries
        closed = False

        def first_window(self, command, timeout=120.0):
            raise RuntimeError(f"{command} exited with -6 before showing a window: qt.qpa.plugin: Could not load\n"
                               'the Qt platform plugin "xcb" in "" even though it was found.')

        def close(self):
            ScreenWithoutXcb.closed = True

    monkeypatch.setattr(bench_procs, "missing_tools", lambda *tools: "")
    monkeypatch.setattr(bench_procs, "Screen", ScreenWithoutXcb)
    (tmp_path / "backups").mkdir()
    rows = bench_procs.startup(tmp_path, reps=3)
    assert [row.name for row in rows] == ["startup.signin", "startup.first_of_day"]
    for row in rows:
        assert not row.ok and row.note.startswith("not measured:") and 'platform plugin "xcb"' in row.note
        assert "\n" not in row.line()
    assert ScreenWithoutXcb.closed
    sys.modules.pop("bench_procs", None)
