"""matside.storage.bitmapcheck: a bitmap's structure is checked before Qt decodes it (no Qt)."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

from matside.storage.bitmapcheck import (
    MAX_GIF_BLOCKS,
    MAX_GIF_FRAMES,
    MAX_JPEG_SCANS,
    MAX_JPEG_SEGMENTS,
    BitmapRefused,
    check_bitmap,
)
from tests.bitmaps import animated_gif, progressive_jpeg

DATA = Path(__file__).parents[1] / "data"


def refusal(data: bytes) -> str:
    with pytest.raises(BitmapRefused) as caught:
        check_bitmap(data)
    return str(caught.value)


def test_ordinary_pictures_pass() -> None:
    for name in ("green.jpg", "two-frames.gif"):
        check_bitmap((DATA / name).read_bytes())
    check_bitmap(progressive_jpeg(1024, 1024))
    check_bitmap(animated_gif(300, 200, 5))
    check_bitmap(b"\x89PNG\r\n\x1a\n not looked at")
    check_bitmap(b"")


def test_a_jpeg_of_too_many_scans_is_refused() -> None:
    # Two scans, then repeats: MAX_JPEG_SCANS in all passes, one more is refused.
    check_bitmap(progressive_jpeg(1024, 1024, repeats=MAX_JPEG_SCANS - 2))
    assert "too many scans" in refusal(progressive_jpeg(1024, 1024, repeats=MAX_JPEG_SCANS - 1))
    bomb = progressive_jpeg(10_000, 10_000, repeats=200)
    assert len(bomb) < 250_000
    assert "too many scans" in refusal(bomb)


def test_scans_are_counted_by_walking_the_segments_not_by_searching_bytes() -> None:
    """0xFF 0xDA inside a segment (an Exif thumbnail, a comment) is not a scan."""
    comment = b"\xff\xda" * 100
    data = progressive_jpeg(1024, 1024)
    with_comment = data[:2] + b"\xff\xfe" + struct.pack(">H", len(comment) + 2) + comment
    check_bitmap(with_comment + data[2:])


def test_a_progressive_jpeg_over_16_million_pixels_is_refused() -> None:
    check_bitmap(progressive_jpeg(4000, 4000))
    assert "4,008 x 4,000 pixels" in refusal(progressive_jpeg(4008, 4000))
    assert "progressive JPEG too large" in refusal(progressive_jpeg(10_000, 10_000))


def test_a_large_baseline_jpeg_is_left_to_the_pixel_limit_of_the_reader() -> None:
    data = bytearray((DATA / "green.jpg").read_bytes())
    frame = data.index(b"\xff\xc0")
    data[frame + 5 : frame + 9] = struct.pack(">HH", 10_000, 10_000)
    check_bitmap(bytes(data))


def test_a_truncated_or_broken_jpeg_is_left_to_the_decoder() -> None:
    data = progressive_jpeg(1024, 1024)
    for cut in (3, 4, 10, 30, 200, len(data) - 1):
        check_bitmap(data[:cut])
    check_bitmap(b"\xff\xd8" + b"\x00" * 100)
    check_bitmap(b"\xff\xd8\xff\xe0\x00\x00")


def test_a_gif_of_too_many_frames_for_its_size_is_refused() -> None:
    check_bitmap(animated_gif(2048, 2048, 47))
    assert "too many frames" in refusal(animated_gif(2048, 2048, 48))
    check_bitmap(animated_gif(10, 10, MAX_GIF_FRAMES))
    assert "too many frames" in refusal(animated_gif(10, 10, MAX_GIF_FRAMES + 1))


def test_a_gif_of_too_many_small_pieces_is_refused() -> None:
    assert "small pieces" in refusal(animated_gif(10, 10, 1, pieces=MAX_GIF_BLOCKS))
    check_bitmap(animated_gif(10, 10, 1, pieces=MAX_GIF_BLOCKS // 2))


def test_a_jpeg_of_too_many_segments_is_refused() -> None:
    """The walk stays short: a segment costs a step, fill and stuffed bytes none."""
    data = progressive_jpeg(1024, 1024)
    comment = b"\xff\xfe\x00\x02"
    few = data[:2] + comment * (MAX_JPEG_SEGMENTS - 10) + data[2:]
    check_bitmap(few)
    assert "too many segments" in refusal(data[:2] + comment * MAX_JPEG_SEGMENTS + data[2:])
    stuffed = data[:-2] + b"\xff\x00" * 1_000_000 + b"\xff\xd0" * 1000 + b"\xff" * 1_000_000
    check_bitmap(stuffed + b"\xd9")
