"""The holiday calendar tab: a year's holidays and make-up workdays typed as lines, previewed as you type."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPlainTextEdit, QSpinBox, QVBoxLayout, QWidget

from aftersales_desktop.core import clock
from aftersales_desktop.core.queries.holiday_text import (
    HolidayText,
    format_holidays,
    holidays_of_year,
    parse_holidays,
)

EXAMPLE = "2026-10-01..2026-10-08 国庆节\n2026-09-27 调休上班\n2026-10-10 调休上班"


class HolidayEditor(QWidget):
    """Keeps the text of every year looked at; `changed_years()` gives what needs saving."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._original: dict[int, str] = {}
        self._edited: dict[int, str] = {}
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        form = QFormLayout()
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(clock.today().year)
        self.year.setMinimumWidth(100)
        form.addRow(self.tr("Year"), self.year)
        top.addLayout(form)
        top.addStretch(1)
        layout.addLayout(top)
        help_text = QLabel(
            self.tr(
                "One line per holiday block or make-up workday, for example:\n"
                "2026-10-01..2026-10-08 National Day\n"
                "2026-09-27 make-up workday (a line saying 上班, 补班 or workday is a working day)"
            )
        )
        help_text.setProperty("role", "hint")
        layout.addWidget(help_text)
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(EXAMPLE)
        layout.addWidget(self.text, 1)
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        layout.addWidget(self.preview)
        self._current = self.year.value()
        self._load(self._current)
        self.year.valueChanged.connect(self._year_changed)
        self.text.textChanged.connect(self._update_preview)

    def _load(self, year: int) -> None:
        if year not in self._original:
            self._original[year] = format_holidays(holidays_of_year(year))
        self.text.blockSignals(True)
        self.text.setPlainText(self._edited.get(year, self._original[year]))
        self.text.blockSignals(False)
        self._update_preview()

    def _year_changed(self, year: int) -> None:
        self._edited[self._current] = self.text.toPlainText()
        self._current = year
        self._load(year)

    def parsed(self, year: int | None = None) -> HolidayText:
        year = year or self._current
        text = self.text.toPlainText() if year == self._current else self._edited.get(year, "")
        return parse_holidays(text, year)

    def _update_preview(self) -> None:
        result = self.parsed()
        if result.errors:
            self.preview.setProperty("role", "error")
            self.preview.setText("\n".join(str(e) for e in result.errors[:5]))
        else:
            self.preview.setProperty("role", "hint")
            self.preview.setText(
                self.tr("{year}: {h} holidays and {w} make-up workdays.")
                .replace("{year}", str(self._current))
                .replace("{h}", str(result.holiday_count))
                .replace("{w}", str(result.workday_count))
            )
        self.preview.style().unpolish(self.preview)
        self.preview.style().polish(self.preview)

    def changed_years(self) -> list[int]:
        """Years whose text differs from what is stored."""
        self._edited[self._current] = self.text.toPlainText()
        return sorted(
            year for year, text in self._edited.items() if text.strip() != self._original.get(year, "").strip()
        )

    def show_year(self, year: int) -> None:
        self.year.setValue(year)
