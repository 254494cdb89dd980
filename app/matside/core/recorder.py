"""The training log's core: a session's events turned into facts worth keeping, and picking up.

A :class:`Recorder` listens to a :class:`~matside.core.session.Session` and hands plain facts to
a sink (``matside.storage.logbook`` writes them to the database): the session began, an
interval began (the place to pick up from), an interval ended done or skipped, how long the
session was paused, and how it ended. No Qt, no files: the facts are tested on a fake clock.

Times in facts are wall-clock seconds since the epoch (what a calendar needs), worked out from
the session's monotonic instants with one offset taken when the session begins, so that they
keep the session's own spacing even if the wall clock is set meanwhile.

:func:`resume_timeline` builds what a cut-off session picks up: a get-ready, then the rest of
the original timeline from the interval it was in.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from matside.core.i18n import translate
from matside.core.ratings import SideRating
from matside.core.routine import dumps_routine
from matside.core.session import (
    Event,
    Finished,
    Outcome,
    SegmentEnded,
    SegmentStarted,
    Session,
    State,
    StateChanged,
)
from matside.core.timeline import Segment, SegmentKind, Side, Timeline

RESUME_GET_READY = 10.0
"""Seconds of get-ready before a picked-up session when its routine has none of its own."""


@dataclass(frozen=True)
class SessionBegan:
    """A session started: what was run, as it was run."""

    routine: str
    routine_file: str | None
    routine_json: str
    routine_hash: str
    sets: int | None
    planned_seconds: float
    started: float
    resumed_from: int | None


@dataclass(frozen=True)
class IntervalBegan:
    """An interval started; ``position`` is its index in the routine's whole timeline and
    ``where`` says, in words, where a session cut off now would pick up."""

    position: int
    where: str
    at: float


@dataclass(frozen=True)
class IntervalEnded:
    """An interval ended, after ``active_seconds`` of it ran (paused time left out)."""

    position: int
    kind: str
    exercise: str | None
    set: int | None
    side: str | None
    outcome: Outcome
    active_seconds: float
    at: float


@dataclass(frozen=True)
class PausedTotal:
    """The session has now been paused for ``seconds`` in all."""

    seconds: float


@dataclass(frozen=True)
class SessionEnded:
    """The session ended: after its last interval, or stopped."""

    at: float
    stopped: bool


@dataclass(frozen=True)
class SideRated:
    """How one side of an exercise felt, ``score`` 1 (poorly) to 5 (well); ``position`` is its
    work interval's index in the routine's whole timeline."""

    position: int
    exercise: str
    set: int | None
    side: str
    score: int
    at: float


@dataclass(frozen=True)
class NoteWritten:
    """The user's note on the exercise ``exercise_index`` of the routine (empty: no note)."""

    exercise_index: int
    exercise: str
    text: str
    at: float


Fact = (
    SessionBegan
    | IntervalBegan
    | IntervalEnded
    | PausedTotal
    | SessionEnded
    | SideRated
    | NoteWritten
)


class Sink(Protocol):
    """Where facts go; it must not raise (a log that fails must never stop a session)."""

    def record(self, fact: Fact) -> None: ...


def routine_hash(routine_json: str) -> str:
    """A short fingerprint of a routine's text: two sessions of the same routine, unedited,
    share it."""
    import hashlib  # here: the library's first frame needs no OpenSSL (a few ms to load)

    return hashlib.sha256(routine_json.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Resumption:
    """A timeline that picks up another part-way, and where each of its intervals lies in the
    whole one (``positions[i]`` for segment ``i``)."""

    timeline: Timeline
    whole: Timeline
    positions: tuple[int, ...]
    resumed_from: int | None = None


def resume_point(timeline: Timeline, position: int) -> int:
    """Where to pick up a session cut off in interval ``position``: that interval, or the next
    work when it was a rest, a switch or a get-ready (the resumed session starts with a
    get-ready of its own)."""
    segments = timeline.segments
    position = max(0, min(position, len(segments) - 1))
    for index in range(position, len(segments)):
        if segments[index].kind is SegmentKind.WORK:
            return index
    return position


def resume_timeline(
    timeline: Timeline, position: int, resumed_from: int | None = None
) -> Resumption:
    """The rest of ``timeline`` from :func:`resume_point` on, after a get-ready for it."""
    start = resume_point(timeline, position)
    target = timeline.segments[start]
    seconds = timeline.routine.prepare_seconds or RESUME_GET_READY
    prepare = Segment(
        SegmentKind.PREPARE,
        seconds,
        target.exercise,
        target.exercise_index,
        target.set,
        target.sets,
        target.side,
        circuit=target.circuit,
        round=target.round,
        rounds=target.rounds,
    )
    rest = timeline.segments[start:]
    resumed = Timeline(timeline.routine, (prepare, *rest))
    positions = (start, *range(start, start + len(rest)))
    return Resumption(resumed, timeline, positions, resumed_from)


def describe_position(timeline: Timeline, position: int) -> str:
    """Where a session would pick up, in words: ``set 2 of 3, Step Back Wide, right side`` (no
    set for an exercise done once)."""
    segment = timeline.segments[resume_point(timeline, position)]
    parts = []
    if segment.round is not None and segment.rounds is not None and segment.rounds > 1:
        parts.append(f"round {segment.round} of {segment.rounds}")
    if segment.set is not None and segment.sets is not None and segment.sets > 1:
        words = translate("Recorder", "set {set} of {sets}")
        parts.append(words.format(set=segment.set, sets=segment.sets))
    if segment.exercise is not None:
        parts.append(segment.exercise.name)
    if segment.side is Side.LEFT:
        parts.append(translate("Recorder", "left side"))
    elif segment.side is Side.RIGHT:
        parts.append(translate("Recorder", "right side"))
    return ", ".join(parts) or translate("Recorder", "the start")


class Recorder:
    """Turns one session's events into facts for ``sink``.

    Args:
        session: the session to listen to (the recorder adds itself as a listener).
        sink: where the facts go.
        wall: the wall clock, seconds since the epoch.
        routine_file: the routine's file, if it has one.
        sets: the set count chosen when starting (None: the routine's default).
        resumption: when the session picks up a cut-off one, how its intervals map onto the
            whole timeline and which session it continues.
    """

    def __init__(
        self,
        session: Session,
        sink: Sink,
        wall: Callable[[], float],
        routine_file: str | None = None,
        sets: int | None = None,
        resumption: Resumption | None = None,
    ) -> None:
        self.session = session
        self.sink = sink
        self.wall = wall
        self.routine_file = routine_file
        self.sets = sets
        count = len(session.timeline.segments)
        self._positions: Sequence[int] = (
            resumption.positions if resumption is not None else range(count)
        )
        self._resumed_from = resumption.resumed_from if resumption is not None else None
        self._whole = resumption.whole if resumption is not None else session.timeline
        self._offset = 0.0  # wall minus monotonic, taken when the session begins
        self._began = False
        self._paused_total = 0.0
        self._pause_began: float | None = None
        session.add_listener(self.on_event)

    def on_event(self, event: Event) -> None:
        """The session's listener."""
        if isinstance(event, SegmentStarted):
            self._segment_started(event)
        elif isinstance(event, SegmentEnded):
            self._segment_ended(event)
        elif isinstance(event, StateChanged):
            self._state_changed(event)
        elif isinstance(event, Finished):
            self.sink.record(SessionEnded(self._wall_at(event.due), event.stopped))

    def _wall_at(self, instant: float) -> float:
        return instant + self._offset

    def _begin(self, due: float) -> None:
        self._began = True
        self._offset = self.wall() - self.session.clock.now()
        timeline = self.session.timeline
        text = dumps_routine(timeline.routine)
        self.sink.record(
            SessionBegan(
                routine=timeline.routine.name,
                routine_file=self.routine_file,
                routine_json=text,
                routine_hash=routine_hash(text),
                sets=self.sets,
                planned_seconds=timeline.total_seconds,
                started=self._wall_at(due),
                resumed_from=self._resumed_from,
            )
        )

    def _segment_started(self, event: SegmentStarted) -> None:
        if not self._began:
            self._begin(event.due)
        if event.segment.kind is SegmentKind.DONE:
            return
        position = self._positions[event.index]
        where = describe_position(self._whole, position)
        self.sink.record(IntervalBegan(position, where, self._wall_at(event.due)))

    def _segment_ended(self, event: SegmentEnded) -> None:
        # How it ended is the session's word (its summary counts the same facts): never
        # guessed here from the time it ran.
        segment = event.segment
        self.sink.record(
            IntervalEnded(
                position=self._positions[event.index],
                kind=segment.kind.value,
                exercise=segment.exercise.name if segment.exercise is not None else None,
                set=segment.set,
                side=segment.side.value if segment.side is not None else None,
                outcome=event.outcome,
                active_seconds=event.ran,
                at=self._wall_at(event.due),
            )
        )

    def rated(self, rating: SideRating) -> None:
        """A side was rated (a :class:`~matside.core.ratings.SideRatings` listener)."""
        segment = rating.segment
        if segment.exercise is None or segment.side is None:
            return
        self.sink.record(
            SideRated(
                position=self._positions[rating.index],
                exercise=segment.exercise.name,
                set=segment.set,
                side=segment.side.value,
                score=rating.score,
                at=self._wall_at(self.session.clock.now()),
            )
        )

    def note(self, exercise_index: int, text: str) -> None:
        """The user wrote ``text`` as the note on the routine's exercise ``exercise_index``
        (on the done screen); an empty text takes the note away."""
        exercises = self.session.timeline.routine.all_exercises()  # circuits' included
        if not self._began or not 0 <= exercise_index < len(exercises):
            return
        name = exercises[exercise_index].name
        self.sink.record(
            NoteWritten(exercise_index, name, text.strip(), self._wall_at(self.session.clock.now()))
        )

    def _state_changed(self, event: StateChanged) -> None:
        now = self.session.clock.now()
        if event.state is State.PAUSED:
            self._pause_began = now
        elif event.previous is State.PAUSED and self._pause_began is not None:
            self._end_pause(now)
            self._pause_began = None
            self.sink.record(PausedTotal(self._paused_total))

    def _end_pause(self, at: float) -> None:
        assert self._pause_began is not None
        self._paused_total += max(0.0, at - self._pause_began)
