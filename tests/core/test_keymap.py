"""The run screen's key map: one list of keys that the README, Help ▸ Keys and the screen share."""

from __future__ import annotations

from pathlib import Path

import pytest

from matside.core.keymap import (
    LEAVE_BANNER,
    QUIT_BANNER,
    QUIT_BANNER_DETAIL,
    RATING_RANGE,
    RATING_SCORES,
    RUN_KEYS,
    STOP_BANNER,
    STOP_BANNER_DETAIL,
    STOP_WINDOW,
    Action,
    Command,
    Decision,
    KeyBinding,
    RunKeys,
    binding_for,
    decide,
    key_label,
    words,
)
from matside.core.session import RESTART_THRESHOLD, State

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
    assert readme_key_table() == [(binding.label, binding.description) for binding in RUN_KEYS]


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


def test_the_rating_keys_are_the_digits_one_to_five() -> None:
    assert binding_for(Action.RATE).keys == tuple(RATING_SCORES)
    assert list(RATING_SCORES.values()) == [1, 2, 3, 4, 5]
    assert RATING_RANGE == "1–5"


def test_binding_for_finds_an_actions_keys() -> None:
    assert binding_for(Action.FULL_SCREEN).keys == ("F", "F11")
    assert binding_for(Action.ESCAPE).label == "Esc"
    assert binding_for(Action.PAUSE).label == "F5, Shift+F5, ., B"


def test_the_words_for_going_back_name_the_sessions_threshold() -> None:
    assert f"within its first {RESTART_THRESHOLD:g} s" in binding_for(Action.PREVIOUS).does


IDLE, RUNNING, PAUSED, WAITING, FINISHED = State


@pytest.mark.parametrize(
    ("action", "commands"),
    [
        # state:            IDLE, RUNNING, PAUSED, WAITING, FINISHED
        (Action.TOGGLE, ["start", "pause", "resume", "proceed", "nothing"]),
        (Action.PAUSE, ["start", "pause", "resume", "proceed", "nothing"]),
        (Action.NEXT, ["start", "next", "next", "next", "nothing"]),
        (Action.PREVIOUS, ["nothing", "previous", "previous", "previous", "nothing"]),
        (Action.EXTEND, ["nothing", "extend", "extend", "nothing", "nothing"]),
        (Action.MUTE, ["mute"] * 5),
        (Action.FULL_SCREEN, ["full_screen"] * 5),
        (Action.CLOSE, ["nothing", "nothing", "nothing", "nothing", "leave"]),
        (Action.RATE, ["nothing", "rate", "rate", "rate", "rate"]),
        (Action.NOTE, ["nothing", "nothing", "nothing", "nothing", "note"]),
        # A first Esc pauses or resumes as the slideshow key does, and asks for a second.
        (Action.ESCAPE, ["nothing", "pause", "resume", "nothing", "leave"]),
    ],
)
def test_what_each_key_does_in_each_state(action: Action, commands: list[str]) -> None:
    assert [decide(action, state, stop_armed=False).command for state in State] == commands


def test_a_second_esc_stops_a_session_under_way_and_leaves_one_not_started() -> None:
    assert [decide(Action.ESCAPE, state, stop_armed=True) for state in State] == [
        Decision(Command.LEAVE),
        Decision(Command.STOP),
        Decision(Command.STOP),
        Decision(Command.STOP),
        Decision(Command.LEAVE),
    ]


def test_only_a_first_esc_before_the_end_asks_for_a_second() -> None:
    armed = [s for s in State if decide(Action.ESCAPE, s, stop_armed=False).stop_armed]
    assert armed == [IDLE, RUNNING, PAUSED, WAITING]


def test_the_pause_keys_keep_a_waiting_esc_and_every_other_key_cancels_it() -> None:
    for binding in RUN_KEYS:
        if binding.action is Action.ESCAPE:
            continue
        keeps = decide(binding.action, RUNNING, stop_armed=True).stop_armed
        assert keeps is (binding.action is Action.PAUSE), binding.action
        assert not decide(binding.action, RUNNING, stop_armed=False).stop_armed


def test_esc_twice_within_the_window_stops_and_later_only_asks_again() -> None:
    keys = RunKeys()
    assert not keys.stop_armed(0.0)
    assert keys.press(Action.ESCAPE, RUNNING, 10.0) is Command.PAUSE
    assert keys.stop_deadline == 10.0 + STOP_WINDOW
    assert keys.stop_armed(12.9)
    assert not keys.stop_armed(10.0 + STOP_WINDOW)  # the deadline itself is too late
    assert keys.press(Action.ESCAPE, PAUSED, 12.9) is Command.STOP
    assert keys.stop_deadline is None
    assert keys.press(Action.ESCAPE, RUNNING, 20.0) is Command.PAUSE
    assert keys.press(Action.ESCAPE, PAUSED, 23.0) is Command.RESUME  # 3 s on: a first press
    assert keys.stop_deadline == 26.0


def test_the_slideshow_button_stops_though_it_sends_f5_between_its_escs() -> None:
    keys = RunKeys()
    states = iter([RUNNING, PAUSED, RUNNING, PAUSED])
    pressed = [
        keys.press(action, next(states), now)
        for action, now in [
            (Action.PAUSE, 0.0),  # F5
            (Action.ESCAPE, 1.0),
            (Action.PAUSE, 2.0),  # F5
            (Action.ESCAPE, 3.0),
        ]
    ]
    assert pressed == [Command.PAUSE, Command.RESUME, Command.PAUSE, Command.STOP]


def test_any_other_key_cancels_a_waiting_esc() -> None:
    keys = RunKeys()
    keys.press(Action.ESCAPE, RUNNING, 0.0)
    assert keys.press(Action.NEXT, PAUSED, 1.0) is Command.NEXT
    assert not keys.stop_armed(1.5)
    assert keys.press(Action.ESCAPE, PAUSED, 2.0) is Command.RESUME  # a first press again


def test_the_banner_says_what_a_second_press_would_do_until_its_deadline() -> None:
    keys = RunKeys()
    assert keys.banner(RUNNING, 0.0) is None
    assert keys.banner_until() is None
    keys.press(Action.ESCAPE, IDLE, 0.0)
    stop_detail = "within 3 s — on a clicker, keep pressing its slideshow key"
    assert words(STOP_BANNER_DETAIL) == stop_detail  # the stop window filled in
    assert keys.banner(IDLE, 1.0) == (LEAVE_BANNER, stop_detail)
    keys.press(Action.NEXT, IDLE, 1.0)
    keys.press(Action.ESCAPE, RUNNING, 5.0)
    assert keys.banner(PAUSED, 7.9) == (STOP_BANNER, stop_detail)
    assert keys.banner_until() == 5.0 + STOP_WINDOW
    assert keys.banner(PAUSED, 8.0) is None


def test_closing_the_window_during_a_session_asks_on_the_screen_and_a_second_try_quits() -> None:
    keys = RunKeys()
    keys.press(Action.ESCAPE, RUNNING, 0.0)
    assert not keys.try_quit(1.0)  # asks, instead of the waiting Esc
    assert keys.banner(PAUSED, 1.5) == (QUIT_BANNER, words(QUIT_BANNER_DETAIL))
    assert words(QUIT_BANNER_DETAIL).startswith("within 3 s")
    assert not keys.stop_armed(1.5)
    assert keys.try_quit(3.9)
    assert not keys.try_quit(10.0)  # long after: a first try again
    assert not keys.try_quit(13.0)  # the deadline itself is too late
    keys.press(Action.PAUSE, RUNNING, 14.0)  # any key carries on
    assert keys.banner(PAUSED, 14.0) is None
    assert not keys.try_quit(14.5)
