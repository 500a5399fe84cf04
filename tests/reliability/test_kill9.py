"""kill -9 at a random moment while a second program writes calls and stock moves: afterwards every record it
reported as committed is in the file, and `check` finds nothing wrong. `--trials N` runs more (default 30);
`--kill-within S` lets each writer run longer before its kill (default 0.4 s), so more records are at stake.
"""

from __future__ import annotations

import os
import random
import signal
import time

from aftersales_desktop.core.db import close_database, open_database
from aftersales_desktop.core.models import Part, ServiceCall, StockMove
from tests.reliability.shop import PART_CODE, child, make_shop_file, verdict


def test_killed_writers_lose_nothing_they_reported(tmp_path, request):
    trials = request.config.getoption("--trials")
    window = request.config.getoption("--kill-within")
    path = make_shop_file(tmp_path / "shop", units=0)
    rng = random.Random(13)
    reported_calls: list[str] = []
    reported_moves: list[int] = []
    for trial in range(trials):
        writer = child("writer", str(path))
        assert writer.stdout is not None
        assert writer.stdout.readline().strip() == "ready", writer.stderr.read() if writer.stderr else ""
        time.sleep(rng.uniform(0.0, window))  # writing by now; the kill lands anywhere in a transaction or between
        os.kill(writer.pid, signal.SIGKILL)
        out, _err = writer.communicate(timeout=60)
        assert writer.returncode == -signal.SIGKILL
        for line in out.splitlines():
            kind, _, rest = line.partition(" ")
            if kind == "call":
                reported_calls.append(rest)
            elif kind == "move":
                reported_moves.append(int(rest.split()[0]))

        open_database(path)  # as the app opens it after the crash: the WAL is recovered
        try:
            numbers = {n for (n,) in ServiceCall.select(ServiceCall.number).tuples()}
            missing_calls = [n for n in reported_calls if n not in numbers]
            ids = {i for (i,) in StockMove.select(StockMove.id).tuples()}
            missing_moves = [i for i in reported_moves if i not in ids]
            assert not missing_calls and not missing_moves, f"trial {trial}: lost {missing_calls} {missing_moves}"
            on_hand = Part.get(Part.code == PART_CODE).qty_on_hand
        finally:
            close_database()
        assert verdict(path) == [], f"trial {trial}"
        assert on_hand >= 0
    print(f"\nkill -9: {trials} trials, {len(reported_calls)} calls and {len(reported_moves)} stock moves "
          "reported committed, none lost, check clean after every trial")
    assert reported_calls and reported_moves  # the kills did land while writing
