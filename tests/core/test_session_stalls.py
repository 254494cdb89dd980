"""Stalls and sleep: a session woken much later than it expected pauses where it was last awake,
and every later cue still sounds, in its place. Driven on a fake clock by a ticker that works as
the run screen's timer does (tick, say when the next tick comes, wait for it)."""

from __future__ import annotations

import sys
from collections.abc import Callable

import pytest

from matside.core.clock import Clock, FakeClock, MonotonicClock
from matside.core.cues import CueKind
from matside.core.routine import routine_from_data
from matside.core.session import (
    STALL_SECONDS,
    CueDue,
    Event,
    Interruption,
    SegmentStarted,
    Session,
    State,
    describe_interruption,
    format_gap,
)
from matside.core.timeline import SegmentKind, compile_timeline
from tests.conftest import exercise, routine
from tests.core.machine import Machine

ROUTINE = routine(
    exercise(name="Lunge", reps=6, tempo=3, sides="each", sets=2),
    exercise(name="Plank", reps=None, tempo=None, seconds=30),
    prepare_seconds=5,
    rest_between_sets=15,
)
"""Paced reps on both sides (rep ticks, halfway, switch sides, countdowns), timed rests."""

Placed = tuple[int, str, float]
"""A cue as heard: its segment, its kind, and its offset from the segment's start."""

Stall = Callable[[Session], bool]
"""Whether the stall happens at this tick."""


class Ticker:
    """Ticks a session as the run screen does: after each tick it aims at the next cue or
    transition, at most 0.5 s away, tells the session, and the clock moves to it. The session
    reads its own ``clock`` when given one (the test moves it), else :attr:`clock`."""

    def __init__(self, clock: Clock | None = None) -> None:
        self.clock = FakeClock()
        data = routine_from_data(ROUTINE)
        self.session = Session(compile_timeline(data), clock or self.clock)
        self.heard: list[Placed] = []
        self.events: list[tuple[float, Event]] = []
        self.segment_start = 0.0
        self.session.add_listener(self._hear)

    def _hear(self, event: Event) -> None:
        self.events.append((self.session.clock.now(), event))
        if isinstance(event, SegmentStarted):
            self.segment_start = event.due
        elif isinstance(event, CueDue):
            offset = round(event.due - self.segment_start, 6)
            self.heard.append((event.index, event.cue.kind.value, offset))

    def next_wake(self) -> float:
        now = self.session.clock.now()
        due = self.session.next_due()
        return min(now + 0.5, due if due is not None else now + 0.5)

    def run(self) -> None:
        """Run to the end, every tick on time."""
        self.session.start()
        while self.session.state is not State.FINISHED:
            assert self.session.state is State.RUNNING
            wake = self.next_wake()
            self.session.expect_wake(wake)
            assert self.session.expected_wake == wake
            self.clock.set(wake)
            self.session.tick()


def baseline() -> list[Placed]:
    ticker = Ticker()
    ticker.run()
    return ticker.heard


def mid(kind: SegmentKind, after: float) -> Stall:
    """Stall once the session is ``after`` seconds into its first segment of ``kind``."""
    return lambda session: session.segment.kind is kind and session.elapsed() >= after


@pytest.mark.parametrize(
    ("kind", "after"), [(SegmentKind.WORK, 7.2), (SegmentKind.REST, 6.0)], ids=["work", "rest"]
)
def test_a_wake_20_s_late_pauses_at_the_last_wake_with_every_later_cue_intact(
    kind: SegmentKind, after: float
) -> None:
    expected = baseline()
    ticker = Ticker()
    session, clock = ticker.session, ticker.clock
    paused: list[tuple[float, int, float, Interruption | None, int]] = []

    def stall_then_wait(session: Session) -> bool:
        if not mid(kind, after)(session):
            return False
        last_wake = clock.now()
        paused.append((last_wake, session.index, session.elapsed(), None, len(ticker.heard)))
        return True

    # The same run, stalled once: the tick after the stall finds the session paused.
    def run_with_resume() -> None:
        session.start()
        stalled = False
        while session.state is not State.FINISHED:
            if session.state is State.PAUSED:
                at, index, elapsed, _, heard = paused[0]
                assert session.interruption == Interruption(at, clock.now() - at, 0.0)
                assert session.index == index
                assert session.elapsed() == pytest.approx(elapsed)  # not a moment lost
                assert len(ticker.heard) == heard  # nothing sounded on waking
                clock.advance(3)  # the person walks back to the mat
                session.resume()
                ticker.segment_start += clock.now() - at  # paused time does not count
                continue
            wake = ticker.next_wake()
            session.expect_wake(wake)
            if not stalled and stall_then_wait(session):
                stalled = True
                clock.set(wake + 20)
            else:
                clock.set(wake)
            session.tick()

    run_with_resume()
    assert paused, "the stall happened"
    assert ticker.heard == expected


def test_without_an_expected_wake_a_stall_bursts_as_before() -> None:
    # The control: a ticker that never says when it wakes gets the old catching up at once.
    ticker = Ticker()
    session, clock = ticker.session, ticker.clock
    session.start()
    stall = mid(SegmentKind.WORK, 7.2)
    while not stall(session):
        clock.set(ticker.next_wake())
        session.tick()
    before = len(ticker.heard)
    clock.advance(20)
    session.tick()
    assert session.state is State.RUNNING
    assert len(ticker.heard) - before > 5  # in one burst


def run_until_paused(late: float, asleep: float) -> Ticker:
    ticker = Ticker()
    session, clock = ticker.session, ticker.clock
    session.start()
    stall = mid(SegmentKind.WORK, 4.0)
    while session.state is State.RUNNING:
        wake = ticker.next_wake()
        session.expect_wake(wake)
        if stall(session):
            clock.suspend(asleep)
            clock.set(wake + late - asleep)
        else:
            clock.set(wake)
        session.tick()
    return ticker


def test_a_real_suspend_is_told_apart_from_a_stall() -> None:
    # Linux: the monotonic clock stops while suspended; only the boot-time clock moves on.
    ticker = run_until_paused(late=120.0, asleep=120.0)
    interruption = ticker.session.interruption
    assert interruption is not None
    assert interruption.slept == 120.0
    assert interruption.away == pytest.approx(120.0 + 0.5, abs=0.5)
    assert describe_interruption(interruption) == (
        "Paused: computer asleep 2 min — any key goes on"
    )


@pytest.mark.parametrize("platform", ["darwin", "win32"])
@pytest.mark.parametrize(
    ("asleep", "words"),
    [(120.0, "Paused: computer asleep 2 min"), (0.0, "Paused: computer stalled 20 s")],
    ids=["suspend", "stall"],
)
def test_macos_and_windows_tell_a_suspend_from_a_stall_and_lose_nothing(
    platform: str, asleep: float, words: str
) -> None:
    # The system's clock as each platform has it, on a fake machine: on macOS the monotonic
    # clock stops while the machine sleeps, on Windows it goes on; either way the time asleep
    # grows, and the session pauses where it was last awake, saying which it was.
    machine = Machine()
    clock = machine.clock(platform)
    ticker = Ticker(clock)
    session = ticker.session
    stall = mid(SegmentKind.WORK, 7.2)
    last_wake: float | None = None
    session.start()
    while session.state is not State.FINISHED:
        if session.state is State.PAUSED:
            interruption = session.interruption
            assert interruption is not None
            assert interruption.at == last_wake
            assert interruption.slept == pytest.approx(asleep)
            assert interruption.away == pytest.approx(max(asleep, 20.0), abs=0.5)
            assert describe_interruption(interruption) == f"{words} — any key goes on"
            machine.run(3)  # the person walks back to the mat
            session.resume()
            ticker.segment_start += clock.now() - interruption.at
            continue
        wake = ticker.next_wake()
        session.expect_wake(wake)
        if last_wake is None and stall(session):
            last_wake = clock.now()
            machine.sleep(asleep)
            machine.run(20.0 - asleep if asleep < 20.0 else 0.0)
        machine.run(max(0.0, wake - clock.now()))
        session.tick()
    assert last_wake is not None, "the suspend happened"
    assert ticker.heard == baseline()


@pytest.mark.parametrize("platform", ["linux", "darwin", "win32"])
def test_a_sleep_the_system_announced_is_timed_once_on_every_platform(platform: str) -> None:
    # Told before and after: the time away is the sleep, counted once (on Windows the clock
    # went on through it as well).
    machine = Machine()
    ticker = Ticker(machine.clock(platform))
    session = ticker.session
    session.start()
    machine.run(2)
    session.going_to_sleep()
    machine.sleep(600)
    machine.run(0.2)
    session.woke()
    interruption = session.interruption
    assert interruption is not None
    assert interruption.slept == pytest.approx(600)
    assert interruption.away == pytest.approx(600.2)
    assert describe_interruption(interruption) == (
        "Paused: computer asleep 10 min — any key goes on"
    )


def test_a_stall_is_worded_as_one() -> None:
    ticker = run_until_paused(late=20.0, asleep=0.0)
    interruption = ticker.session.interruption
    assert interruption is not None
    assert describe_interruption(interruption).startswith("Paused: computer stalled 2")


def test_a_tick_just_within_the_limit_does_not_pause() -> None:
    ticker = run_until_paused(late=STALL_SECONDS, asleep=0.0)
    assert ticker.session.state is not State.PAUSED
    assert ticker.session.interruption is None


def test_without_an_expected_wake_nothing_is_judged() -> None:
    ticker = Ticker()
    session, clock = ticker.session, ticker.clock
    session.start()
    clock.advance(3)
    session.tick()
    assert session.state is State.RUNNING


def test_an_open_segment_waiting_for_the_user_does_not_pause() -> None:
    clock = FakeClock()
    data = routine_from_data(routine(exercise(name="At your pace", tempo=None), prepare_seconds=0))
    session = Session(compile_timeline(data), clock)
    session.start()
    assert session.state is State.WAITING
    session.expect_wake(clock.now() + 0.5)
    clock.advance(30)
    session.tick()
    assert session.state is State.WAITING


def test_the_system_going_to_sleep_pauses_now_and_waking_says_for_how_long() -> None:
    ticker = Ticker()
    session, clock = ticker.session, ticker.clock
    session.start()
    clock.advance(2)
    session.going_to_sleep()
    assert session.state is State.PAUSED
    assert session.interruption == Interruption(clock.now(), None, None)
    assert describe_interruption(Interruption(clock.now(), None, None)) == (
        "Paused: computer going to sleep — any key goes on"
    )
    assert session.remaining() == 3
    clock.suspend(600)
    clock.advance(0.2)
    session.woke()
    interruption = session.interruption
    assert interruption is not None
    assert (interruption.at, interruption.slept) == (1002.0, 600.0)
    assert interruption.away == pytest.approx(600.2)
    session.woke()  # a second one changes nothing
    assert session.interruption is not None
    assert session.interruption.away == pytest.approx(600.2)
    clock.advance(5)
    session.resume()
    assert session.interruption is None
    assert session.remaining() == 3


def test_sleep_signals_outside_a_running_session_do_nothing() -> None:
    ticker = Ticker()
    session = ticker.session
    session.going_to_sleep()
    assert session.state is State.IDLE
    session.woke()
    session.start()
    session.pause()
    session.going_to_sleep()
    session.woke()
    assert session.state is State.PAUSED
    assert session.interruption is None  # a pause the user asked for


def test_an_unknown_sleep_is_worded_as_either() -> None:
    assert describe_interruption(Interruption(0, 75, None)) == (
        "Paused: computer asleep or stalled 1 min — any key goes on"
    )


@pytest.mark.parametrize(
    ("seconds", "words"),
    [
        (0.4, "0 s"),
        (20.4, "20 s"),
        (59.4, "59 s"),
        (61, "1 min"),
        (3600, "1 h"),
        (3900, "1 h 5 min"),
    ],
)
def test_gaps_in_words(seconds: float, words: str) -> None:
    assert format_gap(seconds) == words


def test_rep_cues_are_among_those_kept() -> None:
    kinds = {kind for _, kind, _ in baseline()}
    assert {CueKind.REP.value, CueKind.SWITCH_SIDES.value, CueKind.COUNTDOWN.value} <= kinds


def test_the_monotonic_clock_tells_the_time_spent_suspended_where_it_can() -> None:
    slept = MonotonicClock().slept()
    if sys.platform.startswith("linux"):
        assert slept is not None
        assert slept > -0.01  # the two clocks are read one after the other
    else:
        assert slept is None


# ---- open rests in unattended runs


def test_open_rests_can_end_by_themselves_for_unattended_runs() -> None:
    clock = FakeClock()
    data = routine(
        exercise(name="A", tempo=2, reps=2, sets=2),
        exercise(name="Own pace", tempo=None, reps=3),
        rest_between_sets="as needed",
        rest_after_exercise="as needed",
        prepare_seconds=0,
    )
    session = Session(compile_timeline(routine_from_data(data)), clock)
    session.end_open_rests_after(7)
    starts: list[tuple[str, float]] = []
    session.add_listener(
        lambda e: (
            starts.append((e.segment.kind.value, e.due - 1000))
            if isinstance(e, SegmentStarted)
            else None
        )
    )
    session.start()
    clock.advance(4)  # two reps of 2 s
    session.tick()
    assert session.state is State.WAITING  # the open rest
    assert session.next_due() == 1011  # it ends 7 s on
    clock.advance(6.9)
    session.tick()
    assert session.segment.kind is SegmentKind.REST
    clock.advance(20)  # late: it ended at its own instant, and the next set did too
    session.tick()
    assert starts[:4] == [("work", 0), ("rest", 4), ("work", 11), ("rest", 15)]
    assert session.segment.kind is SegmentKind.WORK  # self-paced work still waits for Space
    assert session.state is State.WAITING
    assert session.next_due() is None
    session.proceed()
    assert session.state is State.FINISHED


def run_with_keeper(kept_for: float) -> tuple[Ticker, float, list[Placed], list[float]]:
    """Run to the end, one tick 20 s late mid-work; the cue thread vouches for ``kept_for`` s
    after the session's last wake. Returns the ticker, that last wake, and what was heard by
    the time the session paused (or did not), with the instants those cues were due."""
    ticker = Ticker()
    session, clock = ticker.session, ticker.clock
    vouched: list[float] = []

    def kept_up(since: float) -> float:
        vouched.append(since)
        return since + kept_for

    session.keep_up_with(kept_up)
    session.start()
    stall = mid(SegmentKind.WORK, 7.2)
    last_wake = -1.0
    heard: list[Placed] = []
    dues: list[float] = []
    while session.state is not State.FINISHED:
        if session.state is State.PAUSED:
            heard = list(ticker.heard)
            dues = [event.due for _, event in ticker.events if isinstance(event, CueDue)]
            interruption = session.interruption
            assert interruption is not None
            assert vouched == [last_wake]  # asked once, with the session's last wake
            clock.advance(3)
            session.resume()
            ticker.segment_start += clock.now() - interruption.at
            continue
        wake = ticker.next_wake()
        session.expect_wake(wake)
        if last_wake < 0 and stall(session):
            last_wake = clock.now()
            clock.set(wake + 20)
        else:
            clock.set(wake)
        session.tick()
    return ticker, last_wake, heard, dues


def test_a_cue_thread_that_kept_the_cues_going_through_a_late_tick_is_taken_at_its_word() -> None:
    ticker, _last_wake, heard, _dues = run_with_keeper(kept_for=21.0)  # it ran throughout
    assert heard == []  # never paused
    assert ticker.heard == baseline()  # every cue once, in its place


@pytest.mark.parametrize("kept_for", [0.0, 8.0], ids=["cannot-say", "kept-8-s"])
def test_a_stall_of_the_cue_thread_too_pauses_where_its_cues_stopped(kept_for: float) -> None:
    ticker, last_wake, heard, dues = run_with_keeper(kept_for)
    expected = baseline()
    stopped_at = last_wake + kept_for
    # Up to where the cues stopped, the session caught up; nothing after it was heard then.
    assert heard == expected[: len(heard)]
    assert max(dues) <= stopped_at
    assert (max(dues) > last_wake) == (kept_for > 0)
    assert ticker.heard == expected
