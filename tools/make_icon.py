"""Generate the Matside application icon.

Writes into ``resources/icons`` (next to this ``tools`` directory, or ``--out DIR``):

- ``matside.svg``                      the master vector icon
- ``matside-{16,32,48,64,128,256,512}.png``  raster sizes rendered with Qt's SVG renderer
- ``matside.ico``                      Windows multi-size icon (PNG-compressed entries)
- ``matside.icns``                     macOS icon family (PNG-compressed entries)

The design is a rounded-square badge with a deep teal-to-indigo gradient carrying a bold
white stopwatch whose face shows an amber "interval" wedge instead of a hand.  The 16 and
32 px images are rendered from a simplified variant (thicker strokes, no tick marks or
side button) so the icon stays crisp and readable at small sizes.

Usage::

    python tools/make_icon.py [--out DIR]
"""

from __future__ import annotations

import argparse
import math
import os
import struct
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

DEFAULT_OUT = Path(__file__).resolve().parent.parent / "resources" / "icons"
PNG_SIZES = (16, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 32, 48, 64, 128, 256)
SIMPLE_MAX_SIZE = 32  # sizes up to this use the simplified artwork

# Palette.
BG_TOP = "#14b8a6"  # teal
BG_MID = "#0f766e"
BG_BOTTOM = "#312e81"  # indigo
ACCENT = "#fbbf24"  # amber
WHITE = "#ffffff"

VIEW = 512  # SVG canvas size
WEDGE_END_DEG = 130.0  # the wedge sweeps clockwise from 12 o'clock to this angle


@dataclass(frozen=True)
class Geometry:
    """Layout of one artwork variant on the 512 x 512 canvas."""

    detailed: bool  # side button, tick marks and hub
    badge_inset: float
    cx: float  # stopwatch centre
    cy: float
    radius: float  # centre line of the face ring
    ring: float  # ring stroke width
    wedge_r: float
    stem_w: float
    btn_w: float
    btn_h: float
    btn_top: float


# Full artwork for 48 px and up.
DETAILED = Geometry(
    detailed=True,
    badge_inset=16,
    cx=256,
    cy=290,
    radius=146,
    ring=38,
    wedge_r=106,
    stem_w=40,
    btn_w=124,
    btn_h=40,
    btn_top=56,
)

# Small-size artwork; on the 16 px grid (32 units per pixel) the ring is exactly two pixels
# wide and its edges, the crown and the wedge centre fall on pixel boundaries.
SIMPLE = Geometry(
    detailed=False,
    badge_inset=8,
    cx=256,
    cy=288,
    radius=160,
    ring=64,
    wedge_r=100,
    stem_w=64,
    btn_w=128,
    btn_h=32,
    btn_top=32,
)


def _fmt(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


def build_svg(g: Geometry) -> str:
    """Return the icon artwork for geometry ``g`` as SVG text."""

    def point(radius: float, deg: float) -> tuple[str, str]:
        # 0 deg = 12 o'clock, clockwise.
        rad = math.radians(deg)
        return _fmt(g.cx + radius * math.sin(rad)), _fmt(g.cy - radius * math.cos(rad))

    cx, cy = _fmt(g.cx), _fmt(g.cy)
    badge = VIEW - 2 * g.badge_inset
    outer = g.radius + g.ring / 2
    ring_top = g.cy - outer
    stem_top = g.btn_top + g.btn_h / 2

    x0, y0 = point(g.wedge_r, 0.0)
    x1, y1 = point(g.wedge_r, WEDGE_END_DEG)
    large = 1 if WEDGE_END_DEG > 180 else 0
    wedge = f"M{cx} {cy} L{x0} {y0} A{_fmt(g.wedge_r)} {_fmt(g.wedge_r)} 0 {large} 1 {x1} {y1} Z"

    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{VIEW}" height="{VIEW}" '
        f'viewBox="0 0 {VIEW} {VIEW}">',
        "  <title>Matside</title>",
        "  <defs>",
        '    <linearGradient id="bg" x1="0" y1="0" x2="0.35" y2="1">',
        f'      <stop offset="0" stop-color="{BG_TOP}"/>',
        f'      <stop offset="0.45" stop-color="{BG_MID}"/>',
        f'      <stop offset="1" stop-color="{BG_BOTTOM}"/>',
        "    </linearGradient>",
        "  </defs>",
        # Badge.
        f'  <rect x="{_fmt(g.badge_inset)}" y="{_fmt(g.badge_inset)}" width="{_fmt(badge)}" '
        f'height="{_fmt(badge)}" rx="{_fmt(badge * 0.225)}" fill="url(#bg)"/>',
        # Crown: stem and push button.
        f'  <rect x="{_fmt(g.cx - g.stem_w / 2)}" y="{_fmt(stem_top)}" width="{_fmt(g.stem_w)}" '
        f'height="{_fmt(ring_top - stem_top + g.ring / 2)}" fill="{WHITE}"/>',
        f'  <rect x="{_fmt(g.cx - g.btn_w / 2)}" y="{_fmt(g.btn_top)}" width="{_fmt(g.btn_w)}" '
        f'height="{_fmt(g.btn_h)}" rx="{_fmt(g.btn_h * 0.35)}" fill="{WHITE}"/>',
    ]
    if g.detailed:
        # Lap button at 1:30: a small crown drawn at 12 o'clock and rotated into place.
        parts += [
            f'  <g transform="rotate(45 {cx} {cy})" fill="{WHITE}">',
            f'    <rect x="{_fmt(g.cx - 13)}" y="{_fmt(ring_top - 22)}" width="26" '
            f'height="{_fmt(22 + g.ring / 2)}"/>',
            f'    <rect x="{_fmt(g.cx - 28)}" y="{_fmt(ring_top - 44)}" width="56" height="28" '
            'rx="10"/>',
            "  </g>",
        ]
    # Face ring and interval wedge.
    parts += [
        f'  <circle cx="{cx}" cy="{cy}" r="{_fmt(g.radius)}" fill="none" '
        f'stroke="{WHITE}" stroke-width="{_fmt(g.ring)}"/>',
        f'  <path d="{wedge}" fill="{ACCENT}"/>',
    ]
    if g.detailed:
        # Tick marks at 6 and 9 o'clock (the wedge covers 12 and 3), then the hub.
        tick_out = g.radius - g.ring / 2 - 12.0
        tick_in = tick_out - 20.0
        for deg in (180.0, 270.0):
            ax, ay = point(tick_in, deg)
            bx, by = point(tick_out, deg)
            parts.append(
                f'  <line x1="{ax}" y1="{ay}" x2="{bx}" y2="{by}" '
                f'stroke="{WHITE}" stroke-width="14" stroke-linecap="round"/>'
            )
        parts.append(f'  <circle cx="{cx}" cy="{cy}" r="17" fill="{WHITE}"/>')
    parts += ["</svg>", ""]
    return "\n".join(parts)


def render_pngs(detailed_svg: str, simple_svg: str, sizes: Sequence[int]) -> dict[int, bytes]:
    """Render PNG bytes for each size with Qt's SVG renderer.

    Sizes up to ``SIMPLE_MAX_SIZE`` use ``simple_svg``, larger ones ``detailed_svg``.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    detailed = QSvgRenderer(QByteArray(detailed_svg.encode()))
    simple = QSvgRenderer(QByteArray(simple_svg.encode()))
    out: dict[int, bytes] = {}
    for size in sizes:
        renderer = simple if size <= SIMPLE_MAX_SIZE else detailed
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.convertToFormat(QImage.Format.Format_ARGB32).save(buffer, "PNG")  # type: ignore[call-overload]  # WORKAROUND: the stub wants bytes, the binding takes str
        buffer.close()
        out[size] = bytes(data.data())
    del app
    return out


def build_ico(pngs: dict[int, bytes]) -> bytes:
    """Pack PNG images into a Windows ICO container (sizes up to 256)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries = b""
    blobs = b""
    for size in sizes:
        data = pngs[size]
        dim = 0 if size >= 256 else size  # 0 means 256 in the ICO directory
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        blobs += data
        offset += len(data)
    return header + entries + blobs


# ICNS element types holding PNG data, keyed by pixel size.
ICNS_TYPES: tuple[tuple[bytes, int], ...] = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic11", 32),  # 16 pt @2x
    (b"ic12", 64),  # 32 pt @2x
    (b"ic13", 256),  # 128 pt @2x
    (b"ic14", 512),  # 256 pt @2x
)


def build_icns(pngs: dict[int, bytes]) -> bytes:
    """Pack PNG images into a macOS ICNS container."""
    body = b""
    for kind, size in ICNS_TYPES:
        data = pngs[size]
        body += kind + struct.pack(">I", 8 + len(data)) + data
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--out",
        type=Path,
        default=DEFAULT_OUT,
        help=f"output directory (default: {DEFAULT_OUT})",
    )
    args = parser.parse_args(argv)
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)

    detailed_svg = build_svg(DETAILED)
    svg_path = out / "matside.svg"
    svg_path.write_text(detailed_svg, encoding="utf-8")
    print(f"wrote {svg_path}")

    pngs = render_pngs(detailed_svg, build_svg(SIMPLE), PNG_SIZES)
    for size in PNG_SIZES:
        path = out / f"matside-{size}.png"
        path.write_bytes(pngs[size])
        print(f"wrote {path}")

    ico_path = out / "matside.ico"
    ico_path.write_bytes(build_ico({s: pngs[s] for s in ICO_SIZES}))
    print(f"wrote {ico_path}")

    icns_path = out / "matside.icns"
    icns_path.write_bytes(build_icns(pngs))
    print(f"wrote {icns_path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
