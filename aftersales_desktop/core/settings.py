"""Every shop setting declared once: key, type, default. Stored as JSON in the `setting` table.

Reading is `get(key)`; writing goes through services.settings.update_settings (permission + audit).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from aftersales_desktop.core.models import Setting


@dataclass(frozen=True)
class Option:
    key: str
    kind: type
    default: Any
    doc: str


# How a letter greets the customer (尊敬的陈平先生/女士:), the shop's choice; see export/papers/common.py.
SALUTATIONS = ("sir_madam", "customer", "name")

OPTIONS: dict[str, Option] = {
    o.key: o
    for o in [
        Option("shop_name", str, "", "shop name printed on every paper"),
        Option("shop_address", str, "", "shop address printed on every paper"),
        Option("shop_phone", str, "", "shop phone printed on every paper"),
        Option(
            "shop_terms",
            str,
            "1. 凭本凭证享受保修服务;2. 请核对维修内容与费用后签字;3. 如有意见请致电本店服务部。",
            "terms printed at the foot of the service voucher (the receipts carry their own)",
        ),
        Option("letter_salutation", str, "sir_madam", "how letters greet the customer: " + ", ".join(SALUTATIONS)),
        Option("language", str, "auto", "auto (follow the system), zh_CN or en"),
        Option("paper_language", str, "zh_CN", "papers and the accountant's workbook: zh_CN or en, whatever the screen"),
        Option("work_periods", list, [["08:30", "12:00"], ["13:30", "17:30"]], "working hours of a working day"),
        Option("work_weekdays", list, [1, 2, 3, 4, 5], "ISO weekdays that are working days (Mon=1)"),
        Option("deadline_city_hours", int, 6, "working hours from call to arrival, city"),
        Option("deadline_suburb_hours", int, 7, "working hours from call to arrival, suburb"),
        Option("answer_hours", int, 24, "hours within which every request gets a first answer"),
        Option("repeat_fault_days", int, 90, "days after a closed call/repair that a new call is a repeat fault"),
        Option("voucher_page_size", str, "A5", "A5 or A4"),
        Option("tag_size", str, "60x40", "label roll for repair tags and part labels, mm: 60x40 or 50x30"),
        Option("claim_manager_threshold_fen", int, 200000, "claim orders above this also need the manager"),
        Option("conduct_period", str, "month", "escalation ladder period: month"),
        Option("survey_low_rating", int, 2, "a survey item at or below this opens a follow-up"),
        Option("discount_max_percent", int, 10, "counter discount authority, percent"),
        Option("discount_max_per_week", int, 5, "counter discounts a week without approval"),
        Option("margin_min_percent", int, 30, "accident repairs below this gross margin need approval"),
        Option("regular_suppliers", list, [], "suppliers the shop buys from regularly; any other needs three quotes"),
        Option("labour_rate_fen_per_hour", int, 8000, "labour charged to the customer per hour of the time log"),
        Option("labour_cost_fen_per_hour", int, 3000, "what an hour of a technician's time costs the shop (margin)"),
        Option("contract_notice_months", int, 1, "calendar months before a contract's end that its expiry notice is due"),
        Option("backups_to_keep", int, 30, "daily backups kept"),
        # a server shop: the one PC (its computer name) whose app makes the daily pg_dump, and the folder there
        Option("backup_pc", str, "", "server shop: the computer name of the PC that makes the daily backup"),
        Option("backup_folder", str, "", "server shop: the folder on that PC the daily backups go to"),
        Option("demo", bool, False, "this database is the demo shop"),
    ]
}


def get(key: str) -> Any:
    """The stored value of a setting, or its declared default."""
    option = OPTIONS[key]
    row = Setting.get_or_none(Setting.key == key)
    return option.default if row is None else row.value


def get_all() -> dict[str, Any]:
    stored = {row.key: row.value for row in Setting.select()}
    return {key: stored.get(key, option.default) for key, option in OPTIONS.items()}


def is_set_up() -> bool:
    """True once the shop has at least one staff member (the first-run dialog has been done)."""
    from aftersales_desktop.core.models import Staff

    return Staff.select().exists()
