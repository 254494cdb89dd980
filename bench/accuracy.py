"""Figures 1 and 2: how close to schedule transitions and cues happen under load, and cue latency.

The schedule is computed here from the routine's segment lengths, independently of the session:
segment ``i`` is due at ``start + sum(lengths[:i])``. The probe (:mod:`bench.probes.timing`)
reports when each thing was actually noticed; an error is ``noticed - planned``.
"""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from bench.common import (
    CpuLoad,
    Figure,
    Scratch,
    Section,
    load_processes,
    median,
    percentile,
    run_probe,
    summary_ms,
)
from bench.devicewatch import DeviceWatch, with_opened

TICK_STYLE = "repeating"
"""The tick counter the target is held against: a plain repeating 1000 ms QTimer."""
COUNTERS = {TICK_STYLE: 3, "repeating-precise": 1, "chained": 1, "decrement": 1}
"""Tick counters to run beside the run screen, by style. A plain QTimer is coarse: it rounds its
ticks onto Qt's preferred boundaries, so its error depends on the moment it was started; three of
them, started at independent moments, give a typical value (their median)."""
COUNTER_LABELS = {
    TICK_STYLE: "repeating 1000 ms QTimer",
    "repeating-precise": "precise repeating 1000 ms QTimer",
    "chained": "re-armed 1000 ms single shot",
    "decrement": "10 ms decrement",
}
"""What each tick counter is, in the figures' words."""


def _planned(lengths: list[int], start: float) -> list[float]:
    planned, at = [], start
    for length in lengths:
        planned.append(at)
        at += length
    return planned


def analyse_ticks(raw: dict[str, Any]) -> dict[str, Any]:
    """When a tick counter believed each segment started, against its own planned schedule."""
    lengths: list[int] = raw["lengths"]
    planned = _planned(lengths, raw["start"])
    believed = [(index, at - planned[index]) for index, at in raw["transitions"]]
    end = [error for index, error in believed if index == len(lengths) - 1]
    # The time it counted against the time that passed, up to its end or the run's.
    counted = raw["ticks"] * raw.get("step_ms", 1000) / 1000
    finished = raw["transitions"][-1][1] if end else raw.get("ended")
    passed = finished - raw["start"] if finished is not None and raw["start"] else None
    return {
        "lost_percent": round(100 * (1 - counted / passed), 2) if passed else None,
        "transitions": summary_ms([abs(error) for _, error in believed]),
        "end_drift_ms": round(end[0] * 1000, 3) if end else None,
        "worst_ms": round(max((e for _, e in believed), key=abs) * 1000, 3) if believed else None,
        "ticks": raw["ticks"],
        "start_phase_ms": raw.get("start_phase_ms"),
    }


def _tick_drift(counters: list[dict[str, Any]]) -> float | None:
    """The median absolute end drift of some tick counters."""
    drifts = [abs(c["end_drift_ms"]) for c in counters if c["end_drift_ms"] is not None]
    return round(median(drifts), 3) if drifts else None


def analyse(raw: dict[str, Any]) -> dict[str, Any]:
    """Errors of the run screen's transitions and cues against the planned schedule."""
    lengths: list[int] = raw["routine"]["lengths"]
    transitions: list[dict[str, Any]] = raw["transitions"]
    start = transitions[0]["due"]
    planned = _planned(lengths, start)
    finish_planned = planned[-1]

    # Only what the timer handler noticed: the first segment starts on the key press itself.
    transition_errors = [t["seen"] - planned[t["index"]] for t in transitions if t["in_handler"]]
    mismatch = max(abs(t["due"] - planned[t["index"]]) for t in transitions)
    sounds = [s for s in raw["sounds"] if "due" in s]
    played = [s for s in sounds if not s.get("dropped")]
    # Cues: what the cue thread played at its deadlines (the app's path since the cue thread).
    cue_errors = [s["called"] - s["due"] for s in played if s["timed"]]
    latencies = [s["returned"] - s["due"] for s in played if s["timed"]]
    call_times = [s["returned"] - s["called"] for s in played]
    errors = transition_errors + cue_errors
    finish = raw["finish"]
    drift = finish["seen"] - finish_planned if finish is not None else None

    runs = [end - begin for begin, end in raw["handler_runs"]]
    none_refs = raw.get("none_refs") or []
    refs: dict[str, Any] = {"python": raw.get("python")}
    if len(none_refs) == 2:
        (t0, refs0, runs0), (t1, refs1, runs1) = none_refs
        lost = refs0 - refs1
        per_minute = 60 * lost / (t1 - t0)
        refs.update(
            {
                "at_start": refs0,
                "at_end": refs1,
                "lost_per_minute": round(per_minute, 1),
                "lost_per_wakeup": round(lost / max(1, runs1 - runs0), 2),
                "minutes_left_at_start": round(refs0 / per_minute, 1) if per_minute > 0 else None,
            }
        )
    return {
        "routine": {
            "name": raw["routine"]["name"],
            "planned_seconds": raw["routine"]["total_seconds"],
            "segments": raw["routine"]["segments"],
        },
        "qt": raw["qt"],
        "pyside": raw["pyside"],
        "platform": raw["platform"],
        "player": raw["player"],
        "player_problem": raw["player_problem"],
        "cue_thread_real_time": raw.get("cue_thread_real_time"),
        "cue_thread_priority": raw.get("cue_thread_priority"),
        "cues_by": raw.get("cues_by", "thread"),
        "schedule_mismatch_ms": round(mismatch * 1000, 6),
        "events": summary_ms([abs(e) for e in errors]),
        "earliest_ms": round(min(errors) * 1000, 3) if errors else None,
        "transitions": summary_ms([abs(e) for e in transition_errors]),
        "cues": summary_ms([abs(e) for e in cue_errors]),
        "cue_latency": summary_ms(latencies),
        "play_call": summary_ms(call_times),
        "sounds": len(played),
        "sounds_dropped": sum(1 for s in sounds if s.get("dropped")),
        "sounds_mismatched": sum(1 for s in played if s.get("matches") is False),
        "end_drift_ms": round(drift * 1000, 3) if drift is not None else None,
        "handler": summary_ms(runs),
        "none_refs": refs,
        "wakeups": len(runs),
        "_p99": percentile([abs(e) for e in errors], 0.99) if errors else None,
        "_latency_p99": percentile(latencies, 0.99) if latencies else None,
    }


def run_beside_counters(
    seconds: float, player: str, env: dict[str, str], timeout: float
) -> tuple[dict[str, Any], dict[str, list[dict[str, Any]]]]:
    """The run screen (with ``player``) and every tick counter on one routine at once, each in
    a process of its own; the screen's raw record and each counter's analysis, by style."""
    routine = ["--seconds", str(seconds)]
    with ThreadPoolExecutor(1 + sum(COUNTERS.values())) as pool:
        screen = pool.submit(
            run_probe, "bench.probes.timing", [*routine, "--player", player], env, timeout
        )
        counters = {
            style: [
                pool.submit(
                    run_probe, "bench.probes.ticks", [*routine, "--style", style], env, timeout
                )
                for _ in range(count)
            ]
            for style, count in COUNTERS.items()
        }
        raw = screen.result()
        ticks = {
            style: [analyse_ticks(future.result()) for future in futures]
            for style, futures in counters.items()
        }
    return raw, ticks


def measure_accuracy(place: Scratch, seconds: float, *, quick: bool) -> Section:
    """Figure 1: the run screen and tick counters on one routine, under CPU load."""
    section = Section("accuracy")
    began = time.monotonic()
    busy = load_processes()
    timeout = seconds * 2 + 120
    env = place.env()
    with CpuLoad(busy) as load:
        raw, ticks = run_beside_counters(seconds, "recording", env, timeout)
        load_percent = load.cpu_percent()
    result = analyse(raw)
    result["tick_counters"] = ticks
    result["load"] = {"processes": busy, "cpu_percent": round(load_percent, 1)}
    section.details = {k: v for k, v in result.items() if not k.startswith("_")}
    section.seconds = time.monotonic() - began

    events = result["events"]
    drift = result["end_drift_ms"]
    length = f"{result['routine']['planned_seconds']:g} s routine"
    under = f"{busy} busy-loop processes"
    section.figures = [
        Figure(
            "accuracy.median_ms",
            "Transition/cue error, median (under load)",
            events.get("median_ms"),
            "ms",
            note=f"{events['count']} events, {length}, {under}",
        ),
        Figure(
            "accuracy.p99_ms",
            "Transition/cue error, p99 (under load)",
            events.get("p99_ms"),
            "ms",
            15,
            note="transitions seen by the session listener, cues at the cue thread's play()",
        ),
        Figure(
            "accuracy.max_ms", "Transition/cue error, max (under load)", events.get("max_ms"), "ms"
        ),
        Figure(
            "accuracy.end_drift_ms",
            "End drift: actual - planned finish",
            abs(drift) if drift is not None else None,
            "ms",
            5,
            note=f"signed {drift} ms" + (" (quick run)" if quick else ""),
        ),
        *counter_figures("accuracy", result["tick_counters"], drift),
        _none_figure(result["none_refs"]),
    ]
    return section


def counter_figures(
    prefix: str, counters: dict[str, list[dict[str, Any]]], drift: float | None
) -> list[Figure]:
    """Each tick counter's end drift, and its ratio to Matside's: one per counter, no headline.

    A repeating timer's error is a phase offset that does not grow with the routine's length;
    a decrement's grows with every tick lost. The ratios are reported, not judged.
    """
    figures = []
    for style, runs in counters.items():
        label = COUNTER_LABELS.get(style, style)
        tick_drift = _tick_drift(runs)
        suffix = "" if style == TICK_STYLE else f".{style}"
        note = (
            f"median of {len(runs)}: "
            + ", ".join(f"{c['end_drift_ms']} ms" for c in runs)
            + "; same routine and load, own processes"
        )
        if tick_drift is None:
            lost = [c["lost_percent"] for c in runs if c.get("lost_percent") is not None]
            note = "never reached the end within the run" + (
                f": it counted {100 - max(lost):g} % of the time that passed" if lost else ""
            )
        figures.append(
            Figure(
                f"{prefix}.tick_end_drift_ms{suffix}",
                f"Tick counting ({label}), end drift",
                tick_drift,
                "ms",
                note=note,
            )
        )
        if style == "decrement":
            lost = [c["lost_percent"] for c in runs if c.get("lost_percent") is not None]
            figures.append(
                Figure(
                    f"{prefix}.tick_lost_percent{suffix}",
                    f"Tick counting ({label}), share of elapsed time lost",
                    median(lost) if lost else None,
                    "%",
                )
            )
        ratio = None
        if drift is not None and tick_drift is not None:
            ratio = round(abs(tick_drift) / max(abs(drift), 0.001), 1)
        figures.append(
            Figure(
                f"{prefix}.vs_ticks{suffix}",
                f"End drift: {label} / Matside",
                ratio,
                "x",
                note="reported, not judged: a phase offset and a loss are not alike",
            )
        )
    return figures


def priority_words(how: object, by: object = "thread") -> str:
    """Who played the cues (the cue ``process``, the session's ``thread``, or ``both``: the
    process ended on the way) and at which priority, for a figure's note: both change the
    figures."""
    who = {"process": "cue process", "both": "cue process, then thread"}.get(str(by), "cue thread")
    return f"{who} at {how}" if how else f"{who}, priority unknown"


def device_summary(device: dict[str, Any], watcher: str) -> dict[str, Any]:
    """The device errors as a summary, with a note saying whether every play got there.

    Args:
        device: :func:`bench.devicewatch.with_opened`' answer.
        watcher: how the watcher ran (:attr:`bench.devicewatch.DeviceWatch.priority`).
    """
    whole = device["plays"] == device["files"] and device["ahead"] == 0
    note = (
        f"{device['files']} capture files for {device['plays']} plays, timed by inotify at their "
        f"first samples (watcher at {watcher})"
        if whole
        else f"MISMATCH: {device['files']} files, {device['plays']} plays, "
        f"{device['ahead']} ahead of their play"
    )
    return {
        **{k: device[k] for k in ("plays", "files", "ahead")},
        "error": summary_ms(device["errors"]),
        "opened": summary_ms(device["opened_errors"]),
        "whole": whole,
        "note": note,
    }


def _none_figure(refs: dict[str, Any]) -> Figure:
    """A health check the timing run makes on the way: is a reference to None lost per call?"""
    lost = refs.get("lost_per_minute")
    left = refs.get("minutes_left_at_start")
    note = f"Python {refs.get('python')}"
    if lost:
        note += f"; at this rate Python aborts after about {left} min of running"
    return Figure(
        "health.none_refs_lost_per_min",
        "References to None lost while running",
        max(0.0, lost) if lost is not None else None,
        "/min",
        0,
        note=note,
    )


def measure_cue_latency(place: Scratch, seconds: float) -> Section:
    """Figure 2: scheduled instant to the sound's start at the device (and to the cue
    thread's ``play`` returning), the real player, under CPU load."""
    section = Section("cue_latency")
    began = time.monotonic()
    busy = load_processes()
    env = place.env()
    with CpuLoad(busy), DeviceWatch(place.captures) as watch:
        raw = run_probe(
            "bench.probes.timing",
            ["--seconds", str(seconds), "--player", "real"],
            env,
            seconds * 2 + 120,
        )
    result = analyse(raw)
    captured = sorted(place.captures.glob("capture-*"))
    result["captured_files"] = len(captured)
    device = with_opened(raw["sounds"], watch)
    result["device"] = device_summary(device, watch.priority)
    result["load"] = {"processes": busy}
    section.details = {
        k: result[k]
        for k in (
            "routine",
            "player",
            "player_problem",
            "cue_thread_priority",
            "cues_by",
            "cue_latency",
            "play_call",
            "cues",
            "sounds",
            "sounds_dropped",
            "sounds_mismatched",
            "captured_files",
            "device",
            "load",
        )
    }
    section.seconds = time.monotonic() - began
    real = result["player"] == "SimpleaudioPlayer" and result["player_problem"] is None
    cues = priority_words(result["cue_thread_priority"], result["cues_by"])
    note = (
        f"{cues}, real SimpleaudioPlayer "
        f"into ALSA capture files ({len(captured)} written), {busy} busy-loop processes"
        if real
        else f"player {result['player']} ({result['player_problem']}): not the real sound path"
    )
    section.figures = [
        Figure(
            "cue_latency.device_p99_ms",
            "Cue to the sound's start at the device, p99",
            result["device"]["error"].get("p99_ms"),
            "ms",
            15,
            note=f"{result['device']['note']}; {cues}",
        ),
        Figure(
            "cue_latency.p99_ms",
            "Cue latency p99: due -> play() returned",
            result["cue_latency"].get("p99_ms"),
            "ms",
            20,
            note=note,
        ),
        Figure(
            "cue_latency.play_call_p99_ms",
            "play() call itself, p99",
            result["play_call"].get("p99_ms"),
            "ms",
        ),
    ]
    return section
