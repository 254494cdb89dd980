"""What sounds and what is said as a session runs: the decisions, apart from the playing.

The announcer hears a session's events and, when asked, says what to play for the ones that
fell due: a tone for each instant at which cues fell (the most telling of them), and the coach's
phrase for each segment start and cue. It drops what fell due too long ago, leaves the tones out
when the user wants only the voice, and lets the coach count aloud then. The run screen plays
what it is given through its sound backend.
"""

from __future__ import annotations

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
    """

    def __init__(
        self,
        timeline: Timeline,
        cues: Sequence[tuple[Cue, ...]],
        *,
        tones: bool = True,
        voice: bool = False,
    ):
        self.timeline = timeline
        self.cues = cues
        self.tones = tones or not voice
        self.coach: Coach | None = None
        self._pending: list[CueDue | SegmentStarted] = []

    def hear(self, event: Event) -> None:
        """Note a session event (a session listener): starts and cues wait for :meth:`due`."""
        if isinstance(event, CueDue | SegmentStarted):
            self._pending.append(event)

    def plan_voice(self) -> list[str]:
        """Every phrase the coach may say, each once, first needed first; from now on the
        announcements include them."""
        self.coach = Coach(self.timeline, self.cues, tones=self.tones)
        return self.coach.phrases()

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
        """:meth:`due`, each announcement with the instant it was due."""
        fresh = [event for event in self._pending if now - event.due <= STALE_CUE_SECONDS]
        self._pending.clear()
        return self.announce(fresh)

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
                if phrase:
                    played.append((event.due, Say(phrase)))
        return played
