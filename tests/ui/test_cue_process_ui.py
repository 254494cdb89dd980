"""The window and the cue process: started after the first frame, the session under way hands
its cues over once it is ready, later sessions play by it from the start, phrases reach it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from matside.backends.audio import RecordingPlayer
from matside.backends.awake import RecordingScreenAwake
from matside.backends.cueprocess import CueProcess, SessionCues
from matside.backends.cuethread import CueScheduler
from matside.backends.speech import PhraseCache
from matside.core.clock import FakeClock
from matside.core.routine import routine_from_data
from matside.core.session import State
from matside.core.timeline import compile_timeline
from matside.ui.main import MainWindow, make_application
from matside.ui.run.screen import RunScreen
from tests.backends.test_cueprocess import FakeChild, eventually, ready_process
from tests.backends.test_speech import CountingEngine
from tests.conftest import exercise, routine

TIMELINE = compile_timeline(routine_from_data(routine(exercise(name="Squat", reps=2, tempo=2))))


@pytest.fixture(autouse=True)
def themed_app(qapp: Any) -> None:
    make_application()


class Children:
    """Makes cue processes around fake children, as the window asks for them."""

    def __init__(self) -> None:
        self.children: list[FakeChild] = []

    def __call__(self, ready: Callable[[], None]) -> CueProcess:
        child = FakeChild()
        self.children.append(child)
        return CueProcess(spawn=lambda *a, **k: child, argv=["x"], environment={}, on_ready=ready)


def test_the_session_under_way_hands_over_and_the_next_plays_by_the_process(
    qtbot: QtBot,
) -> None:
    children = Children()
    window = MainWindow(
        RecordingPlayer(), RecordingScreenAwake(), cue_thread=True, cue_process=children
    )
    qtbot.addWidget(window)
    screen = window.open_run_screen(TIMELINE, None)
    cues = screen.cue_thread
    assert isinstance(cues, SessionCues)
    assert not cues.by_process
    window.start_cue_process()
    window.start_cue_process()  # once only
    assert len(children.children) == 1
    child = children.children[0]
    screen.start()
    child.say(ready="normal priority")
    qtbot.waitUntil(lambda: cues.by_process, timeout=5000)
    sent = child.stdin.sent()
    assert sent
    assert sent[-1]["do"] == "plan"
    window.show_home()  # the session's screen closes: its plan is emptied
    assert child.stdin.sent()[-1]["items"] == []
    later = window.open_run_screen(TIMELINE, None)
    assert isinstance(later.cue_thread, SessionCues)
    assert later.cue_thread.by_process
    window.show_home()
    window.close_cue_process()
    assert child.last("quit")
    assert window.cue_process is None
    child.end()


def test_without_a_cue_process_the_threads_play_on(qtbot: QtBot) -> None:
    window = MainWindow(RecordingPlayer(), RecordingScreenAwake(), cue_thread=True)
    qtbot.addWidget(window)
    window.start_cue_process()
    assert window.cue_process is None
    screen = window.open_run_screen(TIMELINE, None)
    assert isinstance(screen.cue_thread, SessionCues)
    assert not screen.cue_thread.by_process
    window.show_home()
    window.close_cue_process()


def test_a_cue_process_that_cannot_start_leaves_the_threads_playing(qtbot: QtBot) -> None:
    def cannot(ready: Callable[[], None]) -> CueProcess:
        def spawn(*args: object, **kwargs: object) -> object:
            raise PermissionError("not allowed")

        return CueProcess(spawn=spawn, argv=["x"], environment={}, on_ready=ready)

    window = MainWindow(
        RecordingPlayer(), RecordingScreenAwake(), cue_thread=True, cue_process=cannot
    )
    qtbot.addWidget(window)
    window.start_cue_process()
    assert window.cue_process is None
    screen = window.open_run_screen(TIMELINE, None)
    assert isinstance(screen.cue_thread, SessionCues)
    assert not screen.cue_thread.by_process
    window.show_home()


def test_the_coachs_phrases_reach_the_player_and_the_cue_process(
    qtbot: QtBot, tmp_path: Path
) -> None:
    clock, player = FakeClock(), RecordingPlayer()
    process, child = ready_process()
    cues = SessionCues(CueScheduler(player, clock), process)
    screen = RunScreen(
        TIMELINE,
        clock,
        player,
        RecordingScreenAwake(),
        None,
        phrase_cache=PhraseCache(CountingEngine(), "en", 165, tmp_path),
        cue_thread=cues,
    )
    qtbot.addWidget(screen)
    screen.toggle()
    qtbot.waitUntil(lambda: screen.session.state is State.RUNNING, timeout=5000)
    child.last("sound")
    assert eventually(lambda: len(sent_sounds(child)) == len(screen.phrase_sounds))
    sounds = sent_sounds(child)
    assert sounds
    assert set(sounds) == set(screen.phrase_sounds.values())
    assert {name: str(path) for name, path in player.added.items()} == sounds
    screen.close()
    assert process.close()
    child.end()


def sent_sounds(child: FakeChild) -> dict[str, str]:
    return {m["name"]: m["path"] for m in child.stdin.sent() if m["do"] == "sound"}


def test_mute_reaches_the_cue_process_at_once(qtbot: QtBot) -> None:
    clock, player = FakeClock(), RecordingPlayer()
    process, child = ready_process()
    screen = RunScreen(
        TIMELINE,
        clock,
        player,
        RecordingScreenAwake(),
        None,
        cue_thread=SessionCues(CueScheduler(player, clock), process),
    )
    qtbot.addWidget(screen)
    screen.start()
    assert not child.last("plan", lambda m: bool(m["items"]))["muted"]
    screen.toggle_mute()  # M, between two ticks
    assert child.last("plan", lambda m: m["muted"])["items"]
    screen.close()
    assert process.close()
    child.end()
