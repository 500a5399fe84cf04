"""`aftersales-desktop demo --data-dir DIR [--months N | --years N] [--seed S]`."""

from __future__ import annotations

import argparse
import sys
import time

from aftersales_desktop.cli.common import add_data_dir, day_argument, open_shop, user_errors


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("demo", help="create a demo shop in an empty data folder")
    add_data_dir(parser)
    span = parser.add_mutually_exclusive_group()
    span.add_argument("--months", type=int, help="length of the demo period in months (default 3)")
    span.add_argument("--years", type=int, help="length of the demo period in years")
    parser.add_argument("--seed", type=int, default=1, help="random seed (same seed, same shop)")
    parser.add_argument("--until", type=day_argument, help="last day of the period (default today)")
    parser.set_defaults(run=run)


@user_errors
def run(args: argparse.Namespace) -> int:
    from aftersales_desktop.core.demo import create_demo

    for value, name, most in ((args.months, "--months", 240), (args.years, "--years", 20)):
        if value is not None and not 1 <= value <= most:
            print(f"aftersales-desktop demo: {name} must be from 1 to {most}", file=sys.stderr)
            return 2
    if args.until is not None and args.until.year < 2000:
        print("aftersales-desktop demo: --until must be in the year 2000 or later", file=sys.stderr)
        return 2
    open_shop(args, create=True)
    started = time.monotonic()
    last = [0.0]

    def progress(done: int, total: int) -> None:
        if time.monotonic() - last[0] > 2 or done == total:
            last[0] = time.monotonic()
            print(f"\r  {done}/{total} days", end="", file=sys.stderr, flush=True)

    create_demo(months=args.months if not args.years else None, years=args.years, seed=args.seed, until=args.until,
                progress=progress)
    from aftersales_desktop.core.db import opened_path, opened_url

    file = opened_path()
    size = f"{file.stat().st_size / 1e6:.1f} MB, " if file is not None else ""
    print(file=sys.stderr)
    print(f"demo shop created in {file or opened_url()} ({size}{time.monotonic() - started:.1f} s)")
    print("sign in as 张建国 (manager), 李卫东 (supervisor), 陈晓燕 (clerk) … with password 123456")
    return 0
