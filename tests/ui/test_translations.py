"""The window in German and Spanish: the catalogue is loaded, the core speaks it too, numbers
follow the language, and English comes back."""

from __future__ import annotations

import datetime as dt
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QFontMetricsF, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from matside import APP_NAME
from matside.backends.audio import NO_DEVICE, RecordingPlayer
from matside.backends.awake import RecordingScreenAwake
from matside.core.announcer import Announcer
from matside.core.clock import FakeClock
from matside.core.i18n import translate
from matside.core.routine import routine_from_data
from matside.core.session import State
from matside.core.settings import Settings
from matside.core.timeline import compile_timeline, length_text
from matside.storage import paths
from matside.storage.library import RoutineEntry, describe_exercise, folder_entries
from matside.storage.logbook import Logbook
from matside.storage.recovery import Recovery, recovery_file_for
from matside.storage.settings_file import load_settings, save_settings, settings_path
from matside.ui.editor.page import EditorPage
from matside.ui.help_windows import AboutDialog
from matside.ui.history.page import HistoryPage
from matside.ui.library.page import HomePage
from matside.ui.main import MainWindow, open_logbook
from matside.ui.run.screen import RunScreen
from matside.ui.settings_dialog import SettingsDialog
from matside.ui.text import FitLabel
from matside.ui.translations import Installed, counted, install_translations
from tests.conftest import exercise, routine
from tests.core.test_recorder import WALL
from tests.storage.test_logbook import run
from tests.ui.timer import advance


@pytest.fixture
def language(qapp: QApplication) -> Iterator[list[Installed]]:
    """Install a language with ``language.append(install_translations(qapp, CODE))``."""
    installed: list[Installed] = []
    yield installed
    for one in installed:
        one.remove(qapp)


def shown_screen(
    qtbot: QtBot,
    data: dict[str, Any],
    size: tuple[int, int],
    player: RecordingPlayer | None = None,
) -> tuple[RunScreen, FakeClock]:
    """A run screen on ``data`` at ``size``, shown, on a fake clock."""
    clock = FakeClock()
    screen = RunScreen(
        compile_timeline(routine_from_data(data)),
        clock,
        player or RecordingPlayer(),
        RecordingScreenAwake(),
        None,
    )
    qtbot.addWidget(screen)
    screen.resize(*size)
    screen.show()
    return screen, clock


def menu_texts(window: MainWindow) -> list[str]:
    texts = []
    for action in window.menuBar().actions():
        texts.append(action.text())
        menu = action.menu()
        if isinstance(menu, QMenu):
            texts += [a.text() for a in menu.actions() if not a.isSeparator()]
    return texts


@pytest.mark.parametrize(
    ("code", "settings", "quit_", "cancel"),
    [
        ("de", "&Einstellungen…", "&Beenden", "Abbrechen"),
        ("es", "&Preferencias…", "&Salir", "Cancelar"),
    ],
)
def test_the_window_speaks_the_chosen_language(
    qtbot: QtBot,
    qapp: QApplication,
    language: list[Installed],
    code: str,
    settings: str,
    quit_: str,
    cancel: str,
) -> None:
    language.append(install_translations(qapp, code))
    assert language[0].language == code
    window = MainWindow(RecordingPlayer(), RecordingScreenAwake(), FakeClock())
    qtbot.addWidget(window)
    texts = menu_texts(window)
    assert settings in texts
    assert quit_ in texts
    assert "&Settings…" not in texts
    # Qt's own words come from Qt's catalogue: a standard Cancel button.
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == cancel
    # The core's words go through the same catalogue.
    assert translate("MainWindow", "Forget it") != "Forget it"
    # Numbers follow the language: a decimal comma in both.
    assert QLocale().toString(2.5, "f", 1) == "2,5"
    # ...in the core's words too: a library line with a paced rep.
    paced = routine_from_data(routine(exercises=[exercise(tempo=2.5)]), "r.json")
    line = describe_exercise(paced.all_exercises()[0])
    assert "2,5" in line
    assert "2.5" not in line


def test_about_in_german_fills_every_field(
    qtbot: QtBot, qapp: QApplication, language: list[Installed]
) -> None:
    language.append(install_translations(qapp, "de"))
    about = AboutDialog()
    qtbot.addWidget(about)
    texts = [label.text() for label in about.findChildren(QLabel)]
    assert about.windowTitle().startswith("Über Matside")
    assert any(text.startswith("Lizenz: ") for text in texts)
    assert not any("{" in text for text in texts)  # every field filled in


def test_english_comes_back_and_an_unknown_choice_follows_the_system(
    qtbot: QtBot, qapp: QApplication, language: list[Installed]
) -> None:
    language.append(install_translations(qapp, "de"))
    language[0].remove(qapp)
    window = MainWindow(RecordingPlayer(), RecordingScreenAwake(), FakeClock())
    qtbot.addWidget(window)
    assert "&Settings…" in menu_texts(window)
    assert translate("MainWindow", "Forget it") == "Forget it"
    english = install_translations(qapp, "en")
    language.append(english)
    assert english.language == "en"
    assert english.translators == []


def test_the_language_is_chosen_in_settings_named_in_itself_and_kept(
    qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = SettingsDialog(Settings(), None)
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == "system"  # follows the system unless told
    offered = [dialog.language.itemText(i) for i in range(dialog.language.count())]
    assert offered[1:] == ["English", "Deutsch", "Español"]
    dialog.show()
    dialog.language.setFocus()
    qtbot.keyClick(dialog.language, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.language, Qt.Key.Key_Down)
    chosen = dialog.result_settings()
    assert chosen.language == "de"
    save_settings(chosen, tmp_path / "settings.json")
    assert load_settings(tmp_path / "settings.json").settings.language == "de"


# --------------------------------------------------------------------------------------------
# No English left: the library, the editor and the repair dialog walked in German


def _plain(text: str) -> str:
    """``text`` as a person reads it: markup (the details' list, a tooltip) made plain."""
    if "<" in text:
        document = QTextDocument()
        document.setHtml(text)
        return document.toPlainText()
    return text


def _own_texts(widget: QWidget) -> list[tuple[str, str]]:
    """(kind, text) for the texts a widget shows or names itself by."""
    texts = [("toolTip", widget.toolTip()), ("accessibleName", widget.accessibleName())]
    if widget.isWindow():
        texts.append(("windowTitle", widget.windowTitle()))
    if isinstance(widget, QLabel | QAbstractButton):
        texts.append(("text", widget.text()))
    if isinstance(widget, QLineEdit | QPlainTextEdit):
        texts.append(("placeholderText", widget.placeholderText()))
    if isinstance(widget, QComboBox):
        texts += [("item", widget.itemText(n)) for n in range(widget.count())]
    if isinstance(widget, QSpinBox):
        texts.append(("suffix", widget.suffix()))
    return texts


def _rows_texts(view: QAbstractItemView) -> list[tuple[str, str]]:
    """(kind, text) for the rows of a list: what each shows, its tooltip and description."""
    model = view.model()
    roles = (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.AccessibleDescriptionRole,
    )
    values = [
        (row, model.index(row, 0).data(role)) for row in range(model.rowCount()) for role in roles
    ]
    return [(f"row {row}", value) for row, value in values if isinstance(value, str)]


def seen_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every text of ``root`` and the widgets shown in it that a person sees
    or a screen reader says: labels, buttons, check boxes, placeholders, tooltips, accessible
    names, window titles, combo items, spin box suffixes and the rows of lists."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        texts = _own_texts(widget)
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            texts += _rows_texts(widget)
        found += [
            (f"{type(widget).__name__}.{kind}", _plain(text).replace("&", ""))
            for kind, text in texts
            if text.strip()
        ]
    return found


def content_of(entries: list[RoutineEntry]) -> list[str]:
    """The user's words and the file format's in the routines shown (not ours to translate):
    names, descriptions, sources, exercises' names, cues and instructions, file names and
    places, the loader's problems (core/checks words them), and the lengths the core words."""
    words = [APP_NAME]
    for entry in entries:
        words += [entry.path.name, str(entry.path), entry.title, entry.length]
        for problem in entry.issues:
            words.append(problem.place)  # the format's keys; the words are translated
        routine = entry.routine
        if routine is None:
            continue
        words += [routine.name, routine.description, routine.source]
        for count in routine.set_choices() or [None]:
            words += [length_text(routine, count), length_text(routine, count, exact=True)]
        words += [item.name for item in routine.exercises]  # circuits' names too
        for move in routine.all_exercises():
            words += [move.name, move.cue or "", *move.instructions, *move.images]
    return sorted({w for w in words if w.strip()}, key=len, reverse=True)


def kept_as_they_are(language: str) -> set[str]:
    """The catalogue's messages whose translation is the English word itself (``Name``,
    ``OK``): a translator's choice, not a text left out."""
    root = ET.parse(paths.resource(f"translations/matside_{language}.ts")).getroot()
    return {
        message.findtext("source", "")
        for message in root.iter("message")
        if message.findtext("translation", "") == message.findtext("source", "")
    }


def left_in_english(
    english: list[tuple[str, str]], translated: list[tuple[str, str]], exceptions: list[str]
) -> list[str]:
    """The texts the same in both walks once the exceptions, numbers and signs are taken out."""
    assert [where for where, _ in english] == [where for where, _ in translated]
    left = []
    for (where, before), (_, after) in zip(english, translated, strict=True):
        if before != after:
            continue
        rest = after
        for words in exceptions:
            rest = rest.replace(words, " ")
        if re.search(r"[^\W\d_]{2,}", rest):  # a word of two letters or more is left
            left.append(f"{where}: {after!r}")
    return left


def walk_library_editor_and_repair(qtbot: QtBot) -> tuple[list[tuple[str, str]], list[str]]:
    """Build the library on a few routines and a broken file, pick each, open the editor with
    a field's problem shown beside it, and the repair dialog: every text seen on the way, and
    the routine content shown."""
    folder = paths.user_routines_dir()
    folder.mkdir(parents=True, exist_ok=True)
    legs = folder / "legs.json"
    legs.write_text(
        json.dumps(
            routine(
                exercise(name="Lunge", sides="each", sets={"min": 2, "max": 3}),
                exercise(name="Plank", seconds=30, tempo=None, reps=None, cue="Hold it"),
                exercise(name="Squat", tempo=None, images=["images/gone.png"]),
                name="Legs",
                description="Strong legs",
                source="A book",
            )
        ),
        encoding="utf-8",
    )
    broken = folder / "broken.json"
    broken.write_text(json.dumps(routine(exercise(reps="eight"))), encoding="utf-8")
    texts: list[tuple[str, str]] = []
    home = HomePage(ask=lambda _question, _verb: False)
    qtbot.addWidget(home)
    home.resize(1366, 768)
    home.show()
    texts += seen_texts(home)
    for entry in home.model.entries:
        assert home.select(entry.path)
        texts += seen_texts(home)
    qtbot.keyClicks(home.search, "zzz")  # nothing found: the empty state
    texts += seen_texts(home)
    home.search.clear()
    assert home.select(broken)
    qtbot.mouseClick(home.details.repair_button, Qt.MouseButton.LeftButton)
    dialog = home.repair_dialog
    assert dialog is not None
    texts += seen_texts(dialog)
    dialog.reject()

    editor = EditorPage()
    qtbot.addWidget(editor)
    editor.resize(1366, 768)
    editor.show()
    assert editor.open_routine(legs)
    texts += seen_texts(editor)
    editor.form.exercise_list.setCurrentRow(2)  # reps at one's own pace, a missing picture
    texts += seen_texts(editor)
    editor.form.exercise_list.setCurrentRow(0)
    editor.form.reps_edit.selectAll()
    qtbot.keyClicks(editor.form.reps_edit, "eight")  # a problem beside the field
    assert editor.form.work_box.error.isVisibleTo(editor)
    texts += seen_texts(editor)
    editor.form.measure_combo.setCurrentIndex(0)  # time: its unit and its field
    texts += seen_texts(editor)
    return texts, content_of(home.model.entries)


def test_no_text_of_the_library_the_editor_or_repair_is_left_in_english(
    qtbot: QtBot, qapp: QApplication, language: list[Installed]
) -> None:
    english, content = walk_library_editor_and_repair(qtbot)
    language.append(install_translations(qapp, "de"))
    german, _ = walk_library_editor_and_repair(qtbot)
    assert len(german) > 200  # the walk saw the pages, not an empty window
    exceptions = content + sorted(kept_as_they_are("de"), key=len, reverse=True)
    assert left_in_english(english, german, exceptions) == []
    assert len(left_in_english(english, english, exceptions)) > 100  # it would see English
    shown = {text for _, text in german}
    # Spot checks that the walk reached what it is meant to: each part, in German.
    assert "Reparieren…" in shown  # the library's details
    assert "Ihre Abläufe  (2)" in shown  # the list's heading
    assert "‹  Abläufe" in shown  # the editor
    assert any(text.startswith("broken.json reparieren") for text in shown)  # repair
    assert any(text.startswith("Wiederholungen") for text in shown)  # the problem, beside


def test_a_count_takes_the_languages_plural_and_english_its_own(
    qapp: QApplication, language: list[Installed]
) -> None:
    def sets(count: int) -> str:
        return counted(QCoreApplication.translate("RoutineDetails", "%n set(s)", "", count), count)

    assert [sets(1), sets(3)] == ["1 set", "3 sets"]  # no catalogue: the source, settled
    language.append(install_translations(qapp, "de"))
    assert [sets(1), sets(3)] == ["1 Satz", "3 Sätze"]
    language[0].remove(qapp)
    language.append(install_translations(qapp, "es"))
    assert [sets(1), sets(3)] == ["1 serie", "3 series"]


def test_the_run_screen_and_the_coach_speak_german(
    qtbot: QtBot, qapp: QApplication, language: list[Installed]
) -> None:
    language.append(install_translations(qapp, "de"))
    data = routine(exercise(name="Clamshell", sides="each", reps=2, tempo=3), switch_seconds=5)
    screen, _clock = shown_screen(qtbot, data, (1280, 800), RecordingPlayer(problem=NO_DEVICE))
    assert screen.phase_label.text() == "BEREIT"
    assert screen.side_label.text() == "LINKE Seite zuerst"
    assert screen.hint_label.text() == "Leertaste, Bild ab oder F5 startet"
    assert screen.play_button.text() == "Start"
    assert screen.stop_button.text() == "Beenden"
    assert screen.notice_label.toolTip() == "Kein Tonausgabegerät: es geht lautlos weiter"
    phrases = screen.announcer.plan_voice()
    assert "Seite wechseln." in phrases
    assert "Linke Seite. Los!" in phrases
    assert any(p.startswith("Bereitmachen. Clamshell, 2 Wiederholungen pro Seite") for p in phrases)
    # In Spanish the badge's letter is the side's initial there: I(zquierda).
    language[0].remove(qapp)
    language.append(install_translations(qapp, "es"))
    screen.refresh()
    assert screen.side_badge.text() == "I"
    assert screen.side_label.text() == "Primero lado IZQUIERDO"


def test_a_rest_that_waits_says_in_german_which_keys_go_on(
    qtbot: QtBot, qapp: QApplication, language: list[Installed]
) -> None:
    language.append(install_translations(qapp, "de"))
    data = routine(
        exercise(name="A", reps=None, tempo=None, seconds=10),
        exercise(name="B", reps=None, tempo=None, seconds=10),
        prepare_seconds=5,
        rest_after_exercise="as needed",
    )
    screen, clock = shown_screen(qtbot, data, (1280, 800))
    qtbot.keyClick(screen, Qt.Key.Key_Space)
    advance(screen, clock, 5 + 10 + 1)  # getting ready, A, and into the rest after it
    assert screen.session.state is State.WAITING
    assert screen.time_label.text() == "Pause nach Bedarf — Leertaste, Bild ab oder F5 geht weiter"
    qtbot.keyClick(screen, Qt.Key.Key_PageDown)  # as it says: Page Down goes on
    assert screen.session.state is State.RUNNING
    assert screen.session.segment.exercise is not None
    assert screen.session.segment.exercise.name == "B"


@pytest.mark.parametrize("code", ["en", "de", "es"])
def test_the_run_screen_fits_1000_pixels_in_every_language(
    qtbot: QtBot, qapp: QApplication, language: list[Installed], code: str
) -> None:
    language.append(install_translations(qapp, code))
    data = routine(exercise(name="Clamshell", sides="each", reps=8, tempo=3, sets=3), exercise())
    screen, _clock = shown_screen(qtbot, data, (1000, 600))
    qtbot.keyClick(screen, Qt.Key.Key_Space)
    qtbot.keyClick(screen, Qt.Key.Key_Right)  # into the work: rep, side and next shown
    QApplication.processEvents()  # laid out as the event loop does before it paints
    assert screen.minimumSizeHint().width() <= 1000
    assert screen.width() == 1000
    for label in screen.findChildren(FitLabel):
        if label.isVisible() and label.text():
            wide = QFontMetricsF(label.font()).horizontalAdvance(label.text())
            assert wide <= label.contentsRect().width(), (code, label.objectName(), label.text())


@pytest.mark.parametrize(
    ("code", "hold", "switch", "round_text"),
    [
        ("de", "HALTEN", "SEITE WECHSELN", "Runde 1 von 2"),
        ("es", "MANTENER", "CAMBIO DE LADO", "Ronda 1 de 2"),
    ],
)
def test_a_circuit_and_its_phases_in_german_and_spanish(
    qtbot: QtBot,
    qapp: QApplication,
    language: list[Installed],
    code: str,
    hold: str,
    switch: str,
    round_text: str,
) -> None:
    language.append(install_translations(qapp, code))
    data = routine(
        {
            "circuit": "Glute activation",
            "rounds": 2,
            "exercises": [exercise(name="Slow Knee Lift", sides="each", reps=2, tempo=[3, 2, 3])],
        },
        format=2,
        prepare_seconds=0,
    )
    # Wide: room for the circuit's name beside the longer words.
    screen, clock = shown_screen(qtbot, data, (1600, 768))
    qtbot.keyClick(screen, Qt.Key.Key_Space)
    advance(screen, clock, 3.5)
    banner = [screen.phase_label, screen.move_label, screen.set_label]
    assert [label.text() for label in banner] == [hold, "Glute activation", round_text]

    def whole_at_their_letters() -> bool:
        QApplication.processEvents()  # laid out as the event loop does before it paints
        shown = [label for label in banner if label.isVisible()]
        return all(label.font() == label.letter_font() for label in shown)

    assert whole_at_their_letters()
    assert screen.move_label.isVisible()
    screen.next()  # the switch: its longer word keeps its letters, the name gives way
    assert screen.phase_label.text() == switch
    assert whole_at_their_letters()
    assert not screen.move_label.isVisible()
    screen.resize(1024, 600)  # smaller, the work too may leave out the name, not the letters
    screen.previous()
    assert screen.set_label.text() == round_text
    assert whole_at_their_letters()
    voice_only = Announcer(screen.timeline, screen.session.cues, tones=False, voice=True)
    phrases = voice_only.plan_voice()
    assert {translate("Coach", "Hold."), translate("Coach", "Return.")} <= set(phrases)
    assert translate("Coach", "Hold.") != "Hold."


def test_a_fit_label_shrinks_its_letters_rather_than_widen_or_cut(qtbot: QtBot) -> None:
    label = FitLabel()
    qtbot.addWidget(label)
    font = label.font()
    font.setPixelSize(40)
    label.setFont(font)
    label.setText("Standing Hip Rotation with a Long Name")
    hint = label.sizeHint()
    label.resize(200, hint.height())
    label.show()
    assert label.font().pixelSize() < 40
    assert QFontMetricsF(label.font()).horizontalAdvance(label.text()) <= 200
    assert label.sizeHint() == hint  # what the layout offers does not chase the shrinking
    assert label.minimumSizeHint().width() < 200  # it never forces its window wider
    label.resize(hint.width() + 10, hint.height())
    assert label.font().pixelSize() == 40  # with room, the letters it was given


def test_the_history_page_in_german_words_dates_and_outcomes(
    qtbot: QtBot, qapp: QApplication, language: list[Installed]
) -> None:
    language.append(install_translations(qapp, "de"))
    logbook = Logbook()
    run(logbook, wall=WALL)
    session, _ = run(logbook, 12, wall=WALL - 86400)
    session.stop()
    page = HistoryPage(logbook, lambda _question, _verb: False)
    qtbot.addWidget(page)
    page.today = lambda: dt.date.fromtimestamp(WALL)
    page.fill()
    assert page.summary.text().startswith("Serie: 2 Tage    ·    Diese Woche: ")
    assert page.export_button.text() == "Exportieren…"
    lines = [page.list.item(n).text().split("\n")[1] for n in range(page.list.count())]
    assert lines[0].endswith("geschafft")
    assert lines[1].endswith("beendet bei Satz 1 von 2, A")
    # The day and month are German (the date's order and names follow the locale).
    when = page.list.item(0).text().split("   ")[0]
    started = dt.datetime.fromtimestamp(WALL)
    german_day = ("Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So.")[started.weekday()]
    assert when.startswith(german_day), when
    page.grab()  # the charts paint with German day names


def english_problem_words() -> list[str]:
    """The English words of every problem template (the catalogue's sources in the context
    ``Problem``): each run of two words or more between its fields, and ", like "."""
    root = ET.parse(paths.resource("translations/matside_de.ts")).getroot()
    pieces = {", like "}
    for context in root.iter("context"):
        if context.findtext("name") == "Problem":
            for message in context.iter("message"):
                for piece in re.split(r"\{\w+\}", message.findtext("source", "")):
                    if len(re.findall(r"[A-Za-z]{2,}", piece)) >= 2:
                        pieces.add(piece.strip())
    return sorted(pieces)


TRAP_SVG = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'


def broken_routine(folder: Path) -> dict[str, Any]:
    """Routine data with one of each kind of problem, an exercise each: a bad number, an unknown
    key, a required name missing, a bad phase of a tempo, a spoken cue too late, a picture
    refused (an SVG with a script)."""
    (folder / "images").mkdir(parents=True, exist_ok=True)
    (folder / "images" / "trap.svg").write_text(TRAP_SVG, encoding="utf-8")
    return routine(
        exercise(name="Count", reps="eight"),
        exercise(name="Phased", tempo=[3, -1]),
        exercise(name="Late", reps=None, tempo=None, seconds=20, cues=[{"at": 25, "say": "Go"}]),
        exercise(name=None),
        exercise(name="Trap", images=["images/trap.svg"]),
        format=2,
        prepare_seconds="ten",
        colour="red",
    )


def test_the_editors_problems_are_in_german_beside_every_field_and_in_the_save_reason(
    qtbot: QtBot, qapp: QApplication, language: list[Installed]
) -> None:
    language.append(install_translations(qapp, "de"))
    folder = paths.user_routines_dir()
    kept = Recovery(recovery_file_for(None), None, "Kept", 0.0, broken_routine(folder))
    editor = EditorPage()
    qtbot.addWidget(editor)
    editor.resize(1366, 768)
    editor.show()
    assert editor.new_routine(kept)
    assert {p.code for p in editor.problems + editor.picture_problems} >= {
        "value", "unknown-key", "required", "cue-too-late", "picture-refused"
    }  # fmt: skip
    shown: list[str] = []
    for row in range(5):
        editor.form.exercise_list.setCurrentRow(row)
        shown += [text for _, text in seen_texts(editor)]
    errors = [
        label.text()
        for label in editor.findChildren(QLabel)
        if "error" in label.objectName().lower() or label is editor.save_reason
    ]
    shown += errors
    english = [words for words in english_problem_words() if any(words in t for t in shown)]
    assert english == []
    texts = "\n".join(shown)
    # Each kind was shown, in German, beside its field or in the save reason.
    for german in (
        "Vorbereitung: muss eine Sekundenzahl ab 0 sein, z. B.",
        "Wiederholungen: muss eine ganze Zahl ab 1 sein, z. B. 8.",
        "Phase 2 einer Wiederholung: muss eine Sekundenzahl ab",
        "liegt nicht im Intervall, das 20 s dauert",
        "muss angegeben werden",
        "unbekannter Schlüssel",
        "Bild images/trap.svg enthält ein <script>-Element",
        "Noch nicht speicherbar",
    ):
        assert german in texts, german


def test_the_repair_dialog_lists_the_problems_in_german(
    qtbot: QtBot, qapp: QApplication, language: list[Installed]
) -> None:
    language.append(install_translations(qapp, "de"))
    folder = paths.user_routines_dir()
    broken = folder / "broken.json"
    broken.write_text(json.dumps(broken_routine(folder)), encoding="utf-8")
    (folder / "syntax.json").write_text('{"name": "x",', encoding="utf-8")
    home = HomePage(ask=lambda _question, _verb: False)
    qtbot.addWidget(home)
    home.resize(1366, 768)
    home.show()
    shown: list[str] = []
    for file in (broken, folder / "syntax.json"):
        assert home.select(file)
        shown += [text for _, text in seen_texts(home)]
        qtbot.mouseClick(home.details.repair_button, Qt.MouseButton.LeftButton)
        dialog = home.repair_dialog
        assert dialog is not None
        shown += [text for _, text in seen_texts(dialog)]
        dialog.reject()
    english = [words for words in english_problem_words() if any(words in t for t in shown)]
    assert english == []
    texts = "\n".join(shown)
    assert "exercises[0].reps: muss eine ganze Zahl ab 1 sein" in texts  # no value found
    assert "Zeile 1, Spalte" in texts
    assert "kein gültiges JSON" in texts


def test_a_folder_that_cannot_be_read_is_said_in_german(
    qapp: QApplication, language: list[Installed], tmp_path: Path
) -> None:
    blocked = tmp_path / "routines"
    blocked.write_text("a file where the folder should be", encoding="utf-8")
    problems: list[str] = []
    assert folder_entries(blocked, problems) == []
    assert problems == [f"{blocked} cannot be read: a file stands where the folder should be"]
    language.append(install_translations(qapp, "de"))
    problems.clear()
    folder_entries(blocked, problems)
    assert problems == [
        f"{blocked} kann nicht gelesen werden: wo der Ordner sein sollte, steht eine Datei"
    ]


def test_the_settings_file_s_notice_is_said_in_the_window_s_language(
    qapp: QApplication, language: list[Installed]
) -> None:
    # The settings choose the language, so they are read before it is known: the notice is
    # kept in parts and worded when shown.
    path = settings_path()
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({"countdown": 99, "extra": 1}), encoding="utf-8")
    loaded = load_settings()
    assert loaded.said is not None
    language.append(install_translations(qapp, "de"))
    words = loaded.said.translated()
    assert words.startswith("Einige Einstellungen waren nicht verwendbar (settings.json: countdown")
    assert "(und 1 weitere)" in words
    assert "als settings.json.broken-" in words
    english = loaded.said.english()  # the log's
    assert english.startswith("Some settings could not be used (settings.json: countdown:")
    assert loaded.notice == english


def test_a_log_that_cannot_be_opened_is_said_in_the_window_s_language(
    qapp: QApplication, language: list[Installed]
) -> None:
    paths.logbook_path().mkdir(parents=True)  # a folder where the file should be
    language.append(install_translations(qapp, "de"))
    logbook, notice = open_logbook()
    assert logbook is None
    assert notice is not None
    assert notice.translated().startswith("Das Trainingsprotokoll lässt sich nicht öffnen: ")
    assert notice.translated().endswith(". Einheiten werden nicht protokolliert.")
    assert notice.english().startswith("The training log cannot be opened: ")  # the log's
