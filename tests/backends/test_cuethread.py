"""The cue thread: planned sounds at their deadlines, in order, and nothing a new plan dropped.

Time is a fake clock. The thread's wait is injected: it moves the fake clock on to the deadline
it was given, as a sleep would, so the tests neither sleep nor depend on the machine's speed.
"""

from __future__ import annotations

import logging
import os
import resource
import threading
from pathlib import Path

import pytest
from jeepney import (
    DBusNameFlags,
    HeaderFields,
    MessageType,
    message_bus,
    new_error,
    new_method_return,
)
from jeepney.io.blocking import Proxy, open_dbus_connection

from matside.backends.audio import RecordingPlayer
from matside.backends.cuethread import (
    HEARTBEAT_SECONDS,
    REAL_TIME_PRIORITY,
    RTKIT,
    CueScheduler,
    Priority,
    Wait,
    ask_for_real_time,
)
from matside.core.clock import FakeClock


class StampingPlayer(RecordingPlayer):
    """Records, with each play, the fake clock's time; says when enough have played."""

    def __init__(self, clock: FakeClock, expect: int = 0) -> None:
        super().__init__()
        self.clock = clock
        self.at: list[tuple[str, float]] = []
        self.expect = expect
        self.enough = threading.Event()

    def play(self, name: str) -> None:
        super().play(name)
        self.at.append((name, self.clock.now()))
        if len(self.at) >= self.expect:
            self.enough.set()


def sleeping_on(clock: FakeClock) -> tuple[list[float | None], Wait]:
    """A wait that 'sleeps' by moving the fake clock; an open-ended wait really waits."""
    waits: list[float | None] = []

    def wait(condition: threading.Condition, timeout: float | None) -> None:
        waits.append(timeout)
        if timeout is None:
            condition.wait()
        else:
            clock.advance(timeout)

    return waits, wait


def test_step_plays_what_is_due_in_deadline_order_and_says_what_is_next() -> None:
    clock = FakeClock(10.0)
    player = StampingPlayer(clock)
    cues = CueScheduler(player, clock)
    cues.replan([(12.0, "rep"), (11.0, "countdown"), (11.0, "phrase:0"), (10.0, "work_start")])
    assert cues.step() == 11.0
    assert player.names == ["work_start"]
    clock.set(11.5)
    assert cues.step() == 12.0
    assert player.names == ["work_start", "countdown", "phrase:0"]
    clock.set(12.0)
    assert cues.step() is None
    assert player.names[-1] == "rep"


def test_a_new_plan_drops_what_it_left_out_and_nothing_plays_twice() -> None:
    clock = FakeClock(10.0)
    player = StampingPlayer(clock)
    cues = CueScheduler(player, clock)
    cues.replan([(10.0, "work_start"), (13.0, "halfway"), (14.0, "rep")])
    cues.step()
    cues.replan([(10.0, "work_start"), (14.0, "rep")])  # replanned: the halfway is gone
    assert cues.planned == [(14.0, "rep")]  # the work start was played already
    cues.clear()  # a pause
    clock.set(20.0)
    assert cues.step() is None
    assert player.names == ["work_start"]


def test_sounds_more_than_a_second_late_are_dropped() -> None:
    clock = FakeClock(10.0)
    player = StampingPlayer(clock)
    cues = CueScheduler(player, clock)
    cues.replan([(8.5, "countdown"), (9.5, "countdown"), (10.0, "work_start")])
    cues.step()
    assert player.at == [("countdown", 10.0), ("work_start", 10.0)]  # the 8.5 one was stale


def test_the_thread_plays_each_sound_at_its_deadline_without_an_event_loop() -> None:
    clock = FakeClock(100.0)
    player = StampingPlayer(clock, expect=5)
    waits, wait = sleeping_on(clock)
    priority = Priority(True, "real-time priority 10 (SCHED_FIFO)")
    cues = CueScheduler(player, clock, wait=wait, prioritise=lambda: priority)
    plan = [(102.0, "countdown"), (103.0, "countdown"), (104.0, "countdown")]
    plan += [(105.0, "work_start"), (108.0, "rep")]
    cues.replan(plan)
    cues.start()
    assert player.enough.wait(10)
    assert player.at == [(name, due) for due, name in plan]  # each at its deadline, in order
    assert cues.close()
    assert cues.real_time
    assert cues.priority is priority
    assert waits[:2] == [2.0, 1.0]  # it slept until each deadline, never in small steps
    assert cues.planned == []


def test_closing_a_waiting_thread_ends_it_and_nothing_more_sounds() -> None:
    clock = FakeClock(100.0)
    player = StampingPlayer(clock)
    cues = CueScheduler(player, clock)  # the real wait: it waits for the plan
    cues.start()
    assert cues.close()
    cues.replan([(100.0, "rep")])
    assert cues.planned == []
    assert cues.step() is None
    assert player.names == []
    assert CueScheduler(player, clock).close()  # never started: nothing to stop


def test_the_thread_asks_for_real_time_itself_first(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[tuple[int, int, int]] = []

    def allowed(pid: int, policy: int, param: os.sched_param) -> None:
        asked.append((pid, policy, param.sched_priority))

    monkeypatch.setattr(os, "sched_setscheduler", allowed)
    priority = ask_for_real_time(connect=nobody_to_ask)
    assert priority == Priority(True, "real-time priority 10 (SCHED_FIFO)")
    assert asked == [(0, os.SCHED_FIFO, REAL_TIME_PRIORITY)]  # 0: the calling thread


def nobody_to_ask() -> object:
    raise AssertionError("RealtimeKit is asked only when the thread may not do it itself")


def refused(pid: int, policy: int, param: os.sched_param) -> None:
    raise PermissionError(1, "Operation not permitted")


class RealtimeKit:
    """A stand-in RealtimeKit on the private system bus: its two limits as properties, and
    ``MakeThreadRealtime`` noted (or refused, as the real one refuses a process without a
    real-time CPU limit)."""

    def __init__(self, address: str, grant: bool = True) -> None:
        self.grant = grant
        self.made: list[tuple[object, ...]] = []
        self.bus = open_dbus_connection(address)
        owner = Proxy(message_bus, self.bus, timeout=5).RequestName(
            RTKIT, DBusNameFlags.do_not_queue
        )
        assert owner == (1,)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, name="rtkit", daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        limits = {"MaxRealtimePriority": ("i", 20), "RTTimeUSecMax": ("x", 200_000)}
        while not self._stop.is_set():
            try:
                message = self.bus.receive(timeout=0.02)
            except TimeoutError:
                continue
            if message.header.message_type is not MessageType.method_call:
                continue
            member = message.header.fields[HeaderFields.member]
            if member == "Get":
                _interface, name = message.body
                self.bus.send(new_method_return(message, "v", (limits[name],)))
            elif member == "MakeThreadRealtime" and self.grant:
                self.made.append(message.body)
                self.bus.send(new_method_return(message))
            else:
                self.bus.send(new_error(message, "org.freedesktop.DBus.Error.AccessDenied"))

    def close(self) -> None:
        self._stop.set()
        self._thread.join(5)
        self.bus.close()


def in_a_thread_of_its_own() -> tuple[Priority, int]:
    """:func:`ask_for_real_time` as the cue thread calls it; what it said, and that thread's id."""
    said: list[tuple[Priority, int]] = []
    thread = threading.Thread(
        target=lambda: said.append((ask_for_real_time(), threading.get_native_id()))
    )
    thread.start()
    thread.join(10)
    return said[0]


@pytest.fixture
def rttime(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, int]]:
    """The process's real-time CPU limit as the code sets it (the test's own stays as it is)."""
    set_to: list[tuple[int, int]] = []
    monkeypatch.setattr(resource, "getrlimit", lambda _which: (-1, resource.RLIM_INFINITY))
    monkeypatch.setattr(resource, "setrlimit", lambda _which, limits: set_to.append(limits))
    return set_to


def test_not_allowed_itself_the_thread_asks_realtimekit(
    system_bus: str, monkeypatch: pytest.MonkeyPatch, rttime: list[tuple[int, int]]
) -> None:
    monkeypatch.setattr(os, "sched_setscheduler", refused)
    kit = RealtimeKit(system_bus)
    try:
        priority, thread_id = in_a_thread_of_its_own()
    finally:
        kit.close()
    assert priority == Priority(True, "real-time priority 10 (SCHED_RR, by RealtimeKit)")
    assert kit.made == [(thread_id, REAL_TIME_PRIORITY)]  # that thread, not the process
    assert rttime == [(200_000, 200_000)]  # the limit RealtimeKit asks for, set first


def test_refused_by_realtimekit_too_the_thread_runs_at_normal_priority(
    system_bus: str,
    monkeypatch: pytest.MonkeyPatch,
    rttime: list[tuple[int, int]],
    caplog: pytest.LogCaptureFixture,
) -> None:
    monkeypatch.setattr(os, "sched_setscheduler", refused)
    kit = RealtimeKit(system_bus, grant=False)
    try:
        with caplog.at_level(logging.DEBUG, logger="matside.backends.cuethread"):
            priority, _ = in_a_thread_of_its_own()
    finally:
        kit.close()
    assert not priority.real_time
    assert priority.how == (
        "normal priority (SCHED_FIFO: Operation not permitted; "
        "RealtimeKit: org.freedesktop.DBus.Error.AccessDenied)"
    )
    assert caplog.messages == [f"The cue thread runs at {priority.how}"]


def test_without_realtimekit_or_a_system_bus_the_thread_runs_at_normal_priority(
    system_bus: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(os, "sched_setscheduler", refused)
    priority, _ = in_a_thread_of_its_own()  # a bus, but no RealtimeKit on it
    assert not priority.real_time
    assert "RealtimeKit: org.freedesktop.DBus.Error.ServiceUnknown" in priority.how
    monkeypatch.setenv("DBUS_SYSTEM_BUS_ADDRESS", f"unix:path={tmp_path}/none")
    assert not in_a_thread_of_its_own()[0].real_time
    monkeypatch.delattr(os, "sched_setscheduler")  # Windows, macOS
    assert ask_for_real_time() == Priority(False, "normal priority (no real-time scheduling here)")


def test_while_a_session_runs_the_thread_wakes_every_second_and_vouches_for_the_program() -> None:
    clock = FakeClock(100.0)
    player = StampingPlayer(clock)
    cues = CueScheduler(player, clock)
    assert cues.kept_up(100.0) == 100.0  # it never woke: it cannot say more
    cues.replan([(102.5, "rep")], until=104.0)  # the plan holds everything up to 104 s
    assert cues.step() == 100.0 + HEARTBEAT_SECONDS  # no cue due: it wakes all the same
    for wake in (101.0, 102.0, 102.5, 103.5):
        clock.set(wake)
        cues.step()
        assert cues.kept_up(100.0) == wake
    assert player.at == [("rep", 102.5)]
    clock.set(104.2)
    assert cues.step() is None  # past the plan: it waits for the next one
    clock.set(110.0)
    assert cues.kept_up(100.0) == 104.0  # where the plan ran out
    assert cues.kept_up(105.0) == 105.0  # never less than the session's own last wake


@pytest.mark.parametrize("suspended", [False, True], ids=["stopped", "suspended"])
def test_a_wake_much_later_than_aimed_means_the_program_stopped(suspended: bool) -> None:
    clock = FakeClock(100.0)
    player = StampingPlayer(clock)
    cues = CueScheduler(player, clock)
    cues.replan([(101.0, "rep"), (104.5, "rep"), (106.0, "rep")], until=130.0)
    cues.step()
    clock.set(101.0)
    assert cues.step() == 102.0
    if suspended:  # Linux: the monotonic clock stands still while the system sleeps
        clock.suspend(60)
        clock.set(101.2)
    else:  # SIGSTOP, a paused virtual machine
        clock.set(105.0)
    cues.step()
    # The session pauses where the program stopped: nothing of the plan sounds any more.
    assert player.names == ["rep"]
    assert cues.planned == []
    assert cues.kept_up(100.0) == 101.0
    assert cues.kept_up(clock.now()) == clock.now()  # a stall before the session's last wake
