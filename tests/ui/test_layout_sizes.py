"""The library and the editor fit the window from 1000×600 up, in English and in German: no
control clipped or outside it (issue 19).

Narrower than :data:`FOLD_BELOW` (a window tiled to half a laptop's screen; sooner where the
words are longer), the details fold under the list and the controls still fit.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLineEdit,
    QScrollArea,
    QWidget,
)
from pytestqt.qtbot import QtBot

from matside.storage import paths
from matside.ui import theme
from matside.ui.editor.form import SIDE_BY_SIDE_WIDTH
from matside.ui.editor.page import SIDE_MARGIN, EditorPage
from matside.ui.library.page import FOLD_BELOW, HomePage
from matside.ui.translations import install_translations
from tests.conftest import routine


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
    below the size their text needs."""
    bounds = page.rect()
    wrong = []
    for control in page.findChildren(QWidget):
        if not isinstance(control, QAbstractButton | QLineEdit) or not control.isVisibleTo(page):
            continue
        place = QRect(control.mapTo(page, QPoint(0, 0)), control.size())
        if not bounds.contains(place):
            wrong.append(f"{control.text()!r} at {place} outside {bounds}")
        elif control.width() < control.minimumSizeHint().width():
            wrong.append(f"{control.text()!r} squeezed to {control.width()} px")
    return wrong


@pytest.mark.parametrize(("width", "height"), [(1000, 600), (1366, 768), (1920, 1080), (683, 768)])
def test_every_control_of_the_library_fits_the_window(
    qtbot: QtBot, width: int, height: int, language: str
) -> None:
    # A routine of the user's: the details show all their buttons, their longest row.
    folder = paths.user_routines_dir()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "mine.json").write_text(json.dumps(routine(name="Mine")), encoding="utf-8")
    home = HomePage(ask=lambda _question, _verb: True)
    qtbot.addWidget(home)
    home.resize(width, height)
    home.show()
    assert home.select(folder / "mine.json")
    QApplication.processEvents()
    assert home.details.delete_button.isVisible()
    assert home.size().width() == width  # the page does not insist on being wider
    assert home.fold_below >= FOLD_BELOW
    assert home.folded == (width < home.fold_below)
    # Where one row of buttons would not fit (folded, in long words) the others go under Start.
    details = home.details
    assert details.buttons_wrapped == (details.width() < details.widest_buttons())
    assert _outside_or_clipped(home) == []


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
    assert editor.size().width() == width
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
