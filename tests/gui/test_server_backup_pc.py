"""A server shop's daily backup: the settings name one PC and a folder there; that PC's app makes the day's
pg_dump (checked with pg_restore --list) after its window shows, and the other PCs make none."""

from __future__ import annotations

from aftersales_desktop.core import server_backup, settings
from aftersales_desktop.core.db import open_server
from aftersales_desktop.core.paths import data_paths
from aftersales_desktop.gui import app as app_module
from aftersales_desktop.gui.dialogs.settings_dialog import SettingsDialog
from aftersales_desktop.gui.main_window import MainWindow
from aftersales_desktop.gui.session import Session
from tests.factories import make_shop


def test_only_the_pc_named_in_the_settings_makes_the_daily_server_backup(pg_database, data_dir, tmp_path,
                                                                         frozen_now, qtbot, monkeypatch):
    open_server(pg_database)
    shop = make_shop()
    session = Session(data_paths(data_dir).ensure())
    session.sign_in(shop.manager)
    dialog = SettingsDialog(session)
    qtbot.addWidget(dialog)
    assert dialog.backup_here is not None and not dialog.backup_here.isChecked()
    dialog.backup_here.setChecked(True)
    dialog.save()  # no folder yet: refused at the field, nothing saved
    assert dialog.result() != dialog.DialogCode.Accepted and settings.get("backup_pc") == ""
    assert "备份" in dialog.error.text()
    folder = tmp_path / "server-backups"
    dialog.backup_folder.setText(str(folder))
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert (settings.get("backup_pc"), settings.get("backup_folder")) == (server_backup.this_pc(), str(folder))

    starter = app_module.Startup(data_dir)
    window = MainWindow(session)
    qtbot.addWidget(window)
    checks = starter.start_background(window)
    assert checks is not None
    qtbot.waitUntil(lambda: bool(server_backup.daily_dumps(folder)) and not checks.running(), timeout=30000)
    [dump] = server_backup.daily_dumps(folder)
    qtbot.waitUntil(lambda: dump.name in window.statusBar().currentMessage(), timeout=10000)  # said, in either language
    assert "service_call" in server_backup.verify(dump)

    monkeypatch.setattr(server_backup, "this_pc", lambda: "WORKSHOP-PC")  # any other counter of the shop
    assert starter.start_background(window) is None
    other = SettingsDialog(session)
    qtbot.addWidget(other)
    assert not other.backup_here.isChecked()
    other.save()  # saving its own settings leaves the backup where it is
    assert settings.get("backup_pc") != "WORKSHOP-PC" and settings.get("backup_pc")
