"""Which database a run uses: one URL, `sqlite:///path` or `postgresql://user@host:port/db`.

The URL comes from `--database URL`, else `--data-dir` (the shop's SQLite file), else the environment
(AFTERSALES_DATABASE_URL), else the URL remembered on this PC, else the default data folder.

The password: never stored by us, never logged, never audited. It may be in the URL for one run; otherwise
libpq finds it itself (PGPASSWORD, or the pgpass file: %APPDATA%\\postgresql\\pgpass.conf on Windows,
~/.pgpass elsewhere), and when the server still asks, the command line prompts for it (getpass) and the GUI asks
in a password box. We chose libpq's pgpass file over the OS keyring: it needs no extra package in the bundle,
works the same on Windows and Debian, is what the shop's IT person already knows from psql and pgAdmin, and
a keyring without a running Secret Service (a Linux PC with no desktop session) fails in ways a shop cannot mend.
The URL remembered per PC (`connection.json` in the user's config folder) is always stored without a password.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit

from aftersales_desktop import APP_NAME, ORG_NAME
from aftersales_desktop.core.errors import ValidationError
from aftersales_desktop.core.i18n import T

ENV_URL = "AFTERSALES_DATABASE_URL"
REMEMBERED = "connection.json"


@dataclass(frozen=True)
class Target:
    """A parsed database URL. `path` for SQLite; the connection parts for PostgreSQL."""

    engine: str  # "sqlite" or "postgresql"
    path: Path | None = None
    user: str = ""
    password: str = field(default="", repr=False)  # never in repr, so never in a log line by accident
    host: str = ""
    port: int | None = None
    name: str = ""
    options: tuple[tuple[str, str], ...] = ()

    @property
    def is_postgres(self) -> bool:
        return self.engine == "postgresql"

    def url(self, *, with_password: bool = False) -> str:
        """The URL again; without the password unless asked (the form that may be shown, logged, remembered)."""
        if not self.is_postgres:
            return f"sqlite:///{self.path}"
        who = quote(self.user, safe="") if self.user else ""
        if who and with_password and self.password:
            who += ":" + quote(self.password, safe="")
        options = self.options
        if self.host.startswith("/"):  # a Unix socket folder goes into the query (libpq's own URI form)
            where, options = "", (("host", self.host), *options)
        else:
            where = self.host if ":" not in self.host else f"[{self.host}]"
        if self.port:
            where += f":{self.port}"
        query = "?" + urlencode(options) if options else ""
        return f"postgresql://{who + '@' if who else ''}{where}/{quote(self.name, safe='')}{query}"

    def __str__(self) -> str:
        return self.url()

    def connect_params(self) -> dict[str, object]:
        """Keyword arguments for psycopg (libpq): a host starting with / is a Unix socket folder."""
        params: dict[str, object] = {"dbname": self.name}
        if self.user:
            params["user"] = self.user
        if self.password:
            params["password"] = self.password
        if self.host:
            params["host"] = self.host
        if self.port:
            params["port"] = self.port
        params.update(dict(self.options))
        params.setdefault("connect_timeout", 5)  # a server that is down is reported in seconds, not minutes
        params.setdefault("application_name", "aftersales-desktop")
        return params

    def with_password(self, password: str) -> Target:
        return replace(self, password=password)

    def with_name(self, name: str) -> Target:
        return replace(self, name=name)


def _bad(url: str) -> ValidationError:
    return ValidationError(
        T(
            "数据库地址 {u} 看不懂:应为 sqlite:///路径 或 postgresql://用户@服务器/数据库。",
            "The database URL {u} is not understood: use sqlite:///path or postgresql://user@server/database.",
            u=redact(url),
        ),
        "database",
    )


def parse(url: str) -> Target:
    """`sqlite:///C:/shop/aftersales.sqlite3`, `postgresql://shop@server:5432/aftersales?sslmode=require`."""
    text = url.strip()
    parts = urlsplit(text)
    scheme = parts.scheme.lower()
    if scheme == "sqlite":
        # peewee's form: sqlite:///relative/file, sqlite:////absolute/file, sqlite:///C:/shop/file on Windows
        raw = text[len("sqlite://"):]
        path = raw[1:] if raw.startswith("/") else ""
        if not path:
            raise _bad(url)
        return Target("sqlite", path=Path(unquote(path.split("?", 1)[0])))
    if scheme in ("postgresql", "postgres"):
        name = unquote(parts.path.lstrip("/"))
        query = tuple(parse_qsl(parts.query))
        host = dict(query).get("host", "") or unquote(parts.hostname or "")
        options = tuple((k, v) for k, v in query if k != "host")
        try:
            port = parts.port
        except ValueError as exc:
            raise _bad(url) from exc
        if not name:
            raise _bad(url)
        return Target(
            "postgresql",
            user=unquote(parts.username or ""),
            password=unquote(parts.password or ""),
            host=host,
            port=port,
            name=name,
            options=options,
        )
    raise _bad(url)


def redact(url: str) -> str:
    """The URL with any password replaced by ***, for messages and logs (works on URLs that do not parse)."""
    parts = urlsplit(url.strip())
    if parts.password is None:
        return url
    netloc = parts.netloc
    at = netloc.rfind("@")
    user = netloc[:at].split(":", 1)[0]
    return url.replace(netloc, f"{user}:***{netloc[at:]}", 1)


def sqlite_target(path: Path) -> Target:
    return Target("sqlite", path=Path(path))


# -- the URL remembered on this PC ----------------------------------------------------------------------


def config_file() -> Path:
    from platformdirs import user_config_dir  # only when no folder or URL is given: not for every command

    return Path(user_config_dir(APP_NAME, ORG_NAME)) / REMEMBERED


def remembered() -> Target | None:
    """The database this PC used last time it was told (never with a password)."""
    try:
        data = json.loads(config_file().read_text(encoding="utf-8"))
        return parse(str(data["database"]))
    except (OSError, ValueError, KeyError, TypeError, ValidationError):
        return None


def remember(target: Target | None) -> None:
    """Keep `target` for this PC's next start (without the password); None forgets it."""
    path = config_file()
    if target is None:
        path.unlink(missing_ok=True)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(path.name + ".tmp")
    temp.write_text(json.dumps({"database": target.url()}, ensure_ascii=False), encoding="utf-8")
    os.replace(temp, path)


def from_environment() -> Target | None:
    text = os.environ.get(ENV_URL, "").strip()
    return parse(text) if text else None


def choose(url: str | None, data_dir: str | os.PathLike[str] | None) -> Target | None:
    """The database of this run: --database, then --data-dir, then the environment, then this PC's memory.

    None means the default data folder's SQLite file (the caller knows where that is).
    """
    if url:
        return parse(url)
    if data_dir:
        return None
    return from_environment() or remembered()
