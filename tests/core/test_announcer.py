"""The announcer: which tone sounds and what the coach says, from a real session's events."""

from __future__ import annotations

from typing import Any

from matside.core.announcer import (
    SOUND_PRIORITY,
    STALE_CUE_SECONDS,
    Announcement,
    Announcer,
    Say,
    Tone,
)
from matside.core.clock import FakeClock
from matside.core.cues import CueKind
from matside.core.routine import routine_from_data
from matside.core.session import Session, State, StateChanged
from matside.core.timeline import compile_timeline
from tests.conftest import exercise, routine

# get ready 5 s (3-2-1 at 2, 3, 4 s); left side 2 reps at 3 s (rep 2 at 8 s); switch at 11 s
LUNGE = routine(exercise(name="Lunge", reps=2, tempo=3, sides="each"), prepare_seconds=5)
# 4 reps of 5 s (halfway at 10 s, on rep 3), rest 10 s, then the last set at 30 s
SETS = routine(
    exercise(name="Squat", reps=4, tempo=5, sets=2),
    prepare_seconds=0,
    rest_between_sets=10,
)


class Run:
    """A session on a fake clock with an announcer listening, played in quarter seconds."""

    def __init__(self, data: dict[str, Any], **announcer: bool):
        self.clock = FakeClock()
        timeline = compile_timeline(routine_from_data(data))
        self.session = Session(timeline, self.clock)
        self.announcer = Announcer(timeline, self.session.cues, **announcer)
        self.session.add_listener(self.announcer.hear)
        self.played: list[Announcement] = []

    def start(self) -> None:
        self.session.start()
        self.collect()

    def collect(self) -> None:
        self.played += self.announcer.due(self.clock.now())

    def advance(self, seconds: float, step: float = 0.25) -> None:
        for _ in range(round(seconds / step)):
            self.clock.advance(step)
            self.session.tick()
            self.collect()

    def tones(self) -> list[str]:
        return [a.cue.kind.value for a in self.played if isinstance(a, Tone)]

    def said(self) -> list[str]:
        return [a.phrase for a in self.played if isinstance(a, Say)]


def test_without_a_voice_every_cue_instant_sounds_one_tone_and_nothing_is_said() -> None:
    run = Run(LUNGE)
    run.start()
    run.advance(12)  # get ready (5 s), the left side (6 s), into the switch
    assert run.tones() == ["countdown"] * 3 + ["work_start", "rep", "switch_sides"]
    assert run.said() == []
    assert run.announcer.coach is None


def test_cues_on_one_instant_sound_the_most_telling_tone() -> None:
    run = Run(SETS)
    run.start()  # set 1 starts: work_start alone
    run.advance(20 + 9.75)  # reps 2-4, halfway on rep 3; the rest between sets
    assert run.tones() == ["work_start", "rep", "halfway", "rep", "rest_start"] + ["countdown"] * 3
    run.advance(0.25)  # set 2 of 2: work starts, and it is the last set
    assert run.tones()[-1] == "last_set"


def test_the_priority_names_every_kind_of_cue_once() -> None:
    assert sorted(SOUND_PRIORITY) == sorted(CueKind)
    assert SOUND_PRIORITY[0] is CueKind.FINISHED
    assert SOUND_PRIORITY[-2:] == (CueKind.REP, CueKind.PHASE)  # the ticks give way


def test_cues_noticed_too_late_are_dropped_not_played_in_a_burst() -> None:
    run = Run(LUNGE)
    run.session.start()
    run.clock.advance(3.5)  # the laptop slept through the 3 at 2 s; the 2 at 3 s is 0.5 s old
    run.session.tick()
    run.collect()
    assert run.tones() == ["countdown"]  # the 2 only
    run.clock.advance(9)
    run.session.tick()
    run.collect()
    assert run.tones() == ["countdown"]  # all that fell due up to 12.5 s was over 1 s old
    assert STALE_CUE_SECONDS == 1.0


def test_a_cue_exactly_at_the_limit_still_sounds() -> None:
    run = Run(LUNGE)
    run.session.start()
    run.clock.advance(2 + STALE_CUE_SECONDS)
    run.session.tick()
    run.collect()
    assert run.tones() == ["countdown", "countdown"]


def test_what_was_announced_is_not_announced_again() -> None:
    run = Run(LUNGE)
    run.start()
    run.advance(5)
    assert run.announcer.due(run.clock.now()) == []


def test_state_changes_and_the_finish_event_are_not_announced() -> None:
    run = Run(routine(exercise(name="Quick", reps=1, tempo=2), prepare_seconds=0))
    run.announcer.hear(StateChanged(State.PAUSED, State.RUNNING))
    assert run.announcer.due(run.clock.now()) == []
    run.start()
    run.advance(2)  # the single rep, then done: the finish tone comes from its cue
    assert run.session.state is State.FINISHED
    assert run.tones() == ["work_start", "finished"]


def test_with_a_voice_and_tones_each_segment_is_announced_after_its_tones() -> None:
    run = Run(LUNGE, tones=True, voice=True)
    phrases = run.announcer.plan_voice()
    assert phrases[:3] == ["Get ready. Lunge, 2 reps each side.", "Left side. Go!", "Switch sides."]
    run.start()
    run.advance(12)
    assert run.tones() == ["countdown"] * 3 + ["work_start", "rep", "switch_sides"]
    assert run.said() == ["Get ready. Lunge, 2 reps each side.", "Left side. Go!", "Switch sides."]
    at_work = run.played.index(Say("Left side. Go!"))
    assert run.played[at_work - 1] == Tone(run.session.cues[1][0])  # its tone, then its words
    assert set(run.said()) <= set(phrases)


def test_voice_only_counts_aloud_and_sounds_no_tones() -> None:
    run = Run(LUNGE, tones=False, voice=True)
    phrases = run.announcer.plan_voice()
    run.start()
    run.advance(8.5)  # get ready (5 s), then rep 2 of the left side at 8 s
    assert run.tones() == []
    said = ["Get ready. Lunge, 2 reps each side.", "3.", "2.", "1.", "Left side. Go!", "2."]
    assert run.said() == said
    assert set(said) <= set(phrases)


def test_a_voice_that_fails_gives_the_tones_back() -> None:
    run = Run(LUNGE, tones=False, voice=True)
    assert not run.announcer.tones
    run.announcer.plan_voice()
    run.announcer.voice_failed()
    assert run.announcer.tones
    run.start()
    run.advance(5)
    assert run.tones() == ["countdown"] * 3 + ["work_start"]


def test_without_a_voice_the_tones_sound_whatever_the_setting() -> None:
    run = Run(LUNGE, tones=False, voice=False)
    assert run.announcer.tones
    run.start()
    run.advance(5)
    assert run.tones() == ["countdown"] * 3 + ["work_start"]


def test_cues_that_share_a_phrase_are_said_once() -> None:
    run = Run(SETS, tones=True, voice=True)
    run.announcer.plan_voice()
    run.start()
    run.advance(30.25)
    # set 2 of 2 starts with "Last set." and the work's words in one phrase
    assert run.said() == [
        "Go!",
        "Halfway.",
        "Rest, 10 seconds. Next: set 2 of 2.",
        "Last set. Go!",
    ]
