"""The routine model: what a routine file may say, how it is loaded, checked and saved.

The model is the single source of truth for the routine format: the loader, the editor's
validation and the JSON Schema in ``resources/routine.schema.json`` all come from it.

Every problem in a file is reported, each as one line naming the file and the place in it::

    my.json: exercises[2].reps: must be a whole number of at least 1, got "eight"
"""

from __future__ import annotations

import difflib
import json
import math
import os
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Discriminator,
    Field,
    PlainSerializer,
    Tag,
    ValidationError,
    model_validator,
)
from pydantic_core import PydanticCustomError

FORMAT_VERSION = 1
AS_NEEDED = "as needed"
MAX_SECONDS = 24 * 3600
MAX_REPS = 1_000
MAX_SETS = 100
MAX_EXERCISES = 1_000
_LARGEST_NUMBER = 10**15  # bigger whole numbers are refused before any float arithmetic


# --------------------------------------------------------------------------------------------
# Problems


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a routine: where it is and what is wrong."""

    place: str
    message: str

    def format(self, source: str | os.PathLike[str] | None = None) -> str:
        """The problem as one line, ``SOURCE: PLACE: message``."""
        line = f"{self.place}: {self.message}"
        return f"{source}: {line}" if source is not None else line


class RoutineError(Exception):
    """A routine file could not be loaded; ``problems`` lists everything wrong with it."""

    def __init__(self, source: str | os.PathLike[str] | None, problems: Sequence[Problem]):
        self.source = source
        self.problems = tuple(problems)
        super().__init__("\n".join(self.lines()))

    def lines(self) -> list[str]:
        """One line per problem, each naming the file and the place."""
        return [problem.format(self.source) for problem in self.problems]


def _describe(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 40 else text[:37] + "..."


def _fail(message: str) -> PydanticCustomError:
    # The message goes in as context so that braces in the user's values are never formatted.
    return PydanticCustomError("matside", "{message}", {"message": message})


def _is_number(value: Any) -> bool:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return False
    if isinstance(value, int):
        return abs(value) <= _LARGEST_NUMBER  # a 400-digit int would overflow a float
    return math.isfinite(value)


def _whole_number(minimum: int, maximum: int) -> BeforeValidator:
    def check(value: Any) -> int:
        whole = _is_number(value) and float(value).is_integer()
        if whole and minimum <= value <= maximum:
            return int(value)
        if whole and value > maximum:
            raise _fail(f"must be at most {maximum}, got {_describe(value)}")
        raise _fail(f"must be a whole number of at least {minimum}, got {_describe(value)}")

    return BeforeValidator(check)


def _seconds(minimum: float, *, exclusive: bool) -> BeforeValidator:
    def check(value: Any) -> float:
        if (
            _is_number(value)
            and value <= MAX_SECONDS
            and (value > minimum or (value == minimum and not exclusive))
        ):
            return value  # type: ignore[no-any-return]
        bound = "more than" if exclusive else "at least"
        raise _fail(f"must be a number of seconds {bound} {minimum:g}, got {_describe(value)}")

    return BeforeValidator(check)


def _rest(value: Any) -> int | float | str:
    if value == AS_NEEDED:
        return AS_NEEDED
    if _is_number(value) and 0 <= value <= MAX_SECONDS:
        return value  # type: ignore[no-any-return]
    raise _fail(f'must be a number of seconds (0 or more) or "{AS_NEEDED}", got {_describe(value)}')


def _text(*, required: bool) -> BeforeValidator:
    def check(value: Any) -> str:
        if isinstance(value, str) and (value.strip() or not required):
            return value
        wanted = "must be non-empty text" if required else "must be text"
        raise _fail(f"{wanted}, got {_describe(value)}")

    return BeforeValidator(check)


def _paragraphs(value: Any) -> list[str]:
    if isinstance(value, str):
        raise _fail("must be a list of paragraphs (texts), got a single text; wrap it in [ ]")
    if not isinstance(value, list) or not all(isinstance(p, str) for p in value):
        raise _fail(f"must be a list of paragraphs (texts), got {_describe(value)}")
    return value


def _images(value: Any) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(p, str) and p.strip() for p in value):
        raise _fail(f"must be a list of image paths (texts), got {_describe(value)}")
    return value


Reps = Annotated[int, Field(ge=1, le=MAX_REPS), _whole_number(1, MAX_REPS)]
SetCount = Annotated[int, Field(ge=1, le=MAX_SETS), _whole_number(1, MAX_SETS)]
Name = Annotated[str, Field(min_length=1), _text(required=True)]
Text = Annotated[str, _text(required=False)]
Rest = Annotated[
    int | float | Literal["as needed"],
    BeforeValidator(_rest),
    Field(
        description='Seconds of rest, or "as needed" to wait until the user continues.',
    ),
]


def _plain_number(value: float) -> int | float:
    """Whole seconds are written as 10, not 10.0."""
    return int(value) if float(value).is_integer() else value


_AsWritten = PlainSerializer(_plain_number, when_used="json")
PrepareSeconds = Annotated[
    float, Field(ge=0, le=MAX_SECONDS), _seconds(0, exclusive=False), _AsWritten
]
WorkSeconds = Annotated[float, Field(gt=0, le=MAX_SECONDS), _seconds(0, exclusive=True), _AsWritten]
Tempo = Annotated[float, Field(gt=0, le=600), _seconds(0, exclusive=True), _AsWritten]
Sides = Literal["one", "each"]


def _sides(value: Any) -> str:
    if value in ("one", "each"):
        return str(value)
    raise _fail(f'must be "one" or "each" (left then right), got {_describe(value)}')


# --------------------------------------------------------------------------------------------
# The model


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, validate_default=False)


class SetRange(_Strict):
    """A range of set counts; the user picks one when starting (the lower end by default)."""

    min: SetCount
    max: SetCount

    @model_validator(mode="after")
    def _ordered(self) -> SetRange:
        if self.min >= self.max:
            raise _fail(
                f"min must be less than max, got {self.min} and {self.max}"
                " (for a fixed count write a number)"
            )
        return self


def _sets_form(value: Any) -> str:
    return _RANGE_TAG if isinstance(value, dict | SetRange) else _COUNT_TAG


def _sets_count(value: Any) -> int:
    whole = _is_number(value) and float(value).is_integer()
    if whole and 1 <= value <= MAX_SETS:
        return int(value)
    if whole and value > MAX_SETS:
        raise _fail(f"must be at most {MAX_SETS}, got {_describe(value)}")
    raise _fail(
        'must be a whole number of at least 1 or a range like {"min": 3, "max": 4},'
        f" got {_describe(value)}"
    )


# The two forms of "sets" are told apart up front, so a problem in one form is not also
# reported as a mismatch with the other. The tags never reach the user (see _normalise).
_COUNT_TAG, _RANGE_TAG = "sets-count", "sets-range"
Sets = Annotated[
    Annotated[int, Field(ge=1, le=MAX_SETS), BeforeValidator(_sets_count), Tag(_COUNT_TAG)]
    | Annotated[SetRange, Tag(_RANGE_TAG)],
    Discriminator(_sets_form),
]


class Exercise(_Strict):
    """One move of a routine, and how its work is measured.

    Exactly one of ``seconds`` (timed work) or ``reps`` is given. Reps with a ``tempo`` are
    paced (seconds per rep); reps without one are done at the user's own pace.
    """

    name: Name
    instructions: Annotated[list[str], BeforeValidator(_paragraphs)] = Field(
        default_factory=list, description="Paragraphs: start position, movement, feel, safety."
    )
    images: Annotated[list[str], BeforeValidator(_images)] = Field(
        default_factory=list,
        description=(
            "Positions shown in turn, in step with the rep tempo. A path relative to the "
            "routine file, or resource:images/NAME for a bundled image."
        ),
    )
    seconds: WorkSeconds | None = None
    reps: Reps | None = None
    tempo: Tempo | None = None
    sides: Annotated[Sides, BeforeValidator(_sides)] = "one"
    sets: Sets = 1
    rest_between_sets: Rest | None = Field(
        default=None, description="Overrides the routine's rest_between_sets."
    )
    rest_after: Rest | None = Field(
        default=None, description="Overrides the routine's rest_after_exercise."
    )

    @model_validator(mode="after")
    def _one_measure(self) -> Exercise:
        if self.seconds is None and self.reps is None:
            raise _fail('needs "seconds" (timed work) or "reps" (counted work)')
        if self.seconds is not None and self.reps is not None:
            raise _fail('give either "seconds" or "reps", not both')
        if self.tempo is not None and self.reps is None:
            raise _fail('"tempo" (seconds per rep) needs "reps"')
        if (
            self.reps is not None
            and self.tempo is not None
            and self.reps * self.tempo > MAX_SECONDS
        ):
            raise _fail(
                f"{self.reps} reps at {self.tempo:g} s each last over {MAX_SECONDS // 3600} hours;"
                " one interval may not"
            )
        return self

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


class Routine(_Strict):
    """A routine: its exercises in order, with the defaults they share."""

    format: Literal[1] = Field(description="The routine format version.")
    name: Name
    description: Text = ""
    source: Text = Field(default="", description="Where the routine's content comes from.")
    language: Text = Field(default="en", description="BCP 47 language tag of the texts.")
    prepare_seconds: PrepareSeconds = Field(
        default=10, description="Get-ready countdown before the first work interval."
    )
    switch_seconds: PrepareSeconds = Field(
        default=5, description="Pause between the left and the right side."
    )
    rest_between_sets: Rest = 30
    rest_after_exercise: Rest = 30
    exercises: list[Exercise] = Field(min_length=1, max_length=MAX_EXERCISES)

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


def _rest_seconds(value: int | float | str) -> float | None:
    return None if value == AS_NEEDED else float(value)


# --------------------------------------------------------------------------------------------
# Loading


def format_place(location: Iterable[int | str]) -> str:
    """``("exercises", 2, "reps")`` -> ``exercises[2].reps``."""
    place = ""
    for part in location:
        if isinstance(part, int):
            place += f"[{part}]"
        else:
            place += f".{part}" if place else part
    return place or "(top level)"


_KNOWN_KEYS: dict[str, list[str]] = {
    "": list(Routine.model_fields),
    "exercises": list(Exercise.model_fields),
    "sets": list(SetRange.model_fields),
}


def _unknown_key(
    location: tuple[int | str, ...], known_keys: dict[str, list[str]] = _KNOWN_KEYS
) -> Problem:
    key = str(location[-1])
    parent = location[:-1]
    kind = next((str(p) for p in reversed(parent) if isinstance(p, str)), "")
    known = known_keys.get(kind, [])
    hint = difflib.get_close_matches(key, known, n=1)
    message = f'unknown key "{key}"'
    if hint:
        message += f' (did you mean "{hint[0]}"?)'
    elif known:
        message += " (known keys: " + ", ".join(known) + ")"
    return Problem(format_place(parent), message)


def _normalise(location: Iterable[int | str]) -> tuple[int | str, ...]:
    return tuple(part for part in location if part not in (_COUNT_TAG, _RANGE_TAG))


def problems_from_validation(
    error: ValidationError, known_keys: dict[str, list[str]] = _KNOWN_KEYS
) -> list[Problem]:
    """Turn pydantic's errors into problems with places and our own words.

    Args:
        error: what pydantic found.
        known_keys: the keys each kind of object may have, by the name of the key that holds
            it ("" for the top level), to suggest the one a typo meant.
    """
    problems: list[Problem] = []
    for detail in error.errors(include_url=False):
        location = _normalise(detail["loc"])
        kind = detail["type"]
        if kind == "extra_forbidden":
            problems.append(_unknown_key(location, known_keys))
        elif kind == "missing":
            problems.append(Problem(format_place(location), "is required"))
        elif kind == "literal_error" and location == ("format",):
            got = detail.get("input")
            problems.append(
                Problem(
                    "format",
                    f"this file uses format {_describe(got)}; this Matside reads format "
                    f"{FORMAT_VERSION}",
                )
            )
        elif kind in ("model_type", "dict_type", "model_attributes_type"):
            got = _describe(detail.get("input"))
            problems.append(Problem(format_place(location), f"must be an object, got {got}"))
        elif kind == "list_type":
            got = _describe(detail.get("input"))
            problems.append(Problem(format_place(location), f"must be a list, got {got}"))
        elif kind == "too_short" and location == ("exercises",):
            problems.append(Problem("exercises", "must list at least one exercise"))
        elif kind == "too_long" and location == ("exercises",):
            problems.append(Problem("exercises", f"may list at most {MAX_EXERCISES} exercises"))
        else:
            problems.append(Problem(format_place(location), str(detail["msg"])))
    return problems


def _reject_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKey(key)
        result[key] = value
    return result


class _DuplicateKey(ValueError):
    def __init__(self, key: str):
        super().__init__(key)
        self.key = key


def parse_routine(text: str, source: str | os.PathLike[str] | None = None) -> Routine:
    """Parse a routine from JSON text.

    Raises:
        RoutineError: with every problem found, each naming its place.
    """
    try:
        data = json.loads(text, object_pairs_hook=_reject_duplicate_keys)
    except _DuplicateKey as duplicate:
        raise RoutineError(
            source, [Problem("(file)", f'the key "{duplicate.key}" appears twice in one object')]
        ) from None
    except json.JSONDecodeError as bad:
        raise RoutineError(
            source,
            [Problem(f"line {bad.lineno}, column {bad.colno}", f"not valid JSON: {bad.msg}")],
        ) from None
    except ValueError as bad:  # e.g. a number with thousands of digits
        raise RoutineError(source, [Problem("(file)", f"not valid JSON: {bad}")]) from None
    except RecursionError:
        raise RoutineError(source, [Problem("(file)", "nested too deeply")]) from None
    return routine_from_data(data, source)


def routine_from_data(data: Any, source: str | os.PathLike[str] | None = None) -> Routine:
    """Build a routine from already-parsed JSON data, reporting every problem."""
    if not isinstance(data, dict):
        raise RoutineError(
            source, [Problem("(top level)", f"must be an object, got {_describe(data)}")]
        )
    try:
        return Routine.model_validate(data)
    except ValidationError as error:
        raise RoutineError(source, problems_from_validation(error)) from None
    except RecursionError:
        raise RoutineError(source, [Problem("(file)", "nested too deeply")]) from None


def load_routine(path: str | os.PathLike[str]) -> Routine:
    """Load a routine file.

    Raises:
        RoutineError: the file cannot be read or is not a valid routine; every problem is named.
    """
    try:
        raw = Path(path).read_bytes()
    except OSError as error:
        raise RoutineError(path, [Problem("(file)", f"cannot read: {error.strerror}")]) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise RoutineError(path, [Problem(f"byte {error.start}", "not UTF-8 text")]) from None
    return parse_routine(text, path)


def image_problems(routine: Routine, routine_file: Path | None) -> list[Problem]:
    """Images a routine names that are not there."""
    from app.paths import resolve_image

    problems = []
    for i, exercise in enumerate(routine.exercises):
        for j, reference in enumerate(exercise.images):
            if not resolve_image(reference, routine_file).is_file():
                problems.append(
                    Problem(f"exercises[{i}].images[{j}]", f"no such image: {reference}")
                )
    return problems


# --------------------------------------------------------------------------------------------
# Saving


def routine_to_data(routine: Routine) -> dict[str, Any]:
    """The routine as JSON data in the format's stable key order; unset overrides left out."""
    data: dict[str, Any] = routine.model_dump(mode="json", exclude_none=True)
    return data


def dumps_routine(routine: Routine) -> str:
    """Pretty, UTF-8, stably ordered JSON text for a routine, ending in a newline."""
    return json.dumps(routine_to_data(routine), indent=2, ensure_ascii=False) + "\n"


def atomic_write_text(path: str | os.PathLike[str], text: str) -> None:
    """Write a file so that a crash leaves either the old file or the new one, never a torn one.

    The text goes to a temporary file beside the target, is flushed to disk, and then renamed
    over the target; the folder is synced so the rename itself survives a power cut.
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        prefix=f".{target.name}.", suffix=".tmp", dir=target.parent
    )
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    _sync_folder(target.parent)


def _sync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def save_routine(routine: Routine, path: str | os.PathLike[str]) -> None:
    """Save a routine atomically as pretty, stably ordered UTF-8 JSON."""
    atomic_write_text(path, dumps_routine(routine))


# --------------------------------------------------------------------------------------------
# Schema


def json_schema() -> dict[str, Any]:
    """The JSON Schema of the routine format, generated from the model."""
    schema: dict[str, Any] = Routine.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://matside.app/schema/routine-1.json"
    schema["title"] = "Matside routine, format 1"
    return schema


def dumps_schema() -> str:
    """The schema as the text kept in ``resources/routine.schema.json``."""
    return json.dumps(json_schema(), indent=2, ensure_ascii=False, sort_keys=True) + "\n"
