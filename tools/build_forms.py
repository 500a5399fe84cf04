"""Compile Designer forms: ui/NAME.ui -> aftersales_desktop/gui/forms/ui_NAME.py (generated; do not edit).

pyside6-uic imports some thirty Qt classes into every form whether it uses them or not; PySide 6 builds each
class (and its enums: QGradient alone has 180) the first time it is named, which made the sign-in form's
module the slowest step before the sign-in window showed. The imports are cut to the names the form uses.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "aftersales_desktop" / "gui" / "forms"


QT_IMPORT = re.compile(r"^from (PySide6\.\w+) import (\([^)]*\)|[^\n]*)\n", re.MULTILINE)


def used_imports_only(source: str) -> str:
    """The generated module with each `from PySide6.X import …` cut to the names its code uses."""
    imports = list(QT_IMPORT.finditer(source))
    if not imports:
        return source
    body = source[imports[-1].end():]
    lines = []
    for found in imports:
        names = [n.strip() for n in found.group(2).strip("()").replace("\n", " ").split(",") if n.strip()]
        used = [n for n in names if re.search(rf"\b{re.escape(n)}\b", body)]
        if used:
            lines.append(f"from {found.group(1)} import {', '.join(used)}\n")
    head = source[: imports[0].start()]
    return head + "".join(lines) + body


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "__init__.py").write_text('"""Generated from ui/*.ui by tools/build_forms.py — do not edit."""\n')
    uic = shutil.which("pyside6-uic") or str(Path(sys.executable).with_name("pyside6-uic"))
    for form in sorted((ROOT / "ui").glob("*.ui")):
        target = OUT / f"ui_{form.stem}.py"
        subprocess.run([uic, str(form), "-o", str(target)], check=True)
        target.write_text(used_imports_only(target.read_text(encoding="utf-8")), encoding="utf-8")
        print(f"{form.relative_to(ROOT)} -> {target.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
