"""Reports → Monthly workbook: pick the month and where to save it, watch it being written, open its folder.

The export runs in the GUI thread (peewee's connection belongs to this thread); a modal QProgressDialog fed by
the export's progress callback keeps the window painted and lets the person cancel. Nothing is written under
the chosen name until the workbook is complete (export.atomic).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, QObject, QSettings, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from aftersales_desktop.core import clock
from aftersales_desktop.core.permissions import Action
from aftersales_desktop.core.queries.month_common import Month
from aftersales_desktop.export.excel.sheet_titles import TITLES, sheet_keys
from aftersales_desktop.gui import messages
from aftersales_desktop.gui.reports.month_charts import MonthChartsPanel
from aftersales_desktop.gui.session import Session
from aftersales_desktop.gui.widgets.lazy_tabs import LazyTabs, built_from

if TYPE_CHECKING:
    from aftersales_desktop.gui.reports.quarter_tab import QuarterTab
    from aftersales_desktop.gui.reports.standards_tab import StandardsTab

_FOLDER_KEY = "reports/last_folder"


class ReportsPage(QWidget):
    """The Reports area: for now the monthly workbook (the daily reports live with the repairs area)."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.last_written: Path | None = None
        self.month_edit = QDateEdit(self)
        self.month_edit.setDisplayFormat("yyyy-MM")
        self.month_edit.setCalendarPopup(False)
        self.month_edit.setMinimumWidth(110)
        self.export_button = QPushButton(self.tr("&Export workbook…"), self)
        self.export_button.setDefault(True)
        self.open_button = QPushButton(self.tr("&Open folder"), self)
        self.open_button.setEnabled(False)
        self.status = QLabel(self)
        for widget, name in ((self.month_edit, "report_month"), (self.export_button, "export_workbook"),
                             (self.open_button, "open_folder"), (self.status, "report_status")):
            widget.setObjectName(name)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._lay_out()
        self.export_button.clicked.connect(self.choose_and_export)
        self.open_button.clicked.connect(self.open_folder)
        QShortcut(QKeySequence("Ctrl+E"), self, self.choose_and_export)
        self.month_edit.installEventFilter(self)  # Enter in the month field exports, like a form's Save
        self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (watched is self.month_edit and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self.choose_and_export()
            return True
        return super().eventFilter(watched, event)

    def _lay_out(self) -> None:
        # the tabs and the workbook tab are in place before anything is made inside them: a widget moved into
        # another parent once built is restyled again with everything it holds (a sixth of opening the page)
        self.tabs = QTabWidget(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        # the other tabs are built (and read their figures) when first shown
        self.lazy = LazyTabs(self.tabs)
        self.lazy.add("workbook", self.tr("Monthly workbook"), QWidget)  # the first tab: made at once, empty
        workbook = self.lazy.built["workbook"]
        for key, title, module, name in (  # (the tab, its title, its module here, its class)
            ("standards", self.tr("Service standards"), "standards_tab", "StandardsTab"),
            ("quarter", self.tr("Quarterly faults"), "quarter_tab", "QuarterTab"),
        ):
            self.lazy.add(key, title, built_from(f"{__package__}.{module}", name, self.session))
        box = QGroupBox(self.tr("Monthly workbook for the accountant"), workbook)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("&Month"), self.month_edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        contents = QLabel(self.tr("One Excel file with these sheets: {sheets}.").format(
            sheets=self.tr(", ").join(str(TITLES[key]) for key in sheet_keys(self.session.actor))), box)
        contents.setWordWrap(True)
        contents.setProperty("role", "hint")
        hint = QLabel(self.tr("For a scheduled job: aftersales-desktop export-month YYYY-MM --data-dir FOLDER "
                              "--out FILE.xlsx"), box)
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        inner = QVBoxLayout(box)
        inner.addLayout(form)
        inner.addWidget(contents)
        inner.addLayout(buttons)
        inner.addWidget(self.status)
        inner.addWidget(hint)
        workbook_layout = QVBoxLayout(workbook)
        workbook_layout.addWidget(box)
        # the chosen month as charts, each with its figures beside it (gui/reports/month_charts.py)
        self.charts = MonthChartsPanel(workbook)
        workbook_layout.addWidget(self.charts, 1)
        self.month_edit.dateChanged.connect(lambda _d: self.charts.show_month(self.month()))
        self.month_edit.setFocus()

    @property
    def standards(self) -> StandardsTab:
        return self.lazy.get("standards")  # type: ignore[return-value]

    @property
    def quarter(self) -> QuarterTab:
        return self.lazy.get("quarter")  # type: ignore[return-value]

    def refresh(self) -> None:
        """Default to last month (the accountant's month is usually the one just ended); allow up to this one."""
        today = clock.today()
        this_month = QDate(today.year, today.month, 1)
        self.month_edit.setMaximumDate(this_month)
        shown = self.month()
        if not self.month_edit.property("touched"):
            self.month_edit.setDate(this_month.addMonths(-1))
            self.month_edit.setProperty("touched", True)
        if self.month() == shown or self.charts.month is None:  # a new month was asked for as it was set
            self.charts.show_month(self.month())
        self.export_button.setEnabled(self.session.can(Action.REPORT_MONTHLY))
        for key in ("standards", "quarter"):
            if key in self.lazy.built:
                self.lazy.built[key].refresh()  # type: ignore[attr-defined]

    def month(self) -> Month:
        date = self.month_edit.date()
        return Month(date.year(), date.month())

    def choose_and_export(self) -> None:
        """Ask where to save (suggesting a name), then export there."""
        if not self.session.can(Action.REPORT_MONTHLY):
            return
        folder = QSettings().value(_FOLDER_KEY, "") or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        from aftersales_desktop.export.excel.workbook import default_file_name  # loads openpyxl: not before

        suggested = str(Path(folder) / default_file_name(self.month()))
        # we ask about overwriting ourselves, the same way on every platform
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the monthly workbook"), suggested,
                                              self.tr("Excel workbook (*.xlsx)"), "",
                                              QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.export_to(Path(path))

    def export_to(self, target: Path) -> bool:
        """Export the chosen month to `target` (asking before replacing a file); True when written."""
        if target.suffix.lower() != ".xlsx":
            target = target.with_name(target.name + ".xlsx")
        if target.exists() and not messages.confirm(
                self, self.tr("{name} already exists. Replace it?").format(name=target.name)):
            return False
        month = self.month()
        dialog = QProgressDialog(self.tr("Writing the workbook for {month}…").format(month=month.label),
                                 self.tr("Cancel"), 0, len(sheet_keys(self.session.actor)) + 1, self)
        dialog.setWindowTitle(self.tr("Monthly workbook"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)

        def progress(done: int, total: int, what: str) -> bool:
            dialog.setMaximum(total)
            dialog.setValue(done)
            if what:
                dialog.setLabelText(self.tr("Writing the workbook for {month}: {sheet}").format(
                    month=month.label, sheet=what))
            QApplication.processEvents()
            return not dialog.wasCanceled()

        from aftersales_desktop.export.excel.workbook import export_month

        try:
            ok, written = self.session.call(self, export_month, month, target, progress, actor=self.session.actor)
        finally:
            dialog.close()
            dialog.deleteLater()
        if not ok:
            self.status.setText(self.tr("The workbook was not written."))
            return False
        self.last_written = Path(written)
        QSettings().setValue(_FOLDER_KEY, str(self.last_written.parent))
        self.status.setText(self.tr("Written: {path}").format(path=self.last_written))
        self.open_button.setEnabled(True)
        self.open_button.setFocus()
        return True

    def open_folder(self) -> None:
        """Show the folder of the last workbook in the system's file manager."""
        if self.last_written is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_written.parent)))
