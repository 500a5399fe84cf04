"""`print quarter-faults YYYY-Qn --data-dir DIR --out FILE.pdf` — the quarterly fault analysis (季度维护总结)."""

from __future__ import annotations

import argparse

from aftersales_desktop.cli.common import paper_parser, user_errors, write_paper


def _quarter(text: str):  # type: ignore[no-untyped-def]
    from aftersales_desktop.core.errors import ValidationError
    from aftersales_desktop.core.queries.quarter_faults import Quarter

    try:
        return Quarter.parse(text)
    except ValidationError as exc:
        raise argparse.ArgumentTypeError(exc.message) from exc


def register(kinds: argparse._SubParsersAction) -> None:
    parser = paper_parser(kinds, "quarter-faults", help="季度维护总结: the quarter's faults by model, and the parts used")
    parser.add_argument("quarter", type=_quarter, help="the quarter, YYYY-Qn (e.g. 2026-Q1)")
    parser.set_defaults(run=run_quarter_faults)


@user_errors
def run_quarter_faults(args: argparse.Namespace) -> int:
    from aftersales_desktop.core.queries.quarter_faults import quarter_faults
    from aftersales_desktop.export.papers.quarter_faults import quarter_faults_paper

    return write_paper(args, lambda: quarter_faults_paper(quarter_faults(args.quarter)))
