"""Hear when the system is about to sleep, and when it woke, so a session pauses first.

One interface, :class:`SleepWatch`, with these backends:

- Linux: :class:`LinuxSleepWatch` listens to logind's ``PrepareForSleep`` signal on the D-Bus
  system bus and holds a "delay" sleep inhibitor, so that logind waits (up to its
  ``InhibitDelayMaxSec``, 5 s by default) until the session has been told before it sleeps.
- :class:`NullSleepWatch` hears nothing (Windows, macOS: see docs/performance.md for what is
  left), :class:`RecordingSleepWatch` lets tests say when the system sleeps and wakes.

Either way the session also pauses itself when it is woken much later than it expected (a
stall, or a sleep nobody announced): this backend makes the pause come before the sleep.

The callbacks are called on the watcher's own thread: the caller hands them over to its own
thread (the UI does it with a queued Qt signal). Like the screen-awake backend, the Linux one
speaks D-Bus through jeepney on its own thread, imported there, and never raises: without a
system bus or logind it logs one debug line and hears nothing.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, Protocol

from matside import APP_NAME

logger = logging.getLogger(__name__)

LOGIN1 = "org.freedesktop.login1"
LOGIN1_PATH = "/org/freedesktop/login1"
LOGIN1_MANAGER = "org.freedesktop.login1.Manager"
INHIBIT_WHY = "Pause the workout before the computer sleeps"
DBUS_TIMEOUT = 2.0
"""Seconds any one D-Bus call may take."""
POLL_SECONDS = 0.25
"""How often the watcher thread looks whether it was asked to stop."""

Callback = Callable[[], None]


class SleepWatch(Protocol):
    """Tells when the system is about to sleep and when it woke."""

    def start(self, going_to_sleep: Callback, woke: Callback) -> None:
        """Start listening; the callbacks may come on another thread. A second start does
        nothing.

        Args:
            going_to_sleep: called before the system sleeps.
            woke: called once it runs again.
        """
        ...

    def stop(self) -> None:
        """Stop listening (and let the system sleep without waiting for us)."""
        ...


class NullSleepWatch:
    """Hears nothing."""

    def start(self, going_to_sleep: Callback, woke: Callback) -> None:
        """Do nothing.

        Args:
            going_to_sleep: never called.
            woke: never called.
        """

    def stop(self) -> None:
        """Do nothing."""


class RecordingSleepWatch:
    """For tests: :meth:`sleep` and :meth:`wake` call the callbacks, as the system would."""

    def __init__(self) -> None:
        self.started = False
        self._going: Callback | None = None
        self._woke: Callback | None = None

    def start(self, going_to_sleep: Callback, woke: Callback) -> None:
        """Keep the callbacks.

        Args:
            going_to_sleep: called by :meth:`sleep`.
            woke: called by :meth:`wake`.
        """
        if not self.started:
            self.started = True
            self._going, self._woke = going_to_sleep, woke

    def stop(self) -> None:
        """Forget the callbacks."""
        self.started = False
        self._going = self._woke = None

    def sleep(self) -> None:
        """The system is about to sleep."""
        if self._going is not None:
            self._going()

    def wake(self) -> None:
        """The system woke."""
        if self._woke is not None:
            self._woke()


def system_bus(timeout: float = DBUS_TIMEOUT) -> Any:
    """A new connection to the system bus that can receive file descriptors.

    Args:
        timeout: seconds the connection's authentication may take.

    Returns:
        A jeepney blocking connection (``$DBUS_SYSTEM_BUS_ADDRESS`` or the standard socket).
    """
    from jeepney.io.blocking import open_dbus_connection

    return open_dbus_connection("SYSTEM", enable_fds=True, auth_timeout=timeout)


class LinuxSleepWatch:
    """Listens to logind's ``PrepareForSleep(b start)`` on the system bus, on a daemon thread.

    While it listens it holds a "delay" sleep inhibitor (``Inhibit("sleep", …, "delay")``): on
    ``PrepareForSleep(true)`` it calls ``going_to_sleep`` and then lets the inhibitor go, so
    logind sleeps at once; on ``PrepareForSleep(false)`` it calls ``woke`` and takes a new one.
    Without the inhibitor (logind refused it) the signal still comes, only without the wait.

    Args:
        connect: opens a system bus connection; :func:`system_bus` by default.
        app_name: who holds the inhibitor, as ``systemd-inhibit --list`` shows it.
        timeout: seconds each D-Bus call may take.
    """

    def __init__(
        self,
        connect: Callable[[], Any] | None = None,
        *,
        app_name: str = APP_NAME,
        timeout: float = DBUS_TIMEOUT,
    ) -> None:
        self._connect: Callable[[], Any] = connect or (lambda: system_bus(timeout))
        self._app_name = app_name
        self._timeout = timeout
        self._stopping = threading.Event()
        self._listening = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self, going_to_sleep: Callback, woke: Callback) -> None:
        """Start listening on a daemon thread; a second start does nothing.

        Args:
            going_to_sleep: called on that thread before the system sleeps.
            woke: called on that thread once it runs again.
        """
        if self._thread is not None:
            return
        self._thread = threading.Thread(
            target=self._run, args=(going_to_sleep, woke), name="matside-sleep-watch", daemon=True
        )
        self._thread.start()

    def wait_listening(self, timeout: float) -> bool:
        """Wait until the watcher hears the signal (for tests).

        Args:
            timeout: the longest wait, in seconds.

        Returns:
            Whether it listens.
        """
        return self._listening.wait(timeout)

    def stop(self) -> None:
        """Stop listening and let the inhibitor go; waits for the thread at most a moment."""
        self._stopping.set()
        if self._thread is not None:
            self._thread.join(POLL_SECONDS * 4)

    def _run(self, going_to_sleep: Callback, woke: Callback) -> None:
        try:
            bus = self._connect()
        except Exception as error:
            logger.debug("Cannot hear when the system sleeps (no system bus: %s)", error)
            return
        try:
            self._listen(bus, going_to_sleep, woke)
        except Exception as error:  # the bus went away: carry on without
            logger.debug("Stopped hearing when the system sleeps: %s", error)
        finally:
            bus.close()

    def _listen(self, bus: Any, going_to_sleep: Callback, woke: Callback) -> None:
        from jeepney import MatchRule, message_bus
        from jeepney.io.blocking import Proxy

        fields = {"interface": LOGIN1_MANAGER, "member": "PrepareForSleep", "path": LOGIN1_PATH}
        # The bus checks the sender (only logind's name may send it); the signals come in
        # from logind's unique name, so the local filter leaves the sender out.
        Proxy(message_bus, bus, timeout=self._timeout).AddMatch(
            MatchRule(type="signal", sender=LOGIN1, **fields)
        )
        with bus.filter(MatchRule(type="signal", **fields), bufsize=16) as signals:
            lock = self._inhibit(bus)
            self._listening.set()
            while not self._stopping.is_set():
                try:
                    signal = bus.recv_until_filtered(signals, timeout=POLL_SECONDS)
                except TimeoutError:
                    continue
                if signal.body == (True,):
                    going_to_sleep()
                    _let_go(lock)
                    lock = None
                elif signal.body == (False,):
                    woke()
                    if lock is None:
                        lock = self._inhibit(bus)
            _let_go(lock)

    def _inhibit(self, bus: Any) -> Any:
        """A delay inhibitor's file descriptor, or None when logind refuses one."""
        from jeepney import DBusAddress, new_method_call
        from jeepney.wrappers import unwrap_msg

        address = DBusAddress(LOGIN1_PATH, LOGIN1, LOGIN1_MANAGER)
        message = new_method_call(
            address, "Inhibit", "ssss", ("sleep", self._app_name, INHIBIT_WHY, "delay")
        )
        try:
            (fd,) = unwrap_msg(bus.send_and_get_reply(message, timeout=self._timeout))
        except Exception as error:
            logger.debug("No sleep delay from logind (%s); the signal alone will do", error)
            return None
        return fd


def _let_go(lock: Any) -> None:
    """Close an inhibitor's file descriptor: logind need not wait for us any more."""
    if lock is not None:
        lock.close()


def make_sleep_watch(platform: str) -> SleepWatch:
    """The backend for ``platform`` (a ``sys.platform`` value): logind's on Linux, else none.

    Args:
        platform: where it runs.

    Returns:
        A watch that has not started yet.
    """
    if platform.startswith("linux"):
        return LinuxSleepWatch()
    return NullSleepWatch()
