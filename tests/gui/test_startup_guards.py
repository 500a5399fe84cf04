"""Start-up with an emptied data file beside backups: a damaged shop with a way back, never a new empty shop."""

from __future__ import annotations

import pytest

from aftersales_desktop.core import backup
from aftersales_desktop.core.db import close_database, open_database
from aftersales_desktop.core.models import Customer
from aftersales_desktop.core.paths import data_paths
from aftersales_desktop.gui import app as app_module
from aftersales_desktop.gui.dialogs import startup_error_dialog as startup
from tests.factories import make_customer, make_shop


@pytest.fixture
def asked(monkeypatch):
    calls: list[tuple[str, object, bool]] = []
    answers: list[str] = []

    def ask(sentence, backup_file, offer_new=False, parent=None):
        calls.append((sentence, backup_file, offer_new))
        return answers.pop(0) if answers else startup.QUIT

    monkeypatch.setattr(startup.StartupErrorDialog, "ask", staticmethod(ask))
    return calls, answers


@pytest.fixture
def emptied_shop(data_dir, frozen_now):
    paths = data_paths(data_dir).ensure()
    open_database(paths.database)
    shop = make_shop()
    make_customer(shop.clerk, name="备份里的客户", phone="13900000001")
    good = backup.backup_database(paths.backups, label="daily")
    close_database()
    paths.database.write_bytes(b"")
    return paths, good


def test_an_emptied_file_offers_the_newest_good_backup(emptied_shop, asked, quiet_messages):
    paths, good = emptied_shop
    calls, answers = asked
    answers.append(startup.RESTORE)
    starter = app_module.Startup(paths.root)
    assert starter.acquire_lock(paths)
    try:
        assert starter.open_data()
        sentence, offered, offer_new = calls[0]
        assert "0 字节" in sentence and offered == good and offer_new
        assert Customer.select().where(Customer.name == "备份里的客户").exists()
    finally:
        starter.shutdown()


def test_quitting_the_start_up_error_dialog_exits_non_zero(emptied_shop, asked, monkeypatch):
    import sys

    paths, _good = emptied_shop
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    starter = app_module.Startup(paths.root)
    try:
        assert starter.run() is None
        assert starter.exit_code == 1
        assert paths.database.stat().st_size == 0  # left as it was, for the person to decide
    finally:
        starter.shutdown()


def test_the_daily_backup_of_a_gutted_shop_is_kept_aside_and_said(data_dir, quiet_messages, frozen_now):
    import datetime as dt

    from aftersales_desktop.core import clock
    from aftersales_desktop.core.services.customers import create_customer

    paths = data_paths(data_dir).ensure()
    open_database(paths.database)
    shop = make_shop()
    for n in range(150):
        create_customer(shop.clerk, name=f"老客户{n}", phone=f"139{n:08d}")
    clock.set_now(dt.datetime(2026, 3, 11, 8))
    yesterday = backup.daily_backup_if_due(paths)
    close_database()
    paths.database.write_bytes(b"")
    open_database(paths.database, new_shop=True)  # the person chose to start over with an empty file
    make_shop()
    clock.set_now(dt.datetime(2026, 3, 12, 8))

    app_module.Startup(paths.root).daily_backup()

    kind, text = quiet_messages.recorded[-1]
    assert kind == "warn" and "smaller-" in text
    assert backup.set_aside_backups(paths.backups)
    assert backup.newest_good_backup(paths) == yesterday


def test_missing_audit_triggers_are_put_back_at_start_and_said(data_dir, frozen_now, quiet_messages):
    import sqlite3

    from aftersales_desktop.core import engine_sqlite
    from aftersales_desktop.core.db import database

    paths = data_paths(data_dir).ensure()
    open_database(paths.database)
    make_shop()
    close_database()
    conn = sqlite3.connect(paths.database)
    for name in engine_sqlite.TRIGGERS:
        conn.execute(f"DROP TRIGGER {name}")
    conn.commit()
    conn.close()
    starter = app_module.Startup(paths.root)
    try:
        assert starter.open_data()
        kind, text = quiet_messages.recorded[-1]
        assert kind == "warn" and "审计记录的保护" in text and "audit_entry_no_update" in text
        assert engine_sqlite.missing_triggers(database) == []
    finally:
        starter.shutdown()
