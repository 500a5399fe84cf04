"""The floor of a paper command: bare reportlab writing the same words at the same places with the same font.

    python benchmarks/bare_paper.py LAYOUT.json OUT.pdf

LAYOUT.json is {"pages": [{"size": [w, h], "words": [[x0, y0, x1, y1, text], …]}]} (from pdftotext -bbox of
our PDF). The app's CJK TrueType font is registered once and embedded as a subset, as ours does.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

FONT = Path(__file__).resolve().parents[1] / "resources" / "fonts" / "wqy-microhei.ttc"


def main() -> int:
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
