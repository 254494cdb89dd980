"""Keeping the screen awake: the D-Bus backend against a real bus daemon with stand-in desktop
services served by jeepney, the Windows and macOS backends with fakes, idempotence and the
recording fake."""

from __future__ import annotations

import logging
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
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
from jeepney.io.blocking import DBusConnection, Proxy, open_dbus_connection

from matside.backends.awake import (
    ES_CONTINUOUS,
    ES_DISPLAY_REQUIRED,
    ES_SYSTEM_REQUIRED,
    PORTAL,
    PORTAL_IDLE,
    PORTAL_PATH,
    SCREENSAVER,
    SCREENSAVERS,
    Bus,
    LinuxScreenAwake,
    MacScreenAwake,
    NullScreenAwake,
    RecordingScreenAwake,
    ScreenAwake,
    WindowsScreenAwake,
    make_screen_awake,
    session_bus,
)
from tests.backends.conftest import private_bus

# ---- a private bus daemon and stand-in desktop services

Reply = tuple[str, tuple[object, ...]] | str | None
"""How a stand-in answers a method: ``(signature, values)`` returns them, a string is the name of
an error to answer with, None is no answer at all."""

HANDLE = "/org/freedesktop/portal/desktop/request/1_7/matside"
PORTAL_GRANTS: dict[str, Reply] = {"Inhibit": ("o", (HANDLE,)), "Close": ("", ())}
NOT_SUPPORTED = "org.freedesktop.DBus.Error.NotSupported"


def grants(cookie: int) -> dict[str, Reply]:
    """A screen saver's answers: ``cookie`` for Inhibit, nothing for UnInhibit."""
    return {"Inhibit": ("u", (cookie,)), "UnInhibit": ("", ())}


@dataclass(frozen=True)
class Heard:
    """A method call a stand-in received."""

    service: str
    path: str
    member: str
    args: tuple[object, ...]
    sender: str


class StandIn:
    """Owns a bus name and answers method calls on any path from a thread, as ``answers`` says
    (a member not in it gets UnknownMethod). Every call lands in ``heard``."""

    def __init__(
        self, address: str, name: str, answers: dict[str, Reply], heard: list[Heard]
    ) -> None:
        self.name = name
        self.answers = answers
        self.heard = heard
        self.bus = open_dbus_connection(address)
        owner = Proxy(message_bus, self.bus, timeout=5).RequestName(
            name, DBusNameFlags.do_not_queue
        )
        assert owner == (1,)  # the primary owner
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, name=name, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                message = self.bus.receive(timeout=0.02)
            except TimeoutError:
                continue
            if message.header.message_type is not MessageType.method_call:
                continue
            fields = message.header.fields
            member = fields[HeaderFields.member]
            self.heard.append(
                Heard(
                    self.name,
                    fields[HeaderFields.path],
                    member,
                    message.body,
                    fields[HeaderFields.sender],
                )
            )
            answer = self.answers.get(member, "org.freedesktop.DBus.Error.UnknownMethod")
            if isinstance(answer, str):
                self.bus.send(new_error(message, answer, "s", (f"{self.name} says no",)))
            elif answer is not None:
                signature, values = answer
                self.bus.send(new_method_return(message, signature or None, values))

    def close(self) -> None:
        self._stop.set()
        self._thread.join(5)
        self.bus.close()


class Desktop:
    """A private ``dbus-daemon`` that the backend finds as its session bus, and stand-ins on it.

    Args:
        address: the bus's D-Bus address.
    """

    def __init__(self, address: str) -> None:
        self.address = address
        self.heard: list[Heard] = []
        self._services: list[StandIn] = []

    def serve(self, name: str, answers: dict[str, Reply]) -> None:
        """Own ``name`` and answer as ``answers`` says."""
        self._services.append(StandIn(self.address, name, answers, self.heard))

    def calls(self) -> list[tuple[str, str, str, tuple[object, ...]]]:
        """What the stand-ins heard, in order, without the senders."""
        return [(h.service, h.path, h.member, h.args) for h in self.heard]

    def connected(self, sender: str) -> bool:
        """Whether the connection named ``sender`` is still on the bus."""
        with open_dbus_connection(self.address) as bus:
            (owned,) = Proxy(message_bus, bus, timeout=5).NameHasOwner(sender)
        return bool(owned)

    def close(self) -> None:
        for service in self._services:
            service.close()


def wait_until(condition: Callable[[], bool], seconds: float = 5.0) -> bool:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.01)
    return True


@pytest.fixture
def bus_socket(tmp_path: Path) -> Iterator[Path]:
    """A private dbus-daemon's socket (``tmp_path / "bus"``, where XDG_RUNTIME_DIR would put it)."""
    with private_bus(tmp_path / "bus", "watchable") as socket_path:
        yield socket_path


@pytest.fixture
def desktop(bus_socket: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Desktop]:
    """The private bus as the session bus, with no services on it yet."""
    address = f"unix:path={bus_socket}"
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
    desktop = Desktop(address)
    try:
        yield desktop
    finally:
        desktop.close()


def inhibited(screen: LinuxScreenAwake, reason: str = "Hip opening, set 2 of 4") -> None:
    screen.inhibit(reason)
    assert screen.flush(5)


def released(screen: LinuxScreenAwake) -> None:
    screen.release()
    assert screen.flush(5)


# ---- the D-Bus backend: who is asked, in which order


def test_the_portal_is_asked_first_and_its_request_closed_on_release(desktop: Desktop) -> None:
    desktop.serve(PORTAL, PORTAL_GRANTS)
    desktop.serve(SCREENSAVER, grants(31337))
    screen = LinuxScreenAwake()
    inhibited(screen)
    reason = {"reason": ("s", "Hip opening, set 2 of 4")}
    assert desktop.calls() == [(PORTAL, PORTAL_PATH, "Inhibit", ("", PORTAL_IDLE, reason))]
    sender = desktop.heard[0].sender
    assert desktop.connected(sender)  # the connection holds the inhibition
    released(screen)
    assert desktop.calls()[1:] == [(PORTAL, HANDLE, "Close", ())]
    assert desktop.heard[1].sender == sender
    assert wait_until(lambda: not desktop.connected(sender))  # hung up
    assert not screen.disabled


def test_without_a_portal_the_screen_saver_is_asked(desktop: Desktop) -> None:
    desktop.serve(SCREENSAVER, grants(31337))
    desktop.serve("org.xfce.ScreenSaver", grants(7))
    screen = LinuxScreenAwake()
    inhibited(screen, "Workout running")
    path = "/org/freedesktop/ScreenSaver"
    assert desktop.calls() == [(SCREENSAVER, path, "Inhibit", ("Matside", "Workout running"))]
    sender = desktop.heard[0].sender
    assert desktop.connected(sender)
    released(screen)
    assert desktop.calls()[1:] == [(SCREENSAVER, path, "UnInhibit", (31337,))]
    assert wait_until(lambda: not desktop.connected(sender))


def test_the_order_is_portal_then_screen_saver_then_xfce(desktop: Desktop) -> None:
    desktop.serve(PORTAL, {"Inhibit": NOT_SUPPORTED})  # a portal whose backend cannot inhibit
    desktop.serve(SCREENSAVER, {"Inhibit": NOT_SUPPORTED})
    desktop.serve("org.xfce.ScreenSaver", grants(7))
    desktop.serve("org.mate.ScreenSaver", grants(8))
    screen = LinuxScreenAwake()
    inhibited(screen)
    assert [(h.service, h.member) for h in desktop.heard] == [
        (PORTAL, "Inhibit"),
        (SCREENSAVER, "Inhibit"),
        ("org.xfce.ScreenSaver", "Inhibit"),
    ]
    assert len({h.sender for h in desktop.heard}) == 1  # one connection asks them all
    released(screen)
    assert desktop.calls()[-1] == (
        "org.xfce.ScreenSaver",
        "/org/xfce/ScreenSaver",
        "UnInhibit",
        (7,),
    )


@pytest.mark.parametrize(("name", "path"), SCREENSAVERS[1:])
def test_each_desktops_own_screen_saver_is_asked(desktop: Desktop, name: str, path: str) -> None:
    desktop.serve(name, grants(99))
    screen = LinuxScreenAwake()
    inhibited(screen, "x")
    released(screen)
    assert desktop.calls() == [
        (name, path, "Inhibit", ("Matside", "x")),
        (name, path, "UnInhibit", (99,)),
    ]


def test_a_service_that_does_not_answer_is_passed_over_after_the_timeout(
    desktop: Desktop,
) -> None:
    desktop.serve(PORTAL, {"Inhibit": None})
    desktop.serve(SCREENSAVER, grants(5))
    screen = LinuxScreenAwake(timeout=0.2)
    inhibited(screen)
    released(screen)
    assert [(h.service, h.member) for h in desktop.heard] == [
        (PORTAL, "Inhibit"),
        (SCREENSAVER, "Inhibit"),
        (SCREENSAVER, "UnInhibit"),
    ]


# ---- the D-Bus backend: idempotence, failures, threads


def test_inhibit_and_release_are_idempotent(desktop: Desktop) -> None:
    desktop.serve(SCREENSAVER, grants(4242))
    screen = LinuxScreenAwake()
    screen.inhibit("a")
    screen.inhibit("b")
    screen.release()
    screen.release()
    inhibited(screen, "c")
    released(screen)
    assert [(h.member, h.args) for h in desktop.heard] == [
        ("Inhibit", ("Matside", "a")),
        ("UnInhibit", (4242,)),
        ("Inhibit", ("Matside", "c")),
        ("UnInhibit", (4242,)),
    ]


def test_release_without_inhibit_does_nothing() -> None:
    connections: list[Bus] = []

    def connect() -> Bus:
        connections.append(session_bus())
        return connections[-1]

    screen = LinuxScreenAwake(connect)
    released(screen)
    assert connections == []
    assert not screen.active


def test_services_that_refuse_leave_a_null_backend_and_one_notice(
    desktop: Desktop, caplog: pytest.LogCaptureFixture
) -> None:
    desktop.serve(PORTAL, {"Inhibit": NOT_SUPPORTED})
    desktop.serve(SCREENSAVER, {"Inhibit": ("s", ("not a cookie",))})
    screen = LinuxScreenAwake()
    with caplog.at_level(logging.DEBUG, logger="matside.backends.awake"):
        inhibited(screen)  # does not raise
        released(screen)
        inhibited(screen, "Again")
        released(screen)
    assert screen.disabled
    assert [(h.service, h.member) for h in desktop.heard] == [
        (PORTAL, "Inhibit"),
        (SCREENSAVER, "Inhibit"),
    ]  # never tried again
    assert wait_until(lambda: not desktop.connected(desktop.heard[0].sender))  # hung up
    (record,) = caplog.records
    assert record.levelno == logging.WARNING  # for the log file
    for name, _ in SCREENSAVERS:
        assert name in record.getMessage()  # every one was asked


def test_a_bus_with_nobody_to_ask_leaves_a_null_backend_and_one_notice(
    desktop: Desktop, caplog: pytest.LogCaptureFixture
) -> None:
    screen = LinuxScreenAwake()
    with caplog.at_level(logging.DEBUG, logger="matside.backends.awake"):
        inhibited(screen)
        released(screen)
    assert screen.disabled
    (record,) = caplog.records
    assert "ServiceUnknown" in record.getMessage()


def test_a_failed_uninhibit_still_hangs_up(desktop: Desktop) -> None:
    desktop.serve(SCREENSAVER, {"Inhibit": ("u", (3,)), "UnInhibit": NOT_SUPPORTED})
    screen = LinuxScreenAwake()
    inhibited(screen)
    released(screen)  # does not raise
    first = desktop.heard[0].sender
    assert wait_until(lambda: not desktop.connected(first))
    assert not screen.disabled
    inhibited(screen, "y")
    assert desktop.heard[-1].member == "Inhibit"
    assert desktop.heard[-1].sender != first  # a new connection
    released(screen)


@pytest.mark.parametrize(
    "environment",
    [{"DBUS_SESSION_BUS_ADDRESS": "unix:path={tmp}/no-bus"}, {"XDG_RUNTIME_DIR": "{tmp}"}, {}],
    ids=["no socket", "no socket in the runtime folder", "no address at all"],
)
def test_a_missing_bus_leaves_a_null_backend_and_one_notice(
    environment: dict[str, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    for variable, value in environment.items():
        monkeypatch.setenv(variable, value.format(tmp=tmp_path))
    screen = LinuxScreenAwake()
    with caplog.at_level(logging.DEBUG, logger="matside.backends.awake"):
        inhibited(screen)  # does not raise
        released(screen)
        inhibited(screen)
        released(screen)
    assert screen.disabled
    # A warning, for the log file: the screen may go dark during a session.
    assert [r.levelno for r in caplog.records] == [logging.WARNING]
    assert "no session bus" in caplog.records[0].getMessage()


def test_the_bus_is_found_in_the_runtime_folder_without_an_address(
    desktop: Desktop, bus_socket: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # systemd starts the user's bus at $XDG_RUNTIME_DIR/bus; some sessions do not export its
    # address.
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS")
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(bus_socket.parent))
    desktop.serve(SCREENSAVER, grants(1))
    screen = LinuxScreenAwake()
    inhibited(screen)
    released(screen)
    assert [h.member for h in desktop.heard] == ["Inhibit", "UnInhibit"]


def test_calls_run_off_the_callers_thread() -> None:
    gate = threading.Event()
    threads: list[str] = []

    def slow_connect() -> DBusConnection:
        threads.append(threading.current_thread().name)
        gate.wait(5)
        raise OSError("no bus here")

    screen = LinuxScreenAwake(slow_connect)
    screen.inhibit("x")  # returns although the bus has not answered
    screen.release()
    assert not screen.flush(0.05)
    gate.set()
    assert screen.flush(5)
    assert threads == ["matside-screen-awake"]
    assert screen.disabled


def test_jeepney_waits_for_the_first_inhibit() -> None:
    # The app imports this module before its first frame; jeepney (socket, selectors, its
    # message code: about 9 ms) is imported on the worker thread when it is first needed.
    code = (
        "import sys, matside.backends.awake\n"
        "print('jeepney' in sys.modules, 'socket' in sys.modules)\n"
    )
    app = Path(__file__).resolve().parents[2] / "app"
    result = subprocess.run(
        [sys.executable, "-c", code],
        env={"PYTHONPATH": str(app)},
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert result.stdout.split() == ["False", "False"]


# ---- Windows and macOS with fakes


def test_windows_sets_and_clears_the_execution_state() -> None:
    states: list[int] = []

    def set_state(flags: int) -> int:
        states.append(flags)
        return ES_CONTINUOUS

    screen = WindowsScreenAwake(set_state)
    screen.inhibit("x")
    screen.inhibit("x")
    screen.release()
    screen.release()
    assert states == [ES_CONTINUOUS | ES_DISPLAY_REQUIRED | ES_SYSTEM_REQUIRED, ES_CONTINUOUS]


def test_windows_failure_falls_back() -> None:
    calls: list[int] = []

    def failing(flags: int) -> int:
        calls.append(flags)
        return 0

    screen = WindowsScreenAwake(failing)
    screen.inhibit("x")
    screen.release()
    screen.inhibit("x")
    assert len(calls) == 1
    assert screen.active
    WindowsScreenAwake().inhibit("not on Windows")  # the real call fails quietly here


class FakeProcess:
    def __init__(self, command: list[str]) -> None:
        self.command = command
        self.terminated = False

    def terminate(self) -> None:
        self.terminated = True

    def kill(self) -> None:
        raise AssertionError("terminate was enough")

    def wait(self, timeout: float | None = None) -> int:
        return 0


def test_macos_runs_caffeinate_while_inhibited() -> None:
    started: list[FakeProcess] = []

    def spawn(command: list[str]) -> FakeProcess:
        started.append(FakeProcess(command))
        return started[-1]

    screen = MacScreenAwake(spawn, pid=321)
    screen.inhibit("x")
    screen.inhibit("x")
    assert [p.command for p in started] == [["caffeinate", "-d", "-i", "-w", "321"]]
    screen.release()
    screen.release()
    assert started[0].terminated


def test_macos_without_caffeinate_falls_back() -> None:
    def missing(command: list[str]) -> FakeProcess:
        raise FileNotFoundError(command[0])

    screen = MacScreenAwake(missing)
    screen.inhibit("x")
    screen.release()
    assert not screen.active


# ---- the null and recording backends, and the factory


def test_null_backend_tracks_active() -> None:
    screen: ScreenAwake = NullScreenAwake()
    screen.release()
    assert not screen.active
    screen.inhibit("x")
    screen.inhibit("x")
    assert screen.active
    screen.release()
    assert not screen.active


def test_recording_backend_records_every_call() -> None:
    screen = RecordingScreenAwake()
    screen.inhibit("Workout running")
    screen.inhibit("Workout running")
    assert screen.active
    screen.release()
    assert not screen.active
    assert screen.calls == [
        ("inhibit", "Workout running"),
        ("inhibit", "Workout running"),
        ("release", None),
    ]


@pytest.mark.parametrize(
    ("platform", "kind"),
    [
        ("linux", LinuxScreenAwake),
        ("freebsd14", LinuxScreenAwake),
        ("win32", WindowsScreenAwake),
        ("darwin", MacScreenAwake),
    ],
)
def test_make_screen_awake_picks_by_platform(platform: str, kind: type) -> None:
    assert isinstance(make_screen_awake(platform), kind)
