"""The screens in English and Chinese on a 1366x728 counter PC: the navigation pane keeps its width on every
page, table columns fit their words, spin boxes draw their arrows, and settings hints sit under their fields."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QDateEdit, QLabel, QSpinBox, QTabWidget

from aftersales_desktop.core import clock
from aftersales_desktop.core.services.calls import register_call
from aftersales_desktop.gui import i18n
from aftersales_desktop.gui.widgets.style import apply_style
from tests.factories import make_customer


@pytest.fixture(params=["en", "zh_CN"])
def language(request, qapp):
    i18n.install(request.param)
    apply_style(QApplication.instance())
    yield request.param
    i18n.install("zh_CN")
    QApplication.instance().setStyleSheet("")


def test_every_page_fits_beside_the_navigation_pane_which_keeps_its_width(language, window, qtbot):
    window.resize(1366, 728)
    window.show()
    qtbot.waitExposed(window)
    nav = window.splitter.sizes()[0]
    for spec in window.visible_areas():
        window.open_area(spec.key)
        page = window.page(spec.key)
        tabs = page.findChild(QTabWidget)
        for index in range(tabs.count() if tabs else 1):
            if tabs:
                tabs.setCurrentIndex(index)
            QApplication.processEvents()
            assert window.splitter.sizes()[0] == nav, (spec.key, index)
            assert page.minimumSizeHint().width() <= window.splitter.sizes()[1], (spec.key, index)
    names = [window.nav.item(i).text() for i in range(window.nav.count())]
    widest = max(window.nav.fontMetrics().horizontalAdvance(name) for name in names)
    assert window.nav.minimumWidth() >= widest + window.nav.iconSize().width()  # its longest name is never cut


def test_call_list_columns_fit_their_words(language, shop, window, qtbot):
    _, product = make_customer(shop.clerk, name="王小明")
    register_call(shop.clerk, received_at=clock.now() - dt.timedelta(minutes=5), channel="phone", problem="x",
                  area="city", customer_id=product.customer_id, product_id=product.id)
    window.resize(1366, 728)
    window.show()
    window.open_area("calls")
    page = window.page("calls")
    view, model = page.view, page.model
    metrics = view.fontMetrics()
    header = view.horizontalHeader()
    for column in range(model.columnCount() - 1):  # the last one stretches
        title = model.headerData(column, header.orientation())
        words = [title] + [str(model.index(0, column).data() or "")]
        bold = header.fontMetrics()
        need = max(bold.horizontalAdvance(title), *(metrics.horizontalAdvance(w) for w in words[1:]))
        assert view.columnWidth(column) >= need, (title, words, view.columnWidth(column))


def _arrows(widget) -> list[int]:
    """The rightmost 22 px of a spin box, where its up/down arrows are drawn, as grey levels."""
    image = widget.grab().toImage()
    return [QColor(image.pixel(x, y)).lightness() for x in range(image.width() - 22, image.width())
            for y in range(image.height())]


def test_month_spin_boxes_draw_their_arrows_like_the_others(qtbot, language):
    month = QDateEdit(QDate(2026, 10, 1))
    month.setDisplayFormat("yyyy-MM")
    hours = QSpinBox()
    hours.setValue(6)
    for box in (month, hours):
        qtbot.addWidget(box)
        box.resize(130, 32)
        box.show()
    qtbot.waitExposed(month)
    drawn = _arrows(hours)
    assert sum(1 for level in drawn if level < 160) > 10  # the chevrons
    differ = sum(1 for a, b in zip(_arrows(month), drawn, strict=True) if abs(a - b) > 60)
    assert differ < len(drawn) * 0.02, differ  # the same chevrons, not bare button frames


def test_settings_hints_sit_right_under_their_fields(language, session, qtbot):
    from aftersales_desktop.gui.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    hints = []
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        tab = dialog.tabs.widget(index)
        for note in tab.findChildren(QLabel):
            if note.objectName() != "field_hint" or not note.isVisible():
                continue
            field = note.parentWidget().layout().itemAt(0).widget()  # the field the note belongs to
            top = note.mapTo(tab, note.rect().topLeft()).y()
            bottom = field.mapTo(tab, field.rect().bottomLeft()).y()
            assert 0 <= top - bottom <= 6, (note.text(), top - bottom)
            hints.append(note.text())
    assert len(hints) == 4
