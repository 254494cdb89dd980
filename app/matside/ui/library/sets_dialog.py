"""How many sets: asked when starting a routine that offers a range of set counts."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from matside.core.routine import Routine
from matside.core.timeline import length_text
from matside.ui.text import plain_label, window_title


def ask_sets(routine: Routine, parent: QWidget | None) -> tuple[bool, int | None]:
    """Ask how many sets when the routine offers a choice; ``(False, None)`` when cancelled."""
    choices = routine.set_choices()
    if choices is None or len(choices) <= 1:
        return True, None
    dialog = SetsDialog(routine, list(choices), parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False, None
    return True, dialog.chosen


class SetsDialog(QDialog):
    """Asks how many sets, one big button per choice with the time it takes."""

    def __init__(self, routine: Routine, choices: list[int], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(window_title(f"{routine.name}: how many sets?"))
        self.chosen = choices[0]
        column = QVBoxLayout(self)
        column.setContentsMargins(28, 24, 28, 24)
        column.setSpacing(12)
        question = plain_label("How many sets of each move?")
        question.setStyleSheet("font-size: 20px; font-weight: 700;")
        column.addWidget(question)
        row = QHBoxLayout()
        self.buttons: dict[int, QPushButton] = {}
        for count in choices:
            button = QPushButton(f"{count} sets\n{length_text(routine, count)}")
            button.setMinimumSize(150, 70)
            button.clicked.connect(lambda _=False, c=count: self._choose(c))
            if count == choices[0]:
                button.setObjectName("primary")
                button.setDefault(True)
            row.addWidget(button)
            self.buttons[count] = button
        column.addLayout(row)

    def _choose(self, count: int) -> None:
        self.chosen = count
        self.accept()
