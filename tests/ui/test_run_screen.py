"""The run screen driven as a person drives it: keys, on a fake clock, offscreen."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from matside.backends.audio import RecordingPlayer
from matside.backends.awake import RecordingScreenAwake
from matside.backends.sleep import RecordingSleepWatch
from matside.core.clock import FakeClock
from matside.core.keymap import (
    LEAVE_BANNER,
    PAUSED_HINT,
    QUIT_BANNER,
    READY_HINT,
    RUN_KEYS,
    STOP_BANNER,
    STOP_WINDOW,
    Action,
    binding_for,
)
from matside.core.routine import routine_from_data
from matside.core.session import State
from matside.core.timeline import SegmentKind, Side, compile_timeline
from matside.storage import paths
from matside.storage.routine_files import load_routine
from matside.ui.main import MainWindow, make_application
from matside.ui.run.screen import EXTEND_SECONDS, RunScreen, image_index, qt_key
from matside.ui.widgets.picture import ExercisePicture
from tests.conftest import exercise, routine
from tests.ui.timer import advance


@pytest.fixture(autouse=True)
def themed_app(qapp: Any) -> None:
    make_application()


class Harness:
    def __init__(self, qtbot: QtBot, data: dict[str, Any], **kw: Any):
        self.clock = FakeClock()
        self.player = RecordingPlayer()
        self.awake = RecordingScreenAwake()
        self.screen = RunScreen(
            compile_timeline(routine_from_data(data), kw.get("sets")),
            self.clock,
            self.player,
            self.awake,
            kw.get("routine_file"),
        )
        self.screen.resize(1280, 800)
        qtbot.addWidget(self.screen)
        self.screen.show()
        self.qtbot = qtbot
        self.sounds_heard = 0

    def key(self, key: Qt.Key, text: str = "") -> None:
        self.qtbot.keyClick(self.screen, key)

    def advance(self, seconds: float) -> None:
        """Let ``seconds`` pass with the precise timer firing when it was aimed to."""
        advance(self.screen, self.clock, seconds)

    def stall(self, seconds: float) -> None:
        """The process freezes (or the computer sleeps) for ``seconds``: the timer fires late."""
        self.clock.advance(seconds)
        self.screen._on_timer()

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
    assert s.hint_label.text() == READY_HINT
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
    assert s.time_label.text() == "Rest as long as you need — Space, Page Down or F5 goes on"
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
    h.stall(30)  # a laptop that slept: the session pauses where it was, nothing is lost
    assert h.sounds()[11:] == []
    assert h.screen.session.state is State.PAUSED
    assert h.screen.hint_label.text() == ("Paused: computer stalled 30 s — any key goes on")
    h.key(Qt.Key.Key_M)  # mute, full screen and Esc keep their meaning
    assert h.player.muted
    assert h.screen.session.state is State.PAUSED
    h.key(Qt.Key.Key_M)
    h.key(Qt.Key.Key_PageDown)  # any other key goes on (a clicker's Next too): nothing skipped
    assert h.screen.session.state is State.RUNNING
    h.advance(2.1)
    assert h.sounds()[11:] == ["work_start"]  # the right side starts as planned


def test_keys_pause_skip_back_extend_mute_and_fullscreen(qtbot: QtBot) -> None:
    h = Harness(qtbot, ROUTINE)
    s = h.screen
    h.key(Qt.Key.Key_Space)
    h.advance(2)
    h.key(Qt.Key.Key_Space)
    assert s.session.state is State.PAUSED
    assert s.phase_label.text() == "PAUSED"
    assert s.hint_label.text() == PAUSED_HINT
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


def test_esc_asks_on_the_screen_and_only_a_second_esc_within_3_s_stops(qtbot: QtBot) -> None:
    h = Harness(qtbot, ROUTINE)
    s = h.screen
    left: list[bool] = []
    s.leave.connect(lambda: left.append(True))
    h.key(Qt.Key.Key_Space)
    h.key(Qt.Key.Key_Escape)
    assert s.session.state is State.PAUSED  # nothing moves on while the question stands
    assert s.stop_banner.isVisible()
    assert s.stop_banner.headline.text() == STOP_BANNER
    assert s.stop_banner.geometry().center() == s.rect().center()
    assert s.stop_banner.headline.font().pixelSize() >= s.height() // 10
    h.clock.advance(STOP_WINDOW)
    s._banner_timer.timeout.emit()  # what the banner's timer does at the deadline
    assert not s.stop_banner.isVisible()
    h.key(Qt.Key.Key_Escape)  # 3 s on: a first press again, which resumes
    assert s.session.state is State.RUNNING
    h.key(Qt.Key.Key_Right)  # any other key: carry on
    assert not s.stop_banner.isVisible()
    h.key(Qt.Key.Key_Escape)
    h.clock.advance(2.9)
    h.key(Qt.Key.Key_Escape)
    assert s.session.state is State.FINISHED
    assert not s.stop_banner.isVisible()
    assert s.time_label.text() == "Stopped"
    assert not left  # the done screen tells what was done; Esc or Enter leaves
    h.key(Qt.Key.Key_Escape)
    assert left == [True]


def test_the_stop_button_is_a_press_of_esc_and_closes_once_done(qtbot: QtBot) -> None:
    h = Harness(qtbot, ROUTINE)
    s = h.screen
    left: list[bool] = []
    s.leave.connect(lambda: left.append(True))
    s.start()
    qtbot.mouseClick(s.stop_button, Qt.MouseButton.LeftButton)
    assert s.stop_banner.isVisible()
    qtbot.mouseClick(s.stop_button, Qt.MouseButton.LeftButton)
    assert s.session.state is State.FINISHED
    assert s.stop_button.text() == "Close"
    qtbot.mouseClick(s.stop_button, Qt.MouseButton.LeftButton)
    assert left == [True]


def test_esc_on_the_ready_screen_goes_back_after_asking(qtbot: QtBot) -> None:
    h = Harness(qtbot, ROUTINE)
    s = h.screen
    left: list[bool] = []
    s.leave.connect(lambda: left.append(True))
    h.key(Qt.Key.Key_Escape)
    assert s.session.state is State.IDLE  # never started by Esc
    assert s.stop_banner.headline.text() == LEAVE_BANNER
    h.key(Qt.Key.Key_Escape)
    assert left == [True]


CLICKER = {
    "PageDown": (Qt.Key.Key_PageDown, Qt.KeyboardModifier.NoModifier),
    "PageUp": (Qt.Key.Key_PageUp, Qt.KeyboardModifier.NoModifier),
    "F5": (Qt.Key.Key_F5, Qt.KeyboardModifier.NoModifier),
    "Shift+F5": (Qt.Key.Key_F5, Qt.KeyboardModifier.ShiftModifier),
    "Esc": (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
    ".": (Qt.Key.Key_Period, Qt.KeyboardModifier.NoModifier),
    "b": (Qt.Key.Key_B, Qt.KeyboardModifier.NoModifier),
}
"""Every key a presenter clicker sends."""


def test_a_clicker_alone_runs_a_whole_session_and_no_dialog_ever_opens(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(QDialog, "exec", lambda self: opened.append(type(self).__name__))
    monkeypatch.setattr(QMessageBox, "exec", lambda self: opened.append("QMessageBox"))

    def ask(question: str, verb: str) -> bool:
        opened.append(question)
        return False

    clock = FakeClock()
    window = MainWindow(RecordingPlayer(), RecordingScreenAwake(), clock, ask=ask)
    qtbot.addWidget(window)
    window.show()
    screen = window.open_run_screen(compile_timeline(routine_from_data(ROUTINE)), None)
    session = screen.session

    def press(name: str) -> None:
        key, modifier = CLICKER[name]
        qtbot.keyClick(screen, key, modifier)
        assert QApplication.activeModalWidget() is None
        assert not opened

    def let_pass(seconds: float) -> None:
        advance(screen, clock, seconds)  # the precise timer, when it was aimed to
        screen._show_stop_banner()  # and the banner's timer

    def where() -> tuple[State, SegmentKind]:
        return session.state, session.segment.kind

    press("F5")  # the slideshow key starts from the ready screen
    assert where() == (State.RUNNING, SegmentKind.PREPARE)
    let_pass(7)
    assert where() == (State.RUNNING, SegmentKind.WORK)
    press(".")  # the blank-screen key pauses
    assert screen.phase_label.text() == "PAUSED"
    let_pass(30)
    press("b")  # and resumes
    let_pass(18)
    assert where() == (State.RUNNING, SegmentKind.SWITCH)
    press("PageDown")
    press("PageUp")  # within 2 s: back one
    assert session.segment.kind is SegmentKind.SWITCH
    press("PageDown")
    let_pass(20)
    assert screen.phase_label.text() == "REST"
    press("PageDown")  # a rest skipped
    assert screen.set_label.text() == "Set 2 of 2"
    press("Esc")  # the slideshow key's other half: pauses, and asks
    assert where() == (State.PAUSED, SegmentKind.WORK)
    assert screen.stop_banner.isVisible()
    let_pass(4)
    assert not screen.stop_banner.isVisible()
    press("Shift+F5")
    assert session.state is State.RUNNING
    let_pass(45)
    assert where() == (State.WAITING, SegmentKind.REST)  # a rest as long as you need
    let_pass(12)
    press("F5")  # goes on
    assert screen.name_label.text() == "Hold"
    let_pass(3)
    press("Esc")  # the slideshow key pressed on: Esc, F5, Esc within 3 s stops
    let_pass(1)
    press("F5")
    let_pass(1)
    press("Esc")
    assert session.state is State.FINISHED
    assert window.stack.currentWidget() is screen  # the done screen, with the truth
    assert (screen.phase_label.text(), screen.time_label.text()) == ("STOPPED", "Stopped")
    assert screen.name_label.text() == "1:46 spent  ·  0:35 paused"
    assert screen.detail_label.text() == "Sets done: 2 of 3"
    assert screen.hint_label.text() == "Skipped: 1 rest"
    assert screen.left_label.text() == ""  # not "0:00 left": it was not all done
    # How to go back is said under the routine's name.
    assert screen.instructions.text().endswith("Press Enter or Esc to go back to your routines.")
    press("PageDown")  # a stray press brings nothing back
    assert session.state is State.FINISHED
    press("Esc")
    assert window.stack.currentWidget() is window.home


def test_the_done_screen_shows_the_time_really_spent(qtbot: QtBot) -> None:
    h = Harness(qtbot, routine(exercise(name="Hold", reps=None, tempo=None, seconds=30)))
    s = h.screen
    s.start()
    h.advance(5)
    s.press(Action.PAUSE)
    h.advance(100)
    s.press(Action.PAUSE)
    h.advance(40)
    assert s.session.state is State.FINISHED
    assert (s.phase_label.text(), s.time_label.text()) == ("DONE", "Well done!")
    assert s.name_label.text() == "0:40 spent  ·  1:40 paused"  # 10 s get ready, 30 s work
    assert s.detail_label.text() == "Sets done: 1 of 1"
    assert s.hint_label.text() == "Nothing skipped"
    assert s.instructions.text().startswith("Test routine\n")
    assert s.left_label.text() == "0:00 left"


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

    def ask(question: str, verb: str) -> bool:
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
    assert screen.session.state is State.RUNNING  # Start means start
    assert screen.session.segment.kind is SegmentKind.PREPARE
    qtbot.keyClick(screen, Qt.Key.Key_Escape)
    qtbot.keyClick(screen, Qt.Key.Key_Escape)
    qtbot.keyClick(screen, Qt.Key.Key_Escape)
    assert not answers  # asked on the screen, never in a box
    assert window.stack.currentWidget() is window.home


def picture_drawn(picture: ExercisePicture) -> bool:
    return not picture.showing_placeholder and not picture.waiting


def test_every_bundled_routine_renders_every_segment(qtbot: QtBot, tmp_path: Path) -> None:
    for path in paths.bundled_routines():
        timeline = compile_timeline(load_routine(path))
        clock = FakeClock()
        screen = RunScreen(timeline, clock, RecordingPlayer(), RecordingScreenAwake(), path)
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


def screen_with_notices(qtbot: QtBot, sound_problem: str, size: tuple[int, int]) -> RunScreen:
    """A run screen shown at ``size`` that has no sound device (``sound_problem`` says so) and
    no speech engine: two notices between the buttons."""
    screen = RunScreen(
        compile_timeline(routine_from_data(ROUTINE)),
        FakeClock(),
        RecordingPlayer(available=False, problem=sound_problem),
        RecordingScreenAwake(),
        None,
        voice_problem="No speech engine (on Linux: install espeak-ng): tones only",
    )
    qtbot.addWidget(screen)
    screen.resize(*size)
    screen.show()
    return screen


def test_long_notices_never_widen_the_window(qtbot: QtBot) -> None:
    screen = screen_with_notices(qtbot, "No sound device: running in silence " * 4, (1280, 800))
    qtbot.wait(10)
    assert screen.minimumSizeHint().width() <= 1280
    assert screen.width() == 1280
    assert screen.notice_label.text().startswith("No sound device")
    assert "tones only" in screen.notice_label.toolTip()  # the whole notice, on hover


def test_a_notice_is_cut_short_again_when_the_buttons_take_more_room(qtbot: QtBot) -> None:
    # Pause makes "Pause" "Resume": the notice between the button groups gets less room, and
    # its text, cut short for the room before, ran out of it at both ends ("\No sound de").
    screen = screen_with_notices(qtbot, "No sound device: running in silence", (1024, 580))
    qtbot.keyClick(screen, Qt.Key.Key_Space)
    qtbot.wait(10)
    label = screen.notice_label
    for _ in range(2):  # paused, then going again
        qtbot.keyClick(screen, Qt.Key.Key_F5)
        qtbot.wait(10)
        assert label.text().startswith("No sound")
        assert label.fontMetrics().horizontalAdvance(label.text()) <= label.contentsRect().width()
    assert label.toolTip().endswith("tones only")  # the whole notice, on hover


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


def test_help_keys_shows_the_key_map_in_two_columns(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from matside.ui.help_windows import KeysDialog

    shown: list[list[tuple[str, str]]] = []
    monkeypatch.setattr(KeysDialog, "exec", lambda self: shown.append(self.rows))
    window = MainWindow(RecordingPlayer(), RecordingScreenAwake(), FakeClock())
    qtbot.addWidget(window)
    keys = next(a for a in window.findChildren(QAction) if a.text() == "&Keys on the run screen")
    keys.trigger()
    assert shown == [[(binding.label, binding.description) for binding in RUN_KEYS]]


def test_help_keys_gives_every_wrapped_row_its_whole_height(qtbot: QtBot) -> None:
    from matside.ui.help_windows import KeysDialog

    dialog = KeysDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    labels = [label for label in dialog.findChildren(QLabel) if label.wordWrap()]
    assert labels
    assert all(label.height() >= label.heightForWidth(label.width()) for label in labels)


def test_about_names_the_version_and_credits_every_bundled_routine(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from matside import __version__
    from matside.storage import paths
    from matside.storage.routine_files import load_routine
    from matside.ui.help_windows import AboutDialog

    shown: list[AboutDialog] = []
    monkeypatch.setattr(AboutDialog, "exec", lambda self: shown.append(self))
    window = MainWindow(RecordingPlayer(), RecordingScreenAwake(), FakeClock())
    qtbot.addWidget(window)
    about = next(a for a in window.findChildren(QAction) if a.text() == "&About Matside")
    about.trigger()
    (dialog,) = shown
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert any(__version__ in text for text in texts)
    assert dialog.licence.text().startswith("Licence: ")
    for path in paths.bundled_routines():
        assert load_routine(path).source in dialog.credits.text()


def test_the_window_opens_no_larger_than_the_screen_has_room_for(qtbot: QtBot) -> None:
    from matside.ui.main import PREFERRED_SIZE, first_geometry, first_size

    assert first_size((1920, 1040)) == PREFERRED_SIZE
    assert first_size((3840, 2120)) == (2560, 1413)  # a 4K monitor: two thirds of it
    assert first_size((1366, 728)) == (1280, 728)  # a 1366 x 768 laptop with a panel
    assert first_size((1024, 576)) == (1024, 576)
    window = MainWindow(RecordingPlayer(), RecordingScreenAwake(), FakeClock())
    qtbot.addWidget(window)
    free = window.screen().availableGeometry()
    assert window.width() <= free.width()
    assert window.height() <= free.height()

    four_k = QRect(0, 40, 3840, 2120)  # a 4K monitor with a panel at the top
    place = first_geometry(four_k)
    assert place.size().toTuple() == (2560, 1413)
    assert (place.center() - four_k.center()).manhattanLength() <= 1


def test_the_window_opens_where_and_as_large_as_it_was_left(qtbot: QtBot) -> None:
    first = MainWindow(RecordingPlayer(), RecordingScreenAwake(), FakeClock())
    qtbot.addWidget(first)
    first.show()
    first.resize(640, 470)
    first.move(40, 30)
    qtbot.waitUntil(lambda: first.size().toTuple() == (640, 470))
    assert first.close()
    second = MainWindow(RecordingPlayer(), RecordingScreenAwake(), FakeClock())
    qtbot.addWidget(second)
    assert second.size().toTuple() == (640, 470)  # the offscreen screen is 800 x 600


def test_the_right_side_shows_the_picture_mirrored(qtbot: QtBot) -> None:
    data = routine(
        exercise(
            name="Pictured",
            images=["resource:images/step-back-and-reach-1.svg"],
            reps=2,
            tempo=4,
            sides="each",
        ),
        prepare_seconds=0,
        switch_seconds=5,
    )
    h = Harness(qtbot, data)
    h.key(Qt.Key.Key_Space)
    picture = h.screen.picture
    shown = []
    for seconds in (1, 8, 5):  # into the left side, the switch, the right side
        h.advance(seconds)
        shown.append((h.screen.session.segment.kind, picture.mirrored))
    assert shown == [
        (SegmentKind.WORK, False),  # the left side, as drawn
        (SegmentKind.SWITCH, True),  # getting into the right side's position
        (SegmentKind.WORK, True),
    ]


def test_closing_the_window_during_a_session_asks_on_the_screen_not_in_a_box(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(QDialog, "exec", lambda self: opened.append(type(self).__name__))
    monkeypatch.setattr(QMessageBox, "exec", lambda self: opened.append("QMessageBox"))
    clock = FakeClock()

    def ask(question: str, verb: str) -> bool:
        opened.append(question)
        return False

    window = MainWindow(RecordingPlayer(), RecordingScreenAwake(), clock, ask=ask)
    qtbot.addWidget(window)
    window.show()
    screen = window.open_run_screen(compile_timeline(routine_from_data(ROUTINE)), None)
    screen.start()
    assert not window.close()  # the first try asks, on the run screen
    assert screen.stop_banner.isVisible()
    assert screen.stop_banner.headline.text() == QUIT_BANNER
    assert screen.session.state is State.RUNNING  # the session goes on meanwhile
    clock.advance(STOP_WINDOW)
    screen._show_stop_banner()  # what the banner's timer does at the deadline
    assert not screen.stop_banner.isVisible()
    assert not window.close()  # too late for a second try: it asks again
    clock.advance(1)
    assert window.close()
    assert window.run_screen is None
    assert not opened


def test_the_system_going_to_sleep_pauses_the_session_and_waking_says_for_how_long(
    qtbot: QtBot,
) -> None:
    clock = FakeClock()
    watch = RecordingSleepWatch()
    window = MainWindow(
        RecordingPlayer(),
        RecordingScreenAwake(),
        clock,
        ask=lambda _q, _verb: True,
        sleep_watch=watch,
    )
    qtbot.addWidget(window)
    window.show()
    screen = window.open_run_screen(compile_timeline(routine_from_data(ROUTINE)), None)
    qtbot.waitUntil(lambda: watch.started)  # once the run screen is up
    qtbot.keyClick(screen, Qt.Key.Key_Space)
    watch.sleep()
    qtbot.waitUntil(lambda: screen.session.state is State.PAUSED)  # queued to the window
    assert screen.hint_label.text() == ("Paused: computer going to sleep — any key goes on")
    clock.suspend(180)
    watch.wake()
    qtbot.waitUntil(lambda: "asleep 3 min" in screen.hint_label.text())
    qtbot.keyClick(screen, Qt.Key.Key_Right)
    assert screen.session.state is State.RUNNING
    assert screen.session.segment.kind is SegmentKind.PREPARE  # nothing was skipped
    window.show_home()
    watch.sleep()  # no run screen: nothing to pause


CIRCUIT = routine(
    {
        "circuit": "Glute activation",
        "rounds": 2,
        "rest_between_rounds": 15,
        "exercises": [
            exercise(name="Bridge", reps=2, tempo=3),
            exercise(name="Clam", reps=2, tempo=3, sides="each"),
        ],
    },
    exercise(name="Lunge", sets=2, reps=2, tempo=3),
    format=2,
    prepare_seconds=5,
    switch_seconds=5,
    rest_between_sets=10,
)


def test_a_circuit_shows_its_round_and_name_in_the_banner(qtbot: QtBot) -> None:
    h = Harness(qtbot, CIRCUIT)
    s = h.screen
    h.key(Qt.Key.Key_Space)

    def banner() -> tuple[str, str, str, str]:
        return (s.phase_label.text(), s.name_label.text(), s.move_label.text(), s.set_label.text())

    assert banner() == ("GET READY", "Bridge", "Glute activation", "Round 1 of 2")
    h.advance(5 + 1)
    assert banner() == ("WORK", "Bridge", "Glute activation", "Round 1 of 2")
    assert s.next_label.text() == "Next: Clam"
    h.advance(6 + 6 + 5 + 6)  # Bridge done, Clam on the left, the switch, Clam on the right
    assert banner() == ("REST", "Bridge", "Glute activation", "Round 2 of 2")
    h.advance(15)
    assert banner() == ("WORK", "Bridge", "Glute activation", "Round 2 of 2")
    h.advance(6 + 6 + 5 + 6 + 30)  # the second round, then the rest after the circuit
    assert banner() == ("WORK", "Lunge", "Move 3 of 3", "Set 1 of 2")


KNEE_LIFT = routine(
    exercise(
        name="Slow Knee Lift",
        images=["resource:images/slow-knee-lift-1.svg", "resource:images/slow-knee-lift-2.svg"],
        reps=2,
        tempo=[3, 2, 3],
    ),
    format=2,
    prepare_seconds=0,
)


def test_the_phase_word_and_the_picture_step_together(qtbot: QtBot) -> None:
    h = Harness(qtbot, KNEE_LIFT)
    s = h.screen
    h.key(Qt.Key.Key_Space)
    seen = []
    for seconds in (0.5, 2.4, 0.2, 1.8, 0.2, 2.8, 0.2, 3.0, 2.0):
        h.advance(seconds)
        picture = s._picture_shown[0] if s._picture_shown else ""
        seen.append((s.phase_label.text(), picture.removeprefix("resource:images/")))
    lifted, standing = "slow-knee-lift-2.svg", "slow-knee-lift-1.svg"
    assert seen == [
        ("MOVE", lifted),  # 0.5 s: on the way up, the picture shows where to go
        ("MOVE", lifted),  # 2.9 s
        ("HOLD", lifted),  # 3.1 s: held up there
        ("HOLD", lifted),  # 4.9 s
        ("RETURN", standing),  # 5.1 s: on the way back down
        ("RETURN", standing),  # 7.9 s
        ("MOVE", lifted),  # 8.1 s: the second rep
        ("HOLD", lifted),  # 11.1 s
        ("RETURN", standing),  # 13.1 s
    ]
    assert s.detail_label.text() == "Rep 2 of 2"
    h.key(Qt.Key.Key_Space)  # paused, the banner says so, not the phase
    assert s.phase_label.text() == "PAUSED"


def test_the_screen_wakes_at_each_phase_boundary(qtbot: QtBot) -> None:
    h = Harness(qtbot, routine(exercise(reps=1, tempo=[2.25, 1.5, 2.25]), format=2))
    h.key(Qt.Key.Key_Space)
    h.advance(10)  # the get-ready
    s = h.screen
    wakes = {}
    while s.session.segment.kind is SegmentKind.WORK:
        h.clock.set(s.session.expected_wake or 0.0)
        s._on_timer()
        wakes[round(s.session.elapsed(), 6)] = s.phase_label.text()
    # Besides every whole second, at the boundaries, where the word changes.
    assert (wakes[2.25], wakes[3.75]) == ("HOLD", "RETURN")
    assert (wakes[2.0], wakes[3.0], wakes[4.0]) == ("MOVE", "HOLD", "RETURN")


def test_a_spoken_cue_shows_its_words_while_it_is_said_without_a_voice(qtbot: QtBot) -> None:
    said = "Knee stays above the hip. Keep breathing."
    data = routine(
        exercise(
            name="Hold",
            reps=None,
            tempo=None,
            seconds=20,
            sides="each",
            cue="Knee over hip",
            cues=[{"at": 10, "say": said}],
        ),
        format=2,
        prepare_seconds=0,
    )
    h = Harness(qtbot, data)  # no voice: the screen is the only way to get the words
    s = h.screen
    h.key(Qt.Key.Key_Space)
    seen = []
    for seconds in (9.9, 0.1, 3.8, 0.2, 6 + 5 + 10):  # ... the right side's cue
        h.advance(seconds)
        seen.append(s.instructions.text())
    assert seen == ["Knee over hip", said, said, "Knee over hip", said]
    assert s.session.segment.side is Side.RIGHT
    assert s.session.elapsed() == pytest.approx(10)
