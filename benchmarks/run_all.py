"""Every measure of issue 15 against its floor, in one run: `name ours floor ratio goal ok|MISS` per line.

    .venv/bin/python benchmarks/run_all.py --data-dir DIR [--reps N] [--only a,b] [--years10] [--demo-years 10]

Sections (--only picks some): lists (the call register: open, next page, scroll to the end), search (every
search box, keystroke by keystroke), gui (every area and tab opened and painted, and the memory then),
startup (to the sign-in window, also the first start of the day), papers (every `print` command), export
(the monthly workbook), file (its size), demo (`demo --years N` made anew, with --demo-years).

The floors are the bare libraries doing the same work in the same run, alternating with ours (benchlib.py);
budgets in milliseconds are judged on CPU time, the wall time under the load shown is printed beside them.
Exits 1 when any goal is missed. `make bench` runs it on the 10-year demo and its 50x copy (.bench/).
"""

from __future__ import annotations

import argparse
import compileall
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# the app's own modules compiled once, as an installed app has them: a shell that forbids writing bytecode
# (PYTHONDONTWRITEBYTECODE) would recompile them in every process measured, while the floors' libraries
# come precompiled from site-packages
os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
sys.dont_write_bytecode = False

from benchlib import Result, load_average  # noqa: E402

SECTIONS = ["lists", "search", "gui", "startup", "papers", "export", "file", "demo"]
DEMO_BUDGET = 120.0


def shop_summary(path: Path) -> str:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        calls = conn.execute("SELECT COUNT(*) FROM service_call").fetchone()[0]
        customers = conn.execute("SELECT COUNT(*) FROM customer").fetchone()[0]
    finally:
        conn.close()
    return f"{calls:,} calls, {customers:,} customers, {path.stat().st_size / 1e6:.0f} MB"


def demo(years: int, keep: Path | None = None) -> list[Result]:
    work = keep if keep is not None else Path(tempfile.mkdtemp(prefix="bench-demo-"))
    before = os.times()
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "aftersales_desktop", "demo", "--years", str(years), "--data-dir",
                    str(work / "shop")], check=True, capture_output=True)  # fmt: skip
    wall = time.perf_counter() - started
    after = os.times()
    cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
    size = (work / "shop" / "aftersales.sqlite3").stat().st_size
    if keep is None:
        subprocess.run(["rm", "-rf", str(work)], check=False)
    return [Result(f"demo.years{years}", cpu, None, budget=DEMO_BUDGET, unit="s", wall=wall,
                   note=f"CPU of the whole process; {size / 1e6:.0f} MB")]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--reps", type=int, default=7, help="repetitions of each measure (alternating with its floor)")
    parser.add_argument("--only", default="", help=f"comma-separated sections of {','.join(SECTIONS)}")
    parser.add_argument("--years10", action="store_true", help="the data is the 10-year demo: judge its file size")
    parser.add_argument("--demo-years", type=int, default=0, help="also time `demo --years N` (section demo)")
    parser.add_argument("--keep-demo", type=Path, help="make the timed demo in KEEP_DEMO/shop and keep it (a new "
                                                        "benchmark shop) instead of a temporary folder")
    args = parser.parse_args()
    wanted = [s for s in (args.only.split(",") if args.only else SECTIONS) if s]
    database = args.data_dir / "aftersales.sqlite3"
    if not database.is_file():
        parser.error(f"no shop in {args.data_dir}")
    # compiled before the first measure too (not by it): a first run after a change measured the compiling
    compileall.compile_dir(str(HERE.parent / "aftersales_desktop"), quiet=1)
    print(f"# {args.data_dir}: {shop_summary(database)}; load average {load_average()}; {os.cpu_count()} CPUs",
          flush=True)
    print(f"# {'name':<32} {'ours':>10} {'floor':>10} {'ratio':>8} {'goal':>16} ok|MISS", flush=True)
    results: list[Result] = []

    def report(found: list[Result]) -> None:
        for result in found:
            print(result.line(), flush=True)
        results.extend(found)

    if "lists" in wanted or "search" in wanted or "export" in wanted:
        from aftersales_desktop.core.db import open_database
        from aftersales_desktop.gui.app import make_application

        make_application()
        open_database(database, check=False)
        import bench_inproc

        if "lists" in wanted:
            report(bench_inproc.call_list(args.reps, database))
        if "search" in wanted:
            report(bench_inproc.searches(max(1, args.reps // 3), database))
        if "export" in wanted:
            import bench_procs

            report(bench_procs.export(args.data_dir, max(3, args.reps // 2)))
        from aftersales_desktop.core.db import close_database

        close_database()
    import bench_procs

    if "gui" in wanted:
        report(bench_procs.gui(args.data_dir, max(2, args.reps // 3)))
    if "startup" in wanted:
        report(bench_procs.startup(args.data_dir, args.reps))
    if "papers" in wanted:
        report(bench_procs.papers(args.data_dir, max(5, args.reps // 2), None))  # 3 swung ±0.5x under load
    if "file" in wanted:
        report(bench_procs.file_size(args.data_dir, args.years10))
    if "demo" in wanted and args.demo_years:
        report(demo(args.demo_years, args.keep_demo))
    missed = [r.name for r in results if not r.ok]
    print(f"# load average at the end {load_average()}; {len(results) - len(missed)} ok, {len(missed)} missed"
          + (f": {', '.join(missed)}" if missed else ""), flush=True)
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
