"""Readable from three metres: how tall each text of the run screen is, and which words it shows.

The run screen is read from the mat, about 3 m away, on laptops of every size. Each text has a
minimum letter height (the height of a capital letter) stated here once, as a share of the
window's height; the run screen lays out from these shares and a test measures the laid-out
fonts against them at 1024×600, 1366×768, 1920×1080 and 3840×2160.

Long instructions cannot be read from the mat while moving: the screen shows one short cue line
(:func:`cue_text`), and the full instructions, a readable piece at a time, only while there is
time to read them: in the get-ready and the rests before the move (:func:`guidance`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from matside.core.i18n import QT_TRANSLATE_NOOP, translate
from matside.core.routine import MAX_CUE, Exercise
from matside.core.timeline import Segment, SegmentKind, Side, Timeline


class Text(StrEnum):
    """A text of the run screen that has a letter height of its own."""

    CLOCK = "clock"  # the countdown
    PHASE = "phase"  # WORK, REST…
    MOVE = "move"  # the exercise's name
    SIDE = "side"  # LEFT side, with its L / R badge
    REP = "rep"  # Rep 3 of 8
    SET = "set"  # Set 1 of 2, or Round 1 of 2 in a circuit
    MOVE_COUNT = "move count"  # Move 2 of 5, or the circuit's name in a circuit
    CUE = "cue"  # the one cue line
    WAITING = "waiting"  # "Rest as long as you need…" (the key map's), in the clock's place
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

SIDE_BADGES = {
    "left": QT_TRANSLATE_NOOP("Side", "L"),
    "right": QT_TRANSLATE_NOOP("Side", "R"),
}
"""The letter on the badge beside the side word (in Spanish I and D: izquierda, derecha)."""


class PhaseKind(StrEnum):
    """What a phase of a paced rep does (docs/routine-format.md, Paced phases)."""

    MOVE = "move"  # towards the end position
    HOLD = "hold"  # still, where the move before it ended
    RETURN = "return"  # back to the start position


PHASE_BANNER_WORDS: dict[PhaseKind, str] = {
    PhaseKind.MOVE: QT_TRANSLATE_NOOP("RunScreen", "MOVE"),
    PhaseKind.HOLD: QT_TRANSLATE_NOOP("RunScreen", "HOLD"),
    PhaseKind.RETURN: QT_TRANSLATE_NOOP("RunScreen", "RETURN"),
}
"""The banner's word for a phase of a paced rep, in the place of WORK, in English."""


def phase_kinds(count: int) -> tuple[PhaseKind, ...]:
    """What each of ``count`` phases of a rep does.

    Moves and holds alternate, a move first; the last move goes back (``RETURN``), so a hold
    after it waits at the start. Two phases are both moves: there and back.
    ``[3, 2, 3]`` -> move, hold, return; ``[3, 1, 3, 1]`` -> move, hold, return, hold.
    """
    if count == 2:
        return (PhaseKind.MOVE, PhaseKind.RETURN)
    kinds = [PhaseKind.MOVE if n % 2 == 0 else PhaseKind.HOLD for n in range(count)]
    last_move = count - 1 if count % 2 else count - 2
    kinds[last_move] = PhaseKind.RETURN
    return tuple(kinds)


def rep_phase_kind(segment: Segment, elapsed: float) -> PhaseKind | None:
    """The phase a paced rep of ``segment`` is in, ``elapsed`` seconds in; None when the
    segment is not work paced in phases."""
    where = segment.rep_phase(elapsed)
    if segment.kind is not SegmentKind.WORK or not segment.phases or where is None:
        return None
    return phase_kinds(len(segment.phases))[where[1]]


def phase_picture(kinds: Sequence[PhaseKind], phase: int, count: int) -> int:
    """Which of ``count`` pictures (start position first, end position last) shows in
    ``phase``: the position it goes to, or holds. Before the return, the end position;
    from the return on, the start position."""
    returned = PhaseKind.RETURN in kinds[: phase + 1]
    return 0 if returned else count - 1


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


READING_CHARS_PER_SECOND = 12.0
"""How fast a piece of the instructions is read from the mat, between moves."""

MIN_PIECE_SECONDS = 4.0
"""Each piece of the instructions shows at least this long."""


@dataclass(frozen=True)
class Guidance:
    """What the run screen shows of a move's instructions: the one cue line, or ``piece`` of
    ``pieces`` of the full instructions (shown in smaller letters)."""

    text: str
    piece: int = 0
    pieces: int = 0

    @property
    def full(self) -> bool:
        """True for a piece of the full instructions, False for the cue line."""
        return self.pieces > 0


def instruction_pieces(instructions: Sequence[str], room: int) -> list[str]:
    """The instructions as pieces of at most ``room`` characters, in order.

    A paragraph that fits is one piece; a longer one is split between sentences, and a sentence
    longer than ``room`` between words.
    """
    pieces: list[str] = []
    for paragraph in instructions:
        words_of_paragraph = " ".join(paragraph.split())
        if not words_of_paragraph:
            continue
        current = ""
        for sentence in _SENTENCE_END.split(words_of_paragraph):
            for part in _split_words(sentence, room):
                joined = f"{current} {part}" if current else part
                if len(joined) <= room:
                    current = joined
                else:
                    pieces.append(current)
                    current = part
        pieces.append(current)
    return pieces


def _split_words(sentence: str, room: int) -> list[str]:
    """``sentence`` in parts of at most ``room`` characters, split between words (a word longer
    than ``room`` is cut)."""
    parts: list[str] = []
    current = ""
    for word in sentence.split(" "):
        while len(word) > room:
            if current:
                parts.append(current)
                current = ""
            parts.append(word[:room])
            word = word[room:]
        joined = f"{current} {word}" if current else word
        if len(joined) <= room:
            current = joined
        else:
            parts.append(current)
            current = word
    if current:
        parts.append(current)
    return parts


def reading_seconds(piece: str) -> float:
    """How long ``piece`` shows: :data:`READING_CHARS_PER_SECOND`, at least
    :data:`MIN_PIECE_SECONDS`."""
    return max(MIN_PIECE_SECONDS, len(piece) / READING_CHARS_PER_SECOND)


def spoken_cue_times(segment: Segment, room: int) -> list[tuple[float, float, str]]:
    """When the routine's spoken cues (``"cues"``) of a work interval show: (from, until,
    words), each from its ``at`` for its :func:`reading_seconds`. Words longer than ``room``
    characters show a piece at a time (:func:`instruction_pieces`), one after another."""
    if segment.kind is not SegmentKind.WORK or segment.exercise is None:
        return []
    times = []
    for spoken in segment.exercise.cues:
        start = spoken.at
        for piece in instruction_pieces([spoken.say], max(room, 1)):
            end = start + reading_seconds(piece)
            times.append((start, end, piece))
            start = end
    return times


def spoken_cue_shown(segment: Segment, elapsed: float, room: int) -> str | None:
    """The words of a spoken cue to show ``elapsed`` seconds into a work interval (the later
    cue's when two meet); None when none is showing. Shown whether or not a voice says them:
    without a voice, the screen is the only way to get them."""
    showing = [
        (start, words)
        for start, end, words in spoken_cue_times(segment, room)
        if start <= elapsed < end
    ]
    return max(showing)[1] if showing else None


def spoken_cue_edges(segment: Segment, room: int) -> tuple[float, ...]:
    """The instants into a work interval at which a spoken cue's words show or go."""
    times = spoken_cue_times(segment, room)
    return tuple(sorted({start for start, _, _ in times} | {end for _, end, _ in times}))


def guidance(segment: Segment, elapsed: float, seconds_left: float | None, room: int) -> Guidance:
    """The words to show ``elapsed`` seconds into ``segment``, ``seconds_left`` before its end
    (None: it waits for the user); ``room``: how many characters the screen has room for at
    :data:`LETTER_SHARES` ``[INSTRUCTIONS]``.

    During work, a spoken cue of the routine shows for a few seconds from its instant
    (:func:`spoken_cue_shown`), in the cue line's place. In a get-ready or rest before a move,
    long enough to read in
    (:data:`MIN_SECONDS_FOR_INSTRUCTIONS`), its full instructions show piece by piece
    (:func:`instruction_pieces`), each for its :func:`reading_seconds`; a rest that waits goes
    round them again. A piece that would not be read before the last
    :data:`LAST_SECONDS_FOR_THE_CUE` is left out: the cue line shows then, as during the move.
    """
    exercise = segment.exercise
    said = spoken_cue_shown(segment, elapsed, room)
    if said is not None:
        return Guidance(said)
    cue = Guidance(cue_text(exercise))
    if exercise is None or segment.kind not in (SegmentKind.PREPARE, SegmentKind.REST):
        return cue
    if segment.seconds is not None and segment.seconds < MIN_SECONDS_FOR_INSTRUCTIONS:
        return cue
    pieces = instruction_pieces(exercise.instructions, max(room, 1))
    if not pieces:
        return cue
    times = [reading_seconds(piece) for piece in pieces]
    moment = elapsed % sum(times) if seconds_left is None else elapsed
    for number, (piece, seconds) in enumerate(zip(pieces, times, strict=True), start=1):
        if moment < seconds:
            ends_in = seconds - moment
            if seconds_left is not None and seconds_left - ends_in < LAST_SECONDS_FOR_THE_CUE:
                return cue
            return Guidance(piece, number, len(pieces))
        moment -= seconds
    return cue


def set_text(segment: Segment) -> str:
    """``Set 2 of 3`` for straight sets, ``Round 2 of 3`` in a circuit; empty when there is
    only one."""
    if segment.circuit is not None:
        if segment.round is None or segment.rounds is None or segment.rounds < 2:
            return ""
        return translate("RunScreen", "Round {round} of {rounds}").format(
            round=segment.round, rounds=segment.rounds
        )
    if segment.set is None or segment.sets is None or segment.sets < 2:
        return ""
    return translate("RunScreen", "Set {set} of {sets}").format(set=segment.set, sets=segment.sets)


def move_count_text(segment: Segment, moves: int) -> str:
    """``Move 2 of 5`` for a segment of the second of five exercises; empty with one move.

    In a circuit (or the rest before one), the circuit's name instead, beside its round: the
    count would go back to the circuit's first move at every round.
    """
    if segment.circuit is not None:
        return segment.circuit
    if segment.exercise_index is None or moves < 2:
        return ""
    return translate("RunScreen", "Move {n} of {moves}").format(
        n=segment.exercise_index + 1, moves=moves
    )


def side_badge(segment: Segment) -> str:
    """``L`` or ``R`` for a segment that works (or, in a rest, starts) one side; else empty."""
    if segment.side is not None:
        return translate("Side", SIDE_BADGES[segment.side.value])
    if segment.exercise is not None and segment.exercise.sides == "each":
        # a get-ready or rest before a move done on each side
        return translate("Side", SIDE_BADGES["left"])
    return ""


def next_up_text(timeline: Timeline, index: int) -> str:
    """What comes after the move of segment ``index``, in as few words as tell it.

    ``Next: right side`` or ``Next: set 2 of 3, left side`` within one exercise, ``Next:
    Clamshell`` for another, ``Next: done`` after the last; nothing in a get-ready, switch or
    rest, which show the coming move itself.
    """
    segment = timeline.segments[index]
    if segment.kind is not SegmentKind.WORK:
        return ""
    following = timeline.next_work(index)
    if following is None or following.exercise is None:
        return translate("RunScreen", "Next: done")
    if following.exercise_index != segment.exercise_index:
        return translate("RunScreen", "Next: {move}").format(move=following.exercise.name)
    parts = []
    if following.round != segment.round:  # a circuit of one move, round after round
        parts.append(
            translate("RunScreen", "round {round} of {rounds}").format(
                round=following.round, rounds=following.rounds
            )
        )
    elif following.set != segment.set:
        parts.append(
            translate("RunScreen", "set {set} of {sets}").format(
                set=following.set, sets=following.sets
            )
        )
    if following.side is Side.LEFT:
        parts.append(translate("RunScreen", "left side"))
    elif following.side is Side.RIGHT:
        parts.append(translate("RunScreen", "right side"))
    return translate("RunScreen", "Next: {what}").format(what=", ".join(parts))
