"""The library fits the window from 1000×600 up: no control clipped or outside it (issue 19).

Narrower than :data:`FOLD_BELOW` (a window tiled to half a laptop's screen), the details fold
under the list and the controls still fit.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from matside.ui import theme
from matside.ui.library.page import FOLD_BELOW, HomePage


@pytest.fixture(autouse=True)
def themed(qapp: Any) -> None:
    theme.apply_theme(qapp)


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
    qtbot: QtBot, width: int, height: int
) -> None:
    home = HomePage(ask=lambda _question: True)
    qtbot.addWidget(home)
    home.resize(width, height)
    home.show()
    QApplication.processEvents()
    assert home.size().width() == width  # the page does not insist on being wider
    assert home.folded == (width < FOLD_BELOW)
    assert _outside_or_clipped(home) == []
