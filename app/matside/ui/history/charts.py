"""The History page's charts, drawn with QPainter (no plotting library to load at start-up).

They only draw: the numbers (minutes per day and week, the shading) come from
:mod:`matside.core.training`.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from matside.core.timeline import SegmentKind
from matside.core.training import minutes_by_week, shade
from matside.ui import theme

DAY_LETTERS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def _font(pixels: int, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(pixels)
    font.setBold(bold)
    return font


class CalendarChart(QWidget):
    """The last weeks as a grid, a row per week and a column per weekday, each day shaded by
    its minutes; today is outlined.

    Args:
        weeks: how many weeks (rows) to show.
    """

    def __init__(self, weeks: int = 6, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.days: dict[dt.date, float] = {}
        self.today = dt.date.today()
        self.weeks = weeks
        self.setMinimumSize(320, 40 + weeks * 34)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def sizeHint(self) -> QSize:
        return QSize(420, 40 + self.weeks * 44)

    def show_days(self, days: dict[dt.date, float], today: dt.date) -> None:
        """Show ``days`` (minutes by day) in the weeks up to ``today``."""
        self.days = days
        self.today = today
        self.update()

    def first_day(self) -> dt.date:
        """The Monday that opens the top row."""
        return self.today - dt.timedelta(days=self.today.weekday(), weeks=self.weeks - 1)

    def shown_days(self) -> list[dt.date]:
        """Every day in the grid up to today, in order."""
        first = self.first_day()
        count = (self.today - first).days + 1
        return [first + dt.timedelta(days=n) for n in range(count)]

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        label_width = 58.0
        header = 26.0
        cell = min((self.width() - label_width) / 7, (self.height() - header) / self.weeks)
        gap = max(3.0, cell * 0.12)
        colours = theme.colours()
        painter.setFont(_font(13, bold=True))
        painter.setPen(QColor(colours.text_dim))
        for column, name in enumerate(DAY_LETTERS):
            painter.drawText(
                QRectF(label_width + column * cell, 0, cell, header - 6),
                Qt.AlignmentFlag.AlignCenter,
                name,
            )
        shown = self.shown_days()
        most = max((self.days.get(day, 0.0) for day in shown), default=0.0)
        accent = QColor(colours.phase(SegmentKind.WORK))
        painter.setFont(_font(12))
        for row in range(self.weeks):
            monday = self.first_day() + dt.timedelta(weeks=row)
            painter.setPen(QColor(colours.text_dim))
            painter.drawText(
                QRectF(0, header + row * cell, label_width - 8, cell),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                monday.strftime("%d %b"),
            )
        for day in shown:
            offset = (day - self.first_day()).days
            row, column = divmod(offset, 7)
            box = QRectF(
                label_width + column * cell + gap / 2,
                header + row * cell + gap / 2,
                cell - gap,
                cell - gap,
            )
            strength = shade(self.days.get(day, 0.0), most)
            colour = QColor(colours.surface_high)  # a day without a session
            if strength > 0:
                colour = QColor(accent)
                colour.setAlphaF(strength)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(box, 5, 5)
            if day == self.today:
                painter.setPen(QPen(QColor(colours.accent), 2.5))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(box.adjusted(-1, -1, 1, 1), 6, 6)
        painter.end()


class WeekChart(QWidget):
    """Minutes per week as bars, oldest left, this week right, each with its total on top.

    Args:
        weeks: how many weeks (bars) to show.
    """

    def __init__(self, weeks: int = 8, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.weeks = weeks
        self.totals = minutes_by_week({}, dt.date.today(), weeks)
        self.setMinimumSize(320, 150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def sizeHint(self) -> QSize:
        return QSize(420, 180)

    def show_days(self, days: dict[dt.date, float], today: dt.date) -> None:
        """Show the weeks up to ``today``'s of ``days`` (minutes by day)."""
        self.totals = minutes_by_week(days, today, self.weeks)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        count = len(self.totals)
        slot = self.width() / count
        top, bottom = 24.0, 24.0
        height = self.height() - top - bottom
        most = max((minutes for _, minutes in self.totals), default=0.0) or 1.0
        colours = theme.colours()
        bar_colour = QColor(colours.phase(SegmentKind.REST))
        for n, (monday, minutes) in enumerate(self.totals):
            x = n * slot
            length = height * minutes / most
            bar = QRectF(x + slot * 0.18, top + height - length, slot * 0.64, length)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colours.accent_fill) if n == count - 1 else bar_colour)
            if minutes > 0:
                painter.drawRoundedRect(bar, 4, 4)
            painter.setPen(QColor(colours.text))
            painter.setFont(_font(13, bold=True))
            painter.drawText(
                QRectF(x, top + height - length - 22, slot, 20),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                f"{round(minutes)}",
            )
            painter.setPen(QColor(colours.text_dim))
            painter.setFont(_font(12))
            painter.drawText(
                QRectF(x, top + height + 4, slot, bottom - 4),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                "this week" if n == count - 1 else monday.strftime("%d %b"),
            )
        painter.end()
