"""Hearing the system sleep: the logind backend against a private bus daemon with a stand-in
logind served by jeepney (its Inhibit hands over a real pipe, so the test sees when the
backend lets the delay go); the Windows and macOS backends against fakes of powrprof and of
IOKit with CoreFoundation that call the backend's real C callback with the systems' message
numbers (these backends are not run on Windows or macOS here); the null and recording ones."""

from __future__ import annotations

import ctypes
import gc
import logging
import os
import queue
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from jeepney import (
    DBusAddress,
    DBusNameFlags,
    HeaderFields,
    MessageType,
    message_bus,
    new_error,
    new_method_return,
    new_signal,
)
from jeepney.io.blocking import Proxy, open_dbus_connection

from matside.backends.sleep import (
    DEVICE_NOTIFY_CALLBACK,
    INHIBIT_WHY,
    IO_MESSAGE_CAN_SYSTEM_SLEEP,
    IO_MESSAGE_SYSTEM_HAS_POWERED_ON,
    IO_MESSAGE_SYSTEM_WILL_SLEEP,
    LOGIN1,
    LOGIN1_MANAGER,
    LOGIN1_PATH,
    PBT_APMRESUMEAUTOMATIC,
    PBT_APMRESUMESUSPEND,
    PBT_APMSUSPEND,
    LinuxSleepWatch,
    MacSleepWatch,
    NullSleepWatch,
    RecordingSleepWatch,
    WindowsSleepWatch,
    make_sleep_watch,
    windows_types,
)


class Logind:
    """A stand-in logind: answers ``Inhibit`` with the write end of a new pipe (or refuses),
    and sends ``PrepareForSleep`` when told to. ``locks`` holds the read ends: one reads EOF
    once the backend has let that inhibitor go."""

    def __init__(self, address: str, grant: bool = True) -> None:
        self.grant = grant
        self.inhibits: list[tuple[object, ...]] = []
        self.locks: list[int] = []
        self.bus = open_dbus_connection(address, enable_fds=True)
        owner = Proxy(message_bus, self.bus, timeout=5).RequestName(
            LOGIN1, DBusNameFlags.do_not_queue
        )
        assert owner == (1,)
        self._signals: queue.SimpleQueue[bool] = queue.SimpleQueue()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, name="logind", daemon=True)
        self._thread.start()

    def prepare_for_sleep(self, start: bool) -> None:
        self._signals.put(start)

    def _serve(self) -> None:
        emitter = DBusAddress(LOGIN1_PATH, interface=LOGIN1_MANAGER)
        while not self._stop.is_set():
            while not self._signals.empty():
                start = self._signals.get()
                self.bus.send(new_signal(emitter, "PrepareForSleep", "b", (start,)))
            try:
                message = self.bus.receive(timeout=0.02)
            except TimeoutError:
                continue
            if message.header.message_type is not MessageType.method_call:
                continue
            assert message.header.fields[HeaderFields.member] == "Inhibit"
            self.inhibits.append(message.body)
            if not self.grant:
                self.bus.send(new_error(message, "org.freedesktop.DBus.Error.AccessDenied"))
                continue
            read_end, write_end = os.pipe()
            self.locks.append(read_end)
            self.bus.send(new_method_return(message, "h", (write_end,)))
            os.close(write_end)  # the backend holds the only copy now

    def released(self, lock: int) -> bool:
        """Whether the backend has closed inhibitor number ``lock`` (waits a little)."""
        os.set_blocking(self.locks[lock], True)
        import select

        ready, _, _ = select.select([self.locks[lock]], [], [], 5)
        return bool(ready) and os.read(self.locks[lock], 1) == b""

    def close(self) -> None:
        self._stop.set()
        self._thread.join(5)
        self.bus.close()
        for lock in self.locks:
            os.close(lock)


@pytest.fixture
def logind(system_bus: str) -> Iterator[Logind]:
    stand_in = Logind(system_bus)
    try:
        yield stand_in
    finally:
        stand_in.close()


class Heard:
    def __init__(self) -> None:
        self.calls: queue.SimpleQueue[str] = queue.SimpleQueue()

    def going(self) -> None:
        self.calls.put("going to sleep")

    def woke(self) -> None:
        self.calls.put("woke")

    def next(self) -> str:
        return self.calls.get(timeout=5)


def test_prepare_for_sleep_is_heard_and_the_delay_let_go_until_the_wake(logind: Logind) -> None:
    heard = Heard()
    watch = LinuxSleepWatch()
    watch.start(heard.going, heard.woke)
    try:
        assert watch.wait_listening(5)
        assert logind.inhibits == [("sleep", "Matside", INHIBIT_WHY, "delay")]
        logind.prepare_for_sleep(True)
        assert heard.next() == "going to sleep"
        assert logind.released(0)  # logind need not wait any longer
        logind.prepare_for_sleep(False)
        assert heard.next() == "woke"
        logind.prepare_for_sleep(True)  # the next sleep is delayed again
        assert heard.next() == "going to sleep"
        assert len(logind.inhibits) == 2
        assert logind.released(1)
    finally:
        watch.stop()


def test_stopping_lets_the_delay_go(logind: Logind) -> None:
    watch = LinuxSleepWatch()
    heard = Heard()
    watch.start(heard.going, heard.woke)
    watch.start(heard.going, heard.woke)  # a second start does nothing
    assert watch.wait_listening(5)
    watch.stop()
    assert logind.released(0)
    assert len(logind.inhibits) == 1


def test_without_a_delay_the_signal_is_still_heard(
    system_bus: str, caplog: pytest.LogCaptureFixture
) -> None:
    stand_in = Logind(system_bus, grant=False)
    heard = Heard()
    watch = LinuxSleepWatch()
    try:
        with caplog.at_level(logging.DEBUG, logger="matside.backends.sleep"):
            watch.start(heard.going, heard.woke)
            assert watch.wait_listening(5)
            stand_in.prepare_for_sleep(True)
            assert heard.next() == "going to sleep"
            stand_in.prepare_for_sleep(False)
            assert heard.next() == "woke"
        assert "AccessDenied" in caplog.text
    finally:
        watch.stop()
        stand_in.close()


def test_no_system_bus_means_one_notice_and_nothing_heard(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("DBUS_SYSTEM_BUS_ADDRESS", f"unix:path={tmp_path}/none")
    watch = LinuxSleepWatch()
    with caplog.at_level(logging.DEBUG, logger="matside.backends.sleep"):
        watch.start(Heard().going, Heard().woke)
        watch.stop()
    (record,) = caplog.records
    assert "no system bus" in record.getMessage()


def test_without_logind_the_watch_listens_and_asks_no_more(
    system_bus: str, caplog: pytest.LogCaptureFixture
) -> None:
    watch = LinuxSleepWatch()  # no logind: AddMatch works, the sender never speaks
    with caplog.at_level(logging.DEBUG, logger="matside.backends.sleep"):
        watch.start(Heard().going, Heard().woke)
        assert watch.wait_listening(5)
        watch.stop()
    assert "No sleep delay" in caplog.text


def test_the_recording_and_null_watches() -> None:
    heard = Heard()
    recording = RecordingSleepWatch()
    recording.sleep()  # before start: nothing to call
    recording.start(heard.going, heard.woke)
    assert recording.started
    recording.sleep()
    recording.wake()
    assert [heard.next(), heard.next()] == ["going to sleep", "woke"]
    recording.stop()
    recording.wake()
    assert heard.calls.empty()
    null = NullSleepWatch()
    null.start(heard.going, heard.woke)
    null.stop()


@pytest.mark.parametrize(
    ("platform", "kind"),
    [
        ("linux", LinuxSleepWatch),
        ("win32", WindowsSleepWatch),
        ("darwin", MacSleepWatch),
        ("freebsd14", NullSleepWatch),
    ],
)
def test_make_sleep_watch_picks_by_platform(platform: str, kind: type) -> None:
    assert isinstance(make_sleep_watch(platform), kind)


# ---- Windows


class FakePowrProf:
    """powrprof as Windows uses it: the registration keeps only the callback's address (as C
    does, so only the backend keeps the callback alive), and :meth:`send` calls it there with
    a power event, as Windows does before it sleeps and after it wakes. ``log`` records the
    calls in order, and what the callback returned."""

    def __init__(self, log: list[object], status: int = 0, unregister_status: int = 0) -> None:
        self.log = log
        self.status = status
        self.unregister_status = unregister_status
        self.address: int | None = None

    def PowerRegisterSuspendResumeNotification(
        self, flags: int, parameters: Any, handle: ctypes.c_void_p
    ) -> int:
        self.log.append(("register", flags, parameters.Context))
        self.address = ctypes.cast(parameters.Callback, ctypes.c_void_p).value
        handle.value = 0xBEEF
        return self.status

    def PowerUnregisterSuspendResumeNotification(self, handle: ctypes.c_void_p) -> int:
        self.log.append(("unregister", handle.value))
        return self.unregister_status

    def send(self, event: int) -> None:
        routine, _ = windows_types()
        returned = routine(self.address)(None, event, None)
        self.log.append(("returned", returned))


def windows_watch(fake: FakePowrProf) -> WindowsSleepWatch:
    watch = WindowsSleepWatch(load=lambda: fake)
    watch.start(lambda: fake.log.append("going to sleep"), lambda: fake.log.append("woke"))
    return watch


def test_windows_suspend_is_heard_before_windows_goes_on_and_each_wake_once() -> None:
    log: list[object] = []
    fake = FakePowrProf(log)
    watch = windows_watch(fake)
    watch.start(lambda: log.append("again"), lambda: log.append("again"))  # does nothing
    gc.collect()  # the callback lives on: the backend keeps it, not the registration
    fake.send(PBT_APMSUSPEND)
    fake.send(PBT_APMRESUMEAUTOMATIC)
    fake.send(PBT_APMRESUMESUSPEND)  # the same wake, when a person woke it
    fake.send(0xA)  # PBT_APMPOWERSTATUSCHANGE: nothing to do with sleep
    fake.send(PBT_APMSUSPEND)
    fake.send(PBT_APMRESUMESUSPEND)
    assert log == [
        ("register", DEVICE_NOTIFY_CALLBACK, None),
        "going to sleep",
        ("returned", 0),  # Windows goes on to sleep only now
        "woke",
        ("returned", 0),
        ("returned", 0),
        ("returned", 0),
        "going to sleep",
        ("returned", 0),
        "woke",
        ("returned", 0),
    ]
    watch.stop()
    watch.stop()  # a second stop does nothing
    assert log[-1] == ("unregister", 0xBEEF)
    assert log.count(("unregister", 0xBEEF)) == 1


def test_windows_refusing_the_registration_means_one_notice_and_nothing_heard(
    caplog: pytest.LogCaptureFixture,
) -> None:
    log: list[object] = []
    fake = FakePowrProf(log, status=87)  # ERROR_INVALID_PARAMETER
    with caplog.at_level(logging.DEBUG, logger="matside.backends.sleep"):
        watch = windows_watch(fake)
        watch.stop()
    (record,) = caplog.records
    assert "Windows error 87" in record.getMessage()
    assert log == [("register", DEVICE_NOTIFY_CALLBACK, None)]  # nothing to unregister


def test_without_powrprof_the_windows_watch_hears_nothing(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.DEBUG, logger="matside.backends.sleep"):
        watch = WindowsSleepWatch()  # the real one: there is no powrprof here
        watch.start(Heard().going, Heard().woke)
        watch.stop()
    (record,) = caplog.records
    assert "no powrprof" in record.getMessage()


def test_windows_keeps_the_callback_while_it_may_still_be_called(
    caplog: pytest.LogCaptureFixture,
) -> None:
    log: list[object] = []
    fake = FakePowrProf(log, unregister_status=5)
    watch = windows_watch(fake)
    with caplog.at_level(logging.DEBUG, logger="matside.backends.sleep"):
        watch.stop()
    assert "Could not stop" in caplog.text
    gc.collect()
    fake.send(PBT_APMSUSPEND)  # still registered as far as anyone knows: still heard safely
    assert log[-2:] == ["going to sleep", ("returned", 0)]


# ---- macOS

ROOT_PORT = 0x2303
NOTIFY_PORT = 0x1000
NOTIFIER = 77
RUN_LOOP, SOURCE, DEFAULT_MODE = 0x4000, 0x3000, 0x5000


class FakeIOKit:
    """IOKit and CoreFoundation as the backend uses them. IOKit's messages come in as they do
    on macOS: inside ``CFRunLoopRunInMode``, on the thread that runs the loop, through the C
    callback that ``IORegisterForSystemPower`` was given. ``log`` records the calls in order."""

    kCFRunLoopDefaultMode = DEFAULT_MODE

    def __init__(self, log: list[object], root: int = ROOT_PORT) -> None:
        self.log = log
        self.root = root
        self.callback: Any = None
        self.runner: threading.Thread | None = None
        self.listening = threading.Event()
        self._inbox: queue.SimpleQueue[tuple[int, int] | None] = queue.SimpleQueue()
        self._handled: queue.SimpleQueue[int] = queue.SimpleQueue()

    def IORegisterForSystemPower(
        self, refcon: None, port: ctypes.c_void_p, callback: Any, notifier: ctypes.c_uint32
    ) -> int:
        self.log.append(("register", refcon))
        self.callback = callback
        port.value, notifier.value = NOTIFY_PORT, NOTIFIER
        return self.root

    def IONotificationPortGetRunLoopSource(self, port: ctypes.c_void_p) -> int:
        assert port.value == NOTIFY_PORT
        return SOURCE

    def CFRunLoopGetCurrent(self) -> int:
        self.runner = threading.current_thread()
        return RUN_LOOP

    def CFRunLoopAddSource(self, loop: int, source: int, mode: int) -> None:
        self.log.append(("add source", loop, source, mode))

    def CFRunLoopRunInMode(self, mode: int, seconds: float, after_one: bool) -> int:
        assert (mode, after_one) == (DEFAULT_MODE, False)
        assert threading.current_thread() is self.runner
        self.listening.set()
        try:
            item = self._inbox.get(timeout=seconds)
        except queue.Empty:
            return 3  # kCFRunLoopRunTimedOut
        if item is None:
            return 2  # kCFRunLoopRunStopped
        message, argument = item
        self.callback(None, 0x99, message, argument)
        self._handled.put(message)
        return 4  # kCFRunLoopRunHandledSource

    def CFRunLoopStop(self, loop: int) -> None:
        self.log.append(("stop", loop))
        self._inbox.put(None)

    def IOAllowPowerChange(self, root: int, notification: int) -> int:
        self.log.append(("allow", root, notification))
        return 0

    def IODeregisterForSystemPower(self, notifier: ctypes.c_uint32) -> int:
        self.log.append(("deregister", notifier.value))
        return 0

    def IONotificationPortDestroy(self, port: ctypes.c_void_p) -> None:
        self.log.append(("destroy", port.value))

    def IOServiceClose(self, root: int) -> int:
        self.log.append(("close", root))
        return 0

    def send(self, message: int, argument: int = 0) -> None:
        """IOKit sends ``message``; returns once the run loop has handled it."""
        self._inbox.put((message, argument))
        assert self._handled.get(timeout=5) == message


def mac_watch(fake: FakeIOKit) -> MacSleepWatch:
    def heard(what: str) -> None:
        fake.log.append((what, threading.current_thread() is fake.runner))

    watch = MacSleepWatch(load=lambda: fake)
    watch.start(lambda: heard("going to sleep"), lambda: heard("woke"))
    return watch


def test_mac_sleep_is_heard_on_the_watch_thread_before_it_is_allowed() -> None:
    log: list[object] = []
    fake = FakeIOKit(log)
    watch = mac_watch(fake)
    watch.start(lambda: log.append("again"), lambda: log.append("again"))  # does nothing
    try:
        assert watch.wait_listening(5)
        gc.collect()  # the C callback lives on for as long as it is registered
        fake.send(IO_MESSAGE_CAN_SYSTEM_SLEEP, 0x51)  # idle sleep may come: never vetoed
        fake.send(IO_MESSAGE_SYSTEM_WILL_SLEEP, 0x52)
        fake.send(0xE0000320)  # kIOMessageSystemWillPowerOn: nothing to do yet
        fake.send(IO_MESSAGE_SYSTEM_HAS_POWERED_ON)
        assert log == [
            ("register", None),
            ("add source", RUN_LOOP, SOURCE, DEFAULT_MODE),
            ("allow", ROOT_PORT, 0x51),
            ("going to sleep", True),  # on the run loop's thread
            ("allow", ROOT_PORT, 0x52),  # the system sleeps only now
            ("woke", True),
        ]
    finally:
        watch.stop()
    assert log[-4:] == [
        ("stop", RUN_LOOP),
        ("deregister", NOTIFIER),
        ("destroy", NOTIFY_PORT),
        ("close", ROOT_PORT),
    ]
    assert fake.runner is not None
    assert not fake.runner.is_alive()


def test_mac_stop_before_the_loop_runs_still_ends_the_thread() -> None:
    log: list[object] = []
    fake = FakeIOKit(log)
    watch = MacSleepWatch(load=lambda: fake)
    watch.stop()  # before it started: nothing to do
    watch.start(Heard().going, Heard().woke)
    watch.stop()
    assert log[-3:] == [("deregister", NOTIFIER), ("destroy", NOTIFY_PORT), ("close", ROOT_PORT)]
    assert fake.runner is not None
    assert not fake.runner.is_alive()


def test_mac_refusing_the_registration_means_one_notice_and_nothing_heard(
    caplog: pytest.LogCaptureFixture,
) -> None:
    log: list[object] = []
    fake = FakeIOKit(log, root=0)  # MACH_PORT_NULL
    with caplog.at_level(logging.DEBUG, logger="matside.backends.sleep"):
        watch = mac_watch(fake)
        watch.stop()
    (record,) = caplog.records
    assert "IORegisterForSystemPower refused" in record.getMessage()
    assert log == [("register", None)]  # nothing to let go, no loop run
    assert not watch.wait_listening(0)


def test_without_iokit_the_mac_watch_hears_nothing(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG, logger="matside.backends.sleep"):
        watch = MacSleepWatch()  # the real one: there is no IOKit here
        watch.start(Heard().going, Heard().woke)
        watch.stop()
    (record,) = caplog.records
    assert "no IOKit" in record.getMessage()


def test_a_mac_library_failing_midway_lets_everything_go(caplog: pytest.LogCaptureFixture) -> None:
    log: list[object] = []
    fake = FakeIOKit(log)

    def no_source(port: ctypes.c_void_p) -> int:
        raise OSError("no run loop source")

    fake.IONotificationPortGetRunLoopSource = no_source  # type: ignore[method-assign]
    with caplog.at_level(logging.DEBUG, logger="matside.backends.sleep"):
        watch = mac_watch(fake)
        watch.stop()
    assert "no run loop source" in caplog.text
    assert log[-3:] == [("deregister", NOTIFIER), ("destroy", NOTIFY_PORT), ("close", ROOT_PORT)]
