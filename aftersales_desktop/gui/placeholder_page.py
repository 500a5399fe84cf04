"""An area that is not built yet says so plainly and what it will hold; it offers no button that pretends."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from aftersales_desktop.gui.areas import AreaSpec


class PlaceholderPage(QWidget):
    def __init__(self, spec: AreaSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        title = QLabel(spec.translated_title())
        title.setProperty("role", "title")
        layout.addWidget(title)
        card = QFrame()
        card.setProperty("role", "card")
        inner = QVBoxLayout(card)
        inner.setContentsMargins(20, 18, 20, 18)
        inner.setSpacing(10)
        status = QLabel(self.tr("This area is not built yet."))
        status.setStyleSheet("font-weight: 600; font-size: 12pt;")
        inner.addWidget(status)
        holds = QLabel(self.tr("It will hold: {what}").replace("{what}", spec.translated_placeholder()))
        holds.setWordWrap(True)
        inner.addWidget(holds)
        meanwhile = QLabel(self.tr("Until then, keep using the paper registers for this work."))
        meanwhile.setProperty("role", "hint")
        meanwhile.setWordWrap(True)
        inner.addWidget(meanwhile)
        row = QHBoxLayout()
        row.addWidget(card, 3)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        self.setObjectName(f"placeholder_{spec.key}")


class SignedOutPage(QWidget):
    """Shown while nobody is signed in: nothing of the previous person's work stays on screen."""

    sign_in_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        text = QLabel(self.tr("Nobody is signed in."))
        text.setProperty("role", "title")
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(text)
        hint = QLabel(self.tr("Press Ctrl+L or the button to sign in."))
        hint.setProperty("role", "hint")
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(hint)
        button = QPushButton(self.tr("Sign in…"))
        button.setDefault(True)
        button.clicked.connect(self.sign_in_requested)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(2)
