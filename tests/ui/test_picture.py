"""Exercise pictures: SVG, PNG/JPEG and animated GIF shown; broken ones become a placeholder."""

from __future__ import annotations

import faulthandler
import logging
import os
import struct
import threading
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QImageWriter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from matside.storage import paths
from matside.storage.routine_files import load_routine
from matside.ui.widgets import picture as picture_module
from matside.ui.widgets.picture import (
    CACHE_BYTES,
    MAX_SIDE,
    ExercisePicture,
    cache,
    load_image,
    renders,
)
from matside.ui.widgets.picture import render_svg as real_render_svg
from tests.bitmaps import animated_gif, progressive_jpeg

DATA = Path(__file__).parents[1] / "data"


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
    assert colour.green() > 100
    assert colour.red() < 60


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
        for exercise in load_routine(routine_file).all_exercises():
            for reference in exercise.images:
                path = paths.resolve_image(reference, routine_file)
                assert path is not None, reference
                assert QSvgRenderer(str(path)).isValid(), reference
                assert load_image(path).ok


def drawn(picture: ExercisePicture, qtbot: QtBot) -> None:
    """Wait for the SVG drawing the widget wants (it is drawn on a worker thread)."""
    qtbot.waitUntil(lambda: not picture.waiting and not picture.showing_placeholder)


GREEN_SVG = (
    b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 30"><rect width="40" '
    b'height="30" fill="#20C040"/></svg>'
)


@pytest.fixture
def green_svg(tmp_path: Path) -> Path:
    path = tmp_path / "green.svg"
    path.write_bytes(GREEN_SVG)
    return path


class Drawings:
    """Stands in for render_svg: records each drawing, and may hold it until released."""

    def __init__(self, hold: bool = False):
        self.sizes: list[tuple[int, int]] = []
        self.started = threading.Event()
        self.release = threading.Event()
        if not hold:
            self.release.set()

    def __call__(self, data: bytes, size: QSize) -> QImage:
        self.sizes.append((size.width(), size.height()))
        self.started.set()
        assert self.release.wait(60), "never released"
        return real_render_svg(data, size)


@pytest.fixture
def drawings(monkeypatch: pytest.MonkeyPatch) -> Iterator[Drawings]:
    fake = Drawings()
    monkeypatch.setattr(picture_module, "render_svg", fake)
    yield fake
    fake.release.set()
    renders().stop()


@pytest.fixture
def held(monkeypatch: pytest.MonkeyPatch, qtbot: QtBot) -> Iterator[Drawings]:
    fake = Drawings(hold=True)
    monkeypatch.setattr(picture_module, "render_svg", fake)
    yield fake
    fake.release.set()
    qtbot.waitUntil(lambda: renders().running() == 0)


def test_an_svg_is_drawn_once_per_size_not_at_every_paint(
    picture: ExercisePicture, green_svg: Path, drawings: Drawings, qtbot: QtBot
) -> None:
    picture.show_image(green_svg, "Green")
    assert picture.showing_placeholder  # at once: the drawing comes by a queued signal
    drawn(picture, qtbot)
    for _ in range(3):
        assert centre_colour(picture).green() > 150
    assert len(drawings.sizes) == 1
    picture.resize(200, 150)
    assert picture.waiting
    assert not picture.showing_placeholder  # the drawing at 400 x 300, scaled, meanwhile
    assert centre_colour(picture).green() > 150
    drawn(picture, qtbot)
    for _ in range(3):
        assert centre_colour(picture).green() > 150
    assert len(drawings.sizes) == 2
    picture.show_image(DATA / "green.jpg", "Green")
    picture.show_image(green_svg, "Green")  # shown again at a size drawn before: at once
    assert not picture.waiting
    assert centre_colour(picture).green() > 150
    picture.grab()
    assert len(drawings.sizes) == 2
    cache.clear()


def test_an_svg_is_drawn_off_the_ui_thread_which_keeps_running(
    picture: ExercisePicture, green_svg: Path, held: Drawings, qtbot: QtBot
) -> None:
    ticks: list[int] = []
    timer = QTimer()
    timer.setInterval(1)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    picture.show_image(green_svg, "Green")
    picture.grab()  # paints the placeholder without waiting for the drawing
    assert picture.showing_placeholder
    assert held.started.wait(30)  # a worker is drawing, and goes on until released...
    qtbot.waitUntil(lambda: len(ticks) >= 5)  # ...while the UI thread's timer fires
    assert picture.waiting
    held.release.set()
    drawn(picture, qtbot)
    assert centre_colour(picture).green() > 150
    timer.stop()
    cache.clear()


def test_a_real_svg_is_drawn_on_a_worker_at_the_widget_size(
    picture: ExercisePicture, tmp_path: Path, qtbot: QtBot
) -> None:
    path = tmp_path / "slow.svg"
    points = " ".join(f"{(331 * n) % 800},{(241 * n) % 600}" for n in range(79))
    path.write_text(
        f'{SVG_HEAD} viewBox="0 0 800 600"><rect width="800" height="600" fill="#20C040"/>'
        f'<polygon points="{points}" fill="none" stroke="#20C040" stroke-width="100"/></svg>'
    )
    picture.resize(1000, 800)
    picture.show_image(path, "Slow")
    assert picture.showing_placeholder
    drawn(picture, qtbot)
    assert centre_colour(picture).green() > 150
    cache.clear()


@pytest.fixture
def one_worker() -> Iterator[None]:
    pool = renders()._pool
    pool.setMaxThreadCount(1)
    yield
    pool.setMaxThreadCount(picture_module.RENDER_THREADS)


def test_one_drawing_per_picture_and_size_at_once_and_unwanted_ones_are_dropped(
    qtbot: QtBot, green_svg: Path, held: Drawings, one_worker: None
) -> None:
    pictures = []
    for _ in range(3):
        widget = ExercisePicture()
        qtbot.addWidget(widget)
        widget.resize(400, 300)
        widget.show()
        widget.show_image(green_svg, "Green")
        pictures.append(widget)
    assert held.started.wait(30)
    assert held.sizes == [(400, 300)]  # three widgets, one drawing
    first = pictures[0]
    for width in (360, 320, 280):  # sizes wanted and given up while the workers are busy
        first.resize(width, width * 3 // 4 + 10)
    held.release.set()
    qtbot.waitUntil(lambda: renders().running() == 0)
    for widget in pictures:
        drawn(widget, qtbot)
    # 360 x 270 and 320 x 240 waited for the worker, and were given up before it was free:
    # never drawn. The last size asked for is.
    assert held.sizes == [(400, 300), (280, 210)]
    assert held.sizes.count((400, 300)) == 1
    cache.clear()


def test_a_widget_that_goes_away_mid_drawing_is_not_called_back(
    qtbot: QtBot, green_svg: Path, held: Drawings
) -> None:
    widget = ExercisePicture()
    widget.resize(400, 300)
    widget.show_image(green_svg, "Green")
    assert held.started.wait(30)
    shiboken6.delete(widget)  # the C++ widget is gone; its drawing goes on
    del widget
    held.release.set()
    qtbot.waitUntil(lambda: renders().running() == 0)
    QApplication.processEvents()
    assert not renders().wanted((load_image(green_svg).token, 400, 300))
    other = ExercisePicture()  # and the next widget gets its picture as usual
    qtbot.addWidget(other)
    other.resize(400, 300)
    other.show()
    other.show_image(green_svg, "Green")
    drawn(other, qtbot)
    assert centre_colour(other).green() > 150
    cache.clear()


# --------------------------------------------------------------------------------------------
# Pictures from strangers: refused, shown as the placeholder, never a hang


@pytest.fixture
def no_hang() -> Iterator[None]:
    """A picture that hangs the app would hang the test run: end it, with a traceback."""
    faulthandler.dump_traceback_later(60, exit=True)
    yield
    faulthandler.cancel_dump_traceback_later()


def png_header(width: int, height: int) -> bytes:
    """A small PNG file whose header claims ``width`` x ``height`` pixels."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body) & 0xFFFFFFFF
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)  # 8-bit RGB
    rows = zlib.compress(b"\x00" + b"\x00" * 3 * min(width, 64))
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", rows) + chunk(b"IEND", b"")
    )


SVG_HEAD = '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"'


def shows_placeholder(picture: ExercisePicture, path: Path, caplog: Any, reason: str) -> None:
    with caplog.at_level(logging.WARNING, logger="matside.ui.widgets.picture"):
        picture.show_image(path, "Lunge")
    assert picture.showing_placeholder
    picture.grab()
    assert reason in caplog.text


@pytest.mark.usefixtures("no_hang")
@pytest.mark.parametrize("target", ["/dev/zero", "fifo"])
def test_an_svg_naming_a_device_or_a_fifo_is_refused_before_qt_reads_it(
    picture: ExercisePicture, tmp_path: Path, caplog: Any, target: str
) -> None:
    if target == "fifo":
        if not hasattr(os, "mkfifo"):
            pytest.skip("no FIFOs here")
        target = str(tmp_path / "pipe")
        os.mkfifo(target)
    path = tmp_path / "trap.svg"
    path.write_text(
        f'{SVG_HEAD} width="40" height="30"><image xlink:href="{target}" width="40" height="30"/>'
        "</svg>",
        encoding="utf-8",
    )
    shows_placeholder(picture, path, caplog, "refers to something outside")


@pytest.mark.usefixtures("no_hang")
def test_the_nested_use_bomb_is_refused(
    picture: ExercisePicture, tmp_path: Path, caplog: Any
) -> None:
    parts = [f'{SVG_HEAD} width="40" height="30"><defs><path id="l0" d="M0 0h40v30z"/>']
    for level in range(1, 11):
        parts.append(f'<g id="l{level}">' + f'<use xlink:href="#l{level - 1}"/>' * 10 + "</g>")
    parts.append('</defs><use xlink:href="#l10"/></svg>')
    path = tmp_path / "laughs.svg"
    path.write_text("".join(parts), encoding="utf-8")
    assert path.stat().st_size < 3000
    shows_placeholder(picture, path, caplog, "too many shapes")


@pytest.mark.usefixtures("no_hang")
@pytest.mark.parametrize(
    "head",
    [
        '<!DOCTYPE svg [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
        '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;">]>',
        '<!DOCTYPE svg SYSTEM "file:///dev/zero">',
    ],
    ids=["entity bomb", "external DTD"],
)
def test_dtds_and_entities_are_refused(
    picture: ExercisePicture, tmp_path: Path, caplog: Any, head: str
) -> None:
    path = tmp_path / "dtd.svg"
    path.write_text(f'{head}{SVG_HEAD} width="40" height="30"><text>&d;</text></svg>')
    shows_placeholder(picture, path, caplog, "DTD")


@pytest.mark.usefixtures("no_hang")
def test_a_bitmap_claiming_absurd_dimensions_is_refused_undecoded(
    picture: ExercisePicture, tmp_path: Path, caplog: Any
) -> None:
    path = tmp_path / "huge.png"
    path.write_bytes(png_header(100_000, 100_000))
    assert path.stat().st_size < 1000
    shows_placeholder(picture, path, caplog, "too large (100,000 x 100,000 pixels")


@pytest.mark.usefixtures("no_hang")
@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("scans.jpg", progressive_jpeg(2000, 2000, repeats=40), "too many scans"),
        ("wide.jpg", progressive_jpeg(5000, 5000), "too large to decode (5,000 x 5,000 pixels"),
        ("frames.gif", animated_gif(1000, 1000, 201), "too many frames"),
    ],
    ids=["scan bomb", "progressive 25 megapixels", "201 frames of 1000 x 1000"],
)
def test_a_bitmap_too_costly_to_decode_is_refused_before_qt_decodes_it(
    picture: ExercisePicture, tmp_path: Path, caplog: Any, name: str, data: bytes, reason: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    shows_placeholder(picture, path, caplog, reason)


def test_a_progressive_jpeg_as_qt_writes_it_is_shown(
    picture: ExercisePicture, tmp_path: Path
) -> None:
    image = QImage(600, 400, QImage.Format.Format_RGB32)
    image.fill(QColor("#20C040"))
    path = tmp_path / "progressive.jpg"
    writer = QImageWriter(str(path), b"jpeg")
    writer.setProgressiveScanWrite(True)
    assert writer.write(image), writer.errorString()
    assert path.read_bytes().count(b"\xff\xda") > 1  # several scans
    picture.show_image(path, "Green")
    assert not picture.showing_placeholder
    assert centre_colour(picture).green() > 150


@pytest.mark.usefixtures("no_hang")
def test_an_svg_named_as_a_bitmap_is_not_read_around_the_svg_check(
    picture: ExercisePicture, tmp_path: Path, caplog: Any
) -> None:
    path = tmp_path / "sneaky.png"
    path.write_text(f'{SVG_HEAD} width="40" height="30"><image href="/dev/zero"/></svg>')
    shows_placeholder(picture, path, caplog, "is not a picture Matside reads")


@pytest.mark.usefixtures("no_hang")
@pytest.mark.parametrize("kind", ["fifo", "folder"])
def test_a_fifo_or_a_folder_as_the_picture_is_refused(
    picture: ExercisePicture, tmp_path: Path, caplog: Any, kind: str
) -> None:
    path = tmp_path / "picture.png"
    if kind == "fifo":
        if not hasattr(os, "mkfifo"):
            pytest.skip("no FIFOs here")
        os.mkfifo(path)
    else:
        path.mkdir()
    shows_placeholder(picture, path, caplog, "not a regular file" if kind == "fifo" else "folder")


@pytest.mark.usefixtures("no_hang")
def test_one_large_bitmap_under_many_spellings_is_decoded_once_and_scaled_down(
    picture: ExercisePicture, tmp_path: Path
) -> None:
    folder = tmp_path / "routine"
    (folder / "images" / "sub").mkdir(parents=True)
    big = QImage(8000, 8000, QImage.Format.Format_RGB32)
    big.fill(QColor("#20C040"))
    path = folder / "images" / "big.png"
    assert big.save(str(path))
    del big
    (folder / "link.png").symlink_to(path)
    spellings = [
        "images/big.png",
        "images/./big.png",
        "images/sub/../big.png",
        "./images/big.png",
        "images//big.png",
        "link.png",
    ]
    cache.clear()
    routine_file = folder / "routine.json"
    images = []
    for reference in spellings:
        images.append(load_image(folder / reference))  # as written
        resolved = paths.resolve_image(reference, routine_file)  # as the screens ask
        if resolved is not None:
            images.append(load_image(resolved))
    assert len(images) > len(spellings) + 3
    assert all(image is images[0] for image in images)
    assert len(cache) == 1
    assert cache.total <= CACHE_BYTES
    pixmap = images[0].pixmap
    assert pixmap is not None
    assert max(pixmap.width(), pixmap.height()) <= MAX_SIDE
    picture.show_image(folder / spellings[0], "Green")
    assert not picture.showing_placeholder
    assert centre_colour(picture).green() > 150


def test_the_cache_keeps_its_byte_bound_evicting_the_least_recently_used(
    tmp_path: Path, qapp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache.clear()
    monkeypatch.setattr(cache, "limit", 3 * 200 * 200 * 4)
    files = []
    for number in range(5):
        image = QImage(200, 200, QImage.Format.Format_RGB32)
        image.fill(QColor("#102030"))
        files.append(tmp_path / f"p{number}.png")
        assert image.save(str(files[-1]))
    first = load_image(files[0])
    for path in files[1:]:
        load_image(path)
        assert cache.total <= cache.limit
        load_image(files[0])  # used again: kept
    assert len(cache) == 3
    assert load_image(files[0]) is first
    assert load_image(files[1]) is not None
    assert len(cache) == 3
    cache.clear()


def test_a_changed_file_is_read_again(tmp_path: Path, qapp: Any) -> None:
    path = tmp_path / "p.png"
    for width in (30, 60):
        image = QImage(width, 20, QImage.Format.Format_RGB32)
        image.fill(QColor("#102030"))
        assert image.save(str(path))
        os.utime(path, ns=(width * 10**9, width * 10**9))
        loaded = load_image(path)
        assert loaded.pixmap is not None
        assert loaded.pixmap.width() == width


def test_a_missing_picture_is_logged_once_not_at_every_repaint(
    tmp_path: Path, caplog: Any, qapp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    with caplog.at_level(logging.WARNING, logger="matside.ui.widgets.picture"):
        for _ in range(3):
            assert not load_image(tmp_path / "gone.png").ok
    assert caplog.text.count("cannot be found") == 1
    monkeypatch.setattr(cache, "entries", 3)
    for number in range(5):
        load_image(tmp_path / f"gone-{number}.png")
    assert len(cache) == 3
    cache.clear()


def test_a_routines_picture_swapped_for_a_symlink_is_not_shown(
    qtbot: QtBot, tmp_path: Path
) -> None:
    # The run screen resolves a reference, then shows it: a file swapped for a symlink in
    # between (the folder's owner can) must not be read from outside the routine's folder.
    secret = tmp_path / "secret.svg"
    secret.write_text('<svg xmlns="http://www.w3.org/2000/svg" width="4" height="3"/>', "utf-8")
    folder = tmp_path / "shared"
    folder.mkdir()
    (folder / "pic.svg").write_text(secret.read_text("utf-8"), "utf-8")
    path = paths.resolve_image("pic.svg", folder / "r.json")
    assert path is not None
    (folder / "pic.svg").unlink()
    (folder / "pic.svg").symlink_to(secret)
    widget = ExercisePicture()
    qtbot.addWidget(widget)
    widget.show_image(path, "Lunge", paths.picture_folder("pic.svg", folder / "r.json"))
    assert widget.showing_placeholder
    image = picture_module.load_image(path, folder)
    assert image.refused == "leads outside its folder"


RED_LEFT_SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 30"><rect width="40" height="30" '
    'fill="#2040C0"/><rect width="10" height="30" fill="#E02020"/></svg>'
)


def differing_pixels(a: QImage, b: QImage, tolerance: int = 8) -> int:
    """Pixels whose colours differ by more than ``tolerance`` in a channel (an edge the
    rasteriser antialiases differs by a unit or two, one way round and the other)."""
    assert a.size() == b.size()
    count = 0
    for y in range(a.height()):
        for x in range(a.width()):
            p, q = a.pixelColor(x, y), b.pixelColor(x, y)
            diff = (p.red() - q.red(), p.green() - q.green(), p.blue() - q.blue())
            count += max(abs(d) for d in diff) > tolerance
    return count


def test_a_mirrored_picture_is_the_picture_flipped_left_for_right(
    picture: ExercisePicture, tmp_path: Path, qtbot: QtBot
) -> None:
    """The right side's picture is the left side's mirrored about its own centre line (the
    widget is wider than the picture: the picture stays where it was, flipped)."""
    path = tmp_path / "red-left.svg"
    path.write_text(RED_LEFT_SVG)
    picture.resize(300, 150)  # the 4:3 picture fills x 50..250
    picture.show_image(path, "Red left")
    drawn(picture, qtbot)
    upright = picture.grab().toImage()
    picture.show_image(path, "Red left", mirrored=True)
    assert picture.mirrored
    flipped = picture.grab().toImage()
    assert upright.pixelColor(60, 75).red() > 200  # red on the left, as drawn
    assert flipped.pixelColor(60, 75).blue() > 150  # ... and on the right when mirrored
    assert flipped.pixelColor(240, 75).red() > 200
    assert differing_pixels(flipped, upright.flipped(Qt.Orientation.Horizontal)) == 0
    picture.show_image(path, "Red left")  # back to the left side: as drawn again
    assert picture.grab().toImage() == upright
    cache.clear()


def test_the_placeholder_is_never_mirrored(picture: ExercisePicture) -> None:
    picture.show_image(None, "Clamshell")
    upright = picture.grab().toImage()
    picture.show_image(None, "Clamshell", mirrored=True)
    assert picture.grab().toImage() == upright  # its words read the right way round
