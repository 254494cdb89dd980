"""The library and the editor fit the window from 1000×600 up, in English and in German: no
control clipped or outside it (issue 19).

Narrower than :data:`FOLD_BELOW` (a window tiled to half a laptop's screen; sooner where the
words are longer), the details fold under the list and the controls still fit.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QLineEdit,
    QScrollArea,
    QWidget,
)
from pytestqt.qtbot import QtBot

from matside.storage import paths
from matside.ui import theme
from matside.ui.editor.form import SIDE_BY_SIDE_WIDTH
from matside.ui.editor.page import SIDE_MARGIN, EditorPage
from matside.ui.library.details import MAX_SET_BUTTONS
from matside.ui.library.page import FOLD_BELOW, FOLDED_LIST_HEIGHT, HomePage
from matside.ui.translations import install_translations
from tests.conftest import exercise, routine


@pytest.fixture(autouse=True)
def themed(qapp: Any) -> None:
    theme.apply_theme(qapp)


@pytest.fixture(params=["en", "de", "es"])
def language(request: pytest.FixtureRequest, qapp: Any) -> Iterator[str]:
    """Each page in English, German (the longest words) and Spanish."""
    installed = install_translations(qapp, request.param)
    yield request.param
    installed.remove(qapp)


def _outside_or_clipped(page: QWidget) -> list[str]:
    """Visible buttons and text fields that do not lie whole inside the page, or are squeezed
    below the size their text needs. Inside a scroll area, a control below or above the part
    in sight is reached by scrolling: there only a control cut off at the side is wrong."""
    wrong = []
    for control in page.findChildren(QWidget):
        if not isinstance(control, QAbstractButton | QLineEdit) or not control.isVisibleTo(page):
            continue
        scroll = _scroll_area_of(control, page)
        frame = page if scroll is None else scroll.widget() or page
        bounds = page.rect() if scroll is None else scroll.viewport().rect()
        place = QRect(control.mapTo(frame, QPoint(0, 0)), control.size())
        if scroll is not None:  # up and down it scrolls
            bounds = QRect(bounds.left(), place.top(), bounds.width(), place.height())
        if not bounds.contains(place):
            wrong.append(f"{control.text()!r} at {place} outside {bounds}")
        elif control.width() < control.minimumSizeHint().width():
            wrong.append(f"{control.text()!r} squeezed to {control.width()} px")
    return wrong


def _scroll_area_of(control: QWidget, page: QWidget) -> QScrollArea | None:
    """The scroll area ``control`` lies in, below ``page``, if any."""
    parent = control.parentWidget()
    while parent is not None and parent is not page:
        if isinstance(parent, QScrollArea) and parent.widget() is not None:
            return parent
        parent = parent.parentWidget()
    return None


@pytest.mark.parametrize(("width", "height"), [(1000, 600), (1366, 768), (1920, 1080), (683, 768)])
def test_every_control_of_the_library_fits_the_window(
    qtbot: QtBot, width: int, height: int, language: str
) -> None:
    # A routine of the user's: the details show all their buttons, their longest row; and it
    # offers four set counts, the most shown as buttons.
    folder = paths.user_routines_dir()
    folder.mkdir(parents=True, exist_ok=True)
    mine = routine(name="Mine", exercises=[exercise(sets={"min": 1, "max": MAX_SET_BUTTONS})])
    (folder / "mine.json").write_text(json.dumps(mine), encoding="utf-8")
    home = HomePage(ask=lambda _question, _verb: True)
    qtbot.addWidget(home)
    home.resize(width, height)
    home.show()
    assert home.select(folder / "mine.json")
    QApplication.processEvents()
    assert home.details.delete_button.isVisible()
    assert home.size().width() == width  # the page does not insist on being wider
    assert home.size().height() == height  # nor taller: the details' words scroll
    assert home.fold_below >= FOLD_BELOW
    assert home.folded == (width < home.fold_below)
    # Where one row of buttons would not fit (folded, in long words) the others go under Start.
    details = home.details
    assert details.buttons_wrapped == (details.width() < details.widest_buttons())
    assert _outside_or_clipped(home) == []
    # The words above the buttons scroll up and down, never sideways: nothing is cut off at
    # the right (the set counts are buttons only where they fit in a row).
    assert details.info.width() <= details.info_scroll.viewport().width()
    if width >= 1920:
        assert details.sets_as_buttons
    if width < 1000:
        assert not details.sets_as_buttons  # a pane of 683 px has room for the spin box only
    assert details.sets_spin.isVisibleTo(details) != details.sets_as_buttons


@pytest.mark.parametrize(("width", "height"), [(1024, 580), (683, 768)])
def test_the_library_fits_with_a_notice_over_it(qtbot: QtBot, width: int, height: int) -> None:
    # In a window the page is held to the window's size; folded, a notice over it (the offer
    # to resume a session cut off) must not push the details' buttons out of it.
    window = QWidget()
    qtbot.addWidget(window)
    home = HomePage(window, ask=lambda _question, _verb: True)
    window.setFixedSize(width, height)  # 580: a 1024 x 600 screen less the menu bar
    home.resize(width, height)
    window.show()
    qtbot.wait(10)
    assert home.folded
    assert home.view.minimumHeight() == FOLDED_LIST_HEIGHT
    home.notice.show_notice(
        "Resume Daily Hip Stretch — Step Back Wide, left side? Matside closed during it.",
        [("Resume", lambda: None), ("Forget it", lambda: None)],
    )
    qtbot.wait(10)
    assert home.view.minimumHeight() < FOLDED_LIST_HEIGHT
    assert home.minimumSizeHint().height() <= height
    assert _outside_or_clipped(home) == []
    home.notice.dismiss()
    qtbot.wait(10)
    assert home.view.minimumHeight() == FOLDED_LIST_HEIGHT  # its room back


@pytest.mark.parametrize(
    ("width", "height", "routine", "row"),
    [
        (1000, 600, "hip-opening.json", 0),
        (1128, 700, "hip-opening.json", 0),
        (1920, 1080, "hip-opening.json", 0),
        (1000, 600, "glute-activation-warmup.json", 0),  # a circuit chosen
        (1128, 700, "glute-activation-warmup.json", 0),
        (1128, 700, "glute-activation-warmup.json", 1),  # an exercise in it
        (1128, 700, "hip-rotation.json", 2),  # a spoken cue
    ],
)
def test_the_editor_fits_the_window_side_by_side_or_stacked(
    qtbot: QtBot, width: int, height: int, routine: str, row: int, language: str
) -> None:
    editor = EditorPage()
    qtbot.addWidget(editor)
    editor.resize(width, height)
    editor.show()
    assert editor.open_routine(paths.routines_dir() / routine)
    editor.form.exercise_list.setCurrentRow(row)
    QApplication.processEvents()
    assert editor.size().toTuple() == (width, height)  # it never asks for more room
    assert editor.form.stacked == (width - 2 * SIDE_MARGIN < SIDE_BY_SIDE_WIDTH)
    # Stacked, the page scrolls down to the exercise; across, nothing is ever cut off.
    wrong = []
    for control in editor.findChildren(QWidget):
        if not isinstance(control, QAbstractButton | QLineEdit | QComboBox):
            continue
        if not control.isVisibleTo(editor):
            continue
        left = control.mapTo(editor, QPoint(0, 0)).x()
        if left < 0 or left + control.width() > width:
            wrong.append(f"{type(control).__name__} {control.objectName()!r} at x={left}")
    assert wrong == []
    for scroll in editor.findChildren(QScrollArea):
        inner = scroll.widget()
        if inner is not None and scroll.isVisibleTo(editor):
            assert inner.minimumSizeHint().width() <= scroll.viewport().width()


def test_the_settings_fit_a_short_screen_with_save_in_sight(qtbot: QtBot, language: str) -> None:
    from matside.core.settings import Settings
    from matside.ui.settings_dialog import WINDOW_FRAME, SettingsDialog

    dialog = SettingsDialog(Settings(), None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.fit_to(600)  # a 1024 x 600 screen
    QApplication.processEvents()
    assert dialog.height() <= 600 - WINDOW_FRAME
    assert dialog.settings_scroll.verticalScrollBar().maximum() > 0  # the settings scroll...
    save = dialog.findChild(QDialogButtonBox)
    assert save is not None
    place = QRect(save.mapTo(dialog, QPoint(0, 0)), save.size())
    assert dialog.rect().contains(place)  # ...and Save and Cancel stay in sight
    assert _outside_or_clipped(dialog) == []
    dialog.fit_to(2160)  # a 4K screen: every setting in sight
    QApplication.processEvents()
    assert dialog.settings_scroll.verticalScrollBar().maximum() == 0


@pytest.mark.parametrize(("width", "height"), [(1000, 580), (1920, 1080)])
def test_the_history_page_fits_the_window(
    qtbot: QtBot, tmp_path: Path, width: int, height: int, language: str
) -> None:
    from matside.storage.logbook import Logbook
    from matside.ui.history.page import HistoryPage

    # 580: a 1000 x 600 window less its menu bar
    page = HistoryPage(Logbook(tmp_path / "log.sqlite3"), lambda _question, _verb: False)
    qtbot.addWidget(page)
    page.resize(width, height)
    page.show()
    QApplication.processEvents()
    assert page.size().toTuple() == (width, height)
    assert _outside_or_clipped(page) == []
