"""Hearing the system sleep: the logind backend against a private bus daemon with a stand-in
logind served by jeepney (its Inhibit hands over a real pipe, so the test sees when the
backend lets the delay go), and the null and recording backends."""

from __future__ import annotations

import logging
import os
import queue
import threading
from collections.abc import Iterator
from pathlib import Path

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
    INHIBIT_WHY,
    LOGIN1,
    LOGIN1_MANAGER,
    LOGIN1_PATH,
    LinuxSleepWatch,
    NullSleepWatch,
    RecordingSleepWatch,
    make_sleep_watch,
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
    [("linux", LinuxSleepWatch), ("win32", NullSleepWatch), ("darwin", NullSleepWatch)],
)
def test_make_sleep_watch_picks_by_platform(platform: str, kind: type) -> None:
    assert isinstance(make_sleep_watch(platform), kind)
