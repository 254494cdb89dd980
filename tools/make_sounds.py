"""Synthesise Matside's cue sounds as 16-bit mono 44.1 kHz WAV files.

Writes these files (default: ``resources/sounds`` next to this ``tools`` directory):

- ``countdown.wav``    soft short blip for the 3-2-1 countdown (~0.12 s, ~-9 dBFS)
- ``work_start.wav``   energetic rising three-note chime meaning GO (~0.5 s)
- ``rest_start.wav``   calm falling three-note chime meaning rest (~0.6 s)
- ``switch_sides.wav`` "ding-dong-ding-dong" alternating bell pattern (~0.5 s)
- ``halfway.wav``      a single gentle bell (~0.4 s)
- ``rep.wav``          very short soft woodblock click for paced reps (~0.06 s, ~-10 dBFS)
- ``phase.wav``        the rep's woodblock, lower and softer, at a phase boundary (~0.06 s)
- ``say.wav``          two soft rising notes before a spoken cue of the routine (~0.3 s)
- ``last_set.wav``     three quick ascending staccato notes (~0.5 s)
- ``finished.wav``     warm major arpeggio ringing into a chord (~1.2 s)

Each note is a sum of sine partials (a few soft harmonics, or slightly inharmonic
partials for bell timbres) shaped by a raised-cosine attack of a few milliseconds and an
exponential decay; higher partials decay faster.  Every file ends with a raised-cosine
fade so the first and last samples are exactly zero, and is peak-normalised.

Only the standard library is used and there is no randomness, so the output is
byte-for-byte identical on every run.

Usage::

    python tools/make_sounds.py [--out DIR]
"""

from __future__ import annotations

import argparse
import math
import sys
import wave
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

SAMPLE_RATE = 44100
DEFAULT_OUT = Path(__file__).resolve().parent.parent / "resources" / "sounds"


@dataclass(frozen=True)
class Partial:
    """One sine component of a timbre."""

    ratio: float  # frequency relative to the note's fundamental
    amp: float  # relative amplitude
    decay: float = 1.0  # multiplier on the note's decay rate (higher = dies sooner)


# Warm, rounded tone: fundamental plus a couple of quiet harmonics.
SOFT: tuple[Partial, ...] = (
    Partial(1.0, 1.0),
    Partial(2.0, 0.22, 1.6),
    Partial(3.0, 0.06, 2.4),
)

# Brighter but still gentle tone for the "go" cues.
BRIGHT: tuple[Partial, ...] = (
    Partial(1.0, 1.0),
    Partial(2.0, 0.35, 1.4),
    Partial(3.0, 0.14, 2.0),
    Partial(4.0, 0.05, 2.8),
)

# Small-bell timbre: slightly inharmonic partials that fade faster than the fundamental.
BELL: tuple[Partial, ...] = (
    Partial(1.0, 1.0),
    Partial(2.01, 0.30, 1.5),
    Partial(2.76, 0.16, 2.2),
    Partial(4.07, 0.07, 3.0),
    Partial(5.43, 0.03, 4.0),
)

# Hollow woodblock: fundamental plus an inharmonic mode that dies almost instantly.
WOOD: tuple[Partial, ...] = (
    Partial(1.0, 1.0),
    Partial(2.32, 0.35, 2.5),
    Partial(4.1, 0.10, 4.0),
)

# Pure tone with a whisper of second harmonic for the countdown blip.
BLIP: tuple[Partial, ...] = (
    Partial(1.0, 1.0),
    Partial(2.0, 0.12, 1.8),
)


@dataclass(frozen=True)
class Note:
    """A single struck note placed in a sound."""

    freq: float  # fundamental frequency in Hz
    start: float  # onset time in seconds
    tau: float  # decay time constant of the fundamental in seconds
    timbre: tuple[Partial, ...] = SOFT
    amp: float = 1.0
    attack: float = 0.004  # raised-cosine attack length in seconds
    glide: float = 0.0  # initial pitch offset (fraction) that relaxes to the true pitch
    glide_tau: float = 0.01  # time constant of that pitch relaxation in seconds


@dataclass(frozen=True)
class Sound:
    """A complete cue: its notes, total length, fade-out and target peak level."""

    name: str
    duration: float  # seconds
    notes: tuple[Note, ...]
    peak_dbfs: float = -3.0
    fade_out: float = 0.02  # raised-cosine fade at the very end, in seconds


def midi(note: int) -> float:
    """Frequency of a MIDI note number (A4 = 69 = 440 Hz)."""
    return 440.0 * float(2.0 ** ((note - 69) / 12))


# Note numbers used below.
G4, C5, D5, E5, FS5, G5, A5, B5, C6, E6 = 67, 72, 74, 76, 78, 79, 81, 83, 84, 88


def render_note(note: Note, buf: list[float]) -> None:
    """Add one note into ``buf`` (mixing in place)."""
    first = round(note.start * SAMPLE_RATE)
    if first >= len(buf):
        return
    count = len(buf) - first
    attack_n = max(1, round(note.attack * SAMPLE_RATE))
    dt = 1.0 / SAMPLE_RATE
    nyquist = SAMPLE_RATE / 2
    for partial in note.timbre:
        base = note.freq * partial.ratio
        if base * (1.0 + note.glide) >= nyquist * 0.9:
            continue
        # Per-sample decay factor; skip the tail once it is inaudible.
        rate = partial.decay / note.tau
        step = math.exp(-rate * dt)
        level = note.amp * partial.amp
        decay = 1.0
        phase = 0.0
        for i in range(count):
            t = i * dt
            freq = base
            if note.glide:
                freq = base * (1.0 + note.glide * math.exp(-t / note.glide_tau))
            env = decay
            if i < attack_n:
                env *= 0.5 - 0.5 * math.cos(math.pi * i / attack_n)
            buf[first + i] += level * env * math.sin(phase)
            phase += 2.0 * math.pi * freq * dt
            if phase > 2.0 * math.pi:
                phase -= 2.0 * math.pi
            decay *= step
            if decay < 1e-5:
                break


def render(sound: Sound) -> list[float]:
    """Render a sound to floats, faded to zero at the end and peak-normalised."""
    n = round(sound.duration * SAMPLE_RATE)
    buf = [0.0] * n
    for note in sound.notes:
        render_note(note, buf)

    fade_n = max(2, round(sound.fade_out * SAMPLE_RATE))
    for k in range(fade_n):
        # k = 0 is the last sample (gain 0); gain rises to ~1 fade_n samples from the end.
        buf[n - 1 - k] *= 0.5 - 0.5 * math.cos(math.pi * k / fade_n)
    buf[0] = 0.0

    peak = max(abs(x) for x in buf)
    if peak > 0.0:
        gain = 10.0 ** (sound.peak_dbfs / 20.0) / peak
        buf = [x * gain for x in buf]
    return buf


def write_wav(path: Path, samples: Sequence[float]) -> None:
    """Write float samples in [-1, 1] as a 16-bit mono little-endian PCM WAV."""
    pcm = array("h", (max(-32767, min(32767, round(x * 32767))) for x in samples))
    if sys.byteorder == "big":
        pcm.byteswap()
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(SAMPLE_RATE)
        wav.writeframes(pcm.tobytes())


SOUNDS: tuple[Sound, ...] = (
    Sound(
        "countdown",
        0.12,
        (Note(midi(C6), 0.0, 0.022, BLIP, attack=0.003),),
        peak_dbfs=-9.0,
        fade_out=0.015,
    ),
    Sound(
        "work_start",
        0.5,
        (
            Note(midi(G5), 0.00, 0.07, BRIGHT, amp=0.8),
            Note(midi(C6), 0.08, 0.07, BRIGHT, amp=0.85),
            Note(midi(E6), 0.16, 0.12, BRIGHT),
            Note(midi(C5), 0.16, 0.12, SOFT, amp=0.45),
        ),
        fade_out=0.04,
    ),
    Sound(
        "rest_start",
        0.6,
        (
            Note(midi(E5), 0.00, 0.11, SOFT, attack=0.008),
            Note(midi(C5), 0.14, 0.11, SOFT, attack=0.008),
            Note(midi(G4), 0.28, 0.13, SOFT, attack=0.008),
        ),
        fade_out=0.06,
    ),
    Sound(
        "switch_sides",
        0.5,
        (
            Note(midi(B5), 0.00, 0.07, BELL, amp=0.9),
            Note(midi(G5), 0.11, 0.07, BELL),
            Note(midi(B5), 0.22, 0.07, BELL, amp=0.9),
            Note(midi(G5), 0.33, 0.07, BELL),
        ),
        fade_out=0.03,
    ),
    Sound(
        "halfway",
        0.4,
        (Note(midi(A5), 0.0, 0.11, BELL, attack=0.003),),
        fade_out=0.04,
    ),
    Sound(
        "rep",
        0.06,
        (Note(midi(G5) * 1.1, 0.0, 0.008, WOOD, attack=0.0015, glide=0.08, glide_tau=0.004),),
        peak_dbfs=-10.0,
        fade_out=0.01,
    ),
    Sound(
        "phase",
        0.06,
        (Note(midi(D5) * 1.1, 0.0, 0.008, WOOD, attack=0.0015, glide=0.08, glide_tau=0.004),),
        peak_dbfs=-14.0,
        fade_out=0.01,
    ),
    Sound(
        "say",
        0.3,
        (
            Note(midi(E5), 0.00, 0.06, SOFT, amp=0.8, attack=0.006),
            Note(midi(A5), 0.09, 0.08, SOFT, attack=0.006),
        ),
        peak_dbfs=-8.0,
        fade_out=0.04,
    ),
    Sound(
        "last_set",
        0.5,
        (
            Note(midi(D5), 0.00, 0.04, BRIGHT, amp=0.85),
            Note(midi(FS5), 0.10, 0.04, BRIGHT, amp=0.9),
            Note(midi(A5), 0.20, 0.09, BRIGHT),
        ),
        fade_out=0.04,
    ),
    Sound(
        "finished",
        1.2,
        (
            Note(midi(C5), 0.00, 0.35, SOFT, amp=0.7, attack=0.006),
            Note(midi(E5), 0.09, 0.33, SOFT, amp=0.65, attack=0.006),
            Note(midi(G5), 0.18, 0.31, SOFT, amp=0.6, attack=0.006),
            Note(midi(C6), 0.27, 0.32, BELL, amp=0.55, attack=0.006),
            Note(midi(C5) / 2, 0.27, 0.40, SOFT, amp=0.35, attack=0.012),
        ),
        fade_out=0.25,
    ),
)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--out",
        type=Path,
        default=DEFAULT_OUT,
        help=f"output directory (default: {DEFAULT_OUT})",
    )
    args = parser.parse_args(argv)
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    for sound in SOUNDS:
        path = out / f"{sound.name}.wav"
        write_wav(path, render(sound))
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
