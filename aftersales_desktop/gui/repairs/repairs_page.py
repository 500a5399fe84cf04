"""The Repairs page: items in the shop now, the in/out register (客户商品进出登记簿), cards by state with the
supervisor's late list (第九条), and the daily reports. Goods in and every card open from here."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from aftersales_desktop.core import clock
from aftersales_desktop.core.permissions import Action
from aftersales_desktop.core.phones import format_phone
from aftersales_desktop.core.queries import repairs as q
from aftersales_desktop.core.vocab import CALL_KIND, REPAIR_STATUS
from aftersales_desktop.gui.repairs.common import list_view, print_card_paper
from aftersales_desktop.gui.session import Session
from aftersales_desktop.gui.widgets.lazy_tabs import LazyTabs
from aftersales_desktop.gui.widgets.live_search import LiveSearch
from aftersales_desktop.gui.widgets.paged_table import Column, PagedTableModel
from aftersales_desktop.gui.widgets.table_state import remember_columns

if TYPE_CHECKING:
    from aftersales_desktop.gui.repairs.daily_tab import DailyReportsTab

# The card and goods-in dialogs, the daily reports tab and printing (Qt's print support, the paper painter:
# gui/repairs/common.py) are imported where they are first used: importing them with the page was ~25 ms of the
# ~85 ms (CPU) of opening Repairs at the 50x shop, for what most openings never show.

RIGHT = Qt.AlignmentFlag.AlignRight

IN_SHOP_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Columns", "Card"), lambda r: r.card_number),
    Column(QT_TRANSLATE_NOOP("Columns", "Receipt"), lambda r: r.receipt_number),
    Column(QT_TRANSLATE_NOOP("Columns", "Customer"), lambda r: r.customer),
    Column(QT_TRANSLATE_NOOP("Columns", "Phone"), lambda r: format_phone(r.phone)),
    Column(QT_TRANSLATE_NOOP("Columns", "Product"), lambda r: r.product),
    Column(QT_TRANSLATE_NOOP("Columns", "State"), lambda r: REPAIR_STATUS.label(r.status)),
    Column(QT_TRANSLATE_NOOP("Columns", "Technician"), lambda r: r.technician),
    Column(QT_TRANSLATE_NOOP("Columns", "In since"), lambda r: r.in_at),
    Column(QT_TRANSLATE_NOOP("Columns", "Days in shop"), lambda r: r.days_in_shop, RIGHT),
    Column(QT_TRANSLATE_NOOP("Columns", "Promised"), lambda r: r.promised_on),
]
REGISTER_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Columns", "In"), lambda r: r.in_at),
    Column(QT_TRANSLATE_NOOP("Columns", "Receipt"), lambda r: r.receipt_number),
    Column(QT_TRANSLATE_NOOP("Columns", "Card"), lambda r: r.card_number),
    Column(QT_TRANSLATE_NOOP("Columns", "Customer"), lambda r: r.customer),
    Column(QT_TRANSLATE_NOOP("Columns", "Product"), lambda r: r.product),
    Column(QT_TRANSLATE_NOOP("Columns", "Serial no."), lambda r: r.serial),
    Column(QT_TRANSLATE_NOOP("Columns", "Promised"), lambda r: r.promised_on),
    Column(QT_TRANSLATE_NOOP("Columns", "Out"), lambda r: r.out_at),
    Column(QT_TRANSLATE_NOOP("Columns", "Collected by"), lambda r: r.out_to),
    Column(QT_TRANSLATE_NOOP("Columns", "Days"), lambda r: r.days_in_shop, RIGHT),
    Column(QT_TRANSLATE_NOOP("Columns", "State"), lambda r: REPAIR_STATUS.label(r.status)),
]
CARD_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Columns", "Card"), lambda r: r.number),
    Column(QT_TRANSLATE_NOOP("Columns", "State"), lambda r: REPAIR_STATUS.label(r.status)),
    Column(QT_TRANSLATE_NOOP("Columns", "Kind"), lambda r: CALL_KIND.label(r.kind)),
    Column(QT_TRANSLATE_NOOP("Columns", "Customer"), lambda r: r.customer),
    Column(QT_TRANSLATE_NOOP("Columns", "Product"), lambda r: r.product),
    Column(QT_TRANSLATE_NOOP("Columns", "Technician"), lambda r: r.technician),
    Column(QT_TRANSLATE_NOOP("Columns", "Received"), lambda r: r.received_at),
    Column(QT_TRANSLATE_NOOP("Columns", "Promised"), lambda r: r.promised_on),
    Column(QT_TRANSLATE_NOOP("Columns", "Days late"), lambda r: r.days_late or "", RIGHT),
]


def _register_style(row: q.RegisterRow) -> str | None:
    if row.past_promise:
        return "overdue"
    return "muted" if row.out_at is not None else None


def _card_style(row: q.CardRow) -> str | None:
    return "overdue" if row.days_late > 0 else None


class _ListTab(QWidget):
    """A search box, a lazy list and an 'Open card' action; `build_query(text)` makes the PagedQuery."""

    def __init__(self, page: RepairsPage, columns: list[Column], style, key: str, widths: list[int],  # type: ignore[no-untyped-def]
                 *, parent: QWidget) -> None:
        super().__init__(parent)  # the page's tab widget (gui/widgets/lazy_tabs.py); `page` opens the cards
        self.page = page
        self.search = QLineEdit(self)
        self.search.setObjectName(f"{key}_search")
        self.search.setPlaceholderText(self.tr("Search: number, customer, phone, model, serial"))
        self.search.setClearButtonEnabled(True)
        self.count_label = QLabel(self)
        self.filters = QHBoxLayout()
        self.filters.addWidget(self.search, 1)
        self.model = PagedTableModel(columns, row_style=style, parent=self)
        self.view = list_view(self)
        self.view.setModel(self.model)
        for column, width in enumerate(widths):  # after setModel: the header only then has its sections
            self.view.setColumnWidth(column, width)
        remember_columns(self.view, f"repairs/{key}")
        layout = QVBoxLayout(self)
        layout.addLayout(self.filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)
        self.live = LiveSearch.on_pause(self.search, self.refresh)
        self.view.doubleClicked.connect(self._open)
        self.view.activated.connect(self._open)

    def build_query(self, text: str):  # type: ignore[no-untyped-def]
        raise NotImplementedError

    def refresh(self) -> None:
        self.model.set_query(self.build_query(self.search.text()))
        self.count_label.setText(self.tr("%1 item(s)").replace("%1", self.model.count_text()))

    def current_card_id(self) -> int | None:
        row = self.model.row_at(self.view.currentIndex())
        return getattr(row, "card_id", None) if row is not None else None

    def _open(self, index: QModelIndex) -> None:
        row = self.model.row_at(index)
        if row is not None and getattr(row, "card_id", None):
            self.page.open_card(row.card_id)


class InShopTab(_ListTab):
    def __init__(self, page: RepairsPage, *, parent: QWidget) -> None:
        super().__init__(page, IN_SHOP_COLUMNS, _register_style, "in_shop",
                         [115, 115, 75, 105, 200, 80, 65, 130, 70, 90], parent=parent)  # fmt: skip
        self.only_late = QComboBox(self)
        self.only_late.addItem(self.tr("All items in the shop"), False)
        self.only_late.addItem(self.tr("Only past the promised date"), True)
        from aftersales_desktop.core.queries.today_charts import AGE_BUCKETS

        for low, high in AGE_BUCKETS:  # Today's chart of the items by age opens these
            text = self.tr("In the shop %1+ days") if high is None else self.tr("In the shop %1–%2 days")
            self.only_late.addItem(text.replace("%1", str(low)).replace("%2", str(high)),
                                   f"age:{low}-{'' if high is None else high}")
        self.filters.addWidget(self.only_late)
        self.only_late.currentIndexChanged.connect(self.refresh)

    def build_query(self, text: str):  # type: ignore[no-untyped-def]
        choice = self.only_late.currentData()
        if isinstance(choice, str):  # 'age:3-7', 'age:15-'
            low, _sep, high = choice[4:].partition("-")
            return q.in_shop_now(text, age=(int(low), int(high) if high else None))
        return q.in_shop_now(text, only_late=bool(choice))


class RegisterTab(_ListTab):
    """The whole register, newest first; a period narrows it to items that came in recently."""

    def __init__(self, page: RepairsPage, *, parent: QWidget) -> None:
        super().__init__(page, REGISTER_COLUMNS, _register_style, "register",
                         [130, 115, 115, 70, 180, 105, 90, 130, 70, 45, 80], parent=parent)  # fmt: skip
        self.period = QComboBox(self)
        self.period.addItem(self.tr("All time"), None)
        self.period.addItem(self.tr("Came in during the last 30 days"), 30)
        self.period.addItem(self.tr("Came in this year"), 366)
        self.filters.addWidget(self.period)
        self.period.currentIndexChanged.connect(self.refresh)

    def build_query(self, text: str):  # type: ignore[no-untyped-def]
        days = self.period.currentData()
        today = clock.today()
        since = None if days is None else (today.replace(month=1, day=1) if days == 366 else today - dt.timedelta(days=30))
        return q.goods_register(text, since=since)


class CardsTab(_ListTab):
    """Cards by state; the first choice is the supervisor's late list (第九条)."""

    def __init__(self, page: RepairsPage, *, parent: QWidget) -> None:
        super().__init__(page, CARD_COLUMNS, _card_style, "cards", [115, 90, 80, 75, 200, 65, 130, 90, 70],
                         parent=parent)
        self.state = QComboBox(self)
        self.state.addItem(self.tr("Late: past the promised date"), "late")
        self.state.addItem(self.tr("All open cards"), None)
        for code, label in REPAIR_STATUS.choices():
            self.state.addItem(label, code)
        self.filters.insertWidget(0, self.state)
        self.state.currentIndexChanged.connect(self.refresh)

    def build_query(self, text: str):  # type: ignore[no-untyped-def]
        state = self.state.currentData()
        if state == "late":
            return q.late_cards_query(text)
        return q.cards(state, text)


class RepairsPage(QWidget):
    """Tabs over the shop floor; Goods in (Ctrl+N) and every card open from here."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.goods_in_button = QPushButton(self.tr("&Goods in…"), self)
        self.goods_in_button.setToolTip(self.tr("Receive an item: from a call taken back, or over the counter (Ctrl+N)"))
        self.open_button = QPushButton(self.tr("&Open card"), self)
        self.print_receipt_button = QPushButton(self.tr("Print &receipt…"), self)
        self.print_card_button = QPushButton(self.tr("Print &card…"), self)
        self.summary = QLabel(self)
        for name in ("goods_in_button", "open_button", "print_receipt_button", "print_card_button"):
            getattr(self, name).setObjectName(name.removesuffix("_button"))
        actions = QHBoxLayout()
        for button in (self.goods_in_button, self.open_button, self.print_receipt_button, self.print_card_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.summary)
        self.tabs = QTabWidget(self)
        # each tab is built (and reads its list) when first shown
        self.lazy = LazyTabs(self.tabs)
        self.lazy.add("in_shop", self.tr("In the shop now"), lambda p: self._list_tab("in_shop", InShopTab, p))
        self.lazy.add("register", self.tr("In/out register"), lambda p: self._list_tab("register", RegisterTab, p))
        self.lazy.add("cards", self.tr("Cards by state"), lambda p: self._list_tab("cards", CardsTab, p))
        self.lazy.add("daily", self.tr("Daily reports"), self._daily_tab)
        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addWidget(self.tabs, 1)
        self.goods_in_button.setVisible(session.can(Action.GOODS_RECEIVE))
        for button in (self.print_receipt_button, self.print_card_button):
            button.setVisible(session.can(Action.GOODS_RECEIVE))
        self.goods_in_button.clicked.connect(self.goods_in)
        self.open_button.clicked.connect(self._open_current)
        self.print_receipt_button.clicked.connect(lambda: self._print_current("receipt"))
        self.print_card_button.clicked.connect(lambda: self._print_current("card"))
        QShortcut(QKeySequence("Ctrl+N"), self, self.goods_in)
        session.data_changed.connect(self._changed)
        self.lazy.reshown.connect(lambda _tab: self._refresh_current())
        self._count()

    def _list_tab(self, name: str, cls: type[_ListTab], parent: QWidget) -> _ListTab:
        tab = cls(self, parent=parent)
        tab.view.setObjectName(f"{name}_list")
        tab.refresh()
        return tab

    def _daily_tab(self, parent: QWidget) -> DailyReportsTab:
        from aftersales_desktop.gui.repairs.daily_tab import DailyReportsTab

        tab = DailyReportsTab(self.session, parent)
        tab.refresh()
        return tab

    @property
    def in_shop(self) -> InShopTab:
        return self.lazy.get("in_shop")  # type: ignore[return-value]

    @property
    def register(self) -> RegisterTab:
        return self.lazy.get("register")  # type: ignore[return-value]

    @property
    def cards(self) -> CardsTab:
        return self.lazy.get("cards")  # type: ignore[return-value]

    @property
    def daily(self) -> DailyReportsTab:
        return self.lazy.get("daily")  # type: ignore[return-value]

    def _changed(self, area: str) -> None:
        if area in ("", "repairs", "calls", "parts"):
            self.refresh()

    def refresh(self) -> None:
        """Re-read the lists built so far (the others read theirs when first shown) and the state counts."""
        for tab in list(self.lazy.built.values()):
            tab.refresh()  # type: ignore[attr-defined]
        self._count()

    def _count(self) -> None:
        counts = q.state_counts()
        late = q.late_cards_query().count()
        parts = [f"{REPAIR_STATUS.label(code)} {counts[code]}" for code in REPAIR_STATUS.codes if counts.get(code)]
        text = " · ".join(parts)
        if late:
            late_word = self.tr("Late")
            text += f"  ·  <span style='color:#b3261e'><b>{late_word} {late}</b></span>"
        self.summary.setText(text)

    def _refresh_current(self) -> None:
        tab = self.tabs.currentWidget()
        if hasattr(tab, "refresh"):
            tab.refresh()

    def _current_card_id(self) -> int | None:
        tab = self.tabs.currentWidget()
        return tab.current_card_id() if isinstance(tab, _ListTab) else None

    def _open_current(self) -> None:
        card_id = self._current_card_id()
        if card_id:
            self.open_card(card_id)

    def _print_current(self, paper: str) -> None:
        card_id = self._current_card_id()
        if card_id:
            print_card_paper(self.session, self, card_id, paper)

    def goods_in(self, call_id: int | None = None) -> int | None:
        """The goods-in dialog; afterwards offer to print the receipt and the card. Returns the new card's id."""
        if not self.session.can(Action.GOODS_RECEIVE):
            return None
        from aftersales_desktop.gui.repairs.goods_in_dialog import GoodsInDialog

        dialog = GoodsInDialog(self.session, parent=self, call_id=call_id if isinstance(call_id, int) else None)
        if not dialog.exec() or dialog.card is None:
            return None
        card_id = dialog.card.id
        from aftersales_desktop.gui import messages

        asked = messages.confirm(self, self.tr("Print the goods receipt for the customer and the repair card now?"),
                                 default_yes=True)
        if asked and print_card_paper(self.session, self, card_id, "receipt"):
            print_card_paper(self.session, self, card_id, "card")
        self.refresh()
        return card_id

    def open_card(self, card_id: int) -> None:
        from aftersales_desktop.gui.repairs.card_dialog import CardDialog

        CardDialog(self.session, card_id, parent=self).exec()
        self.refresh()

    def apply_filter(self, key: str) -> None:
        """'in_shop' and 'past_promise' come from the Today page; 'late' opens the supervisor's list."""
        self.lazy.show("in_shop" if key in ("in_shop", "past_promise") or key.startswith("age:") else "cards")
        if key in ("in_shop", "past_promise"):
            self.in_shop.only_late.setCurrentIndex(1 if key == "past_promise" else 0)
        elif key.startswith("age:"):  # 'age:3-7' or 'age:15-' from Today's chart
            combo = self.in_shop.only_late
            combo.setCurrentIndex(max(0, combo.findData(key)))
        elif key == "late":
            self.cards.state.setCurrentIndex(0)

    def open_record(self, kind: str, record_id: int) -> None:
        """A search hit: a repair card (or its receipt) opens the card."""
        if kind == "repair_card":
            self.open_card(record_id)
        elif kind == "receipt":
            from aftersales_desktop.core.models import RepairCard

            card = RepairCard.get_or_none(RepairCard.receipt == record_id)
            if card is not None:
                self.open_card(card.id)
