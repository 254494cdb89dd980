"""Hear when the system is about to sleep, and when it woke, so a session pauses first.

One interface, :class:`SleepWatch`, with these backends (:func:`make_sleep_watch` picks one):

- Linux: :class:`LinuxSleepWatch` listens to logind's ``PrepareForSleep`` signal on the D-Bus
  system bus and holds a "delay" sleep inhibitor, so that logind waits (up to its
  ``InhibitDelayMaxSec``, 5 s by default) until the session has been told before it sleeps.
- Windows: :class:`WindowsSleepWatch` registers a callback with powrprof's
  ``PowerRegisterSuspendResumeNotification`` (Windows 8 and later; no window, no message
  loop); Windows calls it on a thread of its own and waits for it before it sleeps.
- macOS: :class:`MacSleepWatch` registers with IOKit's ``IORegisterForSystemPower`` and runs a
  CoreFoundation run loop on its own thread; it allows each sleep (``IOAllowPowerChange``) as
  soon as the session has been told.
- :class:`NullSleepWatch` hears nothing (any other system), :class:`RecordingSleepWatch` lets
  tests say when the system sleeps and wakes.

Either way the session also pauses itself when it is woken much later than it expected (a
stall, or a sleep nobody announced): this backend makes the pause come before the sleep.

The callbacks are called on the watcher's thread (or Windows'): the caller hands them over to
its own thread (the UI does it with a queued Qt signal). Each backend never raises: without a
system bus or logind, without powrprof or IOKit, it logs one debug line and hears nothing.
Linux's speaks D-Bus through jeepney, imported on its thread; Windows' and macOS' call the
system's libraries through ctypes, loaded only when they start. Those two are tested against
fakes of the libraries only (tests/backends/test_sleep.py), not run on those systems.
"""

from __future__ import annotations

import functools
import logging
import sys
import threading
from collections.abc import Callable
from types import SimpleNamespace
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


class _ThreadedWatch:
    """What the watches that listen on a daemon thread of their own share: one start, a wait
    until they listen (for tests), and a stop that waits for the thread at most a moment.
    ``_run(going_to_sleep, woke)`` is the thread's body."""

    def __init__(self) -> None:
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
        """Wait until the thread listens (for tests).

        Args:
            timeout: the longest wait, in seconds.

        Returns:
            Whether it listens.
        """
        return self._listening.wait(timeout)

    def _run(self, going_to_sleep: Callback, woke: Callback) -> None:
        raise NotImplementedError

    def _join(self) -> None:
        if self._thread is not None:
            self._thread.join(POLL_SECONDS * 4)


class LinuxSleepWatch(_ThreadedWatch):
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
        super().__init__()
        self._connect: Callable[[], Any] = connect or (lambda: system_bus(timeout))
        self._app_name = app_name
        self._timeout = timeout

    def stop(self) -> None:
        """Stop listening and let the inhibitor go; waits for the thread at most a moment."""
        self._stopping.set()
        self._join()

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


# ---- Windows: powrprof's suspend and resume notifications

DEVICE_NOTIFY_CALLBACK = 2
"""``PowerRegisterSuspendResumeNotification``'s only flag: call a function back."""
PBT_APMSUSPEND = 0x4
PBT_APMRESUMESUSPEND = 0x7
PBT_APMRESUMEAUTOMATIC = 0x12
ERROR_SUCCESS = 0


@functools.cache
def windows_types() -> tuple[Any, Any]:
    """ctypes' ``DEVICE_NOTIFY_CALLBACK_ROUTINE`` and ``DEVICE_NOTIFY_SUBSCRIBE_PARAMETERS``
    (made on first use, so that ctypes is not imported at start-up).

    ``ULONG CALLBACK DeviceNotifyCallbackRoutine(PVOID Context, ULONG Type, PVOID Setting)`` is
    stdcall on Windows; ``ctypes.WINFUNCTYPE`` exists only there, and elsewhere (the tests)
    the C calling convention stands in for it.
    """
    import ctypes

    function_type = getattr(ctypes, "WINFUNCTYPE", ctypes.CFUNCTYPE)
    routine = function_type(ctypes.c_ulong, ctypes.c_void_p, ctypes.c_ulong, ctypes.c_void_p)

    class DeviceNotifySubscribeParameters(ctypes.Structure):
        _fields_ = (("Callback", routine), ("Context", ctypes.c_void_p))

    return routine, DeviceNotifySubscribeParameters


def _load_powrprof() -> Any:
    """powrprof.dll with the two functions declared (Windows 8 and later)."""
    if sys.platform != "win32":
        raise OSError("powrprof exists only on Windows")
    import ctypes

    _, parameters = windows_types()
    powrprof = ctypes.WinDLL("powrprof")
    # DWORD PowerRegisterSuspendResumeNotification(DWORD Flags, HANDLE Recipient,
    #     PHPOWERNOTIFY RegistrationHandle): the recipient is the parameters' address.
    register = powrprof.PowerRegisterSuspendResumeNotification
    register.argtypes = [
        ctypes.c_ulong,
        ctypes.POINTER(parameters),
        ctypes.POINTER(ctypes.c_void_p),
    ]
    register.restype = ctypes.c_ulong
    # DWORD PowerUnregisterSuspendResumeNotification(HPOWERNOTIFY RegistrationHandle)
    unregister = powrprof.PowerUnregisterSuspendResumeNotification
    unregister.argtypes = [ctypes.c_void_p]
    unregister.restype = ctypes.c_ulong
    return powrprof


class WindowsSleepWatch:
    """Hears Windows suspend and resume through a callback registered with powrprof.

    ``PowerRegisterSuspendResumeNotification(DEVICE_NOTIFY_CALLBACK, &{callback, context},
    &handle)`` needs no window and no message loop: Windows calls back on a thread of its own,
    ``PBT_APMSUSPEND`` before the system sleeps (and waits for the callback), then
    ``PBT_APMRESUMEAUTOMATIC`` on every wake and ``PBT_APMRESUMESUSPEND`` as well when a person
    woke it: ``woke`` is called once, on the first. The C callback is kept for as long as it
    is registered. Signatures and numbers: Microsoft's documentation of
    PowerRegisterSuspendResumeNotification, DEVICE_NOTIFY_SUBSCRIBE_PARAMETERS and the power
    management events (powerbase.h, powrprof.h, winuser.h).

    Args:
        load: powrprof with its functions declared, or a fake of it; a passed-in
            ``ctypes.Structure`` or ``c_void_p`` goes by reference.
    """

    def __init__(self, load: Callable[[], Any] | None = None) -> None:
        self._load = load or _load_powrprof
        self._library: Any = None
        self._registration: tuple[Any, Any] | None = None  # (handle, C callback) while registered
        self._going: Callback | None = None
        self._woke: Callback | None = None
        self._asleep = False

    def start(self, going_to_sleep: Callback, woke: Callback) -> None:
        """Register the callback; a second start does nothing.

        Args:
            going_to_sleep: called on Windows' thread before the system sleeps.
            woke: called on Windows' thread once it runs again.
        """
        if self._registration is not None:
            return
        import ctypes

        self._going, self._woke, self._asleep = going_to_sleep, woke, False
        try:
            library = self._load()
            routine, parameters = windows_types()
            callback = routine(self._on_power_event)
            handle = ctypes.c_void_p()
            status = library.PowerRegisterSuspendResumeNotification(
                DEVICE_NOTIFY_CALLBACK, parameters(callback, None), handle
            )
        except Exception as error:
            logger.debug("Cannot hear when the system sleeps (no powrprof: %s)", error)
            return
        if status != ERROR_SUCCESS:
            logger.debug("Cannot hear when the system sleeps (Windows error %s)", status)
            return
        self._library, self._registration = library, (handle, callback)

    def stop(self) -> None:
        """Unregister; the callback goes only once Windows has let it go."""
        if self._registration is None:
            return
        handle, _callback = self._registration
        try:
            status = self._library.PowerUnregisterSuspendResumeNotification(handle)
        except Exception as error:
            status = error
        if status != ERROR_SUCCESS:  # still registered, as far as we know: keep the callback
            logger.debug("Could not stop hearing when the system sleeps (%s)", status)
            return
        self._registration = None
        self._going = self._woke = None

    def _on_power_event(self, _context: int | None, event: int, _setting: int | None) -> int:
        """Windows' call (through the C callback), on a thread of Windows'."""
        if event == PBT_APMSUSPEND:
            self._asleep = True
            if self._going is not None:
                self._going()
        elif event in (PBT_APMRESUMEAUTOMATIC, PBT_APMRESUMESUSPEND) and self._asleep:
            self._asleep = False
            if self._woke is not None:
                self._woke()
        return ERROR_SUCCESS


# ---- macOS: IOKit's system power notifications on a CoreFoundation run loop

IO_MESSAGE_CAN_SYSTEM_SLEEP = 0xE0000270
"""IOKit/IOMessage.h ``kIOMessageCanSystemSleep``: idle sleep may come; allow or veto it."""
IO_MESSAGE_SYSTEM_WILL_SLEEP = 0xE0000280
"""``kIOMessageSystemWillSleep``: the system sleeps once allowed (or after 30 s)."""
IO_MESSAGE_SYSTEM_HAS_POWERED_ON = 0xE0000300
"""``kIOMessageSystemHasPoweredOn``: the system woke."""
IOKIT = "/System/Library/Frameworks/IOKit.framework/IOKit"
CORE_FOUNDATION = "/System/Library/Frameworks/CoreFoundation.framework/CoreFoundation"


@functools.cache
def interest_callback_type() -> Any:
    """ctypes' ``IOServiceInterestCallback``: ``void (*)(void *refcon, io_service_t service,
    uint32_t messageType, void *messageArgument)`` (made on first use)."""
    import ctypes

    return ctypes.CFUNCTYPE(
        None, ctypes.c_void_p, ctypes.c_uint32, ctypes.c_uint32, ctypes.c_void_p
    )


def _declare(function: Any, restype: Any, *argtypes: Any) -> Any:
    function.restype = restype
    function.argtypes = list(argtypes)
    return function


def _load_iokit() -> Any:
    """IOKit's and CoreFoundation's functions that :class:`MacSleepWatch` calls, declared."""
    if sys.platform != "darwin":
        raise OSError("IOKit exists only on macOS")
    import ctypes

    iokit, cf = ctypes.CDLL(IOKIT), ctypes.CDLL(CORE_FOUNDATION)
    ref, port = ctypes.c_void_p, ctypes.c_uint32  # io_connect_t and io_object_t are mach ports
    return SimpleNamespace(
        IORegisterForSystemPower=_declare(
            iokit.IORegisterForSystemPower,
            port,
            ref,
            ctypes.POINTER(ref),
            interest_callback_type(),
            ctypes.POINTER(port),
        ),
        IONotificationPortGetRunLoopSource=_declare(
            iokit.IONotificationPortGetRunLoopSource, ref, ref
        ),
        IOAllowPowerChange=_declare(iokit.IOAllowPowerChange, ctypes.c_int, port, ctypes.c_ssize_t),
        IODeregisterForSystemPower=_declare(
            iokit.IODeregisterForSystemPower, ctypes.c_int, ctypes.POINTER(port)
        ),
        IONotificationPortDestroy=_declare(iokit.IONotificationPortDestroy, None, ref),
        IOServiceClose=_declare(iokit.IOServiceClose, ctypes.c_int, port),
        CFRunLoopGetCurrent=_declare(cf.CFRunLoopGetCurrent, ref),
        CFRunLoopAddSource=_declare(cf.CFRunLoopAddSource, None, ref, ref, ref),
        CFRunLoopRunInMode=_declare(
            cf.CFRunLoopRunInMode, ctypes.c_int32, ref, ctypes.c_double, ctypes.c_ubyte
        ),
        CFRunLoopStop=_declare(cf.CFRunLoopStop, None, ref),
        kCFRunLoopDefaultMode=ctypes.c_void_p.in_dll(cf, "kCFRunLoopDefaultMode").value,
    )


class MacSleepWatch(_ThreadedWatch):
    """Hears macOS sleep and wake through IOKit, on a daemon thread with its own run loop.

    ``IORegisterForSystemPower(refcon, &port, callback, &notifier)`` connects to the root
    power domain; the notification port's run loop source, added to this thread's run loop,
    brings its messages: ``kIOMessageSystemWillSleep`` calls ``going_to_sleep`` and then allows
    the sleep at once (``IOAllowPowerChange``: the system waits for it up to 30 s, so never
    longer than the call takes); ``kIOMessageCanSystemSleep`` is allowed as it comes;
    ``kIOMessageSystemHasPoweredOn`` calls ``woke``. The run loop runs in slices of
    :data:`POLL_SECONDS` so that a stop asked before it runs is never lost; ``stop`` also
    stops it at once (``CFRunLoopStop``), then the thread deregisters, destroys the port and
    closes the connection. Signatures and numbers: IOKit/pwr_mgt/IOPMLib.h, IOKit/IOMessage.h,
    and Apple's Technical Q&A QA1340 (as Chromium's power monitor uses them).

    Args:
        load: an object with those IOKit and CoreFoundation functions and
            ``kCFRunLoopDefaultMode``, declared, or a fake of it; a passed-in ``c_void_p`` or
            ``c_uint32`` goes by reference where the function takes a pointer.
    """

    def __init__(self, load: Callable[[], Any] | None = None) -> None:
        super().__init__()
        self._load = load or _load_iokit
        self._lock = threading.Lock()  # guards _loop between the thread and stop()
        self._loop: Any = None  # the thread's run loop while it runs
        self._library: Any = None
        self._root = 0  # the root power domain's connection while registered
        self._going: Callback | None = None
        self._woke: Callback | None = None

    def stop(self) -> None:
        """Stop the run loop; waits for the thread to let everything go at most a moment."""
        self._stopping.set()
        with self._lock:
            if self._loop is not None:
                self._library.CFRunLoopStop(self._loop)
        self._join()

    def _run(self, going_to_sleep: Callback, woke: Callback) -> None:
        self._going, self._woke = going_to_sleep, woke
        try:
            library = self._load()
        except Exception as error:
            logger.debug("Cannot hear when the system sleeps (no IOKit: %s)", error)
            return
        try:
            self._listen(library)
        except Exception as error:
            logger.debug("Stopped hearing when the system sleeps: %s", error)

    def _listen(self, library: Any) -> None:
        import ctypes

        port, notifier = ctypes.c_void_p(), ctypes.c_uint32()
        # The C callback lives in this frame for as long as it is registered: until the end.
        callback = interest_callback_type()(self._on_message)
        root = library.IORegisterForSystemPower(None, port, callback, notifier)
        if not root:
            logger.debug("Cannot hear when the system sleeps (IORegisterForSystemPower refused)")
            return
        self._library, self._root = library, root
        mode = library.kCFRunLoopDefaultMode
        try:
            loop = library.CFRunLoopGetCurrent()
            library.CFRunLoopAddSource(loop, library.IONotificationPortGetRunLoopSource(port), mode)
            with self._lock:
                self._loop = loop
            self._listening.set()
            while not self._stopping.is_set():
                library.CFRunLoopRunInMode(mode, POLL_SECONDS, False)
        finally:
            with self._lock:
                self._loop = None
            library.IODeregisterForSystemPower(notifier)
            library.IONotificationPortDestroy(port)
            library.IOServiceClose(root)

    def _on_message(
        self, _refcon: int | None, _service: int, message: int, argument: int | None
    ) -> None:
        """IOKit's call (through the C callback), on this watch's thread."""
        if message == IO_MESSAGE_SYSTEM_WILL_SLEEP:
            try:
                if self._going is not None:
                    self._going()
            finally:
                self._allow(argument)
        elif message == IO_MESSAGE_CAN_SYSTEM_SLEEP:
            self._allow(argument)
        elif message == IO_MESSAGE_SYSTEM_HAS_POWERED_ON and self._woke is not None:
            self._woke()

    def _allow(self, notification: int | None) -> None:
        """Let the sleep go ahead (the message's argument is its notification id)."""
        self._library.IOAllowPowerChange(self._root, notification or 0)


SLEEP_WATCHES: dict[str, Callable[[], SleepWatch]] = {
    "linux": LinuxSleepWatch,
    "win32": WindowsSleepWatch,
    "darwin": MacSleepWatch,
}
"""The backend for each platform (a ``sys.platform`` value); any other hears nothing."""


def make_sleep_watch(platform: str) -> SleepWatch:
    """The backend for ``platform`` (a ``sys.platform`` value).

    Args:
        platform: where it runs.

    Returns:
        A watch that has not started yet: logind's, powrprof's, IOKit's, or none.
    """
    return SLEEP_WATCHES.get(platform, NullSleepWatch)()
