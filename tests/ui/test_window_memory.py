"""A run screen left behind is freed at once, not at the cyclic collector's whim: a session
repeated in one window must not grow the app by megabytes each time (bench/run --only repeat
measures it; this holds the mechanism)."""

from __future__ import annotations

import gc
import weakref
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from matside.backends.audio import RecordingPlayer
from matside.backends.awake import RecordingScreenAwake
from matside.core.clock import FakeClock
from matside.core.routine import routine_from_data
from matside.core.timeline import compile_timeline
from matside.ui.main import MainWindow, make_application
from matside.ui.run.screen import RunScreen
from tests.conftest import exercise, routine


@pytest.fixture(autouse=True)
def themed_app(qapp: Any) -> None:
    make_application()


def test_a_closed_run_screen_is_freed_once_the_window_is_home(qtbot: QtBot) -> None:
    window = MainWindow(
        RecordingPlayer(), RecordingScreenAwake(), FakeClock(), ask=lambda _q, _verb: True
    )
    qtbot.addWidget(window)
    window.show()
    timeline = compile_timeline(routine_from_data(routine(exercise(name="Lunge"))))
    screen = window.open_run_screen(timeline, None)
    screen.start()
    gc.collect()  # the screen is now in the oldest generation, where only a full pass looks
    gone = weakref.ref(screen)
    del screen
    window.show_home()
    qtbot.waitUntil(lambda: gone() is None)
    assert not any(isinstance(o, RunScreen) for o in gc.get_objects())
