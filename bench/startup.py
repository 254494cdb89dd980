"""Figure 3: process start to the first painted frame: Matside's run screen (``matside run``) and
its library (bare ``matside``), each against a bare window.

Each probe is started as a fresh process; the time runs from just before the parent starts it
to the end of the first frame the child paints (both read the system's monotonic clock). Bare
and run-screen starts alternate, after one unmeasured start of each that warms the file and
bytecode caches and leaves the app's own caches (rendered speech) as everyday use leaves them.
"""

from __future__ import annotations

import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.common import PYTHON, ROOT, ChildFailed, Figure, Scratch, Section, median

ROUTINE = ROOT / "routines" / "hip-opening.json"
WARM_UP_LINGER = 6.0


def _start_once(
    place: Scratch, mode: str, linger: float = 0.0, breakdown: bool = False
) -> dict[str, Any]:
    with tempfile.NamedTemporaryFile(prefix="startup-", suffix=".json", delete=False) as handle:
        out = Path(handle.name)
    command = [PYTHON, "-m", "bench.probes.startup", mode]
    if mode == "run":
        command.append(str(ROUTINE))
    if linger:
        command += ["--linger", str(linger)]
    if breakdown:
        command.append("--breakdown")
    command += ["--out", str(out)]
    try:
        env = place.user_env()  # platformdirs and all, as a user starts it
        began = time.monotonic()
        completed = subprocess.run(
            command,
            cwd=ROOT,
            env=env,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        ended = time.monotonic()
        text = out.read_text()
        if completed.returncode != 0 or not text:
            raise ChildFailed(f"start-up probe {mode}: {completed.stderr.strip()[-800:]}")
        import json

        marks: dict[str, Any] = json.loads(text)
    finally:
        out.unlink(missing_ok=True)
    if breakdown:
        return {"to_frame_ms": round((marks["frame_done"] - began) * 1000, 1), **marks["counted"]}
    return {
        "to_frame": marks["frame_done"] - began,
        "to_first_paint": marks["first_paint"] - began,
        "to_probe": marks["probe_started"] - began,
        "to_exit": ended - began,
    }


def measure_startup(place: Scratch, repeats: int) -> Section:
    section = Section("startup")
    began = time.monotonic()
    modes = ("bare", "run", "home")
    for mode in modes:
        # Not counted: fills the file and bytecode caches, and lets the app's helpers (the
        # speech renderer) fill theirs, as after any earlier use of the app.
        _start_once(place, mode, linger=WARM_UP_LINGER)
    runs: dict[str, list[dict[str, float]]] = {mode: [] for mode in modes}
    for _ in range(repeats):
        for mode in modes:
            runs[mode].append(_start_once(place, mode))
    details: dict[str, Any] = {"repeats": repeats, "routine": ROUTINE.name}
    medians: dict[str, float] = {}
    for mode, measured in runs.items():
        frames = [m["to_frame"] for m in measured]
        medians[mode] = median(frames)
        details[mode] = {
            "to_frame_ms": [round(v * 1000, 1) for v in frames],
            "median_to_frame_ms": round(median(frames) * 1000, 1),
            "median_to_first_paint_ms": round(
                median([m["to_first_paint"] for m in measured]) * 1000, 1
            ),
            "median_interpreter_ms": round(median([m["to_probe"] for m in measured]) * 1000, 1),
        }
    # Each run-screen start against the bare start just before it, then the median of those
    # ratios: on a shared machine whose speed drifts over the minute this takes, a pair is
    # measured under the same conditions, while two medians may not be.
    ratios = [r["to_frame"] / b["to_frame"] for b, r in zip(runs["bare"], runs["run"], strict=True)]
    ratio = median(ratios)
    details["paired_ratios"] = [round(value, 2) for value in ratios]
    details["ratio_of_medians"] = round(medians["run"] / medians["bare"], 2)
    home_ratios = [
        h["to_frame"] / b["to_frame"] for b, h in zip(runs["bare"], runs["home"], strict=True)
    ]
    home_ratio = median(home_ratios)
    details["home_paired_ratios"] = [round(value, 2) for value in home_ratios]
    details["home_ratio_of_medians"] = round(medians["home"] / medians["bare"], 2)
    # Not timed: one more start of each with the probe's counters on (see its --breakdown).
    details["breakdown"] = {
        mode: {
            key: round(value, 1) if isinstance(value, float) else value
            for key, value in _start_once(place, mode, breakdown=True).items()
        }
        for mode in modes
    }
    section.details = details
    section.seconds = time.monotonic() - began
    section.figures = [
        Figure(
            "startup.bare_ms",
            "Start-up: bare PySide6 window, median",
            round(medians["bare"] * 1000, 1),
            "ms",
            note=f"process start to first painted frame, {repeats} runs",
        ),
        Figure(
            "startup.run_ms",
            "Start-up: matside run ROUTINE, median",
            round(medians["run"] * 1000, 1),
            "ms",
            note=f"{ROUTINE.name}, {repeats} runs",
        ),
        Figure(
            "startup.ratio",
            "Start-up: run screen / bare window",
            round(ratio, 2),
            "x",
            2.0,  # issue 14: within 2x a bare window, without start-up tricks
            note=f"median of {repeats} paired starts; ratio of the medians "
            f"{details['ratio_of_medians']}",
        ),
        Figure(
            "startup.home_ms",
            "Start-up: matside (the library), median",
            round(medians["home"] * 1000, 1),
            "ms",
            note=f"bundled routines only, {repeats} runs",
        ),
        Figure(
            "startup.home_ratio",
            "Start-up: library / bare window",
            round(home_ratio, 2),
            "x",
            2.0,  # issue 20: the library within 2x a bare window too
            note=f"median of {repeats} paired starts; ratio of the medians "
            f"{details['home_ratio_of_medians']}",
        ),
    ]
    return section
