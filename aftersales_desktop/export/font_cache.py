"""reportlab's reading of the CJK font, kept between runs.

Embedding a TrueType font starts with reportlab reading the whole file: every character's glyph and width, every
glyph's place (35,000 characters and 50,000 glyphs in the shipped 5 MB font). That took 130 ms of each paper
command, a third of printing a voucher, and gives the same tables every time. So the tables are kept in the
user's cache folder after the first reading, and later runs load them (about 40 ms) with the file's bytes, which
reportlab still cuts each paper's subset from.

The kept tables name the font file (its path, size and modification time), the subfont and reportlab's version;
anything else, or a file that cannot be read, and the font is read as before (and kept anew). Writing the cache
may fail (a read-only profile): printing goes on without it.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

FORMAT = 1  # of the kept tables; a change here makes every kept file stale
_NOT_KEPT = ("_ttf_data", "_pdfScale")  # the file's bytes (read again) and a function (made again)
_patching = threading.Lock()


def cache_dir() -> Path:
    from platformdirs import user_cache_dir

    from aftersales_desktop import APP_NAME, ORG_NAME

    return Path(user_cache_dir(APP_NAME, ORG_NAME))


def _key(path: Path, index: int) -> tuple[Any, ...]:
    import reportlab

    stat = path.stat()
    return (FORMAT, reportlab.Version, str(path.resolve()), stat.st_size, stat.st_mtime_ns, index)


def _kept_file(key: tuple[Any, ...]) -> Path:
    return cache_dir() / f"pdf-font-{hashlib.sha256(repr(key).encode()).hexdigest()[:16]}.pickle"


def _scale(units_per_em: int) -> Callable[[float], float]:
    """reportlab's glyph units to a thousandth of the font size (as TTFontFile.extractInfo makes it)."""
    if units_per_em == 1000:
        return lambda x: x
    factor = 1000 / units_per_em
    return lambda x: x * factor


def load_ttfont(name: str, path: Path, index: int) -> Any:
    """reportlab's TTFont of `path` (subfont `index`) named `name`, its tables from the cache when kept."""
    from reportlab.pdfbase import ttfonts

    key = _key(path, index)
    kept = _kept_file(key)
    face = _restored(kept, key, path)
    if face is None:
        font = ttfonts.TTFont(name, str(path), subfontIndex=index)
        _keep(kept, key, font.face)
        return font
    with _patching:  # TTFont builds its face by this name: hand it the restored one
        make_face = ttfonts.TTFontFace
        ttfonts.TTFontFace = lambda *args, **kwargs: face
        try:
            return ttfonts.TTFont(name, str(path), subfontIndex=index)
        finally:
            ttfonts.TTFontFace = make_face


def _restored(kept: Path, key: tuple[Any, ...], path: Path) -> Any | None:
    from reportlab.pdfbase.ttfonts import TTFontFace

    try:
        state = pickle.loads(kept.read_bytes())
        if not isinstance(state, dict) or state.get("key") != key:
            return None
        face = TTFontFace.__new__(TTFontFace)
        face.__dict__.update(state["face"])
        face._ttf_data = path.read_bytes()
        face._pdfScale = _scale(face.unitsPerEm)
        return face
    except (OSError, EOFError, pickle.UnpicklingError, KeyError, AttributeError, TypeError, ValueError):
        return None  # not kept yet, or not by this version: read the font


def _keep(kept: Path, key: tuple[Any, ...], face: Any) -> None:
    state = {"key": key, "face": {k: v for k, v in face.__dict__.items() if k not in _NOT_KEPT}}
    try:
        kept.parent.mkdir(parents=True, exist_ok=True)
        partial = kept.with_name(f"{kept.name}.{os.getpid()}.tmp")
        partial.write_bytes(pickle.dumps(state, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(partial, kept)  # whole or not at all: another process may be reading it
    except (OSError, pickle.PicklingError):
        pass  # a read-only profile: print without keeping
