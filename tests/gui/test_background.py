"""Reads on a worker thread (gui/background.py): the newest request wins, a failure is a sentence, and the
worker's own database connection is closed when its read ends."""

from __future__ import annotations

import sqlite3
import threading

import pytest

from aftersales_desktop.core.errors import ValidationError
from aftersales_desktop.core.models import Staff
from aftersales_desktop.gui import background
from aftersales_desktop.gui.background import BackgroundRead


@pytest.fixture
def reader(qtbot):
    from PySide6.QtWidgets import QWidget

    page = QWidget()
    qtbot.addWidget(page)
    yield BackgroundRead(parent=page)  # the page stays alive (and with it the reader) until the test ends


def test_the_result_of_an_older_request_is_dropped(reader, qtbot, shop):
    release = threading.Event()
    drawn: list[str] = []

    def slow() -> str:
        release.wait(10)
        return "February"

    reader.run(slow, drawn.append)
    reader.run(lambda: "March", drawn.append)  # the person picked another month meanwhile
    assert reader.busy()
    qtbot.waitUntil(lambda: drawn == ["March"], timeout=5000)
    release.set()
    assert background.wait_all(timeout=10)
    assert drawn == ["March"] and not reader.busy()


def test_a_failure_reaches_the_page_as_its_sentence(reader, qtbot, shop):
    drawn: list[object] = []
    failures: list[str] = []

    def refused() -> None:
        raise ValidationError("这个月份无法识别。")

    reader.run(refused, drawn.append, failures.append)
    qtbot.waitUntil(lambda: failures == ["这个月份无法识别。"], timeout=5000)
    assert drawn == [] and not reader.busy()


def test_the_read_runs_on_its_own_connection_and_closes_it(reader, qtbot, shop):
    from aftersales_desktop.core.db import database

    mine = database.connection()
    used: list[sqlite3.Connection] = []

    def names() -> list[str]:
        used.append(database.connection())
        return [s.name for s in Staff.select().order_by(Staff.id)]

    drawn: list[list[str]] = []
    reader.run(names, drawn.append)
    qtbot.waitUntil(lambda: bool(drawn), timeout=5000)
    assert drawn[0] == [s.name for s in Staff.select().order_by(Staff.id)] and shop.manager.name in drawn[0]
    assert used[0] is not mine
    with pytest.raises(sqlite3.ProgrammingError):  # closed as the read ended: no thread holds the file
        used[0].execute("SELECT 1")
    assert mine.execute("SELECT 1").fetchone() == (1,)  # the GUI thread's own connection is untouched
