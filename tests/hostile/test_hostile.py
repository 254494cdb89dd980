"""Every hostile case through the command line and the app, each in its own process.

For each case in :mod:`tests.hostile.cases`: ``matside validate`` gives the verdict the case
states, ``matside import`` refuses what validate refuses, and the app (the probe: library,
details, editor, run screen, all painted offscreen) starts and finishes. No process may hang
(each has a time limit and is killed past it), print a traceback, grow past a memory bound, or
write outside the user's folders; a case's secret never reaches them.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.hostile.cases import CASES, Case

REPOSITORY = Path(__file__).resolve().parents[2]
COMMAND_SECONDS = 30.0
"""A command line's time limit; each takes well under a second, 20,000 keys included."""
APP_SECONDS = 90.0
"""The probe's time limit (it starts Qt and paints every page)."""
COMMAND_MEMORY_MB = 200
"""Peak resident memory of validate and import (about 30 MB without a hostile file)."""
APP_MEMORY_MB = 400
"""Peak resident memory of the probe (about 130 MB painting the bundled routines)."""

pytestmark = pytest.mark.slow


@dataclass
class Finished:
    """What a process did: its status, what it printed, and its peak memory."""

    status: int
    out: str
    err: str
    peak_mb: float


def run(arguments: list[str], env: dict[str, str], seconds: float, folder: Path) -> Finished:
    """Run ``python -m MODULE ARGS`` (``arguments``, without the ``-m``); kill its whole group
    and fail the test past ``seconds``."""
    out_file, err_file = folder / "out.txt", folder / "err.txt"
    peak_file = folder / "peak.txt"
    peak_file.unlink(missing_ok=True)
    with out_file.open("wb") as out, err_file.open("wb") as err:
        process = subprocess.Popen(
            [sys.executable, "-m", "tests.hostile.peak", *arguments],
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=err,
            env={**env, "MATSIDE_PEAK_FILE": str(peak_file)},
            cwd=folder,
            start_new_session=True,
        )
    deadline = time.monotonic() + seconds
    while True:
        pid, status, _usage = os.wait4(process.pid, os.WNOHANG)
        if pid:
            break
        if time.monotonic() > deadline:
            os.killpg(process.pid, signal.SIGKILL)
            os.wait4(process.pid, 0)
            process.returncode = -signal.SIGKILL
            pytest.fail(f"{' '.join(arguments)} hung: killed after {seconds:.0f} s")
        time.sleep(0.02)
    process.returncode = os.waitstatus_to_exitcode(status)
    return Finished(
        process.returncode,
        out_file.read_text(encoding="utf-8", errors="replace"),
        err_file.read_text(encoding="utf-8", errors="replace"),
        int(peak_file.read_text(encoding="ascii")) / 1024,  # the child's own peak, in kB
    )


def snapshot(folder: Path, leave_out: tuple[Path, ...]) -> dict[str, tuple[int, int]]:
    """Every file below ``folder`` (not following links) with its size and mtime."""
    found = {}
    for root, folders, files in os.walk(folder):
        folders[:] = [f for f in folders if Path(root, f) not in leave_out]
        for name in files:
            status = os.lstat(os.path.join(root, name))
            found[os.path.join(root, name)] = (status.st_size, status.st_mtime_ns)
    return found


def holds(folder: Path, secret: bytes) -> list[Path]:
    """Files below ``folder`` whose bytes contain ``secret``."""
    return [
        path
        for path in folder.rglob("*")
        if path.is_file() and not path.is_symlink() and secret in path.read_bytes()
    ]


@pytest.fixture
def place(tmp_path: Path) -> dict[str, Path]:
    folders = {name: tmp_path / name for name in ("shared", "matside", "home", "runtime", "work")}
    for folder in folders.values():
        folder.mkdir(mode=0o700)
    return folders


@pytest.mark.parametrize("name", list(CASES))
def test_hostile_case(name: str, place: dict[str, Path], tmp_path: Path) -> None:
    case: Case = CASES[name](place["shared"])
    for relative, content in case.user_files.items():
        target = place["matside"] / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(place["home"]),
        "MATSIDE_HOME": str(place["matside"]),
        "XDG_RUNTIME_DIR": str(place["runtime"]),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": os.pathsep.join([str(REPOSITORY / "app"), str(REPOSITORY)]),
        "LANG": "C.UTF-8",
    }
    leave_out = (place["matside"], place["runtime"], place["work"])
    before = snapshot(tmp_path, leave_out)
    files = [os.fsdecode(path) for path in case.files]

    checked = run(["matside", "validate", *files], env, COMMAND_SECONDS, place["work"])
    assert "Traceback" not in checked.err, checked.err
    assert checked.status == (0 if case.valid else 1), checked.err
    assert case.says in checked.err
    assert "\x1b" not in checked.err
    assert checked.peak_mb < COMMAND_MEMORY_MB

    imported = run(["matside", "import", *files], env, COMMAND_SECONDS, place["work"])
    assert "Traceback" not in imported.err + imported.out, imported.err
    importable = case.valid if case.importable is None else case.importable
    assert imported.status == (0 if importable else 1), imported.err
    assert imported.peak_mb < COMMAND_MEMORY_MB

    shown = run(["tests.hostile.probe", *files], env, APP_SECONDS, place["work"])
    assert "Traceback" not in shown.err, shown.err
    assert shown.status == 0, shown.err
    assert "probe ok" in shown.out, shown.err
    assert shown.peak_mb < APP_MEMORY_MB, f"{shown.peak_mb:.0f} MB"

    assert snapshot(tmp_path, leave_out) == before, "a file outside the user's folders changed"
    if case.secret:
        assert holds(place["matside"], case.secret) == []
