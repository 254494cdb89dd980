"""A long session must not wear away Python's None (PySide6 6.12.0 on Python 3.11 did).

Before Python 3.12 None is reference-counted like any object; a binding that returns it
without a new reference lowers the count on every call until Python aborts with
"deallocating None". The run screen makes dozens of such calls a second.
"""

from __future__ import annotations

import gc
import sys
from typing import Any

from pytestqt.qtbot import QtBot

from matside.backends.audio import RecordingPlayer
from matside.backends.awake import RecordingScreenAwake
from matside.core.clock import FakeClock
from matside.core.timeline import compile_timeline
from matside.storage import paths
from matside.storage.routine_files import load_routine
from matside.ui.main import make_application
from matside.ui.run.screen import RunScreen


def test_running_a_session_keeps_none_alive(qtbot: QtBot, qapp: Any) -> None:
    make_application()
    clock = FakeClock()
    timeline = compile_timeline(load_routine(paths.routines_dir() / "hip-opening.json"))
    screen = RunScreen(timeline, clock, RecordingPlayer(), RecordingScreenAwake(), None)
    qtbot.addWidget(screen)
    screen.show()
    screen.start()
    gc.collect()
    before = sys.getrefcount(None)
    for _ in range(600):  # a minute of the screen's wake-ups at their busiest
        clock.advance(0.1)
        screen._on_timer()
    gc.collect()
    lost = before - sys.getrefcount(None)
    assert lost < 100, f"{lost} references to None lost in 600 wake-ups"
