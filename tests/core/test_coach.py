"""The coach's words: what is said at each moment of a routine."""

from __future__ import annotations

from matside.core.coach import Coach, say_seconds
from matside.core.cues import plan_cues
from matside.core.routine import routine_from_data
from matside.core.timeline import compile_timeline
from tests.conftest import exercise, routine


def coach_for(data: dict, tones: bool = True) -> Coach:  # type: ignore[type-arg]
    timeline = compile_timeline(routine_from_data(data))
    return Coach(timeline, plan_cues(timeline), tones=tones)


DATA = routine(
    exercise(name="Open Hip Stretch", reps=8, tempo=4, sides="each", sets=2),
    exercise(name="Hold", reps=None, tempo=None, seconds=40),
    rest_between_sets=30,
    rest_after_exercise="as needed",
)


def test_each_segment_start_says_what_is_happening_and_what_comes_next() -> None:
    coach = coach_for(DATA)
    said = [coach.at_segment_start(i) for i in range(len(coach.timeline.segments))]
    assert said == [
        "Get ready. Open Hip Stretch, 8 reps each side.",
        "Left side. Go!",
        "Switch sides.",
        "Right side. Go!",
        "Rest, 30 seconds. Next: set 2 of 2.",
        "Last set. Left side. Go!",  # the last-set cue joins the words of that instant
        "Switch sides.",
        "Right side. Go!",
        "Rest as needed. Press space when ready. Next: Hold, 40 seconds.",
        "Go!",
        "Well done! That's the whole routine.",
    ]


def test_cues_later_in_a_segment_and_counting_aloud_without_tones() -> None:
    with_tones = coach_for(DATA)
    hold = len(with_tones.timeline.segments) - 2
    later = [with_tones.for_cue(hold, c) for c in with_tones.cues[hold]]
    assert [p for p in later if p] == ["Halfway."]
    first_work = 1
    assert all(with_tones.for_cue(first_work, c) in (None, "Halfway.") for c in with_tones.cues[1])
    voice_only = coach_for(DATA, tones=False)
    counted = [voice_only.for_cue(0, c) for c in voice_only.cues[0]]
    assert counted == ["3.", "2.", "1."]  # the get-ready countdown, spoken
    reps = [voice_only.for_cue(first_work, c) for c in voice_only.cues[first_work]]
    # rep 5 and halfway fall on one instant (16 s into 32 s): one phrase, never two voices
    assert [r for r in reps if r] == ["2.", "3.", "4.", "5. Halfway.", "6.", "7.", "8."]


def test_the_phrase_list_is_complete_and_has_no_repeats() -> None:
    coach = coach_for(DATA, tones=False)
    phrases = coach.phrases()
    assert len(phrases) == len(set(phrases))
    for index, cues in enumerate(coach.cues):
        start = coach.at_segment_start(index)
        assert start is None or start in phrases
        for cue in cues:
            phrase = coach.for_cue(index, cue)
            assert phrase is None or phrase in phrases


def test_say_seconds() -> None:
    assert [say_seconds(s) for s in (1, 30, 60, 90, 125)] == [
        "1 second",
        "30 seconds",
        "1 minute",
        "1 minute 30 seconds",
        "2 minutes 5 seconds",
    ]


CUED = routine(
    exercise(
        name="Lunge",
        cue="Step back long",
        instructions=["Stand tall.", "Step  back."],
        sides="each",
        sets=2,
    ),
    exercise(name="Hold", reps=None, tempo=None, seconds=40, instructions=["Hold still. Breathe."]),
    prepare_seconds=0,
    rest_between_sets=30,
    rest_after_exercise=0,
)


def test_the_cue_line_follows_the_opening_of_a_rest_or_of_a_move_nothing_came_before() -> None:
    timeline = compile_timeline(routine_from_data(CUED))
    coach = Coach(timeline, plan_cues(timeline), tones=True)
    kinds = [s.kind.value for s in timeline.segments]
    follow = [coach.follow_ups(i) for i in range(len(kinds))]
    assert list(zip(kinds, follow, strict=True)) == [
        ("work", ["Step back long"]),  # no get-ready: at the move's start
        ("switch", []),
        ("work", []),
        ("rest", ["Step back long"]),  # before set 2
        ("work", []),
        ("switch", []),
        ("work", []),
        ("work", ["Hold still."]),  # no rest before Hold: its cue, the first sentence
        ("done", []),
    ]
    assert "Step back long" in coach.phrases()


def test_the_instructions_are_read_in_the_rest_before_the_move_when_asked() -> None:
    timeline = compile_timeline(routine_from_data({**CUED, "prepare_seconds": 20}))
    coach = Coach(timeline, plan_cues(timeline), tones=True, read_instructions=True)
    assert coach.follow_ups(0) == ["Step back long", "Stand tall.", "Step back."]
    assert coach.follow_ups(1) == []  # the move itself: its cue was said before it
    phrases = coach.phrases()
    assert phrases.index("Stand tall.") == phrases.index("Step back long") + 1
