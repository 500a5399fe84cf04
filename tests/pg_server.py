"""A PostgreSQL server for the tests: AFTERSALES_TEST_PG_URL when set, else a throwaway cluster started from
the installed binaries (Debian's `postgresql` package) in a temporary folder, on a Unix socket only.

Run as root (CI containers), the cluster belongs to the `postgres` user (or `nobody`), because the server
refuses to run as root. fsync is off: a test cluster never has to survive a power cut.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

from aftersales_desktop.core.dburl import Target, parse

ENV_URL = "AFTERSALES_TEST_PG_URL"


def _bindir() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Cluster:
    """A running throwaway cluster: `admin` is a Target to its `postgres` database (trust auth)."""

    def __init__(self) -> None:
        self.folder: Path | None = None
        self.bindir: Path | None = None
        self.owner: str | None = None
        self.admin: Target | None = None
        self.problem = ""
        self.port: int | None = None

    def _run(self, *command: str) -> subprocess.CompletedProcess[str]:
        prefix = ["runuser", "-u", self.owner, "--"] if self.owner else []
        return subprocess.run([*prefix, *command], capture_output=True, text=True, timeout=60, cwd="/")

    def start(self) -> Target | None:
        url = os.environ.get(ENV_URL, "").strip()
        if url:
            self.admin = parse(url)
            return self.admin
        self.bindir = _bindir()
        if self.bindir is None:
            self.problem = "no PostgreSQL binaries (apt-get install postgresql)"
            return None
        if os.geteuid() == 0:
            for user in ("postgres", "nobody"):
                try:
                    pwd.getpwnam(user)
                except KeyError:
                    continue
                self.owner = user
                break
        self.folder = Path(tempfile.mkdtemp(prefix="aftersales-pg-"))
        self.folder.chmod(0o755)
        if self.owner:
            shutil.chown(self.folder, user=self.owner)
        data = self.folder / "data"
        # the socket trusts (the tests' own admin); TCP asks for a password, so a wrong one can be tested
        done = self._run(str(self.bindir / "initdb"), "-D", str(data), "-U", "postgres", "--auth-local=trust",
                         "--auth-host=scram-sha-256",
                         "-E", "UTF8", "--locale=C.UTF-8", "--no-sync")
        if done.returncode != 0:
            self.problem = f"initdb failed: {done.stderr.strip()[-300:]}"
            return None
        self.port = _free_port()
        options = (f"-F -c fsync=off -c full_page_writes=off -c synchronous_commit=off "
                   f"-c listen_addresses=127.0.0.1 -c port={self.port} "
                   f"-c unix_socket_directories={self.folder} -c max_connections=60")
        done = self._run(str(self.bindir / "pg_ctl"), "-D", str(data), "-l", str(self.folder / "log"), "-o", options,
                         "-w", "start")
        if done.returncode != 0:
            self.problem = f"pg_ctl start failed: {done.stderr.strip()[-300:]}"
            return None
        self.admin = Target("postgresql", user="postgres", host=str(self.folder), port=self.port, name="postgres")
        return self.admin

    def stop(self) -> None:
        if self.folder is None or self.bindir is None:
            return
        self._run(str(self.bindir / "pg_ctl"), "-D", str(self.folder / "data"), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.folder, ignore_errors=True)
        self.folder = None


def admin_sql(admin: Target, *statements: str) -> None:
    """Run statements on the admin database outside a transaction (CREATE/DROP DATABASE need that)."""
    import psycopg

    with psycopg.connect(**admin.connect_params(), autocommit=True) as conn:  # type: ignore[arg-type]
        for statement in statements:
            conn.execute(statement)  # type: ignore[arg-type]
