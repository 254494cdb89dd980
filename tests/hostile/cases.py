"""The hostile corpus: one routine file (or folder) per class of attack found in issue 13.

Each case is built fresh in a temporary folder (FIFOs, symlinks and sparse files cannot live
in git) and says what it must get: ``validate``'s exit status, a text its report must hold,
and whether ``import`` must refuse it. Every case must also pass what ``test_hostile.py``
asks of all of them: no hang, no traceback, no write outside the user's folders, memory within
a bound.
"""

from __future__ import annotations

import json
import os
import struct
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.bitmaps import progressive_jpeg
from tests.conftest import exercise, routine


@dataclass
class Case:
    """What one hostile case is, and what it must get.

    Attributes:
        files: the routine files given to the commands (they need not exist).
        valid: whether ``validate`` must pass it (exit 0) or refuse it (exit 1).
        says: a text ``validate``'s report must hold when it refuses.
        user_files: files put in the user's folders before the app starts (relative to
            MATSIDE_HOME): recovery files, a file where a folder should be.
        secret: a file whose bytes must never reach the user's folders.
        importable: whether ``import`` must take it (None: when ``validate`` passes it).
    """

    files: list[Path]
    valid: bool
    says: str = ""
    user_files: dict[str, bytes] = field(default_factory=dict)
    secret: bytes = b""
    importable: bool | None = None


def write(folder: Path, data: Any, name: str = "routine.json") -> Path:
    path = folder / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def png(width: int, height: int, rows: bytes | None = None) -> bytes:
    """A colour PNG of the given size; ``rows`` the compressed pixels (None: all black)."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body) & 0xFFFFFFFF
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    if rows is None:
        compressor = zlib.compressobj(9)
        line = b"\0" * (3 * width + 1)
        rows = b"".join(compressor.compress(line) for _ in range(height)) + compressor.flush()
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", rows) + chunk(b"IEND", b"")
    )


def with_pictures(folder: Path, *references: str, **fields: Any) -> Path:
    return write(folder, routine(exercise(images=list(references), **fields)))


SVG_HEAD = '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"'


def _markup(folder: Path) -> Case:
    fifo = folder / "hang"
    os.mkfifo(fifo)
    tag = f'<img src="{fifo}"><b style="color:red">Your library is corrupt</b><a href="x">fix</a>'
    short = '<img src="/dev/ptmx"><b style="color:red">Corrupt</b><a href="x">fix</a>'
    data = routine(
        exercise(name=f"Move {short}", instructions=[tag, "<h1>Big</h1>"], sides="each"),
        name=f"Routine {short}",
        description=tag,
        source=tag,
    )
    return Case([write(folder, data)], valid=True)


def _absolute(folder: Path) -> Case:
    return Case([with_pictures(folder, "/etc/passwd")], False, "exercises[0].images: picture 1")


def _home(folder: Path) -> Case:
    return Case([with_pictures(folder, "~/.ssh/id_rsa")], False, "exercises[0].images: picture 1")


def _tilde_user(folder: Path) -> Case:
    return Case([with_pictures(folder, "~nosuchuser/x.png")], False, "must be resource:images/")


def _dotdot(folder: Path) -> Case:
    (folder.parent / "secret.png").write_bytes(b"private key")
    return Case([with_pictures(folder, "../secret.png")], False, "picture 1", secret=b"private key")


def _resource_escape(folder: Path) -> Case:
    return Case([with_pictures(folder, "resource:../../README.md")], False, "picture 1")


def _symlink_out(folder: Path) -> Case:
    secret = folder.parent / "id_ed25519"
    secret.write_bytes(b"-----BEGIN OPENSSH PRIVATE KEY----- secret")
    secret.chmod(0o600)
    (folder / "images").mkdir()
    (folder / "images" / "pic.png").symlink_to(secret)
    return Case(
        [with_pictures(folder, "images/pic.png")],
        False,
        "leads outside the routine's folder",
        secret=b"PRIVATE KEY",
    )


def _symlink_device(folder: Path) -> Case:
    (folder / "zero.png").symlink_to("/dev/zero")
    return Case([with_pictures(folder, "zero.png")], False, "leads outside the routine's folder")


def _fifo_picture(folder: Path) -> Case:
    os.mkfifo(folder / "fifo.png")
    return Case([with_pictures(folder, "fifo.png")], False, "is not a regular file")


def _folder_picture(folder: Path) -> Case:
    (folder / "folder.png").mkdir()
    return Case([with_pictures(folder, "folder.png")], False, "is a folder, not a file")


def _svg_external(folder: Path) -> Case:
    os.mkfifo(folder / "fifo.png")
    svg = f'{SVG_HEAD} width="10" height="10"><image href="fifo.png" width="10" height="10"/>'
    (folder / "a.svg").write_text(svg + '<image xlink:href="/dev/zero"/></svg>', encoding="utf-8")
    return Case([with_pictures(folder, "a.svg")], False, "a.svg")


def _svg_use_bomb(folder: Path) -> Case:
    parts = [f'{SVG_HEAD} width="10" height="10"><defs><rect id="l0" width="1" height="1"/>']
    for level in range(1, 20):
        below = f"l{level - 1}"
        uses = "".join(f'<use xlink:href="#{below}"/>' for _ in range(10))
        parts.append(f'<g id="l{level}">{uses}</g>')
    parts.append('</defs><use xlink:href="#l19"/></svg>')
    (folder / "bomb.svg").write_text("".join(parts), encoding="utf-8")
    return Case([with_pictures(folder, "bomb.svg")], False, "bomb.svg")


def _svg_entities(folder: Path) -> Case:
    entities = '<!ENTITY a "aaaaaaaaaa">' + "".join(
        f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(8)
    )
    svg = f'<?xml version="1.0"?><!DOCTYPE svg [{entities}]>{SVG_HEAD}><text>&i;</text></svg>'
    (folder / "laughs.svg").write_text(svg, encoding="utf-8")
    return Case([with_pictures(folder, "laughs.svg")], False, "laughs.svg")


def _svg_unclosed_urls(folder: Path) -> Case:
    body = "url(x" * 400_000  # 2 MB: a quadratic search for ")" would take hours
    (folder / "styles.svg").write_text(f"{SVG_HEAD}><style>{body}</style></svg>", "utf-8")
    return Case([with_pictures(folder, "styles.svg")], False, "styles.svg")


def _svg_blur_bomb(folder: Path) -> Case:
    # 15 KB: 300 blurred squares took Qt 20 s at every paint of an 800 x 600 picture.
    rects = '<rect width="100" height="100" filter="url(#f)"/>' * 300
    filters = '<filter id="f"><feGaussianBlur stdDeviation="50"/></filter>'
    svg = f'{SVG_HEAD} width="800" height="600">{filters}{rects}</svg>'
    (folder / "blur.svg").write_text(svg, encoding="utf-8")
    return Case([with_pictures(folder, "blur.svg")], False, "blur.svg")


def _huge_bitmap(folder: Path) -> Case:
    (folder / "images").mkdir()
    (folder / "images" / "big.png").write_bytes(png(8000, 8000))
    spellings = ["images/big.png", "./images/big.png", "images/./big.png"]
    for number in range(7):  # more names for the same file, each inside the folder
        (folder / "images" / f"alias{number}.png").symlink_to("big.png")
        spellings.append(f"images/alias{number}.png")
    data = routine(
        *(
            exercise(name=f"Move {n}", images=[s], seconds=1, reps=None, tempo=None)
            for n, s in enumerate(spellings)
        ),
        prepare_seconds=0,
        rest_after_exercise=0,
    )
    return Case([write(folder, data)], valid=True)


def _huge_header(folder: Path) -> Case:
    (folder / "wide.png").write_bytes(png(100_000, 100_000, rows=zlib.compress(b"\0" * 64)))
    # Well formed as a file: the app refuses to decode it (validate reads no bitmap).
    return Case([with_pictures(folder, "wide.png")], valid=True)


def _jpeg_scan_bomb(folder: Path) -> Case:
    # 2 MB: a progressive 10,000 x 10,000 JPEG whose last scan comes 20,000 times; libjpeg
    # passes over every block at each scan (minutes) with 200 MB of coefficients.
    (folder / "scans.jpg").write_bytes(progressive_jpeg(10_000, 10_000, repeats=20_000))
    return Case(
        [with_pictures(folder, "scans.jpg")], False, "scans.jpg is a JPEG of too many scans"
    )


def _coach_blow_up(folder: Path) -> Case:
    # 3 KB: 40 moves of 1,000 reps at 0.001 s, 100 sets of each side. The coach planned
    # 200,000 phrases a move (1.8 GB and minutes) before the limits.
    move = {"name": "eI", "reps": 1000, "tempo": 0.001, "sides": "each", "sets": 100}
    data = routine(*[dict(move, name=f"e{i}") for i in range(40)])
    return Case([write(folder, data)], False, "exercises")


def _long_file_name(folder: Path) -> Case:
    return Case([folder / ("x" * 300 + ".json")], False, "cannot read")


def _surrogate_text(folder: Path) -> Case:
    path = folder / "routine.json"
    text = json.dumps(routine(exercise(name="Move \ud800")))
    path.write_text(text, encoding="utf-8")  # json.dumps wrote \ud800 as an escape
    return Case([path], False, "lone surrogate")


def _undecodable_file_name(folder: Path) -> Case:
    name = os.fsdecode(b"bad-\xff-name.json")
    path = write(folder, routine(), name)
    return Case([path], valid=True)


def _fifo_routine(folder: Path) -> Case:
    fifo = folder / "routine.json"
    os.mkfifo(fifo)
    return Case([fifo], False, "is not a regular file")


def _dev_zero(folder: Path) -> Case:
    return Case([Path("/dev/zero")], False, "is not a regular file")


def _sparse_huge(folder: Path) -> Case:
    path = folder / "huge.json"
    with path.open("wb") as stream:
        stream.truncate(2 * 1024**3)
    return Case([path], False, "is too large")


def _top_level_sets(folder: Path) -> Case:
    return Case([write(folder, routine(sets=3))], False, 'unknown key "sets"')


def _nested_exercises(folder: Path) -> Case:
    data = routine(exercise(exercises=[exercise()]))
    return Case([write(folder, data)], False, 'exercises[0]: unknown key "exercises"')


def _many_unknown_keys(folder: Path) -> Case:
    data = routine(**{f"k{i}": i for i in range(20_000)})
    return Case([write(folder, data)], False, "more problems")


def _huge_name(folder: Path) -> Case:
    return Case([write(folder, routine(exercise(name="Say " * 25_000)))], False, "at most 100")


def _escape_codes(folder: Path) -> Case:
    data = routine(exercise(**{"\x1b]0;pwned\x07\x1b[2J\nroutine.json: all good": 1}))
    return Case([write(folder, data)], False, "\\u001b")


def _not_utf8(folder: Path) -> Case:
    path = folder / "latin1.json"
    path.write_bytes(json.dumps(routine(name="Hüfte"), ensure_ascii=False).encode("latin-1"))
    return Case([path], False, "not UTF-8 text")


def _deep_nesting(folder: Path) -> Case:
    path = folder / "deep.json"
    path.write_text("[" * 200_000 + "]" * 200_000, encoding="utf-8")
    return Case([path], False, "(file)")


def _huge_numbers(folder: Path) -> Case:
    path = folder / "numbers.json"
    text = json.dumps(routine(prepare_seconds=1)).replace(
        '"prepare_seconds": 1', '"prepare_seconds": ' + "9" * 5000
    )
    path.write_text(text, encoding="utf-8")
    return Case([path], False, "a number has too many digits")


def _duplicate_keys(folder: Path) -> Case:
    path = folder / "twice.json"
    path.write_text(json.dumps(routine())[:-1] + ', "name": "Again"}', encoding="utf-8")
    return Case([path], False, "appears twice")


def _absurd_recovery(folder: Path) -> Case:
    record = {"routine": None, "name": "x", "saved_at": 1e308, "data": routine()}
    other = {"routine": 5, "name": ["x"], "saved_at": "soon", "data": routine()}
    text = json.dumps(record).replace("1e+308", "1e999")  # read back as infinity
    return Case(
        [write(folder, routine())],
        valid=True,
        user_files={
            "data/recovery/new-1.json": text.encode(),
            "data/recovery/new-2.json": json.dumps(other).encode(),
            "data/recovery/new-3.json": b"\xff\xfe not json",
        },
    )


def _routines_folder_is_a_file(folder: Path) -> Case:
    return Case(
        [write(folder, routine())],
        valid=True,
        user_files={"data/routines": b"oops"},
        importable=False,  # there is no library folder to import into: said, not raised
    )


def _scrawl(count: int) -> str:
    """``count`` points all over an 800 x 600 picture: every segment crosses much of it."""
    return " ".join(f"{(389 * n) % 800},{(263 * n) % 600}" for n in range(count))


def _svg_wide_polyline(folder: Path) -> Case:
    # 665 KB: one polyline of 100,000 points drawn 1,000 wide took Qt 38 s at 800 x 600.
    line = f'<polyline points="{_scrawl(100_000)}" fill="none" stroke="red" stroke-width="1000"/>'
    svg = f'{SVG_HEAD} viewBox="0 0 800 600">{line}</svg>'
    (folder / "scrawl.svg").write_text(svg, encoding="utf-8")
    return Case([with_pictures(folder, "scrawl.svg")], False, "scrawl.svg")


def _svg_slowest_valid(folder: Path) -> Case:
    # Within every bound, as slow as found: a polygon of long segments, filled and stroked
    # wide (0.4 s at 1000 x 800). The app draws it off the UI thread and goes on.
    shape = f'<polygon points="{_scrawl(79)}" fill="red" stroke="blue" stroke-width="100"/>'
    svg = f'{SVG_HEAD} viewBox="0 0 800 600">{shape}</svg>'
    (folder / "slow.svg").write_text(svg, encoding="utf-8")
    return Case([with_pictures(folder, "slow.svg")], True)


def _circuit_in_circuit(folder: Path) -> Case:
    inner = {"circuit": "Inner", "rounds": 2, "exercises": [exercise()]}
    data = routine({"circuit": "Outer", "rounds": 2, "exercises": [inner]}, format=2)
    return Case([write(folder, data)], False, "one level only")


def _many_spoken_cues(folder: Path) -> Case:
    # Every spoken cue is a phrase rendered before the session: 1,000 moves of 20 cues of 200
    # characters would be 20,000 renderings.
    cues = [{"at": i, "say": f"{i} " + "x" * 196} for i in range(20)]
    data = routine(*[exercise(name=f"e{i}", cues=cues) for i in range(1000)], format=2)
    return Case([write(folder, data)], False, "spoken cues in all")


def _format_2_at_every_bound(folder: Path) -> Case:
    # Near the largest format 2 allows: 10 optional circuits for the fit to weigh (with 20
    # round counts), 1,800 intervals of 40 reps in 8 phases, 400 spoken cues.
    cues = [{"at": i, "say": f"Cue {i}"} for i in range(20)]
    spoken = exercise(name="Spoken", reps=40, tempo=[0.5] * 8, cues=cues)
    quiet = exercise(name="Quiet", reps=40, tempo=[0.5] * 8)
    circuits = [
        {
            "circuit": f"C{i}",
            "rounds": {"min": 1, "max": 20},
            "optional": True,
            "exercises": [spoken, spoken, *[quiet] * 7],
        }
        for i in range(10)
    ]
    return Case([write(folder, routine(*circuits, format=2))], valid=True)


CASES: dict[str, Callable[[Path], Case]] = {
    "markup in every text": _markup,
    "picture: absolute path": _absolute,
    "picture: home folder": _home,
    "picture: ~user": _tilde_user,
    "picture: ..": _dotdot,
    "picture: resource:../..": _resource_escape,
    "picture: symlink to a private key": _symlink_out,
    "picture: symlink to /dev/zero": _symlink_device,
    "picture: a FIFO": _fifo_picture,
    "picture: a folder": _folder_picture,
    "svg: image of a FIFO and a device": _svg_external,
    "svg: nested <use>": _svg_use_bomb,
    "svg: entity expansion": _svg_entities,
    "svg: 2 MB of unclosed url(": _svg_unclosed_urls,
    "svg: 300 blurred squares": _svg_blur_bomb,
    "svg: 100,000-point polyline 1,000 wide": _svg_wide_polyline,
    "svg: the slowest picture within the bounds": _svg_slowest_valid,
    "bitmap: 8000x8000 under ten names": _huge_bitmap,
    "bitmap: header of 100000x100000": _huge_header,
    "bitmap: progressive JPEG of 20,000 scans": _jpeg_scan_bomb,
    "routine: the coach's phrases without end": _coach_blow_up,
    "file: 300-character name": _long_file_name,
    "file: undecodable name": _undecodable_file_name,
    "file: a FIFO": _fifo_routine,
    "file: /dev/zero": _dev_zero,
    "file: 2 GB sparse": _sparse_huge,
    "file: not UTF-8": _not_utf8,
    "json: nested 200,000 deep": _deep_nesting,
    "json: a 5,000-digit number": _huge_numbers,
    "json: a key twice": _duplicate_keys,
    "text: lone surrogate": _surrogate_text,
    "text: 100 KB name": _huge_name,
    "keys: top-level sets": _top_level_sets,
    "keys: exercises in an exercise": _nested_exercises,
    "keys: 20,000 unknown": _many_unknown_keys,
    "keys: escape codes and a newline": _escape_codes,
    "format 2: a circuit in a circuit": _circuit_in_circuit,
    "format 2: 20,000 spoken cues": _many_spoken_cues,
    "format 2: every bound at once": _format_2_at_every_bound,
    "user data: absurd recovery files": _absurd_recovery,
    "user data: routines folder is a file": _routines_folder_is_a_file,
}
