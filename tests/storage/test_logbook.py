"""The training log's database: sessions written through the recorder and read back."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from matside.core.clock import FakeClock
from matside.core.ratings import SideRatings
from matside.core.recorder import IntervalBegan, Recorder, SessionBegan, resume_timeline
from matside.core.routine import routine_from_data
from matside.core.session import Session
from matside.core.timeline import compile_timeline
from matside.core.training import LoggedNote, LoggedRating
from matside.storage import paths
from matside.storage.logbook import (
    MIGRATIONS,
    SCHEMA_VERSION,
    Logbook,
    LogbookError,
    SessionLog,
)
from tests.core.test_recorder import DATA, WALL


def run(
    logbook: Logbook,
    seconds: float | None = None,
    *,
    wall: float = WALL,
    skip_at: float | None = None,
    routine_file: str = "/r/a.json",
) -> tuple[Session, SessionLog]:
    """A session of DATA (from ``routine_file``) logged into ``logbook``, run for ``seconds``
    (None: to the end)."""
    clock = FakeClock()
    session = Session(compile_timeline(routine_from_data(DATA)), clock)
    sink = SessionLog(logbook)
    start = clock.now()
    Recorder(session, sink, wall=lambda: wall + clock.now() - start, routine_file=routine_file)
    session.start()
    for second in range(1, int(seconds if seconds is not None else 200) + 1):
        clock.set(start + second)
        session.tick()
        if skip_at is not None and second == skip_at:
            session.next()
    return session, sink


def test_the_log_lives_in_the_user_data_folder_in_wal_mode(matside_home: Path) -> None:
    logbook = Logbook()
    assert logbook.path == paths.user_data_dir() / "logbook.sqlite3"
    assert logbook.path.is_relative_to(matside_home)
    db = sqlite3.connect(logbook.path)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_a_full_session_reads_back_finished() -> None:
    logbook = Logbook()
    run(logbook)
    [logged] = logbook.sessions()
    assert logged.routine == "Test routine"
    assert logged.status == "finished"
    assert logged.started == WALL
    assert logged.ended == WALL + 100
    assert logged.planned_seconds == logged.active_seconds == 100
    assert (logged.intervals_done, logged.intervals_skipped) == (8, 0)
    assert not logged.resumable


def test_a_stopped_and_a_skipped_session() -> None:
    logbook = Logbook()
    session, _ = run(logbook, 12, wall=WALL)
    session.stop()
    run(logbook, wall=WALL + 1000, skip_at=8)
    skipped, stopped = logbook.sessions()
    assert (stopped.status, stopped.ended, stopped.active_seconds) == ("stopped", WALL + 12, 12)
    assert stopped.stopped_at == "set 1 of 2, A"
    assert (stopped.intervals_done, stopped.intervals_skipped) == (1, 0)
    assert skipped.status == "finished"
    assert (skipped.intervals_done, skipped.intervals_skipped) == (7, 1)
    assert skipped.active_seconds == 100 - 17


def test_a_session_without_an_end_is_cut_off_and_resumable_while_newest() -> None:
    logbook = Logbook()
    run(logbook, 40)  # in the rest before set 2
    [cut] = logbook.sessions()
    assert cut.status == "cut off"
    assert cut.ended is None
    assert cut.resumable
    assert cut.stopped_at == "set 2 of 2, A"
    assert logbook.close_open_sessions() == 1
    assert logbook.resumable() == cut
    timeline = logbook.timeline_of(cut)
    assert timeline == compile_timeline(routine_from_data(DATA))
    run(logbook, wall=WALL + 1000)
    assert logbook.resumable() is None


def test_a_forgotten_session_is_not_offered() -> None:
    logbook = Logbook()
    run(logbook, 40)
    cut = logbook.resumable()
    assert cut is not None
    logbook.forget(cut.id)
    assert logbook.resumable() is None
    assert logbook.sessions()[0].status == "cut off"


def test_a_resumed_session_links_back_and_logs_whole_positions() -> None:
    logbook = Logbook()
    run(logbook, 40)
    cut = logbook.resumable()
    assert cut is not None
    assert cut.position is not None
    timeline = logbook.timeline_of(cut)
    assert timeline is not None
    resumption = resume_timeline(timeline, cut.position, resumed_from=cut.id)
    clock = FakeClock()
    session = Session(resumption.timeline, clock)
    Recorder(session, SessionLog(logbook), wall=lambda: WALL + 100, resumption=resumption)
    session.start()
    clock.advance(3)
    session.tick()
    newest = logbook.sessions()[0]
    assert newest.position == 3
    assert newest.stopped_at == "set 2 of 2, A"
    assert newest.resumable  # cut off again, in its get-ready
    row = sqlite3.connect(logbook.path).execute(
        "SELECT resumed_from FROM sessions WHERE id = ?", (newest.id,)
    )
    assert row.fetchone()[0] == cut.id


def test_last_done_is_the_newest_session_with_work_done() -> None:
    logbook = Logbook()
    run(logbook, wall=WALL)
    run(logbook, wall=WALL + 5000)
    run(logbook, 3, wall=WALL + 9000)  # only the get-ready ran: not done
    assert logbook.last_done() == {"/r/a.json": WALL + 5000}


def test_the_routine_text_is_kept_once() -> None:
    logbook = Logbook()
    run(logbook)
    run(logbook, wall=WALL + 500)
    db = sqlite3.connect(logbook.path)
    assert db.execute("SELECT COUNT(*) FROM routines").fetchone()[0] == 1


def test_delete_all_empties_the_log() -> None:
    logbook = Logbook()
    run(logbook)
    run(logbook, 10, wall=WALL + 500)
    assert logbook.delete_all() == 2
    assert logbook.sessions() == []
    assert logbook.last_done() == {}
    db = sqlite3.connect(logbook.path)
    assert db.execute("SELECT COUNT(*) FROM intervals").fetchone()[0] == 0
    assert db.execute("SELECT COUNT(*) FROM routines").fetchone()[0] == 0


def test_a_file_that_is_no_database_is_set_aside() -> None:
    path = paths.logbook_path()
    path.parent.mkdir(parents=True)
    path.write_bytes(b"not a database at all" * 100)
    logbook = Logbook()
    assert logbook.notice is not None
    assert "kept as logbook.sqlite3.broken-" in logbook.notice
    [aside] = path.parent.glob("logbook.sqlite3.broken-*")
    assert aside.read_bytes().startswith(b"not a database")
    run(logbook)
    assert len(logbook.sessions()) == 1


def test_a_log_from_a_newer_matside_is_read_but_not_written() -> None:
    Logbook().close()
    db = sqlite3.connect(paths.logbook_path())
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.close()
    logbook = Logbook()
    assert logbook.read_only
    assert logbook.notice is not None
    assert "newer Matside" in logbook.notice
    _, sink = run(logbook, 10)
    assert sink.problem is not None
    assert logbook.sessions() == []
    assert logbook.close_open_sessions() == 0
    with pytest.raises(LogbookError):
        logbook.delete_all()


def test_a_failed_write_is_kept_once_and_the_session_goes_on() -> None:
    logbook = Logbook()
    sink = SessionLog(logbook)
    logbook.close()  # every write now fails
    sink.record(SessionBegan("R", None, "{}", "h", None, 1.0, WALL, None))
    assert sink.problem is not None
    assert "cannot be written" in sink.problem
    sink.record(IntervalBegan(1, "x", WALL))  # ignored, no raise


def test_a_log_that_cannot_be_opened_says_so(tmp_path: Path) -> None:
    folder = tmp_path / "log.sqlite3"
    folder.mkdir()  # a folder where the file should be
    with pytest.raises(LogbookError, match="cannot be opened"):
        Logbook(folder)


def test_the_log_counts_intervals_as_the_sessions_summary_does() -> None:
    # Once the recorder guessed "done" or "skipped" from the time an interval ran and the log
    # summed every run: an interval done again after Back counted twice, one skipped and then
    # done counted both ways, a rest lengthened and then skipped was "done", and an interval
    # skipped to and past while paused was never logged at all.
    logbook = Logbook()
    clock = FakeClock()
    session = Session(compile_timeline(routine_from_data(DATA)), clock)
    Recorder(session, SessionLog(logbook), wall=lambda: WALL + clock.now())
    session.start()
    clock.advance(25)
    session.tick()  # prepare and A's set 1 done; the rest under way
    session.previous()  # back to set 1's work at once
    clock.advance(3)
    session.next()  # set 1 skipped this time: still done once
    session.extend(10)
    clock.advance(15)
    session.next()  # the rest, lengthened to 20 s and left after 15: skipped
    session.pause()
    session.next()  # set 2's work, skipped while paused
    session.next()  # the rest after it, skipped while still paused
    session.resume()
    clock.advance(100)
    session.tick()  # B's sides to the end
    summary = session.summary()
    [logged] = logbook.sessions()
    assert (summary.intervals_done, summary.intervals_skipped) == (5, 3)
    assert (logged.intervals_done, logged.intervals_skipped) == (5, 3)
    assert logbook.sessions(limit=1)[0].intervals_done == 5


def rated_run(logbook: Logbook, scores: tuple[int, ...] = (2, 5), wall: float = WALL) -> Recorder:
    """A session of DATA to its end, B's sides rated with ``scores`` on the done screen and a
    note written on B; returns the session's recorder."""
    clock = FakeClock()
    session = Session(compile_timeline(routine_from_data(DATA)), clock)
    recorder = Recorder(session, SessionLog(logbook), wall=lambda: wall + clock.now())
    ratings = SideRatings(session)
    ratings.add_listener(recorder.rated)
    session.start()
    clock.advance(200)
    session.tick()
    for score in scores:
        ratings.rate(score)
    recorder.note(1, "  Left hip tight ")
    return recorder


def test_ratings_and_notes_are_kept_with_their_session() -> None:
    logbook = Logbook()
    run(logbook)
    recorder = rated_run(logbook, wall=WALL + 1000)
    rated, plain = logbook.sessions()
    assert (plain.ratings, plain.notes) == ((), ())
    assert rated.ratings == (
        LoggedRating("B", 1, "left", 2),
        LoggedRating("B", 1, "right", 5),
    )
    assert rated.notes == (LoggedNote("B", "Left hip tight"),)
    recorder.note(1, "Better")  # written again: replaced
    recorder.note(0, "A felt easy")
    recorder.note(7, "no such exercise")  # nothing to write it on: left out
    assert logbook.sessions(limit=1)[0].notes == (
        LoggedNote("A", "A felt easy"),
        LoggedNote("B", "Better"),
    )
    recorder.note(0, "   ")  # emptied: taken away
    assert logbook.sessions(limit=1)[0].notes == (LoggedNote("B", "Better"),)
    logbook.delete_all()
    db = sqlite3.connect(logbook.path)
    assert db.execute("SELECT COUNT(*) FROM ratings").fetchone()[0] == 0
    assert db.execute("SELECT COUNT(*) FROM notes").fetchone()[0] == 0


def test_a_log_of_version_1_gains_ratings_and_notes_and_keeps_its_sessions(
    tmp_path: Path,
) -> None:
    path = tmp_path / "logbook.sqlite3"
    old = sqlite3.connect(path, isolation_level=None)
    old.executescript(MIGRATIONS[0])
    old.execute("PRAGMA user_version = 1")
    old.execute("INSERT INTO routines VALUES ('h', '{}')")
    old.execute(
        "INSERT INTO sessions (routine, routine_hash, planned_seconds, started, ended, status)"
        " VALUES ('Old routine', 'h', 60, ?, ?, 'finished')",
        (WALL, WALL + 60),
    )
    old.execute(
        "INSERT INTO intervals (session_id, position, kind, outcome, active_seconds, ended)"
        " VALUES (1, 0, 'work', 'done', 60, ?)",
        (WALL + 60,),
    )
    old.close()
    logbook = Logbook(path)
    assert logbook.notice is None
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == 2
    [kept] = logbook.sessions()
    assert (kept.routine, kept.intervals_done, kept.ratings, kept.notes) == (
        "Old routine",
        1,
        (),
        (),
    )
    rated_run(logbook, (4,))
    assert logbook.sessions()[0].ratings == (LoggedRating("B", 1, "left", 4),)
