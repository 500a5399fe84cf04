"""Starting the counter app: language, crash route, one copy per data folder, a sound database, sign-in.

Every start-up failure of the data file ends in a sentence and a way out (restore the newest good backup,
choose another file, quit) — never a traceback, never a silent empty database in place of the real one.
"""

from __future__ import annotations

import errno
import gc
import importlib
import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from aftersales_desktop import APP_NAME, APP_TITLE_EN, APP_TITLE_ZH, ORG_NAME
from aftersales_desktop.core import backup, dburl, settings
from aftersales_desktop.core.db import (
    close_database,
    is_postgres,
    open_database,
    open_server,
    opened_target,
    use_local_folder,
)
from aftersales_desktop.core.dburl import Target
from aftersales_desktop.core.engine_postgres import WrongPassword
from aftersales_desktop.core.errors import DatabaseLocked, DatabaseMissing, StorageError, UserError
from aftersales_desktop.core.instance_lock import InstanceLock
from aftersales_desktop.core.paths import DB_FILE_NAME, DataPaths, data_paths, default_log_dir
from aftersales_desktop.gui import crash, i18n, messages, source_reading
from aftersales_desktop.gui.daily_checks import CheckFailure, CheckResult, DailyChecks, ServerDailyBackup
from aftersales_desktop.gui.dialogs import startup_error_dialog as startup
from aftersales_desktop.gui.widgets.icons import icon
from aftersales_desktop.gui.widgets.style import apply_style

source_reading.install()  # for the modules loaded from here on, when the app was not started by the command
log = logging.getLogger("aftersales_desktop.app")
# the whole-file check and the daily backup begin once the sign-in window is up (they would slow its painting)
CHECKS_AFTER_MS = 400



def collect_garbage_again() -> None:
    """Python's cycle collector back on once the sign-in window is painted: the `aftersales-desktop` command
    switches it off while it starts (cli/__init__.py), when every object made is a module, a class or a Qt
    type that lives as long as the app, and scanning them again and again cost a seventh of the wait."""
    if not gc.isenabled():
        gc.enable()


# how long after the main window shows the objects made while starting are set aside (its first paint done)
SETTLE_AFTER_MS = 1000
# The area the counter opens first all day (the call register): its code is read while the app waits, a second
# after the main window shows, not on the click that opens it (25-30 ms of its first opening at the 50x shop).
FIRST_AREAS = ("aftersales_desktop.gui.calls.calls_page",)


def settle_long_lived_objects() -> None:
    """Once the main window is up: the first-opened areas' modules are imported (FIRST_AREAS), then one full
    collection, then every object still alive is frozen (gc.freeze). They are the modules, classes and Qt types
    made while starting, which live as long as the app; Python's cycle collector then leaves them out of its
    later full collections, which otherwise scanned them all at whatever click or keystroke a collection fell on
    (50,000 objects: 13-15 ms at the 50x shop on a slow machine, 24 ms with every area opened). The imports
    before the freeze, so their modules are set aside too; the collection before it, so no garbage is frozen."""
    for name in FIRST_AREAS:
        importlib.import_module(name)
    gc.collect()
    gc.freeze()


M_ARENA_MAX = -8  # glibc's mallopt parameter


def share_malloc_arena() -> bool:
    """On Linux, every thread made from now on allocates from the main malloc arena (glibc's mallopt; elsewhere
    nothing). glibc gives each new thread an arena of its own, which keeps what the thread once allocated: Qt's
    threads and the Reports worker's (gui/background.py) added 7 MiB to the window's memory at the 50x shop. The
    other threads allocate little, and the GIL already makes the Python ones take turns. True when glibc took it.
    """
    if not sys.platform.startswith("linux"):
        return False
    import ctypes  # late: 3 ms, and only the GUI needs it

    try:
        return bool(ctypes.CDLL("libc.so.6").mallopt(M_ARENA_MAX, 1))
    except (OSError, AttributeError):  # not glibc (musl has no per-thread arenas to share)
        return False


def make_application() -> QApplication:
    app = QApplication.instance()
    made_here = app is None
    if made_here:
        share_malloc_arena()  # before Qt starts its threads
        # Fusion is named on the command line Qt reads as it starts rather than set with app.setStyle, which
        # hands the style back as a Python object: making Python's QStyle type (dozens of enums) cost a twentieth
        # of the wait for the sign-in window
        app = QApplication([*sys.argv[:1], "-style", "fusion"])
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_NAME)
    app.setWindowIcon(icon("app"))
    apply_style(app, fusion_chosen=made_here)
    return app


class Startup:
    """The start-up steps, each testable on its own; `run()` does them in order."""

    def __init__(self, data_dir: str | Path | None = None, lang: str | None = None, database: str | None = None) -> None:
        self.paths = data_paths(data_dir)
        # --database, else --data-dir, else AFTERSALES_DATABASE_URL, else the server this PC remembers; a server
        # shop still keeps this PC's own folder for its logs and lock
        try:
            chosen = dburl.choose(database, data_dir)
        except UserError as error:
            log.warning("the database URL is not understood: %s", error.message)
            chosen = None
        if chosen is not None and not chosen.is_postgres and chosen.path is not None:
            self.paths = DataPaths(chosen.path.parent)  # a sqlite:/// URL names the shop's data file
            chosen = None
        self.target: Target | None = chosen
        use_local_folder(self.paths.root if chosen is not None else None)  # a server shop's photo cache lives here
        self.lang_override = lang
        self.lock: InstanceLock | None = None
        self.exit_code = 0
        self.checks: DailyChecks | None = None
        self.window = None  # the main window once someone signed in: where the checks' outcome is said
        self._check_outcome: CheckResult | CheckFailure | None = None
        self._checks_due = False  # their start is counted down (CHECKS_AFTER_MS)
        self.language = i18n.install(i18n.choose_language(lang, QSettings().value("language", "auto")))

    # -- one copy per data folder ------------------------------------------------------------------------

    def acquire_lock(self, paths: DataPaths) -> bool:
        """Hold the data folder's lock; a second copy of the app is told so plainly and stops."""
        lock = InstanceLock(paths.lock_file)
        try:
            paths.ensure()
            lock.acquire()
        except DatabaseLocked as error:
            messages.show_user_error(None, error)
            return False
        except OSError as error:
            if error.errno == errno.ENOSPC:
                messages.warn(None, QCoreApplication.translate(
                    "Startup", "The disk of the data folder {p} is full. Free some space, then start the app again.")
                    .format(p=paths.root))
                return False
            messages.warn(None, QCoreApplication.translate(
                "Startup", "The data folder {p} cannot be used ({e}). Check that it exists and may be written, or "
                "start the app with another data folder.").format(p=paths.root, e=error.strerror or error))
            return False
        if self.lock is not None:
            self.lock.release()
        self.lock = lock
        return True

    # -- the database, with ways out -------------------------------------------------------------------

    def open_data(self) -> bool:
        """Open the data file; on failure ask what to do until it opens or the user quits (exit code 1)."""
        if self.target is not None:
            return self.open_server_data(self.target)
        paths = self.paths
        new_shop = False
        while True:
            try:
                # the whole-file check runs after the window shows (DailyChecks): a file that cannot be opened
                # at all still stops here, with the ways out below
                open_database(paths.database, new_shop=new_shop, check=False)
                self.paths = paths
                self._say_what_was_repaired()
                return True
            except StorageError as error:
                log.warning("cannot open %s: %s", paths.database, error.message)
                good = None if isinstance(error, DatabaseLocked) else backup.newest_good_backup(paths)
                # a missing or emptied file may also be a shop starting over: offered, never taken silently
                offer_new = isinstance(error, DatabaseMissing)
                choice = startup.StartupErrorDialog.ask(error.message, good, offer_new=offer_new)
            new_shop = False
            if choice == startup.RESTORE:
                if self._restore_newest(paths):
                    self.paths = paths
                    return True
            elif choice == startup.NEW_EMPTY:
                new_shop = True
            elif choice == startup.CHOOSE:
                chosen = startup.choose_data_file()
                if chosen is not None:
                    paths = self._switch_folder(paths, chosen)
            elif choice == startup.QUIT:
                self.exit_code = 1
                return False
            # RETRY (or a failed restore / cancelled choice): go round again

    def _say_what_was_repaired(self) -> None:
        """The audit trail's protection was missing (someone worked on the file outside the app): put back, said."""
        from aftersales_desktop.core import integrity

        restored = integrity.restored_on_open()
        if restored:
            log.warning("audit triggers were missing and were put back: %s", ", ".join(restored))
            messages.warn(None, QCoreApplication.translate(
                "Startup", "The protection of the audit trail was missing from the data file ({names}): someone changed "
                "the file outside this app. It has been put back and noted in the audit trail. Run a check "
                "(aftersales-desktop check) to see whether records were changed.").format(names=", ".join(restored)))

    def open_server_data(self, target: Target) -> bool:
        """Open the shop's server database: a refused password asks for it again, a server that is down or a
        missing database offers retry, another connection, or quit — each a sentence, never a traceback."""
        from aftersales_desktop.gui.dialogs.connect_dialog import ConnectDialog

        while True:
            try:
                open_server(target)
                dburl.remember(target)
                self.target = target
                self._say_what_was_repaired()
                return True
            except WrongPassword as error:
                log.warning("the server %s refused the password", target)  # the URL prints without it
                connected = ConnectDialog.ask(target, error.message)
                if connected is None:
                    self.exit_code = 1
                    return False
                dburl.remember(connected)
                self.target = connected
                return True
            except StorageError as error:
                log.warning("cannot open %s: %s", target, error.message)
                choice = startup.StartupErrorDialog.ask(error.message, None, server=True)
            if choice == startup.CHOOSE:
                connected = ConnectDialog.ask(target)
                if connected is not None:
                    dburl.remember(connected)
                    self.target = connected
                    return True
            elif choice == startup.QUIT:
                self.exit_code = 1
                return False

    def _restore_newest(self, paths: DataPaths) -> bool:
        newest = backup.newest_good_backup(paths)
        if newest is None:
            return False
        try:
            backup.restore(paths, newest)
        except UserError as error:
            messages.show_user_error(None, error)
            return False
        taken = backup.file_date(newest)
        messages.info(
            None,
            QCoreApplication.translate("Startup", "The data was restored from the backup of {when}. Anything entered after it must be entered again.")
            .format(when=taken.strftime("%Y-%m-%d %H:%M") if taken else newest.name),
        )
        return True

    def _switch_folder(self, paths: DataPaths, chosen: Path) -> DataPaths:
        if chosen.name != DB_FILE_NAME:
            messages.warn(None, QCoreApplication.translate("Startup", "A data file is named {name}. Choose that file in the shop's data folder.")
                          .format(name=DB_FILE_NAME))
            return paths
        new_paths = DataPaths(chosen.parent)
        if not self.acquire_lock(new_paths):
            return paths
        crash.setup_logging(new_paths.ensure().logs)
        return new_paths

    # -- after the database is open --------------------------------------------------------------------

    def apply_language_setting(self) -> None:
        """The shop's language setting wins over the system's (the --lang option wins over both)."""
        chosen = i18n.choose_language(self.lang_override, settings.get("language"))
        QSettings().setValue("language", settings.get("language"))  # so the next start's dialogs match
        if chosen != self.language:
            self.language = i18n.install(chosen)
        QApplication.setApplicationDisplayName(APP_TITLE_EN if self.language == "en" else APP_TITLE_ZH)

    def daily_backup(self) -> None:
        """Today's backup now, in this thread, said as the background check says it (for tests and tools)."""
        if is_postgres():  # on the designated PC only, on its thread: start_background
            return
        try:
            made = backup.daily_backup_if_due(self.paths, keep=settings.get("backups_to_keep"))
        except StorageError as error:
            self.say_checked(None, CheckFailure(error, damaged=False))
            return
        self.say_checked(None, CheckResult(made, bool(made and made.name.startswith(backup.SET_ASIDE))))

    def start_daily_checks(self, window=None, after=None, checks=None) -> DailyChecks:  # type: ignore[no-untyped-def]
        """The integrity check and the daily backup on their own thread, once the sign-in window (`after`)
        is painted, or else once the main window shows (`window`, or `attach_window`); `checks`: other daily
        work run the same way (a server shop's daily pg_dump, start_background).

        They run while the person signs in; what they find is said in the main window once it is up
        (`attach_window`), except a damaged file, which stops work at once.
        """
        self.checks = checks or DailyChecks(self.paths, settings.get("backups_to_keep"), parent=window)
        self._check_outcome = None
        self._checks_due = False
        self.checks.finished.connect(self._checked)
        self.window = None
        if window is not None:
            self.attach_window(window)
        else:
            # counted from the moment the sign-in window is painted: reading the whole file any earlier
            # would compete with its painting on a busy or slow PC
            first_painted = getattr(after, "first_painted", None)
            if first_painted is not None:
                first_painted.connect(self._checks_begin)
        return self.checks

    def _checks_begin(self) -> None:
        if self.checks is not None and not self._checks_due:
            self._checks_due = True
            QTimer.singleShot(CHECKS_AFTER_MS, self.checks, self.checks.start)  # not at all if the window is gone

    def attach_window(self, window) -> None:  # type: ignore[no-untyped-def]
        """The main window is up: the checks' note (or their outcome, when they ended meanwhile) goes there."""
        self.window = window
        if self.checks is None:
            return
        self._checks_begin()
        if self._check_outcome is not None:
            outcome, self._check_outcome = self._check_outcome, None
            self.say_checked(window, outcome)
        elif isinstance(self.checks, ServerDailyBackup):
            window.statusBar().showMessage(QCoreApplication.translate("Startup", "Making today's server backup…"))
        else:
            window.statusBar().showMessage(QCoreApplication.translate(
                "Startup", "Checking the data file and making today's backup…"))

    def _checked(self, outcome: CheckResult | CheckFailure) -> None:
        if self.window is None and not (isinstance(outcome, CheckFailure) and outcome.damaged):
            self._check_outcome = outcome  # the person is still signing in: said in the main window
            return
        self.say_checked(self.window, outcome)

    def start_background(self, window=None, after=None) -> DailyChecks | None:  # type: ignore[no-untyped-def]
        """The file's check and daily backup (start_daily_checks); on a server shop instead the daily pg_dump,
        made only by the PC the settings name (the server checks its own data), said the same way."""
        if not is_postgres():
            return self.start_daily_checks(window, after)
        target = opened_target()
        from aftersales_desktop.core.server_backup import makes_daily_backup  # a server shop's only (pg_dump)

        if target is None or not makes_daily_backup():
            return None
        work = ServerDailyBackup(target, settings.get("backup_folder"), settings.get("backups_to_keep"), parent=window)
        return self.start_daily_checks(window, after, checks=work)

    def say_checked(self, window, outcome: CheckResult | CheckFailure) -> None:  # type: ignore[no-untyped-def]
        """The outcome in the status bar; a warning for a failed or set-aside backup; a damaged file stops work."""
        if isinstance(outcome, CheckFailure) and outcome.damaged:
            self._stop_work(window, outcome.error)
            return
        if isinstance(outcome, CheckFailure):
            messages.warn(window, QCoreApplication.translate("Startup", "Today's automatic backup failed: {e}")
                          .format(e=outcome.error.message))  # fmt: skip
            return
        if outcome.set_aside and outcome.backup is not None:
            messages.warn(window, QCoreApplication.translate(
                "Startup", "The data holds far fewer records than yesterday's backup. Today's backup was kept aside "
                "({name}) so it never replaces the good ones. If records are missing, restore a backup (File → "
                "Restore from backup…).").format(name=outcome.backup.name))
        if window is not None and outcome.server:
            note = (QCoreApplication.translate("Startup", "Today's server backup is made: {name}")
                    .format(name=outcome.backup.name) if outcome.backup
                    else QCoreApplication.translate("Startup", "Today's server backup was made earlier."))
            window.statusBar().showMessage(note, 10000)
        elif window is not None:
            note = (QCoreApplication.translate("Startup", "The data file is sound; today's backup is made.")
                    if outcome.backup else QCoreApplication.translate("Startup", "The data file is sound."))
            window.statusBar().showMessage(note, 10000)

    def _stop_work(self, window, error: UserError) -> None:  # type: ignore[no-untyped-def]
        """The file failed its check while the app was starting work: nobody works on it any more; the person
        restores the newest good backup (and signs in again) or the app ends."""
        if window is not None and window.session.actor is not None:
            window.session.sign_out()
        good = backup.newest_good_backup(self.paths)
        choice = startup.StartupErrorDialog.ask(error.message, good)
        if choice == startup.RESTORE and good is not None and self._restore_newest(self.paths):
            if window is not None and window.isVisible():
                window.sign_in()
            return
        self.exit_code = 1
        QCoreApplication.exit(1)

    def first_run(self) -> tuple[bool, str]:
        """The setup dialog on an empty database: (go on?, hint for the sign-in dialog)."""
        while not settings.is_set_up():
            from aftersales_desktop.gui.dialogs.setup_dialog import SetupDialog  # a new shop only

            dialog = SetupDialog()
            if not dialog.exec():
                return False, ""
            server = getattr(dialog, "server", None)
            if server is None:
                break
            self.target = server  # connected to the shop's server: set it up there unless it already is
        else:
            return True, ""
        if dialog.demo_opened:
            return True, QCoreApplication.translate("Startup", "The demo shop is ready. Every demo password is 123456.")
        return True, ""

    def run(self):  # -> MainWindow | None
        """Every step in order; the signed-in main window, or None when the user quit along the way."""
        try:
            crash.setup_logging(self.paths.ensure().logs)
        except OSError:  # an unusable data folder is reported by acquire_lock; log to the user's log folder
            crash.setup_logging(default_log_dir())
        crash.install_excepthook()
        if not self.acquire_lock(self.paths):
            self.exit_code = 1
            return None
        if not self.open_data():
            return None
        self.apply_language_setting()
        go_on, hint = self.first_run()
        if not go_on:
            return None
        # the sign-in window comes first and alone: the main window (its modules, menus, Today) is built
        # for the person who signed in
        from aftersales_desktop.gui.dialogs import login_dialog

        dialog = login_dialog.LoginDialog(hint=hint)
        first_painted = getattr(dialog, "first_painted", None)
        if first_painted is not None:
            first_painted.connect(collect_garbage_again)
        self.start_background(after=dialog)  # the file's check and backup, or the designated PC's pg_dump
        signed_in = dialog.exec()
        collect_garbage_again()
        if not signed_in or dialog.staff is None:
            return None
        from aftersales_desktop.gui.main_window import MainWindow
        from aftersales_desktop.gui.session import Session

        window = MainWindow(Session(self.paths, actor=dialog.staff))
        if is_postgres():  # other counters' changes refresh this one's lists and Today (gui/live.py)
            from aftersales_desktop.gui.live import ServerListener

            window.live = ServerListener(window.session.notify_changed, parent=window)  # type: ignore[attr-defined]
        window.show()
        window.raise_()
        window.activateWindow()  # the sign-in dialog had the focus; give it to the counter's window
        if self.checks is not None:
            self.attach_window(window)
        return window

    def shutdown(self) -> None:
        from aftersales_desktop.gui import background

        background.wait_all(timeout=5.0)  # a page's read ends (and closes its connection) before the file
        close_database()
        if self.lock is not None:
            self.lock.release()
            self.lock = None


def run_gui(data_dir: str | None = None, lang: str | None = None, database: str | None = None) -> int:
    """The `aftersales-desktop` GUI: returns the process exit code."""
    app = make_application()
    starter = Startup(data_dir, lang, database)
    try:
        window = starter.run()
        if window is None:
            return starter.exit_code
        QTimer.singleShot(SETTLE_AFTER_MS, settle_long_lived_objects)
        return app.exec()
    finally:
        starter.shutdown()
