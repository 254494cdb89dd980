"""Exercise pictures: SVG, PNG/JPEG and animated GIF shown; broken ones become a placeholder."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtSvg import QSvgRenderer
from pytestqt.qtbot import QtBot

from app import paths
from app.model import load_routine
from app.ui.picture import ExercisePicture, load_image

DATA = Path(__file__).parent / "data"


@pytest.fixture
def picture(qtbot: QtBot, qapp: Any) -> ExercisePicture:
    widget = ExercisePicture()
    widget.resize(400, 300)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def centre_colour(widget: ExercisePicture) -> QColor:
    image: QImage = widget.grab().toImage()
    return image.pixelColor(image.width() // 2, image.height() // 2)


def test_a_jpeg_is_drawn_scaled_to_the_widget(picture: ExercisePicture) -> None:
    picture.show_image(DATA / "green.jpg", "Green")
    assert not picture.showing_placeholder
    colour = centre_colour(picture)
    assert colour.green() > 100 and colour.red() < 60


def test_an_animated_gif_plays(picture: ExercisePicture, qtbot: QtBot) -> None:
    picture.show_image(DATA / "two-frames.gif", "Animated")
    assert not picture.showing_placeholder
    seen = set()
    for _ in range(30):
        colour = centre_colour(picture)
        seen.add("red" if colour.red() > 200 else "blue" if colour.blue() > 200 else "other")
        qtbot.wait(20)
    assert {"red", "blue"} <= seen


@pytest.mark.qt_log_ignore("Cannot read file")  # Qt's own log line for the broken SVG
@pytest.mark.parametrize("name", ["missing.png", "broken.svg", "broken.png"])
def test_missing_or_broken_images_show_the_placeholder_not_an_error(
    picture: ExercisePicture, tmp_path: Path, name: str
) -> None:
    path = tmp_path / name
    if name.startswith("broken"):
        path.write_text("this is not an image", encoding="utf-8")
    picture.show_image(path, "Lunge")
    assert picture.showing_placeholder
    picture.grab()  # paints the placeholder with the name, without raising


def test_every_bundled_picture_loads_as_valid_svg(qapp: Any) -> None:
    for routine_file in paths.bundled_routines():
        for exercise in load_routine(routine_file).exercises:
            for reference in exercise.images:
                path = paths.resolve_image(reference, routine_file)
                assert QSvgRenderer(str(path)).isValid(), reference
                assert load_image(path).ok
