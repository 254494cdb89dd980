"""A log killed at any moment stays consistent and keeps every finished session.

A process logs sessions as fast as it can, each through the recorder on a fake clock, and
says each session it saw finish; the test kills it with SIGKILL at a random moment (every
other time, only once it has finished a session, so that however slow the machine some
sessions are finished) and opens the log, thirty times over. (The writers are forked from one
helper process, so that no interpreter has to start for each, as in test_save_crash.py.)
"""

from __future__ import annotations

import contextlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from matside.storage import paths
from matside.storage.logbook import Logbook

ROOT = Path(__file__).resolve().parents[2]
KILLS = 30
INTERVALS = 8  # in tests.core.test_recorder.DATA

WRITERS = """
import os
import sys
from matside.core.clock import FakeClock
from matside.core.recorder import Recorder
from matside.core.routine import routine_from_data
from matside.core.session import Session
from matside.core.timeline import compile_timeline
from matside.storage.logbook import Logbook, SessionLog
from tests.core.test_recorder import DATA

timeline = compile_timeline(routine_from_data(DATA))
for line in sys.stdin:  # one writer per line
    pid = os.fork()
    if pid == 0:
        logbook = Logbook()
        while True:
            clock = FakeClock()
            session = Session(timeline, clock)
            sink = SessionLog(logbook)
            Recorder(session, sink, wall=clock.now)
            session.start()
            while session.state.value != "finished":
                clock.advance(1)
                session.tick()
            assert sink.problem is None, sink.problem
            # after its last commit; one write, so that a kill never leaves half a line
            # (print writes its pieces one by one where PYTHONUNBUFFERED is set)
            os.write(1, f"finished {sink.session_id}\\n".encode())
    print(pid, flush=True)
    sys.stdin.readline()  # killed now: reap it and say how it ended
    _, status = os.waitpid(pid, 0)
    print(os.WTERMSIG(status) if os.WIFSIGNALED(status) else -1, flush=True)
"""


def check(path: Path, finished: set[int]) -> int:
    """The log is whole and holds every session noted as finished, with all its intervals;
    returns how many sessions were left without an end (the kill landed inside one)."""
    db = sqlite3.connect(path)
    try:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        for session_id in finished:
            status, count = db.execute(
                "SELECT s.status, COUNT(i.id) FROM sessions s"
                " LEFT JOIN intervals i ON i.session_id = s.id WHERE s.id = ?",
                (session_id,),
            ).fetchone()
            assert (status, count) == ("finished", INTERVALS)
        # a finished session has all its intervals, whether or not it was noted
        for (count,) in db.execute(
            "SELECT COUNT(i.id) FROM sessions s JOIN intervals i ON i.session_id = s.id"
            " WHERE s.status = 'finished' GROUP BY s.id"
        ):
            assert count == INTERVALS
        return int(db.execute("SELECT COUNT(*) FROM sessions WHERE status IS NULL").fetchone()[0])
    finally:
        db.close()


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")
def test_logs_killed_at_random_moments_stay_whole() -> None:
    path = paths.logbook_path()
    Logbook().close()
    finished: set[int] = set()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "app")])}
    chance = random.Random(20261130)  # fixed, so that a failure can be replayed
    cut = 0
    with subprocess.Popen(
        [sys.executable, "-c", WRITERS],
        cwd=ROOT,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as supervisor:
        assert supervisor.stdin is not None
        assert supervisor.stdout is not None
        writer = None
        try:
            for kill in range(KILLS):
                supervisor.stdin.write("start\n")
                supervisor.stdin.flush()
                writer = int(supervisor.stdout.readline())
                if kill % 2:
                    line = supervisor.stdout.readline()
                    assert line.startswith("finished ")
                    finished.add(int(line.split()[1]))
                time.sleep(chance.uniform(0.002, 0.05))
                os.kill(writer, signal.SIGKILL)
                writer = None
                supervisor.stdin.write("reap\n")
                supervisor.stdin.flush()
                while (line := supervisor.stdout.readline()).startswith("finished "):
                    finished.add(int(line.split()[1]))  # said before it was killed
                assert int(line) == signal.SIGKILL
                cut = check(path, finished)
        finally:
            if writer is not None:  # a failure above left it writing: stop it
                with contextlib.suppress(ProcessLookupError):
                    os.kill(writer, signal.SIGKILL)
            supervisor.stdin.close()
            supervisor.wait(timeout=10)

    # Some sessions must have been finished and some cut off, or this test proved nothing.
    assert finished
    assert cut > 0
    logbook = Logbook()
    assert logbook.close_open_sessions() == cut
    assert sum(s.status == "cut off" for s in logbook.sessions()) == cut
