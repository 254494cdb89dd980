"""Text from a routine file is shown as written, never rendered as markup (issue: routine files
are untrusted).

Every string field of a routine holds markup here; every page that shows it is built, and every
text-bearing widget is checked: a label, message box, tooltip or text view that would render it
as HTML fails the test. Qt renders a label's text as HTML when its format is RichText, or
AutoText and ``Qt.mightBeRichText`` says so; a tooltip is a label of AutoText.
"""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6 import QtGui
from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QStatusBar,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from matside.backends.audio import RecordingPlayer
from matside.backends.awake import RecordingScreenAwake
from matside.core.checks import describe
from matside.core.clock import FakeClock
from matside.core.session import State
from matside.core.timeline import compile_timeline
from matside.storage import paths
from matside.storage.routine_files import load_routine
from matside.ui.editor.page import EditorPage
from matside.ui.main import MainWindow, make_application
from matside.ui.run.screen import RunScreen
from tests.conftest import exercise, routine

MARK = '<b>X</b><img src="/nonexistent/x.png"><a href="x">y</a>'
"""Markup that renders as bold text, a picture and a link wherever Qt reads HTML."""
RAW = ("<b>X", "<img", "<a href")
"""What of MARK is left in a text only where nobody escaped it."""
BROKEN_NAME = '<b>X<img src="x.png"><a href="x">y.json'
"""A file name with markup (no slash, so it can be a file's name)."""

UI = Path(__file__).resolve().parents[2] / "app" / "matside" / "ui"


@pytest.fixture(autouse=True)
def themed_app(qapp: Any) -> None:
    make_application()


def marked_routine() -> dict[str, Any]:
    return routine(
        exercise(
            name=MARK,
            instructions=[MARK, MARK],
            images=[MARK],
            sides="each",
            sets={"min": 2, "max": 3},
        ),
        exercise(name=MARK + " 2", reps=5, tempo=None, instructions=[MARK]),  # at your own pace
        name=MARK,
        description=MARK,
        source=MARK,  # language is a language tag: markup cannot pass the loader there
    )


def user_file(name: str, data: dict[str, Any]) -> Path:
    folder = paths.user_routines_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def _renders_rich(text: str, text_format: Qt.TextFormat) -> bool:
    if text_format == Qt.TextFormat.PlainText:
        return False
    if text_format == Qt.TextFormat.AutoText:
        return QtGui.Qt.mightBeRichText(text)
    return True  # RichText, MarkdownText


def _displayed(text: str, rich: bool) -> str:
    if not rich:
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


class Walk:
    """Every text the widgets under a root show, and every one that would render markup."""

    def __init__(self) -> None:
        self.shown: list[str] = []
        self.offences: list[str] = []

    def text(self, where: str, text: str, text_format: Qt.TextFormat) -> None:
        rich = _renders_rich(text, text_format)
        if rich and any(raw in text for raw in RAW):
            self.offences.append(f"{where} renders markup: {text[:120]!r}")
        self.shown.append(_displayed(text, rich))

    def tree(self, root: QWidget) -> Walk:
        for widget in [root, *root.findChildren(QWidget)]:
            where = f"{type(widget).__name__} {widget.objectName()!r}"
            if widget.isWindow():
                self.shown.append(widget.windowTitle())  # always plain
            self.text(f"tooltip of {where}", widget.toolTip(), Qt.TextFormat.AutoText)
            if isinstance(widget, QMessageBox):
                self.text(where, widget.text(), widget.textFormat())
                self.text(f"{where} informative", widget.informativeText(), widget.textFormat())
            elif isinstance(widget, QLabel):
                self.text(where, widget.text(), widget.textFormat())
            elif isinstance(widget, QAbstractButton | QPlainTextEdit):
                # always plain
                self.shown.append(
                    widget.text() if isinstance(widget, QAbstractButton) else widget.toPlainText()
                )
            elif isinstance(widget, QTextEdit):
                self._document(where, widget.document())
            elif isinstance(widget, QStatusBar):
                self.shown.append(widget.currentMessage())  # painted as plain text
            if isinstance(widget, QAbstractItemView) and widget.model() is not None:
                model = widget.model()
                for row in range(model.rowCount(QModelIndex())):
                    index = model.index(row, 0, QModelIndex())
                    self.shown.append(str(index.data(Qt.ItemDataRole.DisplayRole) or ""))
                    tooltip = index.data(Qt.ItemDataRole.ToolTipRole)
                    self.text(
                        f"tooltip of row {row} in {where}",
                        str(tooltip or ""),
                        Qt.TextFormat.AutoText,
                    )
        return self

    def _document(self, where: str, document: QTextDocument) -> None:
        block = document.begin()
        while block.isValid():
            iterator = block.begin()
            while not iterator.atEnd():
                char_format = iterator.fragment().charFormat()
                if char_format.isImageFormat() or char_format.isAnchor():
                    self.offences.append(f"{where} renders a picture or a link")
                iterator += 1
            block = block.next()
        self.shown.append(document.toPlainText())

    def check(self, *expected: str) -> None:
        assert self.offences == []
        for text in expected:
            assert any(text in shown for shown in self.shown), f"{text!r} is not shown"


def walk(root: QWidget, *expected: str) -> None:
    Walk().tree(root).check(*expected)


def answer_box(qtbot: QtBot, open_box: Callable[[], object], button: str) -> Walk:
    """Open a modal message box, walk it once it shows, then press ``button`` in it."""
    found: list[Walk] = []

    def inspect() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, inspect)
            return
        found.append(Walk().tree(box))
        texts = [b.text().replace("&", "") for b in box.buttons()]
        if button not in texts:
            missing.append(texts)
            box.reject()  # a test that fails, not one that waits on a modal box for ever
            return
        box.buttons()[texts.index(button)].click()

    missing: list[list[str]] = []
    QTimer.singleShot(0, inspect)
    open_box()
    qtbot.waitUntil(lambda: bool(found))
    assert not missing, f"no {button!r} button, only {missing[0]}"
    return found[0]


@pytest.mark.qt_log_ignore("QPixmap::scaled: Pixmap is a null pixmap")
def test_no_page_renders_markup_from_a_routine_file(qtbot: QtBot, tmp_path: Path) -> None:
    path = user_file("marked.json", marked_routine())
    broken = user_file(BROKEN_NAME, {**marked_routine(), MARK: 1})
    window = MainWindow(RecordingPlayer(), RecordingScreenAwake(), FakeClock())
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show_home()
    window.show()
    home = window.home

    # The library, the routine's details, and the delete question.
    assert home.select(path)
    walk(window, MARK, f"1. {MARK}")
    assert home.details.title.text() == MARK
    box = answer_box(qtbot, home._delete_current, "Cancel")
    box.check(MARK)
    assert path.exists()

    # The broken file's entry, its problems, and the Repair dialog.
    assert home.select(broken)
    walk(window, BROKEN_NAME, f"unknown key {describe(MARK)}")
    home._repair_current()
    dialog = home.repair_dialog
    assert dialog is not None
    walk(dialog, BROKEN_NAME, f"unknown key {describe(MARK)}")
    dialog.reject()

    # Notices: an import refused, a copy made.
    bad = tmp_path / BROKEN_NAME
    bad.write_text(json.dumps({**marked_routine(), MARK: 1}), encoding="utf-8")
    home.pick_import_files = lambda: [bad]
    home.import_files()
    walk(home.notice, f"{BROKEN_NAME}: (top level): unknown key {describe(MARK)}")
    assert home.select(path)
    home._duplicate_current()
    walk(home.notice, MARK)
    window.notify(f"Settings could not be saved: {MARK}")
    walk(window, MARK)


@pytest.mark.qt_log_ignore("QPixmap::scaled: Pixmap is a null pixmap")
def test_the_editor_shows_markup_from_a_routine_file_as_text(qtbot: QtBot) -> None:
    path = user_file("marked.json", marked_routine())
    editor = EditorPage()
    qtbot.addWidget(editor)
    editor.resize(1280, 800)
    editor.show()
    assert editor.open_target(path)
    walk(editor, MARK)
    # Problems that quote a file's text: unknown keys, beside the fields and in the tooltips.
    editor.data[MARK] = 1
    editor.data["exercises"][0][MARK] = 2
    editor.data["exercises"][0]["reps"] = MARK
    editor._after_change()
    walk(editor, f"unknown key {describe(MARK)}", f"Exercise 1 “{MARK}”")
    # The question before leaving quotes the name and the problems.
    box = answer_box(qtbot, editor.confirm_leave, "Cancel")
    box.check(f"“{MARK}” has unsaved changes")


@pytest.mark.qt_log_ignore("QPixmap::scaled: Pixmap is a null pixmap")
def test_the_run_screen_shows_markup_from_a_routine_file_as_text(qtbot: QtBot) -> None:
    path = user_file("marked.json", marked_routine())
    clock = FakeClock()
    player = RecordingPlayer()
    screen = RunScreen(
        compile_timeline(load_routine(path), 2),
        clock,
        player,
        RecordingScreenAwake(),
        path,
    )
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    screen.voice_notice = f"The voice failed on “{MARK}”"
    walk(screen, MARK)  # the name, and the cue line: the instructions' first sentence
    screen.start()
    seen = {State.RUNNING}
    walk(screen, MARK)
    screen.toggle()
    assert screen.session.state is State.PAUSED
    walk(screen, MARK)
    screen.toggle()
    for _ in range(200):
        if screen.session.state is State.FINISHED:
            break
        screen.next()
        seen.add(screen.session.state)
        walk(screen)
    assert {State.WAITING, State.FINISHED} <= seen
    walk(screen, MARK)  # the finished screen names the routine
    assert screen.instructions.text().startswith(f"{MARK}\n")
    screen.grab()


# --------------------------------------------------------------------------------------------
# Made plain at the root


def _name(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return f"{_name(node.value)}.{node.attr}"
    return ""


def _is_call_to(node: ast.expr, name: str) -> bool:
    return isinstance(node, ast.Call) and _name(node.func).split(".")[-1] == name


def _fixed_plain(node: ast.expr) -> bool:
    """A string literal Qt cannot take for markup (or a choice of two), or such a literal in
    the user's language: ``self.tr("…")``, ``QCoreApplication.translate("Context", "…")``
    (no translation brings markup in: tests/integration/test_translations.py)."""
    if isinstance(node, ast.IfExp):
        return _fixed_plain(node.body) and _fixed_plain(node.orelse)
    if _is_call_to(node, "tr") or _is_call_to(node, "translate"):
        assert isinstance(node, ast.Call)
        text = node.args[0 if _is_call_to(node, "tr") else 1] if node.args else None
        return text is not None and _fixed_plain(text)
    return isinstance(node, ast.Constant) and (
        not isinstance(node.value, str) or ("<" not in node.value and "&" not in node.value)
    )


def test_labels_message_boxes_tooltips_and_titles_are_made_plain_in_one_place() -> None:
    wrong: list[str] = []
    for source in sorted(UI.rglob("*.py")):
        if source.name == "text.py":
            continue
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = _name(node.func)
            where = f"{source.name}:{node.lineno}"
            parts = name.split(".")
            if parts[-1] in ("QLabel", "QMessageBox") or "QMessageBox" in parts[:-1]:
                wrong.append(f"{where}: {name} (use matside.ui.text)")
            elif parts[-1] in ("setTextFormat", "setHtml"):
                wrong.append(f"{where}: {name}")
            elif parts[-1] == "setToolTip" and not (
                _fixed_plain(node.args[0]) or _is_call_to(node.args[0], "tip")
            ):
                wrong.append(f"{where}: a tooltip not made by tip()")
            elif parts[-1] == "setWindowTitle" and not (
                _fixed_plain(node.args[0]) or _is_call_to(node.args[0], "window_title")
            ):
                wrong.append(f"{where}: a window title not made by window_title()")
    assert wrong == [], wrong


def test_a_window_title_shows_the_routines_name_as_written(qtbot: QtBot) -> None:
    path = user_file("r.json", routine(name="Legs [*] day"))
    window = MainWindow(RecordingPlayer(), RecordingScreenAwake(), FakeClock())
    qtbot.addWidget(window)
    window.show()
    window.open_run_screen(compile_timeline(load_routine(path)), path)
    assert window.windowHandle().title().startswith("Legs [*] day")


# --------------------------------------------------------------------------------------------
# The reported hang, end to end


PROBE = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from matside.backends.audio import RecordingPlayer
    from matside.backends.awake import RecordingScreenAwake
    from matside.core.clock import FakeClock
    from matside.storage.routine_files import load_routine
    from matside.core.timeline import compile_timeline
    from matside.ui.main import MainWindow, make_application

    app = make_application()
    path = Path(sys.argv[1])
    window = MainWindow(RecordingPlayer(), RecordingScreenAwake(), FakeClock())
    window.resize(1280, 800)
    window.show_home()
    window.show()
    assert window.home.select(path)
    window.grab()
    title = window.home.details.title.text()
    screen = window.open_run_screen(compile_timeline(load_routine(path)), path)
    window.grab()
    print("shown:", title, "|", screen.name_label.text())
    """
)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_name_naming_a_fifo_as_a_picture_shows_without_hanging(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    name = f'<img src="{fifo}">'
    path = user_file("fifo.json", routine(exercise(name=name), name=name))
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(path)],
        capture_output=True,
        text=True,
        timeout=60,  # a hang is a failure, not a stuck test run
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        cwd=Path(__file__).resolve().parents[2],
    )
    assert result.returncode == 0, result.stderr
    assert f"shown: {name} | {name}" in result.stdout
