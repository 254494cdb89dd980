"""Routine files: reading one from disk (a stranger's, perhaps) and saving one atomically.

The routine itself, its rules and its JSON form are :mod:`matside.core.routine`; this module
adds the files: only regular files of bounded size are read (:mod:`matside.storage.files`), and
the pictures a routine names are checked where they lead (:func:`image_problems`).
"""

from __future__ import annotations

import os
from pathlib import Path

from matside.core.checks import Problem
from matside.core.routine import Routine, RoutineError, dumps_routine, parse_routine
from matside.storage.files import (
    MAX_ROUTINE_BYTES,
    FileRefused,
    atomic_write_text,
    read_regular_file,
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
        raise RoutineError(path, [Problem.in_file(f"cannot read: {refused}", code)]) from None
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
        problem = Problem.in_file("not UTF-8 text", "text-encoding", byte=error.start + skip)
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
    problems = []
    verdicts: dict[Path, PictureRefused | None] = {}
    total = 0
    for exercise_place, exercise in routine.exercise_places():
        for j, reference in enumerate(exercise.images):
            place = (*exercise_place, "images", j)
            path = resolve_image(reference, routine_file)
            if path is None:
                bundled = reference.startswith("resource:")
                where = "the bundled pictures" if bundled else "the routine's folder"
                message = f"picture {reference} leads outside {where}"
                problems.append(Problem(place, message, "picture-outside"))
                continue
            if path not in verdicts:
                try:
                    total += len(
                        read_picture_file(path, picture_folder(reference, routine_file)).data
                    )
                    verdicts[path] = None
                except PictureRefused as refused:
                    verdicts[path] = refused
            verdict = verdicts[path]
            if verdict is None:
                continue
            if verdict.code == "picture-missing":
                problems.append(Problem(place, f"no such image: {reference}", verdict.code))
            else:
                problems.append(Problem(place, f"picture {reference} {verdict}", verdict.code))
    if total > MAX_ROUTINE_PICTURE_BYTES:
        limit = MAX_ROUTINE_PICTURE_BYTES // (1024 * 1024)
        message = f"its pictures add up to {total // (1024 * 1024)} MB; at most {limit} MB"
        problems.append(Problem(("exercises",), message, "picture-refused"))
    return problems


def save_routine(routine: Routine, path: str | os.PathLike[str]) -> None:
    """Save a routine atomically as pretty, stably ordered UTF-8 JSON."""
    atomic_write_text(path, dumps_routine(routine))
