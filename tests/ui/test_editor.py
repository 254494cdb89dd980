"""The routine editor, driven as a person drives it: typing, clicking, keys; offscreen."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from matside.backends.audio import RecordingPlayer
from matside.backends.awake import RecordingScreenAwake
from matside.core.clock import FakeClock
from matside.core.routine import Circuit, Routine, routine_to_data
from matside.core.session import State
from matside.core.timeline import SegmentKind, Side, compile_timeline
from matside.storage import paths, recovery
from matside.storage.routine_choices import remember_sets
from matside.storage.routine_files import image_problems, load_routine, save_routine
from matside.ui.editor.form import tempo_from_text, tempo_text
from matside.ui.editor.page import EditorPage
from matside.ui.main import MainWindow, make_application
from tests.conftest import exercise, routine
from tests.core.test_format2_properties import routines
from tests.hostile.cases import CASES
from tests.ui.test_library import make_png, user_file

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
CLICK = Qt.MouseButton.LeftButton


@pytest.fixture(autouse=True)
def themed_app(qapp: Any) -> None:
    make_application()


class Person:
    """Answers the editor's questions from a list, and types into its fields."""

    def __init__(self, qtbot: QtBot, answers: Sequence[str] = ()):
        self.qtbot = qtbot
        self.answers = list(answers)
        self.questions: list[tuple[str, list[str]]] = []
        self.editor = EditorPage(choose=self.choose)
        qtbot.addWidget(self.editor)
        self.editor.resize(1280, 800)
        self.editor.show()
        with qtbot.waitActive(self.editor):
            self.editor.activateWindow()

    def choose(self, question: str, options: Sequence[str]) -> str | None:
        self.questions.append((question, list(options)))
        return self.answers.pop(0) if self.answers else None

    def type(self, field: QWidget, text: str) -> None:
        """Select what is in the field and type over it."""
        field.setFocus()
        self.qtbot.keyClick(field, Qt.Key.Key_A, CTRL)
        if text:
            self.qtbot.keyClicks(field, text)
        else:
            self.qtbot.keyClick(field, Qt.Key.Key_Backspace)

    def keys(
        self, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
    ) -> None:
        focus = QApplication.focusWidget() or self.editor
        self.qtbot.keyClick(focus, key, modifiers)

    def click(self, widget: QWidget) -> None:
        self.qtbot.mouseClick(widget, CLICK)


TWO_MOVES = routine(
    exercise(name="Lunge", reps=8, tempo=4, sides="each", sets={"min": 2, "max": 3}),
    exercise(name="Hold", reps=None, tempo=None, seconds=30),
    name="Two moves",
)


def test_a_routine_made_in_the_form_saves_loads_and_plans_as_typed(
    qtbot: QtBot, tmp_path: Path
) -> None:
    person = Person(qtbot)
    e = person.editor
    e.new_routine()
    person.type(e.form.name_edit, "Hip Flow")
    person.type(e.form.description_edit, "Short and slow.")
    person.type(e.form.prepare_edit, "5")
    person.type(e.form.switch_edit, "3")
    person.type(e.form.rest_sets_edit.seconds, "20")
    qtbot.keyClick(e.form.rest_after_edit.as_needed, Qt.Key.Key_Space)
    assert e.form.rest_after_edit.seconds.isEnabled() is False

    person.type(e.form.ex_name, "Lunge")
    qtbot.keyClick(e.form.measure_combo, Qt.Key.Key_Down)  # reps at a set pace
    assert e.form.measure_combo.currentText() == "Reps at a set pace"
    assert e.form.reps_edit.isVisible()
    assert e.form.tempo_edit.isVisible()
    assert not e.form.seconds_edit.isVisible()
    person.type(e.form.reps_edit, "10")
    person.type(e.form.tempo_edit, "3")
    qtbot.keyClick(e.form.sides_combo, Qt.Key.Key_Down)  # each side
    person.type(e.form.sets_edit.low, "2")
    length_with_two_sets = e.length_label.text()
    person.type(e.form.sets_edit.high, "3")
    assert e.length_label.text() != length_with_two_sets  # it follows the typing
    person.type(e.form.ex_rest_sets.seconds, "15")
    e.form.instructions_edit.setFocus()
    qtbot.keyClicks(e.form.instructions_edit, "Stand tall.")
    qtbot.keyClick(e.form.instructions_edit, Qt.Key.Key_Return)
    qtbot.keyClick(e.form.instructions_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(e.form.instructions_edit, "Step back.")
    person.type(e.form.cue_edit, "Step back long")
    picture = make_png(tmp_path / "camera" / "My Lunge.png")
    e.pick_images = lambda: [picture]
    person.click(e.form.images.add_button)
    assert len(e.form.images.pictures) == 1
    assert not e.form.images.pictures[0].showing_placeholder

    person.click(e.form.add_button)
    assert e.form.ex_name.hasFocus()
    qtbot.keyClicks(e.form.ex_name, "Plank")  # the new exercise's name is selected, ready to type
    person.type(e.form.seconds_edit, "45")
    # 5 + 2 x (30 + 3 + 30) + 15 + 45 with two sets; 5 + 3 x 63 + 2 x 15 + 45 with three
    assert e.length_label.text() == "Length 3:11–4:29 + pauses"
    assert e.save_button.isEnabled()
    person.click(e.save_button)

    assert e.path == paths.user_routines_dir() / "hip-flow.json"
    saved = load_routine(e.path)
    assert (saved.name, saved.description) == ("Hip Flow", "Short and slow.")
    assert (saved.prepare_seconds, saved.switch_seconds) == (5, 3)
    assert (saved.rest_between_sets, saved.rest_after_exercise) == (20, "as needed")
    lunge, plank = saved.all_exercises()
    assert (lunge.name, lunge.reps, lunge.tempo, lunge.sides) == ("Lunge", 10, 3, "each")
    assert (lunge.min_sets, lunge.max_sets, lunge.rest_between_sets) == (2, 3, 15)
    assert lunge.instructions == ["Stand tall.", "Step back."]
    assert (lunge.cue, plank.cue) == ("Step back long", None)  # an empty cue is left out
    assert lunge.images == ["images/my-lunge.png"]
    assert image_problems(saved, e.path) == []
    assert (plank.name, plank.seconds, plank.measure, plank.sides) == ("Plank", 45, "time", "one")
    plan = [
        (s.kind, s.seconds, s.side, s.set)
        for s in compile_timeline(saved, 3).segments
        if s.kind is not SegmentKind.DONE
    ]
    work, switch, rest = SegmentKind.WORK, SegmentKind.SWITCH, SegmentKind.REST
    one_set = [(work, 30, Side.LEFT), (switch, 3, Side.RIGHT), (work, 30, Side.RIGHT)]
    assert plan == [
        (SegmentKind.PREPARE, 5, None, 1),
        *[(*s, 1) for s in one_set],
        (rest, 15, None, 2),
        *[(*s, 2) for s in one_set],
        (rest, 15, None, 3),
        *[(*s, 3) for s in one_set],
        (rest, None, None, 1),  # rest after the lunges: as needed
        (work, 45, None, 1),
    ]
    assert not e.is_dirty
    assert e.status_label.text() == "hip-flow.json  ·  all changes saved"
    assert not e.save_button.isEnabled()


def test_problems_show_beside_their_fields_and_save_says_why_it_cannot(qtbot: QtBot) -> None:
    path = user_file("two.json", TWO_MOVES)
    person = Person(qtbot)
    e = person.editor
    e.open_routine(path)
    assert e.save_reason.isHidden()
    person.type(e.form.name_edit, "")
    name_box = e.form.routine_boxes["name"]
    assert name_box.error.isVisible()
    assert name_box.error.text() == "Name must be non-empty text."
    assert e.form.name_edit.property("problem") is True
    assert not e.save_button.isEnabled()
    assert not e.start_button.isEnabled()
    assert e.save_reason.text() == "Cannot save yet: Name: must be non-empty text"

    second = e.form.exercise_list.visualItemRect(e.form.exercise_list.item(1)).center()
    qtbot.mouseClick(e.form.exercise_list.viewport(), CLICK, pos=second)
    assert e.form.ex_name.text() == "Hold"
    qtbot.keyClick(e.form.measure_combo, Qt.Key.Key_Down)  # reps at a set pace
    person.type(e.form.reps_edit, "eight")
    person.type(e.form.sets_edit.low, "4")
    person.type(e.form.sets_edit.high, "3")
    work_box, sets_box = e.form.exercise_boxes["work"], e.form.exercise_boxes["sets"]
    assert work_box.error.text() == "Reps must be a whole number of at least 1, like 8."
    assert e.form.reps_edit.property("problem") is True
    assert e.form.tempo_edit.property("problem") is False
    assert sets_box.error.text() == (
        "Sets: min must be less than max (for a fixed count write a number)"
    )
    assert e.form.exercise_list.item(1).text() == (
        "2. Hold\n⚠  reps: must be a whole number of at least 1"
    )
    assert e.save_reason.text() == (
        "Cannot save yet: Name: must be non-empty text  (and 2 more problems)"
    )
    assert (
        "Exercise 2 “Hold”, reps: must be a whole number of at least 1" in e.save_button.toolTip()
    )
    assert "sets: min must be less than max" in e.save_button.toolTip()

    e.form.exercise_list.setCurrentRow(0)  # the first exercise is fine: nothing shows beside it
    assert work_box.error.isHidden()
    assert sets_box.error.isHidden()
    e.form.exercise_list.setCurrentRow(1)
    person.type(e.form.tempo_edit, "")
    assert work_box.error.text().endswith(
        "Seconds per rep must be a number of seconds at least 0.5, like 4."
    )
    person.type(e.form.tempo_edit, "2")
    person.type(e.form.reps_edit, "6")
    person.type(e.form.sets_edit.high, "")
    person.type(e.form.name_edit, "Fixed")
    assert e.problems == []
    assert e.save_reason.isHidden()
    assert e.save_button.isEnabled()
    person.click(e.save_button)
    saved = load_routine(path)
    assert (saved.name, saved.all_exercises()[1].reps, saved.all_exercises()[1].sets) == (
        "Fixed",
        6,
        4,
    )


def test_undo_and_redo_cover_every_edit(qtbot: QtBot) -> None:
    path = user_file("two.json", TWO_MOVES)
    person = Person(qtbot)
    e = person.editor
    e.open_routine(path)
    original = json.loads(json.dumps(e.data))
    person.type(e.form.name_edit, "Hips")  # typing in one field is one edit
    person.type(e.form.reps_edit, "12")
    person.click(e.form.add_button)  # added after the chosen one
    assert [x["name"] for x in e.data["exercises"]] == ["Lunge", "New exercise", "Hold"]
    person.keys(Qt.Key.Key_Down, ALT)  # move it down
    assert [x["name"] for x in e.data["exercises"]] == ["Lunge", "Hold", "New exercise"]
    final = json.loads(json.dumps(e.data))

    e.form.name_edit.setFocus()  # Ctrl+Z in a text field is the editor's undo, not the field's
    person.keys(Qt.Key.Key_Z, CTRL)
    assert [x["name"] for x in e.data["exercises"]] == ["Lunge", "New exercise", "Hold"]
    person.keys(Qt.Key.Key_Z, CTRL)
    assert len(e.data["exercises"]) == 2
    assert e.form.exercise_list.count() == 2
    person.keys(Qt.Key.Key_Z, CTRL)
    assert e.data["exercises"][0]["reps"] == 8
    assert e.form.reps_edit.text() == "8"
    person.keys(Qt.Key.Key_Z, CTRL)
    assert e.form.name_edit.text() == "Two moves"
    assert e.data == original
    assert not e.is_dirty
    assert not e.can_undo
    assert not e.undo_button.isEnabled()
    for _ in range(4):
        person.keys(Qt.Key.Key_Z, CTRL | SHIFT)
    assert e.data == final
    assert e.form.name_edit.text() == "Hips"
    assert e.form.exercise_list.currentRow() == 2
    assert e.form.ex_name.text() == "New exercise"
    person.click(e.undo_button)
    person.click(e.undo_button)
    assert e.can_redo
    person.type(e.form.source_edit, "Mine")  # a new edit drops what could be redone
    assert not e.can_redo
    assert e.data["exercises"][0]["reps"] == 12


def test_exercises_move_with_alt_arrows_and_by_dragging(qtbot: QtBot) -> None:
    path = user_file(
        "three.json", routine(exercise(name="A"), exercise(name="B"), exercise(name="C"))
    )
    person = Person(qtbot)
    e = person.editor
    e.open_routine(path)
    e.form.exercise_list.setFocus()
    person.keys(Qt.Key.Key_Down, ALT)
    assert [x["name"] for x in e.data["exercises"]] == ["B", "A", "C"]
    assert e.form.exercise_list.currentRow() == 1
    assert e.form.ex_name.text() == "A"
    person.keys(Qt.Key.Key_Down, ALT)
    person.keys(Qt.Key.Key_Down, ALT)  # already last: nothing happens
    assert [x["name"] for x in e.data["exercises"]] == ["B", "C", "A"]

    # drag the first one onto the lower half of the last: it goes after it
    view = e.form.exercise_list
    view.setCurrentRow(0)
    rect = view.visualItemRect(view.item(2))
    where = QPointF(QPoint(rect.center().x(), rect.bottom() - 3))
    mime = view.model().mimeData([view.model().index(0, 0)])
    drop = QDropEvent(where, Qt.DropAction.MoveAction, mime, CLICK, Qt.KeyboardModifier.NoModifier)
    # What a finished drag delivers; a real drag runs a loop of its own that a test cannot.
    view.dropEvent(drop)
    assert [x["name"] for x in e.data["exercises"]] == ["C", "A", "B"]
    assert [view.item(n).text().split("\n")[0] for n in range(3)] == ["1. C", "2. A", "3. B"]
    person.keys(Qt.Key.Key_Z, CTRL)
    assert [x["name"] for x in e.data["exercises"]] == ["B", "C", "A"]


def test_leaving_with_unsaved_changes_asks_to_save_discard_or_cancel(qtbot: QtBot) -> None:
    path = user_file("two.json", TWO_MOVES)
    before = path.read_text(encoding="utf-8")
    person = Person(qtbot, answers=["Cancel", "Discard"])
    e = person.editor
    left: list[bool] = []
    e.leave.connect(lambda: left.append(True))
    e.open_routine(path)
    person.click(e.back_button)  # no changes: no question
    assert left == [True]
    assert person.questions == []

    e.open_routine(path)
    person.type(e.form.name_edit, "Changed")
    person.click(e.back_button)
    assert person.questions[-1] == ("Save the changes to “Changed”?", ["Save", "Discard", "Cancel"])
    assert left == [True]
    assert e.is_dirty
    assert e.form.name_edit.text() == "Changed"
    person.click(e.back_button)
    assert left == [True, True]
    assert path.read_text(encoding="utf-8") == before

    e.open_routine(path)
    person.type(e.form.name_edit, "Saved on the way out")
    person.answers = ["Save"]
    person.click(e.back_button)
    assert left == [True, True, True]
    assert load_routine(path).name == "Saved on the way out"

    e.open_routine(path)
    person.type(e.form.name_edit, "")  # cannot be saved: the question offers no Save
    person.answers = ["Cancel"]
    person.click(e.back_button)
    question, options = person.questions[-1]
    assert options == ["Discard", "Cancel"]
    assert "cannot be saved yet:\nName: must be non-empty text" in question
    assert len(left) == 3


def test_a_file_changed_on_disk_since_it_was_opened_is_not_silently_overwritten(
    qtbot: QtBot,
) -> None:
    path = user_file("two.json", TWO_MOVES)
    person = Person(qtbot, answers=["Cancel"])
    e = person.editor
    e.open_routine(path)
    person.type(e.form.name_edit, "Mine")
    path.write_text(json.dumps(routine(name="Theirs")), encoding="utf-8")  # another program
    person.click(e.save_button)
    question, options = person.questions[-1]
    assert question.startswith("“two.json” was changed by another program since you opened it")
    assert options == ["Replace", "Save as copy", "Cancel"]
    assert load_routine(path).name == "Theirs"
    assert e.is_dirty

    person.answers = ["Save as copy"]
    person.click(e.save_button)
    assert e.path == paths.user_routines_dir() / "mine.json"
    assert load_routine(path).name == "Theirs"
    assert load_routine(e.path).name == "Mine"

    path.write_text(json.dumps(routine(name="Theirs again")), encoding="utf-8")
    e.open_routine(path)
    person.type(e.form.name_edit, "Mine after all")
    path.write_text(json.dumps(routine(name="Theirs, once more")), encoding="utf-8")
    person.answers = ["Replace"]
    person.click(e.save_button)
    assert load_routine(path).name == "Mine after all"
    assert not e.is_dirty
    person.type(e.form.name_edit, "No question when nothing changed on disk")
    asked = len(person.questions)
    person.click(e.save_button)
    assert len(person.questions) == asked
    assert not e.is_dirty


def test_unsaved_edits_survive_a_crash_and_are_offered_back(qtbot: QtBot) -> None:
    path = user_file("two.json", TWO_MOVES)
    first = Person(qtbot)
    first.editor.open_routine(path)
    first.type(first.editor.form.name_edit, "Typed before the crash")
    kept = first.editor.recovery_file
    assert kept is not None
    assert kept.parent == paths.user_data_dir() / "recovery"
    qtbot.waitUntil(kept.exists, timeout=3000)  # written a short while after the edit
    assert json.loads(kept.read_text(encoding="utf-8"))["data"]["name"] == "Typed before the crash"
    # the crash: the editor goes away without saving or discarding
    first.editor.close_routine()

    second = Person(qtbot, answers=["Restore"])
    second.editor.open_routine(path)
    question, options = second.questions[0]
    assert question.startswith("Unsaved changes to “Typed before the crash” from ")
    assert options == ["Restore", "Discard"]
    assert second.editor.form.name_edit.text() == "Typed before the crash"
    assert second.editor.is_dirty
    assert load_routine(path).name == "Two moves"  # the file itself was never touched
    second.click(second.editor.save_button)
    assert load_routine(path).name == "Typed before the crash"
    assert not kept.exists()

    third = Person(qtbot, answers=["Discard"])
    third.editor.open_routine(path)
    third.type(third.editor.form.name_edit, "Again")
    third.editor.flush_recovery()
    third.editor.close_routine()
    fourth = Person(qtbot, answers=["Discard"])
    fourth.editor.open_routine(path)
    assert fourth.editor.form.name_edit.text() == "Typed before the crash"
    assert not kept.exists()
    assert not fourth.editor.is_dirty


def test_undoing_back_to_the_saved_state_removes_the_recovery_file(qtbot: QtBot) -> None:
    path = user_file("two.json", TWO_MOVES)
    person = Person(qtbot)
    e = person.editor
    e.open_routine(path)
    person.type(e.form.name_edit, "Oops")
    e.flush_recovery()
    assert e.recovery_file is not None
    assert e.recovery_file.exists()
    person.keys(Qt.Key.Key_Z, CTRL)
    assert not e.is_dirty
    assert not e.recovery_file.exists()


def test_a_cue_too_long_is_named_beside_its_field_and_an_emptied_one_is_left_out(
    qtbot: QtBot,
) -> None:
    path = user_file("two.json", routine(exercise(name="Lunge", cue="Knees soft")))
    person = Person(qtbot)
    e = person.editor
    e.open_routine(path)
    assert e.form.cue_edit.text() == "Knees soft"
    person.type(e.form.cue_edit, "slowly " * 20)
    cue_box = e.form.exercise_boxes["cue"]
    assert cue_box.error.isVisible()
    assert cue_box.error.text() == "Cue must be at most 120 characters long."
    assert e.form.cue_edit.property("problem") is True
    assert not e.save_button.isEnabled()
    person.type(e.form.cue_edit, "")
    assert not cue_box.error.isVisible()
    person.click(e.save_button)
    assert "cue" not in json.loads(path.read_text(encoding="utf-8"))["exercises"][0]


def test_switching_the_measure_offers_values_and_keeps_the_others(qtbot: QtBot) -> None:
    path = user_file("one.json", routine(exercise(name="Hold", reps=None, tempo=None, seconds=40)))
    person = Person(qtbot)
    e = person.editor
    e.open_routine(path)
    qtbot.keyClick(e.form.measure_combo, Qt.Key.Key_Down)
    assert e.data["exercises"][0] == {
        "name": "Hold",
        "instructions": [],
        "images": [],
        "reps": 8,
        "tempo": 4,
        "sides": "one",
        "sets": 1,
    }
    qtbot.keyClick(e.form.measure_combo, Qt.Key.Key_Down)  # at your own pace: no tempo
    assert "tempo" not in e.data["exercises"][0]
    assert e.data["exercises"][0]["reps"] == 8
    qtbot.keyClick(e.form.measure_combo, Qt.Key.Key_Home)  # back to time: the 40 s come back
    assert e.data["exercises"][0]["seconds"] == 40
    assert "reps" not in e.data["exercises"][0]


def test_removing_every_exercise_is_a_problem_the_loader_names(qtbot: QtBot) -> None:
    path = user_file("one.json", routine(exercise(name="Only")))
    person = Person(qtbot)
    e = person.editor
    e.open_routine(path)
    person.click(e.form.remove_button)
    assert e.form.exercise_list.count() == 0
    assert e.form.no_exercise.isVisible()
    assert e.form.exercises_error.text() == "Must list at least one exercise."
    assert not e.save_button.isEnabled()
    person.click(e.form.duplicate_button)  # nothing to duplicate: nothing happens
    person.click(e.form.add_button)
    assert e.problems == []
    assert e.form.exercise_list.count() == 1


def window(qtbot: QtBot, answers: Sequence[str] = ()) -> tuple[MainWindow, list[str]]:
    questions: list[str] = []

    def ask(question: str, verb: str) -> bool:
        questions.append(question)
        return True

    main = MainWindow(RecordingPlayer(), RecordingScreenAwake(), FakeClock(), ask=ask)
    qtbot.addWidget(main)
    with qtbot.waitActive(main):
        main.show()
        main.activateWindow()
    queue = list(answers)

    def choose(question: str, _options: Sequence[str]) -> str | None:
        questions.append(question)
        return queue.pop(0) if queue else None

    main.editor.choose = choose
    return main, questions


def test_edit_from_the_library_start_from_the_editor_and_come_back(qtbot: QtBot) -> None:
    path = user_file("two.json", TWO_MOVES)
    main, _questions = window(qtbot)
    assert main.home.select(path)
    remember_sets(path, 3)  # chosen in the library before: Start in the editor uses it
    qtbot.mouseClick(main.home.details.edit_button, CLICK)
    assert main.stack.currentWidget() is main.editor
    assert main.editor.path == path
    field: QLineEdit = main.editor.form.ex_name
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(field, "Deep lunge")
    qtbot.mouseClick(main.editor.start_button, CLICK)
    screen = main.run_screen
    assert screen is not None
    assert main.stack.currentWidget() is screen
    assert screen.timeline.routine.all_exercises()[0].name == "Deep lunge"  # unsaved, as typed
    assert max(s.sets or 0 for s in screen.timeline.segments) == 3
    assert screen.session.state is State.RUNNING  # Start means start
    for _ in range(3):  # Esc twice stops; on the done screen, Esc goes back
        qtbot.keyClick(screen, Qt.Key.Key_Escape)
    assert main.stack.currentWidget() is main.editor
    assert main.editor.is_dirty
    main.editor.choose = lambda _q, _o: "Save"
    qtbot.mouseClick(main.editor.back_button, CLICK)
    assert main.stack.currentWidget() is main.home
    assert load_routine(path).all_exercises()[0].name == "Deep lunge"
    chosen = main.home.current_entry()
    assert chosen is not None
    assert chosen.path == path


def test_duplicate_to_edit_makes_a_copy_of_a_bundled_routine(qtbot: QtBot) -> None:
    main, _ = window(qtbot)
    assert main.home.select(paths.routines_dir() / "hip-opening.json")
    qtbot.mouseClick(main.home.details.edit_button, CLICK)
    copy = paths.user_routines_dir() / "hip-opening-2.json"
    assert main.stack.currentWidget() is main.editor
    assert main.editor.path == copy
    assert main.editor.form.name_edit.text() == "Hip Opening (2)"
    assert load_routine(copy).all_exercises()[0].images[0].startswith("resource:images/")
    assert main.editor.form.images.pictures
    thumbnail = main.editor.form.images.pictures[0]
    qtbot.waitUntil(lambda: not thumbnail.showing_placeholder)  # drawn on a worker thread


def test_new_routine_from_the_library_is_saved_into_it(qtbot: QtBot) -> None:
    main, _ = window(qtbot)
    qtbot.mouseClick(main.home.new_button, CLICK)
    e = main.editor
    assert main.stack.currentWidget() is e
    assert e.path is None
    assert e.status_label.text() == "New routine, not saved yet"
    assert e.save_button.isEnabled()
    e.form.name_edit.setFocus()
    qtbot.keyClick(e.form.name_edit, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(e.form.name_edit, "Evening")
    qtbot.keyClick(e.form.name_edit, Qt.Key.Key_S, CTRL)
    evening = paths.user_routines_dir() / "evening.json"
    assert e.path == evening
    assert load_routine(evening).name == "Evening"
    qtbot.mouseClick(e.back_button, CLICK)
    assert "Evening" in main.home.shown_titles()


def test_closing_the_window_with_unsaved_changes_asks(qtbot: QtBot) -> None:
    path = user_file("two.json", TWO_MOVES)
    main, questions = window(qtbot, answers=["Cancel", "Discard"])
    main.open_editor(path)
    text: QPlainTextEdit = main.editor.form.description_edit
    text.setFocus()
    qtbot.keyClicks(text, "More words.")
    main.close()
    assert questions == ["Save the changes to “Two moves”?"]
    assert main.isVisible()
    main.close()
    assert not main.isVisible()
    assert load_routine(path).description == ""
    assert recovery.list_recoveries() == []


def test_a_new_routine_never_saved_is_recovered_too(qtbot: QtBot) -> None:
    idea = routine(exercise(name="Bridge"), name="Unsaved idea")
    recovery.write_recovery(recovery.recovery_file_for(None), None, idea)
    main, _ = window(qtbot)
    qtbot.mouseClick(main.home.notice.buttons["Restore"], CLICK)
    e = main.editor
    assert main.stack.currentWidget() is e
    assert e.path is None
    assert e.is_dirty
    assert (e.form.name_edit.text(), e.form.ex_name.text()) == ("Unsaved idea", "Bridge")
    qtbot.mouseClick(e.save_button, CLICK)
    assert e.path == paths.user_routines_dir() / "unsaved-idea.json"
    assert recovery.list_recoveries() == []


def test_a_picture_added_goes_through_the_same_checks_as_one_shown(
    qtbot: QtBot, tmp_path: Path
) -> None:
    person = Person(qtbot, answers=["OK", "OK", "OK"])
    e = person.editor
    e.new_routine()
    good = make_png(tmp_path / "camera" / "good.png")
    trap = tmp_path / "camera" / "trap.svg"
    trap.write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4">'
        '<image href="/dev/zero" width="4" height="4"/></svg>',
        encoding="utf-8",
    )
    folder = tmp_path / "camera" / "folder.png"
    folder.mkdir()
    e.pick_images = lambda: [trap, folder, good]
    person.click(e.form.images.add_button)
    assert [q for q, _ in person.questions] == [
        "trap.svg cannot be used as a picture: it refers to something outside the picture "
        "('/dev/zero'); only #name references inside it are allowed.",
        "folder.png cannot be used as a picture: it is a folder, not a file.",
    ]
    exercise = e.data["exercises"][0]
    assert exercise["images"] == ["images/good.png"]
    assert not (paths.user_routines_dir() / "images" / "trap.svg").exists()


def test_problems_are_placed_by_their_path_and_code_not_their_words(qtbot: QtBot) -> None:
    """Kept edits can hold what the form cannot make: an exercise with both seconds and reps
    (a "measure" problem, about the work as a whole), one with a tempo but no reps, and
    problems deeper in the data."""
    data = routine(
        exercise(name="Both", seconds=30, tempo=None),
        exercise(name="Paced", reps=None, seconds=20),
        exercise(name="Range", sets={"min": 0, "max": 2}),
        nmae="typo",
    )
    kept = recovery.Recovery(recovery.recovery_file_for(None), None, "Kept", 0.0, data)
    e = Person(qtbot).editor
    e.new_routine(kept)
    assert {(p.path, p.code) for p in e.problems} == {
        (("exercises", 0), "measure"),
        (("exercises", 1), "tempo-without-reps"),
        (("exercises", 2, "sets", "min"), "value"),
        ((), "unknown-key"),
    }
    work_box = e.form.exercise_boxes["work"]
    assert work_box.error.text() == 'Give either "seconds" or "reps", not both.'
    assert e.form.seconds_edit.property("problem") is True  # the one shown: this is timed work
    assert e.form.routine_error.text().startswith('(top level): unknown key "nmae"')
    e.form.exercise_list.setCurrentRow(1)
    assert work_box.error.isHidden()
    assert e.form.exercise_error.text() == '"tempo" (seconds per rep) needs "reps".'
    e.form.exercise_list.setCurrentRow(2)
    assert (
        e.form.exercise_boxes["sets"].error.text()
        == "Sets must be a whole number of at least 1, like 1."
    )
    assert "Exercise 3 “Range”, sets: must be a whole number" in e.save_button.toolTip()


def test_quitting_during_a_session_from_the_editor_asks_about_edits_after_the_session(
    qtbot: QtBot,
) -> None:
    path = user_file("two.json", TWO_MOVES)
    main, questions = window(qtbot)  # no answer to the editor's question: Cancel
    main.open_editor(path)
    main.editor.form.ex_name.setFocus()
    qtbot.keyClicks(main.editor.form.ex_name, " deep")
    qtbot.mouseClick(main.editor.start_button, CLICK)
    screen = main.run_screen
    assert screen is not None
    assert screen.session.state is State.RUNNING
    assert not main.close()  # the first try asks on the run screen
    assert questions == []
    assert not main.close()  # confirmed: the session ends, then the editor asks
    assert main.run_screen is None
    assert screen.session.state is State.FINISHED
    assert len(questions) == 1
    assert main.stack.currentWidget() is main.editor  # Cancel: still open, on the edits
    assert main.editor.is_dirty


def names_in_list(e: EditorPage) -> list[str]:
    """The first line of each row of the list, as shown (a circuit's exercises indented)."""
    view = e.form.exercise_list
    return [view.item(n).text().split("\n")[0] for n in range(view.count())]


def test_circuits_are_built_in_the_form_moved_into_and_out_of_and_undone(
    qtbot: QtBot,
) -> None:
    path = user_file("two.json", TWO_MOVES)
    person = Person(qtbot)
    e = person.editor
    e.open_routine(path)
    form = e.form
    person.click(form.add_circuit_button)  # after the chosen exercise, with one new exercise
    assert form.circuit_form.isVisible()
    assert not form.exercise_form.isVisible()
    assert form.circuit_name.hasFocus()
    qtbot.keyClicks(form.circuit_name, "Warm-up")
    person.type(form.rounds_edit.low, "2")
    person.type(form.rounds_edit.high, "3")
    qtbot.keyClick(form.circuit_rest_rounds.as_needed, Qt.Key.Key_Space)
    assert names_in_list(e) == [
        "1. Lunge",
        "2. ⟳ Warm-up",
        "      2.1  New exercise",
        "3. Hold",
    ]
    assert e.data["format"] == 2
    assert e.problems == []

    form.exercise_list.setCurrentRow(0)  # Lunge: Alt+Right puts it into the circuit after it
    form.exercise_list.setFocus()
    assert form.into_button.isEnabled()
    assert not form.out_button.isEnabled()
    person.keys(Qt.Key.Key_Right, ALT)
    circuit = e.data["exercises"][0]
    assert [x["name"] for x in circuit["exercises"]] == ["Lunge", "New exercise"]
    assert "sets" not in circuit["exercises"][0]  # the circuit's rounds stand for its sets
    assert e.place == (0, 0)
    assert form.exercise_heading.text() == "EXERCISE 1 OF 2 IN “Warm-up”"
    assert form.exercise_boxes["sets"].isHidden()
    assert form.exercise_labels["sets"].isHidden()
    assert form.ex_rest_after.note.text() == "empty: none, the round goes straight on"
    person.keys(Qt.Key.Key_Down, ALT)  # within the circuit
    assert [x["name"] for x in circuit["exercises"]] == ["New exercise", "Lunge"]
    form.exercise_list.setCurrentRow(3)  # Hold: into the circuit before it, at its end
    person.click(form.into_button)
    assert names_in_list(e) == [
        "1. ⟳ Warm-up",
        "      1.1  New exercise",
        "      1.2  Lunge",
        "      1.3  Hold",
    ]
    person.keys(Qt.Key.Key_Left, ALT)  # the last one goes out after the circuit
    assert names_in_list(e)[-1] == "2. Hold"
    assert form.exercise_boxes["sets"].isVisible()
    form.exercise_list.setCurrentRow(1)
    person.click(form.out_button)  # the first one goes out before it
    assert names_in_list(e) == ["1. New exercise", "2. ⟳ Warm-up", "      2.1  Lunge", "3. Hold"]
    person.click(e.save_button)
    saved = load_routine(path)
    assert saved.format == 2
    warm_up = saved.exercises[1]
    assert isinstance(warm_up, Circuit)
    assert (warm_up.name, warm_up.min_rounds, warm_up.max_rounds) == ("Warm-up", 2, 3)
    assert warm_up.rest_between_rounds == "as needed"
    assert [x.name for x in warm_up.exercises] == ["Lunge"]

    for _ in range(2):  # both moves out: back to Hold at the end of the circuit
        person.keys(Qt.Key.Key_Z, CTRL)
    assert names_in_list(e)[1:] == [
        "      1.1  New exercise",
        "      1.2  Lunge",
        "      1.3  Hold",
    ]
    while e.can_undo:
        person.keys(Qt.Key.Key_Z, CTRL)
    assert names_in_list(e) == ["1. Lunge", "2. Hold"]
    assert e.data["exercises"][0]["sets"] == {"min": 2, "max": 3}  # the sets came back


def test_a_circuit_moves_with_its_exercises_and_its_problems_show_beside_its_fields(
    qtbot: QtBot,
) -> None:
    data = routine(
        exercise(name="A"),
        {"circuit": "Round", "rounds": 2, "exercises": [exercise(name="B"), exercise(name="C")]},
        format=2,
    )
    path = user_file("c.json", data)
    person = Person(qtbot)
    e = person.editor
    assert e.open_routine(path)
    form = e.form
    form.exercise_list.setCurrentRow(1)
    form.exercise_list.setFocus()
    person.keys(Qt.Key.Key_Up, ALT)
    assert names_in_list(e) == ["1. ⟳ Round", "      1.1  B", "      1.2  C", "2. A"]
    person.type(form.rounds_edit.low, "0")
    assert form.circuit_boxes["rounds"].error.text().startswith("Rounds must be a whole number")
    assert e.save_reason.text().startswith("Cannot save yet: Circuit 1 “Round”, rounds")
    person.type(form.rounds_edit.low, "2")
    form.exercise_list.setCurrentRow(1)
    person.type(form.reps_edit, "")
    assert e.save_reason.text().startswith("Cannot save yet: Exercise 1.1 “B”, reps")
    assert form.work_box.error.isVisible()
    assert names_in_list(e)[1] == "      1.1  B"
    assert form.exercise_list.item(1).text().split("\n")[1].startswith("      ⚠")


def test_kept_edits_with_broken_circuits_show_their_problems_in_the_form(qtbot: QtBot) -> None:
    """Kept edits can hold circuits the form cannot make: a name that is not text, exercises
    that are not a list, a circuit in a circuit, an exercise that is not an object."""
    data = routine(
        {"circuit": 5, "rounds": "two", "exercises": "none"},
        {"circuit": "Outer", "rounds": 2, "exercises": [{"circuit": "Inner"}, 7]},
        format=1,
    )
    data["exercises"].append(["not", "an", "object"])
    kept = recovery.Recovery(recovery.recovery_file_for(None), None, "Kept", 0.0, data)
    person = Person(qtbot)
    e = person.editor
    e.new_routine(kept)
    assert names_in_list(e) == [
        "1. ⟳ (no name)",  # a name that is not text
        "2. ⟳ Outer",
        "      2.1  Inner",
        "      2.2  (no name)",
        "3. (no name)",
    ]
    assert e.problems
    assert e.form.circuit_form.isVisible()
    assert e.form.circuit_name.text() == "5"
    for row in range(5):
        e.form.exercise_list.setCurrentRow(row)
    person.click(e.form.remove_button)  # the last row: not an object, made one, removed
    assert len(e.data["exercises"]) == 2
    e.form.exercise_list.setCurrentRow(0)
    person.type(e.form.circuit_name, "Warm-up")
    assert e.data["exercises"][0]["circuit"] == "Warm-up"


def every_field_written_again(e: EditorPage) -> None:
    """Write every field of the routine and of each row back from what the form shows, as if
    the person had touched each one: what the form cannot hold would be lost."""
    for key in e.form.routine_boxes:
        e.form.routine_edited.emit(key)
    for row in range(e.form.exercise_list.count()):
        e.form.exercise_list.setCurrentRow(row)
        if e.form.circuit_form.isVisibleTo(e.form):
            for key in e.form.circuit_boxes:
                e.form.circuit_edited.emit(key)
            continue
        boxes = e.form.exercise_boxes
        keys = [k for k in boxes if k not in ("images", "cues") and not boxes[k].isHidden()]
        keys += [f"cues.{n}.say" for n in range(len(e.form.cues_edit.rows))]
        for key in keys:
            e.form.exercise_edited.emit(key)


def test_every_bundled_routine_goes_through_the_form_unchanged(qtbot: QtBot) -> None:
    person = Person(qtbot)
    e = person.editor
    bundled = sorted(paths.routines_dir().glob("*.json"))
    for path in bundled:
        original = routine_to_data(load_routine(path))
        assert e.open_routine(path), path
        every_field_written_again(e)
        assert e.data == original, path
        assert not e.is_dirty
        e.close_routine()
    assert any("circuit" in x for p in bundled for x in json.loads(p.read_text())["exercises"])


def test_the_hostile_cases_that_load_go_through_the_form_unchanged(
    qtbot: QtBot, tmp_path: Path
) -> None:
    person = Person(qtbot)
    e = person.editor
    opened = []
    for number, (name, make) in enumerate(CASES.items()):
        folder = tmp_path / str(number)
        folder.mkdir()
        case = make(folder)
        if not case.valid:
            continue
        for path in case.files:
            original = routine_to_data(load_routine(path))
            assert e.open_routine(path), name
            every_field_written_again(e)
            assert e.data == original, name
            e.close_routine()
            opened.append(name)
    assert "format 2: every bound at once" in opened


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(routines(format_2=True))
def test_a_generated_format_2_routine_goes_through_the_form_unchanged(
    qtbot: QtBot, generated: Routine
) -> None:
    path = paths.user_routines_dir() / "generated.json"
    save_routine(generated, path)
    original = routine_to_data(load_routine(path))
    e = EditorPage(choose=lambda _question, _options: None)
    qtbot.addWidget(e)
    assert e.open_routine(path)
    every_field_written_again(e)
    assert e.data == original
    assert e.problems == []


def test_phases_spoken_cues_and_optional_are_edited_saved_and_undone(qtbot: QtBot) -> None:
    path = user_file("two.json", TWO_MOVES)
    person = Person(qtbot)
    e = person.editor
    e.open_routine(path)
    opened = json.loads(json.dumps(e.data))
    form = e.form
    person.type(form.tempo_edit, "3, 2, 3")  # the phases of one rep
    assert e.data["exercises"][0]["tempo"] == [3, 2, 3]
    assert e.problems == []
    person.click(form.cues_edit.add_button)
    assert len(form.cues_edit.rows) == 1
    at, say, _remove = form.cues_edit.rows[0]
    assert say.hasFocus()  # ready to type the words
    assert at.text() == "10"  # offered by the table of fields
    qtbot.keyClicks(say, "Breathe into the back ribs")
    person.type(at, "20")
    qtbot.keyClick(form.optional_check, Qt.Key.Key_Space)
    lunge = e.data["exercises"][0]
    assert lunge["cues"] == [{"at": 20, "say": "Breathe into the back ribs"}]
    assert lunge["optional"] is True
    person.click(e.save_button)

    saved = load_routine(path)
    assert saved.format == 2
    first = saved.all_exercises()[0]
    assert (first.tempo, first.optional) == ([3, 2, 3], True)
    assert [(c.at, c.say) for c in first.cues] == [(20, "Breathe into the back ribs")]
    assert json.loads(path.read_text())["format"] == 2

    # Undo takes them back one by one: optional, the cue's time, its words, the cue, the phases.
    person.keys(Qt.Key.Key_Z, CTRL)
    assert "optional" not in e.data["exercises"][0]
    assert not form.optional_check.isChecked()
    person.keys(Qt.Key.Key_Z, CTRL)
    assert form.cues_edit.rows[0][0].text() == "10"
    person.keys(Qt.Key.Key_Z, CTRL)
    person.keys(Qt.Key.Key_Z, CTRL)
    assert "cues" not in e.data["exercises"][0]
    assert form.cues_edit.rows == []
    person.keys(Qt.Key.Key_Z, CTRL)
    assert form.tempo_edit.text() == "4"
    assert e.data == opened
    person.click(e.save_button)
    assert json.loads(path.read_text())["format"] == 1  # the lowest format that holds it


def test_problems_with_phases_and_cues_show_beside_their_fields(qtbot: QtBot) -> None:
    path = user_file("two.json", TWO_MOVES)
    person = Person(qtbot)
    e = person.editor
    e.open_routine(path)
    form = e.form
    person.type(form.tempo_edit, "3, x, 3")
    assert form.work_box.error.text() == (
        "Phase 2 of a rep must be a number of seconds at least 0.5."
    )
    assert form.tempo_edit.property("problem") is True
    person.type(form.tempo_edit, "3 2 3")
    assert form.work_box.error.isHidden()
    person.click(form.cues_edit.add_button)
    cues = form.exercise_boxes["cues"]
    assert cues.error.text() == "What spoken cue 1 says must be non-empty text."
    assert form.cues_edit.rows[0][1].property("problem") is True
    assert form.cues_edit.rows[0][0].property("problem") is False
    qtbot.keyClicks(form.cues_edit.rows[0][1], "Breathe")
    person.type(form.cues_edit.rows[0][0], "90")  # 8 reps of 8 s last 64 s
    assert cues.error.text() == (
        "The time of spoken cue 1: 90 s is not within the interval, which lasts 64 s."
    )
    assert form.cues_edit.rows[0][0].property("problem") is True
    assert not e.save_button.isEnabled()
    person.click(form.cues_edit.rows[0][2])  # remove it
    assert "cues" not in e.data["exercises"][0]
    assert e.problems == []


@pytest.mark.parametrize(
    ("typed", "data"),
    [
        ("4", 4),
        ("2,5", 2.5),
        ("3, 2, 3", [3, 2, 3]),
        ("3 2 3", [3, 2, 3]),
        ("3/2/3", [3, 2, 3]),
        ("3,2,3", [3, 2, 3]),
        ("2,5, 1", [2.5, 1]),
        ("3, x", [3, "x"]),
        ("", None),
        ("fast", "fast"),
    ],
)
def test_a_tempo_is_typed_as_one_number_or_its_phases(typed: str, data: Any) -> None:
    assert tempo_from_text(typed) == data
    if isinstance(data, list) and all(isinstance(x, int | float) for x in data):
        assert tempo_from_text(tempo_text(data)) == data


@pytest.mark.parametrize(
    "item",
    [
        exercise(name="Phases", reps=5, tempo=[1.5, 0.5, 2, 1]),
        exercise(
            name="Cues",
            reps=None,
            tempo=None,
            seconds=40,
            cues=[{"at": 0, "say": "Go"}, {"at": 39.5, "say": "x"}],
        ),
        exercise(
            name="Optional",
            reps=None,
            tempo=None,
            seconds=20,
            optional=True,
            sides="each",
            sets={"min": 2, "max": 4},
        ),
        exercise(name="All", reps=3, tempo=[2, 2], cues=[{"at": 1, "say": "Down"}], optional=True),
    ],
)
def test_a_format_2_exercise_goes_through_the_form_unchanged(qtbot: QtBot, item: Any) -> None:
    path = user_file("f2.json", routine(exercise(name="Plain"), item, format=2))
    original = routine_to_data(load_routine(path))
    person = Person(qtbot)
    e = person.editor
    assert e.open_routine(path)
    every_field_written_again(e)
    assert e.data == original
    assert e.problems == []


def test_a_refused_picture_is_told_beside_the_pictures_read_once(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Kept edits may name a picture the loader refuses (an SVG with a script, a circuit's
    exercise's too): its problem is shown beside the pictures, its place from its path; the
    pictures are read again only when the pictures named change."""
    folder = paths.user_routines_dir()
    (folder / "images").mkdir(parents=True)
    script = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
    (folder / "images" / "trap.svg").write_text(script, encoding="utf-8")
    circuit = {"circuit": "C", "rounds": 2, "exercises": [exercise(images=["images/trap.svg"])]}
    data = routine(exercise(images=["images/trap.svg"]), circuit, format=2)
    kept = recovery.Recovery(recovery.recovery_file_for(None), None, "Kept", 0.0, data)
    e = Person(qtbot).editor
    e.new_routine(kept)
    assert [(p.path, p.code) for p in e.picture_problems] == [
        (("exercises", 0, "images", 0), "picture-refused"),
        (("exercises", 1, "exercises", 0, "images", 0), "picture-refused"),
    ]
    error = e.form.exercise_boxes["images"].error
    assert error.text() == (
        "Pictures: picture images/trap.svg has a <script> element, which pictures may not have"
        " (only shapes, groups, text, gradients and <use>)"
    )
    row = e.form.exercise_list.item(0).data(Qt.ItemDataRole.DisplayRole)
    assert "pictures: picture images/trap.svg has a <script> element" in row
    read: list[Path] = []

    def reference_problems(references: object, file: Path) -> list[object]:
        read.append(file)
        return []

    monkeypatch.setattr("matside.ui.editor.page.reference_problems", reference_problems)
    qtbot.keyClicks(e.form.name_edit, "x")  # an edit that names the same pictures
    assert read == []
    assert e.form.exercise_boxes["images"].error.text().startswith("Pictures: picture")
