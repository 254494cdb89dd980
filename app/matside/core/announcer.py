"""What sounds and what is said as a session runs: the decisions, apart from the playing.

The announcer hears a session's events and, when asked, says what to play for the ones that
fell due: a tone for each instant at which cues fell (the most telling of them), and the coach's
phrase for each segment start and cue. It drops what fell due too long ago, leaves the tones out
when the user wants only the voice, and lets the coach count aloud then. The run screen plays
what it is given through its sound backend.

The coach's follow-ups (a move's cue line, its instructions) are said one after another after
a segment's opening phrase, each only when it ends, by its rendered length, before the next
phrase or tone of the segment (rep ticks aside) and before the segment's end
(:func:`fit_phrases`); what does not fit is left out, so the voice never talks over itself, nor
over the countdown, nor runs into the move.

In voice-only mode the coach says the phase of a paced rep ("Hold.") at each later phase
boundary; those words are the least of what is said: each only where it fits in the quiet
between the segment's other phrases and before its end (:meth:`Announcer.phase_words`).
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Sequence
from dataclasses import dataclass

from matside.core.coach import Coach
from matside.core.cues import Cue, CueKind
from matside.core.session import CueDue, Event, SegmentStarted
from matside.core.timeline import Timeline

STALE_CUE_SECONDS = 1.0
"""A cue noticed later than this (the laptop slept, say) is not sounded any more."""

SOUND_PRIORITY = (
    CueKind.FINISHED,
    CueKind.LAST_SET,
    CueKind.WORK_START,
    CueKind.SWITCH_SIDES,
    CueKind.REST_START,
    CueKind.SAY,
    CueKind.HALFWAY,
    CueKind.COUNTDOWN,
    CueKind.REP,
    CueKind.PHASE,
)
"""When several cues fall on one instant, one tone plays: the first of these kinds."""

SPEECH_GAP = 0.4
"""Seconds of quiet between two phrases, and before the next phrase a segment has."""

END_MARGIN = 1.0
"""A follow-up ends at least this long before its segment does."""


def fit_phrases(
    phrases: Sequence[tuple[str, float | None]], start: float, free_until: float
) -> list[tuple[float, str]]:
    """When to say each of ``phrases`` (phrase, length in seconds) one after another from
    ``start``, each ending by ``free_until``.

    A phrase of unknown length (not rendered) is left out; at the first that does not fit, the
    rest are left out too: instructions are read in order or not at all.

    Returns:
        (instant, phrase) for each phrase to say.
    """
    planned: list[tuple[float, str]] = []
    at = start
    for phrase, seconds in phrases:
        if seconds is None:
            continue
        if at + seconds > free_until:
            break
        planned.append((at, phrase))
        at += seconds + SPEECH_GAP
    return planned


@dataclass(frozen=True)
class Tone:
    """Play the tone of ``cue`` (the sound backend knows which sound that is)."""

    cue: Cue


@dataclass(frozen=True)
class Say:
    """Say ``phrase`` in the coach's voice (when it has been rendered)."""

    phrase: str


Announcement = Tone | Say


class Announcer:
    """Decides, for one session, what sounds and what the coach says.

    Args:
        timeline: the session's timeline.
        cues: its cue plan (``Session.cues``), indexed like the segments.
        tones: whether tones sound as well as the voice; without a voice they always do.
        voice: whether a voice will speak (its phrases come from :meth:`plan_voice`).
        read_instructions: whether the coach reads a move's instructions in the rest before it.
    """

    def __init__(
        self,
        timeline: Timeline,
        cues: Sequence[tuple[Cue, ...]],
        *,
        tones: bool = True,
        voice: bool = False,
        read_instructions: bool = False,
    ):
        self.timeline = timeline
        self.cues = cues
        self.tones = tones or not voice
        self.read_instructions = read_instructions
        self.coach: Coach | None = None
        self._pending: list[CueDue | SegmentStarted] = []
        self._lengths: dict[str, float] = {}
        self._follow_ups: list[tuple[float, str]] = []
        self._phase_words: dict[int, frozenset[Cue]] = {}

    def hear(self, event: Event) -> None:
        """Note a session event (a session listener): starts and cues wait for :meth:`due`."""
        if isinstance(event, CueDue | SegmentStarted):
            self._pending.append(event)

    def plan_voice(self) -> list[str]:
        """Every phrase the coach may say, each once, first needed first; from now on the
        announcements include them."""
        self.coach = Coach(
            self.timeline, self.cues, tones=self.tones, read_instructions=self.read_instructions
        )
        return self.coach.phrases()

    def phrase_length(self, phrase: str, seconds: float) -> None:
        """``phrase`` is rendered and lasts ``seconds``: follow-ups are fitted by it."""
        self._lengths[phrase] = seconds
        self._phase_words.clear()  # planned by the lengths known

    def next_due(self) -> float | None:
        """When the next follow-up is due, for the screen's timer; None: none is."""
        return self._follow_ups[0][0] if self._follow_ups else None

    def voice_failed(self) -> None:
        """The voice cannot speak: the tones stand in for it from now on."""
        self.tones = True

    def due(self, now: float) -> list[Announcement]:
        """What to play now for the events heard since the last call, in order.

        Events due more than :data:`STALE_CUE_SECONDS` before ``now`` are dropped. The tones
        come first, one per instant, then the coach's phrases.
        """
        return [announcement for _, announcement in self.due_timed(now)]

    def due_timed(self, now: float) -> list[tuple[float, Announcement]]:
        """:meth:`due`, each announcement with the instant it was due.

        A segment's follow-up phrases (its move's cue, said after the opening phrase) fall due
        later than the start that calls for them: they are kept and given out once due.
        """
        if any(isinstance(event, SegmentStarted) for event in self._pending):
            self._follow_ups = []  # a segment that starts ends the one before's follow-ups
        fresh = [event for event in self._pending if now - event.due <= STALE_CUE_SECONDS]
        self._pending.clear()
        played = []
        for instant, announcement in self.announce(fresh):
            if instant > now and isinstance(announcement, Say):
                self._follow_ups.append((instant, announcement.phrase))
            else:
                played.append((instant, announcement))
        self._follow_ups.sort()
        while self._follow_ups and self._follow_ups[0][0] <= now:
            at, phrase = self._follow_ups.pop(0)
            if now - at <= STALE_CUE_SECONDS:
                played.append((at, Say(phrase)))
        return played

    def follow_ups_until(self, until: float) -> list[tuple[float, Announcement]]:
        """The follow-up phrases kept for later that fall due by ``until`` (for the cue
        thread's plan); they stay kept until :meth:`due_timed` gives them out."""
        return [(at, Say(phrase)) for at, phrase in self._follow_ups if at <= until]

    def announce(self, events: Sequence[Event]) -> list[tuple[float, Announcement]]:
        """What the given events call for, each with the instant it is due; nothing is noted.

        The tones come first, one per instant (the most telling cue's), then the coach's
        phrases, in the order of the events. Other events than starts and cues are ignored.
        """
        heard = [event for event in events if isinstance(event, CueDue | SegmentStarted)]
        played: list[tuple[float, Announcement]] = []
        if self.tones:
            by_instant: dict[float, list[Cue]] = {}
            for event in heard:
                if isinstance(event, CueDue):
                    by_instant.setdefault(event.due, []).append(event.cue)
            for instant in sorted(by_instant):
                chosen = min(by_instant[instant], key=lambda cue: SOUND_PRIORITY.index(cue.kind))
                played.append((instant, Tone(chosen)))
        if self.coach is not None:
            for event in heard:
                if isinstance(event, SegmentStarted):
                    phrase = self.coach.at_segment_start(event.index)
                else:
                    phrase = self.coach.for_cue(event.index, event.cue)
                    if event.cue.kind is CueKind.PHASE and event.cue not in self.phase_words(
                        self.coach, event.index
                    ):
                        phrase = None
                if phrase:
                    played.append((event.due, Say(phrase)))
                if isinstance(event, SegmentStarted):
                    follow_ups = self._plan_follow_ups(self.coach, event, phrase)
                    played.extend((at, Say(line)) for at, line in follow_ups)
        return played

    def _plan_follow_ups(
        self, coach: Coach, started: SegmentStarted, opening: str | None
    ) -> list[tuple[float, str]]:
        """When to say the follow-ups of a segment that started: after its opening phrase,
        before its next phrase and its end."""
        index, segment = started.index, started.segment
        phrases = [(p, self._lengths.get(p)) for p in coach.follow_ups(index)]
        if not phrases:
            return []
        start = started.due
        if opening:
            start += self._lengths.get(opening, 0.0) + SPEECH_GAP
        free_until = math.inf
        if segment.seconds is not None:
            free_until = started.due + segment.seconds - END_MARGIN
            for cue in self.cues[index]:
                # The segment's next phrase or tone (the countdown) ends the quiet; rep and phase
                # ticks may sound under a phrase, and phase words give way to it.
                if cue.kind is CueKind.PHASE:
                    continue
                if (self.tones and cue.kind is not CueKind.REP) or coach.for_cue(index, cue):
                    later = started.due + cue.due_in(segment.seconds) - SPEECH_GAP
                    free_until = min(free_until, later)
        return fit_phrases(phrases, start, free_until)

    def phase_words(self, coach: Coach, index: int) -> frozenset[Cue]:
        """The phase cues of segment ``index`` whose words the coach says (voice only).

        Each is said only where its rendered words fit in the quiet: after every other phrase
        of the segment that starts before it (the opening, the follow-ups, the counts, the
        routine's own cues, the phase words kept before it) has ended, ending before the next
        one starts and before the segment's end, :data:`SPEECH_GAP` apart. A phase word not
        rendered is not said.
        """
        kept = self._phase_words.get(index)
        if kept is None:
            kept = frozenset(self._fit_phase_words(coach, index))
            self._phase_words[index] = kept
        return kept

    def _fit_phase_words(self, coach: Coach, index: int) -> list[Cue]:
        segment = self.timeline.segments[index]
        length = segment.seconds or 0.0  # (paced work always has a length)
        busy: list[tuple[float, float]] = []  # (from, until) of the segment's other phrases
        opening = coach.at_segment_start(index)
        if opening:
            busy.append((0.0, self._lengths.get(opening, 0.0)))
        started = SegmentStarted(index, segment, 0.0)
        busy += [
            (at, at + self._lengths.get(p, 0.0))
            for at, p in self._plan_follow_ups(coach, started, opening)
        ]
        phases: list[tuple[float, Cue, str]] = []
        for cue in self.cues[index]:
            phrase = coach.for_cue(index, cue)
            if not phrase:
                continue
            at = cue.due_in(length)
            if cue.kind is CueKind.PHASE:
                phases.append((at, cue, phrase))
            else:
                busy.append((at, at + self._lengths.get(phrase, 0.0)))
        busy.sort()
        starts = [start for start, _ in busy]
        ends_by = [0.0]  # the latest end of the phrases starting before each
        for _, end in busy:
            ends_by.append(max(ends_by[-1], end))
        kept: list[Cue] = []
        quiet_from = 0.0  # the end of the last phase word kept
        for at, cue, phrase in sorted(phases, key=lambda item: item[0]):
            seconds = self._lengths.get(phrase)
            if seconds is None:
                continue
            before = bisect.bisect_right(starts, at)  # the phrases starting by ``at``
            after = starts[before] if before < len(starts) else length
            free = max(ends_by[before], quiet_from) + SPEECH_GAP if before or kept else 0.0
            if at >= free and at + seconds + SPEECH_GAP <= min(after, length):
                kept.append(cue)
                quiet_from = at + seconds
        return kept
