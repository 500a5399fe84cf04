"""reportlab's Paragraph is imported without compiling its URL pattern, which only links use (a tenth of a
`print` command); the pattern still answers as compiled when something does use it."""

from __future__ import annotations

import re
import subprocess
import sys

from aftersales_desktop.export.pdf.paragraph_import import LazyPattern


def test_a_lazy_pattern_answers_as_the_compiled_one():
    pattern = r"(^(?:[a-z0-9\.\-\+]*)://)[a-z\xa1-\uffff0-9.]+\Z"
    lazy, real = LazyPattern(pattern, re.I), re.compile(pattern, re.I)
    for text in ("https://Example.COM", "HTTP://例子.中国", "not a url", "ftp:/x"):
        assert bool(lazy.match(text)) == bool(real.match(text)), text


def test_the_papers_load_paragraph_with_the_url_pattern_not_yet_compiled():
    code = (
        "import re, sys\n"
        "compile_ = re.compile\n"
        "import aftersales_desktop.export.pdf.render\n"
        "from reportlab.platypus import paragraph\n"
        "assert re.compile is compile_, 're.compile left patched'\n"
        "assert type(paragraph.uri_pat).__name__ == 'LazyPattern', type(paragraph.uri_pat)\n"
        "assert paragraph.uri_pat.match('https://example.com/a') and not paragraph.uri_pat.match('x y')\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
