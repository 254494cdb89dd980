"""The run screen driven as a person drives it: keys, on a fake clock, offscreen."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from matside.backends.audio import RecordingPlayer
from matside.backends.awake import RecordingScreenAwake
from matside.core.clock import FakeClock
from matside.core.keymap import RUN_KEYS, Action, binding_for, keys_help
from matside.core.routine import routine_from_data
from matside.core.session import State
from matside.core.timeline import SegmentKind, compile_timeline
from matside.storage import paths
from matside.storage.routine_files import load_routine
from matside.ui import main as ui_main
from matside.ui.main import MainWindow, make_application
from matside.ui.run.screen import EXTEND_SECONDS, RunScreen, image_index, qt_key
from matside.ui.widgets.picture import ExercisePicture
from tests.conftest import exercise, routine


@pytest.fixture(autouse=True)
def themed_app(qapp: Any) -> None:
    make_application()


class Harness:
    def __init__(self, qtbot: QtBot, data: dict[str, Any], answer: bool = True, **kw: Any):
        self.clock = FakeClock()
        self.player = RecordingPlayer()
        self.awake = RecordingScreenAwake()
        self.questions: list[str] = []
        self.answer = answer
        self.screen = RunScreen(
            compile_timeline(routine_from_data(data), kw.get("sets")),
            self.clock,
            self.player,
            self.awake,
            kw.get("routine_file"),
            self._confirm,
        )
        self.screen.resize(1280, 800)
        qtbot.addWidget(self.screen)
        self.screen.show()
        self.qtbot = qtbot
        self.sounds_heard = 0

    def _confirm(self, question: str) -> bool:
        self.questions.append(question)
        return self.answer

    def key(self, key: Qt.Key, text: str = "") -> None:
        self.qtbot.keyClick(self.screen, key)

    def advance(self, seconds: float) -> None:
        self.clock.advance(seconds)
        self.screen._on_timer()  # what the precise timer does when it fires

    def sounds(self) -> list[str]:
        return self.player.names


ROUTINE = routine(
    exercise(
        name="Lunge",
        reps=4,
        tempo=5,
        sides="each",
        sets=2,
        instructions=["Stand tall.", "Step back."],
    ),
    exercise(name="Hold", reps=None, tempo=None, seconds=30),
    prepare_seconds=5,
    switch_seconds=5,
    rest_between_sets=10,
    rest_after_exercise="as needed",
)


def test_space_starts_and_every_phase_shows_its_word_time_and_details(qtbot: QtBot) -> None:
    h = Harness(qtbot, ROUTINE)
    s = h.screen
    assert s.phase_label.text() == "READY"
    assert s.hint_label.text() == "Press Space to start"
    h.key(Qt.Key.Key_Space)
    assert s.session.state is State.RUNNING
    assert (s.phase_label.text(), s.time_label.text()) == ("GET READY", "0:05")
    assert s.name_label.text() == "Lunge"
    assert h.awake.active
    h.advance(5)
    assert (s.phase_label.text(), s.time_label.text()) == ("WORK", "0:20")
    assert (s.side_badge.text(), s.side_label.text()) == ("L", "LEFT side")
    assert s.detail_label.text() == "Rep 1 of 4"
    assert (s.move_label.text(), s.set_label.text()) == ("Move 1 of 2", "Set 1 of 2")
    assert s.instructions.text() == "Stand tall."  # the cue line: the first sentence
    assert s.next_label.text() == "Next: right side"
    h.advance(10.5)
    assert (s.detail_label.text(), s.side_label.text()) == ("Rep 3 of 4", "LEFT side")
    assert s.time_label.text() == "0:10"  # 9.5 s left shows as 0:10, as a countdown does
    h.advance(9.5)
    assert s.phase_label.text() == "SWITCH SIDES"
    h.advance(5 + 20)
    assert (s.phase_label.text(), s.time_label.text()) == ("REST", "0:10")
    assert (s.side_badge.text(), s.side_label.text()) == ("L", "LEFT side first")
    assert s.detail_label.text() == ""
    h.advance(10 + 20 + 5 + 20)
    # rest as needed: counts up and waits for Space
    assert s.phase_label.text() == "REST"
    assert s.session.state is State.WAITING
    h.advance(42)
    # it says so in words; the time rested shows apart, not in the countdown's place
    assert s.time_label.text() == "Rest as long as you need — any clicker key goes on"
    assert s.hint_label.text() == "rested 0:42"
    h.key(Qt.Key.Key_Space)
    assert (s.phase_label.text(), s.name_label.text()) == ("WORK", "Hold")
    h.advance(30)
    assert s.phase_label.text() == "DONE"
    assert s.time_label.text() == "Well done!"
    assert not h.awake.active


def test_sounds_follow_the_plan_one_per_instant(qtbot: QtBot) -> None:
    h = Harness(qtbot, ROUTINE)
    h.key(Qt.Key.Key_Space)
    for _ in range(60):  # 0.25 s steps: prepare (5 s), then 10 s of work at 5 s a rep
        h.advance(0.25)
    assert h.sounds() == [
        "countdown",
        "countdown",
        "countdown",  # 3, 2, 1 into work
        "work_start",
        "rep",
        "halfway",  # rep 3 and halfway share an instant: one sound
    ]
    for _ in range(56):  # on to the end of the switch, 29 s in
        h.advance(0.25)
    assert h.sounds()[6:] == ["rep", "switch_sides", "countdown", "countdown", "countdown"]
    h.advance(30)  # a laptop that slept: cues long overdue are dropped, not played in a burst
    assert h.sounds()[11:] == ["countdown", "countdown"]  # only the 2 and 1 due within 1 s


def test_keys_pause_skip_back_extend_mute_and_fullscreen(qtbot: QtBot) -> None:
    h = Harness(qtbot, ROUTINE)
    s = h.screen
    h.key(Qt.Key.Key_Space)
    h.advance(2)
    h.key(Qt.Key.Key_Space)
    assert s.session.state is State.PAUSED
    assert s.phase_label.text() == "PAUSED"
    assert s.hint_label.text() == "Paused — press Space to go on"
    assert not h.awake.active  # the screen may sleep while paused
    h.advance(100)
    assert s.time_label.text() == "0:03"
    h.key(Qt.Key.Key_Space)
    assert s.session.state is State.RUNNING
    assert h.awake.active
    h.key(Qt.Key.Key_Right)
    assert s.session.segment.kind is SegmentKind.WORK
    h.key(Qt.Key.Key_PageDown)
    assert s.session.segment.kind is SegmentKind.SWITCH
    h.key(Qt.Key.Key_PageUp)
    assert s.session.segment.kind is SegmentKind.WORK
    h.key(Qt.Key.Key_Left)
    assert s.session.segment.kind is SegmentKind.PREPARE
    h.key(Qt.Key.Key_Plus)
    assert s.time_label.text() == "0:15"
    h.key(Qt.Key.Key_M)
    assert h.player.muted
    assert s.notice_label.text().startswith("Sound muted")
    toggled: list[bool] = []
    s.fullscreen_toggled.connect(lambda: toggled.append(True))
    h.key(Qt.Key.Key_F)
    h.key(Qt.Key.Key_F11)
    assert toggled == [True, True]


def test_stopping_asks_first_and_no_keeps_going(qtbot: QtBot) -> None:
    h = Harness(qtbot, ROUTINE, answer=False)
    s = h.screen
    left: list[bool] = []
    s.leave.connect(lambda: left.append(True))
    h.key(Qt.Key.Key_Space)
    h.key(Qt.Key.Key_Escape)
    assert h.questions
    assert s.session.state is State.RUNNING
    assert not left
    h.answer = True
    h.key(Qt.Key.Key_Escape)
    assert s.session.state is State.FINISHED
    assert left == [True]


def test_self_paced_reps_wait_for_space(qtbot: QtBot) -> None:
    h = Harness(qtbot, routine(exercise(name="Own pace", tempo=None), prepare_seconds=0))
    h.key(Qt.Key.Key_Space)
    assert h.screen.hint_label.text() == "At your own pace — press Space when done"
    h.advance(12)
    assert h.screen.time_label.text() == "0:12"
    h.key(Qt.Key.Key_Space)
    assert h.screen.session.state is State.FINISHED


def test_time_is_the_largest_thing_and_at_least_a_quarter_of_the_height(qtbot: QtBot) -> None:
    h = Harness(qtbot, ROUTINE)
    h.key(Qt.Key.Key_Space)
    qtbot.wait(10)
    s = h.screen
    assert s.time_label.height() >= s.height() / 4
    others = [s.phase_label, s.name_label, s.detail_label, s.instructions, s.next_label]
    assert all(s.time_label.font().pixelSize() > o.font().pixelSize() for o in others)
    s.resize(1920, 1200)
    qtbot.wait(10)
    assert s.time_label.height() >= s.height() / 4


def test_pictures_step_with_the_tempo_and_missing_ones_show_a_placeholder(
    qtbot: QtBot, tmp_path: Path
) -> None:
    data = routine(
        exercise(
            name="Pictured",
            images=["resource:images/step-back-and-reach-1.svg", "missing.png"],
            reps=2,
            tempo=4,
        ),
        prepare_seconds=0,
    )
    h = Harness(qtbot, data, routine_file=tmp_path / "r.json")
    h.key(Qt.Key.Key_Space)
    picture = h.screen.picture
    qtbot.waitUntil(lambda: not picture.showing_placeholder)  # drawn on a worker thread
    h.advance(2.5)  # second half of the rep: the second position, which is missing
    assert picture.showing_placeholder
    assert not picture.waiting  # for good: nothing is being drawn


def test_image_index_follows_the_rep() -> None:
    segment = compile_timeline(
        routine_from_data(routine(exercise(reps=3, tempo=4), prepare_seconds=0))
    ).segments[0]
    assert [image_index(segment, t, 2) for t in (0, 1.9, 2.0, 3.9, 4.0, 6.5)] == [
        0,
        0,
        1,
        1,
        0,
        1,
    ]


def test_main_window_runs_a_bundled_routine_and_returns_home(qtbot: QtBot) -> None:
    clock = FakeClock()
    answers: list[str] = []

    def ask(question: str) -> bool:
        answers.append(question)
        return True

    window = MainWindow(RecordingPlayer(), RecordingScreenAwake(), clock, ask=ask)
    qtbot.addWidget(window)
    window.show()
    names = [card.entry.title for card in window.home.cards]
    assert "Hip Opening" in names
    assert "Daily Hip Stretch" in names
    daily = next(c for c in window.home.cards if c.entry.title == "Daily Hip Stretch")
    qtbot.mouseClick(daily.start_button, Qt.MouseButton.LeftButton)
    screen = window.run_screen
    assert screen is not None
    assert window.stack.currentWidget() is screen
    qtbot.keyClick(screen, Qt.Key.Key_Space)
    assert screen.session.state is State.RUNNING
    qtbot.keyClick(screen, Qt.Key.Key_Escape)
    assert answers
    assert window.stack.currentWidget() is window.home


def picture_drawn(picture: ExercisePicture) -> bool:
    return not picture.showing_placeholder and not picture.waiting


def test_every_bundled_routine_renders_every_segment(qtbot: QtBot, tmp_path: Path) -> None:
    for path in paths.bundled_routines():
        timeline = compile_timeline(load_routine(path))
        clock = FakeClock()
        screen = RunScreen(
            timeline, clock, RecordingPlayer(), RecordingScreenAwake(), path, lambda _q: True
        )
        qtbot.addWidget(screen)
        screen.resize(1280, 800)
        screen.start()
        for _ in timeline.segments[:-1]:
            screen.grab()
            exercise = screen.session.segment.exercise
            if exercise is not None and exercise.images:
                # Drawn on a worker thread: shown once it comes.
                qtbot.waitUntil(partial(picture_drawn, screen.picture))
                screen.grab()
            screen.next()
        assert screen.session.state is State.FINISHED


def test_long_notices_never_widen_the_window(qtbot: QtBot) -> None:
    player = RecordingPlayer(available=False, problem="No sound device: running in silence " * 4)
    screen = RunScreen(
        compile_timeline(routine_from_data(ROUTINE)),
        FakeClock(),
        player,
        RecordingScreenAwake(),
        None,
        lambda _q: True,
        voice_problem="No speech engine (on Linux: install espeak-ng): tones only",
    )
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    qtbot.wait(10)
    assert screen.minimumSizeHint().width() <= 1280
    assert screen.width() == 1280
    assert screen.notice_label.text().startswith("No sound device")
    assert "tones only" in screen.notice_label.toolTip()  # the whole notice, on hover


def test_every_key_in_the_key_map_is_a_qt_key() -> None:
    assert qt_key("PageDown") == Qt.Key.Key_PageDown
    assert qt_key("Plus") == Qt.Key.Key_Plus
    assert {qt_key(name) for binding in RUN_KEYS for name in binding.keys} >= {
        Qt.Key.Key_Space,
        Qt.Key.Key_Escape,
        Qt.Key.Key_Return,
        Qt.Key.Key_Enter,
    }
    with pytest.raises(AttributeError):
        qt_key("NoSuchKey")


def test_equal_extends_and_enter_leaves_once_done(qtbot: QtBot) -> None:
    h = Harness(qtbot, ROUTINE)
    s = h.screen
    left: list[bool] = []
    s.leave.connect(lambda: left.append(True))
    h.key(Qt.Key.Key_Space)
    h.key(Qt.Key.Key_Equal)  # the unshifted + key
    assert s.time_label.text() == f"0:{5 + EXTEND_SECONDS}"
    h.key(Qt.Key.Key_Return)
    assert not left  # Enter means nothing while the session runs
    while s.session.state is not State.FINISHED:
        h.key(Qt.Key.Key_Right)
    h.key(Qt.Key.Key_Enter)  # the keypad's Enter
    assert left == [True]


def test_the_buttons_name_their_keys_from_the_key_map(qtbot: QtBot) -> None:
    s = Harness(qtbot, ROUTINE).screen
    assert s.back_button.toolTip() == "Back (Left, Page Up)"
    assert s.fullscreen_button.toolTip() == "Full screen (F, F11)"
    assert s.stop_button.toolTip() == f"Stop ({binding_for(Action.ESCAPE).label})"
    assert f"{EXTEND_SECONDS} s more rest" == binding_for(Action.EXTEND).does


def test_help_keys_shows_the_key_map(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        ui_main, "show_message", lambda _parent, title, text: shown.append((title, text))
    )
    window = MainWindow(RecordingPlayer(), RecordingScreenAwake(), FakeClock())
    qtbot.addWidget(window)
    keys = next(a for a in window.findChildren(QAction) if a.text() == "&Keys on the run screen")
    keys.trigger()
    assert shown == [("Keys on the run screen", keys_help())]


def test_the_window_opens_no_larger_than_the_screen_has_room_for(qtbot: QtBot) -> None:
    from matside.ui.main import PREFERRED_SIZE, first_size

    assert first_size((1920, 1040)) == PREFERRED_SIZE
    assert first_size((1366, 728)) == (1280, 728)  # a 1366 x 768 laptop with a panel
    assert first_size((1024, 576)) == (1024, 576)
    window = MainWindow(RecordingPlayer(), RecordingScreenAwake(), FakeClock())
    qtbot.addWidget(window)
    free = window.screen().availableGeometry()
    assert window.width() <= free.width()
    assert window.height() <= free.height()
