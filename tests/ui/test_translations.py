"""The window in German and Spanish: the catalogue is loaded, the core speaks it too, numbers
follow the language, and English comes back."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel
from pytestqt.qtbot import QtBot

from matside.backends.audio import RecordingPlayer
from matside.backends.awake import RecordingScreenAwake
from matside.core.clock import FakeClock
from matside.core.i18n import translate
from matside.core.settings import Settings
from matside.storage.settings_file import load_settings, save_settings
from matside.ui.help_windows import AboutDialog
from matside.ui.main import MainWindow
from matside.ui.settings_dialog import SettingsDialog
from matside.ui.translations import Installed, install_translations


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
        if menu is not None:
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
