"""What the user chose for each routine, kept between sessions: for now, the number of sets.

Kept as JSON beside the settings (``routine-choices.json`` in the config folder), keyed by the
routine's file, and written atomically. It is a convenience, never a reason to stop: a file
that is missing, unreadable or not what it should be reads as "nothing chosen yet", and its
bad entries are dropped on the next write. Which count applies when the routine has changed
since is :func:`matside.core.timeline.chosen_sets`'s to say.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from matside.storage import paths
from matside.storage.files import FileRefused, atomic_write_text, read_regular_file

CHOICES_FILE = "routine-choices.json"
MAX_CHOICES_BYTES = 1024 * 1024
"""A choices file larger than this is not read (a thousand routines take about 100 KB)."""


def choices_path() -> Path:
    return paths.user_config_dir() / CHOICES_FILE


def _key(routine_file: Path) -> str:
    return os.path.abspath(routine_file)


def _read_sets(path: Path) -> dict[str, int]:
    """Every remembered set count in ``path``; nothing when it cannot be used."""
    try:
        data: Any = json.loads(read_regular_file(path, MAX_CHOICES_BYTES).decode("utf-8"))
    except (FileRefused, ValueError, RecursionError):  # JSON and Unicode errors are ValueErrors
        return {}
    sets = data.get("sets") if isinstance(data, dict) else None
    if not isinstance(sets, dict):
        return {}
    return {
        name: count
        for name, count in sets.items()
        if isinstance(count, int) and not isinstance(count, bool) and count > 0
    }


def remembered_sets(routine_file: Path, path: Path | None = None) -> int | None:
    """The set count last chosen for the routine in ``routine_file``, if any."""
    return _read_sets(path or choices_path()).get(_key(routine_file))


def remember_sets(routine_file: Path, count: int, path: Path | None = None) -> None:
    """Keep ``count`` as the set count chosen for the routine in ``routine_file``.

    Raises:
        OSError: the file could not be written.
    """
    target = path or choices_path()
    sets = _read_sets(target)
    sets[_key(routine_file)] = count
    text = json.dumps({"sets": dict(sorted(sets.items()))}, indent=2, ensure_ascii=False)
    atomic_write_text(target, text + "\n")
