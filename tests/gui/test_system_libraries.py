"""The check before Qt starts on Linux: a missing system library is named in one sentence, with its package."""

from __future__ import annotations

import sys

import pytest

from aftersales_desktop.cli import main
from aftersales_desktop.core.i18n import set_language
from aftersales_desktop.gui import system_libraries as libs

X11 = {"QT_QPA_PLATFORM": "xcb"}


def _without(*absent: str):
    return lambda soname: soname not in absent


def test_the_missing_libraries_and_their_packages_in_one_sentence():
    problem = libs.startup_problem(X11, "linux", _without("libxcb-cursor.so.0", "libxkbcommon-x11.so.0"))
    assert problem is not None
    set_language("en")
    sentence = str(problem)
    assert "libxcb-cursor.so.0, libxkbcommon-x11.so.0" in sentence
    assert sentence.endswith("sudo apt-get install libxcb-cursor0 libxkbcommon-x11-0")
    assert ". " not in sentence and "\n" not in sentence  # one sentence
    set_language("zh_CN")
    assert str(problem).startswith("无法打开窗口") and "libxcb-cursor0 libxkbcommon-x11-0" in str(problem)


def test_one_package_named_once_for_two_of_its_libraries():
    problem = libs.startup_problem(X11, "linux", _without("libglib-2.0.so.0", "libgthread-2.0.so.0"))
    assert str(problem).endswith("apt-get install libglib2.0-0")


def test_nothing_to_say_when_everything_loads_off_linux_or_without_x11():
    assert libs.startup_problem(X11, "linux", _without()) is None
    everything_missing = _without(*libs.NEEDED)
    assert libs.startup_problem(X11, "win32", everything_missing) is None
    assert libs.startup_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux", everything_missing) is None
    assert libs.startup_problem({"QT_QPA_PLATFORM": "wayland;xcb"}, "linux", everything_missing) is None
    wayland_session = {"XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "wayland-0"}
    assert libs.startup_problem(wayland_session, "linux", everything_missing) is None
    assert libs.startup_problem({"DISPLAY": ":0"}, "linux", everything_missing) is not None
    assert libs.startup_problem({"QT_QPA_PLATFORM": "xcb:display=:1"}, "linux", everything_missing) is not None


@pytest.mark.skipif(sys.platform != "linux", reason="dlopen names are Linux sonames")
def test_the_real_loader_asks_the_dynamic_linker():
    assert libs.can_load("libc.so.6")
    assert not libs.can_load("libaftersales-no-such-library.so.0")


@pytest.mark.skipif(sys.platform != "linux", reason="the check is for Linux only")
def test_the_app_prints_the_sentence_and_stops_before_qt(monkeypatch, capsys):
    monkeypatch.setattr(libs, "can_load", _without("libxcb-cursor.so.0"))
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    assert main([]) == 1
    assert capsys.readouterr().err.strip().endswith(
        "lacks the libraries Qt needs (libxcb-cursor.so.0); on Debian/Ubuntu install them with: sudo apt-get install "
        "libxcb-cursor0"
    )
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    assert main([]) == 1 and capsys.readouterr().err.startswith("无法打开窗口")
    assert main(["--lang", "en"]) == 1 and capsys.readouterr().err.startswith("The window cannot open")


def test_the_terminal_language_follows_the_locale_like_the_app():
    assert libs.terminal_language({"LANG": "zh_TW.UTF-8"}) == "zh_CN"
    assert libs.terminal_language({"LANG": "de_DE.UTF-8"}) == "en"
    assert libs.terminal_language({"LC_ALL": "en_US.UTF-8", "LANG": "zh_CN.UTF-8"}) == "en"
    assert libs.terminal_language({"LANG": "C.UTF-8"}) == libs.terminal_language({}) == "zh_CN"
