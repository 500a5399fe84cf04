"""Build core/audit_dictionary.py, the preset dictionary the audit bodies are deflated against, from a shop's trail.

Run once, on a demo shop (fake people): `python tools/build_audit_dictionary.py SHOP.sqlite3 [--measure]`.
The dictionary it wrote is frozen: every stored body (format 1) needs exactly it to be read back, and
tests/core/test_audit_body.py pins its sha256. Rebuilding it means a new body format number, never a new text
under format 1.

How it is cut: the bodies (compact JSON `[before, after, note]`) are grouped by (action, kind of record), so
every shape the trail holds is in the dictionary at least once (rarest first); the rest of the 32 KB (deflate's
window) is a random sample of bodies, so each shape gets room by how often it comes (see `build`).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sqlite3
import sys
import zlib
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "aftersales_desktop" / "core" / "audit_dictionary.py"
BUDGET = 32 * 1024  # bytes of UTF-8: deflate looks back at most 32 KB


def _payload(before: object, after: object, note: object) -> str:
    # exactly the body's JSON (core/models/audit_fields.py _json)
    return json.dumps([before, after, note], ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)


def read_bodies(path: Path) -> list[tuple[str, str]]:
    """((action/entity) shape, body JSON) of every audit row, from a file of schema 12 or later."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        columns = {c[1] for c in conn.execute('PRAGMA table_info("audit_entry")')}
        if "body" not in columns:  # schema 12: the JSON columns
            rows = conn.execute('SELECT action, entity, before, after, note FROM audit_entry').fetchall()
            return [(f"{a}/{e}", _payload(json.loads(b) if b else None, json.loads(f) if f else None, n))
                    for a, e, b, f, n in rows]
        sys.path.insert(0, str(ROOT))
        from aftersales_desktop.core.models.audit_fields import decode

        words = dict(conn.execute("SELECT id, word FROM audit_word").fetchall())
        rows = conn.execute("SELECT action, entity, body FROM audit_entry").fetchall()
        return [(f"{words[a]}/{words[e]}", _payload(*decode(body))) for a, e, body in rows]
    finally:
        conn.close()


def build(bodies: list[tuple[str, str]], seeds: range = range(1, 9)) -> str:
    """One body of every shape (rarest first), then a random sample of bodies — weighted by how often each shape
    comes, as the trail itself is — in the order drawn; of a few draws, the one that packs the trail best."""
    groups: dict[str, list[str]] = defaultdict(list)
    for shape, text in bodies:
        groups[shape].append(text)
    counts = Counter({shape: len(texts) for shape, texts in groups.items()})
    rarest_first = sorted(groups, key=lambda s: (counts[s], s))
    every_shape = [min(groups[shape], key=lambda t: (len(t), t)) for shape in rarest_first]  # its plainest body
    left = BUDGET - sum(len(t.encode()) + 1 for t in every_shape)
    # Sorting the sample so the most frequent shapes come last (deflate's shortest distances) measured a little
    # worse than the drawn order on a ten-year demo (25.4 against 25.2 bytes a body): the common shapes are spread
    # over the whole window anyway. What matters more is which bodies are drawn: the best of a few draws is kept.
    test = bodies[::7]
    best: tuple[float, str] | None = None
    for seed in seeds:
        rng = random.Random(seed)
        sample: list[str] = []
        size = 0
        for _shape, text in rng.sample(bodies, min(len(bodies), 6000)):
            size += len(text.encode()) + 1
            if size > left:
                break
            sample.append(text)
        text = "\n".join(every_shape + sample)
        score = stored_size(test, text)
        if best is None or score < best[0]:
            best = (score, text)
    assert best is not None
    return best[1]


def write(text: str) -> None:
    body = "\n".join(f"    {json.dumps(line + chr(10), ensure_ascii=False)}" for line in text.split("\n"))
    sha = hashlib.sha256(text.encode()).hexdigest()
    TARGET.write_text(
        '"""The preset dictionary the audit bodies (format 1) are deflated against: JSON bodies of every shape the\n'
        'trail holds, then a sample. Written once by tools/build_audit_dictionary.py from a demo shop and FROZEN: every\n'
        'stored body needs exactly this text to be read back (tests pin its sha256). A better dictionary would be a\n'
        'new body format (core/models/audit_fields.py), with this one kept for format 1."""\n\n'
        f"# sha256 of DICTIONARY as UTF-8: {sha}\n"
        f'DICTIONARY = "".join((\n{body}\n))[:-1]\n',
        encoding="utf-8")


def stored_size(bodies: list[tuple[str, str]], text: str) -> float:
    """Bytes a body takes stored (format byte included), on average, with `text` as the dictionary."""
    zdict = text.encode()
    total = 0
    for _shape, body in bodies:
        plain = body.encode()
        packer = zlib.compressobj(9, zlib.DEFLATED, -15, 9, zlib.Z_DEFAULT_STRATEGY, zdict)
        total += 1 + min(len(packer.compress(plain) + packer.flush()), len(plain))
    return total / len(bodies)


def measure(bodies: list[tuple[str, str]], text: str) -> None:
    plain_total = sum(len(b.encode()) for _s, b in bodies)
    print(f"{len(bodies)} bodies: {plain_total / len(bodies):.1f} B as JSON, {stored_size(bodies, text):.1f} B stored"
          f" (dictionary {len(text.encode())} B)")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("shop", type=Path)
    parser.add_argument("--measure", action="store_true", help="only say how well the current dictionary does")
    args = parser.parse_args()
    bodies = read_bodies(args.shop)
    if args.measure:
        sys.path.insert(0, str(ROOT))
        from aftersales_desktop.core.audit_dictionary import DICTIONARY

        measure(bodies, DICTIONARY)
        return
    text = build(bodies)
    write(text)
    measure(bodies, text)


if __name__ == "__main__":
    main()
