"""The coach's voice on the run screen, the settings dialog, and settings in the main window."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStatusBar
from pytestqt.qtbot import QtBot

from matside.backends.audio import RecordingPlayer
from matside.backends.awake import RecordingScreenAwake
from matside.backends.speech import PhraseCache
from matside.core.clock import FakeClock
from matside.core.routine import routine_from_data
from matside.core.session import State
from matside.core.settings import Settings
from matside.core.timeline import compile_timeline
from matside.storage.settings_file import load_settings
from matside.ui.main import MainWindow, make_application
from matside.ui.run import screen as run_screen
from matside.ui.run.screen import RunScreen
from matside.ui.settings_dialog import SettingsDialog
from tests.backends.test_speech import CountingEngine
from tests.conftest import exercise, routine

DATA = routine(exercise(name="Lunge", reps=2, tempo=3, sides="each"), prepare_seconds=5)


@pytest.fixture(autouse=True)
def themed_app(qapp: Any) -> None:
    make_application()


def voiced_screen(
    qtbot: QtBot, tmp_path: Path, tones: bool, engine: CountingEngine | None = None
) -> tuple[RunScreen, RecordingPlayer, FakeClock]:
    clock = FakeClock()
    player = RecordingPlayer()
    screen = RunScreen(
        compile_timeline(routine_from_data(DATA)),
        clock,
        player,
        RecordingScreenAwake(),
        None,
        phrase_cache=PhraseCache(engine or CountingEngine(), "en", 165, tmp_path),
        tones=tones,
    )
    qtbot.addWidget(screen)
    return screen, player, clock


def test_space_waits_for_the_voice_then_each_segment_is_announced(
    qtbot: QtBot, tmp_path: Path
) -> None:
    screen, player, clock = voiced_screen(qtbot, tmp_path, tones=True)
    screen.toggle()  # Space, perhaps before the phrases are ready: starts once they are
    qtbot.waitUntil(lambda: screen.session.state is State.RUNNING, timeout=5000)
    assert screen.notice_label.text() == ""
    phrase_of = {name: text for text, name in screen.phrase_sounds.items()}
    for _ in range(44):
        clock.advance(0.25)
        screen._on_timer()
    spoken = [phrase_of[name] for name in player.names if name in phrase_of]
    tones = [name for name in player.names if name not in phrase_of]
    assert spoken == ["Get ready. Lunge, 2 reps each side.", "Left side. Go!", "Switch sides."]
    assert tones == ["countdown"] * 3 + ["work_start", "rep", "switch_sides"]
    assert set(player.added) == set(phrase_of)


def test_voice_only_counts_aloud_and_plays_no_tones(qtbot: QtBot, tmp_path: Path) -> None:
    screen, player, clock = voiced_screen(qtbot, tmp_path, tones=False)
    screen.toggle()
    qtbot.waitUntil(lambda: screen.session.state is State.RUNNING, timeout=5000)
    phrase_of = {name: text for text, name in screen.phrase_sounds.items()}
    for _ in range(34):  # 8.5 s: get ready (5 s), then rep 2 of the left side at 8 s
        clock.advance(0.25)
        screen._on_timer()
    assert [phrase_of.get(name, name) for name in player.names] == [
        "Get ready. Lunge, 2 reps each side.",
        "3.",
        "2.",
        "1.",
        "Left side. Go!",
        "2.",
    ]


def test_no_engine_means_tones_with_one_notice(qtbot: QtBot) -> None:
    window = MainWindow(
        RecordingPlayer(),
        RecordingScreenAwake(),
        FakeClock(),
        settings=Settings(voice=True),
        engine=None,
    )
    qtbot.addWidget(window)
    screen = window.open_run_screen(compile_timeline(routine_from_data(DATA)), None)
    assert screen.announcer.coach is None
    assert screen.announcer.tones
    assert "No speech engine" in screen.notice_label.text()


def test_settings_dialog_edits_and_the_window_applies_and_saves(qtbot: QtBot) -> None:
    player = RecordingPlayer()
    window = MainWindow(player, RecordingScreenAwake(), FakeClock(), engine=CountingEngine())
    qtbot.addWidget(window)
    dialog = SettingsDialog(window.settings, window.engine)
    qtbot.addWidget(dialog)
    assert dialog.voice_name.findData("v1") >= 0  # the engine's voices are offered
    dialog.volume.setValue(40)
    dialog.countdown.setValue(5)
    dialog.show()
    qtbot.keyClick(dialog.halfway, Qt.Key.Key_Space)
    assert not dialog.read_instructions.isChecked()  # off unless asked for
    qtbot.keyClick(dialog.read_instructions, Qt.Key.Key_Space)
    dialog.prepare.setValue(20)
    chosen = dialog.result_settings()
    assert chosen.read_instructions
    assert (chosen.volume, chosen.countdown, chosen.halfway, chosen.prepare_seconds) == (
        0.4,
        5,
        False,
        20,
    )
    window.apply_settings(chosen)
    assert player.volume == 0.4
    assert load_settings().settings == chosen
    screen = window.open_run_screen(
        compile_timeline(window.prepared(routine_from_data(DATA))), None
    )
    assert screen.timeline.segments[0].seconds == 20  # the user's get-ready time
    assert screen.announcer.read_instructions
    countdown = [c for c in screen.session.cues[0] if c.kind.value == "countdown"]
    assert [c.value for c in countdown] == [5, 4, 3, 2, 1]


def test_a_voice_that_fails_falls_back_to_tones_and_the_session_still_starts(
    qtbot: QtBot, tmp_path: Path
) -> None:
    screen, player, clock = voiced_screen(
        qtbot, tmp_path, tones=False, engine=CountingEngine(fail=True)
    )
    screen.toggle()
    qtbot.waitUntil(lambda: screen.session.state is State.RUNNING, timeout=5000)
    assert "could not speak" in screen.notice_label.text()
    for _ in range(24):
        clock.advance(0.25)
        screen._on_timer()
    assert player.names[:4] == ["countdown", "countdown", "countdown", "work_start"]


def test_leaving_while_the_voice_is_prepared_never_starts_a_session_later(
    qtbot: QtBot, tmp_path: Path
) -> None:
    screen, player, _clock = voiced_screen(qtbot, tmp_path, tones=True)
    screen.toggle()  # asks to start as soon as the voice is ready...
    qtbot.waitUntil(lambda: screen.renderer is not None, timeout=5000)  # ...which is under way
    screen.stop_voice()  # ...but the screen is going away first
    assert screen.renderer is not None
    assert screen.renderer.wait(5)
    qtbot.wait(100)
    screen._collect_phrases()
    assert screen.session.state is State.IDLE
    assert player.names == []


def test_the_status_bar_shows_only_while_it_has_a_notice(qtbot: QtBot) -> None:
    window = MainWindow(RecordingPlayer(), RecordingScreenAwake(), FakeClock(), engine=None)
    qtbot.addWidget(window)
    window.show()
    assert window.findChild(QStatusBar) is None  # no band under the controls, not even hidden
    window.notify("Settings could not be read; using defaults")
    assert window.notice_bar().isVisible()
    window.notice_bar().clearMessage()
    assert not window.notice_bar().isVisible()


def test_a_shown_screen_starts_its_voice_with_its_first_frame(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(run_screen, "VOICE_DELAY_MS", 60_000)  # only the first frame can start it
    screen, _player, _clock = voiced_screen(qtbot, tmp_path, tones=True)
    screen.resize(1000, 700)
    screen.show()
    assert screen.announcer.coach is None  # nothing planned or rendered before the first frame
    with qtbot.waitSignal(screen.first_frame, timeout=2000):
        pass
    assert screen.announcer.coach is not None
    assert screen.renderer is not None
    assert screen.renderer.wait(5)


def test_the_coach_reads_the_cue_and_asked_for_the_instructions_in_the_get_ready(
    qtbot: QtBot, tmp_path: Path
) -> None:
    data = routine(
        exercise(name="Lunge", cue="Step back long", instructions=["Stand tall.", "Step back."]),
        prepare_seconds=10,
    )
    player = RecordingPlayer()
    clock = FakeClock()
    screen = RunScreen(
        compile_timeline(routine_from_data(data)),
        clock,
        player,
        RecordingScreenAwake(),
        None,
        phrase_cache=PhraseCache(CountingEngine(), "en", 165, tmp_path),
        read_instructions=True,
    )
    qtbot.addWidget(screen)
    screen.toggle()
    qtbot.waitUntil(lambda: screen.session.state is State.RUNNING, timeout=5000)
    phrase_of = {name: text for text, name in screen.phrase_sounds.items()}
    for _ in range(44):
        clock.advance(0.25)
        screen._on_timer()
    spoken = [phrase_of[name] for name in player.names if name in phrase_of]
    assert spoken == [
        "Get ready. Lunge, 8 reps.",
        "Step back long",  # the rendered lengths are known: each follows the one before
        "Stand tall.",
        "Step back.",
        "Go!",
    ]
