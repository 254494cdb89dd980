"""A routine file is a stranger's: the loader refuses what it must, at its place, in bounded time.

Each case here was reproduced against the first version (issue 13): silently accepted keys, a
quadratic report of unknown keys, texts without bounds, files that hang the reader.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from matside.core.checks import MAX_PROBLEMS, describe, escape_unsafe
from matside.core.routine import (
    MAX_NAME,
    MAX_PARAGRAPHS,
    SCHEMA_URL,
    RoutineError,
    dumps_routine,
    parse_routine,
    picture_reference_problem,
    routine_from_data,
)
from matside.storage import paths
from matside.storage.routine_files import data_references, image_problems, load_routine
from tests.conftest import exercise, problems_of, routine


def test_a_top_level_sets_is_an_unknown_key_not_dropped_on_save() -> None:
    (line,) = problems_of(routine(sets=3))
    assert line.startswith('my.json: (top level): unknown key "sets"')


def test_exercises_inside_an_exercise_is_an_unknown_key() -> None:
    lines = problems_of(routine(exercise(exercises=[exercise()])))
    assert len(lines) == 1
    assert lines[0].startswith('my.json: exercises[0]: unknown key "exercises"')


def test_the_known_keys_hint_lists_only_keys_of_that_object() -> None:
    (line,) = problems_of(routine(exercise(zzzzzzzz=1)))
    known = line.split("known keys: ", 1)[1]
    assert "sets" in known
    assert "exercises" not in known
    (line,) = problems_of(routine(zzzzzzzz=1))
    known = line.split("known keys: ", 1)[1]
    assert "exercises" in known
    assert "sets" not in known.split(", ")


def test_twenty_thousand_unknown_keys_give_a_bounded_report() -> None:
    data = routine(**{f"key{i}": i for i in range(20_000)})
    with pytest.raises(RoutineError) as caught:
        routine_from_data(data, "my.json")
    problems = caught.value.problems
    assert len(problems) == MAX_PROBLEMS + 1
    assert problems[-1].message == f"and {20_000 - MAX_PROBLEMS} more problems"


def test_past_the_first_hundred_problems_of_any_kind_are_counted() -> None:
    data = routine(*(exercise(reps=0) for _ in range(150)))
    with pytest.raises(RoutineError) as caught:
        routine_from_data(data, "my.json")
    problems = caught.value.problems
    assert len(problems) == MAX_PROBLEMS + 1
    assert problems[MAX_PROBLEMS - 1].place == f"exercises[{MAX_PROBLEMS - 1}].reps"
    assert problems[-1].message == f"and {150 - MAX_PROBLEMS} more problems"


def test_a_typo_hint_is_looked_for_only_for_the_problems_kept(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # 20,000 near misses of a known key: each hint compares the key with every known one,
    # and a 4.8 MB file of them took 7 s to check when every hint was made, kept or not.
    import difflib

    looked = []
    real = difflib.get_close_matches

    def counted(word: str, possibilities: list[str], n: int = 3) -> list[str]:
        looked.append(word)
        return real(word, possibilities, n)

    monkeypatch.setattr(difflib, "get_close_matches", counted)
    data = routine(**{f"nmae{i}": i for i in range(20_000)})
    with pytest.raises(RoutineError) as caught:
        routine_from_data(data, "my.json")
    problems = caught.value.problems
    assert len(problems) == MAX_PROBLEMS + 1
    assert problems[0].message == 'unknown key "nmae0" (did you mean "name"?)'
    assert problems[-1].message == f"and {20_000 - MAX_PROBLEMS} more problems"
    assert len(looked) == MAX_PROBLEMS


def test_problems_inside_exercises_come_before_top_level_unknown_keys() -> None:
    lines = problems_of(routine(exercise(reps=0), zzzz=1))
    assert lines[0].startswith("my.json: exercises[0].reps:")
    assert lines[1].startswith('my.json: (top level): unknown key "zzzz"')


@pytest.mark.parametrize(
    ("data", "place"),
    [
        (routine(name="x" * (MAX_NAME + 1)), "name"),
        (routine(exercise(name="x" * 100_000)), "exercises[0].name"),
        (routine(description="x" * 100_000), "description"),
        (routine(exercise(instructions=["x"] * (MAX_PARAGRAPHS + 1))), "exercises[0].instructions"),
        (routine(exercise(instructions=["x" * 100_000])), "exercises[0].instructions"),
        (routine(exercise(images=["a.png"] * 21)), "exercises[0].images"),
    ],
)
def test_texts_and_lists_have_bounds(data: dict[str, Any], place: str) -> None:
    (line,) = problems_of(data)
    assert line.startswith(f"my.json: {place}: ")
    assert len(line) < 300  # the offending text is not repeated in full


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Line\nbreak", "must not contain line breaks or control characters"),
        ("Bell\x07", "must not contain line breaks or control characters"),
        ("Escape\x1b[31m", "must not contain line breaks or control characters"),
        ("Lone \ud800 surrogate", "has a broken character (a lone surrogate) at position 6"),
        ("   ", "must be non-empty text"),
    ],
)
def test_names_refuse_control_characters_and_broken_text(value: str, expected: str) -> None:
    (line,) = problems_of(routine(exercise(name=value)))
    assert expected in line
    assert "\x1b" not in line
    assert "\n" not in line
    assert "\x07" not in line
    line.encode("utf-8")  # printable: no lone surrogate reaches the terminal


def test_paragraphs_keep_line_breaks_but_refuse_other_controls() -> None:
    assert routine_from_data(routine(description="One\nTwo\tthree")).description == (
        "One\nTwo\tthree"
    )
    (line,) = problems_of(routine(description="Bad\x1b[2J"))
    assert line.startswith("my.json: description: must not contain control characters")


def test_language_is_a_language_tag() -> None:
    routine_from_data(routine(language="de-AT"))
    (line,) = problems_of(routine(language="en; rm -rf /"))
    assert line.startswith("my.json: language: must be a language tag")


def test_nan_and_infinity_are_not_json() -> None:
    text = '{"format": 1, "name": "x", "prepare_seconds": NaN, "exercises": []}'
    with pytest.raises(RoutineError) as caught:
        parse_routine(text, "my.json")
    assert "NaN is not a JSON number" in caught.value.lines()[0]


def test_a_schema_key_is_allowed_and_written_first_on_save() -> None:
    loaded = routine_from_data(routine(**{"$schema": "anything/routine.schema.json"}))
    assert dumps_routine(loaded).startswith(f'{{\n  "$schema": "{SCHEMA_URL}",\n')


def test_unsafe_characters_are_escaped_in_messages() -> None:
    assert escape_unsafe("a\x1b[2Jb\u202ec\x85") == "a\\u001b[2Jb\\u202ec\\u0085"
    key = "x\x1b]0;owned\x07\nforged line"
    (line,) = problems_of(routine(exercise(**{key: 1})))
    assert "\x1b" not in line
    assert "\n" not in line
    assert "\x07" not in line
    assert describe("\ud800") == '"\\ud800"'


# --------------------------------------------------------------------------------------------
# Files that are not what they claim


def test_a_fifo_as_routine_file_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "r.json"
    os.mkfifo(fifo)
    with pytest.raises(RoutineError) as caught:
        load_routine(fifo)
    assert caught.value.lines() == [
        f"{fifo}: (file): cannot read: is not a regular file (a device, pipe or socket)"
    ]


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/null"])
def test_a_device_as_routine_file_is_refused(device: str) -> None:
    with pytest.raises(RoutineError) as caught:
        load_routine(device)
    assert "is not a regular file" in caught.value.lines()[0]


def test_a_folder_as_routine_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(RoutineError) as caught:
        load_routine(tmp_path)
    assert caught.value.lines() == [f"{tmp_path}: (file): cannot read: is a folder, not a file"]


def test_a_huge_routine_file_is_refused_unread(tmp_path: Path) -> None:
    big = tmp_path / "big.json"
    with big.open("wb") as stream:
        stream.truncate(6 * 1024 * 1024)  # sparse: no disk used
    with pytest.raises(RoutineError) as caught:
        load_routine(big)
    assert "is too large (6 MB; at most 5 MB)" in caught.value.lines()[0]


@pytest.mark.parametrize("name", ["x" * 300 + ".json", "bad\udcff.json"])
def test_impossible_file_names_are_one_problem(tmp_path: Path, name: str) -> None:
    with pytest.raises(RoutineError) as caught:
        load_routine(str(tmp_path) + "/" + name)
    assert len(caught.value.problems) == 1
    assert caught.value.problems[0].place == "(file)"


# --------------------------------------------------------------------------------------------
# Picture references


@pytest.mark.parametrize(
    "reference",
    [
        "/etc/passwd",
        "~/.ssh/id_rsa",
        "~nosuchuser/x.png",
        "../secret.png",
        "images/../../secret.png",
        "resource:../../etc/passwd",
        "resource:images/../../README.md",
        "C:/Windows/x.png",
        "images\\x.png",
        "x.png\n",
    ],
)
def test_picture_references_that_reach_out_are_refused_at_their_place(reference: str) -> None:
    assert picture_reference_problem(reference) is not None
    (line,) = problems_of(routine(exercise(images=["ok.png", reference])))
    assert line.startswith("my.json: exercises[0].images: picture 2: must be resource:images/")


def test_a_lone_surrogate_in_a_picture_path_is_refused_as_a_broken_character() -> None:
    # Written "a\ud800.png" in the file: it led to a crash when the session was logged.
    (line,) = problems_of(routine(exercise(images=["ok.png", "a\ud800.png"])))
    assert line == (
        "my.json: exercises[0].images: picture 2: has a broken character (a lone surrogate)"
        " at position 2"
    )


def test_a_symlink_out_of_the_routine_folder_is_not_followed(tmp_path: Path) -> None:
    secret = tmp_path / "secret.png"
    secret.write_bytes(b"private")
    folder = tmp_path / "shared"
    folder.mkdir()
    (folder / "images").mkdir()
    (folder / "images" / "pic.png").symlink_to(secret)
    (folder / "images" / "inside.png").write_bytes(b"fine")
    routine_file = folder / "r.json"
    assert paths.resolve_image("images/pic.png", routine_file) is None
    assert (
        paths.resolve_image("images/inside.png", routine_file)
        == (folder / "images" / "inside.png").resolve()
    )
    loaded = routine_from_data(routine(exercise(images=["images/pic.png"])))
    (problem,) = image_problems(loaded, routine_file)
    assert problem.place == "exercises[0].images[0]"
    assert "leads outside the routine's folder" in problem.message


def test_pictures_that_are_not_regular_files_are_problems(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "fifo.png")
    (tmp_path / "folder.png").mkdir()
    loaded = routine_from_data(routine(exercise(images=["fifo.png", "folder.png", "gone.png"])))
    messages = [p.message for p in image_problems(loaded, tmp_path / "r.json")]
    assert messages == [
        "picture fifo.png is not a regular file (a device, pipe or socket)",
        "picture folder.png is a folder, not a file",
        "no such image: gone.png",
    ]


def test_a_routine_never_saved_has_only_bundled_pictures() -> None:
    assert paths.resolve_image("a.png", None) is None
    assert paths.resolve_image("resource:images/clamshell-1.svg", None) == (
        paths.resource("images/clamshell-1.svg").resolve()
    )


# --------------------------------------------------------------------------------------------
# What the command line prints


def test_validate_prints_escaped_lines_only(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from matside.cli import main

    path = tmp_path / "evil\n(top level): all good.json"
    data = routine(exercise(**{"x\x1b[2J\nmy.json: forged": 1}))
    path.write_text(json.dumps(data), encoding="utf-8")
    assert main(["validate", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1  # one problem, one line: nothing forged
    assert "\x1b" not in err
    assert "evil\\u000a(top level)" in err


@pytest.mark.parametrize(
    ("name", "place"),
    [
        ("a\u0085b", "name"),  # NEL, a C1 control
        ("a\x9bb", "name"),  # CSI: a terminal's escape sequence in one character
        ("a\u2028b", "name"),  # a line separator: Qt would break the name at it
        ("a\u2029b", "exercises[0].name"),
    ],
)
def test_one_line_texts_refuse_c1_controls_and_line_separators(name: str, place: str) -> None:
    data = routine(exercise(), name=name) if place == "name" else routine(exercise(name=name))
    (line,) = problems_of(data)
    assert line.startswith(f"my.json: {place}: must not contain line breaks or control")


def test_paragraphs_refuse_c1_controls_and_keep_line_breaks() -> None:
    (line,) = problems_of(routine(exercise(), description="first\u0085second"))
    assert line.startswith("my.json: description: must not contain control characters")
    kept = routine_from_data(routine(exercise(), description="first\nsecond\u2028third"))
    assert kept.description == "first\nsecond\u2028third"


def test_plan_escapes_the_routines_texts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from matside.cli import main

    path = tmp_path / "r.json"
    data = routine(exercise(name="Right\u202eleft"), name="Name\u202dmore")
    path.write_text(json.dumps(data), encoding="utf-8")
    assert main(["plan", str(path)]) == 0
    table = capsys.readouterr().out
    assert "\u202e" not in table
    assert "\u202d" not in table
    assert "Right\\u202eleft" in table
    assert table.startswith("Name\\u202dmore\n")
    assert main(["plan", str(path), "--json"]) == 0
    printed = capsys.readouterr().out
    assert "\u202e" not in printed
    assert json.loads(printed)["segments"][0]["exercise"] == "Right\u202eleft"


def test_saved_files_get_ordinary_permissions_or_keep_their_own(tmp_path: Path) -> None:
    from matside.storage.files import atomic_write_text

    mask = os.umask(0o022)
    os.umask(mask)
    fresh = tmp_path / "fresh.json"
    atomic_write_text(fresh, "{}")
    assert fresh.stat().st_mode & 0o777 == 0o666 & ~mask  # not mkstemp's 0600
    kept = tmp_path / "kept.json"
    kept.write_text("old", encoding="utf-8")
    kept.chmod(0o640)
    atomic_write_text(kept, "new")
    assert kept.stat().st_mode & 0o777 == 0o640


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            routine(*[exercise(name=f"E{i}", sides="each", sets=100) for i in range(11)]),
            "make 2200 work intervals",
        ),
        (
            routine(*[exercise(name=f"E{i}", reps=1000, sets=10) for i in range(11)]),
            "count 110000 paced reps in all",
        ),
    ],
)
def test_a_routine_has_a_largest_size(data: dict[str, Any], message: str) -> None:
    # A 3 KB routine of 1,000 reps at 0.001 s, 100 sets of each side, made the coach plan
    # 200,000 phrases a move: 1.8 GB and minutes before the run screen answered.
    with pytest.raises(RoutineError) as caught:
        routine_from_data(data, "my.json")
    (problem,) = caught.value.problems
    assert problem.place == "exercises"
    assert problem.code == "routine-too-long"
    assert problem.message.startswith(message)


def test_a_rep_takes_half_a_second_at_least() -> None:
    (line,) = problems_of(routine(exercise(tempo=0.001)))
    assert (
        line == "my.json: exercises[0].tempo: must be a number of seconds at least 0.5, got 0.001"
    )
    routine_from_data(routine(exercise(tempo=0.5)))


# --------------------------------------------------------------------------------------------
# Pictures read once, and from inside their folder when read


def test_a_picture_swapped_for_a_symlink_after_the_check_is_not_read(tmp_path: Path) -> None:
    from matside.storage.files import FileRefused, read_regular_file

    secret = tmp_path / "secret.png"
    secret.write_bytes(b"private")
    folder = tmp_path / "shared"
    (folder / "images").mkdir(parents=True)
    (folder / "images" / "pic.png").write_bytes(b"fine")
    checked = paths.resolve_image("images/pic.png", folder / "r.json")
    assert checked is not None
    (folder / "images" / "pic.png").unlink()  # the folder's owner swaps the file...
    (folder / "images" / "pic.png").symlink_to(secret)
    with pytest.raises(FileRefused):
        read_regular_file(checked, 1000, inside=folder)
    (folder / "images" / "pic.png").unlink()  # ...or the folder above it
    (folder / "images").rmdir()
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "pic.png").write_bytes(b"private too")
    (folder / "images").symlink_to(tmp_path / "elsewhere")
    with pytest.raises(FileRefused, match="leads outside its folder"):
        read_regular_file(checked, 1000, inside=folder)


def test_each_picture_file_is_read_once_however_often_it_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from matside.storage import pictures, routine_files

    (tmp_path / "a.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg"/>', "utf-8")
    (tmp_path / "b.svg").symlink_to("a.svg")  # another name for the same file
    reads: list[Path] = []
    real = pictures.read_picture_file

    def counting(path: Path, folder: Path | None = None) -> object:
        reads.append(path)
        return real(path, folder)

    monkeypatch.setattr(routine_files, "read_picture_file", counting)
    names = ["a.svg", "./a.svg", "b.svg"] * 6 + ["gone.png", "gone.png"]
    many = routine(*[exercise(name=f"E{i}", images=names) for i in range(50)])
    problems = image_problems(routine_from_data(many), tmp_path / "r.json")
    assert len(reads) == 2  # a.svg once, gone.png once
    assert len(problems) == 100
    assert {p.code for p in problems} == {"picture-missing"}


def test_a_routines_pictures_add_up_to_a_bound(tmp_path: Path) -> None:
    names = []
    for number in range(6):  # six different pictures of 19 MB (sparse: no disk used)
        name = f"big{number}.png"
        with (tmp_path / name).open("wb") as stream:
            stream.write(b"\x89PNG\r\n\x1a\n" + bytes([number]))
            stream.truncate(19 * 1024 * 1024)
        names.append(name)
    loaded = routine_from_data(routine(exercise(images=names)))
    (problem,) = image_problems(loaded, tmp_path / "r.json")
    assert problem.place == "exercises"
    assert problem.code == "picture-refused"
    assert problem.message == "its pictures add up to 114 MB; at most 100 MB"


def test_the_references_of_data_as_an_editor_holds_it() -> None:
    """Every well-formed reference with its place, in circuits too; what is not a list or not
    a reference is the loader's to tell."""
    circuit = {"circuit": "C", "exercises": [{"images": ["b.png"]}, "not an exercise"]}
    data = {"exercises": [{"images": ["a.png", 5, "../up.png"]}, circuit, {"images": "c.png"}]}
    assert data_references(data) == [
        (("exercises", 0, "images", 0), "a.png"),
        (("exercises", 1, "exercises", 0, "images", 0), "b.png"),
    ]
    assert data_references({"exercises": "none"}) == []
    assert data_references([]) == []
