"""Before Qt starts on Linux: the system libraries its windows need, named in one sentence when missing.

PySide6's wheels bring Qt itself but use the system's X11/xcb, OpenGL, fontconfig, GLib and D-Bus libraries.
Without one of them Qt stops with "Could not load the Qt platform plugin "xcb"" and a list of plugins that
names no package. This module imports no Qt, so it can run first; it asks the dynamic linker itself (dlopen),
so it works on any distribution, with or without dpkg.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Mapping

from aftersales_desktop.core.i18n import T, Text

# What the xcb platform plugin (plugins/platforms/libqxcb.so) and Qt's Gui and DBus libraries load from the
# system beyond glibc and the C++ runtime (`ldd`/`readelf -d` on PySide6 6.11), with the Debian/Ubuntu package
# of each. README.md ("Running from source on Linux") lists the same packages.
NEEDED: dict[str, str] = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
}


def can_load(soname: str) -> bool:
    """True when the dynamic linker finds and loads the library, by the same search Qt's own loading uses."""
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def uses_xcb(env: Mapping[str, str]) -> bool:
    """Whether Qt will draw through X11 (xcb): not when QT_QPA_PLATFORM names another platform first
    (offscreen in the tests), and not in a Wayland session, where Qt chooses its Wayland plugin."""
    chosen = env.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    if chosen:
        return chosen == "xcb"
    return not (env.get("XDG_SESSION_TYPE") == "wayland" and env.get("WAYLAND_DISPLAY"))


def terminal_language(env: Mapping[str, str] | None = None) -> str:
    """The language the app would choose (gui.i18n.system_language), read from the locale variables because
    Qt is not there yet to ask: zh_CN on a Chinese system and when no locale is set, otherwise en."""
    env = os.environ if env is None else env
    name = next((env[key] for key in ("LC_ALL", "LC_MESSAGES", "LANG") if env.get(key)), "").split(".")[0]
    return "zh_CN" if name.startswith("zh") or name in ("C", "POSIX", "") else "en"


def missing_libraries(load: Callable[[str], bool] | None = None) -> list[str]:
    load = load or can_load
    return [soname for soname in NEEDED if not load(soname)]


def startup_problem(
    env: Mapping[str, str] | None = None, platform: str | None = None, load: Callable[[str], bool] | None = None
) -> Text | None:
    """The sentence to print instead of starting Qt, or None when nothing is missing (always None off Linux)."""
    if (platform or sys.platform) != "linux" or not uses_xcb(os.environ if env is None else env):
        return None
    missing = missing_libraries(load)
    if not missing:
        return None
    packages = " ".join(dict.fromkeys(NEEDED[soname] for soname in missing))
    return T(
        "无法打开窗口:系统缺少 Qt 需要的库 {libs},在 Debian/Ubuntu 上请安装:sudo apt-get install {packages}",
        "The window cannot open: the system lacks the libraries Qt needs ({libs}); on Debian/Ubuntu install "
        "them with: sudo apt-get install {packages}",
        libs=", ".join(missing),
        packages=packages,
    )
