"""The routine model: what a routine file may say, how it is loaded, checked and saved.

The tables of fields below are the single source of truth for the routine format: the loader,
the editor's validation and the JSON Schema in ``resources/routine.schema.json`` all come from
them (see :mod:`matside.core.checks`).

Every problem in a file is reported, each as one line naming the file and the place in it::

    my.json: exercises[2].reps: must be a whole number of at least 1, got "eight"
"""

from __future__ import annotations

import contextlib
import json
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from matside.core.checks import (
    Field,
    Invalid,
    KeyPath,
    Problem,
    Reader,
    Rule,
    choice,
    describe,
    field_of,
    is_number,
    is_whole,
    object_schema,
    optional,
    seconds,
    text,
    whole_number,
)

__all__ = [
    "AS_NEEDED",
    "FORMAT_VERSION",
    "Exercise",
    "Problem",
    "Routine",
    "RoutineError",
    "SetRange",
    "dumps_routine",
    "dumps_schema",
    "exercise_from_data",
    "json_schema",
    "new_exercise_data",
    "new_routine_data",
    "parse_routine",
    "routine_from_data",
    "routine_to_data",
]

FORMAT_VERSION = 1
AS_NEEDED = "as needed"
MAX_SECONDS = 24 * 3600
MAX_TEMPO = 600
MIN_TEMPO = 0.5
"""Seconds per rep at the fastest: a quicker rep cannot be counted aloud or ticked apart."""
MAX_INTERVALS = 2_000
"""Work intervals in a routine at the most (every set of every side, at the largest set
count): a stranger's file may not make the timeline, the cues and the coach's phrases grow
without end."""
MAX_TOTAL_REPS = 100_000
"""Paced reps in a routine at the most, every interval counted (each one is a cue)."""
MAX_REPS = 1_000
MAX_SETS = 100
MAX_EXERCISES = 1_000
MAX_NAME = 100
MAX_CUE = 120
"""A cue is one short line, read from the mat and said by the coach."""
MAX_DESCRIPTION = 2_000
MAX_SOURCE = 1_000
MAX_PARAGRAPHS = 20
MAX_PARAGRAPH = 1_000
SCHEMA_URL = "https://matside.app/schema/routine-1.json"
LANGUAGE_TAG = r"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8}){0,6}$"

Rest = int | float | str  # seconds, or AS_NEEDED


class RoutineError(Exception):
    """A routine file could not be loaded; ``problems`` lists everything wrong with it."""

    def __init__(self, source: str | os.PathLike[str] | None, problems: Sequence[Problem]):
        self.source = source
        self.problems = tuple(problems)
        super().__init__("\n".join(self.lines()))

    def lines(self) -> list[str]:
        """One line per problem, each naming the file and the place."""
        return [problem.format(self.source) for problem in self.problems]


# --------------------------------------------------------------------------------------------
# The model


@dataclass(frozen=True)
class SetRange:
    """A range of set counts; the user picks one when starting (the lower end by default)."""

    min: int
    max: int


@dataclass(frozen=True)
class Exercise:
    """One move of a routine, and how its work is measured.

    Exactly one of ``seconds`` (timed work) or ``reps`` is given. Reps with a ``tempo`` are
    paced (seconds per rep); reps without one are done at the user's own pace.
    """

    name: str
    instructions: list[str] = field(default_factory=list)
    cue: str | None = None
    images: list[str] = field(default_factory=list)
    seconds: float | None = None
    reps: int | None = None
    tempo: float | None = None
    sides: Literal["one", "each"] = "one"
    sets: int | SetRange = 1
    rest_between_sets: Rest | None = None
    rest_after: Rest | None = None

    @property
    def measure(self) -> Literal["time", "paced", "self-paced"]:
        """How the work is measured."""
        if self.seconds is not None:
            return "time"
        return "paced" if self.tempo is not None else "self-paced"

    @property
    def work_seconds(self) -> float | None:
        """The length of one work interval, or None when it waits for the user."""
        if self.seconds is not None:
            return self.seconds
        if self.reps is not None and self.tempo is not None:
            return self.reps * self.tempo
        return None

    @property
    def min_sets(self) -> int:
        return self.sets.min if isinstance(self.sets, SetRange) else self.sets

    @property
    def max_sets(self) -> int:
        return self.sets.max if isinstance(self.sets, SetRange) else self.sets


@dataclass(frozen=True)
class Routine:
    """A routine: its exercises in order, with the defaults they share."""

    format: int
    name: str
    exercises: list[Exercise]
    description: str = ""
    source: str = ""
    language: str = "en"
    prepare_seconds: float = 10
    switch_seconds: float = 5
    rest_between_sets: Rest = 30
    rest_after_exercise: Rest = 30

    def with_changes(self, **changes: Any) -> Routine:
        """A copy with some fields replaced (the user's own get-ready time, say)."""
        return replace(self, **changes)

    def rest_between_sets_of(self, exercise: Exercise) -> float | None:
        """Seconds of rest between sets of ``exercise``; None means as needed."""
        return _rest_seconds(
            exercise.rest_between_sets
            if exercise.rest_between_sets is not None
            else self.rest_between_sets
        )

    def rest_after(self, exercise: Exercise) -> float | None:
        """Seconds of rest after ``exercise``; None means as needed."""
        return _rest_seconds(
            exercise.rest_after if exercise.rest_after is not None else self.rest_after_exercise
        )

    def set_choices(self) -> range | None:
        """Set counts the user can pick from, or None when every count is fixed.

        A chosen count applies to every exercise that offers a range, so it must lie in all of
        them.
        """
        ranges = [e.sets for e in self.exercises if isinstance(e.sets, SetRange)]
        if not ranges:
            return None
        low = max(r.min for r in ranges)
        high = min(r.max for r in ranges)
        return range(low, high + 1) if low <= high else range(low, low + 1)


def _rest_seconds(value: Rest) -> float | None:
    return None if value == AS_NEEDED else float(value)


# --------------------------------------------------------------------------------------------
# The format: one table of fields per kind of object


class _Failed(Exception):
    """A nested read failed; its problems are already recorded."""


def _rest_check(value: Any) -> Rest:
    if value == AS_NEEDED:
        return AS_NEEDED
    if is_number(value) and 0 <= value <= MAX_SECONDS:
        return value  # type: ignore[no-any-return]
    raise Invalid(
        f'must be a number of seconds (0 or more) or "{AS_NEEDED}", got {describe(value)}'
    )


_PARAGRAPH = text(required=False, max_length=MAX_PARAGRAPH, one_line=False)


def _paragraphs(value: Any) -> list[str]:
    if isinstance(value, str):
        raise Invalid("must be a list of paragraphs (texts), got a single text; wrap it in [ ]")
    if not isinstance(value, list) or not all(isinstance(p, str) for p in value):
        raise Invalid(f"must be a list of paragraphs (texts), got {describe(value)}")
    if len(value) > MAX_PARAGRAPHS:
        raise Invalid(f"may have at most {MAX_PARAGRAPHS} paragraphs, got {len(value)}")
    for index, paragraph in enumerate(value):
        try:
            _PARAGRAPH(paragraph)
        except Invalid as problem:
            raise Invalid(f"paragraph {index + 1}: {problem}", problem.code) from None
    return list(value)


_language_tag = re.compile(LANGUAGE_TAG)


def _language(value: Any) -> str:
    if isinstance(value, str) and _language_tag.fullmatch(value):
        return value
    raise Invalid(f'must be a language tag like "en" or "de-AT", got {describe(value)}')


def _schema_reference(value: Any) -> str:
    return _SCHEMA_TEXT(value)  # type: ignore[no-any-return]


_SCHEMA_TEXT = text(required=True, max_length=500)


# A picture reference: ``resource:images/NAME`` or a relative path inside the routine's folder,
# written with "/" and no "..", "~", drive, colon or control character. One statement serves the
# loader (re.fullmatch) and the schema (JSON Schema's "pattern" searches, hence ^ and $; the
# lookahead refuses the trailing newline that $ would let through).
_NAME_PART = r"[^/\\:\x00-\x1f\x7f]+"
PICTURE_REFERENCE = (
    r"(?=[\s\S]*\S)"  # not only white space (the loader says "an empty text")
    r"(?![\s\S]*[\x00-\x1f\x7f])"
    rf"(?:resource:images/(?!\.\.?$){_NAME_PART}"
    rf"|(?!~)(?!(?:[\s\S]*/)?\.\.(?:/|$)){_NAME_PART}(?:/{_NAME_PART})*)"
)
MAX_PICTURES = 20
MAX_REFERENCE_LENGTH = 500
_PICTURE_REFERENCE_RE = re.compile(PICTURE_REFERENCE)


def picture_reference_problem(reference: str) -> str | None:
    """What is wrong with a picture reference as written, or None when it is well formed.

    Where the reference leads is checked against the files later
    (:mod:`matside.storage.paths`): this only reads the text, so it is the same rule in the
    loader, the editor and the schema.
    """
    if not reference.strip():
        return "must be a picture's path, got an empty text"
    if len(reference) > MAX_REFERENCE_LENGTH:
        return f"must be at most {MAX_REFERENCE_LENGTH} characters long"
    if _PICTURE_REFERENCE_RE.fullmatch(reference):
        return None
    return (
        f"must be resource:images/NAME or a path inside the routine's folder written with /"
        f" (no absolute path, ~, .., \\ or :), got {describe(reference)}"
    )


def _images(value: Any) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(p, str) for p in value):
        raise Invalid(f"must be a list of picture paths (texts), got {describe(value)}")
    if len(value) > MAX_PICTURES:
        raise Invalid(f"may list at most {MAX_PICTURES} pictures, got {len(value)}")
    for index, reference in enumerate(value):
        problem = picture_reference_problem(reference)
        if problem is not None:
            raise Invalid(f"picture {index + 1}: {problem}")
    return list(value)


def _format(value: Any) -> int:
    if is_whole(value) and value == FORMAT_VERSION:
        return FORMAT_VERSION
    raise Invalid(
        f"this file uses format {describe(value)}; this Matside reads format {FORMAT_VERSION}",
        "format-version",
    )


_SECONDS = seconds(0, MAX_SECONDS, exclusive=False)
_rest = Rule(
    _rest_check,
    {
        "anyOf": [_SECONDS.schema, {"const": AS_NEEDED}],
        "description": f'Seconds of rest, or "{AS_NEEDED}" to wait until the user continues.',
    },
)
_COUNT_OR_RANGE = 'must be a whole number of at least 1 or a range like {"min": 3, "max": 4}'

SET_RANGE_FIELDS: list[Field] = [
    Field("min", whole_number(1, MAX_SETS)),
    Field("max", whole_number(1, MAX_SETS)),
]


def _sets(reader: Reader, value: Any, path: KeyPath) -> int | SetRange:
    if isinstance(value, dict):
        values = reader.read(value, SET_RANGE_FIELDS, path)
        if values is None:
            raise _Failed
        if values["min"] >= values["max"]:
            reader.add(
                path,
                f"min must be less than max, got {values['min']} and {values['max']}"
                " (for a fixed count write a number)",
                "set-range-order",
            )
            raise _Failed
        return SetRange(values["min"], values["max"])
    if is_whole(value) and value > MAX_SETS:
        reader.add(path, f"must be at most {MAX_SETS}, got {describe(value)}", "value")
        raise _Failed
    if is_whole(value) and value >= 1:
        return int(value)
    reader.add(path, f"{_COUNT_OR_RANGE}, got {describe(value)}", "value")
    raise _Failed


EXERCISE_FIELDS: list[Field] = [
    Field("name", text(required=True, max_length=MAX_NAME), suggested="New exercise"),
    Field(
        "instructions",
        _paragraphs,
        {"type": "array", "items": _PARAGRAPH.schema, "maxItems": MAX_PARAGRAPHS},
        default=[],
        description="Paragraphs: start position, movement, feel, safety.",
    ),
    Field(
        "cue",
        optional(text(required=False, max_length=MAX_CUE)),
        default=None,
        description=(
            "One short line shown large while the move runs and said by the coach; without "
            "it, the first sentence of the instructions."
        ),
    ),
    Field(
        "images",
        _images,
        {
            "type": "array",
            "maxItems": MAX_PICTURES,
            "items": {
                "type": "string",
                "pattern": f"^{PICTURE_REFERENCE}$",
                "maxLength": MAX_REFERENCE_LENGTH,
            },
        },
        default=[],
        description=(
            "Positions shown in turn, in step with the rep tempo. resource:images/NAME for a "
            "bundled picture, or a path inside the routine's folder, written with /."
        ),
    ),
    Field(
        "seconds",
        optional(seconds(0, MAX_SECONDS, exclusive=True)),
        default=None,
        description="Timed work: how long one interval lasts.",
        suggested=30,
    ),
    Field(
        "reps",
        optional(whole_number(1, MAX_REPS)),
        default=None,
        description="Counted work: how many reps in one interval.",
        suggested=8,
    ),
    Field(
        "tempo",
        optional(seconds(MIN_TEMPO, MAX_TEMPO, exclusive=False)),
        default=None,
        description="Seconds per rep; without it the reps are done at the user's own pace.",
        suggested=4,
    ),
    Field(
        "sides",
        choice(["one", "each"], '"one" or "each" (left then right)'),
        default="one",
        description='"each": left, then right, with the switch pause between.',
    ),
    Field(
        "sets",
        lambda value: value,  # read by _sets, which needs the reader for its places
        {
            "oneOf": [
                whole_number(1, MAX_SETS).schema,
                {"$ref": "#/$defs/SetRange"},
            ]
        },
        default=1,
        description="A number, or a range the user picks from when starting.",
    ),
    Field(
        "rest_between_sets",
        optional(_rest),
        default=None,
        description="Overrides the routine's rest_between_sets.",
    ),
    Field(
        "rest_after",
        optional(_rest),
        default=None,
        description="Overrides the routine's rest_after_exercise.",
    ),
]

ROUTINE_FIELDS: list[Field] = [
    Field(
        "$schema",
        _schema_reference,
        _SCHEMA_TEXT.schema,
        default=None,
        description="Where editors find this schema; Matside writes it and does not read it.",
    ),
    Field(
        "format",
        _format,
        {"const": FORMAT_VERSION},
        description="The routine format version.",
        suggested=FORMAT_VERSION,
    ),
    Field("name", text(required=True, max_length=MAX_NAME), suggested="New routine"),
    Field(
        "description",
        text(required=False, max_length=MAX_DESCRIPTION, one_line=False),
        default="",
    ),
    Field(
        "source",
        text(required=False, max_length=MAX_SOURCE, one_line=False),
        default="",
        description="Where the routine's content comes from.",
    ),
    Field(
        "language",
        _language,
        {"type": "string", "pattern": LANGUAGE_TAG},
        default="en",
        description="BCP 47 language tag of the texts (for the spoken cues).",
    ),
    Field(
        "prepare_seconds",
        _SECONDS,
        default=10,
        description="Get-ready countdown before the first work interval.",
    ),
    Field(
        "switch_seconds",
        _SECONDS,
        default=5,
        description="Pause between the left and the right side.",
    ),
    Field("rest_between_sets", _rest, default=30),
    Field("rest_after_exercise", _rest, default=30),
    Field(
        "exercises",
        lambda value: value,  # read by _exercises, item by item
        {
            "type": "array",
            "items": {"$ref": "#/$defs/Exercise"},
            "minItems": 1,
            "maxItems": MAX_EXERCISES,
        },
    ),
]

_NEW_EXERCISE_KEYS = ("name", "seconds", "sides", "sets")


def new_exercise_data() -> dict[str, Any]:
    """A new exercise as JSON data, as the editor adds it: valid, timed, its values offered by
    the table of fields."""
    return {key: field_of(EXERCISE_FIELDS, key).offered for key in _NEW_EXERCISE_KEYS}


def new_routine_data() -> dict[str, Any]:
    """A new routine as JSON data, as the editor starts it: valid, so that the form starts
    without complaints, with one new exercise; its values offered by the table of fields."""
    data = {
        spec.name: spec.offered
        for spec in ROUTINE_FIELDS
        if spec.name not in ("$schema", "exercises")
    }
    data["exercises"] = [new_exercise_data()]
    return data


# "sets" and "exercises" hold objects of their own: they are read with the reader, so that every
# problem inside them keeps its full place (exercises[2].sets.min).


def _read_exercise(reader: Reader, data: Any, path: KeyPath) -> Exercise:
    values = reader.read(
        data, [f for f in EXERCISE_FIELDS if f.name != "sets"], path, allow=("sets",)
    )
    sets: int | SetRange | None = 1
    if isinstance(data, dict) and "sets" in data:
        try:
            sets = _sets(reader, data["sets"], (*path, "sets"))
        except _Failed:
            sets = None
    if values is None or sets is None:
        raise _Failed
    measure = _measure_problem(values)
    if measure is not None:
        reader.add(path, *measure)
        raise _Failed
    return Exercise(sets=sets, **values)


def _measure_problem(values: dict[str, Any]) -> tuple[str, str] | None:
    """What is wrong with how an exercise's work is measured: (message, code), or None.

    ``measure``: neither or both of seconds and reps; ``tempo-without-reps``: a pace for reps
    that are not there; ``interval-too-long``: reps at their tempo last too long.
    """
    seconds_, reps, tempo = values["seconds"], values["reps"], values["tempo"]
    if seconds_ is None and reps is None:
        return 'needs "seconds" (timed work) or "reps" (counted work)', "measure"
    if seconds_ is not None and reps is not None:
        return 'give either "seconds" or "reps", not both', "measure"
    if tempo is not None and reps is None:
        return '"tempo" (seconds per rep) needs "reps"', "tempo-without-reps"
    if reps is not None and tempo is not None and reps * tempo > MAX_SECONDS:
        message = (
            f"{reps} reps at {tempo:g} s each last over {MAX_SECONDS // 3600} hours;"
            " one interval may not"
        )
        return message, "interval-too-long"
    return None


def _read_exercises(reader: Reader, value: Any) -> list[Exercise]:
    if not isinstance(value, list):
        reader.add(("exercises",), f"must be a list, got {describe(value)}", "value")
        raise _Failed
    if not value:
        reader.add(("exercises",), "must list at least one exercise", "too-few")
        raise _Failed
    if len(value) > MAX_EXERCISES:
        reader.add(("exercises",), f"may list at most {MAX_EXERCISES} exercises", "too-many")
        raise _Failed
    exercises: list[Exercise] = []
    failed = False
    for index, item in enumerate(value):
        try:
            exercises.append(_read_exercise(reader, item, ("exercises", index)))
        except _Failed:
            failed = True
    if failed:
        raise _Failed
    size = _size_problem(exercises)
    if size is not None:
        reader.add(("exercises",), size, "routine-too-long")
        raise _Failed
    return exercises


def _size_problem(exercises: list[Exercise]) -> str | None:
    """Whether the routine, at its largest set count, is more than Matside will run."""
    intervals = reps = 0
    for exercise in exercises:
        count = exercise.max_sets * (2 if exercise.sides == "each" else 1)
        intervals += count
        if exercise.tempo is not None and exercise.reps is not None:
            reps += count * exercise.reps
    if intervals > MAX_INTERVALS:
        return (
            f"make {intervals} work intervals (sets × sides, at the most sets);"
            f" a routine may have at most {MAX_INTERVALS}"
        )
    if reps > MAX_TOTAL_REPS:
        return f"count {reps} paced reps in all; a routine may have at most {MAX_TOTAL_REPS}"
    return None


def routine_from_data(data: Any, source: str | os.PathLike[str] | None = None) -> Routine:
    """Build a routine from already-parsed JSON data, reporting every problem."""
    reader = Reader()
    values = reader.read(
        data, [f for f in ROUTINE_FIELDS if f.name != "exercises"], allow=("exercises",)
    )
    exercises: list[Exercise] | None = None
    if isinstance(data, dict):
        if "exercises" not in data:
            reader.add(("exercises",), "is required", "required")
        else:
            with contextlib.suppress(_Failed):  # its problems are in the reader
                exercises = _read_exercises(reader, data["exercises"])
    if reader.problems or values is None or exercises is None:
        raise RoutineError(source, _in_file_order(reader.problems) + reader.left_out())
    del values["$schema"]  # where editors find the schema: written on save, not kept
    return Routine(exercises=exercises, **values)


def _in_file_order(problems: list[Problem]) -> list[Problem]:
    """Top-level unknown keys go last, after the problems inside the exercises."""
    first: list[Problem] = []
    last: list[Problem] = []
    for problem in problems:
        top_unknown = problem.path == () and problem.code == "unknown-key"
        (last if top_unknown else first).append(problem)
    return first + last


def exercise_from_data(data: Any) -> Exercise:
    """Build one exercise from JSON data (the editor's preview of an exercise).

    Raises:
        RoutineError: with every problem, placed inside the exercise.
    """
    reader = Reader()
    try:
        return _read_exercise(reader, data, ("exercise",))
    except _Failed:
        raise RoutineError(None, reader.problems) from None


def _reject_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKey(key)
        result[key] = value
    return result


def _reject_constant(name: str) -> Any:
    """NaN and Infinity are not JSON, though Python's reader takes them."""
    raise ValueError(f"{name} is not a JSON number")


class _DuplicateKey(ValueError):
    """A key given twice in one JSON object (the JSON module keeps the last silently)."""

    def __init__(self, key: str):
        super().__init__(key)
        self.key = key


def parse_routine(text: str, source: str | os.PathLike[str] | None = None) -> Routine:
    """Parse a routine from JSON text.

    Raises:
        RoutineError: with every problem found, each naming its place.
    """
    try:
        data = json.loads(
            text, object_pairs_hook=_reject_duplicate_keys, parse_constant=_reject_constant
        )
    except _DuplicateKey as duplicate:
        message = f"the key {describe(duplicate.key)} appears twice in one object"
        raise RoutineError(source, [Problem.in_file(message, "duplicate-key")]) from None
    except json.JSONDecodeError as bad:
        problem = Problem.in_file(
            f"not valid JSON: {bad.msg}", "not-json", line=bad.lineno, column=bad.colno
        )
        raise RoutineError(source, [problem]) from None
    except ValueError as bad:  # NaN, or a number of thousands of digits
        reason = "a number has too many digits" if "digits" in str(bad) else str(bad)
        problem = Problem.in_file(f"not valid JSON: {reason}", "not-json")
        raise RoutineError(source, [problem]) from None
    except RecursionError:
        raise RoutineError(source, [Problem.in_file("nested too deeply", "not-json")]) from None
    return routine_from_data(data, source)


# --------------------------------------------------------------------------------------------
# Saving


def _plain(value: Any) -> Any:
    """Whole seconds are written as 10, not 10.0."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _exercise_data(exercise: Exercise) -> dict[str, Any]:
    data: dict[str, Any] = {}
    for spec in EXERCISE_FIELDS:
        value = getattr(exercise, spec.name)
        if value is None:
            continue  # an override that is not set
        if isinstance(value, SetRange):
            value = {"min": value.min, "max": value.max}
        elif isinstance(value, list):
            value = list(value)
        data[spec.name] = _plain(value)
    return data


def routine_to_data(routine: Routine) -> dict[str, Any]:
    """The routine as JSON data in the format's stable key order; unset overrides left out.

    ``$schema`` comes first, so that editors find the schema.
    """
    data: dict[str, Any] = {"$schema": SCHEMA_URL}
    for spec in ROUTINE_FIELDS:
        if spec.name == "$schema":
            continue
        value = getattr(routine, spec.name)
        if spec.name == "exercises":
            value = [_exercise_data(exercise) for exercise in value]
        data[spec.name] = _plain(value)
    return data


def dumps_routine(routine: Routine) -> str:
    """Pretty, UTF-8, stably ordered JSON text for a routine, ending in a newline."""
    return json.dumps(routine_to_data(routine), indent=2, ensure_ascii=False) + "\n"


# --------------------------------------------------------------------------------------------
# Schema


def json_schema() -> dict[str, Any]:
    """The JSON Schema of the routine format, generated from the tables of fields."""
    schema = object_schema(ROUTINE_FIELDS, "A Matside routine: its exercises and shared defaults.")
    timed = {"required": ["seconds"], "properties": {"seconds": {"type": "number"}}}
    counted = {"required": ["reps"], "properties": {"reps": {"type": "integer"}}}
    paced = {"required": ["tempo"], "properties": {"tempo": {"type": "number"}}}
    exercise = object_schema(
        EXERCISE_FIELDS,
        'One move. Exactly one of "seconds" (timed) or "reps" (counted) is given; "tempo" needs'
        ' "reps".',
    )
    # null counts as absent, so "given" means "given as a number", not "present".
    exercise["oneOf"] = [timed, counted]
    exercise["if"] = paced
    exercise["then"] = counted
    schema["$defs"] = {
        "Exercise": exercise,
        "SetRange": object_schema(SET_RANGE_FIELDS, "min < max; the user picks when starting."),
    }
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = SCHEMA_URL
    schema["title"] = "Matside routine, format 1"
    return schema


def dumps_schema() -> str:
    """The schema as the text kept in ``resources/routine.schema.json``."""
    return json.dumps(json_schema(), indent=2, ensure_ascii=False, sort_keys=True) + "\n"
