"""Figure 4: CPU and memory of a running, then paused, session, measured from outside.

``matside run ROUTINE --autostart`` runs in its own process (offscreen, sounds into ALSA capture
files). After a warm-up, CPU time (``/proc/PID/stat``) and resident memory (``VmRSS`` in
``/proc/PID/status``, once a second) are read over the running window; the app then pauses
itself and the same is read over the paused window.
"""

from __future__ import annotations

import subprocess
import time
from pathlib import Path
from typing import IO, Any

from bench.common import (
    PYTHON,
    ROOT,
    ChildFailed,
    Figure,
    Scratch,
    Section,
    cpu_seconds,
    live_children,
    rss_bytes,
    slope,
)

ROUTINE = ROOT / "routines" / "hip-opening.json"
WARM_UP = 5.0
SETTLE = 2.0
MB = 1024 * 1024
GROWTH_LIMIT_MB_PER_MIN = 1.0
"""Resident memory counts as growing when its fitted slope is above this."""


def _expect(stream: IO[str], word: str, process: subprocess.Popen[str]) -> float:
    line = stream.readline().strip()
    if not line.startswith(word + " "):
        process.kill()
        raise ChildFailed(f"steady-state probe said {line!r}, expected {word!r}")
    return float(line.split()[1])


def _window(pid: int, seconds: float, began: float) -> dict[str, Any]:
    """CPU share and RSS samples of a process over ``seconds``."""
    cpu_before, wall_before = cpu_seconds(pid), time.monotonic()
    children_before = cpu_seconds(pid, children=True)
    live_before = live_children(pid)
    samples: list[tuple[float, float]] = []
    deadline = wall_before + seconds
    while True:
        now = time.monotonic()
        samples.append((now - began, rss_bytes(pid) / MB))
        if now >= deadline:
            break
        time.sleep(min(1.0, deadline - now))
    cpu_after, wall_after = cpu_seconds(pid), time.monotonic()
    children = cpu_seconds(pid, children=True) - children_before
    # Children still running (the cue player): what they spent in the window.
    live = sum(cpu - live_before.get(child, 0.0) for child, cpu in live_children(pid).items())
    children += live
    own = cpu_after - cpu_before
    wall = wall_after - wall_before
    rss = [value for _, value in samples]
    return {
        "seconds": round(wall, 2),
        "cpu_seconds": round(own + children, 3),
        "cpu_seconds_own": round(own, 3),
        "cpu_seconds_children": round(children, 3),
        "cpu_seconds_live_children": round(live, 3),
        # The app's own threads, its cue player and the helpers it ran (a speech engine, say)
        # together.
        "cpu_percent": round(100 * (own + children) / wall, 3),
        "rss_start_mb": round(rss[0], 1),
        "rss_end_mb": round(rss[-1], 1),
        "rss_max_mb": round(max(rss), 1),
        "rss_slope_mb_per_min": round(slope(samples) * 60, 3),
        "rss_samples_mb": [round(value, 2) for value in rss],
    }


def measure_steady(place: Scratch, running: float, paused: float) -> Section:
    section = Section("steady")
    began = time.monotonic()
    process = subprocess.Popen(
        [
            PYTHON,
            "-m",
            "bench.probes.steady",
            str(ROUTINE),
            "--pause-after",
            str(WARM_UP + running),
        ],
        cwd=ROOT,
        env=place.env(),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert process.stdout is not None
    try:
        started = _expect(process.stdout, "started", process)
        time.sleep(max(0.0, started + WARM_UP - time.monotonic()))
        run = _window(process.pid, running, started)
        paused_at = _expect(process.stdout, "paused", process)
        time.sleep(max(0.0, paused_at + SETTLE - time.monotonic()))
        still = _window(process.pid, paused, started)
        threads = len(list(Path(f"/proc/{process.pid}/task").iterdir()))
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    captured = len(list(place.captures.glob("capture-*")))
    section.details = {
        "routine": ROUTINE.name,
        "warm_up_s": WARM_UP,
        "running": run,
        "paused": still,
        "threads_at_end": threads,
        "sounds_captured": captured,
        "growth_limit_mb_per_min": GROWTH_LIMIT_MB_PER_MIN,
    }
    section.seconds = time.monotonic() - began
    rss_end = max(run["rss_max_mb"], still["rss_max_mb"])
    slope_run = run["rss_slope_mb_per_min"]
    section.figures = [
        Figure(
            "steady.cpu_running_pct",
            "CPU while running (% of one core)",
            run["cpu_percent"],
            "%",
            2,
            note=f"{run['seconds']:g} s, {ROUTINE.name}, {captured} sounds played",
        ),
        Figure(
            "steady.cpu_paused_pct",
            "CPU while paused (% of one core)",
            still["cpu_percent"],
            "%",
            0.5,
            note=f"{still['seconds']:g} s",
        ),
        Figure(
            "steady.rss_max_mb",
            "Resident memory, max",
            rss_end,
            "MB",
            150,
            note=f"start {run['rss_start_mb']} MB, end {still['rss_end_mb']} MB",
        ),
        Figure(
            "steady.rss_slope_mb_per_min",
            "Resident memory growth while running",
            slope_run,
            "MB/min",
            GROWTH_LIMIT_MB_PER_MIN,
            note=f"least-squares slope over {len(run['rss_samples_mb'])} samples",
        ),
    ]
    return section
