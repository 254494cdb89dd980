"""A damaged training log, one from a newer Matside, and values no Matside wrote: found by a
hostile test of damaged logs. Nothing the user wrote is lost, nothing raises past the log's
words, and Matside starts."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from matside.backends.audio import RecordingPlayer
from matside.backends.awake import RecordingScreenAwake
from matside.cli import main
from matside.core.clock import FakeClock
from matside.core.recorder import SessionBegan
from matside.storage import paths
from matside.storage.logbook import (
    SCHEMA_VERSION,
    Logbook,
    LogbookError,
    SessionLog,
    path_key,
)
from matside.ui.main import MainWindow, open_logbook
from tests.core.test_recorder import WALL
from tests.storage.test_logbook import rated_run, run

APP = Path(__file__).resolve().parents[2] / "app"


def damage(path: Path, name: str = "sessions") -> bytes:
    """Overwrite the root page of table or index ``name`` with garbage, as a failing disk
    would; returns the file as it is now."""
    db = sqlite3.connect(path)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    size = db.execute("PRAGMA page_size").fetchone()[0]
    [(root,)] = db.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (name,))
    db.close()
    with path.open("r+b") as file:
        file.seek((root - 1) * size)
        file.write(b"\xde\xad\xbe\xef" * (size // 4))
    return path.read_bytes()


def logged() -> Path:
    """The user's log with a finished, rated session and one cut off after it."""
    logbook = Logbook()
    rated_run(logbook)
    run(logbook, 40, wall=WALL + 1000)
    logbook.close()
    return paths.logbook_path()


def kept_files() -> list[Path]:
    """The logs set aside (not their ``-wal`` and ``-shm``)."""
    found = paths.logbook_path().parent.glob("logbook.sqlite3.broken-*")
    return sorted(path for path in found if not path.name.endswith(("-wal", "-shm")))


# ---- a damaged page


def test_a_damaged_page_found_at_start_up_is_set_aside_and_a_new_log_started() -> None:
    # It was `sqlite3.DatabaseError: database disk image is malformed` from
    # close_open_sessions at every start: the app never opened again.
    damaged = damage(logged())
    logbook, notice = open_logbook()
    assert logbook is not None
    assert notice is not None
    assert notice.english().startswith(
        "The training log could not be read (database disk image is malformed); it was kept"
        " as logbook.sqlite3.broken-"
    )
    assert notice.english().endswith(" and a new one started.")
    [kept] = kept_files()
    assert logbook.kept == kept
    assert kept.read_bytes() == damaged  # the user's data, as it was
    assert logbook.sessions() == []
    run(logbook)  # the new log takes sessions
    assert len(logbook.sessions()) == 1


@pytest.mark.parametrize("name", ["sessions", "intervals", "intervals_session"])
def test_a_damaged_page_found_by_a_read_is_set_aside_once(name: str) -> None:
    damaged = damage(logged(), name)
    logbook = Logbook()  # the header is whole: nothing is found yet
    with pytest.raises(LogbookError, match=r"it was kept as logbook\.sqlite3\.broken-"):
        logbook.sessions()
    assert logbook.sessions() == []
    assert logbook.resumable() is None
    assert logbook.last_done() == {}
    [kept] = kept_files()
    assert kept.read_bytes() == damaged


def test_a_damaged_log_set_aside_without_room_for_a_new_one_says_so_and_logs_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The new log cannot be made (no room, say): the message must not claim one was
    # started, and the app must not be handed a log whose connection is closed.
    damaged = damage(logged())
    opened = Logbook._open

    def only_once(self: Logbook) -> sqlite3.Connection:
        if self._file is not None:  # the first open went through: the next is the new log's
            raise OSError(28, "No space left on device")
        return opened(self)

    monkeypatch.setattr(Logbook, "_open", only_once)
    logbook, notice = open_logbook()
    assert logbook is None
    assert notice is not None
    [kept] = kept_files()
    assert notice.english() == (
        f"The training log was damaged and is kept as {kept.name}; a new one cannot be"
        " started: No space left on device. Sessions are not logged."
    )
    assert kept.read_bytes()[:100] == damaged[:100]  # kept, never lost


def test_each_read_the_library_makes_says_so_instead_of_raising() -> None:
    for read in (Logbook.resumable, Logbook.last_done, Logbook.close_open_sessions):
        for file in paths.logbook_path().parent.glob("logbook.sqlite3*"):
            file.unlink()
        damage(logged())
        logbook = Logbook()
        with pytest.raises(LogbookError, match="database disk image is malformed"):
            read(logbook)
        assert len(kept_files()) == 1
        logbook.close()


def test_damage_found_during_a_session_is_said_once_and_the_session_goes_on() -> None:
    damage(logged())
    logbook = Logbook()
    sink = SessionLog(logbook)
    sink.record(SessionBegan("R", None, "{}", "h", None, 1.0, WALL, None))
    assert sink.problem is not None
    assert "it was kept as logbook.sqlite3.broken-" in sink.problem
    sink.record(SessionBegan("R", None, "{}", "h", None, 1.0, WALL, None))  # ignored
    assert len(kept_files()) == 1
    run(logbook)  # the next session goes into the new log
    assert len(logbook.sessions()) == 1


def test_a_log_that_cannot_be_read_for_another_reason_is_not_set_aside() -> None:
    logbook = Logbook()
    run(logbook)
    sqlite3.connect(logbook.path).execute("DROP TABLE notes")  # (this Matside's version)
    with pytest.raises(LogbookError, match="cannot be read: no such table: notes"):
        logbook.sessions()
    assert kept_files() == []


def test_a_second_log_set_aside_in_the_same_second_keeps_its_own_name(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("matside.storage.logbook.time.strftime", lambda _format: "20260101-120000")
    first = damage(logged())
    with pytest.raises(LogbookError):
        Logbook().sessions()
    second = damage(logged())
    with pytest.raises(LogbookError, match=r"kept as logbook\.sqlite3\.broken-20260101-120000-2"):
        Logbook().sessions()
    assert [kept.name for kept in kept_files()] == [
        "logbook.sqlite3.broken-20260101-120000",
        "logbook.sqlite3.broken-20260101-120000-2",
    ]
    assert [kept.read_bytes() for kept in kept_files()] == [first, second]


def test_a_log_another_matside_set_aside_is_not_set_aside_again() -> None:
    damage(logged())
    app = Logbook()  # open, the damage not met yet
    other = Logbook()
    with pytest.raises(LogbookError):
        other.sessions()  # sets it aside and starts a new log
    run(other)
    with pytest.raises(LogbookError, match="cannot be read: database disk image is malformed"):
        app.sessions()  # its file was the damaged one: it now reads the new log
    assert len(kept_files()) == 1
    assert app.kept is None
    assert len(app.sessions()) == len(other.sessions()) == 1


# ---- what the user sees


@pytest.mark.parametrize("args", [[], ["--json"], ["--csv"]])
def test_history_says_the_log_was_set_aside_with_status_1(
    capsys: pytest.CaptureFixture[str], args: list[str]
) -> None:
    damage(logged())
    assert main(["history", *args]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith("matside history: The training log could not be read")
    assert "kept as logbook.sqlite3.broken-" in err
    assert len(kept_files()) == 1
    assert main(["history", *args]) == 0  # the new log, empty


def test_history_of_a_log_set_aside_at_opening_also_ends_with_status_1(
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = paths.logbook_path()
    path.parent.mkdir(parents=True)
    path.write_bytes(b"not a database at all" * 100)
    assert main(["history", "--json"]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert "kept as logbook.sqlite3.broken-" in err


def window_on(qtbot: QtBot, logbook: Logbook) -> MainWindow:
    window = MainWindow(
        RecordingPlayer(),
        RecordingScreenAwake(),
        FakeClock(),
        ask=lambda _q, _v: True,
        logbook=logbook,
    )
    qtbot.addWidget(window)
    return window


def test_the_library_says_what_a_read_found_and_runs_on(qtbot: QtBot) -> None:
    damage(logged(), "intervals")
    window = window_on(qtbot, Logbook())
    window.show_home()  # the offer to resume, the last done of each routine: reads
    assert "kept as logbook.sqlite3.broken-" in window.notice_bar().currentMessage()
    assert window.home.notice.isHidden()  # the new log has nothing to offer
    assert len(kept_files()) == 1


def test_the_history_page_says_what_a_read_found(qtbot: QtBot) -> None:
    damage(logged())
    window = window_on(qtbot, Logbook())
    window.show_history()
    page = window._history
    assert page is not None
    assert "kept as logbook.sqlite3.broken-" in page.notice.label.text()
    assert page.list.item(0).text() == "No sessions yet. Every session you start is kept here."


def test_a_damaged_log_is_said_even_after_some_entries_were_left_out(qtbot: QtBot) -> None:
    # The ratings read found a score no Matside writes, then the notes found the damage:
    # "some entries were left out" covered where the log was kept.
    logbook = Logbook()
    rated_run(logbook)
    logbook.close()
    db = sqlite3.connect(paths.logbook_path(), isolation_level=None)
    db.execute("PRAGMA ignore_check_constraints = 1")
    db.execute("UPDATE ratings SET score = 9 WHERE rowid = 1")
    db.close()
    damage(paths.logbook_path(), "notes")
    window = window_on(qtbot, Logbook())
    window.show_history()
    page = window._history
    assert page is not None
    assert "kept as logbook.sqlite3.broken-" in page.notice.label.text()


def test_the_app_starts_on_a_damaged_log_and_runs_a_session(tmp_path: Path) -> None:
    damaged = damage(logged())
    quick = tmp_path / "quick.json"
    quick.write_text(
        '{"format": 1, "name": "Quick", "prepare_seconds": 1, "switch_seconds": 1,'
        ' "rest_between_sets": 1, "rest_after_exercise": 1,'
        ' "exercises": [{"name": "Move", "reps": 1, "tempo": 1, "sets": 2}]}',
        encoding="utf-8",
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(APP))
    command = [sys.executable, "-m", "matside", "run", str(quick), "--autostart"]
    result = subprocess.run(
        [*command, "--exit-when-done"],
        env=env,
        capture_output=True,
        text=True,
        timeout=90,
        check=False,
    )
    assert "Traceback" not in result.stderr
    assert result.returncode == 0
    [kept] = kept_files()
    assert kept.read_bytes() == damaged
    [session] = Logbook().sessions()
    assert (session.routine, session.status) == ("Quick", "finished")


# ---- a log from a newer Matside


def newer(*statements: str) -> None:
    """The user's log (see :func:`logged`) as a newer Matside might leave it."""
    db = sqlite3.connect(logged(), isolation_level=None)
    for statement in statements:
        db.execute(statement)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 97}")
    db.close()


def test_a_newer_log_without_a_table_is_read_as_far_as_it_can_be(
    qtbot: QtBot, capsys: pytest.CaptureFixture[str]
) -> None:
    # It was `OperationalError: no such table: ratings` from plain `matside` and `open`.
    newer("DROP TABLE ratings")
    logbook, notice = open_logbook()
    assert logbook is not None
    assert logbook.read_only
    assert notice is not None
    assert "newer Matside" in notice.english()
    cut, rated = logbook.sessions()
    assert (rated.status, rated.ratings, rated.intervals_done) == ("finished", (), 8)
    assert [note.text for note in rated.notes] == ["Left hip tight"]
    assert logbook.resumable() == cut
    assert logbook.last_done() != {}
    window = window_on(qtbot, logbook)
    window.show_home()
    window.show_history()
    assert window._history is not None
    assert window._history.list.count() == 2
    assert main(["history", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 2
    assert kept_files() == []


def test_a_newer_log_without_what_every_read_needs_says_so(
    qtbot: QtBot, capsys: pytest.CaptureFixture[str]
) -> None:
    newer("DROP TABLE intervals", "DROP TABLE notes")
    logbook, _ = open_logbook()
    assert logbook is not None
    with pytest.raises(LogbookError, match="cannot be read: no such table: intervals"):
        logbook.sessions()
    assert logbook.last_done() == {}  # the library's "done 2 days ago" is left out
    window = window_on(qtbot, logbook)
    window.show_home()
    assert "no such table: intervals" in window.notice_bar().currentMessage()
    assert main(["history"]) == 1
    assert "cannot be read: no such table: intervals" in capsys.readouterr().err
    assert kept_files() == []  # a newer Matside's log is not ours to set aside


# ---- values no Matside writes

BAD_VALUES = [
    "UPDATE sessions SET started = 1e308",
    "UPDATE sessions SET started = -1e18",
    "UPDATE sessions SET started = 'abc'",
    "UPDATE sessions SET started = X'00'",
    "UPDATE sessions SET ended = 1e308",
    "UPDATE sessions SET planned_seconds = 'abc'",
    "UPDATE sessions SET paused_seconds = -1",
    "UPDATE intervals SET active_seconds = 1e308",
    "UPDATE sessions SET routine = X'ff00616263'",
    "UPDATE sessions SET routine_file = X'2f'",
    "UPDATE sessions SET sets = 'two'",
    "UPDATE sessions SET position = 2.5",
    "UPDATE sessions SET position_text = X'00'",
    "UPDATE sessions SET status = 'abandoned'",
]
"""Each makes the one session of :func:`one_good_one_bad`'s first unreadable."""


def one_good_one_bad(statement: str) -> Logbook:
    """A log with two sessions: the one at WALL spoilt by ``statement``, the next one whole."""
    logbook = Logbook()
    run(logbook, wall=WALL)
    rated_run(logbook, wall=WALL + 1000)
    db = sqlite3.connect(logbook.path, isolation_level=None)
    db.execute("PRAGMA ignore_check_constraints = 1")
    db.execute(
        statement + " WHERE " + ("session_id" if "intervals" in statement else "id") + " = 1"
    )
    db.close()
    return logbook


def test_deleting_the_history_counts_the_sessions_it_cannot_show(
    qtbot: QtBot, capsys: pytest.CaptureFixture[str]
) -> None:
    # One of two sessions cannot be read: "Delete all 1 sessions?" deleted both.
    logbook = one_good_one_bad("UPDATE sessions SET started = 'abc'")
    assert (len(logbook.sessions()), logbook.session_count()) == (1, 2)
    assert main(["history", "--delete"]) == 1
    assert "this deletes all 2 sessions for good" in capsys.readouterr().err
    window = window_on(qtbot, logbook)
    window.show_history()
    page = window._history
    assert page is not None
    asked: list[str] = []

    def yes(question: str, _verb: str) -> bool:
        asked.append(question)
        return True

    page.ask = yes
    page.delete_all()
    assert asked[0].startswith("Delete all 2 sessions")
    assert page.notice.label.text() == "Deleted 2 sessions."
    assert logbook.session_count() == 0


@pytest.mark.parametrize("statement", BAD_VALUES)
def test_a_session_with_a_value_no_matside_writes_is_left_out_and_said(
    statement: str, qtbot: QtBot, capsys: pytest.CaptureFixture[str]
) -> None:
    # 1e308 and -1e18 were `OverflowError: timestamp out of range` (or OSError) in `history`,
    # --json and --csv and on the History page; a BLOB name broke `history` and --json.
    logbook = one_good_one_bad(statement)
    [whole] = logbook.sessions()
    assert (whole.id, whole.routine_file) == (2, None)  # the rated one
    assert logbook.left_out_notice is not None
    assert logbook.left_out_notice.english() == (
        "Some entries of the training log could not be read and are not shown."
    )
    done = logbook.last_done()  # the library's: of the spoilt session, only a whole start
    assert done["Test routine"] == whole.started
    assert set(done) <= {"Test routine", "/r/a.json"}
    for args in ([], ["--json"], ["--csv"]):
        assert main(["history", *args]) == 0
        out, err = capsys.readouterr()
        assert out.count("Test routine") == 1
        assert err == (
            "matside history: Some entries of the training log could not be read and are not"
            " shown.\n"
        )
    window = window_on(qtbot, logbook)
    window.show_history()
    page = window._history
    assert page is not None
    assert page.list.count() == 1
    assert page.notice.label.text() == logbook.left_out_notice.english()
    page.grab()  # the charts paint


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE ratings SET score = 'x'",
        "UPDATE ratings SET score = 9",
        "UPDATE ratings SET exercise = X'00'",
        "UPDATE notes SET text = X'00'",
        "UPDATE ratings SET side = X'6c656674'",
    ],
)
def test_a_rating_or_note_no_matside_writes_is_left_out_and_said(statement: str) -> None:
    logbook = Logbook()
    rated_run(logbook)
    db = sqlite3.connect(logbook.path, isolation_level=None)
    db.execute("PRAGMA ignore_check_constraints = 1")
    db.execute(statement + " WHERE rowid = 1")
    db.close()
    [session] = logbook.sessions()
    assert len(session.ratings) + len(session.notes) == 2  # of the two ratings and the note
    assert logbook.left_out_notice is not None


def test_text_that_is_not_utf8_is_read_with_a_placeholder() -> None:
    # It was "cannot be read: Could not decode to UTF-8 column 'routine'": no session shown.
    logbook = one_good_one_bad("UPDATE sessions SET routine = CAST(X'41ff42' AS TEXT)")
    older = logbook.sessions()[1]
    assert older.routine == "A\ufffdB"
    assert logbook.left_out_notice is None


def test_a_whole_log_says_nothing_was_left_out() -> None:
    logbook = Logbook()
    rated_run(logbook)
    assert len(logbook.sessions()) == 1
    assert logbook.left_out_notice is None


def test_a_routine_file_whose_name_is_not_utf8_is_logged_and_found_again() -> None:
    # Python reads such a name as lone surrogates, which SQLite cannot store: the session's
    # start raised from SessionLog, which never raises.
    logbook = Logbook()
    name = "/r/q\udcff.json"
    _session, sink = run(logbook, routine_file=name)
    assert sink.problem_words is None
    [logged] = logbook.sessions()
    assert logged.routine_file == "/r/q\ufffd.json"
    assert path_key(name) in logbook.last_done()
