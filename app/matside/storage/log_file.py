"""Matside's log: the warnings and errors of every part in one rotated file.

When something goes wrong on the mat (no sound, no voice, the screen went dark, a save failed)
nobody is looking at a terminal. Every module logs through ``logging.getLogger(__name__)``, so
everything lands under the ``matside`` logger; :func:`start_logging` gives that logger a file in
the user's log folder (:func:`matside.storage.paths.user_log_dir`), kept small by rotation, and
with ``--verbose`` the same lines on stderr too. Help ▸ Open log folder shows the file.
"""

from __future__ import annotations

import logging
import logging.handlers
import platform
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

_ROOT = "matside"  # the package: every module's logger is below it


def log_file() -> Path:
    """The current log file."""
    return paths.user_log_dir() / LOG_NAME


@dataclass
class Logging:
    """The handlers :func:`start_logging` added, so that they can be taken away again.

    Attributes:
        file: the log file, or None when it could not be opened.
        problem: why the log file could not be opened, or None.
    """

    file: Path | None
    problem: str | None = None
    handlers: list[logging.Handler] = field(default_factory=list)
    level: int = logging.NOTSET  # the logger's level before, given back by stop()

    def stop(self) -> None:
        """Close the file and stop mirroring (the app is done, or a test is)."""
        logger = logging.getLogger(_ROOT)
        for handler in self.handlers:
            logger.removeHandler(handler)
            handler.close()
        self.handlers.clear()
        logger.setLevel(self.level)


def start_logging(verbose: bool = False, stream: TextIO | None = None) -> Logging:
    """Send Matside's log lines to the log file, and to ``stream`` (stderr) when ``verbose``.

    The file takes information and up; stderr the same lines. A log folder that cannot be
    made or written is no reason not to start: the result says why and the app goes on, with
    the lines on stderr when ``verbose`` asked for them.
    """
    logger = logging.getLogger(_ROOT)
    result = Logging(file=None, level=logger.level)
    logger.setLevel(logging.DEBUG if verbose else logging.INFO)
    formatter = logging.Formatter(LINE_FORMAT)
    target = log_file()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        to_file = logging.handlers.RotatingFileHandler(
            target, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
        )
    except OSError as error:
        result.problem = f"cannot write the log file {target}: {error.strerror or error}"
    else:
        to_file.setLevel(logging.INFO)
        to_file.setFormatter(formatter)
        logger.addHandler(to_file)
        result.handlers.append(to_file)
        result.file = target
    if verbose:
        mirror = logging.StreamHandler(stream or sys.stderr)
        mirror.setFormatter(formatter)
        logger.addHandler(mirror)
        result.handlers.append(mirror)
    if result.problem:
        logger.warning("%s", result.problem)
    logger.info(
        "Matside %s started (Python %s, %s)",
        __version__,
        platform.python_version(),
        platform.platform(),
    )
    return result
