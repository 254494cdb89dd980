"""Synthetic routines for the benchmarks, built as JSON data and checked by the real model."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

from matside.core.routine import routine_from_data
from matside.core.timeline import compile_timeline
from matside.storage import paths

_PICTURES = [
    ["resource:images/step-back-and-reach-1.svg", "resource:images/step-back-and-reach-2.svg"],
    ["resource:images/clamshell-1.svg", "resource:images/clamshell-2.svg"],
    ["resource:images/leg-swing-1.svg", "resource:images/leg-swing-2.svg"],
    ["resource:images/knees-out-squat-1.svg", "resource:images/knees-out-squat-2.svg"],
]

_INSTRUCTIONS = [
    "Stand tall, feet under your hips. Move slowly and keep the pelvis still.",
    "Breathe out as you move, in as you come back. Stop short of any pinch.",
]


def _interval_exercise(rng: random.Random, number: int) -> dict[str, Any]:
    """One short exercise whose every segment lasts a whole number of seconds."""
    exercise: dict[str, Any] = {
        "name": f"Move {number}",
        "instructions": _INSTRUCTIONS,
        "images": rng.choice(_PICTURES),
        "sides": rng.choice(["one", "each"]),
        "sets": rng.choice([1, 2]),
        "rest_between_sets": rng.randint(3, 6),
        "rest_after": rng.randint(3, 8),
    }
    draw = rng.random()
    if draw < 0.5:
        exercise["seconds"] = rng.randint(3, 10)
    elif draw < 0.93:
        # Paced reps: a rep cue every tempo seconds, off the whole seconds for tempo 1.5.
        tempo = rng.choice([1, 1.5, 2])
        reps = {1: rng.randint(3, 8), 1.5: 2 * rng.randint(2, 4), 2: rng.randint(2, 5)}[tempo]
        exercise.update(reps=reps, tempo=tempo)
    else:
        exercise.update(seconds=20, sides="one", sets=1)  # long enough for a halfway cue
    return exercise


def interval_routine(target_seconds: float, seed: int = 8) -> dict[str, Any]:
    """Short timed work, switches, rests and paced reps, about ``target_seconds`` long.

    Exercises are added until the timeline reaches the target, so it ends a few seconds past
    it. Every segment lasts whole seconds, so a tick-counting timer can run it too.
    """
    rng = random.Random(seed)
    exercises: list[dict[str, Any]] = []
    data: dict[str, Any] = {
        "format": 1,
        "name": f"Bench intervals, {target_seconds:g} s",
        "prepare_seconds": 5,
        "switch_seconds": 2,
        "rest_between_sets": 4,
        "rest_after_exercise": 5,
        "exercises": exercises,
    }
    while True:
        exercises.append(_interval_exercise(rng, len(exercises) + 1))
        if compile_timeline(routine_from_data(data)).total_seconds >= target_seconds:
            return data


def big_routine(exercises: int, seed: int = 500) -> dict[str, Any]:
    """A routine of ``exercises`` exercises of every kind, with set ranges and both sides."""
    rng = random.Random(seed)
    moves: list[dict[str, Any]] = []
    for number in range(1, exercises + 1):
        move: dict[str, Any] = {
            "name": f"Exercise {number}",
            "instructions": _INSTRUCTIONS,
            "images": rng.choice(_PICTURES),
            "sides": rng.choice(["one", "each"]),
            "sets": rng.choice([1, 2, 3, {"min": 2, "max": 4}]),
        }
        kind = number % 3
        if kind == 0:
            move["seconds"] = rng.randint(20, 60)
        elif kind == 1:
            move.update(reps=rng.randint(6, 12), tempo=rng.choice([2, 3, 4]))
        else:
            move["reps"] = rng.randint(6, 12)  # at the user's own pace
        if number % 7 == 0:
            move["rest_after"] = "as needed"
        moves.append(move)
    return {
        "format": 1,
        "name": f"Bench, {exercises} exercises",
        "prepare_seconds": 10,
        "switch_seconds": 5,
        "rest_between_sets": 30,
        "rest_after_exercise": 30,
        "exercises": moves,
    }


def write_library(folder: Path, count: int) -> list[Path]:
    """Write ``count`` user routine files: the bundled routines again and again, renamed.

    Each file is a full, realistic routine (instructions, pictures, set ranges), varied a little
    so no two are alike.
    """
    folder.mkdir(parents=True, exist_ok=True)
    bundled = [json.loads(path.read_text("utf-8")) for path in paths.bundled_routines()]
    written = []
    for number in range(count):
        data = dict(bundled[number % len(bundled)])
        data["name"] = f"{data['name']} ({number + 1})"
        data["rest_after_exercise"] = 20 + number % 30
        path = folder / f"routine-{number + 1:04d}.json"
        path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", "utf-8")
        written.append(path)
    return written
