"""core/ and export/ must never load Qt: the domain works headless (CLI, scheduled jobs)."""

import subprocess
import sys


def test_core_and_export_do_not_import_qt():
    code = (
        "import sys, pkgutil, importlib\n"
        "import aftersales_desktop.core, aftersales_desktop.export\n"
        "for pkg in (aftersales_desktop.core, aftersales_desktop.export):\n"
        "    for m in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):\n"
        "        importlib.import_module(m.name)\n"
        "import aftersales_desktop.cli\n"
        "aftersales_desktop.cli.build_parser()\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'aftersales_desktop.gui'))]\n"
        "print(bad)\n"
        "sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
