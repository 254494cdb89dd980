"""The routine editor: a form for a routine and its exercises, which never loses an edit.

The page keeps the routine as JSON data (``self.data``), the same shape as the file. Every edit
changes that data and is checked by the loader's own rules
(``matside.core.routine.routine_from_data``);
each problem is shown beside the field its place names (``exercises[2].reps`` -> the reps field
of the third exercise), and Save says why it cannot save yet.

Every committed edit is a snapshot of the data, so Ctrl+Z / Ctrl+Shift+Z undo and redo
everything (typing into one field counts as one edit until another field is touched). A short
while after each edit, the unsaved data goes to a recovery file, which is offered back after a
crash and removed after a save or a discard. A file changed on disk since it was opened is not
overwritten without asking.
"""

from __future__ import annotations

import copy
import re
import time
import uuid
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from matside.core.history import History
from matside.core.routine import (
    Problem,
    Routine,
    RoutineError,
    exercise_from_data,
    routine_from_data,
    routine_to_data,
)
from matside.core.timeline import compile_timeline, format_duration
from matside.storage import library, paths
from matside.storage import recovery as recovery_files
from matside.storage.files import FileRefused
from matside.storage.library import FileStamp
from matside.storage.recovery import Recovery
from matside.storage.routine_files import load_routine, save_routine
from matside.ui import theme
from matside.ui.editor_fields import (
    ExerciseList,
    FieldBox,
    FormGrid,
    ImageStrip,
    NumberEdit,
    RestEdit,
    SetsEdit,
    UndoKeysToPage,
)
from matside.ui.home import ask_sets
from matside.ui.library_style import ERROR, PAGE_STYLE
from matside.ui.picture import picture_problem
from matside.ui.text import message_box, plain_label, tip

Chooser = Callable[[str, Sequence[str]], str | None]
"""Asks a question with the given answers; returns the one picked, or None (closed)."""

RECOVERY_DELAY_MS = 600
"""How long after an edit the unsaved data is written to the recovery file."""
RECOVERY_RETRY_MS = 10_000
"""How long after a recovery file could not be written (a full disk) it is tried again."""
UNPROTECTED = (
    "Your edits are not protected right now: they cannot be kept in case Matside closes"
    " ({reason}). Matside keeps trying; saving keeps them for good."
)

MEASURES = ("time", "paced", "self-paced")
MEASURE_WORDS = ("Time (seconds)", "Reps at a set pace", "Reps at your own pace")
_FIELD_WORDS = {
    "name": "name",
    "description": "description",
    "source": "source",
    "prepare_seconds": "get ready",
    "switch_seconds": "switch sides",
    "rest_between_sets": "rest between sets",
    "rest_after_exercise": "rest after each exercise",
    "rest_after": "rest after",
    "seconds": "seconds",
    "reps": "reps",
    "tempo": "seconds per rep",
    "sets": "sets",
    "sides": "sides",
    "images": "pictures",
    "instructions": "instructions",
}


def new_routine_data() -> dict[str, Any]:
    """What New routine starts from: valid, so the form starts without complaints."""
    return {
        "format": 1,
        "name": "New routine",
        "description": "",
        "source": "",
        "language": "en",
        "prepare_seconds": 10,
        "switch_seconds": 5,
        "rest_between_sets": 30,
        "rest_after_exercise": 30,
        "exercises": [new_exercise_data()],
    }


def new_exercise_data() -> dict[str, Any]:
    return {"name": "New exercise", "seconds": 30, "sides": "one", "sets": 1}


def paragraphs(text: str) -> list[str]:
    """Instructions as typed -> paragraphs: blank lines separate them."""
    return [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]


def measure_of(exercise: dict[str, Any]) -> str:
    if "seconds" in exercise:
        return "time"
    return "paced" if "tempo" in exercise else "self-paced"


def plain(message: str) -> str:
    """A loader message without ``got ""``, which says nothing about an empty field."""
    return message.replace(', got ""', "")


def readable(message: str) -> str:
    """A loader message for showing beside a field, as a sentence."""
    message = plain(message)
    return message[:1].upper() + message[1:]


def exercise_place(problem: Problem) -> tuple[int, str] | None:
    """Which exercise a problem is in, and the key of the exercise's field it names (``""``
    for the exercise as a whole): ``("exercises", 1, "sets", "min")`` -> ``(1, "sets")``.
    None for a problem outside the exercises."""
    path = problem.path
    if len(path) < 2 or path[0] != "exercises" or not isinstance(path[1], int):
        return None
    key = path[2] if len(path) > 2 and isinstance(path[2], str) else ""
    return path[1], key


def place_words(problem: Problem, data: dict[str, Any]) -> str:
    """``exercises[1].reps`` -> ``Exercise 2 “Lunge”, reps``: a problem's place as people say
    it."""
    place = exercise_place(problem)
    if place is None:
        path = problem.path
        if len(path) == 1 and isinstance(path[0], str):
            return _FIELD_WORDS.get(path[0], path[0]).capitalize()
        return problem.place.capitalize()
    number, key = place
    exercises = data.get("exercises")
    name = ""
    if isinstance(exercises, list) and number < len(exercises):
        item = exercises[number]
        if isinstance(item, dict) and isinstance(item.get("name"), str):
            name = f" “{item['name']}”" if item["name"].strip() else ""
    words = f"Exercise {number + 1}{name}"
    return f"{words}, {_FIELD_WORDS.get(key, key)}" if key else words


class EditorPage(QWidget):
    """Edit one routine of the user's, or a new one.

    Args:
        choose: asks a question with a few answers (Save / Discard / Cancel); a message box
            unless a test passes its own. Also settable as the attribute ``choose``.

    The picture file dialog is the attribute ``pick_images`` and the set-count question is
    ``ask_sets``, so that tests can answer them.
    """

    start_requested = Signal(object, object, object)  # Routine, sets (int | None), its file
    leave = Signal()  # back to the library; unsaved changes were saved or discarded first
    saved = Signal(object)  # Path

    def __init__(self, parent: QWidget | None = None, choose: Chooser | None = None):
        super().__init__(parent)
        self.choose: Chooser = choose or self._choose_in_a_box
        self.pick_images: Callable[[], list[Path]] = self._pick_images_dialog
        self.ask_sets: Callable[[Routine], tuple[bool, int | None]] = lambda r: ask_sets(r, self)
        self.path: Path | None = None
        self.data: dict[str, Any] = {}
        self.routine: Routine | None = None
        self.problems: list[Problem] = []
        self._saved_data: dict[str, Any] | None = None
        self._stamp: FileStamp | None = None
        self.history = History()
        self._current = -1
        self._loading = False
        self._recovery_file: Path | None = None
        # Each editor keeps its own recovery files: two editors of one routine (two windows,
        # two Matsides) never remove each other's (see recovery_files.recovery_file_for).
        self._editor_key = uuid.uuid4().hex[:12]
        self.recovery_problem: str | None = None  # why the last recovery write failed
        self._recovery_timer = QTimer(self)
        self._recovery_timer.setSingleShot(True)
        self._recovery_timer.setInterval(RECOVERY_DELAY_MS)
        self._recovery_timer.timeout.connect(self.flush_recovery)
        self._build()
        self._connect()

    # ---------------------------------------------------------------------------------------
    # Building the page

    def _build(self) -> None:
        self.setObjectName("editor")
        self.setStyleSheet(
            PAGE_STYLE
            + f"""
            QListWidget {{ background: transparent; border: none; outline: 0; font-size: 14px; }}
            QListWidget::item {{
                background: palette(alternate-base); border-radius: 8px; padding: 8px 10px;
                margin: 2px 0;
            }}
            QListWidget::item:hover {{ background: #31404F; }}
            QListWidget::item:selected {{
                background: #3A4656; color: {theme.TEXT}; border-left: 4px solid {theme.ACCENT};
            }}
            """
        )
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 14)
        outer.setSpacing(10)

        top = QHBoxLayout()
        top.setSpacing(10)
        self.back_button = QPushButton("‹  Library")
        self.back_button.setToolTip("Back to the library (asks first if there are unsaved changes)")
        top.addWidget(self.back_button)
        titles = QVBoxLayout()
        titles.setSpacing(0)
        self.title_label = plain_label()
        self.title_label.setStyleSheet("font-size: 22px; font-weight: 800;")
        self.status_label = plain_label()
        self.status_label.setStyleSheet(f"color: {theme.TEXT_DIM}; font-size: 13px;")
        self.status_label.setWordWrap(True)
        self.unprotected_label = plain_label()
        self.unprotected_label.setStyleSheet(f"color: {ERROR}; font-size: 13px;")
        self.unprotected_label.setWordWrap(True)
        self.unprotected_label.hide()
        titles.addWidget(self.title_label)
        titles.addWidget(self.status_label)
        titles.addWidget(self.unprotected_label)
        top.addSpacing(8)
        top.addLayout(titles, 1)
        self.length_label = plain_label()
        self.length_label.setStyleSheet(
            f"color: {theme.ACCENT}; font-size: 17px; font-weight: 700; margin-right: 8px;"
        )
        top.addWidget(self.length_label)
        self.undo_button = QPushButton("Undo")
        self.undo_button.setToolTip("Undo the last edit (Ctrl+Z)")
        self.redo_button = QPushButton("Redo")
        self.redo_button.setToolTip("Redo (Ctrl+Shift+Z)")
        self.start_button = QPushButton("Start")
        self.start_button.setToolTip("Run the routine as it is in the form now")
        self.save_button = QPushButton("Save")
        self.save_button.setObjectName("primary")
        self.save_button.setMinimumWidth(96)
        for button in (self.undo_button, self.redo_button, self.start_button, self.save_button):
            button.setMinimumHeight(42)
            top.addWidget(button)
        outer.addLayout(top)
        self.save_reason = plain_label()
        self.save_reason.setWordWrap(True)
        self.save_reason.setStyleSheet(
            f"color: {ERROR}; font-size: 14px; font-weight: 600; background: palette(base);"
            " border-radius: 8px; padding: 8px 12px;"
        )
        self.save_reason.hide()
        outer.addWidget(self.save_reason)

        body = QHBoxLayout()
        body.setSpacing(16)
        body.addWidget(self._build_routine_side())
        body.addWidget(self._build_exercise_side(), 1)
        outer.addLayout(body, 1)

        guard = UndoKeysToPage(self)
        for widget in self.findChildren(QLineEdit) + self.findChildren(QPlainTextEdit):
            widget.installEventFilter(guard)

    def _section(self, text: str) -> QLabel:
        label = plain_label(text.upper())
        label.setObjectName("section")
        return label

    def _build_routine_side(self) -> QFrame:
        side = QFrame()
        side.setObjectName("panel")
        side.setFixedWidth(450)
        column = QVBoxLayout(side)
        column.setContentsMargins(18, 14, 18, 14)
        column.setSpacing(8)
        column.addWidget(self._section("Routine"))
        form = FormGrid(spacing=8)
        self.name_edit = QLineEdit()
        self.description_edit = QPlainTextEdit()
        self.description_edit.setPlaceholderText("What the routine is for; shown in the library")
        self.description_edit.setFixedHeight(80)
        self.source_edit = QLineEdit()
        self.source_edit.setPlaceholderText("Where the content comes from")
        self.prepare_edit = NumberEdit("10", 70)
        self.switch_edit = NumberEdit("5", 70)
        self.rest_sets_edit = RestEdit("30")
        self.rest_after_edit = RestEdit("30")
        self.routine_boxes: dict[str, FieldBox] = {
            "name": FieldBox(self.name_edit),
            "description": FieldBox(self.description_edit),
            "source": FieldBox(self.source_edit),
            "prepare_seconds": FieldBox(self.prepare_edit, "s"),
            "switch_seconds": FieldBox(self.switch_edit, "s"),
            "rest_between_sets": FieldBox(self.rest_sets_edit),
            "rest_after_exercise": FieldBox(self.rest_after_edit),
        }
        self.rest_sets_edit.seconds.setFixedWidth(70)
        self.rest_after_edit.seconds.setFixedWidth(70)
        self.routine_boxes["rest_between_sets"].inputs = [self.rest_sets_edit.seconds]
        self.routine_boxes["rest_after_exercise"].inputs = [self.rest_after_edit.seconds]
        timing = QHBoxLayout()
        timing.setSpacing(14)
        timing.addWidget(self.routine_boxes["prepare_seconds"])
        switch_label = plain_label("Switch sides")
        timing.addWidget(switch_label)
        timing.addWidget(self.routine_boxes["switch_seconds"])
        timing.addStretch(1)
        form.add_row("Name", self.routine_boxes["name"])
        form.add_row("Description", self.routine_boxes["description"])
        form.add_row("Source", self.routine_boxes["source"])
        form.add_row("Get ready", timing)
        form.add_row("Rest between sets", self.routine_boxes["rest_between_sets"])
        form.add_row("Rest after exercise", self.routine_boxes["rest_after_exercise"])
        self.routine_error = plain_label()
        self.routine_error.setWordWrap(True)
        self.routine_error.setStyleSheet(f"color: {ERROR}; font-size: 13px; font-weight: 600;")
        self.routine_error.hide()
        column.addLayout(form)
        column.addWidget(self.routine_error)

        heading = QHBoxLayout()
        self.exercises_heading = self._section("Exercises")
        heading.addWidget(self.exercises_heading)
        heading.addStretch(1)
        column.addSpacing(6)
        column.addLayout(heading)
        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        self.add_button = QPushButton("Add")
        self.add_button.setToolTip("Add an exercise after the chosen one")
        self.duplicate_button = QPushButton("Duplicate")
        self.remove_button = QPushButton("Remove")
        self.up_button = QPushButton("▲")
        self.up_button.setToolTip("Move up (Alt+Up); or drag it")
        self.down_button = QPushButton("▼")
        self.down_button.setToolTip("Move down (Alt+Down); or drag it")
        for button in (
            self.add_button,
            self.duplicate_button,
            self.remove_button,
            self.up_button,
            self.down_button,
        ):
            button.setStyleSheet("padding: 6px 10px;")
            buttons.addWidget(button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        self.exercise_list = ExerciseList()
        column.addWidget(self.exercise_list, 1)
        self.exercises_error = plain_label()
        self.exercises_error.setWordWrap(True)
        self.exercises_error.setStyleSheet(f"color: {ERROR}; font-size: 13px; font-weight: 600;")
        self.exercises_error.hide()
        column.addWidget(self.exercises_error)
        return side

    def _build_exercise_side(self) -> QFrame:
        side = QFrame()
        side.setObjectName("panel")
        side.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        side.setMinimumWidth(560)
        side_column = QVBoxLayout(side)
        side_column.setContentsMargins(4, 4, 4, 4)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side_column.addWidget(scroll)
        holder = QWidget()
        scroll.setWidget(holder)
        column = QVBoxLayout(holder)
        column.setContentsMargins(18, 10, 18, 10)
        column.setSpacing(8)
        self.exercise_heading = self._section("Exercise")
        column.addWidget(self.exercise_heading)
        self.exercise_error = plain_label()
        self.exercise_error.setWordWrap(True)
        self.exercise_error.setStyleSheet(f"color: {ERROR}; font-size: 13px; font-weight: 600;")
        self.exercise_error.hide()
        column.addWidget(self.exercise_error)
        self.no_exercise = plain_label("No exercises yet. Add one on the left.")
        self.no_exercise.setStyleSheet(f"color: {theme.TEXT_DIM}; font-size: 16px;")
        column.addWidget(self.no_exercise)

        self.exercise_form = QWidget()
        self.exercise_form.setObjectName("clear")
        form = FormGrid(self.exercise_form)
        self.ex_name = QLineEdit()
        self.ex_name.setStyleSheet("font-size: 17px; font-weight: 700;")
        self.measure_combo = QComboBox()
        self.measure_combo.addItems(list(MEASURE_WORDS))
        self.measure_combo.setToolTip(
            "Time: a countdown. Reps at a set pace: the app paces and counts them. "
            "Reps at your own pace: press Space when done."
        )
        self.seconds_edit = NumberEdit("30", 80)
        self.seconds_unit = plain_label("seconds")
        self.reps_edit = NumberEdit("8", 70)
        self.reps_unit = plain_label("reps")
        self.tempo_times = plain_label("×")
        self.tempo_edit = NumberEdit("4", 70)
        self.tempo_unit = plain_label("s per rep")
        for label in (self.seconds_unit, self.reps_unit, self.tempo_times, self.tempo_unit):
            label.setStyleSheet(f"color: {theme.TEXT_DIM};")
        self.work_box = FieldBox(
            self.measure_combo,
            self.seconds_edit,
            self.seconds_unit,
            self.reps_edit,
            self.reps_unit,
            self.tempo_times,
            self.tempo_edit,
            self.tempo_unit,
        )
        self.work_box.layout().itemAt(0).layout().addStretch(1)  # type: ignore[union-attr]
        self.sides_combo = QComboBox()
        self.sides_combo.addItems(["One side (or both at once)", "Each side: left, then right"])
        self.sets_edit = SetsEdit()
        self.ex_rest_sets = RestEdit()
        self.ex_rest_after = RestEdit()
        self.instructions_edit = QPlainTextEdit()
        self.instructions_edit.setPlaceholderText(
            "Start position.\n\nThe movement.\n\nWhat you should feel.\n\nSafety."
        )
        self.instructions_edit.setFixedHeight(170)
        self.images = ImageStrip()
        self.exercise_boxes: dict[str, FieldBox] = {
            "name": FieldBox(self.ex_name),
            "work": self.work_box,
            "sides": FieldBox(self.sides_combo),
            "sets": FieldBox(
                self.sets_edit,
                hint="3 to 4: you pick the count when you start. "
                "Second box empty: always the same count.",
            ),
            "rest_between_sets": FieldBox(self.ex_rest_sets),
            "rest_after": FieldBox(self.ex_rest_after),
            "instructions": FieldBox(
                self.instructions_edit,
                hint="Paragraphs, separated by a blank line. They are shown on the run screen.",
            ),
            "images": FieldBox(self.images),
        }
        self.exercise_boxes["sides"].layout().itemAt(0).layout().addStretch(1)  # type: ignore[union-attr]
        self.exercise_boxes["sets"].inputs = [self.sets_edit.low, self.sets_edit.high]
        self.exercise_boxes["rest_between_sets"].inputs = [self.ex_rest_sets.seconds]
        self.exercise_boxes["rest_after"].inputs = [self.ex_rest_after.seconds]
        form.add_row("Name", self.exercise_boxes["name"])
        form.add_row("Work", self.work_box)
        form.add_row("Sides", self.exercise_boxes["sides"])
        form.add_row("Sets", self.exercise_boxes["sets"])
        form.add_row("Rest between sets", self.exercise_boxes["rest_between_sets"])
        form.add_row("Rest after", self.exercise_boxes["rest_after"])
        form.add_row("Instructions", self.exercise_boxes["instructions"])
        form.add_row("Pictures", self.exercise_boxes["images"])
        column.addWidget(self.exercise_form)
        column.addStretch(1)
        return side

    def _connect(self) -> None:
        self.back_button.clicked.connect(self.back)
        self.undo_button.clicked.connect(self.undo)
        self.redo_button.clicked.connect(self.redo)
        self.save_button.clicked.connect(self.save)
        self.start_button.clicked.connect(self.start)
        for key, signal in (
            ("name", self.name_edit.textChanged),
            ("description", self.description_edit.textChanged),
            ("source", self.source_edit.textChanged),
            ("prepare_seconds", self.prepare_edit.textChanged),
            ("switch_seconds", self.switch_edit.textChanged),
            ("rest_between_sets", self.rest_sets_edit.changed),
            ("rest_after_exercise", self.rest_after_edit.changed),
        ):
            signal.connect(lambda *_args, k=key: self._routine_edited(k))
        for key, signal in (
            ("name", self.ex_name.textChanged),
            ("work", self.seconds_edit.textChanged),
            ("work", self.reps_edit.textChanged),
            ("work", self.tempo_edit.textChanged),
            ("sides", self.sides_combo.currentIndexChanged),
            ("sets", self.sets_edit.changed),
            ("rest_between_sets", self.ex_rest_sets.changed),
            ("rest_after", self.ex_rest_after.changed),
            ("instructions", self.instructions_edit.textChanged),
        ):
            signal.connect(lambda *_args, k=key: self._exercise_edited(k))
        self.measure_combo.currentIndexChanged.connect(self._measure_changed)
        self.images.add_clicked.connect(self.add_images)
        self.images.remove_clicked.connect(self.remove_image)
        self.exercise_list.currentRowChanged.connect(self._list_row_changed)
        self.exercise_list.moved.connect(self.move_exercise)
        self.add_button.clicked.connect(self.add_exercise)
        self.duplicate_button.clicked.connect(self.duplicate_exercise)
        self.remove_button.clicked.connect(self.remove_exercise)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, action in (
            (QKeySequence(QKeySequence.StandardKey.Undo), self.undo),
            (QKeySequence("Ctrl+Shift+Z"), self.redo),
            (QKeySequence("Ctrl+Y"), self.redo),
            (QKeySequence(QKeySequence.StandardKey.Save), self.save),
            (QKeySequence("Alt+Up"), lambda: self.move_current(-1)),
            (QKeySequence("Alt+Down"), lambda: self.move_current(1)),
        ):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(context)
            shortcut.activated.connect(action)

    # ---------------------------------------------------------------------------------------
    # Opening and closing

    @property
    def is_open(self) -> bool:
        return bool(self.data)

    @property
    def is_dirty(self) -> bool:
        """True when the form holds edits that are not saved."""
        return self.is_open and self.data != self._saved_data

    def open_target(self, path: Path | None, recovery: Recovery | None = None) -> bool:
        """Open a routine file (None: a new routine), or kept edits of one; False if refused."""
        if path is not None and path.is_file():
            return self.open_routine(path, recovery)
        return self.new_routine(recovery)

    def open_routine(self, path: Path, recovery: Recovery | None = None) -> bool:
        """Open one of the user's routine files.

        Edits kept from an earlier session are used when passed as ``recovery``, or offered
        (Restore / Discard) when a recovery file for this routine is found.
        """
        if not self.confirm_leave():
            return False
        try:
            routine = load_routine(path)
        except RoutineError as error:
            self.choose(
                "This routine cannot be opened in the form:\n" + "\n".join(error.lines()),
                ["OK"],
            )
            return False
        saved = routine_to_data(routine)
        kept = recovery or recovery_files.find_recovery(path)
        if kept is not None and recovery is None and kept.data != saved:
            when = time.strftime("%a %d %b, %H:%M", time.localtime(kept.saved_at))
            answer = self.choose(
                f"Unsaved changes to “{kept.name}” from {when} were kept when Matside "
                "closed. Restore them?",
                ["Restore", "Discard"],
            )
            if answer != "Restore":
                recovery_files.discard_recovery(kept.file)
                kept = None
        elif kept is not None and recovery is None:
            recovery_files.discard_recovery(kept.file)
            kept = None
        self.path = path
        self._stamp = FileStamp.of(path)
        self._use_recovery_file(
            kept.file
            if kept is not None
            else recovery_files.recovery_file_for(path, self._editor_key)
        )
        self._start_editing(saved, kept.data if kept is not None else saved)
        return True

    def new_routine(self, recovery: Recovery | None = None) -> bool:
        """Start a routine that has no file yet (from kept edits when ``recovery`` is given)."""
        if not self.confirm_leave():
            return False
        self.path = None
        self._stamp = None
        start = new_routine_data()
        self._use_recovery_file(
            recovery.file if recovery is not None else recovery_files.recovery_file_for(None)
        )
        self._start_editing(start, recovery.data if recovery is not None else start)
        return True

    def _start_editing(self, saved: dict[str, Any], data: dict[str, Any]) -> None:
        self._saved_data = copy.deepcopy(saved)
        self.data = copy.deepcopy(data)
        exercises = self.data.get("exercises")
        self._current = 0 if isinstance(exercises, list) and exercises else -1
        self.history.start(self.data, self._current)
        self._fill_all()
        self._after_change()
        if self.is_dirty:
            self.flush_recovery()
        self.exercise_list.setFocus()  # arrows pick an exercise, Alt+arrows move it

    def close_routine(self) -> None:
        """Forget the routine (after it was saved or its changes discarded)."""
        self._recovery_timer.stop()
        self._use_recovery_file(None)
        self.data = {}
        self._saved_data = None
        self.routine = None
        self.history.clear()

    def confirm_leave(self) -> bool:
        """Before leaving the routine: ask about unsaved changes. True when it may be left."""
        if not self.is_open:
            return True
        if self.is_dirty:
            name = self._name()
            if self.problems:
                answer = self.choose(
                    f"“{name}” has unsaved changes that cannot be saved yet:\n"
                    + self._problem_lines(3)
                    + "\n\nDiscard the changes, or go back and fix them?",
                    ["Discard", "Cancel"],
                )
            else:
                answer = self.choose(
                    f"Save the changes to “{name}”?", ["Save", "Discard", "Cancel"]
                )
            if answer == "Save":
                if not self.save():
                    return False
            elif answer == "Discard":
                self._discard_recovery()
            else:
                return False
        else:
            self._discard_recovery()
        self.close_routine()
        return True

    def back(self) -> None:
        """Back to the library, asking about unsaved changes first."""
        last = self.path
        if self.confirm_leave():
            self.path = last
            self.leave.emit()

    # ---------------------------------------------------------------------------------------
    # Saving

    def save(self) -> bool:
        """Save the routine; True when it is saved (asks first if the file changed on disk)."""
        if not self.is_open:
            return False
        self._validate()
        if self.routine is None:
            self._show_state()
            return False
        folder = paths.user_routines_dir()
        target = self.path
        if target is None:
            target = library.unique_path(folder, library.slug(self.routine.name))
        elif library.changed_since(target, self._stamp):
            gone = not target.exists()
            answer = self.choose(
                f"“{target.name}” was "
                + ("deleted" if gone else "changed by another program")
                + " since you opened it. Replace it with your version, or save yours as a"
                " copy?",
                ["Replace", "Save as copy", "Cancel"],
            )
            if answer == "Save as copy":
                target = library.unique_path(folder, library.slug(self.routine.name))
            elif answer != "Replace":
                return False
        try:
            save_routine(self.routine, target)
        except OSError as error:
            self.choose(f"Could not save {target}: {error.strerror}", ["OK"])
            return False
        old_recovery = self._recovery_file
        self.path = target
        self._stamp = FileStamp.of(target)
        self._saved_data = copy.deepcopy(self.data)
        if old_recovery is not None:
            recovery_files.discard_recovery(old_recovery)
        self._use_recovery_file(recovery_files.recovery_file_for(target, self._editor_key))
        self._recovery_timer.stop()
        self._show_state()
        self.saved.emit(target)
        return True

    # ---------------------------------------------------------------------------------------
    # Recovery

    def flush_recovery(self) -> None:
        """Write the unsaved data to the recovery file now (it is removed once clean).

        When it cannot be written (a full disk, a read-only folder) the editor goes on: a
        notice says that the edits are not protected right now, and the write is tried again
        a while later (and after the next edit) until it works, which hides the notice.
        """
        self._recovery_timer.stop()
        if self._recovery_file is None or not self.is_open:
            self._set_recovery_problem(None)
            return
        if not self.is_dirty:
            recovery_files.discard_recovery(self._recovery_file)
            self._set_recovery_problem(None)
            return
        try:
            recovery_files.write_recovery(self._recovery_file, self.path, self.data)
        except (OSError, ValueError) as error:  # ValueError: text the file system refuses
            reason = error.strerror if isinstance(error, OSError) else None
            self._set_recovery_problem(reason or str(error) or type(error).__name__)
            self._recovery_timer.start(RECOVERY_RETRY_MS)
        else:
            self._set_recovery_problem(None)

    def _set_recovery_problem(self, reason: str | None) -> None:
        self.recovery_problem = reason
        if reason is None:
            self.unprotected_label.hide()
            self.unprotected_label.clear()
        else:
            self.unprotected_label.setText(UNPROTECTED.format(reason=reason))
            self.unprotected_label.show()

    def _use_recovery_file(self, file: Path | None) -> None:
        """Keep the unsaved edits in ``file`` from now on (None: none), holding it so that
        nobody else offers it as left over from a crash while this editor writes it."""
        recovery_files.release_recovery(self._recovery_file)
        self._recovery_file = file
        if file is not None:
            recovery_files.hold_recovery(file)

    def _discard_recovery(self) -> None:
        self._recovery_timer.stop()
        if self._recovery_file is not None:
            recovery_files.discard_recovery(self._recovery_file)

    @property
    def recovery_file(self) -> Path | None:
        return self._recovery_file

    # ---------------------------------------------------------------------------------------
    # Undo and redo

    @property
    def can_undo(self) -> bool:
        return self.history.can_undo

    @property
    def can_redo(self) -> bool:
        return self.history.can_redo

    def undo(self) -> None:
        self._restore(self.history.undo())

    def redo(self) -> None:
        self._restore(self.history.redo())

    def _restore(self, state: tuple[dict[str, Any], int] | None) -> None:
        if state is None:
            return
        self.data, current = state
        count = len(self._exercises())
        self._current = min(max(current, 0), count - 1) if count else -1
        self._fill_all()
        self._after_change()

    def _commit(self, key: str | None) -> None:
        """Record the data as one edit; typing on in the same field extends the last one."""
        if self.history.record(self.data, key, self._current):
            self._after_change()

    # ---------------------------------------------------------------------------------------
    # Editing the routine

    def _routine_edited(self, key: str) -> None:
        if self._loading or not self.is_open:
            return
        value: Any
        if key == "name":
            value = self.name_edit.text()
        elif key == "description":
            value = self.description_edit.toPlainText()
        elif key == "source":
            value = self.source_edit.text()
        elif key == "prepare_seconds":
            value = self.prepare_edit.value()
        elif key == "switch_seconds":
            value = self.switch_edit.value()
        elif key == "rest_between_sets":
            value = self.rest_sets_edit.value()
        else:
            value = self.rest_after_edit.value()
        if value is None:
            self.data.pop(key, None)
        else:
            self.data[key] = value
        self._commit(key)

    def _exercises(self) -> list[Any]:
        exercises = self.data.get("exercises")
        if not isinstance(exercises, list):
            exercises = []
            self.data["exercises"] = exercises
        return exercises

    def _exercise(self) -> dict[str, Any] | None:
        exercises = self._exercises()
        if not 0 <= self._current < len(exercises):
            return None
        if not isinstance(exercises[self._current], dict):
            exercises[self._current] = {}
        item: dict[str, Any] = exercises[self._current]
        return item

    def _exercise_edited(self, key: str) -> None:
        if self._loading or not self.is_open:
            return
        exercise = self._exercise()
        if exercise is None:
            return
        if key == "name":
            exercise["name"] = self.ex_name.text()
        elif key == "work":
            self._write_work(exercise)
        elif key == "sides":
            exercise["sides"] = "each" if self.sides_combo.currentIndex() == 1 else "one"
        elif key == "instructions":
            exercise["instructions"] = paragraphs(self.instructions_edit.toPlainText())
        else:
            fields: dict[str, SetsEdit | RestEdit] = {
                "sets": self.sets_edit,
                "rest_between_sets": self.ex_rest_sets,
                "rest_after": self.ex_rest_after,
            }
            value = fields[key].value()
            if value is None:
                exercise.pop(key, None)
            else:
                exercise[key] = value
        self._commit(f"exercises[{self._current}].{key}")

    def _write_work(self, exercise: dict[str, Any]) -> None:
        measure = MEASURES[self.measure_combo.currentIndex()]
        for key in ("seconds", "reps", "tempo"):
            exercise.pop(key, None)
        # An empty box stays in the data as "", so the loader names the field that is empty.
        if measure == "time":
            exercise["seconds"] = _or_empty(self.seconds_edit.value())
        else:
            exercise["reps"] = _or_empty(self.reps_edit.value())
            if measure == "paced":
                exercise["tempo"] = _or_empty(self.tempo_edit.value())

    def _measure_changed(self, _index: int) -> None:
        if self._loading:
            return
        self._show_measure()
        measure = MEASURES[self.measure_combo.currentIndex()]
        defaults = [(self.seconds_edit, "30")] if measure == "time" else [(self.reps_edit, "8")]
        if measure == "paced":
            defaults.append((self.tempo_edit, "4"))
        self._loading = True
        for edit, text in defaults:
            if not edit.text().strip():
                edit.setText(text)
        self._loading = False
        self._exercise_edited("work")

    def _show_measure(self) -> None:
        measure = MEASURES[self.measure_combo.currentIndex()]
        for widget in (self.seconds_edit, self.seconds_unit):
            widget.setVisible(measure == "time")
        for widget in (self.reps_edit, self.reps_unit):
            widget.setVisible(measure != "time")
        for widget in (self.tempo_times, self.tempo_edit, self.tempo_unit):
            widget.setVisible(measure == "paced")

    def add_exercise(self) -> None:
        if not self.is_open:
            return
        exercises = self._exercises()
        self._current = min(self._current + 1, len(exercises)) if exercises else 0
        exercises.insert(self._current, new_exercise_data())
        self._structure_changed()
        self.ex_name.setFocus()
        self.ex_name.selectAll()

    def duplicate_exercise(self) -> None:
        exercise = self._exercise()
        if exercise is None:
            return
        self._current += 1
        self._exercises().insert(self._current, copy.deepcopy(exercise))
        self._structure_changed()

    def remove_exercise(self) -> None:
        exercises = self._exercises()
        if not 0 <= self._current < len(exercises):
            return
        del exercises[self._current]
        self._current = min(self._current, len(exercises) - 1)
        self._structure_changed()

    def move_current(self, step: int) -> None:
        """Move the chosen exercise ``step`` places (Alt+Up / Alt+Down)."""
        if self.is_open and self._current >= 0:
            self.move_exercise(self._current, self._current + step)

    def move_exercise(self, source: int, target: int) -> None:
        """Move the exercise at ``source`` to ``target`` (drag and drop, Alt+Up/Down)."""
        exercises = self._exercises()
        if not (0 <= source < len(exercises) and 0 <= target < len(exercises)):
            return
        if source == target:
            return
        exercises.insert(target, exercises.pop(source))
        self._current = target
        self._structure_changed()

    def _structure_changed(self) -> None:
        self.history.seal()
        self._fill_list()
        self._fill_exercise()
        self._commit(None)

    def add_images(self) -> None:
        """Pick pictures and copy them next to the routine (``images/``)."""
        exercise = self._exercise()
        if exercise is None:
            return
        chosen = self.pick_images()
        if not chosen:
            return
        folder = self._routine_file().parent
        references = [r for r in exercise.get("images", []) if isinstance(r, str)]
        for source in chosen:
            problem = picture_problem(source)
            if problem is not None:
                self.choose(f"{source.name} cannot be used as a picture: it {problem}.", ["OK"])
                continue
            try:
                references.append(library.copy_image(source, folder))
            except FileRefused as refused:
                self.choose(f"Could not copy {source.name}: it {refused}.", ["OK"])
            except OSError as error:
                self.choose(f"Could not copy {source}: {error.strerror}", ["OK"])
        exercise["images"] = references
        self._fill_images()
        self.history.seal()
        self._commit(None)

    def remove_image(self, number: int) -> None:
        exercise = self._exercise()
        if exercise is None or not isinstance(exercise.get("images"), list):
            return
        images = exercise["images"]
        if 0 <= number < len(images):
            del images[number]
            self._fill_images()
            self.history.seal()
            self._commit(None)

    # ---------------------------------------------------------------------------------------
    # Starting

    def start(self) -> None:
        """Run the routine as the form has it (saved or not)."""
        self._validate()
        if self.routine is None:
            self._show_state()
            return
        go, sets = self.ask_sets(self.routine)
        if go:
            self.flush_recovery()
            self.start_requested.emit(self.routine, sets, self._routine_file())

    def _routine_file(self) -> Path:
        """The routine's file, or where a new one will go (pictures are found from it)."""
        return self.path or paths.user_routines_dir() / "new-routine.json"

    # ---------------------------------------------------------------------------------------
    # Showing the data

    def _fill_all(self) -> None:
        self._loading = True
        try:
            data = self.data
            _set_text(self.name_edit, data.get("name"))
            _set_plain(self.description_edit, data.get("description"))
            _set_text(self.source_edit, data.get("source"))
            self.prepare_edit.set_value(data.get("prepare_seconds"))
            self.switch_edit.set_value(data.get("switch_seconds"))
            self.rest_sets_edit.set_value(data.get("rest_between_sets"))
            self.rest_after_edit.set_value(data.get("rest_after_exercise"))
        finally:
            self._loading = False
        self._fill_list()
        self._fill_exercise()

    def _fill_list(self) -> None:
        self._loading = True
        try:
            exercises = self._exercises()
            while self.exercise_list.count() > len(exercises):
                self.exercise_list.takeItem(self.exercise_list.count() - 1)
            while self.exercise_list.count() < len(exercises):
                self.exercise_list.addItem(QListWidgetItem())
            self._label_list()
            self.exercise_list.setCurrentRow(self._current)
        finally:
            self._loading = False

    def _label_list(self) -> None:
        bad = self._bad_exercises()
        exercises = self._exercises()
        for number, exercise in enumerate(exercises):
            item = self.exercise_list.item(number)
            if item is None:
                continue
            name = exercise.get("name") if isinstance(exercise, dict) else None
            title = name.strip() if isinstance(name, str) and name.strip() else "(no name)"
            summary = "⚠  " + bad[number][0] if number in bad else _summary(exercise)
            item.setText(f"{number + 1}. {title}\n{summary}")
            item.setForeground(QColor(ERROR if number in bad else theme.TEXT))
            item.setToolTip(tip("\n".join(bad.get(number, []))))
        self.exercises_heading.setText(f"EXERCISES  ({len(exercises)})")

    def _fill_exercise(self) -> None:
        exercise = self._exercise()
        count = len(self._exercises())
        self.exercise_form.setVisible(exercise is not None)
        self.no_exercise.setVisible(exercise is None)
        for button in (self.duplicate_button, self.remove_button):
            button.setEnabled(exercise is not None)
        self.up_button.setEnabled(exercise is not None and self._current > 0)
        self.down_button.setEnabled(exercise is not None and self._current + 1 < count)
        if exercise is None:
            self.exercise_heading.setText("EXERCISE")
            return
        self.exercise_heading.setText(f"EXERCISE {self._current + 1} OF {count}")
        self._loading = True
        try:
            _set_text(self.ex_name, exercise.get("name"))
            self.measure_combo.setCurrentIndex(MEASURES.index(measure_of(exercise)))
            self.seconds_edit.set_value(exercise.get("seconds"))
            self.reps_edit.set_value(exercise.get("reps"))
            self.tempo_edit.set_value(exercise.get("tempo"))
            self._show_measure()
            self.sides_combo.setCurrentIndex(1 if exercise.get("sides") == "each" else 0)
            self.sets_edit.set_value(exercise.get("sets"))
            self.ex_rest_sets.set_value(exercise.get("rest_between_sets"))
            self.ex_rest_after.set_value(exercise.get("rest_after"))
            instructions = exercise.get("instructions")
            text = (
                "\n\n".join(p for p in instructions if isinstance(p, str))
                if isinstance(instructions, list)
                else ""
            )
            if paragraphs(self.instructions_edit.toPlainText()) != paragraphs(text):
                self.instructions_edit.setPlainText(text)
        finally:
            self._loading = False
        self._fill_images()

    def _fill_images(self) -> None:
        exercise = self._exercise()
        references = exercise.get("images") if exercise is not None else None
        self.images.set_images(
            [r for r in references if isinstance(r, str)] if isinstance(references, list) else [],
            self._routine_file(),
        )

    def _list_row_changed(self, row: int) -> None:
        if self._loading or row < 0 or row == self._current:
            return
        self._current = row
        self.history.seal()
        self._fill_exercise()
        self._show_problems()

    # ---------------------------------------------------------------------------------------
    # Checking and telling

    def _validate(self) -> None:
        try:
            self.routine = routine_from_data(self.data)
            self.problems = []
        except RoutineError as error:
            self.routine = None
            self.problems = list(error.problems)

    def _after_change(self) -> None:
        self._validate()
        self.ex_rest_sets.set_default(self.data.get("rest_between_sets", 30))
        self.ex_rest_after.set_default(self.data.get("rest_after_exercise", 30))
        self._label_list()
        self._show_problems()
        self._show_state()
        if self.is_dirty:
            self._recovery_timer.start(RECOVERY_DELAY_MS)
        else:
            self._recovery_timer.stop()
            if self._recovery_file is not None:
                recovery_files.discard_recovery(self._recovery_file)
            self._set_recovery_problem(None)

    def _bad_exercises(self) -> dict[int, list[str]]:
        bad: dict[int, list[str]] = {}
        for problem in self.problems:
            place = exercise_place(problem)
            if place is not None:
                number, key = place
                line = f"{_FIELD_WORDS.get(key, key)}: " if key else ""
                bad.setdefault(number, []).append(line + plain(problem.message))
        return bad

    def _show_problems(self) -> None:
        """Put every problem beside the field its place names."""
        routine_errors: dict[str, list[str]] = {}
        exercise_errors: dict[str, list[str]] = {}
        work_wrong: set[str] = set()
        general: list[str] = []
        exercises_general: list[str] = []
        exercise_general: list[str] = []
        measure = MEASURES[self.measure_combo.currentIndex()]
        for problem in self.problems:
            place = exercise_place(problem)
            message = readable(problem.message)
            if place is None:
                field = problem.path[0] if len(problem.path) == 1 else None
                if isinstance(field, str) and field in self.routine_boxes:
                    routine_errors.setdefault(field, []).append(message)
                elif field == "exercises":
                    exercises_general.append(message)
                else:
                    general.append(f"{problem.place}: {problem.message}")
                continue
            number, key = place
            if number != self._current:
                continue
            if key in ("seconds", "reps", "tempo"):
                word = _FIELD_WORDS[key].capitalize()
                exercise_errors.setdefault("work", []).append(f"{word}: {plain(problem.message)}")
                work_wrong.add(key)
            elif key in self.exercise_boxes:
                exercise_errors.setdefault(key, []).append(message)
            elif not key and problem.code == "measure":
                # "needs seconds or reps", "not both": about the work, whichever is shown
                exercise_errors.setdefault("work", []).append(message)
                work_wrong.add("seconds" if measure == "time" else "reps")
            else:
                exercise_general.append(f"{key}: {problem.message}" if key else message)
        for key, box in self.routine_boxes.items():
            box.set_error("\n".join(routine_errors.get(key, [])))
        for key, box in self.exercise_boxes.items():
            box.set_error("\n".join(exercise_errors.get(key, [])))
        for key, edit in (
            ("seconds", self.seconds_edit),
            ("reps", self.reps_edit),
            ("tempo", self.tempo_edit),
        ):
            _mark(edit, key in work_wrong)
        for label, lines in (
            (self.routine_error, general),
            (self.exercises_error, exercises_general),
            (self.exercise_error, exercise_general),
        ):
            label.setText("\n".join(lines))
            label.setVisible(bool(lines))

    def _show_state(self) -> None:
        """The title, the length, and what Save would do or why it cannot."""
        name = self._name()
        dirty = self.is_dirty
        self.title_label.setText(("● " if dirty else "") + (name or "Untitled routine"))
        if self.routine is not None:
            self.length_label.setText(_length(self.routine))
        else:
            self.length_label.setText("Length: —")
        self.undo_button.setEnabled(self.can_undo)
        self.redo_button.setEnabled(self.can_redo)
        problems = len(self.problems)
        if problems:
            first = self.problems[0]
            reason = f"Cannot save yet: {place_words(first, self.data)}: {plain(first.message)}"
            if problems > 1:
                reason += f"  (and {problems - 1} more problem{'s' if problems > 2 else ''})"
            self.save_reason.setText(reason)
            self.save_reason.show()
            self.save_button.setEnabled(False)
            self.save_button.setToolTip(
                tip("Cannot save yet:\n" + self._problem_lines(len(self.problems)))
            )
            self.start_button.setEnabled(False)
            self.start_button.setToolTip("Fix the problems first")
        else:
            self.save_reason.hide()
            self.save_reason.setText("")
            self.start_button.setEnabled(self.is_open)
            self.start_button.setToolTip("Run the routine as it is in the form now")
            needs_save = dirty or self.path is None
            self.save_button.setEnabled(needs_save)
            self.save_button.setToolTip(
                "Save (Ctrl+S)" if needs_save else "Nothing to save: no changes since the last save"
            )
        where = "New routine, not saved yet" if self.path is None else self.path.name
        state = "unsaved changes" if dirty and self.path is not None else ""
        if not dirty and self.path is not None:
            state = "all changes saved"
        self.status_label.setText("  ·  ".join(p for p in (where, state) if p))

    def _problem_lines(self, limit: int) -> str:
        lines = [f"{place_words(p, self.data)}: {plain(p.message)}" for p in self.problems[:limit]]
        if len(self.problems) > limit:
            lines.append(f"…and {len(self.problems) - limit} more")
        return "\n".join(lines)

    def _name(self) -> str:
        name = self.data.get("name")
        return name.strip() if isinstance(name, str) else ""

    # ---------------------------------------------------------------------------------------
    # Questions

    def _choose_in_a_box(self, question: str, options: Sequence[str]) -> str | None:
        box = message_box(self, "Matside", question)
        box.setIcon(QMessageBox.Icon.Question)
        buttons: dict[QAbstractButton, str] = {}
        for number, option in enumerate(options):
            if option in ("Cancel", "OK"):
                role = QMessageBox.ButtonRole.RejectRole
            elif option == "Discard":
                role = QMessageBox.ButtonRole.DestructiveRole
            else:
                role = (
                    QMessageBox.ButtonRole.AcceptRole
                    if number == 0
                    else QMessageBox.ButtonRole.ActionRole
                )
            buttons[box.addButton(option, role)] = option
        box.exec()
        return buttons.get(box.clickedButton())

    def _pick_images_dialog(self) -> list[Path]:
        names, _ = QFileDialog.getOpenFileNames(
            self,
            "Add pictures",
            str(Path.home()),
            "Pictures (*.svg *.png *.jpg *.jpeg *.gif);;All files (*)",
        )
        return [Path(n) for n in names]


def _or_empty(value: Any) -> Any:
    return "" if value is None else value


def _set_text(edit: QLineEdit, value: Any) -> None:
    text = value if isinstance(value, str) else "" if value is None else str(value)
    if edit.text() != text:
        edit.setText(text)
        if not edit.hasFocus():
            edit.setCursorPosition(0)  # show the start of a long text, not its end


def _set_plain(edit: QPlainTextEdit, value: Any) -> None:
    text = value if isinstance(value, str) else "" if value is None else str(value)
    if edit.toPlainText() != text:
        edit.setPlainText(text)


def _mark(widget: QWidget, wrong: bool) -> None:
    if widget.property("problem") != wrong:
        widget.setProperty("problem", wrong)
        widget.style().unpolish(widget)
        widget.style().polish(widget)


def _summary(exercise: Any) -> str:
    """One line about an exercise as it stands (it may not be valid yet)."""
    if not isinstance(exercise, dict):
        return "needs fixing"
    try:
        return library.describe_exercise(exercise_from_data(exercise))
    except RoutineError:
        return "needs fixing"


def _length(routine: Routine) -> str:
    """``Length 24:30`` or ``Length 24:30–31:10 + pauses``."""
    choices = routine.set_choices()
    counts: list[int | None] = [None]
    if choices is not None and len(choices) > 1:
        counts = [choices[0], choices[-1]]
    timelines = [compile_timeline(routine, count) for count in counts]
    spans = [format_duration(t.total_seconds) for t in timelines]
    text = "Length " + ("–".join(spans) if spans[0] != spans[-1] else spans[0])
    if timelines[0].open_segments:
        text += " + pauses"
    return text
