"""The cue schedule: what will sound when, planned ahead from a session without changing it."""

from __future__ import annotations

from matside.core.announcer import Announcement, Announcer, Tone
from matside.core.clock import FakeClock
from matside.core.routine import routine_from_data
from matside.core.schedule import PLAN_AHEAD_SECONDS, plan_ahead, plan_until
from matside.core.session import CueDue, SegmentStarted, Session, State
from matside.core.timeline import compile_timeline
from tests.conftest import exercise, routine

# get ready 5 s (3-2-1 at 2, 3, 4 s); left side 2 reps at 3 s (rep 2 at 8 s); switch at 11 s
LUNGE = routine(exercise(name="Lunge", reps=2, tempo=3, sides="each"), prepare_seconds=5)
# a rest that waits for the user after the first exercise
OPEN = routine(
    exercise(name="One", reps=1, tempo=2),
    exercise(name="Two", reps=1, tempo=2),
    prepare_seconds=0,
    rest_after_exercise="as needed",
)


def started(data: dict[str, object], voice: bool = False) -> tuple[Session, Announcer, FakeClock]:
    clock = FakeClock(100.0)
    timeline = compile_timeline(routine_from_data(data))
    session = Session(timeline, clock)
    announcer = Announcer(timeline, session.cues, voice=voice)
    if voice:
        announcer.plan_voice()
    session.add_listener(announcer.hear)
    session.start()
    return session, announcer, clock


def names(plan: list[tuple[float, Announcement]]) -> list[tuple[float, str]]:
    return [
        (due - 100.0, item.cue.kind.value if isinstance(item, Tone) else f"say {item.phrase}")
        for due, item in plan
    ]


def test_the_plan_holds_what_is_due_and_what_comes_in_the_next_seconds() -> None:
    session, announcer, clock = started(LUNGE)
    assert PLAN_AHEAD_SECONDS >= 20  # a user interface frozen for 20 s loses no cue
    plan = plan_ahead(session, announcer, clock.now(), ahead=5.0)
    # nothing is due at the start itself (no tone for get ready); 3-2-1 and the work start
    assert names(plan) == [(2, "countdown"), (3, "countdown"), (4, "countdown"), (5, "work_start")]
    assert session.state is State.RUNNING
    assert session.index == 0  # looking ahead changed nothing
    clock.advance(4.5)
    session.tick()
    # the 3-2-1 was heard at the tick; the 3 and 2, over a second late, are stale: left out
    assert names(plan_ahead(session, announcer, clock.now(), ahead=5.0)) == [
        (4, "countdown"),
        (5, "work_start"),
        (8, "rep"),
    ]
    # what the announcer heard is handed over once; what is ahead, every time
    assert names(plan_ahead(session, announcer, clock.now(), 5.0)) == [
        (5, "work_start"),
        (8, "rep"),
    ]


def test_the_voice_is_planned_with_the_tones_tones_first_at_an_instant() -> None:
    session, announcer, clock = started(LUNGE, voice=True)
    plan = names(plan_ahead(session, announcer, clock.now(), ahead=5.0))
    assert plan[0] == (0, "say Get ready. Lunge, 2 reps each side.")
    assert plan[-2:] == [(5, "work_start"), (5, "say Left side. Go!")]


def test_a_pause_plans_nothing_and_a_rest_that_waits_ends_the_plan() -> None:
    session, announcer, clock = started(LUNGE)
    assert plan_until(session, clock.now()) == clock.now() + PLAN_AHEAD_SECONDS
    session.pause()
    assert plan_ahead(session, announcer, clock.now()) == []
    assert plan_until(session, clock.now()) is None  # nothing sounds by itself: none to watch
    open_session, open_announcer, open_clock = started(OPEN)
    plan = names(plan_ahead(open_session, open_announcer, open_clock.now(), ahead=60))
    # the first move's end, then the open rest: nothing of the second move is planned
    assert [name for _, name in plan] == ["work_start", "rest_start"]


def test_lookahead_returns_events_with_their_instants_and_leaves_the_session_as_it_was() -> None:
    session, _announcer, clock = started(LUNGE)
    clock.advance(2.5)
    session.tick()
    before = (session.index, session.state, session.next_due())
    summary = session.summary()
    events = session.lookahead(clock.now() + 3)
    session.lookahead(clock.now() + 600)  # to the end: every interval done, in the copy only
    assert session.summary() == summary
    starts = [(e.index, e.due - 100) for e in events if isinstance(e, SegmentStarted)]
    cues = [(e.cue.kind.value, e.due - 100) for e in events if isinstance(e, CueDue)]
    assert starts == [(1, 5)]
    assert cues == [("countdown", 3), ("countdown", 4), ("work_start", 5)]
    assert (session.index, session.state, session.next_due()) == before
    assert session.lookahead(clock.now()) == []
