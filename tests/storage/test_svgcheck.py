"""app.svgcheck: an SVG from a stranger is checked before Qt reads it (no Qt here)."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from matside.storage import paths
from matside.storage.svgcheck import (
    MAX_DASHES,
    MAX_ELEMENTS,
    MAX_SVG_BYTES,
    MAX_WORK,
    POINT_WORK,
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


def bundled_pictures() -> list[Path]:
    """Every bundled exercise picture and the app's icon."""
    resources = paths.resources_dir()
    return [*sorted((resources / "images").glob("*.svg")), resources / "icons" / "matside.svg"]


def test_every_bundled_picture_passes() -> None:
    pictures = bundled_pictures()
    assert len(pictures) > 1
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
    assert "too many shapes" in refusal(svg("<rect/>" * (MAX_ELEMENTS - 1)))
    assert check_svg(svg("<rect/>" * (MAX_WORK - 1)))  # the <svg> is one more
    assert "too many shapes" in refusal(svg("<rect/>" * MAX_WORK))


def test_deep_nesting_is_checked_without_recursion() -> None:
    depth = 5000
    assert "too many shapes" in refusal(svg("<g>" * depth + "</g>" * depth))
    check_svg(svg("<g>" * (MAX_WORK - 1) + "</g>" * (MAX_WORK - 1)))


# --------------------------------------------------------------------------------------------
# Drawing work: points, shapes and dashes, counted through <use> copies (a picture that passes
# draws in under half a second at 1000 x 800; these took 16 to 38 s)


def polyline(points: int, width: float = 2) -> str:
    coordinates = " ".join(f"{(7 * n) % 40},{(11 * n) % 30}" for n in range(points))
    return f'<polyline points="{coordinates}" fill="none" stroke="red" stroke-width="{width}"/>'


def test_the_points_of_polylines_polygons_and_paths_are_counted() -> None:
    most = (MAX_WORK - 1) // POINT_WORK  # the <svg> is one more
    assert check_svg(svg(polyline(most)))
    assert "too many shapes, points" in refusal(svg(polyline(most + 1)))
    polygon = polyline(most + 1).replace("polyline", "polygon")
    assert "too many shapes, points" in refusal(svg(polygon))
    assert check_svg(svg(f'<path d="M0 0 {"L1 2 " * (most - 1)}"/>'))
    lines = "M0 0 " + "L1 2 " * most
    assert "too many shapes, points" in refusal(svg(f'<path d="{lines}"/>'))
    # Commands without numbers count too, and so do the coordinate pairs of implicit ones.
    assert "too many shapes, points" in refusal(svg(f'<path d="M0 0{"z" * most}"/>'))
    implicit = "M0 0 L" + " 1 2" * most
    assert "too many shapes, points" in refusal(svg(f'<path d="{implicit}"/>'))


def test_points_are_multiplied_through_use_copies() -> None:
    copies = 4
    shape = polyline(MAX_WORK // POINT_WORK // copies).replace("<polyline", '<polyline id="p"')
    use = '<use xlink:href="#p"/>'
    assert "too many shapes, points" in refusal(svg(f"<defs>{shape}</defs>{use * copies}"))
    assert check_svg(svg(f"<defs>{shape}</defs>{use * (copies - 2)}"))


def test_the_38_second_polyline_is_refused() -> None:
    # 100,000 points drawn 1,000 wide in an 800 x 600 picture: 38 s at 800 x 600.
    points = " ".join(f"{(37 * n) % 800},{(53 * n) % 600}" for n in range(100_000))
    data = (
        f'<svg {SVG} viewBox="0 0 800 600"><polyline points="{points}" fill="none" '
        'stroke="blue" stroke-width="1000"/></svg>'
    ).encode()
    assert len(data) < MAX_SVG_BYTES
    assert "too" in refusal(data)


def test_strokes_wider_than_an_eighth_of_the_picture_are_refused() -> None:
    def stroked(width: str) -> bytes:
        return (
            f'<svg {SVG} viewBox="0 0 800 600"><line x2="800" stroke="red" '
            f'stroke-width="{width}"/><line x2="9" style="stroke-width: {width}"/></svg>'
        ).encode()

    for width in ("100", "75.1", "100px", "12.5%", "75pt", " inherit "):
        assert check_svg(stroked(width)), width
    for width in ("100.5", "1000", "13%", "80pt", "3in", "1e9"):
        assert "stroke too wide" in refusal(stroked(width)), width
    for width in ("2em", "calc(1)", "wide"):
        assert "not a plain length" in refusal(stroked(width)), width


def test_a_dashed_stroke_counts_its_dashes() -> None:
    # Along the diagonal of an 800 x 600 picture, dashes of 4 fit 283 times: a line of them
    # is 29 lines' work.
    line = '<line x2="800" y2="600" stroke="red" stroke-dasharray="4"/>'
    most = (MAX_WORK - 1) // 29
    fits = f'<svg {SVG} viewBox="0 0 800 600">{line * most}</svg>'.encode()
    assert check_svg(fits)
    over = f'<svg {SVG} viewBox="0 0 800 600">{line * (most + 1)}</svg>'.encode()
    assert "too many shapes, points or dashes" in refusal(over)
    # A dash pattern on a group applies to what it holds.
    group = f'<g stroke-dasharray="4">{"<rect/>" * (most + 1)}</g>'
    assert "too many shapes" in refusal(f'<svg {SVG} viewBox="0 0 800 600">{group}</svg>'.encode())


def test_the_largest_bundled_picture_is_well_within_the_work_bound() -> None:
    largest = 0
    for picture in bundled_pictures():
        data = picture.read_bytes()
        for bound in range(1, MAX_WORK + 1):
            try:
                check_svg(data, max_work=bound)
            except SvgRefused:
                continue
            largest = max(largest, bound)
            break
    assert 0 < largest <= MAX_WORK * 2 // 3  # 192 of 320 when this was written


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
    line = f'<line x2="800" y2="600" stroke="red" stroke-dasharray="{pattern}"/>'
    styled = f'<line x2="800" y2="600" style="stroke: red; stroke-dasharray: {pattern}"/>'
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
