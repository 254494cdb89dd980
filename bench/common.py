"""What the measurements share: figures, statistics, /proc readers, child processes, CPU load."""

from __future__ import annotations

import contextlib
import json
import math
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

ROOT = Path(__file__).resolve().parent.parent
"""The repository: children run with it as their working directory."""

PYTHON = sys.executable
"""The interpreter ``bench/run`` started (``.venv/bin/python``); children use the same."""

CLOCK_TICKS = os.sysconf("SC_CLK_TCK")

ALSA_CAPTURE = ROOT / "tests" / "data" / "alsa-capture.conf"
"""ALSA writes every sound to raw files in AUDIO_CAPTURE_DIR instead of a sound card, so the real
simpleaudio path runs on a machine without one (the tests use the same file)."""


# ---------------------------------------------------------------------------------------------
# Figures


@dataclass
class Figure:
    """One measured figure and the target it is held to.

    Attributes:
        key: a stable name, as in ``results.json``.
        label: what it is, for people.
        value: the measurement, or None when it could not be taken.
        unit: ``ms``, ``s``, ``%``, ``MB``, ``x``...
        target: the bound it must meet, or None for a figure that is only reported.
        better: ``lower`` (value ≤ target passes) or ``higher`` (value ≥ target passes).
        note: how it was taken or why it is missing, in a few words.
    """

    key: str
    label: str
    value: float | None
    unit: str
    target: float | None = None
    better: Literal["lower", "higher"] = "lower"
    note: str = ""

    @property
    def ok(self) -> bool | None:
        """True when the target is met, False when missed, None when there is nothing to judge."""
        if self.value is None or self.target is None:
            return None
        return self.value <= self.target if self.better == "lower" else self.value >= self.target

    def to_json(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "label": self.label,
            "value": self.value,
            "unit": self.unit,
            "target": self.target,
            "better": self.better,
            "ok": self.ok,
            "note": self.note,
        }


@dataclass
class Section:
    """The outcome of one measurement: its figures and the detail behind them."""

    name: str
    figures: list[Figure] = field(default_factory=list)
    details: dict[str, Any] = field(default_factory=dict)
    seconds: float = 0.0


# ---------------------------------------------------------------------------------------------
# Statistics


def percentile(values: Sequence[float], share: float) -> float:
    """The ``share`` (0–1) quantile by linear interpolation between closest ranks."""
    if not values:
        raise ValueError("no values")
    ordered = sorted(values)
    position = (len(ordered) - 1) * share
    low = math.floor(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def summary_ms(seconds: Sequence[float]) -> dict[str, float | int]:
    """Count, median, p90, p99 and max of durations given in seconds, in milliseconds."""
    if not seconds:
        return {"count": 0}
    return {
        "count": len(seconds),
        "median_ms": round(percentile(seconds, 0.5) * 1000, 3),
        "p90_ms": round(percentile(seconds, 0.9) * 1000, 3),
        "p99_ms": round(percentile(seconds, 0.99) * 1000, 3),
        "max_ms": round(max(seconds) * 1000, 3),
    }


def slope(points: Sequence[tuple[float, float]]) -> float:
    """The least-squares slope of ``(x, y)`` points (0 with fewer than two)."""
    if len(points) < 2:
        return 0.0
    mean_x = sum(x for x, _ in points) / len(points)
    mean_y = sum(y for _, y in points) / len(points)
    spread = sum((x - mean_x) ** 2 for x, _ in points)
    if spread == 0:
        return 0.0
    return sum((x - mean_x) * (y - mean_y) for x, y in points) / spread


def median(values: Sequence[float]) -> float:
    return percentile(values, 0.5)


# ---------------------------------------------------------------------------------------------
# /proc


def cpu_seconds(pid: int | str = "self", *, children: bool = False) -> float:
    """User plus system CPU time of a process, all its threads (live and ended) included.

    Read from ``/proc/PID/stat`` (fields 14 and 15, in clock ticks: 10 ms here); with
    ``children``, the time of its child processes that have ended (fields 16 and 17) instead.
    """
    text = Path(f"/proc/{pid}/stat").read_text()
    fields = text[text.rindex(")") + 2 :].split()  # fields[0] is field 3, "state"
    first = 13 if children else 11
    return (int(fields[first]) + int(fields[first + 1])) / CLOCK_TICKS


def live_children(pid: int | str = "self") -> dict[int, float]:
    """The CPU seconds (:func:`cpu_seconds`) of each child process still running (the app's cue
    player, say), by process id; from ``/proc/PID/task/*/children``."""
    found: dict[int, float] = {}
    for listing in Path(f"/proc/{pid}/task").glob("*/children"):
        for child in listing.read_text().split():
            with contextlib.suppress(OSError):  # ended meanwhile: the ended children's has it
                found[int(child)] = cpu_seconds(child)
    return found


def rss_bytes(pid: int | str = "self") -> int:
    """Resident memory of a process, from ``VmRSS`` in ``/proc/PID/status``."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    raise ValueError(f"no VmRSS for process {pid}")


@dataclass(frozen=True)
class CpuSnapshot:
    """The machine's busy and stolen CPU time and this bench's own, at one moment."""

    wall: float
    machine_busy: float
    machine_steal: float
    bench: float

    @classmethod
    def now(cls) -> CpuSnapshot:
        fields = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
        user, nice, system, _idle, _iowait, irq, softirq, steal = fields[:8]
        return cls(
            time.monotonic(),
            (user + nice + system + irq + softirq) / CLOCK_TICKS,
            steal / CLOCK_TICKS,
            # Every child is waited for by the end of a measurement, so its time (and that of
            # the processes it waited for) is in this process's children's time by then.
            cpu_seconds() + cpu_seconds(children=True),
        )

    def since(self, earlier: CpuSnapshot) -> dict[str, float]:
        """CPU used by others than this bench (and stolen by the host), in % of one core."""
        wall = self.wall - earlier.wall
        busy = self.machine_busy - earlier.machine_busy
        ours = self.bench - earlier.bench
        return {
            "wall_s": round(wall, 1),
            "bench_cpu_percent": round(100 * ours / wall, 1),
            "other_cpu_percent": round(100 * max(0.0, busy - ours) / wall, 1),
            "steal_percent": round(100 * (self.machine_steal - earlier.machine_steal) / wall, 1),
        }


# ---------------------------------------------------------------------------------------------
# Environments and children


@dataclass
class Scratch:
    """A temporary place for one run: a user home for the app, a folder for captured sound.

    ``bytecode`` is where children keep compiled bytecode (``PYTHONPYCACHEPREFIX``), shared by
    the whole run: an installed app or a frozen bundle starts from bytecode, and so do the
    children after their first start, whatever ``PYTHONDONTWRITEBYTECODE`` says outside, and
    without writing into the source tree.
    """

    root: Path
    bytecode: Path
    device: Path | None = None
    """Where the capture device writes, when not in ``root``: see :func:`scratch`."""

    @property
    def home(self) -> Path:
        return self.root / "home"

    @property
    def captures(self) -> Path:
        return (self.device or self.root) / "captures"

    @property
    def alsa_conf(self) -> Path:
        return ALSA_CAPTURE

    def env(self, **extra: str) -> dict[str, str]:
        """The environment for a child: offscreen Qt, a private user home, sound to files."""
        self.home.mkdir(parents=True, exist_ok=True)
        self.captures.mkdir(parents=True, exist_ok=True)
        env = dict(os.environ)
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env.update(
            {
                "QT_QPA_PLATFORM": "offscreen",
                "MATSIDE_HOME": str(self.home),
                "ALSA_CONFIG_PATH": str(self.alsa_conf),
                "AUDIO_CAPTURE_DIR": str(self.captures),
                "PYTHONPYCACHEPREFIX": str(self.bytecode),
            }
        )
        # A session bus would let the screen-awake backend talk to a desktop; there is none here,
        # and a stray one must not make figures depend on it.
        env.pop("DBUS_SESSION_BUS_ADDRESS", None)
        env.update(extra)
        return env

    def user_env(self) -> dict[str, str]:
        """As :meth:`env`, but the app finds its folders as it does for a user (platformdirs,
        here pointed into the scratch home through the XDG variables), not by MATSIDE_HOME."""
        env = self.env()
        del env["MATSIDE_HOME"]
        for variable, folder in (
            ("XDG_CONFIG_HOME", "config"),
            ("XDG_DATA_HOME", "data"),
            ("XDG_CACHE_HOME", "cache"),
        ):
            env[variable] = str(self.home / folder)
        return env


MEMORY_FOLDER = Path("/dev/shm")
"""A folder in memory (tmpfs), where the machine has one."""


@contextlib.contextmanager
def scratch(bytecode: Path) -> Iterator[Scratch]:
    """A scratch place on disk, as the app's files are, with the capture device's files in
    memory where the machine allows: the capture device stands in for a sound card, which
    never waits for the disk. On the disk, the pressure scenario's disk worker would time the
    creation of each capture file (the moment a sound "starts") rather than the app."""
    # A helper the app started (a speech engine filling its cache) may still be writing there.
    with contextlib.ExitStack() as stack:
        folder = stack.enter_context(
            tempfile.TemporaryDirectory(prefix="matside-bench-", ignore_cleanup_errors=True)
        )
        device = None
        if MEMORY_FOLDER.is_dir() and os.access(MEMORY_FOLDER, os.W_OK):
            device = stack.enter_context(
                tempfile.TemporaryDirectory(
                    prefix="matside-bench-device-", dir=MEMORY_FOLDER, ignore_cleanup_errors=True
                )
            )
        yield Scratch(Path(folder), bytecode, Path(device) if device else None)


class ChildFailed(RuntimeError):
    """A probe exited with an error or wrote no result."""


def run_probe(
    module: str,
    args: Sequence[str],
    env: Mapping[str, str],
    timeout: float,
) -> dict[str, Any]:
    """Run ``python -m MODULE ARGS --out FILE`` and return the JSON it wrote to FILE."""
    with tempfile.NamedTemporaryFile(prefix="probe-", suffix=".json", delete=False) as handle:
        out = Path(handle.name)
    try:
        completed = subprocess.run(
            [PYTHON, "-m", module, *args, "--out", str(out)],
            cwd=ROOT,
            env=dict(env),
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
        text = out.read_text() if out.exists() else ""
        if completed.returncode != 0 or not text:
            tail = "\n".join(completed.stderr.strip().splitlines()[-15:])
            raise ChildFailed(f"{module} exited with {completed.returncode}:\n{tail}")
        result: dict[str, Any] = json.loads(text)
        return result
    finally:
        out.unlink(missing_ok=True)


# ---------------------------------------------------------------------------------------------
# CPU load

_BUSY_LOOP = "while True:\n    pass\n"


class CpuLoad:
    """Busy-loop processes, one per core asked for, that keep the CPU busy while they run."""

    def __init__(self, processes: int):
        self.count = processes
        self._processes: list[subprocess.Popen[bytes]] = []
        self._started = 0.0

    def __enter__(self) -> CpuLoad:
        for _ in range(self.count):
            self._processes.append(
                subprocess.Popen(
                    [PYTHON, "-c", _BUSY_LOOP],
                    stdin=subprocess.DEVNULL,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                )
            )
        self._started = time.monotonic()
        time.sleep(0.5)  # let them get going before anything is measured
        return self

    def cpu_percent(self) -> float:
        """The CPU the load has used so far, in percent of one core (200 = two cores)."""
        elapsed = time.monotonic() - self._started
        used = sum(cpu_seconds(p.pid) for p in self._processes)
        return 100 * used / elapsed if elapsed > 0 else 0.0

    def __exit__(self, *_exc: object) -> None:
        for process in self._processes:
            process.terminate()
        for process in self._processes:
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        self._processes.clear()


def load_processes() -> int:
    """One busy loop per core this process may run on."""
    return len(os.sched_getaffinity(0))
