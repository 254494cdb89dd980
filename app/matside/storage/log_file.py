"""Matside's log: the warnings and errors of every part in one rotated file.

When something goes wrong on the mat (no sound, no voice, the screen went dark, a save failed)
nobody is looking at a terminal. Every module logs through ``logging.getLogger(__name__)``, so
everything lands under the ``matside`` logger; :func:`start_logging` gives that logger a file in
the user's log folder (:func:`matside.storage.paths.user_log_dir`), kept small by rotation, and
with ``--verbose`` the same lines on stderr too. Help ▸ Open log folder shows the file.
"""

from __future__ import annotations

import contextlib
import errno
import io
import logging
import os
import stat
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from matside import __version__
from matside.storage import paths

LOG_NAME = "matside.log"
MAX_BYTES = 512 * 1024
"""A log file is rotated at this size..."""
BACKUPS = 2
"""...and this many older files are kept: at most 1.5 MB of log in all."""
LINE_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

HELD_LIMIT = 1000
"""At most this many lines are held for the file before it is open."""

_ROOT = "matside"  # the package: every module's logger is below it


def log_file() -> Path:
    """The current log file."""
    return paths.user_log_dir() / LOG_NAME


def _open_for_appending(path: str, encoding: str | None) -> io.TextIOWrapper:
    """``path`` opened to append text, as a regular file only: a pipe in its place would hold
    the app until someone reads it, a device take lines for ever."""
    flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_NONBLOCK", 0)
    flags |= getattr(os, "O_BINARY", 0)  # Windows: the text layer writes the line ends
    descriptor = os.open(path, flags, 0o644)  # a pipe without a reader: ENXIO, never a wait
    try:
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):
            raise OSError(errno.EINVAL, "not a regular file (a device, pipe or socket)")
        if hasattr(os, "set_blocking"):
            os.set_blocking(descriptor, True)
        return open(descriptor, "a", encoding=encoding)
    except BaseException:
        os.close(descriptor)
        raise


class _Held(logging.Handler):
    """Holds the lines logged before the log file is open, to be written to it then."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        if len(self.records) < HELD_LIMIT:
            self.records.append(record)


@dataclass
class Logging:
    """The handlers :func:`start_logging` added, so that they can be taken away again.

    Attributes:
        file: the log file once open; None before, or when it could not be opened.
        problem: why the log file could not be opened, or None.
    """

    file: Path | None
    problem: str | None = None
    handlers: list[logging.Handler] = field(default_factory=list)
    level: int = logging.NOTSET  # the logger's level before, given back by stop()
    held: _Held | None = None

    def open_file(self) -> None:
        """Open the log file, and write to it what was logged before (see
        :func:`start_logging`). A log folder that cannot be made or written is no reason to
        stop: ``problem`` says why, as does a warning (on stderr, having nowhere else to go)."""
        held, self.held = self.held, None
        if held is None:
            return
        # Imported here: logging.handlers brings socket and pickle, which start-up does not
        # need (the app opens the file once its window is up).
        import logging.handlers

        logger = logging.getLogger(_ROOT)
        logger.removeHandler(held)
        self.handlers.remove(held)

        class LogFile(logging.handlers.RotatingFileHandler):
            """Appends to a regular file only, and drops a line the system cannot write (a
            full disk) without a word: the log must never be what stops the app."""

            def _open(self) -> io.TextIOWrapper:
                return _open_for_appending(self.baseFilename, self.encoding)

            def handleError(self, record: logging.LogRecord) -> None:
                if not isinstance(sys.exc_info()[1], OSError):  # a mistake in a log call
                    super().handleError(record)

            def flush(self) -> None:
                with contextlib.suppress(OSError):
                    super().flush()

        target = log_file()
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            to_file = LogFile(target, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
        except OSError as error:
            self.problem = f"cannot write the log file {target}: {error.strerror or error}"
            logger.warning("%s", self.problem)
            return
        to_file.setLevel(logging.INFO)
        to_file.setFormatter(logging.Formatter(LINE_FORMAT))
        for record in held.records:
            to_file.handle(record)
        logger.addHandler(to_file)
        self.handlers.append(to_file)
        self.file = target

    def stop(self) -> None:
        """Close the file and stop mirroring (the app is done, or a test is)."""
        logger = logging.getLogger(_ROOT)
        for handler in self.handlers:
            logger.removeHandler(handler)
            handler.close()
        self.handlers.clear()
        logger.setLevel(self.level)


def start_logging(
    verbose: bool = False, stream: TextIO | None = None, open_file: bool = True
) -> Logging:
    """Send Matside's log lines to the log file, and to ``stream`` (stderr) when ``verbose``.

    The file takes information and up; the stream the same lines and the debugging ones. With
    ``open_file`` False the lines are held until :meth:`Logging.open_file`: the app opens the
    file after its first frame, so that start-up does not wait for it.
    """
    logger = logging.getLogger(_ROOT)
    held = _Held()
    result = Logging(file=None, level=logger.level, handlers=[held], held=held)
    logger.setLevel(logging.DEBUG if verbose else logging.INFO)
    logger.addHandler(held)
    if verbose:
        mirror = logging.StreamHandler(stream or sys.stderr)
        mirror.setFormatter(logging.Formatter(LINE_FORMAT))
        logger.addHandler(mirror)
        result.handlers.append(mirror)
    # What it ran on, from sys: the platform module would cost start-up time.
    logger.info(
        "Matside %s started (Python %s, %s)", __version__, sys.version.split()[0], sys.platform
    )
    if open_file:
        result.open_file()
    return result
