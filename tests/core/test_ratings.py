"""Which side the run screen asks about, and the ratings given, on a fake clock."""

from __future__ import annotations

from matside.core.clock import FakeClock
from matside.core.i18n import use_translator
from matside.core.ratings import SideRating, SideRatings, sides_before
from matside.core.routine import routine_from_data
from matside.core.session import Session
from matside.core.timeline import SegmentKind, Side, compile_timeline
from tests.conftest import exercise, routine

# 0 prepare 5 | 1 B left 15 | 2 switch 5 | 3 B right 15 | 4 rest 10 | 5 B left | 6 switch
# | 7 B right | 8 rest 10 | 9 A work 20 | 10 rest 10 | 11 C left | 12 switch | 13 C right | 14 done
DATA = routine(
    exercise(name="B", reps=None, tempo=None, seconds=15, sides="each", sets=2),
    exercise(name="A", reps=None, tempo=None, seconds=20),
    exercise(name="C", reps=None, tempo=None, seconds=15, sides="each"),
    prepare_seconds=5,
    rest_between_sets=10,
    rest_after_exercise=10,
)


def make() -> tuple[Session, FakeClock, SideRatings, list[SideRating]]:
    clock = FakeClock()
    session = Session(compile_timeline(routine_from_data(DATA)), clock)
    ratings = SideRatings(session)
    heard: list[SideRating] = []
    ratings.add_listener(heard.append)
    return session, clock, ratings, heard


def to(session: Session, clock: FakeClock, seconds: float) -> None:
    clock.advance(seconds)
    session.tick()


def test_the_timeline_is_as_the_tests_think() -> None:
    session, *_ = make()
    kinds = [s.kind for s in session.timeline.segments]
    assert kinds[4] is kinds[8] is kinds[10] is SegmentKind.REST
    assert kinds[14] is SegmentKind.DONE
    assert session.timeline.segments[13].side is Side.RIGHT


def test_the_rest_after_the_sides_asks_left_then_right_and_then_shows_both() -> None:
    session, clock, ratings, heard = make()
    session.start()
    assert ratings.prompt() is None  # getting ready: nothing done yet
    assert ratings.rate(4) is None
    assert ratings.given == {}
    to(session, clock, 20)  # B's left side, 15 s in: no rest yet
    assert ratings.prompt() is None
    to(session, clock, 21)  # the rest after set 1's sides
    assert ratings.prompt() == "How did the left side feel? 1–5"
    rating = ratings.rate(4)
    assert rating is not None
    assert (rating.index, rating.score) == (1, 4)
    assert rating.segment.side is Side.LEFT
    assert ratings.prompt() == "Left 4\nHow did the right side feel? 1–5"
    ratings.rate(2)
    assert ratings.prompt() == "Left 4  ·  Right 2"
    assert ratings.rate(5) is None  # both rated: a digit more changes nothing
    assert [(r.index, r.score) for r in heard] == [(1, 4), (3, 2)]


def test_a_side_skipped_is_not_asked_about() -> None:
    session, clock, ratings, _ = make()
    session.start()
    to(session, clock, 10)  # B's left side, 5 s in
    session.next()  # skipped: the switch
    to(session, clock, 5 + 15)  # the right side run to its end: the rest after set 1
    assert session.segment.kind is SegmentKind.REST
    assert ratings.sides() == [3]
    assert ratings.prompt() == "How did the right side feel? 1–5"
    session.next()  # set 2's left side
    session.next()  # the switch
    session.next()  # the right side
    session.next()  # the rest after set 2: both its sides skipped
    assert session.segment.kind is SegmentKind.REST
    assert ratings.sides() == []
    assert ratings.prompt() is None
    while session.segment.kind is not SegmentKind.DONE:
        session.next()  # through A and C's sides: done, having skipped them
    assert ratings.prompt() is None


def test_a_side_done_again_after_a_skip_is_asked_about() -> None:
    session, clock, ratings, _ = make()
    session.start()
    to(session, clock, 10)  # B's left side, 5 s in
    session.next()  # skipped: the switch
    session.previous()  # at once: back to the left side, from its start
    assert session.index == 1
    to(session, clock, 15 + 5 + 15)  # both sides run to their ends: the rest after set 1
    assert ratings.sides() == [1, 3]


def test_not_rating_waits_for_nothing_and_the_question_goes_with_the_rest() -> None:
    session, clock, ratings, _ = make()
    session.start()
    to(session, clock, 41)  # in the rest after set 1
    assert ratings.asked() == 1
    to(session, clock, 10)  # the rest ran out as it would: set 2's left side
    assert session.segment.side is Side.LEFT
    assert ratings.prompt() is None
    to(session, clock, 35)  # the rest after set 2 asks about set 2's sides
    assert ratings.sides() == [5, 7]
    assert ratings.prompt() == "B\nHow did the left side feel? 1–5"  # A shows: B is named
    to(session, clock, 10)  # A's work, done once on no sides: never asked
    assert ratings.prompt() is None
    to(session, clock, 20)
    assert session.segment.kind is SegmentKind.REST
    assert ratings.prompt() is None


def test_paused_in_the_rest_still_asks_but_not_while_a_stall_is_explained() -> None:
    session, clock, ratings, _ = make()
    session.start()
    to(session, clock, 41)
    session.pause()
    assert ratings.asked() == 1
    session.resume()
    session.expect_wake(clock.now() + 1)
    to(session, clock, 5)  # the computer stalled: the session explains its pause
    assert session.interruption is not None
    assert ratings.prompt() is None


def test_the_last_sides_are_asked_about_on_the_done_screen() -> None:
    session, clock, ratings, _ = make()
    session.start()
    to(session, clock, 500)
    assert session.segment.kind is SegmentKind.DONE
    assert ratings.sides() == [11, 13]
    assert ratings.prompt() == "C\nHow did the left side feel? 1–5"  # which, where none shows
    ratings.rate(3)
    assert ratings.prompt() == "C: Left 3\nHow did the right side feel? 1–5"
    ratings.rate(4)
    assert ratings.prompt() == "C: Left 3  ·  Right 4"


def test_sides_before_keeps_to_one_set_of_one_exercise() -> None:
    session, *_ = make()
    segments = session.timeline.segments
    assert sides_before(segments, 4) == [1, 3]
    assert sides_before(segments, 3) == [1]  # in the right side: the left is before it
    assert sides_before(segments, 2) == [1]
    assert sides_before(segments, 10) == []  # after A, done on no sides
    assert sides_before(segments, 0) == []
    back_to_back = tuple(s for i, s in enumerate(segments) if i != 4)  # no rest between sets
    assert sides_before(back_to_back, 5) == [4]  # after set 2's left side: set 2 only


def test_a_session_whose_ratings_no_one_keeps_asks_nothing() -> None:
    clock = FakeClock()
    session = Session(compile_timeline(routine_from_data(DATA)), clock)
    ratings = SideRatings(session)
    session.start()
    to(session, clock, 41)  # in the rest after set 1's sides
    assert ratings.prompt() is None
    assert ratings.rate(3) is None


def test_the_prompt_is_worded_in_the_users_language() -> None:
    german = {
        "How did the left side feel? {range}": "Wie hat sich die linke Seite angefühlt? {range}",
        "Left {score}": "Links {score}",
    }
    session, clock, ratings, _ = make()
    session.start()
    to(session, clock, 41)
    use_translator(lambda _context, text: german.get(text, text))
    try:
        assert ratings.prompt() == "Wie hat sich die linke Seite angefühlt? 1–5"
        ratings.rate(2)
        assert ratings.prompt() == "Links 2\nHow did the right side feel? 1–5"
    finally:
        use_translator(None)
