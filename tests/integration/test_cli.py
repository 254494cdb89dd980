"""The command line, run as a user runs it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from matside import __version__
from matside.cli import _parser, main, with_open_command
from matside.core.routine import routine_from_data
from matside.storage import paths
from matside.storage.routine_files import load_routine, save_routine
from tests.conftest import exercise, routine


def write(tmp_path: Path, name: str, data: object) -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_validate_passes_good_files_and_lists_every_problem_of_bad_ones(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = write(tmp_path, "good.json", routine())
    assert main(["validate", str(good)]) == 0
    assert capsys.readouterr() == ("", "")
    bad = write(tmp_path, "bad.json", routine(exercise(reps="eight"), exercise(sides="both")))
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": 1,\n "name": }', encoding="utf-8")
    assert main(["validate", str(good), str(bad), str(broken)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err == [
        f'{bad}: exercises[0].reps: must be a whole number of at least 1, got "eight"',
        f'{bad}: exercises[1].sides: must be "one" or "each" (left then right), got "both"',
        f"{broken}: line 2, column 10: not valid JSON: Expecting value",
    ]


def test_validate_names_missing_images(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "here.svg").write_text("<svg/>", encoding="utf-8")
    path = write(tmp_path, "r.json", routine(exercise(images=["here.svg", "gone.png"])))
    assert main(["validate", str(path)]) == 1
    assert capsys.readouterr().err == f"{path}: exercises[0].images[1]: no such image: gone.png\n"


def test_plan_json_has_exactly_the_promised_shape(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(
        tmp_path,
        "r.json",
        routine(
            exercise(name="A", sides="each", sets={"min": 1, "max": 2}),
            exercise(name="B", tempo=None),
            rest_after_exercise="as needed",
        ),
    )
    assert main(["plan", str(path), "--sets", "2", "--json"]) == 0
    plan = json.loads(capsys.readouterr().out)
    assert list(plan) == ["routine", "total_seconds", "open_segments", "segments"]
    assert plan["routine"] == "Test routine"
    assert plan["open_segments"] == 2
    assert plan["total_seconds"] == 10 + 4 * 32 + 2 * 5 + 30
    for segment in plan["segments"]:
        assert list(segment) == [
            "kind",
            "exercise",
            "set",
            "sets",
            "side",
            "reps",
            "seconds",
            "circuit",
            "round",
            "rounds",
        ]
        assert segment["kind"] in {"prepare", "work", "switch", "rest", "done"}
        assert segment["side"] in {"left", "right", None}
    assert sum(s["seconds"] or 0 for s in plan["segments"]) == plan["total_seconds"]
    assert [s["seconds"] for s in plan["segments"]].count(None) == 2


def test_plan_table_shows_start_times_and_total(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "r.json"
    save_routine(routine_from_data(routine(exercise(name="Lunge", sets=2))), path)
    assert main(["plan", str(path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "Test routine"
    assert out[4].split() == ["0:10", "0:32", "work", "Lunge", "1/2", "8"]
    assert out[5].split() == ["0:42", "0:30", "rest", "Lunge", "2/2"]
    assert out[-1] == "Total: 1:44"


def test_plan_rejects_a_set_count_the_routine_does_not_offer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, "r.json", routine(exercise(name="A", sets={"min": 3, "max": 4})))
    assert main(["plan", str(path), "--sets", "9"]) == 1
    assert capsys.readouterr().err == f"{path}: --sets: A offers 3–4 sets, not 9\n"


def test_version_and_module_entry_point() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "matside", "--version"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0
    assert result.stdout.strip() == f"matside {__version__}"


def test_validate_of_a_missing_file_is_one_line_not_a_traceback(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "matside", "validate", str(tmp_path / "nope.json")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert result.stderr == f"{tmp_path / 'nope.json'}: (file): cannot read: no such file\n"


def test_run_reports_a_bad_routine_before_opening_any_window(tmp_path: Path) -> None:
    # No display at all: were the window system touched first, Qt would abort with "could not
    # connect to display" instead of saying what is wrong with the file.
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(routine(exercise(reps=0))))
    environment = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    environment["QT_QPA_PLATFORM"] = "xcb"
    for arguments, message in (
        ([str(bad)], f"{bad}: exercises[0].reps:"),
        ([str(paths.routines_dir() / "hip-opening.json"), "--sets", "9"], "--sets: "),
    ):
        result = subprocess.run(
            [sys.executable, "-m", "matside", "run", *arguments],
            capture_output=True,
            text=True,
            check=False,
            env=environment,
            timeout=60,
        )
        assert result.returncode == 1
        assert message in result.stderr
        assert "display" not in result.stderr


# --------------------------------------------------------------------------------------------
# import and export

PNG = b"\x89PNG\r\n\x1a\n" + bytes(32)


def test_import_copies_good_files_and_names_every_problem_of_refused_ones(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "pose.png").write_bytes(PNG)
    good = write(tmp_path, "legs.json", routine(exercise(images=["pose.png"]), name="Legs"))
    secret = tmp_path / "elsewhere" / "key"
    secret.parent.mkdir()
    secret.write_text("private", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "key.png").symlink_to(secret)
    evil = write(tmp_path / "sub", "evil.json", routine(exercise(images=["key.png"])))
    bad = write(tmp_path, "bad.json", routine(exercise(reps="eight")))
    assert main(["import", str(good), str(evil), str(bad), str(tmp_path)]) == 1
    out, err = capsys.readouterr()
    target = paths.user_routines_dir() / "legs.json"
    assert out.splitlines() == [f"imported {good} as {target}"]
    assert err.splitlines() == [
        f"refused: {evil}: exercises[0].images[0]: picture key.png leads outside the"
        " routine's folder",
        f'refused: {bad}: exercises[0].reps: must be a whole number of at least 1, got "eight"',
        f"refused: {tmp_path}: (file): is a folder, not a file",
    ]
    assert (paths.user_routines_dir() / "images" / "pose.png").read_bytes() == PNG
    assert [p.name for p in paths.user_routines_dir().glob("*.json")] == ["legs.json"]
    assert main(["import", str(good)]) == 0
    assert capsys.readouterr().out.startswith(f"imported {good} as ")


def test_import_and_export_say_in_one_line_what_is_wrong_with_odd_file_names(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    long_name = str(tmp_path / ("a" * 300 + ".json"))
    surrogate = str(tmp_path / "bad\udcff\ud800.json")
    newline = str(tmp_path / "two\nlines.json")
    assert main(["import", long_name, surrogate, newline]) == 1
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 3
    assert lines[0].endswith(".json: (file): cannot be read: File name too long")
    assert lines[1].endswith(": (file): the file name cannot be used on this system")
    assert lines[2] == f"refused: {tmp_path}/two\\u000alines.json: (file): no such file"

    source = write(tmp_path, "r.json", routine())
    for dest in (long_name, surrogate, str(tmp_path / "a\x00b.json")):
        assert main(["export", str(source), dest]) == 1
        assert len(capsys.readouterr().err.splitlines()) == 1
    assert main(["export", str(tmp_path), str(tmp_path / "out.json")]) == 1
    assert (
        capsys.readouterr().err == f"matside export: {tmp_path}: (file): is a folder, not a file\n"
    )


def test_export_by_name_or_file_to_a_file_or_a_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    images = paths.user_routines_dir() / "images"
    images.mkdir(parents=True)
    (images / "pose.png").write_bytes(PNG)
    mine = write(
        paths.user_routines_dir(),
        "mine.json",
        routine(exercise(images=["images/pose.png"]), name="My Legs"),
    )
    usb = tmp_path / "usb"
    usb.mkdir()
    assert main(["export", "my legs", str(usb)]) == 0
    assert capsys.readouterr().out == f"exported {mine} to {usb / 'my-legs.json'}\n"
    assert (usb / "images" / "pose.png").read_bytes() == PNG
    assert load_routine(usb / "my-legs.json").all_exercises()[0].images == ["images/pose.png"]

    assert main(["export", "HIP OPENING", str(usb / "hips.json")]) == 0  # a bundled one
    assert load_routine(usb / "hips.json").name == "Hip Opening"
    capsys.readouterr()

    assert main(["export", str(mine), str(usb / "hips.json")]) == 1
    assert capsys.readouterr().err == (
        f"matside export: {usb / 'hips.json'} already exists; nothing was overwritten\n"
    )
    assert load_routine(usb / "hips.json").name == "Hip Opening"

    assert main(["export", "no such routine", str(usb)]) == 1
    assert capsys.readouterr().err == (
        "matside export: no routine called 'no such routine' in the library, and no such file\n"
    )


def test_export_refuses_a_routine_whose_picture_leads_outside(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    secret = tmp_path / "key"
    secret.write_text("private", encoding="utf-8")
    folder = tmp_path / "routine"
    folder.mkdir()
    (folder / "pose.png").symlink_to(secret)
    source = write(folder, "r.json", routine(exercise(images=["pose.png"])))
    target = tmp_path / "out" / "r.json"
    assert main(["export", str(source), str(target)]) == 1
    assert capsys.readouterr().err == (
        f"matside export: {source}: exercises[0].images[0]: picture pose.png leads outside"
        " the routine's folder\n"
    )
    assert not target.parent.exists()


def test_import_and_export_have_help(capsys: pytest.CaptureFixture[str]) -> None:
    for command in ("import", "export"):
        with pytest.raises(SystemExit):
            main([command, "--help"])
        assert "usage: matside " + command in capsys.readouterr().out


def test_without_a_graphical_session_the_app_says_so_in_one_line(tmp_path: Path) -> None:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    env["MATSIDE_HOME"] = str(tmp_path)
    for command in ([], ["run", str(paths.bundled_routines()[0])]):
        result = subprocess.run(
            [sys.executable, "-m", "matside", *command],
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
            check=False,
        )
        assert result.returncode == 1
        assert result.stderr == (
            "matside: Matside needs a graphical session: DISPLAY and WAYLAND_DISPLAY are unset\n"
        )


@pytest.mark.parametrize(
    ("environ", "platform", "says"),
    [
        ({}, "linux", True),
        ({"DISPLAY": ":0"}, "linux", False),
        ({"WAYLAND_DISPLAY": "wayland-0"}, "linux", False),
        ({"QT_QPA_PLATFORM": "offscreen"}, "linux", False),
        ({}, "win32", False),
        ({}, "darwin", False),
    ],
)
def test_a_display_is_looked_for_where_one_is_needed(
    environ: dict[str, str], platform: str, says: bool
) -> None:
    from matside.cli import missing_display

    assert (missing_display(environ, platform) is not None) is says


# --------------------------------------------------------------------------------------------
# matside FILE, and the log


def opened_with(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """Calls of ``run_gui`` (the window itself is tested in tests/ui/test_open_file.py)."""
    from matside.ui import main as ui_main

    calls: list[dict[str, Any]] = []

    def run_gui(**kwargs: Any) -> int:
        log = kwargs.pop("log")
        log.open_file()  # as the window does once it is up
        calls.append(kwargs)
        return 0

    monkeypatch.setattr(ui_main, "run_gui", run_gui)
    return calls


@pytest.mark.parametrize(
    "argv",
    [["routine.json"], ["open", "routine.json"], ["--verbose", "routine.json"], ["plan"]],
)
def test_a_file_as_the_first_word_opens_it_in_the_app(
    argv: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # A file manager runs `matside %f`; a file called like a command is opened as ./plan.
    calls = opened_with(monkeypatch)
    argv = ["./plan" if a == "plan" else a for a in argv]
    assert main(argv) == 0
    assert calls == [{"open_file": Path(argv[-1])}]


def test_commands_stay_commands() -> None:
    parser = _parser()
    for argv in (["plan", "x.json"], ["--verbose", "validate", "a"], ["--version"], []):
        assert with_open_command(parser, argv) == argv
    assert with_open_command(parser, ["--", "plan"]) == ["--", "plan"]


def test_the_app_writes_its_log_and_verbose_mirrors_it(
    monkeypatch: pytest.MonkeyPatch, matside_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    opened_with(monkeypatch)
    assert main(["x.json"]) == 0
    log = matside_home / "log" / "matside.log"
    assert f"Matside {__version__} started" in log.read_text(encoding="utf-8")
    assert capsys.readouterr().err == ""
    assert main(["--verbose", "x.json"]) == 0
    assert f"INFO matside: Matside {__version__} started" in (capsys.readouterr().err)


FITTING = routine(
    {
        "circuit": "Warm-up",
        "rounds": {"min": 1, "max": 2},
        "rest_between_rounds": "as needed",
        "exercises": [exercise(name="Swing", seconds=60, reps=None, tempo=None)],
    },
    exercise(name="Lunge", seconds=60, reps=None, tempo=None, sets={"min": 1, "max": 2}),
    exercise(name="Leg Swing", seconds=60, reps=None, tempo=None, optional=True),
    format=2,
    prepare_seconds=0,
    rest_between_sets=0,
    rest_after_exercise=0,
)


def test_plan_fit_prints_its_choice_in_one_line_then_the_plan(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, "fit.json", FITTING)
    assert main(["plan", str(path), "--fit", "4m"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "2 sets of each and 2 rounds, Leg Swing left out: 4:00 + pauses"
    assert out[2] == "Test routine"
    assert "round" in out[4]
    assert out[-1] == "Total: 4:00, plus 1 pause that waits for you"


def test_plan_fit_json_keeps_the_plan_and_adds_the_choice(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, "fit.json", FITTING)
    assert main(["plan", str(path), "--fit", "3:30", "--json"]) == 0
    plan = json.loads(capsys.readouterr().out)
    assert list(plan) == ["routine", "total_seconds", "open_segments", "segments", "fit"]
    assert plan["fit"] == {
        "fits": True,
        "budget_seconds": 210,
        "sets": 1,
        "left_out": [],
        "seconds": 180,
        "explanation": "1 set of each and 1 round, nothing left out: 3:00",
    }
    swing = plan["segments"][0]
    assert (swing["circuit"], swing["round"], swing["rounds"]) == ("Warm-up", 1, 1)


def test_plan_fit_says_how_long_the_shortest_plan_is_when_none_fits(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, "fit.json", FITTING)
    assert main(["plan", str(path), "--fit", "90s"]) == 1
    first = capsys.readouterr().out.splitlines()[0]
    assert first == (
        "Even the shortest plan takes 2:00 (1 set of each and 1 round,"
        " Leg Swing left out), more than 1:30"
    )


def test_plan_fit_refuses_a_time_it_cannot_read_and_sets_beside_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, "fit.json", FITTING)
    with pytest.raises(SystemExit) as bad:
        main(["plan", str(path), "--fit", "soon"])
    assert bad.value.code == 2
    assert (
        "'soon' is not a length of time: write 15m, 90s, 1h30m or 14:30" in capsys.readouterr().err
    )
    with pytest.raises(SystemExit):
        main(["plan", str(path), "--fit", "5m", "--sets", "2"])
    assert "not allowed with argument" in capsys.readouterr().err
    broken = write(tmp_path, "broken.json", routine(exercise(cues=[])))
    assert main(["plan", str(broken), "--fit", "5m"]) == 1
    assert 'exercises[0].cues: "cues" needs "format": 2' in capsys.readouterr().err
