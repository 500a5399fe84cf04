"""Import the shop's parts list from Excel: choose the file, check the guessed columns, see every bad row, import."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from aftersales_desktop.core.i18n import current_language
from aftersales_desktop.core.imports.parts_excel import (
    FIELDS,
    REQUIRED,
    Sheet,
    check_rows,
    guess_mapping,
    read_sheet,
)
from aftersales_desktop.core.services.parts import apply_import
from aftersales_desktop.export.excel.import_errors import errors_path, write_refused_rows
from aftersales_desktop.gui import messages
from aftersales_desktop.gui.session import Session
from aftersales_desktop.gui.widgets.focus import start_here

PREVIEW_ROWS = 8


class ImportDialog(QDialog):
    def __init__(self, session: Session, *, path: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.sheet: Sheet | None = None
        self.checked = None
        self.setWindowTitle(self.tr("Import parts from Excel"))
        self.resize(900, 640)
        self.file = QLineEdit(self)
        self.file.setReadOnly(True)
        browse = QPushButton(self.tr("&Choose file…"), self)
        browse.clicked.connect(self.choose)
        start_here(browse)  # nothing to fill in before a file is chosen
        self.header_info = QLabel(self)
        mapping_box = QGroupBox(self.tr("Which column is which (guessed from the header; change if wrong)"), self)
        grid = QGridLayout(mapping_box)
        self.combos: dict[str, QComboBox] = {}
        for i, (key, (zh, en, _)) in enumerate(FIELDS.items()):
            combo = QComboBox(mapping_box)
            combo.currentIndexChanged.connect(lambda _i: self._forget_check())
            label = zh if current_language() == "zh_CN" else en
            grid.addWidget(QLabel(label + (" *" if key in REQUIRED else ""), mapping_box), i // 3, (i % 3) * 2)
            grid.addWidget(combo, i // 3, (i % 3) * 2 + 1)
            self.combos[key] = combo
        self.preview = QTableWidget(0, 0, self)
        self.preview.verticalHeader().hide()
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.errors = QListWidget(self)
        check = QPushButton(self.tr("C&heck rows"), self)
        check.clicked.connect(self.check)
        self.import_button = QPushButton(self.tr("&Import"), self)
        self.import_button.clicked.connect(self.do_import)
        self.import_button.setEnabled(False)
        self.import_good_button = QPushButton(self, objectName="import_good_rows")
        self.import_good_button.clicked.connect(self.do_import_good)
        self.import_good_button.setVisible(False)
        self.save_errors_button = QPushButton(self.tr("&Save the refused rows…"), self, objectName="save_refused_rows")
        self.save_errors_button.clicked.connect(self.choose_errors_file)
        self.save_errors_button.setVisible(False)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.reject)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(browse)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (check, self.save_errors_button, self.import_good_button, self.import_button, close):
            buttons.addWidget(button)
        form = QFormLayout()
        form.addRow(self.tr("File"), file_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.header_info)
        layout.addWidget(mapping_box)
        layout.addWidget(QLabel(self.tr("First rows of the sheet"), self))
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.result)
        layout.addWidget(self.errors, 1)
        layout.addLayout(buttons)
        if path is not None:
            self.load(path)

    def choose(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Parts list"), str(Path.home()), self.tr("Excel (*.xlsx)"))
        if name:
            self.load(Path(name))

    def load(self, path: Path) -> None:
        ok, sheet = self.session.call(self, read_sheet, path)
        if not ok:
            return
        self.sheet = sheet
        self.file.setText(str(path))
        self.header_info.setText(self.tr("Header found on row %1; %2 rows below it.")
                                 .replace("%1", str(sheet.header_row)).replace("%2", str(len(sheet.rows))))
        guess = guess_mapping(sheet.headers)
        for key, combo in self.combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(not in the sheet)"), None)
            for index, header in enumerate(sheet.headers):
                combo.addItem(f"{chr(65 + index) if index < 26 else index + 1}: {header}", index)
            combo.setCurrentIndex(0 if guess[key] is None else guess[key] + 1)
            combo.blockSignals(False)
        self.preview.setColumnCount(len(sheet.headers))
        self.preview.setHorizontalHeaderLabels(sheet.headers)
        rows = sheet.rows[:PREVIEW_ROWS]
        self.preview.setRowCount(len(rows))
        for r, (_, values) in enumerate(rows):
            for c, value in enumerate(values[: len(sheet.headers)]):
                self.preview.setItem(r, c, QTableWidgetItem("" if value is None else str(value)))
        self.preview.resizeColumnsToContents()
        self._forget_check()

    def mapping(self) -> dict[str, int | None]:
        return {key: combo.currentData() for key, combo in self.combos.items()}

    def _forget_check(self) -> None:
        self.checked = None
        self.import_button.setEnabled(False)
        self.import_good_button.setVisible(False)
        self.save_errors_button.setVisible(False)
        self.errors.clear()
        self.result.clear()

    def check(self) -> bool:
        """Check every row with the chosen columns; list each refused row with its number and reason."""
        if self.sheet is None:
            return False
        ok, checked = self.session.call(self, check_rows, self.sheet, self.mapping())
        if not ok:
            return False
        self.checked = checked
        self.errors.clear()
        for error in checked.errors:
            self.errors.addItem(self.tr("Row %1: %2").replace("%1", str(error.row)).replace("%2", str(error.reason)))
        if checked.errors:
            self.result.setText(self.tr("%1 rows have errors. Fix them in Excel (or the column choice) and check again, "
                                        "or import the good rows now and save the refused ones to fix later.")
                                .replace("%1", str(len(checked.errors))))
        else:
            self.result.setText(self.tr("All %1 rows are good. Existing codes are updated, new ones added.")
                                .replace("%1", str(len(checked.good))))
        self.import_button.setEnabled(not checked.errors and bool(checked.good))
        partial = bool(checked.errors) and bool(checked.good)  # take the good rows, fix the others later
        self.import_good_button.setText(self.tr("Import the %1 &good rows").replace("%1", str(len(checked.good))))
        self.import_good_button.setVisible(partial)
        self.save_errors_button.setVisible(bool(checked.errors))
        return not checked.errors

    def do_import(self) -> None:
        if self.checked is None or self.checked.errors:
            return
        self._write(self.checked.good)

    def do_import_good(self) -> None:
        """Import the rows that passed; the refused ones stay listed (and can be saved to fix in Excel)."""
        if self.checked is None or not self.checked.good:
            return
        self._write(self.checked.good)

    def _write(self, rows: list) -> None:
        ok, outcome = self.session.call(self, apply_import, self.session.actor, rows)
        if not ok:
            return
        self.session.notify_changed("parts")
        messages.info(self, self.tr("%1 parts added, %2 updated, %3 unchanged, %4 opening receipts.")
                      .replace("%1", str(outcome.created)).replace("%2", str(outcome.updated))
                      .replace("%3", str(outcome.unchanged)).replace("%4", str(outcome.opening_receipts)))
        self.accept()

    def choose_errors_file(self) -> None:
        if self.sheet is None or self.checked is None:
            return
        suggested = str(errors_path(self.sheet.path))
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the refused rows"), suggested, self.tr("Excel (*.xlsx)"))
        if name:
            self.save_errors(Path(name))

    def save_errors(self, target: Path) -> bool:
        """The refused rows with their reasons, to fix in Excel and import again."""
        if self.sheet is None or self.checked is None:
            return False
        ok, written = self.session.call(self, write_refused_rows, self.sheet, self.checked.errors, target)
        if ok:
            self.result.setText(self.result.text() + " " + self.tr("Refused rows saved to %1.").replace("%1", str(written)))
        return bool(ok)
