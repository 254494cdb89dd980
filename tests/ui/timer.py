"""Letting time pass on a fake clock as the run screen's precise timer would."""

from __future__ import annotations

from matside.backends.cuethread import CueScheduler
from matside.core.clock import FakeClock
from matside.ui.run.screen import RunScreen


def advance(
    screen: RunScreen, clock: FakeClock, seconds: float, cues: CueScheduler | None = None
) -> None:
    """Let ``seconds`` pass with the screen's timer firing when it was aimed to (a timer that
    fires late is a stall, which pauses the session) and the cue thread, if any, stepping
    just before it, as the real one runs on its own."""
    target = clock.now() + seconds
    while (wake := screen.session.expected_wake) is not None and wake < target:
        clock.set(wake)
        if cues is not None:
            cues.step()
        screen._on_timer()
    clock.set(target)
    if cues is not None:
        cues.step()
    screen._on_timer()
