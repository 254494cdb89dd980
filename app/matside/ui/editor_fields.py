"""The editor's fields: numbers, rests, set counts, pictures and the exercise list.

The fields hold what the user typed, even when it is not a valid value; turning it into JSON data
and checking it is the model's work (``matside.core.routine.routine_from_data``), so the
editor and the loader never disagree.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QDropEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from matside.core.routine import AS_NEEDED
from matside.storage.paths import resolve_image
from matside.ui import theme
from matside.ui.library_style import ERROR
from matside.ui.text import plain_label, tip
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
        for part in parts:
            if isinstance(part, str):
                label = plain_label(part)
                label.setStyleSheet(f"color: {theme.TEXT_DIM};")
                row.addWidget(label)
            else:
                row.addWidget(part, 1 if isinstance(part, QLineEdit) else 0)
                self.inputs.append(part)
        column.addLayout(row)
        self.hint = plain_label(hint)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(f"color: {theme.TEXT_DIM}; font-size: 12px;")
        self.hint.setVisible(bool(hint))
        column.addWidget(self.hint)
        self.error = plain_label()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {ERROR}; font-size: 13px; font-weight: 600;")
        self.error.hide()
        column.addWidget(self.error)

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
        self.unit = plain_label("s")
        self.unit.setStyleSheet(f"color: {theme.TEXT_DIM};")
        self.as_needed = QCheckBox("as needed")
        self.as_needed.setToolTip(tip("Rest until you press Space"))
        self.note = plain_label()
        self.note.setStyleSheet(f"color: {theme.TEXT_DIM}; font-size: 13px;")
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
        """Say what an empty field means: the routine's own rest, ``value``."""
        if value == AS_NEEDED:
            self.seconds.setPlaceholderText("")
            self.note.setText("empty: as needed, like the routine")
        else:
            text = number_text(value) if value is not None else "30"
            self.seconds.setPlaceholderText(text)
            self.note.setText(f"empty: the routine's {text} s")
        self._update_note()


class SetsEdit(QWidget):
    """A set count, or a range (the user picks a count when starting)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        self.low = NumberEdit("1", 70)
        self.high = NumberEdit("", 70)
        self.high.setToolTip("For a range: the most sets. Leave empty for a fixed count.")
        to = plain_label("to")
        to.setStyleSheet(f"color: {theme.TEXT_DIM};")
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
        self.add_button = QPushButton("Add picture…")
        self.add_button.setToolTip(
            "SVG, PNG, JPEG or GIF; copied next to your routine so it goes where the routine goes"
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
            tile.setStyleSheet(
                f"QWidget#thumb {{ background: {theme.BACKGROUND}; border-radius: 8px; }}"
            )
            column = QVBoxLayout(tile)
            column.setContentsMargins(6, 6, 6, 6)
            column.setSpacing(4)
            picture = ExercisePicture()
            picture.setFixedSize(*self.THUMB)
            picture.setMinimumSize(*self.THUMB)
            path = resolve_image(reference, routine_file)
            picture.show_image(path, f"missing:\n{Path(reference).name}")
            picture.setToolTip(tip(reference))
            remove = QPushButton("Remove")
            remove.setStyleSheet("padding: 3px 8px; font-size: 12px;")
            remove.clicked.connect(lambda _=False, n=number: self.remove_clicked.emit(n))
            column.addWidget(picture)
            column.addWidget(remove, 0, Qt.AlignmentFlag.AlignHCenter)
            self._row.insertWidget(number, tile)
            self._tiles.append(tile)
            self.pictures.append(picture)


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
