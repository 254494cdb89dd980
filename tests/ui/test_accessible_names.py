"""Every control a person can reach has a name assistive technology can read (issue 19).

A screen reader says a control's accessible name; a field without one is announced as "edit
text" and nothing more. The test walks the library, the editor, the settings and the run screen
and lists every control that takes the focus and has no name: fields, lists, sliders, and
buttons whose text is only a symbol.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from matside.backends.audio import RecordingPlayer
from matside.backends.awake import RecordingScreenAwake
from matside.core.clock import FakeClock
from matside.core.settings import Settings
from matside.storage import paths
from matside.ui.editor.page import EditorPage
from matside.ui.library.page import HomePage
from matside.ui.main import MainWindow
from matside.ui.settings_dialog import SettingsDialog

NAMED_BY_TEXT = (QAbstractButton,)
NEED_A_NAME = (
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QAbstractSpinBox,
    QComboBox,
    QAbstractSlider,
    QAbstractItemView,
)


def spoken_name(control: QWidget) -> str:
    """The name a screen reader reads: the accessible name, or a label's whose buddy it is."""
    interface = QAccessible.queryAccessibleInterface(control)
    if interface is None:
        return ""
    return interface.text(QAccessible.Text.Name).strip()


def unnamed(page: QWidget) -> list[str]:
    """The focusable controls of ``page`` without a name to read."""
    found = []
    for control in page.findChildren(QWidget):
        if control.focusPolicy() == Qt.FocusPolicy.NoFocus or not control.isVisibleTo(page):
            continue
        if isinstance(control, QLineEdit) and isinstance(control.parent(), QAbstractSpinBox):
            continue  # the spin box's own editor: the spin box is named
        if isinstance(control, QLineEdit) and isinstance(control.parent(), QComboBox):
            continue
        name = spoken_name(control)
        if isinstance(control, NAMED_BY_TEXT):
            text = control.text().replace("&", "").strip()
            if name or any(char.isalpha() for char in text):
                continue
            found.append(f"{type(control).__name__} {text!r}")
        elif isinstance(control, NEED_A_NAME) and not name:
            place = control.mapTo(page, control.rect().topLeft())
            found.append(f"{type(control).__name__} at {place.x()},{place.y()}")
    return found


def test_the_library_names_every_control(qtbot: QtBot) -> None:
    home = HomePage(ask=lambda _question, _verb: True)
    qtbot.addWidget(home)
    home.resize(1280, 800)
    home.show()
    assert unnamed(home) == []


def test_the_editor_names_every_control(qtbot: QtBot) -> None:
    editor = EditorPage()
    qtbot.addWidget(editor)
    editor.resize(1366, 900)
    editor.show()
    assert editor.open_routine(paths.routines_dir() / "hip-opening.json")
    assert unnamed(editor) == []


def test_the_settings_name_every_control(qtbot: QtBot) -> None:
    dialog = SettingsDialog(Settings(), None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert unnamed(dialog) == []


def test_the_run_screen_names_every_control(qtbot: QtBot) -> None:
    window = MainWindow(RecordingPlayer(), RecordingScreenAwake(), FakeClock())
    qtbot.addWidget(window)
    from matside.core.timeline import compile_timeline
    from matside.storage.routine_files import load_routine

    path = paths.routines_dir() / "hip-opening.json"
    screen = window.open_run_screen(compile_timeline(load_routine(path)), path)
    window.show()
    assert unnamed(screen) == []
    assert screen.picture.accessibleName()  # the picture says what it shows
