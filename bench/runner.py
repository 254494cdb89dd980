"""``bench/run``: every measurement in turn, a table of figures against targets, results.json.

Usage::

    bench/run                  # the real figures (about 13 minutes): bench/results.json
    bench/run --quick          # shorter runs for development: bench/results-quick.json
    bench/run --only startup,scale   # some measurements: bench/results-partial.json

Measurements: bundle, scale, startup, steady, latency, accuracy, pressure, repeat. The exit
status is 0 when every figure was measured, whether or not it met its target (the table says
which), and 1 when a measurement failed to run.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench import machine
from bench.accuracy import measure_accuracy, measure_cue_latency
from bench.bundle import measure_bundle
from bench.common import ROOT, CpuSnapshot, Figure, Section, scratch
from bench.pressure import measure_pressure
from bench.repeat import measure_repeat
from bench.scale import measure_scale
from bench.startup import measure_startup
from bench.steady import measure_steady

OTHER_CPU_WARNING = 10.0
"""Percent of a core that others may use during a measurement before the table warns."""
NAMES = ("bundle", "scale", "startup", "steady", "latency", "accuracy", "pressure", "repeat")


@dataclass(frozen=True)
class Plan:
    """How long each measurement runs."""

    accuracy_seconds: float
    latency_seconds: float
    startup_repeats: int
    steady_running: float
    steady_paused: float
    home_repeats: int
    pressure_seconds: float
    sessions: int


FULL = Plan(300, 60, 31, 60, 30, 3, 120, 100)
QUICK = Plan(50, 15, 5, 15, 10, 1, 15, 10)


def _measurements(plan: Plan, quick: bool, bytecode: Path) -> dict[str, Callable[[], Section]]:
    def with_scratch(measure: Callable[[Any], Section]) -> Callable[[], Section]:
        def run() -> Section:
            with scratch(bytecode) as place:
                return measure(place)

        return run

    return {
        "bundle": measure_bundle,
        "scale": with_scratch(lambda p: measure_scale(p, plan.home_repeats)),
        "startup": with_scratch(lambda p: measure_startup(p, plan.startup_repeats)),
        "steady": with_scratch(
            lambda p: measure_steady(p, plan.steady_running, plan.steady_paused)
        ),
        "latency": with_scratch(lambda p: measure_cue_latency(p, plan.latency_seconds)),
        "accuracy": with_scratch(lambda p: measure_accuracy(p, plan.accuracy_seconds, quick=quick)),
        "pressure": with_scratch(lambda p: measure_pressure(p, plan.pressure_seconds)),
        "repeat": with_scratch(lambda p: measure_repeat(p, plan.sessions)),
    }


def _format_value(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    text = f"{value:,.3f}".rstrip("0").rstrip(".") if isinstance(value, float) else f"{value:,}"
    return f"{text} {unit}" if unit != "x" else f"{text}×"


def _format_target(figure: Figure) -> str:
    if figure.target is None:
        return ""
    sign = "≤" if figure.better == "lower" else "≥"
    return f"{sign} {_format_value(float(figure.target), figure.unit)}"


def table(figures: Sequence[Figure]) -> str:
    """The figures as a plain-text table: what, measured, target, verdict."""
    rows = [("figure", "measured", "target", "")]
    for figure in figures:
        verdict = {True: "ok", False: "MISS", None: ""}[figure.ok]
        if figure.value is None and figure.note:
            verdict = figure.note
        rows.append(
            (
                figure.label,
                _format_value(figure.value, figure.unit),
                _format_target(figure),
                verdict,
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    lines = []
    for number, row in enumerate(rows):
        cells = [row[0].ljust(widths[0]), row[1].rjust(widths[1]), row[2].ljust(widths[2]), row[3]]
        lines.append("  ".join(cells).rstrip())
        if number == 0:
            lines.append("  ".join("-" * w for w in widths) + "  ----")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="bench/run",
        description="Measure Matside against its performance targets (issue 8).",
        epilog=__doc__.split("\n\n", 1)[1],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--quick", action="store_true", help="short runs, for development")
    parser.add_argument(
        "--only", help=f"comma-separated measurements to run, of: {', '.join(NAMES)}"
    )
    parser.add_argument("--out", type=Path, help="where to write the results (JSON)")
    args = parser.parse_args(argv)
    chosen = list(NAMES)
    if args.only:
        chosen = [name.strip() for name in args.only.split(",") if name.strip()]
        unknown = [name for name in chosen if name not in NAMES]
        if unknown:
            parser.error(f"unknown measurement(s): {', '.join(unknown)}")
    if args.out is not None:
        out = args.out
    elif args.only:
        out = ROOT / "bench" / "results-partial.json"
    else:
        out = ROOT / "bench" / ("results-quick.json" if args.quick else "results.json")

    plan = QUICK if args.quick else FULL
    with tempfile.TemporaryDirectory(
        prefix="matside-bench-bytecode-", ignore_cleanup_errors=True
    ) as bytecode:
        return _run(chosen, _measurements(plan, args.quick, Path(bytecode)), out, args.quick)


def _run(
    chosen: Sequence[str], measurements: dict[str, Callable[[], Section]], out: Path, quick: bool
) -> int:
    started = datetime.now(UTC)
    began = time.monotonic()
    sections: dict[str, dict[str, Any]] = {}
    figures: list[Figure] = []
    failed = False
    for name in chosen:
        print(f"bench: {name}…", file=sys.stderr, flush=True)
        pace = machine.pace_ms()
        at = time.monotonic()
        before = CpuSnapshot.now()
        try:
            section = measurements[name]()
        except Exception as error:
            failed = True
            print(f"bench: {name} failed: {error}", file=sys.stderr)
            sections[name] = {
                "error": "".join(traceback.format_exception_only(error)).strip(),
                "seconds": round(time.monotonic() - at, 1),
            }
            continue
        figures.extend(section.figures)
        machine_use = {**CpuSnapshot.now().since(before), "pace_ms": pace}
        sections[name] = {
            "seconds": round(time.monotonic() - at, 1),
            # Others' work on the machine meanwhile: a figure taken while it was high is suspect.
            "machine": machine_use,
            "details": section.details,
        }
        other, steal = machine_use["other_cpu_percent"], machine_use["steal_percent"]
        print(
            f"bench: {name} done in {time.monotonic() - at:.0f} s; other processes used "
            f"{other:g} % of a core, steal {steal:g} %; the fixed loop took {pace:g} ms before it",
            file=sys.stderr,
        )

    result = {
        "mode": "quick" if quick else "full",
        "measured": chosen,
        "started_utc": started.isoformat(timespec="seconds"),
        "elapsed_s": round(time.monotonic() - began, 1),
        "machine": machine.describe(),
        "figures": [figure.to_json() for figure in figures],
        "sections": sections,
    }
    out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n")
    print()
    print(table(figures))
    print()
    for name, outcome in sections.items():
        use = outcome.get("machine", {})
        other = use.get("other_cpu_percent", 0)
        if other > OTHER_CPU_WARNING and use.get("wall_s", 0) >= 5:
            print(
                f"note: other processes used {other:g} % of a core during {name}; "
                "its figures may be pessimistic"
            )
    misses = [f.label for f in figures if f.ok is False]
    print(f"{len(figures)} figures, {len(misses)} missed; written to {out}")
    return 1 if failed else 0
