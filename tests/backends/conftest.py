"""Fixtures the backends' tests share."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

POLICIES = {
    # Anyone may own a name and send to anyone: the stand-in services the tests start.
    "open": """<allow send_destination="*"/>
    <allow receive_sender="*"/>
    <allow own="*"/>""",
    # The same, and a test's connection may watch every message (to see what was asked).
    "watchable": """<allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>""",
}


@contextmanager
def private_bus(socket_path: Path, policy: str = "open") -> Iterator[Path]:
    """A dbus-daemon of its own listening on ``socket_path`` (a key of :data:`POLICIES` says
    who may do what), stopped afterwards; never a silent skip on Linux, where the backends
    that use D-Bus matter."""
    daemon = shutil.which("dbus-daemon")
    if daemon is None:
        why = "dbus-daemon is not installed (./dev installs the Debian package dbus-daemon)"
        if sys.platform.startswith("linux"):
            pytest.fail(why)
        pytest.skip(why)
    config = socket_path.with_name(socket_path.name + ".conf")
    config.write_text(
        f"""<busconfig>
  <type>session</type>
  <listen>unix:path={socket_path}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    {POLICIES[policy]}
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
        yield socket_path
    finally:
        process.terminate()
        process.wait(5)
        if process.stdout is not None:
            process.stdout.close()


@pytest.fixture
def system_bus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A private dbus-daemon as the system bus; its address."""
    with private_bus(tmp_path / "system_bus_socket") as socket_path:
        address = f"unix:path={socket_path}"
        monkeypatch.setenv("DBUS_SYSTEM_BUS_ADDRESS", address)
        yield address
