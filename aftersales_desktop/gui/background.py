"""Reads that take a moment on a large shop, run on a worker thread: the page shows at once and fills in.

The Reports charts of a month and the quarter's faults add up every call of the month or the quarter with its
visits and bill lines: at fifty times a ten-year shop that is about 15,000 calls, and a tenth of a second or
more however the statements are written. A page hands such a read to a `BackgroundRead`:

    self.reader = BackgroundRead(parent=self)
    self.reader.run(lambda: month_charts(month), self._draw)

`work` (a core query function: no Qt) runs on a thread of its own, on the database connection peewee keeps
for that thread (the same file or server, another connection), which is closed as soon as the work ends, so
no thread holds a file that is being restored or moved. `done(result)` then runs in the GUI thread. A newer
request of the same reader makes the result of an older one still running be dropped (the person picked
another month meanwhile), and `failed(error)` gets a failure's sentence, which is also logged.

`wait_all()` waits for every read running (tests, the benchmark's probe, the window closing).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from aftersales_desktop.core.db import database, small_page_cache
from aftersales_desktop.core.errors import UserError

log = logging.getLogger("aftersales_desktop.background")

_running: set[threading.Thread] = set()
_lock = threading.Lock()


class BackgroundRead(QObject):
    """One kind of read of one page; `busy()` while its newest request has not been drawn yet."""

    _arrived = Signal(int, object, object)  # (request, result, error): emitted on the worker thread

    def __init__(self, *, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._request = 0
        self._delivered = 0
        self._callbacks: dict[int, tuple[Callable[[Any], None], Callable[[str], None] | None]] = {}
        self._arrived.connect(self._deliver)  # queued into the GUI thread: this object lives there

    def run(self, work: Callable[[], Any], done: Callable[[Any], None],
            failed: Callable[[str], None] | None = None) -> None:
        self._request += 1
        request = self._request
        self._callbacks = {request: (done, failed)}  # an older request's callbacks are dropped with it
        thread = threading.Thread(target=self._work, args=(request, work), name="background-read", daemon=True)
        with _lock:
            _running.add(thread)
        thread.start()

    def busy(self) -> bool:
        return self._delivered < self._request

    def _work(self, request: int, work: Callable[[], Any]) -> None:
        result: Any = None
        error: str | None = None
        try:
            small_page_cache()
            result = work()
        except UserError as exc:
            error = exc.message
        except Exception as exc:  # noqa: BLE001 - a read that fails tells the page, never the thread's void
            log.exception("a background read failed")
            error = str(exc) or type(exc).__name__
        finally:
            if database.obj is not None and not database.is_closed():
                database.close()  # this thread's connection only (peewee keeps one per thread)
        try:
            self._arrived.emit(request, result, error)
        except RuntimeError:  # the page was closed meanwhile: nobody to tell
            log.info("a background read ended after its page was closed")
        finally:
            with _lock:
                _running.discard(threading.current_thread())

    def _deliver(self, request: int, result: Any, error: str | None) -> None:
        callbacks = self._callbacks.get(request)
        if callbacks is None:  # an older request: the person asked for something else since
            return
        self._delivered = request
        done, failed = callbacks
        if error is None:
            done(result)
        elif failed is not None:
            failed(error)
        else:
            log.warning("a background read failed: %s", error)


def running() -> int:
    """How many reads are running now."""
    with _lock:
        return len(_running)


def wait_all(timeout: float = 30.0) -> bool:
    """Wait until every read running has ended and its result has been drawn; False when `timeout` passed."""
    deadline = time.monotonic() + timeout
    while True:
        with _lock:
            threads = list(_running)
        for thread in threads:
            thread.join(max(0.0, deadline - time.monotonic()))
        QCoreApplication.sendPostedEvents()  # the results, queued for the GUI thread
        QCoreApplication.processEvents()
        if not running():
            return True
        if time.monotonic() >= deadline:
            return False
