"""Keep the screen awake while a session runs.

One interface, :class:`ScreenAwake`, with a backend per desktop:

- Linux and other freedesktop systems: :class:`LinuxScreenAwake` asks the session's screen
  saver through D-Bus (``org.freedesktop.ScreenSaver.Inhibit``, later ``UnInhibit``).
- Windows: :class:`WindowsScreenAwake` calls ``SetThreadExecutionState``.
- macOS: :class:`MacScreenAwake` runs ``caffeinate -d -i -w PID`` while inhibited.
- :class:`NullScreenAwake` does nothing, :class:`RecordingScreenAwake` records calls for tests.

:func:`make_screen_awake` picks one by platform. Every backend is idempotent (a second
``inhibit`` or ``release`` in a row does nothing), never raises, and quietly becomes a null
backend when its mechanism is missing. ``active`` tells what was asked for: True from
``inhibit`` to ``release``, whether or not the desktop honoured it.

Why the Linux backend speaks D-Bus itself instead of running ``dbus-send``: the specification
ends an inhibition when the caller "disconnects from the D-Bus session bus", and KDE, GNOME and
Xfce enforce that by watching the caller's connection. ``dbus-send`` disconnects as it exits,
so its inhibition would end at once. The little client in :mod:`app.dbus` holds its connection
open for as long as the inhibition lasts, with nothing but the standard library (the core does
not import Qt). It is imported on the backend's thread when it first inhibits: opening the app
does not pay for it.
"""

from __future__ import annotations

import logging
import os
import queue
import sys
import threading
from collections.abc import Callable
from typing import Protocol

from matside import APP_NAME
from matside.backends.dbus import DBUS_TIMEOUT, BusConnection, SessionBus

logger = logging.getLogger(__name__)

SCREENSAVER = "org.freedesktop.ScreenSaver"
SCREENSAVER_PATH = "/org/freedesktop/ScreenSaver"

ES_CONTINUOUS = 0x80000000
ES_SYSTEM_REQUIRED = 0x00000001
ES_DISPLAY_REQUIRED = 0x00000002


class ScreenAwake(Protocol):
    """Keeps the display from blanking or locking while ``active``."""

    @property
    def active(self) -> bool:
        """True from ``inhibit`` until ``release``."""
        ...

    def inhibit(self, reason: str) -> None:
        """Keep the screen awake; does nothing when already active.

        Args:
            reason: why, in a few words, for desktops that list inhibitions.
        """
        ...

    def release(self) -> None:
        """Let the screen sleep again; does nothing when not active."""
        ...


class _Idempotent:
    """The shared bookkeeping: ``active`` and once-only calls to ``_start`` and ``_stop``."""

    def __init__(self) -> None:
        self._active = False

    @property
    def active(self) -> bool:
        """True from ``inhibit`` until ``release``."""
        return self._active

    def inhibit(self, reason: str) -> None:
        """Keep the screen awake; does nothing when already active.

        Args:
            reason: why, in a few words.
        """
        if self._active:
            return
        self._active = True
        self._start(reason)

    def release(self) -> None:
        """Let the screen sleep again; does nothing when not active."""
        if not self._active:
            return
        self._active = False
        self._stop()

    def _start(self, reason: str) -> None:
        raise NotImplementedError

    def _stop(self) -> None:
        raise NotImplementedError


class NullScreenAwake(_Idempotent):
    """Keeps nothing awake; only tracks ``active``."""

    def _start(self, reason: str) -> None:
        pass

    def _stop(self) -> None:
        pass


class RecordingScreenAwake:
    """For tests: records every call, redundant ones too, as ``(name, reason or None)``."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, str | None]] = []
        self._active = False

    @property
    def active(self) -> bool:
        """True from ``inhibit`` until ``release``."""
        return self._active

    def inhibit(self, reason: str) -> None:
        """Record the call and become active.

        Args:
            reason: recorded.
        """
        self.calls.append(("inhibit", reason))
        self._active = True

    def release(self) -> None:
        """Record the call and become inactive."""
        self.calls.append(("release", None))
        self._active = False


# ---- the backends

Job = Callable[[], None]


class _SerialWorker:
    """Runs jobs one after another on a daemon thread, started on first use."""

    def __init__(self, name: str) -> None:
        self._name = name
        self._jobs: queue.SimpleQueue[Job] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def __call__(self, job: Job) -> None:
        with self._lock:
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name=self._name, daemon=True)
                self._thread.start()
        self._jobs.put(job)

    def flush(self, timeout: float) -> bool:
        done = threading.Event()
        self(done.set)
        return done.wait(timeout)

    def _run(self) -> None:
        while True:
            job = self._jobs.get()
            try:
                job()
            except Exception:  # a job must never kill the worker
                logger.debug("Screen-awake job failed", exc_info=True)


def _session_bus(timeout: float) -> BusConnection:
    return SessionBus.connect(timeout=timeout)


class LinuxScreenAwake(_Idempotent):
    """Inhibits the freedesktop screen saver over the D-Bus session bus.

    ``inhibit`` and ``release`` return at once; the D-Bus calls run in order on a daemon
    thread, each step limited to ``timeout`` seconds. The connection that made the Inhibit
    call stays open until ``release`` sends UnInhibit and closes it (desktops end an
    inhibition when its caller disconnects). When there is no bus, no screen saver service,
    or the call fails, the backend logs one debug line and acts as a null backend from then on.

    Args:
        connect: opens a bus connection; the session bus by default. Tests pass a fake.
        run: runs a job off the caller's thread; a serial daemon thread by default. Tests
            pass ``lambda job: job()`` to run jobs at once.
        app_name: the application name given to the screen saver.
        timeout: seconds each D-Bus step may take.
    """

    def __init__(
        self,
        connect: Callable[[], BusConnection] | None = None,
        run: Callable[[Job], None] | None = None,
        *,
        app_name: str = APP_NAME,
        timeout: float = DBUS_TIMEOUT,
    ) -> None:
        super().__init__()
        self._connect: Callable[[], BusConnection] = connect or (lambda: _session_bus(timeout))
        self._worker: _SerialWorker | None = None
        if run is None:
            self._worker = run = _SerialWorker("matside-screen-awake")
        self._run: Callable[[Job], None] = run
        self._app_name = app_name
        # Touched only by jobs, which run one at a time:
        self._bus: BusConnection | None = None
        self._cookie: int | None = None
        self._disabled = False

    @property
    def disabled(self) -> bool:
        """True once inhibiting failed and the backend fell back to doing nothing."""
        return self._disabled

    def flush(self, timeout: float = DBUS_TIMEOUT * 2) -> bool:
        """Wait until the calls asked for so far are done (for tests and for quitting).

        Args:
            timeout: the longest wait, in seconds.

        Returns:
            Whether they finished in time.
        """
        return True if self._worker is None else self._worker.flush(timeout)

    def _start(self, reason: str) -> None:
        self._run(lambda: self._inhibit_now(reason))

    def _stop(self) -> None:
        self._run(self._release_now)

    def _inhibit_now(self, reason: str) -> None:
        if self._disabled or self._cookie is not None:
            return
        try:
            self._bus = self._connect()
            reply = self._bus.call(
                SCREENSAVER, SCREENSAVER_PATH, SCREENSAVER, "Inhibit", "ss", self._app_name, reason
            )
            if len(reply) != 1 or not isinstance(reply[0], int):
                raise ValueError(f"unexpected reply to Inhibit: {reply!r}")
            self._cookie = reply[0]
        except Exception as error:
            self._disabled = True
            self._hang_up()
            logger.debug("Cannot keep the screen awake through D-Bus (%s); carrying on", error)

    def _release_now(self) -> None:
        if self._cookie is None or self._bus is None:
            return
        try:
            self._bus.call(
                SCREENSAVER, SCREENSAVER_PATH, SCREENSAVER, "UnInhibit", "u", self._cookie
            )
        except Exception as error:  # hanging up below ends the inhibition anyway
            logger.debug("UnInhibit failed (%s); hanging up instead", error)
        self._hang_up()

    def _hang_up(self) -> None:
        bus, self._bus, self._cookie = self._bus, None, None
        if bus is not None:
            try:
                bus.close()
            except Exception:
                logger.debug("Closing the D-Bus connection failed", exc_info=True)


def _set_thread_execution_state(flags: int) -> int:
    if sys.platform != "win32":
        raise OSError("SetThreadExecutionState exists only on Windows")
    import ctypes

    function = ctypes.windll.kernel32.SetThreadExecutionState
    function.argtypes = [ctypes.c_uint32]
    function.restype = ctypes.c_uint32
    previous: int = function(flags)
    return previous


class WindowsScreenAwake(_Idempotent):
    """Keeps the display and system awake with ``SetThreadExecutionState``.

    The state belongs to the calling thread and lasts until that thread changes it or ends, so
    call ``inhibit`` and ``release`` from the same long-lived thread: the GUI thread. The call
    is immediate; nothing runs in the background.

    Args:
        set_state: the Win32 function, or a fake; returns the previous state, 0 on failure.
    """

    def __init__(self, set_state: Callable[[int], int] | None = None) -> None:
        super().__init__()
        self._set_state = set_state or _set_thread_execution_state
        self._disabled = False

    def _start(self, reason: str) -> None:
        self._call(ES_CONTINUOUS | ES_DISPLAY_REQUIRED | ES_SYSTEM_REQUIRED)

    def _stop(self) -> None:
        self._call(ES_CONTINUOUS)

    def _call(self, flags: int) -> None:
        if self._disabled:
            return
        try:
            failed = self._set_state(flags) == 0
        except Exception as error:
            failed = True
            logger.debug("SetThreadExecutionState failed: %s", error)
        if failed:
            self._disabled = True
            logger.debug("Cannot keep the screen awake on this Windows; carrying on")


class Process(Protocol):
    """The part of ``subprocess.Popen`` that :class:`MacScreenAwake` uses."""

    def terminate(self) -> None:
        """Ask the process to end."""
        ...

    def kill(self) -> None:
        """End the process."""
        ...

    def wait(self, timeout: float | None = None) -> int:
        """Wait for the process to end.

        Args:
            timeout: the longest wait, in seconds.

        Returns:
            Its exit status.
        """
        ...


def _spawn(command: list[str]) -> Process:
    import subprocess

    return subprocess.Popen(
        command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )


class MacScreenAwake(_Idempotent):
    """Runs ``caffeinate -d -i -w PID`` while inhibited.

    ``-d`` keeps the display awake, ``-i`` the system; ``-w`` ends caffeinate when this
    process ends, so a crash cannot leave the Mac awake.

    Args:
        spawn: starts a command and returns its process; ``subprocess.Popen`` by default.
        pid: the process caffeinate watches; this one by default.
    """

    def __init__(
        self, spawn: Callable[[list[str]], Process] | None = None, pid: int | None = None
    ) -> None:
        super().__init__()
        self._spawn = spawn or _spawn
        self._pid = os.getpid() if pid is None else pid
        self._process: Process | None = None
        self._disabled = False

    def _start(self, reason: str) -> None:
        if self._disabled:
            return
        try:
            self._process = self._spawn(["caffeinate", "-d", "-i", "-w", str(self._pid)])
        except Exception as error:
            self._disabled = True
            logger.debug("Cannot run caffeinate (%s); carrying on", error)

    def _stop(self) -> None:
        process, self._process = self._process, None
        if process is None:
            return
        import subprocess

        try:
            process.terminate()
            process.wait(timeout=1.0)
        except subprocess.TimeoutExpired:
            process.kill()
        except Exception as error:
            logger.debug("Stopping caffeinate failed: %s", error)


def make_screen_awake(platform: str | None = None) -> ScreenAwake:
    """The backend for this platform.

    Args:
        platform: a ``sys.platform`` value; this machine's by default.

    Returns:
        The Windows or macOS backend there, else the freedesktop D-Bus one (which turns into a
        null backend by itself where there is no session bus).
    """
    name = sys.platform if platform is None else platform
    if name == "win32":
        return WindowsScreenAwake()
    if name == "darwin":
        return MacScreenAwake()
    return LinuxScreenAwake()
