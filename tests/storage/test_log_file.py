"""The log file: where it is, what reaches it from every part, rotation, and --verbose."""

from __future__ import annotations

import errno
import io
import logging
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from matside.storage import log_file, paths
from matside.storage.log_file import Logging, start_logging


@pytest.fixture
def stop_after() -> Iterator[list[Logging]]:
    """Logging set up by a test is taken down after it, so no test writes another's file."""
    started: list[Logging] = []
    yield started
    for log in started:
        log.stop()


def test_the_log_folder_is_the_users_and_moves_with_matside_home(matside_home: Path) -> None:
    assert paths.user_log_dir() == matside_home / "log"
    assert log_file.log_file() == matside_home / "log" / "matside.log"


@pytest.mark.parametrize(
    "part",
    [
        "matside.backends.audio",
        "matside.backends.speech",
        "matside.backends.awake",
        "matside.ui.main",
        "matside.ui.editor.page",
    ],
)
def test_warnings_of_every_part_reach_the_file(part: str, stop_after: list[Logging]) -> None:
    log = start_logging()
    stop_after.append(log)
    logging.getLogger(part).warning("Sound device failed (%s)", "busy")
    logging.getLogger(part).debug("not for the file")
    log.stop()
    assert log.file == log_file.log_file()
    text = log.file.read_text(encoding="utf-8")
    assert f"WARNING {part}: Sound device failed (busy)" in text
    assert "Matside " in text.splitlines()[0]  # the version and system it ran on, first
    assert "not for the file" not in text


def test_lines_before_the_file_is_open_are_written_to_it_then(
    stop_after: list[Logging],
) -> None:
    # The app opens the file after its first frame: start-up does not wait for it.
    log = start_logging(open_file=False)
    stop_after.append(log)
    logging.getLogger("matside.backends.audio").warning("early")
    assert log.file is None
    assert not log_file.log_file().exists()
    log.open_file()
    logging.getLogger("matside.backends.audio").warning("late")
    log.open_file()  # once is enough; again does nothing
    log.stop()
    lines = log_file.log_file().read_text(encoding="utf-8").splitlines()
    assert [line.split(" ", 2)[2] for line in lines[1:]] == [
        "WARNING matside.backends.audio: early",
        "WARNING matside.backends.audio: late",
    ]


def test_the_file_is_rotated_and_bounded(stop_after: list[Logging]) -> None:
    log = start_logging()
    stop_after.append(log)
    line = "x" * 1000
    for _ in range(4 * log_file.MAX_BYTES // 1000):
        logging.getLogger("matside.backends.audio").warning("%s", line)
    log.stop()
    folder = log_file.log_file().parent
    names = sorted(p.name for p in folder.iterdir())
    assert names == ["matside.log", "matside.log.1", "matside.log.2"]
    assert all((folder / n).stat().st_size <= log_file.MAX_BYTES for n in names)


def test_verbose_mirrors_the_lines_to_stderr(stop_after: list[Logging]) -> None:
    stream = io.StringIO()
    log = start_logging(verbose=True, stream=stream)
    stop_after.append(log)
    logging.getLogger("matside.backends.awake").warning("Cannot keep the screen awake")
    log.stop()
    assert "WARNING matside.backends.awake: Cannot keep the screen awake" in stream.getvalue()
    assert "Cannot keep the screen awake" in log_file.log_file().read_text(encoding="utf-8")


def test_a_log_folder_that_cannot_be_made_stops_nothing(
    matside_home: Path, stop_after: list[Logging]
) -> None:
    (matside_home / "log").write_text("a file where the folder should be", encoding="utf-8")
    stream = io.StringIO()
    log = start_logging(verbose=True, stream=stream)
    stop_after.append(log)
    assert log.file is None
    assert log.problem is not None
    assert str(matside_home / "log" / "matside.log") in log.problem
    assert log.problem in stream.getvalue()


def test_a_pipe_where_the_log_file_goes_holds_nothing_up(
    matside_home: Path, stop_after: list[Logging]
) -> None:
    (matside_home / "log").mkdir()
    os.mkfifo(log_file.log_file())  # no one reads it: opening it to write would wait for ever
    log = start_logging()
    stop_after.append(log)
    assert log.file is None
    assert log.problem is not None
    assert "matside.log" in log.problem


class _FullDisk(io.StringIO):
    def write(self, text: str) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    def flush(self) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")


def test_a_full_disk_drops_the_lines_quietly(
    stop_after: list[Logging], capsys: pytest.CaptureFixture[str]
) -> None:
    log = start_logging()
    stop_after.append(log)
    assert log.file is not None
    (to_file,) = log.handlers
    assert isinstance(to_file, logging.StreamHandler)
    opened = to_file.setStream(_FullDisk())  # from now on every write fails, as on a full disk
    assert opened is not None
    opened.close()
    logging.getLogger("matside.ui.main").warning("a line that cannot be written")
    log.stop()  # flushing and closing raise nothing either
    assert capsys.readouterr().err == ""


def test_a_mistake_in_a_log_call_is_still_reported(
    stop_after: list[Logging], capsys: pytest.CaptureFixture[str]
) -> None:
    log = start_logging()
    stop_after.append(log)
    (to_file,) = log.handlers
    record = logging.LogRecord(
        "matside.ui.main", logging.WARNING, "x", 1, "%s and %s", ("one",), None
    )
    try:
        record.getMessage()  # one argument short: the code's mistake, not the disk's
    except TypeError:
        to_file.handleError(record)
    assert "--- Logging error ---" in capsys.readouterr().err


def test_a_device_where_the_log_file_goes_is_not_written_to(
    matside_home: Path, stop_after: list[Logging]
) -> None:
    (matside_home / "log").mkdir()
    log_file.log_file().symlink_to("/dev/full")
    log = start_logging()
    stop_after.append(log)
    assert log.file is None
    assert log.problem is not None
    assert "not a regular file" in log.problem


def test_stop_takes_every_handler_away(stop_after: list[Logging]) -> None:
    logger = logging.getLogger("matside")
    before = (list(logger.handlers), logger.level)
    log = start_logging(verbose=True, stream=io.StringIO())
    stop_after.append(log)
    assert len(logger.handlers) == len(before[0]) + 2  # the file and the mirror
    log.stop()
    assert (logger.handlers, logger.level) == before
