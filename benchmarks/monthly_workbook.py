"""How fast is the monthly workbook compared with openpyxl alone, and does memory stay flat?

    .venv/bin/python benchmarks/monthly_workbook.py [--data-dir DIR] [--years 10] [--repeat 5]

Opens the shop in DIR (creating a `demo --years N` shop there first when DIR has no data), finds the busiest
month, then in one run, alternating, several times:
  * ours:     export_month(month, file) — the queries, the conversions, the text guard, the atomic write;
  * openpyxl: the very same cells (values, number formats, bold/quote-prefix styles, read back from our file
              beforehand, not timed) written by openpyxl's write-only mode alone, the usual way
              (WriteOnlyCell + number_format/font per cell), and saved.
Prints both medians and the ratio (target: at most 1.5). Then the peak Python memory (tracemalloc) of our
export for a small month and for the busiest one: it should not grow with the month.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

import openpyxl
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from aftersales_desktop.core.db import database, open_database
from aftersales_desktop.core.paths import data_paths
from aftersales_desktop.core.queries.month_common import Month
from aftersales_desktop.export.excel.workbook import export_month

# tables and the column that places a row in a month: what makes a month "busy" for the workbook
_ACTIVITY = [("service_call", "received_at"), ("visit", "arrived_at"), ("repair_card", "returned_at"),
             ("invoice", "due_on"), ("stock_move", "at"), ("deposit", "taken_at"), ("conduct_entry", "occurred_at"),
             ("time_entry", "started_at"), ("survey_card", "answered_at")]


def month_activity() -> dict[str, int]:
    """Rows per month ('YYYY-MM' -> count) over the tables the workbook reads."""
    union = " UNION ALL ".join(f"SELECT substr({col}, 1, 7) AS m FROM {table} WHERE {col} IS NOT NULL"
                               for table, col in _ACTIVITY)
    return {m: n for m, n in database.execute_sql(f"SELECT m, COUNT(*) FROM ({union}) GROUP BY m")}


def read_cells(path: Path) -> list[tuple[str, list[float], list[list[tuple]]]]:
    """(sheet title, column widths, rows of (value, number format, bold, quote prefix)) of a written workbook."""
    book = openpyxl.load_workbook(path)
    sheets = []
    for ws in book.worksheets:
        widths = [ws.column_dimensions[c].width for c in "ABCDEFGHIJKLMNOP"[: ws.max_column]]
        rows = [[(c.value, c.number_format, bool(c.font.b), bool(c.quotePrefix)) for c in row] for row in ws.iter_rows()]
        sheets.append((ws.title, widths, rows))
    return sheets


def write_bare(sheets: list, path: Path) -> None:
    """openpyxl's write-only mode alone, writing the given cells."""
    book = Workbook(write_only=True)
    bold = Font(bold=True)
    for title, widths, rows in sheets:
        ws = book.create_sheet(title)
        for letter, width in zip("ABCDEFGHIJKLMNOP", widths, strict=False):
            ws.column_dimensions[letter].width = width
        ws.freeze_panes = "A2"
        for row in rows:
            out = []
            for value, number_format, is_bold, quoted in row:
                if value is None:
                    out.append(None)
                    continue
                cell = WriteOnlyCell(ws, value)
                if isinstance(value, str):
                    cell.data_type = "s"
                if number_format != "General":
                    cell.number_format = number_format
                if is_bold:
                    cell.font = bold
                if quoted:
                    cell.quotePrefix = True
                out.append(cell)
            ws.append(out)
    book.save(str(path))


def write_values_only(sheets: list, path: Path) -> None:
    """For context only: the same values with no styles at all (not what the accountant gets)."""
    book = Workbook(write_only=True)
    for title, _, rows in sheets:
        ws = book.create_sheet(title)
        for row in rows:
            ws.append([value for value, *_ in row])
    book.save(str(path))


def timed(fn) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def peak_memory(month: Month, path: Path) -> int:
    tracemalloc.start()
    export_month(month, path)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", default=str(Path(tempfile.gettempdir()) / "aftersales-bench-10y"))
    parser.add_argument("--years", type=int, default=10, help="demo length when the folder is empty")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    paths = data_paths(args.data_dir).ensure()
    fresh = not paths.database.exists()
    open_database(paths.database)
    if fresh:
        from aftersales_desktop.core.demo import create_demo

        print(f"creating a {args.years}-year demo shop in {paths.root} …", file=sys.stderr)
        started = time.perf_counter()
        create_demo(months=None, years=args.years)
        print(f"  done in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    activity = month_activity()
    if not activity:
        print("the shop has no activity to export", file=sys.stderr)
        return 1
    busiest = max(activity, key=lambda m: activity[m])
    quiet = min(activity, key=lambda m: activity[m])
    month = Month.parse(busiest)
    out = Path(tempfile.mkdtemp(prefix="bench-workbook-"))
    ours_file, bare_file = out / "ours.xlsx", out / "bare.xlsx"
    export_month(month, ours_file)  # warm up (imports, caches) and produce the cells to copy
    sheets = read_cells(ours_file)
    cells = sum(1 for _, _, rows in sheets for row in rows for c in row if c[0] is not None)
    write_bare(sheets, bare_file)
    plain = [(t, w, [[c if not (isinstance(c[0], str) and c[0][:1] == "=") else (" " + c[0], *c[1:])
                       for c in row] for row in rows]) for t, w, rows in sheets]  # no formulas in the plain copy
    ours, bare, values = [], [], []
    for _ in range(args.repeat):
        ours.append(timed(lambda: export_month(month, ours_file)))
        bare.append(timed(lambda: write_bare(sheets, bare_file)))
        values.append(timed(lambda: write_values_only(plain, out / "values.xlsx")))
    ours_median, bare_median = statistics.median(ours), statistics.median(bare)
    print(f"shop: {paths.database} ({paths.database.stat().st_size / 1e6:.1f} MB); months with activity: {len(activity)}")
    print(f"busiest month {busiest}: {activity[busiest]} source rows -> {sum(len(r) for _, _, r in sheets)} sheet rows, "
          f"{cells} non-empty cells, {ours_file.stat().st_size / 1e3:.0f} kB")
    print(f"ours (export_month):          median {ours_median * 1000:8.1f} ms  over {args.repeat} runs")
    print(f"openpyxl write-only alone:    median {bare_median * 1000:8.1f} ms  (same cells)")
    print(f"ratio ours / openpyxl:        {ours_median / bare_median:.2f}x  (target <= 1.5x)")
    print(f"(context: values only, no styles: median {statistics.median(values) * 1000:.1f} ms, "
          f"ratio {ours_median / statistics.median(values):.2f}x)")
    small = Month.parse(quiet)
    small_peak = peak_memory(small, out / "small.xlsx")
    busy_peak = peak_memory(month, out / "busy.xlsx")
    print(f"peak memory (tracemalloc): quietest month {quiet} ({activity[quiet]} source rows): "
          f"{small_peak / 1e6:.2f} MB; busiest {busiest} ({activity[busiest]} rows): {busy_peak / 1e6:.2f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
