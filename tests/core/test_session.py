"""The session state machine, driven by a fake monotonic clock."""

from __future__ import annotations

import random

import pytest

from matside.core.clock import FakeClock
from matside.core.cues import CueKind
from matside.core.routine import routine_from_data
from matside.core.session import (
    CueDue,
    Event,
    Finished,
    SegmentEnded,
    SegmentStarted,
    Session,
    State,
    StateChanged,
    Summary,
    settle,
)
from matside.core.timeline import SegmentKind, compile_timeline
from tests.conftest import exercise, routine


class Recorder:
    def __init__(self, session: Session, clock: FakeClock):
        self.events: list[tuple[float, Event]] = []
        self.clock = clock
        session.add_listener(lambda event: self.events.append((clock.now(), event)))

    def of(self, kind: type) -> list:  # type: ignore[type-arg]
        return [e for _, e in self.events if isinstance(e, kind)]


def make(data: dict, sets: int | None = None) -> tuple[Session, FakeClock, Recorder]:  # type: ignore[type-arg]
    clock = FakeClock()
    session = Session(compile_timeline(routine_from_data(data), sets), clock)
    return session, clock, Recorder(session, clock)


SIMPLE = routine(
    exercise(name="A", reps=None, tempo=None, seconds=20, sets=2),
    prepare_seconds=5,
    rest_between_sets=10,
)


def test_runs_through_every_segment_on_time() -> None:
    session, clock, rec = make(SIMPLE)
    assert session.state is State.IDLE
    session.start()
    assert session.state is State.RUNNING
    assert session.remaining() == 5
    clock.advance(4.5)
    session.tick()
    assert session.segment.kind is SegmentKind.PREPARE
    clock.advance(0.6)  # 0.1 s past the prepare deadline
    session.tick()
    assert session.segment.kind is SegmentKind.WORK
    assert session.remaining() == pytest.approx(19.9)
    clock.advance(100)
    session.tick()
    assert session.state is State.FINISHED
    starts = [(e.segment.kind.value, e.due - 1000) for e in rec.of(SegmentStarted)]
    assert starts == [("prepare", 0), ("work", 5), ("rest", 25), ("work", 35), ("done", 55)]
    assert rec.of(Finished) == [Finished(1055, stopped=False)]
    cue_kinds = [e.cue.kind for e in rec.of(CueDue)]
    assert cue_kinds.count(CueKind.COUNTDOWN) == 6
    assert cue_kinds[-1] is CueKind.FINISHED


def test_paused_time_does_not_count() -> None:
    session, clock, rec = make(SIMPLE)
    session.start()
    clock.advance(2)
    session.toggle()
    assert session.state is State.PAUSED
    clock.advance(600)
    session.tick()
    assert session.remaining() == 3
    assert session.segment.kind is SegmentKind.PREPARE
    session.toggle()
    assert session.state is State.RUNNING
    clock.advance(3)
    session.tick()
    assert session.segment.kind is SegmentKind.WORK
    assert rec.of(SegmentStarted)[-1].due == 1000 + 600 + 5
    assert [e.state for e in rec.of(StateChanged)] == [State.RUNNING, State.PAUSED, State.RUNNING]


def test_open_segments_wait_count_up_and_continue_on_space() -> None:
    session, clock, rec = make(
        routine(
            exercise(name="A", tempo=None, sets=2), rest_between_sets="as needed", prepare_seconds=0
        )
    )
    session.start()
    assert session.state is State.WAITING
    clock.advance(500)
    session.tick()
    assert session.state is State.WAITING
    assert session.elapsed() == 500
    assert session.remaining() is None
    session.toggle()  # Space: done with the reps
    assert session.segment.kind is SegmentKind.REST
    assert session.state is State.WAITING
    session.toggle()
    session.toggle()
    assert session.state is State.FINISHED
    assert [e.cue.kind for e in rec.of(CueDue)] == [
        CueKind.WORK_START,
        CueKind.REST_START,
        CueKind.WORK_START,
        CueKind.LAST_SET,
        CueKind.FINISHED,
    ]


def test_next_and_previous() -> None:
    session, clock, rec = make(SIMPLE)
    session.start()
    session.next()
    assert session.segment.kind is SegmentKind.WORK
    assert session.index == 1
    clock.advance(1)
    session.previous()  # under 2 s in: back one
    assert session.index == 0
    clock.advance(3)
    session.previous()  # over 2 s in: restart this one
    assert session.index == 0
    assert session.remaining() == 5
    assert rec.of(SegmentStarted)[-1].due == clock.now()
    session.next()
    session.next()
    session.next()
    session.next()
    assert session.state is State.FINISHED
    session.previous()  # a clicker press on the done screen changes nothing
    assert session.state is State.FINISHED


def test_skipping_while_paused_stays_paused_and_stop_finishes_early() -> None:
    session, clock, rec = make(SIMPLE)
    session.start()
    session.pause()
    session.next()
    assert session.state is State.PAUSED
    assert session.index == 1
    clock.advance(50)
    session.resume()
    assert session.remaining() == 20
    session.stop()
    assert session.state is State.FINISHED
    assert rec.of(Finished)[-1].stopped


def test_extend_adds_to_rests_only_and_moves_the_closing_countdown() -> None:
    session, clock, rec = make(SIMPLE)
    session.start()
    clock.advance(5 + 20)  # into the rest (10 s)
    session.tick()
    assert session.segment.kind is SegmentKind.REST
    clock.advance(7.5)  # the "3" has sounded at 7 s
    session.tick()
    assert [e.cue.value for e in rec.of(CueDue) if e.cue.kind is CueKind.COUNTDOWN][-1] == 3
    assert session.extend(10)
    assert session.remaining() == pytest.approx(12.5)
    clock.advance(12.5)
    session.tick()
    work_start = rec.of(SegmentStarted)[-1]
    assert work_start.segment.kind is SegmentKind.WORK
    assert work_start.due == 1000 + 5 + 20 + 20
    countdown = [e.due - 1000 for e in rec.of(CueDue) if e.cue.kind is CueKind.COUNTDOWN]
    assert countdown[-3:] == [42, 43, 44]
    assert not session.extend(10)  # work cannot be extended


def test_rep_counter_follows_the_tempo() -> None:
    session, clock, _ = make(routine(exercise(name="A", reps=8, tempo=4), prepare_seconds=0))
    session.start()
    assert session.rep() == 1
    clock.advance(4.01)
    assert session.rep() == 2
    clock.advance(27)
    assert session.rep() == 8


def test_no_drift_over_45_minutes_of_late_and_missing_ticks() -> None:
    """Ticks arrive up to 300 ms late, or not at all; every event still lands on its plan."""
    moves = [
        exercise(name=f"Move {i}", reps=8, tempo=5, sides="each", sets={"min": 3, "max": 4})
        for i in range(6)
    ]
    data = routine(
        *moves, prepare_seconds=10, switch_seconds=5, rest_between_sets=30, rest_after_exercise=30
    )
    session, clock, rec = make(data, sets=4)
    timeline = session.timeline
    assert 40 * 60 <= timeline.total_seconds <= 50 * 60
    # The plan: when each segment and cue is due, from the timeline alone.
    planned_starts: list[float] = []
    planned_cues: list[tuple[float, str, int | None]] = []
    t = clock.now()
    for index, segment in enumerate(timeline.segments):
        planned_starts.append(t)
        length = segment.seconds or 0.0
        planned_cues += [(t + c.due_in(length), c.kind.value, c.value) for c in session.cues[index]]
        t += length
    rng = random.Random(20261122)
    start = clock.now()
    session.start()
    ticks = [start]
    while session.state is not State.FINISHED:
        clock.advance(0.1 + rng.uniform(0, 0.3))
        if rng.random() < 0.1:
            continue  # a tick that never came
        ticks.append(clock.now())
        session.tick()
    starts = rec.of(SegmentStarted)
    assert [e.due for e in starts] == pytest.approx(planned_starts, abs=1e-9)
    fired = [(e.due, e.cue.kind.value, e.cue.value) for e in rec.of(CueDue)]
    assert len(fired) == len(planned_cues)
    for (due, kind, value), (plan_due, plan_kind, plan_value) in zip(
        fired, sorted(planned_cues, key=lambda c: c[0]), strict=True
    ):
        assert (kind, value) == (plan_kind, plan_value)
        assert due == pytest.approx(plan_due, abs=1e-9)
    # Each event was seen at the first tick at or after its due time.
    for seen_at, event in rec.events:
        due = getattr(event, "due", None)
        if due is None:
            continue
        later_ticks = [tick for tick in ticks if tick >= due - 1e-9]
        assert seen_at == later_ticks[0]
    assert rec.of(Finished)[0].due - start == pytest.approx(timeline.total_seconds, abs=1e-9)


def test_next_due_points_at_the_next_cue_or_transition() -> None:
    session, clock, _ = make(SIMPLE)
    assert session.next_due() is None
    session.start()
    assert session.next_due() == 1000 + 2  # the "3" of the countdown, 3 s before the 5 s end
    clock.advance(4.5)
    session.tick()
    assert session.next_due() == 1005  # the end of the prepare countdown
    session.pause()
    assert session.next_due() is None


def test_a_segment_skipped_to_while_paused_starts_when_resumed() -> None:
    session, clock, rec = make(SIMPLE)
    session.start()
    session.pause()
    before = len(rec.of(SegmentStarted))
    session.next()
    assert len(rec.of(SegmentStarted)) == before  # nothing announced while paused
    assert not [e for e in rec.of(CueDue) if e.cue.kind is CueKind.WORK_START]
    clock.advance(60)
    session.resume()
    started = rec.of(SegmentStarted)[-1]
    assert (started.segment.kind, started.due) == (SegmentKind.WORK, clock.now())
    assert [e.due for e in rec.of(CueDue) if e.cue.kind is CueKind.WORK_START] == [clock.now()]


def test_a_short_rest_made_longer_gets_its_whole_countdown() -> None:
    session, clock, rec = make(
        routine(
            exercise(name="A", reps=None, tempo=None, seconds=20, sets=2),
            prepare_seconds=0,
            rest_between_sets=2,
        )
    )
    session.start()
    clock.advance(20.5)  # into the 2 s rest: only "1" fits its plan
    session.tick()
    assert session.extend(10)
    clock.advance(12)
    session.tick()
    values = [e.cue.value for e in rec.of(CueDue) if e.cue.kind is CueKind.COUNTDOWN]
    assert values == [3, 2, 1]


def test_cues_are_planned_only_as_segments_are_reached() -> None:
    # As large as a routine may be: 2,000 work intervals, 100,000 paced reps.
    many = routine(*[exercise(name=f"E{i}", reps=50, tempo=1, sets=100) for i in range(20)])
    session, clock, _ = make(many)
    session.start()
    clock.advance(15)
    session.tick()
    planned = session.cues._planned
    assert set(planned) <= {0, 1}


# --------------------------------------------------------------------------------------------
# Commands where they do not apply change nothing


def test_a_removed_listener_hears_nothing_more() -> None:
    session, _clock, recorder = make(routine(exercise(reps=2, tempo=2), prepare_seconds=0))
    heard: list[Event] = []
    session.add_listener(heard.append)
    session.remove_listener(heard.append)
    session.start()
    assert heard == []
    assert recorder.events


def test_times_while_paused_and_after_the_end() -> None:
    session, clock, _ = make(routine(exercise(reps=2, tempo=5), prepare_seconds=0))
    session.start()
    clock.advance(3)
    session.pause()
    clock.advance(100)
    assert session.elapsed() == 3
    session.resume()
    clock.advance(60)
    session.tick()
    assert session.state is State.FINISHED
    assert session.elapsed() == 0.0
    assert session.remaining_total() == 0.0


def test_start_pause_resume_next_and_previous_outside_their_states_do_nothing() -> None:
    session, _clock, recorder = make(routine(exercise(reps=2, tempo=5), prepare_seconds=0))
    session.pause()
    session.resume()
    session.next()
    session.previous()
    session.stop()
    assert session.state is State.IDLE
    assert recorder.events == []
    session.toggle()  # from idle: starts
    started = len(recorder.of(SegmentStarted))
    session.start()  # already running: nothing
    session.resume()  # not paused: nothing
    assert len(recorder.of(SegmentStarted)) == started
    assert session.state is State.RUNNING


def test_next_and_previous_after_the_clock_ran_out_leave_it_finished() -> None:
    for command in ("next", "previous"):
        session, clock, recorder = make(routine(exercise(reps=1, tempo=5), prepare_seconds=0))
        session.start()
        clock.advance(60)  # the end passed, but no tick has noticed yet
        getattr(session, command)()
        assert session.state is State.FINISHED
        session.stop()  # finished already: not stopped on top
        assert [e.stopped for e in recorder.of(Finished)] == [False]


def test_pause_after_the_end_passed_unnoticed_does_not_pause() -> None:
    session, clock, _ = make(routine(exercise(reps=1, tempo=5), prepare_seconds=0))
    session.start()
    clock.advance(60)
    session.pause()
    assert session.state is State.FINISHED


def test_extend_applies_only_to_a_running_or_paused_timed_rest() -> None:
    session, _clock, _ = make(
        routine(
            exercise(reps=1, tempo=5, rest_after="as needed"),
            exercise(reps=1, tempo=5),
            prepare_seconds=5,
        )
    )
    assert not session.extend(10)  # idle
    session.start()  # prepare: a timed countdown
    assert not session.extend(0)
    assert not session.extend(-5)
    assert session.extend(10)
    session.next()  # work
    assert not session.extend(10)
    session.next()  # the rest that waits for the user
    assert session.state is State.WAITING
    assert not session.extend(10)


def test_skipping_while_paused_stays_paused_without_a_second_pause() -> None:
    session, _clock, recorder = make(
        routine(exercise(reps=1, tempo=5), exercise(reps=1, tempo=5), prepare_seconds=0)
    )
    session.start()
    session.pause()
    changes = len(recorder.of(StateChanged))
    session.next()
    session.next()
    assert session.state is State.PAUSED
    assert len(recorder.of(StateChanged)) == changes


def test_the_summary_tells_the_time_really_spent_with_pauses_apart() -> None:
    session, clock, _ = make(SIMPLE)  # 5 s get ready, 20 s work, 10 s rest, 20 s work
    assert session.summary() == Summary(0, 0, 0, 2, 0, 0, False, 0, 0)  # not started
    session.start()
    clock.advance(10)
    session.pause()
    clock.advance(60)
    assert session.summary().paused_seconds == 60  # a pause under way counts as it goes
    session.resume()
    clock.advance(45)
    session.tick()
    summary = session.summary()
    assert session.state is State.FINISHED
    assert summary == Summary(55, 60, 2, 2, 0, 0, False, 4, 0)
    clock.advance(500)
    assert session.summary() == summary  # over is over: the end does not move


def test_the_summary_counts_sets_done_and_intervals_skipped_and_a_stop() -> None:
    session, clock, _ = make(SIMPLE)
    session.start()
    session.next()  # the get-ready: skipped, but not worth saying
    clock.advance(5)
    session.next()  # set 1's work, 5 s in
    assert session.segment.kind is SegmentKind.REST
    session.next()  # the rest
    clock.advance(3)
    session.pause()
    clock.advance(7)
    session.stop()
    summary = session.summary()
    assert summary == Summary(8, 7, 0, 2, 1, 1, True, 0, 3)
    assert summary.lines() == [
        "0:08 spent  ·  0:07 paused",
        "Sets done: 0 of 2",
        "Skipped: 1 work interval, 1 rest",
    ]
    assert Summary(65, 0.5, 2, 2, 2, 3, False, 9, 5).lines() == [
        "1:05 spent",  # half a second of pause is not worth saying
        "Sets done: 2 of 2",
        "Skipped: 2 work intervals, 3 rests",
    ]


def test_an_interval_skipped_and_then_done_is_not_skipped_and_open_ones_are_finished() -> None:
    session, clock, _ = make(
        routine(
            exercise(name="A", reps=None, tempo=None, seconds=20, sets=2),
            exercise(name="B", tempo=None),
            prepare_seconds=0,
            rest_between_sets=10,
            rest_after_exercise="as needed",
        )
    )
    session.start()
    session.next()  # skip set 1
    session.previous()  # back to it at once
    clock.advance(20)
    session.tick()  # done this time
    clock.advance(30)
    session.tick()  # the rest, set 2
    assert session.state is State.WAITING  # the open rest before B
    session.next()  # PageDown on a rest that waits: going on, not skipping
    session.pause()
    session.next()  # B's own-pace reps, finished while paused
    summary = session.summary()
    assert (summary.sets_done, summary.sets_planned) == (3, 3)
    assert (summary.work_skipped, summary.rests_skipped) == (0, 0)
    assert summary.active_seconds == 50
    assert summary.lines()[2] == "Nothing skipped"


def test_every_interval_left_says_how_it_ended_and_how_long_it_ran() -> None:
    session, clock, rec = make(SIMPLE)  # prepare 5 | work 20 | rest 10 | work 20 | done
    session.start()
    clock.advance(7)
    session.tick()  # the get-ready ran out: done; 2 s into the work
    session.pause()
    clock.advance(30)  # paused time is not time the interval ran
    session.next()  # skipped while paused, at 2 s
    session.next()  # the rest, skipped at once, still paused
    session.resume()
    clock.advance(3)
    session.previous()  # 3 s into set 2's work: restarts it
    session.stop()
    assert [(e.index, e.outcome, e.ran) for e in rec.of(SegmentEnded)] == [
        (0, "done", 5),
        (1, "skipped", 2),
        (2, "skipped", 0),
        (3, "back", 3),
        (3, "stopped", 0),
    ]
    assert [e.due - 1000 for e in rec.of(SegmentEnded)] == [5, 37, 37, 40, 40]
    summary = session.summary()
    assert (summary.intervals_done, summary.intervals_skipped) == (1, 2)


def test_an_interval_done_again_after_back_counts_once() -> None:
    session, clock, rec = make(SIMPLE)
    session.start()
    clock.advance(25)
    session.tick()  # the get-ready and the first work done
    session.previous()  # within 2 s of the rest: back to the work
    clock.advance(20)
    session.tick()  # the work done again
    assert [e.outcome for e in rec.of(SegmentEnded)] == ["done", "done", "back", "done"]
    summary = session.summary()
    assert (summary.intervals_done, summary.intervals_skipped) == (2, 0)


def test_settle_counts_an_interval_once_and_done_wins_over_skipped() -> None:
    done, skipped = settle(
        [(1, "skipped"), (1, "done"), (2, "done"), (2, "done"), (3, "skipped"), (4, "back")]
    )
    assert (done, skipped) == ({1, 2}, {3})
    assert settle([(("a", "work"), "stopped")]) == (set(), set())
