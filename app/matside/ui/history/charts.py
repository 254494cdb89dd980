"""The History page's charts, drawn with QPainter (no plotting library to load at start-up).

They only draw: the numbers (minutes per day and week, the shading, how each side felt) come
from :mod:`matside.core.training`.
"""

from __future__ import annotations

import datetime as dt
import math

from PySide6.QtCore import QDate, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from matside.core.i18n import QT_TRANSLATE_NOOP
from matside.core.timeline import SegmentKind
from matside.core.training import SidePoint, minutes_by_week, minutes_text, shade
from matside.ui import theme


def short_date(day: dt.date) -> str:
    """``3 Nov`` in the user's language and order."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM")


def day_names() -> list[str]:
    """Monday to Sunday, short, in the user's language."""
    return [QLocale().dayName(number, QLocale.FormatType.ShortFormat) for number in range(1, 8)]


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
        # Rows of 28 px at the least: the History page fits a 1024 x 600 screen.
        self.setMinimumSize(320, 40 + weeks * 28)
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

    @staticmethod
    def head_font(cell: float) -> QFont:
        """The day names' letters: 13 px where the widest fits its column with room to spare,
        smaller where not (a narrow window), so that no two run into each other."""
        font = _font(13, bold=True)
        room = cell - max(6.0, cell * 0.2)
        widest = max(QFontMetricsF(font).horizontalAdvance(name) for name in day_names())
        if widest > room:
            font.setPixelSize(max(8, math.floor(13 * room / widest)))
        return font

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        label_width = 58.0
        header = 26.0
        cell = min((self.width() - label_width) / 7, (self.height() - header) / self.weeks)
        gap = max(3.0, cell * 0.12)
        colours = theme.colours()
        painter.setFont(self.head_font(cell))
        painter.setPen(QColor(colours.text_dim))
        for column, name in enumerate(day_names()):
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
                short_date(monday),
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

    def week_label(self, n: int, monday: dt.date, metrics: QFontMetricsF, room: float) -> str:
        """The words under bar ``n``: its Monday's date, "this week" under the last where the
        words fit (the bar's colour says it too), shortened to ``room`` if even the date does
        not fit."""
        label = short_date(monday)
        if n == len(self.totals) - 1:
            words = self.tr("this week")
            label = words if metrics.horizontalAdvance(words) <= room else label
        return metrics.elidedText(label, Qt.TextElideMode.ElideRight, room)

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
                minutes_text(minutes),
            )
            painter.setPen(QColor(colours.text_dim))
            painter.setFont(_font(12))
            painter.drawText(
                QRectF(x, top + height + 4, slot, bottom - 4),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                self.week_label(n, monday, QFontMetricsF(painter.font()), slot),
            )
        painter.end()


NO_RATINGS = QT_TRANSLATE_NOOP(
    "SideChart", "No side rated yet: in the rest after an exercise's sides, press 1 to 5."
)


class SideChart(QWidget):
    """How an exercise's sides felt, session after session: a line for the left side and one
    for the right, scores 1 (bottom) to 5 (top), oldest session left; the first and last
    sessions' days under the axis.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.points: list[SidePoint] = []
        self.setMinimumSize(320, 170)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def sizeHint(self) -> QSize:
        return QSize(420, 210)

    def show_points(self, points: list[SidePoint]) -> None:
        """Show ``points`` (:func:`matside.core.training.side_points`)."""
        self.points = points
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        left_margin, top, bottom, right_margin = 30.0, 28.0, 24.0, 14.0
        plot = QRectF(
            left_margin,
            top,
            self.width() - left_margin - right_margin,
            self.height() - top - bottom,
        )
        colours = theme.colours()
        # The accent is the page's own line colour in either theme: it keeps its contrast.
        sides = (("left", colours.accent), ("right", colours.rest))
        painter.setFont(_font(12))
        for score in range(1, 6):
            y = self._y(plot, score)
            painter.setPen(QPen(QColor(colours.surface_high), 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(QColor(colours.text_dim))
            painter.drawText(
                QRectF(0, y - 9, left_margin - 8, 18),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                str(score),
            )
        if not self.points:
            painter.setPen(QColor(colours.text_dim))
            painter.setFont(_font(14))
            painter.drawText(
                plot, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.tr(NO_RATINGS)
            )
            painter.end()
            return
        self._legend(painter, plot, sides, colours.surface, colours.text)
        xs = self._xs(plot)
        for side, colour in sides:
            scored = [
                QPointF(x, self._y(plot, score))
                for x, point in zip(xs, self.points, strict=True)
                if (score := getattr(point, side)) is not None
            ]
            painter.setPen(QPen(QColor(colour), 2.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPolyline(scored)
            painter.setBrush(QColor(colour) if side == "left" else QColor(colours.surface))
            for dot in scored:
                painter.drawEllipse(dot, 5.0, 5.0)
        painter.setPen(QColor(colours.text_dim))
        painter.setFont(_font(12))
        for x, point, align in (
            (xs[0], self.points[0], Qt.AlignmentFlag.AlignLeft),
            (xs[-1], self.points[-1], Qt.AlignmentFlag.AlignRight),
        ):
            label = short_date(dt.date.fromtimestamp(point.started))
            box = QRectF(x - 60 if align is Qt.AlignmentFlag.AlignRight else x - 6, 0, 66, 20)
            box.moveTop(plot.bottom() + 6)
            painter.drawText(box, align | Qt.AlignmentFlag.AlignTop, label)
            if len(self.points) == 1:
                break
        painter.end()

    @staticmethod
    def _y(plot: QRectF, score: float) -> float:
        return plot.bottom() - (score - 1) / 4 * plot.height()

    def _xs(self, plot: QRectF) -> list[float]:
        count = len(self.points)
        if count == 1:
            return [plot.center().x()]
        step = (plot.width() - 20) / (count - 1)
        return [plot.left() + 10 + n * step for n in range(count)]

    def _legend(
        self,
        painter: QPainter,
        plot: QRectF,
        sides: tuple[tuple[str, str], ...],
        hollow: str,
        words: str,
    ) -> None:
        painter.setFont(_font(13, bold=True))
        x = plot.left()
        for word, colour in sides:
            painter.setPen(QPen(QColor(colour), 2.5))
            painter.setBrush(QColor(colour) if word == "left" else QColor(hollow))
            painter.drawEllipse(QPointF(x + 6, 10), 5.0, 5.0)
            painter.setPen(QColor(words))
            name = self.tr("left") if word == "left" else self.tr("right")
            painter.drawText(QRectF(x + 16, 0, 90, 20), Qt.AlignmentFlag.AlignVCenter, name)
            x += 110
