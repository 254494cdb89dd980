"""What a stranger's SVG declares or measures cannot break its check: refused, the picture named.

Found by a hostile test of untrusted pictures: an XML declaration naming an encoding Python has
no text codec for (``x-bogus``, ``rot13``, ``hex``) escaped :func:`check_svg` as a LookupError,
and ``matside validate`` printed a traceback; so did a size of ``1e999`` (infinity, once read),
``1.7e308`` or ``5e-324`` meeting a dash pattern (NaN to an integer, an infinite number of
dashes, a division by zero), and an infinite side let any stroke width pass.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from matside.core.checks import Problem
from matside.storage.routine_files import image_problems, load_routine
from matside.storage.svgcheck import SvgRefused, check_svg
from tests.conftest import exercise, routine

REPOSITORY = Path(__file__).resolve().parents[2]
SVG = 'xmlns="http://www.w3.org/2000/svg"'


def declared(encoding: str) -> bytes:
    return f'<?xml version="1.0" encoding="{encoding}"?><svg {SVG}/>'.encode()


def picture_problem(folder: Path, data: bytes) -> Problem:
    """The one problem the loader finds in a routine whose one picture, b.svg, is ``data``;
    it is at the picture's place and names it."""
    (folder / "b.svg").write_bytes(data)
    file = folder / "b.json"
    file.write_text(json.dumps(routine(exercise(images=["b.svg"]))), encoding="utf-8")
    (problem,) = image_problems(load_routine(file), file)
    assert problem.place == "exercises[0].images[0]"
    assert problem.message.startswith("picture b.svg ")
    assert problem.code == "picture-refused"
    return problem


def checked(data: bytes) -> str:
    """What check_svg says of ``data``: "passes", or its refusal; any other exception fails."""
    try:
        check_svg(data)
    except SvgRefused as refused:
        return str(refused)
    return "passes"


# --------------------------------------------------------------------------------------------
# Encodings


@pytest.mark.parametrize(
    ("encoding", "reason"),
    [
        ("x-bogus", "(unknown encoding: x-bogus)"),
        ("rot13", "('rot13' is not a text encoding)"),
        ("hex", "('hex' is not a text encoding)"),
        ("base64", "('base64' is not a text encoding)"),
        ("zlib", "('zlib' is not a text encoding)"),
        ("uu_codec", "('uu_codec' is not a text encoding)"),
        ("quopri", "('quopri' is not a text encoding)"),
        ("mbcs", "(unknown encoding: mbcs)"),  # Windows only
    ],
)
def test_an_encoding_without_a_text_codec_is_not_well_formed(
    tmp_path: Path, encoding: str, reason: str
) -> None:
    problem = picture_problem(tmp_path, declared(encoding))
    assert problem.message == f"picture b.svg is not a well-formed SVG file {reason}"


def test_the_reason_an_encoding_is_refused_is_bounded(tmp_path: Path) -> None:
    problem = picture_problem(tmp_path, declared("x" * 5000))
    assert "is not a well-formed SVG file (unknown encoding: xxx" in problem.message
    assert len(problem.message) < 200


@pytest.mark.parametrize("encoding", ["utf-8", "UTF-8", "iso-8859-1", "latin-1", "cp1252"])
def test_ordinary_encodings_still_pass(encoding: str) -> None:
    assert checked(declared(encoding)) == "passes"


# --------------------------------------------------------------------------------------------
# Through the command line: a refusal, no traceback


@pytest.mark.slow
@pytest.mark.parametrize(
    ("picture", "says"),
    [
        (declared("x-bogus"), "picture b.svg is not a well-formed SVG file"),
        (declared("rot13"), "picture b.svg is not a well-formed SVG file"),
    ],
    ids=["unknown encoding", "not a text encoding"],
)
def test_validate_refuses_the_picture_without_a_traceback(
    tmp_path: Path, picture: bytes, says: str
) -> None:
    (tmp_path / "b.svg").write_bytes(picture)
    file = tmp_path / "b.json"
    file.write_text(
        '{"format":1,"name":"b","exercises":[{"name":"A","seconds":5,"images":["b.svg"]}]}',
        encoding="utf-8",
    )
    env = {
        **os.environ,
        "PYTHONPATH": str(REPOSITORY / "app"),
        "MATSIDE_HOME": str(tmp_path / "home"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    finished = subprocess.run(
        [sys.executable, "-m", "matside", "validate", str(file)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    said = finished.stdout + finished.stderr
    assert finished.returncode == 1, said
    assert "Traceback" not in said
    assert f"{file}: exercises[0].images[0]: {says}" in said


# --------------------------------------------------------------------------------------------
# Sizes: the viewBox's, the width's and the height's. Each number the dash and stroke checks
# work with is made from one: 1e999 reads as infinity, 5e-324 is the smallest float above 0.

DASHED = '<line x2="9" y2="9" stroke="red" stroke-dasharray="{}"/>'
WIDE = '<line x2="9" y2="9" stroke="red" stroke-width="{}"/>'


@pytest.mark.parametrize(
    ("root", "body", "size"),
    [
        # as the hostile tester found them: NaN to integer, overflow, division by zero
        ('viewBox="0 0 1e999 9"', DASHED.format("1e999"), 'viewBox="0 0 1e999 9"'),
        ('viewBox="0 0 1.7e308 9"', DASHED.format("1e307"), 'viewBox="0 0 1.7e308 9"'),
        ('viewBox="0 0 5e-324 5e-324"', DASHED.format("0"), 'viewBox="0 0 5e-324 5e-324"'),
        ('width="1e999"', DASHED.format("1e999"), 'width="1e999"'),
        # an infinite side made any stroke narrow enough
        ('viewBox="0 0 1e999 9"', WIDE.format("50%"), 'viewBox="0 0 1e999 9"'),
        ('viewBox="0 0 9 1e999"', WIDE.format("50%"), 'viewBox="0 0 9 1e999"'),
        ('viewBox="0,0,1e309,1e309"', "", 'viewBox="0,0,1e309,1e309"'),
        ('viewBox="0 0 0 9"', "", 'viewBox="0 0 0 9"'),
        ('viewBox="0 0 -5 9"', "", 'viewBox="0 0 -5 9"'),
        ('viewBox="0 0 1e-301 1e-301"', "", 'viewBox="0 0 1e-301 1e-301"'),
        ('width="1e999px" height="9"', "", 'width="1e999px"'),
        ('width="9" height="5e-324"', "", 'height="5e-324"'),
        ('width="0" height="0"', "", 'width="0"'),
        ('width="9" height="-0"', "", 'height="-0"'),
        ('width="-1" height="9"', "", 'width="-1"'),
        # a width or height is checked even where a viewBox gives the size
        ('viewBox="0 0 800 600" width="1e999"', "", 'width="1e999"'),
    ],
)
def test_a_size_that_cannot_be_drawn_is_refused_by_name(
    tmp_path: Path, root: str, body: str, size: str
) -> None:
    problem = picture_problem(tmp_path, f"<svg {SVG} {root}>{body}</svg>".encode())
    assert problem.message == (
        f"picture b.svg has a size that cannot be drawn ({size}: from 1e-300 to 1e+300)"
    )


@pytest.mark.parametrize(
    ("root", "body", "verdict"),
    [
        # the largest and smallest sizes: the dash and stroke bounds hold, nothing overflows
        ('viewBox="0 0 1e300 1e300"', DASHED.format("1e298"), "passes"),
        ('viewBox="0 0 1e300 1e300"', DASHED.format("1e308 1e308"), "passes"),
        ('viewBox="0 0 1e300 1e300"', DASHED.format("1e297"), "dashes too short"),
        ('viewBox="0 0 1e300 1e300"', WIDE.format("12.5%"), "passes"),
        ('viewBox="0 0 1e300 1e300"', WIDE.format("50%"), "stroke too wide"),
        ('viewBox="0 0 1e300 1e300"', WIDE.format("1e308%"), "stroke too wide"),
        ('viewBox="0 0 1e300 1e300"', WIDE.format("1e308in"), "stroke too wide"),
        ('width="1e300" height="1"', WIDE.format("1.25e299"), "passes"),
        ('viewBox="0 0 1e-300 1e-300"', DASHED.format("1e-302"), "passes"),
        ('viewBox="0 0 1e-300 1e-300"', DASHED.format("0"), "dashes too short"),
        ('viewBox="0 0 1e-300 1e-300"', DASHED.format("5e-324 5e-324"), "dashes too short"),
        ('viewBox="0 0 1e-300 1e-300"', WIDE.format("1e-301"), "passes"),
        ('viewBox="0 0 1e-300 1e-300"', WIDE.format("1e-300"), "stroke too wide"),
        # numbers too large to hold are not numbers to draw with
        ('viewBox="0 0 800 600"', DASHED.format("1e999"), "not a list of numbers ('1e999')"),
        ('viewBox="0 0 800 600"', DASHED.format("8 1e999px"), "not a list of numbers"),
        ('viewBox="0 0 800 600"', DASHED.format("-1e999 8"), "not a list of numbers"),
        ('viewBox="0 0 800 600"', WIDE.format("1e999"), "not a plain length ('1e999')"),
        ('viewBox="0 0 800 600"', WIDE.format("-1e999"), "not a plain length"),
        ('viewBox="0 0 800 600"', WIDE.format("1e999%"), "not a plain length"),
        ('viewBox="0 0 800 600"', WIDE.format("-0"), "passes"),
        ('viewBox="0 0 800 600"', DASHED.format("-0 8"), "passes"),
        ('viewBox="0 0 800 600"', DASHED.format("-0"), "dashes too short"),
    ],
)
def test_dash_and_stroke_numbers_stay_finite(root: str, body: str, verdict: str) -> None:
    assert verdict in checked(f"<svg {SVG} {root}>{body}</svg>".encode())


NUMBERS = [
    "1e999", "-1e999", "1e309", "1.7976931348623157e308", "1.7e308", "1e300", "9",
    "1e-300", "2.2250738585072014e-308", "1e-320", "5e-324", "-5e-324", "0", "-0", "-9",
    ".5e-323", "1e-999",
]  # fmt: skip
SIZES = {
    "viewBox width": 'viewBox="0 0 {} 9"',
    "viewBox height": 'viewBox="0 0 9 {}"',
    "whole viewBox": 'viewBox="{} {} {} {}"',
    "width": 'width="{}"',
    "height": 'height="{}px"',
    "width and height": 'width="{}" height="{}"',
}
SHAPES = {
    "nothing": "",
    "dash": DASHED.format("{}"),
    "second dash": DASHED.format("1 {}"),
    "three dashes": DASHED.format("{} {} {}"),
    "largest dashes": DASHED.format("1e308 1e308 1e308 1e308"),
    "smallest dash": DASHED.format("5e-324"),
    "styled dash": '<line x2="9" style="stroke-dasharray: {}"/>',
    "stroke": WIDE.format("{}"),
    "stroke %": WIDE.format("{}%"),
    "stroke mm": WIDE.format("{}mm"),
    "largest stroke %": WIDE.format("1e308%"),
    "stroke 100%": WIDE.format("100%"),
    "styled group": '<g style="stroke-width: {}pt; stroke-dasharray: 1e307"><line x2="9"/></g>',
}


@pytest.mark.parametrize("place", SIZES.values(), ids=SIZES.keys())
@pytest.mark.parametrize("shape", SHAPES.values(), ids=SHAPES.keys())
def test_no_number_makes_the_check_raise_anything_but_a_refusal(place: str, shape: str) -> None:
    for size in NUMBERS:
        for number in NUMBERS:
            root, body = place.replace("{}", size), shape.replace("{}", number)
            checked(f"<svg {SVG} {root}>{body}</svg>".encode())  # fails on any other exception
            checked(f'<svg {SVG} viewBox="0 0 800 600">{body}</svg>'.encode())


# --------------------------------------------------------------------------------------------
# The picture Qt draws, measured as Qt measures it


def dashed_lines(root: str, count: int = 20) -> bytes:
    lines = "".join(
        f'<line x1="0" y1="{y}" x2="9000" y2="{y}" stroke="red" stroke-dasharray="1"/>'
        for y in range(count)
    )
    return f"<svg {SVG} {root}>{lines}</svg>".encode()


def test_a_width_in_inches_is_measured_as_qt_draws_it() -> None:
    # Qt draws width="100in" 9,600 pixels wide: a dash of 1 there is one of 9,600 per line.
    # The check read the width as no size (100) and let 20 such lines pass.
    assert checked(dashed_lines('width="100in" height="1in"')) == (
        "has a dash pattern (stroke-dasharray) of dashes too short to draw quickly (on average"
        " at least 48 units, 0.5% of the picture's larger side)"
    )
    assert checked(dashed_lines('width="90" height="10"', count=1)) == "passes"


@pytest.mark.parametrize("box", ["0 0 1e4 1e4x", "0 0 100", "0,0,100,100,5", "auto"])
def test_a_viewbox_the_check_cannot_read_is_refused(box: str) -> None:
    # Qt reads what it can ("0 0 1e4 1e4x" as 10,000 wide) where the check read nothing and
    # measured the picture as 100 wide.
    assert checked(f'<svg {SVG} viewBox="{box}"/>'.encode()) == (
        f"has a viewBox that is not four numbers ({box!r})"
    )


def test_sizes_in_units_with_a_viewbox_pass() -> None:
    picture = f'<svg {SVG} width="10cm" height="5cm" viewBox="0 0 100 50">'
    picture += '<line x2="100" y2="50" stroke="red" stroke-dasharray="4 2"/></svg>'
    assert checked(picture.encode()) == "passes"
