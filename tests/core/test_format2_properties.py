"""Properties of format 2 on generated routines: the timeline accounts for every round, set,
side and phase; the fit never runs over and nothing longer fits; loading what was saved gives
the same routine back, in format 1 and 2."""

from __future__ import annotations

import itertools
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from matside.core.cues import CueKind, plan_cues
from matside.core.fit import fit_routine
from matside.core.routine import Circuit, Routine, dumps_routine, parse_routine, routine_from_data
from matside.core.timeline import SegmentKind, compile_timeline, rounds_for, sets_for

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

names = st.sampled_from(["Lunge", "Leg Swing", "Clam", "Hüftöffner", "Cat Cow"])
rests = st.sampled_from([0, 5, 30, 12.5, "as needed"])
tempos = st.one_of(
    st.sampled_from([0.5, 2, 4]),
    st.lists(st.sampled_from([0.5, 1, 2, 3]), min_size=2, max_size=4),
)
counts = st.one_of(
    st.integers(1, 3),
    st.tuples(st.integers(1, 2), st.integers(3, 4)).map(lambda t: {"min": t[0], "max": t[1]}),
)


@st.composite
def moves(draw: st.DrawFn, *, in_circuit: bool, format_2: bool) -> dict[str, Any]:
    """An exercise as JSON data: timed, paced or self-paced."""
    data: dict[str, Any] = {"name": draw(names)}
    measure = draw(st.sampled_from(["time", "paced", "self-paced"]))
    if measure == "time":
        data["seconds"] = draw(st.sampled_from([10, 30, 45.5]))
    else:
        data["reps"] = draw(st.integers(1, 4))
        if measure == "paced":
            data["tempo"] = draw(tempos if format_2 else st.sampled_from([0.5, 2, 4]))
    if draw(st.booleans()):
        data["sides"] = "each"
    if format_2 and measure == "time" and draw(st.booleans()):
        data["cues"] = [{"at": 5, "say": "Breathe into the back ribs"}]
    if draw(st.booleans()):
        data["rest_after"] = draw(rests)
    if not in_circuit:
        data["sets"] = draw(counts)
        if draw(st.booleans()):
            data["rest_between_sets"] = draw(rests)
        if format_2 and draw(st.booleans()):
            data["optional"] = True
    return data


@st.composite
def items(draw: st.DrawFn, format_2: bool) -> dict[str, Any]:
    if not format_2 or draw(st.integers(0, 2)) > 0:
        return draw(moves(in_circuit=False, format_2=format_2))
    circuit: dict[str, Any] = {
        "circuit": draw(names),
        "rounds": draw(counts),
        "exercises": draw(st.lists(moves(in_circuit=True, format_2=True), min_size=1, max_size=3)),
    }
    if draw(st.booleans()):
        circuit["rest_between_rounds"] = draw(rests)
    if draw(st.booleans()):
        circuit["rest_after"] = draw(rests)
    if draw(st.booleans()):
        circuit["optional"] = True
    return circuit


@st.composite
def routines(draw: st.DrawFn, format_2: bool | None = None) -> Routine:
    """A valid routine of format 1 or 2 (either, when ``format_2`` is None)."""
    if format_2 is None:
        format_2 = draw(st.booleans())
    data = {
        "format": 2 if format_2 else 1,
        "name": draw(names),
        "prepare_seconds": draw(st.sampled_from([0, 10])),
        "switch_seconds": draw(st.sampled_from([0, 5])),
        "rest_between_sets": draw(rests),
        "rest_after_exercise": draw(rests),
        "exercises": draw(st.lists(items(format_2), min_size=1, max_size=4)),
    }
    return routine_from_data(data)


def count_choices(routine: Routine) -> list[int | None]:
    choices = routine.set_choices()
    return list(choices) if choices is not None and len(choices) > 1 else [None]


@SETTINGS
@given(routines(), st.data())
def test_the_timeline_accounts_for_every_round_set_side_and_phase(
    routine: Routine, data: st.DataObject
) -> None:
    count = data.draw(st.sampled_from(count_choices(routine)))
    timeline = compile_timeline(routine, count)
    segments = timeline.segments
    assert timeline.total_seconds == sum(s.seconds for s in segments if s.seconds is not None)
    assert timeline.timed_seconds_from(0) == timeline.total_seconds
    assert segments[-1].kind is SegmentKind.DONE
    # The work intervals, in order: every set (or round) of every exercise, each side once.
    expected: list[tuple[int, str | None, int | None, int | None, int]] = []
    index = 0
    for item in routine.exercises:
        if isinstance(item, Circuit):
            rounds = rounds_for(item, count)
            for round_number in range(1, rounds + 1):
                for offset, move in enumerate(item.exercises):
                    sides = 2 if move.sides == "each" else 1
                    where = (index + offset, item.name, round_number, rounds, 1)
                    expected.extend([where] * sides)
            index += len(item.exercises)
        else:
            sets = sets_for(item, count)
            sides = 2 if item.sides == "each" else 1
            for set_number in range(1, sets + 1):
                expected.extend([(index, None, None, None, set_number)] * sides)
            index += 1
    work = [s for s in segments if s.kind is SegmentKind.WORK]
    assert [(s.exercise_index, s.circuit, s.round, s.rounds, s.set) for s in work] == expected
    # Every phase of every paced rep has its cue: a rep cue for each rep after the first, a
    # phase cue at each later phase boundary; all inside the interval.
    cues = plan_cues(timeline)
    for position, segment in enumerate(segments):
        if segment.kind is not SegmentKind.WORK or not segment.tempo or not segment.reps:
            continue
        planned = cues[position]
        phases = len(segment.phases or (segment.tempo,))
        assert sum(c.kind is CueKind.REP for c in planned) == segment.reps - 1
        assert sum(c.kind is CueKind.PHASE for c in planned) == segment.reps * (phases - 1)
        assert segment.seconds is not None
        for cue in planned:
            assert 0 <= cue.due_in(segment.seconds) < segment.seconds
            if cue.kind is CueKind.PHASE:
                _, phase, into = segment.rep_phase(cue.offset + 1e-9) or (0, 0, 0.0)
                assert phase == cue.value
                assert into < 1e-6


def every_plan(routine: Routine) -> list[tuple[float, int | None, tuple[int, ...]]]:
    """Every plan by brute force: each count, each choice of optional items to leave out."""
    optional = [i for i, item in enumerate(routine.exercises) if item.optional]
    plans = []
    for count in count_choices(routine):
        for size in range(len(optional) + 1):
            for left_out in itertools.combinations(optional, size):
                if len(left_out) == len(routine.exercises):
                    continue  # a plan keeps one item at least
                total = compile_timeline(routine.without(left_out), count).total_seconds
                plans.append((total, count, left_out))
    return plans


@SETTINGS
@given(routines(format_2=True), st.integers(30, 1200))
def test_the_fit_never_runs_over_and_nothing_longer_fits(routine: Routine, budget: int) -> None:
    fit = fit_routine(routine, budget)
    plans = every_plan(routine)
    assert abs(fit.timeline().total_seconds - fit.seconds) < 1e-6  # its sums are the timeline's
    fitting = [total for total, _, _ in plans if total <= budget + 1e-6]
    if fitting:
        assert fit.fits
        assert fit.seconds <= budget + 1e-6
        assert abs(fit.seconds - max(fitting)) < 1e-6
    else:
        assert not fit.fits
        assert abs(fit.seconds - min(total for total, _, _ in plans)) < 1e-6
    assert fit_routine(routine, budget) == fit  # the same answer every time


@SETTINGS
@given(routines())
def test_loading_what_was_saved_gives_the_same_routine(routine: Routine) -> None:
    text = dumps_routine(routine)
    again = parse_routine(text)
    assert again == routine
    assert dumps_routine(again) == text
    assert again.format == routine.format
    uses_2 = any(isinstance(i, Circuit) or i.needs_format_2 for i in routine.exercises)
    assert routine.format == (2 if uses_2 else 1)


@SETTINGS
@given(routines(format_2=False))
def test_a_format_1_routine_is_saved_as_format_1(routine: Routine) -> None:
    assert routine.format == 1
    assert '"format": 1,' in dumps_routine(routine)
