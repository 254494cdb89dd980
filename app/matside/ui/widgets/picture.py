"""The exercise picture: SVG drawn sharp at any size, PNG/JPEG scaled smoothly, GIFs animated.

A picture file comes from a stranger. It is read only through :func:`app.files.read_regular_file`
(a regular file of at most ``MAX_PICTURE_BYTES``, opened without blocking) and handed to Qt from
memory, so Qt never opens a path itself: not the picture's, not one an SVG names. An SVG is
checked first by :mod:`app.svgcheck`; a bitmap's structure by
:mod:`matside.storage.bitmapcheck` (a JPEG of too many scans or a progressive one too large, a
GIF of too many frames), then its size is read from its header before it is decoded, absurd
sizes are refused, and it is decoded scaled down to at most ``MAX_SIDE`` pixels on its longer
side. Decoded pictures are kept in a cache bounded in bytes, keyed by the file itself (its
resolved path, size and modification time), so ten spellings of one file hold it once.

An SVG is drawn once for each size the widget takes, into a pixmap that every repaint copies:
drawing even a checked SVG can take a while (over a second for 20,000 large shapes), too
long to pay at every paint of the run screen.

A missing, broken or refused picture never raises: it is logged with the reason, and a neutral
placeholder with the exercise name is drawn instead.
"""

from __future__ import annotations

import logging
import os
from collections import OrderedDict
from pathlib import Path
from typing import TYPE_CHECKING

# The classes only bitmaps, animations and the placeholder need are reached through QtGui
# where used: PySide builds a class and its enums on first access, and the bundled routines'
# pictures are SVG (issue 8).
from PySide6 import QtCore, QtGui
from PySide6.QtCore import QByteArray, QRectF, QSize
from PySide6.QtGui import QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from matside.storage.bitmapcheck import BitmapRefused, check_bitmap
from matside.storage.files import MAX_PICTURE_BYTES, FileRefused, read_regular_file
from matside.storage.svgcheck import SvgRefused, check_svg
from matside.ui import theme

if TYPE_CHECKING:
    from PySide6.QtCore import QBuffer
    from PySide6.QtGui import QMovie, QPixmap

log = logging.getLogger(__name__)

MAX_SIDE = 2048
"""A bitmap is decoded scaled down to at most this many pixels on its longer side."""
MAX_PIXELS = 100_000_000
"""A bitmap whose header claims more pixels than this (10,000 x 10,000) is refused undecoded."""
ALLOCATION_LIMIT_MB = 512
"""Qt's own ceiling on the memory one decoded image may take (QImageReader's allocation limit);
a picture within MAX_PIXELS needs at most 400 MB while it is decoded, before it is scaled."""
CACHE_BYTES = 64 * 1024 * 1024
"""The picture cache holds at most this many bytes of decoded pictures..."""
CACHE_ENTRIES = 256
"""...and at most this many pictures, counting the missing and refused ones (kept so that each
is logged once, not at every repaint)."""
BITMAP_FORMATS = frozenset({"png", "jpeg", "jpg", "gif", "bmp", "webp"})
"""The bitmap formats read, as QImageReader names them from a file's content (never SVG: an
SVG is read only after app.svgcheck, whatever its name)."""


class PictureRefused(Exception):
    """A picture that will not be shown; the message says why in plain words."""


class _Image:
    """One loaded picture: a vector renderer, a bitmap or an animation.

    Args:
        path: the picture's file (resolved), for the log.
        data: its bytes, as read by read_regular_file; None when it could not be read.
        refused: why it is not shown, when it is not.
    """

    def __init__(self, path: Path, data: bytes | None = None, refused: str | None = None):
        self.path = path
        self.refused = refused
        self.svg: QSvgRenderer | None = None
        self.pixmap: QPixmap | None = None
        self.movie: QMovie | None = None
        self.cost = 0  # bytes held, for the cache's bound
        # An animation reads its frames from these as it plays: kept alive with it.
        self._bytes: QByteArray | None = None
        self._buffer: QBuffer | None = None
        if data is not None and refused is None:
            try:
                self._load(path, data)
            except (PictureRefused, SvgRefused, BitmapRefused) as error:
                self.refused = str(error)
            except Exception:  # a picture never stops the screen that shows it
                log.exception("picture could not be loaded: %s", path)
                self.refused = "could not be loaded"
        if self.refused is not None:
            log.warning("picture not shown: %s %s", path, self.refused)

    def _load(self, path: Path, data: bytes) -> None:
        if path.suffix.lower() in (".svg", ".svgz"):
            plain = check_svg(data)
            renderer = QSvgRenderer(QByteArray(plain))
            if not renderer.isValid():
                raise PictureRefused("is not an SVG picture Qt can draw")
            self.svg = renderer
            self.cost = len(plain)
            return
        check_bitmap(data)  # before Qt decodes a byte: too many scans or frames
        self._bytes = QByteArray(data)
        reader, buffer, size = _bitmap_reader(self._bytes)
        if reader.supportsAnimation() and reader.imageCount() != 1 and _fits(size):
            # QMovie reads from its own buffer as it plays (an animation larger than MAX_SIDE
            # is shown still, decoded scaled down like any other bitmap).
            self._buffer = QtCore.QBuffer(self._bytes)
            self._buffer.open(QtCore.QIODevice.OpenModeFlag.ReadOnly)
            movie = QtGui.QMovie(self._buffer, reader.format())
            if movie.isValid():
                self.movie = movie
                self.cost = len(data) + 4 * size.width() * size.height()
                return
            self._buffer = None
        if not _fits(size):
            reader.setScaledSize(size.scaled(MAX_SIDE, MAX_SIDE, _keep_aspect_ratio()))
        image = reader.read()
        buffer.close()
        self._bytes = None
        if image.isNull():
            raise PictureRefused(f"could not be decoded ({reader.errorString()})")
        self.pixmap = QtGui.QPixmap.fromImage(image)
        self.cost = image.sizeInBytes()

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


def _keep_aspect_ratio() -> QtCore.Qt.AspectRatioMode:
    # QtCore.Qt, read here: the first frame does without it (see matside.ui.props).
    return QtCore.Qt.AspectRatioMode.KeepAspectRatio


def _fits(size: QSize) -> bool:
    return size.width() <= MAX_SIDE and size.height() <= MAX_SIDE


def _bitmap_reader(data: QByteArray) -> tuple[QtGui.QImageReader, QBuffer, QSize]:
    """A reader of the bitmap in ``data``, the buffer it reads (keep it while reading), and
    the size the bitmap's header gives, checked.

    Raises:
        PictureRefused: not a bitmap format Matside reads, no size, or an absurd size.
    """
    QImageReader = QtGui.QImageReader
    QImageReader.setAllocationLimit(ALLOCATION_LIMIT_MB)
    buffer = QtCore.QBuffer(data)
    buffer.open(QtCore.QIODevice.OpenModeFlag.ReadOnly)
    found = bytes(QImageReader.imageFormat(buffer).data()).decode("ascii", "replace").lower()
    if found not in BITMAP_FORMATS:
        raise PictureRefused("is not a picture Matside reads (SVG, PNG, JPEG, GIF, BMP, WebP)")
    buffer.seek(0)
    reader = QImageReader(buffer, found.encode())
    reader.setDecideFormatFromContent(False)
    size = reader.size()
    if not size.isValid() or size.isEmpty():
        raise PictureRefused(f"has no readable size ({reader.errorString()})")
    if size.width() * size.height() > MAX_PIXELS:
        raise PictureRefused(
            f"is too large ({size.width():,} x {size.height():,} pixels; "
            f"at most {MAX_PIXELS // 1_000_000} million pixels)"
        )
    return reader, buffer, size


class _Cache:
    """Loaded pictures by file (resolved path, size, modification time), at most ``limit``
    bytes of them; the least recently used go first."""

    def __init__(self, limit: int, entries: int = CACHE_ENTRIES):
        self.limit = limit
        self.entries = entries
        self.total = 0
        self._items: OrderedDict[tuple[object, ...], _Image] = OrderedDict()

    def __len__(self) -> int:
        return len(self._items)

    def clear(self) -> None:
        self._items.clear()
        self.total = 0

    def get(self, path: Path) -> _Image:
        key: tuple[object, ...]
        try:
            real = path.resolve()
            status = os.stat(real)
        except (OSError, RuntimeError, ValueError):  # missing, a symlink loop, a NUL byte
            real, key = path, ("missing", str(path))
        else:
            key = (str(real), status.st_dev, status.st_ino, status.st_size, status.st_mtime_ns)
        image = self._items.get(key)
        if image is not None:
            self._items.move_to_end(key)
            return image
        if key[0] == "missing":
            image = _Image(path, refused="cannot be found")
        else:
            try:
                data = read_regular_file(real, MAX_PICTURE_BYTES)
            except FileRefused as error:
                image = _Image(real, refused=str(error))
            else:
                image = _Image(real, data)
        self._items[key] = image
        self.total += image.cost
        # The least recently used go first; the picture just loaded stays, whatever it weighs.
        while len(self._items) > 1 and self._over():
            _, dropped = self._items.popitem(last=False)
            self.total -= dropped.cost
        return image

    def _over(self) -> bool:
        return self.total > self.limit or len(self._items) > self.entries


cache = _Cache(CACHE_BYTES)


def load_image(path: Path) -> _Image:
    """Load a picture once; later calls for the same file, however spelt, share it."""
    return cache.get(path)


def picture_problem(path: Path) -> str | None:
    """Why the picture at ``path`` would not be shown (``is not a regular file...``), or None
    when it would: the checks every picture gets, for one the user is about to add."""
    image = load_image(path)
    return None if image.ok else image.refused or "cannot be shown"


class ExercisePicture(QWidget):
    """Shows one of an exercise's pictures, fitted to the widget, or a placeholder."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._image: _Image | None = None
        self._label = ""
        # The SVG drawn at the size it was last shown at: (renderer, size, ratio) and pixmap.
        self._drawn: tuple[QSvgRenderer, QSize, float] | None = None
        self._drawn_pixmap: QPixmap | None = None
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
        self._drawn = self._drawn_pixmap = None
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
            painter.drawPixmap(target.topLeft(), self._svg_pixmap(image.svg, target))
        elif image.pixmap is not None:
            painter.drawPixmap(target.toRect(), image.pixmap)
        elif image.movie is not None:
            painter.drawPixmap(target.toRect(), image.movie.currentPixmap())

    def _svg_pixmap(self, renderer: QSvgRenderer, target: QRectF) -> QPixmap:
        """The SVG drawn at ``target``'s size, drawn again only when that size changes."""
        ratio = self.devicePixelRatioF()
        size = QSize(max(1, round(target.width() * ratio)), max(1, round(target.height() * ratio)))
        drawn = self._drawn
        if (
            self._drawn_pixmap is None
            or drawn is None
            or drawn[0] is not renderer
            or drawn[1] != size
            or drawn[2] != ratio
        ):
            pixmap = QtGui.QPixmap(size)
            pixmap.fill(QtGui.QColor(0, 0, 0, 0))
            painter = QPainter(pixmap)
            try:
                painter.setRenderHints(
                    QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform
                )
                renderer.render(painter, QRectF(0, 0, size.width(), size.height()))
            finally:
                painter.end()
            pixmap.setDevicePixelRatio(ratio)
            self._drawn, self._drawn_pixmap = (renderer, size, ratio), pixmap
        return self._drawn_pixmap

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
        # QtCore.Qt, read here: the first frame does without it (see matside.ui.props).
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
