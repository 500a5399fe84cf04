"""Compile Designer forms: ui/NAME.ui -> aftersales_desktop/gui/forms/ui_NAME.py (generated; do not edit)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "aftersales_desktop" / "gui" / "forms"


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "__init__.py").write_text('"""Generated from ui/*.ui by tools/build_forms.py — do not edit."""\n')
    uic = shutil.which("pyside6-uic") or str(Path(sys.executable).with_name("pyside6-uic"))
    for form in sorted((ROOT / "ui").glob("*.ui")):
        target = OUT / f"ui_{form.stem}.py"
        subprocess.run([uic, str(form), "-o", str(target)], check=True)
        print(f"{form.relative_to(ROOT)} -> {target.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
