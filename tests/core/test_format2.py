"""Format 2: circuits, paced phases, spoken cues and optional moves, in the loader, the
timeline, the cues, the coach and the fit to the time one has."""

from __future__ import annotations

import json
from typing import Any

import pytest

from matside.core.announcer import Announcer, Say
from matside.core.clock import FakeClock
from matside.core.coach import Coach
from matside.core.cues import CueKind, plan_cues
from matside.core.fit import fit_routine, parse_duration
from matside.core.ratings import sides_before
from matside.core.recorder import describe_position, resume_timeline
from matside.core.routine import (
    Circuit,
    RoutineError,
    dumps_routine,
    parse_routine,
    routine_from_data,
    routine_to_data,
)
from matside.core.session import Session
from matside.core.timeline import Side, compile_timeline, format_duration
from tests.conftest import exercise, problems_of, routine


def circuit(*exercises: dict[str, Any], **fields: Any) -> dict[str, Any]:
    """A valid circuit as JSON data, with ``fields`` on top."""
    data: dict[str, Any] = {
        "circuit": "Warm-up",
        "rounds": 2,
        "exercises": list(exercises) or [exercise(name="Swing"), exercise(name="Roll")],
    }
    data.update(fields)
    return data


def routine2(*items: dict[str, Any], **fields: Any) -> dict[str, Any]:
    return routine(*items, **{"format": 2, **fields})


# --------------------------------------------------------------------------------------------
# The loader


def test_a_format_2_routine_loads_and_saves_as_written() -> None:
    data = routine2(
        circuit(rest_between_rounds="as needed", rest_after=15, optional=True),
        exercise(name="Hold", tempo=[3, 2.5, 3], cues=[{"at": 20, "say": "Breathe"}]),
        exercise(name="Clam", optional=True),
    )
    loaded = routine_from_data(data)
    assert loaded.format == 2
    first = loaded.exercises[0]
    assert isinstance(first, Circuit)
    assert (first.name, first.rounds, first.rest_between_rounds) == ("Warm-up", 2, "as needed")
    hold = loaded.exercises[1]
    assert not isinstance(hold, Circuit)
    assert hold.phases == (3, 2.5, 3)
    assert hold.rep_seconds == 8.5
    assert hold.work_seconds == 68
    saved = routine_to_data(loaded)
    assert saved["format"] == 2
    assert saved["exercises"][0] == {
        "circuit": "Warm-up",
        "rounds": 2,
        "rest_between_rounds": "as needed",
        "rest_after": 15,
        "optional": True,
        "exercises": [
            {
                "name": "Swing",
                "instructions": [],
                "images": [],
                "reps": 8,
                "tempo": 4,
                "sides": "one",
            },
            {
                "name": "Roll",
                "instructions": [],
                "images": [],
                "reps": 8,
                "tempo": 4,
                "sides": "one",
            },
        ],
    }
    assert saved["exercises"][1]["tempo"] == [3, 2.5, 3]
    assert saved["exercises"][1]["cues"] == [{"at": 20, "say": "Breathe"}]
    assert parse_routine(dumps_routine(loaded)) == loaded


def test_saving_writes_the_lowest_format_that_holds_the_routine() -> None:
    plain = routine_from_data(routine2(exercise(cues=[], optional=False)))
    assert plain.format == 1
    saved = routine_to_data(plain)
    assert saved["format"] == 1
    assert "cues" not in saved["exercises"][0]
    assert "optional" not in saved["exercises"][0]
    ranged = routine_from_data(routine2(circuit(rounds={"min": 2, "max": 3})))
    assert routine_to_data(ranged)["exercises"][0]["rounds"] == {"min": 2, "max": 3}


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (routine(circuit()), 'exercises[0]: a circuit needs "format": 2'),
        (
            routine(exercise(tempo=[3, 2])),
            'exercises[0].tempo: a tempo in phases needs "format": 2',
        ),
        (routine(exercise(cues=[])), 'exercises[0].cues: "cues" needs "format": 2'),
        (routine(exercise(optional=False)), 'exercises[0].optional: "optional" needs "format": 2'),
        (routine2(exercise(tempo=[3])), "exercises[0].tempo: must list 2 to 8 phase lengths"),
        (routine2(exercise(tempo=[3] * 9)), "exercises[0].tempo: must list 2 to 8 phase lengths"),
        (
            routine2(exercise(tempo=[3, 0.1])),
            "exercises[0].tempo: phase 2: must be a number of seconds at least 0.5",
        ),
        (
            routine2(exercise(tempo="slow")),
            'exercises[0].tempo: must be a number of seconds at least 0.5, got "slow"',
        ),
        (
            routine2(exercise(reps=1000, tempo=[300, 300])),
            "exercises[0]: 1000 reps at 600 s each last over 24 hours",
        ),
        (routine2(exercise(cues={"at": 1})), "exercises[0].cues: must be a list of cues like"),
        (
            routine2(exercise(cues=[{"at": 1, "say": "x"}] * 21)),
            "exercises[0].cues: may list at most 20 cues, got 21",
        ),
        (
            routine2(exercise(cues=[{"at": -1, "say": "x"}])),
            "exercises[0].cues[0].at: must be a number of seconds at least 0",
        ),
        (
            routine2(exercise(cues=[{"at": 1, "say": " "}])),
            "exercises[0].cues[0].say: must be non-empty text",
        ),
        (
            routine2(exercise(cues=[{"at": 1, "sya": "x"}])),
            'exercises[0].cues[0]: unknown key "sya" (did you mean "say"?)',
        ),
        (
            routine2(exercise(cues=[{"at": 32, "say": "x"}])),
            "exercises[0].cues[0].at: 32 s is not within the interval, which lasts 32 s",
        ),
        (routine2(exercise(optional="yes")), "exercises[0].optional: must be true or false"),
        (routine2(circuit(rounds=0)), "exercises[0].rounds: must be a whole number of at least 1"),
        (routine2(circuit(rounds=21)), "exercises[0].rounds: must be at most 20, got 21"),
        (
            routine2(circuit(rounds={"min": 3, "max": 2})),
            "exercises[0].rounds: min must be less than max",
        ),
        (
            routine2(circuit(rounds={"min": 1, "max": 21})),
            "exercises[0].rounds.max: must be at most 20",
        ),
        (routine2({"circuit": "C", "exercises": [exercise()]}), "exercises[0].rounds: is required"),
        (routine2({"circuit": "C", "rounds": 2}), "exercises[0].exercises: is required"),
        (
            routine2(circuit(exercises=[])),
            "exercises[0].exercises: must list at least one exercise",
        ),
        (
            routine2(circuit(exercises=[exercise()] * 51)),
            "exercises[0].exercises: may list at most 50",
        ),
        (routine2(circuit(circuit="")), "exercises[0].circuit: must be non-empty text"),
        (routine2(circuit(round=2)), 'exercises[0]: unknown key "round" (did you mean "rounds"?)'),
        (
            routine2(circuit(exercises=[exercise(sets=2)])),
            "exercises[0].exercises[0].sets: an exercise in a circuit is done once each round",
        ),
        (
            routine2(circuit(exercises=[exercise(rest_between_sets=5)])),
            "exercises[0].exercises[0].rest_between_sets: an exercise in a circuit",
        ),
        (
            routine2(circuit(exercises=[exercise(optional=True)])),
            "exercises[0].exercises[0].optional: a move inside a circuit cannot be left out",
        ),
        (
            routine2(circuit(exercises=[circuit()])),
            "exercises[0].exercises[0].circuit: a circuit cannot hold a circuit (one level only)",
        ),
        (
            routine2(circuit(exercises=[exercise(reps=None, tempo=None)])),
            'exercises[0].exercises[0]: needs "seconds"',
        ),
        (
            routine2(*[exercise(optional=True)] * 11),
            "exercises: mark 11 moves optional; a routine may have at most 10",
        ),
        (
            routine2(
                circuit(rounds=20, exercises=[exercise(sides="each")] * 50),
                circuit(rounds=20, exercises=[exercise(sides="each")] * 2),
            ),
            "exercises: make 2080 work intervals",
        ),
        (
            routine2(*[exercise(cues=[{"at": 1, "say": "x"}] * 20)] * 26),
            "exercises: have 520 spoken cues in all",
        ),
        (routine(format=3), "format: this file uses format 3; this Matside reads formats 1 to 2"),
    ],
)
def test_each_kind_of_format_2_mistake_names_its_place(data: Any, expected: str) -> None:
    lines = problems_of(data)
    assert any(line.startswith(f"my.json: {expected}") for line in lines), lines


def test_cues_of_an_interval_that_waits_may_fall_at_any_time() -> None:
    loaded = routine_from_data(routine2(exercise(tempo=None, cues=[{"at": 600, "say": "Still?"}])))
    assert loaded.format == 2


def test_a_format_2_routine_says_what_it_holds_in_one_flat_list() -> None:
    loaded = routine_from_data(routine2(exercise(name="A"), circuit(), exercise(name="B")))
    assert [e.name for e in loaded.all_exercises()] == ["A", "Swing", "Roll", "B"]
    assert [place for place, _ in loaded.exercise_places()] == [
        ("exercises", 0),
        ("exercises", 1, "exercises", 0),
        ("exercises", 1, "exercises", 1),
        ("exercises", 2),
    ]
    assert [item.name for item in loaded.without([1]).exercises] == ["A", "B"]


def test_rounds_and_sets_share_the_one_count_the_user_picks() -> None:
    loaded = routine_from_data(
        routine2(circuit(rounds={"min": 2, "max": 4}), exercise(sets={"min": 3, "max": 5}))
    )
    assert loaded.set_choices() == range(3, 5)


# --------------------------------------------------------------------------------------------
# The timeline


def test_a_circuit_gives_its_exercises_one_set_each_round_after_round() -> None:
    loaded = routine_from_data(
        routine2(
            circuit(
                exercise(name="Swing", sides="each", rest_after=5),
                exercise(name="Roll"),
                rest_between_rounds=20,
            ),
            exercise(name="Hold", reps=None, tempo=None, seconds=30),
            prepare_seconds=10,
            switch_seconds=3,
            rest_after_exercise=15,
        )
    )
    timeline = compile_timeline(loaded)
    rows = [
        (s.kind.value, s.exercise.name if s.exercise else None, s.round, s.seconds)
        for s in timeline.segments
    ]
    assert rows == [
        ("prepare", "Swing", 1, 10),
        ("work", "Swing", 1, 32),
        ("switch", "Swing", 1, 3),
        ("work", "Swing", 1, 32),
        ("rest", "Roll", 1, 5),
        ("work", "Roll", 1, 32),
        ("rest", "Swing", 2, 20),
        ("work", "Swing", 2, 32),
        ("switch", "Swing", 2, 3),
        ("work", "Swing", 2, 32),
        ("rest", "Roll", 2, 5),
        ("work", "Roll", 2, 32),
        ("rest", "Hold", None, 15),
        ("work", "Hold", None, 30),
        ("done", None, None, 0),
    ]
    work = timeline.segments[1]
    assert (work.circuit, work.rounds, work.set, work.sets, work.exercise_index) == (
        "Warm-up",
        2,
        1,
        1,
        0,
    )
    assert timeline.segments[5].exercise_index == 1
    assert timeline.segments[13].exercise_index == 2
    assert timeline.segments[13].to_json()["circuit"] is None
    assert timeline.segments[1].to_json() == {
        "kind": "work",
        "exercise": "Swing",
        "set": 1,
        "sets": 1,
        "side": "left",
        "reps": 8,
        "seconds": 32,
        "circuit": "Warm-up",
        "round": 1,
        "rounds": 2,
    }


def test_a_circuit_in_a_round_without_rest_runs_straight_on() -> None:
    loaded = routine_from_data(routine2(circuit(rounds={"min": 1, "max": 2}), prepare_seconds=0))
    kinds = [s.kind.value for s in compile_timeline(loaded, 2).segments]
    assert kinds == ["work", "work", "rest", "work", "work", "done"]
    with pytest.raises(ValueError, match="Warm-up offers 1–2 rounds, not 3"):
        compile_timeline(loaded, 3)


def test_paced_phases_say_where_each_rep_stands() -> None:
    loaded = routine_from_data(routine2(exercise(reps=2, tempo=[3, 2, 3]), prepare_seconds=0))
    work = compile_timeline(loaded).segments[0]
    assert (work.tempo, work.phases, work.seconds) == (8, (3, 2, 3), 16)
    assert work.phase_starts() == (0, 3, 5)
    assert work.rep_phase(0) == (0, 0, 0)
    assert work.rep_phase(3.5) == (0, 1, 0.5)
    assert work.rep_phase(7) == (0, 2, 2)
    assert work.rep_phase(9) == (1, 0, 1)
    assert work.rep_phase(16) == (1, 2, 3)  # the end stays in the last phase of the last rep
    plain = compile_timeline(routine_from_data(routine(exercise(reps=2, tempo=4)))).segments[1]
    assert plain.phase_starts() == (0,)
    assert plain.rep_phase(5) == (1, 0, 1)
    assert compile_timeline(loaded).segments[-1].rep_phase(1) is None


# --------------------------------------------------------------------------------------------
# Cues, the coach and the announcer


def test_phase_boundaries_tick_and_spoken_cues_are_planned_at_their_times() -> None:
    loaded = routine_from_data(
        routine2(
            exercise(reps=2, tempo=[3, 2, 3], cues=[{"at": 4, "say": "Breathe out"}]),
            prepare_seconds=0,
        )
    )
    cues = plan_cues(compile_timeline(loaded))[0]
    timed = [(c.kind, c.offset, c.value) for c in cues if c.kind is not CueKind.HALFWAY]
    assert timed == [
        (CueKind.WORK_START, 0, None),
        (CueKind.PHASE, 3, 1),
        (CueKind.SAY, 4, 0),
        (CueKind.PHASE, 5, 2),
        (CueKind.REP, 8, 2),
        (CueKind.PHASE, 11, 1),
        (CueKind.PHASE, 13, 2),
    ]


def test_the_coach_says_the_routines_own_words_and_the_rounds() -> None:
    loaded = routine_from_data(
        routine2(
            circuit(
                exercise(
                    name="Swing",
                    seconds=20,
                    reps=None,
                    tempo=None,
                    cues=[{"at": 5, "say": "Breathe into the back ribs"}],
                ),
                exercise(name="Roll"),
                rounds=2,
            ),
            exercise(name="Hold", reps=None, tempo=None, seconds=30, sets=2),
        )
    )
    timeline = compile_timeline(loaded)
    coach = Coach(timeline, plan_cues(timeline), tones=True)
    phrases = coach.phrases()
    assert "Breathe into the back ribs" in phrases
    assert "Get ready. Warm-up, round 1 of 2: Swing, 20 seconds." in phrases
    assert "Rest, 30 seconds. Next: Warm-up, round 2 of 2: Swing, 20 seconds." in phrases
    assert "Rest, 30 seconds. Next: Roll, 8 reps." not in phrases  # no rest inside a round
    assert "Last round. Go!" in phrases
    assert "Last set. Go!" in phrases
    assert "Rest, 30 seconds. Next: set 2 of 2." in phrases


def test_the_last_round_is_cued_once_as_it_starts() -> None:
    loaded = routine_from_data(routine2(circuit(rounds=2), prepare_seconds=0))
    timeline = compile_timeline(loaded)
    cues = plan_cues(timeline)
    last = [
        i for i in range(len(timeline.segments)) if any(c.kind is CueKind.LAST_SET for c in cues[i])
    ]
    assert [(timeline.segments[i].round, timeline.segments[i].exercise.name) for i in last] == [  # type: ignore[union-attr]
        (2, "Swing")
    ]
    one_round = routine_from_data(routine2(circuit(rounds=1)))
    assert not any(
        c.kind is CueKind.LAST_SET for cs in plan_cues(compile_timeline(one_round)) for c in cs
    )


def test_a_spoken_cue_is_announced_when_it_falls_due() -> None:
    loaded = routine_from_data(
        routine2(
            exercise(reps=None, tempo=None, seconds=30, cues=[{"at": 20, "say": "Ribs"}]),
            prepare_seconds=0,
        )
    )
    clock = FakeClock()
    timeline = compile_timeline(loaded)
    session = Session(timeline, clock)
    announcer = Announcer(timeline, session.cues, voice=True)
    assert "Ribs" in announcer.plan_voice()
    session.add_listener(announcer.hear)
    session.start()
    announcer.due(clock.now())
    clock.advance(20)
    session.tick()
    assert Say("Ribs") in announcer.due(clock.now())


def test_a_session_counts_each_round_of_a_circuit_as_its_own_set() -> None:
    loaded = routine_from_data(routine2(circuit(rounds=3), prepare_seconds=0))
    clock = FakeClock()
    session = Session(compile_timeline(loaded), clock)
    assert session.summary().sets_planned == 6


# --------------------------------------------------------------------------------------------
# Fitting a routine to the time one has


def fitted(data: dict[str, Any], minutes: float) -> str:
    return fit_routine(routine_from_data(data), minutes * 60).explanation()


def test_the_fit_picks_the_longest_plan_and_says_so_in_one_line() -> None:
    data = routine2(
        exercise(name="Lunge", reps=None, tempo=None, seconds=60, sets={"min": 2, "max": 3}),
        exercise(name="Leg Swing", reps=None, tempo=None, seconds=60, optional=True),
        prepare_seconds=0,
        rest_between_sets=30,
        rest_after_exercise=30,
    )
    # 2 sets: 150 s, 3 sets: 240 s; the swing adds 90 s.
    assert fitted(data, 4) == "2 sets of each, nothing left out: 4:00"  # fewer left out
    assert fitted(data, 5.5) == "3 sets of each, nothing left out: 5:30"
    assert fitted(data, 5) == "2 sets of each, nothing left out: 4:00"
    assert fitted(data, 3) == "2 sets of each, Leg Swing left out: 2:30"
    assert fitted(data, 2) == (
        "Even the shortest plan takes 2:30 (2 sets of each, Leg Swing left out), more than 2:00"
    )


def test_a_routine_without_choices_fits_as_written_or_not_at_all() -> None:
    data = routine2(exercise(reps=None, tempo=None, seconds=60), prepare_seconds=0)
    assert fitted(data, 1) == "As written: 1:00"
    waits = routine2(
        exercise(tempo=None), circuit(rounds={"min": 1, "max": 2}), rest_after_exercise="as needed"
    )
    line = fitted(waits, 10)
    assert line == "2 rounds: 2:48 + pauses"  # 10 + 2 × 64 + 30 between rounds
    fit = fit_routine(routine_from_data(waits), 600)
    assert fit.to_json() == {
        "fits": True,
        "budget_seconds": 600,
        "sets": 2,
        "left_out": [],
        "seconds": 168,
        "explanation": "2 rounds: 2:48 + pauses",
    }


def test_the_fit_keeps_at_least_one_move_and_names_every_one_left_out() -> None:
    data = routine2(
        *[exercise(name=n, optional=True, reps=None, tempo=None, seconds=60) for n in "ABC"],
        prepare_seconds=0,
        rest_after_exercise=0,
    )
    assert fitted(data, 1) == "B and C left out: 1:00"  # the earlier moves are kept first
    assert (
        fitted(data, 0.5) == "Even the shortest plan takes 1:00 (B and C left out), more than 0:30"
    )
    assert fitted(data, 2) == "C left out: 2:00"
    assert fitted(data, 3) == "Nothing left out: 3:00"
    four = routine2(*[exercise(name=n, optional=True) for n in "ABCD"], prepare_seconds=0)
    assert fit_routine(routine_from_data(four), 40).choices == "B, C and D left out"


def test_the_counts_words_name_sets_and_rounds_together() -> None:
    data = routine2(circuit(rounds={"min": 1, "max": 2}), exercise(sets={"min": 1, "max": 2}))
    assert fitted(data, 60).startswith("2 sets of each and 2 rounds: ")


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("15m", 900),
        ("15", 900),
        ("15 min", 900),
        ("90s", 90),
        ("1h30m", 5400),
        ("1h", 3600),
        ("14:30", 870),
        ("2m30s", 150),
    ],
)
def test_a_length_of_time_is_read_as_people_write_it(text: str, seconds: float) -> None:
    assert parse_duration(text) == seconds


@pytest.mark.parametrize(
    "text", ["", "x", "0", "15 minutes later", "25h", "1:75", "-5m", "²", "1²"]
)
def test_a_length_that_is_not_one_is_refused_with_what_to_write(text: str) -> None:
    with pytest.raises(ValueError, match=r"15m|24 hours"):
        parse_duration(text)


def test_format_duration_is_what_the_fit_prints() -> None:
    assert format_duration(880) == "14:40"


def test_a_refused_format_2_file_is_json_text_the_loader_places() -> None:
    text = json.dumps(routine(circuit()))
    with pytest.raises(RoutineError) as caught:
        parse_routine(text, "w.json")
    assert caught.value.lines() == ['w.json: exercises[0]: a circuit needs "format": 2']


def test_a_session_picked_up_in_a_circuits_last_round_still_cues_it() -> None:
    loaded = routine_from_data(routine2(circuit(rounds=2), prepare_seconds=0))
    timeline = compile_timeline(loaded)
    last_round = next(
        i for i, s in enumerate(timeline.segments) if s.round == 2 and s.kind.value == "work"
    )
    resumed = resume_timeline(timeline, last_round).timeline
    assert resumed.segments[0].kind.value == "prepare"
    assert (resumed.segments[0].circuit, resumed.segments[0].round) == ("Warm-up", 2)
    first_work = plan_cues(resumed)[1]
    assert any(c.kind is CueKind.LAST_SET for c in first_work)
    assert describe_position(timeline, last_round) == "round 2 of 2, Swing"


def test_the_sides_rated_after_a_circuits_round_are_that_rounds_only() -> None:
    loaded = routine_from_data(
        routine2(
            circuit(exercise(name="Swing", sides="each"), rest_between_rounds=0),
            prepare_seconds=0,
            switch_seconds=0,
        )
    )
    segments = compile_timeline(loaded).segments
    assert [(s.kind.value, s.round, s.side) for s in segments[:4]] == [
        ("work", 1, Side.LEFT),
        ("work", 1, Side.RIGHT),
        ("work", 2, Side.LEFT),
        ("work", 2, Side.RIGHT),
    ]
    assert sides_before(segments, 4) == [2, 3]
    assert sides_before(segments, 2) == [0, 1]
