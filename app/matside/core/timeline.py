"""The timeline: a routine and the user's choices compiled into a flat list of segments.

A pure function of its inputs; the session walks the list, the run screen shows it and
``matside plan`` prints it.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from matside.core.i18n import translate
from matside.core.routine import Circuit, Exercise, Routine, SetRange


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
    ``exercise_index`` counts the routine's exercises in order, those inside circuits
    included. In a circuit each exercise is one set (``set`` 1 of 1) and ``circuit``,
    ``round`` and ``rounds`` say where in the circuit it is. ``tempo`` is seconds per rep;
    ``phases`` the rep's phase lengths when the routine gives them.
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
    circuit: str | None = None
    round: int | None = None
    rounds: int | None = None
    phases: tuple[float, ...] | None = None

    def rep_phase(self, elapsed: float) -> tuple[int, int, float] | None:
        """Where a paced rep stands ``elapsed`` seconds into the segment: (rep, phase,
        seconds into the phase), rep and phase counted from 0; None when not paced.

        A tempo without phases is one phase per rep. The run screen shows the phase word and
        steps the pictures by it (``readability.rep_phase_kind`` and ``phase_picture``), so
        both change at the phase boundaries.
        """
        if not self.tempo or not self.reps:
            return None
        rep = min(int(elapsed // self.tempo), self.reps - 1)
        into = max(0.0, elapsed - rep * self.tempo)
        phases = self.phases or (self.tempo,)
        phase = 0
        while phase < len(phases) - 1 and into >= phases[phase]:
            into -= phases[phase]
            phase += 1
        return rep, phase, into

    def phase_starts(self) -> tuple[float, ...]:
        """Seconds from a rep's start at which each of its phases begins (``(0,)`` without
        phases)."""
        starts = [0.0]
        for length in (self.phases or ())[:-1]:
            starts.append(starts[-1] + length)
        return tuple(starts)

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
            "circuit": self.circuit,
            "round": self.round,
            "rounds": self.rounds,
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
    return _count_for(exercise.sets, chosen, exercise.name, "sets")


def rounds_for(circuit: Circuit, chosen: int | None) -> int:
    """How many rounds of ``circuit`` to do when the user chose ``chosen`` (None: the
    default)."""
    return _count_for(circuit.rounds, chosen, circuit.name, "rounds")


def _count_for(count: int | SetRange, chosen: int | None, name: str, what: str) -> int:
    if not isinstance(count, SetRange):
        return count
    if chosen is None:
        return count.min
    if not count.min <= chosen <= count.max:
        raise SetChoiceError(f"{name} offers {count.min}–{count.max} {what}, not {chosen}")
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


@dataclass(frozen=True)
class _Upcoming:
    """What a prepare or rest segment names: the next exercise and where it stands."""

    exercise: Exercise
    index: int
    set: int
    sets: int
    circuit: str | None = None
    round: int | None = None
    rounds: int | None = None

    def segment(self, kind: SegmentKind, seconds: float | None) -> Segment:
        return Segment(
            kind,
            seconds,
            self.exercise,
            self.index,
            self.set,
            self.sets,
            circuit=self.circuit,
            round=self.round,
            rounds=self.rounds,
        )


class _Compiler:
    """Builds one timeline's segments, item by item."""

    def __init__(self, routine: Routine, sets: int | None):
        self.routine = routine
        self.sets = sets
        self.segments: list[Segment] = []
        self.starts: list[int] = []  # the exercise index each item starts at
        first = 0
        for item in routine.exercises:
            self.starts.append(first)
            first += len(item.exercises) if isinstance(item, Circuit) else 1

    def first_of(self, item_index: int) -> _Upcoming:
        """What the item at ``item_index`` starts with."""
        item = self.routine.exercises[item_index]
        index = self.starts[item_index]
        if isinstance(item, Circuit):
            rounds = rounds_for(item, self.sets)
            return _Upcoming(item.exercises[0], index, 1, 1, item.name, 1, rounds)
        return _Upcoming(item, index, 1, sets_for(item, self.sets))

    def rest(self, seconds: float | None, upcoming: _Upcoming) -> None:
        if seconds != 0:
            self.segments.append(upcoming.segment(SegmentKind.REST, seconds))

    def work(self, exercise: Exercise, **where: Any) -> None:
        """The work intervals of one set of ``exercise``: one per side, a switch between."""
        sides: list[Side | None] = [Side.LEFT, Side.RIGHT] if exercise.sides == "each" else [None]
        for side_number, side in enumerate(sides):
            if side_number > 0 and self.routine.switch_seconds > 0:
                self.segments.append(
                    Segment(
                        SegmentKind.SWITCH,
                        self.routine.switch_seconds,
                        exercise,
                        side=side,
                        reps=exercise.reps,
                        tempo=exercise.rep_seconds,
                        phases=exercise.phases,
                        **where,
                    )
                )
            self.segments.append(
                Segment(
                    SegmentKind.WORK,
                    exercise.work_seconds,
                    exercise,
                    side=side,
                    reps=exercise.reps,
                    tempo=exercise.rep_seconds,
                    phases=exercise.phases,
                    **where,
                )
            )

    def exercise(self, exercise: Exercise, index: int) -> None:
        count = sets_for(exercise, self.sets)
        for set_number in range(1, count + 1):
            self.work(exercise, exercise_index=index, set=set_number, sets=count)
            if set_number < count:
                upcoming = _Upcoming(exercise, index, set_number + 1, count)
                self.rest(self.routine.rest_between_sets_of(exercise), upcoming)

    def circuit(self, circuit: Circuit, first: int) -> None:
        rounds = rounds_for(circuit, self.sets)
        moves = circuit.exercises
        for round_number in range(1, rounds + 1):
            where: dict[str, Any] = {
                "circuit": circuit.name,
                "round": round_number,
                "rounds": rounds,
            }
            for offset, exercise in enumerate(moves):
                self.work(exercise, exercise_index=first + offset, set=1, sets=1, **where)
                if offset + 1 < len(moves):
                    upcoming = _Upcoming(
                        moves[offset + 1],
                        first + offset + 1,
                        1,
                        1,
                        circuit.name,
                        round_number,
                        rounds,
                    )
                    self.rest(self.routine.rest_within(exercise), upcoming)
            if round_number < rounds:
                upcoming = _Upcoming(moves[0], first, 1, 1, circuit.name, round_number + 1, rounds)
                self.rest(self.routine.rest_between_rounds_of(circuit), upcoming)


def compile_timeline(routine: Routine, sets: int | None = None) -> Timeline:
    """Compile a routine into its segments.

    Exercises give their sets one after another; a circuit gives its exercises one set each,
    round after round, with its rest between rounds.

    Args:
        routine: the routine.
        sets: the set (and round) count picked for exercises and circuits that offer a range
            (None: the lower end). Fixed counts are kept.

    Raises:
        SetChoiceError: ``sets`` lies outside an exercise's or a circuit's range.
    """
    compiler = _Compiler(routine, sets)
    items = routine.exercises
    if routine.prepare_seconds > 0:
        compiler.segments.append(
            compiler.first_of(0).segment(SegmentKind.PREPARE, routine.prepare_seconds)
        )
    for item_index, item in enumerate(items):
        first = compiler.starts[item_index]
        if isinstance(item, Circuit):
            compiler.circuit(item, first)
        else:
            compiler.exercise(item, first)
        if item_index + 1 < len(items):
            compiler.rest(routine.rest_after(item), compiler.first_of(item_index + 1))
    compiler.segments.append(Segment(SegmentKind.DONE, 0))
    return Timeline(routine, tuple(compiler.segments))


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
        text = translate("Length", "{span} min").format(span=text)
    if timelines[0].open_segments:
        text = translate("Length", "{length} + pauses").format(length=text)
    return text
