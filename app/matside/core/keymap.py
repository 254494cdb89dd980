"""The run screen's keys, as data and as decisions: what each key does in each session state.

The run screen binds its keys from :data:`RUN_KEYS`, Help ▸ Keys (ui/help_windows.py) is laid
out from it, and a test holds the README's key table to it, so the three never disagree. Keys
are named as Qt names them without the ``Key_`` prefix (``"PageDown"`` is
``Qt.Key.Key_PageDown``); the UI turns the names into Qt's keys, ignoring modifiers (Shift+F5
is F5).

What a key does is :func:`decide`'s to say, from the action, the session's state and whether a
first Esc is waiting for its second (:class:`RunKeys` keeps that deadline on the monotonic
clock). The screen only carries the decision out, so the whole policy is tested without Qt.

A presenter clicker is the only control on the mat. Logitech-style clickers send Page Up /
Page Down, and their slideshow button sends F5 (or Shift+F5) and Esc *alternately*; others send
``.`` or ``b`` for "blank screen". So F5, ``.`` and ``b`` pause and resume, and Esc's first press
does too while it asks for a second press to stop: the slideshow button is then a plain
pause/resume button, and pressing it on until two of its Escs fall within 3 s stops. Esc never
leaves full screen, which a clicker would otherwise do on every other press.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from matside.core.i18n import QT_TRANSLATE_NOOP, translate
from matside.core.session import State

STOP_WINDOW = 3.0
"""Seconds within which a second Esc stops the session."""


class Action(StrEnum):
    """What a key on the run screen does."""

    TOGGLE = "toggle"  # start, pause, resume, continue
    NEXT = "next"
    PREVIOUS = "previous"  # restart the interval, or back one
    PAUSE = "pause"  # a clicker's slideshow and blank-screen keys
    EXTEND = "extend"  # more rest
    MUTE = "mute"
    FULL_SCREEN = "full_screen"
    ESCAPE = "escape"  # stop, by pressing twice
    CLOSE = "close"  # back to the routines once the routine is done
    RATE = "rate"  # how the side just done felt, 1 to 5
    NOTE = "note"  # once done: into the notes on the exercises


class Command(StrEnum):
    """What the run screen does for a key press."""

    NOTHING = "nothing"
    START = "start"
    PAUSE = "pause"
    RESUME = "resume"
    PROCEED = "proceed"  # finish an interval that waits for the user, and go on
    NEXT = "next"
    PREVIOUS = "previous"
    EXTEND = "extend"
    MUTE = "mute"
    FULL_SCREEN = "full_screen"
    STOP = "stop"  # end the session early; the done screen says what was done
    LEAVE = "leave"  # back to the routines
    RATE = "rate"  # note how the side asked about felt (the digit says how)
    NOTE = "note"  # into the done screen's notes on the exercises


KEY_LABELS = {
    "PageDown": QT_TRANSLATE_NOOP("Keys", "Page Down"),
    "PageUp": QT_TRANSLATE_NOOP("Keys", "Page Up"),
    "Plus": "+",
    "Equal": "=",
    "Escape": QT_TRANSLATE_NOOP("Keys", "Esc"),
    "Return": QT_TRANSLATE_NOOP("Keys", "Enter"),
    "Enter": QT_TRANSLATE_NOOP("Keys", "Enter"),
    "Space": QT_TRANSLATE_NOOP("Keys", "Space"),
    "Left": QT_TRANSLATE_NOOP("Keys", "Left"),
    "Right": QT_TRANSLATE_NOOP("Keys", "Right"),
    "F5": QT_TRANSLATE_NOOP("Keys", "F5, Shift+F5"),
    "Period": ".",
}
"""How a key is written for people (in English; translated where shown), where that differs
from its name."""


def key_label(name: str) -> str:
    """``"PageDown"`` -> ``"Page Down"`` (in the user's language); a name without a label is
    its own label."""
    return translate("Keys", KEY_LABELS[name]) if name in KEY_LABELS else name


def words(text: str) -> str:
    """One of this module's texts in the user's language, its ``{window}`` filled in."""
    return translate("Keys", text).format(window=f"{STOP_WINDOW:g}")


@dataclass(frozen=True)
class KeyBinding:
    """The keys of one action and what it does, in the words of the keys table."""

    action: Action
    keys: tuple[str, ...]
    does: str

    @property
    def description(self) -> str:
        """What the keys do, in the user's language."""
        return words(self.does)

    @property
    def label(self) -> str:
        """The keys as people read them: ``"Right, Page Down"``; Return and the keypad's Enter
        are both ``Enter``."""
        labels = dict.fromkeys(key_label(key) for key in self.keys)
        return ", ".join(labels)


RUN_KEYS: tuple[KeyBinding, ...] = (
    KeyBinding(
        Action.TOGGLE,
        ("Space",),
        QT_TRANSLATE_NOOP("Keys", "start, pause, resume; go on after a pause that waits for you"),
    ),
    KeyBinding(
        Action.NEXT,
        ("Right", "PageDown"),
        QT_TRANSLATE_NOOP("Keys", "next interval; starts from the ready screen"),
    ),
    KeyBinding(
        Action.PREVIOUS,
        ("Left", "PageUp"),
        QT_TRANSLATE_NOOP("Keys", "restart this interval, or back one within its first 2 s"),
    ),
    KeyBinding(
        Action.PAUSE,
        ("F5", "Period", "B"),
        QT_TRANSLATE_NOOP(
            "Keys",
            "pause or resume (a clicker's slideshow and blank-screen keys); start; go on after a"
            " pause that waits for you",
        ),
    ),
    # = is the key + is on, unshifted, on many keyboards.
    KeyBinding(Action.EXTEND, ("Plus", "Equal"), QT_TRANSLATE_NOOP("Keys", "10 s more rest")),
    KeyBinding(Action.MUTE, ("M",), QT_TRANSLATE_NOOP("Keys", "mute or unmute")),
    KeyBinding(
        Action.FULL_SCREEN, ("F", "F11"), QT_TRANSLATE_NOOP("Keys", "full screen on or off")
    ),
    KeyBinding(
        Action.ESCAPE,
        ("Escape",),
        QT_TRANSLATE_NOOP(
            "Keys",
            "twice within {window} s: stop (the first press pauses or resumes, like the"
            " slideshow key, and says so on screen); once done: back to your routines",
        ),
    ),
    KeyBinding(
        Action.CLOSE,
        ("Return", "Enter"),
        QT_TRANSLATE_NOOP("Keys", "back to your routines once the routine is done"),
    ),
    KeyBinding(
        Action.RATE,
        ("1", "2", "3", "4", "5"),
        QT_TRANSLATE_NOOP(
            "Keys",
            "when the screen asks, in the rest after an exercise's sides: how that side felt,"
            " 1 (poorly) to 5 (well); or don't, nothing waits",
        ),
    ),
    KeyBinding(
        Action.NOTE,
        ("Tab",),
        QT_TRANSLATE_NOOP(
            "Keys",
            "once done: into a note on each exercise (Tab again: the next; Esc still goes back)",
        ),
    ),
)
"""Every key of the run screen, in the order the keys table lists them."""

# The texts below are English, marked for the catalogues: show them through words().
CLICKER_NOTE = QT_TRANSLATE_NOOP(
    "Keys",
    "A presenter clicker runs a whole session: Page Down / Page Up for next and back, its"
    " slideshow or blank-screen key to pause and resume, and the slideshow key pressed on until"
    " the screen says so to stop.",
)

READY_HINT = QT_TRANSLATE_NOOP("Keys", "Space, Page Down or F5 starts")
PAUSED_HINT = QT_TRANSLATE_NOOP("Keys", "Paused — Space, F5 or B goes on")
# In the clock's place while a rest waits for the user; Page Up would start the rest again and
# Esc ask to stop, so not "any key".
WAITING_HINT = QT_TRANSLATE_NOOP(
    "Keys", "Rest as long as you need — Space, Page Down or F5 goes on"
)
STOP_BANNER = QT_TRANSLATE_NOOP("Keys", "Press Esc again to stop")
LEAVE_BANNER = QT_TRANSLATE_NOOP("Keys", "Press Esc again to go back")
STOP_BANNER_DETAIL = QT_TRANSLATE_NOOP(
    "Keys", "within {window} s — on a clicker, keep pressing its slideshow key"
)
QUIT_BANNER = QT_TRANSLATE_NOOP("Keys", "Close again to quit")
QUIT_BANNER_DETAIL = QT_TRANSLATE_NOOP(
    "Keys", "within {window} s — the session stops; any key carries on"
)


RATING_SCORES = {name: int(name) for name in ("1", "2", "3", "4", "5")}
"""What each rating key says: the digit's own value."""

RATING_RANGE = f"{min(RATING_SCORES.values())}–{max(RATING_SCORES.values())}"
"""The rating keys, as the question on the run screen names them: ``1–5``."""


def binding_for(action: Action) -> KeyBinding:
    """The keys of ``action``."""
    return next(binding for binding in RUN_KEYS if binding.action is action)


@dataclass(frozen=True)
class Decision:
    """What a key press does: ``command``, and whether a second Esc now stops
    (``stop_armed``: the screen shows "Press Esc again to stop")."""

    command: Command
    stop_armed: bool = False


_UNDER_WAY = (State.RUNNING, State.PAUSED, State.WAITING)

_PAUSE_OR_GO_ON = {
    State.IDLE: Command.START,
    State.RUNNING: Command.PAUSE,
    State.PAUSED: Command.RESUME,
    State.WAITING: Command.PROCEED,
    State.FINISHED: Command.NOTHING,
}
"""Space and the clicker's pause keys: start, pause, resume, or go on after a wait."""


def decide(action: Action, state: State, stop_armed: bool) -> Decision:
    """What ``action`` does in ``state``, a first Esc waiting for its second or not.

    Every key is safe in every state: nothing but a second Esc within :data:`STOP_WINDOW`
    stops, and no key brings back a finished session. The pause keys leave a waiting Esc
    waiting (a clicker's slideshow button sends F5 between its Escs); any other key cancels it.
    """
    if action is Action.ESCAPE:
        return _escape(state, stop_armed)
    if action in (Action.TOGGLE, Action.PAUSE):
        keeps = stop_armed and action is Action.PAUSE
        return Decision(_PAUSE_OR_GO_ON[state], stop_armed=keeps)
    return Decision(_other(action, state))


def _escape(state: State, stop_armed: bool) -> Decision:
    if state is State.FINISHED:
        return Decision(Command.LEAVE)
    if stop_armed:
        return Decision(Command.STOP if state in _UNDER_WAY else Command.LEAVE)
    # The first press: the slideshow button's Esc half pauses and resumes like its F5 half.
    first = {State.RUNNING: Command.PAUSE, State.PAUSED: Command.RESUME}
    return Decision(first.get(state, Command.NOTHING), stop_armed=True)


def _other(action: Action, state: State) -> Command:
    if action is Action.NEXT:
        if state is State.IDLE:
            return Command.START
        return Command.NEXT if state in _UNDER_WAY else Command.NOTHING
    if action is Action.PREVIOUS:
        return Command.PREVIOUS if state in _UNDER_WAY else Command.NOTHING
    if action is Action.EXTEND:
        return Command.EXTEND if state in (State.RUNNING, State.PAUSED) else Command.NOTHING
    if action is Action.CLOSE:
        return Command.LEAVE if state is State.FINISHED else Command.NOTHING
    if action is Action.RATE:  # whether a side is asked about is the ratings' to say
        return Command.RATE if state is not State.IDLE else Command.NOTHING
    if action is Action.NOTE:
        return Command.NOTE if state is State.FINISHED else Command.NOTHING
    return {Action.MUTE: Command.MUTE, Action.FULL_SCREEN: Command.FULL_SCREEN}[action]


class RunKeys:
    """The run screen's keys with the Esc-twice deadline, read on the monotonic clock.

    The screen passes the session's state and the clock's time with each press and carries
    out the command it gets back; :meth:`banner` says what the banner over the screen says.
    Closing the window while a session is under way is asked the same way, on the screen:
    the first try asks, a second within :data:`STOP_WINDOW` quits (:meth:`try_quit`).
    """

    def __init__(self) -> None:
        self.stop_deadline: float | None = None
        """Until when a second Esc stops; None: no Esc is waiting."""
        self.quit_deadline: float | None = None
        """Until when a second try to close the window quits; None: none is waiting."""

    def stop_armed(self, now: float) -> bool:
        """Whether a second Esc pressed at ``now`` would stop."""
        return self.stop_deadline is not None and now < self.stop_deadline

    def press(self, action: Action, state: State, now: float) -> Command:
        """What pressing a key of ``action`` at ``now`` does."""
        self.quit_deadline = None  # a key carries on
        armed = self.stop_armed(now)
        decision = decide(action, state, armed)
        if not decision.stop_armed:
            self.stop_deadline = None
        elif not armed:
            self.stop_deadline = now + STOP_WINDOW
        return decision.command

    def try_quit(self, now: float) -> bool:
        """The user tries to close the window while a session is under way: True to quit (a
        second try within :data:`STOP_WINDOW`); else the banner asks for one."""
        if self.quit_deadline is not None and now < self.quit_deadline:
            self.quit_deadline = None
            return True
        self.quit_deadline = now + STOP_WINDOW
        self.stop_deadline = None
        return False

    def banner(self, state: State, now: float) -> tuple[str, str] | None:
        """The banner's headline and detail while a second press is awaited, else None."""
        if self.quit_deadline is not None and now < self.quit_deadline:
            return words(QUIT_BANNER), words(QUIT_BANNER_DETAIL)
        if self.stop_armed(now):
            headline = LEAVE_BANNER if state is State.IDLE else STOP_BANNER
            return words(headline), words(STOP_BANNER_DETAIL)
        return None

    def banner_until(self) -> float | None:
        """When the banner's question lapses (the later deadline), or None."""
        deadlines = [d for d in (self.stop_deadline, self.quit_deadline) if d is not None]
        return max(deadlines) if deadlines else None


def goes_on_after_interruption(action: Action | None) -> bool:
    """Whether a key resumes a session the computer paused (a stall, a sleep): any key does
    (``action`` None is a key with no action), but mute, full screen and Esc keep their own."""
    return action not in (Action.MUTE, Action.FULL_SCREEN, Action.ESCAPE)
