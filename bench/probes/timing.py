"""Runs a routine on the real run screen in the real Qt event loop and records every moment.

``python -m bench.probes.timing --seconds 300 --player recording --out FILE``

The run screen is :class:`matside.ui.run.screen.RunScreen` itself, with the monotonic clock, a
null screen-awake and a player that notes the time of each ``play`` (around a recording player,
or around the real simpleaudio one with ``--player real``). The only addition is a note of
``time.monotonic()`` when its timer handler starts and when a session event reaches a listener.

The tick-counting timers it is compared with run in processes of their own
(:mod:`bench.probes.ticks`), so that the run screen's precise wake-ups cannot help them along.

Everything is written raw; :mod:`bench.accuracy` does the judging.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from bench.probes.output import finish
from bench.probes.qtrun import run_from_random_moment
from bench.routines import interval_routine
from matside.backends.audio import SOUND_NAMES, Player, RecordingPlayer, make_player
from matside.backends.awake import NullScreenAwake
from matside.core.announcer import STALE_CUE_SECONDS
from matside.core.clock import MonotonicClock
from matside.core.routine import routine_from_data
from matside.core.session import CueDue, Event, Finished, SegmentStarted
from matside.core.timeline import Timeline, compile_timeline
from matside.ui.main import make_application
from matside.ui.run.screen import RunScreen


class Recorder:
    """A session listener: every transition and cue with its due instant and when it was seen.

    It also tells which cue each sound was for: the run screen plays one sound per instant, the
    earliest instant first, and drops instants gone stale; a sound is matched to the earliest
    instant seen and not yet sounded.
    """

    def __init__(self) -> None:
        self.in_handler = False
        self.handler_started = 0.0
        self.transitions: list[dict[str, Any]] = []
        self.cues: list[dict[str, Any]] = []
        self.finish: dict[str, Any] | None = None
        self.sounds: list[dict[str, Any]] = []
        self._unsounded: list[dict[str, Any]] = []

    def __call__(self, event: Event) -> None:
        seen = time.monotonic()
        if isinstance(event, SegmentStarted):
            self.transitions.append(
                {
                    "index": event.index,
                    "kind": event.segment.kind.value,
                    "due": event.due,
                    "seen": seen,
                    "in_handler": self.in_handler,
                }
            )
        elif isinstance(event, CueDue):
            cue = {
                "kind": event.cue.kind.value,
                "index": event.index,
                "due": event.due,
                "seen": seen,
                "in_handler": self.in_handler,
            }
            self.cues.append(cue)
            self._unsounded.append(cue)
        elif isinstance(event, Finished):
            self.finish = {"due": event.due, "seen": seen, "stopped": event.stopped}

    def sounded(self, name: str, called: float, returned: float) -> None:
        """A ``play`` call: note it against the cue instant it sounds."""
        if name not in SOUND_NAMES:  # a spoken phrase, say: not a cue tone
            self.sounds.append({"name": name, "called": called, "returned": returned})
            return
        while self._unsounded and called - self._unsounded[0]["due"] > STALE_CUE_SECONDS:
            stale = self._unsounded.pop(0)
            self.sounds.append({"name": None, "due": stale["due"], "dropped": True})
        if not self._unsounded:
            self.sounds.append({"name": name, "called": called, "returned": returned})
            return
        instant = self._unsounded[0]["due"]
        kinds = [cue["kind"] for cue in self._unsounded if cue["due"] == instant]
        self._unsounded = [cue for cue in self._unsounded if cue["due"] != instant]
        self.sounds.append(
            {
                "name": name,
                "due": instant,
                "called": called,
                "returned": returned,
                "in_handler": self.in_handler,
                "woke": self.handler_started if self.in_handler else None,
                "matches": name in kinds,
            }
        )


class TimingPlayer:
    """A player around another one that notes when each ``play`` was called and returned."""

    def __init__(self, inner: Player, recorder: Recorder):
        self.inner = inner
        self.recorder = recorder
        self.calls = 0

    def __getattr__(self, name: str) -> Any:
        # Anything else a newer run screen asks of its player goes to the real one.
        return getattr(self.inner, name)

    @property
    def volume(self) -> float:
        return self.inner.volume

    @volume.setter
    def volume(self, value: float) -> None:
        self.inner.volume = value

    @property
    def muted(self) -> bool:
        return self.inner.muted

    @muted.setter
    def muted(self, value: bool) -> None:
        self.inner.muted = value

    @property
    def available(self) -> bool:
        return self.inner.available

    @property
    def problem(self) -> str | None:
        return self.inner.problem

    def play(self, name: str) -> None:
        called = time.monotonic()
        self.inner.play(name)
        returned = time.monotonic()
        self.calls += 1
        self.recorder.sounded(name, called, returned)


class ProbedRunScreen(RunScreen):
    """The run screen, noting when its timer handler runs."""

    def __init__(self, timeline: Timeline, player: TimingPlayer, recorder: Recorder):
        super().__init__(timeline, MonotonicClock(), player, NullScreenAwake(), None)
        self.recorder = recorder
        self.handler_runs: list[tuple[float, float]] = []  # started, ended
        self.session.add_listener(recorder)

    def _on_timer(self) -> None:
        started = time.monotonic()
        self.recorder.in_handler = True
        self.recorder.handler_started = started
        try:
            super()._on_timer()
        finally:
            self.recorder.in_handler = False
            self.handler_runs.append((started, time.monotonic()))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench.probes.timing")
    parser.add_argument("--seconds", type=float, required=True, help="routine length to aim at")
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument("--player", choices=["recording", "real"], default="recording")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)

    app = make_application(sys.argv[:1])
    timeline = compile_timeline(routine_from_data(interval_routine(args.seconds, args.seed)))
    lengths = []
    for segment in timeline.segments:
        if segment.seconds is None or not float(segment.seconds).is_integer():
            raise SystemExit("the benchmark routine must have whole-second segments only")
        lengths.append(int(segment.seconds))

    inner = make_player() if args.player == "real" else RecordingPlayer()
    recorder = Recorder()
    player = TimingPlayer(inner, recorder)
    screen = ProbedRunScreen(timeline, player, recorder)
    screen.resize(1280, 800)
    screen.show()
    started: dict[str, float] = {}
    # References to None held, over the run: a binding that forgets to take one before handing
    # None back makes this fall, and the interpreter aborts when it reaches zero (Python < 3.12).
    none_refs: list[tuple[float, int, int]] = []

    def begin() -> None:
        started["at"] = time.monotonic()
        none_refs.append((started["at"], sys.getrefcount(None), len(screen.handler_runs)))
        screen.start()

    def ended(_stopped: bool) -> None:
        none_refs.append((time.monotonic(), sys.getrefcount(None), len(screen.handler_runs)))
        QTimer.singleShot(100, app.quit)

    screen.finished.connect(ended)
    run_from_random_moment(app, begin, timeline.total_seconds)

    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion

    result = {
        "routine": {
            "name": timeline.routine.name,
            "total_seconds": timeline.total_seconds,
            "segments": len(timeline.segments),
            "lengths": lengths,
        },
        "player": type(inner).__name__,
        "player_problem": inner.problem,
        "pyside": pyside_version,
        "qt": qVersion(),
        "platform": QApplication.platformName(),
        "begin": started.get("at"),
        "transitions": recorder.transitions,
        "cues": recorder.cues,
        "finish": recorder.finish,
        "sounds": recorder.sounds,
        "plays": player.calls,
        "handler_runs": screen.handler_runs,
        "none_refs": none_refs,
        "python": sys.version.split()[0],
    }
    finish(args.out, result)


if __name__ == "__main__":
    sys.exit(main())
