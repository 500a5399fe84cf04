"""Qt translations, one .ts per GUI area: resources/translations/<area>_zh_CN.ts.

    python tools/i18n.py                 # lupdate every area, then lrelease every .ts into .qm
    python tools/i18n.py update AREA     # lupdate + lrelease one area only
    python tools/i18n.py missing [AREA]  # list source texts still untranslated
    python tools/i18n.py fill AREA map.json   # fill translations from {"English source": "中文", ...}

An area is a sub-package of aftersales_desktop/gui (calls, repairs, …); the files directly in gui/ form
the area "main". Source texts are English; Chinese is the translation (and the default language).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GUI = ROOT / "aftersales_desktop" / "gui"
TS_DIR = ROOT / "resources" / "translations"
LANG = "zh_CN"


def _tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).with_name(name))
    return found


def areas() -> dict[str, list[Path]]:
    out: dict[str, list[Path]] = {"main": sorted(p for p in GUI.glob("*.py"))}
    for folder in sorted(p for p in GUI.iterdir() if p.is_dir() and p.name not in ("forms", "__pycache__")):
        files = sorted(folder.rglob("*.py"))
        if files:
            out[folder.name] = files
    # Designer forms' texts live with the main window's. lupdate reads the .ui files themselves: it finds
    # nothing in the generated ui_*.py, whose u"…" strings its Python parser skips.
    out["main"] += sorted((ROOT / "ui").glob("*.ui"))
    return out


def ts_path(area: str) -> Path:
    return TS_DIR / f"{area}_{LANG}.ts"


def update(only: str | None = None) -> None:
    TS_DIR.mkdir(parents=True, exist_ok=True)
    for area, files in areas().items():
        if only and area != only:
            continue
        subprocess.run(
            [_tool("pyside6-lupdate"), *map(str, files), "-no-obsolete", "-source-language", "en",
             "-target-language", LANG, "-ts", str(ts_path(area))],
            check=True, capture_output=True,
        )
    release(only)


def release(only: str | None = None) -> None:
    for ts in sorted(TS_DIR.glob(f"*_{LANG}.ts")):
        if only and ts.name != f"{only}_{LANG}.ts":
            continue
        subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True,
                       capture_output=True)


def missing(area: str | None = None) -> list[tuple[str, str]]:
    """(area, source text) of every message without a finished translation."""
    out = []
    for ts in sorted(TS_DIR.glob(f"*_{LANG}.ts")):
        name = ts.name[: -len(f"_{LANG}.ts")]
        if area and name != area:
            continue
        for message in ET.parse(ts).getroot().iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete") or not (
                translation.text or ""
            ).strip():
                if translation is not None and translation.get("type") in ("vanished", "obsolete"):
                    continue
                out.append((name, message.findtext("source") or ""))
    return out


def fill(area: str, mapping_file: Path) -> int:
    mapping = json.loads(mapping_file.read_text(encoding="utf-8"))
    tree = ET.parse(ts_path(area))
    filled = 0
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        if source in mapping:
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            translation.text = mapping[source]
            translation.attrib.pop("type", None)
            filled += 1
    tree.write(ts_path(area), encoding="utf-8", xml_declaration=True)
    release(area)
    return filled


def main(argv: list[str]) -> int:
    if not argv:
        update()
        left = missing()
        print(f"translations updated; {len(left)} texts untranslated")
        return 0
    if argv[0] == "update" and len(argv) == 2:
        update(argv[1])
        print(f"{argv[1]}: {len(missing(argv[1]))} texts untranslated")
        return 0
    if argv[0] == "missing":
        for area, text in missing(argv[1] if len(argv) > 1 else None):
            print(f"{area}\t{text}")
        return 0
    if argv[0] == "fill" and len(argv) == 3:
        print(f"filled {fill(argv[1], Path(argv[2]))}")
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
