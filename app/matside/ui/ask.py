"""The one question box; windows take a replacement so tests never block on a dialog."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from matside import APP_NAME
from matside.ui.text import message_box


def ask_to(parent: QWidget, question: str, verb: str) -> bool:
    """Ask ``question`` (shown as plain text) with a button that does it, named by ``verb``
    ("Delete"), and Cancel, the default; whether the verb's button was chosen."""
    box = message_box(parent, APP_NAME, question)
    box.setIcon(box.Icon.Question)
    do = box.addButton(verb, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is do
