"""The exercise picture: SVG drawn sharp at any size, PNG/JPEG scaled smoothly, GIFs animated.

A missing or broken image never raises: a neutral placeholder with the exercise name is drawn
instead.
"""

from __future__ import annotations

import logging
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

# The classes only bitmaps, animations and the placeholder need are reached through QtGui
# where used: PySide builds a class and its enums on first access, and the bundled routines'
# pictures are SVG (issue 8).
from PySide6 import QtCore, QtGui
from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.ui import theme

if TYPE_CHECKING:
    from PySide6.QtGui import QMovie, QPixmap

log = logging.getLogger(__name__)


class _Image:
    """One loaded picture: a vector renderer, a bitmap or an animation."""

    def __init__(self, path: Path):
        self.path = path
        self.svg: QSvgRenderer | None = None
        self.pixmap: QPixmap | None = None
        self.movie: QMovie | None = None
        suffix = path.suffix.lower()
        if not path.is_file():
            log.info("image not found: %s", path)
            return
        if suffix in (".svg", ".svgz"):
            renderer = QSvgRenderer(str(path))
            if renderer.isValid():
                self.svg = renderer
        elif suffix == ".gif" and QtGui.QImageReader(str(path)).supportsAnimation():
            movie = QtGui.QMovie(str(path))
            if movie.isValid():
                self.movie = movie
        else:
            pixmap = QtGui.QPixmap(str(path))
            if not pixmap.isNull():
                self.pixmap = pixmap
        if self.svg is None and self.pixmap is None and self.movie is None:
            log.info("image could not be read: %s", path)

    @property
    def ok(self) -> bool:
        return self.svg is not None or self.pixmap is not None or self.movie is not None

    def natural_size(self) -> QSize:
        if self.svg is not None:
            return self.svg.defaultSize()
        if self.pixmap is not None:
            return self.pixmap.size()
        if self.movie is not None:
            return self.movie.currentPixmap().size()
        return QSize(4, 3)


@lru_cache(maxsize=128)
def load_image(path: Path) -> _Image:
    """Load a picture once; later calls share it."""
    return _Image(path)


class ExercisePicture(QWidget):
    """Shows one of an exercise's pictures, fitted to the widget, or a placeholder."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._image: _Image | None = None
        self._label = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(120, 90)

    def show_image(self, path: Path | None, label: str) -> None:
        """Show the picture at ``path`` (None: the placeholder), named ``label``."""
        image = load_image(path) if path is not None else None
        if image is self._image and label == self._label:
            return
        if self._image is not None and self._image.movie is not None:
            self._image.movie.frameChanged.disconnect(self._on_frame)
            self._image.movie.stop()
        self._image = image
        self._label = label
        if image is not None and image.movie is not None:
            image.movie.frameChanged.connect(self._on_frame)
            image.movie.start()
        self.setAccessibleName(label)
        self.update()

    @property
    def showing_placeholder(self) -> bool:
        return self._image is None or not self._image.ok

    def _on_frame(self, _frame: int) -> None:
        self.update()

    def paintEvent(self, _event: object) -> None:
        image = self._image
        if image is None and not self._label:
            return  # nothing to show, not even a placeholder
        painter = QPainter(self)
        try:
            self._paint(painter, image)
        finally:
            painter.end()  # now, not whenever Python lets go of the painter

    def _paint(self, painter: QPainter, image: _Image | None) -> None:
        painter.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform
        )
        if image is None or not image.ok:
            self._paint_placeholder(painter)
            return
        target = self._fit(image.natural_size())
        if image.svg is not None:
            image.svg.render(painter, target)
        elif image.pixmap is not None:
            painter.drawPixmap(target.toRect(), image.pixmap)
        elif image.movie is not None:
            painter.drawPixmap(target.toRect(), image.movie.currentPixmap())

    def _fit(self, natural: QSize) -> QRectF:
        area = QRectF(self.rect())
        if natural.isEmpty():
            return area
        scale = min(area.width() / natural.width(), area.height() / natural.height())
        width, height = natural.width() * scale, natural.height() * scale
        return QRectF(
            area.x() + (area.width() - width) / 2,
            area.y() + (area.height() - height) / 2,
            width,
            height,
        )

    def _paint_placeholder(self, painter: QPainter) -> None:
        area = QRectF(self.rect()).adjusted(8, 8, -8, -8)
        # QtCore.Qt, read here: the first frame does without it (see app.ui.props).
        painter.setPen(QtGui.QPen(QtGui.QColor("#3A4656"), 3, QtCore.Qt.PenStyle.DashLine))
        painter.setBrush(QtGui.QColor(theme.SURFACE))
        painter.drawRoundedRect(area, 18, 18)
        text_area = area.adjusted(20, 20, -20, -20)
        if text_area.width() < 40 or text_area.height() < 20:
            return  # too small for words; wrapping text into a negative box crashes Qt
        font = QtGui.QFont(self.font())
        font.setPixelSize(max(14, int(area.height() / 10)))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QtGui.QColor(theme.TEXT_DIM))
        # QTextOption, not alignment | TextWordWrap: mixing the two enum types picks an
        # overload that crashed here (PySide6 6.12).
        option = QtGui.QTextOption(QtCore.Qt.AlignmentFlag.AlignCenter)
        option.setWrapMode(QtGui.QTextOption.WrapMode.WordWrap)
        painter.drawText(text_area, self._label or "No picture", option)
