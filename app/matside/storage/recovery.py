"""Recovery files: the editor's unsaved edits, kept while it edits so that they survive a crash.

Plain Python, no Qt. Each editor writes its edits a moment after each change to a file of its
own in ``recovery/`` under the user data folder (:func:`recovery_file_for`); saving or
discarding removes it. When Matside starts, files left behind by an editor that is no longer
running (:func:`list_recoveries`) are offered back.
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from matside.storage import paths
from matside.storage.files import (
    MAX_ROUTINE_BYTES,
    FileRefused,
    atomic_write_text,
    read_regular_file,
)
from matside.storage.library import FileStamp, clean_temp_files, folder_entries, is_regular, slug


@dataclass(frozen=True)
class Recovery:
    """Unsaved edits of a routine, kept while editing and offered back after a crash.

    Attributes:
        file: the recovery file.
        routine_path: the routine the edits belong to; None for a routine never saved.
        name: the routine's name as it was being edited (for showing).
        saved_at: when the edits were written (seconds since the epoch).
        data: the routine as JSON data, which need not be valid.
        pid: the process of the Matside that wrote it, when the file says.
        base: what the routine's file held when the edits began (when the file says): saved
            over a file changed since, the editor asks first.
    """

    file: Path
    routine_path: Path | None
    name: str
    saved_at: float
    data: dict[str, Any]
    pid: int | None = None
    base: FileStamp | None = None


MAX_RECOVERY_BYTES = 4 * MAX_ROUTINE_BYTES
"""The largest recovery file read. It keeps a routine's data as JSON in ASCII, each other
character escaped (six bytes or twelve where the file has three or four): the largest routine
file takes up to about four times its size here."""


def recovery_dir() -> Path:
    return paths.user_data_dir() / "recovery"


def _routine_key(routine_path: Path) -> str:
    try:
        where = str(routine_path.resolve())
    except (OSError, RuntimeError, ValueError):
        where = os.path.abspath(routine_path)
    import hashlib  # here: the library's first frame needs no OpenSSL (a few ms to load)

    digest = hashlib.sha256(where.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return f"{slug(routine_path.stem)}-{digest}"


def recovery_file_for(routine_path: Path | None, editor: str | None = None) -> Path:
    """Where the unsaved edits of ``routine_path`` go.

    Each editor gives its own ``editor`` key, so two editors of one routine (two windows, two
    Matsides) each keep their own file and never remove the other's: keying by editor was
    chosen over locking the routine, which would have to be broken by hand after a crash and
    would stop a second window from even opening it. Each new routine gets a file of its own.
    Without ``editor``: the one file Matside used before editors had keys.
    """
    if routine_path is None:
        return recovery_dir() / f"new-{os.urandom(16).hex()}.json"
    if editor is None:
        return recovery_dir() / f"{_routine_key(routine_path)}.json"
    return recovery_dir() / f"{_routine_key(routine_path)}-{slug(editor)}.json"


_HELD: set[Path] = set()
"""The recovery files that an editor of this process is keeping up to date right now."""


def hold_recovery(file: Path) -> None:
    """Say that an editor of this process is writing ``file``: it is not left over from a
    crash, so it is not offered to anyone else (:func:`list_recoveries`, :func:`find_recovery`)."""
    _HELD.add(Path(os.path.abspath(file)))


def release_recovery(file: Path | None) -> None:
    """The editor no longer writes ``file`` (it closed, or moved to another file)."""
    if file is not None:
        _HELD.discard(Path(os.path.abspath(file)))


def _process_alive(pid: int) -> bool:
    if os.name != "posix" or not 0 < pid < 2**31:
        return False  # no harmless way to ask on Windows: the file is offered
    try:
        os.kill(pid, 0)
    except (ProcessLookupError, OverflowError):
        return False
    except OSError:  # it exists, but belongs to someone else
        return True
    return True


def in_use(recovery: Recovery) -> bool:
    """True when an editor is still writing this recovery file: one of this process, or another
    Matside that is still running. Such edits are not left over from a crash.

    (A process number used again by another program after a crash keeps the file from being
    offered until that program ends; it is never removed meanwhile.)
    """
    if Path(os.path.abspath(recovery.file)) in _HELD:
        return True
    pid = recovery.pid
    return pid is not None and pid != os.getpid() and _process_alive(pid)


def write_recovery(
    file: Path, routine_path: Path | None, data: dict[str, Any], base: FileStamp | None = None
) -> None:
    """Keep unsaved edits in ``file``, atomically, with ``base``: what the routine's file held
    when they began.

    Raises:
        OSError: the file cannot be written (a full disk, a read-only folder).
    """
    name = data.get("name")
    record = {
        "routine": str(routine_path) if routine_path is not None else None,
        "name": name if isinstance(name, str) else "",
        "saved_at": time.time(),
        "pid": os.getpid(),
        "base": None if base is None else [base.mtime_ns, base.size, base.digest],
        "data": data,
    }
    # ASCII with escapes: a file name that is not valid UTF-8 (a lone surrogate) survives too.
    atomic_write_text(file, json.dumps(record, indent=1) + "\n")


def _moment(value: Any, fallback: float) -> float:
    """A time from a recovery file as a moment that can be shown: a finite number of seconds
    from 0 to now. Anything else (text, NaN, 1e308, a number with 400 digits) gives
    ``fallback``, itself kept in the same bounds."""
    now = time.time()
    if isinstance(value, int | float) and not isinstance(value, bool):
        try:
            seconds = float(value)
        except OverflowError:
            seconds = math.nan
        if math.isfinite(seconds) and 0 <= seconds <= now:
            return seconds
    return min(max(fallback, 0.0), now) if math.isfinite(fallback) else now


def _stamp(value: Any) -> FileStamp | None:
    """A recovery file's ``base`` as a stamp, or None when it is none (untrusted: an older
    Matside wrote none, anything else is ignored)."""
    if isinstance(value, list) and len(value) == 3:
        mtime_ns, size, digest = value
        numbers = (mtime_ns, size)
        if all(isinstance(n, int) and not isinstance(n, bool) for n in numbers) and isinstance(
            digest, str
        ):
            return FileStamp(mtime_ns, size, digest)
    return None


def read_recovery(file: Path) -> Recovery | None:
    """A recovery file, or None when it is not one (a broken one is not worth keeping).

    The file is read as untrusted text: a field of the wrong type is ignored (a ``saved_at``
    that is no sensible moment becomes the file's modification time, a name that is no text
    becomes "Untitled"); only a file without its ``data`` object is not a recovery. Never raises.
    """
    try:
        raw = read_regular_file(file, MAX_RECOVERY_BYTES)
        record = json.loads(raw.decode("utf-8"))
    except (FileRefused, ValueError, RecursionError):  # UnicodeDecodeError is a ValueError
        return None
    if not isinstance(record, dict) or not isinstance(record.get("data"), dict):
        return None
    routine = record.get("routine")
    name = record.get("name")
    try:
        modified = file.stat().st_mtime
    except OSError:
        modified = time.time()
    return Recovery(
        file,
        Path(routine) if isinstance(routine, str) and routine and "\x00" not in routine else None,
        name if isinstance(name, str) and name.strip() else "Untitled",
        _moment(record.get("saved_at"), modified),
        record["data"],
        pid if isinstance(pid := record.get("pid"), int) and not isinstance(pid, bool) else None,
        _stamp(record.get("base")),
    )


def list_recoveries(problems: list[str] | None = None) -> list[Recovery]:
    """Every recovery file left behind, newest first; broken ones are removed.

    Edits an editor is still writing (:func:`in_use`) are not left behind, and not listed.
    A recovery folder that cannot be read is added to ``problems`` and treated as empty.
    """
    folder = recovery_dir()
    found = []
    for file in folder_entries(folder, problems):
        if file.name.startswith(".") or file.suffix != ".json" or not is_regular(file):
            continue
        recovery = read_recovery(file)
        if recovery is None:
            if _is_broken(file):
                with contextlib.suppress(OSError):
                    file.unlink()
        elif not in_use(recovery):
            found.append(recovery)
    clean_temp_files(folder, problems=None)
    return sorted(found, key=lambda r: r.saved_at, reverse=True)


def _is_broken(file: Path) -> bool:
    """True when ``file`` can be read but holds no recovery (not when it cannot be read)."""
    try:
        read_regular_file(file, MAX_RECOVERY_BYTES)
    except FileRefused:
        return False
    return True


def find_recovery(routine_path: Path) -> Recovery | None:
    """The unsaved edits left behind for ``routine_path``, if any (the newest, when editors in
    several windows left some)."""
    key = _routine_key(routine_path)
    for recovery in list_recoveries():
        stem = recovery.file.stem
        if stem == key or stem.startswith(f"{key}-"):
            return recovery
    return None


def discard_recovery(file: Path) -> bool:
    """Forget kept edits (after a save, or when the user says so); False when the file could
    not be removed (it stays, and is offered again later: nothing is lost)."""
    try:
        file.unlink(missing_ok=True)
    except OSError:
        return False
    return True
