"""Where the editor puts each problem: decided by its path and code (no Qt needed)."""

from __future__ import annotations

from matside.core.checks import Problem, Wording
from matside.ui.editor.problems import bad_exercises, place_problems, place_words, problem_lines

ROUTINE_KEYS = ("name", "prepare_seconds")
EXERCISE_KEYS = ("name", "work", "sets")
DATA = {"name": "R", "exercises": [{"name": "Lunge"}, {"name": " "}]}


def placed(
    *problems: Problem,
    current: tuple[int, ...] = (0,),
    measure: str = "time",
    circuit_keys: tuple[str, ...] = (),
) -> dict[str, object]:
    placement = place_problems(
        problems, current, measure, ROUTINE_KEYS, EXERCISE_KEYS, circuit_keys
    )
    return {k: v for k, v in vars(placement).items() if v}


def test_a_problem_goes_beside_the_field_its_path_names() -> None:
    assert placed(Problem(("name",), "is required", "required")) == {
        "routine_fields": {"name": ["Name is required."]}
    }
    whole = Wording("must be a whole number", asks_number=True)
    assert placed(Problem(("exercises", 0, "sets", "min"), whole, "value")) == {
        "exercise_fields": {"sets": ["Sets must be a whole number, like 1."]}
    }
    number = Wording("must be a number", found='""', asks_number=True)
    assert placed(Problem(("exercises", 0, "reps"), number, "value")) == {
        "exercise_fields": {"work": ["Reps must be a number, like 8."]},
        "work_wrong": {"reps"},
    }


def test_the_work_as_a_whole_is_told_by_the_code_and_marks_the_field_shown() -> None:
    both = Problem(("exercises", 0), "any words at all", "measure")
    assert placed(both, measure="paced") == {
        "exercise_fields": {"work": ["Any words at all."]},
        "work_wrong": {"reps"},
    }
    assert placed(both, measure="time")["work_wrong"] == {"seconds"}
    # the same words under another code are about the exercise, not its work
    other = Problem(("exercises", 0), 'needs "seconds" or "reps"', "tempo-without-reps")
    assert placed(other) == {"exercise": ['Needs "seconds" or "reps".']}


def test_problems_of_other_exercises_and_of_nothing_shown() -> None:
    assert placed(Problem(("exercises", 1, "name"), "bad", "value"), current=(0,)) == {}
    assert placed(Problem(("exercises",), "must list at least one", "too-few")) == {
        "exercises": ["Must list at least one."]
    }
    assert placed(Problem((), 'unknown key "x"', "unknown-key")) == {
        "routine": ['(top level): unknown key "x"']
    }
    assert placed(Problem(("language",), "bad", "value")) == {"routine": ["language: bad"]}


def test_places_in_words_and_the_list_of_bad_exercises() -> None:
    reps = Problem(("exercises", 0, "reps"), "bad", "value")
    whole = Problem(("exercises", 1), "needs work", "measure")
    assert place_words(reps, DATA) == "Exercise 1 “Lunge”, reps"
    assert place_words(whole, DATA) == "Exercise 2"
    assert place_words(Problem(("prepare_seconds",), "bad", "value"), DATA) == "Get ready"
    assert place_words(Problem((), "bad", "unknown-key"), DATA) == "(top level)"
    assert bad_exercises([reps, whole]) == {(0,): ["reps: bad"], (1,): ["needs work"]}
    assert problem_lines([reps, whole], DATA, 1) == "Exercise 1 “Lunge”, reps: bad\n…and 1 more"


CIRCUIT_DATA = {
    "exercises": [
        {"name": "A"},
        {"circuit": "Warm-up", "rounds": 2, "exercises": [{"name": "Swing"}, {"name": ""}]},
    ]
}


def test_a_circuits_problems_go_beside_its_fields_or_its_exercises() -> None:
    rounds = Problem(("exercises", 1, "rounds"), "must be a whole number", "value")
    number = Wording("must be a number", asks_number=True)
    inner = Problem(("exercises", 1, "exercises", 0, "reps"), number, "value")
    refused = Problem(("exercises", 1, "exercises", 1, "sets"), "not in a circuit", "x")
    empty = Problem(("exercises", 1, "exercises"), "must list at least one", "too-few")
    keys = ("circuit", "rounds")
    assert placed(rounds, current=(1,), circuit_keys=keys) == {
        "circuit_fields": {"rounds": ["Rounds must be a whole number."]}
    }
    assert placed(empty, current=(1,), circuit_keys=keys) == {
        "exercise": ["exercises: must list at least one"]
    }
    assert placed(inner, current=(1, 0)) == {
        "exercise_fields": {"work": ["Reps must be a number, like 8."]},
        "work_wrong": {"reps"},
    }
    assert placed(inner, current=(1,), circuit_keys=keys) == {}  # the exercise's, not shown
    assert place_words(rounds, CIRCUIT_DATA) == "Circuit 2 “Warm-up”, rounds"
    assert place_words(inner, CIRCUIT_DATA) == "Exercise 2.1 “Swing”, reps"
    assert place_words(refused, CIRCUIT_DATA) == "Exercise 2.2, sets"
    assert bad_exercises([rounds, inner]) == {
        (1,): ["rounds: must be a whole number"],
        (1, 0): ["reps: must be a number"],
    }
