"""`aftersales-desktop print KIND … --data-dir DIR --out FILE.pdf`.

Each paper kind is a module in PRINT_KINDS with `register(print_subparsers)`; the area that owns the
paper owns the module.
"""

from __future__ import annotations

import argparse
import importlib

PRINT_KINDS = [
    "print_voucher",  # voucher CALL_NO
    "print_repairs",  # receipt NUMBER, repair-card NUMBER, daily-report YYYY-MM-DD
    "print_conduct",  # penalty-notice NUMBER, conduct-month YYYY-MM
    "print_opinion",  # survey-cards YYYY-MM-DD, expiry-notice CONTRACT_NO, complaint-reply NUMBER
    "print_parts",  # deposit-receipt, refund-receipt, count-sheet
    "print_reports",  # quarter-faults YYYY-Qn
    "print_labels",  # repair-tag NUMBER, part-labels CODE…
]


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("print", help="print a paper to a PDF file")
    kinds = parser.add_subparsers(dest="kind", metavar="KIND", required=True)
    for name in PRINT_KINDS:
        try:
            module = importlib.import_module(f"aftersales_desktop.cli.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"aftersales_desktop.cli.{name}":
                raise
            continue
        module.register(kinds)
