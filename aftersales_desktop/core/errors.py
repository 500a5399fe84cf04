"""The errors the core raises.

`UserError` and its children are things a person can fix: the GUI shows the sentence, the CLI prints it.
Anything else is a bug and goes to the crash dialog and the log.
"""

from __future__ import annotations

from aftersales_desktop.core.i18n import Text


class UserError(Exception):
    """Something the person at the counter can understand and fix."""

    def __init__(self, message: Text, field: str | None = None) -> None:
        super().__init__(str(message))
        self.text = message
        self.field = field  # the form field to focus, when the error is about one

    @property
    def message(self) -> str:
        return str(self.text)


class ValidationError(UserError):
    """Bad input: the sentence says what to fix."""


class PermissionDenied(UserError):
    """The acting staff member's role may not do this."""


class NotFound(UserError):
    """A number or record that does not exist."""


class Conflict(UserError):
    """The record is in a state that does not allow this (closed, voided, already done)."""


class ChangedMeanwhile(Conflict):
    """Someone else saved the record after this form read it (core/concurrency.py): reload, then change it."""


class StorageError(UserError):
    """The environment failed: disk full, file locked, read-only, damaged database."""


class DatabaseLocked(StorageError):
    """Another running copy of the app (or another program) holds the database."""


class DatabaseCorrupt(StorageError):
    """The database file failed its integrity check or is not a database."""


class DatabaseMissing(DatabaseCorrupt):
    """The data file is missing or empty although the folder shows a shop lived there (backups, logs)."""


class BugError(Exception):
    """An internal invariant was broken; never shown as a user sentence."""
