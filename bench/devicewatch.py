"""When each sound reached the device: a watcher on the ALSA capture folder.

With ``tests/data/alsa-capture.conf`` ALSA writes every sound played to a new file in
``AUDIO_CAPTURE_DIR``, created as the device is opened for it, and written as the sound's
samples reach the device. :class:`DeviceWatch` notes the moment each file is created and the
moment its first samples are written, on ``time.monotonic()`` (``CLOCK_MONOTONIC``, the clock
the app's session runs on, shared by every process of the machine), through inotify: no
polling, a thread that sleeps until the kernel says a file came or grew. So a cue's error is
measured to the sound's first samples at the device, not to ``play()`` returning.

The watcher is a thread of the bench process, which the same load slows down: its own wake-up
delay is in the figure, which is therefore an upper bound. Where the system allows it (root,
``CAP_SYS_NICE``) the watcher runs at real-time priority :data:`WATCH_PRIORITY`, above the cue
thread's, so the load cannot hold the instrument back more than what it measures; ``priority``
says which it was.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import select
import struct
import threading
import time
from pathlib import Path
from types import TracebackType
from typing import Any

IN_MODIFY = 0x00000002
IN_CREATE = 0x00000100
WATCH_PRIORITY = 20
"""The watcher's SCHED_FIFO priority when it may have one: above the app's cue thread (10)."""
_EVENT = struct.Struct("iIII")  # wd, mask, cookie, len; then len bytes of name


class DeviceWatch:
    """Notes ``(file name, monotonic time)`` for every file created in ``folder``, in order,
    and when each was first written to.

    Use as a context manager around the run; ``created`` holds the files in creation order,
    ``written`` the moment of each one's first write, by name, and :meth:`started` both together.

    Raises:
        OSError: inotify is not available.
    """

    def __init__(self, folder: Path):
        self.folder = folder
        self.created: list[tuple[str, float]] = []
        self.written: dict[str, float] = {}
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        self._fd = libc.inotify_init1(os.O_NONBLOCK | os.O_CLOEXEC)
        if self._fd < 0:
            raise OSError(ctypes.get_errno(), "inotify_init1 failed")
        watch = libc.inotify_add_watch(self._fd, os.fsencode(folder), IN_CREATE | IN_MODIFY)
        if watch < 0:
            os.close(self._fd)
            raise OSError(ctypes.get_errno(), f"cannot watch {folder}")
        self._stop_read, self._stop_write = os.pipe()
        self._thread = threading.Thread(target=self._run, name="device-watch", daemon=True)
        self.priority = "normal"
        """How the watcher ran: "real-time priority N (SCHED_FIFO)" or "normal"."""

    def __enter__(self) -> DeviceWatch:
        self._thread.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        os.write(self._stop_write, b"x")
        self._thread.join(5)
        for fd in (self._fd, self._stop_read, self._stop_write):
            os.close(fd)

    def _run(self) -> None:
        try:
            os.sched_setscheduler(0, os.SCHED_FIFO, os.sched_param(WATCH_PRIORITY))
        except (OSError, AttributeError):  # not allowed here, or not Linux: a normal thread
            pass
        else:
            self.priority = f"real-time priority {WATCH_PRIORITY} (SCHED_FIFO)"
        while True:
            ready, _, _ = select.select([self._fd, self._stop_read], [], [])
            now = time.monotonic()
            if self._fd in ready:
                self._read(now)
            if self._stop_read in ready:
                return

    def _read(self, now: float) -> None:
        try:
            data = os.read(self._fd, 64 * 1024)
        except BlockingIOError:
            return
        offset = 0
        while offset < len(data):
            _watch, mask, _cookie, length = _EVENT.unpack_from(data, offset)
            offset += _EVENT.size
            name = data[offset : offset + length].rstrip(b"\0").decode(errors="replace")
            offset += length
            if mask & IN_CREATE:
                self.created.append((name, now))
            if mask & IN_MODIFY:
                self.written.setdefault(name, now)

    def opened(self) -> list[tuple[str, float]]:
        """Every file in creation order with the moment it was made: the device opened and
        set up for the sound, before its first samples."""
        return list(self.created)

    def started(self) -> list[tuple[str, float]]:
        """Every file in creation order with the moment its first samples were written: the
        sound's start at the device (its creation, for a file never written to)."""
        return [(name, self.written.get(name, at)) for name, at in self.created]


def device_errors(sounds: list[dict[str, Any]], started: list[tuple[str, float]]) -> dict[str, Any]:
    """Match the probe's plays to the capture files, in order, and time each against its cue.

    Args:
        sounds: the timing probe's ``sounds`` (one per ``play`` call, dropped cues aside).
        started: :meth:`DeviceWatch.started`.

    Returns:
        ``errors`` (seconds from each cue's due instant to its file's first samples, for plays
        made by the cue thread at their deadlines), ``plays`` and ``files`` (counts: equal when
        every play reached the device), and ``ahead`` (sounds that started before their play
        was called: a sign the two lists were matched wrongly; 0 when all is well).
    """
    plays = [s for s in sounds if "called" in s]
    errors = []
    ahead = 0
    for play, (_name, at) in zip(plays, started, strict=False):
        if at < play["called"]:
            ahead += 1
        if "due" in play and play.get("timed"):
            errors.append(at - play["due"])
    return {"errors": errors, "plays": len(plays), "files": len(started), "ahead": ahead}


def with_opened(sounds: list[dict[str, Any]], watch: DeviceWatch) -> dict[str, Any]:
    """:func:`device_errors` to each sound's first samples, with ``opened_errors``: the same
    cues timed to their device's opening (the file's creation), for comparison."""
    device = device_errors(sounds, watch.started())
    device["opened_errors"] = device_errors(sounds, watch.opened())["errors"]
    return device
