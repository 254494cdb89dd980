"""The announcer: which tone sounds and what the coach says, from a real session's events."""

from __future__ import annotations

from typing import Any

from matside.core.announcer import (
    SOUND_PRIORITY,
    SPEECH_GAP,
    STALE_CUE_SECONDS,
    Announcement,
    Announcer,
    Say,
    Tone,
    fit_phrases,
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


def test_phrases_fit_one_after_another_until_one_does_not() -> None:
    gap = SPEECH_GAP
    phrases = [("cue", 2.0), ("unrendered", None), ("first", 3.0), ("second", 3.0), ("third", 0.1)]
    assert fit_phrases(phrases, 10, free_until=100) == [
        (10, "cue"),
        (12 + gap, "first"),
        (15 + 2 * gap, "second"),
        (18 + 3 * gap, "third"),
    ]
    # "second" would end after 17: it and everything after it are left out, read in order
    assert fit_phrases(phrases, 10, free_until=17) == [(10, "cue"), (12 + gap, "first")]
    assert fit_phrases(phrases, 10, free_until=11.9) == []
    assert fit_phrases(phrases, 10, free_until=12) == [(10, "cue")]  # ending on the limit fits


# get ready 20 s, then a lunge with a cue and two paragraphs of instructions
CUED = routine(
    exercise(name="Lunge", cue="Step back long", instructions=["Stand tall.", "Step back."]),
    prepare_seconds=20,
)
LENGTHS = {
    "Get ready. Lunge, 8 reps.": 2.0,
    "Step back long": 1.5,
    "Stand tall.": 1.0,
    "Step back.": 1.0,
}


class Timed(Run):
    """A run that notes when each phrase is said, with the rendered lengths known."""

    def __init__(self, data: dict[str, Any], lengths: dict[str, float], **announcer: bool):
        super().__init__(data, voice=True, **announcer)
        self.at: list[tuple[float, str]] = []  # seconds from the start, phrase
        self.origin = self.clock.now()
        self.phrases = self.announcer.plan_voice()
        for phrase, seconds in lengths.items():
            self.announcer.phrase_length(phrase, seconds)

    def collect(self) -> None:
        for announcement in self.announcer.due(self.clock.now()):
            if isinstance(announcement, Say):
                self.at.append((self.clock.now() - self.origin, announcement.phrase))


def test_the_cue_and_the_instructions_follow_the_opening_phrase_without_overlap() -> None:
    run = Timed(CUED, LENGTHS, read_instructions=True)
    assert {"Step back long", "Stand tall.", "Step back."} <= set(run.phrases)
    run.start()
    assert run.announcer.next_due() == run.origin + 2.0 + SPEECH_GAP
    run.advance(10, step=0.1)
    gap = SPEECH_GAP
    expected = [
        (0.0, "Get ready. Lunge, 8 reps."),
        (2.0 + gap, "Step back long"),
        (3.5 + 2 * gap, "Stand tall."),
        (4.5 + 3 * gap, "Step back."),
    ]
    assert [phrase for _, phrase in run.at] == [phrase for _, phrase in expected]
    for (said_at, _), (due, _) in zip(run.at, expected, strict=True):
        assert due <= said_at < due + 0.1 + 1e-9  # on the first tick at or after its instant
    assert run.announcer.next_due() is None


def test_what_would_run_into_the_next_phrase_or_the_move_is_left_out() -> None:
    # voice only: "3." is said at 17 s, so the quiet ends at 17 - SPEECH_GAP
    lengths = {**LENGTHS, "Stand tall.": 6.0, "Step back.": 8.0}
    run = Timed(CUED, lengths, read_instructions=True, tones=False)
    run.start()
    run.advance(21)
    said = [phrase for _, phrase in run.at]
    assert said[:3] == ["Get ready. Lunge, 8 reps.", "Step back long", "Stand tall."]
    assert "Step back." not in said  # 10.3 + 8 s would end past 16.6
    # a short get-ready: the cue itself does not fit before the move
    short = Timed({**CUED, "prepare_seconds": 4}, LENGTHS)
    short.start()
    short.advance(3.75)
    assert [phrase for _, phrase in short.at] == ["Get ready. Lunge, 8 reps."]


def test_follow_ups_end_with_their_segment_and_are_not_said_late() -> None:
    run = Timed(CUED, LENGTHS, read_instructions=True)
    run.start()
    run.session.next()  # skipped to the move before the cue was said
    run.advance(5)
    assert "Step back long" not in [phrase for _, phrase in run.at]
    late = Timed(CUED, LENGTHS)
    late.start()
    late.clock.advance(2.0 + SPEECH_GAP + STALE_CUE_SECONDS + 0.1)  # the laptop slept
    late.collect()
    assert late.at == [(0.0, "Get ready. Lunge, 8 reps.")]
    assert late.announcer.next_due() is None


def test_a_follow_up_does_not_run_into_the_countdown_tones() -> None:
    # get ready 10 s: the countdown tones sound at 7, 8 and 9 s
    data = {**CUED, "prepare_seconds": 10}
    fits = Timed(data, {**LENGTHS, "Step back long": 4.0})  # 2.4 + 4.0 ends before 6.6
    fits.start()
    fits.advance(9.75)
    assert "Step back long" in [phrase for _, phrase in fits.at]
    too_long = Timed(data, {**LENGTHS, "Step back long": 4.5})  # would end at 6.9
    too_long.start()
    too_long.advance(9.75)
    assert [phrase for _, phrase in too_long.at] == ["Get ready. Lunge, 8 reps."]


# get ready 5 s; then 2 reps of 3 s up, 2 s held, 3 s down: "Hold." at 5 + 3 and 5 + 11 s,
# "Return." at 5 + 5 and 5 + 13 s, the count "2." at 5 + 8 s; the move ends at 5 + 16 s
PACED = routine(exercise(name="Lift", reps=2, tempo=[3, 2, 3]), format=2, prepare_seconds=5)
PACED_LENGTHS = {
    "Get ready. Lift, 2 reps.": 2.0,
    "Go!": 0.5,
    "2.": 0.4,
    "Hold.": 0.6,
    "Return.": 0.7,
}


def said_in_work(run: Timed) -> list[tuple[float, str]]:
    return [(round(at - 5, 2), phrase) for at, phrase in run.at if 5 <= at < 5 + 16]


def test_voice_only_says_each_later_phase_of_a_paced_rep() -> None:
    run = Timed(PACED, PACED_LENGTHS, tones=False)
    assert {"Hold.", "Return."} <= set(run.phrases)  # rendered ahead like every phrase
    run.start()
    run.advance(21, step=0.1)
    assert said_in_work(run) == [
        (0.0, "Go!"),
        (3.0, "Hold."),
        (5.0, "Return."),
        (8.0, "2."),
        (11.0, "Hold."),
        (13.0, "Return."),
    ]
    with_tones = Timed(PACED, PACED_LENGTHS, tones=True)
    assert not {"Hold.", "Return."} & set(with_tones.phrases)  # the softer tick marks them


def test_a_phase_word_never_talks_over_other_speech_nor_into_the_next_interval() -> None:
    long_hold = Timed(PACED, {**PACED_LENGTHS, "Hold.": 1.7}, tones=False)
    long_hold.start()
    long_hold.advance(21, step=0.1)
    # "Hold." ends at 4.7: "Return." at 5 would follow it closer than the gap, and is left
    # out, as at 13 after the second "Hold." ends at 12.7
    assert said_in_work(long_hold) == [
        (0.0, "Go!"),
        (3.0, "Hold."),
        (8.0, "2."),
        (11.0, "Hold."),
    ]
    long_return = Timed(PACED, {**PACED_LENGTHS, "Return.": 2.7}, tones=False)
    long_return.start()
    long_return.advance(21, step=0.1)
    # at 5 it would run into "2." at 8 (with the gap); at 13, past the move's end at 16
    assert [p for _, p in said_in_work(long_return)] == ["Go!", "Hold.", "2.", "Hold."]
    late_opening = Timed(PACED, {**PACED_LENGTHS, "Go!": 2.8}, tones=False)
    late_opening.start()
    late_opening.advance(21, step=0.1)
    # "Go!" ends at 2.8: the first "Hold." at 3 would follow it without a gap
    assert [p for _, p in said_in_work(late_opening)][:2] == ["Go!", "Return."]
    unrendered = Timed(PACED, {k: v for k, v in PACED_LENGTHS.items() if k != "Hold."}, tones=False)
    unrendered.start()
    unrendered.advance(21, step=0.1)
    assert "Hold." not in [p for _, p in unrendered.at]


def test_a_phase_word_gives_way_to_the_routines_own_words() -> None:
    data = routine(
        exercise(name="Lift", reps=2, tempo=[3, 2, 3], cues=[{"at": 3, "say": "Breathe out."}]),
        format=2,
        prepare_seconds=5,
    )
    run = Timed(data, {**PACED_LENGTHS, "Breathe out.": 2.5}, tones=False)
    run.start()
    run.advance(21, step=0.1)
    # at 3 the routine's words, alone; they end at 5.5, so "Return." at 5 is left out too
    assert said_in_work(run)[:3] == [(0.0, "Go!"), (3.0, "Breathe out."), (8.0, "2.")]


def test_a_phase_word_gives_way_to_the_moves_cue_line() -> None:
    data = routine(
        exercise(name="Lift", reps=2, tempo=[3, 2, 3], cue="Knee up slowly"),
        format=2,
        prepare_seconds=0,  # no get-ready: the cue line follows "Go!"
    )
    run = Timed(data, {**PACED_LENGTHS, "Knee up slowly": 2.5}, tones=False)
    run.start()
    run.advance(15.9, step=0.1)
    # the cue line from 0.9 to 3.4: the "Hold." due at 3 is left out, not the cue line
    assert [(round(at, 2), phrase) for at, phrase in run.at][:4] == [
        (0.0, "Go!"),
        (0.9, "Knee up slowly"),
        (5.0, "Return."),
        (8.0, "2."),
    ]
