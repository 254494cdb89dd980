"""Offline speech: phrases rendered to WAV files ahead of time, cached by text, voice and rate.

Rendering runs an engine program (espeak-ng on Linux, ``say`` on macOS, the system voices
through PowerShell on Windows) and is done before a phrase is needed, off the UI thread, so a
spoken cue plays through the same sound path as the tones, on the beat.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import signal
import struct
import sys
import tempfile
import wave
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from matside.storage import paths

if TYPE_CHECKING:
    import subprocess

logger = logging.getLogger(__name__)

RENDER_TIMEOUT = 20.0
_LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*")


class SpeechError(Exception):
    """A phrase could not be rendered."""


class SpeechEngine(Protocol):
    """Something that turns text into a WAV file."""

    @property
    def name(self) -> str: ...

    def voices(self) -> list[tuple[str, str]]:
        """The voices on offer as ``(id, label)``."""
        ...

    def voice_for_language(self, language: str) -> str:
        """The voice to use for a routine's language when none is chosen ("": the default)."""
        ...

    def render(self, text: str, voice: str, rate: int, target: Path) -> None:
        """Write ``text`` spoken as a 16-bit PCM WAV file at ``target``.

        Raises:
            SpeechError: the engine failed.
        """
        ...


def _run(command: list[str], env: dict[str, str] | None = None) -> str:
    """Run an engine program and return what it printed.

    The program gets a session (POSIX) or process group (Windows) of its own, and a program
    that outlives :data:`RENDER_TIMEOUT` is killed with everything it started: a hung engine
    leaves no process behind, not even a child it spawned that holds its output open.

    Args:
        command: the program and its arguments (never through a shell).
        env: variables added to the program's environment.

    Raises:
        SpeechError: the program cannot be started, failed, or took too long.
    """
    import subprocess  # here: phrases are rendered after the first frame, which runs none

    new_group = getattr(subprocess, "CREATE_NEW_PROCESS_GROUP", 0) if os.name == "nt" else 0
    try:
        process = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            start_new_session=os.name != "nt",
            creationflags=new_group,
            env={**os.environ, **env} if env else None,
        )
    except (OSError, ValueError) as error:  # ValueError: a NUL byte
        raise SpeechError(f"{command[0]}: {error}") from None
    try:
        stdout, stderr = process.communicate(timeout=RENDER_TIMEOUT)
    except subprocess.TimeoutExpired:
        _kill_tree(process)
        raise SpeechError(f"{command[0]}: gave no answer in {RENDER_TIMEOUT:g} s") from None
    except BaseException:
        _kill_tree(process)
        raise
    if process.returncode != 0:
        detail = " ".join(stderr.split())[:200]
        raise SpeechError(f"{command[0]} failed ({process.returncode}): {detail}")
    return stdout


def _kill_tree(process: subprocess.Popen[str]) -> None:
    """Kill an engine and every process it started (its session), then reap it."""
    if os.name == "nt":
        import subprocess  # loaded already: _run started the process

        # taskkill /T ends the whole tree; the process itself as a last resort
        subprocess.run(
            ["taskkill", "/F", "/T", "/PID", str(process.pid)],
            capture_output=True,
            check=False,
        )
        process.kill()
    else:
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except OSError:  # already gone
            process.kill()
    for stream in (process.stdout, process.stderr):
        if stream is not None:
            stream.close()
    process.wait()


class EspeakEngine:
    """espeak-ng (or espeak): small, offline, on every Linux distribution."""

    def __init__(self, program: str):
        self.program = program

    @property
    def name(self) -> str:
        return Path(self.program).name

    def voices(self) -> list[tuple[str, str]]:
        try:
            listing = _run([self.program, "--voices"])
        except SpeechError:
            return []
        voices = []
        for line in listing.splitlines()[1:]:
            fields = line.split()
            if len(fields) >= 4:
                voices.append((fields[1], f"{fields[3].replace('_', ' ')} ({fields[1]})"))
        return voices

    def voice_for_language(self, language: str) -> str:
        # espeak-ng takes a language tag as a voice; anything else falls back to its default.
        return language if _LANGUAGE_TAG.fullmatch(language) else ""

    def render(self, text: str, voice: str, rate: int, target: Path) -> None:
        command = [self.program, "-s", str(rate), "-w", str(target)]
        if voice:
            command[1:1] = ["-v", voice]
        _run([*command, "--", text])


class SayEngine:
    """macOS's ``say`` with the system voices."""

    name = "say"

    def voice_for_language(self, language: str) -> str:
        return ""  # say's voices have names, not language tags: use the system's own

    def voices(self) -> list[tuple[str, str]]:
        try:
            listing = _run(["say", "-v", "?"])
        except SpeechError:
            return []
        return [
            (line.split()[0], line.split("#")[0].strip())
            for line in listing.splitlines()
            if line.strip()
        ]

    def render(self, text: str, voice: str, rate: int, target: Path) -> None:
        command = [
            "say",
            "-r",
            str(rate),
            "-o",
            str(target),
            "--file-format=WAVE",
            "--data-format=LEI16@22050",
        ]
        if voice:
            command += ["-v", voice]
        _run([*command, "--", text])


WINDOWS_SCRIPT = (
    "Add-Type -AssemblyName System.Speech;"
    "$s = New-Object System.Speech.Synthesis.SpeechSynthesizer;"
    "if ($env:MATSIDE_VOICE) { $s.SelectVoice($env:MATSIDE_VOICE) };"
    "$s.Rate = [int]$env:MATSIDE_RATE;"
    "$s.SetOutputToWaveFile($env:MATSIDE_WAV);"
    "$s.Speak($env:MATSIDE_TEXT); $s.Dispose()"
)
"""The one script Windows runs to speak: what it speaks comes in its environment."""


class WindowsEngine:
    """The Windows system voices through System.Speech, driven by PowerShell."""

    name = "windows"

    def voice_for_language(self, language: str) -> str:
        return ""  # the system's default voice

    def voices(self) -> list[tuple[str, str]]:
        script = (
            "Add-Type -AssemblyName System.Speech;"
            "(New-Object System.Speech.Synthesis.SpeechSynthesizer).GetInstalledVoices()"
            " | ForEach-Object { $_.VoiceInfo.Name }"
        )
        try:
            listing = _run(["powershell", "-NoProfile", "-Command", script])
        except SpeechError:
            return []
        return [(name.strip(), name.strip()) for name in listing.splitlines() if name.strip()]

    def render(self, text: str, voice: str, rate: int, target: Path) -> None:
        # The text, the voice and the file reach PowerShell as environment variables, never
        # inside the script: quoting cannot be trusted there (PowerShell also ends a
        # single-quoted string at the curly quotes U+2018 to U+201B), and the text comes from
        # a stranger's routine.
        # SpeechSynthesizer.Rate runs from -10 to 10; 0 is about 180 words a minute.
        speed = max(-10, min(10, round((rate - 180) / 18)))
        _run(
            ["powershell", "-NoProfile", "-Command", WINDOWS_SCRIPT],
            env={
                "MATSIDE_TEXT": text,
                "MATSIDE_VOICE": voice,
                "MATSIDE_RATE": str(speed),
                "MATSIDE_WAV": str(target),
            },
        )


def find_engine(platform: str | None = None) -> SpeechEngine | None:
    """The system's offline speech engine, or None when there is none."""
    platform = platform or sys.platform
    if platform == "darwin":
        return SayEngine() if shutil.which("say") else None
    if platform == "win32":
        return WindowsEngine() if shutil.which("powershell") else None
    for program in ("espeak-ng", "espeak"):
        found = shutil.which(program)
        if found:
            return EspeakEngine(found)
    return None


class PhraseCache:
    """Rendered phrases on disk, one WAV per (engine, voice, rate, text).

    Args:
        engine: renders what is missing.
        voice: the engine's voice id ("" for its default).
        rate: words per minute.
        folder: where the files live (default: the user cache folder's ``speech``).
    """

    def __init__(self, engine: SpeechEngine, voice: str, rate: int, folder: Path | None = None):
        self.engine = engine
        self.voice = voice
        self.rate = rate
        self.folder = folder or paths.user_cache_dir() / "speech"

    def path_for(self, text: str) -> Path:
        """Where the phrase is (or will be) kept."""
        import hashlib  # here: phrases are prepared after the first frame, which needs none

        key = "\x1f".join([self.engine.name, self.voice, str(self.rate), text])
        digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]
        return self.folder / f"{digest}.wav"

    def ensure(self, text: str) -> Path:
        """The phrase's WAV file, rendered first if it is not cached yet.

        The engine writes to a temporary file, which is checked (:func:`wav_problem`) before
        it is renamed into the cache: a file cut short by a full disk is never cached. A cached
        file that fails the same check is rendered again.

        Raises:
            SpeechError: rendering failed.
        """
        target = self.path_for(text)
        if wav_problem(target) is None:
            return target
        self.folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=".render-", suffix=".wav", dir=self.folder)
        os.close(handle)
        try:
            self.engine.render(text, self.voice, self.rate, Path(temporary))
            problem = wav_problem(Path(temporary))
            if problem is not None:
                raise SpeechError(f"{self.engine.name} wrote a bad sound for {text!r}: {problem}")
            os.replace(temporary, target)
        except OSError as error:
            raise SpeechError(f"{text!r} could not be kept: {error.strerror or error}") from None
        finally:
            Path(temporary).unlink(missing_ok=True)
        return target


MAX_PHRASE_BYTES = 16 * 1024 * 1024


def wav_seconds(path: Path) -> float | None:
    """How long a rendered phrase plays, from its WAV header; None when it cannot be read."""
    try:
        with wave.open(str(path), "rb") as sound:
            rate = sound.getframerate()
            return sound.getnframes() / rate if rate > 0 else None
    except (OSError, EOFError, wave.Error):
        return None


def wav_problem(path: Path) -> str | None:
    """What is wrong with a rendered phrase, or None when it is a whole WAV file.

    Whole means: a RIFF/WAVE header whose size the file holds, a ``fmt `` chunk and a ``data``
    chunk with sound in it, each inside the file. A file cut short (a full disk, a killed
    engine) declares more than it holds.
    """
    from matside.storage.files import FileRefused, read_regular_file

    try:
        data = read_regular_file(path, MAX_PHRASE_BYTES)
    except FileRefused as refused:
        return str(refused)
    if len(data) < 12 or data[:4] != b"RIFF" or data[8:12] != b"WAVE":
        return "no RIFF/WAVE header"
    (riff_size,) = struct.unpack_from("<I", data, 4)
    end = riff_size + 8
    if end > len(data):
        return f"cut short: {len(data)} of {end} bytes"
    chunks: dict[bytes, int] = {}
    offset = 12
    while offset + 8 <= end:
        name = data[offset : offset + 4]
        (size,) = struct.unpack_from("<I", data, offset + 4)
        if offset + 8 + size > end:
            return f"the {name.decode('latin-1').strip()!r} chunk is cut short"
        chunks.setdefault(name, size)
        offset += 8 + size + (size & 1)
    if b"fmt " not in chunks:
        return "no format chunk"
    if not chunks.get(b"data"):
        return "no sound"
    return None
