"""The chosen routine, beside the list: what it is, its exercises, and what to do with it; for a
file that cannot be loaded, its problems and Repair."""

from __future__ import annotations

from PySide6.QtCore import (
    Qt,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from matside.storage import library
from matside.storage.library import RoutineEntry
from matside.ui import theme
from matside.ui.library.style import ERROR
from matside.ui.text import escape, plain_label, rich_label


class RoutineDetails(QWidget):
    """The routine chosen in the list, with what can be done with it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("details")
        self.entry: RoutineEntry | None = None
        column = QVBoxLayout(self)
        column.setContentsMargins(32, 26, 32, 26)
        column.setSpacing(10)
        self.title = plain_label()
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-size: 28px; font-weight: 800;")
        self.kind_label = plain_label()
        self.kind_label.setStyleSheet(f"color: {theme.TEXT_DIM}; font-size: 13px;")
        self.kind_label.setWordWrap(True)
        self.kind_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts = plain_label()
        self.facts.setStyleSheet(f"color: {theme.ACCENT}; font-size: 16px; font-weight: 700;")
        self.description = plain_label()
        self.description.setWordWrap(True)
        self.description.setStyleSheet(f"color: {theme.TEXT}; font-size: 15px;")
        self.description.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        for label in (self.title, self.kind_label, self.facts, self.description):
            column.addWidget(label)

        self.body_heading = plain_label()
        self.body_heading.setStyleSheet(
            f"color: {theme.TEXT_DIM}; font-size: 13px; font-weight: 700; margin-top: 8px;"
        )
        column.addWidget(self.body_heading)
        self.body = rich_label()  # the app's own markup; every text from the file escaped
        self.body.setWordWrap(True)
        self.body.setStyleSheet("font-size: 15px;")
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        holder = QWidget()
        holder_column = QVBoxLayout(holder)
        holder_column.setContentsMargins(0, 0, 10, 0)
        holder_column.addWidget(self.body)
        holder_column.addStretch(1)
        scroll.setWidget(holder)
        column.addWidget(scroll, 1)
        self.source = plain_label()
        self.source.setWordWrap(True)
        self.source.setStyleSheet(f"color: {theme.TEXT_DIM}; font-size: 12px;")
        column.addWidget(self.source)

        buttons = QHBoxLayout()
        buttons.setSpacing(10)
        self.start_button = QPushButton("Start")
        self.start_button.setObjectName("primary")
        self.start_button.setMinimumSize(130, 52)
        self.start_button.setStyleSheet("font-size: 19px;")
        self.edit_button = QPushButton("Edit")
        self.repair_button = QPushButton("Repair…")
        self.duplicate_button = QPushButton("Duplicate")
        self.export_button = QPushButton("Export…")
        self.delete_button = QPushButton("Delete")
        buttons.addWidget(self.start_button)
        for button in (
            self.edit_button,
            self.repair_button,
            self.duplicate_button,
            self.export_button,
            self.delete_button,
        ):
            button.setMinimumHeight(52)
            buttons.addWidget(button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        self.show_entry(None)

    def show_entry(self, entry: RoutineEntry | None, search: str = "") -> None:
        """Show ``entry``; with none, say why: nothing picked yet, or nothing matches ``search``."""
        self.entry = entry
        routine = entry.routine if entry is not None else None
        if entry is None:
            self.title.setText("Nothing found" if search.strip() else "Pick a routine")
            self.kind_label.setText("")
            self.facts.setText("")
            self.description.setText(
                f"No routine has “{search.strip()}” in its name, its description or its "
                "exercises. Clear the search to see them all."
                if search.strip()
                else "Choose one on the left to see its exercises."
            )
            self.body_heading.setText("")
            self.body.setText("")
            self.source.setText("")
        elif routine is None:
            self.title.setText(entry.path.name)
            self.kind_label.setText(str(entry.path))
            self.facts.setText("This file cannot be opened")
            self.facts.setStyleSheet(f"color: {ERROR}; font-size: 16px; font-weight: 700;")
            self.description.setText(
                "Repair it as text (what is wrong is checked as you type), or delete it."
            )
            self.body_heading.setText("WHAT IS WRONG")
            self.body.setText(
                "<br>".join(
                    f"<span style='color:{ERROR}'>{escape(p.place)}</span>: {escape(p.message)}"
                    for p in entry.issues
                )
            )
            self.source.setText("")
        else:
            self.title.setText(routine.name)
            self.kind_label.setText(
                "Bundled with Matside — read-only; duplicate it to make your own version"
                if entry.bundled
                else f"Yours  ·  {entry.path.name}"
            )
            self.facts.setText(entry.facts)
            self.facts.setStyleSheet(f"color: {theme.ACCENT}; font-size: 16px; font-weight: 700;")
            self.description.setText(routine.description)
            self.body_heading.setText("EXERCISES")
            self.body.setText(
                "".join(
                    f"<p style='margin:0 0 8px 0'><b style='font-size:16px'>{n}. "
                    f"{escape(e.name)}</b><br><span style='color:{theme.TEXT_DIM}'>"
                    f"{escape(library.describe_exercise(e))}</span></p>"
                    for n, e in enumerate(routine.exercises, 1)
                )
            )
            self.source.setText(f"Source: {routine.source}" if routine.source else "")
        self.description.setVisible(bool(self.description.text()))
        self.source.setVisible(bool(self.source.text()))
        loaded = routine is not None
        user_file = entry is not None and not entry.bundled
        self.start_button.setVisible(loaded)
        self.edit_button.setVisible(loaded)
        self.edit_button.setText("Duplicate to edit" if entry and entry.bundled else "Edit")
        self.duplicate_button.setVisible(loaded and user_file)
        self.export_button.setVisible(loaded)
        self.repair_button.setVisible(entry is not None and not loaded and user_file)
        self.delete_button.setVisible(user_file)
