"""The pressure scenario: cues and transitions under CPU, memory and disk pressure at once.

The run screen plays a routine through the real sound path (simpleaudio into ALSA capture
files; each file's creation timed by :class:`bench.devicewatch.DeviceWatch`) while busy loops
fill every core and ``stress-ng --vm 1 --vm-bytes 3G --hdd 1`` churns memory and the disk (in
the scratch folder). Every tick counter of :mod:`bench.probes.ticks` runs the same routine
beside it, in processes of their own, under the same load.

Without stress-ng (``apt-get install stress-ng``) the figures are left out, with that reason.
"""

from __future__ import annotations

import shutil
import subprocess
import time
from types import TracebackType

from bench.accuracy import (
    analyse,
    counter_figures,
    device_summary,
    priority_words,
    run_beside_counters,
)
from bench.common import CpuLoad, Figure, Scratch, Section, load_processes
from bench.devicewatch import DeviceWatch, with_opened

STRESS = ["--vm", "1", "--vm-bytes", "3G", "--hdd", "1"]
"""What stress-ng runs: one worker churning 3 GB of memory, one writing and reading files."""


class StressLoad:
    """``stress-ng`` running :data:`STRESS` in ``folder`` while the context lasts."""

    def __init__(self, folder: Scratch):
        self.folder = folder.root
        self._process: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> StressLoad:
        binary = shutil.which("stress-ng")
        if binary is None:
            raise FileNotFoundError("stress-ng")
        self._process = subprocess.Popen(
            [binary, *STRESS, "--timeout", "0"],
            cwd=self.folder,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(2.0)  # let the memory worker fill its 3 GB before anything is measured
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        process = self._process
        if process is None:
            return
        process.terminate()  # stress-ng ends its workers on SIGTERM
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def measure_pressure(place: Scratch, seconds: float) -> Section:
    """Cue error at the device, transitions and every tick counter under CPU + memory + IO."""
    section = Section("pressure")
    began = time.monotonic()
    if shutil.which("stress-ng") is None:
        why = "stress-ng is not installed (apt-get install stress-ng)"
        section.figures = [
            Figure(
                "pressure.device_p99_ms",
                "Under pressure: cue to device start, p99",
                None,
                "ms",
                15,
                note=why,
            )
        ]
        return section
    busy = load_processes()
    env = place.env()
    timeout = seconds * 3 + 180
    with CpuLoad(busy), StressLoad(place), DeviceWatch(place.captures) as watch:
        raw, ticks = run_beside_counters(seconds, "real", env, timeout)
    result = analyse(raw)
    device = device_summary(with_opened(raw["sounds"], watch), watch.priority)
    section.details = {
        "routine": result["routine"],
        "player": result["player"],
        "player_problem": result["player_problem"],
        "cue_thread_priority": result["cue_thread_priority"],
        "cues_by": result["cues_by"],
        "device": device,
        "transitions": result["transitions"],
        "cues_at_play": result["cues"],
        "sounds": result["sounds"],
        "sounds_dropped": result["sounds_dropped"],
        "end_drift_ms": result["end_drift_ms"],
        "tick_counters": ticks,
        "load": {"busy_loops": busy, "stress_ng": STRESS},
    }
    section.seconds = time.monotonic() - began
    drift = result["end_drift_ms"]
    under = f"{busy} busy loops + stress-ng {' '.join(STRESS)}"
    cues = priority_words(result["cue_thread_priority"], result["cues_by"])
    section.figures = [
        Figure(
            "pressure.device_p99_ms",
            "Under pressure: cue to device start, p99",
            device["error"].get("p99_ms"),
            "ms",
            15,
            note=f"{device['note']}; {under}; {cues}",
        ),
        Figure(
            "pressure.device_max_ms",
            "Under pressure: cue to device start, max",
            device["error"].get("max_ms"),
            "ms",
        ),
        Figure(
            "pressure.transitions_p99_ms",
            "Under pressure: transitions noticed, p99",
            result["transitions"].get("p99_ms"),
            "ms",
        ),
        Figure(
            "pressure.sounds_dropped",
            "Under pressure: cues dropped as stale",
            result["sounds_dropped"],
            "",
            0,
        ),
        Figure(
            "pressure.end_drift_ms",
            "Under pressure: end drift",
            abs(drift) if drift is not None else None,
            "ms",
            5,
            note=f"signed {drift} ms",
        ),
        *counter_figures("pressure", ticks, drift),
    ]
    return section
