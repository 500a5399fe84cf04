"""The whole-file integrity check and the first-start-of-the-day backup, run after the window shows.

Both read the whole data file — seconds for a shop of many years — so the sign-in window does not wait for
them: they run on a thread of their own, on SQLite connections of their own (core/db.check_file,
core/backup.daily_backup_if_due with `source`), while the person signs in and starts work. The main window's
status bar says what is going on; a damaged file still stops work, with the sentence and the way out the
start-up offers (restore the newest good backup, or quit).
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from aftersales_desktop.core import backup
from aftersales_desktop.core.db import check_file
from aftersales_desktop.core.dburl import Target
from aftersales_desktop.core.errors import DatabaseCorrupt, UserError
from aftersales_desktop.core.paths import DataPaths

log = logging.getLogger("aftersales_desktop.daily_checks")


@dataclass(frozen=True)
class CheckResult:
    backup: Path | None  # today's backup, made now; None when it was made earlier today
    set_aside: bool  # it held far fewer records than yesterday's and was kept aside
    server: bool = False  # the server shop's daily pg_dump, made by the designated PC (nothing else checked)


@dataclass(frozen=True)
class CheckFailure:
    error: UserError
    damaged: bool  # the data file itself failed its check (work must stop), not only the backup


class DailyChecks(QObject):
    """Runs the checks on a thread; `finished` carries a CheckResult or a CheckFailure (in the GUI thread)."""

    finished = Signal(object)

    def __init__(self, paths: DataPaths, keep: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.paths = paths
        self.keep = keep
        self.thread: threading.Thread | None = None

    def start(self) -> None:
        self.thread = threading.Thread(target=self._run, name="daily-checks", daemon=True)
        self.thread.start()

    def running(self) -> bool:
        return self.thread is not None and self.thread.is_alive()

    def _run(self) -> None:
        outcome = self._check()
        try:
            self.finished.emit(outcome)
        except RuntimeError:  # the window was closed meanwhile: nobody to tell
            log.info("daily checks finished after the window closed: %s", outcome)

    def _check(self) -> CheckResult | CheckFailure:
        try:
            check_file(self.paths.database)
        except UserError as error:
            log.error("the data file failed its check: %s", error.message)
            return CheckFailure(error, damaged=True)
        try:
            made = backup.daily_backup_if_due(self.paths, keep=self.keep, source=self.paths.database)
        except UserError as error:
            log.warning("today's automatic backup failed: %s", error.message)
            return CheckFailure(error, damaged=isinstance(error, DatabaseCorrupt))
        aside = made is not None and made.name.startswith(backup.SET_ASIDE)
        if aside:
            log.warning("daily backup %s holds far fewer records than the one before: kept aside", made)
        elif made:
            log.info("daily backup %s", made)
        return CheckResult(made, aside)


class ServerDailyBackup(DailyChecks):
    """On the PC the settings name for a server shop: the first start of the day makes the daily pg_dump into
    the set folder, checked with pg_restore --list (core/server_backup.py, as `backup --database`). The
    server's own data is checked by the server; the other PCs make no backup."""

    def __init__(self, target: Target, folder: str, keep: int, parent: QObject | None = None) -> None:
        super().__init__(DataPaths(Path(folder or ".")), keep, parent)
        self.target, self.folder = target, folder

    def _check(self) -> CheckResult | CheckFailure:
        # pg_dump and pg_restore run as programs: no connection of this thread
        from aftersales_desktop.core import server_backup

        try:
            made = server_backup.daily_backup_if_due(self.target, self.folder, keep=self.keep)
        except UserError as error:
            log.warning("today's server backup failed: %s", error.message)
            return CheckFailure(error, damaged=False)
        if made:
            log.info("daily server backup %s", made)
        return CheckResult(made, False, server=True)
