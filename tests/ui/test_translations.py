"""The window in German and Spanish: the catalogue is loaded, the core speaks it too, numbers
follow the language, and English comes back."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QMenu
from pytestqt.qtbot import QtBot

from matside.backends.audio import NO_DEVICE, RecordingPlayer
from matside.backends.awake import RecordingScreenAwake
from matside.core.clock import FakeClock
from matside.core.i18n import translate
from matside.core.routine import routine_from_data
from matside.core.settings import Settings
from matside.core.timeline import compile_timeline
from matside.storage.settings_file import load_settings, save_settings
from matside.ui.help_windows import AboutDialog
from matside.ui.main import MainWindow
from matside.ui.run.screen import RunScreen
from matside.ui.settings_dialog import SettingsDialog
from matside.ui.text import FitLabel
from matside.ui.translations import Installed, install_translations
from tests.conftest import exercise, routine


@pytest.fixture
def language(qapp: QApplication) -> Iterator[list[Installed]]:
    """Install a language with ``language.append(install_translations(qapp, CODE))``."""
    installed: list[Installed] = []
    yield installed
    for one in installed:
        one.remove(qapp)


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


def test_the_run_screen_and_the_coach_speak_german(
    qtbot: QtBot, qapp: QApplication, language: list[Installed]
) -> None:
    language.append(install_translations(qapp, "de"))
    data = routine(exercise(name="Clamshell", sides="each", reps=2, tempo=3), switch_seconds=5)
    screen = RunScreen(
        compile_timeline(routine_from_data(data)),
        FakeClock(),
        RecordingPlayer(problem=NO_DEVICE),
        RecordingScreenAwake(),
        None,
    )
    screen.resize(1280, 800)
    qtbot.addWidget(screen)
    screen.show()
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


@pytest.mark.parametrize("code", ["en", "de", "es"])
def test_the_run_screen_fits_1000_pixels_in_every_language(
    qtbot: QtBot, qapp: QApplication, language: list[Installed], code: str
) -> None:
    language.append(install_translations(qapp, code))
    data = routine(exercise(name="Clamshell", sides="each", reps=8, tempo=3, sets=3), exercise())
    screen = RunScreen(
        compile_timeline(routine_from_data(data)),
        FakeClock(),
        RecordingPlayer(),
        RecordingScreenAwake(),
        None,
    )
    qtbot.addWidget(screen)
    screen.resize(1000, 600)
    screen.show()
    qtbot.keyClick(screen, Qt.Key.Key_Space)
    qtbot.keyClick(screen, Qt.Key.Key_Right)  # into the work: rep, side and next shown
    assert screen.minimumSizeHint().width() <= 1000
    assert screen.width() == 1000
    for label in screen.findChildren(FitLabel):
        if label.isVisible() and label.text():
            wide = QFontMetricsF(label.font()).horizontalAdvance(label.text())
            assert wide <= label.contentsRect().width(), (code, label.objectName(), label.text())


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
