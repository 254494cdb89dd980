"""Repairing a routine file that cannot be loaded: its text, checked by the loader as you type.

The file is read through :func:`matside.storage.files.read_regular_file`: a FIFO, a device or
a file too large for a routine is refused with the reason, never waited on. A file that is not
UTF-8 text is shown read-only, with the byte where it stops being UTF-8, and cannot be saved:
saving the text as shown would replace what could not be read with U+FFFD and lose the user's
bytes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFontDatabase, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from matside.core import wording
from matside.core.routine import Problem, RoutineError, parse_routine
from matside.core.wording import words
from matside.storage.files import (
    MAX_ROUTINE_BYTES,
    FileRefused,
    atomic_write_text,
    read_regular_file,
)
from matside.ui import theme
from matside.ui.text import plain_label, text_of, tip, window_title
from matside.ui.translations import counted


class RepairDialog(QDialog):
    """The text of a broken routine file, with what is wrong; saves only a routine that loads.

    A problem that names a line and column (JSON syntax) moves the cursor there when activated.
    """

    saved = Signal(object)  # Path

    def __init__(self, path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.path = path
        self.setWindowTitle(window_title(self.tr("Repair {file} — Matside").format(file=path.name)))
        self.resize(900, 680)
        column = QVBoxLayout(self)
        column.setContentsMargins(20, 18, 20, 18)
        column.setSpacing(10)
        heading = plain_label(self.tr("Repair {file}").format(file=path.name))
        heading.setStyleSheet("font-size: 20px; font-weight: 700;")
        column.addWidget(heading)
        where = plain_label(str(path))
        theme.style(where, lambda p: f"color: {p.text_dim}; font-size: 12px;")
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(where)
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(self.tr("The routine file's text"))
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPixelSize(14)
        self.text.setFont(font)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        text, self.unreadable = self._read()
        self.text.setPlainText(text)
        self.text.setReadOnly(self.unreadable is not None)
        column.addWidget(self.text, 3)
        self.status = plain_label()
        self.status.setStyleSheet("font-size: 14px; font-weight: 700;")
        column.addWidget(self.status)
        self.problems = QListWidget()
        self.problems.setAccessibleName(self.tr("Problems"))
        theme.style(
            self.problems, lambda p: f"QListWidget {{ color: {p.error}; font-size: 13px; }}"
        )
        self.problems.itemActivated.connect(self._go_to)
        column.addWidget(self.problems, 1)
        # A standard button box, as in Settings: the platform's order of Save and Cancel.
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("primary")
        column.addWidget(buttons)
        self.cancel_button.clicked.connect(self.reject)
        self.save_button.clicked.connect(self.save)
        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(250)
        self._check_timer.timeout.connect(self.check)
        self.text.textChanged.connect(self._check_timer.start)
        self.check()

    def _read(self) -> tuple[str, str | None]:
        """The file's text, and why it cannot be repaired here (None when it can)."""
        try:
            raw = read_regular_file(self.path, MAX_ROUTINE_BYTES)
        except FileRefused as error:
            return "", self.tr("This file cannot be repaired here: it {problem}.").format(
                problem=words(error.reason)
            )
        try:
            return raw.decode("utf-8-sig"), None
        except UnicodeDecodeError as error:
            line = raw.count(b"\n", 0, error.start) + 1
            column = error.start - (raw.rfind(b"\n", 0, error.start) + 1) + 1
            return raw.decode("utf-8-sig", errors="replace"), self.tr(
                "This file is not UTF-8 text: byte {byte} at line {line}, "
                "column {column} (byte {offset} of the file) cannot be read. It is "
                "shown read-only, and cannot be saved here, so that nothing in it is lost. "
                "Save it as UTF-8 in a text editor, then repair it here."
            ).format(
                byte=f"0x{raw[error.start]:02X}", line=line, column=column, offset=error.start + 1
            )

    def check(self) -> list[Problem]:
        """Check the text with the loader; show and return what is wrong."""
        self._check_timer.stop()
        if self.unreadable is not None:
            self.problems.clear()
            self.problems.hide()
            self.status.setWordWrap(True)
            self.status.setText(self.unreadable)
            theme.style(
                self.status, lambda p: f"color: {p.error}; font-size: 14px; font-weight: 700;"
            )
            self.save_button.setEnabled(False)
            self.save_button.setToolTip(tip(self.tr("This file cannot be saved here.")))
            return [Problem.in_file(self.unreadable, "file")]
        try:
            parse_routine(text_of(self.text), self.path.name)
            found: list[Problem] = []
        except RoutineError as error:
            found = list(error.problems)
        self.problems.clear()
        for problem in found:
            item = QListWidgetItem(wording.line(problem))
            where = problem.text_place
            if where is not None and where.line is not None and where.column is not None:
                item.setData(Qt.ItemDataRole.UserRole, where.line)
                item.setData(Qt.ItemDataRole.UserRole + 1, where.column)
            self.problems.addItem(item)
        self.problems.setVisible(bool(found))
        if found:
            self.status.setText(
                counted(self.tr("%n problem(s) to fix before saving", "", len(found)), len(found))
            )
            theme.style(
                self.status, lambda p: f"color: {p.error}; font-size: 14px; font-weight: 700;"
            )
        else:
            self.status.setText(
                self.tr("This is a valid routine; Save to put it back in your library.")
            )
            theme.style(self.status, lambda p: f"color: {p.ok}; font-size: 14px; font-weight: 700;")
        self.save_button.setEnabled(not found)
        self.save_button.setToolTip(
            tip("" if not found else self.tr("Fix the problems listed below the text first."))
        )
        return found

    def save(self) -> bool:
        """Save the text if it is a valid routine (checked again, now); True when saved."""
        if self.check():
            return False
        try:
            atomic_write_text(self.path, text_of(self.text))
        except OSError as error:
            self.status.setText(self.tr("Could not save: {reason}").format(reason=error.strerror))
            theme.style(
                self.status, lambda p: f"color: {p.error}; font-size: 14px; font-weight: 700;"
            )
            return False
        self.saved.emit(self.path)
        self.accept()
        return True

    def _go_to(self, item: QListWidgetItem) -> None:
        line, col = item.data(Qt.ItemDataRole.UserRole), item.data(Qt.ItemDataRole.UserRole + 1)
        if not isinstance(line, int) or not isinstance(col, int):
            return  # a problem in the data, not at a line of the text
        block = self.text.document().findBlockByLineNumber(line - 1)
        if not block.isValid():
            return
        cursor = QTextCursor(block)
        cursor.movePosition(
            QTextCursor.MoveOperation.Right,
            QTextCursor.MoveMode.MoveAnchor,
            max(0, min(col - 1, block.length() - 1)),
        )
        self.text.setTextCursor(cursor)
        self.text.setFocus()
