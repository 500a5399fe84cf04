"""Search as you type, the one way every search box does it: wait for a pause, search, show only what is current.

Typing "13912345678" is eleven keystrokes; searching on each would queue eleven searches and show their
answers one after the other, behind the typing. A LiveSearch searches at once on a keystroke that follows a
pause (the first of a burst: the answer comes with no wait), and within a burst waits until the typing pauses
(DELAY_MS, restarted by every keystroke) and then searches once for the text then in the box. An answer is
shown only if the box still holds the text it was found for: one for older text (the box changed while it was
being found) is dropped, and the next pause searches again. Enter searches at once. Each box gives `search(text) -> result` and
`show(text, result)`; a list that re-reads the box itself gives only `show` (`LiveSearch.on_pause`).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLineEdit

DELAY_MS = 180  # a pause between keystrokes longer than this means the person waits for the answer


class LiveSearch(QObject):
    def __init__(
        self,
        edit: QLineEdit,
        search: Callable[[str], Any] | None,
        show: Callable[[str, Any], None],
        *,
        delay_ms: int = DELAY_MS,
        on_enter: bool = True,
        edited_only: bool = False,
        parent: QObject | None = None,
    ) -> None:
        """`edited_only`: react to what the person types only (textEdited), not to text the program sets."""
        super().__init__(parent or edit)
        self.edit = edit
        self._search = search
        self._show = show
        self.searches = 0  # how many searches ran (tests)
        self.dropped = 0  # answers dropped because the text had changed meanwhile (tests)
        self._generation = 0
        self._last = -1e9  # when the last search ran (time.monotonic)
        self._busy = False  # a search is running (a key typed meanwhile waits for the pause)
        self._delay = delay_ms / 1000
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(self.search_now)
        (edit.textEdited if edited_only else edit.textChanged).connect(self._typed)
        if on_enter:
            edit.returnPressed.connect(self.search_now)

    @classmethod
    def on_pause(cls, edit: QLineEdit, refresh: Callable[[], None], *, delay_ms: int = DELAY_MS,
                 on_enter: bool = True) -> LiveSearch:  # fmt: skip
        """For a list that reads the box itself: call `refresh()` once the typing pauses."""
        return cls(edit, None, lambda _text, _result: refresh(), delay_ms=delay_ms, on_enter=on_enter)

    def _typed(self, _text: str) -> None:
        self._generation += 1  # whatever is being found now is for older text
        if not self._busy and not self.timer.isActive() and time.monotonic() - self._last > self._delay:
            self.search_now()  # the first keystroke after a pause: answer at once
        else:
            self.timer.start()  # within a burst: wait for the pause

    def pending(self) -> bool:
        return self.timer.isActive()

    def search_now(self) -> None:
        """Search for the box's text now (the pause came, or Enter) and show the answer if still current."""
        self.timer.stop()
        text = self.edit.text()
        generation = self._generation
        self.searches += 1
        self._busy = True
        try:
            result = self._search(text) if self._search is not None else None
        finally:
            self._busy = False
            self._last = time.monotonic()
        if generation != self._generation or self.edit.text() != text:
            self.dropped += 1  # typed on meanwhile: the next pause searches the new text
            if not self.timer.isActive():
                self.timer.start()
            return
        self._show(text, result)
