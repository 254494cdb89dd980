"""How the app starts: what the run screen's first frame is built from, and what waits for it.

How long start-up takes is measured by ``bench/run`` (issue 8), never here. These tests hold the
structure that makes it quick: values the first frame sets through Qt properties are Qt's own,
the first frame does without PySide's Qt namespace, the garbage collector and the menus' keys
wait for that frame, and a new app gets its style from its arguments.
"""

from __future__ import annotations

import gc
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from matside.backends.audio import RecordingPlayer
from matside.backends.awake import RecordingScreenAwake
from matside.cli import main
from matside.core.clock import FakeClock
from matside.core.timeline import compile_timeline
from matside.storage.routine_files import load_routine
from matside.ui import props
from matside.ui.main import make_application
from matside.ui.run.screen import RunScreen

ROOT = Path(__file__).resolve().parent.parent
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


def test_the_values_set_as_properties_are_qts_own() -> None:
    align = Qt.AlignmentFlag
    assert align.AlignLeft.value == props.ALIGN_LEFT
    assert align.AlignRight.value == props.ALIGN_RIGHT
    assert align.AlignHCenter.value == props.ALIGN_HCENTER
    assert align.AlignTop.value == props.ALIGN_TOP
    assert align.AlignVCenter.value == props.ALIGN_VCENTER
    assert align.AlignCenter.value == props.ALIGN_CENTER
    assert Qt.FocusPolicy.NoFocus.value == props.NO_FOCUS
    assert Qt.FocusPolicy.StrongFocus.value == props.STRONG_FOCUS
    assert Qt.TextFormat.PlainText.value == props.PLAIN_TEXT
    assert Qt.ScrollBarPolicy.ScrollBarAlwaysOff.value == props.SCROLL_BAR_ALWAYS_OFF
    assert Qt.TimerType.PreciseTimer.value == props.PRECISE_TIMER


def test_set_props_sets_qt_properties_and_refuses_a_misspelt_name() -> None:
    label = QLabel()
    props.set_props(label, alignment=props.ALIGN_CENTER, focusPolicy=props.NO_FOCUS)
    assert label.alignment() == Qt.AlignmentFlag.AlignCenter
    assert label.focusPolicy() == Qt.FocusPolicy.NoFocus
    timer = QTimer()
    props.set_props(timer, timerType=props.PRECISE_TIMER)
    assert timer.timerType() == Qt.TimerType.PreciseTimer
    with pytest.raises(AttributeError, match="alignement"):
        props.set_props(label, alignement=props.ALIGN_LEFT)
    assert QObject.dynamicPropertyNames(label) == []  # and no stray property was left behind


def test_the_run_screen_gets_its_alignments_focus_and_precise_timer(qtbot: QtBot) -> None:
    screen = RunScreen(
        compile_timeline(load_routine(ROUTINE)),
        FakeClock(),
        RecordingPlayer(),
        RecordingScreenAwake(),
        ROUTINE,
        lambda _question: True,
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
    assert screen.instructions_area.focusPolicy() == Qt.FocusPolicy.NoFocus
    policy = screen.instructions_area.horizontalScrollBarPolicy()
    assert policy == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert screen._timer.timerType() == Qt.TimerType.PreciseTimer


LATER = [
    "matside.core.coach",
    "matside.ui.run.voice",
    "difflib",
    "hashlib",
    "subprocess",
]
"""Modules the run screen's first frame does without: they are imported when first needed."""


def _matside_run(tmp_path: Path, screen: str, setup: str = "") -> list[str]:
    """The lines printed by `matside run ROUTINE` in a fresh interpreter, its run screen
    replaced by ``class Screen(RunScreen):`` with the body ``screen`` (which ends the
    process). ``deferred(screen)`` gives the collector's state and the Settings action's
    keys as one line; ``setup`` runs before the app starts."""
    code = (
        "import gc, os, sys\n"
        "import PySide6.QtCore as QtCore\n"
        "from PySide6.QtCore import QTimer\n"
        "from matside.cli import main\n"
        "from matside.ui import main as ui_main\n"
        "from matside.ui.run.screen import RunScreen\n"
        "def deferred(screen):\n"
        "    menu = screen.window().menuBar().actions()[0].menu()\n"
        "    settings = next(a for a in menu.actions() if a.text() == '&Settings…')\n"
        "    keys = [k.toString() for k in settings.shortcuts()]\n"
        "    return ' '.join([str(gc.isenabled()), *keys])\n"
        f"{setup}"
        "class Screen(RunScreen):\n"
        f"{screen}"
        "ui_main.RunScreen = Screen\n"
        f"main(['run', {str(ROUTINE)!r}])\n"
    )
    return _run_python(code, MATSIDE_HOME=str(tmp_path)).splitlines()


def test_matside_run_paints_its_first_frame_without_what_can_wait(tmp_path: Path) -> None:
    # PySide builds the 93 enums of its Qt namespace on first use (15 ms, issue 8); the
    # modules in LATER serve the voice, the screen-awake bus and error messages.
    screen = (
        "    def paintEvent(self, event):\n"
        "        super().paintEvent(event)\n"
        "        print('Qt' in vars(QtCore), flush=True)\n"
        f"        print(*[m for m in {LATER!r} if m in sys.modules], flush=True)\n"
        "        os._exit(0)\n"
    )
    namespace_built, *imported = _matside_run(tmp_path, screen)
    assert imported == [""]  # none of them
    eager = _run_python("import PySide6.QtCore as c\nprint('Qt' in vars(c))\n").split()
    if eager == ["True"]:  # a PySide6 that builds every type at import (or PYSIDE6_OPTION_LAZY=0)
        pytest.skip("this PySide6 builds the Qt namespace at import: nothing to hold")
    assert namespace_built == "False"


def test_matside_run_leaves_the_collector_and_the_menu_keys_for_after_its_first_frame(
    tmp_path: Path,
) -> None:
    # Starting makes many objects and little garbage, and QKeySequence's first use builds its
    # enums: both wait for the first frame (issue 8).
    screen = (
        "    def paintEvent(self, event):\n"
        "        if not self._painted:\n"
        "            print('painting', deferred(self), flush=True)\n"
        "            self.first_frame.connect(lambda: QTimer.singleShot(0, self.after))\n"
        "        super().paintEvent(event)\n"
        "    def after(self):\n"
        "        print('after', deferred(self), flush=True)\n"
        "        os._exit(0)\n"
    )
    assert _matside_run(tmp_path, screen) == ["painting False", "after True Ctrl+,"]


def test_a_window_never_painted_still_gets_the_work_after_the_first_frame(
    tmp_path: Path,
) -> None:
    # Started minimised or on another desktop, the window paints no frame at once: the
    # collector and the menus' keys come back all the same, after AFTER_START_FALLBACK_MS.
    screen = (
        "    def __init__(self, *args, **kwargs):\n"
        "        super().__init__(*args, **kwargs)\n"
        "        QTimer.singleShot(1000, self.report)\n"
        "    def paintEvent(self, event):\n"
        "        pass  # never painted: no first_frame\n"
        "    def report(self):\n"
        "        print(deferred(self), flush=True)\n"
        "        os._exit(0)\n"
    )
    setup = "ui_main.AFTER_START_FALLBACK_MS = 200\n"
    assert _matside_run(tmp_path, screen, setup) == ["True Ctrl+,"]


def test_a_command_leaves_the_garbage_collector_as_it_found_it() -> None:
    gc.disable()
    try:
        assert main(["validate", str(ROUTINE)]) == 0
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_command_gives_the_garbage_collector_back() -> None:
    assert main(["validate", str(ROUTINE)]) == 0
    assert gc.isenabled()


def test_pyside_reads_no_source_of_a_module_loaded_before_it() -> None:
    # PySide reads the source of each module an import statement names after it, to see
    # whether it may select a __feature__; matside.ui.boot gives it the answer for the modules
    # loaded before it (issue 8). The UI's own modules are still read: the hook is there.
    code = (
        "import inspect, sys\n"
        "read = []\n"
        "getsource = inspect.getsource\n"
        "def noting(module):\n"
        "    read.append(getattr(module, '__name__', ''))\n"
        "    return getsource(module)\n"
        "inspect.getsource = noting\n"
        "from matside.ui import boot\n"
        "boot.application(['matside'])\n"
        "from matside.ui.main import run_gui\n"
        "print(*sorted(set(read) & {'typing', 'logging', 'pathlib',"
        " 'matside.core.routine', 'matside.core.session'}))\n"
        "print('matside.ui.run.screen' in read)\n"
    )
    before, ui_read = _run_python(code).splitlines()
    assert before == ""
    assert ui_read == "True"


def test_a_new_application_gets_the_fusion_style_from_its_arguments() -> None:
    # The style sheet is cleared so that the style underneath it shows.
    code = (
        "from matside.ui.main import make_application\n"
        "app = make_application(['matside'])\n"
        "app.setStyleSheet('')\n"
        "print(app.style().name())\n"
    )
    assert _run_python(code, QT_STYLE_OVERRIDE="windows").split() == ["fusion"]
