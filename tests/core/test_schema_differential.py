"""The loader and the published JSON Schema give the same verdict on generated documents.

Where they differ, it must be one of the rules JSON Schema cannot state, each marked by its
problem's code and listed in docs/routine-format.md ("Rules only Matside checks").
"""

from __future__ import annotations

import json
from typing import Any

import jsonschema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from matside.core.routine import RoutineError, routine_from_data
from matside.storage import paths

LOADER_ONLY = {
    "set-range-order",
    "interval-too-long",
    "text-encoding",
    "routine-too-long",
    "cue-too-late",
    "too-many-optional",
}
"""Codes of the rules JSON Schema cannot state (see docs/routine-format.md)."""

SCHEMA = json.loads(paths.resource("routine.schema.json").read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)

# Values near the edges of every rule, valid and not, mixed with arbitrary JSON.
numbers = st.one_of(
    st.sampled_from([0, 1, 2, 3, 4, 100, 101, 600, 601, 1000, 1001, 86400, 86401, -1, 0.5, 2.0]),
    st.floats(min_value=-10, max_value=90_000, allow_nan=False),
    st.integers(min_value=-5, max_value=10**16),
)
texts = st.one_of(
    st.sampled_from(
        ["", " ", "Move", "x" * 100, "x" * 101, "a\nb", "a\tb", "\x1b[2J", "tab\t", "\ud800", "é"]
    ),
    st.text(max_size=12),
)
pictures = st.one_of(
    st.sampled_from(
        [
            "resource:images/a.svg",
            "resource:images/..",
            "resource:sounds/x",
            "a.png",
            "images/a.png",
            "../a.png",
            "/etc/passwd",
            "~/x",
            "C:/x",
            "a\\b",
            "a.png\n",
            "a//b",
            "",
        ]
    ),
    st.text(max_size=8),
)
scalars = st.one_of(st.none(), st.booleans(), numbers, texts)
anything = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(texts, inner, max_size=3),
    max_leaves=6,
)
rests = st.one_of(numbers, st.sampled_from(["as needed", "later"]), st.none())
set_ranges = st.fixed_dictionaries(
    {"min": numbers, "max": numbers}, optional={"mx": numbers}
) | st.integers(min_value=-1, max_value=102)


good_names = st.sampled_from(["Move", "Hüftöffner", "x" * 100, "Step back · reach"])
good_numbers = st.sampled_from([0.5, 1, 4, 30, 600])
good_exercises = st.one_of(
    st.fixed_dictionaries(
        {"name": good_names, "reps": st.integers(1, 20)},
        optional={"tempo": good_numbers, "sides": st.sampled_from(["one", "each"])},
    ),
    st.fixed_dictionaries(
        {"name": good_names, "seconds": good_numbers},
        optional={
            "sets": st.integers(1, 5) | st.just({"min": 2, "max": 3}),
            "images": st.lists(st.sampled_from(["a.png", "resource:images/b.svg"]), max_size=2),
            "instructions": st.lists(st.sampled_from(["Stand.", "One\ntwo"]), max_size=2),
            "cue": st.sampled_from(["Knees soft", "", None]),
            "rest_after": st.sampled_from([0, 30, "as needed", None]),
        },
    ),
)
# Format 2: phases, spoken cues, optional moves and circuits (whose exercises have no sets).
good_cues = st.lists(
    st.fixed_dictionaries({"at": st.sampled_from([0, 1, 2.5]), "say": good_names}), max_size=2
)
good_moves_2 = st.fixed_dictionaries(
    {"name": good_names, "reps": st.integers(1, 20)},
    optional={
        "tempo": st.lists(good_numbers, min_size=2, max_size=3) | good_numbers,
        "cues": good_cues,
        "sides": st.sampled_from(["one", "each"]),
    },
)
good_circuits = st.fixed_dictionaries(
    {
        "circuit": good_names,
        "rounds": st.integers(1, 3) | st.just({"min": 2, "max": 3}),
        "exercises": st.lists(good_moves_2, min_size=1, max_size=2),
    },
    optional={
        "rest_between_rounds": st.sampled_from([0, 30, "as needed", None]),
        "optional": st.booleans(),
    },
)
good_items_2 = st.one_of(
    good_exercises,
    good_circuits,
    good_moves_2.map(lambda move: {**move, "optional": True}),
)
good_routines = st.one_of(
    st.fixed_dictionaries(
        {
            "format": st.just(1),
            "name": good_names,
            "exercises": st.lists(good_exercises, min_size=1, max_size=3),
        },
        optional={
            "$schema": st.just("https://matside.app/schema/routine-1.json"),
            "language": st.sampled_from(["en", "de-AT"]),
            "description": st.sampled_from(["", "Two\nlines"]),
            "prepare_seconds": good_numbers,
            "rest_between_sets": st.sampled_from([0, 30, "as needed"]),
        },
    ),
    st.fixed_dictionaries(
        {
            "format": st.just(2),
            "name": good_names,
            "exercises": st.lists(good_items_2, min_size=1, max_size=3),
        },
    ),
)
EXERCISE_KEYS = [
    "name",
    "instructions",
    "cue",
    "images",
    "seconds",
    "reps",
    "tempo",
    "sides",
    "sets",
    "rest_between_sets",
    "rest_after",
    "exercises",
    "repz",
    "cues",
    "optional",
    "circuit",
    "tempo",
]
CIRCUIT_KEYS = [
    "circuit",
    "rounds",
    "rest_between_rounds",
    "rest_after",
    "optional",
    "exercises",
    "sets",
    "round",
]
CUE_KEYS = ["at", "say", "sya"]
ROUTINE_KEYS = [
    "$schema",
    "format",
    "name",
    "description",
    "source",
    "language",
    "prepare_seconds",
    "switch_seconds",
    "rest_between_sets",
    "rest_after_exercise",
    "exercises",
    "sets",
]
values = st.one_of(
    numbers,
    texts,
    st.lists(numbers, max_size=9),
    st.lists(st.fixed_dictionaries({"at": numbers, "say": texts}), max_size=2),
    st.booleans(),
    good_circuits,
    st.lists(good_moves_2 | good_circuits, max_size=2),
    st.lists(pictures, max_size=3),
    st.lists(texts, max_size=3),
    set_ranges,
    rests,
    anything,
)


def _targets(document: dict[str, Any]) -> list[tuple[dict[str, Any], list[str]]]:
    """Every object of a document that a mutation may change, with the keys to try on it."""
    found: list[tuple[dict[str, Any], list[str]]] = [(document, ROUTINE_KEYS)]
    exercises = document.get("exercises")
    for item in exercises if isinstance(exercises, list) else []:
        if not isinstance(item, dict):
            continue
        found.append((item, CIRCUIT_KEYS if "circuit" in item else EXERCISE_KEYS))
        inner = item.get("exercises") if "circuit" in item else None
        for move in inner if isinstance(inner, list) else []:
            if isinstance(move, dict):
                found.append((move, EXERCISE_KEYS))
        cues = item.get("cues")
        for cue in cues if isinstance(cues, list) else []:
            if isinstance(cue, dict):
                found.append((cue, CUE_KEYS))
    return found


@st.composite
def documents(draw: st.DrawFn) -> dict[str, Any]:
    """A valid routine with a few keys changed, removed or added, at any level."""
    document: dict[str, Any] = draw(good_routines)
    for _ in range(draw(st.integers(0, 2))):
        target, keys = draw(st.sampled_from(_targets(document)))
        key = draw(st.sampled_from(keys))
        if key in target and draw(st.integers(0, 3)) == 0:
            del target[key]
        else:
            target[key] = draw(values)
    return document


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_loader_and_schema_agree(document: dict[str, Any]) -> None:
    schema_ok = VALIDATOR.is_valid(document)
    refusal: RoutineError | None = None
    try:
        routine_from_data(document)
    except RoutineError as error:
        refusal = error
    if refusal is None:
        assert schema_ok, list(VALIDATOR.iter_errors(document))[:3]
    elif schema_ok:
        # The schema let it by: only a rule JSON Schema cannot state may refuse it.
        codes = {problem.code for problem in refusal.problems}
        assert codes <= LOADER_ONLY, refusal.lines()


def test_the_generator_reaches_both_verdicts() -> None:
    """The strategies above produce valid routines too, not only refusals."""
    seen = {True: 0, False: 0}

    @settings(max_examples=300, deadline=None)
    @given(documents())
    def count(document: dict[str, Any]) -> None:
        seen[VALIDATOR.is_valid(document)] += 1

    count()
    assert seen[True] > 10
    assert seen[False] > 10
