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
so its inhibition would end at once. The little client below holds its connection open for as
long as the inhibition lasts, with nothing but the standard library (the core does not import
Qt). It speaks just enough of the protocol: EXTERNAL authentication over a Unix socket, method
calls, and replies whose arguments are strings or integers.
"""

from __future__ import annotations

import logging
import os
import queue
import socket
import struct
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Protocol
from urllib.parse import unquote

logger = logging.getLogger(__name__)

APP_NAME = "Matside"
DBUS_TIMEOUT = 2.0
"""Seconds any one D-Bus step may take before the backend gives up."""

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


# ---- D-Bus, just enough of it

METHOD_CALL, METHOD_RETURN, ERROR, SIGNAL = 1, 2, 3, 4
PATH, INTERFACE, MEMBER, ERROR_NAME, REPLY_SERIAL, DESTINATION, SENDER, SIGNATURE = range(1, 9)
_FIELD_TYPES = {
    PATH: "o",
    INTERFACE: "s",
    MEMBER: "s",
    ERROR_NAME: "s",
    REPLY_SERIAL: "u",
    DESTINATION: "s",
    SENDER: "s",
    SIGNATURE: "g",
    9: "u",  # UNIX_FDS
}
_BASIC = frozenset("ybuisog")
_MAX_MESSAGE = 1 << 27

Value = str | int


class DBusError(Exception):
    """A D-Bus step failed: no bus, refused, an error reply, or a message we cannot read."""


@dataclass(frozen=True)
class Message:
    """A D-Bus message whose arguments are all basic types (``ybuisog``).

    Attributes:
        kind: METHOD_CALL, METHOD_RETURN, ERROR or SIGNAL.
        serial: the sender's number for it (nonzero).
        fields: header fields by code (PATH, MEMBER, SIGNATURE, ...).
        body: the arguments, as the SIGNATURE field types them; empty when they are not all
            basic types.
        flags: header flags.
    """

    kind: int
    serial: int
    fields: dict[int, Value] = field(default_factory=dict)
    body: tuple[Value, ...] = ()
    flags: int = 0

    @property
    def signature(self) -> str:
        """The body's signature ("" when there is none)."""
        return str(self.fields.get(SIGNATURE, ""))


class _Writer:
    def __init__(self) -> None:
        self.data = bytearray()

    def align(self, size: int) -> None:
        self.data.extend(bytes(-len(self.data) % size))

    def value(self, code: str, value: Value) -> None:
        if code in "so":
            encoded = str(value).encode("utf-8")
            self.value("u", len(encoded))
            self.data += encoded + b"\0"
        elif code == "g":
            encoded = str(value).encode("ascii")
            self.data += bytes([len(encoded)]) + encoded + b"\0"
        elif code == "y":
            self.data.append(int(value))
        elif code in "ub":
            self.align(4)
            self.data += struct.pack("<I", int(value))
        elif code == "i":
            self.align(4)
            self.data += struct.pack("<i", int(value))
        else:
            raise DBusError(f"cannot write D-Bus type {code!r}")


class _Reader:
    def __init__(self, data: bytes, order: str) -> None:
        self.data = data
        self.order = order
        self.pos = 0

    def take(self, size: int) -> bytes:
        if self.pos + size > len(self.data):
            raise DBusError("truncated D-Bus message")
        chunk = self.data[self.pos : self.pos + size]
        self.pos += size
        return chunk

    def align(self, size: int) -> None:
        self.take(-self.pos % size)

    def value(self, code: str) -> Value:
        if code in "so":
            size = int(self.value("u"))
            text = self.take(size).decode("utf-8", "replace")
            self.take(1)
            return text
        if code == "g":
            size = self.take(1)[0]
            text = self.take(size).decode("ascii", "replace")
            self.take(1)
            return text
        if code == "y":
            return self.take(1)[0]
        if code in "ubi":
            self.align(4)
            number: int = struct.unpack(self.order + ("i" if code == "i" else "I"), self.take(4))[0]
            return number
        raise DBusError(f"cannot read D-Bus type {code!r}")


def encode_message(message: Message) -> bytes:
    """Marshal a message, little-endian.

    Args:
        message: the message; its body must match its SIGNATURE field.

    Returns:
        The bytes to send.

    Raises:
        DBusError: a type outside ``ybuisog``, or a body that does not match its signature.
    """
    signature = message.signature
    if len(signature) != len(message.body):
        raise DBusError(f"body does not match signature {signature!r}")
    body = _Writer()
    for code, value in zip(signature, message.body, strict=True):
        body.value(code, value)
    header = _Writer()
    header.data += b"l" + bytes([message.kind, message.flags, 1])
    header.data += struct.pack("<III", len(body.data), message.serial, 0)
    for number, value in sorted(message.fields.items()):
        header.align(8)
        header.data.append(number)
        header.value("g", _FIELD_TYPES[number])
        header.value(_FIELD_TYPES[number], value)
    struct.pack_into("<I", header.data, 12, len(header.data) - 16)
    header.align(8)
    return bytes(header.data + body.data)


def _frame_size(fixed: bytes) -> int:
    """The whole message's length, from its first 16 bytes."""
    order = _byte_order(fixed)
    body_size, _, fields_size = struct.unpack(order + "III", fixed[4:16])
    header_size = 16 + fields_size
    total = header_size + (-header_size % 8) + body_size
    if total > _MAX_MESSAGE:
        raise DBusError("D-Bus message too large")
    return int(total)


def _byte_order(data: bytes) -> str:
    if data[:1] == b"l":
        return "<"
    if data[:1] == b"B":
        return ">"
    raise DBusError("not a D-Bus message")


def decode_message(data: bytes) -> Message:
    """Unmarshal one whole message.

    Args:
        data: exactly one message's bytes.

    Returns:
        The message; its body is left empty when it holds more than basic types.

    Raises:
        DBusError: the bytes are not a message this module can read.
    """
    reader = _Reader(data, _byte_order(data))
    kind, flags = data[1], data[2]
    body_size, serial, fields_size = struct.unpack(reader.order + "III", reader.take(16)[4:16])
    fields: dict[int, Value] = {}
    end = 16 + fields_size
    while reader.pos < end:
        reader.align(8)
        code = reader.take(1)[0]
        field_type = str(reader.value("g"))
        if len(field_type) != 1 or field_type not in _BASIC:
            raise DBusError(f"unexpected header field type {field_type!r}")
        fields[code] = reader.value(field_type)
    reader.align(8)
    signature = str(fields.get(SIGNATURE, ""))
    body: tuple[Value, ...] = ()
    if set(signature) <= _BASIC:
        body_reader = _Reader(reader.take(body_size), reader.order)
        body = tuple(body_reader.value(code) for code in signature)
    return Message(kind, serial, fields, body, flags)


def session_bus_addresses(environ: dict[str, str] | None = None) -> list[str]:
    """The Unix sockets that may lead to the session bus, best first.

    Args:
        environ: the environment to read (``os.environ`` by default).

    Returns:
        Socket paths; an abstract socket's name starts with a NUL character.
    """
    env = dict(os.environ) if environ is None else environ
    address = env.get("DBUS_SESSION_BUS_ADDRESS", "")
    found: list[str] = []
    for entry in address.split(";"):
        transport, _, params = entry.partition(":")
        if transport != "unix":
            continue
        keys = dict(part.partition("=")[::2] for part in params.split(",") if part)
        if "path" in keys:
            found.append(unquote(keys["path"]))
        elif "abstract" in keys:
            found.append("\0" + unquote(keys["abstract"]))
    runtime = env.get("XDG_RUNTIME_DIR")
    if not address and runtime:
        found.append(os.path.join(runtime, "bus"))
    return found


class BusConnection(Protocol):
    """A connection to the session bus that can call methods."""

    def call(
        self,
        destination: str,
        path: str,
        interface: str,
        member: str,
        signature: str = "",
        *args: Value,
    ) -> tuple[Value, ...]:
        """Call a method and wait for its reply.

        Args:
            destination: the bus name to call.
            path: the object path.
            interface: the interface name.
            member: the method name.
            signature: the arguments' D-Bus signature.
            *args: the arguments.

        Returns:
            The reply's arguments.

        Raises:
            DBusError: an error reply, or a failed connection.
            OSError: the socket failed or timed out.
        """
        ...

    def close(self) -> None:
        """Disconnect; the bus drops whatever this connection held."""
        ...


class SessionBus:
    """A blocking connection to a D-Bus bus over a Unix socket.

    Use :meth:`connect`; every socket step times out after ``timeout`` seconds.

    Args:
        sock: a connected, authenticated socket (``connect`` makes one).
        timeout: seconds a reply may take.
    """

    def __init__(self, sock: socket.socket, timeout: float = DBUS_TIMEOUT) -> None:
        self._socket = sock
        self._timeout = timeout
        self._serial = 0
        self.unique_name = ""

    @classmethod
    def connect(
        cls, addresses: Sequence[str] | None = None, timeout: float = DBUS_TIMEOUT
    ) -> SessionBus:
        """Connect, authenticate and say Hello.

        Args:
            addresses: socket paths to try in turn; the session bus's by default.
            timeout: seconds each step may take.

        Returns:
            The connection, registered on the bus.

        Raises:
            DBusError: no address, or the bus refused.
            OSError: no socket could be reached.
        """
        candidates = session_bus_addresses() if addresses is None else list(addresses)
        if not candidates:
            raise DBusError("no session bus address")
        failure: Exception | None = None
        for address in candidates:
            sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            sock.settimeout(timeout)
            try:
                sock.connect(address)
                _authenticate(sock)
            except (OSError, DBusError) as error:
                sock.close()
                failure = error
                continue
            bus = cls(sock, timeout)
            try:
                hello = bus.call(
                    "org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus", "Hello"
                )
            except (OSError, DBusError):
                bus.close()
                raise
            bus.unique_name = str(hello[0]) if hello else ""
            return bus
        raise DBusError(f"cannot reach the session bus: {failure}") from failure

    def next_serial(self) -> int:
        """A fresh serial number for a message sent on this connection.

        Returns:
            1, 2, 3, ...
        """
        self._serial += 1
        return self._serial

    def fileno(self) -> int:
        """The socket's file descriptor, for ``select``.

        Returns:
            The descriptor.
        """
        return self._socket.fileno()

    def send(self, message: Message) -> None:
        """Send a message.

        Args:
            message: the message, with a serial from :meth:`next_serial`.
        """
        self._socket.sendall(encode_message(message))

    def receive(self) -> Message:
        """Wait for the next message.

        Returns:
            It.

        Raises:
            DBusError: the bus hung up or sent something unreadable.
            OSError: the socket failed or timed out.
        """
        fixed = self._receive_exactly(16)
        return decode_message(fixed + self._receive_exactly(_frame_size(fixed) - 16))

    def call(
        self,
        destination: str,
        path: str,
        interface: str,
        member: str,
        signature: str = "",
        *args: Value,
    ) -> tuple[Value, ...]:
        """Call a method and wait for its reply, skipping other messages meanwhile.

        Args:
            destination: the bus name to call.
            path: the object path.
            interface: the interface name.
            member: the method name.
            signature: the arguments' D-Bus signature.
            *args: the arguments.

        Returns:
            The reply's arguments.

        Raises:
            DBusError: an error reply, or a failed connection.
            OSError: the socket failed or timed out.
        """
        fields: dict[int, Value] = {
            PATH: path,
            INTERFACE: interface,
            MEMBER: member,
            DESTINATION: destination,
        }
        if signature:
            fields[SIGNATURE] = signature
        serial = self.next_serial()
        self.send(Message(METHOD_CALL, serial, fields, tuple(args)))
        deadline = time.monotonic() + self._timeout
        while time.monotonic() < deadline:
            reply = self.receive()
            if reply.kind not in (METHOD_RETURN, ERROR) or reply.fields.get(REPLY_SERIAL) != serial:
                continue
            if reply.kind == ERROR:
                detail = f": {reply.body[0]}" if reply.body else ""
                raise DBusError(f"{reply.fields.get(ERROR_NAME, 'error')}{detail}")
            return reply.body
        raise TimeoutError(f"no reply to {member} within {self._timeout} s")

    def close(self) -> None:
        """Disconnect."""
        self._socket.close()

    def _receive_exactly(self, size: int) -> bytes:
        chunks = bytearray()
        while len(chunks) < size:
            chunk = self._socket.recv(size - len(chunks))
            if not chunk:
                raise DBusError("the bus hung up")
            chunks += chunk
        return bytes(chunks)


def _authenticate(sock: socket.socket) -> None:
    uid = str(os.getuid()).encode("ascii").hex().encode("ascii")
    sock.sendall(b"\0AUTH EXTERNAL " + uid + b"\r\n")
    line = bytearray()
    while not line.endswith(b"\r\n"):
        byte = sock.recv(1)
        if not byte or len(line) > 1024:
            raise DBusError("the bus hung up during authentication")
        line += byte
    if not line.startswith(b"OK "):
        raise DBusError(f"the bus refused authentication: {bytes(line).strip()!r}")
    sock.sendall(b"BEGIN\r\n")


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
        self._connect: Callable[[], BusConnection] = connect or (
            lambda: SessionBus.connect(timeout=timeout)
        )
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
                raise DBusError(f"unexpected reply to Inhibit: {reply!r}")
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
