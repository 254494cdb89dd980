"""Recovery files: the editor's unsaved edits round-trip, and files of any shape are read
without raising (matside.storage.recovery)."""

from __future__ import annotations

import json
import os
import time
from typing import Any

import pytest

from matside.storage import recovery
from tests.conftest import routine
from tests.ui.test_library import user_file


def test_recovery_files_round_trip_and_broken_ones_are_dropped() -> None:
    path = user_file("mine.json", routine())
    file = recovery.recovery_file_for(path)
    recovery.write_recovery(file, path, {"name": "Half typed", "exercises": "oops"})
    (recovery.recovery_dir() / "garbage.json").write_text("{", encoding="utf-8")
    [found] = recovery.list_recoveries()
    assert (found.routine_path, found.name) == (path, "Half typed")
    assert found.data == {"name": "Half typed", "exercises": "oops"}
    assert recovery.find_recovery(path) == found
    assert not (recovery.recovery_dir() / "garbage.json").exists()
    recovery.discard_recovery(file)
    assert recovery.list_recoveries() == []


@pytest.mark.parametrize(
    "saved_at",
    ["1e308", "-1e308", "NaN", "Infinity", '"yesterday"', "1" + "0" * 400, "true", "[]", "null"],
)
def test_a_recovery_file_with_an_absurd_time_is_read_with_the_files_time(saved_at: str) -> None:
    path = user_file("mine.json", routine())
    file = recovery.recovery_file_for(path)
    file.parent.mkdir(parents=True)
    file.write_text(
        f'{{"routine": {json.dumps(str(path))}, "name": "Mine", "saved_at": {saved_at},'
        ' "data": {"name": "Mine"}}',
        encoding="utf-8",
    )
    an_hour_ago = time.time() - 3600
    os.utime(file, (an_hour_ago, an_hour_ago))
    [found] = recovery.list_recoveries()
    assert found.saved_at == pytest.approx(an_hour_ago)
    assert (found.routine_path, found.name, found.data) == (path, "Mine", {"name": "Mine"})
    time.strftime("%a %d %b, %H:%M", time.localtime(found.saved_at))  # shown as the app shows it


@pytest.mark.parametrize(
    "fields",
    [
        {"routine": 5, "name": {"a": 1}, "saved_at": 1.0},
        {"routine": ["x"], "name": "", "saved_at": -5},
        {"routine": "a\u0000b", "name": 7},
    ],
)
def test_recovery_fields_of_the_wrong_type_are_ignored(fields: dict[str, Any]) -> None:
    file = recovery.recovery_dir() / "odd.json"
    file.parent.mkdir(parents=True)
    file.write_text(json.dumps({**fields, "data": {"name": "Kept"}}), encoding="utf-8")
    [found] = recovery.list_recoveries()
    assert found.routine_path is None
    assert found.data == {"name": "Kept"}
    assert isinstance(found.name, str)
    assert 0 <= found.saved_at <= time.time()
