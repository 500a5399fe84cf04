"""The parts list: create, update, search as you type by code, name, model and pinyin initials."""

from __future__ import annotations

import pytest

from aftersales_desktop.core.errors import PermissionDenied, ValidationError
from aftersales_desktop.core.queries.parts import low_stock_parts, search_parts
from aftersales_desktop.core.queries.today import today_counts
from aftersales_desktop.core.services.parts import create_part, update_part
from aftersales_desktop.core.services.stock import receive


def test_create_update_and_search(shop):
    cap = create_part(shop.storekeeper, code="KT-CAP-35", name="空调电容", fits_models="KFR-35GW/BP3, KFR-26GW",
                      price_fen=3000, min_qty=5)
    pump = create_part(shop.storekeeper, code="XYJ-PUMP", name="洗衣机排水泵", fits_models="XQG100-14B1", min_qty=1)
    receive(shop.storekeeper, pump.id, 3, 2000, "海尔配件")
    assert cap.name_initials == "ktdr" and cap.fits_models == "KFR-35GW/BP3,KFR-26GW"

    def codes(text):
        return [r.code for r in search_parts(text).fetch(0, 50)]

    assert codes("ktdr") == ["KT-CAP-35"]
    assert codes("xyj") == ["XYJ-PUMP"]
    assert codes("排水") == ["XYJ-PUMP"]
    assert codes("kfr-26") == ["KT-CAP-35"]
    assert codes("") == ["KT-CAP-35", "XYJ-PUMP"]
    assert [r.code for r in low_stock_parts()] == ["KT-CAP-35"]
    assert today_counts().low_stock == 1
    update_part(shop.storekeeper, cap.id, name="空调启动电容", active=False)
    assert codes("ktqddr") == []
    assert [r.code for r in search_parts("ktqddr", include_inactive=True).fetch(0, 5)] == ["KT-CAP-35"]


def test_part_rules(shop):
    create_part(shop.storekeeper, code="A", name="甲")
    with pytest.raises(ValidationError):
        create_part(shop.storekeeper, code="A", name="乙")
    with pytest.raises(ValidationError):
        create_part(shop.storekeeper, code="B", name="")
    with pytest.raises(ValidationError):
        create_part(shop.storekeeper, code="B", name="乙", min_qty=-1)
    with pytest.raises(PermissionDenied):
        create_part(shop.technician, code="B", name="乙")


def test_parts_core_and_papers_do_not_import_qt():
    import subprocess
    import sys

    modules = ["core.services.stock", "core.services.claims", "core.services.tools", "core.services.stocktake",
               "core.services.purchases", "core.imports.parts_excel", "core.queries.parts", "core.demo.parts",
               "export.papers.deposit_receipt", "export.papers.count_sheet", "cli.import_parts_cmd", "cli.print_parts"]
    code = "import sys\n" + "".join(f"import aftersales_desktop.{m}\n" for m in modules) + "print('PySide6' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
