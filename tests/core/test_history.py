"""The editor's undo history, without Qt: snapshots of JSON data."""

from __future__ import annotations

from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from matside.core.history import History


def named(name: str, **more: Any) -> dict[str, Any]:
    return {"name": name, **more}


def test_a_new_history_has_nothing_to_undo_or_redo() -> None:
    history = History()
    history.start(named("A"), 0)
    assert not history.can_undo
    assert not history.can_redo
    assert history.undo() is None
    assert history.redo() is None
    assert len(history) == 1


def test_undo_and_redo_step_through_the_edits() -> None:
    history = History()
    history.start(named("A"), 0)
    assert history.record(named("B"), None, 0)
    assert history.record(named("C"), None, 1)
    assert history.undo() == (named("B"), 1)  # shown where the undone edit was made
    assert history.undo() == (named("A"), 0)
    assert not history.can_undo
    assert history.can_redo
    assert history.redo() == (named("B"), 0)
    assert history.redo() == (named("C"), 1)
    assert not history.can_redo


def test_data_that_did_not_change_is_not_an_edit() -> None:
    history = History()
    history.start(named("A"), 0)
    assert not history.record(named("A"), "name", 0)
    assert not history.can_undo


def test_typing_in_one_field_is_one_edit_until_sealed() -> None:
    history = History()
    history.start(named(""), 0)
    for typed in ("L", "Lu", "Lunge"):
        history.record(named(typed), "name", 0)
    assert len(history) == 2
    history.record(named("Lunge", reps=8), "reps", 0)  # another field: a new edit
    history.record(named("Lunge", reps=80), "reps", 0)
    assert history.undo() == (named("Lunge"), 0)
    assert history.undo() == (named(""), 0)
    history.redo()
    history.record(named("Lunges"), "name", 0)  # after an undo: a new edit, not the old one
    assert history.undo() == (named("Lunge"), 0)


def test_sealing_ends_the_edit_being_typed() -> None:
    history = History()
    history.start(named(""), 0)
    history.record(named("a"), "name", 0)
    history.seal()  # say, another exercise was picked
    history.record(named("ab"), "name", 0)
    assert history.undo() == (named("a"), 0)


def test_a_new_edit_drops_what_could_be_redone() -> None:
    history = History()
    history.start(named("A"), 0)
    history.record(named("B"), None, 0)
    history.undo()
    history.record(named("C"), None, 0)
    assert not history.can_redo
    assert history.undo() == (named("A"), 0)


def test_the_history_keeps_copies_that_later_changes_do_not_reach() -> None:
    data = named("A", exercises=[{"name": "Move"}])
    history = History()
    history.start(data, 0)
    data["exercises"][0]["name"] = "Changed in place"
    history.record(data, None, 0)
    undone = history.undo()
    assert undone is not None
    assert undone[0]["exercises"][0]["name"] == "Move"
    undone[0]["exercises"][0]["name"] = "Changed again"
    assert history.redo() == (named("A", exercises=[{"name": "Changed in place"}]), 0)
    assert history.undo() == (named("A", exercises=[{"name": "Move"}]), 0)


def test_only_the_newest_snapshots_are_kept() -> None:
    history = History(limit=3)
    history.start({"n": 0}, 0)
    for n in range(1, 6):
        history.record({"n": n}, None, 0)
    assert len(history) == 3
    assert history.undo() == ({"n": 4}, 0)
    assert history.undo() == ({"n": 3}, 0)
    assert history.undo() is None


def test_clear_forgets_everything() -> None:
    history = History()
    history.start(named("A"), 0)
    history.record(named("B"), None, 0)
    history.clear()
    assert len(history) == 0
    assert not history.can_undo
    assert not history.can_redo


@given(st.lists(st.integers(0, 3), max_size=30))
def test_undoing_everything_gives_back_the_start_and_redoing_the_end(edits: list[int]) -> None:
    history = History()
    history.start({"n": 0}, 0)
    value = 0
    for step in edits:
        value += step  # a step of 0 is the same data again: not an edit
        history.record({"n": value}, None, 0)
    assert len(history) == 1 + sum(1 for step in edits if step)
    seen = [{"n": value}]
    while (undone := history.undo()) is not None:
        seen.append(undone[0])
    assert seen[-1] == {"n": 0}
    assert len(seen) == len(history)
    while (redone := history.redo()) is not None:
        seen.append(redone[0])
    assert seen[-1] == {"n": value}
