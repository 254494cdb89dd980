"""A whole routine run by the real app, heard through ALSA's file sink.

`matside run --autostart --exit-when-done` plays a short routine offscreen; every sound the app
plays lands in a capture file (../shared/tools/alsa-capture.conf). The files must hold the
right cue sounds, in the planned order, about when the plan says.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app import paths
from app.audio import load_sound
from tests.conftest import exercise, routine
from tests.test_audio import CAPTURE_CONF, captures


def test_a_short_routine_sounds_its_cues_in_order(tmp_path: Path) -> None:
    if not CAPTURE_CONF.is_file():
        pytest.skip(f"no ALSA capture configuration at {CAPTURE_CONF.resolve()}")
    short = tmp_path / "short.json"
    # prepare 4 s (3-2-1 at 1, 2, 3 s), then 3 reps at 1.5 s (ticks at 5.5 and 7 s), done at 8.5 s
    short.write_text(
        json.dumps(routine(exercise(name="Quick", reps=3, tempo=1.5), prepare_seconds=4)),
        encoding="utf-8",
    )
    capture = tmp_path / "capture"
    capture.mkdir()
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        ALSA_CONFIG_PATH=str(CAPTURE_CONF),
        AUDIO_CAPTURE_DIR=str(capture),
    )
    result = subprocess.run(
        [sys.executable, "-m", "app", "run", str(short), "--autostart", "--exit-when-done"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    files = captures(capture)
    expected = ["countdown", "countdown", "countdown", "work_start", "rep", "rep", "finished"]
    sounds = {name: load_sound(paths.resource(f"sounds/{name}.wav")).frames for name in expected}
    heard = []
    for file in files:
        data = file.read_bytes()
        matches = [name for name, frames in sounds.items() if data == frames]
        heard.append(matches[0] if matches else f"unknown sound of {len(data)} bytes")
    assert heard == expected
    planned = [1, 2, 3, 4, 5.5, 7, 8.5]
    times = [f.stat().st_mtime for f in files]
    offsets = [t - times[0] + planned[0] for t in times]
    # Not a speed test: a loose bound that catches cues bunched together or spread apart.
    assert offsets == pytest.approx(planned, abs=0.5)
