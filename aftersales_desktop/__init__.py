"""售后服务台 — Aftersales Desktop: the after-sales service counter of a small shop."""

__version__ = "0.1.0"
APP_NAME = "aftersales-desktop"
APP_TITLE_ZH = "售后服务台"
APP_TITLE_EN = "Aftersales Desktop"
ORG_NAME = "AftersalesDesktop"

# A program that loaded Qt before this package (a test, a tool): PySide's import hook is tamed before the app's
# modules load, as the `aftersales-desktop` command does itself (gui/source_reading.py). Nothing here loads Qt.
import sys as _sys  # noqa: E402

if "shiboken6" in _sys.modules:
    from aftersales_desktop.gui import source_reading as _source_reading

    _source_reading.install()
