"""The pictures a routine names: found inside its folder, read once, and checked by their bytes.

A routine may come from a stranger, and so may every picture it names (docs/security.md). A
picture is read only through :func:`read_picture_file`: a regular file of bounded size, still
inside the routine's folder (or the bundled images) when it is opened, whose bytes are a PNG,
JPEG, GIF or SVG, and that :mod:`matside.storage.svgcheck` or
:mod:`matside.storage.bitmapcheck` accepts (no drawing or decoding that would take minutes).
``validate``, import, duplicate and export all go through here.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from matside.core.checks import Wording
from matside.core.i18n import QT_TRANSLATE_NOOP
from matside.storage.bitmapcheck import BitmapRefused, check_bitmap
from matside.storage.files import MAX_PICTURE_BYTES, FileRefused, read_regular_file
from matside.storage.svgcheck import SvgRefused, check_svg

PICTURE_SUFFIXES = (".svg", ".png", ".jpg", ".jpeg", ".gif")
"""The kinds of picture a routine may carry; a copy is always named with one of these."""
MAX_ROUTINE_PICTURE_BYTES = 100 * 1024 * 1024
"""The distinct pictures of one routine may add up to this much at the most."""
_SVG_SNIFF_BYTES = 64 * 1024


class PictureRefused(Exception):
    """A picture that will not be shown or copied.

    ``reason`` says why in parts, after the picture's name (``is not a picture…``; its English
    is the exception's text); ``code`` is ``picture-missing`` (no file there) or
    ``picture-refused``.
    """

    def __init__(self, reason: Wording, code: str) -> None:
        super().__init__(reason.render())
        self.reason = reason
        self.code = code


@dataclass(frozen=True)
class Picture:
    """A picture's bytes, as read and checked, and the suffix a copy of it gets."""

    data: bytes
    suffix: str


def picture_suffix(data: bytes, name: str = "") -> str | None:
    """The suffix a picture with these bytes is saved under, or None when it is no picture.

    The bytes decide (PNG, JPEG, GIF or SVG), not the name: a file that merely is called
    ``.png`` is not copied. ``name`` only chooses between ``.jpg`` and ``.jpeg``.
    """
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return ".png"
    if data.startswith(b"\xff\xd8\xff"):
        return ".jpeg" if name.lower().endswith(".jpeg") else ".jpg"
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return ".gif"
    head = data[:_SVG_SNIFF_BYTES].removeprefix(b"\xef\xbb\xbf").lstrip()
    if head.startswith(b"<") and b"<svg" in head.lower():
        return ".svg"
    return None


def read_picture_file(path: Path, folder: Path | None = None) -> Picture:
    """Read a picture once and check its bytes; those bytes are the ones to show or copy.

    Args:
        path: the picture, resolved (:func:`matside.storage.paths.resolve_image`).
        folder: the folder it must still be inside when opened; None for a file the user
            chose themselves.

    Raises:
        PictureRefused: missing, not a regular file, too large, not a picture, or an SVG
            that is refused.
    """
    try:
        data = read_regular_file(path, MAX_PICTURE_BYTES, inside=folder)
    except FileRefused as refused:
        raise PictureRefused(
            refused.reason, "picture-missing" if refused.missing else "picture-refused"
        ) from None
    suffix = picture_suffix(data, path.name)
    if suffix is None:
        not_one = QT_TRANSLATE_NOOP("Problem", "is not a picture (PNG, JPEG, GIF or SVG)")
        raise PictureRefused(Wording(not_one, predicate=False), "picture-refused")
    try:
        if suffix == ".svg":
            check_svg(data)
        else:
            check_bitmap(data)
    except (SvgRefused, BitmapRefused) as refused:
        raise PictureRefused(refused.reason, "picture-refused") from None
    return Picture(data, suffix)
