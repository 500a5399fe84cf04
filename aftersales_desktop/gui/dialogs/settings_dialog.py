"""Shop settings (manager only): details and terms, working time and dispatch deadlines, holidays, language."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from aftersales_desktop.core import server_backup, settings
from aftersales_desktop.core.concurrency import version_of
from aftersales_desktop.core.db import is_postgres
from aftersales_desktop.core.errors import UserError, ValidationError
from aftersales_desktop.core.i18n import T
from aftersales_desktop.core.phones import format_phone
from aftersales_desktop.core.services.settings import set_holidays, update_settings
from aftersales_desktop.gui.dialogs.holiday_editor import HolidayEditor
from aftersales_desktop.gui.session import Session
from aftersales_desktop.gui.widgets.form_errors import FormErrors

WEEKDAYS = [
    QT_TRANSLATE_NOOP("SettingsDialog", "Mon"),
    QT_TRANSLATE_NOOP("SettingsDialog", "Tue"),
    QT_TRANSLATE_NOOP("SettingsDialog", "Wed"),
    QT_TRANSLATE_NOOP("SettingsDialog", "Thu"),
    QT_TRANSLATE_NOOP("SettingsDialog", "Fri"),
    QT_TRANSLATE_NOOP("SettingsDialog", "Sat"),
    QT_TRANSLATE_NOOP("SettingsDialog", "Sun"),
]


def with_hint(field: QWidget, text: str) -> QWidget:
    """The field with a grey note right under it, as one form row: a note in a row of its own floated well below
    its field in English, where Qt sized the wrapped note's row for a much narrower width."""
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.addWidget(field)
    note = QLabel(text, box)
    note.setProperty("role", "hint")
    note.setObjectName("field_hint")
    note.setWordWrap(True)
    column.addWidget(note)
    # never taller than field and note: spare room would open a gap between them, or push later rows down
    box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
    box.setFocusProxy(field)  # the row's label and its access key lead to the field
    return box


def periods_text(periods: list[list[str]]) -> str:
    return ", ".join(f"{start}-{end}" for start, end in periods)


def parse_periods(text: str) -> list[list[str]]:
    """'08:30-12:00, 13:30-17:30' -> [['08:30', '12:00'], ['13:30', '17:30']]; the service checks the times."""
    out = []
    for part in text.replace("，", ",").replace("；", ",").replace(";", ",").split(","):
        if part.strip():
            out.append([p.strip() for p in part.replace("–", "-").replace("~", "-").split("-", 1)])
    return out


class SettingsDialog(QDialog):
    def __init__(self, session: Session, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Settings"))
        self.resize(640, 560)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs)
        self.error = QLabel()
        layout.addWidget(self.error)
        self._fill()
        self.shop_name.setFocus()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _fill(self) -> None:
        """Build the tabs from the settings as stored now, keeping their versions: a save after someone else's
        is refused (core/concurrency.py)."""
        self.seen_settings, self.seen_holidays = version_of("setting", None), version_of("holiday", None)
        values = settings.get_all()
        self.tabs.addTab(self._shop_tab(values), self.tr("Shop"))
        self.tabs.addTab(self._time_tab(values), self.tr("Working time"))
        self.holidays = HolidayEditor()
        self.tabs.addTab(self.holidays, self.tr("Holidays"))
        self.tabs.addTab(self._money_tab(values), self.tr("Money and suppliers"))
        self.tabs.addTab(self._other_tab(values), self.tr("Language, paper and backups"))
        self.fields: dict[str, QWidget] = {
            "shop_name": self.shop_name, "shop_address": self.shop_address, "shop_phone": self.shop_phone,
            "phone": self.shop_phone, "shop_terms": self.shop_terms, "letter_salutation": self.salutation,
            "work_periods": self.work_periods,
            "work_weekdays": self.weekday_boxes[0], "deadline_city_hours": self.city_hours,
            "deadline_suburb_hours": self.suburb_hours, "answer_hours": self.answer_hours,
            "holidays": self.holidays.text, "language": self.language, "backups_to_keep": self.backups_to_keep,
            "discount_max_percent": self.discount_percent, "discount_max_per_week": self.discount_week,
            "margin_min_percent": self.margin_min, "labour_rate_fen_per_hour": self.labour_rate,
            "labour_cost_fen_per_hour": self.labour_cost, "regular_suppliers": self.suppliers,
            "paper_language": self.paper_language, "voucher_page_size": self.page_size,
            "backup_folder": self.backup_folder, "backup_pc": self.backup_here or self.backup_folder,
        }  # fmt: skip
        self.errors = FormErrors(self.error, self.fields)
        for name, widget in self.fields.items():
            if not widget.objectName():
                widget.setObjectName(name)

    def reload_record(self) -> None:
        """Someone else saved the settings meanwhile: show theirs (what was typed here is dropped)."""
        shown = self.tabs.currentIndex()
        old = [self.tabs.widget(index) for index in range(self.tabs.count())]
        self.tabs.clear()
        for widget in old:
            widget.deleteLater()
        self._fill()
        self.tabs.setCurrentIndex(shown)

    def _shop_tab(self, values: dict) -> QWidget:
        tab = QWidget()
        form = QFormLayout(tab)
        self.shop_name = QLineEdit(values["shop_name"])
        self.shop_address = QLineEdit(values["shop_address"])
        self.shop_phone = QLineEdit(format_phone(values["shop_phone"]))
        self.shop_terms = QPlainTextEdit(values["shop_terms"])
        self.shop_terms.setMaximumHeight(110)
        form.addRow(self.tr("Shop name"), self.shop_name)
        form.addRow(self.tr("Address"), self.shop_address)
        form.addRow(self.tr("Phone"), self.shop_phone)
        form.addRow(self.tr("Terms on the voucher"), with_hint(
            self.shop_terms, self.tr("Printed at the foot of every service voucher; receipts carry their own terms.")))
        self.salutation = QComboBox()
        examples = (self.tr("Dear Mr/Ms Chen Ping,"), self.tr("Dear customer Chen Ping,"), self.tr("Dear Chen Ping,"))
        for code, example in zip(settings.SALUTATIONS, examples, strict=True):
            self.salutation.addItem(example, code)
        self.salutation.setCurrentIndex(max(0, self.salutation.findData(values["letter_salutation"])))
        form.addRow(self.tr("Letters begin"), with_hint(self.salutation, self.tr(
            "How expiry notices and complaint replies greet the customer (a company by its name).")))
        return tab

    def _time_tab(self, values: dict) -> QWidget:
        tab = QWidget()
        form = QFormLayout(tab)
        self.work_periods = QLineEdit(periods_text(values["work_periods"]))
        self.work_periods.setPlaceholderText("08:30-12:00, 13:30-17:30")
        form.addRow(self.tr("Working hours"), self.work_periods)
        row = QHBoxLayout()
        self.weekday_boxes = []
        for number, name in enumerate(WEEKDAYS, start=1):
            box = QCheckBox(self.tr(name))
            box.setChecked(number in values["work_weekdays"])
            self.weekday_boxes.append(box)
            row.addWidget(box)
        row.addStretch(1)
        form.addRow(self.tr("Working days"), row)
        self.city_hours = self._hours(values["deadline_city_hours"])
        self.suburb_hours = self._hours(values["deadline_suburb_hours"])
        self.answer_hours = self._hours(values["answer_hours"], maximum=240)
        form.addRow(self.tr("Arrival deadline, city"), self.city_hours)
        form.addRow(self.tr("Arrival deadline, suburb"), self.suburb_hours)
        form.addRow(self.tr("First answer to every request within"), with_hint(self.answer_hours, self.tr(
            "Deadlines count working hours only: evenings, weekends and holidays do not count.")))
        return tab

    def _hours(self, value: int, maximum: int = 72) -> QSpinBox:
        box = QSpinBox()
        box.setRange(1, maximum)
        box.setValue(value)
        box.setSuffix(self.tr(" h"))
        box.setMaximumWidth(130)
        return box

    def _money_tab(self, values: dict) -> QWidget:
        tab = QWidget()
        form = QFormLayout(tab)
        self.discount_percent = self._number(values["discount_max_percent"], 100, " %")
        self.discount_week = self._number(values["discount_max_per_week"], 100, self.tr(" bills"))
        self.margin_min = self._number(values["margin_min_percent"], 100, " %")
        self.labour_rate = self._yuan(values["labour_rate_fen_per_hour"])
        self.labour_cost = self._yuan(values["labour_cost_fen_per_hour"])
        form.addRow(self.tr("Discount the counter may give, up to"), self.discount_percent)
        form.addRow(self.tr("Discounts a week per person without approval"), self.discount_week)
        form.addRow(self.tr("Lowest margin of an accident repair without approval"), self.margin_min)
        form.addRow(self.tr("Labour charged per hour of the time log"), self.labour_rate)
        form.addRow(self.tr("Labour cost per hour (for the margin)"), self.labour_cost)
        self.suppliers = QPlainTextEdit("\n".join(values["regular_suppliers"]))
        self.suppliers.setObjectName("regular_suppliers")
        self.suppliers.setMaximumHeight(110)
        self.suppliers.setPlaceholderText(self.tr("one supplier a line"))
        form.addRow(self.tr("Regular suppliers"), self.suppliers)
        hint = QLabel(self.tr("Goods from any other supplier, and every direct purchase, need three quotes compared."))
        hint.setProperty("role", "hint")
        hint.setWordWrap(True)
        form.addRow("", hint)
        note = QLabel(self.tr("Beyond these a supervisor approves on the spot; each discount beyond authority is "
                              "proposed to the conduct log."))
        note.setProperty("role", "hint")
        note.setWordWrap(True)
        form.addRow("", note)
        return tab

    def _number(self, value: int, maximum: int, suffix: str) -> QSpinBox:
        box = QSpinBox()
        box.setRange(0, maximum)
        box.setValue(value)
        box.setSuffix(suffix)
        box.setMaximumWidth(130)
        return box

    def _yuan(self, fen: int) -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setRange(0, 100000)
        box.setDecimals(2)
        box.setPrefix("¥")
        box.setValue(fen / 100)
        box.setMaximumWidth(150)
        return box

    def _other_tab(self, values: dict) -> QWidget:
        tab = QWidget()
        form = QFormLayout(tab)
        self.language = QComboBox()
        for code, label in (("auto", self.tr("Follow the system")), ("zh_CN", "中文"), ("en", "English")):
            self.language.addItem(label, code)
        self.language.setCurrentIndex(max(0, self.language.findData(values["language"])))
        form.addRow(self.tr("Language"), with_hint(self.language, self.tr("A new language applies after the app is restarted.")))
        # papers go to customers and the accountant: their language is the shop's, not the screen's
        self.paper_language = QComboBox()
        for code, label in (("zh_CN", "中文"), ("en", "English")):
            self.paper_language.addItem(label, code)
        self.paper_language.setCurrentIndex(max(0, self.paper_language.findData(values["paper_language"])))
        form.addRow(self.tr("Papers and workbook in"), self.paper_language)
        self.page_size = QComboBox()
        for code in ("A5", "A4"):
            self.page_size.addItem(code, code)
        self.page_size.setCurrentIndex(max(0, self.page_size.findData(values["voucher_page_size"])))
        form.addRow(self.tr("Voucher paper size"), self.page_size)
        self.backups_to_keep = QSpinBox()
        self.backups_to_keep.setRange(1, 365)
        self.backups_to_keep.setValue(values["backups_to_keep"])
        self.backups_to_keep.setMaximumWidth(130)
        form.addRow(self.tr("Daily backups kept"), self.backups_to_keep)
        self._server_backup_rows(form, values)
        self.tag_size = QComboBox()
        self.tag_size.setObjectName("tag_size")
        for code in ("60x40", "50x30"):
            self.tag_size.addItem(code.replace("x", " × ") + " mm", code)
        self.tag_size.setCurrentIndex(max(0, self.tag_size.findData(values["tag_size"])))
        form.addRow(self.tr("Label printer: tags and part labels"), self.tag_size)
        return tab

    def _server_backup_rows(self, form: QFormLayout, values: dict) -> None:
        """A server shop: one PC, named here, makes the daily pg_dump into a folder of its own; the others none."""
        self.backup_here: QCheckBox | None = None
        self.backup_folder = QLineEdit()
        self.loaded_backup_pc = values["backup_pc"]
        if not is_postgres():
            return
        pc = server_backup.this_pc()
        self.backup_here = QCheckBox(self.tr("This PC (%1) makes the daily server backup").replace("%1", pc))
        self.backup_here.setObjectName("backup_here")
        here = bool(values["backup_pc"]) and values["backup_pc"].casefold() == pc.casefold()
        self.backup_here.setChecked(here)
        if here or not values["backup_pc"]:
            hint = self.tr("Only the PC named here backs the server up, on its first start of the day (pg_dump, "
                           "checked with pg_restore --list).")
        else:
            hint = self.tr("Made now by %1; tick to make it here instead.").replace("%1", values["backup_pc"])
        form.addRow(self.tr("Server backup"), with_hint(self.backup_here, hint))
        self.backup_folder.setText(values["backup_folder"])
        self.backup_folder.setPlaceholderText(self.tr("a folder on this PC, e.g. D:\\Backups"))
        form.addRow(self.tr("Server backups go to"), self.backup_folder)

    def _server_backup_values(self) -> dict:
        if self.backup_here is None:
            return {}
        mine = self.backup_here.isChecked()
        elsewhere = self.loaded_backup_pc if self.loaded_backup_pc.casefold() != server_backup.this_pc().casefold() else ""
        return {"backup_pc": server_backup.this_pc() if mine else elsewhere, "backup_folder": self.backup_folder.text().strip()}

    def values(self) -> dict:
        return {
            "shop_name": self.shop_name.text().strip(),
            "shop_address": self.shop_address.text().strip(),
            "shop_phone": self.shop_phone.text().strip(),
            "shop_terms": self.shop_terms.toPlainText().strip(),
            "letter_salutation": self.salutation.currentData(),
            "work_periods": parse_periods(self.work_periods.text()),
            "work_weekdays": [n for n, box in enumerate(self.weekday_boxes, start=1) if box.isChecked()],
            "deadline_city_hours": self.city_hours.value(),
            "deadline_suburb_hours": self.suburb_hours.value(),
            "answer_hours": self.answer_hours.value(),
            "language": self.language.currentData(),
            "paper_language": self.paper_language.currentData(),
            "voucher_page_size": self.page_size.currentData(),
            "backups_to_keep": self.backups_to_keep.value(),
            "discount_max_percent": self.discount_percent.value(),
            "discount_max_per_week": self.discount_week.value(),
            "margin_min_percent": self.margin_min.value(),
            "labour_rate_fen_per_hour": round(self.labour_rate.value() * 100),
            "labour_cost_fen_per_hour": round(self.labour_cost.value() * 100),
            "regular_suppliers": [line.strip() for line in self.suppliers.toPlainText().splitlines() if line.strip()],
            "tag_size": self.tag_size.currentData(),
            **self._server_backup_values(),
        }

    def save(self) -> None:
        """Check the holidays first, then save settings and each changed year; stay open on any refusal."""
        try:
            if not self.shop_name.text().strip():
                raise ValidationError(T("请填写店名(打印在每张单据上)。", "Enter the shop name (printed on every paper)."), "shop_name")
            years = self.holidays.changed_years()
            parsed = {year: self.holidays.parsed(year) for year in years}
            for year, result in parsed.items():
                if result.errors:
                    self.holidays.show_year(year)
                    raise ValidationError(result.errors[0], "holidays")
            update_settings(self.session.actor, self.values(), seen_version=self.seen_settings)
            self.seen_settings = version_of("setting", None)  # saved: a refused holiday year may be saved again
            for year, result in parsed.items():
                set_holidays(self.session.actor, year, result.days, seen_version=self.seen_holidays)
                self.seen_holidays = version_of("holiday", None)
        except UserError as error:
            if self.session.offered_reload(self, error):
                return
            self._show_tab_of(error.field)
            self.errors.show(error)
            return
        self.accept()

    def _show_tab_of(self, field: str | None) -> None:
        widget = self.fields.get(field or "")
        for index in range(self.tabs.count()):
            if widget is not None and self.tabs.widget(index).isAncestorOf(widget):
                self.tabs.setCurrentIndex(index)
