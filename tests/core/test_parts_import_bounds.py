"""Hostile spreadsheets are refused with a sentence, quickly and in little memory; a big real list still imports.

The files are written as raw xlsx XML (fast, and a merged range over the whole sheet can only be made so).
The hostile ones are read by the real command in a child process with a memory cap and a time limit, so
the code before the bounds (3 GB for the merged sheet, 99 s and 1.8 GB for 400k rows) fails the test
instead of the machine.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import time
import zipfile
from collections.abc import Iterable
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from aftersales_desktop.core.imports.parts_excel import import_parts_file
from aftersales_desktop.core.models import Part

ROOT = Path(__file__).resolve().parents[2]
MEMORY_CAP = 1_200_000_000  # bytes of address space for the child: Qt-free Python plus a bounded sheet

_TYPES = """<?xml version="1.0" encoding="UTF-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
</Types>"""
_RELS = """<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>"""
_BOOK = """<?xml version="1.0" encoding="UTF-8"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<sheets><sheet name="备件" sheetId="1" r:id="rId1"/></sheets></workbook>"""
_BOOK_RELS = """<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>
</Relationships>"""
_COLUMNS = "ABCDEFGHIJ"


def raw_xlsx(path: Path, rows: Iterable[list[object]], merge: str | None = None, dimension: str | None = None,
             rows_xml: str = "", strings: list[str] | None = None) -> Path:
    """An xlsx holding `rows` (or ready `rows_xml` using `strings` as its shared strings) on its first sheet,
    optionally a merged range and a declared dimension. Text goes into the shared strings, as Excel writes it."""
    shared: dict[str, int] = {text: n for n, text in enumerate(strings or [])}

    def cell(ref: str, value: object) -> str:
        if isinstance(value, int | float):
            return f'<c r="{ref}"><v>{value}</v></c>'
        return f'<c r="{ref}" t="s"><v>{shared.setdefault(str(value), len(shared))}</v></c>'

    parts = ['<?xml version="1.0" encoding="UTF-8"?>'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">']
    if dimension:
        parts.append(f'<dimension ref="{dimension}"/>')
    parts.append("<sheetData>")
    for r, row in enumerate(rows, start=1):
        cells = "".join(cell(f"{_COLUMNS[c]}{r}", v) for c, v in enumerate(row) if v is not None)
        parts.append(f'<row r="{r}">{cells}</row>')
    parts.append(rows_xml)
    parts.append("</sheetData>")
    if merge:
        parts.append(f'<mergeCells count="1"><mergeCell ref="{merge}"/></mergeCells>')
    parts.append("</worksheet>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("[Content_Types].xml", _TYPES)
        archive.writestr("_rels/.rels", _RELS)
        archive.writestr("xl/workbook.xml", _BOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", _BOOK_RELS)
        archive.writestr("xl/worksheets/sheet1.xml", "".join(parts))
        texts = "".join(f"<si><t>{escape(text)}</t></si>" for text in shared)
        archive.writestr("xl/sharedStrings.xml", '<?xml version="1.0" encoding="UTF-8"?><sst xmlns='
                         f'"http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{len(shared)}">{texts}</sst>')
    return path


def parts_rows(count: int) -> Iterable[list[object]]:
    yield ["备件编码", "备件名称", "售价", "库位"]
    for n in range(count):
        yield [f"P{n:06d}", f"压缩机电容{n}", 12.5 + n % 7, f"A-{n % 40:02d}"]


def _cap_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))


def import_in_child(data_dir: Path, sheet: Path, seconds: int = 60) -> tuple[int | None, str, float]:
    """`import-parts --dry-run` in a child with a memory cap; (exit code or None on timeout, stderr, seconds)."""
    started = time.monotonic()
    try:
        done = subprocess.run(
            [sys.executable, "-m", "aftersales_desktop", "import-parts", str(sheet), "--data-dir", str(data_dir),
             "--dry-run"],
            capture_output=True, text=True, timeout=seconds, cwd=ROOT, preexec_fn=_cap_memory,
        )
    except subprocess.TimeoutExpired:
        return None, "", time.monotonic() - started
    return done.returncode, done.stderr, time.monotonic() - started


pytestmark = pytest.mark.skipif(os.name == "nt", reason="the memory cap uses resource.setrlimit")


@pytest.fixture
def shop_folder(shop, data_dir):
    from aftersales_desktop.core.db import close_database

    close_database()  # the child opens it
    return data_dir


def test_one_merged_range_over_the_whole_sheet_is_refused(shop_folder, tmp_path):
    sheet = raw_xlsx(tmp_path / "merged.xlsx", parts_rows(3), merge="A1:XFD1048576")
    assert sheet.stat().st_size < 5_000
    code, err, _seconds = import_in_child(shop_folder, sheet)
    assert code == 1, err
    assert "合并单元格" in err and "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_a_400k_row_sheet_is_refused_quickly(shop_folder, tmp_path):
    rows = "".join(f'<row r="{r}"><c r="A{r}"><v>{r}</v></c><c r="B{r}" t="s"><v>0</v></c></row>'
                   for r in range(2, 400_002))
    sheet = raw_xlsx(tmp_path / "huge.xlsx", [["备件编码", "备件名称"]], rows_xml=rows, strings=["电容"])
    code, err, seconds = import_in_child(shop_folder, sheet)
    assert code == 1, err
    assert "20,000" in err and "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert seconds < 30


def test_a_declared_million_row_dimension_with_little_data_still_imports(shop, tmp_path):
    sheet = raw_xlsx(tmp_path / "styled.xlsx", parts_rows(20), dimension="A1:XFD1048576")
    report = import_parts_file(shop.storekeeper, sheet)
    assert not report.refused and report.outcome.created == 20


def test_too_many_columns_are_refused(shop, tmp_path):
    from aftersales_desktop.core.errors import ValidationError

    header = '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="CA1"><v>7</v></c></row>'
    path = raw_xlsx(tmp_path / "wide.xlsx", [], rows_xml=header, strings=["备件编码", "备件名称"])
    with pytest.raises(ValidationError) as err:
        import_parts_file(shop.storekeeper, path)
    assert "60 列" in err.value.message


def test_a_zip_bomb_is_refused_before_unpacking(shop, tmp_path):
    from aftersales_desktop.core.errors import ValidationError

    path = raw_xlsx(tmp_path / "bomb.xlsx", parts_rows(2))
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/padding.bin", b"\0" * 70_000_000)
    assert path.stat().st_size < 1_000_000
    with pytest.raises(ValidationError) as err:
        import_parts_file(shop.storekeeper, path)
    assert "MB" in err.value.message


def test_a_10000_row_parts_list_passes_the_bounds(shop, tmp_path):
    from aftersales_desktop.core.imports.parts_excel import check_rows, guess_mapping, read_sheet

    sheet = read_sheet(raw_xlsx(tmp_path / "list.xlsx", parts_rows(10_000)))
    checked = check_rows(sheet, guess_mapping(sheet.headers))
    assert not checked.errors and len(checked.good) == 10_000
    assert checked.good[-1][1]["code"] == "P009999" and checked.good[-1][0] == 10_001


@pytest.mark.slow
def test_a_10000_row_parts_list_still_imports(shop, tmp_path):
    sheet = raw_xlsx(tmp_path / "list.xlsx", parts_rows(10_000))
    report = import_parts_file(shop.storekeeper, sheet)
    assert not report.refused, report.checked.errors[:3]
    assert report.outcome.created == 10_000
    assert Part.select().count() == 10_000
    assert Part.get(Part.code == "P009999").price_fen == 1250 + (9999 % 7) * 100
