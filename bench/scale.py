"""Figure 5: many routines and big routines.

1. Loading (``load_routine``) and planning (``compile_timeline``) 1,000 routine files.
2. Planning a routine of 500 exercises: ``compile_timeline``, and the session's cue plan.
3. Opening the home window on 1,000 user routines: from the probe's first line (the app's
   imports included) until the window's first frame is painted, with constructing and showing
   the window alone beside it (``MATSIDE_HOME`` points at a folder holding the routines).

Each runs in a fresh process (:mod:`bench.probes.scale`).
"""

from __future__ import annotations

import time

from bench.common import Figure, Scratch, Section, median, run_probe

FILES = 1000
EXERCISES = 500


def measure_scale(place: Scratch, repeats: int) -> Section:
    section = Section("scale")
    began = time.monotonic()
    env = place.env()
    library = run_probe("bench.probes.scale", ["write", str(FILES)], env, 120)
    files = run_probe("bench.probes.scale", ["files"], env, 120)
    big = run_probe("bench.probes.scale", ["big", str(EXERCISES)], env, 120)
    homes = [run_probe("bench.probes.scale", ["home"], env, 300) for _ in range(repeats)]
    empty = place.env(MATSIDE_HOME=str(place.root / "empty-home"))
    bare_homes = [run_probe("bench.probes.scale", ["home"], empty, 120) for _ in range(repeats)]
    home_s = median([h["from_start"] for h in homes])
    bare_home_s = median([h["from_start"] for h in bare_homes])
    section.details = {
        "library": library,
        "files": files,
        "big": big,
        "home": {
            "routines_listed": homes[0]["cards"],
            "from_start_ms": [round(h["from_start"] * 1000, 1) for h in homes],
            "window_to_frame_ms": [round(h["to_frame"] * 1000, 1) for h in homes],
            "construct_ms": [round(h["construct"] * 1000, 1) for h in homes],
            "bundled_only_from_start_ms": [round(h["from_start"] * 1000, 1) for h in bare_homes],
            "bundled_only_cards": bare_homes[0]["cards"],
        },
    }
    section.seconds = time.monotonic() - began
    section.figures = [
        Figure(
            "scale.files_s",
            f"Load and plan {FILES} routine files",
            round(files["load_and_plan_s"], 3),
            "s",
            1,
            note=f"median of {files['repeats']}; load {files['load_s']:.3f} s, "
            f"plan {files['plan_s']:.3f} s",
        ),
        Figure(
            "scale.big_plan_ms",
            f"Plan a routine of {EXERCISES} exercises",
            round(big["plan_ms"], 2),
            "ms",
            50,
            note=f"compile_timeline, {big['segments']} segments; with cue plan "
            f"{big['plan_and_cues_ms']:.1f} ms; validating it {big['validate_ms']:.1f} ms",
        ),
        Figure(
            "scale.home_s",
            f"Home window with {FILES} user routines, imports to first frame",
            round(home_s, 3),
            "s",
            1,
            note=f"median of {repeats}; the window alone "
            f"{median([h['to_frame'] for h in homes]) * 1000:.0f} ms; "
            f"with the bundled routines only {bare_home_s * 1000:.0f} ms",
        ),
    ]
    return section
