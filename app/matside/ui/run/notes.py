"""The done screen's notes: a short note per exercise, typed after the session.

The panel floats over the run screen's picture once the routine is done (it is not part of the
screen's layout). Nothing in it takes the focus by itself: a clicker's keys ("b", ".") reach the
run screen and are never typed into a note. Tab (:data:`matside.core.keymap.Action.NOTE`) goes
into the first note; in a note, Tab and Enter go on to the next (after the last, back to the
screen, where Enter leaves), Shift+Tab back, and Esc leaves the done screen as it does
anywhere. Each note is handed on (``written``) when it is left and when the screen goes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QLineEdit, QScrollArea, QVBoxLayout, QWidget

from matside.ui import theme
from matside.ui.text import plain_label

NOTE_LENGTH = 200
"""The longest note, in characters: a note is a line, not a diary."""

Written = Callable[[int, str], None]
"""Told ``(exercise_index, text)`` for each note changed."""


class DoneNotes(QFrame):
    """One line of note per exercise of a routine.

    Args:
        parent: the run screen (keys the notes do not take go to it).
        exercises: the routine's exercises' names, in order.
        escape: what Esc in a note does (the run screen's Esc).
        written: told of each note changed; the run screen's list, whose listeners are there
            before the panel is built (it is built when first needed).
    """

    def __init__(
        self,
        parent: QWidget,
        exercises: list[str],
        escape: Callable[[], None],
        written: list[Written] | None = None,
    ) -> None:
        super().__init__(parent)
        self._screen = parent
        self._escape = escape
        self.written: list[Written] = [] if written is None else written
        self._kept: list[str] = ["" for _ in exercises]
        self.setObjectName("doneNotes")
        theme.style(
            self,
            lambda p: (
                f"QFrame#doneNotes {{ background: {p.surface}; border-radius: 14px; }}"
                f" QLabel {{ background: transparent; color: {p.text_dim}; font-size: 15px; }}"
                f" QLabel#notesTitle {{ color: {p.accent}; font-size: 18px; font-weight: 700; }}"
                " QLineEdit { font-size: 17px; padding: 6px 8px; }"
            ),
        )
        column = QVBoxLayout(self)
        column.setContentsMargins(18, 14, 18, 14)
        column.setSpacing(6)
        title = plain_label(self.tr("Notes — press Tab to write one"))
        title.setObjectName("notesTitle")
        column.addWidget(title)
        rows = QWidget()
        rows.setStyleSheet("background: transparent;")
        rows_column = QVBoxLayout(rows)
        rows_column.setContentsMargins(0, 0, 0, 0)
        rows_column.setSpacing(4)
        self.edits: list[QLineEdit] = []
        for index, name in enumerate(exercises):
            rows_column.addWidget(plain_label(name))
            edit = QLineEdit()
            edit.setMaxLength(NOTE_LENGTH)
            edit.setPlaceholderText(self.tr("How it went, what to change next time"))
            edit.setAccessibleName(self.tr("Note on {exercise}").format(exercise=name))
            edit.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # never by Tab's own focus chain
            edit.installEventFilter(self)
            edit.editingFinished.connect(lambda i=index: self._hand_on(i))
            rows_column.addWidget(edit)
            self.edits.append(edit)
        rows_column.addStretch(1)
        self.area = QScrollArea()
        self.area.setWidgetResizable(True)
        self.area.setFrameShape(QFrame.Shape.NoFrame)
        self.area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.area.setWidget(rows)
        column.addWidget(self.area, 1)
        self.hide()

    def show_in(self, area: QRect) -> None:
        """Show the panel over ``area`` (the screen's coordinates)."""
        self.setGeometry(area)
        self.show()

    def focus_next(self) -> None:
        """Go into the next note (the first from the screen); after the last, back to the
        screen."""
        self._move(+1)

    def _move(self, step: int) -> None:
        focused = self.window().focusWidget()
        current = next((i for i, e in enumerate(self.edits) if e is focused), None)
        target = (-1 if step > 0 else len(self.edits)) if current is None else current
        target += step
        if 0 <= target < len(self.edits):
            self.edits[target].setFocus(Qt.FocusReason.TabFocusReason)
            self.area.ensureWidgetVisible(self.edits[target])
        else:
            self._screen.setFocus(Qt.FocusReason.TabFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key = event.key()
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._move(+1)
        elif key == Qt.Key.Key_Backtab:
            self._move(-1)
        elif key == Qt.Key.Key_Escape:
            self.commit()
            self._escape()
        else:
            return False
        return True

    def _hand_on(self, index: int) -> None:
        text = self.edits[index].text().strip()
        if text == self._kept[index]:
            return
        self._kept[index] = text
        for listener in list(self.written):
            listener(index, text)

    def commit(self) -> None:
        """Hand on every note changed since it was last handed on."""
        for index in range(len(self.edits)):
            self._hand_on(index)
