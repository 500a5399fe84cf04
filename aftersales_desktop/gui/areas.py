"""The work areas of the main window, in navigation order; each area's page is imported lazily.

A page is a QWidget constructed `PageClass(session, parent)`. Optional methods the main window calls when
present: `refresh()` (on data_changed), `apply_filter(key)` (a Today number was clicked) and
`open_record(kind, record_id)` (a global search hit was opened).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from aftersales_desktop.core.permissions import Action


@dataclass(frozen=True)
class AreaSpec:
    key: str
    title: str  # English source text, translated in the "Areas" context
    module: str
    class_name: str
    placeholder: str  # English: what the area will hold, shown until the area is built
    action: Action | None = None  # when set, only roles allowed this action see the area

    def translated_title(self) -> str:
        return QCoreApplication.translate("Areas", self.title)

    def translated_placeholder(self) -> str:
        return QCoreApplication.translate("Areas", self.placeholder)


AREAS: tuple[AreaSpec, ...] = (
    AreaSpec(
        "today",
        QT_TRANSLATE_NOOP("Areas", "Today"),
        "aftersales_desktop.gui.today_page",
        "TodayPage",
        QT_TRANSLATE_NOOP("Areas", "What needs attention today."),
    ),
    AreaSpec(
        "calls",
        QT_TRANSLATE_NOOP("Areas", "Calls"),
        "aftersales_desktop.gui.calls.calls_page",
        "CallsPage",
        QT_TRANSLATE_NOOP(
            "Areas",
            "The call register: registering calls, dispatching technicians, service vouchers, "
            "visits on site and closing calls.",
        ),
    ),
    AreaSpec(
        "repairs",
        QT_TRANSLATE_NOOP("Areas", "Repairs"),
        "aftersales_desktop.gui.repairs.repairs_page",
        "RepairsPage",
        QT_TRANSLATE_NOOP(
            "Areas",
            "Repairs in the shop: goods receipts, the goods in/out register, repair cards, quotes, "
            "the time log and the supervisor's inspection.",
        ),
    ),
    AreaSpec(
        "parts",
        QT_TRANSLATE_NOOP("Areas", "Parts"),
        "aftersales_desktop.gui.parts.parts_page",
        "PartsPage",
        QT_TRANSLATE_NOOP(
            "Areas",
            "The parts store: stock, issuing parts against work orders, tool loans, warranty-claim orders "
            "with deposits, and the monthly stocktake.",
        ),
    ),
    AreaSpec(
        "conduct",
        QT_TRANSLATE_NOOP("Areas", "Conduct"),
        "aftersales_desktop.gui.conduct.conduct_page",
        "ConductPage",
        QT_TRANSLATE_NOOP(
            "Areas", "The staff conduct log: fines and rewards under the shop's rules, and counter authority."
        ),
    ),
    AreaSpec(
        "opinion",
        QT_TRANSLATE_NOOP("Areas", "Customer opinion"),
        "aftersales_desktop.gui.opinion.opinion_page",
        "OpinionPage",
        QT_TRANSLATE_NOOP(
            "Areas",
            "Customer opinion: survey cards for every call, complaints and suggestions with their visits, "
            "and maintenance contracts with expiry notices.",
        ),
    ),
    AreaSpec(
        "reports",
        QT_TRANSLATE_NOOP("Areas", "Reports"),
        "aftersales_desktop.gui.reports.reports_page",
        "ReportsPage",
        QT_TRANSLATE_NOOP(
            "Areas", "Daily reports and the monthly workbook for the accountant."
        ),
        Action.REPORT_MONTHLY,
    ),
)

AREA_BY_KEY = {spec.key: spec for spec in AREAS}


def page_class(spec: AreaSpec) -> type | None:
    """The area's page class, or None while its module does not exist yet (any other import error is a bug)."""
    try:
        module = importlib.import_module(spec.module)
    except ModuleNotFoundError as exc:
        # only "this area (or its package) is not written yet" means placeholder; a missing import inside
        # an existing page is a bug and must reach the crash route
        missing = exc.name or ""
        if not (missing == spec.module or (spec.module.startswith(missing + ".") and "gui." in missing)):
            raise
        return None
    return getattr(module, spec.class_name)
