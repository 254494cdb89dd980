"""The training log as read back: one logged session, and its shapes for the command line.

Pure data and arithmetic: ``matside.storage.logbook`` fills :class:`LoggedSession` from the
database; ``matside history`` prints it as JSON or CSV.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Literal

from matside.core.i18n import translate

Status = Literal["finished", "stopped", "cut off"]

CSV_FIELDS = (
    "routine",
    "started",
    "ended",
    "planned_seconds",
    "active_seconds",
    "paused_seconds",
    "status",
    "intervals_done",
    "intervals_skipped",
    "stopped_at",
    "resumable",
    "routine_file",
    "sets",
)
"""The columns of ``matside history --csv``, in order."""


def iso_time(epoch: float | None) -> str | None:
    """An instant as ISO 8601 in local time with its offset (``2026-11-30T14:05:00+01:00``)."""
    if epoch is None:
        return None
    return dt.datetime.fromtimestamp(epoch).astimezone().isoformat(timespec="seconds")


@dataclass(frozen=True)
class LoggedRating:
    """How one side of an exercise felt in a session: ``score`` 1 (poorly) to 5 (well)."""

    exercise: str
    set: int | None
    side: str
    score: int

    def to_json(self) -> dict[str, Any]:
        return {"exercise": self.exercise, "set": self.set, "side": self.side, "score": self.score}


@dataclass(frozen=True)
class LoggedNote:
    """The user's note on an exercise of a session, typed on the done screen."""

    exercise: str
    text: str

    def to_json(self) -> dict[str, Any]:
        return {"exercise": self.exercise, "text": self.text}


@dataclass(frozen=True)
class LoggedSession:
    """One session as the log holds it.

    ``active_seconds`` is the time the intervals ran, pauses left out. ``stopped_at`` says where
    a stopped or cut-off session was (``set 2 of 3, Step Back Wide, right side``); ``position``
    is that interval's index in the routine's timeline. A session with no end in the log is
    ``cut off``: Matside was closed, crashed or lost power during it. ``ratings`` say how the
    sides felt (in the order done), ``notes`` are the user's, in the routine's order.
    """

    id: int
    routine: str
    routine_file: str | None
    sets: int | None
    started: float
    ended: float | None
    planned_seconds: float
    active_seconds: float
    paused_seconds: float
    status: Status
    intervals_done: int
    intervals_skipped: int
    position: int | None
    stopped_at: str | None
    resumable: bool
    ratings: tuple[LoggedRating, ...] = ()
    notes: tuple[LoggedNote, ...] = ()

    def to_json(self) -> dict[str, Any]:
        """The session as ``matside history --json`` prints it."""
        return {
            "routine": self.routine,
            "routine_file": self.routine_file,
            "sets": self.sets,
            "started": iso_time(self.started),
            "ended": iso_time(self.ended),
            "planned_seconds": round(self.planned_seconds, 3),
            "active_seconds": round(self.active_seconds, 3),
            "paused_seconds": round(self.paused_seconds, 3),
            "status": self.status,
            "intervals_done": self.intervals_done,
            "intervals_skipped": self.intervals_skipped,
            "stopped_at": None if self.status == "finished" else self.stopped_at,
            "resumable": self.resumable,
            "ratings": [rating.to_json() for rating in self.ratings],
            "notes": [note.to_json() for note in self.notes],
        }

    def csv_row(self) -> list[str]:
        """The session as one row of ``matside history --csv`` (see :data:`CSV_FIELDS`)."""
        data = self.to_json()
        row = []
        for field in CSV_FIELDS:
            value = data[field]
            if value is None:
                row.append("")
            elif isinstance(value, bool):
                row.append("yes" if value else "no")
            else:
                row.append(str(value))
        return row


def done_ago(then: float, now: float) -> str:
    """When a routine was last done, by calendar days in local time: ``done today``,
    ``done yesterday``, ``done 3 days ago``, ``done 5 weeks ago``."""
    days = (dt.date.fromtimestamp(now) - dt.date.fromtimestamp(then)).days
    if days <= 0:
        return "done today"
    if days == 1:
        return "done yesterday"
    if days < 14:
        return f"done {days} days ago"
    return f"done {days // 7} weeks ago"


# --------------------------------------------------------------------------------------------
# The History page's numbers: by calendar day in local time


def local_day(epoch: float) -> dt.date:
    """The calendar day an instant falls on, in local time."""
    return dt.date.fromtimestamp(epoch)


def minutes_by_day(sessions: Iterable[LoggedSession]) -> dict[dt.date, float]:
    """Minutes of activity (pauses left out) on each day, by the day each session started."""
    days: dict[dt.date, float] = {}
    for session in sessions:
        day = local_day(session.started)
        days[day] = days.get(day, 0.0) + session.active_seconds / 60
    return days


def streak(days: dict[dt.date, float], today: dt.date) -> int:
    """How many days in a row, up to today, have some activity; a day not done yet does not
    break it (the streak of someone who trained every day until yesterday is still alive)."""
    day = today if days.get(today, 0.0) > 0 else today - dt.timedelta(days=1)
    count = 0
    while days.get(day, 0.0) > 0:
        count += 1
        day -= dt.timedelta(days=1)
    return count


def week_start(day: dt.date) -> dt.date:
    """The Monday of ``day``'s week."""
    return day - dt.timedelta(days=day.weekday())


def minutes_text(minutes: float) -> str:
    """Minutes as a whole number, for the history's totals; "<1" for some time that rounds to
    none (a few short sessions are not "0", next to a bar that shows them)."""
    shown = round(minutes)
    return "<1" if minutes > 0 and shown == 0 else str(shown)


def minutes_by_week(
    days: dict[dt.date, float], today: dt.date, weeks: int
) -> list[tuple[dt.date, float]]:
    """Minutes in each of the last ``weeks`` weeks (Monday to Sunday), oldest first, each with
    its Monday; the last one is this week so far."""
    first = week_start(today) - dt.timedelta(weeks=weeks - 1)
    totals = {first + dt.timedelta(weeks=n): 0.0 for n in range(weeks)}
    for day, minutes in days.items():
        monday = week_start(day)
        if monday in totals:
            totals[monday] += minutes
    return sorted(totals.items())


def shade(minutes: float, most: float) -> float:
    """How strongly a calendar day is shaded, 0 (nothing) to 1 (the busiest day shown); any
    activity at all shows at least a quarter, so that a short session is still seen."""
    if minutes <= 0 or most <= 0:
        return 0.0
    return 0.25 + 0.75 * min(1.0, minutes / most)


@dataclass(frozen=True)
class SidePoint:
    """How an exercise's sides felt in one session: the mean score of each side (None: that
    side was not rated then)."""

    started: float
    left: float | None
    right: float | None


def rated_exercises(sessions: Iterable[LoggedSession]) -> list[str]:
    """The exercises with a side rated, the most recently rated first."""
    names: dict[str, None] = {}
    for session in sorted(sessions, key=lambda s: s.started, reverse=True):
        for rating in session.ratings:
            names.setdefault(rating.exercise, None)
    return list(names)


def side_points(sessions: Iterable[LoggedSession], exercise: str) -> list[SidePoint]:
    """How ``exercise``'s sides felt, a point per session that rated it, oldest first; a
    session that rated it in more than one set gives each side its mean."""
    points = []
    for session in sorted(sessions, key=lambda s: s.started):
        scores: dict[str, list[int]] = {"left": [], "right": []}
        for rating in session.ratings:
            if rating.exercise == exercise and rating.side in scores:
                scores[rating.side].append(rating.score)
        if scores["left"] or scores["right"]:
            left, right = (
                sum(found) / len(found) if found else None
                for found in (scores["left"], scores["right"])
            )
            points.append(SidePoint(session.started, left, right))
    return points


def history_json(sessions: Iterable[LoggedSession]) -> str:
    """The sessions as the JSON text ``matside history --json`` prints and the History page
    exports."""
    return json.dumps([s.to_json() for s in sessions], indent=2, ensure_ascii=False)


def outcome_text(session: LoggedSession) -> str:
    """How a session ended, in words: ``finished``, ``stopped at set 2 of 3, Step Back Wide,
    right side``, ``cut off at …``."""
    place = session.stopped_at
    if session.status == "stopped":
        if place:
            return translate("History", "stopped at {place}").format(place=place)
        return translate("History", "stopped")
    if session.status == "cut off":
        if place:
            return translate("History", "cut off at {place}").format(place=place)
        return translate("History", "cut off")
    return translate("History", "finished")
