"""The training log on disk: an SQLite database in the user data folder.

One small transaction per fact (a session began, an interval began or ended, the pause total,
the end), in WAL mode with ``synchronous=FULL``: a commit is on the disk when it returns, a
process killed at any moment leaves the database as it was after its last commit, and a
finished session is never lost. Facts come once per interval, so the UI thread writes a few
times a minute, a millisecond or two each.

The schema has a version (``PRAGMA user_version``); :data:`MIGRATIONS` brings an older database
up to date inside one transaction. A database from a newer Matside is read but not written
(as far as its tables are still as this one knows them: what is missing is left out). A
file that is no database at all, or one SQLite finds damaged (a page that cannot be read,
whether at start-up or later), is set aside (``logbook.sqlite3.broken-TIMESTAMP``, with its
``-wal``) and a new one started; nothing of the user's is deleted silently. Every other SQLite
error becomes a :class:`LogbookError` with words, in one place (:meth:`Logbook._failure`).

A session without an end is "cut off": Matside was closed, crashed or lost power during it.
The newest session, when cut off and not forgotten, can be resumed.

What is read is checked in one place (:func:`_summary` and the readers beside it): a session,
rating or note holding a value no Matside writes (a start in the year 10^300, a name that is
bytes) is left out, and said once (:attr:`Logbook.left_out_notice`); text that is not UTF-8
is read with U+FFFD in place of what cannot be decoded.
"""

from __future__ import annotations

import contextlib
import functools
import itertools
import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

from matside.core.checks import without_lone_surrogates
from matside.core.i18n import QT_TRANSLATE_NOOP, Words
from matside.core.recorder import (
    Fact,
    IntervalBegan,
    IntervalEnded,
    NoteWritten,
    PausedTotal,
    SessionBegan,
    SessionEnded,
    SideRated,
)
from matside.core.routine import RoutineError, parse_routine
from matside.core.session import Outcome, settle
from matside.core.timeline import SetChoiceError, Timeline, compile_timeline
from matside.core.training import LoggedNote, LoggedRating, LoggedSession, Status
from matside.storage import paths

MIGRATIONS: tuple[str, ...] = (
    # 1: sessions, the routines they ran (each text once, by its hash), their intervals
    """
    CREATE TABLE routines (
        hash TEXT PRIMARY KEY,
        json TEXT NOT NULL
    );
    CREATE TABLE sessions (
        id INTEGER PRIMARY KEY,
        routine TEXT NOT NULL,
        routine_file TEXT,
        routine_hash TEXT NOT NULL REFERENCES routines(hash),
        sets INTEGER,
        planned_seconds REAL NOT NULL,
        started REAL NOT NULL,
        ended REAL,
        status TEXT CHECK (status IN ('finished', 'stopped', 'cut off')),
        paused_seconds REAL NOT NULL DEFAULT 0,
        position INTEGER,
        position_text TEXT,
        resumed_from INTEGER REFERENCES sessions(id) ON DELETE SET NULL,
        forgotten INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX sessions_started ON sessions(started);
    CREATE TABLE intervals (
        id INTEGER PRIMARY KEY,
        session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        kind TEXT NOT NULL,
        exercise TEXT,
        set_number INTEGER,
        side TEXT,
        outcome TEXT NOT NULL CHECK (outcome IN ('done', 'skipped', 'stopped', 'back')),
        active_seconds REAL NOT NULL,
        ended REAL NOT NULL
    );
    CREATE INDEX intervals_session ON intervals(session_id);
    """,
    # 2: how each side felt, and a note per exercise
    """
    CREATE TABLE ratings (
        session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        exercise TEXT NOT NULL,
        set_number INTEGER,
        side TEXT NOT NULL CHECK (side IN ('left', 'right')),
        score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
        at REAL NOT NULL,
        PRIMARY KEY (session_id, position)
    );
    CREATE INDEX ratings_exercise ON ratings(exercise);
    CREATE TABLE notes (
        session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        exercise_index INTEGER NOT NULL,
        exercise TEXT NOT NULL,
        text TEXT NOT NULL,
        at REAL NOT NULL,
        PRIMARY KEY (session_id, exercise_index)
    );
    """,
)
"""Migration ``n`` (from 0) brings a database at schema version ``n`` to ``n + 1``."""

SCHEMA_VERSION = len(MIGRATIONS)

BUSY_TIMEOUT_MS = 2000
"""How long a write waits for another Matside writing the same log."""


class LogbookError(Exception):
    """The log cannot be opened or written; ``words`` say why, in a user's words (the
    exception's text is their English)."""

    def __init__(self, words: Words) -> None:
        super().__init__(words.english())
        self.words = words


CONTEXT = "Logbook"
"""The translation context of the log's words."""
CANNOT_OPEN = QT_TRANSLATE_NOOP("Logbook", "The training log cannot be opened: {reason}")
CANNOT_WRITE = QT_TRANSLATE_NOOP("Logbook", "The training log cannot be written: {reason}")
CANNOT_READ = QT_TRANSLATE_NOOP("Logbook", "The training log cannot be read: {reason}")
NEWER = QT_TRANSLATE_NOOP("Logbook", "the training log belongs to a newer Matside")
KEPT_ASIDE = QT_TRANSLATE_NOOP(
    "Logbook",
    "The training log could not be read ({reason}); it was kept as {name} and a new one started.",
)
KEPT_NOT_STARTED = QT_TRANSLATE_NOOP(
    "Logbook",
    "The training log was damaged and is kept as {name}; a new one cannot be started: {reason}",
)
LEFT_OUT = QT_TRANSLATE_NOOP(
    "Logbook", "Some entries of the training log could not be read and are not shown."
)

DAMAGED = frozenset({sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB})
"""The SQLite result codes that say the file itself is damaged (or is no database)."""


def _damaged(error: sqlite3.Error) -> bool:
    code = getattr(error, "sqlite_errorcode", None)  # an extended code: its low byte is the kind
    return code is not None and (code & 0xFF) in DAMAGED


def _cannot_open(reason: object) -> LogbookError:
    return LogbookError(Words.of(CONTEXT, CANNOT_OPEN, reason=str(reason)))


def _newer() -> LogbookError:
    return LogbookError(Words.of(CONTEXT, NEWER))


_SUMMARY = """
    SELECT s.id, s.routine, s.routine_file, s.sets, s.started, s.ended, s.planned_seconds,
           s.paused_seconds, s.status, s.position, s.position_text, s.forgotten,
           COALESCE(SUM(i.active_seconds), 0)
    FROM sessions s LEFT JOIN intervals i ON i.session_id = s.id
"""


class Logbook:
    """The training log: open it, write sessions into it, read them back.

    Args:
        path: the database file (the user's log when None).

    Raises:
        LogbookError: it cannot be opened.
    """

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or paths.logbook_path()
        self.said: Words | None = None
        """What to tell the user about the log (kept aside, written by a newer Matside)."""
        self.kept: Path | None = None
        """Where a damaged log was set aside (None: it was not)."""
        self.read_only = False
        self.broken = False
        """True once a damaged log was set aside and no new one could be started: nothing
        can be read or written (each call says so)."""
        self.left_out = 0
        """How many entries (sessions, ratings, notes) the last :meth:`sessions` left out."""
        self._file: tuple[int, int] | None = None
        try:
            self._db = self._open()
        except sqlite3.Error as error:
            if not (self.path.exists() and _damaged(error)):
                raise _cannot_open(error) from error
            self._start_afresh(error)
        except OSError as error:
            raise _cannot_open(error.strerror or error) from error

    @property
    def notice(self) -> str | None:
        """What to tell the user about the log, in English (the command line's words)."""
        return self.said.english() if self.said is not None else None

    @property
    def left_out_notice(self) -> Words | None:
        """What to tell the user when the last :meth:`sessions` left something out."""
        return Words.of(CONTEXT, LEFT_OUT) if self.left_out else None

    def _open(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(self.path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
        db.text_factory = _LENIENT_TEXT
        try:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=FULL")
            db.execute("PRAGMA foreign_keys=ON")
            self._migrate(db)
            self._file = _identity(self.path)
        except BaseException:
            db.close()
            raise
        return db

    def _failure(self, words: str, error: sqlite3.Error) -> LogbookError:
        """The one place an SQLite error becomes a :class:`LogbookError`: in ``words``
        (:data:`CANNOT_READ`, :data:`CANNOT_WRITE`) with SQLite's reason; a damaged log is
        first set aside and a new one started, and the error says that instead."""
        if self.broken and self.said is not None:  # the connection is closed: say why
            return LogbookError(self.said)
        if _damaged(error):
            self._db.close()  # its last commits go into the file that is kept; no handle stays
            if self._start_afresh(error) and self.said is not None:
                return LogbookError(self.said)
        return LogbookError(Words.of(CONTEXT, words, reason=str(error)))

    @contextlib.contextmanager
    def _errors(self, words: str) -> Iterator[None]:
        """Turn the SQLite errors of the block into :class:`LogbookError` (see
        :meth:`_failure`)."""
        try:
            yield
        except sqlite3.Error as error:
            raise self._failure(words, error) from error

    def _start_afresh(self, error: sqlite3.Error) -> bool:
        """Set the damaged log aside under a name no file has yet (with its ``-wal`` and
        ``-shm``) and open a new one in its place; ``said`` and ``kept`` say so. A log that
        another Matside set aside already is not moved again (the file in its place is not the
        one found damaged): the log there is opened. Returns whether this one moved it.

        Raises:
            LogbookError: the log cannot be set aside, or the new one cannot be opened.
        """
        moved: Path | None = None  # where this call set the damaged log aside, if it did
        try:
            if self._file is None or self._file == _identity(self.path):
                aside = _aside_name(self.path)
                # Its -wal first: killed between the moves, a -wal left beside a new, empty
                # log would be played into it; a damaged log left without its -wal is only
                # found damaged again (its last commits are in the -wal kept).
                for suffix in ("-wal", "-shm"):
                    extra = self.path.with_name(self.path.name + suffix)
                    if extra.exists():
                        os.replace(extra, aside.with_name(aside.name + suffix))
                os.replace(self.path, aside)
                self.kept = moved = aside
            self.read_only = False
            self._db = self._open()
        except (OSError, sqlite3.Error) as again:
            self.broken = True  # its connection is closed, and no new one could be made
            reason = (again.strerror or str(again)) if isinstance(again, OSError) else str(again)
            if moved is not None:
                words = Words.of(CONTEXT, KEPT_NOT_STARTED, name=moved.name, reason=reason)
                self.said = words
                raise LogbookError(words) from error
            raise _cannot_open(reason) from error
        if moved is not None:  # (only now: a new one was started)
            self.said = Words.of(CONTEXT, KEPT_ASIDE, reason=str(error), name=moved.name)
        return moved is not None

    def _migrate(self, db: sqlite3.Connection) -> None:
        if db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION:
            return  # up to date: no write lock, no disk flush on the way to the first frame
        with _transaction(db):
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                self.read_only = True
                self.said = Words.of(
                    CONTEXT,
                    QT_TRANSLATE_NOOP(
                        "Logbook",
                        "The training log was written by a newer Matside: it is shown but"
                        " nothing new is added to it.",
                    ),
                )
                return
            for step in range(version, SCHEMA_VERSION):
                for statement in MIGRATIONS[step].split(";"):
                    if statement.strip():
                        db.execute(statement)
            db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    def close(self) -> None:
        self._db.close()

    # ---- writing

    def _write(self, sql: str, parameters: tuple[Any, ...] = ()) -> int:
        if self.read_only:
            raise _newer()
        with self._errors(CANNOT_WRITE), _transaction(self._db):
            return self._db.execute(sql, parameters).lastrowid or 0

    def begin(self, fact: SessionBegan) -> int:
        """Add a session; returns its id."""
        if self.read_only:
            raise _newer()
        with self._errors(CANNOT_WRITE), _transaction(self._db):
            self._db.execute(
                "INSERT OR IGNORE INTO routines (hash, json) VALUES (?, ?)",
                (fact.routine_hash, fact.routine_json),
            )
            cursor = self._db.execute(
                "INSERT INTO sessions (routine, routine_file, routine_hash, sets,"
                " planned_seconds, started, resumed_from) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    fact.routine,
                    None if fact.routine_file is None else path_key(fact.routine_file),
                    fact.routine_hash,
                    fact.sets,
                    fact.planned_seconds,
                    fact.started,
                    fact.resumed_from,
                ),
            )
            return cursor.lastrowid or 0

    def record(self, session_id: int, fact: Fact) -> None:
        """Write one fact about session ``session_id`` (not :class:`SessionBegan`: see
        :meth:`begin`)."""
        if isinstance(fact, SideRated | NoteWritten):
            self._record_feeling(session_id, fact)
        elif isinstance(fact, IntervalBegan):
            self._write(
                "UPDATE sessions SET position = ?, position_text = ? WHERE id = ?",
                (fact.position, fact.where, session_id),
            )
        elif isinstance(fact, IntervalEnded):
            self._write(
                "INSERT INTO intervals (session_id, position, kind, exercise, set_number, side,"
                " outcome, active_seconds, ended) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    session_id,
                    fact.position,
                    fact.kind,
                    fact.exercise,
                    fact.set,
                    fact.side,
                    fact.outcome,
                    fact.active_seconds,
                    fact.at,
                ),
            )
        elif isinstance(fact, PausedTotal):
            self._write(
                "UPDATE sessions SET paused_seconds = ? WHERE id = ?", (fact.seconds, session_id)
            )
        elif isinstance(fact, SessionEnded):
            status = "stopped" if fact.stopped else "finished"
            self._write(
                "UPDATE sessions SET ended = ?, status = ? WHERE id = ?",
                (fact.at, status, session_id),
            )

    def _record_feeling(self, session_id: int, fact: SideRated | NoteWritten) -> None:
        """A side's rating (a new one replaces the last) or an exercise's note (an empty one
        takes it away)."""
        if isinstance(fact, SideRated):
            self._write(
                "INSERT OR REPLACE INTO ratings (session_id, position, exercise, set_number,"
                " side, score, at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    session_id,
                    fact.position,
                    fact.exercise,
                    fact.set,
                    fact.side,
                    fact.score,
                    fact.at,
                ),
            )
        elif fact.text:
            self._write(
                "INSERT OR REPLACE INTO notes (session_id, exercise_index, exercise, text, at)"
                " VALUES (?, ?, ?, ?, ?)",
                (session_id, fact.exercise_index, fact.exercise, fact.text, fact.at),
            )
        else:
            self._write(
                "DELETE FROM notes WHERE session_id = ? AND exercise_index = ?",
                (session_id, fact.exercise_index),
            )

    def close_open_sessions(self) -> int:
        """Mark every session without an end as cut off (at start-up: none is running).

        Raises:
            LogbookError: the log cannot be read, or was found damaged (and set aside).
        """
        if self.read_only:
            return 0
        if not self._read("SELECT 1 FROM sessions WHERE status IS NULL LIMIT 1"):
            return 0  # nothing to write: none was left open
        try:
            with _transaction(self._db):
                cursor = self._db.execute(
                    "UPDATE sessions SET status = 'cut off' WHERE status IS NULL"
                )
                return cursor.rowcount
        except sqlite3.Error as error:
            if _damaged(error):
                raise self._failure(CANNOT_WRITE, error) from error
            return 0  # another Matside holds the log: its sessions may be running

    def forget(self, session_id: int) -> None:
        """Stop offering to resume a cut-off session (it stays in the history)."""
        self._write("UPDATE sessions SET forgotten = 1 WHERE id = ?", (session_id,))

    def delete_all(self) -> int:
        """Delete the whole history; returns how many sessions there were. The freed pages
        are wiped from the file and the write-ahead log, not just unlinked."""
        if self.read_only:
            raise _newer()
        with self._errors(CANNOT_WRITE):
            with _transaction(self._db):
                count = self._db.execute("SELECT COUNT(*) FROM sessions").fetchone()[0]
                self._db.execute("DELETE FROM sessions")
                self._db.execute("DELETE FROM routines")
            self._db.execute("VACUUM")
            self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return int(count)

    # ---- reading
    #
    # Each read raises LogbookError when the log cannot be read (see _failure).

    def _read(self, sql: str, parameters: tuple[Any, ...] = (), *, part: bool = False) -> list[Any]:
        """The rows of one query: every read of the log goes through here. A ``part`` (what
        the sessions can be shown without: their ratings, notes, interval counts, the
        library's last done) is left out of a log from a newer Matside when its tables are
        not as this one knows them."""
        with self._errors(CANNOT_READ):
            try:
                return self._db.execute(sql, parameters).fetchall()
            except sqlite3.OperationalError as error:
                if part and self.read_only and str(error).startswith(_NOT_AS_KNOWN):
                    return []
                raise

    def session_count(self) -> int:
        """How many sessions the log holds, those that cannot be read included (what
        :meth:`delete_all` deletes)."""
        return int(self._read("SELECT COUNT(*) FROM sessions")[0][0])

    def sessions(self, limit: int | None = None) -> list[LoggedSession]:
        """Every session, newest first; what cannot be read is left out and counted in
        :attr:`left_out`."""
        self.left_out = 0
        sql = _SUMMARY + " GROUP BY s.id ORDER BY s.started DESC, s.id DESC"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        rows = self._read(sql)
        newest = self._read("SELECT MAX(id) FROM sessions")[0][0]
        ids = [row[0] for row in rows] if limit is not None else None
        counts = self._interval_counts(ids)
        ratings = self._ratings(ids)
        notes = self._notes(ids)
        found = []
        for row in rows:
            try:
                found.append(
                    _summary(
                        row,
                        newest,
                        counts.get(row[0], (0, 0)),
                        tuple(ratings.get(row[0], ())),
                        tuple(notes.get(row[0], ())),
                    )
                )
            except _Unreadable:
                self.left_out += 1
        return found

    def _ratings(self, ids: list[int] | None) -> dict[int, list[LoggedRating]]:
        sql = "SELECT session_id, exercise, set_number, side, score FROM ratings" + _among(ids)
        found: dict[int, list[LoggedRating]] = {}
        for session_id, exercise, set_number, side, score in self._read(
            sql + " ORDER BY session_id, position", part=True
        ):
            try:
                rating = LoggedRating(
                    _text(exercise), _maybe(_whole, set_number), _text(side), _score(score)
                )
            except _Unreadable:
                self.left_out += 1
                continue
            found.setdefault(session_id, []).append(rating)
        return found

    def _notes(self, ids: list[int] | None) -> dict[int, list[LoggedNote]]:
        sql = "SELECT session_id, exercise, text FROM notes" + _among(ids)
        found: dict[int, list[LoggedNote]] = {}
        for session_id, exercise, text in self._read(
            sql + " ORDER BY session_id, exercise_index", part=True
        ):
            try:
                note = LoggedNote(_text(exercise), _text(text))
            except _Unreadable:
                self.left_out += 1
                continue
            found.setdefault(session_id, []).append(note)
        return found

    def _interval_counts(self, ids: list[int] | None) -> dict[int, tuple[int, int]]:
        """How many intervals each session did and skipped, counted as the session's own
        summary counts them (:func:`matside.core.session.settle`: an interval done again
        after Back is done once, one skipped and then done is not skipped); ``ids`` None:
        every session."""
        sql = "SELECT session_id, position, kind, outcome FROM intervals" + _among(ids)
        runs: dict[int, list[tuple[tuple[int, str], Outcome]]] = {}
        for session_id, position, kind, outcome in self._read(sql, part=True):
            runs.setdefault(session_id, []).append(((position, kind), outcome))
        counts = {}
        for session_id, outcomes in runs.items():
            done, skipped = settle(outcomes)
            counts[session_id] = (len(done), len(skipped))
        return counts

    def resumable(self) -> LoggedSession | None:
        """The session to offer to pick up: the newest one, when it was cut off part-way and
        has not been forgotten."""
        found = self.sessions(limit=1)
        return found[0] if found and found[0].resumable else None

    def timeline_of(self, session: LoggedSession) -> Timeline | None:
        """The timeline the session ran, rebuilt from its copy of the routine; None when the
        copy can no longer be read (a routine format that changed since)."""
        rows = self._read(
            "SELECT r.json FROM sessions s JOIN routines r ON r.hash = s.routine_hash"
            " WHERE s.id = ?",
            (session.id,),
        )
        if not rows:
            return None
        try:
            return compile_timeline(parse_routine(rows[0][0]), session.sets)
        except (RoutineError, SetChoiceError):
            return None

    def last_done(self) -> dict[str, float]:
        """When each routine (by file, or by name when it has none) was last done: the start
        of its newest session that ran at least one interval to its end (a session whose
        start or name cannot be read is passed over)."""
        rows = self._read(
            "SELECT COALESCE(s.routine_file, s.routine), MAX(s.started) FROM sessions s"
            " WHERE typeof(s.started) IN ('integer', 'real') AND s.started BETWEEN ? AND ?"
            " AND EXISTS (SELECT 1 FROM intervals i WHERE i.session_id = s.id"
            " AND i.outcome = 'done' AND i.kind = 'work')"
            " GROUP BY COALESCE(s.routine_file, s.routine)",
            (EARLIEST, LATEST),
            part=True,
        )
        done: dict[str, float] = {}
        for key, started in rows:
            with contextlib.suppress(_Unreadable):
                done[_text(key)] = _instant(started)
        return done


_NOT_AS_KNOWN = ("no such table", "no such column")
"""How SQLite says a newer log's tables are not as this Matside knows them."""


def path_key(path: str) -> str:
    """A routine file's path as the log keeps it, and as its sessions are found by: a name
    whose bytes are not UTF-8 has U+FFFD in their place."""
    return without_lone_surrogates(path)


def _identity(path: Path) -> tuple[int, int] | None:
    """Which file is at ``path`` (device and inode); None when there is none."""
    try:
        found = os.stat(path)
    except OSError:
        return None
    return found.st_dev, found.st_ino


def _aside_name(path: Path) -> Path:
    """``logbook.sqlite3.broken-TIMESTAMP``, or with ``-2``, ``-3``… when a log was set aside
    in the same second: a name that no kept log (nor its ``-wal``) has yet."""
    stem = f"{path.name}.broken-{time.strftime('%Y%m%d-%H%M%S')}"
    for number in itertools.count(1):
        aside = path.with_name(stem if number == 1 else f"{stem}-{number}")
        if not any(
            os.path.lexists(aside.with_name(aside.name + suffix)) for suffix in ("", "-wal", "-shm")
        ):
            return aside
    raise AssertionError("unreachable")


def _among(ids: list[int] | None) -> str:
    """The ``WHERE`` clause that keeps to the sessions ``ids`` (None: every session)."""
    if ids is None:
        return ""
    return f" WHERE session_id IN ({', '.join(str(int(i)) for i in ids)})"


# ---- what is read, checked: every value as Matside writes it, or the entry is left out

EARLIEST = 0.0
LATEST = 32503680000.0
"""The instants a logged time may be (1970 to the year 3000): what Python's, Qt's and the C
libraries' calendars all show; a session logged outside them was logged by no Matside."""
LONGEST = 100 * 366 * 86400.0
"""The longest a logged duration may be (a hundred years)."""

_LENIENT_TEXT = functools.partial(str, encoding="utf-8", errors="replace")
"""How text is read: what is not UTF-8 becomes U+FFFD, not an error that hides the whole log."""

_STATUSES: dict[object, Status] = {
    None: "cut off",
    "cut off": "cut off",
    "finished": "finished",
    "stopped": "stopped",
}
"""Each status as logged, and as read (none: the session has no end)."""

T = TypeVar("T")


class _Unreadable(ValueError):
    """A value in the log is none that Matside writes there: its entry is left out."""


def _instant(value: object) -> float:
    if isinstance(value, int | float) and EARLIEST <= value <= LATEST:
        return float(value)
    raise _Unreadable


def _seconds(value: object) -> float:
    if isinstance(value, int | float) and 0 <= value <= LONGEST:
        return float(value)
    raise _Unreadable


def _whole(value: object) -> int:
    if isinstance(value, int):
        return value
    raise _Unreadable


def _score(value: object) -> int:
    if isinstance(value, int) and 1 <= value <= 5:
        return value
    raise _Unreadable


def _text(value: object) -> str:
    if isinstance(value, str):
        return value
    raise _Unreadable


def _maybe(read: Callable[[object], T], value: object) -> T | None:
    return None if value is None else read(value)


def _summary(
    row: tuple[Any, ...],
    newest: int | None,
    counts: tuple[int, int],
    ratings: tuple[LoggedRating, ...] = (),
    notes: tuple[LoggedNote, ...] = (),
) -> LoggedSession:
    """One row of :data:`_SUMMARY` as a session.

    Raises:
        _Unreadable: a value in it is none that Matside writes.
    """
    (
        id_,
        routine,
        routine_file,
        sets,
        started,
        ended,
        planned,
        paused,
        status,
        position,
        position_text,
        forgotten,
        active,
    ) = row
    done, skipped = counts
    real_status = _STATUSES.get(status)
    if real_status is None:
        raise _Unreadable
    return LoggedSession(
        id=_whole(id_),
        routine=_text(routine),
        routine_file=_maybe(_text, routine_file),
        sets=_maybe(_whole, sets),
        started=_instant(started),
        ended=_maybe(_instant, ended),
        planned_seconds=_seconds(planned),
        active_seconds=_seconds(active),
        paused_seconds=_seconds(paused),
        status=real_status,
        intervals_done=done,
        intervals_skipped=skipped,
        position=_maybe(_whole, position),
        stopped_at=_maybe(_text, position_text),
        resumable=(
            real_status == "cut off" and not forgotten and position is not None and id_ == newest
        ),
        ratings=ratings,
        notes=notes,
    )


@contextlib.contextmanager
def _transaction(db: sqlite3.Connection) -> Iterator[None]:
    """One write transaction: all of it is committed, or none of it."""
    db.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        with contextlib.suppress(sqlite3.Error):  # (a damaged log): the first error is the one
            db.rollback()
        raise
    db.execute("COMMIT")


class SessionLog:
    """A recorder's sink that writes one session into a :class:`Logbook`.

    It never raises: the first failure is kept in ``problem`` (for one notice) and the rest of
    the session is not logged, so a full disk or a broken log never stops a session.
    """

    def __init__(self, logbook: Logbook) -> None:
        self.logbook = logbook
        self.session_id: int | None = None
        self.problem: str | None = None
        """The first failure, in English (the log's words)."""
        self.problem_words: Words | None = None
        """The same, to be said in the user's language."""

    def record(self, fact: Fact) -> None:
        if self.problem is not None:
            return
        try:
            if isinstance(fact, SessionBegan):
                self.session_id = self.logbook.begin(fact)
            elif self.session_id is not None:
                self.logbook.record(self.session_id, fact)
        except LogbookError as error:
            self.problem = str(error)
            self.problem_words = error.words
