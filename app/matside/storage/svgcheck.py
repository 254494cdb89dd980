"""Checking an SVG picture from a stranger before Qt's SVG renderer reads it.

QSvgRenderer follows what the file says: an ``<image>`` naming a device or a FIFO blocked the UI
thread, and a 2.6 KB file of ``<use>`` elements that each draw ten copies of the one before
(billion-laughs style) never finished drawing. :func:`check_svg` refuses, before Qt sees a byte:

- more than :data:`MAX_SVG_BYTES` (after decompression, for ``.svgz``);
- a DTD (``<!DOCTYPE``), hence any entity, and processing instructions (``<?xml-stylesheet``);
- anything that is not well-formed XML, or is in an encoding Python cannot read as text;
- more than :data:`MAX_ELEMENTS` elements;
- any reference that is not to an element of the same file: an ``href`` (any namespace) or a
  ``src`` that is not ``#id``, a ``url(...)`` that is not ``url(#id)``, a CSS ``@import``.
  ``data:`` URIs are refused too: they would hand Qt a bitmap to decode whose size nobody
  checked (see :mod:`matside.ui.widgets.picture` for the checks a bitmap file gets), and
  Matside's own pictures never need one;
- a drawing whose work is more than :data:`MAX_WORK`. An element's work is its own (for a
  ``path``, :data:`POINT_WORK` times its commands or coordinate pairs, whichever are more; for
  a ``polyline`` or ``polygon``, POINT_WORK times its points; 1 for any other element) plus its
  children's work, plus, for every reference it makes (``href="#id"``, ``url(#id)``), the work
  of the element referenced: this is what Qt draws for ``<use>`` (and, at most, for
  gradients). A dash pattern multiplies the work of the element that sets it (and so of what
  it holds) by the dashes that fit along the picture's diagonal, one per
  :data:`DASHES_PER_POINT`. It is computed once per element (linear time, whatever the
  nesting), and a reference cycle is refused.

  Qt's cost is not in the elements but in the edges it rasterises: 200,000 ``<use>`` copies
  of wide lines (38 KB) took 16 s to draw at 800 x 600, one polyline of 100,000 points
  ``stroke-width="1000"`` 38 s, 20,000 full-size rectangles 1.3 s. Worst of all is one path
  of long segments crossing the picture, whose cost grows faster than its points (a polyline
  of 1,000 random points, 1 wide: 3.1 s at 1000 x 800; 200 points: 0.5 s), hence a point
  weighs as much as four shapes. Measured on Qt 6.11.3 drawing into a 1000 x 800 image (a
  2-core machine), the slowest pictures found that pass draw in under half a second: a
  polygon of 79 points whose every segment crosses much of the picture, filled and stroked
  100 wide, 0.42 s (1 wide 0.33 s; 1,000 wide through a scaling transform 0.35 s; random
  points 0.23 s); 319 full-size half-transparent rectangles stroked 100 wide, 0.11 s; 78 with
  a radial gradient, 0.09 s; 158 ``<use>`` copies of a line 100 wide, 0.08 s; 11 lines 100
  wide dashed every 4 units, 0.23 s; 22 arcs, 0.14 s. The largest bundled picture's work is
  192 (the icon's 45);
- a stroke wider than :data:`MAX_STROKE_SHARE` of the picture's larger side (or of a width
  that is not a plain length): a wide stroke turns every short segment and every dash into a
  shape the size of the picture (one line 1,000 wide dashed every 12 units: 0.6 s; the
  bundled pictures' widest stroke is 75 of 800). A transform can still widen a stroke; that
  is within the measurements above;
- anything but what an exercise picture needs, by an allowlist (:data:`ELEMENTS`,
  :data:`ATTRIBUTES`, and in a ``style="..."`` attribute :data:`STYLE_PROPERTIES`): shapes,
  groups, text, linear and radial gradients and ``<use>``. A small file of filters
  (``feGaussianBlur``), masks, patterns or markers took Qt tens of seconds to draw, at every
  paint; scripts, animation, ``<foreignObject>``, ``<image>``, ``<style>`` sheets and
  ``filter=``/``mask=``/``clip-path=`` are refused the same way. Elements and attributes are
  judged by their local name whatever their namespace (Qt's SVG reader ignores namespaces);
- a dash pattern (``stroke-dasharray``) of more than :data:`MAX_DASHES` entries, or whose
  entries are on average shorter than :data:`MIN_DASH_SHARE` of the picture's larger side
  (its ``viewBox``, else its ``width``/``height`` in the units Qt reads: ``100in`` is 9,600
  pixels): the number of dashes Qt draws along a line is its length divided by that average;
- a ``viewBox`` that is not four numbers: Qt reads what it can of it, and the checks must
  measure the picture Qt draws;
- a size (the ``viewBox``'s width or height, the ``width`` or ``height`` of the picture) that
  is not from :data:`SMALLEST_SIZE` to :data:`LARGEST_SIZE`: zero, negative, or so large or
  so small that the checks above cannot compute with it (``1e999`` reads as infinity,
  ``5e-324`` is the smallest number above zero, half a percent of which is zero). A dash
  length or a stroke width too large to hold is no number either: every number the checks
  compute with is finite.

A compressed picture (gzip, ``.svgz``) is decompressed with a bounded read, and Qt is given the
plain bytes. Plain Python and defusedxml, no Qt.
"""

from __future__ import annotations

import math
import re
import zlib
from collections.abc import Iterator
from typing import Any
from xml.etree.ElementTree import Element, ParseError, TreeBuilder

import defusedxml.ElementTree
from defusedxml import DefusedXmlException

from matside.core.checks import wording
from matside.core.i18n import QT_TRANSLATE_NOOP

MAX_SVG_BYTES = 2 * 1024 * 1024
"""An SVG larger than this (once decompressed) is refused; the bundled ones are about 3 KB."""
MAX_ELEMENTS = 20_000
"""An SVG with more elements than this is refused."""
MAX_WORK = 320
"""An SVG whose drawing work (see :func:`check_svg`) is more than this, counting each ``<use>``
copy, is refused."""
MAX_DASHES = 32
"""A dash pattern (``stroke-dasharray``) of more entries than this is refused."""
MAX_STROKE_SHARE = 0.125
"""A stroke wider than this share of the picture's larger side (100 units in an 800 x 600
picture) is refused."""
POINT_WORK = 4
"""The work of one point of a path, polyline or polygon; any element is 1. In one path of long
segments each point took up to 5 ms to draw, a full-size rectangle with a gradient 1.2 ms."""
DASHES_PER_POINT = 10
"""A dashed stroke counts once per this many dashes that fit along the picture's diagonal
(a dash drew in about a tenth to a twentieth of the time of a point)."""
MIN_DASH_SHARE = 0.005
"""A dash pattern whose entries average less than this share of the picture's larger side is
refused (4 units in an 800 x 600 picture): it draws one dash per so many units of line."""
SMALLEST_SIZE = 1e-300
"""A picture whose width or height is smaller than this is refused (a share of it could be
zero)."""
LARGEST_SIZE = 1e300
"""A picture whose width or height is larger than this is refused (a multiple of it could be
infinite)."""

ELEMENTS = frozenset(
    {
        "svg", "g", "defs", "title", "desc", "use",
        "path", "rect", "circle", "ellipse", "line", "polyline", "polygon",
        "text", "tspan", "lineargradient", "radialgradient", "stop",
    }
)  # fmt: skip
"""The elements an exercise picture may have (local names, lower case)."""
STYLE_PROPERTIES = frozenset(
    {
        "fill", "fill-opacity", "fill-rule",
        "stroke", "stroke-width", "stroke-opacity", "stroke-linecap", "stroke-linejoin",
        "stroke-miterlimit", "stroke-dasharray", "stroke-dashoffset",
        "opacity", "color", "stop-color", "stop-opacity", "visibility", "display",
        "vector-effect", "font-family", "font-size", "font-weight", "font-style",
        "text-anchor",
    }
)  # fmt: skip
"""The presentation properties a picture may set, as attributes or in ``style="..."``."""
ATTRIBUTES = STYLE_PROPERTIES | frozenset(
    {
        "id", "class", "style", "transform", "lang", "space", "version", "baseprofile",
        "width", "height", "viewbox", "preserveaspectratio", "x", "y", "dx", "dy",
        "d", "points", "x1", "y1", "x2", "y2", "cx", "cy", "r", "rx", "ry", "fx", "fy",
        "offset", "gradientunits", "gradienttransform", "spreadmethod", "href",
    }
)  # fmt: skip
"""The attributes a picture's elements may have (local names, lower case)."""

_MB = MAX_SVG_BYTES // (1024 * 1024)
_GZIP_MAGIC = b"\x1f\x8b"
_FRAGMENT = re.compile(r"#[^\s#]*")
_IMPORT = re.compile(r"@import", re.IGNORECASE)
_REFERENCE_NAMES = ("href", "src")
_COSTLY = ("filter", "mask", "pattern", "marker", "clippath")
_STYLE_VALUE = re.compile(r"[\w\s#%.,()'\"+-]*")
_NUMBER = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?(?:px)?")
_SEPARATOR = re.compile(r"[\s,]+")
_POINTED = frozenset({"path", "polyline", "polygon"})
_COORDINATE = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?")
_COMMAND = re.compile(r"[MmZzLlHhVvCcSsQqTtAa]")
_DIAGONAL = math.sqrt(2)
_UNITS = {"": 1.0, "px": 1.0, "pt": 4 / 3, "pc": 16.0, "mm": 96 / 25.4, "cm": 96 / 2.54, "in": 96.0}
_LENGTH = re.compile(r"([+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)(px|pt|pc|mm|cm|in|%|)")


class SvgRefused(Exception):
    """An SVG picture that will not be drawn; ``reason`` says why in parts (its English is the
    exception's text), after the picture's name: ``has a <script> element, ...``."""

    def __init__(self, template: str, **fields: Any) -> None:
        self.reason = wording(template, predicate=False, **fields)
        super().__init__(self.reason.render())


class _Builder(TreeBuilder):
    """Builds the tree; refuses processing instructions (Qt opens the file an
    ``<?xml-stylesheet href=...?>`` names)."""

    def pi(self, target: str, data: str | None = None) -> Element:
        raise SvgRefused(
            QT_TRANSLATE_NOOP(
                "Problem",
                "has a processing instruction (<?{target} ...?>), which pictures may not have",
            ),
            target=target[:40],
        )


def check_svg(data: bytes, max_work: int = MAX_WORK) -> bytes:
    """The SVG in ``data`` as plain (uncompressed) bytes Qt may read, once checked; its
    drawing work may be at most ``max_work``.

    Raises:
        SvgRefused: with the reason in plain words.
    """
    if data[:2] == _GZIP_MAGIC:
        data = _gunzip(data)
    if len(data) > MAX_SVG_BYTES:
        raise SvgRefused(
            QT_TRANSLATE_NOOP("Problem", "is too large for an SVG (at most {size} MB)"), size=_MB
        )
    parser = defusedxml.ElementTree.XMLParser(
        target=_Builder(), forbid_dtd=True, forbid_entities=True, forbid_external=True
    )
    try:
        parser.feed(data)
        root = parser.close()
    except DefusedXmlException as error:
        raise SvgRefused(
            QT_TRANSLATE_NOOP(
                "Problem",
                "has a DTD or entities (<!DOCTYPE, <!ENTITY), which pictures may not have",
            )
        ) from error
    except (ParseError, ValueError, UnicodeError) as error:
        raise SvgRefused(
            QT_TRANSLATE_NOOP("Problem", "is not a well-formed SVG file ({reason})"),
            reason=str(error),
        ) from error
    except LookupError as error:
        # An XML declaration naming an encoding Python has no text codec for: "unknown
        # encoding: x-bogus", "'rot13' is not a text encoding; use codecs.decode()...".
        raise SvgRefused(
            QT_TRANSLATE_NOOP("Problem", "is not a well-formed SVG file ({reason})"),
            reason=str(error).split(";")[0][:80],
        ) from error
    if not isinstance(root, Element):
        raise SvgRefused(QT_TRANSLATE_NOOP("Problem", "is not a well-formed SVG file"))
    elements = _elements(root)
    by_id: dict[str, int] = {}
    for number, element in enumerate(elements):
        identifier = element.get("id")
        if identifier is not None:
            by_id.setdefault(identifier, number)
    references = [_references(element, by_id) for element in elements]
    side = _larger_side(root)
    dashes = [_check_allowed(element, side) for element in elements]
    points = [_points(element) for element in elements]
    _check_expansion(root, elements, references, points, dashes, max_work)
    return data


def _gunzip(data: bytes) -> bytes:
    """A gzip stream decompressed, reading no more than MAX_SVG_BYTES + 1 bytes of output."""
    decompressor = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    try:
        plain = decompressor.decompress(data, MAX_SVG_BYTES + 1)
    except zlib.error as error:
        raise SvgRefused(
            QT_TRANSLATE_NOOP("Problem", "is not a readable compressed SVG ({reason})"),
            reason=str(error),
        ) from error
    if len(plain) > MAX_SVG_BYTES or decompressor.unconsumed_tail:
        raise SvgRefused(
            QT_TRANSLATE_NOOP(
                "Problem", "is too large for an SVG once decompressed (at most {size} MB)"
            ),
            size=_MB,
        )
    if not decompressor.eof:
        raise SvgRefused(
            QT_TRANSLATE_NOOP("Problem", "is not a readable compressed SVG (it ends too soon)")
        )
    return plain


def _elements(root: Element) -> list[Element]:
    elements: list[Element] = []
    for element in root.iter():
        elements.append(element)
        if len(elements) > MAX_ELEMENTS:
            raise SvgRefused(
                QT_TRANSLATE_NOOP("Problem", "has too many elements (at most {most})"),
                most=f"{MAX_ELEMENTS:,}",
            )
    return elements


def _local(name: str) -> str:
    return name.rsplit("}", 1)[-1].lower()


def _urls(text: str) -> Iterator[str]:
    """What each ``url(...)`` in ``text`` names, in one pass.

    Written out rather than as a regular expression: a lazy match up to ")" is tried again at
    every "url(" of a text that never closes one, quadratic in the text (100 KB of "url(x"
    took 17 s). Here the search only moves forward.
    """
    lowered = text.lower()
    start = 0
    while (found := lowered.find("url(", start)) >= 0:
        end = text.find(")", found + 4)
        if end < 0:  # never closed: what follows is not a #name, whatever it is
            yield text[found + 4 : found + 84]
            return
        yield text[found + 4 : end].strip().strip("'\"").strip()
        start = end + 1


def _references(element: Element, by_id: dict[str, int]) -> list[int]:
    """The elements ``element`` refers to (by number); refuses any other reference."""
    found: list[str] = []
    texts: list[str] = list(element.attrib.values())
    if _local(str(element.tag)) == "style" and element.text:
        texts.append(element.text)
    for name, value in element.attrib.items():
        if _local(name) in _REFERENCE_NAMES:
            found.append(value.strip())
    for text in texts:
        if _IMPORT.search(text):
            raise SvgRefused(
                QT_TRANSLATE_NOOP(
                    "Problem", "imports a style sheet (@import), which pictures may not do"
                )
            )
        found.extend(_urls(text))
    numbers: list[int] = []
    for reference in found:
        if not _FRAGMENT.fullmatch(reference):
            if reference.lower().startswith("data:"):
                raise SvgRefused(
                    QT_TRANSLATE_NOOP(
                        "Problem", "embeds data (a data: address), which pictures may not do"
                    )
                )
            raise SvgRefused(
                QT_TRANSLATE_NOOP(
                    "Problem",
                    "refers to something outside the picture ({reference});"
                    " only #name references inside it are allowed",
                ),
                reference=repr(reference[:80]),
            )
        target = by_id.get(reference[1:])
        if target is not None:
            numbers.append(target)
    return numbers


def _points(element: Element) -> int:
    """The drawing work of ``element`` itself: POINT_WORK for each point of a path (its
    commands or its coordinate pairs, whichever are more) or of a polyline or polygon, else
    1."""
    name = _local(str(element.tag))
    if name not in _POINTED:
        return 1
    numbers = letters = 0
    for attribute, value in element.attrib.items():
        if _local(attribute) in ("d", "points"):
            numbers += len(_COORDINATE.findall(value))
            letters += len(_COMMAND.findall(value))
    return POINT_WORK * max(1, letters, (numbers + 1) // 2)


def _check_allowed(element: Element, side: float) -> int:
    """Refuse an element, attribute or style property not on the allowlist, or a costly dash
    pattern; ``side`` is the picture's larger side, in its own units. Returns how many times
    over ``element`` and what it holds are drawn: the dashes that fit along the picture's
    diagonal when it sets a dash pattern, else 1."""
    tag = str(element.tag).rsplit("}", 1)[-1]
    name = tag.lower()
    if name not in ELEMENTS:
        shown = tag[:40]
        if name in _COSTLY or name.startswith("fe"):
            raise SvgRefused(
                QT_TRANSLATE_NOOP(
                    "Problem",
                    "has a <{element}> element, which pictures may not have (filters, masks,"
                    " patterns, markers and clip paths can take minutes to draw)",
                ),
                element=shown,
            )
        raise SvgRefused(
            QT_TRANSLATE_NOOP(
                "Problem",
                "has a <{element}> element, which pictures may not have (only shapes, groups,"
                " text, gradients and <use>)",
            ),
            element=shown,
        )
    times = 1
    for qualified, value in element.attrib.items():
        attribute = _local(qualified)
        if attribute not in ATTRIBUTES:
            raise SvgRefused(
                QT_TRANSLATE_NOOP(
                    "Problem",
                    "has a {attribute}= attribute (on <{element}>), which pictures may not have",
                ),
                attribute=qualified.rsplit("}", 1)[-1][:40],
                element=tag[:40],
            )
        if attribute == "style":
            times = max(times, _check_style(value, side))
        else:
            times = max(times, _presentation_times(attribute, value, side))
    return times


def _check_style(style: str, side: float) -> int:
    """Refuse a ``style="..."`` that sets anything but the allowed presentation properties;
    the dashes its dash pattern draws along the picture's diagonal (1 without one)."""
    times = 1
    for declaration in style.split(";"):
        if not declaration.strip():
            continue
        name, colon, value = declaration.partition(":")
        name = name.strip().lower()
        if not colon or name not in STYLE_PROPERTIES:
            raise SvgRefused(
                QT_TRANSLATE_NOOP(
                    "Problem",
                    "has a style property {name}, which pictures may not have"
                    " (only fill, stroke, opacity, colour and font properties)",
                ),
                name=repr(name[:40]),
            )
        if not _STYLE_VALUE.fullmatch(value):
            raise SvgRefused(
                QT_TRANSLATE_NOOP(
                    "Problem",
                    "has a style value {value} that pictures may not have"
                    " (letters, digits, #, %, quotes and url(#name) only)",
                ),
                value=repr(value.strip()[:40]),
            )
        times = max(times, _presentation_times(name, value, side))
    return times


def _presentation_times(name: str, value: str, side: float) -> int:
    """Check a presentation property, given as an attribute or in a style alike: the dashes a
    dash pattern draws along the picture's diagonal, 1 for anything else."""
    if name == "stroke-dasharray":
        return _check_dashes(value, side)
    if name == "stroke-width":
        _check_stroke_width(value, side)
    return 1


def _check_stroke_width(value: str, side: float) -> None:
    """Refuse a stroke wider than MAX_STROKE_SHARE of the picture's larger side, or one whose
    width is not a length that can be checked (``em``, ``ex``, anything but a number)."""
    text = value.strip().lower()
    if text in ("inherit", ""):
        return
    found = _LENGTH.fullmatch(text)
    number = _finite(found.group(1)) if found else None
    if found is None or number is None:  # not a length, or one too large to hold (1e999)
        raise SvgRefused(
            QT_TRANSLATE_NOOP("Problem", "has a stroke width that is not a plain length ({width})"),
            width=repr(text[:40]),
        )
    unit = found.group(2)
    widest = MAX_STROKE_SHARE * side
    # Compared in the width's own unit: the width times its unit could be infinite.
    bound = MAX_STROKE_SHARE * 100 if unit == "%" else widest / _UNITS[unit]
    if number > bound:
        raise SvgRefused(
            QT_TRANSLATE_NOOP(
                "Problem",
                "has a stroke too wide to draw quickly ({width}; at most {most} units,"
                " {share} of the picture's larger side)",
            ),
            width=text[:40],
            most=f"{widest:g}",
            share=f"{MAX_STROKE_SHARE:.1%}",
        )


def _check_dashes(value: str, side: float) -> int:
    """Refuse a dash pattern of more than MAX_DASHES entries or of too short dashes; the
    number of dashes that fit along the picture's diagonal (1 for no pattern)."""
    text = value.strip()
    if text.lower() in ("none", "inherit", ""):
        return 1
    entries = [entry for entry in _SEPARATOR.split(text) if entry]
    if len(entries) > MAX_DASHES:
        raise SvgRefused(
            QT_TRANSLATE_NOOP(
                "Problem",
                "has a dash pattern (stroke-dasharray) of {count} entries (at most {most})",
            ),
            count=f"{len(entries):,}",
            most=MAX_DASHES,
        )
    numbers = [entry.removesuffix("px") for entry in entries if _NUMBER.fullmatch(entry)]
    lengths = [length for length in map(_finite, numbers) if length is not None]
    if len(lengths) < len(entries):  # not numbers, or ones too large to hold (1e999)
        raise SvgRefused(
            QT_TRANSLATE_NOOP(
                "Problem",
                "has a dash pattern (stroke-dasharray) that is not a list of numbers ({pattern})",
            ),
            pattern=repr(text[:40]),
        )
    least = MIN_DASH_SHARE * side
    # Each divided before the sum: the sum of large lengths could be infinite.
    average = sum(length / len(lengths) for length in lengths)
    if any(length < 0 for length in lengths) or average < least:
        raise SvgRefused(
            QT_TRANSLATE_NOOP(
                "Problem",
                "has a dash pattern (stroke-dasharray) of dashes too short to draw quickly"
                " (on average at least {least} units, {share} of the picture's larger side)",
            ),
            least=f"{least:g}",
            share=f"{MIN_DASH_SHARE:.1%}",
        )
    dashes = _DIAGONAL * (side / average)  # side / average is at most 1 / MIN_DASH_SHARE
    return max(1, math.ceil(dashes / DASHES_PER_POINT))


def _finite(number: str) -> float | None:
    """The number ``number`` spells (as _NUMBER or _LENGTH found it), or None when it is too
    large to hold: ``1e999`` reads as infinity, which no check can compute with."""
    value = float(number)
    return value if math.isfinite(value) else None


def _larger_side(root: Element) -> float:
    """The larger side of the picture in its own units: from its viewBox, else its width and
    height (in pixels, from px, pt, pc, mm, cm or in as Qt counts them; a percentage is the
    window's, not the picture's), else 100 (what Qt takes for a picture that gives no size).
    Refuses a viewBox it cannot read, and any of these sizes that cannot be drawn (see
    :func:`_size`), whichever gives the side."""
    viewbox: list[float] = []
    sides: list[float] = []
    for qualified, value in root.attrib.items():
        attribute = _local(qualified)
        written = f'{qualified.rsplit("}", 1)[-1]}="{value.strip()[:40]}"'
        if attribute == "viewbox":
            numbers = [n for n in _SEPARATOR.split(value.strip()) if n]
            if len(numbers) != 4 or not all(_NUMBER.fullmatch(n) for n in numbers):
                # Qt reads what it can of it ("0 0 1e4 1e4x" as 1e4 wide): the checks must
                # measure the picture Qt draws, so a viewBox they cannot read is refused.
                raise SvgRefused(
                    QT_TRANSLATE_NOOP("Problem", "has a viewBox that is not four numbers ({box})"),
                    box=repr(value.strip()[:40]),
                )
            viewbox = [_size(n, written) for n in numbers[2:]]
        elif attribute in ("width", "height"):
            length = _LENGTH.fullmatch(value.strip().lower())
            if length is not None and length.group(2) != "%":  # in the units Qt reads too
                sides.append(_size(length.group(1), written) * _UNITS[length.group(2)])
    return max(viewbox or sides or [100.0])


def _size(number: str, written: str) -> float:
    """The size ``number`` spells (a plain number, perhaps in px), from SMALLEST_SIZE to
    LARGEST_SIZE; else refused, quoting the attribute as ``written``. Within those bounds
    every share and multiple of a side the checks compute is a finite number, and a share
    of it is more than zero."""
    size = float(number.removesuffix("px"))
    if not SMALLEST_SIZE <= size <= LARGEST_SIZE:  # infinity too (NaN cannot be written)
        raise SvgRefused(
            QT_TRANSLATE_NOOP(
                "Problem", "has a size that cannot be drawn ({size}: from {least} to {most})"
            ),
            size=written,
            least=f"{SMALLEST_SIZE:g}",
            most=f"{LARGEST_SIZE:g}",
        )
    return size


def _check_expansion(
    root: Element,
    elements: list[Element],
    references: list[list[int]],
    points: list[int],
    dashes: list[int],
    max_work: int,
) -> None:
    """Refuse a drawing whose references expand it beyond ``max_work``, or loop.

    The work of an element is (its own work, ``points`` + its children's work + the
    referenced elements' work) times its ``dashes`` (a dash pattern applies to what it holds
    too); each is worked out once, depth first, without recursion (a deep file cannot exhaust
    the stack).
    """
    index = {id(element): number for number, element in enumerate(elements)}
    children: list[list[int]] = [[index[id(child)] for child in element] for element in elements]
    size: list[int | None] = [None] * len(elements)
    on_path = [False] * len(elements)
    start = index[id(root)]
    stack: list[tuple[int, Iterator[int]]] = []

    def enter(number: int) -> None:
        on_path[number] = True
        stack.append((number, iter([*children[number], *references[number]])))

    enter(start)
    while stack:
        number, pending = stack[-1]
        following = next(pending, None)
        if following is not None:
            if on_path[following]:
                raise SvgRefused(
                    QT_TRANSLATE_NOOP(
                        "Problem", "refers to itself in a loop (through <use> or url(#...))"
                    )
                )
            if size[following] is None:
                enter(following)
            continue
        stack.pop()
        on_path[number] = False
        held = sum(size[n] or 0 for n in (*children[number], *references[number]))
        total = (points[number] + held) * dashes[number]
        if total > max_work:
            raise SvgRefused(
                QT_TRANSLATE_NOOP(
                    "Problem",
                    "draws too many shapes, points or dashes once its <use> copies are counted"
                    " (over {most}; too slow to draw)",
                ),
                most=f"{max_work:,}",
            )
        size[number] = total
