"""The recorder turns a session's events into log facts, on a fake clock."""

from __future__ import annotations

import json

import pytest

from matside.core.clock import FakeClock
from matside.core.recorder import (
    Fact,
    IntervalBegan,
    IntervalEnded,
    PausedTotal,
    Recorder,
    SessionBegan,
    SessionEnded,
    describe_position,
    resume_point,
    resume_timeline,
    routine_hash,
)
from matside.core.routine import dumps_routine, routine_from_data
from matside.core.session import Session
from matside.core.timeline import SegmentKind, Side, compile_timeline
from tests.conftest import exercise, routine

WALL = 1_700_000_000.0  # the wall clock when the session begins

# prepare 5 | A work 20 | rest 10 | A work 20 | rest 10 | B left 15 | switch 5 | B right 15 | done
DATA = routine(
    exercise(name="A", reps=None, tempo=None, seconds=20, sets=2),
    exercise(name="B", reps=None, tempo=None, seconds=15, sides="each"),
    prepare_seconds=5,
    rest_between_sets=10,
    rest_after_exercise=10,
)


class Facts:
    def __init__(self) -> None:
        self.facts: list[Fact] = []

    def record(self, fact: Fact) -> None:
        self.facts.append(fact)

    def of(self, kind: type) -> list:  # type: ignore[type-arg]
        return [f for f in self.facts if isinstance(f, kind)]


def make(data: dict = DATA) -> tuple[Session, FakeClock, Facts]:  # type: ignore[type-arg]
    clock = FakeClock()
    session = Session(compile_timeline(routine_from_data(data)), clock)
    facts = Facts()
    start = clock.now()
    Recorder(session, facts, wall=lambda: WALL + clock.now() - start, routine_file="/r/a.json")
    return session, clock, facts


def run_to_end(session: Session, clock: FakeClock) -> None:
    for _ in range(200):
        clock.advance(1)
        session.tick()


def test_a_full_session_is_one_begin_every_interval_done_and_a_finish() -> None:
    session, clock, facts = make()
    session.start()
    run_to_end(session, clock)
    began = facts.of(SessionBegan)
    assert len(began) == 1
    assert began[0].routine == "Test routine"
    assert began[0].routine_file == "/r/a.json"
    assert began[0].planned_seconds == 5 + 20 + 10 + 20 + 10 + 15 + 5 + 15
    assert began[0].started == WALL
    assert began[0].routine_hash == routine_hash(began[0].routine_json)
    assert routine_from_data(DATA) == routine_from_data(json.loads(began[0].routine_json))
    ended = facts.of(IntervalEnded)
    assert [e.outcome for e in ended] == ["done"] * 8
    assert [e.position for e in ended] == list(range(8))
    assert [e.active_seconds for e in ended] == [5, 20, 10, 20, 10, 15, 5, 15]
    assert [f.position for f in facts.of(IntervalBegan)] == list(range(8))
    assert facts.of(SessionEnded) == [SessionEnded(WALL + 100, stopped=False)]
    assert facts.of(PausedTotal) == []
    assert isinstance(facts.facts[-1], SessionEnded)


def test_a_stopped_session_ends_its_interval_as_stopped() -> None:
    session, clock, facts = make()
    session.start()
    clock.advance(12)  # 7 s into the first work
    session.tick()
    session.stop()
    ended = facts.of(IntervalEnded)
    assert [(e.kind, e.outcome, e.active_seconds) for e in ended] == [
        ("prepare", "done", 5),
        ("work", "stopped", 7),
    ]
    assert facts.of(SessionEnded) == [SessionEnded(WALL + 12, stopped=True)]


def test_a_skipped_interval_is_skipped_and_counts_only_the_time_it_ran() -> None:
    session, clock, facts = make()
    session.start()
    clock.advance(8)  # 3 s into the first work
    session.next()
    ended = facts.of(IntervalEnded)
    assert [(e.exercise, e.outcome, e.active_seconds) for e in ended] == [
        ("A", "done", 5),
        ("A", "skipped", 3),
    ]
    run_to_end(session, clock)
    assert [e.outcome for e in facts.of(IntervalEnded)].count("skipped") == 1


def test_pauses_are_totalled_and_left_out_of_the_interval() -> None:
    session, clock, facts = make()
    session.start()
    clock.advance(7)  # 2 s into the work
    session.pause()
    clock.advance(30)
    session.resume()
    assert facts.of(PausedTotal) == [PausedTotal(30)]
    clock.advance(18)
    session.tick()
    ended = facts.of(IntervalEnded)
    assert ended[1].outcome == "done"
    assert ended[1].active_seconds == 20
    session.pause()
    clock.advance(5)
    session.resume()
    assert facts.of(PausedTotal)[-1] == PausedTotal(35)


def test_skipping_while_paused_counts_the_pause_once() -> None:
    session, clock, facts = make()
    session.start()
    clock.advance(7)
    session.pause()
    clock.advance(10)
    session.next()  # still paused, on the rest
    clock.advance(10)
    session.resume()
    ended = facts.of(IntervalEnded)
    assert (ended[1].outcome, ended[1].active_seconds) == ("skipped", 2)
    assert facts.of(PausedTotal) == [PausedTotal(20)]
    clock.advance(10)
    session.tick()
    assert facts.of(IntervalEnded)[2].active_seconds == 10


def test_stopping_while_paused_ends_the_pause_first() -> None:
    session, clock, facts = make()
    session.start()
    clock.advance(7)
    session.pause()
    clock.advance(10)
    session.stop()
    assert facts.of(PausedTotal) == [PausedTotal(10)]
    assert facts.of(IntervalEnded)[-1].active_seconds == 2


def test_going_back_ends_the_interval_as_back() -> None:
    session, clock, facts = make()
    session.start()
    clock.advance(10)
    session.previous()  # restarts the work
    assert [e.outcome for e in facts.of(IntervalEnded)] == ["done", "back"]
    assert [f.position for f in facts.of(IntervalBegan)] == [0, 1, 1]


def test_nothing_is_recorded_before_the_start() -> None:
    session, _clock, facts = make()
    session.stop()
    assert facts.facts == []


def test_every_interval_start_says_where_to_pick_up() -> None:
    session, clock, facts = make()
    session.start()
    run_to_end(session, clock)
    wheres = [f.where for f in facts.of(IntervalBegan)]
    assert wheres[0] == "set 1 of 2, A"
    assert wheres[2] == "set 2 of 2, A"  # a rest picks up at the work after it
    assert wheres[5] == "B, left side"
    assert wheres[6] == wheres[7] == "B, right side"


def test_resume_point_is_the_next_work() -> None:
    timeline = compile_timeline(routine_from_data(DATA))
    assert [resume_point(timeline, i) for i in range(9)] == [1, 1, 3, 3, 5, 5, 7, 7, 8]
    assert resume_point(timeline, 99) == 8
    assert describe_position(timeline, 8) == "the start"


def test_a_resumed_session_starts_with_a_get_ready_and_logs_whole_positions() -> None:
    timeline = compile_timeline(routine_from_data(DATA))
    resumption = resume_timeline(timeline, 6, resumed_from=41)
    segments = resumption.timeline.segments
    first = segments[0]
    assert (first.kind, first.seconds, first.side) == (SegmentKind.PREPARE, 5, Side.RIGHT)
    assert first.exercise is not None
    assert first.exercise.name == "B"
    assert segments[1:] == timeline.segments[7:]
    clock = FakeClock()
    session = Session(resumption.timeline, clock)
    facts = Facts()
    Recorder(session, facts, wall=lambda: WALL, resumption=resumption)
    session.start()
    run_to_end(session, clock)
    assert facts.of(SessionBegan)[0].resumed_from == 41
    assert facts.of(SessionBegan)[0].planned_seconds == 5 + 15
    assert [f.position for f in facts.of(IntervalBegan)] == [7, 7]
    assert [f.where for f in facts.of(IntervalBegan)] == ["B, right side"] * 2
    assert [(e.kind, e.position) for e in facts.of(IntervalEnded)] == [
        ("prepare", 7),
        ("work", 7),
    ]


def test_a_routine_without_get_ready_resumes_after_a_short_one() -> None:
    data = dict(DATA, prepare_seconds=0)
    timeline = compile_timeline(routine_from_data(data))
    assert resume_timeline(timeline, 2).timeline.segments[0].seconds == pytest.approx(10)


def test_the_hash_is_the_routines_text() -> None:
    text = dumps_routine(routine_from_data(DATA))
    assert routine_hash(text) == routine_hash(str(text))
    assert routine_hash(text) != routine_hash(text + " ")
