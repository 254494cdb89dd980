"""The run screen's key map: one list of keys that the README, Help ▸ Keys and the screen share."""

from __future__ import annotations

from pathlib import Path

from matside.core.keymap import (
    RUN_KEYS,
    Action,
    KeyBinding,
    binding_for,
    key_label,
)
from matside.core.session import RESTART_THRESHOLD

README = Path(__file__).resolve().parents[2] / "README.md"


def readme_key_table() -> list[tuple[str, str]]:
    """The rows of the ``| key | does |`` table in the README's section "On the mat"."""
    text = README.read_text(encoding="utf-8")
    section = text[text.index("## On the mat") :]
    section = section[: section.index("\n## ", 1)]
    lines = section[section.index("| key | does |") :].splitlines()
    assert lines[1] == "| --- | --- |"
    rows = []
    for line in lines[2:]:
        if not line.startswith("|"):
            break
        keys, does = (cell.strip() for cell in line.strip("|").split("|"))
        rows.append((keys, does))
    return rows


def test_the_readme_lists_exactly_the_key_maps_keys_and_words() -> None:
    assert readme_key_table() == [(binding.label, binding.does) for binding in RUN_KEYS]


def test_every_action_has_one_binding_and_no_key_does_two_things() -> None:
    assert [binding.action for binding in RUN_KEYS] == list(Action)
    keys = [key for binding in RUN_KEYS for key in binding.keys]
    assert len(keys) == len(set(keys))
    assert all(binding.keys and binding.does for binding in RUN_KEYS)


def test_keys_are_written_for_people() -> None:
    assert key_label("PageDown") == "Page Down"
    assert key_label("Escape") == "Esc"
    assert key_label("F11") == "F11"
    assert KeyBinding(Action.NEXT, ("Right", "PageDown"), "").label == "Right, Page Down"
    assert KeyBinding(Action.CLOSE, ("Return", "Enter"), "").label == "Enter"  # both Enters


def test_binding_for_finds_an_actions_keys() -> None:
    assert binding_for(Action.FULL_SCREEN).keys == ("F", "F11")
    assert binding_for(Action.ESCAPE).label == "Esc"


def test_the_words_for_going_back_name_the_sessions_threshold() -> None:
    assert f"within its first {RESTART_THRESHOLD:g} s" in binding_for(Action.PREVIOUS).does
