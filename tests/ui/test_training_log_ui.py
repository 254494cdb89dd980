"""The training log in the app: sessions are written, the library shows when each routine was
last done, and offers to pick up a session Matside was closed during."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from matside.backends.audio import RecordingPlayer
from matside.backends.awake import RecordingScreenAwake
from matside.core.clock import FakeClock
from matside.core.session import State
from matside.core.timeline import SegmentKind
from matside.storage import paths
from matside.storage.logbook import Logbook
from matside.ui.library.routine_list import LAST_DONE_ROLE
from matside.ui.main import MainWindow, open_logbook
from tests.core.test_recorder import DATA
from tests.storage.test_logbook import run


def user_routine() -> Path:
    folder = paths.user_routines_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "test.json"
    path.write_text(json.dumps(DATA), encoding="utf-8")
    return path


def window_on(qtbot: QtBot, logbook: Logbook, clock: FakeClock) -> MainWindow:
    window = MainWindow(
        RecordingPlayer(), RecordingScreenAwake(), clock, ask=lambda _q: True, logbook=logbook
    )
    qtbot.addWidget(window)
    window.show_home()
    window.show()
    return window


def last_done_of(window: MainWindow, path: Path) -> str:
    model = window.home.model
    row = model.row_of(path)
    assert row is not None
    return str(model.data(model.index(row), LAST_DONE_ROLE))


def test_a_session_started_from_the_library_is_logged_and_shown_as_done(qtbot: QtBot) -> None:
    path = user_routine()
    logbook = Logbook()
    clock = FakeClock()
    window = window_on(qtbot, logbook, clock)
    assert last_done_of(window, path) == ""
    assert window.home.select(path)
    qtbot.keyClick(window.home.search, Qt.Key.Key_Return)
    screen = window.run_screen
    assert screen is not None
    qtbot.keyClick(screen, Qt.Key.Key_Space)
    for _ in range(101):
        clock.advance(1)
        screen.session.tick()
    assert screen.session.state is State.FINISHED
    [logged] = logbook.sessions()
    assert (logged.status, logged.intervals_done, logged.routine_file) == ("finished", 8, str(path))
    qtbot.keyClick(screen, Qt.Key.Key_Return)  # back to the routines
    assert window.run_screen is None
    assert last_done_of(window, path) == "done today"


def test_the_library_offers_a_cut_off_session_and_resumes_it(qtbot: QtBot) -> None:
    first = Logbook()
    run(first, 40)  # cut off in the rest before set 2 of A
    first.close()
    opened, notice = open_logbook()  # as the app opens it at the next start
    assert opened is not None
    logbook = opened
    assert notice is None
    clock = FakeClock()
    window = window_on(qtbot, logbook, clock)
    bar = window.home.notice
    assert not bar.isHidden()
    assert bar.label.text() == "Resume Test routine — set 2 of 2, A? Matside closed during it."
    qtbot.mouseClick(bar.buttons["Resume"], Qt.MouseButton.LeftButton)
    screen = window.run_screen
    assert screen is not None
    assert screen.session.segment.kind is SegmentKind.PREPARE
    assert screen.session.timeline.segments[1].set == 2
    qtbot.keyClick(screen, Qt.Key.Key_Space)
    for _ in range(70):
        clock.advance(1)
        screen.session.tick()
    assert screen.session.state is State.FINISHED
    resumed, cut = logbook.sessions()
    assert cut.status == "cut off"
    assert not cut.resumable
    assert resumed.status == "finished"
    assert resumed.planned_seconds == 5 + 20 + 10 + 15 + 5 + 15


def test_forget_it_stops_the_offer(qtbot: QtBot) -> None:
    logbook = Logbook()
    run(logbook, 40)
    window = window_on(qtbot, logbook, FakeClock())
    qtbot.mouseClick(window.home.notice.buttons["Forget it"], Qt.MouseButton.LeftButton)
    assert window.home.notice.isHidden()
    assert logbook.resumable() is None
    assert logbook.sessions()[0].status == "cut off"


def test_a_log_that_cannot_be_written_is_said_once_and_the_session_runs(qtbot: QtBot) -> None:
    path = user_routine()
    logbook = Logbook()
    clock = FakeClock()
    window = window_on(qtbot, logbook, clock)
    logbook.close()  # every write fails from here
    assert window.home.select(path)
    qtbot.keyClick(window.home.search, Qt.Key.Key_Return)
    screen = window.run_screen
    assert screen is not None
    qtbot.keyClick(screen, Qt.Key.Key_Space)
    clock.advance(30)
    screen.session.tick()
    assert screen.session.state is State.RUNNING
    message = window.notice_bar().currentMessage()
    assert message.startswith("This session is not being logged. The training log cannot be")


def test_an_unreadable_log_is_a_notice_not_a_failure(tmp_path: Path) -> None:
    paths.logbook_path().mkdir(parents=True)  # a folder where the file should be
    logbook, notice = open_logbook()
    assert logbook is None
    assert notice is not None
    assert notice.startswith("The training log cannot be opened")
