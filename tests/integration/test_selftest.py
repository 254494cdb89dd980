"""``matside self-test``: run as a user runs it, and made to fail on purpose."""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from matside import selftest
from matside.selftest import OK_LINE, run_self_test
from matside.storage import paths

ROOT = Path(__file__).resolve().parents[2]


def test_self_test_passes_on_the_checkout(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MATSIDE_HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-m", "matside", "self-test"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[-1] == OK_LINE
    assert "self-test: routines: 6 of 6 loaded and planned; every picture found" in lines
    assert any(line.startswith("self-test: sounds: 10 of 10 loaded") for line in lines)
    assert any(line.startswith("self-test: cue thread: ") for line in lines)
    assert any(line.startswith("self-test: cue player: ready, ") for line in lines)
    assert any(line.startswith("self-test: ui: home window (6 bundled routines)") for line in lines)
    assert "FAILED" not in result.stderr


def _run(capsys: pytest.CaptureFixture[str]) -> tuple[int, list[str], list[str]]:
    out, err = io.StringIO(), io.StringIO()
    status = run_self_test(out, err)
    capsys.readouterr()  # tracebacks of unexpected errors would land here; none are expected
    return status, out.getvalue().splitlines(), err.getvalue().splitlines()


def test_missing_bundled_data_is_named_line_by_line(
    qapp: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    monkeypatch.setattr(paths, "_data_root", lambda: empty)
    status, out, err = _run(capsys)
    assert status == 1
    assert OK_LINE not in out
    schema = empty / "resources" / "routine.schema.json"
    assert err[0].startswith(f"self-test FAILED: schema: {schema}: FileNotFoundError: ")
    assert f"self-test FAILED: routines: no bundled routines in {empty / 'routines'}" in err
    sounds = empty / "resources" / "sounds"
    assert any(
        line.startswith(f"self-test FAILED: sounds: {sounds / 'rep.wav'}: FileNotFoundError")
        for line in err
    )
    assert "self-test FAILED: ui: the home window lists no bundled routines" in err
    assert "self-test FAILED: ui: no routine could be planned, so no run screen was built" in err


def test_a_broken_sound_and_a_missing_picture_are_named(
    qapp: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    data = tmp_path / "bundle"
    shutil.copytree(ROOT / "resources", data / "resources")
    shutil.copytree(ROOT / "routines", data / "routines")
    (data / "resources" / "sounds" / "halfway.wav").write_bytes(b"not a wave file")
    (data / "resources" / "images" / "leg-swing-2.svg").unlink()
    monkeypatch.setattr(paths, "_data_root", lambda: data)
    status, out, err = _run(capsys)
    assert status == 1
    assert OK_LINE not in out
    halfway = data / "resources" / "sounds" / "halfway.wav"
    assert any(line.startswith(f"self-test FAILED: sounds: {halfway}: ") for line in err)
    assert any(
        line.startswith("self-test FAILED: routines: ")
        and "no such image" in line
        and "leg-swing-2.svg" in line
        for line in err
    )
    # Everything else still works: the UI check found no fault of its own.
    assert not any(line.startswith("self-test FAILED: ui:") for line in err)


def test_an_unexpected_error_is_one_line_naming_its_place(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(report: selftest.Report) -> None:
        raise RuntimeError("no luck\nat all")

    monkeypatch.setattr(selftest, "CHECKS", (("sounds", broken),))
    status, out, err = _run(capsys)
    assert status == 1
    assert OK_LINE not in out
    assert len(err) == 1
    assert re.fullmatch(
        r"self-test FAILED: sounds: RuntimeError: no luck at all \(at test_selftest\.py:\d+\)",
        err[0],
    )


def test_the_self_test_leaves_the_users_data_alone(
    qapp: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    import json
    import time

    from matside.storage import library, recovery
    from tests.conftest import routine

    mine = paths.user_routines_dir() / "mine.json"
    mine.parent.mkdir(parents=True)
    mine.write_text(json.dumps(routine(name="Mine")), encoding="utf-8")
    half_saved = paths.user_routines_dir() / ".mine.json.k2j3h4.tmp"
    half_saved.write_text('{"format": 1, "na', encoding="utf-8")
    trash = library.trash_dir()
    trash.mkdir(parents=True)
    deleted = trash / f"{time.time_ns() - 400 * 24 * 3600 * 10**9}-old.json"
    deleted.write_text("{}", encoding="utf-8")
    kept = recovery.recovery_file_for(mine)
    recovery.write_recovery(kept, mine, routine(name="Mine, edited"))
    broken = recovery.recovery_dir() / "broken.json"
    broken.write_text("{", encoding="utf-8")
    long_ago = time.time() - 400 * 24 * 3600
    for path in (half_saved, deleted, broken):
        os.utime(path, (long_ago, long_ago))
    before = {p: p.read_bytes() for p in paths.user_data_dir().rglob("*") if p.is_file()}
    assert len(before) == 5

    status, _out, err = _run(capsys)

    assert status == 0, err
    after = {p: p.read_bytes() for p in paths.user_data_dir().rglob("*") if p.is_file()}
    assert after == before
    assert not paths.user_config_dir().exists()
    assert not paths.user_cache_dir().exists()
