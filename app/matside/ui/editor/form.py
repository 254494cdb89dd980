"""The editor's form: the routine's fields, its list of exercises and the chosen exercise's
fields, and the field widgets they are made of (numbers, rests, set counts, pictures).

The fields hold what the user typed, even when it is not a valid value; turning it into JSON data
and checking it is the model's work (``matside.core.routine.routine_from_data``), so the
editor and the loader never disagree. The form shows data it is given and says which field was
edited (:class:`EditorForm`); the page (:mod:`matside.ui.editor.page`) owns the data.
"""

from __future__ import annotations

import copy
import math
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QDropEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from matside.core import outline
from matside.core.checks import Field, field_of
from matside.core.i18n import QT_TRANSLATE_NOOP
from matside.core.outline import Place
from matside.core.routine import (
    AS_NEEDED,
    CIRCUIT_FIELDS,
    CUE_FIELDS,
    EXERCISE_FIELDS,
    ROUTINE_FIELDS,
    Circuit,
    RoutineError,
    exercise_from_data,
    new_routine_data,
    routine_from_data,
)
from matside.storage import library
from matside.storage.paths import picture_folder, resolve_image
from matside.ui import theme
from matside.ui.editor.problems import WORK_KEYS, Placement
from matside.ui.library.style import WIDGET_SIZE_MAX
from matside.ui.text import plain_label, text_of, tip
from matside.ui.widgets.picture import ExercisePicture


def parse_number(text: str) -> int | float | str | None:
    """What the user typed as JSON data: a number when it reads as one, else the text itself.

    Empty gives None. ``2,5`` reads as 2.5. Text that is not a number is kept as typed, so
    that the loader can say what is wrong with it.
    """
    stripped = text.strip()
    if not stripped:
        return None
    try:
        value = float(stripped.replace(",", "."))
    except ValueError:
        return stripped
    if not math.isfinite(value):
        return stripped
    return int(value) if value.is_integer() and abs(value) < 1e15 else value


def number_text(value: Any) -> str:
    """A value from the data as text for a field: ``10``, ``2.5``, or the text as it is."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    if isinstance(value, str):
        return value
    return str(value)


_PHASE_SEPARATORS = re.compile(r"\s*[;/]\s*|,\s+|\s+")
"""Between the phases of a tempo as typed: ``3, 2, 3``, ``3 2 3``, ``3/2/3``; a comma without a
space is a decimal comma (``2,5``) unless the text has several (``3,2,3``)."""


def tempo_from_text(text: str) -> Any:
    """A tempo as typed -> JSON data: one number (seconds per rep), or a list of phase lengths
    when several are typed (``3, 2, 3`` -> ``[3, 2, 3]``). What is not a number is kept as
    typed, for the loader to name."""
    stripped = text.strip()
    if not stripped:
        return None
    parts = [p for p in _PHASE_SEPARATORS.split(stripped) if p]
    if len(parts) == 1 and parts[0].count(",") > 1:
        parts = [p for p in parts[0].split(",") if p]
    if len(parts) == 1:
        return parse_number(parts[0])
    return [parse_number(part) for part in parts]


def tempo_text(value: Any) -> str:
    """A tempo from the data as text for its field: ``4``, or ``3, 2, 3`` for phases."""
    if isinstance(value, list):
        return ", ".join(number_text(part) for part in value)
    return number_text(value)


ROUTINE_SIDE_WIDTH = (400, 450)
"""The routine's column beside the exercise's, narrowest and widest."""
EXERCISE_SIDE_MIN_WIDTH = 660
"""The exercise's column at its narrowest: its work row (kind, count, tempo) fits."""
STACKED_HEIGHTS = (600, 620)
"""Stacked (a narrow window), the least height of the routine's column (its list below the two
rows of buttons) and the exercise's."""
SIDE_BY_SIDE_WIDTH = ROUTINE_SIDE_WIDTH[0] + 16 + EXERCISE_SIDE_MIN_WIDTH
"""The form's width from which the two columns stand side by side; narrower, they stack."""


class UndoKeysToPage(QObject):
    """Keeps text fields from handling Ctrl+Z themselves, so the editor's undo gets the keys.

    A text field undoes its own typing otherwise, which would make two undo histories that
    disagree; the editor's covers every edit.
    """

    KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and (any(event.matches(key) for key in self.KEYS) or _is_redo(event))
        ):
            event.ignore()  # not the field's: the page's shortcut takes it
            return True
        return False


def _is_redo(event: QKeyEvent) -> bool:
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    return event.key() == Qt.Key.Key_Z and modifiers == (
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )


class FormGrid(QGridLayout):
    """Labels on the left, fields on the right, each row as tall as its field needs.

    (QFormLayout squeezed rows holding wrapped text, drawing one row over the next.)
    """

    def __init__(self, parent: QWidget | None = None, spacing: int = 10):
        super().__init__(parent)
        self.setContentsMargins(0, 0, 0, 0)
        self.setHorizontalSpacing(14)
        self.setVerticalSpacing(spacing)
        self.setColumnStretch(1, 1)

    def add_row(self, text: str, field: QWidget | QLayout) -> QLabel:
        row = self.rowCount()
        label = plain_label(text)
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        label.setContentsMargins(0, 9, 0, 0)  # level with the text inside the field
        self.addWidget(label, row, 0)
        if isinstance(field, FieldBox):
            field.name_inputs(label)
        if isinstance(field, QWidget):
            self.addWidget(field, row, 1)
        else:
            self.addLayout(field, row, 1)
        return label


class FieldBox(QWidget):
    """A field and, under it, what is wrong with it (hidden while nothing is)."""

    def __init__(self, *parts: QWidget | str, hint: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(3)
        row = QHBoxLayout()
        row.setSpacing(8)
        self.inputs: list[QWidget] = []
        self.units: dict[int, str] = {}  # id of an input -> the unit written after it
        for part in parts:
            if isinstance(part, str):
                if self.inputs:
                    self.units.setdefault(id(self.inputs[-1]), part)
                label = plain_label(part)
                theme.style(label, lambda p: f"color: {p.text_dim};")
                row.addWidget(label)
            else:
                row.addWidget(part, 1 if isinstance(part, QLineEdit) else 0)
                self.inputs.append(part)
        column.addLayout(row)
        self.hint = plain_label(hint)
        self.hint.setWordWrap(True)
        theme.style(self.hint, lambda p: f"color: {p.text_dim}; font-size: 12px;")
        self.hint.setVisible(bool(hint))
        column.addWidget(self.hint)
        self.error = plain_label()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        theme.style(self.error, lambda p: f"color: {p.error}; font-size: 13px; font-weight: 600;")
        self.error.hide()
        column.addWidget(self.error)

    def name_inputs(self, label: QLabel) -> None:
        """Tie the row's ``label`` to the first input (a click or Alt+key on it focuses the
        field) and give every input without a name one a screen reader can read: the label's
        text, and the unit written after the input where there is one ("Work, reps")."""
        text = label.text()
        fields = [
            control
            for widget in self.inputs
            for control in ([widget] if widget.focusPolicy() != Qt.FocusPolicy.NoFocus else [])
            + widget.findChildren(QLineEdit)
            + widget.findChildren(QComboBox)
        ]
        if fields:
            label.setBuddy(fields[0])
        for field in fields:
            if field.accessibleName():
                continue
            unit = self.units.get(id(field), "")
            field.setAccessibleName(f"{text}, {unit}" if unit else text)

    def set_error(self, message: str) -> None:
        """Show ``message`` under the field and mark it; an empty message clears both."""
        self.error.setText(message)
        self.error.setVisible(bool(message))
        for widget in self.inputs:
            if widget.property("problem") != bool(message):
                widget.setProperty("problem", bool(message))
                widget.style().unpolish(widget)
                widget.style().polish(widget)


class NumberEdit(QLineEdit):
    """A number typed as text (what is not a number is the loader's to report)."""

    def __init__(self, placeholder: str = "", width: int = 90, parent: QWidget | None = None):
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.setFixedWidth(width)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def value(self) -> int | float | str | None:
        return parse_number(self.text())

    def set_value(self, value: Any) -> None:
        text = number_text(value)
        if text != self.text():
            self.setText(text)


class RestEdit(QWidget):
    """Seconds of rest, or "as needed" (the rest lasts until the user goes on)."""

    changed = Signal()

    def __init__(self, placeholder: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        self.seconds = NumberEdit(placeholder)
        self.unit = plain_label(self.tr("s"))
        theme.style(self.unit, lambda p: f"color: {p.text_dim};")
        self.as_needed = QCheckBox(self.tr("as needed"))
        self.as_needed.setToolTip(tip(self.tr("Rest until you press Space")))
        self.note = plain_label()
        theme.style(self.note, lambda p: f"color: {p.text_dim}; font-size: 13px;")
        self.note.hide()
        row.addWidget(self.seconds)
        row.addWidget(self.unit)
        row.addSpacing(6)
        row.addWidget(self.as_needed)
        row.addSpacing(10)
        row.addWidget(self.note)
        row.addStretch(1)
        self.seconds.textChanged.connect(self.changed)
        self.seconds.textChanged.connect(self._update_note)
        self.as_needed.toggled.connect(self._toggled)
        self.as_needed.toggled.connect(self._update_note)

    def _toggled(self, on: bool) -> None:
        self.seconds.setEnabled(not on)
        self.changed.emit()

    def _update_note(self) -> None:
        self.note.setVisible(
            bool(self.note.text()) and not self.as_needed.isChecked() and not self.seconds.text()
        )

    def value(self) -> int | float | str | None:
        return AS_NEEDED if self.as_needed.isChecked() else self.seconds.value()

    def set_value(self, value: Any) -> None:
        blocked = self.blockSignals(True)
        needed = value == AS_NEEDED
        self.as_needed.setChecked(needed)
        self.seconds.setEnabled(not needed)
        if not needed:
            self.seconds.set_value(value)
        self.blockSignals(blocked)
        self._update_note()

    def set_default(self, value: Any) -> None:
        """Say what an empty field means: the routine's own rest, ``value`` (None: no rest,
        as between the moves of a circuit's round)."""
        if value is None:
            self.seconds.setPlaceholderText("0")
            self.note.setText(self.tr("empty: none, the round goes straight on"))
        elif value == AS_NEEDED:
            self.seconds.setPlaceholderText("")
            self.note.setText(self.tr("empty: as needed, like the routine"))
        else:
            text = number_text(value)
            self.seconds.setPlaceholderText(text)
            self.note.setText(self.tr("empty: the routine's {seconds} s").format(seconds=text))
        self._update_note()


class SetsEdit(QWidget):
    """A set count, or a range (the user picks a count when starting)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, rounds: bool = False):
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        offered = (
            _offered(CIRCUIT_FIELDS, "rounds") if rounds else _offered(EXERCISE_FIELDS, "sets")
        )
        self.low = NumberEdit(offered, 70)
        self.high = NumberEdit("", 70)
        if rounds:
            self.high.setToolTip(
                self.tr("For a range: the most rounds. Leave empty for a fixed count.")
            )
            self.low.setAccessibleName(self.tr("Rounds, or the fewest rounds of a range"))
            self.high.setAccessibleName(self.tr("Rounds, the most of a range"))
        else:
            self.high.setToolTip(
                self.tr("For a range: the most sets. Leave empty for a fixed count.")
            )
            self.low.setAccessibleName(self.tr("Sets, or the fewest sets of a range"))
            self.high.setAccessibleName(self.tr("Sets, the most of a range"))
        to = plain_label(self.tr("to"))
        theme.style(to, lambda p: f"color: {p.text_dim};")
        row.addWidget(self.low)
        row.addWidget(to)
        row.addWidget(self.high)
        row.addStretch(1)
        self.low.textChanged.connect(self.changed)
        self.high.textChanged.connect(self.changed)

    def value(self) -> Any:
        low, high = self.low.value(), self.high.value()
        if high is None:
            return low
        return {"min": low, "max": high} if low is not None else {"max": high}

    def set_value(self, value: Any) -> None:
        if isinstance(value, dict):
            self.low.set_value(value.get("min"))
            self.high.set_value(value.get("max"))
        else:
            self.low.set_value(value)
            self.high.set_value(None)


class ImageStrip(QWidget):
    """An exercise's pictures, previewed in order, each with Remove; and Add picture…."""

    add_clicked = Signal()
    remove_clicked = Signal(int)

    THUMB = (132, 99)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.setSpacing(10)
        self.add_button = QPushButton(self.tr("Add picture…"))
        self.add_button.setToolTip(
            self.tr(
                "SVG, PNG, JPEG or GIF; copied next to your routine so it goes where the "
                "routine goes"
            )
        )
        self.add_button.clicked.connect(self.add_clicked)
        self.pictures: list[ExercisePicture] = []
        self._tiles: list[QWidget] = []
        self._row.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignTop)
        self._row.addStretch(1)

    def set_images(self, references: list[str], routine_file: Path) -> None:
        for tile in self._tiles:
            self._row.removeWidget(tile)
            tile.deleteLater()
        self._tiles, self.pictures = [], []
        for number, reference in enumerate(references):
            tile = QWidget()
            tile.setObjectName("thumb")
            theme.style(
                tile,
                lambda p: f"QWidget#thumb {{ background: {p.background}; border-radius: 8px; }}",
            )
            column = QVBoxLayout(tile)
            column.setContentsMargins(6, 6, 6, 6)
            column.setSpacing(4)
            picture = ExercisePicture()
            picture.setFixedSize(*self.THUMB)
            picture.setMinimumSize(*self.THUMB)
            path = resolve_image(reference, routine_file)
            folder = picture_folder(reference, routine_file)
            picture.show_image(
                path, self.tr("missing:\n{file}").format(file=Path(reference).name), folder
            )
            picture.setToolTip(tip(reference))
            remove = QPushButton(self.tr("Remove"))
            remove.setStyleSheet("padding: 3px 8px; font-size: 12px;")
            remove.clicked.connect(lambda _=False, n=number: self.remove_clicked.emit(n))
            column.addWidget(picture)
            column.addWidget(remove, 0, Qt.AlignmentFlag.AlignHCenter)
            self._row.insertWidget(number, tile)
            self._tiles.append(tile)
            self.pictures.append(picture)


class CueList(QWidget):
    """Spoken cues of an exercise: rows of "at … s, say …", each with Remove; and Add cue.

    It holds what is typed; ``edited("cues.N.at")`` says which field was typed into, and the
    page reads :meth:`value`. Adding and removing are the page's (each is one undoable edit).
    """

    edited = Signal(str)
    add_clicked = Signal()
    remove_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.setSpacing(6)
        self.rows: list[tuple[NumberEdit, QLineEdit, QPushButton]] = []
        self._row_widgets: list[QWidget] = []
        self.add_button = QPushButton(self.tr("Add spoken cue"))
        self.add_button.setToolTip(
            tip(self.tr("Words said during the work, at a time from its start (on each side)"))
        )
        self.add_button.setStyleSheet("padding: 4px 10px;")
        self._column.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.add_button.clicked.connect(self.add_clicked)
        self._loading = False
        self._guard = UndoKeysToPage(self)

    def value(self) -> list[dict[str, Any]]:
        """The cues as JSON data; an empty time stays "" so that the loader names it."""
        return [{"at": _or_empty(at.value()), "say": say.text()} for at, say, _remove in self.rows]

    def set_value(self, cues: Any) -> None:
        """Show ``cues`` (a list of {"at", "say"}; anything else shows none)."""
        items = cues if isinstance(cues, list) else []
        self._loading = True
        try:
            while len(self.rows) > len(items):
                self.rows.pop()
                widget = self._row_widgets.pop()
                self._column.removeWidget(widget)
                widget.deleteLater()
            while len(self.rows) < len(items):
                self._add_row()
            for (at, say, _remove), cue in zip(self.rows, items, strict=True):
                cue = cue if isinstance(cue, dict) else {}
                at.set_value(cue.get("at"))
                _set_text(say, cue.get("say"))
        finally:
            self._loading = False

    def _add_row(self) -> None:
        number = len(self.rows)
        widget = QWidget()
        widget.setObjectName("clear")  # the panel's colour shows through, as in the form
        row = QHBoxLayout(widget)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        at_label = plain_label(self.tr("at"))
        at = NumberEdit(_offered(CUE_FIELDS, "at"), 60)
        unit = plain_label(self.tr("s:"))
        for label in (at_label, unit):
            theme.style(label, lambda p: f"color: {p.text_dim};")
        say = QLineEdit()
        say.setPlaceholderText(self.tr("What the coach says"))
        remove = QPushButton("✕")
        remove.setStyleSheet("padding: 3px 8px;")
        at.setAccessibleName(self.tr("Spoken cue {number}, seconds").format(number=number + 1))
        say.setAccessibleName(self.tr("Spoken cue {number}, words").format(number=number + 1))
        remove.setAccessibleName(self.tr("Remove spoken cue {number}").format(number=number + 1))
        remove.setToolTip(self.tr("Remove this cue"))
        for part in (at_label, at, unit):
            row.addWidget(part)
        row.addWidget(say, 1)
        row.addWidget(remove)
        at.textChanged.connect(lambda *_a, n=number: self._edited(f"cues.{n}.at"))
        say.textChanged.connect(lambda *_a, n=number: self._edited(f"cues.{n}.say"))
        remove.clicked.connect(lambda _=False, n=number: self.remove_clicked.emit(n))
        self._column.insertWidget(number, widget)
        self._row_widgets.append(widget)
        self.rows.append((at, say, remove))
        for field in (at, say):
            field.installEventFilter(self._guard)  # Ctrl+Z is the editor's, as in every field

    def _edited(self, key: str) -> None:
        if not self._loading:
            self.edited.emit(key)

    def mark(self, wrong: set[tuple[int, str]]) -> None:
        """Mark the fields named in ``wrong`` (cue number, "at" or "say"); clear the others."""
        for number, (at, say, _remove) in enumerate(self.rows):
            _mark(at, (number, "at") in wrong)
            _mark(say, (number, "say") in wrong)


class ExerciseList(QListWidget):
    """The exercises in order; drag one to move it. Emits ``moved(from, to)``, moves nothing.

    The editor owns the order (so that a move can be undone) and fills the list again.
    """

    moved = Signal(int, int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        self.setSpacing(2)

    def dropEvent(self, event: QDropEvent) -> None:
        # InternalMove already refuses drags from elsewhere when they enter; None is a drop
        # sent without a drag (as tests do).
        if event.source() not in (self, None):
            event.ignore()
            return
        source = self.currentRow()
        point = event.position().toPoint()
        index = self.indexAt(point)
        if index.isValid():
            rect = self.visualRect(index)
            target = index.row() + (1 if point.y() > rect.center().y() else 0)
        else:
            target = self.count()
        if target > source:
            target -= 1
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        if source >= 0 and target != source:
            self.moved.emit(source, target)


MEASURES = ("time", "paced", "self-paced")
MEASURE_WORDS = (
    QT_TRANSLATE_NOOP("EditorForm", "Time (seconds)"),
    QT_TRANSLATE_NOOP("EditorForm", "Reps at a set pace"),
    QT_TRANSLATE_NOOP("EditorForm", "Reps at your own pace"),
)
"""How the work is measured, in the order of MEASURES (translated where shown)."""


def paragraphs(text: str) -> list[str]:
    """Instructions as typed -> paragraphs: blank lines separate them."""
    return [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]


def measure_of(exercise: dict[str, Any]) -> str:
    if "seconds" in exercise:
        return "time"
    return "paced" if "tempo" in exercise else "self-paced"


class EditorForm(QWidget):
    """The routine's fields and exercises, shown from JSON data, saying what the user edits.

    It owns no data: the page fills it (:meth:`fill`, :meth:`fill_exercise`...) and, when
    ``routine_edited`` or ``exercise_edited`` says a field was edited, reads the field's value
    (:meth:`routine_value`, :meth:`write_exercise`). Filling never signals an edit.
    """

    routine_edited = Signal(str)  # a key of the routine
    exercise_edited = Signal(str)  # a key of exercise_boxes ("work": seconds, reps, tempo)
    exercise_chosen = Signal(int)  # the row picked in the list of exercises
    circuit_edited = Signal(str)  # a key of circuit_boxes

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._loading = False
        self._in_circuit = False  # whether the exercise shown is in a circuit
        self._bad_rows: set[int] = set()
        body = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(16)
        self._body = body
        self.routine_side = self._build_routine_side()
        self.exercise_side = self._build_exercise_side()
        body.addWidget(self.routine_side, 2)
        body.addWidget(self.exercise_side, 3)
        self._connect()
        theme.changed().connect(self._colour_list)

    @property
    def stacked(self) -> bool:
        """Whether the exercise's column is under the routine's (a narrow window)."""
        return self._body.direction() is QBoxLayout.Direction.TopToBottom

    def set_stacked(self, stacked: bool) -> None:
        """Put the two columns one under the other, or side by side; stacked, each keeps the
        height it needs and the page scrolls."""
        if stacked == self.stacked:
            return
        self._body.setDirection(
            QBoxLayout.Direction.TopToBottom if stacked else QBoxLayout.Direction.LeftToRight
        )
        self.routine_side.setMinimumWidth(0 if stacked else ROUTINE_SIDE_WIDTH[0])
        self.routine_side.setMaximumWidth(WIDGET_SIZE_MAX if stacked else ROUTINE_SIDE_WIDTH[1])
        self.exercise_side.setMinimumWidth(0 if stacked else EXERCISE_SIDE_MIN_WIDTH)
        self.routine_side.setMinimumHeight(STACKED_HEIGHTS[0] if stacked else 0)
        self.exercise_side.setMinimumHeight(STACKED_HEIGHTS[1] if stacked else 0)

    def _section(self, text: str) -> QLabel:
        label = plain_label(text.upper())
        label.setObjectName("section")
        return label

    def _build_routine_side(self) -> QFrame:
        side = QFrame()
        side.setObjectName("panel")
        side.setMinimumWidth(ROUTINE_SIDE_WIDTH[0])
        side.setMaximumWidth(ROUTINE_SIDE_WIDTH[1])
        column = QVBoxLayout(side)
        column.setContentsMargins(18, 14, 18, 14)
        column.setSpacing(8)
        column.addWidget(self._section(self.tr("Routine")))
        form = FormGrid(spacing=8)
        self.name_edit = QLineEdit()
        self.description_edit = QPlainTextEdit()
        self.description_edit.setPlaceholderText(
            self.tr("What the routine is for; shown in the library")
        )
        self.description_edit.setFixedHeight(80)
        self.source_edit = QLineEdit()
        self.source_edit.setPlaceholderText(self.tr("Where the content comes from"))
        self.prepare_edit = NumberEdit(_offered(ROUTINE_FIELDS, "prepare_seconds"), 70)
        self.switch_edit = NumberEdit(_offered(ROUTINE_FIELDS, "switch_seconds"), 70)
        self.rest_sets_edit = RestEdit(_offered(ROUTINE_FIELDS, "rest_between_sets"))
        self.rest_after_edit = RestEdit(_offered(ROUTINE_FIELDS, "rest_after_exercise"))
        self.routine_boxes: dict[str, FieldBox] = {
            "name": FieldBox(self.name_edit),
            "description": FieldBox(self.description_edit),
            "source": FieldBox(self.source_edit),
            "prepare_seconds": FieldBox(self.prepare_edit, self.tr("s")),
            "switch_seconds": FieldBox(self.switch_edit, self.tr("s")),
            "rest_between_sets": FieldBox(self.rest_sets_edit),
            "rest_after_exercise": FieldBox(self.rest_after_edit),
        }
        self.rest_sets_edit.seconds.setFixedWidth(70)
        self.rest_after_edit.seconds.setFixedWidth(70)
        self.routine_boxes["rest_between_sets"].inputs = [self.rest_sets_edit.seconds]
        self.routine_boxes["rest_after_exercise"].inputs = [self.rest_after_edit.seconds]
        form.add_row(self.tr("Name"), self.routine_boxes["name"])
        form.add_row(self.tr("Description"), self.routine_boxes["description"])
        form.add_row(self.tr("Source"), self.routine_boxes["source"])
        form.add_row(self.tr("Get ready"), self.routine_boxes["prepare_seconds"])
        form.add_row(self.tr("Switch sides"), self.routine_boxes["switch_seconds"])
        form.add_row(self.tr("Rest between sets"), self.routine_boxes["rest_between_sets"])
        form.add_row(self.tr("Rest after exercise"), self.routine_boxes["rest_after_exercise"])
        self.routine_error = plain_label()
        self.routine_error.setWordWrap(True)
        theme.style(
            self.routine_error, lambda p: f"color: {p.error}; font-size: 13px; font-weight: 600;"
        )
        self.routine_error.hide()
        column.addLayout(form)
        column.addWidget(self.routine_error)

        heading = QHBoxLayout()
        self.exercises_heading = self._section(self.tr("Exercises"))
        heading.addWidget(self.exercises_heading)
        heading.addStretch(1)
        column.addSpacing(6)
        column.addLayout(heading)
        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setToolTip(self.tr("Add an exercise after the chosen one"))
        self.duplicate_button = QPushButton(self.tr("Duplicate"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.up_button = QPushButton("▲")
        self.up_button.setToolTip(self.tr("Move up (Alt+Up); or drag it"))
        self.up_button.setAccessibleName(self.tr("Move up"))
        self.down_button = QPushButton("▼")
        self.down_button.setToolTip(self.tr("Move down (Alt+Down); or drag it"))
        self.down_button.setAccessibleName(self.tr("Move down"))
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
        circuit_buttons = QHBoxLayout()
        circuit_buttons.setSpacing(6)
        self.add_circuit_button = QPushButton(self.tr("Add circuit"))
        self.add_circuit_button.setToolTip(
            self.tr("Add a circuit: moves done one after another, round after round")
        )
        self.out_button = QPushButton("◀")
        self.out_button.setToolTip(self.tr("Move out of the circuit (Alt+Left)"))
        self.out_button.setAccessibleName(self.tr("Move out of the circuit"))
        self.into_button = QPushButton("▶")
        self.into_button.setToolTip(self.tr("Move into the circuit beside it (Alt+Right)"))
        self.into_button.setAccessibleName(self.tr("Move into the circuit"))
        for button in (self.add_circuit_button, self.out_button, self.into_button):
            button.setStyleSheet("padding: 6px 10px;")
            circuit_buttons.addWidget(button)
        circuit_buttons.addStretch(1)
        column.addLayout(circuit_buttons)
        self.exercise_list = ExerciseList()
        self.exercise_list.setAccessibleName(self.tr("Exercises"))
        column.addWidget(self.exercise_list, 1)
        self.exercises_error = plain_label()
        self.exercises_error.setWordWrap(True)
        theme.style(
            self.exercises_error, lambda p: f"color: {p.error}; font-size: 13px; font-weight: 600;"
        )
        self.exercises_error.hide()
        column.addWidget(self.exercises_error)
        return side

    def _build_exercise_side(self) -> QFrame:
        side = QFrame()
        side.setObjectName("panel")
        side.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        side.setMinimumWidth(EXERCISE_SIDE_MIN_WIDTH)
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
        self.exercise_heading = self._section(self.tr("Exercise"))
        column.addWidget(self.exercise_heading)
        self.exercise_error = plain_label()
        self.exercise_error.setWordWrap(True)
        theme.style(
            self.exercise_error, lambda p: f"color: {p.error}; font-size: 13px; font-weight: 600;"
        )
        self.exercise_error.hide()
        column.addWidget(self.exercise_error)
        self.no_exercise = plain_label(self.tr("No exercises yet. Add one on the left."))
        theme.style(self.no_exercise, lambda p: f"color: {p.text_dim}; font-size: 16px;")
        column.addWidget(self.no_exercise)

        self.exercise_form = QWidget()
        self.exercise_form.setObjectName("clear")
        form = FormGrid(self.exercise_form)
        self.ex_name = QLineEdit()
        self.ex_name.setStyleSheet("font-size: 17px; font-weight: 700;")
        self.measure_combo = QComboBox()
        self.measure_combo.addItems([self.tr(words) for words in MEASURE_WORDS])
        self.measure_combo.setToolTip(
            self.tr(
                "Time: a countdown. Reps at a set pace: the app paces and counts them. "
                "Reps at your own pace: press Space when done."
            )
        )
        self.seconds_edit = NumberEdit(_offered(EXERCISE_FIELDS, "seconds"), 80)
        self.seconds_unit = plain_label(self.tr("seconds"))
        self.reps_edit = NumberEdit(_offered(EXERCISE_FIELDS, "reps"), 70)
        self.reps_unit = plain_label(self.tr("reps"))
        self.tempo_times = plain_label("×")
        self.tempo_edit = NumberEdit(_offered(EXERCISE_FIELDS, "tempo"), 80)
        self.tempo_edit.setToolTip(
            tip(
                self.tr(
                    "Seconds per rep, or the phases of one rep: 3, 2, 3 is 3 s down,"
                    " hold 2 s, 3 s up"
                )
            )
        )
        self.tempo_unit = plain_label(self.tr("s per rep"))
        for label in (self.seconds_unit, self.reps_unit, self.tempo_times, self.tempo_unit):
            theme.style(label, lambda p: f"color: {p.text_dim};")
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
        self.sides_combo.addItems(
            [self.tr("One side (or both at once)"), self.tr("Each side: left, then right")]
        )
        self.sets_edit = SetsEdit()
        self.ex_rest_sets = RestEdit()
        self.ex_rest_after = RestEdit()
        self.optional_check = QCheckBox(self.tr("May be left out to save time"))
        self.cues_edit = CueList()
        self.cue_edit = QLineEdit()
        self.cue_edit.setPlaceholderText(self.tr("Empty: the first sentence of the instructions"))
        self.instructions_edit = QPlainTextEdit()
        self.instructions_edit.setPlaceholderText(
            self.tr("Start position.\n\nThe movement.\n\nWhat you should feel.\n\nSafety.")
        )
        self.instructions_edit.setFixedHeight(170)
        self.images = ImageStrip()
        self.exercise_boxes: dict[str, FieldBox] = {
            "name": FieldBox(self.ex_name),
            "work": self.work_box,
            "sides": FieldBox(self.sides_combo),
            "sets": FieldBox(
                self.sets_edit,
                hint=self.tr(
                    "3 to 4: you pick the count when you start. "
                    "Second box empty: always the same count."
                ),
            ),
            "rest_between_sets": FieldBox(self.ex_rest_sets),
            "rest_after": FieldBox(self.ex_rest_after),
            "cue": FieldBox(
                self.cue_edit,
                hint=self.tr(
                    "One short line, shown large while the move runs and said by the coach."
                ),
            ),
            "instructions": FieldBox(
                self.instructions_edit,
                hint=self.tr(
                    "Paragraphs, separated by a blank line. Shown a piece at a time before the "
                    "move, and read aloud when the settings ask."
                ),
            ),
            "images": FieldBox(self.images),
            "optional": FieldBox(self.optional_check),
            "cues": FieldBox(self.cues_edit),
        }
        self.exercise_labels: dict[str, QLabel] = {}  # rows hidden for a circuit's exercise
        self.exercise_boxes["sides"].layout().itemAt(0).layout().addStretch(1)  # type: ignore[union-attr]
        self.exercise_boxes["sets"].inputs = [self.sets_edit.low, self.sets_edit.high]
        self.exercise_boxes["rest_between_sets"].inputs = [self.ex_rest_sets.seconds]
        self.exercise_boxes["rest_after"].inputs = [self.ex_rest_after.seconds]
        form.add_row(self.tr("Name"), self.exercise_boxes["name"])
        form.add_row(self.tr("Work"), self.work_box)
        form.add_row(self.tr("Sides"), self.exercise_boxes["sides"])
        self.exercise_labels["sets"] = form.add_row(self.tr("Sets"), self.exercise_boxes["sets"])
        self.exercise_labels["rest_between_sets"] = form.add_row(
            self.tr("Rest between sets"), self.exercise_boxes["rest_between_sets"]
        )
        form.add_row(self.tr("Rest after"), self.exercise_boxes["rest_after"])
        self.exercise_labels["optional"] = form.add_row(
            self.tr("Optional"), self.exercise_boxes["optional"]
        )
        form.add_row(self.tr("Cue"), self.exercise_boxes["cue"])
        form.add_row(self.tr("Spoken cues"), self.exercise_boxes["cues"])
        form.add_row(self.tr("Instructions"), self.exercise_boxes["instructions"])
        form.add_row(self.tr("Pictures"), self.exercise_boxes["images"])
        column.addWidget(self.exercise_form)
        column.addWidget(self._build_circuit_form())
        column.addStretch(1)
        return side

    def _build_circuit_form(self) -> QWidget:
        """The chosen circuit's fields: its name, rounds, rests and optional."""
        self.circuit_form = QWidget()
        self.circuit_form.setObjectName("clear")
        form = FormGrid(self.circuit_form)
        self.circuit_name = QLineEdit()
        self.circuit_name.setStyleSheet("font-size: 17px; font-weight: 700;")
        self.rounds_edit = SetsEdit(rounds=True)
        self.circuit_rest_rounds = RestEdit()
        self.circuit_rest_after = RestEdit()
        self.circuit_optional = QCheckBox(self.tr("May be left out to save time"))
        self.circuit_boxes: dict[str, FieldBox] = {
            "circuit": FieldBox(self.circuit_name),
            "rounds": FieldBox(
                self.rounds_edit,
                hint=self.tr(
                    "Each round: every exercise of the circuit once, in order. 2 to 3: you pick"
                    " the count when you start."
                ),
            ),
            "rest_between_rounds": FieldBox(self.circuit_rest_rounds),
            "rest_after": FieldBox(self.circuit_rest_after),
            "optional": FieldBox(self.circuit_optional),
        }
        self.circuit_boxes["rounds"].inputs = [self.rounds_edit.low, self.rounds_edit.high]
        self.circuit_boxes["rest_between_rounds"].inputs = [self.circuit_rest_rounds.seconds]
        self.circuit_boxes["rest_after"].inputs = [self.circuit_rest_after.seconds]
        form.add_row(self.tr("Name"), self.circuit_boxes["circuit"])
        form.add_row(self.tr("Rounds"), self.circuit_boxes["rounds"])
        form.add_row(self.tr("Rest between rounds"), self.circuit_boxes["rest_between_rounds"])
        form.add_row(self.tr("Rest after"), self.circuit_boxes["rest_after"])
        form.add_row(self.tr("Optional"), self.circuit_boxes["optional"])
        self.circuit_form.hide()
        return self.circuit_form

    def _connect(self) -> None:
        for key, signal in (
            ("name", self.name_edit.textChanged),
            ("description", self.description_edit.textChanged),
            ("source", self.source_edit.textChanged),
            ("prepare_seconds", self.prepare_edit.textChanged),
            ("switch_seconds", self.switch_edit.textChanged),
            ("rest_between_sets", self.rest_sets_edit.changed),
            ("rest_after_exercise", self.rest_after_edit.changed),
        ):
            signal.connect(lambda *_args, k=key: self._edited(self.routine_edited, k))
        for key, signal in (
            ("name", self.ex_name.textChanged),
            ("work", self.seconds_edit.textChanged),
            ("work", self.reps_edit.textChanged),
            ("work", self.tempo_edit.textChanged),
            ("sides", self.sides_combo.currentIndexChanged),
            ("sets", self.sets_edit.changed),
            ("rest_between_sets", self.ex_rest_sets.changed),
            ("rest_after", self.ex_rest_after.changed),
            ("cue", self.cue_edit.textChanged),
            ("instructions", self.instructions_edit.textChanged),
            ("optional", self.optional_check.toggled),
        ):
            signal.connect(lambda *_args, k=key: self._edited(self.exercise_edited, k))
        self.cues_edit.edited.connect(lambda key: self._edited(self.exercise_edited, key))
        for key, signal in (
            ("circuit", self.circuit_name.textChanged),
            ("rounds", self.rounds_edit.changed),
            ("rest_between_rounds", self.circuit_rest_rounds.changed),
            ("rest_after", self.circuit_rest_after.changed),
            ("optional", self.circuit_optional.toggled),
        ):
            signal.connect(lambda *_args, k=key: self._edited(self.circuit_edited, k))
        self.measure_combo.currentIndexChanged.connect(self._measure_changed)
        self.exercise_list.currentRowChanged.connect(self._row_changed)

    def _edited(self, signal: Any, key: str) -> None:
        if not self._loading:
            signal.emit(key)

    def _row_changed(self, row: int) -> None:
        if not self._loading:
            self.exercise_chosen.emit(row)

    # ---------------------------------------------------------------------------------------
    # Reading what was typed

    def routine_value(self, key: str) -> Any:
        """The value typed into the routine's field ``key``; None when it is empty."""
        if key == "name":
            return self.name_edit.text()
        if key == "description":
            return text_of(self.description_edit)
        if key == "source":
            return self.source_edit.text()
        if key == "prepare_seconds":
            return self.prepare_edit.value()
        if key == "switch_seconds":
            return self.switch_edit.value()
        if key == "rest_between_sets":
            return self.rest_sets_edit.value()
        return self.rest_after_edit.value()

    def write_exercise(self, key: str, exercise: dict[str, Any]) -> None:
        """Put what is typed into the exercise's field ``key`` into ``exercise``."""
        if key == "name":
            exercise["name"] = self.ex_name.text()
        elif key == "work":
            self._write_work(exercise)
        elif key == "sides":
            exercise["sides"] = "each" if self.sides_combo.currentIndex() == 1 else "one"
        elif key == "instructions":
            exercise["instructions"] = paragraphs(text_of(self.instructions_edit))
        elif key == "cue":
            # An empty box leaves the cue out: the first sentence of the instructions stands in.
            cue = self.cue_edit.text()
            if cue:
                exercise["cue"] = cue
            else:
                exercise.pop("cue", None)
        elif key.startswith("cues"):
            _put(exercise, "cues", self.cues_edit.value() or None)
        elif key == "optional":
            # Not optional is the default, which the file leaves out (and format 1 holds).
            _put(exercise, "optional", True if self.optional_check.isChecked() else None)
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

    def write_circuit(self, key: str, circuit: dict[str, Any]) -> None:
        """Put what is typed into the circuit's field ``key`` into ``circuit``."""
        if key == "circuit":
            circuit["circuit"] = self.circuit_name.text()
        elif key == "rounds":
            # Rounds are required: an empty box stays "", so the loader names the field.
            circuit["rounds"] = _or_empty(self.rounds_edit.value())
        elif key == "optional":
            _put(circuit, "optional", True if self.circuit_optional.isChecked() else None)
        else:
            edit = (
                self.circuit_rest_rounds
                if key == "rest_between_rounds"
                else self.circuit_rest_after
            )
            _put(circuit, key, edit.value())

    def _write_work(self, exercise: dict[str, Any]) -> None:
        measure = self.measure
        for key in WORK_KEYS:
            exercise.pop(key, None)
        # An empty box stays in the data as "", so the loader names the field that is empty.
        if measure == "time":
            exercise["seconds"] = _or_empty(self.seconds_edit.value())
        else:
            exercise["reps"] = _or_empty(self.reps_edit.value())
            if measure == "paced":
                exercise["tempo"] = _or_empty(tempo_from_text(self.tempo_edit.text()))

    @property
    def measure(self) -> str:
        """How the shown exercise's work is measured: ``time``, ``paced`` or ``self-paced``."""
        return MEASURES[self.measure_combo.currentIndex()]

    def _measure_changed(self, _index: int) -> None:
        if self._loading:
            return
        self._show_measure()
        measure = self.measure
        keys = ["seconds"] if measure == "time" else ["reps"]
        if measure == "paced":
            keys.append("tempo")
        edits = {"seconds": self.seconds_edit, "reps": self.reps_edit, "tempo": self.tempo_edit}
        defaults = [(edits[key], _offered(EXERCISE_FIELDS, key)) for key in keys]
        self._loading = True
        for edit, text in defaults:
            if not edit.text().strip():
                edit.setText(text)
        self._loading = False
        self.exercise_edited.emit("work")

    def _show_measure(self) -> None:
        measure = self.measure
        for widget in (self.seconds_edit, self.seconds_unit):
            widget.setVisible(measure == "time")
        for widget in (self.reps_edit, self.reps_unit):
            widget.setVisible(measure != "time")
        for widget in (self.tempo_times, self.tempo_edit, self.tempo_unit):
            widget.setVisible(measure == "paced")

    # ---------------------------------------------------------------------------------------
    # Showing the data

    def fill_routine(self, data: dict[str, Any]) -> None:
        """Show the routine's own fields."""
        self._loading = True
        try:
            _set_text(self.name_edit, data.get("name"))
            _set_plain(self.description_edit, data.get("description"))
            _set_text(self.source_edit, data.get("source"))
            self.prepare_edit.set_value(data.get("prepare_seconds"))
            self.switch_edit.set_value(data.get("switch_seconds"))
            self.rest_sets_edit.set_value(data.get("rest_between_sets"))
            self.rest_after_edit.set_value(data.get("rest_after_exercise"))
        finally:
            self._loading = False

    def fill_list(self, items: list[Any], current: int, bad: dict[Place, list[str]]) -> None:
        """Show the list of exercises and circuits (a circuit's exercises indented under it),
        the row ``current`` chosen, those in ``bad`` marked."""
        count = len(outline.places(items))
        self._loading = True
        try:
            while self.exercise_list.count() > count:
                self.exercise_list.takeItem(self.exercise_list.count() - 1)
            while self.exercise_list.count() < count:
                self.exercise_list.addItem(QListWidgetItem())
            self.label_list(items, bad)
            self.exercise_list.setCurrentRow(current)
        finally:
            self._loading = False

    def label_list(self, items: list[Any], bad: dict[Place, list[str]]) -> None:
        """Name and sum up each row of the list; say what is wrong with those in ``bad``."""
        rows = outline.places(items)
        for number, place in enumerate(rows):
            row = self.exercise_list.item(number)
            if row is None:
                continue
            found = outline.at(items, place)
            circuit = outline.is_circuit(found)
            name = found.get("circuit" if circuit else "name") if isinstance(found, dict) else None
            title = name.strip() if isinstance(name, str) and name.strip() else self.tr("(no name)")
            summary = (
                "⚠  " + bad[place][0]
                if place in bad
                else _circuit_summary(found)
                if circuit
                else _summary(found)
            )
            if len(place) == 1:
                text = f"{place[0] + 1}. {'⟳ ' if circuit else ''}{title}\n{summary}"
            else:
                text = f"{INDENT}{place[0] + 1}.{place[1] + 1}  {title}\n{INDENT}{summary}"
            row.setText(text)
            font = row.font()
            font.setBold(circuit)
            row.setFont(font)
            row.setToolTip(tip("\n".join(bad.get(place, []))))
        self._bad_rows = {number for number, place in enumerate(rows) if place in bad}
        self._colour_list()
        self.exercises_heading.setText(
            self.tr("EXERCISES  ({count})").format(
                count=sum(1 for p in rows if len(p) == 2 or not outline.is_circuit(items[p[0]]))
            )
        )

    def _colour_list(self) -> None:
        """Mark the exercises with problems in the theme's error colour."""
        colours = theme.colours()
        for number in range(self.exercise_list.count()):
            item = self.exercise_list.item(number)
            item.setForeground(QColor(colours.error if number in self._bad_rows else colours.text))

    def fill_chosen(
        self, items: list[Any], place: Place | None, chosen: Any, routine_file: Path
    ) -> None:
        """Show the row at ``place`` (None: there is none): an exercise's fields, or a
        circuit's; ``chosen`` is its data. The buttons offer the moves that can be made."""
        circuit = outline.is_circuit(chosen)
        exercise = chosen if isinstance(chosen, dict) and not circuit else None
        self.exercise_form.setVisible(exercise is not None)
        self.circuit_form.setVisible(circuit)
        self.no_exercise.setVisible(chosen is None)
        for button in (self.duplicate_button, self.remove_button):
            button.setEnabled(chosen is not None)
        moves: list[tuple[QPushButton, Callable[[list[Any], Place], Place | None]]] = [
            (self.up_button, lambda i, p: outline.move(i, p, -1)),
            (self.down_button, lambda i, p: outline.move(i, p, 1)),
            (self.into_button, outline.move_into),
            (self.out_button, outline.move_out),
        ]
        for button, move in moves:
            # Tried on a copy: the outline alone says what can move where.
            button.setEnabled(place is not None and move(copy.deepcopy(items), place) is not None)
        if chosen is None or place is None:
            self.exercise_heading.setText(self.tr("EXERCISE"))
            return
        if circuit:
            self.exercise_heading.setText(
                self.tr("CIRCUIT {number} OF {count}").format(number=place[0] + 1, count=len(items))
            )
            self._fill_circuit(chosen)
            return
        self._in_circuit = len(place) == 2
        for key in ("sets", "rest_between_sets", "optional"):
            # An exercise in a circuit is done once each round: the circuit says how often.
            self.exercise_boxes[key].setHidden(self._in_circuit)
            self.exercise_labels[key].setHidden(self._in_circuit)
        if self._in_circuit:
            circuit_name = items[place[0]].get("circuit")
            self.exercise_heading.setText(
                self.tr("EXERCISE {number} OF {count} IN “{circuit}”").format(
                    number=place[1] + 1,
                    count=len(outline.inner(items[place[0]])),
                    circuit=circuit_name if isinstance(circuit_name, str) else "",
                )
            )
        else:
            self.exercise_heading.setText(
                self.tr("EXERCISE {number} OF {count}").format(
                    number=place[0] + 1, count=len(items)
                )
            )
        assert exercise is not None
        self._loading = True
        try:
            _set_text(self.ex_name, exercise.get("name"))
            self.measure_combo.setCurrentIndex(MEASURES.index(measure_of(exercise)))
            self.seconds_edit.set_value(exercise.get("seconds"))
            self.reps_edit.set_value(exercise.get("reps"))
            _set_text(self.tempo_edit, tempo_text(exercise.get("tempo")))
            self._show_measure()
            self.sides_combo.setCurrentIndex(1 if exercise.get("sides") == "each" else 0)
            self.sets_edit.set_value(exercise.get("sets"))
            self.ex_rest_sets.set_value(exercise.get("rest_between_sets"))
            self.ex_rest_after.set_value(exercise.get("rest_after"))
            _set_text(self.cue_edit, exercise.get("cue"))
            self.optional_check.setChecked(exercise.get("optional") is True)
            self.cues_edit.set_value(exercise.get("cues"))
            instructions = exercise.get("instructions")
            text = (
                "\n\n".join(p for p in instructions if isinstance(p, str))
                if isinstance(instructions, list)
                else ""
            )
            if paragraphs(text_of(self.instructions_edit)) != paragraphs(text):
                self.instructions_edit.setPlainText(text)
        finally:
            self._loading = False
        self.fill_images(exercise, routine_file)

    def _fill_circuit(self, circuit: dict[str, Any]) -> None:
        self._loading = True
        try:
            _set_text(self.circuit_name, circuit.get("circuit"))
            self.rounds_edit.set_value(circuit.get("rounds"))
            self.circuit_rest_rounds.set_value(circuit.get("rest_between_rounds"))
            self.circuit_rest_after.set_value(circuit.get("rest_after"))
            self.circuit_optional.setChecked(circuit.get("optional") is True)
        finally:
            self._loading = False

    def fill_images(self, exercise: dict[str, Any] | None, routine_file: Path) -> None:
        """Show the exercise's pictures, found from ``routine_file``."""
        references = exercise.get("images") if exercise is not None else None
        self.images.set_images(
            [r for r in references if isinstance(r, str)] if isinstance(references, list) else [],
            routine_file,
        )

    def set_rest_defaults(self, data: dict[str, Any]) -> None:
        """Say what an empty rest means: the routine's own; inside a circuit's round, none."""
        routine_rest = {
            key: field_of(ROUTINE_FIELDS, key).default if data.get(key) is None else data[key]
            for key in ("rest_between_sets", "rest_after_exercise")
        }
        self.ex_rest_sets.set_default(routine_rest["rest_between_sets"])
        self.ex_rest_after.set_default(
            None if self._in_circuit else routine_rest["rest_after_exercise"]
        )
        self.circuit_rest_rounds.set_default(routine_rest["rest_between_sets"])
        self.circuit_rest_after.set_default(routine_rest["rest_after_exercise"])

    def show_problems(self, placement: Placement) -> None:
        """Show each problem where ``placement`` puts it; clear the fields without one."""
        for key, box in self.routine_boxes.items():
            box.set_error("\n".join(placement.routine_fields.get(key, [])))
        for key, box in self.exercise_boxes.items():
            box.set_error("\n".join(placement.exercise_fields.get(key, [])))
        for key, box in self.circuit_boxes.items():
            box.set_error("\n".join(placement.circuit_fields.get(key, [])))
        for key, edit in (
            ("seconds", self.seconds_edit),
            ("reps", self.reps_edit),
            ("tempo", self.tempo_edit),
        ):
            _mark(edit, key in placement.work_wrong)
        self.cues_edit.mark(placement.cue_wrong)
        for label, lines in (
            (self.routine_error, placement.routine),
            (self.exercises_error, placement.exercises),
            (self.exercise_error, placement.exercise),
        ):
            label.setText("\n".join(lines))
            label.setVisible(bool(lines))


def _offered(fields: list[Field], key: str) -> str:
    """What the table of fields offers for a new ``key``, as the text of a field."""
    return number_text(field_of(fields, key).offered)


def _put(data: dict[str, Any], key: str, value: Any) -> None:
    """Set ``key`` to ``value``, or leave it out when ``value`` is None."""
    if value is None:
        data.pop(key, None)
    else:
        data[key] = value


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
    if text_of(edit) != text:
        edit.setPlainText(text)


def _mark(widget: QWidget, wrong: bool) -> None:
    if widget.property("problem") != wrong:
        widget.setProperty("problem", wrong)
        widget.style().unpolish(widget)
        widget.style().polish(widget)


INDENT = "      "
"""Before the text of a circuit's exercise in the list, under the circuit's heading."""


def _circuit_summary(circuit: Any) -> str:
    """One line about a circuit as it stands: ``Circuit · 2 rounds``, or needs fixing."""
    data = new_routine_data() | {"format": 2, "exercises": [circuit]}
    try:
        item = routine_from_data(data).exercises[0]
    except RoutineError:
        return QCoreApplication.translate("EditorForm", "needs fixing")
    return library.describe_circuit(item) if isinstance(item, Circuit) else ""


def _summary(exercise: Any) -> str:
    """One line about an exercise as it stands (it may not be valid yet)."""
    if not isinstance(exercise, dict):
        return QCoreApplication.translate("EditorForm", "needs fixing")
    try:
        return library.describe_exercise(exercise_from_data(exercise))
    except RoutineError:
        return QCoreApplication.translate("EditorForm", "needs fixing")
