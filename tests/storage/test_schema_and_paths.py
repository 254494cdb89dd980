"""The JSON Schema agrees with the model; resources are found (the layers: lint-imports)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from matside.core.checks import Field, Invalid, nullable, optional, whole_number
from matside.core.routine import RoutineError, dumps_schema, routine_from_data
from matside.storage import paths
from tests.conftest import exercise, routine


def test_committed_schema_is_the_one_the_model_generates() -> None:
    committed = paths.resource("routine.schema.json").read_text(encoding="utf-8")
    assert committed == dumps_schema(), "run: python tools/make_schema.py"


@pytest.mark.parametrize(
    "data",
    [
        routine(),
        routine(exercise(sets={"min": 3, "max": 4}, rest_between_sets="as needed")),
        routine(exercise(reps=None, tempo=None, seconds=12.5, sides="each")),
        routine(exercise(reps=0)),
        routine(exercise(sides="both")),
        routine(exercise(extra=1)),
        routine(rest_after_exercise="later"),
        routine(exercises=[]),
        routine(format=3),
        routine(format=2),
        routine({"circuit": "C", "rounds": 2, "exercises": [exercise()]}, format=2),
        routine({"circuit": "C", "rounds": 2, "exercises": [exercise()]}),
        routine({"circuit": "C", "rounds": 2, "exercises": [exercise(sets=2)]}, format=2),
        routine(exercise(tempo=[3, 2, 3], cues=[{"at": 1, "say": "Now"}]), format=2),
        routine(exercise(tempo=[3, 2, 3])),
    ],
)
def test_schema_and_loader_agree(data: dict[str, Any]) -> None:
    schema = json.loads(paths.resource("routine.schema.json").read_text(encoding="utf-8"))
    schema_ok = jsonschema.Draft202012Validator(schema).is_valid(data)
    try:
        routine_from_data(data)
        loader_ok = True
    except RoutineError:
        loader_ok = False
    assert schema_ok == loader_ok


def test_bundled_data_is_found_from_the_checkout() -> None:
    assert (paths.resources_dir() / "routine.schema.json").is_file()
    assert paths.bundled_routines()
    assert all(p.suffix == ".json" for p in paths.bundled_routines())


def test_image_references(tmp_path: Path) -> None:
    assert paths.resolve_image("resource:images/a.svg", None) == paths.resource("images/a.svg")
    assert paths.resolve_image("a.png", tmp_path / "r.json") == tmp_path / "a.png"


def test_frozen_bundle_layout_is_found(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr("sys._MEIPASS", str(tmp_path), raising=False)
    assert paths.resources_dir() == tmp_path / "resources"
    assert paths.routines_dir() == tmp_path / "routines"


def test_user_folders_follow_matside_home(matside_home: Path) -> None:
    assert paths.user_routines_dir() == matside_home / "data" / "routines"
    assert paths.user_config_dir() == matside_home / "config"


def test_a_rule_states_its_bounds_once_and_a_plain_check_must_give_a_schema() -> None:
    rule = optional(whole_number(1, 3))
    assert rule(None) is None
    assert rule(2) == 2
    with pytest.raises(Invalid, match="at most 3"):
        rule(4)
    expected = {"type": "integer", "minimum": 1, "maximum": 3}
    assert Field("n", rule).json_schema == nullable(expected)
    with pytest.raises(TypeError, match="needs a schema"):
        Field("x", lambda value: value)
