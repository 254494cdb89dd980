"""Placing the routine's problems on the editor's form: by each problem's path and code.

The loader reports every problem with the path of keys and indexes it is at and a code for its
kind (:class:`matside.core.checks.Problem`); this decides where on the form each one is shown,
without reading a message's words. Plain Python: the form shows a :class:`Placement`.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from typing import Any

from matside.core import outline
from matside.core.checks import Problem, field_of
from matside.core.i18n import QT_TRANSLATE_NOOP, translate
from matside.core.outline import Place
from matside.core.routine import EXERCISE_FIELDS, PHASE_PROBLEM, ROUTINE_FIELDS
from matside.core.wording import sentence, where, words

WORK_KEYS = ("seconds", "reps", "tempo")
"""The exercise's keys that the form shows together, as its work."""

CONTEXT = "EditorProblems"
"""The translation context of the words here."""

FIELD_WORDS = {
    "name": QT_TRANSLATE_NOOP("EditorProblems", "name"),
    "description": QT_TRANSLATE_NOOP("EditorProblems", "description"),
    "source": QT_TRANSLATE_NOOP("EditorProblems", "source"),
    "prepare_seconds": QT_TRANSLATE_NOOP("EditorProblems", "get ready"),
    "switch_seconds": QT_TRANSLATE_NOOP("EditorProblems", "switch sides"),
    "rest_between_sets": QT_TRANSLATE_NOOP("EditorProblems", "rest between sets"),
    "rest_after_exercise": QT_TRANSLATE_NOOP("EditorProblems", "rest after each exercise"),
    "rest_after": QT_TRANSLATE_NOOP("EditorProblems", "rest after"),
    "seconds": QT_TRANSLATE_NOOP("EditorProblems", "seconds"),
    "reps": QT_TRANSLATE_NOOP("EditorProblems", "reps"),
    "tempo": QT_TRANSLATE_NOOP("EditorProblems", "seconds per rep"),
    "sets": QT_TRANSLATE_NOOP("EditorProblems", "sets"),
    "sides": QT_TRANSLATE_NOOP("EditorProblems", "sides"),
    "images": QT_TRANSLATE_NOOP("EditorProblems", "pictures"),
    "instructions": QT_TRANSLATE_NOOP("EditorProblems", "instructions"),
    "cue": QT_TRANSLATE_NOOP("EditorProblems", "cue"),
    "cues": QT_TRANSLATE_NOOP("EditorProblems", "spoken cues"),
    "optional": QT_TRANSLATE_NOOP("EditorProblems", "optional"),
    "circuit": QT_TRANSLATE_NOOP("EditorProblems", "name"),
    "rounds": QT_TRANSLATE_NOOP("EditorProblems", "rounds"),
    "rest_between_rounds": QT_TRANSLATE_NOOP("EditorProblems", "rest between rounds"),
    "exercises": QT_TRANSLATE_NOOP("EditorProblems", "exercises"),
}
"""The keys of the data as the form names them (in English: see :func:`field_words`)."""


def field_words(key: str) -> str:
    """The field of ``key`` as the form names it, in the user's language (else the key)."""
    return translate(CONTEXT, FIELD_WORDS[key]) if key in FIELD_WORDS else key


def _capital(text: str) -> str:
    """``text`` with a capital first letter, the rest as it is (German nouns keep theirs)."""
    return text[:1].upper() + text[1:]


def example(key: str, in_exercise: bool) -> object:
    """A value the field of ``key`` would take, offered in its message: what a new routine or
    exercise gets (None where it gets nothing)."""
    fields = EXERCISE_FIELDS if in_exercise else ROUTINE_FIELDS
    if not any(spec.name == key for spec in fields):
        return None
    offered = field_of(fields, key).offered
    return offered if isinstance(offered, int | float) and not isinstance(offered, bool) else None


def beside(problem: Problem, key: str, in_exercise: bool) -> str:
    """The problem as a sentence under the field of ``key``: ``Reps must be a whole number of
    at least 1, like 8.``; one phase of a tempo is named: ``Phase 2 of a rep must be ...``."""
    parts = problem.parts
    if key == "tempo" and parts.text == PHASE_PROBLEM and parts.inner is not None:
        subject = translate("EditorProblems", "Phase {number} of a rep").format(
            number=parts.value_of("number")
        )
        return sentence(parts.inner, subject)
    return sentence(parts, _capital(field_words(key)), example(key, in_exercise))


def exercise_place(problem: Problem) -> tuple[Place, str] | None:
    """Which row of the list a problem is in (an exercise, a circuit, or an exercise in a
    circuit), and the key of the row's field it names (``""`` for the row as a whole):
    ``("exercises", 1, "sets", "min")`` -> ``((1,), "sets")``, ``("exercises", 0, "exercises",
    2, "reps")`` -> ``((0, 2), "reps")``. None for a problem outside the exercises."""
    path = problem.path
    if len(path) < 2 or path[0] != "exercises" or not isinstance(path[1], int):
        return None
    if len(path) > 3 and path[2] == "exercises" and isinstance(path[3], int):
        place: Place = (path[1], path[3])
        rest = path[4:]
    else:
        place, rest = (path[1],), path[2:]
    key = rest[0] if rest and isinstance(rest[0], str) else ""
    return place, key


def routine_field(problem: Problem) -> str | None:
    """The routine's own key a problem names (``name``, ``exercises``...), or None."""
    path = problem.path
    return path[0] if len(path) == 1 and isinstance(path[0], str) else None


CUE_PART_WORDS = {
    "at": QT_TRANSLATE_NOOP("EditorProblems", "The time of spoken cue {number}"),
    "say": QT_TRANSLATE_NOOP("EditorProblems", "What spoken cue {number} says"),
    "": QT_TRANSLATE_NOOP("EditorProblems", "Spoken cue {number}"),
}
"""A spoken cue's field as the form names it, by the last key of a problem's path."""


def cue_place(path: tuple[str | int, ...]) -> tuple[int, str] | None:
    """``(..., "cues", 2, "at")`` -> ``(2, "at")``: which spoken cue and which of its fields
    (``""``: the cue as a whole) a path names, or None when it names no single cue."""
    for index in range(len(path) - 1):
        if path[index] == "cues" and isinstance(path[index + 1], int):
            number = path[index + 1]
            rest = path[index + 2 :]
            part = rest[0] if rest and rest[0] in ("at", "say") else ""
            return int(number), str(part)
    return None


def beside_cue(problem: Problem, number: int, part: str) -> str:
    """The problem as a sentence under the spoken cues: ``The time of spoken cue 2 must be a
    number of at least 0.``"""
    subject = translate(CONTEXT, CUE_PART_WORDS[part]).format(number=number + 1)
    return sentence(problem.parts, subject)


def place_words(problem: Problem, data: dict[str, Any]) -> str:
    """``exercises[1].reps`` -> ``Exercise 2 “Lunge”, reps``: a problem's place as people say
    it."""
    place = exercise_place(problem)
    if place is None:
        key = routine_field(problem)
        return _capital(field_words(key) if key is not None else where(problem))
    row, key = place
    items = data.get("exercises")
    found = outline.at(items, row) if isinstance(items, list) else None
    circuit = outline.is_circuit(found)
    name = found.get("circuit" if circuit else "name") if isinstance(found, dict) else None
    name = name if isinstance(name, str) and name.strip() else ""
    number = ".".join(str(n + 1) for n in row)
    if circuit:
        words = (
            translate("EditorProblems", "Circuit {number} “{name}”").format(
                number=number, name=name
            )
            if name
            else translate("EditorProblems", "Circuit {number}").format(number=number)
        )
    else:
        words = (
            translate("EditorProblems", "Exercise {number} “{name}”").format(
                number=number, name=name
            )
            if name
            else translate("EditorProblems", "Exercise {number}").format(number=number)
        )
    return f"{words}, {field_words(key)}" if key else words


def problem_lines(problems: Sequence[Problem], data: dict[str, Any], limit: int) -> str:
    """The first ``limit`` problems, one line each with its place in words."""
    lines = [f"{place_words(p, data)}: {words(p.parts)}" for p in problems[:limit]]
    if len(problems) > limit:
        lines.append(
            translate("EditorProblems", "…and {count} more").format(count=len(problems) - limit)
        )
    return "\n".join(lines)


def bad_exercises(problems: Sequence[Problem]) -> dict[Place, list[str]]:
    """What is wrong with each row (exercise or circuit) that has problems, one line each, by
    its place."""
    bad: dict[Place, list[str]] = {}
    for problem in problems:
        place = exercise_place(problem)
        if place is not None:
            number, key = place
            line = f"{field_words(key)}: " if key else ""
            bad.setdefault(number, []).append(line + words(problem.parts))
    return bad


@dataclass
class Placement:
    """Where on the form each problem is shown.

    Attributes:
        routine_fields: messages under the routine's fields, by key.
        exercise_fields: messages under the shown exercise's fields, by the form's key
            (``work`` for seconds, reps and tempo).
        circuit_fields: messages under the shown circuit's fields, by key.
        work_wrong: which of seconds, reps and tempo to mark.
        cue_wrong: which spoken cues' fields to mark: (cue index, "at" or "say").
        routine: lines under the routine's fields about nothing they show.
        exercises: lines about the list of exercises.
        exercise: lines about the shown exercise as a whole.
    """

    routine_fields: dict[str, list[str]] = field(default_factory=dict)
    exercise_fields: dict[str, list[str]] = field(default_factory=dict)
    circuit_fields: dict[str, list[str]] = field(default_factory=dict)
    work_wrong: set[str] = field(default_factory=set)
    cue_wrong: set[tuple[int, str]] = field(default_factory=set)
    routine: list[str] = field(default_factory=list)
    exercises: list[str] = field(default_factory=list)
    exercise: list[str] = field(default_factory=list)


def place_problems(
    problems: Sequence[Problem],
    current: Place | None,
    measure: str,
    routine_keys: Collection[str],
    exercise_keys: Collection[str],
    circuit_keys: Collection[str] = (),
) -> Placement:
    """Put every problem beside the field its path names.

    Args:
        problems: the routine's problems.
        current: the place of the row shown (an exercise or a circuit); problems of other
            rows are left to the list.
        measure: how the shown exercise's work is measured (``time``, ``paced`` or
            ``self-paced``): a problem with the work as a whole marks the field shown.
        routine_keys: the routine's keys that have a field of their own.
        exercise_keys: the exercise's keys that have a field of their own.
        circuit_keys: the keys of the shown circuit's fields; empty when an exercise is shown.
    """
    placement = Placement()
    for problem in problems:
        place = exercise_place(problem)
        if place is None:
            key = routine_field(problem)
            if key is not None and key in routine_keys:
                placement.routine_fields.setdefault(key, []).append(beside(problem, key, False))
            elif key == "exercises":
                placement.exercises.append(sentence(problem.parts))
            else:
                placement.routine.append(f"{where(problem)}: {words(problem.parts)}")
            continue
        row, key = place
        if row != current:
            continue
        if circuit_keys:
            if key in circuit_keys:
                placement.circuit_fields.setdefault(key, []).append(beside(problem, key, False))
            else:
                placement.exercise.append(
                    f"{field_words(key)}: {words(problem.parts)}"
                    if key
                    else sentence(problem.parts)
                )
            continue
        cue = cue_place(problem.path) if key == "cues" else None
        if cue is not None:
            placement.exercise_fields.setdefault("cues", []).append(beside_cue(problem, *cue))
            placement.cue_wrong.add(cue)
        elif key in WORK_KEYS:
            placement.exercise_fields.setdefault("work", []).append(beside(problem, key, True))
            placement.work_wrong.add(key)
        elif key in exercise_keys:
            placement.exercise_fields.setdefault(key, []).append(beside(problem, key, True))
        elif not key and problem.code == "measure":
            # "needs seconds or reps", "not both": about the work, whichever is shown
            placement.exercise_fields.setdefault("work", []).append(sentence(problem.parts))
            placement.work_wrong.add("seconds" if measure == "time" else "reps")
        else:
            placement.exercise.append(
                f"{key}: {words(problem.parts)}" if key else sentence(problem.parts)
            )
    return placement
