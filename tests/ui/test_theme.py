"""The app's style draws every control it restyles (boxes, arrows and focus are visible) in the
light and the dark theme, and switching between them restyles every open page and window."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QSpinBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from matside.backends.audio import RecordingPlayer
from matside.backends.awake import RecordingScreenAwake
from matside.core.clock import FakeClock
from matside.core.palette import DARK, LIGHT, PALETTES, Palette, colour_names, contrast_ratio
from matside.core.routine import routine_from_data
from matside.core.settings import Settings
from matside.core.timeline import SegmentKind, compile_timeline
from matside.storage.logbook import Logbook
from matside.ui import theme
from matside.ui.help_windows import AboutDialog, KeysDialog
from matside.ui.history.charts import CalendarChart
from matside.ui.library.repair import RepairDialog
from matside.ui.main import MainWindow
from matside.ui.settings_dialog import THEME_LABELS, SettingsDialog
from tests.conftest import exercise, routine


@pytest.fixture(autouse=True)
def themed(qapp: Any) -> Iterator[None]:
    theme.apply_theme(qapp)
    yield
    theme.apply_theme(qapp, "dark")  # the look every other test expects


def _pixels(widget: QWidget, left: int, right: int) -> set[str]:
    """The colours drawn between ``left`` and ``right`` (negative: from the right edge)."""
    widget.resize(max(widget.sizeHint().width(), 200), widget.sizeHint().height())
    widget.ensurePolished()
    image: QImage = widget.grab().toImage()
    if left < 0:
        left, right = image.width() + left, image.width() + right
    colours = set()
    for x in range(max(0, left), min(image.width(), right)):
        for y in range(image.height()):
            colours.add(QColor(image.pixel(x, y)).name())
    return colours


def _stands_out(colours: set[str], ground: str) -> bool:
    """Some of ``colours`` differ from ``ground`` as much as a drawn line must (3:1)."""
    return any(contrast_ratio(c, ground) >= 3 for c in colours)


@pytest.mark.parametrize("palette", PALETTES.values(), ids=PALETTES.keys())
def test_an_unchecked_box_is_drawn(qapp: QApplication, palette: Palette) -> None:
    theme.apply_theme(qapp, palette.name)
    box = QCheckBox("Start muted")
    # The box's border shows against the surface though it is unchecked.
    assert _stands_out(_pixels(box, 0, 12), palette.surface)  # the box, not the words


@pytest.mark.parametrize("palette", PALETTES.values(), ids=PALETTES.keys())
def test_spin_box_and_combo_arrows_are_drawn(qapp: QApplication, palette: Palette) -> None:
    theme.apply_theme(qapp, palette.name)
    assert _stands_out(_pixels(QSpinBox(), -26, 0), palette.surface_high)
    combo = QComboBox()
    combo.addItems(["Light", "Dark"])
    drawn = _pixels(combo, -28, 0)
    assert _stands_out(drawn, palette.surface)
    assert "#000000" not in drawn  # no black square behind the arrow


@pytest.mark.parametrize("palette", PALETTES.values(), ids=PALETTES.keys())
def test_the_focus_ring_shows(qtbot: QtBot, qapp: QApplication, palette: Palette) -> None:
    theme.apply_theme(qapp, palette.name)
    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.show()
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    assert palette.accent.lower() in _pixels(edit, 0, 3)


# ---- switching


def _hex_in(sheet: str) -> set[str]:
    return {colour.lower() for colour in re.findall(r"#[0-9A-Fa-f]{6}\b", sheet)}


def _own(palette: Palette) -> set[str]:
    return {getattr(palette, name).lower() for name in colour_names()}


def _dominant(widget: QWidget, within: QWidget | None = None) -> str:
    """The colour most of ``widget`` is painted in (its background, or its panels), as it
    shows in ``within`` (a see-through widget shows what is behind it)."""
    if within is None:
        image = widget.grab().toImage()
    else:
        image = within.grab(QRect(widget.mapTo(within, QPoint(0, 0)), widget.size())).toImage()
    counts = Counter(
        QColor(image.pixel(x, y)).name()
        for x in range(0, image.width(), 7)
        for y in range(0, image.height(), 7)
    )
    return counts.most_common(1)[0][0]


def _looks_like(window: QWidget, palette: Palette) -> None:
    """Every style sheet in ``window`` is in ``palette``'s colours, and it is painted in them."""
    other = _own(DARK if palette is LIGHT else LIGHT) - _own(palette)
    for widget in [window, *window.findChildren(QWidget)]:
        stale = _hex_in(widget.styleSheet()) & other
        assert not stale, f"{widget.objectName() or type(widget).__name__} keeps {stale}"
    grounds = {palette.background, palette.surface, palette.surface_high}
    grounds = {colour.lower() for colour in grounds}
    assert _dominant(window) in grounds
    # Lists and charts paint themselves (cards, bars, days): they are in the new colours too.
    painted = [*window.findChildren(QAbstractItemView), *window.findChildren(CalendarChart)]
    for widget in painted:
        if widget.isVisible() and widget.width() > 60 and widget.height() > 60:
            assert _dominant(widget, window) in grounds, type(widget).__name__


def _open_every_window(
    qtbot: QtBot, tmp_path: Path
) -> tuple[MainWindow, list[QWidget], list[QWidget]]:
    """The main window with every page built, and every other window open."""
    logbook = Logbook()
    window = MainWindow(RecordingPlayer(), RecordingScreenAwake(), FakeClock(), logbook=logbook)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    pages: list[QWidget] = [window.home]
    window.show_history()
    assert window._history is not None
    pages.append(window._history)
    window.open_editor(None)
    pages.append(window.editor)
    timeline = compile_timeline(routine_from_data(routine(exercise(name="Lunge", sides="each"))))
    pages.append(window.open_run_screen(timeline, None))
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(routine(exercise(reps="eight"))), encoding="utf-8")
    others: list[QWidget] = [
        SettingsDialog(Settings(), None, window),
        KeysDialog(window),
        AboutDialog(window),
        RepairDialog(broken, window),
    ]
    for other in others:
        other.show()
    return window, pages, others


def _every_page_looks_like(
    window: MainWindow, pages: list[QWidget], others: list[QWidget], palette: Palette
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert app.palette().window().color().name() == palette.background.lower()
    assert _hex_in(app.styleSheet()) <= _own(palette)
    for page in pages:
        window.stack.setCurrentWidget(page)
        _looks_like(page, palette)
    for other in others:
        _looks_like(other, palette)


def _banner_colour(window: MainWindow) -> str:
    screen = window.run_screen
    assert screen is not None
    window.stack.setCurrentWidget(screen)
    image = screen.banner.grab().toImage()
    return QColor(image.pixel(QPoint(image.width() // 2, 2))).name()


def _side_badge_colours(window: MainWindow) -> set[str]:
    screen = window.run_screen
    assert screen is not None
    window.stack.setCurrentWidget(screen)
    assert screen.side_badge.isVisible()
    return _pixels_of(screen.side_badge)


def _pixels_of(widget: QWidget) -> set[str]:
    image = widget.grab().toImage()
    return {
        QColor(image.pixel(x, y)).name()
        for x in range(image.width())
        for y in range(image.height())
    }


def test_switching_the_colour_scheme_restyles_every_page(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    theme.apply_theme(qapp, "system")  # the offscreen desktop does not say: dark
    window, pages, others = _open_every_window(qtbot, tmp_path)
    _every_page_looks_like(window, pages, others, DARK)
    get_ready = _banner_colour(window)
    assert get_ready == DARK.phase(SegmentKind.PREPARE).lower()
    assert DARK.accent_fill.lower() in _side_badge_colours(window)  # the L of "LEFT side first"
    schemes = qapp.styleHints().colorSchemeChanged

    schemes.emit(Qt.ColorScheme.Light)  # the desktop turns light
    assert theme.colours() is LIGHT
    _every_page_looks_like(window, pages, others, LIGHT)
    assert _banner_colour(window) == get_ready  # the run screen's colours keep their meaning
    assert LIGHT.accent_fill.lower() in _side_badge_colours(window)

    schemes.emit(Qt.ColorScheme.Dark)  # and dark again
    _every_page_looks_like(window, pages, others, DARK)


def test_a_theme_chosen_in_the_settings_applies_at_once_and_holds(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    window, pages, others = _open_every_window(qtbot, tmp_path)
    dialog = others[0]
    assert isinstance(dialog, SettingsDialog)
    assert [dialog.theme.itemData(n) for n in range(dialog.theme.count())] == list(THEME_LABELS)
    dialog.theme.setCurrentIndex(dialog.theme.findData("light"))
    chosen = dialog.result_settings()
    assert chosen.theme == "light"
    window.apply_settings(chosen)
    _every_page_looks_like(window, pages, others, LIGHT)
    qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)  # forced light stays light
    assert theme.colours() is LIGHT
    _every_page_looks_like(window, pages, others, LIGHT)


def test_words_drawn_in_colours_follow_the_theme(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    window, _pages, _others = _open_every_window(qtbot, tmp_path)
    home = window.home
    assert home.select(home.entries[0].path)
    shown = home.details.body.text()
    assert DARK.text_dim in shown
    theme.apply_theme(qapp, "light")
    assert home.details.body.text() == shown.replace(DARK.text_dim, LIGHT.text_dim)
    items = window.editor.form.exercise_list
    assert items.item(0).foreground().color().name() == LIGHT.text.lower()
