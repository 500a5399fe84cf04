"""GUI fixtures: message boxes switched off, a signed-in session over a fresh shop, Qt settings in tmp_path."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def quiet_messages():
    """No modal message box in tests: every message is recorded; questions answer 'yes' unless a test says."""
    from aftersales_desktop.gui import messages

    answers: dict[str, object] = {"confirm": True, "ask_reason": "测试原因"}
    messages.set_test_mode(lambda kind, text: answers.get(kind))
    messages.answers = answers  # tests change answers["confirm"] = False, …
    yield messages
    messages.set_test_mode(None)


@pytest.fixture(autouse=True)
def _background_reads_done(qapp):
    """A page's reads on a worker thread (gui/background.py) end within the test that started them."""
    yield
    from aftersales_desktop.gui import background

    assert background.wait_all(timeout=30.0), "a background read still runs after the test"


@pytest.fixture(autouse=True)
def _no_translators_left(qapp):
    """A test that installs translators (start-up, language) must not change what later tests read."""
    yield
    from aftersales_desktop.gui import i18n

    i18n.uninstall()


@pytest.fixture(autouse=True)
def _qt_settings_in_tmp(tmp_path: Path, qapp):
    """QSettings (window geometry, column widths) go to tmp_path, never the real user's config."""
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    yield


@pytest.fixture
def session(shop, data_dir):
    """A session over the test shop with the manager signed in."""
    from aftersales_desktop.core.paths import data_paths
    from aftersales_desktop.gui.session import Session

    s = Session(data_paths(data_dir).ensure())
    s.sign_in(shop.manager)
    return s


class FakeLogin:
    """Stands in for LoginDialog: 'signs in' whoever the test put in `FakeLogin.next_staff`."""

    next_staff = None
    hints: list[str] = []

    def __init__(self, *, parent=None, hint: str = "") -> None:
        FakeLogin.hints.append(hint)
        self.staff = FakeLogin.next_staff

    def exec(self) -> int:
        return 1 if self.staff is not None else 0


@pytest.fixture
def fake_login(monkeypatch):
    from aftersales_desktop.gui import main_window
    from aftersales_desktop.gui.dialogs import login_dialog

    FakeLogin.next_staff = None
    FakeLogin.hints = []
    monkeypatch.setattr(main_window, "LoginDialog", FakeLogin)
    monkeypatch.setattr(login_dialog, "LoginDialog", FakeLogin)  # the start-up's sign-in, before the main window
    return FakeLogin


@pytest.fixture
def window(session, qtbot, fake_login):
    """The main window over the test shop, the manager signed in."""
    from aftersales_desktop.gui.main_window import MainWindow

    win = MainWindow(session)
    qtbot.addWidget(win)
    return win
