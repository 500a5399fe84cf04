"""The shop PC install: build the one-folder bundle and run it where no Python can be found.

Slow (a PyInstaller build, ~1 minute): `make test-bundle` runs it, `make test` does not. To test a bundle
already built by `make bundle`, set AFTERSALES_BUNDLE=dist/aftersales-desktop.

As root (CI, the dev machines) every command runs in a private mount namespace where the venv, the
system's and pyenv's Python libraries, this checkout and the system fonts are hidden behind empty
folders, with an empty environment (no PATH, no PYTHONPATH): the bundle must bring everything itself.
Elsewhere only the environment is emptied.
"""

from __future__ import annotations

import functools
import os
import shlex
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from aftersales_desktop import APP_NAME, __version__
from aftersales_desktop.core import migrations
from tests.core.test_migrations import make_v1_database, upgraded, user_version, v1_records

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
EXE_SUFFIX = ".exe" if sys.platform == "win32" else ""


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled program: built now from build_installer.spec into a temporary folder."""
    prebuilt = os.environ.get("AFTERSALES_BUNDLE")
    folder = Path(prebuilt) if prebuilt else None
    if folder is None:
        try:
            import PyInstaller  # noqa: F401
        except ImportError:
            pytest.fail("PyInstaller is missing: pip install -e '.[bundle]' (make test-bundle does it)")
        out = tmp_path_factory.mktemp("bundle")
        build = subprocess.run(
            [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--distpath", str(out / "dist"),
             "--workpath", str(out / "build"), str(ROOT / "build_installer.spec")],
            cwd=ROOT, capture_output=True, text=True, timeout=1200,
        )
        assert build.returncode == 0, build.stderr[-3000:]
        folder = out / "dist" / APP_NAME
    exe = folder / f"{APP_NAME}{EXE_SUFFIX}"
    assert exe.is_file(), f"no program at {exe}"
    return exe


@functools.cache
def can_hide_python() -> bool:
    if sys.platform != "linux" or os.geteuid() != 0 or not shutil.which("unshare"):
        return False
    probe = subprocess.run(["unshare", "-m", "--propagation", "private", "true"], capture_output=True)
    return probe.returncode == 0


HIDDEN = [
    sys.prefix,  # the venv
    str(Path(sys.base_prefix) / "lib" / f"python{sys.version_info.major}.{sys.version_info.minor}"),
    "/usr/lib/python3",
    "/root/.pyenv",
    str(ROOT),  # the checkout: resources and sources must come from the bundle
    "/usr/share/fonts",  # Chinese must come from the shipped font
]


def run_bundled(exe: Path, *args: str, home: Path, extra_env: dict[str, str] | None = None,
                timeout: float = 300, background: bool = False):
    """Run the bundled program with no Python reachable; returns CompletedProcess (or Popen if background)."""
    env = {"HOME": str(home), "PATH": "", "PYTHONPATH": "", "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen"}
    env.update(extra_env or {})
    command = ["env", "-i", *(f"{k}={v}" for k, v in env.items()), str(exe), *args]
    if can_hide_python():
        hidden = [d for d in HIDDEN if Path(d).is_dir() and not exe.resolve().is_relative_to(Path(d).resolve())]
        mounts = "".join(f"mount -t tmpfs none {shlex.quote(d)}; " for d in hidden)
        command = ["unshare", "-m", "--propagation", "private", "sh", "-c",
                   mounts + "exec " + " ".join(map(shlex.quote, command))]
    home.mkdir(parents=True, exist_ok=True)
    if background:
        return subprocess.Popen(command, cwd=home, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    return subprocess.run(command, cwd=home, capture_output=True, text=True, timeout=timeout)


def ok(result: subprocess.CompletedProcess) -> str:
    assert result.returncode == 0, f"exit {result.returncode}\n{result.stdout[-2000:]}\n{result.stderr[-4000:]}"
    return result.stdout


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True, text=True).stdout


def is_a5(path: Path) -> bool:
    """Every page 148 x 210 mm (420 x 595 pt), as pdfinfo measures it."""
    info = subprocess.run(["pdfinfo", "-l", "99", str(path)], check=True, capture_output=True, text=True).stdout
    sizes = [line.split(":", 1)[1].split()[:3] for line in info.splitlines() if "size:" in line and "Page" in line]
    return bool(sizes) and all(abs(float(w) - 419.5) < 1 and abs(float(h) - 595.3) < 1 for w, _x, h in sizes)


@pytest.fixture(scope="module")
def demo_shop(bundle: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo shop made by the bundled program itself."""
    folder = tmp_path_factory.mktemp("demo") / "shop"
    out = ok(run_bundled(bundle, "demo", "--data-dir", str(folder), "--months", "2", home=folder.parent))
    assert (folder / "aftersales.sqlite3").is_file(), out
    return folder


def first_call_no(shop: Path) -> str:
    import sqlite3

    conn = sqlite3.connect(shop / "aftersales.sqlite3")
    try:
        row = conn.execute("SELECT number FROM service_call WHERE status != 'void' ORDER BY id LIMIT 1").fetchone()
    finally:
        conn.close()
    assert row, "the demo made no calls"
    return row[0]


def last_month(shop: Path) -> str:
    """YYYY-MM of the newest call in the shop."""
    import sqlite3

    conn = sqlite3.connect(shop / "aftersales.sqlite3")
    try:
        return conn.execute("SELECT substr(MAX(received_at), 1, 7) FROM service_call").fetchone()[0]
    finally:
        conn.close()


def test_the_bundle_knows_its_name_and_version(bundle, tmp_path):
    assert f"{APP_NAME} {__version__}" in ok(run_bundled(bundle, "--version", home=tmp_path))
    help_text = ok(run_bundled(bundle, "--help", home=tmp_path))
    for command in ("demo", "backup", "check", "print", "export-month"):
        assert command in help_text


def test_demo_and_check_run_without_python(bundle, demo_shop, tmp_path):
    assert "ok:" in ok(run_bundled(bundle, "check", "--data-dir", str(demo_shop), home=tmp_path))


def test_print_voucher_writes_the_pdf(bundle, demo_shop, tmp_path):
    call_no = first_call_no(demo_shop)
    out = tmp_path / "voucher.pdf"
    ok(run_bundled(bundle, "print", "voucher", call_no, "--data-dir", str(demo_shop), "--out", str(out), home=tmp_path))
    text = pdf_text(out)
    assert "服务凭证" in text and call_no in text
    assert is_a5(out)


def test_printing_through_qt_gives_the_right_page_with_chinese(bundle, demo_shop, tmp_path):
    """The print dialog's path (gui/printing.py on a QPrinter), into a PDF file as the stand-in printer."""
    call_no = first_call_no(demo_shop)
    out = tmp_path / "voucher-qt.pdf"
    ok(run_bundled(bundle, "print", "voucher", call_no, "--via-qt", "--data-dir", str(demo_shop), "--out", str(out),
                   home=tmp_path))
    text = pdf_text(out)
    assert "服务凭证" in text and call_no in text and "客户签字" in text
    assert is_a5(out)
    fonts = subprocess.run(["pdffonts", str(out)], check=True, capture_output=True, text=True).stdout
    assert "WenQuanYi" in fonts  # the shipped font, embedded (the system fonts are hidden)


def test_export_month_writes_the_workbook(bundle, demo_shop, tmp_path):
    from openpyxl import load_workbook

    month = last_month(demo_shop)
    out = tmp_path / "month.xlsx"
    ok(run_bundled(bundle, "export-month", month, "--data-dir", str(demo_shop), "--out", str(out), home=tmp_path))
    book = load_workbook(out)
    assert len(book.sheetnames) >= 2
    filled = [row for sheet in book.worksheets for row in sheet.iter_rows(values_only=True) if any(row)]
    assert len(filled) > 2 * len(book.sheetnames)  # the month's records, not only the headers


def test_a_version_1_database_opens_in_the_bundle_with_every_record_intact(bundle, tmp_path):
    shop = tmp_path / "old-shop"
    database = make_v1_database(shop / "aftersales.sqlite3")
    before = v1_records(database)

    ok(run_bundled(bundle, "check", "--data-dir", str(shop), home=tmp_path))  # read-only: nothing migrated yet
    assert user_version(database) == 1
    ok(run_bundled(bundle, "backup", "--data-dir", str(shop), home=tmp_path))  # opens it for writing: migrates

    assert user_version(database) == migrations.SCHEMA_VERSION
    assert v1_records(database) == upgraded(before)
    backups = sorted((shop / "backups").glob("*.sqlite3"))
    if migrations.SCHEMA_VERSION > 1:  # migrations ran: the version-1 file was kept first
        assert backups and user_version(backups[0]) == 1 and v1_records(backups[0]) == before


def test_the_bundle_moves_the_shop_onto_a_postgresql_server_and_works_there(bundle, demo_shop, pg_admin, tmp_path):
    """psycopg and its libpq (psycopg_binary, hidden imports of the spec) travel in the bundle: a counter PC with
    no Python moves the shop onto the server, checks it there and backs it up with pg_dump."""
    from tests.pg_server import admin_sql

    admin, _template = pg_admin
    name = "aftersales_bundle_target"
    admin_sql(admin, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)", f"CREATE DATABASE {name}")
    url = admin.with_name(name).url()
    try:
        out = ok(run_bundled(bundle, "move-to-server", "--data-dir", str(demo_shop), "--database", url, home=tmp_path))
        assert "psycopg" not in out.lower()  # no "module missing" on the way
        ok(run_bundled(bundle, "check", "--database", url, home=tmp_path))
        # pg_dump is found where Debian (or the EDB installer) put it: the bundle's PATH is empty
        ok(run_bundled(bundle, "backup", "--database", url, "--to", str(tmp_path / "dumps"), home=tmp_path))
        assert list((tmp_path / "dumps").glob("*.dump"))
    finally:
        admin_sql(admin, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.mark.skipif(not (shutil.which("Xvfb") and shutil.which("xdotool")), reason="needs Xvfb and xdotool")
def test_the_gui_starts_on_a_virtual_screen_in_chinese(bundle, demo_shop, tmp_path):
    display = f":{150 + os.getpid() % 200}"
    xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    app = None
    try:
        time.sleep(1)
        app = run_bundled(bundle, "--data-dir", str(demo_shop), home=tmp_path, background=True,
                          extra_env={"DISPLAY": display, "QT_QPA_PLATFORM": "xcb"})
        names = ""
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and app.poll() is None:
            found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "."], capture_output=True,
                                   text=True, env={**os.environ, "DISPLAY": display})
            if found.stdout.strip():
                names = "|".join(
                    subprocess.run(["xdotool", "getwindowname", wid], capture_output=True, text=True,
                                   env={**os.environ, "DISPLAY": display}).stdout.strip()
                    for wid in found.stdout.split()
                )
                break
            time.sleep(0.2)
        assert app.poll() is None, app.stdout.read() if app.stdout else "the app exited"
        assert "售后服务台" in names  # the sign-in window, titled in Chinese
        if shutil.which("import"):
            time.sleep(1.5)
            shot = tmp_path / "bundle-gui.png"
            subprocess.run(["import", "-window", "root", str(shot)], env={**os.environ, "DISPLAY": display}, check=True)
            assert shot.stat().st_size > 5000
            print(f"screenshot of the bundled GUI: {shot}")
    finally:
        if app is not None:
            app.terminate()
            try:
                app.wait(10)
            except subprocess.TimeoutExpired:
                app.kill()
        xvfb.terminate()
        xvfb.wait(10)


CLEAN_ROOT = os.environ.get("AFTERSALES_CLEAN_ROOT")  # a Debian made with debootstrap, see README


@pytest.mark.skipif(not (CLEAN_ROOT and can_hide_python()), reason="set AFTERSALES_CLEAN_ROOT to a debootstrap root (as root)")
def test_the_bundle_runs_in_a_clean_debian_root(bundle, tmp_path):
    """No Python at all there; only libgl1 and libegl1 added (Qt's print path loads them)."""
    root = Path(CLEAN_ROOT or "")
    assert not list((root / "usr" / "bin").glob("python3*")), "the clean root must have no Python"
    target = root / "opt" / "aftersales-desktop-test"
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(bundle.parent, target, symlinks=True)
    shutil.rmtree(root / "root" / "test-shop", ignore_errors=True)

    def in_root(*args: str) -> str:
        inner = " ".join(map(shlex.quote, ["/usr/bin/env", "-i", "HOME=/root", "PATH=/usr/bin:/bin", "LANG=C.UTF-8",
                                           "QT_QPA_PLATFORM=offscreen", f"/opt/aftersales-desktop-test/{bundle.name}", *args]))
        script = (f"mount -t proc proc {shlex.quote(str(root / 'proc'))}; "
                  f"mount --rbind /dev {shlex.quote(str(root / 'dev'))}; exec chroot {shlex.quote(str(root))} {inner}")
        return ok(subprocess.run(["unshare", "-m", "--propagation", "private", "sh", "-c", script],
                                 capture_output=True, text=True, timeout=600))

    try:
        assert __version__ in in_root("--version")
        in_root("demo", "--data-dir", "/root/test-shop", "--months", "1")
        call_no = first_call_no(root / "root" / "test-shop")
        in_root("print", "voucher", call_no, "--via-qt", "--data-dir", "/root/test-shop", "--out", "/root/test-shop/v.pdf")
        assert "服务凭证" in pdf_text(root / "root" / "test-shop" / "v.pdf")
        assert is_a5(root / "root" / "test-shop" / "v.pdf")
        in_root("export-month", last_month(root / "root" / "test-shop"), "--data-dir", "/root/test-shop", "--out", "/root/test-shop/m.xlsx")
        assert (root / "root" / "test-shop" / "m.xlsx").stat().st_size > 1000
    finally:
        shutil.rmtree(target, ignore_errors=True)
