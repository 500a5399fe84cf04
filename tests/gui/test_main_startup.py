"""Start-up: a second copy, a damaged or missing data file, first run, language, and the crash route."""

from __future__ import annotations

import sys

import pytest

from aftersales_desktop.core import backup
from aftersales_desktop.core.db import close_database, database, open_database
from aftersales_desktop.core.instance_lock import InstanceLock
from aftersales_desktop.core.models import Customer, Staff
from aftersales_desktop.core.paths import data_paths
from aftersales_desktop.gui import app as app_module
from aftersales_desktop.gui import crash, i18n
from aftersales_desktop.gui.dialogs import startup_error_dialog as startup
from tests.factories import make_customer, make_shop


@pytest.fixture
def asked(monkeypatch):
    """Replace the start-up choice dialog: answers are taken from `asked.answers` in order."""

    class Asked:
        answers: list[str] = []
        calls: list[tuple[str, object, bool]] = []

    def ask(sentence, backup_file, offer_new=False, parent=None):
        Asked.calls.append((sentence, backup_file, offer_new))
        return Asked.answers.pop(0) if Asked.answers else startup.QUIT

    monkeypatch.setattr(startup.StartupErrorDialog, "ask", staticmethod(ask))
    return Asked


@pytest.fixture
def shop_with_backup(data_dir, frozen_now):
    """A real shop with one customer, backed up, then closed: the state the app finds at start."""
    paths = data_paths(data_dir).ensure()
    open_database(paths.database)
    shop = make_shop()
    make_customer(shop.clerk, name="备份里的客户", phone="13900000001")
    good = backup.backup_database(paths.backups, label="daily")
    close_database()
    return paths, good


def _corrupt(path) -> None:
    for extra in ("-wal", "-shm"):
        (path.parent / (path.name + extra)).unlink(missing_ok=True)
    path.write_bytes(b"this is not a database at all" * 200)


def test_a_second_copy_gets_a_plain_sentence(data_dir, quiet_messages):
    paths = data_paths(data_dir).ensure()
    first = InstanceLock(paths.lock_file)
    first.acquire()
    try:
        starter = app_module.Startup(data_dir)
        assert starter.run() is None
        assert starter.exit_code == 1
        kind, text = quiet_messages.recorded[-1]
        assert kind == "error" and "已经在这台电脑上打开" in text
        assert "Traceback" not in text
    finally:
        first.release()


def test_a_damaged_file_offers_the_newest_good_backup_and_restores_it(shop_with_backup, asked, quiet_messages):
    paths, good = shop_with_backup
    _corrupt(paths.database)
    asked.answers = [startup.RESTORE]
    starter = app_module.Startup(paths.root)
    assert starter.acquire_lock(paths)
    try:
        assert starter.open_data()
        sentence, offered, _ = asked.calls[0]
        assert "损坏" in sentence and offered == good
        assert Customer.select().where(Customer.name == "备份里的客户").exists()
        assert quiet_messages.recorded[-1][0] == "info"
        assert any(p.name.startswith("damaged-") for p in paths.backups.iterdir())  # the bad file is kept aside
    finally:
        starter.shutdown()


def test_a_damaged_file_and_quit_leaves_it_untouched(shop_with_backup, asked):
    paths, _good = shop_with_backup
    _corrupt(paths.database)
    before = paths.database.read_bytes()
    asked.answers = [startup.QUIT]
    starter = app_module.Startup(paths.root)
    assert not starter.open_data()
    assert paths.database.read_bytes() == before  # never an empty database in its place
    assert database.is_closed()


def test_choose_another_data_file(shop_with_backup, asked, monkeypatch, tmp_path):
    paths, _good = shop_with_backup
    _corrupt(paths.database)
    other = data_paths(tmp_path / "other").ensure()
    open_database(other.database)
    make_shop()
    close_database()
    monkeypatch.setattr(startup, "choose_data_file", lambda parent=None: other.database)
    asked.answers = [startup.CHOOSE]
    starter = app_module.Startup(paths.root)
    try:
        assert starter.open_data()
        assert starter.paths.root == other.root and starter.lock is not None
        assert Staff.select().exists()
    finally:
        starter.shutdown()


def test_a_missing_file_with_backups_is_not_silently_replaced(shop_with_backup, asked):
    paths, good = shop_with_backup
    paths.database.unlink()
    asked.answers = [startup.RESTORE]
    starter = app_module.Startup(paths.root)
    try:
        assert starter.open_data()
        assert asked.calls[0][2] is True  # "start with an empty data file" was offered, not taken silently
        assert Customer.select().where(Customer.name == "备份里的客户").exists()
    finally:
        starter.shutdown()


def test_run_goes_from_setup_to_the_signed_in_main_window(data_dir, monkeypatch, qtbot, fake_login, db):
    from aftersales_desktop.gui.dialogs import setup_dialog

    close_database()
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run() installs the crash route; undo after

    class QuickSetup:
        def __init__(self, parent=None):
            self.demo_opened = False

        def exec(self):
            from aftersales_desktop.core.services.setup import set_up_shop

            fake_login.next_staff = set_up_shop("店", "地址", "025-84561234", "经理甲", "123456")
            return 1

    monkeypatch.setattr(setup_dialog, "SetupDialog", QuickSetup)
    starter = app_module.Startup(data_dir, lang="zh_CN")
    try:
        window = starter.run()
        qtbot.addWidget(window)
        assert window.session.actor.name == "经理甲"
        # the first start's daily backup follows the window, on its own thread, and the status bar says so
        qtbot.waitUntil(lambda: bool(backup.list_backups(data_paths(data_dir).backups)), timeout=20000)
        qtbot.waitUntil(lambda: "完好" in window.statusBar().currentMessage(), timeout=20000)
        assert (data_paths(data_dir).logs / crash.LOG_NAME).exists()
    finally:
        starter.shutdown()


def test_language_choice():
    assert i18n.choose_language("en", "zh_CN") == "en"
    assert i18n.choose_language(None, "en") == "en"
    assert i18n.choose_language(None, "zh_CN") == "zh_CN"
    assert i18n.choose_language(None, "auto") == i18n.system_language()


def test_chinese_translations_are_installed(qapp):
    from PySide6.QtCore import QCoreApplication

    i18n.install("zh_CN")
    assert QCoreApplication.translate("MainWindow", "Back up now") == "立即备份"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"  # Qt's own buttons
    i18n.install("en")
    assert QCoreApplication.translate("MainWindow", "Back up now") == "Back up now"
    i18n.install("zh_CN")


def test_qts_own_dialogs_speak_chinese(qapp):
    """The non-native file and print dialogs: Qt 6 asks for "&Look in:", Qt's Chinese file has "Look in:"."""
    import re

    from PySide6.QtCore import QCoreApplication
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    from PySide6.QtWidgets import QFileDialog, QLabel, QLineEdit

    i18n.install("zh_CN")
    try:
        files = QFileDialog(None, "t")
        files.setOption(QFileDialog.Option.DontUseNativeDialog)
        printer = QPrinter()
        dialogs = [files, QPrintDialog(printer)]
        labels = [label.text() for d in dialogs for label in d.findChildren(QLabel) if label.text()]
        assert "查找范围(&L)：" in labels and "文件类型(&T)：" in labels and "文件名称(&N)：" in labels
        english = [text for text in labels if re.search(r"[A-Za-z]{3,}", text.replace("PDF", ""))]
        assert english == []
        line = QLineEdit()
        menu = line.createStandardContextMenu()
        assert "撤消(&U)\tCtrl+Z" in [a.text() for a in menu.actions()]  # Qt's own texts are left as they are
        assert QCoreApplication.translate("Nowhere", "&Nothing like this") == "&Nothing like this"
        assert QCoreApplication.translate("QAbstractFileIconProvider", "Folder") == "文件夹"  # the Type column
    finally:
        i18n.install("zh_CN")


def test_crash_route_logs_the_traceback_and_reports_once(tmp_path, quiet_messages):
    log_file = crash.setup_logging(tmp_path / "logs")
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        crash.handle_exception(*sys.exc_info())
    for handler in crash.log.handlers:
        handler.flush()
    assert "RuntimeError: boom" in log_file.read_text(encoding="utf-8")
    assert quiet_messages.recorded[-1] == ("crash", "boom")


def test_the_sign_in_window_shows_first_without_the_main_window_or_heavy_modules(data_dir, frozen_now, tmp_path):
    """Start → sign-in painted is the counter's first wait: the main window, its areas and the heavy libraries
    (the workbook, the PDF papers, pinyin, images, the server driver) load after someone signed in, and the
    subcommands' modules not at all; the look is Fusion all the same (named as the application starts)."""
    import os
    import subprocess

    from tests.factories import make_shop

    paths = data_paths(data_dir).ensure()
    open_database(paths.database)
    make_shop()
    close_database()
    code = (
        "import os, sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from aftersales_desktop.gui.dialogs import login_dialog\n"
        "def shown(self):\n"
        "    self.show()\n"
        "    QApplication.processEvents()\n"
        "    names = ('psycopg', 'openpyxl', 'reportlab', 'pypinyin', 'PIL', 'aftersales_desktop.gui.main_window',\n"
        "             'aftersales_desktop.gui.today_page', 'aftersales_desktop.cli.demo_cmd',\n"
        "             'aftersales_desktop.cli.print_cmd', 'aftersales_desktop.cli.backup_cmd',\n"
        "             'aftersales_desktop.core.server_backup', 'aftersales_desktop.core.services.staff')\n"
        "    import gc\n"
        "    loaded, app = [name for name in names if name in sys.modules], QApplication.instance()\n"
        "    app.setStyleSheet('')  # the style under the style sheet\n"
        "    print(self.isVisible(), loaded, gc.isenabled(), app.style().name(), flush=True)\n"
        "    os._exit(0)\n"
        "login_dialog.LoginDialog.exec = shown\n"
        "from aftersales_desktop.cli import main\n"
        "sys.exit(main(sys.argv[1:]))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path),
           "QT_STYLE_OVERRIDE": "windows"}  # as a desktop's own style would: the app must still look like itself
    done = subprocess.run([sys.executable, "-c", code, "--data-dir", str(paths.root), "--lang", "zh_CN"],
                          capture_output=True, text=True, env=env, timeout=120)  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "True [] True fusion"  # the garbage collector, off while starting, is back on


def test_modules_loaded_after_qt_are_checked_without_keeping_their_source(tmp_path, monkeypatch):
    """PySide asks of every module imported after it whether it uses PySide6; the app answers without leaving
    every source line in memory (gui/source_reading.py: 7 MiB for the app's modules)."""
    import linecache

    feature = sys.modules["shibokensupport.feature"]
    (tmp_path / "uses_qt_here.py").write_text("from PySide6.QtCore import QObject\n" + "# a line\n" * 500)
    (tmp_path / "plain_here.py").write_text("ANSWER = 42\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    exec("import uses_qt_here, plain_here")  # through PySide's import hook, as the app's own imports
    assert feature.pyside_feature_dict["uses_qt_here"] == 0 and feature.pyside_feature_dict["plain_here"] == -1
    assert not any(name.startswith(str(tmp_path)) for name in linecache.cache)
    for name in ("uses_qt_here", "plain_here"):
        sys.modules.pop(name, None)


def test_threads_share_the_main_malloc_arena_on_linux(monkeypatch):
    """glibc's per-thread arenas kept 7 MiB of the window's memory (Qt's threads, the Reports worker): the GUI
    asks glibc to let threads share the main one; elsewhere it asks nothing."""
    import platform

    from aftersales_desktop.gui.app import share_malloc_arena

    if sys.platform.startswith("linux") and platform.libc_ver()[0] == "glibc":
        assert share_malloc_arena() is True
    monkeypatch.setattr(sys, "platform", "win32")
    assert share_malloc_arena() is False


def test_once_the_main_window_is_up_what_starting_made_is_set_aside_from_the_cycle_collector(
    qtbot, monkeypatch, tmp_path
):
    """A full collection scanned every module, class and Qt type made while starting (50,000 objects, 13-24 ms
    at whatever keystroke it fell on): a second after the main window shows, the app imports the area opened
    first (so its click does not), collects once and freezes what is alive, so later collections leave it out;
    garbage made before is collected, not frozen."""
    import gc
    import weakref

    from PySide6.QtWidgets import QApplication, QMainWindow

    class Cycle:
        def __init__(self) -> None:
            self.me = self

    class Started:
        exit_code = 0

        def __init__(self, *args: object) -> None:
            self.window = QMainWindow()

        def run(self) -> QMainWindow:
            self.window.show()
            return self.window

        def shutdown(self) -> None:
            self.window.close()

    seen: dict[str, int] = {}

    def event_loop(app: QApplication) -> int:
        assert "first_area_here" not in sys.modules  # not while starting: the window comes first
        qtbot.waitUntil(lambda: gc.get_freeze_count() > 0, timeout=5000)
        seen["frozen"] = gc.get_freeze_count()
        area_class = sys.modules["first_area_here"].AreaPage
        seen["area_frozen"] = not any(thing is area_class for thing in gc.get_objects())
        return 0

    (tmp_path / "first_area_here.py").write_text("class AreaPage:\n    pass\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(app_module, "FIRST_AREAS", ("first_area_here",))
    monkeypatch.setattr(app_module, "Startup", Started)
    monkeypatch.setattr(QApplication, "exec", event_loop)
    assert gc.get_freeze_count() == 0
    collecting = gc.isenabled()
    gc.disable()  # as the command starts the app: nothing collected until the app does
    garbage = weakref.ref(Cycle())  # unreachable already: to be collected, not frozen
    try:
        assert app_module.run_gui() == 0
    finally:
        gc.unfreeze()  # the test process goes on collecting as before
        if collecting:
            gc.enable()
    sys.modules.pop("first_area_here", None)
    assert seen["frozen"] > 10_000 and garbage() is None
    assert seen["area_frozen"], "the first area's module is imported before the freeze, and frozen with the rest"


def test_the_first_areas_are_modules_of_the_app():
    """FIRST_AREAS names modules that exist (a renamed page would fail its import a second after start)."""
    import importlib.util

    for name in app_module.FIRST_AREAS:
        assert importlib.util.find_spec(name) is not None, name
