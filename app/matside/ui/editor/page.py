"""The routine editor's page: opening, saving, undo, recovery, and what Save would do.

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
import logging
import time
import uuid
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDateTime, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from matside import APP_NAME
from matside.core import outline
from matside.core.checks import field_of
from matside.core.history import History
from matside.core.i18n import QT_TRANSLATE_NOOP
from matside.core.outline import Place
from matside.core.routine import (
    CUE_FIELDS,
    Problem,
    Routine,
    RoutineError,
    lowest_format,
    new_routine_data,
    routine_from_data,
    routine_to_data,
)
from matside.core.timeline import chosen_sets, length_text
from matside.core.wording import line, words
from matside.storage import library, paths
from matside.storage import recovery as recovery_files
from matside.storage.files import MAX_ROUTINE_BYTES, FileRefused, atomic_write_text, size_text
from matside.storage.library import FileStamp
from matside.storage.recovery import Recovery
from matside.storage.routine_choices import remembered_sets
from matside.storage.routine_files import (
    RoutineTooLarge,
    data_references,
    load_routine,
    reference_problems,
    routine_text,
)
from matside.ui import theme
from matside.ui.editor.form import SIDE_BY_SIDE_WIDTH, EditorForm, UndoKeysToPage
from matside.ui.editor.problems import (
    bad_exercises,
    place_problems,
    place_words,
    problem_lines,
)
from matside.ui.library.style import page_style
from matside.ui.text import message_box, plain_label, tip
from matside.ui.translations import counted
from matside.ui.widgets.picture import picture_problem

logger = logging.getLogger(__name__)

Chooser = Callable[[str, Sequence[str]], str | None]
"""Asks a question with the given answers; returns the one picked, or None (closed)."""

RECOVERY_DELAY_MS = 600
"""How long after an edit the unsaved data is written to the recovery file..."""
RECOVERY_MAX_WAIT_MS = 3_000
"""...and how long at most edits wait for it while more keep coming (someone typing on and
on): a crash then loses at most these seconds of typing."""
RECOVERY_RETRY_MS = 10_000
"""How long after a recovery file could not be written (a full disk) it is tried again."""
UNPROTECTED = QT_TRANSLATE_NOOP(
    "EditorPage",
    "Your edits are not protected right now: they cannot be kept in case Matside closes"
    " ({reason}). Matside keeps trying; saving keeps them for good.",
)


SIDE_MARGIN = 24
"""The page's margin left and right of the form."""


class EditorPage(QWidget):
    """Edit one routine of the user's, or a new one.

    Args:
        choose: asks a question with a few answers (Save / Discard / Cancel); a message box
            unless a test passes its own. Also settable as the attribute ``choose``.

    The picture file dialog is the attribute ``pick_images``, so that tests can answer it.
    Start runs the routine at once with the set count last chosen for it in the library.
    """

    start_requested = Signal(object, object, object)  # Routine, sets (int | None), its file
    leave = Signal()  # back to the library; unsaved changes were saved or discarded first
    saved = Signal(object)  # Path

    def __init__(self, parent: QWidget | None = None, choose: Chooser | None = None):
        super().__init__(parent)
        self.choose: Chooser = choose or self._choose_in_a_box
        self.pick_images: Callable[[], list[Path]] = self._pick_images_dialog
        self.path: Path | None = None
        self.data: dict[str, Any] = {}
        self.routine: Routine | None = None
        self.problems: list[Problem] = []
        self.picture_problems: list[Problem] = []  # refused pictures, told beside them
        self._pictures_checked: tuple[object, list[Problem]] = (None, [])
        self._saved_data: dict[str, Any] | None = None
        self._stamp: FileStamp | None = None
        self.history = History()
        self._current = -1
        self._recovery_file: Path | None = None
        # Each editor keeps its own recovery files: two editors of one routine (two windows,
        # two Matsides) never remove each other's (see recovery_files.recovery_file_for).
        self._editor_key = uuid.uuid4().hex[:12]
        self.recovery_problem: str | None = None  # why the last recovery write failed
        self._unkept_since: float | None = None  # the first edit not in the recovery file
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
        theme.style(
            self,
            lambda p: (
                page_style(p)
                + f"""
            QListWidget {{ background: transparent; border: none; outline: 0; font-size: 14px; }}
            QListWidget::item {{
                background: palette(alternate-base); border-radius: 8px; padding: 8px 10px;
                margin: 2px 0;
            }}
            QListWidget::item:hover {{ background: {p.surface_hover}; }}
            QListWidget::item:selected {{
                background: {p.surface_pressed}; color: {p.text}; border-left: 4px solid {p.accent};
            }}
            """
            ),
        )
        outer = QVBoxLayout(self)
        outer.setContentsMargins(SIDE_MARGIN, 16, SIDE_MARGIN, 14)
        outer.setSpacing(10)

        top = QHBoxLayout()
        top.setSpacing(10)
        self.back_button = QPushButton(self.tr("‹  Library"))
        self.back_button.setToolTip(
            self.tr("Back to the library (asks first if there are unsaved changes)")
        )
        top.addWidget(self.back_button)
        titles = QVBoxLayout()
        titles.setSpacing(0)
        self.title_label = plain_label()
        self.title_label.setStyleSheet("font-size: 22px; font-weight: 800;")
        self.title_label.setWordWrap(True)  # a long name wraps rather than widen the window
        self.status_label = plain_label()
        theme.style(self.status_label, lambda p: f"color: {p.text_dim}; font-size: 13px;")
        self.status_label.setWordWrap(True)
        self.unprotected_label = plain_label()
        theme.style(self.unprotected_label, lambda p: f"color: {p.error}; font-size: 13px;")
        self.unprotected_label.setWordWrap(True)
        self.unprotected_label.hide()
        titles.addWidget(self.title_label)
        titles.addWidget(self.status_label)
        titles.addWidget(self.unprotected_label)
        top.addSpacing(8)
        top.addLayout(titles, 1)
        self.length_label = plain_label()
        self.length_label.setWordWrap(True)  # "24:25–32:40 + pauses" may take two lines
        theme.style(
            self.length_label,
            lambda p: f"color: {p.accent}; font-size: 17px; font-weight: 700; margin-right: 8px;",
        )
        top.addWidget(self.length_label)
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setToolTip(self.tr("Undo the last edit (Ctrl+Z)"))
        self.redo_button = QPushButton(self.tr("Redo"))
        self.redo_button.setToolTip(self.tr("Redo (Ctrl+Shift+Z)"))
        self.start_button = QPushButton(self.tr("Start"))
        self.start_button.setToolTip(self.tr("Run the routine as it is in the form now"))
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("primary")
        self.save_button.setMinimumWidth(96)
        for button in (self.undo_button, self.redo_button, self.start_button, self.save_button):
            button.setMinimumHeight(42)
            top.addWidget(button)
        outer.addLayout(top)
        self.save_reason = plain_label()
        self.save_reason.setWordWrap(True)
        theme.style(
            self.save_reason,
            lambda p: (
                f"color: {p.error}; font-size: 14px; font-weight: 600;"
                f" background: {p.surface}; border-radius: 8px; padding: 8px 12px;"
            ),
        )
        self.save_reason.hide()
        outer.addWidget(self.save_reason)

        self.form = EditorForm()
        # Side by side the form fills the page; on a narrow window its columns stack and the
        # page scrolls to the one below.
        self.form_scroll = QScrollArea()
        self.form_scroll.setObjectName("clear")
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.form_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.form_scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.form_scroll.setWidget(self.form)
        outer.addWidget(self.form_scroll, 1)

        guard = UndoKeysToPage(self)
        for widget in self.findChildren(QLineEdit) + self.findChildren(QPlainTextEdit):
            widget.installEventFilter(guard)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        stack = event.size().width() - 2 * SIDE_MARGIN < SIDE_BY_SIDE_WIDTH
        self.form.set_stacked(stack)
        self.form_scroll.setVerticalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAsNeeded if stack else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        )

    def _connect(self) -> None:
        self.back_button.clicked.connect(self.back)
        self.undo_button.clicked.connect(self.undo)
        self.redo_button.clicked.connect(self.redo)
        self.save_button.clicked.connect(self.save)
        self.start_button.clicked.connect(self.start)
        form = self.form
        form.routine_edited.connect(self._routine_edited)
        form.exercise_edited.connect(self._exercise_edited)
        form.circuit_edited.connect(self._circuit_edited)
        form.exercise_chosen.connect(self._list_row_changed)
        form.images.add_clicked.connect(self.add_images)
        form.images.remove_clicked.connect(self.remove_image)
        form.cues_edit.add_clicked.connect(self.add_cue)
        form.cues_edit.remove_clicked.connect(self.remove_cue)
        form.exercise_list.moved.connect(self.move_exercise)
        form.add_button.clicked.connect(self.add_exercise)
        form.add_circuit_button.clicked.connect(self.add_circuit)
        form.into_button.clicked.connect(self.move_into_circuit)
        form.out_button.clicked.connect(self.move_out_of_circuit)
        form.duplicate_button.clicked.connect(self.duplicate_exercise)
        form.remove_button.clicked.connect(self.remove_exercise)
        form.up_button.clicked.connect(lambda: self.move_current(-1))
        form.down_button.clicked.connect(lambda: self.move_current(1))
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, action in (
            (QKeySequence(QKeySequence.StandardKey.Undo), self.undo),
            (QKeySequence("Ctrl+Shift+Z"), self.redo),
            (QKeySequence("Ctrl+Y"), self.redo),
            (QKeySequence(QKeySequence.StandardKey.Save), self.save),
            (QKeySequence("Alt+Up"), lambda: self.move_current(-1)),
            (QKeySequence("Alt+Down"), lambda: self.move_current(1)),
            (QKeySequence("Alt+Right"), self.move_into_circuit),
            (QKeySequence("Alt+Left"), self.move_out_of_circuit),
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
                self.tr("This routine cannot be opened in the form:")
                + "\n"
                + "\n".join(line(problem) for problem in error.problems),
                [self.tr("OK")],
            )
            return False
        saved = routine_to_data(routine)
        kept = recovery or recovery_files.find_recovery(path)
        if kept is not None and recovery is None and kept.data != saved:
            when = QLocale().toString(
                QDateTime.fromSecsSinceEpoch(int(kept.saved_at)), "ddd dd MMM, HH:mm"
            )
            restore = self.tr("Restore")
            answer = self.choose(
                self.tr(
                    "Unsaved changes to “{name}” from {when} were kept when Matside "
                    "closed. Restore them?"
                ).format(name=kept.name, when=when),
                [restore, self.tr("Discard")],
            )
            if answer != restore:
                recovery_files.discard_recovery(kept.file)
                kept = None
        elif kept is not None and recovery is None:
            recovery_files.discard_recovery(kept.file)
            kept = None
        self.path = path
        # Kept edits are measured against the file they began from: saved over a file
        # changed since (another window, another program), the save asks first.
        base = kept.base if kept is not None else None
        self._stamp = base if base is not None else FileStamp.of(path)
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
        self.form.exercise_list.setFocus()  # arrows pick an exercise, Alt+arrows move it

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
            save, discard, cancel = self.tr("Save"), self.tr("Discard"), self.tr("Cancel")
            if self.problems:
                answer = self.choose(
                    self.tr("“{name}” has unsaved changes that cannot be saved yet:").format(
                        name=name
                    )
                    + "\n"
                    + self._problem_lines(3)
                    + "\n\n"
                    + self.tr("Discard the changes, or go back and fix them?"),
                    [discard, cancel],
                )
            else:
                answer = self.choose(
                    self.tr("Save the changes to “{name}”?").format(name=name),
                    [save, discard, cancel],
                )
            if answer == save:
                if not self.save():
                    return False
            elif answer == discard:
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
        try:
            text = routine_text(self.routine)
        except RoutineTooLarge as too_large:  # saved, it could not be opened again
            self.choose(
                self.tr(
                    "This routine is too large to save ({size}; a routine file is at most"
                    " {limit}): shorten its texts or split it in two."
                ).format(size=size_text(too_large.size), limit=size_text(MAX_ROUTINE_BYTES)),
                [self.tr("OK")],
            )
            return False
        folder = paths.user_routines_dir()
        target = self.path
        if target is None:
            target = library.unique_path(folder, library.slug(self.routine.name))
        elif library.changed_since(target, self._stamp):
            question = (
                self.tr(
                    "“{file}” was deleted since you opened it. Replace it with your version, "
                    "or save yours as a copy?"
                )
                if not target.exists()
                else self.tr(
                    "“{file}” was changed by another program since you opened it. Replace it "
                    "with your version, or save yours as a copy?"
                )
            )
            replace, as_copy = self.tr("Replace"), self.tr("Save as copy")
            answer = self.choose(
                question.format(file=target.name), [replace, as_copy, self.tr("Cancel")]
            )
            if answer == as_copy:
                target = library.unique_path(folder, library.slug(self.routine.name))
            elif answer != replace:
                return False
        try:
            atomic_write_text(target, text)
        except OSError as error:
            logger.warning("Could not save %s: %s", target, error)
            self.choose(
                self.tr("Could not save {file}: {reason}").format(
                    file=target, reason=error.strerror
                ),
                [self.tr("OK")],
            )
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
        self._unkept_since = None  # written now, or tried (a failure retries on its own)
        if self._recovery_file is None or not self.is_open:
            self._set_recovery_problem(None)
            return
        if not self.is_dirty:
            recovery_files.discard_recovery(self._recovery_file)
            self._set_recovery_problem(None)
            return
        try:
            recovery_files.write_recovery(
                self._recovery_file, self.path, self.data, base=self._stamp
            )
        except (OSError, ValueError) as error:  # ValueError: text the file system refuses
            reason = error.strerror if isinstance(error, OSError) else None
            if self.recovery_problem is None:  # once, not at every retry
                logger.warning("Unsaved edits cannot be kept in %s: %s", self._recovery_file, error)
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
            self.unprotected_label.setText(self.tr(UNPROTECTED).format(reason=reason))
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
        count = len(self._rows())
        self._current = min(max(current, 0), count - 1) if count else -1
        self._fill_all()
        self._after_change()

    def _commit(self, key: str | None) -> None:
        """Record the data as one edit; typing on in the same field extends the last one.

        The data's format follows what it holds (the lowest that holds it, as saving writes),
        so that a phase typed into a format-1 routine is not refused as needing format 2.
        """
        self.data["format"] = lowest_format(self.data)
        if self.history.record(self.data, key, self._current):
            self._after_change()

    # ---------------------------------------------------------------------------------------
    # Editing the routine

    def _routine_edited(self, key: str) -> None:
        if not self.is_open:
            return
        value = self.form.routine_value(key)
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

    def _rows(self) -> list[Place]:
        """The list's rows: each item, and under a circuit each of its exercises."""
        return outline.places(self._exercises())

    @property
    def place(self) -> Place | None:
        """The place of the chosen row (``(2,)``, or ``(2, 0)`` inside a circuit), or None."""
        rows = self._rows()
        return rows[self._current] if 0 <= self._current < len(rows) else None

    def _chosen(self) -> dict[str, Any] | None:
        """The chosen row's data (an exercise or a circuit), made an object if it is not."""
        place = self.place
        if place is None:
            return None
        siblings = (
            self._exercises() if len(place) == 1 else outline.inner(self._exercises()[place[0]])
        )
        if not isinstance(siblings[place[-1]], dict):
            siblings[place[-1]] = {}
        item: dict[str, Any] = siblings[place[-1]]
        return item

    def _exercise(self) -> dict[str, Any] | None:
        """The chosen exercise, or None when a circuit (or nothing) is chosen."""
        item = self._chosen()
        return None if item is None or outline.is_circuit(item) else item

    def _circuit(self) -> dict[str, Any] | None:
        """The chosen circuit, or None when an exercise (or nothing) is chosen."""
        item = self._chosen()
        return item if item is not None and outline.is_circuit(item) else None

    def _key(self, key: str) -> str:
        """The history's key of a field of the chosen row: ``exercises[2][0].reps``."""
        place = "".join(f"[{n}]" for n in self.place or ())
        return f"exercises{place}.{key}"

    def _exercise_edited(self, key: str) -> None:
        if not self.is_open:
            return
        exercise = self._exercise()
        if exercise is None:
            return
        self.form.write_exercise(key, exercise)
        self._commit(self._key(key))

    def _circuit_edited(self, key: str) -> None:
        if not self.is_open:
            return
        circuit = self._circuit()
        if circuit is None:
            return
        self.form.write_circuit(key, circuit)
        self._commit(self._key(key))

    def _go_to(self, place: Place | None) -> None:
        """Choose the row at ``place`` after a change of the list (None: the first row)."""
        rows = self._rows()
        self._current = rows.index(place) if place in rows else (0 if rows else -1)

    def add_exercise(self) -> None:
        """Add an exercise after the chosen row (inside a circuit when one is chosen)."""
        if not self.is_open:
            return
        self._go_to(outline.add_exercise(self._exercises(), self.place))
        self._structure_changed()
        self.form.ex_name.setFocus()
        self.form.ex_name.selectAll()

    def add_circuit(self) -> None:
        """Add a circuit (with one new exercise) after the chosen item of the routine."""
        if not self.is_open:
            return
        self._go_to(outline.add_circuit(self._exercises(), self.place))
        self._structure_changed()
        self.form.circuit_name.setFocus()
        self.form.circuit_name.selectAll()

    def duplicate_exercise(self) -> None:
        place = self.place
        if place is None:
            return
        self._go_to(outline.duplicate(self._exercises(), place))
        self._structure_changed()

    def remove_exercise(self) -> None:
        place = self.place
        if place is None:
            return
        self._go_to(outline.remove(self._exercises(), place))
        self._structure_changed()

    def move_current(self, step: int) -> None:
        """Move the chosen row ``step`` places among its own (Alt+Up / Alt+Down)."""
        place = self.place
        if self.is_open and place is not None:
            self._moved(outline.move(self._exercises(), place, step))

    def move_into_circuit(self) -> None:
        """Move the chosen exercise into the circuit beside it (Alt+Right)."""
        place = self.place
        if self.is_open and place is not None:
            self._moved(outline.move_into(self._exercises(), place))

    def move_out_of_circuit(self) -> None:
        """Move the chosen exercise out of its circuit (Alt+Left)."""
        place = self.place
        if self.is_open and place is not None:
            self._moved(outline.move_out(self._exercises(), place))

    def move_exercise(self, source: int, target: int) -> None:
        """Move the row at ``source`` to the row ``target`` of the list (drag and drop): among
        the routine's items, or within one circuit; a drop elsewhere moves nothing."""
        rows = self._rows()
        if not (0 <= source < len(rows) and 0 <= target < len(rows)) or source == target:
            return
        moving, onto = rows[source], rows[target]
        if len(moving) == 1:
            self._moved(outline.move_to(self._exercises(), moving, onto[0]))
        elif len(onto) == 2 and onto[0] == moving[0]:
            self._moved(outline.move_to(self._exercises(), moving, onto[1]))

    def _moved(self, place: Place | None) -> None:
        if place is not None:
            self._go_to(place)
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
                self.choose(
                    self.tr("{file} cannot be used as a picture: it {problem}.").format(
                        file=source.name, problem=problem
                    ),
                    [self.tr("OK")],
                )
                continue
            try:
                references.append(library.copy_image(source, folder))
            except FileRefused as refused:
                self.choose(
                    self.tr("Could not copy {file}: it {problem}.").format(
                        file=source.name, problem=words(refused.reason)
                    ),
                    [self.tr("OK")],
                )
            except OSError as error:
                self.choose(
                    self.tr("Could not copy {file}: {reason}").format(
                        file=source, reason=error.strerror
                    ),
                    [self.tr("OK")],
                )
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

    def add_cue(self) -> None:
        """Add a spoken cue to the exercise, its time offered by the table of fields; the
        cursor goes to its words."""
        exercise = self._exercise()
        if exercise is None:
            return
        cues = exercise.get("cues")
        if not isinstance(cues, list):
            cues = []
        cues.append({"at": field_of(CUE_FIELDS, "at").offered, "say": ""})
        exercise["cues"] = cues
        self._cues_changed()
        self.form.cues_edit.rows[-1][1].setFocus()

    def remove_cue(self, number: int) -> None:
        exercise = self._exercise()
        cues = exercise.get("cues") if exercise is not None else None
        if exercise is None or not isinstance(cues, list) or not 0 <= number < len(cues):
            return
        del cues[number]
        if not cues:
            del exercise["cues"]  # no cues: the key says nothing (and format 1 holds it)
        self._cues_changed()

    def _cues_changed(self) -> None:
        self._fill_exercise()
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
        # Start means start: with the count chosen in the library (its lower end if none).
        routine_file = self._routine_file()
        sets = chosen_sets(self.routine, remembered_sets(routine_file))
        self.flush_recovery()
        self.start_requested.emit(self.routine, sets, routine_file)

    def _routine_file(self) -> Path:
        """The routine's file, or where a new one will go (pictures are found from it)."""
        return self.path or paths.user_routines_dir() / "new-routine.json"

    # ---------------------------------------------------------------------------------------
    # Showing the data

    def _fill_all(self) -> None:
        self.form.fill_routine(self.data)
        self._fill_list()
        self._fill_exercise()

    def _fill_list(self) -> None:
        self.form.fill_list(
            self._exercises(), self._current, bad_exercises(self.problems + self.picture_problems)
        )

    def _fill_exercise(self) -> None:
        self.form.fill_chosen(self._exercises(), self.place, self._chosen(), self._routine_file())

    def _fill_images(self) -> None:
        self.form.fill_images(self._exercise(), self._routine_file())

    def _list_row_changed(self, row: int) -> None:
        if row < 0 or row == self._current:
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
        self.picture_problems = self._picture_problems()

    def _picture_problems(self) -> list[Problem]:
        """The pictures named that are refused (a missing one shows its own placeholder),
        shown beside the pictures; read again only when the pictures named change."""
        key = (self._routine_file(), tuple(data_references(self.data)))
        if key != self._pictures_checked[0]:
            found = reference_problems(key[1], key[0])
            refused = [p for p in found if p.code != "picture-missing"]
            self._pictures_checked = (key, refused)
        return self._pictures_checked[1]

    def _after_change(self) -> None:
        self._validate()
        self.form.set_rest_defaults(self.data)
        self.form.label_list(
            self._exercises(), bad_exercises(self.problems + self.picture_problems)
        )
        self._show_problems()
        self._show_state()
        if self.is_dirty:
            now = time.monotonic()
            if self._unkept_since is None:
                self._unkept_since = now
            if (now - self._unkept_since) * 1000 >= RECOVERY_MAX_WAIT_MS:
                self.flush_recovery()
            else:
                self._recovery_timer.start(RECOVERY_DELAY_MS)
        else:
            self._recovery_timer.stop()
            if self._recovery_file is not None:
                recovery_files.discard_recovery(self._recovery_file)
            self._set_recovery_problem(None)

    def _show_problems(self) -> None:
        """Put every problem beside the field its path names."""
        form = self.form
        self.form.show_problems(
            place_problems(
                self.problems + self.picture_problems,
                self.place,
                form.measure,
                form.routine_boxes.keys(),
                form.exercise_boxes.keys(),
                form.circuit_boxes.keys() if self._circuit() is not None else (),
            )
        )

    def _show_state(self) -> None:
        """The title, the length, and what Save would do or why it cannot."""
        name = self._name()
        dirty = self.is_dirty
        self.title_label.setText(("● " if dirty else "") + (name or self.tr("Untitled routine")))
        if self.routine is not None:
            self.length_label.setText(
                self.tr("Length {length}").format(length=length_text(self.routine, exact=True))
            )
        else:
            self.length_label.setText(self.tr("Length: —"))
        self.undo_button.setEnabled(self.can_undo)
        self.redo_button.setEnabled(self.can_redo)
        problems = len(self.problems)
        if problems:
            first = self.problems[0]
            reason = self.tr("Cannot save yet: {place}: {problem}").format(
                place=place_words(first, self.data), problem=words(first.parts)
            )
            if problems > 1:
                reason += counted(
                    self.tr("  (and %n more problem(s))", "", problems - 1), problems - 1
                )
            self.save_reason.setText(reason)
            self.save_reason.show()
            self.save_button.setEnabled(False)
            self.save_button.setToolTip(
                tip(self.tr("Cannot save yet:") + "\n" + self._problem_lines(len(self.problems)))
            )
            self.start_button.setEnabled(False)
            self.start_button.setToolTip(self.tr("Fix the problems first"))
        else:
            self.save_reason.hide()
            self.save_reason.setText("")
            self.start_button.setEnabled(self.is_open)
            self.start_button.setToolTip(self.tr("Run the routine as it is in the form now"))
            needs_save = dirty or self.path is None
            self.save_button.setEnabled(needs_save)
            self.save_button.setToolTip(
                self.tr("Save (Ctrl+S)")
                if needs_save
                else self.tr("Nothing to save: no changes since the last save")
            )
        where = self.tr("New routine, not saved yet") if self.path is None else self.path.name
        state = self.tr("unsaved changes") if dirty and self.path is not None else ""
        if not dirty and self.path is not None:
            state = self.tr("all changes saved")
        self.status_label.setText("  ·  ".join(p for p in (where, state) if p))

    def _problem_lines(self, limit: int) -> str:
        return problem_lines(self.problems, self.data, limit)

    def _name(self) -> str:
        name = self.data.get("name")
        return name.strip() if isinstance(name, str) else ""

    # ---------------------------------------------------------------------------------------
    # Questions

    def _choose_in_a_box(self, question: str, options: Sequence[str]) -> str | None:
        box = message_box(self, APP_NAME, question)
        box.setIcon(QMessageBox.Icon.Question)
        buttons: dict[QAbstractButton, str] = {}
        for number, option in enumerate(options):
            if option in (self.tr("Cancel"), self.tr("OK")):
                role = QMessageBox.ButtonRole.RejectRole
            elif option == self.tr("Discard"):
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
            self.tr("Add pictures"),
            str(Path.home()),
            self.tr("Pictures (*.svg *.png *.jpg *.jpeg *.gif);;All files (*)"),
        )
        return [Path(n) for n in names]
