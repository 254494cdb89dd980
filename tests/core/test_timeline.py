"""Compiling routines into segments."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from matside.core.routine import routine_from_data
from matside.core.timeline import (
    SegmentKind,
    SetChoiceError,
    Side,
    Timeline,
    chosen_sets,
    compile_timeline,
    format_duration,
)
from tests.conftest import exercise, routine


def kinds(timeline_segments: tuple) -> list[str]:  # type: ignore[type-arg]
    return [s.kind.value for s in timeline_segments]


def test_each_side_sets_and_rests_come_in_order() -> None:
    r = routine_from_data(
        routine(
            exercise(name="A", sides="each", sets={"min": 2, "max": 3}),
            exercise(name="B", reps=None, tempo=None, seconds=20),
        )
    )
    timeline = compile_timeline(r)
    assert kinds(timeline.segments) == [
        "prepare",
        "work",
        "switch",
        "work",
        "rest",  # A set 1, left then right
        "work",
        "switch",
        "work",
        "rest",  # A set 2, then rest before B
        "work",
        "done",
    ]
    first, second = timeline.segments[1], timeline.segments[3]
    assert (first.side, second.side) == (Side.LEFT, Side.RIGHT)
    assert (first.set, first.sets, first.reps, first.seconds) == (1, 2, 8, 32)
    assert timeline.segments[4].set == 2  # the rest names the set coming next
    assert timeline.segments[8].exercise is not None
    assert timeline.segments[8].exercise.name == "B"
    assert timeline.total_seconds == 10 + 4 * 32 + 2 * 5 + 30 + 30 + 20
    assert timeline.open_segments == 0


def test_pictures_are_mirrored_for_the_right_side_and_the_switch_to_it() -> None:
    r = routine_from_data(routine(exercise(name="A", sides="each"), exercise(name="B")))
    timeline = compile_timeline(r)
    mirrored = [(s.kind.value, s.picture_mirrored) for s in timeline.segments]
    assert mirrored == [
        ("prepare", False),  # before the left side
        ("work", False),  # left: as drawn
        ("switch", True),  # getting into the right side's position
        ("work", True),  # right: mirrored
        ("rest", False),  # before B, done on one side
        ("work", False),
        ("done", False),
    ]


def test_chosen_sets_apply_to_ranges_and_must_fit_them() -> None:
    r = routine_from_data(
        routine(exercise(name="A", sets={"min": 3, "max": 4}), exercise(name="B", sets=2))
    )

    def counts(timeline: Timeline) -> list[int | None]:
        return [s.sets for s in timeline.segments if s.kind is SegmentKind.WORK]

    assert counts(compile_timeline(r)) == [3, 3, 3, 2, 2]
    assert counts(compile_timeline(r, sets=4)) == [4, 4, 4, 4, 2, 2]
    with pytest.raises(SetChoiceError, match="A offers 3–4 sets, not 5"):
        compile_timeline(r, sets=5)


def test_the_remembered_set_count_is_used_while_the_routine_still_offers_it() -> None:
    ranged = routine_from_data(routine(exercise(name="A", sets={"min": 2, "max": 4})))
    assert chosen_sets(ranged, 3) == 3
    assert chosen_sets(ranged, None) == 2  # never chosen: the lower end
    assert chosen_sets(ranged, 6) == 2  # the file changed since: the lower end
    fixed = routine_from_data(routine(exercise(name="A", sets=2)))
    assert chosen_sets(fixed, 3) is None  # nothing to choose
    apart = routine_from_data(
        routine(
            exercise(name="A", sets={"min": 2, "max": 3}),
            exercise(name="B", sets={"min": 4, "max": 5}),
        )
    )
    assert chosen_sets(apart, 4) is None  # no count fits both: one choice is none


def test_rest_as_needed_and_self_paced_reps_wait_for_the_user() -> None:
    r = routine_from_data(
        routine(
            exercise(name="A", tempo=None, sets=2),
            exercise(name="B"),
            rest_between_sets="as needed",
            rest_after_exercise=0,
            prepare_seconds=0,
        )
    )
    timeline = compile_timeline(r)
    assert kinds(timeline.segments) == ["work", "rest", "work", "work", "done"]
    assert [s.seconds for s in timeline.segments] == [None, None, None, 32, 0]
    assert timeline.open_segments == 3
    assert timeline.total_seconds == 32


def test_json_shape_is_exactly_the_documented_one() -> None:
    r = routine_from_data(routine(exercise(name="A", sides="each", sets=1)))
    data = compile_timeline(r).to_json()
    assert set(data) == {"routine", "total_seconds", "open_segments", "segments"}
    assert data["segments"][1] == {
        "kind": "work",
        "exercise": "A",
        "set": 1,
        "sets": 1,
        "side": "left",
        "reps": 8,
        "seconds": 32,
        "circuit": None,
        "round": None,
        "rounds": None,
    }
    assert data["segments"][-1] == {
        "kind": "done",
        "exercise": None,
        "set": None,
        "sets": None,
        "side": None,
        "reps": None,
        "seconds": 0,
        "circuit": None,
        "round": None,
        "rounds": None,
    }


@pytest.mark.parametrize(
    ("seconds", "text"), [(0, "0:00"), (0.2, "0:01"), (75, "1:15"), (3725, "1:02:05")]
)
def test_format_duration(seconds: float, text: str) -> None:
    assert format_duration(seconds) == text


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(1, 20),  # reps
            st.sampled_from([None, 1.5, 3, 4]),  # tempo
            st.sampled_from(["one", "each"]),
            st.integers(1, 4),  # sets
            st.sampled_from([0, 15, "as needed"]),
        ),
        min_size=1,
        max_size=6,
    ),
    st.sampled_from([0, 5]),
)
def test_total_is_the_sum_of_what_each_exercise_asks_for(moves: list, switch: int) -> None:  # type: ignore[type-arg]
    r = routine_from_data(
        routine(
            *[
                exercise(
                    name=f"E{i}",
                    reps=reps,
                    tempo=tempo,
                    sides=sides,
                    sets=sets,
                    rest_between_sets=rest,
                    rest_after=rest,
                )
                for i, (reps, tempo, sides, sets, rest) in enumerate(moves)
            ],
            switch_seconds=switch,
        )
    )
    timeline = compile_timeline(r)
    expected = 10.0
    waits = 0
    for i, (reps, tempo, sides, sets, rest) in enumerate(moves):
        per_side = 2 if sides == "each" else 1
        if tempo is None:
            waits += sets * per_side
        else:
            expected += sets * per_side * reps * tempo
        expected += sets * (per_side - 1) * switch
        rests = (sets - 1) + (1 if i < len(moves) - 1 else 0)
        if rest == "as needed":
            waits += rests
        else:
            expected += rests * rest
    assert timeline.total_seconds == pytest.approx(expected)
    assert timeline.open_segments == waits
    assert timeline.segments[-1].kind is SegmentKind.DONE
