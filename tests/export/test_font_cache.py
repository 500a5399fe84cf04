"""reportlab's reading of the CJK font is kept between runs (export/font_cache.py): the same tables, the same
paper, and anything stale or broken read anew."""

from __future__ import annotations

import os

import pytest
from pypdf import PdfReader
from reportlab.pdfgen import canvas

from aftersales_desktop.export import font_cache
from aftersales_desktop.export.fonts import font_file

TABLES = ("charToGlyph", "glyphToChar", "charWidths", "hmetrics", "glyphPos", "defaultWidth", "unitsPerEm",
          "ascent", "descent", "bbox", "name", "flags", "numGlyphs")


@pytest.fixture
def kept_in(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setattr(font_cache, "cache_dir", lambda: folder)
    return folder


def _paper(font, out) -> bytes:
    from reportlab.pdfbase import pdfmetrics

    pdfmetrics.registerFont(font)
    page = canvas.Canvas(str(out), invariant=1)
    page.setFont(font.fontName, 12)
    page.drawString(40, 800, "服务凭证 JX2026-00123 客户签字 ¥120.00")
    page.save()
    return out.read_bytes()


def test_the_second_load_gives_the_tables_and_the_paper_of_a_reading(kept_in, tmp_path):
    path, index = font_file()
    read = font_cache.load_ttfont("CacheRead", path, index)
    assert len(list(kept_in.glob("pdf-font-*.pickle"))) == 1
    loaded = font_cache.load_ttfont("CacheRead", path, index)  # the same name: the same paper bytes
    for table in TABLES:
        assert getattr(loaded.face, table) == getattr(read.face, table), table
    assert loaded.face._pdfScale(2048) == read.face._pdfScale(2048)
    assert loaded.stringWidth("售后服务台 ABC", 12) == read.stringWidth("售后服务台 ABC", 12)
    first, second = _paper(read, tmp_path / "read.pdf"), _paper(loaded, tmp_path / "loaded.pdf")
    assert first == second  # the embedded subset too
    assert "服务凭证 JX2026-00123 客户签字" in PdfReader(tmp_path / "loaded.pdf").pages[0].extract_text()


def test_a_changed_font_file_is_read_again_and_kept_anew(kept_in, tmp_path, monkeypatch):
    path, index = font_file()
    copy = tmp_path / "font.ttc"
    copy.write_bytes(path.read_bytes())
    font_cache.load_ttfont("CacheCopy", copy, index)
    stat = copy.stat()
    os.utime(copy, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))  # replaced by another file of its size
    kept_again = []
    keep = font_cache._keep
    monkeypatch.setattr(font_cache, "_keep", lambda *args: (kept_again.append(args[0]), keep(*args)))
    font_cache.load_ttfont("CacheCopy", copy, index)
    assert len(kept_again) == 1 and len(list(kept_in.glob("pdf-font-*.pickle"))) == 2


def test_a_broken_or_unwritable_cache_still_prints(kept_in, tmp_path, monkeypatch):
    path, index = font_file()
    font_cache.load_ttfont("CacheBroken", path, index)
    (kept,) = kept_in.glob("pdf-font-*.pickle")
    whole = kept.stat().st_size
    kept.write_bytes(kept.read_bytes()[:1000])  # cut off (a full disk)
    font = font_cache.load_ttfont("CacheBroken", path, index)
    assert font.face.charToGlyph[ord("售")] and kept.stat().st_size == whole  # read again and kept whole again
    blocked = tmp_path / "a-file"
    blocked.write_text("")
    monkeypatch.setattr(font_cache, "cache_dir", lambda: blocked / "cache")  # no folder can be made there
    assert _paper(font_cache.load_ttfont("CacheBroken", path, index), tmp_path / "p.pdf").startswith(b"%PDF")
