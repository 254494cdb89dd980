"""The History page: the streak, the calendar of the last weeks, minutes per week and every
session, newest first; export and delete of the whole history.

Built when first opened (Matside ▸ History), and filled again each time it is shown. Every text
from the log (a routine's name comes from a file) is shown as plain text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from matside.core.timeline import format_duration
from matside.core.training import (
    LoggedSession,
    history_json,
    minutes_by_day,
    minutes_by_week,
    minutes_text,
    outcome_text,
    rated_exercises,
    side_points,
    streak,
)
from matside.storage.files import atomic_write_text
from matside.storage.logbook import Logbook, LogbookError
from matside.ui import theme
from matside.ui.history.charts import CalendarChart, SideChart, WeekChart
from matside.ui.library.notice import NoticeBar
from matside.ui.library.style import page_style
from matside.ui.text import plain_label

CALENDAR_WEEKS = 6
CHART_WEEKS = 8


def session_lines(session: LoggedSession) -> str:
    """A session as the list shows it: when and what, then how long and how it ended."""
    started = QDateTime.fromSecsSinceEpoch(int(session.started))
    when = QLocale().toString(started, "ddd d MMM, HH:mm")
    spent = format_duration(session.active_seconds)
    ending = outcome_text(session)
    if session.resumable:
        ending += QCoreApplication.translate("HistoryPage", " — can be resumed from the library")
    notes = "".join(f"\n{note.exercise}: {note.text}" for note in session.notes)
    return f"{when}   {session.routine}\n{spent}   {ending}{notes}"


class HistoryPage(QWidget):
    """What the user did, read from ``logbook``.

    Args:
        logbook: the training log.
        ask: asks a question answered with its verb or Cancel (deleting the history).
        today: the day the calendar ends on (None: the real today, read when filled).
    """

    leave = Signal()

    def __init__(
        self,
        logbook: Logbook,
        ask: Callable[[str, str], bool],
        today: Callable[[], dt.date] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        theme.style(self, page_style)
        self.logbook = logbook
        self.ask = ask
        self.today = today or dt.date.today
        self.pick_export_path: Callable[[], Path | None] = self._pick_export_path
        self.sessions: list[LoggedSession] = []

        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 22, 32, 20)
        outer.setSpacing(12)
        header = QHBoxLayout()
        heading = plain_label(self.tr("History"))
        theme.style(heading, lambda p: f"font-size: 32px; font-weight: 800; color: {p.accent};")
        header.addWidget(heading, 1)
        self.export_button = QPushButton(self.tr("Export…"))
        self.delete_button = QPushButton(self.tr("Delete history…"))
        self.back_button = QPushButton(self.tr("Back to routines"))
        for button in (self.export_button, self.delete_button, self.back_button):
            button.setMinimumHeight(44)
            header.addWidget(button)
        outer.addLayout(header)
        self.notice = NoticeBar()
        outer.addWidget(self.notice)

        self.summary = plain_label()
        theme.style(self.summary, lambda p: f"font-size: 20px; font-weight: 700; color: {p.text};")
        outer.addWidget(self.summary)

        body = QHBoxLayout()
        body.setSpacing(18)
        charts = QFrame()
        charts.setObjectName("panel")
        column = QVBoxLayout(charts)
        column.setSpacing(8)
        column.setContentsMargins(18, 14, 18, 14)
        self.calendar = CalendarChart(CALENDAR_WEEKS)
        self.weeks = WeekChart(CHART_WEEKS)
        self.calendar.setAccessibleName(
            self.tr("Minutes on each day of the last {n} weeks").format(n=CALENDAR_WEEKS)
        )
        self.weeks.setAccessibleName(
            self.tr("Minutes in each of the last {n} weeks").format(n=CHART_WEEKS)
        )
        for title, chart in (
            (self.tr("THE LAST {n} WEEKS").format(n=CALENDAR_WEEKS), self.calendar),
            (self.tr("MINUTES PER WEEK"), self.weeks),
        ):
            label = plain_label(title)
            label.setObjectName("section")
            column.addWidget(label)
            column.addWidget(chart, 1)
        body.addWidget(charts, 1)
        self.list = QListWidget()
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.list.setAccessibleName(self.tr("Sessions, newest first"))
        self.list.setWordWrap(True)
        # Lines wrap (a note can be long): never a horizontal scroll bar.
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        theme.style(
            self.list,
            lambda p: (
                "QListWidget { background: palette(base); border: none; border-radius: 14px;"
                " padding: 8px; font-size: 15px; }"
                " QListWidget::item { padding: 8px 6px;"
                f" border-bottom: 1px solid {p.surface_high}; }}"
            ),
        )
        sides = QFrame()
        sides.setObjectName("panel")
        sides_column = QVBoxLayout(sides)
        sides_column.setContentsMargins(18, 14, 18, 14)
        sides_column.setSpacing(8)
        sides_header = QHBoxLayout()
        sides_title = plain_label(self.tr("HOW EACH SIDE FELT"))
        sides_title.setObjectName("section")
        sides_header.addWidget(sides_title, 1)
        self.exercise_choice = QComboBox()
        self.exercise_choice.setAccessibleName(self.tr("The exercise whose sides are shown"))
        self.exercise_choice.setMinimumWidth(200)
        sides_header.addWidget(self.exercise_choice)
        sides_column.addLayout(sides_header)
        self.sides = SideChart()
        self.sides.setAccessibleName(
            self.tr("How the left and right sides felt, session by session")
        )
        sides_column.addWidget(self.sides, 1)
        right_column = QVBoxLayout()
        right_column.setSpacing(12)
        right_column.addWidget(sides)
        right_column.addWidget(self.list, 1)
        body.addLayout(right_column, 1)
        outer.addLayout(body, 1)
        self.exercise_choice.currentTextChanged.connect(self._show_sides)

        self.back_button.clicked.connect(self.leave.emit)
        self.export_button.clicked.connect(self.export)
        self.delete_button.clicked.connect(self.delete_all)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:  # back to the routines, as the button
            self.leave.emit()
            return
        super().keyPressEvent(event)

    def fill(self) -> None:
        """Read the log again and show it; a log that cannot be read shows nothing, and why."""
        try:
            self.sessions = self.logbook.sessions()
        except LogbookError as error:  # its words, never covered by "some entries left out"
            self.sessions = []
            self.notice.show_notice(error.words.translated())
        else:
            if self.logbook.left_out_notice is not None:
                self.notice.show_notice(self.logbook.left_out_notice.translated())
        today = self.today()
        days = minutes_by_day(self.sessions)
        in_a_row = streak(days, today)
        this_week = minutes_by_week(days, today, 1)[0][1]
        streak_words = (
            self.tr("Streak: {n} day") if in_a_row == 1 else self.tr("Streak: {n} days")
        ).format(n=in_a_row)
        week_words = self.tr("This week: {min} min").format(min=minutes_text(this_week))
        count_words = self.tr("Sessions: {n}").format(n=len(self.sessions))
        self.summary.setText("    ·    ".join((streak_words, week_words, count_words)))
        self.calendar.show_days(days, today)
        self.weeks.show_days(days, today)
        self.exercise_choice.blockSignals(True)
        chosen = self.exercise_choice.currentText()
        self.exercise_choice.clear()
        self.exercise_choice.addItems(rated_exercises(self.sessions))
        if chosen:
            self.exercise_choice.setCurrentText(chosen)  # (gone: the latest rated stays)
        self.exercise_choice.setEnabled(self.exercise_choice.count() > 0)
        self.exercise_choice.blockSignals(False)
        self._show_sides(self.exercise_choice.currentText())
        self.list.clear()
        for session in self.sessions:
            QListWidgetItem(session_lines(session), self.list)
        if not self.sessions:
            QListWidgetItem(
                self.tr("No sessions yet. Every session you start is kept here."), self.list
            )
        self.setFocus()
        self.export_button.setEnabled(bool(self.sessions))
        self.delete_button.setEnabled(bool(self.sessions))

    def _show_sides(self, exercise: str) -> None:
        self.sides.show_points(side_points(self.sessions, exercise) if exercise else [])

    def export(self) -> None:
        """Write the whole history as JSON (as ``matside history --json``) to a chosen file."""
        target = self.pick_export_path()
        if target is None:
            return
        try:
            atomic_write_text(target, history_json(self.sessions) + "\n")
        except OSError as error:
            self.notice.show_notice(
                self.tr("Could not export the history: {reason}").format(
                    reason=error.strerror or error
                )
            )
            return
        self.notice.show_notice(
            self.tr("Exported {n} sessions to {file}.").format(n=len(self.sessions), file=target)
        )

    def delete_all(self) -> None:
        """Delete the whole history, after asking (how many it holds, even those it cannot
        show)."""
        try:
            count = self.logbook.session_count()
        except LogbookError as error:
            self.notice.show_notice(error.words.translated())
            return
        if not self.ask(
            self.tr(
                "Delete all {n} sessions from your history? This cannot be undone"
                " (Export… keeps a copy first)."
            ).format(n=count),
            self.tr("Delete"),
        ):
            return
        try:
            deleted = self.logbook.delete_all()
        except LogbookError as error:
            self.fill()  # what the log holds now (a damaged one was set aside)
            self.notice.show_notice(error.words.translated())
            return
        self.fill()
        self.notice.show_notice(self.tr("Deleted {n} sessions.").format(n=deleted))

    def _pick_export_path(self) -> Path | None:
        suggested = Path.home() / f"matside-history-{self.today().isoformat()}.json"
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export history"), str(suggested), self.tr("JSON (*.json)")
        )
        if not name:
            return None
        target = Path(name)
        return target if target.suffix else target.with_suffix(".json")
