"""A child process for run_all.py: open the app's areas (or the bare-Qt floor) offscreen and report as JSON.

    python benchmarks/gui_probe.py pages DATA_DIR     # the main window signed in as the manager; every area
                                                      # and every tab opened and painted, one at a time
    python benchmarks/gui_probe.py floor DATA_DIR     # bare Qt: a QMainWindow with one QTableView of the 200
                                                      # newest calls read by bare sqlite3, painted

Prints {"open": {area/tab: [wall s, cpu s, statements(, wall s until figures added up on a worker thread were
drawn)]}, "rss": bytes, "hwm": bytes} on its last line. The statements are the GUI thread's.
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def memory() -> tuple[int, int]:
    """(VmRSS, VmHWM) of this process in bytes."""
    found = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(("VmRSS:", "VmHWM:")):
            key, value = line.split(":", 1)
            found[key] = int(value.split()[0]) * 1024
    return found.get("VmRSS", 0), found.get("VmHWM", 0)


def floor(data_dir: Path) -> dict:
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    app = QApplication(sys.argv[:1])
    times = {}
    for rep in range(3):
        wall, cpu = time.perf_counter(), time.thread_time()
        conn = sqlite3.connect(f"{(data_dir / 'aftersales.sqlite3').resolve().as_uri()}?mode=ro", uri=True)
        rows = conn.execute(
            "SELECT c.number, c.received_at, c.status, c.kind, cu.name, cu.phone, p.name, p.model, t.name, c.area, "
            "c.deadline_at FROM service_call c LEFT JOIN customer cu ON cu.id = c.customer_id "
            "LEFT JOIN product p ON p.id = c.product_id LEFT JOIN staff t ON t.id = c.technician_id "
            "ORDER BY c.received_at DESC, c.id DESC LIMIT 200").fetchall()
        conn.close()
        model = QStandardItemModel(len(rows), 11)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                model.setItem(r, c, QStandardItem("" if value is None else str(value)))
        window = QMainWindow()
        view = QTableView()
        view.setModel(model)
        window.setCentralWidget(view)
        window.resize(1280, 800)
        window.show()
        app.processEvents()
        window.grab()
        times[f"floor{rep}"] = [time.perf_counter() - wall, time.thread_time() - cpu, 1]
        if rep < 2:
            window.close()
            window.deleteLater()
            app.processEvents()
    rss, hwm = memory()
    return {"open": times, "rss": rss, "hwm": hwm}


def pages(data_dir: Path) -> dict:
    from PySide6.QtWidgets import QApplication, QTabWidget

    from aftersales_desktop.core.db import database, open_database
    from aftersales_desktop.core.models import Staff
    from aftersales_desktop.core.paths import data_paths
    from aftersales_desktop.gui import background
    from aftersales_desktop.gui.app import make_application, settle_long_lived_objects
    from aftersales_desktop.gui.main_window import MainWindow
    from aftersales_desktop.gui.session import Session

    app = make_application()
    paths = data_paths(data_dir)
    open_database(paths.database, check=False)
    statements = [0]
    database.connection().set_trace_callback(lambda _sql: statements.__setitem__(0, statements[0] + 1))
    window = MainWindow(Session(paths))
    window.resize(1366, 768)
    window.show()
    app.processEvents()
    manager = Staff.select().where((Staff.role == "manager") & Staff.active).order_by(Staff.id).first()
    times: dict[str, list[float]] = {}

    def measure(name: str, fn) -> None:  # type: ignore[no-untyped-def]
        statements[0] = 0
        wall, cpu = time.perf_counter(), time.thread_time()
        fn()
        app.processEvents()
        window.grab()  # painted, as the person sees it
        times[name] = [time.perf_counter() - wall, time.thread_time() - cpu, statements[0]]
        if background.running():  # figures added up on a worker thread (gui/background.py): until drawn
            background.wait_all()
            window.grab()
            times[name].append(time.perf_counter() - wall)

    measure("sign_in+today", lambda: window.session.sign_in(manager))
    settle_long_lived_objects()  # as the app does a second after its main window shows
    for spec in window.visible_areas():
        if spec.key == "today":
            continue
        measure(spec.key, lambda key=spec.key: window.open_area(key))
        page = window.pages[spec.key]
        for tabs in page.findChildren(QTabWidget):
            if tabs.window() is not window:
                continue
            for index in range(1, tabs.count()):
                measure(f"{spec.key}/{tabs.tabText(index).replace('&', '')}",
                        lambda t=tabs, i=index: t.setCurrentIndex(i))  # fmt: skip
    app.processEvents()
    rss, hwm = memory()
    QApplication.processEvents()
    return {"open": times, "rss": rss, "hwm": hwm}


def main() -> int:
    mode, data_dir = sys.argv[1], Path(sys.argv[2])
    out = floor(data_dir) if mode == "floor" else pages(data_dir)
    print(json.dumps(out, ensure_ascii=False))
    sys.stdout.flush()
    os._exit(0)  # no teardown: the figures are taken


if __name__ == "__main__":
    sys.exit(main())
