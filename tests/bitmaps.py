"""Bitmap files written byte by byte for the tests: a progressive JPEG and an animated GIF.

No encoder is needed: every block of the JPEG is the same grey, so its scans are a few bits
each, and a 10,000 x 10,000 picture is 200 KB.
"""

from __future__ import annotations

import struct


def _segment(marker: int, body: bytes) -> bytes:
    return bytes([0xFF, marker]) + struct.pack(">H", len(body) + 2) + body


class _Bits:
    """Bits written most significant first, 0xFF bytes stuffed with 0x00, as JPEG wants."""

    def __init__(self) -> None:
        self.out = bytearray()
        self.value = 0
        self.count = 0

    def write(self, value: int, count: int) -> None:
        self.value = (self.value << count) | value
        self.count += count
        while self.count >= 8:
            self.count -= 8
            byte = (self.value >> self.count) & 0xFF
            self.out.append(byte)
            if byte == 0xFF:
                self.out.append(0x00)
        self.value &= (1 << self.count) - 1

    def flush(self) -> bytes:
        if self.count:
            self.write((1 << (8 - self.count)) - 1, 8 - self.count)  # padded with ones
        return bytes(self.out)


def progressive_jpeg(width: int, height: int, repeats: int = 0) -> bytes:
    """A plain grey progressive JPEG: a DC scan, an AC scan, then the AC scan
    ``repeats`` more times (the scan bomb: each repeat costs libjpeg a pass over every block).
    """
    blocks = -(-width // 8) * -(-height // 8)
    quantisation = _segment(0xDB, b"\x00" + b"\x01" * 64)
    frame = _segment(0xC2, struct.pack(">BHHB", 8, height, width, 1) + b"\x01\x11\x00")
    # One code each, "0": DC difference category 0; AC end-of-band run of 2**14 + 14 bits.
    one_code = b"\x01" + b"\x00" * 15
    tables = _segment(0xC4, b"\x00" + one_code + b"\x00" + b"\x10" + one_code + b"\xe0")
    dc = _Bits()
    for _ in range(blocks):
        dc.write(0, 1)
    dc_scan = _segment(0xDA, b"\x01\x01\x00\x00\x00\x00") + dc.flush()
    if blocks < 16384:
        raise ValueError("progressive_jpeg wants at least 16,384 blocks (1024 x 1024)")
    ac = _Bits()
    left = blocks
    while left:  # end-of-band runs of 16,384 to 32,767 blocks: code "0" and 14 bits
        run = left if left <= 32767 else min(32767, left - 16384)
        ac.write(0, 1)
        ac.write(run - 16384, 14)
        left -= run
    ac_scan = _segment(0xDA, b"\x01\x01\x00\x01\x3f\x00") + ac.flush()
    return (
        b"\xff\xd8"
        + quantisation
        + frame
        + tables
        + dc_scan
        + ac_scan * (1 + repeats)
        + b"\xff\xd9"
    )


def animated_gif(width: int, height: int, frames: int, pieces: int = 1) -> bytes:
    """A GIF of ``frames`` frames of one colour, each frame's data in ``pieces`` sub-blocks."""
    head = b"GIF89a" + struct.pack("<HHBBB", width, height, 0x80, 0, 0) + b"\x00\x00\x00" * 2
    loop = b"\x21\xff\x0bNETSCAPE2.0\x03\x01\x00\x00\x00"
    control = b"\x21\xf9\x04\x00\x0a\x00\x00\x00"  # 0.1 s a frame
    descriptor = b"\x2c" + struct.pack("<HHHHB", 0, 0, 1, 1, 0)
    # One pixel: a minimum code size of 2, then clear code, 0, end code (3 bits each), then
    # pieces of one byte after the end code (ignored) up to ``pieces``.
    data = b"\x02\x02\x44\x01" + b"\x01\x00" * (pieces - 1) + b"\x00"
    return head + loop + (control + descriptor + data) * frames + b"\x3b"
