"""Stalls with a cue thread: only the whole program stopping pauses the session.

The run screen's timer and the cue thread each wake when they aimed to, on a fake clock
(:class:`Program`). A frozen user interface with the cue thread on time loses no cue and does not
pause; the whole program frozen (SIGSTOP, a suspend) pauses where it was last awake, and every
cue after that still sounds once, after the person goes on.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from matside.backends.audio import RecordingPlayer
from matside.backends.awake import RecordingScreenAwake
from matside.backends.cuethread import CueScheduler
from matside.core.clock import FakeClock
from matside.core.routine import routine_from_data
from matside.core.schedule import PLAN_AHEAD_SECONDS
from matside.core.session import Interruption, State
from matside.core.timeline import compile_timeline
from matside.ui.main import make_application
from matside.ui.run.screen import RunScreen
from tests.conftest import exercise, routine

LUNGE = routine(exercise(name="Lunge", reps=8, tempo=3, sides="each"), prepare_seconds=5)
"""Get ready 5 s, then 24 s a side: rep ticks, halfway, switch sides, countdowns."""

Heard = tuple[str, float]
"""A sound as played: its name and its offset from the session's start, pauses apart."""


@pytest.fixture(autouse=True)
def themed_app(qapp: Any) -> None:
    make_application()


class StampingPlayer(RecordingPlayer):
    """Notes each sound with the fake clock's time."""

    def __init__(self, clock: FakeClock) -> None:
        super().__init__()
        self.clock = clock
        self.at: list[tuple[str, float]] = []

    def play(self, name: str) -> None:
        super().play(name)
        self.at.append((name, self.clock.now()))


class Program:
    """The run screen and its cue thread on a fake clock: each wakes when it aimed to (the
    thread also at once when handed a plan), unless frozen."""

    def __init__(self, qtbot: QtBot) -> None:
        self.clock = FakeClock(100.0)
        self.player = StampingPlayer(self.clock)
        self.cues = CueScheduler(self.player, self.clock)
        self.screen = RunScreen(
            compile_timeline(routine_from_data(LUNGE)),
            self.clock,
            self.player,
            RecordingScreenAwake(),
            None,
            cue_thread=self.cues,
        )
        qtbot.addWidget(self.screen)
        self.screen.show()
        self.pauses: list[tuple[float, float]] = []  # from, to: time that does not count
        self.aim: float | None = None  # when the cue thread wakes next
        self.last_wake = self.clock.now()  # the latest moment either of them ran

    def press(self, qtbot: QtBot, key: Qt.Key) -> None:
        interruption = self.screen.session.interruption
        qtbot.keyClick(self.screen, key)
        if interruption is not None:  # paused by a stall: from where it paused until now
            self.pauses.append((interruption.at, self.clock.now()))
        self._thread_wakes()  # handed a new plan

    def _thread_wakes(self) -> None:
        self.aim = self.cues.step()
        self.last_wake = self.clock.now()

    def _screen_wakes(self) -> None:
        self.screen._on_timer()
        self.last_wake = self.clock.now()
        self._thread_wakes()  # handed the new plan

    def run(self, seconds: float, *, screen_frozen: bool = False) -> None:
        """Let ``seconds`` pass, each waking as aimed (the screen not at all when frozen)."""
        target = self.clock.now() + seconds
        while True:
            screen = None if screen_frozen else self.screen.session.expected_wake
            wakes = [wake for wake in (self.aim, screen) if wake is not None and wake <= target]
            if not wakes:
                break
            wake = min(wakes)
            self.clock.set(max(wake, self.clock.now()))  # a wake missed while frozen: now
            if wake == self.aim:
                self._thread_wakes()
            else:
                self._screen_wakes()
        self.clock.set(target)

    def freeze(self, seconds: float, *, thread_first: bool) -> None:
        """The whole program stops for ``seconds``; then both find themselves late."""
        self.clock.advance(seconds)
        if thread_first:
            self._thread_wakes()
            self._screen_wakes()
        else:
            self._screen_wakes()

    def heard(self) -> list[Heard]:
        """Every sound, with its offset from the session's start, time paused apart."""
        start = 100.0  # the first key press
        return [
            (name, round(at - start - sum(to - at_ for at_, to in self.pauses if to <= at), 6))
            for name, at in self.player.at
        ]

    def to_the_end(self) -> None:
        while self.screen.session.state is not State.FINISHED:
            assert self.screen.session.state is State.RUNNING
            self.run(1.0)


def baseline(qtbot: QtBot) -> list[Heard]:
    program = Program(qtbot)
    program.press(qtbot, Qt.Key.Key_Space)
    program.to_the_end()
    return program.heard()


def test_a_frozen_screen_with_the_cue_thread_on_time_pauses_nothing_and_loses_no_cue(
    qtbot: QtBot,
) -> None:
    expected = baseline(qtbot)
    program = Program(qtbot)
    program.press(qtbot, Qt.Key.Key_Space)
    program.run(10.0)  # into the left side's reps
    sounded = len(program.player.at)
    program.run(20.0, screen_frozen=True)  # the user interface hangs; the cue thread goes on
    assert len(program.player.at) > sounded + 5  # the reps, the halfway, the switch sounded
    program.run(0.001)  # the screen wakes, 20 s late
    session = program.screen.session
    assert session.state is State.RUNNING
    assert session.interruption is None
    program.to_the_end()
    assert program.heard() == expected  # every cue once, each in its place
    names = [name for name, _ in program.player.at]
    assert names.count("switch_sides") == 1


def test_a_screen_frozen_beyond_the_plan_pauses_where_the_plan_ran_out(qtbot: QtBot) -> None:
    expected = baseline(qtbot)
    program = Program(qtbot)
    program.press(qtbot, Qt.Key.Key_Space)
    program.run(2.5)
    planned_until = program.clock.now() + PLAN_AHEAD_SECONDS  # the screen's last plan
    program.run(PLAN_AHEAD_SECONDS + 10, screen_frozen=True)
    program.run(0.001)  # the screen wakes; the thread had nothing planned for the last 10 s
    session = program.screen.session
    assert session.state is State.PAUSED
    assert session.interruption is not None
    assert session.interruption.at == pytest.approx(planned_until, abs=1.0)
    program.press(qtbot, Qt.Key.Key_Space)  # the person goes on
    program.to_the_end()
    assert program.heard() == expected


@pytest.mark.parametrize("thread_first", [True, False], ids=["thread-first", "screen-first"])
def test_the_whole_program_frozen_pauses_at_its_last_wake_and_loses_no_cue(
    qtbot: QtBot, thread_first: bool
) -> None:
    expected = baseline(qtbot)
    program = Program(qtbot)
    program.press(qtbot, Qt.Key.Key_Space)
    program.run(12.2)  # mid-work, left side
    last_wake, sounded = program.last_wake, len(program.player.at)
    program.freeze(20.0, thread_first=thread_first)  # SIGSTOP, a swap storm, a paused VM
    session = program.screen.session
    assert session.state is State.PAUSED
    assert session.interruption == Interruption(last_wake, program.clock.now() - last_wake, 0.0)
    assert len(program.player.at) == sounded  # nothing sounded on waking: nothing bursts
    assert program.cues.planned == []
    program.run(3.0)  # the person walks back to the mat
    program.press(qtbot, Qt.Key.Key_Space)
    program.to_the_end()
    assert program.heard() == expected
