"""Runs a routine on the real run screen in the real Qt event loop and records every moment.

``python -m bench.probes.timing --seconds 300 --player recording --out FILE``

The run screen is :class:`matside.ui.run.screen.RunScreen` itself, with the monotonic clock, a
null screen-awake and the cues the app gives it (:class:`SessionCues`): the screen plans, and the
app's cue process plays each sound at its deadline (started and ready before the session, as
once the app's first frame is up), or with ``--cues thread`` the session's cue thread in this
process. Each ``play`` is timed where it is made: the cue process reports its own, and this
process's player is wrapped to note them (around a recording player, or around the real
simpleaudio one with ``--player real``; the cue process always has the real one). The only
additions are a note of ``time.monotonic()`` when the timer handler starts and when a session
event reaches a listener, and a note of every item the screen plans, so that each sound can be
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
from matside.backends.cueprocess import CueProcess, SessionCues
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

    def sounded(self, name: str, called: float, returned: float, timed: bool) -> None:
        """A ``play`` call; ``timed``: made at its deadline, by the cue thread or the cue
        process (matched to its cue after the run)."""
        self.plays.append({"name": name, "called": called, "returned": returned, "timed": timed})

    def played_by_process(self, name: str, called: float, returned: float) -> None:
        """A ``play`` the cue process reported."""
        self.sounded(name, called, returned, timed=True)

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


class PlanNotingCues(SessionCues):
    """The app's cues for a session, noting every item they are handed (the sounds'
    deadlines)."""

    def __init__(self, thread: CueScheduler, process: CueProcess | None, recorder: Recorder):
        super().__init__(thread, process)
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
        timed = threading.current_thread().name == "cue-thread"
        self.recorder.sounded(name, called, returned, timed)


class ProbedRunScreen(RunScreen):
    """The run screen with the app's cue thread, noting when its timer handler runs."""

    def __init__(
        self, timeline: Timeline, player: TimingPlayer, recorder: Recorder, cues: SessionCues
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
    parser.add_argument(
        "--cues",
        choices=["process", "thread"],
        default="process",
        help="who plays the cues: the app's cue process (as the app) or the session's thread",
    )
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
    process = None
    if args.cues == "process":
        process = CueProcess(played=recorder.played_by_process)
        if not process.start() or not process.wait_ready():
            raise SystemExit("the cue process did not start")
    thread = CueScheduler(player, MonotonicClock())
    thread.start()  # as the app's window starts it for each run screen
    cues = PlanNotingCues(thread, process, recorder)
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
    if process is not None:
        process.close()

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
        # Which played: the cue process, the thread, or both (the process ended on the way).
        "cues_by": "thread" if process is None else "process" if player.calls == 0 else "both",
        "cue_thread_real_time": thread.real_time,
        "cue_thread_priority": (
            process.how
            if process is not None
            else thread.priority.how
            if thread.priority is not None
            else None
        ),
        "handler_runs": screen.handler_runs,
        "none_refs": none_refs,
        "python": sys.version.split()[0],
    }
    finish(args.out, result)


if __name__ == "__main__":
    sys.exit(main())
