"""The library: listing, importing, exporting, deleting with undo, repairing; and its page."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QTextCursor
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from matside.backends.audio import RecordingPlayer
from matside.backends.awake import RecordingScreenAwake
from matside.core.clock import FakeClock
from matside.core.routine import MAX_NAME
from matside.core.session import State
from matside.core.timeline import SegmentKind
from matside.storage import library, paths
from matside.storage import recovery as recovery_files
from matside.storage.library import FileStamp
from matside.storage.routine_choices import remembered_sets
from matside.storage.routine_files import image_problems, load_routine
from matside.ui.library import page as library_page
from matside.ui.library.page import HomePage
from matside.ui.main import MainWindow, make_application
from tests.conftest import exercise, routine


@pytest.fixture(autouse=True)
def themed_app(qapp: Any) -> None:
    make_application()


def make_png(path: Path, colour: str = "#FFB020") -> Path:
    """A small picture, as a user might pick one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    assert image.save(str(path))
    return path


def user_file(name: str, data: dict[str, Any] | str) -> Path:
    folder = paths.user_routines_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def page(qtbot: QtBot, answer: bool = True) -> tuple[HomePage, list[tuple[str, str]]]:
    questions: list[tuple[str, str]] = []

    def ask(question: str, verb: str) -> bool:
        questions.append((question, verb))
        return answer

    home = HomePage(ask=ask)
    qtbot.addWidget(home)
    home.resize(1280, 800)
    home.show()
    return home, questions


# --------------------------------------------------------------------------------------------
# On disk


def test_listing_shows_broken_files_with_their_problems_and_ignores_temp_files() -> None:
    user_file("good.json", routine(name="Good one"))
    user_file("bad.json", routine(exercise(reps="eight")))
    user_file("syntax.json", '{"format": 1,\n "name": }')
    user_file(".good.json.k2j3h4.tmp", '{"format": 1, "na')  # a save killed half way
    user_file(".hidden.json", routine(name="Hidden"))
    entries = [e for e in library.scan_routines() if not e.bundled]
    assert [e.path.name for e in entries] == ["bad.json", "good.json", "syntax.json"]
    bad, good, syntax = entries
    assert good.routine is not None
    assert good.title == "Good one"
    assert not good.broken
    assert bad.broken
    assert bad.issues[0].place == "exercises[0].reps"
    assert bad.problems[0].endswith(
        'bad.json: exercises[0].reps: must be a whole number of at least 1, got "eight"'
    )
    assert syntax.issues[0].place == "line 2, column 10"
    assert bad.facts.startswith("Cannot be opened: exercises[0].reps: must be a whole number")
    assert good.facts == "1 min  ·  1 exercise"


def test_old_temp_files_are_cleaned_up_and_fresh_ones_kept() -> None:
    old = user_file(".a.json.x1.tmp", "{")
    fresh = user_file(".b.json.x2.tmp", "{")
    keep = user_file("a.json", routine())
    past = time.time() - 3600
    os.utime(old, (past, past))
    assert library.clean_temp_files() == [old]
    assert fresh.exists()
    assert keep.exists()
    assert not old.exists()


def test_a_routine_with_the_longest_name_imports_twice(tmp_path: Path) -> None:
    source = tmp_path / "long.json"
    source.write_text(json.dumps(routine(exercise(), name="A" * MAX_NAME)), encoding="utf-8")
    result = library.import_routines([source, source])
    assert result.problem_lines() == []
    names = [load_routine(p).name for p in result.imported]
    assert names == ["A" * MAX_NAME, "A" * (MAX_NAME - 4) + " (2)"]


def test_names_and_file_names_that_are_taken_get_numbers() -> None:
    assert library.unique_name("Hip Opening", ["hip opening"]) == "Hip Opening (2)"
    assert library.unique_name("Hip Opening (2)", ["Hip Opening (2)"]) == "Hip Opening (3)"
    assert library.unique_name("New", ["Old"]) == "New"
    longest = "A" * MAX_NAME  # its number would make it too long: the name gives way
    assert library.unique_name(longest, [longest]) == "A" * (MAX_NAME - 4) + " (2)"
    assert library.unique_name(longest, [longest, "A" * (MAX_NAME - 4) + " (2)"]) == (
        "A" * (MAX_NAME - 4) + " (3)"
    )
    assert library.slug("Hüft-Öffnung: 10 min!") == "huft-offnung-10-min"
    assert library.slug("!!!") == "routine"
    folder = paths.user_routines_dir()
    user_file("hips.json", routine())
    user_file("HIPS-2.json", routine())
    assert library.unique_path(folder, "hips") == folder / "hips-3.json"


def test_import_checks_each_file_renames_clashes_and_copies_pictures(tmp_path: Path) -> None:
    outside = tmp_path / "downloads"
    picture = make_png(outside / "pics" / "lunge.png")
    good = outside / "hip-opening.json"
    good.write_text(
        json.dumps(routine(exercise(images=["pics/lunge.png"]), name="Hip Opening")),
        encoding="utf-8",
    )
    bad = outside / "bad.json"
    bad.write_text(json.dumps(routine(exercise(reps="eight", sides="both"))), encoding="utf-8")
    broken = outside / "broken.json"
    broken.write_text("{not json", encoding="utf-8")

    result = library.import_routines([good, bad, broken, good])

    folder = paths.user_routines_dir()
    assert [p.name for p in result.imported] == ["hip-opening.json", "hip-opening-2.json"]
    first, second = (load_routine(p) for p in result.imported)
    # "Hip Opening" is a bundled routine's name already
    assert (first.name, second.name) == ("Hip Opening (2)", "Hip Opening (3)")
    assert first.all_exercises()[0].images == ["images/lunge.png"]
    assert (folder / "images" / "lunge.png").read_bytes() == picture.read_bytes()
    assert image_problems(first, result.imported[0]) == []
    assert len(list((folder / "images").iterdir())) == 1  # the same picture is kept once
    assert result.problem_lines() == [
        f'{bad}: exercises[0].reps: must be a whole number of at least 1, got "eight"',
        f'{bad}: exercises[0].sides: must be "one" or "each" (left then right), got "both"',
        f"{broken}: line 1, column 2: not valid JSON: Expecting property name enclosed in "
        "double quotes",
    ]


def test_export_writes_a_copy_that_carries_its_pictures(tmp_path: Path) -> None:
    make_png(paths.user_routines_dir() / "images" / "pose.png")
    source = user_file(
        "mine.json",
        routine(exercise(images=["images/pose.png", "resource:images/clamshell-1.svg"])),
    )
    target = tmp_path / "usb" / "mine-for-a-friend.json"
    library.export_routine(source, target)
    exported = load_routine(target)
    assert exported.all_exercises()[0].images == [
        "images/pose.png",
        "resource:images/clamshell-1.svg",
    ]
    assert (target.parent / "images" / "pose.png").is_file()
    assert image_problems(exported, target) == []


def test_delete_goes_to_the_trash_and_can_be_undone() -> None:
    path = user_file("mine.json", routine(name="Mine"))
    item = library.delete_routine(path)
    assert not path.exists()
    assert item.trashed.is_file()
    assert item.trashed.parent == paths.user_data_dir() / "trash"
    user_file("mine.json", routine(name="Another, made since"))
    restored = library.restore_routine(item)
    assert restored == path.with_name("mine-2.json")
    assert load_routine(restored).name == "Mine"
    assert load_routine(path).name == "Another, made since"


def test_a_change_on_disk_is_noticed_but_a_touch_is_not() -> None:
    path = user_file("mine.json", routine())
    stamp = FileStamp.of(path)
    assert not library.changed_since(path, stamp)
    later = time.time() + 5
    os.utime(path, (later, later))
    assert not library.changed_since(path, stamp)  # same bytes
    path.write_text(json.dumps(routine(name="Changed")), encoding="utf-8")
    assert library.changed_since(path, stamp)
    path.unlink()
    assert library.changed_since(path, stamp)


# --------------------------------------------------------------------------------------------
# The page


def test_enter_in_the_search_box_starts_the_routine_in_view(qtbot: QtBot) -> None:
    home, _ = page(qtbot)
    started: list[str] = []
    home.start_requested.connect(lambda entry, _sets: started.append(entry.title))
    qtbot.keyClicks(home.search, "daily")
    qtbot.keyClick(home.search, Qt.Key.Key_Return)
    assert started == ["Daily Hip Stretch"]
    home.search.clear()
    qtbot.keyClicks(home.search, "warm")  # two warm-ups: Down picks the second
    qtbot.keyClick(home.search, Qt.Key.Key_Down)
    qtbot.keyClick(home.search, Qt.Key.Key_Return)
    assert started[-1] == "Hip Extension Warm-Up"


def test_the_page_lists_searches_and_shows_the_chosen_routine(qtbot: QtBot) -> None:
    user_file("a.json", routine(name="Morning Hips", description="Before coffee."))
    user_file("b.json", routine(name="Evening Stretch"))
    home, _ = page(qtbot)
    titles = home.shown_titles()
    assert titles[:2] == ["Evening Stretch", "Morning Hips"]  # the user's first, by name
    assert "Hip Opening" in titles[2:]
    qtbot.keyClicks(home.search, "hip")
    assert home.shown_titles() == [
        "Morning Hips",
        "Daily Hip Stretch",
        "Glute Activation Warm-Up",  # "hip" in its description
        "Hip and Pelvis Control",
        "Hip Extension Warm-Up",
        "Hip Opening",
        "Hip Rotation",
    ]
    assert home.details.title.text() == "Morning Hips"
    assert home.details.description.text() == "Before coffee."
    assert home.details.edit_button.text() == "Edit"
    assert home.select(paths.routines_dir() / "hip-opening.json")
    assert home.details.edit_button.text() == "Duplicate to edit"
    assert home.details.delete_button.isHidden()
    assert "1. Step Back and Reach" in home.details.body.text()


def test_search_looks_in_descriptions_and_exercises_and_says_when_nothing_matches(
    qtbot: QtBot,
) -> None:
    user_file("a.json", routine(name="Morning", description="Before coffee."))
    user_file("b.json", routine(name="Circuit 41"))
    user_file("c.json", routine(name="Circuit 9"))
    home, _ = page(qtbot)
    assert home.shown_titles()[:3] == ["Circuit 9", "Circuit 41", "Morning"]  # natural order
    qtbot.keyClicks(home.search, "COFFEE")
    assert home.shown_titles() == ["Morning"]
    home.search.clear()
    qtbot.keyClicks(home.search, "clamshell")  # an exercise of bundled routines only
    with_clamshell = [
        entry.title
        for entry in home.model.entries
        if entry.routine is not None
        and any(e.name == "Clamshell" for e in entry.routine.all_exercises())
    ]
    assert with_clamshell  # the bundled glute warm-up has one
    assert home.shown_titles() == with_clamshell
    home.search.clear()
    qtbot.keyClicks(home.search, "zzz nothing")
    assert home.shown_titles() == []
    assert home.details.title.text() == "Nothing found"
    assert "zzz nothing" in home.details.description.text()
    assert "on the left" not in home.details.description.text()


def test_delete_asks_first_and_the_undo_button_brings_it_back(qtbot: QtBot) -> None:
    path = user_file("mine.json", routine(name="Mine"))
    home, questions = page(qtbot, answer=False)
    assert home.select(path)
    qtbot.mouseClick(home.details.delete_button, Qt.MouseButton.LeftButton)
    assert questions == [("Delete “Mine”? You can undo this right after.", "Delete")]
    assert path.exists()
    home.ask = lambda _question, _verb: True
    qtbot.mouseClick(home.details.delete_button, Qt.MouseButton.LeftButton)
    assert not path.exists()
    assert "Mine" not in home.shown_titles()
    assert home.notice.label.text() == "Deleted “Mine”."
    qtbot.mouseClick(home.notice.buttons["Undo"], Qt.MouseButton.LeftButton)
    assert path.exists()
    assert "Mine" in home.shown_titles()
    chosen = home.current_entry()
    assert chosen is not None
    assert chosen.path == path


def test_import_from_the_page_names_every_bad_file_with_its_place(
    qtbot: QtBot, tmp_path: Path
) -> None:
    good = tmp_path / "legs.json"
    good.write_text(json.dumps(routine(name="Legs")), encoding="utf-8")
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(routine(exercise(tempo=0))), encoding="utf-8")
    home, _ = page(qtbot)
    home.pick_import_files = lambda: [good, bad]
    qtbot.mouseClick(home.import_button, Qt.MouseButton.LeftButton)
    assert "Legs" in home.shown_titles()
    chosen = home.current_entry()
    assert chosen is not None
    assert chosen.title == "Legs"
    assert home.notice.label.text() == (
        "Imported 1 routine. 1 file could not be imported, because of these problems:"
    )
    assert home.notice.details.text() == (
        "bad.json: exercises[0].tempo: must be a number of seconds at least 0.5, got 0"
    )


def test_a_broken_file_never_stops_the_library_and_is_repaired_as_text(qtbot: QtBot) -> None:
    path = user_file("broken.json", json.dumps(routine(exercise(reps="eight")), indent=2))
    user_file("fine.json", routine(name="Fine"))
    home, _ = page(qtbot)
    assert "Fine" in home.shown_titles()
    assert "broken.json" in home.shown_titles()
    assert home.select(path)
    assert home.details.start_button.isHidden()
    assert home.details.repair_button.isVisible()
    assert 'got "eight"' in home.details.body.text()
    qtbot.mouseClick(home.details.repair_button, Qt.MouseButton.LeftButton)
    dialog = home.repair_dialog
    assert dialog is not None
    assert not dialog.save_button.isEnabled()
    assert dialog.problems.item(0).text() == (
        'exercises[0].reps: must be a whole number of at least 1, got "eight"'
    )
    # select "eight" (with its quotes) and type 8 over it, as a person would
    found = dialog.text.document().find('"eight"')
    dialog.text.setTextCursor(found)
    qtbot.keyClicks(dialog.text, "8")
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled())
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert load_routine(path).all_exercises()[0].reps == 8
    entry = home.current_entry()
    assert entry is not None
    assert entry.path == path
    assert not entry.broken
    assert home.notice.label.text() == "Repaired broken.json."


def test_the_repair_dialog_takes_you_to_a_syntax_error(qtbot: QtBot) -> None:
    path = user_file("syntax.json", '{\n  "format": 1,\n  "name": \n}')
    from matside.ui.library.repair import RepairDialog

    dialog = RepairDialog(path)
    qtbot.addWidget(dialog)
    assert dialog.problems.item(0).text().startswith("line 4, column 1: not valid JSON")
    dialog.problems.itemActivated.emit(dialog.problems.item(0))
    cursor: QTextCursor = dialog.text.textCursor()
    assert cursor.blockNumber() == 3
    assert cursor.positionInBlock() == 0
    assert not dialog.save()
    assert path.read_text(encoding="utf-8") == '{\n  "format": 1,\n  "name": \n}'


def test_a_thousand_routines_are_all_listed_and_searchable(qtbot: QtBot) -> None:
    """How fast they open is measured by bench/, not here."""
    sources = [json.loads(p.read_text(encoding="utf-8")) for p in paths.bundled_routines()]
    folder = paths.user_routines_dir()
    folder.mkdir(parents=True)
    for number in range(1000):
        data = dict(sources[number % len(sources)], name=f"Routine {number:04d}")
        (folder / f"r{number:04d}.json").write_text(json.dumps(data), encoding="utf-8")
    home, _ = page(qtbot)
    home.grab()  # painted, not only built
    assert len(home.entries) == 1000 + len(sources)
    qtbot.keyClicks(home.search, "0999")
    assert home.shown_titles() == ["Routine 0999"]


def test_unsaved_edits_left_by_a_crash_are_offered_at_library_start(qtbot: QtBot) -> None:
    path = user_file("mine.json", routine(name="Mine"))
    recovery_files.write_recovery(
        recovery_files.recovery_file_for(path), path, routine(name="Mine, edited")
    )
    home, _ = page(qtbot)
    assert home.notice.label.text().startswith("Unsaved changes to “Mine, edited” (")
    with qtbot.waitSignal(home.edit_requested) as opened:
        qtbot.mouseClick(home.notice.buttons["Restore"], Qt.MouseButton.LeftButton)
    target, recovery = opened.args
    assert target == path
    assert recovery.data["name"] == "Mine, edited"


def test_discarding_kept_edits_removes_them(qtbot: QtBot) -> None:
    path = user_file("mine.json", routine(name="Mine"))
    file = recovery_files.recovery_file_for(path)
    recovery_files.write_recovery(file, path, routine(name="Mine, edited"))
    home, _ = page(qtbot)
    qtbot.mouseClick(home.notice.buttons["Discard"], Qt.MouseButton.LeftButton)
    assert not file.exists()
    assert home.notice.isHidden()


# --------------------------------------------------------------------------------------------
# Repairing a file from a stranger


def test_a_file_that_is_not_utf8_is_shown_read_only_and_never_saved_over(qtbot: QtBot) -> None:
    from matside.ui.library.repair import RepairDialog

    text = json.dumps(routine(name="Café du matin"), indent=2, ensure_ascii=False)
    raw = text.encode("latin-1")  # é is one byte, 0xE9, which UTF-8 cannot read
    path = user_file("latin.json", "")
    path.write_bytes(raw)
    dialog = RepairDialog(path)
    qtbot.addWidget(dialog)
    assert dialog.text.isReadOnly()
    line = text[: text.index("é")].count("\n") + 1
    column = text.index("é") - text.rfind("\n", 0, text.index("é"))
    assert f"byte 0xE9 at line {line}, column {column}" in dialog.status.text()
    assert "read-only" in dialog.status.text()
    assert not dialog.save_button.isEnabled()
    assert not dialog.save()
    dialog.text.setPlainText(text)  # even a valid text put in by a program is not saved
    assert not dialog.save()
    assert path.read_bytes() == raw


@pytest.mark.parametrize("kind", ["fifo", "huge"])
def test_the_repair_dialog_refuses_a_fifo_or_a_huge_file_without_waiting(
    qtbot: QtBot, kind: str
) -> None:
    import faulthandler

    from matside.storage.files import MAX_ROUTINE_BYTES
    from matside.ui.library.repair import RepairDialog

    folder = paths.user_routines_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{kind}.json"
    if kind == "fifo":
        if not hasattr(os, "mkfifo"):
            pytest.skip("no FIFOs here")
        os.mkfifo(path)
    else:
        with path.open("wb") as stream:
            stream.truncate(MAX_ROUTINE_BYTES + 1)
    faulthandler.dump_traceback_later(60, exit=True)  # a hang ends the run, with a traceback
    try:
        dialog = RepairDialog(path)
    finally:
        faulthandler.cancel_dump_traceback_later()
    qtbot.addWidget(dialog)
    reason = "is not a regular file" if kind == "fifo" else "is too large"
    assert dialog.status.text().startswith(f"This file cannot be repaired here: it {reason}")
    assert dialog.text.isReadOnly()
    assert not dialog.save_button.isEnabled()
    assert not dialog.save()


def test_repairing_keeps_every_character_the_user_did_not_change(qtbot: QtBot) -> None:
    # QPlainTextEdit.toPlainText turns no-break spaces into spaces: saved back, the name
    # "Hip\u00a0Opening" became "Hip Opening" without a word (found by the hostile review).
    broken = json.dumps(routine(name="Hip\u00a0Opening", exercises=[]), ensure_ascii=False)
    path = user_file("nbsp.json", broken)
    from matside.ui.library.repair import RepairDialog

    dialog = RepairDialog(path)
    qtbot.addWidget(dialog)
    fixed = json.dumps(routine(name="Hip\u00a0Opening"), ensure_ascii=False, indent=2)
    dialog.text.setPlainText(fixed)
    assert dialog.save()
    assert path.read_text(encoding="utf-8") == fixed
    assert "Hip\u00a0Opening" in path.read_text(encoding="utf-8")


# --------------------------------------------------------------------------------------------
# Start means start: the set count is chosen beside Start, and remembered


RANGED = routine(exercise(name="Lunge", sets={"min": 2, "max": 4}), name="Ranged")


def test_start_begins_the_get_ready_at_once_with_the_remembered_set_count(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(QDialog, "exec", lambda self: opened.append(type(self).__name__))
    path = user_file("ranged.json", RANGED)
    window = MainWindow(RecordingPlayer(), RecordingScreenAwake(), FakeClock())
    qtbot.addWidget(window)
    window.show()
    details = window.home.details
    assert window.home.select(path)
    assert details.sets_row.isVisible()
    buttons = {b.text(): b for b in details.sets_group.buttons()}
    assert list(buttons) == ["2 sets  ·  2 min", "3 sets  ·  3 min", "4 sets  ·  4 min"]
    assert buttons["2 sets  ·  2 min"].isChecked()  # never chosen: the lower end
    qtbot.mouseClick(buttons["3 sets  ·  3 min"], Qt.MouseButton.LeftButton)
    assert remembered_sets(path) == 3

    # Another day: the count is remembered for this routine's file.
    window = MainWindow(RecordingPlayer(), RecordingScreenAwake(), FakeClock())
    qtbot.addWidget(window)
    window.show()
    assert window.home.select(path)
    checked = window.home.details.sets_group.checkedButton()
    assert checked is not None
    assert checked.text() == "3 sets  ·  3 min"
    qtbot.mouseClick(window.home.details.start_button, Qt.MouseButton.LeftButton)
    screen = window.run_screen
    assert screen is not None
    assert screen.session.state is State.RUNNING  # no ready screen waiting for Space
    assert screen.session.segment.kind is SegmentKind.PREPARE
    assert screen.set_label.text() == "Set 1 of 3"
    assert not opened  # and no dialog asked how many


def test_a_routine_without_a_choice_of_sets_shows_no_choice(qtbot: QtBot) -> None:
    path = user_file("fixed.json", routine(exercise(sets=2)))
    ranged = user_file("ranged.json", RANGED)
    home, _ = page(qtbot)
    assert home.select(path)
    assert not home.details.sets_row.isVisible()
    assert home.details.chosen_sets is None
    assert home.select(ranged)
    assert home.details.sets_row.isVisible()


def test_a_choice_that_cannot_be_kept_says_so_and_still_applies(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(_path: Path, _count: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(library_page, "remember_sets", full)
    path = user_file("ranged.json", RANGED)
    home, _ = page(qtbot)
    started: list[object] = []
    home.start_requested.connect(lambda _entry, sets: started.append(sets))
    assert home.select(path)
    four = home.details.sets_group.button(4)
    qtbot.mouseClick(four, Qt.MouseButton.LeftButton)
    assert "could not be kept for next time: No space left on device" in home.notice.label.text()
    qtbot.mouseClick(home.details.start_button, Qt.MouseButton.LeftButton)
    assert started == [4]


def test_many_set_counts_are_offered_in_a_spin_box_that_keeps_the_pane_narrow(
    qtbot: QtBot,
) -> None:
    path = user_file("many.json", routine(exercise(name="Squat", sets={"min": 1, "max": 100})))
    ranged = user_file("ranged.json", RANGED)
    home, _ = page(qtbot)
    assert home.select(path)
    details = home.details
    assert details.sets_spin.isVisible()
    assert details.sets_group.buttons() == []
    assert (details.sets_spin.minimum(), details.sets_spin.maximum()) == (1, 100)
    assert details.sets_spin.value() == 1
    assert remembered_sets(path) is None  # showing the count is not choosing it
    details.sets_spin.setFocus()
    qtbot.keyClick(details.sets_spin, Qt.Key.Key_Up)
    qtbot.keyClick(details.sets_spin, Qt.Key.Key_Up)
    assert (details.chosen_sets, remembered_sets(path)) == (3, 3)
    assert details.sets_length.text() == "3 sets  ·  3 min"
    assert details.sets_row.minimumSizeHint().width() <= 640  # the panel's own floor
    assert home.select(ranged)
    assert not details.sets_spin.isVisible()
    assert len(details.sets_group.buttons()) == 3


def test_a_question_is_answered_with_its_verb_or_cancel(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from matside.ui.ask import ask_to

    seen: list[tuple[list[str], str]] = []

    def answer(box: QMessageBox, clicked: str) -> None:
        texts = [button.text().replace("&", "") for button in box.buttons()]
        default = box.defaultButton()
        seen.append((sorted(texts), default.text().replace("&", "") if default else ""))
        for button in box.buttons():
            if button.text().replace("&", "") == clicked:
                button.click()

    parent = QWidget()
    qtbot.addWidget(parent)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: answer(box, "Delete"))
    assert ask_to(parent, "Delete it?", "Delete")
    monkeypatch.setattr(QMessageBox, "exec", lambda box: answer(box, "Cancel"))
    assert not ask_to(parent, "Delete it?", "Delete")
    assert seen == [(["Cancel", "Delete"], "Cancel")] * 2  # Cancel is what Enter does
