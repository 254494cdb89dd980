"""The training log's read-back shapes and the History page's numbers."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from matside.core.training import (
    CSV_FIELDS,
    LoggedRating,
    LoggedSession,
    SidePoint,
    done_ago,
    minutes_by_day,
    minutes_by_week,
    minutes_text,
    rated_exercises,
    shade,
    side_points,
    streak,
    week_start,
)

MONDAY = dt.date(2026, 11, 30)


def at(day: dt.date, hour: int = 8) -> float:
    return dt.datetime.combine(day, dt.time(hour)).timestamp()


SESSION = LoggedSession(
    id=1,
    routine="R",
    routine_file=None,
    sets=None,
    started=at(MONDAY),
    ended=None,
    planned_seconds=600,
    active_seconds=300,
    paused_seconds=0,
    status="cut off",
    intervals_done=3,
    intervals_skipped=1,
    position=4,
    stopped_at="B, left side",
    resumable=True,
)


def test_a_session_as_csv_uses_yes_no_and_empty_cells() -> None:
    row = dict(zip(CSV_FIELDS, SESSION.csv_row(), strict=True))
    assert row["ended"] == ""
    assert row["resumable"] == "yes"
    assert row["stopped_at"] == "B, left side"
    assert row["intervals_skipped"] == "1"
    finished = replace(SESSION, status="finished", ended=at(MONDAY, 9), resumable=False)
    assert finished.to_json()["stopped_at"] is None
    assert dict(zip(CSV_FIELDS, finished.csv_row(), strict=True))["resumable"] == "no"


@pytest.mark.parametrize(
    ("days", "text"),
    [(0, "done today"), (1, "done yesterday"), (6, "done 6 days ago"), (20, "done 2 weeks ago")],
)
def test_done_ago_counts_calendar_days(days: int, text: str) -> None:
    then = at(MONDAY - dt.timedelta(days=days), 23)
    assert done_ago(then, at(MONDAY, 6)) == text


def test_minutes_add_up_by_the_day_a_session_started() -> None:
    sessions = [
        SESSION,
        replace(SESSION, started=at(MONDAY, 18), active_seconds=120),
        replace(SESSION, started=at(MONDAY - dt.timedelta(days=1)), active_seconds=60),
    ]
    assert minutes_by_day(sessions) == {MONDAY: 7, MONDAY - dt.timedelta(days=1): 1}


def test_the_streak_survives_a_day_not_yet_done_and_breaks_on_a_missed_one() -> None:
    days = {MONDAY - dt.timedelta(days=n): 10.0 for n in (1, 2, 3, 5)}
    assert streak(days, MONDAY) == 3
    assert streak({**days, MONDAY: 5.0}, MONDAY) == 4
    assert streak(days, MONDAY + dt.timedelta(days=1)) == 0
    assert streak({}, MONDAY) == 0


def test_minutes_under_half_a_minute_are_not_shown_as_none() -> None:
    assert [minutes_text(m) for m in (0.0, 0.2, 0.49, 0.5, 1.4, 59.6)] == [
        "0",
        "<1",
        "<1",
        "<1",  # (Python rounds half to even: 0.5 to 0)
        "1",
        "60",
    ]


def test_minutes_by_week_runs_monday_to_sunday_oldest_first() -> None:
    sunday = MONDAY - dt.timedelta(days=1)
    days = {MONDAY: 10.0, sunday: 5.0, sunday - dt.timedelta(days=6): 2.0, dt.date(2020, 1, 1): 9}
    weeks = minutes_by_week(days, MONDAY + dt.timedelta(days=2), 3)
    assert weeks == [
        (MONDAY - dt.timedelta(weeks=2), 0.0),
        (MONDAY - dt.timedelta(weeks=1), 7.0),
        (MONDAY, 10.0),
    ]
    assert week_start(sunday) == MONDAY - dt.timedelta(weeks=1)


def test_shade_shows_any_activity_and_tops_out_at_the_busiest_day() -> None:
    assert shade(0, 30) == 0
    assert shade(5, 0) == 0
    assert shade(1, 100) == pytest.approx(0.2575)
    assert shade(30, 30) == 1
    assert shade(60, 30) == 1


def test_side_points_are_a_mean_per_side_per_session_oldest_first() -> None:
    first = replace(
        SESSION,
        started=at(MONDAY, 7),
        ratings=(
            LoggedRating("Pigeon", 1, "left", 2),
            LoggedRating("Pigeon", 1, "right", 4),
            LoggedRating("Pigeon", 2, "left", 3),
            LoggedRating("Lunge", 1, "left", 5),
        ),
    )
    second = replace(
        SESSION, started=at(MONDAY, 9), ratings=(LoggedRating("Pigeon", 1, "right", 5),)
    )
    unrated = replace(SESSION, started=at(MONDAY, 8))
    sessions = [second, unrated, first]
    assert side_points(sessions, "Pigeon") == [
        SidePoint(first.started, 2.5, 4.0),
        SidePoint(second.started, None, 5.0),
    ]
    assert side_points(sessions, "Lunge") == [SidePoint(first.started, 5.0, None)]
    assert side_points(sessions, "Squat") == []
    assert rated_exercises(sessions) == ["Pigeon", "Lunge"]  # the latest rated first


def test_ratings_and_notes_join_every_key_history_json_had() -> None:
    data = SESSION.to_json()
    assert set(data) >= {
        "routine",
        "started",
        "ended",
        "planned_seconds",
        "active_seconds",
        "status",
        "intervals_done",
        "intervals_skipped",
        "resumable",
    }
    assert (data["ratings"], data["notes"]) == ([], [])
