"""Routine files: reading one from disk (a stranger's, perhaps) and saving one atomically.

The routine itself, its rules and its JSON form are :mod:`matside.core.routine`; this module
adds the files: only regular files of bounded size are read (:mod:`matside.storage.files`), and
the pictures a routine names are checked where they lead (:func:`image_problems`).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from matside.core.checks import KeyPath, Problem, Wording, wording
from matside.core.i18n import QT_TRANSLATE_NOOP
from matside.core.routine import (
    Routine,
    RoutineError,
    dumps_routine,
    parse_routine,
    picture_reference_problem,
)
from matside.storage.files import (
    MAX_ROUTINE_BYTES,
    FileRefused,
    atomic_write_text,
    read_regular_file,
    size_text,
)
from matside.storage.paths import picture_folder, resolve_image
from matside.storage.pictures import MAX_ROUTINE_PICTURE_BYTES, PictureRefused, read_picture_file


def load_routine(path: str | os.PathLike[str]) -> Routine:
    """Load a routine file.

    Only a regular file of at most :data:`matside.storage.files.MAX_ROUTINE_BYTES` is read
    (a FIFO or a device is refused without blocking).

    Raises:
        RoutineError: the file cannot be read or is not a valid routine; every problem is named.
    """
    try:
        raw = read_regular_file(path, MAX_ROUTINE_BYTES)
    except FileRefused as refused:
        code = "file-missing" if refused.missing else "file"
        template = QT_TRANSLATE_NOOP("Problem", "cannot read: {problem}")
        reason = wording(template, inner=refused.reason, predicate=False)
        raise RoutineError(path, [Problem.in_file(reason, code)]) from None
    return routine_from_bytes(raw, path)


def routine_from_bytes(raw: bytes, path: str | os.PathLike[str]) -> Routine:
    """The routine in a file's bytes, read from ``path`` (named in every problem).

    Raises:
        RoutineError: not UTF-8 text, or not a valid routine; every problem is named.
    """
    # A byte-order mark, as some Windows editors write, is skipped ("utf-8-sig" would do it too,
    # at the price of importing another codec on every start).
    skip = 3 if raw.startswith(b"\xef\xbb\xbf") else 0
    try:
        text = raw[skip:].decode("utf-8")
    except UnicodeDecodeError as error:
        not_utf8 = Wording(QT_TRANSLATE_NOOP("Problem", "not UTF-8 text"), predicate=False)
        problem = Problem.in_file(not_utf8, "text-encoding", byte=error.start + skip)
        raise RoutineError(path, [problem]) from None
    return parse_routine(text, path)


def image_problems(routine: Routine, routine_file: Path | None) -> list[Problem]:
    """Pictures a routine names that cannot be shown, each with its code.

    ``picture-missing``: no file there (the run screen shows a placeholder);
    ``picture-outside``: the reference leads outside the routine's folder or the bundled
    pictures once resolved; ``picture-refused``: not a regular file, too large, not a picture
    by its bytes, or an SVG that :mod:`matside.storage.svgcheck` refuses. Each distinct file
    is read once, however many references name it, and the distinct files may add up to
    :data:`~matside.storage.pictures.MAX_ROUTINE_PICTURE_BYTES`.
    """
    references = [
        ((*place, "images", j), reference)
        for place, exercise in routine.exercise_places()
        for j, reference in enumerate(exercise.images)
    ]
    return reference_problems(references, routine_file)


def data_references(data: Any) -> list[tuple[KeyPath, str]]:
    """Every well-formed picture reference of every exercise (in circuits too) in routine data
    as an editor holds it, valid or not, with its place: what :func:`reference_problems`
    checks."""
    references: list[tuple[KeyPath, str]] = []
    items = data.get("exercises") if isinstance(data, dict) else None
    for index, item in enumerate(items if isinstance(items, list) else []):
        inner = item.get("exercises") if isinstance(item, dict) and "circuit" in item else None
        exercises = (
            [(("exercises", index, "exercises", n), e) for n, e in enumerate(inner)]
            if isinstance(inner, list)
            else [(("exercises", index), item)]
        )
        for place, exercise in exercises:
            images = exercise.get("images") if isinstance(exercise, dict) else None
            for j, reference in enumerate(images if isinstance(images, list) else []):
                if isinstance(reference, str) and picture_reference_problem(reference) is None:
                    references.append(((*place, "images", j), reference))
    return references


def reference_problems(
    references: Sequence[tuple[KeyPath, str]], routine_file: Path | None
) -> list[Problem]:
    """The problems of picture references, each given with its place (see
    :func:`image_problems`)."""
    problems = []
    verdicts: dict[Path, PictureRefused | None] = {}
    total = 0
    for place, reference in references:
        path = resolve_image(reference, routine_file)
        if path is None:
            problems.append(Problem(place, leads_outside(reference), "picture-outside"))
            continue
        if path not in verdicts:
            try:
                total += len(read_picture_file(path, picture_folder(reference, routine_file)).data)
                verdicts[path] = None
            except PictureRefused as refused:
                verdicts[path] = refused
        verdict = verdicts[path]
        if verdict is None:
            continue
        if verdict.code == "picture-missing":
            template = QT_TRANSLATE_NOOP("Problem", "no such image: {reference}")
            missing = wording(template, predicate=False, reference=reference)
            problems.append(Problem(place, missing, verdict.code))
        else:
            problems.append(Problem(place, picture_refused(reference, verdict), verdict.code))
    if total > MAX_ROUTINE_PICTURE_BYTES:
        template = QT_TRANSLATE_NOOP(
            "Problem", "its pictures add up to {total} MB; at most {most} MB"
        )
        message = wording(
            template,
            predicate=False,
            total=total // (1024 * 1024),
            most=MAX_ROUTINE_PICTURE_BYTES // (1024 * 1024),
        )
        problems.append(Problem(("exercises",), message, "picture-refused"))
    return problems


def leads_outside(reference: str) -> Wording:
    """``picture images/../x.png leads outside the routine's folder`` (or the bundled
    pictures, for a ``resource:`` reference)."""
    if reference.startswith("resource:"):
        template = QT_TRANSLATE_NOOP(
            "Problem", "picture {reference} leads outside the bundled pictures"
        )
    else:
        template = QT_TRANSLATE_NOOP(
            "Problem", "picture {reference} leads outside the routine's folder"
        )
    return wording(template, predicate=False, reference=reference)


def picture_refused(reference: str, refused: PictureRefused) -> Wording:
    """``picture images/a.svg has a <script> element, ...``: the picture and why it is refused."""
    template = QT_TRANSLATE_NOOP("Problem", "picture {reference} {problem}")
    return wording(template, inner=refused.reason, predicate=False, reference=reference)


class RoutineTooLarge(RoutineError):
    """A routine whose file would be larger than a routine file may be to be read again
    (:data:`MAX_ROUTINE_BYTES`): every field within its limits, a routine can still add up
    to more, and pretty JSON takes more room than a stranger's compact file."""

    def __init__(self, source: str | os.PathLike[str] | None, size: int) -> None:
        self.size = size
        template = QT_TRANSLATE_NOOP(
            "Problem", "would be too large to be read again ({size}; at most {limit})"
        )
        words = wording(
            template, predicate=False, size=size_text(size), limit=size_text(MAX_ROUTINE_BYTES)
        )
        super().__init__(source, [Problem.in_file(words, "too-large")])


def routine_text(routine: Routine, source: str | os.PathLike[str] | None = None) -> str:
    """The routine's file as Matside writes it: pretty, stably ordered UTF-8 JSON.

    Raises:
        RoutineTooLarge: it would be too large to be read again (``source``: the file it was
            to be written to, for the message).
    """
    text = dumps_routine(routine)
    size = len(text.encode("utf-8"))
    if size > MAX_ROUTINE_BYTES:
        raise RoutineTooLarge(source, size)
    return text


def save_routine(routine: Routine, path: str | os.PathLike[str]) -> None:
    """Save a routine atomically as pretty, stably ordered UTF-8 JSON.

    Raises:
        RoutineTooLarge: it would be too large to be read again; nothing is written.
        OSError: the file cannot be written.
    """
    atomic_write_text(path, routine_text(routine, path))
