"""Just enough of a D-Bus client to keep the screen awake, in the standard library only.

It speaks EXTERNAL authentication over a Unix socket, method calls, and replies whose arguments
are strings or integers. :class:`app.awake.LinuxScreenAwake` imports it when it first inhibits,
on its worker thread: opening the app never pays for sockets and the wire format. Why a client
of our own rather than ``dbus-send``: see :mod:`app.awake`.
"""

from __future__ import annotations

import os
import socket
import struct
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol
from urllib.parse import unquote

DBUS_TIMEOUT = 2.0
"""Seconds any one D-Bus step may take before the caller gives up."""

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
    """Writes D-Bus values in little-endian wire format, aligned as the protocol asks."""

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
    """Reads D-Bus values from a message body in the byte order the message declares."""

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
        """As :meth:`BusConnection.call`; other messages arriving meanwhile are skipped."""
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
