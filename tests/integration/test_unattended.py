"""Unattended runs: `matside run --autostart --exit-when-done` must get through a routine whose
rests wait for the user, given `--open-rests SECONDS`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from matside.cli import main
from matside.core.routine import routine_from_data
from matside.core.timeline import SegmentKind, compile_timeline
from tests.conftest import exercise, routine

APP = Path(__file__).resolve().parents[2] / "app"

WAITS = routine(
    exercise(name="Quick", reps=1, tempo=1, sets=2),
    prepare_seconds=1,
    rest_between_sets="as needed",
)


def run_app(tmp_path: Path, home: Path, *extra: str, timeout: float) -> int | None:
    """Run WAITS in the real app offscreen; its exit status, or None when it did not end."""
    path = tmp_path / "waits.json"
    path.write_text(json.dumps(WAITS), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", MATSIDE_HOME=str(home))
    env["PYTHONPATH"] = str(APP)  # this checkout's matside, whatever .venv points at
    command = [sys.executable, "-m", "matside", "run", str(path), "--autostart"]
    try:
        result = subprocess.run(
            [*command, "--exit-when-done", *extra],
            env=env,
            capture_output=True,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return None
    return result.returncode


def test_open_rests_end_by_themselves_and_the_run_exits(tmp_path: Path, matside_home: Path) -> None:
    assert run_app(tmp_path, matside_home, "--open-rests", "0.5", timeout=90) == 0


def test_the_routine_has_a_rest_that_waits_for_the_user() -> None:
    # Without --open-rests that run would wait forever, as `matside run` always did.
    timeline = compile_timeline(routine_from_data(WAITS))
    assert [s.kind for s in timeline.segments if s.is_open] == [SegmentKind.REST]


def test_help_names_it(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["run", "--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    assert '--open-rests SECONDS end each rest "as needed" after SECONDS' in help_text
    assert "--autostart --exit-when-done" in help_text


@pytest.mark.parametrize("value", ["0", "-3", "soon", "inf", "nan"])
def test_it_takes_a_positive_number_of_seconds(
    value: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit):
        main(["run", "x.json", "--open-rests", value])
    assert "is not a positive number of seconds" in capsys.readouterr().err
