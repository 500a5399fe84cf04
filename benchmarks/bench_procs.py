"""The measures of whole processes: start to the sign-in window, the paper commands, the GUI's pages and
memory (gui_probe.py), the monthly workbook, the file's size.

Each runs as a person would run it, as a new process, alternately with its floor process:
  * start-up: the app on a virtual screen (Xvfb) until its first window is mapped (xdotool), against a
    Python process showing an empty QMainWindow the same way;
  * papers: `aftersales-desktop print KIND …` against bare_paper.py, a Python process that registers the same
    TTF font with reportlab and writes the same words at the same places on the same page size (taken from
    our PDF beforehand with pdftotext -bbox, not timed) — the page drawn by hand with nothing else loaded.
    A staff paper (penalty notice, conduct month) is printed as a signed-in person, whose password is checked
    with scrypt at a deliberate cost (core/security.py); its floor checks the same password once too, with bare
    hashlib, so the ratio measures what we add, not the check the rule requires.
"""

from __future__ import annotations

import json
import os
import queue
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from benchlib import Result, Sample, median

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PY = sys.executable
STARTUP_GOAL, PAPER_GOAL, EXPORT_GOAL = 2.5, 2.0, 1.5
MEMORY_BUDGET = 150 * 2**20
OPEN_BUDGET = 0.150


def run_timed(command: list[str], sample: Sample, env: dict[str, str] | None = None) -> None:
    """Run to the end; wall time and the child's CPU time (user + system)."""
    before = os.times()
    started = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    wall = time.perf_counter() - started
    after = os.times()
    sample.add(wall, (after.children_user - before.children_user) + (after.children_system - before.children_system))


# ---- start-up --------------------------------------------------------------------------------------------

FLOOR_WINDOW = ("import sys\nfrom PySide6.QtWidgets import QApplication, QMainWindow\n"
                "app = QApplication(sys.argv[:1])\nw = QMainWindow()\nw.setWindowTitle('floor')\nw.resize(400, 300)\n"
                "w.show()\nsys.exit(app.exec())\n")  # fmt: skip


class Screen:
    """A virtual X screen for the start-up measures; `xev` on its root window tells the moment a window maps
    (one long-lived watcher instead of polling, which would itself eat the CPU being measured)."""

    def __init__(self) -> None:
        self.display = f":{400 + os.getpid() % 200}"
        self.proc = subprocess.Popen(["Xvfb", self.display, "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
        self.env = {**os.environ, "DISPLAY": self.display, "QT_QPA_PLATFORM": "xcb"}
        for _ in range(600):  # a busy machine may take seconds to bring the screen up
            if subprocess.run(["xdotool", "getdisplaygeometry"], env=self.env, capture_output=True).returncode == 0:
                break
            time.sleep(0.05)
        self.maps: queue.Queue[float] = queue.Queue()
        for _ in range(20):  # the watcher ends at once when it cannot open the screen: start it again
            self.watcher = subprocess.Popen(["stdbuf", "-oL", "xev", "-root", "-event", "substructure"],
                                            env=self.env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                            text=True)  # fmt: skip
            time.sleep(0.5)
            if self.watcher.poll() is None:
                break
        else:
            raise RuntimeError(f"xev cannot watch the virtual screen {self.display}")
        threading.Thread(target=self._watch, daemon=True).start()

    def _watch(self) -> None:
        assert self.watcher.stdout is not None
        for line in self.watcher.stdout:
            if line.startswith("MapNotify"):
                self.maps.put(time.perf_counter())

    def first_window(self, command: list[str], timeout: float = 120.0) -> tuple[float, float]:
        """(wall, child CPU) from starting `command` until a window of it is mapped; then it is ended."""
        while not self.maps.empty():
            self.maps.get_nowait()
        with tempfile.TemporaryFile() as errors:
            return self._until_mapped(command, errors, timeout)

    def _until_mapped(self, command: list[str], errors: Any, timeout: float) -> tuple[float, float]:
        before = os.times()
        start = time.perf_counter()
        app = subprocess.Popen(command, env=self.env, stdout=subprocess.DEVNULL, stderr=errors)
        try:
            while True:
                try:
                    wall = self.maps.get(timeout=0.2) - start
                    break
                except queue.Empty:
                    pass
                if app.poll() is not None:
                    errors.seek(0)
                    said = errors.read().decode(errors="replace")[-400:]
                    raise RuntimeError(f"{command} exited with {app.returncode} before showing a window: {said}")
                if time.perf_counter() - start > timeout:
                    raise RuntimeError(f"no window from {command} within {timeout} s")
        finally:
            app.kill()
            app.wait()
        after = os.times()
        return wall, (after.children_user - before.children_user) + (after.children_system - before.children_system)

    def close(self) -> None:
        self.watcher.terminate()
        self.proc.terminate()
        self.proc.wait()


def _clear_today(data_dir: Path, link_backup: bool) -> None:
    """No backup of today (first start of the day), or a stand-in for one (a hard link, costs nothing)."""
    backups = data_dir / "backups"
    today = time.strftime("%Y%m%d")
    for path in backups.glob(f"*{today}*"):
        path.unlink()
    for path in backups.glob("*.tmp"):
        path.unlink()
    (data_dir / "aftersales.sqlite3.lock").unlink(missing_ok=True)
    if link_backup:
        backups.mkdir(exist_ok=True)
        os.link(data_dir / "aftersales.sqlite3", backups / f"aftersales-{today}-000000-daily.sqlite3")


# the Debian packages that give the outside tools the measures use (benchmarks/system_tools.sh installs them)
PACKAGE_OF = {"Xvfb": "xvfb", "xdotool": "xdotool", "pdftotext": "poppler-utils"}


def missing_tools(*tools: str) -> str:
    """A sentence naming the tools not found on PATH and their packages, or "" when all are there."""
    absent = [tool for tool in tools if not shutil.which(tool)]
    if not absent:
        return ""
    packages = " ".join(PACKAGE_OF.get(tool, tool) for tool in absent)
    return (f"not measured: {' and '.join(absent)} not found (Debian: apt-get install {packages}; "
            "`make bench` installs them when run as root)")


STARTUP_ROWS = ("startup.signin", "startup.first_of_day")


def startup(data_dir: Path, reps: int) -> list[Result]:
    missing = missing_tools("Xvfb", "xdotool")
    if missing:
        return [_startup_missed(name, missing) for name in STARTUP_ROWS]
    try:
        screen = Screen()
    except RuntimeError as exc:
        return [_startup_missed(name, _window_failure(exc)) for name in STARTUP_ROWS]
    ours = [PY, "-m", "aftersales_desktop", "--data-dir", str(data_dir)]
    floor = [PY, "-c", FLOOR_WINDOW]
    out = []
    try:
        for name, link in zip(STARTUP_ROWS, (True, False), strict=True):  # a backup of today there, or not
            try:
                out.append(_startup_pair(screen, name, ours, floor, data_dir, link, reps))
            except RuntimeError as exc:  # a window that cannot start (e.g. Qt's xcb plugin without its libraries)
                out.append(_startup_missed(name, _window_failure(exc)))
            _clear_today(data_dir, False)
    finally:
        screen.close()
    return out


def _startup_pair(screen: Screen, name: str, ours: list[str], floor: list[str], data_dir: Path, link: bool,
                  reps: int) -> Result:
    a, b = Sample(), Sample()
    screen.first_window(floor)  # warm the file cache for both
    _clear_today(data_dir, link)
    screen.first_window(ours)
    for i in range(reps):
        _clear_today(data_dir, link)
        pair = [(ours, a), (floor, b)] if i % 2 == 0 else [(floor, b), (ours, a)]
        for command, sample in pair:
            sample.add(*screen.first_window(command))
    return Result(name, median(a.wall), median(b.wall), goal_ratio=STARTUP_GOAL, unit="s",
                  note=f"median of {reps}; CPU {median(a.cpu):.2f}s vs {median(b.cpu):.2f}s")


def _startup_missed(name: str, why: str) -> Result:
    """A start-up row that could not be measured: missed, with why."""
    return Result(name, float("nan"), None, goal_ratio=STARTUP_GOAL, unit="s", note=why)


def _window_failure(exc: Exception) -> str:
    """Why no window came, on one line (the last of what the process wrote, not a traceback)."""
    said = " ".join(str(exc).split())[-300:]
    return f"not measured: {said} (benchmarks/system_tools.sh installs what Qt's xcb plugin needs)"


# ---- papers ----------------------------------------------------------------------------------------------


def paper_jobs(conn: sqlite3.Connection) -> list[tuple[str, list[str]]]:
    """One record of each paper kind, the newest of its kind."""
    def one(sql: str) -> str | None:
        row = conn.execute(sql).fetchone()
        return str(row[0]) if row and row[0] is not None else None

    jobs = [
        ("voucher", one("SELECT c.number FROM voucher v JOIN service_call c ON c.id = v.call_id ORDER BY v.id DESC")),
        ("receipt", one("SELECT number FROM goods_receipt ORDER BY id DESC")),
        ("repair-card", one("SELECT number FROM repair_card WHERE status = 'returned' ORDER BY id DESC")),
        ("daily-report", one("SELECT date(started_at) FROM time_entry ORDER BY id DESC")),
        ("penalty-notice", one("SELECT number FROM conduct_entry ORDER BY id DESC")),
        ("conduct-month", one("SELECT substr(occurred_at, 1, 7) FROM conduct_entry ORDER BY id DESC")),
        ("survey-cards", one("SELECT due_on FROM survey_card ORDER BY id DESC")),
        ("expiry-notice", one("SELECT number FROM contract ORDER BY id DESC")),
        ("complaint-reply", one("SELECT number FROM complaint WHERE replied_at IS NOT NULL ORDER BY id DESC")),
        ("deposit-receipt", one("SELECT number FROM deposit ORDER BY id DESC")),
        ("refund-receipt", one("SELECT refund_number FROM deposit WHERE refund_number IS NOT NULL ORDER BY id DESC")),
        ("count-sheet", one("SELECT number FROM stocktake ORDER BY id DESC")),
    ]
    return [(kind, [arg]) for kind, arg in jobs if arg]


WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>')
PAGE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">')


def layout_of(pdf: Path) -> dict:
    """The words of a PDF with their boxes, per page (pdftotext -bbox), for the bare reportlab floor."""
    html = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    pages = []
    for chunk in html.split("<page ")[1:]:
        size = PAGE.match("<page " + chunk)
        words = [(float(a), float(b), float(c), float(d), w) for a, b, c, d, w in WORD.findall(chunk)]
        pages.append({"size": [float(size.group(1)), float(size.group(2))] if size else [595, 842], "words": words})
    return {"pages": pages}


def stored_hash(data_dir: Path, name: str) -> str:
    conn = sqlite3.connect(f"{(data_dir / 'aftersales.sqlite3').resolve().as_uri()}?mode=ro", uri=True)
    try:
        return str(conn.execute("SELECT secret_hash FROM staff WHERE name = ?", (name,)).fetchone()[0])
    finally:
        conn.close()


def papers(data_dir: Path, reps: int, user: str | None) -> list[Result]:
    conn = sqlite3.connect(f"{(data_dir / 'aftersales.sqlite3').resolve().as_uri()}?mode=ro", uri=True)
    jobs = paper_jobs(conn)
    conn.close()
    missing = missing_tools("pdftotext")  # the bare floor draws the words pdftotext found on our page
    if missing:
        return [Result(f"paper.{kind}", float("nan"), None, goal_ratio=PAPER_GOAL, unit="s", note=missing)
                for kind, _ in jobs]
    work = Path(tempfile.mkdtemp(prefix="bench-papers-"))
    from aftersales_desktop.core.demo import DEMO_PASSWORD

    # every demo account's password, for the staff papers (a shop made by an older demo: set it, e.g. 1234)
    os.environ.setdefault("AFTERSALES_PASSWORD", DEMO_PASSWORD)
    results = []
    signer = user or "张建国"
    try:
        for kind, args in jobs:
            pdf = work / f"{kind}.pdf"
            floor_check: list[str] = []
            ours = [PY, "-m", "aftersales_desktop", "print", kind, *args, "--data-dir", str(data_dir), "--out", str(pdf)]
            try:
                subprocess.run(ours, check=True, capture_output=True, text=True)
            except subprocess.CalledProcessError as error:
                said = (error.stderr or "").strip()
                if "--user" in said:  # a staff paper: printed as a person (the demo's manager, its password)
                    ours += ["--user", signer]
                    floor_check = ["--check-password", stored_hash(data_dir, signer)]
                    done = subprocess.run(ours, capture_output=True, text=True)
                    said = "" if done.returncode == 0 else (done.stderr or "").strip()
                if said:
                    results.append(Result(f"paper.{kind}", float("nan"), None, note=said[-120:]))
                    continue
            layout = work / f"{kind}.json"
            layout.write_text(json.dumps(layout_of(pdf), ensure_ascii=False), encoding="utf-8")
            floor = [PY, str(HERE / "bare_paper.py"), str(layout), str(work / f"{kind}-bare.pdf"), *floor_check]
            a, b = Sample(), Sample()
            for i in range(reps):
                pair = [(ours, a), (floor, b)] if i % 2 == 0 else [(floor, b), (ours, a)]
                for command, sample in pair:
                    run_timed(command, sample)
            results.append(Result(f"paper.{kind}", median(a.wall), median(b.wall), goal_ratio=PAPER_GOAL, unit="s",
                                  note=f"CPU {median(a.cpu):.2f}s vs {median(b.cpu):.2f}s; {pdf.stat().st_size // 1024} kB"
                                  + ("; floor checks the password too" if floor_check else "")))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return results


# ---- the GUI's pages and memory ---------------------------------------------------------------------------


def probe(mode: str, data_dir: Path) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([PY, str(HERE / "gui_probe.py"), mode, str(data_dir)], check=True, capture_output=True,
                          text=True, env=env)  # fmt: skip
    return json.loads(done.stdout.strip().splitlines()[-1])


def gui(data_dir: Path, reps: int) -> list[Result]:
    runs, floors = [], []
    for _ in range(reps):
        runs.append(probe("pages", data_dir))
        floors.append(probe("floor", data_dir))
    floor_open = median([v[1] for f in floors for k, v in f["open"].items() if k != "floor0"])
    floor_wall = median([v[0] for f in floors for k, v in f["open"].items() if k != "floor0"])
    results = []
    for name in runs[0]["open"]:
        cpu = median([r["open"][name][1] for r in runs])
        wall = median([r["open"][name][0] for r in runs])
        statements = max(r["open"][name][2] for r in runs)
        # a page that adds up its figures on a worker thread (gui/background.py) is measured until it shows;
        # when the figures were drawn is said beside it
        ready = [r["open"][name][3] for r in runs if len(r["open"][name]) > 3]
        later = f"; figures drawn after {median(ready) * 1000:.0f}ms (worker thread)" if ready else ""
        results.append(Result(f"open.{name}", cpu, floor_open, budget=OPEN_BUDGET, wall=wall,
                              note=f"{statements} statements{later}; floor wall {floor_wall * 1000:.0f}ms"))
    rss = median([r["hwm"] for r in runs])
    results.append(Result("gui.memory", rss, median([f["hwm"] for f in floors]), budget=MEMORY_BUDGET, unit="MiB",
                          note="peak RSS, every area and tab opened; floor: a QMainWindow with one table"))
    return results


# ---- the monthly workbook --------------------------------------------------------------------------------


def export(data_dir: Path, reps: int) -> list[Result]:
    sys.path.insert(0, str(HERE))
    import monthly_workbook as mw

    from aftersales_desktop.core.queries.month_common import Month
    from aftersales_desktop.export.excel.workbook import export_month

    activity = mw.month_activity()
    busiest = max(activity, key=lambda m: activity[m])
    month = Month.parse(busiest)
    work = Path(tempfile.mkdtemp(prefix="bench-export-"))
    try:
        ours_file, bare_file = work / "ours.xlsx", work / "bare.xlsx"
        export_month(month, ours_file)
        sheets = mw.read_cells(ours_file)
        a, b = Sample(), Sample()
        from benchlib import interleave

        a, b = interleave(lambda: export_month(month, ours_file), lambda: mw.write_bare(sheets, bare_file), reps)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return [Result("export.month", median(a.wall), median(b.wall), goal_ratio=EXPORT_GOAL, unit="s",
                   note=f"{busiest}, {activity[busiest]} source rows")]


# ---- the file ---------------------------------------------------------------------------------------------

BEFORE_10Y_BYTES = 109_551_616  # the 10-year demo made before the audit trail was compacted (76 % audit)


def file_size(data_dir: Path, years10: bool) -> list[Result]:
    path = data_dir / "aftersales.sqlite3"
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        page = conn.execute("PRAGMA page_size").fetchone()[0]
        try:
            audit = conn.execute("SELECT SUM(pgsize) FROM dbstat WHERE name LIKE 'audit_entry%'").fetchone()[0] or 0
        except sqlite3.Error:
            audit = 0
        used = (conn.execute("PRAGMA page_count").fetchone()[0] - conn.execute("PRAGMA freelist_count").fetchone()[0]) * page
    finally:
        conn.close()
    note = f"audit trail {audit / max(used, 1):.0%} of it" if audit else ""
    if years10:
        return [Result("file.size", used, BEFORE_10Y_BYTES, goal_ratio=0.5, unit="MB",
                       note=note + "; floor: the file before compaction")]
    return [Result("file.size", used, None, unit="MB", note=note)]
