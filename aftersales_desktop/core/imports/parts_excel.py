"""Read a shop's own parts list from Excel (openpyxl, no Qt) and check it row by row.

Real lists are messy: title rows above the header, merged cells, numbers typed as text, blank rows, the same
code twice. `read_sheet` finds the header and flattens merged cells, `guess_mapping` proposes which column
is which (the GUI lets the person change it), and `check_rows` turns every row into clean values or a
reason with its row number. Nothing is written here: services.parts.apply_import writes all or nothing.
"""

from __future__ import annotations

import re
import time
import unicodedata
import zipfile
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from aftersales_desktop.core.bounds import MAX_FEN, MAX_QTY
from aftersales_desktop.core.errors import ValidationError
from aftersales_desktop.core.i18n import T, Text

# field -> (label zh, label en, header words that mean it)
FIELDS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "code": ("编码", "Code", ("编码", "编号", "代码", "备件编码", "零件号", "料号", "code", "partno", "partnumber")),
    "name": ("名称", "Name", ("名称", "品名", "备件名称", "零件名称", "name", "description")),
    "fits_models": ("适用机型", "Fits models", ("适用机型", "适用型号", "机型", "适用车型", "型号", "model", "models")),
    "unit": ("单位", "Unit", ("单位", "unit")),
    "bin_location": ("库位", "Bin", ("库位", "货位", "仓位", "位置", "bin", "location")),
    "cost_fen": ("成本", "Cost", ("成本", "进价", "成本价", "单价", "cost")),
    "price_fen": ("售价", "Price", ("售价", "零售价", "销售价", "价格", "price")),
    "min_qty": ("最低库存", "Min stock", ("最低库存", "安全库存", "最低", "下限", "min", "minimum")),
    "qty": ("数量", "Quantity", ("数量", "库存", "库存数量", "现有", "qty", "quantity", "stock")),
}
REQUIRED = ("code", "name")
MAX_HEADER_SEARCH = 20
# Bounds on what a sheet may be: a shop's parts list fits many times over, a hostile file does not.
MAX_ROWS = 20_000
MAX_COLUMNS = 60
MAX_MERGED_CELLS = 200_000
MAX_MERGED_RANGES = 20_000
MAX_UNPACKED_BYTES = 60_000_000
MAX_SECONDS = 60


@dataclass
class Sheet:
    """A sheet's header (row number and texts) and its data rows as (row number, values)."""

    path: Path
    header_row: int
    headers: list[str]
    rows: list[tuple[int, list[Any]]]


@dataclass(frozen=True)
class RowError:
    row: int
    reason: Text


@dataclass
class Checked:
    """The rows that passed (row number, clean values) and every row that did not, with the reason."""

    good: list[tuple[int, dict[str, Any]]] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)


def _norm(text: Any) -> str:
    return re.sub(r"[\s_()()::*]", "", unicodedata.normalize("NFKC", str(text or ""))).lower()


def _header_score(values: list[Any]) -> int:
    words = {_norm(v) for v in values if v not in (None, "")}
    return sum(1 for _, _, names in FIELDS.values() if any(_norm(n) in words for n in names))


def read_sheet(path: Path | str) -> Sheet:
    """Open the first sheet and find its header row (the first row naming at least two known columns).

    A hostile or runaway file is refused with a sentence before it can eat the PC: the unpacked size, the
    rows, the columns, the merged area and the reading time are bounded (see the limits above).
    """
    from openpyxl.reader.excel import ExcelReader

    path = Path(path)
    _check_archive(path)
    try:
        # Only the parts needed: the package, the shared strings, the workbook's sheet list. openpyxl's own
        # load_workbook would also scan the whole sheet for its size and build a cell for every merged cell.
        reader = ExcelReader(str(path), read_only=True, data_only=True)
    except Exception as exc:  # zip/XML errors: not an xlsx at all
        raise _unreadable(path) from exc
    try:
        reader.read_manifest()
        reader.read_strings()
        reader.read_workbook()
        sheets = [rel.target for _sheet, rel in reader.parser.find_sheets()
                  if rel.target in reader.valid_files and "chartsheet" not in rel.Type]
        if not sheets:
            raise _unreadable(path)
        grid, merged = _read_sheet_xml(reader, sheets[0], path)
    except ValidationError:
        raise
    except Exception as exc:  # a broken sheet inside a good zip
        raise _unreadable(path) from exc
    finally:
        reader.archive.close()
    for min_row, min_col, max_row, max_col in merged:  # every cell of a merged block carries the block's value
        value = grid.get(min_row, [])[min_col - 1] if min_col - 1 < len(grid.get(min_row, [])) else None
        for r in range(min_row, max_row + 1):
            row = grid.get(r)
            for c in range(min_col, max_col + 1):
                if row is not None and c - 1 < len(row):
                    row[c - 1] = value
    numbers = sorted(grid)
    for index, number in enumerate(numbers[:MAX_HEADER_SEARCH]):
        values = grid[number]
        if number <= MAX_HEADER_SEARCH and _header_score(values) >= 2 and len({v for v in values if v not in (None, "")}) >= 2:
            headers = [str(v).strip() if v is not None else "" for v in values]
            return Sheet(path, number, headers, [(n, grid[n]) for n in numbers[index + 1:]])
    raise ValidationError(
        T("在前 {n} 行里没有找到表头(如“编码”“名称”)。", "No header row (like 'Code', 'Name') in the first {n} rows.",
          n=MAX_HEADER_SEARCH)
    )


def _unreadable(path: Path) -> ValidationError:
    return ValidationError(
        T("无法读取 {p}:请选择 Excel 的 .xlsx 文件。", "Cannot read {p}: choose an Excel .xlsx file.", p=path.name)
    )


def _too_big(path: Path, zh: str, en: str, **values: Any) -> ValidationError:
    return ValidationError(T("{p} 太大,无法导入:" + zh + "请只保留备件清单本身再试。",
                             "{p} is too big to import: " + en + " Keep only the parts list itself and try again.",
                             p=path.name, **values))


def _check_archive(path: Path) -> None:
    """Refuse what is not a zip, or what would unpack to more than MAX_UNPACKED_BYTES (a zip bomb)."""
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except FileNotFoundError as exc:
        raise ValidationError(T("找不到文件 {p}。", "The file {p} does not exist.", p=path)) from exc
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise _unreadable(path) from exc
    if unpacked > MAX_UNPACKED_BYTES:
        raise _too_big(path, "解压后超过 {m} MB。", "it unpacks to more than {m} MB.", m=MAX_UNPACKED_BYTES // 1_000_000)


def _read_sheet_xml(reader: Any, target: str, path: Path) -> tuple[dict[int, list[Any]], list[tuple[int, int, int, int]]]:
    """The non-blank rows by row number (at most MAX_ROWS, MAX_COLUMNS wide, within MAX_SECONDS) and the merged
    blocks (min_row, min_col, max_row, max_col), read straight from the sheet's XML: only cells that are in the
    file are looked at, so a declared million-row dimension or a merge over the whole sheet costs nothing."""
    from openpyxl.utils.cell import range_boundaries
    from openpyxl.worksheet._reader import WorkSheetParser

    started = time.monotonic()
    grid: dict[int, list[Any]] = {}
    with reader.archive.open(target) as source:  # the worksheet's XML inside the zip
        parser = WorkSheetParser(source, reader.shared_strings, data_only=True, epoch=reader.wb.epoch)
        for count, (number, cells) in enumerate(parser.parse(), start=1):
            if count % 1000 == 0 and time.monotonic() - started > MAX_SECONDS:
                raise _too_big(path, "{s} 秒内没有读完。", "it could not be read within {s} seconds.", s=MAX_SECONDS)
            filled = {c["column"]: c["value"] for c in cells if c["value"] not in (None, "")}
            if not filled:
                continue
            if max(filled) > MAX_COLUMNS:
                raise _too_big(path, "超过 {m} 列。", "it has more than {m} columns.", m=MAX_COLUMNS)
            if len(grid) >= MAX_ROWS + MAX_HEADER_SEARCH:
                raise _too_big(path, "超过 {m} 行。", "it has more than {m} rows.", m=f"{MAX_ROWS:,}")
            row: list[Any] = [None] * max(filled)
            for column, value in filled.items():
                row[column - 1] = value
            grid[number] = row
        found = parser.merged_cells.mergeCell if parser.merged_cells is not None else []
    merged: list[tuple[int, int, int, int]] = []
    area = 0
    for block in found[: MAX_MERGED_RANGES + 1]:
        min_col, min_row, max_col, max_row = range_boundaries(block.ref)
        area += (max_row - min_row + 1) * (max_col - min_col + 1)
        if area > MAX_MERGED_CELLS or len(merged) >= MAX_MERGED_RANGES:
            raise _too_big(path, "合并单元格的范围超过 {m} 个格子。", "its merged cells cover more than {m} cells.",
                           m=f"{MAX_MERGED_CELLS:,}")
        merged.append((min_row, min_col, max_row, max_col))
    return grid, merged


def guess_mapping(headers: list[str]) -> dict[str, int | None]:
    """Propose a column for each field from the header texts (exact words first, then contained words)."""
    normed = [_norm(h) for h in headers]
    mapping: dict[str, int | None] = {}
    taken: set[int] = set()
    for exact in (True, False):
        for key, (_, _, names) in FIELDS.items():
            if mapping.get(key) is not None:
                continue
            for name in names:
                hits = [i for i, h in enumerate(normed) if i not in taken and h and
                        (h == _norm(name) if exact else _norm(name) in h)]
                if hits:
                    mapping[key] = hits[0]
                    taken.add(hits[0])
                    break
    return {key: mapping.get(key) for key in FIELDS}


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # a code typed as a number: 1001.0 -> "1001"
    return unicodedata.normalize("NFKC", str(value)).strip()


def _number(value: Any, label: str) -> Decimal | None:
    text = _text(value).replace(",", "").replace("¥", "").replace("元", "").strip()
    if not text:
        return None
    try:
        number = Decimal(text)
    except InvalidOperation as exc:
        raise ValidationError(T("{f}“{v}”不是数字。", "{f} '{v}' is not a number.", f=label, v=_text(value)[:40])) from exc
    if not number.is_finite():  # NaN, Infinity
        raise ValidationError(T("{f}“{v}”不是数字。", "{f} '{v}' is not a number.", f=label, v=_text(value)[:40]))
    return number


def _money(value: Any, key: str) -> int:
    number = _number(value, FIELDS[key][0])
    if number is None:
        return 0
    if number < 0:
        raise ValidationError(T("{f}不能为负数。", "{f} cannot be negative.", f=FIELDS[key][0]))
    if number * 100 > MAX_FEN:
        raise ValidationError(T("{f}不能超过 ¥10,000,000.00。", "{f} cannot be more than ¥10,000,000.00.", f=FIELDS[key][0]))
    return int((number * 100).quantize(Decimal("1")))


def _count(value: Any, key: str) -> int:
    number = _number(value, FIELDS[key][0])
    if number is None:
        return 0
    if number < 0 or number != number.to_integral_value():
        raise ValidationError(T("{f}应为 0 或正整数。", "{f} must be 0 or a whole number.", f=FIELDS[key][0]))
    if number > MAX_QTY:
        raise ValidationError(T("{f}不能超过 {n}。", "{f} cannot be more than {n}.", f=FIELDS[key][0], n=f"{MAX_QTY:,}"))
    return int(number)


def check_rows(sheet: Sheet, mapping: dict[str, int | None]) -> Checked:
    """Clean every non-blank row; a bad value or a repeated code becomes a RowError (row number + reason)."""
    from aftersales_desktop.core.services.parts import clean_part

    missing = [FIELDS[k][0] for k in REQUIRED if mapping.get(k) is None]
    if missing:
        raise ValidationError(T("请指定“{c}”在哪一列。", "Choose the column for '{c}'.", c="、".join(missing)), "mapping")
    result = Checked()
    first_row_of: dict[str, int] = {}
    for row_number, values in sheet.rows:
        def cell(key: str, values: list[Any] = values) -> Any:
            col = mapping.get(key)
            return values[col] if col is not None and col < len(values) else None

        if all(_text(v) == "" for v in values):
            continue  # blank separator row
        try:
            raw = {k: _text(cell(k)) for k in ("code", "name", "fits_models", "unit", "bin_location")}
            clean = clean_part({**raw, "price_fen": _money(cell("price_fen"), "price_fen"),
                                "min_qty": _count(cell("min_qty"), "min_qty")})
            clean["cost_fen"] = _money(cell("cost_fen"), "cost_fen")
            clean["qty"] = _count(cell("qty"), "qty")
        except ValidationError as exc:
            result.errors.append(RowError(row_number, exc.text))
            continue
        code = clean["code"]
        if code in first_row_of:
            result.errors.append(RowError(row_number, T("编码 {c} 与第 {r} 行重复。", "Code {c} repeats row {r}.",
                                                        c=code, r=first_row_of[code])))
            continue
        first_row_of[code] = row_number
        result.good.append((row_number, clean))
    return result


@dataclass
class ImportReport:
    """What an import did: with refused rows nothing was written (unless the good rows were taken on their own),
    else the outcome of writing them."""

    sheet: Sheet
    mapping: dict[str, int | None]
    checked: Checked
    outcome: Any = None  # services.parts.ImportOutcome when written (or dry-run), None when nothing was

    @property
    def refused(self) -> bool:
        return bool(self.checked.errors)


def import_parts_file(actor: Any, path: Path | str, mapping: dict[str, int | None] | None = None,
                      dry_run: bool = False, skip_bad_rows: bool = False) -> ImportReport:
    """Read, check and write a parts list: all or nothing, or with `skip_bad_rows` the good rows alone.

    Without a database to compare with (`actor` None, a dry run on an empty folder) every good row counts as new.
    """
    from aftersales_desktop.core.services.parts import ImportPlan, apply_import

    sheet = read_sheet(path)
    mapping = mapping if mapping is not None else guess_mapping(sheet.headers)
    checked = check_rows(sheet, mapping)
    report = ImportReport(sheet, mapping, checked)
    if checked.good and (skip_bad_rows or not checked.errors):
        if actor is None:
            report.outcome = ImportPlan([row for _, row in checked.good], [], 0, 0).outcome()
        else:
            report.outcome = apply_import(actor, checked.good, dry_run=dry_run)
    return report
