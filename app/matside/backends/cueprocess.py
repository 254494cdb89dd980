"""The cue process: plays each planned sound at its deadline from a process of its own.

A cue thread in the app's own process wakes on time (it runs at real-time priority where it
may) and then needs Python's lock, which the UI thread holds about 17 ms in every second on a
loaded machine; when the load preempts the UI thread while it holds it, the cue waits: p99
20 ms late under memory and disk pressure (docs/performance.md). A process of its own has a
lock of its own: the same waiter there woke p99 1.1 ms late under the same load.

The child is this module run by the app's interpreter (``python -m
matside.backends.cueprocess``), or in the frozen bundle the bundle's own program with
:data:`ROLE_VARIABLE` set in its environment (its entry point asks :func:`is_cue_player`); see
:func:`command`. It runs a :class:`~matside.backends.cuethread.CueScheduler`
with a real player and reads what to do as JSON lines on its standard input (:func:`serve`):

- ``{"do": "plan", "items": [[deadline, name], ...], "until": t | null, "volume": v,
  "muted": b, "lease": t | null}``: the new plan, on the monotonic clock (``CLOCK_MONOTONIC``
  is the same in every process of the machine), with the volume and mute it is to sound at;
- ``{"do": "alive", "lease": t}``: the app runs; the child plays what falls due up to the
  lease and holds the rest until it hears again (:meth:`CueScheduler.renew`). The session's
  thread in the app says so on each of its wakes, so a stopped app (a debugger, a stop signal
  to it alone) stops its cues within :data:`LEASE_SECONDS`, as its session pauses where it
  stopped, while a user interface that is merely busy stops nothing;
- ``{"do": "sound", "name": n, "path": p}``: one more sound (a rendered phrase) to play by name;
- ``{"do": "quit"}``, or the end of its input (the app is gone): stop.

It writes JSON lines back: ``{"ready": how}`` once its sounds are loaded (``how`` its thread
runs), then ``{"played": name, "called": t, "returned": t}`` for each sound it plays, and
``{"log": level, "message": text}`` for what it logs (the app's log keeps it). Should its sound
device fail, it ends (:data:`EXIT_DEVICE_FAILED`): the app's own threads play from then on, and
the run screen says the device failed, as it did before there was a process.

The app's side is :class:`CueProcess` (one per app, started once the first frame is up, so
that start-up does not wait for it) and, for each session, :class:`SessionCues`: the session's
own cue thread plays until the process is ready, then falls silent and only keeps the time
(the stall watch needs a witness in the app's process), and plays again should the process end.
"""

from __future__ import annotations

import contextlib
import json
import logging
import math
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import IO, Any

from matside.backends.audio import Player
from matside.backends.cuethread import CueScheduler, Item, Played
from matside.core.session import STALL_SECONDS

logger = logging.getLogger(__name__)

ROLE_VARIABLE = "MATSIDE_CUE_PLAYER"
"""Set to ``1`` in the child's environment: the program runs as the cue player (:func:`main`)
instead of the command line."""

LEASE_SECONDS = STALL_SECONDS
"""How long past the app's last word the child goes on playing: as long as a wake may be late
before it counts as a stall (the app's thread says so every second while a session runs)."""

EXIT_DEVICE_FAILED = 3
"""The child's exit status when its sound device failed."""

READY_TIMEOUT = 5.0
"""Seconds :meth:`CueProcess.wait_ready` waits by default (the child loads its sounds first)."""


def command(frozen: bool | None = None, executable: str | None = None) -> list[str]:
    """How to start the child: the frozen bundle is its own program (told by the environment,
    :func:`child_environment`); elsewhere the interpreter runs this module."""
    frozen = bool(getattr(sys, "frozen", False)) if frozen is None else frozen
    executable = sys.executable if executable is None else executable
    # -P: the folder the app was started from is not put on the child's path (a json.py
    # there would be imported instead of the standard library's).
    return [executable] if frozen else [executable, "-P", "-m", __spec__.name]


def child_environment(environ: Mapping[str, str] | None = None) -> dict[str, str]:
    """The child's environment: the app's, with :data:`ROLE_VARIABLE` set."""
    return {**(os.environ if environ is None else environ), ROLE_VARIABLE: "1"}


def is_cue_player(environ: Mapping[str, str] | None = None) -> bool:
    """Whether this process was started as the cue player."""
    return (os.environ if environ is None else environ).get(ROLE_VARIABLE) == "1"


def _moment(raw: object) -> float:
    """A lease from JSON: a number (NaN: none at all), else for ever (null)."""
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        return -math.inf if math.isnan(raw) else float(raw)
    return math.inf


def _items(raw: object) -> list[Item]:
    """The plan's items, each ``(deadline, name)``; anything malformed is left out."""
    items: list[Item] = []
    if not isinstance(raw, list):
        return items
    for entry in raw:
        if (
            isinstance(entry, list)
            and len(entry) == 2
            and isinstance(entry[0], (int, float))
            and math.isfinite(entry[0])
            and isinstance(entry[1], str)
        ):
            items.append((float(entry[0]), entry[1]))
    return items


def apply(message: dict[str, Any], scheduler: CueScheduler, player: Player) -> bool:
    """Do what one message says; False when it says to stop.

    Args:
        message: one decoded line (see the module).
        scheduler: the child's scheduler.
        player: the scheduler's player.
    """
    kind = message.get("do")
    if kind == "plan":
        volume, muted = message.get("volume"), message.get("muted")
        if (
            isinstance(volume, (int, float))
            and not isinstance(volume, bool)
            and float(volume) != player.volume
        ):
            player.volume = float(volume)
            player.prepare()  # scaled here, not in the cue thread at a deadline
        if isinstance(muted, bool):
            player.muted = muted
        until = message.get("until")
        scheduler.renew(_moment(message.get("lease")))
        scheduler.replan(
            _items(message.get("items")), float(until) if isinstance(until, (int, float)) else None
        )
    elif kind == "alive":
        scheduler.renew(_moment(message.get("lease")))
    elif kind == "sound":
        name, path = message.get("name"), message.get("path")
        if isinstance(name, str) and isinstance(path, str):
            player.add_sound(name, Path(path))
    elif kind == "quit":
        return False
    else:
        logger.debug("cue player: unknown message %r", kind)
    return True


def serve(lines: Iterable[str], scheduler: CueScheduler, player: Player) -> None:
    """The child's loop: apply each line until ``quit`` or the end of the input; then stop the
    scheduler (nothing more sounds)."""
    try:
        for line in lines:
            try:
                message = json.loads(line)
            except ValueError:
                logger.debug("cue player: not a message: %r", line[:80])
                continue
            if isinstance(message, dict) and not apply(message, scheduler, player):
                break
    finally:
        scheduler.close()


def main(stdin: IO[str] | None = None, stdout: IO[str] | None = None) -> int:
    """The child: load the sounds, say it is ready, then :func:`serve` its standard input."""
    from matside.backends.audio import make_player
    from matside.core.clock import MonotonicClock

    stdin = sys.stdin if stdin is None else stdin
    out = sys.stdout if stdout is None else stdout
    lock = threading.Lock()

    def say(message: dict[str, Any]) -> None:
        with lock:
            out.write(json.dumps(message) + "\n")
            out.flush()

    def played(name: str, called: float, returned: float) -> None:
        say({"played": name, "called": called, "returned": returned})
        if player.problem is not None:
            # The device failed (the player logged why, and the app's log has it): end, so
            # that the app's own thread plays from now on, finds the device gone as well, and
            # shows so on the run screen, which this process cannot.
            os._exit(EXIT_DEVICE_FAILED)

    logging.getLogger().addHandler(_ToTheApp(say))
    logging.getLogger().setLevel(logging.DEBUG)  # the app's log decides what it keeps
    # Ctrl+C in the app's terminal reaches this process too: the app decides when it ends.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    player = make_player()
    if not player.available:  # the app's own thread plays, and says why there is no sound
        logger.warning("The cue player has no sound: %s", player.problem)
        return EXIT_DEVICE_FAILED
    player.prepare()
    scheduler = CueScheduler(player, MonotonicClock(), played=played)
    scheduler.start()
    priority = scheduler.wait_for_priority()
    say({"ready": priority.how if priority is not None else ""})
    serve(stdin, scheduler, player)
    return 0


class _ToTheApp(logging.Handler):
    """The child's log records, sent to the app (standard error may be nowhere)."""

    def __init__(self, say: Callable[[dict[str, Any]], None]) -> None:
        super().__init__()
        self._say = say

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self._say({"log": record.levelno, "message": record.getMessage()})
        except Exception:  # a bad format or a gone app must not break the caller (logging's way)
            self.handleError(record)


class CueProcess:
    """The app's side of the cue process: starts it, tells it what to play, hears back.

    Args:
        spawn: starts the child (``subprocess.Popen`` by default; tests pass a fake).
        argv: the child's command line (:func:`command` by default).
        environment: the child's environment (:func:`child_environment` by default).
        on_ready: called once the child is ready (from the thread that reads it).
        played: hears of each sound the child played (from the same thread).
    """

    def __init__(
        self,
        *,
        spawn: Callable[..., Any] = subprocess.Popen,
        argv: list[str] | None = None,
        environment: Mapping[str, str] | None = None,
        on_ready: Callable[[], None] | None = None,
        played: Played | None = None,
    ) -> None:
        self._spawn = spawn
        self._argv = command() if argv is None else argv
        self._environment = child_environment() if environment is None else dict(environment)
        self._on_ready = on_ready
        self._played = played
        self._child: Any = None
        self._ready = threading.Event()
        self._ended = threading.Event()
        self._outbox = threading.Condition()  # what the sender thread is to write next
        self._plan: dict[str, Any] | None = None
        self._sounds: list[dict[str, Any]] = []
        self._lease: float | None = None
        self._quit = False
        self._sender: threading.Thread | None = None
        self.how: str | None = None
        """How the child's thread runs, as it said when ready; None until then."""

    def start(self) -> bool:
        """Start the child, without waiting for it; False (and logged) when it cannot start."""
        try:
            child = self._spawn(
                self._argv,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                env=self._environment,
                text=True,
                bufsize=1,
            )
        except OSError as error:
            logger.warning("The cue player could not be started (%s)", error)
            self._ended.set()
            return False
        self._child = child
        threading.Thread(target=self._listen, args=(child,), name="cue-player", daemon=True).start()
        self._sender = threading.Thread(
            target=self._deliver, args=(child,), name="cue-player-input", daemon=True
        )
        self._sender.start()
        return True

    def wait_ready(self, timeout: float = READY_TIMEOUT) -> bool:
        """Wait up to ``timeout`` seconds for the child to be ready; whether it is."""
        self._ready.wait(timeout)
        return self.ready

    @property
    def pid(self) -> int | None:
        """The child's process id, while it runs."""
        return None if self._child is None or self._ended.is_set() else int(self._child.pid)

    @property
    def ready(self) -> bool:
        """Whether the child said it is ready and has not ended since."""
        return self._ready.is_set() and not self._ended.is_set()

    def _listen(self, child: Any) -> None:
        """Read what the child says until it ends."""
        try:
            for line in child.stdout:
                try:
                    message = json.loads(line)
                except ValueError:
                    continue
                if not isinstance(message, dict):
                    continue
                if "ready" in message and not self._ready.is_set():
                    self.how = str(message["ready"]) or None
                    self._ready.set()
                    logger.info("The cue player is ready (%s): cues play from it", self.how)
                    if self._on_ready is not None:
                        self._on_ready()
                elif "played" in message and self._played is not None:
                    self._played(
                        str(message["played"]), float(message["called"]), float(message["returned"])
                    )
                elif "log" in message:
                    logger.log(int(message["log"]), "Cue player: %s", message.get("message"))
        except Exception as error:  # a child not to be understood is not to be trusted
            logger.warning("The cue player is given up: %s", error)
        finally:
            child.stdout.close()
            self._give_up(child)
            self._ready.set()  # nobody waits for a child that is gone

    def _give_up(self, child: Any) -> None:
        """From now on the child plays nothing: the sessions' threads play (they follow
        :attr:`ready`), and a child still running is stopped, lest it play its plan too."""
        self._ended.set()
        if child.poll() is None:
            child.kill()

    def replan(
        self,
        items: Iterable[Item],
        until: float | None,
        *,
        volume: float,
        muted: bool,
        lease: float = math.inf,
    ) -> None:
        """Send a new plan, to sound at ``volume`` and ``muted`` (a plan not sent yet is
        replaced), with the app's word that it runs up to ``lease`` (:meth:`alive`)."""
        self._post(
            plan={
                "do": "plan",
                "items": [[deadline, name] for deadline, name in items],
                "until": until,
                "volume": volume,
                "muted": muted,
                "lease": _json_time(lease),
            }
        )

    def alive(self, lease: float) -> None:
        """The app's word that it runs: the child plays what falls due up to ``lease`` and
        holds what falls due later until it hears again (a stopped app stops its cues too)."""
        self._post(lease=lease)

    def add_sound(self, name: str, path: Path) -> None:
        """Have the child load one more sound (before any plan sent after this)."""
        self._post(sound={"do": "sound", "name": name, "path": str(path)})

    def close(self, timeout: float = 1.0) -> bool:
        """Stop the child; nothing more sounds. Whether it ended within ``timeout``."""
        child, self._child = self._child, None
        if child is None:
            return True
        self._post(quit=True)
        if self._sender is not None:
            self._sender.join(timeout)
        try:
            child.wait(timeout)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()
            return False
        return True

    def _post(
        self,
        *,
        plan: dict[str, Any] | None = None,
        sound: dict[str, Any] | None = None,
        lease: float | None = None,
        quit: bool = False,
    ) -> None:
        """Leave a message for the sender thread; never blocks (a child that stops reading
        must not stop the app): only the newest plan and lease wait, sounds in order."""
        with self._outbox:
            if self._ended.is_set() and not quit:
                return
            if plan is not None:
                self._plan = plan
            if sound is not None:
                self._sounds.append(sound)
            if lease is not None:
                self._lease = lease
            self._quit = self._quit or quit
            self._outbox.notify()

    def _deliver(self, child: Any) -> None:
        """The sender thread: write what is left for the child, sounds first, until quit or
        until the child is gone; then close its input."""
        try:
            while self._deliver_once(child):
                pass
        finally:
            with contextlib.suppress(OSError, ValueError):  # a broken pipe flushes in vain
                child.stdin.close()

    def _deliver_once(self, child: Any) -> bool:
        """Write what waits; whether to go on."""
        with self._outbox:
            while not (self._sounds or self._plan or self._lease is not None or self._quit):
                self._outbox.wait()
            messages = list(self._sounds)
            plan, lease, quit = self._plan, self._lease, self._quit
            self._sounds, self._plan, self._lease = [], None, None
        if plan is not None:
            if lease is not None:  # the later word of the two
                planned = math.inf if plan["lease"] is None else plan["lease"]
                plan = {**plan, "lease": _json_time(max(planned, lease))}
            messages.append(plan)
        elif lease is not None:
            messages.append({"do": "alive", "lease": _json_time(lease)})
        if quit:
            messages.append({"do": "quit"})
        try:
            child.stdin.write("".join(json.dumps(message) + "\n" for message in messages))
            child.stdin.flush()
        except (OSError, ValueError) as error:  # gone (ValueError: its input is closed)
            if not quit:
                logger.warning("The cue player stopped (%s)", error)
            self._give_up(child)
            return False
        return not quit


def _json_time(moment: float) -> float | None:
    """A moment for JSON, where infinity has no spelling: None for "for ever"."""
    return None if math.isinf(moment) else moment


class SessionCues:
    """A session's cues: played by the cue process once it is ready, by the session's own cue
    thread until then and again should the process end.

    The thread follows every plan throughout: silent once the process plays, it still keeps
    the time (its wakes are the session's proof that the program ran, :meth:`kept_up`) and
    knows what fell due, so that neither side plays a sound twice on a hand-over.

    Args:
        thread: the session's cue thread, started, with the app's player.
        process: the cue process, when it is already ready.
    """

    def __init__(self, thread: CueScheduler, process: CueProcess | None = None) -> None:
        self.thread = thread
        self._process: CueProcess | None = None
        self._since = -math.inf  # the process plays only what falls due after this
        self._plan: tuple[list[Item], float | None] = ([], None)
        self._sounds: dict[str, Path] = {}
        self._closed = False
        thread.woke = self._alive
        if process is not None:
            self.hand_over(process)

    @property
    def clock(self) -> Any:
        """The session's clock (the thread's)."""
        return self.thread.clock

    @property
    def by_process(self) -> bool:
        """Whether the cue process plays the sounds now."""
        return self._process is not None

    def hand_over(self, process: CueProcess) -> None:
        """The process is ready: from now on it plays, the thread keeps the time."""
        if self._closed or self._process is not None or not process.ready:
            return
        for name, path in self._sounds.items():
            process.add_sound(name, path)
        self._since = self.thread.silence(lambda: process.ready)
        self._process = process
        self._send(*self._plan)

    def replan(self, items: Iterable[Item], until: float | None = None) -> None:
        """Replace the plan (see :meth:`CueScheduler.replan`)."""
        listed = list(items)
        self._plan = (listed, until)
        self.thread.replan(listed, until)
        if self._process is not None:
            self._send(listed, until)

    def clear(self) -> None:
        """Drop the whole plan."""
        self.replan(())

    def add_sound(self, name: str, path: Path) -> bool:
        """Load a sound into the app's player, and into the process's; whether it loaded."""
        loaded = self.thread.add_sound(name, path)
        if loaded:
            self._sounds[name] = path
            if self._process is not None:
                self._process.add_sound(name, path)
        return loaded

    def _alive(self, now: float, stalled: bool) -> None:
        """The thread woke (the app runs): tell the process. After a stall of the app the
        plan is void (the session pauses where the app stopped): the process drops it."""
        process = self._process
        if process is None:
            return
        if stalled:
            self._send([], None)
        else:
            process.alive(now + LEASE_SECONDS)

    def kept_up(self, since: float) -> float:
        """Up to when the cues kept sounding: the thread's word (:meth:`CueScheduler.kept_up`)."""
        return self.thread.kept_up(since)

    def close(self, timeout: float = 1.0) -> bool:
        """Nothing of this session sounds any more; the process stays for the next one."""
        self._closed = True
        if self._process is not None:
            self._send([], None)
            self._process = None
        return self.thread.close(timeout)

    def _send(self, items: list[Item], until: float | None) -> None:
        process = self._process
        assert process is not None
        if not process.ready:  # it ended: the thread plays again, from this plan on
            logger.warning("The cue player is gone: the cues play from the app's own thread")
            self._process = None
            self.thread.speak()
            return
        player = self.thread.player
        # While a session runs the thread renews the lease each second; otherwise (paused,
        # waiting, finished) it does not wake to, and what little is planned sounds as planned.
        lease = self.thread.clock.now() + LEASE_SECONDS if until is not None else math.inf
        process.replan(
            [item for item in items if item[0] > self._since],
            until,
            volume=player.volume,
            muted=player.muted,
            lease=lease,
        )


if __name__ == "__main__":
    sys.exit(main())
