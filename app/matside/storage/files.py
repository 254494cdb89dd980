"""Reading files that came from somebody else safely, and writing ours atomically.

A routine file, and every picture it names, is untrusted input. Opening a FIFO blocks until a
writer comes (forever), a device can block or stream without end (``/dev/zero``), and a
folder or a huge file can exhaust memory. Everything Matside reads on a stranger's word goes
through :func:`read_regular_file`, so that each of these is a clear refusal, never a hang.

Plain Python, no Qt.
"""

from __future__ import annotations

import functools
import os
import stat
import tempfile
import threading
from pathlib import Path
from typing import Any

from matside.core.checks import Wording, wording
from matside.core.i18n import QT_TRANSLATE_NOOP

MAX_ROUTINE_BYTES = 5 * 1024 * 1024
"""A routine file larger than this is refused (the largest bundled one is about 12 KB)."""
MAX_PICTURE_BYTES = 20 * 1024 * 1024
"""A picture file larger than this is refused."""


class FileRefused(Exception):
    """A file that will not be read: missing, not a regular file, too large or unreadable.

    ``reason`` says why in parts (its English is the exception's text), without the path
    (the caller names the file): ``is a folder, not a file``; ``missing`` tells a file that is
    not there from one that is refused.
    """

    def __init__(self, reason: Wording, *, missing: bool = False) -> None:
        super().__init__(reason.render())
        self.reason = reason
        self.missing = missing


def _refused(template: str, **fields: Any) -> FileRefused:
    return FileRefused(wording(template, predicate=False, **fields))


def _unreadable(error: OSError) -> FileRefused:
    """``cannot be read: Permission denied``: the system's reason stays its own."""
    reason = error.strerror or str(error)
    return _refused(QT_TRANSLATE_NOOP("Problem", "cannot be read: {reason}"), reason=reason)


FOLDER = QT_TRANSLATE_NOOP("Problem", "is a folder, not a file")


def size_text(count: int) -> str:
    """``5 MB``, ``5.09 MB``, ``120 KB``: three figures at most, so that a size just over a
    limit never reads as the limit itself ("5 MB; at most 5 MB")."""
    if count >= 1024 * 1024:
        return f"{count / (1024 * 1024):.3g} MB"
    return f"{count / 1024:.3g} KB"


def _open_regular(path: str | os.PathLike[str], limit: int, inside: Path | None = None) -> int:
    """A descriptor open for reading on a regular file of at most ``limit`` bytes.

    With ``inside``, the file must be a resolved path (no symlink in its last part) and is
    checked, once open, to lie inside that folder: the folder's owner may swap a checked
    file for a symlink between the check and the open.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    if inside is not None:
        flags |= getattr(os, "O_NOFOLLOW", 0)
    try:
        descriptor = os.open(path, flags)
    except FileNotFoundError:
        missing = Wording(QT_TRANSLATE_NOOP("Problem", "no such file"), predicate=False)
        raise FileRefused(missing, missing=True) from None
    except IsADirectoryError:
        raise _refused(FOLDER) from None
    except OSError as error:
        raise _unreadable(error) from None
    except (ValueError, UnicodeError):  # a NUL byte or a lone surrogate in the name
        name = QT_TRANSLATE_NOOP("Problem", "the file name cannot be used on this system")
        raise _refused(name) from None
    try:
        status = os.fstat(descriptor)
        if stat.S_ISDIR(status.st_mode):
            raise _refused(FOLDER)
        if not stat.S_ISREG(status.st_mode):
            raise _refused(
                QT_TRANSLATE_NOOP("Problem", "is not a regular file (a device, pipe or socket)")
            )
        if status.st_size > limit:
            raise _refused(
                QT_TRANSLATE_NOOP("Problem", "is too large ({size}; at most {limit})"),
                size=size_text(status.st_size),
                limit=size_text(limit),
            )
        if inside is not None and not _opened_inside(descriptor, status, path, inside):
            raise _refused(QT_TRANSLATE_NOOP("Problem", "leads outside its folder"))
    except BaseException:
        os.close(descriptor)
        raise
    return descriptor


def _opened_inside(
    descriptor: int, status: os.stat_result, path: str | os.PathLike[str], folder: Path
) -> bool:
    """Whether the open file lies inside ``folder``: where Linux says the descriptor leads,
    or elsewhere the file that the path resolves to now being the very file opened."""
    try:
        real_folder = folder.resolve()
        proc = Path(f"/proc/self/fd/{descriptor}")
        if proc.is_symlink():
            return Path(os.readlink(proc)).is_relative_to(real_folder)
        real = Path(path).resolve()
        return real.is_relative_to(real_folder) and os.path.samestat(status, os.stat(real))
    except (OSError, RuntimeError, ValueError):
        return False


def read_regular_file(
    path: str | os.PathLike[str], limit: int, inside: Path | None = None
) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes.

    The file is opened without blocking (a FIFO cannot hold the caller), checked to be a
    regular file, and read only up to ``limit`` bytes even if it grows meanwhile. With
    ``inside``, the bytes come from a file inside that folder, or from none (see
    :func:`_open_regular`).

    Raises:
        FileRefused: with the reason in plain words.
    """
    descriptor = _open_regular(path, limit, inside)
    try:
        chunks = []
        remaining = limit + 1
        while remaining > 0:
            try:
                chunk = os.read(descriptor, min(remaining, 1 << 20))
            except OSError as error:
                raise _unreadable(error) from None
            if not chunk:
                break
            chunks.append(chunk)
            remaining -= len(chunk)
        data = b"".join(chunks)
    finally:
        os.close(descriptor)
    if len(data) > limit:
        raise _refused(
            QT_TRANSLATE_NOOP("Problem", "is too large (at most {limit})"), limit=size_text(limit)
        )
    return data


def is_inside(path: Path, folder: Path) -> bool:
    """True when ``path`` lies inside ``folder`` once both are resolved (symlinks followed)."""
    try:
        return path.resolve().is_relative_to(folder.resolve())
    except (OSError, RuntimeError, ValueError):  # a symlink loop, a NUL byte
        return False


def atomic_write_text(path: str | os.PathLike[str], text: str) -> None:
    """Write a file so that a crash leaves either the old file or the new one, never a torn one.

    The text goes to a temporary file beside the target, is flushed to disk, and then renamed
    over the target; the folder is synced so the rename itself survives a power cut. The file
    keeps the target's permissions, or gets ordinary ones (0666 less the umask) when new:
    ``mkstemp`` alone would make every saved or exported routine private to its owner.
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        prefix=f".{target.name}.", suffix=".tmp", dir=target.parent
    )
    try:
        if os.name == "posix":
            try:
                mode = stat.S_IMODE(os.stat(target).st_mode)
            except FileNotFoundError:
                mode = 0o666 & ~_umask()
            os.fchmod(handle, mode)
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    _sync_folder(target.parent)


@functools.cache
def _umask() -> int:
    """The process's umask, which can only be read by setting it (once, then kept)."""
    with _UMASK_LOCK:
        mask = os.umask(0o022)
        os.umask(mask)
    return mask


_UMASK_LOCK = threading.Lock()


def _sync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
