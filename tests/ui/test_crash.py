"""An unexpected error in the UI: edits kept first, logged with its traceback, shown once with
the log's place; and Help ▸ Open log folder."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject, Qt, QTimer, QUrl, Slot
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from matside.backends.audio import RecordingPlayer
from matside.backends.awake import RecordingScreenAwake
from matside.core.clock import FakeClock
from matside.core.timeline import compile_timeline
from matside.storage import recovery
from matside.storage.log_file import log_file
from matside.storage.routine_files import load_routine
from matside.ui import main as ui_main
from matside.ui.crash import EDITS_KEPT, EDITS_LOST, TITLE, CrashCatcher
from matside.ui.main import MainWindow, make_application, unattended_crash
from tests.ui.test_editor import TWO_MOVES
from tests.ui.test_library import user_file


@pytest.fixture(autouse=True)
def themed_app(qapp: Any) -> None:
    make_application()


def window(qtbot: QtBot) -> MainWindow:
    main = MainWindow(
        RecordingPlayer(), RecordingScreenAwake(), FakeClock(), ask=lambda _q, _verb: True
    )
    qtbot.addWidget(main)
    main.show_home()
    main.show()
    return main


def edit_unsaved(qtbot: QtBot, main: MainWindow) -> Path:
    path = user_file("two.json", TWO_MOVES)
    main.open_editor(path)
    # Closing at the end of the test asks what to do with the edits: they are thrown away.
    main.editor.choose = lambda _question, options: "Discard" if "Discard" in options else None
    field: QLineEdit = main.editor.form.ex_name
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, "Deep lunge")
    assert main.editor.is_dirty
    return path


def raised(error: BaseException) -> tuple[type[BaseException], BaseException, Any]:
    try:
        raise error
    except BaseException:  # noqa: BLE001 - the test wants exactly what a hook is given
        kind, value, trace = sys.exc_info()
    assert kind is not None
    assert value is not None
    return kind, value, trace


def test_an_error_keeps_the_edits_logs_the_traceback_and_says_where_the_log_is(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    main = window(qtbot)
    path = edit_unsaved(qtbot, main)
    told: list[tuple[str, str]] = []
    catcher = CrashCatcher(main, tell=lambda title, text: told.append((title, text)))
    with caplog.at_level(logging.ERROR, logger="matside"):
        catcher.handle(*raised(KeyError("slot went wrong")))

    assert main.editor.recovery_file is not None
    kept = recovery.read_recovery(main.editor.recovery_file)
    assert kept is not None
    assert kept.routine_path == path
    assert kept.data["exercises"][0]["name"] == "Deep lunge"
    [record] = [r for r in caplog.records if r.name == "matside.ui.crash"]
    assert record.levelno == logging.ERROR
    assert record.exc_info is not None
    assert "slot went wrong" in caplog.text
    assert "Traceback" in caplog.text
    [(title, text)] = told
    assert title == TITLE
    assert "KeyError: 'slot went wrong'" in text
    assert EDITS_KEPT in text
    assert str(log_file()) in text

    # The next error is logged too, but no second box: a word in the notice line.
    with caplog.at_level(logging.ERROR, logger="matside"):
        catcher.handle(*raised(ValueError("again")))
    assert len(told) == 1
    assert "Another unexpected error (ValueError)" in main.notice_bar().currentMessage()
    assert "again" in caplog.text


def test_an_unattended_run_ends_on_an_error_instead_of_waiting_for_a_person(
    qtbot: QtBot, capsys: pytest.CaptureFixture[str]
) -> None:
    # With --exit-when-done no one is there to close a message box: the run waited for ever.
    main = window(qtbot)
    exits: list[int] = []

    class App:
        def exit(self, status: int) -> None:
            exits.append(status)

    catcher = CrashCatcher(main, tell=unattended_crash(App()))  # type: ignore[arg-type]
    catcher.handle(*raised(KeyError("slot went wrong")))
    assert exits == [1]
    said = capsys.readouterr().err
    assert said.startswith(f"matside: {TITLE}: Something went wrong inside Matside")
    assert str(log_file()) in said


def test_edits_that_cannot_be_kept_are_said(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    main = window(qtbot)
    edit_unsaved(qtbot, main)

    def full_disk(*_args: Any) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(recovery, "write_recovery", full_disk)
    told: list[str] = []
    CrashCatcher(main, tell=lambda _title, text: told.append(text)).handle(
        *raised(RuntimeError("boom"))
    )
    assert EDITS_LOST in told[0]


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_reaches_the_catcher_while_it_is_installed(qtbot: QtBot) -> None:
    main = window(qtbot)
    told: list[str] = []
    catcher = CrashCatcher(main, tell=lambda _title, text: told.append(text))

    def broken_slot() -> None:
        raise ZeroDivisionError("in a slot")

    before = sys.excepthook
    catcher.install()
    try:
        QTimer.singleShot(0, broken_slot)
        qtbot.waitUntil(lambda: bool(told))
    finally:
        catcher.uninstall()
    assert sys.excepthook is before
    assert "ZeroDivisionError: in a slot" in told[0]
    assert EDITS_KEPT not in told[0]  # there were no unsaved edits to speak of
    assert EDITS_LOST not in told[0]


class _Opened(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


def test_help_opens_the_log_folder(qtbot: QtBot, matside_home: Path) -> None:
    main = window(qtbot)
    opened = _Opened()
    QDesktopServices.setUrlHandler("file", opened, "open")  # type: ignore[arg-type]  # PySide takes str, its stub says bytes
    try:
        action = next(a for a in main.findChildren(QAction) if a.text() == "Open &log folder")
        action.trigger()
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert [u.toLocalFile() for u in opened.urls] == [str(matside_home / "log")]
    assert (matside_home / "log").is_dir()


def test_what_goes_wrong_in_the_parts_reaches_the_log(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    main = window(qtbot)  # no speech engine
    path = user_file("two.json", TWO_MOVES)

    def read_only(_settings: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(ui_main, "save_settings", read_only)
    with caplog.at_level(logging.WARNING, logger="matside"):
        main.open_run_screen(compile_timeline(load_routine(path), 2), path)
        main.apply_settings(main.settings)
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert "No speech engine (on Linux: install espeak-ng): tones only" in warnings
    assert any(w.startswith("Settings could not be saved") for w in warnings)
