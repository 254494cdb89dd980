"""The bundled routines load, and their plans keep the numbers of the articles they come from."""

from __future__ import annotations

from collections import Counter

import pytest

from matside.core.timeline import SegmentKind, compile_timeline
from matside.storage import paths
from matside.storage.routine_files import load_routine

SEED_001_MOVES = 5


@pytest.mark.parametrize("path", paths.bundled_routines(), ids=lambda p: p.name)
def test_every_bundled_routine_loads_plans_and_names_its_source(path: object) -> None:
    routine = load_routine(path)  # type: ignore[arg-type]
    assert routine.source.strip()
    # A citation for people: no working notes such as "(seed 001)".
    assert "seed" not in routine.source.casefold()
    assert routine.description.strip()
    for exercise in routine.all_exercises():
        assert len(exercise.instructions) >= 2, exercise.name
        # a cue line of its own, short enough to read in one line from the mat
        assert exercise.cue is not None, exercise.name
        assert len(exercise.cue) <= 52, exercise.name
    timeline = compile_timeline(routine)
    assert timeline.segments[-1].kind is SegmentKind.DONE


def test_hip_opening_is_five_moves_8_reps_each_side_3_to_4_sets_30_s_rest() -> None:
    routine = load_routine(paths.routines_dir() / "hip-opening.json")
    assert len(routine.exercises) == SEED_001_MOVES
    assert routine.set_choices() == range(3, 5)
    for sets in (3, 4):
        timeline = compile_timeline(routine, sets)
        work = [s for s in timeline.segments if s.kind is SegmentKind.WORK]
        per_move = Counter((s.exercise_index, s.side) for s in work)
        assert set(per_move.values()) == {sets}  # each move, each side, `sets` times
        assert {s.reps for s in work} == {8}
        assert {s.side for s in work} == {"left", "right"}
        # all sets of one move come before the next move
        order = [s.exercise_index or 0 for s in work]
        assert order == sorted(order)
        rests = [s for s in timeline.segments if s.kind is SegmentKind.REST]
        between_sets = [r for r in rests if r.set is not None and r.set > 1]
        assert len(between_sets) == SEED_001_MOVES * (sets - 1)
        assert {r.seconds for r in between_sets} == {30}
        assert timeline.open_segments == 0


def test_daily_hip_stretch_is_the_same_moves_6_reps_one_pass_rest_as_needed() -> None:
    full = load_routine(paths.routines_dir() / "hip-opening.json")
    daily = load_routine(paths.routines_dir() / "daily-hip-stretch.json")
    assert [e.name for e in daily.exercises] == [e.name for e in full.exercises]
    timeline = compile_timeline(daily)
    work = [s for s in timeline.segments if s.kind is SegmentKind.WORK]
    assert len(work) == SEED_001_MOVES * 2
    assert {(s.reps, s.set, s.sets) for s in work} == {(6, 1, 1)}
    rests = [s for s in timeline.segments if s.kind is SegmentKind.REST]
    assert len(rests) == SEED_001_MOVES - 1
    assert all(r.is_open for r in rests)


@pytest.mark.parametrize("path", paths.bundled_routines(), ids=lambda p: p.name)
def test_every_exercise_has_its_start_and_end_pictures_and_they_load(path: object) -> None:
    from matside.storage.routine_files import image_problems

    routine = load_routine(path)  # type: ignore[arg-type]
    assert image_problems(routine, path) == []  # type: ignore[arg-type]
    for exercise in routine.all_exercises():
        assert len(exercise.images) >= 2, exercise.name
        for reference in exercise.images:
            picture = paths.resolve_image(reference, path)  # type: ignore[arg-type]
            assert picture is not None, reference
            text = picture.read_text(encoding="utf-8")
            assert text.startswith("<svg") or text.startswith("<?xml"), reference
            assert "viewBox" in text


def names(file: str) -> list[str]:
    return [e.name for e in load_routine(paths.routines_dir() / file).exercises]


def test_pelvis_control_has_its_checks_and_the_ball_drill_between_two_toe_touches() -> None:
    routine = load_routine(paths.routines_dir() / "hip-pelvis-control.json")
    moves = [e.name for e in routine.exercises]
    for check in ("Front Hip Bone Check", "Foot Lift with Still Pelvis", "Tall Kneeling to Lunge"):
        assert check in moves
    for move in (
        "Standing Hamstring Curl",
        "Supine Bridge",
        "Single-Leg Deadlift",
        "Shrimp Squat",
        "Standing Hip Abduction",
        "Standing Hip Adduction",
        "Standing Hip Rotation",
    ):
        assert move in moves
    ball = moves.index("Ball Under Foot")
    assert moves[ball - 1] == moves[ball + 1] == "Toe-Touch Check"
    drill = routine.all_exercises()[ball]
    assert (drill.reps, drill.sides) == (5, "each")  # the article's five rolls per foot


def test_hip_rotation_starts_on_the_back_with_both_rotations() -> None:
    moves = names("hip-rotation.json")
    assert moves[:2] == ["Supine Hip External Rotation", "Supine Hip Internal Rotation"]


@pytest.mark.parametrize("file", ["glute-activation-warmup.json", "hip-extension-warmup.json"])
def test_warm_ups_are_short_and_say_their_numbers_are_ours(file: str) -> None:
    routine = load_routine(paths.routines_dir() / file)
    assert compile_timeline(routine).total_seconds <= 15 * 60
    assert "our choice" in routine.description
