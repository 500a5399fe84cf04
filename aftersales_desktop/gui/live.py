"""Live across counters on the shop's server: a change committed at another PC refreshes this one's open lists
and Today within a second or two (PostgreSQL LISTEN/NOTIFY; core/engine_postgres.py sends one on every audit row).

A second connection, in autocommit, only listens; Qt watches its socket, so nothing polls and nothing blocks.
On SQLite there is no listener: one PC, and its own changes already refresh the pages.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QSocketNotifier, QTimer

from aftersales_desktop.core.db import database, is_postgres, opened_target
from aftersales_desktop.core.engine_postgres import CHANNEL

log = logging.getLogger("aftersales_desktop.live")

# entity of an audit row -> the page area it shows on ("" refreshes all pages)
AREAS = {"service_call": "calls", "call": "calls", "visit": "calls", "dispatch": "calls", "voucher": "calls",
         "repair_card": "repairs", "goods_receipt": "repairs", "part": "parts", "stock_move": "parts"}
GATHER_MS = 300  # a burst of changes (one save writes several audit rows) refreshes once


class ServerListener(QObject):
    """Listens on the server for other counters' changes and calls `changed(area)` (the session's notify)."""

    def __init__(self, changed, parent: QObject | None = None) -> None:  # noqa: ANN001 - a callable(str)
        super().__init__(parent)
        self.changed = changed
        self.conn = None
        self.notifier: QSocketNotifier | None = None
        self.areas: set[str] = set()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(GATHER_MS)
        self.timer.timeout.connect(self._flush)
        self.start()

    def start(self) -> bool:
        target = opened_target()
        if target is None or not is_postgres():
            return False
        import psycopg

        try:
            self.conn = psycopg.connect(**target.connect_params(), autocommit=True)  # type: ignore[arg-type]
            self.conn.execute(f"LISTEN {CHANNEL}")
            self.own_pid = database.connection().info.backend_pid  # our own changes refresh us already
        except psycopg.Error as exc:  # live refresh is a comfort: the counter works without it
            log.warning("no live refresh from %s: %s", target, exc)
            self.conn = None
            return False
        self.notifier = QSocketNotifier(self.conn.fileno(), QSocketNotifier.Type.Read, self)
        self.notifier.activated.connect(self._readable)
        return True

    def _readable(self) -> None:
        if self.conn is None:
            return
        try:
            for note in self.conn.notifies(timeout=0):
                if note.pid != self.own_pid:
                    self.areas.add(AREAS.get(note.payload, ""))
        except Exception as exc:  # noqa: BLE001 - the server went away: stop listening, say it in the log
            log.warning("live refresh stopped: %s", exc)
            self.stop()
            return
        if self.areas and not self.timer.isActive():
            self.timer.start()

    def _flush(self) -> None:
        areas, self.areas = self.areas, set()
        for area in sorted(areas) if "" not in areas else [""]:
            self.changed(area)

    def stop(self) -> None:
        if self.notifier is not None:
            self.notifier.setEnabled(False)
            self.notifier = None
        if self.conn is not None:
            self.conn.close()
            self.conn = None
