"""The exercise picture: SVG drawn sharp at any size, PNG/JPEG scaled smoothly, GIFs animated.

A picture file comes from a stranger. It is read only through ``read_regular_file``
(a regular file of at most ``MAX_PICTURE_BYTES``, opened without blocking) and handed to Qt from
memory, so Qt never opens a path itself: not the picture's, not one an SVG names. An SVG is
checked first by :mod:`matside.storage.svgcheck`; a bitmap's structure by
:mod:`matside.storage.bitmapcheck` (a JPEG of too many scans or a progressive one too large, a
GIF of too many frames), then its size is read from its header before it is decoded, absurd
sizes are refused, and it is decoded scaled down to at most ``MAX_SIDE`` pixels on its longer
side. Decoded pictures are kept in a cache bounded in bytes, keyed by the file itself (its
resolved path, size and modification time), so ten spellings of one file hold it once.

An SVG is never drawn on the UI thread: even a checked one can take a good part of a second
(see :mod:`matside.storage.svgcheck`), and the run screen's timer must keep ticking. Each
widget asks :class:`_Renders` for the picture at its size; a worker thread draws it into a
QImage, which comes back by a queued signal, and the widget repaints. Meanwhile it shows what
it has: this picture drawn at another size, scaled, or the placeholder. At most one drawing
per picture and size runs at once, a drawing nobody wants any more is dropped before it starts
(and its result ignored when it has), and the workers know no widget: a widget that goes away
mid-drawing is simply not told. Each widget keeps its last few drawings, so a run screen
stepping between an exercise's positions draws each once per size.

A missing, broken or refused picture never raises: it is logged with the reason, and a neutral
placeholder with the exercise name is drawn instead.

A picture may be shown mirrored (left for right): exercise pictures are drawn for the left side
and shown mirrored while the right side is worked (``docs/routine-format.md``). The mirroring
is done as the drawing is painted, by the painter's transform, so a picture is drawn once
whichever way it faces and the workers know nothing of it; the placeholder is never mirrored.
"""

from __future__ import annotations

import atexit
import itertools
import logging
import os
import tempfile
import time
from collections import OrderedDict
from pathlib import Path
from typing import TYPE_CHECKING

# The classes only bitmaps, animations and the placeholder need are reached through QtGui
# where used: PySide builds a class and its enums on first access, and the bundled routines'
# pictures are SVG (issue 8).
from PySide6 import QtCore, QtGui
from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QObject,
    QRectF,
    QRunnable,
    QSize,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from matside.core.checks import Wording
from matside.core.wording import words
from matside.storage.bitmapcheck import BitmapRefused, check_bitmap
from matside.storage.files import MAX_PICTURE_BYTES, FileRefused, read_regular_file
from matside.storage.svgcheck import SvgRefused, check_svg
from matside.ui import theme

if TYPE_CHECKING:
    from PySide6.QtCore import QBuffer
    from PySide6.QtGui import QImage, QMovie, QPixmap

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
RENDER_THREADS = 2
"""At most this many SVGs are drawn at once, each on its own worker thread."""
KEPT_RENDERINGS = 4
"""Each widget keeps this many of its last SVG drawings (picture and size)."""

RenderKey = tuple[int, int, int]
"""What one drawing is of: the picture's token, and the width and height in pixels."""
_tokens = itertools.count(1)


class PictureRefused(Exception):
    """A picture that will not be shown; the message says why in plain words."""


class _Image:
    """One loaded picture: a vector renderer, a bitmap or an animation.

    Args:
        path: the picture's file (resolved), for the log.
        data: its bytes, as read by read_regular_file; None when it could not be read.
        refused: why it is not shown, when it is not: in the user's words, or in parts (shown
            translated, logged in English).
    """

    def __init__(self, path: Path, data: bytes | None = None, refused: str | Wording | None = None):
        self.path = path
        logged = refused.render() if isinstance(refused, Wording) else refused
        self.refused = words(refused) if isinstance(refused, Wording) else refused
        self.token = next(_tokens)  # names this picture in a RenderKey
        self.svg: bytes | None = None  # the checked SVG, drawn only on a worker thread
        self.svg_size = QSize()
        self.pixmap: QPixmap | None = None
        self.movie: QMovie | None = None
        self.cost = 0  # bytes held, for the cache's bound
        # An animation reads its frames from these as it plays: kept alive with it.
        self._bytes: QByteArray | None = None
        self._buffer: QBuffer | None = None
        if data is not None and refused is None:
            try:
                self._load(path, data)
            except PictureRefused as error:
                self.refused = logged = str(error)
            except (SvgRefused, BitmapRefused) as error:
                self.refused, logged = words(error.reason), str(error)
            except Exception:  # a picture never stops the screen that shows it
                log.exception("picture could not be loaded: %s", path)
                self.refused = QCoreApplication.translate("ExercisePicture", "could not be loaded")
                logged = self.refused
        if logged is not None:
            log.warning("picture not shown: %s %s", path, logged)

    def _load(self, path: Path, data: bytes) -> None:
        if path.suffix.lower() in (".svg", ".svgz"):
            plain = check_svg(data)
            # Read (not drawn) here for its size and to know Qt can draw it: a few ms for 2 MB.
            renderer = QSvgRenderer(QByteArray(plain))
            if not renderer.isValid():
                raise PictureRefused(
                    QCoreApplication.translate(
                        "ExercisePicture", "is not an SVG picture Qt can draw"
                    )
                )
            self.svg, self.svg_size = plain, renderer.defaultSize()
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
            raise PictureRefused(
                QCoreApplication.translate(
                    "ExercisePicture", "could not be decoded ({reason})"
                ).format(reason=reader.errorString())
            )
        self.pixmap = QtGui.QPixmap.fromImage(image)
        self.cost = image.sizeInBytes()

    @property
    def ok(self) -> bool:
        return self.svg is not None or self.pixmap is not None or self.movie is not None

    def natural_size(self) -> QSize:
        if self.svg is not None:
            return self.svg_size
        if self.pixmap is not None:
            return self.pixmap.size()
        if self.movie is not None:
            return self.movie.currentPixmap().size()
        return QSize(4, 3)


def _keep_aspect_ratio() -> QtCore.Qt.AspectRatioMode:
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
        raise PictureRefused(
            QCoreApplication.translate(
                "ExercisePicture", "is not a picture Matside reads (SVG, PNG, JPEG, GIF, BMP, WebP)"
            )
        )
    buffer.seek(0)
    reader = QImageReader(buffer, found.encode())
    reader.setDecideFormatFromContent(False)
    size = reader.size()
    if not size.isValid() or size.isEmpty():
        raise PictureRefused(
            QCoreApplication.translate("ExercisePicture", "has no readable size ({reason})").format(
                reason=reader.errorString()
            )
        )
    if size.width() * size.height() > MAX_PIXELS:
        raise PictureRefused(
            QCoreApplication.translate(
                "ExercisePicture",
                "is too large ({width} x {height} pixels; at most {most} million pixels)",
            ).format(
                width=f"{size.width():,}",
                height=f"{size.height():,}",
                most=MAX_PIXELS // 1_000_000,
            )
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

    def get(self, path: Path, folder: Path | None = None) -> _Image:
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
            image = _Image(
                path, refused=QCoreApplication.translate("ExercisePicture", "cannot be found")
            )
        else:
            try:
                data = read_regular_file(real, MAX_PICTURE_BYTES, inside=folder)
            except FileRefused as error:
                image = _Image(real, refused=error.reason)
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


def load_image(path: Path, folder: Path | None = None) -> _Image:
    """Load a picture once; later calls for the same file, however spelt, share it.

    Args:
        path: the picture, resolved (:func:`matside.storage.paths.resolve_image`).
        folder: the folder it must still be inside when it is opened (a routine's pictures:
            :func:`matside.storage.paths.picture_folder`), or None.
    """
    return cache.get(path, folder)


def picture_problem(path: Path) -> str | None:
    """Why the picture at ``path`` would not be shown (``is not a regular file...``), or None
    when it would: the checks every picture gets, for one the user is about to add."""
    image = load_image(path)
    return (
        None
        if image.ok
        else image.refused or QCoreApplication.translate("ExercisePicture", "cannot be shown")
    )


def render_svg(data: bytes, size: QSize) -> QImage:
    """The checked SVG ``data`` drawn at ``size``, on a transparent ground. Called on a worker
    thread.

    Through Qt's SVG image reader, which makes its own renderer in this thread and, unlike
    QSvgRenderer.render, lets go of Python's lock while it draws: a Python thread drawing with
    QSvgRenderer held the UI thread up as long as the drawing took.

    Raises:
        PictureRefused: Qt could not draw it.
    """
    # The reader reads a file of our own, not a QBuffer made in Python: Qt calls into such a
    # buffer for each read, and that call needs Python's lock, while Qt holds its image-plugin
    # lock. The UI thread, holding Python's lock while it shows a window, waits for Qt's to read
    # the window's icon: each waited for the other, for ever (seen in Xvfb: a black window).
    # A copy in a private folder (never the routine's file again: it may have changed since it
    # was checked) keeps Python out of the worker's read.
    # A plain string, not a Path: pathlib interns every part of a path, and the new folder
    # name of each drawing grew Python's table of interned strings (a step of 0.5 MB after
    # about 50 sessions in one window, bench/probes/repeat.py).
    with tempfile.TemporaryDirectory(prefix="matside-svg-") as folder:
        copy = os.path.join(folder, "picture.svg")
        with open(copy, "wb") as file:
            file.write(data)
        reader = QtGui.QImageReader(copy, b"svg")
        reader.setDecideFormatFromContent(False)
        reader.setScaledSize(size)
        image = reader.read()
    if image.isNull():
        raise PictureRefused(
            QCoreApplication.translate("ExercisePicture", "could not be drawn ({reason})").format(
                reason=reader.errorString()
            )
        )
    return image


def load_svg_plugin() -> None:
    """Make Qt load its SVG image plugin now, on the UI thread (call it there).

    Loaded first by a worker, Qt moves the plugin to the UI thread holding its plugin lock, and
    the move asks the Python QApplication (so Python's lock) whether it overrides notify; the
    UI thread, holding Python's lock, was waiting for Qt's to read an icon: a deadlock.
    """
    buffer = QtCore.QBuffer()
    buffer.setData(QByteArray(b"<svg xmlns='http://www.w3.org/2000/svg'/>"))
    buffer.open(QtCore.QIODevice.OpenModeFlag.ReadOnly)
    QtGui.QImageReader(buffer, b"svg").canRead()
    buffer.close()


class _Job(QRunnable):
    """Draws one SVG at one size on a worker thread and posts the result; knows no widget."""

    def __init__(self, key: RenderKey, data: bytes, renders: _Renders):
        super().__init__()
        self.key, self.data, self.renders = key, data, renders

    def run(self) -> None:
        if not self.renders.wanted(self.key):
            self.renders.finished.emit(self.key, None, "")  # dropped before it started
            return
        try:
            image = render_svg(self.data, QSize(self.key[1], self.key[2]))
        except PictureRefused as error:
            self.renders.finished.emit(self.key, None, str(error))
        except Exception:  # a picture never stops the app
            log.exception("picture could not be drawn")
            self.renders.finished.emit(
                self.key, None, QCoreApplication.translate("ExercisePicture", "could not be drawn")
            )
        else:
            self.renders.finished.emit(self.key, image, "")


class _Renders(QObject):
    """SVG drawings on worker threads, at most one per picture and size at once.

    A widget says which drawing it wants (:meth:`want`) and stops wanting it
    (:meth:`unwant`); :attr:`rendered` tells every widget of each drawing done, by key, on
    the UI thread (the workers post to :attr:`finished`, delivered queued).
    """

    finished = Signal(object, object, str)  # key, QImage or None, why it failed
    rendered = Signal(object, object, str)

    def __init__(self) -> None:
        super().__init__()
        load_svg_plugin()
        self._pool = QThreadPool()
        self._pool.setMaxThreadCount(RENDER_THREADS)
        self._wanted: dict[RenderKey, int] = {}  # read by the workers too, under Python's lock
        self._running: dict[RenderKey, bytes] = {}
        self.started = 0  # drawings started, for the tests
        self.finished.connect(self._done, QtCore.Qt.ConnectionType.QueuedConnection)

    def want(self, key: RenderKey, data: bytes) -> None:
        self._wanted[key] = self._wanted.get(key, 0) + 1
        if key not in self._running:
            self._start(key, data)

    def _start(self, key: RenderKey, data: bytes) -> None:
        self._running[key] = data
        self.started += 1
        self._pool.start(_Job(key, data, self))

    def unwant(self, key: RenderKey) -> None:
        count = self._wanted.get(key, 0) - 1
        if count > 0:
            self._wanted[key] = count
        else:
            self._wanted.pop(key, None)

    def wanted(self, key: RenderKey) -> bool:
        return key in self._wanted

    def running(self) -> int:
        return len(self._running)

    def stop(self) -> None:
        """Drop what has not started and wait for what has (each well under a second)."""
        self._wanted.clear()
        self._pool.waitForDone()

    def _done(self, key: RenderKey, image: QImage | None, problem: str) -> None:
        data = self._running.pop(key, b"")
        if image is None and not problem:  # dropped before it started
            if key in self._wanted:  # ...and wanted again since: start it again
                self._start(key, data)
            return
        if key in self._wanted or problem:
            self.rendered.emit(key, image, problem)


class _Ticket:
    """The drawing a widget has asked for and not yet received; given back when the widget
    goes away (it is no QObject and knows no widget, so it outlives the one it serves)."""

    def __init__(self) -> None:
        self.asked: RenderKey | None = None

    def ask(self, key: RenderKey, data: bytes) -> None:
        self.give_back()
        self.asked = key
        renders().want(key, data)

    def give_back(self, *_ignored: object) -> None:
        if self.asked is not None:
            renders().unwant(self.asked)
            self.asked = None


_renders_instance: _Renders | None = None


def renders() -> _Renders:
    """The one :class:`_Renders`, made on first use (on the UI thread)."""
    global _renders_instance
    if _renders_instance is None:
        _renders_instance = _Renders()
        atexit.register(_renders_instance.stop)  # no worker may outlive the interpreter
        app = QtCore.QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(_renders_instance.stop)
    return _renders_instance


class ExercisePicture(QWidget):
    """Shows one of an exercise's pictures, fitted to the widget, or a placeholder."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._image: _Image | None = None
        self._label = ""
        self._mirrored = False
        # The SVG drawing wanted now (asked of renders()), and the last few received.
        self._wanted: RenderKey | None = None
        self._drawn: OrderedDict[RenderKey, QPixmap] = OrderedDict()
        self._ticket = _Ticket()
        self.destroyed.connect(self._ticket.give_back)
        renders().rendered.connect(self._on_rendered)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(120, 90)

    def show_image(
        self, path: Path | None, label: str, folder: Path | None = None, mirrored: bool = False
    ) -> None:
        """Show the picture at ``path`` (None: the placeholder), named ``label``, mirrored left
        for right if ``mirrored``; a routine's picture is read only if it is still inside
        ``folder`` when opened."""
        image = load_image(path, folder) if path is not None else None
        if mirrored != self._mirrored:
            self._mirrored = mirrored
            self.update()
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
        self._want_drawing()
        self.setAccessibleName(label)
        self.update()

    @property
    def mirrored(self) -> bool:
        """Whether the picture is shown mirrored, left for right."""
        return self._mirrored

    @property
    def showing_placeholder(self) -> bool:
        """Whether the placeholder is what is drawn: no picture, one that cannot be shown,
        or an SVG not yet drawn at any size."""
        image = self._image
        if image is None or not image.ok:
            return True
        return image.svg is not None and self._drawing_of(image) is None

    @property
    def waiting(self) -> bool:
        """Whether an SVG drawing for the widget's present size is still to come."""
        return self._wanted is not None and self._wanted not in self._drawn

    def wait_drawn(self, seconds: float) -> bool:
        """Let events run until the SVG drawing for the present size has come, for at most
        ``seconds``; whether it came. For the self-test and the tests, which draw frames
        offscreen and must see the picture in them; the app itself never waits."""
        deadline = time.monotonic() + seconds
        while self.waiting and time.monotonic() < deadline:
            QtCore.QCoreApplication.processEvents(QtCore.QEventLoop.ProcessEventsFlag.AllEvents)
            time.sleep(0.005)  # the workers need Python's lock a moment to post their result
        return not self.waiting

    def resizeEvent(self, event: QtGui.QResizeEvent) -> None:
        super().resizeEvent(event)
        self._want_drawing()

    def _key(self, image: _Image) -> RenderKey:
        target = self._fit(image.natural_size())
        ratio = self.devicePixelRatioF()
        width = max(1, round(target.width() * ratio))
        return image.token, width, max(1, round(target.height() * ratio))

    def _want_drawing(self) -> None:
        """Ask for the present picture at the present size, unless it is drawn already."""
        image = self._image
        key = self._key(image) if image is not None and image.svg is not None else None
        if key == self._wanted:
            return
        self._ticket.give_back()
        self._wanted = key
        if key is None or image is None or image.svg is None:
            return
        if key in self._drawn:
            self._drawn.move_to_end(key)
            return
        self._ticket.ask(key, image.svg)

    def _on_rendered(self, key: RenderKey, image: QImage | None, problem: str) -> None:
        if key != self._wanted or key != self._ticket.asked:
            return  # another widget's, or a size or picture no longer shown here
        self._ticket.give_back()
        shown = self._image
        if image is None:
            if shown is not None and shown.token == key[0] and shown.svg is not None:
                log.warning("picture not shown: %s %s", shown.path, problem)
                shown.svg, shown.refused = None, problem  # refused from now on, everywhere
            self._wanted = None
            self.update()
            return
        pixmap = QtGui.QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(self.devicePixelRatioF())
        self._drawn[key] = pixmap
        while len(self._drawn) > KEPT_RENDERINGS:
            self._drawn.popitem(last=False)
        self.update()

    def _drawing_of(self, image: _Image) -> QPixmap | None:
        """The latest drawing of ``image`` this widget has, at whatever size."""
        for key in reversed(self._drawn):
            if key[0] == image.token:
                return self._drawn[key]
        return None

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
        if self._mirrored:  # about the picture's upright centre line
            painter.translate(2 * target.center().x(), 0)
            painter.scale(-1, 1)
        if image.svg is not None:
            self._paint_svg(painter, image, target)
        elif image.pixmap is not None:
            painter.drawPixmap(target.toRect(), image.pixmap)
        elif image.movie is not None:
            painter.drawPixmap(target.toRect(), image.movie.currentPixmap())

    def _paint_svg(self, painter: QPainter, image: _Image, target: QRectF) -> None:
        """The SVG as drawn for this size; until that comes, another size's drawing scaled,
        or the placeholder."""
        self._want_drawing()  # the size or the screen's pixel ratio may have changed
        drawn = self._drawn.get(self._wanted) if self._wanted is not None else None
        if drawn is not None:
            painter.drawPixmap(target.topLeft(), drawn)
            return
        other = self._drawing_of(image)
        if other is not None:
            painter.drawPixmap(target, other, QRectF(other.rect()))
        else:
            painter.resetTransform()  # the placeholder's words are never mirrored
            self._paint_placeholder(painter)

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
        colours = theme.colours()
        painter.setPen(QtGui.QPen(QtGui.QColor(colours.border), 3, QtCore.Qt.PenStyle.DashLine))
        painter.setBrush(QtGui.QColor(colours.surface))
        painter.drawRoundedRect(area, 18, 18)
        text_area = area.adjusted(20, 20, -20, -20)
        if text_area.width() < 40 or text_area.height() < 20:
            return  # too small for words; wrapping text into a negative box crashes Qt
        font = QtGui.QFont(self.font())
        font.setPixelSize(max(14, int(area.height() / 10)))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QtGui.QColor(colours.text_dim))
        # QTextOption, not alignment | TextWordWrap: mixing the two enum types picks an
        # overload that crashed here (PySide6 6.12).
        option = QtGui.QTextOption(QtCore.Qt.AlignmentFlag.AlignCenter)
        option.setWrapMode(QtGui.QTextOption.WrapMode.WordWrap)
        painter.drawText(text_area, self._label or self.tr("No picture"), option)
