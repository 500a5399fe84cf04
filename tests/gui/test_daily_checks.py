"""The whole-file check and the daily backup run after the window shows; a damaged file still stops work."""

from __future__ import annotations

from aftersales_desktop.core import backup
from aftersales_desktop.core.db import close_database, open_database
from aftersales_desktop.core.paths import data_paths
from aftersales_desktop.gui import app as app_module
from aftersales_desktop.gui.dialogs import startup_error_dialog as startup
from aftersales_desktop.gui.main_window import MainWindow
from aftersales_desktop.gui.session import Session
from tests.factories import make_customer, make_shop


def _shop(data_dir, customers=40):
    paths = data_paths(data_dir).ensure()
    open_database(paths.database)
    shop = make_shop()
    for n in range(customers):
        make_customer(shop.clerk, name=f"客户{n}", phone=f"1391234{n:04d}")
    return paths, shop


def test_the_checks_run_after_the_window_and_say_so(data_dir, qtbot, frozen_now, quiet_messages):
    paths, shop = _shop(data_dir)
    starter = app_module.Startup(paths.root)
    window = MainWindow(Session(paths))
    qtbot.addWidget(window)
    checks = starter.start_daily_checks(window)
    assert "Checking" in window.statusBar().currentMessage() or "检查" in window.statusBar().currentMessage()
    assert not checks.running() and not backup.list_backups(paths.backups)  # nothing before the window is up
    window.session.sign_in(shop.manager)  # work starts while the check runs
    qtbot.waitUntil(lambda: bool(backup.list_backups(paths.backups)) and not checks.running(), timeout=20000)
    qtbot.waitUntil(lambda: "sound" in window.statusBar().currentMessage() or "完好" in window.statusBar().currentMessage())
    assert backup.kind_of(backup.list_backups(paths.backups)[0]) == "daily"
    assert quiet_messages.recorded == []


def test_a_damaged_page_found_after_start_stops_work_with_the_sentence(data_dir, qtbot, frozen_now, monkeypatch):
    paths, shop = _shop(data_dir, customers=400)
    close_database()
    raw = bytearray(paths.database.read_bytes())
    for offset in range(len(raw) - 4096 * 4, len(raw) - 4096):  # scribble over data pages, not the schema
        raw[offset] = 0x5A
    paths.database.write_bytes(bytes(raw))
    for extra in ("-wal", "-shm"):
        (paths.database.parent / (paths.database.name + extra)).unlink(missing_ok=True)
    asked: list[str] = []
    monkeypatch.setattr(startup.StartupErrorDialog, "ask",
                        staticmethod(lambda sentence, good, offer_new=False, parent=None: asked.append(sentence) or startup.QUIT))
    exits: list[int] = []
    monkeypatch.setattr(app_module.QCoreApplication, "exit", staticmethod(exits.append))
    starter = app_module.Startup(paths.root)
    assert starter.open_data()  # opening does not read the whole file any more: the window comes first
    window = MainWindow(Session(paths))
    qtbot.addWidget(window)
    window.session.sign_in(shop.manager)
    starter.start_daily_checks(window)
    qtbot.waitUntil(lambda: bool(exits), timeout=20000)
    assert exits == [1] and starter.exit_code == 1
    assert asked and ("损坏" in asked[0] or "integrity" in asked[0] or "完整性" in asked[0])
    assert window.session.actor is None  # nobody goes on working on a damaged file
    starter.shutdown()


def test_a_failed_backup_warns_and_work_goes_on(data_dir, qtbot, frozen_now, quiet_messages):
    paths, shop = _shop(data_dir, customers=3)
    backup_folder = paths.backups
    if backup_folder.exists():
        backup_folder.rmdir()
    backup_folder.write_text("not a folder")  # the backup cannot be written; the file itself is sound
    starter = app_module.Startup(paths.root)
    window = MainWindow(Session(paths))
    qtbot.addWidget(window)
    window.session.sign_in(shop.manager)
    checks = starter.start_daily_checks(window)
    qtbot.waitUntil(lambda: bool(quiet_messages.recorded) and not checks.running(), timeout=20000)
    kind, text = quiet_messages.recorded[0]
    assert kind == "warn" and ("backup failed" in text or "备份失败" in text)
    assert window.session.actor is not None and starter.exit_code == 0


def test_the_checks_wait_for_the_sign_in_window_to_be_painted(data_dir, qtbot, frozen_now, quiet_messages):
    from aftersales_desktop.gui.dialogs.login_dialog import LoginDialog

    paths, shop = _shop(data_dir, customers=3)
    starter = app_module.Startup(paths.root)
    dialog = LoginDialog()
    qtbot.addWidget(dialog)
    checks = starter.start_daily_checks(after=dialog)
    qtbot.wait(app_module.CHECKS_AFTER_MS + 300)
    assert checks.thread is None  # not painted yet: the file is not read
    dialog.show()
    # ended and said to the GUI thread: the thread can end a moment before its queued `finished` is delivered
    qtbot.waitUntil(lambda: starter._check_outcome is not None, timeout=20000)
    assert not checks.running()
    window = MainWindow(Session(paths, actor=shop.manager))
    qtbot.addWidget(window)
    starter.attach_window(window)  # signed in after the checks ended: their outcome is said now
    assert "sound" in window.statusBar().currentMessage() or "完好" in window.statusBar().currentMessage()
    assert backup.list_backups(paths.backups) and quiet_messages.recorded == []
