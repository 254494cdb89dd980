"""A whole routine run by the real app, heard through ALSA's file sink.

`matside run --autostart --exit-when-done` plays a short routine offscreen; every sound the app
plays lands in a capture file (tests/data/alsa-capture.conf). The files must hold the
right cue sounds, in the planned order, about when the plan says. The silent buffers that keep a
Bluetooth output awake land there too, in files of their own: they are told apart (all zeros)
and checked on their own.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from matside.backends.audio import load_sound
from matside.backends.speech import PhraseCache, find_engine
from matside.storage import paths
from tests.backends.test_audio import CAPTURE_CONF
from tests.conftest import exercise, routine

APP = Path(__file__).resolve().parents[2] / "app"

# prepare 4 s (3-2-1 at 1, 2, 3 s), then 3 reps at 1.5 s (ticks at 5.5 and 7 s), done at 8.5 s
SHORT = routine(exercise(name="Quick", reps=3, tempo=1.5), prepare_seconds=4)


def run_captured(tmp_path: Path, home: Path, settings: dict[str, object]) -> list[Path]:
    """Run SHORT in the real app with these settings; the capture files of sounds in play order.

    The keep-awake stream's files (silence only) are left out: :func:`silences` counts them.
    """
    (home / "config").mkdir(parents=True, exist_ok=True)
    (home / "config" / "settings.json").write_text(json.dumps(settings), encoding="utf-8")
    short = tmp_path / "short.json"
    short.write_text(json.dumps(SHORT), encoding="utf-8")
    capture = tmp_path / "capture"
    capture.mkdir()
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        ALSA_CONFIG_PATH=str(CAPTURE_CONF),
        AUDIO_CAPTURE_DIR=str(capture),
        MATSIDE_HOME=str(home),
        PYTHONPATH=str(APP),  # this checkout's matside, whatever .venv points at
    )
    result = subprocess.run(
        [sys.executable, "-m", "matside", "run", str(short), "--autostart", "--exit-when-done"],
        env=env,
        capture_output=True,
        text=True,
        timeout=90,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    # One file per play, numbered per sample rate: order them by when they were written.
    files = sorted(capture.glob("capture-*"), key=lambda p: p.stat().st_mtime_ns)
    return [file for file in files if any(file.read_bytes())]


def silences(tmp_path: Path) -> list[bytes]:
    """What the keep-awake stream played in the last :func:`run_captured`: silent buffers."""
    files = sorted((tmp_path / "capture").glob("capture-*"), key=lambda p: p.stat().st_mtime_ns)
    return [data for data in (file.read_bytes() for file in files) if not any(data)]


def test_a_short_routine_sounds_its_cues_in_order(tmp_path: Path, matside_home: Path) -> None:
    files = run_captured(tmp_path, matside_home, {"volume": 1.0, "voice": False})
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
    # Kept awake by default: 8 s silent buffers (a new one every 6 s through the 8.5 s session)
    kept_awake = silences(tmp_path)
    assert kept_awake
    assert {len(data) for data in kept_awake} == {8 * 44100 * 2}


def test_without_keep_awake_only_the_cues_sound(tmp_path: Path, matside_home: Path) -> None:
    files = run_captured(tmp_path, matside_home, {"voice": False, "keep_awake": False})
    assert len(files) == 7
    assert silences(tmp_path) == []


@pytest.mark.skipif(find_engine() is None, reason="no speech engine (apt-get install espeak-ng)")
def test_the_coach_speaks_each_phrase_at_its_segment(tmp_path: Path, matside_home: Path) -> None:
    files = run_captured(tmp_path, matside_home, {"volume": 1.0, "voice": True, "tones": False})
    engine = find_engine()
    assert engine is not None
    cache = PhraseCache(engine, "en", 165)  # the routine's language, the default rate
    said = {
        text: load_sound(cache.path_for(text)).frames
        for text in [
            "Get ready. Quick, 3 reps.",
            "3.",
            "2.",
            "1.",
            "Go!",
            "Well done! That's the whole routine.",
        ]
    }
    heard = []
    for file in files:
        data = file.read_bytes()
        matches = [text for text, frames in said.items() if data == frames]
        heard.append(matches[0] if matches else f"unknown sound of {len(data)} bytes")
    assert heard == [
        "Get ready. Quick, 3 reps.",
        "3.",
        "2.",
        "1.",
        "Go!",
        "2.",
        "3.",
        "Well done! That's the whole routine.",
    ]
    assert all(f.name.startswith("capture-22050-1-16") for f in files)  # espeak's rate, no tones
