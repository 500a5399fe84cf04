"""Journey 10: the manager backs up now, a setting changes, then the manager restores that backup."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from aftersales_desktop.core import backup, settings
from aftersales_desktop.gui.dialogs.backup_dialog import RestoreDialog
from aftersales_desktop.gui.dialogs.settings_dialog import SettingsDialog


def test_back_up_now_then_restore_from_that_backup(counter, shop):
    c = counter
    c.sign_in(shop.manager)
    c.menu("file", "back_up_now")
    made = backup.list_backups(c.window.session.paths.backups)
    assert len(made) == 1 and "-manual" in made[0].name
    assert str(made[0]) in c.asked("info")[-1]

    def rename(dialog: SettingsDialog) -> None:
        c.type(c.widget("shop_name", QLineEdit), "改名后的服务部", clear=True)
        c.save()

    c.modal(SettingsDialog, lambda: c.menu("file", "settings"), rename)
    assert settings.get("shop_name") == "改名后的服务部" and c.window.windowTitle() == "改名后的服务部"

    def pick_the_manual_backup(dialog: RestoreDialog) -> None:
        c.list_item(dialog.list, "-manual", Qt.ItemDataRole.UserRole)
        c.save()

    c.login.next_staff = shop.manager  # everyone signs in again after a restore
    c.modal(RestoreDialog, lambda: c.menu("file", "restore"), pick_the_manual_backup)
    taken = backup.file_date(made[0]).strftime("%Y-%m-%d %H:%M:%S")
    assert c.asked("confirm") and taken in c.asked("info")[-1]  # "the backup of … was restored"
    assert settings.get("shop_name") == "好邻居家电售后服务部"
    assert c.window.windowTitle() == "好邻居家电售后服务部"
    kept = backup.list_backups(c.window.session.paths.backups)
    assert any("-before-restore" in p.name for p in kept)
    assert c.window.session.actor.id == shop.manager.id and c.window.current_area() == "today"
