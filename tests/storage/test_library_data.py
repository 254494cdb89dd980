"""The user's data is never lost: the trash keeps what was deleted its full time, recovery
files of any shape never stop the app, folders that cannot be read are reported, and two
editors of one routine keep their own unsaved edits."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

import pytest

from matside.storage import library, paths, recovery
from tests.conftest import routine
from tests.ui.test_library import user_file

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
    assert library.restore_routine(item) == path
    assert path.is_file()


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
# Recovery files of any shape: the library page starts


def test_the_library_starts_with_an_absurd_recovery_file(qtbot: Any, qapp: Any) -> None:
    from matside.ui.library.page import HomePage

    file = recovery.recovery_dir() / "odd.json"
    file.parent.mkdir(parents=True)
    file.write_text(
        '{"routine": null, "name": "Idea", "saved_at": 1e308, "data": {"name": "Idea"}}',
        encoding="utf-8",
    )
    home = HomePage(ask=lambda _question, _verb: True)
    qtbot.addWidget(home)
    assert home.notice.label.text().startswith("Unsaved changes to “Idea” (")


# --------------------------------------------------------------------------------------------
# Folders that cannot be read


def _refuse_scandir(monkeypatch: pytest.MonkeyPatch, *folders: Path) -> None:
    real = os.scandir

    def scandir(path: Any = ".") -> Any:
        if Path(path) in folders:
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)


def test_unreadable_folders_are_reported_and_the_library_goes_on(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    user_file(".a.json.x1.tmp", "{")
    library.trash_dir().mkdir(parents=True)
    recovery.recovery_dir().mkdir(parents=True)
    folders = (paths.user_routines_dir(), library.trash_dir(), recovery.recovery_dir())
    _refuse_scandir(monkeypatch, *folders)
    problems: list[str] = []
    assert library.clean_temp_files(problems=problems) == []
    library.empty_old_trash(problems=problems)
    entries = library.scan_routines(problems)
    assert entries
    assert all(e.bundled for e in entries)
    assert recovery.list_recoveries(problems) == []
    assert problems == [
        f"{folders[0]} cannot be read: Permission denied",
        f"{folders[1]} cannot be read: Permission denied",
        f"{folders[0]} cannot be read: Permission denied",
        f"{folders[2]} cannot be read: Permission denied",
    ]


def test_a_file_where_the_data_folder_should_be_is_reported_at_start(qtbot: Any, qapp: Any) -> None:
    from matside.ui.library.page import HomePage

    paths.user_data_dir().parent.mkdir(parents=True, exist_ok=True)
    paths.user_data_dir().write_text("not a folder", encoding="utf-8")
    home = HomePage(ask=lambda _question, _verb: True)
    qtbot.addWidget(home)
    assert "Hip Opening" in home.shown_titles()
    assert home.notice.label.text() == (
        "Some of your Matside folders cannot be read; Matside goes on without them:"
    )
    assert home.notice.details.text().splitlines() == [
        f"{paths.user_routines_dir()} cannot be read: a file stands where the folder should be",
        f"{library.trash_dir()} cannot be read: a file stands where the folder should be",
        f"{recovery.recovery_dir()} cannot be read: a file stands where the folder should be",
    ]


def test_the_library_page_starts_with_an_unreadable_routines_folder(
    qtbot: Any, qapp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from matside.ui.library.page import HomePage

    path = user_file("mine.json", routine(name="Mine"))
    recovery.write_recovery(recovery.recovery_file_for(path), path, routine(name="Mine, edited"))
    _refuse_scandir(monkeypatch, paths.user_routines_dir())
    home = HomePage(ask=lambda _question, _verb: True)
    qtbot.addWidget(home)
    assert "Mine" not in home.shown_titles()
    assert "Hip Opening" in home.shown_titles()
    assert home.notice.details.text() == (
        f"{paths.user_routines_dir()} cannot be read: Permission denied"
    )
    home.notice.buttons["OK"].click()  # then the edits left behind are offered
    assert home.notice.label.text().startswith("Unsaved changes to “Mine, edited” (")
