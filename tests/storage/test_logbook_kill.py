"""A log killed at any moment stays consistent and keeps every finished session.

A process logs sessions as fast as it can, each through the recorder on a fake clock, and
notes each session it saw finish; the test kills it with SIGKILL at a random moment and opens
the log, thirty times over. (The writers are forked from one helper process, so that no
interpreter has to start for each, as in test_save_crash.py.)
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

notes = sys.argv[1]
timeline = compile_timeline(routine_from_data(DATA))
for line in sys.stdin:  # one writer per line
    pid = os.fork()
    if pid == 0:
        logbook = Logbook()
        note = os.open(notes, os.O_WRONLY | os.O_APPEND | os.O_CREAT)
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
            os.write(note, f"{sink.session_id}\\n".encode())
    print(pid, flush=True)
    sys.stdin.readline()  # killed now: reap it and say how it ended
    _, status = os.waitpid(pid, 0)
    print(os.WTERMSIG(status) if os.WIFSIGNALED(status) else -1, flush=True)
"""


def check(path: Path, notes: Path) -> int:
    """The log is whole and holds every session noted as finished, with all its intervals;
    returns how many sessions were left without an end (the kill landed inside one)."""
    db = sqlite3.connect(path)
    try:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        finished = {int(n) for n in notes.read_text().split()} if notes.exists() else set()
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
def test_logs_killed_at_random_moments_stay_whole(tmp_path: Path) -> None:
    path = paths.logbook_path()
    Logbook().close()
    notes = tmp_path / "finished.txt"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "app")])}
    chance = random.Random(20261130)  # fixed, so that a failure can be replayed
    cut = 0
    with subprocess.Popen(
        [sys.executable, "-c", WRITERS, str(notes)],
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
            for _ in range(KILLS):
                supervisor.stdin.write("start\n")
                supervisor.stdin.flush()
                writer = int(supervisor.stdout.readline())
                time.sleep(chance.uniform(0.01, 0.08))
                os.kill(writer, signal.SIGKILL)
                writer = None
                supervisor.stdin.write("reap\n")
                supervisor.stdin.flush()
                assert int(supervisor.stdout.readline()) == signal.SIGKILL
                cut = check(path, notes)
        finally:
            if writer is not None:  # a failure above left it writing: stop it
                with contextlib.suppress(ProcessLookupError):
                    os.kill(writer, signal.SIGKILL)
            supervisor.stdin.close()
            supervisor.wait(timeout=10)

    # Some sessions must have been finished and some cut off, or this test proved nothing.
    assert notes.read_text().split()
    assert cut > 0
    logbook = Logbook()
    assert logbook.close_open_sessions() == cut
    assert sum(s.status == "cut off" for s in logbook.sessions()) == cut
