"""Shared fixtures: every test gets a fresh SQLite file in tmp_path; the real home is never touched.

The core tests of the modules in BOTH_ENGINES run a second time on PostgreSQL (a fresh database per test,
copied from a template) when a server is reachable: AFTERSALES_TEST_PG_URL, or a throwaway cluster started
from the installed binaries (tests/pg_server.py). AFTERSALES_TEST_PG=all runs every core test that takes
`db` on both engines, =off none; AFTERSALES_TEST_PG_REQUIRED=1 (CI) fails instead of skipping when no server
can be had.
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("reliability", "tests/reliability: how long the kill -9 and racing runs go")
    group.addoption("--trials", type=int, default=30, help="kill -9 trials (default 30)")
    group.addoption("--rounds", type=int, default=25, help="racing rounds of 4 writers (default 25)")
    group.addoption("--kill-within", type=float, default=0.4,
                    help="each kill -9 lands at a random moment within this many seconds of writing (default 0.4)")


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Point the default data folder and Qt settings into tmp_path, and reset clock and language."""
    from aftersales_desktop.core import clock
    from aftersales_desktop.core import db as core_db
    from aftersales_desktop.core.i18n import set_language

    monkeypatch.setenv("AFTERSALES_DATA_DIR", str(tmp_path / "default-data"))
    monkeypatch.setattr(core_db, "_local_folder", None)  # this PC's folder, as a command or the app sets it
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


# The core modules whose tests also run on PostgreSQL by default: the rules that differ between the engines
# (numbering, stock guard and races, audit guard, upserts, search and the lists' queries, money sums, versions)
# and two main flows (bills, repairs). About a minute and a half on PostgreSQL on a busy 2-core machine; the
# 34 tests of test_calls are left out for time (AFTERSALES_TEST_PG=all runs every core test on both: all pass
# except those about the SQLite file itself — backups, quick_check, held files, EXPLAIN of the phone index).
BOTH_ENGINES = {
    "test_numbering", "test_stock", "test_audit", "test_permissions", "test_calls_queries",
    "test_bills", "test_repairs_flow", "test_search", "test_staff_settings", "test_four_writers",
    "test_database_url", "test_concurrent_edits", "test_fastsql", "test_audit_chain", "test_kept", "test_savepoint",
    "test_today_charts", "test_report_queries",
}


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "db" not in metafunc.fixturenames:
        return
    module = metafunc.module.__name__.rsplit(".", 1)[-1]
    mode = os.environ.get("AFTERSALES_TEST_PG", "some")
    in_core = ".core." in metafunc.module.__name__
    wanted = mode == "all" and in_core or mode == "some" and module in BOTH_ENGINES
    if wanted:  # the others keep their plain test ids and run on SQLite only
        metafunc.parametrize("db_engine", ["sqlite", "postgresql"], indirect=True, scope="function")


@pytest.fixture
def db_engine(request: pytest.FixtureRequest) -> str:
    return getattr(request, "param", "sqlite")


@pytest.fixture(scope="session")
def pg_admin():
    """The admin Target of a PostgreSQL server for this run, with a template database holding a new shop."""
    from tests.pg_server import Cluster, admin_sql

    cluster = Cluster()
    admin = cluster.start()
    if admin is None:
        if os.environ.get("AFTERSALES_TEST_PG_REQUIRED"):
            pytest.fail(f"PostgreSQL is required here but not available: {cluster.problem}")
        pytest.skip(f"no PostgreSQL server: {cluster.problem}")
    from aftersales_desktop.core.db import close_database, open_server

    template = f"aftersales_tpl_{os.getpid()}"
    admin_sql(admin, f"DROP DATABASE IF EXISTS {template}", f"CREATE DATABASE {template}")
    open_server(admin.with_name(template), new_shop=True)
    close_database()
    yield admin, template
    try:
        admin_sql(admin, f"DROP DATABASE IF EXISTS {template} WITH (FORCE)")
    finally:
        cluster.stop()


_numbers = itertools.count(1)


@pytest.fixture
def pg_database(pg_admin):
    """A fresh server database holding a new, empty shop (a copy of the template): its Target."""
    from tests.pg_server import admin_sql

    admin, template = pg_admin
    name = f"aftersales_t{os.getpid()}_{next(_numbers)}"
    try:  # FILE_COPY (PostgreSQL 15+) copies the small template in half the time of the default WAL_LOG
        admin_sql(admin, f"CREATE DATABASE {name} TEMPLATE {template} STRATEGY FILE_COPY")
    except Exception:  # noqa: BLE001 - an older server: its only way
        admin_sql(admin, f"CREATE DATABASE {name} TEMPLATE {template}")
    yield admin.with_name(name)
    from aftersales_desktop.core.db import close_database

    close_database()
    admin_sql(admin, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def db(data_dir: Path, db_engine: str, request: pytest.FixtureRequest):
    """A fresh, opened, empty database: a file in tmp_path, or a server database for the postgresql run."""
    from aftersales_desktop.core.db import database, open_database, open_server
    from aftersales_desktop.core.paths import data_paths

    paths = data_paths(data_dir).ensure()
    if db_engine == "postgresql":
        open_server(request.getfixturevalue("pg_database"))
    else:
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
