"""Shared fixtures: every test gets a fresh SQLite file in tmp_path; the real home is never touched."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("reliability", "tests/reliability: how long the kill -9 and racing runs go")
    group.addoption("--trials", type=int, default=30, help="kill -9 trials (default 30)")
    group.addoption("--rounds", type=int, default=25, help="racing rounds of 4 writers (default 25)")


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Point the default data folder and Qt settings into tmp_path, and reset clock and language."""
    from aftersales_desktop.core import clock
    from aftersales_desktop.core.i18n import set_language

    monkeypatch.setenv("AFTERSALES_DATA_DIR", str(tmp_path / "default-data"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "home" / ".config"))
    set_language("zh_CN")
    yield
    clock.set_now(None)
    set_language("zh_CN")
    from aftersales_desktop.core.db import close_database

    close_database()


@pytest.fixture(autouse=True)
def _cheap_password_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Hash passwords at a tiny scrypt cost in tests: the suite creates hundreds of staff, and the real cost
    (N=2^17, 128 MiB each) would take minutes. Only this fixture lowers it; tests/core/test_passwords.py proves
    the app hashes at the real cost and upgrades old hashes."""
    from aftersales_desktop.core import security

    monkeypatch.setattr(security, "COST", security.Cost(n=2**4, r=8, p=1))


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "shop"


@pytest.fixture
def db(data_dir: Path):
    """A fresh, opened, empty database file."""
    from aftersales_desktop.core.db import database, open_database
    from aftersales_desktop.core.paths import data_paths

    paths = data_paths(data_dir).ensure()
    open_database(paths.database)
    return database


@pytest.fixture
def frozen_now():
    """Freeze the clock at a fixed Wednesday morning (2026-03-11 10:00); tests may move it."""
    from aftersales_desktop.core import clock

    moment = dt.datetime(2026, 3, 11, 10, 0)
    clock.set_now(moment)
    return moment


@pytest.fixture
def shop(db, frozen_now):
    """A set-up shop with one staff member of every role (see tests/factories.py: Shop)."""
    from tests.factories import make_shop

    return make_shop()


@pytest.fixture(scope="session")
def demo_database(tmp_path_factory):
    """Two months of the demo shop (every area), made once per test run; tests open it and only read."""
    from aftersales_desktop.core import clock
    from aftersales_desktop.core.db import close_database, open_database
    from aftersales_desktop.core.demo import create_demo

    path = tmp_path_factory.mktemp("demo") / "aftersales.sqlite3"
    open_database(path)
    create_demo(months=2, until=dt.date(2026, 3, 31), seed=7)
    close_database()
    clock.set_now(None)
    return path
