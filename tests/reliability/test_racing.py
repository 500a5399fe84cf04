"""Four programs race on the same file: each round all four register a call and grab one of the part's last
units. Writers queue instead of failing ('database locked' never reaches anyone), paper numbers stay unique and
gapless, and exactly as many units go out as there were. `--rounds N` runs more (default 25).
"""

from __future__ import annotations

import re
import time

from aftersales_desktop.core.db import close_database, open_database
from aftersales_desktop.core.models import Part, ServiceCall, Voucher
from tests.reliability.shop import PART_CODE, child, make_shop_file, verdict

WRITERS = 4


def test_four_racing_writers_queue_and_never_fail(tmp_path, request):
    rounds = request.config.getoption("--rounds")
    path = make_shop_file(tmp_path / "shop", units=rounds)  # one unit per round for four takers
    start_at = time.time() + 3.0  # every writer is up and waiting by then
    racers = [child("racer", str(path), str(rounds), str(start_at)) for _ in range(WRITERS)]
    outputs = []
    for racer in racers:
        out, err = racer.communicate(timeout=600)
        assert racer.returncode == 0, err
        outputs.append(out.splitlines())
    lines = [line for out in outputs for line in out]
    errors = [line for line in lines if line.startswith("error")]
    assert errors == [], errors[:5]
    numbers = [line.split()[1] for line in lines if line.startswith("call")]
    assert len(numbers) == WRITERS * rounds
    assert lines.count("took") == rounds and lines.count("short") == (WRITERS - 1) * rounds

    serials = sorted(int(re.sub(r"\D", "", n[-5:])) for n in numbers)
    assert serials == list(range(1, WRITERS * rounds + 1))  # unique and gapless
    open_database(path)
    try:
        assert ServiceCall.select().count() == WRITERS * rounds
        vouchers = sorted(int(v.number[-5:]) for v in Voucher.select())
        assert vouchers == list(range(1, WRITERS * rounds + 1))
        assert Part.get(Part.code == PART_CODE).qty_on_hand == 0
    finally:
        close_database()
    assert verdict(path) == []
    print(f"\nracing: {WRITERS} writers × {rounds} rounds: {len(numbers)} calls registered, {rounds} last units "
          f"taken, {(WRITERS - 1) * rounds} refused as sold out, 0 failed on the lock")
