"""`print repair-tag NUMBER [--size 60x40]` and `print part-labels CODE… [--a4] [--copies N]`: label papers."""

from __future__ import annotations

import argparse

from aftersales_desktop.cli.common import paper_parser, user_errors, write_paper

SIZES = ("60x40", "50x30")


def register(kinds: argparse._SubParsersAction) -> None:
    tag = paper_parser(kinds, "repair-tag", help="修护挂牌 for a label printer (XH…, or the receipt SJ…)")
    tag.add_argument("number", help="the repair card or receipt number")
    tag.add_argument("--size", choices=SIZES, help="label size in mm (default: the shop's setting)")
    tag.set_defaults(run=run_tag)
    labels = paper_parser(kinds, "part-labels", help="bin labels of parts, by part code")
    labels.add_argument("codes", nargs="+", metavar="CODE", help="part codes")
    labels.add_argument("--a4", action="store_true", help="24 labels (70×37 mm) to an A4 sheet, not one per page")
    labels.add_argument("--size", choices=SIZES, help="label size on a roll (default: the shop's setting)")
    labels.add_argument("--copies", type=int, default=1, help="labels of each part (default 1)")
    labels.set_defaults(run=run_part_labels)


@user_errors
def run_tag(args: argparse.Namespace) -> int:
    from aftersales_desktop.export.papers.labels import repair_tag
    from aftersales_desktop.export.papers.repair_card import find_card

    return write_paper(args, lambda: repair_tag(find_card(args.number), size=args.size))


@user_errors
def run_part_labels(args: argparse.Namespace) -> int:
    from aftersales_desktop.export.papers.labels import find_parts, part_labels

    copies = min(max(1, args.copies), 100)  # a typo of 1000 is not a roll's worth of labels
    return write_paper(args, lambda: part_labels(find_parts(args.codes), a4_sheet=args.a4, size=args.size,
                                                 copies=copies))
