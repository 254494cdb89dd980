"""The notice bar over the library: what just happened, with an action or two (Undo a delete,
Restore edits a crash left behind)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QHideEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from matside.ui import theme
from matside.ui.text import plain_label, tip


class NoticeBar(QFrame):
    """A line at the top of the library: what just happened, and what can be done about it."""

    resized = Signal()  # shown, hidden, or a new height: the page gives or takes back room

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("notice")
        self.setStyleSheet(
            "QFrame#notice { background: palette(alternate-base); border-radius: 10px; }"
        )
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 8, 8, 8)
        row.setSpacing(8)
        text = QVBoxLayout()
        text.setSpacing(2)
        self.label = plain_label()
        self.label.setWordWrap(True)
        self.label.setStyleSheet("font-size: 15px;")
        self.details = plain_label()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        theme.style(self.details, lambda p: f"color: {p.error}; font-size: 13px;")
        text.addWidget(self.label)
        text.addWidget(self.details)
        row.addLayout(text, 1)
        self._actions = QHBoxLayout()
        row.addLayout(self._actions)
        self.close_button = QPushButton("✕")
        self.close_button.setToolTip(tip(self.tr("Dismiss")))
        self.close_button.setAccessibleName(self.tr("Dismiss"))
        # As wide as its ✕ needs in the app's style, 44 px at the least (a finger's width).
        self.close_button.setMinimumWidth(44)
        self.close_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        self.close_button.clicked.connect(self.dismiss)
        row.addWidget(self.close_button)
        self.buttons: dict[str, QPushButton] = {}
        self.hide()

    def show_notice(
        self,
        text: str,
        actions: list[tuple[str, Callable[[], None]]] | None = None,
        details: list[str] | None = None,
    ) -> None:
        """Show ``text`` with a button per action; any button, or ✕, dismisses the notice."""
        for button in self.buttons.values():
            self._actions.removeWidget(button)
            button.deleteLater()
        self.buttons = {}
        self.label.setText(text)
        shown = (details or [])[:8]
        if details and len(details) > len(shown):
            shown.append(self.tr("…and {count} more").format(count=len(details) - len(shown)))
        self.details.setText("\n".join(shown))
        self.details.setVisible(bool(shown))
        for caption, action in actions or []:
            button = QPushButton(caption)
            button.clicked.connect(lambda _=False, a=action: self._run(a))
            self._actions.addWidget(button)
            self.buttons[caption] = button
        self.show()

    def _run(self, action: Callable[[], None]) -> None:
        self.dismiss()
        action()

    def dismiss(self) -> None:
        self.hide()
        self.label.setText("")

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.resized.emit()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.resized.emit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.resized.emit()
