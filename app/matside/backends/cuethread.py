"""The cue thread: plays each planned sound at its deadline, whatever the UI thread is doing.

The run screen plans (:func:`matside.core.schedule.plan_ahead`) and hands the plan over as
``(deadline, sound name)`` items with :meth:`CueScheduler.replan`. The thread sleeps on a
condition variable until the earliest deadline on the monotonic clock, plays the sound's
ready buffer itself, and waits for the next. Every sound is loaded into the player before the
session starts (cue sounds at start-up, phrases as they are rendered), so nothing is read from
disk on the way.

A new plan replaces the old one at once: what a pause or a skip took out of the plan never
sounds. A sound already played is never played again, however often it is planned (the plan
is made afresh after every tick). A sound whose deadline passed more than ``stale`` seconds ago
(the machine stalled) is dropped, as the announcer drops stale cues.

In the app the sounds come from the cue process (:mod:`matside.backends.cueprocess`) once it
is ready, which runs a scheduler of this kind with the real player: a session's thread in the
app then runs silent (:meth:`CueScheduler.silence`), following every plan and waking as before
but playing nothing, and the process's scheduler holds what falls due past the app's last word
(:meth:`CueScheduler.renew`).

The thread is also the session's witness that the program ran. While a session runs (the plan
says up to when it holds everything), the thread wakes at least every
:data:`HEARTBEAT_SECONDS`; a wake over :data:`~matside.core.session.STALL_SECONDS` later than it
aimed (suspend time counted) means the whole program stopped: it plays nothing of that plan
and notes the stall. :meth:`CueScheduler.kept_up` tells the session up to when the cues kept
sounding, so a frozen user interface alone pauses nothing (:meth:`Session.keep_up_with`).

On a busy machine a thread that wakes on time may still wait its turn for a processor: the
thread asks for real-time scheduling, a low priority, where the system allows it
(:func:`ask_for_real_time`): itself (``SCHED_FIFO``: root, ``CAP_SYS_NICE``, or a real-time
limit such as Debian's ``audio`` group has), else through RealtimeKit, the desktop's broker
that PipeWire and PulseAudio use too (``SCHED_RR``, for an ordinary user on the system bus);
else it carries on as a normal thread. It spends about a millisecond per cue, then sleeps.
"""

from __future__ import annotations

import logging
import math
import os
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from matside.backends.audio import Player
from matside.core.announcer import STALE_CUE_SECONDS
from matside.core.clock import Clock, unseen_sleep
from matside.core.session import STALL_SECONDS

logger = logging.getLogger(__name__)

RTKIT = "org.freedesktop.RealtimeKit1"
RTKIT_PATH = "/org/freedesktop/RealtimeKit1"
RTKIT_TIMEOUT = 1.0
"""Seconds each call to RealtimeKit may take (it answers in milliseconds)."""

REAL_TIME_PRIORITY = 10
"""The cue thread's SCHED_FIFO priority, when it may have one: above every normal thread, below
the sound server's (PipeWire asks for 88, JACK for 70 and up)."""

HEARTBEAT_SECONDS = 1.0
"""While a session runs, the thread wakes at least this often, cue or not: each wake is proof
that the program ran (the run screen's timer wakes as often)."""

Wait = Callable[[threading.Condition, float | None], object]
"""Waits on the (held) condition for up to so many seconds, or until notified when None."""

Item = tuple[float, str]
"""A planned sound: its deadline on the session's clock and the player's name for it."""

Played = Callable[[str, float, float], None]
"""Hears of each sound played: its name, and when ``play`` was called and when it returned."""


class Cues(Protocol):
    """What a run screen asks of whatever plays its cues at their deadlines: a
    :class:`CueScheduler`, or :class:`matside.backends.cueprocess.SessionCues` (the cue process,
    with a scheduler to fall back on)."""

    def replan(self, items: Iterable[Item], until: float | None = None) -> None:
        """Replace the plan (see :meth:`CueScheduler.replan`)."""

    def clear(self) -> None:
        """Drop the whole plan."""

    def add_sound(self, name: str, path: Path) -> bool:
        """Make one more sound (a rendered phrase) playable by name; whether it loaded."""

    def kept_up(self, since: float) -> float:
        """Up to when the cues kept sounding (see :meth:`CueScheduler.kept_up`)."""

    def close(self, timeout: float = 1.0) -> bool:
        """Nothing more sounds; whether it all ended within ``timeout``."""


def _wait(condition: threading.Condition, timeout: float | None) -> object:
    return condition.wait(timeout)


@dataclass(frozen=True)
class Priority:
    """How the cue thread runs: ``real_time`` or not, and ``how`` in words (the log and
    ``matside self-test`` say it)."""

    real_time: bool
    how: str


def ask_for_real_time(connect: Callable[[], Any] | None = None) -> Priority:
    """Put the calling thread in the real-time class where the system allows it.

    First by itself (``SCHED_FIFO``), then through RealtimeKit (:func:`ask_realtimekit`);
    where neither is allowed, it stays a normal thread. Logged at debug level.

    Args:
        connect: opens a system bus connection (:func:`matside.backends.sleep.system_bus`).
    """
    set_scheduler = getattr(os, "sched_setscheduler", None)  # Linux and some Unixes only
    if set_scheduler is None:
        return _ran_at(Priority(False, "normal priority (no real-time scheduling here)"))
    try:
        set_scheduler(0, os.SCHED_FIFO, os.sched_param(REAL_TIME_PRIORITY))
    except OSError as error:  # not allowed to by itself: ask RealtimeKit
        refused = error.strerror or str(error)
    else:
        return _ran_at(Priority(True, f"real-time priority {REAL_TIME_PRIORITY} (SCHED_FIFO)"))
    try:
        granted = ask_realtimekit(connect)
    except Exception as error:  # no system bus, no RealtimeKit, or it said no
        why = f"SCHED_FIFO: {refused}; RealtimeKit: {_first_line(error)}"
        return _ran_at(Priority(False, f"normal priority ({why})"))
    return _ran_at(Priority(True, f"real-time priority {granted} (SCHED_RR, by RealtimeKit)"))


def ask_realtimekit(connect: Callable[[], Any] | None = None) -> int:
    """Ask RealtimeKit on the system bus to make the calling thread real-time; its priority.

    RealtimeKit grants it only to a process that limits how long a real-time thread may run
    without sleeping (``RLIMIT_RTTIME``, at most its ``RTTimeUSecMax``; over it the kernel
    stops the process): the limit is lowered to that first. The cue thread sleeps after a
    millisecond or so of work, far below it.

    Raises:
        Exception: whatever the bus or RealtimeKit answered instead (the caller logs it).
    """
    import resource  # Unix only, as RealtimeKit is

    from jeepney import DBusAddress, Properties, new_method_call
    from jeepney.wrappers import unwrap_msg

    from matside.backends.sleep import system_bus

    bus = connect() if connect is not None else system_bus(RTKIT_TIMEOUT)
    try:
        kit = DBusAddress(RTKIT_PATH, RTKIT, RTKIT)

        def read(name: str) -> int:
            ((_, value),) = unwrap_msg(
                bus.send_and_get_reply(Properties(kit).get(name), timeout=RTKIT_TIMEOUT)
            )
            return int(value)

        priority = min(REAL_TIME_PRIORITY, read("MaxRealtimePriority"))
        most = read("RTTimeUSecMax")
        _soft, hard = resource.getrlimit(resource.RLIMIT_RTTIME)
        if hard == resource.RLIM_INFINITY or hard > most:
            resource.setrlimit(resource.RLIMIT_RTTIME, (most, most))
        call = new_method_call(
            kit, "MakeThreadRealtime", "tu", (threading.get_native_id(), priority)
        )
        unwrap_msg(bus.send_and_get_reply(call, timeout=RTKIT_TIMEOUT))
    finally:
        bus.close()
    return priority


def _ran_at(priority: Priority) -> Priority:
    logger.debug("The cue thread runs at %s", priority.how)
    return priority


def _first_line(error: BaseException) -> str:
    """An error in a few words: a D-Bus error's name (and message), else its first line."""
    name, data = getattr(error, "name", None), getattr(error, "data", None)
    if isinstance(name, str):  # jeepney's DBusErrorResponse
        return f"{name}: {data[0]}" if data and isinstance(data[0], str) else name
    text = str(error).strip() or type(error).__name__
    return text.splitlines()[0]


class CueScheduler:
    """Plays planned sounds at their deadlines from a thread of its own.

    Args:
        player: plays the sounds (its ``play`` never blocks).
        clock: the session's monotonic clock.
        stale: a sound more than this late is dropped.
        wait: how the thread waits (tests pass one that moves a fake clock on).
        prioritise: called first thing in the thread, to raise its priority; says how it
            runs (:func:`ask_for_real_time`).
        played: hears of each sound played, after the call (the cue process reports it).
    """

    def __init__(
        self,
        player: Player,
        clock: Clock,
        *,
        stale: float = STALE_CUE_SECONDS,
        wait: Wait = _wait,
        prioritise: Callable[[], Priority] = ask_for_real_time,
        played: Played | None = None,
    ) -> None:
        self.player = player
        self.clock = clock
        self.stale = stale
        self._wait = wait
        self._prioritise = prioritise
        self._played_hook = played
        # While this says so the cue process plays and this thread only keeps the time.
        self._silent: Callable[[], bool] | None = None
        self._lease = math.inf  # the cue process: the app's word that it runs up to then
        self.woke: Callable[[float, bool], None] | None = None
        """Called on each wake, with the time and whether the wake was a stall (under the
        thread's lock: it must not block)."""
        self.priority: Priority | None = None  # once the thread runs: how it runs
        self._condition = threading.Condition()
        self._queue: list[Item] = []  # earliest first
        self._played: set[Item] = set()
        self._until: float | None = None  # the plan holds everything due up to then
        self._aim: float | None = None  # when the thread meant to wake next
        self._aim_slept: float | None = None  # the clock's slept() then
        self._woke: float | None = None  # when it last woke
        self._stalls: list[tuple[float, float]] = []  # (last wake before, first wake after)
        self._closed = False
        self._thread: threading.Thread | None = None
        self._prioritised = threading.Event()  # set once the thread knows how it runs

    @property
    def real_time(self) -> bool | None:
        """Whether the thread runs at real-time priority; None until it runs."""
        return None if self.priority is None else self.priority.real_time

    def replan(self, items: Iterable[Item], until: float | None = None) -> None:
        """Replace the plan with ``items``; any already played are left out. Never blocks long.

        ``until``: the plan holds everything due up to then (a session runs, and the thread
        watches that the program does); None: the session is not running.
        Once closed, nothing is planned any more.
        """
        with self._condition:
            if self._closed:
                return
            self._queue = sorted(item for item in set(items) if item not in self._played)
            self._until = until
            self._condition.notify()

    def clear(self) -> None:
        """Drop the whole plan (a command is changing it)."""
        self.replan(())

    def add_sound(self, name: str, path: Path) -> bool:
        """Load one more sound into the player (see :meth:`Player.add_sound`)."""
        return self.player.add_sound(name, path)

    def silence(self, while_: Callable[[], bool]) -> float:
        """Play nothing while ``while_()`` says so (the cue process is there), and go on
        keeping the time: play what is due first, and return the moment from which the sounds
        are someone else's.

        The plan is followed as before, so that :meth:`kept_up` still answers and, the moment
        ``while_()`` says no (the process ended), the next sound due plays here, nothing twice.
        """
        with self._condition:
            now = self.clock.now()
            self._play_due(now)
            self._silent = while_
            return now

    def renew(self, lease: float) -> None:
        """The cue process heard from the app: it runs up to ``lease``. A sound due later is
        held until the app's next word, and dropped as stale if that comes too late (the app
        stopped: it pauses its session where it stopped, and plans afresh)."""
        with self._condition:
            self._lease = lease
            self._condition.notify()

    def speak(self) -> None:
        """Play the plan again for good (the cue process is gone): what fell due while silent
        is not played now."""
        with self._condition:
            self._silent = None

    @property
    def planned(self) -> list[Item]:
        """What is still to play, earliest first."""
        with self._condition:
            return list(self._queue)

    def kept_up(self, since: float) -> float:
        """The latest moment, from ``since`` on, up to which the planned cues kept sounding on
        time with the program running throughout: the last wake before a stall, or the last
        wake within the plan (:data:`matside.core.session.KeptUp`; the session asks, with its
        own last wake, which only moves on).
        """
        with self._condition:
            self._stalls = [stall for stall in self._stalls if stall[1] > since]
            if self._stalls:
                return max(since, self._stalls[0][0])
            if self._woke is None:
                return since
            kept = self._woke if self._until is None else min(self._woke, self._until)
            return max(since, kept)

    def step(self) -> float | None:
        """Wake: play everything due by now, in order; when to wake next (the next deadline,
        sooner while a session runs), or None to wait for a plan.

        The thread calls it; a test may call it instead of starting the thread.
        """
        with self._condition:
            now = self.clock.now()
            stalled = self._judge_wake(now)
            deadline = self._play_due(now)
            if self.woke is not None:
                self.woke(now, stalled)
            if self._until is not None and now < self._until:
                deadline = min(now + HEARTBEAT_SECONDS, math.inf if deadline is None else deadline)
            self._aim, self._aim_slept = deadline, self.clock.slept()
            return deadline

    def _judge_wake(self, now: float) -> bool:
        """Note a wake much later than aimed: the program stopped, and the plan is void.
        Whether it was such a wake."""
        aim, woke, self._woke = self._aim, self._woke, now
        if aim is None or woke is None:
            return False
        slept, slept_then = self.clock.slept(), self._aim_slept
        asleep = None if slept is None or slept_then is None else slept - slept_then
        late = now - aim + unseen_sleep(self.clock, asleep)
        if late > STALL_SECONDS:
            # The session pauses where the program stopped: nothing of this plan may sound.
            self._stalls.append((woke, now))
            self._queue = []
            return True
        return False

    def _play_due(self, now: float) -> float | None:
        """Play what is due; the next deadline, or None to wait (for a plan, or for the app's
        word when what is due is beyond its lease)."""
        while self._queue and self._queue[0][0] <= now:
            if self._queue[0][0] > self._lease:
                return None  # held: see renew
            item = self._queue.pop(0)
            self._played.add(item)
            if now - item[0] <= self.stale and not (self._silent is not None and self._silent()):
                # Played under the lock: a new plan cannot slip in between the choice and it.
                self._play(item[1])
        # What was played long ago can never be planned again: forget it.
        self._played = {item for item in self._played if now - item[0] <= 2 * self.stale}
        return self._queue[0][0] if self._queue else None

    def _play(self, name: str) -> None:
        called = self.clock.now()
        self.player.play(name)
        if self._played_hook is not None:
            self._played_hook(name, called, self.clock.now())

    def start(self) -> None:
        """Start the thread (a daemon: it never holds the program open)."""
        self._thread = threading.Thread(target=self._run, name="cue-thread", daemon=True)
        self._thread.start()

    def close(self, timeout: float = 1.0) -> bool:
        """Stop the thread; nothing more sounds. Returns whether it ended within ``timeout``."""
        with self._condition:
            self._closed = True
            self._queue = []
            self._condition.notify()
        if self._thread is None:
            return True
        self._thread.join(timeout)
        return not self._thread.is_alive()

    def wait_for_priority(self, timeout: float = 1.0) -> Priority | None:
        """How the started thread runs, once it knows (within ``timeout``); else None."""
        self._prioritised.wait(timeout)
        return self.priority

    def _run(self) -> None:
        self.priority = self._prioritise()
        self._prioritised.set()
        with self._condition:  # held throughout but in the wait: no new plan slips by
            while not self._closed:
                aim = self.step()
                timeout = None if aim is None else aim - self.clock.now()
                if timeout is None or timeout > 0:
                    self._wait(self._condition, timeout)
