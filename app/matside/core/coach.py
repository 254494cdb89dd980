"""What the coach's voice says, and when: phrases planned from the timeline and its cues.

Phrases due at one instant are joined into one ("Last set. Left side."), so two voices never
talk over each other. Every phrase a session can need is known before it starts, so all of
them can be rendered ahead of time.

After the phrase that opens a get-ready or rest, the coach may go on with the coming move's
cue line and, when the user asks for it, its instructions (:meth:`Coach.follow_ups`); the
announcer says them only where they fit.
"""

from __future__ import annotations

from collections.abc import Sequence

from matside.core.cues import Anchor, Cue, CueKind
from matside.core.i18n import QT_TRANSLATE_NOOP, translate
from matside.core.readability import PhaseKind, cue_text, phase_kinds
from matside.core.timeline import Segment, SegmentKind, Side, Timeline

PHASE_SPOKEN_WORDS: dict[PhaseKind, str] = {
    PhaseKind.MOVE: QT_TRANSLATE_NOOP("Coach", "Move."),
    PhaseKind.HOLD: QT_TRANSLATE_NOOP("Coach", "Hold."),
    PhaseKind.RETURN: QT_TRANSLATE_NOOP("Coach", "Return."),
}
"""What the coach says at a later phase boundary of a paced rep when the tones are off, in
English (the banner shows the same phase: readability.PHASE_BANNER_WORDS)."""


def say_seconds(seconds: float) -> str:
    """``30`` -> ``30 seconds``; ``90`` -> ``1 minute 30 seconds``."""
    whole = round(seconds)
    minutes, rest = divmod(whole, 60)
    parts = []
    if minutes:
        one = minutes == 1
        words = translate("Coach", "{n} minute") if one else translate("Coach", "{n} minutes")
        parts.append(words.format(n=minutes))
    if rest or not minutes:
        one = rest == 1
        words = translate("Coach", "{n} second") if one else translate("Coach", "{n} seconds")
        parts.append(words.format(n=rest))
    return " ".join(parts)


def say_measure(segment: Segment) -> str:
    """``8 reps each side``, ``40 seconds``."""
    exercise = segment.exercise
    if exercise is None:
        return ""
    if exercise.reps is not None:
        how_much = translate("Coach", "{n} reps").format(n=exercise.reps)
    else:
        how_much = say_seconds(exercise.seconds or 0)
    if exercise.sides == "each":
        return translate("Coach", "{how_much} each side").format(how_much=how_much)
    return how_much


def _starts_at_zero(cue: Cue) -> bool:
    return cue.anchor is Anchor.START and cue.offset == 0


class Coach:
    """Plans the spoken cues of one timeline.

    Args:
        timeline: the session's timeline.
        cues: its cue plan (``plan_cues``), indexed like the segments.
        tones: whether tones sound too; without them the countdown and the reps are counted
            aloud.
        read_instructions: whether the coach reads a move's instructions in the rest before it.
    """

    def __init__(
        self,
        timeline: Timeline,
        cues: Sequence[tuple[Cue, ...]],
        tones: bool,
        read_instructions: bool = False,
    ):
        self.timeline = timeline
        self.cues = cues
        self.tones = tones
        self.read_instructions = read_instructions
        self._later: dict[int, dict[Cue, str | None]] = {}

    def _later_phrases(self, index: int) -> dict[Cue, str | None]:
        """Cues later in a segment that fall on one instant share one phrase, said by the first."""
        planned = self._later.get(index)
        if planned is None:
            length = self.timeline.segments[index].seconds or 0.0
            instants: dict[float, list[Cue]] = {}
            for cue in self.cues[index]:
                if not _starts_at_zero(cue):
                    instants.setdefault(cue.due_in(length), []).append(cue)
            planned = {}
            for group in instants.values():
                others = [cue for cue in group if cue.kind is not CueKind.PHASE]
                if any(self._cue_words(cue, index) for cue in others):
                    group = others  # where anything else is said, the phase word gives way
                words = [w for w in (self._cue_words(cue, index) for cue in group) if w]
                planned[group[0]] = " ".join(words) or None
            self._later[index] = planned
        return planned

    def phrases(self) -> list[str]:
        """Every phrase the session may say, each once, in the order first needed."""
        seen: dict[str, None] = {}
        for index, segment_cues in enumerate(self.cues):
            start = self.at_segment_start(index)
            if start:
                seen.setdefault(start)
            for follow_up in self.follow_ups(index):
                seen.setdefault(follow_up)
            for cue in segment_cues:
                phrase = self.for_cue(index, cue)
                if phrase:
                    seen.setdefault(phrase)
        return list(seen)

    def at_segment_start(self, index: int) -> str | None:
        """The phrase said as segment ``index`` starts, with the cues due at that instant."""
        parts = [self._cue_words(cue, index) for cue in self.cues[index] if _starts_at_zero(cue)]
        cue_words = [p for p in parts if p]
        segment_words = self._segment_words(index)
        words = cue_words + ([segment_words] if segment_words else [])
        return " ".join(words) or None

    def follow_ups(self, index: int) -> list[str]:
        """What may follow the phrase that opens segment ``index``, in order.

        In a get-ready or rest: the coming move's cue line, then, with ``read_instructions``,
        its instructions a paragraph each. At the start of a move that no get-ready or rest
        came before: its cue line. The announcer says each only where it fits.
        """
        segment = self.timeline.segments[index]
        exercise = segment.exercise
        if exercise is None:
            return []
        phrases = [cue_text(exercise)]
        if segment.kind in (SegmentKind.PREPARE, SegmentKind.REST):
            if self.read_instructions:
                phrases += [" ".join(p.split()) for p in exercise.instructions]
        elif not self._first_of_move_unannounced(index):
            return []
        return [phrase for phrase in phrases if phrase]

    def _first_of_move_unannounced(self, index: int) -> bool:
        """Segment ``index`` is a move's first work, with no get-ready or rest before it."""
        segment = self.timeline.segments[index]
        if segment.kind is not SegmentKind.WORK or segment.set != 1:
            return False
        if segment.side not in (None, Side.LEFT):
            return False
        previous = self.timeline.segments[index - 1] if index > 0 else None
        return previous is None or previous.kind is SegmentKind.WORK

    def for_cue(self, index: int, cue: Cue) -> str | None:
        """The phrase said for a cue later in a segment (those at its start are joined above).

        Cues due at one instant share a phrase: the first of them says it, the others None.
        """
        return self._later_phrases(index).get(cue)

    def _cue_words(self, cue: Cue, index: int) -> str | None:
        kind = cue.kind
        if kind is CueKind.HALFWAY:
            return translate("Coach", "Halfway.")
        if kind is CueKind.LAST_SET:
            if self.timeline.segments[index].circuit is not None:
                return translate("Coach", "Last round.")
            return translate("Coach", "Last set.")
        if kind is CueKind.SAY:
            return cue.words
        if kind is CueKind.FINISHED:
            return translate("Coach", "Well done! That's the whole routine.")
        if kind in (CueKind.COUNTDOWN, CueKind.REP) and not self.tones and cue.value:
            return f"{cue.value}."
        phases = self.timeline.segments[index].phases
        if kind is CueKind.PHASE and not self.tones and phases and cue.value is not None:
            return translate("Coach", PHASE_SPOKEN_WORDS[phase_kinds(len(phases))[cue.value]])
        return None

    def _segment_words(self, index: int) -> str | None:
        segment = self.timeline.segments[index]
        kind = segment.kind
        if kind is SegmentKind.PREPARE:
            return translate("Coach", "Get ready. {move}.").format(
                move=self._exercise_words(segment)
            )
        if kind is SegmentKind.SWITCH:
            return translate("Coach", "Switch sides.")
        if kind is SegmentKind.WORK:
            if segment.is_open:
                return translate(
                    "Coach", "{n} reps at your own pace. Press space when done."
                ).format(n=segment.reps)
            if segment.side is Side.LEFT:
                return translate("Coach", "Left side. Go!")
            if segment.side is Side.RIGHT:
                return translate("Coach", "Right side. Go!")
            return translate("Coach", "Go!")
        if kind is SegmentKind.REST:
            coming = self._next_words(index, segment)
            if segment.is_open:
                return translate(
                    "Coach", "Rest as needed. Press space when ready. Next: {coming}."
                ).format(coming=coming)
            return translate("Coach", "Rest, {how_long}. Next: {coming}.").format(
                how_long=say_seconds(segment.seconds or 0), coming=coming
            )
        return None

    def _exercise_words(self, segment: Segment, previous: Segment | None = None) -> str:
        name = segment.exercise.name if segment.exercise is not None else ""
        measure = say_measure(segment)
        words = f"{name}, {measure}" if measure else name
        new_round = previous is None or (previous.circuit, previous.round) != (
            segment.circuit,
            segment.round,
        )
        if segment.circuit is not None and new_round:
            return translate("Coach", "{circuit}, round {round} of {rounds}: {move}").format(
                circuit=segment.circuit, round=segment.round, rounds=segment.rounds, move=words
            )
        return words

    def _next_words(self, index: int, segment: Segment) -> str:
        previous = self.timeline.segments[index - 1] if index > 0 else None
        same_exercise = previous is not None and previous.exercise_index == segment.exercise_index
        if same_exercise and segment.circuit is None and segment.set is not None:
            return translate("Coach", "set {set} of {sets}").format(
                set=segment.set, sets=segment.sets
            )
        return self._exercise_words(segment, previous)
