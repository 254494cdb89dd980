"""The cue process: the child's loop on a fake clock, the app's side with a fake child, the
hand-over from a session's thread, and a real child into ALSA's file sink."""

from __future__ import annotations

import json
import logging
import os
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from matside.backends.audio import NullPlayer, RecordingPlayer, load_sound
from matside.backends.cueprocess import (
    LEASE_SECONDS,
    ROLE_VARIABLE,
    CueProcess,
    SessionCues,
    apply,
    child_environment,
    command,
    is_cue_player,
    serve,
)
from matside.backends.cuethread import CueScheduler, Priority
from matside.core.clock import FakeClock
from matside.storage import paths
from tests.backends.test_audio import CAPTURE_CONF

APP = Path(__file__).resolve().parents[2] / "app"


def line(**message: Any) -> str:
    return json.dumps(message) + "\n"


def scheduler_on(clock: FakeClock, player: RecordingPlayer) -> CueScheduler:
    return CueScheduler(player, clock, prioritise=lambda: Priority(False, "normal"))


START = 1000.0  # the fake clock's start: deadlines below are seconds after it


def test_the_child_is_this_module_or_the_bundle_told_by_its_environment() -> None:
    assert command(frozen=False, executable="/py") == [
        "/py",
        "-P",  # not the folder it was started from on its path
        "-m",
        "matside.backends.cueprocess",
    ]
    assert command(frozen=True, executable="/opt/matside") == ["/opt/matside"]
    environment = child_environment({"HOME": "/home/a"})
    assert environment == {"HOME": "/home/a", ROLE_VARIABLE: "1"}
    assert is_cue_player(environment)
    assert not is_cue_player({"HOME": "/home/a"})


def test_a_plan_plays_at_its_deadlines_at_the_volume_it_carries() -> None:
    clock, player = FakeClock(START), RecordingPlayer()
    scheduler = scheduler_on(clock, player)
    items = [[START + 2, "rep"], [START + 1, "work_start"]]
    plan = line(do="plan", items=items, until=None, volume=0.4)
    assert apply(json.loads(plan), scheduler, player)
    assert scheduler.planned == [(START + 1, "work_start"), (START + 2, "rep")]
    clock.advance(1.0)
    scheduler.step()
    assert player.plays == [("work_start", 0.4, False)]
    clock.advance(1.0)
    scheduler.step()
    assert player.names == ["work_start", "rep"]


def test_a_new_plan_replaces_the_old_and_mute_rides_along() -> None:
    clock, player = FakeClock(START), RecordingPlayer()
    scheduler = scheduler_on(clock, player)
    apply(json.loads(line(do="plan", items=[[START + 1, "rep"]])), scheduler, player)
    apply(json.loads(line(do="plan", items=[[START + 1.5, "done"]], muted=True)), scheduler, player)
    clock.advance(2.0)
    scheduler.step()
    assert player.plays == [("done", 1.0, True)]


def test_a_new_volume_is_prepared_as_it_comes_and_odd_numbers_are_refused() -> None:
    clock, player = FakeClock(START), RecordingPlayer()
    scheduler = scheduler_on(clock, player)
    apply({"do": "plan", "items": [], "volume": True}, scheduler, player)
    assert player.volume == 1.0  # a yes is no volume
    apply({"do": "plan", "items": [[START + 1, "rep"]], "lease": float("nan")}, scheduler, player)
    clock.advance(1.0)
    scheduler.step()
    assert player.names == []  # a lease that is no number holds everything


def test_the_child_without_sound_ends_before_it_says_ready(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import io
    import signal

    from matside.backends import audio, cueprocess

    ignored: list[object] = []
    monkeypatch.setattr(signal, "signal", lambda *a: ignored.append(a))
    monkeypatch.setattr(audio, "make_player", lambda *a: NullPlayer("no simpleaudio"))
    monkeypatch.setattr(logging.getLogger(), "handlers", [])
    out = io.StringIO()
    assert cueprocess.main(io.StringIO(""), out) == cueprocess.EXIT_DEVICE_FAILED
    said = [json.loads(text) for text in out.getvalue().splitlines()]
    assert not any("ready" in message for message in said)
    assert {
        "log": logging.WARNING,
        "message": "The cue player has no sound: no simpleaudio",
    } in said
    assert ignored == [(signal.SIGINT, signal.SIG_IGN)]


def test_a_log_line_that_cannot_be_sent_does_not_break_the_caller() -> None:
    from matside.backends.cueprocess import _ToTheApp

    def gone(message: dict[str, Any]) -> None:
        raise BrokenPipeError("the app is gone")

    handler = _ToTheApp(gone)
    raise_exceptions, logging.raiseExceptions = logging.raiseExceptions, False
    try:
        handler.handle(
            logging.LogRecord("x", logging.WARNING, "f", 1, "device %s", ("gone",), None)
        )
    finally:
        logging.raiseExceptions = raise_exceptions


def test_a_sound_reaches_the_player(tmp_path: Path) -> None:
    clock, player = FakeClock(), RecordingPlayer()
    scheduler = scheduler_on(clock, player)
    phrase = tmp_path / "phrase.wav"
    phrase.write_bytes(b"RIFF")
    assert apply({"do": "sound", "name": "phrase:0", "path": str(phrase)}, scheduler, player)
    assert apply({"do": "sound", "name": 3, "path": str(phrase)}, scheduler, player)
    assert player.added == {"phrase:0": phrase}


def test_malformed_lines_and_items_are_left_out() -> None:
    clock, player = FakeClock(), RecordingPlayer()
    scheduler = scheduler_on(clock, player)
    items = [[1.0, "rep"], ["soon", "rep"], [float("inf"), "rep"], [2.0], [3.0, 7], "x"]
    lines = [
        "not json\n",
        line(do="mystery"),
        "[1, 2]\n",
        json.dumps({"do": "plan", "items": items}) + "\n",
        json.dumps({"do": "plan", "items": "all of them"}) + "\n",
    ]
    # serve closes the scheduler at the end of the input; read what was planned just before
    planned: list[list[object]] = []
    original_replan = scheduler.replan

    def replan(items: Any, until: float | None = None) -> None:
        original_replan(items, until)
        planned.append(list(scheduler.planned))

    scheduler.replan = replan  # type: ignore[method-assign]
    serve(lines, scheduler, player)
    assert planned == [[(1.0, "rep")], []]
    assert scheduler.planned == []  # closed at the end of the input


def test_quit_stops_the_loop_and_nothing_more_sounds() -> None:
    clock, player = FakeClock(), RecordingPlayer()
    scheduler = scheduler_on(clock, player)
    lines = [
        line(do="plan", items=[[1.0, "rep"]]),
        line(do="quit"),
        line(do="plan", items=[[1.0, "done"]]),  # never read
    ]
    serve(lines, scheduler, player)
    assert scheduler.planned == []
    clock.advance(2.0)
    scheduler.step()
    assert player.plays == []


class Sink:
    """A child's standard input: keeps what was written, even after it is closed."""

    def __init__(self) -> None:
        self.written: list[str] = []
        self.closed = False

    def write(self, text: str) -> int:
        if self.closed:
            raise ValueError("I/O operation on closed file")
        self.written.append(text)
        return len(text)

    def flush(self) -> None:
        pass

    def close(self) -> None:
        self.closed = True

    def sent(self) -> list[dict[str, Any]]:
        return [json.loads(text) for text in "".join(self.written).splitlines()]


class FakeChild:
    """A child process whose answers the test writes (:meth:`say`), recording what it is sent
    (by the process's sender thread: :meth:`last` waits for it)."""

    def __init__(self) -> None:
        read, self._write = os.pipe()
        self.stdout = open(read, encoding="utf-8")  # noqa: SIM115 - the reader closes it
        self.stdin = Sink()
        self.waited = False
        self.killed = False

    def say(self, **message: Any) -> None:
        os.write(self._write, line(**message).encode())

    def say_text(self, text: str) -> None:
        os.write(self._write, text.encode())

    def end(self) -> None:
        os.close(self._write)

    def wait(self, timeout: float | None = None) -> int:
        self.waited = True
        return 0

    def poll(self) -> int | None:
        return -9 if self.killed else None

    def kill(self) -> None:
        self.killed = True

    def last(self, kind: str, where: Callable[[dict[str, Any]], bool] = bool) -> dict[str, Any]:
        """The last message of ``kind`` sent that ``where`` accepts, once there is one."""
        found: list[dict[str, Any]] = []

        def seen() -> bool:
            found[:] = [m for m in self.stdin.sent() if m["do"] == kind and where(m)]
            return bool(found)

        assert eventually(seen), f"no {kind!r} message was sent"
        return found[-1]


def eventually(condition: Callable[[], bool], timeout: float = 5.0) -> bool:
    """Whether ``condition`` holds within ``timeout`` seconds (another thread makes it)."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.005)
    return True


def started(child: FakeChild, **options: Any) -> CueProcess:
    process = CueProcess(spawn=lambda *a, **k: child, argv=["x"], environment={}, **options)
    assert process.start()
    return process


def ready_process(how: str = "normal priority", **options: Any) -> tuple[CueProcess, FakeChild]:
    """A started process whose fake child has said it is ready, running as ``how``."""
    child = FakeChild()
    process = started(child, **options)
    child.say(ready=how)
    assert process.wait_ready(timeout=5.0)
    return process, child


def test_a_child_that_ends_without_saying_ready_is_not_used() -> None:
    child = FakeChild()
    process = started(child)
    child.say_text("Traceback (most recent call last):\n")
    child.end()
    assert not process.wait_ready(timeout=5.0)
    assert not process.ready
    process.replan([(1.0, "rep")], None, volume=1.0, muted=False)  # quietly nothing
    assert process.close()
    assert child.stdin.sent() == [{"do": "quit"}]


def test_a_child_that_cannot_be_started_is_not_used() -> None:
    def spawn(*args: object, **kwargs: object) -> object:
        raise FileNotFoundError("no such program")

    process = CueProcess(spawn=spawn, argv=["x"])
    assert not process.start()
    assert not process.wait_ready(timeout=0.1)
    assert process.close()


def test_a_ready_child_is_sent_plans_and_sounds_and_reports_its_plays(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG, logger="matside.backends.cueprocess")
    child = FakeChild()
    readied: list[bool] = []
    plays: list[tuple[str, float, float]] = []
    process = started(
        child,
        on_ready=lambda: readied.append(True),
        played=lambda *play: plays.append(play),
    )
    assert not process.ready
    child.say(ready="real-time priority 10 (SCHED_FIFO)")
    assert process.wait_ready(timeout=5.0)
    # Told from the reading thread just after it marks the child ready: wait for it.
    assert eventually(lambda: readied == [True])
    assert process.how == "real-time priority 10 (SCHED_FIFO)"
    process.add_sound("phrase:1", Path("/tmp/p.wav"))
    process.replan([(3.0, "rep")], 10.0, volume=0.5, muted=True)
    plan = child.last("plan")
    assert plan == {
        "do": "plan",
        "items": [[3.0, "rep"]],
        "until": 10.0,
        "volume": 0.5,
        "muted": True,
        "lease": None,  # for ever, unless said
    }
    sent = child.stdin.sent()
    assert sent.index({"do": "sound", "name": "phrase:1", "path": "/tmp/p.wav"}) < sent.index(plan)
    process.alive(12.5)
    assert child.last("alive") == {"do": "alive", "lease": 12.5}
    child.say(played="rep", called=3.001, returned=3.002)
    child.say(log=logging.WARNING, message="Sound device failed (busy)")
    child.say_text("[]\nnot json\n")
    child.end()
    assert eventually(lambda: not process.ready)  # it ended
    assert plays == [("rep", 3.001, 3.002)]
    assert ("WARNING", "Cue player: Sound device failed (busy)") in [
        (record.levelname, record.getMessage()) for record in caplog.records
    ]
    assert process.close()
    assert child.stdin.sent()[-1] == {"do": "quit"}
    assert child.stdin.closed
    assert child.waited


def test_only_the_newest_plan_waits_for_a_child_that_is_slow_to_read() -> None:
    child = FakeChild()
    gate = threading.Event()
    write = child.stdin.write

    def slow_write(text: str) -> int:
        gate.wait(5.0)  # the child reads nothing until the test lets it
        return write(text)

    child.stdin.write = slow_write  # type: ignore[method-assign]
    process = started(child)
    child.say(ready="")
    assert process.wait_ready(timeout=5.0)
    process.replan([(1.0, "rep")], None, volume=1.0, muted=False)
    began = time.monotonic()
    for second in range(2, 200):  # none of these may wait for the child
        process.replan([(float(second), "rep")], None, volume=1.0, muted=False)
    assert time.monotonic() - began < 1.0
    gate.set()
    assert child.last("plan", lambda m: m["items"] == [[199.0, "rep"]])
    assert len([m for m in child.stdin.sent() if m["do"] == "plan"]) <= 2
    assert process.close()
    child.end()


def test_a_child_whose_input_is_gone_is_given_up() -> None:
    process, child = ready_process(how="")
    assert process.how is None
    child.stdin.close()
    process.replan([(3.0, "rep")], None, volume=1.0, muted=False)
    assert eventually(lambda: not process.ready)
    assert process.close()
    child.end()


def test_a_lease_holds_what_falls_due_after_it_until_the_app_is_heard_again() -> None:
    clock, player = FakeClock(START), RecordingPlayer()
    scheduler = scheduler_on(clock, player)
    items = [[START + 1, "work_start"], [START + 2, "rep"], [START + 5, "done"]]
    plan = {"do": "plan", "items": items, "until": START + 9, "lease": START + 1.5}
    apply(plan, scheduler, player)
    clock.advance(2.0)
    scheduler.step()
    assert player.names == ["work_start"]  # "rep" fell due after the lease: held
    apply({"do": "alive", "lease": START + 3.5}, scheduler, player)
    clock.advance(0.5)  # heard 0.5 s late: still in time
    scheduler.step()
    assert player.names == ["work_start", "rep"]
    clock.advance(2.5)  # due at START + 5, the app not heard of since
    scheduler.step()
    clock.advance(1.5)
    apply({"do": "alive", "lease": "soon"}, scheduler, player)  # no lease: for ever
    scheduler.step()
    assert player.names == ["work_start", "rep"]  # heard too late: stale, dropped


# ---- a session's cues: the thread until the process is ready, then the process


def test_the_thread_plays_until_the_hand_over_then_only_keeps_the_time(tmp_path: Path) -> None:
    clock, player = FakeClock(START), RecordingPlayer()
    thread = scheduler_on(clock, player)
    cues = SessionCues(thread)
    assert not cues.by_process
    phrase = tmp_path / "go.wav"
    phrase.write_bytes(b"RIFF")
    assert cues.add_sound("phrase:0", phrase)
    items = [(START + 1, "work_start"), (START + 2, "rep"), (START + 3, "rep")]
    cues.replan(items, until=START + 4)
    clock.advance(1.0)
    thread.step()
    assert player.names == ["work_start"]
    process, child = ready_process()
    clock.advance(1.0)  # "rep" at START + 2 is due: the thread plays it as it lets go
    cues.hand_over(process)
    assert cues.by_process
    assert player.names == ["work_start", "rep"]
    plan = child.last("plan")
    assert plan["items"] == [[START + 3, "rep"]]  # what is still to come, nothing twice
    assert (plan["until"], plan["lease"]) == (START + 4, START + 2 + LEASE_SECONDS)
    sent = child.stdin.sent()
    assert sent.index({"do": "sound", "name": "phrase:0", "path": str(phrase)}) < sent.index(plan)
    # The thread follows the plan silently: the process plays; each wake renews the lease.
    cues.replan([*items, (START + 3.5, "done")], until=START + 5)
    assert child.last("plan", lambda m: len(m["items"]) == 2)["items"] == [
        [START + 3, "rep"],
        [START + 3.5, "done"],
    ]
    for _ in range(2):  # awake every second, as the thread is
        clock.advance(1.0)
        thread.step()
    assert child.last("alive", lambda m: m["lease"] == START + 4 + LEASE_SECONDS)
    assert player.names == ["work_start", "rep"]
    assert cues.kept_up(START) == START + 4  # the thread's wakes still count
    assert cues.add_sound("phrase:1", phrase)
    assert child.last("sound", lambda m: m["name"] == "phrase:1")["path"] == str(phrase)
    assert cues.close()
    assert child.last("plan", lambda m: m["items"] == [])  # nothing of it sounds any more
    assert process.ready  # the process stays for the next session
    assert process.close()
    child.end()


def test_a_session_begun_with_the_process_ready_plays_by_it_from_the_start() -> None:
    clock, player = FakeClock(START), RecordingPlayer()
    process, child = ready_process()
    cues = SessionCues(scheduler_on(clock, player), process)
    assert cues.by_process
    cues.replan([(START + 1, "work_start")], until=START + 2)
    assert child.last("plan", lambda m: m["items"] == [[START + 1, "work_start"]])
    clock.advance(1.0)
    cues.thread.step()
    assert player.names == []
    assert process.close()
    child.end()


def test_the_moment_the_process_ends_the_thread_plays_the_next_sound_due_once() -> None:
    clock, player = FakeClock(START), RecordingPlayer()
    process, child = ready_process()
    items = [(START + 1, "work_start"), (START + 2, "rep"), (START + 3, "rep")]
    cues = SessionCues(scheduler_on(clock, player), process)
    cues.replan(items, until=START + 4)
    clock.advance(1.0)
    cues.thread.step()  # the process played "work_start"
    child.end()
    assert eventually(lambda: not process.ready)
    clock.advance(1.0)  # no new plan yet (the user interface is busy): the thread plays
    cues.thread.step()
    assert player.names == ["rep"]
    cues.replan(items, until=START + 4)  # the next plan: the thread plays for good
    assert not cues.by_process
    clock.advance(1.0)
    cues.thread.step()
    assert player.names == ["rep", "rep"]  # nothing of the old plan again
    assert cues.close()
    assert process.close()


def test_after_a_stall_of_the_app_the_process_drops_the_plan() -> None:
    clock, player = FakeClock(START), RecordingPlayer()
    process, child = ready_process()
    cues = SessionCues(scheduler_on(clock, player), process)
    cues.replan([(START + 5, "work_start"), (START + 6, "rep")], until=START + 30)
    cues.thread.step()
    assert child.last("plan", lambda m: bool(m["items"]))["lease"] == START + LEASE_SECONDS
    clock.advance(3.0)  # the app was stopped: its thread wakes 2 s after it aimed to
    cues.thread.step()
    voided = child.last("plan", lambda m: m["items"] == [])
    assert voided["until"] is None  # the held cues are not played in a burst now
    assert (voided["volume"], voided["muted"]) == (player.volume, player.muted)  # as it was
    assert player.names == []
    assert cues.close()
    assert process.close()
    child.end()


def test_a_plan_of_a_session_not_running_is_not_held_for_the_apps_word() -> None:
    clock, player = FakeClock(START), RecordingPlayer()
    process, child = ready_process()
    cues = SessionCues(scheduler_on(clock, player), process)
    cues.replan([(START + 4, "done")], until=None)  # finished: the thread wakes no more
    assert child.last("plan", lambda m: bool(m["items"]))["lease"] is None  # for ever
    assert cues.close()
    assert process.close()
    child.end()


def test_a_child_not_understood_is_stopped() -> None:
    process, child = ready_process(played=lambda *play: None)
    child.say(played="rep")  # no times
    assert eventually(lambda: not process.ready)
    assert child.killed  # lest it play its plan beside the app's thread
    assert process.close()
    child.end()


def test_the_later_word_of_a_plan_and_a_heartbeat_is_sent() -> None:
    child = FakeChild()
    gate = threading.Event()
    write = child.stdin.write

    def slow_write(text: str) -> int:
        gate.wait(5.0)
        return write(text)

    child.stdin.write = slow_write  # type: ignore[method-assign]
    process = started(child)
    child.say(ready="")
    assert process.wait_ready(timeout=5.0)
    process.alive(1.0)  # taken by the sender, which then waits for the child
    assert eventually(lambda: not process._lease)
    process.alive(20.0)
    process.replan([(3.0, "rep")], None, volume=1.0, muted=False, lease=10.0)
    gate.set()
    assert child.last("plan")["lease"] == 20.0
    assert process.close()
    child.end()


def test_a_closed_session_is_not_handed_over() -> None:
    clock, player = FakeClock(START), RecordingPlayer()
    cues = SessionCues(scheduler_on(clock, player))
    assert cues.close()
    process, child = ready_process()
    cues.hand_over(process)
    assert not cues.by_process
    assert process.close()
    assert child.stdin.sent() == [{"do": "quit"}]
    child.end()


@pytest.mark.slow
def test_a_real_child_plays_the_planned_sound_into_the_device(tmp_path: Path) -> None:
    capture = tmp_path / "capture"
    capture.mkdir()
    environment = child_environment()
    environment.update(
        ALSA_CONFIG_PATH=str(CAPTURE_CONF),
        AUDIO_CAPTURE_DIR=str(capture),
        PYTHONPATH=str(APP),
    )
    plays: list[tuple[str, float, float]] = []
    process = CueProcess(environment=environment, played=lambda *play: plays.append(play))
    assert process.start()
    assert process.wait_ready(timeout=20.0), "the cue player did not say it is ready"
    due = time.monotonic() + 0.3
    process.replan([(due, "rep")], None, volume=1.0, muted=False)
    rep = load_sound(paths.resource("sounds") / "rep.wav").frames
    waited = 0.0
    while waited < 20.0 and not plays:
        time.sleep(0.05)
        waited += 0.05
    assert process.close(timeout=10.0)
    assert [name for name, _, _ in plays] == ["rep"]
    assert plays[0][1] >= due  # at its deadline, on the same clock as ours
    heard = [file.read_bytes() for file in capture.glob("capture-*")]
    assert rep in heard


@pytest.mark.slow
def test_a_real_child_whose_device_fails_ends_and_says_why(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="matside.backends.cueprocess")
    environment = child_environment()
    environment.update(
        ALSA_CONFIG_PATH=str(CAPTURE_CONF),
        AUDIO_CAPTURE_DIR=str(tmp_path / "no such folder"),  # every open fails
        PYTHONPATH=str(APP),
    )
    plays: list[tuple[str, float, float]] = []
    process = CueProcess(environment=environment, played=lambda *play: plays.append(play))
    assert process.start()
    assert process.wait_ready(timeout=20.0), "the cue player did not say it is ready"
    process.replan([(time.monotonic() + 0.2, "rep")], None, volume=1.0, muted=False)
    assert eventually(lambda: not process.ready, timeout=20.0), "it went on without a device"
    assert [name for name, _, _ in plays] == ["rep"]  # tried, and said so
    said = [record.getMessage() for record in caplog.records]
    assert any(message.startswith("Cue player: Sound device failed") for message in said)
    assert process.close(timeout=10.0)
