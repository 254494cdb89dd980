"""The run screen's keys, as data: what each action is, its keys, and what it does in words.

The run screen binds its keys from :data:`RUN_KEYS`, Help ▸ Keys (ui/help_windows.py) is laid
out from it, and a test holds the README's key table to it, so the three never disagree. Keys
are named as Qt names them without the ``Key_`` prefix (``"PageDown"`` is
``Qt.Key.Key_PageDown``); the UI turns the names into Qt's keys.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Action(StrEnum):
    """What a key on the run screen does."""

    TOGGLE = "toggle"  # start, pause, resume, continue
    NEXT = "next"
    PREVIOUS = "previous"  # restart the interval, or back one
    EXTEND = "extend"  # more rest
    MUTE = "mute"
    FULL_SCREEN = "full_screen"
    ESCAPE = "escape"  # leave full screen, or stop
    CLOSE = "close"  # back to the routines once the routine is done


KEY_LABELS = {
    "PageDown": "Page Down",
    "PageUp": "Page Up",
    "Plus": "+",
    "Equal": "=",
    "Escape": "Esc",
    "Return": "Enter",
}
"""How a key is written for people, where that differs from its name."""


def key_label(name: str) -> str:
    """``"PageDown"`` -> ``"Page Down"``; a name without a label is its own label."""
    return KEY_LABELS.get(name, name)


@dataclass(frozen=True)
class KeyBinding:
    """The keys of one action and what it does, in the words of the keys table."""

    action: Action
    keys: tuple[str, ...]
    does: str

    @property
    def label(self) -> str:
        """The keys as people read them: ``"Right, Page Down"``; Return and the keypad's Enter
        are both ``Enter``."""
        labels = dict.fromkeys(key_label(key) for key in self.keys)
        return ", ".join(labels)


RUN_KEYS: tuple[KeyBinding, ...] = (
    KeyBinding(
        Action.TOGGLE, ("Space",), "start, pause, resume; go on after a pause that waits for you"
    ),
    KeyBinding(Action.NEXT, ("Right", "PageDown"), "next interval"),
    KeyBinding(
        Action.PREVIOUS,
        ("Left", "PageUp"),
        "restart this interval, or back one within its first 2 s",
    ),
    # = is the key + is on, unshifted, on many keyboards.
    KeyBinding(Action.EXTEND, ("Plus", "Equal"), "10 s more rest"),
    KeyBinding(Action.MUTE, ("M",), "mute or unmute"),
    KeyBinding(Action.FULL_SCREEN, ("F", "F11"), "full screen on or off"),
    KeyBinding(Action.ESCAPE, ("Escape",), "leave full screen; otherwise stop (asks first)"),
    KeyBinding(Action.CLOSE, ("Return", "Enter"), "back to your routines once the routine is done"),
)
"""Every key of the run screen, in the order the keys table lists them."""

CLICKER_NOTE = "A presenter clicker sends Page Up / Page Down, so it works from the mat."


def binding_for(action: Action) -> KeyBinding:
    """The keys of ``action``."""
    return next(binding for binding in RUN_KEYS if binding.action is action)
