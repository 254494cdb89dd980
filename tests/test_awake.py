"""Keeping the screen awake: the D-Bus backend with a fake bus and with a real bus daemon,
the Windows and macOS backends with fakes, idempotence and the recording fake."""

from __future__ import annotations

import logging
import select
import shutil
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from matside.backends import awake
from matside.backends.awake import (
    ES_CONTINUOUS,
    ES_DISPLAY_REQUIRED,
    ES_SYSTEM_REQUIRED,
    SCREENSAVER,
    SCREENSAVER_PATH,
    LinuxScreenAwake,
    MacScreenAwake,
    NullScreenAwake,
    RecordingScreenAwake,
    ScreenAwake,
    WindowsScreenAwake,
    make_screen_awake,
)
from matside.backends.dbus import (
    DESTINATION,
    MEMBER,
    METHOD_CALL,
    METHOD_RETURN,
    REPLY_SERIAL,
    SENDER,
    SIGNATURE,
    DBusError,
    Message,
    SessionBus,
    Value,
    decode_message,
    encode_message,
    session_bus_addresses,
)

Call = tuple[str, str, str, str, str, tuple[Value, ...]]


class FakeBus:
    """Stands in for a session-bus connection; answers Inhibit with a cookie."""

    def __init__(self, cookie: Value = 4242, fail: set[str] | None = None) -> None:
        self.cookie = cookie
        self.fail = fail or set()
        self.calls: list[Call] = []
        self.closed = False

    def call(
        self,
        destination: str,
        path: str,
        interface: str,
        member: str,
        signature: str = "",
        *args: Value,
    ) -> tuple[Value, ...]:
        self.calls.append((destination, path, interface, member, signature, args))
        if member in self.fail:
            raise DBusError("org.freedesktop.DBus.Error.ServiceUnknown: nobody here")
        return (self.cookie,) if member == "Inhibit" else ()

    def close(self) -> None:
        self.closed = True


class Connector:
    """Hands out fake buses and counts connections."""

    def __init__(self, error: Exception | None = None, **bus: object) -> None:
        self.error = error
        self.buses: list[FakeBus] = []
        self.options = bus

    def __call__(self) -> FakeBus:
        if self.error is not None:
            raise self.error
        bus = FakeBus(**self.options)  # type: ignore[arg-type]
        self.buses.append(bus)
        return bus

    @property
    def members(self) -> list[tuple[str, tuple[Value, ...]]]:
        return [(c[3], c[5]) for bus in self.buses for c in bus.calls]


def now(job: awake.Job) -> None:
    job()


# ---- the D-Bus backend with a fake bus


def test_inhibit_sends_inhibit_and_release_sends_the_cookie_back() -> None:
    connector = Connector(cookie=77)
    screen = LinuxScreenAwake(connector, now)
    screen.inhibit("Workout running")
    assert screen.active
    (bus,) = connector.buses
    assert bus.calls == [
        (
            SCREENSAVER,
            SCREENSAVER_PATH,
            SCREENSAVER,
            "Inhibit",
            "ss",
            ("Matside", "Workout running"),
        )
    ]
    assert not bus.closed  # the connection holds the inhibition
    screen.release()
    assert not screen.active
    assert bus.calls[-1] == (SCREENSAVER, SCREENSAVER_PATH, SCREENSAVER, "UnInhibit", "u", (77,))
    assert bus.closed


def test_inhibit_and_release_are_idempotent() -> None:
    connector = Connector()
    screen = LinuxScreenAwake(connector, now)
    screen.inhibit("a")
    screen.inhibit("b")
    screen.release()
    screen.release()
    screen.inhibit("c")
    assert connector.members == [
        ("Inhibit", ("Matside", "a")),
        ("UnInhibit", (4242,)),
        ("Inhibit", ("Matside", "c")),
    ]


def test_release_without_inhibit_does_nothing() -> None:
    connector = Connector()
    screen = LinuxScreenAwake(connector, now)
    screen.release()
    assert connector.buses == []
    assert not screen.active


@pytest.mark.parametrize(
    "connector",
    [
        Connector(error=DBusError("no session bus address")),
        Connector(error=FileNotFoundError("/run/user/1000/bus")),
        Connector(fail={"Inhibit"}),
        Connector(cookie="not a cookie"),
    ],
    ids=["no bus", "no socket", "no screen saver", "odd reply"],
)
def test_failure_falls_back_to_doing_nothing(
    connector: Connector, caplog: pytest.LogCaptureFixture
) -> None:
    screen = LinuxScreenAwake(connector, now)
    with caplog.at_level(logging.DEBUG, logger="matside.backends.awake"):
        screen.inhibit("Workout running")  # does not raise
        screen.release()
        screen.inhibit("Again")
        screen.release()
    assert screen.disabled
    assert len(connector.buses) <= 1  # never tried again
    assert all(bus.closed for bus in connector.buses)
    assert [r.levelno for r in caplog.records] == [logging.DEBUG]


def test_a_failed_uninhibit_still_hangs_up() -> None:
    connector = Connector(fail={"UnInhibit"})
    screen = LinuxScreenAwake(connector, now)
    screen.inhibit("x")
    screen.release()  # does not raise
    assert connector.buses[0].closed
    assert not screen.disabled
    screen.inhibit("y")
    assert len(connector.buses) == 2


def test_calls_run_off_the_callers_thread() -> None:
    gate = threading.Event()
    threads: list[str] = []

    def slow_connect() -> FakeBus:
        threads.append(threading.current_thread().name)
        gate.wait(5)
        return FakeBus(cookie=9)

    screen = LinuxScreenAwake(slow_connect)
    screen.inhibit("x")  # returns although the bus has not answered
    screen.release()
    assert not screen.flush(0.05)
    gate.set()
    assert screen.flush(5)
    assert threads == ["matside-screen-awake"]


# ---- the D-Bus wire format


def test_messages_survive_a_round_trip() -> None:
    message = Message(
        METHOD_CALL,
        7,
        {1: "/org/x", 2: "org.x", MEMBER: "Do", DESTINATION: "org.x", SIGNATURE: "susyib"},
        ("héllo", 3_000_000_000, "", 255, -5, 1),
    )
    assert decode_message(encode_message(message)) == message


def test_an_inhibit_reply_is_read() -> None:
    # A big-endian method return carrying uint32 1234, as a bus might send it.
    fields = bytearray()
    fields += bytes([REPLY_SERIAL, 1]) + b"u\0" + (2).to_bytes(4, "big")
    fields += bytes([SIGNATURE, 1]) + b"g\0" + bytes([1]) + b"u\0"
    header = b"B" + bytes([METHOD_RETURN, 0, 1]) + (4).to_bytes(4, "big") + (9).to_bytes(4, "big")
    header += len(fields).to_bytes(4, "big") + fields
    header += bytes(-len(header) % 8)
    reply = decode_message(header + (1234).to_bytes(4, "big"))
    assert (reply.kind, reply.serial, reply.fields[REPLY_SERIAL], reply.body) == (
        METHOD_RETURN,
        9,
        2,
        (1234,),
    )


def test_garbage_is_an_error() -> None:
    with pytest.raises(DBusError):
        decode_message(b"xyz" + bytes(13))
    with pytest.raises(DBusError):
        decode_message(encode_message(Message(METHOD_CALL, 1, {MEMBER: "Do"}))[:-4] + b"\xff")


def test_session_bus_addresses() -> None:
    env = {"DBUS_SESSION_BUS_ADDRESS": "unix:path=/run/user/1000/bus,guid=abc;tcp:host=x"}
    assert session_bus_addresses(env) == ["/run/user/1000/bus"]
    env = {"DBUS_SESSION_BUS_ADDRESS": "unix:abstract=/tmp/dbus-a%2cb"}
    assert session_bus_addresses(env) == ["\0/tmp/dbus-a,b"]
    assert session_bus_addresses({"XDG_RUNTIME_DIR": "/run/user/5"}) == ["/run/user/5/bus"]
    assert session_bus_addresses({}) == []


# ---- the D-Bus backend against a real bus daemon and a stand-in screen saver


@pytest.fixture
def bus_address(tmp_path: Path) -> Iterator[str]:
    """A private dbus-daemon's socket path."""
    daemon = shutil.which("dbus-daemon")
    if daemon is None:
        pytest.skip("dbus-daemon is not installed")
    socket_path = tmp_path / "bus"
    config = tmp_path / "bus.conf"
    config.write_text(
        f"""<busconfig>
  <type>session</type>
  <listen>unix:path={socket_path}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
""",
        encoding="utf-8",
    )
    process = subprocess.Popen(
        [daemon, "--config-file", str(config), "--nofork", "--print-address"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert process.stdout is not None
        process.stdout.readline()  # printed once it listens
        yield str(socket_path)
    finally:
        process.terminate()
        process.wait(5)
        if process.stdout is not None:
            process.stdout.close()


class StandInScreenSaver:
    """Owns org.freedesktop.ScreenSaver on a bus and answers Inhibit and UnInhibit."""

    def __init__(self, address: str) -> None:
        self.bus = SessionBus.connect([address])
        self.bus.call(
            "org.freedesktop.DBus",
            "/org/freedesktop/DBus",
            "org.freedesktop.DBus",
            "RequestName",
            "su",
            SCREENSAVER,
            4,
        )
        self.calls: list[tuple[str, tuple[Value, ...], str]] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while not self._stop.is_set():
            if not select.select([self.bus], [], [], 0.05)[0]:
                continue
            message = self.bus.receive()
            if message.kind != METHOD_CALL:
                continue
            member = str(message.fields[MEMBER])
            self.calls.append((member, message.body, str(message.fields[SENDER])))
            fields: dict[int, Value] = {
                REPLY_SERIAL: message.serial,
                DESTINATION: message.fields[SENDER],
            }
            body: tuple[Value, ...] = ()
            if member == "Inhibit":
                fields[SIGNATURE] = "u"
                body = (31337,)
            self.bus.send(Message(METHOD_RETURN, self.bus.next_serial(), fields, body))

    def close(self) -> None:
        self._stop.set()
        self._thread.join(5)
        self.bus.close()


def has_owner(address: str, name: str) -> bool:
    bus = SessionBus.connect([address])
    try:
        (owned,) = bus.call(
            "org.freedesktop.DBus",
            "/org/freedesktop/DBus",
            "org.freedesktop.DBus",
            "NameHasOwner",
            "s",
            name,
        )
    finally:
        bus.close()
    return bool(owned)


def wait_until(condition: Callable[[], bool], seconds: float = 5.0) -> bool:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.01)
    return True


def test_a_real_bus_holds_the_inhibition_until_release(bus_address: str) -> None:
    saver = StandInScreenSaver(bus_address)
    try:
        screen = LinuxScreenAwake(lambda: SessionBus.connect([bus_address]))
        screen.inhibit("Hip opening, set 2 of 4")
        assert screen.flush(5)
        ((member, args, sender),) = saver.calls
        assert (member, args) == ("Inhibit", ("Matside", "Hip opening, set 2 of 4"))
        assert has_owner(bus_address, sender)  # still connected: the inhibition holds
        screen.release()
        assert screen.flush(5)
        assert saver.calls[1] == ("UnInhibit", (31337,), sender)
        assert wait_until(lambda: not has_owner(bus_address, sender))  # hung up
        assert not screen.disabled
    finally:
        saver.close()


def test_a_real_bus_without_a_screen_saver_falls_back(bus_address: str) -> None:
    with pytest.raises(DBusError, match="ServiceUnknown"):
        bus = SessionBus.connect([bus_address])
        try:
            bus.call(SCREENSAVER, SCREENSAVER_PATH, SCREENSAVER, "Inhibit", "ss", "a", "b")
        finally:
            bus.close()
    screen = LinuxScreenAwake(lambda: SessionBus.connect([bus_address]))
    screen.inhibit("x")
    assert screen.flush(5)
    assert screen.disabled


def test_no_session_bus_falls_back(tmp_path: Path) -> None:
    with pytest.raises(DBusError):
        SessionBus.connect([str(tmp_path / "no-bus")])
    screen = LinuxScreenAwake(lambda: SessionBus.connect([str(tmp_path / "no-bus")]))
    screen.inhibit("x")
    screen.release()
    assert screen.flush(5)
    assert screen.disabled


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
