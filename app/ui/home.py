"""The home page: the bundled and the user's routines, each with its length and a Start button."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app import paths
from app.model import Routine, RoutineError, load_routine
from app.timeline import compile_timeline
from app.ui import theme


@dataclass(frozen=True)
class RoutineEntry:
    """A routine file as the library lists it: loaded, or with the reason it is not."""

    path: Path
    bundled: bool
    routine: Routine | None
    problems: tuple[str, ...] = ()

    @property
    def title(self) -> str:
        return self.routine.name if self.routine is not None else self.path.name


def scan_routines() -> list[RoutineEntry]:
    """The bundled routines, then the user's; a broken file is listed with its problems."""
    entries: list[RoutineEntry] = []
    sources = [(p, True) for p in paths.bundled_routines()]
    user_dir = paths.user_routines_dir()
    if user_dir.is_dir():
        sources += [(p, False) for p in sorted(user_dir.glob("*.json"))]
    for path, bundled in sources:
        try:
            entries.append(RoutineEntry(path, bundled, load_routine(path)))
        except RoutineError as error:
            entries.append(RoutineEntry(path, bundled, None, tuple(error.lines())))
    return entries


def length_text(routine: Routine, sets: int | None = None) -> str:
    """``24 min`` or ``5 min + pauses``: how long a routine takes."""
    timeline = compile_timeline(routine, sets)
    minutes = max(1, round(timeline.total_seconds / 60))
    text = f"{minutes} min"
    if timeline.open_segments:
        text += " + pauses"
    return text


class RoutineCard(QFrame):
    """One routine in the list."""

    start_requested = Signal(object)  # RoutineEntry

    def __init__(self, entry: RoutineEntry, parent: QWidget | None = None):
        super().__init__(parent)
        self.entry = entry
        self.setObjectName("card")
        row = QHBoxLayout(self)
        row.setContentsMargins(22, 16, 18, 16)
        row.setSpacing(18)
        text = QVBoxLayout()
        text.setSpacing(4)
        title = QLabel(entry.title)
        title.setStyleSheet("font-size: 22px; font-weight: 700;")
        text.addWidget(title)
        routine = entry.routine
        if routine is not None:
            facts = [
                length_text(routine),
                f"{len(routine.exercises)} exercise{'s' if len(routine.exercises) != 1 else ''}",
                "bundled" if entry.bundled else "yours",
            ]
            meta = QLabel("  ·  ".join(facts))
            meta.setStyleSheet(f"color: {theme.ACCENT}; font-size: 14px; font-weight: 600;")
            text.addWidget(meta)
            if routine.description:
                description = QLabel(routine.description)
                description.setWordWrap(True)
                description.setStyleSheet(f"color: {theme.TEXT_DIM}; font-size: 14px;")
                text.addWidget(description)
        else:
            problem = QLabel("Cannot be opened:\n" + "\n".join(entry.problems[:3]))
            problem.setWordWrap(True)
            problem.setStyleSheet("color: #FF8A80; font-size: 13px;")
            text.addWidget(problem)
        row.addLayout(text, 1)
        self.start_button = QPushButton("Start")
        self.start_button.setObjectName("primary")
        self.start_button.setMinimumWidth(110)
        self.start_button.setEnabled(routine is not None)
        self.start_button.clicked.connect(lambda: self.start_requested.emit(self.entry))
        row.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignVCenter)


class HomePage(QWidget):
    """Lists every routine; Start asks for the set count where a routine offers a range."""

    start_requested = Signal(object, object)  # RoutineEntry, sets (int | None)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(36, 28, 36, 20)
        outer.setSpacing(14)
        heading = QLabel("Matside")
        heading.setStyleSheet(f"font-size: 34px; font-weight: 800; color: {theme.ACCENT};")
        subtitle = QLabel("Pick a routine, roll out the mat, and leave the laptop be.")
        subtitle.setStyleSheet(f"font-size: 16px; color: {theme.TEXT_DIM};")
        outer.addWidget(heading)
        outer.addWidget(subtitle)
        self.list_area = QScrollArea()
        self.list_area.setWidgetResizable(True)
        self.list_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer.addWidget(self.list_area, 1)
        self.cards: list[RoutineCard] = []
        self.reload()

    def reload(self) -> None:
        """Read the routine folders again."""
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 6, 8, 6)
        column.setSpacing(12)
        self.cards = []
        for entry in scan_routines():
            card = RoutineCard(entry)
            card.start_requested.connect(self._start)
            column.addWidget(card)
            self.cards.append(card)
        column.addStretch(1)
        self.list_area.setWidget(holder)

    def _start(self, entry: RoutineEntry) -> None:
        routine = entry.routine
        if routine is None:
            return
        choices = routine.set_choices()
        sets: int | None = None
        if choices is not None and len(choices) > 1:
            dialog = SetsDialog(routine, list(choices), self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            sets = dialog.chosen
        self.start_requested.emit(entry, sets)


class SetsDialog(QDialog):
    """Asks how many sets, one big button per choice with the time it takes."""

    def __init__(self, routine: Routine, choices: list[int], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(f"{routine.name}: how many sets?")
        self.chosen = choices[0]
        column = QVBoxLayout(self)
        column.setContentsMargins(28, 24, 28, 24)
        column.setSpacing(12)
        question = QLabel("How many sets of each move?")
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
