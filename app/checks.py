"""Declarative checks for JSON objects: one table of fields gives both validation and schema.

Each kind of object (a routine, an exercise, the settings) is a list of :class:`Field`. Reading
data walks the table and collects every problem with its place; :func:`object_schema` turns
the same table into JSON Schema. So the loader, the editor and the published schema cannot
disagree. Plain Python on purpose: it imports in a millisecond, where a validation library
cost a tenth of a second of every start (see docs/performance.md).
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from typing import Any

_LARGEST_NUMBER = 10**15  # bigger whole numbers are refused before any float arithmetic


@dataclass(frozen=True)
class Problem:
    """One thing wrong: where it is and what is wrong."""

    place: str
    message: str

    def format(self, source: object = None) -> str:
        """The problem as one line, ``SOURCE: PLACE: message``."""
        line = f"{self.place}: {self.message}"
        return f"{source}: {line}" if source is not None else line


class Invalid(ValueError):
    """Raised by a check; the message says what the value must be."""


Check = Callable[[Any], Any]


class Rule:
    """A check and the JSON Schema of the values it accepts, made together from one statement
    of the bounds, so that the two cannot drift apart. Called, it checks."""

    __slots__ = ("_check", "schema")

    def __init__(self, check: Check, schema: dict[str, Any]) -> None:
        self._check = check
        self.schema = schema

    def __call__(self, value: Any) -> Any:
        return self._check(value)


@dataclass(frozen=True)
class Field:
    """One key of an object: how to check its value and how to describe it in JSON Schema.

    The schema is the check's own when the check is a :class:`Rule`; a plain check needs one
    given. A field without a default is required. ``None`` as a value counts as absent for
    fields whose default is None.
    """

    name: str
    check: Check
    schema: dict[str, Any] | None = None
    default: Any = field(default=..., repr=False)
    description: str = ""

    def __post_init__(self) -> None:
        if self.schema is None and not isinstance(self.check, Rule):
            raise TypeError(f"field {self.name!r}: a plain check needs a schema")

    @property
    def required(self) -> bool:
        return self.default is ...

    @property
    def json_schema(self) -> dict[str, Any]:
        """The schema given, or else the check's."""
        if self.schema is not None:
            return self.schema
        assert isinstance(self.check, Rule)  # __post_init__ made sure
        return self.check.schema


def describe(value: Any) -> str:
    """A short JSON rendering of a value for messages."""
    try:
        text = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def is_number(value: Any) -> bool:
    """A JSON number that is finite and not absurdly large (booleans are not numbers)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return False
    if isinstance(value, int):
        return abs(value) <= _LARGEST_NUMBER  # a 400-digit int would overflow a float
    return math.isfinite(value)


def is_whole(value: Any) -> bool:
    return is_number(value) and float(value).is_integer()


def place_of(parent: str, key: str | int) -> str:
    """``exercises`` + 2 -> ``exercises[2]``; ``exercises[2]`` + ``reps`` -> ``...reps``."""
    if isinstance(key, int):
        return f"{parent}[{key}]"
    return f"{parent}.{key}" if parent else key


# --------------------------------------------------------------------------------------------
# Checks


def whole_number(minimum: int, maximum: int) -> Rule:
    def check(value: Any) -> int:
        if is_whole(value) and minimum <= value <= maximum:
            return int(value)
        if is_whole(value) and value > maximum:
            raise Invalid(f"must be at most {maximum}, got {describe(value)}")
        raise Invalid(f"must be a whole number of at least {minimum}, got {describe(value)}")

    return Rule(check, {"type": "integer", "minimum": minimum, "maximum": maximum})


def seconds(minimum: float, maximum: float, *, exclusive: bool) -> Rule:
    def check(value: Any) -> float:
        if (
            is_number(value)
            and value <= maximum
            and (value > minimum or (value == minimum and not exclusive))
        ):
            return float(value)
        bound = "more than" if exclusive else "at least"
        raise Invalid(f"must be a number of seconds {bound} {minimum:g}, got {describe(value)}")

    lowest = "exclusiveMinimum" if exclusive else "minimum"
    return Rule(check, {"type": "number", lowest: minimum, "maximum": maximum})


def number_between(minimum: float, maximum: float) -> Rule:
    def check(value: Any) -> float:
        if is_number(value) and minimum <= value <= maximum:
            return float(value)
        raise Invalid(f"must be a number from {minimum:g} to {maximum:g}, got {describe(value)}")

    return Rule(check, {"type": "number", "minimum": minimum, "maximum": maximum})


def integer_between(minimum: int, maximum: int) -> Rule:
    def check(value: Any) -> int:
        if is_whole(value) and minimum <= value <= maximum:
            return int(value)
        raise Invalid(f"must be a whole number from {minimum} to {maximum}, got {describe(value)}")

    return Rule(check, {"type": "integer", "minimum": minimum, "maximum": maximum})


def _boolean(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    raise Invalid(f"must be true or false, got {describe(value)}")


boolean = Rule(_boolean, {"type": "boolean"})


def text(*, required: bool) -> Rule:
    def check(value: Any) -> str:
        if isinstance(value, str) and (value.strip() or not required):
            return value
        wanted = "must be non-empty text" if required else "must be text"
        raise Invalid(f"{wanted}, got {describe(value)}")

    return Rule(check, {"type": "string", "minLength": 1} if required else {"type": "string"})


def choice(options: Sequence[str], wording: str | None = None) -> Rule:
    def check(value: Any) -> str:
        if isinstance(value, str) and value in options:
            return value
        listed = wording or " or ".join(f'"{o}"' for o in options)
        raise Invalid(f"must be {listed}, got {describe(value)}")

    return Rule(check, {"enum": list(options)})


def optional(inner: Rule) -> Rule:
    """Also accept null (the field then takes no value)."""

    def check(value: Any) -> Any:
        return None if value is None else inner(value)

    return Rule(check, nullable(inner.schema))


# --------------------------------------------------------------------------------------------
# Reading objects


@dataclass
class Reader:
    """Collects the problems found while reading one document."""

    problems: list[Problem] = field(default_factory=list)

    def add(self, place: str, message: str) -> None:
        self.problems.append(Problem(place or "(top level)", message))

    def read(
        self,
        data: Any,
        fields: Sequence[Field],
        place: str = "",
        allow: Collection[str] = (),
    ) -> dict[str, Any] | None:
        """The checked values of an object's fields (defaults filled in), or None if any failed.

        Every problem is recorded: a wrong value at its own place, a missing key, and each
        unknown key with a suggestion when it looks like a typo. Keys in ``allow`` are read by
        the caller.
        """
        if not isinstance(data, dict):
            self.add(place, f"must be an object, got {describe(data)}")
            return None
        values: dict[str, Any] = {}
        failed = False
        for spec in fields:
            if spec.name not in data:
                if spec.required:
                    self.add(place_of(place, spec.name), "is required")
                    failed = True
                else:
                    values[spec.name] = spec.default
                continue
            try:
                values[spec.name] = spec.check(data[spec.name])
            except Invalid as problem:
                self.add(place_of(place, spec.name), str(problem))
                failed = True
        known = [spec.name for spec in fields]
        for key in data:
            if key not in known and key not in allow:
                self.add(place, unknown_key_message(str(key), [*known, *allow]))
                failed = True
        return None if failed else values


def unknown_key_message(key: str, known: Sequence[str]) -> str:
    import difflib  # only for a mistake: not part of every start

    hint = difflib.get_close_matches(key, known, n=1)
    if hint:
        return f'unknown key "{key}" (did you mean "{hint[0]}"?)'
    return f'unknown key "{key}" (known keys: {", ".join(known)})'


# --------------------------------------------------------------------------------------------
# Schema


def object_schema(fields: Sequence[Field], description: str = "") -> dict[str, Any]:
    """JSON Schema of an object made of ``fields``; unknown keys are not allowed."""
    properties: dict[str, Any] = {}
    for spec in fields:
        entry = dict(spec.json_schema)
        if spec.description:
            entry["description"] = spec.description
        if not spec.required and spec.default is not None:
            entry["default"] = spec.default
        properties[spec.name] = entry
    schema: dict[str, Any] = {
        "type": "object",
        "additionalProperties": False,
        "properties": properties,
        "required": [spec.name for spec in fields if spec.required],
    }
    if description:
        schema["description"] = description
    return schema


def nullable(schema: dict[str, Any]) -> dict[str, Any]:
    return {"anyOf": [schema, {"type": "null"}]}
