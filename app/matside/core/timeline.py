"""The timeline: a routine and the user's choices compiled into a flat list of segments.

A pure function of its inputs; the session walks the list, the run screen shows it and
``matside plan`` prints it.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from functools import partial
from typing import Any

from matside.core.routine import Exercise, Routine, SetRange


class SegmentKind(StrEnum):
    """What an interval is for: getting ready, working, switching sides, resting, or done."""

    PREPARE = "prepare"
    WORK = "work"
    SWITCH = "switch"
    REST = "rest"
    DONE = "done"


class Side(StrEnum):
    """The side of the body a segment works, for moves done on each side."""

    LEFT = "left"
    RIGHT = "right"


@dataclass(frozen=True)
class Segment:
    """One interval of a session.

    ``seconds`` is its length, or None when it waits for the user (a rest "as needed", or reps
    at the user's own pace). ``exercise`` is the exercise it belongs to: for work and switch
    segments the one being done, for prepare and rest segments the one coming next.
    """

    kind: SegmentKind
    seconds: float | None
    exercise: Exercise | None = None
    exercise_index: int | None = None
    set: int | None = None
    sets: int | None = None
    side: Side | None = None
    reps: int | None = None
    tempo: float | None = None

    @property
    def is_open(self) -> bool:
        """True when the segment lasts until the user continues."""
        return self.seconds is None

    @property
    def picture_mirrored(self) -> bool:
        """True when the exercise's pictures are shown mirrored, left for right: they are drawn
        for the left side (the first), so the right side's work and the switch before it show
        them mirrored (docs/routine-format.md, Pictures)."""
        return self.side is Side.RIGHT

    def to_json(self) -> dict[str, Any]:
        """The segment in the shape ``matside plan --json`` prints."""
        return {
            "kind": self.kind.value,
            "exercise": self.exercise.name if self.exercise is not None else None,
            "set": self.set,
            "sets": self.sets,
            "side": self.side.value if self.side is not None else None,
            "reps": self.reps,
            "seconds": self.seconds,
        }


@dataclass(frozen=True)
class Timeline:
    """The segments of one session of a routine, in order; the last one is ``done``."""

    routine: Routine
    segments: tuple[Segment, ...]

    @property
    def total_seconds(self) -> float:
        """The length of the timed part: every segment but the ones that wait for the user."""
        return sum(s.seconds for s in self.segments if s.seconds is not None)

    @property
    def open_segments(self) -> int:
        """How many segments wait for the user."""
        return sum(1 for s in self.segments if s.is_open)

    def timed_seconds_from(self, index: int) -> float:
        """The timed length of the segments from ``index`` to the end."""
        return sum(s.seconds for s in self.segments[index:] if s.seconds is not None)

    def next_work(self, index: int) -> Segment | None:
        """The first work segment after ``index``, if any."""
        for segment in self.segments[index + 1 :]:
            if segment.kind is SegmentKind.WORK:
                return segment
        return None

    def to_json(self) -> dict[str, Any]:
        """The timeline in the shape ``matside plan --json`` prints."""
        return {
            "routine": self.routine.name,
            "total_seconds": self.total_seconds,
            "open_segments": self.open_segments,
            "segments": [s.to_json() for s in self.segments],
        }


class SetChoiceError(ValueError):
    """The set count asked for is not one the routine offers."""


def sets_for(exercise: Exercise, chosen: int | None) -> int:
    """How many sets of ``exercise`` to do when the user chose ``chosen`` (None: the default)."""
    if not isinstance(exercise.sets, SetRange):
        return exercise.sets
    if chosen is None:
        return exercise.sets.min
    if not exercise.sets.min <= chosen <= exercise.sets.max:
        raise SetChoiceError(
            f"{exercise.name} offers {exercise.sets.min}–{exercise.sets.max} sets, not {chosen}"
        )
    return chosen


def chosen_sets(routine: Routine, remembered: int | None) -> int | None:
    """The set count to run ``routine`` with, the user having last chosen ``remembered``.

    None when the routine offers no choice; the remembered count while the routine still
    offers it (its file may have changed since); else the lower end of the range.
    """
    choices = routine.set_choices()
    if choices is None or len(choices) <= 1:
        return None
    return remembered if remembered in choices else choices[0]


def compile_timeline(routine: Routine, sets: int | None = None) -> Timeline:
    """Compile a routine into its segments.

    Args:
        routine: the routine.
        sets: the set count picked for exercises that offer a range (None: the lower end).
            Exercises with a fixed count keep it.

    Raises:
        SetChoiceError: ``sets`` lies outside an exercise's range.
    """
    segments: list[Segment] = []
    exercises = routine.exercises
    first = exercises[0]
    if routine.prepare_seconds > 0:
        segments.append(
            Segment(
                SegmentKind.PREPARE, routine.prepare_seconds, first, 0, 1, sets_for(first, sets)
            )
        )
    for index, exercise in enumerate(exercises):
        count = sets_for(exercise, sets)
        sides: list[Side | None] = [Side.LEFT, Side.RIGHT] if exercise.sides == "each" else [None]
        for set_number in range(1, count + 1):
            for side_number, side in enumerate(sides):
                interval = partial(
                    Segment,
                    exercise=exercise,
                    exercise_index=index,
                    set=set_number,
                    sets=count,
                    side=side,
                    reps=exercise.reps,
                    tempo=exercise.tempo,
                )
                if side_number > 0 and routine.switch_seconds > 0:
                    segments.append(interval(SegmentKind.SWITCH, routine.switch_seconds))
                segments.append(interval(SegmentKind.WORK, exercise.work_seconds))
            if set_number < count:
                _add_rest(
                    segments,
                    routine.rest_between_sets_of(exercise),
                    exercise,
                    index,
                    set_number + 1,
                    count,
                )
        if index + 1 < len(exercises):
            following = exercises[index + 1]
            _add_rest(
                segments,
                routine.rest_after(exercise),
                following,
                index + 1,
                1,
                sets_for(following, sets),
            )
    segments.append(Segment(SegmentKind.DONE, 0))
    return Timeline(routine, tuple(segments))


def _add_rest(
    segments: list[Segment],
    seconds: float | None,
    upcoming: Exercise,
    index: int,
    set_number: int,
    count: int,
) -> None:
    if seconds == 0:
        return
    segments.append(Segment(SegmentKind.REST, seconds, upcoming, index, set_number, count))


def format_duration(seconds: float) -> str:
    """``75`` -> ``1:15``; ``3725`` -> ``1:02:05``. Rounds up part-seconds, as a countdown does."""
    whole = int(-(-seconds // 1)) if seconds > 0 else 0
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def length_text(routine: Routine, sets: int | None = None, *, exact: bool = False) -> str:
    """How long a routine takes: ``24 min``, or ``24:30`` when ``exact``; ``+ pauses`` when
    some segments wait for the user (``5 min + pauses``).

    Without ``sets`` a routine that offers a range of set counts shows the range, ``24–31 min``
    (``24:30–31:10``).
    """
    choices = routine.set_choices()
    counts: list[int | None] = [sets]
    if sets is None and choices is not None and len(choices) > 1:
        counts = [choices[0], choices[-1]]
    timelines = [compile_timeline(routine, count) for count in counts]
    if exact:
        spans = [format_duration(t.total_seconds) for t in timelines]
    else:
        spans = [str(max(1, round(t.total_seconds / 60))) for t in timelines]
    text = spans[0] if spans[0] == spans[-1] else f"{spans[0]}–{spans[-1]}"
    if not exact:
        text += " min"
    if timelines[0].open_segments:
        text += " + pauses"
    return text
