"""Starting a counter on the shop's PostgreSQL server: connect, a refused password, a server that is down."""

from __future__ import annotations

import logging

import pytest

from aftersales_desktop.core import dburl
from aftersales_desktop.core.db import close_database, is_postgres, open_server
from aftersales_desktop.core.dburl import Target
from aftersales_desktop.core.models import Staff
from aftersales_desktop.gui import app as app_module
from aftersales_desktop.gui.dialogs import startup_error_dialog as startup
from aftersales_desktop.gui.dialogs.connect_dialog import ConnectDialog
from aftersales_desktop.gui.dialogs.setup_dialog import SetupDialog
from tests.factories import make_shop


@pytest.fixture
def server_shop(pg_database, frozen_now):
    """A set-up shop on a fresh server database, closed again: what a second counter finds."""
    open_server(pg_database)
    make_shop()
    close_database()
    return pg_database


@pytest.fixture
def tcp_user(server_shop, pg_admin):
    """The server database over TCP as a user with a password (the socket trusts everyone)."""
    from tests.pg_server import admin_sql

    admin, _ = pg_admin
    if admin.port is None:
        pytest.skip("the test server listens on a socket only")
    admin_sql(server_shop, "DROP OWNED BY counter_two" if _role_exists(admin) else "SELECT 1",
              "DROP ROLE IF EXISTS counter_two", "CREATE ROLE counter_two LOGIN PASSWORD 'right-one'",
              "GRANT ALL ON ALL TABLES IN SCHEMA public TO counter_two",
              "GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO counter_two")
    return Target("postgresql", user="counter_two", host="127.0.0.1", port=admin.port, name=server_shop.name)


def _role_exists(admin: Target) -> bool:
    import psycopg

    with psycopg.connect(**admin.connect_params()) as conn:
        return conn.execute("SELECT 1 FROM pg_roles WHERE rolname = 'counter_two'").fetchone() is not None


def test_a_counter_started_with_the_server_url_opens_it_and_remembers_it_without_the_password(
        server_shop, data_dir, qtbot):
    starter = app_module.Startup(data_dir, database=server_shop.url())
    assert starter.open_data() and is_postgres()
    assert Staff.select().count() >= 5 and starter.first_run() == (True, "")
    assert dburl.remembered() == server_shop
    close_database()
    assert app_module.Startup(None).target == server_shop  # the next start on this PC goes to the server


def test_a_refused_password_is_asked_again_and_never_logged(tcp_user, data_dir, monkeypatch, caplog, qtbot):
    asked: list[str] = []

    def ask(start, message="", parent=None):
        asked.append(message)
        target = start.with_password("right-one")
        open_server(target)
        return target

    monkeypatch.setattr(ConnectDialog, "ask", staticmethod(ask))
    caplog.set_level(logging.INFO)
    starter = app_module.Startup(data_dir, database=tcp_user.with_password("wrong-guess").url(with_password=True))
    assert starter.open_data() and is_postgres()
    assert "counter_two" in asked[0] and "wrong-guess" not in asked[0]
    assert "wrong-guess" not in caplog.text and "right-one" not in caplog.text
    assert "right-one" not in dburl.config_file().read_text(encoding="utf-8")


def test_a_server_that_is_down_offers_retry_change_or_quit(data_dir, monkeypatch, qtbot):
    shown: list[tuple[str, bool]] = []

    def ask(sentence, backup_file, offer_new=False, parent=None, server=False):
        shown.append((sentence, server))
        return startup.RETRY if len(shown) == 1 else startup.QUIT

    monkeypatch.setattr(startup.StartupErrorDialog, "ask", staticmethod(ask))
    starter = app_module.Startup(data_dir, database="postgresql://shop@127.0.0.1:1/aftersales")
    assert starter.open_data() is False and starter.exit_code == 1
    assert len(shown) == 2 and shown[0][1] and "服务器" in shown[0][0]


def test_the_connect_dialog_says_what_is_wrong_then_connects(tcp_user, qtbot):
    dialog = ConnectDialog(start=tcp_user)
    qtbot.addWidget(dialog)
    assert dialog.host.text() == "127.0.0.1" and dialog.user.text() == "counter_two"
    dialog.password.setText("wrong-guess")
    dialog.connect_button.click()
    assert dialog.target is None and "counter_two" in dialog.error.text()
    dialog.password.setText("right-one")
    dialog.connect_button.click()
    assert dialog.target is not None and is_postgres() and dburl.remembered() == tcp_user


def test_first_start_on_a_new_pc_can_connect_to_the_server_instead_of_setting_up(server_shop, data_dir, monkeypatch,
                                                                                 qtbot):
    from aftersales_desktop.core.db import open_database
    from aftersales_desktop.core.paths import data_paths

    open_database(data_paths(data_dir).ensure().database)  # the new PC's own empty file

    def ask(start, message="", parent=None):
        open_server(server_shop)
        return server_shop

    monkeypatch.setattr(ConnectDialog, "ask", staticmethod(ask))
    dialog = SetupDialog()
    qtbot.addWidget(dialog)
    dialog.serverButton.click()
    assert dialog.server == server_shop and is_postgres() and Staff.select().exists()
