"""What a stranger's SVG declares or measures cannot break its check: refused, the picture named.

Found by a hostile test of untrusted pictures: an XML declaration naming an encoding Python has
no text codec for (``x-bogus``, ``rot13``, ``hex``) escaped :func:`check_svg` as a LookupError,
and ``matside validate`` printed a traceback.
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
