"""A tick-counting interval timer, the way most are written, running the benchmark routine.

``python -m bench.probes.ticks --seconds 300 --style repeating --out FILE``

A window with one label; a 1000 ms QTimer; each tick takes one second off the current segment
and shows what is left, and when a segment runs out the next one starts. It notes the moment it
believes each segment starts. It runs alone in its process, as such an app would.

Styles:
    ``repeating``: ``QTimer`` with ``setInterval(1000)`` and nothing else (Qt's default, coarse
    timer type): the way most interval timers count.
    ``repeating-precise``: the same with ``Qt.TimerType.PreciseTimer``.
    ``chained``: a precise single-shot timer re-armed for 1000 ms in each tick, as a
    ``setTimeout`` chain does.
    ``decrement``: a precise 10 ms repeating timer, each tick taking 10 ms off what is left:
    a tick lost or late under pressure is time that never passes.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel

from bench.probes.output import finish
from bench.probes.qtrun import run_from_random_moment
from bench.routines import interval_routine
from matside.core.routine import routine_from_data
from matside.core.timeline import compile_timeline, format_duration

STYLES = ("repeating", "repeating-precise", "chained", "decrement")
STEP_MS = {"decrement": 10}
"""Milliseconds a tick takes off, by style; 1000 for the others."""


class TickCounter(QObject):
    """Counts a timeline down by whole seconds, one per tick of a 1000 ms timer."""

    def __init__(self, lengths: Sequence[int], style: str, label: QLabel):
        super().__init__()
        self.lengths = list(lengths)
        self.style = style
        self.label = label
        self.step = STEP_MS.get(style, 1000)
        self.timer = QTimer(self)
        self.timer.setInterval(self.step)
        if style != "repeating":
            self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setSingleShot(style == "chained")
        self.timer.timeout.connect(self._tick)
        self.index = 0
        self.remaining = 0
        self.transitions: list[tuple[int, float]] = []  # index, when it believed it started
        self.ticks = 0
        self.done = False

    def start(self) -> None:
        self.index = 0
        self.remaining = self.lengths[0] * 1000  # milliseconds, counted in whole steps
        self.label.setText(format_duration(self.remaining // 1000))
        self.timer.start()

    def _tick(self) -> None:
        now = time.monotonic()
        if self.style == "chained":
            self.timer.start()
        self.ticks += 1
        self.remaining -= self.step
        while self.remaining <= 0:
            self.index += 1
            self.transitions.append((self.index, now))
            if self.index == len(self.lengths) - 1:  # the "done" segment
                self.timer.stop()
                self.done = True
                QApplication.quit()
                return
            self.remaining += self.lengths[self.index] * 1000
        text = format_duration(-(-self.remaining // 1000))  # whole seconds left, rounded up
        if self.label.text() != text:
            self.label.setText(text)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench.probes.ticks")
    parser.add_argument("--seconds", type=float, required=True, help="routine length to aim at")
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument("--style", choices=STYLES, required=True)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)

    app = QApplication(sys.argv[:1])
    timeline = compile_timeline(routine_from_data(interval_routine(args.seconds, args.seed)))
    lengths = [int(segment.seconds or 0) for segment in timeline.segments]
    label = QLabel()
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setStyleSheet("font-size: 96px; font-weight: 700;")
    label.resize(640, 400)
    label.show()
    counter = TickCounter(lengths, args.style, label)
    started: dict[str, float] = {}

    def begin() -> None:
        started["at"] = time.monotonic()
        counter.start()

    run_from_random_moment(app, begin, timeline.total_seconds)
    finish(
        args.out,
        {
            "style": args.style,
            "lengths": lengths,
            "start": started.get("at"),
            "start_phase_ms": round(started["at"] % 1 * 1000) if started else None,
            "transitions": counter.transitions,
            "ticks": counter.ticks,
            "step_ms": counter.step,
            "ended": time.monotonic(),
            "done": counter.done,
        },
    )


if __name__ == "__main__":
    sys.exit(main())
