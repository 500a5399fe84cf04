"""The main window: navigation of the work areas, a global search, menus, and who is acting.

Pages are built the first time their area is opened and thrown away on every change of user, so a page
never shows what the previous person was allowed to see.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCompleter,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from aftersales_desktop.core import settings
from aftersales_desktop.core.permissions import Action
from aftersales_desktop.core.queries.scan import scanned
from aftersales_desktop.core.queries.search import SearchHit, search
from aftersales_desktop.core.vocab import ROLE
from aftersales_desktop.gui import messages
from aftersales_desktop.gui.areas import AREA_BY_KEY, AREAS, AreaSpec, page_class
from aftersales_desktop.gui.dialogs import backup_dialog
from aftersales_desktop.gui.dialogs.login_dialog import LoginDialog
from aftersales_desktop.gui.placeholder_page import PlaceholderPage, SignedOutPage
from aftersales_desktop.gui.search_dialog import SearchDialog
from aftersales_desktop.gui.session import Session
from aftersales_desktop.gui.today_page import TodayPage
from aftersales_desktop.gui.widgets.icons import icon
from aftersales_desktop.gui.widgets.live_search import LiveSearch
from aftersales_desktop.gui.widgets.scanner import ScanListener
from aftersales_desktop.gui.widgets.window_state import (  # noqa: F401 - keys re-exported for tests
    GEOMETRY_KEY,
    SPLITTER_KEY,
    restore_window_state,
    save_window_state,
)


class MainWindow(QMainWindow):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.pages: dict[str, QWidget] = {}
        self.setMinimumSize(960, 600)
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setMinimumWidth(150)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.nav.currentRowChanged.connect(self._nav_changed)
        self.stack = QStackedWidget()
        self.signed_out = SignedOutPage(self)
        self.signed_out.sign_in_requested.connect(lambda: self.sign_in())
        self.stack.addWidget(self.signed_out)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([200, 1000])
        self.setCentralWidget(self.splitter)
        self._build_toolbar()
        self._build_menus()
        self._build_status_bar()
        session.data_changed.connect(self._data_changed)
        session.actor_changed.connect(self._actor_changed)
        session.open_requested.connect(lambda area, kind, record_id: self.open_area(area, record=(kind, record_id)))
        # a barcode scanner's burst anywhere in the window opens the paper's record (gui/widgets/scanner.py)
        self.scanner = ScanListener(self, self._scan_lookup, self._open_scanned)
        restore_window_state(self, self.splitter)
        self._actor_changed()

    # -- building ----------------------------------------------------------------------------------------

    def _action(self, name: str, text: str, slot, icon_name: str = "", shortcut: QKeySequence | str | None = None) -> QAction:  # type: ignore[no-untyped-def]
        action = QAction(icon(icon_name) if icon_name else icon("none"), text, self)
        action.setObjectName(name)  # the journeys (tests/gui/journeys) find menu entries by it
        action.triggered.connect(slot)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        return action

    def _build_toolbar(self) -> None:
        bar = self.addToolBar(self.tr("Search"))
        bar.setObjectName("search_toolbar")
        bar.setMovable(False)
        bar.setIconSize(QSize(18, 18))
        self.search_box = QLineEdit()
        self.search_box.setObjectName("global_search")
        self.search_box.setPlaceholderText(self.tr("Search: phone, name or initials, call/voucher/receipt number, serial"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search_box.setMinimumWidth(460)
        self.search_box.setMaximumWidth(640)
        self.search_box.returnPressed.connect(self.run_search)
        bar.addWidget(self.search_box)
        # as you type: the first hits in a list under the box (Down, then Enter or a click opens one); Enter in
        # the box itself still lists every hit
        self.hits: list[SearchHit] = []
        self.hits_model = QStandardItemModel(self)
        self.completer = QCompleter(self.hits_model, self)
        self.completer.setWidget(self.search_box)  # not setCompleter: the box keeps what was typed
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setMaxVisibleItems(12)
        self.completer.activated[QModelIndex].connect(self._hit_activated)
        self.live = LiveSearch(self.search_box, self._live_hits, self._show_hits, on_enter=False)
        self.focus_search = self._action("focus_search", self.tr("Search"), self._focus_search, shortcut="Ctrl+F")
        self.addAction(self.focus_search)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.setObjectName("file")
        self.backup_action = self._action("back_up_now", self.tr("Back up now"), self.back_up_now, "backup")
        self.restore_action = self._action("restore", self.tr("Restore from backup…"), self.restore_from_backup, "restore")
        self.settings_action = self._action("settings", self.tr("Settings…"), self.open_settings, "settings")
        self.staff_action = self._action("staff", self.tr("Staff…"), self.open_staff, "staff")
        self.password_action = self._action("change_password", self.tr("Change my password…"), self.change_password)
        self.audit_action = self._action("audit", self.tr("Audit trail…"), self.open_audit)
        self.switch_action = self._action("switch_user", self.tr("Switch user / Sign out"), self.switch_user, "signout", "Ctrl+L")
        self.quit_action = self._action("quit", self.tr("Quit"), self.close, shortcut=QKeySequence.StandardKey.Quit)
        for item in (self.backup_action, self.restore_action, None, self.settings_action, self.staff_action,
                     self.audit_action, self.password_action, None, self.switch_action, self.quit_action):  # fmt: skip
            file_menu.addSeparator() if item is None else file_menu.addAction(item)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.setObjectName("help")
        self.about_action = self._action("about", self.tr("About"), self.open_about, "about")
        help_menu.addAction(self.about_action)
        # what each role may see; the services refuse anyway
        self._permissions = {
            self.backup_action: Action.BACKUP_RUN,
            self.restore_action: Action.BACKUP_RESTORE,
            self.settings_action: Action.SETTINGS_EDIT,
            self.staff_action: Action.STAFF_MANAGE,
            self.password_action: Action.OWN_SECRET,
            self.audit_action: Action.AUDIT_VIEW,
        }

    def _build_status_bar(self) -> None:
        self.actor_label = QLabel()
        self.actor_label.setObjectName("actor_label")
        self.shop_label = QLabel()
        self.shop_label.setObjectName("shop_label")
        # Both permanent, on the right: the status bar's notes (the start-up check, a scan, nothing found) take
        # the left without ever drawing over who is signed in.
        self.statusBar().addPermanentWidget(self.actor_label)
        self.statusBar().addPermanentWidget(self.shop_label)

    # -- who is acting -----------------------------------------------------------------------------------

    def sign_in(self, hint: str = "") -> bool:
        """Ask who is at the counter; True once someone signed in."""
        dialog = LoginDialog(parent=self if self.isVisible() else None, hint=hint)
        if not dialog.exec() or dialog.staff is None:
            return False
        self.session.sign_in(dialog.staff)
        return True

    def switch_user(self) -> None:
        """Sign the current person out at once, then offer the sign-in (Ctrl+L)."""
        self.session.sign_out()
        self.sign_in()

    def visible_areas(self) -> list[AreaSpec]:
        return [spec for spec in AREAS if spec.action is None or self.session.can(spec.action)]

    def _actor_changed(self) -> None:
        """Throw every page away and rebuild navigation, menus and status for the new person (or nobody)."""
        for page in self.pages.values():
            self.stack.removeWidget(page)
            page.deleteLater()
        self.pages.clear()
        self.nav.blockSignals(True)
        self.nav.clear()
        actor = self.session.actor
        for spec in self.visible_areas() if actor else []:
            item = QListWidgetItem(icon(spec.key), spec.translated_title())
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.nav.addItem(item)
        self.nav.blockSignals(False)
        # the pane keeps room for its longest name ("Customer opinion"): a wide page must not squeeze it
        self.nav.setMinimumWidth(max(150, self.nav.sizeHintForColumn(0) + 2 * self.nav.frameWidth() + 4))
        for action, needed in self._permissions.items():
            action.setVisible(self.session.can(needed))
        self.search_box.setEnabled(actor is not None)
        self._update_shop_label()
        if actor is None:
            self.actor_label.setText(self.tr("Nobody is signed in"))
            self.stack.setCurrentWidget(self.signed_out)
            return
        self.actor_label.setText(
            self.tr("Acting: {name} ({role})").replace("{name}", actor.name).replace("{role}", ROLE.label(actor.role))
        )
        self.open_area("today")
        self.search_box.setFocus()  # the counter's first move is usually looking someone up

    # -- pages -------------------------------------------------------------------------------------------

    def page(self, key: str) -> QWidget:
        """The page of area `key`, built on first use: the real page, or a placeholder until it exists."""
        if key in self.pages:
            return self.pages[key]
        spec = AREA_BY_KEY[key]
        if key == "today":
            page: QWidget = TodayPage(self.session, self.stack)
            page.open_list.connect(lambda area, filter_key: self.open_area(area, filter_key))
            page.open_record.connect(lambda area, kind, record_id: self.open_area(area, record=(kind, record_id)))
        else:
            cls = page_class(spec)
            page = PlaceholderPage(spec, self.stack) if cls is None else cls(self.session, self.stack)
        self.stack.addWidget(page)
        self.pages[key] = page
        return page

    def open_area(self, key: str, filter_key: str | None = None, record: tuple[str, int] | None = None) -> QWidget | None:
        """Show area `key`, optionally filtered (a Today number) or on one record (a search hit)."""
        keys = [self.nav.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.nav.count())]
        if key not in keys:
            messages.info(self, self.tr("Your role cannot open this area."))
            return None
        with self.scanner.paused():  # (gui/widgets/scanner.py: building a page reads no keys)
            page = self.page(key)
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(keys.index(key))
            self.nav.blockSignals(False)
            self.stack.setCurrentWidget(page)
        if filter_key and hasattr(page, "apply_filter"):
            page.apply_filter(filter_key)
        if record and hasattr(page, "open_record"):
            page.open_record(*record)
        return page

    def current_area(self) -> str | None:
        item = self.nav.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _nav_changed(self, row: int) -> None:
        if row >= 0:
            self.open_area(self.nav.item(row).data(Qt.ItemDataRole.UserRole))

    def _data_changed(self, area: str) -> None:
        """Refresh the built pages that show this area's data; Today shows everything."""
        for key, page in self.pages.items():
            if (not area or key in (area, "today")) and hasattr(page, "refresh"):
                page.refresh()

    # -- search ------------------------------------------------------------------------------------------

    def _focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    def _live_hits(self, text: str) -> list[SearchHit]:
        return search(text, 12) if text.strip() and self.session.actor is not None else []

    def _show_hits(self, _text: str, hits: list[SearchHit]) -> None:
        self.hits = hits
        self.hits_model.clear()
        for hit in hits:
            self.hits_model.appendRow(QStandardItem(f"{hit.kind_label} · {hit.number} · {hit.label}"))
        popup = self.completer.popup()
        if hits and self.search_box.hasFocus():
            self.completer.complete()
        elif popup.isVisible():
            popup.hide()

    def _hit_activated(self, index: QModelIndex) -> None:
        if 0 <= index.row() < len(self.hits):
            self.completer.popup().hide()
            self.open_hit(self.hits[index.row()])

    def run_search(self) -> None:
        self.live.timer.stop()
        self.completer.popup().hide()
        text = self.search_box.text().strip()
        if not text or self.session.actor is None:
            return
        exact = scanned(text)  # a whole paper number or part code (typed, or scanned into the box) opens at once
        if exact is not None:
            self.open_hit(exact)
            return
        hits = search(text)
        if not hits:
            self.statusBar().showMessage(self.tr("Nothing found for “{text}”.").replace("{text}", text), 6000)
            return
        chosen = hits[0] if len(hits) == 1 else SearchDialog.pick(hits, text, self, session=self.session)
        if chosen is not None:
            self.open_hit(chosen)

    def open_hit(self, hit: SearchHit) -> None:
        self.open_area(hit.area, record=(hit.kind, hit.record_id))

    def _scan_lookup(self, code: str) -> SearchHit | None:
        if self.session.actor is None:
            return None
        hit = scanned(code)
        if hit is None:
            self.statusBar().showMessage(self.tr("Scanned “{code}”: no paper or part has this code.")
                                         .replace("{code}", code), 8000)
        return hit

    def _open_scanned(self, hit: object) -> None:
        assert isinstance(hit, SearchHit)
        self.statusBar().showMessage(self.tr("Scanned {number}").replace("{number}", hit.number), 4000)
        self.open_hit(hit)

    # -- menu actions ------------------------------------------------------------------------------------

    def back_up_now(self) -> None:
        backup_dialog.back_up_now(self, self.session)

    def restore_from_backup(self) -> None:
        """Restore a chosen backup, then start the session afresh: sign out, rebuild, sign in."""
        if backup_dialog.restore_from_backup(self, self.session):
            self.session.sign_out()
            self.session.notify_changed("")
            self.sign_in()

    def open_settings(self) -> None:
        from aftersales_desktop.gui.dialogs.settings_dialog import SettingsDialog

        if SettingsDialog(self.session, parent=self).exec():
            self.session.notify_changed("")
            self._update_shop_label()

    def open_staff(self) -> None:
        from aftersales_desktop.gui.dialogs.staff_dialog import StaffDialog

        StaffDialog(self.session, parent=self).exec()

    def open_audit(self) -> None:
        from aftersales_desktop.gui.dialogs.audit_dialog import AuditDialog

        AuditDialog(self.session, parent=self).exec()

    def change_password(self) -> None:
        from aftersales_desktop.gui.dialogs.password_dialog import PasswordDialog

        PasswordDialog(self.session, parent=self).exec()

    def open_about(self) -> None:
        from aftersales_desktop.gui.dialogs.about_dialog import AboutDialog

        AboutDialog(self.session, parent=self).exec()

    def _update_shop_label(self) -> None:
        shop = settings.get("shop_name")
        demo = self.tr("  [demo shop]") if settings.get("demo") else ""
        self.shop_label.setText(f"{shop}{demo}  ")
        self.setWindowTitle(shop or "")

    # -- window state ------------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        save_window_state(self, self.splitter)
        super().closeEvent(event)
