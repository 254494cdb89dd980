"""Runs a routine on the real run screen in the real Qt event loop and records every moment.

``python -m bench.probes.timing --seconds 300 --player recording --out FILE``

The run screen is :class:`matside.ui.run.screen.RunScreen` itself, with the monotonic clock, a
null screen-awake and the cue thread the app gives it (:class:`CueScheduler`): the screen plans,
the thread plays each sound at its deadline. The player notes the time of each ``play`` (around a
recording player, or around the real simpleaudio one with ``--player real``). The only additions
are a note of ``time.monotonic()`` when the timer handler starts and when a session event reaches
a listener, and a note of every item the screen hands the cue thread, so that each sound can be
told which cue it was for.

The tick-counting timers it is compared with run in processes of their own
(:mod:`bench.probes.ticks`), so that the run screen's precise wake-ups cannot help them along.

Everything is written raw; :mod:`bench.accuracy` does the judging.
"""

from __future__ import annotations

import argparse
import sys
import threading
import time
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from bench.probes.output import finish
from bench.probes.qtrun import run_from_random_moment
from bench.routines import interval_routine
from matside.backends.audio import SOUND_NAMES, Player, RecordingPlayer, make_player
from matside.backends.awake import NullScreenAwake
from matside.backends.cuethread import CueScheduler
from matside.core.clock import MonotonicClock
from matside.core.routine import routine_from_data
from matside.core.session import CueDue, Event, Finished, SegmentStarted
from matside.core.timeline import Timeline, compile_timeline
from matside.ui.main import make_application
from matside.ui.run.screen import RunScreen


class Recorder:
    """A session listener: every transition and cue with its due instant and when it was seen;
    and every ``play``, with what the cue thread was planned to play (:meth:`match_sounds`).
    """

    def __init__(self) -> None:
        self.in_handler = False
        self.transitions: list[dict[str, Any]] = []
        self.cues: list[dict[str, Any]] = []
        self.finish: dict[str, Any] | None = None
        self.plays: list[dict[str, Any]] = []
        self.planned: set[tuple[float, str]] = set()

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
        elif isinstance(event, Finished):
            self.finish = {"due": event.due, "seen": seen, "stopped": event.stopped}

    def sounded(self, name: str, called: float, returned: float) -> None:
        """A ``play`` call (from the cue thread: matched to its cue after the run)."""
        timed = threading.current_thread().name == "cue-thread"
        self.plays.append({"name": name, "called": called, "returned": returned, "timed": timed})

    def match_sounds(self) -> list[dict[str, Any]]:
        """Every play with the deadline it was planned for, and every cue instant that never
        sounded (dropped as stale). The cue thread plays an item at or after its deadline, in
        order: a play is for the latest planned item of its name due by the call not matched
        yet (items a pause took out of the plan are earlier than the one that replaced them).
        """
        taken: set[tuple[float, str]] = set()
        sounds: list[dict[str, Any]] = []
        for play in self.plays:
            name = play["name"]
            candidates = [
                due for due, planned in self.planned if planned == name and due <= play["called"]
            ]
            due = max((d for d in candidates if (d, name) not in taken), default=None)
            if name not in SOUND_NAMES or due is None:  # a phrase, or not planned: just noted
                sounds.append(dict(play))
                continue
            taken.add((due, name))
            kinds = [cue["kind"] for cue in self.cues if cue["due"] == due]
            sounds.append({**play, "due": due, "matches": name in kinds})
        sounded = {due for due, _ in taken}
        for instant in sorted({cue["due"] for cue in self.cues} - sounded):
            sounds.append({"name": None, "due": instant, "dropped": True})
        return sounds


class PlanNotingCueScheduler(CueScheduler):
    """The app's cue thread, noting every item it is handed (the sounds' deadlines)."""

    def __init__(self, player: Player, recorder: Recorder) -> None:
        super().__init__(player, MonotonicClock())
        self.recorder = recorder

    def replan(self, items: Iterable[tuple[float, str]], until: float | None = None) -> None:
        listed = list(items)
        self.recorder.planned.update(listed)
        super().replan(listed, until)


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
    """The run screen with the app's cue thread, noting when its timer handler runs."""

    def __init__(
        self, timeline: Timeline, player: TimingPlayer, recorder: Recorder, cues: CueScheduler
    ):
        super().__init__(timeline, cues.clock, player, NullScreenAwake(), None, cue_thread=cues)
        self.recorder = recorder
        self.handler_runs: list[tuple[float, float]] = []  # started, ended
        self.session.add_listener(recorder)

    def _on_timer(self) -> None:
        started = time.monotonic()
        self.recorder.in_handler = True
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
    cues = PlanNotingCueScheduler(player, recorder)
    cues.start()  # as the app's window starts it for each run screen
    screen = ProbedRunScreen(timeline, player, recorder, cues)
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
    cues.close()

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
        "sounds": recorder.match_sounds(),
        "plays": player.calls,
        "cue_thread_real_time": cues.real_time,
        "cue_thread_priority": cues.priority.how if cues.priority is not None else None,
        "handler_runs": screen.handler_runs,
        "none_refs": none_refs,
        "python": sys.version.split()[0],
    }
    finish(args.out, result)


if __name__ == "__main__":
    sys.exit(main())
