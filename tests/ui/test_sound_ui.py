"""Sound that arrives: the output kept awake through a session, and the Test sound button."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from matside.backends.audio import RecordingPlayer
from matside.backends.awake import RecordingScreenAwake
from matside.backends.cuethread import CueScheduler
from matside.core.clock import FakeClock
from matside.core.routine import routine_from_data
from matside.core.session import State
from matside.core.settings import Settings
from matside.core.timeline import compile_timeline
from matside.ui.main import make_application
from matside.ui.run.screen import RunScreen
from matside.ui.settings_dialog import TEST_CUE, TEST_PHRASE, TEST_PHRASE_SOUND, SettingsDialog
from tests.backends.test_speech import CountingEngine
from tests.conftest import exercise, routine
from tests.ui.timer import advance

SHORT = routine(exercise(name="Hold", reps=None, tempo=None, seconds=10), prepare_seconds=3)


@pytest.fixture(autouse=True)
def themed_app(qapp: Any) -> None:
    make_application()


def run_screen(qtbot: QtBot, keep_awake: bool) -> tuple[RunScreen, RecordingPlayer, FakeClock]:
    clock = FakeClock()
    player = RecordingPlayer()
    screen = RunScreen(
        compile_timeline(routine_from_data(SHORT)),
        clock,
        player,
        RecordingScreenAwake(),
        None,
        keep_awake=keep_awake,
    )
    qtbot.addWidget(screen)
    screen.show()
    return screen, player, clock


def test_the_output_is_kept_awake_from_start_through_pauses_to_the_end(qtbot: QtBot) -> None:
    screen, player, clock = run_screen(qtbot, keep_awake=True)
    assert not player.awake  # not before the session starts
    qtbot.keyClick(screen, Qt.Key.Key_Space)
    assert player.awake
    qtbot.keyClick(screen, Qt.Key.Key_Space)
    assert screen.session.state is State.PAUSED
    assert player.awake  # the cue after a pause must not be swallowed either
    qtbot.keyClick(screen, Qt.Key.Key_Space)
    advance(screen, clock, 13)
    assert screen.session.state is State.FINISHED
    assert "finished" in player.names
    assert player.awake_changes == [True, False]


def test_closing_a_session_ends_the_silent_stream(qtbot: QtBot) -> None:
    screen, player, _clock = run_screen(qtbot, keep_awake=True)
    qtbot.keyClick(screen, Qt.Key.Key_Space)
    screen.close()
    assert player.awake_changes == [True, False]


def test_with_keep_awake_off_there_is_no_silent_stream(qtbot: QtBot) -> None:
    screen, player, _clock = run_screen(qtbot, keep_awake=False)
    qtbot.keyClick(screen, Qt.Key.Key_Space)
    assert not player.awake
    assert player.awake_changes == []


def test_the_keep_awake_setting_round_trips_through_the_dialog(qtbot: QtBot) -> None:
    dialog = SettingsDialog(Settings(keep_awake=False), None)
    qtbot.addWidget(dialog)
    assert not dialog.keep_awake.isChecked()
    dialog.show()
    qtbot.mouseClick(dialog.keep_awake, Qt.MouseButton.LeftButton)
    assert dialog.result_settings().keep_awake
    assert Settings().keep_awake  # on unless turned off
    assert not hasattr(dialog, "test_button")  # no player, nothing to test


def test_test_sound_plays_a_cue_then_a_phrase_at_the_sliders_volume_and_names_the_output(
    qtbot: QtBot, tmp_path: Path
) -> None:
    player = RecordingPlayer()
    player.volume, player.muted = 0.8, True
    engine = CountingEngine()
    dialog = SettingsDialog(Settings(), engine, player=player, speech_folder=tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.volume.setValue(30)
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert player.plays == [(TEST_CUE, 0.3, False)]  # heard even when muted
    assert (player.volume, player.muted) == (0.8, True)  # the player's own are kept
    assert "Sound goes to: A recording (tests)." in dialog.output_label.text()
    qtbot.waitUntil(lambda: len(player.plays) == 2, timeout=5000)
    assert player.plays[1] == (TEST_PHRASE_SOUND, 0.3, False)
    # The dialog's rate, and the engine's voice for the interface's language (English here).
    assert engine.rendered[0][1:] == (engine.voice_for_language("en"), 165)
    assert engine.rendered[0][0] == TEST_PHRASE
    assert (player.volume, player.muted) == (0.8, True)


def test_test_sound_without_a_voice_plays_the_cue_and_says_so(qtbot: QtBot) -> None:
    player = RecordingPlayer(problem="No sound device: running in silence")
    dialog = SettingsDialog(Settings(voice=False), CountingEngine(), player=player)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert player.names == [TEST_CUE]
    text = dialog.output_label.text()
    assert "No sound device" in text
    assert "the voice is off" in text


def test_a_voice_that_fails_is_reported_in_the_dialog(qtbot: QtBot, tmp_path: Path) -> None:
    player = RecordingPlayer()
    dialog = SettingsDialog(
        Settings(), CountingEngine(fail=True), player=player, speech_folder=tmp_path
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "could not speak" in dialog.output_label.text(), timeout=5000)
    assert player.names == [TEST_CUE]
    dialog.reject()


# ---- the cue thread's plan, driven by the run screen's commands

LUNGE = routine(exercise(name="Lunge", reps=2, tempo=3, sides="each"), prepare_seconds=5)
"""Get ready 5 s (3-2-1 at 2, 3, 4 s), then work from 5 s."""


def threaded_screen(qtbot: QtBot) -> tuple[RunScreen, RecordingPlayer, FakeClock, CueScheduler]:
    """A run screen whose cues go through a cue thread that the test steps itself."""
    clock = FakeClock(100.0)
    player = RecordingPlayer()
    cues = CueScheduler(player, clock)
    screen = RunScreen(
        compile_timeline(routine_from_data(LUNGE)),
        clock,
        player,
        RecordingScreenAwake(),
        None,
        cue_thread=cues,
    )
    qtbot.addWidget(screen)
    screen.show()
    return screen, player, clock, cues


def plan_of(cues: CueScheduler) -> list[tuple[float, str]]:
    return [(due - 100.0, name) for due, name in cues.planned]


def test_the_screen_plans_ahead_and_the_thread_plays_on_its_own(qtbot: QtBot) -> None:
    screen, player, clock, cues = threaded_screen(qtbot)
    qtbot.keyClick(screen, Qt.Key.Key_Space)
    assert plan_of(cues)[:4] == [
        (2, "countdown"),
        (3, "countdown"),
        (4, "countdown"),
        (5, "work_start"),
    ]
    for played, second in enumerate((2, 3, 4, 5), start=1):
        clock.set(100.0 + second)
        cues.step()  # no timer, no event loop: the thread plays it on its own
        assert len(player.names) == played
        screen._on_timer()  # the screen catches up after it: nothing is played twice
        cues.step()
        assert len(player.names) == played
    assert player.names == ["countdown"] * 3 + ["work_start"]
    assert plan_of(cues)[0] == (8, "rep")


def test_a_pause_cancels_every_queued_cue_and_resuming_plans_them_again(qtbot: QtBot) -> None:
    screen, player, clock, cues = threaded_screen(qtbot)
    qtbot.keyClick(screen, Qt.Key.Key_Space)
    clock.advance(1.5)
    qtbot.keyClick(screen, Qt.Key.Key_Space)  # pause, before the countdown
    assert screen.session.state is State.PAUSED
    assert cues.planned == []
    clock.advance(20)
    cues.step()
    assert player.names == []  # nothing stale after the pause
    qtbot.keyClick(screen, Qt.Key.Key_Space)  # resume at 21.5 s: the countdown moves along
    assert plan_of(cues)[:3] == [(22, "countdown"), (23, "countdown"), (24, "countdown")]


def test_skipping_and_extending_replace_what_was_queued(qtbot: QtBot) -> None:
    screen, player, clock, cues = threaded_screen(qtbot)
    qtbot.keyClick(screen, Qt.Key.Key_Space)
    clock.advance(1)
    qtbot.keyClick(screen, Qt.Key.Key_Plus)  # 10 s more to get ready: the countdown moves
    # the old 3-2-1 is gone; the new one ends the longer get ready
    assert plan_of(cues)[:4] == [
        (12, "countdown"),
        (13, "countdown"),
        (14, "countdown"),
        (15, "work_start"),
    ]
    advance(screen, clock, 109.0 - clock.now())
    assert plan_of(cues)[:3] == [(12, "countdown"), (13, "countdown"), (14, "countdown")]
    advance(screen, clock, 112.5 - clock.now(), cues)
    qtbot.keyClick(screen, Qt.Key.Key_Right)  # skip to the work at 12.5 s
    cues.step()
    assert player.names == ["countdown", "work_start"]
    # the rest of the skipped countdown never sounds
    assert plan_of(cues)[0] == (15.5, "rep")
    assert (14, "countdown") not in plan_of(cues)
    clock.advance(10)
    cues.step()
    assert player.names == ["countdown", "work_start"]  # the rep, over a second late: dropped
    screen.close()
    assert cues.planned == []
