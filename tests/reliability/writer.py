"""`python -m tests.reliability.writer DATA_FILE`: register calls and move stock until killed.

Each record is printed (and flushed) only after its transaction committed, so every line the parent read is
a promise that the record is in the file, whenever the kill -9 lands.
"""

from __future__ import annotations

import sys
from pathlib import Path


def main(path: str) -> None:
    from aftersales_desktop.core import clock
    from aftersales_desktop.core.db import open_database
    from aftersales_desktop.core.models import Part, Product, Staff
    from aftersales_desktop.core.services import stock
    from aftersales_desktop.core.services.calls import register_call
    from tests.reliability.shop import PART_CODE

    open_database(Path(path))
    clerk = Staff.get(Staff.role == "clerk")
    keeper = Staff.get(Staff.role == "storekeeper")
    product = Product.select().first()
    part = Part.get(Part.code == PART_CODE)
    print("ready", flush=True)
    n = 0
    while True:
        n += 1
        if n % 2:
            call = register_call(clerk, received_at=clock.now(), channel="phone", problem=f"第 {n} 次写入",
                                 customer_id=product.customer_id, product_id=product.id)
            print(f"call {call.number}", flush=True)
        else:
            move = stock.receive(keeper, part.id, n % 7 + 1, 1500, "南京华瑞配件")
            print(f"move {move.id} {move.qty}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1])
