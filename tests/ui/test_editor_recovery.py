"""The editor's recovery files: two editors of one routine keep their own, and a recovery file
that cannot be written is said, not raised."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from matside.storage import recovery, routine_files
from matside.storage.files import MAX_ROUTINE_BYTES, atomic_write_text
from matside.storage.routine_files import load_routine
from matside.ui.editor import page as editor_module
from matside.ui.main import make_application
from tests.ui.test_editor import TWO_MOVES, Person
from tests.ui.test_library import user_file


@pytest.fixture(autouse=True)
def themed_app(qapp: Any) -> None:
    make_application()


def kept_name(file: Path | None) -> str:
    assert file is not None
    return str(json.loads(file.read_text(encoding="utf-8"))["data"]["name"])


def test_two_editors_of_one_routine_keep_each_others_unsaved_edits(qtbot: QtBot) -> None:
    path = user_file("two.json", TWO_MOVES)
    one, two = Person(qtbot), Person(qtbot, answers=["Discard"])
    one.editor.open_routine(path)
    one.type(one.editor.form.name_edit, "Edited in one")
    one.editor.flush_recovery()
    two.editor.open_routine(path)
    assert two.questions == []  # one's edits are in use, not left over from a crash
    two.type(two.editor.form.name_edit, "Edited in two")
    two.editor.flush_recovery()
    first, second = one.editor.recovery_file, two.editor.recovery_file
    assert first != second
    assert (kept_name(first), kept_name(second)) == ("Edited in one", "Edited in two")

    one.click(one.editor.save_button)
    assert load_routine(path).name == "Edited in one"
    assert second is not None
    assert kept_name(second) == "Edited in two"

    assert two.editor.confirm_leave()  # "Discard": two's own edits go, and only them
    assert second is not None
    assert not second.exists()
    assert recovery.list_recoveries() == []


def test_edits_left_by_a_crashed_editor_are_offered_to_the_next_one(qtbot: QtBot) -> None:
    path = user_file("two.json", TWO_MOVES)
    crashed = Person(qtbot)
    crashed.editor.open_routine(path)
    crashed.type(crashed.editor.form.name_edit, "Before the crash")
    crashed.editor.flush_recovery()
    live = Person(qtbot)
    live.editor.open_routine(path)
    live.type(live.editor.form.name_edit, "Still being edited")
    live.editor.flush_recovery()
    crashed.editor.close_routine()  # the crash: gone without saving or discarding
    [left] = recovery.list_recoveries()
    assert left.data["name"] == "Before the crash"
    third = Person(qtbot, answers=["Restore"])
    third.editor.open_routine(path)
    assert third.editor.form.name_edit.text() == "Before the crash"
    assert kept_name(live.editor.recovery_file) == "Still being edited"


def test_edits_restored_after_a_crash_never_overwrite_a_file_changed_since(
    qtbot: QtBot,
) -> None:
    # The kept edits were measured against the file as it was at restore: a change saved by
    # another window while Matside was down was overwritten without a question.
    path = user_file("two.json", TWO_MOVES)
    crashed = Person(qtbot)
    crashed.editor.open_routine(path)
    crashed.type(crashed.editor.form.name_edit, "Edited before the crash")
    crashed.editor.flush_recovery()
    crashed.editor.close_routine()  # the crash: gone without saving or discarding
    theirs = json.loads(path.read_text(encoding="utf-8"))
    theirs["exercises"][1]["seconds"] = 99  # saved meanwhile by another window
    atomic_write_text(path, json.dumps(theirs))
    [kept] = recovery.list_recoveries()
    assert kept.base is not None
    restorer = Person(qtbot, answers=["Cancel"])
    assert restorer.editor.open_target(kept.routine_path, kept)  # the library's Restore
    restorer.click(restorer.editor.save_button)
    question, options = restorer.questions[-1]
    assert question.startswith("“two.json” was changed by another program since you opened it")
    assert options == ["Replace", "Save as copy", "Cancel"]
    assert load_routine(path).all_exercises()[1].seconds == 99  # theirs, untouched


def test_a_recovery_file_without_a_base_is_measured_against_the_file_as_it_is(
    qtbot: QtBot,
) -> None:
    # Written by an older Matside: no base; the edits restore and save as before.
    path = user_file("two.json", TWO_MOVES)
    file = recovery.recovery_file_for(path)
    recovery.write_recovery(file, path, {**TWO_MOVES, "name": "Kept"})
    [kept] = recovery.list_recoveries()
    assert kept.base is None
    person = Person(qtbot)
    assert person.editor.open_target(path, kept)
    person.click(person.editor.save_button)
    assert person.questions == []
    assert load_routine(path).name == "Kept"


def test_a_recovery_file_larger_than_a_routine_file_is_still_offered() -> None:
    # Kept in ASCII, a routine in Japanese takes twice its size: one near the routine file's
    # limit was kept in a file never offered again, and the edits were lost without a word.
    path = user_file("two.json", TWO_MOVES)
    file = recovery.recovery_file_for(path)
    recovery.write_recovery(file, path, {**TWO_MOVES, "description": "日本語" * 400_000})
    assert file.stat().st_size > MAX_ROUTINE_BYTES
    [kept] = recovery.list_recoveries()
    assert kept.data["description"].startswith("日本語")


def test_a_routine_too_large_to_be_read_again_is_not_saved(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Every field within its limits, a routine can add up to more than a routine file may
    # be: saved, neither the editor nor the library could open it again.
    monkeypatch.setattr(routine_files, "MAX_ROUTINE_BYTES", 1000)
    monkeypatch.setattr(editor_module, "MAX_ROUTINE_BYTES", 1000)
    path = user_file("two.json", TWO_MOVES)
    before = path.read_bytes()
    person = Person(qtbot, answers=["OK"])
    person.editor.open_routine(path)
    person.type(person.editor.form.name_edit, "Longer")
    person.editor.form.description_edit.setPlainText("words " * 200)
    person.click(person.editor.save_button)
    question, options = person.questions[-1]
    assert question.startswith("This routine is too large to save (")
    assert question.endswith(
        "a routine file is at most 0.977 KB): shorten its texts or split it in two."
    )
    assert options == ["OK"]
    assert path.read_bytes() == before
    assert person.editor.is_dirty  # nothing lost: the edits stay in the form


def test_typing_on_and_on_is_kept_every_few_seconds(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Each keystroke put the recovery write off again: a slow typist who never paused for
    # 600 ms had nothing kept, and a crash lost all of it.
    monkeypatch.setattr(editor_module, "RECOVERY_MAX_WAIT_MS", 500)
    path = user_file("two.json", TWO_MOVES)
    person = Person(qtbot)
    person.editor.open_routine(path)
    field = person.editor.form.name_edit
    for letter in "Typed on":
        field.setText(field.text() + letter)  # one key every 150 ms, never a 600 ms pause
        qtbot.wait(150)
    assert person.editor.recovery_file is not None
    assert person.editor.recovery_file.exists()
    assert kept_name(person.editor.recovery_file).startswith(TWO_MOVES["name"] + "Typed")


@pytest.mark.parametrize(
    "error",
    [
        OSError(errno.ENOSPC, os.strerror(errno.ENOSPC)),
        OSError(errno.EROFS, os.strerror(errno.EROFS)),
        PermissionError(errno.EACCES, os.strerror(errno.EACCES)),
    ],
)
def test_a_recovery_file_that_cannot_be_written_is_said_and_the_editor_goes_on(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, error: OSError
) -> None:
    path = user_file("two.json", TWO_MOVES)
    person = Person(qtbot)
    e = person.editor
    e.open_routine(path)

    def refuse(_path: Any, _text: str) -> None:
        raise error

    monkeypatch.setattr("matside.storage.recovery.atomic_write_text", refuse)
    person.type(e.form.name_edit, "Typed on a full disk")
    e.flush_recovery()
    assert e.unprotected_label.isVisible()
    assert e.unprotected_label.text() == editor_module.UNPROTECTED.format(reason=error.strerror)
    assert e.recovery_problem == error.strerror
    assert e._recovery_timer.isActive()  # tried again later
    assert e._recovery_timer.interval() == editor_module.RECOVERY_RETRY_MS

    person.type(e.form.ex_name, "Still editing")  # the editor keeps working
    e.flush_recovery()
    assert e.unprotected_label.isVisible()
    assert e.is_dirty

    monkeypatch.setattr(
        "matside.storage.recovery.atomic_write_text", atomic_write_text
    )  # space again
    e._recovery_timer.timeout.emit()  # the retry comes
    assert not e.unprotected_label.isVisible()
    assert e.recovery_problem is None
    assert kept_name(e.recovery_file) == "Typed on a full disk"

    person.click(e.save_button)
    assert load_routine(path).name == "Typed on a full disk"
