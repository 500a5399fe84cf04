"""The app's look: the UI font is a CJK family the PC has, else the bundled one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from aftersales_desktop.gui.widgets import style


def _apply(monkeypatch, families: list[str]) -> tuple[list[str], str]:
    added: list[str] = []

    def add(path: str) -> int:
        added.append(path)
        families.append("WenQuanYi Micro Hei")  # what the bundled file holds
        return 0

    monkeypatch.setattr(QFontDatabase, "families", staticmethod(lambda *a: list(families)))
    monkeypatch.setattr(QFontDatabase, "addApplicationFont", staticmethod(add))
    app = QApplication.instance()
    before = app.font()
    try:
        style.apply_style(app, fusion_chosen=True)
        return added, app.font().family()
    finally:
        app.setFont(before)
        app.setStyleSheet("")


def test_a_pc_with_a_chinese_ui_font_uses_it_without_loading_the_bundled_one(qapp, monkeypatch):
    added, family = _apply(monkeypatch, ["Arial", "Microsoft YaHei", "SimSun"])
    assert added == [] and family == "Microsoft YaHei"


def test_a_pc_without_one_loads_the_bundled_font_and_uses_it(qapp, monkeypatch):
    added, family = _apply(monkeypatch, ["DejaVu Sans"])
    assert [Path(p).name for p in added] == ["wqy-microhei.ttc"] and family == "WenQuanYi Micro Hei"
