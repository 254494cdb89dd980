"""Help ▸ Keys and Help ▸ About: two small windows written from the facts they show.

The keys window is laid out from :data:`matside.core.keymap.RUN_KEYS` (the one key map, also
read by the run screen and the README), in two real columns; About names the version, the
licence, the libraries Matside stands on and the articles the bundled routines come from.
"""

from __future__ import annotations

import platform
from importlib import metadata

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QGridLayout, QVBoxLayout, QWidget

from matside import APP_NAME, __version__
from matside.core.i18n import QT_TRANSLATE_NOOP
from matside.core.keymap import CLICKER_NOTE, RUN_KEYS, words
from matside.core.search import natural_key
from matside.storage import paths
from matside.storage.routine_files import load_routine
from matside.ui import theme
from matside.ui.text import plain_label, window_title

SUMMARY = QT_TRANSLATE_NOOP(
    "AboutDialog", "A desktop interval timer with exercise cues, readable from the mat."
)

LIBRARIES = ("PySide6 (Qt for Python)", "simpleaudio", "platformdirs", "jeepney", "defusedxml")
"""What Matside is built on, named in About; espeak-ng speaks when it is installed."""


def licence() -> str:
    """The licence the installed package declares, or where to read it."""
    try:
        info = metadata.metadata("matside")
    except metadata.PackageNotFoundError:
        return QCoreApplication.translate("AboutDialog", "see the LICENSE file")
    for field in ("License-Expression", "License"):
        values: list[str] = info.get_all(field) or []
        if values and values[0].strip():
            return values[0].strip()
    return QCoreApplication.translate("AboutDialog", "see the LICENSE file")


def routine_sources() -> list[tuple[str, str]]:
    """Each bundled routine's name and the article it comes from, in the library's order."""
    found = []
    for path in paths.bundled_routines():
        try:
            routine = load_routine(path)
        except (OSError, ValueError):
            continue  # the library says what is wrong with it; About only credits
        if routine.source:
            found.append((routine.name, routine.source))
    return sorted(found, key=lambda credit: natural_key(credit[0]))


def _closing_buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    return buttons


class KeysDialog(QDialog):
    """The run screen's keys in two columns: the keys, and what they do."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(window_title(self.tr("Keys on the run screen")))
        column = QVBoxLayout(self)
        heading = plain_label(self.tr("Keys on the run screen"))
        theme.style(heading, lambda p: f"color: {p.accent}; font-size: 20px; font-weight: 700;")
        column.addWidget(heading)
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(10)
        self.rows: list[tuple[str, str]] = []
        for row, binding in enumerate(RUN_KEYS):
            keys = plain_label(binding.label)
            keys.setStyleSheet("font-weight: 700; font-size: 15px;")
            keys.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            does = plain_label(binding.description)
            does.setWordWrap(True)
            does.setStyleSheet("font-size: 15px;")
            grid.addWidget(keys, row, 0)
            grid.addWidget(does, row, 1)
            self.rows.append((keys.text(), does.text()))
        grid.setColumnStretch(1, 1)
        column.addLayout(grid)
        note = plain_label(words(CLICKER_NOTE))
        note.setWordWrap(True)
        theme.style(note, lambda p: f"color: {p.text_dim}; font-size: 14px;")
        column.addWidget(note)
        column.addWidget(_closing_buttons(self))
        self.setMinimumWidth(760)
        # Wrapped lines need their height for the width they get, which a dialog's first
        # size does not ask for: without this a two-line row is cut to one and a half.
        self.resize(760, self.heightForWidth(760))


class AboutDialog(QDialog):
    """What Matside is, its version and licence, and whom it owes."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(window_title(self.tr("About {app}").format(app=APP_NAME)))
        column = QVBoxLayout(self)
        column.setSpacing(8)
        name = plain_label(f"{APP_NAME} {__version__}")
        theme.style(name, lambda p: f"color: {p.accent}; font-size: 26px; font-weight: 800;")
        column.addWidget(name)
        column.addWidget(plain_label(self.tr(SUMMARY)))
        self.licence = plain_label(self.tr("Licence: {licence}").format(licence=licence()))
        column.addWidget(self.licence)
        built = plain_label(
            self.tr(
                "Built on {libraries}; the coach's voice is espeak-ng's. "
                "Python {python}, Qt {qt}, PySide6 {pyside}."
            ).format(
                libraries=", ".join(LIBRARIES),
                python=platform.python_version(),
                qt=qVersion(),
                pyside=pyside_version,
            )
        )
        built.setWordWrap(True)
        theme.style(built, lambda p: f"color: {p.text_dim};")
        column.addWidget(built)
        heading = plain_label(self.tr("The bundled routines come from"))
        heading.setStyleSheet("font-weight: 700; margin-top: 10px;")
        column.addWidget(heading)
        self.credits = plain_label(
            "\n".join(f"{name}: {source}" for name, source in routine_sources())
        )
        self.credits.setWordWrap(True)
        self.credits.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.credits)
        note = plain_label(
            self.tr(
                "Their numbers and facts are the articles'; the wording and the pictures are ours."
            )
        )
        note.setWordWrap(True)
        theme.style(note, lambda p: f"color: {p.text_dim};")
        column.addWidget(note)
        column.addWidget(_closing_buttons(self))
        self.setMinimumWidth(620)
