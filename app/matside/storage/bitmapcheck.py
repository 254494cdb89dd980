"""Checking a bitmap picture from a stranger before Qt decodes it, from its structure alone.

Qt's decoders keep their own size limit on the image they return, not on the work done to get
there. :func:`check_bitmap` reads a JPEG's or a GIF's structure (never its pixels) and refuses:

- a JPEG of more than :data:`MAX_JPEG_SCANS` scans. libjpeg runs through every block of the
  image at each scan: a 10,000 x 10,000 progressive JPEG whose last 141-byte scan was repeated
  200 times (409 KB) took 18 s, 80 ms a scan, and a 20 MB one would take hours. Encoders write
  about 10 scans. The scans are counted by walking the file's segments as libjpeg does
  (skipping each by its length) and, in the data of a scan, looking for the next marker: there
  a 0xFF byte is always followed by 0x00 or a restart marker, so the count is exact;
- a progressive JPEG (or one of several scans) of more than :data:`MAX_PROGRESSIVE_PIXELS`
  pixels, read from its frame header: libjpeg keeps the whole image's coefficients while it
  reads one (251 MB for a 382 KB file of 10,000 x 10,000), outside Qt's allocation limit;
- a JPEG of more than :data:`MAX_JPEG_SEGMENTS` segments (this keeps the walk itself short:
  everything else it skips, it skips by a search in C);
- a GIF of more than :data:`MAX_GIF_FRAMES` frames, or whose frames times its screen size
  exceed :data:`MAX_GIF_PIXELS` (Qt draws every frame onto a screen-sized image: this bounds
  the work of one pass through the animation), or made of more than :data:`MAX_GIF_BLOCKS`
  pieces (encoders write pieces of 255 bytes; this keeps the walk itself short).

Other formats pass untouched (Qt reads their size from the header; see
:mod:`matside.ui.widgets.picture`). A file too broken to walk is left to the decoder, which
refuses it. Plain Python, no Qt.
"""

from __future__ import annotations

import re
from typing import Any

from matside.core.checks import wording
from matside.core.i18n import QT_TRANSLATE_NOOP

MAX_JPEG_SCANS = 16
"""A JPEG of more scans than this is refused (encoders write about 10)."""
MAX_JPEG_SEGMENTS = 1_000
"""A JPEG of more segments than this is refused (encoders write a few dozen): this keeps the
walk itself short."""
MAX_PROGRESSIVE_PIXELS = 16_000_000
"""A progressive JPEG, or one of several scans, of more pixels than this is refused."""
MAX_GIF_FRAMES = 1_000
"""A GIF of more frames than this is refused."""
MAX_GIF_PIXELS = 200_000_000
"""A GIF whose frame count times its screen's pixels exceeds this is refused (48 frames of
2048 x 2048, 1,000 of 447 x 447)."""
MAX_GIF_BLOCKS = 200_000
"""A GIF of more data pieces (sub-blocks) than this is refused (a 20 MB GIF of the usual
255-byte pieces has about 82,000)."""

_JPEG_START = b"\xff\xd8"
_GIF_STARTS = (b"GIF87a", b"GIF89a")
_SOS, _EOI = 0xDA, 0xD9
_FRAME_MARKERS = frozenset(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}  # SOF0..SOF15
_PROGRESSIVE = frozenset({0xC2, 0xC6, 0xCA, 0xCE})
_STANDALONE = frozenset({0x01, *range(0xD0, 0xD8)})  # no length follows
_MARKER = re.compile(rb"\xff[^\x00\xff]")
_AFTER_SCAN = re.compile(rb"\xff[^\x00\xff\xd0-\xd7]")


class BitmapRefused(Exception):
    """A bitmap picture that will not be decoded; ``reason`` says why in parts (its English is
    the exception's text), after the picture's name: ``is a GIF of ...``."""

    def __init__(self, template: str, **fields: Any) -> None:
        self.reason = wording(template, predicate=False, **fields)
        super().__init__(self.reason.render())


def check_bitmap(data: bytes) -> None:
    """Refuse a bitmap whose structure makes decoding it too slow or too large.

    Raises:
        BitmapRefused: with the reason in plain words.
    """
    if data.startswith(_JPEG_START):
        _check_jpeg(data)
    elif data[:6] in _GIF_STARTS:
        _check_gif(data)


def _check_jpeg(data: bytes) -> None:
    scans = segments = 0
    progressive = False
    width = height = 0
    end = len(data)
    position = 2
    # Bytes between segments and fill bytes (0xFF) are skipped as libjpeg does, by a search in
    # C: a file of 20 MB of them takes no Python loop.
    while (found := _MARKER.search(data, position)) is not None:
        position = found.start()
        marker = data[position + 1]
        if marker == _EOI:
            break
        if marker in _STANDALONE:
            position += 2
            continue
        segments += 1
        if segments > MAX_JPEG_SEGMENTS:
            raise BitmapRefused(
                QT_TRANSLATE_NOOP("Problem", "is a JPEG of too many segments (over {most})"),
                most=f"{MAX_JPEG_SEGMENTS:,}",
            )
        if position + 4 > end:
            break
        length = int.from_bytes(data[position + 2 : position + 4], "big")
        if length < 2:
            break
        if marker in _FRAME_MARKERS and not width and position + 9 <= end:
            height = int.from_bytes(data[position + 5 : position + 7], "big")
            width = int.from_bytes(data[position + 7 : position + 9], "big")
            progressive = marker in _PROGRESSIVE
        position += 2 + length
        if marker == _SOS:
            scans += 1
            if scans > MAX_JPEG_SCANS:
                raise BitmapRefused(
                    QT_TRANSLATE_NOOP(
                        "Problem",
                        "is a JPEG of too many scans (over {most}); decoding it would take minutes",
                    ),
                    most=MAX_JPEG_SCANS,
                )
            # The scan's data runs to the next marker: there 0xFF is followed by 0x00 (a
            # stuffed byte), 0xFF (fill) or a restart marker, never by anything else.
            after = _AFTER_SCAN.search(data, position)
            position = end if after is None else after.start()
    if (progressive or scans > 1) and width * height > MAX_PROGRESSIVE_PIXELS:
        raise BitmapRefused(
            QT_TRANSLATE_NOOP(
                "Problem",
                "is a progressive JPEG too large to decode ({width} x {height} pixels;"
                " at most {most} million pixels)",
            ),
            width=f"{width:,}",
            height=f"{height:,}",
            most=MAX_PROGRESSIVE_PIXELS // 1_000_000,
        )


def _check_gif(data: bytes) -> None:
    end = len(data)
    if end < 13:
        return
    pixels = int.from_bytes(data[6:8], "little") * int.from_bytes(data[8:10], "little")
    position = 13 + _colour_table(data[10])
    frames = blocks = 0
    while position < end:
        kind = data[position]
        if kind == 0x21:  # an extension: its label, then its pieces
            position += 2
        elif kind == 0x2C:  # a frame: its descriptor, colour table, code size, then pieces
            frames += 1
            if frames > MAX_GIF_FRAMES or frames * pixels > MAX_GIF_PIXELS:
                raise BitmapRefused(
                    QT_TRANSLATE_NOOP(
                        "Problem",
                        "is an animation of too many frames for its size (at most {frames}"
                        " frames, and {pixels} million pixels in all)",
                    ),
                    frames=f"{MAX_GIF_FRAMES:,}",
                    pixels=MAX_GIF_PIXELS // 1_000_000,
                )
            if position + 10 > end:
                break
            position += 10 + _colour_table(data[position + 9]) + 1
        else:  # the end (0x3B), or what Qt would not read further either
            break
        while position < end:  # the pieces: a length byte, that many bytes; 0 ends them
            size = data[position]
            position += 1 + size
            blocks += 1
            if blocks > MAX_GIF_BLOCKS:
                raise BitmapRefused(
                    QT_TRANSLATE_NOOP("Problem", "is a GIF of too many small pieces (over {most})"),
                    most=f"{MAX_GIF_BLOCKS:,}",
                )
            if size == 0:
                break


def _colour_table(flags: int) -> int:
    """The size in bytes of the colour table that a GIF's ``flags`` byte announces."""
    return 3 * (2 << (flags & 0x07)) if flags & 0x80 else 0
