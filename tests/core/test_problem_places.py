"""Every problem carries its place as a path of keys and indexes, and a code for its kind; the
printed place is made from the path."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from matside.core.checks import Problem, TextPlace, place_text
from matside.core.routine import RoutineError, parse_routine, routine_from_data
from matside.storage.routine_files import image_problems, load_routine
from tests.conftest import exercise, routine
from tests.core.test_schema_differential import documents


def problems_of(data: Any) -> list[Problem]:
    with pytest.raises(RoutineError) as caught:
        routine_from_data(data)
    return list(caught.value.problems)


@pytest.mark.parametrize(
    ("path", "text"),
    [
        ((), "(top level)"),
        (("name",), "name"),
        (("exercises",), "exercises"),
        (("exercises", 2), "exercises[2]"),
        (("exercises", 2, "sets", "min"), "exercises[2].sets.min"),
        (("exercises", 0, "images", 3), "exercises[0].images[3]"),
    ],
)
def test_the_printed_place_is_made_from_the_path(path: tuple[str | int, ...], text: str) -> None:
    assert place_text(path) == text
    assert Problem(path, "bad", "value").place == text


def test_a_problem_inside_a_set_range_has_the_full_path() -> None:
    data = routine(exercise(), exercise(), exercise(sets={"min": 0, "max": 3}))
    [problem] = problems_of(data)
    assert problem.path == ("exercises", 2, "sets", "min")
    assert problem.code == "value"
    assert problem.format("r.json") == (
        "r.json: exercises[2].sets.min: must be a whole number of at least 1, got 0"
    )


@pytest.mark.parametrize(
    ("fields", "code"),
    [
        ({"reps": None, "tempo": None}, "measure"),  # neither seconds nor reps
        ({"seconds": 30}, "measure"),  # both
        ({"reps": None, "seconds": 30}, "tempo-without-reps"),
        ({"reps": 1000, "tempo": 600}, "interval-too-long"),
    ],
)
def test_how_the_work_is_measured_is_told_by_code_at_the_exercise(
    fields: dict[str, Any], code: str
) -> None:
    [problem] = problems_of(routine(exercise(), exercise(**fields)))
    assert (problem.path, problem.code) == (("exercises", 1), code)


def test_kinds_of_problem_each_have_their_code() -> None:
    data = routine(exercise(sets={"min": 4, "max": 3}), nmae="typo")
    del data["name"]
    found = {(p.path, p.code) for p in problems_of(data)}
    assert found == {
        (("name",), "required"),
        (("exercises", 0, "sets"), "set-range-order"),
        ((), "unknown-key"),
    }
    assert [(p.path, p.code) for p in problems_of(routine(exercises=[]))] == [
        (("exercises",), "too-few")
    ]
    assert [(p.path, p.code) for p in problems_of(routine(exercises=["x"]))] == [
        (("exercises", 0), "not-an-object")
    ]


def test_a_syntax_error_is_placed_at_its_line_and_column_of_the_text() -> None:
    with pytest.raises(RoutineError) as caught:
        parse_routine('{\n  "name": \n}', "r.json")
    [problem] = caught.value.problems
    assert problem.text_place == TextPlace(line=3, column=1)
    assert (problem.path, problem.code, problem.place) == ((), "not-json", "line 3, column 1")


def test_a_byte_that_is_not_utf8_is_placed_at_the_byte(tmp_path: Path) -> None:
    path = tmp_path / "r.json"
    path.write_bytes(b'{"name": "\xff"}')
    with pytest.raises(RoutineError) as caught:
        load_routine(path)
    [problem] = caught.value.problems
    assert problem.text_place == TextPlace(byte=10)
    assert (problem.code, problem.place) == ("text-encoding", "byte 10")


def test_a_missing_file_is_a_problem_of_the_whole_file(tmp_path: Path) -> None:
    with pytest.raises(RoutineError) as caught:
        load_routine(tmp_path / "nothing.json")
    [problem] = caught.value.problems
    assert problem.text_place == TextPlace()
    assert (problem.place, problem.code) == ("(file)", "file-missing")


def test_a_picture_problem_has_the_pictures_path(tmp_path: Path) -> None:
    data = routine(exercise(images=["resource:images/clamshell-1.svg", "images/gone.png"]))
    loaded = routine_from_data(data)
    [problem] = image_problems(loaded, tmp_path / "r.json")
    assert (problem.path, problem.code) == (("exercises", 0, "images", 1), "picture-missing")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_every_problem_has_a_code_and_a_path_into_the_document(document: dict[str, Any]) -> None:
    try:
        routine_from_data(document)
    except RoutineError as error:
        for problem in error.problems:
            assert problem.code, problem
            assert problem.text_place is None
            assert problem.place == place_text(problem.path)
            reached: Any = document
            for number, key in enumerate(problem.path):  # the path leads into the document
                assert isinstance(reached, dict if isinstance(key, str) else list), problem
                last = number == len(problem.path) - 1
                if last and problem.code == "required":
                    assert key not in reached
                else:
                    reached = reached[key]  # type: ignore[index]
