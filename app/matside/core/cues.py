"""The cue plan: which cues are due when, by name, not by sound.

Cues are placed relative to their segment, from its start or from its end, so that a rest made
longer with ``extend`` moves its closing countdown along with its end.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import overload

from matside.core.timeline import Segment, SegmentKind, Timeline

HALFWAY_MIN_SECONDS = 20.0


class CueKind(StrEnum):
    """What a cue announces; each kind has its sound (and, with a voice, its words)."""

    COUNTDOWN = "countdown"
    WORK_START = "work_start"
    REST_START = "rest_start"
    SWITCH_SIDES = "switch_sides"
    HALFWAY = "halfway"
    REP = "rep"
    PHASE = "phase"
    SAY = "say"
    LAST_SET = "last_set"
    FINISHED = "finished"


class Anchor(StrEnum):
    """Whether a cue's offset counts from its segment's start or back from its end."""

    START = "start"
    END = "end"


@dataclass(frozen=True)
class Cue:
    """A cue due ``offset`` seconds from the start (or, with ``Anchor.END``, before the end).

    ``value`` is the number said or shown with it: 3, 2, 1 for the countdown, the rep number
    for a rep, the phase (from 0) for a phase of a rep. ``words`` are what a spoken cue of the
    routine (``SAY``) says.
    """

    kind: CueKind
    offset: float
    anchor: Anchor = Anchor.START
    value: int | None = None
    words: str | None = None

    def due_in(self, length: float) -> float:
        """Seconds from the segment's start to this cue, in a segment ``length`` long."""
        return self.offset if self.anchor is Anchor.START else length - self.offset


@dataclass(frozen=True)
class CueOptions:
    """Which cues to plan."""

    countdown: int = 3
    halfway: bool = True
    reps: bool = True


DEFAULT_CUES = CueOptions()


def plan_segment_cues(
    timeline: Timeline,
    index: int,
    options: CueOptions = DEFAULT_CUES,
    length: float | None = None,
) -> tuple[Cue, ...]:
    """The cues of one segment, in the order they are due.

    Args:
        timeline: the timeline.
        index: which segment.
        options: which cues to plan.
        length: the segment's length when it differs from the plan (a rest made longer).
    """
    segments = timeline.segments
    segment = segments[index]
    following = segments[index + 1] if index + 1 < len(segments) else None
    seconds = segment.seconds if length is None or segment.seconds is None else length
    cues: list[Cue] = []
    kind = segment.kind
    if kind is SegmentKind.WORK:
        cues.append(Cue(CueKind.WORK_START, 0))
        if _is_first_of_last_set(timeline, index):
            cues.append(Cue(CueKind.LAST_SET, 0))
        if options.reps and segment.reps and segment.tempo:
            cues.extend(_rep_cues(segment, segment.reps, segment.tempo))
        if segment.exercise is not None:
            cues.extend(
                Cue(CueKind.SAY, spoken.at, value=number, words=spoken.say)
                for number, spoken in enumerate(segment.exercise.cues)
            )
        if options.halfway and segment.seconds and segment.seconds >= HALFWAY_MIN_SECONDS:
            cues.append(Cue(CueKind.HALFWAY, segment.seconds / 2))
    elif kind is SegmentKind.REST:
        cues.append(Cue(CueKind.REST_START, 0))
    elif kind is SegmentKind.SWITCH:
        cues.append(Cue(CueKind.SWITCH_SIDES, 0))
    elif kind is SegmentKind.DONE:
        cues.append(Cue(CueKind.FINISHED, 0))
    if (
        following is not None
        and following.kind is SegmentKind.WORK
        and seconds is not None
        and kind is not SegmentKind.WORK
    ):
        for count in range(options.countdown, 0, -1):
            if count < seconds:
                cues.append(Cue(CueKind.COUNTDOWN, count, Anchor.END, value=count))
    span = seconds if seconds is not None else 0.0
    return tuple(sorted(cues, key=lambda cue: cue.due_in(span)))


def _rep_cues(segment: Segment, reps: int, tempo: float) -> list[Cue]:
    """A rep cue as each rep after the first starts (the work cue marks the first), and a
    phase cue at each later phase boundary of every rep, so the tick follows the phases."""
    cues = [Cue(CueKind.REP, (rep - 1) * tempo, value=rep) for rep in range(2, reps + 1)]
    starts = segment.phase_starts()[1:]
    cues.extend(
        Cue(CueKind.PHASE, rep * tempo + start, value=phase)
        for rep in range(reps)
        for phase, start in enumerate(starts, 1)
    )
    return cues


class CuePlan(Sequence[tuple[Cue, ...]]):
    """The cues of every segment, indexed like ``timeline.segments``.

    Each segment's cues are planned when first asked for, so a long routine with many paced
    reps starts at once and holds only the cues it has reached.
    """

    def __init__(self, timeline: Timeline, options: CueOptions = DEFAULT_CUES):
        self.timeline = timeline
        self.options = options
        self._planned: dict[int, tuple[Cue, ...]] = {}

    def __len__(self) -> int:
        return len(self.timeline.segments)

    @overload
    def __getitem__(self, index: int) -> tuple[Cue, ...]: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[tuple[Cue, ...]]: ...

    def __getitem__(self, index: int | slice) -> tuple[Cue, ...] | Sequence[tuple[Cue, ...]]:
        if isinstance(index, slice):
            return [self[i] for i in range(len(self))[index]]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        planned = self._planned.get(index)
        if planned is None:
            planned = plan_segment_cues(self.timeline, index, self.options)
            self._planned[index] = planned
        return planned


def plan_cues(timeline: Timeline, options: CueOptions = DEFAULT_CUES) -> CuePlan:
    """The cues of every segment, indexed like ``timeline.segments``, planned on demand."""
    return CuePlan(timeline, options)


def _is_first_of_last_set(timeline: Timeline, index: int) -> bool:
    """Whether segment ``index`` starts an exercise's last set, or a circuit's last round."""
    segment = timeline.segments[index]
    if segment.circuit is not None:
        return _is_first_of_last_round(timeline, index)
    if segment.sets is None or segment.sets < 2 or segment.set != segment.sets:
        return False
    previous: Segment | None = timeline.segments[index - 1] if index > 0 else None
    return not (
        previous is not None
        and previous.exercise_index == segment.exercise_index
        and previous.set == segment.set
        and previous.kind in (SegmentKind.WORK, SegmentKind.SWITCH)
    )


def _is_first_of_last_round(timeline: Timeline, index: int) -> bool:
    segment = timeline.segments[index]
    if segment.rounds is None or segment.rounds < 2 or segment.round != segment.rounds:
        return False
    for previous in reversed(timeline.segments[:index]):  # back to the last work interval
        if previous.kind is SegmentKind.WORK:
            return previous.circuit != segment.circuit or previous.round != segment.round
    return True
