"""The user's data is never lost: the trash keeps what was deleted its full time, recovery
files of any shape never stop the app, folders that cannot be read are reported, and two
editors of one routine keep their own unsaved edits."""

from __future__ import annotations

import json
import os
import time
from typing import Any

import pytest

from app import library
from tests.conftest import routine
from tests.test_library import user_file

DAY = 24 * 3600


# --------------------------------------------------------------------------------------------
# The trash


def test_the_trash_keeps_a_routine_from_its_delete_not_from_its_last_change() -> None:
    path = user_file("old.json", routine(name="Old"))
    long_ago = time.time() - 40 * DAY
    os.utime(path, (long_ago, long_ago))
    item = library.delete_routine(path)
    library.empty_old_trash()
    assert item.trashed.is_file()
    assert library.restore_routine(item) == path and path.is_file()


def test_the_trash_forgets_routines_deleted_long_ago_and_counts_old_names_by_mtime() -> None:
    folder = library.trash_dir()
    folder.mkdir(parents=True)
    deleted_31_days_ago = folder / f"{time.time_ns() - 31 * DAY * 10**9}-gone.json"
    deleted_yesterday = folder / f"{time.time_ns() - DAY * 10**9}-kept.json"
    old_style = folder / "no-time-in-the-name.json"
    for path in (deleted_31_days_ago, deleted_yesterday, old_style):
        path.write_text("{}", encoding="utf-8")
    long_ago = time.time() - 40 * DAY
    os.utime(old_style, (long_ago, long_ago))
    library.empty_old_trash()
    assert sorted(p.name for p in folder.iterdir()) == [deleted_yesterday.name]


# --------------------------------------------------------------------------------------------
# Recovery files of any shape


@pytest.mark.parametrize(
    "saved_at",
    ["1e308", "-1e308", "NaN", "Infinity", '"yesterday"', "1" + "0" * 400, "true", "[]", "null"],
)
def test_a_recovery_file_with_an_absurd_time_is_read_with_the_files_time(saved_at: str) -> None:
    path = user_file("mine.json", routine())
    file = library.recovery_file_for(path)
    file.parent.mkdir(parents=True)
    file.write_text(
        f'{{"routine": {json.dumps(str(path))}, "name": "Mine", "saved_at": {saved_at},'
        ' "data": {"name": "Mine"}}',
        encoding="utf-8",
    )
    an_hour_ago = time.time() - 3600
    os.utime(file, (an_hour_ago, an_hour_ago))
    [found] = library.list_recoveries()
    assert found.saved_at == pytest.approx(an_hour_ago)
    assert (found.routine_path, found.name, found.data) == (path, "Mine", {"name": "Mine"})
    time.strftime("%a %d %b, %H:%M", time.localtime(found.saved_at))  # shown as the app shows it


@pytest.mark.parametrize(
    "fields",
    [
        {"routine": 5, "name": {"a": 1}, "saved_at": 1.0},
        {"routine": ["x"], "name": "", "saved_at": -5},
        {"routine": "a\u0000b", "name": 7},
    ],
)
def test_recovery_fields_of_the_wrong_type_are_ignored(fields: dict[str, Any]) -> None:
    file = library.recovery_dir() / "odd.json"
    file.parent.mkdir(parents=True)
    file.write_text(json.dumps({**fields, "data": {"name": "Kept"}}), encoding="utf-8")
    [found] = library.list_recoveries()
    assert found.routine_path is None and found.data == {"name": "Kept"}
    assert isinstance(found.name, str) and 0 <= found.saved_at <= time.time()


def test_the_library_starts_with_an_absurd_recovery_file(qtbot: Any, qapp: Any) -> None:
    from app.ui.home import HomePage

    file = library.recovery_dir() / "odd.json"
    file.parent.mkdir(parents=True)
    file.write_text(
        '{"routine": null, "name": "Idea", "saved_at": 1e308, "data": {"name": "Idea"}}',
        encoding="utf-8",
    )
    home = HomePage(ask=lambda _question: True)
    qtbot.addWidget(home)
    assert home.notice.label.text().startswith("Unsaved changes to “Idea” (")
