"""Each fact is stated once: what the editor offers comes from the tables of fields, the
settings' ranges from their rules, a routine's length from one function, the app's name from
one constant."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import matside
from matside.backends import awake
from matside.core.checks import field_of, integer_between, optional, seconds, text
from matside.core.routine import (
    EXERCISE_FIELDS,
    ROUTINE_FIELDS,
    new_exercise_data,
    new_routine_data,
    routine_from_data,
)
from matside.core.settings import SETTINGS_FIELDS, Settings, setting_bounds
from matside.core.timeline import length_text
from matside.storage import paths
from tests.conftest import exercise, routine


def test_a_new_routine_is_valid_and_made_of_what_the_tables_offer() -> None:
    data = new_routine_data()
    loaded = routine_from_data(data)
    assert loaded.name == field_of(ROUTINE_FIELDS, "name").suggested == "New routine"
    for key in ("prepare_seconds", "switch_seconds", "rest_between_sets", "rest_after_exercise"):
        assert data[key] == field_of(ROUTINE_FIELDS, key).default
    [new] = data["exercises"]
    assert new == new_exercise_data()
    assert new == {"name": "New exercise", "seconds": 30, "sides": "one", "sets": 1}
    assert new["seconds"] == field_of(EXERCISE_FIELDS, "seconds").suggested
    assert (
        field_of(EXERCISE_FIELDS, "reps").offered,
        field_of(EXERCISE_FIELDS, "tempo").offered,
    ) == (
        8,
        4,
    )


def test_rules_know_their_bounds_and_optional_keeps_them() -> None:
    assert optional(integer_between(80, 400)).minimum == 80
    rule = optional(seconds(0, 600, exclusive=True))
    assert (rule.minimum, rule.maximum, rule.exclusive) == (0, 600, True)
    assert field_of(EXERCISE_FIELDS, "tempo").bounds == (0.5, 600)
    with pytest.raises(TypeError):
        field_of(ROUTINE_FIELDS, "name").bounds  # noqa: B018
    assert text(required=True, max_length=5).minimum is None


def test_the_settings_ranges_are_their_rules() -> None:
    assert setting_bounds("volume") == (0, 1)
    assert setting_bounds("speech_rate") == (80, 400)
    assert setting_bounds("countdown") == (0, 5)
    assert setting_bounds("prepare_seconds") == (0, 600)
    defaults = Settings()
    for spec in SETTINGS_FIELDS:
        if spec.name in ("volume", "speech_rate", "countdown"):
            low, high = setting_bounds(spec.name)
            assert low <= getattr(defaults, spec.name) <= high


def test_one_length_text_in_minutes_or_exact() -> None:
    ranged = routine_from_data(
        routine(exercise(seconds=60, reps=None, tempo=None, sets={"min": 2, "max": 3}))
    )
    assert length_text(ranged) == "3–4 min"  # 10 s to get ready, 2 or 3 sets of 60 s, 30 s between
    assert length_text(ranged, 2) == "3 min"
    assert length_text(ranged, exact=True) == "2:40–4:10"
    waits = routine_from_data(routine(exercise(reps=8, tempo=None)))
    assert length_text(waits).endswith("min + pauses")
    assert length_text(waits, exact=True).endswith(" + pauses")


def test_the_apps_name_is_one_constant() -> None:
    assert vars(paths)["APP_NAME"] is matside.APP_NAME is vars(awake)["APP_NAME"]
    package = Path(matside.__file__).parent
    stated = [
        source.relative_to(package).as_posix()
        for source in package.rglob("*.py")
        if re.search(r"^APP_NAME\b.*=", source.read_text(encoding="utf-8"), re.MULTILINE)
    ]
    assert stated == ["__init__.py"]
