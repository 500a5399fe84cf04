"""Who is acting at the counter, what they may do, and the one way pages run a core use case."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from aftersales_desktop.core.errors import ChangedMeanwhile, UserError
from aftersales_desktop.core.models import Staff
from aftersales_desktop.core.paths import DataPaths
from aftersales_desktop.core.permissions import Action, allowed
from aftersales_desktop.gui import messages


class Session(QObject):
    """The signed-in staff member and the data-changed broadcast every page listens to."""

    data_changed = Signal(str)  # an area key ("calls", …) or "" for everything
    actor_changed = Signal()
    open_requested = Signal(str, str, int)  # area, kind, record id: a record to show (the main window navigates)

    def __init__(self, paths: DataPaths, actor: Staff | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.paths = paths
        self.actor: Staff | None = actor
        self.last_error: UserError | None = None  # forms read it to mark the field the sentence is about

    def can(self, action: Action) -> bool:
        """True when the acting staff member's role allows `action` (the service checks again)."""
        return self.actor is not None and allowed(self.actor.role, action)

    def call(self, parent: QWidget | None, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> tuple[bool, Any]:
        """Run `fn(*args, **kwargs)` (pass `session.actor` yourself); a UserError becomes a shown sentence.

        A save refused because someone else saved the record meanwhile (ChangedMeanwhile) offers "Reload" when
        `parent` has a `reload_record()` (an edit form: it re-reads the record and its version).
        Returns (True, result) or (False, None). Any other exception is a bug and goes on to the crash route.
        """
        self.last_error = None
        try:
            result = fn(*args, **kwargs)
        except UserError as error:
            self.last_error = error
            if not self.offered_reload(parent, error):
                messages.show_user_error(parent, error)
            return False, None
        return True, result

    @staticmethod
    def offered_reload(form: QWidget | None, error: UserError) -> bool:
        """When `error` is a save refused because someone else saved the record meanwhile and `form` can
        `reload_record()`: the sentence with Reload / Keep editing (the form stays filled unless Reload).
        False when it is another error (the caller shows it)."""
        reload_record = getattr(form, "reload_record", None)
        if not isinstance(error, ChangedMeanwhile) or not callable(reload_record):
            return False
        if messages.offer_reload(form, error.message):
            reload_record()
        return True

    def notify_changed(self, area: str = "") -> None:
        """Tell every page that data of `area` ("" = anything) changed, so they refresh."""
        self.data_changed.emit(area)

    def sign_in(self, staff: Staff) -> None:
        self.actor = staff
        self.actor_changed.emit()

    def sign_out(self) -> None:
        self.actor = None
        self.actor_changed.emit()
