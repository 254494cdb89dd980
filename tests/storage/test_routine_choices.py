"""The set count chosen for each routine, remembered between sessions."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from matside.storage.routine_choices import (
    MAX_CHOICES_BYTES,
    choices_path,
    remember_sets,
    remembered_sets,
)


def test_a_chosen_count_is_remembered_per_routine_file(tmp_path: Path) -> None:
    legs, arms = tmp_path / "legs.json", tmp_path / "arms.json"
    assert remembered_sets(legs) is None
    remember_sets(legs, 3)
    remember_sets(arms, 2)
    remember_sets(legs, 4)
    assert (remembered_sets(legs), remembered_sets(arms)) == (4, 2)
    data = json.loads(choices_path().read_text(encoding="utf-8"))
    assert data == {"sets": {str(arms): 2, str(legs): 4}}


def test_the_file_is_written_atomically(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    remember_sets(tmp_path / "legs.json", 3)
    before = choices_path().read_text(encoding="utf-8")

    def crash(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(OSError, match="No space"):
        remember_sets(tmp_path / "legs.json", 5)
    assert choices_path().read_text(encoding="utf-8") == before  # the old file, whole
    assert [p.name for p in choices_path().parent.iterdir()] == [choices_path().name]


@pytest.mark.parametrize(
    "text",
    [
        b"not json",
        b'["a list"]',
        b'{"sets": 3}',
        b'{"sets": {"\xff": 3}}',  # not UTF-8
        b"[" * 100_000,
    ],
)
def test_a_file_that_cannot_be_used_reads_as_nothing_chosen(tmp_path: Path, text: bytes) -> None:
    choices_path().parent.mkdir(parents=True, exist_ok=True)
    choices_path().write_bytes(text)
    assert remembered_sets(tmp_path / "legs.json") is None
    remember_sets(tmp_path / "legs.json", 2)  # and the next choice writes a good one
    assert remembered_sets(tmp_path / "legs.json") == 2


def test_bad_entries_are_dropped_and_good_ones_kept(tmp_path: Path) -> None:
    legs = str(tmp_path / "legs.json")
    choices_path().parent.mkdir(parents=True, exist_ok=True)
    bad = {"a": True, "b": "3", "c": 0, "d": -1, "e": 2.5, legs: 3}
    choices_path().write_text(json.dumps({"sets": bad}), encoding="utf-8")
    assert remembered_sets(Path(legs)) == 3
    assert remembered_sets(Path("a")) is None
    remember_sets(tmp_path / "arms.json", 2)
    kept = json.loads(choices_path().read_text(encoding="utf-8"))["sets"]
    assert kept == {str(tmp_path / "arms.json"): 2, legs: 3}


def test_a_folder_or_a_huge_file_in_its_place_is_not_read(tmp_path: Path) -> None:
    choices_path().mkdir(parents=True)
    assert remembered_sets(tmp_path / "legs.json") is None
    choices_path().rmdir()
    choices_path().write_bytes(b" " * (MAX_CHOICES_BYTES + 1))
    assert remembered_sets(tmp_path / "legs.json") is None
