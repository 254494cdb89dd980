"""The 3-metre budget and the words the run screen shows of a move's instructions."""

from __future__ import annotations

import pytest

from matside.core.readability import (
    LAST_SECONDS_FOR_THE_CUE,
    LETTER_SHARES,
    MIN_PIECE_SECONDS,
    Guidance,
    PhaseKind,
    Text,
    cue_text,
    first_sentence,
    guidance,
    instruction_pieces,
    move_count_text,
    next_up_text,
    phase_kinds,
    phase_picture,
    reading_seconds,
    rep_phase_kind,
    set_text,
    side_badge,
    spoken_cue_edges,
    spoken_cue_shown,
)
from matside.core.routine import MAX_CUE, routine_from_data
from matside.core.timeline import Segment, SegmentKind, Side, compile_timeline
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
    assert cue_text(own.all_exercises()[0]) == "Knees soft"
    blank = routine_from_data(routine(exercise(cue=" ", instructions=["Stand. Go."])))
    assert cue_text(blank.all_exercises()[0]) == "Stand."
    assert cue_text(None) == ""


LONG = routine(
    exercise(
        name="Lunge",
        instructions=["Stand tall.", "Step back. Lower slowly."],
        cue="Step back slowly",
    ),
    exercise(name="Hold", reps=None, tempo=None, seconds=30, sides="each"),
    prepare_seconds=20,
    rest_after_exercise=20,
)


def test_instructions_come_in_pieces_that_fit_split_at_sentences_then_words() -> None:
    paragraphs = ["Stand tall.", "Step back. Lower slowly.", "  "]
    assert instruction_pieces(paragraphs, 100) == ["Stand tall.", "Step back. Lower slowly."]
    assert instruction_pieces(paragraphs, 12) == ["Stand tall.", "Step back.", "Lower", "slowly."]
    assert instruction_pieces(["abcdefgh ij"], 4) == ["abcd", "efgh", "ij"]
    assert instruction_pieces(["ab abcdefghij"], 4) == ["ab", "abcd", "efgh", "ij"]
    assert reading_seconds("x") == MIN_PIECE_SECONDS
    assert reading_seconds("x" * 120) == 10


def test_full_instructions_show_piece_by_piece_before_the_move_while_there_is_time() -> None:
    timeline = compile_timeline(routine_from_data(LONG))
    prepare, work = timeline.segments[0], timeline.segments[1]
    assert prepare.kind is SegmentKind.PREPARE
    first = Guidance("Stand tall.", 1, 2)
    second = Guidance("Step back. Lower slowly.", 2, 2)
    assert guidance(prepare, 0, 20, room=100) == first
    assert guidance(prepare, 4, 16, room=100) == second
    # the second piece is read until 8 s in: 12 s are left then, more than the last 5 s
    assert guidance(prepare, 8, 12, room=100) == Guidance("Step back slowly")
    assert not guidance(prepare, 8, 12, room=100).full
    # a piece that would run into the last seconds is left out
    assert guidance(prepare, 4, 8, room=100) == Guidance("Step back slowly")
    assert guidance(prepare, 0, LAST_SECONDS_FOR_THE_CUE, room=100) == Guidance("Step back slowly")
    # a rest that waits goes round the pieces
    assert guidance(prepare, 9, None, room=100) == first
    assert guidance(prepare, 13, None, room=100) == second
    # during the move: the cue line
    assert guidance(work, 0, 20, room=100) == Guidance("Step back slowly")


def test_a_short_rest_or_a_move_without_instructions_shows_the_cue_only() -> None:
    short = compile_timeline(routine_from_data({**LONG, "prepare_seconds": 8}))
    assert guidance(short.segments[0], 0, 8, room=500) == Guidance("Step back slowly")
    timeline = compile_timeline(routine_from_data(LONG))
    rest = timeline.segments[2]
    assert rest.kind is SegmentKind.REST
    assert guidance(rest, 0, 20, room=500) == Guidance("")  # Hold has no instructions
    done = timeline.segments[-1]
    assert guidance(done, 0, None, room=500) == Guidance("")


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


def test_next_up_says_only_what_changes() -> None:
    data = routine(
        exercise(name="Lunge", sides="each", sets=2),
        exercise(name="Hold", reps=None, tempo=None, seconds=30),
    )
    timeline = compile_timeline(routine_from_data(data))
    kinds = [s.kind for s in timeline.segments]
    texts = [next_up_text(timeline, i) for i in range(len(kinds))]
    work = SegmentKind.WORK
    assert [t for k, t in zip(kinds, texts, strict=True) if k is work] == [
        "Next: right side",
        "Next: set 2 of 2, left side",
        "Next: right side",
        "Next: Hold",
        "Next: done",
    ]
    assert {t for k, t in zip(kinds, texts, strict=True) if k is not work} == {""}


CIRCUIT = routine(
    {
        "circuit": "Glute activation",
        "rounds": 3,
        "rest_between_rounds": 15,
        "exercises": [
            exercise(name="Bridge", reps=2, tempo=3),
            exercise(name="Clam", reps=None, tempo=None, seconds=20),
        ],
    },
    exercise(name="Lunge", sets=2),
    format=2,
)


def test_a_circuit_shows_its_round_and_name_where_sets_and_the_move_count_show() -> None:
    segments = compile_timeline(routine_from_data(CIRCUIT)).segments
    shown = [
        (s.kind.value, set_text(s), move_count_text(s, 3))
        for s in segments
        if s.kind is not SegmentKind.DONE
    ]
    assert shown[:5] == [
        ("prepare", "Round 1 of 3", "Glute activation"),
        ("work", "Round 1 of 3", "Glute activation"),
        ("work", "Round 1 of 3", "Glute activation"),
        ("rest", "Round 2 of 3", "Glute activation"),  # the rest names the round to come
        ("work", "Round 2 of 3", "Glute activation"),
    ]
    # After the circuit, straight sets again.
    assert shown[-3:] == [
        ("work", "Set 1 of 2", "Move 3 of 3"),
        ("rest", "Set 2 of 2", "Move 3 of 3"),
        ("work", "Set 2 of 2", "Move 3 of 3"),
    ]
    assert set_text(Segment(SegmentKind.WORK, 1, circuit="C", round=1, rounds=1)) == ""
    assert set_text(Segment(SegmentKind.WORK, 1, set=1, sets=1)) == ""


def test_a_circuit_of_one_move_says_the_next_round_comes() -> None:
    data = routine(
        {"circuit": "C", "rounds": 2, "exercises": [exercise(name="Bridge")]},
        format=2,
        prepare_seconds=0,
        rest_between_sets=0,
    )
    timeline = compile_timeline(routine_from_data(data))
    assert next_up_text(timeline, 0) == "Next: round 2 of 2"
    assert next_up_text(timeline, 1) == "Next: done"


@pytest.mark.parametrize(
    ("count", "kinds"),
    [
        (2, "move return"),
        (3, "move hold return"),
        (4, "move hold return hold"),
        (5, "move hold move hold return"),
        (8, "move hold move hold move hold return hold"),
    ],
)
def test_phases_alternate_move_and_hold_and_the_last_move_returns(count: int, kinds: str) -> None:
    assert " ".join(phase_kinds(count)) == kinds


def test_a_phase_shows_the_position_it_goes_to_or_holds() -> None:
    kinds = phase_kinds(4)  # move, hold, return, hold
    assert [phase_picture(kinds, phase, 2) for phase in range(4)] == [1, 1, 0, 0]
    assert [phase_picture(kinds, phase, 3) for phase in range(4)] == [2, 2, 0, 0]


def test_the_phase_follows_the_clock_through_each_rep() -> None:
    data = routine(exercise(reps=2, tempo=[3, 2, 3]), format=2, prepare_seconds=0)
    work = compile_timeline(routine_from_data(data)).segments[0]
    moments = (0, 2.9, 3.0, 4.9, 5.0, 7.9, 8.0, 11.0, 15.9)
    assert [rep_phase_kind(work, t) for t in moments] == [
        PhaseKind.MOVE,
        PhaseKind.MOVE,
        PhaseKind.HOLD,
        PhaseKind.HOLD,
        PhaseKind.RETURN,
        PhaseKind.RETURN,
        PhaseKind.MOVE,
        PhaseKind.HOLD,
        PhaseKind.RETURN,
    ]
    plain = compile_timeline(routine_from_data(routine(exercise(reps=2, tempo=3)))).segments[1]
    assert rep_phase_kind(plain, 1.0) is None  # one phase per rep: no phase word


def test_a_spoken_cue_shows_on_the_cue_line_for_its_reading_time() -> None:
    words = "Knee stays above the hip. Keep breathing."
    data = routine(
        exercise(
            reps=None,
            tempo=None,
            seconds=40,
            cue="Knee over hip",
            cues=[{"at": 10, "say": words}, {"at": 12, "say": "Breathe   out."}],
        ),
        format=2,
    )
    prepare, work = compile_timeline(routine_from_data(data)).segments[:2]
    assert reading_seconds(words) == MIN_PIECE_SECONDS
    shown = [guidance(work, t, 40 - t, 200).text for t in (9.9, 10, 11.9, 12, 15.9, 16)]
    assert shown == [
        "Knee over hip",
        words,
        words,
        "Breathe out.",  # the later one when two meet, its spaces tidied
        "Breathe out.",
        "Knee over hip",  # shown for its reading time, then the cue line returns
    ]
    assert spoken_cue_shown(prepare, 10, 200) is None  # only in the work it belongs to
    assert spoken_cue_edges(work, 200) == (10, 12, 14, 16)
    assert spoken_cue_edges(prepare, 200) == ()
    # Longer than the room, a piece at a time.
    assert [guidance(work, t, 40 - t, 30).text for t in (10, 11.9, 16, 17.9)] == [
        "Knee stays above the hip.",
        "Knee stays above the hip.",
        "Keep breathing.",
        "Keep breathing.",
    ]
    assert spoken_cue_edges(work, 30) == (10, 12, 14, 16, 18)
