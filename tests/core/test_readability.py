"""The 3-metre budget and the words the run screen shows of a move's instructions."""

from __future__ import annotations

import pytest

from matside.core.readability import (
    LAST_SECONDS_FOR_THE_CUE,
    LETTER_SHARES,
    Guidance,
    Text,
    cue_text,
    first_sentence,
    guidance,
    move_count_text,
    side_badge,
)
from matside.core.routine import MAX_CUE, routine_from_data
from matside.core.timeline import SegmentKind, Side, compile_timeline
from tests.conftest import exercise, routine


def test_the_budget_is_the_issues() -> None:
    assert LETTER_SHARES[Text.CLOCK] == 0.25
    assert {LETTER_SHARES[t] for t in (Text.PHASE, Text.MOVE, Text.SIDE)} == {0.06}
    assert {LETTER_SHARES[t] for t in (Text.REP, Text.SET, Text.MOVE_COUNT)} == {0.05}
    assert {LETTER_SHARES[t] for t in (Text.NEXT, Text.TIME_LEFT)} == {0.04}
    assert set(LETTER_SHARES) == set(Text)


@pytest.mark.parametrize(
    ("instructions", "expected"),
    [
        (["Lie on your side. Knees bent.", "Lift."], "Lie on your side."),
        (["  ", "Stand tall!  Then reach."], "Stand tall!"),
        (["Hold it?\nYes."], "Hold it?"),
        (["No full stop at all"], "No full stop at all"),
        (["3.5 kg in each hand. Lift."], "3.5 kg in each hand."),
        ([], ""),
    ],
)
def test_the_first_sentence_of_the_instructions(instructions: list[str], expected: str) -> None:
    assert first_sentence(instructions) == expected


def test_a_long_first_sentence_is_cut_at_a_word() -> None:
    words = "slowly " * 40
    cut = first_sentence([words], limit=30)
    assert cut == "slowly slowly slowly slowly…"
    assert len(cut) <= 30
    assert first_sentence(["x" * 50], limit=10) == "x" * 9 + "…"
    assert len(first_sentence([words])) <= MAX_CUE


def test_the_cue_is_the_exercises_own_line_or_the_first_sentence() -> None:
    own = routine_from_data(routine(exercise(cue="  Knees  soft ", instructions=["Stand. Go."])))
    assert cue_text(own.exercises[0]) == "Knees soft"
    blank = routine_from_data(routine(exercise(cue=" ", instructions=["Stand. Go."])))
    assert cue_text(blank.exercises[0]) == "Stand."
    assert cue_text(None) == ""


LONG = routine(
    exercise(name="Lunge", instructions=["Stand tall.", "Step back."], cue="Step back slowly"),
    exercise(name="Hold", reps=None, tempo=None, seconds=30, sides="each"),
    prepare_seconds=15,
    rest_after_exercise=20,
)


def test_full_instructions_show_before_the_move_when_there_is_room_and_time() -> None:
    timeline = compile_timeline(routine_from_data(LONG))
    prepare, work = timeline.segments[0], timeline.segments[1]
    assert prepare.kind is SegmentKind.PREPARE
    assert guidance(prepare, 15, room=200) == Guidance("Stand tall.\nStep back.", full=True)
    assert guidance(prepare, None, room=200).full  # a rest that waits has all the time
    # no room, or the last seconds before the move: the cue line
    assert guidance(prepare, 15, room=10) == Guidance("Step back slowly")
    assert guidance(prepare, LAST_SECONDS_FOR_THE_CUE, room=200) == Guidance("Step back slowly")
    # during the move: the cue line
    assert guidance(work, 20, room=200) == Guidance("Step back slowly")


def test_a_short_rest_or_a_move_without_instructions_shows_the_cue_only() -> None:
    short = compile_timeline(routine_from_data({**LONG, "prepare_seconds": 8}))
    assert guidance(short.segments[0], 8, room=500) == Guidance("Step back slowly")
    timeline = compile_timeline(routine_from_data(LONG))
    rest = timeline.segments[2]
    assert rest.kind is SegmentKind.REST
    assert guidance(rest, 20, room=500) == Guidance("")  # Hold has no instructions
    done = timeline.segments[-1]
    assert guidance(done, None, room=500) == Guidance("")


def test_move_count_and_side_badge() -> None:
    timeline = compile_timeline(routine_from_data(LONG))
    rest, left = timeline.segments[2], timeline.segments[3]
    assert move_count_text(timeline.segments[0], 2) == "Move 1 of 2"
    assert move_count_text(left, 2) == "Move 2 of 2"
    assert move_count_text(left, 1) == ""
    assert move_count_text(timeline.segments[-1], 2) == ""
    assert (left.side, side_badge(left)) == (Side.LEFT, "L")
    right = next(s for s in timeline.segments if s.side is Side.RIGHT)
    assert side_badge(right) == "R"
    assert side_badge(rest) == "L"  # the rest before a move done on each side: left first
    assert side_badge(timeline.segments[0]) == ""
