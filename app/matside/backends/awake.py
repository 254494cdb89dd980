"""Keep the screen awake while a session runs.

One interface, :class:`ScreenAwake`, with a backend per desktop:

- Linux and other freedesktop systems: :class:`LinuxScreenAwake` asks over the D-Bus session
  bus: the desktop portal first, then the screen saver (see the class).
- Windows: :class:`WindowsScreenAwake` calls ``SetThreadExecutionState``.
- macOS: :class:`MacScreenAwake` runs ``caffeinate -d -i -w PID`` while inhibited.
- :class:`NullScreenAwake` does nothing, :class:`RecordingScreenAwake` records calls for tests.

:func:`make_screen_awake` picks one by platform. Every backend is idempotent (a second
``inhibit`` or ``release`` in a row does nothing), never raises, and quietly becomes a null
backend when its mechanism is missing. ``active`` tells what was asked for: True from
``inhibit`` to ``release``, whether or not the desktop honoured it.

Why the Linux backend holds a D-Bus connection of its own instead of running ``dbus-send``: the
ScreenSaver specification ends an inhibition when the caller "disconnects from the D-Bus session
bus", and the portal closes a caller's requests when it goes; KDE, GNOME and Xfce watch the
caller's connection. ``dbus-send`` disconnects as it exits, so its inhibition would end at once.
The backend speaks D-Bus through jeepney (pure Python, no Qt: backends do not import Qt), on
its own thread, where it is imported at the first inhibit.
"""

from __future__ import annotations

import logging
import os
import queue
import sys
import threading
from collections.abc import Callable
from typing import Any, Protocol

from matside import APP_NAME

logger = logging.getLogger(__name__)

DBUS_TIMEOUT = 2.0
"""Seconds any one D-Bus step may take before the backend gives up on it."""

PORTAL = "org.freedesktop.portal.Desktop"
PORTAL_PATH = "/org/freedesktop/portal/desktop"
PORTAL_INHIBIT = "org.freedesktop.portal.Inhibit"
PORTAL_REQUEST = "org.freedesktop.portal.Request"
PORTAL_IDLE = 8
"""The portal's Inhibit flag for the session going idle: the screen blanking and locking."""

SCREENSAVER = "org.freedesktop.ScreenSaver"
SCREENSAVERS = (
    (SCREENSAVER, "/org/freedesktop/ScreenSaver"),
    ("org.xfce.ScreenSaver", "/org/xfce/ScreenSaver"),
    ("org.mate.ScreenSaver", "/org/mate/ScreenSaver"),
    ("org.cinnamon.ScreenSaver", "/org/cinnamon/ScreenSaver"),
)
"""Screen savers asked after the portal, in order, as (bus name, object path). Each has
``Inhibit(s app, s reason) -> u cookie`` and ``UnInhibit(u cookie)`` on an interface named as
its bus name."""

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


class Bus(Protocol):
    """The part of a jeepney blocking connection (``jeepney.io.blocking.DBusConnection``) used
    here."""

    def send_and_get_reply(self, message: Any, *, timeout: float | None = None) -> Any:
        """Send a method call and wait for its reply or error.

        Args:
            message: a ``jeepney.Message``.
            timeout: the longest wait, in seconds; ``TimeoutError`` after it.

        Returns:
            The reply, a ``jeepney.Message``.
        """
        ...

    def close(self) -> None:
        """Hang up."""
        ...


Call = tuple[str, str, str, str, str, tuple[object, ...]]
"""A method call: bus name, object path, interface, member, signature, arguments."""


def session_bus(timeout: float = DBUS_TIMEOUT) -> Bus:
    """A new connection to the session bus.

    Args:
        timeout: seconds the connection's authentication may take.

    Returns:
        A jeepney blocking connection.

    Raises:
        OSError: no session bus address is known, or its socket is missing.
    """
    from jeepney.io.blocking import open_dbus_connection

    address = os.environ.get("DBUS_SESSION_BUS_ADDRESS", "")
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if not address and runtime:  # where systemd starts the user's bus; jeepney does not look
        address = "unix:path=" + os.path.join(runtime, "bus")
    if not address:
        raise OSError("no session bus: neither DBUS_SESSION_BUS_ADDRESS nor XDG_RUNTIME_DIR")
    connection: Bus = open_dbus_connection(address, auth_timeout=timeout)
    return connection


class LinuxScreenAwake(_Idempotent):
    """Inhibits the screen saver over the D-Bus session bus, through the first that answers of:

    1. the XDG desktop portal's ``Inhibit`` with the idle flag (GNOME, KDE, and the only way
       out of a Flatpak sandbox); ``Close`` on the request it returns ends it;
    2. ``org.freedesktop.ScreenSaver``'s ``Inhibit``, ended by ``UnInhibit`` with its cookie;
    3. the same methods under Xfce's, MATE's and Cinnamon's own names (:data:`SCREENSAVERS`).

    ``inhibit`` and ``release`` return at once; the D-Bus calls run in order on a daemon
    thread, each limited to ``timeout`` seconds. The connection that made the Inhibit call
    stays open until ``release`` ends the inhibition and hangs up (desktops end an inhibition
    when its caller disconnects). When there is no bus or nobody grants the inhibition, the
    backend logs one debug line and acts as a null backend from then on.

    Args:
        connect: opens a bus connection; :func:`session_bus` by default.
        run: runs a job off the caller's thread; a serial daemon thread by default. Tests
            pass ``lambda job: job()`` to run jobs at once.
        app_name: the application name given to the screen saver.
        timeout: seconds each D-Bus step may take.
    """

    def __init__(
        self,
        connect: Callable[[], Bus] | None = None,
        run: Callable[[Job], None] | None = None,
        *,
        app_name: str = APP_NAME,
        timeout: float = DBUS_TIMEOUT,
    ) -> None:
        super().__init__()
        self._connect: Callable[[], Bus] = connect or (lambda: session_bus(timeout))
        self._worker: _SerialWorker | None = None
        if run is None:
            self._worker = run = _SerialWorker("matside-screen-awake")
        self._run: Callable[[Job], None] = run
        self._app_name = app_name
        self._timeout = timeout
        # Touched only by jobs, which run one at a time: the connection holding the
        # inhibition, and the call that ends it.
        self._bus: Bus | None = None
        self._end: Call | None = None
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
        if self._disabled or self._bus is not None:
            return
        try:
            bus = self._connect()
        except Exception as error:
            self._give_up(f"no session bus: {error}")
            return
        failures = []
        for name, path in [(PORTAL, PORTAL_PATH), *SCREENSAVERS]:
            try:
                if name == PORTAL:
                    self._end = self._ask_portal(bus, reason)
                else:
                    self._end = self._ask_screensaver(bus, name, path, reason)
            except Exception as error:  # the next one may answer
                failures.append(f"{name}: {str(error) or type(error).__name__}")
                continue
            self._bus = bus
            return
        _hang_up(bus)
        self._give_up("; ".join(failures))

    def _ask_portal(self, bus: Bus, reason: str) -> Call:
        options = {"reason": ("s", reason)}
        handle = self._call(
            bus,
            (PORTAL, PORTAL_PATH, PORTAL_INHIBIT, "Inhibit", "sua{sv}", ("", PORTAL_IDLE, options)),
        )
        if not isinstance(handle, str):
            raise ValueError(f"unexpected reply {handle!r}")
        return (PORTAL, handle, PORTAL_REQUEST, "Close", "", ())

    def _ask_screensaver(self, bus: Bus, name: str, path: str, reason: str) -> Call:
        cookie = self._call(bus, (name, path, name, "Inhibit", "ss", (self._app_name, reason)))
        if not isinstance(cookie, int):
            raise ValueError(f"unexpected reply {cookie!r}")
        return (name, path, name, "UnInhibit", "u", (cookie,))

    def _call(self, bus: Bus, call: Call) -> object:
        """Make ``call`` and wait for its reply; its one value, or None when it has none."""
        from jeepney import DBusAddress, new_method_call
        from jeepney.wrappers import unwrap_msg

        name, path, interface, member, signature, args = call
        message = new_method_call(DBusAddress(path, name, interface), member, signature, args)
        body = unwrap_msg(bus.send_and_get_reply(message, timeout=self._timeout))
        return body[0] if len(body) == 1 else None

    def _release_now(self) -> None:
        bus, end = self._bus, self._end
        self._bus = self._end = None
        if bus is None or end is None:
            return
        try:
            self._call(bus, end)
        except Exception as error:  # hanging up below ends the inhibition anyway
            logger.debug("Ending the inhibition failed (%s); hanging up instead", error)
        _hang_up(bus)

    def _give_up(self, why: str) -> None:
        self._disabled = True
        logger.warning("Cannot keep the screen awake through D-Bus (%s); carrying on", why)


def _hang_up(bus: Bus) -> None:
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
            logger.warning("Cannot keep the screen awake on this Windows; carrying on")


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
            logger.warning("Cannot keep the screen awake: caffeinate failed (%s)", error)

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
