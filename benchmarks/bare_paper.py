"""The floor of a paper command: bare reportlab writing the same words at the same places with the same font.

    python benchmarks/bare_paper.py LAYOUT.json OUT.pdf [--check-password STORED_HASH]

LAYOUT.json is {"pages": [{"size": [w, h], "words": [[x0, y0, x1, y1, text], …]}]} (from pdftotext -bbox of
our PDF). The app's CJK TrueType font is registered once and embedded as a subset, as ours does.

--check-password: a staff paper is printed as a signed-in person (issue 13: fines and rewards are staff data),
so its floor also checks that person's password once, with bare hashlib.scrypt at the cost the stored hash
names (AFTERSALES_PASSWORD) — the same required check, nothing of ours around it.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

FONT = Path(__file__).resolve().parents[1] / "resources" / "fonts" / "wqy-microhei.ttc"


def check_password(stored: str) -> None:
    import hashlib
    import hmac
    import os

    _scheme, n, r, p, salt, digest = stored.split("$")
    cost = int(n), int(r), int(p)
    got = hashlib.scrypt(os.environ.get("AFTERSALES_PASSWORD", "").encode(), salt=bytes.fromhex(salt), n=cost[0],
                         r=cost[1], p=cost[2], dklen=32, maxmem=128 * cost[0] * cost[1] + 16 * 2**20)  # fmt: skip
    if not hmac.compare_digest(got.hex(), digest):
        sys.exit("the floor's password check failed: AFTERSALES_PASSWORD is not the account's password")


def main() -> int:
    if len(sys.argv) > 4 and sys.argv[3] == "--check-password":
        check_password(sys.argv[4])
    layout = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    pdfmetrics.registerFont(TTFont("CJK", str(FONT), subfontIndex=0))
    first = layout["pages"][0]["size"] if layout["pages"] else [595, 842]
    c = canvas.Canvas(sys.argv[2], pagesize=tuple(first))
    for page in layout["pages"]:
        width, height = page["size"]
        c.setPageSize((width, height))
        for x0, y0, _x1, y1, text in page["words"]:
            c.setFont("CJK", max(4.0, (y1 - y0) * 0.8))
            c.drawString(x0, height - y1 + (y1 - y0) * 0.2, text)
        c.showPage()
    c.save()
    return 0


if __name__ == "__main__":
    sys.exit(main())
