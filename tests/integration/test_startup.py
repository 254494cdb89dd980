"""How the app starts: ``matside run`` opens the run screen, with its keys and its look.

How long start-up takes is measured by ``bench/run``, never here.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from matside.backends.audio import RecordingPlayer
from matside.backends.awake import RecordingScreenAwake
from matside.core.clock import FakeClock
from matside.core.timeline import compile_timeline
from matside.storage.routine_files import load_routine
from matside.ui.main import make_application
from matside.ui.run.screen import RunScreen

ROOT = Path(__file__).resolve().parents[2]
ROUTINE = ROOT / "routines" / "hip-opening.json"


@pytest.fixture(autouse=True)
def themed_app(qapp: Any) -> None:
    make_application()


def _run_python(code: str, **environment: str) -> str:
    """Run ``code`` in a fresh interpreter (this one already has its QApplication)."""
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **environment},
    )
    return result.stdout


def test_the_run_screen_gets_its_alignments_focus_and_precise_timer(qtbot: QtBot) -> None:
    screen = RunScreen(
        compile_timeline(load_routine(ROUTINE)),
        FakeClock(),
        RecordingPlayer(),
        RecordingScreenAwake(),
        ROUTINE,
    )
    qtbot.addWidget(screen)
    right_middle = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    assert screen.set_label.alignment() == right_middle
    top_left = Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft
    assert screen.instructions.alignment() == top_left
    assert screen.instructions.textFormat() == Qt.TextFormat.PlainText
    assert screen.notice_label.alignment() == Qt.AlignmentFlag.AlignCenter
    assert screen.focusPolicy() == Qt.FocusPolicy.StrongFocus
    assert screen.play_button.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert screen.instructions.wordWrap()  # a cue line, or a piece of the instructions
    assert screen._timer.timerType() == Qt.TimerType.PreciseTimer


def test_matside_run_opens_the_run_screen_with_the_menus_keys_and_its_style(
    tmp_path: Path,
) -> None:
    code = (
        "import os\n"
        "from matside.cli import main\n"
        "from matside.ui.run import screen\n"
        "from matside.ui.run.screen import RunScreen\n"
        "class Screen(RunScreen):\n"
        "    def paintEvent(self, event):\n"
        "        super().paintEvent(event)\n"
        "        menu = self.window().menuBar().actions()[0].menu()\n"
        "        settings = next(a for a in menu.actions() if a.text() == '&Settings…')\n"
        "        print(*[k.toString() for k in settings.shortcuts()], flush=True)\n"
        "        from PySide6.QtWidgets import QApplication\n"
        "        QApplication.instance().setStyleSheet('')  # to see the style beneath it\n"
        "        print(QApplication.instance().style().name(), flush=True)\n"
        "        os._exit(0)\n"
        "screen.RunScreen = Screen\n"
        f"main(['run', {str(ROUTINE)!r}])\n"
    )
    printed = _run_python(code, MATSIDE_HOME=str(tmp_path), QT_STYLE_OVERRIDE="windows")
    assert printed.splitlines() == ["Ctrl+,", "fusion"]
