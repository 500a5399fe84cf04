"""The CJK font for paper: the one the app ships, else one found on the system.

reportlab embeds a subset of a TrueType font, so Chinese prints on a PC with no Chinese fonts at all.
The non-embedded Adobe CID fonts are never used: they print as blanks where the reader lacks them.
"""

from __future__ import annotations

import copy
import os
from functools import lru_cache
from pathlib import Path
from weakref import WeakKeyDictionary

FONT_NAME = "CJK"
FONT_BOLD = "CJK-Bold"  # the same face; bold is simulated by the renderers where needed

_SYSTEM_CANDIDATES = [
    ("C:/Windows/Fonts/msyh.ttc", 0),
    ("C:/Windows/Fonts/simsun.ttc", 0),
    ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
    ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
    ("/System/Library/Fonts/STHeiti Light.ttc", 0),
]


def font_file() -> tuple[Path, int]:
    """(path, subfont index) of the CJK TrueType font to embed."""
    from aftersales_desktop.resources import resource_path

    try:
        shipped = resource_path("fonts", "wqy-microhei.ttc")
        if shipped.is_file():
            return shipped, 0
    except FileNotFoundError:
        pass
    windir = os.environ.get("WINDIR")
    candidates = [(f"{windir}/Fonts/msyh.ttc", 0)] if windir else []
    for path, index in candidates + _SYSTEM_CANDIDATES:
        if Path(path).is_file():
            return Path(path), index
    raise FileNotFoundError("no CJK TrueType font found (resources/fonts/wqy-microhei.ttc is missing)")


@lru_cache(maxsize=1)
def register_pdf_font() -> str:
    """Register the CJK font with reportlab once; returns its name."""
    from reportlab.pdfbase import pdfmetrics

    from aftersales_desktop.export.font_cache import load_ttfont

    path, index = font_file()
    regular = load_ttfont(FONT_NAME, path, index)  # reportlab's reading of the file, kept between runs
    pdfmetrics.registerFont(regular)
    # the bold name is the same face: read the 5 MB file once, not twice (only the subset state is its own)
    bold = copy.copy(regular)
    bold.fontName = FONT_BOLD
    bold.state = WeakKeyDictionary()
    pdfmetrics.registerFont(bold)
    return FONT_NAME
