"""The Summary sheet's native Excel charts: in xl/charts/, each drawn from the Summary's own cells, which hold
the month's calls and fees by kind and the hours by kind of work."""

from __future__ import annotations

import re
import zipfile

from aftersales_desktop.core.queries import month_calls, month_hours
from aftersales_desktop.core.vocab import CALL_KIND
from aftersales_desktop.export.excel.workbook import export_month
from tests.export.month_data import make_month
from tests.export.test_workbook import MARCH
from tests.export.workbook_helpers import load


def cells(sheet, ref: str) -> list:
    """The values of a range like '汇总'!$C$2:$C$5 on `sheet`."""
    match = re.fullmatch(r"'?(.+?)'?!\$([A-Z])\$(\d+):\$([A-Z])\$(\d+)", ref)
    assert match, ref
    _name, col, first, _col2, last = match.groups()
    return [sheet[f"{col}{row}"].value for row in range(int(first), int(last) + 1)]


def test_summary_has_native_charts_drawn_from_its_cells(shop, tmp_path):
    make_month(shop)
    path = export_month(MARCH, tmp_path / "march.xlsx")
    with zipfile.ZipFile(path) as archive:
        names = sorted(n for n in archive.namelist() if n.startswith("xl/charts/chart"))
        assert names == ["xl/charts/chart1.xml", "xl/charts/chart2.xml", "xl/charts/chart3.xml"]
        sheet_rels = archive.read("xl/worksheets/_rels/sheet1.xml.rels").decode()
        assert "drawing" in sheet_rels  # on the first sheet: the Summary
        charts = [archive.read(name).decode() for name in names]
    summary = load(path)["汇总"]
    refs = [re.findall(r"<(?:c:)?f>(.*?)</(?:c:)?f>", xml) for xml in charts]  # [categories, values]
    assert all(ref and ref[0].startswith("'汇总'!") for ref in refs)
    kinds = month_calls.totals_by_kind(MARCH)
    labels = [f"{CALL_KIND.label(t.kind)} 费用" for t in kinds]
    calls_labels, calls_values = (cells(summary, r) for r in refs[0][:2])
    assert calls_values == [t.count for t in kinds] and calls_labels == labels and sum(calls_values) > 0
    fees = cells(summary, refs[1][1])
    assert [round(v * 100) for v in fees] == [t.fee_fen for t in kinds]
    hours = month_hours.totals(MARCH)
    assert [round(v * 60) for v in cells(summary, refs[2][1])] == [hours.minutes_by_kind.get(k, 0) for k in CALL_KIND.codes]
    assert cells(summary, refs[2][0]) == [CALL_KIND.label(k) for k in CALL_KIND.codes]
    assert "<strRef>" in charts[0] or "<c:strRef>" in charts[0]
    assert "按类别的叫修数" in charts[0] and "技术员工时" in charts[2]
