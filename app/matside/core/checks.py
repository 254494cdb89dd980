"""Declarative checks for JSON objects: one table of fields gives both validation and schema.

Each kind of object (a routine, an exercise, the settings) is a list of :class:`Field`. Reading
data walks the table and collects every problem with its place; :func:`object_schema` turns
the same table into JSON Schema. So the loader, the editor and the published schema cannot
disagree. Plain Python on purpose: it imports in a millisecond, where a validation library
cost a tenth of a second of every start (see docs/performance.md).
"""

from __future__ import annotations

import difflib
import json
import math
import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from typing import Any

from matside.core.i18n import QT_TRANSLATE_NOOP, decimal

_LARGEST_NUMBER = 10**15  # bigger whole numbers are refused before any float arithmetic


KeyPath = tuple[str | int, ...]
"""Where a value lies in a document: keys and list indexes from the top, such as
``("exercises", 2, "sets", "min")``; ``()`` is the top level."""


def place_text(path: KeyPath) -> str:
    """A path as people read it: ``exercises[2].sets.min``; ``(top level)`` for ``()``."""
    text = ""
    for key in path:
        text = f"{text}[{key}]" if isinstance(key, int) else f"{text}.{key}" if text else key
    return text or "(top level)"


@dataclass(frozen=True)
class TextPlace:
    """Where in a file's text a problem lies that was found before there was data to place it
    in: a line and column (JSON syntax), a byte (text that is not UTF-8), or, with neither, the
    file as a whole."""

    line: int | None = None
    column: int | None = None
    byte: int | None = None

    def __str__(self) -> str:
        if self.line is not None:
            return f"line {self.line}, column {self.column}"
        if self.byte is not None:
            return f"byte {self.byte}"
        return "(file)"


@dataclass(frozen=True, kw_only=True)
class Wording:
    """What is wrong, in parts: an English template, its fields' values and the value found.

    ``text`` is an English template with named ``{fields}``, marked for the catalogues with
    ``QT_TRANSLATE_NOOP("Problem", ...)`` where it is written; ``fields`` are the values to
    fill in (numbers, keys, file names, the user's own text, the json module's reason); a
    decimal (a float) is written as the locale writes it in the words for people.
    ``found`` is the value found (:func:`describe`), said last on the command line
    (``..., got "eight"``) and left out beside a field, where the person sees it. A problem
    inside a part (``paragraph 2: ...``, ``phase 2: ...``) is ``inner``: it fills the
    template's ``{problem}``, and the part's number stays a field. A ``remark`` (a template of
    its own, in brackets) closes the words after the value found.

    ``predicate`` says the text is said of a subject (``must be ...``): an editor puts a field's
    name before it; otherwise the name comes first with a colon. ``asks_number`` marks a rule
    for a number, where an example of one helps. Nothing reads the words themselves.
    """

    text: str = field(kw_only=False)
    fields: tuple[tuple[str, Any], ...] = ()
    found: str | None = None
    inner: Wording | None = None
    remark: str | None = None
    predicate: bool = True
    asks_number: bool = False

    def value_of(self, name: str) -> Any:
        """The value of the field ``name``."""
        return dict(self.fields)[name]

    def render(
        self, translate: Callable[[str], str] | None = None, *, found: bool | None = None
    ) -> str:
        """The words: in English with the value found (``translate`` None), as the command line
        and the log print them; else each template through ``translate``, with the value found
        only if ``found`` says so (beside a field the person sees it; in a list of problems
        they do not)."""
        said = translate or _same
        show = translate is None if found is None else found
        values = {name: _number(value, translate) for name, value in self.fields}
        if self.inner is not None:
            values["problem"] = self.inner.render(translate, found=show)
        template = said(self.text)
        text = template.format(**values) if values else template
        if show and self.found is not None:
            text = said(FOUND).format(problem=text, found=self.found)
        return f"{text} {said(self.remark)}" if self.remark is not None else text

    def templates(self) -> list[Wording]:
        """This wording and every one inside it, outermost first."""
        return [self, *(self.inner.templates() if self.inner is not None else [])]


def _same(text: str) -> str:
    return text


def _number(value: Any, translate: Callable[[str], str] | None) -> Any:
    """A decimal field as shortly as it reads exactly: ``0.5`` in English, in the locale's
    way for people (``0,5`` in German); any other field as it is."""
    if not isinstance(value, float):
        return value
    return f"{value:g}" if translate is None else decimal(value)


FOUND = QT_TRANSLATE_NOOP("Problem", "{problem}, got {found}")
"""The value found, after what is wrong (``must be text, got 5``)."""


def wording(
    template: str,
    found: str | None = None,
    *,
    inner: Wording | None = None,
    remark: str | None = None,
    predicate: bool = True,
    asks_number: bool = False,
    **fields: Any,
) -> Wording:
    """A :class:`Wording` from a template and its fields given by name."""
    return Wording(
        template,
        fields=tuple(fields.items()),
        found=found,
        inner=inner,
        remark=remark,
        predicate=predicate,
        asks_number=asks_number,
    )


@dataclass(frozen=True)
class Problem:
    """One thing wrong: where it is, what is wrong, and what kind of problem it is.

    ``path`` places it in the data (keys and indexes); a problem with the file's text rather
    than its data has a ``text_place`` instead (and ``()`` as its path). ``code`` names the
    kind, for code that must tell kinds apart (``unknown-key``, ``required``, ``measure``...;
    the rules JSON Schema cannot state are listed in docs/routine-format.md). ``wording`` is
    what is wrong in parts (a :class:`Wording`; a plain text is a template without fields):
    :attr:`message` is its English line, and an editor words it for people from the parts.
    Nothing should read the words of ``message`` or take ``place`` apart: those are for people.
    """

    path: KeyPath
    wording: Wording | str
    code: str
    text_place: TextPlace | None = None

    @classmethod
    def in_file(
        cls,
        message: Wording | str,
        code: str,
        *,
        line: int | None = None,
        column: int | None = None,
        byte: int | None = None,
    ) -> Problem:
        """A problem with the file's text: at a line and column, a byte, or the whole file."""
        return cls((), message, code, TextPlace(line, column, byte))

    @property
    def parts(self) -> Wording:
        """What is wrong, in parts."""
        return self.wording if isinstance(self.wording, Wording) else Wording(self.wording)

    @property
    def message(self) -> str:
        """What is wrong in English, with the value found: ``must be text, got 5``."""
        return self.parts.render()

    @property
    def place(self) -> str:
        """Where, as printed: ``exercises[2].sets.min``, ``(top level)``, ``(file)``,
        ``line 3, column 7`` or ``byte 13``."""
        if self.text_place is not None:
            return str(self.text_place)
        return place_text(self.path)

    def format(self, source: object = None) -> str:
        """The problem as one line, ``SOURCE: PLACE: message``."""
        line = f"{self.place}: {self.message}"
        return f"{source}: {line}" if source is not None else line


class Invalid(ValueError):
    """Raised by a check; ``wording`` says what the value must be (its English is the
    exception's text).

    ``code`` is the problem's kind (see :class:`Problem`): ``value`` unless the check says
    more, as it does for a rule JSON Schema cannot state.
    """

    def __init__(self, wording: Wording, code: str = "value") -> None:
        super().__init__(wording.render())
        self.wording = wording
        self.code = code


Check = Callable[[Any], Any]


class Rule:
    """A check and the JSON Schema of the values it accepts, made together from one statement
    of the bounds, so that the two cannot drift apart. Called, it checks.

    A rule for numbers knows its bounds (``minimum``, ``maximum``), for the widgets that offer
    a range; the lower bound may itself be refused (``exclusive``).
    """

    __slots__ = ("_check", "exclusive", "maximum", "minimum", "schema")

    def __init__(
        self,
        check: Check,
        schema: dict[str, Any],
        minimum: float | None = None,
        maximum: float | None = None,
        *,
        exclusive: bool = False,
    ) -> None:
        self._check = check
        self.schema = schema
        self.minimum = minimum
        self.maximum = maximum
        self.exclusive = exclusive

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
    suggested: Any = field(default=None, repr=False)
    """What an editor fills in for a new value when the default is none (a new exercise's 30
    seconds); not part of the format."""

    def __post_init__(self) -> None:
        if self.schema is None and not isinstance(self.check, Rule):
            raise TypeError(f"field {self.name!r}: a plain check needs a schema")

    @property
    def required(self) -> bool:
        return self.default is ...

    @property
    def offered(self) -> Any:
        """What an editor fills in for a new value: the suggestion, else the default."""
        return self.default if self.suggested is None else self.suggested

    @property
    def bounds(self) -> tuple[float, float]:
        """The lowest and highest value a number field takes (its rule's bounds).

        Raises:
            TypeError: the field's check states no bounds.
        """
        check = self.check
        if not isinstance(check, Rule) or check.minimum is None or check.maximum is None:
            raise TypeError(f"field {self.name!r} states no bounds")
        return check.minimum, check.maximum

    @property
    def json_schema(self) -> dict[str, Any]:
        """The schema given, or else the check's."""
        if self.schema is not None:
            return self.schema
        assert isinstance(self.check, Rule)  # __post_init__ made sure
        return self.check.schema


def field_of(fields: Sequence[Field], name: str) -> Field:
    """The field called ``name`` in a table of fields."""
    return next(spec for spec in fields if spec.name == name)


# Characters that a terminal or a text view would act on rather than show: C0 and C1 controls,
# DEL, lone surrogates, line and paragraph separators and the bidirectional overrides that can
# make a line read backwards.
_UNSAFE = re.compile(
    "[\x00-\x1f\x7f-\x9f\ud800-\udfff\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]"
)


def escape_unsafe(text: str) -> str:
    """``text`` with every character a terminal would act on written as ``\\uXXXX``."""
    return _UNSAFE.sub(_escaped, text)


def escape_unsafe_json(text: str) -> str:
    """JSON text from ``json.dumps(..., ensure_ascii=False)`` made safe to print.

    The reader has escaped the C0 controls inside strings already; the layout's line breaks
    stay. What is left can only stand inside strings, where ``\\uXXXX`` means the same.
    """
    return _UNSAFE_BEYOND_C0.sub(_escaped, text)


_UNSAFE_BEYOND_C0 = re.compile(_UNSAFE.pattern.replace("\x00-\x1f", "", 1))


def _escaped(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def describe(value: Any) -> str:
    """A short JSON rendering of a value for messages, safe to print."""
    if isinstance(value, str) and len(value) > 40:
        value = value[:40]  # a megabyte of text is not rendered to show 37 characters of it
    try:
        text = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError, RecursionError):
        text = repr(value)
    text = escape_unsafe(text[:200])
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


# --------------------------------------------------------------------------------------------
# Checks


def whole_number(minimum: int, maximum: int) -> Rule:
    def check(value: Any) -> int:
        if is_whole(value) and minimum <= value <= maximum:
            return int(value)
        if is_whole(value) and value > maximum:
            raise Invalid(at_most(maximum, value))
        raise Invalid(
            wording(
                QT_TRANSLATE_NOOP("Problem", "must be a whole number of at least {minimum}"),
                describe(value),
                asks_number=True,
                minimum=minimum,
            )
        )

    return Rule(
        check, {"type": "integer", "minimum": minimum, "maximum": maximum}, minimum, maximum
    )


def seconds(minimum: float, maximum: float, *, exclusive: bool) -> Rule:
    def check(value: Any) -> float:
        if (
            is_number(value)
            and value <= maximum
            and (value > minimum or (value == minimum and not exclusive))
        ):
            return float(value)
        template = (
            QT_TRANSLATE_NOOP("Problem", "must be a number of seconds more than {minimum}")
            if exclusive
            else QT_TRANSLATE_NOOP("Problem", "must be a number of seconds at least {minimum}")
        )
        raise Invalid(wording(template, describe(value), asks_number=True, minimum=float(minimum)))

    lowest = "exclusiveMinimum" if exclusive else "minimum"
    schema = {"type": "number", lowest: minimum, "maximum": maximum}
    return Rule(check, schema, minimum, maximum, exclusive=exclusive)


def number_between(minimum: float, maximum: float) -> Rule:
    def check(value: Any) -> float:
        if is_number(value) and minimum <= value <= maximum:
            return float(value)
        raise Invalid(
            wording(
                QT_TRANSLATE_NOOP("Problem", "must be a number from {minimum} to {maximum}"),
                describe(value),
                asks_number=True,
                minimum=float(minimum),
                maximum=float(maximum),
            )
        )

    return Rule(check, {"type": "number", "minimum": minimum, "maximum": maximum}, minimum, maximum)


def integer_between(minimum: int, maximum: int) -> Rule:
    def check(value: Any) -> int:
        if is_whole(value) and minimum <= value <= maximum:
            return int(value)
        raise Invalid(
            wording(
                QT_TRANSLATE_NOOP("Problem", "must be a whole number from {minimum} to {maximum}"),
                describe(value),
                asks_number=True,
                minimum=minimum,
                maximum=maximum,
            )
        )

    return Rule(
        check, {"type": "integer", "minimum": minimum, "maximum": maximum}, minimum, maximum
    )


def _boolean(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    raise Invalid(wording(QT_TRANSLATE_NOOP("Problem", "must be true or false"), describe(value)))


boolean = Rule(_boolean, {"type": "boolean"})


# Text from a file is shown on screen and spoken: control characters (C0, DEL and C1) have no
# business in it (a tab and line breaks excepted in paragraphs), nor the line and paragraph
# separators in a one-line text, which Qt breaks the line at. The lookahead form serves the
# loader and the schema alike; JSON Schema's "pattern" searches, and "$" alone would let a
# final newline by.
_NO_CONTROL_ONE_LINE = r"^(?![\s\S]*[\x00-\x1f\x7f-\x9f\u2028\u2029])"
_NO_CONTROL_PARAGRAPH = r"^(?![\s\S]*[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f])"
_NOT_BLANK = r"\S"


def text(*, required: bool, max_length: int, one_line: bool = True) -> Rule:
    """Text of at most ``max_length`` characters, without control characters.

    One-line texts (names) allow none; paragraphs allow tabs and line breaks. ``required``
    text must not be blank.
    """
    control = re.compile(_NO_CONTROL_ONE_LINE if one_line else _NO_CONTROL_PARAGRAPH)

    def check(value: Any) -> str:
        if not isinstance(value, str) or (required and not value.strip()):
            wanted = (
                QT_TRANSLATE_NOOP("Problem", "must be non-empty text")
                if required
                else QT_TRANSLATE_NOOP("Problem", "must be text")
            )
            raise Invalid(wording(wanted, describe(value)))
        if len(value) > max_length:
            raise Invalid(too_long(max_length, str(len(value))))
        if not control.match(value):
            refused = (
                QT_TRANSLATE_NOOP("Problem", "must not contain line breaks or control characters")
                if one_line
                else QT_TRANSLATE_NOOP("Problem", "must not contain control characters")
            )
            raise Invalid(wording(refused, describe(value)))
        problem = encoding_problem(value)
        if problem is not None:
            raise Invalid(problem, "text-encoding")
        return value

    schema: dict[str, Any] = {
        "type": "string",
        "maxLength": max_length,
        "pattern": control.pattern,
    }
    if required:
        schema["minLength"] = 1
        schema["allOf"] = [{"pattern": _NOT_BLANK}]
    return Rule(check, schema)


def too_long(max_length: int, found: str | None = None) -> Wording:
    """``must be at most 200 characters long`` (``found``: the length found)."""
    template = QT_TRANSLATE_NOOP("Problem", "must be at most {max_length} characters long")
    return wording(template, found, max_length=max_length)


def at_most(maximum: int, value: Any) -> Wording:
    """``must be at most 50, got 51``."""
    return wording(QT_TRANSLATE_NOOP("Problem", "must be at most {maximum}"), describe(value),
                   maximum=maximum)  # fmt: skip


def without_lone_surrogates(text: str) -> str:
    """``text`` with U+FFFD for each lone surrogate: how Python reads the bytes of a file name
    that are not UTF-8, which neither SQLite nor Qt can take."""
    return "".join("\ufffd" if "\ud800" <= c <= "\udfff" else c for c in text)


def encoding_problem(value: str) -> Wording | None:
    """A lone surrogate (JSON's "\\ud800" written alone) cannot be saved, printed or spoken."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as error:
        template = QT_TRANSLATE_NOOP(
            "Problem", "has a broken character (a lone surrogate) at position {position}"
        )
        return wording(template, position=error.start + 1)
    return None


def choice(options: Sequence[str], template: str) -> Rule:
    """One of ``options``; ``template`` says so whole (``must be "one" or "each"``),
    written where the options are, so that a translation words the choice whole."""

    def check(value: Any) -> str:
        if isinstance(value, str) and value in options:
            return value
        raise Invalid(wording(template, describe(value)))

    return Rule(check, {"enum": list(options)})


def optional(inner: Rule) -> Rule:
    """Also accept null (the field then takes no value)."""

    def check(value: Any) -> Any:
        return None if value is None else inner(value)

    schema = nullable(inner.schema)
    return Rule(check, schema, inner.minimum, inner.maximum, exclusive=inner.exclusive)


# --------------------------------------------------------------------------------------------
# Reading objects


MAX_PROBLEMS = 100
"""A document with more problems reports this many and says how many more there are."""


@dataclass
class Reader:
    """Collects the problems found while reading one document (the first :data:`MAX_PROBLEMS`)."""

    problems: list[Problem] = field(default_factory=list)
    more: int = 0

    @property
    def full(self) -> bool:
        """Whether problems found from now on are only counted, not kept."""
        return len(self.problems) >= MAX_PROBLEMS

    def add(self, path: KeyPath, message: Wording, code: str) -> None:
        if self.full:
            self.more += 1
            return
        self.problems.append(Problem(path, message, code))

    def read(
        self,
        data: Any,
        fields: Sequence[Field],
        path: KeyPath = (),
        allow: Collection[str] = (),
    ) -> dict[str, Any] | None:
        """The checked values of an object's fields (defaults filled in), or None if any failed.

        Every problem is recorded: a wrong value at its own path, a missing key, and each
        unknown key (at the object's path) with a suggestion when it looks like a typo. Keys in
        ``allow`` are read by the caller.
        """
        if not isinstance(data, dict):
            template = QT_TRANSLATE_NOOP("Problem", "must be an object")
            self.add(path, wording(template, describe(data)), "not-an-object")
            return None
        values: dict[str, Any] = {}
        failed = False
        for spec in fields:
            if spec.name not in data:
                if spec.required:
                    self.add((*path, spec.name), REQUIRED, "required")
                    failed = True
                else:
                    values[spec.name] = spec.default
                continue
            try:
                values[spec.name] = spec.check(data[spec.name])
            except Invalid as problem:
                self.add((*path, spec.name), problem.wording, problem.code)
                failed = True
        known = [spec.name for spec in fields]
        expected = {*known, *allow}
        for key in data:
            if key not in expected:
                failed = True
                if self.full:  # only counted: its "did you mean" would be time thrown away
                    self.more += 1
                else:
                    self.add(path, unknown_key_message(str(key), [*known, *allow]), "unknown-key")
        return None if failed else values

    def left_out(self) -> list[Problem]:
        """A last line counting the problems left out, if any were."""
        if not self.more:
            return []
        template = QT_TRANSLATE_NOOP("Problem", "and {count} more problems")
        return [Problem.in_file(wording(template, predicate=False, count=self.more), "more")]


REQUIRED = Wording(QT_TRANSLATE_NOOP("Problem", "is required"))
"""A required key that is missing."""


def unknown_key_message(key: str, known: Sequence[str]) -> Wording:
    """An unknown key, with the known key it looks like a typo of, or the known keys."""
    hint = difflib.get_close_matches(key[:100], known, n=1)
    if hint:
        template = QT_TRANSLATE_NOOP("Problem", 'unknown key {key} (did you mean "{hint}"?)')
        return wording(template, predicate=False, key=describe(key), hint=hint[0])
    template = QT_TRANSLATE_NOOP("Problem", "unknown key {key} (known keys: {known})")
    return wording(template, predicate=False, key=describe(key), known=", ".join(known))


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
