"""The routine format: what loads, what is refused and how the refusal reads."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from matside.core.routine import (
    Problem,
    Routine,
    RoutineError,
    dumps_routine,
    parse_routine,
    routine_from_data,
)
from matside.storage.routine_files import load_routine, save_routine
from tests.conftest import exercise, problems_of, routine


def test_a_valid_routine_loads_with_its_measures() -> None:
    loaded = routine_from_data(
        routine(
            exercise(name="Paced", sides="each", sets={"min": 3, "max": 4}),
            exercise(name="Timed", reps=None, tempo=None, seconds=40),
            exercise(name="Own pace", tempo=None, rest_between_sets="as needed"),
        )
    )
    assert [e.measure for e in loaded.all_exercises()] == ["paced", "time", "self-paced"]
    assert loaded.all_exercises()[0].work_seconds == 32
    assert loaded.all_exercises()[2].work_seconds is None
    assert (loaded.all_exercises()[0].min_sets, loaded.all_exercises()[0].max_sets) == (3, 4)
    assert loaded.rest_between_sets_of(loaded.all_exercises()[2]) is None
    assert loaded.rest_between_sets_of(loaded.all_exercises()[0]) == 30
    assert loaded.set_choices() == range(3, 5)


def test_the_issue_example_reads_exactly_as_promised() -> None:
    data = routine(exercise(), exercise(), exercise(reps="eight"))
    assert problems_of(data) == [
        'my.json: exercises[2].reps: must be a whole number of at least 1, got "eight"'
    ]


def test_every_problem_in_a_file_is_reported_with_its_place() -> None:
    data = routine(
        exercise(reps=0),
        exercise(sides="both"),
        exercise(sets={"min": 4, "max": 3}),
        exercise(seconds=30),
        exercise(repz=8),
        name="",
        rest_between_sets="whenever",
    )
    lines = problems_of(data)
    assert lines == [
        'my.json: name: must be non-empty text, got ""',
        'my.json: rest_between_sets: must be a number of seconds (0 or more) or "as needed",'
        ' got "whenever"',
        "my.json: exercises[0].reps: must be a whole number of at least 1, got 0",
        'my.json: exercises[1].sides: must be "one" or "each" (left then right), got "both"',
        "my.json: exercises[2].sets: min must be less than max, got 4 and 3"
        " (for a fixed count write a number)",
        'my.json: exercises[3]: give either "seconds" or "reps", not both',
        'my.json: exercises[4]: unknown key "repz" (did you mean "reps"?)',
    ]


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (routine(prepare_secs=5), '(top level): unknown key "prepare_secs" (did you mean'),
        (routine(exercise(sets={"min": 3, "mx": 4})), 'exercises[0].sets: unknown key "mx"'),
        (routine(exercise(sets={"min": "x", "max": 4})), "exercises[0].sets.min: must be a whole"),
        (routine(exercise(sets=2.5)), "exercises[0].sets: must be a whole number of at least 1"),
        (routine(exercise(reps=None, tempo=None)), 'exercises[0]: needs "seconds"'),
        (routine(exercise(reps=None, seconds=30)), 'exercises[0]: "tempo" (seconds per rep) needs'),
        (
            routine(exercise(tempo=-1)),
            "exercises[0].tempo: must be a number of seconds at least 0.5",
        ),
        (routine(exercise(reps=True)), "exercises[0].reps: must be a whole number of at least 1"),
        (routine(exercise(instructions="Stand.")), "exercises[0].instructions: must be a list"),
        (routine(exercise(cue="One\ntwo")), "exercises[0].cue: must not contain line breaks"),
        (routine(exercise(cue="x" * 121)), "exercises[0].cue: must be at most 120 characters"),
        (routine(exercise(cue=["Knees soft"])), "exercises[0].cue: must be text"),
        (routine(exercise(images=[3])), "exercises[0].images: must be a list of picture paths"),
        (routine(exercises=[]), "exercises: must list at least one exercise"),
        (routine(exercises=[5]), "exercises[0]: must be an object, got 5"),
        (routine(format=3), "format: this file uses format 3; this Matside reads formats 1 to 2"),
        ({"name": "x", "exercises": [exercise()]}, "format: is required"),
        ([1, 2], "(top level): must be an object, got [1, 2]"),
    ],
)
def test_each_kind_of_mistake_names_its_place(data: Any, expected: str) -> None:
    lines = problems_of(data)
    assert any(line.startswith(f"my.json: {expected}") for line in lines), lines


def test_json_syntax_errors_give_line_and_column() -> None:
    with pytest.raises(RoutineError) as caught:
        parse_routine('{\n  "format": 1,\n  "name": "x",,\n}', "bad.json")
    assert caught.value.lines() == [
        "bad.json: line 3, column 15: not valid JSON: Expecting property name enclosed in double"
        " quotes"
    ]


def test_a_key_given_twice_is_an_error_not_a_silent_overwrite() -> None:
    with pytest.raises(RoutineError, match='the key "reps" appears twice'):
        parse_routine(
            '{"format": 1, "name": "x", "exercises": [{"name": "a", "reps": 1, "reps": 2}]}'
        )


def test_unreadable_and_non_utf8_files_are_problems_not_tracebacks(tmp_path: Path) -> None:
    with pytest.raises(RoutineError, match="cannot read"):
        load_routine(tmp_path / "missing.json")
    latin = tmp_path / "latin.json"
    latin.write_bytes('{"name": "Übung"}'.encode("latin-1"))
    with pytest.raises(RoutineError, match="not UTF-8 text"):
        load_routine(latin)


def test_a_byte_order_mark_is_skipped_and_bad_bytes_are_placed_in_the_file(
    tmp_path: Path,
) -> None:
    good = tmp_path / "bom.json"
    good.write_bytes(b"\xef\xbb\xbf" + json.dumps(routine(exercise(name="Bridge"))).encode())
    assert load_routine(good).all_exercises()[0].name == "Bridge"
    bad = tmp_path / "bom-latin.json"
    bad.write_bytes(b"\xef\xbb\xbf" + '{"name": "Übung"}'.encode("latin-1"))
    with pytest.raises(RoutineError) as caught:
        load_routine(bad)
    assert caught.value.problems[0].place == "byte 13"  # Ü, counted from the file's first byte


def test_save_writes_pretty_stable_utf8_and_load_save_load_is_identity(tmp_path: Path) -> None:
    original = routine_from_data(
        routine(
            exercise(name="Hüftöffner", sets={"min": 3, "max": 4}, rest_after="as needed"),
            exercise(name="Hold", reps=None, tempo=None, seconds=22.5, sides="each"),
            description="Zwei Übungen",
        )
    )
    path = tmp_path / "r.json"
    save_routine(original, path)
    text = path.read_text(encoding="utf-8")
    assert "Hüftöffner" in text  # not \u-escaped
    assert text.startswith(
        '{\n  "$schema": "https://matside.app/schema/routine-1.json",\n  "format": 1,'
    )
    assert '"prepare_seconds": 10,' in text  # whole seconds stay whole
    again = load_routine(path)
    assert again == original
    save_routine(again, path)
    assert path.read_text(encoding="utf-8") == text
    assert list(tmp_path.iterdir()) == [path]  # no temporary file left behind


def test_problem_format() -> None:
    assert Problem(("exercises", 1), "bad", "value").format("a.json") == "a.json: exercises[1]: bad"


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(
            st.sampled_from(
                [
                    "format",
                    "name",
                    "exercises",
                    "reps",
                    "tempo",
                    "seconds",
                    "sets",
                    "sides",
                    "min",
                    "max",
                    "images",
                    "instructions",
                    "rest_after",
                    "x",
                ]
            ),
            inner,
            max_size=6,
        )
    ),
    max_leaves=20,
)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(json_values)
def test_arbitrary_json_either_loads_or_fails_with_the_loaders_own_error(data: Any) -> None:
    try:
        text = json.dumps(data)
    except ValueError:
        return
    try:
        loaded: Routine | RoutineError = parse_routine(text, "fuzz.json")
    except RoutineError as error:
        loaded = error
    if isinstance(loaded, RoutineError):
        assert loaded.problems
        assert all(line.startswith("fuzz.json: ") for line in loaded.lines())
    else:
        assert isinstance(loaded, Routine)
        assert parse_routine(dumps_routine(loaded)) == loaded


@settings(max_examples=200, deadline=None)
@given(
    st.fixed_dictionaries(
        {
            "format": st.just(1),
            "name": st.text(min_size=1, max_size=10).filter(str.strip),
            "exercises": st.lists(
                st.fixed_dictionaries(
                    {
                        "name": st.just("e"),
                        "reps": st.one_of(st.integers(), st.text(max_size=3), st.floats()),
                        "sets": st.one_of(
                            st.integers(),
                            st.dictionaries(
                                st.sampled_from(["min", "max", "mid"]), st.integers(-2, 6)
                            ),
                        ),
                    }
                ),
                min_size=1,
                max_size=3,
            ),
        }
    )
)
def test_near_valid_routines_never_escape_the_loader(data: dict[str, Any]) -> None:
    try:
        routine_from_data(data, "near.json")
    except RoutineError as error:
        for line in error.lines():
            assert line.startswith("near.json: ")
            assert "function-after" not in line
            assert "Tag" not in line


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (
            routine(exercise(reps=10**400)),
            "exercises[0].reps: must be a whole number of at least 1",
        ),
        (routine(exercise(reps=5000)), "exercises[0].reps: must be at most 1000, got 5000"),
        (routine(exercise(sets=101)), "exercises[0].sets: must be at most 100, got 101"),
        (routine(exercise(reps=None, tempo=None, seconds=1e308)), "exercises[0].seconds: must be"),
        (
            routine(exercise(reps=1000, tempo=600)),
            "exercises[0]: 1000 reps at 600 s each last over",
        ),
        (routine(exercises=[exercise()] * 1001), "exercises: may list at most 1000 exercises"),
    ],
)
def test_numbers_too_big_to_be_sensible_are_refused_with_a_place(data: Any, expected: str) -> None:
    lines = problems_of(data)
    assert any(line.startswith(f"my.json: {expected}") for line in lines), lines


def test_a_number_with_thousands_of_digits_is_a_problem_not_a_crash() -> None:
    with pytest.raises(RoutineError, match=r"\(file\): not valid JSON"):
        parse_routine('{"format": 1, "reps": ' + "9" * 5000 + "}", "huge.json")
