"""The session: a state machine that walks a timeline against a monotonic clock.

Time is kept as deadlines, never counted in ticks. ``tick(now)`` may come late, early or not at
all; whatever was due by ``now`` happens then, each event carrying the instant it was due, and
the next segment starts at the previous one's deadline, so nothing ever drifts.

Whoever ticks the session says when it means to tick next (``expect_wake``). A tick that comes
over :data:`STALL_SECONDS` later than that (the process froze, the computer slept) pauses the
session at the moment it was last awake instead of catching up: nothing is skipped, nothing
bursts, and :attr:`Session.interruption` says what happened, for the screen to say in words.
When a cue thread plays the cues (:meth:`Session.keep_up_with`), its word counts: a late tick
of a frozen user interface whose cues kept sounding is no stall; only the whole program
stopping (a frozen process, a suspend) pauses the session, where the cues stopped.

The session never calls a user interface. Listeners are told what happened (a segment started,
a cue is due, the state changed, the session finished) and decide what to show or play.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Literal, TypeVar

from matside.core.clock import Clock, unseen_sleep
from matside.core.cues import DEFAULT_CUES, Anchor, Cue, CueOptions, plan_cues, plan_segment_cues
from matside.core.i18n import translate
from matside.core.timeline import Segment, SegmentKind, Timeline, format_duration

RESTART_THRESHOLD = 2.0
"""``previous`` restarts the current segment once it has run longer than this."""

STALL_SECONDS = 1.5
"""A tick later than this past the expected wake pauses the session at its last wake."""


class State(StrEnum):
    """Where a session is: not started, running, paused, waiting for the user, or over."""

    IDLE = "idle"
    RUNNING = "running"
    PAUSED = "paused"
    WAITING = "waiting"
    FINISHED = "finished"


@dataclass(frozen=True)
class SegmentStarted:
    """The session entered segment ``index``, due at ``due`` on the session's clock."""

    index: int
    segment: Segment
    due: float


Outcome = Literal["done", "skipped", "stopped", "back"]
"""How an interval ended: run to its end (or, when it waits for the user, gone on from), skipped
with Next before its end, cut short by Stop, or left with Back to do it (or the one before)
again."""


@dataclass(frozen=True)
class SegmentEnded:
    """The session left segment ``index`` at ``due``, ``ran`` seconds into it (pauses left
    out), and ``outcome`` says how. The session decides it, once: the summary counts from it
    and the training log records it, so the two never disagree."""

    index: int
    segment: Segment
    outcome: Outcome
    ran: float
    due: float


K = TypeVar("K", bound=Hashable)


def settle(outcomes: Iterable[tuple[K, Outcome]]) -> tuple[set[K], set[K]]:
    """Which intervals were done and which skipped, from how each run of them ended (an
    interval is named by ``K``: its index, or where it lies in a routine and its kind).

    An interval is done when any run of it was done, however often it was done again after
    Back; it is skipped when a run of it was skipped and none was done. The run screen's
    summary and the training log both count with this.
    """
    done: set[K] = set()
    skipped: set[K] = set()
    for key, outcome in outcomes:
        if outcome == "done":
            done.add(key)
        elif outcome == "skipped":
            skipped.add(key)
    return done, skipped - done


@dataclass(frozen=True)
class CueDue:
    """A cue of segment ``index`` fell due at ``due``: time to sound it."""

    cue: Cue
    index: int
    segment: Segment
    due: float


@dataclass(frozen=True)
class StateChanged:
    """The session went from ``previous`` to ``state``."""

    state: State
    previous: State


@dataclass(frozen=True)
class Finished:
    """The session ended at ``due``: after its last segment, or ``stopped`` early."""

    due: float
    stopped: bool


@dataclass(frozen=True)
class Interruption:
    """Why the session paused itself: the computer stopped running it.

    ``at`` is where it paused (the moment it was last awake), ``away`` the seconds until it
    ran again (None while the system is going to sleep or still asleep), ``slept`` how many of
    them the system was suspended (0.0 for a stall; None when the clock cannot tell).
    """

    at: float
    away: float | None
    slept: float | None


def format_gap(seconds: float) -> str:
    """A time away in words: ``20 s``, ``2 min``, ``1 h 5 min``."""
    whole = round(seconds)
    if whole < 60:
        return translate("Session", "{s} s").format(s=whole)
    minutes = round(seconds / 60)
    if minutes < 60:
        return translate("Session", "{min} min").format(min=minutes)
    hours, minutes = divmod(minutes, 60)
    if minutes:
        return translate("Session", "{h} h {min} min").format(h=hours, min=minutes)
    return translate("Session", "{h} h").format(h=hours)


def describe_interruption(interruption: Interruption) -> str:
    """What the run screen says while paused by ``interruption``."""
    away, slept = interruption.away, interruption.slept
    # One line that fits the run screen's hint at its letter size from 1024 x 600 up.
    if away is None:
        return translate("Session", "Paused: computer going to sleep — any key goes on")
    if slept is None:
        words = translate("Session", "Paused: computer asleep or stalled {gap} — any key goes on")
    elif slept * 2 >= away:
        words = translate("Session", "Paused: computer asleep {gap} — any key goes on")
    else:
        words = translate("Session", "Paused: computer stalled {gap} — any key goes on")
    return words.format(gap=format_gap(away))


Event = SegmentStarted | SegmentEnded | CueDue | StateChanged | Finished


@dataclass(frozen=True)
class Summary:
    """What a session really took, for the done screen (never the plan's length).

    ``active_seconds`` is the time from start to end on the monotonic clock with the pauses
    left out; ``paused_seconds`` is the pauses, apart. A set is done when every work interval
    of it ran to its end (or was finished by the user where it waits for them); an interval is
    skipped when Next left it before its end and it was not done another time (:func:`settle`;
    ``intervals_done`` and ``intervals_skipped`` count every kind, as the training log does).
    """

    active_seconds: float
    paused_seconds: float
    sets_done: int
    sets_planned: int
    work_skipped: int
    rests_skipped: int
    stopped: bool
    intervals_done: int
    intervals_skipped: int

    def lines(self) -> list[str]:
        """The summary in words, one fact a line: the time, then sets, then what was skipped."""
        spent = translate("Session", "{time} spent").format(
            time=format_duration(self.active_seconds)
        )
        if self.paused_seconds >= 1:
            paused = translate("Session", "{time} paused")
            spent += "  ·  " + paused.format(time=format_duration(self.paused_seconds))
        skipped = []
        if self.work_skipped:
            one = self.work_skipped == 1
            words = (
                translate("Session", "{n} work interval")
                if one
                else translate("Session", "{n} work intervals")
            )
            skipped.append(words.format(n=self.work_skipped))
        if self.rests_skipped:
            one = self.rests_skipped == 1
            words = translate("Session", "{n} rest") if one else translate("Session", "{n} rests")
            skipped.append(words.format(n=self.rests_skipped))
        done = translate("Session", "Sets done: {done} of {planned}").format(
            done=self.sets_done, planned=self.sets_planned
        )
        if not skipped:
            return [spent, done, translate("Session", "Nothing skipped")]
        return [
            spent,
            done,
            translate("Session", "Skipped: {what}").format(what=", ".join(skipped)),
        ]


Listener = Callable[[Event], None]

KeptUp = Callable[[float], float]
"""Given the session's last wake, the latest moment up to which its cues kept sounding on time
with the program running throughout (a cue thread's word); that last wake when it cannot say."""


class Session:
    """One run of a timeline.

    Args:
        timeline: the compiled routine.
        clock: a monotonic clock; every command reads the time from it.
        cue_options: which cues to plan.
    """

    def __init__(self, timeline: Timeline, clock: Clock, cue_options: CueOptions = DEFAULT_CUES):
        self.timeline = timeline
        self.clock = clock
        self.cues = plan_cues(timeline, cue_options)
        self._cue_options = cue_options
        self._current_cues: tuple[Cue, ...] = self.cues[0]
        self._announce_on_resume = False
        self._listeners: list[Listener] = []
        self._state = State.IDLE
        self._index = 0
        self._start = 0.0  # when the current segment started, paused time excluded
        self._extra = 0.0  # seconds added to the current segment by extend()
        self._paused_at = 0.0
        self._paused_from = State.RUNNING
        self._fired: set[int] = set()
        # What really happened, for the summary.
        self._began: float | None = None
        self._ended: float | None = None
        self._pause_began = 0.0
        self._paused_total = 0.0
        self._outcomes: list[tuple[int, Outcome]] = []  # how each interval left ended
        self._stopped = False
        self._expected: float | None = None  # when the ticker means to tick next
        self._expected_slept: float | None = None  # the clock's slept() then
        self._last_wake = 0.0  # the last moment the session is known to have run
        self._last_slept: float | None = None
        self._interruption: Interruption | None = None
        self._kept_up: KeptUp | None = None
        self._open_rests: float | None = None  # open rests end after this (unattended runs)

    # ---- observing

    def add_listener(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def remove_listener(self, listener: Listener) -> None:
        self._listeners.remove(listener)

    def _emit(self, event: Event) -> None:
        for listener in list(self._listeners):
            listener(event)

    @property
    def state(self) -> State:
        return self._state

    @property
    def index(self) -> int:
        """The index of the current segment."""
        return self._index

    @property
    def segment(self) -> Segment:
        return self.timeline.segments[self._index]

    def length(self) -> float | None:
        """The current segment's length including extensions; None when it waits for the user."""
        seconds = self.segment.seconds
        return None if seconds is None else seconds + self._extra

    def elapsed(self, now: float | None = None) -> float:
        """Seconds the current segment has run, paused time excluded."""
        if self._state is State.IDLE:
            return 0.0
        if self._state is State.PAUSED:
            return self._paused_at - self._start
        if self._state is State.FINISHED:
            return 0.0
        moment = self.clock.now() if now is None else now
        length = self.length()
        ran = moment - self._start
        return ran if length is None else min(ran, length)

    def remaining(self, now: float | None = None) -> float | None:
        """Seconds left in the current segment; None when it waits for the user."""
        length = self.length()
        if length is None:
            return None
        if self._state is State.IDLE:
            return length
        return max(0.0, length - self.elapsed(now))

    def remaining_total(self, now: float | None = None) -> float:
        """Seconds left in the timed part of the session."""
        if self._state is State.FINISHED:
            return 0.0
        later = self.timeline.timed_seconds_from(self._index + 1)
        return later + (self.remaining(now) or 0.0)

    def rep(self, now: float | None = None) -> int | None:
        """The rep under way in a paced work segment (1-based), else None."""
        segment = self.segment
        if segment.kind is not SegmentKind.WORK or not segment.reps or not segment.tempo:
            return None
        done = int(self.elapsed(now) // segment.tempo)
        return min(done + 1, segment.reps)

    @property
    def interruption(self) -> Interruption | None:
        """Why the session is paused, when the computer paused it; None otherwise."""
        return self._interruption if self._state is State.PAUSED else None

    @property
    def expected_wake(self) -> float | None:
        """When the ticker said it would tick next (:meth:`expect_wake`), until that tick."""
        return self._expected

    def next_due(self) -> float | None:
        """The instant the next cue or transition is due, or None when nothing is pending."""
        if self._state not in (State.RUNNING, State.WAITING):
            return None
        length = self.length()
        cues = self._current_cues
        pending = [
            self._start + cue.due_in(length or 0.0)
            for i, cue in enumerate(cues)
            if i not in self._fired
        ]
        if self._state is State.RUNNING and length is not None:
            pending.append(self._start + length)
        open_end = self._open_rest_end() if self._state is State.WAITING else None
        if open_end is not None:
            pending.append(open_end)
        return min(pending) if pending else None

    def done(self) -> set[int]:
        """The intervals done so far (their indexes in the timeline): each left at its end, or
        gone on from while it waited, at least once (:func:`settle`)."""
        return settle(self._outcomes)[0]

    def summary(self, now: float | None = None) -> Summary:
        """What the session has taken so far, or took once it is over."""
        moment = self.clock.now() if now is None else now
        end = self._ended if self._ended is not None else moment
        paused = self._paused_total
        if self._state is State.PAUSED:
            paused += moment - self._pause_began
        active = 0.0 if self._began is None else end - self._began - paused
        segments = self.timeline.segments
        completed, skipped_indices = settle(self._outcomes)
        sets: dict[tuple[int | None, int | None, int | None], bool] = {}
        for i, segment in enumerate(segments):
            if segment.kind is SegmentKind.WORK:
                key = (segment.exercise_index, segment.round, segment.set)
                sets[key] = sets.get(key, True) and i in completed
        skipped = [segments[i].kind for i in skipped_indices]
        return Summary(
            active_seconds=max(0.0, active),
            paused_seconds=paused,
            sets_done=sum(sets.values()),
            sets_planned=len(sets),
            work_skipped=skipped.count(SegmentKind.WORK),
            rests_skipped=skipped.count(SegmentKind.REST),
            stopped=self._stopped,
            intervals_done=len(completed),
            intervals_skipped=len(skipped_indices),
        )

    def lookahead(self, until: float) -> list[Event]:
        """The events that will happen by ``until`` if no command comes first.

        Nothing happens: a copy of the session is brought up to ``until`` and its events are
        returned, each with the instant it will be due. A segment that waits for the user ends
        the look ahead, as it ends the session's own progress.
        """
        shadow = copy.copy(self)
        # The copy's progress must not touch the session's own records.
        shadow._fired = set(self._fired)
        shadow._outcomes = list(self._outcomes)
        shadow._expected = None  # the copy runs ahead on purpose: that is no stall
        events: list[Event] = []
        shadow._listeners = [events.append]
        shadow.tick(until)
        return events

    def end_open_rests_after(self, seconds: float) -> None:
        """Let each rest "as needed" end by itself after ``seconds``, as if the user pressed
        Space then: an unattended run (``matside run --open-rests``) gets through."""
        self._open_rests = seconds

    def _open_rest_end(self) -> float | None:
        """When the open rest under way ends by itself, or None when it waits for the user."""
        if self._open_rests is None or self.segment.kind is not SegmentKind.REST:
            return None
        return self._start + self._open_rests

    # ---- commands

    def start(self) -> None:
        """Start from the first segment (from idle only)."""
        if self._state is not State.IDLE:
            return
        now = self.clock.now()
        self._began = now
        self._awake(now)
        self._enter(0, now)

    def pause(self) -> None:
        """Freeze the current segment; paused time does not count."""
        now = self.clock.now()
        self.tick(now)
        if self._state not in (State.RUNNING, State.WAITING):
            return
        self._pause_at(now)

    def _pause_at(self, moment: float, interruption: Interruption | None = None) -> None:
        self._paused_at = moment
        self._pause_began = moment
        self._paused_from = self._state
        self._interruption = interruption
        self._expected = None
        self._set_state(State.PAUSED)

    def resume(self) -> None:
        """Carry on from where the session was paused."""
        if self._state is not State.PAUSED:
            return
        now = self.clock.now()
        self._awake(now)
        self._interruption = None
        self._start += now - self._paused_at
        self._paused_total += now - self._pause_began
        if self._announce_on_resume:
            # Skipped to while paused: it starts, for listeners, when the user resumes.
            self._announce_on_resume = False
            self._emit(SegmentStarted(self._index, self.segment, self._start))
        self._set_state(self._paused_from)
        self.tick(now)

    def toggle(self) -> None:
        """The one key for everything: start, pause, resume, or continue an open segment."""
        if self._state is State.IDLE:
            self.start()
        elif self._state is State.RUNNING:
            self.pause()
        elif self._state is State.PAUSED:
            self.resume()
        elif self._state is State.WAITING:
            self.proceed()

    def proceed(self) -> None:
        """Finish an open segment now and go on (the user is ready)."""
        if self._state is State.WAITING:
            now = self.clock.now()
            self._leave("done", now)
            self._enter(self._index + 1, now)

    def _moving_now(self) -> float | None:
        """The moment to skip from, once the session has caught up; None when it has not
        started or has finished (a stray clicker press on the done screen must not bring it
        back)."""
        if self._state in (State.IDLE, State.FINISHED):
            return None
        now = self.clock.now()
        self.tick(now)
        return None if self._state is State.FINISHED else now

    def next(self) -> None:
        """Skip to the next segment."""
        now = self._moving_now()
        if now is not None:
            # Going on from an interval that waits for the user is finishing it, not skipping.
            self._leave("done" if self.segment.is_open else "skipped", now)
            self._enter(self._index + 1, now, keep_paused=self._state is State.PAUSED)

    def previous(self) -> None:
        """Restart the current segment once it has run over 2 s, else go back one."""
        now = self._moving_now()
        if now is None:
            return
        paused = self._state is State.PAUSED
        if self.elapsed(now) > RESTART_THRESHOLD or self._index == 0:
            target = self._index
        else:
            target = self._index - 1
        self._leave("back", now)
        self._enter(target, now, keep_paused=paused)

    def stop(self) -> None:
        """End the session early."""
        if self._state in (State.IDLE, State.FINISHED):
            return
        now = self.clock.now()
        self._leave("stopped", now)
        if self._state is State.PAUSED:
            self._paused_total += now - self._pause_began
        self._ended = now
        self._stopped = True
        self._set_state(State.FINISHED)
        self._emit(Finished(now, stopped=True))

    def extend(self, seconds: float) -> bool:
        """Add ``seconds`` to the current rest or get-ready countdown.

        Returns:
            Whether it applied: only a timed rest or prepare segment can be extended.
        """
        if self._state not in (State.RUNNING, State.PAUSED):
            return False
        self.tick()
        if self.segment.kind not in (SegmentKind.REST, SegmentKind.PREPARE):
            return False
        if self.segment.seconds is None or seconds <= 0:
            return False
        self._extra += seconds
        # The closing countdown moves with the end and is planned again for the new length
        # (a short rest made longer gets its whole countdown); it sounds again at its new time.
        fired = {self._current_cues[i] for i in self._fired}
        self._current_cues = plan_segment_cues(
            self.timeline, self._index, self._cue_options, length=self.length()
        )
        self._fired = {
            i
            for i, cue in enumerate(self._current_cues)
            if cue.anchor is Anchor.START and cue in fired
        }
        return True

    # ---- time

    def expect_wake(self, at: float) -> None:
        """The ticker means to tick next at ``at``: a tick over :data:`STALL_SECONDS` later
        than that finds the session stalled, and it pauses at its last wake instead. Only the
        next tick is judged; the ticker says again after each one."""
        self._expected = at
        self._expected_slept = self.clock.slept()

    def keep_up_with(self, kept_up: KeptUp) -> None:
        """Let the stall check take the word of what plays the cues: a tick that comes late
        finds no stall up to the moment ``kept_up`` vouches for, and pauses there otherwise."""
        self._kept_up = kept_up

    def going_to_sleep(self) -> None:
        """The system says it is about to sleep: pause now, for :meth:`woke` to complete."""
        now = self.clock.now()
        self.tick(now)
        if self._state in (State.RUNNING, State.WAITING):
            self._pause_at(now, Interruption(now, None, None))

    def woke(self) -> None:
        """The system says it woke: say how long it was away, when it paused for the sleep."""
        interruption = self.interruption
        if interruption is None or interruption.away is not None:
            return
        now = self.clock.now()
        slept = _difference(self.clock.slept(), self._last_slept)
        away = now - interruption.at + unseen_sleep(self.clock, slept)
        self._interruption = Interruption(interruption.at, away, slept)

    def _awake(self, moment: float) -> None:
        self._last_wake = moment
        self._last_slept = self.clock.slept()

    def _stall(self, moment: float) -> Interruption | None:
        """The stall that the tick at ``moment`` finds, or None when it came in time (or the
        cue thread kept the cues going meanwhile)."""
        expected, self._expected = self._expected, None
        if expected is None or self._state is not State.RUNNING:
            return None  # an open segment waiting for the user has nothing to skip
        slept_now = self.clock.slept()
        late = (
            moment
            - expected
            + unseen_sleep(self.clock, _difference(slept_now, self._expected_slept))
        )
        if late <= STALL_SECONDS:
            return None
        kept = self._last_wake
        if self._kept_up is not None:
            kept = max(kept, self._kept_up(self._last_wake))
        slept = _difference(slept_now, self._last_slept)
        away = moment - kept + unseen_sleep(self.clock, slept)
        if away <= STALL_SECONDS:
            return None  # only this thread froze: the cues sounded, the session goes on
        return Interruption(kept, away, slept)

    def tick(self, now: float | None = None) -> None:
        """Bring the session up to ``now``: fire due cues, start due segments.

        Every event carries the instant it was due, not the instant of the tick. A tick much
        later than expected pauses the session where it was last awake instead (where the
        cue thread's cues stopped, when one plays them: up to there, they sounded).
        """
        moment = self.clock.now() if now is None else now
        if self._state not in (State.RUNNING, State.WAITING):
            return
        stall = self._stall(moment)
        if stall is not None:
            self._catch_up(stall.at)
            if self._state is State.RUNNING:
                self._pause_at(stall.at, stall)
                return
        self._awake(moment)
        self._catch_up(moment)

    def _catch_up(self, moment: float) -> None:
        while self._state in (State.RUNNING, State.WAITING):
            self._fire_cues(moment)
            if self._state is State.WAITING:
                deadline = self._open_rest_end()
            else:  # running: a timed segment
                deadline = self._start + (self.length() or 0.0)
            if deadline is None or moment < deadline:
                return
            self._leave("done", deadline)
            self._enter(self._index + 1, deadline)

    def _fire_cues(self, moment: float) -> None:
        cues = self._current_cues
        length = self.length() or 0.0
        due_cues = sorted(
            (self._start + cue.due_in(length), i)
            for i, cue in enumerate(cues)
            if i not in self._fired
        )
        for due, i in due_cues:
            if due > moment:
                break
            self._fired.add(i)
            self._emit(CueDue(cues[i], self._index, self.segment, due))

    def _leave(self, outcome: Outcome, at: float) -> None:
        """Leave the current segment at ``at``: note how, and tell the listeners."""
        self._outcomes.append((self._index, outcome))
        self._emit(SegmentEnded(self._index, self.segment, outcome, self.elapsed(at), at))

    def _enter(self, index: int, at: float, *, keep_paused: bool = False) -> None:
        segments = self.timeline.segments
        index = min(index, len(segments) - 1)
        self._index = index
        self._start = at
        self._extra = 0.0
        self._fired = set()
        self._current_cues = self.cues[index]
        segment = segments[index]
        self._announce_on_resume = keep_paused and segment.kind is not SegmentKind.DONE
        if not self._announce_on_resume:
            self._emit(SegmentStarted(index, segment, at))
        if segment.kind is SegmentKind.DONE:
            self._ended = at
            self._fire_cues(at)
            self._set_state(State.FINISHED)
            self._emit(Finished(at, stopped=False))
            return
        if keep_paused:  # skipped to while paused (the state is PAUSED already)
            self._paused_at = at
            self._paused_from = State.WAITING if segment.is_open else State.RUNNING
            return
        self._set_state(State.WAITING if segment.is_open else State.RUNNING)
        self._fire_cues(at)

    def _set_state(self, state: State) -> None:
        if state is self._state:
            return
        previous = self._state
        self._state = state
        self._emit(StateChanged(state, previous))


def _difference(later: float | None, earlier: float | None) -> float | None:
    """``later - earlier``, or None when either is unknown."""
    return None if later is None or earlier is None else later - earlier
