"""One database URL for every command: parsing, the order of choice, the password kept out of everything."""

from __future__ import annotations

import json

import pytest

from aftersales_desktop.cli import main
from aftersales_desktop.core import dburl
from aftersales_desktop.core.db import close_database, open_server, opened_url
from aftersales_desktop.core.dburl import Target, parse
from aftersales_desktop.core.engine_postgres import ServerDown, WrongPassword
from aftersales_desktop.core.errors import StorageError, ValidationError


def test_urls_parse_and_print_back_without_their_password():
    target = parse("postgresql://shop:s%40cret@counter-pc:5433/aftersales?sslmode=require")
    assert (target.user, target.password, target.host, target.port, target.name) == (
        "shop", "s@cret", "counter-pc", 5433, "aftersales")
    assert target.url() == "postgresql://shop@counter-pc:5433/aftersales?sslmode=require"
    assert "s@cret" not in repr(target) and "s@cret" not in str(target)
    assert parse(target.url(with_password=True)).password == "s@cret"
    assert dburl.redact("postgresql://shop:s3cret@h/db") == "postgresql://shop:***@h/db"
    socket = Target("postgresql", user="shop", host="/run/postgresql", name="aftersales")
    assert parse(socket.url()) == socket
    assert parse("sqlite:////srv/shop/aftersales.sqlite3").path.as_posix() == "/srv/shop/aftersales.sqlite3"
    with pytest.raises(ValidationError) as err:
        parse("mysql://root:hunter2@h/db")
    assert "hunter2" not in str(err.value.message) and err.value.field == "database"


def test_the_url_of_a_run_comes_from_the_option_then_the_folder_then_the_environment_then_this_pc(monkeypatch):
    monkeypatch.delenv(dburl.ENV_URL, raising=False)
    assert dburl.choose(None, None) is None  # nothing said: the default data folder
    dburl.remember(parse("postgresql://shop:secret@server/aftersales"))
    stored = dburl.config_file().read_text(encoding="utf-8")
    assert "secret" not in stored and json.loads(stored)["database"] == "postgresql://shop@server/aftersales"
    assert dburl.choose(None, None).host == "server"
    monkeypatch.setenv(dburl.ENV_URL, "postgresql://shop@env-server/aftersales")
    assert dburl.choose(None, None).host == "env-server"
    assert dburl.choose(None, "/some/folder") is None  # --data-dir wins over the environment and memory
    assert dburl.choose("postgresql://shop@option/aftersales", "/some/folder").host == "option"
    dburl.remember(None)
    assert not dburl.config_file().exists()


def test_every_command_takes_database(db, capsys):
    url = opened_url()
    close_database()
    assert main(["check", "--database", url]) == 0
    out = capsys.readouterr().out
    assert out.startswith("ok: ") and ("aftersales_t" in out or "aftersales.sqlite3" in out)
    assert main(["--database", url, "check"]) == 0


def test_the_server_refusing_the_password_is_a_sentence_without_the_password(pg_database, pg_admin, capsys):
    from tests.pg_server import admin_sql

    admin, _ = pg_admin
    if admin.port is None:
        pytest.skip("the test server listens on a socket only")
    admin_sql(admin, "DROP ROLE IF EXISTS counter_pc", "CREATE ROLE counter_pc LOGIN PASSWORD 'right-one'",
              f"GRANT ALL ON DATABASE {pg_database.name} TO counter_pc")
    over_tcp = Target("postgresql", user="counter_pc", host="127.0.0.1", port=admin.port, name=pg_database.name)
    with pytest.raises(WrongPassword) as err:
        open_server(over_tcp.with_password("wrong-guess"))
    assert "counter_pc" in str(err.value.message) and "wrong-guess" not in str(err.value.message)
    assert main(["check", "--database", over_tcp.with_password("wrong-guess").url(with_password=True)]) == 1
    printed = capsys.readouterr()
    assert "wrong-guess" not in printed.out + printed.err and "Traceback" not in printed.err
    assert "密码" in printed.err


def test_a_server_that_is_down_or_a_missing_database_is_a_sentence(pg_admin):
    admin, _ = pg_admin
    down = Target("postgresql", user="shop", password="pw", host="127.0.0.1", port=1, name="aftersales")
    with pytest.raises(ServerDown) as err:
        open_server(down)
    assert "服务器" in str(err.value.message)
    with pytest.raises(StorageError) as err:
        open_server(admin.with_name("no_such_shop"))
    assert "no_such_shop" in str(err.value.message) and "README" in str(err.value.message)


def test_a_server_database_from_a_newer_version_is_refused_with_a_sentence(pg_database):
    from aftersales_desktop.core.engine_postgres import VERSION_TABLE
    from tests.pg_server import admin_sql

    admin_sql(pg_database, f'UPDATE "{VERSION_TABLE}" SET version = 99')
    with pytest.raises(StorageError) as err:
        open_server(pg_database)
    assert "99" in str(err.value.message)


def test_peewee_comes_without_the_server_driver_which_loads_when_a_server_opens(pg_database):
    """psycopg costs a tenth of a second of every start: only a shop on a server loads it (core/__init__.py)."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from aftersales_desktop.core.db import close_database, database, open_server\n"
        "from aftersales_desktop.core.dburl import parse\n"
        "from aftersales_desktop.core.models import Staff\n"
        "assert 'psycopg' not in sys.modules, 'psycopg was loaded before any server was opened'\n"
        "open_server(parse(sys.argv[1]))\n"
        "with database.atomic():\n"
        "    database.execute_sql('SELECT 1')\n"
        "print(Staff.select().count(), database.is_connection_usable())\n"
        "close_database()\n"
    )
    done = subprocess.run([sys.executable, "-c", code, pg_database.url(with_password=True)], capture_output=True,
                          text=True)  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["0", "True"]
