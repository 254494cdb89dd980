"""Cue sounds: short WAV files played through simpleaudio, never blocking, never raising.

Every cue kind has a sound of the same name in ``resources/sounds`` (``rep.wav`` for
``CueKind.REP``). A player loads them all once, scales them to the chosen volume once per
volume, and after that a ``play`` only hands a ready buffer to the sound library.

Three players share one interface, :class:`Player`:

- :class:`SimpleaudioPlayer` plays through the sound device. When the device fails (none there,
  an ALSA error) it says so once, in ``problem`` and in one logged warning, and stays silent
  from then on instead of failing at every cue.
- :class:`NullPlayer` is silent: the player of a machine without sound.
- :class:`RecordingPlayer` records what it was asked to play, for tests.

Bluetooth speakers and headsets swallow the first half-second of sound after a silence: the
sound server suspends an idle output after a few seconds, and the wireless link takes about that
long to start again. While a session is under way a player can keep its output awake
(``keep_awake(True)``): it plays a stream of digital silence, one long silent buffer after
another, overlapping, so the output never falls idle. The other way, a short lead-in before each
cue, would have to start every cue half a second early (impossible for a cue a key press
causes), and would change every cue's samples. ``output`` names where the sound goes, as far as
can be known from here.

:func:`make_player` picks the first that works. This module does not import Qt.
"""

from __future__ import annotations

import logging
import os
import shutil
import sys
import threading
import wave
from array import array
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from matside.core.cues import Cue, CueKind
from matside.core.i18n import QT_TRANSLATE_NOOP, translate
from matside.storage import paths

logger = logging.getLogger(__name__)

SOUND_NAMES: tuple[str, ...] = tuple(kind.value for kind in CueKind)
"""The name of every cue sound: the values of :class:`matside.core.cues.CueKind`."""

# Shown to the user in their language (the problem properties translate them).
NO_DEVICE = QT_TRANSLATE_NOOP("Player", "No sound device: running in silence")
NO_LIBRARY = QT_TRANSLATE_NOOP(
    "Player", "Sound is unavailable (simpleaudio could not be loaded): running in silence"
)

_SAMPLE_WIDTH = 2  # bytes: every cue sound is 16-bit
_UNITY = 1 << 16  # the fixed-point gain of volume 1.0
_VOLUME_CACHE_SIZE = 8

KEEP_AWAKE_SECONDS = 8.0
"""How long each silent buffer of the keep-awake stream lasts."""
KEEP_AWAKE_EVERY = 6.0
"""A new silent buffer starts this often: each overlaps the last by two seconds, so a late
start (a busy machine) still leaves no gap. Sound servers suspend an output idle for 5 s."""
_SILENCE_RATE = 44100  # the rate of the cue sounds: the output never has to change rate


def cue_sound(cue: Cue) -> str:
    """The name of the sound that plays for a cue.

    Args:
        cue: a planned cue.

    Returns:
        The sound's name, which is the cue kind's value (``"rep"``, ``"work_start"``, ...).
    """
    return cue.kind.value


def clamp_volume(value: float) -> float:
    """A volume made valid: within 0.0–1.0, in steps of 0.01.

    Steps keep the number of distinct volumes, and so of scaled copies, small.

    Args:
        value: any number; NaN counts as 0.0.

    Returns:
        The volume that will be used.
    """
    if not value >= 0.0:  # also catches NaN
        return 0.0
    return round(min(value, 1.0), 2)


def scale_frames(frames: bytes, volume: float) -> bytes:
    """Scale 16-bit little-endian PCM samples by a volume.

    Each sample becomes ``round(sample * volume)``, halves rounded up, computed in 16.16 fixed
    point. Volume 1.0 returns ``frames`` itself; with a volume of at most 1.0 no sample can
    overflow, so nothing is clipped.

    Args:
        frames: raw 16-bit little-endian samples (any number of channels).
        volume: the gain, 0.0 to 1.0 (clamped).

    Returns:
        The scaled samples, little-endian.
    """
    gain = round(clamp_volume(volume) * _UNITY)
    if gain == _UNITY:
        return frames
    samples = array("h")
    samples.frombytes(frames)
    if sys.byteorder == "big":
        samples.byteswap()
    half = _UNITY // 2
    scaled = array("h", [(sample * gain + half) >> 16 for sample in samples])
    if sys.byteorder == "big":
        scaled.byteswap()
    return scaled.tobytes()


@dataclass(frozen=True)
class Sound:
    """One loaded cue sound: its raw frames and their format.

    Attributes:
        frames: the WAV file's PCM frames, as stored (16-bit little-endian).
        channels: the number of channels.
        rate: frames per second.
    """

    frames: bytes
    channels: int
    rate: int


def load_sound(path: Path) -> Sound:
    """Read a 16-bit PCM WAV file.

    Args:
        path: the WAV file.

    Returns:
        Its frames and format.

    Raises:
        OSError: the file cannot be read.
        wave.Error: it is not a PCM WAV file.
        ValueError: its samples are not 16-bit.
    """
    with wave.open(str(path), "rb") as reader:
        width = reader.getsampwidth()
        if width != _SAMPLE_WIDTH:
            raise ValueError(f"{width * 8}-bit samples; cue sounds must be 16-bit")
        frames = reader.readframes(reader.getnframes())
        return Sound(frames, reader.getnchannels(), reader.getframerate())


def load_sounds(sounds_dir: Path) -> dict[str, Sound]:
    """Load every cue sound found in a folder; a missing or broken one is logged and skipped.

    Args:
        sounds_dir: the folder holding ``<name>.wav`` for the names in :data:`SOUND_NAMES`.

    Returns:
        The sounds that loaded, by name.
    """
    sounds: dict[str, Sound] = {}
    missing: list[str] = []
    for name in SOUND_NAMES:
        path = sounds_dir / f"{name}.wav"
        if not path.is_file():
            missing.append(name)
            continue
        try:
            sounds[name] = load_sound(path)
        except (OSError, EOFError, wave.Error, ValueError) as error:
            logger.warning("Cue sound %s cannot be used: %s", path, error)
    if missing and sounds:
        logger.warning("Cue sounds missing from %s: %s", sounds_dir, ", ".join(missing))
    return sounds


class Player(Protocol):
    """Plays cue sounds by name.

    ``play`` never blocks and never raises; a player that cannot make sound says why in
    ``problem`` and plays nothing.
    """

    @property
    def volume(self) -> float:
        """The volume, 0.0 to 1.0 (a linear gain on the samples)."""
        ...

    @volume.setter
    def volume(self, value: float) -> None: ...

    @property
    def muted(self) -> bool:
        """Whether cues are silenced; the volume is kept for when they are not."""
        ...

    @muted.setter
    def muted(self, value: bool) -> None: ...

    @property
    def available(self) -> bool:
        """Whether ``play`` can make a sound at all."""
        ...

    @property
    def problem(self) -> str | None:
        """A one-line notice for the user when sound failed, else None."""
        ...

    def play(self, name: str) -> None:
        """Start a sound and return at once.

        Args:
            name: a sound name from :data:`SOUND_NAMES`; unknown names are ignored.
        """
        ...

    def prepare(self) -> None:
        """Get every sound ready to play at once (call when there is time, after start-up)."""
        ...

    def add_sound(self, name: str, path: Path) -> bool:
        """Load one more sound (a rendered phrase, say) to play by ``name``.

        Args:
            name: the name to play it by.
            path: a 16-bit PCM WAV file.

        Returns:
            Whether it loaded.
        """
        ...

    def keep_awake(self, on: bool) -> None:
        """Start (or stop) keeping the output awake with a silent stream; never blocks."""
        ...

    @property
    def awake(self) -> bool:
        """Whether the output is being kept awake."""
        ...

    @property
    def output(self) -> str:
        """Where the sound goes, in words, as far as the player can know it."""
        ...


class _Controls:
    """Volume and mute as a player without a device keeps them: clamped, otherwise unused."""

    def __init__(self, volume: float = 1.0, muted: bool = False) -> None:
        self._volume = clamp_volume(volume)
        self._muted = bool(muted)

    @property
    def volume(self) -> float:
        """The volume, 0.0 to 1.0, clamped like a real player's."""
        return self._volume

    @volume.setter
    def volume(self, value: float) -> None:
        self._volume = clamp_volume(value)

    @property
    def muted(self) -> bool:
        """Whether muted."""
        return self._muted

    @muted.setter
    def muted(self, value: bool) -> None:
        self._muted = bool(value)

    def prepare(self) -> None:
        """Nothing to get ready."""


def describe_output(platform: str | None = None) -> str:
    """Where simpleaudio's sound goes, in words: honest about what cannot be known.

    simpleaudio always plays to the system's default device (ALSA's ``default`` on Linux).
    Behind that, a sound server (PipeWire, PulseAudio) picks the speaker; when its ``pactl``
    is installed it is asked for the name of that speaker (a Bluetooth one's starts with
    ``bluez``), otherwise the words say that the choice is the system's.

    Args:
        platform: ``sys.platform`` by default.
    """
    platform = platform or sys.platform
    if platform == "darwin":
        return translate(
            "Player", "The system's default output (Core Audio), chosen in the Sound settings"
        )
    if platform == "win32":
        return translate("Player", "Windows' default playback device, chosen in the Sound settings")
    configured = os.environ.get("ALSA_CONFIG_PATH")
    if configured:
        return translate("Player", "ALSA's default device, as {file} sets it").format(
            file=configured
        )
    sink = _default_sink()
    if sink and sink.startswith("bluez"):
        return translate(
            "Player", "ALSA's default device, through the sound server to {sink} (Bluetooth)"
        ).format(sink=sink)
    if sink:
        return translate(
            "Player", "ALSA's default device, through the sound server to {sink}"
        ).format(sink=sink)
    return translate(
        "Player", "ALSA's default device: the system (or its sound server) chooses the speaker"
    )


def _default_sink() -> str | None:
    """The sound server's default output, as ``pactl`` names it, or None."""
    program = shutil.which("pactl")
    if program is None:
        return None
    import subprocess  # here: asked only when the output is named (Settings), not at start

    try:
        answer = subprocess.run(
            [program, "get-default-sink"],
            capture_output=True,
            text=True,
            timeout=2,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    name = answer.stdout.strip()
    return name if answer.returncode == 0 and name else None


class SimpleaudioPlayer(_Controls):
    """Plays cue sounds through simpleaudio.

    Every sound is loaded once, here; scaled copies are made when the volume changes (a few
    milliseconds per sound) and the last few volumes are kept, so ``play`` only hands a ready
    buffer to ``simpleaudio.play_buffer``, which returns at once.

    A new cue cuts a rep tick that is still sounding. Ticks carry no news once a newer cue
    sounds: where a rep coincides with another cue (the halfway bell) the other cue sounds
    alone, and when the session catches up after a stall, a run of ticks does not pile up
    into overlapping streams.

    Args:
        sounds_dir: the folder of ``<name>.wav`` files.
        volume: the starting volume, 0.0 to 1.0.
        muted: whether to start muted.

    Raises:
        ImportError: simpleaudio (or the ALSA library under it) cannot be loaded.
    """

    def __init__(self, sounds_dir: Path, *, volume: float = 1.0, muted: bool = False) -> None:
        import simpleaudio

        self._simpleaudio: Any = simpleaudio
        self._sounds = load_sounds(sounds_dir)
        self._muted = muted
        self._problem: str | None = None
        if not self._sounds:
            self._problem = translate(
                "Player", "No cue sounds found in {folder}: running in silence"
            ).format(folder=sounds_dir)
            logger.warning("%s", self._problem)
        self._cache: OrderedDict[float, dict[str, bytes]] = OrderedDict()
        self._unknown: set[str] = set()
        self._tick: Any = None  # the PlayObject of the last rep tick
        self._volume = 1.0
        self._buffers: dict[str, bytes] = {}
        self.volume = volume
        self._awake_stop: threading.Event | None = None  # set: the keep-awake stream ends
        self._awake_thread: threading.Thread | None = None
        # The stream's silent buffer (0.7 MB), made once: made afresh by each session's stream
        # thread, it landed now and then in a thread's malloc arena that had not held it yet,
        # which kept the pages (bench: resident steps of about 700 kB in a repeated session).
        self._silence: bytes | None = None
        self._output: str | None = None

    @property
    def names(self) -> frozenset[str]:
        """The names of the sounds that loaded."""
        return frozenset(self._sounds)

    @property
    def volume(self) -> float:
        """The volume, 0.0 to 1.0 in steps of 0.01 (a linear gain on the samples)."""
        return self._volume

    @volume.setter
    def volume(self, value: float) -> None:
        # Only notes the volume: sounds are scaled for it when first played or by prepare(),
        # so setting the volume at start-up does not hold up the first frame.
        volume = clamp_volume(value)
        buffers = self._cache.get(volume)
        if buffers is None:
            buffers = {}
            self._cache[volume] = buffers
            if len(self._cache) > _VOLUME_CACHE_SIZE:
                self._cache.popitem(last=False)
        else:
            self._cache.move_to_end(volume)
        self._volume = volume
        self._buffers = buffers

    def prepare(self) -> None:
        """Scale every sound for the current volume now, so no cue has to wait for it."""
        for name in self._sounds:
            self._buffer(name)

    def _buffer(self, name: str) -> bytes | None:
        buffer = self._buffers.get(name)
        if buffer is None and name in self._sounds:
            buffer = scale_frames(self._sounds[name].frames, self._volume)
            self._buffers[name] = buffer
        return buffer

    @property
    def available(self) -> bool:
        """False once the device has failed, or when no sound could be loaded."""
        return self._problem is None

    @property
    def problem(self) -> str | None:
        """Why there is no sound, in one line, or None."""
        return self._problem

    def play(self, name: str) -> None:
        """Start a cue sound and return at once; never raises.

        Args:
            name: a sound name; an unknown one is ignored (logged once at debug level).
        """
        if self._problem is not None or self._muted or self._volume == 0.0:
            return
        buffer = self._buffer(name)
        if buffer is None:
            if name not in self._unknown:
                self._unknown.add(name)
                logger.debug("No cue sound named %r; ignored", name)
            return
        sound = self._sounds[name]
        try:
            self._cut_tick()
            played = self._simpleaudio.play_buffer(
                buffer, sound.channels, _SAMPLE_WIDTH, sound.rate
            )
        except Exception as error:  # any failure of the device: go quiet, say so once
            self._fail(error)
            return
        if name == CueKind.REP:
            self._tick = played

    def add_sound(self, name: str, path: Path) -> bool:
        """Load one more sound and make it playable at the current volume; never raises.

        Args:
            name: the name to play it by.
            path: a 16-bit PCM WAV file.

        Returns:
            Whether it loaded.
        """
        try:
            sound = load_sound(path)
        except (OSError, EOFError, ValueError, wave.Error) as error:
            logger.debug("Sound %s not loaded: %s", path, error)
            return False
        self._sounds[name] = sound
        # Buffers cached for other volumes lack the new sound: drop them, keep the current.
        self._cache = OrderedDict([(self._volume, self._buffers)])
        self._buffers[name] = scale_frames(sound.frames, self._volume)
        return True

    def keep_awake(self, on: bool) -> None:
        """Start or stop the silent stream that keeps the output awake; never blocks.

        The stream plays from a thread of its own, one :data:`KEEP_AWAKE_SECONDS` silent
        buffer every :data:`KEEP_AWAKE_EVERY` seconds on the monotonic clock, whatever the
        volume or mute (silence is silence). It stops by itself when the device fails.
        """
        if on == self.awake:
            return
        if not on:
            assert self._awake_stop is not None
            self._awake_stop.set()
            self._awake_stop = None
            return
        if self._problem is not None:
            return
        if self._silence is None:
            self._silence = bytes(round(KEEP_AWAKE_SECONDS * _SILENCE_RATE) * _SAMPLE_WIDTH)
        stop = threading.Event()
        self._awake_stop = stop
        self._awake_thread = threading.Thread(
            target=self._keep_awake, args=(stop, self._silence), name="keep-awake", daemon=True
        )
        self._awake_thread.start()

    @property
    def awake(self) -> bool:
        """Whether the silent stream is playing."""
        return self._awake_stop is not None and not self._awake_stop.is_set()

    @property
    def output(self) -> str:
        """The system's default device, in words (:func:`describe_output`), asked once."""
        if self._output is None:
            self._output = describe_output()
        return self._output

    def _keep_awake(self, stop: threading.Event, silence: bytes) -> None:
        """The keep-awake thread: ``silence``, overlapping, until ``stop`` is set."""
        playing: list[Any] = []
        while not stop.is_set():
            try:
                playing = [
                    *playing[-1:],
                    self._simpleaudio.play_buffer(silence, 1, _SAMPLE_WIDTH, _SILENCE_RATE),
                ]
            except Exception as error:  # the device: cues will say so; the stream stops
                detail = " ".join(str(error).split()) or type(error).__name__
                logger.warning("The output cannot be kept awake (%s)", detail)
                stop.set()
                break
            stop.wait(KEEP_AWAKE_EVERY)
        for played in playing:
            played.stop()

    def _cut_tick(self) -> None:
        tick, self._tick = self._tick, None
        if tick is not None and tick.is_playing():
            tick.stop()

    def _fail(self, error: Exception) -> None:
        self._problem = NO_DEVICE
        self._tick = None
        self.keep_awake(False)
        detail = " ".join(str(error).split()) or type(error).__name__
        logger.warning("Sound device failed (%s); cues will be silent from now on", detail)


class NullPlayer(_Controls):
    """A silent player: the player of a machine without sound.

    It is never ``available``. Its ``problem`` is what it was given: the reason sound is off
    (shown to the user), or None when silence was chosen and needs no notice. Volume and mute
    are kept, so a settings screen works the same with it.

    Args:
        problem: a one-line notice for the user, or None.
        volume: the starting volume.
        muted: whether to start muted.
    """

    def __init__(
        self, problem: str | None = None, *, volume: float = 1.0, muted: bool = False
    ) -> None:
        super().__init__(volume, muted)
        self._problem = problem

    @property
    def available(self) -> bool:
        """Always False: this player makes no sound."""
        return False

    @property
    def problem(self) -> str | None:
        """The notice it was given, or None."""
        return self._problem

    def add_sound(self, name: str, path: Path) -> bool:
        """Nothing is ever played, so nothing is loaded."""
        return False

    def keep_awake(self, on: bool) -> None:
        """Nothing to keep awake."""

    @property
    def awake(self) -> bool:
        """Always False: there is no output."""
        return False

    @property
    def output(self) -> str:
        """No output, and why."""
        if self._problem:
            return translate("Player", "None: {why}").format(why=translate("Player", self._problem))
        return translate("Player", "None: sound is off")

    def play(self, name: str) -> None:
        """Do nothing.

        Args:
            name: ignored.
        """


class RecordingPlayer(_Controls):
    """A player for tests: records every ``play`` call as ``(name, volume, muted)``.

    Args:
        available: what ``available`` reports.
        problem: what ``problem`` reports.
    """

    def __init__(self, *, available: bool = True, problem: str | None = None) -> None:
        super().__init__()
        self.plays: list[tuple[str, float, bool]] = []
        self.added: dict[str, Path] = {}
        self.awake_changes: list[bool] = []  # every keep_awake call that changed the state
        self._available = available
        self._problem = problem

    @property
    def names(self) -> list[str]:
        """The names played so far, in order, muted or not."""
        return [name for name, _, _ in self.plays]

    @property
    def available(self) -> bool:
        """What the constructor was given."""
        return self._available

    @property
    def problem(self) -> str | None:
        """What the constructor was given."""
        return self._problem

    def add_sound(self, name: str, path: Path) -> bool:
        """Record the sound as added when its file exists."""
        if not path.is_file():
            return False
        self.added[name] = path
        return True

    def keep_awake(self, on: bool) -> None:
        """Record a change of state, as the real player would make it."""
        if on != self.awake and (self._available or not on):
            self.awake_changes.append(on)

    @property
    def awake(self) -> bool:
        """The last state asked for."""
        return bool(self.awake_changes) and self.awake_changes[-1]

    @property
    def output(self) -> str:
        """A recording player's output is its list."""
        return "A recording (tests)"

    def play(self, name: str) -> None:
        """Record the call.

        Args:
            name: the sound asked for.
        """
        self.plays.append((name, self._volume, self._muted))


def make_player(
    sounds_dir: Path | None = None, *, volume: float = 1.0, muted: bool = False
) -> Player:
    """The best player this machine allows.

    Args:
        sounds_dir: the folder of cue sounds; the bundled ``resources/sounds`` by default.
        volume: the starting volume, 0.0 to 1.0.
        muted: whether to start muted.

    Returns:
        A :class:`SimpleaudioPlayer`, or a :class:`NullPlayer` with a notice when simpleaudio
        cannot be loaded.
    """
    folder = paths.resource("sounds") if sounds_dir is None else sounds_dir
    try:
        return SimpleaudioPlayer(folder, volume=volume, muted=muted)
    except ImportError as error:
        logger.warning("simpleaudio cannot be loaded (%s); cues will be silent", error)
        return NullPlayer(NO_LIBRARY, volume=volume, muted=muted)
