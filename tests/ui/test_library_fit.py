"""The library's "I have ... minutes": the longest plan that fits, shown and then run."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from matside.backends.audio import RecordingPlayer
from matside.backends.awake import RecordingScreenAwake
from matside.core.clock import FakeClock
from matside.core.timeline import SegmentKind
from matside.storage.routine_choices import remembered_sets
from matside.ui.main import MainWindow, make_application
from tests.conftest import exercise, routine
from tests.ui.test_library import user_file

CLICK = Qt.MouseButton.LeftButton
MINUTE = {"reps": None, "tempo": None, "seconds": 60}
FLEXIBLE = routine(
    exercise(name="Lunge", sets={"min": 2, "max": 3}, **MINUTE),
    exercise(name="Leg Swing", optional=True, **{**MINUTE, "seconds": 120}),
    format=2,
    name="Flexible",
    prepare_seconds=0,
    rest_between_sets=30,
    rest_after_exercise=30,
)
"""2 sets of the lunge: 2:30, 3 sets: 4:00; the leg swing adds 2:30."""


@pytest.fixture(autouse=True)
def themed_app(qapp: Any) -> None:
    make_application()


def window_on(qtbot: QtBot, data: dict[str, Any]) -> MainWindow:
    path = user_file("flexible.json", data)
    window = MainWindow(RecordingPlayer(), RecordingScreenAwake(), FakeClock())
    qtbot.addWidget(window)
    window.show()
    assert window.home.select(path)
    return window


def fit(qtbot: QtBot, window: MainWindow, minutes: int) -> str:
    details = window.home.details
    details.fit_minutes.setValue(minutes)
    qtbot.mouseClick(details.fit_button, CLICK)
    return details.fit_result.text()


def test_the_minutes_one_has_choose_the_sets_and_what_start_leaves_out(qtbot: QtBot) -> None:
    window = window_on(qtbot, FLEXIBLE)
    details = window.home.details
    assert details.fit_row.isVisible()
    assert fit(qtbot, window, 4) == "3 sets of each, Leg Swing left out: 4:00"
    checked = details.sets_group.checkedButton()
    assert checked is not None
    assert checked.text().startswith("3 sets")
    assert remembered_sets(window.home.details.entry.path) == 3  # type: ignore[union-attr]
    qtbot.mouseClick(details.start_button, CLICK)
    screen = window.run_screen
    assert screen is not None
    names = [
        s.exercise.name
        for s in screen.session.timeline.segments
        if s.kind is SegmentKind.WORK and s.exercise is not None
    ]
    assert names == ["Lunge", "Lunge", "Lunge"]


def test_a_count_chosen_by_hand_afterwards_undoes_the_fit(qtbot: QtBot) -> None:
    window = window_on(qtbot, FLEXIBLE)
    details = window.home.details
    assert fit(qtbot, window, 4) == "3 sets of each, Leg Swing left out: 4:00"
    two = details.sets_group.button(2)
    assert two is not None
    qtbot.mouseClick(two, CLICK)
    assert details.fit_result.text() == ""
    qtbot.mouseClick(details.start_button, CLICK)
    screen = window.run_screen
    assert screen is not None
    works = [s for s in screen.session.timeline.segments if s.kind is SegmentKind.WORK]
    assert [s.exercise.name for s in works if s.exercise is not None] == [
        "Lunge",
        "Lunge",
        "Leg Swing",
    ]


def test_too_little_time_says_how_long_the_shortest_plan_is_and_changes_nothing(
    qtbot: QtBot,
) -> None:
    window = window_on(qtbot, FLEXIBLE)
    details = window.home.details
    assert fit(qtbot, window, 2) == (
        "Even the shortest plan takes 2:30 (2 sets of each, Leg Swing left out), more than 2:00"
    )
    assert details.left_out == ()
    assert fit(qtbot, window, 5) == "2 sets of each, nothing left out: 5:00"
    assert details.left_out == ()
    assert fit(qtbot, window, 7) == "3 sets of each, nothing left out: 6:30"
    assert details.left_out == ()


def test_a_routine_with_nothing_to_choose_offers_no_fit(qtbot: QtBot) -> None:
    window = window_on(qtbot, routine(exercise(sets=2)))
    assert not window.home.details.fit_row.isVisible()
