"""app.svgcheck: an SVG from a stranger is checked before Qt reads it (no Qt here)."""

from __future__ import annotations

import gzip

import pytest

from matside.storage import paths
from matside.storage.svgcheck import (
    MAX_DASHES,
    MAX_ELEMENTS,
    MAX_SVG_BYTES,
    SvgRefused,
    check_svg,
)

SVG = 'xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"'


def svg(body: str, head: str = "") -> bytes:
    return f'{head}<svg {SVG} width="40" height="30">{body}</svg>'.encode()


def use_bomb(levels: int = 10, copies: int = 10) -> bytes:
    """Each level draws ``copies`` of the one below: copies**levels shapes from a few KB."""
    parts = ['<defs><path id="l0" d="M0 0h1v1z"/>']
    for level in range(1, levels + 1):
        uses = f'<use xlink:href="#l{level - 1}"/>' * copies
        parts.append(f'<g id="l{level}">{uses}</g>')
    parts.append(f'</defs><use href="#l{levels}"/>')
    return svg("".join(parts))


def refusal(data: bytes) -> str:
    with pytest.raises(SvgRefused) as caught:
        check_svg(data)
    return str(caught.value)


def test_every_bundled_picture_passes() -> None:
    pictures = sorted((paths.resources_dir() / "images").glob("*.svg"))
    assert pictures
    for picture in pictures:
        data = picture.read_bytes()
        assert check_svg(data) == data, picture.name


def test_same_document_references_and_modest_use_are_allowed() -> None:
    data = svg(
        '<defs><linearGradient id="g"><stop offset="0" stop-color="red"/></linearGradient>'
        '<circle id="dot" r="2"/></defs>'
        '<rect width="4" height="4" fill="url(#g)" style="stroke: url( \'#g\' )"/>'
        + '<use xlink:href="#dot" x="3"/>'
        * 50
    )
    assert check_svg(data) == data


@pytest.mark.parametrize(
    "reference",
    [
        "/dev/zero",
        "file:///dev/zero",
        "pipe",
        "http://example.com/x.png",
        "other.svg#dot",
        "data:image/png;base64,iVBORw0KGgo=",
    ],
)
def test_an_image_or_use_naming_anything_outside_the_picture_is_refused(reference: str) -> None:
    expected = "embeds data" if reference.startswith("data:") else "refers to something outside"
    for body in (
        f'<image href="{reference}" width="4" height="4"/>',
        f'<image xlink:href=" {reference} " width="4" height="4"/>',
        f'<use xlink:href="{reference}"/>',
        f'<rect width="4" height="4" fill="url({reference})"/>',
        f'<rect width="4" height="4" style="fill: url(&quot;{reference}&quot;)"/>',
        f"<style>rect {{ fill: url({reference}) }}</style>",
    ):
        assert expected in refusal(svg(body)), body


def test_style_imports_and_processing_instructions_are_refused() -> None:
    assert "@import" in refusal(svg('<style>@import "x.css";</style>'))
    assert "processing instruction" in refusal(
        svg("<rect/>", head='<?xml version="1.0"?><?xml-stylesheet href="/dev/zero"?>')
    )


def test_the_nested_use_bomb_is_refused_at_once() -> None:
    data = use_bomb()
    assert len(data) < 3000
    assert "too many shapes" in refusal(data)


def test_use_expansion_is_counted_linearly_not_by_drawing_it() -> None:
    # 60 levels of 2 copies: 2**60 shapes; a walk of the copies would never end.
    assert "too many shapes" in refusal(use_bomb(levels=60, copies=2))


def test_references_in_a_loop_are_refused() -> None:
    assert "loop" in refusal(svg('<g id="a"><use href="#a"/></g>'))
    assert "loop" in refusal(svg('<g id="a"><use href="#b"/></g><g id="b"><use href="#a"/></g>'))


def test_dtds_and_entities_are_refused() -> None:
    laughs = (
        '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;">'
        '<!ENTITY c "&b;&b;&b;&b;">]>'
    )
    assert "DTD" in refusal(svg("<text>&c;</text>", head=laughs))
    external = '<!DOCTYPE svg SYSTEM "file:///dev/zero">'
    assert "DTD" in refusal(svg("<rect/>", head=external))
    standard = (
        '<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" '
        '"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">'
    )
    assert "DTD" in refusal(svg("<rect/>", head=standard))


def test_size_and_element_count_are_bounded() -> None:
    assert "too large" in refusal(svg("<!--" + "x" * MAX_SVG_BYTES + "-->"))
    assert "too many elements" in refusal(svg("<rect/>" * MAX_ELEMENTS))
    assert check_svg(svg("<rect/>" * (MAX_ELEMENTS - 1)))


def test_deep_nesting_is_checked_without_recursion() -> None:
    depth = 5000
    check_svg(svg("<g>" * depth + "</g>" * depth))


def test_a_compressed_svg_is_decompressed_within_the_bound() -> None:
    plain = svg('<circle r="3"/>')
    assert check_svg(gzip.compress(plain)) == plain
    bomb = gzip.compress(svg("<!--" + " " * (50 * 1024 * 1024) + "-->"))
    assert len(bomb) < 100_000
    assert "too large" in refusal(bomb)
    assert "compressed" in refusal(gzip.compress(plain)[:20])


def test_what_is_not_xml_is_refused() -> None:
    assert "well-formed" in refusal(b"this is not an image")
    assert "well-formed" in refusal(b"")


# --------------------------------------------------------------------------------------------
# Drawing cost: only what an exercise picture needs (each of these took Qt seconds to minutes
# per paint from a file of a few KB)


def blur_bomb() -> bytes:
    """300 squares, each blurred: 15 KB that took 20 s per paint at 800 x 600."""
    rects = '<rect width="100" height="100" filter="url(#f)"/>' * 300
    return svg(f'<filter id="f"><feGaussianBlur stdDeviation="50"/></filter>{rects}')


def test_the_blur_bomb_is_refused_for_its_filter() -> None:
    data = blur_bomb()
    assert len(data) < 16_000
    assert "<filter> element" in refusal(data)


@pytest.mark.parametrize(
    "body",
    [
        '<defs><feGaussianBlur stdDeviation="5"/></defs>',
        '<mask id="m"><rect width="4" height="4" fill="white"/></mask>',
        '<pattern id="p" width="1" height="1"><rect width="1" height="1"/></pattern>',
        '<marker id="m"><circle r="1"/></marker>',
        '<clipPath id="c"><rect width="1" height="1"/></clipPath>',
        "<foreignObject><div>x</div></foreignObject>",
        "<script>alert(1)</script>",
        '<rect width="4" height="4"><animate attributeName="x" to="9" dur="1s"/></rect>',
        '<set attributeName="x" to="9"/>',
        '<animateTransform attributeName="transform" type="rotate"/>',
        '<animateMotion path="M0 0 L9 9"/>',
        "<style>rect { fill: red }</style>",
        '<image href="#x" width="4" height="4"/>',
        '<sodipodi:namedview xmlns:sodipodi="urn:x"/>',
        '<x:filter xmlns:x="urn:elsewhere"><feFlood/></x:filter>',
    ],
)
def test_elements_an_exercise_picture_does_not_need_are_refused(body: str) -> None:
    assert "element, which pictures may not have" in refusal(svg(body))


@pytest.mark.parametrize(
    ("shape", "expected"),
    [
        ('<rect width="4" height="4" filter="url(#f)"/>', "filter= attribute"),
        ('<rect width="4" height="4" mask="url(#m)"/>', "mask= attribute"),
        ('<rect width="4" height="4" clip-path="url(#c)"/>', "clip-path= attribute"),
        ('<path d="M0 0 L4 4" marker-mid="url(#m)"/>', "marker-mid= attribute"),
        ('<rect width="4" height="4" onclick="x()"/>', "onclick= attribute"),
        ('<rect width="4" height="4" style="fill: red; filter: url(#f)"/>', "'filter'"),
        ('<rect width="4" height="4" style="mask:url(#m)"/>', "'mask'"),
        ('<rect width="4" height="4" style="/**/filter:url(#f)"/>', "style property"),
        ('<rect width="4" height="4" style="fill: red{filter:url(#f)}"/>', "style value"),
        ('<rect width="4" height="4" style="fill: \\72 ed"/>', "style value"),
    ],
)
def test_filter_mask_and_other_attributes_and_style_properties_are_refused(
    shape: str, expected: str
) -> None:
    assert expected in refusal(svg(shape))


def dashed(pattern: str, head: str = 'viewBox="0 0 800 600"') -> bytes:
    line = f'<path d="M0 0 L800 600" stroke="red" stroke-dasharray="{pattern}"/>'
    styled = f'<path d="M0 0 L800 600" style="stroke: red; stroke-dasharray: {pattern}"/>'
    return f"<svg {SVG} {head}>{line}{styled}</svg>".encode()


@pytest.mark.parametrize("pattern", ["4", "10 5", "0 8", "12,4,2,4", "none", " 6px 2px "])
def test_ordinary_dash_patterns_pass(pattern: str) -> None:
    assert check_svg(dashed(pattern))


def test_dashes_must_average_half_a_percent_of_the_larger_side() -> None:
    # 800 wide: at least 4 units on average.
    assert "too short" in refusal(dashed("0.0001"))
    assert "too short" in refusal(dashed("3.9"))
    assert "too short" in refusal(dashed("0 7"))
    assert "too short" in refusal(dashed("-5 20"))
    # Without a viewBox, the width and height say; without either, 100 units.
    assert check_svg(dashed("0.5", head='width="100" height="60"'))
    assert "too short" in refusal(dashed("0.5", head='width="800px" height="60px"'))
    assert "too short" in refusal(dashed("0.4", head=""))


def test_dash_patterns_are_short_lists_of_numbers() -> None:
    assert check_svg(dashed(" ".join(["20"] * MAX_DASHES)))
    assert f"at most {MAX_DASHES}" in refusal(dashed(" ".join(["20"] * (MAX_DASHES + 1))))
    assert "not a list of numbers" in refusal(dashed("20 calc(1)"))
    assert "not a list of numbers" in refusal(dashed("20%"))
