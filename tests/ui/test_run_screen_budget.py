"""The 3-metre budget, measured: the run screen laid out at four window sizes, its fonts' letter
heights against :data:`matside.core.readability.LETTER_SHARES`, and every text whole."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor, QFontMetricsF
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from matside.backends.audio import RecordingPlayer
from matside.backends.awake import RecordingScreenAwake
from matside.core.clock import FakeClock
from matside.core.keymap import PAUSED_HINT, WAITING_HINT, words
from matside.core.readability import BUDGET_SIZES, LETTER_SHARES, Text
from matside.core.routine import routine_from_data
from matside.core.session import State
from matside.core.timeline import SegmentKind, compile_timeline
from matside.ui import theme
from matside.ui.main import make_application
from matside.ui.run.screen import RunScreen
from tests.conftest import exercise, routine
from tests.ui.timer import advance


@pytest.fixture(autouse=True)
def themed_app(qapp: Any) -> None:
    make_application()


LONGEST = "Inward Back Step with Overhead Reach"  # the longest name of the bundled moves
ROUTINE = routine(
    exercise(
        name=LONGEST,
        reps=8,
        tempo=4,
        sides="each",
        sets=3,
        cue="Lower slowly; back knee lightly taps the cushion",  # as long as a bundled cue
        instructions=[
            "Set one foot about a shoe's length behind the other. Whole soles down, knees "
            "long, hips square to the front.",
            "Draw the back foot across so it lands behind the front heel, on the far side.",
        ],
    ),
    exercise(name="Clamshell", reps=10, tempo=3),
    prepare_seconds=20,
    switch_seconds=5,
    rest_between_sets="as needed",
    rest_after_exercise=30,
)


def screen_at(qtbot: QtBot, size: tuple[int, int]) -> tuple[RunScreen, FakeClock]:
    clock = FakeClock()
    screen = RunScreen(
        compile_timeline(routine_from_data(ROUTINE)),
        clock,
        RecordingPlayer(),
        RecordingScreenAwake(),
        None,
        voice_problem="No sound device: running in silence",  # a notice, as on a bare laptop
    )
    qtbot.addWidget(screen)
    screen.set_fullscreen(True)  # the longest button text
    screen.resize(*size)
    screen.show()
    QApplication.processEvents()
    assert (screen.width(), screen.height()) == size  # nothing made the window grow
    return screen, clock


def go_to(screen: RunScreen, clock: FakeClock, kind: SegmentKind, *, open_rest: bool) -> None:
    """Start, and let the session run until a segment of ``kind`` is 2 s in."""
    screen.toggle()
    while not (screen.session.segment.kind is kind and screen.session.segment.is_open == open_rest):
        clock.advance(0.5)
        screen._on_timer()
        assert screen.session.state is not State.FINISHED
    clock.advance(2)
    screen._on_timer()
    QApplication.processEvents()


def letter_height(label: QLabel) -> float:
    return QFontMetricsF(label.font()).capHeight()


def window_rect(label: QLabel) -> QRect:
    return QRect(label.mapTo(label.window(), QPoint(0, 0)), label.size())


def assert_whole(label: QLabel, screen: RunScreen) -> None:
    """The label is on screen, inside the window, and its text fits its rectangle."""
    name = label.objectName()
    assert label.isVisible(), name
    assert label.text(), name
    assert screen.rect().contains(window_rect(label)), (name, window_rect(label))
    metrics = QFontMetricsF(label.font())
    if label.wordWrap():
        assert label.heightForWidth(label.width()) <= label.height(), (name, label.text())
    else:
        assert metrics.horizontalAdvance(label.text()) <= label.contentsRect().width(), name
        assert metrics.height() <= label.contentsRect().height() + 1, name


def ink_rows(label: QLabel) -> tuple[int, int, int]:
    """The first and last row of the label's painted letters, and its height in rows."""
    image = label.grab().toImage()
    background = QColor(theme.colours().background)
    rows = [
        y
        for y in range(image.height())
        if any(
            abs(image.pixelColor(x, y).lightness() - background.lightness()) > 80
            for x in range(0, image.width(), 2)
        )
    ]
    return rows[0], rows[-1], image.height()


SIZES = [pytest.param(size, id=f"{size[0]}x{size[1]}") for size in BUDGET_SIZES]


@pytest.mark.parametrize("size", SIZES)
def test_work_meets_the_budget_at_every_size(qtbot: QtBot, size: tuple[int, int]) -> None:
    screen, clock = screen_at(qtbot, size)
    go_to(screen, clock, SegmentKind.WORK, open_rest=False)
    height = size[1]
    measured = {
        Text.PHASE: screen.phase_label,
        Text.MOVE: screen.name_label,
        Text.SIDE: screen.side_label,
        Text.REP: screen.detail_label,
        Text.SET: screen.set_label,
        Text.MOVE_COUNT: screen.move_label,
        Text.CUE: screen.instructions,
        Text.NEXT: screen.next_label,
        Text.TIME_LEFT: screen.left_label,
    }
    assert screen.name_label.text() == LONGEST
    assert screen.side_label.text() == "LEFT side"
    assert screen.detail_label.text().startswith("Rep ")
    assert screen.move_label.text() == "Move 1 of 2"
    assert screen.instructions.text() == "Lower slowly; back knee lightly taps the cushion"
    for text, label in measured.items():
        assert letter_height(label) >= LETTER_SHARES[text] * height, (text, label.font())
        assert_whole(label, screen)
    # The badge: as tall as the side's letters, amber, beside the side word.
    assert screen.side_badge.text() == "L"
    assert letter_height(screen.side_badge) >= LETTER_SHARES[Text.SIDE] * height
    assert screen.side_badge.geometry().right() < screen.side_label.geometry().left()
    badge = screen.side_badge.grab().toImage()
    middle = {badge.pixelColor(x, badge.height() // 2).name() for x in range(badge.width())}
    assert theme.colours().accent_fill.lower() in middle
    # The clock, measured on its painted figures: tall enough, and none of them cut.
    assert screen.time_label.text() == "0:30"
    top, bottom, rows = ink_rows(screen.time_label)
    assert bottom - top + 1 >= LETTER_SHARES[Text.CLOCK] * height
    assert top > 0  # no figure cut at the top
    assert bottom < rows - 1  # nor at the bottom
    assert QFontMetricsF(screen.time_label.font()).horizontalAdvance("0:30") <= (
        screen.time_label.width()
    )
    # No two texts on top of each other.
    labels = [*measured.values(), screen.side_badge, screen.time_label]
    for index, label in enumerate(labels):
        for other in labels[index + 1 :]:
            assert not window_rect(label).intersects(window_rect(other)), (
                label.objectName(),
                other.objectName(),
            )


@pytest.mark.parametrize("size", SIZES)
def test_a_rest_that_waits_says_so_and_shows_the_time_rested_apart(
    qtbot: QtBot, size: tuple[int, int]
) -> None:
    screen, clock = screen_at(qtbot, size)
    go_to(screen, clock, SegmentKind.REST, open_rest=True)
    height = size[1]
    assert screen.session.state is State.WAITING
    assert screen.time_label.text() == words(WAITING_HINT)
    assert letter_height(screen.time_label) >= LETTER_SHARES[Text.WAITING] * height
    assert_whole(screen.time_label, screen)
    # The time rested: smaller, dim, italic, below, not a countdown in the clock's place.
    rested = screen.hint_label
    assert rested.text() == "rested 0:02"
    assert letter_height(rested) >= LETTER_SHARES[Text.RESTED] * height
    assert rested.font().italic()
    assert rested.font().pixelSize() < screen.time_label.font().pixelSize()
    assert theme.colours().text_dim in rested.styleSheet()
    assert_whole(rested, screen)
    assert rested.y() > screen.time_label.y()
    # With all the time in the world, the instructions show, a piece at a time.
    assert screen.instructions.text().startswith("Set one foot")
    assert letter_height(screen.instructions) >= LETTER_SHARES[Text.INSTRUCTIONS] * height
    assert_whole(screen.instructions, screen)
    for text, label in (
        (Text.MOVE, screen.name_label),
        (Text.SIDE, screen.side_label),
        (Text.PHASE, screen.phase_label),
        (Text.TIME_LEFT, screen.left_label),
    ):
        assert letter_height(label) >= LETTER_SHARES[text] * height, text
        assert_whole(label, screen)


@pytest.mark.parametrize("size", SIZES)
def test_the_get_ready_shows_the_instructions_whole(qtbot: QtBot, size: tuple[int, int]) -> None:
    screen, clock = screen_at(qtbot, size)
    go_to(screen, clock, SegmentKind.PREPARE, open_rest=False)
    assert screen.instructions.text().startswith("Set one foot")
    assert screen.side_label.text() == "LEFT side first"
    assert letter_height(screen.instructions) >= LETTER_SHARES[Text.INSTRUCTIONS] * size[1]
    for label in (screen.instructions, screen.side_label, screen.name_label, screen.phase_label):
        assert_whole(label, screen)


@pytest.mark.parametrize("size", SIZES)
def test_paused_the_hint_joins_without_pushing_anything_out(
    qtbot: QtBot, size: tuple[int, int]
) -> None:
    screen, clock = screen_at(qtbot, size)
    go_to(screen, clock, SegmentKind.WORK, open_rest=False)
    screen.toggle()
    QApplication.processEvents()
    assert screen.session.state is State.PAUSED
    assert screen.hint_label.text() == PAUSED_HINT
    labels = [
        screen.hint_label,
        screen.instructions,
        screen.name_label,
        screen.side_label,
        screen.detail_label,
        screen.next_label,
        screen.left_label,
        screen.phase_label,
    ]
    for label in labels:
        assert_whole(label, screen)
    assert letter_height(screen.hint_label) >= LETTER_SHARES[Text.NEXT] * size[1]
    for index, label in enumerate(labels):
        for other in labels[index + 1 :]:
            assert not window_rect(label).intersects(window_rect(other)), (
                label.objectName(),
                other.objectName(),
            )


CIRCUIT_ROUTINE = routine(
    {
        "circuit": "Glute activation",  # the bundled warm-up's circuit
        "rounds": 3,
        "exercises": [
            exercise(
                name=LONGEST,
                reps=5,
                tempo=[3, 2, 3],
                sides="each",
                cue="Lower slowly; back knee lightly taps the cushion",
            ),
            exercise(name="Clamshell", reps=10, tempo=3),
        ],
    },
    exercise(name="Leg Swing", reps=10, tempo=2),
    format=2,
    prepare_seconds=10,
)


def circuit_screen(qtbot: QtBot, size: tuple[int, int]) -> tuple[RunScreen, FakeClock]:
    clock = FakeClock()
    screen = RunScreen(
        compile_timeline(routine_from_data(CIRCUIT_ROUTINE), 3),
        clock,
        RecordingPlayer(),
        RecordingScreenAwake(),
        None,
        voice_problem="No sound device: running in silence",
    )
    qtbot.addWidget(screen)
    screen.set_fullscreen(True)
    screen.resize(*size)
    screen.show()
    QApplication.processEvents()
    screen.toggle()
    return screen, clock


@pytest.mark.parametrize("size", SIZES)
def test_a_circuit_in_a_hold_meets_the_budget(qtbot: QtBot, size: tuple[int, int]) -> None:
    screen, clock = circuit_screen(qtbot, size)
    advance(screen, clock, 10 + 3.5)  # the get-ready, then into the first rep's hold
    QApplication.processEvents()
    assert (screen.width(), screen.height()) == size  # nothing made the window grow
    height = size[1]
    measured = {
        Text.PHASE: screen.phase_label,
        Text.MOVE_COUNT: screen.move_label,
        Text.SET: screen.set_label,
        Text.MOVE: screen.name_label,
        Text.SIDE: screen.side_label,
        Text.REP: screen.detail_label,
        Text.CUE: screen.instructions,
        Text.NEXT: screen.next_label,
        Text.TIME_LEFT: screen.left_label,
    }
    texts = (screen.phase_label.text(), screen.move_label.text(), screen.set_label.text())
    assert texts == ("HOLD", "Glute activation", "Round 1 of 3")
    for text, label in measured.items():
        assert letter_height(label) >= LETTER_SHARES[text] * height, (text, label.text())
        assert_whole(label, screen)
    labels = [*measured.values(), screen.side_badge, screen.time_label]
    for index, label in enumerate(labels):
        for other in labels[index + 1 :]:
            assert not window_rect(label).intersects(window_rect(other)), (
                label.objectName(),
                other.objectName(),
            )


@pytest.mark.parametrize("size", SIZES)
def test_the_longest_spoken_cue_shows_whole(qtbot: QtBot, size: tuple[int, int]) -> None:
    words = " ".join(["Breathe into the back ribs and let the knee sink"] * 4)[:200]
    data = routine(
        exercise(name="Hold", reps=None, tempo=None, seconds=30, cues=[{"at": 5, "say": words}]),
        format=2,
        prepare_seconds=0,
    )
    clock = FakeClock()
    screen = RunScreen(
        compile_timeline(routine_from_data(data)),
        clock,
        RecordingPlayer(),
        RecordingScreenAwake(),
        None,
    )
    qtbot.addWidget(screen)
    screen.resize(*size)
    screen.show()
    QApplication.processEvents()
    screen.toggle()
    advance(screen, clock, 6)
    QApplication.processEvents()
    assert (screen.width(), screen.height()) == size
    shown: list[str] = []
    while screen.session.elapsed() < 29:  # whole, or a piece at a time where room is short
        text = screen.instructions.text()
        if text and (not shown or shown[-1] != text):
            shown.append(text)
        if text:
            assert letter_height(screen.instructions) >= (
                LETTER_SHARES[Text.INSTRUCTIONS] * size[1]
            )
            assert_whole(screen.instructions, screen)
        advance(screen, clock, 0.5)
        QApplication.processEvents()
    assert " ".join(shown) == words


@pytest.mark.parametrize("size", SIZES)
def test_at_a_circuits_switch_the_name_gives_way_to_the_phase_word(
    qtbot: QtBot, size: tuple[int, int]
) -> None:
    screen, clock = circuit_screen(qtbot, size)
    advance(screen, clock, 10 + 40 + 2)  # the get-ready, the left side, into the switch
    QApplication.processEvents()
    assert screen.phase_label.text() == "SWITCH SIDES"
    assert screen.set_label.text() == "Round 1 of 3"
    height = size[1]
    for text, label in ((Text.PHASE, screen.phase_label), (Text.SET, screen.set_label)):
        assert letter_height(label) >= LETTER_SHARES[text] * height, (text, label.text())
        assert_whole(label, screen)
    # The letters grow with the height: on these screens, all about 16:9, SWITCH SIDES, the
    # circuit's name and the round never fit side by side at their heights.
    name = screen.move_label
    assert not name.isVisible()
    advance(screen, clock, 5)  # the right side: the short word leaves room for the name again
    QApplication.processEvents()
    assert screen.phase_label.text() == "MOVE"
    assert_whole(name, screen)
