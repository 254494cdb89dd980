"""``matside history`` and ``matside run --resume``, and a session killed then picked up."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from matside.backends.audio import RecordingPlayer
from matside.backends.awake import RecordingScreenAwake
from matside.cli import main
from matside.core.clock import FakeClock
from matside.core.recorder import resume_point
from matside.core.session import State
from matside.core.training import CSV_FIELDS
from matside.storage.logbook import Logbook
from matside.ui.main import MainWindow, open_logbook
from tests.core.test_recorder import WALL
from tests.storage.test_logbook import rated_run, run

ROOT = Path(__file__).resolve().parents[2]


def history(capsys: pytest.CaptureFixture[str], *args: str) -> Any:
    assert main(["history", "--json", *args]) == 0
    return json.loads(capsys.readouterr().out)


def seed() -> None:
    """A finished session, a stopped one with a skip, and a cut-off one, an hour apart."""
    logbook = Logbook()
    run(logbook, wall=WALL)
    session, _ = run(logbook, 30, wall=WALL + 3600, skip_at=8)
    session.stop()
    run(logbook, 40, wall=WALL + 7200)
    logbook.close()


def test_history_json_matches_what_happened(capsys: pytest.CaptureFixture[str]) -> None:
    assert history(capsys) == []
    seed()
    cut, stopped, finished = history(capsys)
    assert finished == {
        "routine": "Test routine",
        "routine_file": "/r/a.json",
        "sets": None,
        "started": dt.datetime.fromtimestamp(WALL).astimezone().isoformat(timespec="seconds"),
        "ended": dt.datetime.fromtimestamp(WALL + 100).astimezone().isoformat(),
        "planned_seconds": 100,
        "active_seconds": 100,
        "paused_seconds": 0,
        "status": "finished",
        "intervals_done": 8,
        "intervals_skipped": 0,
        "stopped_at": None,
        "resumable": False,
        "ratings": [],
        "notes": [],
    }
    assert dt.datetime.fromisoformat(finished["started"]).timestamp() == WALL
    # 5 s get-ready, 3 s of the work then skipped, the 10 s rest, 12 s of set 2: stopped
    assert (stopped["status"], stopped["active_seconds"]) == ("stopped", 30 - 17 + 17)
    assert (stopped["intervals_done"], stopped["intervals_skipped"]) == (2, 1)
    assert stopped["stopped_at"] == "set 2 of 2, A"
    assert stopped["resumable"] is False
    assert (cut["status"], cut["ended"], cut["resumable"]) == ("cut off", None, True)
    assert cut["intervals_done"] == 3
    assert cut["active_seconds"] == 35  # the rest under way when it was cut is not counted


def test_history_json_has_how_the_sides_felt_and_the_notes(
    capsys: pytest.CaptureFixture[str],
) -> None:
    logbook = Logbook()
    rated_run(logbook)
    logbook.close()
    [logged] = history(capsys)
    assert logged["ratings"] == [
        {"exercise": "B", "set": 1, "side": "left", "score": 2},
        {"exercise": "B", "set": 1, "side": "right", "score": 5},
    ]
    assert logged["notes"] == [{"exercise": "B", "text": "Left hip tight"}]
    assert (logged["intervals_done"], logged["status"]) == (8, "finished")  # as before


def test_history_csv_is_one_row_a_session(capsys: pytest.CaptureFixture[str]) -> None:
    seed()
    assert main(["history", "--csv"]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert rows[0] == list(CSV_FIELDS)
    assert [row[CSV_FIELDS.index("status")] for row in rows[1:]] == [
        "cut off",
        "stopped",
        "finished",
    ]
    assert rows[1][CSV_FIELDS.index("resumable")] == "yes"
    assert rows[3][CSV_FIELDS.index("ended")] != ""


def test_history_for_people(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["history"]) == 0
    assert capsys.readouterr().out == "No sessions yet.\n"
    seed()
    assert main(["history"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 3
    assert lines[0].endswith(
        "Test routine  cut off at set 2 of 2, A (matside run --resume picks it up)"
    )
    assert lines[2].endswith("1:40  Test routine  finished")


def test_history_for_people_says_how_the_sides_felt_and_the_notes(
    capsys: pytest.CaptureFixture[str],
) -> None:
    logbook = Logbook()
    rated_run(logbook)
    logbook.close()
    assert main(["history"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].endswith("finished")
    assert lines[1:] == ["    B: left 2, right 5", "    note on B: Left hip tight"]


def test_delete_asks_for_yes_then_deletes_everything(capsys: pytest.CaptureFixture[str]) -> None:
    seed()
    assert main(["history", "--delete"]) == 1
    said = capsys.readouterr()
    assert "this deletes all 3 sessions for good; add --yes" in said.err
    assert len(history(capsys)) == 3
    assert main(["history", "--delete", "--yes"]) == 0
    assert capsys.readouterr().out == "deleted 3 sessions\n"
    assert history(capsys) == []


def test_run_resume_needs_a_cut_off_session(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["run", "--resume"]) == 1
    assert "no session to pick up" in capsys.readouterr().err
    assert main(["run"]) == 2
    assert main(["run", "x.json", "--resume"]) == 2


KILLED = """
import sys
from matside.backends.audio import RecordingPlayer
from matside.backends.awake import RecordingScreenAwake
from matside.core.clock import FakeClock
from matside.core.recorder import resume_point
from matside.core.timeline import compile_timeline
from matside.storage.routine_files import load_routine
from matside.ui.main import MainWindow, make_application, open_logbook

app = make_application()
logbook, _ = open_logbook()
clock = FakeClock()
window = MainWindow(RecordingPlayer(), RecordingScreenAwake(), clock, logbook=logbook)
path = sys.argv[1]
screen = window.open_run_screen(compile_timeline(load_routine(path), 3), path, sets=3)
screen.start()
for _ in range(int(sys.argv[2])):
    clock.advance(1)
    screen.session.tick()
print(screen.session.index, flush=True)
sys.stdin.readline()  # killed here
"""


def test_a_session_killed_mid_way_is_picked_up_where_it_was(
    qtbot: QtBot, matside_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = ROOT / "routines" / "hip-opening.json"
    with subprocess.Popen(
        [sys.executable, "-c", KILLED, str(path), "200"],
        cwd=ROOT,
        env={
            **os.environ,
            "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "app")]),
            "QT_QPA_PLATFORM": "offscreen",
            "MATSIDE_HOME": str(matside_home),
        },
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as child:
        assert child.stdout is not None
        index = int(child.stdout.readline())
        os.kill(child.pid, signal.SIGKILL)
        assert child.wait(timeout=10) == -signal.SIGKILL

    logbook, _ = open_logbook()
    assert logbook is not None
    cut = logbook.resumable()
    assert cut is not None
    assert cut.status == "cut off"
    assert cut.position == index
    timeline = logbook.timeline_of(cut)
    assert timeline is not None
    where = timeline.segments[resume_point(timeline, index)]  # a rest goes on to the work
    assert cut.stopped_at is not None
    assert where.exercise is not None
    assert where.exercise.name in cut.stopped_at

    clock = FakeClock()
    window = MainWindow(RecordingPlayer(), RecordingScreenAwake(), clock, logbook=logbook)
    qtbot.addWidget(window)
    screen = window.resume_session(cut)
    assert screen is not None
    first, second = screen.session.timeline.segments[:2]
    assert first.kind.value == "prepare"
    assert (second.exercise, second.set, second.side) == (where.exercise, where.set, where.side)
    screen.start()
    while screen.session.state is not State.FINISHED:
        clock.advance(1)
        screen.session.tick()
    resumed, killed = history(capsys)
    assert killed["status"] == "cut off"
    assert killed["resumable"] is False
    assert resumed["status"] == "finished"
    assert resumed["sets"] == 3
    done = resumed["intervals_done"] + killed["intervals_done"]
    # every interval of the routine was done once, and the get-ready of the resumed session
    assert done >= len(timeline.segments) - 1
