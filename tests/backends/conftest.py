"""Fixtures the backends' tests share."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture
def system_bus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A private dbus-daemon as the system bus; its address."""
    daemon = shutil.which("dbus-daemon")
    if daemon is None:
        why = "dbus-daemon is not installed (./dev installs the Debian package dbus-daemon)"
        if sys.platform.startswith("linux"):
            pytest.fail(why)  # never a silent skip where the backend matters
        pytest.skip(why)
    socket_path = tmp_path / "system_bus_socket"
    config = tmp_path / "system.conf"
    config.write_text(
        f"""<busconfig>
  <type>session</type>
  <listen>unix:path={socket_path}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*"/>
    <allow receive_sender="*"/>
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
        address = f"unix:path={socket_path}"
        monkeypatch.setenv("DBUS_SYSTEM_BUS_ADDRESS", address)
        yield address
    finally:
        process.terminate()
        process.wait(5)
        if process.stdout is not None:
            process.stdout.close()
