"""Searchable combo boxes for staff and rules: type any part of a name, code or title, pick with Enter."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from aftersales_desktop.core.models import Staff
from aftersales_desktop.core.queries.conduct import RuleRow, rules
from aftersales_desktop.core.vocab import ROLE

KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # extra search key of an item, e.g. pinyin initials 'cxy'


class SearchCombo(QComboBox):
    """An editable combo whose completer matches anywhere in the item text; `current_id()` reads the pick."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        # long rule titles must not make the dialog as wide as the screen; the popup shows them whole
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(16)
        self.currentIndexChanged.connect(lambda _index: self.lineEdit().setCursorPosition(0))  # show the start
        completer = self.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def current_id(self) -> int | None:
        """The id of the item whose text is typed exactly (after the completer filled it), else None."""
        typed = self.currentText().strip()
        if not typed:
            return None
        index = self.findText(typed, Qt.MatchFlag.MatchFixedString)
        if index < 0:  # part of a name, title or pinyin initials that fits exactly one item is enough
            needle = typed.lower()
            hits = [i for i in range(self.count())
                    if needle in self.itemText(i).lower() or needle == (self.itemData(i, KEY_ROLE) or "")]
            index = hits[0] if len(hits) == 1 else -1
        return self.itemData(index) if index >= 0 else None

    def select_id(self, item_id: int | None) -> None:
        index = self.findData(item_id)
        self.setCurrentIndex(index)
        if index < 0:
            self.setEditText("")


class StaffCombo(SearchCombo):
    """Staff by name and role (or pinyin initials, e.g. cxy); by default only people still working here."""

    def __init__(self, parent: QWidget | None = None, include_left: bool = False) -> None:
        super().__init__(parent)
        query = Staff.select().order_by(Staff.role, Staff.name)
        if not include_left:
            query = query.where(Staff.active)
        for person in query:
            text = f"{person.name}({ROLE.label(person.role)})"
            self.addItem(text, person.id)
            self.setItemData(self.count() - 1, (person.name_initials or "").lower(), KEY_ROLE)
        self.setCurrentIndex(-1)


class RuleCombo(SearchCombo):
    """Rules in use, shown as 'code title'; the RuleRow of the pick is `current_rule()`."""

    def __init__(self, parent: QWidget | None = None, include_retired: bool = False) -> None:
        super().__init__(parent)
        self.rows: dict[int, RuleRow] = {}
        for row in rules(include_retired=include_retired):
            self.rows[row.id] = row
            self.addItem(f"{row.code} {row.title}", row.id)
            self.setItemData(self.count() - 1, row.source, Qt.ItemDataRole.ToolTipRole)
        self.setCurrentIndex(-1)
        self.setMinimumContentsLength(36)
        self.view().setMinimumWidth(560)

    def current_rule(self) -> RuleRow | None:
        rule_id = self.current_id()
        return self.rows.get(rule_id) if rule_id is not None else None
