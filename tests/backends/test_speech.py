"""Offline speech: rendering, caching by text, voice and rate, and the no-engine path."""

from __future__ import annotations

import os
import shutil
import sys
import wave
from pathlib import Path

import pytest

from matside.backends import speech
from matside.backends.speech import (
    EspeakEngine,
    PhraseCache,
    SpeechError,
    find_engine,
    wav_seconds,
)


class CountingEngine:
    name = "counting"

    def __init__(self, fail: bool = False):
        self.rendered: list[tuple[str, str, int]] = []
        self.fail = fail

    def voices(self) -> list[tuple[str, str]]:
        return [("v1", "Voice one")]

    def voice_for_language(self, language: str) -> str:
        return language

    def render(self, text: str, voice: str, rate: int, target: Path) -> None:
        if self.fail:
            raise SpeechError("counting: broken")
        self.rendered.append((text, voice, rate))
        with wave.open(str(target), "wb") as out:
            out.setnchannels(1)
            out.setsampwidth(2)
            out.setframerate(22050)
            out.writeframes(b"\x01\x00" * 100)


def test_phrases_are_rendered_once_and_cached_by_text_voice_and_rate(tmp_path: Path) -> None:
    engine = CountingEngine()
    cache = PhraseCache(engine, "en", 160, tmp_path)
    first = cache.ensure("Switch sides.")
    again = cache.ensure("Switch sides.")
    assert first == again
    assert first.is_file()
    assert engine.rendered == [("Switch sides.", "en", 160)]
    other_rate = PhraseCache(engine, "en", 200, tmp_path).path_for("Switch sides.")
    other_voice = PhraseCache(engine, "de", 160, tmp_path).path_for("Switch sides.")
    assert len({first, other_rate, other_voice, cache.path_for("Rest.")}) == 4
    assert [p.name for p in tmp_path.iterdir()] == [first.name]  # no temporary leftovers


def test_a_failing_engine_raises_its_own_error_and_leaves_nothing(tmp_path: Path) -> None:
    cache = PhraseCache(CountingEngine(fail=True), "", 160, tmp_path)
    with pytest.raises(SpeechError):
        cache.ensure("Go!")
    assert list(tmp_path.iterdir()) == []


def test_no_engine_on_the_system_means_none(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("matside.backends.speech.shutil.which", lambda _name: None)
    assert find_engine("linux") is None
    assert find_engine("darwin") is None
    assert find_engine("win32") is None


@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng is not installed")
def test_espeak_ng_renders_real_speech(tmp_path: Path) -> None:
    engine = find_engine("linux")
    assert isinstance(engine, EspeakEngine)
    assert any(voice_id.startswith("en") for voice_id, _ in engine.voices())
    path = PhraseCache(engine, "en", 165, tmp_path).ensure("Rest, 30 seconds.")
    with wave.open(str(path), "rb") as sound:
        assert sound.getsampwidth() == 2
        seconds = sound.getnframes() / sound.getframerate()
    assert 0.8 < seconds < 4


def test_voices_for_a_language_never_pass_odd_text_to_an_engine() -> None:
    espeak = EspeakEngine("espeak-ng")
    assert espeak.voice_for_language("en-GB") == "en-GB"
    assert espeak.voice_for_language("en'); Start-Process calc; ('") == ""
    assert speech.SayEngine().voice_for_language("en") == ""
    assert speech.WindowsEngine().voice_for_language("en") == ""


def test_windows_speaks_a_strangers_text_without_putting_it_in_the_script(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[tuple[list[str], dict[str, str] | None]] = []

    def run(command: list[str], env: dict[str, str] | None = None) -> str:
        calls.append((command, env))
        return ""

    monkeypatch.setattr(speech, "_run", run)
    # PowerShell ends a single-quoted string at ’ as well as at ': doubling ' was not enough.
    text = "Squat’); Start-Process calc.exe; $s.Speak(’"
    speech.WindowsEngine().render(text, "Bob'); calc; ('", 180, Path("C:/O'Neil/x.wav"))
    ((command, env),) = calls
    assert command == ["powershell", "-NoProfile", "-Command", speech.WINDOWS_SCRIPT]
    assert "calc" not in speech.WINDOWS_SCRIPT
    assert env == {
        "MATSIDE_TEXT": text,
        "MATSIDE_VOICE": "Bob'); calc; ('",
        "MATSIDE_RATE": "0",
        "MATSIDE_WAV": "C:/O'Neil/x.wav",
    }


def test_the_environment_reaches_the_engine_program() -> None:
    printed = speech._run(
        [sys.executable, "-c", "import os; print(os.environ['MATSIDE_TEXT'])"],
        env={"MATSIDE_TEXT": "Squat’); Start-Process calc.exe"},
    )
    assert printed == "Squat’); Start-Process calc.exe\n"


def test_a_nul_byte_is_a_speech_error_not_a_crash() -> None:
    with pytest.raises(SpeechError):
        speech._run(["espeak-ng", "a\x00b"])


class CutShortEngine(CountingEngine):
    """Writes a whole WAV, then loses its end, as a full disk does."""

    name = "cut-short"

    def render(self, text: str, voice: str, rate: int, target: Path) -> None:
        super().render(text, voice, rate, target)
        with target.open("r+b") as stream:
            stream.truncate(target.stat().st_size - 50)


def test_a_phrase_cut_short_by_a_full_disk_is_never_cached(tmp_path: Path) -> None:
    cache = PhraseCache(CutShortEngine(), "", 160, tmp_path)
    with pytest.raises(SpeechError, match="cut short"):
        cache.ensure("Rest.")
    assert list(tmp_path.iterdir()) == []


def test_a_full_disk_while_rendering_is_a_speech_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = PhraseCache(CountingEngine(), "", 160, tmp_path)

    def full(_source: str, _target: Path) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full)
    with pytest.raises(SpeechError, match="No space left on device"):
        cache.ensure("Rest.")
    assert list(tmp_path.iterdir()) == []


def test_a_cut_short_phrase_cached_before_is_rendered_again(tmp_path: Path) -> None:
    engine = CountingEngine()
    cache = PhraseCache(engine, "", 160, tmp_path)
    whole = cache.ensure("Rest.")
    good = whole.read_bytes()
    whole.write_bytes(good[:-50])
    assert speech.wav_problem(whole) is not None
    assert cache.ensure("Rest.") == whole
    assert whole.read_bytes() == good
    assert len(engine.rendered) == 2


def _running(pid: int) -> bool:
    """True while ``pid`` is a live process (a zombie waiting to be reaped is not)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text(encoding="utf-8")
    except FileNotFoundError:
        return False
    return "\nState:\tZ" not in status


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs /proc")
def test_a_hung_engine_is_killed_with_every_process_it_started(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pids = tmp_path / "pids"
    engine = tmp_path / "hang.sh"
    engine.write_text(
        f'#!/bin/sh\nsleep 600 &\necho "$$ $!" > "{pids}.tmp"\nmv "{pids}.tmp" "{pids}"\n'
        "sleep 600\n",
        encoding="utf-8",
    )
    engine.chmod(0o755)
    monkeypatch.setattr(speech, "RENDER_TIMEOUT", 2.0)
    with pytest.raises(SpeechError):
        speech._run([str(engine)])
    started = [int(pid) for pid in pids.read_text(encoding="utf-8").split()]
    assert len(started) == 2
    import time

    deadline = time.monotonic() + 30  # SIGKILL lands at once; a loaded machine may be slow
    while any(_running(pid) for pid in started) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert [pid for pid in started if _running(pid)] == []


def test_a_rendered_phrase_knows_how_long_it_plays(tmp_path: Path) -> None:
    target = tmp_path / "phrase.wav"
    CountingEngine().render("Go!", "en", 165, target)
    assert wav_seconds(target) == 100 / 22050
    target.write_bytes(b"not a wav")
    assert wav_seconds(target) is None
    assert wav_seconds(tmp_path / "missing.wav") is None
