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
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from matside.core.checks import (
    REQUIRED,
    Field,
    Invalid,
    KeyPath,
    Problem,
    Reader,
    Rule,
    Wording,
    at_most,
    boolean,
    choice,
    describe,
    encoding_problem,
    field_of,
    is_number,
    is_whole,
    object_schema,
    optional,
    seconds,
    text,
    too_long,
    whole_number,
    wording,
)
from matside.core.i18n import QT_TRANSLATE_NOOP

__all__ = [
    "AS_NEEDED",
    "FORMAT_VERSION",
    "Circuit",
    "Exercise",
    "Item",
    "Problem",
    "Routine",
    "RoutineError",
    "SetRange",
    "SpokenCue",
    "dumps_routine",
    "dumps_schema",
    "exercise_from_data",
    "json_schema",
    "lowest_format",
    "new_exercise_data",
    "new_routine_data",
    "parse_routine",
    "routine_from_data",
    "routine_to_data",
]

FORMAT_VERSION = 2
"""The newest format this Matside reads; it reads every older one too."""
FORMATS = (1, 2)
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
MAX_PHASES = 8
"""Phases in one rep's tempo at the most."""
MAX_CUES = 20
"""Spoken cues in one exercise at the most."""
MAX_SPOKEN_CUES = 500
"""Spoken cues in a routine at the most: each is a phrase rendered before the session."""
MAX_CUE_TEXT = 200
MAX_ROUNDS = 20
MAX_CIRCUIT_EXERCISES = 50
MAX_OPTIONAL = 10
"""Optional moves in a routine at the most: fitting a routine to the time one has weighs
every combination of them (2 ** 10), so the fit stays quick."""
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
    """A range of set (or round) counts; the user picks one when starting (the lower end by
    default)."""

    min: int
    max: int


@dataclass(frozen=True)
class SpokenCue:
    """Words said during a work interval, ``at`` seconds from its start (on each side)."""

    at: float
    say: str


@dataclass(frozen=True)
class Exercise:
    """One move of a routine, and how its work is measured.

    Exactly one of ``seconds`` (timed work) or ``reps`` is given. Reps with a ``tempo`` are
    paced: seconds per rep, or a list of phase lengths (``[3, 2, 3]``: towards the end
    position, hold, back); reps without one are done at the user's own pace.
    """

    name: str
    instructions: list[str] = field(default_factory=list)
    cue: str | None = None
    images: list[str] = field(default_factory=list)
    seconds: float | None = None
    reps: int | None = None
    tempo: float | list[float] | None = None
    sides: Literal["one", "each"] = "one"
    sets: int | SetRange = 1
    rest_between_sets: Rest | None = None
    rest_after: Rest | None = None
    cues: list[SpokenCue] = field(default_factory=list)
    optional: bool = False

    @property
    def measure(self) -> Literal["time", "paced", "self-paced"]:
        """How the work is measured."""
        if self.seconds is not None:
            return "time"
        return "paced" if self.tempo is not None else "self-paced"

    @property
    def phases(self) -> tuple[float, ...] | None:
        """The phase lengths of one rep when the tempo lists them, else None."""
        return tuple(self.tempo) if isinstance(self.tempo, list) else None

    @property
    def rep_seconds(self) -> float | None:
        """Seconds per paced rep (the phases added up), or None when not paced."""
        if isinstance(self.tempo, list):
            return float(sum(self.tempo))
        return self.tempo

    @property
    def work_seconds(self) -> float | None:
        """The length of one work interval, or None when it waits for the user."""
        if self.seconds is not None:
            return self.seconds
        rep = self.rep_seconds
        if self.reps is not None and rep is not None:
            return self.reps * rep
        return None

    @property
    def min_sets(self) -> int:
        return self.sets.min if isinstance(self.sets, SetRange) else self.sets

    @property
    def max_sets(self) -> int:
        return self.sets.max if isinstance(self.sets, SetRange) else self.sets

    @property
    def needs_format_2(self) -> bool:
        """Whether saving this exercise needs format 2 (phases, spoken cues, optional)."""
        return self.phases is not None or bool(self.cues) or self.optional


@dataclass(frozen=True)
class Circuit:
    """Exercises done one set each, in order, round after round (format 2; one level only).

    ``rest_between_rounds`` and ``rest_after`` are None when the routine's
    ``rest_between_sets`` and ``rest_after_exercise`` apply.
    """

    name: str
    exercises: list[Exercise]
    rounds: int | SetRange = 1
    rest_between_rounds: Rest | None = None
    rest_after: Rest | None = None
    optional: bool = False

    @property
    def min_rounds(self) -> int:
        return self.rounds.min if isinstance(self.rounds, SetRange) else self.rounds

    @property
    def max_rounds(self) -> int:
        return self.rounds.max if isinstance(self.rounds, SetRange) else self.rounds


Item = Exercise | Circuit
"""What the routine's ``exercises`` list holds: an exercise, or (format 2) a circuit."""


@dataclass(frozen=True)
class Routine:
    """A routine: its exercises (and circuits) in order, with the defaults they share."""

    name: str
    exercises: list[Item]
    description: str = ""
    source: str = ""
    language: str = "en"
    prepare_seconds: float = 10
    switch_seconds: float = 5
    rest_between_sets: Rest = 30
    rest_after_exercise: Rest = 30

    @property
    def format(self) -> int:
        """The lowest format that holds the routine: 2 when it uses circuits, phases, spoken
        cues or optional moves, else 1. Saving writes it."""
        for item in self.exercises:
            if isinstance(item, Circuit) or item.needs_format_2:
                return 2
        return 1

    def all_exercises(self) -> list[Exercise]:
        """Every exercise in order, those inside circuits included (each once)."""
        flat: list[Exercise] = []
        for item in self.exercises:
            if isinstance(item, Circuit):
                flat.extend(item.exercises)
            else:
                flat.append(item)
        return flat

    def exercise_places(self) -> list[tuple[KeyPath, Exercise]]:
        """Every exercise with its place in the file: ``("exercises", 2)`` or, inside a
        circuit, ``("exercises", 2, "exercises", 0)``."""
        places: list[tuple[KeyPath, Exercise]] = []
        for index, item in enumerate(self.exercises):
            if isinstance(item, Circuit):
                places.extend(
                    (("exercises", index, "exercises", inner), exercise)
                    for inner, exercise in enumerate(item.exercises)
                )
            else:
                places.append((("exercises", index), item))
        return places

    def with_changes(self, **changes: Any) -> Routine:
        """A copy with some fields replaced (the user's own get-ready time, say)."""
        return replace(self, **changes)

    def without(self, left_out: Collection[int]) -> Routine:
        """A copy without the items (exercises or circuits) at the indexes ``left_out``."""
        kept = [item for index, item in enumerate(self.exercises) if index not in left_out]
        return replace(self, exercises=kept)

    def rest_between_sets_of(self, exercise: Exercise) -> float | None:
        """Seconds of rest between sets of ``exercise``; None means as needed."""
        return _rest_seconds(
            exercise.rest_between_sets
            if exercise.rest_between_sets is not None
            else self.rest_between_sets
        )

    def rest_between_rounds_of(self, circuit: Circuit) -> float | None:
        """Seconds of rest between rounds of ``circuit``; None means as needed."""
        return _rest_seconds(
            circuit.rest_between_rounds
            if circuit.rest_between_rounds is not None
            else self.rest_between_sets
        )

    def rest_after(self, item: Item) -> float | None:
        """Seconds of rest after an exercise or a circuit; None means as needed."""
        return _rest_seconds(
            item.rest_after if item.rest_after is not None else self.rest_after_exercise
        )

    @staticmethod
    def rest_within(exercise: Exercise) -> float | None:
        """Seconds of rest after ``exercise`` inside a circuit's round: its own ``rest_after``,
        else none (the moves of a circuit follow one another)."""
        return _rest_seconds(exercise.rest_after) if exercise.rest_after is not None else 0.0

    def count_ranges(self) -> list[SetRange]:
        """The ranges of set and round counts the routine offers."""
        ranges: list[SetRange] = []
        for item in self.exercises:
            count = item.rounds if isinstance(item, Circuit) else item.sets
            if isinstance(count, SetRange):
                ranges.append(count)
        return ranges

    def set_choices(self) -> range | None:
        """Set counts the user can pick from, or None when every count is fixed.

        A chosen count applies to every exercise and circuit that offers a range (of sets or
        of rounds), so it must lie in all of them.
        """
        ranges = self.count_ranges()
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
    template = QT_TRANSLATE_NOOP(
        "Problem", 'must be a number of seconds (0 or more) or "{as_needed}"'
    )
    raise Invalid(wording(template, describe(value), as_needed=AS_NEEDED))


_PARAGRAPH = text(required=False, max_length=MAX_PARAGRAPH, one_line=False)


def _paragraphs(value: Any) -> list[str]:
    if isinstance(value, str):
        template = QT_TRANSLATE_NOOP(
            "Problem", "must be a list of paragraphs (texts), got a single text; wrap it in [ ]"
        )
        raise Invalid(Wording(template))
    if not isinstance(value, list) or not all(isinstance(p, str) for p in value):
        template = QT_TRANSLATE_NOOP("Problem", "must be a list of paragraphs (texts)")
        raise Invalid(wording(template, describe(value)))
    if len(value) > MAX_PARAGRAPHS:
        template = QT_TRANSLATE_NOOP("Problem", "may have at most {most} paragraphs")
        raise Invalid(wording(template, str(len(value)), most=MAX_PARAGRAPHS))
    for index, paragraph in enumerate(value):
        try:
            _PARAGRAPH(paragraph)
        except Invalid as problem:
            template = QT_TRANSLATE_NOOP("Problem", "paragraph {number}: {problem}")
            part = wording(template, inner=problem.wording, predicate=False, number=index + 1)
            raise Invalid(part, problem.code) from None
    return list(value)


_language_tag = re.compile(LANGUAGE_TAG)


def _language(value: Any) -> str:
    if isinstance(value, str) and _language_tag.fullmatch(value):
        return value
    template = QT_TRANSLATE_NOOP("Problem", 'must be a language tag like "en" or "de-AT"')
    raise Invalid(wording(template, describe(value)))


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


def picture_reference_problem(reference: str) -> Wording | None:
    """What is wrong with a picture reference as written, or None when it is well formed.

    Where the reference leads is checked against the files later
    (:mod:`matside.storage.paths`): this only reads the text, so it is the same rule in the
    loader, the editor and the schema.
    """
    if not reference.strip():
        return Wording(QT_TRANSLATE_NOOP("Problem", "must be a picture's path, got an empty text"))
    if len(reference) > MAX_REFERENCE_LENGTH:
        return too_long(MAX_REFERENCE_LENGTH)
    broken = encoding_problem(reference)  # no file can be called that: it would crash later
    if broken is not None:
        return broken
    if _PICTURE_REFERENCE_RE.fullmatch(reference):
        return None
    template = QT_TRANSLATE_NOOP(
        "Problem",
        "must be resource:images/NAME or a path inside the routine's folder written with /"
        " (no absolute path, ~, .., \\ or :)",
    )
    return wording(template, describe(reference))


def _images(value: Any) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(p, str) for p in value):
        template = QT_TRANSLATE_NOOP("Problem", "must be a list of picture paths (texts)")
        raise Invalid(wording(template, describe(value)))
    if len(value) > MAX_PICTURES:
        template = QT_TRANSLATE_NOOP("Problem", "may list at most {most} pictures")
        raise Invalid(wording(template, str(len(value)), most=MAX_PICTURES))
    for index, reference in enumerate(value):
        problem = picture_reference_problem(reference)
        if problem is not None:
            template = QT_TRANSLATE_NOOP("Problem", "picture {number}: {problem}")
            raise Invalid(wording(template, inner=problem, predicate=False, number=index + 1))
    return list(value)


def _format(value: Any) -> int:
    if is_whole(value) and value in FORMATS:
        return int(value)
    template = QT_TRANSLATE_NOOP(
        "Problem", "this file uses format {format}; this Matside reads formats {first} to {last}"
    )
    found = wording(
        template, predicate=False, format=describe(value), first=FORMATS[0], last=FORMATS[-1]
    )
    raise Invalid(found, "format-version")


_PHASE = seconds(MIN_TEMPO, MAX_TEMPO, exclusive=False)


def _tempo_check(value: Any) -> float | list[float]:
    if isinstance(value, list):
        if not MIN_PHASES <= len(value) <= MAX_PHASES:
            template = QT_TRANSLATE_NOOP(
                "Problem",
                "must list {fewest} to {most} phase lengths (seconds), got {count};"
                " for one phase write a number",
            )
            raise Invalid(wording(template, fewest=MIN_PHASES, most=MAX_PHASES, count=len(value)))
        phases = []
        for index, phase in enumerate(value):
            try:
                phases.append(_PHASE(phase))
            except Invalid as problem:
                raise Invalid(phase_problem(index + 1, problem.wording)) from None
        return phases
    # Seconds per rep: the rule's message, as before phases (and as the editor's form shows it).
    return _PHASE(value)  # type: ignore[no-any-return]


MIN_PHASES = 2
_TEMPO = Rule(
    _tempo_check,
    {
        "anyOf": [
            _PHASE.schema,
            {
                "type": "array",
                "items": _PHASE.schema,
                "minItems": MIN_PHASES,
                "maxItems": MAX_PHASES,
            },
        ]
    },
    MIN_TEMPO,
    MAX_TEMPO,
)

_SECONDS = seconds(0, MAX_SECONDS, exclusive=False)
_rest = Rule(
    _rest_check,
    {
        "anyOf": [_SECONDS.schema, {"const": AS_NEEDED}],
        "description": f'Seconds of rest, or "{AS_NEEDED}" to wait until the user continues.',
    },
)
_RANGE_EXAMPLE = '{"min": 3, "max": 4}'

PHASE_PROBLEM = QT_TRANSLATE_NOOP("Problem", "phase {number}: {problem}")
"""The template of a problem with one phase of a tempo: its number and the problem."""


def phase_problem(number: int, problem: Wording) -> Wording:
    """``phase 2: must be ...``: a problem with phase ``number`` (from 1) of a tempo."""
    return wording(PHASE_PROBLEM, inner=problem, predicate=False, number=number)


SET_RANGE_FIELDS: list[Field] = [
    Field("min", whole_number(1, MAX_SETS)),
    Field("max", whole_number(1, MAX_SETS)),
]


def _sets(reader: Reader, value: Any, path: KeyPath) -> int | SetRange:
    return _count(reader, value, path, SET_RANGE_FIELDS, MAX_SETS)


def _count(
    reader: Reader, value: Any, path: KeyPath, fields: list[Field], maximum: int
) -> int | SetRange:
    """A count of sets or rounds: a whole number, or a range ``{"min", "max"}``."""
    if isinstance(value, dict):
        values = reader.read(value, fields, path)
        if values is None:
            raise _Failed
        if values["min"] >= values["max"]:
            template = QT_TRANSLATE_NOOP("Problem", "min must be less than max")
            remark = QT_TRANSLATE_NOOP("Problem", "(for a fixed count write a number)")
            found = f"{values['min']} and {values['max']}"
            order = wording(template, found, remark=remark, predicate=False)
            reader.add(path, order, "set-range-order")
            raise _Failed
        return SetRange(values["min"], values["max"])
    if is_whole(value) and value > maximum:
        reader.add(path, at_most(maximum, value), "value")
        raise _Failed
    if is_whole(value) and value >= 1:
        return int(value)
    template = QT_TRANSLATE_NOOP(
        "Problem", "must be a whole number of at least 1 or a range like {example}"
    )
    wrong = wording(template, describe(value), asks_number=True, example=_RANGE_EXAMPLE)
    reader.add(path, wrong, "value")
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
        optional(_TEMPO),
        default=None,
        description=(
            "Seconds per rep, or (format 2) a list of phase lengths like [3, 2, 3]; without"
            " it the reps are done at the user's own pace."
        ),
        suggested=4,
    ),
    Field(
        "sides",
        choice(
            ["one", "each"],
            QT_TRANSLATE_NOOP("Problem", 'must be "one" or "each" (left then right)'),
        ),
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
        description=(
            "Overrides the routine's rest_after_exercise; in a circuit, the rest before the"
            " round's next exercise (none when not given)."
        ),
    ),
    Field(
        "cues",
        lambda value: value,  # read by _cues, which needs the reader for its places
        {"type": "array", "maxItems": MAX_CUES, "items": {"$ref": "#/$defs/Cue"}},
        default=[],
        description="Format 2: words said during each work interval, at seconds from its start.",
    ),
    Field(
        "optional",
        boolean,
        default=False,
        description="Format 2: the move may be left out to fit the time one has.",
    ),
]

CUE_FIELDS: list[Field] = [
    Field(
        "at",
        seconds(0, MAX_SECONDS, exclusive=False),
        description="Seconds from the start of the work interval (on each side).",
        suggested=10,
    ),
    Field("say", text(required=True, max_length=MAX_CUE_TEXT), description="What is said."),
]

_NOT_IN_CIRCUIT = {
    "sets": QT_TRANSLATE_NOOP(
        "Problem", 'an exercise in a circuit is done once each round; give the circuit "rounds"'
    ),
    "rest_between_sets": QT_TRANSLATE_NOOP(
        "Problem",
        'an exercise in a circuit is done once each round; give the circuit "rest_between_rounds"',
    ),
    "optional": QT_TRANSLATE_NOOP(
        "Problem",
        "a move inside a circuit cannot be left out on its own; mark the circuit optional",
    ),
    "circuit": QT_TRANSLATE_NOOP("Problem", "a circuit cannot hold a circuit (one level only)"),
}
"""Keys an exercise inside a circuit may not have, and why."""

NOT_IN_CIRCUIT_KEYS = tuple(key for key in _NOT_IN_CIRCUIT if key != "circuit")
"""The exercise's keys an exercise inside a circuit may not have (an editor drops them when it
moves an exercise into a circuit)."""

ROUND_RANGE_FIELDS: list[Field] = [
    Field("min", whole_number(1, MAX_ROUNDS)),
    Field("max", whole_number(1, MAX_ROUNDS)),
]

CIRCUIT_FIELDS: list[Field] = [
    Field(
        "circuit",
        text(required=True, max_length=MAX_NAME),
        description="The circuit's name.",
        suggested="New circuit",
    ),
    Field(
        "rounds",
        lambda value: value,  # read by _count, which needs the reader for its places
        {
            "oneOf": [
                whole_number(1, MAX_ROUNDS).schema,
                {"$ref": "#/$defs/RoundRange"},
            ]
        },
        description="A number, or a range the user picks from when starting.",
        suggested=2,
    ),
    Field(
        "rest_between_rounds",
        optional(_rest),
        default=None,
        description="Rest between rounds; the routine's rest_between_sets when not given.",
    ),
    Field(
        "rest_after",
        optional(_rest),
        default=None,
        description="Rest after the circuit; the routine's rest_after_exercise when not given.",
    ),
    Field(
        "optional",
        boolean,
        default=False,
        description="The whole circuit may be left out to fit the time one has.",
    ),
    Field(
        "exercises",
        lambda value: value,  # read by _read_circuit, item by item
        {
            "type": "array",
            "items": {"$ref": "#/$defs/CircuitExercise"},
            "minItems": 1,
            "maxItems": MAX_CIRCUIT_EXERCISES,
        },
        description="Its exercises, one set each per round, in order.",
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
        {"enum": list(FORMATS)},
        description=(
            "The routine format version: 2 when the routine uses circuits, phases, spoken cues"
            " or optional moves, else 1."
        ),
        suggested=1,
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
            "items": {"$ref": "#/$defs/Item"},
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


_READ_APART = ("sets", "cues")
"""Exercise keys holding objects of their own, read with the reader for their places."""


def _read_exercise(
    reader: Reader, data: Any, path: KeyPath, *, in_circuit: bool = False
) -> Exercise:
    fields = [f for f in EXERCISE_FIELDS if f.name not in _READ_APART]
    refused: list[str] = []
    if in_circuit and isinstance(data, dict):
        refused = [key for key in _NOT_IN_CIRCUIT if key in data]
        for key in refused:
            refusal = Wording(_NOT_IN_CIRCUIT[key], predicate=False)
            reader.add((*path, key), refusal, "not-in-circuit")
        fields = [f for f in fields if f.name not in _NOT_IN_CIRCUIT]
    values = reader.read(data, fields, path, allow=(*_READ_APART, *refused))
    parts: dict[str, Any] = {}
    failed = bool(refused)
    if isinstance(data, dict):
        for key, read in (("sets", _sets), ("cues", _cues)):
            if key in data and key not in refused:
                try:
                    parts[key] = read(reader, data[key], (*path, key))
                except _Failed:
                    failed = True
    if values is None or failed:
        raise _Failed
    values.update(parts)
    measure = _measure_problem(values)
    if measure is not None:
        reader.add(path, *measure)
        raise _Failed
    exercise = Exercise(**values)
    late = _late_cue(exercise)
    if late is not None:
        index, message = late
        reader.add((*path, "cues", index, "at"), message, "cue-too-late")
        raise _Failed
    return exercise


def _cues(reader: Reader, value: Any, path: KeyPath) -> list[SpokenCue]:
    if not isinstance(value, list):
        template = QT_TRANSLATE_NOOP("Problem", "must be a list of cues like {example}")
        reader.add(path, wording(template, describe(value), example=_CUE_EXAMPLE), "value")
        raise _Failed
    if len(value) > MAX_CUES:
        template = QT_TRANSLATE_NOOP("Problem", "may list at most {most} cues")
        reader.add(path, wording(template, str(len(value)), most=MAX_CUES), "value")
        raise _Failed
    cues: list[SpokenCue] = []
    failed = False
    for index, item in enumerate(value):
        values = reader.read(item, CUE_FIELDS, (*path, index))
        if values is None:
            failed = True
        else:
            cues.append(SpokenCue(**values))
    if failed:
        raise _Failed
    return cues


_CUE_EXAMPLE = '{"at": 20, "say": "Breathe"}'


def _late_cue(exercise: Exercise) -> tuple[int, Wording] | None:
    """The first spoken cue that falls at or after the end of its interval, if any."""
    length = exercise.work_seconds
    if length is None:
        return None
    for index, cue in enumerate(exercise.cues):
        if cue.at >= length:
            template = QT_TRANSLATE_NOOP(
                "Problem", "{at} s is not within the interval, which lasts {length} s"
            )
            return index, wording(template, predicate=False, at=float(cue.at), length=float(length))
    return None


def _read_circuit(reader: Reader, data: dict[str, Any], path: KeyPath) -> Circuit:
    apart = ("rounds", "exercises")
    values = reader.read(
        data, [f for f in CIRCUIT_FIELDS if f.name not in apart], path, allow=apart
    )
    rounds: int | SetRange | None = None
    if "rounds" not in data:
        reader.add((*path, "rounds"), REQUIRED, "required")
    else:
        with contextlib.suppress(_Failed):
            rounds = _count(
                reader, data["rounds"], (*path, "rounds"), ROUND_RANGE_FIELDS, MAX_ROUNDS
            )
    exercises: list[Item] | None = None
    if "exercises" not in data:
        reader.add((*path, "exercises"), REQUIRED, "required")
    else:
        with contextlib.suppress(_Failed):
            exercises = _read_list(
                reader,
                data["exercises"],
                (*path, "exercises"),
                MAX_CIRCUIT_EXERCISES,
                in_circuit=True,
            )
    if values is None or rounds is None or exercises is None:
        raise _Failed
    return Circuit(
        name=values["circuit"],
        exercises=[e for e in exercises if isinstance(e, Exercise)],  # no circuit in one
        rounds=rounds,
        rest_between_rounds=values["rest_between_rounds"],
        rest_after=values["rest_after"],
        optional=values["optional"],
    )


def _format_2_place(data: Any, path: KeyPath) -> KeyPath | None:
    """Where an item of a format-1 file uses format 2, or None."""
    if not isinstance(data, dict):
        return None
    if "circuit" in data:
        return path
    for key in ("cues", "optional"):
        if key in data:
            return (*path, key)
    if isinstance(data.get("tempo"), list):
        return (*path, "tempo")
    return None


def lowest_format(data: dict[str, Any]) -> int:
    """The lowest format that holds routine data as an editor keeps it (valid or not): 2 when
    an item is a circuit or uses phases, spoken cues or optional, else 1. An editor writes it
    into the data at each edit, as saving writes :attr:`Routine.format`."""
    items = data.get("exercises")
    if isinstance(items, list) and any(_format_2_place(item, ()) is not None for item in items):
        return 2
    return 1


def _measure_problem(values: dict[str, Any]) -> tuple[Wording, str] | None:
    """What is wrong with how an exercise's work is measured: (message, code), or None.

    ``measure``: neither or both of seconds and reps; ``tempo-without-reps``: a pace for reps
    that are not there; ``interval-too-long``: reps at their tempo last too long.
    """
    seconds_, reps, tempo = values["seconds"], values["reps"], values["tempo"]
    if seconds_ is None and reps is None:
        template = QT_TRANSLATE_NOOP(
            "Problem", 'needs "seconds" (timed work) or "reps" (counted work)'
        )
        return Wording(template), "measure"
    if seconds_ is not None and reps is not None:
        template = QT_TRANSLATE_NOOP("Problem", 'give either "seconds" or "reps", not both')
        return Wording(template, predicate=False), "measure"
    if tempo is not None and reps is None:
        template = QT_TRANSLATE_NOOP("Problem", '"tempo" (seconds per rep) needs "reps"')
        return Wording(template, predicate=False), "tempo-without-reps"
    rep = float(sum(tempo)) if isinstance(tempo, list) else tempo
    if reps is not None and rep is not None and reps * rep > MAX_SECONDS:
        template = QT_TRANSLATE_NOOP(
            "Problem", "{reps} reps at {rep} s each last over {hours} hours; one interval may not"
        )
        found = wording(
            template, predicate=False, reps=reps, rep=float(rep), hours=MAX_SECONDS // 3600
        )
        return found, "interval-too-long"
    return None


def _read_list(
    reader: Reader,
    value: Any,
    path: KeyPath,
    most: int,
    *,
    in_circuit: bool = False,
    file_format: int | None = None,
) -> list[Item]:
    """The items of an ``exercises`` list: of the routine, or (``in_circuit``) of a circuit.

    ``file_format`` 1 refuses what needs format 2, at its place.
    """
    if not isinstance(value, list):
        template = QT_TRANSLATE_NOOP("Problem", "must be a list")
        reader.add(path, wording(template, describe(value)), "value")
        raise _Failed
    if not value:
        template = QT_TRANSLATE_NOOP("Problem", "must list at least one exercise")
        reader.add(path, Wording(template), "too-few")
        raise _Failed
    if len(value) > most:
        template = QT_TRANSLATE_NOOP("Problem", "may list at most {most} exercises")
        reader.add(path, wording(template, most=most), "too-many")
        raise _Failed
    items: list[Item] = []
    failed = False
    for index, data in enumerate(value):
        place = (*path, index)
        newer = _format_2_place(data, place) if file_format == 1 else None
        if newer is not None:
            reader.add(newer, _needs_format_2(newer, place), "needs-format-2")
            failed = True
            continue
        try:
            if not in_circuit and isinstance(data, dict) and "circuit" in data:
                items.append(_read_circuit(reader, data, place))
            else:
                items.append(_read_exercise(reader, data, place, in_circuit=in_circuit))
        except _Failed:
            failed = True
    if failed:
        raise _Failed
    return items


def _needs_format_2(newer: KeyPath, place: KeyPath) -> Wording:
    """What at ``newer`` needs format 2: the item at ``place`` (a circuit), a tempo in phases,
    or a key (``"cues"``, ``"optional"``)."""
    if newer == place:
        return Wording(QT_TRANSLATE_NOOP("Problem", 'a circuit needs "format": 2'), predicate=False)
    if newer[-1] == "tempo":
        template = QT_TRANSLATE_NOOP("Problem", 'a tempo in phases needs "format": 2')
        return Wording(template, predicate=False)
    template = QT_TRANSLATE_NOOP("Problem", '"{key}" needs "format": 2')
    return wording(template, predicate=False, key=newer[-1])


def _read_exercises(reader: Reader, value: Any, file_format: int | None) -> list[Item]:
    items = _read_list(reader, value, ("exercises",), MAX_EXERCISES, file_format=file_format)
    size = _size_problem(items)
    if size is not None:
        reader.add(("exercises",), size, "routine-too-long")
        raise _Failed
    optional_count = sum(1 for item in items if item.optional)
    if optional_count > MAX_OPTIONAL:
        reader.add(
            ("exercises",),
            wording(
                QT_TRANSLATE_NOOP(
                    "Problem", "mark {count} moves optional; a routine may have at most {most}"
                ),
                count=optional_count,
                most=MAX_OPTIONAL,
            ),
            "too-many-optional",
        )
        raise _Failed
    return items


def _size_problem(items: list[Item]) -> Wording | None:
    """Whether the routine, at its largest set and round counts, is more than Matside will
    run."""
    intervals = reps = spoken = 0
    for item in items:
        repeats = item.max_rounds if isinstance(item, Circuit) else item.max_sets
        for exercise in item.exercises if isinstance(item, Circuit) else [item]:
            count = repeats * (2 if exercise.sides == "each" else 1)
            intervals += count
            spoken += len(exercise.cues)
            if exercise.tempo is not None and exercise.reps is not None:
                reps += count * exercise.reps
    if intervals > MAX_INTERVALS:
        template = QT_TRANSLATE_NOOP(
            "Problem",
            "make {count} work intervals (sets × sides, at the most sets and rounds);"
            " a routine may have at most {most}",
        )
        return wording(template, count=intervals, most=MAX_INTERVALS)
    if reps > MAX_TOTAL_REPS:
        template = QT_TRANSLATE_NOOP(
            "Problem", "count {count} paced reps in all; a routine may have at most {most}"
        )
        return wording(template, count=reps, most=MAX_TOTAL_REPS)
    if spoken > MAX_SPOKEN_CUES:
        template = QT_TRANSLATE_NOOP(
            "Problem", "have {count} spoken cues in all; a routine may have at most {most}"
        )
        return wording(template, count=spoken, most=MAX_SPOKEN_CUES)
    return None


def routine_from_data(data: Any, source: str | os.PathLike[str] | None = None) -> Routine:
    """Build a routine from already-parsed JSON data, reporting every problem."""
    reader = Reader()
    values = reader.read(
        data, [f for f in ROUTINE_FIELDS if f.name != "exercises"], allow=("exercises",)
    )
    exercises: list[Item] | None = None
    if isinstance(data, dict):
        if "exercises" not in data:
            reader.add(("exercises",), REQUIRED, "required")
        else:
            written = data.get("format")
            file_format = 1 if is_whole(written) and written == 1 else None
            with contextlib.suppress(_Failed):  # its problems are in the reader
                exercises = _read_exercises(reader, data["exercises"], file_format)
    if reader.problems or values is None or exercises is None:
        raise RoutineError(source, _in_file_order(reader.problems) + reader.left_out())
    del values["$schema"]  # where editors find the schema: written on save, not kept
    del values["format"]  # saving writes the lowest format that holds the routine
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


def _not_json(reason: str) -> Wording:
    """``not valid JSON: Expecting value``: the json module's reason stays its own (English)."""
    template = QT_TRANSLATE_NOOP("Problem", "not valid JSON: {reason}")
    return wording(template, predicate=False, reason=reason)


def parse_routine(json_text: str, source: str | os.PathLike[str] | None = None) -> Routine:
    """Parse a routine from JSON text.

    Raises:
        RoutineError: with every problem found, each naming its place.
    """
    try:
        data = json.loads(
            json_text, object_pairs_hook=_reject_duplicate_keys, parse_constant=_reject_constant
        )
    except _DuplicateKey as duplicate:
        template = QT_TRANSLATE_NOOP("Problem", "the key {key} appears twice in one object")
        message = wording(template, predicate=False, key=describe(duplicate.key))
        raise RoutineError(source, [Problem.in_file(message, "duplicate-key")]) from None
    except json.JSONDecodeError as bad:
        problem = Problem.in_file(_not_json(bad.msg), "not-json", line=bad.lineno, column=bad.colno)
        raise RoutineError(source, [problem]) from None
    except ValueError as bad:  # NaN, or a number of thousands of digits
        if "digits" in str(bad):
            template = QT_TRANSLATE_NOOP("Problem", "not valid JSON: a number has too many digits")
            reason = Wording(template, predicate=False)
        else:
            reason = _not_json(str(bad))
        raise RoutineError(source, [Problem.in_file(reason, "not-json")]) from None
    except RecursionError:
        deep = Wording(QT_TRANSLATE_NOOP("Problem", "nested too deeply"), predicate=False)
        raise RoutineError(source, [Problem.in_file(deep, "not-json")]) from None
    return routine_from_data(data, source)


# --------------------------------------------------------------------------------------------
# Saving


def _plain(value: Any) -> Any:
    """Whole seconds are written as 10, not 10.0."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _exercise_data(exercise: Exercise, *, in_circuit: bool = False) -> dict[str, Any]:
    data: dict[str, Any] = {}
    for spec in EXERCISE_FIELDS:
        if in_circuit and spec.name in _NOT_IN_CIRCUIT:
            continue  # a circuit's rounds stand for its exercises' sets
        value = getattr(exercise, spec.name)
        if value is None or (spec.name in ("cues", "optional") and not value):
            continue  # an override that is not set, or a format-2 key that says nothing
        if isinstance(value, SetRange):
            value = {"min": value.min, "max": value.max}
        elif spec.name == "cues":
            value = [{"at": _plain(cue.at), "say": cue.say} for cue in value]
        elif isinstance(value, list):
            value = [_plain(part) for part in value]
        data[spec.name] = _plain(value)
    return data


def _circuit_data(circuit: Circuit) -> dict[str, Any]:
    rounds = circuit.rounds
    data: dict[str, Any] = {
        "circuit": circuit.name,
        "rounds": {"min": rounds.min, "max": rounds.max}
        if isinstance(rounds, SetRange)
        else rounds,
        "rest_between_rounds": _plain(circuit.rest_between_rounds),
        "rest_after": _plain(circuit.rest_after),
        "optional": circuit.optional,
        "exercises": [_exercise_data(e, in_circuit=True) for e in circuit.exercises],
    }
    unset = [key for key in ("rest_between_rounds", "rest_after") if data[key] is None]
    if not circuit.optional:
        unset.append("optional")
    for key in unset:
        del data[key]
    return data


def routine_to_data(routine: Routine) -> dict[str, Any]:
    """The routine as JSON data in the format's stable key order; unset overrides left out.

    ``$schema`` comes first, so that editors find the schema; ``format`` is the lowest that
    holds the routine.
    """
    data: dict[str, Any] = {"$schema": SCHEMA_URL}
    for spec in ROUTINE_FIELDS:
        if spec.name == "$schema":
            continue
        value = getattr(routine, spec.name)
        if spec.name == "exercises":
            value = [
                _circuit_data(item) if isinstance(item, Circuit) else _exercise_data(item)
                for item in value
            ]
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
    paced = {"required": ["tempo"], "properties": {"tempo": {"type": ["number", "array"]}}}
    exercise = object_schema(
        EXERCISE_FIELDS,
        'One move. Exactly one of "seconds" (timed) or "reps" (counted) is given; "tempo" needs'
        ' "reps".',
    )
    # null counts as absent, so "given" means "given as a number", not "present".
    exercise["oneOf"] = [timed, counted]
    exercise["if"] = paced
    exercise["then"] = counted
    in_circuit = {
        "$ref": "#/$defs/Exercise",
        "description": "An exercise in a circuit: done once each round.",
        "properties": dict.fromkeys(_NOT_IN_CIRCUIT, False),
    }
    item = {
        "description": 'An exercise, or (format 2) a circuit: an object with "circuit".',
        "if": {"type": "object", "required": ["circuit"]},
        "then": {"$ref": "#/$defs/Circuit"},
        "else": {"$ref": "#/$defs/Exercise"},
    }
    # A format-1 file uses none of format 2: no circuit, phase list, cue or optional move.
    format_1_item = {
        "not": {"type": "object", "required": ["circuit"]},
        "properties": {"tempo": {"not": {"type": "array"}}, "cues": False, "optional": False},
    }
    schema["if"] = {"required": ["format"], "properties": {"format": {"const": 1}}}
    schema["then"] = {"properties": {"exercises": {"items": format_1_item}}}
    schema["$defs"] = {
        "Item": item,
        "Exercise": exercise,
        "CircuitExercise": in_circuit,
        "Circuit": object_schema(
            CIRCUIT_FIELDS,
            "Format 2: exercises done one set each, in order, round after round.",
        ),
        "Cue": object_schema(CUE_FIELDS, "Format 2: words said during a work interval."),
        "SetRange": object_schema(SET_RANGE_FIELDS, "min < max; the user picks when starting."),
        "RoundRange": object_schema(ROUND_RANGE_FIELDS, "min < max; the user picks when starting."),
    }
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = SCHEMA_URL
    schema["title"] = "Matside routine, formats 1 and 2"
    return schema


def dumps_schema() -> str:
    """The schema as the text kept in ``resources/routine.schema.json``."""
    return json.dumps(json_schema(), indent=2, ensure_ascii=False, sort_keys=True) + "\n"
