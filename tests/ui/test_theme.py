"""The app's style draws every control it restyles: boxes, arrows and focus are visible."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QCheckBox, QComboBox, QSpinBox, QWidget

from matside.ui import theme


@pytest.fixture(autouse=True)
def themed(qapp: Any) -> None:
    theme.apply_theme(qapp)


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


def _bright(colours: set[str]) -> bool:
    return any(QColor(c).lightness() > 180 for c in colours)


def test_an_unchecked_box_is_drawn() -> None:
    box = QCheckBox("Start muted")
    colours = _pixels(box, 0, 12)  # the box only, not the words beside it
    # The box's border, lighter than every surface of the theme, shows though it is unchecked.
    assert any(QColor(c).lightness() > QColor(theme.SURFACE_HIGH).lightness() + 40 for c in colours)


def test_spin_box_and_combo_arrows_are_drawn() -> None:
    assert _bright(_pixels(QSpinBox(), -26, 0))
    combo = QComboBox()
    combo.addItems(["Dark", "Black"])
    assert _bright(_pixels(combo, -28, 0))
