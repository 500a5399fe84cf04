"""`python -m tests.reliability.racer DATA_FILE ROUNDS START_AT`: one of four racing writers.

From the agreed start moment, each round registers a call (a paper number) and tries to take one of the
part's last units, printing what happened: `call JX…`, `took`, `short` (refused: none left) or `error …`
(anything else — a writer that gives up waiting for the lock is one).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path


def main(path: str, rounds: int, start_at: float) -> None:
    from aftersales_desktop.core import clock
    from aftersales_desktop.core.db import open_database
    from aftersales_desktop.core.errors import Conflict, UserError
    from aftersales_desktop.core.models import Part, Product, Staff
    from aftersales_desktop.core.services import stock
    from aftersales_desktop.core.services.calls import register_call
    from tests.reliability.shop import PART_CODE

    open_database(Path(path))
    clerk = Staff.get(Staff.role == "clerk")
    keeper = Staff.get(Staff.role == "storekeeper")
    product = Product.select().first()
    part = Part.get(Part.code == PART_CODE)
    time.sleep(max(0.0, start_at - time.time()))
    for n in range(rounds):
        try:
            call = register_call(clerk, received_at=clock.now(), channel="phone", problem=f"抢号 {n}",
                                 customer_id=product.customer_id, product_id=product.id)
            print(f"call {call.number}", flush=True)
        except UserError as error:
            print(f"error {error.message}", flush=True)
        try:
            stock.internal_use(keeper, part.id, 1, "行政部", "抢最后一个")
            print("took", flush=True)
        except Conflict:
            print("short", flush=True)
        except UserError as error:
            print(f"error {error.message}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), float(sys.argv[3]))
