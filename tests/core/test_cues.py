"""The cue plan: which cue is due when."""

from __future__ import annotations

import pytest

from matside.core.cues import Anchor, Cue, CueKind, CueOptions, plan_cues
from matside.core.routine import routine_from_data
from matside.core.timeline import compile_timeline
from tests.conftest import exercise, routine


def named(cues: tuple[Cue, ...]) -> list[tuple[str, float, int | None]]:
    return [
        (c.kind.value, c.due_in(0) if c.anchor is Anchor.START else -c.offset, c.value)
        for c in cues
    ]


def test_countdown_start_reps_halfway_switch_rest_last_set_and_finish() -> None:
    r = routine_from_data(
        routine(exercise(name="A", reps=5, tempo=5, sides="each", sets=2), prepare_seconds=10)
    )
    timeline = compile_timeline(r)
    cues = plan_cues(timeline)
    # prepare: 3-2-1 into the first work interval, anchored to its end
    assert named(cues[0]) == [("countdown", -3, 3), ("countdown", -2, 2), ("countdown", -1, 1)]
    # work, 25 s: start, a tick for reps 2..5, halfway at 12.5 s
    assert named(cues[1]) == [
        ("work_start", 0, None),
        ("rep", 5, 2),
        ("rep", 10, 3),
        ("halfway", 12.5, None),
        ("rep", 15, 4),
        ("rep", 20, 5),
    ]
    assert named(cues[2])[0] == ("switch_sides", 0, None)
    assert [c.kind for c in cues[2]][1:] == [CueKind.COUNTDOWN] * 3
    assert named(cues[4])[0] == ("rest_start", 0, None)
    # the last set announces itself on its first side only
    assert (
        CueKind.LAST_SET in [c.kind for c in cues[5]],
        CueKind.LAST_SET in [c.kind for c in cues[7]],
    ) == (True, False)
    assert named(cues[-1]) == [("finished", 0, None)]


def test_short_segments_get_only_the_countdown_that_fits_and_options_turn_cues_off() -> None:
    r = routine_from_data(
        routine(
            exercise(name="A", reps=None, tempo=None, seconds=19, sides="each"),
            switch_seconds=2,
            prepare_seconds=0,
        )
    )
    cues = plan_cues(compile_timeline(r))
    assert [c.value for c in cues[1] if c.kind is CueKind.COUNTDOWN] == [1]
    assert CueKind.HALFWAY not in [c.kind for c in cues[0]]  # under 20 s
    quiet = plan_cues(compile_timeline(r), CueOptions(countdown=0, halfway=False, reps=False))
    assert [c.kind for c in quiet[1]] == [CueKind.SWITCH_SIDES]
    assert (Cue(CueKind.COUNTDOWN, 3, Anchor.END).due_in(30)) == 27


def test_the_cue_plan_slices_like_a_list_and_plans_only_what_is_asked() -> None:
    timeline = compile_timeline(routine_from_data(routine(exercise(), exercise(name="Two"))))
    plan = plan_cues(timeline)
    assert list(plan[1:3]) == [plan[1], plan[2]]
    assert plan[-1] == plan[len(plan) - 1]
    with pytest.raises(IndexError):
        plan[len(plan)]
