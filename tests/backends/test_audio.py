"""Cue sounds: volume math, mute, a failing device, the bundled files, and real ALSA output."""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
import threading
import wave
from array import array
from pathlib import Path

import pytest
import simpleaudio

from matside.backends import audio
from matside.backends.audio import (
    NO_DEVICE,
    SOUND_NAMES,
    NullPlayer,
    Player,
    RecordingPlayer,
    SimpleaudioPlayer,
    clamp_volume,
    cue_sound,
    make_player,
    scale_frames,
)
from matside.core.cues import Anchor, Cue, CueKind
from matside.storage import paths

REPO = Path(__file__).resolve().parents[2]
SOUNDS = paths.resource("sounds")
CAPTURE_CONF = REPO / "tests" / "data" / "alsa-capture.conf"
"""ALSA configuration that writes every sound played to files (it says how); bench/ uses it too."""


def pcm(*samples: int) -> bytes:
    """16-bit little-endian PCM bytes."""
    data = array("h", samples)
    if sys.byteorder == "big":
        data.byteswap()
    return data.tobytes()


def write_wav(path: Path, frames: bytes, *, width: int = 2, rate: int = 44100) -> None:
    with wave.open(str(path), "wb") as writer:
        writer.setnchannels(1)
        writer.setsampwidth(width)
        writer.setframerate(rate)
        writer.writeframes(frames)


class FakePlayObject:
    def __init__(self) -> None:
        self.playing = True
        self.stopped = False

    def is_playing(self) -> bool:
        return self.playing

    def stop(self) -> None:
        self.stopped = True
        self.playing = False


class FakeBackend:
    """Stands in for ``simpleaudio.play_buffer``; records each call's arguments."""

    def __init__(self, error: Exception | None = None) -> None:
        self.calls: list[tuple[bytes, int, int, int]] = []
        self.buffers: list[bytes] = []  # each call's buffer itself
        self.objects: list[FakePlayObject] = []
        self.error = error
        self.called = threading.Event()  # set at every call (the keep-awake thread's too)

    def __call__(self, data: bytes, channels: int, width: int, rate: int) -> FakePlayObject:
        self.calls.append((bytes(data), channels, width, rate))
        self.buffers.append(data)
        self.called.set()
        if self.error is not None:
            raise self.error
        played = FakePlayObject()
        self.objects.append(played)
        return played


@pytest.fixture
def backend(monkeypatch: pytest.MonkeyPatch) -> FakeBackend:
    fake = FakeBackend()
    monkeypatch.setattr(simpleaudio, "play_buffer", fake)
    return fake


@pytest.fixture
def tiny_sounds(tmp_path: Path) -> Path:
    """A sounds folder where each sound is four known samples."""
    for index, name in enumerate(SOUND_NAMES):
        write_wav(tmp_path / f"{name}.wav", pcm(1000, -1000, 3 + index, 32767))
    return tmp_path


# ---- volume math


def test_scale_frames_rounds_halves_up_and_never_clips() -> None:
    frames = pcm(1000, -1000, 3, -3, 32767, -32768, 0, 1)
    assert scale_frames(frames, 0.5) == pcm(500, -500, 2, -1, 16384, -16384, 0, 1)
    assert scale_frames(frames, 0.25) == pcm(250, -250, 1, -1, 8192, -8192, 0, 0)
    assert scale_frames(frames, 0.0) == pcm(0, 0, 0, 0, 0, 0, 0, 0)
    assert scale_frames(frames, 1.0) is frames
    assert scale_frames(frames, 7.0) is frames  # clamped to 1.0


def test_scale_frames_is_within_half_a_step_of_exact() -> None:
    samples = list(range(-32768, 32768, 97))
    for volume in (0.01, 0.33, 0.5, 0.77, 0.99):
        scaled = array("h")
        scaled.frombytes(scale_frames(pcm(*samples), volume))
        if sys.byteorder == "big":
            scaled.byteswap()
        worst = max(abs(out - s * volume) for out, s in zip(scaled, samples, strict=True))
        assert worst <= 0.5 + 32768 * 2**-17  # rounding, plus the 16.16 gain's own rounding


@pytest.mark.parametrize(
    ("given", "used"),
    [(0.5, 0.5), (-1.0, 0.0), (2.0, 1.0), (0.123, 0.12), (float("nan"), 0.0), (1.0, 1.0)],
)
def test_volume_is_clamped_to_steps(given: float, used: float) -> None:
    assert clamp_volume(given) == used


def test_play_hands_the_scaled_buffer_to_simpleaudio(
    backend: FakeBackend, tiny_sounds: Path
) -> None:
    player = SimpleaudioPlayer(tiny_sounds, volume=0.5)
    player.play("countdown")
    assert backend.calls == [(pcm(500, -500, 2, 16384), 1, 2, 44100)]
    player.volume = 1.0
    player.play("countdown")
    assert backend.calls[-1] == (pcm(1000, -1000, 3, 32767), 1, 2, 44100)


def test_scaled_buffers_are_made_once_per_volume_and_never_by_setting_it(
    backend: FakeBackend, tiny_sounds: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    scaled: list[tuple[float, int]] = []
    real_scale = audio.scale_frames

    def spy(frames: bytes, volume: float) -> bytes:
        scaled.append((volume, len(frames)))
        return real_scale(frames, volume)

    monkeypatch.setattr(audio, "scale_frames", spy)
    player = SimpleaudioPlayer(tiny_sounds)
    player.volume = 0.4
    assert scaled == []  # setting the volume (as start-up does) scales nothing
    player.prepare()  # after the first frame: every sound, once
    assert len(scaled) == len(player.names)
    player.volume = 1.0
    player.volume = 0.4
    player.play("rep")
    player.play("rep")
    assert len(scaled) == len(player.names)  # back at 0.4: ready, so play itself never scales
    player.volume = 0.6
    player.play("rep")
    player.play("rep")
    assert [volume for volume, _ in scaled[len(player.names) :]] == [0.6]  # the first play only


# ---- mute and unknown names


def test_muted_and_zero_volume_play_nothing(backend: FakeBackend, tiny_sounds: Path) -> None:
    player = SimpleaudioPlayer(tiny_sounds, muted=True)
    player.play("halfway")
    assert backend.calls == []
    player.muted = False
    player.volume = 0.0
    player.play("halfway")
    assert backend.calls == []
    player.volume = 0.8
    player.play("halfway")
    assert len(backend.calls) == 1
    assert player.muted is False
    assert player.volume == 0.8


def test_unknown_names_are_ignored_with_one_debug_log(
    backend: FakeBackend, tiny_sounds: Path, caplog: pytest.LogCaptureFixture
) -> None:
    player = SimpleaudioPlayer(tiny_sounds)
    with caplog.at_level(logging.DEBUG, logger="matside.backends.audio"):
        for _ in range(3):
            player.play("trumpet")
    assert backend.calls == []
    assert [r.levelno for r in caplog.records] == [logging.DEBUG]
    assert player.available
    assert player.problem is None


def test_a_new_cue_cuts_a_rep_tick_still_sounding(backend: FakeBackend, tiny_sounds: Path) -> None:
    player = SimpleaudioPlayer(tiny_sounds)
    player.play("rep")
    player.play("halfway")
    tick, bell = backend.objects
    assert tick.stopped
    player.play("halfway")
    assert not bell.stopped  # only ticks are ever cut
    player.play("rep")
    backend.objects[-1].playing = False  # this tick ended by itself
    player.play("rep")
    assert not backend.objects[-2].stopped


# ---- keeping the output awake


def test_keep_awake_plays_silence_from_its_thread_until_told_to_stop(
    backend: FakeBackend, tiny_sounds: Path
) -> None:
    player = SimpleaudioPlayer(tiny_sounds, muted=True)  # silence is played even when muted
    assert not player.awake
    player.keep_awake(True)
    player.keep_awake(True)  # already awake: no second stream
    assert player.awake
    assert backend.called.wait(10)
    player.keep_awake(False)
    assert not player.awake
    assert player._awake_thread is not None
    player._awake_thread.join(10)
    assert not player._awake_thread.is_alive()
    silence, channels, width, rate = backend.calls[0]
    assert (channels, width, rate) == (1, 2, 44100)
    assert len(silence) == audio.KEEP_AWAKE_SECONDS * 44100 * 2
    assert not any(silence)
    assert all(played.stopped for played in backend.objects)  # ends at once, not 8 s later
    player.muted = False
    player.play("rep")  # cues play as before
    assert backend.calls[-1][0] == audio.load_sound(tiny_sounds / "rep.wav").frames


def test_every_session_keeps_the_output_awake_with_the_one_silent_buffer(
    backend: FakeBackend, tiny_sounds: Path
) -> None:
    player = SimpleaudioPlayer(tiny_sounds)
    for _ in range(2):  # two sessions, each with its own stream thread
        backend.called.clear()
        player.keep_awake(True)
        assert backend.called.wait(10)
        player.keep_awake(False)
        assert player._awake_thread is not None
        player._awake_thread.join(10)
    first, second = backend.buffers[0], backend.buffers[-1]
    assert len(backend.buffers) >= 2
    assert first is second  # not 0.7 MB made afresh in each stream's thread


def test_keep_awake_stops_by_itself_when_the_device_fails(
    monkeypatch: pytest.MonkeyPatch, tiny_sounds: Path
) -> None:
    failing = FakeBackend(RuntimeError("Error opening PCM device"))
    monkeypatch.setattr(simpleaudio, "play_buffer", failing)
    player = SimpleaudioPlayer(tiny_sounds)
    player.keep_awake(True)
    assert player._awake_thread is not None
    player._awake_thread.join(10)
    assert not player.awake
    assert player.available  # a cue will find out for itself
    player.play("rep")
    assert player.problem == NO_DEVICE
    player.keep_awake(True)  # a failed device is not kept awake
    assert not player.awake


def test_the_output_is_named_as_far_as_it_can_be_known(
    monkeypatch: pytest.MonkeyPatch, backend: FakeBackend, tiny_sounds: Path
) -> None:
    monkeypatch.delenv("ALSA_CONFIG_PATH", raising=False)
    monkeypatch.setattr(shutil, "which", lambda _name: None)
    assert "ALSA's default device" in audio.describe_output("linux")
    assert "system" in audio.describe_output("linux")  # says the choice is not Matside's
    assert "Core Audio" in audio.describe_output("darwin")
    assert "Windows" in audio.describe_output("win32")
    monkeypatch.setenv("ALSA_CONFIG_PATH", "/etc/capture.conf")
    assert audio.describe_output("linux") == "ALSA's default device, as /etc/capture.conf sets it"
    assert SimpleaudioPlayer(tiny_sounds).output == audio.describe_output()
    monkeypatch.delenv("ALSA_CONFIG_PATH")
    monkeypatch.setattr(shutil, "which", lambda _name: "/usr/bin/pactl")

    def pactl(*_args: object, **_kw: object) -> subprocess.CompletedProcess[str]:
        return subprocess.CompletedProcess([], 0, "bluez_output.00_1B_66.1\n", "")

    monkeypatch.setattr(subprocess, "run", pactl)
    assert audio.describe_output("linux").endswith("to bluez_output.00_1B_66.1 (Bluetooth)")


def test_the_twins_keep_awake_and_name_their_output() -> None:
    null = NullPlayer("No sound device")
    null.keep_awake(True)
    assert not null.awake
    assert null.output == "None: No sound device"
    assert NullPlayer().output == "None: sound is off"
    recording = RecordingPlayer()
    for on in (True, True, False, False, True):
        recording.keep_awake(on)
    assert recording.awake_changes == [True, False, True]
    assert recording.awake
    assert recording.output
    silent = RecordingPlayer(available=False)
    silent.keep_awake(True)
    assert not silent.awake


# ---- a failing device


def test_a_failing_device_goes_quiet_after_one_warning(
    monkeypatch: pytest.MonkeyPatch, tiny_sounds: Path, caplog: pytest.LogCaptureFixture
) -> None:
    error = RuntimeError("Error opening PCM device. -- CODE: -2 -- MSG: No such file\nor directory")
    failing = FakeBackend(error)
    monkeypatch.setattr(simpleaudio, "play_buffer", failing)
    player = SimpleaudioPlayer(tiny_sounds)
    assert player.available
    with caplog.at_level(logging.DEBUG, logger="matside.backends.audio"):
        for name in ("countdown", "countdown", "work_start", "rep", "finished"):
            player.play(name)  # never raises
    assert len(failing.calls) == 1  # later calls do not touch the device again
    assert not player.available
    assert player.problem == NO_DEVICE
    assert "\n" not in NO_DEVICE
    warnings = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert len(warnings) == 1
    assert "\n" not in warnings[0].getMessage()


def test_no_sounds_at_all_is_a_problem(backend: FakeBackend, tmp_path: Path) -> None:
    player = SimpleaudioPlayer(tmp_path / "nowhere")
    assert not player.available
    assert player.problem is not None
    assert "\n" not in player.problem
    player.play("rep")
    assert backend.calls == []


def test_broken_and_wrong_format_files_are_skipped(
    backend: FakeBackend, tiny_sounds: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (tiny_sounds / "rep.wav").write_bytes(b"not a wave file")
    write_wav(tiny_sounds / "halfway.wav", bytes([128, 130, 126]), width=1)
    with caplog.at_level(logging.WARNING, logger="matside.backends.audio"):
        player = SimpleaudioPlayer(tiny_sounds)
    assert player.names == frozenset(SOUND_NAMES) - {"rep", "halfway"}
    assert len(caplog.records) == 2
    assert player.available
    player.play("rep")
    assert backend.calls == []


# ---- the other players and the factory


def test_null_player_is_silent_and_keeps_settings() -> None:
    player: Player = NullPlayer()
    assert not player.available
    assert player.problem is None
    player.volume = 0.3
    player.muted = True
    player.play("rep")
    assert (player.volume, player.muted) == (0.3, True)
    assert NullPlayer("No sound here").problem == "No sound here"


def test_recording_player_records_name_volume_and_mute() -> None:
    player = RecordingPlayer()
    player.play("countdown")
    player.volume = 0.25
    player.muted = True
    player.play("rep")
    assert player.plays == [("countdown", 1.0, False), ("rep", 0.25, True)]
    assert player.names == ["countdown", "rep"]
    assert player.available
    assert RecordingPlayer(available=False, problem="x").problem == "x"


def test_make_player_prefers_simpleaudio(backend: FakeBackend) -> None:
    player = make_player(volume=0.5, muted=True)
    assert isinstance(player, SimpleaudioPlayer)
    assert player.names == frozenset(SOUND_NAMES)
    assert (player.volume, player.muted) == (0.5, True)


def test_make_player_falls_back_without_simpleaudio(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "simpleaudio", None)  # import now raises ImportError
    player = make_player(SOUNDS, volume=0.7)
    assert isinstance(player, NullPlayer)
    assert player.problem is not None
    assert player.volume == 0.7


def test_cue_sound_is_the_kind_value() -> None:
    assert cue_sound(Cue(CueKind.REP, 4.0, value=2)) == "rep"
    assert cue_sound(Cue(CueKind.COUNTDOWN, 3, Anchor.END, value=3)) == "countdown"
    assert {cue_sound(Cue(kind, 0)) for kind in CueKind} == set(SOUND_NAMES)


# ---- the bundled sounds


@pytest.mark.parametrize("kind", list(CueKind))
def test_every_cue_kind_has_a_sound_that_loads(kind: CueKind) -> None:
    path = SOUNDS / f"{kind.value}.wav"
    assert path.is_file(), f"missing {path}: run tools/make_sounds.py"
    sound = audio.load_sound(path)
    assert (sound.channels, sound.rate) == (1, 44100)
    assert 0 < len(sound.frames) < 44100 * 2 * 3  # under three seconds


# ---- real audio, captured by ALSA


CAPTURE_SCRIPT = """
import sys
from pathlib import Path

import simpleaudio

from matside.backends.audio import SimpleaudioPlayer

play_buffer = simpleaudio.play_buffer


def play_and_wait(*args):
    played = play_buffer(*args)
    played.wait_done()
    return played


simpleaudio.play_buffer = play_and_wait  # one capture file after another, in order
player = SimpleaudioPlayer(Path(sys.argv[1]))
for step in sys.argv[2:]:
    if step == "mute":
        player.muted = True
    elif step == "unmute":
        player.muted = False
    elif step.startswith("volume="):
        player.volume = float(step.removeprefix("volume="))
    else:
        player.play(step)
if not player.available:
    sys.exit(f"no sound: {player.problem}")
"""


def captures(folder: Path) -> list[Path]:
    """The capture files in the order they were written: .raw, .raw.0001, .raw.0002, ..."""
    found = sorted(folder.glob("capture-*"))
    assert {p.name.split(".raw")[0] for p in found} <= {"capture-44100-1-16"}

    def order(path: Path) -> int:
        suffix = path.name.split(".raw")[1]
        return int(suffix.lstrip(".")) if suffix else 0

    return sorted(found, key=order)


def test_cues_reach_alsa_sample_for_sample(tmp_path: Path) -> None:
    capture_dir = tmp_path / "capture"
    capture_dir.mkdir()
    steps = [
        *SOUND_NAMES,
        "volume=0.5",
        "work_start",
        "mute",
        "rep",
        "unmute",
        "no_such_sound",
        "rep",
        "volume=0.13",
        "countdown",
        "volume=1",
        "finished",
    ]
    expected = [(name, 1.0) for name in SOUND_NAMES]
    expected += [("work_start", 0.5), ("rep", 0.5), ("countdown", 0.13), ("finished", 1.0)]
    env = {
        **os.environ,
        "ALSA_CONFIG_PATH": str(CAPTURE_CONF),
        "AUDIO_CAPTURE_DIR": str(capture_dir),
        "PYTHONPATH": str(REPO / "app"),  # this checkout's matside, whatever .venv points at
    }
    result = subprocess.run(
        [sys.executable, "-c", CAPTURE_SCRIPT, str(SOUNDS), *steps],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    files = captures(capture_dir)
    assert len(files) == len(expected)
    for path, (name, volume) in zip(files, expected, strict=True):
        frames = audio.load_sound(SOUNDS / f"{name}.wav").frames
        captured = path.read_bytes()
        assert len(captured) == len(frames), f"{path.name}: {name} at {volume}"
        assert captured == scale_frames(frames, volume), f"{path.name}: {name} at {volume}"
