"""Readable from three metres: how tall each text of the run screen is, and which words it shows.

The run screen is read from the mat, about 3 m away, on laptops of every size. Each text has a
minimum letter height (the height of a capital letter) stated here once, as a share of the
window's height; the run screen lays out from these shares and a test measures the laid-out
fonts against them at 1024×600, 1366×768, 1920×1080 and 3840×2160.

Long instructions cannot be read from the mat while moving: the screen shows one short cue line
(:func:`cue_text`) and the full instructions only while there is room and time to read them, in
the get-ready and the rests before the move (:func:`guidance`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from matside.core.routine import MAX_CUE, Exercise
from matside.core.timeline import Segment, SegmentKind


class Text(StrEnum):
    """A text of the run screen that has a letter height of its own."""

    CLOCK = "clock"  # the countdown
    PHASE = "phase"  # WORK, REST…
    MOVE = "move"  # the exercise's name
    SIDE = "side"  # LEFT side, with its L / R badge
    REP = "rep"  # Rep 3 of 8
    SET = "set"  # Set 1 of 2
    MOVE_COUNT = "move count"  # Move 2 of 5
    CUE = "cue"  # the one cue line
    WAITING = "waiting"  # "Rest as long as you need…", in the clock's place
    NEXT = "next"  # Next: …
    TIME_LEFT = "time left"  # time left in the routine
    RESTED = "rested"  # time rested in a rest that waits
    INSTRUCTIONS = "instructions"  # the full instructions, when there is room and time


LETTER_SHARES: dict[Text, float] = {
    Text.CLOCK: 0.25,
    Text.PHASE: 0.06,
    Text.MOVE: 0.06,
    Text.SIDE: 0.06,
    Text.REP: 0.05,
    Text.SET: 0.05,
    Text.MOVE_COUNT: 0.05,
    Text.CUE: 0.05,
    Text.WAITING: 0.05,
    Text.NEXT: 0.04,
    Text.TIME_LEFT: 0.04,
    Text.RESTED: 0.04,
    Text.INSTRUCTIONS: 0.035,
}
"""The least letter height (capital letters) of each text, as a share of the window's height.

At 3 m a letter needs about 13 mm; a laptop screen seen 40 cm wide makes 6 % of its height about
that. The clock, the phase, the move and the side are what one acts on; the rest is read on the
way.
"""

BUDGET_SIZES: tuple[tuple[int, int], ...] = ((1024, 600), (1366, 768), (1920, 1080), (3840, 2160))
"""The window sizes at which the run screen must meet :data:`LETTER_SHARES`."""

WAITING_REST_WORDS = "Rest as long as you need — any clicker key goes on"
"""What a rest that waits for the user says in the clock's place."""

SIDE_BADGES = {"left": "L", "right": "R"}
"""The letter on the badge beside the side word."""

LAST_SECONDS_FOR_THE_CUE = 5.0
"""In the last seconds before a move only its cue line shows, whatever the room."""

MIN_SECONDS_FOR_INSTRUCTIONS = 10.0
"""A get-ready or rest shorter than this shows the cue line only: no time to read more."""

_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")


def first_sentence(instructions: Sequence[str], limit: int = MAX_CUE) -> str:
    """The first sentence of the first paragraph, at most ``limit`` characters.

    ``["Lie on your side. Knees bent.", …]`` -> ``"Lie on your side."``. A longer sentence is
    cut at a word and ends in ``…``.
    """
    paragraph = next((p.strip() for p in instructions if p.strip()), "")
    sentence = " ".join(_SENTENCE_END.split(paragraph, maxsplit=1)[0].split())
    if len(sentence) <= limit:
        return sentence
    cut = sentence[: limit - 1].rsplit(" ", 1)[0] if " " in sentence[:limit] else ""
    return (cut or sentence[: limit - 1]).rstrip(",;:") + "…"


def cue_text(exercise: Exercise | None) -> str:
    """The one short line for ``exercise``: its ``cue``, else its instructions' first sentence."""
    if exercise is None:
        return ""
    if exercise.cue and exercise.cue.strip():
        return " ".join(exercise.cue.split())
    return first_sentence(exercise.instructions)


@dataclass(frozen=True)
class Guidance:
    """What the run screen shows of a move's instructions: ``text``, the full instructions
    (``full``, in smaller letters) or the one cue line."""

    text: str
    full: bool = False


def guidance(segment: Segment, seconds_left: float | None, room: int) -> Guidance:
    """The words to show for ``segment`` with ``seconds_left`` in it (None: it waits).

    The full instructions of the coming move show in a get-ready or rest that is long enough
    to read them (:data:`MIN_SECONDS_FOR_INSTRUCTIONS`), until its last
    :data:`LAST_SECONDS_FOR_THE_CUE`, when they fit in ``room`` characters (the screen says how
    many fit at :data:`LETTER_SHARES` ``[INSTRUCTIONS]``). Otherwise, and during the move, the
    cue line shows.
    """
    exercise = segment.exercise
    cue = Guidance(cue_text(exercise))
    if exercise is None or segment.kind not in (SegmentKind.PREPARE, SegmentKind.REST):
        return cue
    full = "\n".join(p.strip() for p in exercise.instructions if p.strip())
    if not full or len(full) > room:
        return cue
    if segment.seconds is not None and segment.seconds < MIN_SECONDS_FOR_INSTRUCTIONS:
        return cue
    if seconds_left is not None and seconds_left <= LAST_SECONDS_FOR_THE_CUE:
        return cue
    return Guidance(full, full=True)


def move_count_text(segment: Segment, moves: int) -> str:
    """``Move 2 of 5`` for a segment of the second of five exercises; empty with one move."""
    if segment.exercise_index is None or moves < 2:
        return ""
    return f"Move {segment.exercise_index + 1} of {moves}"


def side_badge(segment: Segment) -> str:
    """``L`` or ``R`` for a segment that works (or, in a rest, starts) one side; else empty."""
    if segment.side is not None:
        return SIDE_BADGES[segment.side.value]
    if segment.exercise is not None and segment.exercise.sides == "each":
        return SIDE_BADGES["left"]  # a get-ready or rest before a move done on each side
    return ""
